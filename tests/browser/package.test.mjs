// The npm package in www/: `npm pack`, install the tarball into a scratch project, import it.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { WWW } from "./helpers.mjs";

test("npm pack gives a package that imports and analyses in Node", () => {
  const dir = mkdtempSync(join(tmpdir(), "kaalrekha-pack-"));
  try {
    const out = execFileSync("npm", ["pack", "--json", "--pack-destination", dir], { cwd: WWW, encoding: "utf8", env: { ...process.env, npm_config_update_notifier: "false" } });
    const [info] = JSON.parse(out);
    const files = info.files.map((f) => f.path);
    const pkg = JSON.parse(readFileSync(join(WWW, "package.json"), "utf8"));
    for (const f of ["package.json", "kaalrekha.js", "kaalrekha.d.ts", "kaalrekha-view.js", "pkg/kaalrekha_core.js", "pkg/kaalrekha_core_bg.wasm", "README.md"]) {
      assert.ok(files.includes(f), `${f} in the tarball`);
    }
    for (const f of files) assert.ok(!/^(index\.html|app\.js|sw\.js|samples\.js|worker\.js)$/.test(f), `${f} should not be published`);
    // every path the manifest names is in the tarball
    const named = [pkg.main, pkg.types, ...Object.values(pkg.exports).flatMap((v) => (typeof v === "string" ? [v] : Object.values(v)))];
    for (const p of named) assert.ok(files.includes(p.replace(/^\.\//, "")), `${p} is packed`);
    assert.equal(pkg.name, "kaalrekha");
    assert.ok(!pkg.private);

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
