//! Issues: the one shape every check reports problems in.
//!
//! An issue has a stable `code` (`nik.serial_zero`), a `severity`, the form `field` it
//! concerns and a `message` in the reader's language. Forms map `field` to an input and show
//! `message` next to it; scripts match on `code`. The codes are listed once, in [`Code`],
//! with the severity the contract fixes for each.
//!
//! Inside the core an [`Issue`] is a code plus a small `Copy` [`Detail`] (the digit count,
//! the offending character, the region code...), so reporting never allocates; the text is
//! written only when a face renders it (see [`crate::messages`]).

pub mod claim;

use crate::region::RegionCode;
use crate::sex::Sex;
use chrono::NaiveDate;
use serde::{Serialize, Serializer};

/// How bad an issue is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Worth knowing; nothing is wrong.
    Info,
    /// Probably wrong, or a person should look.
    Warning,
    /// The value is wrong.
    Error,
}

impl Severity {
    /// `"info"`, `"warning"` or `"error"`.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

macro_rules! codes {
    ($( $(#[doc = $doc:literal])* $variant:ident => $code:literal, $severity:ident, $field:literal; )*) => {
        /// Every issue code layak reports. The strings are stable (docs/INTERFACE.md): new codes
        /// may be added, none renamed or removed.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum Code {
            $( $(#[doc = $doc])* $variant, )*
        }

        impl Code {
            /// Every code, in catalogue order.
            pub const ALL: &'static [Code] = &[ $( Code::$variant, )* ];

            /// The stable code string, e.g. `"nik.serial_zero"`.
            pub fn as_str(self) -> &'static str {
                match self { $( Code::$variant => $code, )* }
            }

            /// The severity the contract fixes for this code.
            pub fn severity(self) -> Severity {
                match self { $( Code::$variant => Severity::$severity, )* }
            }

            /// The form field the issue concerns.
            pub fn field(self) -> &'static str {
                match self { $( Code::$variant => $field, )* }
            }

            /// What the code means and why it exists: its doc comment, for catalogues and
            /// `layak codes`.
            ///
            /// The WebAssembly package leaves these texts out (they are for developers, in
            /// English, and cost several kilobytes of its download): there it returns "".
            pub fn about(self) -> &'static str {
                #[cfg(not(target_arch = "wasm32"))]
                let text = match self { $( Code::$variant => concat!($($doc, "\n",)*).trim_ascii(), )* };
                #[cfg(target_arch = "wasm32")]
                let text = { let _ = self; "" };
                text
            }

            /// Finds a code by its string.
            pub fn parse(s: &str) -> Option<Code> {
                match s { $( $code => Some(Code::$variant), )* _ => None }
            }
        }
    };
}

codes! {
    /// Nothing but separators was given.
    NikEmpty => "nik.empty", Error, "nik";
    /// Something other than digits and separators (space, dot, dash) was given.
    NikInvalidCharacters => "nik.invalid_characters", Error, "nik";
    /// The value looks like a spreadsheet number (`3.52206E+15`, `3522061205800000.0`): a
    /// spreadsheet took the NIK for a number and kept only 15 significant digits.
    NikScientificNotation => "nik.scientific_notation", Error, "nik";
    /// Not 16 digits.
    NikLength => "nik.length", Error, "nik";
    /// As-you-type: fewer than 16 digits so far, and what is there could still be a NIK.
    NikIncomplete => "nik.incomplete", Info, "nik";
    /// Digits 1–2 are no province code, current or retired.
    NikProvinceUnknown => "nik.province_unknown", Error, "nik";
    /// Digits 1–4 are no regency code, current or retired.
    NikRegencyUnknown => "nik.regency_unknown", Error, "nik";
    /// Digits 1–6 are no kecamatan code in the data; it may predate the 2015 lists.
    NikDistrictUnknown => "nik.district_unknown", Warning, "nik";
    /// Digits 5–6 are `00`: Kemendagri numbers kecamatan from 01, so `00` was never a
    /// kecamatan code in any list, old or new (an error, like regency `00`).
    NikDistrictZero => "nik.district_zero", Error, "nik";
    /// The region code was valid once and is retired; the NIK stays valid for life.
    NikRegionRetired => "nik.region_retired", Warning, "nik";
    /// Digits 7–12 are no birth date: day not 01–31 or 41–71, month not 01–12, or no such
    /// calendar day.
    NikBirthDateInvalid => "nik.birth_date_invalid", Error, "nik";
    /// Digits 13–16 are `0000`; SIAK numbers from 0001.
    NikSerialZero => "nik.serial_zero", Error, "nik";
    /// The birth date is 31 December or 1 July, the dates Dukcapil records when the real
    /// one is unknown (31 Dec before SIAK, 1 Jul since: Permendagri 19/2010, form F-1.06).
    NikBirthDatePlaceholder => "nik.birth_date_placeholder", Info, "nik";
    /// The form's birth date differs from the NIK's. Allowed by law (a corrected birth date
    /// does not change the NIK), so a person should look.
    NikBirthDateMismatch => "nik.birth_date_mismatch", Warning, "birth_date";
    /// The form's sex differs from the NIK's.
    NikSexMismatch => "nik.sex_mismatch", Warning, "sex";

    /// Nothing but separators was given.
    KkEmpty => "kk.empty", Error, "kk";
    /// Something other than digits and separators was given.
    KkInvalidCharacters => "kk.invalid_characters", Error, "kk";
    /// The value looks like a spreadsheet number; digits were lost.
    KkScientificNotation => "kk.scientific_notation", Error, "kk";
    /// Not 16 digits.
    KkLength => "kk.length", Error, "kk";
    /// As-you-type: fewer than 16 digits so far.
    KkIncomplete => "kk.incomplete", Info, "kk";
    /// Digits 1–2 are no province code.
    KkProvinceUnknown => "kk.province_unknown", Error, "kk";
    /// Digits 1–4 are no regency code.
    KkRegencyUnknown => "kk.regency_unknown", Error, "kk";
    /// Digits 1–6 are no kecamatan code in the data.
    KkDistrictUnknown => "kk.district_unknown", Warning, "kk";
    /// Digits 5–6 are `00`, never a kecamatan code.
    KkDistrictZero => "kk.district_zero", Error, "kk";
    /// The kecamatan code of issue is retired.
    KkRegionRetired => "kk.region_retired", Warning, "kk";
    /// Digits 7–12 are no date. Only a warning: the DDMMYY layout of a KK number is
    /// inferred from Dukcapil's wording, not seen in a regulation.
    KkDateInvalid => "kk.date_invalid", Warning, "kk";
    /// Digits 13–16 are `0000`.
    KkSerialZero => "kk.serial_zero", Error, "kk";

    /// The claim does not say its type (`jkm`, `jkk` or `beasiswa`).
    ClaimTypeMissing => "claim.type_missing", Error, "type";
    /// The claim type is none of `jkm`, `jkk`, `beasiswa`.
    ClaimTypeUnknown => "claim.type_unknown", Error, "type";
    /// A field's value could not be read and was ignored (the detail names the field).
    ClaimFieldInvalid => "claim.field_invalid", Warning, "claim";
    /// A document code is not one of the contract's codes.
    ClaimDocumentUnknown => "claim.document_unknown", Warning, "documents";
    /// A date lies after the as-of date.
    ClaimDateFuture => "claim.date_future", Error, "claim";
    /// Two dates are in an impossible order (a report before the death, a death before
    /// membership began).
    ClaimDateOrder => "claim.date_order", Error, "claim";
    /// A death claim without the date of death: the law in force and the report period
    /// cannot be checked.
    ClaimDeathDateMissing => "claim.death_date_missing", Warning, "death_date";
    /// A JKK claim without the accident date: expiry cannot be checked.
    ClaimAccidentDateMissing => "claim.accident_date_missing", Warning, "accident_date";
    /// A death claim that does not say how the claimant is related.
    ClaimRelationMissing => "claim.relation_missing", Warning, "relation";
    /// No membership start: the short-membership rule and the beasiswa condition cannot
    /// be checked.
    ClaimMembershipStartMissing => "claim.membership_start_missing", Info, "membership_start";
    /// Death within the first months of membership: a smaller amount (likely rule).
    ClaimShortMembership => "claim.short_membership", Warning, "membership_start";
    /// The death falls in a month after the last month contributions were paid
    /// (`paid_until`): JKM needs active membership at death (PP 44/2015).
    ClaimNotCovered => "claim.not_covered", Warning, "paid_until";
    /// The family members alive were not given, so the order of heirs cannot be settled.
    ClaimFamilyMissing => "claim.family_missing", Info, "family";
    /// Someone earlier in the order of heirs is alive: the claimant is not entitled.
    ClaimClaimantNotEntitled => "claim.claimant_not_entitled", Warning, "relation";
    /// Nobody in the order of heirs: only the burial costs are paid.
    ClaimNoHeir => "claim.no_heir", Info, "family";
    /// The claimant is outside the list of heirs: a court determination is needed.
    ClaimCourtDetermination => "claim.court_determination", Warning, "relation";
    /// Spouse and children share the benefit; the regulation does not set the split.
    ClaimShareUnknown => "claim.share_unknown", Info, "family";
    /// The death was reported after the legal period (UU 24/2013 Pasal 44).
    ClaimDeathReportLate => "claim.death_report_late", Warning, "reported_date";
    /// The death is not reported yet; the last day to report it.
    ClaimDeathReportReminder => "claim.death_report_reminder", Info, "reported_date";
    /// The death is not reported yet and the legal period has passed.
    ClaimDeathReportOverdue => "claim.death_report_overdue", Warning, "reported_date";
    /// BPJS has not paid by the due date: 1 % of the benefit per day late is owed.
    ClaimPaymentLate => "claim.payment_late", Warning, "complete_date";
    /// No date the file was complete: the payment deadline cannot be counted.
    ClaimCompleteDateMissing => "claim.complete_date_missing", Info, "complete_date";
    /// A completion date is given but documents are still missing.
    ClaimCompleteWithMissing => "claim.complete_with_missing", Warning, "documents";
    /// The counting window reaches a year without holiday data: only weekends skipped.
    ClaimHolidaysUnknownYear => "claim.holidays_unknown_year", Warning, "complete_date";
    /// Cuti bersama days were counted as working days; the due date if they were not.
    ClaimCutiBersama => "claim.cuti_bersama", Info, "complete_date";
    /// The JKK claim period (5 years from the accident) has passed.
    ClaimExpired => "claim.expired", Error, "accident_date";
    /// The JKK claim period ends within 90 days.
    ClaimExpiresSoon => "claim.expires_soon", Warning, "accident_date";
    /// A thumbprint is used instead of a signature (accepted by the programme; no BPJS
    /// document found).
    ClaimThumbprint => "claim.thumbprint", Info, "signature";
    /// A thumbprint is used, and the parameter set says it is not accepted.
    ClaimThumbprintNotAccepted => "claim.thumbprint_not_accepted", Warning, "signature";
    /// JKK amounts were computed on the default reported income.
    ClaimIncomeAssumed => "claim.income_assumed", Info, "monthly_income";
    /// A JKK claim that does not say whether the participant died, was disabled or
    /// recovered.
    ClaimOutcomeMissing => "claim.outcome_missing", Warning, "outcome";
    /// The JKK outcome has no fixed amount (medical care, partial disability).
    ClaimOutcomeNoAmount => "claim.outcome_no_amount", Info, "outcome";
    /// The parameter set has no value for the date concerned.
    ClaimNoParameter => "claim.no_parameter", Warning, "claim";
    /// A JKM death on the road: if on the way to or from work, it may be a work accident.
    ClaimMaybeWorkAccident => "claim.maybe_work_accident", Info, "traffic_accident";
    /// Membership was shorter than the beasiswa needs (3 years for JKM).
    ClaimBeasiswaMembershipShort => "claim.beasiswa_membership_short", Warning, "membership_start";
    /// The children may claim the beasiswa.
    ClaimBeasiswaPossible => "claim.beasiswa_possible", Info, "children";
    /// More children than the beasiswa covers: only the first ones count.
    ClaimBeasiswaTooManyChildren => "claim.beasiswa_too_many_children", Info, "children";
    /// A child not yet at school: paid from the year they enter school.
    ClaimBeasiswaNotInSchool => "claim.beasiswa_not_in_school", Info, "children";
    /// A child past the age limit (23).
    ClaimBeasiswaTooOld => "claim.beasiswa_too_old", Warning, "children";
    /// A line of a JSON Lines claim file is not JSON (the detail gives line and column);
    /// the line is skipped and the run goes on.
    ClaimJsonInvalid => "claim.json_invalid", Error, "claim";
    /// A beasiswa claim that lists no children.
    ClaimBeasiswaNoChildren => "claim.beasiswa_no_children", Warning, "children";

    /// The applicant's NIK came as a number, not as text: a 16-digit number loses its last
    /// digits in a spreadsheet or in JavaScript, so it cannot be trusted.
    ApplicantNikNotText => "applicant.nik_not_text", Error, "nik";
    /// The applicant's KK number came as a number, not as text.
    ApplicantKkNotText => "applicant.kk_not_text", Error, "kk";
    /// The recorded birth date is not a date (`YYYY-MM-DD` or `DD/MM/YYYY`).
    ApplicantBirthDateInvalid => "applicant.birth_date_invalid", Error, "birth_date";
    /// The recorded birth date is after the as-of date.
    ApplicantBirthDateFuture => "applicant.birth_date_future", Error, "birth_date";
    /// The sex is not one people write (`L`/`P`, `M`/`F`, ...).
    ApplicantSexInvalid => "applicant.sex_invalid", Error, "sex";
    /// The citizenship is neither `WNI` nor `WNA`.
    ApplicantCitizenshipInvalid => "applicant.citizenship_invalid", Error, "citizenship";
    /// The village code is not a 10-digit Kemendagri code (`35.22.06.2001`).
    ApplicantVillageCodeInvalid => "applicant.village_code_invalid", Error, "village_code";
    /// The programme is neither `rentan` nor `insentif`.
    ApplicantProgramUnknown => "applicant.program_unknown", Error, "program";
    /// The category is on no list of the parameter set.
    ApplicantCategoryUnknown => "applicant.category_unknown", Error, "category";
    /// The occupation is not `none` or one of the contract's statuses.
    ApplicantOccupationUnknown => "applicant.occupation_unknown", Error, "occupation";
    /// `in_poverty_data` is not a yes or a no.
    ApplicantInPovertyDataInvalid => "applicant.in_poverty_data_invalid", Error, "in_poverty_data";
    /// `already_enrolled` is not a yes or a no.
    ApplicantAlreadyEnrolledInvalid => "applicant.already_enrolled_invalid", Error, "already_enrolled";
    /// A line of JSON Lines input is not JSON.
    ApplicantMalformed => "applicant.malformed", Error, "applicant";
    /// A line of JSON Lines input is JSON, but not one object.
    ApplicantNotObject => "applicant.not_object", Error, "applicant";
    /// A line of JSON Lines input is empty.
    ApplicantEmpty => "applicant.empty", Error, "applicant";

    /// A key of an applicant or a claim that names no field: ignored, and said, with the
    /// nearest known key when one is near (a misspelt `brith_date` would otherwise leave the
    /// birth date silently missing). The field is that nearest key's, else `input`.
    InputUnknownKey => "input.unknown_key", Info, "input";
    /// Thrown by a face: a value of the wrong type, e.g. a NIK passed to the WebAssembly
    /// package as a JavaScript number (it loses digits above 2^53 and its leading zeros), or
    /// an applicant or claim that is not an object.
    InputType => "input.type", Error, "input";
    /// Thrown by a face: the options are not an object of the known keys' types.
    OptionsType => "options.type", Error, "options";
    /// Thrown by a face: a bug in layak, never the caller's fault; please report it.
    Internal => "internal", Error, "input";
}

impl Serialize for Code {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

/// Why digits 7–12 are no date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateProblem {
    /// The day digits are outside 01–31 (and, for a NIK, 41–71).
    Day(u8),
    /// The month digits are outside 01–12.
    Month(u8),
    /// Day and month are in range but the calendar has no such day in a year ending in
    /// `year` (31 April, 29 February 2023).
    NoSuchDay {
        /// Day of month.
        day: u8,
        /// Month.
        month: u8,
        /// The two year digits.
        year: u8,
    },
}

/// The facts a message needs beyond its code. Small and `Copy`, so a report never allocates.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Detail {
    /// Nothing more to say.
    None,
    /// A number of digits found.
    Digits(u32),
    /// The first character that is not a digit or separator, and its 1-based position.
    Character {
        /// The character (U+FFFD for a byte that is not UTF-8).
        ch: char,
        /// Its position, counted in characters from 1.
        pos: u32,
    },
    /// A region code that is unknown.
    Region(RegionCode),
    /// A retired region code; the message looks up its successor.
    Retired(RegionCode),
    /// Why a date is not a date.
    Date(DateProblem),
    /// A date worth mentioning (a placeholder birth date).
    On(NaiveDate),
    /// The form's birth date and the NIK's.
    BirthDates {
        /// From the form.
        form: NaiveDate,
        /// From the NIK.
        nik: NaiveDate,
    },
    /// The form's sex and the NIK's.
    Sexes {
        /// From the form.
        form: Sex,
        /// From the NIK.
        nik: Sex,
    },
    /// The facts of a claim issue (see [`claim::ClaimDetail`]).
    Claim(claim::ClaimDetail),
    /// A key of the input that names no field, and the nearest known one.
    UnknownKey(crate::read::fields::UnknownKey),
    /// A place in the input: line and column, both 1-based (column 0: the whole line).
    At {
        /// The line.
        line: u64,
        /// The column.
        column: u64,
    },
}

