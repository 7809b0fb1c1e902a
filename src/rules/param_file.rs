//! Reading the eligibility set and overrides of any set, with errors that name the key and
//! the line.
//!
//! The common parts of every parameter (dated entries, units, marks) and the named claims
//! and verval parameters are read by [`crate::params::read`]; this file adds the eligibility
//! set's typed values (a regency code that must be in the Kemendagri table, category codes,
//! occupation codes...) and the layout of [`ParamFile`]: the eligibility groups at the top,
//! and, in an override, any claims or verval parameter at its dotted name. So one override
//! file (`--params`, the JavaScript `params` option) changes any parameter of any set, and
//! the faces cannot disagree about what a parameter file may say.
//!
//! Unknown keys are refused: a misspelt parameter must be an error, not an override that
//! silently changes nothing.

use super::applicant::{Citizenship, Occupation, Program};
use super::params::{
    Basis, CategoryCode, Count, IfEnrolled, List, ParamFile, ParamsError, RegencyCode, Rupiah,
    Years,
};
use crate::params::read::{
    array, bad, code, confidence, from_json_text, named, object, param, text, unknown, whole, Bad,
    FromParam, KeyPath,
};
use crate::region;
use chrono::NaiveDate;
use serde_json::Value;

impl FromParam for Years {
    fn read(v: &Value, at: &KeyPath) -> Result<Self, Bad> {
        let n = whole(v, at)?;
        u32::try_from(n)
            .ok()
            .filter(|n| *n <= 150)
            .map(Years)
            .ok_or_else(|| bad(at, format!("{n} is not an age in years")))
    }
}

impl FromParam for Rupiah {
    fn read(v: &Value, at: &KeyPath) -> Result<Self, Bad> {
        whole(v, at).map(Rupiah)
    }
}

impl FromParam for Count {
    fn read(v: &Value, at: &KeyPath) -> Result<Self, Bad> {
        whole(v, at).map(Count)
    }
}

impl FromParam for RegencyCode {
    fn read(v: &Value, at: &KeyPath) -> Result<Self, Bad> {
        let s = text(v, at)?;
        let code = region::RegionCode::parse(s)
            .filter(|c| c.level() == region::Level::Regency)
            .and_then(|c| u16::try_from(c.value()).ok())
            .ok_or_else(|| {
                bad(
                    at,
                    format!("{s:?} is not a regency code; write it like \"35.22\""),
                )
            })?;
        if region::regency(code, NaiveDate::MAX).is_none() {
            return Err(bad(
                at,
                format!("{s:?} is not in the Kemendagri regency table"),
            ));
        }
        Ok(RegencyCode(code))
    }
}

impl FromParam for IfEnrolled {
    fn read(v: &Value, at: &KeyPath) -> Result<Self, Bad> {
        match text(v, at)? {
            "fail" => Ok(IfEnrolled::Fail),
            "review" => Ok(IfEnrolled::Review),
            s => Err(bad(at, format!("{s:?} is not \"fail\" or \"review\""))),
        }
    }
}

impl FromParam for CategoryCode {
    fn read(v: &Value, at: &KeyPath) -> Result<Self, Bad> {
        let s = text(v, at)?;
        let ok = !s.is_empty()
            && s.len() <= 64
            && s.bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_');
        if !ok {
            return Err(bad(
                at,
                format!(
                    "category {s:?} must be lowercase letters, digits and _ (like \"buruh_tani\")"
                ),
            ));
        }
        Ok(CategoryCode(s.into()))
    }
}

impl FromParam for Citizenship {
    fn read(v: &Value, at: &KeyPath) -> Result<Self, Bad> {
        code(v, at, Citizenship::parse, "WNI, WNA")
    }
}

impl FromParam for Program {
    fn read(v: &Value, at: &KeyPath) -> Result<Self, Bad> {
        code(v, at, Program::parse, "rentan, insentif")
    }
}

impl FromParam for Occupation {
    fn read(v: &Value, at: &KeyPath) -> Result<Self, Bad> {
        code(
            v,
            at,
            |s| Occupation::ALL.into_iter().find(|o| o.as_str() == s),
            "none, pns, cpns, pppk, tni, polri, pejabat_negara, pekerja_penerima_upah, honorer, perangkat_desa",
        )
    }
}

