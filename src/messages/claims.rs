//! The words of `layak claim`: document names, why each is asked for, the order of heirs,
//! benefit parts and the claim issues, in Indonesian and English.
//!
//! The readers are heirs, often grieving and with little schooling, and the village
//! operators who help them. Sentences are short, say "you" to the claimant, explain why,
//! and say what to do next. Nothing here is a rule: the rules are in [`crate::claims`].

use super::{human_date, pick};
use crate::claims::checklist::Context;
use crate::claims::documents::Document;
use crate::claims::heirs::{Group, Relation};
use crate::claims::input::Level;
use crate::claims::{ClaimDetail, ClaimType};
use crate::issue::{Code, Detail, Issue};
use crate::lang::Lang;
use chrono::Datelike;

/// The articles behind the order of heirs.
pub const HEIRS_LEGAL_BASIS: &str =
    "PP 44/2015 Pasal 40 ayat (2) (JKM) dan Pasal 37 ayat (5) (JKK); Permenaker 4/2023 Pasal 57 ayat (4)";

fn two(lang: Lang, id: &'static str, en: &'static str) -> &'static str {
    match lang {
        Lang::Id => id,
        Lang::En => en,
    }
}

/// An amount as people write it: `Rp42.000.000` (Indonesian), `Rp42,000,000` (English).
pub use super::rupiah;

/// The name of a claim type.
pub fn type_label(kind: ClaimType, lang: Lang) -> &'static str {
    match kind {
        ClaimType::Jkm => two(
            lang,
            "Klaim JKM (Jaminan Kematian)",
            "JKM claim (death benefit)",
        ),
        ClaimType::Jkk => two(
            lang,
            "Klaim JKK (Jaminan Kecelakaan Kerja)",
            "JKK claim (work-accident benefit)",
        ),
        ClaimType::Beasiswa => two(
            lang,
            "Klaim beasiswa anak",
            "Scholarship claim for children",
        ),
    }
}

/// The name of a document.
pub fn document_label(doc: Document, lang: Lang) -> &'static str {
    use Document::*;
    match doc {
        KartuPeserta => two(
            lang,
            "Kartu peserta BPJS Ketenagakerjaan (KPJ)",
            "BPJS Ketenagakerjaan membership card (KPJ)",
        ),
        KtpPeserta => two(lang, "KTP peserta", "ID card (KTP) of the participant"),
        KtpAhliWaris => two(lang, "KTP ahli waris", "ID card (KTP) of the heir"),
        Kk => two(lang, "Kartu Keluarga (KK)", "Family card (KK)"),
        AktaKematian => two(lang, "Akta kematian", "Death certificate (akta kematian)"),
        SuratKeteranganKematian => two(
            lang,
            "Surat keterangan kematian (desa/kelurahan, dokter atau rumah sakit)",
            "Death letter from the village, a doctor or a hospital",
        ),
        SuratKeteranganAhliWaris => two(
            lang,
            "Surat keterangan ahli waris",
            "Heir certificate (surat keterangan ahli waris)",
        ),
        BukuTabungan => two(lang, "Buku tabungan", "Savings account book"),
        BukuNikah => two(
            lang,
            "Buku nikah atau akta perkawinan",
            "Marriage book or certificate",
        ),
        AktaKelahiran => two(lang, "Akta kelahiran", "Birth certificate"),
        SuratPerwalian => two(lang, "Surat perwalian (wali anak)", "Guardianship letter"),
        KtpWali => two(lang, "KTP wali", "ID card (KTP) of the guardian"),
        AktaWasiat => two(
            lang,
            "Akta wasiat dari notaris",
            "Will made before a notary",
        ),
        PenetapanPengadilan => two(
            lang,
            "Penetapan ahli waris dari pengadilan",
            "Court determination of heirs",
        ),
        SuratKuasa => two(
            lang,
            "Surat kuasa bermeterai",
            "Power of attorney with a duty stamp (meterai)",
        ),
        KtpKuasa => two(
            lang,
            "KTP penerima kuasa",
            "ID card (KTP) of the representative",
        ),
        Formulir3 => two(
            lang,
            "Formulir 3 (laporan kecelakaan tahap I)",
            "Form 3 (accident report, stage I)",
        ),
        Formulir3a => two(
            lang,
            "Formulir 3a (laporan kecelakaan tahap II)",
            "Form 3a (accident report, stage II)",
        ),
        Formulir3b => two(
            lang,
            "Formulir 3b (surat keterangan dokter)",
            "Form 3b (doctor's statement)",
        ),
        Kronologi => two(
            lang,
            "Kronologi kejadian (tertulis)",
            "Written account of the accident",
        ),
        KtpSaksi => two(lang, "KTP 2 orang saksi", "ID cards (KTP) of 2 witnesses"),
        LaporanPolisi => two(lang, "Laporan polisi", "Police report"),
        KuitansiPengobatan => two(
            lang,
            "Kuitansi asli biaya berobat",
            "Original receipts for treatment",
        ),
        FormulirBeasiswa => two(
            lang,
            "Formulir pengajuan beasiswa",
            "Scholarship application form",
        ),
        SuratKeteranganSekolah => two(
            lang,
            "Surat keterangan masih sekolah atau kuliah",
            "Letter from the school or university",
        ),
        Rapor => two(
            lang,
            "Rapor atau transkrip nilai terakhir",
            "Last report card or transcript",
        ),
    }
}

