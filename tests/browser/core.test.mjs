// No browser: the wasm-bindgen glue with initSync, and the www/kaalrekha.js API, in Node.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { REGISTRY, WWW } from "./helpers.mjs";

const core = await import(join(WWW, "pkg", "kaalrekha_core.js"));
core.initSync({ module: readFileSync(join(WWW, "pkg", "kaalrekha_core_bg.wasm")) });
// The core holds no data: the language packs are loaded into it (src/packs.rs).
for (const { code: lang } of REGISTRY) core.loadPack(readFileSync(join(WWW, "pkg", `${lang}.pack`)));

function checkSlices(text, a) {
  assert.equal(a.schema, "kaalrekha/1");
  assert.equal(a.offsets, "utf16");
  assert.ok(a.sentences.length > 0, "has sentences");
  let last = 0;
  for (const s of a.sentences) {
    assert.ok(s.start >= last && s.start < s.end && s.end <= text.length, `sentence ${JSON.stringify(s)}`);
    last = s.end;
  }
  for (const m of [...a.entities, ...a.timexes]) {
    assert.equal(text.slice(m.start, m.end), m.text, `slice of ${m.id}`);
  }
  // Every id a timeline entry names exists.
  const ids = new Set([...a.entities.map((e) => e.id), ...a.timexes.map((t) => t.id)]);
  for (const e of a.timeline) {
    assert.ok(ids.has(e.timex), e.timex);
    for (const id of [...e.entities, ...e.mentions]) assert.ok(ids.has(id), id);
    assert.ok(e.sentence >= 0 && e.sentence < a.sentences.length);
  }
  // JSON-compatible: no undefined, no Map.
  assert.deepEqual(JSON.parse(JSON.stringify(a)), a);
}

test("lone surrogates give valid output with UTF-16 offsets that slice the input", () => {
  const texts = [
    "\uD800",
    "\uD800 रूसी विदेश मंत्रालय ने गुरुवार को 18 नवंबर 2025 की बैठक पर बयान दिया।",
    "नरेंद्र मोदी \uDC00 ने 18 नवंबर को 😀 दिल्ली में कहा। \uD83D पिछले वर्ष 2024 में।",
    "Putin \uDBFF met Li Qiang in Moscow on 18 November 2025.\uD800\uD800 Last year, 5 million people 👨‍👩‍👧 came.",
    "\uDFFF\uD800x\uDC00",
  ];
  for (const text of texts) {
    const a = core.analyse(text, { dct: "2025-11-20" });
    checkSlices(text, a);
    const s = a.sentences;
    assert.ok(s[s.length - 1].end <= text.length);
    // Text after the lone surrogate is still analysed: the last sentence reaches past it.
    assert.ok(s[s.length - 1].end >= text.trimEnd().length - 1, `${JSON.stringify(s)} vs ${text.length}`);
  }
});

test("astral characters before mentions keep UTF-16 offsets right", () => {
  const text = "😀👍🏽 प्रधानमंत्री नरेंद्र मोदी ने गुरुवार को 18 नवंबर 2025 की बैठक पर 👨‍👩‍👧 बयान दिया।";
  const a = core.analyse(text, { dct: "2025-11-20", lang: "hi" });
  checkSlices(text, a);
  assert.equal(a.language, "hi");
  assert.equal(a.dct, "2025-11-20");
  assert.equal(a.dctSource, "given");
});

test("bad options throw Errors", () => {
  assert.throws(() => core.analyse("x", { lang: "xx" }), (e) => e instanceof Error && /invalid lang/.test(e.message));
  assert.throws(() => core.analyse("x", { dct: "2025-13-40" }), /invalid dct/);
  assert.throws(() => core.analyse("x", { offsets: "bytes" }), /invalid offsets/);
});

test("www/kaalrekha.js: ready, analyse, errors, and a fresh instance after a trap", async () => {
  const k = await import(join(WWW, "kaalrekha.js"));
  const { version } = await k.ready();
  assert.match(version, /^\d+\.\d+\.\d+/);
  const text = "Putin met Li Qiang in Moscow on Tuesday.";
  const a = await k.analyse(text, { lang: "en", dct: "2025-11-20" });
  checkSlices(text, a);
  // once ready, analyse answers at once (no Promise) and throws for bad input
  const sync = k.analyse(text, { lang: "en", dct: "2025-11-20" });
  assert.equal(typeof sync.then, "undefined");
  assert.deepEqual(sync, a);
  assert.throws(() => k.analyse("x", { lang: "xx" }), /invalid lang/);
  assert.throws(() => k.analyse(42), TypeError);
  await assert.rejects(async () => k.analyse("x", { lang: "xx" }), /invalid lang/);
  assert.throws(() => k.__trapForTesting(), (e) => e instanceof Error && !(e instanceof WebAssembly.RuntimeError) && /restarted/.test(e.message));
  const b = await k.analyse(text, { lang: "en", dct: "2025-11-20" });
  assert.deepEqual(b, a, "the restarted instance gives the same answer");
});

test("the core with packs gives what the command line (all data built in) gives", async () => {
  const { SAMPLES } = await import(join(WWW, "samples.js"));
  const { execFileSync } = await import("node:child_process");
  const cli = join(WWW, "..", "target", "release", "kaalrekha");
  for (const s of SAMPLES) {
    const native = JSON.parse(execFileSync(cli, ["analyse", "-", "--lang", s.lang, "--dct", "2025-11-20", "--offsets", "utf16", "--format", "json"], { input: s.text, encoding: "utf8" }));
    const wasm = core.analyse(s.text, { lang: s.lang, dct: "2025-11-20" });
    assert.deepEqual(JSON.parse(JSON.stringify(wasm)), native, s.id);
  }
});

test("loadPack refuses a pack of another version, and bytes that are not a pack, with clear messages", () => {
  const good = readFileSync(join(WWW, "pkg", "en.pack"));
  const bad = Buffer.from(good);
  const at = bad.indexOf("core ") + 5;
  bad[at] = 0x39; // core 9.…
  assert.throws(() => core.loadPack(bad), /the "en" language pack does not match this core: it is "kaalrekha-pack \d+; schema kaalrekha\/1; core 9/);
  assert.throws(() => core.loadPack(new TextEncoder().encode("<!doctype html>")), /not a kaalrekha language pack/);
  assert.throws(() => core.loadPack(good.subarray(0, 1000)), /truncated/);
  assert.equal(core.loadPack(good), "en", "loading a pack again is harmless");
  assert.match(core.packVersion(), /^kaalrekha-pack \d+; schema kaalrekha\/1; core \d+\.\d+\.\d+; data [0-9a-f]{16}$/);
  assert.equal(core.detectLang("पुतिन ने SCO की बैठक में कहा"), "hi");
  assert.equal(core.detectLang("Putin met Li Qiang."), "en");
});
