//! The texts of batch screening: why a file or a row could not be read, and the words of
//! the run's summary.
//!
//! Screening sits above `messages` and `api` (it judges rows through [`crate::api::Checker`]
//! and writes finished files), so its few sentences about its own problems live here, next to
//! the types they describe; every issue and rule message in its outputs still comes from
//! `messages`.

use crate::lang::Lang;
use crate::messages::pick;
use crate::screen::record::LineProblem;
use crate::screen::{FileProblem, RowProblem};

/// Why a whole file cannot be screened.
pub fn file_problem(p: &FileProblem, lang: Lang) -> String {
    match p {
        FileProblem::NoNikColumn { found } => pick(
            lang,
            format!("Tidak ada kolom NIK di baris judul. Beri judul kolom \"nik\" (judul yang ditemukan: {found})."),
            format!("There is no NIK column in the header row. Name a column \"nik\" (headers found: {found})."),
        ),
        FileProblem::BadHeader => pick(
            lang,
            "Baris judul (baris pertama) tidak bisa dibaca: tanda kutipnya tidak lengkap atau berisi data biner.".into(),
            "The header row (the first line) cannot be read: an unclosed quote or binary data.".into(),
        ),
        FileProblem::Workbook(e) => pick(
            lang,
            format!("Berkas XLSX tidak bisa dibuka ({e}). Simpan ulang dari Excel atau ekspor sebagai CSV."),
            format!("The XLSX file cannot be opened ({e}). Save it again from Excel or export it as CSV."),
        ),
        other => super::safety::file_problem(other, lang),
    }
}

/// Why one row went to `errors.csv`.
pub fn row_problem(p: RowProblem, lang: Lang) -> String {
    match p {
        RowProblem::Line(LineProblem::UnbalancedQuotes) => pick(
            lang,
            "Tanda kutip (\") dibuka tetapi tidak ditutup; baris ini tidak bisa dibagi menjadi kolom.".into(),
            "A quote (\") is opened and never closed; this line cannot be split into columns.".into(),
        ),
        RowProblem::Line(LineProblem::TooLong) => pick(
            lang,
            "Baris terlalu panjang (lebih dari 1 MB); mungkin bukan data pendaftar.".into(),
            "The line is too long (over 1 MB); it is probably not applicant data.".into(),
        ),
        RowProblem::Line(LineProblem::Binary) => pick(
            lang,
            "Baris berisi data biner (bukan teks); berkasnya mungkin rusak.".into(),
            "The line holds binary data (not text); the file may be damaged.".into(),
        ),
        RowProblem::TooManyFields { found, expected } => pick(
            lang,
            format!("Baris ini berisi {found} kolom, padahal judulnya {expected} kolom. Periksa tanda pemisah (koma atau titik koma) di dalam isian."),
            format!("This line has {found} columns but the header has {expected}. Check for separators (commas or semicolons) inside a value."),
        ),
    }
}

/// The closing lines of a screening run, as the CLI prints them.
pub fn summary_text(s: &crate::screen::Summary, dir: &str, lang: Lang) -> String {
    use std::fmt::Write;
    let n = |x: u64| thousands(x, lang);
    let mut out = String::new();
    let _ = match lang {
        Lang::Id => writeln!(
            out,
            "{} baris diperiksa: {} layak, {} tidak layak, {} perlu diperiksa petugas, {} tidak terbaca.",
            n(s.rows), n(s.eligible), n(s.ineligible), n(s.review), n(s.errors)
        ),
        Lang::En => writeln!(
            out,
            "{} rows screened: {} eligible, {} ineligible, {} to be checked by a person, {} unreadable.",
            n(s.rows), n(s.eligible), n(s.ineligible), n(s.review), n(s.errors)
        ),
    };
    if !s.by_reason.is_empty() {
        let mut reasons: Vec<_> = s.by_reason.iter().collect();
        reasons.sort_by(|a, b| b.1.cmp(a.1));
        let list: Vec<String> = reasons
            .iter()
            .map(|(k, v)| format!("{k} {}", n(**v)))
            .collect();
        let _ = match lang {
            Lang::Id => writeln!(out, "Alasan tidak layak: {}.", list.join(", ")),
            Lang::En => writeln!(out, "Reasons for ineligible: {}.", list.join(", ")),
        };
    }
    if s.enrolment_source == "none" {
        let _ = match lang {
            Lang::Id => writeln!(out, "Catatan: tanpa kolom sudah_terdaftar dan tanpa --enrolled, kepesertaan BPJS tidak diperiksa."),
            Lang::En => writeln!(out, "Note: without a sudah_terdaftar column or --enrolled, existing BPJS membership was not checked."),
        };
    }
    let _ = match lang {
        Lang::Id => write!(
            out,
            "Hasil di {dir}: eligible.csv, ineligible.csv, review.csv, errors.csv, summary.json"
        ),
        Lang::En => write!(
            out,
            "Results in {dir}: eligible.csv, ineligible.csv, review.csv, errors.csv, summary.json"
        ),
    };
    out
}

/// 1234567 as people write it: `1.234.567` in Indonesian, `1,234,567` in English.
pub use crate::messages::grouped as thousands;
