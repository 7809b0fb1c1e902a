//! The words of the results workbook (`results.xlsx`): why a row was not found eligible, in
//! a few plain words an operator reads without the rule catalogue, and the labels of the
//! summary sheet.
//!
//! A screening output names the rules a row failed (or that sent it to review) by their ids,
//! e.g. `poverty.listed;age.max`; the workbook puts these words beside them. They name the
//! reason only: the full sentence with the row's values (the age, the limit) is what
//! `layak check` gives for one applicant.

use crate::lang::Lang;
use crate::rules::RuleId;

/// Why a row failed rule `id` (an ineligible row), or why `id` needs a person to look
/// (`review`: a review row).
pub fn reason_words(id: RuleId, review: bool, lang: Lang) -> &'static str {
    use RuleId::*;
    let (id_text, en) = match (id, review) {
        (IdentityNik, false) => ("NIK tidak sah", "the NIK is not valid"),
        (IdentityNik, true) => (
            "NIK kosong atau tidak cocok dengan data lain; cocokkan dengan KTP",
            "the NIK is missing or disagrees with other data; compare with the KTP",
        ),
        (IdentityCitizenship, false) => ("bukan WNI", "not an Indonesian citizen"),
        (IdentityCitizenship, true) => (
            "kewarganegaraan belum diisi atau tidak terbaca",
            "citizenship missing or unreadable",
        ),
        (DomicileRegency, false) => ("berdomisili di luar kabupaten", "lives outside the regency"),
        (DomicileRegency, true) => (
            "domisili belum jelas (kode desa kosong atau tidak dikenal)",
            "domicile unclear (village code missing or unknown)",
        ),
        (AgeMin, false) => ("usia di bawah batas terendah", "below the minimum age"),
        (AgeMax, false) => ("usia melebihi batas", "above the age limit"),
        (AgeMin | AgeMax, true) => (
            "usia belum bisa dihitung (tanggal lahir kosong atau tidak terbaca)",
            "age cannot be worked out (birth date missing or unreadable)",
        ),
        (CategoryListed, false) => (
            "kategori tidak termasuk program ini",
            "the category is not one of this programme's",
        ),
        (CategoryListed, true) => (
            "program atau kategori belum diisi atau tidak dikenal",
            "programme or category missing or unknown",
        ),
        (OccupationNotExcluded, false) => (
            "pekerjaan sudah dilindungi program lain (misalnya penerima upah)",
            "the occupation is covered elsewhere (e.g. a wage earner)",
        ),
        (OccupationNotExcluded, true) => (
            "pekerjaan belum diisi atau tidak terbaca",
            "occupation missing or unreadable",
        ),
        (PovertyListed, false) => (
            "tidak terdata di data kemiskinan",
            "not listed in the poverty data",
        ),
        (PovertyListed, true) => (
            "status data kemiskinan belum diisi atau tidak terbaca",
            "poverty-data status missing or unreadable",
        ),
        (EnrolmentNotEnrolled, false) => (
            "sudah terdaftar BPJS Ketenagakerjaan",
            "already enrolled in BPJS Ketenagakerjaan",
        ),
        (EnrolmentNotEnrolled, true) => (
            "status kepesertaan BPJS belum diisi atau tidak terbaca",
            "BPJS enrolment status missing or unreadable",
        ),
        (EnrolmentNotDuplicate, _) => (
            "NIK sama dengan baris sebelumnya",
            "same NIK as an earlier row",
        ),
    };
    match lang {
        Lang::Id => id_text,
        Lang::En => en,
    }
}

