//! The WebAssembly binding, and the only file that uses wasm-bindgen.
//!
//! `analyse(text, {lang, dct, offsets})` returns a plain JS object in the Analysis schema,
//! with UTF-16 offsets by default so that `text.slice(start, end)` works in JS. Bad options
//! throw an `Error`. Lone surrogates in `text` arrive as U+FFFD, one UTF-16 unit each, so
//! offsets still line up with the caller's string.

use crate::{OffsetUnit, Options};
use serde::{Deserialize, Serialize};
use wasm_bindgen::prelude::*;

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct JsOptions {
    lang: Option<String>,
    dct: Option<String>,
    offsets: Option<String>,
}

#[wasm_bindgen]
pub fn analyse(text: &str, options: JsValue) -> Result<JsValue, JsError> {
    let js: JsOptions = if options.is_undefined() || options.is_null() {
        JsOptions::default()
    } else {
        serde_wasm_bindgen::from_value(options).map_err(|e| JsError::new(&format!("invalid options: {e}")))?
    };
    let opts = Options::parse(js.lang.as_deref(), js.dct.as_deref(), js.offsets.as_deref(), OffsetUnit::Utf16)
        .map_err(|e| JsError::new(&e.to_string()))?;
    let analysis = crate::analyse(text, &opts).map_err(|e| JsError::new(&e.to_string()))?;
    analysis
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| JsError::new(&format!("cannot hand the analysis to JS: {e}")))
}

/// The crate version, so the page can show what it runs.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_owned()
}
