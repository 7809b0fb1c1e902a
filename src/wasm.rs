//! The WebAssembly face: what the operators' web forms and any government portal call.
//!
//! It only translates. A JavaScript options object becomes [`RawOptions`] (the same keys as
//! the CLI flags), the core does the work through [`crate::api`], and the contract's JSON
//! shape comes back as a plain JavaScript object with the same snake_case field names.
//! An option that cannot be used becomes a thrown `Error` with a `code` property; nothing
//! panics across the boundary, and should a bug panic anyway, the hook installed at start
//! reports it on the console instead of failing silently.

use crate::api::{self, CheckError, Checker};
use crate::options::RawOptions;
use crate::rules::applicant::RawApplicant;
use chrono::NaiveDate;
use serde::Serialize;
use wasm_bindgen::prelude::*;

/// Installs the panic hook. Runs once when the module is instantiated.
#[wasm_bindgen(start)]
pub fn start() {
    std::panic::set_hook(Box::new(|info| {
        web_sys::console::error_1(&JsValue::from_str(&format!(
            "layak: internal error: {info}"
        )));
    }));
}

/// A thrown error with a stable `code` property, e.g. `options.as_of`.
fn error(code: &str, message: &str) -> JsValue {
    let e = js_sys::Error::new(message);
    let _ = js_sys::Reflect::set(&e, &JsValue::from_str("code"), &JsValue::from_str(code));
    e.into()
}

fn today() -> NaiveDate {
    crate::date::wib_date_from_unix_millis(js_sys::Date::now() as i64)
}

fn options(value: JsValue) -> Result<RawOptions, JsValue> {
    if value.is_undefined() || value.is_null() {
        return Ok(RawOptions::default());
    }
    serde_wasm_bindgen::from_value(value)
        .map_err(|e| error("options.type", &format!("options must be an object: {e}")))
}

fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsValue> {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| error("internal", &e.to_string()))
}

/// A NIK must arrive as text: a JavaScript number cannot hold 16 digits exactly above
/// 2^53 (every NIK from Papua), and its leading zeros would be gone.
fn text(input: &JsValue, what: &str) -> Result<String, JsValue> {
    input.as_string().ok_or_else(|| {
        error(
            "input.type",
            &format!("{what} must be passed as a string, never as a number: a number loses digits"),
        )
    })
}

/// The language asked for, even when the options are otherwise unusable.
fn lang_of(raw: &RawOptions) -> crate::Lang {
    raw.lang
        .as_deref()
        .and_then(|l| l.parse().ok())
        .unwrap_or_default()
}

fn option_error(e: crate::options::OptionError, raw: &RawOptions) -> JsValue {
    error(
        e.code(),
        &crate::messages::option_error_message(&e, lang_of(raw)),
    )
}

fn check_error(e: CheckError, raw: &RawOptions) -> JsValue {
    error(e.code(), &e.message(lang_of(raw)))
}

/// `validateNik(input, options?)`: the contract's NIK result (section 2).
#[wasm_bindgen(js_name = validateNik)]
pub fn validate_nik(input: JsValue, options_value: JsValue) -> Result<JsValue, JsValue> {
    let s = text(&input, "NIK")?;
    let raw = options(options_value)?;
    let out = api::nik(s.as_bytes(), &raw, today()).map_err(|e| option_error(e, &raw))?;
    to_js(&out)
}

/// `validateKk(input, options?)`: the contract's KK result (section 3).
#[wasm_bindgen(js_name = validateKk)]
pub fn validate_kk(input: JsValue, options_value: JsValue) -> Result<JsValue, JsValue> {
    let s = text(&input, "KK")?;
    let raw = options(options_value)?;
    let out = api::kk(s.as_bytes(), &raw, today()).map_err(|e| option_error(e, &raw))?;
    to_js(&out)
}

/// `checkEligibility(applicant, options?)`: the contract's eligibility result (section 4).
///
/// `applicant` is a plain object with the contract's fields, all optional; fields of the
/// wrong type become `applicant.*` issues, never an exception. `options` takes `as_of`,
/// `lang` and `params`, a parameter override in the layout of a parameter file (an object;
/// this package reads no TOML). An unusable option or override throws an `Error` whose
/// `code` is `options.*` or `params.*`.
#[wasm_bindgen(js_name = checkEligibility)]
pub fn check_eligibility(applicant: JsValue, options_value: JsValue) -> Result<JsValue, JsValue> {
    if !applicant.is_object() || js_sys::Array::is_array(&applicant) {
        return Err(error(
            "input.type",
            "the applicant must be an object, e.g. {nik: \"3522061205800001\", program: \"rentan\"}",
        ));
    }
    let person: RawApplicant = serde_wasm_bindgen::from_value(applicant)
        .map_err(|e| error("input.type", &format!("the applicant cannot be read: {e}")))?;
    let raw = options(options_value)?;
    let checker = Checker::from_options(&raw, today()).map_err(|e| check_error(e, &raw))?;
    to_js(&checker.check(&person).to_json())
}