impl<T: FromParam + PartialEq> FromParam for List<T> {
    fn read(v: &Value, at: &KeyPath) -> Result<Self, Bad> {
        let mut out: Vec<T> = Vec::new();
        for (i, x) in array(v, at)?.iter().enumerate() {
            let item = T::read(x, &at.index(i))?;
            if out.contains(&item) {
                return Err(bad(&at.index(i), "listed twice"));
            }
            out.push(item);
        }
        Ok(List(out))
    }
}

fn basis(v: &Value, at: &KeyPath) -> Result<Basis, Bad> {
    let mut reference = None;
    let mut conf = None;
    for (k, x) in object(v, at)? {
        let p = at.key(k);
        match k.as_str() {
            "reference" => reference = Some(text(x, &p)?.to_string()),
            "confidence" => conf = Some(confidence(x, &p)?),
            _ => return Err(unknown(&p, &["reference", "confidence"])),
        }
    }
    Ok(Basis {
        reference: reference.ok_or_else(|| bad(at, "missing `reference`"))?,
        confidence: conf.ok_or_else(|| bad(at, "missing `confidence`"))?,
    })
}

/// Reads the keys of a group table, refusing any not in `keys`.
fn group(
    v: &Value,
    at: &KeyPath,
    keys: &[&str],
    mut each: impl FnMut(&str, &Value, &KeyPath) -> Result<(), Bad>,
) -> Result<(), Bad> {
    for (k, x) in object(v, at)? {
        let p = at.key(k);
        if !keys.contains(&k.as_str()) {
            return Err(unknown(&p, keys));
        }
        each(k, x, &p)?;
    }
    Ok(())
}

/// Reads a parameter tree into a [`ParamFile`].
pub(crate) fn read(v: &Value) -> Result<ParamFile, Bad> {
    let root = KeyPath::default();
    let mut f = ParamFile::default();
    for (k, x) in object(v, &root)? {
        let p = root.key(k);
        match k.as_str() {
            "id" => {
                let id = text(x, &p)?.trim();
                if id.is_empty() {
                    return Err(bad(&p, "the id cannot be empty"));
                }
                // The id is printed in every result and on the CLI's result lines.
                if id.chars().any(char::is_control) {
                    return Err(bad(&p, "the id must be one line of text"));
                }
                f.id = Some(id.to_string());
                continue;
            }
            "title" => {
                f.title = Some(text(x, &p)?.to_string());
                continue;
            }
            "regency" => f.regency = Some(param(x, &p)?),
            "age" => group(x, &p, &["min", "max"], |k, x, p| {
                let v = Some(param(x, p)?);
                match k {
                    "min" => f.age.min = v,
                    _ => f.age.max = v,
                }
                Ok(())
            })?,
            "citizenship" => group(x, &p, &["allowed"], |_, x, p| {
                f.citizenship.allowed = Some(param(x, p)?);
                Ok(())
            })?,
            "categories" => group(x, &p, &["rentan", "insentif"], |k, x, p| {
                let v = Some(param(x, p)?);
                match k {
                    "rentan" => f.categories.rentan = v,
                    _ => f.categories.insentif = v,
                }
                Ok(())
            })?,
            "occupations" => group(x, &p, &["excluded"], |_, x, p| {
                f.occupations.excluded = Some(param(x, p)?);
                Ok(())
            })?,
            "poverty" => group(x, &p, &["required_for"], |_, x, p| {
                f.poverty.required_for = Some(param(x, p)?);
                Ok(())
            })?,
            "enrolment" => group(x, &p, &["if_enrolled"], |_, x, p| {
                f.enrolment.if_enrolled = Some(param(x, p)?);
                Ok(())
            })?,
            "contribution" => group(x, &p, &["jkk", "jkm"], |k, x, p| {
                let v = Some(param(x, p)?);
                match k {
                    "jkk" => f.contribution.jkk = v,
                    _ => f.contribution.jkm = v,
                }
                Ok(())
            })?,
            "budget" => group(x, &p, &["annual"], |_, x, p| {
                f.budget.annual = Some(param(x, p)?);
                Ok(())
            })?,
            "targets" => group(x, &p, &["rentan", "insentif"], |k, x, p| {
                let v = Some(param(x, p)?);
                match k {
                    "rentan" => f.targets.rentan = v,
                    _ => f.targets.insentif = v,
                }
                Ok(())
            })?,
            "rules" => group(
                x,
                &p,
                &["identity.nik", "enrolment.not_duplicate"],
                |k, x, p| {
                    let v = Some(basis(x, p)?);
                    match k {
                        "identity.nik" => f.rules.identity_nik = v,
                        _ => f.rules.not_duplicate = v,
                    }
                    Ok(())
                },
            )?,
            _ => {
                other(k, x, &p, &mut f)?;
                continue;
            }
        }
        f.eligibility = true;
    }
    Ok(f)
}

