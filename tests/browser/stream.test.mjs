// www/stream.js, the worker → page protocol of large analyses, in Node.js: what the page puts
// together from the parts is the analysis the core gave, and the wasm glue's own decoding of
// short strings (scripts/patch-glue.mjs) is TextDecoder's.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT, WWW } from "./helpers.mjs";

const { ready, analyse } = await import(join(WWW, "kaalrekha.node.js"));
const { analyseAndPost, Assembler, BLOCKWISE, blockMeta, Columns, pack, plainAnalysis, reusable, unpack } = await import(join(WWW, "stream.js"));
const { SAMPLES } = await import(join(WWW, "samples.js"));

/**
 * Runs analyseAndPost, each message cloned (its buffers transferred) as postMessage would.
 * `reuse`/`base`: an edit keeping blocks of `base` ({ analysis, meta }). `calls`: the texts the
 * core was asked to analyse.
 */
async function viaParts(text, options, preview, { reuse, base, share = false, calls = [] } = {}) {
  const asm = new Assembler();
  let whole = null;
  let parts = 0;
  const counted = (t, o) => { calls.push(t.length); return analyse(t, o); };
  await analyseAndPost(counted, { id: 1, text, options, preview, reuse }, (m, transfer = []) => {
    const data = structuredClone(m, { transfer });
    if (data.part) {
      parts++;
      if (data.part === "head") asm.share = share ? base?.analysis ?? null : null;
      if (data.part === "end") asm.base = base ?? null;
      if (data.packed?.keys) assert.ok(data.packed.tags instanceof Uint8Array && data.packed.vals instanceof Float64Array);
      const a = asm.add(data);
      if (a != null) whole = { analysis: a };
      // The page frees the buffers it read.
      if (data.packed?.keys) assert.equal(data.packed.tags.buffer.detached ?? true, true);
    } else if (data.analysis && data.preview == null) whole = data;
  });
  return { analysis: whole.analysis, parts };
}

test("an analysis sent in parts is put together exactly as the core gave it", async () => {
  await ready({ langs: ["hi", "en"] });
  for (const lang of ["hi", "en"]) {
    const one = SAMPLES.filter((s) => s.lang === lang).map((s) => s.text).join("\n\n");
    let text = "";
    while (text.length < 300000) text += `${one}\n\n`;
    const direct = analyse(text, { offsets: "utf16" });
    const { analysis, parts } = await viaParts(text, { offsets: "utf16" }, 20000);
    assert.ok(parts > 4, `${parts} parts`);
    assert.deepEqual(Object.keys(analysis), Object.keys(direct));
    // The page holds the lists as columns (stream.js Columns): read back, the core's items.
    for (const k of ["sentences", "entities", "timexes", "timeline"]) assert.ok(analysis[k] instanceof Columns, k);
    assert.deepEqual(plainAnalysis(analysis), direct);
  }
});

/** A Hindi text of about `chars` characters: the samples again and again, years shifted. */
function hindi(chars) {
  const hi = SAMPLES.filter((s) => s.lang === "hi").map((s) => s.text);
  const parts = [];
  let n = 0;
  for (let i = 0; n < chars; i++) {
    const t = hi[i % hi.length].replace(/\b(19[5-9]\d|20[0-2]\d)\b/g, (y) => String(Number(y) - (i % 40)));
    parts.push(t);
    n += t.length + 2;
  }
  return parts.join("\n\n");
}

test("an edit of a text analysed in blocks analyses only the blocks it changed, with the same result", async () => {
  await ready({ langs: ["hi"] });
  const options = { offsets: "utf16" };
  const text = hindi(BLOCKWISE * 1.1);
  const first = await viaParts(text, options);
  const meta = blockMeta.get(first.analysis);
  assert.ok(meta?.length >= 8, `${meta?.length} blocks`);
  let old = { text, analysis: first.analysis, meta };
  const edits = [
    // a letter typed at the start: the first block again, the others shifted by one
    (t) => `अ${t}`,
    // a new name early on (a new cluster: the later blocks' cluster ids move)
    (t) => {
      const at = t.indexOf("\n\n") + 2;
      return `${t.slice(0, at)}नेल्सन मंडेला ने कहा। ${t.slice(at)}`;
    },
    // a word deleted in the middle
    (t) => {
      const mid = t.indexOf(" ", t.length / 2);
      return `${t.slice(0, mid)}${t.slice(t.indexOf(" ", mid + 1))}`;
    },
    // the last paragraph changed
    (t) => `${t}\n\nइतिहासकारों के अनुसार 23 मार्च 1931 को लाहौर जेल में फाँसी दी गई थी।`,
  ];
  for (const edit of edits) {
    const now = edit(old.text);
    const full = await viaParts(now, options);
    const reuse = reusable(old.text, old.meta, now, old.analysis);
    // (The new name's cluster comes before others: theirs are renumbered in the kept blocks.)
    const tail = (a) => a.entities.slice(-1000).map((e) => e.cluster);
    if (edit === edits[1]) assert.notDeepEqual(tail(old.analysis), tail(full.analysis));
    const keeps = reuse?.plan.filter((b) => b.keys).length;
    assert.ok(keeps >= meta.length - 2, `${keeps} of ${meta.length} blocks kept`);
    const calls = [];
    // (The page has the new analysis share the old one's strings, the test's odd edits not.)
    const share = edits.indexOf(edit) % 2 === 0;
    const kept = await viaParts(now, options, undefined, { reuse: structuredClone(reuse), base: { analysis: old.analysis, meta: old.meta }, share, calls });
    assert.ok(calls.length <= 2, `edit ${edits.indexOf(edit)}: ${calls.length} blocks analysed again`);
    assert.ok(calls.reduce((a, b) => a + b, 0) < now.length / 3);
    assert.deepEqual(plainAnalysis(kept.analysis), plainAnalysis(full.analysis));
    assert.deepEqual(blockMeta.get(kept.analysis), blockMeta.get(full.analysis));
    // The worker gets the text of the blocks it analyses, not the whole.
    assert.ok(JSON.stringify(reuse).length < now.length / 2);
    // Without the analysis it was made on, an analysis with kept blocks is dropped.
    assert.equal((await viaParts(now, options, undefined, { reuse: structuredClone(reuse) })).analysis, false);
    old = { text: now, analysis: kept.analysis, meta: blockMeta.get(kept.analysis) };
  }
  // An edit that changes the first block's language: the other blocks were analysed in the
  // old one, so none is kept, and the worker asks for the whole text.
  const english = "New Delhi, March 5, 2019: Prime Minister Modi met Shinzo Abe in Tokyo on Tuesday. ".repeat(2000).slice(0, 150000);
  const now = `${english}${old.text.slice(english.length)}`;
  const reuse = reusable(old.text, old.meta, now, old.analysis);
  assert.ok(reuse.plan.some((b) => b.keys));
  const posted = [];
  await analyseAndPost(analyse, { id: 2, options, reuse }, (m) => posted.push(m));
  assert.deepEqual(posted, [{ id: 2, again: true }]);
});

