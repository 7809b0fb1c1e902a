//! `layak screen`: a whole spreadsheet through the eligibility rules, into four files.

use crate::check::{checker_from_flags, lang_of};
use crate::usage_error;
use clap::Args;
use layak::screen::{self, FileProblem, Outputs, Screener, Summary};
use layak::Lang;
use std::fs::{self, File};
use std::io::{self, BufWriter, IsTerminal, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

pub const AFTER_HELP: &str = "\
Masukan: CSV (koma atau titik koma; UTF-8 dengan atau tanpa BOM, atau Windows-1252) atau XLSX
(lembar pertama). Baris pertama adalah judul kolom; huruf besar/kecil tidak berpengaruh:
  nik, no_kk, nama, tanggal_lahir, jenis_kelamin, kode_desa, program, kategori, pekerjaan,
  terdata_miskin  (juga nama Inggris: kk, name, birth_date, sex, village_code, category, ...)
Tanggal: 1980-05-12, 12/05/1980, 12-05-1980 atau nomor tanggal spreadsheet. Jenis kelamin
L/P. terdata_miskin ya/tidak, Y/T, 1/0. pekerjaan kosong atau - berarti tidak ada.

Keluaran di FOLDER: eligible.csv, ineligible.csv, review.csv (kolom masukan + decision +
reasons), errors.csv (baris yang tidak terbaca: nomor baris dan sebabnya), summary.json dan
results.xlsx (semua hasil dalam satu buku kerja Excel; NIK sebagai teks; --no-xlsx: tanpa).
Tidak ada baris yang hilang: baris = layak + tidak layak + perlu diperiksa + tidak terbaca.
NIK yang muncul lagi di baris berikutnya gagal enrolment.not_duplicate.

Contoh:
  layak screen calon-peserta.xlsx --out hasil
  layak screen data.csv --out hasil --as-of 2025-06-01 --enrolled sudah-terdaftar.txt";

#[derive(Args)]
pub struct ScreenArgs {
    /// Berkas CSV atau XLSX (\"-\": CSV dari masukan standar).
    #[arg(value_name = "BERKAS")]
    input: PathBuf,
    /// Folder untuk hasil (dibuat bila belum ada).
    #[arg(long, value_name = "FOLDER")]
    out: PathBuf,
    /// Tanggal pemeriksaan (YYYY-MM-DD). Bawaan: hari ini (WIB).
    #[arg(long, value_name = "TANGGAL")]
    as_of: Option<String>,
    /// Berkas parameter (TOML atau JSON) yang menimpa parameter bawaan.
    #[arg(long, value_name = "BERKAS")]
    params: Option<PathBuf>,
    /// Daftar NIK yang sudah terdaftar BPJS Ketenagakerjaan (satu per baris).
    #[arg(long, value_name = "BERKAS")]
    enrolled: Option<PathBuf>,
    /// Bahasa pesan: id atau en.
    #[arg(long, value_name = "id|en", default_value = "id")]
    lang: String,
    /// Tanpa baris kemajuan dan ringkasan.
    #[arg(long, short)]
    quiet: bool,
    /// Samarkan NIK dan nomor KK di berkas hasil (352206********01), untuk dibagikan.
    #[arg(long)]
    mask: bool,
    /// Tanpa results.xlsx (buku kerja hasil untuk Excel); hanya berkas CSV dan summary.json.
    #[arg(long)]
    no_xlsx: bool,
}

struct Files {
    eligible: BufWriter<File>,
    ineligible: BufWriter<File>,
    review: BufWriter<File>,
    errors: BufWriter<File>,
    /// Removes the previous run's outputs while this one works.
    cleanup: Option<std::thread::JoinHandle<()>>,
}

/// The outputs of a run, in the output folder.
const OUTPUTS: [&str; 4] = ["eligible.csv", "ineligible.csv", "review.csv", "errors.csv"];

impl Files {
    fn create(dir: &Path) -> io::Result<Files> {
        fs::create_dir_all(dir)?;
        // Screening again into the same folder is the usual case. Truncating the previous
        // run's outputs (about the size of the input) makes the file system free them there
        // and then, 30 ms for a million rows before the first row is read; they are moved
        // aside instead (a rename is instant) and removed by a thread of their own. A left
        // over from an interrupted run is replaced by the rename, so none piles up.
        let mut aside = Vec::new();
        for name in OUTPUTS {
            let path = dir.join(name);
            let old = dir.join(format!(".{name}.lama"));
            let regular = fs::symlink_metadata(&path).is_ok_and(|m| m.file_type().is_file());
            if (regular && fs::rename(&path, &old).is_ok()) || old.exists() {
                aside.push(old);
            }
        }
        let cleanup = (!aside.is_empty()).then(|| {
            std::thread::spawn(move || {
                for p in aside {
                    let _ = fs::remove_file(p);
                }
            })
        });
        let open =
            |name: &str| File::create(dir.join(name)).map(|f| BufWriter::with_capacity(1 << 20, f));
        Ok(Files {
            eligible: open("eligible.csv")?,
            ineligible: open("ineligible.csv")?,
            review: open("review.csv")?,
            errors: open("errors.csv")?,
            cleanup,
        })
    }

    fn drain(&mut self, out: &mut Outputs) -> io::Result<()> {
        self.eligible.write_all(&out.eligible)?;
        self.ineligible.write_all(&out.ineligible)?;
        self.review.write_all(&out.review)?;
        self.errors.write_all(&out.errors)?;
        out.eligible.clear();
        out.ineligible.clear();
        out.review.clear();
        out.errors.clear();
        Ok(())
    }

    fn flush(&mut self) -> io::Result<()> {
        self.eligible.flush()?;
        self.ineligible.flush()?;
        self.review.flush()?;
        self.errors.flush()
    }
}

impl Drop for Files {
    /// Waits for the previous outputs to be gone, also when the run ends in an error.
    fn drop(&mut self) {
        if let Some(t) = self.cleanup.take() {
            let _ = t.join();
        }
    }
}

fn say(lang: Lang, id: String, en: String) -> String {
    match lang {
        Lang::Id => id,
        Lang::En => en,
    }
}

pub fn run(a: ScreenArgs) -> ExitCode {
    let lang = lang_of(&a.lang);
    let checker = match checker_from_flags(a.as_of.as_deref(), &a.lang, a.params.as_ref()) {
        Ok(c) => c,
        Err(code) => return code,
    };
    let enrolled = match &a.enrolled {
        None => None,
        Some(p) => match fs::read(p) {
            Ok(bytes) => Some(screen::read_enrolled(&bytes).0),
            Err(e) => {
                return usage_error(say(
                    lang,
                    format!("daftar peserta {} tidak bisa dibaca: {e}", p.display()),
                    format!("cannot read the enrolled list {}: {e}", p.display()),
                ))
            }
        },
    };
    let mut files = match Files::create(&a.out) {
        Ok(f) => f,
        Err(e) => {
            return usage_error(say(
                lang,
                format!("folder hasil {} tidak bisa dibuat: {e}", a.out.display()),
                format!("cannot create the output folder {}: {e}", a.out.display()),
            ))
        }
    };
    let stdin = a.input.as_os_str() == "-";
    let mut input: Box<dyn Read> = if stdin {
        Box::new(io::stdin().lock())
    } else {
        match File::open(&a.input) {
            Ok(f) => Box::new(f),
            Err(e) => {
                return usage_error(say(
                    lang,
                    format!("berkas {} tidak bisa dibaca: {e}", a.input.display()),
                    format!("cannot read {}: {e}", a.input.display()),
                ))
            }
        }
    };
    let total = if stdin {
        None
    } else {
        fs::metadata(&a.input).ok().map(|m| m.len())
    };
    let bar = progress(total, a.quiet, lang);
    let mut screener = Screener::new(checker, enrolled);
    screener.set_mask(a.mask);
    // A screening row is about 100 bytes.
    screener.reserve(total.map_or(0, |t| (t / 100).min(50_000_000)) as usize);
    let mut out = Outputs::default();

    let mut first = vec![0u8; 4];
    let head = read_full(&mut input, &mut first);
    let result: Result<Result<Summary, FileProblem>, io::Error> = match head {
        Err(e) => Err(e),
        Ok(n) if n == 4 && first.starts_with(b"PK\x03\x04") => {
            screen_xlsx(&first, &mut input, screener, &mut out, &mut files, &bar)
        }
        Ok(n) => (|| {
            let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
            // The four bytes already read go first, then the rest of the input.
            let mut whole = io::Cursor::new(first[..n].to_vec()).chain(input);
            let ran = screener.run_pipelined(
                &mut whole,
                4 << 20,
                threads,
                &mut out,
                |o| files.drain(o),
                |bytes| bar.inc(bytes),
            )?;
            if let Err(p) = ran {
                return Ok(Err(p));
            }
            let summary = screener.finish(&mut out);
            files.drain(&mut out)?;
            Ok(summary)
        })(),
    };
    bar.finish_and_clear();
    let summary = match result {
        Err(e) => {
            return usage_error(say(
                lang,
                format!("gagal membaca atau menulis: {e}"),
                format!("failed to read or write: {e}"),
            ))
        }
        Ok(Err(p)) => return usage_error(p.message(lang)),
        Ok(Ok(s)) => s,
    };
    let written = files.flush().and_then(|()| {
        let mut f = BufWriter::new(File::create(a.out.join("summary.json"))?);
        screen::write_summary(&mut f, &summary)?;
        f.flush()
    });
    if let Err(e) = written {
        return usage_error(say(
            lang,
            format!("hasil tidak bisa ditulis: {e}"),
            format!("cannot write the results: {e}"),
        ));
    }
    // results.xlsx, from the finished CSVs (src/workbook.rs).
    if !a.no_xlsx {
        if let Err(e) = layak::workbook::write_results(&a.out, &summary, lang, None) {
            return usage_error(say(
                lang,
                format!("results.xlsx tidak bisa ditulis: {e}"),
                format!("cannot write results.xlsx: {e}"),
            ));
        }
    }
    if !a.quiet {
        println!(
            "{}",
            layak::screen::words::summary_text(&summary, &a.out.display().to_string(), lang)
        );
    }
    ExitCode::SUCCESS
}

fn read_full(input: &mut dyn Read, buf: &mut [u8]) -> io::Result<usize> {
    let mut n = 0;
    while n < buf.len() {
        match input.read(&mut buf[n..]) {
            Ok(0) => break,
            Ok(g) => n += g,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        }
    }
    Ok(n)
}

#[cfg(feature = "xlsx")]
fn screen_xlsx(
    head: &[u8],
    input: &mut dyn Read,
    mut screener: Screener,
    out: &mut Outputs,
    files: &mut Files,
    bar: &indicatif::ProgressBar,
) -> io::Result<Result<Summary, FileProblem>> {
    // A workbook is a zip archive: its directory is at the end, so it is read whole.
    let mut bytes = head.to_vec();
    input.read_to_end(&mut bytes)?;
    bar.set_position(bytes.len() as u64);
    let mut book = match screen::xlsx::Workbook::open(io::Cursor::new(bytes)) {
        Ok(b) => b,
        Err(e) => return Ok(Err(FileProblem::Workbook(e.0))),
    };
    let mut problem = None;
    let mut io_error = None;
    let read = book.for_each_row(|row, cells| {
        if problem.is_some() || io_error.is_some() {
            return;
        }
        if let Err(p) = screener.xlsx_row(row, cells, out) {
            problem = Some(p);
        }
        if out.pending() > 1 << 20 {
            if let Err(e) = files.drain(out) {
                io_error = Some(e);
            }
        }
    });
    if let Some(e) = io_error {
        return Err(e);
    }
    if let Some(p) = problem {
        return Ok(Err(p));
    }
    if let Err(e) = read {
        return Ok(Err(FileProblem::Workbook(e.0)));
    }
    let summary = screener.finish_xlsx(out);
    files.drain(out)?;
    Ok(summary)
}

fn progress(total: Option<u64>, quiet: bool, lang: Lang) -> indicatif::ProgressBar {
    if quiet || !io::stderr().is_terminal() {
        return indicatif::ProgressBar::hidden();
    }
    let bar = match total {
        Some(t) => indicatif::ProgressBar::new(t),
        None => indicatif::ProgressBar::new_spinner(),
    };
    let label = match lang {
        Lang::Id => "menyaring",
        Lang::En => "screening",
    };
    if let Ok(style) = indicatif::ProgressStyle::with_template(&format!(
        "{label} [{{bar:40}}] {{bytes}}/{{total_bytes}} {{bytes_per_sec}} sisa {{eta}}"
    )) {
        bar.set_style(style.progress_chars("=> "));
    }
    bar
}
