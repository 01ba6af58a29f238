// The benchmark suite: one command, one table. `make bench` runs it; `make bench-smoke` runs it
// with tiny inputs (seconds) so that it does not rot.
//
//   node bench/run.mjs [--smoke] [--no-browser] [--no-peers] [--no-profile] [--out FILE]
//
// Side by side in one run: native (examples/bench.rs, release), wasm in Node.js, wasm in
// headless Chromium, and the English peers compromise+compromise-dates and chrono-node.
// Inputs come from ../shared/data (never copied into the repository): BBC Hindi news and the
// TempEval-3 training texts. They are written to a temporary directory for the jobs to read.
// The table goes to stdout and, in a full run, into docs/benchmarks.md between the
// `bench:begin`/`bench:end` markers (text outside the markers is kept).
import { spawnSync } from "node:child_process";
import { createServer } from "node:http";
import { brotliCompressSync, constants as zlibConstants, gzipSync } from "node:zlib";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { cpus, tmpdir, totalmem } from "node:os";
import { dirname, extname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

import { runHeavy } from "./heavy.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const argv = process.argv.slice(2);
const flag = (f) => argv.includes(f);
const smoke = flag("--smoke");
const outIdx = argv.indexOf("--out");
const outFile = outIdx >= 0 ? resolve(argv[outIdx + 1]) : smoke ? null : join(root, "docs/benchmarks.md");
const data = resolve(process.env.KAALREKHA_DATA ?? join(root, "../shared/data"));
const log = (...m) => console.error("bench:", ...m);

// Budgets: full run vs smoke run.
const B = smoke
  ? { minMs: 50, latIters: 20, sizes: [["1 KB", 1 << 10], ["10 KB", 10 << 10]], peerMs: 200, peerMin: 2, docs: 4, profileBytes: 4 << 10 }
  : { minMs: 3000, latIters: 300, sizes: [["1 KB", 1 << 10], ["100 KB", 100 << 10], ["1 MB", 1 << 20], ["10 MB", 10 << 20]], peerMs: 15000, peerMin: 20, docs: Infinity, profileBytes: 200 << 10 };

// ---------------------------------------------------------------- inputs

/** RFC 4180 CSV: quoted fields with "" escapes and newlines inside quotes. */
export function parseCsv(s) {
  const rows = [];
  let row = [], field = "", i = 0, quoted = false;
  while (i < s.length) {
    const c = s[i];
    if (quoted) {
      if (c === '"') {
        if (s[i + 1] === '"') { field += '"'; i += 2; continue; }
        quoted = false; i++; continue;
      }
      field += c; i++; continue;
    }
    if (c === '"') { quoted = true; i++; continue; }
    if (c === ",") { row.push(field); field = ""; i++; continue; }
    if (c === "\n" || c === "\r") {
      if (c === "\r" && s[i + 1] === "\n") i++;
      row.push(field); rows.push(row); row = []; field = ""; i++; continue;
    }
    field += c; i++;
  }
  if (field !== "" || row.length) { row.push(field); rows.push(row); }
  return rows;
}

function hindiDocs() {
  const file = join(data, "news-hi/bbc-hindi-test.csv");
  if (!existsSync(file)) return null;
  const rows = parseCsv(readFileSync(file, "utf8").replace(/^\uFEFF/, ""));
  const header = rows.shift();
  // The column named "text", else the one holding the most characters (the file's header is "0,1").
  let col = header.indexOf("text");
  if (col < 0) {
    const sums = header.map((_, j) => rows.reduce((n, r) => n + (r[j]?.length ?? 0), 0));
    col = sums.indexOf(Math.max(...sums));
  }
  return rows.map((r) => r[col]?.trim()).filter(Boolean).map((text) => ({ text, lang: "hi" }));
}

const ENTITIES = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
const decode = (s) => s.replace(/&(#x?[0-9a-f]+|\w+);/gi, (m, e) =>
  e[0] === "#" ? String.fromCodePoint(parseInt(e.slice(e[1] === "x" || e[1] === "X" ? 2 : 1), e[1] === "x" || e[1] === "X" ? 16 : 10)) : ENTITIES[e] ?? m);

function tmlFiles(dir) {
  if (!existsSync(dir)) return [];
  const out = [];
  for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...tmlFiles(p));
    else if (e.name.endsWith(".tml")) out.push(p);
  }
  return out;
}

function englishDocs() {
  const files = tmlFiles(join(data, "tempeval3/train"));
  if (!files.length) return null;
  return files.map((f) => {
    const xml = readFileSync(f, "utf8");
    const body = /<TEXT>([\s\S]*?)<\/TEXT>/.exec(xml)?.[1] ?? "";
    const dct = /<TIMEX3[^>]*functionInDocument="CREATION_TIME"[^>]*value="(\d{4}-\d{2}-\d{2})/.exec(xml)?.[1]
      ?? /<TIMEX3[^>]*value="(\d{4}-\d{2}-\d{2})"[^>]*functionInDocument="CREATION_TIME"/.exec(xml)?.[1];
    return { text: decode(body.replace(/<[^>]+>/g, "")).trim(), lang: "en", ...(dct ? { dct } : {}) };
  }).filter((d) => d.text);
}

