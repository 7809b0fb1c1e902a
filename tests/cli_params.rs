//! One override file for every set (docs/parameters.md): `--params` changes claim amounts,
//! periods and limits, verval quotas and eligibility limits the same way on every command,
//! and the answers and their words follow. The example file of the documentation is the one
//! loaded here, so it cannot go stale.
//!
//! Expected values: the embedded claims set is PP 44/2015 jo. PP 82/2019 (JKM Rp20,000,000
//! lump sum + Rp12,000,000 periodic + Rp10,000,000 burial = Rp42,000,000; 3 working days to
//! pay; at most 2 children for the scholarship; a death within 3 months of joining paid
//! Rp10,000,000); the example file says Rp25,000,000 from 2026, 4 months / Rp12,000,000,
//! 5 working days and 3 children.

mod common;
use common::{layak, stderr, stdout};
use serde_json::Value;
use std::path::PathBuf;

const EXAMPLE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/docs/examples/ubahan-parameter.toml"
);

fn temp_file(name: &str, content: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("layak-cli-params-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, content).unwrap();
    path
}

fn claim(json: &str, as_of: &str, params: Option<&str>) -> Value {
    let mut args = vec!["claim", "--json", "--as-of", as_of];
    if let Some(p) = params {
        args.extend(["--params", p]);
    }
    let o = layak(&args, json.as_bytes());
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    serde_json::from_str(stdout(&o).trim()).unwrap()
}

fn part<'a>(v: &'a Value, code: &str) -> &'a Value {
    v["benefit"]["parts"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["code"] == code)
        .unwrap_or_else(|| panic!("no part {code}: {v}"))
}

fn message(v: &Value, code: &str) -> String {
    v["issues"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["code"] == code)
        .unwrap_or_else(|| panic!("no issue {code}: {v}"))["message"]
        .as_str()
        .unwrap()
        .to_string()
}

/// A widow's JKM claim; the participant joined in 2020, so the children may have the
/// scholarship (3 years of membership since PP 82/2019).
fn widow(death: &str) -> String {
    format!(
        r#"{{"type": "jkm", "death_date": "{death}", "membership_start": "2020-01-15",
            "complete_date": "{death}", "relation": "spouse", "family": ["spouse", "child"]}}"#
    )
}

#[test]
fn claim_amounts_periods_and_limits_follow_an_override() {
    // The lump sum is dated: the override's Rp25,000,000 applies to a death in 2026 only.
    let death_2026 = widow("2026-02-10");
    let default = claim(&death_2026, "2026-02-20", None);
    assert_eq!(default["benefit"]["total"], 42_000_000);
    assert_eq!(default["benefit"]["parameters"], "bpjstk-klaim-2025");
    assert_eq!(default["deadlines"]["payment_working_days"], 3);
    assert!(message(&default, "claim.beasiswa_possible").contains("paling banyak 2"));

    let changed = claim(&death_2026, "2026-02-20", Some(EXAMPLE));
    assert_eq!(part(&changed, "santunan_sekaligus")["amount"], 25_000_000);
    assert_eq!(
        part(&changed, "santunan_sekaligus")["legal_basis"],
        "PP contoh (hipotetis)"
    );
    assert_eq!(changed["benefit"]["total"], 47_000_000);
    assert_eq!(
        changed["benefit"]["parameters"],
        "bpjstk-klaim-2025+override"
    );
    assert_eq!(changed["deadlines"]["payment_working_days"], 5);
    // The number in the words is the parameter in force, filled in when the text is made.
    let m = message(&changed, "claim.beasiswa_possible");
    assert!(m.contains("paling banyak 3"), "{m}");

    let death_2025 = claim(&widow("2025-03-10"), "2025-03-20", Some(EXAMPLE));
    assert_eq!(death_2025["benefit"]["total"], 42_000_000);
}

#[test]
fn the_short_membership_rule_follows_an_override_and_its_name_states_the_months() {
    // Joined 1 January 2025, died 15 April: three and a half months of membership.
    let c = r#"{"type": "jkm", "death_date": "2025-04-15", "membership_start": "2025-01-01",
                "relation": "spouse", "family": ["spouse"]}"#;
    let default = claim(c, "2025-05-01", None);
    assert_eq!(default["benefit"]["total"], 42_000_000);
    let changed = claim(c, "2025-05-01", Some(EXAMPLE));
    let short = part(&changed, "santunan_masa_iur_singkat");
    assert_eq!(short["amount"], 12_000_000);
    assert_eq!(
        short["label"],
        "Santunan untuk kepesertaan kurang dari 4 bulan"
    );
    assert_eq!(changed["benefit"]["total"], 12_000_000);
    let m = message(&changed, "claim.short_membership");
    assert!(m.contains('4') && m.contains("12.000.000"), "{m}");
    // Within the default three months, the default words say 3.
    let c = c.replace("2025-04-15", "2025-03-15");
    let default = claim(&c, "2025-05-01", None);
    assert_eq!(
        part(&default, "santunan_masa_iur_singkat")["label"],
        "Santunan untuk kepesertaan kurang dari 3 bulan"
    );
}

