//! The web app's labels added for operators who use it without help (issue 14): the reasons
//! of the screening summary in plain words, the "details" disclosure of a decision, the
//! kiosk's idle countdown, the update notice and the offline badge, and the Indonesian names
//! of downloaded files. Same shape as the rest of the page labels: (key, Indonesian, English);
//! [`super::ui_labels`] serves both lists to `layak catalogue --labels`.

/// The labels, by key.
#[cfg(not(target_arch = "wasm32"))]
#[rustfmt::skip]
pub(crate) const LABELS: &[(&str, &str, &str)] = &[
    ("app.offline_saving", "Menyimpan aplikasi agar bisa dipakai tanpa sinyal…", "Saving the app so it works without signal…"),
    ("app.offline_badge", "Siap dipakai tanpa sinyal", "Ready to use without signal"),
    ("app.menu", "Menu", "Menu"),
    ("update.ready", "Versi baru tersedia — muat ulang", "A new version is ready — reload"),
    ("update.busy", "Penyaringan atau verval masih berjalan. Muat ulang setelah selesai.", "A screening or a verval round is still running. Reload when it has finished."),
    ("update.confirm", "Isian di layar akan hilang. Tekan sekali lagi untuk memuat ulang.", "What is entered on screen will be lost. Press once more to reload."),
    ("idle.warning", "Tidak ada kegiatan. Data di layar dihapus dalam", "No activity. The data on screen will be cleared in"),
    ("idle.seconds", "detik", "seconds"),
    ("idle.keep", "Sentuh layar untuk melanjutkan", "Touch the screen to continue"),
    ("idle.cleared", "Data dihapus otomatis karena layar lama tidak dipakai.", "The data was cleared because the screen was not used for a while."),
    ("reg.required", "wajib", "required"),
    ("reg.missing", "Isi dulu sebelum diperiksa:", "Fill these in before checking:"),
    ("decision.reasons", "Alasan", "Reasons"),
    ("decision.details", "Rincian", "Details"),
    ("decision.rule", "Kode aturan", "Rule code"),
    ("decision.basis_unconfirmed", "Dasar hukum tertulis belum dipastikan; nilai ini perlu dikonfirmasi dinas.", "The written legal basis is not yet confirmed; the office must confirm this value."),
    ("decision.basis_likely", "Berdasarkan kajian dan keterangan program; peraturan tertulisnya belum ditemukan.", "Based on programme studies and statements; the written regulation has not been found."),
    ("decision.see", "Lihat hasil", "See the result"),
    ("decision.fails", "alasan tidak memenuhi", "reasons not met"),
    ("claim.see_missing", "dokumen kurang", "documents missing"),
    ("rule.identity.nik", "NIK salah atau tidak cocok dengan isian", "The NIK is wrong or does not match the form"),
    ("rule.identity.citizenship", "Bukan warga negara Indonesia", "Not an Indonesian citizen"),
    ("rule.domicile.regency", "Tidak tinggal di Kabupaten Bojonegoro", "Does not live in Bojonegoro Regency"),
    ("rule.age.min", "Belum cukup umur", "Too young"),
    ("rule.age.max", "Melewati batas umur", "Above the age limit"),
    ("rule.category.listed", "Pekerjaan tidak termasuk program", "Work not covered by the programme"),
    ("rule.occupation.not_excluded", "Sudah dijamin program lain (PNS, TNI/Polri, dan sejenisnya)", "Already covered elsewhere (civil servant, army/police and the like)"),
    ("rule.poverty.listed", "Tidak terdata di data warga miskin (DAMISDA/DTSEN)", "Not in the poverty data (DAMISDA/DTSEN)"),
    ("rule.enrolment.not_enrolled", "Sudah terdaftar BPJS Ketenagakerjaan", "Already a BPJS Ketenagakerjaan member"),
    ("rule.enrolment.not_duplicate", "NIK yang sama muncul lebih dari sekali di berkas", "The same NIK appears more than once in the file"),
    ("screen.download_eligible", "Unduh daftar layak (CSV)", "Download the eligible list (CSV)"),
    ("screen.download_ineligible", "Unduh daftar tidak layak (CSV)", "Download the ineligible list (CSV)"),
    ("screen.download_review", "Unduh daftar perlu diperiksa (CSV)", "Download the list to check (CSV)"),
    ("screen.download_errors", "Unduh baris tidak terbaca (CSV)", "Download the unreadable rows (CSV)"),
    ("screen.download_summary", "Unduh ringkasan (JSON)", "Download the summary (JSON)"),
    ("screen.download_xlsx", "Unduh semua hasil (Excel)", "Download all results (Excel)"),
    ("screen.file_eligible", "layak.csv", "eligible.csv"),
    ("screen.file_ineligible", "tidak-layak.csv", "ineligible.csv"),
    ("screen.file_review", "perlu-diperiksa.csv", "review.csv"),
    ("screen.file_errors", "tidak-terbaca.csv", "errors.csv"),
    ("screen.file_summary", "ringkasan.json", "summary.json"),
    ("screen.file_xlsx", "hasil-saring.xlsx", "results.xlsx"),
    ("screen.xlsx_making", "Membuat buku kerja Excel…", "Making the Excel workbook…"),
    ("screen.xlsx_offline", "Pembuat buku kerja Excel belum tersimpan di perangkat ini. Sambungkan ke internet sekali, lalu coba lagi; berkas CSV bisa diunduh sekarang.", "The Excel workbook maker is not saved on this device yet. Connect to the internet once and try again; the CSV files can be downloaded now."),
];

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::LABELS;
    use crate::rules::RuleId;

    /// The screening page names every reason in plain words: a rule added to the core
    /// without a label here would show its bare id to an operator.
    #[test]
    fn every_rule_has_a_plain_label() {
        for r in RuleId::ALL {
            let key = format!("rule.{}", r.as_str());
            assert!(LABELS.iter().any(|(k, _, _)| *k == key), "no label {key}");
        }
    }

    /// No key is given twice here or in the page labels it joins.
    #[test]
    fn keys_are_unique() {
        let mut keys: Vec<&str> = crate::messages::ui_labels(crate::Lang::Id)
            .map(|(k, _)| k)
            .collect();
        let n = keys.len();
        keys.sort_unstable();
        keys.dedup();
        assert_eq!(keys.len(), n);
    }
}
