//! Shared pieces of the fuzz targets: reading options from the first bytes of a fuzz input,
//! and the invariants every rendered result must keep.
//!
//! Each target takes `HEADER` bytes of options (flags, an as-of date, a form's birth date)
//! and then the input itself, so a seed is simply five bytes followed by a golden input.

use chrono::{Days, NaiveDate};
use layak::{Code, Lang};
use serde::Serialize;
use serde_json::Value;

/// Bytes of options before the input.
pub const HEADER: usize = 5;

/// Options read from the first bytes.
#[derive(Debug, Clone, Copy)]
pub struct Header {
    /// Free bits for the target's own switches.
    pub flags: u8,
    /// Two bytes, little-endian: a day count for the as-of date.
    pub day: u16,
    /// Two bytes: a day count for a second date (the form's birth date).
    pub day2: u16,
}

impl Header {
    /// Splits the header off; short inputs get zeros.
    pub fn read(data: &[u8]) -> (Header, &[u8]) {
        let mut h = [0u8; HEADER];
        let n = data.len().min(HEADER);
        h[..n].copy_from_slice(&data[..n]);
        let header = Header {
            flags: h[0],
            day: u16::from_le_bytes([h[1], h[2]]),
            day2: u16::from_le_bytes([h[3], h[4]]),
        };
        (header, &data[n..])
    }

    /// Whether flag bit `i` is set.
    pub fn bit(&self, i: u8) -> bool {
        self.flags & (1 << i) != 0
    }

    /// English when bit 1 is set, else Indonesian.
    pub fn lang(&self) -> Lang {
        if self.bit(1) {
            Lang::En
        } else {
            Lang::Id
        }
    }

    /// The as-of date: `base` plus the day count, at most `span` days later.
    pub fn as_of(&self, base: NaiveDate, span: u16) -> NaiveDate {
        date_after(base, self.day % span.max(1))
    }

    /// The second date: 1900-01-01 plus up to 65,535 days (to 2079).
    pub fn second_date(&self) -> NaiveDate {
        date_after(ymd(1900, 1, 1), self.day2)
    }
}

/// A date that exists.
pub fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap_or(NaiveDate::MIN)
}

fn date_after(base: NaiveDate, days: u16) -> NaiveDate {
    base.checked_add_days(Days::new(u64::from(days)))
        .unwrap_or(base)
}

/// Renders a result the way the CLI does (`serde_json::to_writer`) and parses it back: the
/// output must be one valid JSON object.
pub fn render<T: Serialize>(value: &T) -> (String, Value) {
    let text = serde_json::to_string(value).expect("a result always serialises");
    assert!(!text.contains('\n'), "one result is one line: {text}");
    let parsed: Value = serde_json::from_str(&text).expect("rendered output is valid JSON");
    assert!(parsed.is_object(), "a result is an object: {text}");
    assert_js_numbers(&parsed, &text);
    (text, parsed)
}

/// The largest integer a JavaScript number holds exactly (2^53 - 1). The WebAssembly face
/// throws on a larger one, so a result with one would work natively and fail in the browser.
pub const MAX_SAFE_INTEGER: u64 = (1 << 53) - 1;

fn assert_js_numbers(v: &Value, text: &str) {
    match v {
        Value::Number(n) => {
            if let Some(u) = n.as_u64() {
                assert!(u <= MAX_SAFE_INTEGER, "{u} is no JavaScript number: {text}");
            } else if let Some(i) = n.as_i64() {
                assert!(i.unsigned_abs() <= MAX_SAFE_INTEGER, "{i}: {text}");
            }
        }
        Value::Array(items) => items.iter().for_each(|x| assert_js_numbers(x, text)),
        Value::Object(m) => m.values().for_each(|x| assert_js_numbers(x, text)),
        _ => {}
    }
}

/// Every issue in a rendered list has a known code, that code's severity, a field and a
/// message. Returns whether any issue is an error.
pub fn check_issues(issues: &Value) -> bool {
    let list = issues.as_array().expect("issues is a list");
    let mut error = false;
    for i in list {
        let code = i["code"].as_str().expect("issue code is text");
        let known = Code::parse(code).unwrap_or_else(|| panic!("unknown issue code {code}"));
        let severity = i["severity"].as_str().expect("severity is text");
        assert_eq!(
            severity,
            known.severity().as_str(),
            "severity of {code} is fixed"
        );
        assert!(i["field"].is_string(), "issue {code} names a field");
        let message = i["message"].as_str().expect("message is text");
        assert!(!message.trim().is_empty(), "issue {code} has a message");
        error |= severity == "error";
    }
    error
}

/// The codes of a rendered issue list.
pub fn codes(issues: &Value) -> Vec<&str> {
    issues
        .as_array()
        .map(|l| l.iter().filter_map(|i| i["code"].as_str()).collect())
        .unwrap_or_default()
}

/// Whether an ISO date string is one.
pub fn is_iso_date(v: &Value) -> bool {
    v.as_str().and_then(layak::date::parse_iso).is_some()
}

/// A code is `Some` only for the issue codes the catalogue lists.
pub fn code_known(code: &str) -> bool {
    Code::parse(code).is_some()
}

/// Whether `words` occur in `text` other than as the end of a longer number (`5 Juli 2022`
/// inside `25 Juli 2022` does not count).
pub fn contains_whole(text: &str, words: &str) -> bool {
    text.match_indices(words).any(|(i, _)| {
        !text[..i]
            .chars()
            .next_back()
            .is_some_and(|c| c.is_ascii_digit())
    })
}

/// Every `message` in a rendered result, one per line: what masking must have cleaned (the
/// input echo is the person's own text and keeps its first six digits by design).
pub fn messages(v: &Value) -> String {
    fn walk(v: &Value, out: &mut String) {
        match v {
            Value::Object(m) => {
                for (k, x) in m {
                    match (k.as_str(), x) {
                        ("message", Value::String(s)) => {
                            out.push_str(s);
                            out.push('\n');
                        }
                        _ => walk(x, out),
                    }
                }
            }
            Value::Array(items) => items.iter().for_each(|x| walk(x, out)),
            _ => {}
        }
    }
    let mut out = String::new();
    walk(v, &mut out);
    out
}

/// Asserts that no text in a masked result holds a run of twelve or more digits (read from
/// the parsed strings: in JSON text an escape such as `\u0000` would look like digits).
pub fn assert_no_long_numbers(v: &Value) {
    match v {
        Value::String(s) => assert!(
            matches!(layak::privacy::mask_text(s), std::borrow::Cow::Borrowed(_)),
            "a long number survived masking: {s:?}"
        ),
        Value::Array(items) => items.iter().for_each(assert_no_long_numbers),
        Value::Object(m) => m.values().for_each(assert_no_long_numbers),
        _ => {}
    }
}
