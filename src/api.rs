//! The entry points the faces call: options as received in, the contract's JSON shapes out.
//!
//! The CLI, the WebAssembly package and the golden tests all go through these functions, so
//! the translation from "what a face receives" to "what the core checks" happens once. A face
//! only supplies `today` (the library never reads the clock) and converts the result.

use crate::claims::{self, ClaimJson, ClaimOptionError, RawClaimOptions};
use crate::kk::{self, KkJson};
use crate::nik::{self, NikJson};
use crate::options::{OptionError, RawOptions};
use chrono::NaiveDate;

/// Checks one NIK given as bytes (any bytes: the input is echoed as lossy UTF-8).
pub fn nik(input: &[u8], options: &RawOptions, today: NaiveDate) -> Result<NikJson, OptionError> {
    let o = options.resolve(today)?;
    let report = nik::validate(input, &o.nik());
    Ok(report.to_json(&String::from_utf8_lossy(input), o.lang))
}

/// Checks one KK number given as bytes.
pub fn kk(input: &[u8], options: &RawOptions, today: NaiveDate) -> Result<KkJson, OptionError> {
    let o = options.resolve(today)?;
    let report = kk::validate(input, &o.kk());
    Ok(report.to_json(&String::from_utf8_lossy(input), o.lang))
}

/// A region and the regions directly inside it, as `layak regions CODE` and the web app's
/// address fields show them.
#[derive(Debug, Clone, serde::Serialize)]
pub struct RegionListing {
    /// The region itself (absent for the list of provinces).
    #[serde(flatten)]
    pub region: Option<crate::nik::RegionJson>,
    /// The regions inside it: regencies of a province, kecamatan of a regency, desa and
    /// kelurahan of a Bojonegoro kecamatan. Empty for a retired code or a village.
    pub children: Vec<RegionChild>,
}

/// One region inside another.
#[derive(Debug, Clone, serde::Serialize)]
pub struct RegionChild {
    /// Dotted code.
    pub code: String,
    /// Name.
    pub name: &'static str,
    /// For a village: desa or kelurahan.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kind: Option<crate::region::VillageKind>,
}

/// Lists a region's children; `None` lists the provinces.
pub fn region_listing(parent: Option<crate::region::Region>) -> RegionListing {
    use crate::region::{self, Level, Region};
    let plain = |r: Region| RegionChild {
        code: r.code.to_string(),
        name: r.name,
        kind: None,
    };
    let children = match parent {
        None => region::provinces().map(plain).collect(),
        Some(p) if p.retired.is_some() => Vec::new(),
        Some(p) => match p.code.level() {
            Level::Province => region::regencies_of(p.code.value() as u8)
                .map(plain)
                .collect(),
            Level::Regency => region::districts_of(p.code.value() as u16)
                .map(plain)
                .collect(),
            Level::District => region::villages_of(p.code.value() as u32)
                .map(|v| RegionChild {
                    code: v.code.to_string(),
                    name: v.name,
                    kind: Some(v.kind),
                })
                .collect(),
            Level::Village => Vec::new(),
        },
    };
    RegionListing {
        region: parent.map(crate::nik::RegionJson::from),
        children,
    }
}

/// Why a group of codes was retired, for the data's provenance.
#[derive(Debug, Clone, serde::Serialize)]
pub struct RetirementJson {
    /// The law that formed the successor province.
    pub law: &'static str,
    /// The province it formed.
    pub province: &'static str,
    /// From when the old codes count as retired.
    pub since: NaiveDate,
    /// The first Kemendagri list without the old codes.
    pub absent_from: &'static str,
    /// The last list with them.
    pub last_listed_in: &'static str,
    /// Where the date comes from.
    pub source: &'static str,
    /// How sure the date is.
    pub confidence: crate::Confidence,
}

/// Where the region tables come from, and what they hold.
#[derive(Debug, Clone, serde::Serialize)]
pub struct RegionInfo {
    /// The decree of the current list.
    pub decree: &'static str,
    /// Its adoption date.
    pub decree_adopted: &'static str,
    /// Later amendments.
    pub amended_by: &'static str,
    /// When the data was extracted.
    pub extracted: &'static str,
    /// From which repository and commit.
    pub source: &'static str,
    /// The older lists compared to find retired codes.
    pub retired_from: &'static str,
    /// How many codes of each kind.
    pub counts: crate::region::Counts,
    /// The laws behind the retired codes.
    pub retirements: Vec<RetirementJson>,
}

/// The provenance of the compiled-in region tables.
pub fn region_info() -> RegionInfo {
    use crate::region;
    let s = region::source();
    RegionInfo {
        decree: s.decree,
        decree_adopted: s.decree_adopted,
        amended_by: s.amended_by,
        extracted: s.extracted,
        source: s.source,
        retired_from: s.retired_from,
        counts: region::counts(),
        retirements: region::retirements()
            .iter()
            .map(|r| RetirementJson {
                law: r.law,
                province: r.province,
                since: r.since(),
                absent_from: r.absent_from,
                last_listed_in: r.last_listed_in,
                source: r.source,
                confidence: r.confidence,
            })
            .collect(),
    }
}

/// One issue code as the catalogue lists it.
#[derive(Debug, Clone, serde::Serialize)]
pub struct CodeInfo {
    /// The stable code.
    pub code: &'static str,
    /// Its fixed severity.
    pub severity: crate::Severity,
    /// The form field it concerns.
    pub field: &'static str,
    /// What it checks and why (English, from the code's documentation).
    pub about: String,
}

/// Every issue code with its severity, field and meaning: the catalogue a form or a
/// developer can consult (`layak codes`, `catalogue()` in JavaScript).
pub fn codes() -> Vec<CodeInfo> {
    crate::Code::ALL
        .iter()
        .map(|c| CodeInfo {
            code: c.as_str(),
            severity: c.severity(),
            field: c.field(),
            about: c.about().split_whitespace().collect::<Vec<_>>().join(" "),
        })
        .collect()
}

/// The catalogue of one language: issue codes and the labels of the web app.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Catalogue {
    /// The language.
    pub lang: crate::Lang,
    /// Every issue code.
    pub codes: Vec<CodeInfo>,
    /// Every label of the web app, by key.
    pub labels: std::collections::BTreeMap<&'static str, &'static str>,
    /// Claim document codes and their names, for checklists built by a form.
    pub documents: std::collections::BTreeMap<&'static str, &'static str>,
    /// Heir relation codes and their words.
    pub relations: std::collections::BTreeMap<&'static str, &'static str>,
}

/// The catalogue in `lang`.
pub fn catalogue(lang: crate::Lang) -> Catalogue {
    Catalogue {
        lang,
        codes: codes(),
        labels: crate::messages::ui_labels(lang).collect(),
        documents: crate::claims::documents::Document::ALL
            .iter()
            .map(|d| (d.code(), crate::messages::claims::document_label(*d, lang)))
            .collect(),
        relations: crate::claims::heirs::Relation::ALL
            .iter()
            .map(|r| (r.code(), crate::messages::claims::relation_word(*r, lang)))
            .collect(),
    }
}

/// Checks one claim (contract section 5): the claim as JSON in, the checklist, heirs,
/// deadlines and benefit out. Only an option that cannot be used is an error; anything in
/// the claim itself is reported as issues.
pub fn claim(
    input: &claims::Json,
    options: &RawClaimOptions,
    today: NaiveDate,
) -> Result<ClaimJson, ClaimOptionError> {
    let o = options.resolve(today)?;
    Ok(claims::check(input, &o))
}
