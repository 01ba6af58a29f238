// Shared by the browser tests: a static server on a free port (scripts/serve.mjs) and
// Debian's Chromium through playwright-core. Never downloads a browser.
import { spawn } from "node:child_process";
import { after, before } from "node:test";
import { mkdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
export const WWW = join(ROOT, "www");
export const RESULTS = join(ROOT, "test-results");
mkdirSync(RESULTS, { recursive: true });

/**
 * The language registry as the core reads it: data/languages.tsv (code, Rust name, English
 * name, own name) and each data/<code>/language.tsv (script, direction; ltr when unset).
 */
export const REGISTRY = readFileSync(join(ROOT, "data", "languages.tsv"), "utf8").split("\n")
  .filter((l) => l.trim() && !l.startsWith("#")).map((l) => {
    const [code, , name, own] = l.split("\t");
    const settings = Object.fromEntries(readFileSync(join(ROOT, "data", code, "language.tsv"), "utf8").split("\n")
      .filter((r) => r.trim() && !r.startsWith("#")).map((r) => r.split("\t")));
    return { code, name, own, script: settings.script, dir: settings.direction || "ltr" };
  });

/** Starts scripts/serve.mjs on port 0; resolves to { url, stop() }. */
export function startServer({ csp = false, dir = WWW } = {}) {
  const args = [join(ROOT, "scripts", "serve.mjs"), dir, "0"];
  if (csp) args.push("--csp");
  const child = spawn(process.execPath, args, { stdio: ["ignore", "pipe", "inherit"] });
  return new Promise((resolve, reject) => {
    let out = "";
    const timer = setTimeout(() => reject(new Error(`server did not start: ${out}`)), 10000);
    child.stdout.on("data", (d) => {
      out += d;
      const m = /http:\/\/127\.0\.0\.1:(\d+)\//.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({
          url: `http://127.0.0.1:${m[1]}/`,
          stop: () => new Promise((r) => { child.once("exit", r); child.kill(); }),
        });
      }
    });
    child.once("exit", (code) => reject(new Error(`server exited with ${code}: ${out}`)));
  });
}

export function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
      "--disable-sync", "--no-first-run", "--disable-dev-shm-usage"],
  });
}

/** A page that records console errors, page errors, dialogs and every request. */
export async function newPage(browser, { colorScheme = "light", viewport = { width: 1360, height: 900 }, ...ctxOpts } = {}) {
  const context = await browser.newContext({ colorScheme, viewport, acceptDownloads: true, ...ctxOpts });
  const page = await context.newPage();
  const log = { errors: [], console: [], dialogs: [], requests: [] };
  page.on("pageerror", (e) => log.errors.push(String(e)));
  page.on("console", (m) => { if (m.type() === "error" || m.type() === "warning") log.console.push(`${m.type()}: ${m.text()}`); });
  page.on("dialog", (d) => { log.dialogs.push(d.message()); d.dismiss().catch(() => {}); });
  context.on("request", (r) => log.requests.push(r.url()));
  return { context, page, log };
}

/** Waits until the page shows the analysis of the text currently in the input. */
export async function waitAnalysed(page, timeout = 20000) {
  await page.waitForFunction(() => {
    const s = document.getElementById("status");
    return s && s.dataset.state === "done" && globalThis.kaalrekhaPage?.text === globalThis.kaalrekhaPage?.source;
  }, null, { timeout });
}

/** Puts text in the input as a paste would, and waits for its analysis. */
export async function pasteText(page, text, opts = {}) {
  await page.waitForFunction(() => document.documentElement.dataset.engine === "ready", null, { timeout: 20000 });
  await page.locator("[data-role=input]").fill(text);
  await waitAnalysed(page, opts.timeout);
  return page.evaluate(() => globalThis.kaalrekhaPage.analysis);
}

/** Same-origin assertion helper: every recorded URL is on `origin`, or blob:/data:. */
export function foreignRequests(urls, origin) {
  return urls.filter((u) => !(u.startsWith(origin) || u.startsWith("blob:") || u.startsWith("data:")));
}

export function env(name, fallback) {
  return process.env[name] ?? fallback;
}

/**
 * One server and one browser for the test file that calls it (registered as its before/after
 * hooks), and `open(opts)`: a new page on the analyser, once its engine is ready.
 */
export function analyserSession() {
  const s = { server: null, browser: null };
  before(async () => {
    s.server = await startServer();
    s.browser = await launch();
  });
  after(async () => {
    await s.browser?.close();
    await s.server?.stop();
  });
  s.open = async (opts) => {
    const ctx = await newPage(s.browser, opts);
    await ctx.page.goto(s.server.url);
    await ctx.page.waitForFunction(() => document.documentElement.dataset.engine === "ready", null, { timeout: 20000 });
    return ctx;
  };
  return s;
}
