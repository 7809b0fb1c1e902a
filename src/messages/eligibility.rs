//! An evaluation as people and programs read it: the contract's JSON shape (§4), with a
//! message in the reader's language, the values each rule used and the legal basis of the
//! parameter behind it.
//!
//! ```json
//! {"decision": "eligible", "program": "rentan", "as_of": "2025-06-01",
//!  "parameters": "bojonegoro-2025",
//!  "rules": [{"id": "age.max", "outcome": "pass", "message": "Usia 45 tahun, batas 65 tahun.",
//!             "values": {"age": 45, "max_age": 65, "birth_date": "1980-05-12", "source": "birth_date"},
//!             "legal_basis": "...", "confidence": "unconfirmed"}],
//!  "issues": []}
//! ```
//!
//! Beyond the contract's fields each rule carries `confidence`, the mark of the parameter
//! value it used, so a reader sees when a decision rests on an unconfirmed rule. Input
//! problems (a birth date that is no date, an unknown programme, the NIK's own issues) are
//! `issues` in the shape every check uses, with the form field they concern.
//!
//! Rendering borrows from the evaluation, the applicant and the resolved parameters, and
//! writes only the messages: the values are typed and serialised directly.

use crate::confidence::Confidence;
use crate::issue::{Code, Detail, Issue, IssueJson};
use crate::messages;
use crate::region::RegionCode;
use crate::rules::applicant::{Applicant, Citizenship, Field, Occupation, Program};
use crate::rules::evaluate::{DateSource, Evaluation, Reason, RuleResult};
use crate::rules::params::Resolved;
use crate::rules::{Decision, Outcome, RuleId};
use chrono::NaiveDate;
use serde::{Serialize, Serializer};
use std::borrow::Cow;

use super::Render;

/// The contract's eligibility result.
#[derive(Debug, Clone, Serialize)]
pub struct CheckJson<'a> {
    /// The input line, when the CLI reads JSON Lines.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub line: Option<u64>,
    /// `eligible`, `ineligible` or `review`; `null` only for a line that held no applicant.
    pub decision: Option<Decision>,
    /// The programme applied for, when readable.
    pub program: Option<Program>,
    /// The date the rules were applied for.
    pub as_of: NaiveDate,
    /// The id of the parameter set.
    pub parameters: &'a str,
    /// Every rule judged, in order.
    pub rules: Vec<RuleJson<'a>>,
    /// Input problems.
    pub issues: Vec<IssueJson>,
}

/// One rule in a result.
#[derive(Debug, Clone, Serialize)]
pub struct RuleJson<'a> {
    /// The stable rule id.
    pub id: RuleId,
    /// `pass`, `fail`, `review` or `skip`.
    pub outcome: Outcome,
    /// Why, in plain words.
    pub message: String,
    /// The facts and limits the rule compared.
    pub values: Values<'a>,
    /// The law or source of the parameter used.
    pub legal_basis: &'a str,
    /// How sure that basis is.
    pub confidence: Confidence,
}

/// The citizenships a parameter set allows, written as a list.
#[derive(Debug, Clone, Copy)]
pub struct Allowed<'a>(&'a Resolved);

impl Serialize for Allowed<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.0.allowed_citizenships())
    }
}

/// The values a rule used. Each variant is written as a plain JSON object.
#[derive(Debug, Clone, Serialize)]
#[serde(untagged)]
pub enum Values<'a> {
    /// `identity.nik`.
    Nik {
        /// The normalised NIK, when it has 16 digits (masked when rendering masked).
        nik: Option<Cow<'a, str>>,
        /// The NIK check's verdict, when a NIK was checked.
        valid: Option<bool>,
    },
    /// `identity.citizenship`.
    Citizenship {
        /// As given.
        citizenship: Option<Citizenship>,
        /// As allowed.
        allowed: Allowed<'a>,
    },
    /// `domicile.regency`.
    Domicile {
        /// `village_code`, `kk` or `nik`: the field the judgement came from.
        source: Option<&'static str>,
        /// The code read from it (village, KK kecamatan, or NIK regency).
        code: Option<RegionCode>,
        /// Its name.
        name: Option<&'static str>,
        /// The regency it lies in.
        regency: Option<RegionCode>,
        /// The regency served.
        required_regency: RegionCode,
    },
    /// `age.min`.
    AgeMin {
        /// Completed years.
        age: Option<i32>,
        /// The limit.
        min_age: u32,
        /// The birth date used.
        birth_date: Option<NaiveDate>,
        /// `birth_date` or `nik`.
        source: Option<&'static str>,
    },
    /// `age.max`.
    AgeMax {
        /// Completed years.
        age: Option<i32>,
        /// The limit.
        max_age: u32,
        /// The birth date used.
        birth_date: Option<NaiveDate>,
        /// `birth_date` or `nik`.
        source: Option<&'static str>,
    },
    /// `category.listed`.
    Category {
        /// The programme.
        program: Option<Program>,
        /// The category as given.
        category: Option<&'a str>,
        /// The programme whose list has it.
        listed_in: Option<Program>,
    },
    /// `occupation.not_excluded`.
    Occupation {
        /// As given.
        occupation: Option<Occupation>,
        /// Whether the parameter set excludes it.
        excluded: Option<bool>,
    },
    /// `poverty.listed`.
    Poverty {
        /// The programme.
        program: Option<Program>,
        /// As given.
        in_poverty_data: Option<bool>,
        /// Whether the programme requires it.
        required: Option<bool>,
    },
    /// `enrolment.not_enrolled`.
    Enrolment {
        /// As given.
        already_enrolled: Option<bool>,
    },
    /// `enrolment.not_duplicate`.
    Duplicate {
        /// The earlier row with the same NIK.
        first_row: Option<u64>,
    },
}

