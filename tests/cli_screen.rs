//! `layak screen` from the command line: files written, summary, exit codes (docs/INTERFACE.md §6, §7).

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

const DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/screen/");

fn out_dir(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("layak-cli-screen-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    d
}

fn layak(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_layak"))
        .args(args)
        .stdin(Stdio::null())
        .output()
        .expect("run layak")
}

fn summary(dir: &Path) -> serde_json::Value {
    serde_json::from_str(&std::fs::read_to_string(dir.join("summary.json")).unwrap()).unwrap()
}

/// `layak screen INPUT --out DIR --as-of 2025-06-01 EXTRA...`, which must succeed.
fn screen_ok(input: &str, dir: &Path, extra: &[&str]) -> std::process::Output {
    let mut args = vec![
        "screen",
        input,
        "--out",
        dir.to_str().unwrap(),
        "--as-of",
        "2025-06-01",
    ];
    args.extend_from_slice(extra);
    let o = layak(&args);
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    o
}

#[test]
fn csv_in_four_files_and_a_summary_out() {
    let dir = out_dir("csv");
    let o = screen_ok(&format!("{DIR}bom_crlf.csv"), &dir, &[]);
    for f in [
        "eligible.csv",
        "ineligible.csv",
        "review.csv",
        "errors.csv",
        "summary.json",
    ] {
        assert!(dir.join(f).exists(), "{f}");
    }
    let s = summary(&dir);
    assert_eq!(s["rows"], 3);
    assert_eq!(s["eligible"], 1);
    assert_eq!(s["ineligible"], 2);
    assert_eq!(s["by_reason"]["enrolment.not_duplicate"], 1);
    assert_eq!(s["by_district"]["35.22.06"]["name"], "Dander");
    assert_eq!(s["by_district"]["35.22.06"]["rows"], 3);
    let text = String::from_utf8_lossy(&o.stdout);
    assert!(
        text.contains("3 baris diperiksa: 1 layak, 2 tidak layak"),
        "{text}"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn xlsx_by_its_content_not_its_name() {
    let dir = out_dir("xlsx");
    let o = screen_ok(&format!("{DIR}numeric_and_dates.xlsx"), &dir, &["--quiet"]);
    assert!(o.stdout.is_empty(), "--quiet prints nothing");
    let s = summary(&dir);
    assert_eq!(s["format"], "xlsx");
    assert_eq!(s["rows"], 3);
    assert_eq!(s["by_reason"]["identity.nik"], 1);
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn unusable_input_exits_2_with_one_line() {
    let dir = out_dir("bad");
    for input in [
        format!("{DIR}no_nik.csv"),
        format!("{DIR}binary.bin"),
        format!("{DIR}missing.csv"),
    ] {
        let o = layak(&[
            "screen",
            &input,
            "--out",
            dir.to_str().unwrap(),
            "--lang",
            "en",
        ]);
        assert_eq!(o.status.code(), Some(2), "{input}");
        let err = String::from_utf8_lossy(&o.stderr);
        assert_eq!(err.trim_end().lines().count(), 1, "{input}: {err}");
    }
    let o = layak(&[
        "screen",
        &format!("{DIR}no_nik.csv"),
        "--out",
        dir.to_str().unwrap(),
    ]);
    assert!(String::from_utf8_lossy(&o.stderr).contains("kolom NIK"));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn gen_then_screen_accounts_for_every_row() {
    let dir = out_dir("gen");
    std::fs::create_dir_all(&dir).unwrap();
    let input = dir.join("in.csv");
    let g = layak(&[
        "gen",
        "--rows",
        "3000",
        "--seed",
        "5",
        "--as-of",
        "2025-06-01",
        "--out",
        input.to_str().unwrap(),
    ]);
    assert_eq!(g.status.code(), Some(0));
    let out = dir.join("hasil");
    screen_ok(input.to_str().unwrap(), &out, &["--quiet"]);
    let s = summary(&out);
    let total = ["eligible", "ineligible", "review", "errors"]
        .iter()
        .map(|k| s[*k].as_u64().unwrap())
        .sum::<u64>();
    assert_eq!(s["rows"], 3000);
    assert_eq!(total, 3000);
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn mask_hides_the_numbers_and_changes_no_decision() {
    let plain = out_dir("plain");
    let masked = out_dir("masked");
    for (dir, extra) in [(&plain, None), (&masked, Some("--mask"))] {
        let mut args = vec![
            "screen".to_string(),
            format!("{DIR}bom_crlf.csv"),
            "--out".into(),
            dir.to_str().unwrap().into(),
            "--as-of".into(),
            "2025-06-01".into(),
            "--quiet".into(),
        ];
        args.extend(extra.map(str::to_string));
        let o = Command::new(env!("CARGO_BIN_EXE_layak"))
            .args(&args)
            .output()
            .unwrap();
        assert_eq!(o.status.code(), Some(0));
    }
    let read = |d: &PathBuf, f: &str| std::fs::read_to_string(d.join(f)).unwrap();
    for f in ["eligible.csv", "ineligible.csv", "review.csv"] {
        let text = read(&masked, f);
        assert!(
            !text.contains("3522061205800001") && !text.contains("3522060101100003"),
            "{text}"
        );
        assert!(
            !text.contains("1980-05-12") && !text.contains("12/05/1980"),
            "{text}"
        );
        assert_eq!(text.lines().count(), read(&plain, f).lines().count(), "{f}");
    }
    assert!(
        read(&masked, "eligible.csv").contains("352206********01,352206********03,Sutrisno,1980,")
    );
    assert_eq!(
        summary(&masked),
        summary(&plain),
        "the summary holds no number to hide"
    );
    let _ = std::fs::remove_dir_all(&plain);
    let _ = std::fs::remove_dir_all(&masked);
}

#[test]
fn screening_again_into_the_same_folder_replaces_the_outputs_and_leaves_no_copies() {
    let dir = out_dir("again");
    let run = |input: &str| {
        screen_ok(&format!("{DIR}{input}"), &dir, &["--quiet"]);
    };
    run("bom_crlf.csv");
    let first = std::fs::read(dir.join("eligible.csv")).unwrap();
    // What an interrupted run of an earlier version would leave: an output moved aside.
    std::fs::write(dir.join(".review.csv.lama"), "3522060101900001\n").unwrap();
    let mut inputs: Vec<String> = std::fs::read_dir(DIR)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .filter(|n| n.ends_with(".csv") && n != "bom_crlf.csv")
        .collect();
    inputs.sort();
    let second = inputs.first().expect("another CSV in tests/screen");
    run(second);
    let s = summary(&dir);
    let rows = |f: &str| {
        let text = std::fs::read_to_string(dir.join(f)).unwrap();
        text.lines().count() as u64 - 1
    };
    // The files are this run's: their rows are the summary's counts, not the first run's.
    for (f, k) in [
        ("eligible.csv", "eligible"),
        ("ineligible.csv", "ineligible"),
        ("review.csv", "review"),
        ("errors.csv", "errors"),
    ] {
        assert_eq!(Some(rows(f)), s[k].as_u64(), "{f}");
    }
    assert_ne!(std::fs::read(dir.join("eligible.csv")).unwrap(), first);
    let mut left: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    left.sort();
    assert_eq!(
        left,
        [
            ".layak.lock",
            "eligible.csv",
            "errors.csv",
            "ineligible.csv",
            "results.xlsx",
            "review.csv",
            "sebelumnya",
            "summary.json"
        ]
    );
    // The first run's results are kept for one run.
    assert_eq!(
        std::fs::read(dir.join("sebelumnya/eligible.csv")).unwrap(),
        first
    );
}
