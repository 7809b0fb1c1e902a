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
pub mod lines;
pub mod nikset;
pub mod record;
pub mod values;
#[cfg(feature = "xlsx")]
pub mod xlsx;

use crate::api::Checker;
use crate::idnumber;
use crate::lang::Lang;
use crate::region::{self, Level};
use crate::rules::applicant::{Applicant, Citizenship, Field, Occupation, Program};
use crate::rules::evaluate::{evaluate, evaluate_into, Evaluation};
use crate::rules::{Decision, Outcome, RuleId};
use crate::sex::Sex;
use chrono::NaiveDate;
use columns::{Column, Layout};
use lines::{LineInfo, LineSplitter};
use record::{LineParser, LineProblem, Record};
use rustc_hash::{FxHashMap, FxHashSet};
use serde::Serialize;
use std::collections::BTreeMap;
use std::io::Write;

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
}

impl FileProblem {
    /// A stable code.
    pub fn code(&self) -> &'static str {
        match self {
            FileProblem::NoNikColumn { .. } => "file.no_nik_column",
            FileProblem::BadHeader => "file.bad_header",
            FileProblem::Workbook(_) => "file.unreadable",
        }
    }

    /// The message in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        crate::messages::screen::file_problem(self, lang)
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
}

struct Header {
    names: Vec<String>,
    layout: Layout,
    delimiter: u8,
}

/// What judging needs and never changes once the header is read: shared by the threads of
/// a parallel run.
struct Config {
    checker: Checker,
    enrolled: Option<FxHashSet<u64>>,
    header: Option<Header>,
    mask: bool,
}

/// One thread's scratch space.
struct Worker {
    parser: LineParser,
    record: Record,
    numeric: u64,
    /// The last row's evaluation, filled anew for the next row.
    evaluation: Option<Evaluation>,
}

impl Worker {
    fn new(delimiter: u8) -> Worker {
        Worker {
            parser: LineParser::new(delimiter),
            record: Record::default(),
            numeric: 0,
            evaluation: None,
        }
    }
}

/// A row judged on its own, before the one rule that needs the whole batch.
#[derive(Default)]
enum Judged {
    /// An empty line: not a row.
    #[default]
    Empty,
    /// A row that could not be read.
    Error {
        number: u64,
        problem: RowProblem,
        content: String,
    },
    /// A row judged by the single-applicant rules.
    Row(JudgedRow),
}

struct JudgedRow {
    nik: Option<u64>,
    /// The decision before `enrolment.not_duplicate`.
    decision: Decision,
    /// Bit `i`: rule `RuleId::ALL[i]` failed / asked for review.
    fails: u16,
    reviews: u16,
    district: u32,
    /// The row as written out, when it is not the original line (a Windows-1252 line is
    /// written decoded; a spreadsheet row as CSV).
    text: Option<Vec<u8>>,
    /// Fields in the row (to pad short rows).
    fields: usize,
}

/// The counts and the set of NIKs seen: the part of a run that goes row by row, in order.
struct Tally {
    seen: nikset::NikSet,
    summary: Summary,
    reason_counts: [u64; RuleId::COUNT],
    review_counts: [u64; RuleId::COUNT],
    districts: FxHashMap<u32, [u64; 4]>,
    started: bool,
}

/// Screens rows. See the module documentation.
pub struct Screener {
    splitter: LineSplitter,
    config: Config,
    worker: Worker,
    tally: Tally,
    fatal: Option<FileProblem>,
}

/// A NIK's 16 digits as a number, the key of the duplicate and enrolled sets.
fn nik_key(digits: &idnumber::Digits) -> u64 {
    digits
        .iter()
        .fold(0u64, |acc, d| acc * 10 + u64::from(d - b'0'))
}

