//! The language of messages: Indonesian by default, English on request.
//!
//! Operators and heirs read these messages, many with little schooling, so Indonesian is the
//! default everywhere; English serves the regency's partners and this project's developers.

use serde::{Deserialize, Serialize};
use std::str::FromStr;

/// A message language. `id` is the default on every face.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// Bahasa Indonesia.
    #[default]
    Id,
    /// English.
    En,
}

impl Lang {
    /// The code used by `--lang` and the `lang` option.
    pub fn as_str(self) -> &'static str {
        match self {
            Lang::Id => "id",
            Lang::En => "en",
        }
    }
}

/// The error for a language code other than `id` or `en`.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown language {0:?}: use \"id\" or \"en\"")]
pub struct UnknownLang(pub String);

impl FromStr for Lang {
    type Err = UnknownLang;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let t = s.trim();
        if t.eq_ignore_ascii_case("id") || t.eq_ignore_ascii_case("ind") {
            Ok(Lang::Id)
        } else if t.eq_ignore_ascii_case("en") || t.eq_ignore_ascii_case("eng") {
            Ok(Lang::En)
        } else {
            Err(UnknownLang(s.to_string()))
        }
    }
}
