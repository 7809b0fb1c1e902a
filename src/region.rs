//! Kemendagri region codes: the first six digits of every NIK and KK number.
//!
//! The Ministry of Home Affairs (Kemendagri) numbers every province (2 digits), regency or
//! city (2 more) and kecamatan (2 more), written with dots: `35` Jawa Timur, `35.22`
//! Kabupaten Bojonegoro, `35.22.06` Dander. Villages add four digits: `35.22.06.2001`.
//! Within a province, regency numbers 01–69 are kabupaten and 71–99 are kota.
//!
//! These are **not** the BPS statistical codes, which number kecamatan differently.
//!
//! The current list is Kepmendagri 300.2.2-2138/2025 (38 provinces, 514 regencies, 7,285
//! kecamatan). A NIK keeps for life the kecamatan code it was first registered under (PP
//! 40/2019 Pasal 30(2)), so codes that have since left the list still appear on real KTPs.
//! The 2022 Papua splits retired 26 regency and 594 kecamatan codes; they stay valid here,
//! flagged as retired, with the successor that took over their area. "Time-aware" means the
//! flag depends on the as-of date: before the law that formed the successor province, the
//! old code was simply current.
//!
//! The tables are compiled in from `data/regions/` by `build.rs`; see [`source`] for the
//! decree and extraction date.

use crate::confidence::Confidence;
use chrono::NaiveDate;
use std::fmt;

include!(concat!(env!("OUT_DIR"), "/regions_data.rs"));

/// Where the compiled-in region tables come from.
#[derive(Debug, Clone, Copy)]
pub struct DataSource {
    /// The decree whose list is the current one.
    pub decree: &'static str,
    /// The day the decree was adopted.
    pub decree_adopted: &'static str,
    /// Later amendments and what they changed.
    pub amended_by: &'static str,
    /// The day the data was extracted from its source.
    pub extracted: &'static str,
    /// The repository and commit the data was extracted from.
    pub source: &'static str,
    /// The older lists compared to find retired codes.
    pub retired_from: &'static str,
}

/// Why a group of codes was retired: the law that moved their area to a new province.
#[derive(Debug, Clone, Copy)]
pub struct Retirement {
    /// The law, e.g. `UU 14/2022`.
    pub law: &'static str,
    /// The province it formed.
    pub province: &'static str,
    /// Year, month, day from which the area belongs to the successor.
    since: (i32, u32, u32),
    /// The first Kemendagri list without the old codes.
    pub absent_from: &'static str,
    /// The last Kemendagri list that still had them.
    pub last_listed_in: &'static str,
    /// Where the date comes from.
    pub source: &'static str,
    /// How sure the date is.
    pub confidence: Confidence,
}

impl Retirement {
    /// The date from which the old code counts as retired.
    pub fn since(&self) -> NaiveDate {
        NaiveDate::from_ymd_opt(self.since.0, self.since.1, self.since.2).unwrap_or(NaiveDate::MIN)
    }
}

/// A retired code and the current code that took over its area.
#[derive(Debug, Clone, Copy)]
struct RetiredRow {
    code: u32,
    successor: u32,
    cause: usize,
}

/// A regency row. `districts` is its run of kecamatan rows; `slots` its part of
/// `DISTRICT_SLOT`, indexed by the two kecamatan digits; `names` its part of
/// `DISTRICT_NAMES`, cut by the offsets in `DISTRICT_NAME_AT` (natively) or by the
/// `DISTRICT_NAME_END` byte after each name (WebAssembly).
#[derive(Debug, Clone, Copy)]
///
/// A row keeps only where each of its runs ends (its name in `REGENCY_NAMES` too); each
/// run starts where the previous row's ends. The table is part of the WebAssembly download,
/// and gzip codes these small ends in about half the bytes that pointers and start/end
/// pairs took.
struct RegencyRow {
    code: u32,
    retired: bool,
    name_end: u16,
    districts_end: u16,
    slots_end: u16,
    names_end: u32,
}

