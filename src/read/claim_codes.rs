//! The coded values of a claim (CONTRACT.md §5): the kind of claim, the heir's relation to
//! the participant, the documents, and the JKK outcome, the school level of a beasiswa, the
//! signature and the beasiswa's basis. They live here, below the claims rules, because
//! turning an operator's word into one of these codes is the reader's work: a claim from a
//! JSON file (`layak claim`), from the web form (`checkClaim`) and the relation on the
//! *Lapor kematian* form read the same words, those of `data/spellings.toml`.
//!
//! What the codes mean for a claim (who is entitled, which paper is signed) is the claims
//! rules' business: [`crate::claims::heirs`] and [`crate::claims::documents`].

use super::key::Probe;
use super::spellings;

/// The three kinds of claim.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ClaimType {
    /// Jaminan Kematian: death not caused by a work accident.
    Jkm,
    /// Jaminan Kecelakaan Kerja: work accident (treatment, disability, death).
    Jkk,
    /// The yearly scholarship for the children of a participant who died or was totally
    /// disabled.
    Beasiswa,
}

impl ClaimType {
    /// Every kind, in the contract's order.
    pub const ALL: [ClaimType; 3] = [ClaimType::Jkm, ClaimType::Jkk, ClaimType::Beasiswa];

    /// `jkm`, `jkk` or `beasiswa`.
    pub fn code(self) -> &'static str {
        match self {
            ClaimType::Jkm => "jkm",
            ClaimType::Jkk => "jkk",
            ClaimType::Beasiswa => "beasiswa",
        }
    }

    /// Reads a kind: the code or one of its spellings (`data/spellings.toml`), in any case.
    pub fn parse(s: &str) -> Option<ClaimType> {
        spellings::lookup_claim_type(&Probe::of(s))
    }
}

/// How the claimant (or a family member) is related to the participant.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Relation {
    /// Widow or widower.
    Spouse,
    /// Child.
    Child,
    /// Father or mother.
    Parent,
    /// Grandfather or grandmother.
    Grandparent,
    /// Grandchild.
    Grandchild,
    /// Full sibling.
    Sibling,
    /// Father- or mother-in-law.
    ParentInLaw,
    /// The person appointed by notarial will.
    WillAppointee,
    /// Anyone else: not in the regulation's list.
    Other,
}

impl Relation {
    /// Every relation, in the contract's order.
    pub const ALL: &'static [Relation] = &[
        Relation::Spouse,
        Relation::Child,
        Relation::Parent,
        Relation::Grandparent,
        Relation::Grandchild,
        Relation::Sibling,
        Relation::ParentInLaw,
        Relation::WillAppointee,
        Relation::Other,
    ];

    /// The contract's code.
    pub fn code(self) -> &'static str {
        match self {
            Relation::Spouse => "spouse",
            Relation::Child => "child",
            Relation::Parent => "parent",
            Relation::Grandparent => "grandparent",
            Relation::Grandchild => "grandchild",
            Relation::Sibling => "sibling",
            Relation::ParentInLaw => "parent_in_law",
            Relation::WillAppointee => "will_appointee",
            Relation::Other => "other",
        }
    }

    /// Reads a relation from the contract's code or the word an operator types (`istri`,
    /// `suami`, `anak`, `ibu`, `orang tua`, `kakek`, `cucu`, `kakak`, `mertua`...:
    /// `data/spellings.toml`), in any case and spacing.
    pub fn parse(s: &str) -> Option<Relation> {
        spellings::lookup_relation(&Probe::of(s))
    }
}

/// A document code of the contract (section 5): one paper an heir or a village operator can
/// hold in their hands.
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

    /// Finds a code as people type it (`"Akta Kematian"`, `"akta-kematian"`), or one of its
    /// spellings (`data/spellings.toml`).
    pub fn parse(s: &str) -> Option<Document> {
        spellings::lookup_document(&Probe::of(s))
    }
}

/// Whether the participant died or was disabled by the work accident (JKK).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// Died of the accident: 48 × income plus burial costs and periodic benefit.
    Death,
    /// Total permanent disability: 56 × income.
    TotalDisability,
    /// Partial disability: a percentage set by the doctor (Lampiran PP 82/2019), not
    /// computed here.
    PartialDisability,
    /// Treated and recovered: medical care and income replacement, no lump sum.
    Recovered,
}

