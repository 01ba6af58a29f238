// Language packs (src/packs.rs, www/kaalrekha.js): the core holds the code, each language's
// data is pkg/<lang>.pack, fetched when a text of that language comes. A lang="hi" embed
// fetches the Hindi pack only; a failed or mismatched pack leaves the text readable, with a
// kaalrekha-error and a rejected promise that say which pack and why; the transfer of a
// one-language embed, gzip -9 of every response the browser receives.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { WWW, launch, newPage, startServer } from "./helpers.mjs";
import { SAMPLES } from "../../www/samples.js";

const HI = SAMPLES.find((s) => s.lang === "hi").text;
const EN = SAMPLES.find((s) => s.lang === "en").text;
const UR = SAMPLES.find((s) => s.lang === "ur").text;
// Issue 16's goals for what a one-language embed transfers, gzip -9, in KB (1000 bytes).
// Urdu's: no more than Hindi's. Met since the packs are LZMA and the models' weights coarser
// (src/packs.rs, docs/benchmarks.md).
const GOAL_KB = { hi: 800, en: 650, ur: 800 };

let server;
let browser;

before(async () => {
  [server, browser] = await Promise.all([startServer({ csp: true }), launch()]);
});
after(async () => {
  await browser?.close();
  await server?.stop();
});

/** The file under www/ that the test server sends for `url`, or null. */
function served(url) {
  if (!url.startsWith(server.url)) return null;
  try {
    return readFileSync(join(WWW, new URL(url).pathname));
  } catch {
    return null;
  }
}

const escape = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;");

/**
 * A page with one <kaalrekha-view lang=…> holding `text`; `routes` may answer some URLs.
 * Resolves when the element fired kaalrekha-analysed or kaalrekha-error, with every response.
 */
async function embed(lang, text, routes = {}) {
  const ctx = await newPage(browser);
  const bodies = [];
  ctx.page.on("response", async (r) => {
    // The file served, read at once (a body the page has streamed into
    // WebAssembly.compileStreaming may be gone for the inspector, or come after the count);
    // the body itself for anything else.
    const body = served(r.url()) ?? await r.body().catch(() => null);
    if (body) bodies.push({ url: r.url(), status: r.status(), bytes: body.length, gz: gzipSync(body, { level: 9 }).length });
  });
  await ctx.page.route(`${server.url}__embed.html`, (route) => route.fulfill({
    contentType: "text/html; charset=utf-8",
    body: `<!doctype html><meta charset="utf-8"><title>embed</title><script type="module" src="kaalrekha-view.js"></script>
<kaalrekha-view id="v" lang="${lang}" dct="2025-11-20">${escape(text)}</kaalrekha-view>`,
  }));
  for (const [pattern, handler] of Object.entries(routes)) await ctx.page.route(pattern, handler);
  await ctx.page.addInitScript(() => {
    globalThis.__done = new Promise((resolve) => {
      document.addEventListener("kaalrekha-analysed", (e) => resolve({ ok: true, entities: e.detail.entities.length }));
      document.addEventListener("kaalrekha-error", (e) => resolve({ ok: false, message: e.detail?.message ?? String(e.detail) }));
    });
  });
  await ctx.page.goto(`${server.url}__embed.html`);
  const result = await ctx.page.evaluate(() => globalThis.__done);
  await ctx.page.waitForTimeout(200); // late responses
  return { ...ctx, result, bodies };
}

const view = (page) => page.evaluate(() => {
  const root = document.getElementById("v").shadowRoot;
  const status = root.querySelector("[part=status]");
  return { text: root.querySelector(".kr-text").textContent, marks: root.querySelectorAll("mark").length, state: status.dataset.state, status: status.textContent };
});

