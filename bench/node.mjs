// One Node.js benchmark job, run as a child process of bench/run.mjs so that runtimes don't
// share a heap or a JIT. Prints one JSON object.
//   node bench/node.mjs wasm   WORKDIR MIN_MS LAT_ITERS [--scale]
//   node bench/node.mjs peers  WORKDIR BUDGET_MS MIN_DOCS
import { readFileSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { performance } from "node:perf_hooks";
import { throughput, latency, scale, docsPerSecond } from "./lib.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const [job, dir, a, b, ...flags] = process.argv.slice(2);
const now = () => performance.now();
const jsonl = (name) => readFileSync(join(dir, name), "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l));

if (job === "wasm") {
  const core = await import(join(root, "www/pkg/kaalrekha_core.js"));
  const exports = core.initSync({ module: readFileSync(join(root, "www/pkg/kaalrekha_core_bg.wasm")) });
  for (const lang of ["hi", "en"]) core.loadPack(readFileSync(join(root, `www/pkg/${lang}.pack`)));
  const minMs = Number(a);
  const out = {
    hi: throughput(core.analyse, jsonl("hi.jsonl"), minMs, now),
    en: throughput(core.analyse, jsonl("en.jsonl"), minMs, now),
    latency: latency(core.analyse, readFileSync(join(dir, "lat6k.txt"), "utf8"), "hi", Number(b), now),
    scale: {},
  };
  if (flags.includes("--scale")) {
    const sizes = JSON.parse(readFileSync(join(dir, "scale.json"), "utf8"));
    for (const s of sizes) {
      out.scale[s.name] = scale(core.analyse, readFileSync(join(dir, s.file), "utf8"), "hi", minMs / 2, now);
    }
  }
  out.memory_bytes = exports.memory.buffer.byteLength;
  console.log(JSON.stringify(out));
} else if (job === "peers") {
  const docs = jsonl("en.jsonl");
  const budget = Number(a);
  const minDocs = Number(b);
  const { default: nlp } = await import("compromise");
  const { default: dates } = await import("compromise-dates");
  nlp.plugin(dates);
  const chrono = await import("chrono-node");
  // A peer that throws on a document still spent the time: count the document, and the error.
  const errors = { compromise: 0, chrono: 0 };
  const guard = (name, fn) => (d) => {
    try {
      return fn(d);
    } catch {
      errors[name]++;
      return 0;
    }
  };
  const out = {
    compromise: docsPerSecond(
      guard("compromise", (d) => nlp(d.text).dates(d.dct ? { today: d.dct } : {}).json().length),
      docs, budget, minDocs, now,
    ),
    chrono: docsPerSecond(
      guard("chrono", (d) => chrono.parse(d.text, d.dct ? new Date(d.dct + "T12:00:00Z") : new Date()).length),
      docs, budget, minDocs, now,
    ),
  };
  out.compromise.errors = errors.compromise;
  out.chrono.errors = errors.chrono;
  console.log(JSON.stringify(out));
} else {
  console.error(`bench/node.mjs: unknown job ${job}`);
  process.exit(2);
}
