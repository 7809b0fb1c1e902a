//! The rules, applied to one applicant.
//!
//! [`evaluate`] reads an [`Applicant`] against the values in force ([`Resolved`]) and returns
//! an [`Evaluation`]: for each rule an [`Outcome`] and a [`Reason`], small `Copy` values that
//! hold the facts the rule used (an age, a region, which field was missing). Nothing here
//! writes text or allocates; `messages::eligibility` turns an evaluation into messages and JSON
//! when, and only when, someone will read them. That split is what lets the regency screen a
//! million rows in a second or two.
//!
//! Choices the contract leaves open, and why:
//!
//! - A field that is absent, or present but unreadable, makes the rules that need it say
//!   `review`, never `fail`: a person can complete a record, and a family should not lose
//!   its cover to a typing slip. A value that is read and does not meet a rule fails.
//! - `identity.nik`: a NIK with an error fails (it cannot be enrolled as written). A
//!   valid NIK whose date or sex differs from the form, or whose kecamatan code is unknown,
//!   gives `review`: the law allows the difference (a corrected birth date keeps its NIK),
//!   so a person compares with the KTP. A retired region code passes: the NIK is for life.
//! - `domicile.regency`: a village code decides when it is given (an unknown village of the
//!   regency, or an unknown regency, gives `review`; a known village elsewhere fails); else
//!   the KK prefix decides (a KK issued elsewhere fails: a family that moves gets a new KK);
//!   else the NIK prefix only gives `review`, because a NIK never follows its holder.
//! - Age uses the recorded birth date when given (the authority), else the NIK's date with
//!   the contract's century rule. The limits include their value: with a maximum of 65,
//!   65 years and 364 days passes.
//! - `category.listed`: a category of the other programme fails; a code on neither list
//!   gives `review` (most likely a typing slip) with an `applicant.category_unknown` issue.

use super::applicant::{Applicant, Citizenship, Field, Occupation, Program};
use super::params::Resolved;
use super::{Decision, Outcome, RuleId};
use crate::date;
use crate::issue::Code;
use crate::kk::{self, KkOptions, KkReport};
use crate::nik::{self, NikOptions, NikReport};
use crate::region::{self, Region, RegionCode, Village};
use chrono::{Datelike, NaiveDate};

/// Where an age was counted from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateSource {
    /// The birth date recorded on the form (KTP/KK): the authority.
    Recorded,
    /// Digits 7–12 of the NIK, when no birth date was recorded.
    Nik,
}

/// An age and how it was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Age {
    /// Completed years on the as-of date.
    pub years: i32,
    /// The birth date used.
    pub birth_date: NaiveDate,
    /// Where it came from.
    pub source: DateSource,
    /// 1 July or 31 December: dates Dukcapil records when the real one is unknown, so the
    /// age may be off by up to a year.
    pub placeholder: bool,
}