/// A row of `REGENCIES` with the row before it, which gives where its runs start.
#[derive(Clone, Copy)]
struct RegencyAt {
    row: &'static RegencyRow,
    prev: Option<&'static RegencyRow>,
}

impl RegencyAt {
    fn at(i: usize) -> Option<RegencyAt> {
        Some(RegencyAt {
            row: REGENCIES.get(i)?,
            prev: i.checked_sub(1).and_then(|p| REGENCIES.get(p)),
        })
    }
    fn code(&self) -> u32 {
        self.row.code
    }
    fn retired(&self) -> bool {
        self.row.retired
    }
    fn name(&self) -> &'static str {
        let start = self.prev.map_or(0, |p| usize::from(p.name_end));
        regency_names()
            .get(start..usize::from(self.row.name_end))
            .unwrap_or("")
    }
    // These give the runs back as indexes: start (the previous row's end) and end.
    fn districts(&self) -> (usize, usize) {
        let start = self.prev.map_or(0, |p| usize::from(p.districts_end));
        (start, usize::from(self.row.districts_end))
    }
    /// The start of the regency's part of `DISTRICT_SLOT` and its length.
    fn slots(&self) -> (usize, usize) {
        let start = self.prev.map_or(0, |p| usize::from(p.slots_end));
        (start, usize::from(self.row.slots_end).saturating_sub(start))
    }
    fn names(&self) -> (usize, usize) {
        let start = self.prev.map_or(0, |p| p.names_end as usize);
        (start, self.row.names_end as usize)
    }
}

/// The regency names, end to end (`RegencyRow::name_end` cuts them).
#[cfg(not(all(target_arch = "wasm32", feature = "page-names")))]
fn regency_names() -> &'static str {
    REGENCY_NAMES
}

/// The kecamatan names, end to end, by regency (`RegencyRow::names_end` cuts them).
#[cfg(not(all(target_arch = "wasm32", feature = "page-names")))]
fn district_names() -> &'static str {
    DISTRICT_NAMES
}

#[cfg(all(target_arch = "wasm32", feature = "page-names"))]
use page_names::{district_names, regency_names};

/// The web app's build (feature `page-names`): the regency and kecamatan names are not in the
/// module but in the page, which hands them over once at start (`setRegionNames`). They must
/// be, byte for byte, the names this module was built with: their length and FNV-1a hash are
/// compiled in (build.rs), and anything else is refused, so the page answers exactly as the
/// npm package and the CLI do. Before they are given, every name reads as empty.
#[cfg(all(target_arch = "wasm32", feature = "page-names"))]
pub mod page_names {
    use super::{PAGE_NAMES_HASH, PAGE_NAMES_SPLIT};
    use std::sync::OnceLock;

    static NAMES: OnceLock<(&'static str, &'static str)> = OnceLock::new();

    /// Why the names given were refused.
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub enum Refused {
        /// Not the names this module was built with (another build's page, or damaged).
        OtherBuild,
    }

    fn fnv1a(bytes: &[u8]) -> u64 {
        bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, &b| {
            (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
        })
    }

    /// Takes the names (regency names then kecamatan names, as build.rs wrote them). Giving
    /// them again is harmless.
    pub fn set(blob: String) -> Result<(), Refused> {
        if NAMES.get().is_some() {
            return Ok(());
        }
        let (split, len) = PAGE_NAMES_SPLIT;
        if blob.len() != len
            || !blob.is_char_boundary(split)
            || fnv1a(blob.as_bytes()) != PAGE_NAMES_HASH
        {
            return Err(Refused::OtherBuild);
        }
        // Kept for the life of the page, as the compiled-in strings would be.
        let blob: &'static str = Box::leak(blob.into_boxed_str());
        let _ = NAMES.set(blob.split_at(split));
        Ok(())
    }

