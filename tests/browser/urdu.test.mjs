// Urdu on the page and in <kaalrekha-view>: detected from its letters, its pack fetched, and
// laid out right to left — the article and each paragraph, the marks on their words with their
// labels at the words' ends, Latin inside Urdu in its own order, Urdu words inside the English
// interface (entity list, details card, timeline, document-date note) in theirs. Arabic, which
// is not Urdu, gets the core's clear refusal. The language list in JS is the registry's.
// Urdu's word lists are still being written, so the layout checks that need names and dates
// use an Analysis made here (kaalrekhaPage.show), on the page's Urdu sample.
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { REGISTRY, RESULTS, WWW, analyserSession, foreignRequests, newPage, pasteText, waitAnalysed } from "./helpers.mjs";
import { SAMPLES } from "../../www/samples.js";

const session = analyserSession();
const UR = SAMPLES.find((s) => s.lang === "ur");
// Arabic (a news sentence written for this test): no letter or function word of Urdu's own.
const ARABIC = "قال رئيس الوزراء في مؤتمر صحفي يوم الخميس إن الحكومة ستبدأ مشروعا جديدا للطاقة الشمسية في العام المقبل.";
const escape = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;");

/**
 * An Analysis of `text` in the core's schema, made here: `ents` and `times` are
 * [label or type, surface] (the first occurrence of the surface), one timeline entry per DATE.
 */
function madeAnalysis(text, ents, times, dctEvidence = []) {
  const at = (surface) => {
    const start = text.indexOf(surface);
    assert.ok(start >= 0, surface);
    return { start, end: start + surface.length, text: surface };
  };
  const sentences = [];
  const re = /[^۔\n]+[۔]?/g;
  let m;
  while ((m = re.exec(text))) if (m[0].trim()) sentences.push({ start: m.index, end: m.index + m[0].length });
  const sentenceOf = (start) => sentences.findIndex((s) => s.start <= start && start < s.end);
  const entities = ents.map(([label, surface], i) => ({
    id: `e${i + 1}`, ...at(surface), label, cluster: `c${i + 1}`, latin: null, wikidata: null, value: null, unit: null,
  }));
  const timexes = times.map(([type, surface, value], i) => ({
    id: `t${i + 1}`, ...at(surface), type, value, mod: null, anchor: null, note: null,
  }));
  const timeline = timexes.filter((t) => t.type === "DATE").map((t) => {
    const s = sentences[sentenceOf(t.start)];
    return {
      timex: t.id, start: t.value.length === 4 ? `${t.value}-01-01` : t.value, end: t.value.length === 4 ? `${t.value}-12-31` : t.value,
      granularity: t.value.length === 4 ? "year" : "day", sentence: sentenceOf(t.start),
      summary: text.slice(s.start, s.end).replace(/۔$/, "").trim(), entities: [], mentions: [],
    };
  });
  return {
    schema: "kaalrekha/1", language: "ur", dct: "2025-11-20", dctSource: dctEvidence.length ? "inferred" : "given", dctEvidence,
    offsets: "utf16", sentences, entities, timexes, timeline,
  };
}

/** The marks of the article with their boxes and text offsets, in text order. */
const markBoxes = (page, root = "#article") => page.evaluate((sel) => {
  const article = document.querySelector(sel);
  return [...article.querySelectorAll("mark[data-id]")].map((m) => {
    // The mark's last line box, and its words' there: the label is at the end, on that line.
    const rs = m.getClientRects();
    const r = rs[rs.length - 1];
    const range = document.createRange();
    range.selectNodeContents(m);
    const ws = range.getClientRects();
    const words = ws[ws.length - 1] ?? r;
    return { id: m.dataset.id, label: m.dataset.label, lines: rs.length, left: r.left, right: r.right, mid: (r.top + r.bottom) / 2, dir: getComputedStyle(m).direction, inPara: !!m.closest(".para"), inside: article.contains(m), wordsLeft: words.left, wordsRight: words.right };
  });
}, root);

