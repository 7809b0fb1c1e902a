//! Claims: helping heirs and village operators get JKM (death), JKK (work accident) and
//! beasiswa (scholarship) claims paid without delay.
//!
//! Death claims in the programme stall for three reasons: a paper is missing, the death
//! was reported late (died in January, reported in September), and nobody knows when BPJS
//! must pay. `layak claim` answers each from one claim description:
//!
//! - [`checklist`]: the documents needed, why, what is accepted instead, what is missing;
//! - [`heirs`]: who is entitled, in the order of PP 44/2015 Pasal 40(2);
//! - [`deadlines`]: the day BPJS must pay (working days, [`calendar`]), what 1 % per day
//!   late amounts to, when a JKK claim expires, whether the death report was late;
//! - [`benefits`]: the amount, part by part, from the dated [`params`] set.
//!
//! Every field of the input is optional (see [`input`]); missing data gives notes, never a
//! failure. The output is the contract's section 5 shape ([`ClaimJson`]).

pub mod benefits;
pub mod calendar;
pub mod checklist;
pub mod coverage;
pub mod deadlines;
pub mod documents;
pub mod heirs;
pub mod input;
pub mod json;
pub mod params;

use crate::confidence::Confidence;
use crate::issue::{Code, Detail, Issue, IssueJson};
use crate::lang::Lang;
use crate::options::{OptionError, RawOptions};
use calendar::Calendar;
use chrono::{Datelike, NaiveDate};
use documents::Document;
use heirs::{Entitled, Group, Relation};
pub use json::Json;
use serde::{Deserialize, Serialize};

/// The three kinds of claim (`jkm`, `jkk`, `beasiswa`), read by the one reader.
pub use crate::read::claim_codes::ClaimType;

pub use crate::issue::claim::ClaimDetail;

/// The issues of one claim.
#[derive(Debug, Clone, Default)]
pub struct Issues(pub Vec<Issue>);

impl Issues {
    /// Adds an issue.
    pub fn push(&mut self, code: Code, detail: ClaimDetail) {
        self.0.push(Issue::new(code, Detail::Claim(detail)));
    }

    /// Adds an issue unless the same one is already there.
    pub fn push_once(&mut self, code: Code, detail: ClaimDetail) {
        let issue = Issue::new(code, Detail::Claim(detail));
        if !self.0.contains(&issue) {
            self.0.push(issue);
        }
    }
}

/// Options as received by `layak claim` and `checkClaim`: the common `as_of` and `lang`
/// plus the calendar's. Unknown keys are ignored. (The keys are listed rather than
/// flattened from [`RawOptions`]: serde's flatten buffers every value and would add much
/// code to the WebAssembly package.)
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct RawClaimOptions {
    /// `YYYY-MM-DD`; today when absent.
    pub as_of: Option<String>,
    /// `id` (default) or `en`.
    pub lang: Option<String>,
    /// Holidays to add, remove or replace ([`calendar::HolidayOverride`]).
    pub holidays: Option<Json>,
    /// Count cuti bersama days as days off.
    pub cuti_bersama: Option<bool>,
    /// A parameter override in the layout of a parameter file (docs/parameters.md); read by
    /// `api::claim`, which knows every set, into [`ClaimOptions::params`].
    pub params: Option<serde_json::Value>,
}

/// Options after checking.
#[derive(Debug, Clone)]
pub struct ClaimOptions {
    /// The day the claim is looked at.
    pub as_of: NaiveDate,
    /// Message language.
    pub lang: Lang,
    /// The working-day calendar.
    pub calendar: Calendar,
    /// The claims parameters: the embedded set, or it with an override.
    pub params: params::ClaimParams,
}

/// An option `layak claim` cannot use.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ClaimOptionError {
    /// A common option.
    #[error(transparent)]
    Base(#[from] OptionError),
    /// The holidays override cannot be read.
    #[error("{0}")]
    Holidays(String),
    /// The parameter override cannot be used.
    #[error("{}", .0.detail)]
    Params(crate::params::ParamsError),
}

