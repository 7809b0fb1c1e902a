//! Batch screening: `layak screen` and the browser's "Saring data" page (CONTRACT.md §6).
//!
//! The regency narrows about a million candidate records from the poverty data (DAMISDA) by
//! hand. Here each row of a spreadsheet goes through the same rules as a single applicant
//! ([`crate::rules`]), plus the one rule only a batch can judge: a later row with the NIK of
//! an earlier one fails `enrolment.not_duplicate`. Every row lands in exactly one output:
//! `eligible`, `ineligible`, `review` (the input columns plus `decision` and `reasons`), or
//! `errors` (a row that could not be read, with its line number and why). Nothing is lost:
//! `rows = eligible + ineligible + review + errors`, whatever the file holds.
//!
//! The [`Screener`] is push-based: it takes the input in chunks of any size (a file read
//! natively, a `File` stream in a Web Worker) and appends to four output buffers, which the
//! caller drains as it likes. Memory stays flat: one line at a time, plus the set of NIKs
//! seen (8 to 16 bytes each, [`nikset`]) for the duplicate rule.

pub mod columns;
pub mod enrolled;
mod judge;
pub mod lines;
pub mod nikset;
#[cfg(not(target_arch = "wasm32"))]
mod parallel;
pub mod record;
pub mod safety;
mod tally;
mod wire;
pub mod words;
#[cfg(feature = "xlsx-read")]
pub mod xlsx;

use crate::api::Checker;
use crate::lang::Lang;
use crate::rules::RuleId;
use chrono::NaiveDate;
use columns::{Column, Layout};
pub use judge::applicant_of;
#[cfg(feature = "xlsx-read")]
use judge::judge_record;
#[cfg(feature = "xlsx-read")]
pub(crate) use judge::xlsx_number_text;
use judge::{judge_csv, Config, Header, Judged, Worker};
use lines::{LineInfo, LineSplitter};
use record::LineProblem;
use rustc_hash::{FxHashMap, FxHashSet};
use serde::Serialize;
use std::collections::BTreeMap;
use std::io::Write;
use tally::Tally;

/// The longest line read, in bytes: a row of a screening file is a few hundred bytes; a
/// 10,000-character field still fits. A longer line goes to `errors`.
pub const MAX_LINE: usize = 1 << 20;

/// The four output files, as byte buffers the caller drains (UTF-8 CSV).
#[derive(Debug, Default)]
pub struct Outputs {
    /// `eligible.csv`.
    pub eligible: Vec<u8>,
    /// `ineligible.csv`.
    pub ineligible: Vec<u8>,
    /// `review.csv`.
    pub review: Vec<u8>,
    /// `errors.csv`.
    pub errors: Vec<u8>,
}

impl Outputs {
    /// Bytes waiting in all four buffers.
    pub fn pending(&self) -> usize {
        self.eligible.len() + self.ineligible.len() + self.review.len() + self.errors.len()
    }
}

/// Why a file cannot be screened at all.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FileProblem {
    /// The header has no NIK column: no row could be judged.
    #[error("no NIK column in the header ({found})")]
    NoNikColumn {
        /// The header as found.
        found: String,
    },
    /// The header line itself cannot be read.
    #[error("the header line cannot be read")]
    BadHeader,
    /// An XLSX file that cannot be opened.
    #[error("the workbook cannot be read: {0}")]
    Workbook(String),
    /// The input holds nothing at all (not even a header).
    #[error("the file is empty")]
    Empty,
    /// A workbook past one of the limits that keep memory bounded.
    #[cfg(feature = "xlsx-read")]
    #[error("the workbook is past a limit ({0:?})")]
    TooLarge(xlsx::Limit),
    /// An enrolled list (`--enrolled`) in which no line holds a NIK.
    #[error("no NIK in the enrolled list ({unusable} lines unusable)")]
    NoEnrolledNik {
        /// Non-empty lines without a NIK.
        unusable: u64,
    },
}

impl FileProblem {
    /// A stable code.
    pub fn code(&self) -> &'static str {
        match self {
            FileProblem::NoNikColumn { .. } => "file.no_nik_column",
            FileProblem::BadHeader => "file.bad_header",
            FileProblem::Workbook(_) => "file.unreadable",
            FileProblem::Empty => "file.empty",
            #[cfg(feature = "xlsx-read")]
            FileProblem::TooLarge(xlsx::Limit::Part) => "file.part_too_large",
            #[cfg(feature = "xlsx-read")]
            FileProblem::TooLarge(xlsx::Limit::Sheet) => "file.sheet_too_large",
            #[cfg(feature = "xlsx-read")]
            FileProblem::TooLarge(xlsx::Limit::SharedStrings) => "file.too_many_shared_strings",
            #[cfg(feature = "xlsx-read")]
            FileProblem::TooLarge(xlsx::Limit::Cell) => "file.cell_too_long",
            FileProblem::NoEnrolledNik { .. } => "enrolled.no_nik",
        }
    }

    /// The message in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        words::file_problem(self, lang)
    }
}

