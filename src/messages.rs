//! Every text a person reads, in Indonesian and English, in one place.
//!
//! Readers include village operators and heirs with little schooling, so messages are short,
//! plain and kind: they say what is wrong in everyday words and, where possible, what to do.
//! Indonesian is the default; English follows the same sentences. A translator can work on
//! this file alone.
//!
//! The faces never write their own text: the CLI's headings and the web app's labels come
//! from [`Label`], and issue messages from [`issue_message`].

use crate::confidence::Confidence;
use crate::issue::{Code, DateProblem, Detail, Issue, Severity};
use crate::lang::Lang;
use crate::region::{self, Level, RegionCode, VillageKind};
use crate::rules::applicant::{Applicant, Citizenship, Occupation, Program};
use crate::rules::evaluate::{Age, DateSource, Evaluation, Reason, RuleResult};
use crate::rules::params::{ParamsError, ParamsErrorKind, Resolved};
use crate::rules::{Decision, Outcome, RuleId};
use crate::sex::Sex;
use chrono::{Datelike, NaiveDate};

pub mod claims;
pub mod face;
pub mod privacy;
pub mod screen;
pub mod workbook;

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

/// The text in `lang`. A macro, so only the chosen language's text is ever formatted.
/// Chooses between two already written texts (the claims messages use this form).
pub(crate) fn pick(lang: Lang, id: String, en: String) -> String {
    match lang {
        Lang::Id => id,
        Lang::En => en,
    }
}

macro_rules! pick {
    ($lang:expr, $id:expr, $en:expr $(,)?) => {
        match $lang {
            $crate::lang::Lang::Id => $id,
            $crate::lang::Lang::En => $en,
        }
    };
}

fn region_name(code: RegionCode) -> &'static str {
    region::lookup(code, NaiveDate::MAX)
        .map(|r| r.name)
        .unwrap_or("?")
}

fn char_shown(ch: char) -> String {
    match ch {
        char::REPLACEMENT_CHARACTER => "�".to_string(),
        c if c.is_control() => format!("U+{:04X}", c as u32),
        c => c.to_string(),
    }
}

/// The message of an issue in `lang`.
pub fn issue_message(issue: &Issue, lang: Lang) -> String {
    use Code::*;
    if issue.code.as_str().starts_with("claim.") {
        return claims::issue_message(issue, lang);
    }
    let d = issue.detail;
    let (what_id, what_en) = match issue.code.as_str().split('.').next() {
        Some("kk") => ("Nomor KK", "The KK number"),
        _ if issue.code == Code::ApplicantKkNotText => ("Nomor KK", "The KK number"),
        _ => ("NIK", "The NIK"),
    };
    match issue.code {
        NikEmpty | KkEmpty => pick!(
            lang,
            format!("{what_id} belum diisi."),
            format!("{what_en} is empty."),
        ),
        NikInvalidCharacters | KkInvalidCharacters => {
            let (ch, pos) = match d {
                Detail::Character { ch, pos } => (char_shown(ch), pos),
                _ => ("?".into(), 0),
            };
            pick!(
                lang,
                format!("{what_id} hanya boleh berisi angka. Ada tanda \"{ch}\" di urutan ke-{pos}."),
                format!("{what_en} may contain only digits. There is \"{ch}\" at position {pos}."),
            )
        }
        NikScientificNotation | KkScientificNotation => pick!(
            lang,
            format!("{what_id} ini sudah diubah spreadsheet menjadi angka desimal (misalnya 3,52206E+15), sehingga digit terakhirnya hilang. Ketik ulang dari KTP atau KK, dan atur kolomnya sebagai Teks."),
            format!("{what_en} was turned into a decimal number by a spreadsheet (such as 3.52206E+15), so its last digits are lost. Type it again from the KTP or KK and format the column as Text."),
        ),
        NikLength | KkLength => {
            let n = match d {
                Detail::Digits(n) => n,
                _ => 0,
            };
            pick!(
                lang,
                format!("{what_id} harus 16 digit, yang diisi {n} digit."),
                format!("{what_en} must have 16 digits; this one has {n}."),
            )
        }
        NikIncomplete | KkIncomplete => {
            let n = match d {
                Detail::Digits(n) => n,
                _ => 0,
            };
            pick!(
                lang,
                format!("Baru {n} dari 16 digit."),
                format!("{n} of 16 digits so far."),
            )
        }
        NikProvinceUnknown | KkProvinceUnknown => {
            let c = code_of(d);
            pick!(
                lang,
                format!("Kode provinsi {c} (2 digit pertama) tidak dikenal. Periksa lagi angka di KTP atau KK."),
                format!("Province code {c} (the first 2 digits) is unknown. Check the digits on the KTP or KK again."),
            )
        }
        NikRegencyUnknown | KkRegencyUnknown => {
            let c = code_of(d);
            pick!(
                lang,
                format!("Kode kabupaten/kota {c} (4 digit pertama) tidak dikenal. Periksa lagi angka di KTP atau KK."),
                format!("Regency/city code {c} (the first 4 digits) is unknown. Check the digits on the KTP or KK again."),
            )
        }
        NikDistrictUnknown | KkDistrictUnknown => {
            let c = code_of(d);
            pick!(
                lang,
                format!("Kode kecamatan {c} (6 digit pertama) tidak ada di daftar Kemendagri. Mungkin kode lama; cocokkan dengan KTP atau KK."),
                format!("Kecamatan code {c} (the first 6 digits) is not in the Kemendagri list. It may be an old code; compare with the KTP or KK."),
            )
        }
        NikRegionRetired | KkRegionRetired => retired_message(d, lang, what_id, what_en),
        NikBirthDateInvalid => date_message(d, lang, true),
        KkDateInvalid => date_message(d, lang, false),
        NikSerialZero => pick!(
            lang,
            "Nomor urut NIK (4 digit terakhir) tidak boleh 0000.".into(),
            "The NIK's serial number (the last 4 digits) cannot be 0000.".into(),
        ),
        KkSerialZero => pick!(
            lang,
            "Nomor urut keluarga di nomor KK (4 digit terakhir) tidak boleh 0000.".into(),
            "The family serial in the KK number (the last 4 digits) cannot be 0000.".into(),
        ),
        NikBirthDatePlaceholder => {
            let date = match d {
                Detail::On(b) => b,
                _ => NaiveDate::MIN,
            };
            pick!(
                lang,
                format!(
                    "Tanggal lahir {} sering dipakai Dukcapil bila tanggal lahir sebenarnya tidak diketahui, jadi umur bisa kurang tepat.",
                    human_date(date, Lang::Id)
                ),
                format!(
                    "A birth date of {} is often recorded by Dukcapil when the real date is unknown, so the age may be approximate.",
                    human_date(date, Lang::En)
                ),
            )
        }
        NikBirthDateMismatch => {
            let (form, nik) = match d {
                Detail::BirthDates { form, nik } => (form, nik),
                _ => (NaiveDate::MIN, NaiveDate::MIN),
            };
            pick!(
                lang,
                format!(
                    "Tanggal lahir di formulir ({}) berbeda dengan tanggal di NIK ({}). Ini bisa terjadi bila tanggal lahir pernah dibetulkan; mohon cocokkan dengan KTP dan KK.",
                    human_date(form, Lang::Id),
                    human_date(nik, Lang::Id)
                ),
                format!(
                    "The birth date on the form ({}) differs from the one in the NIK ({}). This happens when a birth date was corrected; please compare with the KTP and KK.",
                    human_date(form, Lang::En),
                    human_date(nik, Lang::En)
                ),
            )
        }
        ApplicantNikNotText | ApplicantKkNotText => pick!(
            lang,
            format!("{what_id} harus diisi sebagai teks, bukan angka: angka 16 digit bisa kehilangan digit terakhirnya."),
            format!("{what_en} must be given as text, not as a number: a 16-digit number can lose its last digits."),
        ),
        ApplicantBirthDateInvalid => pick!(
            lang,
            "Tanggal lahir tidak bisa dibaca; tulis seperti 1980-05-12 atau 12/05/1980.".into(),
            "The birth date cannot be read; write it like 1980-05-12 or 12/05/1980.".into(),
        ),
        ApplicantBirthDateFuture => {
            let b = match d {
                Detail::On(b) => b,
                _ => NaiveDate::MIN,
            };
            pick!(
                lang,
                format!("Tanggal lahir {} jatuh setelah tanggal pemeriksaan; periksa lagi tahunnya.", human_date(b, Lang::Id)),
                format!("The birth date {} is after the date of the check; please check the year.", human_date(b, Lang::En)),
            )
        }
        ApplicantSexInvalid => pick!(
            lang,
            "Jenis kelamin tidak dikenal; tulis L atau P.".into(),
            "The sex is not recognised; write M or F (L or P).".into(),
        ),
        ApplicantCitizenshipInvalid => pick!(
            lang,
            "Kewarganegaraan tidak dikenal; tulis WNI atau WNA.".into(),
            "The citizenship is not recognised; write WNI or WNA.".into(),
        ),
        ApplicantVillageCodeInvalid => pick!(
            lang,
            "Kode desa tidak bisa dibaca; tulis 10 digit kode Kemendagri, misalnya 35.22.06.2001.".into(),
            "The village code cannot be read; write the 10-digit Kemendagri code, e.g. 35.22.06.2001.".into(),
        ),
        ApplicantProgramUnknown => pick!(
            lang,
            "Program tidak dikenal; pilih rentan atau insentif.".into(),
            "The programme is not recognised; choose rentan or insentif.".into(),
        ),
        ApplicantCategoryUnknown => pick!(
            lang,
            "Kategori ini tidak ada di daftar program; pilih dari daftar.".into(),
            "This category is not on the programme lists; choose one from the list.".into(),
        ),
        ApplicantOccupationUnknown => pick!(
            lang,
            format!("Status pekerjaan tidak dikenal; pilih {OCCUPATION_CODES}."),
            format!("The occupation is not recognised; choose {OCCUPATION_CODES_EN}."),
        ),
        ApplicantInPovertyDataInvalid => pick!(
            lang,
            "Isian terdata di data kemiskinan tidak bisa dibaca; tulis ya atau tidak.".into(),
            "The answer on the poverty data cannot be read; write yes or no.".into(),
        ),
        ApplicantAlreadyEnrolledInvalid => pick!(
            lang,
            "Isian sudah terdaftar di BPJS Ketenagakerjaan tidak bisa dibaca; tulis ya atau tidak.".into(),
            "The answer on existing BPJS Ketenagakerjaan enrolment cannot be read; write yes or no.".into(),
        ),
        ApplicantMalformed => {
            let (line, column) = at(d);
            pick!(
                lang,
                format!("Baris {line} bukan JSON yang bisa dibaca (kolom {column}). Tiap baris harus satu objek JSON, misalnya {{\"nik\": \"3522061205800001\"}}."),
                format!("Line {line} is not readable JSON (column {column}). Each line must be one JSON object, e.g. {{\"nik\": \"3522061205800001\"}}."),
            )
        }
        ApplicantNotObject => {
            let (line, _) = at(d);
            pick!(
                lang,
                format!("Baris {line} bukan satu objek JSON berisi data pemohon, misalnya {{\"nik\": \"3522061205800001\"}}."),
                format!("Line {line} is not one JSON object with an applicant's data, e.g. {{\"nik\": \"3522061205800001\"}}."),
            )
        }
        ApplicantEmpty => {
            let (line, _) = at(d);
            pick!(
                lang,
                format!("Baris {line} kosong: tidak ada data pemohon."),
                format!("Line {line} is empty: it holds no applicant."),
            )
        }
        NikSexMismatch => {
            let (form, nik) = match d {
                Detail::Sexes { form, nik } => (form, nik),
                _ => (Sex::M, Sex::F),
            };
            pick!(
                lang,
                format!(
                    "Jenis kelamin di formulir ({}) berbeda dengan NIK ({}). Mohon cocokkan dengan KTP.",
                    sex_word(form, Lang::Id),
                    sex_word(nik, Lang::Id)
                ),
                format!(
                    "The sex on the form ({}) differs from the NIK ({}). Please compare with the KTP.",
                    sex_word(form, Lang::En),
                    sex_word(nik, Lang::En)
                ),
            )
        }
        // The claim codes returned above.
        _ => claims::issue_message(issue, lang),
    }
}

