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
//! The faces apply masking after rendering (`layak nik|kk|check|claim --mask`), so the core's
//! checks never see a masked number. The WebAssembly package has no masking: a form shows a
//! person their own number.

use crate::claims::ClaimJson;
use crate::idnumber::Digits;
use crate::issue::{Code, Issue};
use crate::kk::{KkJson, KkReport};
use crate::lang::Lang;
use crate::messages::eligibility::{CheckJson, Values};
use crate::nik::{NikJson, NikReport};
use crate::rules::evaluate::Evaluation;
use chrono::NaiveDate;
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

/// Masks sixteen normalised digits in place (`352206********01`).
pub fn mask_digits(d: &mut Digits) {
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

fn mask_string(s: &mut String) {
    if let Cow::Owned(m) = mask_text(s) {
        *s = m;
    }
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

/// What else must go when a number is masked: the dates that spell out its starred digits,
/// wherever a message names them, and the messages that quote impossible date digits.
struct Hide {
    pairs: Vec<(String, &'static str)>,
}

impl Hide {
    fn new() -> Hide {
        Hide { pairs: Vec::new() }
    }

    /// Messages about impossible date digits (they quote digits 7 to 12) are replaced whole,
    /// also where a rule's message repeats them.
    fn date_problems(&mut self, issues: &[Issue], lang: Lang) {
        for i in issues {
            let nik = match i.code {
                Code::NikBirthDateInvalid => true,
                Code::KkDateInvalid => false,
                _ => continue,
            };
            let text = crate::messages::privacy::masked_date_problem(nik, lang);
            self.pairs.push((i.render(lang).message, text));
        }
    }

    /// A date as messages write it (`12 Mei 1980`).
    fn date(&mut self, d: Option<NaiveDate>, lang: Lang) {
        if let Some(d) = d {
            let text = crate::messages::privacy::masked_value(lang);
            self.pairs
                .push((crate::messages::human_date(d, lang), text));
        }
    }

    fn apply(&self, s: &mut String) {
        // Longest first, and never in the middle of a number: hiding "1 Juli 1970" must not
        // turn "11 Juli 1970" into "1[disamarkan]".
        let mut pairs: Vec<&(String, &str)> = self.pairs.iter().collect();
        pairs.sort_by_key(|(from, _)| std::cmp::Reverse(from.len()));
        for (from, to) in pairs {
            if !from.is_empty() && s.contains(from.as_str()) {
                *s = replace_whole(s, from, to);
            }
        }
        mask_string(s);
    }
}

/// Replaces `from` where it does not continue a number (no digit just before it).
fn replace_whole(s: &str, from: &str, to: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find(from) {
        let (before, after) = rest.split_at(i);
        out.push_str(before);
        let glued = out.chars().next_back().is_some_and(|c| c.is_ascii_digit());
        out.push_str(if glued { from } else { to });
        rest = &after[from.len()..];
    }
    out.push_str(rest);
    out
}

/// A NIK result with the NIK masked: in `input`, `nik` and `serial` (`**01`); the birth
/// date, which spells out digits 7 to 12, is `null` and named in no message (nor is the
/// form's birth date given for the cross-check). Sex, region and every issue code stay.
pub fn masked_nik_json(
    r: &NikReport,
    input: &str,
    lang: Lang,
    form_birth_date: Option<NaiveDate>,
) -> NikJson {
    let mut j = r.to_json(input, lang);
    j.input = mask_id(&j.input);
    j.nik = j.nik.as_deref().map(mask_id);
    j.serial = j.serial.as_deref().map(mask_serial);
    j.birth_date = None;
    let mut hide = Hide::new();
    hide.date_problems(&r.issues, lang);
    hide.date(r.birth_date, lang);
    hide.date(form_birth_date, lang);
    for i in &mut j.issues {
        hide.apply(&mut i.message);
    }
    j
}

/// A KK result with the number masked, as [`masked_nik_json`]: the recording date is `null`.
pub fn masked_kk_json(r: &KkReport, input: &str, lang: Lang) -> KkJson {
    let mut j = r.to_json(input, lang);
    j.input = mask_id(&j.input);
    j.kk = j.kk.as_deref().map(mask_id);
    j.serial = j.serial.as_deref().map(mask_serial);
    j.recorded_date = None;
    let mut hide = Hide::new();
    hide.date_problems(&r.issues, lang);
    hide.date(r.recorded_date, lang);
    for i in &mut j.issues {
        hide.apply(&mut i.message);
    }
    j
}

/// Masks the NIK and KK an evaluation carries, before it is rendered: the `identity.nik`
/// values and anything else that shows the normalised numbers. Then render, and pass the
/// result through [`mask_check_json`].
pub fn mask_evaluation(e: &mut Evaluation) {
    if let Some(d) = e.nik.as_mut().and_then(|r| r.nik.as_mut()) {
        mask_digits(d);
    }
    if let Some(d) = e.kk.as_mut().and_then(|r| r.kk.as_mut()) {
        mask_digits(d);
    }
}

/// Masks an eligibility result rendered from a masked evaluation: birth dates (from the NIK
/// or recorded, which usually agree) are `null` in the age rules' values and named in no
/// message; numbers typed anywhere are masked in messages. `recorded_birth_date` is the
/// applicant's `birth_date`, when readable. Decision, outcomes, ages and codes stay.
pub fn mask_check_json(
    j: &mut CheckJson<'_>,
    e: &Evaluation,
    recorded_birth_date: Option<NaiveDate>,
    lang: Lang,
) {
    let mut hide = Hide::new();
    if let Some(n) = &e.nik {
        hide.date_problems(&n.issues, lang);
        hide.date(n.birth_date, lang);
    }
    if let Some(k) = &e.kk {
        hide.date_problems(&k.issues, lang);
        hide.date(k.recorded_date, lang);
    }
    hide.date(recorded_birth_date, lang);
    for r in &mut j.rules {
        match &mut r.values {
            Values::AgeMin { birth_date, .. } | Values::AgeMax { birth_date, .. } => {
                *birth_date = None;
            }
            // The category is echoed as given: a number typed into it is withheld.
            Values::Category {
                category: Some(c), ..
            } if matches!(mask_text(c), Cow::Owned(_)) => {
                *c = crate::messages::privacy::masked_value(lang);
            }
            _ => {}
        }
        hide.apply(&mut r.message);
    }
    for i in &mut j.issues {
        hide.apply(&mut i.message);
    }
}

/// Masks a line of `check` that held no applicant (not JSON, not an object): its message
/// may quote the line.
pub fn mask_unreadable_json(j: &mut CheckJson<'_>) {
    for i in &mut j.issues {
        mask_string(&mut i.message);
    }
}

impl ClaimJson {
    /// Masks numbers a claim echoes from its input: unknown document codes and messages.
    /// A claim carries no NIK or KK field and its dates are not those of a number.
    pub fn masked(mut self) -> ClaimJson {
        for d in &mut self.unknown_documents {
            mask_string(d);
        }
        for i in &mut self.issues {
            mask_string(&mut i.message);
        }
        self
    }
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
    fn dates_are_hidden_whole_and_only_whole() {
        let mut hide = Hide::new();
        hide.date(NaiveDate::from_ymd_opt(1970, 7, 1), Lang::Id);
        hide.date(NaiveDate::from_ymd_opt(1970, 7, 11), Lang::Id);
        let mut s = "Formulir (11 Juli 1970), NIK (1 Juli 1970), lain 21 Juli 1970.".to_string();
        hide.apply(&mut s);
        assert_eq!(
            s,
            "Formulir ([disamarkan]), NIK ([disamarkan]), lain 21 Juli 1970."
        );
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
