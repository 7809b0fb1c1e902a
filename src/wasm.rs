//! The WebAssembly face: what the operators' web forms and any government portal call.
//!
//! It only translates. A JavaScript options object becomes [`RawOptions`] (the same keys as
//! the CLI flags), the core does the work through [`crate::api`], and the contract's JSON
//! shape comes back as a plain JavaScript object with the same snake_case field names
//! (`null` where the contract says null). An input or option that cannot be used becomes a
//! thrown `Error` with a `code` property; nothing panics across the boundary, and should a
//! bug panic anyway, the hook installed at start reports it on the console instead of
//! failing silently.
//!
//! The TypeScript types of every input and output are declared below, so the generated
//! `layak.d.ts` describes the real shapes rather than `any`.
//!
//! The screening worker's module (feature `xlsx-read`, `layak_screen`) is built from this file
//! too, with [`ScreenJob`] and without the forms' functions (`validateNik` ... `formChoices`),
//! which no worker calls: about 30 KB less for a phone to download before the app works
//! offline. Helpers only those functions use are then unused in that build.
#![cfg_attr(feature = "xlsx-read", allow(unused_imports, dead_code))]

use crate::api::{self, CheckError, Checker};
use crate::lang::Lang;
use crate::messages::face::{self, Given};
use crate::options::RawOptions;
use crate::region::{self, RegionCode};
use crate::rules::applicant::RawApplicant;
use crate::Code;
use chrono::NaiveDate;
use serde::Serialize;
use wasm_bindgen::prelude::*;

