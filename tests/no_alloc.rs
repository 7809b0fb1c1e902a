//! The NIK and KK checks and the eligibility rules allocate nothing: a counting allocator
//! watches them run over every kind of input, valid and broken. (Rendering a report to JSON
//! allocates; checking does not.) Only the test thread's own allocations are counted.

use chrono::NaiveDate;
use layak::kk::{self, KkOptions};
use layak::nik::{self, NikOptions};
use layak::rules::applicant::RawApplicant;
use layak::rules::evaluate::evaluate;
use layak::rules::params::ParamSet;
use layak::rules::Decision;
use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;

struct Counting;
thread_local! {
    /// Allocations made by this thread. The test harness's own threads allocate now and
    /// then (more often on a loaded machine), so a global count made the test flaky.
    static MINE: Cell<usize> = const { Cell::new(0) };
}

/// Allocations made so far by the calling thread.
fn mine() -> usize {
    MINE.with(Cell::get)
}

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let _ = MINE.try_with(|c| c.set(c.get() + 1));
        unsafe { System.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) }
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

#[test]
fn checking_allocates_nothing() {
    let inputs: Vec<Vec<u8>> = [
        "3522061205800001",
        "3522 0612 0580 0001",
        "3522.0612.0580.0001",
        "9102035205900012",
        "3522991205800001",
        "9722061205800001",
        "3522069905800001",
        "3522062902230001",
        "3522061205800000",
        "35220612058O0001",
        "3.52206E+15",
        "3522061205800000.0",
        "",
        "3522\u{a0}0612\u{2013}0580 0001",
        "35220",
    ]
    .iter()
    .map(|s| s.as_bytes().to_vec())
    .chain([b"3522\xff\xfe".to_vec(), vec![b'1'; 100_000]])
    .collect();
    let as_of = NaiveDate::from_ymd_opt(2025, 6, 1).unwrap();
    let mut nik_opts = NikOptions::new(as_of);
    nik_opts.birth_date = NaiveDate::from_ymd_opt(1980, 5, 13);
    nik_opts.sex = Some(layak::Sex::F);
    let mut partial = NikOptions::new(as_of);
    partial.partial = true;
    let kk_opts = KkOptions::new(as_of);

    let before = mine();
    let mut valid = 0;
    for _ in 0..10 {
        for i in &inputs {
            valid += nik::validate(i, &nik_opts).is_valid() as u32;
            valid += nik::validate(i, &partial).is_valid() as u32;
            valid += kk::validate(i, &kk_opts).is_valid() as u32;
        }
    }
    let after = mine();
    assert!(valid > 0);
    assert_eq!(
        after - before,
        0,
        "the checks allocated {} times",
        after - before
    );

    // Eligibility: records already read (as a batch reader holds them), parameters resolved
    // once; judging them allocates nothing.
    let applicants: Vec<RawApplicant> = [
        r#"{"nik": "3522061205800001", "kk": "3522060101100003", "birth_date": "1980-05-12",
            "sex": "M", "citizenship": "WNI", "village_code": "35.22.06.2001", "program": "rentan",
            "category": "buruh_tani", "occupation": "none", "in_poverty_data": true,
            "already_enrolled": false}"#,
        r#"{"nik": "3522061205800000", "kk": "3521010101100003", "birth_date": "1950-13-01",
            "sex": "X", "citizenship": "WNA", "program": "insentif", "category": "buruh_tani",
            "occupation": "pns", "in_poverty_data": "mungkin", "already_enrolled": 1}"#,
        r#"{"nik": 3522061205800001, "village_code": "35.22.06", "program": "umum",
            "category": "petani", "occupation": "petani"}"#,
        r#"{"nik": "9102035205900012", "village_code": "35.99.01.2001"}"#,
        "{}",
    ]
    .iter()
    .map(|s| serde_json::from_str(s).unwrap())
    .collect();
    let params = ParamSet::embedded().unwrap().resolve(as_of).unwrap();
    let before = mine();
    let mut eligible = 0;
    for _ in 0..10 {
        for a in &applicants {
            let e = evaluate(&a.view(), &params);
            eligible += (e.decision == Decision::Eligible) as u32;
        }
    }
    let after = mine();
    assert_eq!(eligible, 10);
    assert_eq!(
        after - before,
        0,
        "the rules allocated {} times",
        after - before
    );
}
