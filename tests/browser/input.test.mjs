// Input the page must refuse or handle with care: binary files (a PNG, random bytes) through
// the file picker and by dropping, UTF-16 files with a byte-order mark.
import { test } from "node:test";
import assert from "node:assert/strict";
import { deflateSync } from "node:zlib";
import { analyserSession, pasteText } from "./helpers.mjs";

const { open } = analyserSession();

/** A real, tiny PNG: 16×16 grey pixels. */
function png() {
  const crc = (buf) => {
    let c = ~0;
    for (const b of buf) { c ^= b; for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1)); }
    return ~c >>> 0;
  };
  const chunk = (type, data) => {
    const out = Buffer.alloc(12 + data.length);
    out.writeUInt32BE(data.length, 0);
    out.write(type, 4, "latin1");
    data.copy(out, 8);
    out.writeUInt32BE(crc(out.subarray(4, 8 + data.length)), 8 + data.length);
    return out;
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(16, 0);
  ihdr.writeUInt32BE(16, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 0; // greyscale
  const rows = Buffer.alloc(16 * 17, 0x80);
  for (let y = 0; y < 16; y++) rows[y * 17] = 0;
  return Buffer.concat([Buffer.from("\x89PNG\r\n\x1a\n", "latin1"), chunk("IHDR", ihdr), chunk("IDAT", deflateSync(rows)), chunk("IEND", Buffer.alloc(0))]);
}

/** Deterministic "random" bytes (xorshift). */
function noise(n, seed) {
  let x = seed >>> 0 || 1;
  const out = Buffer.alloc(n);
  for (let i = 0; i < n; i++) { x ^= x << 13; x >>>= 0; x ^= x >>> 17; x ^= x << 5; x >>>= 0; out[i] = x & 0xff; }
  return out;
}

async function drop(page, name, bytes) {
  await page.evaluate(([n, b]) => {
    const dt = new DataTransfer();
    dt.items.add(new File([new Uint8Array(b)], n, { type: "" }));
    const zone = document.getElementById("dropzone");
    zone.dispatchEvent(new DragEvent("dragenter", { dataTransfer: dt, bubbles: true }));
    zone.dispatchEvent(new DragEvent("drop", { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, [name, [...bytes]]);
}

/** The page shows the refusal, and nothing of the file: no text, no marks, no exports. */
async function assertRefused(page, name, reason) {
  await page.waitForFunction(() => document.getElementById("status").dataset.refused === "true", null, { timeout: 20000 });
  // give a stale analysis, if any were on its way, the time to (wrongly) land
  await page.waitForTimeout(300);
  const s = await page.evaluate(() => ({
    status: document.getElementById("status").textContent,
    state: document.getElementById("status").dataset.state,
    refused: document.getElementById("status").dataset.refused,
    marks: document.querySelectorAll("#article mark").length,
    entities: document.querySelectorAll("#entities .ent-btn").length,
    timeline: document.querySelectorAll("#timeline [data-timex]").length,
    input: document.getElementById("input").value,
    analysis: globalThis.kaalrekhaPage.analysis,
    source: globalThis.kaalrekhaPage.source,
    exports: [...document.querySelectorAll("[data-export]")].map((b) => b.disabled),
  }));
  assert.equal(s.state, "error");
  assert.equal(s.refused, "true");
  assert.match(s.status, new RegExp(`${name.replace(".", "\\.")} is not a text file: .*${reason}`), s.status);
  assert.match(s.status, /Nothing was analysed/);
  assert.equal(s.marks, 0, "no highlight");
  assert.equal(s.entities, 0, "no entity listed");
  assert.equal(s.timeline, 0, "no timeline entry");
  assert.equal(s.input, "");
  assert.equal(s.source, "");
  assert.equal(s.analysis, null);
  assert.ok(s.exports.length > 0 && s.exports.every(Boolean), "every export is disabled");
}

test("binary files are refused, from the file picker and by dropping: a PNG and random bytes", async () => {
  const { page, context, log } = await open();
  // An article on screen first: the refused file must not leave its analysis exportable.
  await pasteText(page, "Prime Minister Keir Starmer met S. Jaishankar in London on Tuesday, 18 November 2025.");
  assert.ok(await page.locator("#article mark").count() > 0);

  await page.setInputFiles("#file", { name: "photo.png", mimeType: "image/png", buffer: png() });
  await assertRefused(page, "photo.png", "PNG image");

  await pasteText(page, "Modi met Starmer in Delhi on 3 March 2024.");
  await page.setInputFiles("#file", { name: "noise.txt", mimeType: "text/plain", buffer: noise(8192, 7) });
  await assertRefused(page, "noise.txt", "");

  await pasteText(page, "Modi met Starmer in Delhi on 3 March 2024.");
  await drop(page, "dropped.png", png());
  await assertRefused(page, "dropped.png", "PNG image");

  await drop(page, "random.bin", noise(3000, 99));
  await assertRefused(page, "random.bin", "");

  // A text file afterwards is read and analysed as always.
  await page.setInputFiles("#file", { name: "a.txt", mimeType: "text/plain", buffer: Buffer.from("Modi met Starmer in Delhi on 3 March 2024.") });
  await page.waitForFunction(() => globalThis.kaalrekhaPage.text === "Modi met Starmer in Delhi on 3 March 2024." && document.getElementById("status").dataset.state === "done");
  assert.equal(await page.evaluate(() => document.getElementById("status").dataset.refused), undefined);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test("UTF-16 files with a byte-order mark are read as text", async () => {
  const { page, context } = await open();
  const text = "पहली फ़ाइल। 18 नवंबर को दिल्ली में बैठक हुई। 😀";
  const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);
  const be = Buffer.from(le);
  be.swap16();
  for (const [name, buffer] of [["le.txt", le], ["be.txt", be]]) {
    await page.evaluate(() => { globalThis.kaalrekhaPage.show("", { schema: "kaalrekha/1", language: "en", dct: null, dctSource: null, offsets: "utf16", sentences: [], entities: [], timexes: [], timeline: [] }); });
    await page.setInputFiles("#file", { name, mimeType: "text/plain", buffer });
    await page.waitForFunction((t) => globalThis.kaalrekhaPage.text === t && document.getElementById("status").dataset.state === "done", text, { timeout: 20000 });
    assert.equal(await page.inputValue("#input"), text, name);
  }
  await context.close();
});