/// Why a rule gave its outcome: the facts, typed, for the message and the `values`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Reason {
    // identity.nik
    /// No NIK given.
    NikMissing,
    /// The NIK came as a number, not text.
    NikNotText,
    /// The NIK check found an error (its first issue explains it).
    NikInvalid,
    /// Valid, but the form's birth date and/or sex differ from the NIK's.
    NikMismatch {
        /// The birth dates differ.
        birth_date: bool,
        /// The sexes differ.
        sex: bool,
    },
    /// Valid, but the kecamatan code is unknown.
    NikDistrictUnknown,
    /// Valid.
    NikValid {
        /// The region code is retired (still valid for life).
        retired: bool,
    },

    // identity.citizenship
    /// Not given.
    CitizenshipMissing,
    /// Not WNI or WNA.
    CitizenshipUnreadable,
    /// Allowed by the parameter set.
    CitizenshipAllowed(Citizenship),
    /// Not allowed.
    CitizenshipNotAllowed(Citizenship),

    // domicile.regency
    /// A known village of the regency.
    VillageHere(Village),
    /// The code has the regency's prefix but names no village of it.
    VillageNotListed(RegionCode),
    /// A village of the regency, whose village list the data does not hold.
    VillagePrefixOnly(RegionCode),
    /// A village in another regency.
    VillageElsewhere {
        /// The village code.
        code: RegionCode,
        /// Its regency.
        regency: Region,
    },
    /// The code's regency does not exist.
    VillageRegencyUnknown(RegionCode),
    /// The village code could not be read.
    VillageUnreadable,
    /// No village code; the KK was issued in the regency.
    KkHere {
        /// The issuing kecamatan, if known.
        district: Option<Region>,
    },
    /// No village code; the KK was issued in another regency.
    KkElsewhere {
        /// The issuing regency.
        regency: Region,
    },
    /// Only the NIK says where: where it was first registered, not where the person lives.
    NikOnly {
        /// The NIK's regency.
        regency: Region,
        /// A KK was given but its prefix cannot be read.
        kk_unusable: bool,
    },
    /// Nothing tells where the person lives.
    NoAddress {
        /// A KK was given but its prefix cannot be read.
        kk_unusable: bool,
    },

    // age.min, age.max
    /// The age, compared with the limit of the rule.
    Age(Age),
    /// No birth date anywhere.
    AgeUnknown,
    /// The recorded birth date could not be read.
    BirthDateUnreadable,
    /// The recorded birth date is after the as-of date.
    BirthDateFuture(NaiveDate),

    // category.listed
    /// No programme given; the category, if known, belongs to `hint`.
    ProgramMissing {
        /// The programme whose list has the category.
        hint: Option<Program>,
    },
    /// The programme is not `rentan` or `insentif`.
    ProgramUnknown,
    /// No category given.
    CategoryMissing,
    /// The category is not text.
    CategoryUnreadable,
    /// On the programme's list.
    CategoryListed,
    /// On the other programme's list.
    CategoryOtherProgram(Program),
    /// On neither list.
    CategoryUnknown,

    // occupation.not_excluded
    /// Not given.
    OccupationMissing,
    /// Not a known code.
    OccupationUnreadable,
    /// An excluded status.
    OccupationExcluded(Occupation),
    /// Not excluded.
    OccupationAllowed(Occupation),

    // poverty.listed
    /// Listed.
    PovertyListed,
    /// Not listed.
    PovertyNotListed,
    /// Not given.
    PovertyMissing,
    /// Not yes/no.
    PovertyUnreadable,
    /// The programme does not require it.
    PovertyNotRequired(Program),
    /// No programme to tell whether it is required.
    PovertyProgramUnknown,

    // enrolment.not_enrolled
    /// Not yet a participant.
    NotEnrolled,
    /// Already a participant.
    Enrolled,
    /// Not given.
    EnrolmentMissing,
    /// Not yes/no.
    EnrolmentUnreadable,

    // enrolment.not_duplicate
    /// The first row with this NIK.
    Unique,
    /// The same NIK was on an earlier row.
    DuplicateOf {
        /// The earlier row (1-based).
        row: u64,
    },
}

/// One rule's verdict.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct RuleResult {
    /// Which rule.
    pub id: RuleId,
    /// What it says.
    pub outcome: Outcome,
    /// Why.
    pub reason: Reason,
}

impl RuleResult {
    fn new(id: RuleId, outcome: Outcome, reason: Reason) -> RuleResult {
        RuleResult {
            id,
            outcome,
            reason,
        }
    }
}

/// The number of rules one applicant is judged by on its own.
pub const SINGLE_RULES: usize = 9;

/// Everything the rules found about one applicant.
#[derive(Debug, Clone, PartialEq)]
pub struct Evaluation {
    /// The programme applied for, when readable.
    pub program: Option<Program>,
    /// The NIK check, when a NIK was given as text.
    pub nik: Option<NikReport>,
    /// The KK check, when a KK was given as text.
    pub kk: Option<KkReport>,
    /// The rules judged on the applicant alone, in [`RuleId::ALL`] order.
    pub rules: [RuleResult; SINGLE_RULES],
    /// `enrolment.not_duplicate`, when a batch caller judged it.
    pub duplicate: Option<RuleResult>,
    /// The decision over all rules.
    pub decision: Decision,
}

impl Evaluation {
    /// Every rule judged, in order.
    pub fn results(&self) -> impl Iterator<Item = &RuleResult> {
        self.rules.iter().chain(self.duplicate.iter())
    }

