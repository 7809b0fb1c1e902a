//! `results.xlsx` of `layak screen` and `layak verval`, read back with calamine: one sheet
//! per output plus a summary, every value a text cell equal to the CSV's (a count layak
//! wrote, such as a line number or a rank, a number), row counts equal to the CSVs', the
//! reasons in words beside the rule ids, and continuation sheets past a sheet's row limit.

use calamine::{open_workbook, Data, Reader, Xlsx};
use layak::messages::workbook::reason_words;
use layak::rules::RuleId;
use layak::workbook::{Kind, ResultsWorkbook};
use layak::Lang;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

const DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/screen/");

fn out_dir(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("layak-workbook-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    d
}

fn screen(input: &Path, dir: &Path, extra: &[&str]) {
    let o = Command::new(env!("CARGO_BIN_EXE_layak"))
        .args([
            "screen",
            input.to_str().unwrap(),
            "--out",
            dir.to_str().unwrap(),
        ])
        .args(["--as-of", "2025-06-01", "--quiet"])
        .args(extra)
        .stdin(Stdio::null())
        .output()
        .expect("run layak");
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
}

/// The records of a CSV output, header first, without the BOM.
fn csv_records(path: &Path, delimiter: u8) -> Vec<Vec<String>> {
    let mut r = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(delimiter)
        .from_path(path)
        .unwrap();
    let mut out: Vec<Vec<String>> = r
        .records()
        .map(|x| x.unwrap().iter().map(str::to_string).collect())
        .collect();
    if let Some(h) = out.first_mut().and_then(|h| h.first_mut()) {
        *h = h.trim_start_matches('\u{feff}').to_string();
    }
    out
}

fn cell_text(d: &Data) -> Option<&str> {
    match d {
        Data::String(s) => Some(s),
        _ => None,
    }
}

/// The columns layak writes as counts, which the workbook holds as numbers.
const NUMBERS: &[&str] = &[
    "line",
    "rank",
    "report_days",
    "benefit_total",
    "payment_working_days",
    "reports",
];

/// The words of one reason id of a `kind` run's `output`.
fn words_of(kind: Kind, output: &str, id: &str, lang: Lang) -> String {
    match kind {
        Kind::Screen => {
            reason_words(RuleId::parse(id).unwrap(), output != "ineligible", lang).to_string()
        }
        Kind::Verval => layak::verval::words::reason_words(id, lang).to_string(),
    }
}

/// A run's outputs compared with its workbook cell by cell.
fn compare(dir: &Path, kind: Kind, delimiter: u8, lang: Lang) {
    let mut book: Xlsx<_> = open_workbook(dir.join("results.xlsx")).unwrap();
    let names = book.sheet_names();
    let summary = match lang {
        Lang::Id => "ringkasan",
        Lang::En => "summary",
    };
    let mut expected_sheets = vec![summary];
    expected_sheets.extend(kind.outputs());
    assert_eq!(names, expected_sheets, "sheets");
    for &output in kind.outputs() {
        let csv = csv_records(&dir.join(format!("{output}.csv")), delimiter);
        let range = book.worksheet_range(output).unwrap();
        let rows: Vec<&[Data]> = range.rows().collect();
        // Row counts equal, header included.
        assert_eq!(rows.len(), csv.len().max(1), "{output} rows");
        if csv.is_empty() {
            continue;
        }
        let head = &csv[0];
        // The columns of rule ids, each followed in the sheet by the words.
        let reason_columns: &[&str] = match (kind, output) {
            (_, "errors") | (Kind::Verval, "claims" | "deaths-unmatched") => &[],
            (Kind::Screen, _) => &["reasons"],
            (Kind::Verval, _) => &["reasons", "ends_because"],
        };
        let mut reasons_at: Vec<usize> = reason_columns
            .iter()
            .filter_map(|c| head.iter().rposition(|h| h == c))
            .collect();
        reasons_at.sort_unstable();
        for (sheet_row, csv_row) in rows.iter().zip(&csv) {
            let mut cells: Vec<&Data> = sheet_row.iter().collect();
            let words: Vec<Option<&Data>> = reasons_at
                .iter()
                .rev()
                .map(|&r| (r + 1 < cells.len()).then(|| cells.remove(r + 1)))
                .collect();
            for (i, value) in csv_row.iter().enumerate() {
                let got = cells.get(i).copied().unwrap_or(&Data::Empty);
                let name = head.get(i).map_or("", String::as_str);
                let number = NUMBERS.contains(&name)
                    && head.iter().rposition(|h| h == name) == Some(i)
                    && csv_row != head
                    && value.bytes().all(|b| b.is_ascii_digit())
                    && (value == "0" || !value.starts_with('0'));
                if value.is_empty() {
                    assert!(matches!(got, Data::Empty), "{got:?}");
                } else if number {
                    // A count layak wrote is a number.
                    assert_eq!(got, &Data::Float(value.parse().unwrap()), "{output}");
                } else {
                    // Every other value is a text cell holding exactly the CSV's text: a
                    // NIK keeps its 16 digits, a code its leading zeros.
                    assert_eq!(cell_text(got), Some(value.as_str()), "{output}");
                }
            }
            if csv_row == head {
                continue;
            }
            // The words name each rule of the ids, in the run's language.
            for (&r, words) in reasons_at.iter().rev().zip(words) {
                let expected: Vec<String> = csv_row[r]
                    .split(';')
                    .filter(|s| !s.is_empty())
                    .map(|id| words_of(kind, output, id, lang))
                    .collect();
                let got = words.and_then(cell_text).unwrap_or("");
                assert_eq!(got, expected.join("; "), "{output}");
            }
        }
    }
}

fn generated(rows: u64, name: &str) -> PathBuf {
    let path =
        std::env::temp_dir().join(format!("layak-workbook-{}-{name}.csv", std::process::id()));
    let mut f = std::fs::File::create(&path).unwrap();
    layak::gen::write_csv(
        &mut f,
        &layak::gen::GenOptions {
            rows,
            seed: 14,
            as_of: chrono::NaiveDate::from_ymd_opt(2025, 6, 1).unwrap(),
        },
    )
    .unwrap();
    path
}

#[test]
fn generated_rows_read_back_cell_by_cell() {
    let input = generated(3000, "gen");
    let dir = out_dir("gen");
    screen(&input, &dir, &[]);
    // Every output has rows, so every kind of row is compared.
    for o in ["eligible", "ineligible", "review"] {
        assert!(
            csv_records(&dir.join(format!("{o}.csv")), b',').len() > 10,
            "{o}"
        );
    }
    compare(&dir, Kind::Screen, b',', Lang::Id);
    let _ = std::fs::remove_file(input);
}

#[test]
fn english_semicolons_and_unreadable_rows() {
    for (file, d) in [
        ("semicolon.csv", b';'),
        ("ragged.csv", b','),
        ("bad_quotes.csv", b','),
    ] {
        let dir = out_dir(file);
        screen(&Path::new(DIR).join(file), &dir, &["--lang", "en"]);
        compare(&dir, Kind::Screen, d, Lang::En);
    }
}

#[test]
fn a_line_longer_than_a_cell_is_cut_not_refused() {
    let dir = out_dir("long");
    screen(&Path::new(DIR).join("long_field.csv"), &dir, &[]);
    let mut book: Xlsx<_> = open_workbook(dir.join("results.xlsx")).unwrap();
    let eligible = book.worksheet_range("eligible").unwrap();
    let longest = eligible
        .rows()
        .flat_map(|r| r.iter())
        .filter_map(cell_text)
        .map(|s| s.chars().count())
        .max()
        .unwrap();
    assert!(longest <= 32_767, "{longest}");
}

#[test]
fn no_xlsx_leaves_it_out() {
    let dir = out_dir("none");
    screen(&Path::new(DIR).join("bom_crlf.csv"), &dir, &["--no-xlsx"]);
    assert!(dir.join("eligible.csv").exists());
    assert!(!dir.join("results.xlsx").exists());
}

#[test]
fn a_run_over_the_default_row_count_writes_the_workbook_only_when_asked() {
    let rows = layak::workbook::CLI_DEFAULT_MAX_ROWS + 1;
    let input = generated(rows, "big");
    let dir = out_dir("big");
    screen(&input, &dir, &[]);
    assert!(dir.join("eligible.csv").exists());
    assert!(!dir.join("results.xlsx").exists());
    // A second run that asks for it replaces the CSVs and adds the workbook in one commit;
    // the first run's files (no workbook) are kept in sebelumnya/.
    let small = generated(50, "small");
    screen(&small, &dir, &["--xlsx"]);
    assert!(dir.join("results.xlsx").exists());
    assert!(!dir.join("sebelumnya").join("results.xlsx").exists());
    // And a run that leaves it out does not leave the previous workbook beside new CSVs.
    screen(&small, &dir, &["--no-xlsx"]);
    assert!(!dir.join("results.xlsx").exists());
    assert!(dir.join("sebelumnya").join("results.xlsx").exists());
}

#[test]
fn a_long_output_continues_on_numbered_sheets() {
    let input = generated(400, "parts");
    let dir = out_dir("parts");
    screen(&input, &dir, &["--no-xlsx"]);
    let summary: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join("summary.json")).unwrap()).unwrap();
    let mut book = ResultsWorkbook::new(Kind::Screen, &summary, Lang::Id).unwrap();
    // 11 rows a sheet: the header and 10 data rows.
    book.set_sheet_rows(11);
    let eligible = csv_records(&dir.join("eligible.csv"), b',');
    let n = eligible.len() as u64 - 1;
    assert!(n > 20, "{n}");
    for o in Kind::Screen.outputs() {
        let f = std::fs::File::open(dir.join(format!("{o}.csv"))).unwrap();
        book.add_output(o, f).unwrap();
    }
    assert_eq!(book.rows("eligible"), n);
    let path = dir.join("parts.xlsx");
    std::fs::write(&path, book.into_bytes().unwrap()).unwrap();
    let mut x: Xlsx<_> = open_workbook(&path).unwrap();
    let parts: Vec<String> = x
        .sheet_names()
        .into_iter()
        .filter(|s| s.starts_with("eligible"))
        .collect();
    assert_eq!(parts.len() as u64, n.div_ceil(10));
    assert_eq!(parts[1], "eligible (2)");
    let mut total = 0;
    let mut nik_column_rows = Vec::new();
    for p in &parts {
        let r = x.worksheet_range(p).unwrap();
        let rows: Vec<_> = r.rows().collect();
        // Each part repeats the header.
        assert_eq!(cell_text(&rows[0][0]), Some("nik"));
        assert!(rows.len() <= 11);
        total += rows.len() as u64 - 1;
        nik_column_rows.extend(
            rows[1..]
                .iter()
                .map(|r| cell_text(&r[0]).unwrap().to_string()),
        );
    }
    assert_eq!(total, n);
    // In order, none lost, none repeated.
    let expected: Vec<String> = eligible[1..].iter().map(|r| r[0].clone()).collect();
    assert_eq!(nik_column_rows, expected);
    let _ = std::fs::remove_file(input);
}

