//! How much the claim pays, part by part, from the dated parameter set.
//!
//! - **JKM** (death not from a work accident; PP 44/2015 Pasal 34 jo. PP 82/2019):
//!   santunan sekaligus Rp20 m + santunan berkala 24 × Rp500,000 = Rp12 m (paid at once) +
//!   biaya pemakaman Rp10 m = **Rp42 m**. A BPU participant who dies within 3 months of
//!   joining receives Rp10 m only (likely; the article was not seen).
//! - **JKK** (work accident; PP 82/2019 Lampiran III): death 48 × the reported monthly
//!   income (at least the JKM lump sum) + burial costs + periodic benefit; total permanent
//!   disability 56 × income. Medical care has no cap and no amount to compute.
//! - **Beasiswa**: per child and school year, at most 2 children; for JKM only after
//!   3 years of membership.
//! - **No heir at all**: only the burial costs, to whoever arranged the burial (Pasal 40(2)).

use super::heirs::{Entitled, Order};
use super::input::{Basis, ClaimInput, Level, Outcome};
use super::params::{self, names, ParamValue};
use super::{ClaimDetail, ClaimType, Issues};
use crate::confidence::Confidence;
use crate::issue::Code;
use crate::params::NamedSet;
use chrono::{Months, NaiveDate};

/// One part of the benefit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Part {
    /// `santunan_sekaligus`, `biaya_pemakaman`, `beasiswa_anak_1`...
    pub code: String,
    /// Rupiah.
    pub amount: u64,
    /// For a scholarship: the child's school level.
    pub level: Option<Level>,
    /// The article behind the amount.
    pub legal: String,
    /// How sure the amount is.
    pub confidence: Confidence,
}

/// The benefit of a claim.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Benefit {
    /// Sum of the parts; `None` when nothing can be computed.
    pub total: Option<u64>,
    /// The parts.
    pub parts: Vec<Part>,
    /// The date whose law was applied.
    pub law_date: Option<NaiveDate>,
}

fn param<'a>(
    p: &'a NamedSet,
    name: &str,
    on: NaiveDate,
    field: &'static str,
    issues: &mut Issues,
) -> Option<ParamValue<'a>> {
    let v = params::value(p, name, on);
    if v.is_none() {
        issues.push_once(Code::ClaimNoParameter, ClaimDetail::Field(field));
    }
    v
}

fn amount(v: ParamValue<'_>) -> u64 {
    u64::try_from(v.value).unwrap_or(0)
}

fn part(code: &str, amount: u64, v: ParamValue<'_>) -> Part {
    Part {
        code: code.to_string(),
        amount,
        level: None,
        legal: v.legal.to_string(),
        confidence: v.confidence,
    }
}

/// Computes the benefit from the claims parameters `p`.
pub fn compute(
    p: &NamedSet,
    kind: ClaimType,
    c: &ClaimInput,
    death: bool,
    heirs: Option<&Order>,
    as_of: NaiveDate,
    issues: &mut Issues,
) -> Benefit {
    let no_heir = matches!(
        heirs.and_then(|h| h.entitled),
        Some(Entitled::BurialArranger)
    );
    let mut b = match kind {
        ClaimType::Jkm => jkm(p, c, no_heir, as_of, issues),
        ClaimType::Jkk => jkk(p, c, death, no_heir, as_of, issues),
        ClaimType::Beasiswa => beasiswa(p, c, as_of, issues),
    };
    if !b.parts.is_empty() || b.total.is_some() {
        b.total = Some(b.parts.iter().map(|p| p.amount).sum());
    }
    b
}