    /// The result of one rule, if judged.
    pub fn rule(&self, id: RuleId) -> Option<&RuleResult> {
        self.results().find(|r| r.id == id)
    }

    /// The ids of the rules that failed, in order: the `reasons` of a screening row.
    pub fn failed(&self) -> impl Iterator<Item = RuleId> + '_ {
        self.results()
            .filter(|r| r.outcome == Outcome::Fail)
            .map(|r| r.id)
    }

    fn decide(&mut self) {
        self.decision = Decision::from_outcomes(self.results().map(|r| r.outcome));
    }

    /// For a batch caller: an earlier row (1-based `row`) had the same NIK, so this one
    /// fails `enrolment.not_duplicate`.
    pub fn mark_duplicate(&mut self, row: u64) {
        self.duplicate = Some(RuleResult::new(
            RuleId::EnrolmentNotDuplicate,
            Outcome::Fail,
            Reason::DuplicateOf { row },
        ));
        self.decide();
    }

    /// For a batch caller: this is the first row with its NIK.
    pub fn mark_unique(&mut self) {
        self.duplicate = Some(RuleResult::new(
            RuleId::EnrolmentNotDuplicate,
            Outcome::Pass,
            Reason::Unique,
        ));
        self.decide();
    }
}

/// Judges one applicant by the values in force. Allocates nothing.
pub fn evaluate(a: &Applicant<'_>, p: &Resolved) -> Evaluation {
    let nik = a
        .nik
        .given()
        .map(|s| nik::validate(s.as_bytes(), &nik_options(a, p.as_of)));
    let kk =
        a.kk.given()
            .map(|s| kk::validate(s.as_bytes(), &KkOptions::new(p.as_of)));
    let rules = rules(a, nik.as_ref(), kk.as_ref(), p);
    let mut e = Evaluation {
        program: a.program.given(),
        nik,
        kk,
        rules,
        duplicate: None,
        decision: Decision::Eligible,
    };
    e.decide();
    e
}

/// [`evaluate`] into an evaluation the caller keeps, as a batch does row after row: the NIK
/// and KK reports are filled where they lie instead of being moved (each is some 600 bytes).
pub fn evaluate_into(a: &Applicant<'_>, p: &Resolved, e: &mut Evaluation) {
    match a.nik.given() {
        Some(s) => nik::validate_into(
            s.as_bytes(),
            &nik_options(a, p.as_of),
            e.nik.get_or_insert_with(NikReport::empty),
        ),
        None => e.nik = None,
    }
    match a.kk.given() {
        Some(s) => kk::validate_into(
            s.as_bytes(),
            &KkOptions::new(p.as_of),
            e.kk.get_or_insert_with(KkReport::empty),
        ),
        None => e.kk = None,
    }
    e.rules = rules(a, e.nik.as_ref(), e.kk.as_ref(), p);
    e.program = a.program.given();
    e.duplicate = None;
    e.decide();
}

/// The NIK is checked against the form's birth date and sex, so a mismatch asks for review.
fn nik_options(a: &Applicant<'_>, as_of: NaiveDate) -> NikOptions {
    NikOptions {
        as_of,
        partial: false,
        birth_date: a.birth_date.given(),
        sex: a.sex.given(),
    }
}

/// The nine single-applicant rules, in [`RuleId::ALL`] order.
fn rules(
    a: &Applicant<'_>,
    nik: Option<&NikReport>,
    kk: Option<&KkReport>,
    p: &Resolved,
) -> [RuleResult; SINGLE_RULES] {
    let age = age(a, nik, p.as_of);
    [
        identity_nik(a, nik),
        citizenship(a, p),
        domicile(a, nik, kk, p),
        age_rule(RuleId::AgeMin, age, p),
        age_rule(RuleId::AgeMax, age, p),
        category(a, p),
        occupation(a, p),
        poverty(a, p),
        enrolment(a, p),
    ]
}

