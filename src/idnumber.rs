//! The shared anatomy of the two 16-digit civil-registration numbers, NIK and nomor KK.
//!
//! Both are issued by SIAK, Dukcapil's registration system, and both start with the six-digit
//! Kemendagri code of a kecamatan (province 2, regency 2, kecamatan 2), then six date digits,
//! then a four-digit serial that starts at 0001. Neither has a check digit, so a typo in the
//! serial cannot be caught offline; what can be caught is a wrong length, a region code that
//! never existed, an impossible date and the serial 0000.
//!
//! This module reads the characters of an input and decodes the region prefix; [`crate::nik`]
//! and [`crate::kk`] add what differs (a NIK's date is a birth date with +40 for women, a KK's
//! is a recording date). Everything here works on bytes on the stack: any byte string,
//! however long or malformed, gives issues and never a panic or an allocation.

use crate::date;
use crate::issue::{push, Code, Detail, Issues};
use crate::region::{self, Region, RegionCode};
use chrono::NaiveDate;

/// The issue codes of one number family (`nik.` or `kk.`), so the shared steps can report
/// in the right family.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Family {
    pub empty: Code,
    pub invalid_characters: Code,
    pub scientific_notation: Code,
    pub length: Code,
    pub incomplete: Code,
    pub province_unknown: Code,
    pub regency_unknown: Code,
    pub district_unknown: Code,
    pub district_zero: Code,
    pub region_retired: Code,
    pub serial_zero: Code,
}

/// The sixteen digits of a well-formed number, as ASCII.
pub type Digits = [u8; 16];

/// What reading the characters of an input gave.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Read {
    /// Only digits and separators. `count` is the number of digits, which may exceed 16;
    /// only the first 16 are kept.
    Digits { digits: Digits, count: u32 },
    /// Nothing but separators.
    Empty,
    /// A character that is neither a digit nor a separator, and its 1-based position.
    Invalid { ch: char, pos: u32 },
    /// A spreadsheet's rendering of the number as a float (`3.52206E+15`, `…0000.0`).
    Spreadsheet,
}

/// Separators people put in numbers, beyond ASCII whitespace, dots and dashes: non-breaking,
/// figure and thin spaces pasted from web pages and word processors, the ideographic space of
/// East Asian input methods (a phone keyboard set to Chinese or Japanese types it for the
/// space bar), and the typographic dashes
/// a word processor substitutes for `-`.
fn is_unicode_separator(c: char) -> bool {
    matches!(
        c,
        '\u{00A0}'
            | '\u{2007}'
            | '\u{2009}'
            | '\u{3000}'
            | '\u{202F}'
            | '\u{2010}'
            | '\u{2011}'
            | '\u{2012}'
            | '\u{2013}'
            | '\u{2212}'
            | '\u{FEFF}'
    )
}

fn is_ascii_separator(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\r' | b'\n' | b'.' | b'-')
}

fn is_separator(c: char) -> bool {
    u8::try_from(c).is_ok_and(is_ascii_separator) || is_unicode_separator(c)
}

/// Reads digits, skipping separators. Spaces, dots and dashes are what the contract names;
/// a leading apostrophe (the mark Excel uses to keep a number as text) is skipped too.
pub(crate) fn read(input: &[u8]) -> Read {
    let body = match input.iter().position(|b| !b.is_ascii_whitespace()) {
        Some(i) if input[i] == b'\'' => &input[i + 1..],
        _ => input,
    };
    let mut digits = [b'0'; 16];
    let mut count = 0u32;
    let mut dotted = false;
    for &b in body {
        if b.is_ascii_digit() {
            if let Some(slot) = digits.get_mut(count as usize) {
                *slot = b;
            }
            count = count.saturating_add(1);
        } else if b == b'.' {
            dotted = true;
        } else if !is_ascii_separator(b) {
            return read_slow(input, body);
        }
    }
    if count == 16 && !dotted {
        return Read::Digits { digits, count };
    }
    if looks_like_spreadsheet_number(input) {
        return Read::Spreadsheet;
    }
    if count == 0 {
        return Read::Empty;
    }
    Read::Digits { digits, count }
}