const OCCUPATION_CODES: &str =
    "none, pns, cpns, pppk, tni, polri, pejabat_negara atau pekerja_penerima_upah";
const OCCUPATION_CODES_EN: &str =
    "none, pns, cpns, pppk, tni, polri, pejabat_negara or pekerja_penerima_upah";

fn at(d: Detail) -> (u64, u64) {
    match d {
        Detail::At { line, column } => (line, column),
        _ => (0, 0),
    }
}

fn code_of(d: Detail) -> String {
    match d {
        Detail::Region(c) | Detail::Retired(c) => c.to_string(),
        _ => "?".into(),
    }
}

fn retired_message(d: Detail, lang: Lang, what_id: &str, what_en: &str) -> String {
    let Detail::Retired(code) = d else {
        return String::new();
    };
    let found = region::lookup(code, NaiveDate::MAX);
    let name = found.map(|r| r.name).unwrap_or("?");
    let Some(ret) = found.and_then(|r| r.retired) else {
        return pick!(
            lang,
            format!("Kode wilayah {code} ({name}) sudah tidak dipakai."),
            format!("Region code {code} ({name}) is no longer in use."),
        );
    };
    let succ = ret.successor;
    let succ_name = region_name(succ);
    let since_id = human_date(ret.cause.since(), Lang::Id);
    let since_en = human_date(ret.cause.since(), Lang::En);
    let prov = ret.cause.province;
    let law = ret.cause.law;
    pick!(
        lang,
        format!("Kode wilayah {code} ({name}) sudah diganti: sejak {since_id} wilayahnya masuk Provinsi {prov} ({law}) dengan kode {succ} ({succ_name}). {what_id} lama tetap berlaku seumur hidup."),
        format!("Region code {code} ({name}) has been replaced: since {since_en} its area belongs to the province of {prov} ({law}) as {succ} ({succ_name}). {what_en} stays valid for life."),
    )
}

fn date_message(d: Detail, lang: Lang, nik: bool) -> String {
    let Detail::Date(p) = d else {
        return String::new();
    };
    match p {
        DateProblem::Day(day) if nik => pick!(
            lang,
            format!("Angka tanggal lahir di NIK ({day:02}, digit ke-7 dan ke-8) tidak mungkin: untuk laki-laki 01–31, untuk perempuan 41–71."),
            format!("The birth day in the NIK ({day:02}, digits 7 and 8) is impossible: 01–31 for men, 41–71 for women."),
        ),
        DateProblem::Day(day) => pick!(
            lang,
            format!("Angka tanggal di nomor KK ({day:02}, digit ke-7 dan ke-8) bukan tanggal 01–31. Periksa lagi angka di KK."),
            format!("The day in the KK number ({day:02}, digits 7 and 8) is not 01–31. Check the digits on the KK again."),
        ),
        DateProblem::Month(m) => {
            let (id, en) = if nik {
                ("bulan lahir di NIK", "birth month in the NIK")
            } else {
                ("bulan di nomor KK", "month in the KK number")
            };
            pick!(
                lang,
                format!("Angka {id} ({m:02}, digit ke-9 dan ke-10) tidak ada: bulan harus 01–12."),
                format!("The {en} ({m:02}, digits 9 and 10) does not exist: months are 01–12."),
            )
        }
        DateProblem::NoSuchDay { day, month, year } => {
            let where_id = if nik { "NIK" } else { "nomor KK" };
            let where_en = if nik { "the NIK" } else { "the KK number" };
            let (mid, men) = (
                month_name(u32::from(month), Lang::Id),
                month_name(u32::from(month), Lang::En),
            );
            if (day, month) == (29, 2) && year % 4 != 0 {
                pick!(
                    lang,
                    format!("Tanggal di {where_id} 29 Februari, padahal tahun ..{year:02} bukan tahun kabisat (digit ke-7 sampai ke-12)."),
                    format!("The date in {where_en} is 29 February, but year ..{year:02} is not a leap year (digits 7 to 12)."),
                )
            } else if (day, month) == (29, 2) {
                pick!(
                    lang,
                    format!("Tanggal di {where_id} 29 Februari ..{year:02} jatuh setelah tanggal pemeriksaan."),
                    format!("The date in {where_en}, 29 February ..{year:02}, falls after the date of the check."),
                )
            } else {
                pick!(
                    lang,
                    format!("Tanggal di {where_id}, {day} {mid}, tidak ada di kalender (digit ke-7 sampai ke-12)."),
                    format!("The date in {where_en}, {day} {men}, is not a calendar date (digits 7 to 12)."),
                )
            }
        }
    }
}

