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

/// The fields of one line, in a reused buffer: the line's text and where each field starts
/// and ends in it (a line without quotes is copied once, its fields are the spans between
/// delimiters).
#[derive(Debug, Default)]
pub struct Record {
    text: String,
    spans: Vec<(usize, usize)>,
}

impl Record {
    /// The number of fields.
    pub fn len(&self) -> usize {
        self.spans.len()
    }

    /// Whether there are no fields.
    pub fn is_empty(&self) -> bool {
        self.spans.is_empty()
    }

    /// Field `i`, with surrounding spaces and tabs removed; `""` past the end.
    pub fn get(&self, i: usize) -> &str {
        self.raw(i).trim_ascii()
    }

    fn raw(&self, i: usize) -> &str {
        match self.spans.get(i) {
            Some(&(start, end)) => self.text.get(start..end).unwrap_or(""),
            None => "",
        }
    }

    /// Fills the record from fields read elsewhere (a spreadsheet row).
    pub fn fill<'a>(&mut self, fields: impl Iterator<Item = &'a str>) {
        self.text.clear();
        self.spans.clear();
        for f in fields {
            let start = self.text.len();
            self.text.push_str(f);
            self.spans.push((start, self.text.len()));
        }
    }

    /// The fields, as read (not trimmed).
    pub fn raw_fields(&self) -> impl Iterator<Item = &str> {
        (0..self.spans.len()).map(|i| self.raw(i))
    }
}

/// Parses lines with one delimiter.
pub struct LineParser {
    delimiter: u8,
    reader: Reader,
    out: Vec<u8>,
    /// Positions of the delimiters of an unquoted line, or field ends from csv-core.
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
        let seen = scan_with(line, self.delimiter, &mut self.ends);
        if seen.control {
            return Err(LineProblem::Binary);
        }
        if seen.quotes % 2 == 1 {
            return Err(LineProblem::UnbalancedQuotes);
        }
        let as_utf8 = if seen.ascii {
            // SAFETY: every byte is below 0x80 (the scan looked at each one), and a run of
            // ASCII bytes is UTF-8. Checking again was 3 % of a screening run.
            Some(unsafe { std::str::from_utf8_unchecked(line) })
        } else {
            std::str::from_utf8(line).ok()
        };
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
        record.spans.clear();
        if seen.quotes == 0 {
            // Without quotes a CSV line is its fields between delimiters; csv-core would
            // give the same, more slowly. Lines with quotes go to csv-core below. The scan
            // found the delimiters of the line as read; a Windows-1252 line was re-encoded,
            // which moves them, so its delimiters are looked for again.
            record.text.push_str(text);
            if !utf8 {
                self.ends.clear();
                self.ends.extend(memchr::memchr_iter(self.delimiter, bytes));
            }
            let mut start = 0;
            for &at in &self.ends {
                record.spans.push((start, at));
                start = at + 1;
            }
            record.spans.push((start, bytes.len()));
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
        let mut start = 0;
        for &end in self.ends.get(..ends_at).unwrap_or(&[]) {
            record.spans.push((start, end));
            start = end;
        }
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

/// What one pass over a line found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Scan {
    /// A control byte (other than tab): binary data, not text.
    pub control: bool,
    /// How many quote characters.
    pub quotes: usize,
    /// Every byte below 0x80: the line is ASCII, so UTF-8 without further checking.
    pub ascii: bool,
}

/// One pass over a line for what every line needs: control bytes, quotes, whether it is
/// ASCII, and where its delimiter bytes are (into `delimiters`, in order). It looks at eight
/// bytes at a time (the screening worker's WebAssembly has no vector instructions for
/// this), so a million lines cost milliseconds; before, a second pass looked for the
/// delimiters field by field and a third checked UTF-8, a quarter of a screening run.
pub fn scan_with(line: &[u8], delimiter: u8, delimiters: &mut Vec<usize>) -> Scan {
    delimiters.clear();
    let mut control = 0u64;
    let mut high = 0u64;
    let mut quote = 0u64;
    let delimiter_word = ONES * u64::from(delimiter);
    let mut chunks = line.chunks_exact(8);
    let mut base = 0;
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
        high |= x & HIGH;
        quote |= zero_bytes(x ^ (ONES * u64::from(b'"')));
        let mut found = zero_bytes(x ^ delimiter_word);
        while found != 0 {
            delimiters.push(base + (found.trailing_zeros() / 8) as usize);
            found &= found - 1;
        }
        base += 8;
    }
    let mut has_control = control != 0;
    let mut ascii = high == 0;
    let mut has_quote = quote != 0;
    for (i, &b) in chunks.remainder().iter().enumerate() {
        has_control |= (b < 0x20 && b != b'\t') || b == 0x7F;
        ascii &= b < 0x80;
        has_quote |= b == b'"';
        if b == delimiter {
            delimiters.push(base + i);
        }
    }
    // Counting quotes word by word needs a population count, which the baseline x86-64 and
    // WebAssembly targets do in software; few lines have quotes, so only those count them.
    let quotes = if has_quote {
        memchr::memchr_iter(b'"', line).count()
    } else {
        0
    };
    Scan {
        control: has_control,
        quotes,
        ascii,
    }
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
        let slow = |l: &[u8], d: u8| {
            (
                Scan {
                    control: l.iter().any(|&b| (b < 0x20 && b != b'\t') || b == 0x7F),
                    quotes: l.iter().filter(|&&b| b == b'"').count(),
                    ascii: l.is_ascii(),
                },
                l.iter()
                    .enumerate()
                    .filter(|(_, &b)| b == d)
                    .map(|(i, _)| i)
                    .collect::<Vec<_>>(),
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
            b";;;;;;;;;;;;;;;;;".to_vec(),
            b",a,,b,c,,,,d,e,f,,g,".to_vec(),
        ];
        // Every byte value in every position of a word and of the tail after it.
        for b in 0u8..=255 {
            for pos in 0..11 {
                let mut v = vec![b'x'; 11];
                v[pos] = b;
                cases.push(v);
            }
        }
        let mut found = Vec::new();
        for c in &cases {
            for d in [b',', b';', b'\t'] {
                let seen = scan_with(c, d, &mut found);
                assert_eq!((seen, found.clone()), slow(c, d), "{c:?} {d}");
            }
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