impl Outcome {
    /// The code in the JSON.
    pub fn code(self) -> &'static str {
        match self {
            Outcome::Death => "death",
            Outcome::TotalDisability => "total_disability",
            Outcome::PartialDisability => "partial_disability",
            Outcome::Recovered => "recovered",
        }
    }

    /// Reads an outcome: the code or one of its spellings (`meninggal`, `cacat total`,
    /// `sembuh`: `data/spellings.toml`).
    pub fn parse(s: &str) -> Option<Outcome> {
        spellings::lookup_outcome(&Probe::of(s))
    }
}

/// A school level for the beasiswa (PP 82/2019).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Level {
    /// Not yet at school: paid once the child enters school.
    NotInSchool,
    /// TK or SD (kindergarten, primary).
    TkSd,
    /// SMP (lower secondary).
    Smp,
    /// SMA/SMK (upper secondary).
    Sma,
    /// Higher education (up to S1) or vocational training.
    Pt,
}

impl Level {
    /// The code in the JSON.
    pub fn code(self) -> &'static str {
        match self {
            Level::NotInSchool => "belum_sekolah",
            Level::TkSd => "tk_sd",
            Level::Smp => "smp",
            Level::Sma => "sma",
            Level::Pt => "pt",
        }
    }

    /// Reads a school level: the code or one of its spellings (`SD`, `MTs`, `SMK`,
    /// `kuliah`: `data/spellings.toml`).
    pub fn parse(s: &str) -> Option<Level> {
        spellings::lookup_school_level(&Probe::of(s))
    }
}

/// How the claimant signs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Signature {
    /// A written signature.
    Signature,
    /// A thumbprint (cap jempol).
    Thumbprint,
}

impl Signature {
    /// The code in the JSON.
    pub fn code(self) -> &'static str {
        match self {
            Signature::Signature => "signature",
            Signature::Thumbprint => "thumbprint",
        }
    }

    /// Reads how the claimant signs: `signature`/`tanda tangan`/`ttd`, `thumbprint`/`cap
    /// jempol` (`data/spellings.toml`).
    pub fn parse(s: &str) -> Option<Signature> {
        spellings::lookup_signature(&Probe::of(s))
    }
}

/// Which programme a beasiswa comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Basis {
    /// JKM: needs 3 years of membership.
    Jkm,
    /// JKK death or total disability: no minimum.
    Jkk,
}

impl Basis {
    /// The code in the JSON.
    pub fn code(self) -> &'static str {
        match self {
            Basis::Jkm => "jkm",
            Basis::Jkk => "jkk",
        }
    }

    /// Reads `jkm` or `jkk`, in any case.
    pub fn parse(s: &str) -> Option<Basis> {
        spellings::lookup_basis(&Probe::of(s))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_code_reads_as_itself_and_as_typed() {
        for k in ClaimType::ALL {
            assert_eq!(ClaimType::parse(k.code()), Some(k));
            assert_eq!(ClaimType::parse(&k.code().to_uppercase()), Some(k));
        }
        for r in Relation::ALL {
            assert_eq!(Relation::parse(r.code()), Some(*r));
        }
        for d in Document::ALL {
            assert_eq!(Document::parse(d.code()), Some(*d));
        }
        assert_eq!(ClaimType::parse(" JKM "), Some(ClaimType::Jkm));
        assert_eq!(ClaimType::parse("klaim"), None);
        assert_eq!(Relation::parse("Istri"), Some(Relation::Spouse));
        assert_eq!(Relation::parse("orang tua"), Some(Relation::Parent));
        assert_eq!(Relation::parse("Orang-Tua"), Some(Relation::Parent));
        assert_eq!(
            Relation::parse("parent-in-law"),
            Some(Relation::ParentInLaw)
        );
        assert_eq!(Relation::parse("tetangga"), None);
        assert_eq!(
            Document::parse(" Akta Kematian "),
            Some(Document::AktaKematian)
        );
        assert_eq!(Document::parse("formulir-3a"), Some(Document::Formulir3a));
        assert_eq!(Document::parse("ktp"), None);
        assert_eq!(Outcome::parse("Meninggal Dunia"), Some(Outcome::Death));
        assert_eq!(
            Outcome::parse("cacat-total"),
            Some(Outcome::TotalDisability)
        );
        assert_eq!(Level::parse("MTs"), Some(Level::Smp));
        assert_eq!(Level::parse("SMK"), Some(Level::Sma));
        assert_eq!(Signature::parse("Cap Jempol"), Some(Signature::Thumbprint));
        assert_eq!(Signature::parse("TTD"), Some(Signature::Signature));
        assert_eq!(Basis::parse("JKK"), Some(Basis::Jkk));
        assert_eq!(Level::parse("sekolah"), None);
    }
}
