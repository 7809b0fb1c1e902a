//! Fixed words the faces show around results: headings, decision and outcome words,
//! programme, category, occupation and parameter names, and the web app's labels.

use super::format::*;
use crate::confidence::Confidence;
use crate::lang::Lang;
use crate::rules::applicant::{Occupation, Program};
use crate::rules::{Decision, Outcome};

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
    ("screen.enrolled", "Daftar yang sudah terdaftar BPJS Ketenagakerjaan (tidak wajib; CSV, teks atau XLSX)", "List of people already enrolled in BPJS Ketenagakerjaan (optional; CSV, text or XLSX)"),
    ("screen.enrolled_help", "Setiap NIK di daftar ini dinilai sudah terdaftar, seperti layak screen --enrolled. Tanpa daftar, kolom sudah_terdaftar di berkas calon yang dipakai.", "Every NIK in this list counts as already enrolled, as with layak screen --enrolled. Without a list, the candidates file's sudah_terdaftar column is used."),
    ("screen.start", "Saring", "Screen"),
    ("screen.running", "Menyaring…", "Screening…"),
    ("screen.done", "Selesai", "Done"),
    ("screen.no_results", "Tidak ada berkas hasil: penyaringan tidak selesai.", "No result files: the screening did not complete."),
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
    ("screen.no_enrolment", "Berkas tidak punya kolom sudah_terdaftar: kepesertaan BPJS yang sudah ada tidak diperiksa. Pilih daftar yang sudah terdaftar untuk memeriksanya.", "The file has no sudah_terdaftar column: existing BPJS membership was not checked. Choose the list of people already enrolled to check it."),
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
/// take a noticeable share of its 200 KB budget): `scripts/build-web.sh` writes the output of
/// `layak catalogue --labels` into `www/index.html` (a JSON data block that the web app reads,
/// and the Indonesian words of the page itself).
#[cfg(not(target_arch = "wasm32"))]
pub fn ui_labels(lang: Lang) -> impl Iterator<Item = (&'static str, &'static str)> {
    UI.iter()
        .chain(super::web::LABELS)
        .chain(super::verval_web::LABELS)
        .map(move |(k, id, en)| {
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
        (Honorer, Lang::Id) => "tenaga honorer (non-ASN)",
        (PerangkatDesa, Lang::Id) => "perangkat desa",
        (None, Lang::En) => "none",
        (Pns, Lang::En) => "a civil servant (PNS)",
        (Cpns, Lang::En) => "a civil servant candidate (CPNS)",
        (Pppk, Lang::En) => "a contract government employee (PPPK)",
        (Tni, Lang::En) => "a soldier (TNI)",
        (Polri, Lang::En) => "a police officer (Polri)",
        (PejabatNegara, Lang::En) => "a state official",
        (PekerjaPenerimaUpah, Lang::En) => "a wage earner",
        (Honorer, Lang::En) => "a non-civil-servant government worker (honorer)",
        (PerangkatDesa, Lang::En) => "a village official (perangkat desa)",
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
        // Claims (data/claims/params.toml).
        "jkm.santunan_sekaligus" => ("JKM: santunan sekaligus", "JKM: lump sum"),
        "jkm.santunan_berkala" => ("JKM: santunan berkala", "JKM: periodic benefit"),
        "jkm.biaya_pemakaman" => ("JKM: biaya pemakaman", "JKM: burial costs"),
        "jkm.short_membership_months" => (
            "JKM: batas kepesertaan singkat",
            "JKM: short-membership limit",
        ),
        "jkm.short_membership_amount" => (
            "JKM: santunan kepesertaan singkat",
            "JKM: short-membership benefit",
        ),
        "jkm.payment_working_days" => (
            "JKM: batas waktu pembayaran BPJS",
            "JKM: BPJS payment period",
        ),
        "jkk.payment_working_days" => (
            "JKK: batas waktu pembayaran BPJS",
            "JKK: BPJS payment period",
        ),
        "jkk.claim_expiry_years" => ("JKK: masa pengajuan klaim", "JKK: claim period"),
        "jkk.death_multiplier" => (
            "JKK: santunan kematian (kali upah sebulan)",
            "JKK: death benefit (times monthly income)",
        ),
        "jkk.death_minimum" => (
            "JKK: santunan kematian paling sedikit",
            "JKK: minimum death benefit",
        ),
        "jkk.biaya_pemakaman" => ("JKK: biaya pemakaman", "JKK: burial costs"),
        "jkk.santunan_berkala" => ("JKK: santunan berkala", "JKK: periodic benefit"),
        "jkk.total_disability_multiplier" => (
            "JKK: cacat total tetap (kali upah sebulan)",
            "JKK: total permanent disability (times monthly income)",
        ),
        "jkk.default_monthly_income" => (
            "JKK: upah sebulan bila tidak diisi",
            "JKK: monthly income when not given",
        ),
        "late.percent_per_day" => (
            "Ganti rugi keterlambatan bayar per hari (persen)",
            "Late-payment compensation per day (percent)",
        ),
        "death_report.days" => (
            "Batas pelaporan kematian oleh RT",
            "Period for reporting a death",
        ),
        "beasiswa.max_children" => (
            "Beasiswa: jumlah anak paling banyak",
            "Scholarship: most children",
        ),
        "beasiswa.jkm_min_membership_years" => (
            "Beasiswa JKM: masa kepesertaan paling sedikit",
            "JKM scholarship: minimum membership",
        ),
        "beasiswa.max_age" => (
            "Beasiswa: usia anak di bawah",
            "Scholarship: child's age below",
        ),
        "beasiswa.tk_sd" => ("Beasiswa TK-SD per tahun", "Scholarship TK-SD per year"),
        "beasiswa.smp" => ("Beasiswa SMP per tahun", "Scholarship SMP per year"),
        "beasiswa.sma" => ("Beasiswa SMA per tahun", "Scholarship SMA per year"),
        "beasiswa.pt" => (
            "Beasiswa perguruan tinggi/pelatihan per tahun",
            "Scholarship, higher education or training, per year",
        ),
        "signature.thumbprint_accepted" => (
            "Cap jempol diterima sebagai tanda tangan",
            "Thumbprint accepted as a signature",
        ),
        // Verval (data/verval/params.toml).
        "verval.interval_months" => ("Jarak antar-verval", "Time between verval rounds"),
        "quota.rentan" => ("Kuota pekerja rentan", "Quota, vulnerable workers"),
        "quota.insentif" => (
            "Kuota penerima insentif daerah",
            "Quota, regional incentive recipients",
        ),
        "quota.source" => ("Dasar kuota", "Where the quota comes from"),
        "quota.priority" => ("Urutan prioritas calon", "Order of candidates"),
        _ => ("Parameter", "Parameter"),
    };
    pick_str(lang, id, en)
}