fn jkm(
    p: &NamedSet,
    c: &ClaimInput,
    no_heir: bool,
    as_of: NaiveDate,
    issues: &mut Issues,
) -> Benefit {
    let on = c.death_date.unwrap_or(as_of);
    let mut b = Benefit {
        law_date: Some(on),
        ..Benefit::default()
    };
    let f = "death_date";
    if no_heir {
        if let Some(v) = param(p, names::JKM_BIAYA_PEMAKAMAN, on, f, issues) {
            b.parts.push(part("biaya_pemakaman", amount(v), v));
        }
        return b;
    }
    if let (Some(start), Some(death)) = (c.membership_start, c.death_date) {
        let months = params::value(p, names::JKM_SHORT_MONTHS, death);
        let short = params::value(p, names::JKM_SHORT_AMOUNT, death);
        if let (Some(m), Some(a)) = (months, short) {
            let limit = u32::try_from(m.value)
                .ok()
                .and_then(|m| start.checked_add_months(Months::new(m)));
            if limit.is_some_and(|l| death < l) && death >= start {
                issues.push(
                    Code::ClaimShortMembership,
                    ClaimDetail::ShortMembership {
                        months: u32::try_from(m.value).unwrap_or(0),
                        amount: amount(a),
                    },
                );
                b.parts
                    .push(part("santunan_masa_iur_singkat", amount(a), a));
                return b;
            }
        }
        beasiswa_hint(p, ClaimType::Jkm, on, c, issues);
    }
    for (name, code) in [
        (names::JKM_SANTUNAN_SEKALIGUS, "santunan_sekaligus"),
        (names::JKM_SANTUNAN_BERKALA, "santunan_berkala"),
        (names::JKM_BIAYA_PEMAKAMAN, "biaya_pemakaman"),
    ] {
        if let Some(v) = param(p, name, on, f, issues) {
            b.parts.push(part(code, amount(v), v));
        }
    }
    b
}

/// After a JKM death with enough membership, or any JKK death, the children may claim the
/// scholarship: say so once.
fn beasiswa_hint(
    p: &NamedSet,
    kind: ClaimType,
    on: NaiveDate,
    c: &ClaimInput,
    issues: &mut Issues,
) {
    // The message names how many children may have it: the value in force travels with the
    // issue and the words are made at render time.
    let children = params::value(p, names::BEASISWA_MAX_CHILDREN, on)
        .and_then(|v| u32::try_from(v.value).ok())
        .unwrap_or(0);
    match kind {
        ClaimType::Jkm => {
            let (Some(start), Some(death)) = (c.membership_start, c.death_date) else {
                return;
            };
            let Some(min) = params::value(p, names::BEASISWA_JKM_MIN_YEARS, death) else {
                return;
            };
            let have = i64::from(crate::date::completed_years(start, death));
            if have >= min.value {
                issues.push(Code::ClaimBeasiswaPossible, ClaimDetail::Count(children));
            } else if c.children_given {
                issues.push(
                    Code::ClaimBeasiswaMembershipShort,
                    ClaimDetail::Years {
                        have,
                        need: min.value,
                    },
                );
            }
        }
        _ => issues.push(Code::ClaimBeasiswaPossible, ClaimDetail::Count(children)),
    }
}

fn jkk(
    p: &NamedSet,
    c: &ClaimInput,
    death: bool,
    no_heir: bool,
    as_of: NaiveDate,
    issues: &mut Issues,
) -> Benefit {
    let on = c.accident_date.unwrap_or(as_of);
    let f = "accident_date";
    let mut b = Benefit {
        law_date: Some(on),
        ..Benefit::default()
    };
    let outcome = match c.outcome {
        Some(o) => o,
        None if death => Outcome::Death,
        None => {
            issues.push(Code::ClaimOutcomeMissing, ClaimDetail::None);
            return b;
        }
    };
    if matches!(outcome, Outcome::PartialDisability | Outcome::Recovered) {
        issues.push(Code::ClaimOutcomeNoAmount, ClaimDetail::None);
        return b;
    }
    if no_heir {
        if let Some(v) = param(p, names::JKK_BIAYA_PEMAKAMAN, on, f, issues) {
            b.parts.push(part("biaya_pemakaman", amount(v), v));
        }
        return b;
    }
    let income = match c.monthly_income {
        Some(i) => Some(i),
        None => params::value(p, names::JKK_DEFAULT_INCOME, on).map(|v| {
            let i = amount(v);
            issues.push(Code::ClaimIncomeAssumed, ClaimDetail::Amount(i));
            i
        }),
    };
    let Some(income) = income else {
        return b;
    };
    if outcome == Outcome::Death {
        if let Some(m) = param(p, names::JKK_DEATH_MULTIPLIER, on, f, issues) {
            let mut a = income.saturating_mul(amount(m));
            if let Some(min) = params::value(p, names::JKK_DEATH_MINIMUM, on) {
                a = a.max(amount(min));
            }
            b.parts.push(part("santunan_kematian", a, m));
        }
        for (name, code) in [
            (names::JKK_BIAYA_PEMAKAMAN, "biaya_pemakaman"),
            (names::JKK_SANTUNAN_BERKALA, "santunan_berkala"),
        ] {
            if let Some(v) = param(p, name, on, f, issues) {
                b.parts.push(part(code, amount(v), v));
            }
        }
    } else if let Some(m) = param(p, names::JKK_TOTAL_DISABILITY_MULTIPLIER, on, f, issues) {
        b.parts.push(part(
            "santunan_cacat_total_tetap",
            income.saturating_mul(amount(m)),
            m,
        ));
    }
    if !b.parts.is_empty() {
        beasiswa_hint(p, ClaimType::Jkk, on, c, issues);
    }
    b
}

