//! The parameters of a verval run: the cycle, the quota and the ranking.
//!
//! They live in `data/verval/params.toml`, in the one parameter format of layak
//! ([`crate::params`]), each value dated, referenced and marked like the eligibility and
//! claims parameters (most are unconfirmed: no written rule for the verval cycle, the split
//! of places or the order of a waiting list was found). They are part of the one parameter
//! set, so `--params FILE` (the JavaScript `params` option) overrides them by name, like any
//! other parameter.

use crate::confidence::Confidence;
use crate::params::{NamedSet, Scalar};
use chrono::NaiveDate;
use serde_json::Value;

/// How candidates are ordered for the places: one key after another.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PriorityKey {
    /// The DTSEN welfare decile, lower (poorer) first, an empty decile last.
    Desil,
    /// The order of the input file.
    Row,
}

impl PriorityKey {
    /// The key as written in the parameters.
    pub fn code(self) -> &'static str {
        match self {
            PriorityKey::Desil => "desil",
            PriorityKey::Row => "row",
        }
    }
}

/// Where the quota comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QuotaSource {
    /// `quota.rentan` and `quota.insentif`.
    Targets,
    /// What `budget.annual` pays for a whole year at the monthly contribution, split in the
    /// proportion of the targets.
    Budget,
}

/// One parameter value with what it rests on, for `summary.json`.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Used {
    /// Dotted name.
    pub name: String,
    /// The value in force.
    pub value: Value,
    /// First day it applies.
    pub since: String,
    /// The law or source.
    pub reference: String,
    /// How sure it is.
    pub confidence: Confidence,
}

/// The verval parameters in force on one date.
#[derive(Debug, Clone, PartialEq)]
pub struct VervalParams {
    /// Months between two verval rounds.
    pub interval_months: u32,
    /// Places for pekerja rentan.
    pub quota_rentan: u64,
    /// Places for penerima insentif.
    pub quota_insentif: u64,
    /// Where the quota comes from.
    pub quota_source: QuotaSource,
    /// The ranking keys.
    pub priority: Vec<PriorityKey>,
    /// Every value used, with its reference.
    pub used: Vec<Used>,
}

/// Why a parameter file cannot be used.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct VervalParamsError(pub String);

fn err(s: impl Into<String>) -> VervalParamsError {
    VervalParamsError(s.into())
}

/// The text of an override given the old way (`--verval-params`, the `verval_params` option)
/// as a parameter tree. It may be in the one format (docs/parameters.md), or in the list
/// layout this option took before the sets shared one format:
/// `{"params": [{"name": "quota.rentan", "unit": ..., "values": [...]}]}`, whose entries are
/// the same dated values, so it is rewritten into the tree `{"quota": {"rentan": {...}}}`.
pub fn legacy_override(text: &str) -> Result<Value, VervalParamsError> {
    let v: Value = serde_json::from_str(text).map_err(|e| err(format!("JSON: {e}")))?;
    let Some(list) = v.get("params").and_then(Value::as_array) else {
        return Ok(v);
    };
    let mut tree = serde_json::Map::new();
    for p in list {
        let name = p
            .get("name")
            .and_then(Value::as_str)
            .ok_or_else(|| err("a parameter without \"name\""))?;
        let mut param = serde_json::Map::new();
        for key in ["unit", "values"] {
            if let Some(x) = p.get(key) {
                param.insert(key.to_string(), x.clone());
            }
        }
        let mut at = &mut tree;
        let mut parts = name.split('.').peekable();
        while let Some(part) = parts.next() {
            if parts.peek().is_none() {
                at.insert(part.to_string(), Value::Object(param));
                break;
            }
            let next = at
                .entry(part.to_string())
                .or_insert_with(|| Value::Object(serde_json::Map::new()));
            at = match next {
                Value::Object(m) => m,
                _ => return Err(err(format!("{name}: a parameter inside another"))),
            };
        }
    }
    Ok(Value::Object(tree))
}

