//! Synthetic applicants for benchmarks, demos and tests: `layak gen --rows N --seed S`.
//!
//! Every record is invented: names are drawn from common Javanese syllables, numbers are
//! built from the real region table and random dates, so no row describes a real person.
//! Most rows are valid Bojonegoro applicants spread over all 28 kecamatan and their 430
//! desa/kelurahan; faults that real data officers meet are mixed in at the fixed rates of
//! [`RATES`], so a screening run on a generated file has a known expected outcome. The same
//! seed always gives the same file (the generator is SplitMix64, fully specified here, not a
//! library whose stream could change between versions).

use crate::region::{self, RegionCode};
use crate::rules::applicant::{Occupation, Program};
use crate::rules::params::ParamSet;
use chrono::{Datelike, Duration, NaiveDate};
use std::io::{self, Write};

/// The screening layout's columns (docs/INTERFACE.md §6), in the order written.
pub const COLUMNS: [&str; 10] = [
    "nik",
    "no_kk",
    "nama",
    "tanggal_lahir",
    "jenis_kelamin",
    "kode_desa",
    "program",
    "kategori",
    "pekerjaan",
    "terdata_miskin",
];

/// A kind of fault mixed into generated rows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fault {
    /// A NIK that fails its format check (wrong length, letter O for zero, day 99, 0000).
    InvalidNik,
    /// A NIK first registered under a retired Papua code (the holder moved to Bojonegoro).
    RetiredNik,
    /// A NIK as a spreadsheet shows it after taking it for a number (`3.52206E+15`).
    SpreadsheetNik,
    /// Born more than 65 years before the as-of date.
    OverAge,
    /// A civil servant, soldier, police officer, official or wage earner.
    ExcludedOccupation,
    /// Village and KK from another regency.
    OtherRegency,
    /// The NIK of an earlier row again.
    Duplicate,
    /// Empty birth date, village or category.
    MissingField,
}

/// How often each fault occurs, in rows per 10,000. The rest are clean rows.
pub const RATES: [(Fault, u64); 8] = [
    (Fault::InvalidNik, 200),
    (Fault::RetiredNik, 50),
    (Fault::SpreadsheetNik, 50),
    (Fault::OverAge, 400),
    (Fault::ExcludedOccupation, 300),
    (Fault::OtherRegency, 300),
    (Fault::Duplicate, 100),
    (Fault::MissingField, 200),
];

/// SplitMix64 (Steele, Lea, Flood 2014): tiny, fast, and stable forever.
#[derive(Debug, Clone)]
pub struct SplitMix64(u64);

impl SplitMix64 {
    /// A generator from a seed.
    pub fn new(seed: u64) -> Self {
        SplitMix64(seed)
    }
    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    /// A number in `0..n` (`n` > 0).
    pub fn below(&mut self, n: u64) -> u64 {
        ((u128::from(self.next_u64()) * u128::from(n.max(1))) >> 64) as u64
    }
    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len() as u64) as usize]
    }
}

const FIRST: [&str; 24] = [
    "Sri", "Siti", "Tri", "Dwi", "Eko", "Budi", "Agus", "Joko", "Slamet", "Sumi", "Wati", "Yuli",
    "Heri", "Nur", "Rina", "Suparmi", "Sutrisno", "Suyatno", "Wahyu", "Dewi", "Puji", "Bambang",
    "Endang", "Darmi",
];
const LAST: [&str; 20] = [
    "Rahayu",
    "Lestari",
    "Wahyuni",
    "Susanto",
    "Purnomo",
    "Setiawan",
    "Handayani",
    "Suprapto",
    "Mulyono",
    "Astuti",
    "Hidayat",
    "Kusuma",
    "Prasetyo",
    "Utami",
    "Wibowo",
    "Sulastri",
    "Riyanto",
    "Ningsih",
    "Santoso",
    "Hartono",
];
/// Other regencies of Jawa Timur that border Bojonegoro (Tuban, Lamongan, Nganjuk, Madiun,
/// Ngawi): movers' KKs and villages.
const NEIGHBOURS: [u16; 5] = [3523, 3524, 3518, 3519, 3521];

