//! Property tests: what must hold for every input, not just the golden ones.
//!
//! - normalising a NIK is idempotent, whatever separators surround its digits;
//! - a NIK built from any kecamatan code (current or retired), any date (both sexes, both
//!   centuries, leap days) and any serial 0001–9999 validates and decodes back to its parts;
//! - an eligibility decision does not change when only irrelevant things change: the name,
//!   unknown extra keys, separators in the NIK, the order of the keys;
//! - a claim's `missing` list only shrinks as documents are added, and is empty with all;
//! - a payment due date counted in working days is never a weekend or a listed holiday, and
//!   lies exactly the promised number of working days after the complete file.

use chrono::{Datelike, Days, NaiveDate, Weekday};
use layak::api::Checker;
use layak::claims::calendar;
use layak::claims::documents::Document;
use layak::claims::{self, Json, RawClaimOptions};
use layak::nik::{self, NikOptions};
use layak::options::Options;
use layak::rules::applicant::RawApplicant;
use layak::rules::params::ParamSet;
use layak::{Code, Sex};
use proptest::prelude::*;
use proptest::sample::{select, subsequence};
use serde_json::Value;
use std::sync::OnceLock;

fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("a real date")
}

/// A date `days` after `base`.
fn after(base: NaiveDate, days: u64) -> NaiveDate {
    base.checked_add_days(Days::new(days)).expect("in range")
}

// ---------------------------------------------------------------- regions from the data

/// Every kecamatan code in the data files: `(six digits, dotted code, retired)`.
fn districts() -> &'static [(u32, String, bool)] {
    static ALL: OnceLock<Vec<(u32, String, bool)>> = OnceLock::new();
    ALL.get_or_init(|| {
        let mut out = Vec::new();
        for (file, retired) in [
            ("data/regions/regions.csv", false),
            ("data/regions/regions_retired.csv", true),
        ] {
            let path = format!("{}/{file}", env!("CARGO_MANIFEST_DIR"));
            let text = std::fs::read_to_string(&path).expect("region data");
            for line in text.lines().skip(1) {
                let mut cols = line.split(',');
                let (Some(code), Some("district")) = (cols.next(), cols.next()) else {
                    continue;
                };
                let digits: String = code.chars().filter(char::is_ascii_digit).collect();
                out.push((digits.parse().expect("digits"), code.to_string(), retired));
            }
        }
        assert!(out.len() > 7_000, "{} kecamatan", out.len());
        assert!(out.iter().any(|d| d.2), "retired codes are included");
        out
    })
}

fn district() -> impl Strategy<Value = (u32, String, bool)> {
    select(districts())
}

/// A birth date and an as-of date at most 100 years later (so the century rule gives the
/// date back), from 1923 to 2099: both centuries, every day of the year, leap days.
fn birth_and_as_of() -> impl Strategy<Value = (NaiveDate, NaiveDate)> {
    let as_of_span = (ymd(2099, 12, 31) - ymd(2023, 1, 1)).num_days() as u64;
    (0..=as_of_span, 0u64..36_500).prop_map(|(a, back)| {
        let as_of = after(ymd(2023, 1, 1), a);
        let birth = as_of.checked_sub_days(Days::new(back)).expect("in range");
        (birth, as_of)
    })
}

fn leap_day_and_as_of() -> impl Strategy<Value = (NaiveDate, NaiveDate)> {
    (0i32..44, 0u64..20_000).prop_map(|(k, later)| {
        let birth = ymd(1924 + 4 * k, 2, 29);
        let limit = ymd(birth.year() + 99, 12, 31).min(ymd(2099, 12, 31));
        let as_of = after(birth, later).min(limit).max(ymd(2023, 1, 1));
        (birth, as_of)
    })
}

fn nik_of(district: u32, birth: NaiveDate, sex: Sex, serial: u16) -> String {
    let day = birth.day() + if sex == Sex::F { 40 } else { 0 };
    format!(
        "{district:06}{day:02}{:02}{:02}{serial:04}",
        birth.month(),
        birth.year().rem_euclid(100)
    )
}

/// Separators people type or paste between digits.
fn separator() -> impl Strategy<Value = &'static str> {
    select(
        &[
            "", "", "", " ", "  ", ".", "-", "\t", "\u{a0}", "\u{2013}", " - ",
        ][..],
    )
}

