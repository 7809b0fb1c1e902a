//! The list of people already enrolled in BPJS Ketenagakerjaan (`layak screen --enrolled`).
//!
//! A person already covered must not be paid for twice, so a NIK on this list fails
//! `enrolment.not_enrolled`. The list is read exactly like the screening input: a CSV
//! (comma, semicolon or tab; UTF-8 or Windows-1252) or an XLSX workbook (first sheet), the
//! NIK taken from the column headed `nik` (any of the screening file's spellings), or from
//! the first column when no header names it; each value read by the same NIK reader as the
//! screening rows (separators and spaces allowed, 16 digits). A line that yields no NIK is
//! counted, and a list that yields none at all is an error: a wrong file must never pass
//! as "nobody is enrolled".

use super::columns::{Column, Layout};
use super::judge::nik_key;
use super::lines::LineSplitter;
use super::record::{self, LineParser, Record};
use super::FileProblem;
use crate::idnumber;
use rustc_hash::FxHashSet;

/// A list read.
#[derive(Debug, Clone, Default)]
pub struct EnrolledList {
    /// The distinct NIKs, as keys of the enrolled set.
    pub niks: FxHashSet<u64>,
    /// Non-empty lines (or rows) that held no readable NIK, the header not counted.
    pub unusable: u64,
}

/// Where the NIK is in each row.
enum Place {
    /// Not decided yet: the first non-empty row decides.
    Unknown,
    /// In this column.
    Column(usize),
}

struct Reader {
    list: EnrolledList,
    place: Place,
}

impl Reader {
    /// One row's cells; the first non-empty row is a header if it names a NIK column, else
    /// it is data and the NIK is in the first column.
    fn row(&mut self, cells: &[&str]) {
        if cells.iter().all(|c| c.trim().is_empty()) {
            return;
        }
        let column = match self.place {
            Place::Column(c) => c,
            Place::Unknown => {
                let layout = Layout::from_header(cells.iter().map(|c| c.trim()));
                match layout.get(Column::Nik) {
                    Some(c) => {
                        self.place = Place::Column(c);
                        return;
                    }
                    None => {
                        self.place = Place::Column(0);
                        0
                    }
                }
            }
        };
        let value = cells.get(column).copied().unwrap_or("");
        match nik_of(value) {
            Some(k) => {
                self.list.niks.insert(k);
            }
            None => self.list.unusable += 1,
        }
    }
}

/// The NIK key of a cell, by the screening rows' reader.
fn nik_of(value: &str) -> Option<u64> {
    match idnumber::read(value.trim().as_bytes()) {
        idnumber::Read::Digits { digits, count: 16 } => Some(nik_key(&digits)),
        _ => None,
    }
}

/// Reads an enrolled list from its bytes (CSV or XLSX, told apart by the content).
pub fn read(bytes: &[u8]) -> Result<EnrolledList, FileProblem> {
    let mut r = Reader {
        list: EnrolledList::default(),
        place: Place::Unknown,
    };
    if bytes.starts_with(b"PK\x03\x04") {
        read_xlsx(bytes, &mut r)?;
    } else {
        read_csv(bytes, &mut r);
    }
    if r.list.niks.is_empty() {
        return Err(FileProblem::NoEnrolledNik {
            unusable: r.list.unusable,
        });
    }
    Ok(r.list)
}

fn read_csv(bytes: &[u8], r: &mut Reader) {
    let bytes = bytes.strip_prefix(super::BOM).unwrap_or(bytes);
    let mut splitter = LineSplitter::new(super::MAX_LINE);
    let mut parser: Option<LineParser> = None;
    let mut rec = Record::default();
    let mut line = |info: super::lines::LineInfo, line: &[u8]| {
        if line.trim_ascii().is_empty() {
            return;
        }
        let p = parser.get_or_insert_with(|| LineParser::new(record::sniff_delimiter(line)));
        if info.truncated || p.parse(line, &mut rec).is_err() {
            r.list.unusable += 1;
            return;
        }
        r.row(&rec.raw_fields().collect::<Vec<_>>());
    };
    splitter.feed(bytes, &mut line);
    splitter.finish(&mut line);
}

#[cfg(feature = "xlsx-read")]
fn read_xlsx(bytes: &[u8], r: &mut Reader) -> Result<(), FileProblem> {
    super::xlsx::check_limits(bytes)?;
    let mut book = super::xlsx::Workbook::open(std::io::Cursor::new(bytes))
        .map_err(|e| FileProblem::Workbook(e.0))?;
    // A NIK in a number cell has lost its last digit; its text is in scientific notation
    // (`3.52206E+15`), which the NIK reader does not take: the row is counted unusable.
    book.for_each_row(|_, cells| r.row(&cells.iter().map(|c| c.text.as_str()).collect::<Vec<_>>()))
        .map_err(|e| FileProblem::Workbook(e.0))
}

#[cfg(not(feature = "xlsx-read"))]
fn read_xlsx(_: &[u8], _: &mut Reader) -> Result<(), FileProblem> {
    Err(FileProblem::Workbook(
        "XLSX is not read in this build".into(),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_csv_with_a_nik_column_anywhere_and_separators_in_the_numbers() {
        let l =
            read(b"nama;NIK\nAni;3522 0612 0580 0001\nBudi;35.22.06.5205800002\nCici;12345\n\n;\n")
                .unwrap();
        assert_eq!(l.niks.len(), 2);
        assert_eq!(
            l.unusable, 1,
            "12345 is no NIK; the empty and ';' lines cost nothing"
        );
    }

    #[test]
    fn a_plain_list_without_header_counts_its_first_line() {
        let l = read(b"3522061205800001\r\n3522065205800002\r\ncatatan\r\n").unwrap();
        assert_eq!(l.niks.len(), 2);
        assert_eq!(l.unusable, 1);
    }

    #[test]
    fn garbage_is_an_error_not_an_empty_list() {
        let bytes: Vec<u8> = (0..5000u32).map(|i| (i * 7919 % 251) as u8).collect();
        assert!(matches!(
            read(&bytes),
            Err(FileProblem::NoEnrolledNik { .. })
        ));
        assert!(matches!(
            read(b""),
            Err(FileProblem::NoEnrolledNik { unusable: 0 })
        ));
    }
}