test("pack and unpack: numbers, strings, null, booleans and arrays, and items they cannot pack", () => {
  const items = [
    { id: "e1", start: 0, end: 9.5, text: "नई दिल्ली", value: null, ok: true, ids: ["e2", "e3"], n: -0 },
    { id: "e2", start: 2 ** 40, end: -1, text: "😀 x", value: 1e-9, ok: false, ids: [], n: NaN },
  ];
  const p = pack(items);
  assert.ok(p.keys && p.strings.length === 5, JSON.stringify(p.strings));
  assert.deepEqual(unpack(structuredClone(p)), items);
  for (const odd of [[{ a: 1 }, { b: 1 }], [{ a: { b: 1 } }], [{ a: 1, b: 2 }, { b: 2, a: 1 }], [{ a: undefined }]]) {
    const q = pack(odd);
    assert.equal(q.keys, undefined);
    assert.deepEqual(unpack(q), odd);
  }
  // Columns hold the same values, from items or from a packed part, ids and all.
  const more = [...items, { id: "x1", start: 3, end: 4, text: "e01", value: 2 ** 31, ok: true, ids: [["t7", null], "c12", { a: 1 }], n: undefined }];
  const read = (c) => Array.from({ length: c.length }, (_, i) => c.at(i));
  assert.deepEqual(read(Columns.from(more)), more);
  const c = new Columns(Object.keys(items[0]));
  c.pushPacked(structuredClone(p));
  c.push({ other: "keys" });
  assert.deepEqual(read(c), [...items, { other: "keys" }]);
  assert.equal(c.get(1, "text"), "😀 x");
  assert.deepEqual(c.get(0, "ids"), ["e2", "e3"]);
  const d = new Columns(c.fields);
  d.copyRows(c, 0, 3);
  assert.deepEqual(JSON.parse(JSON.stringify(d)), JSON.parse(JSON.stringify(read(c))));
  assert.ok(Object.is(d.at(0).n, -0) && Number.isNaN(d.at(1).n));
});

test("the glue decodes short strings as TextDecoder does, and leaves invalid UTF-8 to it", () => {
  const src = readFileSync(join(WWW, "pkg", "kaalrekha_core.js"), "utf8");
  const fn = /function decodeShortUtf8[\s\S]*?\n}\n/.exec(src);
  assert.ok(fn, "scripts/patch-glue.mjs added decodeShortUtf8 to the glue");
  assert.ok(readFileSync(join(ROOT, "scripts", "patch-glue.mjs"), "utf8").includes("decodeShortUtf8"));
  const decodeShortUtf8 = new Function(`${fn[0]}; return decodeShortUtf8;`)();
  const enc = new TextEncoder();
  const dec = new TextDecoder();
  const pool = ["a", " ", "é", "न", "्", "ی", "😀", "€", "\u0000", "\u007f", "\u0080", "\u07ff", "\u0800", "\ud7ff", "\ue000", "\uffff", "\u{10000}", "\u{10ffff}"];
  let seed = 7;
  const rnd = (n) => { seed = (seed * 1103515245 + 12345) >>> 0; return (seed >>> 16) % n; };
  for (let i = 0; i < 20000; i++) {
    let s = "";
    for (let j = rnd(30); j > 0; j--) s += pool[rnd(pool.length)];
    const b = enc.encode(s);
    const buf = new Uint8Array(b.length + 6);
    buf.set(b, 3);
    assert.equal(decodeShortUtf8(buf, 3, b.length), s);
  }
  const tricky = [0xe0, 0xed, 0xf0, 0xf4, 0xf5, 0x80, 0xbf, 0xa0, 0x9f, 0x90, 0x8f, 0xc0, 0xc1, 0xc2, 0xff];
  let refused = 0;
  for (let i = 0; i < 50000; i++) {
    const b = new Uint8Array(rnd(8));
    for (let j = 0; j < b.length; j++) b[j] = rnd(2) ? rnd(256) : tricky[rnd(tricky.length)];
    const got = decodeShortUtf8(b, 0, b.length);
    if (got === null) refused++;
    else assert.equal(got, dec.decode(b), `bytes ${[...b]}`);
  }
  assert.ok(refused > 1000);
});
