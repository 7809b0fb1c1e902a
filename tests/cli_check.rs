//! `layak check` and `layak params` from the command line (docs/INTERFACE.md §4, §7): JSON Lines in
//! and out, broken lines reported and skipped past, parameter files, exit codes.

mod common;
use common::{json_lines, layak, stderr, stdout};

use std::path::PathBuf;

/// A file in the temporary directory, unique to this test process and name, removed when
/// the test ends.
struct TempFile(PathBuf);

impl TempFile {
    fn to_str(&self) -> Option<&str> {
        self.0.to_str()
    }
}

impl Drop for TempFile {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.0);
    }
}

fn temp_file(name: &str, contents: &str) -> TempFile {
    let path = std::env::temp_dir().join(format!("layak-cli-check-{}-{name}", std::process::id()));
    std::fs::write(&path, contents).unwrap();
    TempFile(path)
}

/// Sutrisno, the contract's example: eligible on 2025-06-01.
const SUTRISNO: &str = r#"{"nik": "3522061205800001", "kk": "3522060101100003", "name": "Sutrisno", "birth_date": "1980-05-12", "sex": "M", "citizenship": "WNI", "village_code": "35.22.06.2001", "program": "rentan", "category": "buruh_tani", "occupation": "none", "in_poverty_data": true, "already_enrolled": false}"#;

/// Born 1959-06-02: 66 on 2025-06-02, one year over the maximum of 65.
const SIXTY_SIX: &str = r#"{"nik": "3522060206590001", "kk": "3522060101100003", "birth_date": "1959-06-02", "sex": "M", "citizenship": "WNI", "village_code": "35.22.06.2001", "program": "rentan", "category": "buruh_tani", "occupation": "none", "in_poverty_data": true, "already_enrolled": false}"#;

fn rule<'a>(v: &'a serde_json::Value, id: &str) -> &'a serde_json::Value {
    v["rules"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["id"] == id)
        .unwrap_or_else(|| panic!("no rule {id} in {v}"))
}

#[test]
fn a_broken_line_in_the_middle_is_reported_and_the_run_goes_on() {
    let input = format!("{SUTRISNO}\n{{\"nik\": \"3522\n\n[1, 2]\n{SIXTY_SIX}\n");
    let o = layak(
        &["check", "--json", "--as-of", "2025-06-02"],
        input.as_bytes(),
    );
    assert_eq!(o.status.code(), Some(0), "check exits 0 whenever it ran");
    let rows = json_lines(&o);
    assert_eq!(rows.len(), 5, "rows in = rows out");
    let lines: Vec<u64> = rows.iter().map(|r| r["line"].as_u64().unwrap()).collect();
    assert_eq!(lines, [1, 2, 3, 4, 5]);
    assert_eq!(rows[0]["decision"], "eligible");
    for (row, code) in [
        (1, "applicant.malformed"),
        (2, "applicant.empty"),
        (3, "applicant.not_object"),
    ] {
        assert_eq!(rows[row]["decision"], serde_json::Value::Null);
        assert_eq!(rows[row]["rules"], serde_json::json!([]));
        assert_eq!(rows[row]["issues"][0]["code"], code);
        let message = rows[row]["issues"][0]["message"].as_str().unwrap();
        assert!(message.contains(&format!("Baris {}", row + 1)), "{message}");
    }
    assert_eq!(rows[4]["decision"], "ineligible");
    assert_eq!(rule(&rows[4], "age.max")["outcome"], "fail");
}

#[test]
fn human_output_names_the_line_and_counts_the_decisions() {
    let input = format!("{SUTRISNO}\nbukan json\n{SIXTY_SIX}\n{{}}\n");
    let o = layak(&["check", "--as-of", "2025-06-02"], input.as_bytes());
    assert_eq!(o.status.code(), Some(0));
    let s = stdout(&o);
    assert!(
        s.contains("baris 1: Sutrisno (3522061205800001)  LAYAK"),
        "{s}"
    );
    assert!(s.contains("baris 2: TIDAK TERBACA"), "{s}");
    assert!(s.contains("Usia 66 tahun, melebihi batas 65 tahun."), "{s}");
    assert!(
        s.contains("4 diperiksa: 1 layak, 1 tidak layak, 1 perlu diperiksa, 1 tidak terbaca"),
        "{s}"
    );
}

#[test]
fn one_object_over_several_lines_is_one_applicant() {
    let pretty = "{\n  \"nik\": \"3522061205800001\",\n  \"program\": \"rentan\"\n}\n";
    let o = layak(
        &["check", "--json", "--as-of", "2025-06-01", "-"],
        pretty.as_bytes(),
    );
    let rows = json_lines(&o);
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0]["decision"], "review");
    assert!(rows[0].get("line").is_none(), "a single object has no line");
    assert_eq!(rule(&rows[0], "identity.nik")["outcome"], "pass");
}