/// The message for an option that cannot be used, in `lang`. The faces print it on the
/// single stderr line of exit code 2, or put it in the thrown JavaScript error.
pub fn option_error_message(e: &crate::options::OptionError, lang: Lang) -> String {
    use crate::options::OptionError::*;
    match e {
        AsOf(s) => pick!(
            lang,
            format!("tanggal pemeriksaan {s:?} tidak bisa dibaca; tulis sebagai TAHUN-BULAN-TANGGAL, misalnya 2025-06-01"),
            format!("the as-of date {s:?} cannot be read; write it as YEAR-MONTH-DAY, e.g. 2025-06-01"),
        ),
        Lang(s) => pick!(
            lang,
            format!("bahasa {s:?} tidak dikenal; pilih id atau en"),
            format!("language {s:?} is unknown; choose id or en"),
        ),
        BirthDate(s) => pick!(
            lang,
            format!("tanggal lahir {s:?} tidak bisa dibaca; tulis sebagai 1980-05-12 atau 12/05/1980"),
            format!("birth date {s:?} cannot be read; write it as 1980-05-12 or 12/05/1980"),
        ),
        Sex(s) => pick!(
            lang,
            format!("jenis kelamin {s:?} tidak dikenal; tulis L atau P"),
            format!("sex {s:?} is unknown; write M or F (L or P)"),
        ),
    }
}

/// Fixed words and headings the faces show around results.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Label {
    /// A number without errors.
    Valid,
    /// A number with an error.
    Invalid,
    /// Prefix of the birth line.
    Born,
    /// The serial number.
    Serial,
    /// The recording date of a KK.
    Recorded,
    /// A retired code.
    RetiredCode,
    /// An error line.
    SeverityError,
    /// A warning line.
    SeverityWarning,
    /// An info line.
    SeverityInfo,
    /// Summary: how many were checked.
    Checked,
    /// Summary: how many were valid.
    ValidCount,
    /// Summary: how many were not.
    InvalidCount,
    /// Line number prefix.
    Line,
    /// Region data: the decree.
    DataDecree,
    /// Region data: later amendments.
    DataAmended,
    /// Region data: extraction date.
    DataExtracted,
    /// Region data: where it was extracted from.
    DataSource,
    /// Region data: the older lists compared.
    DataRetiredFrom,
    /// Region data: what it holds.
    DataContents,
    /// Region data: the laws that retired codes.
    DataRetirements,
    /// "since" before a date.
    Since,
    /// Provinces.
    Provinces,
    /// Regencies and cities.
    Regencies,
    /// Kecamatan.
    Districts,
    /// Old (retired) codes.
    RetiredCodes,
    /// Bojonegoro villages.
    BojonegoroVillages,
    /// Replaced by.
    ReplacedBy,
    /// Code not found.
    NotFound,
    /// Village lists exist only for Bojonegoro.
    VillagesOnlyBojonegoro,
    /// Desa.
    Desa,
    /// Kelurahan.
    Kelurahan,
    /// Summary: how many applicants were eligible.
    EligibleCount,
    /// Summary: how many were ineligible.
    IneligibleCount,
    /// Summary: how many need a person to look.
    ReviewCount,
    /// Summary: lines that held no applicant.
    UnreadableCount,
    /// A line that held no applicant.
    Unreadable,
    /// "programme" before a programme's name.
    Programme,
    /// "parameters" before a set's id.
    Parameters,
    /// Heading of `layak params`.
    ParameterSet,
    /// "in force on" before a date.
    InForceOn,
    /// The legal basis of a value.
    Basis,
    /// A note on a value.
    Note,
    /// Other values of a parameter.
    OtherValues,
    /// A parameter without a value on the date.
    NoValue,
    /// The monthly contribution per person.
    MonthlyContribution,
}

impl Label {
    /// The words in `lang`.
    pub fn text(self, lang: Lang) -> &'static str {
        use Label::*;
        let (id, en) = match self {
            Valid => ("sah", "valid"),
            Invalid => ("tidak sah", "not valid"),
            Born => ("lahir", "born"),
            Serial => ("nomor urut", "serial"),
            Recorded => ("dicatat", "recorded"),
            RetiredCode => ("kode lama", "old code"),
            SeverityError => ("SALAH", "ERROR"),
            SeverityWarning => ("PERIKSA", "CHECK"),
            SeverityInfo => ("INFO", "NOTE"),
            Checked => ("diperiksa", "checked"),
            ValidCount => ("sah", "valid"),
            InvalidCount => ("tidak sah", "not valid"),
            Line => ("baris", "line"),
            DataDecree => ("Data wilayah", "Region data"),
            DataAmended => ("Perubahan", "Amended by"),
            DataExtracted => ("Diekstrak", "Extracted"),
            DataSource => ("Sumber", "Source"),
            DataRetiredFrom => ("Kode lama dari", "Old codes from"),
            DataContents => ("Isi", "Contents"),
            DataRetirements => ("Kode lama (pemekaran Papua)", "Old codes (Papua splits)"),
            Since => ("sejak", "since"),
            Provinces => ("provinsi", "provinces"),
            Regencies => ("kabupaten/kota", "regencies/cities"),
            Districts => ("kecamatan", "kecamatan"),
            RetiredCodes => ("kode lama", "old codes"),
            BojonegoroVillages => ("desa/kelurahan Bojonegoro", "Bojonegoro villages"),
            ReplacedBy => ("diganti", "replaced by"),
            NotFound => ("tidak ditemukan", "not found"),
            VillagesOnlyBojonegoro => (
                "daftar desa hanya tersedia untuk Kabupaten Bojonegoro",
                "village lists are available for Kabupaten Bojonegoro only",
            ),
            Desa => ("desa", "desa"),
            Kelurahan => ("kelurahan", "kelurahan"),
            EligibleCount => ("layak", "eligible"),
            IneligibleCount => ("tidak layak", "ineligible"),
            ReviewCount => ("perlu diperiksa", "to review"),
            UnreadableCount => ("tidak terbaca", "unreadable"),
            Unreadable => ("TIDAK TERBACA", "UNREADABLE"),
            Programme => ("program", "programme"),
            Parameters => ("parameter", "parameters"),
            ParameterSet => ("Parameter", "Parameter set"),
            InForceOn => ("berlaku pada", "in force on"),
            Basis => ("dasar", "basis"),
            Note => ("catatan", "note"),
            OtherValues => ("nilai lain", "other values"),
            NoValue => ("tidak ada nilai", "no value"),
            MonthlyContribution => (
                "Iuran per orang per bulan (JKK + JKM)",
                "Contribution per person per month (JKK + JKM)",
            ),
        };
        match lang {
            Lang::Id => id,
            Lang::En => en,
        }
    }
}

