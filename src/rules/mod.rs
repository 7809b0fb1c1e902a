//! Eligibility: who the Bojonegoro programme may enrol, and why.
//!
//! Kabupaten Bojonegoro pays the BPJS Ketenagakerjaan contributions for work-accident (JKK)
//! and death (JKM) cover of two groups (docs/INTERFACE.md §4):
//!
//! - **pekerja rentan**, poor informal workers (farm labourers, ojek drivers, becak drivers…)
//!   taken from the regency's poverty data (DAMISDA, now also the national DTSEN);
//! - **penerima insentif daerah**, people the regency pays an incentive for a village role
//!   (RT/RW heads, mosque caretakers, Quran teachers, village cadres…).
//!
//! An applicant is judged by nine rules, each with a stable id, an outcome and a reason:
//!
//! | rule | asks |
//! |---|---|
//! | `identity.nik` | is the NIK well formed, and does it agree with the form's birth date and sex? |
//! | `identity.citizenship` | is the person an Indonesian citizen? A NIK cannot tell (foreigners with an ITAP hold one) |
//! | `domicile.regency` | does the person live in the regency? From the village code, else the KK prefix; the NIK prefix alone only gives `review` |
//! | `age.min`, `age.max` | completed years on the as-of date, limits included |
//! | `category.listed` | is the category on the list of the chosen programme? |
//! | `occupation.not_excluded` | not a civil servant, soldier, police officer, state official or wage earner |
//! | `poverty.listed` | (pekerja rentan) listed in the poverty data |
//! | `enrolment.not_enrolled` | not already a BPJS Ketenagakerjaan participant |
//!
//! A tenth, `enrolment.not_duplicate`, needs the whole batch (a later row with the same NIK);
//! a batch caller adds it with [`evaluate::Evaluation::mark_duplicate`].
//!
//! The decision: `ineligible` if any rule fails, else `review` if any rule asks a person to
//! look, else `eligible`. Missing or unreadable fields never crash a check: the rules that
//! need them say `review`, and the input problem is reported as an issue.
//!
//! Every number, list and limit comes from a [`params::ParamSet`] whose values carry a start
//! date, a legal reference and a confidence mark, so the trace of a decision names the law
//! (or the study) behind it and says how sure that is.
//!
//! The work is split so that a million rows are cheap: [`params::ParamSet::resolve`] picks the
//! values in force for an as-of date once; [`evaluate::evaluate`] judges one
//! [`applicant::Applicant`] into small typed outcomes without allocating text; only
//! `messages::eligibility` writes messages and JSON, and only when output is wanted.

pub mod applicant;
pub mod evaluate;
pub mod param_file;
pub mod params;

use serde::{Serialize, Serializer};

macro_rules! rule_ids {
    ($( $(#[$doc:meta])* $variant:ident => $id:literal, )*) => {
        /// The stable id of a rule (docs/INTERFACE.md §4). New rules may be added; none renamed.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum RuleId {
            $( $(#[$doc])* $variant, )*
        }

        impl RuleId {
            /// Every rule, in the order a result lists them.
            pub const ALL: &'static [RuleId] = &[ $( RuleId::$variant, )* ];

            /// The id as written in results, e.g. `"age.max"`.
            pub fn as_str(self) -> &'static str {
                match self { $( RuleId::$variant => $id, )* }
            }

            /// Finds a rule by its id.
            pub fn parse(s: &str) -> Option<RuleId> {
                match s { $( $id => Some(RuleId::$variant), )* _ => None }
            }
        }
    };
}

rule_ids! {
    /// The NIK is well formed and agrees with the form.
    IdentityNik => "identity.nik",
    /// The applicant is an Indonesian citizen.
    IdentityCitizenship => "identity.citizenship",
    /// The applicant lives in the regency.
    DomicileRegency => "domicile.regency",
    /// Old enough.
    AgeMin => "age.min",
    /// Not too old.
    AgeMax => "age.max",
    /// The category belongs to the chosen programme.
    CategoryListed => "category.listed",
    /// Not in an occupation covered elsewhere.
    OccupationNotExcluded => "occupation.not_excluded",
    /// Listed in the poverty data (pekerja rentan only).
    PovertyListed => "poverty.listed",
    /// Not already a participant.
    EnrolmentNotEnrolled => "enrolment.not_enrolled",
    /// Not a second row of the same NIK in a batch.
    EnrolmentNotDuplicate => "enrolment.not_duplicate",
}

impl RuleId {
    /// How many rules there are.
    pub const COUNT: usize = RuleId::ALL.len();

    /// The position of the rule in [`RuleId::ALL`].
    pub fn index(self) -> usize {
        self as usize
    }
}

impl Serialize for RuleId {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

/// What one rule says about one applicant.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Outcome {
    /// The rule is met.
    Pass,
    /// Not applicable to this programme (poverty data for incentive recipients).
    Skip,
    /// A person must look: a field is missing or unreadable, or the data disagree.
    Review,
    /// The rule is not met: the applicant cannot be enrolled as the record stands.
    Fail,
}

impl Outcome {
    /// `"pass"`, `"fail"`, `"review"` or `"skip"`.
    pub fn as_str(self) -> &'static str {
        match self {
            Outcome::Pass => "pass",
            Outcome::Skip => "skip",
            Outcome::Review => "review",
            Outcome::Fail => "fail",
        }
    }
}

/// The decision over all rules.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Decision {
    /// Every rule passed (or does not apply).
    Eligible,
    /// No rule failed, but at least one needs a person to look.
    Review,
    /// At least one rule failed.
    Ineligible,
}

impl Decision {
    /// The contract's rule: any fail → ineligible; else any review → review; else eligible.
    pub fn from_outcomes(outcomes: impl IntoIterator<Item = Outcome>) -> Decision {
        let mut d = Decision::Eligible;
        for o in outcomes {
            match o {
                Outcome::Fail => return Decision::Ineligible,
                Outcome::Review => d = Decision::Review,
                Outcome::Pass | Outcome::Skip => {}
            }
        }
        d
    }

    /// `"eligible"`, `"review"` or `"ineligible"`.
    pub fn as_str(self) -> &'static str {
        match self {
            Decision::Eligible => "eligible",
            Decision::Review => "review",
            Decision::Ineligible => "ineligible",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rule_ids_are_the_contracts_and_round_trip() {
        let ids: Vec<&str> = RuleId::ALL.iter().map(|r| r.as_str()).collect();
        assert_eq!(
            ids,
            [
                "identity.nik",
                "identity.citizenship",
                "domicile.regency",
                "age.min",
                "age.max",
                "category.listed",
                "occupation.not_excluded",
                "poverty.listed",
                "enrolment.not_enrolled",
                "enrolment.not_duplicate"
            ]
        );
        for (i, r) in RuleId::ALL.iter().enumerate() {
            assert_eq!(RuleId::parse(r.as_str()), Some(*r));
            assert_eq!(r.index(), i);
        }
    }

    #[test]
    fn any_fail_wins_then_any_review() {
        use Outcome::*;
        assert_eq!(Decision::from_outcomes([Pass, Skip]), Decision::Eligible);
        assert_eq!(Decision::from_outcomes([Pass, Review]), Decision::Review);
        assert_eq!(
            Decision::from_outcomes([Review, Fail, Pass]),
            Decision::Ineligible
        );
        assert_eq!(Decision::from_outcomes([]), Decision::Eligible);
    }
}
