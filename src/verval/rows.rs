//! What verval needs from one row of the screening layout: the applicant judged by the
//! eligibility rules (the same reader and rules as `screen`), the NIK key, the desa, and the
//! input columns to write back (masked when asked).

use super::output::CsvOut;
use super::table::Header;
use crate::privacy;
use crate::region::{self, RegionCode};
use crate::rules::applicant::{Applicant, Field};
use crate::rules::evaluate::Evaluation;
use crate::rules::{Outcome, RuleId};
use crate::screen::columns::Column;
use crate::screen::record::Record;
use chrono::NaiveDate;
use std::borrow::Cow;

/// The applicant of a row, as `screen` reads it.
pub(crate) fn applicant<'r>(h: &Header, record: &'r Record) -> Applicant<'r> {
    crate::screen::applicant_of(&h.layout, record, None, None)
}

/// The rule ids that failed and asked for review, in rule order.
pub(crate) fn outcomes(e: &Evaluation) -> (Vec<&'static str>, Vec<&'static str>) {
    let (mut fails, mut reviews) = (Vec::new(), Vec::new());
    for r in e.results() {
        match r.outcome {
            Outcome::Fail => fails.push(r.id.as_str()),
            Outcome::Review => reviews.push(r.id.as_str()),
            _ => {}
        }
    }
    (fails, reviews)
}

/// The first rule that fails in `e`, if any.
pub(crate) fn first_fail(e: &Evaluation) -> Option<RuleId> {
    e.results()
        .find(|r| r.outcome == Outcome::Fail)
        .map(|r| r.id)
}

/// The NIK key of the row, from the NIK check.
pub(crate) fn nik_key(e: &Evaluation) -> Option<u64> {
    e.nik
        .as_ref()
        .and_then(|r| r.nik.as_ref())
        .map(|d| d.iter().fold(0u64, |acc, x| acc * 10 + u64::from(x - b'0')))
}

/// The desa code (10 digits as a number) of the row, when its village code is readable.
pub(crate) fn village(a: &Applicant<'_>) -> Option<u64> {
    match a.village_code {
        Field::Given(c) => Some(c.value()),
        _ => None,
    }
}

/// The desa and kecamatan names of a desa code (the desa only in the Bojonegoro list).
pub(crate) fn names(village: u64, as_of: NaiveDate) -> (String, String) {
    let v = region::village(village).map(|v| v.name.to_string());
    let district = u32::try_from(village / 10_000).unwrap_or(0);
    let d = region::district(district, as_of).map(|r| r.name.to_string());
    (v.unwrap_or_default(), d.unwrap_or_default())
}

/// A desa code as people write it, `35.22.06.2001`.
pub(crate) fn village_text(village: u64) -> String {
    RegionCode::village(village).to_string()
}

/// Writes the row's input columns (the line as read when it can stand as it is, else the
/// fields, masked when asked), then `extra`.
pub(crate) fn write<'a>(
    out: &mut CsvOut,
    h: &Header,
    record: &Record,
    line: Option<&[u8]>,
    mask: bool,
    extra: impl IntoIterator<Item = &'a str>,
) {
    match line {
        Some(l) if !mask => out.row_after(l, extra),
        _ => {
            let f = fields(h, record, mask);
            out.row2(f.iter().map(|x| x.as_ref()), extra);
        }
    }
}

/// The row's fields, padded to the header's width, masked when `mask` (the NIK and KK keep
/// their kecamatan code and last two digits, the birth date its year, and any other
/// NIK-like number is masked), as `screen --mask` writes them.
pub(crate) fn fields<'r>(h: &Header, record: &'r Record, mask: bool) -> Vec<Cow<'r, str>> {
    let ids = [h.layout.get(Column::Nik), h.layout.get(Column::Kk)];
    let birth = h.layout.get(Column::BirthDate);
    (0..h.names.len())
        .map(|i| {
            let f = if i < record.len() { record.get(i) } else { "" };
            if !mask {
                Cow::Borrowed(f)
            } else if ids.contains(&Some(i)) {
                Cow::Owned(privacy::mask_id(f))
            } else if birth == Some(i) {
                Cow::Owned(match crate::read::dates::date(f) {
                    Some(d) => d.format("%Y").to_string(),
                    None => String::new(),
                })
            } else {
                privacy::mask_text(f)
            }
        })
        .collect()
}