/// Reads a list of NIKs already enrolled (`--enrolled FILE`): one per line, separators
/// allowed; a first column of a CSV works too. Lines that hold no 16-digit NIK are counted,
/// not fatal: a header line or a note.
pub fn read_enrolled(text: &[u8]) -> (FxHashSet<u64>, u64) {
    let mut set = FxHashSet::default();
    let mut skipped = 0;
    for line in text.split(|b| *b == b'\n') {
        let first = line
            .split(|b| matches!(b, b',' | b';' | b'\t'))
            .next()
            .unwrap_or(line);
        let first = first.trim_ascii();
        if first.is_empty() {
            continue;
        }
        let unquoted = first
            .strip_prefix(b"\"")
            .and_then(|f| f.strip_suffix(b"\""))
            .unwrap_or(first);
        match idnumber::read(unquoted) {
            idnumber::Read::Digits { digits, count: 16 } => {
                set.insert(nik_key(&digits));
            }
            _ => skipped += 1,
        }
    }
    (set, skipped)
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

    /// Like [`Screener::feed`], judging the chunk's lines on `threads` threads (natively).
    /// The rows are written in input order and the duplicate rule sees them in order, so
    /// the outputs are exactly those of [`Screener::feed`].
    #[cfg(not(target_arch = "wasm32"))]
    pub fn feed_parallel(
        &mut self,
        chunk: &[u8],
        out: &mut Outputs,
        threads: usize,
    ) -> Result<(), FileProblem> {
        let mut ranges = Vec::new();
        if let Some((info, line)) = self.split(chunk, out, &mut ranges)? {
            self.csv_line(info, &line, out);
        }
        if ranges.is_empty() {
            return self.result();
        }
        // A thread is worth starting for a few hundred lines, not for a handful.
        let threads = if ranges.len() < 512 {
            1
        } else {
            threads.clamp(1, 16)
        };
        if threads == 1 {
            let judged = self.judge_ranges(chunk, &ranges);
            self.apply_ranges(chunk, &ranges, judged, out);
            return self.result();
        }
        let per = ranges.len().div_ceil(threads).max(1);
        let this = &*self;
        let judged: Vec<Judged> = std::thread::scope(|scope| {
            let handles: Vec<_> = ranges
                .chunks(per)
                .map(|part| scope.spawn(move || this.judge_ranges(chunk, part)))
                .collect();
            handles
                .into_iter()
                .flat_map(|h| h.join().unwrap_or_default())
                .collect()
        });
        self.apply_ranges(chunk, &ranges, judged, out);
        self.result()
    }

    /// Screens a whole CSV input on `threads` threads, as a pipeline: while the threads judge
    /// one chunk, the calling thread applies the previous one in input order (the duplicate
    /// rule, the counts, the outputs), lets `drain` write the outputs away and reads the next
    /// chunk. The result is exactly that of [`Screener::feed`] over the same bytes; only the
    /// work that must go in order waits for anything. Call [`Screener::finish`] afterwards.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn run_pipelined(
        &mut self,
        input: &mut dyn std::io::Read,
        chunk_size: usize,
        threads: usize,
        out: &mut Outputs,
        mut drain: impl FnMut(&mut Outputs) -> std::io::Result<()>,
        mut progress: impl FnMut(u64),
    ) -> std::io::Result<Result<(), FileProblem>> {
        let threads = threads.clamp(1, 16);
        let chunk_size = chunk_size.max(1);
        let mut eof = false;
        let mut next = read_batch(
            &mut self.splitter,
            input,
            chunk_size,
            (Vec::new(), Vec::new()),
            &mut eof,
        )?;
        let mut pending: Option<Batch> = None;
        loop {
            let mut batch = next.take();
            // Up to and including the header, lines go one by one (there are no rows yet,
            // so nothing is pending).
            if self.config.header.is_none() {
                if let Some(b) = batch.as_mut() {
                    if let Some((info, line)) = b.carried.take() {
                        self.csv_line(info, &line, out);
                    }
                    self.header_prefix(&b.chunk, &mut b.ranges, out);
                }
            }
            if let Some(p) = self.fatal.clone() {
                return Ok(Err(p));
            }
            if batch.is_none() && pending.is_none() && eof {
                break;
            }
            let config = &self.config;
            let tally = &mut self.tally;
            let splitter = &mut self.splitter;
            let own = &mut self.worker;
            if let Some(b) = batch.as_mut() {
                let lines = usize::from(b.carried.is_some()) + b.ranges.len();
                b.judged.resize_with(lines, Judged::default);
                if let (Some((info, line)), Some(slot)) = (b.carried.as_ref(), b.judged.first_mut())
                {
                    *slot = judge_csv(config, own, *info, line);
                }
            }
            // The lines are shared out in small parts that whoever is free takes next: the
            // helper threads from the start, this thread once the previous batch is applied
            // and the next one read. So no core waits while another still has a long share,
            // and no more threads run than there are cores.
            let parts = batch.as_mut().map(|b| {
                let skip = usize::from(b.carried.is_some());
                Parts::new(
                    &b.chunk,
                    &b.ranges,
                    b.judged.get_mut(skip..).unwrap_or_default(),
                )
            });
            let io = std::thread::scope(|scope| {
                if let Some(parts) = parts.as_ref() {
                    for _ in 1..threads {
                        scope.spawn(move || {
                            parts.judge(config, &mut Worker::new(own_delimiter(config)))
                        });
                    }
                }
                let mut spare = (Vec::new(), Vec::new());
                if let Some(p) = pending.take() {
                    spare = apply_batch(tally, config, p, out);
                }
                let io = drain(out).and_then(|()| {
                    if eof {
                        Ok(None)
                    } else {
                        read_batch(splitter, input, chunk_size, spare, &mut eof)
                    }
                });
                if let Some(parts) = parts.as_ref() {
                    parts.judge(config, own);
                }
                io
            });
            drop(parts);
            next = io?;
            if let Some(b) = batch.as_ref() {
                progress(b.chunk.len() as u64);
            }
            pending = batch;
        }
        drain(out)?;
        Ok(self.result())
    }

    /// For a browser worker that judges lines for another: takes the header line the other
    /// worker found, so both read columns alike.
    pub fn set_header_line(&mut self, line: &[u8]) -> Result<(), FileProblem> {
        let mut scratch = Outputs::default();
        self.csv_header(
            LineInfo {
                number: 1,
                truncated: false,
            },
            line,
            &mut scratch,
        );
        self.result()
    }

    /// The header line as found, for [`Screener::set_header_line`] in another worker.
    pub fn header_line(&self) -> Option<Vec<u8>> {
        let h = self.config.header.as_ref()?;
        let mut line = Vec::new();
        for (i, n) in h.names.iter().enumerate() {
            if i > 0 {
                line.push(h.delimiter);
            }
            csv_field(&mut line, n, h.delimiter);
        }
        Some(line)
    }

    /// The judging step of a parallel run across workers: judges `ranges` of `chunk` and
    /// returns the results as bytes (see [`pack`]) to hand to the worker that applies them.
    pub fn judge_packed(
        &self,
        chunk: &[u8],
        ranges: &[(LineInfo, std::ops::Range<usize>)],
    ) -> Vec<u8> {
        let mut out = Vec::with_capacity(ranges.len() * 24);
        for j in self.judge_ranges(chunk, ranges) {
            pack(&j, &mut out);
        }
        out
    }

    /// The applying step of a parallel run across workers: applies results packed by
    /// [`Screener::judge_packed`] for the same `ranges`. Bytes that do not unpack (which only
    /// a bug could cause) count the rest of the part as errors, so rows are never lost.
    pub fn apply_packed(
        &mut self,
        chunk: &[u8],
        ranges: &[(LineInfo, std::ops::Range<usize>)],
        packed: &[u8],
        out: &mut Outputs,
    ) {
        let mut at = 0;
        let judged: Vec<Judged> = ranges
            .iter()
            .map(|(info, _)| {
                unpack(packed, &mut at).unwrap_or_else(|| Judged::Error {
                    number: info.number,
                    problem: RowProblem::Line(LineProblem::Binary),
                    content: String::new(),
                })
            })
            .collect();
        self.apply_ranges(chunk, ranges, judged, out);
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
        Ok(self.tally.summary())
    }

    /// Screens one spreadsheet row (1-based row number, cells from column A); the first row
    /// with a value is the header.
    #[cfg(feature = "xlsx")]
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
    #[cfg(feature = "xlsx")]
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

