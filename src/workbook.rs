//! The results workbook, `results.xlsx`: the screening outputs in one file an operator opens
//! by double-clicking, with nothing lost on the way.
//!
//! Why it exists: Excel opens `eligible.csv` and shows a NIK as `3,52206E+15`; saving the file
//! then writes those rounded digits back, the very damage `layak` detects on input. In the
//! workbook every value of the outputs is a **text cell**, so a NIK, a KK number or a village
//! code keeps all its digits and its leading zeros (Excel's "number stored as text" marker is
//! switched off for them). Beside the rule ids of the `reasons` column stands a column with
//! the reasons in plain words in the run's language ([`crate::messages::workbook`]). Every
//! sheet has a frozen header row, a filter on every column and widths fitted to its values.
//!
//! Sheets: a summary first (the counts, the reasons, the kecamatan), then one sheet per
//! output (`eligible`, `ineligible`, `review`, `errors`). A sheet holds at most 1,048,576
//! rows; an output longer than that continues on `eligible (2)`, and so on.
//!
//! The workbook is made from the finished CSV outputs, so it says exactly what they say; the
//! CSVs stay as they are. Natively the rows go through a temporary file (rust_xlsxwriter's
//! constant-memory mode): memory stays flat for a million rows. In the browser's screening
//! worker, which has no file system, the rows are held in memory until the workbook is
//! written, so the page offers the workbook up to [`BROWSER_MAX_ROWS`] rows.

use crate::lang::Lang;
use crate::messages::workbook::{label, reason_words};
use crate::rules::RuleId;
use crate::screen::Summary;
use rust_xlsxwriter::{ExcelDateTime, Format, FormatAlign, IgnoreError, Workbook, Worksheet};
use std::io::Read;

/// The rows of one sheet, the header included (Excel's limit).
pub const SHEET_ROWS: u32 = 1_048_576;

/// The most rows the browser's screening worker puts in a workbook: it holds the cells in
/// memory (about 1 KB a row, measured), which a phone or an office PC can spare for this
/// many; above it the page points to `layak screen`, which streams.
pub const BROWSER_MAX_ROWS: u64 = 300_000;

/// The most rows for which `layak screen` writes `results.xlsx` unless asked (`--xlsx`).
/// The workbook costs about 12 CPU-seconds per million rows (most of it rust_xlsxwriter's
/// fixed-level compression), 50 times the screening itself, and Excel shows at most
/// 1,048,576 rows a sheet anyway; a kecamatan's list (tens of thousands) gets it by default,
/// the regency's million-row run keeps its speed and asks with `--xlsx` when it wants one.
pub const CLI_DEFAULT_MAX_ROWS: u64 = 100_000;

/// Rows read before the column widths are fixed: widths fitted to the first rows.
const SAMPLE_ROWS: usize = 500;

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
    /// An output is not the CSV a screening run writes.
    #[error("{output}.csv: {message}")]
    Csv {
        /// The output.
        output: &'static str,
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
    lang: Lang,
    delimiter: u8,
    /// Rows per sheet, the header included ([`SHEET_ROWS`]; smaller in tests).
    sheet_rows: u32,
    header: Format,
    /// Counts of the data rows written, per output.
    rows: [u64; 4],
}

