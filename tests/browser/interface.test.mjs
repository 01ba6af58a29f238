// The small things of the interface: counts in the status, numbers in the interface's
// language, the timeline's buttons, keys and tip, and the text box after a paste.
import { test } from "node:test";
import assert from "node:assert/strict";
import { analyserSession, pasteText, waitAnalysed } from "./helpers.mjs";
import { TEXT, fixtureAnalysis } from "./fixtures.mjs";

const { open } = analyserSession();

const show = (page, text, analysis) => page.evaluate(([t, a]) => globalThis.kaalrekhaPage.show(t, a), [text, analysis]);
const empty = (text) => ({ schema: "kaalrekha/1", language: "en", dct: null, dctSource: null, offsets: "utf16", sentences: [{ start: 0, end: text.length }], entities: [], timexes: [], timeline: [] });

test("the status says 1 sentence, not 1 sentences", async () => {
  const { page, context } = await open();
  await pasteText(page, "Modi met Starmer in London.");
  const status = await page.textContent("#status");
  assert.match(status, /(^|· )1 sentence ·/, status);
  assert.doesNotMatch(status, /\b1 sentences\b/);
  await pasteText(page, "Modi met Starmer in London. They spoke on Tuesday.");
  assert.match(await page.textContent("#status"), /· 2 sentences ·/);
  await context.close();
});

test("the status and the long-article note count characters the same way (code points)", async () => {
  const { page, context } = await open();
  const text = `${"😀".repeat(80000)} Modi met Starmer.`; // 160 018 UTF-16 units, 80 018 code points
  await show(page, text, empty(text));
  await waitAnalysed(page);
  assert.ok(await page.isVisible("#big-note"), "the long-article note shows");
  const note = await page.textContent("#big-size");
  const status = await page.textContent("#status");
  const n = (s) => /([\d,]+) characters/.exec(s)?.[1];
  assert.equal(n(note), "80,018", note);
  assert.equal(n(status), "80,018", status);
  await context.close();
});

test("numbers follow the interface's language: 4,764,708 in English, not 47,64,708", async () => {
  const { page, context } = await open();
  const a = fixtureAnalysis();
  const money = a.entities.find((e) => e.label === "MONEY");
  money.value = 4764708;
  await show(page, TEXT, a);
  await waitAnalysed(page);
  const meta = await page.textContent(`#entities .ent-btn[data-cluster="${money.id}"] .ent-meta`);
  assert.match(meta, /= 4,764,708 USD/, meta);
  await page.focus(`#article mark[data-id="${money.id}"]`);
  await page.waitForSelector("#card:not([hidden])");
  // The card shows an amount in both groupings, whatever the interface (issue 14).
  assert.match(await page.textContent("#card"), /\$47,64,708 \(Indian\) · \$4,764,708 \(international\)/);
  // An Indian-English interface would group the Indian way: the interface decides, not the article.
  await page.evaluate(() => { document.documentElement.lang = "en-IN"; });
  await show(page, TEXT, a);
  await waitAnalysed(page);
  assert.match(await page.textContent(`#entities .ent-btn[data-cluster="${money.id}"] .ent-meta`), /= 47,64,708 USD/);
  await context.close();
});

test("the timeline's buttons carry their data-action", async () => {
  const { page, context } = await open();
  await show(page, TEXT, fixtureAnalysis());
  await waitAnalysed(page);
  const actions = await page.$$eval("#timeline .tl-btn", (bs) => bs.map((b) => b.dataset.action));
  assert.deepEqual(actions, ["zoom-out", "zoom-in", "pan-earlier", "pan-later", "fit"]);
  const axis = () => page.$$eval("#timeline .tl-tick-label", (ts) => ts.map((t) => `${t.textContent}@${t.getAttribute("x")}`).join(" "));
  const before = await axis();
  await page.click("#timeline [data-action=zoom-in]");
  assert.notEqual(await axis(), before, "the button works");
  await context.close();
});

test("Down and Up on the timeline itself move to its entries", async () => {
  const { page, context } = await open();
  await show(page, TEXT, fixtureAnalysis());
  await waitAnalysed(page);
  const ids = await page.$$eval("#timeline svg [data-timex]", (els) => els.map((e) => e.dataset.timex));
  const active = () => page.evaluate(() => document.activeElement.dataset.timex ?? null);
  await page.focus("#timeline svg.tl-svg");
  await page.keyboard.press("ArrowDown");
  assert.equal(await active(), ids[0]);
  await page.keyboard.press("ArrowDown");
  assert.equal(await active(), ids[1]);
  await page.focus("#timeline svg.tl-svg");
  await page.keyboard.press("ArrowUp");
  assert.equal(await active(), ids[ids.length - 1]);
  await context.close();
});

test("the timeline's tip never covers another entry, the Date unknown ones included", async () => {
  for (const width of [1360, 390]) {
    const { page, context } = await open({ viewport: { width, height: 900 } });
    const a = fixtureAnalysis();
    // more undated entries, so that the lane is wide
    for (const t of a.timexes.filter((x) => !a.timeline.some((e) => e.timex === x.id)).slice(0, 2)) {
      a.timeline.push({ ...a.timeline[a.timeline.length - 1], timex: t.id });
    }
    await show(page, TEXT, a);
    await waitAnalysed(page);
    const ids = await page.$$eval("#timeline svg [data-timex]", (els) => els.map((e) => e.dataset.timex));
    assert.ok(ids.length >= 5);
    for (const id of ids) {
      await page.focus(`#timeline [data-timex="${id}"]`);
      await page.waitForSelector("#timeline .tl-tip:not([hidden])");
      const hits = await page.evaluate((me) => {
        const tip = document.querySelector("#timeline .tl-tip").getBoundingClientRect();
        return [...document.querySelectorAll("#timeline [data-timex]")].filter((el) => el.dataset.timex !== me).filter((el) => {
          const r = el.getBoundingClientRect();
          return r.left < tip.right && r.right > tip.left && r.top < tip.bottom && r.bottom > tip.top;
        }).map((el) => `${el.dataset.timex}${el.classList.contains("undated") ? " (date unknown)" : ""}`);
      }, id);
      assert.deepEqual(hits, [], `at ${width} px the tip of ${id} covers ${hits.join(", ")}`);
    }
    await context.close();
  }
});

test("after a paste the text box shows the beginning of the article", async () => {
  const { page, context } = await open({ permissions: ["clipboard-read", "clipboard-write"] });
  const lines = [];
  for (let i = 1; i <= 80; i++) lines.push(`Line ${i}: Modi met Starmer in London on ${i % 28 + 1} March 2024.`);
  const text = lines.join("\n");
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await page.focus("#input");
  await page.keyboard.press("Control+V");
  await waitAnalysed(page);
  assert.equal(await page.inputValue("#input"), text, "the paste went in");
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const { top, height, client } = await page.$eval("#input", (el) => ({ top: el.scrollTop, height: el.scrollHeight, client: el.clientHeight }));
  assert.ok(height > client * 2, "the text is longer than the box");
  assert.equal(top, 0, "scrolled to the beginning");
  // A paste inside the text does not jump: the reader is editing there.
  await page.evaluate(() => navigator.clipboard.writeText(" (pasted)"));
  await page.focus("#input");
  await page.keyboard.press("Control+End");
  await page.keyboard.press("Control+V");
  await waitAnalysed(page);
  assert.ok(await page.$eval("#input", (el) => el.scrollTop) > 0, "an edit at the end stays in view");
  await context.close();
});
