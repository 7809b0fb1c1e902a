//! Working days: the calendar BPJS's payment deadlines are counted in.
//!
//! PP 44/2015 gives BPJS Ketenagakerjaan 3 **working** days to pay a complete JKM claim
//! (Pasal 40(3)) and 7 for JKK (Pasal 37(2)). A working day is a weekday that is not a
//! national public holiday (hari libur nasional). The holidays of each year are set by a
//! joint decree (SKB) of three ministers, and now and then a presidential decree adds one
//! (election days). They live in `data/claims/holidays.toml` with their decree and
//! sources, compiled in at build time.
//!
//! **Cuti bersama** (collective leave) is not a national holiday: it is annual leave taken
//! together, and optional for private employers. By default it counts as a working day, as
//! the contract counts out "national public holidays" only; [`Calendar::cuti_bersama_off`]
//! (option `cuti_bersama: true`) counts it out too. Either way the count reports which
//! cuti bersama days fell in the window, so an heir can see both readings.
//!
//! The calendar can be extended or replaced without rebuilding: a year not yet in the data,
//! a decree revised after the build, a regional holiday ([`HolidayOverride`]).

use super::json::Json;
use crate::confidence::Confidence;
use chrono::{Datelike, Days, NaiveDate, Weekday};

/// What kind of day off a calendar day is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HolidayKind {
    /// Hari libur nasional: never a working day.
    Holiday,
    /// Cuti bersama: a working day unless [`Calendar::cuti_bersama_off`].
    CutiBersama,
}

impl HolidayKind {
    /// `"holiday"` or `"cuti_bersama"`, as in the data file and the JSON output.
    pub fn as_str(self) -> &'static str {
        match self {
            HolidayKind::Holiday => "holiday",
            HolidayKind::CutiBersama => "cuti_bersama",
        }
    }
}

/// One day of the compiled calendar.
#[derive(Debug, Clone, Copy)]
pub struct Holiday {
    /// `yyyymmdd`.
    pub date: u32,
    /// Holiday or cuti bersama.
    pub kind: HolidayKind,
    /// Its name in Indonesian.
    pub id: &'static str,
    /// Its name in English.
    pub en: &'static str,
    /// The decree that added it, when not the year's SKB (a Keppres, an amending SKB).
    pub decree: &'static str,
    /// Index into [`years`].
    pub year: usize,
    /// How sure the date is.
    pub confidence: Confidence,
}

/// One year of the compiled calendar and the decree behind it.
#[derive(Debug, Clone, Copy)]
pub struct HolidayYear {
    /// The year.
    pub year: i32,
    /// The SKB that sets its holidays.
    pub decree: &'static str,
    /// When the SKB was signed, `yyyymmdd`.
    pub signed: u32,
    /// Later decrees that added days.
    pub also: &'static str,
    /// Where the dates were read.
    pub sources: &'static str,
    /// How sure the list is.
    pub confidence: Confidence,
}

include!(concat!(env!("OUT_DIR"), "/claims_holidays.rs"));

/// The years of the compiled calendar, with their decrees.
pub fn years() -> &'static [HolidayYear] {
    &HOLIDAY_YEARS
}

/// Every compiled day, in date order.
pub fn builtin() -> &'static [Holiday] {
    &HOLIDAYS
}

/// A day off as the counting sees it, from the compiled data or an override.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DayOff {
    /// The date.
    pub date: NaiveDate,
    /// Holiday or cuti bersama.
    pub kind: HolidayKind,
    /// Name in Indonesian.
    pub id: String,
    /// Name in English.
    pub en: String,
}

/// Holidays given at run time: the `holidays` option (a JavaScript object, or the JSON file
/// of `layak claim --holidays`).
///
/// ```json
/// {"replace": false,
///  "days": ["2027-01-01", {"date": "2027-03-10", "kind": "cuti_bersama", "name": "..."}],
///  "remove": ["2026-03-20"]}
/// ```
///
/// A plain list is short for `{"days": [...]}`. `replace: true` drops the compiled
/// calendar; `remove` takes days out of it (a decree revised after the build).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct HolidayOverride {
    /// Drop the compiled calendar and use only `days`.
    pub replace: bool,
    /// Days to add.
    pub days: Vec<OverrideDay>,
    /// Compiled days to take out.
    pub remove: Vec<String>,
}

