// kaalrekha: who, what, where and when in Hindi, English and Urdu news, computed in WebAssembly.
//
//   import { ready, analyse } from "kaalrekha";
//   await ready();
//   const a = analyse(text, { lang: "hi", dct: "2025-11-20" });   // (before ready: a Promise)
//   a.timexes[0].text === text.slice(a.timexes[0].start, a.timexes[0].end);
//
// Works in browsers (window and workers), in bundles and in Node 18+ (through the "node"
// export condition, kaalrekha.node.js, which adds reading the wasm from disk).
//
// The wasm holds the code; each language's data (word lists, entity model) is a language
// pack, pkg/<code>.pack beside it (hi.pack, en.pack, ur.pack), fetched the first time a text of that language
// is analysed (its `lang`, or the one its letters give) and kept for the page's life; the
// service worker and the HTTP cache keep them across visits. A pack that cannot be fetched or
// does not match the core rejects the analysis with an Error saying which and why. The wasm is
// compiled once; if a call traps (a Rust panic turns into `unreachable`, a
// WebAssembly.RuntimeError), the error is reported as a plain Error and the next call runs on
// a fresh instance of the same compiled module.

// The glue is imported statically, so bundlers see it and ship it. After a trap it is reset
// (__wbg_reset, added by scripts/patch-glue.mjs) and instantiated again from the compiled
// WebAssembly.Module: recovery never fetches or imports anything.
import init, * as glue from "./pkg/kaalrekha_core.js";

// A classic script (an esbuild IIFE bundle) has no import.meta; its own URL is the fallback.
const scriptURL = (typeof document !== "undefined" && document.currentScript && document.currentScript.src) || undefined;

let assetBase; // URL of the wasm set by setAssetBase, else undefined
let fileReader; // (url) => Promise<bytes>, set by the Node entry (kaalrekha.node.js)
let compiled; // Promise<WebAssembly.Module>, shared by every instance
let loading; // Promise<void> for the live instance
let core; // the glue, once an instance is live
let raw; // its raw wasm exports
const packFetches = new Map(); // lang → Promise<Uint8Array> of its pack's bytes
const packBytes = new Map(); // lang → bytes of a pack the core took (loaded again after a trap)
let packsIn = new Set(); // the languages whose packs the live instance holds

// The registered languages, as data/languages.tsv and data/<code>/language.tsv give them (the
// English name, the language's own name, its script and its direction): the one list in JS,
// which the page and the element read; tests/browser/urdu.test.mjs checks it against the data.
// A new language is a row here and a `new URL` line in packURL.
export const LANGUAGE_INFO = Object.freeze({
  hi: Object.freeze({ name: "Hindi", own: "हिन्दी", script: "deva", dir: "ltr" }),
  en: Object.freeze({ name: "English", own: "English", script: "latn", dir: "ltr" }),
  ur: Object.freeze({ name: "Urdu", own: "اردو", script: "arab", dir: "rtl" }),
});
export const LANGUAGES = Object.freeze(Object.keys(LANGUAGE_INFO));
const NAMES = Object.fromEntries(LANGUAGES.map((l) => [l, LANGUAGE_INFO[l].name]));
const expected = () => LANGUAGES.map((l) => JSON.stringify(l)).join(", ");

// The URL the wasm is loaded from: the asset base's, else `pkg/` beside this module.
function wasmURL() {
  if (assetBase) return new URL(assetBase);
  try {
    // This exact form is what Vite and webpack 5 rewrite to the file they emit.
    return new URL("./pkg/kaalrekha_core_bg.wasm", import.meta.url);
  } catch {
    return new URL("pkg/kaalrekha_core_bg.wasm", scriptURL || globalThis.location?.href);
  }
}

// The URL of a language's pack: beside the wasm (the asset base's folder, else `pkg/` beside
// this module). One literal `new URL` per language, which bundlers rewrite as they do the wasm's.
function packURL(lang) {
  if (assetBase) return new URL(`${lang}.pack`, assetBase);
  try {
    if (lang === "hi") return new URL("./pkg/hi.pack", import.meta.url);
    if (lang === "en") return new URL("./pkg/en.pack", import.meta.url);
    if (lang === "ur") return new URL("./pkg/ur.pack", import.meta.url);
  } catch {
    // no import.meta (a classic script): below
  }
  return new URL(`pkg/${lang}.pack`, scriptURL || globalThis.location?.href);
}

