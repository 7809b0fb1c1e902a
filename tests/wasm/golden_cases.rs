//! The golden vectors through the WebAssembly face, shared by the Node and Chromium runs.
//!
//! Each case goes in the way a web form sends it (a JS string and a JS options object),
//! comes out as a JS object, is turned into text with `JSON.stringify`, and must equal the
//! native snapshot byte for byte, besides meeting the hand-written expectations.

use super::harness;
use wasm_bindgen::JsValue;

fn js_options(v: &serde_json::Value) -> JsValue {
    js_sys::JSON::parse(&v.to_string()).unwrap_or(JsValue::UNDEFINED)
}

fn error_code(e: &JsValue) -> String {
    js_sys::Reflect::get(e, &JsValue::from_str("code"))
        .ok()
        .and_then(|c| c.as_string())
        .unwrap_or_else(|| "no code".into())
}

fn stringify(v: &JsValue) -> Result<String, String> {
    js_sys::JSON::stringify(v)
        .map(String::from)
        .map_err(|_| "not JSON".to_string())
}

fn call(kind: &str, case: &harness::Case) -> Result<String, String> {
    let input = match &case.input {
        harness::Input::Json(v) => js_options(v),
        other => JsValue::from_str(&String::from_utf8_lossy(&other.bytes())),
    };
    let options = js_options(&case.options);
    let result = match kind {
        "nik" => layak::wasm::validate_nik(input, options),
        "kk" => layak::wasm::validate_kk(input, options),
        "claim" => layak::wasm::check_claim(input, options),
        "check" => layak::wasm::check_eligibility(input, options),
        other => return Err(format!("unknown golden kind {other}")),
    };
    match result {
        Ok(v) => stringify(&v),
        Err(e) => Err(error_code(&e)),
    }
}

pub fn run(kind: &str, text: &str, snapshot: &str) {
    let cases = harness::load(kind, text).unwrap_or_else(|e| panic!("{e}"));
    let kept: Vec<&str> = snapshot.lines().collect();
    assert_eq!(
        kept.len(),
        cases.len(),
        "{kind}: snapshot and golden file disagree on the number of cases"
    );
    let mut failures = Vec::new();
    for (case, native) in cases.iter().zip(kept) {
        let result = call(kind, case);
        for m in harness::judge(case, &result) {
            failures.push(format!("{kind} / {}: {m}", case.name));
        }
        let line = harness::snapshot_line(&case.name, &result);
        if line != native {
            failures.push(format!(
                "{kind} / {}: WebAssembly output differs from native\n  wasm:   {line}\n  native: {native}",
                case.name
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} cases failed:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}

macro_rules! golden_tests {
    () => {
        #[wasm_bindgen_test::wasm_bindgen_test]
        fn golden_nik() {
            golden_cases::run(
                "nik",
                include_str!("golden/nik.json"),
                include_str!("golden/snapshots/nik.jsonl"),
            );
        }

        #[wasm_bindgen_test::wasm_bindgen_test]
        fn golden_kk() {
            golden_cases::run(
                "kk",
                include_str!("golden/kk.json"),
                include_str!("golden/snapshots/kk.jsonl"),
            );
        }

        #[wasm_bindgen_test::wasm_bindgen_test]
        fn golden_claim() {
            golden_cases::run(
                "claim",
                include_str!("golden/claim.json"),
                include_str!("golden/snapshots/claim.jsonl"),
            );
        }

        #[wasm_bindgen_test::wasm_bindgen_test]
        fn golden_check() {
            golden_cases::run(
                "check",
                include_str!("golden/check.json"),
                include_str!("golden/snapshots/check.jsonl"),
            );
        }
    };
}
pub(crate) use golden_tests;
