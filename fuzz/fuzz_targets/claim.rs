//! The `layak claim` path: JSON → a claim → checklist, heirs, deadlines and benefit → the
//! contract's JSON (plain and masked). The as-of date runs from 2000 for 100 years.
//! Header flags: bit 1 English, bit 2 cuti bersama as days off, bit 3 the input is
//! `[claim, holidays]` with a holidays override; byte 3 picks a document to add.
#![no_main]

use layak::claims::documents::Document;
use layak::claims::json::Map;
use layak::claims::{Json, RawClaimOptions};
use layak_fuzz::{check_issues, render, ymd, Header};
use libfuzzer_sys::fuzz_target;
use serde_json::Value;

fuzz_target!(|data: &[u8]| {
    let (h, input) = Header::read(data);
    let Ok(v) = serde_json::from_slice::<Json>(input) else {
        return;
    };
    let (claim, holidays) = match v {
        Json::Array(mut items) if h.bit(3) && items.len() == 2 => {
            let hol = items.pop();
            (items.pop().unwrap_or_default(), hol)
        }
        other => (other, None),
    };
    let as_of = h.as_of(ymd(2000, 1, 1), 36_524);
    let raw = RawClaimOptions {
        as_of: Some(as_of.to_string()),
        lang: Some(h.lang().as_str().to_string()),
        holidays,
        cuti_bersama: Some(h.bit(2)),
        params: None,
    };
    let Ok(o) = raw.resolve(as_of) else {
        return;
    };

    let result = layak::api::check_claim(&claim, &o);
    let (text, json) = render(&result);
    assert_eq!(render(&layak::api::check_claim(&claim, &o)).0, text, "deterministic");
    check_issues(&json["issues"]);

    // The checklist, `missing` and `complete` agree.
    let list = json["checklist"].as_array().expect("checklist");
    let missing: Vec<&str> = json["missing"]
        .as_array()
        .expect("missing")
        .iter()
        .filter_map(Value::as_str)
        .collect();
    let unmet: Vec<&str> = list
        .iter()
        .filter(|i| i["required"] == true && i["satisfied"] == false)
        .filter_map(|i| i["code"].as_str())
        .collect();
    assert_eq!(missing, unmet, "{text}");
    assert_eq!(
        json["complete"].as_bool(),
        Some(!json["type"].is_null() && missing.is_empty())
    );
    for i in list {
        let by = &i["satisfied_by"];
        assert_eq!(i["satisfied"] == true, !by.is_null(), "{i}");
        if let Some(by) = by.as_str() {
            let alts = i["alternatives"].as_array().expect("alternatives");
            assert!(i["code"] == by || alts.iter().any(|a| a == by), "{i}");
        }
    }

    // Payment is due on a working day after the file was complete.
    if let Some(due) = result.deadlines.payment_due.as_deref() {
        let due = layak::date::parse_iso(due).expect("due date is ISO");
        assert!(o.calendar.is_working_day(due), "due on a day off: {due}");
        use chrono::Datelike;
        assert!(
            due.weekday().number_from_monday() <= 5,
            "due on a weekend: {due}"
        );
        for skipped in &result.deadlines.holidays_skipped {
            let d = layak::date::parse_iso(&skipped.date).expect("ISO");
            assert!(d < due && !o.calendar.is_working_day(d), "{d}");
        }
    }
    if let (Some(days), Some(late), Some(limit)) = (
        result.deadlines.death_report_days,
        result.deadlines.death_report_late,
        result.deadlines.death_report_limit_days,
    ) {
        assert_eq!(late, days > i64::from(limit));
    }

    // Adding a document the claimant holds never makes more papers missing.
    if let Json::Object(Map(mut fields)) = claim.clone() {
        let doc = Document::ALL[usize::from(h.day2 as u8) % Document::ALL.len()];
        let docs = fields
            .iter_mut()
            .rev()
            .find(|(k, _)| k == "documents")
            .map(|(_, v)| v);
        match docs {
            Some(Json::Array(items)) => items.push(Json::String(doc.code().into())),
            // A comma-separated list in one string.
            Some(Json::String(s)) => *s = format!("{s},{}", doc.code()),
            // Anything else is no list: nothing was held.
            Some(other) => *other = Json::Array(vec![Json::String(doc.code().into())]),
            None => fields.push((
                "documents".into(),
                Json::Array(vec![Json::String(doc.code().into())]),
            )),
        }
        let more = layak::api::check_claim(&Json::Object(Map(fields)), &o);
        for m in &more.missing {
            assert!(
                result.missing.contains(m),
                "{m} became missing after adding {doc:?}"
            );
        }
    }

    // Masked: the same result but for echoed numbers.
    let masked = layak::api::check_claim_masked(&claim, &o, true);
    let (_, mj) = render(&masked);
    if !h.bit(3) {
        // Without a holidays file (the operator's own names), no long number is left.
        layak_fuzz::assert_no_long_numbers(&mj);
    }
    assert_eq!(mj["missing"], json["missing"]);
    assert_eq!(mj["benefit"], json["benefit"]);
});