/// The digits of `nik` with a separator after each, and whitespace around.
fn spaced(nik: &str, seps: &[&str], lead: &str, trail: &str) -> String {
    let mut s = String::from(lead);
    for (i, c) in nik.chars().enumerate() {
        s.push(c);
        if i + 1 < nik.len() {
            s.push_str(seps[i % seps.len()]);
        }
    }
    s.push_str(trail);
    s
}

fn check_decodes(
    nik: &str,
    (code, dotted, retired): &(u32, String, bool),
    birth: NaiveDate,
    sex: Sex,
    serial: u16,
    as_of: NaiveDate,
) {
    let r = nik::validate(nik.as_bytes(), &NikOptions::new(as_of));
    assert!(r.is_valid(), "{nik} on {as_of}: {:?}", r.issues);
    assert_eq!(r.nik_str(), Some(nik));
    let d = r.district.expect("kecamatan decoded");
    assert_eq!(d.code.to_string(), *dotted, "{nik}");
    assert_eq!(d.code.value(), u64::from(*code));
    assert_eq!(d.retired.is_some(), *retired, "{nik} on {as_of}");
    assert_eq!(r.sex, Some(sex));
    assert_eq!(r.birth_date, Some(birth), "{nik} on {as_of}");
    assert_eq!(r.serial, Some(serial));
    for i in &r.issues {
        assert!(
            [Code::NikRegionRetired, Code::NikBirthDatePlaceholder].contains(&i.code),
            "{nik}: unexpected {:?}",
            i.code
        );
    }
    assert_eq!(r.has(Code::NikRegionRetired), *retired);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn a_nik_from_its_parts_validates_and_decodes_back(
        region in district(),
        (birth, as_of) in birth_and_as_of(),
        female in any::<bool>(),
        serial in 1u16..=9999,
    ) {
        let sex = if female { Sex::F } else { Sex::M };
        let nik = nik_of(region.0, birth, sex, serial);
        check_decodes(&nik, &region, birth, sex, serial, as_of);
    }

    #[test]
    fn leap_days_decode_in_both_centuries(
        region in district(),
        (birth, as_of) in leap_day_and_as_of(),
        female in any::<bool>(),
        serial in 1u16..=9999,
    ) {
        let sex = if female { Sex::F } else { Sex::M };
        let nik = nik_of(region.0, birth, sex, serial);
        check_decodes(&nik, &region, birth, sex, serial, as_of);
    }

    #[test]
    fn normalising_is_idempotent(
        digits in "[0-9]{16}",
        seps in proptest::collection::vec(separator(), 1..4),
        lead in select(&["", " ", "'", "\t", " '"][..]),
        trail in select(&["", " ", "\r\n", "\n", "  "][..]),
        partial in any::<bool>(),
    ) {
        let typed = spaced(&digits, &seps, lead, trail);
        let compact = nik::compact(&typed);
        prop_assert_eq!(compact.as_deref(), Some(digits.as_str()), "{:?}", typed);
        let again = nik::compact(&digits);
        prop_assert_eq!(again.as_deref(), Some(digits.as_str()));
        let mut o = NikOptions::new(ymd(2025, 6, 1));
        o.partial = partial;
        let a = nik::validate(typed.as_bytes(), &o);
        let b = nik::validate(digits.as_bytes(), &o);
        prop_assert_eq!(&a, &b);
        // Never a length or character problem for sixteen digits, however spaced.
        prop_assert!(!a.has(Code::NikLength) && !a.has(Code::NikInvalidCharacters));
        prop_assert_eq!(a.nik_str(), Some(digits.as_str()));
        let c = nik::validate(a.nik_str().unwrap_or_default().as_bytes(), &o);
        prop_assert_eq!(c, a);
    }

    #[test]
    fn normalising_any_text_is_idempotent(s in "[0-9 .\\-a-z'\u{a0}]{0,40}") {
        if let Some(c) = nik::compact(&s) {
            prop_assert_eq!(nik::compact(&c), Some(c.clone()));
            prop_assert_eq!(nik::format(&c).and_then(|f| nik::compact(&f)), Some(c));
        }
    }
}

