//! `layak verval`: the twice-yearly verification round of a kecamatan's participant list,
//! with the deaths, the claims they start, the candidates for the free places and the budget.
//! The work is in `layak::verval`; this file reads the flags, opens the files and writes the
//! result folder.

use crate::check::{lang_of, load_params};
use crate::{today, usage_error};
use clap::Args;
use layak::options::RawOptions;
use layak::verval::output::{OutFile, Sink};
use layak::verval::table::{ListProblem, Source};
use layak::verval::{self, Inputs, Opener, VervalOptions};
use layak::write::ResultFolder;
use layak::{messages, Lang};
use std::fs::{self, File};
use std::io::{self, BufReader, BufWriter, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

pub const AFTER_HELP: &str = "\
Masukan (CSV atau XLSX, kolom seperti layak screen):
  --enrolled    daftar peserta: kolom penyaringan + tanggal_daftar, no_peserta, iuran_sampai
  --candidates  calon peserta: kolom penyaringan + desil (DTSEN, 1 = termiskin)
  --deaths      daftar kematian: nik, tanggal_meninggal, tanggal_lapor (boleh beberapa berkas)

Keluaran di FOLDER: stay.csv (tetap; ends_on/ends_because bila berhenti sebelum verval
berikutnya), leave.csv (keluar, dengan alasan), review.csv, errors.csv, claims.csv (klaim JKM
yang perlu diajukan), deaths-unmatched.csv, admit.csv, waitlist.csv, not-admitted.csv,
summary.json dan results.xlsx (semua hasil dalam satu buku kerja Excel; NIK sebagai teks;
sampai 100.000 baris masukan, --xlsx: selalu, --no-xlsx: tanpa). Hasil lama baru diganti setelah semua berkas hasil baru selesai, dan disimpan di
FOLDER/sebelumnya/ sampai verval berikutnya.

Contoh:
  layak verval --enrolled peserta.xlsx --deaths kematian-desa1.csv --deaths dukcapil.csv \\
               --candidates calon.csv --as-of 2025-06-01 --out verval-juni";

#[derive(Args)]
pub struct VervalArgs {
    /// Daftar peserta terdaftar (CSV atau XLSX).
    #[arg(long, value_name = "BERKAS")]
    enrolled: PathBuf,
    /// Calon peserta (CSV atau XLSX).
    #[arg(long, value_name = "BERKAS")]
    candidates: Option<PathBuf>,
    /// Daftar kematian (CSV atau XLSX); boleh diulang.
    #[arg(long, value_name = "BERKAS")]
    deaths: Vec<PathBuf>,
    /// Tanggal verval (YYYY-MM-DD). Bawaan: hari ini (WIB).
    #[arg(long, value_name = "TANGGAL")]
    as_of: Option<String>,
    /// Tanggal verval berikutnya. Bawaan: tanggal verval + verval.interval_months (6 bulan).
    #[arg(long, value_name = "TANGGAL")]
    next: Option<String>,
    /// Berkas parameter (TOML atau JSON) yang menimpa parameter bawaan: kelayakan, klaim
    /// atau verval (kuota, urutan prioritas, jarak verval), lihat docs/parameters.md.
    #[arg(long, value_name = "BERKAS")]
    params: Option<PathBuf>,
    /// Usang: berkas JSON parameter verval, dulu dengan tata letak sendiri. Pakai --params;
    /// masih dibaca (juga dalam tata letak lama) dan diterapkan setelah --params.
    #[arg(long, value_name = "BERKAS", hide = true)]
    verval_params: Option<PathBuf>,
    /// Bahasa pesan: id atau en.
    #[arg(long, value_name = "id|en", default_value = "id")]
    lang: String,
    /// Samarkan NIK dan nomor KK di berkas hasil.
    #[arg(long)]
    mask: bool,
    /// Tanpa results.xlsx (buku kerja hasil untuk Excel); hanya berkas CSV dan summary.json.
    #[arg(long, conflicts_with = "xlsx")]
    no_xlsx: bool,
    /// Selalu tulis results.xlsx, juga untuk lebih dari 100.000 baris masukan (bawaan: hanya
    /// sampai 100.000 baris, karena buku kerja sebesar itu lama dibuat).
    #[arg(long)]
    xlsx: bool,
    /// Tanpa ringkasan di layar.
    #[arg(long, short)]
    quiet: bool,
    /// Folder untuk hasil (dibuat bila belum ada).
    #[arg(long, value_name = "FOLDER")]
    out: PathBuf,
}

/// Writes the files through the shared all-or-nothing result folder (`layak::write`): a
/// working folder inside `--out`, locked, moved into place only when every file is complete,
/// the previous results kept in `sebelumnya/`.
struct DirSink {
    folder: Option<ResultFolder>,
    files: Vec<(OutFile, BufWriter<File>)>,
    /// The language of `results.xlsx`.
    lang: Lang,
    /// `--xlsx` and `--no-xlsx`.
    xlsx: bool,
    no_xlsx: bool,
}

/// The file name of the results workbook in the folder.
const WORKBOOK: &str = "results.xlsx";

impl Sink for DirSink {
    fn write(&mut self, file: OutFile, bytes: &[u8]) -> io::Result<()> {
        if let Some((_, w)) = self.files.iter_mut().find(|(f, _)| *f == file) {
            return w.write_all(bytes);
        }
        let folder = self
            .folder
            .as_mut()
            .ok_or_else(|| io::Error::other("the result folder is already committed"))?;
        let mut w = folder.file(file.name())?;
        w.write_all(bytes)?;
        self.files.push((file, w));
        Ok(())
    }

    fn commit(&mut self) -> io::Result<()> {
        for (_, w) in &mut self.files {
            w.flush()?;
        }
        self.files.clear();
        let mut folder = self
            .folder
            .take()
            .ok_or_else(|| io::Error::other("the result folder is already committed"))?;
        // Every file of the run exists, even one no row went to.
        for f in OutFile::ALL {
            if !folder.work_dir().join(f.name()).exists() {
                folder.file(f.name())?.flush()?;
            }
        }
        // results.xlsx, from the finished CSVs and summary.json in the working folder
        // (src/workbook/), so it is committed with them or not at all.
        let dir = folder.work_dir();
        let summary: serde_json::Value =
            serde_json::from_slice(&fs::read(dir.join(OutFile::Summary.name()))?)
                .map_err(io::Error::other)?;
        let kind = layak::workbook::Kind::Verval;
        if layak::workbook::wanted(kind.rows(&summary), self.xlsx, self.no_xlsx) {
            layak::workbook::write_results(dir, kind, &summary, self.lang, None)
                .map_err(|e| io::Error::other(format!("{WORKBOOK}: {e}")))?;
        }
        folder.commit()
    }
}

fn opener(path: PathBuf) -> Opener<'static> {
    Box::new(move || {
        let mut f = File::open(&path)
            .map_err(|e| ListProblem::Unreadable(format!("{}: {e}", path.display())))?;
        let mut magic = [0u8; 4];
        let n = f
            .read(&mut magic)
            .map_err(|e| ListProblem::Unreadable(e.to_string()))?;
        drop(f);
        let f = File::open(&path)
            .map_err(|e| ListProblem::Unreadable(format!("{}: {e}", path.display())))?;
        if n == 4 && &magic == b"PK\x03\x04" {
            #[cfg(feature = "xlsx-read")]
            return Ok(Source::Xlsx(Box::new(BufReader::new(f))));
            #[cfg(not(feature = "xlsx-read"))]
            return Err(ListProblem::Unreadable(
                "XLSX is not supported by this build".into(),
            ));
        }
        Ok(Source::Csv(Box::new(BufReader::with_capacity(1 << 20, f))))
    })
}

