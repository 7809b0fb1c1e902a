//! The contract's JSON shapes of issues, NIK and KK reports, filled with the words in the
//! reader's language. The reports themselves ([`NikReport`], [`KkReport`], [`Issue`]) are
//! typed facts made by the layers below; the text is written here, at the end.

use super::{issue_message, Render};
use crate::issue::{Issue, IssueJson};
use crate::kk::{KkJson, KkReport};
use crate::nik::{NikJson, NikReport, RegionJson};
use crate::privacy;
use crate::region::{Level, Region, RegionCode};
use crate::sex::Sex;
use chrono::{Datelike, NaiveDate};
use rustc_hash::FxHashMap;

impl Issue {
    /// The issue as the faces show it, with its message in the language of `r` (a [`Lang`](crate::lang::Lang)
    /// or a [`Render`], which may ask for masking).
    pub fn render(&self, r: impl Into<Render>) -> IssueJson {
        IssueJson {
            code: self.code,
            severity: self.code.severity(),
            field: self.field(),
            message: issue_message(self, r),
        }
    }
}

/// The fields a NIK and a KK report open with, in the order of their JSON shapes: the input,
/// the number (`nik` or `kk`), `valid`, and the province, regency and kecamatan (from
/// `cache` when given: a stream of reports repeats the same few kecamatan).
fn head(
    out: &mut Vec<u8>,
    input: &str,
    (name, number): (&[u8], Option<&[u8; 16]>),
    valid: bool,
    regions: [Option<Region>; 3],
    mask: bool,
    cache: Option<&mut Fragments>,
) {
    out.extend_from_slice(b"{\"input\":");
    if mask {
        string(out, &privacy::mask_id(input));
    } else {
        string(out, input);
    }
    out.extend_from_slice(name);
    match number {
        Some(d) => {
            // Normalised digits: nothing to escape.
            out.push(b'"');
            let at = out.len();
            out.extend_from_slice(d);
            if mask {
                privacy::mask_digits(&mut out[at..]);
            }
            out.push(b'"');
        }
        None => out.extend_from_slice(b"null"),
    }
    out.extend_from_slice(if valid {
        b",\"valid\":true"
    } else {
        b",\"valid\":false"
    });
    match cache {
        Some(c) => out.extend_from_slice(c.get(regions)),
        None => three_regions(out, regions),
    }
}

/// `,"province":…,"regency":…,"district":…`.
fn three_regions(out: &mut Vec<u8>, [province, regency, district]: [Option<Region>; 3]) {
    out.extend_from_slice(b",\"province\":");
    region(out, province);
    out.extend_from_slice(b",\"regency\":");
    region(out, regency);
    out.extend_from_slice(b",\"district\":");
    region(out, district);
}

/// The three regions' JSON of every combination met so far, keyed by their codes (and the
/// successors of retired ones). Bounded by the region table: only known regions are kept in
/// a report.
#[derive(Default)]
struct Fragments(FxHashMap<[u64; 6], Box<[u8]>>);

impl Fragments {
    fn get(&mut self, regions: [Option<Region>; 3]) -> &[u8] {
        let mut k = [u64::MAX; 6];
        for (i, r) in regions.iter().enumerate() {
            if let Some(r) = r {
                k[2 * i] = r.code.value();
                k[2 * i + 1] = r.retired.map_or(u64::MAX - 1, |x| x.successor.value());
            }
        }
        self.0.entry(k).or_insert_with(|| {
            let mut v = Vec::with_capacity(160);
            three_regions(&mut v, regions);
            v.into_boxed_slice()
        })
    }
}

/// The number as it is shown: the normalised digits, or masked ones.
fn shown_number(digits: Option<&[u8; 16]>, mask: bool) -> Option<String> {
    let mut d = *digits?;
    if mask {
        privacy::mask_digits(&mut d);
    }
    Some(crate::idnumber::as_str(&d).to_string())
}

/// The input as echoed: as given, or with its digits masked.
fn shown_input(input: &str, mask: bool) -> String {
    if mask {
        privacy::mask_id(input)
    } else {
        input.to_string()
    }
}

/// A serial as the JSON shows it: four digits, the first two starred when masking.
fn shown_serial(s: u16, mask: bool) -> String {
    let s = format!("{s:04}");
    if mask {
        privacy::mask_serial(&s)
    } else {
        s
    }
}

