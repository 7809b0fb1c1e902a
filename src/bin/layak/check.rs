//! `layak check`: judge applicants given as one JSON object or as JSON Lines (one applicant
//! per line), from a file or standard input, and print each decision with its reasons.
//!
//! Every input line gives one result, in order: a line that is empty, not JSON or not an
//! object gives a result with `"decision": null` and an issue naming the line, and the run
//! goes on. The command exits 0 whenever it ran (the decisions are in the output), and 2
//! when an option, the parameter file or the input file cannot be used.

use crate::input::Lines;
use crate::{today, usage_error, Common};
use clap::Args;
use layak::api::{CheckError, Checker};
use layak::issue::{Code, Detail, Issue, Severity};
use layak::messages::eligibility::{self as report, CheckJson};
use layak::messages::{self, decision_word, outcome_word, program_name, Label, Render};
use layak::options::RawOptions;
use layak::privacy;
use layak::rules::applicant::RawApplicant;
use layak::rules::params::{ParamFile, ParamSet, ParamsError};
use layak::rules::Decision;
use layak::Lang;
use std::fs::File;
use std::io::{self, BufRead, BufReader, BufWriter, Write};
use std::path::PathBuf;
use std::process::ExitCode;

pub const AFTER_HELP: &str = "\
Masukan: satu objek JSON, atau JSON Lines (satu pemohon per baris), dari BERKAS atau masukan
standar. Kolom: nik, kk, name, birth_date, sex, citizenship (WNI/WNA), village_code
(35.22.06.2001), program (rentan/insentif), category, occupation, in_poverty_data,
already_enrolled. Semua kolom boleh kosong: aturan yang memerlukannya menjadi PERIKSA.
Baris yang rusak dilaporkan dengan nomor barisnya dan pemeriksaan lanjut.

Keputusan: TIDAK LAYAK bila ada aturan GAGAL; PERLU DIPERIKSA bila ada aturan PERIKSA;
selain itu LAYAK. Batas usia, daftar kategori dan lainnya diambil dari parameter
bojonegoro-2025 (lihat: layak params), atau dari --params BERKAS (TOML atau JSON).

Contoh:
  layak check pemohon.json
  layak check --as-of 2025-06-01 --json < pemohon.jsonl > hasil.jsonl
  layak check --params batas-usia-2026.toml pemohon.jsonl

Kode keluar: 0 bila pemeriksaan berjalan (keputusan ada di keluaran); 2 bila perintah,
berkas parameter atau berkas masukan tidak bisa dibaca.";

#[derive(Args)]
pub struct CheckArgs {
    #[command(flatten)]
    common: Common,
    /// Berkas parameter (TOML atau JSON) yang menimpa sebagian atau seluruh parameter bawaan.
    #[arg(long, value_name = "BERKAS")]
    params: Option<PathBuf>,
    /// Berkas pemohon (JSON atau JSON Lines). Tanpa berkas, atau "-": masukan standar.
    #[arg(value_name = "BERKAS")]
    input: Option<PathBuf>,
    /// Samarkan NIK dan nomor KK di keluaran (352206********01), juga tanggal lahir dan nomor
    /// urutnya, untuk ringkasan yang dibagikan.
    #[arg(long)]
    mask: bool,
}

/// The language asked for, even when other options are wrong, for the error message.
pub fn lang_of(raw: &str) -> Lang {
    raw.parse().unwrap_or_default()
}

/// The parameter set a command uses: the embedded one, with `--params FILE` on top.
pub fn load_params(file: Option<&PathBuf>) -> Result<ParamSet, ParamsError> {
    let base = ParamSet::embedded()?;
    match file {
        None => Ok(base.clone()),
        Some(path) => Ok(base.with(ParamFile::read_file(path)?)),
    }
}

/// A single pretty-printed object is read whole; this much and no more is buffered while
/// finding out whether the input is one object or JSON Lines. It is also the longest JSON
/// line read: an applicant with a long note or an exported object runs past 64 KiB, and a
/// valid line must not be called malformed for its length (bounded: twice this in memory).
const SINGLE_OBJECT_LIMIT: usize = 32 << 20;

#[derive(Default)]
struct Tally {
    eligible: u64,
    ineligible: u64,
    review: u64,
    unreadable: u64,
}

struct Run<W: Write> {
    checker: Checker,
    sink: Sink<W>,
}

/// Where results go, kept apart from the checker so a result can borrow the checker while
/// it is written.
struct Sink<W: Write> {
    out: W,
    json: bool,
    /// Mask NIK and KK (`--mask`).
    mask: bool,
    lang: Lang,
    tally: Tally,
}

