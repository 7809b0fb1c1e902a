//! Reading the first worksheet of an XLSX file, row by row (calamine's cell reader, so a
//! large sheet is not held as one grid).
//!
//! A spreadsheet keeps types the CSV export loses. Two matter here: a date cell is turned
//! into an ISO date; and a **number** cell in a NIK or KK column is not trusted, because a
//! spreadsheet keeps 15 significant digits and a 16-digit NIK typed into a number cell has
//! already lost its last digit. Such a cell is written in scientific notation so the NIK
//! check names it `nik.scientific_notation`, as it would in a CSV export.

use calamine::{DataRef, Reader, Xlsx};
use std::io::{Read, Seek};

/// One cell as text, and whether the spreadsheet stored it as a number.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct XCell {
    /// The value as text.
    pub text: String,
    /// The cell held a number (or a date stored as a number).
    pub numeric: bool,
}

/// Why a workbook cannot be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct XlsxError(pub String);

/// An open workbook and the name of its first sheet.
pub struct Workbook<RS: Read + Seek> {
    book: Xlsx<RS>,
    sheet: String,
}

impl<RS: Read + Seek> Workbook<RS> {
    /// Opens an XLSX file.
    pub fn open(reader: RS) -> Result<Self, XlsxError> {
        let book: Xlsx<RS> = Xlsx::new(reader).map_err(|e| XlsxError(e.to_string()))?;
        let sheet = book
            .sheet_names()
            .first()
            .cloned()
            .ok_or_else(|| XlsxError("the workbook has no worksheet".into()))?;
        Ok(Workbook { book, sheet })
    }

    /// Calls `f` with each row that has a cell: its 1-based row number and its cells, from
    /// column A, gaps filled with empty cells.
    pub fn for_each_row(&mut self, mut f: impl FnMut(u64, &[XCell])) -> Result<(), XlsxError> {
        let mut cells = self
            .book
            .worksheet_cells_reader(&self.sheet)
            .map_err(|e| XlsxError(e.to_string()))?;
        let mut row: Vec<XCell> = Vec::new();
        let mut current: Option<u32> = None;
        loop {
            let cell = match cells.next_cell() {
                Ok(Some(c)) => c,
                Ok(None) => break,
                Err(e) => return Err(XlsxError(e.to_string())),
            };
            let (r, c) = cell.get_position();
            if current != Some(r) {
                if let Some(prev) = current {
                    f(u64::from(prev) + 1, &row);
                }
                row.clear();
                current = Some(r);
            }
            let c = c as usize;
            if c > 16_384 {
                continue;
            }
            if row.len() <= c {
                row.resize(c + 1, XCell::default());
            }
            row[c] = to_cell(cell.get_value());
        }
        if let Some(prev) = current {
            f(u64::from(prev) + 1, &row);
        }
        Ok(())
    }
}

fn to_cell(v: &DataRef<'_>) -> XCell {
    let (text, numeric) = match v {
        DataRef::String(s) => (s.clone(), false),
        DataRef::SharedString(s) => ((*s).to_string(), false),
        DataRef::Int(i) => (i.to_string(), true),
        DataRef::Float(f) => (number_text(*f), true),
        DataRef::Bool(b) => (b.to_string(), false),
        DataRef::DateTime(d) => (
            crate::date::from_spreadsheet_serial(d.as_f64())
                .map(|d| d.format("%Y-%m-%d").to_string())
                .unwrap_or_else(|| number_text(d.as_f64())),
            true,
        ),
        DataRef::DateTimeIso(s) => (s.get(..10).unwrap_or(s).to_string(), false),
        DataRef::DurationIso(s) => (s.clone(), false),
        DataRef::Error(e) => (format!("#{e}"), false),
        DataRef::Empty => (String::new(), false),
    };
    XCell { text, numeric }
}

/// A number as a spreadsheet shows it in a general cell: integers without `.0`, and a
/// number of twelve digits or more in scientific notation (`3.52206E+15`). No count, date
/// or amount in a screening file is that long: it is a NIK or KK typed into a number cell,
/// and showing it as the spreadsheet does makes the damage visible in the outputs.
fn number_text(f: f64) -> String {
    if f.is_finite() && f.abs() >= 1e11 {
        format!("{f:E}")
    } else if f.is_finite() && f.fract() == 0.0 {
        format!("{}", f as i64)
    } else {
        format!("{f}")
    }
}