/// The careful reading for input with a byte outside the ASCII fast path: decodes UTF-8
/// (a byte that is not UTF-8 counts as U+FFFD), skips Unicode separators, and finds the
/// first character that does not belong.
#[cold]
fn read_slow(input: &[u8], body: &[u8]) -> Read {
    if looks_like_spreadsheet_number(input) {
        return Read::Spreadsheet;
    }
    let offset = (input.len() - body.len()) as u32;
    let leading_chars = if offset > 0 {
        // Whitespace and the apostrophe before the body are all ASCII: one char each.
        offset
    } else {
        0
    };
    let mut digits = [b'0'; 16];
    let mut count = 0u32;
    let mut pos = leading_chars;
    for chunk in body.utf8_chunks() {
        for c in chunk.valid().chars() {
            pos = pos.saturating_add(1);
            if c.is_ascii_digit() {
                if let Some(slot) = digits.get_mut(count as usize) {
                    *slot = c as u8;
                }
                count = count.saturating_add(1);
            } else if !is_separator(c) {
                return Read::Invalid { ch: c, pos };
            }
        }
        if !chunk.invalid().is_empty() {
            return Read::Invalid {
                ch: char::REPLACEMENT_CHARACTER,
                pos: pos.saturating_add(1),
            };
        }
    }
    match count {
        0 => Read::Empty,
        _ => Read::Digits { digits, count },
    }
}

/// Whether the input is a number as a spreadsheet writes it after taking a NIK for a
/// quantity: scientific notation (`3.52206E+15`, Indonesian locale `3,52206E+15`) or a long
/// integer with a decimal part of zeros (`3522061205800000.0`). A spreadsheet keeps 15
/// significant digits, so the 16th is gone and the number cannot be recovered.
pub(crate) fn looks_like_spreadsheet_number(input: &[u8]) -> bool {
    let t = input.trim_ascii();
    let int_len = t.iter().take_while(|b| b.is_ascii_digit()).count();
    if int_len == 0 {
        return false;
    }
    let rest = &t[int_len..];
    // A decimal part, possibly empty of digits ("3E+15" has none).
    let (frac, rest) = match rest.first() {
        Some(b'.' | b',') => {
            let r = &rest[1..];
            let n = r.iter().take_while(|b| b.is_ascii_digit()).count();
            (&r[..n], &r[n..])
        }
        _ => (&rest[..0], rest),
    };
    match rest.first() {
        Some(b'e' | b'E') => {
            let mut exp = &rest[1..];
            if let Some(b'+') = exp.first() {
                exp = &exp[1..];
            }
            !exp.is_empty() && exp.len() <= 3 && exp.iter().all(|b| b.is_ascii_digit())
        }
        None => int_len >= 12 && !frac.is_empty() && frac.iter().all(|b| *b == b'0'),
        _ => false,
    }
}

/// The value of two ASCII digits at `i`.
#[inline]
pub(crate) fn two(d: &Digits, i: usize) -> u32 {
    u32::from(d[i] - b'0') * 10 + u32::from(d[i + 1] - b'0')
}

/// The regions named by the first digits.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub(crate) struct Regions {
    pub province: Option<Region>,
    pub regency: Option<Region>,
    pub district: Option<Region>,
}

/// Decodes the region prefix from the first `n` digits (fewer than six while typing),
/// reporting unknown and retired codes. An unknown province or regency stops the decoding:
/// the digits after it mean nothing. An unknown kecamatan is only a warning, because the
/// data holds no list older than 2015 and a NIK keeps its first code for life.
pub(crate) fn decode_regions(
    d: &Digits,
    n: usize,
    as_of: NaiveDate,
    fam: &Family,
    issues: &mut Issues,
) -> Regions {
    let mut out = Regions::default();
    if n < 2 {
        return out;
    }
    let p = two(d, 0);
    out.province = region::province(p as u8);
    if out.province.is_none() {
        push(
            issues,
            fam.province_unknown,
            Detail::Region(RegionCode::province(p as u8)),
        );
        return out;
    }
    if n < 4 {
        return out;
    }
    let r = (p * 100 + two(d, 2)) as u16;
    out.regency = region::regency(r, as_of);
    if out.regency.is_none() {
        push(
            issues,
            fam.regency_unknown,
            Detail::Region(RegionCode::regency(r)),
        );
        return out;
    }
    if n < 6 {
        report_retired(out.regency, fam, issues);
        return out;
    }
    let k = u32::from(r) * 100 + two(d, 4);
    if two(d, 4) == 0 {
        // Kecamatan are numbered from 01 within their regency: `00` is no code in any
        // Kemendagri list, old or new, so it is an error and not the "maybe an old code"
        // warning of an unknown kecamatan.
        push(
            issues,
            fam.district_zero,
            Detail::Region(RegionCode::district(k)),
        );
        return out;
    }
    out.district = region::district(k, as_of);
    match out.district {
        None => {
            push(
                issues,
                fam.district_unknown,
                Detail::Region(RegionCode::district(k)),
            );
            report_retired(out.regency, fam, issues);
        }
        Some(district) if district.retired.is_some() => {
            report_retired(out.district, fam, issues);
        }
        Some(_) => report_retired(out.regency, fam, issues),
    }
    out
}