function syntheticDocs(lang, n) {
  const hi = "रूसी विदेश मंत्रालय ने गुरुवार को 18 नवंबर 2025 की बैठक पर बयान दिया। प्रधानमंत्री ने कल दिल्ली में 5 करोड़ रुपये की योजना की घोषणा की। ";
  const en = "On Tuesday, November 18, 2025, Putin met Li Qiang in Moscow. The bank lost 26 percent of its value last week. ";
  return Array.from({ length: n }, (_, i) => ({ text: (lang === "hi" ? hi : en).repeat(3 + (i % 5)), lang, ...(lang === "en" ? { dct: "2025-11-20" } : {}) }));
}

/** Concatenates texts (joined by blank lines, cycling) to exactly `bytes` UTF-8 bytes or just under, on a char boundary. */
function concatTo(texts, bytes) {
  const parts = [];
  let len = 0;
  for (let i = 0; len < bytes; i++) {
    const t = (i ? "\n\n" : "") + texts[i % texts.length];
    parts.push(t);
    len += Buffer.byteLength(t);
  }
  let buf = Buffer.from(parts.join(""));
  let end = Math.min(bytes, buf.length);
  while (end > 0 && (buf[end] & 0xc0) === 0x80) end--; // back to a char boundary
  return buf.subarray(0, end).toString("utf8");
}

// ---------------------------------------------------------------- running jobs

function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { cwd: root, encoding: "utf8", maxBuffer: 1 << 28, ...opts });
  if (r.status !== 0) {
    throw new Error(`${cmd} ${args.join(" ")} failed (${r.status ?? r.signal}):\n${(r.stderr ?? "").slice(-3000)}`);
  }
  return r;
}
const json = (cmd, args, opts) => JSON.parse(run(cmd, args, opts).stdout.trim().split("\n").pop());
const sh = (cmd) => spawnSync("sh", ["-c", cmd], { encoding: "utf8" }).stdout?.trim() ?? "";

// A full run builds into its own target dir with line tables, for callgrind's per-file costs.
// A smoke run reuses the normal release build, which `cargo test --release` has already made.
const nativeDir = smoke
  ? resolve(process.env.CARGO_TARGET_DIR ?? join(root, "target"))
  : resolve(process.env.BENCH_TARGET_DIR ?? join(root, "target/bench"));
const nativeEnv = smoke ? { ...process.env, CARGO_TARGET_DIR: nativeDir } : { ...process.env, CARGO_TARGET_DIR: nativeDir, CARGO_PROFILE_RELEASE_DEBUG: "line-tables-only" };
const nativeBin = join(nativeDir, "release/examples/bench");

function buildNative() {
  log("building examples/bench.rs (release) in", relative(root, nativeDir) || nativeDir);
  run("cargo", ["build", "--release", "--example", "bench", "--quiet"], { env: nativeEnv, stdio: ["ignore", "inherit", "inherit"] });
}
const native = (...args) => json(nativeBin, args.map(String));

// ---------------------------------------------------------------- Chromium

const TYPES = { ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".mjs": "text/javascript", ".css": "text/css", ".wasm": "application/wasm", ".json": "application/json" };

// A one-element page per language for the time to the first highlight (see chromium()).
async function embedPage(lang) {
  const { SAMPLES } = await import(join(root, "www/samples.js"));
  const text = SAMPLES.find((s) => s.lang === lang).text.replace(/&/g, "&amp;").replace(/</g, "&lt;");
  return `<!doctype html><meta charset="utf-8"><title>kaalrekha ${lang} embed</title>
<script type="module" src="/kaalrekha-view.js"></script>
<kaalrekha-view lang="${lang}" dct="2025-11-20">${text}</kaalrekha-view>`;
}

// `gzip`: answer with gzip -9 bodies (Content-Encoding) to clients that accept it.
function serve({ gzip = false } = {}) {
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, "http://x").pathname);
    const embed = /^\/__bench\/embed-(hi|en)\.html$/.exec(path);
    if (embed) {
      res.writeHead(200, { "content-type": TYPES[".html"], "cache-control": "no-store" });
      res.end(await embedPage(embed[1]));
      return;
    }
    const [base, rest] = path.startsWith("/__bench/") ? [join(root, "bench"), path.slice(9)] : [join(root, "www"), path.slice(1)];
    let file = resolve(base, rest || "index.html");
    try {
      if (!file.startsWith(base) ) throw new Error("outside");
      if (statSync(file).isDirectory()) file = join(file, "index.html");
      const headers = { "content-type": TYPES[extname(file)] ?? "application/octet-stream", "cache-control": "no-store" };
      let body = readFileSync(file);
      if (gzip && /\bgzip\b/.test(req.headers["accept-encoding"] ?? "")) {
        body = gzipSync(body, { level: 9 });
        headers["content-encoding"] = "gzip";
      }
      res.writeHead(200, headers);
      res.end(body);
    } catch {
      res.writeHead(404).end("not found");
    }
  });
  return new Promise((ok) => server.listen(0, "127.0.0.1", () => ok(server)));
}