/** Pairs of marks on one line, earlier in the text first: each must lie right of the next. */
function assertRightToLeft(boxes) {
  let pairs = 0;
  for (let i = 0; i + 1 < boxes.length; i++) {
    const [a, b] = [boxes[i], boxes[i + 1]];
    if (a.lines > 1 || b.lines > 1 || Math.abs(a.mid - b.mid) > 6) continue; // another line
    if (a.left < b.right - 1 && b.left < a.right - 1) continue; // nested or crossing layers
    pairs++;
    assert.ok(a.left >= b.right - 1, `on one line, ${a.id} (earlier in the text) is right of ${b.id}: ${JSON.stringify([a, b])}`);
  }
  return pairs;
}

test("the language list in JS is the registry's: names, scripts, directions, packs, the page's choices", async () => {
  const k = await import(join(WWW, "kaalrekha.js"));
  assert.deepEqual([...k.LANGUAGES], REGISTRY.map((l) => l.code));
  for (const l of REGISTRY) {
    assert.deepEqual({ ...k.LANGUAGE_INFO[l.code] }, { name: l.name, own: l.own, script: l.script, dir: l.dir }, l.code);
    assert.ok(existsSync(join(WWW, "pkg", `${l.code}.pack`)), `scripts/build.sh built pkg/${l.code}.pack`);
  }
  // The guess before the core is there follows the core's rule: Urdu letters give ur.
  assert.equal(k.scriptLanguage(UR.text), "ur");
  assert.equal(k.scriptLanguage("पुतिन ने SCO की बैठक में कहा"), "hi");
  assert.equal(k.scriptLanguage("IMF نے کہا کہ"), "ur");
  assert.equal(k.scriptLanguage("Putin met Li Qiang."), "en");
  await assert.rejects(k.loadPack("fa"), /no language pack for "fa": expected one of "hi", "en", "ur"/);

  const { page, context } = await session.open();
  const options = await page.$$eval("#lang option", (os) => os.map((o) => [o.value, o.textContent]));
  assert.deepEqual(options.map(([v]) => v), ["auto", ...REGISTRY.map((l) => l.code)]);
  assert.deepEqual(options.find(([v]) => v === "ur"), ["ur", "Urdu · اردو"]);
  await context.close();
});

test("pasting Urdu: detected, its pack fetched, the article right to left with lang=ur, marks on their words right to left", async () => {
  const { page, log, context } = await session.open();
  const a = await pasteText(page, UR.text);
  assert.equal(a.language, "ur");
  assert.equal(await page.textContent("#lang-detected"), "Detected: Urdu");
  assert.ok(log.requests.some((u) => u.endsWith("/pkg/ur.pack")), "the Urdu pack was fetched");
  assert.deepEqual(foreignRequests(log.requests, session.server.url), []);
  const layout = await page.evaluate(() => {
    const article = document.getElementById("article");
    const input = document.querySelector("[data-role=input]");
    return {
      dir: getComputedStyle(article).direction, lang: article.lang,
      paras: [...article.querySelectorAll(".para")].map((p) => [getComputedStyle(p).direction, getComputedStyle(p).textAlign]),
      input: getComputedStyle(input).direction, inputLang: input.lang,
      // The interface stays the page's: English, left to right.
      chrome: [document.documentElement.lang, getComputedStyle(document.getElementById("status")).direction, getComputedStyle(document.getElementById("entities")).direction],
    };
  });
  assert.equal(layout.dir, "rtl");
  assert.equal(layout.lang, "ur");
  assert.ok(layout.paras.length === 4 && layout.paras.every(([d, al]) => d === "rtl" && (al === "start" || al === "right")), JSON.stringify(layout.paras));
  assert.equal(layout.input, "rtl");
  assert.equal(layout.inputLang, "ur");
  assert.deepEqual(layout.chrome, ["en", "ltr", "ltr"]);
  // Whatever Urdu's lists find today (numbers at least), every mark is in the text, and marks
  // read right to left.
  const boxes = await markBoxes(page);
  assert.ok(boxes.length >= 3, `${boxes.length} marks`);
  assert.ok(boxes.every((b) => b.inside && b.inPara && b.dir === "rtl"));
  assert.ok(assertRightToLeft(boxes) >= 1, "some marks share a line");
  // Latin inside Urdu keeps its order: "ADB" reads A, D, B from left to right.
  const latin = await page.evaluate(() => {
    const article = document.getElementById("article");
    const walker = document.createTreeWalker(article, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const i = n.data.indexOf("ADB");
      if (i < 0) continue;
      const box = (k) => { const r = document.createRange(); r.setStart(n, i + k); r.setEnd(n, i + k + 1); return r.getBoundingClientRect().left; };
      return [box(0), box(1), box(2)];
    }
    return null;
  });
  assert.ok(latin && latin[0] < latin[1] && latin[1] < latin[2], JSON.stringify(latin));
  await page.screenshot({ path: join(RESULTS, "urdu-page.png"), fullPage: true });
  assert.deepEqual(log.errors, []);
  await context.close();
});