impl ResultsWorkbook {
    /// Starts a workbook for the run `summary` describes, in `lang`; its summary sheet comes
    /// first. The outputs' delimiter is the input's ([`Summary::delimiter`]).
    pub fn new(summary: &Summary, lang: Lang) -> Result<ResultsWorkbook, WorkbookError> {
        let delimiter = match summary.delimiter.as_deref() {
            Some(";") => b';',
            Some("\t") => b'\t',
            _ => b',',
        };
        let mut book = Workbook::new();
        // The date of the run, not of the clock: the same run gives the same file.
        let date = summary.as_of;
        use chrono::Datelike;
        let when =
            ExcelDateTime::from_ymd(date.year() as u16, date.month() as u8, date.day() as u8)?;
        book.set_properties(
            &rust_xlsxwriter::DocProperties::new()
                .set_title(label("summary.title", lang))
                .set_creation_datetime(&when),
        );
        let mut w = ResultsWorkbook {
            book,
            lang,
            delimiter,
            sheet_rows: SHEET_ROWS,
            header: Format::new().set_bold().set_align(FormatAlign::Top),
            rows: [0; 4],
        };
        w.summary_sheet(summary)?;
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

    /// Adds an output's sheet (and its continuations) from the CSV the run wrote. Returns the
    /// data rows written.
    pub fn add_output<R: Read>(&mut self, output: Output, csv: R) -> Result<u64, WorkbookError> {
        let csv_error = |e: csv::Error| WorkbookError::Csv {
            output: output.name(),
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
            self.new_sheet().set_name(output.name())?;
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
        // The plain words go right after the rule ids.
        let reasons = (output != Output::Errors)
            .then(|| names.iter().position(|n| n == "reasons"))
            .flatten();
        let line_column = (output == Output::Errors).then_some(0usize);
        let mut header = names.clone();
        if let Some(r) = reasons {
            header.insert(r + 1, label("column.reason_words", self.lang).to_string());
        }
        let review = output != Output::Ineligible;

        // The first rows fix the column widths; then the rest stream through.
        let mut sample: Vec<Vec<String>> = Vec::new();
        let mut more = true;
        while sample.len() < SAMPLE_ROWS {
            match records.next() {
                None => {
                    more = false;
                    break;
                }
                Some(r) => sample.push(self.row(&r.map_err(csv_error)?, reasons, review)),
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
                    Some(r) => Some(self.row(&r.map_err(csv_error)?, reasons, review)),
                },
                None => None,
            };
            let Some(row) = row else { break };
            if part == 0 || sheet_row == self.sheet_rows {
                if part > 0 {
                    self.finish_sheet(sheet_row, header.len())?;
                }
                part += 1;
                self.start_sheet(output, part, &header, &widths)?;
                sheet_row = 1;
            }
            let sheet = self.current();
            for (c, cell) in row.iter().enumerate() {
                if cell.is_empty() {
                    continue;
                }
                if line_column == Some(c) {
                    if let Ok(n) = cell.parse::<f64>() {
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
            self.start_sheet(output, 1, &header, &widths)?;
            sheet_row = 1;
        }
        self.finish_sheet(sheet_row, header.len())?;
        if let Some(i) = Output::ALL.iter().position(|&o| o == output) {
            self.rows[i] += written;
        }
        Ok(written)
    }

    /// A CSV record as the sheet's cells: the reasons in words inserted after the ids.
    fn row(&self, r: &csv::ByteRecord, reasons: Option<usize>, review: bool) -> Vec<String> {
        let mut cells: Vec<String> = r
            .iter()
            .map(|f| String::from_utf8_lossy(f).into_owned())
            .collect();
        if let Some(at) = reasons {
            let words = cells
                .get(at)
                .map(|ids| self.words(ids, review))
                .unwrap_or_default();
            if at < cells.len() {
                cells.insert(at + 1, words);
            }
        }
        cells
    }

    /// `poverty.listed;age.max` in words: `tidak terdata di data kemiskinan; usia melebihi batas`.
    fn words(&self, ids: &str, review: bool) -> String {
        let mut out = String::new();
        for id in ids.split([';', ' ', ',']).filter(|s| !s.is_empty()) {
            if !out.is_empty() {
                out.push_str("; ");
            }
            match RuleId::parse(id) {
                Some(rule) => out.push_str(reason_words(rule, review, self.lang)),
                None => out.push_str(id),
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
        output: Output,
        part: u32,
        header: &[String],
        widths: &[f64],
    ) -> Result<(), WorkbookError> {
        let name = if part == 1 {
            output.name().to_string()
        } else {
            format!("{} ({part})", output.name())
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

    fn summary_sheet(&mut self, s: &Summary) -> Result<(), WorkbookError> {
        let lang = self.lang;
        let bold = self.header.clone();
        let sheet = self.book.add_worksheet();
        sheet.set_name(label("sheet.summary", lang))?;
        sheet.set_column_width(0, 34)?;
        sheet.set_column_width(1, 62)?;
        sheet.set_column_width(2, 14)?;
        sheet.set_column_width(3, 12)?;
        sheet.set_column_width(4, 12)?;
        sheet.set_column_width(5, 12)?;
        sheet.write_string_with_format(0, 0, label("summary.title", lang), &bold)?;
        let mut r = 2u32;
        let counts = [
            ("summary.rows", s.rows),
            ("summary.eligible", s.eligible),
            ("summary.ineligible", s.ineligible),
            ("summary.review", s.review),
            ("summary.errors", s.errors),
            ("summary.duplicates", s.duplicates),
            ("summary.empty_lines", s.empty_lines),
        ];
        for (key, n) in counts {
            sheet.write_string(r, 0, label(key, lang))?;
            sheet.write_number(r, 1, n as f64)?;
            r += 1;
        }
        let facts = [
            ("summary.as_of", s.as_of.format("%Y-%m-%d").to_string()),
            ("summary.parameters", s.parameters.clone()),
            ("summary.format", s.format.to_string()),
            ("summary.enrolment", s.enrolment_source.to_string()),
        ];
        for (key, v) in facts {
            sheet.write_string(r, 0, label(key, lang))?;
            sheet.write_string(r, 1, &v)?;
            r += 1;
        }
        r += 1;
        sheet.write_string(r, 0, label("summary.sheets", lang))?;
        r += 2;
        for (title, by, review) in [
            ("summary.by_reason", &s.by_reason, false),
            ("summary.by_review", &s.by_review, true),
        ] {
            if by.is_empty() {
                continue;
            }
            sheet.write_string_with_format(r, 0, label(title, lang), &bold)?;
            r += 1;
            sheet.write_string_with_format(r, 0, label("summary.rule", lang), &bold)?;
            sheet.write_string_with_format(r, 1, label("summary.words", lang), &bold)?;
            sheet.write_string_with_format(r, 2, label("summary.count", lang), &bold)?;
            r += 1;
            let mut list: Vec<_> = by.iter().collect();
            list.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
            for (id, n) in list {
                sheet.write_string(r, 0, *id)?;
                if let Some(rule) = RuleId::parse(id) {
                    sheet.write_string(r, 1, reason_words(rule, review, lang))?;
                }
                sheet.write_number(r, 2, *n as f64)?;
                r += 1;
            }
            r += 1;
        }
        if !s.by_district.is_empty() {
            sheet.write_string_with_format(r, 0, label("summary.by_district", lang), &bold)?;
            r += 1;
            let heads = [
                label("summary.code", lang),
                label("summary.name", lang),
                label("summary.rows", lang),
                label("summary.eligible", lang),
                label("summary.ineligible", lang),
                label("summary.review", lang),
            ];
            for (c, h) in heads.iter().enumerate() {
                sheet.write_string_with_format(r, c as u16, *h, &bold)?;
            }
            r += 1;
            for (code, d) in &s.by_district {
                sheet.write_string(r, 0, code)?;
                let name = if d.name.is_empty() {
                    label("summary.unknown", lang)
                } else {
                    d.name.as_str()
                };
                sheet.write_string(r, 1, name)?;
                for (c, n) in [d.rows, d.eligible, d.ineligible, d.review]
                    .iter()
                    .enumerate()
                {
                    sheet.write_number(r, c as u16 + 2, *n as f64)?;
                }
                r += 1;
            }
        }
        Ok(())
    }

    /// Data rows written so far for `output`.
    pub fn rows(&self, output: Output) -> u64 {
        Output::ALL
            .iter()
            .position(|&o| o == output)
            .map_or(0, |i| self.rows[i])
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

/// The workbook of the run in `dir`: reads the four CSV outputs there and writes
/// `dir/results.xlsx` (to `target` when given, e.g. a temporary name the caller renames).
#[cfg(not(target_arch = "wasm32"))]
pub fn write_results(
    dir: &std::path::Path,
    summary: &Summary,
    lang: Lang,
    target: Option<&std::path::Path>,
) -> Result<(), WorkbookError> {
    let mut book = ResultsWorkbook::new(summary, lang)?;
    // Temporary rows next to the results, not in a small /tmp.
    book.book.set_tempdir(dir)?;
    for output in Output::ALL {
        let file = std::fs::File::open(dir.join(output.file_name()))?;
        book.add_output(output, std::io::BufReader::with_capacity(1 << 20, file))?;
    }
    let path = dir.join("results.xlsx");
    book.save(target.unwrap_or(&path))
}