    pub(super) fn regency_names() -> &'static str {
        NAMES.get().map_or("", |n| n.0)
    }

    pub(super) fn district_names() -> &'static str {
        NAMES.get().map_or("", |n| n.1)
    }
}

/// The high bit of a `DISTRICT_SLOT` entry marks a retired code.
const RETIRED_BIT: u8 = 0x80;

/// Whether a Bojonegoro village is a rural desa or an urban kelurahan (code 2xxx or 1xxx).
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum VillageKind {
    /// Desa: a village with its own elected head (code 2xxx).
    Desa,
    /// Kelurahan: an urban ward run by the regency (code 1xxx).
    Kelurahan,
}

#[derive(Debug, Clone, Copy)]
struct VillageRow {
    code: u64,
    name_end: u16,
    kind: VillageKind,
}

/// The level of a region code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Level {
    /// Provinsi: 2 digits.
    Province,
    /// Kabupaten or kota: 4 digits.
    Regency,
    /// Kecamatan: 6 digits.
    District,
    /// Desa or kelurahan: 10 digits.
    Village,
}

impl Level {
    fn digits(self) -> u32 {
        match self {
            Level::Province => 2,
            Level::Regency => 4,
            Level::District => 6,
            Level::Village => 10,
        }
    }
}

/// A region code at a known level, e.g. `35.22.06`. It is `Copy` and small, so reports can
/// carry it without allocating; `Display` writes the dotted form.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct RegionCode {
    level: Level,
    value: u64,
}

impl RegionCode {
    /// A province code, 11–96.
    pub fn province(code: u8) -> RegionCode {
        RegionCode {
            level: Level::Province,
            value: u64::from(code),
        }
    }
    /// A regency code, e.g. 3522.
    pub fn regency(code: u16) -> RegionCode {
        RegionCode {
            level: Level::Regency,
            value: u64::from(code),
        }
    }
    /// A kecamatan code, e.g. 352206.
    pub fn district(code: u32) -> RegionCode {
        RegionCode {
            level: Level::District,
            value: u64::from(code),
        }
    }
    /// A village code, e.g. 3522062001.
    pub fn village(code: u64) -> RegionCode {
        RegionCode {
            level: Level::Village,
            value: code,
        }
    }

    /// Reads `35.22.06`, `352206`, `35.22.06.2001` or `3522062001`; the level follows from the
    /// number of digits (2, 4, 6 or 10). Dots, if any, must sit where Kemendagri puts them.
    pub fn parse(s: &str) -> Option<RegionCode> {
        let t = s.trim_ascii().as_bytes();
        // One pass: digits accumulate; a dot may stand only after digit 2, 4 or 6 (at byte
        // 2, 5 or 8), and either every such place has its dot or none does.
        let mut value = 0u64;
        let mut digits = 0u32;
        let mut dots = 0u32;
        for (i, &b) in t.iter().enumerate() {
            match b {
                b'0'..=b'9' => {
                    value = value * 10 + u64::from(b - b'0');
                    digits += 1;
                    if digits > 10 {
                        return None;
                    }
                }
                b'.' if matches!(i, 2 | 5 | 8) => dots += 1,
                _ => return None,
            }
        }
        let level = match digits {
            2 => Level::Province,
            4 => Level::Regency,
            6 => Level::District,
            10 => Level::Village,
            _ => return None,
        };
        // "35.22.06" has its dots after digits 2, 4 and 6 only.
        let expected_dots = match level {
            Level::Province => 0,
            Level::Regency => 1,
            Level::District => 2,
            Level::Village => 3,
        };
        if dots != 0 && dots != expected_dots {
            return None;
        }
        Some(RegionCode { level, value })
    }

    /// The level of this code.
    pub fn level(self) -> Level {
        self.level
    }

    /// The code as a number without dots: 352206 for `35.22.06`.
    pub fn value(self) -> u64 {
        self.value
    }