/// Why a document is asked for, in plain words, for this claim. Papers the claimant signs
/// say that a thumbprint will do when `thumbprint_ok`.
pub fn document_reason(doc: Document, ctx: Context, thumbprint_ok: bool, lang: Lang) -> String {
    use Document::*;
    let beasiswa = ctx.kind == ClaimType::Beasiswa;
    let (id, en): (&str, &str) = match doc {
        KartuPeserta => (
            "Menunjukkan bahwa peserta terdaftar di BPJS Ketenagakerjaan. Kartu peserta program Pemkab sering disimpan di kantor desa; nomornya juga bisa dicari dengan NIK.",
            "Shows that the participant is registered with BPJS Ketenagakerjaan. Cards of the regency's programme are often kept at the village office; the number can also be found by NIK.",
        ),
        KtpPeserta if ctx.death => (
            "Menunjukkan siapa peserta yang meninggal.",
            "Shows who the participant who died was.",
        ),
        KtpPeserta => (
            "Menunjukkan siapa peserta yang mengalami kecelakaan.",
            "Shows who the participant in the accident is.",
        ),
        KtpAhliWaris if beasiswa => (
            "KTP anak yang sudah dewasa, yang menerima beasiswa.",
            "The ID card of the grown-up child who receives the scholarship.",
        ),
        KtpAhliWaris if ctx.minor => (
            "Anak di bawah umur belum punya KTP (KTP-el baru dari umur 17 atau setelah menikah, UU 24/2013 Pasal 63). Akta kelahiran atau KK anak diterima sebagai gantinya, bersama KTP wali dan surat perwalian.",
            "A minor has no KTP yet (the KTP-el comes at 17 or on marriage, UU 24/2013 Pasal 63). The child's birth certificate or KK is accepted instead, with the guardian's KTP and the guardianship letter.",
        ),
        KtpAhliWaris => (
            "Menunjukkan siapa ahli waris yang menerima uang santunan.",
            "Shows who the heir receiving the money is.",
        ),
        Kk if beasiswa => (
            "Menunjukkan bahwa anak ini anak peserta.",
            "Shows that the child is the participant's child.",
        ),
        Kk => (
            "Menunjukkan hubungan keluarga antara peserta dan ahli waris. Bila KK ahli waris berbeda, bawa keduanya.",
            "Shows how the heir is related to the participant. If the heir has a different KK, bring both.",
        ),
        AktaKematian => (
            "Bukti bahwa peserta sudah meninggal. Bila akta kematian dari Dukcapil belum ada, surat keterangan kematian dari desa/kelurahan, dokter atau rumah sakit juga diterima.",
            "Proof that the participant has died. If the death certificate from Dukcapil is not ready, a death letter from the village, a doctor or a hospital is accepted.",
        ),
        SuratKeteranganKematian => (
            "Bukti kematian dari desa/kelurahan, dokter atau rumah sakit.",
            "Proof of death from the village, a doctor or a hospital.",
        ),
        SuratKeteranganAhliWaris => (
            "Menyebutkan siapa saja ahli waris peserta. Dibuat di desa/kelurahan dan biasanya diketahui camat.",
            "Names the participant's heirs. It is made at the village office and usually signed off by the camat.",
        ),
        BukuTabungan if beasiswa => (
            "Beasiswa dikirim ke rekening atas nama anak atau walinya.",
            "The scholarship is sent to an account in the name of the child or the guardian.",
        ),
        BukuTabungan if ctx.death && ctx.minor => (
            "Uang santunan dikirim ke rekening ini. Rekening boleh atas nama anak atau walinya.",
            "The money is sent to this account. It may be in the name of the child or the guardian.",
        ),
        BukuTabungan if ctx.death => (
            "Uang santunan dikirim ke rekening atas nama ahli waris.",
            "The money is sent to an account in the heir's name.",
        ),
        BukuTabungan => (
            "Uang santunan dikirim ke rekening atas nama peserta.",
            "The money is sent to an account in the participant's name.",
        ),
        BukuNikah => (
            "Menunjukkan bahwa Anda istri atau suami sah peserta.",
            "Shows that you are the participant's lawful wife or husband.",
        ),
        AktaKelahiran if beasiswa => (
            "Menunjukkan nama, umur dan orang tua anak.",
            "Shows the child's name, age and parents.",
        ),
        AktaKelahiran => (
            "Menunjukkan bahwa Anda anak peserta. Kartu Keluarga yang mencantumkan Anda sebagai anak juga diterima.",
            "Shows that you are the participant's child. A family card (KK) listing you as a child is accepted too.",
        ),
        SuratPerwalian => (
            "Anak masih di bawah 18 tahun, jadi uangnya diurus oleh wali. Surat ini menunjukkan siapa walinya.",
            "The child is under 18, so a guardian handles the money. This letter shows who the guardian is.",
        ),
        KtpWali if beasiswa => (
            "KTP orang tua atau wali yang mengurus beasiswa untuk anak. Bila yang mengurus ibu atau ayah anak (janda/duda peserta), KTP ahli waris sudah cukup.",
            "The ID card of the parent or guardian who handles the scholarship. If it is the child's mother or father (the participant's widow or widower), the heir's ID card is enough.",
        ),
        KtpWali => (
            "Menunjukkan siapa wali yang mengurus uang untuk anak.",
            "Shows who the guardian handling the money for the child is.",
        ),
        AktaWasiat => (
            "Anda ditunjuk lewat wasiat. Wasiat itu harus berupa akta notaris (Permenaker 1/2025 Pasal 79).",
            "You were named in a will. The will must be a notarial deed (Permenaker 1/2025 Pasal 79).",
        ),
        PenetapanPengadilan => (
            "Hubungan Anda dengan peserta tidak ada di daftar ahli waris PP 44/2015, jadi perlu penetapan ahli waris dari pengadilan.",
            "Your relation to the participant is not in the list of heirs of PP 44/2015, so a court must name the heirs.",
        ),
        SuratKuasa => (
            "Klaim diurus oleh orang lain. Ahli waris memberi kuasa dengan surat bermeterai.",
            "Someone else files the claim. The heir gives them power with a stamped letter.",
        ),
        KtpKuasa => (
            "Menunjukkan siapa yang diberi kuasa mengurus klaim.",
            "Shows who was given the power to file the claim.",
        ),
        Formulir3 => (
            "Laporan awal kecelakaan kerja kepada BPJS.",
            "The first report of the work accident to BPJS.",
        ),
        Formulir3a => (
            "Laporan lanjutan setelah perawatan selesai.",
            "The follow-up report once treatment is over.",
        ),
        Formulir3b => (
            "Surat dokter tentang akibat kecelakaan: sembuh, cacat atau meninggal.",
            "The doctor's statement on the outcome: recovered, disabled or died.",
        ),
        Kronologi => (
            "Cerita tertulis tentang kejadian: tempat, waktu dan sebabnya. Perjalanan berangkat atau pulang kerja juga termasuk kecelakaan kerja.",
            "A written account of what happened: where, when and why. The trip to or from work counts as a work accident too.",
        ),
        KtpSaksi => (
            "Dua orang yang melihat atau tahu kejadiannya menjadi saksi.",
            "Two people who saw or know what happened act as witnesses.",
        ),
        LaporanPolisi if ctx.kind == ClaimType::Jkm => (
            "Tidak wajib untuk JKM. Simpan saja: bila kecelakaan terjadi saat berangkat atau pulang kerja, bisa diklaim sebagai kecelakaan kerja (JKK), yang santunannya lebih besar.",
            "Not needed for JKM. Keep it: if the accident happened on the way to or from work, it can be claimed as a work accident (JKK), which pays more.",
        ),
        LaporanPolisi => (
            "Kecelakaan terjadi di jalan raya, jadi perlu laporan dari polisi.",
            "The accident happened on the road, so a police report is needed.",
        ),
        KuitansiPengobatan => (
            "Untuk mengganti biaya berobat yang sudah Anda bayar sendiri. Bila rumah sakit menagih langsung ke BPJS, beri tahu petugas.",
            "To pay back treatment you paid for yourself. If the hospital billed BPJS directly, tell the officer.",
        ),
        FormulirBeasiswa => (
            "Formulir permohonan beasiswa, diisi setiap tahun.",
            "The scholarship application form, filled in every year.",
        ),
        SuratKeteranganSekolah => (
            "Menunjukkan bahwa anak masih sekolah atau kuliah tahun ini.",
            "Shows that the child is still at school or university this year.",
        ),
        Rapor => (
            "Rapor atau transkrip terakhir, untuk menunjukkan anak masih belajar.",
            "The last report card or transcript, to show the child is still studying.",
        ),
    };
    let mut s = match lang {
        Lang::Id => id.to_string(),
        Lang::En => en.to_string(),
    };
    if doc.is_signed() && thumbprint_ok {
        s.push(' ');
        s.push_str(two(
            lang,
            "Bila tidak bisa tanda tangan, boleh cap jempol (menurut program Pemkab; aturan tertulis BPJS belum ditemukan).",
            "If you cannot sign, a thumbprint will do (according to the regency's programme; no written BPJS rule was found).",
        ));
    }
    s
}

