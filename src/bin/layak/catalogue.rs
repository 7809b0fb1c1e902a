//! `layak catalogue`: every issue code and rule id with what it means, and the web app's
//! labels for `scripts/build-web.sh`.

use crate::usage_error;
use clap::Args;
use layak::messages::ui_labels;
use layak::Lang;
use std::io::{self, Write};
use std::process::ExitCode;

pub const AFTER_HELP: &str = "\
Contoh:
  layak catalogue                 semua kode masalah dan aturan, dengan artinya
  layak catalogue --json --lang en
  layak catalogue --labels        label halaman web (id dan en) sebagai JSON";

#[derive(Args)]
pub struct CatalogueArgs {
    /// Bahasa: id atau en.
    #[arg(long, value_name = "id|en", default_value = "id")]
    lang: String,
    /// Keluaran JSON.
    #[arg(long)]
    json: bool,
    /// Label halaman web dalam dua bahasa, sebagai JSON (dipakai scripts/build-web.sh).
    #[arg(long)]
    labels: bool,
}

pub fn run(a: CatalogueArgs) -> ExitCode {
    let lang: Lang = match a.lang.parse() {
        Ok(l) => l,
        Err(e) => return usage_error(e),
    };
    let mut out = io::stdout().lock();
    let result = if a.labels {
        let both = serde_json::json!({
            "id": layak::api::Pairs(ui_labels(Lang::Id).collect()),
            "en": layak::api::Pairs(ui_labels(Lang::En).collect()),
        });
        serde_json::to_writer(&mut out, &both)
            .map_err(io::Error::from)
            .and_then(|()| writeln!(out))
    } else if a.json {
        serde_json::to_writer_pretty(&mut out, &layak::api::catalogue(lang))
            .map_err(io::Error::from)
            .and_then(|()| writeln!(out))
    } else {
        (|| {
            for c in layak::api::codes() {
                writeln!(
                    out,
                    "{:<34} {:<8} {:<16} {}",
                    c.code,
                    c.severity.as_str(),
                    c.field,
                    c.about
                )?;
            }
            writeln!(out)?;
            for id in layak::rules::RuleId::ALL {
                writeln!(out, "{}", id.as_str())?;
            }
            Ok(())
        })()
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => usage_error(format!("cannot write: {e}")),
    }
}
