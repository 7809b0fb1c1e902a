//! The golden-vector harness, shared by the native run (`tests/golden.rs`) and the WebAssembly
//! runs, so that every face is held to the same files.
//!
//! A golden file is JSON: `{"about": "...", "cases": [case...]}`. A case is
//!
//! ```json
//! {"name": "...", "input": "3522 0612 0580 0001", "options": {"as_of": "2025-06-01"},
//!  "expect": {"valid": true, "issues": ["nik.serial_zero"]}}
//! ```
//!
//! - `input` is text, or `input_hex` gives raw bytes (for input that is not UTF-8), or for
//!   the applicant and claim checks a JSON object.
//! - `options` are the contract's options object, passed as a face receives it. Every case
//!   names its `as_of`, so no result depends on the day the tests run.
//! - `expect` lists only what the case is about, written by hand from the domain file. Each
//!   listed key must equal the output's value exactly, except lists: they must have the same
//!   length, and an expected element that is a string matches an object's `code` (or `id`),
//!   while an expected object matches when the keys it lists are equal.
//! - A key with dots (`"deadlines.payment_due"`) names a value inside an object, so a case
//!   can pin one field of a nested result without restating the rest.
//! - `expect_error` instead names the code of an option error the call must raise.
//!
//! Beside the hand-written expectations, the native run keeps the complete output of every
//! case in `snapshots/<file>.jsonl` (regenerate with `LAYAK_BLESS=1 cargo test`). The
//! snapshots are not the assertions of behaviour; they pin the faces to each other: the
//! WebAssembly runs must produce the very same JSON.

#![allow(dead_code)]

use serde_json::Value;

/// One golden case.
pub struct Case {
    pub name: String,
    pub input: Input,
    pub options: Value,
    pub expect: Option<Value>,
    pub expect_error: Option<String>,
}

/// What a case feeds in.
pub enum Input {
    Text(String),
    Bytes(Vec<u8>),
    Json(Value),
}

impl Input {
    /// The input as bytes, for the number checks.
    pub fn bytes(&self) -> Vec<u8> {
        match self {
            Input::Text(s) => s.as_bytes().to_vec(),
            Input::Bytes(b) => b.clone(),
            Input::Json(v) => v.to_string().into_bytes(),
        }
    }
}

fn hex(s: &str) -> Result<Vec<u8>, String> {
    let clean: String = s.chars().filter(|c| !c.is_whitespace()).collect();
    if clean.len() % 2 != 0 {
        return Err(format!("odd hex length in {s:?}"));
    }
    (0..clean.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&clean[i..i + 2], 16).map_err(|e| format!("{s:?}: {e}")))
        .collect()
}

/// Reads a golden file.
pub fn load(file: &str, text: &str) -> Result<Vec<Case>, String> {
    let doc: Value = serde_json::from_str(text).map_err(|e| format!("{file}: {e}"))?;
    let cases = doc
        .get("cases")
        .and_then(Value::as_array)
        .ok_or_else(|| format!("{file}: no \"cases\" list"))?;
    let mut out = Vec::new();
    for (i, c) in cases.iter().enumerate() {
        let name = c
            .get("name")
            .and_then(Value::as_str)
            .ok_or_else(|| format!("{file}: case {i} has no name"))?
            .to_string();
        let input = if let Some(h) = c.get("input_hex").and_then(Value::as_str) {
            Input::Bytes(hex(h)?)
        } else {
            match c.get("input") {
                Some(Value::String(s)) => Input::Text(s.clone()),
                Some(v @ Value::Object(_)) => Input::Json(v.clone()),
                _ => return Err(format!("{file}: case {name:?} has no input")),
            }
        };
        let options = c.get("options").cloned().unwrap_or(Value::Null);
        if options.get("as_of").and_then(Value::as_str).is_none() {
            return Err(format!("{file}: case {name:?} must give options.as_of"));
        }
        let expect = c.get("expect").cloned();
        let expect_error = c
            .get("expect_error")
            .and_then(Value::as_str)
            .map(str::to_string);
        if expect.is_none() && expect_error.is_none() {
            return Err(format!("{file}: case {name:?} expects nothing"));
        }
        out.push(Case {
            name,
            input,
            options,
            expect,
            expect_error,
        });
    }
    Ok(out)
}

fn element_matches(expected: &Value, actual: &Value) -> bool {
    match (expected, actual) {
        (Value::String(code), Value::Object(o)) => {
            o.get("code").or_else(|| o.get("id")) == Some(&Value::String(code.clone()))
        }
        (Value::Object(e), Value::Object(a)) => e.iter().all(|(k, v)| a.get(k) == Some(v)),
        _ => expected == actual,
    }
}

/// What differs between a case's expectations and an output.
pub fn mismatches(case: &Case, actual: &Value) -> Vec<String> {
    let mut out = Vec::new();
    let Some(Value::Object(expect)) = &case.expect else {
        out.push("expect must be an object".into());
        return out;
    };
    for (key, want) in expect {
        let got = key
            .split('.')
            .try_fold(actual, |v, k| v.get(k))
            .unwrap_or(&Value::Null);
        let ok = match (want, got) {
            (Value::Array(w), Value::Array(g)) => {
                w.len() == g.len() && w.iter().zip(g).all(|(a, b)| element_matches(a, b))
            }
            _ => want == got,
        };
        if !ok {
            out.push(format!("{key}: expected {want}, got {got}"));
        }
    }
    out
}

/// The snapshot line of a case's complete output (or of its option error).
pub fn snapshot_line(name: &str, result: &Result<String, String>) -> String {
    let name = serde_json::to_string(name).unwrap_or_default();
    match result {
        Ok(json) => format!("{{\"name\":{name},\"output\":{json}}}"),
        Err(code) => format!("{{\"name\":{name},\"error\":{code:?}}}"),
    }
}

/// Checks one case against its expectations; `result` is the output JSON or an error code.
pub fn judge(case: &Case, result: &Result<String, String>) -> Vec<String> {
    match (result, &case.expect_error) {
        (Err(got), Some(want)) if got == want => Vec::new(),
        (Err(got), Some(want)) => vec![format!("expected error {want}, got error {got}")],
        (Ok(json), Some(want)) => vec![format!("expected error {want}, got output {json}")],
        (Err(got), None) => vec![format!("unexpected error {got}")],
        (Ok(json), None) => match serde_json::from_str::<Value>(json) {
            Ok(v) => mismatches(case, &v),
            Err(e) => vec![format!("output is not JSON: {e}")],
        },
    }
}
