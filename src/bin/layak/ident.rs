//! `layak nik` and `layak kk`: check identity numbers given as arguments or one per line on
//! stdin, print a readable report or JSON Lines, and exit 0 (all valid), 1 (some invalid)
//! or 2 (usage or unreadable input).

use crate::input::{echo, Lines};
use crate::{today, usage_error, Common};
use clap::Args;
use layak::issue::{Issue, Severity};
use layak::kk::{self, KkReport};
use layak::messages::{human_date, sex_word, JsonWriter, Label, Render};
use layak::nik::{self, NikReport};
use layak::options::{Options, RawOptions};
use layak::privacy;
use layak::region::Region;
use layak::Lang;
use std::borrow::Cow;
use std::io::{self, BufWriter, Write};
use std::process::ExitCode;

pub const NIK_AFTER_HELP: &str = "\
Tanpa NIK di baris perintah, NIK dibaca dari masukan standar, satu per baris; baris kosong
atau rusak dilaporkan dengan nomor barisnya dan pemeriksaan lanjut ke baris berikutnya.
Spasi, titik dan tanda hubung diabaikan: 3522 0612 0580 0001 sama dengan 3522061205800001.

Yang diperiksa: 16 digit; kode provinsi, kabupaten/kota dan kecamatan (Kepmendagri 2025,
termasuk kode lama Papua); tanggal lahir (perempuan +40) yang benar-benar ada di kalender;
nomor urut bukan 0000. Yang TIDAK bisa diperiksa: apakah NIK benar-benar terdaftar dan aktif.
Itu hanya bisa dipastikan oleh Dukcapil.

Contoh:
  layak nik 3522061205800001
  layak nik --birth-date 1980-05-12 --sex L 3522061205800001
  layak nik --json < daftar-nik.txt";

pub const KK_AFTER_HELP: &str = "\
Nomor KK berubah bila keluarga pindah kecamatan, kepala keluarga meninggal, atau KK dipecah;
6 digit pertamanya menunjukkan kecamatan yang menerbitkan KK.

Contoh:
  layak kk 3522060101100003
  layak kk --json < daftar-kk.txt";

#[derive(Args)]
pub struct NikArgs {
    #[command(flatten)]
    common: Common,
    /// Mode sedang mengetik: NIK yang belum 16 digit dilaporkan sebagai belum lengkap.
    #[arg(long)]
    partial: bool,
    /// Tanggal lahir di formulir, untuk dicocokkan dengan NIK (YYYY-MM-DD atau DD/MM/YYYY).
    #[arg(long, value_name = "TANGGAL")]
    birth_date: Option<String>,
    /// Jenis kelamin di formulir, untuk dicocokkan dengan NIK (L/P).
    #[arg(long, value_name = "L|P")]
    sex: Option<String>,
    /// NIK yang diperiksa. Tanpa NIK: dibaca dari masukan standar, satu per baris.
    #[arg(value_name = "NIK")]
    values: Vec<String>,
    /// Samarkan NIK di keluaran (352206********01), juga tanggal lahir dan nomor urutnya,
    /// untuk ringkasan yang dibagikan.
    #[arg(long)]
    mask: bool,
}

#[derive(Args)]
pub struct KkArgs {
    #[command(flatten)]
    common: Common,
    /// Mode sedang mengetik.
    #[arg(long)]
    partial: bool,
    /// Nomor KK yang diperiksa. Tanpa nomor: dibaca dari masukan standar, satu per baris.
    #[arg(value_name = "NO_KK")]
    values: Vec<String>,
    /// Samarkan nomor KK di keluaran (352206********03), juga tanggal dan nomor urutnya,
    /// untuk ringkasan yang dibagikan.
    #[arg(long)]
    mask: bool,
}

enum Report {
    Nik(NikReport),
    Kk(KkReport),
}

impl Report {
    fn is_valid(&self) -> bool {
        match self {
            Report::Nik(r) => r.is_valid(),
            Report::Kk(r) => r.is_valid(),
        }
    }
}

#[derive(Clone, Copy)]
enum Kind {
    Nik,
    Kk,
}

