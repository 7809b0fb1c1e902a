//! The results workbook, `results.xlsx`: the outputs of a batch run (`layak screen` or
//! `layak verval`) in one file an operator opens by double-clicking, with nothing lost on
//! the way.
//!
//! Why it exists: Excel opens `eligible.csv` and shows a NIK as `3,52206E+15`; saving the file
//! then writes those rounded digits back, the very damage `layak` detects on input. In the
//! workbook every value of the outputs is a **text cell**, so a NIK, a KK number or a village
//! code keeps all its digits and its leading zeros (Excel's "number stored as text" marker is
//! switched off for them); only counts layak itself wrote (a line number, a rank, a sum of
//! rupiah) are numbers. Beside each column of rule ids stands a column with the reasons in
//! plain words in the run's language ([`crate::messages::workbook`]). Every sheet has a
//! frozen header row, a filter on every column and widths fitted to its values.
//!
//! Sheets: a summary first, made from the run's `summary.json` ([`summary`]), then one sheet
//! per CSV output ([`Kind::outputs`]). A sheet holds at most 1,048,576 rows; an output
//! longer than that continues on `eligible (2)`, and so on.
//!
//! The workbook is made from the finished outputs (the CSVs and the summary), so it says
//! exactly what they say, natively and in the browser alike; the CSVs stay as they are.
//! Natively the rows go through a temporary file (rust_xlsxwriter's constant-memory mode):
//! memory stays flat for a million rows. In the browser's workbook module, which has no file
//! system, the rows are held in memory until the workbook is written, so the page offers the
//! workbook up to [`BROWSER_MAX_ROWS`] rows.

pub mod summary;

use crate::lang::Lang;
use crate::messages::workbook::{label, reason_words};
use crate::rules::RuleId;
use rust_xlsxwriter::{ExcelDateTime, Format, FormatAlign, IgnoreError, Workbook, Worksheet};
use serde_json::Value;
use std::io::Read;

/// The rows of one sheet, the header included (Excel's limit).
pub const SHEET_ROWS: u32 = 1_048_576;

/// The most rows the browser puts in a workbook: it holds the cells in memory (about 1 KB a
/// row, measured), which a phone or an office PC can spare for this many; above it the page
/// points to the command line, which streams.
pub const BROWSER_MAX_ROWS: u64 = 300_000;

/// The most rows for which `layak screen` and `layak verval` write `results.xlsx` unless
/// asked (`--xlsx`). The workbook costs about 12 CPU-seconds per million rows (most of it
/// rust_xlsxwriter's fixed-level compression), 50 times the screening itself, and Excel
/// shows at most 1,048,576 rows a sheet anyway; a kecamatan's list (tens of thousands) gets
/// it by default, the regency's million-row run keeps its speed and asks with `--xlsx` when
/// it wants one.
pub const CLI_DEFAULT_MAX_ROWS: u64 = 100_000;

/// Rows read before the column widths are fixed: widths fitted to the first rows.
const SAMPLE_ROWS: usize = 500;

/// Which run the workbook is of: it decides the sheets, the summary and the words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// `layak screen`: `eligible`, `ineligible`, `review`, `errors`.
    Screen,
    /// `layak verval`: `stay`, `leave`, `review`, `errors`, `claims`, `deaths-unmatched`,
    /// `admit`, `waitlist`, `not-admitted`.
    Verval,
}

impl Kind {
    /// `screen` or `verval`.
    pub fn parse(name: &str) -> Option<Kind> {
        match name {
            "screen" => Some(Kind::Screen),
            "verval" => Some(Kind::Verval),
            _ => None,
        }
    }

    /// The CSV outputs, in the order of their sheets; each sheet is named as its file
    /// without `.csv`.
    pub fn outputs(self) -> &'static [&'static str] {
        match self {
            Kind::Screen => &["eligible", "ineligible", "review", "errors"],
            Kind::Verval => &[
                "stay",
                "leave",
                "review",
                "errors",
                "claims",
                "deaths-unmatched",
                "admit",
                "waitlist",
                "not-admitted",
            ],
        }
    }

    /// The columns of rule ids that get a column of words beside them.
    fn reason_columns(self) -> &'static [&'static str] {
        match self {
            Kind::Screen => &["reasons"],
            Kind::Verval => &["reasons", "ends_because"],
        }
    }

    /// The columns layak writes as counts (a line number, a rank, rupiah): numbers in the
    /// workbook, so that Excel sorts and adds them. Only a plain whole number becomes one.
    fn number_columns(self) -> &'static [&'static str] {
        match self {
            Kind::Screen => &["line"],
            Kind::Verval => &[
                "line",
                "rank",
                "report_days",
                "benefit_total",
                "payment_working_days",
                "reports",
            ],
        }
    }

    /// The data rows of the run `summary` (a `summary.json`) describes: what decides whether
    /// the command line writes the workbook by default ([`CLI_DEFAULT_MAX_ROWS`]) and whether
    /// the browser makes it ([`BROWSER_MAX_ROWS`]). For verval: the enrolled, candidate and
    /// death rows read.
    pub fn rows(self, summary: &Value) -> u64 {
        let n = |path: &[&str]| {
            path.iter()
                .try_fold(summary, |v, k| v.get(k))
                .and_then(Value::as_u64)
                .unwrap_or(0)
        };
        match self {
            Kind::Screen => n(&["rows"]),
            Kind::Verval => {
                n(&["enrolled", "rows"]) + n(&["candidates", "rows"]) + n(&["deaths", "rows"])
            }
        }
    }
}