/// A day in an override.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct OverrideDay {
    /// `YYYY-MM-DD`.
    pub date: String,
    /// `holiday` (default) or `cuti_bersama`.
    pub kind: Option<String>,
    /// Its name.
    pub name: Option<String>,
}

const SHAPE: &str = "holidays must be a list of dates or an object {replace, days, remove}";

fn text_list(v: Option<&Json>, what: &str) -> Result<Vec<Json>, String> {
    match v {
        None | Some(Json::Null) => Ok(Vec::new()),
        Some(Json::Array(a)) => Ok(a.clone()),
        Some(_) => Err(format!("holidays: {what} must be a list")),
    }
}

/// Reads the `holidays` option from JSON (read by hand rather than by serde's untagged
/// enums, which would add much code to the WebAssembly package). The error names what
/// could not be read.
pub fn parse_override(v: &Json) -> Result<HolidayOverride, String> {
    use Json as Value;
    let (days, remove, replace) = match v {
        Value::Array(_) => (text_list(Some(v), "days")?, Vec::new(), false),
        Value::Object(o) => {
            let replace = match o.get("replace") {
                None | Some(Value::Null) => false,
                Some(Value::Bool(b)) => *b,
                Some(_) => return Err("holidays: replace must be true or false".into()),
            };
            (
                text_list(o.get("days"), "days")?,
                text_list(o.get("remove"), "remove")?,
                replace,
            )
        }
        _ => return Err(SHAPE.into()),
    };
    let string = |v: Option<&Value>, what: &str| -> Result<Option<String>, String> {
        match v {
            None | Some(Value::Null) => Ok(None),
            Some(Value::String(s)) => Ok(Some(s.clone())),
            Some(_) => Err(format!("holidays: {what} must be text")),
        }
    };
    let mut out = HolidayOverride {
        replace,
        ..HolidayOverride::default()
    };
    for d in &days {
        out.days.push(match d {
            Value::String(s) => OverrideDay {
                date: s.clone(),
                ..OverrideDay::default()
            },
            Value::Object(o) => OverrideDay {
                date: string(o.get("date"), "date")?
                    .ok_or_else(|| "holidays: a day has no date".to_string())?,
                kind: string(o.get("kind"), "kind")?,
                name: string(o.get("name"), "name")?,
            },
            _ => return Err("holidays: a day must be a date or {date, kind, name}".into()),
        });
    }
    for r in &remove {
        out.remove.push(
            string(Some(r), "remove")?
                .ok_or_else(|| "holidays: remove must list dates".to_string())?,
        );
    }
    Ok(out)
}

/// The calendar a count runs on.
#[derive(Debug, Clone, Default)]
pub struct Calendar {
    replace: bool,
    extra: Vec<DayOff>,
    removed: Vec<NaiveDate>,
    /// Count cuti bersama days as days off.
    pub cuti_bersama_off: bool,
}

/// The result of counting working days forward.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Count {
    /// The last of the working days counted.
    pub due: NaiveDate,
    /// Days off that were skipped (holidays, and cuti bersama when counted out).
    pub skipped: Vec<DayOff>,
    /// Cuti bersama days that were counted as working days.
    pub cuti_bersama_counted: Vec<DayOff>,
    /// Years in the window the calendar knows no holidays for: only weekends were skipped.
    pub unknown_years: Vec<i32>,
}

impl Calendar {
    /// The compiled calendar, cuti bersama counted as working days.
    pub fn new() -> Calendar {
        Calendar::default()
    }