fn source_name(s: DateSource) -> &'static str {
    match s {
        DateSource::Recorded => "birth_date",
        DateSource::Nik => "nik",
    }
}

fn values<'a>(
    r: &RuleResult,
    e: &'a Evaluation,
    a: &Applicant<'a>,
    p: &'a Resolved,
    render: Render,
) -> Values<'a> {
    let age = match r.reason {
        Reason::Age(age) => Some(age),
        _ => None,
    };
    match r.id {
        RuleId::IdentityNik => Values::Nik {
            nik: e.nik.as_ref().and_then(|n| n.nik_str()).map(|n| {
                if render.mask() {
                    Cow::Owned(crate::privacy::mask_id(n))
                } else {
                    Cow::Borrowed(n)
                }
            }),
            valid: e.nik.as_ref().map(|n| n.is_valid()),
        },
        RuleId::IdentityCitizenship => Values::Citizenship {
            citizenship: a.citizenship.given(),
            allowed: Allowed(p),
        },
        RuleId::DomicileRegency => domicile_values(r.reason, p),
        RuleId::AgeMin => Values::AgeMin {
            age: age.map(|x| x.years),
            min_age: p.age_min,
            birth_date: age.map(|x| x.birth_date).filter(|_| !render.mask()),
            source: age.map(|x| source_name(x.source)),
        },
        RuleId::AgeMax => Values::AgeMax {
            age: age.map(|x| x.years),
            max_age: p.age_max,
            birth_date: age.map(|x| x.birth_date).filter(|_| !render.mask()),
            source: age.map(|x| source_name(x.source)),
        },
        RuleId::CategoryListed => {
            let category = a.category.given();
            // The category is echoed as given; masked, a number typed into it is withheld.
            let shown = category.map(|c| match render.echo(c) {
                Cow::Owned(_) => super::privacy::masked_value(render.lang),
                Cow::Borrowed(c) => c,
            });
            Values::Category {
                program: a.program.given(),
                category: shown,
                listed_in: category.and_then(|c| p.category_program(c)),
            }
        }
        RuleId::OccupationNotExcluded => {
            let occupation = a.occupation.given();
            Values::Occupation {
                occupation,
                excluded: occupation.map(|o| p.excludes(o)),
            }
        }
        RuleId::PovertyListed => {
            let program = a.program.given();
            Values::Poverty {
                program,
                in_poverty_data: a.in_poverty_data.given(),
                required: program.map(|q| p.requires_poverty_listing(q)),
            }
        }
        RuleId::EnrolmentNotEnrolled => Values::Enrolment {
            already_enrolled: a.already_enrolled.given(),
        },
        RuleId::EnrolmentNotDuplicate => Values::Duplicate {
            first_row: match r.reason {
                Reason::DuplicateOf { row } => Some(row),
                _ => None,
            },
        },
    }
}

fn domicile_values(reason: Reason, p: &Resolved) -> Values<'static> {
    let regency_of = |c: RegionCode| c.parent(crate::region::Level::Regency);
    let (source, code, name, regency) = match reason {
        Reason::VillageHere(v) => (
            Some("village_code"),
            Some(v.code),
            Some(v.name),
            regency_of(v.code),
        ),
        Reason::VillageNotListed(c)
        | Reason::VillagePrefixOnly(c)
        | Reason::VillageRegencyUnknown(c) => (Some("village_code"), Some(c), None, regency_of(c)),
        Reason::VillageElsewhere { code, regency } => {
            (Some("village_code"), Some(code), None, Some(regency.code))
        }
        Reason::KkHere { district } => (
            Some("kk"),
            district.map(|d| d.code),
            district.map(|d| d.name),
            Some(p.regency.code),
        ),
        Reason::KkElsewhere { regency } => (
            Some("kk"),
            Some(regency.code),
            Some(regency.name),
            Some(regency.code),
        ),
        Reason::NikOnly { regency, .. } => (
            Some("nik"),
            Some(regency.code),
            Some(regency.name),
            Some(regency.code),
        ),
        _ => (None, None, None, None),
    };
    Values::Domicile {
        source,
        code,
        name,
        regency,
        required_regency: p.regency.code,
    }
}

