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
    if c.minor {
        // A child has no KTP: the KTP-el is issued from 17 or on marriage (UU 24/2013
        // Pasal 63 ayat (1)). A minor heir is identified by the akta kelahiran or the KK,
        // and the guardian's KTP and the surat perwalian (asked for below) stand beside it.
        l.add(KtpAhliWaris, true, &[AktaKelahiran, Kk]);
    } else {
        l.need(KtpAhliWaris);
    }
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

/// A usual heir of a death claim: how they are related, and whether they are under 18.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Heir {
    /// The relation to the participant.
    pub relation: Relation,
    /// Under 18: no KTP of their own (UU 24/2013 Pasal 63 ayat (1)).
    pub minor: bool,
}

/// The heirs a death report usually cannot name yet, in the order of PP 44/2015 Pasal 40(2):
/// the widow or widower and the children (a child under 18 apart, who brings other papers),
/// then the parents, grandparents and grandchildren, the full siblings, the parents-in-law,
/// and the person named in a notarial will.
pub const USUAL_HEIRS: [Heir; 9] = [
    Heir {
        relation: Relation::Spouse,
        minor: false,
    },
    Heir {
        relation: Relation::Child,
        minor: false,
    },
    Heir {
        relation: Relation::Child,
        minor: true,
    },
    Heir {
        relation: Relation::Parent,
        minor: false,
    },
    Heir {
        relation: Relation::Grandparent,
        minor: false,
    },
    Heir {
        relation: Relation::Grandchild,
        minor: false,
    },
    Heir {
        relation: Relation::Sibling,
        minor: false,
    },
    Heir {
        relation: Relation::ParentInLaw,
        minor: false,
    },
    Heir {
        relation: Relation::WillAppointee,
        minor: false,
    },
];

/// The required documents of a death claim whose heir is not known yet: what every usual
/// heir brings, and what each one brings beside it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ByHeir {
    /// Required whoever the heir is (as the first heir, the spouse, is asked for them).
    pub common: Vec<Item>,
    /// Per heir of [`USUAL_HEIRS`]: the required documents not in `common`, and those of
    /// `common` this heir may replace by others (a minor's akta kelahiran or KK for the
    /// KTP ahli waris). Empty when the common list is all.
    pub heirs: Vec<(Heir, Vec<Item>)>,
}

