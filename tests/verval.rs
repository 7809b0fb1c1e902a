//! The golden verval scenarios of `tests/golden/verval/*.json`, run natively.
//!
//! Each scenario holds its lists inline (CSV text), the as-of date and any parameter
//! override, and what must come out: values of `summary.json` by dotted path, and rows of
//! the output files, found by their `nik` column (and `program` when given), compared on the
//! columns named. Expected values are worked out from the rules and the domain file, not
//! copied from the output. Every file must also keep rows in = rows out.
//!
//! Every output file of every scenario is also kept, byte for byte, in
//! `tests/golden/verval/snapshots/<scenario>/<file>` (regenerate with
//! `LAYAK_BLESS=1 cargo test --test verval` after checking the change). The snapshots are not
//! the assertions of behaviour; they pin the faces to each other: the WebAssembly runs
//! (`tests/wasm_verval_node.rs`, `tests/wasm_verval_browser.rs`) must produce the same bytes.

use layak::verval::output::{MemorySink, OutFile};
use layak::verval::table::Source;
use layak::verval::{self, Inputs, Opener, VervalOptions};
use layak::Lang;
use serde_json::Value;
use std::path::{Path, PathBuf};

fn opener(text: String) -> Opener<'static> {
    Box::new(move || {
        Ok(Source::Csv(Box::new(std::io::Cursor::new(
            text.clone().into_bytes(),
        ))))
    })
}

fn lookup<'a>(v: &'a Value, path: &str) -> Option<&'a Value> {
    // Keys may hold dots themselves (a desa code): try the longest key first.
    if path.is_empty() {
        return Some(v);
    }
    let obj = v.as_object()?;
    let parts: Vec<&str> = path.split('.').collect();
    for n in (1..=parts.len()).rev() {
        let key = parts[..n].join(".");
        if let Some(child) = obj.get(&key) {
            let rest = parts[n..].join(".");
            if let Some(found) = lookup(child, &rest) {
                return Some(found);
            }
        }
    }
    None
}

fn rows(text: &str) -> Vec<std::collections::BTreeMap<String, String>> {
    let mut r = csv::ReaderBuilder::new()
        .has_headers(true)
        .flexible(true)
        .from_reader(text.as_bytes());
    let headers: Vec<String> = r.headers().unwrap().iter().map(String::from).collect();
    r.records()
        .map(|rec| {
            let rec = rec.unwrap();
            // A repeated column name (none expected) keeps its first value.
            let mut m = std::collections::BTreeMap::new();
            for (h, v) in headers.iter().zip(rec.iter()) {
                m.entry(h.clone()).or_insert_with(|| v.to_string());
            }
            m
        })
        .collect()
}

fn snapshot_dir(path: &Path) -> PathBuf {
    let stem = path.file_stem().and_then(|s| s.to_str()).unwrap_or("?");
    path.with_file_name("snapshots").join(stem)
}

/// Compares every output file with its snapshot (or writes them under `LAYAK_BLESS`).
fn check_snapshots(path: &Path, sink: &MemorySink) -> Vec<String> {
    let dir = snapshot_dir(path);
    let bless = std::env::var_os("LAYAK_BLESS").is_some();
    if bless {
        std::fs::create_dir_all(&dir).unwrap();
    }
    let mut failures = Vec::new();
    for f in OutFile::ALL {
        let file = dir.join(f.name());
        let text = sink.text(f);
        if bless {
            std::fs::write(&file, &text).unwrap();
        } else if std::fs::read_to_string(&file).ok().as_deref() != Some(text.as_str()) {
            failures.push(format!(
                "{}: differs from the output (run LAYAK_BLESS=1 cargo test --test verval after checking the change)",
                file.display()
            ));
        }
    }
    failures
}

