//! NIK, Nomor Induk Kependudukan: the 16-digit population number of every resident.
//!
//! A NIK is given once, by Dukcapil's SIAK system, and never changes, not even when its
//! holder moves (UU 23/2006 jo. UU 24/2013 Pasal 13; PP 40/2019 Pasal 30(2)). Its layout is
//! fixed by PP 37/2007 Pasal 37 (6 + 6 + 4 digits):
//!
//! ```text
//!   35 22 06  12 05 80  0001
//!   │  │  │   │  │  │   └─ serial, from 0001, for people with the same first 12 digits
//!   │  │  │   │  │  └──── year of birth, two digits: the century is not stored
//!   │  │  │   │  └─────── month of birth, 01–12
//!   │  │  │   └────────── day of birth; women add 40, so 41–71
//!   │  │  └────────────── kecamatan (35.22.06 Dander) where the NIK was first registered
//!   │  └───────────────── kabupaten/kota (35.22 Kabupaten Bojonegoro)
//!   └──────────────────── province (35 Jawa Timur)
//! ```
//!
//! So `3522061205800001` is a man born on 12 May 1980, first registered in Dander; a woman
//! born the same day would carry `520580`.
//!
//! There is **no check digit**: a wrong serial digit passes every offline check. What the
//! format does reveal, this module checks: the length, the region code against the full
//! Kemendagri table (retired Papua codes included), a real calendar date (29 February only in
//! leap years; day 99 is not "day 19"), and the serial 0000 that SIAK never issues. A NIK's
//! format is not its existence: only Dukcapil can say whether a NIK was issued and is active.
//!
//! The region is where the NIK was **first registered**, not where its holder lives now;
//! domicile must come from the KK or the address.

use crate::idnumber::{self, Digits, Family};
use crate::issue::{self, push, Code, DateProblem, Detail, IssueJson, Issues};
use crate::region::Region;
use crate::sex::Sex;
use chrono::{Datelike, NaiveDate};
use serde::Serialize;

pub(crate) const FAMILY: Family = Family {
    empty: Code::NikEmpty,
    invalid_characters: Code::NikInvalidCharacters,
    scientific_notation: Code::NikScientificNotation,
    length: Code::NikLength,
    incomplete: Code::NikIncomplete,
    province_unknown: Code::NikProvinceUnknown,
    regency_unknown: Code::NikRegencyUnknown,
    district_unknown: Code::NikDistrictUnknown,
    region_retired: Code::NikRegionRetired,
    serial_zero: Code::NikSerialZero,
};

/// What a NIK check needs besides the NIK.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NikOptions {
    /// The day the check is made for; it chooses the century of the birth year.
    pub as_of: NaiveDate,
    /// As-you-type mode: a short input that could still become a NIK gives `nik.incomplete`
    /// (info) instead of `nik.length`, and its prefix is decoded.
    pub partial: bool,
    /// The birth date written on the form, for the cross-check.
    pub birth_date: Option<NaiveDate>,
    /// The sex written on the form, for the cross-check.
    pub sex: Option<Sex>,
}

impl NikOptions {
    /// Options for a plain check on `as_of`.
    pub fn new(as_of: NaiveDate) -> NikOptions {
        NikOptions {
            as_of,
            partial: false,
            birth_date: None,
            sex: None,
        }
    }
}

/// What a NIK says about its holder, and what is wrong with it.
#[derive(Debug, Clone, PartialEq)]
pub struct NikReport {
    /// The normalised 16 digits, when there are 16.
    pub nik: Option<Digits>,
    /// Digits 1–2.
    pub province: Option<Region>,
    /// Digits 1–4.
    pub regency: Option<Region>,
    /// Digits 1–6.
    pub district: Option<Region>,
    /// From the day digits: 01–31 men, 41–71 women.
    pub sex: Option<Sex>,
    /// Digits 7–12 with the century chosen against the as-of date (or taken from the form's
    /// birth date when its day, month and two year digits agree with the NIK's).
    pub birth_date: Option<NaiveDate>,
    /// Digits 13–16.
    pub serial: Option<u16>,
    /// Everything found, in the order of the digits.
    pub issues: Issues,
}

impl NikReport {
    /// A report of nothing yet, to fill with [`validate_into`].
    pub fn empty() -> NikReport {
        NikReport {
            nik: None,
            province: None,
            regency: None,
            district: None,
            sex: None,
            birth_date: None,
            serial: None,
            issues: Issues::new(),
        }
    }

    /// Back to [`NikReport::empty`], field by field: the issue array is not rewritten.
    fn reset(&mut self) {
        self.nik = None;
        self.province = None;
        self.regency = None;
        self.district = None;
        self.sex = None;
        self.birth_date = None;
        self.serial = None;
        self.issues.clear();
    }

    /// The contract's `valid`: no issue of severity error.
    pub fn is_valid(&self) -> bool {
        issue::no_errors(&self.issues)
    }

    /// The normalised NIK as text.
    pub fn nik_str(&self) -> Option<&str> {
        self.nik.as_ref().map(idnumber::as_str)
    }

