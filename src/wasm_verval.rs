//! `verval(...)` for the WebAssembly screening worker (the module built with the `xlsx-read`
//! feature, which the "Saring data" page loads): the same round as `layak verval`, on files
//! the operator picked, with the results kept in memory for download.
//!
//! Kept apart from `src/wasm.rs` (the package's main bindings) so the two can change alone.

use crate::verval::output::{MemorySink, OutFile, Sink};
use crate::verval::table::Source;
use crate::verval::{self, Inputs, Opener, VervalOptions};
use serde::Deserialize;
use wasm_bindgen::prelude::*;

#[wasm_bindgen(typescript_custom_section)]
const TS: &str = r#"
export interface VervalOptions {
  as_of?: string; next?: string; lang?: "id" | "en"; mask?: boolean;
  /** A parameter override of any set, verval quotas included (docs/parameters.md). */
  params?: object;
  /** Deprecated: use `params`. Still read, in the one format or the old list layout. */
  verval_params?: object;
}
export interface VervalResult {
  /** File name → its text (CSV or JSON). */
  files: Record<string, string>;
  /** The parsed summary.json. */
  summary: any;
}
"#;

#[derive(Deserialize, Default)]
struct Raw {
    as_of: Option<String>,
    next: Option<String>,
    lang: Option<String>,
    mask: Option<bool>,
    params: Option<serde_json::Value>,
    verval_params: Option<serde_json::Value>,
}

fn error(code: &str, message: &str) -> JsValue {
    let e = js_sys::Error::new(message);
    let _ = js_sys::Reflect::set(&e, &JsValue::from_str("code"), &JsValue::from_str(code));
    e.into()
}

fn opener(bytes: &[u8]) -> Opener<'_> {
    Box::new(move || {
        let cursor = std::io::Cursor::new(bytes);
        Ok(if bytes.starts_with(b"PK\x03\x04") {
            Source::Xlsx(Box::new(cursor))
        } else {
            Source::Csv(Box::new(cursor))
        })
    })
}

/// Keeps the files in memory and tells the page how far the round has come: the rows written
/// so far to the files that hold one row per input row (the four files of the enrolled list
/// and the three of the candidates), at most every 100 ms. The page compares them with the
/// lines of its inputs; claims and unmatched deaths are not counted (they are not input rows).
struct ProgressSink<'a> {
    inner: MemorySink,
    report: Option<&'a js_sys::Function>,
    rows: f64,
    last: f64,
}

impl Sink for ProgressSink<'_> {
    fn write(&mut self, file: OutFile, bytes: &[u8]) -> std::io::Result<()> {
        if !matches!(
            file,
            OutFile::Claims | OutFile::DeathsUnmatched | OutFile::Summary
        ) {
            self.rows += bytes.iter().filter(|&&b| b == b'\n').count() as f64;
            if let Some(f) = self.report {
                let now = js_sys::Date::now();
                if now - self.last >= 100.0 {
                    self.last = now;
                    // A progress report is only an aid: a callback that throws is ignored.
                    let _ = f.call1(&JsValue::NULL, &JsValue::from_f64(self.rows));
                }
            }
        }
        self.inner.write(file, bytes)
    }
    fn commit(&mut self) -> std::io::Result<()> {
        self.inner.commit()
    }
}

/// `verval(enrolled, candidates?, deaths[], options?, progress?)`: the files are the bytes of
/// CSV or XLSX files (any number of death lists, merged as `--deaths` given several times);
/// the result holds every output file's text and the summary. `progress(rows)`, if given, is
/// called now and then with the rows written so far (see [`ProgressSink`]).
#[wasm_bindgen(js_name = verval, unchecked_return_type = "VervalResult")]
pub fn verval_round(
    enrolled: &[u8],
    candidates: Option<Vec<u8>>,
    #[wasm_bindgen(unchecked_param_type = "Uint8Array[]")] deaths: js_sys::Array,
    #[wasm_bindgen(unchecked_optional_param_type = "VervalOptions")] options: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "(rows: number) => void")] progress: Option<
        js_sys::Function,
    >,
) -> Result<JsValue, JsValue> {
    let raw: Raw = if options.is_undefined() || options.is_null() {
        Raw::default()
    } else {
        serde_wasm_bindgen::from_value(options)
            .map_err(|e| error("options.type", &format!("options must be an object: {e}")))?
    };
    let lang: crate::Lang = raw
        .lang
        .as_deref()
        .and_then(|l| l.parse().ok())
        .unwrap_or_default();
    let common = crate::options::RawOptions {
        as_of: raw.as_of.clone(),
        lang: raw.lang.clone(),
        ..Default::default()
    };
    let today = crate::date::wib_date_from_unix_millis(js_sys::Date::now() as i64);
    let o = common
        .resolve(today)
        .map_err(|e| error(e.code(), &crate::messages::option_error_message(&e, lang)))?;
    let next = match raw.next.as_deref() {
        None => None,
        Some(s) => Some(
            crate::date::parse_iso(s)
                .ok_or_else(|| error("options.next", "next must be a date YYYY-MM-DD"))?,
        ),
    };
    let base = crate::rules::params::ParamSet::embedded()
        .map_err(|e| error(e.code(), &crate::messages::params_error_message(&e, lang)))?;
    let set = match &raw.params {
        Some(v) if v.as_object().is_some_and(|m| !m.is_empty()) => {
            let over = crate::rules::params::ParamFile::from_json_value(v)
                .map_err(|e| error(e.code(), &crate::messages::params_error_message(&e, lang)))?;
            base.with(over)
        }
        _ => base.clone(),
    };
    let death_bytes: Vec<Vec<u8>> = deaths
        .iter()
        .map(|d| js_sys::Uint8Array::new(&d).to_vec())
        .collect();
    let inputs = Inputs {
        enrolled: opener(enrolled),
        candidates: candidates.as_deref().map(opener),
        deaths: death_bytes.iter().map(|d| opener(d)).collect(),
    };
    let vo = VervalOptions {
        as_of: o.as_of,
        next,
        lang,
        mask: raw.mask.unwrap_or(false),
        verval_params: raw.verval_params.as_ref().map(|v| v.to_string()),
    };
    let mut sink = ProgressSink {
        inner: MemorySink::default(),
        report: progress.as_ref(),
        rows: 0.0,
        last: 0.0,
    };
    verval::run(&set, inputs, &vo, &mut sink)
        .map_err(|e| error("verval", &crate::verval::words::error_message(&e, lang)))?;
    let sink = sink.inner;
    let files = js_sys::Object::new();
    for f in OutFile::ALL {
        let _ = js_sys::Reflect::set(
            &files,
            &JsValue::from_str(f.name()),
            &JsValue::from_str(&sink.text(f)),
        );
    }
    let summary = js_sys::JSON::parse(&sink.text(OutFile::Summary))
        .map_err(|_| error("internal", "summary.json is not JSON"))?;
    let result = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&result, &JsValue::from_str("files"), &files);
    let _ = js_sys::Reflect::set(&result, &JsValue::from_str("summary"), &summary);
    Ok(result.into())
}

/// `columnOf(name)`: the field a column name of a list means (`"nik"`, `"name"`,
/// `"village_code"`, ...) as the screening reader matches it (case, spaces and dashes do not
/// matter; the operators' spellings such as `NIK KTP` or `Kode Desa`), or `null`. The Verval
/// page reads the output files' columns with it, so it never keeps a second list of names.
#[wasm_bindgen(js_name = columnOf)]
pub fn column_of(name: &str) -> Option<String> {
    crate::screen::columns::Column::of_name(name).map(|c| c.json_key().to_string())
}