#[wasm_bindgen(typescript_custom_section)]
const TYPES: &str = r#"
/** How bad an issue is. */
export type Severity = "error" | "warning" | "info";
/** One problem found by a check (CONTRACT.md section 1). */
export interface Issue { code: string; severity: Severity; field: string; message: string; }
/** A region code and its name. */
export interface RegionRef { code: string; name: string; }
/** A region decoded from a number; a retired code names its successor. */
export interface Region extends RegionRef { retired?: true; successor?: RegionRef; }
/** Options, the same keys as the CLI flags. Unknown keys are ignored. */
export interface Options {
  /** YYYY-MM-DD; default: today in Bojonegoro (WIB). */
  as_of?: string;
  /** Message language, default "id". */
  lang?: "id" | "en";
  /** As-you-type mode: a short number gives nik.incomplete / kk.incomplete (info). */
  partial?: boolean;
  /** The form's birth date, for the NIK cross-check (YYYY-MM-DD or DD/MM/YYYY). */
  birth_date?: string;
  /** The form's sex (M/F/L/P/Laki-laki/Perempuan), for the NIK cross-check. */
  sex?: string;
  [key: string]: unknown;
}
/** The result of validateNik (CONTRACT.md section 2). */
export interface NikResult {
  input: string; nik: string | null; valid: boolean;
  province: Region | null; regency: Region | null; district: Region | null;
  sex: "M" | "F" | null; birth_date: string | null; serial: string | null;
  issues: Issue[];
}
/** The result of validateKk (CONTRACT.md section 3). */
export interface KkResult {
  input: string; kk: string | null; valid: boolean;
  province: Region | null; regency: Region | null; district: Region | null;
  recorded_date: string | null; serial: string | null;
  issues: Issue[];
}
/** A region inside another. */
export interface RegionChild { code: string; name: string; kind?: "desa" | "kelurahan"; }
/** A region with its children; the provinces when no code is given. */
export interface RegionListing { code?: string; name?: string; retired?: true; successor?: RegionRef; children: RegionChild[]; }
/** One issue code of the catalogue. */
export interface CodeInfo { code: string; severity: Severity; field: string; about: string; }
/** Every issue code, and every label the web app shows, in one language. */
export interface Catalogue {
  lang: "id" | "en"; codes: CodeInfo[];
  /** Claim document codes and their names. */
  documents: Record<string, string>;
  /** Heir relation codes and their words. */
  relations: Record<string, string>;
}
/** Where the region data comes from. */
export interface RegionInfo {
  decree: string; decree_adopted: string; amended_by: string; extracted: string; source: string;
  retired_from: string;
  counts: { provinces: number; regencies: number; districts: number; retired_regencies: number; retired_districts: number; bojonegoro_villages: number; };
  retirements: { law: string; province: string; since: string; absent_from: string; last_listed_in: string; source: string; confidence: "confirmed" | "likely" | "unconfirmed"; }[];
}
/** A claim type. */
export type ClaimType = "jkm" | "jkk" | "beasiswa";
/** The heir's relation to the participant. */
export type Relation = "spouse" | "child" | "parent" | "grandparent" | "grandchild" | "sibling" | "parent_in_law" | "will_appointee" | "other";
/** A claim as checkClaim reads it (CONTRACT.md section 5, plus the fields README.md lists). */
export interface ClaimInput {
  type?: ClaimType;
  death_date?: string; accident_date?: string; reported_date?: string;
  membership_start?: string; complete_date?: string;
  relation?: Relation; minor?: boolean;
  traffic_accident?: boolean; represented?: boolean; signature?: "signature" | "thumbprint";
  /** Document codes held. */
  documents?: string[];
  /** Relations of the family members alive, for the order of heirs. */
  family?: Relation[];
  arranged_burial?: boolean;
  outcome?: "death" | "total_disability" | "partial_disability" | "recovered";
  monthly_income?: number;
  self_paid_treatment?: boolean;
  children?: (string | { level: "belum_sekolah" | "sd" | "smp" | "sma" | "pt"; birth_date?: string })[];
  basis?: "jkm" | "jkk";
  [key: string]: unknown;
}
/** Options of checkClaim. */
export interface ClaimOptions extends Options {
  holidays?: string[] | { days?: string[]; remove?: string[]; replace?: boolean };
  cuti_bersama?: boolean;
  /** A parameter override (docs/parameters.md): any parameter of any set by its dotted name, e.g. { jkm: { santunan_sekaligus: { values: [...] } } }. */
  params?: object;
}
export interface ChecklistItem {
  code: string; label: string; required: boolean; satisfied: boolean; satisfied_by: string | null;
  reason: string; alternatives: string[]; signed: boolean;
}
export interface HeirGroup { rank: number; code: string; label: string; relations: Relation[]; present: boolean | null; }
export interface Heirs {
  legal_basis: string; order: HeirGroup[]; entitled: string | null; claimant: Relation | null;
  claimant_entitled: boolean | null; burial_costs_only: boolean;
}
export interface DayOff { date: string; kind: string; name: string; }
export interface Deadlines {
  payment_working_days: number | null; payment_due: string | null; holidays_skipped: DayOff[];
  late_working_days: number | null; late_compensation: number | null; late_percent_per_day: number | null;
  claim_expires: string | null; claim_expired: boolean | null;
  death_report_days: number | null; death_report_late: boolean | null; death_report_limit_days: number | null;
  death_report_last_day: string | null; death_report_legal_basis: string | null;
  death_report_confidence: "confirmed" | "likely" | "unconfirmed" | null;
}
export interface BenefitPart { code: string; label: string; amount: number; legal_basis: string; confidence: "confirmed" | "likely" | "unconfirmed"; }
export interface Benefit { total: number | null; parts: BenefitPart[]; law_date: string | null; parameters: string; legal_basis: string; }
/** The result of checkClaim (CONTRACT.md section 5). */
export interface ClaimResult {
  type: ClaimType | null; as_of: string; complete: boolean; missing: string[];
  checklist: ChecklistItem[]; heirs: Heirs | null; deadlines: Deadlines; benefit: Benefit;
  signature: { used: "signature" | "thumbprint" | null; thumbprint_accepted: boolean; confidence: "confirmed" | "likely" | "unconfirmed" };
  unknown_documents: string[]; issues: Issue[];
}
/** An applicant as checkEligibility reads it (CONTRACT.md section 4). Every field is optional. */
export interface Applicant {
  nik?: string; kk?: string; name?: string; birth_date?: string; sex?: string; citizenship?: string;
  village_code?: string; program?: "rentan" | "insentif"; category?: string; occupation?: string;
  in_poverty_data?: boolean | string; already_enrolled?: boolean | string;
  [key: string]: unknown;
}
/** Options of checkEligibility: the common ones and a parameter override. */
/** `params`: a parameter override (docs/parameters.md), the same object every function takes. */
export interface CheckOptions extends Options { params?: object; }
export type Outcome = "pass" | "fail" | "review" | "skip";
export interface RuleOutcome {
  id: string; outcome: Outcome; message: string; values: Record<string, unknown>;
  legal_basis: string; confidence?: "confirmed" | "likely" | "unconfirmed";
}
/** The result of checkEligibility. */
export interface EligibilityResult {
  decision: "eligible" | "ineligible" | "review" | null; program: "rentan" | "insentif" | null;
  as_of: string; parameters: string; rules: RuleOutcome[]; issues: Issue[];
  [key: string]: unknown;
}
export interface Choice { code: string; label: string; }
/** The choices a registration form offers under the parameter set in force. */
export interface FormChoices {
  parameters: string; rentan: Choice[]; insentif: Choice[]; occupations: Choice[];
  age_min: number; age_max: number;
}
/** What every thrown error carries: a stable code such as "options.as_of". */
export interface LayakError extends Error { code: string; }
"#;

