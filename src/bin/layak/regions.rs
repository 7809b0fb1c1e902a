//! `layak regions`: the Kemendagri codes behind every NIK, and where the table comes from.

use crate::{today, usage_error};
use clap::Args;
use layak::messages::Label;
use layak::region::{self, Level, Region, RegionCode, VillageKind};
use layak::Lang;
use std::io::{self, Write};
use std::process::ExitCode;

pub const AFTER_HELP: &str = "\
Contoh:
  layak regions                 daftar provinsi
  layak regions 35              kabupaten/kota di Jawa Timur
  layak regions 35.22           kecamatan di Kabupaten Bojonegoro
  layak regions 35.22.06        desa/kelurahan di Kecamatan Dander
  layak regions 91.02.03        kode lama Papua dan penggantinya
  layak regions --info          keputusan Mendagri dan tanggal data";

#[derive(Args)]
pub struct RegionsArgs {
    /// Tampilkan sumber data (keputusan Mendagri, tanggal ekstraksi, jumlah kode).
    #[arg(long)]
    info: bool,
    /// Tanggal acuan untuk kode lama (YYYY-MM-DD). Bawaan: hari ini (WIB).
    #[arg(long, value_name = "TANGGAL")]
    as_of: Option<String>,
    /// Bahasa: id atau en.
    #[arg(long, value_name = "id|en", default_value = "id")]
    lang: String,
    /// Keluaran JSON.
    #[arg(long)]
    json: bool,
    /// Kode wilayah: 35, 35.22, 35.22.06 atau 35.22.06.2001 (titik boleh dihilangkan).
    #[arg(value_name = "KODE")]
    code: Option<String>,
}

pub fn run(a: RegionsArgs) -> ExitCode {
    let lang: Lang = match a.lang.parse() {
        Ok(l) => l,
        Err(e) => return usage_error(e),
    };
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
    let mut out = io::stdout().lock();
    let result = if a.info {
        info(&mut out, a.json, lang)
    } else {
        match a.code.as_deref() {
            None => listing(&mut out, a.json, lang, None, as_of),
            Some(c) => match RegionCode::parse(c) {
                None => {
                    return usage_error(format!(
                        "{c:?} is not a region code (use 35, 35.22, 35.22.06 or 35.22.06.2001)"
                    ))
                }
                Some(code) => match region::lookup(code, as_of) {
                    None => {
                        let _ = writeln!(out, "{code}: {}", Label::NotFound.text(lang));
                        return ExitCode::from(1);
                    }
                    Some(r) => listing(&mut out, a.json, lang, Some(r), as_of),
                },
            },
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => usage_error(format!("cannot write output: {e}")),
    }
}

fn listing(
    out: &mut impl Write,
    json: bool,
    lang: Lang,
    parent: Option<Region>,
    _as_of: chrono::NaiveDate,
) -> io::Result<()> {
    let listing = layak::api::region_listing(parent);
    if json {
        serde_json::to_writer(&mut *out, &listing)?;
        return writeln!(out);
    }
    let kids = listing.children;
    if let Some(p) = parent {
        let mut line = format!("{}  {}", p.code, p.name);
        for level in [Level::Regency, Level::Province] {
            if let Some(up) = p
                .code
                .parent(level)
                .and_then(|c| region::lookup(c, chrono::NaiveDate::MAX))
            {
                line.push_str(&format!(", {}", up.name));
            }
        }
        writeln!(out, "{line}")?;
        if let Some(r) = p.retired {
            let succ = r.successor_region().map(|s| s.name).unwrap_or("");
            writeln!(
                out,
                "  {}: {} {} {} ({}, {} {})",
                Label::RetiredCode.text(lang),
                Label::ReplacedBy.text(lang),
                r.successor,
                succ,
                r.cause.law,
                Label::Since.text(lang),
                layak::messages::human_date(r.cause.since(), lang)
            )?;
        }
        if p.code.level() == Level::District && kids.is_empty() && p.retired.is_none() {
            writeln!(out, "  ({})", Label::VillagesOnlyBojonegoro.text(lang))?;
        }
    }
    for k in &kids {
        match k.kind {
            Some(kind) => {
                let word = match kind {
                    VillageKind::Desa => Label::Desa,
                    VillageKind::Kelurahan => Label::Kelurahan,
                };
                writeln!(out, "  {}  {} ({})", k.code, k.name, word.text(lang))?
            }
            None => writeln!(out, "  {}  {}", k.code, k.name)?,
        }
    }
    Ok(())
}

fn info(out: &mut impl Write, json: bool, lang: Lang) -> io::Result<()> {
    let s = region::source();
    let c = region::counts();
    if json {
        serde_json::to_writer_pretty(&mut *out, &layak::api::region_info())?;
        return writeln!(out);
    }
    let t = |l: Label| l.text(lang);
    writeln!(
        out,
        "{}: {} ({})",
        t(Label::DataDecree),
        s.decree,
        s.decree_adopted
    )?;
    writeln!(out, "{}: {}", t(Label::DataAmended), s.amended_by)?;
    writeln!(out, "{}: {}", t(Label::DataExtracted), s.extracted)?;
    writeln!(out, "{}: {}", t(Label::DataSource), s.source)?;
    writeln!(out, "{}: {}", t(Label::DataRetiredFrom), s.retired_from)?;
    writeln!(
        out,
        "{}: {} {}, {} {}, {} {}, {} {}, {} {}",
        t(Label::DataContents),
        c.provinces,
        t(Label::Provinces),
        c.regencies,
        t(Label::Regencies),
        c.districts,
        t(Label::Districts),
        c.retired_regencies + c.retired_districts,
        t(Label::RetiredCodes),
        c.bojonegoro_villages,
        t(Label::BojonegoroVillages)
    )?;
    writeln!(out, "{}:", t(Label::DataRetirements))?;
    for r in region::retirements() {
        writeln!(
            out,
            "  {}  {}, {} {} [{}]; {}",
            r.law,
            r.province,
            t(Label::Since),
            layak::messages::human_date(r.since(), lang),
            r.confidence.as_str(),
            r.source
        )?;
    }
    Ok(())
}