impl NikReport {
    /// The report in the contract's JSON shape, with messages in the language of `r`.
    /// `input` is echoed as given (the faces pass the original text). Masked (`r.mask()`), the
    /// input, the NIK and the serial show only what [`crate::privacy`] keeps, `birth_date`
    /// is `null` and no message names a birth date.
    pub fn to_json(&self, input: &str, r: impl Into<Render>) -> NikJson {
        let r: Render = r.into();
        NikJson {
            input: shown_input(input, r.mask()),
            nik: shown_number(self.nik.as_ref(), r.mask()),
            valid: self.is_valid(),
            province: self.province.map(RegionJson::from),
            regency: self.regency.map(RegionJson::from),
            district: self.district.map(RegionJson::from),
            sex: self.sex,
            birth_date: self.birth_date.filter(|_| !r.mask()),
            serial: self.serial.map(|s| shown_serial(s, r.mask())),
            issues: self.issues.iter().map(|i| i.render(r)).collect(),
        }
    }
}

impl KkReport {
    /// The report in the contract's JSON shape; masked as [`NikReport::to_json`], with the
    /// recording date `null`.
    pub fn to_json(&self, input: &str, r: impl Into<Render>) -> KkJson {
        let r: Render = r.into();
        KkJson {
            input: shown_input(input, r.mask()),
            kk: shown_number(self.kk.as_ref(), r.mask()),
            valid: self.is_valid(),
            province: self.province.map(RegionJson::from),
            regency: self.regency.map(RegionJson::from),
            district: self.district.map(RegionJson::from),
            recorded_date: self.recorded_date.filter(|_| !r.mask()),
            serial: self.serial.map(|s| shown_serial(s, r.mask())),
            issues: self.issues.iter().map(|i| i.render(r)).collect(),
        }
    }
}

// --- written straight from the report ------------------------------------------------------
//
// `layak nik --json` on a million lines spent most of its time building the JSON shapes above
// (a dozen small strings and vectors per line) only to serialise and drop them. These writers
// put the same bytes into a buffer straight from the typed report: strings go through
// serde_json's own escaping, so the output is byte for byte what `to_json` serialises (a test
// below compares them on valid, broken, retired and hostile inputs).

/// A JSON string, escaped exactly as serde_json escapes it. serde_json escapes only `"`,
/// `\\` and bytes below 0x20, so a string without them is copied as it is.
fn string(out: &mut Vec<u8>, s: &str) {
    if s.bytes().all(|b| b >= 0x20 && b != b'"' && b != b'\\') {
        out.reserve(s.len() + 2);
        out.push(b'"');
        out.extend_from_slice(s.as_bytes());
        out.push(b'"');
    } else {
        // Writing into a Vec cannot fail.
        let _ = serde_json::to_writer(&mut *out, s);
    }
}

/// A region code with its dots (`35.22.06`), as `RegionCode`'s `Display` writes it.
fn code(out: &mut Vec<u8>, c: RegionCode) {
    let n = match c.level() {
        Level::Province => 2,
        Level::Regency => 4,
        Level::District => 6,
        Level::Village => 10,
    };
    let mut digits = [b'0'; 10];
    let mut v = c.value();
    for slot in digits[..n].iter_mut().rev() {
        *slot = b'0' + (v % 10) as u8;
        v /= 10;
    }
    out.push(b'"');
    for (i, d) in digits[..n].iter().enumerate() {
        if i > 0 && i % 2 == 0 && i <= 6 {
            out.push(b'.');
        }
        out.push(*d);
    }
    out.push(b'"');
}

/// `n` as `width` digits, zero-padded (the value is known to fit).
fn padded(out: &mut Vec<u8>, n: u32, width: usize) {
    let mut buf = [b'0'; 10];
    let mut v = n;
    for slot in buf[..width].iter_mut().rev() {
        *slot = b'0' + (v % 10) as u8;
        v /= 10;
    }
    out.extend_from_slice(&buf[..width]);
}

fn region(out: &mut Vec<u8>, r: Option<Region>) {
    let Some(r) = r else {
        out.extend_from_slice(b"null");
        return;
    };
    out.extend_from_slice(b"{\"code\":");
    code(out, r.code);
    out.extend_from_slice(b",\"name\":");
    string(out, r.name);
    if let Some(ret) = r.retired {
        out.extend_from_slice(b",\"retired\":true");
        out.extend_from_slice(b",\"successor\":{\"code\":");
        code(out, ret.successor);
        out.extend_from_slice(b",\"name\":");
        string(out, ret.successor_region().map(|s| s.name).unwrap_or(""));
        out.push(b'}');
    }
    out.push(b'}');
}