// The forms' package uses talc, a small allocator, in place of the standard dlmalloc: it
// keeps a few kilobytes out of the download. The screening worker's module (feature `xlsx-read`),
// which allocates a lot, keeps the standard one.
// SAFETY: `new_global` requires single-threaded WebAssembly, which this package is (it is
// built without atomics and never starts a thread).
#[cfg(not(feature = "xlsx-read"))]
#[global_allocator]
static ALLOCATOR: talc::TalckWasm = unsafe { talc::TalckWasm::new_global() };

/// Installs the panic hook. Runs once when the module is instantiated.
#[wasm_bindgen(start)]
pub fn start() {
    std::panic::set_hook(Box::new(|info| {
        web_sys::console::error_1(&JsValue::from_str(&format!(
            "layak: internal error, please report: {info}"
        )));
    }));
}

/// A thrown error with a stable `code` property, e.g. `options.as_of`.
fn error(code: &str, message: &str) -> JsValue {
    let e = js_sys::Error::new(message);
    let _ = js_sys::Reflect::set(&e, &JsValue::from_str("code"), &JsValue::from_str(code));
    e.into()
}

fn today() -> NaiveDate {
    crate::date::wib_date_from_unix_millis(js_sys::Date::now() as i64)
}

/// The language an options object asks for, read on its own, so that even options that
/// cannot be used are refused in the caller's language.
fn lang_hint(value: &JsValue) -> Lang {
    if !value.is_object() {
        return Lang::default();
    }
    js_sys::Reflect::get(value, &JsValue::from_str("lang"))
        .ok()
        .and_then(|l| l.as_string())
        .and_then(|l| l.parse().ok())
        .unwrap_or_default()
}

fn options(value: JsValue) -> Result<RawOptions, JsValue> {
    if value.is_undefined() || value.is_null() {
        return Ok(RawOptions::default());
    }
    let lang = lang_hint(&value);
    serde_wasm_bindgen::from_value(value).map_err(|e| {
        error(
            Code::OptionsType.as_str(),
            &face::options_not_object(&e.to_string(), lang),
        )
    })
}

fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsValue> {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| {
            error(
                Code::Internal.as_str(),
                &face::internal(&e.to_string(), Lang::default()),
            )
        })
}

/// A NIK must arrive as text: a JavaScript number cannot hold 16 digits exactly above
/// 2^53 (every NIK from Papua), and its leading zeros would be gone.
fn text(input: &JsValue, what: Given, lang: Lang) -> Result<String, JsValue> {
    input
        .as_string()
        .ok_or_else(|| error(Code::InputType.as_str(), &face::not_text(what, lang)))
}

/// The language asked for, even when the options are otherwise unusable.
fn lang_of(raw: &RawOptions) -> crate::Lang {
    raw.lang
        .as_deref()
        .and_then(|l| l.parse().ok())
        .unwrap_or_default()
}

fn option_error(e: crate::options::OptionError, raw: &RawOptions) -> JsValue {
    error(
        e.code(),
        &crate::messages::option_error_message(&e, lang_of(raw)),
    )
}

fn check_error(e: CheckError, raw: &RawOptions) -> JsValue {
    error(e.code(), &e.message(lang_of(raw)))
}

#[cfg(not(feature = "xlsx-read"))]
/// `validateNik(input, options?)`: the contract's NIK result (section 2).
#[wasm_bindgen(js_name = validateNik, unchecked_return_type = "NikResult")]
pub fn validate_nik(
    #[wasm_bindgen(unchecked_param_type = "string")] input: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "Options")] options_value: JsValue,
) -> Result<JsValue, JsValue> {
    let raw = options(options_value)?;
    let s = text(&input, Given::Nik, lang_of(&raw))?;
    let out = api::nik(s.as_bytes(), &raw, today()).map_err(|e| option_error(e, &raw))?;
    to_js(&out)
}

