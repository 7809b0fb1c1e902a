//! Judged rows as bytes, for the browser: Web Workers share no memory, so a helper worker
//! judges a part of the lines and hands its judgements to the worker that applies them in
//! order as a packed byte string ([`pack`], [`unpack`]).

use super::judge::{csv_field, Judged, JudgedRow};
use super::lines::LineInfo;
use super::record::LineProblem;
use super::{FileProblem, Outputs, RowProblem, Screener};
use crate::rules::Decision;

impl Screener {
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
}

/// Writes a judged line as bytes, so a browser worker can hand it to another (workers share
/// no memory). Little-endian: a tag, then the fields of the variant.
pub(super) fn pack(j: &Judged, out: &mut Vec<u8>) {
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

pub(super) fn take<'a>(b: &'a [u8], at: &mut usize, n: usize) -> Option<&'a [u8]> {
    let s = b.get(*at..at.checked_add(n)?)?;
    *at += n;
    Some(s)
}

pub(super) fn take_u32(b: &[u8], at: &mut usize) -> Option<u32> {
    take(b, at, 4)
        .and_then(|s| s.try_into().ok())
        .map(u32::from_le_bytes)
}

pub(super) fn take_u64(b: &[u8], at: &mut usize) -> Option<u64> {
    take(b, at, 8)
        .and_then(|s| s.try_into().ok())
        .map(u64::from_le_bytes)
}

pub(super) fn take_u16(b: &[u8], at: &mut usize) -> Option<u16> {
    take(b, at, 2)
        .and_then(|s| s.try_into().ok())
        .map(u16::from_le_bytes)
}

/// Reads one judged line written by [`pack`].
pub(super) fn unpack(b: &[u8], at: &mut usize) -> Option<Judged> {
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

#[cfg(test)]
mod tests {
    use super::*;

    /// Every kind of judged line comes back as it was packed, one after another in one
    /// byte string, and a cut string gives `None` instead of a wrong row.
    #[test]
    fn packed_lines_unpack_to_the_same_lines() {
        let lines = vec![
            Judged::Empty,
            Judged::Error {
                number: 7,
                problem: RowProblem::TooManyFields {
                    found: 12,
                    expected: 10,
                },
                content: "3522,x,\"y\"".into(),
            },
            Judged::Row(JudgedRow {
                nik: Some(3_522_061_205_800_001),
                decision: Decision::Review,
                fails: 0b101,
                reviews: 0b10,
                district: 352_206,
                text: Some(b"a,b".to_vec()),
                fields: 2,
            }),
            Judged::Row(JudgedRow {
                nik: None,
                decision: Decision::Eligible,
                fails: 0,
                reviews: 0,
                district: 0,
                text: None,
                fields: 10,
            }),
        ];
        let mut bytes = Vec::new();
        for l in &lines {
            pack(l, &mut bytes);
        }
        let mut at = 0;
        let back: Vec<String> = (0..lines.len())
            .map(|_| describe(&unpack(&bytes, &mut at).expect("unpacks")))
            .collect();
        let want: Vec<String> = lines.iter().map(describe).collect();
        assert_eq!(back, want);
        assert_eq!(at, bytes.len());
        let mut at = 0;
        let cut = &bytes[..bytes.len() - 1];
        let whole = (0..lines.len())
            .filter_map(|_| unpack(cut, &mut at))
            .count();
        assert_eq!(whole, lines.len() - 1);
    }

    fn describe(j: &Judged) -> String {
        match j {
            Judged::Empty => "empty".into(),
            Judged::Error {
                number,
                problem,
                content,
            } => format!("error {number} {problem:?} {content}"),
            Judged::Row(r) => format!(
                "row {:?} {:?} {} {} {} {:?} {}",
                r.nik, r.decision, r.fails, r.reviews, r.district, r.text, r.fields
            ),
        }
    }
}
