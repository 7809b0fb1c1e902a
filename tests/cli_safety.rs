//! `layak screen` never loses, half-writes or overwrites results (docs/screening-safety.md):
//! runs killed at seeded points, killed inside their commit, failing on their input,
//! finding the disk full; inputs that are outputs; links at output names; two runs at once;
//! enrolled lists as XLSX and as garbage; hostile files under a memory limit.

mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::Duration;

const BIN: &str = env!("CARGO_BIN_EXE_layak");
const DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/screen/");
const CSVS: [(&str, &str); 4] = [
    ("eligible.csv", "eligible"),
    ("ineligible.csv", "ineligible"),
    ("review.csv", "review"),
    ("errors.csv", "errors"),
];

fn tmp(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("layak-safety-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

fn layak(args: &[&str], env: &[(&str, &str)]) -> Output {
    Command::new(BIN)
        .args(args)
        .envs(env.iter().copied())
        .stdin(Stdio::null())
        .output()
        .expect("run layak")
}

/// The arguments of a quiet screening of `input` into `out` on the tests' as-of date, to run
/// (`screen`), start and kill (`screen_command`) or run under `prlimit`.
fn screen_args(input: &Path, out: &Path) -> Vec<std::ffi::OsString> {
    let mut a: Vec<std::ffi::OsString> = vec!["screen".into(), input.into(), "--out".into()];
    a.push(out.into());
    a.extend(["--as-of", "2025-06-01", "--quiet"].map(Into::into));
    a
}

fn screen_command(input: &Path, out: &Path) -> Command {
    let mut c = Command::new(BIN);
    c.args(screen_args(input, out));
    c
}

fn screen(input: &Path, out: &Path, extra: &[&str], env: &[(&str, &str)]) -> Output {
    screen_command(input, out)
        .args(extra)
        .envs(env.iter().copied())
        .stdin(Stdio::null())
        .output()
        .expect("run layak")
}

fn gen(rows: u32, seed: u32, path: &Path) {
    let o = layak(
        &[
            "gen",
            "--rows",
            &rows.to_string(),
            "--seed",
            &seed.to_string(),
            "--as-of",
            "2025-06-01",
            "--out",
            path.to_str().unwrap(),
        ],
        &[],
    );
    assert!(o.status.success(), "{}", common::stderr(&o));
}

/// The state of an output folder: `None` when it holds no `summary.json`; otherwise the
/// summary's row count, after checking that every CSV holds exactly the rows the summary
/// counts (so the files and the summary are of one run).
fn complete_rows(dir: &Path) -> Option<u64> {
    let text = std::fs::read_to_string(dir.join("summary.json")).ok()?;
    let s: serde_json::Value = serde_json::from_str(&text).expect("summary.json is whole JSON");
    for (f, k) in CSVS {
        let lines = std::fs::read_to_string(dir.join(f))
            .unwrap_or_else(|e| panic!("{f} missing beside summary.json: {e}"))
            .lines()
            .count() as u64;
        assert_eq!(
            Some(lines - 1),
            s[k].as_u64(),
            "{f} does not match summary.json"
        );
    }
    s["rows"].as_u64()
}

fn snapshot(dir: &Path) -> Vec<Vec<u8>> {
    CSVS.iter()
        .map(|(f, _)| f)
        .chain(["summary.json"].iter())
        .map(|f| std::fs::read(dir.join(f)).unwrap_or_default())
        .collect()
}

fn work_dirs(dir: &Path) -> Vec<String> {
    std::fs::read_dir(dir)
        .unwrap()
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| n.starts_with(".layak-run-"))
        .collect()
}

/// Kills a run at seeded points, from its start to its end: the folder holds either the
/// previous complete results (byte for byte) or the new complete ones, never a mix, and
/// the next run tidies what the killed one left.
#[test]
fn a_run_killed_at_any_point_leaves_the_previous_or_the_new_results() {
    let d = tmp("kill");
    let (small, big) = (d.join("small.csv"), d.join("big.csv"));
    gen(500, 1, &small);
    gen(150_000, 7, &big);
    let out = d.join("hasil");
    assert!(screen(&small, &out, &[], &[]).status.success());
    let before = snapshot(&out);
    // How long a whole run takes here, to spread the kill points over it.
    let t = std::time::Instant::now();
    assert!(screen(&big, &d.join("timing"), &[], &[]).status.success());
    let whole = t.elapsed();
    let mut seed = 0x2545_f491_u64;
    let (mut old, mut new) = (0, 0);
    for _ in 0..8 {
        seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
        let at = whole.mul_f64((seed >> 33) as f64 / (1u64 << 31) as f64 * 1.1);
        let mut child = screen_command(&big, &out)
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(at);
        let _ = child.kill(); // SIGKILL
        let _ = child.wait();
        match complete_rows(&out) {
            Some(500) => {
                assert_eq!(snapshot(&out), before, "killed at {at:?}");
                old += 1;
            }
            Some(150_000) => new += 1,
            other => panic!("killed at {at:?}: the folder holds {other:?} rows"),
        }
        // Back to the previous results for the next kill.
        assert!(screen(&small, &out, &[], &[]).status.success());
        assert!(
            work_dirs(&out).is_empty(),
            "a run tidies what a killed one left"
        );
    }
    eprintln!("kills that left the previous results: {old}, the new ones: {new}");
}

/// A run killed inside its commit, at each of its steps: the folder may lack
/// `summary.json` for that moment (it is moved last), never holds a summary that does not
/// match its files, and the next run into the folder finishes the commit.
#[test]
fn a_run_killed_inside_its_commit_is_finished_by_the_next_run() {
    let d = tmp("commit");
    let (a, b) = (d.join("a.csv"), d.join("b.csv"));
    gen(300, 1, &a);
    gen(700, 2, &b);
    for step in 1..=12 {
        let out = d.join(format!("hasil-{step}"));
        assert!(screen(&a, &out, &[], &[]).status.success());
        let step_s = format!("commit:{step}");
        let o = screen(&b, &out, &[], &[("LAYAK_FAULT_ABORT", &step_s)]);
        let state = complete_rows(&out);
        assert!(
            matches!(state, None | Some(300) | Some(700)),
            "step {step}: {state:?}"
        );
        // Any next run (even one that fails on its input at once) finishes the commit.
        let next = screen(&d.join("nope.csv"), &out, &[], &[]);
        assert_eq!(next.status.code(), Some(2));
        assert!(
            o.status.code() != Some(2),
            "step {step}: {}",
            common::stderr(&o)
        );
        assert_eq!(complete_rows(&out), Some(700), "step {step}");
        assert_eq!(
            complete_rows(&out.join("sebelumnya")),
            Some(300),
            "step {step}"
        );
        assert!(work_dirs(&out).is_empty());
    }
}

#[test]
fn a_failing_input_or_a_full_disk_leaves_the_previous_results_and_says_so() {
    let d = tmp("fail");
    let good = d.join("good.csv");
    gen(400, 3, &good);
    let out = d.join("hasil");
    assert!(screen(&good, &out, &[], &[]).status.success());
    let before = snapshot(&out);
    let no_nik = format!("{DIR}no_nik.csv");
    let empty = format!("{DIR}empty.csv");
    // A workbook cut short (its directory lost) and one without a nik column.
    let whole = std::fs::read(format!("{DIR}numeric_and_dates.xlsx")).unwrap();
    let cut = d.join("cut.xlsx");
    std::fs::write(&cut, &whole[..whole.len() / 2]).unwrap();
    let no_nik_xlsx = d.join("no_nik.xlsx");
    write_xlsx(&no_nik_xlsx, "nama", &["Ani", "Budi"]);
    let cases: Vec<(PathBuf, Vec<(&str, &str)>)> = vec![
        (cut, vec![]),
        (no_nik_xlsx, vec![]),
        (
            PathBuf::from(format!("{DIR}numeric_and_dates.xlsx")),
            vec![("LAYAK_FAULT_WRITE_AFTER", "300")],
        ),
        (d.join("missing.csv"), vec![]),
        (PathBuf::from(&no_nik), vec![]),
        (PathBuf::from(&empty), vec![]),
        (good.clone(), vec![("LAYAK_FAULT_WRITE_AFTER", "5000")]),
        (good.clone(), vec![("LAYAK_FAULT_WRITE_AFTER", "0")]),
    ];
    for (input, env) in cases {
        let o = screen(&input, &out, &[], &env);
        assert_eq!(o.status.code(), Some(2), "{input:?} {env:?}");
        let err = common::stderr(&o);
        assert_eq!(err.lines().count(), 1, "one line: {err}");
        assert!(err.contains("tidak berubah"), "{err}");
        assert_eq!(snapshot(&out), before, "{input:?} {env:?}");
        assert!(work_dirs(&out).is_empty(), "partial work removed");
    }
}

#[test]
fn an_empty_input_exits_2() {
    let d = tmp("empty");
    let o = screen(
        &PathBuf::from(format!("{DIR}empty.csv")),
        &d.join("h"),
        &[],
        &[],
    );
    assert_eq!(o.status.code(), Some(2), "{}", common::stderr(&o));
    assert!(!d.join("h/summary.json").exists());
}

#[test]
fn an_input_that_is_an_output_is_refused_and_left_whole() {
    let d = tmp("inside");
    let out = d.join("hasil");
    let input = d.join("in.csv");
    gen(300, 4, &input);
    assert!(screen(&input, &out, &[], &[]).status.success());
    for name in ["eligible.csv", "summary.json", "sebelumnya/review.csv"] {
        if name.starts_with("sebelumnya") {
            assert!(screen(&input, &out, &[], &[]).status.success());
        }
        let p = out.join(name);
        let bytes = std::fs::read(&p).unwrap();
        let o = screen(&p, &out, &[], &[]);
        assert_eq!(o.status.code(), Some(2), "{name}");
        assert_eq!(std::fs::read(&p).unwrap(), bytes, "{name} untouched");
    }
    // The enrolled list and the parameter file are protected alike.
    let elig = out.join("eligible.csv");
    let o = screen(&input, &out, &["--enrolled", elig.to_str().unwrap()], &[]);
    assert_eq!(o.status.code(), Some(2));
    // A file elsewhere in the folder is an ordinary input.
    let inside = out.join("calon.csv");
    std::fs::copy(&input, &inside).unwrap();
    assert!(screen(&inside, &out, &[], &[]).status.success());
}

#[cfg(unix)]
#[test]
fn links_at_output_names_are_replaced_never_written_through() {
    let d = tmp("links");
    let out = d.join("hasil");
    std::fs::create_dir_all(&out).unwrap();
    let input = d.join("in.csv");
    gen(300, 5, &input);
    let precious = d.join("precious.txt");
    std::fs::write(&precious, "keep me").unwrap();
    let input_bytes = std::fs::read(&input).unwrap();
    std::os::unix::fs::symlink(&precious, out.join("eligible.csv")).unwrap();
    std::os::unix::fs::symlink(&input, out.join("review.csv")).unwrap();
    std::os::unix::fs::symlink(&precious, out.join(".layak.lock")).unwrap();
    let o = screen(&input, &out, &[], &[]);
    assert!(o.status.success(), "{}", common::stderr(&o));
    assert_eq!(std::fs::read_to_string(&precious).unwrap(), "keep me");
    assert_eq!(std::fs::read(&input).unwrap(), input_bytes);
    for f in ["eligible.csv", "review.csv"] {
        assert!(
            std::fs::symlink_metadata(out.join(f)).unwrap().is_file(),
            "{f}"
        );
    }
    assert_eq!(complete_rows(&out), Some(300));
}

#[test]
fn a_second_run_into_a_folder_in_use_is_refused_naming_the_first() {
    let d = tmp("two");
    let (big, small) = (d.join("big.csv"), d.join("small.csv"));
    gen(150_000, 6, &big);
    gen(100, 6, &small);
    let out = d.join("hasil");
    let mut first = screen_command(&big, &out).spawn().unwrap();
    // Wait until the first run holds the lock (its working folder exists).
    let t = std::time::Instant::now();
    while !out.exists() || work_dirs(&out).is_empty() {
        assert!(
            t.elapsed() < Duration::from_secs(60),
            "the first run never started"
        );
        std::thread::sleep(Duration::from_millis(5));
    }
    let o = screen(&small, &out, &[], &[]);
    let still_running = first.try_wait().unwrap().is_none();
    assert!(first.wait().unwrap().success());
    if still_running {
        assert_eq!(o.status.code(), Some(2));
        let err = common::stderr(&o);
        assert!(err.contains(&format!("pid {}", first.id())), "{err}");
        assert_eq!(err.lines().count(), 1);
    }
    assert!(matches!(complete_rows(&out), Some(150_000) | Some(100)));
}

#[test]
fn an_enrolled_list_as_xlsx_is_read_and_garbage_is_refused() {
    let d = tmp("enrolled");
    let input = d.join("in.csv");
    gen(2000, 8, &input);
    // An XLSX list of the first 300 NIKs of the input, as text cells.
    let text = std::fs::read_to_string(&input).unwrap();
    let niks: Vec<&str> = text
        .lines()
        .skip(1)
        .filter_map(|l| l.split(',').next())
        .filter(|n| n.len() == 16 && n.bytes().all(|b| b.is_ascii_digit()))
        .take(300)
        .collect();
    let list = d.join("peserta.xlsx");
    write_xlsx(&list, "nik", &niks);
    let out = d.join("hasil");
    let o = layak(
        &[
            "screen",
            input.to_str().unwrap(),
            "--out",
            out.to_str().unwrap(),
            "--as-of",
            "2025-06-01",
            "--enrolled",
            list.to_str().unwrap(),
        ],
        &[],
    );
    assert!(o.status.success(), "{}", common::stderr(&o));
    let s: serde_json::Value =
        serde_json::from_slice(&std::fs::read(out.join("summary.json")).unwrap()).unwrap();
    let distinct: std::collections::HashSet<_> = niks.iter().collect();
    assert_eq!(s["enrolled_niks"].as_u64(), Some(distinct.len() as u64));
    assert_eq!(s["enrolled_unusable"].as_u64(), Some(0));
    assert!(
        s["by_reason"]["enrolment.not_enrolled"].as_u64() >= Some(250),
        "{}",
        s["by_reason"]
    );
    assert!(common::stdout(&o).contains(&distinct.len().to_string()));
    // Random bytes, and a CSV without any NIK: an error, the previous results kept.
    let before = snapshot(&out);
    let garbage = d.join("garbage.bin");
    let bytes: Vec<u8> = (0..20_000u32)
        .map(|i| (i.wrapping_mul(2_654_435_761) >> 24) as u8)
        .collect();
    std::fs::write(&garbage, bytes).unwrap();
    let words = d.join("words.csv");
    std::fs::write(&words, "nik\nbelum ada\n12345\n").unwrap();
    for bad in [&garbage, &words] {
        let o = screen(&input, &out, &["--enrolled", bad.to_str().unwrap()], &[]);
        assert_eq!(o.status.code(), Some(2), "{bad:?}");
        assert!(common::stderr(&o).contains("NIK"), "{}", common::stderr(&o));
        assert_eq!(snapshot(&out), before);
    }
}

/// A minimal workbook: one sheet, one column headed `head`, the values as inline strings;
/// `extra` is written raw into the sheet after the rows (for hostile cells).
fn write_xlsx(path: &Path, head: &str, values: &[&str]) {
    write_xlsx_parts(path, head, values, &mut |_| {}, None);
}

type PartWriter<'a> = &'a mut dyn FnMut(&mut dyn std::io::Write);

fn write_xlsx_parts(
    path: &Path,
    head: &str,
    values: &[&str],
    extra_rows: PartWriter<'_>,
    shared: Option<PartWriter<'_>>,
) {
    use std::io::Write;
    use zip::write::SimpleFileOptions;
    let f = std::fs::File::create(path).unwrap();
    let mut z = zip::ZipWriter::new(f);
    let opt = SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .large_file(true);
    let part = |z: &mut zip::ZipWriter<std::fs::File>, name: &str, text: &str| {
        z.start_file(name, opt).unwrap();
        z.write_all(text.as_bytes()).unwrap();
    };
    part(
        &mut z,
        "[Content_Types].xml",
        r#"<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>"#,
    );
    part(
        &mut z,
        "_rels/.rels",
        r#"<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"#,
    );
    part(
        &mut z,
        "xl/workbook.xml",
        r#"<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>"#,
    );
    let shared_rel = if shared.is_some() {
        r#"<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>"#
    } else {
        ""
    };
    part(
        &mut z,
        "xl/_rels/workbook.xml.rels",
        &format!(
            r#"<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>{shared_rel}</Relationships>"#
        ),
    );
    z.start_file("xl/worksheets/sheet1.xml", opt).unwrap();
    let mut sheet = String::from(
        r#"<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>"#,
    );
    sheet.push_str(&format!(
        r#"<row r="1"><c r="A1" t="inlineStr"><is><t>{head}</t></is></c></row>"#
    ));
    for (i, v) in values.iter().enumerate() {
        let r = i + 2;
        sheet.push_str(&format!(
            r#"<row r="{r}"><c r="A{r}" t="inlineStr"><is><t>{v}</t></is></c></row>"#
        ));
    }
    z.write_all(sheet.as_bytes()).unwrap();
    extra_rows(&mut z);
    z.write_all(b"</sheetData></worksheet>").unwrap();
    if let Some(shared) = shared {
        z.start_file("xl/sharedStrings.xml", opt).unwrap();
        shared(&mut z);
    }
    z.finish().unwrap();
}

/// Runs `layak screen` with its address space limited to `mb` (util-linux `prlimit`), so
/// any allocation past the bound fails; `None` where `prlimit` is missing.
fn screen_limited(mb: u64, input: &Path, out: &Path) -> Option<Output> {
    let o = Command::new("prlimit")
        .arg(format!("--as={}", mb << 20))
        .arg(BIN)
        .args(screen_args(input, out))
        .output()
        .ok()?;
    Some(o)
}

/// The stated bound (docs/screening-safety.md): a hostile file is refused or screened
/// within 128 MB of address space, with a clear one-line error, never an abort.
const BOUND_MB: u64 = 128;

#[test]
fn hostile_files_stay_under_the_memory_bound() {
    let d = tmp("hostile");
    // A 2 MB workbook whose one cell inflates to 1 GiB.
    let bomb = d.join("bomb.xlsx");
    let mut cell = |z: &mut dyn std::io::Write| {
        z.write_all(br#"<row r="9"><c r="A9" t="inlineStr"><is><t>"#)
            .unwrap();
        let block = vec![b'7'; 1 << 20];
        for _ in 0..1024 {
            z.write_all(&block).unwrap();
        }
        z.write_all(b"</t></is></c></row>").unwrap();
    };
    write_xlsx_parts(&bomb, "nik", &["3522061205800001"], &mut cell, None);
    // A workbook with 5 million empty shared strings.
    let strings = d.join("strings.xlsx");
    let mut table = |z: &mut dyn std::io::Write| {
        z.write_all(br#"<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">"#).unwrap();
        let block = b"<si><t/></si>".repeat(100_000);
        for _ in 0..50 {
            z.write_all(&block).unwrap();
        }
        z.write_all(b"</sst>").unwrap();
    };
    write_xlsx_parts(&strings, "nik", &[], &mut |_| {}, Some(&mut table));
    // A header and 10 million blank lines.
    let blank = d.join("blank.csv");
    let mut text = b"nik,nama\n".to_vec();
    text.resize(text.len() + 10_000_000, b'\n');
    std::fs::write(&blank, text).unwrap();
    assert!(std::fs::metadata(&bomb).unwrap().len() < 4 << 20);
    for (file, code_word) in [
        (&bomb, Some("32.767")),
        (&strings, Some("4000000")),
        (&blank, None),
    ] {
        let Some(o) = screen_limited(BOUND_MB, file, &d.join("out")) else {
            eprintln!("prlimit is not installed: the memory bound is not checked");
            return;
        };
        let err = common::stderr(&o);
        match code_word {
            Some(word) => {
                assert_eq!(o.status.code(), Some(2), "{file:?}: {err}");
                assert!(err.contains(word), "{file:?}: {err}");
                assert_eq!(err.lines().count(), 1, "{err}");
            }
            None => {
                assert_eq!(o.status.code(), Some(0), "{file:?}: {err}");
                let s: serde_json::Value =
                    serde_json::from_slice(&std::fs::read(d.join("out/summary.json")).unwrap())
                        .unwrap();
                assert_eq!(s["rows"], 0);
                assert_eq!(s["empty_lines"], 10_000_000);
            }
        }
    }
}

#[test]
fn writing_to_a_full_device_or_a_closed_pipe_never_panics() {
    let d = tmp("stdout");
    let input = d.join("in.csv");
    gen(50, 9, &input);
    let full = |args: &[&str]| {
        let o = Command::new(BIN)
            .args(args)
            .stdin(Stdio::null())
            .stdout(std::fs::File::create("/dev/full").unwrap())
            .output()
            .unwrap();
        (o.status.code(), common::stderr(&o))
    };
    if Path::new("/dev/full").exists() {
        let out = d.join("h");
        for args in [
            vec![
                "screen",
                input.to_str().unwrap(),
                "--out",
                out.to_str().unwrap(),
            ],
            vec!["gen", "--rows", "10"],
            vec!["params"],
            vec!["regions"],
            vec!["catalogue"],
            vec!["nik", "3522061205800001"],
            vec!["kk", "3522060101100003"],
            vec!["--help"],
        ] {
            let (code, err) = full(&args);
            assert_eq!(code, Some(2), "{args:?}: {err}");
            assert_eq!(err.lines().count(), 1, "{args:?}: {err}");
            assert!(!err.contains("panicked"), "{err}");
        }
    }
    // A reader that stops at once: `layak gen | head -c 1`.
    let mut child = Command::new(BIN)
        .args(["gen", "--rows", "200000"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    {
        use std::io::Read;
        let mut one = [0u8; 1];
        child.stdout.take().unwrap().read_exact(&mut one).unwrap();
    } // the pipe closes here
    let o = child.wait_with_output().unwrap();
    assert_eq!(o.status.code(), Some(0), "{}", common::stderr(&o));
    assert!(o.stderr.is_empty(), "{}", common::stderr(&o));
}

/// The smaller items of the issue, each as it was found.
#[test]
fn a_valid_json_line_over_64_kib_is_judged_not_called_malformed() {
    let note = "A".repeat(100_000);
    let line = format!(
        r#"{{"nik":"3522061205800001","birth_date":"1980-05-12","sex":"L","program":"rentan","category":"petani","in_poverty_data":true,"name":"{note}"}}"#
    );
    let input = format!("{line}\n{line}\n");
    let o = common::layak(
        &["check", "--json", "--as-of", "2025-06-01"],
        input.as_bytes(),
    );
    let rows = common::json_lines(&o);
    assert_eq!(rows.len(), 2);
    for r in rows {
        assert!(r["decision"].is_string(), "{}", &r.to_string()[..200]);
    }
    // One object pretty-printed over 300,000 lines (several MB) is one applicant.
    let mut pretty = String::from("{\n  \"nik\": \"3522061205800001\",\n  \"notes\": [\n");
    for i in 0..300_000 {
        pretty.push_str(&format!("    \"catatan {i}\",\n"));
    }
    pretty.push_str("    \"akhir\"\n  ]\n}\n");
    let o = common::layak(
        &["check", "--json", "--as-of", "2025-06-01"],
        pretty.as_bytes(),
    );
    assert_eq!(common::json_lines(&o).len(), 1);
}

#[test]
fn placeholder_dates_are_not_judged_as_dates() {
    // A birth date of year 0: sent to review, not judged as 2025 years old.
    let o = common::layak(
        &["check", "--json", "--as-of", "2025-06-01"],
        br#"{"nik":"3522061205800001","birth_date":"0000-01-01","sex":"L","program":"rentan","category":"petani","in_poverty_data":true}"#,
    );
    let r = &common::json_lines(&o)[0];
    assert_eq!(r["decision"], "review", "{r}");
    // A claim completed on 9999-12-31: the date is refused, no deadline in year 10000.
    let claim = br#"{"type":"jkm","death_date":"2025-03-10","reported_date":"2025-03-12","membership_start":"2024-01-15","complete_date":"9999-12-31","relation":"spouse","family":["spouse"],"documents":[]}"#;
    let o = common::layak(&["claim", "--json", "--as-of", "2025-08-01"], claim);
    let text = common::stdout(&o);
    assert!(!text.contains("10000-"), "{text}");
    assert!(text.contains("complete_date"), "{text}");
}

#[test]
fn params_refuses_a_date_it_has_no_values_for_as_check_does() {
    let p = layak(&["params", "--as-of", "1900-01-01"], &[]);
    let c = common::layak(
        &["check", "--as-of", "1900-01-01"],
        br#"{"nik":"3522061205800001"}"#,
    );
    assert_eq!(c.status.code(), Some(2));
    assert_eq!(p.status.code(), Some(2), "{}", common::stderr(&p));
    assert_eq!(common::stderr(&p).lines().count(), 1);
}
