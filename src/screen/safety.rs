//! The texts of screening safely: a folder in use, an input that is an output, a run
//! that did not complete, hostile files past a limit, an enrolled list without NIKs.

use crate::lang::Lang;
use crate::messages::pick;
use crate::screen::FileProblem;

/// Why a result folder cannot be written (native only).
#[cfg(not(target_arch = "wasm32"))]
pub fn folder_error(e: &crate::write::FolderError, lang: Lang) -> String {
    use crate::write::FolderError;
    match e {
        FolderError::Busy { dir, pid } => pick(
            lang,
            format!("folder hasil {} sedang dipakai proses lain (pid {pid}); tunggu sampai selesai atau pilih folder lain", dir.display()),
            format!("the output folder {} is in use by another run (pid {pid}); wait for it to end or choose another folder", dir.display()),
        ),
        FolderError::WouldOverwrite { input, output } => pick(
            lang,
            format!("{} adalah berkas hasil {} yang akan ditimpa; pindahkan berkas itu atau pilih folder hasil lain", input.display(), output.display()),
            format!("{} is the output {} this run would replace; move it or choose another output folder", input.display(), output.display()),
        ),
        FolderError::Io(err) => pick(
            lang,
            format!("folder hasil tidak bisa disiapkan: {err}"),
            format!("cannot prepare the output folder: {err}"),
        ),
    }
}

/// A run that ended without results: why, and that the folder still holds what it held.
pub fn run_failed(why: &str, dir: &str, lang: Lang) -> String {
    pick(
        lang,
        format!("{why} (hasil sebelumnya di {dir} tidak berubah)"),
        format!("{why} (the previous results in {dir} are unchanged)"),
    )
}

/// What a run tidied from runs that were killed: one line, naming only what happened.
#[cfg(not(target_arch = "wasm32"))]
pub fn recovered(r: &crate::write::Recovered, dir: &str, lang: Lang) -> String {
    let mut parts = Vec::new();
    if r.removed > 0 {
        parts.push(pick(
            lang,
            format!("sisa kerja {} run yang terhenti dihapus (hasilnya tidak pernah lengkap; hasil sebelumnya tetap)", r.removed),
            format!("removed the partial work of {} interrupted run(s) (never complete; the previous results stayed)", r.removed),
        ));
    }
    if r.finished > 0 {
        parts.push(pick(
            lang,
            format!(
                "penyimpanan {} run yang terputus di tengah diselesaikan",
                r.finished
            ),
            format!(
                "finished the commit of {} run(s) interrupted while committing",
                r.finished
            ),
        ));
    }
    format!("{dir}: {}", parts.join("; "))
}

/// An enrolled list that cannot be used.
pub fn enrolled_problem(p: &FileProblem, path: &str, lang: Lang) -> String {
    match p {
        FileProblem::NoEnrolledNik { unusable } => pick(
            lang,
            format!("daftar peserta {path} tidak berisi satu NIK pun ({unusable} baris tidak terbaca); periksa berkasnya (CSV atau XLSX, kolom nik)"),
            format!("the enrolled list {path} holds no NIK at all ({unusable} lines unusable); check the file (CSV or XLSX, a nik column)"),
        ),
        other => pick(
            lang,
            format!("daftar peserta {path}: {}", other.message(lang)),
            format!("enrolled list {path}: {}", other.message(lang)),
        ),
    }
}

/// The file problems added for safety (the others are in [`super::words`]).
pub fn file_problem(p: &FileProblem, lang: Lang) -> String {
    match p {
        FileProblem::Empty => pick(
            lang,
            "Berkas kosong: tidak ada baris judul dan tidak ada data.".into(),
            "The file is empty: no header row and no data.".into(),
        ),
        #[cfg(feature = "xlsx-read")]
        FileProblem::TooLarge(limit) => {
            use crate::screen::xlsx::Limit;
            let v = limit.value();
            let mb = v >> 20;
            match limit {
                Limit::Part => pick(
                    lang,
                    format!("Berkas XLSX tidak wajar: satu bagiannya mengembang lebih dari {mb} MB. Simpan ulang dari Excel atau ekspor sebagai CSV."),
                    format!("The XLSX file is not plausible: one of its parts inflates past {mb} MB. Save it again from Excel or export it as CSV."),
                ),
                Limit::Sheet => pick(
                    lang,
                    format!("Lembar kerja XLSX mengembang lebih dari {mb} MB; ekspor sebagai CSV atau bagi berkasnya."),
                    format!("The XLSX worksheet inflates past {mb} MB; export it as CSV or split the file."),
                ),
                Limit::SharedStrings => pick(
                    lang,
                    format!("Berkas XLSX berisi lebih dari {v} teks bersama (shared strings); ekspor sebagai CSV atau bagi berkasnya."),
                    format!("The XLSX file holds more than {v} shared strings; export it as CSV or split the file."),
                ),
                Limit::Cell => pick(
                    lang,
                    "Berkas XLSX berisi sel yang lebih panjang dari batas Excel (32.767 karakter); berkasnya rusak atau bukan data pendaftar.".into(),
                    "The XLSX file holds a cell longer than Excel's limit (32,767 characters); the file is damaged or not applicant data.".into(),
                ),
            }
        }
        FileProblem::NoEnrolledNik { unusable } => pick(
            lang,
            format!("Daftar peserta tidak berisi satu NIK pun ({unusable} baris tidak terbaca)."),
            format!("The enrolled list holds no NIK at all ({unusable} lines unusable)."),
        ),
        other => other.to_string(),
    }
}

/// The terminal's line on the enrolled list read.
pub fn enrolled_read(niks: u64, unusable: u64, lang: Lang) -> String {
    pick(
        lang,
        format!("Daftar peserta terdaftar: {niks} NIK terbaca, {unusable} baris tidak terpakai."),
        format!("Enrolled list: {niks} NIKs read, {unusable} lines unusable."),
    )
}