/// The labels of the web app, by key: (key, Indonesian, English). The page marks each text
/// with its key (`data-t="reg.nik"`) and takes the words from here, so switching language
/// and translating happen in this file only.
#[cfg(not(target_arch = "wasm32"))]
#[rustfmt::skip]
const UI: &[(&str, &str, &str)] = &[
    ("app.title", "Layak: pendaftaran dan klaim BPJS Ketenagakerjaan", "Layak: BPJS Ketenagakerjaan registration and claims"),
    ("app.subtitle", "Kabupaten Bojonegoro · pekerja rentan dan penerima insentif daerah", "Bojonegoro Regency · vulnerable workers and village incentive recipients"),
    ("app.loading", "Memuat…", "Loading…"),
    ("app.ready", "Siap.", "Ready."),
    ("app.offline_ready", "Siap dipakai, juga tanpa sinyal.", "Ready, also without signal."),
    ("app.clear", "Hapus data", "Clear data"),
    ("app.cleared", "Semua isian sudah dihapus dari layar ini.", "Everything entered has been cleared from this screen."),
    ("nav.register", "Pendaftaran", "Registration"),
    ("nav.claim", "Klaim", "Claims"),
    ("nav.screen", "Saring data", "Screen data"),
    ("severity.error", "Salah", "Error"),
    ("severity.warning", "Periksa", "Check"),
    ("severity.info", "Info", "Note"),
    ("region.old_code", "kode lama", "old code"),
    ("region.kelurahan", "kelurahan", "kelurahan"),
    ("nik.born", "lahir", "born"),
    ("kk.recorded", "dicatat", "recorded"),
    ("reg.identity", "Identitas", "Identity"),
    ("reg.nik", "NIK (16 digit di KTP)", "NIK (16 digits on the KTP)"),
    ("reg.kk", "Nomor KK (16 digit di Kartu Keluarga)", "KK number (16 digits on the family card)"),
    ("reg.name", "Nama lengkap", "Full name"),
    ("reg.birth_date", "Tanggal lahir", "Date of birth"),
    ("reg.sex", "Jenis kelamin", "Sex"),
    ("reg.sex_m", "Laki-laki", "Male"),
    ("reg.sex_f", "Perempuan", "Female"),
    ("reg.citizenship", "Kewarganegaraan", "Citizenship"),
    ("reg.wni", "WNI (warga negara Indonesia)", "WNI (Indonesian citizen)"),
    ("reg.wna", "WNA (warga negara asing)", "WNA (foreign citizen)"),
    ("reg.address", "Alamat", "Address"),
    ("reg.kecamatan", "Kecamatan", "Kecamatan (district)"),
    ("reg.desa", "Desa / kelurahan", "Desa / kelurahan (village)"),
    ("reg.choose", "— pilih —", "— choose —"),
    ("reg.program", "Program", "Programme"),
    ("reg.program_rentan", "Pekerja rentan", "Vulnerable worker"),
    ("reg.program_insentif", "Penerima insentif daerah", "Village incentive recipient"),
    ("reg.category", "Kategori pekerjaan", "Work category"),
    ("reg.occupation", "Status pekerjaan", "Employment status"),
    ("reg.poverty", "Terdata di DAMISDA / DTSEN (data warga miskin)", "Listed in DAMISDA / DTSEN (poverty data)"),
    ("reg.enrolled", "Sudah terdaftar BPJS Ketenagakerjaan", "Already a BPJS Ketenagakerjaan member"),
    ("reg.submit", "Periksa kelayakan", "Check eligibility"),
    ("reg.reset", "Kosongkan formulir", "Clear the form"),
    ("decision.eligible", "LAYAK", "ELIGIBLE"),
    ("decision.ineligible", "TIDAK LAYAK", "NOT ELIGIBLE"),
    ("decision.review", "PERLU DIPERIKSA PETUGAS", "A PERSON MUST CHECK"),
    ("decision.none", "TIDAK BISA DIPERIKSA", "CANNOT BE CHECKED"),
    ("decision.as_of", "Diperiksa per", "Checked as of"),
    ("decision.parameters", "aturan", "rules"),
    ("decision.basis", "dasar", "basis"),
    ("outcome.pass", "sesuai", "passes"),
    ("outcome.fail", "tidak sesuai", "fails"),
    ("outcome.review", "perlu diperiksa", "needs checking"),
    ("outcome.skip", "tidak berlaku", "does not apply"),
    ("screen.intro", "Pilih berkas calon peserta (CSV atau XLSX). Berkas diperiksa di perangkat ini saja, tidak dikirim ke mana pun.", "Choose a file of candidates (CSV or XLSX). It is checked on this device only and sent nowhere."),
    ("screen.file", "Berkas calon peserta", "File of candidates"),
    ("screen.as_of", "Tanggal acuan umur dan aturan (kosong: hari ini)", "Date for ages and rules (empty: today)"),
    ("screen.start", "Saring", "Screen"),
    ("screen.running", "Menyaring…", "Screening…"),
    ("screen.done", "Selesai", "Done"),
    ("screen.rows", "baris", "rows"),
    ("screen.locale", "id-ID", "en-GB"),
    ("screen.eligible", "layak", "eligible"),
    ("screen.ineligible", "tidak layak", "ineligible"),
    ("screen.review", "perlu diperiksa", "to check"),
    ("screen.errors", "tidak terbaca", "unreadable"),
    ("screen.kecamatan", "Kecamatan", "Kecamatan"),
    ("screen.unknown", "tidak diketahui", "unknown"),
    ("screen.download", "Unduh", "Download"),
    ("screen.downloads", "Berkas hasil", "Result files"),
    ("screen.by_reason", "Alasan tidak layak", "Reasons for ineligible"),
    ("screen.by_district", "Per kecamatan", "By kecamatan"),
    ("screen.no_enrolment", "Berkas tidak punya kolom sudah_terdaftar: kepesertaan BPJS yang sudah ada tidak diperiksa.", "The file has no sudah_terdaftar column: existing BPJS membership was not checked."),
    ("claim.what", "Klaim apa?", "Which claim?"),
    ("claim.type_jkm", "JKM: meninggal bukan karena kecelakaan kerja", "JKM: death not caused by a work accident"),
    ("claim.type_jkk", "JKK: kecelakaan kerja", "JKK: work accident"),
    ("claim.type_beasiswa", "Beasiswa anak", "Children's scholarship"),
    ("claim.dates", "Tanggal", "Dates"),
    ("claim.death_date", "Tanggal meninggal", "Date of death"),
    ("claim.accident_date", "Tanggal kecelakaan kerja", "Date of the work accident"),
    ("claim.reported_date", "Tanggal kematian dilaporkan ke desa/Dukcapil", "Date the death was reported to the desa/Dukcapil"),
    ("claim.membership_start", "Mulai menjadi peserta", "Membership start"),
    ("claim.complete_date", "Berkas lengkap diterima BPJS", "Complete file received by BPJS"),
    ("claim.accident", "Kecelakaan kerja", "Work accident"),
    ("claim.outcome", "Akibat kecelakaan", "Result of the accident"),
    ("claim.outcome_recovered", "Dirawat dan sembuh", "Treated and recovered"),
    ("claim.outcome_partial", "Cacat sebagian", "Partial disability"),
    ("claim.outcome_total", "Cacat total tetap", "Total permanent disability"),
    ("claim.outcome_death", "Meninggal", "Died"),
    ("claim.income", "Penghasilan yang dilaporkan ke BPJS (Rp per bulan)", "Income reported to BPJS (Rp per month)"),
    ("claim.traffic", "Kecelakaan lalu lintas", "Road accident"),
    ("claim.children", "Anak yang mengajukan beasiswa (paling banyak 2)", "Children applying for the scholarship (at most 2)"),
    ("claim.child1", "Anak pertama: jenjang sekolah", "First child: school level"),
    ("claim.child2", "Anak kedua: jenjang sekolah", "Second child: school level"),
    ("claim.level_sd", "TK/SD", "Kindergarten/primary (TK/SD)"),
    ("claim.level_smp", "SMP", "Lower secondary (SMP)"),
    ("claim.level_sma", "SMA/SMK", "Upper secondary (SMA/SMK)"),
    ("claim.level_pt", "Perguruan tinggi/pelatihan", "Higher education/training"),
    ("claim.level_belum_sekolah", "Belum sekolah", "Not yet at school"),
    ("claim.heir", "Yang mengajukan (ahli waris)", "Who applies (the heir)"),
    ("claim.relation", "Hubungan dengan peserta", "Relation to the participant"),
    ("claim.minor", "Ahli waris belum 18 tahun", "The heir is under 18"),
    ("claim.represented", "Diurus oleh orang lain (dengan surat kuasa)", "Filed by someone else (with a power of attorney)"),
    ("claim.signature", "Tanda tangan", "Signature"),
    ("claim.sig_signature", "Tanda tangan", "Signature"),
    ("claim.sig_thumbprint", "Cap jempol", "Thumbprint"),
    ("claim.family", "Keluarga peserta yang masih hidup", "The participant's living family"),
    ("claim.documents", "Dokumen yang sudah ada (centang)", "Documents already in hand (tick)"),
    ("claim.print", "Cetak daftar", "Print the list"),
    ("claim.or", "atau", "or"),
    ("claim.optional", "tidak wajib", "not required"),
    ("claim.payment_due", "BPJS wajib membayar paling lambat", "BPJS must pay by"),
    ("claim.working_days", "hari kerja", "working days"),
    ("claim.late", "Terlambat membayar", "Payment late by"),
    ("claim.expires", "Batas akhir pengajuan klaim", "Last day to claim"),
    ("claim.no_expiry", "tidak ada batas waktu", "no time limit"),
    ("claim.report", "Kematian dilaporkan", "Death reported after"),
    ("claim.days", "hari", "days"),
    ("claim.limit", "batas", "limit"),
    ("claim.late_report", "terlambat", "late"),
    ("claim.heirs", "Urutan ahli waris", "Order of heirs"),
    ("claim.present", "ada", "present"),
    ("claim.entitled", "berhak", "entitled"),
    ("claim.as_of", "per", "as of"),
    ("claim.complete", "BERKAS LENGKAP", "FILE COMPLETE"),
    ("claim.incomplete", "BELUM LENGKAP, dokumen kurang", "INCOMPLETE, documents missing"),
    ("claim.missing", "Masih kurang", "Still missing"),
    ("claim.deadlines", "Tenggat", "Deadlines"),
    ("claim.benefit", "Santunan", "Benefit"),
    ("claim.total", "Jumlah", "Total"),
];

