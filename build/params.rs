//! Compiles the three parameter sets (eligibility `data/params/`, claims
//! `data/claims/params.toml`, verval `data/verval/params.toml`) into JSON, after checking them
//! all the same way.
//!
//! The sets are written in TOML for people (comments, dated tables), but the WebAssembly
//! package must not carry a TOML parser: its gzipped size budget is 200 KB and `toml` alone
//! would take a large share of it. So each file is turned into JSON here, and the library
//! reads that JSON with its one parameter reader (`src/params/read.rs`) on every face.
//!
//! The build refuses a file that breaks the format's promises, the same for every set: every
//! value dated with a real date, dates increasing, every value referenced and marked
//! confirmed / likely / unconfirmed, no key the format does not know. The typed checks (a
//! regency code in the Kemendagri table, known occupation codes) run when the library loads
//! the set; a unit test loads every set, so those fail the tests.

use std::fs;
use std::path::Path;

/// The keys a dated value may have.
const VALUE_KEYS: &[&str] = &[
    "since",
    "value",
    "reference",
    "source",
    "confidence",
    "note",
    "note_en",
];

/// The keys that describe a whole set.
const SET_KEYS: &[&str] = &["id", "title", "reference"];

/// Checks and compiles one set; `id` is the id the file must declare.
pub fn compile(out_dir: &Path, path: &str, id: &str, out_name: &str) {
    println!("cargo:rerun-if-changed={path}");
    let text = fs::read_to_string(path).unwrap_or_else(|e| panic!("read {path}: {e}"));
    let doc: toml::Table = toml::from_str(&text).unwrap_or_else(|e| panic!("{path}: {e}"));
    assert_eq!(
        doc.get("id").and_then(toml::Value::as_str),
        Some(id),
        "{path}: the set's id must be {id:?}"
    );
    let mut count = 0;
    for (k, v) in &doc {
        if SET_KEYS.contains(&k.as_str()) {
            assert!(v.is_str(), "{path}: `{k}` must be text");
        } else {
            check_tree(path, k, v, &mut count);
        }
    }
    assert!(count > 0, "{path}: no parameter");
    let mut json = toml_to_json(toml::Value::Table(doc));
    fs::write(out_dir.join(out_name), json.to_string()).expect("write generated parameter set");
    // The WebAssembly package shows no notes and no sources (only `layak params` does), and
    // every byte of it is downloaded by phones on a weak signal: its copy leaves them out.
    strip(&mut json);
    let slim = out_name.replace(".json", ".wasm.json");
    fs::write(out_dir.join(slim), json.to_string()).expect("write generated parameter set");
}

/// Removes the notes and sources of every dated value and the unit of every parameter. Only
/// those: a parameter may itself be called `source` (`quota.source`).
fn strip(v: &mut serde_json::Value) {
    match v {
        serde_json::Value::Object(m) => {
            if m.contains_key("since") {
                for k in ["note", "note_en", "source"] {
                    m.remove(k);
                }
            } else if m.contains_key("values") {
                m.remove("unit");
            }
            m.values_mut().for_each(strip);
        }
        serde_json::Value::Array(a) => a.iter_mut().for_each(strip),
        _ => {}
    }
}

/// A table with `values` is a parameter; one with a `reference` and a `confidence` but no
/// values is the basis of a rule that reads no parameter; any other table is a group.
fn check_tree(path: &str, name: &str, v: &toml::Value, count: &mut usize) {
    let t = v
        .as_table()
        .unwrap_or_else(|| panic!("{path}: {name} must be a table of parameters"));
    if t.contains_key("values") {
        check_param(path, name, t);
        *count += 1;
    } else if t.contains_key("reference") {
        for (k, x) in t {
            match k.as_str() {
                "reference" => check_reference(path, name, x),
                "confidence" => check_mark(path, name, x),
                _ => panic!("{path}: {name}: unknown key {k:?}"),
            }
        }
        assert!(
            t.contains_key("confidence"),
            "{path}: {name}: no confidence"
        );
    } else {
        assert!(!t.is_empty(), "{path}: {name} is empty");
        for (k, x) in t {
            check_tree(path, &format!("{name}.{k}"), x, count);
        }
    }
}