fn csv_field(out: &mut Vec<u8>, field: &str, delimiter: u8) {
    let needs_quotes = field
        .bytes()
        .any(|b| b == delimiter || b == b'"' || b == b'\n' || b == b'\r');
    if needs_quotes {
        out.push(b'"');
        for b in field.bytes() {
            if b == b'"' {
                out.push(b'"');
            }
            out.push(b);
        }
        out.push(b'"');
    } else {
        out.extend_from_slice(field.as_bytes());
    }
}

/// Phase one for a CSV line: split it, judge it by the single-applicant rules.
fn judge_csv(config: &Config, w: &mut Worker, info: LineInfo, line: &[u8]) -> Judged {
    if line.trim_ascii().is_empty() {
        return Judged::Empty;
    }
    let error = |problem| Judged::Error {
        number: info.number,
        problem,
        content: quoted(config, line),
    };
    if info.truncated {
        return error(RowProblem::Line(LineProblem::TooLong));
    }
    let utf8 = match w.parser.parse(line, &mut w.record) {
        Ok(u) => u,
        Err(p) => return error(RowProblem::Line(p)),
    };
    w.numeric = 0;
    judge_record(config, w, info.number, utf8.then_some(line))
}

/// Phase one for a row in `w.record`: the single-applicant rules. `line` is the original CSV
/// line when it can be written out as is; otherwise the row is written from its fields.
fn judge_record(config: &Config, w: &mut Worker, number: u64, line: Option<&[u8]>) -> Judged {
    let Some(header) = config.header.as_ref() else {
        return Judged::Empty;
    };
    let record = &w.record;
    let width = header.names.len();
    if record.len() > width && (width..record.len()).any(|i| !record.get(i).is_empty()) {
        let content = match line {
            Some(l) => quoted(config, l),
            None => {
                let joined = record.raw_fields().collect::<Vec<_>>().join(",");
                if config.mask {
                    crate::privacy::mask_text(&joined).into_owned()
                } else {
                    joined
                }
            }
        };
        return Judged::Error {
            number,
            problem: RowProblem::TooManyFields {
                found: record.len(),
                expected: width,
            },
            content,
        };
    }

    // A NIK or KK stored in a spreadsheet *number* cell has lost its last digit: show it as
    // the spreadsheet would, so the number check names the damage.
    let numeric_text = |col: Column| -> Option<String> {
        let i = header.layout.get(col)?;
        (i < 64 && w.numeric & (1 << i) != 0).then(|| xlsx_number_text(record.get(i)))
    };
    let nik_num = numeric_text(Column::Nik);
    let kk_num = numeric_text(Column::Kk);
    let mut applicant = applicant_of(
        &header.layout,
        record,
        nik_num.as_deref(),
        kk_num.as_deref(),
    );
    // The key of the enrolled set is needed before the rules run; the duplicate set's
    // comes from the NIK check itself.
    let nik = match &config.enrolled {
        Some(_) => applicant
            .nik
            .given()
            .and_then(|s| match idnumber::read(s.as_bytes()) {
                idnumber::Read::Digits { digits, count: 16 } => Some(nik_key(&digits)),
                _ => None,
            }),
        None => None,
    };
    // Enrolment comes from the file's column, the --enrolled list, or both (the list wins
    // when it names the NIK). With neither, nobody is known to be enrolled: the contract's
    // screening layout has no such column, and a run without a list would otherwise send
    // every row to review.
    let has_column = header.layout.get(Column::AlreadyEnrolled).is_some();
    match (&config.enrolled, nik) {
        (Some(set), Some(key)) if set.contains(&key) => {
            applicant.already_enrolled = Field::Given(true)
        }
        (Some(_), Some(_)) if !has_column => applicant.already_enrolled = Field::Given(false),
        (None, _) if !has_column => applicant.already_enrolled = Field::Given(false),
        _ => {}
    }
    let resolved = &config.checker.resolved;
    let evaluation: &Evaluation = match &mut w.evaluation {
        Some(e) => {
            evaluate_into(&applicant, resolved, e);
            e
        }
        slot @ None => slot.insert(evaluate(&applicant, resolved)),
    };
    let nik = nik.or_else(|| {
        evaluation
            .nik
            .as_ref()
            .and_then(|r| r.nik.as_ref())
            .map(nik_key)
    });
    let (mut fails, mut reviews) = (0u16, 0u16);
    for r in evaluation.results() {
        match r.outcome {
            Outcome::Fail => fails |= 1 << r.id.index(),
            Outcome::Review => reviews |= 1 << r.id.index(),
            _ => {}
        }
    }
    let text = match line {
        Some(_) if !config.mask => None,
        _ => {
            let id_columns = [
                header.layout.get(Column::Nik),
                header.layout.get(Column::Kk),
            ];
            let birth_column = header.layout.get(Column::BirthDate);
            let mut buf = Vec::with_capacity(128);
            for (i, f) in record.raw_fields().enumerate() {
                if i > 0 {
                    buf.push(header.delimiter);
                }
                if !config.mask {
                    csv_field(&mut buf, f, header.delimiter);
                } else if id_columns.contains(&Some(i)) {
                    csv_field(&mut buf, &crate::privacy::mask_id(f), header.delimiter);
                } else if birth_column == Some(i) {
                    // The birth date spells out digits 7 to 12 of the NIK: only its year stays.
                    let year = match values::date(f) {
                        values::Cell::Value(d) => d.format("%Y").to_string(),
                        _ => String::new(),
                    };
                    csv_field(&mut buf, &year, header.delimiter);
                } else {
                    csv_field(&mut buf, &crate::privacy::mask_text(f), header.delimiter);
                }
            }
            Some(buf)
        }
    };
    Judged::Row(JudgedRow {
        nik,
        decision: evaluation.decision,
        fails,
        reviews,
        district: district_of(&applicant, evaluation),
        text,
        fields: record.len(),
    })
}

