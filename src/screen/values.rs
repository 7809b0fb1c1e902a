//! Cell values as people type them in spreadsheets (CONTRACT.md §6).
//!
//! Village operators fill these files by hand: `L`/`P`, `ya`/`tidak`, dates day-first, codes
//! in any case with stray spaces, a `-` for "none". Each reader accepts those forms, says
//! "missing" for an empty cell, and refuses anything else with the value it could not read,
//! so the row goes to review with a reason instead of being guessed.

use crate::date;
use chrono::NaiveDate;

/// A cell: missing (empty), read, or not readable.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cell<T> {
    /// Empty.
    Missing,
    /// Read.
    Value(T),
    /// Present but not readable as this kind of value.
    Unreadable,
}

/// `ya`/`tidak`, `Y`/`T`, `1`/`0`, `true`/`false` (and `yes`/`no`, `iya`, `tdk`), any case.
pub fn yes_no(s: &str) -> Cell<bool> {
    let t = crate::text::trim(s);
    if t.is_empty() || t == "-" {
        return Cell::Missing;
    }
    const YES: [&str; 7] = ["ya", "y", "1", "true", "yes", "iya", "benar"];
    const NO: [&str; 7] = ["tidak", "t", "0", "false", "no", "tdk", "n"];
    if YES.iter().any(|y| t.eq_ignore_ascii_case(y)) {
        Cell::Value(true)
    } else if NO.iter().any(|n| t.eq_ignore_ascii_case(n)) {
        Cell::Value(false)
    } else {
        Cell::Unreadable
    }
}

/// A date: `YYYY-MM-DD`, `DD/MM/YYYY`, `DD-MM-YYYY`, or a spreadsheet serial number.
pub fn date(s: &str) -> Cell<NaiveDate> {
    let t = crate::text::trim(s);
    if t.is_empty() {
        return Cell::Missing;
    }
    if let Some(d) = date::parse_flexible(t) {
        return Cell::Value(d);
    }
    if t.bytes().all(|b| b.is_ascii_digit() || b == b'.') {
        if let Some(d) = t
            .parse::<f64>()
            .ok()
            .and_then(date::from_spreadsheet_serial)
        {
            return Cell::Value(d);
        }
    }
    Cell::Unreadable
}

/// A code as the contract writes it: lower case, words joined by `_`
/// (`Buruh Tani` → `buruh_tani`, ` PNS ` → `pns`). Empty is missing.
pub fn code(s: &str, out: &mut String) -> bool {
    out.clear();
    let t = crate::text::trim(s);
    let mut gap = false;
    for c in t.chars() {
        if c == ' ' || c == '-' || c == '_' {
            gap = !out.is_empty();
        } else {
            if gap {
                out.push('_');
                gap = false;
            }
            out.extend(c.to_lowercase());
        }
    }
    !out.is_empty()
}

/// The occupation column: empty or `-` means `none` (not an excluded status).
pub fn occupation(s: &str, out: &mut String) {
    if !code(s, out) {
        out.push_str("none");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn yes_and_no_as_typed() {
        for y in ["ya", "Y", "1", "TRUE", " Ya "] {
            assert_eq!(yes_no(y), Cell::Value(true), "{y}");
        }
        for n in ["tidak", "T", "0", "false", "Tidak"] {
            assert_eq!(yes_no(n), Cell::Value(false), "{n}");
        }
        assert_eq!(yes_no(""), Cell::Missing);
        assert_eq!(yes_no("mungkin"), Cell::Unreadable);
    }

    #[test]
    fn dates_as_typed() {
        let d = |y, m, day| Cell::Value(NaiveDate::from_ymd_opt(y, m, day).unwrap());
        assert_eq!(date("1980-05-12"), d(1980, 5, 12));
        assert_eq!(date("12/05/1980"), d(1980, 5, 12));
        assert_eq!(date("12-05-1980"), d(1980, 5, 12));
        assert_eq!(date("29353"), d(1980, 5, 12));
        assert_eq!(date(""), Cell::Missing);
        assert_eq!(date("12 Mei 1980"), Cell::Unreadable);
        assert_eq!(date("31/02/1980"), Cell::Unreadable);
    }

    #[test]
    fn codes_as_typed() {
        let mut s = String::new();
        assert!(code(" Buruh  Tani ", &mut s));
        assert_eq!(s, "buruh_tani");
        assert!(code("PEKERJA-MANDIRI-disabilitas", &mut s));
        assert_eq!(s, "pekerja_mandiri_disabilitas");
        assert!(!code("  ", &mut s));
        occupation("-", &mut s);
        assert_eq!(s, "none");
        occupation("PNS", &mut s);
        assert_eq!(s, "pns");
    }
}
