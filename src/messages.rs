//! Every text a person reads, in Indonesian and English, in one place.
//!
//! Readers include village operators and heirs with little schooling, so messages are short,
//! plain and kind: they say what is wrong in everyday words and, where possible, what to do.
//! Indonesian is the default; English follows the same sentences. A translator can work on
//! this file alone.
//!
//! The faces never write their own text: the CLI's headings and the web app's labels come
//! from [`Label`], and issue messages from [`issue_message`].

use crate::issue::{Code, DateProblem, Detail, Issue};
use crate::lang::Lang;
use crate::region::{self, RegionCode};
use crate::sex::Sex;
use chrono::{Datelike, NaiveDate};

pub mod claims;

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

fn pick(lang: Lang, id: String, en: String) -> String {
    match lang {
        Lang::Id => id,
        Lang::En => en,
    }
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
        _ => ("NIK", "The NIK"),
    };
    match issue.code {
        NikEmpty | KkEmpty => pick(
            lang,
            format!("{what_id} belum diisi."),
            format!("{what_en} is empty."),
        ),
        NikInvalidCharacters | KkInvalidCharacters => {
            let (ch, pos) = match d {
                Detail::Character { ch, pos } => (char_shown(ch), pos),
                _ => ("?".into(), 0),
            };
            pick(
                lang,
                format!("{what_id} hanya boleh berisi angka. Ada tanda \"{ch}\" di urutan ke-{pos}."),
                format!("{what_en} may contain only digits. There is \"{ch}\" at position {pos}."),
            )
        }
        NikScientificNotation | KkScientificNotation => pick(
            lang,
            format!("{what_id} ini sudah diubah spreadsheet menjadi angka desimal (misalnya 3,52206E+15), sehingga digit terakhirnya hilang. Ketik ulang dari KTP atau KK, dan atur kolomnya sebagai Teks."),
            format!("{what_en} was turned into a decimal number by a spreadsheet (such as 3.52206E+15), so its last digits are lost. Type it again from the KTP or KK and format the column as Text."),
        ),
        NikLength | KkLength => {
            let n = match d {
                Detail::Digits(n) => n,
                _ => 0,
            };
            pick(
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
            pick(
                lang,
                format!("Baru {n} dari 16 digit."),
                format!("{n} of 16 digits so far."),
            )
        }
        NikProvinceUnknown | KkProvinceUnknown => {
            let c = code_of(d);
            pick(
                lang,
                format!("Kode provinsi {c} (2 digit pertama) tidak dikenal. Periksa lagi angka di KTP atau KK."),
                format!("Province code {c} (the first 2 digits) is unknown. Check the digits on the KTP or KK again."),
            )
        }
        NikRegencyUnknown | KkRegencyUnknown => {
            let c = code_of(d);
            pick(
                lang,
                format!("Kode kabupaten/kota {c} (4 digit pertama) tidak dikenal. Periksa lagi angka di KTP atau KK."),
                format!("Regency/city code {c} (the first 4 digits) is unknown. Check the digits on the KTP or KK again."),
            )
        }
        NikDistrictUnknown | KkDistrictUnknown => {
            let c = code_of(d);
            pick(
                lang,
                format!("Kode kecamatan {c} (6 digit pertama) tidak ada di daftar Kemendagri. Mungkin kode lama; cocokkan dengan KTP atau KK."),
                format!("Kecamatan code {c} (the first 6 digits) is not in the Kemendagri list. It may be an old code; compare with the KTP or KK."),
            )
        }
        NikRegionRetired | KkRegionRetired => retired_message(d, lang, what_id, what_en),
        NikBirthDateInvalid => date_message(d, lang, true),
        KkDateInvalid => date_message(d, lang, false),
        NikSerialZero => pick(
            lang,
            "Nomor urut NIK (4 digit terakhir) tidak boleh 0000.".into(),
            "The NIK's serial number (the last 4 digits) cannot be 0000.".into(),
        ),
        KkSerialZero => pick(
            lang,
            "Nomor urut keluarga di nomor KK (4 digit terakhir) tidak boleh 0000.".into(),
            "The family serial in the KK number (the last 4 digits) cannot be 0000.".into(),
        ),
        NikBirthDatePlaceholder => {
            let date = match d {
                Detail::On(b) => b,
                _ => NaiveDate::MIN,
            };
            pick(
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
            pick(
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
        NikSexMismatch => {
            let (form, nik) = match d {
                Detail::Sexes { form, nik } => (form, nik),
                _ => (Sex::M, Sex::F),
            };
            pick(
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
        return pick(
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
    pick(
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
        DateProblem::Day(day) if nik => pick(
            lang,
            format!("Angka tanggal lahir di NIK ({day:02}, digit ke-7 dan ke-8) tidak mungkin: untuk laki-laki 01–31, untuk perempuan 41–71."),
            format!("The birth day in the NIK ({day:02}, digits 7 and 8) is impossible: 01–31 for men, 41–71 for women."),
        ),
        DateProblem::Day(day) => pick(
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
            pick(
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
                pick(
                    lang,
                    format!("Tanggal di {where_id} 29 Februari, padahal tahun ..{year:02} bukan tahun kabisat (digit ke-7 sampai ke-12)."),
                    format!("The date in {where_en} is 29 February, but year ..{year:02} is not a leap year (digits 7 to 12)."),
                )
            } else if (day, month) == (29, 2) {
                pick(
                    lang,
                    format!("Tanggal di {where_id} 29 Februari ..{year:02} jatuh setelah tanggal pemeriksaan."),
                    format!("The date in {where_en}, 29 February ..{year:02}, falls after the date of the check."),
                )
            } else {
                pick(
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
        AsOf(s) => pick(
            lang,
            format!("tanggal pemeriksaan {s:?} tidak bisa dibaca; tulis sebagai TAHUN-BULAN-TANGGAL, misalnya 2025-06-01"),
            format!("the as-of date {s:?} cannot be read; write it as YEAR-MONTH-DAY, e.g. 2025-06-01"),
        ),
        Lang(s) => pick(
            lang,
            format!("bahasa {s:?} tidak dikenal; pilih id atau en"),
            format!("language {s:?} is unknown; choose id or en"),
        ),
        BirthDate(s) => pick(
            lang,
            format!("tanggal lahir {s:?} tidak bisa dibaca; tulis sebagai 1980-05-12 atau 12/05/1980"),
            format!("birth date {s:?} cannot be read; write it as 1980-05-12 or 12/05/1980"),
        ),
        Sex(s) => pick(
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
    ("reg.not_ready", "Pemeriksaan kelayakan belum tersedia.", "The eligibility check is not available yet."),
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

/// The web app's labels in `lang`.
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