fn beasiswa(p: &NamedSet, c: &ClaimInput, as_of: NaiveDate, issues: &mut Issues) -> Benefit {
    let mut b = Benefit {
        law_date: Some(as_of),
        ..Benefit::default()
    };
    let basis = c.basis.unwrap_or(if c.accident_date.is_some() {
        Basis::Jkk
    } else {
        Basis::Jkm
    });
    if basis == Basis::Jkm {
        match (c.membership_start, c.death_date) {
            (Some(start), Some(death)) => {
                if let Some(min) = param(
                    p,
                    names::BEASISWA_JKM_MIN_YEARS,
                    death,
                    "death_date",
                    issues,
                ) {
                    let have = i64::from(crate::date::completed_years(start, death));
                    if have < min.value {
                        issues.push(
                            Code::ClaimBeasiswaMembershipShort,
                            ClaimDetail::Years {
                                have,
                                need: min.value,
                            },
                        );
                        b.total = Some(0);
                        return b;
                    }
                }
            }
            _ => issues.push(Code::ClaimMembershipStartMissing, ClaimDetail::None),
        }
    }
    if c.children.is_empty() {
        issues.push(Code::ClaimBeasiswaNoChildren, ClaimDetail::None);
        return b;
    }
    let max = params::value(p, names::BEASISWA_MAX_CHILDREN, as_of)
        .map(|v| v.value)
        .unwrap_or(2);
    let max = usize::try_from(max).unwrap_or(0);
    if c.children.len() > max {
        issues.push(
            Code::ClaimBeasiswaTooManyChildren,
            ClaimDetail::Count(u32::try_from(max).unwrap_or(0)),
        );
    }
    let max_age = params::value(p, names::BEASISWA_MAX_AGE, as_of);
    for (i, child) in c.children.iter().take(max).enumerate() {
        let n = u32::try_from(i + 1).unwrap_or(0);
        if let (Some(birth), Some(limit)) = (child.birth_date, max_age) {
            if i64::from(crate::date::completed_years(birth, as_of)) >= limit.value {
                issues.push(
                    Code::ClaimBeasiswaTooOld,
                    ClaimDetail::ChildAge {
                        child: n,
                        limit: limit.value,
                    },
                );
                continue;
            }
        }
        let name = match child.level {
            None => {
                issues.push(Code::ClaimFieldInvalid, ClaimDetail::Field("children"));
                continue;
            }
            Some(Level::NotInSchool) => {
                issues.push(Code::ClaimBeasiswaNotInSchool, ClaimDetail::Child(n));
                continue;
            }
            Some(Level::TkSd) => names::BEASISWA_TK_SD,
            Some(Level::Smp) => names::BEASISWA_SMP,
            Some(Level::Sma) => names::BEASISWA_SMA,
            Some(Level::Pt) => names::BEASISWA_PT,
        };
        if let Some(v) = param(p, name, as_of, "children", issues) {
            let mut p = part(&format!("beasiswa_anak_{n}"), amount(v), v);
            p.level = child.level;
            b.parts.push(p);
        }
    }
    b.total = Some(0);
    b
}
