// <kaalrekha-view> in embed.html, and www/kaalrekha.js in a browser: several instances, the
// text property, attributes, events, hooks in the shadow root, theming, and recovery after a trap.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { launch, newPage, startServer } from "./helpers.mjs";
import { TEXT, fixtureAnalysis } from "./fixtures.mjs";

let server;
let browser;

before(async () => {
  [server, browser] = await Promise.all([startServer({ csp: true }), launch()]);
});
after(async () => {
  await browser?.close();
  await server?.stop();
});

async function openEmbed() {
  const ctx = await newPage(browser);
  await ctx.page.addInitScript(() => {
    globalThis.__events = [];
    document.addEventListener("kaalrekha-analysed", (e) => globalThis.__events.push({ id: e.target.id, analysis: e.detail }));
  });
  await ctx.page.goto(`${server.url}embed.html`);
  await ctx.page.waitForFunction(() => globalThis.__events.length >= 2);
  return ctx;
}

test("embed.html: two instances analyse their own text and fire kaalrekha-analysed", async () => {
  const { page, log, context } = await openEmbed();
  const events = await page.evaluate(() => globalThis.__events);
  const byId = Object.fromEntries(events.map((e) => [e.id, e.analysis]));
  assert.equal(byId.hindi.language, "hi");
  assert.equal(byId.hindi.dct, "2025-11-20");
  assert.equal(byId.hindi.dctSource, "given");
  assert.equal(byId.english.language, "en");
  for (const id of ["hindi", "english"]) {
    const a = byId[id];
    const hooks = await page.evaluate((i) => {
      const root = document.getElementById(i).shadowRoot;
      return {
        marks: [...root.querySelectorAll("mark[data-id]")].map((m) => [m.dataset.id, m.dataset.label]),
        entries: [...root.querySelectorAll("[data-timex]")].map((g) => g.dataset.timex),
        sentences: root.querySelectorAll(".sent:not(.cont)").length,
        text: [...root.querySelectorAll(".para")].map((p) => p.textContent).join("\n"),
        light: document.getElementById(i).textContent.trim(),
      };
    }, id);
    assert.equal(hooks.text, hooks.light, "the shadow text is the element's text");
    assert.equal(hooks.sentences, a.sentences.length);
    for (const m of [...a.entities, ...a.timexes]) assert.ok(hooks.marks.some(([i, l]) => i === m.id && l === (m.label ?? m.type)), m.id);
    assert.deepEqual(new Set(hooks.entries), new Set(a.timeline.map((t) => t.timex)));
    assert.equal(await page.evaluate((i) => document.getElementById(i).analysis.schema, id), "kaalrekha/1");
  }
  assert.deepEqual(log.errors, []);
  await context.close();
});

test("the text property, the lang and dct attributes and new instances re-analyse", async () => {
  const { page, context } = await openEmbed();
  const a = await page.evaluate(() => new Promise((resolve) => {
    const v = document.getElementById("english");
    v.addEventListener("kaalrekha-analysed", (e) => resolve(e.detail), { once: true });
    v.text = "First sentence here. Second one on 18 November 2025. Third.";
  }));
  assert.equal(a.sentences.length, 3);
  assert.equal(await page.evaluate(() => document.getElementById("english").text), "First sentence here. Second one on 18 November 2025. Third.");
  const b = await page.evaluate(() => new Promise((resolve) => {
    const v = document.getElementById("english");
    v.addEventListener("kaalrekha-analysed", (e) => resolve(e.detail), { once: true });
    v.setAttribute("dct", "2025-12-01");
  }));
  assert.equal(b.dct, "2025-12-01");
  const c = await page.evaluate(() => new Promise((resolve) => {
    const v = document.getElementById("hindi");
    v.addEventListener("kaalrekha-analysed", (e) => resolve(e.detail), { once: true });
    v.setAttribute("lang", "en");
  }));
  assert.equal(c.language, "en");
  // a bad attribute reports an error event, and the element recovers
  const err = await page.evaluate(() => new Promise((resolve) => {
    const v = document.getElementById("hindi");
    v.addEventListener("kaalrekha-error", (e) => resolve(e.detail.message), { once: true });
    v.setAttribute("dct", "not-a-date");
  }));
  assert.match(err, /invalid dct/);
  // many instances at once
  const n = await page.evaluate(() => Promise.all(Array.from({ length: 5 }, (_, i) => new Promise((resolve) => {
    const v = document.createElement("kaalrekha-view");
    v.textContent = `Instance ${i} met officials in Delhi on ${i + 1} March 2024.`;
    v.addEventListener("kaalrekha-analysed", (e) => resolve(e.detail.sentences.length), { once: true });
    document.body.append(v);
  }))));
  assert.deepEqual(n, [1, 1, 1, 1, 1]);
  // `text` set before the element is upgraded still counts
  const early = await page.evaluate(() => new Promise((resolve) => {
    const v = document.createElement("kaalrekha-later");
    v.text = "Set early. Then upgraded.";
    class Later extends customElements.get("kaalrekha-view") {}
    document.body.append(v);
    v.addEventListener("kaalrekha-analysed", (e) => resolve([e.detail.sentences.length, v.text]), { once: true });
    customElements.define("kaalrekha-later", Later);
  }));
  assert.deepEqual(early, [2, "Set early. Then upgraded."]);
  await context.close();
});