/// The applicant a row of the screening layout describes: every field read by the one
/// reader of the screening columns. `nik_num` and `kk_num` stand in for the NIK and KK cells
/// when a spreadsheet stored them as numbers. Shared with `layak verval`, which reads its
/// enrolled and candidate lists in the same layout.
pub fn applicant_of<'r>(
    layout: &Layout,
    record: &'r Record,
    nik_num: Option<&'r str>,
    kk_num: Option<&'r str>,
) -> Applicant<'r> {
    let text = |col: Column| -> Option<&str> {
        let i = layout.get(col)?;
        Some(record.get(i)).filter(|s| !s.is_empty())
    };
    Applicant {
        nik: text_field(nik_num.or(text(Column::Nik))),
        kk: text_field(kk_num.or(text(Column::Kk))),
        name: text(Column::Name),
        birth_date: match text(Column::BirthDate).map(values::date) {
            None | Some(values::Cell::Missing) => Field::Missing,
            Some(values::Cell::Value(d)) => Field::Given(d),
            Some(values::Cell::Unreadable) => Field::Unreadable,
        },
        sex: Field::read_str(text(Column::Sex), Sex::parse),
        citizenship: match text(Column::Citizenship) {
            // The screening layout has no citizenship column: the candidates come from the
            // regency's poverty data, which lists residents by NIK; a file without the
            // column is read as Indonesian citizens.
            None if layout.get(Column::Citizenship).is_none() => Field::Given(Citizenship::Wni),
            other => Field::read_str(other, Citizenship::parse),
        },
        village_code: Field::read_str(text(Column::VillageCode), |s| {
            region::RegionCode::parse(s).filter(|c| c.level() == Level::Village)
        }),
        program: Field::read_str(text(Column::Program), Program::parse),
        category: text_field(text(Column::Category)),
        occupation: match text(Column::Occupation) {
            None => Field::Given(Occupation::None),
            Some(s) => Field::read_str(Some(s), occupation_code),
        },
        in_poverty_data: Field::read_str(text(Column::InPovertyData), flag),
        already_enrolled: Field::read_str(text(Column::AlreadyEnrolled), flag),
    }
}

