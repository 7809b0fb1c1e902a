//! The documents a claim may need, by the contract's codes.
//!
//! Each code names one paper an heir or a village operator can hold in their hands. Why
//! each is asked for, in plain words, is in [`crate::messages::claims`]; which claim needs
//! which is in [`super::checklist`].

/// A document code of the contract (section 5).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Document {
    /// Kartu peserta BPJS Ketenagakerjaan (KPJ).
    KartuPeserta,
    /// KTP of the participant.
    KtpPeserta,
    /// KTP of the heir.
    KtpAhliWaris,
    /// Kartu Keluarga.
    Kk,
    /// Akta kematian from Dukcapil.
    AktaKematian,
    /// Surat keterangan kematian from the desa/kelurahan, a doctor or a hospital.
    SuratKeteranganKematian,
    /// Surat keterangan ahli waris.
    SuratKeteranganAhliWaris,
    /// Savings account book.
    BukuTabungan,
    /// Buku nikah / akta perkawinan.
    BukuNikah,
    /// Akta kelahiran.
    AktaKelahiran,
    /// Surat keterangan / penetapan perwalian (guardianship).
    SuratPerwalian,
    /// KTP of the guardian.
    KtpWali,
    /// Notarial will.
    AktaWasiat,
    /// Court determination of heirs.
    PenetapanPengadilan,
    /// Power of attorney.
    SuratKuasa,
    /// KTP of the representative.
    KtpKuasa,
    /// JKK form 3: stage-1 accident report.
    Formulir3,
    /// JKK form 3a: stage-2 report.
    Formulir3a,
    /// JKK form 3b: the doctor's statement.
    Formulir3b,
    /// Written chronology of the accident.
    Kronologi,
    /// KTP of two witnesses.
    KtpSaksi,
    /// Police report.
    LaporanPolisi,
    /// Medical and treatment receipts.
    KuitansiPengobatan,
    /// Beasiswa application form.
    FormulirBeasiswa,
    /// School or university enrolment letter.
    SuratKeteranganSekolah,
    /// Last report card or transcript.
    Rapor,
}

impl Document {
    /// Every code, in the contract's order.
    pub const ALL: &'static [Document] = &[
        Document::KartuPeserta,
        Document::KtpPeserta,
        Document::KtpAhliWaris,
        Document::Kk,
        Document::AktaKematian,
        Document::SuratKeteranganKematian,
        Document::SuratKeteranganAhliWaris,
        Document::BukuTabungan,
        Document::BukuNikah,
        Document::AktaKelahiran,
        Document::SuratPerwalian,
        Document::KtpWali,
        Document::AktaWasiat,
        Document::PenetapanPengadilan,
        Document::SuratKuasa,
        Document::KtpKuasa,
        Document::Formulir3,
        Document::Formulir3a,
        Document::Formulir3b,
        Document::Kronologi,
        Document::KtpSaksi,
        Document::LaporanPolisi,
        Document::KuitansiPengobatan,
        Document::FormulirBeasiswa,
        Document::SuratKeteranganSekolah,
        Document::Rapor,
    ];

    /// The stable code, e.g. `akta_kematian`.
    pub fn code(self) -> &'static str {
        use Document::*;
        match self {
            KartuPeserta => "kartu_peserta",
            KtpPeserta => "ktp_peserta",
            KtpAhliWaris => "ktp_ahli_waris",
            Kk => "kk",
            AktaKematian => "akta_kematian",
            SuratKeteranganKematian => "surat_keterangan_kematian",
            SuratKeteranganAhliWaris => "surat_keterangan_ahli_waris",
            BukuTabungan => "buku_tabungan",
            BukuNikah => "buku_nikah",
            AktaKelahiran => "akta_kelahiran",
            SuratPerwalian => "surat_perwalian",
            KtpWali => "ktp_wali",
            AktaWasiat => "akta_wasiat",
            PenetapanPengadilan => "penetapan_pengadilan",
            SuratKuasa => "surat_kuasa",
            KtpKuasa => "ktp_kuasa",
            Formulir3 => "formulir_3",
            Formulir3a => "formulir_3a",
            Formulir3b => "formulir_3b",
            Kronologi => "kronologi",
            KtpSaksi => "ktp_saksi",
            LaporanPolisi => "laporan_polisi",
            KuitansiPengobatan => "kuitansi_pengobatan",
            FormulirBeasiswa => "formulir_beasiswa",
            SuratKeteranganSekolah => "surat_keterangan_sekolah",
            Rapor => "rapor",
        }
    }

    /// Finds a code as people type it: case, spaces and dashes do not matter
    /// (`"Akta Kematian"`, `"akta-kematian"`).
    pub fn parse(s: &str) -> Option<Document> {
        let norm: String = s
            .trim()
            .chars()
            .map(|c| match c {
                ' ' | '-' => '_',
                c => c.to_ascii_lowercase(),
            })
            .collect();
        Document::ALL.iter().copied().find(|d| d.code() == norm)
    }

    /// Whether the claimant (or the participant) signs this paper, so that a thumbprint
    /// may stand in for a signature (see the `signature.thumbprint_accepted` parameter).
    pub fn is_signed(self) -> bool {
        use Document::*;
        matches!(
            self,
            SuratKeteranganAhliWaris
                | SuratKuasa
                | Formulir3
                | Formulir3a
                | Kronologi
                | FormulirBeasiswa
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip_and_are_the_contracts() {
        assert_eq!(Document::ALL.len(), 26);
        for d in Document::ALL {
            assert_eq!(Document::parse(d.code()), Some(*d));
        }
        assert_eq!(
            Document::parse(" Akta Kematian "),
            Some(Document::AktaKematian)
        );
        assert_eq!(Document::parse("formulir-3a"), Some(Document::Formulir3a));
        assert_eq!(Document::parse("ktp"), None);
    }
}