fn identity_nik(a: &Applicant<'_>, report: Option<&NikReport>) -> RuleResult {
    use Outcome::*;
    let id = RuleId::IdentityNik;
    let r = match (a.nik, report) {
        (Field::Unreadable, _) => return RuleResult::new(id, Review, Reason::NikNotText),
        (_, None) => return RuleResult::new(id, Review, Reason::NikMissing),
        (_, Some(r)) => r,
    };
    if !r.is_valid() {
        return RuleResult::new(id, Fail, Reason::NikInvalid);
    }
    let birth_date = r.has(Code::NikBirthDateMismatch);
    let sex = r.has(Code::NikSexMismatch);
    if birth_date || sex {
        return RuleResult::new(id, Review, Reason::NikMismatch { birth_date, sex });
    }
    if r.has(Code::NikDistrictUnknown) {
        return RuleResult::new(id, Review, Reason::NikDistrictUnknown);
    }
    RuleResult::new(
        id,
        Pass,
        Reason::NikValid {
            retired: r.has(Code::NikRegionRetired),
        },
    )
}

fn citizenship(a: &Applicant<'_>, p: &Resolved) -> RuleResult {
    let id = RuleId::IdentityCitizenship;
    match a.citizenship {
        Field::Missing => RuleResult::new(id, Outcome::Review, Reason::CitizenshipMissing),
        Field::Unreadable => RuleResult::new(id, Outcome::Review, Reason::CitizenshipUnreadable),
        Field::Given(c) if p.allows(c) => {
            RuleResult::new(id, Outcome::Pass, Reason::CitizenshipAllowed(c))
        }
        Field::Given(c) => RuleResult::new(id, Outcome::Fail, Reason::CitizenshipNotAllowed(c)),
    }
}

fn domicile(
    a: &Applicant<'_>,
    nik: Option<&NikReport>,
    kk: Option<&KkReport>,
    p: &Resolved,
) -> RuleResult {
    use Outcome::*;
    let id = RuleId::DomicileRegency;
    let here = p.regency.code.value();
    match a.village_code {
        Field::Unreadable => return RuleResult::new(id, Review, Reason::VillageUnreadable),
        Field::Given(code) => {
            let (outcome, reason) = village(code, here, p.as_of);
            return RuleResult::new(id, outcome, reason);
        }
        Field::Missing => {}
    }
    // A KK that was given but cannot be read still deserves a word in the message.
    let kk_given = !matches!(a.kk, Field::Missing);
    match kk.and_then(|r| r.regency) {
        Some(regency) if regency.code.value() == here => {
            return RuleResult::new(
                id,
                Pass,
                Reason::KkHere {
                    district: kk.and_then(|r| r.district),
                },
            )
        }
        Some(regency) => return RuleResult::new(id, Fail, Reason::KkElsewhere { regency }),
        None => {}
    }
    match nik.and_then(|r| r.regency) {
        Some(regency) => RuleResult::new(
            id,
            Review,
            Reason::NikOnly {
                regency,
                kk_unusable: kk_given,
            },
        ),
        None => RuleResult::new(
            id,
            Review,
            Reason::NoAddress {
                kk_unusable: kk_given,
            },
        ),
    }
}

/// Judges a 10-digit village code against the regency `here` (e.g. 3522).
fn village(code: RegionCode, here: u64, as_of: NaiveDate) -> (Outcome, Reason) {
    let regency_code = code.value() / 1_000_000;
    if regency_code == here {
        // Villages are listed for Bojonegoro only; elsewhere the prefix is all we can read.
        if here != u64::from(region::BOJONEGORO) {
            return (Outcome::Pass, Reason::VillagePrefixOnly(code));
        }
        return match region::village(code.value()) {
            Some(v) => (Outcome::Pass, Reason::VillageHere(v)),
            None => (Outcome::Review, Reason::VillageNotListed(code)),
        };
    }
    match u16::try_from(regency_code)
        .ok()
        .and_then(|r| region::regency(r, as_of))
    {
        Some(regency) => (Outcome::Fail, Reason::VillageElsewhere { code, regency }),
        None => (Outcome::Review, Reason::VillageRegencyUnknown(code)),
    }
}

