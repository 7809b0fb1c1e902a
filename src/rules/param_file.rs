//! Reading parameter files and objects, with errors that name the key and the line.
//!
//! Every face hands parameters over as a tree of JSON values: a JSON file, a TOML file
//! (native only, converted), a JavaScript object, a golden test's `params`. One reader checks
//! that tree key by key against the layout of [`ParamFile`], so the faces cannot disagree
//! about what a parameter file may say. It is written out by hand rather than derived with
//! serde for two reasons: it names the exact key of a mistake (`age.max.values[1].since`),
//! and it is small, where a derived, path-tracking deserializer added about 90 KB (gzipped)
//! to the WebAssembly package, whose whole budget is 200 KB.
//!
//! Unknown keys are refused: a misspelt parameter must be an error, not an override that
//! silently changes nothing.

use super::applicant::{Citizenship, Occupation, Program};
use super::params::{
    Basis, CategoryCode, Count, Dated, IfEnrolled, List, Param, ParamFile, ParamsError,
    ParamsErrorKind, RegencyCode, Rupiah, Since, Years,
};
use crate::confidence::Confidence;
use crate::date;
use crate::region;
use chrono::NaiveDate;
use serde_json::{Map, Value};
use std::fmt;

/// One step of a key path.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Seg {
    /// A key of an object.
    Key(String),
    /// A position in a list.
    Index(usize),
}

/// Where a value sits in a parameter file, e.g. `age.max.values[0].value`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct KeyPath(Vec<Seg>);

impl KeyPath {
    fn key(&self, k: &str) -> KeyPath {
        let mut p = self.0.clone();
        p.push(Seg::Key(k.to_string()));
        KeyPath(p)
    }

    fn index(&self, i: usize) -> KeyPath {
        let mut p = self.0.clone();
        p.push(Seg::Index(i));
        KeyPath(p)
    }
}

impl fmt::Display for KeyPath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, s) in self.0.iter().enumerate() {
            match s {
                // Rule ids contain dots: `rules."identity.nik"`, as TOML writes them. Any
                // key that is not a bare TOML key is quoted and escaped the same way, so a
                // key holding a line break or a terminal escape cannot break the one-line
                // error message or forge lines in a log (found by fuzzing).
                Seg::Key(k) if !is_bare_key(k) => {
                    if i > 0 {
                        f.write_str(".")?;
                    }
                    write!(f, "{k:?}")?;
                }
                Seg::Key(k) => {
                    if i > 0 {
                        f.write_str(".")?;
                    }
                    f.write_str(k)?;
                }
                Seg::Index(n) => write!(f, "[{n}]")?,
            }
        }
        Ok(())
    }
}

/// Whether a key can be written bare, as TOML allows: ASCII letters, digits, `_` and `-`.
fn is_bare_key(k: &str) -> bool {
    !k.is_empty()
        && k.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
}

/// A parser's message as one line of printable text: control characters it quotes from the
/// file (a backspace, a terminal escape) are written as escapes (found by fuzzing).
#[cfg(not(target_arch = "wasm32"))]
fn printable(s: &str) -> String {
    s.chars()
        .flat_map(|c| {
            let escaped = c.is_control().then(|| c.escape_debug());
            escaped
                .into_iter()
                .flatten()
                .chain((!c.is_control()).then_some(c))
        })
        .collect()
}

/// A mistake found while reading, and where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Bad {
    pub path: KeyPath,
    pub detail: String,
}

impl From<Bad> for ParamsError {
    fn from(b: Bad) -> ParamsError {
        ParamsError {
            kind: ParamsErrorKind::Invalid,
            file: None,
            line: None,
            key: (!b.path.0.is_empty()).then(|| b.path.to_string()),
            detail: b.detail,
        }
    }
}

fn bad(at: &KeyPath, detail: impl Into<String>) -> Bad {
    Bad {
        path: at.clone(),
        detail: detail.into(),
    }
}