fn report_retired(region: Option<Region>, fam: &Family, issues: &mut Issues) {
    if let Some(r) = region {
        if r.retired.is_some() {
            push(issues, fam.region_retired, Detail::Retired(r.code));
        }
    }
}

/// Reads the first stage shared by both numbers: characters, then length. Returns the digits
/// and how many of them to decode, or `None` when an issue already ends the check.
pub(crate) fn read_and_measure(
    input: &[u8],
    partial: bool,
    fam: &Family,
    issues: &mut Issues,
) -> Option<(Digits, usize)> {
    match read(input) {
        Read::Empty => {
            push(issues, fam.empty, Detail::None);
            None
        }
        Read::Invalid { ch, pos } => {
            push(
                issues,
                fam.invalid_characters,
                Detail::Character { ch, pos },
            );
            None
        }
        Read::Spreadsheet => {
            push(issues, fam.scientific_notation, Detail::None);
            None
        }
        Read::Digits { digits, count } => {
            if count == 16 {
                Some((digits, 16))
            } else if count < 16 && partial {
                push(issues, fam.incomplete, Detail::Digits(count));
                Some((digits, count as usize))
            } else {
                push(issues, fam.length, Detail::Digits(count));
                None
            }
        }
    }
}

/// The serial, digits 13–16, reporting `0000`.
pub(crate) fn serial(d: &Digits, fam: &Family, issues: &mut Issues) -> u16 {
    let s = two(d, 12) * 100 + two(d, 14);
    if s == 0 {
        push(issues, fam.serial_zero, Detail::None);
    }
    s as u16
}

/// The date digits 7–12 as a date, given a day already mapped into 1–31.
pub(crate) fn date_of(day: u32, month: u32, yy: u32, as_of: NaiveDate) -> Option<NaiveDate> {
    date::resolve_century(day, month, yy, as_of)
}

/// Formats sixteen digits the way KTPs print them: no separators.
pub(crate) fn as_str(d: &Digits) -> &str {
    std::str::from_utf8(d).unwrap_or("")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn digits(r: Read) -> Option<(String, u32)> {
        match r {
            Read::Digits { digits, count } => Some((as_str(&digits).to_string(), count)),
            _ => None,
        }
    }

    #[test]
    fn separators_are_skipped() {
        for s in [
            "3522061205800001",
            " 3522 0612 0580 0001 ",
            "3522.0612.0580.0001",
            "352206-120580-0001",
            "3522\u{00A0}0612\u{2013}0580 0001",
            "3522\u{2009}0612\u{2009}0580\u{2009}0001",
            "3522\u{3000}0612\u{3000}0580\u{3000}0001",
            "'3522061205800001",
            "3522061205800001\r\n",
        ] {
            assert_eq!(
                digits(read(s.as_bytes())),
                Some(("3522061205800001".into(), 16)),
                "{s:?}"
            );
        }
    }

    #[test]
    fn the_first_bad_character_is_named() {
        assert_eq!(
            read("35220612058O0001".as_bytes()),
            Read::Invalid { ch: 'O', pos: 12 }
        );
        assert_eq!(read("  é1".as_bytes()), Read::Invalid { ch: 'é', pos: 3 });
        assert_eq!(
            read(b"3522\xff0612"),
            Read::Invalid {
                ch: char::REPLACEMENT_CHARACTER,
                pos: 5
            }
        );
        assert_eq!(read(b"3522/0612"), Read::Invalid { ch: '/', pos: 5 });
    }

    #[test]
    fn spreadsheet_numbers_are_recognised() {
        for s in [
            "3.52206E+15",
            "3,52206E+15",
            "3.52206e15",
            "3522061205800000.0",
            "3522061205800001.00",
            "352206120580000.0",
            " 3E+15 ",
        ] {
            assert_eq!(read(s.as_bytes()), Read::Spreadsheet, "{s}");
        }
        // Dotted NIKs are not floats.
        for s in ["3522.0612.0580.0001", "352206.120580.0001", "1.0", "3522e"] {
            assert_ne!(read(s.as_bytes()), Read::Spreadsheet, "{s}");
        }
    }

    #[test]
    fn counts_digits_beyond_sixteen_without_storing_them() {
        let long = "1".repeat(100_000);
        assert_eq!(digits(read(long.as_bytes())).map(|d| d.1), Some(100_000));
        assert_eq!(read(b"  . - "), Read::Empty);
        assert_eq!(read(b""), Read::Empty);
    }
}
