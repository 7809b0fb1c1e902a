//! Inputs that once broke an invariant, found by fuzzing (`scripts/fuzz.sh`) or by the random
//! native = WebAssembly comparison (`e2e/random.test.mjs`). Each stays here as a plain test,
//! with what it broke and the invariant it now keeps.

use layak::claims::{Json, RawClaimOptions};

/// The largest integer a JavaScript number holds exactly.
const MAX_SAFE_INTEGER: u64 = (1 << 53) - 1;

/// Every number in a rendered result fits a JavaScript number, so the WebAssembly face can
/// return what the CLI prints.
fn js_numbers_only(v: &serde_json::Value) -> bool {
    match v {
        serde_json::Value::Number(n) => n
            .as_u64()
            .map(|u| u <= MAX_SAFE_INTEGER)
            .or_else(|| n.as_i64().map(|i| i.unsigned_abs() <= MAX_SAFE_INTEGER))
            .unwrap_or(true),
        serde_json::Value::Array(items) => items.iter().all(js_numbers_only),
        serde_json::Value::Object(m) => m.values().all(js_numbers_only),
        _ => true,
    }
}

fn claim(json: &str) -> serde_json::Value {
    let v: Json = serde_json::from_str(json).expect("JSON");
    let o = RawClaimOptions {
        as_of: Some("2025-06-01".into()),
        ..RawClaimOptions::default()
    }
    .resolve(chrono::NaiveDate::MIN)
    .expect("options");
    serde_json::to_value(layak::api::check_claim(&v, &o)).expect("renders")
}

/// Random comparison, seed 8 scale 3: a NIK typed into `monthly_income` made a JKK benefit of
/// 56 x 3,522,061,205,800,001 rupiah. The CLI printed it; `checkClaim` threw "can't be
/// represented as a JavaScript number". An income above Rp 1 miliar is now not read.
#[test]
fn a_nik_as_monthly_income_is_not_read() {
    for income in [
        "3522061205800001",
        "\"3522061205800001\"",
        "8999999999999999",
        "1000000001",
    ] {
        let r = claim(&format!(
            r#"{{"type": "jkk", "accident_date": "2025-03-10", "outcome": "death",
                "death_date": "2025-03-10", "relation": "spouse", "complete_date": "2025-03-20",
                "monthly_income": {income}}}"#
        ));
        assert!(js_numbers_only(&r), "{income}: {r}");
        let invalid = r["issues"]
            .as_array()
            .into_iter()
            .flatten()
            .any(|i| i["code"] == "claim.field_invalid" && i["field"] == "monthly_income");
        assert!(invalid, "{income}: {}", r["issues"]);
    }
    // The highest income read still gives amounts a JavaScript number holds, even paid late.
    let r = claim(
        r#"{"type": "jkk", "accident_date": "2020-03-10", "outcome": "total_disability",
            "complete_date": "2020-03-20", "monthly_income": 1000000000}"#,
    );
    assert_eq!(r["benefit"]["total"], 56_000_000_000u64);
    assert!(r["deadlines"]["late_compensation"].as_u64() > Some(0));
    assert!(js_numbers_only(&r), "{r}");
}

/// Fuzzing (`params`, 665,402 runs): a parameter file whose key held a line break
/// (`{"elUe\\\nrolment": ...}`) was echoed raw into the error, so `layak check --params`
/// printed a two-line "one-line" message, and a key could forge log lines or carry terminal
/// escapes. Keys that are not bare TOML keys are now quoted and escaped; an `id` with a
/// control character is refused (it is printed on every result line).
#[test]
fn a_parameter_key_or_id_with_a_line_break_stays_on_one_line() {
    use layak::rules::params::ParamFile;
    let one_line = |e: layak::rules::params::ParamsError| {
        for lang in [layak::Lang::Id, layak::Lang::En] {
            let m = layak::messages::params_error_message(&e, lang);
            assert!(!m.chars().any(char::is_control), "{m:?}");
        }
        layak::messages::params_error_message(&e, layak::Lang::En)
    };
    let e = ParamFile::from_json_str(r#"{"elUe\\\nrolment": {"if_enrolled": {}}}"#)
        .expect_err("unknown key");
    let m = one_line(e);
    assert!(m.contains(r#"key "elUe\\\nrolment""#), "{m}");
    let e = ParamFile::from_toml_str("\"a\\u001b[2Jb\" = 1\n").expect_err("unknown key");
    let m = one_line(e);
    assert!(m.contains(r#""a\u{1b}[2Jb""#), "{m}");
    let e = ParamFile::from_json_str(r#"{"age": {"max\r\nX": 1}}"#).expect_err("unknown key");
    one_line(e);
    let e = ParamFile::from_json_str(r#"{"id": "uji\nbaris-palsu"}"#).expect_err("bad id");
    let m = one_line(e);
    assert!(m.contains("one line"), "{m}");
    // Fuzzing (`params`, 2,077,245 runs after the fix above): toml_edit's own message
    // quotes a key with its control characters ("duplicate key `confidence` in table
    // `rules.\u{8}...`"). Parser messages are now written with escapes.
    let e = ParamFile::from_toml_str("[rules.\"a\\bb\"]\nconfidence = 1\nconfidence = 2\n")
        .expect_err("duplicate key");
    let m = one_line(e);
    assert!(m.contains("duplicate key") && m.contains(r"\u{8}"), "{m}");
    // Keys people write are shown as before.
    let e = ParamFile::from_json_str(r#"{"age": {"maks": 1}}"#).expect_err("unknown key");
    assert!(one_line(e).contains("key age.maks"));
}
