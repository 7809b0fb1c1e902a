//! The messages of eligibility: one sentence per rule result, saying which value was compared
//! with which limit, and the messages of parameter files that cannot be used.

use super::format::*;
use super::identity::*;
use super::labels::*;
use super::Render;
use crate::issue::{Code, Severity};
use crate::lang::Lang;
use crate::region::{self, Level, VillageKind};
use crate::rules::applicant::{Applicant, Citizenship, Occupation};
use crate::rules::evaluate::{Age, DateSource, Evaluation, Reason, RuleResult};
use crate::rules::params::{ParamsError, ParamsErrorKind, Resolved};
use crate::rules::{Outcome, RuleId};

/// The message of one rule's result, in the language of `render` (a [`Lang`] or a
/// [`Render`]); masked, it names no birth date and no number typed as the category.
pub fn rule_message(
    r: &RuleResult,
    e: &Evaluation,
    a: &Applicant<'_>,
    p: &Resolved,
    render: impl Into<Render>,
) -> String {
    use Reason::*;
    let render: Render = render.into();
    let lang = render.lang;
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
            let why = first.map(|i| issue_message(i, render)).unwrap_or_default();
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

        Age(age) => age_message(r, age, p, render),
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
            format!("Tanggal lahir {} jatuh setelah tanggal pemeriksaan ({}); periksa lagi tahunnya.", render.birth_date(b, Lang::Id), human_date(p.as_of, Lang::Id)),
            format!("The birth date {} is after the date of the check ({}); please check the year.", render.birth_date(b, Lang::En), human_date(p.as_of, Lang::En)),
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
            let shown = render.echo(&shown);
            pick!(
                lang,
                format!("Kategori \"{shown}\" tidak ada di daftar program {prog_id}. Pilih dari daftar."),
                format!("The category \"{shown}\" is not on the list of the {prog_en} programme. Choose one from the list."),
            )
        }

        OccupationMissing => pick!(
            lang,
            "Status pekerjaan belum diisi (none bila bukan PNS, CPNS, PPPK, TNI, Polri, pejabat negara, pekerja penerima upah, honorer atau perangkat desa).".into(),
            "The occupation is missing (none if not a civil servant, soldier, police officer, state official, wage earner, honorer or village official).".into(),
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
                Occupation::Honorer => (
                    "instansinya wajib mendaftarkannya sebagai pekerja penerima upah (Permenaker 1/2025 Pasal 3A)",
                    "their agency must enrol them as a wage earner (Permenaker 1/2025 Pasal 3A)",
                ),
                Occupation::PerangkatDesa => (
                    "biasanya didaftarkan oleh desa dari ADD/APBDes (aturan Bojonegoro belum dipastikan)",
                    "the desa usually enrols them from its own budget (Bojonegoro's rule is not confirmed)",
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
            "Bukan PNS, CPNS, PPPK, TNI, Polri, pejabat negara, pekerja penerima upah, honorer atau perangkat desa.".into(),
            "Not a civil servant, soldier, police officer, state official, wage earner, honorer or village official.".into(),
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

fn age_message(r: &RuleResult, age: Age, p: &Resolved, render: Render) -> String {
    let lang = render.lang;
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
        render.birth_date(age.birth_date, Lang::Id),
        render.birth_date(age.birth_date, Lang::En),
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

/// In English, for logs and `?` in tests; the faces use [`params_error_message`] in the
/// reader's language.
impl std::fmt::Display for ParamsError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&params_error_message(self, Lang::En))
    }
}
