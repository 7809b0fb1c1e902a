//! A small JSON value for reading claims, the same way from a file (serde_json) and from
//! JavaScript (serde-wasm-bindgen).
//!
//! Claims are read leniently, field by field (see [`super::input`]), so they arrive as an
//! untyped value. `serde_json::Value` would do, but it brings serde_json's map and number
//! machinery into the WebAssembly package, whose download has a size budget; this type is
//! a plain enum over `Vec`s. Objects keep their keys in order; a repeated key gives the
//! last value, as in serde_json.

use serde::de::{self, Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
use std::fmt;

/// An object's entries in input order.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Map(pub Vec<(String, Json)>);

impl Map {
    /// The value of `key` (the last one if repeated).
    pub fn get(&self, key: &str) -> Option<&Json> {
        self.0.iter().rev().find(|(k, _)| k == key).map(|(_, v)| v)
    }
}

/// A JSON value.
#[derive(Debug, Clone, Default, PartialEq)]
pub enum Json {
    /// `null`, or `undefined` from JavaScript.
    #[default]
    Null,
    /// `true` / `false`.
    Bool(bool),
    /// Any number (JavaScript numbers are doubles too).
    Number(f64),
    /// Text.
    String(String),
    /// A list.
    Array(Vec<Json>),
    /// An object.
    Object(Map),
}

impl Json {
    /// The text, if this is text.
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Json::String(s) => Some(s),
            _ => None,
        }
    }

    /// The object, if this is one.
    pub fn as_object(&self) -> Option<&Map> {
        match self {
            Json::Object(m) => Some(m),
            _ => None,
        }
    }

    /// `obj[key]`, for objects.
    pub fn get(&self, key: &str) -> Option<&Json> {
        self.as_object().and_then(|m| m.get(key))
    }

    /// A whole number that is not negative.
    pub fn as_u64(&self) -> Option<u64> {
        match self {
            Json::Number(x) if x.fract() == 0.0 && *x >= 0.0 && *x < 9.0e15 => Some(*x as u64),
            _ => None,
        }
    }

    /// The value as it would be echoed to the reader (text without quotes).
    pub fn echo(&self) -> String {
        match self {
            Json::Null => "null".into(),
            Json::Bool(b) => b.to_string(),
            Json::Number(x) => match self.as_u64() {
                Some(n) => n.to_string(),
                None => x.to_string(),
            },
            Json::String(s) => s.clone(),
            Json::Array(_) => "[...]".into(),
            Json::Object(_) => "{...}".into(),
        }
    }
}

struct JsonVisitor;

impl<'de> Visitor<'de> for JsonVisitor {
    type Value = Json;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a JSON value")
    }
    fn visit_bool<E: de::Error>(self, v: bool) -> Result<Json, E> {
        Ok(Json::Bool(v))
    }
    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Json, E> {
        Ok(Json::Number(v as f64))
    }
    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Json, E> {
        Ok(Json::Number(v as f64))
    }
    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Json, E> {
        Ok(Json::Number(v))
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<Json, E> {
        Ok(Json::String(v.to_string()))
    }
    fn visit_string<E: de::Error>(self, v: String) -> Result<Json, E> {
        Ok(Json::String(v))
    }
    fn visit_unit<E: de::Error>(self) -> Result<Json, E> {
        Ok(Json::Null)
    }
    fn visit_none<E: de::Error>(self) -> Result<Json, E> {
        Ok(Json::Null)
    }
    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Json, D::Error> {
        Json::deserialize(d)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Json, A::Error> {
        let mut v = Vec::new();
        while let Some(x) = seq.next_element()? {
            v.push(x);
        }
        Ok(Json::Array(v))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Json, A::Error> {
        let mut v = Vec::new();
        while let Some((k, x)) = map.next_entry::<String, Json>()? {
            v.push((k, x));
        }
        Ok(Json::Object(Map(v)))
    }
}

impl<'de> Deserialize<'de> for Json {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Json, D::Error> {
        d.deserialize_any(JsonVisitor)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_what_serde_json_reads() {
        let j: Json =
            serde_json::from_str(r#"{"a": [1, 2.5, "x", null, true], "a": {"b": -3}}"#).unwrap();
        assert_eq!(
            j.get("a").and_then(|a| a.get("b")),
            Some(&Json::Number(-3.0))
        );
        let j: Json = serde_json::from_str(r#"[1000000, 1.5, -1]"#).unwrap();
        let Json::Array(items) = j else { panic!() };
        assert_eq!(items[0].as_u64(), Some(1_000_000));
        assert_eq!(items[1].as_u64(), None);
        assert_eq!(items[2].as_u64(), None);
        assert_eq!(items[1].echo(), "1.5");
    }
}
