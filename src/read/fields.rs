//! The one table of input names: the JSON key of each applicant field (CONTRACT.md §4), the
//! screening column names that mean it (§6, with the aliases operators use), and the keys of
//! a claim (§5). Applicant JSON and screening headers are read through the same table, so a
//! name accepted in one is accepted in the other; a name in neither is reported with the
//! nearest known name (`input.unknown_key`) instead of being silently ignored.

use super::key::Key;

/// A field of the applicant that a JSON key or a column can hold.
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

/// Every field: its JSON key first (the contract's English name), then the Indonesian column
/// name of the screening layout, then the spellings operators use. Names are compared as
/// [`Key`]s (case, spaces and dashes do not matter).
pub const ALIASES: &[(Column, &[&str])] = &[
    (Column::Nik, &["nik", "no_nik", "nomor_nik", "nik_ktp"]),
    (
        Column::Kk,
        &["kk", "no_kk", "nomor_kk", "nkk", "no_kartu_keluarga"],
    ),
    (Column::Name, &["name", "nama", "nama_lengkap"]),
    (
        Column::BirthDate,
        &["birth_date", "tanggal_lahir", "tgl_lahir", "tanggal_lhr"],
    ),
    (
        Column::Sex,
        &["sex", "jenis_kelamin", "jk", "kelamin", "l/p"],
    ),
    (
        Column::Citizenship,
        &["citizenship", "kewarganegaraan", "wni_wna"],
    ),
    (
        Column::VillageCode,
        &[
            "village_code",
            "kode_desa",
            "kode_kelurahan",
            "kode_desa_kelurahan",
        ],
    ),
    (Column::Program, &["program"]),
    (
        Column::Category,
        &["category", "kategori", "kategori_pekerjaan"],
    ),
    (
        Column::Occupation,
        &["occupation", "pekerjaan", "status_pekerjaan"],
    ),
    (
        Column::InPovertyData,
        &[
            "in_poverty_data",
            "terdata_miskin",
            "miskin",
            "damisda",
            "dtsen",
        ],
    ),
    (
        Column::AlreadyEnrolled,
        &["already_enrolled", "sudah_terdaftar", "terdaftar_bpjs"],
    ),
];

impl Column {
    /// The field's place in [`ALIASES`].
    pub fn slot(self) -> usize {
        self as usize
    }

    /// The JSON key of the contract (`birth_date`).
    pub fn json_key(self) -> &'static str {
        ALIASES[self.slot()].1[0]
    }

    /// The field a JSON key or column name means, compared as a [`Key`].
    pub fn of_name(name: &str) -> Option<Column> {
        let key = Key::of(name.trim_start_matches('\u{feff}'))?;
        let k = key.as_str();
        ALIASES
            .iter()
            .find(|(_, names)| names.contains(&k))
            .map(|(c, _)| *c)
    }
}

/// The keys of a claim (CONTRACT.md §5 and the fields beyond it that `layak claim` reads).
pub const CLAIM_KEYS: &[&str] = &[
    "type",
    "death_date",
    "accident_date",
    "reported_date",
    "membership_start",
    "complete_date",
    "relation",
    "minor",
    "heir",
    "traffic_accident",
    "represented",
    "arranged_burial",
    "self_paid_treatment",
    "signature",
    "documents",
    "family",
    "outcome",
    "monthly_income",
    "children",
    "basis",
];

/// The keys of a claim's `heir` object.
pub const HEIR_KEYS: &[&str] = &["relation", "minor"];