    /// The code of the enclosing region one or more levels up, or `None` above a province.
    pub fn parent(self, level: Level) -> Option<RegionCode> {
        if level >= self.level {
            return None;
        }
        let drop = self.level.digits() - level.digits();
        Some(RegionCode {
            level,
            value: self.value / 10u64.pow(drop),
        })
    }

    /// The digits of the code, zero-padded, without dots.
    pub fn digits(self) -> String {
        format!(
            "{:0width$}",
            self.value,
            width = self.level.digits() as usize
        )
    }
}

/// JSON writes a code in its dotted form, `"35.22.06"`, like the contract's region objects.
impl serde::Serialize for RegionCode {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl fmt::Display for RegionCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Written from a stack buffer: results print several codes per applicant.
        let n = self.level.digits() as usize;
        let mut digits = [b'0'; 10];
        let mut v = self.value;
        for slot in digits[..n].iter_mut().rev() {
            *slot = b'0' + (v % 10) as u8;
            v /= 10;
        }
        let mut out = [0u8; 13];
        let mut len = 0;
        for (i, d) in digits[..n].iter().enumerate() {
            if i > 0 && i % 2 == 0 && i <= 6 {
                out[len] = b'.';
                len += 1;
            }
            out[len] = *d;
            len += 1;
        }
        f.write_str(std::str::from_utf8(&out[..len]).unwrap_or(""))
    }
}

/// A region found in the tables, as it stood on the as-of date of the look-up.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Region {
    /// Its code.
    pub code: RegionCode,
    /// Its name as the decree writes it (for a retired code, as the last list wrote it).
    pub name: &'static str,
    /// Set when the code had been retired by the as-of date.
    pub retired: Option<Retired>,
}

/// What replaced a retired code.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Retired {
    /// The current code that took over the area.
    pub successor: RegionCode,
    /// The law that moved the area, with its date and the lists concerned.
    pub cause: &'static Retirement,
}

impl PartialEq for Retirement {
    fn eq(&self, other: &Self) -> bool {
        self.law == other.law
    }
}

impl Retired {
    /// The successor as a current region.
    pub fn successor_region(&self) -> Option<Region> {
        lookup(self.successor, NaiveDate::MAX)
    }
}

/// The retirement of `code` in force on `as_of`, from a table sorted by code.
fn retirement(
    table: &'static [RetiredRow],
    code: u32,
    level: Level,
    as_of: NaiveDate,
) -> Option<Retired> {
    let i = table.binary_search_by_key(&code, |r| r.code).ok()?;
    let row = table.get(i)?;
    let cause = RETIREMENTS.get(row.cause)?;
    if as_of < cause.since() {
        return None;
    }
    Some(Retired {
        successor: RegionCode {
            level,
            value: u64::from(row.successor),
        },
        cause,
    })
}

/// Looks up a province by its two-digit code. No province code has been retired.
pub fn province(code: u8) -> Option<Region> {
    let name = (*PROVINCES.get(usize::from(code))?)?;
    Some(Region {
        code: RegionCode::province(code),
        name,
        retired: None,
    })
}

fn regency_row(code: u16) -> Option<RegencyAt> {
    let slot = *REGENCY_SLOT.get(usize::from(code))?;
    RegencyAt::at(usize::from(slot).checked_sub(1)?)
}

/// Looks up a regency (kabupaten/kota) by its four-digit code, current or retired.
pub fn regency(code: u16, as_of: NaiveDate) -> Option<Region> {
    let row = regency_row(code)?;
    let retired = if row.retired() {
        retirement(&RETIRED_REGENCIES, u32::from(code), Level::Regency, as_of)
    } else {
        None
    };
    Some(Region {
        code: RegionCode::regency(code),
        name: row.name(),
        retired,
    })
}