/// The checker a command's flags ask for: options resolved against today, the embedded
/// parameters with `--params` on top. Any problem is the contract's exit 2 with one line.
pub fn checker_from_flags(
    as_of: Option<&str>,
    lang_flag: &str,
    params: Option<&PathBuf>,
) -> Result<Checker, ExitCode> {
    let lang = lang_of(lang_flag);
    let raw = RawOptions {
        as_of: as_of.map(str::to_string),
        lang: Some(lang_flag.to_string()),
        ..RawOptions::default()
    };
    let opts = raw
        .resolve(today())
        .map_err(|e| usage_error(messages::option_error_message(&e, lang)))?;
    load_params(params)
        .map_err(CheckError::from)
        .and_then(|set| Checker::new(&opts, &set))
        .map_err(|e| usage_error(e.message(lang)))
}

pub fn run(a: CheckArgs) -> ExitCode {
    let lang = lang_of(&a.common.lang);
    let checker =
        match checker_from_flags(a.common.as_of.as_deref(), &a.common.lang, a.params.as_ref()) {
            Ok(c) => c,
            Err(code) => return code,
        };
    let reader: Box<dyn BufRead> = match &a.input {
        None => Box::new(io::stdin().lock()),
        Some(p) if p.as_os_str() == "-" => Box::new(io::stdin().lock()),
        Some(p) => match File::open(p) {
            Ok(f) => Box::new(BufReader::new(f)),
            Err(e) => {
                return usage_error(match lang {
                    Lang::Id => format!("berkas {} tidak bisa dibaca: {e}", p.display()),
                    Lang::En => format!("cannot read {}: {e}", p.display()),
                })
            }
        },
    };
    let mut run = Run {
        sink: Sink {
            out: BufWriter::new(io::stdout().lock()),
            json: a.common.json,
            mask: a.mask,
            lang: checker.lang,
            tally: Tally::default(),
        },
        checker,
    };
    let result = run.all(reader).and_then(|()| run.sink.summary());
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => usage_error(match lang {
            Lang::Id => format!("masukan atau keluaran bermasalah: {e}"),
            Lang::En => format!("cannot read input or write output: {e}"),
        }),
    }
}

impl<W: Write> Run<W> {
    /// Reads the whole input. The first line decides the layout: if it is JSON on its own,
    /// the input is JSON Lines; if not, the input may be one object spread over lines (as
    /// editors write it), which is read whole; failing that, it is JSON Lines with a broken
    /// first line, and every line is judged on its own.
    fn all(&mut self, reader: Box<dyn BufRead>) -> io::Result<()> {
        let mut lines = Lines::with_limit(reader, SINGLE_OBJECT_LIMIT);
        let mut buf = Vec::with_capacity(1024);
        let Some(first) = lines.next_into(&mut buf)? else {
            return Ok(());
        };
        if first.truncated || !is_json(&buf) {
            // Where each line is in `whole` (not a copy of each: a pretty-printed object
            // has a line per value).
            let mut pending = vec![(first.number, 0, buf.len())];
            let mut whole = buf.clone();
            let mut ended = false;
            while whole.len() <= SINGLE_OBJECT_LIMIT {
                match lines.next_into(&mut buf)? {
                    Some(l) => {
                        whole.push(b'\n');
                        let start = whole.len();
                        whole.extend_from_slice(&buf);
                        pending.push((l.number, start, whole.len()));
                    }
                    None => {
                        ended = true;
                        break;
                    }
                }
            }
            if ended && whole.trim_ascii_start().first() == Some(&b'{') && is_json(&whole) {
                return self.row(None, &whole);
            }
            for &(number, start, end) in &pending {
                self.row(Some(number), whole.get(start..end).unwrap_or_default())?;
            }
            if ended {
                return Ok(());
            }
        } else {
            self.row(Some(first.number), &buf)?;
        }
        while let Some(l) = lines.next_into(&mut buf)? {
            self.row(Some(l.number), &buf)?;
        }
        Ok(())
    }

    /// Judges one applicant (a line, or the whole input when `line` is `None`).
    fn row(&mut self, line: Option<u64>, bytes: &[u8]) -> io::Result<()> {
        let text = bytes.trim_ascii();
        let n = line.unwrap_or(1);
        let problem = if text.is_empty() {
            Some(Issue::new(Code::ApplicantEmpty, at(n, 0)))
        } else if text.first() != Some(&b'{') {
            Some(if is_json(text) {
                Issue::new(Code::ApplicantNotObject, at(n, 0))
            } else {
                Issue::new(Code::ApplicantMalformed, at(n, 1))
            })
        } else {
            None
        };
        let parsed = match problem {
            Some(issue) => Err(issue),
            None => serde_json::from_slice::<RawApplicant>(text).map_err(|e| {
                // In a single object spread over lines, serde's line is the one that counts.
                let (l, c) = match line {
                    Some(l) => (l, e.column() as u64),
                    None => (e.line() as u64, e.column() as u64),
                };
                Issue::new(Code::ApplicantMalformed, at(l, c))
            }),
        };
        match parsed {
            Ok(raw) => {
                let checked = self.checker.check(&raw);
                let mut json = checked.to_json_masked(self.sink.mask);
                json.line = line;
                let name = checked.applicant.name;
                self.sink.emit(&json, name)
            }
            Err(issue) => {
                let render = Render::new(self.sink.lang, self.sink.mask);
                let json = report::unreadable_line(n, issue, &self.checker.resolved, render);
                self.sink.emit(&json, None)
            }
        }
    }
}

