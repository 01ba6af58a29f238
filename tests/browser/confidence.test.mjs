// Issue 14 on the page and in <kaalrekha-view>: the document date in words (what it was
// inferred from, or a plain abstention), amounts in the Indian and the international grouping,
// and a mark on dates that rest on an inferred document date or a guess.
import { test } from "node:test";
import assert from "node:assert/strict";
import { analyserSession, pasteText, waitAnalysed } from "./helpers.mjs";
import { TEXT, fixtureAnalysis } from "./fixtures.mjs";

const session = analyserSession();

// No dateline: the date comes from the weekday in the lead and the year next to पिछले वर्ष.
const INFERRED = "प्रधानमंत्री ने गुरुवार को कहा कि 18 नवंबर को टोक्यो में रेल समझौता हुआ था। पिछले वर्ष 2024 में परियोजना शुरू हुई। सरकार 5 लाख करोड़ रुपये खर्च करेगी।";
// Nothing to date it by.
const ABSTAIN = "सरकार ने कहा कि कल बैठक होगी। मंत्री सोमवार को लौटेंगे।";

/** A <kaalrekha-view> with `text`, added to embed.html; resolves once it has analysed. */
async function widget(page, text, attrs = {}) {
  await page.goto(`${session.server.url}embed.html`);
  await page.waitForFunction(() => [...document.querySelectorAll("kaalrekha-view")].every((v) => v.analysis));
  await page.evaluate(([t, at]) => {
    const v = document.createElement("kaalrekha-view");
    v.id = "probe";
    for (const [k, x] of Object.entries(at)) v.setAttribute(k, x);
    v.textContent = t;
    document.body.prepend(v);
  }, [text, attrs]);
  await page.waitForFunction(() => document.getElementById("probe").analysis);
  return page.evaluate(() => document.getElementById("probe").analysis);
}

