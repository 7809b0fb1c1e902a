//! Whether a death falls in a month the participant was covered.
//!
//! JKM is paid only when the membership was **active at the time of death** (PP 44/2015;
//! BPJS statements, rules-and-sources.md 4.1). For the regency's cohort the contributions
//! are paid by the Pemkab month by month, Rp16,800 a person, and the 2025 budget
//! (Rp35.903 bn for 192,746 people) covers about 11 of the 12 months: a death in a month the
//! regency has not (yet) paid is not covered, however long the person was enrolled.
//!
//! Two dates decide it:
//!
//! - `membership_start`: no cover before the membership began;
//! - `paid_until`: the **last month** contributions were paid (`2025-11`, or any day of that
//!   month). A death in that month or earlier is covered; a death in a later month is not.
//!
//! Either may be missing: with neither, coverage is unknown (`None`); with only one, the
//! other condition is taken as met, so a claim is never called uncovered on a guess.

use super::json::Json as Value;
use chrono::{Datelike, NaiveDate};

/// Why a death is not covered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gap {
    /// The death came before the membership started.
    BeforeMembership,
    /// The death came in a month after the last month paid (the first day of that month).
    Unpaid {
        /// The first day of the last month paid.
        paid_until: NaiveDate,
    },
}

/// Coverage at death: `None` when neither date is known, `Some(Ok(()))` when covered,
/// `Some(Err(gap))` when not.
pub fn at_death(
    membership_start: Option<NaiveDate>,
    paid_until: Option<NaiveDate>,
    death: NaiveDate,
) -> Option<Result<(), Gap>> {
    if membership_start.is_none() && paid_until.is_none() {
        return None;
    }
    if membership_start.is_some_and(|s| death < s) {
        return Some(Err(Gap::BeforeMembership));
    }
    if let Some(p) = paid_until.map(first_of_month) {
        if first_of_month(death) > p {
            return Some(Err(Gap::Unpaid { paid_until: p }));
        }
    }
    Some(Ok(()))
}

/// The first day of `d`'s month.
pub fn first_of_month(d: NaiveDate) -> NaiveDate {
    d.with_day(1).unwrap_or(d)
}

/// Reads a month as people write it: `2025-11`, `11/2025`, `11-2025`, or any full date in
/// that month (`2025-11-30`, `30/11/2025`). Gives the month's first day.
pub fn parse_month(s: &str) -> Option<NaiveDate> {
    let s = s.trim();
    if let Some(d) = crate::date::parse_flexible(s) {
        return Some(first_of_month(d));
    }
    let (a, b) = s.split_once(['-', '/', '.'])?;
    let (y, m) = if a.len() == 4 { (a, b) } else { (b, a) };
    if y.len() != 4 || m.is_empty() || m.len() > 2 {
        return None;
    }
    let y: i32 = y.parse().ok()?;
    let m: u32 = m.parse().ok()?;
    NaiveDate::from_ymd_opt(y, m, 1)
}

/// A `paid_until` value that is no month.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NotAMonth;

/// Reads the `paid_until` field of a claim: `Ok(None)` when absent or empty.
pub fn read_month(v: Option<&Value>) -> Result<Option<NaiveDate>, NotAMonth> {
    match v {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) if s.trim().is_empty() => Ok(None),
        Some(Value::String(s)) => parse_month(s).map(Some).ok_or(NotAMonth),
        Some(_) => Err(NotAMonth),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn a_december_death_after_eleven_paid_months_is_not_covered() {
        // The 2025 budget pays about 11 months (rules-and-sources.md 3): January to
        // November paid, a death on 5 December falls in an unpaid month.
        let start = Some(d(2025, 1, 1));
        let paid = Some(d(2025, 11, 1));
        assert_eq!(
            at_death(start, paid, d(2025, 12, 5)),
            Some(Err(Gap::Unpaid {
                paid_until: d(2025, 11, 1)
            }))
        );
        // The last day of the last paid month is still covered.
        assert_eq!(at_death(start, paid, d(2025, 11, 30)), Some(Ok(())));
    }

    #[test]
    fn no_cover_before_the_membership_and_unknown_without_dates() {
        assert_eq!(
            at_death(Some(d(2025, 3, 1)), None, d(2025, 2, 28)),
            Some(Err(Gap::BeforeMembership))
        );
        assert_eq!(
            at_death(Some(d(2025, 3, 1)), None, d(2025, 3, 1)),
            Some(Ok(()))
        );
        assert_eq!(at_death(None, None, d(2025, 3, 1)), None);
    }

    #[test]
    fn months_as_people_write_them() {
        for s in [
            "2025-11",
            "11/2025",
            "11-2025",
            "2025-11-30",
            "30/11/2025",
            " 2025/11 ",
        ] {
            assert_eq!(parse_month(s), Some(d(2025, 11, 1)), "{s}");
        }
        for s in ["2025-13", "november", "11", "2025-1-1-1", "0/2025"] {
            assert_eq!(parse_month(s), None, "{s}");
        }
        assert_eq!(read_month(None), Ok(None));
        assert_eq!(read_month(Some(&Value::String(" ".into()))), Ok(None));
        assert_eq!(read_month(Some(&Value::Number(11.0))), Err(NotAMonth));
    }
}
