//! The dates that matter to the heirs: when BPJS must pay, when a claim runs out, and
//! whether the death was reported in time.
//!
//! - **Payment**: within 3 working days of a complete JKM file (PP 44/2015 Pasal 40(3)),
//!   7 for JKK (Pasal 37(2)), counted from the day after the file was complete. Each day
//!   late, BPJS owes the heirs 1 % of the benefit (Pasal 40(4), 37(3)). The regulation says
//!   "setiap hari keterlambatan"; as the period is in working days, the days late are
//!   counted in working days too. The beasiswa follows the programme it comes from.
//! - **Expiry**: a JKK claim expires 5 years after the accident (Pasal 26 as amended by
//!   PP 82/2019; 2 years before). The anniversary itself is the last day. JKM has no
//!   expiry in the regulation (BPJS, Oct 2024), so `claim_expires` is `null`.
//! - **Death report**: deaths must be reported to Dukcapil within 30 days (UU 23/2006
//!   Pasal 44 ayat (1) as amended by UU 24/2013; parameter `death_report.days`). Day 30 is
//!   the last day in time. A late report delays the akta kematian and so the claim; it does
//!   not end the right to JKM.

use super::calendar::{Calendar, DayOff};
use super::input::{Basis, ClaimInput};
use super::params::{self, names};
use super::{ClaimDetail, ClaimType, Issues};
use crate::confidence::Confidence;
use crate::issue::Code;
use crate::params::NamedSet;
use chrono::{Days, Months, NaiveDate};

/// How many days before expiry a JKK claim not yet complete is flagged.
pub const EXPIRY_WARNING_DAYS: u64 = 90;

/// The deadlines of a claim.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Deadlines {
    /// Working days BPJS has to pay.
    pub payment_working_days: Option<u32>,
    /// The last day to pay.
    pub payment_due: Option<NaiveDate>,
    /// Days off skipped while counting.
    pub skipped: Vec<DayOff>,
    /// Working days past `payment_due` on the as-of date (0: not late).
    pub late_working_days: Option<u32>,
    /// 1 % per day late, of the benefit.
    pub late_compensation: Option<u64>,
    /// The percentage per day.
    pub late_percent_per_day: Option<u32>,
    /// Last day to claim (JKK).
    pub claim_expires: Option<NaiveDate>,
    /// Whether that day has passed.
    pub claim_expired: Option<bool>,
    /// Days from death to the report.
    pub death_report_days: Option<i64>,
    /// Whether the report came after the legal period.
    pub death_report_late: Option<bool>,
    /// The legal period in days.
    pub death_report_limit_days: Option<u32>,
    /// The last day a death can be reported in time: the date of death plus the period.
    pub death_report_last_day: Option<NaiveDate>,
    /// Where the period is written (the parameter's reference), and how sure that is.
    pub death_report_basis: Option<(String, Confidence)>,
}

fn small(v: i64) -> u32 {
    u32::try_from(v).unwrap_or(0)
}

/// Computes the deadlines from the claims parameters `p`. `benefit` is the total the late
/// compensation is a share of.
#[allow(clippy::too_many_arguments)]
pub fn compute(
    p: &NamedSet,
    kind: ClaimType,
    c: &ClaimInput,
    death: bool,
    benefit: Option<u64>,
    calendar: &Calendar,
    as_of: NaiveDate,
    issues: &mut Issues,
) -> Deadlines {
    let mut d = Deadlines::default();
    payment(p, kind, c, benefit, calendar, as_of, issues, &mut d);
    if kind == ClaimType::Jkk {
        expiry(p, c, as_of, issues, &mut d);
    }
    if death {
        death_report(p, c, as_of, issues, &mut d);
    }
    d
}

