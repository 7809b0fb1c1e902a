//! `layak claim`: one claim (JSON) or many (JSON Lines) in; a printable checklist with the
//! order of heirs, the deadlines and the benefit out, or the contract's JSON with `--json`.
//! Exits 0 whenever it ran (the result is in the output); 2 for a usage error or input that
//! cannot be read.

use crate::{today, usage_error, Common};
use clap::Args;
use layak::claims::documents::Document;
use layak::claims::{self, ClaimJson, ClaimOptions, Json, RawClaimOptions};
use layak::messages::claims::{
    burial_arranger_label, document_label, rupiah, type_label, ClaimLabel as L,
};
use layak::messages::{human_date, Label};
use layak::Lang;
use std::io::{self, BufWriter, Read, Write};
use std::process::ExitCode;

pub const AFTER_HELP: &str = "\
Masukan: satu klaim sebagai objek JSON, atau banyak klaim sebagai JSON Lines (satu objek per
baris). Baris yang rusak dilaporkan dengan nomor barisnya dan baris berikutnya tetap diperiksa.
Semua isian boleh kosong; isian yang tidak dikenal diabaikan.

  {\"type\": \"jkm\", \"death_date\": \"2025-03-10\", \"reported_date\": \"2025-03-12\",
   \"membership_start\": \"2024-01-15\", \"complete_date\": \"2025-07-04\",
   \"relation\": \"spouse\", \"family\": [\"spouse\", \"child\"],
   \"documents\": [\"kartu_peserta\", \"ktp_peserta\", \"ktp_ahli_waris\", \"kk\",
                 \"akta_kematian\", \"surat_keterangan_ahli_waris\", \"buku_tabungan\"]}

type: jkm (kematian), jkk (kecelakaan kerja), beasiswa. Lihat README.md untuk semua isian.

Hari kerja: Sabtu, Minggu dan hari libur nasional (SKB 3 Menteri 2024-2026) tidak dihitung;
cuti bersama dihitung hari kerja kecuali dengan --cuti-bersama. --holidays BERKAS menambah
atau mengganti daftar hari libur (JSON, lihat README.md).

Contoh:
  layak claim klaim.json                     daftar periksa yang bisa dicetak
  layak claim --as-of 2025-07-14 klaim.json
  layak claim --json < klaim.jsonl > hasil.jsonl
  layak claim --holidays libur-2027.json klaim.json
  layak claim --params ubahan.toml klaim.json  dengan parameter klaim yang diubah";

#[derive(Args)]
pub struct ClaimArgs {
    #[command(flatten)]
    common: Common,
    /// Berkas JSON hari libur tambahan: daftar tanggal, atau {\"days\": [...], \"remove\": [...], \"replace\": false}.
    #[arg(long, value_name = "BERKAS")]
    holidays: Option<String>,
    /// Hitung cuti bersama sebagai hari libur (bawaan: dihitung hari kerja).
    #[arg(long)]
    cuti_bersama: bool,
    /// Berkas klaim (JSON atau JSON Lines). Tanpa berkas atau "-": masukan standar.
    #[arg(value_name = "BERKAS")]
    file: Option<String>,
    /// Samarkan nomor NIK/KK yang terbawa di keluaran (352206********01), untuk dibagikan.
    #[arg(long)]
    mask: bool,
    /// Berkas parameter (TOML atau JSON) yang menimpa parameter bawaan, misalnya besar
    /// santunan atau lama pembayaran (docs/parameters.md).
    #[arg(long, value_name = "BERKAS")]
    params: Option<std::path::PathBuf>,
}

fn lang_of(raw: &Option<String>) -> Lang {
    raw.as_deref()
        .and_then(|l| l.parse().ok())
        .unwrap_or_default()
}

pub fn run(a: ClaimArgs) -> ExitCode {
    let lang_hint = lang_of(&Some(a.common.lang.clone()));
    let holidays = match &a.holidays {
        None => None,
        Some(path) => match std::fs::read(path) {
            Err(e) => return usage_error(format!("{path}: {e}")),
            Ok(bytes) => match serde_json::from_slice::<Json>(strip_bom(&bytes)) {
                Ok(v) => Some(v),
                Err(e) => {
                    return usage_error(layak::messages::claims::holidays_error(
                        &format!("{path}: {e}"),
                        lang_hint,
                    ))
                }
            },
        },
    };
    let raw = RawClaimOptions {
        as_of: a.common.as_of.clone(),
        lang: Some(a.common.lang.clone()),
        holidays,
        cuti_bersama: Some(a.cuti_bersama),
        params: None,
    };
    let mut opts = match raw.resolve(today()) {
        Ok(o) => o,
        Err(e) => return usage_error(e.message(lang_of(&raw.lang))),
    };
    if a.params.is_some() {
        match crate::check::load_params(a.params.as_ref()) {
            Ok(set) => opts.params = set.claims().clone(),
            Err(e) => return usage_error(layak::messages::params_error_message(&e, lang_hint)),
        }
    }
    let mut data = Vec::new();
    let read = match a.file.as_deref() {
        None | Some("-") => io::stdin().lock().read_to_end(&mut data).map(|_| ()),
        Some(path) => std::fs::read(path).map(|b| data = b),
    };
    if let Err(e) = read {
        let what = a.file.as_deref().unwrap_or("standard input");
        return usage_error(format!("{what}: {e}"));
    }
    let text = String::from_utf8_lossy(strip_bom(&data)).into_owned();
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let style = Style {
        json: a.common.json,
        mask: a.mask,
    };
    let result = emit_all(&mut out, &text, &opts, style).and_then(|()| out.flush());
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => usage_error(format!("cannot write output: {e}")),
    }
}

