//! The words of `layak verval`: one sentence per output row, the reasons in plain
//! Indonesian (or English), and why a round could not be made.
//!
//! Verval sits above `messages` (it writes finished files, like screening), so its own
//! sentences live here, next to the types they describe, built from the words of
//! [`crate::messages`].

use crate::claims::checklist::ByHeir;
use crate::lang::Lang;
use crate::messages::claims::{document_label, relation_word};
use crate::messages::labels::program_name;
use crate::messages::{grouped, human_date, pick, rupiah};
use crate::rules::applicant::Program;
use chrono::NaiveDate;

/// A reason id of a verval row in words: the eligibility rule ids, and the verval-only
/// `status.died` and `death.dates_differ`.
pub fn reason_words(id: &str, lang: Lang) -> &'static str {
    let (i, e) = match id {
        "status.died" => ("meninggal dunia", "died"),
        "death.dates_differ" => (
            "laporan kematian dengan tanggal berbeda",
            "death reports with different dates",
        ),
        "identity.nik" => ("NIK tidak sah", "the NIK is not valid"),
        "identity.citizenship" => ("kewarganegaraan", "citizenship"),
        "domicile.regency" => (
            "tidak lagi tinggal di kabupaten",
            "no longer lives in the regency",
        ),
        "age.min" => ("usia di bawah batas", "under the minimum age"),
        "age.max" => ("usia melewati batas", "over the age limit"),
        "category.listed" => (
            "kategori tidak ada di daftar program",
            "the category is not on the programme's list",
        ),
        "occupation.not_excluded" => ("pekerjaan yang dikecualikan", "an excluded occupation"),
        "poverty.listed" => ("tidak terdata miskin", "not in the poverty data"),
        "enrolment.not_enrolled" => ("sudah terdaftar", "already enrolled"),
        "enrolment.not_duplicate" => (
            "NIK sudah ada di baris sebelumnya",
            "the NIK is on an earlier row",
        ),
        "row.unreadable" => ("baris tidak terbaca", "the row cannot be read"),
        _ => ("alasan lain", "another reason"),
    };
    match lang {
        Lang::Id => i,
        Lang::En => e,
    }
}

fn joined(ids: &[&str], lang: Lang) -> String {
    ids.iter()
        .map(|id| reason_words(id, lang))
        .collect::<Vec<_>>()
        .join("; ")
}

/// A participant who stays; `ends` is the day a rule will fail before the next verval.
pub fn stay(ends: Option<(NaiveDate, &str)>, lang: Lang) -> String {
    match ends {
        None => pick(
            lang,
            "tetap: masih memenuhi syarat".into(),
            "stays: still eligible".into(),
        ),
        Some((on, why)) => pick(
            lang,
            format!(
                "tetap, tetapi mulai {} tidak memenuhi syarat lagi ({})",
                human_date(on, Lang::Id),
                reason_words(why, Lang::Id)
            ),
            format!(
                "stays, but no longer eligible from {} ({})",
                human_date(on, Lang::En),
                reason_words(why, Lang::En)
            ),
        ),
    }
}

/// A participant who must leave.
pub fn leave(reasons: &[&str], lang: Lang) -> String {
    pick(
        lang,
        format!("keluar: {}", joined(reasons, Lang::Id)),
        format!("leaves: {}", joined(reasons, Lang::En)),
    )
}

/// A row a person must look at.
pub fn review(reasons: &[&str], lang: Lang) -> String {
    pick(
        lang,
        format!("perlu diperiksa: {}", joined(reasons, Lang::Id)),
        format!("to be checked: {}", joined(reasons, Lang::En)),
    )
}

/// A candidate who is not admitted.
pub fn not_admitted(reasons: &[&str], review: bool, lang: Lang) -> String {
    match review {
        true => pick(
            lang,
            format!("perlu diperiksa dulu: {}", joined(reasons, Lang::Id)),
            format!("to be checked first: {}", joined(reasons, Lang::En)),
        ),
        false => pick(
            lang,
            format!("tidak layak: {}", joined(reasons, Lang::Id)),
            format!("not eligible: {}", joined(reasons, Lang::En)),
        ),
    }
}

/// An eligible candidate within the free places.
pub fn admit(rank: u64, free: u64, program: Program, lang: Lang) -> String {
    pick(
        lang,
        format!(
            "layak, masuk kuota: peringkat {}, kuota bebas {} di program {}",
            grouped(rank, Lang::Id),
            grouped(free, Lang::Id),
            program_name(program, Lang::Id)
        ),
        format!(
            "eligible, within the quota: rank {}, {} free places in the {} programme",
            grouped(rank, Lang::En),
            grouped(free, Lang::En),
            program_name(program, Lang::En)
        ),
    )
}