#[cfg(not(feature = "xlsx-read"))]
/// `validateKk(input, options?)`: the contract's KK result (section 3).
#[wasm_bindgen(js_name = validateKk, unchecked_return_type = "KkResult")]
pub fn validate_kk(
    #[wasm_bindgen(unchecked_param_type = "string")] input: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "Options")] options_value: JsValue,
) -> Result<JsValue, JsValue> {
    let raw = options(options_value)?;
    let s = text(&input, Given::Kk, lang_of(&raw))?;
    let out = api::kk(s.as_bytes(), &raw, today()).map_err(|e| option_error(e, &raw))?;
    to_js(&out)
}

#[cfg(not(feature = "xlsx-read"))]
/// `regions(code?, options?)`: a region and its children (provinces when no code is given);
/// `null` for a well-formed code that is not in the tables. Throws `input.region_code` for a
/// malformed code.
#[wasm_bindgen(js_name = regions, unchecked_return_type = "RegionListing | null")]
pub fn regions(
    #[wasm_bindgen(unchecked_optional_param_type = "string")] code: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "Options")] options_value: JsValue,
) -> Result<JsValue, JsValue> {
    let raw = options(options_value)?;
    let o = raw.resolve(today()).map_err(|e| option_error(e, &raw))?;
    if code.is_undefined() || code.is_null() {
        return to_js(&api::region_listing(None));
    }
    let lang = lang_of(&raw);
    let c = text(&code, Given::RegionCode, lang)?;
    let parsed = RegionCode::parse(&c)
        .ok_or_else(|| error("input.region_code", &face::not_region_code(&c, lang)))?;
    match region::lookup(parsed, o.as_of) {
        None => Ok(JsValue::NULL),
        Some(r) => to_js(&api::region_listing(Some(r))),
    }
}

#[cfg(not(feature = "xlsx-read"))]
/// `bojonegoroKecamatan()`: the 28 kecamatan of Kabupaten Bojonegoro, for an address field.
#[wasm_bindgen(js_name = bojonegoroKecamatan, unchecked_return_type = "RegionChild[]")]
pub fn bojonegoro_kecamatan() -> Result<JsValue, JsValue> {
    let r = region::regency(region::BOJONEGORO, NaiveDate::MAX);
    to_js(&api::region_listing(r).children)
}

#[cfg(not(feature = "xlsx-read"))]
/// `bojonegoroDesa(kecamatanCode)`: the desa and kelurahan of one Bojonegoro kecamatan
/// (`35.22.06` or `352206`); empty for any other code.
#[wasm_bindgen(js_name = bojonegoroDesa, unchecked_return_type = "RegionChild[]")]
pub fn bojonegoro_desa(
    #[wasm_bindgen(unchecked_param_type = "string")] kecamatan: JsValue,
) -> Result<JsValue, JsValue> {
    let c = text(&kecamatan, Given::KecamatanCode, Lang::default())?;
    let children = match RegionCode::parse(&c) {
        Some(code) if code.level() == region::Level::District => {
            api::region_listing(region::district(code.value() as u32, NaiveDate::MAX)).children
        }
        _ => Vec::new(),
    };
    to_js(&children)
}

#[cfg(not(feature = "xlsx-read"))]
/// `regionInfo()`: the decree, extraction date and counts of the region data.
#[wasm_bindgen(js_name = regionInfo, unchecked_return_type = "RegionInfo")]
pub fn region_info() -> Result<JsValue, JsValue> {
    to_js(&api::region_info())
}

#[cfg(not(feature = "xlsx-read"))]
/// `catalogue(lang?)`: every issue code (severity and field) and the names of claim documents
/// and heir relations in one language, so a form shows the core's words and none of its own.
#[wasm_bindgen(js_name = catalogue, unchecked_return_type = "Catalogue")]
pub fn catalogue(
    #[wasm_bindgen(unchecked_optional_param_type = "\"id\" | \"en\"")] lang: JsValue,
) -> Result<JsValue, JsValue> {
    let lang: Lang = match lang.as_string() {
        None => Lang::Id,
        Some(s) => s
            .parse()
            .map_err(|_| error("options.lang", &face::unknown_lang(&s, Lang::default())))?,
    };
    to_js(&api::catalogue(lang))
}