impl Tally {
    /// Writes the header line of every output: the input's columns plus `decision` and
    /// `reasons`; `errors.csv` has `line`, `message`, `content`.
    fn write_headers(&mut self, config: &Config, out: &mut Outputs) {
        self.started = true;
        let d = config.header.as_ref().map_or(b',', |h| h.delimiter);
        let mut line = Vec::new();
        for n in config.header.iter().flat_map(|h| h.names.iter()) {
            csv_field(&mut line, n, d);
            line.push(d);
        }
        line.extend_from_slice(b"decision");
        line.push(d);
        line.extend_from_slice(b"reasons\n");
        for buf in [&mut out.eligible, &mut out.ineligible, &mut out.review] {
            buf.extend_from_slice(BOM);
            buf.extend_from_slice(&line);
        }
        out.errors.extend_from_slice(BOM);
        out.errors
            .push_str_line(&[b"line", b"message", b"content"], d);
    }

    /// Phase two: the duplicate rule, the counts and the output, row by row in input order.
    fn apply(&mut self, config: &Config, judged: Judged, line: &[u8], out: &mut Outputs) {
        let Some(header) = config.header.as_ref() else {
            return;
        };
        let d = header.delimiter;
        match judged {
            Judged::Empty => self.summary.empty_lines += 1,
            Judged::Error {
                number,
                problem,
                content,
            } => {
                self.summary.rows += 1;
                self.summary.errors += 1;
                let message = crate::messages::screen::row_problem(problem, config.checker.lang);
                let buf = &mut out.errors;
                buf.extend_from_slice(number.to_string().as_bytes());
                buf.push(d);
                csv_field(buf, &message, d);
                buf.push(d);
                csv_field(buf, &content, d);
                buf.push(b'\n');
            }
            Judged::Row(row) => {
                self.summary.rows += 1;
                let mut decision = row.decision;
                let mut fails = row.fails;
                if let Some(key) = row.nik {
                    if !self.seen.insert(key) {
                        fails |= 1 << RuleId::EnrolmentNotDuplicate.index();
                        decision = Decision::Ineligible;
                        self.summary.duplicates += 1;
                    }
                }
                let slot = match decision {
                    Decision::Eligible => {
                        self.summary.eligible += 1;
                        1
                    }
                    Decision::Ineligible => {
                        self.summary.ineligible += 1;
                        2
                    }
                    Decision::Review => {
                        self.summary.review += 1;
                        3
                    }
                };
                for id in RuleId::ALL {
                    let bit = 1 << id.index();
                    if fails & bit != 0 {
                        self.reason_counts[id.index()] += 1;
                    }
                    if row.reviews & bit != 0 {
                        self.review_counts[id.index()] += 1;
                    }
                }
                let c = self.districts.entry(row.district).or_default();
                c[0] += 1;
                c[slot] += 1;

                let buf = match decision {
                    Decision::Eligible => &mut out.eligible,
                    Decision::Ineligible => &mut out.ineligible,
                    Decision::Review => &mut out.review,
                };
                match &row.text {
                    Some(t) => buf.extend_from_slice(t),
                    None => buf.extend_from_slice(line),
                }
                // Rows shorter than the header get empty cells, so the added columns line up.
                for _ in row.fields.max(1)..header.names.len() {
                    buf.push(d);
                }
                buf.push(d);
                buf.extend_from_slice(decision.as_str().as_bytes());
                buf.push(d);
                let shown = match decision {
                    Decision::Ineligible => fails,
                    _ => row.reviews,
                };
                let needs_quotes = d == b';' && shown.count_ones() > 1;
                if needs_quotes {
                    buf.push(b'"');
                }
                let mut first = true;
                for id in RuleId::ALL {
                    if shown & (1 << id.index()) != 0 {
                        if !first {
                            buf.push(b';');
                        }
                        buf.extend_from_slice(id.as_str().as_bytes());
                        first = false;
                    }
                }
                if needs_quotes {
                    buf.push(b'"');
                }
                buf.push(b'\n');
            }
        }
    }

