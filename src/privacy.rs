//! Masking NIK and KK numbers in output that is meant to be shared.
//!
//! A NIK and a KK number are personal data (UU 27/2022 on personal data protection): with a
//! name they open bank accounts, SIM cards and loans in someone else's name, and the people
//! this module serves are the least able to undo that. Operators still need to share results:
//! a list of who was found ineligible and why, sent to the kecamatan or printed for a verval
//! meeting. A masked number keeps what such a list needs and no more:
//!
//! ```text
//!   3522061205800001  →  352206********01
//!   └─ region ─┘   └ last two: tells two people of one list apart
//! ```
//!
//! The first six digits say where the number was issued (a kecamatan, public), the last two
//! tell records apart for whoever holds the original list. The birth date and most of the
//! serial are starred.
//!
//! A number is not all that gives it away: its birth date is digits 7 to 12, and its serial
//! is digits 13 to 16. So a masked result also withholds what was decoded from the starred
//! digits: `birth_date` (NIK) and `recorded_date` (KK) are `null`, `serial` shows its last
//! two digits (`**01`), messages say `[disamarkan]` where they would name a birth or
//! recording date, a message quoting impossible date digits is replaced by one that does
//! not, and in `check` the age rules keep the age but not the birth date. Region, sex, age,
//! decision, outcomes and issue codes stay.
//!
//! What masking does **not** do: it hides numbers and dates, not people. `check`'s readable
//! output shows the name; a claim shows its own dates (death, accident), which are not a
//! number's. Masked output is for sharing within the programme, not for publishing.
//!
//! Masking is a way of rendering, not a pass over finished text: the faces ask for it
//! (`layak nik|kk|check|claim --mask`, the `mask` of [`crate::messages::Render`]) and each
//! renderer writes a number, a birth or recording date and a serial masked where it writes
//! them. This module holds only the value transformations they use; the core's checks never
//! see a masked number. The WebAssembly package has no masking: a form shows a person their
//! own number.

use std::borrow::Cow;

/// The character that replaces a hidden digit.
pub const MASK: char = '*';
/// Leading digits kept: the kecamatan code.
pub const KEEP_HEAD: usize = 6;
/// Trailing digits kept.
pub const KEEP_TAIL: usize = 2;
/// The fewest digits in a run of free text that is masked. A NIK or KK with up to four
/// digits missing is still masked; a village code (10 digits, public) or an amount in
/// rupiah is not.
pub const MIN_RUN: usize = 12;

/// Whether a character counts as a digit for masking: any Unicode number, so that a NIK
/// typed in full-width or Arabic-Indic digits (which the checks reject) is hidden too.
fn is_digit(c: char) -> bool {
    c.is_numeric()
}

/// Whether the digit at `i` (0-based among `n` digits) is hidden.
fn hidden(i: usize, n: usize) -> bool {
    i >= KEEP_HEAD && i + KEEP_TAIL < n
}

/// Masks one identity number as typed: the first six and the last two digits stay, every
/// other digit becomes `*`, and everything else (separators, a mistyped letter) stays in
/// its place, so `3522 0612 0580 0001` becomes `3522 06** **** **01`.
pub fn mask_id(input: &str) -> String {
    let n = input.chars().filter(|c| is_digit(*c)).count();
    let mut i = 0;
    input
        .chars()
        .map(|c| {
            if !is_digit(c) {
                return c;
            }
            let out = if hidden(i, n) { MASK } else { c };
            i += 1;
            out
        })
        .collect()
}

/// Masks normalised digits in place (`352206********01`).
pub fn mask_digits(d: &mut [u8]) {
    let n = d.len();
    for (i, b) in d.iter_mut().enumerate() {
        if hidden(i, n) {
            *b = MASK as u8;
        }
    }
}

/// Separators that may stand between the digits of one number in free text.
fn joins(c: char) -> bool {
    matches!(
        c,
        ' ' | '.' | '-' | '\u{00A0}' | '\u{2007}' | '\u{202F}' | '\u{2013}'
    )
}

