//! The one reader of parameter files and objects, with errors that name the key and the line.
//!
//! Every face hands parameters over as a tree of JSON values: a JSON file, a TOML file
//! (native only, converted), a JavaScript object, a golden test's `params`, the embedded sets
//! that `build.rs` turned into JSON. This module reads what every parameter has in common
//! (the dated entries, the unit, the marks) and the named claims and verval parameters;
//! `rules::param_file` reads the eligibility set's typed values with the same functions. It
//! is written out by hand rather than derived with serde for two reasons: it names the exact
//! key of a mistake (`age.max.values[1].since`), and it is small, where a derived,
//! path-tracking deserializer added about 90 KB (gzipped) to the WebAssembly package, whose
//! whole budget is 200 KB.
//!
//! Unknown keys are refused: a misspelt parameter must be an error, not an override that
//! silently changes nothing.

use super::{
    Dated, NamedParam, NamedSet, Param, ParamsError, ParamsErrorKind, Scalar, SetMeta, Since,
};
use crate::confidence::Confidence;
use crate::date;
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
pub(crate) struct KeyPath(pub(crate) Vec<Seg>);

impl KeyPath {
    pub(crate) fn key(&self, k: &str) -> KeyPath {
        let mut p = self.0.clone();
        p.push(Seg::Key(k.to_string()));
        KeyPath(p)
    }

    pub(crate) fn index(&self, i: usize) -> KeyPath {
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
pub(crate) fn printable(s: &str) -> String {
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

pub(crate) fn bad(at: &KeyPath, detail: impl Into<String>) -> Bad {
    Bad {
        path: at.clone(),
        detail: detail.into(),
    }
}

/// What a JSON value is, for "expected ..., found ..." messages.
pub(crate) fn found(v: &Value) -> String {
    match v {
        Value::Null => "null".into(),
        Value::Bool(b) => format!("{b}"),
        Value::Number(_) => "a number".into(),
        Value::String(s) => format!("the text {s:?}"),
        Value::Array(_) => "a list".into(),
        Value::Object(_) => "a table".into(),
    }
}

pub(crate) fn object<'v>(v: &'v Value, at: &KeyPath) -> Result<&'v Map<String, Value>, Bad> {
    v.as_object()
        .ok_or_else(|| bad(at, format!("expected a table of keys, found {}", found(v))))
}

pub(crate) fn array<'v>(v: &'v Value, at: &KeyPath) -> Result<&'v [Value], Bad> {
    v.as_array()
        .map(Vec::as_slice)
        .ok_or_else(|| bad(at, format!("expected a list, found {}", found(v))))
}

pub(crate) fn text<'v>(v: &'v Value, at: &KeyPath) -> Result<&'v str, Bad> {
    v.as_str()
        .ok_or_else(|| bad(at, format!("expected text, found {}", found(v))))
}

pub(crate) fn whole(v: &Value, at: &KeyPath) -> Result<u64, Bad> {
    v.as_u64()
        .ok_or_else(|| bad(at, format!("expected a whole number, found {}", found(v))))
}

pub(crate) fn unknown(at: &KeyPath, expected: &[&str]) -> Bad {
    bad(
        at,
        format!("unknown key; expected one of: {}", expected.join(", ")),
    )
}

/// A value that a parameter can hold.
pub(crate) trait FromParam: Sized {
    fn read(v: &Value, at: &KeyPath) -> Result<Self, Bad>;
}

pub(crate) fn code<T>(
    v: &Value,
    at: &KeyPath,
    parse: impl Fn(&str) -> Option<T>,
    expected: &str,
) -> Result<T, Bad> {
    let s = text(v, at)?;
    parse(s).ok_or_else(|| bad(at, format!("{s:?} is not one of: {expected}")))
}

pub(crate) fn confidence(v: &Value, at: &KeyPath) -> Result<Confidence, Bad> {
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

pub(crate) fn since(v: &Value, at: &KeyPath) -> Result<Since, Bad> {
    let s = text(v, at)?;
    date::parse_iso(s)
        .map(Since)
        .ok_or_else(|| bad(at, format!("{s:?} is not a date written YYYY-MM-DD")))
}

const DATED_KEYS: &[&str] = &[
    "since",
    "value",
    "reference",
    "source",
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
    source: Option<String>,
    confidence: Confidence,
    note: Option<String>,
    note_en: Option<String>,
}

fn raw_dated<'v>(v: &'v Value, at: &KeyPath) -> Result<RawDated<'v>, Bad> {
    let mut start = None;
    let mut value = None;
    let mut reference = None;
    let mut source = None;
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
            "source" => source = Some(text(x, &p)?.to_string()),
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
        source,
        confidence: conf.ok_or_else(|| missing("confidence"))?,
        note,
        note_en,
    })
}