/// `setRegionNames(names)`, in the web app's build only (feature `page-names`): hands over the
/// regency and kecamatan names the page carries (`<script id="region-names">` in index.html),
/// which that build leaves out of the module. Throws `region.names_other_build` for names of
/// another build; once given, giving them again does nothing.
#[cfg(feature = "page-names")]
#[wasm_bindgen(js_name = setRegionNames)]
pub fn set_region_names(names: String) -> Result<(), JsValue> {
    crate::region::page_names::set(names).map_err(|_| {
        error(
            "region.names_other_build",
            face::names_other_build(Lang::default()),
        )
    })
}

#[cfg(not(feature = "xlsx-read"))]
/// `version()`: the package version and the region decree it carries.
#[wasm_bindgen(js_name = version)]
pub fn version() -> String {
    let s = region::source();
    format!(
        "layak {} (wilayah: {}, diekstrak {})",
        env!("CARGO_PKG_VERSION"),
        s.decree,
        s.extracted
    )
}

#[cfg(not(feature = "xlsx-read"))]
/// `checkClaim(claim, options?)`: the contract's claim result (section 5). `claim` is a
/// plain object with the contract's snake_case fields; `options` takes `as_of`, `lang`,
/// `holidays` (a list of dates or `{replace, days, remove}`), `cuti_bersama` and `params`,
/// the same parameter override `checkEligibility` takes (claim amounts, periods and limits
/// are parameters too). An unusable override throws an `Error` whose `code` is `params.*`.
#[wasm_bindgen(js_name = checkClaim, unchecked_return_type = "ClaimResult")]
pub fn check_claim(
    #[wasm_bindgen(unchecked_param_type = "ClaimInput")] claim: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "ClaimOptions")] options_value: JsValue,
) -> Result<JsValue, JsValue> {
    let lang = lang_hint(&options_value);
    if !claim.is_object() || js_sys::Array::is_array(&claim) {
        return Err(error(
            Code::InputType.as_str(),
            &face::not_text(Given::Claim, lang),
        ));
    }
    let value: crate::claims::Json = serde_wasm_bindgen::from_value(claim).map_err(|e| {
        error(
            Code::InputType.as_str(),
            &face::unreadable(Given::Claim, &e.to_string(), lang),
        )
    })?;
    let raw: crate::claims::RawClaimOptions =
        if options_value.is_undefined() || options_value.is_null() {
            crate::claims::RawClaimOptions::default()
        } else {
            serde_wasm_bindgen::from_value(options_value).map_err(|e| {
                error(
                    Code::OptionsType.as_str(),
                    &face::options_not_object(&e.to_string(), lang),
                )
            })?
        };
    let out = api::claim(&value, &raw, today()).map_err(|e| {
        let lang = raw
            .lang
            .as_deref()
            .and_then(|l| l.parse().ok())
            .unwrap_or_default();
        error(e.code(), &e.message(lang))
    })?;
    to_js(&out)
}

#[cfg(not(feature = "xlsx-read"))]
/// `checkEligibility(applicant, options?)`: the contract's eligibility result (section 4).
///
/// `applicant` is a plain object with the contract's fields, all optional; fields of the
/// wrong type become `applicant.*` issues, never an exception. `options` takes `as_of`,
/// `lang` and `params`, a parameter override in the layout of a parameter file (an object;
/// this package reads no TOML). An unusable option or override throws an `Error` whose
/// `code` is `options.*` or `params.*`.
#[wasm_bindgen(js_name = checkEligibility, unchecked_return_type = "EligibilityResult")]
pub fn check_eligibility(
    #[wasm_bindgen(unchecked_param_type = "Applicant")] applicant: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "CheckOptions")] options_value: JsValue,
) -> Result<JsValue, JsValue> {
    let lang = lang_hint(&options_value);
    if !applicant.is_object() || js_sys::Array::is_array(&applicant) {
        return Err(error(
            Code::InputType.as_str(),
            &face::not_text(Given::Applicant, lang),
        ));
    }
    let person: RawApplicant = serde_wasm_bindgen::from_value(applicant).map_err(|e| {
        error(
            Code::InputType.as_str(),
            &face::unreadable(Given::Applicant, &e.to_string(), lang),
        )
    })?;
    let raw = options(options_value)?;
    let checker = Checker::from_options(&raw, today()).map_err(|e| check_error(e, &raw))?;
    to_js(&checker.check(&person).to_json())
}

