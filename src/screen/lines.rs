//! Splitting a byte stream into lines, fed in chunks.
//!
//! Screening reads files of a million rows natively (from disk) and in the browser (from a
//! `File` stream, chunk by chunk, in a Web Worker), so the splitter is push-based: each
//! chunk is scanned once, complete lines are handed on without copying, and only a line that
//! straddles two chunks is carried over. A line longer than the limit is cut (and flagged),
//! so one broken file cannot exhaust memory.

/// A line handed on by the splitter.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LineInfo {
    /// 1-based physical line number.
    pub number: u64,
    /// The line was longer than the limit; only its start was kept.
    pub truncated: bool,
}

/// Splits chunks into lines at `\n`, removing a trailing `\r`.
#[derive(Debug)]
pub struct LineSplitter {
    carry: Vec<u8>,
    carry_truncated: bool,
    number: u64,
    max: usize,
    /// Whether [`LineSplitter::feed_ranges`] leaves out lines holding only spaces.
    skip_blank: bool,
    /// Lines left out so.
    blank: u64,
}

impl LineSplitter {
    /// A splitter that keeps at most `max` bytes of a line.
    pub fn new(max: usize) -> Self {
        LineSplitter {
            carry: Vec::new(),
            carry_truncated: false,
            number: 0,
            max,
            skip_blank: false,
            blank: 0,
        }
    }

    /// From now on [`LineSplitter::feed_ranges`] leaves out the complete lines that hold
    /// nothing but ASCII spaces (counting them in [`LineSplitter::blank_lines`]), so a flood
    /// of empty lines costs no memory. The screener turns this on once it has its header.
    pub fn skip_blank_lines(&mut self) {
        self.skip_blank = true;
    }

    /// The lines left out by [`LineSplitter::skip_blank_lines`].
    pub fn blank_lines(&self) -> u64 {
        self.blank
    }

    /// How many lines have been handed on.
    pub fn lines(&self) -> u64 {
        self.number
    }

    /// Feeds a chunk; `f` receives each complete line.
    pub fn feed(&mut self, mut chunk: &[u8], mut f: impl FnMut(LineInfo, &[u8])) {
        while let Some(i) = memchr::memchr(b'\n', chunk) {
            let (line, rest) = (&chunk[..i], &chunk[i + 1..]);
            chunk = rest;
            self.number += 1;
            if self.carry.is_empty() && !self.carry_truncated {
                let (kept, truncated) = cap(line, self.max);
                f(
                    LineInfo {
                        number: self.number,
                        truncated,
                    },
                    trim_cr(kept),
                );
            } else {
                self.push_carry(line);
                let info = LineInfo {
                    number: self.number,
                    truncated: self.carry_truncated,
                };
                f(info, trim_cr(&self.carry));
                self.carry.clear();
                self.carry_truncated = false;
            }
        }
        if !chunk.is_empty() {
            self.push_carry(chunk);
        }
    }

    /// Ends the input: hands on a last line that had no `\n`.
    pub fn finish(&mut self, mut f: impl FnMut(LineInfo, &[u8])) {
        if !self.carry.is_empty() || self.carry_truncated {
            self.number += 1;
            let info = LineInfo {
                number: self.number,
                truncated: self.carry_truncated,
            };
            f(info, trim_cr(&self.carry));
            self.carry.clear();
            self.carry_truncated = false;
        }
    }