/// The name of a group of heirs.
pub fn group_label(g: Group, lang: Lang) -> &'static str {
    match g {
        Group::SpouseChildren => two(
            lang,
            "Janda/duda dan anak",
            "Widow or widower, and children",
        ),
        Group::DirectLine => two(
            lang,
            "Orang tua, kakek/nenek, cucu",
            "Parents, grandparents, grandchildren",
        ),
        Group::Siblings => two(lang, "Saudara kandung", "Brothers and sisters"),
        Group::ParentsInLaw => two(lang, "Mertua", "Parents-in-law"),
        Group::Will => two(
            lang,
            "Orang yang ditunjuk dalam wasiat",
            "The person named in the will",
        ),
    }
}

/// The group in the middle of a sentence.
fn group_words(g: Group, lang: Lang) -> &'static str {
    match g {
        Group::SpouseChildren => two(
            lang,
            "janda/duda dan anak",
            "the widow or widower, and the children",
        ),
        Group::DirectLine => two(
            lang,
            "orang tua, kakek/nenek, cucu",
            "the parents, grandparents, grandchildren",
        ),
        Group::Siblings => two(lang, "saudara kandung", "the brothers and sisters"),
        Group::ParentsInLaw => two(lang, "mertua", "the parents-in-law"),
        Group::Will => two(
            lang,
            "orang yang ditunjuk dalam wasiat",
            "the person named in the will",
        ),
    }
}

/// When nobody is in any group.
pub fn burial_arranger_label(lang: Lang) -> &'static str {
    two(
        lang,
        "Yang mengurus pemakaman (hanya biaya pemakaman)",
        "Whoever arranged the burial (burial costs only)",
    )
}

/// A relation in words.
pub fn relation_word(r: Relation, lang: Lang) -> &'static str {
    match r {
        Relation::Spouse => two(lang, "istri/suami", "wife/husband"),
        Relation::Child => two(lang, "anak", "child"),
        Relation::Parent => two(lang, "orang tua", "parent"),
        Relation::Grandparent => two(lang, "kakek/nenek", "grandparent"),
        Relation::Grandchild => two(lang, "cucu", "grandchild"),
        Relation::Sibling => two(lang, "saudara kandung", "brother/sister"),
        Relation::ParentInLaw => two(lang, "mertua", "parent-in-law"),
        Relation::WillAppointee => two(lang, "penerima wasiat", "person named in the will"),
        Relation::Other => two(lang, "orang lain", "someone else"),
    }
}

