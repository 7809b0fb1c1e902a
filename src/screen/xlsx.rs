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
