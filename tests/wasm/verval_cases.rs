//! The golden verval scenarios through the WebAssembly `verval(...)` of the screening worker's
//! module (feature `xlsx`), shared by the Node and Chromium runs.
//!
//! Each scenario's lists go in the way the Verval page sends them (the files' bytes as
//! `Uint8Array`s, the options as a JS object); every output file that comes back must equal,
//! byte for byte, the native snapshot in `tests/golden/verval/snapshots/<scenario>/`, which
//! `tests/verval.rs` checks against the scenario's expectations (worked out from the rules).

use layak::verval::output::OutFile;
use wasm_bindgen::JsValue;

fn get(v: &JsValue, key: &str) -> JsValue {
    js_sys::Reflect::get(v, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
}

/// The options object of a scenario, as the page builds it.
fn options(s: &serde_json::Value) -> JsValue {
    let mut o = serde_json::Map::new();
    for key in ["as_of", "next", "lang", "mask", "verval_params"] {
        if let Some(v) = s.get(key) {
            o.insert(key.to_string(), v.clone());
        }
    }
    js_sys::JSON::parse(&serde_json::Value::Object(o).to_string()).unwrap_or(JsValue::UNDEFINED)
}

/// Runs one scenario and compares every file with its native snapshot.
pub fn run(name: &str, scenario: &str, snapshots: &[&str; 10]) {
    let s: serde_json::Value =
        serde_json::from_str(scenario).unwrap_or_else(|e| panic!("{name}: {e}"));
    let text = |k: &str| s.get(k).and_then(serde_json::Value::as_str);
    let enrolled = text("enrolled").unwrap_or_else(|| panic!("{name}: no enrolled list"));
    let candidates = text("candidates").map(|c| c.as_bytes().to_vec());
    let deaths = js_sys::Array::new();
    for d in s
        .get("deaths")
        .and_then(serde_json::Value::as_array)
        .into_iter()
        .flatten()
    {
        let bytes = d.as_str().unwrap_or_default().as_bytes();
        deaths.push(&js_sys::Uint8Array::from(bytes).into());
    }
    // A progress callback, as the Verval page passes one: reporting progress must not change
    // a byte of the output.
    let progress = js_sys::Function::new_with_args("rows", "");
    let result = layak::wasm_verval::verval_round(
        enrolled.as_bytes(),
        candidates,
        deaths,
        options(&s),
        Some(progress),
    )
    .unwrap_or_else(|e| {
        panic!(
            "{name}: verval threw {:?}: {:?}",
            get(&e, "code").as_string(),
            get(&e, "message").as_string()
        )
    });
    let files = get(&result, "files");
    let mut failures = Vec::new();
    // The snapshots are listed in the order of `OutFile::ALL` (see `verval_tests!`).
    for (file, native) in OutFile::ALL.map(OutFile::name).iter().zip(snapshots) {
        let got = get(&files, file).as_string();
        if got.as_deref() != Some(*native) {
            let at = got
                .as_deref()
                .unwrap_or_default()
                .lines()
                .zip(native.lines())
                .position(|(a, b)| a != b);
            failures.push(format!(
                "{name} / {file}: WebAssembly output differs from native (first differing line {at:?})\n  wasm:   {got:?}\n  native: {native:?}"
            ));
        }
    }
    // The parsed summary is the summary file's content.
    let summary = js_sys::JSON::stringify(&get(&result, "summary"))
        .map(String::from)
        .unwrap_or_default();
    let native: serde_json::Value = serde_json::from_str(snapshots[9]).unwrap_or_default();
    if serde_json::from_str::<serde_json::Value>(&summary).ok() != Some(native) {
        failures.push(format!("{name}: the summary object is not summary.json"));
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// One test per scenario file: `verval_tests!("dander-round", ...)`. Every scenario of
/// `tests/golden/verval/` must be listed (`tests/verval.rs` checks it).
macro_rules! verval_tests {
    ($($test:ident => $name:literal),* $(,)?) => {
        $(
            #[wasm_bindgen_test::wasm_bindgen_test]
            fn $test() {
                verval_cases::run(
                    $name,
                    include_str!(concat!("golden/verval/", $name, ".json")),
                    &[
                        include_str!(concat!("golden/verval/snapshots/", $name, "/stay.csv")),
                        include_str!(concat!("golden/verval/snapshots/", $name, "/leave.csv")),
                        include_str!(concat!("golden/verval/snapshots/", $name, "/review.csv")),
                        include_str!(concat!("golden/verval/snapshots/", $name, "/errors.csv")),
                        include_str!(concat!("golden/verval/snapshots/", $name, "/claims.csv")),
                        include_str!(concat!("golden/verval/snapshots/", $name, "/deaths-unmatched.csv")),
                        include_str!(concat!("golden/verval/snapshots/", $name, "/admit.csv")),
                        include_str!(concat!("golden/verval/snapshots/", $name, "/waitlist.csv")),
                        include_str!(concat!("golden/verval/snapshots/", $name, "/not-admitted.csv")),
                        include_str!(concat!("golden/verval/snapshots/", $name, "/summary.json")),
                    ],
                );
            }
        )*
    };
}
pub(crate) use verval_tests;

/// The scenarios, listed once for both runners.
macro_rules! all_scenarios {
    () => {
        verval_cases::verval_tests!(
            verval_dander_round => "dander-round",
            verval_budget_quota_english_masked => "budget-quota-english-masked",
            verval_december_edges => "december-edges",
        );
    };
}
pub(crate) use all_scenarios;
