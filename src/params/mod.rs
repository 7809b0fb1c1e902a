//! Dated parameters: the one format every number, list and limit of layak is written in.
//!
//! As in OpenFisca, a parameter is not a constant but a history: a list of values, each with
//! the day it applies from (`since`), the law or source it rests on (`reference`) and how sure
//! we are of it (`confidence`: confirmed / likely / unconfirmed, docs/SOURCES.md). A check
//! takes the value in force on the date the law looks at, so re-running last year's
//! screening with `--as-of` gives last year's answer, and a rule that changes on 1 July is
//! one more entry, not a code change.
//!
//! Three sets are written this way, each in its own file so either can change alone
//! (docs/parameters.md):
//!
//! - eligibility, `data/params/bojonegoro-2025.toml` (read into typed values by
//!   `rules::params`, because the rules read them a million times);
//! - claims, `data/claims/params.toml` (amounts, payment periods, limits);
//! - verval, `data/verval/params.toml` (the cycle, the quota, the ranking).
//!
//! A parameter is a table with a list of `values` and an optional `unit`:
//!
//! ```toml
//! [jkm.santunan_sekaligus]
//! unit = "rupiah"
//! values = [
//!   { since = "2019-12-02", value = 20000000, reference = "PP 44/2015 Pasal 34 jo. PP 82/2019", source = "setkab", confidence = "confirmed" },
//! ]
//! ```
//!
//! Each value has `since`, `value` (left out: no value from that day on), `reference`,
//! `confidence`, and optionally `source` (where it was read), `note` and `note_en`. One
//! reader ([`read`]) checks every set and every override the same way: dates in order, every
//! value referenced and marked, unknown keys refused. `build.rs` turns the TOML files into
//! JSON, so the WebAssembly package carries no TOML parser.
//!
//! The claims and verval sets are read into [`NamedSet`]s of [`Scalar`] values, looked up by
//! name; an override may only name a parameter the embedded set has, with a value of the same
//! kind.

pub mod error;
pub mod read;

pub use error::{ParamsError, ParamsErrorKind};

use crate::confidence::Confidence;
use crate::lang::Lang;
use chrono::NaiveDate;

/// A start date: `"2025-01-01"` (in TOML also unquoted, `2025-01-01`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Since(pub NaiveDate);

/// One value of a parameter and what it rests on.
#[derive(Debug, Clone, PartialEq)]
pub struct Dated<T> {
    /// The first day the value applies; it applies until the next entry's `since`.
    pub since: Since,
    /// The value; absent means "no value from this day on" (a budget year that ended).
    pub value: Option<T>,
    /// The law, decree or article it rests on.
    pub reference: String,
    /// Where it was read, when that is not the reference itself (a news report, a branch
    /// office's statement).
    pub source: Option<String>,
    /// How sure the value is.
    pub confidence: Confidence,
    /// What a reader should know, in Indonesian.
    pub note: Option<String>,
    /// The same in English.
    pub note_en: Option<String>,
}

impl<T> Dated<T> {
    /// The note in `lang`, falling back to the Indonesian one.
    pub fn note(&self, lang: Lang) -> Option<&str> {
        match lang {
            Lang::En => self.note_en.as_deref().or(self.note.as_deref()),
            Lang::Id => self.note.as_deref(),
        }
    }
}

/// A parameter: its values, by increasing start date.
#[derive(Debug, Clone, PartialEq)]
pub struct Param<T> {
    values: Vec<Dated<T>>,
}

impl<T> Param<T> {
    /// A parameter from entries already checked by the reader (at least one, increasing
    /// `since`, each with a reference).
    pub(crate) fn from_checked(values: Vec<Dated<T>>) -> Param<T> {
        Param { values }
    }

    /// Every entry, oldest first.
    pub fn entries(&self) -> &[Dated<T>] {
        &self.values
    }

    /// The entry in force on `on`: the last one whose `since` is not after it.
    pub fn entry_on(&self, on: NaiveDate) -> Option<&Dated<T>> {
        let n = self.values.partition_point(|e| e.since.0 <= on);
        n.checked_sub(1).and_then(|i| self.values.get(i))
    }
}

/// The legal basis of a rule that reads no parameter (`identity.nik`).
#[derive(Debug, Clone, PartialEq)]
pub struct Basis {
    /// The law or source.
    pub reference: String,
    /// How sure it is.
    pub confidence: Confidence,
}

/// A value of a claims or verval parameter.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Scalar {
    /// Rupiah, days, months, years, a multiplier, a number of people.
    Whole(u64),
    /// Yes or no.
    Bool(bool),
    /// A code, such as `targets`.
    Text(String),
    /// A list of codes, such as `["desil", "row"]`.
    Words(Vec<String>),
}

