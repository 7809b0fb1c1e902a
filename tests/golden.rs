//! Runs the golden vectors in `tests/golden/*.json` natively, and keeps the snapshots that
//! the WebAssembly runs must reproduce. See `golden/harness.rs` for the file format.

#[path = "golden/harness.rs"]
mod harness;

use chrono::NaiveDate;

use layak::api::{self, Checker};
use layak::claims::{Json, RawClaimOptions};
use layak::options::RawOptions;
use layak::rules::applicant::RawApplicant;
use std::path::PathBuf;

/// A day far from every case's as-of date: a case that forgot `as_of` would show it.
fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2099, 1, 1).unwrap()
}

fn call(kind: &str, case: &harness::Case) -> Result<String, String> {
    if kind == "claim" {
        let raw: RawClaimOptions =
            serde_json::from_value(case.options.clone()).map_err(|e| format!("options: {e}"))?;
        let harness::Input::Json(input) = &case.input else {
            return Err("a claim case needs an object as input".into());
        };
        let input: Json = serde_json::from_value(input.clone()).map_err(|e| e.to_string())?;
        let out = api::claim(&input, &raw, today()).map_err(|e| e.code().to_string())?;
        return serde_json::to_string(&out).map_err(|e| e.to_string());
    }
    let raw: RawOptions =
        serde_json::from_value(case.options.clone()).map_err(|e| format!("options: {e}"))?;
    let bytes = case.input.bytes();
    let json = match kind {
        "nik" => serde_json::to_string(
            &api::nik(&bytes, &raw, today()).map_err(|e| e.code().to_string())?,
        ),
        "kk" => serde_json::to_string(
            &api::kk(&bytes, &raw, today()).map_err(|e| e.code().to_string())?,
        ),
        "check" => {
            let applicant: RawApplicant =
                serde_json::from_slice(&bytes).map_err(|e| format!("applicant: {e}"))?;
            let checker = Checker::from_options(&raw, today()).map_err(|e| e.code().to_string())?;
            serde_json::to_string(&checker.check(&applicant).to_json())
        }
        other => return Err(format!("unknown golden kind {other}")),
    };
    json.map_err(|e| e.to_string())
}

fn run(kind: &str, text: &str) {
    let cases = harness::load(kind, text).unwrap_or_else(|e| panic!("{e}"));
    let mut failures = Vec::new();
    let mut lines = Vec::new();
    for case in &cases {
        let result = call(kind, case);
        for m in harness::judge(case, &result) {
            failures.push(format!("{kind} / {}: {m}", case.name));
        }
        lines.push(harness::snapshot_line(&case.name, &result));
    }
    let snapshot = lines.join("\n") + "\n";
    let path: PathBuf = [env!("CARGO_MANIFEST_DIR"), "tests", "golden", "snapshots"]
        .iter()
        .collect::<PathBuf>()
        .join(format!("{kind}.jsonl"));
    if std::env::var_os("LAYAK_BLESS").is_some() {
        std::fs::write(&path, &snapshot).unwrap();
    } else {
        let kept = std::fs::read_to_string(&path).unwrap_or_default();
        if kept != snapshot {
            let first = kept
                .lines()
                .zip(snapshot.lines())
                .position(|(a, b)| a != b)
                .unwrap_or(kept.lines().count().min(snapshot.lines().count()));
            failures.push(format!(
                "{}: snapshot differs from line {} (run LAYAK_BLESS=1 cargo test --test golden after checking the change)",
                path.display(),
                first + 1
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} golden cases failed:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}

#[test]
fn golden_nik() {
    run("nik", include_str!("golden/nik.json"));
}

#[test]
fn golden_kk() {
    run("kk", include_str!("golden/kk.json"));
}

#[test]
fn golden_claim() {
    run("claim", include_str!("golden/claim.json"));
}

#[test]
fn golden_check() {
    run("check", include_str!("golden/check.json"));
}
