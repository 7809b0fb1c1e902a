//! Judging an enrolled participant over time: on the as-of date, and again up to the next
//! verval round.
//!
//! A participant who is eligible today may stop being eligible before the next round: most
//! often the 66th birthday ends the cover of someone aged 65 (`age.max`, 65 years and 364 days
//! still passes). The verval meeting should know that now, not in six months. So a row that
//! passes today is judged again on `next`; when a rule fails then, the first day it fails is
//! found by bisection over the days in between (every rule is monotone in time: an age only
//! grows, a parameter changes on its `since` date), and written as `ends_on` /
//! `ends_because`.
//!
//! What differs from screening a candidate:
//! - the participant is already in the programme, so `enrolment.not_enrolled` is not asked
//!   (the `sudah_terdaftar` column, if any, is ignored);
//! - a list of participants without a `terdata_miskin` column is read as listed: they were
//!   admitted from the poverty data, and re-checking it needs the current DTSEN extract;
//! - a NIK on an earlier row, of either programme, fails `enrolment.not_duplicate`;
//! - a NIK in the deaths list with a date of death on or before the as-of date leaves with
//!   `status.died` (to review when the reports give different dates, or a date after the
//!   as-of date).

use crate::rules::applicant::{Applicant, Field};
use crate::rules::evaluate::{evaluate, Evaluation};
use crate::rules::params::{ParamSet, Resolved};
use crate::rules::{Decision, RuleId};
use crate::screen::columns::Column;
use chrono::NaiveDate;

/// Where an enrolled row lands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Verdict {
    /// Still eligible; the first day a rule fails before the next round, and which rule.
    Stay(Option<(NaiveDate, &'static str)>),
    /// Must leave now, for these reasons (rule ids).
    Leave(Vec<&'static str>),
    /// A person must look, for these reasons.
    Review(Vec<&'static str>),
}

/// The rules in force on the as-of date and on the next round's date.
pub struct Clock<'a> {
    /// The whole parameter set (for the days in between).
    pub set: &'a ParamSet,
    /// In force on the as-of date.
    pub now: &'a Resolved,
    /// In force on the next round's date.
    pub next: &'a Resolved,
}

/// Prepares an enrolled participant's applicant: not asked whether already enrolled, and
/// read as in the poverty data when the list has no such column.
pub fn as_participant(a: &mut Applicant<'_>, has_poverty_column: bool) {
    a.already_enrolled = Field::Given(false);
    if !has_poverty_column {
        a.in_poverty_data = Field::Given(true);
    }
}

/// Whether the header has the poverty column.
pub fn has_poverty_column(h: &super::table::Header) -> bool {
    h.layout.get(Column::InPovertyData).is_some()
}

/// The first day after `now.as_of`, up to `next.as_of`, on which the participant no longer
/// passes, with the rule that fails first that day; `None` when still eligible on `next`.
pub fn ends(a: &Applicant<'_>, clock: &Clock<'_>) -> Option<(NaiveDate, &'static str)> {
    let at_next = evaluate(a, clock.next);
    if at_next.decision != Decision::Ineligible {
        return None;
    }
    let fails_on = |e: &Evaluation| super::rows::first_fail(e);
    let (mut lo, mut hi) = (clock.now.as_of, clock.next.as_of);
    let mut rule: RuleId = fails_on(&at_next)?;
    // Invariant: eligible (or not failing) on `lo`, failing on `hi`.
    while (hi - lo).num_days() > 1 {
        let mid = lo + chrono::Days::new(((hi - lo).num_days() / 2) as u64);
        let Ok(p) = clock.set.resolve(mid) else {
            break;
        };
        let e = evaluate(a, &p);
        match fails_on(&e) {
            Some(r) if e.decision == Decision::Ineligible => {
                hi = mid;
                rule = r;
            }
            _ => lo = mid,
        }
    }
    Some((hi, rule.as_str()))
}

/// The verdict on one participant, before the death and duplicate checks the caller adds.
pub fn judge(e: &Evaluation, a: &Applicant<'_>, clock: &Clock<'_>) -> Verdict {
    let (fails, reviews) = super::rows::outcomes(e);
    if !fails.is_empty() {
        Verdict::Leave(fails)
    } else if !reviews.is_empty() {
        Verdict::Review(reviews)
    } else {
        Verdict::Stay(ends(a, clock))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::applicant::{Citizenship, Occupation, Program};
    use crate::sex::Sex;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn applicant(nik: &'static str, birth: NaiveDate) -> Applicant<'static> {
        Applicant {
            nik: Field::Given(nik),
            kk: Field::Given("3522060101100003"),
            name: Some("Sutrisno"),
            birth_date: Field::Given(birth),
            sex: Field::Given(Sex::M),
            citizenship: Field::Given(Citizenship::Wni),
            village_code: Field::Missing,
            program: Field::Given(Program::Rentan),
            category: Field::Given("buruh_tani"),
            occupation: Field::Given(Occupation::None),
            in_poverty_data: Field::Given(true),
            already_enrolled: Field::Given(false),
            unknown: &[],
        }
    }

    #[test]
    fn the_66th_birthday_ends_the_cover_before_the_next_round() {
        // Born 2 June 1959: 65 years and 364 days on 1 June 2025 still passes age.max (65,
        // included); on 2 June 2025, the 66th birthday, it fails.
        let set = ParamSet::embedded().unwrap();
        let now = set.resolve(d(2025, 3, 1)).unwrap();
        let next = set.resolve(d(2025, 9, 1)).unwrap();
        let clock = Clock {
            set,
            now: &now,
            next: &next,
        };
        let a = applicant("3522060206590001", d(1959, 6, 2));
        assert_eq!(ends(&a, &clock), Some((d(2025, 6, 2), "age.max")));
        let young = applicant("3522061205800001", d(1980, 5, 12));
        assert_eq!(ends(&young, &clock), None);
    }
}
