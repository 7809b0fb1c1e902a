//! `layak claim` on the command line (docs/INTERFACE.md §5, §7): JSON and JSON Lines in, a
//! printable checklist or JSON out, exit 0 whenever it ran and 2 for usage errors.

mod common;
use common::{layak, stdout};

fn temp_file(name: &str, content: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("layak-cli-claim-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, content).unwrap();
    path
}

/// A widow's JKM claim, file complete on Thursday 27 March 2025, the day before the
/// Nyepi cuti bersama and the Idul Fitri holidays of 31 March and 1 April.
const WIDOW: &str = r#"{
  "type": "jkm", "death_date": "2025-03-10", "reported_date": "2025-03-12",
  "membership_start": "2024-01-15", "complete_date": "2025-03-27",
  "relation": "spouse", "family": ["spouse"],
  "documents": ["kartu_peserta", "ktp_peserta", "ktp_ahli_waris", "kk",
                "surat_keterangan_kematian", "surat_keterangan_ahli_waris", "buku_tabungan"]
}"#;

#[test]
fn a_printable_checklist_with_ticks_heirs_deadlines_and_benefit() {
    let path = temp_file("widow.json", WIDOW);
    let o = layak(
        &["claim", "--as-of", "2025-04-03", path.to_str().unwrap()],
        b"",
    );
    assert_eq!(o.status.code(), Some(0));
    let out = stdout(&o);
    // Ticks: the village death letter stands in for the akta; the marriage book is missing.
    assert!(out.contains("[x] Akta kematian"), "{out}");
    assert!(out.contains("[ ] Buku nikah"), "{out}");
    assert!(out.contains("Masih kurang: Buku nikah"), "{out}");
    assert!(out.contains("BERKAS BELUM LENGKAP: 1 dokumen"), "{out}");
    // The order of heirs, the widow first.
    assert!(
        out.contains("1. Janda/duda dan anak: ada  <- BERHAK"),
        "{out}"
    );
    // 3 working days after Thursday 27 March 2025: Fri 28 (cuti bersama, counted),
    // Wed 2 and Thu 3 April; 31 March and 1 April are Idul Fitri.
    assert!(out.contains("3 April 2025"), "{out}");
    assert!(out.contains("Idul Fitri 1446 H"), "{out}");
    assert!(out.contains("Rp42.000.000"), "{out}");
}

#[test]
fn cuti_bersama_can_be_counted_out() {
    let o = layak(
        &["claim", "--json", "--as-of", "2025-04-03", "--cuti-bersama"],
        WIDOW.as_bytes(),
    );
    assert_eq!(o.status.code(), Some(0));
    let v: serde_json::Value = serde_json::from_str(stdout(&o).trim()).unwrap();
    assert_eq!(v["deadlines"]["payment_due"], "2025-04-10");
}

#[test]
fn json_lines_give_one_object_per_claim_and_a_broken_line_is_named() {
    let input = b"{\"type\":\"jkm\",\"death_date\":\"2025-01-01\"}\n{\"type\": jkk}\n\n{\"type\":\"beasiswa\"}\r\n";
    let o = layak(&["claim", "--json", "--as-of", "2025-06-01"], input);
    assert_eq!(o.status.code(), Some(0), "the run goes on");
    let lines: Vec<serde_json::Value> = stdout(&o)
        .lines()
        .map(|l| serde_json::from_str(l).expect("JSON"))
        .collect();
    assert_eq!(lines.len(), 3, "the blank line is skipped");
    assert_eq!(lines[0]["type"], "jkm");
    assert_eq!(lines[1]["line"], 2);
    assert_eq!(lines[1]["issues"][0]["code"], "claim.json_invalid");
    assert_eq!(lines[2]["type"], "beasiswa");
    // The human output names the line too.
    let o = layak(&["claim", "--as-of", "2025-06-01"], input);
    assert!(stdout(&o).contains("baris 2:"), "{}", stdout(&o));
}

#[test]
fn a_json_array_is_a_list_of_claims() {
    let o = layak(
        &["claim", "--json", "--as-of", "2025-06-01", "-"],
        br#"[{"type":"jkm"}, {"type":"jkk"}]"#,
    );
    assert_eq!(o.status.code(), Some(0));
    assert_eq!(stdout(&o).lines().count(), 2);
}

#[test]
fn a_holidays_file_moves_the_due_date() {
    // Friday 4 July 2025 + 3 working days is Wednesday 9 July; a day off on Monday 7 July
    // moves it to Thursday 10 July.
    let claim = r#"{"type":"jkm","complete_date":"2025-07-04"}"#;
    let hol = temp_file(
        "libur.json",
        r#"{"days": [{"date": "2025-07-07", "name": "Libur daerah"}]}"#,
    );
    let o = layak(
        &[
            "claim",
            "--json",
            "--as-of",
            "2025-07-04",
            "--holidays",
            hol.to_str().unwrap(),
        ],
        claim.as_bytes(),
    );
    assert_eq!(o.status.code(), Some(0));
    let v: serde_json::Value = serde_json::from_str(stdout(&o).trim()).unwrap();
    assert_eq!(v["deadlines"]["payment_due"], "2025-07-10");
    assert_eq!(
        v["deadlines"]["holidays_skipped"][0]["name"],
        "Libur daerah"
    );
}

