//! The entry points the faces call: options as received in, the contract's JSON shapes out.
//!
//! The CLI, the WebAssembly package and the golden tests all go through these functions, so
//! the translation from "what a face receives" to "what the core checks" happens once. A face
//! only supplies `today` (the library never reads the clock) and converts the result.

use crate::kk::{self, KkJson};
use crate::lang::Lang;
use crate::messages;
use crate::nik::{self, NikJson};
use crate::options::{OptionError, Options, RawOptions};
use crate::rules::applicant::{Applicant, RawApplicant};
use crate::rules::evaluate::{evaluate, Evaluation};
use crate::rules::params::{ParamFile, ParamSet, ParamsError, Resolved};
use crate::rules::report::CheckJson;
use chrono::NaiveDate;

/// Checks one NIK given as bytes (any bytes: the input is echoed as lossy UTF-8).
pub fn nik(input: &[u8], options: &RawOptions, today: NaiveDate) -> Result<NikJson, OptionError> {
    let o = options.resolve(today)?;
    let report = nik::validate(input, &o.nik());
    Ok(report.to_json(&String::from_utf8_lossy(input), o.lang))
}

/// Checks one KK number given as bytes.
pub fn kk(input: &[u8], options: &RawOptions, today: NaiveDate) -> Result<KkJson, OptionError> {
    let o = options.resolve(today)?;
    let report = kk::validate(input, &o.kk());
    Ok(report.to_json(&String::from_utf8_lossy(input), o.lang))
}

/// Anything that stops an eligibility check before an applicant is judged: an option or a
/// parameter set that cannot be used. The CLI exits 2 with [`CheckError::message`]; the
/// WebAssembly face throws an `Error` carrying [`CheckError::code`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CheckError {
    /// An option (`as_of`, `lang`...).
    Options(OptionError),
    /// The parameter set or override.
    Params(ParamsError),
}

impl CheckError {
    /// The stable code, e.g. `options.as_of` or `params.invalid`.
    pub fn code(&self) -> &'static str {
        match self {
            CheckError::Options(e) => e.code(),
            CheckError::Params(e) => e.code(),
        }
    }

    /// The message for people, in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        match self {
            CheckError::Options(e) => messages::option_error_message(e, lang),
            CheckError::Params(e) => messages::params_error_message(e, lang),
        }
    }
}

impl From<OptionError> for CheckError {
    fn from(e: OptionError) -> Self {
        CheckError::Options(e)
    }
}

impl From<ParamsError> for CheckError {
    fn from(e: ParamsError) -> Self {
        CheckError::Params(e)
    }
}

/// Eligibility checks with the options and parameters settled once: the as-of date chosen,
/// the values in force resolved. A face builds one per call (JavaScript) or per run (CLI),
/// then checks any number of applicants with it.
#[derive(Debug, Clone)]
pub struct Checker {
    /// The parameter values in force on the as-of date.
    pub resolved: Resolved,
    /// The message language.
    pub lang: Lang,
}

/// One applicant judged, ready to be rendered.
#[derive(Debug, Clone)]
pub struct Checked<'a> {
    /// The typed view of the applicant.
    pub applicant: Applicant<'a>,
    /// What the rules found.
    pub evaluation: Evaluation,
    checker: &'a Checker,
}

impl Checked<'_> {
    /// The contract's result (section 4).
    pub fn to_json(&self) -> CheckJson<'_> {
        self.evaluation
            .to_json(&self.applicant, &self.checker.resolved, self.checker.lang)
    }
}

impl Checker {
    /// From options as a face receives them; `options.params`, when an object with
    /// something in it, overrides the embedded parameter set.
    pub fn from_options(options: &RawOptions, today: NaiveDate) -> Result<Checker, CheckError> {
        let o = options.resolve(today)?;
        let base = ParamSet::embedded()?;
        match &options.params {
            Some(v) if !is_empty_override(v) => {
                let over = ParamFile::from_json_value(v)?;
                Checker::new(&o, &base.with(over))
            }
            _ => Checker::new(&o, base),
        }
    }

    /// From checked options and a parameter set.
    pub fn new(options: &Options, set: &ParamSet) -> Result<Checker, CheckError> {
        Ok(Checker {
            resolved: set.resolve(options.as_of)?,
            lang: options.lang,
        })
    }

    /// Judges one applicant.
    pub fn check<'a>(&'a self, applicant: &'a RawApplicant) -> Checked<'a> {
        let view = applicant.view();
        Checked {
            evaluation: evaluate(&view, &self.resolved),
            applicant: view,
            checker: self,
        }
    }
}

/// `null` and `{}` mean "no override": a form may always send the key.
fn is_empty_override(v: &serde_json::Value) -> bool {
    match v {
        serde_json::Value::Null => true,
        serde_json::Value::Object(m) => m.is_empty(),
        _ => false,
    }
}