// ---------------------------------------------------------------- eligibility

fn checker() -> &'static Checker {
    static C: OnceLock<Checker> = OnceLock::new();
    C.get_or_init(|| {
        let set = ParamSet::embedded().expect("embedded set");
        Checker::new(&Options::new(ymd(2025, 6, 1)), set).expect("in force")
    })
}

/// Values people put in each field, good and bad.
fn field(key: &'static str) -> BoxedStrategy<Option<Value>> {
    let pick = |v: Vec<Value>| proptest::option::of(select(v)).boxed();
    let s = |xs: &[&str]| xs.iter().map(|x| Value::from(*x)).collect::<Vec<_>>();
    match key {
        "nik" => pick(s(&[
            "3522061205800001",
            "3522065205590002",
            "3522060206590001",
            "3522061205100001",
            "3521011205800001",
            "9102035205900012",
            "3522061205800000",
            "3522069905800001",
            "3522991205800001",
            "352206120580001",
            "3.52206E+15",
            "35220612058O0001",
            "",
        ])),
        "kk" => pick(s(&[
            "3522060101100003",
            "3521010101100003",
            "3522060101100000",
            "12",
            "",
        ])),
        "birth_date" => pick(s(&[
            "1980-05-12",
            "12/05/1980",
            "1959-06-02",
            "2010-01-01",
            "2080-05-12",
            "kemarin",
            "",
        ])),
        "sex" => pick(s(&["M", "F", "L", "P", "laki-laki", "X"])),
        "citizenship" => pick(s(&["WNI", "WNA", "wni", "?"])),
        "village_code" => pick(s(&[
            "35.22.06.2001",
            "3522062001",
            "35.21.01.2001",
            "35.22.06.2999",
            "x",
        ])),
        "program" => pick(s(&["rentan", "insentif", "RENTAN", "lain"])),
        "category" => pick(s(&[
            "buruh_tani",
            "ojek",
            "ketua_rt",
            "marbot",
            "astronaut",
            "",
        ])),
        "occupation" => pick(s(&[
            "none",
            "-",
            "pns",
            "polri",
            "pekerja_penerima_upah",
            "dokter",
        ])),
        _ => pick(vec![
            Value::from(true),
            Value::from(false),
            Value::from("ya"),
            Value::from("tidak"),
            Value::from(1),
            Value::from(0),
            Value::from("mungkin"),
        ]),
    }
}

const KEYS: [&str; 11] = [
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
];

fn applicant() -> impl Strategy<Value = Vec<(String, Value)>> {
    KEYS.iter()
        .map(|k| field(k).prop_map(move |v| v.map(|v| (k.to_string(), v))))
        .collect::<Vec<_>>()
        .prop_map(|fields| fields.into_iter().flatten().collect())
}

/// Writes an object with its keys in the given order (serde_json's map would sort them).
fn object(fields: &[(String, Value)]) -> String {
    let body: Vec<String> = fields
        .iter()
        .map(|(k, v)| format!("{}:{}", Value::from(k.as_str()), v))
        .collect();
    format!("{{{}}}", body.join(","))
}

fn judge(text: &str) -> Value {
    let raw: RawApplicant = serde_json::from_str(text).expect("an applicant");
    serde_json::to_value(checker().check(&raw).to_json()).expect("renders")
}

