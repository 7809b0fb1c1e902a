//! The `layak check` path: one JSON line → an applicant → the nine rules → the contract's
//! JSON (as the CLI writes it, and masked as `--mask` writes it). The as-of date runs from
//! 2024-01-01 (the first day the parameter set is in force) for 70 years.
//! Header flags: bit 1 English.
#![no_main]

use layak::api::Checker;
use layak::options::Options;
use layak::rules::applicant::RawApplicant;
use layak::rules::params::ParamSet;
use layak::rules::RuleId;
use layak_fuzz::{check_issues, contains_whole, messages, render, ymd, Header};
use libfuzzer_sys::fuzz_target;
use serde_json::Value;

fuzz_target!(|data: &[u8]| {
    let (h, input) = Header::read(data);
    let mut o = Options::new(h.as_of(ymd(2024, 1, 1), 25_550));
    o.lang = h.lang();
    let Ok(set) = ParamSet::embedded() else {
        panic!("the embedded parameter set loads")
    };
    let checker = Checker::new(&o, set).expect("the embedded set is in force from 2024");

    // As the CLI reads a line.
    let Ok(raw) = serde_json::from_slice::<RawApplicant>(input.trim_ascii()) else {
        return;
    };
    // As the WebAssembly face reads an object: through a JSON value, the same applicant.
    if let Ok(v) = serde_json::from_slice::<Value>(input) {
        if let Ok(via_value) = serde_json::from_value::<RawApplicant>(v) {
            assert_eq!(via_value, raw, "a line and an object read differently");
        }
    }

    let checked = checker.check(&raw);
    let (text, json) = render(&checked.to_json());
    assert_eq!(
        render(&checker.check(&raw).to_json()).0,
        text,
        "deterministic"
    );
    check_issues(&json["issues"]);

    // The contract's decision rule over the rendered outcomes.
    let rules = json["rules"].as_array().expect("rules is a list");
    let outcomes: Vec<&str> = rules.iter().filter_map(|r| r["outcome"].as_str()).collect();
    assert_eq!(outcomes.len(), rules.len());
    let expected = if outcomes.contains(&"fail") {
        "ineligible"
    } else if outcomes.contains(&"review") {
        "review"
    } else {
        "eligible"
    };
    assert_eq!(json["decision"].as_str(), Some(expected), "{text}");
    // The nine single-applicant rules, in their stable order, each explained.
    let ids: Vec<&str> = rules.iter().filter_map(|r| r["id"].as_str()).collect();
    let stable: Vec<&str> = RuleId::ALL
        .iter()
        .filter(|r| **r != RuleId::EnrolmentNotDuplicate)
        .map(|r| r.as_str())
        .collect();
    assert_eq!(ids, stable);
    for r in rules {
        assert!(["pass", "fail", "review", "skip"].contains(&r["outcome"].as_str().unwrap_or("")));
        assert!(
            !r["message"].as_str().unwrap_or("").trim().is_empty(),
            "{r}"
        );
        assert!(
            r["legal_basis"].is_string() && r["values"].is_object(),
            "{r}"
        );
    }
    // identity.nik fails exactly when a NIK was checked and is invalid.
    let nik_rule = &rules[0];
    let nik_valid = nik_rule["values"]["valid"].as_bool();
    assert_eq!(
        nik_rule["outcome"] == "fail",
        nik_valid == Some(false),
        "{nik_rule}"
    );
    // Age: an age is computed only from a date, and it is never negative.
    for r in &rules[3..5] {
        if let Some(age) = r["values"]["age"].as_i64() {
            assert!(age >= 0, "{r}");
            assert!(r["values"]["birth_date"].is_string(), "{r}");
        }
    }

    // Masked: the same decision and outcomes, the numbers hidden.
    let masked = checker.check(&raw);
    let (mtext, mj) = render(&masked.to_json_masked(true));
    let dates = [
        checked.evaluation.nik.as_ref().and_then(|n| n.birth_date),
        checked.applicant.birth_date.given(),
    ];
    for d in dates.into_iter().flatten() {
        let words = layak::messages::human_date(d, o.lang);
        assert!(
            !contains_whole(&messages(&mj), &words),
            "{words} in {mtext}"
        );
    }
    assert_eq!(mj["decision"], json["decision"]);
    let m_rules = mj["rules"].as_array().expect("rules");
    for (a, b) in m_rules.iter().zip(rules) {
        assert_eq!(a["outcome"], b["outcome"]);
    }
    for r in &m_rules[3..5] {
        assert!(r["values"]["birth_date"].is_null(), "{r}");
    }
    if let Some(n) = m_rules[0]["values"]["nik"].as_str() {
        assert_eq!(n.chars().filter(|c| c.is_ascii_digit()).count(), 8, "{n}");
    }
    // No run of twelve or more digits is left anywhere in masked output.
    layak_fuzz::assert_no_long_numbers(&mj);
});