#[cfg(not(feature = "xlsx-read"))]
/// `formChoices(options?)`: the categories of each programme and the employment statuses,
/// with their labels, under the parameter set in force (and an override in `params`).
#[wasm_bindgen(js_name = formChoices, unchecked_return_type = "FormChoices")]
pub fn form_choices(
    #[wasm_bindgen(unchecked_optional_param_type = "CheckOptions")] options_value: JsValue,
) -> Result<JsValue, JsValue> {
    let raw = options(options_value)?;
    let checker = Checker::from_options(&raw, today()).map_err(|e| check_error(e, &raw))?;
    to_js(&checker.form_choices())
}

/// Batch screening in the browser: the "Saring data" page runs it in a Web Worker from the
/// screening build of this package (feature `xlsx-read`, module `layak_screen`), which the forms'
/// package leaves out to stay small.
#[cfg(feature = "xlsx-read")]
#[wasm_bindgen(js_name = ScreenJob)]
pub struct ScreenJob {
    screener: Option<crate::screen::Screener>,
    out: crate::screen::Outputs,
    lang: Lang,
    /// NIKs read from the enrolled list and its lines without one, for `summary.json`.
    enrolled_count: Option<(u64, u64)>,
    /// The line carried over by the last `split`, until `takeCarried`.
    carried: Option<(crate::screen::lines::LineInfo, Vec<u8>)>,
}

#[cfg(feature = "xlsx-read")]
fn flatten(ranges: &[(crate::screen::lines::LineInfo, std::ops::Range<usize>)]) -> Vec<u32> {
    let mut flat = Vec::with_capacity(ranges.len() * 4);
    for (info, r) in ranges {
        flat.extend_from_slice(&[
            r.start as u32,
            r.end as u32,
            info.number as u32,
            u32::from(info.truncated),
        ]);
    }
    flat
}

#[cfg(feature = "xlsx-read")]
fn unflatten(ranges: &[u32]) -> Vec<(crate::screen::lines::LineInfo, std::ops::Range<usize>)> {
    ranges
        .chunks_exact(4)
        .map(|q| {
            (
                crate::screen::lines::LineInfo {
                    number: u64::from(q[2]),
                    truncated: q[3] != 0,
                },
                q[0] as usize..q[1] as usize,
            )
        })
        .collect()
}

#[cfg(feature = "xlsx-read")]
fn file_error(lang: Lang, p: crate::screen::FileProblem) -> JsValue {
    error(p.code(), &p.message(lang))
}

#[cfg(feature = "xlsx-read")]
#[wasm_bindgen(js_class = ScreenJob)]
impl ScreenJob {
    /// `new ScreenJob(options?, enrolled?)`: options as for checkEligibility (`as_of`,
    /// `lang`, `params`); `enrolled` is a list of NIKs already enrolled, as text or as the
    /// bytes of its file (CSV or XLSX, told apart by the content), read as `layak screen
    /// --enrolled` reads it. A list that yields no NIK at all throws `enrolled.no_nik`, as
    /// natively: a wrong file must never pass as "nobody is enrolled" (enrolled people would
    /// come out eligible and be paid for twice). Anything else throws `input.type`.
    #[wasm_bindgen(constructor)]
    pub fn new(
        options_value: JsValue,
        #[wasm_bindgen(unchecked_optional_param_type = "string | Uint8Array")] enrolled: JsValue,
    ) -> Result<ScreenJob, JsValue> {
        let raw = options(options_value)?;
        let checker = Checker::from_options(&raw, today()).map_err(|e| check_error(e, &raw))?;
        let lang = checker.lang;
        let bytes: Option<Vec<u8>> = if enrolled.is_undefined() || enrolled.is_null() {
            None
        } else if let Some(text) = enrolled.as_string() {
            Some(text.into_bytes())
        } else if enrolled.is_instance_of::<js_sys::Uint8Array>() {
            Some(js_sys::Uint8Array::new(&enrolled).to_vec())
        } else {
            return Err(error("input.type", face::enrolled_type(lang)));
        };
        let enrolled = match bytes {
            None => None,
            Some(bytes) => {
                Some(crate::screen::enrolled::read(&bytes).map_err(|p| file_error(lang, p))?)
            }
        };
        let enrolled_count = enrolled.as_ref().map(|l| (l.niks.len() as u64, l.unusable));
        Ok(ScreenJob {
            screener: Some(crate::screen::Screener::new(
                checker,
                enrolled.map(|l| l.niks),
            )),
            out: crate::screen::Outputs::default(),
            lang,
            enrolled_count,
            carried: None,
        })
    }