/// Everything the generator needs to know up front.
#[derive(Debug, Clone, Copy)]
pub struct GenOptions {
    /// Rows to write (not counting the header).
    pub rows: u64,
    /// The seed.
    pub seed: u64,
    /// The day ages are reckoned from; over-age rows are over 65 on this day.
    pub as_of: NaiveDate,
}

struct Village {
    code: RegionCode,
}

/// Writes `opts.rows` synthetic applicants as CSV (comma-separated, UTF-8, header first).
pub fn write_csv(out: &mut impl Write, opts: &GenOptions) -> io::Result<()> {
    let villages: Vec<Village> = region::districts_of(region::BOJONEGORO)
        .flat_map(|d| region::villages_of(d.code.value() as u32))
        .map(|v| Village { code: v.code })
        .collect();
    let neighbour_districts: Vec<u32> = NEIGHBOURS
        .iter()
        .flat_map(|r| region::districts_of(*r))
        .map(|d| d.code.value() as u32)
        .collect();
    let retired: Vec<u32> = (9101u32..9200)
        .flat_map(|r| (1..60u32).map(move |k| r * 100 + k))
        .filter(|c| region::district(*c, opts.as_of).is_some_and(|d| d.retired.is_some()))
        .collect();

    // The vocabulary is the parameter set's: the categories of each programme and the
    // excluded statuses in force on the as-of date (before the set starts, its first
    // values), so a generated file follows a change of the lists.
    let set = ParamSet::embedded().map_err(|e| io::Error::other(e.to_string()))?;
    let resolved = set
        .resolve(opts.as_of)
        .or_else(|_| set.resolve(NaiveDate::MAX))
        .map_err(|e| io::Error::other(e.to_string()))?;
    let codes = |p: Program| -> Vec<&str> { resolved.categories(p).iter().map(|c| &**c).collect() };
    let (rentan_codes, insentif_codes) = (codes(Program::Rentan), codes(Program::Insentif));
    let excluded: Vec<&str> = Occupation::ALL
        .into_iter()
        .filter(|o| resolved.excludes(*o))
        .map(Occupation::as_str)
        .collect();

    let mut rng = SplitMix64::new(opts.seed);
    let mut earlier: Vec<String> = Vec::new();
    let mut w = csv::Writer::from_writer(out);
    w.write_record(COLUMNS)?;
    for _ in 0..opts.rows {
        let fault = pick_fault(&mut rng);
        let village = rng.pick(&villages).code;
        let mut district = village.value() / 10_000;
        let mut village_text = village.to_string();
        if fault == Some(Fault::OtherRegency) && !neighbour_districts.is_empty() {
            district = u64::from(*rng.pick(&neighbour_districts));
            village_text = format!(
                "{}.{}",
                RegionCode::district(district as u32),
                2001 + rng.below(20)
            );
        }
        let female = rng.below(2) == 1;
        let age_days = if fault == Some(Fault::OverAge) {
            (66 + rng.below(15)) * 365 + rng.below(365)
        } else {
            (18 + rng.below(47)) * 365 + rng.below(365)
        };
        let birth = opts.as_of - Duration::days(age_days as i64);
        let nik_region = if fault == Some(Fault::RetiredNik) && !retired.is_empty() {
            u64::from(*rng.pick(&retired))
        } else {
            district
        };
        let day = birth.day() + if female { 40 } else { 0 };
        // Serials run to 9999 so that, as in real data, two people rarely share a NIK:
        // duplicates come from the Duplicate fault only.
        let mut nik = format!(
            "{nik_region:06}{day:02}{:02}{:02}{:04}",
            birth.month(),
            birth.year().rem_euclid(100),
            1 + rng.below(9999)
        );
        match fault {
            Some(Fault::InvalidNik) => nik = break_nik(&nik, &mut rng),
            Some(Fault::SpreadsheetNik) => nik = format!("{}.{}E+15", &nik[..1], &nik[1..6]),
            Some(Fault::Duplicate) if !earlier.is_empty() => {
                nik = rng.pick(&earlier).clone();
            }
            _ => {}
        }
        if earlier.len() < 4096 {
            earlier.push(nik.clone());
        } else {
            let i = rng.below(4096) as usize;
            earlier[i] = nik.clone();
        }
        let kk_day = 1 + rng.below(28);
        let kk = format!(
            "{district:06}{kk_day:02}{:02}{:02}{:04}",
            1 + rng.below(12),
            5 + rng.below(20),
            1 + rng.below(3000)
        );
        let name = format!("{} {}", rng.pick(&FIRST), rng.pick(&LAST));
        let mut birth_text = if rng.below(5) == 0 {
            format!("{:02}/{:02}/{}", birth.day(), birth.month(), birth.year())
        } else {
            birth.format("%Y-%m-%d").to_string()
        };
        let sex = if female { "P" } else { "L" };
        let insentif = rng.below(5) == 0;
        let (program, mut category) = if insentif {
            ("insentif", *rng.pick(&insentif_codes))
        } else {
            ("rentan", *rng.pick(&rentan_codes))
        };
        let occupation = if fault == Some(Fault::ExcludedOccupation) {
            *rng.pick(&excluded)
        } else if rng.below(2) == 0 {
            "-"
        } else {
            ""
        };
        let poverty = if insentif {
            ""
        } else if rng.below(20) == 0 {
            "tidak"
        } else {
            *rng.pick(&["ya", "Y", "1"])
        };
        if fault == Some(Fault::MissingField) {
            match rng.below(3) {
                0 => birth_text.clear(),
                1 => village_text.clear(),
                _ => category = "",
            }
        }
        w.write_record([
            nik.as_str(),
            kk.as_str(),
            name.as_str(),
            birth_text.as_str(),
            sex,
            village_text.as_str(),
            program,
            category,
            occupation,
            poverty,
        ])?;
    }
    w.flush()
}