/// The golden verval round (every outcome and reason, deaths, candidates within and beyond
/// the quota) written to files, and `layak verval` run on them.
fn verval(dir: &Path, extra: &[&str]) -> serde_json::Value {
    let case: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/golden/verval/dander-round.json"
        ))
        .unwrap(),
    )
    .unwrap();
    let inputs = dir.with_extension("in");
    let _ = std::fs::remove_dir_all(&inputs);
    std::fs::create_dir_all(&inputs).unwrap();
    let file = |name: &str, text: &str| {
        let p = inputs.join(name);
        std::fs::write(&p, text).unwrap();
        p.to_str().unwrap().to_string()
    };
    let mut args = vec![
        "verval".to_string(),
        "--enrolled".into(),
        file("peserta.csv", case["enrolled"].as_str().unwrap()),
        "--candidates".into(),
        file("calon.csv", case["candidates"].as_str().unwrap()),
        "--verval-params".into(),
        file("verval.json", &case["verval_params"].to_string()),
        "--as-of".into(),
        case["as_of"].as_str().unwrap().into(),
        "--quiet".into(),
        "--out".into(),
        dir.to_str().unwrap().into(),
    ];
    for (i, d) in case["deaths"].as_array().unwrap().iter().enumerate() {
        args.push("--deaths".into());
        args.push(file(&format!("kematian{i}.csv"), d.as_str().unwrap()));
    }
    args.extend(extra.iter().map(|s| s.to_string()));
    let o = Command::new(env!("CARGO_BIN_EXE_layak"))
        .args(&args)
        .stdin(Stdio::null())
        .output()
        .expect("run layak");
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    case
}