/**
 * Where to load the wasm and the language packs from, for bundlers that do not rewrite
 * `new URL(…, import.meta.url)` (esbuild): the URL of a folder that holds
 * `kaalrekha_core_bg.wasm` and the packs (`hi.pack`, `en.pack`, `ur.pack`) ("/static/kaalrekha/"), or of the wasm
 * itself (ending in ".wasm"; the packs are beside it), relative to the page. Call it before
 * the first analysis; once a file is loaded it changes nothing for it. `null` restores the
 * default.
 */
export function setAssetBase(base) {
  if (base == null || base === "") { assetBase = undefined; return; }
  let url = new URL(typeof base === "string" ? base : String(base.href ?? base), globalThis.document?.baseURI ?? globalThis.location?.href);
  if (!/\.wasm$/.test(url.pathname)) {
    if (!url.pathname.endsWith("/")) url.pathname += "/";
    url = new URL("kaalrekha_core_bg.wasm", url);
  }
  assetBase = url.href;
}

/**
 * @internal The compiled core, for another worker of the same page: a WebAssembly.Module
 * posted there shares its code (optimised code included), so that worker neither fetches nor
 * compiles it again. Resolves to undefined until the core is compiled.
 */
export function __compiledCore() {
  return compiled?.catch(() => undefined);
}

/** @internal Uses a compiled core (from `__compiledCore` in another worker) instead of fetching one. */
export function __useCompiledCore(module) {
  if (!compiled && typeof WebAssembly !== "undefined" && module instanceof WebAssembly.Module) compiled = Promise.resolve(module);
}

/** @internal The Node entry's way to read `file:` URLs (so this module imports no node:*). */
export function __setFileReader(read) {
  fileReader = read;
}

// Node: the "node" export condition (kaalrekha.node.js) sets the reader; Node ≥ 20.16 also
// has process.getBuiltinModule, for code that imports this file by its path.
async function readLocal(url) {
  const fs = !fileReader && globalThis.process?.getBuiltinModule?.("node:fs");
  const read = fileReader || (fs && ((u) => fs.promises.readFile(u)));
  if (!read) throw new Error(`kaalrekha: cannot read ${url.href} here (in Node, import "kaalrekha")`);
  try {
    return await read(url);
  } catch (e) {
    throw new Error(`kaalrekha: cannot read ${url.href} (${e.message})`, { cause: e });
  }
}

async function compile() {
  const url = wasmURL();
  if (url.protocol === "file:") return WebAssembly.compile(await readLocal(url));
  let res;
  try {
    res = await fetch(url);
  } catch (e) {
    throw new Error(`kaalrekha: cannot load ${url.href} (${e.message})`, { cause: e });
  }
  if (!res.ok) throw new Error(`kaalrekha: cannot load ${url.href}: HTTP ${res.status}`);
  const type = res.headers.get("content-type") || "";
  try {
    if (typeof WebAssembly.compileStreaming === "function" && type.startsWith("application/wasm")) {
      return await WebAssembly.compileStreaming(res);
    }
    return await WebAssembly.compile(await res.arrayBuffer());
  } catch (e) {
    throw new Error(`kaalrekha: cannot compile ${url.href} (${e.message})`, { cause: e });
  }
}

async function load() {
  if (!compiled) compiled = compile().catch((e) => { compiled = undefined; throw e; });
  const module = await compiled;
  glue.__wbg_reset(); // a no-op the first time; after a trap, drops the dead instance
  raw = await init({ module_or_path: module });
  // After a trap: the packs the dead instance held, from the bytes kept (nothing is fetched).
  packsIn = new Set();
  for (const [lang, bytes] of packBytes) {
    glue.loadPack(bytes);
    packsIn.add(lang);
  }
  core = glue;
}