test("the document-date note says what the date was inferred from, or plainly that none was", async () => {
  const { page, log, context } = await session.open();
  // inferred: the date, the article's words, and the reasons in words
  const a = await pasteText(page, INFERRED);
  assert.equal(a.dctSource, "inferred");
  assert.ok(a.dctEvidence.length >= 2, JSON.stringify(a.dctEvidence));
  const note = page.locator("#dct-note");
  const said = await note.textContent();
  assert.match(said, /^2025-11-20 — inferred from the text: /);
  assert.match(said, /the weekday in the lead/);
  assert.match(said, /a year next to “this year” or “last year”/);
  const quoted = await note.locator("q").allTextContents();
  assert.deepEqual(quoted, [...new Set(a.dctEvidence.map((e) => e.text))]);
  assert.ok(quoted.includes("गुरुवार") && quoted.includes("पिछले वर्ष"), quoted.join(" | "));
  assert.equal(await note.locator("q").first().getAttribute("lang"), "hi");
  // abstained
  await pasteText(page, ABSTAIN);
  assert.equal(await note.textContent(), "No date in the text was strong enough to date the article: relative dates stay unresolved. Set the date to resolve them.");
  // given
  await page.fill("#dct", "2025-11-20");
  await page.dispatchEvent("#dct", "change");
  await page.waitForFunction(() => globalThis.kaalrekhaPage.analysis?.dctSource === "given");
  await waitAnalysed(page);
  assert.equal(await note.textContent(), "2025-11-20 — as set: relative dates resolve against it.");
  // the article's words go in as text, never as markup
  const hostile = fixtureAnalysis();
  hostile.dctEvidence = [{ timex: "t2", text: "<img src=x onerror=\"globalThis.__pwned=1\">गुरुवार", reason: "lead-weekday" }];
  await page.evaluate(([t, x]) => globalThis.kaalrekhaPage.show(t, x), [TEXT, hostile]);
  await waitAnalysed(page);
  assert.equal(await note.locator("img").count(), 0);
  assert.match(await note.textContent(), /<img src=x onerror=.*गुरुवार \(the weekday in the lead\)$/);
  assert.equal(await page.evaluate(() => globalThis.__pwned), undefined);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test("the widget's status carries the same, compactly", async () => {
  const { page, log, context } = await session.open();
  await widget(page, INFERRED, { lang: "hi" });
  const status = () => page.evaluate(() => document.getElementById("probe").shadowRoot.querySelector("[part=status]").textContent);
  assert.match(await status(), /document date 2025-11-20, inferred from the text: ‘गुरुवार’, ‘18 नवंबर’, ‘पिछले वर्ष’ and 1 more \(the weekday in the lead; a year next to/);
  await page.evaluate((t) => { document.getElementById("probe").text = t; }, ABSTAIN);
  await page.waitForFunction(() => /no document date/.test(document.getElementById("probe").shadowRoot.querySelector("[part=status]").textContent));
  assert.match(await status(), /· no document date in the text: relative dates stay unresolved$/);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test("an amount in the card: '5 लाख करोड़ रुपये' in the Indian and the international grouping, page and widget", async () => {
  const { page, log, context } = await session.open();
  const a = await pasteText(page, INFERRED);
  const money = a.entities.find((e) => e.text === "5 लाख करोड़ रुपये");
  assert.equal(money?.value, 5e12);
  await page.locator(`#article mark[data-id="${money.id}"]`).hover();
  const card = page.locator("#card");
  await card.waitFor({ state: "visible" });
  const want = "₹50,00,00,00,00,000 (Indian) · ₹5,000,000,000,000 (international) · 5 lakh crore / 5 trillion";
  assert.equal(await card.locator("dd").nth(1).textContent(), want);
  // exact digits beyond 2^53, decimals kept, small amounts once, units that are no currency
  const more = await page.evaluate(async () => {
    const { formatAmount } = await import("./render.js");
    return [formatAmount(2 ** 60), formatAmount(1e11, "INR"), formatAmount(32e6), formatAmount(1234567.25, "km"), formatAmount(250, "INR"), formatAmount(12.5)];
  });
  assert.deepEqual(more, [
    "11,52,92,15,04,60,68,46,976 (Indian) · 1,152,921,504,606,846,976 (international) · ≈ 1,152,921.5 lakh crore / ≈ 1,152,921.5 trillion",
    "₹1,00,00,00,00,000 (Indian) · ₹100,000,000,000 (international) · 10,000 crore / 100 billion",
    "3,20,00,000 (Indian) · 32,000,000 (international) · 3.2 crore / 32 million",
    "12,34,567.25 km (Indian) · 1,234,567.25 km (international) · ≈ 12.35 lakh / ≈ 1.23 million",
    "₹250",
    "12.5",
  ]);
  // the widget shares the card
  await widget(page, INFERRED, { lang: "hi" });
  const inWidget = await page.evaluate((id) => {
    const root = document.getElementById("probe").shadowRoot;
    root.querySelector(`mark[data-id="${id}"]`).dispatchEvent(new MouseEvent("mouseover", { bubbles: true }));
    return root.querySelector(".kr-card").textContent;
  }, money.id);
  assert.ok(inWidget.includes(want), inWidget);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test("confidence: a date resolved against the inferred document date is marked on the timeline and in the card", async () => {
  const { page, log, context } = await session.open();
  const a = await pasteText(page, INFERRED);
  const t = a.timexes.find((x) => x.text === "18 नवंबर");
  assert.equal(t.anchor, "dct");
  const entry = page.locator(`#timeline [data-timex="${t.id}"]`);
  assert.match(await entry.getAttribute("class"), /\bunsure\b/);
  assert.match(await entry.getAttribute("aria-label"), /^≈ 18 Nov 2025 · .*; approximate: resolved against the inferred document date 2025-11-20$/);
  assert.match(await entry.locator(".tl-label").textContent(), /^≈ /);
  const dot = await entry.locator(".tl-dot").evaluate((c) => getComputedStyle(c).strokeDasharray);
  assert.notEqual(dot, "none", "a dashed, hollow dot");
  assert.equal(await page.locator("#timeline .tl-key").isVisible(), true);
  await entry.hover();
  assert.match(await page.textContent("#timeline .tl-tip"), /How sure: resolved against the inferred document date 2025-11-20/);
  await page.locator(`#article mark[data-id="${t.id}"]`).hover();
  assert.match(await page.textContent("#card"), /How sureresolved against the inferred document date 2025-11-20/);
  // a given date: nothing to mark
  await page.fill("#dct", "2025-11-20");
  await page.dispatchEvent("#dct", "change");
  await page.waitForFunction(() => globalThis.kaalrekhaPage.analysis?.dctSource === "given");
  await waitAnalysed(page);
  assert.equal(await page.locator("#timeline .tl-entry.unsure").count(), 0);
  assert.equal(await page.locator("#timeline .tl-key").isVisible(), false);
  // a guess of direction (a note) is marked too, and said in words
  const guessed = fixtureAnalysis();
  guessed.dctSource = "given";
  guessed.timexes.find((x) => x.text === "18 नवंबर").note = "direction-guessed: nearer date";
  await page.evaluate(([tx, x]) => globalThis.kaalrekhaPage.show(tx, x), [TEXT, guessed]);
  await waitAnalysed(page);
  const g = guessed.timexes.find((x) => x.text === "18 नवंबर");
  assert.match(await page.getAttribute(`#timeline [data-timex="${g.id}"]`, "aria-label"), /approximate: direction guessed: the nearer date/);
  // the widget marks the same
  await widget(page, INFERRED, { lang: "hi" });
  const w = await page.evaluate((id) => {
    const root = document.getElementById("probe").shadowRoot;
    const el = root.querySelector(`[data-timex="${id}"]`);
    root.querySelector(`mark[data-id="${id}"]`).dispatchEvent(new MouseEvent("mouseover", { bubbles: true }));
    return { cls: el.getAttribute("class"), label: el.getAttribute("aria-label"), part: el.getAttribute("part"), card: root.querySelector(".kr-card").textContent };
  }, t.id);
  assert.match(w.cls, /\bunsure\b/);
  assert.match(w.label, /approximate: resolved against the inferred document date 2025-11-20/);
  assert.equal(w.part, "timeline-entry unsure");
  assert.match(w.card, /How sureresolved against the inferred document date 2025-11-20/);
  assert.deepEqual(log.errors, []);
  await context.close();
});