/// The most a workbook's parts may inflate to, other than its worksheets: calamine holds
/// the shared strings, styles and workbook parts in memory whole.
pub const MAX_PART: u64 = 128 << 20;
/// The most a worksheet may inflate to (it is read as a stream, but a bomb would still take
/// minutes); a 1,048,576-row sheet of ten columns is about 300 MB.
pub const MAX_SHEET: u64 = 2 << 30;
/// The most shared strings (each costs calamine about 24 bytes plus its text, even empty).
pub const MAX_SHARED_STRINGS: u64 = 4_000_000;
/// The longest run of text between two markup characters: Excel holds at most 32,767
/// characters in a cell, at most 6 bytes each once escaped (`&quot;`).
pub const MAX_CELL_BYTES: u64 = 32_767 * 6;

/// Which limit a workbook breaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Limit {
    /// A part other than a worksheet inflates past [`MAX_PART`].
    Part,
    /// A worksheet inflates past [`MAX_SHEET`].
    Sheet,
    /// More than [`MAX_SHARED_STRINGS`] shared strings.
    SharedStrings,
    /// A cell (or tag) longer than [`MAX_CELL_BYTES`].
    Cell,
}

impl Limit {
    /// The limit's value.
    pub fn value(self) -> u64 {
        match self {
            Limit::Part => MAX_PART,
            Limit::Sheet => MAX_SHEET,
            Limit::SharedStrings => MAX_SHARED_STRINGS,
            Limit::Cell => MAX_CELL_BYTES,
        }
    }
}

/// Checks, before calamine opens it, that no XML part of the workbook inflates past its
/// limit, holds a cell past [`MAX_CELL_BYTES`], or more shared strings than
/// [`MAX_SHARED_STRINGS`]. Each part is inflated into a 64 KB buffer and dropped, so the
/// check itself uses no more memory than that, whatever the archive says of its sizes (a
/// zip entry's declared size may lie; the bytes are counted). A part that cannot be read
/// is left for calamine to report.
pub fn check_limits(bytes: &[u8]) -> Result<(), super::FileProblem> {
    let Ok(mut zip) = zip::ZipArchive::new(std::io::Cursor::new(bytes)) else {
        return Ok(());
    };
    let mut buf = vec![0u8; 64 << 10];
    for i in 0..zip.len() {
        let Ok(mut entry) = zip.by_index(i) else {
            continue;
        };
        let name = entry.name().to_ascii_lowercase();
        if !(name.ends_with(".xml") || name.ends_with(".rels")) {
            continue;
        }
        let sheet = name.contains("worksheets/");
        let shared = name.ends_with("sharedstrings.xml");
        let max = if sheet { MAX_SHEET } else { MAX_PART };
        let mut scan = Scan::default();
        loop {
            let n = match entry.read(&mut buf) {
                Ok(0) => break,
                Ok(n) => n,
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                Err(_) => break,
            };
            scan.total += n as u64;
            if scan.total > max {
                let limit = if sheet { Limit::Sheet } else { Limit::Part };
                return Err(super::FileProblem::TooLarge(limit));
            }
            scan.feed(&buf[..n]);
            if scan.longest > MAX_CELL_BYTES {
                return Err(super::FileProblem::TooLarge(Limit::Cell));
            }
            if shared && scan.strings > MAX_SHARED_STRINGS {
                return Err(super::FileProblem::TooLarge(Limit::SharedStrings));
            }
        }
    }
    Ok(())
}

/// What the limit check counts in an XML part as it streams by.
#[derive(Default)]
struct Scan {
    total: u64,
    /// The current run of bytes since the last `<` or `>`, and the longest one.
    run: u64,
    longest: u64,
    /// `<si` elements (shared strings) seen; `tail` holds the last bytes of the previous
    /// buffer so that one cut across two buffers is still counted.
    strings: u64,
    tail: [u8; 3],
    tail_len: usize,
}

impl Scan {
    fn feed(&mut self, b: &[u8]) {
        let mut last = 0;
        for i in memchr::memchr2_iter(b'<', b'>', b) {
            self.run += (i - last) as u64;
            self.longest = self.longest.max(self.run);
            self.run = 0;
            last = i + 1;
        }
        self.run += (b.len() - last) as u64;
        self.longest = self.longest.max(self.run);
        // Shared strings: `<si>` or `<si ` (never `<sin...`, no such element).
        let mut joined = [0u8; 6];
        let t = self.tail_len;
        joined[..t].copy_from_slice(&self.tail[..t]);
        let head = b.len().min(3);
        joined[t..t + head].copy_from_slice(&b[..head]);
        let seam = &joined[..t + head];
        self.strings += count_si(seam) as u64;
        self.strings += count_si(b) as u64;
        let keep = b.len().min(3);
        self.tail[..keep].copy_from_slice(&b[b.len() - keep..]);
        self.tail_len = keep;
    }
}

fn count_si(b: &[u8]) -> usize {
    memchr::memmem::find_iter(b, b"<si")
        .filter(|&i| matches!(b.get(i + 3), Some(b'>' | b' ' | b'/')))
        .count()
}