#[test]
fn applicants_from_a_file_and_nothing_from_an_empty_input() {
    let f = temp_file("applicants.jsonl", &format!("{SUTRISNO}\n{SIXTY_SIX}\n"));
    let o = layak(
        &[
            "check",
            "--json",
            "--as-of",
            "2025-06-02",
            f.to_str().unwrap(),
        ],
        b"",
    );
    let decisions: Vec<String> = json_lines(&o)
        .iter()
        .map(|r| r["decision"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(decisions, ["eligible", "ineligible"]);
    let empty = layak(&["check", "--json", "--as-of", "2025-06-02"], b"");
    assert_eq!(empty.status.code(), Some(0));
    assert!(empty.stdout.is_empty());
}

#[test]
fn a_parameter_file_changes_the_decision() {
    let over = temp_file(
        "age70.toml",
        "# A test decree raising the maximum age.\n[age.max]\n[[age.max.values]]\nsince = 2024-01-01\nvalue = 70\nreference = \"Perbup uji coba\"\nconfidence = \"likely\"\n",
    );
    let without = layak(
        &["check", "--json", "--as-of", "2025-06-02"],
        SIXTY_SIX.as_bytes(),
    );
    assert_eq!(json_lines(&without)[0]["decision"], "ineligible");
    let with = layak(
        &[
            "check",
            "--json",
            "--as-of",
            "2025-06-02",
            "--params",
            over.to_str().unwrap(),
        ],
        SIXTY_SIX.as_bytes(),
    );
    assert_eq!(with.status.code(), Some(0));
    let row = &json_lines(&with)[0];
    assert_eq!(row["decision"], "eligible");
    assert_eq!(row["parameters"], "bojonegoro-2025+override");
    let age = rule(row, "age.max");
    assert_eq!(age["values"]["max_age"], 70);
    assert_eq!(age["legal_basis"], "Perbup uji coba");
    assert_eq!(age["confidence"], "likely");
    // The same override written in JSON.
    let json = temp_file(
        "age70.json",
        r#"{"age": {"max": {"values": [{"since": "2024-01-01", "value": 70, "reference": "Perbup uji coba", "confidence": "likely"}]}}}"#,
    );
    let with = layak(
        &[
            "check",
            "--json",
            "--as-of",
            "2025-06-02",
            "--params",
            json.to_str().unwrap(),
        ],
        SIXTY_SIX.as_bytes(),
    );
    assert_eq!(json_lines(&with)[0]["decision"], "eligible");
}

#[test]
fn a_malformed_parameter_file_names_file_line_and_key_and_exits_2() {
    let cases = [
        (
            "wrong-type.toml",
            "[age.max]\n[[age.max.values]]\nsince = \"2024-01-01\"\nvalue = \"enam puluh\"\nreference = \"x\"\nconfidence = \"likely\"\n",
            "baris 4",
            "age.max.values[0].value",
        ),
        (
            "misspelt.toml",
            "id = \"uji\"\n\n[age.maks]\n",
            "baris 3",
            "age.maks",
        ),
        (
            "not-toml.toml",
            "[age.max\nvalue = 1\n",
            "baris 1",
            "",
        ),
        (
            "bad-date.json",
            "{\"age\": {\"max\": {\"values\": [\n  {\"since\": \"2024-13-01\", \"value\": 60, \"reference\": \"x\", \"confidence\": \"likely\"}\n]}}}\n",
            "baris 2",
            "age.max.values[0].since",
        ),
    ];
    for (name, text, line, key) in cases {
        let f = temp_file(name, text);
        for cmd in ["check", "params"] {
            let o = layak(&[cmd, "--params", f.to_str().unwrap()], SUTRISNO.as_bytes());
            assert_eq!(o.status.code(), Some(2), "{cmd} {name}");
            assert!(o.stdout.is_empty(), "{cmd} {name}");
            let err = stderr(&o);
            assert_eq!(err.trim_end().lines().count(), 1, "{err}");
            assert!(err.contains(f.to_str().unwrap()), "{name}: {err}");
            assert!(err.contains(line), "{name}: {err}");
            assert!(err.contains(key), "{name}: {err}");
        }
    }
    let o = layak(&["check", "--params", "/no/such/file.toml"], b"");
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("/no/such/file.toml"));
}

#[test]
fn usage_errors_exit_2() {
    for args in [
        &["check", "--as-of", "01/06/2025"][..],
        &["check", "--lang", "fr"][..],
        &["check", "/no/such/applicants.jsonl"][..],
        // The embedded set starts on 2024-01-01.
        &["check", "--as-of", "2023-06-01"][..],
        &["params", "--as-of", "kemarin"][..],
    ] {
        let o = layak(args, SUTRISNO.as_bytes());
        assert_eq!(o.status.code(), Some(2), "{args:?}");
        assert_eq!(stderr(&o).trim_end().lines().count(), 1, "{args:?}");
    }
}

#[test]
fn params_shows_the_values_in_force_with_references_and_confidence() {
    let o = layak(&["params", "--as-of", "2025-06-01"], b"");
    assert_eq!(o.status.code(), Some(0));
    let s = stdout(&o);
    assert!(s.contains("bojonegoro-2025"), "{s}");
    assert!(s.contains("(age.max)") && s.contains("65 tahun"), "{s}");
    assert!(s.contains("BELUM DIKONFIRMASI"), "{s}");
    assert!(s.contains("Rp16.800"), "{s}");
    assert!(s.contains("Rp35.903.000.000"), "{s}");

    let o = layak(&["params", "--json", "--as-of", "2025-06-01"], b"");
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(v["id"], "bojonegoro-2025");
    assert_eq!(v["monthly_contribution"], 16_800);
    let param = |key: &str| {
        v["parameters"]
            .as_array()
            .unwrap()
            .iter()
            .find(|p| p["key"] == key)
            .unwrap_or_else(|| panic!("no {key}"))
            .clone()
    };
    let max = param("age.max");
    assert_eq!(max["in_force"]["value"], 65);
    assert_eq!(max["in_force"]["confidence"], "unconfirmed");
    assert!(max["in_force"]["reference"]
        .as_str()
        .unwrap()
        .contains("Kusumawati"));
    assert_eq!(param("age.min")["in_force"]["confidence"], "unconfirmed");
    assert_eq!(param("regency")["in_force"]["value"], "35.22");
    assert_eq!(
        param("budget.annual")["in_force"]["value"],
        35_903_000_000u64
    );
    assert_eq!(param("targets.rentan")["in_force"]["value"], 157_058);
    assert_eq!(param("targets.insentif")["in_force"]["value"], 35_688);
    assert_eq!(param("contribution.jkk")["in_force"]["value"], 10_000);
    assert_eq!(param("contribution.jkm")["in_force"]["value"], 6_800);
    assert_eq!(
        param("categories.rentan")["in_force"]["value"]
            .as_array()
            .unwrap()
            .len(),
        10
    );
    assert_eq!(
        param("categories.insentif")["in_force"]["value"]
            .as_array()
            .unwrap()
            .len(),
        9
    );
    // The 2025 budget is not carried into 2026.
    let o = layak(&["params", "--json", "--as-of", "2026-01-01"], b"");
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    let budget = v["parameters"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["key"] == "budget.annual")
        .unwrap()
        .clone();
    assert_eq!(budget["in_force"]["value"], serde_json::Value::Null);
}

#[test]
fn params_shows_an_override_and_its_history() {
    let over = temp_file(
        "change.toml",
        "[age.max]\n[[age.max.values]]\nsince = 2024-01-01\nvalue = 65\nreference = \"kajian\"\nconfidence = \"unconfirmed\"\n[[age.max.values]]\nsince = 2025-07-01\nvalue = 60\nreference = \"Perbup uji\"\nconfidence = \"likely\"\n",
    );
    let run = |as_of: &str| {
        let o = layak(
            &[
                "params",
                "--json",
                "--as-of",
                as_of,
                "--params",
                over.to_str().unwrap(),
            ],
            b"",
        );
        assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
        let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
        assert_eq!(v["id"], "bojonegoro-2025+override");
        v["parameters"]
            .as_array()
            .unwrap()
            .iter()
            .find(|p| p["key"] == "age.max")
            .unwrap()
            .clone()
    };
    assert_eq!(run("2025-06-30")["in_force"]["value"], 65);
    let after = run("2025-07-01");
    assert_eq!(after["in_force"]["value"], 60);
    assert_eq!(after["values"].as_array().unwrap().len(), 2);
}

#[test]
fn english_on_request() {
    let o = layak(
        &["check", "--lang", "en", "--as-of", "2025-06-02"],
        SIXTY_SIX.as_bytes(),
    );
    let s = stdout(&o);
    assert!(
        s.contains("INELIGIBLE") && s.contains("Age 66, above the limit of 65."),
        "{s}"
    );
}