#[test]
fn params_lists_every_set_with_references_and_marks_and_the_override() {
    let o = layak(&["params", "--json", "--as-of", "2025-06-01"], b"");
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let v: Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(v["id"], "bojonegoro-2025");
    assert_eq!(v["claims"]["id"], "bpjstk-klaim-2025");
    assert_eq!(v["verval"]["id"], "verval-bojonegoro-2025");
    let find = |set: &Value, key: &str| -> Value {
        set["parameters"]
            .as_array()
            .unwrap()
            .iter()
            .find(|p| p["key"] == key)
            .unwrap_or_else(|| panic!("no {key}"))
            .clone()
    };
    let lump = find(&v["claims"], "jkm.santunan_sekaligus");
    assert_eq!(lump["in_force"]["value"], 20_000_000);
    assert_eq!(lump["in_force"]["confidence"], "confirmed");
    assert_eq!(lump["unit"], "rupiah");
    assert_eq!(lump["values"].as_array().unwrap().len(), 2);
    assert_eq!(
        find(&v["claims"], "signature.thumbprint_accepted")["in_force"]["confidence"],
        "unconfirmed"
    );
    assert_eq!(
        find(&v["verval"], "quota.rentan")["in_force"]["value"],
        157_058
    );
    for set in [&v, &v["claims"], &v["verval"]] {
        for p in set["parameters"].as_array().unwrap() {
            for e in p["values"].as_array().unwrap() {
                assert!(
                    !e["reference"].as_str().unwrap().is_empty(),
                    "{} has an entry without a reference",
                    p["key"]
                );
                assert!(e["confidence"].is_string(), "{}", p["key"]);
            }
        }
    }
    let text = stdout(&layak(&["params", "--as-of", "2025-06-01"], b""));
    assert!(text.contains("bpjstk-klaim-2025") && text.contains("verval-bojonegoro-2025"));
    assert!(text.contains("(jkm.santunan_sekaligus)") && text.contains("Rp20.000.000"));

    let o = layak(
        &[
            "params",
            "--json",
            "--as-of",
            "2025-06-01",
            "--params",
            EXAMPLE,
        ],
        b"",
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let v: Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(v["id"], "bojonegoro-2025+override");
    assert_eq!(v["claims"]["id"], "bpjstk-klaim-2025+override");
    assert_eq!(v["verval"]["id"], "verval-bojonegoro-2025+override");
    let lump = find(&v["claims"], "jkm.santunan_sekaligus");
    assert_eq!(lump["values"].as_array().unwrap().len(), 3);
    assert_eq!(lump["unit"], "rupiah", "the override keeps the unit");
    assert_eq!(
        find(&v["verval"], "quota.rentan")["in_force"]["value"],
        150_000
    );
}

#[test]
fn an_override_of_one_set_leaves_the_others_named_as_they_were() {
    let f = temp_file(
        "claims-only.toml",
        "[beasiswa.max_children]\nvalues = [{ since = \"2019-12-02\", value = 3, reference = \"uji\", confidence = \"unconfirmed\" }]\n",
    );
    let applicant = r#"{"nik": "3522061205800001", "birth_date": "1980-05-12"}"#;
    let o = layak(
        &[
            "check",
            "--json",
            "--as-of",
            "2025-06-01",
            "--params",
            f.to_str().unwrap(),
        ],
        applicant.as_bytes(),
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let v: Value = serde_json::from_str(stdout(&o).trim()).unwrap();
    assert_eq!(v["parameters"], "bojonegoro-2025");
}

#[test]
fn a_misspelt_or_mistyped_claims_parameter_is_refused_with_its_key_and_line() {
    let cases = [
        (
            "typo.toml",
            "# a comment\n[jkm.santunan_sekaligu]\nvalues = [{ since = \"2025-01-01\", value = 1, reference = \"uji\", confidence = \"likely\" }]\n",
            "jkm.santunan_sekaligu",
            "baris 2",
        ),
        (
            "kind.toml",
            "[beasiswa.max_children]\nvalues = [\n  { since = \"2025-01-01\", value = \"dua\", reference = \"uji\", confidence = \"likely\" },\n]\n",
            "beasiswa.max_children.values[0].value",
            "baris 3",
        ),
        (
            "unreferenced.json",
            "{\"quota\": {\"rentan\": {\"values\": [{\"since\": \"2025-01-01\", \"value\": 1, \"confidence\": \"likely\"}]}}}",
            "quota.rentan.values[0]",
            "baris 1",
        ),
    ];
    for (name, text, key, line) in cases {
        let f = temp_file(name, text);
        for cmd in ["claim", "check", "params"] {
            let o = layak(&[cmd, "--params", f.to_str().unwrap()], b"{}");
            assert_eq!(o.status.code(), Some(2), "{cmd} {name}");
            let err = stderr(&o);
            assert_eq!(err.trim_end().lines().count(), 1, "{err}");
            assert!(err.contains(key), "{cmd} {name}: {err}");
            assert!(err.contains(line), "{cmd} {name}: {err}");
        }
    }
}

#[test]
fn the_documentation_shows_the_example_file_as_it_is() {
    let example = std::fs::read_to_string(EXAMPLE).unwrap();
    let body = &example[example.find("# Eligibility:").unwrap()..];
    let doc = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/parameters.md"))
        .unwrap();
    assert!(
        doc.contains(body.trim_end()),
        "docs/parameters.md must show docs/examples/ubahan-parameter.toml as it is"
    );
}

#[test]
fn verval_takes_claims_and_verval_parameters_from_params_and_the_old_option_still_works() {
    let d = std::env::temp_dir().join(format!("layak-cli-params-verval-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    let enrolled = d.join("peserta.csv");
    std::fs::write(
        &enrolled,
        "nik,no_kk,nama,tanggal_lahir,jenis_kelamin,kode_desa,program,kategori,pekerjaan,terdata_miskin,tanggal_daftar\n\
         3522060707790008,3522060101100003,Marto,1979-07-07,L,35.22.06.2001,rentan,buruh_tani,-,ya,2024-03-01\n",
    )
    .unwrap();
    // Died 10 January 2025, reported on day 40: late under the law's 30 days.
    let deaths = d.join("kematian.csv");
    std::fs::write(
        &deaths,
        "nik,tanggal_meninggal,tanggal_lapor\n3522060707790008,2025-01-10,2025-02-19\n",
    )
    .unwrap();
    let over = temp_file(
        "verval-over.toml",
        "[death_report.days]\nvalues = [{ since = \"2013-12-24\", value = 45, reference = \"uji\", confidence = \"unconfirmed\" }]\n\
         [jkm.santunan_sekaligus]\nvalues = [{ since = \"2019-12-02\", value = 25000000, reference = \"uji\", confidence = \"unconfirmed\" }]\n\
         [quota.rentan]\nvalues = [{ since = \"2025-01-01\", value = 1000, reference = \"uji\", confidence = \"unconfirmed\" }]\n",
    );
    let run = |out: &str, extra: &[&str]| -> (String, Value) {
        let out = d.join(out);
        let mut args = vec![
            "verval",
            "--enrolled",
            enrolled.to_str().unwrap(),
            "--deaths",
            deaths.to_str().unwrap(),
            "--as-of",
            "2025-06-01",
            "--quiet",
            "--out",
            out.to_str().unwrap(),
        ];
        args.extend(extra);
        let o = layak(&args, b"");
        assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
        let claims = std::fs::read_to_string(out.join("claims.csv")).unwrap();
        let summary = std::fs::read_to_string(out.join("summary.json")).unwrap();
        (claims, serde_json::from_str(&summary).unwrap())
    };
    let (claims, _) = run("default", &[]);
    assert!(claims.contains(",42000000,"), "{claims}");
    assert!(claims.contains("lewat 30 hari"), "{claims}");
    let (claims, summary) = run("changed", &["--params", over.to_str().unwrap()]);
    assert!(claims.contains(",47000000,"), "{claims}");
    assert!(
        !claims.contains("lewat"),
        "reported on day 40 of 45: {claims}"
    );
    assert!(summary.to_string().contains("1000"), "{summary}");
    // The deprecated option, in its old layout, is still read.
    let old = temp_file(
        "verval-old.json",
        r#"{"params": [{"name": "quota.rentan", "values": [{"since": "2025-01-01", "value": 7, "reference": "uji", "confidence": "unconfirmed"}]}]}"#,
    );
    let (_, summary) = run("old", &["--verval-params", old.to_str().unwrap()]);
    let used = summary.to_string();
    assert!(used.contains("\"value\":7"), "{used}");
}