    /// Screens `rows` generated rows (no real person) and throws the result away, the way
    /// the worker and its helpers will screen a file. The browser first runs new
    /// WebAssembly with a quick baseline compiler and optimises the functions that turn out
    /// hot, in the background; a worker that does this while the operator picks a file
    /// screens the first million rows 5 % faster.
    #[wasm_bindgen(js_name = warmUp)]
    pub fn warm_up(rows: u32) {
        let as_of = today();
        let mut csv = Vec::new();
        let opts = crate::gen::GenOptions {
            rows: u64::from(rows.min(100_000)),
            seed: 1,
            as_of,
        };
        if crate::gen::write_csv(&mut csv, &opts).is_err() {
            return;
        }
        let Ok(checker) = Checker::from_options(&RawOptions::default(), as_of) else {
            return;
        };
        let mut s = crate::screen::Screener::new(checker, None);
        let mut out = crate::screen::Outputs::default();
        let mut ranges = Vec::new();
        if s.split(&csv, &mut out, &mut ranges).is_ok() {
            let packed = s.judge_packed(&csv, &ranges);
            s.apply_packed(&csv, &ranges, &packed, &mut out);
        }
    }

    /// Makes room for about `rows` distinct NIKs in the duplicate set, so it does not grow
    /// (and rehash) along the way; the page passes the file size over 100 bytes a row.
    pub fn reserve(&mut self, rows: f64) {
        if let Some(s) = self.screener.as_mut() {
            // A hint: a negative, NaN or absurd value reserves nothing or a sane cap.
            s.reserve(rows.clamp(0.0, 50_000_000.0) as usize);
        }
    }

    /// Feeds the next chunk of a CSV file.
    pub fn push(&mut self, chunk: &[u8]) -> Result<(), JsValue> {
        let Some(s) = self.screener.as_mut() else {
            return Err(error("screen.finished", face::job_finished(self.lang)));
        };
        let lang = self.lang;
        s.feed(chunk, &mut self.out)
            .map_err(|p| file_error(lang, p))
    }

    /// Screens a whole XLSX file; `progress(done, total)` is called every few thousand rows.
    #[wasm_bindgen(js_name = screenXlsx)]
    pub fn screen_xlsx(
        &mut self,
        bytes: &[u8],
        progress: &js_sys::Function,
    ) -> Result<(), JsValue> {
        let lang = self.lang;
        let Some(s) = self.screener.as_mut() else {
            return Err(error("screen.finished", face::job_finished(self.lang)));
        };
        crate::screen::xlsx::check_limits(bytes).map_err(|p| file_error(lang, p))?;
        let mut book = crate::screen::xlsx::Workbook::open(std::io::Cursor::new(bytes))
            .map_err(|e| file_error(lang, crate::screen::FileProblem::Workbook(e.0)))?;
        let mut problem = None;
        let mut rows = 0u64;
        let out = &mut self.out;
        let read = book.for_each_row(|row, cells| {
            if problem.is_some() {
                return;
            }
            if let Err(p) = s.xlsx_row(row, cells, out) {
                problem = Some(p);
            }
            rows += 1;
            if rows % 5000 == 0 {
                let _ = progress.call2(
                    &JsValue::NULL,
                    &JsValue::from_f64(rows as f64),
                    &JsValue::NULL,
                );
            }
        });
        if let Some(p) = problem {
            return Err(file_error(lang, p));
        }
        read.map_err(|e| file_error(lang, crate::screen::FileProblem::Workbook(e.0)))
    }

    /// Takes what the outputs hold so far: `{eligible, ineligible, review, errors}` as
    /// `Uint8Array`s of UTF-8 CSV. The page appends them to its files.
    #[wasm_bindgen(js_name = takeOutputs)]
    pub fn take_outputs(&mut self) -> JsValue {
        let o = js_sys::Object::new();
        for (name, buf) in [
            ("eligible", &mut self.out.eligible),
            ("ineligible", &mut self.out.ineligible),
            ("review", &mut self.out.review),
            ("errors", &mut self.out.errors),
        ] {
            let bytes = js_sys::Uint8Array::from(buf.as_slice());
            let _ = js_sys::Reflect::set(&o, &JsValue::from_str(name), &bytes);
            buf.clear();
        }
        o.into()
    }