fn level_word(l: Level, lang: Lang) -> &'static str {
    match l {
        Level::NotInSchool => two(lang, "belum sekolah", "not yet at school"),
        Level::TkSd => two(lang, "TK/SD", "kindergarten/primary"),
        Level::Smp => two(lang, "SMP", "lower secondary (SMP)"),
        Level::Sma => two(lang, "SMA/SMK", "upper secondary (SMA/SMK)"),
        Level::Pt => two(
            lang,
            "perguruan tinggi/pelatihan",
            "higher education/training",
        ),
    }
}

/// The name of a benefit part.
pub fn part_label(code: &str, level: Option<Level>, lang: Lang) -> String {
    if let Some(n) = code.strip_prefix("beasiswa_anak_") {
        let l = level.map(|l| level_word(l, lang)).unwrap_or("");
        return pick(
            lang,
            format!("Beasiswa anak ke-{n} ({l}), tahun ini"),
            format!("Scholarship, child {n} ({l}), this year"),
        );
    }
    let (id, en) = match code {
        "santunan_sekaligus" => ("Santunan sekaligus", "Lump sum"),
        "santunan_berkala" => (
            "Santunan berkala (24 bulan, dibayar sekaligus)",
            "Periodic benefit (24 months, paid at once)",
        ),
        "biaya_pemakaman" => ("Biaya pemakaman", "Burial costs"),
        "santunan_masa_iur_singkat" => (
            "Santunan untuk kepesertaan kurang dari 3 bulan",
            "Benefit for membership under 3 months",
        ),
        "santunan_kematian" => (
            "Santunan kematian karena kecelakaan kerja",
            "Work-accident death benefit",
        ),
        "santunan_cacat_total_tetap" => (
            "Santunan cacat total tetap",
            "Total permanent disability benefit",
        ),
        other => (other, other),
    };
    pick(lang, id.to_string(), en.to_string())
}

/// A form field in words.
pub fn field_word(field: &str, lang: Lang) -> &str {
    match field {
        "type" => two(lang, "jenis klaim", "the claim type"),
        "death_date" => two(lang, "tanggal meninggal", "the date of death"),
        "accident_date" => two(lang, "tanggal kecelakaan", "the accident date"),
        "reported_date" => two(lang, "tanggal lapor", "the report date"),
        "membership_start" => two(
            lang,
            "tanggal mulai menjadi peserta",
            "the membership start date",
        ),
        "paid_until" => two(
            lang,
            "bulan terakhir iuran dibayar",
            "the last month contributions were paid",
        ),
        "complete_date" => two(
            lang,
            "tanggal berkas lengkap",
            "the date the file was complete",
        ),
        "relation" => two(
            lang,
            "hubungan dengan peserta",
            "the relation to the participant",
        ),
        "minor" => two(
            lang,
            "keterangan di bawah 18 tahun",
            "whether the heir is under 18",
        ),
        "traffic_accident" => two(
            lang,
            "keterangan kecelakaan di jalan",
            "whether it was a road accident",
        ),
        "represented" => two(
            lang,
            "keterangan diurus orang lain",
            "whether someone files for the heir",
        ),
        "signature" => two(lang, "cara tanda tangan", "the way of signing"),
        "documents" => two(lang, "daftar dokumen", "the list of documents"),
        "family" => two(
            lang,
            "daftar keluarga yang masih hidup",
            "the list of living family",
        ),
        "outcome" => two(lang, "akibat kecelakaan", "the outcome of the accident"),
        "monthly_income" => two(lang, "penghasilan sebulan", "the monthly income"),
        "children" => two(lang, "data anak", "the children's details"),
        "basis" => two(
            lang,
            "dasar beasiswa (jkm atau jkk)",
            "the scholarship basis (jkm or jkk)",
        ),
        "arranged_burial" => two(
            lang,
            "keterangan yang mengurus pemakaman",
            "who arranged the burial",
        ),
        "self_paid_treatment" => two(
            lang,
            "keterangan biaya berobat",
            "whether treatment was paid by you",
        ),
        other => other,
    }
}

/// The message for a holidays option that cannot be read.
pub fn holidays_error(detail: &str, lang: Lang) -> String {
    pick(
        lang,
        format!("daftar hari libur tidak bisa dibaca ({detail}); tulis tanggal sebagai TAHUN-BULAN-TANGGAL, misalnya 2027-01-01"),
        format!("the holiday list cannot be read ({detail}); write dates as YEAR-MONTH-DAY, e.g. 2027-01-01"),
    )
}

fn claim_detail(issue: &Issue) -> ClaimDetail {
    match issue.detail {
        Detail::Claim(c) => c,
        _ => ClaimDetail::None,
    }
}

