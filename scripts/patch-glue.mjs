// Adds `__wbg_reset()` to wasm-bindgen's glue (www/pkg/kaalrekha_core.js and its .d.ts), run by
// scripts/build.sh. wasm-bindgen keeps one instance per glue module and refuses to initialise
// twice; after a trap www/kaalrekha.js calls __wbg_reset() and then init() with the already
// compiled WebAssembly.Module, so recovery needs no second copy of the glue (and no URL, which
// a bundle would not have). Fails the build when the glue's state is not what this expects,
// e.g. after a wasm-bindgen upgrade: then check the list below against the new glue.
// usage: node scripts/patch-glue.mjs www/pkg/kaalrekha_core.js
import { readFileSync, writeFileSync } from "node:fs";

const file = process.argv[2];
const dts = file.replace(/\.js$/, ".d.ts");
let src = readFileSync(file, "utf8");

// Every top-level binding the glue mutates, and how a fresh instance wants it.
const RESET = {
  wasm: "undefined", wasmModule: "undefined", wasmInstance: "undefined", __wbg_init_promise: "undefined",
  cachedDataViewMemory0: "null", cachedUint8ArrayMemory0: "null", WASM_VECTOR_LEN: "0",
};
// Top-level state that does not belong to an instance.
const KEEP = new Set(["cachedTextDecoder", "numBytesDecoded"]);

const declared = [...src.matchAll(/^let ([^=;]+)/gm)].flatMap((m) => m[1].split(",").map((s) => s.trim()));
const unknown = declared.filter((n) => !(n in RESET) && !KEEP.has(n));
const missing = Object.keys(RESET).filter((n) => !declared.includes(n));
if (unknown.length || missing.length) {
  console.error(`patch-glue: the glue's state changed (new: ${unknown.join(", ") || "-"}; gone: ${missing.join(", ") || "-"}); update scripts/patch-glue.mjs`);
  process.exit(1);
}
if (!src.includes("export function __wbg_reset")) {
  src += `
// Added by scripts/patch-glue.mjs: forget the instance, so that the next init() makes a fresh
// one (from the WebAssembly.Module it is given).
export function __wbg_reset() {
${Object.entries(RESET).map(([k, v]) => `    ${k} = ${v};`).join("\n")}
}
`;
  writeFileSync(file, src);
}
let types = readFileSync(dts, "utf8");
if (!types.includes("__wbg_reset")) {
  types += "\n/** Forgets the instance, so that the next init() makes a fresh one. */\nexport function __wbg_reset(): void;\n";
  writeFileSync(dts, types);
}
