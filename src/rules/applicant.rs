//! The applicant: what a village operator's form (or a row of a spreadsheet) says about one
//! person, and the codes the contract fixes for it (CONTRACT.md §4).
//!
//! Records arrive incomplete and typed by hand, so every field is optional and no field can
//! make a record unreadable: a value of the wrong JSON type, an unknown code or a date that
//! is no date becomes [`Field::Unreadable`], which the rules turn into `review` and the
//! report into an `applicant.*` issue. An empty string counts as absent, as it does for
//! options. Every value is read by the one reader ([`crate::read`]), the same one screening
//! uses for a spreadsheet cell, so `"iya"` or `"Laki-laki"` means the same on every face.
//!
//! Keys are the contract's English names or any screening column name for the same field
//! (one table: [`crate::read::fields`]). A key that is neither does not stop the check: a
//! form may send its whole state. It is kept, with the nearest known key, and reported as an
//! `input.unknown_key` info, so a misspelt `brith_date` is said, not swallowed.
//!
//! [`RawApplicant`] is the record as received (JSON, any face); [`Applicant`] is the typed
//! view the rules read, borrowing the texts so that building it allocates nothing.

use crate::read;
use crate::read::fields::{self, Column, UnknownKey};
use crate::region::RegionCode;
use crate::sex::Sex;
use chrono::NaiveDate;
use serde::de::{self, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde::Deserialize;
use std::fmt;

pub use crate::read::{Citizenship, Field, Occupation, Program};

/// Reads a yes/no answer the ways people write it (`data/spellings.toml`): `ya`/`iya`/`Y`/
/// `1`/`true`, `tidak`/`tdk`/`T`/`n`/`0`/`false`, ignoring case and surrounding spaces.
pub fn parse_flag(s: &str) -> Option<bool> {
    read::yes_no(s).given()
}

/// A field as it arrived, of whatever JSON type. Deserializing it never fails, so one field
/// of the wrong type cannot make a whole record unreadable.
#[derive(Debug, Clone, Default, PartialEq)]
pub enum Loose {
    /// Absent or `null`.
    #[default]
    Absent,
    /// A string.
    Text(String),
    /// `true` or `false`.
    Bool(bool),
    /// A number (only 1 and 0 mean anything: yes and no).
    Number(f64),
    /// A list or an object: never a valid value of an applicant field.
    Other,
}

impl Loose {
    /// The text, trimmed, if the field is a non-empty string.
    fn text(&self) -> Option<&str> {
        match self {
            Loose::Text(s) => Some(s.trim()).filter(|t| !t.is_empty()),
            _ => None,
        }
    }
}

impl<'de> Deserialize<'de> for Loose {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Loose;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("any value")
            }
            fn visit_str<E: de::Error>(self, s: &str) -> Result<Loose, E> {
                Ok(Loose::Text(s.to_string()))
            }
            fn visit_string<E: de::Error>(self, s: String) -> Result<Loose, E> {
                Ok(Loose::Text(s))
            }
            fn visit_bool<E: de::Error>(self, b: bool) -> Result<Loose, E> {
                Ok(Loose::Bool(b))
            }
            fn visit_i64<E: de::Error>(self, n: i64) -> Result<Loose, E> {
                Ok(Loose::Number(n as f64))
            }
            fn visit_u64<E: de::Error>(self, n: u64) -> Result<Loose, E> {
                Ok(Loose::Number(n as f64))
            }
            fn visit_f64<E: de::Error>(self, n: f64) -> Result<Loose, E> {
                Ok(Loose::Number(n))
            }
            fn visit_unit<E: de::Error>(self) -> Result<Loose, E> {
                Ok(Loose::Absent)
            }
            fn visit_none<E: de::Error>(self) -> Result<Loose, E> {
                Ok(Loose::Absent)
            }
            fn visit_some<D2: Deserializer<'de>>(self, d: D2) -> Result<Loose, D2::Error> {
                Loose::deserialize(d)
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Loose, A::Error> {
                while seq.next_element::<IgnoredAny>()?.is_some() {}
                Ok(Loose::Other)
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Loose, A::Error> {
                while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
                Ok(Loose::Other)
            }
        }
        d.deserialize_any(V)
    }
}