/// The checklist of [`build`] for each of [`USUAL_HEIRS`], split into what is common and
/// what depends on the heir. `c` gives the rest of the claim (type, what is held, whether
/// someone files for the heir); its relation and minority are replaced by each heir's.
pub fn by_heir(kind: ClaimType, c: &ClaimInput) -> ByHeir {
    let lists: Vec<(Heir, Vec<Item>)> = USUAL_HEIRS
        .iter()
        .map(|h| {
            let mut c = c.clone();
            c.relation = Some(h.relation);
            c.minor = h.minor;
            let items = build(kind, &c, false)
                .into_iter()
                .filter(|i| i.required)
                .collect();
            (*h, items)
        })
        .collect();
    let first = lists.first().map(|(_, l)| l.as_slice()).unwrap_or_default();
    let common: Vec<Item> = first
        .iter()
        .filter(|i| lists.iter().all(|(_, l)| l.iter().any(|j| j.doc == i.doc)))
        .cloned()
        .collect();
    let heirs = lists
        .into_iter()
        .map(|(h, l)| {
            let own = l
                .into_iter()
                .filter(|i| {
                    !common
                        .iter()
                        .any(|k| k.doc == i.doc && k.alternatives == i.alternatives)
                })
                .collect();
            (h, own)
        })
        .collect();
    ByHeir { common, heirs }
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
    fn a_minor_childs_complete_file_has_no_ktp_of_its_own() {
        // UU 24/2013 Pasal 63(1): the KTP-el comes at 17 or on marriage, so a child heir
        // brings the akta kelahiran (or the KK) with the guardian's KTP and the surat
        // perwalian instead. Everything else is the baseline JKM list.
        let docs = [
            KartuPeserta,
            KtpPeserta,
            Kk,
            AktaKematian,
            SuratKeteranganAhliWaris,
            BukuTabungan,
            AktaKelahiran,
            SuratPerwalian,
            KtpWali,
        ];
        let mut c = claim(ClaimType::Jkm, Some(Relation::Child), &docs);
        c.minor = true;
        let items = build(ClaimType::Jkm, &c, false);
        assert_eq!(missing(&items), Vec::<Document>::new());
        let ktp = items.iter().find(|i| i.doc == KtpAhliWaris).unwrap();
        assert_eq!(ktp.satisfied_by, Some(AktaKelahiran));
        // The KK alone identifies the child too.
        let mut c = claim(
            ClaimType::Jkm,
            Some(Relation::Child),
            &[Kk, SuratPerwalian, KtpWali],
        );
        c.minor = true;
        let m = missing(&build(ClaimType::Jkm, &c, false));
        assert!(!m.contains(&KtpAhliWaris) && !m.contains(&AktaKelahiran));
        // An adult heir still needs their own KTP.
        let c = claim(ClaimType::Jkm, Some(Relation::Child), &[AktaKelahiran, Kk]);
        assert!(missing(&build(ClaimType::Jkm, &c, false)).contains(&KtpAhliWaris));
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

    fn codes(items: &[Item]) -> Vec<&'static str> {
        items.iter().map(|i| i.doc.code()).collect()
    }

    #[test]
    fn documents_for_every_usual_heir() {
        // The JKM list of the BPJS lists (kartu peserta, KTP of the participant and the
        // heir, KK, proof of death, surat keterangan ahli waris, account book) is asked of
        // every heir; what proves the relation depends on who claims.
        let b = by_heir(ClaimType::Jkm, &claim(ClaimType::Jkm, None, &[]));
        assert_eq!(
            codes(&b.common),
            [
                "kartu_peserta",
                "ktp_peserta",
                "ktp_ahli_waris",
                "kk",
                "akta_kematian",
                "surat_keterangan_ahli_waris",
                "buku_tabungan"
            ]
        );
        let akta = b.common.iter().find(|i| i.doc == AktaKematian).unwrap();
        assert_eq!(akta.alternatives, [SuratKeteranganKematian]);
        let of = |relation: Relation, minor: bool| {
            let (_, items) = b
                .heirs
                .iter()
                .find(|(h, _)| h.relation == relation && h.minor == minor)
                .unwrap();
            items.clone()
        };
        // The widow or widower: the buku nikah (BPJS lists; confirmed).
        assert_eq!(codes(&of(Relation::Spouse, false)), ["buku_nikah"]);
        // A child: the akta kelahiran, or the KK that shows the child.
        let child = of(Relation::Child, false);
        assert_eq!(codes(&child), ["akta_kelahiran"]);
        assert_eq!(child[0].alternatives, [Kk]);
        // A child under 18 has no KTP (UU 24/2013 Pasal 63(1)): the akta kelahiran or the
        // KK stands for it, with the guardian's KTP and the surat perwalian.
        let minor = of(Relation::Child, true);
        assert_eq!(
            codes(&minor),
            [
                "ktp_ahli_waris",
                "akta_kelahiran",
                "surat_perwalian",
                "ktp_wali"
            ]
        );
        assert_eq!(minor[0].alternatives, [AktaKelahiran, Kk]);
        // Parents, grandparents, grandchildren, siblings and parents-in-law: the KK and the
        // surat keterangan ahli waris of the common list show the relation; no source asks
        // for more.
        for r in [
            Relation::Parent,
            Relation::Grandparent,
            Relation::Grandchild,
            Relation::Sibling,
            Relation::ParentInLaw,
        ] {
            assert!(of(r, false).is_empty(), "{}", r.code());
        }
        // The person named in a will: the notarial will (Permenaker 1/2025 Pasal 79(2a)).
        assert_eq!(codes(&of(Relation::WillAppointee, false)), ["akta_wasiat"]);
        // Every usual heir in the order of Pasal 40(2), once.
        assert_eq!(b.heirs.len(), USUAL_HEIRS.len());
    }

    #[test]
    fn documents_by_heir_are_the_claim_commands_lists() {
        // Not a second list: each heir's common + own documents are exactly the checklist
        // `layak claim` gives that heir.
        let b = by_heir(ClaimType::Jkm, &claim(ClaimType::Jkm, None, &[]));
        for (h, own) in &b.heirs {
            let mut c = claim(ClaimType::Jkm, Some(h.relation), &[]);
            c.minor = h.minor;
            let mut want = codes(&build(ClaimType::Jkm, &c, false));
            want.sort_unstable();
            let mut got: Vec<&str> = codes(&b.common).into_iter().chain(codes(own)).collect();
            got.sort_unstable();
            got.dedup();
            assert_eq!(got, want, "{h:?}");
        }
    }
}