#[test]
fn usage_errors_exit_2_with_one_line_on_stderr() {
    for args in [
        vec!["claim", "--as-of", "01/06/2025"],
        vec!["claim", "/no/such/claim.json"],
        vec!["claim", "--holidays", "/no/such/holidays.json"],
        vec!["claim", "--lang", "fr"],
    ] {
        let o = layak(&args, b"{}");
        assert_eq!(o.status.code(), Some(2), "{args:?}");
        let err = String::from_utf8_lossy(&o.stderr);
        assert_eq!(err.trim_end().lines().count(), 1, "{args:?}: {err}");
        assert!(o.stdout.is_empty());
    }
    let bad = temp_file("bad-holidays.json", r#"["31/12/2025"]"#);
    let o = layak(&["claim", "--holidays", bad.to_str().unwrap()], b"{}");
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("libur"));
}

#[test]
fn anything_in_the_claim_itself_still_exits_0() {
    for input in [
        &b"{}"[..],
        b"[]",
        b"42",
        b"{\"type\":\"jkm\",\"death_date\":\"kemarin\"}",
        b"\xff\xfe",
    ] {
        let o = layak(&["claim", "--as-of", "2025-06-01"], input);
        assert_eq!(o.status.code(), Some(0), "{input:?}");
    }
}

#[test]
fn english_on_request() {
    let o = layak(
        &["claim", "--lang", "en", "--as-of", "2025-04-03"],
        WIDOW.as_bytes(),
    );
    let out = stdout(&o);
    assert!(out.contains("FILE NOT COMPLETE"), "{out}");
    assert!(out.contains("BPJS must pay by: 3 April 2025"), "{out}");
    assert!(out.contains("Rp42,000,000"), "{out}");
}

/// The widow's claim as an operator may write it: the claim's type, the relations and the
/// documents in the words of data/spellings.toml. One reader: the same answer as the codes.
#[test]
fn a_claim_in_operators_words_gets_the_same_answer_as_in_codes() {
    let words = r#"{
      "type": "JKM", "death_date": "10/03/2025", "reported_date": "2025-03-12",
      "membership_start": "2024-01-15", "complete_date": "2025-03-27",
      "heir": {"relation": "Istri", "minor": "tidak"}, "family": "janda",
      "documents": ["KPJ", "KTP Peserta", "ktp-ahli-waris", "Kartu Keluarga",
                    "Surat Keterangan Kematian", "surat keterangan ahli waris", "Buku Tabungan"]
    }"#;
    let run = |claim: &str| {
        let o = layak(
            &["claim", "--json", "--as-of", "2025-04-03"],
            claim.as_bytes(),
        );
        assert_eq!(o.status.code(), Some(0));
        stdout(&o)
    };
    let codes = run(WIDOW);
    assert_eq!(run(words), codes);
    // `orang tua`, `Mertua` and `Jaminan Kematian` are words of the same list.
    let parent = |relation: &str, kind: &str| {
        run(&WIDOW
            .replace(
                r#""relation": "spouse""#,
                &format!(r#""relation": "{relation}""#),
            )
            .replace(r#""type": "jkm""#, &format!(r#""type": "{kind}""#)))
    };
    assert_eq!(
        parent("orang tua", "Jaminan Kematian"),
        parent("parent", "jkm")
    );
    assert_eq!(parent("Mertua", "jkm"), parent("parent_in_law", "jkm"));
}

/// A word that is no relation is said, as any unreadable claim field is, not guessed.
#[test]
fn an_unknown_relation_word_is_reported_on_its_field() {
    let o = layak(
        &["claim", "--json", "--as-of", "2025-04-03"],
        WIDOW
            .replace(r#""relation": "spouse""#, r#""relation": "tetangga""#)
            .as_bytes(),
    );
    let v: serde_json::Value = serde_json::from_str(stdout(&o).trim()).unwrap();
    let issues = v["issues"].as_array().unwrap();
    assert!(
        issues
            .iter()
            .any(|i| i["code"] == "claim.field_invalid" && i["field"] == "relation"),
        "{issues:?}"
    );
}

/// The last day to report a death comes from the core, with the law it rests on: a death on
/// 10 March 2025 must be reported "paling lambat 30 hari sejak tanggal kematian" (UU 23/2006
/// Pasal 44 ayat (1) as amended by UU 24/2013), so 9 April is the last day in time; a report
/// on 9 April (day 30) is in time and one on 10 April (day 31) is late.
#[test]
fn the_last_day_to_report_a_death_and_its_basis_come_with_the_deadlines() {
    for (reported, days, late) in [("2025-04-09", 30, false), ("2025-04-10", 31, true)] {
        let claim = WIDOW.replace("2025-03-12", reported);
        let path = temp_file(&format!("report-{reported}.json"), &claim);
        let o = layak(
            &[
                "claim",
                "--json",
                "--as-of",
                "2025-04-20",
                path.to_str().unwrap(),
            ],
            b"",
        );
        assert_eq!(o.status.code(), Some(0));
        let v: serde_json::Value = serde_json::from_str(stdout(&o).trim()).unwrap();
        let d = &v["deadlines"];
        assert_eq!(d["death_report_last_day"], "2025-04-09", "{d}");
        assert_eq!(d["death_report_limit_days"], 30, "{d}");
        assert_eq!(d["death_report_days"], days, "{d}");
        assert_eq!(d["death_report_late"], late, "{d}");
        assert_eq!(d["death_report_confidence"], "confirmed", "{d}");
        let basis = d["death_report_legal_basis"].as_str().unwrap_or("");
        assert!(
            basis.contains("Pasal 44") && basis.contains("UU 24/2013"),
            "{basis}"
        );
    }
}