pub fn run(a: VervalArgs) -> ExitCode {
    let lang = lang_of(&a.lang);
    let raw = RawOptions {
        as_of: a.as_of.clone(),
        lang: Some(a.lang.clone()),
        ..RawOptions::default()
    };
    let opts = match raw.resolve(today()) {
        Ok(o) => o,
        Err(e) => return usage_error(messages::option_error_message(&e, lang)),
    };
    let next = match a.next.as_deref().map(layak::date::parse_iso) {
        None => None,
        Some(Some(d)) => Some(d),
        Some(None) => {
            return usage_error(match lang {
                Lang::Id => "--next harus tanggal YYYY-MM-DD",
                Lang::En => "--next must be a date YYYY-MM-DD",
            })
        }
    };
    let set = match load_params(a.params.as_ref()) {
        Ok(s) => s,
        Err(e) => return usage_error(messages::params_error_message(&e, lang)),
    };
    let verval_params = match &a.verval_params {
        None => None,
        Some(p) => match fs::read_to_string(p) {
            Ok(t) => Some(t),
            Err(e) => return usage_error(format!("{}: {e}", p.display())),
        },
    };
    let inputs = Inputs {
        enrolled: opener(a.enrolled.clone()),
        candidates: a.candidates.clone().map(opener),
        deaths: a.deaths.iter().cloned().map(opener).collect(),
    };
    let o = VervalOptions {
        as_of: opts.as_of,
        next,
        lang,
        mask: a.mask,
        verval_params,
    };
    let mut names: Vec<&str> = OutFile::ALL.iter().map(|f| f.name()).collect();
    // Before summary.json, which a commit moves into place last.
    names.insert(names.len() - 1, WORKBOOK);
    let mut protect: Vec<&Path> = vec![a.enrolled.as_path()];
    protect.extend(a.candidates.iter().map(PathBuf::as_path));
    protect.extend(a.deaths.iter().map(PathBuf::as_path));
    protect.extend(a.params.iter().map(PathBuf::as_path));
    protect.extend(a.verval_params.iter().map(PathBuf::as_path));
    let folder = match ResultFolder::begin(&a.out, &names, &protect) {
        Ok(f) => f,
        Err(e) => return usage_error(layak::screen::safety::folder_error(&e, lang)),
    };
    let mut sink = DirSink {
        folder: Some(folder),
        files: Vec::new(),
        lang,
        xlsx: a.xlsx,
        no_xlsx: a.no_xlsx,
    };
    match verval::run(&set, inputs, &o, &mut sink) {
        Ok(s) => {
            if !a.quiet {
                eprintln!(
                    "{}",
                    layak::verval::words::summary_text(&s, &a.out.display().to_string(), lang)
                );
            }
            ExitCode::SUCCESS
        }
        Err(e) => usage_error(layak::verval::words::error_message(&e, lang)),
    }
}
