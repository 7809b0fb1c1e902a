//! Words for heirs, relations, benefit parts, input fields and the holidays option.

use super::*;
use crate::claims::heirs::{Group, Relation};
use crate::claims::input::Level;
use crate::lang::Lang;
use crate::messages::pick;

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
pub(super) fn group_words(g: Group, lang: Lang) -> &'static str {
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

/// The name of a benefit part. `short_months` is `jkm.short_membership_months` in force on
/// the day whose law was applied, which the short-membership part's name states.
pub fn part_label(
    code: &str,
    level: Option<Level>,
    short_months: Option<i64>,
    lang: Lang,
) -> String {
    if let Some(n) = code.strip_prefix("beasiswa_anak_") {
        let l = level.map(|l| level_word(l, lang)).unwrap_or("");
        return pick(
            lang,
            format!("Beasiswa anak ke-{n} ({l}), tahun ini"),
            format!("Scholarship, child {n} ({l}), this year"),
        );
    }
    if let ("santunan_masa_iur_singkat", Some(m)) = (code, short_months) {
        return pick(
            lang,
            format!("Santunan untuk kepesertaan kurang dari {m} bulan"),
            format!("Benefit for membership under {m} months"),
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
            "Santunan untuk kepesertaan singkat",
            "Benefit for a short membership",
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