/// Why one row went to `errors.csv`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RowProblem {
    /// A line problem found while splitting the fields.
    Line(LineProblem),
    /// More fields than the header has columns, and the extra ones are not empty.
    TooManyFields {
        /// Fields found.
        found: usize,
        /// Columns in the header.
        expected: usize,
    },
}

/// Counts of one kecamatan.
#[derive(Debug, Clone, Default, Serialize)]
pub struct DistrictCount {
    /// The kecamatan's name.
    pub name: String,
    /// Rows judged.
    pub rows: u64,
    /// Eligible.
    pub eligible: u64,
    /// Ineligible.
    pub ineligible: u64,
    /// Review.
    pub review: u64,
}

/// `summary.json`.
#[derive(Debug, Clone, Serialize)]
pub struct Summary {
    /// Data rows (not counting the header and empty lines).
    pub rows: u64,
    /// Rows judged eligible.
    pub eligible: u64,
    /// Rows judged ineligible.
    pub ineligible: u64,
    /// Rows a person must look at.
    pub review: u64,
    /// Rows that could not be read.
    pub errors: u64,
    /// Empty lines skipped (not rows).
    pub empty_lines: u64,
    /// Rows failing `enrolment.not_duplicate`.
    pub duplicates: u64,
    /// How many rows failed each rule.
    pub by_reason: BTreeMap<&'static str, u64>,
    /// How many rows each rule sent to review.
    pub by_review: BTreeMap<&'static str, u64>,
    /// Counts by kecamatan (of the village code, else the KK, else the NIK), `unknown` when
    /// none is readable.
    pub by_district: BTreeMap<String, DistrictCount>,
    /// The as-of date of the rules.
    pub as_of: NaiveDate,
    /// The parameter set.
    pub parameters: String,
    /// `csv` or `xlsx`.
    pub format: &'static str,
    /// The CSV delimiter found.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub delimiter: Option<String>,
    /// Where enrolment was read from: `column`, `list` (`--enrolled`), `column+list`, or
    /// `none` (nobody is known to be enrolled).
    pub enrolment_source: &'static str,
    /// Distinct NIKs read from the `--enrolled` list.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub enrolled_niks: Option<u64>,
    /// Non-empty lines of the `--enrolled` list that held no NIK.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub enrolled_unusable: Option<u64>,
}

/// Screens rows. See the module documentation.
pub struct Screener {
    splitter: LineSplitter,
    config: Config,
    worker: Worker,
    tally: Tally,
    fatal: Option<FileProblem>,
}

/// Reads a list of NIKs already enrolled as [`enrolled::read`] does, for callers that take
/// an empty list as it comes: the set and the count of lines without a NIK. Prefer
/// [`enrolled::read`], which makes a list without any NIK an error.
pub fn read_enrolled(text: &[u8]) -> (FxHashSet<u64>, u64) {
    match enrolled::read(text) {
        Ok(l) => (l.niks, l.unusable),
        Err(FileProblem::NoEnrolledNik { unusable }) => (FxHashSet::default(), unusable),
        Err(_) => (FxHashSet::default(), 0),
    }
}

impl Screener {
    /// A screener judging by `checker`'s rules; `enrolled` holds NIKs already enrolled.
    pub fn new(checker: Checker, enrolled: Option<FxHashSet<u64>>) -> Screener {
        let summary = Summary {
            rows: 0,
            eligible: 0,
            ineligible: 0,
            review: 0,
            errors: 0,
            empty_lines: 0,
            duplicates: 0,
            by_reason: BTreeMap::new(),
            by_review: BTreeMap::new(),
            by_district: BTreeMap::new(),
            as_of: checker.resolved.as_of,
            parameters: checker.resolved.id.clone(),
            format: "csv",
            delimiter: None,
            enrolment_source: "none",
            enrolled_niks: None,
            enrolled_unusable: None,
        };
        Screener {
            splitter: LineSplitter::new(MAX_LINE),
            config: Config {
                checker,
                enrolled,
                header: None,
                mask: false,
            },
            worker: Worker::new(b','),
            tally: Tally {
                seen: nikset::NikSet::default(),
                summary,
                reason_counts: [0; RuleId::COUNT],
                review_counts: [0; RuleId::COUNT],
                districts: FxHashMap::default(),
                started: false,
            },
            fatal: None,
        }
    }