    /// Whether an issue with this code was found.
    pub fn has(&self, code: Code) -> bool {
        self.issues.iter().any(|i| i.code == code)
    }
}

/// Checks a NIK and decodes what it carries. Any bytes are accepted: separators (spaces,
/// dots, dashes) are removed first, and whatever is wrong comes back as issues. Nothing is
/// allocated, so this is safe to call a million times a second.
pub fn validate(input: &[u8], opts: &NikOptions) -> NikReport {
    let mut r = NikReport::empty();
    validate_into(input, opts, &mut r);
    r
}

/// [`validate`] into a report the caller keeps: a batch reuses one report per row instead
/// of moving a fresh one (the issue list is a fixed array of some 600 bytes) through every
/// call.
pub fn validate_into(input: &[u8], opts: &NikOptions, r: &mut NikReport) {
    r.reset();
    let Some((d, n)) = idnumber::read_and_measure(input, opts.partial, &FAMILY, &mut r.issues)
    else {
        return;
    };
    if n == 16 {
        r.nik = Some(d);
    }
    let regions = idnumber::decode_regions(&d, n, opts.as_of, &FAMILY, &mut r.issues);
    r.province = regions.province;
    r.regency = regions.regency;
    r.district = regions.district;

    decode_birth(&d, n, opts, r);
    if n == 16 {
        r.serial = Some(idnumber::serial(&d, &FAMILY, &mut r.issues));
    }
    if let Some(b) = r.birth_date {
        if (b.month(), b.day()) == (12, 31) || (b.month(), b.day()) == (7, 1) {
            push(&mut r.issues, Code::NikBirthDatePlaceholder, Detail::On(b));
        }
    }
    cross_check(opts, r);
}

/// Day digits 7–8 carry the sex; with the month and year digits they make the birth date.
fn decode_birth(d: &Digits, n: usize, opts: &NikOptions, r: &mut NikReport) {
    if n < 8 {
        return;
    }
    let dd = idnumber::two(d, 6);
    let day = match dd {
        1..=31 => {
            r.sex = Some(Sex::M);
            dd
        }
        41..=71 => {
            r.sex = Some(Sex::F);
            dd - 40
        }
        _ => {
            push(
                &mut r.issues,
                Code::NikBirthDateInvalid,
                Detail::Date(DateProblem::Day(dd as u8)),
            );
            return;
        }
    };
    if n < 10 {
        return;
    }
    let month = idnumber::two(d, 8);
    if !(1..=12).contains(&month) {
        push(
            &mut r.issues,
            Code::NikBirthDateInvalid,
            Detail::Date(DateProblem::Month(month as u8)),
        );
        return;
    }
    if n < 12 {
        return;
    }
    let yy = idnumber::two(d, 10);
    r.birth_date = idnumber::date_of(day, month, yy, opts.as_of);
    if r.birth_date.is_none() {
        push(
            &mut r.issues,
            Code::NikBirthDateInvalid,
            Detail::Date(DateProblem::NoSuchDay {
                day: day as u8,
                month: month as u8,
                year: yy as u8,
            }),
        );
    }
}

/// Compares the NIK with the form. A difference is a warning, never a rejection: when a birth
/// date is corrected the NIK is not reissued, so both can be right. When the form's date has
/// the same day, month and two year digits, it settles the century the NIK leaves open.
fn cross_check(opts: &NikOptions, r: &mut NikReport) {
    if let (Some(form), Some(nik)) = (opts.birth_date, r.birth_date) {
        let same_digits = form.day() == nik.day()
            && form.month() == nik.month()
            && form.year().rem_euclid(100) == nik.year().rem_euclid(100);
        if same_digits {
            r.birth_date = Some(form);
        } else {
            push(
                &mut r.issues,
                Code::NikBirthDateMismatch,
                Detail::BirthDates { form, nik },
            );
        }
    }
    if let (Some(form), Some(nik)) = (opts.sex, r.sex) {
        if form != nik {
            push(
                &mut r.issues,
                Code::NikSexMismatch,
                Detail::Sexes { form, nik },
            );
        }
    }
}

/// True when `input` is a well-formed NIK on `as_of` (warnings allowed).
pub fn is_valid(input: &str, as_of: NaiveDate) -> bool {
    validate(input.as_bytes(), &NikOptions::new(as_of)).is_valid()
}

/// The NIK with separators removed, if it has 16 digits and nothing else.
pub fn compact(input: &str) -> Option<String> {
    match idnumber::read(input.as_bytes()) {
        idnumber::Read::Digits { digits, count: 16 } => Some(idnumber::as_str(&digits).into()),
        _ => None,
    }
}

/// A NIK as people read it aloud: region, date, serial (`352206 120580 0001`).
pub fn format(input: &str) -> Option<String> {
    compact(input).map(|c| format!("{} {} {}", &c[..6], &c[6..12], &c[12..]))
}

/// A region as the JSON shows it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RegionJson {
    /// The dotted code, e.g. `35.22`.
    pub code: String,
    /// The name.
    pub name: &'static str,
    /// Present and true when the code is retired.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub retired: bool,
    /// The current region that took over a retired code's area.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub successor: Option<RegionRefJson>,
}