impl Scalar {
    /// What kind of value it is, for messages: an override must keep the kind.
    pub fn kind(&self) -> &'static str {
        match self {
            Scalar::Whole(_) => "a whole number",
            Scalar::Bool(_) => "true or false",
            Scalar::Text(_) => "text",
            Scalar::Words(_) => "a list of texts",
        }
    }

    /// The number, or 1/0 for yes/no.
    pub fn whole(&self) -> Option<u64> {
        match self {
            Scalar::Whole(n) => Some(*n),
            Scalar::Bool(b) => Some(u64::from(*b)),
            _ => None,
        }
    }

    /// The value as JSON, as it is written in a parameter file.
    pub fn json(&self) -> serde_json::Value {
        match self {
            Scalar::Whole(n) => (*n).into(),
            Scalar::Bool(b) => (*b).into(),
            Scalar::Text(s) => s.as_str().into(),
            Scalar::Words(w) => w.as_slice().into(),
        }
    }
}

/// The three parameter sets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SetKind {
    /// Who may be enrolled (`data/params/`).
    Eligibility,
    /// Claim amounts, periods and limits (`data/claims/params.toml`).
    Claims,
    /// The verval cycle, quota and ranking (`data/verval/params.toml`).
    Verval,
}

impl SetKind {
    /// `eligibility`, `claims` or `verval`.
    pub fn as_str(self) -> &'static str {
        match self {
            SetKind::Eligibility => "eligibility",
            SetKind::Claims => "claims",
            SetKind::Verval => "verval",
        }
    }
}

/// What a set says about itself: its id (printed in every result that used it), a title and
/// the regulations the set as a whole rests on.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SetMeta {
    /// The id, e.g. `bpjstk-klaim-2025`; `<id>+override` once an override changed it.
    pub id: String,
    /// A title for people.
    pub title: String,
    /// The regulations behind the whole set.
    pub reference: Option<String>,
}

/// A parameter of a named set.
#[derive(Debug, Clone, PartialEq)]
pub struct NamedParam {
    /// Dotted name, e.g. `jkm.santunan_sekaligus`.
    pub name: String,
    /// What the number counts (`rupiah`, `working days`).
    pub unit: Option<String>,
    /// Its dated values.
    pub param: Param<Scalar>,
}

/// A set of parameters looked up by name: the claims set, the verval set. An overridden set
/// is a layer: the parameters the override names, on top of the set it overrides (nothing is
/// copied, which keeps the WebAssembly package small).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct NamedSet {
    /// Id, title, reference.
    pub meta: SetMeta,
    /// The parameters of this layer, in the order they were read.
    pub params: Vec<NamedParam>,
    /// The set this one overrides.
    pub base: Option<std::sync::Arc<NamedSet>>,
}

impl NamedSet {
    /// The parameter called `name`.
    pub fn get(&self, name: &str) -> Option<&NamedParam> {
        match self.params.iter().find(|p| p.name == name) {
            Some(p) => Some(p),
            None => self.base.as_ref()?.get(name),
        }
    }

    /// Every parameter in force in the set, overridden ones replaced, in the order of the
    /// embedded set.
    pub fn all(&self) -> Vec<&NamedParam> {
        match &self.base {
            None => self.params.iter().collect(),
            Some(b) => b
                .all()
                .into_iter()
                .map(|p| self.params.iter().find(|o| o.name == p.name).unwrap_or(p))
                .collect(),
        }
    }

    /// The entry of `name` in force on `on`, if it has a value then.
    pub fn entry_on(&self, name: &str, on: NaiveDate) -> Option<&Dated<Scalar>> {
        self.get(name)?
            .param
            .entry_on(on)
            .filter(|e| e.value.is_some())
    }

    /// `base` with the parameters `over` laid on top, each replacing the values of the
    /// parameter of the same name (and keeping its unit unless it gives one), renamed to `id`
    /// or `<id>+override`. `base` itself when `over` is empty.
    pub(crate) fn layer(
        base: &std::sync::Arc<NamedSet>,
        mut over: Vec<NamedParam>,
        id: Option<&str>,
    ) -> std::sync::Arc<NamedSet> {
        if over.is_empty() {
            return base.clone();
        }
        for p in &mut over {
            if p.unit.is_none() {
                p.unit = base.get(&p.name).and_then(|b| b.unit.clone());
            }
        }
        let mut meta = base.meta.clone();
        meta.id = id.map_or_else(|| format!("{}+override", meta.id), str::to_string);
        std::sync::Arc::new(NamedSet {
            meta,
            params: over,
            base: Some(base.clone()),
        })
    }
}

