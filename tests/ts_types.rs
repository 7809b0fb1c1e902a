//! The TypeScript declarations of the WebAssembly package (the `TYPES` section of
//! `src/wasm.rs`, which becomes `layak.d.ts`) checked against the JSON the Rust types really
//! produce, so the two cannot drift apart: every field a result has is declared, and every
//! field declared as always present is there.
//!
//! The samples are the golden snapshots (every NIK, KK, eligibility and claim case of
//! `tests/golden/`, as the package returns them) and the outputs of the listing functions.

use chrono::NaiveDate;
use layak::api;
use layak::options::RawOptions;
use serde_json::Value;
use std::collections::BTreeMap;

/// An interface: its fields (name → optional?) and whether it takes any other key.
#[derive(Debug, Default, Clone)]
struct Interface {
    fields: BTreeMap<String, bool>,
    open: bool,
    extends: Vec<String>,
}

fn declarations() -> String {
    let src = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/src/wasm.rs")).unwrap();
    let start = src
        .find("const TYPES: &str = r#\"")
        .expect("TYPES in src/wasm.rs");
    let rest = &src[start..];
    let end = rest.find("\"#;").unwrap();
    rest[..end].to_string()
}

/// The top-level members of a `{ ... }` body, split at `;` outside nested braces.
fn members(body: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut depth = 0i32;
    let mut cur = String::new();
    let mut in_comment = false;
    let chars: Vec<char> = body.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if in_comment {
            if c == '*' && chars.get(i + 1) == Some(&'/') {
                in_comment = false;
                i += 1;
            }
            i += 1;
            continue;
        }
        if c == '/' && chars.get(i + 1) == Some(&'*') {
            in_comment = true;
            i += 2;
            continue;
        }
        match c {
            '{' | '(' | '[' => depth += 1,
            '}' | ')' | ']' => depth -= 1,
            _ => {}
        }
        if (c == ';' || c == '\n') && depth == 0 {
            if !cur.trim().is_empty() {
                out.push(cur.trim().to_string());
            }
            cur.clear();
        } else {
            cur.push(c);
        }
        i += 1;
    }
    if !cur.trim().is_empty() {
        out.push(cur.trim().to_string());
    }
    out
}

fn interfaces() -> BTreeMap<String, Interface> {
    let text = declarations();
    let mut out = BTreeMap::new();
    let mut at = 0;
    while let Some(i) = text[at..].find("export interface ") {
        let start = at + i + "export interface ".len();
        let open = start + text[start..].find('{').unwrap();
        let head = text[start..open].trim();
        let (name, extends) = match head.split_once(" extends ") {
            Some((n, e)) => (
                n.trim().to_string(),
                e.split(',').map(|s| s.trim().to_string()).collect(),
            ),
            None => (head.to_string(), Vec::new()),
        };
        // The matching closing brace.
        let mut depth = 0;
        let mut close = open;
        for (j, c) in text[open..].char_indices() {
            match c {
                '{' => depth += 1,
                '}' => {
                    depth -= 1;
                    if depth == 0 {
                        close = open + j;
                        break;
                    }
                }
                _ => {}
            }
        }
        let mut iface = Interface {
            extends,
            ..Interface::default()
        };
        for m in members(&text[open + 1..close]) {
            if m.starts_with("[key: string]") {
                iface.open = true;
                continue;
            }
            let Some((key, _ty)) = m.split_once(':') else {
                continue;
            };
            let key = key.trim();
            let (key, optional) = match key.strip_suffix('?') {
                Some(k) => (k, true),
                None => (key, false),
            };
            iface.fields.insert(key.to_string(), optional);
        }
        out.insert(name, iface);
        at = close;
    }
    // Inherited fields.
    let snapshot = out.clone();
    for iface in out.values_mut() {
        for parent in iface.extends.clone() {
            if let Some(p) = snapshot.get(&parent) {
                for (k, o) in &p.fields {
                    iface.fields.entry(k.clone()).or_insert(*o);
                }
                iface.open |= p.open;
            }
        }
    }
    out
}

/// Checks one JSON object against interface `name`; returns the problems.
fn check(
    types: &BTreeMap<String, Interface>,
    name: &str,
    value: &Value,
    what: &str,
) -> Vec<String> {
    let Some(iface) = types.get(name) else {
        return vec![format!("no interface {name} in the declarations")];
    };
    let Some(obj) = value.as_object() else {
        return vec![format!("{what}: {name} is not an object: {value}")];
    };
    let mut problems = Vec::new();
    for key in obj.keys() {
        if !iface.fields.contains_key(key) && !iface.open {
            problems.push(format!("{what}: field `{key}` is not declared in {name}"));
        }
    }
    for (key, optional) in &iface.fields {
        if !optional && !obj.contains_key(key) {
            problems.push(format!(
                "{what}: {name}.{key} is declared always present but is missing"
            ));
        }
    }
    problems
}

fn snapshots(file: &str) -> Vec<(String, Value)> {
    let path = format!(
        "{}/tests/golden/snapshots/{file}",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read_to_string(path)
        .unwrap()
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let v: Value = serde_json::from_str(l).unwrap();
            (
                v["name"].as_str().unwrap_or("").to_string(),
                v["output"].clone(),
            )
        })
        // A case whose options are refused has no result (it throws).
        .filter(|(_, out)| !out.is_null())
        .collect()
}

