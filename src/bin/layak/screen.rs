//! `layak screen`: a whole spreadsheet through the eligibility rules, into four files.

use crate::check::{checker_from_flags, lang_of};
use crate::usage_error;
use clap::Args;
use layak::screen::{self, FileProblem, Outputs, Screener, Summary};
use layak::write::ResultFolder;
use layak::Lang;
use std::fs::{self, File};
use std::io::{self, IsTerminal, Read, Write};
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
    #[arg(long, conflicts_with = "xlsx")]
    no_xlsx: bool,
    /// Selalu tulis results.xlsx, juga untuk lebih dari 100.000 baris (bawaan: hanya sampai
    /// 100.000 baris, karena buku kerja sebesar itu lama dibuat).
    #[arg(long)]
    xlsx: bool,
}

fn say(lang: Lang, id: String, en: String) -> String {
    match lang {
        Lang::Id => id,
        Lang::En => en,
    }
}

/// The outputs of a run, in the output folder; `summary.json` is moved into place last.
const OUTPUTS: [&str; 6] = [
    "eligible.csv",
    "ineligible.csv",
    "review.csv",
    "errors.csv",
    "results.xlsx",
    layak::write::SUMMARY,
];

/// The four CSV outputs, in the run's working folder until it commits.
struct Files {
    eligible: Box<dyn Write>,
    ineligible: Box<dyn Write>,
    review: Box<dyn Write>,
    errors: Box<dyn Write>,
}

/// For the fault tests: `LAYAK_FAULT_WRITE_AFTER=N` makes each output fail after N bytes, as
/// a full disk would.
fn fault_limit() -> Option<u64> {
    std::env::var("LAYAK_FAULT_WRITE_AFTER").ok()?.parse().ok()
}

fn open_output(folder: &mut ResultFolder, name: &str) -> io::Result<Box<dyn Write>> {
    let f = folder.file(name)?;
    Ok(match fault_limit() {
        Some(n) => Box::new(layak::write::FailAfter::new(f, n)),
        None => Box::new(f),
    })
}

