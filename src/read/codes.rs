//! The coded values of an applicant the contract fixes (CONTRACT.md §4): programme,
//! citizenship, occupation. They live here, below the rules, because reading them is the
//! reader's work: every face turns an operator's word into one of these codes the same way.

use super::key::Probe;
use super::spellings;
use serde::{Deserialize, Serialize};

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

    /// Reads the code or one of its spellings (`data/spellings.toml`): `rentan`,
    /// `Pekerja Rentan`, `insentif`, `penerima insentif daerah`, in any case.
    pub fn parse(s: &str) -> Option<Program> {
        spellings::lookup_program(&Probe::of(s))
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

    /// Reads `WNI` or `WNA` or one of their spellings (`Indonesia`, `Warga Negara
    /// Indonesia`, `Asing`: `data/spellings.toml`), in any case.
    pub fn parse(s: &str) -> Option<Citizenship> {
        spellings::lookup_citizenship(&Probe::of(s))
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
}

impl Occupation {
    /// Every code.
    pub const ALL: [Occupation; 8] = [
        Occupation::None,
        Occupation::Pns,
        Occupation::Cpns,
        Occupation::Pppk,
        Occupation::Tni,
        Occupation::Polri,
        Occupation::PejabatNegara,
        Occupation::PekerjaPenerimaUpah,
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
        }
    }

    /// Reads a code or one of its spellings (`data/spellings.toml`): `-`, `tidak ada` and
    /// `belum bekerja` mean `none`; `Pekerja Penerima Upah` is `pekerja_penerima_upah`.
    pub fn parse(s: &str) -> Option<Occupation> {
        spellings::lookup_occupation(&Probe::of(s))
    }

    pub(crate) fn bit(self) -> u16 {
        1 << (self as u16)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_and_their_spellings() {
        assert_eq!(Program::parse(" Insentif "), Some(Program::Insentif));
        assert_eq!(Program::parse("Pekerja Rentan"), Some(Program::Rentan));
        assert_eq!(Program::parse("umum"), None);
        assert_eq!(Citizenship::parse("wna"), Some(Citizenship::Wna));
        assert_eq!(Citizenship::parse("Indonesia"), Some(Citizenship::Wni));
        assert_eq!(Citizenship::parse("Jepang"), None);
        assert_eq!(Occupation::parse("-"), Some(Occupation::None));
        assert_eq!(Occupation::parse("tidak_ada"), Some(Occupation::None));
        assert_eq!(Occupation::parse("Tidak Ada"), Some(Occupation::None));
        assert_eq!(
            Occupation::parse("Pekerja Penerima Upah"),
            Some(Occupation::PekerjaPenerimaUpah)
        );
        assert_eq!(Occupation::parse(" PNS "), Some(Occupation::Pns));
        assert_eq!(Occupation::parse("petani"), None);
        // Every code reads as itself.
        for o in Occupation::ALL {
            assert_eq!(Occupation::parse(o.as_str()), Some(o));
        }
        for p in Program::ALL {
            assert_eq!(Program::parse(p.as_str()), Some(p));
        }
    }
}
