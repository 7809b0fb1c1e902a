//! Reading a verval list: the enrolled participants, the candidates or the deaths, CSV or
//! XLSX, row by row, with the screening's own line splitter, field parser and column names
//! ([`crate::screen`]), so a value is read the same way by `screen` and `verval`.
//!
//! Beyond the screening columns a verval list may carry `tanggal_daftar` (membership
//! start), `no_peserta`, `iuran_sampai` (last month paid), `desil` (DTSEN decile),
//! `tanggal_meninggal` and `tanggal_lapor`; they are found by name here, in either language.

use crate::screen::columns::Layout;
use crate::screen::lines::LineSplitter;
use crate::screen::record::{self, LineParser, LineProblem, Record};
use crate::screen::{RowProblem, MAX_LINE};
use std::io::Read;

/// The verval-only columns.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Extra {
    /// Membership start.
    TanggalDaftar,
    /// BPJS participant number.
    NoPeserta,
    /// Last month contributions were paid.
    IuranSampai,
    /// DTSEN welfare decile, 1 = poorest.
    Desil,
    /// Date of death.
    TanggalMeninggal,
    /// Date the death was reported.
    TanggalLapor,
}

const EXTRA: [(Extra, &[&str]); 6] = [
    (
        Extra::TanggalDaftar,
        &[
            "tanggal_daftar",
            "tgl_daftar",
            "membership_start",
            "mulai_kepesertaan",
        ],
    ),
    (
        Extra::NoPeserta,
        &[
            "no_peserta",
            "nomor_peserta",
            "kpj",
            "no_kpj",
            "participant_number",
        ],
    ),
    (
        Extra::IuranSampai,
        &["iuran_sampai", "paid_until", "bulan_iuran_terakhir"],
    ),
    (Extra::Desil, &["desil", "decile", "desil_dtsen"]),
    (
        Extra::TanggalMeninggal,
        &[
            "tanggal_meninggal",
            "tgl_meninggal",
            "death_date",
            "tanggal_kematian",
        ],
    ),
    (
        Extra::TanggalLapor,
        &[
            "tanggal_lapor",
            "tgl_lapor",
            "reported_date",
            "tanggal_pelaporan",
        ],
    ),
];

/// The header of a list.
#[derive(Debug, Clone)]
pub struct Header {
    /// The column names as written.
    pub names: Vec<String>,
    /// Where the screening columns are.
    pub layout: Layout,
    extra: [Option<usize>; EXTRA.len()],
}

impl Header {
    /// Maps a header row.
    pub fn new(names: Vec<String>) -> Header {
        let layout = Layout::from_header(names.iter().map(String::as_str));
        let mut extra = [None; EXTRA.len()];
        for (i, n) in names.iter().enumerate() {
            let n = n.trim_start_matches('\u{feff}');
            for (slot, (_, aliases)) in EXTRA.iter().enumerate() {
                if extra[slot].is_none() && aliases.iter().any(|a| crate::read::same_code(n, a)) {
                    extra[slot] = Some(i);
                }
            }
        }
        Header {
            names,
            layout,
            extra,
        }
    }

    /// The position of a verval column.
    pub fn extra(&self, e: Extra) -> Option<usize> {
        EXTRA
            .iter()
            .position(|(x, _)| *x == e)
            .and_then(|slot| self.extra[slot])
    }

    /// The text of a verval column in `r`, when present and not empty.
    pub fn text<'r>(&self, r: &'r Record, e: Extra) -> Option<&'r str> {
        self.extra(e)
            .map(|i| r.get(i).trim())
            .filter(|s| !s.is_empty())
    }
}

/// Why a whole list cannot be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ListProblem {
    /// The header has no NIK column.
    #[error("no NIK column in the header ({0})")]
    NoNik(String),
    /// The header cannot be read.
    #[error("the header line cannot be read")]
    BadHeader,
    /// Reading failed (a file system or workbook error).
    #[error("{0}")]
    Unreadable(String),
}

