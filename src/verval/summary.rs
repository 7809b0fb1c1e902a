//! `summary.json`: the counts of every file and every reason, the deaths, the places per
//! programme, the budget, and the counts per kecamatan and desa (the per-desa list is what
//! the verval meeting reads).

use super::budget::Budget;
use super::params::Used;
use serde::Serialize;
use std::collections::BTreeMap;

/// The enrolled list.
#[derive(Debug, Clone, Default, Serialize)]
pub struct EnrolledCounts {
    /// Rows read (not counting the header and empty lines).
    pub rows: u64,
    /// In `stay.csv`.
    pub stay: u64,
    /// Of those, with an `ends_on` before the next round.
    pub ending_before_next: u64,
    /// In `leave.csv`.
    pub leave: u64,
    /// In `review.csv`.
    pub review: u64,
    /// In `errors.csv`.
    pub errors: u64,
    /// Rows leaving for each reason.
    pub leave_reasons: BTreeMap<&'static str, u64>,
    /// Rows to review for each reason.
    pub review_reasons: BTreeMap<&'static str, u64>,
    /// Rows staying whose cover ends before the next round, by the rule that ends it.
    pub ends_because: BTreeMap<&'static str, u64>,
}

/// The candidates.
#[derive(Debug, Clone, Default, Serialize)]
pub struct CandidateCounts {
    /// Rows read.
    pub rows: u64,
    /// Eligible (admitted + waiting).
    pub eligible: u64,
    /// In `admit.csv`.
    pub admitted: u64,
    /// In `waitlist.csv`.
    pub waiting: u64,
    /// In `not-admitted.csv`.
    pub not_admitted: u64,
    /// Of those, rows that could not be read.
    pub unreadable: u64,
    /// Not admitted for each failing rule.
    pub fail_reasons: BTreeMap<&'static str, u64>,
    /// Not admitted for each review rule.
    pub review_reasons: BTreeMap<&'static str, u64>,
}

/// The deaths lists.
#[derive(Debug, Clone, Default, Serialize)]
pub struct DeathCounts {
    /// Lists read.
    pub lists: u64,
    /// Rows read over all lists.
    pub rows: u64,
    /// Distinct deaths (by NIK).
    pub deaths: u64,
    /// Rows repeating a death already read.
    pub repeated_reports: u64,
    /// Deaths whose reports give different dates.
    pub dates_differ: u64,
    /// Rows that could not be used (no NIK, no date of death).
    pub unreadable: u64,
}

/// Places of one programme.
#[derive(Debug, Clone, Default, Serialize)]
pub struct ProgramCounts {
    /// The quota.
    pub quota: u64,
    /// Participants who stay.
    pub continuing: u64,
    /// `quota - continuing` (0 when the list is over the quota).
    pub free: u64,
    /// Candidates admitted.
    pub admitted: u64,
    /// Eligible candidates beyond the free places.
    pub waiting: u64,
}

/// Counts of one kecamatan or desa.
#[derive(Debug, Clone, Default, Serialize)]
pub struct PlaceCounts {
    /// Its name (empty when not in the data).
    pub name: String,
    /// For a desa: its kecamatan's name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kecamatan: Option<String>,
    /// Participants who stay.
    pub stay: u64,
    /// Participants who leave.
    pub leave: u64,
    /// Participants to review.
    pub review: u64,
    /// Deaths of participants.
    pub deaths: u64,
    /// Candidates admitted.
    pub admitted: u64,
    /// Candidates waiting.
    pub waiting: u64,
}

/// The whole summary.
#[derive(Debug, Clone, Serialize)]
pub struct Summary {
    /// The as-of date.
    pub as_of: String,
    /// The next round's date.
    pub next: String,
    /// The eligibility parameter set.
    pub parameters: String,
    /// The verval parameters used, with their references and marks.
    pub verval_parameters: Vec<Used>,
    /// The enrolled list.
    pub enrolled: EnrolledCounts,
    /// The candidates, when given.
    pub candidates: Option<CandidateCounts>,
    /// The deaths lists.
    pub deaths: DeathCounts,
    /// Deaths of enrolled participants (one row each in `claims.csv`).
    pub deaths_matched: u64,
    /// Deaths that match no participant (in `deaths-unmatched.csv`).
    pub deaths_unmatched: u64,
    /// Claims whose death was reported after the 30 days of UU 24/2013 Pasal 44, or not yet
    /// reported and past them.
    pub late_reports: u64,
    /// Per programme.
    pub programs: BTreeMap<&'static str, ProgramCounts>,
    /// The budget figures.
    pub budget: Budget,
    /// Per kecamatan code (`35.22.06`; `unknown` without a readable desa code).
    pub by_kecamatan: BTreeMap<String, PlaceCounts>,
    /// Per desa code (`35.22.06.2001`; `unknown` without a readable desa code).
    pub by_desa: BTreeMap<String, PlaceCounts>,
}
