//! What the list costs: the participants who stay plus the candidates admitted, at the
//! monthly contribution (JKK Rp10,000 + JKM Rp6,800 = Rp16,800 on the lowest bracket), for the
//! rest of the budget year and for a full year, against the year's budget (`budget.annual`).
//!
//! The budget year is the calendar year (the APBD). The months left count the as-of month:
//! contributions are paid month by month, so a list decided in June is paid June to
//! December, 7 months.

use chrono::{Datelike, NaiveDate};
use serde::Serialize;

/// The budget figures of a run.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Budget {
    /// Rupiah per person per month; `null` when the parameters have none that day.
    pub monthly_contribution: Option<u64>,
    /// Months from the as-of month to December, both included.
    pub months_left: u32,
    /// Participants who stay plus candidates admitted.
    pub participants: u64,
    /// Their cost for the months left.
    pub cost_rest_of_year: Option<u64>,
    /// Their cost for twelve months.
    pub cost_full_year: Option<u64>,
    /// The year's budget, when the parameters have one.
    pub annual: Option<u64>,
    /// `annual - cost_full_year` (negative: the budget does not cover a full year).
    pub full_year_margin: Option<i128>,
    /// How many whole months of the year the budget pays for this list.
    pub months_covered: Option<u64>,
}

/// The figures for `participants` on `as_of`.
pub fn compute(
    participants: u64,
    monthly: Option<u64>,
    annual: Option<u64>,
    as_of: NaiveDate,
) -> Budget {
    let months_left = 13 - as_of.month();
    let per_month = monthly.and_then(|m| m.checked_mul(participants));
    let full = per_month.and_then(|c| c.checked_mul(12));
    Budget {
        monthly_contribution: monthly,
        months_left,
        participants,
        cost_rest_of_year: per_month.and_then(|c| c.checked_mul(u64::from(months_left))),
        cost_full_year: full,
        annual,
        full_year_margin: match (annual, full) {
            (Some(a), Some(f)) => Some(i128::from(a) - i128::from(f)),
            _ => None,
        },
        months_covered: match (annual, per_month) {
            (Some(a), Some(c)) if c > 0 => Some(a / c),
            _ => None,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_2025_list_is_paid_for_about_eleven_months() {
        // rules-and-sources.md 3: 192,746 x Rp16,800 x 12 = Rp38.86 bn, more than the
        // Rp35.903 bn budget, which covers about 11 months.
        let b = compute(
            192_746,
            Some(16_800),
            Some(35_903_000_000),
            NaiveDate::from_ymd_opt(2025, 6, 1).unwrap(),
        );
        assert_eq!(b.cost_full_year, Some(38_857_593_600));
        assert_eq!(b.months_left, 7);
        assert_eq!(b.cost_rest_of_year, Some(192_746 * 16_800 * 7));
        assert_eq!(b.months_covered, Some(11));
        assert!(b.full_year_margin.is_some_and(|m| m < 0));
    }
}
