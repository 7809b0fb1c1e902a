//! Eligibility speed: `cargo bench --bench check`.
//!
//! The regency screens about a million candidate rows with these rules, so one applicant's
//! evaluation must be cheap. Four measurements over the same 4,096 synthetic applicants
//! (mostly eligible Bojonegoro records, one in five with a realistic fault), in one run so
//! their ratios mean something on a noisy machine:
//!
//! - `nik/validate` (baseline): the plain NIK check of the same applicants' NIKs;
//! - `check/evaluate`: reading the typed view of a record already parsed from JSON and
//!   judging all nine rules (NIK and KK checks, village look-up, age, lists): the work a
//!   batch screening does per row;
//! - `check/evaluate+json`: the same, plus the contract's JSON result with messages, written
//!   into a reused buffer;
//! - `check/line-to-line`: a JSON Lines row in, a JSON result out: parsing included.
//!
//! The parameter set is resolved once, outside the loops, as a batch run does.

use chrono::NaiveDate;
use criterion::{black_box, criterion_group, criterion_main, Criterion, Throughput};
use layak::api::Checker;
use layak::nik::{self, NikOptions};
use layak::options::Options;
use layak::region;
use layak::rules::applicant::{Program, RawApplicant};
use layak::rules::evaluate::evaluate;
use layak::rules::params::ParamSet;
use layak::rules::Decision;
use layak::Lang;

/// The generator of `layak gen`, so benchmarks and synthetic files draw alike.
type Rng = layak::gen::SplitMix64;

fn pick<'a>(rng: &mut Rng, items: &[&'a str]) -> &'a str {
    items[rng.below(items.len() as u64) as usize]
}

/// The categories of a programme, from the embedded parameter set (one vocabulary: the
/// bench draws what the rules read, not a list of its own).
fn categories(p: Program) -> Vec<&'static str> {
    let set = ParamSet::embedded().unwrap();
    let as_of = NaiveDate::from_ymd_opt(2025, 6, 1).unwrap();
    let resolved = Box::leak(Box::new(set.resolve(as_of).unwrap()));
    resolved.categories(p).iter().map(|c| &**c).collect()
}

/// Synthetic applicants as JSON lines (never real people).
fn applicants() -> Vec<String> {
    let villages: Vec<(u64, u32)> = (1..=28u32)
        .flat_map(|k| region::villages_of(352200 + k))
        .map(|v| (v.code.value(), (v.code.value() / 10_000) as u32))
        .collect();
    let (rentan_cats, insentif_cats) = (categories(Program::Rentan), categories(Program::Insentif));
    let mut rng = Rng::new(0x5eed_cafe_f00d_1234);
    (0..4096)
        .map(|_| {
            let (village, district) = villages[rng.below(villages.len() as u64) as usize];
            let year = 1958 + rng.below(50) as i32;
            let month = 1 + rng.below(12) as u32;
            let day = 1 + rng.below(28) as u32;
            let female = rng.below(2) == 1;
            let nik_day = day + if female { 40 } else { 0 };
            let nik = format!(
                "{district:06}{nik_day:02}{month:02}{:02}{:04}",
                year % 100,
                1 + rng.below(9999)
            );
            let kk = format!(
                "{district:06}0101{:02}{:04}",
                10 + rng.below(15),
                1 + rng.below(9999)
            );
            let rentan = rng.below(5) != 0;
            let (program, category) = if rentan {
                ("rentan", pick(&mut rng, &rentan_cats))
            } else {
                ("insentif", pick(&mut rng, &insentif_cats))
            };
            let village = region::RegionCode::village(village).to_string();
            let mut a = serde_json::json!({
                "nik": nik, "kk": kk, "name": "Warga Contoh",
                "birth_date": format!("{year}-{month:02}-{day:02}"),
                "sex": if female { "P" } else { "L" }, "citizenship": "WNI",
                "village_code": village, "program": program, "category": category,
                "occupation": "none", "in_poverty_data": true, "already_enrolled": false
            });
            // One in five carries a fault of the kinds real lists have.
            if rng.below(5) == 0 {
                let o = a.as_object_mut().unwrap();
                match rng.below(6) {
                    0 => {
                        o.insert("occupation".into(), "pns".into());
                    }
                    1 => {
                        o.remove("village_code");
                        o.insert("kk".into(), "3521010101100003".into());
                    }
                    2 => {
                        o.remove("birth_date");
                    }
                    3 => {
                        o.insert("nik".into(), format!("{}0000", &nik[..12]).into());
                    }
                    4 => {
                        o.insert("in_poverty_data".into(), false.into());
                    }
                    _ => {
                        o.insert("birth_date".into(), "1950-01-01".into());
                    }
                }
            }
            a.to_string()
        })
        .collect()
}

fn bench(c: &mut Criterion) {
    let as_of = NaiveDate::from_ymd_opt(2025, 6, 1).unwrap();
    let lines = applicants();
    let raws: Vec<RawApplicant> = lines
        .iter()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let niks: Vec<String> = raws
        .iter()
        .map(|r| match &r.nik {
            layak::rules::applicant::Loose::Text(s) => s.clone(),
            _ => String::new(),
        })
        .collect();
    let set = ParamSet::embedded().unwrap();
    let checker = Checker::new(&Options::new(as_of), set).unwrap();
    let params = set.resolve(as_of).unwrap();
    let nik_opts = NikOptions::new(as_of);

    // The mix is what it claims to be.
    let eligible = raws
        .iter()
        .filter(|r| evaluate(&r.view(), &params).decision == Decision::Eligible)
        .count();
    if !(3000..3800).contains(&eligible) {
        let mut why = std::collections::BTreeMap::new();
        for r in &raws {
            for res in evaluate(&r.view(), &params).results() {
                if res.outcome != layak::rules::Outcome::Pass {
                    *why.entry((res.id.as_str(), res.outcome.as_str()))
                        .or_insert(0) += 1;
                }
            }
        }
        panic!("{eligible} of 4096 eligible: {why:?}");
    }

    let mut g = c.benchmark_group("check");
    g.throughput(Throughput::Elements(raws.len() as u64));
    g.bench_function("nik/validate (baseline)", |b| {
        b.iter(|| {
            let mut n = 0u32;
            for s in &niks {
                n += nik::validate(black_box(s.as_bytes()), &nik_opts).is_valid() as u32;
            }
            n
        })
    });
    g.bench_function("check/evaluate", |b| {
        b.iter(|| {
            let mut n = 0u32;
            for r in &raws {
                let e = evaluate(&black_box(r).view(), &params);
                n += (e.decision == Decision::Eligible) as u32;
            }
            n
        })
    });
    let mut out = Vec::with_capacity(1 << 20);
    g.bench_function("check/evaluate+json", |b| {
        b.iter(|| {
            out.clear();
            for r in &raws {
                let view = black_box(r).view();
                let e = evaluate(&view, &params);
                serde_json::to_writer(&mut out, &e.to_json(&view, &params, Lang::Id)).unwrap();
                out.push(b'\n');
            }
            out.len()
        })
    });
    g.bench_function("check/line-to-line", |b| {
        b.iter(|| {
            out.clear();
            for l in &lines {
                let raw: RawApplicant = serde_json::from_str(black_box(l)).unwrap();
                serde_json::to_writer(&mut out, &checker.check(&raw).to_json()).unwrap();
                out.push(b'\n');
            }
            out.len()
        })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