impl ClaimOptionError {
    /// A stable code: `options.as_of`, `options.holidays`...
    pub fn code(&self) -> &'static str {
        match self {
            ClaimOptionError::Base(e) => e.code(),
            ClaimOptionError::Holidays(_) => "options.holidays",
            ClaimOptionError::Params(e) => e.code(),
        }
    }
}

impl RawClaimOptions {
    /// Checks the options; `today` is the as-of date when none is given.
    pub fn resolve(&self, today: NaiveDate) -> Result<ClaimOptions, ClaimOptionError> {
        let base = RawOptions {
            as_of: self.as_of.clone(),
            lang: self.lang.clone(),
            ..RawOptions::default()
        }
        .resolve(today)?;
        let mut calendar = match &self.holidays {
            None | Some(Json::Null) => Calendar::new(),
            Some(v) => {
                let o = calendar::parse_override(v).map_err(ClaimOptionError::Holidays)?;
                Calendar::with_override(&o).map_err(ClaimOptionError::Holidays)?
            }
        };
        calendar.cuti_bersama_off = self.cuti_bersama.unwrap_or(false);
        Ok(ClaimOptions {
            as_of: base.as_of,
            lang: base.lang,
            calendar,
            params: params::embedded().map_err(ClaimOptionError::Params)?,
        })
    }
}

/// One line of the checklist, as the faces show it.
#[derive(Debug, Clone, Serialize)]
pub struct ItemJson {
    /// Document code.
    pub code: &'static str,
    /// Its name.
    pub label: &'static str,
    /// Needed (`false`: helpful only).
    pub required: bool,
    /// Held, or an alternative is held.
    pub satisfied: bool,
    /// What satisfied it.
    pub satisfied_by: Option<&'static str>,
    /// Why it is asked for.
    pub reason: String,
    /// Codes accepted instead.
    pub alternatives: Vec<&'static str>,
    /// The claimant signs it (a thumbprint may do).
    pub signed: bool,
}

/// One group of the order of heirs.
#[derive(Debug, Clone, Serialize)]
pub struct HeirGroupJson {
    /// 1–5.
    pub rank: u32,
    /// Stable code.
    pub code: &'static str,
    /// Name.
    pub label: &'static str,
    /// Relations in the group.
    pub relations: Vec<&'static str>,
    /// Someone alive in it (`null`: not told).
    pub present: Option<bool>,
}

/// The order of heirs applied to the family.
#[derive(Debug, Clone, Serialize)]
pub struct HeirsJson {
    /// The article.
    pub legal_basis: &'static str,
    /// The groups in order.
    pub order: Vec<HeirGroupJson>,
    /// The group that takes the benefit, or `burial_arranger`; `null` when unknown.
    pub entitled: Option<&'static str>,
    /// The claimant's relation.
    pub claimant: Option<&'static str>,
    /// Whether the claimant is entitled; `null` when unknown.
    pub claimant_entitled: Option<bool>,
    /// Only the burial costs can be paid (no heir).
    pub burial_costs_only: bool,
}

/// A day off skipped while counting.
#[derive(Debug, Clone, Serialize)]
pub struct DayOffJson {
    /// The date.
    pub date: String,
    /// `holiday` or `cuti_bersama`.
    pub kind: &'static str,
    /// Its name.
    pub name: String,
}