/// One problem found by a check.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Issue {
    /// What was found.
    pub code: Code,
    /// The facts behind it.
    pub detail: Detail,
}

impl Issue {
    /// An issue with its detail.
    pub fn new(code: Code, detail: Detail) -> Issue {
        Issue { code, detail }
    }

    /// The contract's severity for this issue.
    pub fn severity(&self) -> Severity {
        self.code.severity()
    }

    /// The form field the issue concerns: the code's, unless the detail names the field
    /// (a claim's date that cannot be read names which date).
    pub fn field(&self) -> &'static str {
        match self.detail {
            Detail::Claim(c) => c.field().unwrap_or(self.code.field()),
            Detail::UnknownKey(u) => u.field().unwrap_or(self.code.field()),
            _ => self.code.field(),
        }
    }
}

/// The issues of one check. A NIK check reports at most a handful, so they live in a
/// fixed-size array on the stack: checking a million NIKs allocates nothing.
pub type Issues = arrayvec::ArrayVec<Issue, 8>;

/// Adds an issue unless the list is full (it cannot be with the checks as written; a full
/// list keeps its first issues, which are the most basic ones).
pub(crate) fn push(issues: &mut Issues, code: Code, detail: Detail) {
    let _ = issues.try_push(Issue::new(code, detail));
}