/// A code and a name.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RegionRefJson {
    /// The dotted code.
    pub code: String,
    /// The name.
    pub name: &'static str,
}

impl From<Region> for RegionJson {
    fn from(r: Region) -> RegionJson {
        let successor = r.retired.map(|ret| RegionRefJson {
            code: ret.successor.to_string(),
            name: ret.successor_region().map(|s| s.name).unwrap_or(""),
        });
        RegionJson {
            code: r.code.to_string(),
            name: r.name,
            retired: r.retired.is_some(),
            successor,
        }
    }
}

/// The contract's NIK result (section 2).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct NikJson {
    /// The input as given.
    pub input: String,
    /// The normalised 16 digits, or null.
    pub nik: Option<String>,
    /// No issue of severity error.
    pub valid: bool,
    /// Digits 1–2.
    pub province: Option<RegionJson>,
    /// Digits 1–4.
    pub regency: Option<RegionJson>,
    /// Digits 1–6.
    pub district: Option<RegionJson>,
    /// `M` or `F`.
    pub sex: Option<Sex>,
    /// ISO date.
    pub birth_date: Option<NaiveDate>,
    /// Four digits.
    pub serial: Option<String>,
    /// What was found.
    pub issues: Vec<IssueJson>,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn as_of() -> NaiveDate {
        NaiveDate::from_ymd_opt(2025, 6, 1).unwrap()
    }

    fn check(s: &str) -> NikReport {
        validate(s.as_bytes(), &NikOptions::new(as_of()))
    }

    fn codes(r: &NikReport) -> Vec<&'static str> {
        r.issues.iter().map(|i| i.code.as_str()).collect()
    }

    #[test]
    fn the_contract_example_decodes() {
        let r = check("3522 0612 0580 0001");
        assert!(r.is_valid());
        assert_eq!(r.nik_str(), Some("3522061205800001"));
        assert_eq!(r.district.unwrap().name, "Dander");
        assert_eq!(r.sex, Some(Sex::M));
        assert_eq!(r.birth_date, NaiveDate::from_ymd_opt(1980, 5, 12));
        assert_eq!(r.serial, Some(1));
        assert!(r.issues.is_empty());
    }

    #[test]
    fn women_add_forty_and_day_99_is_not_day_19() {
        let r = check("3522065205800001");
        assert_eq!(r.sex, Some(Sex::F));
        assert_eq!(r.birth_date, NaiveDate::from_ymd_opt(1980, 5, 12));
        // Validators that read the day modulo 40 accept these; they are no dates.
        for s in [
            "3522069905800001",
            "3522063205800001",
            "3522067205800001",
            "3522060005800001",
        ] {
            assert_eq!(codes(&check(s)), ["nik.birth_date_invalid"], "{s}");
        }
    }

    #[test]
    fn a_child_born_in_2010_is_not_born_in_1910() {
        assert_eq!(
            check("3522061205100001").birth_date,
            NaiveDate::from_ymd_opt(2010, 5, 12)
        );
    }

    #[test]
    fn the_form_settles_the_century_when_the_digits_agree() {
        let mut o = NikOptions::new(as_of());
        o.birth_date = NaiveDate::from_ymd_opt(1920, 5, 12);
        let r = validate(b"3522061205200001", &o);
        assert_eq!(r.birth_date, NaiveDate::from_ymd_opt(1920, 5, 12));
        assert!(r.issues.is_empty());
        o.birth_date = NaiveDate::from_ymd_opt(1920, 5, 13);
        let r = validate(b"3522061205200001", &o);
        assert_eq!(codes(&r), ["nik.birth_date_mismatch"]);
        assert_eq!(r.birth_date, NaiveDate::from_ymd_opt(2020, 5, 12));
    }

    #[test]
    fn partial_input_decodes_its_prefix() {
        let mut o = NikOptions::new(as_of());
        o.partial = true;
        let r = validate(b"352206", &o);
        assert_eq!(codes(&r), ["nik.incomplete"]);
        assert!(r.is_valid());
        assert_eq!(r.district.unwrap().name, "Dander");
        let r = validate(b"3522069", &o);
        assert_eq!(codes(&r), ["nik.incomplete"]);
        let r = validate(b"35220699", &o);
        assert_eq!(codes(&r), ["nik.incomplete", "nik.birth_date_invalid"]);
        let r = validate(b"99", &o);
        assert_eq!(codes(&r), ["nik.incomplete", "nik.province_unknown"]);
        // Too long is too long, even while typing.
        let r = validate(b"35220612058000011", &o);
        assert_eq!(codes(&r), ["nik.length"]);
    }

    #[test]
    fn format_and_compact() {
        assert_eq!(
            format("3522-0612-0580-0001").as_deref(),
            Some("352206 120580 0001")
        );
        assert_eq!(compact("3522 0612 0580 000"), None);
        assert!(is_valid("3522061205800001", as_of()));
        assert!(!is_valid("3522061205800000", as_of()));
    }
}