/// What a JSON value is, for "expected ..., found ..." messages.
fn found(v: &Value) -> String {
    match v {
        Value::Null => "null".into(),
        Value::Bool(b) => format!("{b}"),
        Value::Number(_) => "a number".into(),
        Value::String(s) => format!("the text {s:?}"),
        Value::Array(_) => "a list".into(),
        Value::Object(_) => "a table".into(),
    }
}

fn object<'v>(v: &'v Value, at: &KeyPath) -> Result<&'v Map<String, Value>, Bad> {
    v.as_object()
        .ok_or_else(|| bad(at, format!("expected a table of keys, found {}", found(v))))
}

fn array<'v>(v: &'v Value, at: &KeyPath) -> Result<&'v [Value], Bad> {
    v.as_array()
        .map(Vec::as_slice)
        .ok_or_else(|| bad(at, format!("expected a list, found {}", found(v))))
}

fn text<'v>(v: &'v Value, at: &KeyPath) -> Result<&'v str, Bad> {
    v.as_str()
        .ok_or_else(|| bad(at, format!("expected text, found {}", found(v))))
}

fn whole(v: &Value, at: &KeyPath) -> Result<u64, Bad> {
    v.as_u64()
        .ok_or_else(|| bad(at, format!("expected a whole number, found {}", found(v))))
}

fn unknown(at: &KeyPath, expected: &[&str]) -> Bad {
    bad(
        at,
        format!("unknown key; expected one of: {}", expected.join(", ")),
    )
}

/// A value that a parameter can hold.
pub(crate) trait FromParam: Sized {
    fn read(v: &Value, at: &KeyPath) -> Result<Self, Bad>;
}

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

fn code<T>(
    v: &Value,
    at: &KeyPath,
    parse: impl Fn(&str) -> Option<T>,
    expected: &str,
) -> Result<T, Bad> {
    let s = text(v, at)?;
    parse(s).ok_or_else(|| bad(at, format!("{s:?} is not one of: {expected}")))
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

fn confidence(v: &Value, at: &KeyPath) -> Result<Confidence, Bad> {
    code(
        v,
        at,
        |s| match s {
            "confirmed" => Some(Confidence::Confirmed),
            "likely" => Some(Confidence::Likely),
            "unconfirmed" => Some(Confidence::Unconfirmed),
            _ => None,
        },
        "confirmed, likely, unconfirmed",
    )
}

fn since(v: &Value, at: &KeyPath) -> Result<Since, Bad> {
    let s = text(v, at)?;
    date::parse_iso(s)
        .map(Since)
        .ok_or_else(|| bad(at, format!("{s:?} is not a date written YYYY-MM-DD")))
}

const DATED_KEYS: &[&str] = &[
    "since",
    "value",
    "reference",
    "confidence",
    "note",
    "note_en",
];

/// A dated entry whose value is not read yet. Everything but the value is the same for every
/// parameter, so it is read by one function, not once per value type: in WebAssembly each
/// copy of generic code is paid for in download size.
struct RawDated<'v> {
    since: Since,
    value: Option<(&'v Value, KeyPath)>,
    reference: String,
    confidence: Confidence,
    note: Option<String>,
    note_en: Option<String>,
}

fn raw_dated<'v>(v: &'v Value, at: &KeyPath) -> Result<RawDated<'v>, Bad> {
    let mut start = None;
    let mut value = None;
    let mut reference = None;
    let mut conf = None;
    let mut note = None;
    let mut note_en = None;
    for (k, x) in object(v, at)? {
        let p = at.key(k);
        match k.as_str() {
            "since" => start = Some(since(x, &p)?),
            "value" if x.is_null() => value = None,
            "value" => value = Some((x, p)),
            "reference" => reference = Some(text(x, &p)?.to_string()),
            "confidence" => conf = Some(confidence(x, &p)?),
            "note" => note = Some(text(x, &p)?.to_string()),
            "note_en" => note_en = Some(text(x, &p)?.to_string()),
            _ => return Err(unknown(&p, DATED_KEYS)),
        }
    }
    let missing = |what: &str| bad(at, format!("missing `{what}`"));
    Ok(RawDated {
        since: start.ok_or_else(|| missing("since"))?,
        value,
        reference: reference.ok_or_else(|| missing("reference"))?,
        confidence: conf.ok_or_else(|| missing("confidence"))?,
        note,
        note_en,
    })
}

