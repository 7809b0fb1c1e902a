//! The entry points the faces call: options as received in, the contract's JSON shapes out.
//!
//! The CLI, the WebAssembly package and the golden tests all go through these functions, so
//! the translation from "what a face receives" to "what the core checks" happens once. A face
//! only supplies `today` (the library never reads the clock) and converts the result.

use crate::claims::{self, ClaimJson, ClaimOptionError, RawClaimOptions};
use crate::kk::{self, KkJson};
use crate::lang::Lang;
use crate::messages;
use crate::messages::eligibility::CheckJson;
use crate::nik::{self, NikJson};
use crate::options::{OptionError, Options, RawOptions};
use crate::rules::applicant::{Applicant, RawApplicant};
use crate::rules::evaluate::{evaluate, Evaluation};
use crate::rules::params::{ParamFile, ParamSet, ParamsError, Resolved};
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

/// The catalogue of one language: issue codes, the names of claim documents and heir
/// relations, and (natively) the labels of the web app.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Catalogue {
    /// The language.
    pub lang: crate::Lang,
    /// Every issue code.
    pub codes: Vec<CodeInfo>,
    /// Every label of the web app, by key (not in the WebAssembly package; see
    /// [`crate::messages::ui_labels`]).
    #[cfg(not(target_arch = "wasm32"))]
    pub labels: Pairs,
    /// Claim document codes and their names, for checklists built by a form.
    pub documents: Pairs,
    /// Heir relation codes and their words.
    pub relations: Pairs,
}

/// Keys and texts, written as one JSON object in the order given (a plain list keeps the
/// map code of `BTreeMap` out of the WebAssembly package).
#[derive(Debug, Clone)]
pub struct Pairs(pub Vec<(&'static str, &'static str)>);

impl serde::Serialize for Pairs {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut m = s.serialize_map(Some(self.0.len()))?;
        for (k, v) in &self.0 {
            m.serialize_entry(k, v)?;
        }
        m.end()
    }
}

/// The catalogue in `lang`.
pub fn catalogue(lang: crate::Lang) -> Catalogue {
    Catalogue {
        lang,
        codes: codes(),
        #[cfg(not(target_arch = "wasm32"))]
        labels: Pairs(crate::messages::ui_labels(lang).collect()),
        documents: Pairs(
            crate::claims::documents::Document::ALL
                .iter()
                .map(|d| (d.code(), crate::messages::claims::document_label(*d, lang)))
                .collect(),
        ),
        relations: Pairs(
            crate::claims::heirs::Relation::ALL
                .iter()
                .map(|r| (r.code(), crate::messages::claims::relation_word(*r, lang)))
                .collect(),
        ),
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
    let mut o = options.resolve(today)?;
    if let Some(v) = options.params.as_ref().filter(|v| !is_empty_override(v)) {
        // The same override object as an eligibility check takes: any parameter of any set;
        // a claim uses the claims set.
        let over = ParamFile::from_json_value(v).map_err(ClaimOptionError::Params)?;
        let base = ParamSet::embedded().map_err(ClaimOptionError::Params)?;
        o.params = base.with(over).claims().clone();
    }
    Ok(check_claim(input, &o))
}

/// Checks one claim with options already resolved: judged by [`claims::judge`], written
/// with words by [`crate::messages::claims::render`]. The CLI calls this once per claim.
pub fn check_claim(input: &claims::Json, o: &claims::ClaimOptions) -> ClaimJson {
    check_claim_masked(input, o, false)
}

/// [`check_claim`], with numbers echoed from the input masked when `mask` (`--mask`).
pub fn check_claim_masked(input: &claims::Json, o: &claims::ClaimOptions, mask: bool) -> ClaimJson {
    let render = crate::messages::Render::new(o.lang, mask);
    crate::messages::claims::render(&claims::judge(input, o), render)
}

/// Anything that stops an eligibility check before an applicant is judged: an option or a
/// parameter set that cannot be used. The CLI exits 2 with [`CheckError::message`]; the
/// WebAssembly face throws an `Error` carrying [`CheckError::code`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CheckError {
    /// An option (`as_of`, `lang`...).
    Options(OptionError),
    /// The parameter set or override.
    Params(ParamsError),
}

impl CheckError {
    /// The stable code, e.g. `options.as_of` or `params.invalid`.
    pub fn code(&self) -> &'static str {
        match self {
            CheckError::Options(e) => e.code(),
            CheckError::Params(e) => e.code(),
        }
    }

    /// The message for people, in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        match self {
            CheckError::Options(e) => messages::option_error_message(e, lang),
            CheckError::Params(e) => messages::params_error_message(e, lang),
        }
    }
}