async function chromium(hi, en, lat6k) {
  const { chromium } = await import("playwright-core");
  const server = await serve();
  const base = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  try {
    const out = {};
    // A one-language embed over a 9 Mbit/s line, gzip -9: navigation start to the element's
    // first highlight (kaalrekha-analysed), and the bytes that crossed the wire. Fresh
    // context each time (nothing cached), median of 3.
    const gzServer = await serve({ gzip: true });
    try {
      out.embed = {};
      for (const lang of ["hi", "en"]) {
        const runs = [];
        for (let i = 0; i < (smoke ? 1 : 3); i++) {
          const ctx = await browser.newContext();
          const page = await ctx.newPage();
          const cdp = await ctx.newCDPSession(page);
          await cdp.send("Network.enable");
          await cdp.send("Network.emulateNetworkConditions", { offline: false, latency: 0, downloadThroughput: 9e6 / 8, uploadThroughput: 9e6 / 8 });
          let wire = 0;
          const files = [];
          cdp.on("Network.loadingFinished", (e) => { wire += e.encodedDataLength; });
          cdp.on("Network.responseReceived", (e) => files.push(new URL(e.response.url).pathname));
          await page.addInitScript(() => {
            document.addEventListener("kaalrekha-analysed", () => { window.firstHighlightMs ??= performance.now(); });
          });
          await page.goto(`http://127.0.0.1:${gzServer.address().port}/__bench/embed-${lang}.html`);
          await page.waitForFunction(() => window.firstHighlightMs !== undefined, null, { timeout: 120000 });
          runs.push({ ms: await page.evaluate(() => window.firstHighlightMs), wire, files });
          await ctx.close();
        }
        runs.sort((a, b) => a.ms - b.ms);
        out.embed[lang] = runs[runs.length >> 1];
      }
    } finally {
      gzServer.close();
    }
    // Time to first analysis: a fresh context each time (nothing cached), median of 5.
    const firsts = [];
    for (let i = 0; i < (smoke ? 1 : 5); i++) {
      const ctx = await browser.newContext();
      const page = await ctx.newPage();
      await page.goto(`${base}/__bench/first.html`);
      await page.waitForFunction(() => window.firstAnalysisMs !== undefined, null, { timeout: 60000 });
      firsts.push(await page.evaluate(() => window.firstAnalysisMs));
      await ctx.close();
    }
    firsts.sort((a, b) => a - b);
    out.first_ms = firsts[firsts.length >> 1];
    // The real page, when there is one: navigation start to its load event.
    if (existsSync(join(root, "www/index.html"))) {
      const ctx = await browser.newContext();
      const page = await ctx.newPage();
      await page.goto(`${base}/index.html`, { waitUntil: "load" });
      out.page_load_ms = await page.evaluate(() => performance.getEntriesByType("navigation")[0]?.loadEventEnd ?? null);
      await ctx.close();
    }
    const ctx = await browser.newContext();
    const page = await ctx.newPage();
    page.on("pageerror", (e) => log("chromium page error:", e.message));
    await page.goto(`${base}/__bench/page.html`);
    await page.waitForFunction(() => window.bench !== undefined);
    await page.evaluate(() => window.bench.then((b) => { window.b = b; }));
    out.hi = await page.evaluate(([d, ms]) => window.b.throughput(d, ms), [hi, B.minMs]);
    out.en = await page.evaluate(([d, ms]) => window.b.throughput(d, ms), [en, B.minMs]);
    out.latency = await page.evaluate(([t, n]) => window.b.latency(t, "hi", n), [lat6k, B.latIters]);
    out.memory_bytes = await page.evaluate(() => window.b.memory());
    out.version = browser.version();
    await ctx.close();
    return out;
  } finally {
    await browser.close();
    server.close();
  }
}

// ---------------------------------------------------------------- sizes

function sizes() {
  const pkg = join(root, "www/pkg");
  const file = (p) => { const b = readFileSync(p); return { raw: b.length, gz: gzipSync(b, { level: 9 }).length }; };
  const wasm = file(join(pkg, "kaalrekha_core_bg.wasm"));
  const glue = file(join(pkg, "kaalrekha_core.js"));
  // Everything the page loads: www/**/*.{html,js,mjs,css,wasm} except type declarations.
  const files = [];
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) { if (e.name !== "node_modules") walk(p); }
      else if ([".html", ".js", ".mjs", ".css", ".wasm", ".pack", ".json", ".svg", ".woff2"].includes(extname(e.name)) && !e.name.endsWith(".d.ts") && e.name !== "package.json") files.push(p);
    }
  };
  walk(join(root, "www"));
  const page = files.map((p) => ({ file: relative(root, p), ...file(p) }));
  // A one-language embed (<kaalrekha-view lang=…>): the element's seven files and the pack.
  const all = (p) => { const b = readFileSync(join(root, "www", p)); return { raw: b.length, gz: gzipSync(b, { level: 9 }).length, br: brotliCompressSync(b, { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 11 } }).length }; };
  const EMBED = ["kaalrekha-view.js", "kaalrekha-view.styles.js", "kaalrekha.js", "render.js", "timeline.js", "pkg/kaalrekha_core.js", "pkg/kaalrekha_core_bg.wasm"];
  const parts = Object.fromEntries([...EMBED, "pkg/hi.pack", "pkg/en.pack"].map((p) => [p, all(p)]));
  const sum = (list) => list.reduce((t, p) => ({ raw: t.raw + parts[p].raw, gz: t.gz + parts[p].gz, br: t.br + parts[p].br }), { raw: 0, gz: 0, br: 0 });
  const embed = { js: sum(EMBED.filter((p) => !p.endsWith(".wasm"))), hi: sum([...EMBED, "pkg/hi.pack"]), en: sum([...EMBED, "pkg/en.pack"]) };
  return { wasm, glue, page, page_raw: page.reduce((n, f) => n + f.raw, 0), page_gz: page.reduce((n, f) => n + f.gz, 0), parts, embed };
}

