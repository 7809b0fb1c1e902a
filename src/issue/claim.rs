//! The facts of a claim issue: which field, which dates, how many days late, which heirs.
//!
//! They sit with the other issue facts (not in `claims`) so that an [`super::Issue`] can carry
//! them without the lowest layer importing the claim rules; the words are made in
//! `messages::claims`.

use chrono::NaiveDate;

/// The facts a claim message needs. Small and `Copy`, like the identity numbers' details.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum ClaimDetail {
    /// Nothing more.
    None,
    /// The input field concerned.
    Field(&'static str),
    /// 1-based position in a list.
    Position(u32),
    /// Two date fields in the wrong order: `later` is before `earlier`.
    Order {
        /// The field that should come first.
        earlier: &'static str,
        /// The field that is wrongly before it.
        later: &'static str,
    },
    /// Days taken and the limit.
    Days {
        /// Days.
        days: i64,
        /// Limit.
        limit: i64,
    },
    /// The last day to report a death.
    ReportBy(NaiveDate),
    /// Payment is late.
    Late {
        /// Working days late.
        days: u32,
        /// Percent per day.
        percent: u32,
        /// Compensation in rupiah.
        amount: u64,
        /// The due date.
        due: NaiveDate,
    },
    /// Expiry of a JKK claim.
    Expiry {
        /// Last day.
        on: NaiveDate,
        /// Years after the accident.
        years: u32,
    },
    /// Short membership.
    ShortMembership {
        /// Months.
        months: u32,
        /// Amount paid instead.
        amount: u64,
    },
    /// An amount in rupiah.
    Amount(u64),
    /// Years of membership and years needed.
    Years {
        /// Completed years.
        have: i64,
        /// Needed.
        need: i64,
    },
    /// A count.
    Count(u32),
    /// A child's position in `children`.
    Child(u32),
    /// A child past the age limit.
    ChildAge {
        /// Position.
        child: u32,
        /// Age limit.
        limit: i64,
    },
    /// A year.
    Year(i32),
    /// Cuti bersama days counted as working days, and the due date if they were not.
    CutiBersama {
        /// How many.
        count: u32,
        /// Due date counting them out.
        alt: NaiveDate,
    },
    /// A number of working days.
    WorkingDays(u32),
    /// The group that is entitled instead of the claimant.
    Entitled(HeirGroup),
    /// A place in a JSON Lines file.
    Line {
        /// 1-based line.
        line: u64,
        /// 1-based column.
        column: u64,
    },
}

impl ClaimDetail {
    /// The input field the detail names, overriding the code's default field.
    pub fn field(&self) -> Option<&'static str> {
        match self {
            ClaimDetail::Field(f) => Some(f),
            ClaimDetail::Order { later, .. } => Some(later),
            _ => None,
        }
    }
}

/// A rank of the order of heirs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum HeirGroup {
    /// Janda, duda or anak.
    SpouseChildren,
    /// Parents, grandparents, grandchildren.
    DirectLine,
    /// Full siblings.
    Siblings,
    /// Parents-in-law.
    ParentsInLaw,
    /// The person appointed by will.
    Will,
}