/// Whether `layak screen`/`layak verval` writes `results.xlsx` for a run of `rows` rows:
/// `--no-xlsx` never, `--xlsx` always, else up to [`CLI_DEFAULT_MAX_ROWS`].
pub fn wanted(rows: u64, xlsx: bool, no_xlsx: bool) -> bool {
    !no_xlsx && (xlsx || rows <= CLI_DEFAULT_MAX_ROWS)
}

/// One output of a screening run.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Output {
    /// `eligible.csv`.
    Eligible,
    /// `ineligible.csv`.
    Ineligible,
    /// `review.csv`.
    Review,
    /// `errors.csv`: rows that could not be read (`line`, `message`, `content`).
    Errors,
}

impl Output {
    /// Every output, in the order of the sheets.
    pub const ALL: [Output; 4] = [
        Output::Eligible,
        Output::Ineligible,
        Output::Review,
        Output::Errors,
    ];

    /// The sheet's name, also the CSV file's name without `.csv`.
    pub fn name(self) -> &'static str {
        match self {
            Output::Eligible => "eligible",
            Output::Ineligible => "ineligible",
            Output::Review => "review",
            Output::Errors => "errors",
        }
    }

    /// The output called `name` (`eligible`, ...).
    pub fn parse(name: &str) -> Option<Output> {
        Output::ALL.into_iter().find(|o| o.name() == name)
    }

    /// The CSV file of this output.
    pub fn file_name(self) -> String {
        format!("{}.csv", self.name())
    }
}

/// Why the workbook could not be made.
#[derive(Debug, thiserror::Error)]
pub enum WorkbookError {
    /// An output could not be read.
    #[error("{0}")]
    Io(#[from] std::io::Error),
    /// An output is not the CSV a run writes.
    #[error("{output}.csv: {message}")]
    Csv {
        /// The output.
        output: String,
        /// What the CSV reader said.
        message: String,
    },
    /// The workbook could not be written.
    #[error("results.xlsx: {0}")]
    Xlsx(String),
}

impl From<rust_xlsxwriter::XlsxError> for WorkbookError {
    fn from(e: rust_xlsxwriter::XlsxError) -> Self {
        WorkbookError::Xlsx(e.to_string())
    }
}

/// A results workbook being made: the summary sheet at once, then one output after another.
pub struct ResultsWorkbook {
    book: Workbook,
    kind: Kind,
    lang: Lang,
    delimiter: u8,
    /// Rows per sheet, the header included ([`SHEET_ROWS`]; smaller in tests).
    sheet_rows: u32,
    header: Format,
    /// Data rows written, per output name.
    rows: Vec<(String, u64)>,
}

impl ResultsWorkbook {
    /// Starts the workbook of a `kind` run whose `summary.json` is `summary`, in `lang`; its
    /// summary sheet comes first. A screening's outputs have the input's delimiter
    /// (`delimiter` in the summary), a verval's a comma.
    pub fn new(kind: Kind, summary: &Value, lang: Lang) -> Result<ResultsWorkbook, WorkbookError> {
        let delimiter = match summary.get("delimiter").and_then(Value::as_str) {
            Some(";") => b';',
            Some("\t") => b'\t',
            _ => b',',
        };
        let mut book = Workbook::new();
        // The date of the run, not of the clock: the same run gives the same file.
        let date = summary
            .get("as_of")
            .and_then(Value::as_str)
            .and_then(crate::date::parse_iso);
        let mut props =
            rust_xlsxwriter::DocProperties::new().set_title(label(summary::title_key(kind), lang));
        if let Some(date) = date {
            use chrono::Datelike;
            let when =
                ExcelDateTime::from_ymd(date.year() as u16, date.month() as u8, date.day() as u8)?;
            props = props.set_creation_datetime(&when);
        }
        book.set_properties(&props);
        let mut w = ResultsWorkbook {
            book,
            kind,
            lang,
            delimiter,
            sheet_rows: SHEET_ROWS,
            header: Format::new().set_bold().set_align(FormatAlign::Top),
            rows: Vec::new(),
        };
        let page = match kind {
            Kind::Screen => summary::screen(summary, lang),
            Kind::Verval => summary::verval(summary, lang),
        };
        w.summary_sheet(&page)?;
        Ok(w)
    }