impl Files {
    fn create(folder: &mut ResultFolder) -> io::Result<Files> {
        Ok(Files {
            eligible: open_output(folder, "eligible.csv")?,
            ineligible: open_output(folder, "ineligible.csv")?,
            review: open_output(folder, "review.csv")?,
            errors: open_output(folder, "errors.csv")?,
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

/// Ends a run that did not complete: one line saying why and that the previous results in
/// the folder are as they were (the working folder is removed when `folder` drops).
fn failed(lang: Lang, dir: &Path, why: String) -> ExitCode {
    usage_error(screen::safety::run_failed(
        &why,
        &dir.display().to_string(),
        lang,
    ))
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
            Ok(bytes) => match screen::enrolled::read(&bytes) {
                Ok(list) => Some(list),
                Err(problem) => {
                    return usage_error(screen::safety::enrolled_problem(
                        &problem,
                        &p.display().to_string(),
                        lang,
                    ))
                }
            },
            Err(e) => {
                return usage_error(say(
                    lang,
                    format!("daftar peserta {} tidak bisa dibaca: {e}", p.display()),
                    format!("cannot read the enrolled list {}: {e}", p.display()),
                ))
            }
        },
    };
    let stdin = a.input.as_os_str() == "-";
    let mut protect: Vec<&Path> = Vec::new();
    if !stdin {
        protect.push(&a.input);
    }
    protect.extend(a.enrolled.as_deref());
    protect.extend(a.params.as_deref());
    let mut folder = match ResultFolder::begin(&a.out, &OUTPUTS, &protect) {
        Ok(f) => f,
        Err(e) => return usage_error(screen::safety::folder_error(&e, lang)),
    };
    let recovered = folder.recovered().clone();
    if recovered != Default::default() {
        eprintln!(
            "layak: {}",
            screen::safety::recovered(&recovered, &a.out.display().to_string(), lang)
        );
    }
    let mut input: Box<dyn Read> = if stdin {
        Box::new(io::stdin().lock())
    } else {
        match File::open(&a.input) {
            Ok(f) => Box::new(f),
            Err(e) => {
                return failed(
                    lang,
                    &a.out,
                    say(
                        lang,
                        format!("berkas {} tidak bisa dibaca: {e}", a.input.display()),
                        format!("cannot read {}: {e}", a.input.display()),
                    ),
                )
            }
        }
    };
    let mut files = match Files::create(&mut folder) {
        Ok(f) => f,
        Err(e) => {
            return failed(
                lang,
                &a.out,
                say(
                    lang,
                    format!("folder hasil {} tidak bisa ditulisi: {e}", a.out.display()),
                    format!(
                        "cannot write into the output folder {}: {e}",
                        a.out.display()
                    ),
                ),
            )
        }
    };
    let total = if stdin {
        None
    } else {
        fs::metadata(&a.input).ok().map(|m| m.len())
    };
    let bar = progress(total, a.quiet, lang);
    let enrolled_count = enrolled.as_ref().map(|l| (l.niks.len() as u64, l.unusable));
    let mut screener = Screener::new(checker, enrolled.map(|l| l.niks));
    screener.set_mask(a.mask);
    // A screening row is about 100 bytes.
    screener.reserve(total.map_or(0, |t| (t / 100).min(50_000_000)) as usize);
    let mut out = Outputs::default();

    let mut first = vec![0u8; 4];
    let head = read_full(&mut input, &mut first);
    let result: Result<Result<Summary, FileProblem>, io::Error> = match head {
        Err(e) => Err(e),
        Ok(0) => Ok(Err(FileProblem::Empty)),
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
    let mut summary = match result {
        Err(e) => {
            return failed(
                lang,
                &a.out,
                say(
                    lang,
                    format!("gagal membaca atau menulis: {e}"),
                    format!("failed to read or write: {e}"),
                ),
            )
        }
        Ok(Err(p)) => return failed(lang, &a.out, p.message(lang)),
        Ok(Ok(s)) => s,
    };
    if let Some((niks, unusable)) = enrolled_count {
        summary.enrolled_niks = Some(niks);
        summary.enrolled_unusable = Some(unusable);
    }
    let want_xlsx = layak::workbook::wanted(summary.rows, a.xlsx, a.no_xlsx);
    let written = files.flush().and_then(|()| {
        drop(files);
        // results.xlsx, from the finished CSVs in the working folder (src/workbook.rs), so it
        // is committed with them or not at all.
        if want_xlsx {
            let json = serde_json::to_value(&summary).map_err(io::Error::other)?;
            let kind = layak::workbook::Kind::Screen;
            layak::workbook::write_results(folder.work_dir(), kind, &json, lang, None)
                .map_err(|e| io::Error::other(format!("results.xlsx: {e}")))?;
        }
        let mut f = open_output(&mut folder, layak::write::SUMMARY)?;
        screen::write_summary(&mut f, &summary)?;
        f.flush()?;
        drop(f);
        folder.commit()
    });
    if let Err(e) = written {
        return failed(
            lang,
            &a.out,
            say(
                lang,
                format!("hasil tidak bisa ditulis: {e}"),
                format!("cannot write the results: {e}"),
            ),
        );
    }
    if !a.quiet {
        let mut text = screen::words::summary_text(&summary, &a.out.display().to_string(), lang);
        if let Some((niks, unusable)) = enrolled_count {
            text.push('\n');
            text.push_str(&screen::safety::enrolled_read(niks, unusable, lang));
        }
        let mut stdout = io::stdout().lock();
        return crate::write_outcome(
            writeln!(stdout, "{text}").and_then(|()| stdout.flush()),
            "cannot write",
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

#[cfg(feature = "xlsx-read")]
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
    if let Err(p) = screen::xlsx::check_limits(&bytes) {
        return Ok(Err(p));
    }
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
