// kaalrekha: who, what, where and when in Hindi and English news, computed in WebAssembly.
//
//   import { ready, analyse } from "kaalrekha";
//   await ready();
//   const a = analyse(text, { lang: "hi", dct: "2025-11-20" });   // (before ready: a Promise)
//   a.timexes[0].text === text.slice(a.timexes[0].start, a.timexes[0].end);
//
// Works in browsers (window and workers) and in Node 18+. The wasm is compiled once; if a
// call traps (a Rust panic turns into `unreachable`, a WebAssembly.RuntimeError), the error is
// reported as a plain Error and the next call runs on a fresh instance of the module.

// The first instance uses the statically imported glue (so bundlers see and ship it); a
// restart imports a fresh copy of it under another URL.
import * as firstGlue from "./pkg/kaalrekha_core.js";

const coreURL = new URL("./pkg/kaalrekha_core.js", import.meta.url);
const wasmURL = new URL("./pkg/kaalrekha_core_bg.wasm", import.meta.url);

let compiled; // Promise<WebAssembly.Module>, shared by every instance
let loading; // Promise<void> for the live instance
let core; // the live wasm-bindgen glue module
let raw; // its raw wasm exports
let generation = 0;

async function compile() {
  if (wasmURL.protocol === "file:") {
    const { readFile } = await import(/* webpackIgnore: true */ "node:fs/promises");
    return WebAssembly.compile(await readFile(wasmURL));
  }
  const res = await fetch(wasmURL);
  if (!res.ok) throw new Error(`kaalrekha: cannot load ${wasmURL.href}: HTTP ${res.status}`);
  const type = res.headers.get("content-type") || "";
  if (typeof WebAssembly.compileStreaming === "function" && type.startsWith("application/wasm")) {
    return WebAssembly.compileStreaming(res);
  }
  return WebAssembly.compile(await res.arrayBuffer());
}

async function load() {
  if (!compiled) compiled = compile().catch((e) => { compiled = undefined; throw e; });
  const module = await compiled;
  // Each generation imports the glue under its own URL, so that it gets fresh module state
  // (wasm-bindgen keeps one instance per glue module and refuses to initialise twice).
  const glue = generation === 0 ? firstGlue : await import(/* webpackIgnore: true */ /* @vite-ignore */ `${coreURL.href}?instance=${generation}`);
  raw = await glue.default({ module_or_path: module });
  core = glue;
}

/** Loads and instantiates the WebAssembly core. Resolves to `{ version }`. */
export function ready() {
  if (!loading) loading = load().catch((e) => { loading = undefined; throw e; });
  return loading.then(() => ({ version: core.version() }));
}

function restart() {
  generation += 1;
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
