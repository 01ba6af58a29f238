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
// Short strings are decoded here rather than by TextDecoder. An analysis hands the page tens
// of thousands of short strings (names, labels, ids): through TextDecoder each is a subarray
// of the wasm memory, a wrapper object on the browser's side and a string made there, garbage
// the worker's heaps grew by tens of megabytes for a long text (and slower than this loop).
// Rust strings are valid UTF-8; anything else goes to TextDecoder as before.
const GET = `function getStringFromWasm0(ptr, len) {
    ptr = ptr >>> 0;
    return decodeText(getUint8ArrayMemory0().subarray(ptr, ptr + len));
}`;
if (!src.includes("function decodeShortUtf8")) {
  if (!src.includes(GET)) {
    console.error("patch-glue: getStringFromWasm0 is not what this expects; update scripts/patch-glue.mjs");
    process.exit(1);
  }
  src = src.replace(GET, `function getStringFromWasm0(ptr, len) {
    ptr = ptr >>> 0;
    if (len <= 96) {
        const s = decodeShortUtf8(getUint8ArrayMemory0(), ptr, len);
        if (s !== null) return s;
    }
    return decodeText(getUint8ArrayMemory0().subarray(ptr, ptr + len));
}

// Added by scripts/patch-glue.mjs: UTF-8 → string for short strings, in JS (null if not valid).
function decodeShortUtf8(bytes, ptr, len) {
    const end = ptr + len;
    const units = [];
    for (let i = ptr; i < end;) {
        const b = bytes[i++];
        if (b < 0x80) { units.push(b); continue; }
        const k = b >= 0xf0 ? 3 : b >= 0xe0 ? 2 : b >= 0xc2 ? 1 : 0;
        if (k === 0 || b > 0xf4 || i + k > end) return null;
        let c = b & (0x3f >> k);
        for (let j = 0; j < k; j++) {
            const t = bytes[i++];
            if ((t & 0xc0) !== 0x80) return null;
            c = (c << 6) | (t & 0x3f);
        }
        if ((k === 2 && (c < 0x800 || (c >= 0xd800 && c < 0xe000))) || (k === 3 && (c < 0x10000 || c > 0x10ffff))) return null;
        if (c >= 0x10000) {
            c -= 0x10000;
            units.push(0xd800 | (c >> 10));
            c = 0xdc00 | (c & 0x3ff);
        }
        units.push(c);
    }
    return String.fromCharCode.apply(null, units);
}`);
  writeFileSync(file, src);
}
let types = readFileSync(dts, "utf8");
if (!types.includes("__wbg_reset")) {
  types += "\n/** Forgets the instance, so that the next init() makes a fresh one. */\nexport function __wbg_reset(): void;\n";
  writeFileSync(dts, types);
}