fn date(out: &mut Vec<u8>, d: Option<NaiveDate>) {
    use std::io::Write;
    match d {
        // chrono writes years 0–9999 as four digits.
        Some(d) if (0..=9999).contains(&d.year()) => {
            out.push(b'"');
            padded(out, d.year().unsigned_abs(), 4);
            out.push(b'-');
            padded(out, d.month(), 2);
            out.push(b'-');
            padded(out, d.day(), 2);
            out.push(b'"');
        }
        Some(d) => {
            let _ = write!(out, "\"{d}\"");
        }
        None => out.extend_from_slice(b"null"),
    }
}

fn serial(out: &mut Vec<u8>, s: Option<u16>, mask: bool) {
    match s {
        Some(s) if s <= 9999 => {
            out.push(b'"');
            let at = out.len();
            padded(out, u32::from(s), 4);
            if mask {
                out[at..at + 2].copy_from_slice(b"**");
            }
            out.push(b'"');
        }
        Some(s) => string(out, &shown_serial(s, mask)),
        None => out.extend_from_slice(b"null"),
    }
}

fn issues(out: &mut Vec<u8>, issues: &[Issue], r: Render) {
    out.push(b'[');
    for (i, issue) in issues.iter().enumerate() {
        if i > 0 {
            out.push(b',');
        }
        out.extend_from_slice(b"{\"code\":\"");
        out.extend_from_slice(issue.code.as_str().as_bytes());
        out.extend_from_slice(b"\",\"severity\":\"");
        out.extend_from_slice(issue.severity().as_str().as_bytes());
        out.extend_from_slice(b"\",\"field\":");
        string(out, issue.field());
        out.extend_from_slice(b",\"message\":");
        string(out, &issue_message(issue, r));
        out.push(b'}');
    }
    out.push(b']');
}

fn nik_json(
    report: &NikReport,
    input: &str,
    r: Render,
    out: &mut Vec<u8>,
    cache: Option<&mut Fragments>,
) {
    let regions = [report.province, report.regency, report.district];
    let number = (&b",\"nik\":"[..], report.nik.as_ref());
    head(
        out,
        input,
        number,
        report.is_valid(),
        regions,
        r.mask(),
        cache,
    );
    out.extend_from_slice(match report.sex {
        Some(Sex::M) => b",\"sex\":\"M\",\"birth_date\":",
        Some(Sex::F) => b",\"sex\":\"F\",\"birth_date\":",
        None => b",\"sex\":null,\"birth_date\":",
    });
    date(out, report.birth_date.filter(|_| !r.mask()));
    out.extend_from_slice(b",\"serial\":");
    serial(out, report.serial, r.mask());
    out.extend_from_slice(b",\"issues\":");
    issues(out, &report.issues, r);
    out.push(b'}');
}

fn kk_json(
    report: &KkReport,
    input: &str,
    r: Render,
    out: &mut Vec<u8>,
    cache: Option<&mut Fragments>,
) {
    let regions = [report.province, report.regency, report.district];
    let number = (&b",\"kk\":"[..], report.kk.as_ref());
    head(
        out,
        input,
        number,
        report.is_valid(),
        regions,
        r.mask(),
        cache,
    );
    out.extend_from_slice(b",\"recorded_date\":");
    date(out, report.recorded_date.filter(|_| !r.mask()));
    out.extend_from_slice(b",\"serial\":");
    serial(out, report.serial, r.mask());
    out.extend_from_slice(b",\"issues\":");
    issues(out, &report.issues, r);
    out.push(b'}');
}

impl NikReport {
    /// Appends the report's JSON (what [`NikReport::to_json`] serialises, byte for byte,
    /// masked or not) to `out`, without building the JSON shape first. For many reports,
    /// [`JsonWriter`] is faster.
    pub fn write_json(&self, input: &str, r: impl Into<Render>, out: &mut Vec<u8>) {
        nik_json(self, input, r.into(), out, None);
    }
}

impl KkReport {
    /// Appends the report's JSON (what [`KkReport::to_json`] serialises, byte for byte,
    /// masked or not) to `out`, without building the JSON shape first.
    pub fn write_json(&self, input: &str, r: impl Into<Render>, out: &mut Vec<u8>) {
        kk_json(self, input, r.into(), out, None);
    }
}