/// One applicant as received (CONTRACT.md §4). Every field is optional and may hold any JSON
/// type; keys are read through the one table of names, and unknown keys are kept in
/// [`RawApplicant::unknown`].
#[derive(Debug, Clone, Default, PartialEq)]
pub struct RawApplicant {
    /// The NIK, as text.
    pub nik: Loose,
    /// The nomor KK, as text.
    pub kk: Loose,
    /// The name (shown by the CLI; no rule reads it).
    pub name: Loose,
    /// The recorded birth date, in one of the reader's four layouts.
    pub birth_date: Loose,
    /// `M`/`F`, `L`/`P` or another spelling of `data/spellings.toml`.
    pub sex: Loose,
    /// `WNI` or `WNA` (or `Indonesia`, ...).
    pub citizenship: Loose,
    /// The 10-digit Kemendagri code of the desa/kelurahan of the address, `35.22.06.2001`.
    pub village_code: Loose,
    /// `rentan` or `insentif`.
    pub program: Loose,
    /// A category code of the programme, e.g. `buruh_tani`.
    pub category: Loose,
    /// `none` or an excluded status, e.g. `pns`.
    pub occupation: Loose,
    /// Listed in the poverty data (DAMISDA/DTSEN).
    pub in_poverty_data: Loose,
    /// Already a BPJS Ketenagakerjaan participant.
    pub already_enrolled: Loose,
    /// Keys that name no field, in input order, each with the nearest known key.
    pub unknown: Vec<UnknownKey>,
}

impl RawApplicant {
    fn slot(&mut self, c: Column) -> &mut Loose {
        match c {
            Column::Nik => &mut self.nik,
            Column::Kk => &mut self.kk,
            Column::Name => &mut self.name,
            Column::BirthDate => &mut self.birth_date,
            Column::Sex => &mut self.sex,
            Column::Citizenship => &mut self.citizenship,
            Column::VillageCode => &mut self.village_code,
            Column::Program => &mut self.program,
            Column::Category => &mut self.category,
            Column::Occupation => &mut self.occupation,
            Column::InPovertyData => &mut self.in_poverty_data,
            Column::AlreadyEnrolled => &mut self.already_enrolled,
        }
    }
}

impl<'de> Deserialize<'de> for RawApplicant {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = RawApplicant;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("an applicant object")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<RawApplicant, A::Error> {
                let mut a = RawApplicant::default();
                // A key may arrive borrowed or owned; either way it is only looked at.
                while let Some(key) = map.next_key::<std::borrow::Cow<'de, str>>()? {
                    match Column::of_name(&key) {
                        // A later key for the same field wins, as in a JSON object.
                        Some(c) => *a.slot(c) = map.next_value()?,
                        None => {
                            map.next_value::<IgnoredAny>()?;
                            a.unknown
                                .push(UnknownKey::new(&key, fields::applicant_names()));
                        }
                    }
                }
                Ok(a)
            }
        }
        d.deserialize_map(V)
    }
}

