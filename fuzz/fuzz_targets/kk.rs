//! `kk::validate` on arbitrary bytes, partial or not, with an as-of date from 1900 to 2079,
//! rendered as `layak kk --json` does. Header flags: bit 0 partial, bit 1 English.
#![no_main]

use layak::kk::{self, KkOptions};
use layak::Code;
use layak_fuzz::{check_issues, codes, contains_whole, messages, render, ymd, Header};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let (h, input) = Header::read(data);
    let as_of = h.as_of(ymd(1900, 1, 1), u16::MAX);
    let opts = KkOptions {
        as_of,
        partial: h.bit(0),
    };
    let r = kk::validate(input, &opts);
    assert_eq!(r, kk::validate(input, &opts));

    let shown = String::from_utf8_lossy(input);
    let (_, json) = render(&r.to_json(&shown, h.lang()));
    let has_error = check_issues(&json["issues"]);
    assert_eq!(json["valid"].as_bool(), Some(!has_error));
    assert_eq!(r.is_valid(), !has_error);

    if input.len() == 16 && input.iter().all(u8::is_ascii_digit) {
        for c in [
            Code::KkLength,
            Code::KkIncomplete,
            Code::KkEmpty,
            Code::KkInvalidCharacters,
            Code::KkScientificNotation,
        ] {
            assert!(!r.issues.iter().any(|i| i.code == c), "{c:?}: {shown}");
        }
        assert_eq!(r.kk_str().map(str::as_bytes), Some(input));
    }
    if let Some(n) = r.kk_str() {
        let again = kk::validate(n.as_bytes(), &opts);
        assert_eq!(
            again, r,
            "the normal form {n} of {shown} checks differently"
        );
    }
    // The KK date layout is only likely: a bad date never makes the number invalid.
    if !r.is_valid() {
        assert!(r
            .issues
            .iter()
            .any(|i| i.severity() == layak::Severity::Error && i.code != Code::KkDateInvalid));
    }
    if let Some(d) = r.recorded_date {
        assert!(d <= as_of, "{shown}: recorded {d} after {as_of}");
    }
    assert_eq!(
        r.serial == Some(0),
        r.issues.iter().any(|i| i.code == Code::KkSerialZero)
    );
    for c in codes(&json["issues"]) {
        assert!(
            c.starts_with("kk."),
            "a KK check reports kk.* codes only: {c}"
        );
    }

    let (mtext, mj) = render(&r.to_json(&shown, layak::messages::Render::new(h.lang(), true)));
    assert_eq!(mj["valid"], json["valid"]);
    assert!(mj["recorded_date"].is_null());
    if let Some(m) = mj["kk"].as_str() {
        assert_eq!(m, layak::privacy::mask_id(r.kk_str().unwrap_or_default()));
        assert_eq!(m.chars().filter(|c| c.is_ascii_digit()).count(), 8, "{m}");
    }
    if let Some(d) = r.recorded_date {
        let words = layak::messages::human_date(d, h.lang());
        assert!(
            !contains_whole(&messages(&mj), &words),
            "{words} in {mtext}"
        );
    }
    // No run of twelve or more digits is left anywhere in masked output.
    layak_fuzz::assert_no_long_numbers(&mj);
});
