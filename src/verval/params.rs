//! The parameters of a verval run: the cycle, the quota and the ranking.
//!
//! They live in `data/verval/params.json`, compiled into the library, each value dated,
//! referenced and marked like the eligibility parameters (most are unconfirmed: no written
//! rule for the verval cycle, the split of places or the order of a waiting list was found).
//! An override file in the same layout replaces the parameters it names
//! (`layak verval --verval-params FILE`).

use crate::confidence::Confidence;
use chrono::NaiveDate;
use serde_json::Value;

const EMBEDDED: &str = include_str!("../../data/verval/params.json");

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

/// Reads a parameter file (JSON) into its parameters, checking every value has a date in
/// order, a reference and a mark.
fn entries(text: &str) -> Result<Vec<(String, Vec<Value>)>, VervalParamsError> {
    let v: Value = serde_json::from_str(text).map_err(|e| err(format!("JSON: {e}")))?;
    let params = v
        .get("params")
        .and_then(Value::as_array)
        .ok_or_else(|| err("no \"params\" list"))?;
    let mut out = Vec::new();
    for p in params {
        let name = p
            .get("name")
            .and_then(Value::as_str)
            .ok_or_else(|| err("a parameter without \"name\""))?;
        if !KNOWN.contains(&name) {
            return Err(err(format!(
                "unknown parameter {name}; expected one of: {}",
                KNOWN.join(", ")
            )));
        }
        let values = p
            .get("values")
            .and_then(Value::as_array)
            .filter(|v| !v.is_empty())
            .ok_or_else(|| err(format!("{name}: no values")))?;
        let mut last: Option<NaiveDate> = None;
        for e in values {
            let since = e
                .get("since")
                .and_then(Value::as_str)
                .and_then(crate::date::parse_iso)
                .ok_or_else(|| err(format!("{name}: a value without a \"since\" date")))?;
            if last.is_some_and(|l| l >= since) {
                return Err(err(format!("{name}: values out of date order")));
            }
            last = Some(since);
            if e.get("reference").and_then(Value::as_str).is_none() {
                return Err(err(format!("{name}: a value without \"reference\"")));
            }
            if e.get("confidence")
                .and_then(Value::as_str)
                .and_then(mark)
                .is_none()
            {
                return Err(err(format!(
                    "{name}: \"confidence\" must be confirmed, likely or unconfirmed"
                )));
            }
        }
        out.push((name.to_string(), values.clone()));
    }
    Ok(out)
}

fn mark(s: &str) -> Option<Confidence> {
    [
        Confidence::Confirmed,
        Confidence::Likely,
        Confidence::Unconfirmed,
    ]
    .into_iter()
    .find(|c| c.as_str() == s)
}

const KNOWN: [&str; 5] = [
    "verval.interval_months",
    "quota.rentan",
    "quota.insentif",
    "quota.source",
    "quota.priority",
];

/// The embedded parameters, overridden parameter by parameter by `over` (the text of an
/// override file), in force on `on`.
pub fn resolve(over: Option<&str>, on: NaiveDate) -> Result<VervalParams, VervalParamsError> {
    let mut all = entries(EMBEDDED)?;
    if let Some(text) = over {
        for (name, values) in entries(text)? {
            match all.iter_mut().find(|(n, _)| *n == name) {
                Some(slot) => slot.1 = values,
                None => all.push((name, values)),
            }
        }
    }
    let mut used = Vec::new();
    let mut pick = |name: &str| -> Result<Value, VervalParamsError> {
        let values = all
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v)
            .ok_or_else(|| err(format!("{name}: missing")))?;
        let e = values
            .iter()
            .rev()
            .find(|e| {
                e.get("since")
                    .and_then(Value::as_str)
                    .and_then(crate::date::parse_iso)
                    .is_some_and(|s| s <= on)
            })
            .ok_or_else(|| err(format!("{name}: no value on {on}")))?;
        let value = e
            .get("value")
            .cloned()
            .ok_or_else(|| err(format!("{name}: no value on {on}")))?;
        let text = |k: &str| e.get(k).and_then(Value::as_str).unwrap_or("").to_string();
        used.push(Used {
            name: name.to_string(),
            value: value.clone(),
            since: text("since"),
            reference: text("reference"),
            confidence: mark(&text("confidence")).unwrap_or(Confidence::Unconfirmed),
        });
        Ok(value)
    };
    let count = |v: Value, name: &str| {
        v.as_u64()
            .ok_or_else(|| err(format!("{name}: a whole number is needed")))
    };
    let interval = count(pick("verval.interval_months")?, "verval.interval_months")?;
    let interval_months = u32::try_from(interval)
        .ok()
        .filter(|m| (1..=120).contains(m))
        .ok_or_else(|| err("verval.interval_months: 1 to 120 months"))?;
    let quota_rentan = count(pick("quota.rentan")?, "quota.rentan")?;
    let quota_insentif = count(pick("quota.insentif")?, "quota.insentif")?;
    let quota_source = match pick("quota.source")?.as_str() {
        Some("targets") => QuotaSource::Targets,
        Some("budget") => QuotaSource::Budget,
        _ => return Err(err("quota.source: \"targets\" or \"budget\"")),
    };
    let keys = pick("quota.priority")?;
    let mut priority = Vec::new();
    for k in keys
        .as_array()
        .ok_or_else(|| err("quota.priority: a list of keys"))?
    {
        priority.push(match k.as_str() {
            Some("desil") => PriorityKey::Desil,
            Some("row") => PriorityKey::Row,
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

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn the_2025_targets_and_a_six_month_cycle() {
        // rules-and-sources.md 6.4: 157,058 vulnerable + 35,688 incentive recipients; verval
        // twice a year.
        let p = resolve(None, d(2025, 6, 1)).unwrap();
        assert_eq!(p.interval_months, 6);
        assert_eq!((p.quota_rentan, p.quota_insentif), (157_058, 35_688));
        assert_eq!(p.quota_source, QuotaSource::Targets);
        assert_eq!(p.priority, [PriorityKey::Desil, PriorityKey::Row]);
        assert!(p.used.iter().all(|u| !u.reference.is_empty()));
        // Before 2025 there is no quota value: a clear error, not a zero.
        assert!(resolve(None, d(2024, 6, 1)).is_err());
    }

    #[test]
    fn an_override_replaces_what_it_names() {
        let over = r#"{"params": [{"name": "quota.rentan", "values": [{"since": "2025-01-01", "value": 1000, "reference": "uji", "confidence": "unconfirmed"}]}]}"#;
        let p = resolve(Some(over), d(2025, 6, 1)).unwrap();
        assert_eq!((p.quota_rentan, p.quota_insentif), (1000, 35_688));
        let bad = r#"{"params": [{"name": "quota.rentn", "values": []}]}"#;
        assert!(resolve(Some(bad), d(2025, 6, 1))
            .unwrap_err()
            .0
            .contains("unknown parameter quota.rentn"));
        let unreferenced = r#"{"params": [{"name": "quota.rentan", "values": [{"since": "2025-01-01", "value": 1}]}]}"#;
        assert!(resolve(Some(unreferenced), d(2025, 6, 1)).is_err());
    }
}