impl<W: Write> Sink<W> {
    fn emit(&mut self, j: &CheckJson<'_>, name: Option<&str>) -> io::Result<()> {
        match j.decision {
            Some(Decision::Eligible) => self.tally.eligible += 1,
            Some(Decision::Ineligible) => self.tally.ineligible += 1,
            Some(Decision::Review) => self.tally.review += 1,
            None => self.tally.unreadable += 1,
        }
        if self.json {
            serde_json::to_writer(&mut self.out, j)?;
            return writeln!(self.out);
        }
        self.human(j, name)
    }

    fn human(&mut self, j: &CheckJson<'_>, name: Option<&str>) -> io::Result<()> {
        let lang = self.lang;
        let out = &mut self.out;
        if let Some(n) = j.line {
            write!(out, "{} {n}: ", Label::Line.text(lang))?;
        }
        let Some(decision) = j.decision else {
            writeln!(out, "{}", Label::Unreadable.text(lang))?;
            for i in &j.issues {
                writeln!(out, "  {}", i.message)?;
            }
            return Ok(());
        };
        // A name is shown on one line, however it was typed (and, masked, without a
        // number typed into it).
        let mask = self.mask;
        let shown = |n: &str| {
            let line = crate::input::echo(n.as_bytes(), false)
                .chars()
                .map(|c| if c.is_control() { ' ' } else { c })
                .collect::<String>();
            if mask {
                privacy::mask_text(&line).into_owned()
            } else {
                line
            }
        };
        let who = match (name, self_nik(j)) {
            (Some(n), Some(k)) => format!("{} ({k})  ", shown(n)),
            (Some(n), None) => format!("{}  ", shown(n)),
            (None, Some(k)) => format!("{k}  "),
            (None, None) => String::new(),
        };
        writeln!(out, "{who}{}", decision_word(decision, lang))?;
        let programme = j
            .program
            .map(|p| {
                format!(
                    "{} {}, ",
                    Label::Programme.text(lang),
                    program_name(p, lang)
                )
            })
            .unwrap_or_default();
        writeln!(
            out,
            "  {programme}{}, {} {}",
            messages::human_date(j.as_of, lang),
            Label::Parameters.text(lang),
            j.parameters
        )?;
        for r in &j.rules {
            writeln!(
                out,
                "  {:<8} {:<24} {}",
                outcome_word(r.outcome, lang),
                r.id.as_str(),
                r.message
            )?;
        }
        for i in &j.issues {
            let word = match i.severity {
                Severity::Error => Label::SeverityError,
                Severity::Warning => Label::SeverityWarning,
                Severity::Info => Label::SeverityInfo,
            };
            writeln!(out, "  {:<8} {}", word.text(lang), i.message)?;
        }
        Ok(())
    }

    fn summary(&mut self) -> io::Result<()> {
        let t = &self.tally;
        let total = t.eligible + t.ineligible + t.review + t.unreadable;
        if !self.json && total > 1 {
            let l = self.lang;
            let mut s = format!(
                "{total} {}: {} {}, {} {}, {} {}",
                Label::Checked.text(l),
                t.eligible,
                Label::EligibleCount.text(l),
                t.ineligible,
                Label::IneligibleCount.text(l),
                t.review,
                Label::ReviewCount.text(l)
            );
            if t.unreadable > 0 {
                s.push_str(&format!(
                    ", {} {}",
                    t.unreadable,
                    Label::UnreadableCount.text(l)
                ));
            }
            writeln!(self.out, "{s}")?;
        }
        self.out.flush()
    }
}

fn self_nik<'a>(j: &'a CheckJson<'_>) -> Option<&'a str> {
    j.rules.iter().find_map(|r| match &r.values {
        report::Values::Nik { nik, .. } => nik.as_deref(),
        _ => None,
    })
}

fn at(line: u64, column: u64) -> Detail {
    Detail::At { line, column }
}

/// Whether the bytes are one complete JSON value.
fn is_json(bytes: &[u8]) -> bool {
    serde_json::from_slice::<serde::de::IgnoredAny>(bytes).is_ok()
}
