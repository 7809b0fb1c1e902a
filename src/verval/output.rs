//! Where a verval run writes: one small trait, so the CLI can write a result folder all or
//! nothing (and switch to the shared result-folder writer) while the WebAssembly worker
//! keeps the files in memory.

use std::io;

/// The files of a verval run.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum OutFile {
    /// Participants who stay.
    Stay,
    /// Participants who must leave.
    Leave,
    /// Participants a person must look at.
    Review,
    /// Enrolled rows that could not be read.
    Errors,
    /// The JKM claims to start.
    Claims,
    /// Deaths that match no participant.
    DeathsUnmatched,
    /// Candidates within the quota.
    Admit,
    /// Eligible candidates beyond the quota.
    Waitlist,
    /// Candidates not eligible, to review, or unreadable.
    NotAdmitted,
    /// The counts.
    Summary,
}

impl OutFile {
    /// Every file, in the order they are listed.
    pub const ALL: [OutFile; 10] = [
        OutFile::Stay,
        OutFile::Leave,
        OutFile::Review,
        OutFile::Errors,
        OutFile::Claims,
        OutFile::DeathsUnmatched,
        OutFile::Admit,
        OutFile::Waitlist,
        OutFile::NotAdmitted,
        OutFile::Summary,
    ];

    /// The file name.
    pub fn name(self) -> &'static str {
        match self {
            OutFile::Stay => "stay.csv",
            OutFile::Leave => "leave.csv",
            OutFile::Review => "review.csv",
            OutFile::Errors => "errors.csv",
            OutFile::Claims => "claims.csv",
            OutFile::DeathsUnmatched => "deaths-unmatched.csv",
            OutFile::Admit => "admit.csv",
            OutFile::Waitlist => "waitlist.csv",
            OutFile::NotAdmitted => "not-admitted.csv",
            OutFile::Summary => "summary.json",
        }
    }
}

/// Receives the bytes of the output files, in order, file by file interleaved. Nothing is
/// final until the run calls [`Sink::commit`]; a run that fails never commits, so the
/// previous results stay.
pub trait Sink {
    /// Appends bytes to a file.
    fn write(&mut self, file: OutFile, bytes: &[u8]) -> io::Result<()>;
    /// Every file is complete: make them the results.
    fn commit(&mut self) -> io::Result<()>;
}

/// Keeps every file in memory (tests, the WebAssembly worker).
#[derive(Debug, Default)]
pub struct MemorySink {
    /// The files written, with their bytes.
    pub files: std::collections::BTreeMap<OutFile, Vec<u8>>,
    /// Whether the run committed.
    pub committed: bool,
}

impl MemorySink {
    /// The text of a file (empty when never written).
    pub fn text(&self, f: OutFile) -> String {
        self.files
            .get(&f)
            .map(|b| String::from_utf8_lossy(b).into_owned())
            .unwrap_or_default()
    }
}

impl Sink for MemorySink {
    fn write(&mut self, file: OutFile, bytes: &[u8]) -> io::Result<()> {
        self.files.entry(file).or_default().extend_from_slice(bytes);
        Ok(())
    }
    fn commit(&mut self) -> io::Result<()> {
        self.committed = true;
        Ok(())
    }
}

/// Buffers CSV rows for one file and hands them to the sink in blocks.
pub(crate) struct CsvOut {
    pub(crate) file: OutFile,
    buf: Vec<u8>,
}

impl CsvOut {
    pub(crate) fn new(file: OutFile) -> CsvOut {
        CsvOut {
            file,
            buf: Vec::with_capacity(1 << 16),
        }
    }

    /// Appends one row of fields (quoted as CSV needs).
    pub(crate) fn row<'a>(&mut self, fields: impl IntoIterator<Item = &'a str>) {
        let mut first = true;
        for f in fields {
            if !first {
                self.buf.push(b',');
            }
            first = false;
            field(&mut self.buf, f);
        }
        self.buf.extend_from_slice(b"\r\n");
    }

    /// Appends one row of two runs of fields.
    pub(crate) fn row2<'a, 'b>(
        &mut self,
        first: impl IntoIterator<Item = &'a str>,
        then: impl IntoIterator<Item = &'b str>,
    ) {
        let mut sep = false;
        for f in first {
            if sep {
                self.buf.push(b',');
            }
            sep = true;
            field(&mut self.buf, f);
        }
        for f in then {
            if sep {
                self.buf.push(b',');
            }
            sep = true;
            field(&mut self.buf, f);
        }
        self.buf.extend_from_slice(b"\r\n");
    }

    /// Appends one row: `prefix` (fields already written as CSV), then more fields.
    pub(crate) fn row_after<'a>(
        &mut self,
        prefix: &[u8],
        fields: impl IntoIterator<Item = &'a str>,
    ) {
        self.buf.extend_from_slice(prefix);
        for f in fields {
            self.buf.push(b',');
            field(&mut self.buf, f);
        }
        self.buf.extend_from_slice(b"\r\n");
    }

    pub(crate) fn flush_if_full(&mut self, sink: &mut dyn Sink) -> io::Result<()> {
        if self.buf.len() >= 1 << 16 {
            self.flush(sink)?;
        }
        Ok(())
    }

    pub(crate) fn flush(&mut self, sink: &mut dyn Sink) -> io::Result<()> {
        if !self.buf.is_empty() {
            sink.write(self.file, &self.buf)?;
            self.buf.clear();
        }
        Ok(())
    }
}

/// A CSV field, quoted when it holds a comma, a quote or a line break (as `screen` writes).
fn field(out: &mut Vec<u8>, f: &str) {
    if f.bytes().any(|b| matches!(b, b',' | b'"' | b'\n' | b'\r')) {
        out.push(b'"');
        for b in f.bytes() {
            if b == b'"' {
                out.push(b'"');
            }
            out.push(b);
        }
        out.push(b'"');
    } else {
        out.extend_from_slice(f.as_bytes());
    }
}