    /// Masks NIK and KK numbers in the outputs (`--mask`): the NIK and KK columns keep their
    /// kecamatan code and last two digits (`352206********01`), the birth date only its year
    /// (day and month would give back digits 7 to 10), and a number long enough to be a NIK
    /// is masked wherever else it was typed, and in the lines quoted by `errors.csv`.
    /// The decisions do not change: the numbers are judged before they are masked.
    pub fn set_mask(&mut self, on: bool) {
        self.config.mask = on;
    }

    /// Makes room for about `rows` distinct NIKs, so the duplicate set does not grow by
    /// rehashing (the CLI estimates rows from the file size).
    pub fn reserve(&mut self, rows: usize) {
        self.tally.seen.reserve(rows);
    }

    /// The running counts (for a progress display): eligible, ineligible, review, errors.
    pub fn counts(&self) -> (u64, u64, u64, u64) {
        let s = &self.tally.summary;
        (s.eligible, s.ineligible, s.review, s.errors)
    }

    fn result(&self) -> Result<(), FileProblem> {
        match &self.fatal {
            Some(p) => Err(p.clone()),
            None => Ok(()),
        }
    }

    /// One CSV line, start to end (the sequential path).
    fn csv_line(&mut self, info: LineInfo, line: &[u8], out: &mut Outputs) {
        if self.fatal.is_some() {
            return;
        }
        if self.config.header.is_none() {
            self.csv_header(info, line, out);
            return;
        }
        let judged = judge_csv(&self.config, &mut self.worker, info, line);
        self.tally.apply(&self.config, judged, line, out);
    }

    fn csv_header(&mut self, info: LineInfo, line: &[u8], out: &mut Outputs) {
        let line = if info.number == 1 {
            line.strip_prefix(BOM).unwrap_or(line)
        } else {
            line
        };
        if line.trim_ascii().is_empty() {
            return;
        }
        let delimiter = record::sniff_delimiter(line);
        self.worker = Worker::new(delimiter);
        if self
            .worker
            .parser
            .parse(line, &mut self.worker.record)
            .is_err()
        {
            self.fatal = Some(FileProblem::BadHeader);
            return;
        }
        let names: Vec<String> = self
            .worker
            .record
            .raw_fields()
            .map(|f| f.trim().to_string())
            .collect();
        self.tally.summary.delimiter = Some((delimiter as char).to_string());
        self.set_header(names, delimiter, out);
    }

    fn set_header(&mut self, names: Vec<String>, delimiter: u8, out: &mut Outputs) {
        let layout = Layout::from_header(names.iter().map(String::as_str));
        if layout.get(Column::Nik).is_none() {
            self.fatal = Some(FileProblem::NoNikColumn {
                found: names.join(", "),
            });
            return;
        }
        let column = layout.get(Column::AlreadyEnrolled).is_some();
        self.tally.summary.enrolment_source = match (column, self.config.enrolled.is_some()) {
            (true, true) => "column+list",
            (true, false) => "column",
            (false, true) => "list",
            (false, false) => "none",
        };
        self.splitter.skip_blank_lines();
        self.config.header = Some(Header {
            names,
            layout,
            delimiter,
        });
        self.tally.write_headers(&self.config, out);
    }

    /// Feeds the next chunk of a CSV file. Returns the file problem that stops the run, if
    /// any (then further input is ignored).
    pub fn feed(&mut self, chunk: &[u8], out: &mut Outputs) -> Result<(), FileProblem> {
        let mut splitter = std::mem::replace(&mut self.splitter, LineSplitter::new(0));
        splitter.feed(chunk, |info, line| self.csv_line(info, line, out));
        self.splitter = splitter;
        self.result()
    }

    /// The first step of a parallel run: splits a chunk into lines, handles every line up to
    /// the header itself, and leaves in `ranges` the lines still to judge (all complete lines
    /// inside `chunk`). The line carried over from the previous chunk (begun there, ended in
    /// this one) is returned to be judged and applied before `ranges`, after every line
    /// before it: the caller may still have earlier lines in flight.
    #[allow(clippy::type_complexity)]
    pub fn split(
        &mut self,
        chunk: &[u8],
        out: &mut Outputs,
        ranges: &mut Vec<(LineInfo, std::ops::Range<usize>)>,
    ) -> Result<Option<(LineInfo, Vec<u8>)>, FileProblem> {
        let mut carried = self.splitter.feed_ranges(chunk, ranges);
        if self.config.header.is_none() {
            if let Some((info, line)) = carried.take() {
                self.csv_line(info, &line, out);
            }
        }
        self.header_prefix(chunk, ranges, out);
        if self.fatal.is_some() {
            ranges.clear();
            carried = None;
        }
        self.result().map(|()| carried)
    }

