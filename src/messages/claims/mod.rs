//! The words of `layak claim`: document names, why each is asked for, the order of heirs,
//! benefit parts and the claim issues, in Indonesian and English.
//!
//! The readers are heirs, often grieving and with little schooling, and the village
//! operators who help them. Sentences are short, say "you" to the claimant, explain why,
//! and say what to do next. Nothing here is a rule: the rules are in [`crate::claims`].

use crate::lang::Lang;

/// The articles behind the order of heirs: Pasal 40(2) for JKM, Pasal 37(5) for a JKK death.
/// Citations only, so that they read the same in both languages.
pub const HEIRS_LEGAL_BASIS: &str =
    "PP 44/2015 Pasal 40 ayat (2); PP 44/2015 Pasal 37 ayat (5); Permenaker 4/2023 Pasal 57 ayat (4)";

fn two(lang: Lang, id: &'static str, en: &'static str) -> &'static str {
    match lang {
        Lang::Id => id,
        Lang::En => en,
    }
}

/// An amount as people write it: `Rp42.000.000` (Indonesian), `Rp42,000,000` (English).
pub use super::rupiah;

mod documents;
mod issues;
mod report;
mod result;
mod words;

pub use documents::{document_label, document_reason, type_label};
pub use issues::issue_message;
pub use report::ClaimLabel;
pub use result::{json_error, render};
pub use words::{
    burial_arranger_label, field_word, group_label, holidays_error, part_label, relation_word,
};

#[cfg(test)]
mod tests {
    use super::*;
    use crate::claims::checklist::Context;
    use crate::claims::documents::Document;
    use crate::claims::ClaimType;

    #[test]
    fn rupiah_is_grouped_the_local_way() {
        assert_eq!(rupiah(42_000_000, Lang::Id), "Rp42.000.000");
        assert_eq!(rupiah(1_260_000, Lang::En), "Rp1,260,000");
        assert_eq!(rupiah(0, Lang::Id), "Rp0");
        assert_eq!(rupiah(500, Lang::Id), "Rp500");
    }

    #[test]
    fn every_document_has_a_label_and_a_reason() {
        for k in [ClaimType::Jkm, ClaimType::Jkk, ClaimType::Beasiswa] {
            for death in [true, false] {
                let ctx = Context {
                    kind: k,
                    death,
                    minor: false,
                };
                for d in Document::ALL {
                    for lang in [Lang::Id, Lang::En] {
                        assert!(document_label(*d, lang).len() > 2);
                        assert!(document_reason(*d, ctx, true, lang).len() > 20);
                    }
                }
            }
        }
    }

    #[test]
    fn the_claim_period_is_filled_in_from_the_parameter_in_force() {
        use crate::claims::params::{names, value};
        use crate::issue::{Code, Detail, Issue};
        // PP 82/2019 amending PP 44/2015 Pasal 26: five years after the accident (two before).
        let on = chrono::NaiveDate::from_ymd_opt(2025, 6, 1).unwrap();
        let set = crate::claims::params::embedded().unwrap();
        let years = value(&set, names::JKK_EXPIRY_YEARS, on).unwrap().value;
        assert_eq!(years, 5);
        let issue = |n| {
            Issue::new(
                Code::ClaimAccidentDateMissing,
                Detail::Claim(crate::claims::ClaimDetail::Count(n)),
            )
        };
        assert!(issue_message(&issue(5), Lang::Id).contains("(5 tahun)"));
        assert!(issue_message(&issue(2), Lang::En).contains("(2 years)"));
        assert!(!issue_message(&issue(0), Lang::Id).contains("tahun)"));
    }

    #[test]
    fn a_jkk_claim_without_accident_date_names_the_period_in_force() {
        let claim: crate::claims::Json = serde_json::from_str(r#"{"type": "jkk"}"#).unwrap();
        let options = crate::claims::RawClaimOptions {
            as_of: Some("2025-06-01".into()),
            ..Default::default()
        }
        .resolve(chrono::NaiveDate::MIN)
        .unwrap();
        let out = crate::api::check_claim(&claim, &options);
        let issue = out
            .issues
            .iter()
            .find(|i| i.code == crate::issue::Code::ClaimAccidentDateMissing)
            .expect("the missing accident date is reported");
        assert!(issue.message.contains("(5 tahun)"), "{}", issue.message);
    }
}