/// The name of the kecamatan in row `idx` of a regency's run: in the WebAssembly build
/// each name in `DISTRICT_NAMES` ends with `DISTRICT_NAME_END` (build.rs), which costs the
/// download less than a table of lengths.
#[cfg(target_arch = "wasm32")]
fn district_name(regency: &RegencyAt, idx: usize) -> &'static str {
    let local = idx.saturating_sub(regency.districts().0);
    district_names()
        .get(regency.names().0..regency.names().1)
        .unwrap_or("")
        .split(DISTRICT_NAME_END)
        .nth(local)
        .unwrap_or("")
}

/// The byte that ends each kecamatan name in the WebAssembly build's `DISTRICT_NAMES`
/// (build.rs holds the same value and checks that no name contains it).
#[cfg(target_arch = "wasm32")]
const DISTRICT_NAME_END: char = '|';

/// The name of the kecamatan in row `idx` of a regency's run.
#[cfg(not(target_arch = "wasm32"))]
fn district_name(regency: &RegencyAt, idx: usize) -> &'static str {
    let at = |i: usize| {
        DISTRICT_NAME_AT
            .get(i)
            .map(|o| regency.names().0 + usize::from(*o))
    };
    let start = at(idx).unwrap_or(regency.names().1);
    let end = if idx + 1 < regency.districts().1 {
        at(idx + 1).unwrap_or(regency.names().1)
    } else {
        regency.names().1
    };
    district_names().get(start..end).unwrap_or("")
}

/// The slot of kecamatan digits `kk` in a regency: its row index and whether it is retired.
fn district_slot(regency: &RegencyAt, kk: usize) -> Option<(usize, bool)> {
    if kk >= regency.slots().1 {
        return None;
    }
    let slot = *DISTRICT_SLOT.get(regency.slots().0 + kk)?;
    let local = usize::from(slot & !RETIRED_BIT).checked_sub(1)?;
    Some((regency.districts().0 + local, slot & RETIRED_BIT != 0))
}

/// Looks up a kecamatan by its six-digit code, current or retired.
pub fn district(code: u32, as_of: NaiveDate) -> Option<Region> {
    let regency = regency_row(u16::try_from(code / 100).ok()?)?;
    let (idx, retired) = district_slot(&regency, (code % 100) as usize)?;
    let retired = if retired {
        retirement(&RETIRED_DISTRICTS, code, Level::District, as_of)
    } else {
        None
    };
    Some(Region {
        code: RegionCode::district(code),
        name: district_name(&regency, idx),
        retired,
    })
}

/// Looks up any code at its level. Villages are known for Bojonegoro only.
pub fn lookup(code: RegionCode, as_of: NaiveDate) -> Option<Region> {
    match code.level {
        Level::Province => province(u8::try_from(code.value).ok()?),
        Level::Regency => regency(u16::try_from(code.value).ok()?, as_of),
        Level::District => district(u32::try_from(code.value).ok()?, as_of),
        Level::Village => village(code.value).map(|v| Region {
            code,
            name: v.name,
            retired: None,
        }),
    }
}

/// The current kecamatan of a regency, in code order.
pub fn districts_of(regency_code: u16) -> impl Iterator<Item = Region> {
    let row = regency_row(regency_code);
    let len = row.map(|r| r.slots().1).unwrap_or(0);
    (0..len).filter_map(move |kk| {
        let r = row?;
        let (idx, retired) = district_slot(&r, kk)?;
        if retired {
            return None;
        }
        Some(Region {
            code: RegionCode::district(r.code() * 100 + kk as u32),
            name: district_name(&r, idx),
            retired: None,
        })
    })
}

/// The current regencies of a province, in code order.
pub fn regencies_of(province_code: u8) -> impl Iterator<Item = Region> {
    (0..REGENCIES.len())
        .filter_map(RegencyAt::at)
        .filter(move |r| r.code() / 100 == u32::from(province_code) && !r.retired())
        .map(|r| Region {
            code: RegionCode::regency(r.code() as u16),
            name: r.name(),
            retired: None,
        })
}

