//! `results.xlsx`, read back with calamine: one sheet per output plus a summary, every value a
//! text cell equal to the CSV's, row counts equal to the CSVs', the reasons in words beside
//! the rule ids, and continuation sheets past a sheet's row limit.

use calamine::{open_workbook, Data, Reader, Xlsx};
use layak::messages::workbook::reason_words;
use layak::rules::RuleId;
use layak::workbook::{Output, ResultsWorkbook};
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

/// A screening of generated rows (every decision, every rule) compared cell by cell.
fn compare(dir: &Path, delimiter: u8, lang: Lang) {
    let mut book: Xlsx<_> = open_workbook(dir.join("results.xlsx")).unwrap();
    let names = book.sheet_names();
    let summary = match lang {
        Lang::Id => "ringkasan",
        Lang::En => "summary",
    };
    assert_eq!(
        names,
        [summary, "eligible", "ineligible", "review", "errors"],
        "sheets"
    );
    for output in Output::ALL {
        let csv = csv_records(&dir.join(output.file_name()), delimiter);
        let range = book.worksheet_range(output.name()).unwrap();
        let rows: Vec<&[Data]> = range.rows().collect();
        // Row counts equal, header included.
        assert_eq!(rows.len(), csv.len().max(1), "{} rows", output.name());
        let reasons_at = csv[0].iter().position(|h| h == "reasons");
        for (sheet_row, csv_row) in rows.iter().zip(&csv) {
            let mut cells: Vec<&Data> = sheet_row.iter().collect();
            let words = reasons_at.map(|r| cells.remove(r + 1));
            for (i, value) in csv_row.iter().enumerate() {
                let got = cells.get(i).copied().unwrap_or(&Data::Empty);
                if value.is_empty() {
                    assert!(matches!(got, Data::Empty), "{got:?}");
                } else if output == Output::Errors && i == 0 && value != "line" {
                    // The line number is a number.
                    assert_eq!(got, &Data::Float(value.parse().unwrap()));
                } else {
                    // Every other value is a text cell holding exactly the CSV's text: a
                    // NIK keeps its 16 digits, a code its leading zeros.
                    assert_eq!(cell_text(got), Some(value.as_str()), "{}", output.name());
                }
            }
            // The words name each rule of the ids, in the run's language.
            if let (Some(r), Some(words)) = (reasons_at, words) {
                let ids = &csv_row[r];
                if ids == "reasons" {
                    continue;
                }
                let expected: Vec<&str> = ids
                    .split(';')
                    .filter(|s| !s.is_empty())
                    .map(|id| {
                        reason_words(
                            RuleId::parse(id).unwrap(),
                            output != Output::Ineligible,
                            lang,
                        )
                    })
                    .collect();
                let got = cell_text(words).unwrap_or("");
                assert_eq!(got, expected.join("; "));
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
    compare(&dir, b',', Lang::Id);
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
        compare(&dir, d, Lang::En);
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
    let summary: layak::screen::Summary = {
        // The workbook needs the run's summary; rebuild the parts it reads.
        let v: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(dir.join("summary.json")).unwrap())
                .unwrap();
        summary_from_json(&v)
    };
    let mut book = ResultsWorkbook::new(&summary, Lang::Id).unwrap();
    // 11 rows a sheet: the header and 10 data rows.
    book.set_sheet_rows(11);
    let eligible = csv_records(&dir.join("eligible.csv"), b',');
    let n = eligible.len() as u64 - 1;
    assert!(n > 20, "{n}");
    for o in Output::ALL {
        let f = std::fs::File::open(dir.join(o.file_name())).unwrap();
        book.add_output(o, f).unwrap();
    }
    assert_eq!(book.rows(Output::Eligible), n);
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

fn summary_from_json(v: &serde_json::Value) -> layak::screen::Summary {
    let n = |k: &str| v[k].as_u64().unwrap();
    layak::screen::Summary {
        rows: n("rows"),
        eligible: n("eligible"),
        ineligible: n("ineligible"),
        review: n("review"),
        errors: n("errors"),
        empty_lines: n("empty_lines"),
        duplicates: n("duplicates"),
        by_reason: Default::default(),
        by_review: Default::default(),
        by_district: Default::default(),
        as_of: chrono::NaiveDate::from_ymd_opt(2025, 6, 1).unwrap(),
        parameters: v["parameters"].as_str().unwrap().to_string(),
        format: "csv",
        delimiter: Some(",".into()),
        enrolment_source: "none",
        enrolled_niks: None,
        enrolled_unusable: None,
    }
}
