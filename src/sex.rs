//! Sex as the NIK encodes it and as forms write it.
//!
//! A NIK stores sex in its day digits: women have 40 added to the day of birth (PP 37/2007
//! Pasal 37). Forms and spreadsheets write it in many ways (`L`/`P` for laki-laki/perempuan,
//! `M`/`F`); [`Sex::parse`] accepts what people type.

use serde::{Deserialize, Serialize};

/// The sex recorded for a person: `M` (laki-laki) or `F` (perempuan), as in the contract.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Sex {
    /// Laki-laki.
    M,
    /// Perempuan.
    F,
}

impl Sex {
    /// Reads the ways people write sex on forms and in spreadsheets, ignoring case and
    /// surrounding spaces: `M`, `F`, `L`, `P`, `Laki-laki`, `Perempuan`, `Pria`, `Wanita`,
    /// `Male`, `Female`, `LK`, `PR`. Anything else is `None`.
    pub fn parse(s: &str) -> Option<Sex> {
        let t = crate::text::trim(s);
        const MALE: [&str; 9] = [
            "m",
            "l",
            "lk",
            "laki-laki",
            "laki laki",
            "lakilaki",
            "laki",
            "pria",
            "male",
        ];
        const FEMALE: [&str; 7] = ["f", "p", "pr", "perempuan", "wanita", "female", "pr."];
        if MALE.iter().any(|m| t.eq_ignore_ascii_case(m)) {
            Some(Sex::M)
        } else if FEMALE.iter().any(|f| t.eq_ignore_ascii_case(f)) {
            Some(Sex::F)
        } else {
            None
        }
    }

    /// `"M"` or `"F"`.
    pub fn as_str(self) -> &'static str {
        match self {
            Sex::M => "M",
            Sex::F => "F",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_what_operators_type() {
        for s in ["L", "l", " Laki-laki ", "PRIA", "m", "Male"] {
            assert_eq!(Sex::parse(s), Some(Sex::M), "{s}");
        }
        for s in ["P", "perempuan", "Wanita", "F", "female"] {
            assert_eq!(Sex::parse(s), Some(Sex::F), "{s}");
        }
        for s in ["", "x", "laki-lakii", "1"] {
            assert_eq!(Sex::parse(s), None, "{s}");
        }
    }
}
