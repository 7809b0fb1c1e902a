//! The messages of the identity issues: NIK, KK, region codes, dates in the numbers, the
//! applicant input and the options. Each message says what is wrong with which digits, in
//! everyday words, and where possible what to do (compare with the KTP, ask Dukcapil).

use super::claims;
use super::format::*;
use super::Render;
use crate::issue::{Code, DateProblem, Detail, Issue};
use crate::lang::Lang;
use crate::region::{self, RegionCode};
use crate::sex::Sex;
use chrono::NaiveDate;

pub(super) fn region_name(code: RegionCode) -> &'static str {
    region::lookup(code, NaiveDate::MAX)
        .map(|r| r.name)
        .unwrap_or("?")
}

pub(super) fn char_shown(ch: char) -> String {
    match ch {
        char::REPLACEMENT_CHARACTER => "�".to_string(),
        c if c.is_control() => format!("U+{:04X}", c as u32),
        c => c.to_string(),
    }
}

/// The message of an issue, in the language of `r` (a [`Lang`] or a [`Render`]). Masked, a
/// message names no birth date and quotes no date digits of the number (see
/// [`crate::privacy`]).
pub fn issue_message(issue: &Issue, r: impl Into<Render>) -> String {
    use Code::*;
    let r: Render = r.into();
    let lang = r.lang;
    if issue.code.as_str().starts_with("claim.") {
        return claims::issue_message(issue, lang);
    }
    if issue.code == Code::InputUnknownKey {
        return super::input::issue_message(issue, r);
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
        NikDistrictZero | KkDistrictZero => {
            let c = code_of(d);
            pick!(
                lang,
                format!("Kode kecamatan {c} tidak mungkin: digit ke-5 dan ke-6 tidak pernah 00. Periksa lagi angka di KTP atau KK."),
                format!("Kecamatan code {c} is impossible: digits 5 and 6 are never 00. Check the digits on the KTP or KK again."),
            )
        }
        NikRegionRetired | KkRegionRetired => retired_message(d, lang, what_id, what_en),
        // Masked, the impossible date digits are not quoted: they are digits 7 to 12.
        NikBirthDateInvalid if r.mask() => super::privacy::masked_date_problem(true, lang).into(),
        KkDateInvalid if r.mask() => super::privacy::masked_date_problem(false, lang).into(),
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
                    r.birth_date(date, Lang::Id)
                ),
                format!(
                    "A birth date of {} is often recorded by Dukcapil when the real date is unknown, so the age may be approximate.",
                    r.birth_date(date, Lang::En)
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
                    r.birth_date(form, Lang::Id),
                    r.birth_date(nik, Lang::Id)
                ),
                format!(
                    "The birth date on the form ({}) differs from the one in the NIK ({}). This happens when a birth date was corrected; please compare with the KTP and KK.",
                    r.birth_date(form, Lang::En),
                    r.birth_date(nik, Lang::En)
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
                format!("Tanggal lahir {} jatuh setelah tanggal pemeriksaan; periksa lagi tahunnya.", r.birth_date(b, Lang::Id)),
                format!("The birth date {} is after the date of the check; please check the year.", r.birth_date(b, Lang::En)),
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
                format!("Baris {line} bukan JSON yang bisa dibaca (kolom {column}). Tiap baris harus satu objek JSON, misalnya {{\"nik\": \"{}\"}}.", example(r)),
                format!("Line {line} is not readable JSON (column {column}). Each line must be one JSON object, e.g. {{\"nik\": \"{}\"}}.", example(r)),
            )
        }
        ApplicantNotObject => {
            let (line, _) = at(d);
            pick!(
                lang,
                format!("Baris {line} bukan satu objek JSON berisi data pemohon, misalnya {{\"nik\": \"{}\"}}.", example(r)),
                format!("Line {line} is not one JSON object with an applicant's data, e.g. {{\"nik\": \"{}\"}}.", example(r)),
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
        InputType | OptionsType | Internal => super::face::registry_message(issue.code, lang),
        // The claim codes returned above.
        _ => claims::issue_message(issue, lang),
    }
}

/// The NIK of the examples in messages about unreadable lines. Not a person's, but masked like
/// one when masking, so that masked output shows no unmasked NIK at all.
fn example(r: Render) -> &'static str {
    if r.mask() {
        "352206********01"
    } else {
        "3522061205800001"
    }
}

pub(super) const OCCUPATION_CODES: &str =
    "none, pns, cpns, pppk, tni, polri, pejabat_negara, pekerja_penerima_upah, honorer atau perangkat_desa";
pub(super) const OCCUPATION_CODES_EN: &str =
    "none, pns, cpns, pppk, tni, polri, pejabat_negara, pekerja_penerima_upah, honorer or perangkat_desa";

pub(super) fn at(d: Detail) -> (u64, u64) {
    match d {
        Detail::At { line, column } => (line, column),
        _ => (0, 0),
    }
}

pub(super) fn code_of(d: Detail) -> String {
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