#[test]
fn verval_writes_the_workbook_of_every_output_with_the_round_in_its_summary() {
    let dir = out_dir("verval");
    let case = verval(&dir, &[]);
    compare(&dir, Kind::Verval, b',', Lang::Id);
    // The outputs that decide a family's cover all have rows in this round, so their cells
    // were compared above.
    for o in [
        "stay",
        "leave",
        "review",
        "claims",
        "admit",
        "waitlist",
        "not-admitted",
    ] {
        assert!(
            csv_records(&dir.join(format!("{o}.csv")), b',').len() > 1,
            "{o}"
        );
    }
    // The summary sheet gives the round's counts as the golden case expects them.
    let mut book: Xlsx<_> = open_workbook(dir.join("results.xlsx")).unwrap();
    let summary = book.worksheet_range("ringkasan").unwrap();
    let value = |label: &str| {
        summary
            .rows()
            .find(|r| cell_text(&r[0]) == Some(label))
            .and_then(|r| match r.get(1) {
                Some(Data::Float(n)) => Some(*n as u64),
                _ => None,
            })
    };
    let expect = &case["expect"]["summary"];
    assert_eq!(value("Tetap"), expect["enrolled.stay"].as_u64());
    assert_eq!(value("Keluar"), expect["enrolled.leave"].as_u64());
    assert_eq!(value("Peserta diperiksa"), expect["enrolled.rows"].as_u64());
    // The reason a participant leaves, in words beside its id.
    let died = summary
        .rows()
        .find(|r| cell_text(&r[0]) == Some("status.died"))
        .expect("status.died among the reasons");
    assert_eq!(cell_text(&died[1]), Some("meninggal dunia"));

    // --no-xlsx leaves it out, and the previous run's workbook goes to sebelumnya/ rather
    // than staying beside the new CSVs.
    verval(&dir, &["--no-xlsx", "--lang", "en"]);
    assert!(!dir.join("results.xlsx").exists());
    assert!(dir.join("sebelumnya").join("results.xlsx").exists());
    // In English the summary sheet is named so.
    verval(&dir, &["--lang", "en"]);
    let book: Xlsx<_> = open_workbook(dir.join("results.xlsx")).unwrap();
    assert_eq!(book.sheet_names()[0], "summary");
}
