// kaalrekha: who, what, where and when in Hindi and English news, computed in WebAssembly.
//
//   import { ready, analyse } from "kaalrekha";
//   await ready();
//   const a = analyse(text, { lang: "hi", dct: "2025-11-20" });   // (before ready: a Promise)
//   a.timexes[0].text === text.slice(a.timexes[0].start, a.timexes[0].end);
//
// Works in browsers (window and workers), in bundles and in Node 18+ (through the "node"
// export condition, kaalrekha.node.js, which adds reading the wasm from disk). The wasm is
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

/**
 * Where to load the wasm from, for bundlers that do not rewrite `new URL(…, import.meta.url)`
 * (esbuild): the URL of a folder that holds `kaalrekha_core_bg.wasm` ("/static/kaalrekha/"),
 * or of the file itself (ending in ".wasm"), relative to the page. Call it before the first
 * analysis; once the wasm is loaded it changes nothing. `null` restores the default.
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

/** @internal The Node entry's way to read `file:` URLs (so this module imports no node:*). */
export function __setFileReader(read) {
  fileReader = read;
}

async function compile() {
  const url = wasmURL();
  if (url.protocol === "file:") {
    // Node: the "node" export condition (kaalrekha.node.js) sets the reader; Node ≥ 20.16
    // also has process.getBuiltinModule, for code that imports this file by its path.
    const fs = !fileReader && globalThis.process?.getBuiltinModule?.("node:fs");
    const read = fileReader || (fs && ((u) => fs.promises.readFile(u)));
    if (!read) throw new Error(`kaalrekha: cannot read ${url.href} here (in Node, import "kaalrekha")`);
    return WebAssembly.compile(await read(url));
  }
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
  core = glue;
}

/** Loads and instantiates the WebAssembly core. Resolves to `{ version }`. */
export function ready() {
  if (!loading) loading = load().catch((e) => { loading = undefined; throw e; });
  return loading.then(() => ({ version: core.version() }));
}

/** Whether the core is loaded, so that `analyse` answers at once. */
export function isReady() {
  return core !== undefined;
}

function restart() {
  loading = undefined;
  core = undefined;
  raw = undefined;
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
 * Analyses one article. `options`: `{ lang?: "auto"|"hi"|"en", dct?: "YYYY-MM-DD",
 * offsets?: "utf16"|"codepoint"|"utf8" }`. Once `ready()` has resolved it returns the
 * Analysis document (schema "kaalrekha/1") at once, and throws an Error for bad options;
 * before that it returns a Promise of it (so `await analyse(…)` works either way).
 */
export function analyse(text, options) {
  if (core) return run(text, options);
  return ready().then(() => run(text, options));
}

/** The same as `analyse`, but never a Promise: throws if the core is not ready yet. */
export function analyseSync(text, options) {
  if (!core) throw new Error("kaalrekha: call and await ready() first");
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
  return ready().then(() => runRead(bytes));
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