    /// Splits a CSV chunk into lines for a run across workers (see `screen-worker.js`):
    /// handles the lines up to the header, and returns the rest as `[start, end, line
    /// number, cut]` quadruples of offsets into `chunk`. The line begun in the previous chunk
    /// and ended in this one waits in `takeCarried`, to be judged and applied before these.
    pub fn split(&mut self, chunk: &[u8]) -> Result<Vec<u32>, JsValue> {
        let lang = self.lang;
        let Some(s) = self.screener.as_mut() else {
            return Err(error("screen.finished", face::job_finished(self.lang)));
        };
        let mut ranges = Vec::new();
        self.carried = s
            .split(chunk, &mut self.out, &mut ranges)
            .map_err(|p| file_error(lang, p))?;
        Ok(flatten(&ranges))
    }

    /// The line carried over by the last `split`, as `{bytes, ranges}` (one quadruple, offsets
    /// into `bytes`) for `judge` and `apply`; undefined when there is none.
    #[wasm_bindgen(js_name = takeCarried)]
    pub fn take_carried(&mut self) -> JsValue {
        let Some((info, line)) = self.carried.take() else {
            return JsValue::UNDEFINED;
        };
        let o = js_sys::Object::new();
        let ranges = flatten(&[(info, 0..line.len())]);
        let _ = js_sys::Reflect::set(
            &o,
            &JsValue::from_str("bytes"),
            &js_sys::Uint8Array::from(line.as_slice()),
        );
        let _ = js_sys::Reflect::set(
            &o,
            &JsValue::from_str("ranges"),
            &js_sys::Uint32Array::from(ranges.as_slice()),
        );
        o.into()
    }

    /// The header line found, for `setHeaderLine` in a helper worker; undefined before it.
    #[wasm_bindgen(js_name = headerLine)]
    pub fn header_line(&self) -> Option<Vec<u8>> {
        self.screener.as_ref().and_then(|s| s.header_line())
    }

    /// In a helper worker: reads columns as the main worker does.
    #[wasm_bindgen(js_name = setHeaderLine)]
    pub fn set_header_line(&mut self, line: &[u8]) -> Result<(), JsValue> {
        let lang = self.lang;
        let Some(s) = self.screener.as_mut() else {
            return Err(error("screen.finished", face::job_finished(self.lang)));
        };
        s.set_header_line(line).map_err(|p| file_error(lang, p))
    }

    /// Judges the lines `ranges` (as `split` returns them) of `chunk`; the result, as
    /// bytes, goes to `apply` in the worker that split the chunk.
    pub fn judge(&self, chunk: &[u8], ranges: &[u32]) -> Vec<u8> {
        match &self.screener {
            Some(s) => s.judge_packed(chunk, &unflatten(ranges)),
            None => Vec::new(),
        }
    }

    /// Applies judged lines in input order: the duplicate rule, the counts, the outputs.
    pub fn apply(&mut self, chunk: &[u8], ranges: &[u32], judged: &[u8]) {
        if let Some(s) = self.screener.as_mut() {
            s.apply_packed(chunk, &unflatten(ranges), judged, &mut self.out);
        }
    }

    /// Running counts: `[eligible, ineligible, review, errors]`.
    pub fn counts(&self) -> Vec<f64> {
        let (e, i, r, x) = self.screener.as_ref().map_or((0, 0, 0, 0), |s| s.counts());
        vec![e as f64, i as f64, r as f64, x as f64]
    }

    /// Ends the input (`xlsx` for a spreadsheet) and returns `summary.json` as an object.
    pub fn finish(&mut self, xlsx: bool) -> Result<JsValue, JsValue> {
        let Some(s) = self.screener.take() else {
            return Err(error("screen.finished", face::job_finished(self.lang)));
        };
        let summary = if xlsx {
            s.finish_xlsx(&mut self.out)
        } else {
            s.finish(&mut self.out)
        };
        let mut summary = summary.map_err(|p| file_error(self.lang, p))?;
        if let Some((niks, unusable)) = self.enrolled_count {
            summary.enrolled_niks = Some(niks);
            summary.enrolled_unusable = Some(unusable);
        }
        to_js(&summary)
    }
}