/// The entries of a parameter, checked: at least one, increasing dates, every one with a
/// reference.
fn raw_param<'v>(v: &'v Value, at: &KeyPath) -> Result<Vec<RawDated<'v>>, Bad> {
    let mut values = None;
    for (k, x) in object(v, at)? {
        let p = at.key(k);
        match k.as_str() {
            "values" => {
                let mut list = Vec::new();
                for (i, e) in array(x, &p)?.iter().enumerate() {
                    list.push(raw_dated(e, &p.index(i))?);
                }
                values = Some(list);
            }
            _ => return Err(unknown(&p, &["values"])),
        }
    }
    let values = values.ok_or_else(|| bad(at, "missing `values`, the list of dated values"))?;
    if values.is_empty() {
        return Err(bad(at, "a parameter needs at least one entry in `values`"));
    }
    for w in values.windows(2) {
        if w[1].since <= w[0].since {
            return Err(bad(
                at,
                format!(
                    "the `since` dates must increase, but {} follows {}",
                    w[1].since.0, w[0].since.0
                ),
            ));
        }
    }
    if let Some(e) = values.iter().find(|e| e.reference.trim().is_empty()) {
        return Err(bad(
            at,
            format!(
                "the value since {} needs a `reference` (the law or source it rests on)",
                e.since.0
            ),
        ));
    }
    Ok(values)
}

fn param<T: FromParam>(v: &Value, at: &KeyPath) -> Result<Param<T>, Bad> {
    let mut out = Vec::new();
    for r in raw_param(v, at)? {
        let value = match &r.value {
            Some((x, p)) => Some(T::read(x, p)?),
            None => None,
        };
        out.push(Dated {
            since: r.since,
            value,
            reference: r.reference,
            confidence: r.confidence,
            note: r.note,
            note_en: r.note_en,
        });
    }
    Ok(Param::from_checked(out))
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

const TOP_KEYS: &[&str] = &[
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
];

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
            }
            "title" => f.title = Some(text(x, &p)?.to_string()),
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
            _ => return Err(unknown(&p, TOP_KEYS)),
        }
    }
    Ok(f)
}

/// The 1-based line of a byte offset.
fn line_of(text: &str, offset: usize) -> usize {
    1 + text
        .as_bytes()
        .iter()
        .take(offset)
        .filter(|b| **b == b'\n')
        .count()
}

impl ParamFile {
    /// Reads parameters already parsed into JSON values (the `params` option in JavaScript
    /// and in the golden files).
    pub fn from_json_value(value: &Value) -> Result<ParamFile, ParamsError> {
        read(value).map_err(ParamsError::from)
    }

    /// Reads a parameter file written in JSON. Errors carry the line.
    pub fn from_json_str(text: &str) -> Result<ParamFile, ParamsError> {
        let value: Value = serde_json::from_str(text).map_err(|e| {
            let full = e.to_string();
            // serde_json appends " at line L column C"; the line is reported on its own.
            // serde_json's messages quote nothing from the text (unlike toml_edit's), and
            // this reader is in the WebAssembly package, whose size is budgeted.
            let detail = full
                .rsplit_once(" at line ")
                .map_or(full.as_str(), |(d, _)| d)
                .to_string();
            ParamsError {
                line: Some(e.line()),
                ..ParamsError::from(bad(&KeyPath::default(), detail))
            }
        })?;
        read(&value).map_err(|b| {
            let line = json_locate(text.as_bytes(), &b.path.0).map(|o| line_of(text, o));
            ParamsError {
                line,
                ..ParamsError::from(b)
            }
        })
    }

