// Workloads shared by every JavaScript runtime of the benchmark (Node.js and Chromium).
// No imports: the same file runs in Node and is served to the browser page.
// `analyse(text, options)` is the wasm binding's; times are measured with `now()` in ms.

/** Analyses every doc, repeating whole passes until `minMs` have passed (after one warm-up pass). */
export function throughput(analyse, docs, minMs, now) {
  let found = 0;
  for (const d of docs) found += count(analyse(d.text, opts(d)));
  const t0 = now();
  let passes = 0;
  do {
    for (const d of docs) analyse(d.text, opts(d));
    passes++;
  } while (now() - t0 < minMs);
  return { docs: docs.length, passes, secs: (now() - t0) / 1e3, found };
}

/** p50/p99 of analysing one text `iters` times, after a warm-up. */
export function latency(analyse, text, lang, iters, now) {
  const o = { lang };
  for (let i = 0; i < Math.min(20, iters); i++) analyse(text, o);
  const ms = [];
  for (let i = 0; i < iters; i++) {
    const t = now();
    analyse(text, o);
    ms.push(now() - t);
  }
  ms.sort((a, b) => a - b);
  const q = (p) => ms[Math.round((ms.length - 1) * p)];
  return { iters, p50_ms: q(0.5), p99_ms: q(0.99), min_ms: ms[0] };
}

/** Best time of analysing one (large) text, at least 3 runs and `minMs` in all. */
export function scale(analyse, text, lang, minMs, now) {
  const o = { lang };
  analyse(text, o);
  const t0 = now();
  let best = Infinity;
  let runs = 0;
  while (runs < 3 || now() - t0 < minMs) {
    const t = now();
    analyse(text, o);
    best = Math.min(best, now() - t);
    runs++;
  }
  return { runs, secs: best / 1e3 };
}

/** Documents per second of any `fn(doc)`: all docs once, or as many as fit in `budgetMs` (at least `minDocs`). */
export function docsPerSecond(fn, docs, budgetMs, minDocs, now) {
  fn(docs[0]); // warm-up
  const t0 = now();
  let n = 0;
  let found = 0;
  for (const d of docs) {
    found += fn(d);
    n++;
    if (n >= minDocs && now() - t0 > budgetMs) break;
  }
  const secs = (now() - t0) / 1e3;
  return { docs: n, secs, docs_per_s: n / secs, found };
}

function opts(d) {
  const o = { lang: d.lang };
  if (d.dct) o.dct = d.dct;
  return o;
}

function count(a) {
  return a.entities.length + a.timexes.length + a.sentences.length;
}
