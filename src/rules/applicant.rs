//! The applicant: what a village operator's form (or a row of a spreadsheet) says about one
//! person, and the codes the contract fixes for it (CONTRACT.md §4).
//!
//! Records arrive incomplete and typed by hand, so every field is optional and no field can
//! make a record unreadable: a value of the wrong JSON type, an unknown code or a date that
//! is no date becomes [`Field::Unreadable`], which the rules turn into `review` and the
//! report into an `applicant.*` issue. Unknown fields are ignored, so a form can send its
//! whole state. An empty string counts as absent, as it does for options.
//!
//! [`RawApplicant`] is the record as received (JSON, any face); [`Applicant`] is the typed
//! view the rules read, borrowing the texts so that building it allocates nothing.

use crate::date;
use crate::region::{Level, RegionCode};
use crate::sex::Sex;
use chrono::NaiveDate;
use serde::de::{self, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde::{Deserialize, Serialize};
use std::fmt;

/// The two groups the programme pays for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Program {
    /// Pekerja rentan: poor informal workers.
    Rentan,
    /// Penerima insentif daerah: people paid a regional incentive for a village role.
    Insentif,
}

impl Program {
    /// Both programmes.
    pub const ALL: [Program; 2] = [Program::Rentan, Program::Insentif];

    /// `"rentan"` or `"insentif"`.
    pub fn as_str(self) -> &'static str {
        match self {
            Program::Rentan => "rentan",
            Program::Insentif => "insentif",
        }
    }

    /// Reads the code, ignoring case and surrounding spaces.
    pub fn parse(s: &str) -> Option<Program> {
        let t = s.trim();
        Program::ALL
            .into_iter()
            .find(|p| t.eq_ignore_ascii_case(p.as_str()))
    }

    /// The other programme.
    pub fn other(self) -> Program {
        match self {
            Program::Rentan => Program::Insentif,
            Program::Insentif => Program::Rentan,
        }
    }

    pub(crate) fn bit(self) -> u8 {
        1 << (self as u8)
    }
}

/// Citizenship, as written on the KTP: a NIK does not carry it, because foreigners with a
/// permanent stay permit (ITAP) get a NIK of the same layout (UU 24/2013 Pasal 63–64).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Citizenship {
    /// Warga negara Indonesia.
    #[serde(rename = "WNI")]
    Wni,
    /// Warga negara asing.
    #[serde(rename = "WNA")]
    Wna,
}

impl Citizenship {
    /// `"WNI"` or `"WNA"`.
    pub fn as_str(self) -> &'static str {
        match self {
            Citizenship::Wni => "WNI",
            Citizenship::Wna => "WNA",
        }
    }

    /// Reads `WNI` or `WNA`, ignoring case and surrounding spaces.
    pub fn parse(s: &str) -> Option<Citizenship> {
        let t = s.trim();
        if t.eq_ignore_ascii_case("WNI") {
            Some(Citizenship::Wni)
        } else if t.eq_ignore_ascii_case("WNA") {
            Some(Citizenship::Wna)
        } else {
            None
        }
    }

    pub(crate) fn bit(self) -> u8 {
        1 << (self as u8)
    }
}

/// The occupation codes of the contract: `none`, or a status whose holders get JKK/JKM cover
/// elsewhere (civil servants and state officials through Taspen, soldiers and police through
/// Asabri, wage earners through their employer).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Occupation {
    /// None of the statuses below.
    None,
    /// Pegawai negeri sipil.
    Pns,
    /// Calon pegawai negeri sipil.
    Cpns,
    /// Pegawai pemerintah dengan perjanjian kerja.
    Pppk,
    /// Tentara Nasional Indonesia.
    Tni,
    /// Kepolisian Negara Republik Indonesia.
    Polri,
    /// Pejabat negara.
    PejabatNegara,
    /// A wage earner (pekerja penerima upah), enrolled by the employer.
    PekerjaPenerimaUpah,
    /// A non-ASN government worker (honorer, tenaga harian lepas): the Pejabat Pembina
    /// Kepegawaian must register them as wage earners (Permenaker 1/2025 Pasal 3A).
    Honorer,
    /// Kepala desa and perangkat desa: elsewhere registered by the desa from ADD/APBDes;
    /// Bojonegoro's own treatment is not confirmed.
    PerangkatDesa,
}

impl Occupation {
    /// Every code.
    pub const ALL: [Occupation; 10] = [
        Occupation::None,
        Occupation::Pns,
        Occupation::Cpns,
        Occupation::Pppk,
        Occupation::Tni,
        Occupation::Polri,
        Occupation::PejabatNegara,
        Occupation::PekerjaPenerimaUpah,
        Occupation::Honorer,
        Occupation::PerangkatDesa,
    ];

    /// The code, e.g. `"pejabat_negara"`.
    pub fn as_str(self) -> &'static str {
        match self {
            Occupation::None => "none",
            Occupation::Pns => "pns",
            Occupation::Cpns => "cpns",
            Occupation::Pppk => "pppk",
            Occupation::Tni => "tni",
            Occupation::Polri => "polri",
            Occupation::PejabatNegara => "pejabat_negara",
            Occupation::PekerjaPenerimaUpah => "pekerja_penerima_upah",
            Occupation::Honorer => "honorer",
            Occupation::PerangkatDesa => "perangkat_desa",
        }
    }

    /// Reads a code, ignoring case and surrounding spaces; `-` means `none`, as people write
    /// it in a spreadsheet cell for "nothing".
    pub fn parse(s: &str) -> Option<Occupation> {
        let t = s.trim();
        if t == "-" {
            return Some(Occupation::None);
        }
        // The other names of a non-ASN government worker.
        if ["non_asn", "non-asn", "thl", "tenaga_harian_lepas"]
            .iter()
            .any(|a| t.eq_ignore_ascii_case(a))
        {
            return Some(Occupation::Honorer);
        }
        Occupation::ALL
            .into_iter()
            .find(|o| t.eq_ignore_ascii_case(o.as_str()))
    }

    pub(crate) fn bit(self) -> u16 {
        1 << (self as u16)
    }
}

