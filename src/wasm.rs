//! The WebAssembly binding, and the only file that uses wasm-bindgen.
//!
//! `analyse(text, {lang, dct, offsets})` returns a plain JS object in the Analysis schema,
//! with UTF-16 offsets by default so that `text.slice(start, end)` works in JS. Bad options
//! throw an `Error`. Lone surrogates in `text` arrive as U+FFFD, one UTF-16 unit each, so
//! offsets still line up with the caller's string.
//!
//! `readText(bytes)` reads a file's bytes as text, or refuses them as "not a text file".
//!
//! Language packs (src/packs.rs): `detectLang(text)` says which language `lang: "auto"` would
//! take (by script, no pack needed), `loadPack(bytes)` loads one (throws an Error for a pack
//! that is not one or does not match this core), `packLoaded(lang)` and `packVersion()`.
//! Analysing a language whose pack is not loaded throws "the … language pack is not loaded".

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
        serde_wasm_bindgen::from_value(options)
            .map_err(|e| JsError::new(&format!("invalid options: {e}")))?
    };
    let opts = Options::parse(
        js.lang.as_deref(),
        js.dct.as_deref(),
        js.offsets.as_deref(),
        OffsetUnit::Utf16,
    )
    .map_err(|e| JsError::new(&e.to_string()))?;
    let analysis = crate::analyse(text, &opts).map_err(|e| JsError::new(&e.to_string()))?;
    analysis
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| JsError::new(&format!("cannot hand the analysis to JS: {e}")))
}

#[derive(Serialize)]
struct JsText<'a> {
    text: &'a str,
    encoding: &'static str,
    replaced: usize,
}

/// `readText(bytes)`: a file's bytes as text — UTF-8, or UTF-8 or UTF-16 with a byte-order
/// mark (dropped) — as `{text, encoding, replaced}` (`replaced`: invalid sequences shown as
/// U+FFFD). Bytes that are not text (an image, an archive, random bytes) throw an Error
/// "not a text file: <reason>". The decision is `text::sniff`'s, the same as the CLI's.
#[wasm_bindgen(js_name = readText)]
pub fn read_text(bytes: Vec<u8>) -> Result<JsValue, JsError> {
    let d = crate::text::sniff::decode(bytes).map_err(|e| JsError::new(&e.to_string()))?;
    JsText {
        text: d.without_bom(),
        encoding: d.encoding.name(),
        replaced: d.replaced,
    }
    .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
    .map_err(|e| JsError::new(&format!("cannot hand the text to JS: {e}")))
}

/// The language `lang: "auto"` gives this text ("hi" or "en"), from its letters.
#[wasm_bindgen(js_name = detectLang)]
pub fn detect_lang(text: &str) -> String {
    crate::text::language::detect(text).code().to_owned()
}

/// Loads a language pack; returns its language. Without the `packs` feature (all data built
/// in) there is nothing to load, and every pack is accepted as it is checked.
#[wasm_bindgen(js_name = loadPack)]
pub fn load_pack(bytes: &[u8]) -> Result<String, JsError> {
    #[cfg(feature = "packs")]
    let lang = crate::packs::load(bytes).map_err(|e| JsError::new(&e.0))?;
    #[cfg(not(feature = "packs"))]
    let lang = {
        let pack = crate::packs::parse(bytes).map_err(|e| JsError::new(&e.0))?;
        crate::Lang::parse(&pack.lang)
            .ok_or_else(|| JsError::new(&format!("unknown language {:?}", pack.lang)))?
    };
    Ok(lang.code().to_owned())
}

/// Whether `lang`'s data is there (always, when the data is built in).
#[wasm_bindgen(js_name = packLoaded)]
pub fn pack_loaded(lang: &str) -> bool {
    crate::Lang::parse(lang).is_some_and(crate::packs::is_loaded)
}

/// The data version a pack must carry (format, schema, core version, data hash).
#[wasm_bindgen(js_name = packVersion)]
pub fn pack_version() -> String {
    crate::packs::version().to_owned()
}

/// The crate version, so the page can show what it runs.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_owned()
}
