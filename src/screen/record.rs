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

    /// Field `i`, with surrounding spaces and tabs removed; `""` past the end.
    pub fn get(&self, i: usize) -> &str {
        let start = if i == 0 {
            0
        } else {
            self.ends.get(i - 1).copied().unwrap_or(self.text.len())
        };
        let end = self.ends.get(i).copied().unwrap_or(start);
        self.text.get(start..end).unwrap_or("").trim_ascii()
    }

    /// Fills the record from fields read elsewhere (a spreadsheet row).
    pub fn fill<'a>(&mut self, fields: impl Iterator<Item = &'a str>) {
        self.text.clear();
        self.ends.clear();
        for f in fields {
            self.text.push_str(f);
            self.ends.push(self.text.len());
        }
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
    delimiter: u8,
    reader: Reader,
    out: Vec<u8>,
    ends: Vec<usize>,
    decoded: String,
}

impl LineParser {
    /// A parser for `delimiter` (`,`, `;` or tab).
    pub fn new(delimiter: u8) -> Self {
        LineParser {
            delimiter,
            reader: ReaderBuilder::new().delimiter(delimiter).build(),
            out: Vec::new(),
            ends: Vec::new(),
            decoded: String::new(),
        }
    }

    /// Parses one line (without its line ending) into `record`. Returns whether the line
    /// was UTF-8 as it stands (otherwise it was read as Windows-1252).
    pub fn parse(&mut self, line: &[u8], record: &mut Record) -> Result<bool, LineProblem> {
        let (control, quotes) = scan(line);
        if control {
            return Err(LineProblem::Binary);
        }
        if quotes % 2 == 1 {
            return Err(LineProblem::UnbalancedQuotes);
        }
        let as_utf8 = std::str::from_utf8(line).ok();
        let utf8 = as_utf8.is_some();
        let text: &str = match as_utf8 {
            Some(t) => t,
            None => {
                let (text, _) = encoding_rs::WINDOWS_1252.decode_without_bom_handling(line);
                self.decoded.clear();
                self.decoded.push_str(&text);
                &self.decoded
            }
        };
        let bytes = text.as_bytes();
        record.text.clear();
        record.ends.clear();
        if quotes == 0 {
            // Without quotes a CSV line is its fields between delimiters; csv-core would
            // give the same, more slowly. Lines with quotes go to csv-core below.
            let mut start = 0;
            for at in memchr::memchr_iter(self.delimiter, bytes) {
                record.text.push_str(text.get(start..at).unwrap_or(""));
                record.ends.push(record.text.len());
                start = at + 1;
            }
            record.text.push_str(text.get(start..).unwrap_or(""));
            record.ends.push(record.text.len());
            return Ok(utf8);
        }
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
                        let (_, _, nout2, nend2) = self.reader.read_record(
                            &[],
                            &mut self.out[out_at..],
                            &mut self.ends[ends_at..],
                        );
                        out_at += nout2;
                        ends_at += nend2;
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
        // Unquoting only removes ASCII quote and delimiter bytes, so the output of a UTF-8
        // line is UTF-8 and this check always passes.
        match std::str::from_utf8(&self.out[..out_at]) {
            Ok(t) => record.text.push_str(t),
            Err(_) => record
                .text
                .push_str(&String::from_utf8_lossy(&self.out[..out_at])),
        }
        record.ends.extend_from_slice(&self.ends[..ends_at]);
        Ok(utf8)
    }
}

const ONES: u64 = 0x0101_0101_0101_0101;
const HIGH: u64 = 0x8080_8080_8080_8080;
const LOW7: u64 = 0x7F7F_7F7F_7F7F_7F7F;

/// High bit of each byte of `x` that is zero, exactly (no false positives).
#[inline]
fn zero_bytes(x: u64) -> u64 {
    !(((x & LOW7) + LOW7) | x | LOW7)
}

/// One pass over a line for the two checks every line needs: is there a control byte (other
/// than tab), which means binary data, and how many quote characters are there. It looks at
/// eight bytes at a time (the screening worker's WebAssembly has no vector instructions), so
/// a million lines cost milliseconds.
pub fn scan(line: &[u8]) -> (bool, usize) {
    let mut control = 0u64;
    let mut quotes = 0usize;
    let mut chunks = line.chunks_exact(8);
    for c in &mut chunks {
        let mut w = [0u8; 8];
        w.copy_from_slice(c);
        let x = u64::from_le_bytes(w);
        // Bytes below 0x20: (x & 0x7F) + 0x60 keeps bit 7 clear exactly for them, unless the
        // byte had bit 7 set itself.
        let below_space = !(((x & LOW7) + 0x6060_6060_6060_6060) | x) & HIGH;
        let tab = zero_bytes(x ^ (ONES * u64::from(b'\t')));
        let del = zero_bytes(x ^ (ONES * 0x7F));
        control |= (below_space & !tab) | del;
        quotes += zero_bytes(x ^ (ONES * u64::from(b'"'))).count_ones() as usize;
    }
    let mut has_control = control != 0;
    for &b in chunks.remainder() {
        has_control |= (b < 0x20 && b != b'\t') || b == 0x7F;
        quotes += usize::from(b == b'"');
    }
    (has_control, quotes)
}

/// A line as shown back in `errors.csv`: lossy UTF-8 (Windows-1252 bytes read as such),
/// at most `max` characters, with `…` when cut.
pub fn echo(line: &[u8], max: usize) -> String {
    let text = match std::str::from_utf8(line) {
        Ok(t) => std::borrow::Cow::Borrowed(t),
        Err(_) => {
            encoding_rs::WINDOWS_1252
                .decode_without_bom_handling(line)
                .0
        }
    };
    let mut out: String = text
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .take(max)
        .collect();
    if text.chars().nth(max).is_some() {
        out.push('…');
    }
    out
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
        assert_eq!(fields(b',', b"").unwrap(), [""]);
        // With and without quotes, the same fields.
        assert_eq!(fields(b';', b"a;b;;c").unwrap(), ["a", "b", "", "c"]);
        assert_eq!(fields(b';', b"\"a\";b;;c").unwrap(), ["a", "b", "", "c"]);
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
    fn the_word_at_a_time_scan_agrees_with_a_byte_loop() {
        let slow = |l: &[u8]| {
            (
                l.iter().any(|&b| (b < 0x20 && b != b'\t') || b == 0x7F),
                l.iter().filter(|&&b| b == b'"').count(),
            )
        };
        let mut cases: Vec<Vec<u8>> = vec![
            b"".to_vec(),
            b"a,\"b\",c\td".to_vec(),
            b"\"\"\"\"\"\"\"\"\"".to_vec(),
            vec![0x7F; 9],
            vec![0x1F; 17],
            vec![0x09; 16],
            vec![0x80, 0xA0, 0xFF, 0x20, 0x9F, 0x21, 0xC2, 0xA0, 0x0A],
        ];
        // Every byte value in every position of a word.
        for b in 0u8..=255 {
            for pos in 0..9 {
                let mut v = vec![b'x'; 9];
                v[pos] = b;
                cases.push(v);
            }
        }
        for c in &cases {
            assert_eq!(scan(c), slow(c), "{c:?}");
        }
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