/// Decision, rule outcomes and issue codes: what must not move.
fn verdict(v: &Value) -> (Value, Vec<Value>, Vec<Value>) {
    let list = |k: &str, f: &str| {
        v[k].as_array()
            .map(|l| l.iter().map(|x| x[f].clone()).collect())
            .unwrap_or_default()
    };
    (
        v["decision"].clone(),
        list("rules", "outcome"),
        list("issues", "code"),
    )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// Screening fills one evaluation row after row (`evaluate_into`) instead of making a new
    /// one per row: nothing of an earlier applicant may stay behind in it.
    #[test]
    fn an_evaluation_filled_again_equals_a_fresh_one(
        list in proptest::collection::vec(applicant(), 1..12),
    ) {
        use layak::rules::evaluate::{evaluate, evaluate_into};
        let raws: Vec<RawApplicant> = list
            .iter()
            .map(|f| serde_json::from_str(&object(f)).expect("an applicant"))
            .collect();
        let resolved = &checker().resolved;
        let mut kept = evaluate(&raws[raws.len() - 1].view(), resolved);
        for raw in &raws {
            let view = raw.view();
            evaluate_into(&view, resolved, &mut kept);
            prop_assert_eq!(&kept, &evaluate(&view, resolved));
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(384))]

    #[test]
    fn irrelevant_changes_never_change_the_decision(
        fields in applicant(),
        name in proptest::option::of("\\PC{0,30}"),
        extra in proptest::collection::vec(("[a-z_]{1,12}", any::<i32>()), 0..4),
        order in any::<u64>(),
        seps in proptest::collection::vec(separator(), 1..3),
    ) {
        let base = judge(&object(&fields));

        // A name, or another name.
        let mut with_name = fields.clone();
        if let Some(n) = &name {
            with_name.push(("name".into(), Value::from(n.as_str())));
        }
        prop_assert_eq!(&judge(&object(&with_name)), &base);

        // Unknown keys, whatever they hold: the same result, plus one `input.unknown_key`
        // info per key (issue 12: said, not swallowed).
        let mut with_extra = with_name.clone();
        let mut added = 0;
        for (k, v) in &extra {
            if !KEYS.contains(&k.as_str()) && k != "name" {
                with_extra.push((format!("x_{k}"), Value::from(*v)));
                added += 1;
            }
        }
        let without_unknown = |mut v: Value| -> (Value, usize) {
            let issues = v["issues"].as_array_mut().expect("issues");
            let before = issues.len();
            issues.retain(|i| i["code"] != "input.unknown_key");
            let n = before - issues.len();
            (v, n)
        };
        prop_assert_eq!(without_unknown(judge(&object(&with_extra))), (base.clone(), added));

        // The same keys in another order.
        let mut shuffled = with_extra.clone();
        let mut seed = order;
        for i in (1..shuffled.len()).rev() {
            seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            shuffled.swap(i, (seed >> 33) as usize % (i + 1));
        }
        prop_assert_eq!(without_unknown(judge(&object(&shuffled))), (base.clone(), added));

        // Separators in the NIK: the same verdict (a message may name a character's new
        // position, so only decision, outcomes and issue codes are compared).
        let mut spaced_nik = fields.clone();
        for (k, v) in &mut spaced_nik {
            if k == "nik" {
                // Separators between the digits of a number: a spreadsheet float such as
                // 3.52206E+15 spread out is no longer one, so only digits are spaced.
                if let Some(s) = v.as_str().filter(|s| s.bytes().all(|b| b.is_ascii_digit())) {
                    *v = Value::from(spaced(s, &seps, " ", " "));
                }
            }
        }
        prop_assert_eq!(verdict(&judge(&object(&spaced_nik))), verdict(&base));
    }
}

// ---------------------------------------------------------------- claims

fn claim_options(as_of: NaiveDate, cuti_off: bool, holidays: Option<Json>) -> claims::ClaimOptions {
    RawClaimOptions {
        as_of: Some(as_of.to_string()),
        lang: None,
        holidays,
        cuti_bersama: Some(cuti_off),
        ..RawClaimOptions::default()
    }
    .resolve(as_of)
    .expect("options")
}

fn text(s: &str) -> Json {
    Json::String(s.to_string())
}

fn claim_json(fields: Vec<(&str, Json)>) -> Json {
    Json::Object(claims::json::Map(
        fields
            .into_iter()
            .map(|(k, v)| (k.to_string(), v))
            .collect(),
    ))
}