fn pick_fault(rng: &mut SplitMix64) -> Option<Fault> {
    let mut roll = rng.below(10_000);
    for (fault, rate) in RATES {
        if roll < rate {
            return Some(fault);
        }
        roll -= rate;
    }
    None
}

fn break_nik(nik: &str, rng: &mut SplitMix64) -> String {
    match rng.below(4) {
        0 => nik[..15].to_string(),
        1 => format!("{}O{}", &nik[..11], &nik[12..]),
        2 => format!("{}99{}", &nik[..6], &nik[8..]),
        _ => format!("{}0000", &nik[..12]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn generate(rows: u64, seed: u64) -> String {
        let mut out = Vec::new();
        let opts = GenOptions {
            rows,
            seed,
            as_of: NaiveDate::from_ymd_opt(2025, 6, 1).unwrap(),
        };
        write_csv(&mut out, &opts).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn the_same_seed_gives_the_same_file_and_another_seed_does_not() {
        assert_eq!(generate(500, 7), generate(500, 7));
        assert_ne!(generate(500, 7), generate(500, 8));
    }

    #[test]
    fn rows_and_columns() {
        let text = generate(1000, 1);
        let mut lines = text.lines();
        assert_eq!(lines.next().unwrap(), COLUMNS.join(","));
        assert_eq!(lines.count(), 1000);
    }

    #[test]
    fn clean_rows_are_valid_bojonegoro_niks() {
        let as_of = NaiveDate::from_ymd_opt(2025, 6, 1).unwrap();
        let text = generate(2000, 3);
        let mut valid = 0;
        let mut bojonegoro = 0;
        for line in text.lines().skip(1) {
            let nik = line.split(',').next().unwrap();
            let r = crate::nik::validate(nik.as_bytes(), &crate::nik::NikOptions::new(as_of));
            valid += r.is_valid() as u32;
            bojonegoro += nik.starts_with("3522") as u32;
        }
        // 2 % invalid and 0.5 % spreadsheet NIKs by design; the rest are valid.
        assert!(valid > 1900 && valid < 1980, "{valid}");
        assert!(bojonegoro > 1850, "{bojonegoro}");
    }

    #[test]
    fn splitmix_is_the_published_sequence() {
        // First outputs for seed 0, from the reference implementation.
        let mut r = SplitMix64::new(0);
        assert_eq!(r.next_u64(), 0xE220_A839_7B1D_CDAF);
        assert_eq!(r.next_u64(), 0x6E78_9E6A_A1B9_65F4);
    }
}