/// The deadlines, contract section 5.
#[derive(Debug, Clone, Serialize)]
pub struct DeadlinesJson {
    /// Working days BPJS has.
    pub payment_working_days: Option<u32>,
    /// Last day to pay.
    pub payment_due: Option<String>,
    /// Days off skipped.
    pub holidays_skipped: Vec<DayOffJson>,
    /// Working days late on the as-of date.
    pub late_working_days: Option<u32>,
    /// What BPJS owes for the delay.
    pub late_compensation: Option<u64>,
    /// Percent of the benefit per day late.
    pub late_percent_per_day: Option<u32>,
    /// Last day to claim (JKK).
    pub claim_expires: Option<String>,
    /// Whether it has passed.
    pub claim_expired: Option<bool>,
    /// Days from death to report.
    pub death_report_days: Option<i64>,
    /// Reported after the legal period.
    pub death_report_late: Option<bool>,
    /// The legal period.
    pub death_report_limit_days: Option<u32>,
    /// The last day to report the death in time (the date of death plus the period).
    pub death_report_last_day: Option<String>,
    /// Where the period is written (a citation when `death_report_confidence` is
    /// `confirmed`).
    pub death_report_legal_basis: Option<String>,
    /// How sure that basis is.
    pub death_report_confidence: Option<Confidence>,
}

/// One part of the benefit.
#[derive(Debug, Clone, Serialize)]
pub struct PartJson {
    /// Stable code.
    pub code: String,
    /// Name.
    pub label: String,
    /// Rupiah.
    pub amount: u64,
    /// The article.
    pub legal_basis: String,
    /// Confidence mark.
    pub confidence: Confidence,
}

/// The benefit, contract section 5.
#[derive(Debug, Clone, Serialize)]
pub struct BenefitJson {
    /// Total in rupiah; `null` when it cannot be computed.
    pub total: Option<u64>,
    /// The parts.
    pub parts: Vec<PartJson>,
    /// The date whose law was applied.
    pub law_date: Option<String>,
    /// The parameter set.
    pub parameters: String,
    /// Its legal reference.
    pub legal_basis: String,
}

/// Whether a thumbprint may replace a signature.
#[derive(Debug, Clone, Serialize)]
pub struct SignatureJson {
    /// What the claimant uses, if said.
    pub used: Option<&'static str>,
    /// The parameter's value.
    pub thumbprint_accepted: bool,
    /// Its confidence (unconfirmed: no BPJS document found).
    pub confidence: Confidence,
}

/// The result of a claim check: the contract's section 5 shape.
#[derive(Debug, Clone, Serialize)]
pub struct ClaimJson {
    /// `jkm`, `jkk`, `beasiswa`, or `null`.
    #[serde(rename = "type")]
    pub kind: Option<&'static str>,
    /// The as-of date.
    pub as_of: String,
    /// Every required document is there.
    pub complete: bool,
    /// Codes of the required documents not there.
    pub missing: Vec<&'static str>,
    /// The checklist.
    pub checklist: Vec<ItemJson>,
    /// The order of heirs (death claims).
    pub heirs: Option<HeirsJson>,
    /// The deadlines.
    pub deadlines: DeadlinesJson,
    /// The benefit.
    pub benefit: BenefitJson,
    /// Signature or thumbprint.
    pub signature: SignatureJson,
    /// Document codes that were not understood.
    pub unknown_documents: Vec<String>,
    /// Issues.
    pub issues: Vec<IssueJson>,
}

/// `YYYY-MM-DD`, written by hand: chrono's strftime machinery would add tens of KB to the
/// WebAssembly package.
pub(crate) fn iso(d: NaiveDate) -> String {
    format!("{:04}-{:02}-{:02}", d.year(), d.month(), d.day())
}

