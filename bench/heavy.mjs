// The page under a heavy article: what a reader feels when pasting megabytes into www/index.html.
//
//   node bench/heavy.mjs [--smoke] [SIZE_MB ...]      (standalone; bench/run.mjs calls runHeavy())
//   HEAVY_WWW=/tmp/old-www node bench/heavy.mjs 2 10   (the same on another copy of www/)
//
// For each size it opens the page in headless Chromium (/usr/bin/chromium via playwright-core),
// builds a Hindi article in the page by repeating the Hindi samples of www/samples.js (their
// years shifted per copy, so the timeline has many dates) with one last paragraph whose date
// (23 March 1931) occurs nowhere else, pastes it as a clipboard paste would, and measures:
//   - the longest main-thread task (PerformanceObserver "longtask") from the paste until the
//     page has settled, and the longest long animation frame;
//   - paste → first highlight (a <mark> in the article) and paste → "done" in the status;
//   - a legend click (hide, then show a label) and a click on the far timeline entry: click →
//     the next frame painted with the result (the label hidden; the date's mark active);
//   - "Edit the full text" and typing one character at the start of the full text: the
//     longest task in the seconds after, and the time until the page shows the new analysis;
//   - memory: the renderer process's peak RSS (Linux /proc, the pids from CDP
//     SystemInfo.getProcessInfo, sampled every 100 ms; page and worker share that process) and
//     the page's JS heap (CDP Performance.getMetrics JSHeapUsedSize) at the end.
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");

/** In the page: installs the long-task and long-animation-frame observers (an init script). */
export function instrument() {
  globalThis.__longtasks = [];
  globalThis.__loafs = [];
  try {
    new PerformanceObserver((l) => { for (const e of l.getEntries()) globalThis.__longtasks.push([e.startTime, e.duration]); })
      .observe({ type: "longtask", buffered: true });
  } catch { /* not supported */ }
  try {
    new PerformanceObserver((l) => { for (const e of l.getEntries()) globalThis.__loafs.push([e.startTime, e.duration]); })
      .observe({ type: "long-animation-frame", buffered: true });
  } catch { /* not supported */ }
  /** The longest task (and animation frame) that overlaps [from, to] (page ms). */
  globalThis.__longest = (from, to = Infinity) => {
    const pick = (list) => Math.max(0, ...list.filter(([s, d]) => s + d >= from && s <= to).map(([, d]) => d));
    return { task: pick(globalThis.__longtasks), frame: pick(globalThis.__loafs) };
  };
  /** Resolves once the frame after now has been painted. */
  globalThis.__nextPaint = () => new Promise((r) => requestAnimationFrame(() => { const c = new MessageChannel(); c.port1.onmessage = () => r(); c.port2.postMessage(0); }));
}

/**
 * In the page: a Hindi article of about `bytes` UTF-8 bytes from the Hindi samples, the years of
 * copy i shifted back by i % 40, paragraphs separated by blank lines, ending with a paragraph
 * whose date occurs nowhere else. Resolves to the text (also kept in globalThis.__article).
 */
export async function makeArticle(bytes) {
  const { SAMPLES } = await import(new URL("samples.js", document.baseURI).href);
  const hi = SAMPLES.filter((s) => s.lang === "hi").map((s) => s.text);
  const utf8 = (t) => {
    let n = 0;
    for (let i = 0; i < t.length; i++) {
      const c = t.charCodeAt(i);
      n += c < 0x80 ? 1 : c < 0x800 ? 2 : (c & 0xfc00) === 0xd800 ? 4 + 0 * i++ : 3;
    }
    return n;
  };
  const last = "इतिहासकारों के अनुसार 23 मार्च 1931 को लाहौर जेल में भगत सिंह, राजगुरु और सुखदेव को फाँसी दी गई थी।";
  const room = bytes - utf8(last) - 2;
  const parts = [];
  let n = 0;
  for (let i = 0; ; i++) {
    const t = hi[i % hi.length].replace(/\b(19[5-9]\d|20[0-2]\d)\b/g, (y) => String(Number(y) - (i % 40)));
    const len = utf8(t) + 2;
    if (n + len > room && parts.length) break;
    parts.push(t);
    n += len;
  }
  parts.push(last);
  globalThis.__article = parts.join("\n\n");
  return globalThis.__article;
}

