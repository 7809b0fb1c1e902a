//! Judging one row on its own: the single-applicant rules ([`crate::rules`]) applied to the
//! columns of a CSV line or a spreadsheet row. Any number of threads (or browser workers) may
//! judge rows at once; only the duplicate rule, which needs every earlier row, waits for
//! [`super::tally`].

use super::columns::{Column, Layout};
use super::lines::LineInfo;
use super::record::{self, LineParser, LineProblem, Record};
use super::RowProblem;
use crate::api::Checker;
use crate::idnumber;
use crate::read;
use crate::region;
use crate::rules::applicant::{Applicant, Citizenship, Field, Occupation};
use crate::rules::evaluate::{evaluate, evaluate_into, Evaluation};
use crate::rules::Decision;
use crate::rules::Outcome;
use rustc_hash::FxHashSet;

pub(super) struct Header {
    pub(super) names: Vec<String>,
    pub(super) layout: Layout,
    pub(super) delimiter: u8,
}

/// What judging needs and never changes once the header is read: shared by the threads of
/// a parallel run.
pub(super) struct Config {
    pub(super) checker: Checker,
    pub(super) enrolled: Option<FxHashSet<u64>>,
    pub(super) header: Option<Header>,
    pub(super) mask: bool,
}

/// One thread's scratch space.
pub(super) struct Worker {
    pub(super) parser: LineParser,
    pub(super) record: Record,
    pub(super) numeric: u64,
    /// The last row's evaluation, filled anew for the next row.
    pub(super) evaluation: Option<Evaluation>,
}

impl Worker {
    pub(super) fn new(delimiter: u8) -> Worker {
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
pub(super) enum Judged {
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

pub(super) struct JudgedRow {
    pub(super) nik: Option<u64>,
    /// The decision before `enrolment.not_duplicate`.
    pub(super) decision: Decision,
    /// Bit `i`: rule `RuleId::ALL[i]` failed / asked for review.
    pub(super) fails: u16,
    pub(super) reviews: u16,
    pub(super) district: u32,
    /// The row as written out, when it is not the original line (a Windows-1252 line is
    /// written decoded; a spreadsheet row as CSV).
    pub(super) text: Option<Vec<u8>>,
    /// Fields in the row (to pad short rows).
    pub(super) fields: usize,
}

/// A NIK's 16 digits as a number, the key of the duplicate and enrolled sets.
pub(super) fn nik_key(digits: &idnumber::Digits) -> u64 {
    digits
        .iter()
        .fold(0u64, |acc, d| acc * 10 + u64::from(d - b'0'))
}

pub(super) fn csv_field(out: &mut Vec<u8>, field: &str, delimiter: u8) {
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
pub(super) fn judge_csv(config: &Config, w: &mut Worker, info: LineInfo, line: &[u8]) -> Judged {
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
pub(super) fn judge_record(
    config: &Config,
    w: &mut Worker,
    number: u64,
    line: Option<&[u8]>,
) -> Judged {
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
    let text = |col: Column| -> Option<&str> {
        let i = header.layout.get(col)?;
        Some(record.get(i)).filter(|s| !s.is_empty())
    };
    let mut applicant = Applicant {
        nik: text_field(nik_num.as_deref().or(text(Column::Nik))),
        kk: text_field(kk_num.as_deref().or(text(Column::Kk))),
        name: text(Column::Name),
        // Every value through the one reader, as `layak check` reads JSON.
        birth_date: cell(text(Column::BirthDate), read::date),
        sex: cell(text(Column::Sex), read::sex),
        citizenship: match text(Column::Citizenship) {
            // The screening layout has no citizenship column: the candidates come from the
            // regency's poverty data, which lists residents by NIK; a file without the
            // column is read as Indonesian citizens.
            None if header.layout.get(Column::Citizenship).is_none() => {
                Field::Given(Citizenship::Wni)
            }
            other => cell(other, read::citizenship),
        },
        village_code: cell(text(Column::VillageCode), read::village_code),
        program: cell(text(Column::Program), read::program),
        category: text_field(text(Column::Category)),
        // An empty pekerjaan cell means none (CONTRACT.md §6): the poverty lists leave it
        // blank for people without a job.
        occupation: match text(Column::Occupation) {
            None => Field::Given(Occupation::None),
            Some(s) => read::occupation(s),
        },
        in_poverty_data: cell(text(Column::InPovertyData), read::yes_no),
        already_enrolled: cell(text(Column::AlreadyEnrolled), read::yes_no),
        unknown: &[],
    };
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
                    let year = match crate::read::dates::date(f) {
                        Some(d) => d.format("%Y").to_string(),
                        None => String::new(),
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

/// The kecamatan a row is counted under: the village code's, else the KK's (where the family
/// card was issued), else the NIK's (where the person was first registered); 0 when none.
pub(super) fn district_of(a: &Applicant<'_>, e: &Evaluation) -> u32 {
    if let Some(v) = a.village_code.given() {
        return (v.value() / 10_000) as u32;
    }
    let from = |d: Option<region::Region>| d.map(|r| r.code.value() as u32);
    e.kk.as_ref()
        .and_then(|k| from(k.district))
        .or_else(|| e.nik.as_ref().and_then(|n| from(n.district)))
        .unwrap_or(0)
}

/// A line as `errors.csv` quotes it: its start, masked when asked.
pub(super) fn quoted(config: &Config, line: &[u8]) -> String {
    let text = record::echo(line, 200);
    if config.mask {
        crate::privacy::mask_text(&text).into_owned()
    } else {
        text
    }
}

/// A text cell: missing when empty.
pub(super) fn text_field(s: Option<&str>) -> Field<&str> {
    match s.map(str::trim_ascii) {
        None | Some("") => Field::Missing,
        Some(t) => Field::Given(t),
    }
}

/// A cell through a reader: missing when the file has no such column or the cell is empty.
#[inline]
fn cell<'a, T>(s: Option<&'a str>, read: impl FnOnce(&'a str) -> Field<T>) -> Field<T> {
    s.map_or(Field::Missing, read)
}

/// How a spreadsheet shows a long number: `3.52206E+15`.
pub(super) fn xlsx_number_text(text: &str) -> String {
    match text.parse::<f64>() {
        Ok(f) => format!("{f:E}"),
        Err(_) => text.to_string(),
    }
}
