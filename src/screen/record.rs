//! One CSV line into fields, the way spreadsheets export them.
//!
//! Each physical line is parsed on its own by `csv-core` (quotes, doubled quotes, the
//! delimiter), so a stray quote spoils its own line only and never swallows the rest of the
//! file: in this data no field legitimately holds a line break. A line that is not UTF-8 is
//! read as Windows-1252, the encoding of spreadsheets saved as "CSV" by Indonesian Windows
//! installations; every other line stays UTF-8, so a file mixing both still reads.

use csv_core::{ReadRecordResult, Reader, ReaderBuilder};

/// Why a line could not be read as a record.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LineProblem {
    /// An odd number of quote characters: a quote was opened and never closed.
    UnbalancedQuotes,
    /// Longer than the limit of a line.
    TooLong,
    /// Holds NUL or other control bytes: not text.
    Binary,
}

/// The fields of one line, in a reused buffer.
#[derive(Debug, Default)]
pub struct Record {
    text: String,
    ends: Vec<usize>,
}

impl Record {
    /// The number of fields.
    pub fn len(&self) -> usize {
        self.ends.len()
    }

    /// Whether there are no fields.
    pub fn is_empty(&self) -> bool {
        self.ends.is_empty()
    }

    /// Field `i`, with surrounding spaces removed; `""` past the end.
    pub fn get(&self, i: usize) -> &str {
        let start = if i == 0 {
            0
        } else {
            self.ends.get(i - 1).copied().unwrap_or(self.text.len())
        };
        let end = self.ends.get(i).copied().unwrap_or(start);
        self.text.get(start..end).unwrap_or("").trim()
    }

    /// The fields, as read (not trimmed).
    pub fn raw_fields(&self) -> impl Iterator<Item = &str> {
        let mut start = 0;
        self.ends.iter().map(move |&end| {
            let f = self.text.get(start..end).unwrap_or("");
            start = end;
            f
        })
    }
}

/// Parses lines with one delimiter.
pub struct LineParser {
    reader: Reader,
    out: Vec<u8>,
    ends: Vec<usize>,
    decoded: String,
}

impl LineParser {
    /// A parser for `delimiter` (`,`, `;` or tab).
    pub fn new(delimiter: u8) -> Self {
        LineParser {
            reader: ReaderBuilder::new().delimiter(delimiter).build(),
            out: Vec::new(),
            ends: Vec::new(),
            decoded: String::new(),
        }
    }

    /// Parses one line (without its line ending) into `record`.
    pub fn parse(&mut self, line: &[u8], record: &mut Record) -> Result<(), LineProblem> {
        if line.iter().any(|&b| b < 0x20 && b != b'\t' || b == 0x7F) {
            return Err(LineProblem::Binary);
        }
        if line.iter().filter(|&&b| b == b'"').count() % 2 == 1 {
            return Err(LineProblem::UnbalancedQuotes);
        }
        let bytes: &[u8] = match std::str::from_utf8(line) {
            Ok(_) => line,
            Err(_) => {
                let (text, _) = encoding_rs::WINDOWS_1252.decode_without_bom_handling(line);
                self.decoded.clear();
                self.decoded.push_str(&text);
                self.decoded.as_bytes()
            }
        };
        self.reader.reset();
        if self.out.len() < bytes.len() + 1 {
            self.out.resize(bytes.len() + 1, 0);
        }
        if self.ends.len() < bytes.len() + 2 {
            self.ends.resize(bytes.len() + 2, 0);
        }
        let (mut input, mut out_at, mut ends_at) = (bytes, 0usize, 0usize);
        loop {
            let (res, nin, nout, nend) =
                self.reader
                    .read_record(input, &mut self.out[out_at..], &mut self.ends[ends_at..]);
            input = &input[nin..];
            // Field ends count from the start of the record, across calls.
            out_at += nout;
            ends_at += nend;
            match res {
                ReadRecordResult::InputEmpty => {
                    if input.is_empty() {
                        // Signal the end of input: the record ends here.
                        let (res2, _, nout2, nend2) = self.reader.read_record(
                            &[],
                            &mut self.out[out_at..],
                            &mut self.ends[ends_at..],
                        );
                        out_at += nout2;
                        ends_at += nend2;
                        debug_assert!(matches!(
                            res2,
                            ReadRecordResult::Record | ReadRecordResult::End
                        ));
                        break;
                    }
                }
                ReadRecordResult::Record | ReadRecordResult::End => break,
                ReadRecordResult::OutputFull | ReadRecordResult::OutputEndsFull => {
                    // Cannot happen: the buffers are longer than the line.
                    return Err(LineProblem::TooLong);
                }
            }
        }
        record.text.clear();
        // Unquoting only removes ASCII quote and delimiter bytes, so the output of a UTF-8
        // line is UTF-8; the lossy conversion never replaces anything here.
        record
            .text
            .push_str(&String::from_utf8_lossy(&self.out[..out_at]));
        record.ends.clear();
        record.ends.extend_from_slice(&self.ends[..ends_at]);
        Ok(())
    }
}