impl From<OptionError> for CheckError {
    fn from(e: OptionError) -> Self {
        CheckError::Options(e)
    }
}

impl From<ParamsError> for CheckError {
    fn from(e: ParamsError) -> Self {
        CheckError::Params(e)
    }
}

/// Eligibility checks with the options and parameters settled once: the as-of date chosen,
/// the values in force resolved. A face builds one per call (JavaScript) or per run (CLI),
/// then checks any number of applicants with it.
#[derive(Debug, Clone)]
pub struct Checker {
    /// The parameter values in force on the as-of date.
    pub resolved: Resolved,
    /// The message language.
    pub lang: Lang,
}

/// One applicant judged, ready to be rendered.
#[derive(Debug, Clone)]
pub struct Checked<'a> {
    /// The typed view of the applicant.
    pub applicant: Applicant<'a>,
    /// What the rules found.
    pub evaluation: Evaluation,
    checker: &'a Checker,
}

impl Checked<'_> {
    /// The contract's result (section 4).
    pub fn to_json(&self) -> CheckJson<'_> {
        self.to_json_masked(false)
    }

    /// The contract's result, with the numbers and the birth dates masked when `mask`
    /// (`--mask`, see [`crate::privacy`]).
    pub fn to_json_masked(&self, mask: bool) -> CheckJson<'_> {
        let render = crate::messages::Render::new(self.checker.lang, mask);
        self.evaluation
            .to_json(&self.applicant, &self.checker.resolved, render)
    }
}

impl Checker {
    /// From options as a face receives them; `options.params`, when an object with
    /// something in it, overrides the embedded parameter set.
    pub fn from_options(options: &RawOptions, today: NaiveDate) -> Result<Checker, CheckError> {
        let o = options.resolve(today)?;
        let base = ParamSet::embedded()?;
        match &options.params {
            Some(v) if !is_empty_override(v) => {
                let over = ParamFile::from_json_value(v)?;
                Checker::new(&o, &base.with(over))
            }
            _ => Checker::new(&o, base),
        }
    }

    /// From checked options and a parameter set.
    pub fn new(options: &Options, set: &ParamSet) -> Result<Checker, CheckError> {
        Ok(Checker {
            resolved: set.resolve(options.as_of)?,
            lang: options.lang,
        })
    }

    /// Judges one applicant.
    pub fn check<'a>(&'a self, applicant: &'a RawApplicant) -> Checked<'a> {
        let view = applicant.view();
        Checked {
            evaluation: evaluate(&view, &self.resolved),
            applicant: view,
            checker: self,
        }
    }
}

/// `null` and `{}` mean "no override": a form may always send the key.
fn is_empty_override(v: &serde_json::Value) -> bool {
    match v {
        serde_json::Value::Null => true,
        serde_json::Value::Object(m) => m.is_empty(),
        _ => false,
    }
}

/// A code and its words, for a form's list of choices.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Choice {
    /// The code the rules read.
    pub code: String,
    /// The words a person reads.
    pub label: String,
}

/// What an eligibility form offers, from the parameter set in force: the categories of each
/// programme and the employment statuses (so a category list follows a parameter change or an
/// override without touching the form).
#[derive(Debug, Clone, serde::Serialize)]
pub struct FormChoices {
    /// The parameter set.
    pub parameters: String,
    /// Categories of `rentan`.
    pub rentan: Vec<Choice>,
    /// Categories of `insentif`.
    pub insentif: Vec<Choice>,
    /// `none` and the excluded statuses.
    pub occupations: Vec<Choice>,
    /// Youngest age.
    pub age_min: u32,
    /// Oldest age, included.
    pub age_max: u32,
}

impl Checker {
    /// The choices a registration form should offer under these parameters.
    pub fn form_choices(&self) -> FormChoices {
        use crate::rules::applicant::{Occupation, Program};
        let lang = self.lang;
        let cats = |p: Program| {
            self.resolved
                .categories(p)
                .iter()
                .map(|c| Choice {
                    code: c.to_string(),
                    label: messages::category_label(c, lang),
                })
                .collect()
        };
        FormChoices {
            parameters: self.resolved.id.clone(),
            rentan: cats(Program::Rentan),
            insentif: cats(Program::Insentif),
            occupations: Occupation::ALL
                .iter()
                .map(|o| Choice {
                    code: o.as_str().to_string(),
                    label: messages::occupation_label(*o, lang).to_string(),
                })
                .collect(),
            age_min: self.resolved.age_min,
            age_max: self.resolved.age_max,
        }
    }
}