    /// Sheets hold at most `rows` rows, header included (tests show the continuation sheets
    /// with a few rows instead of a million).
    pub fn set_sheet_rows(&mut self, rows: u32) {
        self.sheet_rows = rows.clamp(2, SHEET_ROWS);
    }

    fn new_sheet(&mut self) -> &mut Worksheet {
        // Natively the rows go through a temporary file; the browser has none.
        #[cfg(not(target_arch = "wasm32"))]
        return self.book.add_worksheet_with_constant_memory();
        #[cfg(target_arch = "wasm32")]
        self.book.add_worksheet()
    }

    /// Adds the sheet (and its continuations) of the output `name` (`eligible`, `stay`, ...:
    /// the CSV's file name without `.csv`) from the CSV the run wrote. Returns the data rows
    /// written.
    pub fn add_output<R: Read>(&mut self, name: &str, csv: R) -> Result<u64, WorkbookError> {
        let csv_error = |e: csv::Error| WorkbookError::Csv {
            output: name.to_string(),
            message: e.to_string(),
        };
        let mut reader = csv::ReaderBuilder::new()
            .delimiter(self.delimiter)
            .has_headers(false)
            .flexible(true)
            .from_reader(csv);
        let mut records = reader.byte_records();
        let Some(head) = records.next() else {
            // An empty output (none was written): a sheet with nothing but its name.
            self.new_sheet().set_name(name)?;
            self.count(name, 0);
            return Ok(0);
        };
        let head = head.map_err(csv_error)?;
        let mut names: Vec<String> = head
            .iter()
            .map(|f| String::from_utf8_lossy(f).into_owned())
            .collect();
        if let Some(first) = names.first_mut() {
            // The BOM the outputs start with, for Excel's CSV import.
            if let Some(rest) = first.strip_prefix('\u{feff}') {
                *first = rest.to_string();
            }
        }
        // The words go right after each column of rule ids (the last column of that name:
        // the one layak wrote after the input's columns).
        let words = Words::of(self.kind, name);
        let mut reasons: Vec<usize> = if words == Words::None {
            Vec::new()
        } else {
            self.kind
                .reason_columns()
                .iter()
                .filter_map(|c| names.iter().rposition(|n| n == c))
                .collect()
        };
        reasons.sort_unstable();
        let mut header = names.clone();
        for &r in reasons.iter().rev() {
            header.insert(r + 1, label("column.reason_words", self.lang).to_string());
        }
        // Which columns of the sheet (after the words are inserted) hold counts.
        let numbers: Vec<bool> = header
            .iter()
            .enumerate()
            .map(|(c, h)| {
                self.kind.number_columns().contains(&h.as_str())
                    // A column of the input that happens to share the name stays text.
                    && header.iter().rposition(|x| x == h) == Some(c)
            })
            .collect();

        // The first rows fix the column widths; then the rest stream through.
        let mut sample: Vec<Vec<String>> = Vec::new();
        let mut more = true;
        while sample.len() < SAMPLE_ROWS {
            match records.next() {
                None => {
                    more = false;
                    break;
                }
                Some(r) => sample.push(self.row(&r.map_err(csv_error)?, &reasons, words)),
            }
        }
        let mut widths: Vec<usize> = header.iter().map(|h| h.chars().count() + 3).collect();
        for row in &sample {
            for (w, cell) in widths.iter_mut().zip(row) {
                *w = (*w).max(cell.chars().count() + 1);
            }
        }
        let widths: Vec<f64> = widths.iter().map(|&w| w.clamp(6, 60) as f64).collect();

        let mut part = 0u32;
        let mut sheet_row = 0u32;
        let mut written = 0u64;
        let mut pending = sample.into_iter();
        loop {
            let row = match pending.next() {
                Some(r) => Some(r),
                None if more => match records.next() {
                    None => {
                        more = false;
                        None
                    }
                    Some(r) => Some(self.row(&r.map_err(csv_error)?, &reasons, words)),
                },
                None => None,
            };
            let Some(row) = row else { break };
            if part == 0 || sheet_row == self.sheet_rows {
                if part > 0 {
                    self.finish_sheet(sheet_row, header.len())?;
                }
                part += 1;
                self.start_sheet(name, part, &header, &widths)?;
                sheet_row = 1;
            }
            let sheet = self.current();
            for (c, cell) in row.iter().enumerate() {
                if cell.is_empty() {
                    continue;
                }
                if numbers.get(c) == Some(&true) {
                    if let Some(n) = whole_number(cell) {
                        sheet.write_number(sheet_row, c as u16, n)?;
                        continue;
                    }
                }
                sheet.write_string(sheet_row, c as u16, fit(cell))?;
            }
            sheet_row += 1;
            written += 1;
        }
        if part == 0 {
            self.start_sheet(name, 1, &header, &widths)?;
            sheet_row = 1;
        }
        self.finish_sheet(sheet_row, header.len())?;
        self.count(name, written);
        Ok(written)
    }

