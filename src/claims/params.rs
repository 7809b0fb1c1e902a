//! The claim parameter set: benefit amounts, payment periods and limits, each dated and
//! with its legal reference, from `data/claims/params.toml` in the one parameter format
//! ([`crate::params`]), overridable by `--params` and the JavaScript `params` option.
//!
//! The law changed the amounts on 2 December 2019 (PP 82/2019): a death in 2018 is paid
//! under the old amounts, a death in 2025 under the new. So every look-up names the date
//! the law looks at ([`value`]), and the answer carries the article and the confidence mark
//! that the output repeats next to the amount.

use crate::confidence::Confidence;
use crate::params::{NamedSet, ParamsError, SetKind};
use chrono::{Datelike, NaiveDate};
use std::sync::Arc;

/// The claims parameters a check uses: the embedded set, or it with an override.
pub type ClaimParams = Arc<NamedSet>;

/// One dated value of a parameter, as the claim rules read it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ParamValue<'a> {
    /// First day it applies.
    pub since: NaiveDate,
    /// The value (rupiah, days, years, a multiplier; `1`/`0` for yes/no).
    pub value: i64,
    /// The article that sets it.
    pub legal: &'a str,
    /// How sure we are.
    pub confidence: Confidence,
}

/// The embedded claims set, read once.
pub fn embedded() -> Result<ClaimParams, ParamsError> {
    crate::params::embedded(SetKind::Claims)
}

/// `yyyymmdd` of a date.
pub fn pack(d: NaiveDate) -> u32 {
    let y = u32::try_from(d.year().clamp(0, 9999)).unwrap_or(0);
    y * 10000 + d.month() * 100 + d.day()
}

/// The date of a `yyyymmdd` number.
pub fn unpack(p: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(i32::try_from(p / 10000).ok()?, (p / 100) % 100, p % 100)
}

/// The value of parameter `name` in force on `on`: the last value whose `since` is not
/// after `on`. `None` before the first value (the law had no such rule yet), when the entry
/// in force has no value, or for a name the set does not hold.
pub fn value<'a>(set: &'a NamedSet, name: &str, on: NaiveDate) -> Option<ParamValue<'a>> {
    let e = set.entry_on(name, on)?;
    let value = e.value.as_ref()?.whole()?;
    Some(ParamValue {
        since: e.since.0,
        value: i64::try_from(value).ok()?,
        legal: &e.reference,
        confidence: e.confidence,
    })
}

/// Names used by the code, checked against the data by a unit test.
pub mod names {
    pub const JKM_SANTUNAN_SEKALIGUS: &str = "jkm.santunan_sekaligus";
    pub const JKM_SANTUNAN_BERKALA: &str = "jkm.santunan_berkala";
    pub const JKM_BIAYA_PEMAKAMAN: &str = "jkm.biaya_pemakaman";
    pub const JKM_SHORT_MONTHS: &str = "jkm.short_membership_months";
    pub const JKM_SHORT_AMOUNT: &str = "jkm.short_membership_amount";
    pub const JKM_PAYMENT_DAYS: &str = "jkm.payment_working_days";
    pub const JKK_PAYMENT_DAYS: &str = "jkk.payment_working_days";
    pub const JKK_EXPIRY_YEARS: &str = "jkk.claim_expiry_years";
    pub const JKK_DEATH_MULTIPLIER: &str = "jkk.death_multiplier";
    pub const JKK_DEATH_MINIMUM: &str = "jkk.death_minimum";
    pub const JKK_BIAYA_PEMAKAMAN: &str = "jkk.biaya_pemakaman";
    pub const JKK_SANTUNAN_BERKALA: &str = "jkk.santunan_berkala";
    pub const JKK_TOTAL_DISABILITY_MULTIPLIER: &str = "jkk.total_disability_multiplier";
    pub const JKK_DEFAULT_INCOME: &str = "jkk.default_monthly_income";
    pub const LATE_PERCENT: &str = "late.percent_per_day";
    pub const DEATH_REPORT_DAYS: &str = "death_report.days";
    pub const BEASISWA_MAX_CHILDREN: &str = "beasiswa.max_children";
    pub const BEASISWA_JKM_MIN_YEARS: &str = "beasiswa.jkm_min_membership_years";
    pub const BEASISWA_MAX_AGE: &str = "beasiswa.max_age";
    pub const BEASISWA_TK_SD: &str = "beasiswa.tk_sd";
    pub const BEASISWA_SMP: &str = "beasiswa.smp";
    pub const BEASISWA_SMA: &str = "beasiswa.sma";
    pub const BEASISWA_PT: &str = "beasiswa.pt";
    pub const THUMBPRINT: &str = "signature.thumbprint_accepted";