/// The input problems of an applicant, in field order: the NIK's and KK's own issues, then
/// fields that could not be read.
pub fn input_issues(e: &Evaluation, a: &Applicant<'_>, p: &Resolved) -> Vec<Issue> {
    fn unreadable<T: Copy>(out: &mut Vec<Issue>, f: Field<T>, code: Code) {
        if f.is_unreadable() {
            out.push(Issue::new(code, Detail::None));
        }
    }
    let mut out = Vec::new();
    unreadable(&mut out, a.nik, Code::ApplicantNikNotText);
    if let Some(n) = &e.nik {
        out.extend(n.issues.iter().copied());
    }
    unreadable(&mut out, a.kk, Code::ApplicantKkNotText);
    if let Some(k) = &e.kk {
        out.extend(k.issues.iter().copied());
    }
    unreadable(&mut out, a.birth_date, Code::ApplicantBirthDateInvalid);
    if let Field::Given(b) = a.birth_date {
        if b > p.as_of {
            out.push(Issue::new(Code::ApplicantBirthDateFuture, Detail::On(b)));
        }
    }
    unreadable(&mut out, a.sex, Code::ApplicantSexInvalid);
    unreadable(&mut out, a.citizenship, Code::ApplicantCitizenshipInvalid);
    unreadable(&mut out, a.village_code, Code::ApplicantVillageCodeInvalid);
    unreadable(&mut out, a.program, Code::ApplicantProgramUnknown);
    let unknown_category = match a.category {
        Field::Unreadable => true,
        Field::Given(c) => p.category_program(c).is_none(),
        Field::Missing => false,
    };
    if unknown_category {
        out.push(Issue::new(Code::ApplicantCategoryUnknown, Detail::None));
    }
    unreadable(&mut out, a.occupation, Code::ApplicantOccupationUnknown);
    unreadable(
        &mut out,
        a.in_poverty_data,
        Code::ApplicantInPovertyDataInvalid,
    );
    unreadable(
        &mut out,
        a.already_enrolled,
        Code::ApplicantAlreadyEnrolledInvalid,
    );
    out.extend(
        a.unknown
            .iter()
            .map(|u| Issue::new(Code::InputUnknownKey, Detail::UnknownKey(*u))),
    );
    out
}

/// One rule as the result shows it, in the language of `render`, masked when it asks.
pub fn rule_json<'a>(
    r: &RuleResult,
    e: &'a Evaluation,
    a: &Applicant<'a>,
    p: &'a Resolved,
    render: impl Into<Render>,
) -> RuleJson<'a> {
    let render: Render = render.into();
    let basis = p.basis(r.id, e.program);
    RuleJson {
        id: r.id,
        outcome: r.outcome,
        message: messages::rule_message(r, e, a, p, render),
        values: values(r, e, a, p, render),
        legal_basis: &basis.reference,
        confidence: basis.confidence,
    }
}

impl Evaluation {
    /// The result in the contract's shape, with messages in the language of `r` (a [`Lang`](crate::lang::Lang)
    /// or a [`Render`]). Masked, the NIK shows only its region and last two digits, the age
    /// rules keep the age but not the birth date, and no message names a birth or recording
    /// date or quotes a number typed anywhere (see [`crate::privacy`]).
    pub fn to_json<'a>(
        &'a self,
        a: &Applicant<'a>,
        p: &'a Resolved,
        r: impl Into<Render>,
    ) -> CheckJson<'a> {
        let r: Render = r.into();
        CheckJson {
            line: None,
            decision: Some(self.decision),
            program: self.program,
            as_of: p.as_of,
            parameters: &p.id,
            rules: self
                .results()
                .map(|x| rule_json(x, self, a, p, r))
                .collect(),
            issues: input_issues(self, a, p)
                .iter()
                .map(|i| i.render(r))
                .collect(),
        }
    }
}

/// The result for a line that held no applicant (not JSON, not an object, empty): no
/// decision, no rules, one issue saying why.
pub fn unreadable_line<'a>(
    line: u64,
    issue: Issue,
    p: &'a Resolved,
    r: impl Into<Render>,
) -> CheckJson<'a> {
    CheckJson {
        line: Some(line),
        decision: None,
        program: None,
        as_of: p.as_of,
        parameters: &p.id,
        rules: Vec::new(),
        issues: vec![issue.render(r)],
    }
}
