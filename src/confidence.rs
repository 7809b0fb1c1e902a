//! How sure we are of a fact the rules rely on.
//!
//! The programme's rules come from regulations, official statements and one academic study.
//! Some facts were read in the regulation text, some only in one news report. Each value in
//! the data files carries one of these marks so that an official reading `layak params` or
//! `layak regions --info` can tell a confirmed rule from a working assumption.

use serde::{Deserialize, Serialize};

/// The confidence marks of `docs/SOURCES.md`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Confidence {
    /// The regulation text was seen, or two independent sources agree, one of them official.
    Confirmed,
    /// One credible source, or several secondary sources that agree.
    Likely,
    /// Not confirmed: an open question kept as a parameter, never a hidden constant.
    Unconfirmed,
}

impl Confidence {
    /// The mark as written in the data files and the JSON output.
    pub fn as_str(self) -> &'static str {
        match self {
            Confidence::Confirmed => "confirmed",
            Confidence::Likely => "likely",
            Confidence::Unconfirmed => "unconfirmed",
        }
    }

    /// The weaker of two marks: a conclusion is as sure as its least sure premise.
    pub fn min_with(self, other: Confidence) -> Confidence {
        use Confidence::*;
        match (self, other) {
            (Unconfirmed, _) | (_, Unconfirmed) => Unconfirmed,
            (Likely, _) | (_, Likely) => Likely,
            _ => Confirmed,
        }
    }
}