/// Each element of `list`, or of the object's values.
fn each(v: &Value) -> Vec<&Value> {
    match v {
        Value::Array(a) => a.iter().collect(),
        _ => Vec::new(),
    }
}

#[test]
fn results_have_exactly_the_declared_fields() {
    let t = interfaces();
    let mut problems = Vec::new();
    let mut seen = BTreeMap::<&str, usize>::new();
    let region = |v: &Value, what: &str, problems: &mut Vec<String>| {
        if !v.is_null() {
            problems.extend(check(&t, "Region", v, what));
            if let Some(s) = v.get("successor") {
                problems.extend(check(&t, "RegionRef", s, what));
            }
        }
    };
    for (kind, file) in [("NikResult", "nik.jsonl"), ("KkResult", "kk.jsonl")] {
        for (name, out) in snapshots(file) {
            *seen.entry(kind).or_default() += 1;
            problems.extend(check(&t, kind, &out, &name));
            for r in ["province", "regency", "district"] {
                region(&out[r], &name, &mut problems);
            }
            for i in each(&out["issues"]) {
                problems.extend(check(&t, "Issue", i, &name));
            }
        }
    }
    for (name, out) in snapshots("check.jsonl") {
        *seen.entry("EligibilityResult").or_default() += 1;
        problems.extend(check(&t, "EligibilityResult", &out, &name));
        for r in each(&out["rules"]) {
            problems.extend(check(&t, "RuleOutcome", r, &name));
        }
        for i in each(&out["issues"]) {
            problems.extend(check(&t, "Issue", i, &name));
        }
    }
    for (name, out) in snapshots("claim.jsonl") {
        *seen.entry("ClaimResult").or_default() += 1;
        problems.extend(check(&t, "ClaimResult", &out, &name));
        for c in each(&out["checklist"]) {
            problems.extend(check(&t, "ChecklistItem", c, &name));
        }
        if !out["heirs"].is_null() {
            problems.extend(check(&t, "Heirs", &out["heirs"], &name));
            for g in each(&out["heirs"]["order"]) {
                problems.extend(check(&t, "HeirGroup", g, &name));
            }
        }
        problems.extend(check(&t, "Deadlines", &out["deadlines"], &name));
        for d in each(&out["deadlines"]["holidays_skipped"]) {
            problems.extend(check(&t, "DayOff", d, &name));
        }
        problems.extend(check(&t, "Benefit", &out["benefit"], &name));
        for p in each(&out["benefit"]["parts"]) {
            problems.extend(check(&t, "BenefitPart", p, &name));
        }
        for i in each(&out["issues"]) {
            problems.extend(check(&t, "Issue", i, &name));
        }
    }

    // The listing functions.
    let today = NaiveDate::from_ymd_opt(2025, 6, 1).unwrap();
    let mut cat = json(&api::catalogue(layak::Lang::Id));
    // `labels` is native only (the WebAssembly catalogue leaves them out, and so do the types).
    cat.as_object_mut().unwrap().remove("labels");
    problems.extend(check(&t, "Catalogue", &cat, "catalogue"));
    for c in each(&cat["codes"]) {
        problems.extend(check(&t, "CodeInfo", c, "catalogue"));
    }
    let info = json(&api::region_info());
    problems.extend(check(&t, "RegionInfo", &info, "regionInfo"));
    let listing = json(&api::region_listing(layak::region::regency(3522, today)));
    problems.extend(check(&t, "RegionListing", &listing, "regions('35.22')"));
    for c in each(&listing["children"]) {
        problems.extend(check(&t, "RegionChild", c, "regions('35.22')"));
    }
    let provinces = json(&api::region_listing(None));
    problems.extend(check(&t, "RegionListing", &provinces, "regions()"));
    let checker = api::Checker::from_options(&RawOptions::default(), today).unwrap();
    let choices = json(&checker.form_choices());
    problems.extend(check(&t, "FormChoices", &choices, "formChoices"));
    for c in each(&choices["rentan"]) {
        problems.extend(check(&t, "Choice", c, "formChoices"));
    }

    assert!(seen.values().all(|&n| n > 5), "samples: {seen:?}");
    assert!(
        problems.is_empty(),
        "{} drifts:\n{}",
        problems.len(),
        problems.join("\n")
    );
}

#[test]
fn the_parser_sees_what_is_declared() {
    // A check that could fail: the parser reads optional, required, inherited and open fields.
    let t = interfaces();
    let nik = &t["NikResult"];
    assert_eq!(nik.fields.get("nik"), Some(&false));
    assert_eq!(t["Region"].fields.get("retired"), Some(&true));
    assert_eq!(
        t["Region"].fields.get("code"),
        Some(&false),
        "inherited from RegionRef"
    );
    assert!(t["EligibilityResult"].open);
    assert!(!nik.open);
    let wrong = serde_json::json!({"input": "", "nik": null, "extra": 1});
    let problems = check(&t, "NikResult", &wrong, "made up");
    assert!(
        problems.iter().any(|p| p.contains("`extra`")),
        "{problems:?}"
    );
    assert!(
        problems.iter().any(|p| p.contains("NikResult.valid")),
        "{problems:?}"
    );
}

/// Any result as a JSON value.
fn json<T: serde::Serialize>(v: &T) -> Value {
    serde_json::to_value(v).unwrap()
}