    /// Applies judged rows in input order, `line(i)` being row `i`'s line. The duplicate
    /// set's slots for a group of rows are fetched together before the rows are applied:
    /// each is a trip to main memory (the set is 16 MB for a million rows), and trips made
    /// together overlap instead of being waited for one after another.
    fn apply_in_order<'l>(
        &mut self,
        config: &Config,
        judged: &mut [Judged],
        out: &mut Outputs,
        line: impl Fn(usize) -> &'l [u8],
    ) {
        const GROUP: usize = 16;
        let mut start = 0;
        for group in judged.chunks_mut(GROUP) {
            self.seen.warm(group.iter().filter_map(|j| match j {
                Judged::Row(JudgedRow { nik: Some(k), .. }) => Some(*k),
                _ => None,
            }));
            for (i, j) in group.iter_mut().enumerate() {
                self.apply(config, std::mem::take(j), line(start + i), out);
            }
            start += GROUP;
        }
    }

    fn summary(&mut self) -> Summary {
        let mut s = self.summary.clone();
        for id in RuleId::ALL {
            let f = self.reason_counts[id.index()];
            if f > 0 {
                s.by_reason.insert(id.as_str(), f);
            }
            let r = self.review_counts[id.index()];
            if r > 0 {
                s.by_review.insert(id.as_str(), r);
            }
        }
        for (code, c) in &self.districts {
            let (key, name) = if *code == 0 {
                ("unknown".to_string(), String::new())
            } else {
                let name = region::district(*code, NaiveDate::MAX)
                    .map(|r| r.name.to_string())
                    .unwrap_or_default();
                (region::RegionCode::district(*code).to_string(), name)
            };
            s.by_district.insert(
                key,
                DistrictCount {
                    name,
                    rows: c[0],
                    eligible: c[1],
                    ineligible: c[2],
                    review: c[3],
                },
            );
        }
        s
    }
}

/// A chunk on its way through a pipelined run: its bytes, the line carried over from the
/// chunk before (owned; it comes first), the ranges of its complete lines, and their
/// judgements in that order.
#[cfg(not(target_arch = "wasm32"))]
struct Batch {
    chunk: Vec<u8>,
    carried: Option<(LineInfo, Vec<u8>)>,
    ranges: Vec<(LineInfo, std::ops::Range<usize>)>,
    judged: Vec<Judged>,
}

/// Applies a judged batch in input order; gives back its buffers for the next read.
#[cfg(not(target_arch = "wasm32"))]
fn apply_batch(
    tally: &mut Tally,
    config: &Config,
    mut b: Batch,
    out: &mut Outputs,
) -> (Vec<u8>, Vec<Judged>) {
    let carried = b.carried.as_ref().map(|(_, l)| l.as_slice());
    let skip = usize::from(carried.is_some());
    let (chunk, ranges) = (&b.chunk, &b.ranges);
    tally.apply_in_order(config, &mut b.judged, out, |i| match (i, carried) {
        (0, Some(l)) => l,
        _ => ranges
            .get(i - skip)
            .and_then(|(_, r)| chunk.get(r.clone()))
            .unwrap_or(&[]),
    });
    b.judged.clear();
    (b.chunk, b.judged)
}

/// The delimiter the header chose (`,` before there is one).
#[cfg(not(target_arch = "wasm32"))]
fn own_delimiter(config: &Config) -> u8 {
    config.header.as_ref().map_or(b',', |h| h.delimiter)
}

/// A batch's lines cut into parts of [`Parts::SIZE`], each with the slots its judgements go
/// into; threads take the next part not yet taken until none is left.
#[cfg(not(target_arch = "wasm32"))]
struct Parts<'a> {
    chunk: &'a [u8],
    parts: Vec<std::sync::Mutex<Option<PartOf<'a>>>>,
    next: std::sync::atomic::AtomicUsize,
}

#[cfg(not(target_arch = "wasm32"))]
type PartOf<'a> = (&'a [(LineInfo, std::ops::Range<usize>)], &'a mut [Judged]);

#[cfg(not(target_arch = "wasm32"))]
impl<'a> Parts<'a> {
    /// Lines in a part: about 100 KB, small enough to share a 4 MB chunk out evenly.
    const SIZE: usize = 256;