    /// Like [`LineSplitter::feed`], but hands back where the lines are instead of calling a
    /// function: the line carried over from earlier chunks (owned), then the ranges of the
    /// complete lines inside `chunk`. A parallel reader judges those ranges on several
    /// threads without copying them.
    pub fn feed_ranges(
        &mut self,
        chunk: &[u8],
        ranges: &mut Vec<(LineInfo, std::ops::Range<usize>)>,
    ) -> Option<(LineInfo, Vec<u8>)> {
        ranges.clear();
        let mut carried = None;
        let mut at = 0;
        while let Some(i) = memchr::memchr(b'\n', &chunk[at..]) {
            let end = at + i;
            self.number += 1;
            if !self.carry.is_empty() || self.carry_truncated {
                self.push_carry(&chunk[at..end]);
                let mut line = std::mem::take(&mut self.carry);
                if line.last() == Some(&b'\r') {
                    line.pop();
                }
                let info = LineInfo {
                    number: self.number,
                    truncated: self.carry_truncated,
                };
                self.carry_truncated = false;
                carried = Some((info, line));
            } else {
                let mut stop = end;
                if stop > at && chunk[stop - 1] == b'\r' {
                    stop -= 1;
                }
                let truncated = stop - at > self.max;
                if truncated {
                    stop = at + self.max;
                }
                if self.skip_blank
                    && (stop == at || chunk[at].is_ascii_whitespace())
                    && chunk[at..stop].trim_ascii().is_empty()
                {
                    self.blank += 1;
                    at = end + 1;
                    continue;
                }
                ranges.push((
                    LineInfo {
                        number: self.number,
                        truncated,
                    },
                    at..stop,
                ));
            }
            at = end + 1;
        }
        if at < chunk.len() {
            self.push_carry(&chunk[at..]);
        }
        carried
    }

    fn push_carry(&mut self, bytes: &[u8]) {
        let room = self.max.saturating_sub(self.carry.len());
        if bytes.len() > room {
            self.carry_truncated = true;
        }
        self.carry
            .extend_from_slice(&bytes[..bytes.len().min(room)]);
    }
}

fn cap(line: &[u8], max: usize) -> (&[u8], bool) {
    if line.len() > max {
        (&line[..max], true)
    } else {
        (line, false)
    }
}

fn trim_cr(line: &[u8]) -> &[u8] {
    line.strip_suffix(b"\r").unwrap_or(line)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(chunks: &[&[u8]], max: usize) -> Vec<(u64, Vec<u8>, bool)> {
        let mut s = LineSplitter::new(max);
        let mut out = Vec::new();
        for c in chunks {
            s.feed(c, |i, l| out.push((i.number, l.to_vec(), i.truncated)));
        }
        s.finish(|i, l| out.push((i.number, l.to_vec(), i.truncated)));
        out
    }

    #[test]
    fn lines_across_chunks_crlf_and_no_final_newline() {
        let got = split(&[b"ab", b"c\r\nde\n\nf", b"g"], 100);
        assert_eq!(
            got,
            vec![
                (1, b"abc".to_vec(), false),
                (2, b"de".to_vec(), false),
                (3, b"".to_vec(), false),
                (4, b"fg".to_vec(), false)
            ]
        );
        assert!(split(&[], 10).is_empty());
        assert_eq!(split(&[b"x\n"], 10).len(), 1);
    }

    #[test]
    fn ranges_give_the_same_lines_as_the_callback() {
        let chunks: [&[u8]; 3] = [b"ab", b"c\r\nde\n\nfg\n0123456789\n", b"h"];
        let mut by_callback = Vec::new();
        let mut s = LineSplitter::new(4);
        for c in chunks {
            s.feed(c, |i, l| {
                by_callback.push((i.number, l.to_vec(), i.truncated))
            });
        }
        s.finish(|i, l| by_callback.push((i.number, l.to_vec(), i.truncated)));
        let mut by_ranges = Vec::new();
        let mut s = LineSplitter::new(4);
        let mut ranges = Vec::new();
        for c in chunks {
            if let Some((i, l)) = s.feed_ranges(c, &mut ranges) {
                by_ranges.push((i.number, l, i.truncated));
            }
            for (i, r) in &ranges {
                by_ranges.push((i.number, c[r.clone()].to_vec(), i.truncated));
            }
        }
        s.finish(|i, l| by_ranges.push((i.number, l.to_vec(), i.truncated)));
        by_ranges.sort();
        assert_eq!(by_callback, by_ranges);
    }

    #[test]
    fn long_lines_are_cut_in_one_chunk_or_many() {
        let got = split(&[b"0123456789\nab\n"], 4);
        assert_eq!(got[0], (1, b"0123".to_vec(), true));
        assert_eq!(got[1], (2, b"ab".to_vec(), false));
        let got = split(&[b"012", b"345", b"67\nab"], 4);
        assert_eq!(got[0], (1, b"0123".to_vec(), true));
        assert_eq!(got[1], (2, b"ab".to_vec(), false));
    }
}