/// An eligible candidate beyond the free places.
pub fn waitlist(rank: u64, free: u64, program: Program, lang: Lang) -> String {
    pick(
        lang,
        format!(
            "layak, di luar kuota: peringkat {}, kuota bebas {} di program {}",
            grouped(rank, Lang::Id),
            grouped(free, Lang::Id),
            program_name(program, Lang::Id)
        ),
        format!(
            "eligible, beyond the quota: rank {}, {} free places in the {} programme",
            grouped(rank, Lang::En),
            grouped(free, Lang::En),
            program_name(program, Lang::En)
        ),
    )
}

/// A claim to start for a participant who died. `late_after` is the reporting period in
/// days (`death_report.days` in force on the day of death) when the death was reported after
/// it.
pub fn claim(
    benefit: Option<u64>,
    late_after: Option<i64>,
    covered: Option<bool>,
    conflict: bool,
    lang: Lang,
) -> String {
    let mut id = vec!["klaim JKM perlu diajukan ahli waris".to_string()];
    let mut en = vec!["the heirs should claim JKM".to_string()];
    if let Some(b) = benefit {
        id.push(format!("santunan {}", rupiah(b, Lang::Id)));
        en.push(format!("benefit {}", rupiah(b, Lang::En)));
    }
    if let Some(days) = late_after {
        id.push(format!(
            "kematian dilaporkan lewat {days} hari (UU 24/2013 Pasal 44)"
        ));
        en.push(format!(
            "the death was reported after {days} days (UU 24/2013 Pasal 44)"
        ));
    }
    if covered == Some(false) {
        id.push("kematian jatuh di bulan yang tidak tercakup iuran".into());
        en.push("the death falls in a month not covered by contributions".into());
    }
    if conflict {
        id.push("tanggal meninggal berbeda di antara laporan: periksa".into());
        en.push("the reports give different dates of death: check".into());
    }
    pick(lang, id.join("; "), en.join("; "))
}

/// One of two fixed words.
fn two(lang: Lang, id: &'static str, en: &'static str) -> &'static str {
    match lang {
        Lang::Id => id,
        Lang::En => en,
    }
}

/// A checklist item in a list of papers: its name, and what may stand in for it
/// (`akta kematian atau surat keterangan kematian`).
fn document_words(i: &crate::claims::checklist::Item, lang: Lang) -> String {
    let mut out = document_label(i.doc, lang).to_string();
    for a in &i.alternatives {
        out.push_str(two(lang, " atau ", " or "));
        out.push_str(document_label(*a, lang));
    }
    out
}

/// The `documents` column of `claims.csv`: what every usual heir brings.
pub fn common_documents(b: &ByHeir, lang: Lang) -> String {
    let words: Vec<String> = b.common.iter().map(|i| document_words(i, lang)).collect();
    words.join("; ")
}

/// The `documents_by_heir` column of `claims.csv`: what each usual heir brings beside the
/// common papers, heirs with the same papers together, in the order of heirs:
/// `istri/suami: Buku nikah | anak: Akta kelahiran atau Kartu Keluarga | ...`.
pub fn documents_by_heir(b: &ByHeir, lang: Lang) -> String {
    let mut groups: Vec<(Vec<String>, String)> = Vec::new();
    for (h, own) in &b.heirs {
        let who = if h.minor {
            pick(
                lang,
                format!("{} di bawah 18 tahun", relation_word(h.relation, lang)),
                format!("{} under 18", relation_word(h.relation, lang)),
            )
        } else {
            relation_word(h.relation, lang).to_string()
        };
        let papers = if own.is_empty() {
            two(lang, "tidak ada tambahan", "nothing more").to_string()
        } else {
            let common_doc = |d| b.common.iter().any(|c| c.doc == d);
            // A paper already named as what stands in for a common one is not said twice
            // (a minor's akta kelahiran or KK).
            let named = |i: &crate::claims::checklist::Item| {
                own.iter().any(|j| {
                    common_doc(j.doc)
                        && j.alternatives.contains(&i.doc)
                        && i.alternatives.iter().all(|a| j.alternatives.contains(a))
                })
            };
            let words: Vec<String> = own
                .iter()
                .filter(|i| common_doc(i.doc) || !named(i))
                .map(|i| {
                    if common_doc(i.doc) {
                        // A common paper this heir may replace: say what stands in for it.
                        let alts: Vec<&str> = i
                            .alternatives
                            .iter()
                            .map(|a| document_label(*a, lang))
                            .collect();
                        let alts = alts.join(two(lang, " atau ", " or "));
                        pick(
                            lang,
                            format!("{alts} sebagai ganti {}", document_label(i.doc, lang)),
                            format!("{alts} instead of {}", document_label(i.doc, lang)),
                        )
                    } else {
                        document_words(i, lang)
                    }
                })
                .collect();
            words.join("; ")
        };
        match groups.iter_mut().find(|(_, p)| *p == papers) {
            Some((whos, _)) => whos.push(who),
            None => groups.push((vec![who], papers)),
        }
    }
    let parts: Vec<String> = groups
        .iter()
        .map(|(whos, papers)| format!("{}: {papers}", whos.join(", ")))
        .collect();
    parts.join(" | ")
}