fn relation() -> impl Strategy<Value = Option<&'static str>> {
    proptest::option::of(select(
        &[
            "spouse",
            "child",
            "parent",
            "grandparent",
            "grandchild",
            "sibling",
            "parent_in_law",
            "will_appointee",
            "other",
        ][..],
    ))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn adding_documents_only_shrinks_what_is_missing(
        kind in select(&["jkm", "jkk", "beasiswa"][..]),
        rel in relation(),
        flags in proptest::collection::vec(any::<bool>(), 5),
        family in subsequence(&["spouse", "child", "parent", "sibling"][..], 0..4),
        outcome in proptest::option::of(select(&["death", "total_disability", "recovered"][..])),
        docs in Just(Document::ALL.to_vec()).prop_shuffle(),
    ) {
        let mut fields = vec![
            ("type", text(kind)),
            ("death_date", text("2025-03-10")),
            ("accident_date", text("2025-03-01")),
            ("membership_start", text("2020-01-15")),
            ("minor", Json::Bool(flags[0])),
            ("represented", Json::Bool(flags[1])),
            ("traffic_accident", Json::Bool(flags[2])),
            ("family", Json::Array(family.iter().map(|f| text(f)).collect())),
            ("children", Json::Array(vec![text("sd")])),
        ];
        if !flags[3] {
            fields.retain(|(k, _)| *k != "death_date");
        }
        if let Some(r) = rel {
            fields.push(("relation", text(r)));
        }
        if let Some(o) = outcome {
            fields.push(("outcome", text(o)));
        }
        if flags[4] {
            fields.push(("self_paid_treatment", Json::Bool(false)));
        }
        let o = claim_options(ymd(2025, 6, 1), false, None);
        let mut held: Vec<Json> = Vec::new();
        let mut previous = {
            let mut f = fields.clone();
            f.push(("documents", Json::Array(held.clone())));
            layak::api::check_claim(&claim_json(f), &o).missing
        };
        for d in &docs {
            held.push(text(d.code()));
            let mut f = fields.clone();
            f.push(("documents", Json::Array(held.clone())));
            let now = layak::api::check_claim(&claim_json(f), &o);
            for m in &now.missing {
                prop_assert!(previous.contains(m), "{m} appeared after adding {}", d.code());
            }
            prop_assert!(now.missing.len() <= previous.len());
            previous = now.missing;
        }
        prop_assert!(previous.is_empty(), "with every document, still missing {:?}", previous);
    }

    #[test]
    fn payment_is_due_on_a_working_day_exactly_n_working_days_later(
        kind in select(&["jkm", "jkk"][..]),
        complete in 0u64..(365 * 4),
        cuti_off in any::<bool>(),
        extra in proptest::collection::vec(0u64..30, 0..4),
    ) {
        let complete = after(ymd(2023, 7, 1), complete);
        let extra: Vec<NaiveDate> = extra.iter().map(|d| after(complete, *d)).collect();
        let holidays = (!extra.is_empty())
            .then(|| Json::Array(extra.iter().map(|d| text(&d.to_string())).collect()));
        let as_of = after(complete, 60);
        let o = claim_options(as_of, cuti_off, holidays);
        let c = claim_json(vec![
            ("type", text(kind)),
            ("death_date", text("2023-01-10")),
            ("accident_date", text("2023-01-05")),
            ("reported_date", text("2023-01-12")),
            ("complete_date", text(&complete.to_string())),
            ("relation", text("spouse")),
        ]);
        let r = layak::api::check_claim(&c, &o);
        let due = r.deadlines.payment_due.as_deref().and_then(layak::date::parse_iso);
        let due = due.expect("a due date once the file is complete");
        let n = r.deadlines.payment_working_days.expect("working days");

        // Independently of the calendar code: weekends, the listed holidays, cuti bersama
        // when counted out, and the override's days are days off.
        let day_off = |d: NaiveDate| {
            let ymd = d.year() as u32 * 10_000 + d.month() * 100 + d.day();
            matches!(d.weekday(), Weekday::Sat | Weekday::Sun)
                || extra.contains(&d)
                || calendar::builtin().iter().any(|h| {
                    h.date == ymd
                        && (h.kind == calendar::HolidayKind::Holiday || cuti_off)
                })
        };
        prop_assert!(!day_off(due), "{kind}: due {due} is a day off");
        prop_assert!(due > complete);
        let mut working = 0;
        let mut d = complete;
        while d < due {
            d = after(d, 1);
            if !day_off(d) {
                working += 1;
            }
        }
        prop_assert_eq!(working, n, "{} complete {} due {}", kind, complete, due);
        for s in &r.deadlines.holidays_skipped {
            let sd = layak::date::parse_iso(&s.date).expect("ISO");
            prop_assert!(sd > complete && sd < due && day_off(sd));
        }
    }
}

