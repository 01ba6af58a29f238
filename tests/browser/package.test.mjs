// The npm package in www/: `npm pack`, install the tarball into a scratch project, import it.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ROOT, WWW } from "./helpers.mjs";

test("npm pack gives a package that imports and analyses in Node", () => {
  const dir = mkdtempSync(join(tmpdir(), "kaalrekha-pack-"));
  try {
    const out = execFileSync("npm", ["pack", "--json", "--pack-destination", dir], { cwd: WWW, encoding: "utf8", env: { ...process.env, npm_config_update_notifier: "false" } });
    const [info] = JSON.parse(out);
    const files = info.files.map((f) => f.path);
    const pkg = JSON.parse(readFileSync(join(WWW, "package.json"), "utf8"));
    for (const f of ["package.json", "kaalrekha.js", "kaalrekha.node.js", "kaalrekha.d.ts", "kaalrekha-view.js", "kaalrekha-view.styles.js", "pkg/kaalrekha_core.js", "pkg/kaalrekha_core_bg.wasm", "pkg/hi.pack", "pkg/en.pack", "pkg/ur.pack", "README.md", "LICENSE-MIT", "LICENSE-APACHE"]) {
      assert.ok(files.includes(f), `${f} in the tarball`);
    }
    for (const f of files) assert.ok(!/^(index\.html|app\.js|sw\.js|samples\.js|worker\.js)$/.test(f), `${f} should not be published`);
    // every path the manifest names is in the tarball
    const named = [pkg.main, pkg.types, ...Object.values(pkg.exports).flatMap((v) => (typeof v === "string" ? [v] : Object.values(v)))];
    for (const p of named) assert.ok(files.includes(p.replace(/^\.\//, "")), `${p} is packed`);
    assert.equal(pkg.name, "kaalrekha");
    assert.ok(!pkg.private);
    // the licences the manifest names, the same as the repository's
    assert.equal(pkg.license, "MIT OR Apache-2.0");
    for (const f of ["LICENSE-MIT", "LICENSE-APACHE"]) assert.equal(readFileSync(join(WWW, f), "utf8"), readFileSync(join(ROOT, f), "utf8"), `www/${f} is the root's`);
    assert.match(readFileSync(join(ROOT, "LICENSE-MIT"), "utf8"), /Copyright \(c\) 2026 the kaalrekha authors/);
    assert.match(readFileSync(join(ROOT, "LICENSE-APACHE"), "utf8"), /Apache License\s+Version 2\.0, January 2004/);
    // Node gets the entry that reads the wasm from disk; browsers and bundlers never see it
    assert.deepEqual(Object.keys(pkg.exports["."]), ["types", "node", "browser", "default"]);
    assert.equal(pkg.exports["."].node, "./kaalrekha.node.js");
    assert.equal(pkg.exports["."].browser, "./kaalrekha.js");

    const project = join(dir, "project");
    const target = join(project, "node_modules", "kaalrekha");
    mkdirSync(target, { recursive: true });
    execFileSync("tar", ["-xzf", join(dir, info.filename), "-C", target, "--strip-components=1"]);
    writeFileSync(join(project, "package.json"), JSON.stringify({ name: "consumer", private: true, type: "module" }));
    writeFileSync(join(project, "use.mjs"), `
      import { ready, analyse } from "kaalrekha";
      import { build } from "kaalrekha/exports";
      const { version } = await ready();
      const text = "प्रधानमंत्री नरेंद्र मोदी ने गुरुवार को 18 नवंबर 2025 की बैठक पर बयान दिया।";
      const a = await analyse(text, { dct: "2025-11-20" });
      let bad = null;
      try { await analyse(text, { lang: "xx" }); } catch (e) { bad = e.message; }
      console.log(JSON.stringify({ version, a, bad, csv: build("csv", text, a).split("\\r\\n")[0] }));
    `);
    const result = JSON.parse(execFileSync(process.execPath, ["use.mjs"], { cwd: project, encoding: "utf8" }));
    const entry = execFileSync(process.execPath, ["--input-type=module", "-e", `console.log(import.meta.resolve("kaalrekha"))`], { cwd: project, encoding: "utf8" });
    assert.match(entry, /\/kaalrekha\.node\.js\s*$/);
    assert.match(result.version, /^\d+\.\d+\.\d+/);
    assert.equal(result.a.schema, "kaalrekha/1");
    assert.equal(result.a.language, "hi");
    assert.equal(result.a.dct, "2025-11-20");
    assert.match(result.bad, /invalid lang/);
    assert.match(result.csv, /^\ufeffkind,id,label,start,end,text/);
    assert.ok(existsSync(join(target, "kaalrekha.d.ts")));
    const dts = readFileSync(join(target, "kaalrekha.d.ts"), "utf8");
    for (const t of ["interface Analysis", "interface Entity", "interface Timex", "interface TimelineEntry", "interface Sentence", "function analyse", "function ready"]) {
      assert.ok(dts.includes(t), t);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("the types compile: tsc --noEmit on a browser sample and a Node sample of the package", () => {
  const dir = mkdtempSync(join(tmpdir(), "kaalrekha-types-"));
  try {
    mkdirSync(join(dir, "node_modules"));
    // the package as published: its own files, by its package.json
    execFileSync("npm", ["pack", "--pack-destination", dir], { cwd: WWW, stdio: "ignore", env: { ...process.env, npm_config_update_notifier: "false" } });
    const target = join(dir, "node_modules", "kaalrekha");
    mkdirSync(target);
    execFileSync("tar", ["-xzf", join(dir, `kaalrekha-${JSON.parse(readFileSync(join(WWW, "package.json"), "utf8")).version}.tgz`), "-C", target, "--strip-components=1"]);
    writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "typed", private: true, type: "module" }));
    writeFileSync(join(dir, "browser.ts"), `
      import { ready, analyse, setAssetBase, type Analysis, type Timex } from "kaalrekha";
      import { KaalrekhaView } from "kaalrekha/view";
      import { build } from "kaalrekha/exports";
      setAssetBase("/static/kaalrekha/");
      await ready();
      const a: Analysis = await analyse("text", { lang: "hi", dct: "2025-11-20", offsets: "utf16" });
      const t: Timex | undefined = a.timexes[0];
      const v = document.querySelector("kaalrekha-view");
      v?.addEventListener("kaalrekha-analysed", (e) => console.log(e.detail.timeline.length, t?.value));
      v?.addEventListener("kaalrekha-error", (e) => console.log(e.detail.message));
      const el: KaalrekhaView = document.createElement("kaalrekha-view");
      el.text = "x";
      console.log(build("csv", "x", a), el.analysis?.schema);
    `);
    writeFileSync(join(dir, "node.mts"), `
      import { ready, analyse, readText } from "kaalrekha";
      const { version } = await ready();
      const a = await analyse("x", { lang: "en" });
      const r = await readText(new Uint8Array([120]));
      export const out: [string, string[], string] = [version, a.entities.map((e) => e.label), r.encoding];
    `);
    const opts = { strict: true, noEmit: true, target: "es2022", skipLibCheck: false };
    writeFileSync(join(dir, "tsconfig.json"), JSON.stringify({ compilerOptions: { ...opts, module: "esnext", moduleResolution: "bundler", lib: ["es2022", "dom"] }, files: ["browser.ts"] }));
    writeFileSync(join(dir, "tsconfig.node.json"), JSON.stringify({ compilerOptions: { ...opts, module: "nodenext", moduleResolution: "nodenext", lib: ["es2022"], types: [] }, files: ["node.mts"] }));
    const tsc = join(ROOT, "node_modules", ".bin", "tsc");
    for (const config of ["tsconfig.json", "tsconfig.node.json"]) {
      try {
        execFileSync(tsc, ["-p", config], { cwd: dir, encoding: "utf8" });
      } catch (e) {
        assert.fail(`tsc -p ${config}:\n${e.stdout}${e.stderr}`);
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("www/kaalrekha-view.styles.js is generated from the element's CSS (node scripts/gen-styles.mjs)", () => {
  execFileSync(process.execPath, [join(ROOT, "scripts", "gen-styles.mjs"), "--check"], { stdio: "pipe" });
});

test("sw.js caches the files the page and the element load (the language packs too), and only files that exist", () => {
  const sw = readFileSync(join(WWW, "sw.js"), "utf8");
  const shell = JSON.parse(`[${/const SHELL = \[([\s\S]*?)\];/.exec(sw)[1].replace(/,\s*$/, "")}]`);
  for (const f of shell) if (f !== "./") assert.ok(existsSync(join(WWW, f)), `${f} (in sw.js) exists`);
  // every module reachable from the page's and the element's entry points
  const seen = new Set();
  const walk = (f) => {
    if (seen.has(f)) return;
    seen.add(f);
    const src = readFileSync(join(WWW, f), "utf8");
    for (const m of src.matchAll(/(?:from\s*|import\s*\(\s*|new URL\(\s*)"\.\/([\w./-]+\.(?:js|wasm|pack))"/g)) {
      const dep = join(f, "..", m[1]).replace(/\\/g, "/");
      if (dep.endsWith(".js")) walk(dep); else seen.add(dep);
    }
  };
  for (const entry of ["app.js", "kaalrekha-view.js"]) walk(entry);
  seen.delete("sw.js"); // the worker registers itself
  for (const f of seen) assert.ok(shell.includes(f), `${f} is cached by sw.js`);
});
