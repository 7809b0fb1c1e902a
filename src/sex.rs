//! Sex as the NIK encodes it and as forms write it.
//!
//! A NIK stores sex in its day digits: women have 40 added to the day of birth (PP 37/2007
//! Pasal 37). Forms and spreadsheets write it in many ways (`L`/`P` for laki-laki/perempuan,
//! `M`/`F`); the reader (`crate::read::sex`) accepts what people type, from the words of
//! `data/spellings.toml`.

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
    /// `"M"` or `"F"`.
    pub fn as_str(self) -> &'static str {
        match self {
            Sex::M => "M",
            Sex::F => "F",
        }
    }
}