/// A death that matches no enrolled participant.
pub fn death_unmatched(lang: Lang) -> String {
    pick(
        lang,
        "tidak ada peserta dengan NIK ini di daftar peserta".into(),
        "no participant with this NIK in the enrolled list".into(),
    )
}

/// A death row that could not be used (`field`: `nik`, `tanggal_meninggal` or `row`).
pub fn death_unreadable(field: &str, lang: Lang) -> String {
    match field {
        "nik" => pick(
            lang,
            "NIK tidak terbaca (harus 16 angka); kematian ini belum bisa dicocokkan".into(),
            "the NIK cannot be read (16 digits needed); this death cannot be matched yet".into(),
        ),
        "tanggal_meninggal" => pick(
            lang,
            "tanggal meninggal kosong atau tidak terbaca".into(),
            "the date of death is empty or cannot be read".into(),
        ),
        _ => pick(
            lang,
            "baris tidak terbaca".into(),
            "the row cannot be read".into(),
        ),
    }
}

/// The few lines printed after a run.
pub fn summary_text(s: &crate::verval::summary::Summary, dir: &str, lang: Lang) -> String {
    let e = &s.enrolled;
    let mut out = pick(
        lang,
        format!(
            "Verval {}: {} peserta: {} tetap ({} berhenti sebelum {}), {} keluar, {} diperiksa, {} tidak terbaca.\nKematian: {} cocok dengan peserta ({} dilaporkan terlambat), {} tidak cocok.",
            s.as_of, grouped(e.rows, Lang::Id), grouped(e.stay, Lang::Id), grouped(e.ending_before_next, Lang::Id), s.next,
            grouped(e.leave, Lang::Id), grouped(e.review, Lang::Id), grouped(e.errors, Lang::Id),
            grouped(s.deaths_matched, Lang::Id), grouped(s.late_reports, Lang::Id), grouped(s.deaths_unmatched, Lang::Id)
        ),
        format!(
            "Verval {}: {} participants: {} stay ({} end before {}), {} leave, {} to check, {} unreadable.\nDeaths: {} match a participant ({} reported late), {} match none.",
            s.as_of, grouped(e.rows, Lang::En), grouped(e.stay, Lang::En), grouped(e.ending_before_next, Lang::En), s.next,
            grouped(e.leave, Lang::En), grouped(e.review, Lang::En), grouped(e.errors, Lang::En),
            grouped(s.deaths_matched, Lang::En), grouped(s.late_reports, Lang::En), grouped(s.deaths_unmatched, Lang::En)
        ),
    );
    if let Some(c) = &s.candidates {
        for (p, n) in &s.programs {
            let program = crate::rules::applicant::Program::parse(p)
                .map(|p| program_name(p, lang))
                .unwrap_or("");
            out.push('\n');
            out.push_str(&pick(
                lang,
                format!("Program {program}: kuota {}, tetap {}, bebas {}, masuk {}, menunggu {}.", grouped(n.quota, Lang::Id), grouped(n.continuing, Lang::Id), grouped(n.free, Lang::Id), grouped(n.admitted, Lang::Id), grouped(n.waiting, Lang::Id)),
                format!("Programme {program}: quota {}, continuing {}, free {}, admitted {}, waiting {}.", grouped(n.quota, Lang::En), grouped(n.continuing, Lang::En), grouped(n.free, Lang::En), grouped(n.admitted, Lang::En), grouped(n.waiting, Lang::En)),
            ));
        }
        out.push('\n');
        out.push_str(&pick(
            lang,
            format!("Calon: {} baris, {} tidak masuk (tidak layak, perlu diperiksa atau tidak terbaca).", grouped(c.rows, Lang::Id), grouped(c.not_admitted, Lang::Id)),
            format!("Candidates: {} rows, {} not admitted (ineligible, to check or unreadable).", grouped(c.rows, Lang::En), grouped(c.not_admitted, Lang::En)),
        ));
    }
    if let (Some(rest), Some(year)) = (s.budget.cost_rest_of_year, s.budget.cost_full_year) {
        out.push('\n');
        out.push_str(&pick(
            lang,
            format!("Biaya {} peserta: {} untuk {} bulan sisa tahun anggaran, {} setahun{}.", grouped(s.budget.participants, Lang::Id), rupiah(rest, Lang::Id), s.budget.months_left, rupiah(year, Lang::Id), s.budget.annual.map(|a| format!(" (anggaran {})", rupiah(a, Lang::Id))).unwrap_or_default()),
            format!("Cost of {} participants: {} for the {} months left in the budget year, {} a year{}.", grouped(s.budget.participants, Lang::En), rupiah(rest, Lang::En), s.budget.months_left, rupiah(year, Lang::En), s.budget.annual.map(|a| format!(" (budget {})", rupiah(a, Lang::En))).unwrap_or_default()),
        ));
    }
    out.push('\n');
    out.push_str(&pick(
        lang,
        format!("Hasil di {dir}/"),
        format!("Results in {dir}/"),
    ));
    out
}