/// Chooses the delimiter from the header line: the most frequent of `;`, `,` and tab
/// outside quotes (Indonesian Excel saves "CSV" with semicolons), `,` on a tie.
pub fn sniff_delimiter(header: &[u8]) -> u8 {
    let mut counts = [0usize; 3];
    let mut quoted = false;
    for &b in header {
        match b {
            b'"' => quoted = !quoted,
            b',' if !quoted => counts[0] += 1,
            b';' if !quoted => counts[1] += 1,
            b'\t' if !quoted => counts[2] += 1,
            _ => {}
        }
    }
    if counts[1] > counts[0] && counts[1] >= counts[2] {
        b';'
    } else if counts[2] > counts[0] && counts[2] > counts[1] {
        b'\t'
    } else {
        b','
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fields(delim: u8, line: &[u8]) -> Result<Vec<String>, LineProblem> {
        let mut p = LineParser::new(delim);
        let mut r = Record::default();
        p.parse(line, &mut r)?;
        Ok((0..r.len()).map(|i| r.get(i).to_string()).collect())
    }

    #[test]
    fn quotes_delimiters_and_spaces() {
        assert_eq!(
            fields(b',', b"a,\"b,c\",\"say \"\"hi\"\"\",").unwrap(),
            ["a", "b,c", "say \"hi\"", ""]
        );
        assert_eq!(fields(b';', b"1;2;3").unwrap(), ["1", "2", "3"]);
        assert!(fields(b',', b"").unwrap().is_empty());
    }

    #[test]
    fn windows_1252_lines_are_decoded() {
        // "Désa" in Windows-1252: é is 0xE9, not UTF-8.
        assert_eq!(fields(b',', b"D\xe9sa,x").unwrap(), ["Désa", "x"]);
        assert_eq!(fields(b',', "Désa,x".as_bytes()).unwrap(), ["Désa", "x"]);
    }

    #[test]
    fn broken_lines_are_named() {
        assert_eq!(fields(b',', b"a,\"b,c"), Err(LineProblem::UnbalancedQuotes));
        assert_eq!(fields(b',', b"a\0b,c"), Err(LineProblem::Binary));
    }

    #[test]
    fn delimiter_sniffing() {
        assert_eq!(sniff_delimiter(b"nik;nama;tanggal_lahir"), b';');
        assert_eq!(sniff_delimiter(b"nik,nama,tanggal_lahir"), b',');
        assert_eq!(sniff_delimiter(b"nik\tnama\ttanggal_lahir"), b'\t');
        assert_eq!(sniff_delimiter(b"\"a;b\",c"), b',');
        assert_eq!(sniff_delimiter(b"nik"), b',');
    }
}