/// The groups of the claims set's parameters (`jkm.santunan_sekaligus`...) and of the
/// verval set's; a unit test checks them against the data.
const CLAIMS_GROUPS: &[&str] = &[
    "jkm",
    "jkk",
    "late",
    "death_report",
    "beasiswa",
    "signature",
];
const VERVAL_GROUPS: &[&str] = &["verval", "quota"];

/// Every key an override may have at the top.
const ALL_KEYS: &[&str] = &[
    "id",
    "title",
    "regency",
    "age",
    "citizenship",
    "categories",
    "occupations",
    "poverty",
    "enrolment",
    "contribution",
    "budget",
    "targets",
    "rules",
    "jkm",
    "jkk",
    "late",
    "death_report",
    "beasiswa",
    "signature",
    "verval",
    "quota",
];

/// A top-level key of another set: a group of claims or verval parameters.
fn other(k: &str, x: &Value, p: &KeyPath, f: &mut ParamFile) -> Result<(), Bad> {
    let sets = || crate::params::embedded_named().map_err(|e| bad(p, e.detail));
    if CLAIMS_GROUPS.contains(&k) {
        let [claims, _] = sets()?;
        named(x, p, k, Some(&claims), &mut f.claims)
    } else if VERVAL_GROUPS.contains(&k) {
        // The forms' WebAssembly module has no verval data (it runs no verval): there the
        // verval parameters are read, checked for format, and not used.
        let [_, verval] = sets()?;
        let known = (!verval.params.is_empty()).then_some(&*verval);
        named(x, p, k, known, &mut f.verval)
    } else {
        Err(unknown(p, ALL_KEYS))
    }
}

impl ParamFile {
    /// Reads parameters already parsed into JSON values (the `params` option in JavaScript
    /// and in the golden files).
    pub fn from_json_value(value: &Value) -> Result<ParamFile, ParamsError> {
        read(value).map_err(ParamsError::from)
    }

    /// Reads a parameter file written in JSON. Errors carry the line.
    pub fn from_json_str(text: &str) -> Result<ParamFile, ParamsError> {
        from_json_text(text, read)
    }

    /// Reads a parameter file written in TOML. Native only: the WebAssembly package takes
    /// parameters as a JavaScript object and carries no TOML parser.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn from_toml_str(text: &str) -> Result<ParamFile, ParamsError> {
        crate::params::read::from_toml_text(text, read)
    }

    /// Reads a parameter file: JSON when its name ends in `.json`, TOML otherwise. Errors
    /// name the file.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn read_file(path: &std::path::Path) -> Result<ParamFile, ParamsError> {
        crate::params::read::from_file(path, read)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_groups_of_the_other_sets_are_those_of_the_data() {
        let [claims, verval] = crate::params::embedded_named().unwrap();
        for (set, groups) in [(claims, CLAIMS_GROUPS), (verval, VERVAL_GROUPS)] {
            let mut seen: Vec<&str> = set
                .params
                .iter()
                .map(|p| p.name.split('.').next().unwrap())
                .collect();
            seen.dedup();
            seen.sort_unstable();
            seen.dedup();
            let mut want = groups.to_vec();
            want.sort_unstable();
            assert_eq!(seen, want, "{}", set.meta.id);
            for g in groups {
                assert!(ALL_KEYS.contains(g), "{g}");
            }
        }
    }
}
