//! The accepted spellings of `data/spellings.toml`, compiled in by build.rs: one `match` per
//! kind from comparison [`Key`](super::key::Key) to value, and the list itself for the
//! documentation and tests.

use super::claim_codes::{Basis, ClaimType, Document, Level, Outcome, Relation, Signature};
use super::codes::{Citizenship, Occupation, Program};
use super::key::Probe;
use crate::sex::Sex;

/// One word of the file, with where it came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Spelling {
    /// The kind of field: `yes_no`, `sex`, `citizenship`, `program`, `occupation`, `blank`,
    /// and for claims `claim_type`, `relation`, `document`, `outcome`, `school_level`,
    /// `signature`, `basis`.
    pub kind: &'static str,
    /// The code the rules read (`yes`/`no` for yes/no).
    pub value: &'static str,
    /// The word as the file writes it.
    pub word: &'static str,
    /// When it was added.
    pub added: &'static str,
    /// Where the spelling was seen or fixed.
    pub source: &'static str,
    /// `confirmed`, `likely` or `unconfirmed`.
    pub confidence: &'static str,
}

include!(concat!(env!("OUT_DIR"), "/spellings.rs"));

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_word_reads_as_its_value() {
        for s in SPELLINGS {
            let key = Probe::of(s.word);
            let k = &key;
            let ok = match s.kind {
                "yes_no" => lookup_yes_no(k) == Some(s.value == "yes"),
                "sex" => lookup_sex(k).map(Sex::as_str) == Some(s.value),
                "citizenship" => lookup_citizenship(k).map(Citizenship::as_str) == Some(s.value),
                "program" => lookup_program(k).map(Program::as_str) == Some(s.value),
                "occupation" => lookup_occupation(k).map(Occupation::as_str) == Some(s.value),
                "blank" => lookup_blank(k),
                "claim_type" => lookup_claim_type(k).map(ClaimType::code) == Some(s.value),
                "relation" => lookup_relation(k).map(Relation::code) == Some(s.value),
                "document" => lookup_document(k).map(Document::code) == Some(s.value),
                "outcome" => lookup_outcome(k).map(Outcome::code) == Some(s.value),
                "school_level" => lookup_school_level(k).map(Level::code) == Some(s.value),
                "signature" => lookup_signature(k).map(Signature::code) == Some(s.value),
                "basis" => lookup_basis(k).map(Basis::code) == Some(s.value),
                _ => false,
            };
            assert!(ok, "{s:?}");
            assert!(["confirmed", "likely", "unconfirmed"].contains(&s.confidence));
        }
    }

    #[test]
    fn the_documentation_lists_every_word() {
        let doc = include_str!("../../docs/spellings.md");
        for s in SPELLINGS {
            assert!(
                doc.contains(&format!("`{}`", s.word)),
                "docs/spellings.md lacks {s:?}"
            );
        }
    }
}