/// The message of a `claim.` issue in `lang`.
pub fn issue_message(issue: &Issue, lang: Lang) -> String {
    use Code::*;
    let d = claim_detail(issue);
    let field = |lang| field_word(issue.field(), lang).to_string();
    let date = |x, l| human_date(x, l);
    match issue.code {
        ClaimTypeMissing => pick(
            lang,
            "Jenis klaim belum diisi. Pilih jkm (kematian), jkk (kecelakaan kerja) atau beasiswa.".into(),
            "The claim type is empty. Choose jkm (death), jkk (work accident) or beasiswa (scholarship).".into(),
        ),
        ClaimTypeUnknown => pick(
            lang,
            "Jenis klaim tidak dikenal. Pilih jkm (kematian), jkk (kecelakaan kerja) atau beasiswa.".into(),
            "The claim type is unknown. Choose jkm (death), jkk (work accident) or beasiswa (scholarship).".into(),
        ),
        ClaimFieldInvalid => pick(
            lang,
            format!("Isian {} tidak bisa dibaca, jadi tidak dipakai. Mohon periksa lagi.", field(Lang::Id)),
            format!("We could not read {}, so it was left out. Please check it.", field(Lang::En)),
        ),
        ClaimDocumentUnknown => {
            let n = match d {
                ClaimDetail::Position(n) => n,
                _ => 0,
            };
            pick(
                lang,
                format!("Dokumen ke-{n} di daftar tidak dikenal. Pakai kode dokumen yang ada di daftar periksa."),
                format!("Document number {n} in the list is not known. Use the codes of the checklist."),
            )
        }
        ClaimDateFuture => pick(
            lang,
            format!("Isian {} jatuh setelah hari ini. Mohon periksa tanggalnya.", field(Lang::Id)),
            format!("{} is after today. Please check the date.", capital(&field(Lang::En))),
        ),
        ClaimDateOrder => {
            let (e, l) = match d {
                ClaimDetail::Order { earlier, later } => (earlier, later),
                _ => ("", ""),
            };
            if e == "membership_start" {
                pick(
                    lang,
                    format!("Peserta baru terdaftar setelah {}. Kejadian sebelum menjadi peserta tidak ditanggung; mohon periksa tanggalnya.", field_word(l, Lang::Id)),
                    format!("Membership began after {}. Events before membership are not covered; please check the dates.", field_word(l, Lang::En)),
                )
            } else {
                pick(
                    lang,
                    format!("Isian {} tidak mungkin sebelum {}. Mohon periksa tanggalnya.", field_word(l, Lang::Id), field_word(e, Lang::Id)),
                    format!("{} cannot be before {}. Please check the dates.", capital(field_word(l, Lang::En)), field_word(e, Lang::En)),
                )
            }
        }
        ClaimDeathDateMissing => pick(
            lang,
            "Tanggal meninggal belum diisi. Isi dari akta atau surat keterangan kematian.".into(),
            "The date of death is empty. Fill it in from the death certificate or letter.".into(),
        ),
        ClaimAccidentDateMissing => pick(
            lang,
            "Tanggal kecelakaan belum diisi. Tanpa tanggal itu batas waktu klaim (5 tahun) tidak bisa dihitung.".into(),
            "The accident date is empty. Without it the claim deadline (5 years) cannot be counted.".into(),
        ),
        ClaimRelationMissing => pick(
            lang,
            "Hubungan pemohon dengan peserta belum diisi (istri/suami, anak, orang tua, dan seterusnya).".into(),
            "The claimant's relation to the participant is empty (wife/husband, child, parent and so on).".into(),
        ),
        ClaimMembershipStartMissing => pick(
            lang,
            "Tanggal mulai menjadi peserta belum diisi, jadi syarat masa kepesertaan belum bisa diperiksa. Tanggalnya ada di kartu peserta atau di kantor desa.".into(),
            "The membership start date is empty, so the membership conditions cannot be checked. It is on the membership card or at the village office.".into(),
        ),
        ClaimShortMembership => {
            let (m, a) = match d {
                ClaimDetail::ShortMembership { months, amount } => (months, amount),
                _ => (0, 0),
            };
            pick(
                lang,
                format!("Peserta meninggal kurang dari {m} bulan setelah terdaftar. Menurut keterangan BPJS, santunannya {} saja. Aturan ini belum dipastikan; tanyakan ke kantor BPJS.", rupiah(a, Lang::Id)),
                format!("The participant died less than {m} months after joining. According to BPJS statements the benefit is then {} only. This rule is not yet confirmed; ask the BPJS office.", rupiah(a, Lang::En)),
            )
        }
        ClaimNotCovered => {
            let month = |lang| match d {
                ClaimDetail::PaidUntil(p) => format!(
                    "{} {}",
                    crate::messages::month_name(p.month(), lang),
                    p.year()
                ),
                _ => "?".to_string(),
            };
            pick(
                lang,
                format!("Peserta meninggal pada bulan yang iurannya belum dibayar (iuran terakhir: {}). JKM hanya dibayar bila kepesertaan aktif saat meninggal; tanyakan ke Dinas apakah iuran bulan itu sudah dibayar.", month(Lang::Id)).replace('?', "tidak diketahui"),
                format!("The participant died in a month whose contribution is not paid (last paid: {}). JKM is paid only when the membership is active at death; ask the Dinas whether that month was paid.", month(Lang::En)).replace('?', "unknown"),
            )
        }
        ClaimFamilyMissing => pick(
            lang,
            "Siapa saja keluarga peserta yang masih hidup belum diisi, jadi urutan ahli waris belum bisa dipastikan.".into(),
            "The living family members are not listed, so the order of heirs cannot be settled.".into(),
        ),
        ClaimClaimantNotEntitled => {
            let g = match d {
                ClaimDetail::Entitled(g) => g,
                _ => Group::SpouseChildren,
            };
            pick(
                lang,
                format!("Menurut urutan ahli waris, yang berhak adalah: {}. Mereka yang perlu mengajukan klaim, atau memberi kuasa kepada Anda.", group_words(g, Lang::Id)),
                format!("By the order of heirs, the benefit goes to: {}. They should claim, or give you a power of attorney.", group_words(g, Lang::En)),
            )
        }
        ClaimNoHeir => pick(
            lang,
            "Tidak ada ahli waris. Yang dibayar hanya biaya pemakaman, kepada orang yang mengurus pemakaman.".into(),
            "There is no heir. Only the burial costs are paid, to whoever arranged the burial.".into(),
        ),
        ClaimCourtDetermination => pick(
            lang,
            "Pemohon tidak termasuk daftar ahli waris. Perlu penetapan ahli waris dari pengadilan.".into(),
            "The claimant is not in the list of heirs. A court determination of heirs is needed.".into(),
        ),
        ClaimShareUnknown => pick(
            lang,
            "Janda/duda dan anak sama-sama berhak. Aturan tidak menetapkan pembagiannya; sepakati bersama dan tanyakan ke kantor BPJS.".into(),
            "The widow or widower and the children are entitled together. The rules do not set how they share; agree together and ask the BPJS office.".into(),
        ),
        ClaimDeathReportLate => {
            let (days, limit) = days_limit(d);
            pick(
                lang,
                format!("Kematian dilaporkan {days} hari setelah meninggal; batasnya {limit} hari. Hak klaim JKM tidak hilang, tetapi akta kematian bisa lebih lama jadi."),
                format!("The death was reported {days} days after it happened; the limit is {limit} days. The JKM claim is not lost, but the death certificate may take longer."),
            )
        }
        ClaimDeathReportReminder => {
            let by = match d {
                ClaimDetail::ReportBy(x) => x,
                _ => chrono::NaiveDate::MIN,
            };
            pick(
                lang,
                format!("Laporkan kematian ke desa/Dukcapil paling lambat {} agar akta kematian cepat terbit.", date(by, Lang::Id)),
                format!("Report the death to the village or Dukcapil by {} so the death certificate comes quickly.", date(by, Lang::En)),
            )
        }
        ClaimDeathReportOverdue => {
            let (days, limit) = days_limit(d);
            pick(
                lang,
                format!("Sudah {days} hari sejak meninggal (batas lapor {limit} hari). Bila belum dilaporkan, segera lapor ke desa/Dukcapil. Hak klaim JKM tetap ada."),
                format!("It has been {days} days since the death (the limit is {limit} days). If it is not reported yet, report it to the village or Dukcapil now. The JKM claim is still there."),
            )
        }
        ClaimPaymentLate => {
            let (days, percent, amount, due) = match d {
                ClaimDetail::Late { days, percent, amount, due } => (days, percent, amount, due),
                _ => (0, 0, 0, chrono::NaiveDate::MIN),
            };
            pick(
                lang,
                format!("BPJS seharusnya membayar paling lambat {}. Sudah terlambat {days} hari kerja. Ahli waris berhak atas tambahan {percent}% per hari, yaitu {}. Tanyakan ke kantor BPJS.", date(due, Lang::Id), rupiah(amount, Lang::Id)),
                format!("BPJS should have paid by {}. It is {days} working days late. The heirs are owed {percent}% a day extra, that is {}. Ask the BPJS office.", date(due, Lang::En), rupiah(amount, Lang::En)),
            )
        }
        ClaimCompleteDateMissing => {
            let n = match d {
                ClaimDetail::WorkingDays(n) => n,
                _ => 0,
            };
            pick(
                lang,
                format!("Setelah berkas lengkap diterima BPJS, BPJS wajib membayar paling lambat {n} hari kerja. Isi tanggal berkas lengkap untuk menghitung tanggalnya."),
                format!("Once BPJS has the complete file, it must pay within {n} working days. Fill in the date the file was complete to count the day."),
            )
        }
        ClaimCompleteWithMissing => {
            let n = match d {
                ClaimDetail::Count(n) => n,
                _ => 0,
            };
            pick(
                lang,
                format!("Tanggal berkas lengkap sudah diisi, tetapi {n} dokumen belum dicentang. Periksa lagi daftarnya."),
                format!("The date the file was complete is filled in, but {n} documents are not ticked. Please check the list."),
            )
        }
        ClaimHolidaysUnknownYear => {
            let y = match d {
                ClaimDetail::Year(y) => y,
                _ => 0,
            };
            pick(
                lang,
                format!("Daftar hari libur tahun {y} belum ada, jadi hanya Sabtu dan Minggu yang dilewati. Tanggal bayar bisa mundur bila ada hari libur."),
                format!("There is no holiday list for {y} yet, so only weekends were skipped. The payment day may be later if there are holidays."),
            )
        }
        ClaimCutiBersama => {
            let (n, alt) = match d {
                ClaimDetail::CutiBersama { count, alt } => (count, alt),
                _ => (0, chrono::NaiveDate::MIN),
            };
            pick(
                lang,
                format!("Ada {n} hari cuti bersama yang dihitung sebagai hari kerja. Bila kantor BPJS tutup pada hari itu, batas bayarnya {}.", date(alt, Lang::Id)),
                format!("{n} collective leave days (cuti bersama) were counted as working days. If the BPJS office was closed then, the payment is due by {}.", date(alt, Lang::En)),
            )
        }
        ClaimExpired => {
            let (on, years) = expiry(d);
            pick(
                lang,
                format!("Batas waktu klaim JKK ({years} tahun setelah kecelakaan) sudah lewat pada {}. Tanyakan ke kantor BPJS apakah masih ada jalan.", date(on, Lang::Id)),
                format!("The JKK claim period ({years} years after the accident) ended on {}. Ask the BPJS office whether anything can still be done.", date(on, Lang::En)),
            )
        }
        ClaimExpiresSoon => {
            let (on, years) = expiry(d);
            pick(
                lang,
                format!("Klaim JKK harus diajukan paling lambat {} ({years} tahun setelah kecelakaan). Segera lengkapi berkasnya.", date(on, Lang::Id)),
                format!("The JKK claim must be filed by {} ({years} years after the accident). Please complete the file soon.", date(on, Lang::En)),
            )
        }
        ClaimThumbprint => pick(
            lang,
            "Cap jempol boleh dipakai sebagai pengganti tanda tangan menurut program Pemkab. Aturan tertulis BPJS belum ditemukan, jadi minta petugas desa ikut menyaksikan.".into(),
            "A thumbprint may replace a signature under the regency's programme. No written BPJS rule was found, so ask the village officer to witness it.".into(),
        ),
        ClaimThumbprintNotAccepted => pick(
            lang,
            "Cap jempol mungkin tidak diterima sebagai tanda tangan. Tanyakan ke kantor BPJS, atau minta orang lain menandatangani dengan surat kuasa.".into(),
            "A thumbprint may not be accepted as a signature. Ask the BPJS office, or have someone sign with a power of attorney.".into(),
        ),
        ClaimIncomeAssumed => {
            let a = match d {
                ClaimDetail::Amount(a) => a,
                _ => 0,
            };
            pick(
                lang,
                format!("Penghasilan yang dilaporkan ke BPJS belum diisi; dihitung {} sebulan, yang biasa dipakai program Pemkab.", rupiah(a, Lang::Id)),
                format!("The income reported to BPJS is empty; {} a month was used, the usual amount in the regency's programme.", rupiah(a, Lang::En)),
            )
        }
        ClaimOutcomeMissing => pick(
            lang,
            "Akibat kecelakaan belum diisi (meninggal, cacat total, cacat sebagian, atau sembuh), jadi santunan belum bisa dihitung.".into(),
            "The outcome of the accident is empty (died, total disability, partial disability or recovered), so the benefit cannot be counted.".into(),
        ),
        ClaimOutcomeNoAmount => pick(
            lang,
            "Biaya berobat ditanggung sesuai kebutuhan medis tanpa batas. Santunan cacat sebagian dan upah selama tidak bisa bekerja dihitung BPJS dari surat dokter.".into(),
            "Medical care is covered as needed, with no limit. Partial disability and income while unable to work are counted by BPJS from the doctor's statement.".into(),
        ),
        ClaimNoParameter => pick(
            lang,
            format!("Besar santunan untuk {} itu belum ada di data, jadi tidak dihitung. Tanyakan ke kantor BPJS.", field(Lang::Id)),
            format!("The data holds no amount for {}, so it was not counted. Ask the BPJS office.", field(Lang::En)),
        ),
        ClaimMaybeWorkAccident => pick(
            lang,
            "Bila kecelakaan terjadi saat berangkat atau pulang kerja, itu termasuk kecelakaan kerja (JKK), yang santunannya lebih besar. Tanyakan ke kantor BPJS.".into(),
            "If the accident happened on the way to or from work, it is a work accident (JKK), which pays more. Ask the BPJS office.".into(),
        ),
        ClaimBeasiswaMembershipShort => {
            let (have, need) = match d {
                ClaimDetail::Years { have, need } => (have, need),
                _ => (0, 0),
            };
            pick(
                lang,
                format!("Beasiswa dari JKM perlu masa kepesertaan paling sedikit {need} tahun; peserta baru {have} tahun. Beasiswa belum bisa diberikan."),
                format!("A JKM scholarship needs at least {need} years of membership; the participant had {have}. No scholarship can be paid."),
            )
        }
        ClaimBeasiswaPossible => pick(
            lang,
            "Anak peserta (paling banyak 2) bisa mendapat beasiswa setiap tahun sampai kuliah. Ajukan klaim beasiswa terpisah.".into(),
            "Up to 2 of the participant's children can get a scholarship every year up to university. File a separate scholarship claim.".into(),
        ),
        ClaimBeasiswaTooManyChildren => {
            let n = match d {
                ClaimDetail::Count(n) => n,
                _ => 0,
            };
            pick(
                lang,
                format!("Beasiswa hanya untuk {n} anak; yang dihitung {n} anak pertama di daftar."),
                format!("The scholarship covers {n} children; the first {n} in the list were counted."),
            )
        }
        ClaimBeasiswaNotInSchool => {
            let n = match d {
                ClaimDetail::Child(n) => n,
                _ => 0,
            };
            pick(
                lang,
                format!("Anak ke-{n} belum sekolah. Beasiswanya diberikan mulai tahun ia masuk sekolah."),
                format!("Child {n} is not at school yet. The scholarship starts in the year the child starts school."),
            )
        }
        ClaimBeasiswaTooOld => {
            let (n, limit) = match d {
                ClaimDetail::ChildAge { child, limit } => (child, limit),
                _ => (0, 0),
            };
            pick(
                lang,
                format!("Anak ke-{n} sudah berumur {limit} tahun atau lebih. Beasiswa berhenti pada umur {limit} tahun."),
                format!("Child {n} is {limit} or older. The scholarship ends at age {limit}."),
            )
        }
        ClaimBeasiswaNoChildren => pick(
            lang,
            "Data anak belum diisi. Tulis jenjang sekolah setiap anak (TK/SD, SMP, SMA, kuliah).".into(),
            "The children are not listed. Give each child's school level (primary, SMP, SMA, university).".into(),
        ),
        ClaimJsonInvalid => {
            let (line, column) = match d {
                ClaimDetail::Line { line, column } => (line, column),
                _ => (0, 0),
            };
            pick(
                lang,
                format!("Baris {line} bukan data klaim yang bisa dibaca (JSON rusak sekitar kolom {column}). Baris ini dilewati."),
                format!("Line {line} is not a readable claim (broken JSON near column {column}). The line was skipped."),
            )
        }
        _ => String::new(),
    }
}

