//! `--mask` on `layak nik`, `kk`, `check` and `claim`: NIK and KK numbers keep their region
//! prefix and last two digits (`352206********01`) everywhere in the output, readable and
//! JSON, and nothing else changes.

mod common;
use common::{layak, stdout};

/// Whether the text shows a hidden part of one of the numbers used in these tests: the
/// birth date and serial digits (7th to 14th) that masking stars, with or without separators.
/// The birth and recording dates of those numbers give the same digits away, and so does
/// the serial in full.
fn leaks(s: &str) -> bool {
    let joined: String = s
        .chars()
        .filter(|c| !matches!(c, ' ' | '-' | '.'))
        .collect();
    let digits = ["12058000", "01011000", "0612058", "0601011"]
        .iter()
        .any(|hidden| joined.contains(hidden));
    let dates = [
        "1980-05-12",
        "12 Mei 1980",
        "12 May 1980",
        "2010-01-01",
        "1 Januari 2010",
        "31 Desember 1990",
        "\"serial\":\"0001\"",
        "nomor urut 0001",
        "nomor urut 0003",
    ]
    .iter()
    .any(|d| s.contains(d));
    digits || dates
}

const NIKS: &[&str] = &[
    "3522061205800001",
    "3522 0612 0580 0002",
    "3522061205800000",
    "35220612058O0001",
    "352206120580001",
    "3522063112900004",
    "3522069905800001",
    "3522063102800001",
];

#[test]
fn nik_json_masks_input_and_number_and_keeps_the_rest() {
    let mut args = vec!["nik", "--json", "--as-of", "2025-06-01"];
    args.extend_from_slice(NIKS);
    let plain = layak(&args, b"");
    args.push("--mask");
    let masked = layak(&args, b"");
    assert_eq!(plain.status.code(), masked.status.code());
    let plain = stdout(&plain);
    let masked = stdout(&masked);
    assert!(leaks(&plain));
    assert_eq!(plain.lines().count(), masked.lines().count());
    for (p, m) in plain.lines().zip(masked.lines()) {
        let p: serde_json::Value = serde_json::from_str(p).expect("JSON");
        let mut m: serde_json::Value = serde_json::from_str(m).expect("JSON");
        if let Some(n) = p["nik"].as_str() {
            assert_eq!(m["nik"], format!("{}********{}", &n[..6], &n[14..]));
        }
        // Only the numbers, their serial and birth date, and messages differ.
        if let Some(s) = p["serial"].as_str() {
            assert_eq!(m["serial"], format!("**{}", &s[2..]));
        }
        assert!(m["birth_date"].is_null());
        for k in ["nik", "input", "serial", "birth_date", "issues"] {
            m[k] = p[k].clone();
        }
        assert_eq!(m, p);
    }
    let first: serde_json::Value =
        serde_json::from_str(masked.lines().next().unwrap_or("")).expect("JSON");
    assert_eq!(first["input"], "352206********01");
    assert_eq!(first["nik"], "352206********01");
    let second: serde_json::Value =
        serde_json::from_str(masked.lines().nth(1).unwrap_or("")).expect("JSON");
    assert_eq!(second["input"], "3522 06** **** **02");
    assert!(masked.contains("352206*****O**01"), "{masked}");
    // A placeholder date and impossible date digits are named in no message.
    assert!(
        masked.contains("Tanggal lahir [disamarkan] sering dipakai"),
        "{masked}"
    );
    assert!(masked.contains("Tanggal lahir di NIK (digit ke-7 sampai ke-12) bukan tanggal"));
    assert!(
        !masked.contains("(99,") && !masked.contains("31 Februari"),
        "{masked}"
    );
    assert!(!leaks(&masked), "{masked}");
}

#[test]
fn nik_and_kk_readable_output_is_masked_from_stdin_too() {
    let input = NIKS.join("\n");
    let out = layak(
        &["nik", "--mask", "--as-of", "2025-06-01"],
        input.as_bytes(),
    );
    let text = stdout(&out);
    assert!(text.contains("352206********01  sah"), "{text}");
    assert!(text.contains("laki-laki, nomor urut **01"), "{text}");
    assert!(text.contains("Dander"), "{text}");
    assert!(!leaks(&text), "{text}");

    let kk = layak(
        &["kk", "--mask", "--as-of", "2025-06-01", "3522060101100003"],
        b"",
    );
    let text = stdout(&kk);
    assert!(text.starts_with("352206********03  sah"), "{text}");
    assert!(text.contains("nomor urut **03") && !leaks(&text), "{text}");
    let kk = layak(
        &["kk", "--mask", "--json", "--as-of", "2025-06-01"],
        b"3522-0601-0110-0003\n",
    );
    let j: serde_json::Value = serde_json::from_str(stdout(&kk).trim()).expect("JSON");
    assert_eq!(j["kk"], "352206********03");
    assert_eq!(j["input"], "3522-06**-****-**03");
    assert_eq!(j["valid"], true);
    assert!(j["recorded_date"].is_null() && j["serial"] == "**03", "{j}");
}

