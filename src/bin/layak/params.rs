//! `layak params`: the parameters in force, with the legal reference and the confidence
//! mark of every value, so an official can see what the rules are and how sure each is:
//! the eligibility set, then the claims set and the verval set.

use crate::check::load_params;
use crate::{today, usage_error};
use clap::Args;
use layak::messages::params::{named_views, EntryView, ParamView};
use layak::messages::{self, confidence_word, Label};
use layak::params::NamedSet;
use serde::Serialize;
use std::io::{self, Write};
use std::path::PathBuf;
use std::process::ExitCode;

pub const AFTER_HELP: &str = "\
Setiap nilai punya tanggal mulai berlaku, dasar hukum atau sumbernya, dan tanda keyakinan:
terkonfirmasi (teks peraturan terlihat, atau dua sumber dengan satu sumber resmi),
kemungkinan besar (satu sumber yang kredibel), BELUM DIKONFIRMASI (asumsi kerja).

Tiga kumpulan parameter dicantumkan: kelayakan (data/params/), klaim (data/claims/params.toml)
dan verval (data/verval/params.toml). --params menimpa parameter mana pun dari ketiganya
(docs/parameters.md).

Contoh:
  layak params                          parameter yang berlaku hari ini
  layak params --as-of 2025-06-01 --json
  layak params --params ubahan.toml     parameter bawaan dengan ubahan dari berkas";

#[derive(Args)]
pub struct ParamsArgs {
    /// Tanggal acuan (YYYY-MM-DD). Bawaan: hari ini (WIB).
    #[arg(long, value_name = "TANGGAL")]
    as_of: Option<String>,
    /// Bahasa: id atau en.
    #[arg(long, value_name = "id|en", default_value = "id")]
    lang: String,
    /// Keluaran JSON.
    #[arg(long)]
    json: bool,
    /// Berkas parameter (TOML atau JSON) yang menimpa sebagian atau seluruh parameter bawaan.
    #[arg(long, value_name = "BERKAS")]
    params: Option<PathBuf>,
}

/// The eligibility set at the top (as before there were other sets), the claims and verval
/// sets beside it in the same shape.
#[derive(Serialize)]
struct Listing<'a> {
    id: &'a str,
    title: &'a str,
    as_of: chrono::NaiveDate,
    monthly_contribution: Option<u64>,
    parameters: Vec<ParamView>,
    claims: SetListing<'a>,
    verval: SetListing<'a>,
}

#[derive(Serialize)]
struct SetListing<'a> {
    id: &'a str,
    title: &'a str,
    reference: Option<&'a str>,
    parameters: Vec<ParamView>,
}

fn set_listing(s: &NamedSet, as_of: chrono::NaiveDate, lang: layak::Lang) -> SetListing<'_> {
    SetListing {
        id: &s.meta.id,
        title: &s.meta.title,
        reference: s.meta.reference.as_deref(),
        parameters: named_views(s, as_of, lang),
    }
}

pub fn run(a: ParamsArgs) -> ExitCode {
    let lang = match a.lang.parse() {
        Ok(l) => l,
        Err(_) => {
            let e = layak::options::OptionError::Lang(a.lang.clone());
            return usage_error(messages::option_error_message(&e, layak::Lang::Id));
        }
    };
    let as_of = match a.as_of.as_deref() {
        None => today(),
        Some(s) => match layak::date::parse_iso(s) {
            Some(d) => d,
            None => {
                let e = layak::options::OptionError::AsOf(s.to_string());
                return usage_error(messages::option_error_message(&e, lang));
            }
        },
    };
    let set = match load_params(a.params.as_ref()) {
        Ok(s) => s,
        Err(e) => return usage_error(messages::params_error_message(&e, lang)),
    };
    // A date the parameters do not cover is refused as `check` refuses it (exit 2), rather
    // than listed with values that were not in force.
    let opts = layak::options::RawOptions {
        as_of: Some(as_of.format("%Y-%m-%d").to_string()),
        lang: Some(a.lang.clone()),
        ..Default::default()
    };
    if let Err(e) = opts
        .resolve(as_of)
        .map_err(layak::api::CheckError::from)
        .and_then(|o| layak::api::Checker::new(&o, &set))
    {
        return usage_error(e.message(lang));
    }
    let listing = Listing {
        id: set.id(),
        title: set.title(),
        as_of,
        monthly_contribution: set.monthly_contribution(as_of),
        parameters: set.views(as_of, lang),
        claims: set_listing(set.claims(), as_of, lang),
        verval: set_listing(set.verval(), as_of, lang),
    };
    let mut out = io::stdout().lock();
    let result = if a.json {
        serde_json::to_writer(&mut out, &listing)
            .map_err(io::Error::from)
            .and_then(|()| writeln!(out))
    } else {
        human(&mut out, &listing, lang)
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => usage_error(format!("cannot write output: {e}")),
    }
}