/// The web app's labels in `lang`. The WebAssembly package does not carry them (they would
/// take a noticeable share of its 200 KB budget): `scripts/build-web.sh` writes them to
/// `www/labels.json` with `layak catalogue --labels`, and the web app reads that file.
#[cfg(not(target_arch = "wasm32"))]
pub fn ui_labels(lang: Lang) -> impl Iterator<Item = (&'static str, &'static str)> {
    UI.iter().map(move |(k, id, en)| {
        (
            *k,
            match lang {
                Lang::Id => *id,
                Lang::En => *en,
            },
        )
    })
}

// --- eligibility -----------------------------------------------------------------------------

/// A decision as the CLI shows it.
pub fn decision_word(d: Decision, lang: Lang) -> &'static str {
    match (d, lang) {
        (Decision::Eligible, Lang::Id) => "LAYAK",
        (Decision::Ineligible, Lang::Id) => "TIDAK LAYAK",
        (Decision::Review, Lang::Id) => "PERLU DIPERIKSA",
        (Decision::Eligible, Lang::En) => "ELIGIBLE",
        (Decision::Ineligible, Lang::En) => "INELIGIBLE",
        (Decision::Review, Lang::En) => "REVIEW",
    }
}

/// A rule outcome as the CLI shows it.
pub fn outcome_word(o: Outcome, lang: Lang) -> &'static str {
    match (o, lang) {
        (Outcome::Pass, Lang::Id) => "LULUS",
        (Outcome::Fail, Lang::Id) => "GAGAL",
        (Outcome::Review, Lang::Id) => "PERIKSA",
        (Outcome::Skip, Lang::Id) => "LEWAT",
        (Outcome::Pass, Lang::En) => "PASS",
        (Outcome::Fail, Lang::En) => "FAIL",
        (Outcome::Review, Lang::En) => "REVIEW",
        (Outcome::Skip, Lang::En) => "SKIP",
    }
}

/// A confidence mark in words.
pub fn confidence_word(c: Confidence, lang: Lang) -> &'static str {
    match (c, lang) {
        (Confidence::Confirmed, Lang::Id) => "terkonfirmasi",
        (Confidence::Likely, Lang::Id) => "kemungkinan besar",
        (Confidence::Unconfirmed, Lang::Id) => "BELUM DIKONFIRMASI",
        (Confidence::Confirmed, Lang::En) => "confirmed",
        (Confidence::Likely, Lang::En) => "likely",
        (Confidence::Unconfirmed, Lang::En) => "UNCONFIRMED",
    }
}

/// The name of a programme.
pub fn program_name(p: Program, lang: Lang) -> &'static str {
    match (p, lang) {
        (Program::Rentan, Lang::Id) => "pekerja rentan",
        (Program::Insentif, Lang::Id) => "penerima insentif daerah",
        (Program::Rentan, Lang::En) => "vulnerable workers",
        (Program::Insentif, Lang::En) => "regional incentive recipients",
    }
}

/// A category in words. The contract's 19 codes have names; a category added by a
/// parameter file is shown by its code, with spaces for underscores.
pub fn category_label(code: &str, lang: Lang) -> String {
    const NAMES: [(&str, &str, &str); 19] = [
        ("pekerja_lepas", "pekerja lepas/serabutan", "casual worker"),
        ("ojek", "pengemudi ojek", "ojek (motorcycle taxi) driver"),
        ("tukang_becak", "tukang becak", "becak (pedicab) driver"),
        ("nelayan_darat", "nelayan darat", "inland fisher"),
        ("penambang_perahu", "penambang perahu", "boat ferryman"),
        ("buruh_tani", "buruh tani", "farm labourer"),
        ("buruh_tembakau", "buruh tembakau", "tobacco labourer"),
        ("buruh_ternak", "buruh ternak", "livestock labourer"),
        (
            "penjaga_makam",
            "penggali/penjaga makam",
            "gravedigger or grave keeper",
        ),
        (
            "pekerja_mandiri_disabilitas",
            "pekerja mandiri penyandang disabilitas",
            "self-employed worker with a disability",
        ),
        ("ketua_rt", "ketua RT", "RT (neighbourhood) head"),
        ("ketua_rw", "ketua RW", "RW (hamlet) head"),
        (
            "linmas",
            "anggota Satlinmas",
            "community protection (Linmas) member",
        ),
        ("marbot", "marbot", "mosque caretaker (marbot)"),
        (
            "modin_perempuan",
            "modin perempuan",
            "female modin (religious officiant)",
        ),
        (
            "takmir_masjid",
            "takmir masjid",
            "mosque board (takmir) member",
        ),
        ("guru_ngaji", "guru ngaji", "Quran teacher (guru ngaji)"),
        ("anggota_bpd", "anggota BPD", "village council (BPD) member"),
        ("kader_desa", "kader desa", "village cadre"),
    ];
    match NAMES.iter().find(|(c, _, _)| c.eq_ignore_ascii_case(code)) {
        Some((_, id, en)) => pick_str(lang, id, en).to_string(),
        None => shorten(code).replace('_', " "),
    }
}

/// An occupation in words.
pub fn occupation_label(o: Occupation, lang: Lang) -> &'static str {
    use Occupation::*;
    match (o, lang) {
        (None, Lang::Id) => "tidak ada",
        (Pns, Lang::Id) => "PNS",
        (Cpns, Lang::Id) => "CPNS",
        (Pppk, Lang::Id) => "PPPK",
        (Tni, Lang::Id) => "anggota TNI",
        (Polri, Lang::Id) => "anggota Polri",
        (PejabatNegara, Lang::Id) => "pejabat negara",
        (PekerjaPenerimaUpah, Lang::Id) => "pekerja penerima upah",
        (None, Lang::En) => "none",
        (Pns, Lang::En) => "a civil servant (PNS)",
        (Cpns, Lang::En) => "a civil servant candidate (CPNS)",
        (Pppk, Lang::En) => "a contract government employee (PPPK)",
        (Tni, Lang::En) => "a soldier (TNI)",
        (Polri, Lang::En) => "a police officer (Polri)",
        (PejabatNegara, Lang::En) => "a state official",
        (PekerjaPenerimaUpah, Lang::En) => "a wage earner",
    }
}

/// What a parameter is, for `layak params`.
pub fn param_label(key: &str, lang: Lang) -> &'static str {
    let (id, en) = match key {
        "regency" => (
            "Kabupaten tempat tinggal peserta",
            "Regency the participants live in",
        ),
        "age.min" => (
            "Usia terendah (tahun genap)",
            "Minimum age (completed years)",
        ),
        "age.max" => (
            "Usia tertinggi (tahun genap, batas ikut)",
            "Maximum age (completed years, limit included)",
        ),
        "citizenship.allowed" => ("Kewarganegaraan peserta", "Citizenship of participants"),
        "categories.rentan" => (
            "Kategori pekerja rentan",
            "Categories of vulnerable workers",
        ),
        "categories.insentif" => (
            "Kategori penerima insentif daerah",
            "Categories of regional incentive recipients",
        ),
        "occupations.excluded" => ("Pekerjaan yang dikecualikan", "Excluded occupations"),
        "poverty.required_for" => (
            "Program yang mensyaratkan terdata di data kemiskinan",
            "Programmes that require a listing in the poverty data",
        ),
        "enrolment.if_enrolled" => (
            "Hasil bila sudah terdaftar di BPJS Ketenagakerjaan",
            "Outcome when already enrolled in BPJS Ketenagakerjaan",
        ),
        "contribution.jkk" => (
            "Iuran JKK per orang per bulan",
            "JKK contribution per person per month",
        ),
        "contribution.jkm" => (
            "Iuran JKM per orang per bulan",
            "JKM contribution per person per month",
        ),
        "budget.annual" => ("Anggaran program setahun", "Annual programme budget"),
        "targets.rentan" => (
            "Target peserta pekerja rentan",
            "Enrolment target, vulnerable workers",
        ),
        "targets.insentif" => (
            "Target peserta penerima insentif daerah",
            "Enrolment target, regional incentive recipients",
        ),
        _ => ("Parameter", "Parameter"),
    };
    pick_str(lang, id, en)
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