/** In the page: pastes `globalThis.__article` into the empty text box (a ClipboardEvent). */
export function pasteArticle() {
  const dt = new DataTransfer();
  dt.setData("text/plain", globalThis.__article);
  const input = document.getElementById("input");
  input.focus();
  input.select();
  globalThis.__pastedAt = performance.now();
  globalThis.__firstMark = null;
  const article = document.getElementById("article");
  const mo = new MutationObserver(() => {
    if (globalThis.__firstMark == null && article.querySelector("mark")) {
      globalThis.__firstMark = performance.now() - globalThis.__pastedAt;
      mo.disconnect();
    }
  });
  mo.observe(article, { childList: true, subtree: true });
  // The page takes a long paste itself; a short one is the browser's to insert (a synthetic
  // event does not), as it would be into the text box.
  if (input.dispatchEvent(new ClipboardEvent("paste", { clipboardData: dt, bubbles: true, cancelable: true }))) {
    input.value = globalThis.__article;
    input.dispatchEvent(new InputEvent("input", { inputType: "insertFromPaste", bubbles: true }));
  }
  return globalThis.__pastedAt;
}

/** Samples the peak RSS of the browser's renderer processes (Linux /proc) every 100 ms. */
async function rssSampler(browser) {
  let cdp = null;
  try { cdp = await browser.newBrowserCDPSession(); } catch { return { stop: async () => ({ rss: null, anon: null }), peak: () => null }; }
  let peak = 0;
  let peakAnon = 0;
  let stopped = false;
  // VmRSS counts the pages of Chromium's binary and libraries the renderer has touched
  // (about 105 MB, shared with the other processes); RssAnon is the process's own memory.
  const rss = (pid) => {
    try {
      const s = readFileSync(`/proc/${pid}/status`, "utf8");
      const kb = (k) => Number(new RegExp(`${k}:\\s+(\\d+) kB`).exec(s)?.[1] ?? 0) * 1024;
      return [kb("VmRSS"), kb("RssAnon")];
    } catch { return [0, 0]; }
  };
  let pids = [];
  const refresh = async () => {
    try {
      const { processInfo } = await cdp.send("SystemInfo.getProcessInfo");
      pids = processInfo.filter((p) => p.type === "renderer").map((p) => p.id);
    } catch { /* keep the last list */ }
  };
  await refresh();
  let n = 0;
  const loop = (async () => {
    while (!stopped) {
      if (++n % 20 === 0) await refresh();
      for (const pid of pids) {
        const [all, anon] = rss(pid);
        peak = Math.max(peak, all);
        peakAnon = Math.max(peakAnon, anon);
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  })();
  return {
    peak: () => peak,
    /** The renderers' memory now: { rss, anon } of the largest. */
    now: async () => {
      let best = [0, 0];
      for (const pid of pids) { const m = rss(pid); if (m[0] > best[0]) best = m; }
      return { rss: best[0], anon: best[1] };
    },
    stop: async () => { stopped = true; await loop; await cdp.detach().catch(() => {}); return { rss: peak, anon: peakAnon }; },
  };
}

const wait = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * Runs the scenario for one article size on `url` (the page) in `browser`. Returns the figures
 * (ms, bytes), with `null` for what could not be measured. `timeout` bounds each wait.
 */
export async function scenario(browser, url, bytes, { timeout = 180000, log = () => {} } = {}) {
  const context = await browser.newContext({ viewport: { width: 1360, height: 900 }, reducedMotion: "reduce" });
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.addInitScript(instrument);
  const R = { bytes, errors };
  let mem = null;
  let stopHeap = async () => {};
  try {
    await page.goto(url);
    await page.waitForFunction(() => document.documentElement.dataset.engine === "ready", null, { timeout: 60000 });
    const text = await page.evaluate(makeArticle, bytes);
    R.chars = text.length;
    R.utf8 = Buffer.byteLength(text);
    // Memory from here: the page, its worker and the pasted text (the article built for the
    // paste is the clipboard's), not the garbage of building it.
    const cdp = await context.newCDPSession(page);
    await cdp.send("HeapProfiler.collectGarbage");
    await cdp.detach();
    await wait(300);
    mem = await rssSampler(browser);
    R.before = await mem.now();
    // The page's JS heap (main thread; CDP Performance.getMetrics JSHeapUsedSize), every 250 ms.
    const perf = await context.newCDPSession(page);
    await perf.send("Performance.enable");
    R.heapPeak = 0;
    let polling = true;
    const heapLoop = (async () => {
      while (polling) {
        try {
          const { metrics } = await perf.send("Performance.getMetrics");
          R.heapPeak = Math.max(R.heapPeak, metrics.find((m) => m.name === "JSHeapUsedSize")?.value ?? 0);
        } catch { /* the page is closing */ }
        await wait(250);
      }
    })();
    stopHeap = async () => { polling = false; await heapLoop; await perf.detach().catch(() => {}); };
    const t0 = await page.evaluate(pasteArticle);
    await page.waitForFunction(() => globalThis.__firstMark != null, null, { timeout, polling: 50 });
    R.firstHighlightMs = await page.evaluate(() => globalThis.__firstMark);
    await page.waitForFunction(() => document.getElementById("status").dataset.state === "done" && globalThis.kaalrekhaPage.text === globalThis.kaalrekhaPage.source, null, { timeout, polling: 100 });
    R.doneMs = await page.evaluate((at) => performance.now() - at, t0);
    R.analysisMs = Number(await page.getAttribute("#status", "data-core-ms")) || null;
    await wait(1500);
    Object.assign(R, await page.evaluate(() => ({
      marks: document.querySelectorAll("#article mark").length,
      domNodes: document.getElementsByTagName("*").length,
      mentions: globalThis.kaalrekhaPage.analysis.entities.length + globalThis.kaalrekhaPage.analysis.timexes.length,
      timeline: globalThis.kaalrekhaPage.analysis.timeline.length,
    })));
    R.paste = await page.evaluate((at) => globalThis.__longest(at), t0);
    R.peakAfterPaste = mem.peak();
    log(`  ${(bytes / 2 ** 20).toFixed(2)} MB: first highlight ${Math.round(R.firstHighlightMs)} ms, done ${Math.round(R.doneMs)} ms, longest task ${Math.round(R.paste.task)} ms`);

    // A legend click: hide a label, then show it again; the slower of the two.
    R.legendMs = await page.evaluate(async () => {
      const b = document.querySelector(".legend-item");
      if (!b) return null;
      let worst = 0;
      for (let k = 0; k < 2; k++) {
        const t = performance.now();
        b.click();
        await globalThis.__nextPaint();
        worst = Math.max(worst, performance.now() - t);
        await new Promise((r) => setTimeout(r, 200));
      }
      return worst;
    });

    // A click on the timeline entry of the last paragraph: its mark is shown and active.
    R.timelineMs = await page.evaluate(async () => {
      const a = globalThis.kaalrekhaPage.analysis;
      const tx = a.timexes.find((t) => t.value === "1931-03-23");
      const g = tx && document.querySelector(`#timeline [data-timex="${tx.id}"]`);
      if (!g) return null;
      const t = performance.now();
      g.dispatchEvent(new MouseEvent("click", { bubbles: true }));
      const deadline = t + 10000;
      while (!document.querySelector(`#article mark[data-id="${tx.id}"].active`) && performance.now() < deadline) await new Promise((r) => setTimeout(r, 5));
      await globalThis.__nextPaint();
      const mark = document.querySelector(`#article mark[data-id="${tx.id}"].active`);
      if (!mark) return null;
      const r = mark.getBoundingClientRect();
      return { ms: performance.now() - t, onScreen: r.bottom > 0 && r.top < innerHeight };
    });
    await wait(500);

    // Scrolling through the article: the longest task while the window moves.
    const s0 = await page.evaluate(() => performance.now());
    await page.evaluate(async () => {
      for (let i = 0; i <= 20; i++) {
        scrollTo(0, (document.documentElement.scrollHeight * i) / 20);
        await new Promise((r) => setTimeout(r, 60));
      }
      scrollTo(0, 0);
    });
    await wait(800);
    R.scroll = await page.evaluate((at) => globalThis.__longest(at), s0);
    R.peakAfterScroll = mem.peak();

    // "Edit the full text", then one character typed at its start.
    const e0 = await page.evaluate(() => performance.now());
    const hasEdit = await page.isVisible("#edit-all");
    if (hasEdit) {
      await page.click("#edit-all", { timeout });
      // The text box is editable: with the whole text in it, or a part of it (a chunked editor).
      await page.waitForFunction(() => !document.getElementById("input").readOnly, null, { timeout, polling: 50 });
      await page.evaluate(() => globalThis.__nextPaint());
      R.editAllMs = await page.evaluate((at) => performance.now() - at, e0);
      await wait(1500);
      R.editAll = await page.evaluate((at) => globalThis.__longest(at), e0);
      R.peakAfterEditAll = mem.peak();
      const k0 = await page.evaluate(() => {
        const input = document.getElementById("input");
        input.focus();
        input.setSelectionRange(0, 0);
        return performance.now();
      });
      await page.keyboard.type("अ");
      await page.waitForFunction(() => document.getElementById("status").dataset.state === "done" && globalThis.kaalrekhaPage.text === globalThis.kaalrekhaPage.source && globalThis.kaalrekhaPage.source.startsWith("अ"), null, { timeout, polling: 100 });
      R.typeDoneMs = await page.evaluate((at) => performance.now() - at, k0);
      await wait(1000);
      R.typing = await page.evaluate((at) => globalThis.__longest(at), k0);
    }
    R.jsHeapUsed = await (async () => {
      const cdp = await context.newCDPSession(page);
      await cdp.send("Performance.enable");
      const { metrics } = await cdp.send("Performance.getMetrics");
      await cdp.detach();
      return metrics.find((m) => m.name === "JSHeapUsedSize")?.value ?? null;
    })();
    R.all = await page.evaluate(() => globalThis.__longest(0));
  } catch (e) {
    R.failed = String(e.message || e).split("\n")[0];
    log(`  ${(bytes / 2 ** 20).toFixed(2)} MB: ${R.failed}`);
  } finally {
    await stopHeap();
    const peak = mem ? await mem.stop() : {};
    R.rssPeak = peak.rss;
    R.anonPeak = peak.anon;
    await context.close();
  }
  return R;
}

/** The scenario for every size, in one browser (sizes in bytes). */
export async function measure(browser, url, sizes, opts = {}) {
  const out = [];
  for (const b of sizes) out.push(await scenario(browser, url, b, opts));
  return out;
}

/**
 * Serves www/ (scripts/serve.mjs), launches Chromium and runs the scenario for each size (in
 * bytes), one after the other. Used by bench/run.mjs and on its own (below).
 */
export async function runHeavy(sizes, { log = () => {}, timeout, www = join(root, "www") } = {}) {
  const child = spawn(process.execPath, [join(root, "scripts/serve.mjs"), www, "0"], { stdio: ["ignore", "pipe", "inherit"] });
  try {
    const url = await new Promise((ok, fail) => {
      child.stdout.on("data", (d) => { const m = /http:\/\/127\.0\.0\.1:\d+\//.exec(String(d)); if (m) ok(m[0]); });
      child.once("exit", (code) => fail(new Error(`serve.mjs exited with ${code}`)));
    });
    const { chromium } = await import("playwright-core");
    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"],
    });
    try {
      const out = await measure(browser, url, sizes, { log, timeout });
      return { version: browser.version(), runs: out };
    } finally {
      await browser.close();
    }
  } finally {
    child.kill();
  }
}

// ---------------------------------------------------------------- standalone

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const smoke = args.includes("--smoke");
  const mbs = args.filter((a) => /^[\d.]+$/.test(a)).map(Number);
  const sizes = (mbs.length ? mbs : smoke ? [0.02, 0.06] : [2, 10]).map((m) => Math.round(m * 2 ** 20));
  // HEAVY_WWW: another copy of www/ (an older commit's, for a before/after comparison).
  const res = await runHeavy(sizes, { log: (m) => console.error(m), ...(process.env.HEAVY_WWW ? { www: resolve(process.env.HEAVY_WWW) } : {}) });
  console.log(JSON.stringify(res, null, 1));
}