impl ListProblem {
    /// A stable code.
    pub fn code(&self) -> &'static str {
        match self {
            ListProblem::NoNik(_) => "file.no_nik_column",
            ListProblem::BadHeader => "file.bad_header",
            ListProblem::Unreadable(_) => "file.unreadable",
        }
    }
}

/// One row of a list.
pub enum Row<'a> {
    /// A row whose fields could be read.
    Fields {
        /// The 1-based line (CSV) or row (XLSX) number.
        number: u64,
        /// The fields.
        record: &'a Record,
        /// The line as read, when it can be written back as it stands (UTF-8, comma
        /// separated): writing it saves quoting every field again.
        line: Option<&'a [u8]>,
    },
    /// A row that could not be read, and the line as found.
    Unreadable {
        /// The line or row number.
        number: u64,
        /// Why.
        problem: RowProblem,
        /// The line, shortened.
        content: String,
    },
}

/// A list to read: CSV bytes from any reader, or an XLSX workbook.
pub enum Source<'a> {
    /// CSV (comma, semicolon or tab; UTF-8 or Windows-1252, as `screen` reads it).
    Csv(Box<dyn Read + 'a>),
    /// An XLSX workbook (first sheet).
    #[cfg(feature = "xlsx-read")]
    Xlsx(Box<dyn ReadSeek + 'a>),
}

/// `Read + Seek`, for a workbook.
#[cfg(feature = "xlsx-read")]
pub trait ReadSeek: Read + std::io::Seek {}
#[cfg(feature = "xlsx-read")]
impl<T: Read + std::io::Seek> ReadSeek for T {}

/// Reads every row of `source`, calling `f` once with the header and no row when the
/// header is read, then with each row (empty lines skipped). Memory: one line at a time.
pub fn read(
    source: Source<'_>,
    f: &mut dyn FnMut(&Header, Option<Row<'_>>),
) -> Result<(), ListProblem> {
    read_some(source, &mut |_| true, f)
}

/// Like [`read`], for the rows whose number `keep` accepts (the others are not even split
/// into fields: the second pass over the candidates wants some rows of many).
pub fn read_some(
    source: Source<'_>,
    keep: &mut dyn FnMut(u64) -> bool,
    f: &mut dyn FnMut(&Header, Option<Row<'_>>),
) -> Result<(), ListProblem> {
    match source {
        Source::Csv(r) => read_csv(r, keep, f),
        #[cfg(feature = "xlsx-read")]
        Source::Xlsx(r) => read_xlsx(r, keep, f),
    }
}

struct CsvState {
    head: Option<Header>,
    parser: LineParser,
    record: Record,
    fatal: Option<ListProblem>,
    delimiter: u8,
}

fn csv_line(
    s: &mut CsvState,
    number: u64,
    truncated: bool,
    line: &[u8],
    keep: &mut dyn FnMut(u64) -> bool,
    f: &mut dyn FnMut(&Header, Option<Row<'_>>),
) {
    if s.fatal.is_some() {
        return;
    }
    let line = if number == 1 {
        line.strip_prefix(b"\xEF\xBB\xBF".as_slice())
            .unwrap_or(line)
    } else {
        line
    };
    if line.trim_ascii().is_empty() {
        return;
    }
    let Some(h) = &s.head else {
        s.delimiter = record::sniff_delimiter(line);
        s.parser = LineParser::new(s.delimiter);
        if s.parser.parse(line, &mut s.record).is_err() {
            s.fatal = Some(ListProblem::BadHeader);
            return;
        }
        let names: Vec<String> = s
            .record
            .raw_fields()
            .map(|f| f.trim().to_string())
            .collect();
        let h = Header::new(names);
        if h.layout.get(crate::screen::columns::Column::Nik).is_none() {
            s.fatal = Some(ListProblem::NoNik(h.names.join(", ")));
            return;
        }
        f(&h, None);
        s.head = Some(h);
        return;
    };
    if !keep(number) {
        return;
    }
    let unreadable = |problem| Row::Unreadable {
        number,
        problem,
        content: record::echo(line, 200),
    };
    if truncated {
        f(h, Some(unreadable(RowProblem::Line(LineProblem::TooLong))));
        return;
    }
    let utf8 = match s.parser.parse(line, &mut s.record) {
        Ok(u) => u,
        Err(p) => {
            f(h, Some(unreadable(RowProblem::Line(p))));
            return;
        }
    };
    let width = h.names.len();
    let r = &s.record;
    if r.len() > width && (width..r.len()).any(|i| !r.get(i).is_empty()) {
        f(
            h,
            Some(unreadable(RowProblem::TooManyFields {
                found: r.len(),
                expected: width,
            })),
        );
        return;
    }
    let line = (utf8 && s.delimiter == b',' && r.len() == width).then_some(line);
    f(
        h,
        Some(Row::Fields {
            number,
            record: r,
            line,
        }),
    );
}

fn read_csv(
    mut r: Box<dyn Read + '_>,
    keep: &mut dyn FnMut(u64) -> bool,
    f: &mut dyn FnMut(&Header, Option<Row<'_>>),
) -> Result<(), ListProblem> {
    let mut split = LineSplitter::new(MAX_LINE);
    let mut s = CsvState {
        head: None,
        parser: LineParser::new(b','),
        record: Record::default(),
        fatal: None,
        delimiter: b',',
    };
    let mut buf = vec![0u8; 1 << 20];
    loop {
        let n = match r.read(&mut buf) {
            Ok(0) => break,
            Ok(n) => n,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(ListProblem::Unreadable(e.to_string())),
        };
        split.feed(buf.get(..n).unwrap_or(&[]), |info, line| {
            csv_line(&mut s, info.number, info.truncated, line, keep, f)
        });
        if let Some(p) = s.fatal.take() {
            return Err(p);
        }
    }
    split.finish(|info, line| csv_line(&mut s, info.number, info.truncated, line, keep, f));
    if let Some(p) = s.fatal.take() {
        return Err(p);
    }
    if s.head.is_none() {
        return Err(ListProblem::NoNik(String::new()));
    }
    Ok(())
}

#[cfg(feature = "xlsx-read")]
fn read_xlsx(
    r: Box<dyn ReadSeek + '_>,
    keep: &mut dyn FnMut(u64) -> bool,
    f: &mut dyn FnMut(&Header, Option<Row<'_>>),
) -> Result<(), ListProblem> {
    use crate::screen::columns::Column;
    let mut book =
        crate::screen::xlsx::Workbook::open(r).map_err(|e| ListProblem::Unreadable(e.0))?;
    let mut head: Option<Header> = None;
    let mut fatal = None;
    let mut record = Record::default();
    let mut texts: Vec<String> = Vec::new();
    book.for_each_row(|number, cells| {
        if fatal.is_some() || cells.iter().all(|c| c.text.trim().is_empty()) {
            return;
        }
        let Some(h) = &head else {
            let h = Header::new(cells.iter().map(|c| c.text.trim().to_string()).collect());
            if h.layout.get(Column::Nik).is_none() {
                fatal = Some(ListProblem::NoNik(h.names.join(", ")));
                return;
            }
            f(&h, None);
            head = Some(h);
            return;
        };
        if !keep(number) {
            return;
        }
        // A NIK or KK stored as a number has lost its last digit: show it as the
        // spreadsheet would, so the NIK check names the damage (as `screen` does).
        let id_cols = [h.layout.get(Column::Nik), h.layout.get(Column::Kk)];
        texts.clear();
        for (i, c) in cells.iter().enumerate() {
            texts.push(if c.numeric && id_cols.contains(&Some(i)) {
                crate::screen::xlsx_number_text(&c.text)
            } else {
                c.text.clone()
            });
        }
        record.fill(texts.iter().map(String::as_str));
        f(
            h,
            Some(Row::Fields {
                number,
                record: &record,
                line: None,
            }),
        );
    })
    .map_err(|e| ListProblem::Unreadable(e.0))?;
    if let Some(p) = fatal {
        return Err(p);
    }
    if head.is_none() {
        return Err(ListProblem::NoNik(String::new()));
    }
    Ok(())
}