fn pick_str(lang: Lang, id: &'static str, en: &'static str) -> &'static str {
    match lang {
        Lang::Id => id,
        Lang::En => en,
    }
}

/// At most 40 characters of something the applicant typed, so a message stays short.
fn shorten(s: &str) -> String {
    let mut out: String = s.chars().filter(|c| !c.is_control()).take(40).collect();
    if s.chars().count() > 40 {
        out.push('…');
    }
    out
}

/// The text with its first letter in capitals. The texts are our own Indonesian and English
/// words, so ASCII is enough (and keeps Unicode's case tables out of the WebAssembly build).
fn capitalised(s: &str) -> String {
    let mut out = s.to_string();
    if let Some(first) = out.get_mut(..1) {
        first.make_ascii_uppercase();
    }
    out
}

/// The message of one rule's result, in `lang`.
pub fn rule_message(
    r: &RuleResult,
    e: &Evaluation,
    a: &Applicant<'_>,
    p: &Resolved,
    lang: Lang,
) -> String {
    use Reason::*;
    let here = p.regency.name;
    let program = a.program.given();
    let prog_id = program.map_or("", |q| program_name(q, Lang::Id));
    let prog_en = program.map_or("", |q| program_name(q, Lang::En));
    let category = a.category.given().unwrap_or("");
    match r.reason {
        NikMissing => pick!(lang, "NIK belum diisi.".into(), "The NIK is missing.".into()),
        NikNotText => pick!(
            lang,
            "NIK harus diisi sebagai teks, bukan angka: angka 16 digit bisa kehilangan digit terakhirnya.".into(),
            "The NIK must be given as text, not as a number: a 16-digit number can lose its last digits.".into(),
        ),
        NikInvalid => {
            let first = e
                .nik
                .as_ref()
                .and_then(|n| n.issues.iter().find(|i| i.severity() == Severity::Error));
            let why = first.map(|i| issue_message(i, lang)).unwrap_or_default();
            pick!(
                lang,
                format!("NIK tidak sah: {why}"),
                format!("The NIK is not valid: {why}"),
            )
        }
        NikMismatch { birth_date, sex } => {
            let (id, en) = match (birth_date, sex) {
                (true, true) => ("tanggal lahir dan jenis kelamin", "birth date and sex"),
                (true, false) => ("tanggal lahir", "birth date"),
                _ => ("jenis kelamin", "sex"),
            };
            let verb = if birth_date && sex { "differ" } else { "differs" };
            pick!(
                lang,
                format!("NIK sah, tetapi {id} di formulir berbeda dengan NIK. Ini bisa terjadi bila data pernah dibetulkan; mohon cocokkan dengan KTP."),
                format!("The NIK is valid, but the {en} on the form {verb} from the NIK. This happens when a record was corrected; please compare with the KTP."),
            )
        }
        NikDistrictUnknown => {
            let code = e
                .nik
                .as_ref()
                .and_then(|n| n.issues.iter().find(|i| i.code == Code::NikDistrictUnknown))
                .map(|i| code_of(i.detail))
                .unwrap_or_default();
            pick!(
                lang,
                format!("NIK sah, tetapi kode kecamatannya ({code}) tidak ada di daftar Kemendagri. Mohon cocokkan dengan KTP."),
                format!("The NIK is valid, but its kecamatan code ({code}) is not in the Kemendagri list. Please compare with the KTP."),
            )
        }
        NikValid { retired: false } => pick!(lang, "NIK sah.".into(), "The NIK is valid.".into()),
        NikValid { retired: true } => pick!(
            lang,
            "NIK sah; kode wilayahnya kode lama yang tetap berlaku seumur hidup.".into(),
            "The NIK is valid; its region code is an old one, which stays valid for life.".into(),
        ),

        CitizenshipMissing => pick!(
            lang,
            "Kewarganegaraan belum diisi (WNI atau WNA); NIK saja tidak bisa membedakannya.".into(),
            "The citizenship is missing (WNI or WNA); the NIK alone cannot tell.".into(),
        ),
        CitizenshipUnreadable => pick!(
            lang,
            "Kewarganegaraan tidak dikenal; tulis WNI atau WNA.".into(),
            "The citizenship is not recognised; write WNI or WNA.".into(),
        ),
        CitizenshipAllowed(c) | CitizenshipNotAllowed(c) => {
            let (id, en) = match c {
                Citizenship::Wni => ("Warga negara Indonesia (WNI)", "Indonesian citizen (WNI)"),
                Citizenship::Wna => ("Warga negara asing (WNA)", "Foreign national (WNA)"),
            };
            if r.outcome == Outcome::Pass {
                pick!(lang, format!("{id}."), format!("{en}."))
            } else {
                pick!(
                    lang,
                    format!("{id} tidak termasuk peserta program ini."),
                    format!("{en}: not covered by this programme."),
                )
            }
        }

        VillageHere(v) => {
            let kind_id = match v.kind {
                VillageKind::Desa => "Desa",
                VillageKind::Kelurahan => "Kelurahan",
            };
            let district = v
                .code
                .parent(Level::District)
                .and_then(|c| region::lookup(c, p.as_of))
                .map_or("?", |d| d.name);
            pick!(
                lang,
                format!("Tinggal di {kind_id} {}, Kecamatan {district}, {here}.", v.name),
                format!("Lives in {kind_id} {}, Kecamatan {district}, {here}.", v.name),
            )
        }
        VillageNotListed(c) => pick!(
            lang,
            format!("Kode desa {c} tidak ada di daftar desa/kelurahan {here}. Periksa lagi kodenya."),
            format!("Village code {c} is not on the list of villages of {here}. Please check the code."),
        ),
        VillagePrefixOnly(c) => pick!(
            lang,
            format!("Kode desa {c} berada di {here}."),
            format!("Village code {c} lies in {here}."),
        ),
        VillageElsewhere { code, regency } => pick!(
            lang,
            format!("Kode desa {code} berada di {}, bukan di {here}.", regency.name),
            format!("Village code {code} lies in {}, not in {here}.", regency.name),
        ),
        VillageRegencyUnknown(c) => {
            let reg = c
                .parent(Level::Regency)
                .map(|r| r.to_string())
                .unwrap_or_default();
            pick!(
                lang,
                format!("Kode desa {c} tidak dikenal: tidak ada kabupaten/kota dengan kode {reg}. Periksa lagi kodenya."),
                format!("Village code {c} is unknown: no regency or city has the code {reg}. Please check the code."),
            )
        }
        VillageUnreadable => pick!(
            lang,
            "Kode desa tidak bisa dibaca; tulis 10 digit kode Kemendagri, misalnya 35.22.06.2001.".into(),
            "The village code cannot be read; write the 10-digit Kemendagri code, e.g. 35.22.06.2001.".into(),
        ),
        KkHere { district } => match district {
            Some(d) => pick!(
                lang,
                format!("Kode desa tidak diisi; nomor KK diterbitkan di Kecamatan {}, {here}.", d.name),
                format!("No village code given; the KK number was issued in Kecamatan {}, {here}.", d.name),
            ),
            None => pick!(
                lang,
                format!("Kode desa tidak diisi; nomor KK diterbitkan di {here}."),
                format!("No village code given; the KK number was issued in {here}."),
            ),
        },
        KkElsewhere { regency } => pick!(
            lang,
            format!("Kode desa tidak diisi, dan nomor KK diterbitkan di {}, bukan di {here}. Bila keluarga sudah pindah ke {here}, isi kode desa atau nomor KK yang baru.", regency.name),
            format!("No village code given, and the KK number was issued in {}, not in {here}. If the family has moved to {here}, give the village code or the new KK number.", regency.name),
        ),
        NikOnly { regency, kk_unusable } => {
            let (pre_id, pre_en) = if kk_unusable {
                ("Nomor KK tidak bisa dipakai, dan ", "The KK number cannot be used, and ")
            } else {
                ("", "")
            };
            let name = regency.name;
            pick!(
                lang,
                capitalised(&format!("{pre_id}NIK hanya menunjukkan tempat pertama kali terdaftar ({name}), bukan tempat tinggal sekarang. Isi kode desa atau nomor KK.")),
                capitalised(&format!("{pre_en}a NIK only shows where it was first registered ({name}), not where its holder lives now. Give the village code or the KK number.")),
            )
        }
        NoAddress { kk_unusable: true } => pick!(
            lang,
            "Tempat tinggal belum bisa dinilai: nomor KK tidak bisa dipakai. Isi kode desa atau nomor KK yang benar.".into(),
            "Where the person lives cannot be judged: the KK number cannot be used. Give the village code or a correct KK number.".into(),
        ),
        NoAddress { kk_unusable: false } => pick!(
            lang,
            "Tempat tinggal belum bisa dinilai: isi kode desa atau nomor KK.".into(),
            "Where the person lives cannot be judged: give the village code or the KK number.".into(),
        ),

        Age(age) => age_message(r, age, p, lang),
        AgeUnknown => pick!(
            lang,
            "Usia belum bisa dihitung: tanggal lahir belum diisi dan tidak bisa dibaca dari NIK.".into(),
            "The age cannot be worked out: no birth date was given and none can be read from the NIK.".into(),
        ),
        BirthDateUnreadable => pick!(
            lang,
            "Usia belum bisa dihitung: tanggal lahir tidak bisa dibaca.".into(),
            "The age cannot be worked out: the birth date cannot be read.".into(),
        ),
        BirthDateFuture(b) => pick!(
            lang,
            format!("Tanggal lahir {} jatuh setelah tanggal pemeriksaan ({}); periksa lagi tahunnya.", human_date(b, Lang::Id), human_date(p.as_of, Lang::Id)),
            format!("The birth date {} is after the date of the check ({}); please check the year.", human_date(b, Lang::En), human_date(p.as_of, Lang::En)),
        ),

        ProgramMissing { hint } => {
            let mut m: String = pick!(
                lang,
                "Program belum diisi (rentan atau insentif).".into(),
                "The programme is missing (rentan or insentif).".into(),
            );
            if let Some(h) = hint {
                let label = category_label(category, lang);
                m.push_str(&pick!(
                    lang,
                    format!(" Kategori {label} termasuk program {}.", program_name(h, Lang::Id)),
                    format!(" The category \"{label}\" belongs to the {} programme.", program_name(h, Lang::En)),
                ));
            }
            m
        }
        ProgramUnknown => pick!(
            lang,
            "Program tidak dikenal; pilih rentan atau insentif.".into(),
            "The programme is not recognised; choose rentan or insentif.".into(),
        ),
        CategoryMissing => pick!(lang, "Kategori belum diisi.".into(), "The category is missing.".into()),
        CategoryUnreadable => pick!(
            lang,
            format!("Kategori tidak bisa dibaca; pilih dari daftar program {prog_id}."),
            format!("The category cannot be read; choose one from the list of the {prog_en} programme."),
        ),
        CategoryListed => {
            let label = category_label(category, lang);
            pick!(
                lang,
                format!("Kategori {label} termasuk program {prog_id}."),
                format!("The category \"{label}\" belongs to the {prog_en} programme."),
            )
        }
        CategoryOtherProgram(other) => {
            let label = category_label(category, lang);
            pick!(
                lang,
                format!("Kategori {label} termasuk program {}, bukan program {prog_id}.", program_name(other, Lang::Id)),
                format!("The category \"{label}\" belongs to the {} programme, not to the {prog_en} programme.", program_name(other, Lang::En)),
            )
        }
        CategoryUnknown => {
            let shown = shorten(category);
            pick!(
                lang,
                format!("Kategori \"{shown}\" tidak ada di daftar program {prog_id}. Pilih dari daftar."),
                format!("The category \"{shown}\" is not on the list of the {prog_en} programme. Choose one from the list."),
            )
        }

        OccupationMissing => pick!(
            lang,
            "Status pekerjaan belum diisi (none bila bukan PNS, CPNS, PPPK, TNI, Polri, pejabat negara atau pekerja penerima upah).".into(),
            "The occupation is missing (none if not a civil servant, soldier, police officer, state official or wage earner).".into(),
        ),
        OccupationUnreadable => pick!(
            lang,
            format!("Status pekerjaan tidak dikenal; pilih {OCCUPATION_CODES}."),
            format!("The occupation is not recognised; choose {OCCUPATION_CODES_EN}."),
        ),
        OccupationExcluded(o) => {
            let (why_id, why_en) = match o {
                Occupation::Tni | Occupation::Polri => (
                    "jaminan kecelakaan kerja dan kematiannya diberikan lewat Asabri",
                    "their work-accident and death cover comes through Asabri",
                ),
                Occupation::PekerjaPenerimaUpah => (
                    "pemberi kerjanya yang wajib mendaftarkannya",
                    "their employer must enrol them",
                ),
                Occupation::None => ("dikecualikan oleh parameter yang berlaku", "excluded by the parameters in force"),
                _ => (
                    "jaminan kecelakaan kerja dan kematiannya diberikan lewat Taspen",
                    "their work-accident and death cover comes through Taspen",
                ),
            };
            pick!(
                lang,
                format!("{} tidak termasuk peserta program ini: {why_id}.", capitalised(occupation_label(o, Lang::Id))),
                format!("{} cannot be enrolled in this programme: {why_en}.", capitalised(occupation_label(o, Lang::En))),
            )
        }
        OccupationAllowed(Occupation::None) => pick!(
            lang,
            "Bukan PNS, CPNS, PPPK, TNI, Polri, pejabat negara atau pekerja penerima upah.".into(),
            "Not a civil servant, soldier, police officer, state official or wage earner.".into(),
        ),
        OccupationAllowed(o) => pick!(
            lang,
            format!("{} tidak dikecualikan oleh parameter yang berlaku.", capitalised(occupation_label(o, Lang::Id))),
            format!("{} is not excluded by the parameters in force.", capitalised(occupation_label(o, Lang::En))),
        ),

        PovertyListed => pick!(
            lang,
            "Terdata di data kemiskinan (DAMISDA/DTSEN).".into(),
            "Listed in the poverty data (DAMISDA/DTSEN).".into(),
        ),
        PovertyNotListed => pick!(
            lang,
            format!("Tidak terdata di data kemiskinan (DAMISDA/DTSEN); program {prog_id} untuk warga yang terdata."),
            format!("Not listed in the poverty data (DAMISDA/DTSEN); the {prog_en} programme is for people who are listed."),
        ),
        PovertyMissing => pick!(
            lang,
            "Belum diisi apakah terdata di data kemiskinan (DAMISDA/DTSEN).".into(),
            "Not stated whether the person is listed in the poverty data (DAMISDA/DTSEN).".into(),
        ),
        PovertyUnreadable => pick!(
            lang,
            "Isian terdata di data kemiskinan tidak bisa dibaca; tulis ya atau tidak.".into(),
            "The answer on the poverty data cannot be read; write yes or no.".into(),
        ),
        PovertyNotRequired(q) => pick!(
            lang,
            format!("Tidak berlaku untuk program {}: tidak harus terdata di data kemiskinan.", program_name(q, Lang::Id)),
            format!("Does not apply to the {} programme: a listing in the poverty data is not required.", program_name(q, Lang::En)),
        ),
        PovertyProgramUnknown => pick!(
            lang,
            "Belum bisa dinilai sebelum programnya jelas (rentan atau insentif).".into(),
            "Cannot be judged until the programme is known (rentan or insentif).".into(),
        ),

        NotEnrolled => pick!(
            lang,
            "Belum terdaftar sebagai peserta BPJS Ketenagakerjaan.".into(),
            "Not yet a BPJS Ketenagakerjaan participant.".into(),
        ),
        Enrolled if r.outcome == Outcome::Fail => pick!(
            lang,
            "Sudah terdaftar sebagai peserta BPJS Ketenagakerjaan, jadi tidak didaftarkan lagi.".into(),
            "Already a BPJS Ketenagakerjaan participant, so not enrolled again.".into(),
        ),
        Enrolled => pick!(
            lang,
            "Sudah terdaftar sebagai peserta BPJS Ketenagakerjaan; petugas perlu memastikan agar tidak terdaftar dua kali.".into(),
            "Already a BPJS Ketenagakerjaan participant; an officer must make sure the person is not enrolled twice.".into(),
        ),
        EnrolmentMissing => pick!(
            lang,
            "Belum diisi apakah sudah terdaftar di BPJS Ketenagakerjaan.".into(),
            "Not stated whether the person is already a BPJS Ketenagakerjaan participant.".into(),
        ),
        EnrolmentUnreadable => pick!(
            lang,
            "Isian sudah terdaftar di BPJS Ketenagakerjaan tidak bisa dibaca; tulis ya atau tidak.".into(),
            "The answer on existing BPJS Ketenagakerjaan enrolment cannot be read; write yes or no.".into(),
        ),

        Unique => pick!(
            lang,
            "NIK ini baru pertama kali muncul di berkas.".into(),
            "This is the first row with this NIK.".into(),
        ),
        DuplicateOf { row } => pick!(
            lang,
            format!("NIK yang sama sudah ada di baris {row}; satu orang hanya didaftarkan sekali."),
            format!("The same NIK is already on row {row}; a person is enrolled only once."),
        ),
    }
}