fn judge(kind: Kind, bytes: &[u8], o: &Options) -> Report {
    let mut report = empty(kind);
    judge_into(bytes, o, &mut report);
    report
}

fn empty(kind: Kind) -> Report {
    match kind {
        Kind::Nik => Report::Nik(NikReport::empty()),
        Kind::Kk => Report::Kk(KkReport::empty()),
    }
}

/// Judges into a report the caller keeps: a stream of a million lines reuses one report
/// instead of moving a fresh one (some 600 bytes) through every call.
fn judge_into(bytes: &[u8], o: &Options, report: &mut Report) {
    match report {
        Report::Nik(r) => nik::validate_into(bytes, &o.nik(), r),
        Report::Kk(r) => kk::validate_into(bytes, &o.kk(), r),
    }
}

pub fn run_nik(a: NikArgs) -> ExitCode {
    let raw = RawOptions {
        as_of: a.common.as_of.clone(),
        lang: Some(a.common.lang.clone()),
        partial: Some(a.partial),
        birth_date: a.birth_date,
        sex: a.sex,
        params: None,
    };
    run(Kind::Nik, &a.common, a.mask, raw, a.values)
}

pub fn run_kk(a: KkArgs) -> ExitCode {
    let raw = RawOptions {
        as_of: a.common.as_of.clone(),
        lang: Some(a.common.lang.clone()),
        partial: Some(a.partial),
        ..RawOptions::default()
    };
    run(Kind::Kk, &a.common, a.mask, raw, a.values)
}

struct Tally {
    checked: u64,
    invalid: u64,
    /// The JSON line being written, reused from line to line.
    json: Vec<u8>,
}