/// Dates in the future, and dates in an impossible order.
fn check_dates(
    kind: Option<ClaimType>,
    c: &input::ClaimInput,
    as_of: NaiveDate,
    issues: &mut Issues,
) {
    for (field, d) in [
        ("death_date", c.death_date),
        ("accident_date", c.accident_date),
        ("reported_date", c.reported_date),
        ("membership_start", c.membership_start),
        ("complete_date", c.complete_date),
    ] {
        if d.is_some_and(|d| d > as_of) {
            issues.push(Code::ClaimDateFuture, ClaimDetail::Field(field));
        }
    }
    let event = if kind == Some(ClaimType::Jkk) {
        ("accident_date", c.accident_date)
    } else {
        ("death_date", c.death_date)
    };
    let pairs = [
        (
            "membership_start",
            c.membership_start,
            "death_date",
            c.death_date,
        ),
        (
            "membership_start",
            c.membership_start,
            "accident_date",
            c.accident_date,
        ),
        ("accident_date", c.accident_date, "death_date", c.death_date),
        (event.0, event.1, "reported_date", c.reported_date),
        (event.0, event.1, "complete_date", c.complete_date),
        ("death_date", c.death_date, "complete_date", c.complete_date),
    ];
    let mut seen: Vec<(&str, &str)> = Vec::new();
    for (ef, e, lf, l) in pairs {
        if let (Some(e), Some(l)) = (e, l) {
            if l < e && !seen.contains(&(ef, lf)) {
                seen.push((ef, lf));
                issues.push(
                    Code::ClaimDateOrder,
                    ClaimDetail::Order {
                        earlier: ef,
                        later: lf,
                    },
                );
            }
        }
    }
}

/// Judges one claim given as JSON (any JSON: a non-object reads as an empty claim) into typed
/// findings; `messages::claims::render` writes them as the contract's JSON, with words.
pub fn judge(v: &Json, o: &ClaimOptions) -> Findings {
    let mut issues = Issues::default();
    let c = input::read(v, &mut issues);
    let kind = c.kind;
    check_dates(kind, &c, o.as_of, &mut issues);

    let p = &*o.params;
    let thumb = params::value(p, params::names::THUMBPRINT, o.as_of);
    let thumbprint_accepted = thumb.map(|v| v.value != 0).unwrap_or(false);
    let thumb = thumb.map(|v| v.confidence);
    match c.signature {
        Some(input::Signature::Thumbprint) if thumbprint_accepted => {
            issues.push(Code::ClaimThumbprint, ClaimDetail::None)
        }
        Some(input::Signature::Thumbprint) => {
            issues.push(Code::ClaimThumbprintNotAccepted, ClaimDetail::None)
        }
        _ => {}
    }

    let death = kind.is_some_and(|k| checklist::is_death(k, &c));
    // Who is entitled, for death claims.
    let order = if death {
        if c.relation.is_none() {
            issues.push(Code::ClaimRelationMissing, ClaimDetail::None);
        }
        let o = heirs::order(c.family.as_deref(), c.relation, c.arranged_burial);
        heir_issues(&c, &o, &mut issues);
        Some(o)
    } else {
        None
    };
    let burial_only = order.as_ref().is_some_and(|o| o.burial_costs_only);
    let items = match kind {
        Some(k) => checklist::build(k, &c, burial_only),
        None => Vec::new(),
    };
    let missing = checklist::missing(&items);
    let complete = kind.is_some() && missing.is_empty();
    match kind {
        Some(ClaimType::Jkm) | Some(ClaimType::Jkk) if death && c.death_date.is_none() => {
            issues.push(Code::ClaimDeathDateMissing, ClaimDetail::None)
        }
        _ => {}
    }
    if kind == Some(ClaimType::Jkk) && c.accident_date.is_none() {
        // The message names the claim period; it is a dated parameter, so the value in force
        // travels with the issue and the words are made at render time.
        let years = params::value(p, params::names::JKK_EXPIRY_YEARS, o.as_of)
            .and_then(|v| u32::try_from(v.value).ok())
            .unwrap_or(0);
        issues.push(Code::ClaimAccidentDateMissing, ClaimDetail::Count(years));
    }
    if kind == Some(ClaimType::Jkm) {
        if c.membership_start.is_none() {
            issues.push(Code::ClaimMembershipStartMissing, ClaimDetail::None);
        }
        if c.traffic_accident {
            issues.push(Code::ClaimMaybeWorkAccident, ClaimDetail::None);
        }
    }
    if death {
        if let Some(Err(coverage::Gap::Unpaid { paid_until })) = c
            .death_date
            .and_then(|d| coverage::at_death(c.membership_start, c.paid_until, d))
        {
            issues.push(Code::ClaimNotCovered, ClaimDetail::PaidUntil(paid_until));
        }
    }

    let benefit = match kind {
        Some(k) => benefits::compute(p, k, &c, death, order.as_ref(), o.as_of, &mut issues),
        None => benefits::Benefit::default(),
    };
    let deadlines = match kind {
        Some(k) => deadlines::compute(
            p,
            k,
            &c,
            death,
            benefit.total,
            &o.calendar,
            o.as_of,
            &mut issues,
        ),
        None => deadlines::Deadlines::default(),
    };
    if c.complete_date.is_some() && !missing.is_empty() {
        issues.push(
            Code::ClaimCompleteWithMissing,
            ClaimDetail::Count(u32::try_from(missing.len()).unwrap_or(0)),
        );
    }

    Findings {
        as_of: o.as_of,
        kind,
        ctx: kind.map(|k| checklist::context(k, &c)),
        items,
        missing,
        complete,
        order,
        relation: c.relation,
        signature: c.signature,
        thumb,
        thumbprint_accepted,
        benefit,
        deadlines,
        unknown_documents: c.unknown_documents,
        issues,
        params: o.params.clone(),
    }
}