/// True when no issue is an error: the contract's `valid`.
pub fn no_errors(issues: &[Issue]) -> bool {
    issues.iter().all(|i| i.severity() != Severity::Error)
}

/// An issue as it appears in JSON, in the CLI, the library and JavaScript alike.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct IssueJson {
    /// The stable code.
    pub code: Code,
    /// Its severity.
    pub severity: Severity,
    /// The form field it concerns.
    pub field: &'static str,
    /// The message in the chosen language.
    pub message: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_code_round_trips_and_has_a_family() {
        for &c in Code::ALL {
            assert_eq!(Code::parse(c.as_str()), Some(c));
            let family = c.as_str().split('.').next().unwrap();
            assert!(
                [
                    "nik",
                    "kk",
                    "claim",
                    "applicant",
                    "input",
                    "options",
                    "internal"
                ]
                .contains(&family),
                "{}",
                c.as_str()
            );
            // The field of an applicant code is a field of the applicant (docs/INTERFACE.md §4),
            // so a form can put the message next to the input it concerns.
            if family == "applicant" {
                assert!(
                    [
                        "nik",
                        "kk",
                        "birth_date",
                        "sex",
                        "citizenship",
                        "village_code",
                        "program",
                        "category",
                        "occupation",
                        "in_poverty_data",
                        "already_enrolled",
                        "applicant"
                    ]
                    .contains(&c.field()),
                    "{}",
                    c.as_str()
                );
            }
        }
    }

    #[test]
    fn a_claim_detail_can_name_the_field() {
        use super::claim::ClaimDetail;
        let i = Issue::new(
            Code::ClaimFieldInvalid,
            Detail::Claim(ClaimDetail::Field("death_date")),
        );
        assert_eq!(i.field(), "death_date");
        let i = Issue::new(Code::ClaimPaymentLate, Detail::Claim(ClaimDetail::None));
        assert_eq!(i.field(), "complete_date");
    }

    #[test]
    fn severities_are_the_contracts() {
        use Code::*;
        for c in [
            NikEmpty,
            NikLength,
            NikBirthDateInvalid,
            NikSerialZero,
            KkSerialZero,
        ] {
            assert_eq!(c.severity(), Severity::Error);
        }
        for c in [
            NikDistrictUnknown,
            NikRegionRetired,
            NikSexMismatch,
            KkDateInvalid,
        ] {
            assert_eq!(c.severity(), Severity::Warning);
        }
        assert_eq!(NikBirthDatePlaceholder.severity(), Severity::Info);
        // Claims: a wrong or expired claim is an error, what delays payment a warning,
        // advice an info.
        for c in [
            ClaimTypeMissing,
            ClaimDateOrder,
            ClaimExpired,
            ClaimJsonInvalid,
        ] {
            assert_eq!(c.severity(), Severity::Error, "{}", c.as_str());
        }
        for c in [
            ClaimPaymentLate,
            ClaimDeathReportLate,
            ClaimClaimantNotEntitled,
        ] {
            assert_eq!(c.severity(), Severity::Warning, "{}", c.as_str());
        }
        for c in [ClaimThumbprint, ClaimCutiBersama, ClaimShareUnknown] {
            assert_eq!(c.severity(), Severity::Info, "{}", c.as_str());
        }
        assert_eq!(NikIncomplete.severity(), Severity::Info);
    }
}
