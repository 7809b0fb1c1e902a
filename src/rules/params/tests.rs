use super::*;
use crate::confidence::Confidence;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn set() -> &'static ParamSet {
    ParamSet::embedded().unwrap()
}

#[test]
fn the_embedded_set_holds_the_domain_files_figures() {
    let s = set();
    assert_eq!(s.id(), "bojonegoro-2025");
    let r = s.resolve(d(2025, 6, 1)).unwrap();
    assert_eq!(r.regency.code.to_string(), "35.22");
    assert_eq!(r.age_max, 65);
    assert_eq!(r.age_min, 18);
    assert_eq!(r.categories(Program::Rentan).len(), 10);
    assert_eq!(r.categories(Program::Insentif).len(), 9);
    for o in [
        Occupation::Pns,
        Occupation::Cpns,
        Occupation::Pppk,
        Occupation::Tni,
        Occupation::Polri,
        Occupation::PejabatNegara,
        Occupation::PekerjaPenerimaUpah,
        Occupation::Honorer,
        Occupation::PerangkatDesa,
    ] {
        assert!(r.excludes(o), "{o:?}");
    }
    assert!(!r.excludes(Occupation::None));
    assert!(r.requires_poverty_listing(Program::Rentan));
    assert!(!r.requires_poverty_listing(Program::Insentif));
    assert!(r.allows(Citizenship::Wni) && !r.allows(Citizenship::Wna));
    assert_eq!(s.monthly_contribution(d(2025, 6, 1)), Some(16_800));
    let f = s.file();
    let budget = f
        .budget
        .annual
        .as_ref()
        .unwrap()
        .entry_on(d(2025, 6, 1))
        .unwrap();
    assert_eq!(budget.value, Some(Rupiah(35_903_000_000)));
    let t = f
        .targets
        .rentan
        .as_ref()
        .unwrap()
        .entry_on(d(2025, 6, 1))
        .unwrap();
    assert_eq!(t.value, Some(Count(157_058)));
    let t = f
        .targets
        .insentif
        .as_ref()
        .unwrap()
        .entry_on(d(2025, 6, 1))
        .unwrap();
    assert_eq!(t.value, Some(Count(35_688)));
    // The domain file marks the age limits as unverified (§8): so must the set.
    assert_eq!(
        r.basis(RuleId::AgeMax, None).confidence,
        Confidence::Unconfirmed
    );
    assert_eq!(
        r.basis(RuleId::AgeMin, None).confidence,
        Confidence::Unconfirmed
    );
}

#[test]
fn the_value_in_force_is_the_last_that_started() {
    let over = ParamFile::from_json_str(
        r#"{"age": {"max": {"values": [
            {"since": "2024-01-01", "value": 65, "reference": "a", "confidence": "likely"},
            {"since": "2025-07-01", "value": 60, "reference": "b", "confidence": "unconfirmed"}
        ]}}}"#,
    )
    .unwrap();
    let s = set().with(over);
    assert_eq!(s.id(), "bojonegoro-2025+override");
    assert_eq!(s.resolve(d(2025, 6, 30)).unwrap().age_max, 65);
    assert_eq!(s.resolve(d(2025, 7, 1)).unwrap().age_max, 60);
    assert_eq!(s.resolve(d(2030, 1, 1)).unwrap().age_max, 60);
    let r = s.resolve(d(2025, 7, 1)).unwrap();
    assert_eq!(r.basis(RuleId::AgeMax, None).reference, "b");
    // Other parameters keep the default.
    assert_eq!(r.age_min, 18);
    // Before the first value there is none.
    let e = s.resolve(d(2023, 12, 31)).unwrap_err();
    assert_eq!(e.code(), "params.not_in_force");
    assert_eq!(e.key.as_deref(), Some("regency"));
}