test("Urdu names and dates: labels at the words' ends, cards, the entity list, the date note and the timeline keep Urdu in order", async () => {
  const { page, log, context } = await session.open();
  const a = madeAnalysis(UR.text, [
    ["GPE", "کراچی"], ["ORG", "سندھ حکومت"], ["PERSON", "سعید احمد خان"], ["ORG", "ADB"], ["PERSON", "نادیہ حسین"], ["ORG", "K-IV"],
  ], [
    ["DATE", "جمعرات، 20 نومبر 2025", "2025-11-20"], ["DATE", "مارچ 2027", "2027-03"], ["DATE", "گزشتہ سال", "2024"], ["DATE", "18 نومبر", "2025-11-18"], ["DATE", "کل", "2025-11-19"],
  ], [{ timex: "t3", text: "گزشتہ سال", reason: "year-relative" }, { timex: "t5", text: "کل", reason: "lead-weekday" }]);
  a.timeline = a.timeline.filter((e) => e.timex !== "t2").map((e) => (e.timex === "t3" ? { ...e, start: "2024-01-01", end: "2024-12-31" } : e));
  await page.evaluate(([text, an]) => globalThis.kaalrekhaPage.show(text, an), [UR.text, a]);
  await waitAnalysed(page);
  assert.equal(await page.evaluate(() => getComputedStyle(document.getElementById("article")).direction), "rtl");

  // Marks: in the text, right to left; each label (the mark's ::after) at the mark's end, its
  // left in Urdu: the words' box sits at the mark's right.
  const boxes = await markBoxes(page);
  assert.equal(new Set(boxes.map((b) => b.id)).size, a.entities.length + a.timexes.length);
  assert.ok(boxes.every((b) => b.inside && b.inPara));
  assert.ok(assertRightToLeft(boxes) >= 3);
  const person = boxes.find((b) => b.id === "e3");
  assert.ok(person.wordsLeft - person.left > 10 && person.right - person.wordsRight < 8, `the PERSON label is left of the name: ${JSON.stringify(person)}`);
  // "K-IV" keeps its letters in order inside Urdu text.
  const kiv = boxes.find((b) => b.id === "e6");
  const order = await page.evaluate(() => {
    const m = document.querySelector('#article mark[data-id="e6"]');
    const n = m.firstChild;
    const at = (k) => { const r = document.createRange(); r.setStart(n, k); r.setEnd(n, k + 1); return r.getBoundingClientRect().left; };
    return [at(0), at(2), at(3)];
  });
  assert.ok(order[0] < order[1] && order[1] < order[2], `K-IV in order: ${JSON.stringify(order)} ${JSON.stringify(kiv)}`);

  // The details card: English, with the Urdu words right to left in Urdu, under the mark's
  // start (its right): the first word of the article, at the right of the column.
  await page.hover('#article mark[data-id="e1"]');
  await page.waitForSelector("#card:not([hidden])");
  const card = await page.evaluate(() => {
    const c = document.getElementById("card");
    const dd = c.querySelector("dd.src");
    const m = document.querySelector('#article mark[data-id="e1"]').getBoundingClientRect();
    return { dir: getComputedStyle(c).direction, src: [dd.lang, getComputedStyle(dd).direction, dd.textContent], right: c.getBoundingClientRect().right, markRight: m.right };
  });
  assert.equal(card.dir, "ltr");
  assert.deepEqual(card.src, ["ur", "rtl", "کراچی"]);
  assert.ok(Math.abs(card.right - card.markRight) < 6, `the card's right edge under the mark's: ${JSON.stringify(card)}`);

  // The entity list: each name in Urdu, right to left (a <bdi>), inside the English list,
  // whose names all start at its left.
  const names = await page.$$eval("#entities .ent-name", (ns) => ns.map((n) => [n.lang, getComputedStyle(n.querySelector("bdi")).direction, n.textContent]));
  const starts = await page.$$eval("#entities .ent-name bdi", (bs) => bs.map((b) => b.getBoundingClientRect().left - b.closest(".ent-btn").getBoundingClientRect().left));
  assert.ok(Math.max(...starts) - Math.min(...starts) < 2, `names start at the list's left: ${starts}`);
  assert.ok(names.some(([l, d, t]) => l === "ur" && d === "rtl" && t === "سعید احمد خان"), JSON.stringify(names));
  assert.ok(names.some(([, d, t]) => d === "ltr" && t === "ADB"), "a Latin name stays left to right");

  // The date note: two Urdu quotes in an English sentence stay in their order, left to right.
  const quotes = await page.$$eval("#dct-note q", (qs) => qs.map((q) => [q.lang, q.textContent, q.getBoundingClientRect().left]));
  assert.deepEqual(quotes.map(([l, t]) => [l, t]), [["ur", "گزشتہ سال"], ["ur", "کل"]]);
  assert.ok(quotes[0][2] < quotes[1][2], JSON.stringify(quotes));
  assert.match(await page.textContent("#dct-note"), /^2025-11-20 — inferred from the text: گزشتہ سال and کل \(/);

  // The timeline: labels are English with the Urdu sentence isolated in them (it keeps its
  // order and its "…" at its end); the tip holds the Urdu sentence right to left.
  const labels = await page.$$eval("#timeline .tl-label", (ls) => ls.map((l) => l.textContent));
  assert.ok(labels.length >= 3 && labels.every((l) => /^(◂ |≈ )*\d.* · \u2068/.test(l)), JSON.stringify(labels));
  await page.hover('#timeline [data-timex="t4"]');
  await page.waitForSelector("#timeline .tl-tip:not([hidden])");
  const tip = await page.$eval("#timeline .tl-tip-summary", (s) => [s.lang, getComputedStyle(s).direction]);
  assert.deepEqual(tip, ["ur", "rtl"]);
  await page.screenshot({ path: join(RESULTS, "urdu-layout.png"), fullPage: true });
  assert.deepEqual(log.errors, []);
  await context.close();
});

test("<kaalrekha-view lang=\"ur\"> lays its text out right to left and fetches the Urdu pack only; without lang, Urdu letters do it too", async () => {
  // A fresh page (the analyser's worker would fetch the Hindi pack for its warm-up).
  const { page, log, context } = await newPage(session.browser);
  await page.route(`${session.server.url}__ur.html`, (route) => route.fulfill({
    contentType: "text/html; charset=utf-8",
    body: `<!doctype html><html lang="en"><meta charset="utf-8"><title>ur</title><script type="module" src="kaalrekha-view.js"></script>
<kaalrekha-view id="v" lang="ur" dct="2025-11-20">${escape(UR.text)}</kaalrekha-view>
<kaalrekha-view id="auto">${escape(UR.text.split("\n")[0])}</kaalrekha-view>`,
  }));
  await page.goto(`${session.server.url}__ur.html`);
  await page.waitForFunction(() => ["v", "auto"].every((id) => document.getElementById(id).analysis));
  const views = await page.evaluate(() => ["v", "auto"].map((id) => {
    const host = document.getElementById(id);
    const root = host.shadowRoot;
    const text = root.querySelector(".kr-text");
    const marks = [...root.querySelectorAll("mark[data-id]")];
    return {
      language: host.analysis.language, lang: text.lang, dir: getComputedStyle(text).direction,
      paras: [...root.querySelectorAll(".para")].map((p) => getComputedStyle(p).direction),
      marks: marks.length, inside: marks.every((m) => text.contains(m) && m.closest(".para")),
      status: getComputedStyle(root.querySelector("[part=status]")).direction, host: getComputedStyle(host).direction,
    };
  }));
  for (const v of views) {
    assert.equal(v.language, "ur");
    assert.equal(v.lang, "ur");
    assert.equal(v.dir, "rtl");
    assert.ok(v.paras.length && v.paras.every((d) => d === "rtl"), JSON.stringify(v.paras));
    assert.ok(v.marks >= 1 && v.inside, JSON.stringify(v));
    assert.equal(v.status, "ltr", "the status line is the page's");
    assert.equal(v.host, "ltr");
  }
  const shadowBoxes = await page.evaluate(() => {
    const root = document.getElementById("v").shadowRoot;
    return [...root.querySelectorAll("mark[data-id]")].map((m) => { const r = m.getBoundingClientRect(); return { id: m.dataset.id, lines: m.getClientRects().length, left: r.left, right: r.right, mid: (r.top + r.bottom) / 2 }; });
  });
  assert.ok(assertRightToLeft(shadowBoxes) >= 1);
  const packs = log.requests.filter((u) => u.endsWith(".pack")).map((u) => u.slice(u.lastIndexOf("/") + 1));
  assert.deepEqual([...new Set(packs)], ["ur.pack"]);
  await page.locator("#v").screenshot({ path: join(RESULTS, "urdu-view.png") });
  assert.deepEqual(log.errors, []);
  await context.close();
});

test("Arabic is refused with the core's clear error, on the page, in the element and in the API", async () => {
  const { page, log, context } = await session.open();
  await page.locator("[data-role=input]").fill(ARABIC);
  await page.waitForFunction(() => document.getElementById("status").dataset.state === "error");
  const status = await page.textContent("#status");
  assert.match(status, /looks like Arabic or Persian, which kaalrekha does not read \(it reads hi, en, ur\); set lang to analyse it anyway/);
  assert.equal(await page.locator("#article mark").count(), 0, "nothing highlighted as if it were Urdu");
  // The element: the text stays readable, the status says why.
  await page.evaluate(() => import("/kaalrekha-view.js"));
  const view = await page.evaluate((t) => new Promise((resolve) => {
    const v = document.createElement("kaalrekha-view");
    v.addEventListener("kaalrekha-error", (e) => resolve({ message: e.detail.message, status: v.shadowRoot.querySelector("[part=status]").textContent, text: v.shadowRoot.querySelector(".kr-text").textContent, dir: getComputedStyle(v.shadowRoot.querySelector(".kr-text")).direction }), { once: true });
    v.addEventListener("kaalrekha-analysed", () => resolve({ analysed: true }), { once: true });
    v.textContent = t;
    document.body.append(v);
  }), ARABIC);
  assert.match(view.message, /looks like Arabic or Persian/);
  assert.match(view.status, /^Could not analyse: this text looks like Arabic or Persian/);
  assert.equal(view.text, ARABIC);
  assert.equal(view.dir, "rtl", "Arabic letters still read right to left");
  // The API: a rejected analysis, the same words; with lang set, it is analysed as asked.
  const api = await page.evaluate(async (t) => {
    const k = await import("/kaalrekha.js");
    let refused;
    try { await k.analyse(t); } catch (e) { refused = e.message; }
    const forced = await k.analyse(t, { lang: "ur" });
    return { refused, forced: forced.language };
  }, ARABIC);
  assert.match(api.refused, /looks like Arabic or Persian/);
  assert.equal(api.forced, "ur");
  assert.deepEqual(log.errors, []);
  await context.close();
});
