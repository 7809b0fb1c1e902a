//! Which documents a claim needs, and which the claimant already holds.
//!
//! Claims stall on a missing paper more than on anything else: the heirs travel to the
//! branch office, are sent home for one document, and come back weeks later. The checklist
//! names every paper up front, says in plain words why it is asked for, and accepts the
//! alternatives BPJS accepts.
//!
//! Sources (docs/SOURCES.md section 5): the BPJS lists reproduced by kompas/topikpagi
//! 2024, parapuan 2022, kabar24 2021 and gridstar 2023; PP 44/2015 Pasal 40(3);
//! Permenaker 1/2025 Pasal 79(2a)–(2b) (will, court determination); tribunpontianak
//! 18 Aug 2023 (JKK); cinews.id and radarbanten.co.id (beasiswa).

use super::documents::Document::{self, *};
use super::heirs::Relation;
use super::input::{ClaimInput, Outcome};
use super::ClaimType;

/// One line of the checklist.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Item {
    /// The document asked for.
    pub doc: Document,
    /// Whether the claim cannot go on without it (`false`: helpful, not needed).
    pub required: bool,
    /// Other documents accepted in its place.
    pub alternatives: Vec<Document>,
    /// What the claimant holds that satisfies it: the document or an alternative.
    pub satisfied_by: Option<Document>,
}

/// Why a document is on this claim's list; the message text depends on it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Context {
    /// The claim type.
    pub kind: ClaimType,
    /// The claim is for a death (JKM, or JKK with death as outcome).
    pub death: bool,
    /// The heir is a minor.
    pub minor: bool,
}

/// The context a claim's reasons are written for.
pub fn context(kind: ClaimType, c: &ClaimInput) -> Context {
    Context {
        kind,
        death: is_death(kind, c),
        minor: c.minor,
    }
}

/// Whether the claim is for a death: JKM always; JKK when the outcome is death or a death
/// date is given.
pub fn is_death(kind: ClaimType, c: &ClaimInput) -> bool {
    match kind {
        ClaimType::Jkm => true,
        ClaimType::Jkk => {
            c.outcome == Some(Outcome::Death) || (c.outcome.is_none() && c.death_date.is_some())
        }
        ClaimType::Beasiswa => false,
    }
}

struct List<'a> {
    items: Vec<Item>,
    held: &'a [Document],
}

impl List<'_> {
    fn add(&mut self, doc: Document, required: bool, alternatives: &[Document]) {
        if self.items.iter().any(|i| i.doc == doc) {
            return;
        }
        let satisfied_by = std::iter::once(doc)
            .chain(alternatives.iter().copied())
            .find(|d| self.held.contains(d));
        self.items.push(Item {
            doc,
            required,
            alternatives: alternatives.to_vec(),
            satisfied_by,
        });
    }

    fn need(&mut self, doc: Document) {
        self.add(doc, true, &[]);
    }
}

/// The checklist of a claim of type `kind`. `burial_only` is set when nobody is in the
/// order of heirs, so the claimant asks for the burial costs only and no court needs to
/// name heirs.
pub fn build(kind: ClaimType, c: &ClaimInput, burial_only: bool) -> Vec<Item> {
    let mut l = List {
        items: Vec::new(),
        held: &c.documents,
    };
    let death = is_death(kind, c);
    match kind {
        ClaimType::Jkm => heir_documents(&mut l, c, burial_only),
        ClaimType::Jkk => {
            // BPU work-accident list (tribunpontianak 18 Aug 2023).
            l.need(KartuPeserta);
            l.need(KtpPeserta);
            l.need(Formulir3);
            l.need(Formulir3a);
            l.need(Formulir3b);
            l.need(Kronologi);
            l.need(KtpSaksi);
            if c.traffic_accident {
                l.need(LaporanPolisi);
            }
            if c.self_paid_treatment != Some(false) {
                l.need(KuitansiPengobatan);
            }
            if death {
                heir_documents(&mut l, c, burial_only);
            } else {
                l.need(BukuTabungan);
            }
        }
        ClaimType::Beasiswa => {
            // Every year: form, birth certificate, KK, school letter, report card, account,
            // KTP of the parent or guardian (cinews.id, radarbanten.co.id).
            l.need(FormulirBeasiswa);
            l.need(AktaKelahiran);
            l.need(Kk);
            l.need(SuratKeteranganSekolah);
            l.need(Rapor);
            l.need(BukuTabungan);
            if c.relation == Some(Relation::Child) && !c.minor {
                // A grown-up child applies with their own KTP.
                l.need(KtpAhliWaris);
            } else if c.relation == Some(Relation::Spouse) {
                // The surviving parent is the child's guardian by law.
                l.add(KtpWali, true, &[KtpAhliWaris]);
            } else {
                l.need(KtpWali);
            }
            if c.minor {
                l.need(SuratPerwalian);
            }
        }
    }
    if c.represented {
        l.need(SuratKuasa);
        l.need(KtpKuasa);
    }
    if kind == ClaimType::Jkm && c.traffic_accident {
        // Not needed for JKM, but a road accident on the way to or from work is a work
        // accident (PP 44/2015 Pasal 1 angka 6), which pays more: keep the report.
        l.add(LaporanPolisi, false, &[]);
    }
    l.items
}

