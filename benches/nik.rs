//! NIK validation speed: `cargo bench --bench nik`.
//!
//! Three measurements over the same 4,096 inputs, so their ratio means something on a noisy
//! machine:
//! - `layak/valid`: realistic valid NIKs from every province, men and women, both centuries;
//! - `layak/mixed`: the same with one in four broken the ways real data is broken;
//! - `naive/valid`: the approach of the usual validators (strip into a new `String`, parse,
//!   look the region up in a `HashMap<String, _>`, build the date by formatting), as a
//!   baseline measured in the same run.
//!
//! Criterion prints the time per batch and the throughput in NIKs per second.

use chrono::NaiveDate;
use criterion::{black_box, criterion_group, criterion_main, Criterion, Throughput};
use layak::nik::{self, NikOptions};
use layak::region;
use std::collections::HashMap;

/// The generator of `layak gen`, so benchmarks and synthetic files draw alike.
type Rng = layak::gen::SplitMix64;

fn district_codes() -> Vec<u32> {
    let mut out = Vec::new();
    for p in region::provinces() {
        for r in region::regencies_of(p.code.value() as u8) {
            for d in region::districts_of(r.code.value() as u16) {
                out.push(d.code.value() as u32);
            }
        }
    }
    out
}

fn inputs(broken_share: u64) -> Vec<String> {
    let districts = district_codes();
    let mut rng = Rng::new(0x5eed_1234_abcd_9876);
    (0..4096)
        .map(|_| {
            let d = districts[rng.below(districts.len() as u64) as usize];
            let day = 1 + rng.below(28) + if rng.below(2) == 1 { 40 } else { 0 };
            let month = 1 + rng.below(12);
            let yy = rng.below(100);
            let serial = 1 + rng.below(9999);
            let mut s = format!("{d:06}{day:02}{month:02}{yy:02}{serial:04}");
            if rng.below(100) < broken_share {
                match rng.below(4) {
                    0 => s.truncate(15),
                    1 => s.replace_range(6..8, "99"),
                    2 => s.replace_range(12..16, "0000"),
                    _ => s = format!("{} {} {}", &s[..4], &s[4..10], &s[10..]),
                }
            }
            s
        })
        .collect()
}

/// What a typical validator does, written plainly in Rust.
struct Naive {
    regions: HashMap<String, &'static str>,
}

impl Naive {
    fn new() -> Naive {
        let mut regions = HashMap::new();
        for p in region::provinces() {
            regions.insert(p.code.digits(), p.name);
            for r in region::regencies_of(p.code.value() as u8) {
                regions.insert(r.code.digits(), r.name);
                for d in region::districts_of(r.code.value() as u16) {
                    regions.insert(d.code.digits(), d.name);
                }
            }
        }
        Naive { regions }
    }

    fn validate(&self, input: &str, as_of: NaiveDate) -> bool {
        let s: String = input
            .chars()
            .filter(|c| !matches!(c, ' ' | '.' | '-'))
            .collect();
        if s.len() != 16 || !s.chars().all(|c| c.is_ascii_digit()) {
            return false;
        }
        if !self.regions.contains_key(&s[..2]) || !self.regions.contains_key(&s[..4]) {
            return false;
        }
        let mut day: u32 = s[6..8].parse().unwrap_or(0);
        if day > 40 {
            day -= 40;
        }
        let text = format!("20{}-{}-{:02}", &s[10..12], &s[8..10], day);
        let date = match NaiveDate::parse_from_str(&text, "%Y-%m-%d") {
            Ok(d) if d <= as_of => Some(d),
            _ => NaiveDate::parse_from_str(&format!("19{}", &text[2..]), "%Y-%m-%d").ok(),
        };
        date.is_some() && &s[12..] != "0000"
    }
}

fn bench(c: &mut Criterion) {
    let as_of = NaiveDate::from_ymd_opt(2025, 6, 1).unwrap();
    let opts = NikOptions::new(as_of);
    let valid = inputs(0);
    let mixed = inputs(25);
    let naive = Naive::new();
    assert!(valid
        .iter()
        .all(|s| nik::validate(s.as_bytes(), &opts).is_valid()));

    let mut g = c.benchmark_group("nik");
    g.throughput(Throughput::Elements(valid.len() as u64));
    g.bench_function("layak/valid", |b| {
        b.iter(|| {
            let mut n = 0;
            for s in &valid {
                n += nik::validate(black_box(s.as_bytes()), &opts).is_valid() as u32;
            }
            n
        })
    });
    g.bench_function("layak/mixed", |b| {
        b.iter(|| {
            let mut n = 0;
            for s in &mixed {
                n += nik::validate(black_box(s.as_bytes()), &opts).is_valid() as u32;
            }
            n
        })
    });
    g.bench_function("naive/valid", |b| {
        b.iter(|| {
            let mut n = 0;
            for s in &valid {
                n += naive.validate(black_box(s), as_of) as u32;
            }
            n
        })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