    /// Reads a parameter file written in TOML. Native only: the WebAssembly package takes
    /// parameters as a JavaScript object and carries no TOML parser.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn from_toml_str(text: &str) -> Result<ParamFile, ParamsError> {
        let doc = toml_edit::ImDocument::parse(text).map_err(|e| ParamsError {
            line: e.span().map(|s| line_of(text, s.start)),
            // toml_edit's message may run over several lines; the CLI prints one. It may
            // also quote a key of the file, control characters and all.
            ..ParamsError::from(bad(
                &KeyPath::default(),
                printable(&e.message().split_whitespace().collect::<Vec<_>>().join(" ")),
            ))
        })?;
        read(&toml_text::item(doc.as_item())).map_err(|b| {
            let line = toml_text::locate(doc.as_item(), &b.path.0).map(|o| line_of(text, o));
            ParamsError {
                line,
                ..ParamsError::from(b)
            }
        })
    }

    /// Reads a parameter file: JSON when its name ends in `.json`, TOML otherwise. Errors
    /// name the file.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn read_file(path: &std::path::Path) -> Result<ParamFile, ParamsError> {
        let name = path.display().to_string();
        let text = std::fs::read_to_string(path)
            .map_err(|e| ParamsError::unreadable(&name, e.to_string()))?;
        let is_json = path
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("json"));
        let parsed = if is_json {
            ParamFile::from_json_str(&text)
        } else {
            ParamFile::from_toml_str(&text)
        };
        parsed.map_err(|e| e.in_file(&name))
    }
}

/// TOML, read with `toml_edit`, which keeps where each item stands in the text.
#[cfg(not(target_arch = "wasm32"))]
mod toml_text {
    use super::Seg;
    use serde_json::Value;
    use toml_edit::Item;

    fn table<'a>(entries: impl Iterator<Item = (&'a str, Value)>) -> Value {
        Value::Object(entries.map(|(k, v)| (k.to_string(), v)).collect())
    }

    /// The TOML document as JSON values; a TOML date becomes its ISO text.
    pub fn item(i: &Item) -> Value {
        match i {
            Item::None => Value::Null,
            Item::Value(v) => value(v),
            Item::Table(t) => table(t.iter().map(|(k, i)| (k, item(i)))),
            Item::ArrayOfTables(a) => Value::Array(
                a.iter()
                    .map(|t| table(t.iter().map(|(k, i)| (k, item(i)))))
                    .collect(),
            ),
        }
    }

    fn value(v: &toml_edit::Value) -> Value {
        use toml_edit::Value as T;
        match v {
            T::String(s) => Value::String(s.value().clone()),
            T::Integer(n) => Value::from(*n.value()),
            T::Float(x) => {
                serde_json::Number::from_f64(*x.value()).map_or(Value::Null, Value::Number)
            }
            T::Boolean(b) => Value::Bool(*b.value()),
            T::Datetime(d) => Value::String(d.value().to_string()),
            T::Array(a) => Value::Array(a.iter().map(value).collect()),
            T::InlineTable(t) => table(t.iter().map(|(k, v)| (k, value(v)))),
        }
    }

    /// Where the item at `path` (or its nearest enclosing item) starts.
    pub fn locate(root: &Item, path: &[Seg]) -> Option<usize> {
        let mut best = root.span();
        let mut cur = root;
        for seg in path {
            let next = match seg {
                Seg::Key(k) => cur.get(k.as_str()),
                Seg::Index(n) => cur.get(*n),
            };
            match next {
                Some(n) => {
                    cur = n;
                    if let Some(s) = n.span() {
                        best = Some(s);
                    }
                }
                None => break,
            }
        }
        best.map(|s| s.start)
    }
}

fn skip_ws(b: &[u8], i: &mut usize) {
    while b.get(*i).is_some_and(|c| c.is_ascii_whitespace()) {
        *i += 1;
    }
}

/// Moves past a string that starts at `i`.
fn skip_string(b: &[u8], i: &mut usize) {
    *i += 1;
    while let Some(&c) = b.get(*i) {
        *i += 1;
        match c {
            b'\\' => *i += 1,
            b'"' => return,
            _ => {}
        }
    }
}