// ---------------------------------------------------------------- screening

/// A line of a screening file, of one of the kinds real files hold.
fn screen_line() -> impl Strategy<Value = Vec<u8>> {
    let good = (0u32..28, 1u32..29, 1u32..13, 40u32..99, 1u32..9999, any::<bool>()).prop_map(
        |(k, d, m, y, serial, female)| {
            let day = d + if female { 40 } else { 0 };
            format!(
                "3522{:02}{day:02}{m:02}{y:02}{serial:04},35220{}0101100003,Nama,,{},35.22.{:02}.2001,rentan,buruh_tani,-,ya",
                k + 1,
                1 + k % 9,
                if female { "P" } else { "L" },
                k + 1
            )
            .into_bytes()
        },
    );
    prop_oneof![
        4 => good,
        1 => Just(b"".to_vec()),
        1 => Just(b"   ".to_vec()),
        1 => Just(b"3522061205800001,\"open quote,1980-05-12".to_vec()),
        1 => Just(b"3522061205800001,a,b,c,d,e,f,g,h,i,j,k,l".to_vec()),
        1 => Just(b"3522061205800001,3522060101100003,D\xe9sa".to_vec()),
        1 => Just(b"\x00\x01binary\x02".to_vec()),
        1 => Just(b"3.52206E+15;x".to_vec()),
        1 => prop::collection::vec(any::<u8>(), 0..40).prop_map(|v| {
            v.into_iter().filter(|b| *b != b'\n').collect()
        }),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    /// Whatever mix of good and broken lines a file holds, and however it is cut into chunks,
    /// every non-empty line after the header is one row in exactly one output, and runs on
    /// two threads (chunk by chunk, and pipelined) write exactly what a run on one does.
    #[test]
    fn screening_conserves_rows(
        lines in prop::collection::vec(screen_line(), 0..60),
        chunk in 1usize..200,
        crlf in any::<bool>(),
    ) {
        use layak::screen::{Outputs, Screener};
        let eol: &[u8] = if crlf { b"\r\n" } else { b"\n" };
        let mut file = b"nik,no_kk,nama,tanggal_lahir,jenis_kelamin,kode_desa,program,kategori,pekerjaan,terdata_miskin".to_vec();
        for l in &lines {
            file.extend_from_slice(eol);
            file.extend_from_slice(l);
        }
        let expected_rows = lines.iter().filter(|l| !l.trim_ascii().is_empty()).count() as u64;
        // 0: line by line; 1: chunks judged on two threads; 2: the pipelined run of the CLI.
        let run = |mode: u8| {
            let mut s = Screener::new(checker().clone(), None);
            let mut out = Outputs::default();
            if mode == 2 {
                let mut input = &file[..];
                s.run_pipelined(&mut input, chunk, 2, &mut out, |_| Ok(()), |_| ())
                    .unwrap()
                    .unwrap();
            } else {
                for c in file.chunks(chunk) {
                    if mode == 1 {
                        s.feed_parallel(c, &mut out, 2).unwrap();
                    } else {
                        s.feed(c, &mut out).unwrap();
                    }
                }
            }
            let summary = s.finish(&mut out).unwrap();
            (summary, out)
        };
        let (s, out) = run(0);
        prop_assert_eq!(s.rows, expected_rows);
        prop_assert_eq!(s.rows, s.eligible + s.ineligible + s.review + s.errors);
        let lines_of = |b: &[u8]| b.iter().filter(|c| **c == b'\n').count() as u64 - 1;
        prop_assert_eq!(lines_of(&out.eligible), s.eligible);
        prop_assert_eq!(lines_of(&out.ineligible), s.ineligible);
        prop_assert_eq!(lines_of(&out.review), s.review);
        prop_assert_eq!(lines_of(&out.errors), s.errors);
        for mode in [1, 2] {
            let (p, pout) = run(mode);
            prop_assert_eq!(p.rows, s.rows);
            prop_assert_eq!(&pout.eligible, &out.eligible);
            prop_assert_eq!(&pout.ineligible, &out.ineligible);
            prop_assert_eq!(&pout.review, &out.review);
            prop_assert_eq!(&pout.errors, &out.errors);
        }
    }
}