/// Why a run could not be made, in one line.
pub fn error_message(e: &crate::verval::VervalError, lang: Lang) -> String {
    use crate::verval::table::ListProblem;
    use crate::verval::VervalError as E;
    let list_name = |l: &str| match (lang, l) {
        (Lang::Id, "enrolled") => "daftar peserta (--enrolled)".to_string(),
        (Lang::Id, "candidates") => "daftar calon (--candidates)".to_string(),
        (Lang::Id, other) => other.replace("deaths", "daftar kematian"),
        (Lang::En, "enrolled") => "the enrolled list (--enrolled)".to_string(),
        (Lang::En, "candidates") => "the candidates (--candidates)".to_string(),
        (Lang::En, other) => other.replace("deaths", "deaths list"),
    };
    match e {
        E::Params(p) => crate::messages::params_error_message(p, lang),
        E::VervalParams(p) => pick(
            lang,
            format!("parameter verval tidak bisa dipakai: {}", p.0),
            format!("the verval parameters cannot be used: {}", p.0),
        ),
        E::NextNotAfter { as_of, next } => pick(
            lang,
            format!("verval berikutnya ({next}) harus sesudah tanggal verval ({as_of})"),
            format!("the next round ({next}) must be after the as-of date ({as_of})"),
        ),
        E::List { list, problem } => {
            let l = list_name(list);
            match problem {
                ListProblem::NoNik(found) => pick(
                    lang,
                    format!("{l}: tidak ada kolom NIK di baris judul ({found})"),
                    format!("{l}: no NIK column in the header ({found})"),
                ),
                ListProblem::BadHeader => pick(
                    lang,
                    format!("{l}: baris judul tidak terbaca"),
                    format!("{l}: the header line cannot be read"),
                ),
                ListProblem::Unreadable(why) => pick(
                    lang,
                    format!("{l}: tidak bisa dibaca: {why}"),
                    format!("{l}: cannot be read: {why}"),
                ),
            }
        }
        E::Write(io) => pick(
            lang,
            format!("hasil tidak bisa ditulis: {io}; hasil sebelumnya tetap"),
            format!("the results cannot be written: {io}; the previous results stay"),
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_late_death_report_names_the_period_in_force() {
        // UU 24/2013 Pasal 44: 30 days; an override of death_report.days says its own number.
        let default = claim(None, Some(30), None, false, Lang::Id);
        assert!(default.contains("lewat 30 hari"), "{default}");
        let changed = claim(None, Some(45), None, false, Lang::En);
        assert!(changed.contains("after 45 days"), "{changed}");
        assert!(!claim(None, None, None, false, Lang::Id).contains("lewat"));
    }

    #[test]
    fn the_waiting_list_sentence_of_the_issue() {
        assert_eq!(
            waitlist(1203, 1000, Program::Rentan, Lang::Id),
            "layak, di luar kuota: peringkat 1.203, kuota bebas 1.000 di program pekerja rentan"
        );
    }

    #[test]
    fn every_reason_has_words_in_both_languages() {
        // Every eligibility rule (a new rule must get words here too), and verval's own.
        let rules = crate::rules::RuleId::ALL.iter().map(|r| r.as_str());
        for id in rules.chain(["status.died", "death.dates_differ", "row.unreadable"]) {
            let (i, e) = (reason_words(id, Lang::Id), reason_words(id, Lang::En));
            assert!(!i.is_empty() && !e.is_empty() && i != e, "{id}");
        }
    }
}
