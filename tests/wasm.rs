//! The binding in a real browser (headless Chromium through wasm-bindgen-test-runner):
//! the object it hands to JS, UTF-16 offsets on Devanagari with emoji, and thrown errors.
#![cfg(target_arch = "wasm32")]

use kaalrekha::wasm::analyse;
use wasm_bindgen::prelude::*;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen(inline_js = "
export function options(lang, dct, offsets) {
  const o = {};
  if (lang) o.lang = lang;
  if (dct) o.dct = dct;
  if (offsets) o.offsets = offsets;
  return o;
}
// Returns '' when every span slices the JS string to its text, else what went wrong.
export function badSlices(text, a) {
  if (a.offsets !== 'utf16') return 'offsets is ' + a.offsets;
  if (!Array.isArray(a.sentences) || a.sentences.length === 0) return 'no sentences';
  for (const s of [...a.entities, ...a.timexes]) {
    if (text.slice(s.start, s.end) !== s.text) return 'bad slice ' + JSON.stringify(s);
  }
  let last = 0;
  for (const s of a.sentences) {
    if (s.start < last || s.end > text.length || s.start >= s.end) return 'bad sentence ' + JSON.stringify(s);
    last = s.end;
  }
  return '';
}
export function field(a, name) { return a[name] === null ? 'null' : String(a[name]); }
export function errorMessage(e) { return e instanceof Error ? e.message : 'not an Error: ' + String(e); }
")]
extern "C" {
    fn options(lang: &str, dct: &str, offsets: &str) -> JsValue;
    #[wasm_bindgen(js_name = badSlices)]
    fn bad_slices(text: &str, analysis: &JsValue) -> String;
    fn field(analysis: &JsValue, name: &str) -> String;
    #[wasm_bindgen(js_name = errorMessage)]
    fn error_message(e: JsValue) -> String;
}

#[wasm_bindgen_test]
fn utf16_offsets_slice_js_strings() {
    let text =
        "😀👍🏽 रूसी विदेश मंत्रालय ने गुरुवार को 18 नवंबर 2025 की बैठक पर 👨‍👩‍👧 बयान दिया। SCO में ली ने कहा।";
    let a = analyse(text, options("", "2025-11-20", "")).unwrap();
    assert_eq!(bad_slices(text, &a), "");
    assert_eq!(field(&a, "language"), "hi");
    assert_eq!(field(&a, "dct"), "2025-11-20");
    assert_eq!(field(&a, "schema"), "kaalrekha/1");
}

#[wasm_bindgen_test]
fn no_options_is_fine() {
    let a = analyse("Putin met Li Qiang in Moscow.", JsValue::UNDEFINED).unwrap();
    assert_eq!(field(&a, "language"), "en");
    assert_eq!(field(&a, "offsets"), "utf16");
}

#[wasm_bindgen_test]
fn invalid_options_throw_errors() {
    for (opts, needle) in [
        (options("xx", "", ""), "invalid lang"),
        (options("", "2025-13-40", ""), "invalid dct"),
        (options("", "", "bytes"), "invalid offsets"),
    ] {
        let err = analyse("x", opts).unwrap_err();
        let msg = error_message(err.into());
        assert!(msg.contains(needle), "{msg}");
    }
}
