//! Calendar helpers shared by the identity numbers and the rules.
//!
//! Dates are always explicit inputs: the library never reads the clock, so a check run on
//! a kiosk in 2025 and a re-run of the same file in 2027 with `--as-of 2025-06-01` agree.
//! Only the faces (CLI, web) default the as-of date to today.

use chrono::{Datelike, NaiveDate};

/// Western Indonesia Time (WIB, UTC+7), the time zone of Bojonegoro, in seconds.
pub const WIB_OFFSET_SECONDS: i64 = 7 * 3600;

/// The calendar day in Bojonegoro at a Unix time in milliseconds. The faces use it to
/// default the as-of date to "today" the same way on every device, whatever time zone
/// the machine is set to: a kiosk set to UTC would otherwise turn the day over at 07:00.
pub fn wib_date_from_unix_millis(ms: i64) -> NaiveDate {
    let secs = ms.div_euclid(1000).saturating_add(WIB_OFFSET_SECONDS);
    chrono::DateTime::from_timestamp(secs, 0)
        .map(|t| t.date_naive())
        .unwrap_or(NaiveDate::MIN)
}

/// Parses a strict ISO `YYYY-MM-DD` date, the only date form the contract uses in JSON.
///
/// Years outside [`FIRST_YEAR`]..=[`LAST_YEAR`] are not read: no person screened was born
/// before 1900, and a deadline computed from year 9999 would fall in year 10000, which no
/// date format here can write (`0000-01-01` or `9999-12-31` is a placeholder, not a date).
pub fn parse_iso(s: &str) -> Option<NaiveDate> {
    let b = crate::text::trim(s).as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let num = |r: std::ops::Range<usize>| -> Option<u32> {
        let mut v = 0u32;
        for &c in &b[r] {
            if !c.is_ascii_digit() {
                return None;
            }
            v = v * 10 + u32::from(c - b'0');
        }
        Some(v)
    };
    let y = i32::try_from(num(0..4)?).ok()?;
    if !(FIRST_YEAR..=LAST_YEAR).contains(&y) {
        return None;
    }
    NaiveDate::from_ymd_opt(y, num(5..7)?, num(8..10)?)
}

/// The first year a date is read in.
pub const FIRST_YEAR: i32 = 1900;
/// The last year a date is read in.
pub const LAST_YEAR: i32 = 2199;

/// Parses a date as people type it in forms and spreadsheets: ISO `YYYY-MM-DD`, or the
/// Indonesian day-first `DD/MM/YYYY` and `DD-MM-YYYY` (one-digit day and month allowed).
/// Month-first American dates are never guessed: `05/12/1980` is 5 December.
pub fn parse_flexible(s: &str) -> Option<NaiveDate> {
    let t = crate::text::trim(s);
    if let Some(d) = parse_iso(t) {
        return Some(d);
    }
    let sep = if t.contains('/') { '/' } else { '-' };
    let mut parts = t.split(sep);
    let (d, m, y) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some()
        || y.len() != 4
        || d.is_empty()
        || d.len() > 2
        || m.is_empty()
        || m.len() > 2
    {
        return None;
    }
    let all_digits = |x: &str| x.bytes().all(|b| b.is_ascii_digit());
    if !(all_digits(d) && all_digits(m) && all_digits(y)) {
        return None;
    }
    let y: i32 = y.parse().ok()?;
    if !(FIRST_YEAR..=LAST_YEAR).contains(&y) {
        return None;
    }
    NaiveDate::from_ymd_opt(y, m.parse().ok()?, d.parse().ok()?)
}

/// The date of a spreadsheet serial number (Excel and LibreOffice, 1900 date system): the
/// number a date cell holds when a file stores it as a number. Serial 1 is 1900-01-01; Excel
/// counts a 29 February 1900 that never was (serial 60), so later serials count from
/// 1899-12-30. A fraction (time of day) is ignored.
pub fn from_spreadsheet_serial(serial: f64) -> Option<NaiveDate> {
    if !serial.is_finite() || !(1.0..2_958_466.0).contains(&serial) {
        return None;
    }
    let days = serial.trunc() as i64;
    let (base, days) = if days >= 61 {
        (NaiveDate::from_ymd_opt(1899, 12, 30)?, days)
    } else if days == 60 {
        return None;
    } else {
        (NaiveDate::from_ymd_opt(1899, 12, 31)?, days)
    };
    base.checked_add_signed(chrono::Duration::days(days))
}

/// Chooses the century for a two-digit year, as a NIK or KK stores it.
///
/// The century is not in the number (PP 37/2007 Pasal 37 gives only "tahun"), so the
/// contract takes the latest century that does not put the date after `as_of`: a child born
/// in 2010 stays 2010 in 2025, where tools that assume 19yy make it 1910. If the day and
/// month form no date in the two centuries considered (29 February of a non-leap year), the
/// answer is `None`.
pub fn resolve_century(day: u32, month: u32, yy: u32, as_of: NaiveDate) -> Option<NaiveDate> {
    let century = as_of.year().div_euclid(100) * 100;
    let yy = i32::try_from(yy % 100).ok()?;
    for base in [century, century - 100] {
        if let Some(d) = NaiveDate::from_ymd_opt(base + yy, month, day) {
            if d <= as_of {
                return Some(d);
            }
        }
    }
    None
}

