//! `layak`: the command line face of the core.
//!
//! It parses flags, reads input, calls the library and prints. It holds no rule and writes
//! no message of its own: every sentence comes from `layak::messages`.

mod catalogue;
mod check;
mod claim;
mod gen;
mod ident;
mod input;
mod params;
mod regions;
mod screen;

use clap::{Args, Parser, Subcommand};
use std::process::ExitCode;

const LONG_ABOUT: &str = "\
layak memeriksa NIK dan nomor KK, dan kelayakan peserta program BPJS \
Ketenagakerjaan Kabupaten Bojonegoro untuk pekerja rentan dan penerima insentif daerah.

Semua pemeriksaan berjalan di komputer ini; tidak ada data yang dikirim ke mana pun.
Pesan dalam Bahasa Indonesia; tambahkan --lang en untuk bahasa Inggris.
(English: messages in English with --lang en; see README.md.)";

const AFTER_HELP: &str = "\
Contoh:
  layak nik 3522061205800001               periksa satu NIK
  layak nik --as-of 2025-06-01 3522061205800001 3522065205800002
  layak nik < daftar-nik.txt               periksa satu NIK per baris dari berkas
  layak nik --json < daftar-nik.txt > hasil.jsonl
  layak kk 3522060101100003                periksa nomor Kartu Keluarga
  layak check pemohon.jsonl                periksa kelayakan pemohon (JSON Lines)
  layak params                             batas usia, kategori dan dasar hukumnya
  layak claim klaim.json                   daftar periksa klaim JKM/JKK/beasiswa
  layak regions 35.22                      daftar kecamatan Kabupaten Bojonegoro
  layak regions --info                     sumber data wilayah (Kepmendagri)
  layak gen --rows 1000 --seed 1           data pendaftar tiruan untuk uji coba

Kode keluar: 0 semua sah; 1 ada yang tidak sah; 2 perintah atau masukan tidak bisa dibaca.
(check, claim dan screen selalu keluar 0 bila berjalan: keputusannya ada di keluaran.)";

#[derive(Parser)]
#[command(
    name = "layak",
    version,
    long_version = long_version(),
    about = "Memeriksa NIK, nomor KK dan kelayakan peserta BPJS Ketenagakerjaan Bojonegoro",
    long_about = LONG_ABOUT,
    after_help = AFTER_HELP,
    disable_help_subcommand = true
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Periksa NIK (16 digit di KTP): panjang, kode wilayah, tanggal lahir, nomor urut.
    #[command(after_help = ident::NIK_AFTER_HELP)]
    Nik(ident::NikArgs),
    /// Periksa nomor KK (16 digit di Kartu Keluarga).
    #[command(after_help = ident::KK_AFTER_HELP)]
    Kk(ident::KkArgs),
    /// Periksa berkas klaim JKM, JKK atau beasiswa: dokumen, ahli waris, tenggat, santunan.
    #[command(after_help = claim::AFTER_HELP)]
    Claim(claim::ClaimArgs),
    /// Tampilkan kode wilayah Kemendagri dan sumber datanya.
    #[command(after_help = regions::AFTER_HELP)]
    Regions(regions::RegionsArgs),
    /// Saring berkas calon peserta (CSV atau XLSX) dengan aturan program, ke empat berkas hasil.
    #[command(after_help = screen::AFTER_HELP)]
    Screen(screen::ScreenArgs),
    /// Daftar kode masalah dan aturan beserta artinya; label halaman web.
    #[command(after_help = catalogue::AFTER_HELP)]
    Catalogue(catalogue::CatalogueArgs),
    /// Buat data pendaftar tiruan (bukan orang sungguhan) untuk uji coba dan pengukuran.
    #[command(after_help = gen::AFTER_HELP)]
    Gen(gen::GenArgs),
    /// Periksa kelayakan pemohon program (satu objek JSON atau JSON Lines).
    #[command(after_help = check::AFTER_HELP)]
    Check(check::CheckArgs),
    /// Tampilkan parameter yang berlaku: batas usia, kategori, dasar hukum, tingkat keyakinan.
    #[command(after_help = params::AFTER_HELP)]
    Params(params::ParamsArgs),
}

/// Flags every command that judges takes.
#[derive(Args, Clone)]
pub struct Common {
    /// Tanggal pemeriksaan (YYYY-MM-DD). Bawaan: hari ini (WIB).
    #[arg(long, value_name = "TANGGAL")]
    pub as_of: Option<String>,
    /// Bahasa pesan: id (Indonesia) atau en (Inggris).
    #[arg(long, value_name = "id|en", default_value = "id")]
    pub lang: String,
    /// Keluaran JSON, satu objek per baris (untuk program lain).
    #[arg(long)]
    pub json: bool,
}

fn long_version() -> &'static str {
    let s = layak::region::source();
    let text = format!(
        "{}\nwilayah: {} (ditetapkan {}), diekstrak {}\n{}",
        env!("CARGO_PKG_VERSION"),
        s.decree,
        s.decree_adopted,
        s.extracted,
        s.amended_by
    );
    Box::leak(text.into_boxed_str())
}

/// Today in Bojonegoro (WIB), the default as-of date.
pub fn today() -> chrono::NaiveDate {
    layak::date::wib_date_from_unix_millis(chrono::Utc::now().timestamp_millis())
}

/// Prints a usage error the contract's way: one line on stderr, exit code 2.
pub fn usage_error(msg: impl std::fmt::Display) -> ExitCode {
    eprintln!("layak: {msg}");
    ExitCode::from(2)
}

/// Whether a write failed because the reader of our output went away (`layak gen | head`):
/// not an error of ours, so the command ends quietly with exit 0. The error may come
/// wrapped (the CSV writer wraps the one it got).
pub fn closed_pipe(e: &std::io::Error) -> bool {
    if e.kind() == std::io::ErrorKind::BrokenPipe {
        return true;
    }
    let mut source = std::error::Error::source(e);
    while let Some(s) = source {
        if let Some(io) = s.downcast_ref::<std::io::Error>() {
            if io.kind() == std::io::ErrorKind::BrokenPipe {
                return true;
            }
        }
        source = s.source();
    }
    e.get_ref()
        .and_then(|inner| inner.downcast_ref::<csv::Error>())
        .is_some_and(|c| matches!(c.kind(), csv::ErrorKind::Io(io) if closed_pipe(io)))
}

/// How a command ends after writing its output: a closed pipe quietly (exit 0), any other
/// failure (a full disk) with one line and exit 2.
pub fn write_outcome(result: std::io::Result<()>, what: &str) -> ExitCode {
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if closed_pipe(&e) => ExitCode::SUCCESS,
        Err(e) => usage_error(format!("{what}: {e}")),
    }
}

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(c) => c,
        Err(e) => {
            // Help and version are not errors; clap's own usage errors exit 2 as the
            // contract wants.
            let code = if e.use_stderr() { 2 } else { 0 };
            // Help written into a full device is not shown: say so (a closed pipe is fine).
            if let Err(io) = e.print() {
                if !closed_pipe(&io) {
                    return usage_error(format!("cannot write: {io}"));
                }
            }
            return ExitCode::from(code);
        }
    };
    match cli.command {
        Command::Nik(a) => ident::run_nik(a),
        Command::Kk(a) => ident::run_kk(a),
        Command::Claim(a) => claim::run(a),
        Command::Regions(a) => regions::run(a),
        Command::Gen(a) => gen::run(a),
        Command::Catalogue(a) => catalogue::run(a),
        Command::Screen(a) => screen::run(a),
        Command::Check(a) => check::run(a),
        Command::Params(a) => params::run(a),
    }
}