/// Writes a stream of NIK or KK reports as JSON, byte for byte what `write_json` writes,
/// with the JSON of each combination of province, regency and kecamatan made once and
/// copied after (`layak nik --json` on a million lines meets a few hundred).
#[derive(Default)]
pub struct JsonWriter {
    render: Render,
    regions: Fragments,
}

impl JsonWriter {
    /// A writer rendering in `r` (a [`Lang`](crate::lang::Lang) or a [`Render`]).
    pub fn new(r: impl Into<Render>) -> JsonWriter {
        JsonWriter {
            render: r.into(),
            regions: Fragments::default(),
        }
    }

    /// Appends a NIK report's JSON to `out`.
    pub fn nik(&mut self, report: &NikReport, input: &str, out: &mut Vec<u8>) {
        nik_json(report, input, self.render, out, Some(&mut self.regions));
    }

    /// Appends a KK report's JSON to `out`.
    pub fn kk(&mut self, report: &KkReport, input: &str, out: &mut Vec<u8>) {
        kk_json(report, input, self.render, out, Some(&mut self.regions));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::kk::{self, KkOptions};
    use crate::lang::Lang;
    use crate::nik::{self, NikOptions};

    /// Inputs of every kind: valid, each issue, retired Papua codes, separators, quotes,
    /// control characters, non-ASCII and bytes that are not UTF-8.
    fn inputs() -> Vec<Vec<u8>> {
        let mut v: Vec<Vec<u8>> = [
            "3522061205800001",
            "3522 0612 0580 0001",
            "9102035205900012",
            "3522065205900012",
            "3522061205800000",
            "3522063102800001",
            "3522062902810001",
            "3522067107800001",
            "3599061205800001",
            "9999061205800001",
            "35220612058",
            "",
            "   ",
            "3.52206E+15",
            "35220612O5800001",
            "\"3522061205800001\"",
            "35\u{7}22061205800001",
            "3522\\061205800001",
            "3522061205800001\u{a0}",
            "NIK: ３５２２",
            "3522060101100003",
            "9501020101100003",
        ]
        .iter()
        .map(|s| s.as_bytes().to_vec())
        .collect();
        v.push(vec![0x33, 0x35, 0xff, 0xfe, 0x00, 0x1f]);
        // Seeded pseudo-random digit strings with a valid prefix mix.
        let mut x: u64 = 0x9e37_79b9_7f4a_7c15;
        for _ in 0..3000 {
            let mut s = Vec::new();
            let len = 10 + (x % 9) as usize;
            for _ in 0..len {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                s.push(b"0123456789 .-35229172"[(x % 21) as usize]);
            }
            v.push(s);
        }
        v
    }

    #[test]
    fn written_json_is_what_the_shape_serialises() {
        let on = NaiveDate::from_ymd_opt(2025, 6, 1).unwrap();
        let nik_opts = [
            NikOptions::new(on),
            NikOptions {
                as_of: on,
                partial: true,
                birth_date: NaiveDate::from_ymd_opt(1980, 5, 13),
                sex: Some(Sex::F),
            },
        ];
        let kk_opts = KkOptions::new(on);
        let mut buf = Vec::new();
        let renders = [
            Render::new(Lang::Id, false),
            Render::new(Lang::En, false),
            Render::new(Lang::Id, true),
            Render::new(Lang::En, true),
        ];
        let mut writers = renders.map(JsonWriter::new);
        for input in inputs() {
            let shown = String::from_utf8_lossy(&input);
            for (lang, w) in renders.iter().zip(writers.iter_mut()) {
                let lang = *lang;
                for o in &nik_opts {
                    let r = nik::validate(&input, o);
                    buf.clear();
                    r.write_json(&shown, lang, &mut buf);
                    let want = serde_json::to_vec(&r.to_json(&shown, lang)).unwrap();
                    assert_eq!(
                        String::from_utf8_lossy(&buf),
                        String::from_utf8_lossy(&want)
                    );
                    // The writer of a stream, its region fragments reused across inputs.
                    buf.clear();
                    w.nik(&r, &shown, &mut buf);
                    assert_eq!(buf, want);
                }
                let r = kk::validate(&input, &kk_opts);
                buf.clear();
                r.write_json(&shown, lang, &mut buf);
                let want = serde_json::to_vec(&r.to_json(&shown, lang)).unwrap();
                assert_eq!(
                    String::from_utf8_lossy(&buf),
                    String::from_utf8_lossy(&want)
                );
                buf.clear();
                w.kk(&r, &shown, &mut buf);
                assert_eq!(buf, want);
            }
        }
    }
}