/// Masks every number in free text (a message, a name, an echoed value) that could be a NIK
/// or KK: a run of at least [`MIN_RUN`] digits, single separators allowed between them.
/// Text without such a run is returned as it is, without copying.
pub fn mask_text(text: &str) -> Cow<'_, str> {
    let chars: Vec<char> = text.chars().collect();
    let mut runs = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if !is_digit(chars[i]) {
            i += 1;
            continue;
        }
        // A run: digits, with one separator at a time between two digits.
        let start = i;
        let mut end = i;
        let mut digits = 0;
        let mut j = i;
        while j < chars.len() {
            if is_digit(chars[j]) {
                digits += 1;
                j += 1;
                end = j;
            } else if joins(chars[j]) && chars.get(j + 1).is_some_and(|c| is_digit(*c)) {
                j += 1;
            } else {
                break;
            }
        }
        if digits >= MIN_RUN {
            runs.push((start, end, digits));
        }
        i = end.max(start + 1);
    }
    if runs.is_empty() {
        return Cow::Borrowed(text);
    }
    let mut out: Vec<char> = chars;
    for (start, end, n) in runs {
        let mut k = 0;
        for c in &mut out[start..end] {
            if is_digit(*c) {
                if hidden(k, n) {
                    *c = MASK;
                }
                k += 1;
            }
        }
    }
    Cow::Owned(out.into_iter().collect())
}

/// A serial as shown beside a masked number: its first two digits are starred, as in the
/// number (`0001` → `**01`).
pub fn mask_serial(serial: &str) -> String {
    let n = serial.chars().count();
    serial
        .chars()
        .enumerate()
        .map(|(i, c)| if i + KEEP_TAIL < n { MASK } else { c })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_nik_keeps_its_region_and_last_two_digits() {
        assert_eq!(mask_id("3522061205800001"), "352206********01");
        assert_eq!(mask_id("3522 0612 0580 0001"), "3522 06** **** **01");
        assert_eq!(mask_id("35220612058O0001"), "352206*****O**01");
        assert_eq!(mask_id(""), "");
        assert_eq!(mask_id("35220601"), "35220601");
        assert_eq!(mask_id("352206120"), "352206*20");
        // Digits the checks reject are still digits of a person's number.
        let wide: String = "3522061205800001"
            .chars()
            .map(|c| char::from_u32(c as u32 - '0' as u32 + 0xFF10).unwrap_or(c))
            .collect();
        let masked = mask_id(&wide);
        assert_eq!(masked.chars().filter(|c| *c == MASK).count(), 8, "{masked}");
        assert!(masked.starts_with("３５２２０６") && masked.ends_with("０１"));
        let mut d = *b"3522061205800001";
        mask_digits(&mut d);
        assert_eq!(&d, b"352206********01");
    }

    #[test]
    fn free_text_hides_long_numbers_only() {
        assert_eq!(
            mask_text("NIK 3522061205800001 dan 3522-0612-0580-0002."),
            "NIK 352206********01 dan 3522-06**-****-**02."
        );
        for keep in [
            "Kode desa 35.22.06.2001 berada di Kabupaten Ngawi.",
            "Rp35.903.000.000, tanggal 2025-06-01",
            "Usia 45 tahun, batas 65 tahun.",
        ] {
            assert!(matches!(mask_text(keep), Cow::Borrowed(_)), "{keep}");
        }
        // Two separators in a row end a run: two short numbers stay apart.
        assert_eq!(mask_text("352206 - 120580"), "352206 - 120580");
        assert_eq!(mask_text("x352206120580y"), "x352206****80y");
    }

    #[test]
    fn a_serial_keeps_its_last_two_digits() {
        assert_eq!(mask_serial("0001"), "**01");
        assert_eq!(mask_serial("12"), "12");
    }

    #[test]
    fn masking_is_idempotent() {
        for s in [
            "3522061205800001",
            "3522 0612 0580 0001",
            "a 3522061205800001 b",
        ] {
            let once = mask_text(s).into_owned();
            assert_eq!(mask_text(&once), once);
            let once = mask_id(s);
            assert_eq!(mask_id(&once), once);
        }
    }
}