const APPLICANTS: &str = r#"{"nik": "3522061205800001", "kk": "3522060101100003", "name": "Sutrisno 3522061205800001", "birth_date": "1980-05-12", "sex": "M", "citizenship": "WNI", "village_code": "35.22.06.2001", "program": "rentan", "category": "buruh_tani", "occupation": "none", "in_poverty_data": true, "already_enrolled": false}
{"nik": "3522061205800000", "kk": "3522060101100000", "program": "insentif"}
{"nik": "3522061205800001", "birth_date": "13/05/1980", "program": "rentan"}
{"nik": "3522069905800001", "kk": "3522063102100003", "program": "rentan", "category": "3522061205800001"}
not json 3522061205800001
"#;

#[test]
fn check_masks_the_numbers_and_keeps_every_decision() {
    let plain = layak(
        &["check", "--json", "--as-of", "2025-06-01"],
        APPLICANTS.as_bytes(),
    );
    let masked = layak(
        &["check", "--json", "--mask", "--as-of", "2025-06-01"],
        APPLICANTS.as_bytes(),
    );
    assert_eq!(masked.status.code(), Some(0));
    let masked_text = stdout(&masked);
    assert!(!leaks(&masked_text), "{masked_text}");
    for (p, m) in stdout(&plain).lines().zip(masked_text.lines()) {
        let p: serde_json::Value = serde_json::from_str(p).expect("JSON");
        let m: serde_json::Value = serde_json::from_str(m).expect("JSON");
        assert_eq!(p["decision"], m["decision"]);
        let codes = |v: &serde_json::Value| {
            v["issues"]
                .as_array()
                .map(|r| r.iter().map(|x| x["code"].clone()).collect::<Vec<_>>())
        };
        assert_eq!(codes(&p), codes(&m));
        let outcomes = |v: &serde_json::Value| {
            v["rules"]
                .as_array()
                .map(|r| r.iter().map(|x| x["outcome"].clone()).collect::<Vec<_>>())
        };
        assert_eq!(outcomes(&p), outcomes(&m));
    }
    let first: serde_json::Value =
        serde_json::from_str(masked_text.lines().next().unwrap_or("")).expect("JSON");
    assert_eq!(first["decision"], "eligible");
    assert_eq!(first["rules"][0]["values"]["nik"], "352206********01");
    assert!(first["rules"][3]["values"]["birth_date"].is_null());
    assert_eq!(first["rules"][3]["values"]["age"], 45);
    // A mismatch between the form and the NIK is still reported, without the dates.
    assert!(
        masked_text.contains(
            "Tanggal lahir di formulir ([disamarkan]) berbeda dengan tanggal di NIK ([disamarkan])"
        ),
        "{masked_text}"
    );

    let human = layak(
        &["check", "--mask", "--as-of", "2025-06-01"],
        APPLICANTS.as_bytes(),
    );
    let text = stdout(&human);
    assert!(
        text.contains("Sutrisno 352206********01 (352206********01)  LAYAK"),
        "{text}"
    );
    assert!(!leaks(&text), "{text}");
}

#[test]
fn claim_masks_a_number_typed_into_the_documents() {
    let claim = br#"{"type": "jkm", "death_date": "2025-03-10", "relation": "spouse",
        "documents": ["kartu_peserta", "3522061205800001", "KTP 3522 0612 0580 0001"]}"#;
    let plain = layak(&["claim", "--json", "--as-of", "2025-06-01"], claim);
    assert!(leaks(&stdout(&plain)));
    let masked = layak(
        &["claim", "--json", "--mask", "--as-of", "2025-06-01"],
        claim,
    );
    let text = stdout(&masked);
    let j: serde_json::Value = serde_json::from_str(text.trim()).expect("JSON");
    assert_eq!(
        j["unknown_documents"],
        serde_json::json!(["352206********01", "KTP 3522 06** **** **01"])
    );
    assert!(!leaks(&text), "{text}");
    let p: serde_json::Value = serde_json::from_str(stdout(&plain).trim()).expect("JSON");
    assert_eq!(p["missing"], j["missing"]);
    assert_eq!(p["benefit"], j["benefit"]);

    let human = layak(&["claim", "--mask", "--as-of", "2025-06-01"], claim);
    let text = stdout(&human);
    assert_eq!(human.status.code(), Some(0));
    assert!(!leaks(&text), "{text}");
}