fn age_message(r: &RuleResult, age: Age, p: &Resolved, lang: Lang) -> String {
    let n = age.years;
    let mut m = match (r.id, r.outcome == Outcome::Pass) {
        (RuleId::AgeMin, true) => pick!(
            lang,
            format!("Usia {n} tahun, batas terendah {} tahun.", p.age_min),
            format!("Age {n}, minimum {}.", p.age_min),
        ),
        (RuleId::AgeMin, false) => pick!(
            lang,
            format!(
                "Usia {n} tahun, di bawah batas terendah {} tahun.",
                p.age_min
            ),
            format!("Age {n}, below the minimum of {}.", p.age_min),
        ),
        (_, true) => pick!(
            lang,
            format!("Usia {n} tahun, batas {} tahun.", p.age_max),
            format!("Age {n}, limit {}.", p.age_max),
        ),
        (_, false) => pick!(
            lang,
            format!("Usia {n} tahun, melebihi batas {} tahun.", p.age_max),
            format!("Age {n}, above the limit of {}.", p.age_max),
        ),
    };
    let (date_id, date_en) = (
        human_date(age.birth_date, Lang::Id),
        human_date(age.birth_date, Lang::En),
    );
    if age.source == DateSource::Nik {
        m.push_str(&pick!(
            lang,
            format!(" Dihitung dari tanggal lahir di NIK ({date_id}) karena tanggal lahir tidak diisi."),
            format!(" Counted from the birth date in the NIK ({date_en}) because no birth date was given."),
        ));
    }
    if age.placeholder {
        m.push_str(&pick!(
            lang,
            format!(" Tanggal {date_id} sering dipakai Dukcapil bila tanggal lahir sebenarnya tidak diketahui, jadi usia ini bisa kurang tepat."),
            format!(" {date_en} is often recorded by Dukcapil when the real birth date is unknown, so this age may be approximate."),
        ));
    }
    m
}

