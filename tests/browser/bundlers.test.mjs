// The npm package in bundlers: `npm pack` of www/, installed into sample sites built with
// esbuild (no flags; the wasm placed by hand and found through `asset-base` or setAssetBase)
// and Vite, each rendered in Chromium under the strict CSP with no violation. Also: recovery
// after a trap in a bundle, the element's loading state, and a blocked wasm (the article stays
// readable, with kaalrekha-error).
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync, spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { REGISTRY, ROOT, WWW, foreignRequests, launch, newPage, startServer } from "./helpers.mjs";

const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";
const HINDI = "प्रधानमंत्री नरेंद्र मोदी ने गुरुवार को नई दिल्ली में जापान के प्रतिनिधिमंडल से मुलाकात की। दोनों देशों ने 18 नवंबर को हुए समझौते की समीक्षा की।";
const ENGLISH = "KOLKATA, 3 March 2025 — Mamata Banerjee said on Monday that the state would host a summit in February 2026.";
const BIN = join(ROOT, "node_modules", ".bin");
// An import of Node's modules (kaalrekha.js only names node:fs to process.getBuiltinModule,
// which no bundler follows).
const NODE_IMPORT = /(from\s*|import\s*\(\s*|require\s*\(\s*)["']node:/;

let dir;
let esbuildOut; // the no-flags CLI build: { status, stderr }
let esSite;
let viteSite;
let browser;

const page = (title, head, body) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${title}</title>
${head}
</head><body>
${body}
</body></html>
`;
const views = `<kaalrekha-view id="hindi" lang="hi" dct="2025-11-20">${HINDI}</kaalrekha-view>
<kaalrekha-view id="english" lang="en">${ENGLISH}</kaalrekha-view>`;

/** A scratch project with the packed tarball unpacked as node_modules/kaalrekha. */
function project(name, tarball) {
  const p = join(dir, name);
  const target = join(p, "node_modules", "kaalrekha");
  mkdirSync(target, { recursive: true });
  execFileSync("tar", ["-xzf", tarball, "-C", target, "--strip-components=1"]);
  writeFileSync(join(p, "package.json"), JSON.stringify({ name: `sample-${name}`, private: true, type: "module" }));
  return p;
}

before(async () => {
  dir = mkdtempSync(join(tmpdir(), "kaalrekha-bundlers-"));
  const out = execFileSync("npm", ["pack", "--json", "--pack-destination", dir], { cwd: WWW, encoding: "utf8", env: { ...process.env, npm_config_update_notifier: "false" } });
  const tarball = join(dir, JSON.parse(out)[0].filename);

  // esbuild: the README's command, with no flags but --bundle and the output file.
  const es = project("esbuild", tarball);
  writeFileSync(join(es, "view.js"), `import "kaalrekha/view";\n`);
  esbuildOut = spawnSync(join(BIN, "esbuild"), ["view.js", "--bundle", "--outfile=dist/view.js"], { cwd: es, encoding: "utf8" });
  // …and an ES module bundle that uses the API: setAssetBase(), and a trap to recover from.
  writeFileSync(join(es, "api.js"), `import { analyse, setAssetBase, __trapForTesting } from "kaalrekha";
import "kaalrekha/view";
setAssetBase("kaalrekha/");
globalThis.kaalrekha = { analyse, __trapForTesting };
`);
  execFileSync(join(BIN, "esbuild"), ["api.js", "--bundle", "--format=esm", "--outfile=dist/api.js"], { cwd: es, stdio: "ignore" });
  mkdirSync(join(es, "dist", "kaalrekha"), { recursive: true });
  for (const f of ["kaalrekha_core_bg.wasm", ...REGISTRY.map((l) => `${l.code}.pack`)]) copyFileSync(join(es, "node_modules", "kaalrekha", "pkg", f), join(es, "dist", "kaalrekha", f));
  writeFileSync(join(es, "dist", "index.html"), page("esbuild, asset-base", `<script src="view.js" defer></script>`,
    views.replace(/<kaalrekha-view /g, `<kaalrekha-view asset-base="kaalrekha/" `)));
  writeFileSync(join(es, "dist", "api.html"), page("esbuild, setAssetBase", `<script type="module" src="api.js"></script>`, views));
  // …and with neither, the wasm is looked for at pkg/ beside the bundle.
  mkdirSync(join(es, "dist", "pkg"));
  for (const f of ["kaalrekha_core_bg.wasm", ...REGISTRY.map((l) => `${l.code}.pack`)]) copyFileSync(join(es, "dist", "kaalrekha", f), join(es, "dist", "pkg", f));
  writeFileSync(join(es, "dist", "plain.html"), page("esbuild, no asset base", `<script src="view.js" defer></script>`, views));

  // Vite: an index.html and a module that imports the element; Vite finds and emits the wasm.
  const vi = project("vite", tarball);
  writeFileSync(join(vi, "main.js"), `import "kaalrekha/view";\n`);
  writeFileSync(join(vi, "index.html"), page("Vite", `<script type="module" src="./main.js"></script>`, views));
  const { build } = await import(join(ROOT, "node_modules", "vite", "dist", "node", "index.js"));
  await build({ root: vi, configFile: false, logLevel: "silent" });

  [esSite, viteSite, browser] = await Promise.all([
    startServer({ csp: true, dir: join(es, "dist") }),
    startServer({ csp: true, dir: join(vi, "dist") }),
    launch(),
  ]);
});

after(async () => {
  await browser?.close();
  await esSite?.stop();
  await viteSite?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Opens a sample page recording CSP violations, failed responses and kaalrekha-* events. */
async function open(url, { beforeGoto } = {}) {
  const ctx = await newPage(browser);
  ctx.failed = [];
  ctx.page.on("response", (r) => { if (r.status() >= 400) ctx.failed.push(`${r.status()} ${r.url()}`); });
  await ctx.page.addInitScript(() => {
    globalThis.__violations = [];
    globalThis.__events = [];
    addEventListener("securitypolicyviolation", (e) => globalThis.__violations.push(`${e.violatedDirective} ${e.blockedURI}`), true);
    for (const type of ["kaalrekha-analysed", "kaalrekha-error"]) {
      addEventListener(type, (e) => globalThis.__events.push({ type, id: e.target.id, message: e.detail?.message ?? null }), true);
    }
  });
  if (beforeGoto) await beforeGoto(ctx.page);
  ctx.response = await ctx.page.goto(url);
  return ctx;
}

/** What each element shows: its text, its highlights, its status and whether styles apply. */
const shown = (page) => page.evaluate(() => [...document.querySelectorAll("kaalrekha-view")].map((v) => {
  const root = v.shadowRoot;
  const mark = root.querySelector("mark[data-label]");
  return {
    id: v.id,
    text: root.querySelector(".kr-text").textContent,
    marks: root.querySelectorAll("mark[data-id]").length,
    entries: root.querySelectorAll("[data-timex]").length,
    status: root.querySelector("[part~=status]").textContent,
    state: root.querySelector("[part~=status]").dataset.state,
    grid: getComputedStyle(root.querySelector(".kr-root")).display === "grid",
    markBg: mark ? getComputedStyle(mark).backgroundColor : null,
  };
}));

async function assertRendered(ctx, origin) {
  const { page, log } = ctx;
  await page.waitForFunction(() => globalThis.__events.filter((e) => e.type === "kaalrekha-analysed").length >= 2, null, { timeout: 20000 });
  for (const v of await shown(page)) {
    assert.equal(v.state, "done", `${v.id}: ${v.status}`);
    assert.ok(v.marks >= 3, `${v.id} has highlights (${v.marks})`);
    assert.ok(v.entries >= 1, `${v.id} has a timeline`);
    assert.ok(v.grid, `${v.id}: the element's stylesheet applies`);
    assert.ok(v.markBg && v.markBg !== "rgba(0, 0, 0, 0)", `${v.id}: marks are coloured (${v.markBg})`);
  }
  assert.deepEqual(await page.evaluate(() => globalThis.__violations), [], "no CSP violation");
  assert.deepEqual(log.console.filter((m) => /Content.Security.Policy|Refused to/i.test(m)), []);
  assert.deepEqual(log.errors, []);
  assert.deepEqual(ctx.failed, [], "no failed request");
  assert.deepEqual(foreignRequests(log.requests, origin), [], "only its own files");
  assert.deepEqual(log.requests.filter((u) => u.startsWith("data:")), [], "no data: URL");
  assert.equal(log.requests.filter((u) => u.endsWith(".wasm")).length, 1, "the wasm is fetched once");
}

test("import \"kaalrekha/view\" bundles with esbuild with no flags, without warnings or node:*", () => {
  assert.equal(esbuildOut.status, 0, esbuildOut.stderr);
  assert.doesNotMatch(esbuildOut.stderr, /WARNING|ERROR/, "no warnings");
  const bundle = readFileSync(join(dir, "esbuild", "dist", "view.js"), "utf8");
  assert.ok(!NODE_IMPORT.test(bundle), "no Node code in the browser bundle");
  assert.ok(!bundle.includes("?instance"), "no re-import by URL");
  assert.ok(bundle.includes("adoptedStyleSheets"));
});

test("esbuild sample site (asset-base attribute) renders highlights under the strict CSP", async () => {
  const ctx = await open(esSite.url);
  assert.equal(ctx.response.headers()["content-security-policy"], CSP);
  await assertRendered(ctx, esSite.url.replace(/\/$/, ""));
  assert.ok(ctx.log.requests.some((u) => u.endsWith("/kaalrekha/kaalrekha_core_bg.wasm")), "the wasm from the asset base");
  assert.ok(ctx.log.requests.some((u) => u.endsWith("/kaalrekha/hi.pack")), "the Hindi pack from the asset base");
  await ctx.context.close();
});

test("esbuild sample site without an asset base finds the wasm at pkg/ beside the bundle", async () => {
  const ctx = await open(`${esSite.url}plain.html`);
  await assertRendered(ctx, esSite.url.replace(/\/$/, ""));
  assert.ok(ctx.log.requests.some((u) => u === `${esSite.url}pkg/kaalrekha_core_bg.wasm`));
  await ctx.context.close();
});

test("esbuild ES module bundle with setAssetBase(): renders, and recovers from a trap without fetching anything", async () => {
  const ctx = await open(`${esSite.url}api.html`);
  await assertRendered(ctx, esSite.url.replace(/\/$/, ""));
  const before = ctx.log.requests.length;
  const r = await ctx.page.evaluate(async () => {
    const k = globalThis.kaalrekha;
    const text = "Putin met Li Qiang in Moscow on Tuesday.";
    const a = await k.analyse(text, { lang: "en" });
    let message = null;
    try { k.__trapForTesting(); } catch (e) { message = e.message; }
    const b = await k.analyse(text, { lang: "en" });
    const again = await new Promise((resolve) => {
      const v = document.getElementById("hindi");
      v.addEventListener("kaalrekha-analysed", (e) => resolve(e.detail.sentences.length), { once: true });
      v.text = "पहला वाक्य। दूसरा वाक्य।";
    });
    return { message, same: JSON.stringify(a) === JSON.stringify(b), again };
  });
  assert.match(r.message, /crashed.*restarted/);
  assert.ok(r.same, "the new instance answers as the old one");
  assert.equal(r.again, 2);
  assert.deepEqual(ctx.log.requests.slice(before), [], "recovery fetched and imported nothing");
  await ctx.context.close();
});

test("Vite sample site renders highlights under the strict CSP; the wasm is emitted, no data: URL", async () => {
  const assets = readdirSync(join(dir, "vite", "dist", "assets"));
  assert.ok(assets.some((f) => /^kaalrekha_core_bg-.*\.wasm$/.test(f)), `Vite emitted the wasm: ${assets}`);
  for (const { code: lang } of REGISTRY) assert.ok(assets.some((f) => new RegExp(`^${lang}-.*\\.pack$`).test(f)), `Vite emitted ${lang}.pack: ${assets}`);
  const js = assets.filter((f) => f.endsWith(".js")).map((f) => readFileSync(join(dir, "vite", "dist", "assets", f), "utf8")).join("\n");
  assert.ok(!/data:text\/css/.test(js), "no CSS as a data: URL");
  assert.ok(!NODE_IMPORT.test(js), "no Node code in the browser bundle");
  const ctx = await open(viteSite.url);
  await assertRendered(ctx, viteSite.url.replace(/\/$/, ""));
  await ctx.context.close();
});

test("while the wasm loads the article is readable, with a status; then the highlights arrive", async () => {
  let release;
  const gate = new Promise((r) => { release = r; });
  const ctx = await open(esSite.url, {
    beforeGoto: (p) => p.route("**/*.wasm", async (route) => { await gate; await route.continue(); }),
  });
  await ctx.page.waitForFunction(() => [...document.querySelectorAll("kaalrekha-view")].every((v) => v.shadowRoot?.querySelector(".kr-text")?.textContent));
  const loading = await shown(ctx.page);
  assert.deepEqual(loading.map((v) => [v.text, v.state, v.status, v.marks]), [
    [HINDI, "loading", "Loading the analyser…", 0],
    [ENGLISH, "loading", "Loading the analyser…", 0],
  ]);
  assert.ok(await ctx.page.locator("#hindi").getByText("नई दिल्ली", { exact: false }).isVisible(), "the text is visible");
  release();
  await assertRendered(ctx, esSite.url.replace(/\/$/, ""));
  await ctx.context.close();
});

for (const [how, block] of [
  ["the request fails", (p) => p.route("**/*.wasm", (route) => route.abort())],
  ["the CSP forbids WebAssembly", (p) => p.route((u) => u.pathname === "/", async (route) => {
    const res = await route.fetch();
    await route.fulfill({ response: res, headers: { ...res.headers(), "content-security-policy": "default-src 'self'; script-src 'self'; style-src 'self'" } });
  })],
]) {
  test(`blocked wasm (${how}): the article stays readable, with the reason and kaalrekha-error`, async () => {
    const ctx = await open(esSite.url, { beforeGoto: block });
    await ctx.page.waitForFunction(() => globalThis.__events.filter((e) => e.type === "kaalrekha-error").length >= 2, null, { timeout: 20000 });
    const events = await ctx.page.evaluate(() => globalThis.__events);
    assert.deepEqual(events.map((e) => [e.type, e.id]).sort(), [["kaalrekha-error", "english"], ["kaalrekha-error", "hindi"]]);
    for (const e of events) assert.match(e.message, /kaalrekha: cannot (load|compile)/);
    const views = await shown(ctx.page);
    assert.deepEqual(views.map((v) => v.text), [HINDI, ENGLISH], "the text stays");
    for (const v of views) {
      assert.equal(v.state, "error");
      assert.match(v.status, /^The analyser could not load, so the text is shown without highlights \(cannot (load|compile) /);
      assert.equal(v.marks, 0);
      assert.ok(v.grid, "styled all the same");
    }
    assert.ok(await ctx.page.locator("#english").getByText("Mamata Banerjee", { exact: false }).isVisible());
    assert.deepEqual(ctx.log.errors, []);
    await ctx.context.close();
  });
}
