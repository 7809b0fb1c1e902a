//! Which column holds what: header names, case-insensitive, with the contract's aliases.
//!
//! The names come from the one table of input names ([`crate::read::fields`]), which the
//! applicant JSON is read through too, so a name accepted in one is accepted in the other.
//!
//! The screening layout names its columns in Indonesian (`nik`, `no_kk`, `nama`,
//! `tanggal_lahir`, `jenis_kelamin`, `kode_desa`, `program`, `kategori`, `pekerjaan`,
//! `terdata_miskin`); the English names of the applicant JSON (§4) are accepted too, and a
//! few spellings operators use. Headers are compared after trimming, lower-casing and
//! turning spaces and dashes into `_`, so `Tanggal Lahir` and `TANGGAL-LAHIR` both match.
//! Columns that match nothing are kept and copied to the output files.

pub use crate::read::fields::{Column, ALIASES};

/// Where each known column is in a file.
#[derive(Debug, Clone, Default)]
pub struct Layout {
    index: [Option<usize>; ALIASES.len()],
}

impl Layout {
    /// Maps a header row. The first column with a matching name wins.
    pub fn from_header<'a>(names: impl IntoIterator<Item = &'a str>) -> Layout {
        let mut layout = Layout::default();
        for (i, name) in names.into_iter().enumerate() {
            if let Some(c) = Column::of_name(name) {
                layout.index[c.slot()].get_or_insert(i);
            }
        }
        layout
    }

    /// The position of a column, if the file has it.
    pub fn get(&self, column: Column) -> Option<usize> {
        self.index[column.slot()]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headers_in_any_case_and_either_language() {
        let l = Layout::from_header([
            "NIK",
            " Tanggal Lahir ",
            "Jenis-Kelamin",
            "village_code",
            "catatan",
        ]);
        assert_eq!(l.get(Column::Nik), Some(0));
        assert_eq!(l.get(Column::BirthDate), Some(1));
        assert_eq!(l.get(Column::Sex), Some(2));
        assert_eq!(l.get(Column::VillageCode), Some(3));
        assert_eq!(l.get(Column::Kk), None);
        let bom = Layout::from_header(["\u{feff}nik", "no_kk"]);
        assert_eq!(bom.get(Column::Nik), Some(0));
        assert_eq!(bom.get(Column::Kk), Some(1));
    }
}