// ---------------------------------------------------------------- profile

/** Self cost (Ir) per source file and per function from an uncompressed callgrind.out. */
function callgrindCosts(path) {
  const byFile = new Map(), byFn = new Map();
  let fl = "?", fi = null, fn = "?", skipNext = false, total = 0;
  const add = (m, k, v) => m.set(k, (m.get(k) ?? 0) + v);
  for (const line of readFileSync(path, "utf8").split("\n")) {
    if (skipNext) { skipNext = false; continue; }
    if (line.startsWith("fl=")) { fl = line.slice(3); fi = null; }
    else if (line.startsWith("fi=") || line.startsWith("fe=")) fi = line.slice(3);
    else if (line.startsWith("fn=")) { fn = line.slice(3); fi = null; }
    else if (line.startsWith("calls=")) skipNext = true; // the next line is the call's inclusive cost
    else if (/^\d/.test(line)) {
      const ir = Number(line.split(" ")[1] ?? 0);
      total += ir;
      add(byFile, fi ?? fl, ir);
      add(byFn, fn, ir);
    }
  }
  const top = (m, n) => [...m].sort((a, b) => b[1] - a[1]).slice(0, n);
  return { total, files: top(byFile, 15), fns: top(byFn, 15) };
}

function profile(text) {
  if (!sh("command -v valgrind")) return null;
  const dir = mkdtempSync(join(tmpdir(), "kaalrekha-cg-"));
  try {
    writeFileSync(join(dir, "in.txt"), text);
    const out = join(dir, "callgrind.out");
    run("nice", ["valgrind", "--tool=callgrind", "--compress-strings=no", "--compress-pos=no", "--toggle-collect=bench::profiled", `--callgrind-out-file=${out}`, nativeBin, "profile", join(dir, "in.txt"), "hi"]);
    return { bytes: Buffer.byteLength(text), ...callgrindCosts(out) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------- main

const t0 = Date.now();
let hi = hindiDocs(), en = englishDocs();
const synthetic = !hi || !en;
if (!hi) { log("no Hindi news at", data, "- using synthetic text"); hi = syntheticDocs("hi", 20); }
if (!en) { log("no TempEval-3 texts at", data, "- using synthetic text"); en = syntheticDocs("en", 20); }
if (Number.isFinite(B.docs)) { hi = hi.slice(0, B.docs); en = en.slice(0, B.docs); }
const hiTexts = hi.map((d) => d.text);
const lat6k = concatTo(hiTexts, 6 << 10);

const work = mkdtempSync(join(tmpdir(), "kaalrekha-bench-"));
const put = (name, s) => { const p = join(work, name); writeFileSync(p, s); return p; };
put("hi.jsonl", hi.map((d) => JSON.stringify(d)).join("\n") + "\n");
put("en.jsonl", en.map((d) => JSON.stringify(d)).join("\n") + "\n");
put("lat6k.txt", lat6k);
const scaleFiles = B.sizes.map(([name, bytes], i) => ({ name, bytes, file: `scale${i}.txt` }));
for (const s of scaleFiles) put(s.file, concatTo(hiTexts, s.bytes));
put("scale.json", JSON.stringify(scaleFiles));

const R = { smoke, synthetic };
// Article sizes for bench/heavy.mjs: the issue's 2 MB and 10 MB, or two tiny ones.
const HEAVY_SIZES = smoke ? [["20 KB", 20 << 10], ["60 KB", 60 << 10]] : [["2 MB", 2 << 20], ["10 MB", 10 << 20]];
try {
  buildNative();
  if (!existsSync(join(root, "www/pkg/kaalrekha_core_bg.wasm"))) throw new Error("www/pkg is missing: run `make build` first");
  const corpusInfo = (name) => native("tokens", join(work, name));
  R.corpus = { hi: corpusInfo("hi.jsonl"), en: corpusInfo("en.jsonl") };
  log("native throughput");
  R.native = {
    hi: native("throughput", join(work, "hi.jsonl"), B.minMs / 1e3),
    en: native("throughput", join(work, "en.jsonl"), B.minMs / 1e3),
    latency: native("latency", join(work, "lat6k.txt"), "hi", B.latIters),
    scale: {},
  };
  log("native scaling");
  for (const s of scaleFiles) R.native.scale[s.name] = native("scale", join(work, s.file), "hi", B.minMs / 2e3);
  const big = scaleFiles[scaleFiles.length - 1];
  R.native.memory = native("once", join(work, big.file), "hi");
  R.native.memory.size = big.name;
  log("wasm in Node.js");
  R.node = json("node", [join(root, "bench/node.mjs"), "wasm", work, B.minMs, B.latIters, "--scale"]);
  R.node.version = process.version;
  if (!flag("--no-browser")) {
    log("wasm in Chromium");
    R.chromium = await chromium(hi, en, lat6k);
  }
  if (!flag("--no-browser")) {
    // The page itself under a long pasted article (bench/heavy.mjs).
    log("the page under a long article (bench/heavy.mjs)");
    R.heavy = await runHeavy(HEAVY_SIZES.map(([, b]) => b), { log, timeout: smoke ? 30000 : 180000 });
  }
  if (!flag("--no-peers")) {
    log("peers in Node.js (compromise + compromise-dates, chrono-node)");
    R.peers = json("node", [join(root, "bench/node.mjs"), "peers", work, B.peerMs, B.peerMin]);
  }
  R.sizes = sizes();
  if (!flag("--no-profile")) {
    log("callgrind profile");
    R.profile = profile(concatTo(hiTexts, B.profileBytes));
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
R.secs = (Date.now() - t0) / 1e3;

// ---------------------------------------------------------------- report

const MB = 1 << 20;
const f = (x, d = 1) => (x == null || !Number.isFinite(x) ? "–" : x.toFixed(d));
const kb = (b) => (b / 1024).toFixed(1) + " KB";
const rate = (r, lang) => {
  const c = R.corpus[lang];
  const secs = r.secs / r.passes;
  return { mbs: c.bytes / MB / secs, toks: c.tokens / secs, docs: c.docs / secs };
};
const rows = [];
const tput = [["native", R.native], ["wasm Node.js", R.node], ["wasm Chromium", R.chromium]].filter(([, r]) => r);
const T = {};
for (const [name, r] of tput) for (const lang of ["hi", "en"]) T[`${name}/${lang}`] = rate(r[lang], lang);

const machine = {
  date: new Date().toISOString().replace(/\.\d+Z$/, "Z"),
  nproc: sh("nproc") || String(cpus().length),
  cpu: (sh("grep -m1 'model name' /proc/cpuinfo | cut -d: -f2") || cpus()[0]?.model || "?").trim(),
  mem: (totalmem() / 2 ** 30).toFixed(1) + " GiB",
  load: sh("cut -d' ' -f1-3 /proc/loadavg"),
  rustc: sh("rustc --version"),
  node: process.version,
  chromium: R.chromium?.version ?? "–",
  // BENCH_COMMIT names the commit when the run is in an exported copy without .git.
  commit: process.env.BENCH_COMMIT ?? (sh(`git -C '${root}' rev-parse --short HEAD 2>/dev/null`) + (sh(`git -C '${root}' status --porcelain -- src 2>/dev/null`) ? " (+ uncommitted src changes)" : "")),
};

let md = [];
md.push(`Command: \`make bench\` (= \`node bench/run.mjs\`${smoke ? " --smoke" : ""}), ${f(R.secs, 0)} s.  `);
md.push(`Machine: ${machine.nproc} CPUs (${machine.cpu}), ${machine.mem}, load ${machine.load} at start of report; ${machine.date}.  `);
md.push(`Tools: ${machine.rustc}; Node.js ${machine.node}; Chromium ${machine.chromium}. Commit ${machine.commit}.  `);
md.push(`Inputs: ${R.corpus.hi.docs} Hindi BBC articles (${f(R.corpus.hi.bytes / MB, 2)} MB, ${R.corpus.hi.tokens} tokens), ${R.corpus.en.docs} TempEval-3 train texts (${f(R.corpus.en.bytes / MB, 2)} MB, ${R.corpus.en.tokens} tokens)${synthetic ? " — SYNTHETIC stand-ins, data not found" : ""}. Tokens are the core's own tokens (UAX #29 words, \`Doc::new\`). Every article is one \`analyse\` call with all layers on (lang given; English with its DCT).`);
md.push("");
md.push("### Throughput (all layers on)");
md.push("");
md.push("| runtime | Hindi MB/s | Hindi tokens/s | Hindi docs/s | English MB/s | English tokens/s | English docs/s |");
md.push("|---|--:|--:|--:|--:|--:|--:|");
for (const [name] of tput) {
  const h = T[`${name}/hi`], e = T[`${name}/en`];
  md.push(`| ${name} | ${f(h.mbs, 2)} | ${f(h.toks, 0)} | ${f(h.docs, 1)} | ${f(e.mbs, 2)} | ${f(e.toks, 0)} | ${f(e.docs, 1)} |`);
}
if (R.peers) {
  for (const [name, key] of [["compromise 14.17 + compromise-dates 3.9 (Node.js)", "compromise"], ["chrono-node 2.10 (Node.js)", "chrono"]]) {
    const p = R.peers[key];
    md.push(`| ${name} | – | – | – | – | – | ${f(p.docs_per_s, 1)} (${p.docs} docs${p.errors ? `, ${p.errors} threw` : ""}) |`);
  }
}
md.push("");
md.push("Hindi has no browser-runnable peer (no JavaScript library finds and normalises Hindi dates), so the peers run on the English texts only. The wasm figures include handing the result to JavaScript as an object; native returns the Rust struct.");
md.push("");
md.push("### Latency of one ~6 KB Hindi article");
md.push("");
md.push(`| runtime | bytes | p50 ms | p99 ms | iterations |`);
md.push("|---|--:|--:|--:|--:|");
for (const [name, r] of tput) md.push(`| ${name} | ${Buffer.byteLength(lat6k)} | ${f(r.latency.p50_ms, 2)} | ${f(r.latency.p99_ms, 2)} | ${r.latency.iters} |`);
md.push("");
md.push("### Scaling: one text of concatenated Hindi articles");
md.push("");
md.push("| size | native ms | native ms/MB | wasm Node.js ms | wasm Node.js ms/MB |");
md.push("|---|--:|--:|--:|--:|");
for (const s of scaleFiles) {
  const n = R.native.scale[s.name], w = R.node.scale?.[s.name];
  md.push(`| ${s.name} | ${f(n.secs * 1e3, 2)} | ${f((n.secs * 1e3) / (s.bytes / MB), 1)} | ${f(w?.secs * 1e3, 2)} | ${f(w ? (w.secs * 1e3) / (s.bytes / MB) : NaN, 1)} |`);
}
md.push("");
md.push("### Size and loading");
md.push("");
md.push("| what | raw | gzip -9 |");
md.push("|---|--:|--:|");
md.push(`| www/pkg/kaalrekha_core_bg.wasm (after wasm-opt -Os) | ${kb(R.sizes.wasm.raw)} | ${kb(R.sizes.wasm.gz)} |`);
md.push(`| www/pkg/kaalrekha_core.js (glue) | ${kb(R.sizes.glue.raw)} | ${kb(R.sizes.glue.gz)} |`);
md.push("");
md.push("The wasm holds the code; each language's data is a pack (src/packs.rs), fetched only when a text of that language comes. What a one-language embed (`<kaalrekha-view lang=…>`) transfers (kB = 1000 bytes; gzip -9 and brotli 11 of Node's zlib):");
md.push("");
md.push("| what | raw | gzip -9 | brotli 11 |");
md.push("|---|--:|--:|--:|");
const kB = (n) => f(n / 1000, 1);
for (const [p, s] of Object.entries(R.sizes.parts)) if (p.startsWith("pkg/")) md.push(`| www/${p} | ${kB(s.raw)} | ${kB(s.gz)} | ${kB(s.br)} |`);
md.push(`| the element's six JS modules | ${kB(R.sizes.embed.js.raw)} | ${kB(R.sizes.embed.js.gz)} | ${kB(R.sizes.embed.js.br)} |`);
for (const lang of ["hi", "en"]) md.push(`| **lang="${lang}" embed in total** (modules, wasm, ${lang}.pack) | ${kB(R.sizes.embed[lang].raw)} | **${kB(R.sizes.embed[lang].gz)}** | ${kB(R.sizes.embed[lang].br)} |`);
md.push("");
if (R.chromium?.embed) {
  const e = R.chromium.embed;
  md.push(`Chromium over a 9 Mbit/s line (CDP network emulation, no added latency), served gzip -9, nothing cached, median of ${smoke ? 1 : 3}: navigation start to the first highlight of a lang="hi" embed **${f(e.hi.ms, 0)} ms** (${kB(e.hi.wire)} kB on the wire, ${e.hi.files.length} responses), of a lang="en" embed **${f(e.en.ms, 0)} ms** (${kB(e.en.wire)} kB, ${e.en.files.length} responses).`);
  md.push("");
}
md.push("| what | raw | gzip -9 |");
md.push("|---|--:|--:|");
md.push(`| everything the page loads (${R.sizes.page.length} files: ${R.sizes.page.map((p) => p.file.replace(/^www\//, "")).join(", ")}) | ${kb(R.sizes.page_raw)} | ${kb(R.sizes.page_gz)} |`);
md.push("");
if (R.chromium) {
  md.push(`Chromium, navigation start to first finished analysis (fetch + compile wasm + one analyse, no cache, median of ${smoke ? 1 : 5}): **${f(R.chromium.first_ms, 0)} ms**` +
    (R.chromium.page_load_ms != null ? `; www/index.html load event: ${f(R.chromium.page_load_ms, 0)} ms.` : "; www/index.html does not exist yet."));
  md.push("");
}
md.push("### Memory");
md.push("");
md.push(`Native, one \`analyse\` of ${R.native.memory.size}: peak RSS ${f(R.native.memory.rss_peak / MB, 1)} MB (${f(R.native.memory.rss_before / MB, 1)} MB before the call, input included), ${f(R.native.memory.secs, 2)} s.  `);
md.push(`wasm linear memory after the run (${R.node.scale ? "incl. the " + B.sizes[B.sizes.length - 1][0] + " input" : ""}): Node.js ${f(R.node.memory_bytes / MB, 1)} MB` + (R.chromium ? `; Chromium after throughput and latency ${f(R.chromium.memory_bytes / MB, 1)} MB.` : "."));
md.push("");
if (R.heavy) {
  md.push("### The page under a long article");
  md.push("");
  md.push(`\`bench/heavy.mjs\`, Chromium ${R.heavy.version}, 1360×900: a Hindi article made by repeating the Hindi samples of www/samples.js (years shifted per copy) with a last paragraph dated 23 March 1931, pasted into www/index.html. Longest task: PerformanceObserver "longtask", from the paste until the page has settled. Clicks: click → the next frame painted with the result (a legend label hidden; the mark of the last paragraph's timeline entry shown and active). Editing: "Edit the full text", then one character typed at the start, until its analysis is shown. Memory: the renderer process (page and worker) by /proc VmRSS and RssAnon (its own pages, without the ~105 MB of Chromium's shared binary pages VmRSS counts), sampled every 100 ms from the paste on; the page's JS heap by CDP \`Performance.getMetrics\` JSHeapUsedSize, sampled every 250 ms.`);
  md.push("");
  md.push(`| article | paste → first highlight | paste → done (core) | longest task after paste | legend click | timeline click (far entry) | edit the full text: longest task | typing: longest task, → shown | marks in the page / mentions | JS heap peak | renderer RSS before → peak (anon peak) |`);
  md.push("|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|");
  const ms0 = (x) => (x == null ? "–" : `${f(x, 0)} ms`);
  const mb = (x) => (x == null ? "–" : `${f(x / MB, 0)} MB`);
  R.heavy.runs.forEach((r, i) => {
    if (r.failed) { md.push(`| ${HEAVY_SIZES[i][0]} | failed: ${r.failed} |||||||||| `); return; }
    md.push(`| ${HEAVY_SIZES[i][0]} (${r.chars} chars) | ${ms0(r.firstHighlightMs)} | ${ms0(r.doneMs)} (${ms0(r.analysisMs)}) | ${ms0(r.paste?.task)} | ${ms0(r.legendMs)} | ${ms0(r.timelineMs?.ms)}${r.timelineMs && !r.timelineMs.onScreen ? " (off screen)" : ""} | ${r.editAll ? ms0(r.editAll.task) : "– (short)"} | ${r.typing ? `${ms0(r.typing.task)}, ${ms0(r.typeDoneMs)}` : "–"} | ${r.marks} / ${r.mentions} | ${mb(r.heapPeak)} | ${mb(r.before?.rss)} → ${mb(r.rssPeak)} (${mb(r.anonPeak)}) |`);
  });
  md.push("");
}

// Targets
const targets = [];
const check = (name, value, limit, ok, show) => targets.push({ name, ok, text: show ?? `${f(value, 2)} vs ${f(limit, 2)}` });
const minNative = Math.min(T["native/hi"].mbs, T["native/en"].mbs);
check("native ≥ 5 MB/s (slower of hi/en)", minNative, 5, minNative >= 5, `${f(minNative, 2)} MB/s; ratio ${f(minNative / 5, 2)}`);
const nodeRatio = Math.min(T["wasm Node.js/hi"].mbs / T["native/hi"].mbs, T["wasm Node.js/en"].mbs / T["native/en"].mbs);
check("wasm-Node ≥ 50% of native (worse of hi/en)", nodeRatio, 0.5, nodeRatio >= 0.5, `${f(nodeRatio * 100, 0)}% of native; ratio ${f(nodeRatio / 0.5, 2)}`);
if (R.peers) {
  const ours = T["wasm Node.js/en"].docs, theirs = R.peers.compromise.docs_per_s;
  check("≥ 10× compromise+dates docs/s (English, both in Node.js)", ours / theirs, 10, ours / theirs >= 10, `${f(ours / theirs, 1)}×; ratio ${f(ours / theirs / 10, 2)}`);
}
const perMB = (r, name) => r.scale[name].secs / (scaleFiles.find((s) => s.name === name).bytes / MB);
const [small, large] = smoke ? ["1 KB", "10 KB"] : ["100 KB", "10 MB"];
for (const [rt, r] of [["native", R.native], ["wasm Node.js", R.node]]) {
  if (!r.scale?.[large]) continue;
  const q = perMB(r, large) / perMB(r, small);
  check(`${rt}: time/MB at ${large} ≤ 1.5× at ${small}`, q, 1.5, q <= 1.5, `${f(q, 2)}×; ratio ${f(q / 1.5, 2)}`);
}
check("page total ≤ 1.5 MB gzip", R.sizes.page_gz / MB, 1.5, R.sizes.page_gz <= 1.5 * MB, `${kb(R.sizes.page_gz)}; ratio ${f(R.sizes.page_gz / (1.5 * MB), 2)}`);
for (const [lang, goal] of [["hi", 800], ["en", 650]]) {
  const gz = R.sizes.embed[lang].gz / 1000;
  check(`lang="${lang}" embed ≤ ${goal} kB gzip (issue 16)`, gz, goal, gz <= goal, `${f(gz, 1)} kB; ratio ${f(gz / goal, 2)}`);
}
for (const [rt, r] of [["Node.js", R.node], ["Chromium", R.chromium]]) {
  if (!r) continue;
  check(`6 KB wasm p50 < 5 ms (${rt})`, r.latency.p50_ms, 5, r.latency.p50_ms < 5, `${f(r.latency.p50_ms, 2)} ms; ratio ${f(r.latency.p50_ms / 5, 2)}`);
}
if (R.heavy && !smoke) {
  const [two, ten] = R.heavy.runs;
  const le = (name, v, goal) => check(name, v, goal, v != null && v <= goal, v == null ? "not measured" : `${f(v, 0)}; ratio ${f(v / goal, 2)}`);
  le("page, 10 MB paste: longest task ≤ 300 ms", ten?.paste?.task, 300);
  le("page, 10 MB: legend click ≤ 200 ms", ten?.legendMs, 200);
  le("page, 10 MB: timeline click ≤ 200 ms", ten?.timelineMs?.ms, 200);
  le("page, 10 MB: edit the full text, longest task ≤ 300 ms", ten?.editAll?.task, 300);
  le("page, 10 MB: typing, longest task ≤ 300 ms", ten?.typing?.task, 300);
  le("page, 10 MB: JS heap ≤ 400 MB", ten?.heapPeak / MB, 400);
  le("page, 10 MB: renderer RSS ≤ 400 MB", ten?.rssPeak / MB, 400);
  le("page, 2 MB: first highlight ≤ 1000 ms", two?.firstHighlightMs, 1000);
}
md.push("### Targets");
md.push("");
md.push("| target | result | measured (ratio = measured / target, higher-is-better targets invert) |");
md.push("|---|---|---|");
// A smoke run's 50 ms windows and tiny inputs (wasm still warming up) judge nothing: it
// only shows that every measurement runs.
for (const t of targets) md.push(`| ${t.name} | ${smoke ? "not judged (smoke)" : t.ok ? "PASS" : "**FAIL**"} | ${t.text} |`);
md.push("");

if (R.profile) {
  const pct = (ir) => f((100 * ir) / R.profile.total, 1) + "%";
  md.push(`### Callgrind: instructions by source file (self cost, inlined code counted where it came from)`);
  md.push("");
  md.push(`\`valgrind --tool=callgrind --toggle-collect=bench::profiled target/bench/release/examples/bench profile <${kb(R.profile.bytes)} of Hindi news> hi\` (one \`analyse\` of the whole text as one document, after a warm-up call that loads the lexicons): ${(R.profile.total / 1e6).toFixed(1)} M instructions, ${f(R.profile.total / R.profile.bytes, 0)} per input byte.`);
  md.push("");
  md.push("| source file | Ir | share |");
  md.push("|---|--:|--:|");
  const short = (p) => {
    if (/\/library\/(core|alloc|std)\//.test(p)) return "std: " + p.replace(/^.*\/library\//, "");
    if (/\/registry\/src\//.test(p)) return "crate: " + p.replace(/^.*\/registry\/src\/[^/]+\//, "");
    if (p.startsWith(root)) return relative(root, p);
    return p.startsWith("src/") ? p : p.replace(/^\.\//, "libc: ");
  };
  for (const [file, ir] of R.profile.files.slice(0, 12)) md.push(`| ${short(file)} | ${(ir / 1e6).toFixed(1)} M | ${pct(ir)} |`);
  md.push("");
  md.push("| function (self) | Ir | share |");
  md.push("|---|--:|--:|");
  for (const [fn, ir] of R.profile.fns.slice(0, 10)) md.push(`| \`${fn.replace(/\|/g, "\\|").slice(0, 110)}\` | ${(ir / 1e6).toFixed(1)} M | ${pct(ir)} |`);
  md.push("");
}

const table = md.join("\n");
console.log(table);
const failed = targets.filter((t) => !t.ok).length;
if (!smoke) console.log(`\n${targets.length - failed} targets passed, ${failed} failed (${f(R.secs, 0)} s)`);

if (outFile) {
  const BEGIN = "<!-- bench:begin (written by bench/run.mjs; edit outside the markers) -->";
  const END = "<!-- bench:end -->";
  const old = existsSync(outFile) ? readFileSync(outFile, "utf8") : `# Benchmarks\n\n${BEGIN}\n${END}\n`;
  const a = old.indexOf("<!-- bench:begin"), b = old.indexOf(END);
  const next = a >= 0 && b > a ? old.slice(0, a) + BEGIN + "\n" + table + "\n" + old.slice(b) : old + "\n" + BEGIN + "\n" + table + "\n" + END + "\n";
  writeFileSync(outFile, next);
  writeFileSync(join(nativeDir, "last-run.json"), JSON.stringify({ machine, ...R }, null, 1) + "\n");
  log("wrote", relative(root, outFile));
}

// A smoke run fails loudly when something measured nothing.
if (smoke) {
  const bad = [];
  for (const [name] of tput) for (const lang of ["hi", "en"]) if (!(T[`${name}/${lang}`].mbs > 0)) bad.push(`${name}/${lang}`);
  if (R.peers && !(R.peers.compromise.docs_per_s > 0 && R.peers.chrono.docs_per_s > 0)) bad.push("peers");
  if (R.heavy) for (const [i, r] of R.heavy.runs.entries()) if (r.failed || !(r.firstHighlightMs > 0) || !(r.doneMs > 0) || r.legendMs == null || r.errors.length) bad.push(`page under ${HEAVY_SIZES[i][0]}: ${r.failed ?? r.errors[0] ?? "nothing measured"}`);
  if (bad.length) { console.error("bench smoke: nothing measured for", bad.join(", ")); process.exit(1); }
  console.log("bench smoke: 1 passed, 0 failed");
}
