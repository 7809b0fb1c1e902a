//! The legal basis a page shows beside a rule is a citation, not a research note.
//!
//! The web app shows the `reference` of a **confirmed** value as the rule's legal basis
//! (`legal_basis` in the JSON; behind "Rincian"). An operator reads it in Indonesian or in
//! English, so it must read the same in both: names of instruments and articles ("UU 24/2013
//! Pasal 44", "PP 44/2015 jo. PP 82/2019"), separated by "; ". What the value means, where it
//! was read and what was not found belong in `note`/`note_en` and `source`, which the pages
//! never show as the basis. Values that are only likely or unconfirmed are shown as a plain
//! sentence in the chosen language instead (www/register.js), so their references may be notes.

mod common;
use common::{layak, stdout};
use serde_json::Value;

/// How an Indonesian legal instrument (or the regency's budget) is cited.
const INSTRUMENTS: [&str; 10] = [
    "UU ",
    "PP ",
    "Perpres ",
    "Inpres ",
    "Permenaker ",
    "Permendagri ",
    "Kepmendagri ",
    "Permensos ",
    "Perbup ",
    "APBD ",
];

/// Words of a sentence, never of a citation (`jo.`, `Pasal`, `ayat` and `Lampiran` are).
const PROSE: [&str; 9] = [
    " dan ",
    " untuk ",
    " bagi ",
    "tidak",
    "ditemukan",
    " yang ",
    " per ",
    ":",
    " x ",
];

fn is_citation(text: &str) -> Result<(), String> {
    for part in text.split("; ") {
        if !INSTRUMENTS.iter().any(|i| part.starts_with(i)) {
            return Err(format!("{part:?} does not start with an instrument"));
        }
        if let Some(w) = PROSE.iter().find(|w| part.contains(*w)) {
            return Err(format!("{part:?} holds the prose word {w:?}"));
        }
        // Brackets only for an article's paragraph: "ayat (3)", "Pasal 30(2)".
        let mut rest = part;
        while let Some(i) = rest.find('(') {
            let inner = &rest[i + 1..];
            let close = inner.find(')').unwrap_or(inner.len());
            if !inner[..close].chars().all(|c| c.is_ascii_alphanumeric()) {
                return Err(format!("{part:?} has a note in brackets"));
            }
            rest = &inner[close..];
        }
    }
    Ok(())
}

/// Every `{reference, confidence: "confirmed"}` object anywhere in `v`.
fn confirmed_references<'a>(v: &'a Value, at: String, out: &mut Vec<(String, &'a str)>) {
    match v {
        Value::Object(m) => {
            if m.get("confidence").and_then(Value::as_str) == Some("confirmed") {
                if let Some(r) = m.get("reference").and_then(Value::as_str) {
                    out.push((at.clone(), r));
                }
            }
            for (k, x) in m {
                confirmed_references(x, format!("{at}.{k}"), out);
            }
        }
        Value::Array(a) => {
            for (i, x) in a.iter().enumerate() {
                confirmed_references(x, format!("{at}[{i}]"), out);
            }
        }
        _ => {}
    }
}

#[test]
fn the_checker_knows_a_citation_from_a_note() {
    assert!(is_citation("PP 44/2015 Pasal 40 ayat (4); PP 44/2015 Pasal 37 ayat (3)").is_ok());
    assert!(is_citation("UU 23/2006 jo. UU 24/2013 Pasal 13; PP 40/2019 Pasal 30(2)").is_ok());
    // The references these values had before, each with a note in it.
    for note in [
        "PP 44/2015 jo. PP 82/2019; Permenaker 5/2021: JKM BPU Rp6.800 per bulan",
        "PP 82/2019 Lampiran III (24 x Rp500.000, dibayar sekaligus)",
        "Kepmendagri 300.2.2-2138/2025 (kode Kabupaten Bojonegoro 35.22); Perbup khusus program tidak ditemukan",
        "PP 44/2015 Pasal 40 ayat (4) (JKM) dan Pasal 37 ayat (3) (JKK)",
    ] {
        assert!(is_citation(note).is_err(), "taken for a citation: {note}");
    }
}

#[test]
fn every_confirmed_reference_of_every_set_is_a_citation() {
    // The listing holds every dated value of every parameter, not only those in force.
    for as_of in ["2025-06-01", "2026-11-29"] {
        let out = layak(&["params", "--json", "--as-of", as_of], b"");
        let json: Value = serde_json::from_str(&stdout(&out)).expect("params --json");
        let mut refs = Vec::new();
        confirmed_references(&json, String::new(), &mut refs);
        // The eligibility set's regency and NIK rule, the claim amounts and periods at least.
        assert!(refs.len() >= 10, "only {} confirmed references", refs.len());
        let bad: Vec<String> = refs
            .iter()
            .filter_map(|(at, r)| is_citation(r).err().map(|e| format!("{at}: {e}")))
            .collect();
        assert!(
            bad.is_empty(),
            "confirmed references that are not citations: {bad:#?}"
        );
    }
}

#[test]
fn the_bases_a_claim_shows_are_citations() {
    let claim = r#"{"type":"jkm","death_date":"2025-03-10","reported_date":"2025-03-20","membership_start":"2021-01-15","relation":"spouse"}"#;
    let out = layak(
        &["claim", "--json", "--as-of", "2025-04-01"],
        claim.as_bytes(),
    );
    let json: Value = serde_json::from_str(&stdout(&out)).expect("claim --json");
    for at in ["/heirs/legal_basis", "/benefit/legal_basis"] {
        let basis = json.pointer(at).and_then(Value::as_str).unwrap_or_default();
        assert!(!basis.is_empty(), "{at} missing in {json}");
        if let Err(e) = is_citation(basis) {
            panic!("{at}: {e}");
        }
    }
}
