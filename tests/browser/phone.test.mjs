// Phones, portrait and landscape (360–414 px wide): the Export menu, the details card and the
// timeline's tip open fully on screen.
import { test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { analyserSession, waitAnalysed, RESULTS } from "./helpers.mjs";
import { TEXT, fixtureAnalysis } from "./fixtures.mjs";

const PHONES = [
  { width: 390, height: 844 }, { width: 360, height: 740 }, { width: 414, height: 896 },
  { width: 844, height: 390 }, { width: 740, height: 360 },
];

const session = analyserSession();

async function open(viewport) {
  const ctx = await session.open({ viewport, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
  await ctx.page.evaluate(([t, a]) => globalThis.kaalrekhaPage.show(t, a), [TEXT, fixtureAnalysis()]);
  await waitAnalysed(ctx.page);
  return ctx;
}

/** How far `selector`'s box lies outside the viewport (empty when it is fully on screen). */
function offScreen(page, selector) {
  return page.evaluate((sel) => {
    const el = document.querySelector(sel);
    const r = el.getBoundingClientRect();
    const vw = document.documentElement.clientWidth;
    const vh = innerHeight;
    const out = [];
    if (r.width === 0 || r.height === 0) out.push("not shown");
    if (r.left < -0.5) out.push(`left ${r.left}`);
    if (r.top < -0.5) out.push(`top ${r.top}`);
    if (r.right > vw + 0.5) out.push(`right ${r.right} > ${vw}`);
    if (r.bottom > vh + 0.5) out.push(`bottom ${r.bottom} > ${vh}`);
    if (el.scrollHeight > el.clientHeight + 1) out.push(`content scrolls (${el.scrollHeight} > ${el.clientHeight})`);
    return out;
  }, selector);
}

for (const vp of PHONES) {
  const name = `${vp.width}×${vp.height}`;

  test(`${name}: the Export menu opens fully on screen, wherever the page is scrolled`, async () => {
    const { page, context } = await open(vp);
    for (const where of ["top", "summary at the bottom of the screen"]) {
      if (where === "top") await page.evaluate(() => scrollTo(0, 0));
      else await page.evaluate(() => { const s = document.querySelector("#export summary").getBoundingClientRect(); scrollBy(0, s.bottom - innerHeight + 4); });
      await page.click("#export summary");
      await page.waitForSelector("#export-menu", { state: "visible" });
      await page.waitForTimeout(50);
      assert.deepEqual(await offScreen(page, "#export-menu"), [], `${name}, ${where}`);
      // every button can be pressed where it is
      const buttons = await page.$$eval("#export-menu button", (bs) => bs.map((b) => {
        const r = b.getBoundingClientRect();
        const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
        return hit === b || b.contains(hit);
      }));
      assert.ok(buttons.length >= 10 && buttons.every(Boolean), `${name}, ${where}: every export button can be reached`);
      if (vp.width === 390 && where !== "top") await page.screenshot({ path: join(RESULTS, `phone-export-${name}.png`) });
      await page.keyboard.press("Escape");
      await page.waitForSelector("#export-menu", { state: "hidden" });
    }
    await context.close();
  });

  test(`${name}: the details card and the timeline tip open fully on screen`, async () => {
    const { page, context } = await open(vp);
    const ids = await page.$$eval("#article mark:not(.cont)", (ms) => ms.map((m) => m.dataset.id));
    for (const id of ids) {
      for (const block of ["start", "end"]) {
        await page.evaluate(([i, b]) => {
          document.activeElement?.blur?.();
          const m = document.querySelector(`#article mark[data-id="${i}"]`);
          m.scrollIntoView({ block: b });
          if (b === "end") scrollBy(0, 2); // as low as it goes
          m.focus({ preventScroll: true });
        }, [id, block]);
        await page.waitForSelector("#card:not([hidden])");
        assert.deepEqual(await offScreen(page, "#card"), [], `${name}: the card of ${id} with the mark at the ${block} of the screen`);
      }
    }
    const entries = await page.$$eval("#timeline [data-timex]", (es) => es.map((e) => e.dataset.timex));
    for (const id of entries) {
      await page.evaluate((i) => {
        const g = document.querySelector(`#timeline [data-timex="${i}"]`);
        g.scrollIntoView({ block: "center" });
        g.focus({ preventScroll: true });
      }, id);
      await page.waitForSelector("#timeline .tl-tip:not([hidden])");
      assert.deepEqual(await offScreen(page, "#timeline .tl-tip"), [], `${name}: the tip of ${id}`);
    }
    await context.close();
  });
}