/// The embedded claims set, as `build.rs` wrote it in JSON. The WebAssembly package's copy
/// has no notes and sources, which only `layak params` shows.
#[cfg(not(target_arch = "wasm32"))]
static CLAIMS_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/params_claims.json"));
#[cfg(target_arch = "wasm32")]
static CLAIMS_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/params_claims.wasm.json"));
/// The embedded verval set. The forms' WebAssembly module (built without `xlsx`) runs no
/// verval and carries an empty set in its place.
#[cfg(not(target_arch = "wasm32"))]
static VERVAL_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/params_verval.json"));
#[cfg(all(target_arch = "wasm32", feature = "xlsx"))]
static VERVAL_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/params_verval.wasm.json"));
#[cfg(all(target_arch = "wasm32", not(feature = "xlsx")))]
static VERVAL_JSON: &str = r#"{"id": "verval-bojonegoro-2025"}"#;

/// An embedded set, which `build.rs` wrote as JSON, as JSON values. In WebAssembly the
/// browser's own `JSON.parse` reads it, so the package carries no JSON text parser of its own.
#[cfg(target_arch = "wasm32")]
pub(crate) fn tree(json: &str) -> Result<serde_json::Value, ParamsError> {
    js_sys::JSON::parse(json)
        .ok()
        .and_then(|v| serde_wasm_bindgen::from_value(v).ok())
        .ok_or_else(|| ParamsError::invalid(None, "the embedded parameter set is not JSON"))
}

#[cfg(not(target_arch = "wasm32"))]
pub(crate) fn tree(json: &str) -> Result<serde_json::Value, ParamsError> {
    serde_json::from_str(json)
        .map_err(|e| ParamsError::invalid(None, format!("the embedded parameter set: {e}")))
}

/// The embedded claims and verval sets, read once. (The eligibility set is read into typed
/// values: `rules::params::ParamSet::embedded`.)
pub fn embedded_named() -> Result<[std::sync::Arc<NamedSet>; 2], ParamsError> {
    use std::sync::{Arc, OnceLock};
    static SETS: OnceLock<Result<[Arc<NamedSet>; 2], ParamsError>> = OnceLock::new();
    SETS.get_or_init(|| {
        Ok([
            load(CLAIMS_JSON, "data/claims/params.toml")?,
            load(VERVAL_JSON, "data/verval/params.toml")?,
        ])
    })
    .clone()
}

fn load(json: &str, file: &str) -> Result<std::sync::Arc<NamedSet>, ParamsError> {
    tree(json)
        .and_then(|v| read::named_set(&v).map_err(ParamsError::from))
        .map(std::sync::Arc::new)
        .map_err(|e| e.in_file(file))
}

/// The embedded claims or verval set.
pub fn embedded(kind: SetKind) -> Result<std::sync::Arc<NamedSet>, ParamsError> {
    let [claims, verval] = embedded_named()?;
    Ok(match kind {
        SetKind::Verval => verval,
        _ => claims,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The WebAssembly package's copies of the sets (without notes, sources and units) hold
    /// every parameter and value of the full ones (a parameter may be called `source`).
    #[test]
    fn the_packages_copies_hold_every_value() {
        let pairs = [
            (
                CLAIMS_JSON,
                include_str!(concat!(env!("OUT_DIR"), "/params_claims.wasm.json")),
            ),
            (
                VERVAL_JSON,
                include_str!(concat!(env!("OUT_DIR"), "/params_verval.wasm.json")),
            ),
        ];
        for (full, slim) in pairs {
            let full = read::named_set(&tree(full).unwrap()).unwrap();
            let slim = read::named_set(&tree(slim).unwrap()).unwrap();
            assert_eq!(full.params.len(), slim.params.len(), "{}", full.meta.id);
            for (f, s) in full.params.iter().zip(&slim.params) {
                assert_eq!(f.name, s.name);
                assert!(s.unit.is_none() && f.unit.is_some(), "{}", f.name);
                let values = |p: &NamedParam| -> Vec<_> {
                    p.param
                        .entries()
                        .iter()
                        .map(|e| (e.since, e.value.clone(), e.reference.clone(), e.confidence))
                        .collect()
                };
                assert_eq!(values(f), values(s), "{}", f.name);
            }
        }
        // The eligibility copy is read by the eligibility reader's own tests in wasm.
        let slim = include_str!(concat!(
            env!("OUT_DIR"),
            "/params_bojonegoro-2025.wasm.json"
        ));
        let file = crate::rules::params::ParamFile::from_json_str(slim).unwrap();
        assert!(crate::rules::params::ParamSet::complete(file).is_ok());
    }
}