    /// The compiled calendar changed by an override.
    pub fn with_override(o: &HolidayOverride) -> Result<Calendar, String> {
        let date = |s: &str| {
            crate::date::parse_iso(s)
                .ok_or_else(|| format!("holidays: {s:?} is not a date of the form YYYY-MM-DD"))
        };
        let mut extra = Vec::new();
        for d in &o.days {
            let (s, kind, name) = (d.date.as_str(), d.kind.as_deref(), d.name.as_deref());
            let kind = match kind.map(str::trim) {
                None | Some("") | Some("holiday") | Some("libur") | Some("libur_nasional") => {
                    HolidayKind::Holiday
                }
                Some("cuti_bersama") => HolidayKind::CutiBersama,
                Some(other) => {
                    return Err(format!(
                        "holidays: kind {other:?} is not \"holiday\" or \"cuti_bersama\""
                    ))
                }
            };
            let name = name.unwrap_or("").trim();
            let (id, en) = if name.is_empty() {
                ("Hari libur (tambahan)", "Holiday (added)")
            } else {
                (name, name)
            };
            extra.push(DayOff {
                date: date(s)?,
                kind,
                id: id.to_string(),
                en: en.to_string(),
            });
        }
        extra.sort_by_key(|d| d.date);
        let removed = o.remove.iter().map(|s| date(s)).collect::<Result<_, _>>()?;
        Ok(Calendar {
            replace: o.replace,
            extra,
            removed,
            cuti_bersama_off: false,
        })
    }

    /// The day off on `d`, if any (weekends are not listed here).
    pub fn day_off(&self, d: NaiveDate) -> Option<DayOff> {
        if let Some(x) = self.extra.iter().find(|x| x.date == d) {
            return Some(x.clone());
        }
        if self.replace || self.removed.contains(&d) {
            return None;
        }
        let key = crate::claims::params::pack(d);
        let i = HOLIDAYS.binary_search_by_key(&key, |h| h.date).ok()?;
        let h = HOLIDAYS[i];
        Some(DayOff {
            date: d,
            kind: h.kind,
            id: h.id.to_string(),
            en: h.en.to_string(),
        })
    }

    /// Whether the calendar holds a holiday list for `year`.
    pub fn knows_year(&self, year: i32) -> bool {
        (!self.replace && HOLIDAY_YEARS.iter().any(|y| y.year == year))
            || self.extra.iter().any(|d| d.date.year() == year)
    }

    fn is_weekend(d: NaiveDate) -> bool {
        matches!(d.weekday(), Weekday::Sat | Weekday::Sun)
    }

    /// Whether `d` is a working day.
    pub fn is_working_day(&self, d: NaiveDate) -> bool {
        if Self::is_weekend(d) {
            return false;
        }
        match self.day_off(d).map(|o| o.kind) {
            Some(HolidayKind::Holiday) => false,
            Some(HolidayKind::CutiBersama) => !self.cuti_bersama_off,
            None => true,
        }
    }

    /// The `n`-th working day after `start` (`start` itself never counts: a file completed
    /// on a Friday has its first working day on Monday). `None` only past the end of the
    /// calendar.
    pub fn add_working_days(&self, start: NaiveDate, n: u32) -> Option<Count> {
        let mut d = start;
        let mut counted = 0;
        let mut out = Count {
            due: start,
            skipped: Vec::new(),
            cuti_bersama_counted: Vec::new(),
            unknown_years: Vec::new(),
        };
        while counted < n {
            d = d.checked_add_days(Days::new(1))?;
            if !self.knows_year(d.year()) && !out.unknown_years.contains(&d.year()) {
                out.unknown_years.push(d.year());
            }
            if Self::is_weekend(d) {
                continue;
            }
            match self.day_off(d) {
                Some(o) if o.kind == HolidayKind::Holiday => out.skipped.push(o),
                Some(o) if self.cuti_bersama_off => out.skipped.push(o),
                Some(o) => {
                    out.cuti_bersama_counted.push(o);
                    counted += 1;
                }
                None => counted += 1,
            }
        }
        out.due = d;
        Some(out)
    }

