//! The fixed words of the printed claim report.

use super::*;
use crate::lang::Lang;

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