/// The typed view of an applicant that the rules read. Texts are borrowed; building it
/// allocates nothing. A batch reader (CSV, spreadsheet) fills it with the same readers of
/// [`crate::read`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Applicant<'a> {
    /// The NIK as given (the NIK check reads and normalises it). Unreadable when it came as
    /// a number: a 16-digit number loses its last digits in a spreadsheet or in JavaScript.
    pub nik: Field<&'a str>,
    /// The nomor KK as given; unreadable when it came as a number.
    pub kk: Field<&'a str>,
    /// The name, if any.
    pub name: Option<&'a str>,
    /// The recorded birth date: the authority for age (a corrected date does not change
    /// the NIK).
    pub birth_date: Field<NaiveDate>,
    /// The recorded sex.
    pub sex: Field<Sex>,
    /// WNI or WNA.
    pub citizenship: Field<Citizenship>,
    /// A 10-digit village code; a shorter code (a kecamatan) is unreadable here.
    pub village_code: Field<RegionCode>,
    /// The programme applied for.
    pub program: Field<Program>,
    /// The category code, trimmed; matched against the parameter set's lists as a code
    /// (case, spaces and dashes do not matter: `Buruh Tani` is `buruh_tani`).
    pub category: Field<&'a str>,
    /// The occupation code.
    pub occupation: Field<Occupation>,
    /// Listed in the poverty data.
    pub in_poverty_data: Field<bool>,
    /// Already a participant.
    pub already_enrolled: Field<bool>,
    /// Keys of the input that named no field (JSON only; a screening file keeps unknown
    /// columns and copies them to its outputs).
    pub unknown: &'a [UnknownKey],
}

/// A text field through a reader: absent or blank → missing; a value that is no text (a
/// number, a list) → unreadable.
fn text_with<'a, T>(raw: &'a Loose, read: impl FnOnce(&'a str) -> Field<T>) -> Field<T> {
    match raw {
        Loose::Absent => Field::Missing,
        Loose::Text(s) => read(s),
        _ => Field::Unreadable,
    }
}

/// A yes/no: JSON `true`/`false` and the numbers 1 and 0, or a word of the reader.
fn flag(raw: &Loose) -> Field<bool> {
    match raw {
        Loose::Bool(b) => Field::Given(*b),
        Loose::Number(n) if *n == 1.0 => Field::Given(true),
        Loose::Number(n) if *n == 0.0 => Field::Given(false),
        other => text_with(other, read::yes_no),
    }
}

impl RawApplicant {
    /// The typed view of this record. Identity numbers must come as text: a number has
    /// lost its leading zeros and, above 2^53, its last digits.
    pub fn view(&self) -> Applicant<'_> {
        Applicant {
            nik: text_with(&self.nik, read::text),
            kk: text_with(&self.kk, read::text),
            name: self.name.text(),
            birth_date: text_with(&self.birth_date, read::date),
            sex: text_with(&self.sex, read::sex),
            citizenship: text_with(&self.citizenship, read::citizenship),
            village_code: text_with(&self.village_code, read::village_code),
            program: text_with(&self.program, read::program),
            category: text_with(&self.category, read::text),
            occupation: text_with(&self.occupation, read::occupation),
            in_poverty_data: flag(&self.in_poverty_data),
            already_enrolled: flag(&self.already_enrolled),
            unknown: &self.unknown,
        }
    }
}

impl<'a> Applicant<'a> {
    /// An applicant with nothing given.
    pub fn empty() -> Applicant<'a> {
        Applicant {
            nik: Field::Missing,
            kk: Field::Missing,
            name: None,
            birth_date: Field::Missing,
            sex: Field::Missing,
            citizenship: Field::Missing,
            village_code: Field::Missing,
            program: Field::Missing,
            category: Field::Missing,
            occupation: Field::Missing,
            in_poverty_data: Field::Missing,
            already_enrolled: Field::Missing,
            unknown: &[],
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn view(json: &str) -> Applicant<'static> {
        let raw: RawApplicant = serde_json::from_str(json).unwrap();
        // Leak for the test's convenience: the view borrows the record.
        Box::leak(Box::new(raw)).view()
    }

