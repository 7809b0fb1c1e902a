//! Parameter override files, as `--params FILE` reads them (TOML, or JSON for `.json`) and as
//! the WebAssembly face reads `options.params` (a JSON value): read, laid over the embedded
//! set, resolved on an as-of date from 2024 for 70 years, then used to judge the contract's
//! example applicant and listed as `layak params --json` does.
//! Header flags: bit 0 TOML (else JSON), bit 1 English.
#![no_main]

use layak::api::Checker;
use layak::messages;
use layak::rules::applicant::RawApplicant;
use layak::rules::params::{ParamFile, ParamSet};
use layak_fuzz::{render, ymd, Header};
use libfuzzer_sys::fuzz_target;

const EXAMPLE: &str = r#"{"nik": "3522061205800001", "kk": "3522060101100003", "name": "Sutrisno",
 "birth_date": "1980-05-12", "sex": "M", "citizenship": "WNI", "village_code": "35.22.06.2001",
 "program": "rentan", "category": "buruh_tani", "occupation": "none",
 "in_poverty_data": true, "already_enrolled": false}"#;

fn error_is_explained(e: &layak::rules::params::ParamsError, lang: layak::Lang) {
    assert!(
        ["params.unreadable", "params.invalid", "params.not_in_force"].contains(&e.code()),
        "{}",
        e.code()
    );
    let m = messages::params_error_message(e, lang);
    assert!(
        !m.trim().is_empty() && !m.chars().any(char::is_control),
        "one line: {m:?}"
    );
}

fuzz_target!(|data: &[u8]| {
    let (h, input) = Header::read(data);
    let lang = h.lang();
    let text = String::from_utf8_lossy(input);
    let read = if h.bit(0) {
        ParamFile::from_toml_str(&text)
    } else {
        // The JSON file reader and the JavaScript object reader must agree.
        let from_text = ParamFile::from_json_str(&text);
        if let Ok(v) = serde_json::from_str::<serde_json::Value>(&text) {
            let from_value = ParamFile::from_json_value(&v);
            assert_eq!(from_text.is_ok(), from_value.is_ok(), "{text}");
        }
        from_text
    };
    let over = match read {
        Ok(f) => f,
        Err(e) => return error_is_explained(&e, lang),
    };
    let Ok(base) = ParamSet::embedded() else {
        panic!("the embedded parameter set loads")
    };
    let set = base.with(over);
    let as_of = h.as_of(ymd(2024, 1, 1), 25_550);
    let resolved = match set.resolve(as_of) {
        Ok(r) => r,
        Err(e) => return error_is_explained(&e, lang),
    };
    let checker = Checker { resolved, lang };
    let raw: RawApplicant = serde_json::from_str(EXAMPLE).expect("the example is an applicant");
    let (_, json) = render(&checker.check(&raw).to_json());
    let rules = json["rules"].as_array().expect("rules");
    assert_eq!(rules.len(), 9);
    let fails = rules.iter().any(|r| r["outcome"] == "fail");
    assert_eq!(json["decision"] == "ineligible", fails);
    render(&checker.form_choices());
    let views = set.views(as_of, lang);
    let listed = serde_json::to_string(&views).expect("views serialise");
    serde_json::from_str::<serde_json::Value>(&listed).expect("valid JSON");
});