/// The known key of `among` nearest to `key`, if one is near enough to be a likely slip: at
/// most a third of the key's length in edits (at least 1, at most 3).
pub fn nearest(key: &str, among: &[&'static str]) -> Option<&'static str> {
    let k = Key::of(key)?;
    let k = k.as_str().as_bytes();
    let limit = (k.len() / 3).clamp(1, 3);
    among
        .iter()
        .filter_map(|c| distance(k, c.as_bytes()).map(|d| (d, *c)))
        .filter(|(d, _)| *d <= limit)
        .min_by_key(|(d, _)| *d)
        .map(|(_, c)| c)
}

/// Optimal string alignment distance (Levenshtein with swapped neighbours as one edit: the
/// commonest typing slip), over bytes: keys are ASCII and at most [`super::key::MAX`] long,
/// so the table lives on the stack. `None` for a longer candidate.
fn distance(a: &[u8], b: &[u8]) -> Option<usize> {
    const N: usize = super::key::MAX + 1;
    if a.len() >= N || b.len() >= N {
        return None;
    }
    let mut d = [[0u8; N]; N];
    for (i, row) in d.iter_mut().enumerate() {
        row[0] = i as u8;
    }
    for (j, cell) in d[0].iter_mut().enumerate() {
        *cell = j as u8;
    }
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let cost = u8::from(a[i - 1] != b[j - 1]);
            let mut v = (d[i - 1][j] + 1)
                .min(d[i][j - 1] + 1)
                .min(d[i - 1][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                v = v.min(d[i - 2][j - 2] + 1);
            }
            d[i][j] = v;
        }
    }
    Some(usize::from(d[a.len()][b.len()]))
}

/// A key that is not known, as the input wrote it (its first 20 bytes, cut at a character
/// boundary), and the known key nearest to it. Small and `Copy`, so an issue can carry it.
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct UnknownKey {
    text: [u8; 20],
    len: u8,
    cut: bool,
    nearest: Option<&'static str>,
}

impl UnknownKey {
    /// The unknown `key` and the nearest of `among`.
    pub fn new(key: &str, among: &[&'static str]) -> UnknownKey {
        let mut end = key.len().min(20);
        while !key.is_char_boundary(end) {
            end -= 1;
        }
        let mut text = [0u8; 20];
        text[..end].copy_from_slice(&key.as_bytes()[..end]);
        UnknownKey {
            text,
            len: end as u8,
            cut: end < key.len(),
            nearest: nearest(key, among),
        }
    }

    /// The key as written (shortened, with `…`, when longer than 20 bytes).
    pub fn key(&self) -> String {
        let s = std::str::from_utf8(&self.text[..usize::from(self.len)]).unwrap_or("");
        if self.cut {
            format!("{s}…")
        } else {
            s.to_string()
        }
    }

    /// The known key nearest to it, if one is near.
    pub fn nearest(&self) -> Option<&'static str> {
        self.nearest
    }

    /// The form field the key was probably meant for: the JSON key of the nearest name
    /// (`tgl_lahr` → `birth_date`), or the nearest claim key.
    pub fn field(&self) -> Option<&'static str> {
        let n = self.nearest?;
        Some(match ALIASES.iter().find(|(_, names)| names.contains(&n)) {
            Some((c, _)) => c.json_key(),
            None => n,
        })
    }
}

impl std::fmt::Debug for UnknownKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "UnknownKey({:?} ~ {:?})", self.key(), self.nearest)
    }
}

/// The applicant's JSON keys and column names, flat, for [`nearest`].
pub fn applicant_names() -> &'static [&'static str] {
    const N: usize = {
        let mut n = 0;
        let mut i = 0;
        while i < ALIASES.len() {
            n += ALIASES[i].1.len();
            i += 1;
        }
        n
    };
    const NAMES: [&str; N] = {
        let mut out = [""; N];
        let (mut n, mut i) = (0, 0);
        while i < ALIASES.len() {
            let mut j = 0;
            while j < ALIASES[i].1.len() {
                out[n] = ALIASES[i].1[j];
                n += 1;
                j += 1;
            }
            i += 1;
        }
        out
    };
    &NAMES
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_keys_and_column_names_are_one_table() {
        assert_eq!(Column::of_name("birth_date"), Some(Column::BirthDate));
        assert_eq!(Column::of_name(" Tanggal Lahir "), Some(Column::BirthDate));
        assert_eq!(Column::of_name("\u{feff}NIK"), Some(Column::Nik));
        assert_eq!(Column::of_name("L/P"), Some(Column::Sex));
        assert_eq!(Column::of_name("hobby"), None);
        for (c, names) in ALIASES {
            assert_eq!(ALIASES[c.slot()].0, *c);
            for n in *names {
                assert_eq!(Column::of_name(n), Some(*c), "{n}");
            }
        }
        assert_eq!(Column::InPovertyData.json_key(), "in_poverty_data");
    }

    #[test]
    fn the_nearest_known_key_names_the_slip() {
        let a = applicant_names();
        assert_eq!(nearest("brith_date", a), Some("birth_date"));
        assert_eq!(nearest("in_poverty", a), None);
        assert_eq!(nearest("Village-Code", a), Some("village_code"));
        assert_eq!(nearest("hobby", a), None);
        assert_eq!(nearest("relaton", CLAIM_KEYS), Some("relation"));
        assert_eq!(nearest("mnior", HEIR_KEYS), Some("minor"));
        let u = UnknownKey::new("tanggal_lahir_peserta_bpjs_x", a);
        assert_eq!(u.key(), "tanggal_lahir_pesert…");
    }
}
