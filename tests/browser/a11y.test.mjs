// Accessibility (axe-core, WCAG 2.1 AA: zero violations) in both themes and on a phone,
// with screenshots for people to look at (test-results/, and docs/screenshot.png).
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { AxeBuilder } from "@axe-core/playwright";
import { launch, newPage, startServer, waitAnalysed, RESULTS, ROOT } from "./helpers.mjs";
import { TEXT, fixtureAnalysis } from "./fixtures.mjs";

const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];
let server;
let browser;

before(async () => {
  [server, browser] = await Promise.all([startServer({ csp: true }), launch()]);
});
after(async () => {
  await browser?.close();
  await server?.stop();
});

async function axe(page, include) {
  const builder = new AxeBuilder({ page }).withTags(TAGS);
  if (include) builder.include(include);
  const { violations } = await builder.analyze();
  return violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(", ")}`);
}

/** Loads a sample, and when the core finds no entities yet, the hand-made analysis, so every layer is on screen. */
async function loadRich(page, sample = "hi-diplomacy") {
  await page.goto(server.url);
  await page.waitForFunction(() => document.documentElement.dataset.engine === "ready", null, { timeout: 20000 });
  await page.click(`[data-sample="${sample}"]`);
  await waitAnalysed(page);
  const a = await page.evaluate(() => globalThis.kaalrekhaPage.analysis);
  if (!a.entities.length || !a.timeline.length) {
    await page.evaluate(([t, x]) => globalThis.kaalrekhaPage.show(t, x), [TEXT, fixtureAnalysis()]);
    await waitAnalysed(page);
  }
}

for (const scheme of ["light", "dark"]) {
  test(`axe: no WCAG 2.1 AA violations on the page (${scheme} theme)`, async () => {
    const { page, context } = await newPage(browser, { colorScheme: scheme });
    await page.goto(server.url);
    assert.deepEqual(await axe(page), [], "empty page");
    await loadRich(page);
    assert.deepEqual(await axe(page), [], "with an analysis");
    // with the details card, a selected cluster, a chosen timeline entry and the export menu open
    const mark = page.locator("#article mark.ent").first();
    await mark.click();
    await mark.hover();
    const entries = page.locator("#timeline svg [data-timex]");
    await entries.nth(Math.floor((await entries.count()) / 2)).click();
    await page.click("#export summary");
    assert.deepEqual(await axe(page), [], "with the card, selection and menu");
    await page.click("#export summary");
    await page.locator("#article mark.ent").first().hover();
    await page.screenshot({ path: join(RESULTS, `page-${scheme}.png`), fullPage: true });
    if (scheme === "light") {
      // for the README: the page as a reader sees it after choosing a date on the timeline
      await page.mouse.move(5, 5);
      await page.keyboard.press("Escape");
      await page.evaluate(() => { document.activeElement?.blur(); scrollTo(0, 0); });
      await page.waitForTimeout(300);
      // docs/screenshot.png is committed: refresh it on purpose, with KAALREKHA_SCREENSHOT=1
      await page.screenshot({ path: join(RESULTS, "readme.png"), fullPage: true });
      if (process.env.KAALREKHA_SCREENSHOT) await page.screenshot({ path: join(ROOT, "docs", "screenshot.png"), fullPage: true });
    }
    await context.close();
  });

  test(`axe: no violations in <kaalrekha-view> (${scheme} theme)`, async () => {
    const { page, context } = await newPage(browser, { colorScheme: scheme });
    await page.goto(`${server.url}embed.html`);
    await page.waitForFunction(() => [...document.querySelectorAll("kaalrekha-view")].every((v) => v.analysis));
    assert.deepEqual(await axe(page), []);
    await page.screenshot({ path: join(RESULTS, `embed-${scheme}.png`), fullPage: true });
    await context.close();
  });
}

test("phone layout: one column, nothing wider than the screen, no violations", async () => {
  const { page, context } = await newPage(browser, { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
  await loadRich(page, "en-markets");
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
  assert.ok(overflow <= 0, `page is ${overflow}px wider than the screen`);
  const [art, side] = await Promise.all([page.locator(".article-card").boundingBox(), page.locator(".side").boundingBox()]);
  assert.ok(side.y >= art.y + art.height - 1, "timeline and entities stack under the article");
  assert.deepEqual(await axe(page), []);
  await page.screenshot({ path: join(RESULTS, "page-phone.png"), fullPage: true });
  await context.close();
});

test("keyboard only: every control is reachable in a sensible order", async () => {
  const { page, context } = await newPage(browser);
  await page.goto(server.url);
  await page.keyboard.press("Tab");
  assert.equal(await page.evaluate(() => document.activeElement.className), "skip");
  await loadRich(page);
  await page.click(".masthead h1");
  const seen = [];
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press("Tab");
    seen.push(await page.evaluate(() => {
      const el = document.activeElement;
      return el.dataset.sample ? "sample" : el.id || el.dataset.label || el.dataset.timex || el.getAttribute("aria-label") || el.tagName;
    }));
  }
  for (const want of ["sample", "input", "lang", "dct", "file", "clear"]) assert.ok(seen.includes(want), `${want} reachable: ${seen.join(",")}`);
  assert.ok(seen.indexOf("input") < seen.indexOf("lang"));
  // focus is always visible: the focused element has an outline or is the skip link
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
  assert.notEqual(outline, "none");
  await context.close();
});
