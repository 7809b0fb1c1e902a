//! Nomor KK: the 16-digit number of a Kartu Keluarga, the family card.
//!
//! SIAK issues a KK number when a head of family's record is made. Its layout mirrors the NIK
//! (Dukcapil guidance; the exact date layout is only likely, see the domain file §2):
//!
//! ```text
//!   35 22 06  01 01 10  0003
//!   │  │  │   │  │  │   └─ family serial, from 0001
//!   │  │  │   └──┴──┴──── date of recording, DDMMYY, with no +40 rule
//!   └──┴──┴────────────── kecamatan that issued the card (35.22.06 Dander)
//! ```
//!
//! Unlike a NIK, **a KK number changes**: when the family moves to another kecamatan, when
//! the head of family dies, on divorce, or when a household splits its card. That is why the
//! KK prefix, and not the NIK prefix, is the better proxy for where a family lives now
//! (still only a proxy: the address on the card is the authority).
//!
//! Because the date layout is inferred rather than read in a regulation, a KK whose date
//! digits are no date gets a warning, not an error.

use crate::idnumber::{self, Digits, Family};
use crate::issue::{self, push, Code, DateProblem, Detail, IssueJson, Issues};
use crate::nik::RegionJson;
use crate::region::Region;
use chrono::NaiveDate;
use serde::Serialize;

pub(crate) const FAMILY: Family = Family {
    empty: Code::KkEmpty,
    invalid_characters: Code::KkInvalidCharacters,
    scientific_notation: Code::KkScientificNotation,
    length: Code::KkLength,
    incomplete: Code::KkIncomplete,
    province_unknown: Code::KkProvinceUnknown,
    regency_unknown: Code::KkRegencyUnknown,
    district_unknown: Code::KkDistrictUnknown,
    region_retired: Code::KkRegionRetired,
    serial_zero: Code::KkSerialZero,
};

/// What a KK check needs besides the number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct KkOptions {
    /// The day the check is made for; it chooses the century of the recording year.
    pub as_of: NaiveDate,
    /// As-you-type mode, as for a NIK.
    pub partial: bool,
}

impl KkOptions {
    /// Options for a plain check on `as_of`.
    pub fn new(as_of: NaiveDate) -> KkOptions {
        KkOptions {
            as_of,
            partial: false,
        }
    }
}

/// What a KK number says, and what is wrong with it.
#[derive(Debug, Clone, PartialEq)]
pub struct KkReport {
    /// The normalised 16 digits, when there are 16.
    pub kk: Option<Digits>,
    /// Digits 1–2.
    pub province: Option<Region>,
    /// Digits 1–4.
    pub regency: Option<Region>,
    /// Digits 1–6: the kecamatan that issued the card.
    pub district: Option<Region>,
    /// Digits 7–12 as a date, when they are one.
    pub recorded_date: Option<NaiveDate>,
    /// Digits 13–16.
    pub serial: Option<u16>,
    /// Everything found.
    pub issues: Issues,
}

impl KkReport {
    /// A report of nothing yet, to fill with [`validate_into`].
    pub fn empty() -> KkReport {
        KkReport {
            kk: None,
            province: None,
            regency: None,
            district: None,
            recorded_date: None,
            serial: None,
            issues: Issues::new(),
        }
    }

    /// The contract's `valid`: no issue of severity error.
    pub fn is_valid(&self) -> bool {
        issue::no_errors(&self.issues)
    }

    /// The normalised number as text.
    pub fn kk_str(&self) -> Option<&str> {
        self.kk.as_ref().map(idnumber::as_str)
    }
}

/// Checks a KK number. Like [`crate::nik::validate`], any bytes give issues, never a panic.
pub fn validate(input: &[u8], opts: &KkOptions) -> KkReport {
    let mut r = KkReport::empty();
    validate_into(input, opts, &mut r);
    r
}

/// [`validate`] into a report the caller keeps (see [`crate::nik::validate_into`]).
pub fn validate_into(input: &[u8], opts: &KkOptions, r: &mut KkReport) {
    r.kk = None;
    r.province = None;
    r.regency = None;
    r.district = None;
    r.recorded_date = None;
    r.serial = None;
    r.issues.clear();
    let Some((d, n)) = idnumber::read_and_measure(input, opts.partial, &FAMILY, &mut r.issues)
    else {
        return;
    };
    if n == 16 {
        r.kk = Some(d);
    }
    let regions = idnumber::decode_regions(&d, n, opts.as_of, &FAMILY, &mut r.issues);
    r.province = regions.province;
    r.regency = regions.regency;
    r.district = regions.district;
    decode_date(&d, n, opts.as_of, r);
    if n == 16 {
        r.serial = Some(idnumber::serial(&d, &FAMILY, &mut r.issues));
    }
}

fn decode_date(d: &Digits, n: usize, as_of: NaiveDate, r: &mut KkReport) {
    if n < 8 {
        return;
    }
    let day = idnumber::two(d, 6);
    let problem = if !(1..=31).contains(&day) {
        Some(DateProblem::Day(day as u8))
    } else if n < 10 {
        None
    } else {
        let month = idnumber::two(d, 8);
        if !(1..=12).contains(&month) {
            Some(DateProblem::Month(month as u8))
        } else if n < 12 {
            None
        } else {
            let yy = idnumber::two(d, 10);
            r.recorded_date = idnumber::date_of(day, month, yy, as_of);
            r.recorded_date.is_none().then_some(DateProblem::NoSuchDay {
                day: day as u8,
                month: month as u8,
                year: yy as u8,
            })
        }
    };
    if let Some(p) = problem {
        push(&mut r.issues, Code::KkDateInvalid, Detail::Date(p));
    }
}

/// The contract's KK result (section 3): the NIK shape with the recording date in place of
/// sex and birth date.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct KkJson {
    /// The input as given.
    pub input: String,
    /// The normalised 16 digits, or null.
    pub kk: Option<String>,
    /// No issue of severity error.
    pub valid: bool,
    /// Digits 1–2.
    pub province: Option<RegionJson>,
    /// Digits 1–4.
    pub regency: Option<RegionJson>,
    /// Digits 1–6.
    pub district: Option<RegionJson>,
    /// Digits 7–12 as an ISO date.
    pub recorded_date: Option<NaiveDate>,
    /// Four digits.
    pub serial: Option<String>,
    /// What was found.
    pub issues: Vec<IssueJson>,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(s: &str) -> KkReport {
        validate(
            s.as_bytes(),
            &KkOptions::new(NaiveDate::from_ymd_opt(2025, 6, 1).unwrap()),
        )
    }

    #[test]
    fn the_contract_example_is_valid() {
        let r = check("3522060101100003");
        assert!(r.is_valid(), "{:?}", r.issues);
        assert_eq!(r.recorded_date, NaiveDate::from_ymd_opt(2010, 1, 1));
        assert_eq!(r.serial, Some(3));
    }

    #[test]
    fn a_bad_date_is_only_a_warning_and_there_is_no_plus_forty() {
        let r = check("3522064101100003");
        assert!(r.is_valid());
        assert_eq!(r.issues[0].code, Code::KkDateInvalid);
        assert_eq!(r.recorded_date, None);
    }
}