#[test]
fn a_value_that_ends_is_not_in_force_after() {
    let f = set().file();
    let b = f.budget.annual.as_ref().unwrap();
    assert!(b.entry_on(d(2026, 1, 1)).unwrap().value.is_none());
    assert!(b.entry_on(d(2024, 12, 31)).is_none());
}

#[test]
fn bad_files_name_the_key_and_line() {
    let e = ParamFile::from_toml_str("[age.max]\n[[age.max.values]]\nsince = \"2024-01-01\"\nvalue = \"enam puluh\"\nreference = \"x\"\nconfidence = \"likely\"\n").unwrap_err();
    assert_eq!(e.code(), "params.invalid");
    assert_eq!(e.key.as_deref(), Some("age.max.values[0].value"), "{e:?}");
    assert_eq!(e.line, Some(4), "{e:?}");

    let e = ParamFile::from_toml_str("[age.maks]\nvalues = []\n").unwrap_err();
    assert_eq!(e.key.as_deref(), Some("age.maks"), "{e:?}");
    assert_eq!(e.line, Some(1), "{e:?}");

    let e = ParamFile::from_toml_str("[age.max\n").unwrap_err();
    assert_eq!(e.line, Some(1), "{e:?}");

    let e = ParamFile::from_json_str(
        "{\"age\": {\"max\": {\"values\": [\n{\"since\": \"2025-13-01\", \"value\": 60, \"reference\": \"x\", \"confidence\": \"likely\"}]}}}",
    )
    .unwrap_err();
    assert_eq!(e.key.as_deref(), Some("age.max.values[0].since"), "{e:?}");
    assert_eq!(e.line, Some(2), "{e:?}");

    let e = ParamFile::from_json_value(&serde_json::json!({"age": {"max": {"values": [
        {"since": "2025-01-01", "value": 60, "reference": "x", "confidence": "sure"}]}}}))
    .unwrap_err();
    assert_eq!(
        e.key.as_deref(),
        Some("age.max.values[0].confidence"),
        "{e:?}"
    );

    let e = ParamFile::from_json_value(&serde_json::json!({"age": {"max": {"values": [
        {"since": "2025-01-01", "value": 60, "reference": "x", "confidence": "likely"},
        {"since": "2024-01-01", "value": 61, "reference": "x", "confidence": "likely"}]}}}))
    .unwrap_err();
    assert_eq!(e.key.as_deref(), Some("age.max"), "{e:?}");
    assert!(e.detail.contains("must increase"), "{e:?}");

    let e = ParamFile::from_json_value(&serde_json::json!({"regency": {"values": [
        {"since": "2025-01-01", "value": "35.99", "reference": "x", "confidence": "likely"}]}}))
    .unwrap_err();
    assert_eq!(e.key.as_deref(), Some("regency.values[0].value"), "{e:?}");
}

#[test]
fn a_bare_toml_date_is_read() {
    let f = ParamFile::from_toml_str(
        "[[age.max.values]]\nsince = 2025-07-01\nvalue = 60\nreference = \"x\"\nconfidence = \"likely\"\n",
    )
    .unwrap();
    let p = f.age.max.unwrap();
    assert_eq!(p.entries()[0].since.0, d(2025, 7, 1));
}

#[test]
fn contradictions_are_refused_when_resolving() {
    let over = ParamFile::from_json_value(&serde_json::json!({"age": {"min": {"values": [
        {"since": "2024-01-01", "value": 70, "reference": "x", "confidence": "likely"}]}}}))
    .unwrap();
    let e = set().with(over).resolve(d(2025, 6, 1)).unwrap_err();
    assert_eq!(e.key.as_deref(), Some("age.min"));
    let over = ParamFile::from_json_value(&serde_json::json!({"categories": {"insentif": {"values": [
        {"since": "2024-01-01", "value": ["buruh_tani"], "reference": "x", "confidence": "likely"}]}}}))
    .unwrap();
    assert!(set().with(over).resolve(d(2025, 6, 1)).is_err());
}
