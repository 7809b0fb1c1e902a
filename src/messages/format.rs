//! How numbers, dates, money and words are written in Indonesian and English: `12 Mei 1980`,
//! `Rp16.800`, `35.903.000.000`, `5 tahun`. Every message uses these, so a date or an amount
//! looks the same in every sentence.

use crate::lang::Lang;
use crate::sex::Sex;
use chrono::{Datelike, NaiveDate};

const MONTHS_ID: [&str; 12] = [
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
];
const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// The name of month 1–12 (`"?"` outside that range).
pub fn month_name(month: u32, lang: Lang) -> &'static str {
    let names = match lang {
        Lang::Id => &MONTHS_ID,
        Lang::En => &MONTHS_EN,
    };
    month
        .checked_sub(1)
        .and_then(|i| names.get(i as usize))
        .copied()
        .unwrap_or("?")
}

/// A date as people write it: `12 Mei 1980`, `12 May 1980`.
pub fn human_date(d: NaiveDate, lang: Lang) -> String {
    format!("{} {} {}", d.day(), month_name(d.month(), lang), d.year())
}

/// The word for a sex.
pub fn sex_word(s: Sex, lang: Lang) -> &'static str {
    match (s, lang) {
        (Sex::M, Lang::Id) => "laki-laki",
        (Sex::F, Lang::Id) => "perempuan",
        (Sex::M, Lang::En) => "male",
        (Sex::F, Lang::En) => "female",
    }
}

/// Chooses between two already written texts (the claims messages use this form).
pub(crate) fn pick(lang: Lang, id: String, en: String) -> String {
    match lang {
        Lang::Id => id,
        Lang::En => en,
    }
}

/// Digits grouped by thousands: `35.903.000.000` in Indonesian, `35,903,000,000` in English.
pub fn grouped(n: u64, lang: Lang) -> String {
    let sep = match lang {
        Lang::Id => '.',
        Lang::En => ',',
    };
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(sep);
        }
        out.push(c);
    }
    out
}

/// An amount of money: `Rp16.800`, `Rp16,800`.
pub fn rupiah(n: u64, lang: Lang) -> String {
    format!("Rp{}", grouped(n, lang))
}

/// A number of people.
pub fn count(n: u64, lang: Lang) -> String {
    match lang {
        Lang::Id => format!("{} orang", grouped(n, lang)),
        Lang::En => format!("{} people", grouped(n, lang)),
    }
}

/// A number of years.
pub fn years(n: u32, lang: Lang) -> String {
    match lang {
        Lang::Id => format!("{n} tahun"),
        Lang::En => format!("{n} years"),
    }
}

pub(crate) fn pick_str(lang: Lang, id: &'static str, en: &'static str) -> &'static str {
    match lang {
        Lang::Id => id,
        Lang::En => en,
    }
}

/// At most 40 characters of something the applicant typed, so a message stays short.
pub(crate) fn shorten(s: &str) -> String {
    let mut out: String = s.chars().filter(|c| !c.is_control()).take(40).collect();
    if s.chars().count() > 40 {
        out.push('…');
    }
    out
}

/// The text with its first letter in capitals. The texts are our own Indonesian and English
/// words, so ASCII is enough (and keeps Unicode's case tables out of the WebAssembly build).
pub(crate) fn capitalised(s: &str) -> String {
    let mut out = s.to_string();
    if let Some(first) = out.get_mut(..1) {
        first.make_ascii_uppercase();
    }
    out
}