/// The verval parameters of `set` (the embedded verval set, or it with an override) in force
/// on `on`, checked.
pub fn resolve(set: &NamedSet, on: NaiveDate) -> Result<VervalParams, VervalParamsError> {
    let mut used = Vec::new();
    let mut pick = |name: &str| -> Result<Scalar, VervalParamsError> {
        let e = set
            .entry_on(name, on)
            .ok_or_else(|| err(format!("{name}: no value on {on}")))?;
        let value = e
            .value
            .clone()
            .ok_or_else(|| err(format!("{name}: no value on {on}")))?;
        used.push(Used {
            name: name.to_string(),
            value: value.json(),
            since: e.since.0.to_string(),
            reference: e.reference.clone(),
            confidence: e.confidence,
        });
        Ok(value)
    };
    let count = |v: Scalar, name: &str| match v {
        Scalar::Whole(n) => Ok(n),
        _ => Err(err(format!("{name}: a whole number is needed"))),
    };
    let interval = count(pick("verval.interval_months")?, "verval.interval_months")?;
    let interval_months = u32::try_from(interval)
        .ok()
        .filter(|m| (1..=120).contains(m))
        .ok_or_else(|| err("verval.interval_months: 1 to 120 months"))?;
    let quota_rentan = count(pick("quota.rentan")?, "quota.rentan")?;
    let quota_insentif = count(pick("quota.insentif")?, "quota.insentif")?;
    let quota_source = match pick("quota.source")? {
        Scalar::Text(t) if t == "targets" => QuotaSource::Targets,
        Scalar::Text(t) if t == "budget" => QuotaSource::Budget,
        _ => return Err(err("quota.source: \"targets\" or \"budget\"")),
    };
    let Scalar::Words(keys) = pick("quota.priority")? else {
        return Err(err("quota.priority: a list of keys"));
    };
    let mut priority = Vec::new();
    for k in keys {
        priority.push(match k.as_str() {
            "desil" => PriorityKey::Desil,
            "row" => PriorityKey::Row,
            _ => return Err(err("quota.priority: keys are \"desil\" and \"row\"")),
        });
    }
    if !priority.contains(&PriorityKey::Row) {
        // The input order settles every tie, so the ranking is always deterministic.
        priority.push(PriorityKey::Row);
    }
    Ok(VervalParams {
        interval_months,
        quota_rentan,
        quota_insentif,
        quota_source,
        priority,
        used,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::params::{ParamFile, ParamSet};

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn embedded() -> &'static NamedSet {
        ParamSet::embedded().unwrap().verval()
    }

    #[test]
    fn the_2025_targets_and_a_six_month_cycle() {
        // rules-and-sources.md 6.4: 157,058 vulnerable + 35,688 incentive recipients; verval
        // twice a year.
        let p = resolve(embedded(), d(2025, 6, 1)).unwrap();
        assert_eq!(p.interval_months, 6);
        assert_eq!((p.quota_rentan, p.quota_insentif), (157_058, 35_688));
        assert_eq!(p.quota_source, QuotaSource::Targets);
        assert_eq!(p.priority, [PriorityKey::Desil, PriorityKey::Row]);
        assert!(p.used.iter().all(|u| !u.reference.is_empty()));
        assert_eq!(p.used[1].since, "2025-01-01");
        // Before 2025 there is no quota value: a clear error, not a zero.
        assert!(resolve(embedded(), d(2024, 6, 1)).is_err());
    }

    #[test]
    fn an_override_in_the_old_list_layout_replaces_what_it_names() {
        let over = |text: &str| {
            let tree = legacy_override(text).unwrap();
            ParamFile::from_json_value(&tree).map(|f| ParamSet::embedded().unwrap().with(f))
        };
        let old = r#"{"params": [{"name": "quota.rentan", "values": [{"since": "2025-01-01", "value": 1000, "reference": "uji", "confidence": "unconfirmed"}]}]}"#;
        let set = over(old).unwrap();
        let p = resolve(set.verval(), d(2025, 6, 1)).unwrap();
        assert_eq!((p.quota_rentan, p.quota_insentif), (1000, 35_688));
        assert_eq!(set.verval().meta.id, "verval-bojonegoro-2025+override");
        // The same in the one format.
        let new = r#"{"quota": {"rentan": {"values": [{"since": "2025-01-01", "value": 1000, "reference": "uji", "confidence": "unconfirmed"}]}}}"#;
        assert_eq!(over(new).unwrap(), set);
        let bad = r#"{"params": [{"name": "quota.rentn", "values": []}]}"#;
        let e = over(bad).unwrap_err();
        assert_eq!(e.key.as_deref(), Some("quota.rentn"));
        let unreferenced = r#"{"params": [{"name": "quota.rentan", "values": [{"since": "2025-01-01", "value": 1}]}]}"#;
        assert!(over(unreferenced).is_err());
    }
}
