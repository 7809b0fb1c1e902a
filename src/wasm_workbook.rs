//! The WebAssembly workbook module, `layak_workbook` (feature `workbook-module`): makes
//! `results.xlsx` in the browser from the outputs a screening or verval run handed back.
//!
//! It is a module of its own because the workbook writer (rust_xlsxwriter and its zip
//! compression) is about 400 KB of download, more than the screening itself: the web app
//! loads it only when an operator asks for a workbook, or in the background once the app is
//! ready to work offline (docs/web-app.md), never on the way to the first form. It exports
//! nothing but [`results_workbook`] and [`workbook_max_rows`]; the page calls it through
//! `www/workbook.js`.

use crate::lang::Lang;
use crate::workbook::{Kind, ResultsWorkbook, BROWSER_MAX_ROWS};
use wasm_bindgen::prelude::*;

/// Installs the panic hook. Runs once when the module is instantiated.
#[wasm_bindgen(start)]
pub fn start() {
    std::panic::set_hook(Box::new(|info| {
        web_sys::console::error_1(&JsValue::from_str(&format!(
            "layak_workbook: internal error, please report: {info}"
        )));
    }));
}

/// A thrown error with a stable `code` property.
fn error(code: &str, message: &str) -> JsValue {
    let e = js_sys::Error::new(message);
    let _ = js_sys::Reflect::set(&e, &JsValue::from_str("code"), &JsValue::from_str(code));
    e.into()
}

/// The most rows the browser puts in a workbook (the cells are held in memory).
#[wasm_bindgen(js_name = workbookMaxRows)]
pub fn workbook_max_rows() -> f64 {
    BROWSER_MAX_ROWS as f64
}

/// `resultsWorkbook(kind, summary, files, lang)`: the bytes of `results.xlsx` for a run of
/// `kind` (`"screen"` or `"verval"`), from its `summary.json` (the text) and its CSV outputs
/// (`files`: an object from the output's name without `.csv`, e.g. `eligible` or
/// `deaths-unmatched`, to its bytes as a `Uint8Array`; a missing output gives an empty
/// sheet). Throws `workbook.kind`, `workbook.summary` or `workbook.rows` (over
/// `workbookMaxRows()` rows: the command line streams any number).
#[wasm_bindgen(js_name = resultsWorkbook)]
pub fn results_workbook(
    kind: &str,
    summary: &str,
    files: &js_sys::Object,
    lang: &str,
) -> Result<Vec<u8>, JsValue> {
    let lang = if lang == "en" { Lang::En } else { Lang::Id };
    let say = |id: &str, en: &str| match lang {
        Lang::Id => id.to_string(),
        Lang::En => en.to_string(),
    };
    let Some(kind) = Kind::parse(kind) else {
        return Err(error(
            "workbook.kind",
            &say(
                "jenis hasil harus screen atau verval",
                "the kind must be screen or verval",
            ),
        ));
    };
    let summary: serde_json::Value = serde_json::from_str(summary).map_err(|e| {
        error(
            "workbook.summary",
            &say(
                &format!("summary.json tidak terbaca: {e}"),
                &format!("summary.json cannot be read: {e}"),
            ),
        )
    })?;
    if kind.rows(&summary) > BROWSER_MAX_ROWS {
        return Err(error(
            "workbook.rows",
            &crate::messages::workbook::too_many_rows(BROWSER_MAX_ROWS, lang),
        ));
    }
    let internal = |e: crate::workbook::WorkbookError| error("internal", &e.to_string());
    let mut book = ResultsWorkbook::new(kind, &summary, lang).map_err(internal)?;
    for name in kind.outputs() {
        let bytes = js_sys::Reflect::get(files, &JsValue::from_str(name))
            .ok()
            .and_then(|v| v.dyn_into::<js_sys::Uint8Array>().ok())
            .map(|a| a.to_vec())
            .unwrap_or_default();
        book.add_output(name, bytes.as_slice()).map_err(internal)?;
    }
    book.into_bytes().map_err(internal)
}
