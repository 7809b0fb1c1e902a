//! Why a parameter set cannot be used: unreadable, invalid, or without a value in force.

use chrono::NaiveDate;

/// What went wrong with a parameter set.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ParamsErrorKind {
    /// The file could not be read (CLI only).
    Unreadable,
    /// The file is not valid TOML/JSON, or a value in it is wrong.
    Invalid,
    /// A parameter the rules need has no value on the as-of date `on`: its first value
    /// starts later (`starts`), or its values ended on `ended`.
    NotInForce {
        /// The as-of date.
        on: NaiveDate,
        /// The first value's start, when that is after `on`.
        starts: Option<NaiveDate>,
        /// The start of the entry without a value that is in force on `on`.
        ended: Option<NaiveDate>,
    },
}

/// A parameter file or set that cannot be used. Faces turn it into exit code 2 or a thrown
/// JavaScript error with [`ParamsError::code`]; `messages::params_error_message`
/// writes it for people, naming the file, line and key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParamsError {
    /// What kind of problem.
    pub kind: ParamsErrorKind,
    /// The file, when the set came from one.
    pub file: Option<String>,
    /// The 1-based line, when known.
    pub line: Option<usize>,
    /// The parameter or key, e.g. `age.max.values[0].value`.
    pub key: Option<String>,
    /// What is wrong, as the reader or the check found it (English, technical).
    pub detail: String,
}

impl ParamsError {
    pub fn invalid(key: Option<String>, detail: impl Into<String>) -> ParamsError {
        ParamsError {
            kind: ParamsErrorKind::Invalid,
            file: None,
            line: None,
            key,
            detail: detail.into(),
        }
    }

    /// A file that cannot be read.
    pub fn unreadable(file: &str, detail: impl Into<String>) -> ParamsError {
        ParamsError {
            kind: ParamsErrorKind::Unreadable,
            file: Some(file.to_string()),
            line: None,
            key: None,
            detail: detail.into(),
        }
    }

    /// The stable code: `params.unreadable`, `params.invalid` or `params.not_in_force`.
    pub fn code(&self) -> &'static str {
        match self.kind {
            ParamsErrorKind::Unreadable => "params.unreadable",
            ParamsErrorKind::Invalid => "params.invalid",
            ParamsErrorKind::NotInForce { .. } => "params.not_in_force",
        }
    }

    /// The same error, naming the file it came from.
    pub fn in_file(mut self, file: &str) -> ParamsError {
        self.file = Some(file.to_string());
        self
    }
}

impl std::error::Error for ParamsError {}