fn days_limit(d: ClaimDetail) -> (i64, i64) {
    match d {
        ClaimDetail::Days { days, limit } => (days, limit),
        _ => (0, 0),
    }
}

fn expiry(d: ClaimDetail) -> (chrono::NaiveDate, u32) {
    match d {
        ClaimDetail::Expiry { on, years } => (on, years),
        _ => (chrono::NaiveDate::MIN, 0),
    }
}

fn capital(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_ascii_uppercase().to_string() + c.as_str(),
        None => String::new(),
    }
}

/// Words of the printed claim report.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ClaimLabel {
    /// "as of".
    AsOf,
    /// File complete.
    Complete,
    /// File not complete.
    Incomplete,
    /// Documents heading.
    Documents,
    /// Still missing.
    StillMissing,
    /// Not required.
    Optional,
    /// Accepted instead.
    AcceptedInstead,
    /// Heirs heading.
    Heirs,
    /// Entitled.
    EntitledMark,
    /// Present.
    Present,
    /// Not present.
    Absent,
    /// Not told.
    NotTold,
    /// Claimant entitled.
    ClaimantEntitled,
    /// Claimant not entitled.
    ClaimantNotEntitled,
    /// Claimant: unknown.
    ClaimantUnknown,
    /// Deadlines heading.
    Deadlines,
    /// Payment due.
    PaymentDue,
    /// Working days after the complete file.
    WorkingDaysAfter,
    /// Skipped.
    Skipped,
    /// Not counted yet.
    NotCounted,
    /// Claim expires.
    ClaimExpires,
    /// No expiry.
    NoExpiry,
    /// Death report.
    DeathReport,
    /// Days after the death.
    DaysAfterDeath,
    /// On time.
    OnTime,
    /// Late.
    Late,
    /// Benefit heading.
    Benefit,
    /// Total.
    Total,
    /// Not computed.
    NotComputed,
    /// Notes heading.
    Notes,
    /// Expired.
    Expired,
    /// Limit.
    Limit,
    /// Days.
    Days,
    /// Satisfied with.
    SatisfiedWith,
    /// "documents still missing" after a count.
    DocumentsMissing,
    /// The law of a date.
    LawOf,
}