/// Reads a yes/no answer the ways people write it: `true`/`false`, `ya`/`tidak`, `y`/`t`,
/// `yes`/`no`, `1`/`0`, ignoring case and surrounding spaces.
pub fn parse_flag(s: &str) -> Option<bool> {
    const YES: [&str; 5] = ["true", "ya", "y", "yes", "1"];
    const NO: [&str; 5] = ["false", "tidak", "t", "no", "0"];
    let t = s.trim();
    if YES.iter().any(|y| t.eq_ignore_ascii_case(y)) {
        Some(true)
    } else if NO.iter().any(|n| t.eq_ignore_ascii_case(n)) {
        Some(false)
    } else {
        None
    }
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

    /// Absent, `null` and an empty or blank string all mean "not given".
    fn is_absent(&self) -> bool {
        match self {
            Loose::Absent => true,
            Loose::Text(s) => s.trim().is_empty(),
            _ => false,
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
/// type; unknown fields are ignored.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct RawApplicant {
    /// The NIK, as text.
    pub nik: Loose,
    /// The nomor KK, as text.
    pub kk: Loose,
    /// The name (shown by the CLI; no rule reads it).
    pub name: Loose,
    /// The recorded birth date: `YYYY-MM-DD`, or `DD/MM/YYYY` as people type it.
    pub birth_date: Loose,
    /// `M`/`F` or `L`/`P`.
    pub sex: Loose,
    /// `WNI` or `WNA`.
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
}

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

    /// Reads text with `parse`: absent or blank → missing, not text or not understood →
    /// unreadable.
    pub fn read(raw: &Loose, parse: impl FnOnce(&str) -> Option<T>) -> Field<T> {
        if raw.is_absent() {
            return Field::Missing;
        }
        match raw.text().map(parse) {
            Some(Some(v)) => Field::Given(v),
            _ => Field::Unreadable,
        }
    }

    /// Reads text the same way from a spreadsheet cell or a form value (surrounding ASCII
    /// spaces and tabs removed: a batch reads a million of these).
    pub fn read_str(s: Option<&str>, parse: impl FnOnce(&str) -> Option<T>) -> Field<T> {
        match s.map(str::trim_ascii).filter(|t| !t.is_empty()) {
            None => Field::Missing,
            Some(t) => parse(t).map_or(Field::Unreadable, Field::Given),
        }
    }
}

/// The typed view of an applicant that the rules read. Texts are borrowed; building it
/// allocates nothing. A batch reader (CSV, spreadsheet) fills it with [`Field::read_str`].
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
    /// The category code, trimmed; matched against the parameter set's lists ignoring case.
    pub category: Field<&'a str>,
    /// The occupation code.
    pub occupation: Field<Occupation>,
    /// Listed in the poverty data.
    pub in_poverty_data: Field<bool>,
    /// Already a participant.
    pub already_enrolled: Field<bool>,
}

fn village_code(s: &str) -> Option<RegionCode> {
    RegionCode::parse(s).filter(|c| c.level() == Level::Village)
}

fn flag(raw: &Loose) -> Field<bool> {
    match raw {
        Loose::Bool(b) => Field::Given(*b),
        Loose::Number(n) if *n == 1.0 => Field::Given(true),
        Loose::Number(n) if *n == 0.0 => Field::Given(false),
        other => Field::read(other, parse_flag),
    }
}

/// Identity numbers must come as text; a number has lost its leading zeros and, above
/// 2^53, its last digits.
fn identity_text(raw: &Loose) -> Field<&str> {
    if raw.is_absent() {
        return Field::Missing;
    }
    raw.text().map_or(Field::Unreadable, Field::Given)
}

impl RawApplicant {
    /// The typed view of this record.
    pub fn view(&self) -> Applicant<'_> {
        Applicant {
            nik: identity_text(&self.nik),
            kk: identity_text(&self.kk),
            name: self.name.text(),
            birth_date: Field::read(&self.birth_date, date::parse_flexible),
            sex: Field::read(&self.sex, Sex::parse),
            citizenship: Field::read(&self.citizenship, Citizenship::parse),
            village_code: Field::read(&self.village_code, village_code),
            program: Field::read(&self.program, Program::parse),
            category: if self.category.is_absent() {
                Field::Missing
            } else {
                self.category.text().map_or(Field::Unreadable, Field::Given)
            },
            occupation: Field::read(&self.occupation, Occupation::parse),
            in_poverty_data: flag(&self.in_poverty_data),
            already_enrolled: flag(&self.already_enrolled),
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
    fn nothing_given_is_missing_and_unknown_fields_are_ignored() {
        let a = view(r#"{"colour": "red", "nik": "", "sex": null, "program": "  "}"#);
        assert_eq!(a, Applicant::empty());
    }

    #[test]
    fn wrong_types_and_unknown_codes_are_unreadable_not_errors() {
        let a = view(
            r#"{"nik": 3522061205800001, "kk": [1], "birth_date": "kemarin", "sex": "X",
                "citizenship": "Indonesia", "village_code": "35.22.06", "program": "umum",
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