fn capitalised(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

fn entry_line(e: &EntryView, lang: layak::Lang) -> String {
    let value = e
        .shown
        .clone()
        .unwrap_or_else(|| format!("({})", Label::NoValue.text(lang)));
    format!(
        "{value}  [{} {}; {}]",
        Label::Since.text(lang),
        messages::human_date(e.since, lang),
        confidence_word(e.confidence, lang)
    )
}

fn human(out: &mut impl Write, l: &Listing<'_>, lang: layak::Lang) -> io::Result<()> {
    heading(out, l.id, l.title, None, l.as_of, lang)?;
    params(out, &l.parameters, lang)?;
    if let Some(m) = l.monthly_contribution {
        writeln!(out)?;
        writeln!(
            out,
            "{}: {}",
            Label::MonthlyContribution.text(lang),
            messages::rupiah(m, lang)
        )?;
    }
    for s in [&l.claims, &l.verval] {
        writeln!(out)?;
        writeln!(out)?;
        heading(out, s.id, s.title, s.reference, l.as_of, lang)?;
        params(out, &s.parameters, lang)?;
    }
    Ok(())
}

fn heading(
    out: &mut impl Write,
    id: &str,
    title: &str,
    reference: Option<&str>,
    as_of: chrono::NaiveDate,
    lang: layak::Lang,
) -> io::Result<()> {
    writeln!(out, "{} {}: {}", Label::ParameterSet.text(lang), id, title)?;
    if let Some(r) = reference {
        writeln!(out, "{}: {}", Label::Basis.text(lang), r)?;
    }
    writeln!(
        out,
        "{} {}",
        capitalised(Label::InForceOn.text(lang)),
        messages::human_date(as_of, lang)
    )
}

fn params(out: &mut impl Write, list: &[ParamView], lang: layak::Lang) -> io::Result<()> {
    for p in list {
        writeln!(out)?;
        writeln!(out, "{} ({})", p.label, p.key)?;
        match &p.in_force {
            Some(e) => {
                writeln!(out, "  {}", entry_line(e, lang))?;
                writeln!(out, "  {}: {}", Label::Basis.text(lang), e.reference)?;
                if let Some(src) = &e.source {
                    writeln!(
                        out,
                        "  {}: {}",
                        Label::DataSource.text(lang).to_lowercase(),
                        src
                    )?;
                }
                if let Some(n) = &e.note {
                    writeln!(out, "  {}: {}", Label::Note.text(lang), n)?;
                }
            }
            None => writeln!(out, "  ({})", Label::NoValue.text(lang))?,
        }
        let others: Vec<&EntryView> = p
            .values
            .iter()
            .filter(|e| p.in_force.as_ref() != Some(*e))
            .collect();
        if !others.is_empty() {
            writeln!(out, "  {}:", Label::OtherValues.text(lang))?;
            for e in others {
                writeln!(out, "    {}", entry_line(e, lang))?;
            }
        }
    }
    Ok(())
}
