//! The one reader: every field value of every input, read the same way whether it arrives
//! as applicant JSON (`layak check`, `checkEligibility`), a screening CSV or XLSX cell
//! (`layak screen`, "Saring data") or a claim (`layak claim`, `checkClaim`).
//!
//! Operators write the same value in many ways (`ya`, `iya`, `Y`, `1`; `L`, `Laki-laki`,
//! `pria`; `WNI`, `Indonesia`; `-`, `tidak ada`). The words are data, in
//! `data/spellings.toml` (shown as a table in `docs/spellings.md`); the layouts of dates and
//! numbers are in [`dates`] and [`numbers`]. Each reader takes text and says one of three
//! things ([`Field`]): nothing was given (empty or blank), here is the value, or something
//! was given that is not a value of this field. A face turns "unreadable" into the same
//! issue code for the same field everywhere (`applicant.*_invalid`, `claim.field_invalid`).
//!
//! Reading allocates nothing: a screening run reads ten million cells.
//!
//! This module sits low in the layers: it knows text, dates, region codes and the coded
//! values, and nothing of rules, claims or messages.

pub mod claim_codes;
pub mod codes;
pub mod dates;
pub mod fields;
pub mod key;
pub mod numbers;
pub mod spellings;

use crate::region::{Level, RegionCode};
use crate::sex::Sex;
use chrono::NaiveDate;
pub use codes::{Citizenship, Occupation, Program};
use key::{Key, Probe};

/// A field after reading: not given, given and understood, or given but not understood.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field<T> {
    /// Absent, null or empty.
    Missing,
    /// Understood.
    Given(T),
    /// Present, but of the wrong type or not a value the field can hold.
    Unreadable,
}

impl<T: Copy> Field<T> {
    /// The value, when understood.
    pub fn given(&self) -> Option<T> {
        match self {
            Field::Given(v) => Some(*v),
            _ => None,
        }
    }

    /// Whether the field was given but not understood.
    pub fn is_unreadable(&self) -> bool {
        matches!(self, Field::Unreadable)
    }

    /// Reads text with `parse`: blank → missing, not understood → unreadable.
    #[inline]
    pub fn of(s: &str, parse: impl FnOnce(&str) -> Option<T>) -> Field<T> {
        let t = crate::text::trim(s);
        if t.is_empty() {
            return Field::Missing;
        }
        parse(t).map_or(Field::Unreadable, Field::Given)
    }

    /// Reads a cell that may be absent (no such column) the same way.
    #[inline]
    pub fn read_str(s: Option<&str>, parse: impl FnOnce(&str) -> Option<T>) -> Field<T> {
        s.map_or(Field::Missing, |s| Field::of(s, parse))
    }
}

/// A yes or a no: `ya`/`iya`/`Y`/`1`/`true`/`benar`, `tidak`/`tdk`/`T`/`n`/`0`/`false`/`bukan`
/// (`data/spellings.toml`). A `-` is "not filled in": missing.
#[inline]
pub fn yes_no(s: &str) -> Field<bool> {
    let k = Probe::of(s);
    if k.is_empty() || spellings::lookup_blank(&k) {
        return Field::Missing;
    }
    spellings::lookup_yes_no(&k).map_or(Field::Unreadable, Field::Given)
}

/// Sex: `L`/`P`, `M`/`F`, `Laki-laki`/`Perempuan`, `pria`/`wanita` and the other spellings.
#[inline]
pub fn sex(s: &str) -> Field<Sex> {
    Field::of(s, |t| spellings::lookup_sex(&Probe::of(t)))
}

/// Citizenship: `WNI`/`WNA`, `Indonesia`, `Warga Negara Indonesia`, `Asing`.
#[inline]
pub fn citizenship(s: &str) -> Field<Citizenship> {
    Field::of(s, Citizenship::parse)
}

/// Programme: `rentan`/`insentif` and their long names.
#[inline]
pub fn program(s: &str) -> Field<Program> {
    Field::of(s, Program::parse)
}

/// Occupation: a code in any case and spacing, `-`/`tidak ada`/`belum bekerja` for `none`.
#[inline]
pub fn occupation(s: &str) -> Field<Occupation> {
    Field::of(s, Occupation::parse)
}

/// A date in one of the four layouts of [`dates`].
#[inline]
pub fn date(s: &str) -> Field<NaiveDate> {
    Field::of(s, dates::date)
}

/// A 10-digit Kemendagri village code, with or without dots (`35.22.06.2001`,
/// `3522062001`); a shorter code (a kecamatan) is not a village.
#[inline]
pub fn village_code(s: &str) -> Field<RegionCode> {
    Field::of(s, |t| {
        RegionCode::parse(t).filter(|c| c.level() == Level::Village)
    })
}

/// Text kept as given, trimmed (a NIK, a KK number, a category code): missing when blank.
#[inline]
pub fn text(s: &str) -> Field<&str> {
    let t = crate::text::trim(s);
    if t.is_empty() {
        Field::Missing
    } else {
        Field::Given(t)
    }
}

/// Whether a category as written (`Buruh Tani`, `buruh-tani`) is the code `code` of the
/// parameter set (`buruh_tani`). Codes are compared as [`Key`]s, so case, spaces and dashes
/// do not matter.
#[inline]
pub fn same_code(written: &str, code: &str) -> bool {
    match (Key::of(written), Key::of(code)) {
        (Some(a), Some(b)) => a == b,
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_words_operators_write() {
        for y in ["ya", "iya", "benar", "Y", "1", "TRUE", " Ya "] {
            assert_eq!(yes_no(y), Field::Given(true), "{y}");
        }
        for n in ["tidak", "tdk", "n", "T", "0", "false", "Tidak", "bukan"] {
            assert_eq!(yes_no(n), Field::Given(false), "{n}");
        }
        assert_eq!(yes_no(""), Field::Missing);
        assert_eq!(yes_no(" - "), Field::Missing);
        assert_eq!(yes_no("mungkin"), Field::Unreadable);
        for m in [
            "L",
            "l",
            " Laki-laki ",
            "LAKI LAKI",
            "PRIA",
            "m",
            "Male",
            "lk",
        ] {
            assert_eq!(sex(m), Field::Given(Sex::M), "{m}");
        }
        for f in ["P", "perempuan", "Wanita", "F", "female", "Pr."] {
            assert_eq!(sex(f), Field::Given(Sex::F), "{f}");
        }
        assert_eq!(sex("x"), Field::Unreadable);
        assert_eq!(sex("-"), Field::Unreadable);
        assert_eq!(citizenship("Indonesia"), Field::Given(Citizenship::Wni));
        assert_eq!(occupation("Tidak Ada"), Field::Given(Occupation::None));
        assert_eq!(
            village_code("3522062001").given().map(|c| c.to_string()),
            Some("35.22.06.2001".to_string())
        );
        assert_eq!(village_code("35.22.06"), Field::Unreadable);
        assert!(same_code("Buruh Tani", "buruh_tani"));
        assert!(same_code("BURUH-TANI", "buruh_tani"));
        assert!(!same_code("buruh", "buruh_tani"));
    }
}
