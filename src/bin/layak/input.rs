//! Reading values one line at a time from stdin, safely.
//!
//! Operators paste columns from spreadsheets and pipe whole exports into `layak`. Lines can
//! be empty, end in CRLF, hold bytes that are not UTF-8, or run to megabytes when a file is
//! not what it seems. Each line is returned as bytes, capped in length so one bad line
//! cannot exhaust memory, and the reader always moves on to the next line.

use std::borrow::Cow;
use std::io::{self, BufRead};

/// The longest line kept, in bytes. A NIK with generous separators needs under 40; a line
/// longer than this is judged on its first bytes and marked as cut.
pub const MAX_LINE: usize = 64 * 1024;

/// One line read.
pub struct Line {
    /// 1-based line number.
    pub number: u64,
    /// Whether the line was longer than [`MAX_LINE`] and was cut.
    pub truncated: bool,
}

/// Reads lines as bytes into a reused buffer.
pub struct Lines<R> {
    reader: R,
    number: u64,
    max: usize,
}

impl<R: BufRead> Lines<R> {
    /// Wraps a buffered reader.
    pub fn new(reader: R) -> Self {
        Self::with_limit(reader, MAX_LINE)
    }

    /// Wraps a buffered reader, keeping at most `max` bytes of a line.
    pub fn with_limit(reader: R, max: usize) -> Self {
        Lines {
            reader,
            number: 0,
            max,
        }
    }

    /// Reads the next line into `buf` (cleared first), without its line ending. Returns
    /// `None` at the end of input.
    pub fn next_into(&mut self, buf: &mut Vec<u8>) -> io::Result<Option<Line>> {
        buf.clear();
        let mut truncated = false;
        let mut saw_any = false;
        loop {
            let chunk = match self.reader.fill_buf() {
                Ok(c) => c,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(e),
            };
            if chunk.is_empty() {
                if !saw_any {
                    return Ok(None);
                }
                break;
            }
            saw_any = true;
            let (take, done) = match chunk.iter().position(|&b| b == b'\n') {
                Some(i) => (i, true),
                None => (chunk.len(), false),
            };
            let room = self.max.saturating_sub(buf.len());
            if take > room {
                truncated = true;
            }
            buf.extend_from_slice(&chunk[..take.min(room)]);
            let consumed = if done { take + 1 } else { take };
            self.reader.consume(consumed);
            if done {
                break;
            }
        }
        if buf.last() == Some(&b'\r') {
            buf.pop();
        }
        self.number += 1;
        if self.number == 1 && buf.starts_with(b"\xEF\xBB\xBF") {
            buf.drain(..3);
        }
        Ok(Some(Line {
            number: self.number,
            truncated,
        }))
    }
}

/// The input as shown back to the reader: lossy UTF-8, and at most 256 bytes of it. A
/// short line of valid UTF-8 (nearly every line) is borrowed, not copied.
pub fn echo(bytes: &[u8], truncated: bool) -> Cow<'_, str> {
    const SHOWN: usize = 256;
    let cut = bytes.len() > SHOWN || truncated;
    let mut end = bytes.len().min(SHOWN);
    // Do not cut inside a UTF-8 sequence.
    while end > 0 && end < bytes.len() && (bytes[end] & 0xC0) == 0x80 {
        end -= 1;
    }
    let s = String::from_utf8_lossy(&bytes[..end]);
    if !cut {
        return s;
    }
    let mut s = s.into_owned();
    s.push('…');
    Cow::Owned(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all(input: &[u8]) -> Vec<(u64, Vec<u8>, bool)> {
        let mut l = Lines::new(io::BufReader::with_capacity(7, input));
        let mut buf = Vec::new();
        let mut out = Vec::new();
        while let Some(line) = l.next_into(&mut buf).unwrap() {
            out.push((line.number, buf.clone(), line.truncated));
        }
        out
    }

    #[test]
    fn empty_lines_crlf_and_a_missing_last_newline() {
        let got = all(b"\xEF\xBB\xBFa\r\n\nb\xff\nc");
        assert_eq!(
            got,
            vec![
                (1, b"a".to_vec(), false),
                (2, b"".to_vec(), false),
                (3, b"b\xff".to_vec(), false),
                (4, b"c".to_vec(), false)
            ]
        );
        assert!(all(b"").is_empty());
    }

    #[test]
    fn a_huge_line_is_cut_and_the_next_one_still_read() {
        let mut input = vec![b'1'; MAX_LINE * 3];
        input.extend_from_slice(b"\n3522061205800001\n");
        let got = all(&input);
        assert_eq!(got.len(), 2);
        assert_eq!(got[0].1.len(), MAX_LINE);
        assert!(got[0].2);
        assert_eq!(got[1].1, b"3522061205800001");
    }

    #[test]
    fn echo_is_short_and_valid_utf8() {
        assert_eq!(echo(b"abc", false), "abc");
        assert_eq!(echo(b"a\xffb", false), "a\u{FFFD}b");
        let long = "é".repeat(300);
        let e = echo(long.as_bytes(), false);
        assert!(e.ends_with('…') && e.len() <= 260);
    }
}