test("shadow DOM: nested layers, linking, theming via custom properties and ::part", async () => {
  const { page, context } = await openEmbed();
  // Render the hand-made analysis in an instance to see every layer (the core may find less today).
  const ok = await page.evaluate(([t, a]) => {
    const v = document.getElementById("english");
    v._show(t, a);
    const root = v.shadowRoot;
    return root.querySelectorAll('mark[data-id="t3"] mark[data-id="e7"]').length === 1;
  }, [TEXT, fixtureAnalysis()]);
  assert.ok(ok);
  const root = (sel) => page.locator("#english").locator(sel);
  await root('mark[data-id="t3"]').first().click();
  assert.equal(await root('[data-timex="t3"]').getAttribute("aria-pressed"), "true");
  await root('[data-timex="t4"]').click();
  assert.ok(await root('mark[data-id="t4"].active').count() === 1);
  await root('mark[data-id="e5"]').click();
  assert.equal(await root("mark.in-cluster").count(), 2);
  await root('mark[data-id="e2"]').hover();
  assert.match(await root(".kr-card").textContent(), /Narendra Modi/);
  const themed = await page.evaluate(() => {
    const root = document.getElementById("english").shadowRoot;
    const person = getComputedStyle(root.querySelector('mark[data-label="PERSON"]')).backgroundColor;
    const status = getComputedStyle(root.querySelector('[part~="status"]')).fontStyle;
    const plain = getComputedStyle(document.getElementById("hindi").shadowRoot.querySelector('[part~="status"]')).fontStyle;
    return { person, status, plain };
  });
  assert.equal(themed.person, "rgb(255, 214, 224)", "--kr-PERSON set on the host");
  assert.equal(themed.status, "italic", "::part(status) styles it");
  assert.equal(themed.plain, "normal");
  await context.close();
});

test("kaalrekha.js in the browser: a trap becomes an Error and the next call works", async () => {
  const { page, context } = await openEmbed();
  const r = await page.evaluate(async () => {
    const k = await import("./kaalrekha.js");
    const before = await k.analyse("Putin met Li Qiang in Moscow on Tuesday.", { lang: "en" });
    let error = null;
    try { k.__trapForTesting(); } catch (e) { error = { isError: e instanceof Error, runtime: e instanceof WebAssembly.RuntimeError, message: e.message }; }
    const after = await k.analyse("Putin met Li Qiang in Moscow on Tuesday.", { lang: "en" });
    // the element keeps working on the new instance
    const v = document.getElementById("hindi");
    const again = await new Promise((resolve) => {
      v.addEventListener("kaalrekha-analysed", (e) => resolve(e.detail.sentences.length), { once: true });
      v.text = "पहला वाक्य। दूसरा वाक्य।";
    });
    return { error, same: JSON.stringify(before) === JSON.stringify(after), again };
  });
  assert.deepEqual(r.error && { isError: r.error.isError, runtime: r.error.runtime }, { isError: true, runtime: false });
  assert.match(r.error.message, /crashed.*restarted/);
  assert.ok(r.same);
  assert.equal(r.again, 2);
  await context.close();
});
