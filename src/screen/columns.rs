//! Which column holds what: header names, case-insensitive, with the contract's aliases.
//!
//! The screening layout names its columns in Indonesian (`nik`, `no_kk`, `nama`,
//! `tanggal_lahir`, `jenis_kelamin`, `kode_desa`, `program`, `kategori`, `pekerjaan`,
//! `terdata_miskin`); the English names of the applicant JSON (§4) are accepted too, and a
//! few spellings operators use. Headers are compared after trimming, lower-casing and
//! turning spaces and dashes into `_`, so `Tanggal Lahir` and `TANGGAL-LAHIR` both match.
//! Columns that match nothing are kept and copied to the output files.

use super::values;

/// A field of the applicant that a column can hold.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Column {
    /// NIK.
    Nik,
    /// Nomor KK.
    Kk,
    /// Name.
    Name,
    /// Birth date.
    BirthDate,
    /// Sex.
    Sex,
    /// Citizenship (WNI/WNA).
    Citizenship,
    /// Kemendagri village code.
    VillageCode,
    /// Programme: rentan or insentif.
    Program,
    /// Work category.
    Category,
    /// Occupation status.
    Occupation,
    /// Listed in the poverty data.
    InPovertyData,
    /// Already a BPJS TK member.
    AlreadyEnrolled,
}

/// Every column and the header names that mean it.
pub const ALIASES: &[(Column, &[&str])] = &[
    (Column::Nik, &["nik", "no_nik", "nomor_nik", "nik_ktp"]),
    (
        Column::Kk,
        &["no_kk", "kk", "nomor_kk", "nkk", "no_kartu_keluarga"],
    ),
    (Column::Name, &["nama", "name", "nama_lengkap"]),
    (
        Column::BirthDate,
        &["tanggal_lahir", "birth_date", "tgl_lahir", "tanggal_lhr"],
    ),
    (
        Column::Sex,
        &["jenis_kelamin", "sex", "jk", "kelamin", "l/p"],
    ),
    (
        Column::Citizenship,
        &["kewarganegaraan", "citizenship", "wni_wna"],
    ),
    (
        Column::VillageCode,
        &[
            "kode_desa",
            "village_code",
            "kode_kelurahan",
            "kode_desa_kelurahan",
        ],
    ),
    (Column::Program, &["program"]),
    (
        Column::Category,
        &["kategori", "category", "kategori_pekerjaan"],
    ),
    (
        Column::Occupation,
        &["pekerjaan", "occupation", "status_pekerjaan"],
    ),
    (
        Column::InPovertyData,
        &[
            "terdata_miskin",
            "in_poverty_data",
            "miskin",
            "damisda",
            "dtsen",
        ],
    ),
    (
        Column::AlreadyEnrolled,
        &["sudah_terdaftar", "already_enrolled", "terdaftar_bpjs"],
    ),
];

/// Where each known column is in a file.
#[derive(Debug, Clone, Default)]
pub struct Layout {
    index: [Option<usize>; ALIASES.len()],
}

impl Layout {
    /// Maps a header row. The first column with a matching name wins.
    pub fn from_header<'a>(names: impl IntoIterator<Item = &'a str>) -> Layout {
        let mut layout = Layout::default();
        let mut norm = String::new();
        for (i, name) in names.into_iter().enumerate() {
            let name = name.trim_start_matches('\u{feff}');
            values::code(name, &mut norm);
            for (slot, (_, aliases)) in ALIASES.iter().enumerate() {
                if layout.index[slot].is_none() && aliases.contains(&norm.as_str()) {
                    layout.index[slot] = Some(i);
                }
            }
        }
        layout
    }

    /// The position of a column, if the file has it.
    pub fn get(&self, column: Column) -> Option<usize> {
        ALIASES
            .iter()
            .position(|(c, _)| *c == column)
            .and_then(|slot| self.index[slot])
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