#[allow(clippy::too_many_arguments)]
fn payment(
    p: &NamedSet,
    kind: ClaimType,
    c: &ClaimInput,
    benefit: Option<u64>,
    calendar: &Calendar,
    as_of: NaiveDate,
    issues: &mut Issues,
    d: &mut Deadlines,
) {
    let jkk = match kind {
        ClaimType::Jkm => false,
        ClaimType::Jkk => true,
        ClaimType::Beasiswa => {
            c.basis == Some(Basis::Jkk) || (c.basis.is_none() && c.accident_date.is_some())
        }
    };
    let name = if jkk {
        names::JKK_PAYMENT_DAYS
    } else {
        names::JKM_PAYMENT_DAYS
    };
    let on = c.complete_date.unwrap_or(as_of);
    let Some(n) = params::value(p, name, on) else {
        return;
    };
    let n = small(n.value);
    d.payment_working_days = Some(n);
    let Some(complete) = c.complete_date else {
        issues.push(Code::ClaimCompleteDateMissing, ClaimDetail::WorkingDays(n));
        return;
    };
    let Some(count) = calendar.add_working_days(complete, n) else {
        return;
    };
    for y in &count.unknown_years {
        issues.push(Code::ClaimHolidaysUnknownYear, ClaimDetail::Year(*y));
    }
    if !count.cuti_bersama_counted.is_empty() {
        let mut off = calendar.clone();
        off.cuti_bersama_off = true;
        if let Some(alt) = off.add_working_days(complete, n) {
            issues.push(
                Code::ClaimCutiBersama,
                ClaimDetail::CutiBersama {
                    count: u32::try_from(count.cuti_bersama_counted.len()).unwrap_or(0),
                    alt: alt.due,
                },
            );
        }
    }
    d.payment_due = Some(count.due);
    d.skipped = count.skipped;
    let late = calendar.working_days_between(count.due, as_of);
    d.late_working_days = Some(late);
    let percent = params::value(p, names::LATE_PERCENT, count.due).map(|v| small(v.value));
    d.late_percent_per_day = percent;
    if late > 0 {
        let amount = match (benefit, percent) {
            (Some(b), Some(p)) => Some(
                b.saturating_mul(u64::from(p))
                    .saturating_mul(u64::from(late))
                    / 100,
            ),
            _ => None,
        };
        d.late_compensation = amount;
        issues.push(
            Code::ClaimPaymentLate,
            ClaimDetail::Late {
                days: late,
                percent: percent.unwrap_or(0),
                amount: amount.unwrap_or(0),
                due: count.due,
            },
        );
    }
}

fn expiry(p: &NamedSet, c: &ClaimInput, as_of: NaiveDate, issues: &mut Issues, d: &mut Deadlines) {
    let Some(accident) = c.accident_date else {
        return;
    };
    let Some(years) = params::value(p, names::JKK_EXPIRY_YEARS, accident) else {
        return;
    };
    let years = small(years.value);
    let Some(expires) = accident.checked_add_months(Months::new(years.saturating_mul(12))) else {
        return;
    };
    d.claim_expires = Some(expires);
    // A file completed by the last day keeps the right; without a completion date the
    // question is "if it were filed today".
    let filed = c.complete_date.unwrap_or(as_of);
    let expired = filed > expires;
    d.claim_expired = Some(expired);
    let detail = ClaimDetail::Expiry { on: expires, years };
    if expired {
        issues.push(Code::ClaimExpired, detail);
    } else if c.complete_date.is_none()
        && as_of
            .checked_add_days(Days::new(EXPIRY_WARNING_DAYS))
            .is_some_and(|soon| soon >= expires)
    {
        issues.push(Code::ClaimExpiresSoon, detail);
    }
}

fn death_report(
    p: &NamedSet,
    c: &ClaimInput,
    as_of: NaiveDate,
    issues: &mut Issues,
    d: &mut Deadlines,
) {
    let Some(death) = c.death_date else {
        return;
    };
    let Some(limit) = params::value(p, names::DEATH_REPORT_DAYS, death) else {
        return;
    };
    d.death_report_limit_days = Some(small(limit.value));
    let last_day = u64::try_from(limit.value)
        .ok()
        .and_then(|n| death.checked_add_days(Days::new(n)));
    d.death_report_last_day = last_day;
    d.death_report_basis = Some((limit.legal.to_string(), limit.confidence));
    match c.reported_date {
        Some(reported) => {
            let days = (reported - death).num_days();
            let late = days > limit.value;
            d.death_report_days = Some(days);
            d.death_report_late = Some(late);
            if late {
                issues.push(
                    Code::ClaimDeathReportLate,
                    ClaimDetail::Days {
                        days,
                        limit: limit.value,
                    },
                );
            }
        }
        None => {
            // An akta kematian in hand means Dukcapil was told: nothing to remind.
            if c.documents
                .contains(&super::documents::Document::AktaKematian)
            {
                return;
            }
            let days = (as_of - death).num_days();
            if days > limit.value {
                issues.push(
                    Code::ClaimDeathReportOverdue,
                    ClaimDetail::Days {
                        days,
                        limit: limit.value,
                    },
                );
            } else if let Some(by) = last_day {
                if days >= 0 {
                    issues.push(Code::ClaimDeathReportReminder, ClaimDetail::ReportBy(by));
                }
            }
        }
    }
}