/// Whether day and month form a date in some year ending in `yy`: true except for
/// impossible days (31 April) and 29 February when neither 19yy nor 20yy is a leap year.
pub fn exists_with_yy(day: u32, month: u32, yy: u32) -> bool {
    let yy = (yy % 100) as i32;
    NaiveDate::from_ymd_opt(2000 + yy, month, day).is_some()
        || NaiveDate::from_ymd_opt(1900 + yy, month, day).is_some()
}

/// Age in completed years on `on`: the number of birthdays passed, the way Indonesian
/// forms count "usia". Someone born 1960-06-02 is 64 on 2025-06-01 and 65 on 2025-06-02.
pub fn completed_years(birth: NaiveDate, on: NaiveDate) -> i32 {
    let mut years = on.year() - birth.year();
    if (on.month(), on.day()) < (birth.month(), birth.day()) {
        years -= 1;
    }
    years
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn iso_is_strict() {
        assert_eq!(parse_iso("2025-06-01"), Some(d(2025, 6, 1)));
        assert_eq!(parse_iso(" 2024-02-29 "), Some(d(2024, 2, 29)));
        assert_eq!(parse_iso("2023-02-29"), None);
        assert_eq!(parse_iso("2025-6-1"), None);
        assert_eq!(parse_iso("01/06/2025"), None);
        assert_eq!(parse_iso("２０２５-06-01"), None);
    }

    #[test]
    fn spreadsheet_serials() {
        // 29221 is 1980-01-01 in Excel; 45809 is 2025-06-01.
        assert_eq!(from_spreadsheet_serial(29221.0), Some(d(1980, 1, 1)));
        assert_eq!(from_spreadsheet_serial(45809.0), Some(d(2025, 6, 1)));
        assert_eq!(from_spreadsheet_serial(1.0), Some(d(1900, 1, 1)));
        assert_eq!(from_spreadsheet_serial(61.0), Some(d(1900, 3, 1)));
        assert_eq!(from_spreadsheet_serial(60.0), None);
        assert_eq!(from_spreadsheet_serial(29221.75), Some(d(1980, 1, 1)));
        assert_eq!(from_spreadsheet_serial(-5.0), None);
        assert_eq!(from_spreadsheet_serial(f64::NAN), None);
    }

    #[test]
    fn today_is_counted_in_wib() {
        // 2025-05-31T17:00:00Z is midnight in Bojonegoro.
        let ms = 1_748_710_800_000;
        assert_eq!(wib_date_from_unix_millis(ms), d(2025, 6, 1));
        assert_eq!(wib_date_from_unix_millis(ms - 1), d(2025, 5, 31));
    }

    #[test]
    fn day_first_dates_are_read() {
        assert_eq!(parse_flexible("12/05/1980"), Some(d(1980, 5, 12)));
        assert_eq!(parse_flexible("1-7-1970"), Some(d(1970, 7, 1)));
        assert_eq!(parse_flexible("1980-05-12"), Some(d(1980, 5, 12)));
        assert_eq!(parse_flexible("31/02/1980"), None);
        assert_eq!(parse_flexible("12/05/80"), None);
        assert_eq!(parse_flexible("12/05/1980/1"), None);
        assert_eq!(parse_flexible(""), None);
    }

    #[test]
    fn century_is_the_latest_not_after_as_of() {
        let as_of = d(2025, 6, 1);
        assert_eq!(resolve_century(12, 5, 10, as_of), Some(d(2010, 5, 12)));
        assert_eq!(resolve_century(12, 5, 80, as_of), Some(d(1980, 5, 12)));
        // The as-of day itself is not "after" it.
        assert_eq!(resolve_century(1, 6, 25, as_of), Some(d(2025, 6, 1)));
        assert_eq!(resolve_century(2, 6, 25, as_of), Some(d(1925, 6, 2)));
        // 29 Feb 2000 exists; 29 Feb 1900 does not.
        assert_eq!(resolve_century(29, 2, 0, as_of), Some(d(2000, 2, 29)));
        assert_eq!(resolve_century(29, 2, 0, d(2000, 1, 1)), None);
        assert_eq!(resolve_century(29, 2, 1, as_of), None);
    }

    #[test]
    fn completed_years_counts_birthdays() {
        let b = d(1960, 6, 2);
        assert_eq!(completed_years(b, d(2025, 6, 1)), 64);
        assert_eq!(completed_years(b, d(2025, 6, 2)), 65);
        // Born on 29 Feb: the birthday in a common year passes on 1 March.
        let leap = d(2000, 2, 29);
        assert_eq!(completed_years(leap, d(2018, 2, 28)), 17);
        assert_eq!(completed_years(leap, d(2018, 3, 1)), 18);
    }
}
