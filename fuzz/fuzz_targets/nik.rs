//! `nik::validate` on arbitrary bytes with arbitrary options (partial, a form's birth date
//! and sex, language, as-of date from 1900 to 2079), rendered as `layak nik --json` does.
//!
//! Header flags: bit 0 partial, bit 1 English, bit 2 a form birth date, bit 3 a form sex,
//! bit 4 that sex is F.
#![no_main]

use layak::nik::{self, NikOptions};
use layak::{privacy, Code, Sex};
use layak_fuzz::{check_issues, codes, contains_whole, messages, render, ymd, Header};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let (h, input) = Header::read(data);
    let as_of = h.as_of(ymd(1900, 1, 1), u16::MAX);
    let opts = NikOptions {
        as_of,
        partial: h.bit(0),
        birth_date: h.bit(2).then(|| h.second_date()),
        sex: h.bit(3).then_some(if h.bit(4) { Sex::F } else { Sex::M }),
    };
    let r = nik::validate(input, &opts);

    // Deterministic.
    assert_eq!(r, nik::validate(input, &opts));

    // `valid` iff no error-severity issue, in the report and in the JSON.
    let shown = String::from_utf8_lossy(input);
    let (_, json) = render(&r.to_json(&shown, h.lang()));
    let has_error = check_issues(&json["issues"]);
    assert_eq!(json["valid"].as_bool(), Some(!has_error));
    assert_eq!(r.is_valid(), !has_error);
    assert_eq!(json["input"].as_str(), Some(&*shown));

    // Sixteen plain digits are never a length, character or spreadsheet problem, and are
    // their own normal form.
    if input.len() == 16 && input.iter().all(u8::is_ascii_digit) {
        for c in [
            Code::NikLength,
            Code::NikIncomplete,
            Code::NikEmpty,
            Code::NikInvalidCharacters,
            Code::NikScientificNotation,
        ] {
            assert!(!r.has(c), "{c:?} for 16 digits {shown}");
        }
        assert_eq!(r.nik_str().map(str::as_bytes), Some(input));
    }
    // Partial mode: a short run of plain digits is incomplete, never too short.
    if opts.partial && !input.is_empty() && input.len() < 16 && input.iter().all(u8::is_ascii_digit)
    {
        assert!(
            r.has(Code::NikIncomplete) && !r.has(Code::NikLength),
            "{shown}"
        );
    }

    // Normalising is idempotent: the normal form checks the same, field for field.
    if let Some(n) = r.nik_str() {
        assert_eq!(n.len(), 16);
        assert!(n.bytes().all(|b| b.is_ascii_digit()));
        let again = nik::validate(n.as_bytes(), &opts);
        assert_eq!(
            again, r,
            "the normal form {n} of {shown} checks differently"
        );
        assert_eq!(nik::compact(n).as_deref(), Some(n));
    }
    if let Some(c) = std::str::from_utf8(input).ok().and_then(nik::compact) {
        assert_eq!(nik::compact(&c).as_deref(), Some(c.as_str()));
    }

    // Decoded facts hang together.
    if r.birth_date.is_some() {
        assert!(r.sex.is_some(), "a birth date without a sex: {shown}");
        if opts.birth_date.is_none() {
            // The century rule: never after the as-of date.
            assert!(
                r.birth_date <= Some(as_of),
                "{shown}: {:?} after {as_of}",
                r.birth_date
            );
        }
    }
    assert_eq!(r.serial == Some(0), r.has(Code::NikSerialZero));
    if r.district.is_some() {
        assert!(r.regency.is_some() && r.province.is_some());
    }
    for c in codes(&json["issues"]) {
        assert!(
            c.starts_with("nik."),
            "a NIK check reports nik.* codes only: {c}"
        );
    }

    // Masked output keeps the verdict and shows at most eight digits of the number; the
    // birth date (digits 7 to 12) and the serial's first digits are gone.
    let masked = r.to_json(&shown, layak::messages::Render::new(h.lang(), true));
    let (mtext, mj) = render(&masked);
    assert_eq!(mj["valid"], json["valid"]);
    assert_eq!(codes(&mj["issues"]), codes(&json["issues"]));
    assert!(mj["birth_date"].is_null());
    if let Some(m) = mj["nik"].as_str() {
        assert_eq!(m.chars().filter(|c| c.is_ascii_digit()).count(), 8, "{m}");
        assert!(mj["serial"].as_str().is_some_and(|s| s.starts_with("**")));
    }
    let m = mj["input"].as_str().unwrap_or_default();
    assert!(m.chars().filter(|c| c.is_numeric()).count() <= 8, "{m}");
    assert_eq!(m.chars().count(), shown.chars().count());
    assert_eq!(privacy::mask_id(m), m, "masking is idempotent");
    for d in [r.birth_date, opts.birth_date].into_iter().flatten() {
        let words = layak::messages::human_date(d, h.lang());
        assert!(
            !contains_whole(&messages(&mj), &words),
            "{words} in {mtext}"
        );
    }
    // No run of twelve or more digits is left anywhere in masked output.
    layak_fuzz::assert_no_long_numbers(&mj);
});