/// The papers of any death claim, and those that depend on who the heir is.
fn heir_documents(l: &mut List, c: &ClaimInput, burial_only: bool) {
    l.need(KartuPeserta);
    l.need(KtpPeserta);
    l.need(KtpAhliWaris);
    l.need(Kk);
    // The regulation says "surat keterangan kematian"; BPJS's public list says akta
    // kematian. Either proves the death.
    l.add(AktaKematian, true, &[SuratKeteranganKematian]);
    l.need(SuratKeteranganAhliWaris);
    l.need(BukuTabungan);
    match c.relation {
        Some(Relation::Spouse) => l.need(BukuNikah),
        Some(Relation::Child) => l.add(AktaKelahiran, true, &[Kk]),
        Some(Relation::WillAppointee) => l.need(AktaWasiat),
        Some(Relation::Other) if !burial_only => l.need(PenetapanPengadilan),
        _ => {}
    }
    if c.minor {
        l.need(SuratPerwalian);
        l.need(KtpWali);
    }
}

/// The codes of required documents not yet held.
pub fn missing(items: &[Item]) -> Vec<Document> {
    items
        .iter()
        .filter(|i| i.required && i.satisfied_by.is_none())
        .map(|i| i.doc)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn claim(kind: ClaimType, rel: Option<Relation>, docs: &[Document]) -> ClaimInput {
        ClaimInput {
            kind: Some(kind),
            relation: rel,
            documents: docs.to_vec(),
            ..ClaimInput::default()
        }
    }

    #[test]
    fn jkm_baseline_and_the_spouse() {
        let c = claim(ClaimType::Jkm, Some(Relation::Spouse), &[]);
        let codes: Vec<&str> = build(ClaimType::Jkm, &c, false)
            .iter()
            .map(|i| i.doc.code())
            .collect();
        assert_eq!(
            codes,
            [
                "kartu_peserta",
                "ktp_peserta",
                "ktp_ahli_waris",
                "kk",
                "akta_kematian",
                "surat_keterangan_ahli_waris",
                "buku_tabungan",
                "buku_nikah"
            ]
        );
    }

    #[test]
    fn a_village_death_letter_stands_in_for_the_akta() {
        let c = claim(
            ClaimType::Jkm,
            Some(Relation::Parent),
            &[SuratKeteranganKematian],
        );
        let items = build(ClaimType::Jkm, &c, false);
        let akta = items.iter().find(|i| i.doc == AktaKematian).unwrap();
        assert_eq!(akta.satisfied_by, Some(SuratKeteranganKematian));
        assert!(!missing(&items).contains(&AktaKematian));
    }

    #[test]
    fn a_minor_child_needs_a_guardian_and_the_kk_shows_the_relation() {
        let mut c = claim(ClaimType::Jkm, Some(Relation::Child), &[Kk]);
        c.minor = true;
        let items = build(ClaimType::Jkm, &c, false);
        let m = missing(&items);
        assert!(m.contains(&SuratPerwalian) && m.contains(&KtpWali));
        assert!(!m.contains(&AktaKelahiran), "the KK shows the child");
    }

    #[test]
    fn jkk_without_death_has_no_heir_papers() {
        let mut c = claim(ClaimType::Jkk, None, &[]);
        c.outcome = Some(Outcome::TotalDisability);
        c.traffic_accident = true;
        let codes: Vec<&str> = build(ClaimType::Jkk, &c, false)
            .iter()
            .map(|i| i.doc.code())
            .collect();
        assert!(codes.contains(&"laporan_polisi"));
        assert!(!codes.contains(&"surat_keterangan_ahli_waris"));
        c.self_paid_treatment = Some(false);
        let codes: Vec<&str> = build(ClaimType::Jkk, &c, false)
            .iter()
            .map(|i| i.doc.code())
            .collect();
        assert!(!codes.contains(&"kuitansi_pengobatan"));
    }

    #[test]
    fn representatives_and_wills() {
        let mut c = claim(ClaimType::Jkm, Some(Relation::WillAppointee), &[]);
        c.represented = true;
        let m = missing(&build(ClaimType::Jkm, &c, false));
        for d in [AktaWasiat, SuratKuasa, KtpKuasa] {
            assert!(m.contains(&d), "{}", d.code());
        }
    }
}