/// All current provinces, in code order.
pub fn provinces() -> impl Iterator<Item = Region> {
    (0u8..100).filter_map(province)
}

/// A desa or kelurahan of Kabupaten Bojonegoro.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Village {
    /// Its code, e.g. `35.22.06.2001`.
    pub code: RegionCode,
    /// Its name.
    pub name: &'static str,
    /// Desa or kelurahan.
    pub kind: VillageKind,
}

/// The village in row `i` of `VILLAGES`; its name runs in `VILLAGE_NAMES` from the previous
/// row's `name_end` to its own (smaller in the WebAssembly download than a pointer each).
fn to_village(i: usize) -> Option<Village> {
    let r = VILLAGES.get(i)?;
    let start = i
        .checked_sub(1)
        .and_then(|p| VILLAGES.get(p))
        .map_or(0, |p| usize::from(p.name_end));
    Some(Village {
        code: RegionCode::village(r.code),
        name: VILLAGE_NAMES
            .get(start..usize::from(r.name_end))
            .unwrap_or(""),
        kind: r.kind,
    })
}

/// Looks up a village by its ten-digit code. Only Bojonegoro's 430 villages are in the data,
/// because villages are not part of a NIK and only this regency's addresses are checked.
pub fn village(code: u64) -> Option<Village> {
    let i = VILLAGES.binary_search_by_key(&code, |v| v.code).ok()?;
    to_village(i)
}

/// The villages of one kecamatan, in code order (empty outside Bojonegoro).
pub fn villages_of(district_code: u32) -> impl Iterator<Item = Village> {
    let lo = u64::from(district_code) * 10_000;
    let start = VILLAGES.partition_point(|v| v.code < lo);
    let end = VILLAGES.partition_point(|v| v.code < lo + 10_000);
    (start..end).filter_map(to_village)
}

/// The regency this programme serves: Kabupaten Bojonegoro, `35.22`.
pub const BOJONEGORO: u16 = 3522;

/// The provenance of the compiled-in tables.
pub fn source() -> &'static DataSource {
    &SOURCE
}

/// The laws that retired codes, with their dates.
pub fn retirements() -> &'static [Retirement] {
    &RETIREMENTS
}

/// How many codes of each kind the tables hold.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub struct Counts {
    /// Current provinces.
    pub provinces: usize,
    /// Current regencies.
    pub regencies: usize,
    /// Current kecamatan.
    pub districts: usize,
    /// Retired regency codes.
    pub retired_regencies: usize,
    /// Retired kecamatan codes.
    pub retired_districts: usize,
    /// Bojonegoro villages.
    pub bojonegoro_villages: usize,
}

