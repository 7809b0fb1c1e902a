//! Options as every face passes them: CLI flags, a JavaScript object, a golden test file.
//!
//! The contract fixes one set of snake_case keys (`as_of`, `lang`, `partial`, `birth_date`,
//! `sex`, and for eligibility `params`); unknown keys are ignored, so a web form can pass its whole state. [`RawOptions`]
//! is what arrives; [`RawOptions::resolve`] turns it into checked values, with the as-of
//! date defaulting to the `today` the face supplies (the library never reads the clock).

use crate::date;
use crate::kk::KkOptions;
use crate::lang::Lang;
use crate::nik::NikOptions;
use crate::sex::Sex;
use chrono::NaiveDate;
use serde::Deserialize;

/// Options as received, all optional, all text.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct RawOptions {
    /// `YYYY-MM-DD`; today when absent.
    pub as_of: Option<String>,
    /// `id` (default) or `en`.
    pub lang: Option<String>,
    /// As-you-type mode.
    pub partial: Option<bool>,
    /// The form's birth date, for the NIK cross-check (ISO or DD/MM/YYYY).
    pub birth_date: Option<String>,
    /// The form's sex (`M`/`F`/`L`/`P`...), for the NIK cross-check.
    pub sex: Option<String>,
    /// A parameter override for eligibility checks, as an object in the layout of a
    /// parameter file (see [`crate::rules::params`]). The CLI reads it from `--params FILE`.
    pub params: Option<serde_json::Value>,
}

/// Options after checking.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Options {
    /// The day the check is made for.
    pub as_of: NaiveDate,
    /// The message language.
    pub lang: Lang,
    /// As-you-type mode.
    pub partial: bool,
    /// The form's birth date.
    pub birth_date: Option<NaiveDate>,
    /// The form's sex.
    pub sex: Option<Sex>,
}

/// An option that cannot be used. The faces turn it into exit code 2 or a thrown JS error
/// carrying [`OptionError::code`].
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum OptionError {
    /// `as_of` is not a `YYYY-MM-DD` date.
    #[error("as_of {0:?} is not a date of the form YYYY-MM-DD")]
    AsOf(String),
    /// `lang` is neither `id` nor `en`.
    #[error("lang {0:?} is not \"id\" or \"en\"")]
    Lang(String),
    /// `birth_date` is not a date.
    #[error("birth_date {0:?} is not a date (use YYYY-MM-DD or DD/MM/YYYY)")]
    BirthDate(String),
    /// `sex` is not a sex people write.
    #[error("sex {0:?} is not one of M, F, L, P, laki-laki, perempuan")]
    Sex(String),
}

impl OptionError {
    /// A stable code for the error, e.g. `options.as_of`.
    pub fn code(&self) -> &'static str {
        match self {
            OptionError::AsOf(_) => "options.as_of",
            OptionError::Lang(_) => "options.lang",
            OptionError::BirthDate(_) => "options.birth_date",
            OptionError::Sex(_) => "options.sex",
        }
    }
}

fn non_empty(s: &Option<String>) -> Option<&str> {
    s.as_deref().map(str::trim).filter(|t| !t.is_empty())
}

impl RawOptions {
    /// Checks the options. Empty strings count as absent (an empty form field).
    pub fn resolve(&self, today: NaiveDate) -> Result<Options, OptionError> {
        let as_of = match non_empty(&self.as_of) {
            None => today,
            Some(s) => date::parse_iso(s).ok_or_else(|| OptionError::AsOf(s.to_string()))?,
        };
        let lang = match non_empty(&self.lang) {
            None => Lang::Id,
            Some(s) => s.parse().map_err(|_| OptionError::Lang(s.to_string()))?,
        };
        let birth_date = match non_empty(&self.birth_date) {
            None => None,
            Some(s) => {
                Some(date::parse_flexible(s).ok_or_else(|| OptionError::BirthDate(s.to_string()))?)
            }
        };
        let sex = match non_empty(&self.sex) {
            None => None,
            Some(s) => Some(
                crate::read::sex(s)
                    .given()
                    .ok_or_else(|| OptionError::Sex(s.to_string()))?,
            ),
        };
        Ok(Options {
            as_of,
            lang,
            partial: self.partial.unwrap_or(false),
            birth_date,
            sex,
        })
    }
}

impl Options {
    /// Defaults for a check on `as_of`.
    pub fn new(as_of: NaiveDate) -> Options {
        Options {
            as_of,
            lang: Lang::Id,
            partial: false,
            birth_date: None,
            sex: None,
        }
    }

    /// The part a NIK check uses.
    pub fn nik(&self) -> NikOptions {
        NikOptions {
            as_of: self.as_of,
            partial: self.partial,
            birth_date: self.birth_date,
            sex: self.sex,
        }
    }

    /// The part a KK check uses.
    pub fn kk(&self) -> KkOptions {
        KkOptions {
            as_of: self.as_of,
            partial: self.partial,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unknown_keys_are_ignored_and_empty_means_absent() {
        let raw: RawOptions = serde_json::from_str(
            r#"{"as_of": "2025-06-01", "colour": "red", "sex": "", "lang": "EN"}"#,
        )
        .unwrap();
        let today = NaiveDate::from_ymd_opt(2030, 1, 1).unwrap();
        let o = raw.resolve(today).unwrap();
        assert_eq!(o.as_of, NaiveDate::from_ymd_opt(2025, 6, 1).unwrap());
        assert_eq!(o.lang, Lang::En);
        assert_eq!(o.sex, None);
        assert_eq!(RawOptions::default().resolve(today).unwrap().as_of, today);
    }

    #[test]
    fn bad_values_are_named() {
        let today = NaiveDate::from_ymd_opt(2030, 1, 1).unwrap();
        let bad = |json: &str| {
            serde_json::from_str::<RawOptions>(json)
                .unwrap()
                .resolve(today)
                .unwrap_err()
                .code()
        };
        assert_eq!(bad(r#"{"as_of": "01/06/2025"}"#), "options.as_of");
        assert_eq!(bad(r#"{"lang": "fr"}"#), "options.lang");
        assert_eq!(bad(r#"{"birth_date": "kemarin"}"#), "options.birth_date");
        assert_eq!(bad(r#"{"sex": "X"}"#), "options.sex");
    }
}