/// What [`judge`] found about one claim: typed, without text.
#[derive(Debug, Clone)]
pub struct Findings {
    /// The as-of date of the check.
    pub as_of: NaiveDate,
    /// The claim type, when given and known.
    pub kind: Option<ClaimType>,
    /// What the documents' reasons depend on (death or not, minor heirs).
    pub ctx: Option<checklist::Context>,
    /// The checklist, in order.
    pub items: Vec<checklist::Item>,
    /// Required documents not yet given.
    pub missing: Vec<Document>,
    /// Whether the file is complete.
    pub complete: bool,
    /// The order of heirs, for death claims.
    pub order: Option<heirs::Order>,
    /// The claimant's relation to the deceased.
    pub relation: Option<Relation>,
    /// How the claimant signs.
    pub signature: Option<input::Signature>,
    /// The confidence of the thumbprint parameter in force.
    pub thumb: Option<Confidence>,
    /// Whether a thumbprint is accepted.
    pub thumbprint_accepted: bool,
    /// The benefit.
    pub benefit: benefits::Benefit,
    /// The deadlines.
    pub deadlines: deadlines::Deadlines,
    /// Document codes given that are not known.
    pub unknown_documents: Vec<String>,
    /// The issues found.
    pub issues: Issues,
    /// The claims parameters the claim was judged with; the words fill their values in.
    pub params: params::ClaimParams,
}

fn heir_issues(c: &input::ClaimInput, o: &heirs::Order, issues: &mut Issues) {
    if c.family.is_none() && o.entitled.is_none() {
        issues.push(Code::ClaimFamilyMissing, ClaimDetail::None);
    }
    match o.entitled {
        Some(Entitled::BurialArranger) => issues.push(Code::ClaimNoHeir, ClaimDetail::None),
        Some(Entitled::Group(g)) => {
            if o.claimant_entitled == Some(false) && c.relation != Some(Relation::Other) {
                issues.push(Code::ClaimClaimantNotEntitled, ClaimDetail::Entitled(g));
            }
            let fam = c.family.as_deref().unwrap_or(&[]);
            let has = |r| fam.contains(&r) || c.relation == Some(r);
            if g == Group::SpouseChildren && has(Relation::Spouse) && has(Relation::Child) {
                issues.push(Code::ClaimShareUnknown, ClaimDetail::None);
            }
        }
        None => {}
    }
    if c.relation == Some(Relation::Other) && o.entitled != Some(Entitled::BurialArranger) {
        issues.push(Code::ClaimCourtDetermination, ClaimDetail::None);
    }
}