/// The unit and entries of a parameter, checked: at least one entry, increasing dates,
/// every one with a reference.
fn raw_param<'v>(v: &'v Value, at: &KeyPath) -> Result<(Option<String>, Vec<RawDated<'v>>), Bad> {
    let mut values = None;
    let mut unit = None;
    for (k, x) in object(v, at)? {
        let p = at.key(k);
        match k.as_str() {
            "unit" => unit = Some(text(x, &p)?.to_string()),
            "values" => {
                let mut list = Vec::new();
                for (i, e) in array(x, &p)?.iter().enumerate() {
                    list.push(raw_dated(e, &p.index(i))?);
                }
                values = Some(list);
            }
            _ => return Err(unknown(&p, &["values", "unit"])),
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
    Ok((unit, values))
}

/// Reads a parameter whose values are of type `T`.
pub(crate) fn param<T: FromParam>(v: &Value, at: &KeyPath) -> Result<Param<T>, Bad> {
    param_with_unit(v, at).map(|(_, p)| p)
}

/// Reads a parameter and its unit.
fn param_with_unit<T: FromParam>(
    v: &Value,
    at: &KeyPath,
) -> Result<(Option<String>, Param<T>), Bad> {
    let (unit, raw) = raw_param(v, at)?;
    let mut out = Vec::new();
    for r in raw {
        let value = match &r.value {
            Some((x, p)) => Some(T::read(x, p)?),
            None => None,
        };
        out.push(Dated {
            since: r.since,
            value,
            reference: r.reference,
            source: r.source,
            confidence: r.confidence,
            note: r.note,
            note_en: r.note_en,
        });
    }
    Ok((unit, Param::from_checked(out)))
}

/// The 1-based line of a byte offset.
pub(crate) fn line_of(text: &str, offset: usize) -> usize {
    1 + text
        .as_bytes()
        .iter()
        .take(offset)
        .filter(|b| **b == b'\n')
        .count()
}

impl FromParam for Scalar {
    fn read(v: &Value, at: &KeyPath) -> Result<Self, Bad> {
        match v {
            Value::Bool(b) => Ok(Scalar::Bool(*b)),
            Value::String(s) => Ok(Scalar::Text(s.clone())),
            Value::Number(_) => whole(v, at).map(Scalar::Whole),
            Value::Array(xs) => {
                let mut out = Vec::new();
                for (i, x) in xs.iter().enumerate() {
                    out.push(text(x, &at.index(i))?.to_string());
                }
                Ok(Scalar::Words(out))
            }
            _ => Err(bad(
                at,
                format!(
                    "expected a whole number, true/false, text or a list of texts, found {}",
                    found(v)
                ),
            )),
        }
    }
}

/// Reads the named parameters in the table `v` at `at` into `out`: a table with `values` is
/// a parameter called by its dotted path (`jkm.santunan_sekaligus`); any other table is a
/// group of them. With `known`, each must be a parameter of that set, with values of the
/// kind it has there (an override cannot turn an amount into a text).
pub(crate) fn named(
    v: &Value,
    at: &KeyPath,
    prefix: &str,
    known: Option<&NamedSet>,
    out: &mut Vec<NamedParam>,
) -> Result<(), Bad> {
    let table = object(v, at)?;
    if table.contains_key("values") {
        let (unit, param) = param_with_unit::<Scalar>(v, at)?;
        if let Some(set) = known {
            // An override names a parameter the set has, with values of the same kind.
            let want = set
                .get(prefix)
                .ok_or_else(|| unknown_name(at, set))?
                .param
                .entries()
                .iter()
                .find_map(|e| e.value.as_ref())
                .map(Scalar::kind);
            for (i, e) in param.entries().iter().enumerate() {
                let got = e.value.as_ref().map(Scalar::kind);
                if let (Some(want), Some(got)) = (want, got) {
                    if want != got {
                        return Err(bad(
                            &at.key("values").index(i).key("value"),
                            format!("expected {want}, found {got}"),
                        ));
                    }
                }
            }
        }
        out.push(NamedParam {
            name: prefix.to_string(),
            unit,
            param,
        });
        return Ok(());
    }
    if table.is_empty() {
        return Err(bad(at, "an empty table: a parameter needs `values`"));
    }
    for (k, x) in table {
        let name = format!("{prefix}.{k}");
        let p = at.key(k);
        named(x, &p, &name, known, out)?;
    }
    Ok(())
}

fn unknown_name(at: &KeyPath, set: &NamedSet) -> Bad {
    let names: Vec<&str> = set.all().iter().map(|p| p.name.as_str()).collect();
    bad(
        at,
        format!("unknown parameter; expected one of: {}", names.join(", ")),
    )
}

/// Reads `id`, `title` or `reference`, the keys that describe a whole set. `false` when `k`
/// is none of them.
pub(crate) fn meta_key(k: &str, x: &Value, at: &KeyPath, meta: &mut SetMeta) -> Result<bool, Bad> {
    match k {
        "id" => {
            let id = text(x, at)?.trim();
            if id.is_empty() {
                return Err(bad(at, "the id cannot be empty"));
            }
            // The id is printed in every result and on the CLI's result lines.
            if id.chars().any(char::is_control) {
                return Err(bad(at, "the id must be one line of text"));
            }
            meta.id = id.to_string();
        }
        "title" => meta.title = text(x, at)?.to_string(),
        "reference" => meta.reference = Some(text(x, at)?.to_string()),
        _ => return Ok(false),
    }
    Ok(true)
}

/// Reads a whole named set (the embedded claims or verval file): `id`, `title`, `reference`
/// and the parameters.
pub(crate) fn named_set(v: &Value) -> Result<NamedSet, Bad> {
    let root = KeyPath::default();
    let mut set = NamedSet::default();
    for (k, x) in object(v, &root)? {
        let p = root.key(k);
        if !meta_key(k, x, &p, &mut set.meta)? {
            named(x, &p, k, None, &mut set.params)?;
        }
    }
    if set.meta.id.is_empty() {
        return Err(bad(&root, "missing `id`"));
    }
    Ok(set)
}

/// Parses JSON text and reads it with `read`; errors carry the line.
pub(crate) fn from_json_text<T>(
    text: &str,
    read: impl FnOnce(&Value) -> Result<T, Bad>,
) -> Result<T, ParamsError> {
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

/// Parses TOML text and reads it with `read`; errors carry the line. Native only: the
/// WebAssembly package takes parameters as a JavaScript object and carries no TOML parser.
#[cfg(not(target_arch = "wasm32"))]
pub(crate) fn from_toml_text<T>(
    text: &str,
    read: impl FnOnce(&Value) -> Result<T, Bad>,
) -> Result<T, ParamsError> {
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

/// Reads a parameter file: JSON when its name ends in `.json`, TOML otherwise. Errors name
/// the file.
#[cfg(not(target_arch = "wasm32"))]
pub(crate) fn from_file<T>(
    path: &std::path::Path,
    read: impl FnOnce(&Value) -> Result<T, Bad>,
) -> Result<T, ParamsError> {
    let name = path.display().to_string();
    let text =
        std::fs::read_to_string(path).map_err(|e| ParamsError::unreadable(&name, e.to_string()))?;
    let is_json = path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("json"));
    let parsed = if is_json {
        from_json_text(&text, read)
    } else {
        from_toml_text(&text, read)
    };
    parsed.map_err(|e| e.in_file(&name))
}

/// TOML, read with `toml_edit`, which keeps where each item stands in the text.
#[cfg(not(target_arch = "wasm32"))]
pub(crate) mod toml_text {
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
pub(crate) fn json_locate(b: &[u8], path: &[Seg]) -> Option<usize> {
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

    fn one(since: &str, value: Value) -> Value {
        serde_json::json!({"values": [{"since": since, "value": value, "reference": "uji", "confidence": "likely"}]})
    }

    #[test]
    fn named_parameters_are_checked_against_the_set_they_override() {
        let set = named_set(&serde_json::json!({
            "id": "s",
            "jkm": {"amount": {"unit": "rupiah", "values": [{"since": "2020-01-01", "value": 5, "reference": "PP", "confidence": "confirmed"}]}},
        }))
        .unwrap();
        assert_eq!(
            set.get("jkm.amount").unwrap().unit.as_deref(),
            Some("rupiah")
        );
        let at = KeyPath::default().key("jkm");
        let mut out = Vec::new();
        let ok = serde_json::json!({"amount": one("2021-01-01", 7.into())});
        named(&ok, &at, "jkm", Some(&set), &mut out).unwrap();
        assert_eq!(out[0].name, "jkm.amount");
        let typo = serde_json::json!({"amoun": {}});
        let e = named(&typo, &at, "jkm", Some(&set), &mut Vec::new()).unwrap_err();
        assert_eq!(e.path.to_string(), "jkm.amoun");
        let typo = serde_json::json!({"amount": {"x": one("2021-01-01", 7.into())}});
        let e = named(&typo, &at, "jkm", Some(&set), &mut Vec::new()).unwrap_err();
        assert_eq!(e.path.to_string(), "jkm.amount.x");
        let typo = serde_json::json!({"amont": one("2021-01-01", 7.into())});
        let e = named(&typo, &at, "jkm", Some(&set), &mut Vec::new()).unwrap_err();
        assert_eq!(e.path.to_string(), "jkm.amont");
        assert!(e.detail.contains("jkm.amount"), "{}", e.detail);
        let text = serde_json::json!({"amount": one("2021-01-01", "lima".into())});
        let e = named(&text, &at, "jkm", Some(&set), &mut Vec::new()).unwrap_err();
        assert_eq!(e.path.to_string(), "jkm.amount.values[0].value");
        assert!(e.detail.contains("whole number"), "{}", e.detail);
    }
}