    /// Working days after `after`, up to and including `upto` (0 when `upto` is not later).
    pub fn working_days_between(&self, after: NaiveDate, upto: NaiveDate) -> u32 {
        let mut n = 0;
        let mut d = after;
        while d < upto {
            match d.checked_add_days(Days::new(1)) {
                Some(next) => d = next,
                None => break,
            }
            if self.is_working_day(d) {
                n += 1;
            }
        }
        n
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    macro_rules! jv {
        ($($t:tt)*) => {
            serde_json::from_value::<Json>(serde_json::json!($($t)*)).unwrap()
        };
    }

    #[test]
    fn three_years_of_skb_data() {
        let ys: Vec<i32> = years().iter().map(|y| y.year).collect();
        assert_eq!(ys, vec![2024, 2025, 2026]);
        assert!(builtin().windows(2).all(|w| w[0].date < w[1].date));
        // Each year has the SKB's 17 national holidays (plus Keppres election days in 2024).
        for (year, holidays) in [(2024, 19), (2025, 17), (2026, 17)] {
            let n = builtin()
                .iter()
                .filter(|h| h.date / 10000 == year && h.kind == HolidayKind::Holiday)
                .count();
            assert_eq!(n, holidays, "{year}");
        }
    }

    #[test]
    fn a_weekend_is_skipped() {
        let c = Calendar::new();
        // Friday 4 July 2025: Monday, Tuesday, Wednesday.
        let r = c.add_working_days(d(2025, 7, 4), 3).unwrap();
        assert_eq!(r.due, d(2025, 7, 9));
        assert!(r.skipped.is_empty());
        // Seven working days: the next Tuesday but one.
        assert_eq!(
            c.add_working_days(d(2025, 7, 4), 7).unwrap().due,
            d(2025, 7, 15)
        );
        // Zero days: the day itself.
        assert_eq!(
            c.add_working_days(d(2025, 7, 4), 0).unwrap().due,
            d(2025, 7, 4)
        );
    }

    #[test]
    fn idul_fitri_is_skipped_and_cuti_bersama_is_a_choice() {
        // Thursday 27 March 2025. Fri 28 Mar is cuti bersama (Nyepi), Mon 31 Mar and
        // Tue 1 Apr are Idul Fitri, Wed 2 - Fri 4 and Mon 7 Apr cuti bersama.
        let mut c = Calendar::new();
        let r = c.add_working_days(d(2025, 3, 27), 3).unwrap();
        assert_eq!(r.due, d(2025, 4, 3));
        let skipped: Vec<NaiveDate> = r.skipped.iter().map(|s| s.date).collect();
        assert_eq!(skipped, vec![d(2025, 3, 31), d(2025, 4, 1)]);
        assert_eq!(r.cuti_bersama_counted.len(), 3);
        c.cuti_bersama_off = true;
        let r = c.add_working_days(d(2025, 3, 27), 3).unwrap();
        assert_eq!(r.due, d(2025, 4, 10));
        assert!(r.cuti_bersama_counted.is_empty());
    }

    #[test]
    fn years_without_data_count_weekends_only() {
        let c = Calendar::new();
        // 1 January 2027 is a Friday; the data stops at 2026.
        let r = c.add_working_days(d(2026, 12, 30), 3).unwrap();
        assert_eq!(r.due, d(2027, 1, 4));
        assert_eq!(r.unknown_years, vec![2027]);
        // An override adds the year.
        let o = parse_override(&jv!(["2027-01-01"])).unwrap();
        let c = Calendar::with_override(&o).unwrap();
        let r = c.add_working_days(d(2026, 12, 30), 3).unwrap();
        assert_eq!(r.due, d(2027, 1, 5));
        assert!(r.unknown_years.is_empty());
    }

    #[test]
    fn overrides_remove_and_replace() {
        let o = parse_override(&jv!({"remove": ["2025-03-31"]})).unwrap();
        let c = Calendar::with_override(&o).unwrap();
        assert!(c.is_working_day(d(2025, 3, 31)));
        assert!(!c.is_working_day(d(2025, 4, 1)));
        let o = parse_override(&jv!({"replace": true, "days": [
            {"date": "2025-04-02", "kind": "holiday", "name": "Libur daerah"}]}))
        .unwrap();
        let c = Calendar::with_override(&o).unwrap();
        assert!(c.is_working_day(d(2025, 3, 31)));
        assert!(!c.is_working_day(d(2025, 4, 2)));
        assert!(!c.knows_year(2024));
        assert!(parse_override(&jv!(42)).is_err());
        let bad = parse_override(&jv!(["31/03/2025"])).unwrap();
        assert!(Calendar::with_override(&bad).is_err());
    }

    #[test]
    fn working_days_between_counts_after_and_up_to() {
        let c = Calendar::new();
        // Due Wed 9 July 2025; on Mon 14 July three working days have passed.
        assert_eq!(c.working_days_between(d(2025, 7, 9), d(2025, 7, 14)), 3);
        assert_eq!(c.working_days_between(d(2025, 7, 9), d(2025, 7, 9)), 0);
        assert_eq!(c.working_days_between(d(2025, 7, 9), d(2025, 7, 1)), 0);
    }
}
