//! The part of a run that goes row by row in input order: the duplicate rule
//! (`enrolment.not_duplicate` needs every earlier row's NIK), the counts of `summary.json`
//! and the rows written to the four outputs.

use super::judge::{csv_field, Config, Judged, JudgedRow};
use super::{nikset, DistrictCount, Outputs, Summary, BOM};
use crate::region;
use crate::rules::{Decision, RuleId};
use chrono::NaiveDate;
use rustc_hash::FxHashMap;

/// The counts and the set of NIKs seen: the part of a run that goes row by row, in order.
pub(super) struct Tally {
    pub(super) seen: nikset::NikSet,
    pub(super) summary: Summary,
    pub(super) reason_counts: [u64; RuleId::COUNT],
    pub(super) review_counts: [u64; RuleId::COUNT],
    pub(super) districts: FxHashMap<u32, [u64; 4]>,
    pub(super) started: bool,
}

impl Tally {
    /// Writes the header line of every output: the input's columns plus `decision` and
    /// `reasons`; `errors.csv` has `line`, `message`, `content`.
    pub(super) fn write_headers(&mut self, config: &Config, out: &mut Outputs) {
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
    pub(super) fn apply(
        &mut self,
        config: &Config,
        judged: Judged,
        line: &[u8],
        out: &mut Outputs,
    ) {
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
                let message = super::words::row_problem(problem, config.checker.lang);
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
    pub(super) fn apply_in_order<'l>(
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

    pub(super) fn summary(&mut self) -> Summary {
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