fn run_scenario(path: &PathBuf) -> Vec<String> {
    let s: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let name = s["name"].as_str().unwrap_or("?").to_string();
    let text = |k: &str| s.get(k).and_then(Value::as_str).map(str::to_string);
    let inputs = Inputs {
        enrolled: opener(text("enrolled").unwrap()),
        candidates: text("candidates").map(opener),
        deaths: s
            .get("deaths")
            .and_then(Value::as_array)
            .map(|a| {
                a.iter()
                    .filter_map(|d| d.as_str())
                    .map(|d| opener(d.to_string()))
                    .collect()
            })
            .unwrap_or_default(),
    };
    let o = VervalOptions {
        as_of: layak::date::parse_iso(s["as_of"].as_str().unwrap()).unwrap(),
        next: text("next").and_then(|n| layak::date::parse_iso(&n)),
        lang: if s.get("lang").and_then(Value::as_str) == Some("en") {
            Lang::En
        } else {
            Lang::Id
        },
        mask: s.get("mask").and_then(Value::as_bool).unwrap_or(false),
        verval_params: s.get("verval_params").map(|v| v.to_string()),
    };
    let set = layak::rules::params::ParamSet::embedded().unwrap();
    let mut sink = MemorySink::default();
    let summary = verval::run(set, inputs, &o, &mut sink).unwrap();
    let mut failures = check_snapshots(path, &sink);
    assert!(sink.committed, "{name}: not committed");
    let sj: Value = serde_json::from_str(&sink.text(OutFile::Summary)).unwrap();
    for (path, want) in s["expect"]["summary"].as_object().unwrap() {
        match lookup(&sj, path) {
            Some(got) if got == want => {}
            Some(got) if want.is_object() && got.is_object() => {
                for (k, w) in want.as_object().unwrap() {
                    if got.get(k) != Some(w) {
                        failures.push(format!(
                            "{name}: summary {path}.{k} = {:?}, want {w}",
                            got.get(k)
                        ));
                    }
                }
                if let (Some(g), Some(w)) = (got.as_object(), want.as_object()) {
                    for k in g.keys() {
                        if !w.contains_key(k) && path.ends_with("reasons") {
                            failures.push(format!(
                                "{name}: summary {path}.{k} = {}, not expected",
                                g[k]
                            ));
                        }
                    }
                }
            }
            got => failures.push(format!("{name}: summary {path} = {got:?}, want {want}")),
        }
    }
    // Rows in = rows out.
    let count = |f: OutFile| rows(&sink.text(f)).len() as u64;
    let enrolled_out = count(OutFile::Stay)
        + count(OutFile::Leave)
        + count(OutFile::Review)
        + count(OutFile::Errors);
    if enrolled_out != summary.enrolled.rows {
        failures.push(format!(
            "{name}: {} enrolled rows in, {enrolled_out} out",
            summary.enrolled.rows
        ));
    }
    if let Some(c) = &summary.candidates {
        let out = count(OutFile::Admit) + count(OutFile::Waitlist) + count(OutFile::NotAdmitted);
        if out != c.rows {
            failures.push(format!("{name}: {} candidate rows in, {out} out", c.rows));
        }
    }
    for (file, want_rows) in s["expect"]["rows"].as_object().unwrap() {
        let f = OutFile::ALL.into_iter().find(|f| f.name() == file).unwrap();
        let got = rows(&sink.text(f));
        if got.len() != want_rows.as_array().unwrap().len() {
            failures.push(format!(
                "{name}: {file} has {} rows, want {}",
                got.len(),
                want_rows.as_array().unwrap().len()
            ));
        }
        for want in want_rows.as_array().unwrap() {
            let w = want.as_object().unwrap();
            let found = got.iter().find(|g| {
                ["nik", "program", "line"].iter().all(|k| {
                    w.get(*k)
                        .and_then(Value::as_str)
                        .is_none_or(|v| g.get(*k).map(String::as_str) == Some(v))
                })
            });
            match found {
                None => failures.push(format!("{name}: {file}: no row {want}")),
                Some(g) => {
                    for (k, v) in w {
                        let v = v.as_str().unwrap_or_default();
                        if g.get(k).map(String::as_str) != Some(v) {
                            failures.push(format!(
                                "{name}: {file} row {}: {k} = {:?}, want {v:?}",
                                w.get("nik").and_then(Value::as_str).unwrap_or("?"),
                                g.get(k)
                            ));
                        }
                    }
                }
            }
        }
    }
    failures
}

#[test]
fn golden_verval_scenarios() {
    let dir: PathBuf = [env!("CARGO_MANIFEST_DIR"), "tests", "golden", "verval"]
        .iter()
        .collect();
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    paths.sort();
    assert!(!paths.is_empty());
    let failures: Vec<String> = paths.iter().flat_map(run_scenario).collect();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The WebAssembly runners list the scenarios by name (`include_str!` needs each path
/// spelled out): a scenario missing there would silently not run in WebAssembly, and a
/// snapshot folder without its scenario would be stale.
#[test]
fn every_scenario_runs_in_webassembly_and_every_snapshot_has_its_scenario() {
    let dir: PathBuf = [env!("CARGO_MANIFEST_DIR"), "tests", "golden", "verval"]
        .iter()
        .collect();
    let listed = include_str!("wasm/verval_cases.rs");
    let stems: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .map(|p| p.file_stem().unwrap().to_string_lossy().into_owned())
        .collect();
    for stem in &stems {
        assert!(
            listed.contains(&format!("=> \"{stem}\"")),
            "tests/wasm/verval_cases.rs does not list the scenario {stem}"
        );
    }
    if let Ok(snapshots) = std::fs::read_dir(dir.join("snapshots")) {
        for e in snapshots {
            let name = e.unwrap().file_name().to_string_lossy().into_owned();
            assert!(
                stems.contains(&name),
                "snapshot folder {name} has no scenario"
            );
        }
    }
}

/// No output file names a column twice: a spreadsheet keeps one of two `desil` columns (or
/// renames the second), and a reader by name gets whichever it meets first. The round's own
/// columns are named apart from the input's (`desil_used` beside the input's `desil`).
#[test]
fn no_output_file_repeats_a_column_name() {
    let dir: PathBuf = [
        env!("CARGO_MANIFEST_DIR"),
        "tests",
        "golden",
        "verval",
        "snapshots",
    ]
    .iter()
    .collect();
    let mut checked = 0;
    for scenario in std::fs::read_dir(&dir).unwrap() {
        for file in std::fs::read_dir(scenario.unwrap().path()).unwrap() {
            let path = file.unwrap().path();
            if path.extension().is_none_or(|e| e != "csv") {
                continue;
            }
            let mut reader = csv::Reader::from_path(&path).unwrap();
            let names: Vec<String> = reader.headers().unwrap().iter().map(String::from).collect();
            let mut seen = std::collections::BTreeSet::new();
            for n in &names {
                assert!(
                    seen.insert(n),
                    "{}: column {n} twice in {names:?}",
                    path.display()
                );
            }
            checked += 1;
        }
    }
    assert!(checked >= 27, "only {checked} CSV files checked");
}