function loadCore() {
  if (!loading) loading = load().catch((e) => { loading = undefined; throw e; });
  return loading;
}

async function fetchPack(lang) {
  const url = packURL(lang);
  const what = `the ${NAMES[lang] ?? lang} language pack ${url.href}`;
  if (url.protocol === "file:") return new Uint8Array(await readLocal(url));
  let res;
  try {
    res = await fetch(url);
  } catch (e) {
    throw new Error(`kaalrekha: cannot load ${what} (${e.message})`, { cause: e });
  }
  if (!res.ok) throw new Error(`kaalrekha: cannot load ${what}: HTTP ${res.status}`);
  try {
    return new Uint8Array(await res.arrayBuffer());
  } catch (e) {
    throw new Error(`kaalrekha: cannot load ${what} (${e.message})`, { cause: e });
  }
}

/**
 * Loads the language pack of `lang` (one of LANGUAGES), and the core if need be. The fetch starts
 * at once, alongside the core's. Rejects with an Error naming the pack and the reason (HTTP
 * status, network, "does not match this core").
 */
export function loadPack(lang) {
  if (!Object.hasOwn(NAMES, lang)) return Promise.reject(new Error(`kaalrekha: no language pack for ${JSON.stringify(lang)}: expected one of ${expected()}`));
  if (core && packsIn.has(lang)) return Promise.resolve();
  let bytes = packFetches.get(lang);
  if (!bytes) {
    bytes = fetchPack(lang);
    packFetches.set(lang, bytes);
    bytes.catch(() => packFetches.delete(lang)); // a later call tries again
  }
  return Promise.all([bytes, loadCore()]).then(([b]) => {
    if (packsIn.has(lang)) return;
    try {
      core.loadPack(b);
    } catch (e) {
      packFetches.delete(lang);
      throw new Error(`kaalrekha: the ${NAMES[lang]} language pack ${packURL(lang).href} was refused: ${e.message}`, { cause: e });
    }
    packBytes.set(lang, b);
    packsIn.add(lang);
  });
}

/**
 * Loads and instantiates the WebAssembly core, and language packs: `langs` (default: every
 * language, so that `analyse` then answers at once whatever the text; `[]` for the core
 * alone). Resolves to `{ version }`.
 */
export function ready({ langs = LANGUAGES } = {}) {
  return Promise.all([loadCore(), ...langs.map(loadPack)]).then(() => ({ version: core.version() }));
}

/** Whether the core is loaded, and the pack of `lang` when one is given, so that `analyse` answers at once. */
export function isReady(lang) {
  return core !== undefined && (lang === undefined || packsIn.has(lang));
}

function restart() {
  loading = undefined;
  core = undefined;
  raw = undefined;
}

// The script of a letter, as the core's Script::of_letter (src/text/script.rs) has it.
function scriptOf(c) {
  if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f)) return "latn";
  if ((c >= 0x904 && c <= 0x939) || (c >= 0x958 && c <= 0x961) || (c >= 0x972 && c <= 0x97f)) return "deva";
  if ((c >= 0x620 && c <= 0x64a) || c === 0x66e || c === 0x66f || (c >= 0x671 && c <= 0x6d3) || c === 0x6d5 || (c >= 0x6fa && c <= 0x6ff)) return "arab";
  return null;
}

/**
 * The language the letters of `text` give, by the core's first rule (src/text/language.rs):
 * the dominant script (a Devanagari or Arabic-script letter counts as much as three Latin
 * ones), then that script's language. Where a script has several languages the core also
 * weighs function words; this guess takes the first, and the core has the last word.
 */
export function scriptLanguage(text) {
  const counts = { latn: 0 };
  for (const ch of String(text)) {
    const s = scriptOf(ch.codePointAt(0));
    if (s) counts[s] = (counts[s] || 0) + 1;
  }
  let best = "latn";
  for (const [s, n] of Object.entries(counts)) if (s !== "latn" && n > 0 && n * 3 >= counts.latn && (best === "latn" || n > counts[best])) best = s;
  return LANGUAGES.find((l) => LANGUAGE_INFO[l].script === best) ?? LANGUAGES.find((l) => LANGUAGE_INFO[l].script === "latn");
}