fn strip_bom(b: &[u8]) -> &[u8] {
    b.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(b)
}

/// One JSON document (an object, or an array of objects) is one claim or a list of claims;
/// anything else is read as JSON Lines, one claim a line, blank lines skipped.
/// How results are written.
#[derive(Clone, Copy)]
struct Style {
    json: bool,
    /// Mask numbers echoed from the input (`--mask`): the claim is rendered masked.
    mask: bool,
}

fn emit_all(out: &mut impl Write, text: &str, o: &ClaimOptions, style: Style) -> io::Result<()> {
    let json = style.json;
    if let Ok(v) = serde_json::from_str::<Json>(text) {
        let claims = match v {
            Json::Array(items) => items,
            other => vec![other],
        };
        let many = claims.len() > 1;
        for (i, c) in claims.iter().enumerate() {
            if !json && many && i > 0 {
                writeln!(out)?;
            }
            emit(
                out,
                layak::api::check_claim_masked(c, o, style.mask),
                o.lang,
                style,
            )?;
        }
        return Ok(());
    }
    let mut first = true;
    for (i, line) in text.lines().enumerate() {
        let n = u64::try_from(i + 1).unwrap_or(u64::MAX);
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        if !json && !first {
            writeln!(out)?;
        }
        first = false;
        match serde_json::from_str::<Json>(line) {
            Ok(v) => emit(
                out,
                layak::api::check_claim_masked(&v, o, style.mask),
                o.lang,
                style,
            )?,
            Err(e) => {
                let issue = layak::messages::claims::json_error(n, &e, o.lang);
                if json {
                    serde_json::to_writer(
                        &mut *out,
                        &LineError {
                            line: n,
                            issues: [issue],
                        },
                    )?;
                    writeln!(out)?;
                } else {
                    writeln!(
                        out,
                        "{} {n}: {}  {}",
                        Label::Line.text(o.lang),
                        Label::SeverityError.text(o.lang),
                        issue.message
                    )?;
                }
            }
        }
    }
    Ok(())
}

/// What a JSON Lines line that is not JSON gives: its number and the issue.
#[derive(serde::Serialize)]
struct LineError {
    line: u64,
    issues: [layak::issue::IssueJson; 1],
}

fn emit(out: &mut impl Write, r: ClaimJson, lang: Lang, style: Style) -> io::Result<()> {
    if style.json {
        serde_json::to_writer(&mut *out, &r)?;
        return writeln!(out);
    }
    human(out, &r, lang)
}

