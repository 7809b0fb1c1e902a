//! The entry points the faces call: options as received in, the contract's JSON shapes out.
//!
//! The CLI, the WebAssembly package and the golden tests all go through these functions, so
//! the translation from "what a face receives" to "what the core checks" happens once. A face
//! only supplies `today` (the library never reads the clock) and converts the result.

use crate::claims::{self, ClaimJson, ClaimOptionError, RawClaimOptions};
use crate::kk::{self, KkJson};
use crate::nik::{self, NikJson};
use crate::options::{OptionError, RawOptions};
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

/// Checks one claim (contract section 5): the claim as JSON in, the checklist, heirs,
/// deadlines and benefit out. Only an option that cannot be used is an error; anything in
/// the claim itself is reported as issues.
pub fn claim(
    input: &claims::Json,
    options: &RawClaimOptions,
    today: NaiveDate,
) -> Result<ClaimJson, ClaimOptionError> {
    let o = options.resolve(today)?;
    Ok(claims::check(input, &o))
}