impl ClaimLabel {
    /// The words in `lang`.
    pub fn text(self, lang: Lang) -> &'static str {
        use ClaimLabel::*;
        let (id, en) = match self {
            AsOf => ("per", "as of"),
            Complete => ("BERKAS LENGKAP", "FILE COMPLETE"),
            Incomplete => ("BERKAS BELUM LENGKAP", "FILE NOT COMPLETE"),
            Documents => ("Dokumen", "Documents"),
            StillMissing => ("Masih kurang", "Still missing"),
            Optional => ("tidak wajib", "not required"),
            AcceptedInstead => ("boleh diganti", "or instead"),
            Heirs => ("Ahli waris", "Heirs"),
            EntitledMark => ("BERHAK", "ENTITLED"),
            Present => ("ada", "alive"),
            Absent => ("tidak ada", "none"),
            NotTold => ("belum diisi", "not told"),
            ClaimantEntitled => ("Pemohon berhak", "The claimant is entitled"),
            ClaimantNotEntitled => ("Pemohon tidak berhak", "The claimant is not entitled"),
            ClaimantUnknown => (
                "Hak pemohon belum bisa dipastikan",
                "The claimant's right cannot be settled yet",
            ),
            Deadlines => ("Tenggat", "Deadlines"),
            PaymentDue => ("BPJS wajib membayar paling lambat", "BPJS must pay by"),
            WorkingDaysAfter => (
                "hari kerja setelah berkas lengkap",
                "working days after the complete file",
            ),
            Skipped => ("hari libur dilewati", "holidays skipped"),
            NotCounted => ("belum bisa dihitung", "cannot be counted yet"),
            ClaimExpires => ("Batas akhir pengajuan klaim", "Last day to claim"),
            NoExpiry => ("tidak ada batas waktu", "no time limit"),
            DeathReport => ("Lapor kematian", "Death report"),
            DaysAfterDeath => ("hari setelah meninggal", "days after the death"),
            OnTime => ("tepat waktu", "on time"),
            Late => ("terlambat", "late"),
            Benefit => ("Santunan", "Benefit"),
            Total => ("Jumlah", "Total"),
            NotComputed => ("belum bisa dihitung", "cannot be counted"),
            Notes => ("Catatan", "Notes"),
            Expired => ("sudah lewat", "passed"),
            Limit => ("batas", "limit"),
            Days => ("hari", "days"),
            SatisfiedWith => ("dipenuhi dengan", "met by"),
            DocumentsMissing => ("dokumen masih kurang", "documents still missing"),
            LawOf => ("menurut aturan yang berlaku", "under the rules in force on"),
        };
        two(lang, id, en)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rupiah_is_grouped_the_local_way() {
        assert_eq!(rupiah(42_000_000, Lang::Id), "Rp42.000.000");
        assert_eq!(rupiah(1_260_000, Lang::En), "Rp1,260,000");
        assert_eq!(rupiah(0, Lang::Id), "Rp0");
        assert_eq!(rupiah(500, Lang::Id), "Rp500");
    }

    #[test]
    fn every_document_has_a_label_and_a_reason() {
        for k in [ClaimType::Jkm, ClaimType::Jkk, ClaimType::Beasiswa] {
            for death in [true, false] {
                let ctx = Context {
                    kind: k,
                    death,
                    minor: false,
                };
                for d in Document::ALL {
                    for lang in [Lang::Id, Lang::En] {
                        assert!(document_label(*d, lang).len() > 2);
                        assert!(document_reason(*d, ctx, true, lang).len() > 20);
                    }
                }
            }
        }
    }
}