    fn header_prefix(
        &mut self,
        chunk: &[u8],
        ranges: &mut Vec<(LineInfo, std::ops::Range<usize>)>,
        out: &mut Outputs,
    ) {
        let mut first = 0;
        while self.config.header.is_none() && self.fatal.is_none() && first < ranges.len() {
            let (info, r) = ranges[first].clone();
            self.csv_line(info, chunk.get(r).unwrap_or(&[]), out);
            first += 1;
        }
        ranges.drain(..first);
    }

    /// The second step, which any number of threads or workers may run at once on parts of
    /// the ranges: each line judged by the single-applicant rules.
    fn judge_ranges(
        &self,
        chunk: &[u8],
        ranges: &[(LineInfo, std::ops::Range<usize>)],
    ) -> Vec<Judged> {
        let delimiter = self.config.header.as_ref().map_or(b',', |h| h.delimiter);
        let mut w = Worker::new(delimiter);
        ranges
            .iter()
            .map(|(info, r)| {
                judge_csv(
                    &self.config,
                    &mut w,
                    *info,
                    chunk.get(r.clone()).unwrap_or(&[]),
                )
            })
            .collect()
    }

    /// The last step, in input order: the duplicate rule, the counts and the outputs.
    fn apply_ranges(
        &mut self,
        chunk: &[u8],
        ranges: &[(LineInfo, std::ops::Range<usize>)],
        mut judged: Vec<Judged>,
        out: &mut Outputs,
    ) {
        judged.truncate(ranges.len());
        self.tally
            .apply_in_order(&self.config, &mut judged, out, |i| {
                ranges
                    .get(i)
                    .and_then(|(_, r)| chunk.get(r.clone()))
                    .unwrap_or(&[])
            });
    }

    /// Ends a CSV input and returns the summary.
    pub fn finish(mut self, out: &mut Outputs) -> Result<Summary, FileProblem> {
        let mut splitter = std::mem::replace(&mut self.splitter, LineSplitter::new(0));
        splitter.finish(|info, line| self.csv_line(info, line, out));
        if let Some(p) = self.fatal.take() {
            return Err(p);
        }
        if !self.tally.started {
            self.tally.write_headers(&self.config, out);
        }
        // Blank lines the splitter left out (after the header only) are empty lines too.
        self.tally.summary.empty_lines += splitter.blank_lines();
        Ok(self.tally.summary())
    }

    /// Screens one spreadsheet row (1-based row number, cells from column A); the first row
    /// with a value is the header.
    #[cfg(feature = "xlsx-read")]
    pub fn xlsx_row(
        &mut self,
        row: u64,
        cells: &[xlsx::XCell],
        out: &mut Outputs,
    ) -> Result<(), FileProblem> {
        self.tally.summary.format = "xlsx";
        if self.fatal.is_some() {
            return self.result();
        }
        if self.config.header.is_none() {
            if cells.iter().any(|c| !c.text.trim().is_empty()) {
                let names = cells.iter().map(|c| c.text.trim().to_string()).collect();
                self.set_header(names, b',', out);
            }
            return self.result();
        }
        let w = &mut self.worker;
        let judged = if cells.iter().all(|c| c.text.trim().is_empty()) {
            Judged::Empty
        } else {
            w.numeric = cells
                .iter()
                .enumerate()
                .take(64)
                .filter(|(_, c)| c.numeric)
                .fold(0u64, |m, (i, _)| m | 1 << i);
            w.record.fill(cells.iter().map(|c| c.text.as_str()));
            judge_record(&self.config, w, row, None)
        };
        self.tally.apply(&self.config, judged, &[], out);
        self.result()
    }

    /// Ends a spreadsheet input and returns the summary.
    #[cfg(feature = "xlsx-read")]
    pub fn finish_xlsx(mut self, out: &mut Outputs) -> Result<Summary, FileProblem> {
        self.tally.summary.format = "xlsx";
        if let Some(p) = self.fatal.take() {
            return Err(p);
        }
        if !self.tally.started {
            self.tally.write_headers(&self.config, out);
        }
        Ok(self.tally.summary())
    }
}

const BOM: &[u8] = b"\xEF\xBB\xBF";

/// Writes a summary as pretty JSON.
pub fn write_summary(out: &mut impl Write, s: &Summary) -> std::io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, s)?;
    writeln!(out)
}