    fn new(
        chunk: &'a [u8],
        ranges: &'a [(LineInfo, std::ops::Range<usize>)],
        slots: &'a mut [Judged],
    ) -> Parts<'a> {
        let parts = ranges
            .chunks(Self::SIZE)
            .zip(slots.chunks_mut(Self::SIZE))
            .map(|p| std::sync::Mutex::new(Some(p)))
            .collect();
        Parts {
            chunk,
            parts,
            next: std::sync::atomic::AtomicUsize::new(0),
        }
    }

    /// Judges parts until none is left.
    fn judge(&self, config: &Config, w: &mut Worker) {
        use std::sync::atomic::Ordering;
        loop {
            let i = self.next.fetch_add(1, Ordering::Relaxed);
            let Some(part) = self.parts.get(i) else {
                return;
            };
            // Each part is taken once (the counter hands out each index once), so the lock
            // is never contended; a poisoned one still holds its part.
            let taken = part.lock().unwrap_or_else(|e| e.into_inner()).take();
            if let Some((ranges, slots)) = taken {
                for ((info, r), slot) in ranges.iter().zip(slots.iter_mut()) {
                    *slot = judge_csv(config, w, *info, self.chunk.get(r.clone()).unwrap_or(&[]));
                }
            }
        }
    }
}

/// Reads the next chunk into `buf` and finds its lines; at the end of the input, the last
/// line without a `\n` (if any) is the batch.
#[cfg(not(target_arch = "wasm32"))]
fn read_batch(
    splitter: &mut LineSplitter,
    input: &mut dyn std::io::Read,
    size: usize,
    (mut buf, judged): (Vec<u8>, Vec<Judged>),
    eof: &mut bool,
) -> std::io::Result<Option<Batch>> {
    buf.resize(size, 0);
    let n = read_up_to(input, &mut buf)?;
    buf.truncate(n);
    if n == 0 {
        *eof = true;
        let mut last = None;
        splitter.finish(|info, line| last = Some((info, line.to_vec())));
        return Ok(last.map(|l| Batch {
            chunk: Vec::new(),
            carried: Some(l),
            ranges: Vec::new(),
            judged: Vec::new(),
        }));
    }
    let mut ranges = Vec::new();
    let carried = splitter.feed_ranges(&buf, &mut ranges);
    Ok(Some(Batch {
        chunk: buf,
        carried,
        ranges,
        judged,
    }))
}

/// Fills `buf` from `input` as far as it goes; fewer bytes only at the end of the input.
#[cfg(not(target_arch = "wasm32"))]
fn read_up_to(input: &mut dyn std::io::Read, buf: &mut [u8]) -> std::io::Result<usize> {
    let mut n = 0;
    while n < buf.len() {
        match input.read(&mut buf[n..]) {
            Ok(0) => break,
            Ok(k) => n += k,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        }
    }
    Ok(n)
}

/// Writes a judged line as bytes, so a browser worker can hand it to another (workers share
/// no memory). Little-endian: a tag, then the fields of the variant.
fn pack(j: &Judged, out: &mut Vec<u8>) {
    match j {
        Judged::Empty => out.push(0),
        Judged::Error {
            number,
            problem,
            content,
        } => {
            out.push(1);
            out.extend_from_slice(&number.to_le_bytes());
            let (kind, found, expected) = match problem {
                RowProblem::Line(LineProblem::UnbalancedQuotes) => (0u8, 0, 0),
                RowProblem::Line(LineProblem::TooLong) => (1, 0, 0),
                RowProblem::Line(LineProblem::Binary) => (2, 0, 0),
                RowProblem::TooManyFields { found, expected } => {
                    (3, *found as u32, *expected as u32)
                }
            };
            out.push(kind);
            out.extend_from_slice(&found.to_le_bytes());
            out.extend_from_slice(&expected.to_le_bytes());
            out.extend_from_slice(&(content.len() as u32).to_le_bytes());
            out.extend_from_slice(content.as_bytes());
        }
        Judged::Row(r) => {
            out.push(2);
            out.push(match r.decision {
                Decision::Eligible => 0,
                Decision::Ineligible => 1,
                Decision::Review => 2,
            });
            out.extend_from_slice(&r.fails.to_le_bytes());
            out.extend_from_slice(&r.reviews.to_le_bytes());
            out.extend_from_slice(&r.district.to_le_bytes());
            out.extend_from_slice(&r.nik.map_or(u64::MAX, |n| n).to_le_bytes());
            out.extend_from_slice(&(r.fields as u32).to_le_bytes());
            match &r.text {
                None => out.extend_from_slice(&u32::MAX.to_le_bytes()),
                Some(t) => {
                    out.extend_from_slice(&(t.len() as u32).to_le_bytes());
                    out.extend_from_slice(t);
                }
            }
        }
    }
}

fn take<'a>(b: &'a [u8], at: &mut usize, n: usize) -> Option<&'a [u8]> {
    let s = b.get(*at..at.checked_add(n)?)?;
    *at += n;
    Some(s)
}

fn take_u32(b: &[u8], at: &mut usize) -> Option<u32> {
    take(b, at, 4)
        .and_then(|s| s.try_into().ok())
        .map(u32::from_le_bytes)
}