    fn count(&mut self, name: &str, n: u64) {
        match self.rows.iter_mut().find(|(o, _)| o == name) {
            Some((_, rows)) => *rows += n,
            None => self.rows.push((name.to_string(), n)),
        }
    }

    /// A CSV record as the sheet's cells: the reasons in words inserted after the ids.
    fn row(&self, r: &csv::ByteRecord, reasons: &[usize], words: Words) -> Vec<String> {
        let mut cells: Vec<String> = r
            .iter()
            .map(|f| String::from_utf8_lossy(f).into_owned())
            .collect();
        for &at in reasons.iter().rev() {
            if at < cells.len() {
                let w = self.words(&cells[at], words);
                cells.insert(at + 1, w);
            }
        }
        cells
    }

    /// `poverty.listed;age.max` in words: `tidak terdata di data kemiskinan; usia melebihi batas`.
    fn words(&self, ids: &str, words: Words) -> String {
        let mut out = String::new();
        for id in ids.split([';', ' ', ',']).filter(|s| !s.is_empty()) {
            if !out.is_empty() {
                out.push_str("; ");
            }
            match words {
                Words::Screen { review } => match RuleId::parse(id) {
                    Some(rule) => out.push_str(reason_words(rule, review, self.lang)),
                    None => out.push_str(id),
                },
                Words::Verval => out.push_str(crate::verval::words::reason_words(id, self.lang)),
                Words::None => out.push_str(id),
            }
        }
        out
    }

    fn current(&mut self) -> &mut Worksheet {
        let n = self.book.worksheets_mut().len();
        &mut self.book.worksheets_mut()[n - 1]
    }

    fn start_sheet(
        &mut self,
        output: &str,
        part: u32,
        header: &[String],
        widths: &[f64],
    ) -> Result<(), WorkbookError> {
        let name = if part == 1 {
            output.to_string()
        } else {
            format!("{output} ({part})")
        };
        let bold = self.header.clone();
        let sheet = self.new_sheet();
        sheet.set_name(name)?;
        for (c, w) in widths.iter().enumerate() {
            sheet.set_column_width(c as u16, *w)?;
        }
        for (c, h) in header.iter().enumerate() {
            sheet.write_string_with_format(0, c as u16, h, &bold)?;
        }
        sheet.set_freeze_panes(1, 0)?;
        Ok(())
    }

    /// The filter over the header and `rows` rows, and no "number stored as text" markers.
    fn finish_sheet(&mut self, rows: u32, columns: usize) -> Result<(), WorkbookError> {
        let last_col = columns.saturating_sub(1) as u16;
        let last_row = rows.saturating_sub(1).max(1);
        let sheet = self.current();
        sheet.autofilter(0, 0, last_row, last_col)?;
        sheet.ignore_error_range(0, 0, last_row, last_col, IgnoreError::NumberStoredAsText)?;
        Ok(())
    }

