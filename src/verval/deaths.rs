//! Deaths reported by the desa or by Dukcapil, merged, and the JKM claim each one of an
//! enrolled participant starts.
//!
//! Deaths reach the office late: a January death reported in September stalls the claim for
//! months. Every death list the kecamatan receives (a Dukcapil extract, the small files of the
//! desa's "Lapor kematian" form) is read here in the `--deaths` layout: `nik`,
//! `tanggal_meninggal`, optional `tanggal_lapor`. Several lists are merged: the same death
//! reported twice counts once (the earliest report date is the one the 30-day period of
//! UU 24/2013 Pasal 44 looks at); reports of one NIK with different dates of death are kept
//! (the earliest date) and flagged for review. Nothing is dropped: a death row that cannot
//! be read is counted and listed, and a death that matches no participant is listed too.

use super::table::{self, Extra, Row, Source};
use crate::idnumber;
use crate::screen::columns::Column;
use chrono::NaiveDate;
use rustc_hash::FxHashMap;

/// One death after merging.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Death {
    /// The NIK as 16 digits.
    pub nik: String,
    /// The date of death (the earliest, when reports differ).
    pub death_date: NaiveDate,
    /// The earliest report date given.
    pub reported: Option<NaiveDate>,
    /// Reports of this NIK give different dates of death.
    pub dates_differ: bool,
    /// How many rows reported it.
    pub reports: u32,
    /// Whether an enrolled participant has this NIK.
    pub matched: bool,
    /// Where it was first read: list number (1-based) and line.
    pub first_seen: (usize, u64),
}

/// A death row that could not be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BadDeath {
    /// List number (1-based) and line.
    pub at: (usize, u64),
    /// `nik` or `tanggal_meninggal` (the field that is missing or unreadable), or `row`.
    pub field: &'static str,
    /// The NIK as written, if any.
    pub nik: String,
}

/// Every death list, merged.
#[derive(Debug, Default)]
pub struct Deaths {
    /// By NIK key.
    pub by_nik: FxHashMap<u64, Death>,
    /// Rows read (not counting headers and empty lines).
    pub rows: u64,
    /// Rows that repeated a death already read (same NIK, same date).
    pub repeated: u64,
    /// Rows that could not be used.
    pub bad: Vec<BadDeath>,
}

/// The NIK key of a text, when it holds exactly 16 digits.
pub(crate) fn nik_key(s: &str) -> Option<u64> {
    match idnumber::read(s.as_bytes()) {
        idnumber::Read::Digits { digits, count: 16 } => Some(
            digits
                .iter()
                .fold(0u64, |acc, d| acc * 10 + u64::from(d - b'0')),
        ),
        _ => None,
    }
}

/// The 16 digits of a key.
pub(crate) fn nik_text(key: u64) -> String {
    format!("{key:016}")
}

impl Deaths {
    /// Reads one more list (`list`: its 1-based number, for the messages).
    pub fn read(&mut self, source: Source<'_>, list: usize) -> Result<(), table::ListProblem> {
        let mut row = |h: &table::Header, r: Option<Row<'_>>| {
            let Some(r) = r else {
                return;
            };
            self.rows += 1;
            let (number, record) = match r {
                Row::Fields { number, record, .. } => (number, record),
                Row::Unreadable { number, .. } => {
                    self.bad.push(BadDeath {
                        at: (list, number),
                        field: "row",
                        nik: String::new(),
                    });
                    return;
                }
            };
            let nik_text = h
                .layout
                .get(Column::Nik)
                .map(|i| record.get(i).trim())
                .unwrap_or("");
            let Some(key) = nik_key(nik_text) else {
                self.bad.push(BadDeath {
                    at: (list, number),
                    field: "nik",
                    nik: nik_text.to_string(),
                });
                return;
            };
            // `text` gives only cells with something in them: no date there is unreadable.
            let date = |e: Extra| match h.text(record, e) {
                None => Ok(None),
                Some(s) => crate::read::dates::date(s).map(Some).ok_or(()),
            };
            let Ok(Some(death)) = date(Extra::TanggalMeninggal) else {
                self.bad.push(BadDeath {
                    at: (list, number),
                    field: "tanggal_meninggal",
                    nik: nik_text.to_string(),
                });
                return;
            };
            // An unreadable report date is as good as none: the death still counts.
            let reported = date(Extra::TanggalLapor).ok().flatten();
            self.add(key, death, reported, (list, number));
        };
        table::read(source, &mut row)
    }

    fn add(&mut self, key: u64, death: NaiveDate, reported: Option<NaiveDate>, at: (usize, u64)) {
        match self.by_nik.get_mut(&key) {
            None => {
                self.by_nik.insert(
                    key,
                    Death {
                        nik: nik_text(key),
                        death_date: death,
                        reported,
                        dates_differ: false,
                        reports: 1,
                        matched: false,
                        first_seen: at,
                    },
                );
            }
            Some(d) => {
                d.reports += 1;
                if d.death_date == death {
                    self.repeated += 1;
                } else {
                    d.dates_differ = true;
                    d.death_date = d.death_date.min(death);
                }
                d.reported = match (d.reported, reported) {
                    (Some(a), Some(b)) => Some(a.min(b)),
                    (a, b) => a.or(b),
                };
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn read(lists: &[&str]) -> Deaths {
        let mut ds = Deaths::default();
        for (i, l) in lists.iter().enumerate() {
            ds.read(Source::Csv(Box::new(l.as_bytes())), i + 1).unwrap();
        }
        ds
    }

    #[test]
    fn the_same_death_from_two_desa_files_counts_once_and_keeps_the_first_report() {
        let ds = read(&[
            "nik,tanggal_meninggal,tanggal_lapor\n3522061205800001,2025-01-10,2025-09-01\n",
            "NIK;Tanggal Meninggal;Tanggal Lapor\n3522 0612 0580 0001;10/01/2025;2025-02-01\n",
        ]);
        assert_eq!(ds.by_nik.len(), 1);
        assert_eq!(ds.repeated, 1);
        let death = ds.by_nik.values().next().unwrap();
        assert_eq!(death.death_date, d(2025, 1, 10));
        assert_eq!(death.reported, Some(d(2025, 2, 1)));
        assert!(!death.dates_differ);
        assert_eq!(death.reports, 2);
    }

    #[test]
    fn different_dates_are_flagged_and_bad_rows_kept() {
        let ds = read(&[
            "nik,tanggal_meninggal\n3522061205800001,2025-01-10\n3522061205800001,2025-01-12\n352206,2025-01-01\n3522061205800002,kemarin\n",
        ]);
        let death = ds.by_nik.values().next().unwrap();
        assert!(death.dates_differ);
        assert_eq!(death.death_date, d(2025, 1, 10));
        assert_eq!(ds.rows, 4);
        let fields: Vec<_> = ds.bad.iter().map(|b| b.field).collect();
        assert_eq!(fields, ["nik", "tanggal_meninggal"]);
    }
}
