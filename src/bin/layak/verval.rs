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
yang perlu diajukan), deaths-unmatched.csv, admit.csv, waitlist.csv, not-admitted.csv dan
summary.json. Hasil lama baru diganti setelah semua berkas hasil baru selesai.

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
    /// Berkas parameter kelayakan (TOML atau JSON) yang menimpa parameter bawaan.
    #[arg(long, value_name = "BERKAS")]
    params: Option<PathBuf>,
    /// Berkas parameter verval (JSON: kuota, urutan prioritas, jarak verval).
    #[arg(long, value_name = "BERKAS")]
    verval_params: Option<PathBuf>,
    /// Bahasa pesan: id atau en.
    #[arg(long, value_name = "id|en", default_value = "id")]
    lang: String,
    /// Samarkan NIK dan nomor KK di berkas hasil.
    #[arg(long)]
    mask: bool,
    /// Tanpa ringkasan di layar.
    #[arg(long, short)]
    quiet: bool,
    /// Folder untuk hasil (dibuat bila belum ada).
    #[arg(long, value_name = "FOLDER")]
    out: PathBuf,
}

/// Writes the files into a fresh folder beside the results and moves them in only when all
/// are complete, under a lock so two runs never mix their files. (The shared all-or-nothing
/// result-folder writer of `layak screen` can replace this once it lands: only `Sink` is
/// used.)
struct DirSink {
    dir: PathBuf,
    tmp: PathBuf,
    lock: PathBuf,
    files: Vec<(OutFile, BufWriter<File>)>,
    done: bool,
}

impl DirSink {
    fn create(dir: &Path) -> io::Result<DirSink> {
        fs::create_dir_all(dir)?;
        let lock = dir.join(".layak-verval.lock");
        fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&lock)
            .map_err(|e| {
                if e.kind() == io::ErrorKind::AlreadyExists {
                    io::Error::new(
                        e.kind(),
                        format!(
                            "{} is in use by another run (remove {} if none is running)",
                            dir.display(),
                            lock.display()
                        ),
                    )
                } else {
                    e
                }
            })?;
        let tmp = dir.join(format!(".layak-verval-{}", std::process::id()));
        if let Err(e) = fs::create_dir_all(&tmp) {
            let _ = fs::remove_file(&lock);
            return Err(e);
        }
        Ok(DirSink {
            dir: dir.to_path_buf(),
            tmp,
            lock,
            files: Vec::new(),
            done: false,
        })
    }
}

impl Sink for DirSink {
    fn write(&mut self, file: OutFile, bytes: &[u8]) -> io::Result<()> {
        if let Some((_, w)) = self.files.iter_mut().find(|(f, _)| *f == file) {
            return w.write_all(bytes);
        }
        let mut w = BufWriter::with_capacity(1 << 20, File::create(self.tmp.join(file.name()))?);
        w.write_all(bytes)?;
        self.files.push((file, w));
        Ok(())
    }

    fn commit(&mut self) -> io::Result<()> {
        for (_, w) in &mut self.files {
            w.flush()?;
            w.get_ref().sync_all()?;
        }
        // Every file of the run exists, even one no row went to.
        for f in OutFile::ALL {
            let p = self.tmp.join(f.name());
            if !p.exists() {
                File::create(&p)?;
            }
        }
        for f in OutFile::ALL {
            fs::rename(self.tmp.join(f.name()), self.dir.join(f.name()))?;
        }
        self.done = true;
        Ok(())
    }
}

impl Drop for DirSink {
    fn drop(&mut self) {
        // An unfinished run leaves the previous results as they were.
        self.files.clear();
        let _ = fs::remove_dir_all(&self.tmp);
        let _ = fs::remove_file(&self.lock);
        let _ = self.done;
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
            #[cfg(feature = "xlsx")]
            return Ok(Source::Xlsx(Box::new(BufReader::new(f))));
            #[cfg(not(feature = "xlsx"))]
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
    for p in std::iter::once(&a.enrolled)
        .chain(a.candidates.iter())
        .chain(a.deaths.iter())
    {
        if same_file(p, &a.out) {
            return usage_error(format!(
                "{}: --out must be a folder, not an input",
                p.display()
            ));
        }
    }
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
    let mut sink = match DirSink::create(&a.out) {
        Ok(s) => s,
        Err(e) => return usage_error(format!("{}: {e}", a.out.display())),
    };
    match verval::run(&set, inputs, &o, &mut sink) {
        Ok(s) => {
            if !a.quiet {
                eprintln!(
                    "{}",
                    messages::verval::summary_text(&s, &a.out.display().to_string(), lang)
                );
            }
            ExitCode::SUCCESS
        }
        Err(e) => usage_error(messages::verval::error_message(&e, lang)),
    }
}

fn same_file(a: &Path, b: &Path) -> bool {
    match (fs::canonicalize(a), fs::canonicalize(b)) {
        (Ok(x), Ok(y)) => x == y,
        _ => false,
    }
}
