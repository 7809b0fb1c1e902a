//! The messages of the `claim.` issues: what is missing or late, and what to do next.

use super::words::group_words;
use super::*;
use crate::claims::heirs::Group;
use crate::claims::ClaimDetail;
use crate::issue::{Code, Detail, Issue};
use crate::lang::Lang;
use crate::messages::{human_date, pick};
use chrono::Datelike;

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
        ClaimAccidentDateMissing => {
            // The claim period in force, carried by the issue (0: none known).
            let (id, en) = match d {
                ClaimDetail::Count(n) if n > 0 => (format!(" ({n} tahun)"), format!(" ({n} years)")),
                _ => (String::new(), String::new()),
            };
            pick(
                lang,
                format!("Tanggal kecelakaan belum diisi. Tanpa tanggal itu batas waktu klaim{id} tidak bisa dihitung."),
                format!("The accident date is empty. Without it the claim deadline{en} cannot be counted."),
            )
        }
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
        ClaimBeasiswaPossible => match d {
            // The number is `beasiswa.max_children` in force, carried by the issue.
            ClaimDetail::Count(n) if n > 0 => pick(
                lang,
                format!("Anak peserta (paling banyak {n}) bisa mendapat beasiswa setiap tahun sampai kuliah. Ajukan klaim beasiswa terpisah."),
                format!("Up to {n} of the participant's children can get a scholarship every year up to university. File a separate scholarship claim."),
            ),
            _ => pick(
                lang,
                "Anak peserta bisa mendapat beasiswa setiap tahun sampai kuliah. Ajukan klaim beasiswa terpisah.".into(),
                "The participant's children can get a scholarship every year up to university. File a separate scholarship claim.".into(),
            ),
        },
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