for (const [lang, text, other] of [["hi", HI, "en"], ["en", EN, "hi"], ["ur", UR, "hi"]]) {
  test(`a lang="${lang}" embed fetches the ${lang} pack only, and highlights`, async () => {
    const { page, result, bodies, log, context } = await embed(lang, text);
    assert.ok(result.ok, result.message);
    assert.ok(result.entities > 3);
    const urls = bodies.map((b) => b.url);
    assert.ok(urls.includes(`${server.url}pkg/${lang}.pack`), urls.join("\n"));
    assert.ok(!urls.some((u) => u.endsWith(`/${other}.pack`)), `no ${other}.pack: ${urls.join("\n")}`);
    assert.ok((await view(page)).marks > 3);
    assert.deepEqual(log.errors, []);
    await context.close();
  });

  test(`a lang="${lang}" embed transfers at most ${GOAL_KB[lang]} KB gzip`, async (t) => {
    const { result, bodies, context } = await embed(lang, text);
    assert.ok(result.ok, result.message);
    const kb = bodies.reduce((n, b) => n + b.gz, 0) / 1000;
    const list = bodies.map((b) => `${b.url.replace(server.url, "")} ${(b.gz / 1000).toFixed(1)}`).join(", ");
    t.diagnostic(`lang=${lang}: ${bodies.length} files, ${kb.toFixed(1)} KB gzip -9: ${list}`);
    assert.ok(kb <= GOAL_KB[lang], `${kb.toFixed(1)} KB > ${GOAL_KB[lang]} KB: ${list}`);
    await context.close();
  });
}

test("a pack that fails to load: the text stays readable, the status says why, kaalrekha-error fires", async () => {
  const { page, result, context } = await embed("hi", HI, { "**/hi.pack": (route) => route.fulfill({ status: 404, body: "Not found" }) });
  assert.equal(result.ok, false);
  assert.match(result.message, /Hindi language pack .*hi\.pack: HTTP 404/);
  const v = await view(page);
  assert.equal(v.text.replace(/\s+/g, " ").trim(), HI.replace(/\s+/g, " ").trim());
  assert.equal(v.marks, 0);
  assert.equal(v.state, "error");
  assert.match(v.status, /could not load.*Hindi language pack.*HTTP 404/);
  await context.close();
});

test("a pack of another version is refused with a clear error; analyse() rejects; a good pack then works", async () => {
  const good = readFileSync(join(WWW, "pkg", "hi.pack"));
  const bad = Buffer.from(good);
  const at = bad.indexOf("; data ") + 7;
  bad[at] = bad[at] === 0x30 ? 0x31 : 0x30; // another data hash
  let serveBad = true;
  const { page, result, context } = await embed("hi", HI, {
    "**/hi.pack": (route) => (serveBad ? route.fulfill({ status: 200, contentType: "application/octet-stream", body: bad }) : route.continue()),
  });
  assert.equal(result.ok, false);
  assert.match(result.message, /Hindi language pack .* was refused: the "hi" language pack does not match this core/);
  assert.equal((await view(page)).state, "error");
  // The JS API: a rejected promise with the same message; the next call fetches again.
  const api = await page.evaluate(async () => {
    const k = await import("/kaalrekha.js");
    try {
      await k.analyse("नई दिल्ली में बैठक हुई।", { lang: "hi" });
      return "resolved";
    } catch (e) {
      return e instanceof Error ? e.message : `not an Error: ${e}`;
    }
  });
  assert.match(api, /was refused: .*does not match this core: it is "kaalrekha-pack/);
  serveBad = false;
  const ok = await page.evaluate(async () => {
    const k = await import("/kaalrekha.js");
    const a = await k.analyse("नई दिल्ली में 18 नवंबर 2025 को बैठक हुई।", { lang: "hi" });
    return [a.language, k.isReady("hi"), k.isReady("en")];
  });
  assert.deepEqual(ok, ["hi", true, false]);
  await context.close();
});

test("Node: only the pack a text needs is read from disk; lang auto picks it by script", () => {
  const script = `
    import * as k from ${JSON.stringify(join(WWW, "kaalrekha.node.js"))};
    const out = [];
    const a = await k.analyse(${JSON.stringify(HI)}, { dct: "2025-11-20" });
    out.push(a.language, a.entities.length > 3, k.isReady("hi"), k.isReady("en"));
    const b = await k.analyse(${JSON.stringify(EN)}, { lang: "en" });
    out.push(b.language, b.entities.length > 3, k.isReady("en"));
    const c = await k.analyse(${JSON.stringify(UR)});
    out.push(c.language, k.isReady("ur"));
    try { k.analyseSync("x", { lang: "xx" }); } catch (e) { out.push(e.message); }
    console.log(JSON.stringify(out));`;
  const out = JSON.parse(execFileSync(process.execPath, ["--input-type=module", "-e", script], { encoding: "utf8" }));
  assert.deepEqual(out, ["hi", true, true, false, "en", true, true, "ur", true, 'invalid lang "xx": expected "auto" or one of "hi", "en", "ur"']);
});
