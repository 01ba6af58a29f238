// Where the renderer's memory goes during the page benchmark's scenario (bench/heavy.mjs):
// Chromium memory-infra dumps (CDP Tracing.requestMemoryDump) of the renderer process after
// each step, and every 100 ms while the text is analysed again after typing, by allocator
// (v8/main: the page's JS heap as allocated; v8/workers; blink_gc; partition_alloc: strings,
// buffers, the DOM's text; malloc; cc: the compositor), in MB, with the process's VmRSS.
//
//   node bench/memdump.mjs [SIZE_MB=10] [WWW=www]
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const H = await import("./heavy.mjs");
const mb = Number(process.argv[2] ?? 10);
const www = resolve(process.argv[3] ?? join(root, "www"));
const child = spawn(process.execPath, [join(root, "scripts/serve.mjs"), www, "0"], { stdio: ["ignore", "pipe", "inherit"] });
const url = await new Promise((ok) => child.stdout.on("data", (d) => { const m = /http:\/\/127\.0\.0\.1:\d+\//.exec(String(d)); if (m) ok(m[0]); }));
const { chromium } = await import("playwright-core");
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"] });
const cdp = await browser.newBrowserCDPSession();
const context = await browser.newContext({ viewport: { width: 1360, height: 900 }, reducedMotion: "reduce" });
const page = await context.newPage();
await page.addInitScript(H.instrument);
await page.goto(url);
await page.waitForFunction(() => document.documentElement.dataset.engine === "ready", null, { timeout: 60000 });
await page.evaluate(H.makeArticle, Math.round(mb * 2 ** 20));
const { processInfo } = await cdp.send("SystemInfo.getProcessInfo");
const rpids = processInfo.filter((p) => p.type === "renderer").map((p) => p.id);
const rss = () => Math.max(...rpids.map((pid) => { try { return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))[1]) / 1024; } catch { return 0; } }));
const events = [];
cdp.on("Tracing.dataCollected", (e) => events.push(...e.value));
await cdp.send("Tracing.start", { traceConfig: { includedCategories: ["disabled-by-default-memory-infra"], memoryDumpConfig: { triggers: [] } }, transferMode: "ReportEvents" });
const labels = [];
const dump = async (label) => { labels.push([label, Math.round(rss())]); await cdp.send("Tracing.requestMemoryDump", { deterministic: false, levelOfDetail: "background" }).catch((e) => console.error(String(e))); };
const wait = (ms) => new Promise((r) => setTimeout(r, ms));
await dump("before");
await page.evaluate(H.pasteArticle);
await page.waitForFunction(() => document.getElementById("status").dataset.state === "done" && globalThis.kaalrekhaPage.text === globalThis.kaalrekhaPage.source, null, { timeout: 180000, polling: 100 });
await wait(1500);
await dump("after paste");
await page.evaluate(async () => { for (let i = 0; i <= 20; i++) { scrollTo(0, (document.documentElement.scrollHeight * i) / 20); await new Promise((r) => setTimeout(r, 60)); } scrollTo(0, 0); });
await wait(800);
await dump("after scroll");
await page.click("#edit-all");
await wait(1500);
await dump("after edit-all");
await page.evaluate(() => { const i = document.getElementById("input"); i.focus(); i.setSelectionRange(0, 0); });
await page.keyboard.type("अ");
let done = false;
page.waitForFunction(() => document.getElementById("status").dataset.state === "done" && globalThis.kaalrekhaPage.text === globalThis.kaalrekhaPage.source && globalThis.kaalrekhaPage.source.startsWith("अ"), null, { timeout: 180000, polling: 100 }).then(() => { done = true; });
for (let k = 0; k < 40 && !done; k++) { await wait(100); await dump(`typing +${(k + 1) * 100}ms`); }
await dump("typing done");
await wait(1500);
await dump("+1.5s");
await wait(1500);
await dump("+3s");
const finished = new Promise((r) => cdp.once("Tracing.tracingComplete", r));
await cdp.send("Tracing.end");
await finished;
const dumps = events.filter((e) => e.ph === "v" && rpids.includes(e.pid));
const hex = (a) => (a?.attrs?.size ? parseInt(a.attrs.size.value, 16) / 2 ** 20 : 0);
const byId = new Map();
for (const d of dumps) { if (!byId.has(d.id)) byId.set(d.id, {}); const top = byId.get(d.id);
  for (const [k, v] of Object.entries(d.args.dumps.allocators ?? {})) {
    const parts = k.split("/");
    if (parts[0] === "v8" && parts.length === 2) { const key = parts[1].startsWith("main") ? "v8/main" : "v8/" + parts[1].replace(/_0x[0-9a-f]+$/, ""); top[key] = (top[key] ?? 0) + hex(v); }
    else if (parts[0] === "v8" && parts.length === 3 && parts[2] === "heap_spaces") {}
    else if (parts.length === 1 && parts[0] !== "v8") top[k] = (top[k] ?? 0) + hex(v);
  }
}
let i = 0;
for (const top of byId.values()) {
  const lab = labels[i++] ?? ["?", 0];
  console.log(lab[0].padEnd(16), String(lab[1]).padStart(4), Object.entries(top).filter(([, v]) => v >= 2).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v.toFixed(0)}`).join(", "));
}
await browser.close();
child.kill();