    /// Every name above.
    pub const ALL: &[&str] = &[
        JKM_SANTUNAN_SEKALIGUS,
        JKM_SANTUNAN_BERKALA,
        JKM_BIAYA_PEMAKAMAN,
        JKM_SHORT_MONTHS,
        JKM_SHORT_AMOUNT,
        JKM_PAYMENT_DAYS,
        JKK_PAYMENT_DAYS,
        JKK_EXPIRY_YEARS,
        JKK_DEATH_MULTIPLIER,
        JKK_DEATH_MINIMUM,
        JKK_BIAYA_PEMAKAMAN,
        JKK_SANTUNAN_BERKALA,
        JKK_TOTAL_DISABILITY_MULTIPLIER,
        JKK_DEFAULT_INCOME,
        LATE_PERCENT,
        DEATH_REPORT_DAYS,
        BEASISWA_MAX_CHILDREN,
        BEASISWA_JKM_MIN_YEARS,
        BEASISWA_MAX_AGE,
        BEASISWA_TK_SD,
        BEASISWA_SMP,
        BEASISWA_SMA,
        BEASISWA_PT,
        THUMBPRINT,
    ];
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn every_name_the_code_uses_is_in_the_data() {
        let set = embedded().unwrap();
        for n in names::ALL {
            assert!(set.get(n).is_some(), "{n} missing from params.toml");
        }
        for p in &set.params {
            assert!(
                names::ALL.contains(&p.name.as_str()),
                "{} is not used",
                p.name
            );
            assert!(p.unit.is_some(), "{} has no unit", p.name);
        }
        assert_eq!(set.meta.id, "bpjstk-klaim-2025");
    }

    #[test]
    fn values_follow_their_dates() {
        // PP 82/2019 raised the JKM lump sum from Rp16.2 m to Rp20 m on 2 December 2019.
        let set = embedded().unwrap();
        let value = |n: &str, on| value(&set, n, on);
        let n = names::JKM_SANTUNAN_SEKALIGUS;
        assert_eq!(value(n, d(2019, 12, 1)).unwrap().value, 16_200_000);
        assert_eq!(value(n, d(2019, 12, 2)).unwrap().value, 20_000_000);
        assert_eq!(value(n, d(2015, 6, 30)), None);
        assert_eq!(value("no.such", d(2025, 1, 1)), None);
        assert_eq!(value(names::THUMBPRINT, d(2025, 6, 1)).unwrap().value, 1);
        // Rp42 m in total for an active member (domain file 4.1).
        let total: i64 = [
            names::JKM_SANTUNAN_SEKALIGUS,
            names::JKM_SANTUNAN_BERKALA,
            names::JKM_BIAYA_PEMAKAMAN,
        ]
        .iter()
        .map(|n| value(n, d(2025, 6, 1)).unwrap().value)
        .sum();
        assert_eq!(total, 42_000_000);
        assert_eq!(
            value(names::THUMBPRINT, d(2025, 6, 1)).unwrap().confidence,
            Confidence::Unconfirmed
        );
    }

    #[test]
    fn packing_round_trips() {
        assert_eq!(pack(d(2025, 3, 31)), 20250331);
        assert_eq!(unpack(20250331), Some(d(2025, 3, 31)));
        assert_eq!(unpack(20250231), None);
    }
}