/// A label of the workbook, by key.
pub fn label(key: &str, lang: Lang) -> &'static str {
    let (id, en) = match key {
        "sheet.summary" => ("ringkasan", "summary"),
        "column.reason_words" => ("alasan", "reasons in words"),
        "summary.title" => ("Hasil penyaringan", "Screening results"),
        "summary.rows" => ("Baris diperiksa", "Rows screened"),
        "summary.eligible" => ("Layak", "Eligible"),
        "summary.ineligible" => ("Tidak layak", "Ineligible"),
        "summary.review" => ("Perlu diperiksa petugas", "To be checked by a person"),
        "summary.errors" => ("Tidak terbaca", "Unreadable"),
        "summary.duplicates" => ("NIK ganda", "Duplicate NIKs"),
        "summary.empty_lines" => ("Baris kosong dilewati", "Empty lines skipped"),
        "summary.as_of" => ("Tanggal pemeriksaan", "Checked as of"),
        "summary.parameters" => ("Parameter", "Parameters"),
        "summary.format" => ("Format masukan", "Input format"),
        "summary.enrolment" => ("Sumber data kepesertaan", "Enrolment data from"),
        "summary.sheets" => (
            "Lembar: eligible = layak, ineligible = tidak layak, review = perlu diperiksa, errors = tidak terbaca.",
            "Sheets: eligible, ineligible, review (to be checked by a person), errors (unreadable rows).",
        ),
        "summary.by_reason" => ("Alasan tidak layak", "Reasons for ineligible"),
        "summary.by_review" => ("Alasan perlu diperiksa", "Reasons for review"),
        "summary.rule" => ("Aturan", "Rule"),
        "summary.words" => ("Artinya", "Meaning"),
        "summary.count" => ("Jumlah baris", "Rows"),
        "summary.by_district" => ("Per kecamatan", "By kecamatan"),
        "summary.code" => ("Kode", "Code"),
        "summary.name" => ("Kecamatan", "Kecamatan"),
        "summary.unknown" => ("tidak diketahui", "unknown"),
        // The summary sheet of `layak verval`.
        "verval.title" => ("Hasil verval", "Verval results"),
        "verval.next" => ("Verval berikutnya", "Next verval"),
        "verval.enrolled" => ("Peserta diperiksa", "Participants checked"),
        "verval.stay" => ("Tetap", "Stay"),
        "verval.ending" => (
            "Tetap, tetapi berhenti sebelum verval berikutnya",
            "Stay, but end before the next verval",
        ),
        "verval.leave" => ("Keluar", "Leave"),
        "verval.deaths" => ("Meninggal", "Deaths"),
        "verval.deaths_matched" => ("Kematian peserta (klaim JKM)", "Deaths of participants (JKM claims)"),
        "verval.deaths_unmatched" => ("Kematian yang bukan peserta", "Deaths matching no participant"),
        "verval.late_reports" => ("Dilaporkan lewat 30 hari", "Reported after 30 days"),
        "verval.candidates" => ("Calon diperiksa", "Candidates checked"),
        "verval.admitted" => ("Diterima", "Admitted"),
        "verval.waiting" => ("Daftar tunggu", "Waiting list"),
        "verval.not_admitted" => ("Tidak diterima", "Not admitted"),
        "verval.participants" => ("Peserta (tetap + diterima)", "Participants (stay + admitted)"),
        "verval.monthly" => ("Iuran per orang per bulan (Rp)", "Contribution per person per month (Rp)"),
        "verval.months_left" => ("Bulan tersisa tahun ini", "Months left this year"),
        "verval.cost_rest" => ("Biaya sampai akhir tahun (Rp)", "Cost to the end of the year (Rp)"),
        "verval.cost_year" => ("Biaya setahun penuh (Rp)", "Cost of a full year (Rp)"),
        "verval.annual" => ("Anggaran setahun (Rp)", "Annual budget (Rp)"),
        "verval.margin" => ("Sisa anggaran setahun (Rp)", "Budget left after a full year (Rp)"),
        "verval.months_covered" => ("Bulan yang dibiayai anggaran", "Months the budget pays for"),
        "verval.programs" => ("Kuota per program", "Places per programme"),
        "verval.program" => ("Program", "Programme"),
        "verval.quota" => ("Kuota", "Quota"),
        "verval.continuing" => ("Tetap", "Staying"),
        "verval.free" => ("Kuota bebas", "Free places"),
        "verval.leave_reasons" => ("Alasan keluar", "Reasons to leave"),
        "verval.ends_because" => (
            "Berhenti sebelum verval berikutnya karena",
            "Ending before the next verval because",
        ),
        "verval.candidate_reasons" => ("Alasan calon tidak layak", "Reasons candidates are ineligible"),
        "verval.candidate_review" => ("Alasan calon perlu diperiksa", "Reasons candidates need review"),
        "verval.by_desa" => ("Per desa", "By desa"),
        "verval.desa" => ("Desa", "Desa"),
        "verval.sheets" => (
            "Lembar: stay = tetap, leave = keluar, review = perlu diperiksa, errors = tidak terbaca, claims = klaim JKM yang perlu diajukan, deaths-unmatched = kematian yang bukan peserta, admit = calon diterima, waitlist = daftar tunggu, not-admitted = calon tidak diterima.",
            "Sheets: stay, leave, review (to be checked by a person), errors (unreadable rows), claims (JKM claims to start), deaths-unmatched (deaths matching no participant), admit, waitlist, not-admitted.",
        ),

        _ => ("", ""),
    };
    match lang {
        Lang::Id => id,
        Lang::En => en,
    }
}

/// Why the browser does not make the workbook of a run of more than `max` rows.
pub fn too_many_rows(max: u64, lang: Lang) -> String {
    let n = super::grouped(max, lang);
    match lang {
        Lang::Id => format!("Terlalu banyak baris untuk membuat results.xlsx di peramban (paling banyak {n}). Unduh berkas CSV, atau jalankan layak screen atau layak verval dengan --xlsx di komputer: perintah itu menulis results.xlsx untuk berapa pun barisnya."),
        Lang::En => format!("Too many rows to make results.xlsx in the browser (at most {n}). Download the CSV files, or run layak screen or layak verval with --xlsx on a computer: it writes results.xlsx for any number of rows."),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_rule_has_words_for_both_outcomes_in_both_languages() {
        for &id in RuleId::ALL {
            for review in [false, true] {
                for lang in [Lang::Id, Lang::En] {
                    let w = reason_words(id, review, lang);
                    assert!(!w.is_empty(), "{id:?} {review} {lang:?}");
                    // Plain words, never the id itself.
                    assert!(!w.contains(id.as_str()), "{w}");
                }
            }
        }
        assert_ne!(
            reason_words(RuleId::PovertyListed, false, Lang::Id),
            reason_words(RuleId::PovertyListed, false, Lang::En)
        );
    }
}