fn check_param(path: &str, name: &str, t: &toml::Table) {
    for k in t.keys() {
        assert!(
            k == "values" || k == "unit",
            "{path}: {name}: unknown key {k:?} (a parameter has `values` and `unit`)"
        );
    }
    let values = t["values"]
        .as_array()
        .unwrap_or_else(|| panic!("{path}: {name}.values must be a list"));
    assert!(!values.is_empty(), "{path}: {name} has no value");
    let mut last = String::new();
    for (i, e) in values.iter().enumerate() {
        let at = format!("{name}.values[{i}]");
        let e = e
            .as_table()
            .unwrap_or_else(|| panic!("{path}: {at} must be a table"));
        for k in e.keys() {
            assert!(
                VALUE_KEYS.contains(&k.as_str()),
                "{path}: {at}: unknown key {k:?}"
            );
        }
        let since = match e.get("since") {
            Some(toml::Value::String(s)) => s.clone(),
            Some(toml::Value::Datetime(d)) => d.to_string(),
            _ => panic!("{path}: {at}: no `since` date"),
        };
        check_date(path, &at, &since);
        assert!(
            since > last,
            "{path}: {name}: the `since` dates must increase ({since} after {last})"
        );
        last = since;
        check_reference(
            path,
            &at,
            e.get("reference").unwrap_or(&toml::Value::from("")),
        );
        check_mark(
            path,
            &at,
            e.get("confidence").unwrap_or(&toml::Value::from("")),
        );
        if let Some(toml::Value::Integer(n)) = e.get("value") {
            assert!(*n >= 0, "{path}: {at}: a negative value");
        }
    }
}

fn check_reference(path: &str, at: &str, v: &toml::Value) {
    assert!(
        v.as_str().is_some_and(|s| !s.trim().is_empty()),
        "{path}: {at}: every value needs a `reference` (the law or source it rests on)"
    );
}

fn check_mark(path: &str, at: &str, v: &toml::Value) {
    assert!(
        matches!(v.as_str(), Some("confirmed" | "likely" | "unconfirmed")),
        "{path}: {at}: `confidence` must be confirmed, likely or unconfirmed"
    );
}

/// `YYYY-MM-DD`, a real calendar date.
fn check_date(path: &str, at: &str, s: &str) {
    let parts: Vec<u32> = s.split('-').filter_map(|p| p.parse().ok()).collect();
    let ok = match parts[..] {
        [y, m, d] if s.len() == 10 && (1..=12).contains(&m) && d >= 1 => {
            let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
            let days = [
                31,
                if leap { 29 } else { 28 },
                31,
                30,
                31,
                30,
                31,
                31,
                30,
                31,
                30,
                31,
            ];
            d <= days[(m - 1) as usize]
        }
        _ => false,
    };
    assert!(ok, "{path}: {at}: {s:?} is not a date written YYYY-MM-DD");
}

/// TOML to JSON. A TOML date (`since = 2025-01-01`, unquoted) becomes its ISO text, which is
/// how JSON parameter files write dates.
fn toml_to_json(v: toml::Value) -> serde_json::Value {
    use serde_json::Value as J;
    match v {
        toml::Value::String(s) => J::String(s),
        toml::Value::Integer(i) => J::from(i),
        toml::Value::Float(f) => J::from(f),
        toml::Value::Boolean(b) => J::Bool(b),
        toml::Value::Datetime(d) => J::String(d.to_string()),
        toml::Value::Array(a) => J::Array(a.into_iter().map(toml_to_json).collect()),
        toml::Value::Table(t) => {
            J::Object(t.into_iter().map(|(k, v)| (k, toml_to_json(v))).collect())
        }
    }
}
