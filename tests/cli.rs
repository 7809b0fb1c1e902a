//! The `layak` command line: exit codes, stdin handling and output shapes (docs/INTERFACE.md §2, §3, §7).

mod common;
use common::{json_lines, layak, stdout};

#[test]
fn all_valid_exits_0_and_one_invalid_exits_1() {
    let ok = layak(&["nik", "--as-of", "2025-06-01", "3522061205800001"], b"");
    assert_eq!(ok.status.code(), Some(0));
    assert!(stdout(&ok).contains("Dander"));
    assert!(stdout(&ok).contains("12 Mei 1980"));
    let bad = layak(
        &[
            "nik",
            "--as-of",
            "2025-06-01",
            "3522061205800001",
            "3522061205800000",
        ],
        b"",
    );
    assert_eq!(bad.status.code(), Some(1));
    assert!(stdout(&bad).contains("tidak boleh 0000"));
}

#[test]
fn warnings_alone_do_not_make_a_nik_invalid() {
    let o = layak(&["nik", "--as-of", "2025-06-01", "9102035205900012"], b"");
    assert_eq!(o.status.code(), Some(0));
    assert!(stdout(&o).contains("95.01.02"));
}

#[test]
fn usage_errors_exit_2_with_one_line_on_stderr() {
    for args in [
        &["nik", "--as-of", "2025-13-01", "3522061205800001"][..],
        &["nik", "--lang", "fr", "3522061205800001"][..],
        &["nik", "--sex", "X", "3522061205800001"][..],
        &["kk", "--as-of", "kemarin"][..],
    ] {
        let o = layak(args, b"");
        assert_eq!(o.status.code(), Some(2), "{args:?}");
        let err = String::from_utf8_lossy(&o.stderr);
        assert_eq!(err.trim_end().lines().count(), 1, "{args:?}: {err}");
        assert!(o.stdout.is_empty());
    }
    assert_eq!(
        layak(&["nik", "--no-such-flag"], b"").status.code(),
        Some(2)
    );
    assert_eq!(layak(&[], b"").status.code(), Some(2));
}

#[test]
fn stdin_gives_one_json_line_per_input_line_whatever_the_line_holds() {
    let mut input = Vec::new();
    input.extend_from_slice(b"3522061205800001\r\n");
    input.extend_from_slice(b"\n");
    input.extend_from_slice(b"3522\xff\xfe0612\n");
    input.extend_from_slice(&vec![b'7'; 200_000]);
    input.extend_from_slice(b"\n3522 0612 0580 0001");
    let o = layak(&["nik", "--json", "--as-of", "2025-06-01"], &input);
    assert_eq!(o.status.code(), Some(1));
    let lines = json_lines(&o);
    assert_eq!(lines.len(), 5, "rows in = rows out");
    let first_code = |v: &serde_json::Value| v["issues"][0]["code"].as_str().map(str::to_string);
    assert_eq!(lines[0]["valid"], true);
    assert_eq!(first_code(&lines[1]).as_deref(), Some("nik.empty"));
    assert_eq!(
        first_code(&lines[2]).as_deref(),
        Some("nik.invalid_characters")
    );
    assert_eq!(first_code(&lines[3]).as_deref(), Some("nik.length"));
    assert!(lines[3]["input"].as_str().unwrap().ends_with('…'));
    assert!(lines[3]["input"].as_str().unwrap().len() < 300);
    assert_eq!(lines[4]["nik"], "3522061205800001");
}

#[test]
fn human_output_names_the_line_of_a_bad_row() {
    let o = layak(
        &["nik", "--as-of", "2025-06-01"],
        b"3522061205800001\n35220612058O0001\n",
    );
    let s = stdout(&o);
    assert!(s.contains("baris 2: 35220612058O0001  tidak sah"), "{s}");
    assert!(s.contains("2 diperiksa: 1 sah, 1 tidak sah"), "{s}");
}

#[test]
fn english_messages_on_request() {
    let o = layak(
        &[
            "nik",
            "--lang",
            "en",
            "--as-of",
            "2025-06-01",
            "3522061205800000",
        ],
        b"",
    );
    let s = stdout(&o);
    assert!(
        s.contains("not valid") && s.contains("cannot be 0000"),
        "{s}"
    );
}

#[test]
fn form_cross_checks_from_the_command_line() {
    let o = layak(
        &[
            "nik",
            "--json",
            "--as-of",
            "2025-06-01",
            "--birth-date",
            "13/05/1980",
            "--sex",
            "P",
            "3522061205800001",
        ],
        b"",
    );
    assert_eq!(o.status.code(), Some(0));
    let v = &json_lines(&o)[0];
    let codes: Vec<&str> = v["issues"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["code"].as_str().unwrap())
        .collect();
    assert_eq!(codes, ["nik.birth_date_mismatch", "nik.sex_mismatch"]);
}

#[test]
fn kk_from_stdin() {
    let o = layak(
        &["kk", "--json", "--as-of", "2025-06-01"],
        b"3522060101100003\n3522060101100000\n",
    );
    assert_eq!(o.status.code(), Some(1));
    let lines = json_lines(&o);
    assert_eq!(lines[0]["recorded_date"], "2010-01-01");
    assert_eq!(lines[1]["issues"][0]["code"], "kk.serial_zero");
}

#[test]
fn version_and_region_info_name_the_decree() {
    let v = layak(&["--version"], b"");
    assert_eq!(v.status.code(), Some(0));
    assert!(stdout(&v).contains("300.2.2-2138"));
    let i = layak(&["regions", "--info", "--json"], b"");
    let info: serde_json::Value = serde_json::from_str(&stdout(&i)).unwrap();
    assert_eq!(info["counts"]["provinces"], 38);
    assert_eq!(info["counts"]["regencies"], 514);
    assert_eq!(info["counts"]["districts"], 7285);
    assert_eq!(info["counts"]["bojonegoro_villages"], 430);
    assert_eq!(info["extracted"], "2026-11-24");
}

#[test]
fn regions_lists_kecamatan_and_villages() {
    let k = layak(&["regions", "--json", "35.22"], b"");
    let v: serde_json::Value = serde_json::from_str(&stdout(&k)).unwrap();
    assert_eq!(v["name"], "Kabupaten Bojonegoro");
    assert_eq!(v["children"].as_array().unwrap().len(), 28);
    let d = layak(&["regions", "352206"], b"");
    assert!(stdout(&d).contains("35.22.06.2001"));
    assert_eq!(layak(&["regions", "35.99"], b"").status.code(), Some(1));
    assert_eq!(layak(&["regions", "3.5"], b"").status.code(), Some(2));
}

#[test]
fn help_is_in_indonesian_with_examples() {
    let h = layak(&["nik", "--help"], b"");
    assert_eq!(h.status.code(), Some(0));
    let s = stdout(&h);
    assert!(s.contains("Contoh:") && s.contains("Dukcapil"), "{s}");
}
