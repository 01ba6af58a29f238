// Safety: text is never markup, the page asks only its own server for its own static files,
// it runs under the strict CSP, and it works offline once loaded.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { REGISTRY, launch, newPage, pasteText, startServer, waitAnalysed, foreignRequests } from "./helpers.mjs";

const PAYLOADS = [
  "<img src=x onerror=alert(1)>",
  "</textarea><script>alert(1)</script>",
  "\"><svg onload=alert(1)> 18 नवंबर को <iframe src=javascript:alert(1)></iframe>",
];

let server;
let cspServer;
let browser;

before(async () => {
  [server, cspServer, browser] = await Promise.all([startServer(), startServer({ csp: true }), launch()]);
});
after(async () => {
  await browser?.close();
  await server?.stop();
  await cspServer?.stop();
});

/** Records CSP violations as the page sees them. */
const recordViolations = () => {
  globalThis.__violations = [];
  document.addEventListener("securitypolicyviolation", (e) => globalThis.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
};

test("pasted markup stays text: no element is created and no dialog opens", async () => {
  const { page, log, context } = await newPage(browser);
  await page.goto(server.url);
  for (const p of PAYLOADS) {
    const text = `नरेंद्र मोदी ने कहा ${p} गुरुवार को। Putin said ${p} in Moscow on Tuesday.`;
    await pasteText(page, text);
    const article = page.locator("#article");
    assert.ok((await article.textContent()).includes(p), "payload shown as text");
    assert.equal(await page.locator("#article img, #article script, #article svg, #article iframe").count(), 0);
    assert.equal(await page.locator("body script:not([src])").count(), 0);
    // the panels and exports too
    assert.equal(await page.locator("#entities img, #timeline img, #timeline script, #card img").count(), 0);
  }
  await page.waitForTimeout(300);
  assert.deepEqual(log.dialogs, []);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test("the custom element treats its text as text", async () => {
  const { page, log, context } = await newPage(browser);
  await page.goto(`${server.url}embed.html`);
  await page.waitForFunction(() => document.querySelector("kaalrekha-view")?.analysis);
  for (const p of PAYLOADS) {
    await page.evaluate((t) => new Promise((resolve) => {
      const v = document.querySelector("kaalrekha-view");
      v.addEventListener("kaalrekha-analysed", resolve, { once: true });
      v.text = t;
    }), `Modi said ${p} on Tuesday.`);
    const shown = await page.evaluate(() => document.querySelector("kaalrekha-view").shadowRoot.querySelector(".kr-text").textContent);
    assert.ok(shown.includes(p));
    assert.equal(await page.evaluate(() => document.querySelector("kaalrekha-view").shadowRoot.querySelectorAll(".kr-text img, .kr-text script, .kr-text iframe").length), 0);
  }
  await page.waitForTimeout(300);
  assert.deepEqual(log.dialogs, []);
  await context.close();
});

test("under the strict CSP header the page and the embed work with no violation", async () => {
  const { page, log, context } = await newPage(browser);
  await page.addInitScript(recordViolations);
  const res = await page.goto(cspServer.url);
  assert.match(res.headers()["content-security-policy"], /script-src 'self' 'wasm-unsafe-eval'/);
  await page.click('[data-sample="hi-diplomacy"]');
  await waitAnalysed(page);
  await page.click('[data-sample="en-space"]');
  await waitAnalysed(page);
  const first = page.locator("#article mark").first();
  if (await first.count()) await first.hover();
  await page.click("#export summary");
  assert.deepEqual(await page.evaluate(() => globalThis.__violations), []);
  await page.goto(`${cspServer.url}embed.html`);
  await page.waitForFunction(() => [...document.querySelectorAll("kaalrekha-view")].every((v) => v.analysis));
  // the shadow stylesheet applied (CSP would block inline <style>)
  const display = await page.evaluate(() => getComputedStyle(document.querySelector("kaalrekha-view").shadowRoot.querySelector(".kr-root")).display);
  assert.equal(display, "grid");
  assert.deepEqual(await page.evaluate(() => globalThis.__violations), []);
  const cspMessages = log.console.filter((m) => /Content.Security.Policy|Refused to/i.test(m));
  assert.deepEqual(cspMessages, []);
  assert.deepEqual(log.errors, []);
  await context.close();
});

// The page's own static files: its pages, modules, styles, the wasm and the registered languages' packs.
const OWN_FILES = new RegExp(`^/(|[\\w.-]+\\.(html|js|css|svg|webmanifest)|pkg/(kaalrekha_core(\\.js|_bg\\.wasm)|(${REGISTRY.map((l) => l.code).join("|")})\\.pack))$`);

test("only same-origin static files are requested, and it works offline once loaded", async () => {
  const { page, log, context } = await newPage(browser);
  await page.goto(server.url);
  await page.click('[data-sample="hi-weather"]');
  await waitAnalysed(page);
  await pasteText(page, "Narendra Modi spoke in Delhi on 18 November 2025. नई दिल्ली में गुरुवार को बैठक हुई।");
  await page.click("#export summary");
  const [d] = await Promise.all([page.waitForEvent("download"), page.click('[data-export="csv"][data-action="download"]')]);
  await d.path();
  await page.goto(`${server.url}embed.html`);
  await page.waitForFunction(() => [...document.querySelectorAll("kaalrekha-view")].every((v) => v.analysis));
  const origin = server.url.replace(/\/$/, "");
  assert.deepEqual(foreignRequests(log.requests, origin), []);
  for (const u of log.requests) {
    if (!u.startsWith(origin)) continue;
    const path = new URL(u).pathname;
    assert.match(path, OWN_FILES, `unexpected request ${u}`);
  }
  // The service worker has cached the files: reload with the network off.
  await page.goto(server.url);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(async () => (await caches.keys()).length > 0 && (await (await caches.open((await caches.keys())[0])).keys()).length >= 10);
  await context.setOffline(true);
  await page.reload();
  await page.waitForFunction(() => document.documentElement.dataset.engine === "ready", null, { timeout: 20000 });
  await pasteText(page, "Offline: the analyser still runs on 18 November 2025 in Delhi.");
  await page.goto(`${server.url}embed.html`);
  await page.waitForFunction(() => [...document.querySelectorAll("kaalrekha-view")].every((v) => v.analysis));
  await context.setOffline(false);
  await context.close();
});