/// Moves past the value that starts at `i`.
fn skip_value(b: &[u8], i: &mut usize) {
    skip_ws(b, i);
    match b.get(*i) {
        Some(b'"') => skip_string(b, i),
        Some(b'{' | b'[') => {
            let mut depth = 0i32;
            while let Some(&c) = b.get(*i) {
                match c {
                    b'"' => {
                        skip_string(b, i);
                        continue;
                    }
                    b'{' | b'[' => depth += 1,
                    b'}' | b']' => {
                        depth -= 1;
                        if depth == 0 {
                            *i += 1;
                            return;
                        }
                    }
                    _ => {}
                }
                *i += 1;
            }
        }
        _ => {
            while let Some(&c) = b.get(*i) {
                if matches!(c, b',' | b'}' | b']') || c.is_ascii_whitespace() {
                    return;
                }
                *i += 1;
            }
        }
    }
}

/// Where the value at `path` (or its nearest enclosing value) starts in JSON text that is
/// known to parse. serde_json's values do not keep their place in the text; this short scan
/// finds it again for the error message.
fn json_locate(b: &[u8], path: &[Seg]) -> Option<usize> {
    let mut i = 0;
    scan(b, &mut i, path)
}

fn scan(b: &[u8], i: &mut usize, path: &[Seg]) -> Option<usize> {
    skip_ws(b, i);
    let start = *i;
    let Some(seg) = path.first() else {
        return Some(start);
    };
    match (b.get(*i), seg) {
        (Some(b'{'), Seg::Key(k)) => {
            *i += 1;
            loop {
                skip_ws(b, i);
                if b.get(*i) != Some(&b'"') {
                    return Some(start);
                }
                let key_start = *i + 1;
                skip_string(b, i);
                let key = b.get(key_start..i.saturating_sub(1))?;
                skip_ws(b, i);
                if b.get(*i) != Some(&b':') {
                    return Some(start);
                }
                *i += 1;
                if key == k.as_bytes() {
                    return scan(b, i, &path[1..]).or(Some(start));
                }
                skip_value(b, i);
                skip_ws(b, i);
                if b.get(*i) != Some(&b',') {
                    return Some(start);
                }
                *i += 1;
            }
        }
        (Some(b'['), Seg::Index(n)) => {
            *i += 1;
            let mut at = 0;
            loop {
                skip_ws(b, i);
                if at == *n {
                    return scan(b, i, &path[1..]).or(Some(start));
                }
                skip_value(b, i);
                skip_ws(b, i);
                if b.get(*i) != Some(&b',') {
                    return Some(start);
                }
                *i += 1;
                at += 1;
            }
        }
        _ => Some(start),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn key_paths_read_like_the_file() {
        let p = KeyPath::default()
            .key("age")
            .key("max")
            .key("values")
            .index(1)
            .key("since");
        assert_eq!(p.to_string(), "age.max.values[1].since");
        let p = KeyPath::default().key("rules").key("identity.nik");
        assert_eq!(p.to_string(), "rules.\"identity.nik\"");
    }

    #[test]
    fn the_json_scanner_finds_nested_values() {
        let text = "{\"a\": {\"b\": [1,\n {\"c\": \"x,]}\"}, {\"d\":\n 2}]}, \"e\": 3}";
        let path = |segs: &[Seg]| json_locate(text.as_bytes(), segs).map(|o| line_of(text, o));
        let k = |s: &str| Seg::Key(s.into());
        assert_eq!(path(&[k("a"), k("b"), Seg::Index(2), k("d")]), Some(3));
        assert_eq!(path(&[k("a"), k("b"), Seg::Index(1), k("c")]), Some(2));
        assert_eq!(path(&[k("e")]), Some(3));
        // A key that is not there: the nearest enclosing value.
        assert_eq!(path(&[k("a"), k("zz")]), Some(1));
    }
}
