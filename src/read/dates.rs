//! Dates as operators write them, in every field and on every face.
//!
//! Four layouts: ISO `YYYY-MM-DD` (the contract's JSON), the Indonesian day-first
//! `DD/MM/YYYY`, `DD-MM-YYYY` and `DD.MM.YYYY` (one-digit day and month allowed), and the
//! number a spreadsheet date cell holds when a file stores it as a number (a serial of five
//! digits, 10000 = 18 May 1927, with any time-of-day fraction). Month-first American dates
//! are never guessed: `05/12/1980` is 5 December. A four-digit number is read as no date: it
//! is far more often a year typed alone than a serial of the 1900s, and reading `1980` as 2
//! June 1905 would fail a person on age.

use chrono::NaiveDate;

/// The date `s` means, or `None`.
pub fn date(s: &str) -> Option<NaiveDate> {
    let t = crate::text::trim(s);
    if let Some(d) = crate::date::parse_flexible(t) {
        return Some(d);
    }
    if let Some(d) = dotted(t) {
        return Some(d);
    }
    serial(t)
}

/// `DD.MM.YYYY`.
fn dotted(t: &str) -> Option<NaiveDate> {
    let mut parts = t.split('.');
    let (d, m, y) = (parts.next()?, parts.next()?, parts.next()?);
    let digits = |x: &str, lo: usize, hi: usize| {
        (lo..=hi).contains(&x.len()) && x.bytes().all(|b| b.is_ascii_digit())
    };
    if parts.next().is_some() || !digits(d, 1, 2) || !digits(m, 1, 2) || !digits(y, 4, 4) {
        return None;
    }
    let year: i32 = y.parse().ok()?;
    // The same years as the other layouts (crate::date): nothing before 1900 or after 2199.
    if !(crate::date::FIRST_YEAR..=crate::date::LAST_YEAR).contains(&year) {
        return None;
    }
    NaiveDate::from_ymd_opt(year, m.parse().ok()?, d.parse().ok()?)
}

/// A spreadsheet serial of five digits, with or without a fraction (the time of day, which
/// does not change the date). Read as digits, not as a float: the float parser alone would
/// add kilobytes to the forms' WebAssembly download.
fn serial(t: &str) -> Option<NaiveDate> {
    let (whole, fraction) = t.split_once('.').unwrap_or((t, ""));
    let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if whole.len() != 5 || !digits(whole) || !digits(fraction) {
        return None;
    }
    let n = whole
        .bytes()
        .fold(0u32, |n, b| n * 10 + u32::from(b - b'0'));
    crate::date::from_spreadsheet_serial(f64::from(n))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_four_layouts() {
        let d = NaiveDate::from_ymd_opt(1980, 5, 12);
        assert_eq!(date("1980-05-12"), d);
        assert_eq!(date("12/05/1980"), d);
        assert_eq!(date("12-5-1980"), d);
        assert_eq!(date("12.05.1980"), d);
        assert_eq!(date(" 29353 "), d);
        assert_eq!(date("29353.75"), d);
        assert_eq!(date("29353."), d);
        assert_eq!(date("29353.7.5"), None);
        assert_eq!(date("1980"), None);
        assert_eq!(date("12 Mei 1980"), None);
        assert_eq!(date("31/02/1980"), None);
        assert_eq!(date("31.02.1980"), None);
        assert_eq!(date("1.2.3.4"), None);
        assert_eq!(date("01.01.0000"), None);
        assert_eq!(date("01.01.2200"), None);
        assert_eq!(date(""), None);
    }
}