/// The age both age rules read, or why there is none.
fn age(a: &Applicant<'_>, nik: Option<&NikReport>, as_of: NaiveDate) -> Result<Age, Reason> {
    let (birth_date, source) = match a.birth_date {
        Field::Unreadable => return Err(Reason::BirthDateUnreadable),
        Field::Given(b) => (b, DateSource::Recorded),
        Field::Missing => match nik.and_then(|r| r.birth_date) {
            Some(b) => (b, DateSource::Nik),
            None => return Err(Reason::AgeUnknown),
        },
    };
    if birth_date > as_of {
        return Err(Reason::BirthDateFuture(birth_date));
    }
    Ok(Age {
        years: date::completed_years(birth_date, as_of),
        birth_date,
        source,
        placeholder: matches!((birth_date.month(), birth_date.day()), (7, 1) | (12, 31)),
    })
}

fn age_rule(id: RuleId, age: Result<Age, Reason>, p: &Resolved) -> RuleResult {
    let age = match age {
        Ok(age) => age,
        Err(why) => return RuleResult::new(id, Outcome::Review, why),
    };
    let ok = match id {
        RuleId::AgeMin => i64::from(age.years) >= i64::from(p.age_min),
        _ => i64::from(age.years) <= i64::from(p.age_max),
    };
    let outcome = if ok { Outcome::Pass } else { Outcome::Fail };
    RuleResult::new(id, outcome, Reason::Age(age))
}

fn category(a: &Applicant<'_>, p: &Resolved) -> RuleResult {
    use Outcome::*;
    let id = RuleId::CategoryListed;
    let program = match a.program {
        Field::Given(program) => program,
        Field::Unreadable => return RuleResult::new(id, Review, Reason::ProgramUnknown),
        Field::Missing => {
            let hint = a.category.given().and_then(|c| p.category_program(c));
            return RuleResult::new(id, Review, Reason::ProgramMissing { hint });
        }
    };
    let (outcome, reason) = match a.category {
        Field::Missing => (Review, Reason::CategoryMissing),
        Field::Unreadable => (Review, Reason::CategoryUnreadable),
        Field::Given(c) => match p.category_program(c) {
            Some(q) if q == program => (Pass, Reason::CategoryListed),
            Some(other) => (Fail, Reason::CategoryOtherProgram(other)),
            None => (Review, Reason::CategoryUnknown),
        },
    };
    RuleResult::new(id, outcome, reason)
}

fn occupation(a: &Applicant<'_>, p: &Resolved) -> RuleResult {
    let id = RuleId::OccupationNotExcluded;
    match a.occupation {
        Field::Missing => RuleResult::new(id, Outcome::Review, Reason::OccupationMissing),
        Field::Unreadable => RuleResult::new(id, Outcome::Review, Reason::OccupationUnreadable),
        Field::Given(o) if p.excludes(o) => {
            RuleResult::new(id, Outcome::Fail, Reason::OccupationExcluded(o))
        }
        Field::Given(o) => RuleResult::new(id, Outcome::Pass, Reason::OccupationAllowed(o)),
    }
}

fn poverty(a: &Applicant<'_>, p: &Resolved) -> RuleResult {
    use Outcome::*;
    let id = RuleId::PovertyListed;
    let Field::Given(program) = a.program else {
        return RuleResult::new(id, Review, Reason::PovertyProgramUnknown);
    };
    if !p.requires_poverty_listing(program) {
        return RuleResult::new(id, Skip, Reason::PovertyNotRequired(program));
    }
    let (outcome, reason) = match a.in_poverty_data {
        Field::Given(true) => (Pass, Reason::PovertyListed),
        Field::Given(false) => (Fail, Reason::PovertyNotListed),
        Field::Missing => (Review, Reason::PovertyMissing),
        Field::Unreadable => (Review, Reason::PovertyUnreadable),
    };
    RuleResult::new(id, outcome, reason)
}

