//! The names of the claim types and documents, and why each document is asked for.

use super::*;
use crate::claims::checklist::Context;
use crate::claims::documents::Document;
use crate::claims::ClaimType;
use crate::lang::Lang;

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