    fn summary_sheet(&mut self, page: &summary::Page) -> Result<(), WorkbookError> {
        let bold = self.header.clone();
        let sheet = self.book.add_worksheet();
        sheet.set_name(label("sheet.summary", self.lang))?;
        sheet.set_column_width(0, 34)?;
        sheet.set_column_width(1, 62)?;
        for c in 2..10 {
            sheet.set_column_width(c, 13)?;
        }
        let put = |sheet: &mut Worksheet, r: u32, c: u16, cell: &summary::Cell| match cell {
            summary::Cell::Text(t) => sheet.write_string(r, c, fit(t)).map(|_| ()),
            summary::Cell::Number(n) => sheet.write_number(r, c, *n).map(|_| ()),
            summary::Cell::Empty => Ok(()),
        };
        sheet.write_string_with_format(0, 0, page.title, &bold)?;
        let mut r = 2u32;
        for (key, value) in &page.facts {
            sheet.write_string(r, 0, *key)?;
            put(sheet, r, 1, value)?;
            r += 1;
        }
        r += 1;
        sheet.write_string(r, 0, page.note)?;
        r += 2;
        for table in &page.tables {
            if table.rows.is_empty() {
                continue;
            }
            sheet.write_string_with_format(r, 0, table.title, &bold)?;
            r += 1;
            for (c, h) in table.head.iter().enumerate() {
                sheet.write_string_with_format(r, c as u16, *h, &bold)?;
            }
            r += 1;
            for row in &table.rows {
                for (c, cell) in row.iter().enumerate() {
                    put(sheet, r, c as u16, cell)?;
                }
                r += 1;
            }
            r += 1;
        }
        Ok(())
    }

    /// Data rows written so far for the output `name`.
    pub fn rows(&self, name: &str) -> u64 {
        self.rows
            .iter()
            .find(|(o, _)| o == name)
            .map_or(0, |(_, n)| *n)
    }

    /// The finished workbook's bytes.
    pub fn into_bytes(mut self) -> Result<Vec<u8>, WorkbookError> {
        Ok(self.book.save_to_buffer()?)
    }

    /// Writes the finished workbook to `path`.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn save(mut self, path: &std::path::Path) -> Result<(), WorkbookError> {
        Ok(self.book.save(path)?)
    }

    /// Writes the finished workbook to `out`.
    pub fn save_to_writer<W: std::io::Write + std::io::Seek + Send>(
        mut self,
        out: W,
    ) -> Result<(), WorkbookError> {
        Ok(self.book.save_to_writer(out)?)
    }
}

/// How a sheet's rule ids read in words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Words {
    /// A screening's rules; `review`: why a person must look (else why the row failed).
    Screen { review: bool },
    /// A verval's reasons (`status.died` and the eligibility rules).
    Verval,
    /// No reasons on this sheet.
    None,
}

impl Words {
    fn of(kind: Kind, output: &str) -> Words {
        match (kind, output) {
            (Kind::Screen, "errors") => Words::None,
            (Kind::Screen, o) => Words::Screen {
                review: o != "ineligible",
            },
            (Kind::Verval, "errors" | "claims" | "deaths-unmatched") => Words::None,
            (Kind::Verval, _) => Words::Verval,
        }
    }
}

/// A plain whole number layak wrote (`12`, `42000000`): no sign, no leading zero, at most
/// 15 digits (what a spreadsheet number holds exactly). Anything else stays text.
fn whole_number(s: &str) -> Option<f64> {
    let ok = !s.is_empty()
        && s.len() <= 15
        && s.bytes().all(|b| b.is_ascii_digit())
        && (s == "0" || !s.starts_with('0'));
    if ok {
        s.parse().ok()
    } else {
        None
    }
}

/// A cell holds at most 32,767 characters (Excel's limit); a longer value (only an
/// unreadable line in `errors` can be one) is cut, with an ellipsis to say so.
fn fit(s: &str) -> std::borrow::Cow<'_, str> {
    const MAX: usize = 32_767;
    if s.len() <= MAX || s.chars().count() <= MAX {
        return s.into();
    }
    let mut cut: String = s.chars().take(MAX - 1).collect();
    cut.push('…');
    cut.into()
}

/// The workbook of the `kind` run in `dir`: reads its CSV outputs there (a missing one gives
/// an empty sheet) and writes `dir/results.xlsx` (to `target` when given, e.g. a temporary
/// name the caller renames). `summary` is the run's `summary.json`.
#[cfg(not(target_arch = "wasm32"))]
pub fn write_results(
    dir: &std::path::Path,
    kind: Kind,
    summary: &Value,
    lang: Lang,
    target: Option<&std::path::Path>,
) -> Result<(), WorkbookError> {
    let mut book = ResultsWorkbook::new(kind, summary, lang)?;
    // Temporary rows next to the results, not in a small /tmp.
    book.book.set_tempdir(dir)?;
    for name in kind.outputs() {
        let path = dir.join(format!("{name}.csv"));
        match std::fs::File::open(&path) {
            Ok(file) => {
                book.add_output(name, std::io::BufReader::with_capacity(1 << 20, file))?;
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                book.add_output(name, std::io::empty())?;
            }
            Err(e) => return Err(e.into()),
        }
    }
    let path = dir.join("results.xlsx");
    book.save(target.unwrap_or(&path))
}