fn enrolment(a: &Applicant<'_>, p: &Resolved) -> RuleResult {
    let id = RuleId::EnrolmentNotEnrolled;
    let (outcome, reason) = match a.already_enrolled {
        Field::Given(false) => (Outcome::Pass, Reason::NotEnrolled),
        Field::Given(true) => (p.if_enrolled.outcome(), Reason::Enrolled),
        Field::Missing => (Outcome::Review, Reason::EnrolmentMissing),
        Field::Unreadable => (Outcome::Review, Reason::EnrolmentUnreadable),
    };
    RuleResult::new(id, outcome, reason)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::applicant::RawApplicant;
    use crate::rules::params::ParamSet;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn judge(json: &str, as_of: NaiveDate) -> Evaluation {
        let raw: RawApplicant = serde_json::from_str(json).unwrap();
        let p = ParamSet::embedded().unwrap().resolve(as_of).unwrap();
        evaluate(&raw.view(), &p)
    }

    fn outcome(e: &Evaluation, id: RuleId) -> Outcome {
        e.rule(id).unwrap().outcome
    }

    const SUTRISNO: &str = r#"{"nik": "3522061205800001", "kk": "3522060101100003",
        "birth_date": "1980-05-12", "sex": "M", "citizenship": "WNI",
        "village_code": "35.22.06.2001", "program": "rentan", "category": "buruh_tani",
        "occupation": "none", "in_poverty_data": true, "already_enrolled": false}"#;

    #[test]
    fn the_contract_example_is_eligible() {
        let e = judge(SUTRISNO, d(2025, 6, 1));
        assert_eq!(e.decision, Decision::Eligible);
        assert!(e.rules.iter().all(|r| r.outcome == Outcome::Pass));
        let Reason::Age(age) = e.rule(RuleId::AgeMax).unwrap().reason else {
            panic!()
        };
        assert_eq!(age.years, 45);
        assert_eq!(age.source, DateSource::Recorded);
    }

    /// "At most 65" counts completed years: the day before the 66th birthday still passes.
    #[test]
    fn the_maximum_age_includes_the_last_day_of_the_65th_year() {
        let who = |b: &str| {
            format!(r#"{{"birth_date": "{b}", "program": "rentan", "citizenship": "WNI"}}"#)
        };
        // Born 1959-06-02: 66th birthday on 2025-06-02.
        let on = |as_of| outcome(&judge(&who("1959-06-02"), as_of), RuleId::AgeMax);
        assert_eq!(on(d(2025, 6, 1)), Outcome::Pass);
        assert_eq!(on(d(2025, 6, 2)), Outcome::Fail);
        // And the 18th birthday is the first day that passes the minimum.
        let on = |as_of| outcome(&judge(&who("2007-06-02"), as_of), RuleId::AgeMin);
        assert_eq!(on(d(2025, 6, 1)), Outcome::Fail);
        assert_eq!(on(d(2025, 6, 2)), Outcome::Pass);
    }

    #[test]
    fn missing_fields_ask_for_review_never_fail() {
        let e = judge("{}", d(2025, 6, 1));
        assert_eq!(e.decision, Decision::Review);
        assert!(e.rules.iter().all(|r| r.outcome == Outcome::Review));
        assert!(e.nik.is_none() && e.kk.is_none());
    }

    #[test]
    fn the_nik_prefix_alone_never_settles_domicile() {
        let e = judge(r#"{"nik": "3522061205800001"}"#, d(2025, 6, 1));
        assert_eq!(outcome(&e, RuleId::DomicileRegency), Outcome::Review);
        let e = judge(
            r#"{"nik": "3522061205800001", "kk": "3521010101100003"}"#,
            d(2025, 6, 1),
        );
        assert_eq!(outcome(&e, RuleId::DomicileRegency), Outcome::Fail);
        // The village code outranks the KK.
        let e = judge(
            r#"{"kk": "3521010101100003", "village_code": "3522062001"}"#,
            d(2025, 6, 1),
        );
        assert_eq!(outcome(&e, RuleId::DomicileRegency), Outcome::Pass);
    }

    #[test]
    fn a_batch_adds_the_duplicate_rule() {
        let mut e = judge(SUTRISNO, d(2025, 6, 1));
        e.mark_unique();
        assert_eq!(e.decision, Decision::Eligible);
        e.mark_duplicate(3);
        assert_eq!(e.decision, Decision::Ineligible);
        assert_eq!(
            e.failed().collect::<Vec<_>>(),
            [RuleId::EnrolmentNotDuplicate]
        );
        assert_eq!(e.results().count(), RuleId::COUNT);
    }
}
