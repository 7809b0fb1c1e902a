//! `layak gen`: synthetic applicants in the screening layout.

use crate::{today, usage_error};
use clap::Args;
use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::process::ExitCode;

pub const AFTER_HELP: &str = "\
Semua baris dikarang: nama dari suku kata umum, NIK dari kode wilayah dan tanggal acak.
Sebagian besar baris adalah pendaftar Bojonegoro yang sah di 28 kecamatan; kesalahan yang
biasa ditemui dicampur dengan kadar tetap: NIK salah 2 %, NIK kode lama Papua 0,5 %, NIK rusak
spreadsheet 0,5 %, umur lebih dari 65 tahun 4 %, pekerjaan yang dikecualikan 3 %, kabupaten
lain 3 %, NIK ganda 1 %, isian kosong 2 %; 1 dari 5 tanggal lahir ditulis DD/MM/YYYY.
Benih (--seed) yang sama selalu menghasilkan berkas yang sama.

Contoh:
  layak gen --rows 1000000 --seed 1 --out pendaftar.csv
  layak gen --rows 20 --seed 7";

#[derive(Args)]
pub struct GenArgs {
    /// Jumlah baris data (tanpa judul kolom).
    #[arg(long, value_name = "N")]
    rows: u64,
    /// Benih acak; benih yang sama, berkas yang sama.
    #[arg(long, value_name = "S", default_value_t = 1)]
    seed: u64,
    /// Tanggal acuan umur (YYYY-MM-DD). Bawaan: hari ini (WIB).
    #[arg(long, value_name = "TANGGAL")]
    as_of: Option<String>,
    /// Tulis ke berkas ini (bawaan: keluaran standar).
    #[arg(long, value_name = "BERKAS")]
    out: Option<std::path::PathBuf>,
}

pub fn run(a: GenArgs) -> ExitCode {
    let as_of = match a.as_of.as_deref() {
        None => today(),
        Some(s) => match layak::date::parse_iso(s) {
            Some(d) => d,
            None => {
                return usage_error(format!(
                    "--as-of {s:?} is not a date of the form YYYY-MM-DD"
                ))
            }
        },
    };
    let opts = layak::gen::GenOptions {
        rows: a.rows,
        seed: a.seed,
        as_of,
    };
    let result = match &a.out {
        Some(path) => match File::create(path) {
            Ok(f) => {
                let mut w = BufWriter::with_capacity(1 << 16, f);
                layak::gen::write_csv(&mut w, &opts).and_then(|()| w.flush())
            }
            Err(e) => return usage_error(format!("cannot create {}: {e}", path.display())),
        },
        None => {
            let mut w = BufWriter::with_capacity(1 << 16, io::stdout().lock());
            layak::gen::write_csv(&mut w, &opts).and_then(|()| w.flush())
        }
    };
    crate::write_outcome(result, "cannot write")
}