fn take_u64(b: &[u8], at: &mut usize) -> Option<u64> {
    take(b, at, 8)
        .and_then(|s| s.try_into().ok())
        .map(u64::from_le_bytes)
}

fn take_u16(b: &[u8], at: &mut usize) -> Option<u16> {
    take(b, at, 2)
        .and_then(|s| s.try_into().ok())
        .map(u16::from_le_bytes)
}

/// Reads one judged line written by [`pack`].
fn unpack(b: &[u8], at: &mut usize) -> Option<Judged> {
    let tag = *take(b, at, 1)?.first()?;
    match tag {
        0 => Some(Judged::Empty),
        1 => {
            let number = take_u64(b, at)?;
            let kind = *take(b, at, 1)?.first()?;
            let found = take_u32(b, at)? as usize;
            let expected = take_u32(b, at)? as usize;
            let problem = match kind {
                0 => RowProblem::Line(LineProblem::UnbalancedQuotes),
                1 => RowProblem::Line(LineProblem::TooLong),
                2 => RowProblem::Line(LineProblem::Binary),
                _ => RowProblem::TooManyFields { found, expected },
            };
            let len = take_u32(b, at)? as usize;
            let content = String::from_utf8_lossy(take(b, at, len)?).into_owned();
            Some(Judged::Error {
                number,
                problem,
                content,
            })
        }
        2 => {
            let decision = match *take(b, at, 1)?.first()? {
                0 => Decision::Eligible,
                1 => Decision::Ineligible,
                _ => Decision::Review,
            };
            let fails = take_u16(b, at)?;
            let reviews = take_u16(b, at)?;
            let district = take_u32(b, at)?;
            let nik = Some(take_u64(b, at)?).filter(|n| *n != u64::MAX);
            let fields = take_u32(b, at)? as usize;
            let len = take_u32(b, at)?;
            let text = if len == u32::MAX {
                None
            } else {
                Some(take(b, at, len as usize)?.to_vec())
            };
            Some(Judged::Row(JudgedRow {
                nik,
                decision,
                fails,
                reviews,
                district,
                text,
                fields,
            }))
        }
        _ => None,
    }
}

trait PushLine {
    fn push_str_line(&mut self, fields: &[&[u8]], d: u8);
}

impl PushLine for Vec<u8> {
    fn push_str_line(&mut self, fields: &[&[u8]], d: u8) {
        for (i, f) in fields.iter().enumerate() {
            if i > 0 {
                self.push(d);
            }
            self.extend_from_slice(f);
        }
        self.push(b'\n');
    }
}

/// The kecamatan a row is counted under: the village code's, else the KK's (where the family
/// card was issued), else the NIK's (where the person was first registered); 0 when none.
fn district_of(a: &Applicant<'_>, e: &Evaluation) -> u32 {
    if let Some(v) = a.village_code.given() {
        return (v.value() / 10_000) as u32;
    }
    let from = |d: Option<region::Region>| d.map(|r| r.code.value() as u32);
    e.kk.as_ref()
        .and_then(|k| from(k.district))
        .or_else(|| e.nik.as_ref().and_then(|n| from(n.district)))
        .unwrap_or(0)
}

/// The occupation column as people fill it: a code in any case, `-` for none, and the
/// words `tidak ada`/`tidak bekerja` for none too.
fn occupation_code(s: &str) -> Option<Occupation> {
    let mut norm = String::new();
    values::code(s, &mut norm);
    match norm.as_str() {
        "" | "-" | "tidak_ada" | "tidak_bekerja" | "belum_bekerja" => Some(Occupation::None),
        other => Occupation::parse(other),
    }
}

/// A line as `errors.csv` quotes it: its start, masked when asked.
fn quoted(config: &Config, line: &[u8]) -> String {
    let text = record::echo(line, 200);
    if config.mask {
        crate::privacy::mask_text(&text).into_owned()
    } else {
        text
    }
}

/// A text cell: missing when empty.
fn text_field(s: Option<&str>) -> Field<&str> {
    match s.map(str::trim_ascii) {
        None | Some("") => Field::Missing,
        Some(t) => Field::Given(t),
    }
}

fn flag(s: &str) -> Option<bool> {
    match values::yes_no(s) {
        values::Cell::Value(b) => Some(b),
        _ => None,
    }
}

/// How a spreadsheet shows a long number: `3.52206E+15`.
pub(crate) fn xlsx_number_text(text: &str) -> String {
    match text.parse::<f64>() {
        Ok(f) => format!("{f:E}"),
        Err(_) => text.to_string(),
    }
}

/// Writes a summary as pretty JSON.
pub fn write_summary(out: &mut impl Write, s: &Summary) -> std::io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, s)?;
    writeln!(out)
}