    #[test]
    fn the_contract_example_reads_completely() {
        let a = view(
            r#"{"nik": "3522061205800001", "kk": "3522060101100003", "name": "Sutrisno",
                "birth_date": "1980-05-12", "sex": "M", "citizenship": "WNI",
                "village_code": "35.22.06.2001", "program": "rentan", "category": "buruh_tani",
                "occupation": "none", "in_poverty_data": true, "already_enrolled": false}"#,
        );
        assert_eq!(a.nik, Field::Given("3522061205800001"));
        assert_eq!(a.name, Some("Sutrisno"));
        assert_eq!(
            a.birth_date,
            Field::Given(NaiveDate::from_ymd_opt(1980, 5, 12).unwrap())
        );
        assert_eq!(a.sex, Field::Given(Sex::M));
        assert_eq!(a.citizenship, Field::Given(Citizenship::Wni));
        assert_eq!(a.village_code.given().unwrap().to_string(), "35.22.06.2001");
        assert_eq!(a.program, Field::Given(Program::Rentan));
        assert_eq!(a.category, Field::Given("buruh_tani"));
        assert_eq!(a.occupation, Field::Given(Occupation::None));
        assert_eq!(a.in_poverty_data, Field::Given(true));
        assert_eq!(a.already_enrolled, Field::Given(false));
    }

    #[test]
    fn nothing_given_is_missing_and_unknown_fields_are_kept_aside() {
        let a = view(r#"{"colour": "red", "nik": "", "sex": null, "program": "  "}"#);
        assert_eq!(a.unknown.len(), 1);
        assert_eq!(a.unknown[0].key(), "colour");
        assert_eq!(Applicant { unknown: &[], ..a }, Applicant::empty());
        // Screening column names are keys too, and a later key for a field wins.
        let a = view(r#"{"tanggal_lahir": "12/05/1980", "Jenis Kelamin": "P", "sex": "L"}"#);
        assert_eq!(a.birth_date.given(), NaiveDate::from_ymd_opt(1980, 5, 12));
        assert_eq!(a.sex, Field::Given(Sex::M));
        assert!(a.unknown.is_empty());
        let a = view(r#"{"brith_date": "1980-05-12"}"#);
        assert_eq!(a.birth_date, Field::Missing);
        assert_eq!(a.unknown[0].nearest(), Some("birth_date"));
    }

    #[test]
    fn wrong_types_and_unknown_codes_are_unreadable_not_errors() {
        let a = view(
            r#"{"nik": 3522061205800001, "kk": [1], "birth_date": "kemarin", "sex": "X",
                "citizenship": "Jepang", "village_code": "35.22.06", "program": "umum",
                "occupation": "petani", "in_poverty_data": "mungkin", "already_enrolled": 2,
                "category": {"a": 1}}"#,
        );
        assert!(a.nik.is_unreadable() && a.kk.is_unreadable());
        assert!(a.birth_date.is_unreadable() && a.sex.is_unreadable());
        assert!(a.citizenship.is_unreadable() && a.village_code.is_unreadable());
        assert!(a.program.is_unreadable() && a.occupation.is_unreadable());
        assert!(a.in_poverty_data.is_unreadable() && a.already_enrolled.is_unreadable());
        assert!(a.category.is_unreadable());
    }

    #[test]
    fn flags_and_codes_as_people_write_them() {
        let a = view(
            r#"{"in_poverty_data": "Ya", "already_enrolled": 0, "occupation": " PNS ",
                "program": "Insentif", "citizenship": "wna", "birth_date": "12/05/1980"}"#,
        );
        assert_eq!(a.in_poverty_data, Field::Given(true));
        assert_eq!(a.already_enrolled, Field::Given(false));
        assert_eq!(a.occupation, Field::Given(Occupation::Pns));
        assert_eq!(a.program, Field::Given(Program::Insentif));
        assert_eq!(a.citizenship, Field::Given(Citizenship::Wna));
        assert_eq!(
            a.birth_date,
            Field::Given(NaiveDate::from_ymd_opt(1980, 5, 12).unwrap())
        );
        assert_eq!(Occupation::parse("-"), Some(Occupation::None));
        assert_eq!(parse_flag("T"), Some(false));
    }
}