/// Counts the tables, for `layak regions --info` and the tests that pin the decree's totals.
pub fn counts() -> Counts {
    Counts {
        provinces: PROVINCES.iter().filter(|p| p.is_some()).count(),
        regencies: REGENCIES.iter().filter(|r| !r.retired).count(),
        districts: DISTRICT_SLOT
            .iter()
            .filter(|s| **s != 0 && **s & RETIRED_BIT == 0)
            .count(),
        retired_regencies: RETIRED_REGENCIES.len(),
        retired_districts: RETIRED_DISTRICTS.len(),
        bojonegoro_villages: VILLAGES.len(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2025, 6, 1).unwrap()
    }

    #[test]
    fn the_decree_totals_are_all_there() {
        let c = counts();
        assert_eq!(c.provinces, 38);
        assert_eq!(c.regencies, 514);
        assert_eq!(c.districts, 7285);
        assert_eq!(c.retired_regencies + c.retired_districts, 620);
        assert_eq!(c.retired_regencies, 26);
        assert_eq!(c.bojonegoro_villages, 430);
    }

    #[test]
    fn bojonegoro_and_dander() {
        assert_eq!(province(35).unwrap().name, "Jawa Timur");
        assert_eq!(regency(3522, today()).unwrap().name, "Kabupaten Bojonegoro");
        assert_eq!(district(352206, today()).unwrap().name, "Dander");
        assert_eq!(districts_of(BOJONEGORO).count(), 28);
        // Kelurahan are only in Kecamatan Bojonegoro (35.22.15), 11 of them.
        let kel: Vec<_> = (1..=28)
            .flat_map(|k| villages_of(352200 + k))
            .filter(|v| v.kind == VillageKind::Kelurahan)
            .collect();
        assert_eq!(kel.len(), 11);
        assert!(kel.iter().all(|v| v.code.value() / 10_000 == 352215));
    }

    #[test]
    fn retired_codes_name_their_successor_only_after_the_split() {
        // 91.02.03 Kurulu moved to Papua Pegunungan as 95.01.02 (data README).
        let kurulu = district(910203, today()).unwrap();
        assert_eq!(kurulu.name, "Kurulu");
        let r = kurulu.retired.unwrap();
        assert_eq!(r.successor.to_string(), "95.01.02");
        assert_eq!(r.cause.law, "UU 16/2022");
        let before = NaiveDate::from_ymd_opt(2022, 7, 24).unwrap();
        assert!(district(910203, before).unwrap().retired.is_none());
        let on = NaiveDate::from_ymd_opt(2022, 7, 25).unwrap();
        assert!(district(910203, on).unwrap().retired.is_some());
    }

    #[test]
    fn codes_parse_and_print_with_dots() {
        let c = RegionCode::parse("35.22.06.2001").unwrap();
        assert_eq!(c.level(), Level::Village);
        assert_eq!(c.to_string(), "35.22.06.2001");
        assert_eq!(c.parent(Level::District).unwrap().to_string(), "35.22.06");
        assert_eq!(RegionCode::parse("352206"), RegionCode::parse("35.22.06"));
        assert_eq!(RegionCode::parse("3522.06"), None);
        assert_eq!(RegionCode::parse("35.2206"), None);
        assert_eq!(RegionCode::parse("35220"), None);
        assert_eq!(RegionCode::province(11).to_string(), "11");
        assert_eq!(
            village(3522062001).unwrap().code.to_string(),
            "35.22.06.2001"
        );
    }

    /// The compiled tables against the CSV files they come from: every code is found with
    /// its name, current or retired, and every other code of a known regency is not.
    #[test]
    fn the_compiled_tables_agree_with_the_csv_files() {
        let mut expected: std::collections::BTreeMap<u32, (String, bool)> = Default::default();
        let rows = include_str!("../data/regions/regions.csv")
            .lines()
            .skip(1)
            .map(|l| (l, false))
            .chain(
                include_str!("../data/regions/regions_retired.csv")
                    .lines()
                    .skip(1)
                    .map(|l| (l, true)),
            );
        for (line, retired) in rows {
            let f: Vec<&str> = line.split(',').collect();
            if f[1] == "district" {
                let code: u32 = f[0].replace('.', "").parse().unwrap();
                expected.insert(code, (f[2].to_string(), retired));
            }
        }
        let mut found = 0;
        for r in REGENCIES.iter() {
            for kk in 0..100u32 {
                let code = r.code * 100 + kk;
                let got =
                    district(code, today()).map(|g| (g.name.to_string(), g.retired.is_some()));
                assert_eq!(got.as_ref(), expected.get(&code), "{code}");
                found += got.is_some() as usize;
            }
        }
        assert_eq!(found, expected.len());
        assert_eq!(found, 7285 + 594);
    }

    #[test]
    fn unknown_codes_are_none_not_panics() {
        assert!(province(0).is_none());
        assert!(province(97).is_none());
        assert!(province(255).is_none());
        assert!(regency(9999, today()).is_none());
        assert!(district(999999, today()).is_none());
        assert!(district(u32::MAX, today()).is_none());
        assert!(village(u64::MAX).is_none());
    }
}