fn run(kind: Kind, common: &Common, mask: bool, raw: RawOptions, values: Vec<String>) -> ExitCode {
    let opts = match raw.resolve(today()) {
        Ok(o) => o,
        Err(e) => {
            let lang = raw
                .lang
                .as_deref()
                .and_then(|l| l.parse().ok())
                .unwrap_or_default();
            return usage_error(layak::messages::option_error_message(&e, lang));
        }
    };
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let mut tally = Tally {
        checked: 0,
        invalid: 0,
        json: Vec::with_capacity(1024),
    };
    let result = if values.is_empty() && common.json {
        let stdin = io::stdin();
        let lines = Lines::new(stdin.lock());
        match json_stream(kind, &opts, mask, lines, &mut out, &mut tally) {
            Ok(()) => Ok(()),
            Err(Stream::Write(e)) => Err(e),
            Err(Stream::Read(e)) => {
                let _ = out.flush();
                return usage_error(format!("cannot read standard input: {e}"));
            }
        }
    } else if values.is_empty() {
        let stdin = io::stdin();
        let mut lines = Lines::new(stdin.lock());
        let mut buf = Vec::with_capacity(64);
        let mut report = empty(kind);
        loop {
            let line = match lines.next_into(&mut buf) {
                Ok(Some(l)) => l,
                Ok(None) => break Ok(()),
                Err(e) => {
                    let _ = out.flush();
                    return usage_error(format!("cannot read standard input: {e}"));
                }
            };
            judge_into(&buf, &opts, &mut report);
            let shown = echo(&buf, line.truncated);
            if let Err(e) = emit(
                &mut out,
                Style {
                    json: common.json,
                    mask,
                    lang: opts.lang,
                },
                &shown,
                Some(line.number),
                &report,
                &mut tally,
            ) {
                break Err(e);
            }
        }
    } else {
        values.iter().try_for_each(|v| {
            let report = judge(kind, v.as_bytes(), &opts);
            emit(
                &mut out,
                Style {
                    json: common.json,
                    mask,
                    lang: opts.lang,
                },
                v,
                None,
                &report,
                &mut tally,
            )
        })
    };
    let result = result.and_then(|()| {
        if !common.json && tally.checked > 1 {
            let l = opts.lang;
            writeln!(
                out,
                "{} {}: {} {}, {} {}",
                tally.checked,
                Label::Checked.text(l),
                tally.checked - tally.invalid,
                Label::ValidCount.text(l),
                tally.invalid,
                Label::InvalidCount.text(l)
            )?;
        }
        out.flush()
    });
    match result {
        Ok(()) => {}
        // A reader such as `head` that stops early is not an error of ours.
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => {}
        Err(e) => return usage_error(format!("cannot write output: {e}")),
    }
    if tally.invalid > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

/// Lines judged per batch of the JSON stream.
const BATCH: usize = 8192;

enum Stream {
    Read(io::Error),
    Write(io::Error),
}

/// `--json` from standard input: lines are read in batches, each batch is judged and written
/// as JSON by two threads (the second half of it on a helper thread), and the two parts are
/// written out in input order, so the output is exactly the sequential one.
fn json_stream<R: io::BufRead>(
    kind: Kind,
    opts: &Options,
    mask: bool,
    mut lines: Lines<R>,
    out: &mut impl Write,
    tally: &mut Tally,
) -> Result<(), Stream> {
    let mut line = Vec::with_capacity(64);
    let mut data: Vec<u8> = Vec::new();
    let mut spans: Vec<(usize, usize, bool)> = Vec::with_capacity(BATCH);
    let render = Render::new(opts.lang, mask);
    let mut first = Part::new(kind, render);
    let mut second = Part::new(kind, render);
    let mut done = false;
    while !done {
        data.clear();
        spans.clear();
        while spans.len() < BATCH {
            match lines.next_into(&mut line).map_err(Stream::Read)? {
                Some(l) => {
                    let start = data.len();
                    data.extend_from_slice(&line);
                    spans.push((start, data.len(), l.truncated));
                }
                None => {
                    done = true;
                    break;
                }
            }
        }
        let (a, b) = spans.split_at(spans.len() / 2);
        let data = &data[..];
        let (invalid_a, invalid_b) = if b.len() < 256 {
            (first.judge(opts, data, a), second.judge(opts, data, b))
        } else {
            let helper_part = &mut second;
            std::thread::scope(|scope| {
                let helper = scope.spawn(move || helper_part.judge(opts, data, b));
                let invalid_a = first.judge(opts, data, a);
                // A helper that panicked (no input should make one) is an internal error.
                let invalid_b = helper
                    .join()
                    .map_err(|_| Stream::Write(io::Error::other("a helper thread stopped")))?;
                Ok((invalid_a, invalid_b))
            })?
        };
        tally.checked += spans.len() as u64;
        tally.invalid += invalid_a + invalid_b;
        out.write_all(&first.out).map_err(Stream::Write)?;
        out.write_all(&second.out).map_err(Stream::Write)?;
    }
    Ok(())
}

/// What one thread of the JSON stream keeps from batch to batch: its report, its JSON writer
/// (with the regions' JSON it has made) and its output.
struct Part {
    report: Report,
    writer: JsonWriter,
    out: Vec<u8>,
}

impl Part {
    fn new(kind: Kind, render: Render) -> Part {
        Part {
            report: empty(kind),
            writer: JsonWriter::new(render),
            out: Vec::new(),
        }
    }

    /// Judges `spans` of `data` and writes one JSON line each into `self.out` (cleared
    /// first); returns how many were invalid.
    fn judge(&mut self, opts: &Options, data: &[u8], spans: &[(usize, usize, bool)]) -> u64 {
        self.out.clear();
        let mut invalid = 0;
        for &(start, end, truncated) in spans {
            let bytes = &data[start..end];
            judge_into(bytes, opts, &mut self.report);
            let shown = echo(bytes, truncated);
            match &self.report {
                Report::Nik(r) => self.writer.nik(r, &shown, &mut self.out),
                Report::Kk(r) => self.writer.kk(r, &shown, &mut self.out),
            }
            self.out.push(b'\n');
            if !self.report.is_valid() {
                invalid += 1;
            }
        }
        invalid
    }
}

/// How results are written.
#[derive(Clone, Copy)]
struct Style {
    json: bool,
    /// Mask the numbers (`--mask`).
    mask: bool,
    lang: Lang,
}

fn emit(
    out: &mut impl Write,
    style: Style,
    shown: &str,
    line: Option<u64>,
    report: &Report,
    tally: &mut Tally,
) -> io::Result<()> {
    tally.checked += 1;
    if !report.is_valid() {
        tally.invalid += 1;
    }
    let lang = style.lang;
    if style.json {
        // Written straight from the typed report (byte for byte what `to_json` serialises),
        // masked by the writer itself when asked.
        let render = Render::new(lang, style.mask);
        tally.json.clear();
        match report {
            Report::Nik(r) => r.write_json(shown, render, &mut tally.json),
            Report::Kk(r) => r.write_json(shown, render, &mut tally.json),
        }
        out.write_all(&tally.json)?;
        return writeln!(out);
    }
    human(out, style, shown, line, report)
}

fn human(
    out: &mut impl Write,
    style: Style,
    shown: &str,
    line: Option<u64>,
    report: &Report,
) -> io::Result<()> {
    let lang = style.lang;
    if let Some(n) = line {
        write!(out, "{} {n}: ", Label::Line.text(lang))?;
    }
    let verdict = if report.is_valid() {
        Label::Valid
    } else {
        Label::Invalid
    };
    let (number, regions, issues) = match report {
        Report::Nik(r) => (
            r.nik_str(),
            [r.province, r.regency, r.district],
            &r.issues[..],
        ),
        Report::Kk(r) => (
            r.kk_str(),
            [r.province, r.regency, r.district],
            &r.issues[..],
        ),
    };
    let number = number.unwrap_or(if shown.is_empty() { "\"\"" } else { shown });
    let number = if style.mask {
        Cow::Owned(privacy::mask_id(number))
    } else {
        Cow::Borrowed(number)
    };
    writeln!(out, "{number}  {}", verdict.text(lang))?;
    let names: Vec<String> = regions
        .iter()
        .flatten()
        .map(|r| region_text(r, lang))
        .collect();
    if !names.is_empty() {
        let code = regions.iter().flatten().last().map(|r| r.code.to_string());
        writeln!(
            out,
            "  {} ({})",
            names.join(" › "),
            code.unwrap_or_default()
        )?;
    }
    // Masked, the dates and the serial's first digits would give the starred digits away.
    let serial = |s: u16| {
        let s = format!("{s:04}");
        if style.mask {
            privacy::mask_serial(&s)
        } else {
            s
        }
    };
    match report {
        Report::Nik(r) => {
            let mut facts = Vec::new();
            if let Some(s) = r.sex {
                facts.push(sex_word(s, lang).to_string());
            }
            if let Some(b) = r.birth_date.filter(|_| !style.mask) {
                facts.push(format!(
                    "{} {}",
                    Label::Born.text(lang),
                    human_date(b, lang)
                ));
            }
            if let Some(s) = r.serial {
                facts.push(format!("{} {}", Label::Serial.text(lang), serial(s)));
            }
            if !facts.is_empty() {
                writeln!(out, "  {}", facts.join(", "))?;
            }
        }
        Report::Kk(r) => {
            let mut facts = Vec::new();
            if let Some(d) = r.recorded_date.filter(|_| !style.mask) {
                facts.push(format!(
                    "{} {}",
                    Label::Recorded.text(lang),
                    human_date(d, lang)
                ));
            }
            if let Some(s) = r.serial {
                facts.push(format!("{} {}", Label::Serial.text(lang), serial(s)));
            }
            if !facts.is_empty() {
                writeln!(out, "  {}", facts.join(", "))?;
            }
        }
    }
    let render = Render::new(lang, style.mask);
    for i in issues {
        let message = i.render(render).message;
        writeln!(out, "  {:<8} {message}", severity_word(i, lang))?;
    }
    Ok(())
}

fn severity_word(i: &Issue, lang: Lang) -> &'static str {
    match i.severity() {
        Severity::Error => Label::SeverityError.text(lang),
        Severity::Warning => Label::SeverityWarning.text(lang),
        Severity::Info => Label::SeverityInfo.text(lang),
    }
}

fn region_text(r: &Region, lang: Lang) -> String {
    if r.retired.is_some() {
        format!("{} ({})", r.name, Label::RetiredCode.text(lang))
    } else {
        r.name.to_string()
    }
}