/// Wraps `text` at about 80 columns, each line starting with `indent` spaces.
fn wrapped(out: &mut impl Write, text: &str, indent: usize) -> io::Result<()> {
    hanging(out, &" ".repeat(indent), text, indent)
}

/// Wraps `text` after `first` (the first line's start), later lines indented by `indent`.
fn hanging(out: &mut impl Write, first: &str, text: &str, indent: usize) -> io::Result<()> {
    const WIDTH: usize = 80;
    let mut pad = first.to_string();
    let rest = " ".repeat(indent);
    let mut line = String::new();
    for word in text.split_whitespace() {
        if !line.is_empty()
            && pad.chars().count() + line.chars().count() + 1 + word.chars().count() > WIDTH
        {
            writeln!(out, "{pad}{line}")?;
            line.clear();
            pad.clone_from(&rest);
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() {
        writeln!(out, "{pad}{line}")?;
    }
    Ok(())
}

fn date_text(iso: &str, lang: Lang) -> String {
    layak::date::parse_iso(iso)
        .map(|d| human_date(d, lang))
        .unwrap_or_else(|| iso.to_string())
}

fn human(out: &mut impl Write, r: &ClaimJson, lang: Lang) -> io::Result<()> {
    let title = r
        .kind
        .and_then(claims::ClaimType::parse)
        .map(|k| type_label(k, lang))
        .unwrap_or("?");
    writeln!(
        out,
        "{title} ({} {})",
        L::AsOf.text(lang),
        date_text(&r.as_of, lang)
    )?;
    if r.kind.is_some() {
        if r.complete {
            writeln!(out, "{}", L::Complete.text(lang))?;
        } else {
            writeln!(
                out,
                "{}: {} {}",
                L::Incomplete.text(lang),
                r.missing.len(),
                L::DocumentsMissing.text(lang)
            )?;
        }
        writeln!(out)?;
        writeln!(out, "{}", L::Documents.text(lang))?;
        for item in &r.checklist {
            let mark = match (item.satisfied, item.required) {
                (true, _) => "[x]",
                (false, true) => "[ ]",
                (false, false) => "[-]",
            };
            let mut head = format!("  {mark} {}", item.label);
            if !item.required {
                head.push_str(&format!(" ({})", L::Optional.text(lang)));
            }
            if let Some(by) = item.satisfied_by.filter(|b| *b != item.code) {
                let name = Document::parse(by)
                    .map(|d| document_label(d, lang))
                    .unwrap_or(by);
                head.push_str(&format!(" ({} {name})", L::SatisfiedWith.text(lang)));
            }
            writeln!(out, "{head}")?;
            wrapped(out, &item.reason, 6)?;
        }
        if !r.missing.is_empty() {
            let names: Vec<&str> = r
                .checklist
                .iter()
                .filter(|i| r.missing.contains(&i.code))
                .map(|i| i.label)
                .collect();
            wrapped(
                out,
                &format!("{}: {}", L::StillMissing.text(lang), names.join("; ")),
                0,
            )?;
        }
    }
    if let Some(h) = &r.heirs {
        writeln!(out)?;
        wrapped(
            out,
            &format!("{} ({})", L::Heirs.text(lang), h.legal_basis),
            0,
        )?;
        for g in &h.order {
            let state = match g.present {
                Some(true) => L::Present.text(lang),
                Some(false) => L::Absent.text(lang),
                None => L::NotTold.text(lang),
            };
            let mark = if h.entitled == Some(g.code) {
                format!("  <- {}", L::EntitledMark.text(lang))
            } else {
                String::new()
            };
            writeln!(out, "  {}. {}: {state}{mark}", g.rank, g.label)?;
        }
        if h.entitled == Some("burial_arranger") {
            writeln!(
                out,
                "  -> {}  <- {}",
                burial_arranger_label(lang),
                L::EntitledMark.text(lang)
            )?;
        }
        let who = match h.claimant_entitled {
            Some(true) => L::ClaimantEntitled,
            Some(false) => L::ClaimantNotEntitled,
            None => L::ClaimantUnknown,
        };
        let rel = h
            .claimant
            .and_then(layak::claims::heirs::Relation::parse)
            .map(|r| format!(" ({})", layak::messages::claims::relation_word(r, lang)))
            .unwrap_or_default();
        writeln!(out, "  {}{rel}.", who.text(lang))?;
    }
    if r.kind.is_some() {
        let d = &r.deadlines;
        writeln!(out)?;
        writeln!(out, "{}", L::Deadlines.text(lang))?;
        let due = match &d.payment_due {
            Some(due) => format!(
                "{} ({} {})",
                date_text(due, lang),
                d.payment_working_days.unwrap_or(0),
                L::WorkingDaysAfter.text(lang)
            ),
            None => L::NotCounted.text(lang).to_string(),
        };
        writeln!(out, "  {}: {due}", L::PaymentDue.text(lang))?;
        if !d.holidays_skipped.is_empty() {
            let days: Vec<String> = d
                .holidays_skipped
                .iter()
                .map(|h| format!("{} {}", date_text(&h.date, lang), h.name))
                .collect();
            wrapped(
                out,
                &format!("{}: {}", L::Skipped.text(lang), days.join("; ")),
                4,
            )?;
        }
        if r.kind == Some("jkk") {
            let exp = match (&d.claim_expires, d.claim_expired) {
                (Some(e), Some(true)) => {
                    format!("{} ({})", date_text(e, lang), L::Expired.text(lang))
                }
                (Some(e), _) => date_text(e, lang),
                (None, _) => L::NotCounted.text(lang).to_string(),
            };
            writeln!(out, "  {}: {exp}", L::ClaimExpires.text(lang))?;
        } else if r.kind == Some("jkm") {
            writeln!(
                out,
                "  {}: {}",
                L::ClaimExpires.text(lang),
                L::NoExpiry.text(lang)
            )?;
        }
        if let (Some(days), Some(late), Some(limit)) = (
            d.death_report_days,
            d.death_report_late,
            d.death_report_limit_days,
        ) {
            let verdict = if late { L::Late } else { L::OnTime };
            writeln!(
                out,
                "  {}: {days} {} ({} {limit} {}): {}",
                L::DeathReport.text(lang),
                L::DaysAfterDeath.text(lang),
                L::Limit.text(lang),
                L::Days.text(lang),
                verdict.text(lang)
            )?;
        }
        writeln!(out)?;
        let law = r
            .benefit
            .law_date
            .as_deref()
            .map(|d| format!(" ({} {})", L::LawOf.text(lang), date_text(d, lang)))
            .unwrap_or_default();
        writeln!(out, "{}{law}", L::Benefit.text(lang))?;
        let width = r
            .benefit
            .parts
            .iter()
            .map(|p| p.label.chars().count())
            .max()
            .unwrap_or(0)
            .max(L::Total.text(lang).len());
        for p in &r.benefit.parts {
            writeln!(out, "  {:<width$}  {:>15}", p.label, rupiah(p.amount, lang))?;
        }
        match r.benefit.total {
            Some(t) => writeln!(
                out,
                "  {:<width$}  {:>15}",
                L::Total.text(lang),
                rupiah(t, lang)
            )?,
            None => writeln!(out, "  {}", L::NotComputed.text(lang))?,
        }
        wrapped(
            out,
            &format!("[{}: {}]", r.benefit.parameters, r.benefit.legal_basis),
            2,
        )?;
    }
    if !r.issues.is_empty() {
        writeln!(out)?;
        writeln!(out, "{}", L::Notes.text(lang))?;
        for i in &r.issues {
            let word = match i.severity {
                layak::Severity::Error => Label::SeverityError,
                layak::Severity::Warning => Label::SeverityWarning,
                layak::Severity::Info => Label::SeverityInfo,
            };
            hanging(out, &format!("  {:<8} ", word.text(lang)), &i.message, 11)?;
        }
    }
    Ok(())
}