/// The message of a parameter error, in `lang`: one line naming the file, line and key.
pub fn params_error_message(e: &ParamsError, lang: Lang) -> String {
    let mut place_id = Vec::new();
    let mut place_en = Vec::new();
    if let Some(f) = &e.file {
        place_id.push(format!("berkas {f}"));
        place_en.push(format!("file {f}"));
    }
    if let Some(l) = e.line {
        place_id.push(format!("baris {l}"));
        place_en.push(format!("line {l}"));
    }
    if let Some(k) = &e.key {
        place_id.push(format!("kunci {k}"));
        place_en.push(format!("key {k}"));
    }
    let (pid, pen) = (place_id.join(", "), place_en.join(", "));
    let detail = &e.detail;
    match e.kind {
        ParamsErrorKind::Unreadable => pick!(
            lang,
            format!("berkas parameter tidak bisa dibaca ({pid}): {detail}"),
            format!("the parameter file cannot be read ({pen}): {detail}"),
        ),
        ParamsErrorKind::Invalid => pick!(
            lang,
            format!("parameter tidak bisa dipakai ({pid}): {detail}"),
            format!("the parameters cannot be used ({pen}): {detail}"),
        ),
        ParamsErrorKind::NotInForce { on, starts, ended } => {
            let key = e.key.as_deref().unwrap_or("?");
            let (when_id, when_en) = match (starts, ended) {
                (Some(s), _) => (
                    format!(
                        "nilai pertamanya baru berlaku sejak {}",
                        human_date(s, Lang::Id)
                    ),
                    format!("its first value applies from {}", human_date(s, Lang::En)),
                ),
                (None, Some(x)) => (
                    format!("tidak ada nilai sejak {}", human_date(x, Lang::Id)),
                    format!("it has no value since {}", human_date(x, Lang::En)),
                ),
                (None, None) => (String::new(), String::new()),
            };
            pick!(
                lang,
                format!("parameter {key} tidak punya nilai yang berlaku pada {} ({when_id}); pilih tanggal lain atau berikan berkas parameter yang mencakup tanggal itu", human_date(on, Lang::Id)),
                format!("parameter {key} has no value in force on {} ({when_en}); choose another date or give a parameter file that covers it", human_date(on, Lang::En)),
            )
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::claims::ClaimDetail;
    use crate::issue::Detail;

    fn sample_detail(code: Code) -> Detail {
        use Code::*;
        let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
        match code {
            NikInvalidCharacters | KkInvalidCharacters => Detail::Character { ch: 'O', pos: 12 },
            NikLength | KkLength | NikIncomplete | KkIncomplete => Detail::Digits(15),
            NikProvinceUnknown | KkProvinceUnknown => Detail::Region(RegionCode::province(99)),
            NikRegencyUnknown | KkRegencyUnknown => Detail::Region(RegionCode::regency(3599)),
            NikDistrictUnknown | KkDistrictUnknown => Detail::Region(RegionCode::district(352299)),
            NikRegionRetired | KkRegionRetired => Detail::Retired(RegionCode::district(910203)),
            NikBirthDateInvalid | KkDateInvalid => Detail::Date(DateProblem::Day(99)),
            NikBirthDatePlaceholder => Detail::On(d(1970, 7, 1)),
            NikBirthDateMismatch => Detail::BirthDates {
                form: d(1980, 5, 13),
                nik: d(1980, 5, 12),
            },
            NikSexMismatch => Detail::Sexes {
                form: Sex::F,
                nik: Sex::M,
            },
            ClaimDateOrder => Detail::Claim(ClaimDetail::Order {
                earlier: "death_date",
                later: "reported_date",
            }),
            ClaimFieldInvalid | ClaimDateFuture | ClaimNoParameter => {
                Detail::Claim(ClaimDetail::Field("membership_start"))
            }
            ClaimPaymentLate => Detail::Claim(ClaimDetail::Late {
                days: 3,
                percent: 1,
                amount: 1_260_000,
                due: d(2025, 7, 9),
            }),
            ClaimExpired | ClaimExpiresSoon => Detail::Claim(ClaimDetail::Expiry {
                on: d(2026, 3, 10),
                years: 5,
            }),
            ClaimCutiBersama => Detail::Claim(ClaimDetail::CutiBersama {
                count: 3,
                alt: d(2025, 4, 10),
            }),
            ClaimDeathReportReminder => Detail::Claim(ClaimDetail::ReportBy(d(2025, 5, 1))),
            ClaimJsonInvalid => Detail::Claim(ClaimDetail::Line { line: 2, column: 7 }),
            ApplicantBirthDateFuture => Detail::On(d(2030, 1, 1)),
            ApplicantMalformed | ApplicantNotObject | ApplicantEmpty => Detail::At {
                line: 3,
                column: 17,
            },
            _ => Detail::None,
        }
    }

    #[test]
    fn every_code_has_a_message_in_both_languages() {
        for &code in Code::ALL {
            let issue = Issue::new(code, sample_detail(code));
            let id = issue_message(&issue, Lang::Id);
            let en = issue_message(&issue, Lang::En);
            assert!(id.len() > 10 && en.len() > 10, "{}", code.as_str());
            assert_ne!(id, en, "{} is not translated", code.as_str());
            assert!(
                !id.contains('?') && !en.contains('?'),
                "{}: {id} / {en}",
                code.as_str()
            );
        }
    }

    #[test]
    fn the_contract_sentence_for_serial_zero() {
        let m = issue_message(&Issue::new(Code::NikSerialZero, Detail::None), Lang::Id);
        assert_eq!(m, "Nomor urut NIK (4 digit terakhir) tidak boleh 0000.");
    }

    #[test]
    fn retired_message_names_the_successor() {
        let m = issue_message(
            &Issue::new(
                Code::NikRegionRetired,
                Detail::Retired(RegionCode::district(910203)),
            ),
            Lang::Id,
        );
        assert!(m.contains("95.01.02"), "{m}");
        assert!(m.contains("Papua Pegunungan"), "{m}");
        assert!(m.contains("25 Juli 2022"), "{m}");
    }
}