// The language an analysis needs: `lang` when given, else the one the letters give (the core's
// rule, repeated here so that the pack's fetch can start before the core is ready); null for a
// bad `lang` (the core then throws its error).
function langOf(text, options) {
  const lang = options?.lang;
  if (typeof lang === "string" && Object.hasOwn(LANGUAGE_INFO, lang)) return lang;
  if (lang != null && lang !== "" && lang !== "auto") return null;
  if (typeof text !== "string") return null;
  if (core) return core.detectLang(text);
  return scriptLanguage(text);
}

function guarded(fn) {
  try {
    return fn();
  } catch (e) {
    if (e instanceof WebAssembly.RuntimeError) {
      restart();
      throw new Error(`kaalrekha: the analyser crashed (${e.message}); it has been restarted, try again`, { cause: e });
    }
    throw e;
  }
}

/**
 * Analyses one article. `options`: `{ lang?: "auto"|"hi"|"en"|"ur" (LANGUAGES), dct?: "YYYY-MM-DD",
 * offsets?: "utf16"|"codepoint"|"utf8" }`. Once the core and the pack of the text's language
 * are loaded it returns the Analysis document (schema "kaalrekha/1") at once, and throws an
 * Error for bad options; before that it loads them and returns a Promise of it (so
 * `await analyse(…)` works either way), rejected when the core or the pack cannot load.
 */
export function analyse(text, options) {
  const lang = langOf(text, options);
  if (core && (lang === null || packsIn.has(lang))) return run(text, options);
  const loaded = lang === null ? loadCore() : loadPack(lang);
  return loaded.then(() => analyse(text, options));
}

/** The same as `analyse`, but never a Promise: throws if the core or the pack is not loaded. */
export function analyseSync(text, options) {
  if (!core) throw new Error("kaalrekha: call and await ready() first");
  const lang = langOf(text, options);
  if (lang !== null && !packsIn.has(lang)) throw new Error(`kaalrekha: the ${NAMES[lang]} language pack is not loaded: await ready({ langs: ["${lang}"] }) first`);
  return run(text, options);
}

function run(text, options) {
  if (typeof text !== "string") throw new TypeError("kaalrekha: analyse(text) expects a string");
  return guarded(() => core.analyse(text, cleanOptions(options)));
}

/**
 * Reads a file's bytes (ArrayBuffer or Uint8Array) as text: UTF-8, or UTF-8 or UTF-16 with a
 * byte-order mark (dropped). Resolves to `{ text, encoding, replaced }` (`replaced`: invalid
 * sequences shown as U+FFFD); once `ready()` has resolved, returns it at once. Bytes that are
 * not text (an image, an archive, random bytes) throw an Error "not a text file: <reason>";
 * the core decides, the same way as the command line.
 */
export function readText(bytes) {
  if (core) return runRead(bytes);
  return loadCore().then(() => runRead(bytes));
}

function runRead(bytes) {
  const view = bytes instanceof Uint8Array ? bytes : ArrayBuffer.isView(bytes) ? new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength) : bytes instanceof ArrayBuffer ? new Uint8Array(bytes) : null;
  if (!view) throw new TypeError("kaalrekha: readText(bytes) expects an ArrayBuffer or a Uint8Array");
  return guarded(() => core.readText(view));
}

/** The core's version, once ready. */
export function version() {
  return core ? core.version() : null;
}

function cleanOptions(options) {
  if (options == null) return undefined;
  if (typeof options !== "object") throw new TypeError("kaalrekha: options must be an object");
  const out = {};
  for (const [k, v] of Object.entries(options)) if (v !== undefined && v !== null && v !== "") out[k] = v;
  return out;
}

// For the test suite only: makes the live instance trap, as a panic would.
export function __trapForTesting() {
  if (!raw) throw new Error("kaalrekha: not ready");
  return guarded(() => raw.analyse(0xfffffff0, 64, undefined));
}
