use super::*;
use crate::claims::ClaimDetail;
use crate::issue::{Code, DateProblem, Detail, Issue};
use crate::lang::Lang;
use crate::region::RegionCode;
use crate::sex::Sex;
use chrono::NaiveDate;

fn sample_detail(code: Code) -> Detail {
    use Code::*;
    let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    match code {
        NikInvalidCharacters | KkInvalidCharacters => Detail::Character { ch: 'O', pos: 12 },
        NikLength | KkLength | NikIncomplete | KkIncomplete => Detail::Digits(15),
        NikProvinceUnknown | KkProvinceUnknown => Detail::Region(RegionCode::province(99)),
        NikRegencyUnknown | KkRegencyUnknown => Detail::Region(RegionCode::regency(3599)),
        NikDistrictUnknown | KkDistrictUnknown => Detail::Region(RegionCode::district(352299)),
        NikRegionRetired | KkRegionRetired => Detail::Retired(RegionCode::district(910203)),
        NikBirthDateInvalid | KkDateInvalid => Detail::Date(DateProblem::Day(99)),
        NikBirthDatePlaceholder => Detail::On(d(1970, 7, 1)),
        NikBirthDateMismatch => Detail::BirthDates {
            form: d(1980, 5, 13),
            nik: d(1980, 5, 12),
        },
        NikSexMismatch => Detail::Sexes {
            form: Sex::F,
            nik: Sex::M,
        },
        ClaimDateOrder => Detail::Claim(ClaimDetail::Order {
            earlier: "death_date",
            later: "reported_date",
        }),
        ClaimFieldInvalid | ClaimDateFuture | ClaimNoParameter => {
            Detail::Claim(ClaimDetail::Field("membership_start"))
        }
        ClaimPaymentLate => Detail::Claim(ClaimDetail::Late {
            days: 3,
            percent: 1,
            amount: 1_260_000,
            due: d(2025, 7, 9),
        }),
        ClaimExpired | ClaimExpiresSoon => Detail::Claim(ClaimDetail::Expiry {
            on: d(2026, 3, 10),
            years: 5,
        }),
        ClaimCutiBersama => Detail::Claim(ClaimDetail::CutiBersama {
            count: 3,
            alt: d(2025, 4, 10),
        }),
        ClaimDeathReportReminder => Detail::Claim(ClaimDetail::ReportBy(d(2025, 5, 1))),
        ClaimJsonInvalid => Detail::Claim(ClaimDetail::Line { line: 2, column: 7 }),
        ApplicantBirthDateFuture => Detail::On(d(2030, 1, 1)),
        ApplicantMalformed | ApplicantNotObject | ApplicantEmpty => Detail::At {
            line: 3,
            column: 17,
        },
        _ => Detail::None,
    }
}

#[test]
fn every_code_has_a_message_in_both_languages() {
    for &code in Code::ALL {
        let issue = Issue::new(code, sample_detail(code));
        let id = issue_message(&issue, Lang::Id);
        let en = issue_message(&issue, Lang::En);
        assert!(id.len() > 10 && en.len() > 10, "{}", code.as_str());
        assert_ne!(id, en, "{} is not translated", code.as_str());
        assert!(
            !id.contains('?') && !en.contains('?'),
            "{}: {id} / {en}",
            code.as_str()
        );
    }
}

#[test]
fn the_contract_sentence_for_serial_zero() {
    let m = issue_message(&Issue::new(Code::NikSerialZero, Detail::None), Lang::Id);
    assert_eq!(m, "Nomor urut NIK (4 digit terakhir) tidak boleh 0000.");
}

#[test]
fn retired_message_names_the_successor() {
    let m = issue_message(
        &Issue::new(
            Code::NikRegionRetired,
            Detail::Retired(RegionCode::district(910203)),
        ),
        Lang::Id,
    );
    assert!(m.contains("95.01.02"), "{m}");
    assert!(m.contains("Papua Pegunungan"), "{m}");
    assert!(m.contains("25 Juli 2022"), "{m}");
}
