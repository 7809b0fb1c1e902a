//! Ranking the eligible candidates and admitting them while places are free.
//!
//! The budget is fixed for the year, so a screened pool far larger than the places has to
//! become a ranked list: `free = quota − participants who stay in that programme`. The
//! order is the dated parameter `quota.priority` (default `["desil", "row"]`: the DTSEN
//! welfare decile, 1 = poorest, lower first; an empty or unreadable decile last; then the
//! input order). It is deterministic: the input order settles every tie.

use super::params::{PriorityKey, QuotaSource, VervalParams};
use crate::rules::applicant::Program;

/// An eligible candidate waiting for a rank.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Eligible {
    /// Line (CSV) or row (XLSX) number in the candidates file.
    pub number: u64,
    /// The programme.
    pub program: Program,
    /// DTSEN decile 1–10; `None` when empty or unreadable.
    pub desil: Option<u8>,
    /// 1-based rank within the programme (set by [`rank`]).
    pub rank: u32,
    /// The desa code (0: not readable), for the per-desa counts.
    pub village: u64,
}

/// Reads a decile as written: a whole number 1 to 10.
pub fn desil(s: &str) -> Option<u8> {
    let t = s.trim();
    let t = t.strip_suffix(".0").unwrap_or(t);
    t.parse::<u8>().ok().filter(|d| (1..=10).contains(d))
}

/// Ranks the candidates of each programme in place (their order is the input order).
pub fn rank(list: &mut [Eligible], priority: &[PriorityKey]) {
    for program in [Program::Rentan, Program::Insentif] {
        let mut idx: Vec<usize> = (0..list.len())
            .filter(|&i| list.get(i).is_some_and(|e| e.program == program))
            .collect();
        idx.sort_by(|&a, &b| {
            let (x, y) = (&list[a], &list[b]);
            for k in priority {
                let o = match k {
                    PriorityKey::Desil => {
                        x.desil.unwrap_or(u8::MAX).cmp(&y.desil.unwrap_or(u8::MAX))
                    }
                    PriorityKey::Row => x.number.cmp(&y.number),
                };
                if o.is_ne() {
                    return o;
                }
            }
            x.number.cmp(&y.number)
        });
        for (r, i) in idx.into_iter().enumerate() {
            if let Some(e) = list.get_mut(i) {
                e.rank = u32::try_from(r + 1).unwrap_or(u32::MAX);
            }
        }
    }
}

/// The places of each programme: `(rentan, insentif)`. From the targets, or, when
/// `quota.source` is `budget`, from what `budget.annual` pays for a whole year at the
/// monthly contribution, split in the proportion of the targets (no rule for the split was
/// found).
pub fn quotas(p: &VervalParams, annual: Option<u64>, monthly: Option<u64>) -> (u64, u64) {
    match (p.quota_source, annual, monthly) {
        (QuotaSource::Budget, Some(a), Some(m)) if m > 0 => {
            let cap = a / (m * 12);
            let total = p.quota_rentan + p.quota_insentif;
            if total == 0 {
                return (0, 0);
            }
            let r = (u128::from(cap) * u128::from(p.quota_rentan) / u128::from(total)) as u64;
            (r, cap - r)
        }
        _ => (p.quota_rentan, p.quota_insentif),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn e(number: u64, desil: Option<u8>) -> Eligible {
        Eligible {
            number,
            program: Program::Rentan,
            desil,
            rank: 0,
            village: 0,
        }
    }

    #[test]
    fn lower_deciles_first_empty_last_then_input_order() {
        let mut l = [e(2, Some(3)), e(3, None), e(4, Some(1)), e(5, Some(3))];
        rank(&mut l, &[PriorityKey::Desil, PriorityKey::Row]);
        let ranks: Vec<u32> = l.iter().map(|x| x.rank).collect();
        assert_eq!(ranks, [2, 4, 1, 3]);
        rank(&mut l, &[PriorityKey::Row]);
        let ranks: Vec<u32> = l.iter().map(|x| x.rank).collect();
        assert_eq!(ranks, [1, 2, 3, 4]);
    }

    #[test]
    fn deciles_as_written() {
        assert_eq!(desil(" 3 "), Some(3));
        assert_eq!(desil("10"), Some(10));
        assert_eq!(desil("4.0"), Some(4));
        for s in ["", "0", "11", "x", "-1"] {
            assert_eq!(desil(s), None, "{s}");
        }
    }

    #[test]
    fn the_2025_budget_pays_fewer_places_than_the_targets() {
        // Rp35,903,000,000 / (Rp16,800 x 12) = 178,090 places for a full year (the budget
        // covers about 11 months of 192,746 people: rules-and-sources.md 3).
        let mut p = super::super::params::resolve(
            crate::rules::params::ParamSet::embedded().unwrap().verval(),
            chrono::NaiveDate::from_ymd_opt(2025, 6, 1).unwrap(),
        )
        .unwrap();
        assert_eq!(
            quotas(&p, Some(35_903_000_000), Some(16_800)),
            (157_058, 35_688)
        );
        p.quota_source = QuotaSource::Budget;
        let (r, i) = quotas(&p, Some(35_903_000_000), Some(16_800));
        assert_eq!(r + i, 178_090);
        assert_eq!(r, 178_090 * 157_058 / 192_746);
    }
}
