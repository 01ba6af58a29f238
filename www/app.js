// The analyser page. The text is analysed in a module worker (worker.js → kaalrekha.js →
// wasm); this module only renders what comes back. It never parses dates or names itself.

import { ENTITY_LABELS, TIMEX_TYPES, LABEL_NAMES, buildIndex, buildIndexSliced, clusterKey, dctNodes, field, fillDetails, formatNumber, h, marksAt, placeCard, srcNode, yieldToMain } from "./render.js";
import { LANGUAGES, LANGUAGE_INFO } from "./kaalrekha.js";
import { Timeline, cssEscape } from "./timeline.js";
import { ArticleView } from "./article-view.js";
import { Assembler, blockMeta, plainAnalysis, reusable } from "./stream.js";
import { FORMATS, build } from "./exports.js";
import { SAMPLES } from "./samples.js";

const $ = (id) => document.getElementById(id);
const input = $("input");
const article = $("article");
const card = $("card");
const status = $("status");
const langSel = $("lang");
const dctInput = $("dct");
const reduceMotion = matchMedia("(prefers-reduced-motion: reduce)");

// The language choices: "Detect automatically" (in the HTML), then every registered language
// (kaalrekha.js LANGUAGE_INFO), named in English and in its own words and script.
for (const code of LANGUAGES) {
  const { name, own } = LANGUAGE_INFO[code];
  langSel.append(h(document, "option", { value: code, text: own && own !== name ? `${name} · ${own}` : name }));
}

const state = {
  text: "", analysis: null, index: null, hidden: new Set(), active: new Set(),
  cluster: null, timex: null, requestId: 0, sentAt: 0, provisional: false, shown: [],
};

// The article, windowed: only the blocks near the viewport carry their highlights
// (article-view.js). A block that gets them marks the chosen mentions in it.
const view = new ArticleView(article, {
  onRender(block) {
    if (!state.active.size && !state.cluster) return;
    for (const m of block.querySelectorAll("mark")) {
      if (state.active.has(m.dataset.id)) m.classList.add("active");
      if (state.cluster && m.dataset.cluster === state.cluster) m.classList.add("in-cluster");
    }
  },
});

// Up to SYNC characters an analysis is shown in one go; a longer article shows its text first
// and the rest (timeline, lists) in tasks of their own.
const SYNC = 20000;
// An analysis "large" enough to be handled in slices (index, lists) rather than at once.
const isLarge = (a) => a.entities.length + a.timexes.length + a.sentences.length > 20000;

// ---- worker ---------------------------------------------------------------------------

let worker = null;
let workerReady = false;
let inFlight = null; // { id, text, options, at }
let queued = null;

let workersStarted = 0;
let wasmModule = null; // the core compiled by the first worker (a WebAssembly.Module)
function startWorker() {
  workersStarted++;
  workerReady = false;
  // After the first worker, each fresh one is given the compiled core (worker.js).
  worker = new Worker(new URL("./worker.js", import.meta.url), { type: "module", name: wasmModule ? "kaalrekha+module" : "kaalrekha" });
  if (wasmModule) {
    try {
      worker.postMessage({ module: wasmModule });
    } catch {
      worker.postMessage({ module: null }); // it compiles its own
    }
  }
  worker.addEventListener("message", onWorkerMessage);
  worker.addEventListener("error", (e) => setStatus("error", `The analyser could not start: ${e.message || "worker error"}`));
  // Files still being read by a worker that was stopped are read again by this one.
  for (const [read, r] of reads) worker.postMessage({ read, bytes: r.bytes });
}

// Files are read in the worker too: the core decides whether bytes are text (src/text/sniff.rs).
const reads = new Map(); // read id → { bytes, resolve }
let readCounter = 0;

/** Resolves to { file: { text, encoding, replaced } } or { refused: "not a text file: …" }. */
function readInWorker(bytes) {
  return new Promise((resolve) => {
    const read = ++readCounter;
    reads.set(read, { bytes, resolve });
    // A file replaces the article: an analysis still running for the old one is dropped.
    if (inFlight) {
      worker.terminate();
      inFlight = null;
      startWorker();
    } else {
      worker.postMessage({ read, bytes });
    }
  });
}

function onWorkerMessage({ data }) {
  if (data.read != null) {
    const r = reads.get(data.read);
    reads.delete(data.read);
    r?.resolve(data);
    return;
  }
  if (data.ready) {
    workerReady = true;
    if (data.module) wasmModule = data.module;
    $("engine").textContent = `Analyser ready · core ${data.version} · works offline once loaded`;
    document.documentElement.dataset.engine = "ready";
    pump();
    return;
  }
  if (data.fatal) {
    setStatus("error", `The analyser could not load: ${data.fatal}`);
    $("engine").textContent = "Analyser unavailable";
    return;
  }
  const current = (d) => inFlight && d.id === inFlight.id && d.id === state.requestId && !queued;
  if (data.preview != null) {
    // The analysis of the article's first part, while the worker goes on with all of it.
    if (current(data)) show(inFlight.text, data.analysis, { preview: data.preview });
    return;
  }
  if (data.again) {
    // The edit changed what the kept blocks were analysed with (the first block's language
    // or date): the whole text is analysed again.
    const again = current(data) && { ...inFlight, whole: true, base: null };
    inFlight = null;
    if (again) queued = again;
    pump();
    return;
  }
  if (data.progress != null) {
    // A very long text is analysed in blocks (stream.js): how far it has got.
    if (current(data) && state.provisional) setStatus("busy", `Showing the first part; analysing all ${characters(inFlight.text)}… ${Math.round(data.progress * 100)}%`);
    return;
  }
  let analysis = data.analysis;
  if (data.part) {
    // A large analysis comes in parts (stream.js), each a short task to receive. An edit's
    // analysis that keeps blocks of the one on screen takes their items from it, only if it
    // is to be shown (they are copied into its columns, with its strings added to the old
    // analysis's table, and the old columns freed at once).
    if (data.part === "head") assembler.share = current(data) && inFlight.base?.analysis === state.analysis ? state.analysis : null;
    if (data.part === "end") assembler.base = current(data) && inFlight.base?.analysis === state.analysis ? inFlight.base : null;
    analysis = assembler.add(data);
    if (analysis == null) return;
  }
  const req = inFlight;
  inFlight = null;
  runs.push({ id: data.id, blocks: data.blocks ?? 0, analysed: data.analysed ?? data.blocks ?? 0 });
  if (runs.length > 20) runs.shift();
  if (req && !data.error && data.ms && req.work > 100000) msPerChar = data.ms / req.work;
  if (req && data.id === req.id && data.id === state.requestId && !queued) {
    if (data.error) setStatus("error", data.error);
    else if (analysis) {
      shownKey = JSON.stringify(req.options);
      show(req.text, analysis, { ms: performance.now() - req.at, coreMs: data.ms, blocks: data.blocks });
    }
  }
  // A text analysed in blocks (several megabytes) leaves the worker with some 50–100 MB it
  // never gives back (V8 keeps the heap it grew to; the wasm's linear memory never shrinks); a
  // fresh worker holds a few. It starts now, while the reader looks at the result. (After a
  // shorter text the worker is kept: a fresh one is slower at first, and grows as much.)
  // (An edit that kept the other blocks analysed one or two: the worker is kept.)
  if ((data.analysed ?? data.blocks) > 1) recycleWorker();
  pump();
}

/** Replaces the idle worker by a fresh one. */
function recycleWorker() {
  worker.terminate();
  startWorker();
}

const assembler = new Assembler();
let shownKey = ""; // the options of the analysis shown (JSON)
const runs = []; // the worker's analyses: { id, blocks, analysed } (for tests)
// How long the core takes per character (learnt from long articles): an analysis made stale by
// an edit is abandoned (the worker restarted) when it would still take long.
let msPerChar = 0.0025;
const PREVIEW = 20000; // characters analysed first, to show the top of a long article at once

function pump() {
  if (!workerReady || !queued) return;
  if (inFlight) {
    // A long analysis is still running for text that has since changed: start over, unless it
    // is about to finish.
    const elapsed = performance.now() - inFlight.sentAt;
    if (inFlight.work * msPerChar - elapsed > 400 || elapsed > 1500) {
      worker.terminate();
      inFlight = null;
      startWorker();
    }
    return;
  }
  inFlight = { ...queued, at: queued.at ?? performance.now(), sentAt: performance.now(), work: queued.text.length };
  queued = null;
  const msg = { id: inFlight.id, text: inFlight.text, options: inFlight.options };
  // An edit of a text analysed in blocks: the blocks it did not change keep their results
  // (stream.js reusable); only the others are analysed again (the worker gets only their
  // text), and no first part is shown.
  const meta = !inFlight.whole && state.analysis && !state.provisional && blockMeta.get(state.analysis);
  const reuse = meta && JSON.stringify(inFlight.options) === shownKey && reusable(state.text, meta, inFlight.text, state.analysis);
  if (reuse) {
    msg.reuse = reuse;
    delete msg.text;
    inFlight.base = { analysis: state.analysis, meta };
    inFlight.work = reuse.plan.reduce((n, b) => n + (b.text?.length ?? 0), 0);
  } else if (inFlight.text.length > 3 * PREVIEW) msg.preview = PREVIEW;
  worker.postMessage(msg);
}

let debounceTimer = 0;
let lastQueuedText = "";
let lastQueuedKey = "";

// ---- the source text ------------------------------------------------------------------
// Normally the textarea's value. A very long article (a 1 MB paste) would make the browser
// spend seconds laying out the textarea, so it is kept here instead and the textarea shows
// its beginning, read-only, until the reader asks to edit all of it.

const LARGE = 150000;
let source = "";
let bigMode = false;
// While a long article is edited, the text box holds one part of it: source[part.start, part.end).
// Laying out megabytes in a textarea takes the browser seconds (6.6 s for 10 MB), a part of
// PART characters a few tens of milliseconds.
const PART = 50000;
let part = null;

function setSource(text, { analyse = true } = {}) {
  source = text;
  part = null;
  bigMode = text.length > LARGE;
  const note = $("big-note");
  if (bigMode) {
    input.value = `${text.slice(0, 4000)}…`;
    input.readOnly = true;
    note.hidden = false;
    $("big-what").replaceChildren("Showing the beginning of a long article (", h(document, "span", { id: "big-size", text: characters(text) }), "); all of it is analysed below.");
    $("edit-all").hidden = false;
    $("part-prev").hidden = true;
    $("part-next").hidden = true;
  } else {
    input.value = text;
    input.readOnly = false;
    note.hidden = true;
  }
  input.scrollTop = 0; // a new article is read from its beginning
  if (analyse) requestAnalysis(true);
}

/** "Edit the full text": the text box becomes an editor of the long article, a part at a time. */
function editAll() {
  openPart(0);
  input.setSelectionRange(0, 0);
  input.focus({ preventScroll: true });
  input.scrollTop = 0;
}

/** Shows the part of the long article that begins with the paragraph at or before `at`. */
function openPart(at) {
  let start = Math.max(0, Math.min(at, source.length));
  const line = source.lastIndexOf("\n", start - 1) + 1;
  if (start - line < PART / 2) start = line;
  let end = Math.min(source.length, start + PART);
  if (end < source.length) {
    const nl = source.indexOf("\n", end);
    if (nl >= 0 && nl - end < PART / 2) end = nl + 1;
    else if ((source.charCodeAt(end) & 0xfc00) === 0xdc00) end--;
  }
  part = { start, end };
  bigMode = false;
  input.readOnly = false;
  input.value = source.slice(start, end);
  input.scrollTop = 0;
  updatePartNote();
}

function updatePartNote() {
  const total = source.length;
  $("big-note").hidden = false;
  $("big-what").replaceChildren(`Editing characters ${formatNumber(part.start + 1)}–${formatNumber(part.end)} of ${formatNumber(total)} (a long article is edited a part at a time; all of it is analysed below).`);
  $("edit-all").hidden = true;
  $("part-prev").hidden = false;
  $("part-next").hidden = false;
  $("part-prev").disabled = part.start === 0;
  $("part-next").disabled = part.end >= total;
}

/** The text box changed: the source follows it (the whole text, or the part being edited). */
function syncFromInput() {
  if (part) {
    source = source.slice(0, part.start) + input.value + source.slice(part.end);
    part.end = part.start + input.value.length;
    updatePartNote();
  } else if (!bigMode) {
    source = input.value;
  }
}

/** Asks for an analysis of the textarea; `now` skips the typing debounce. */
function requestAnalysis(now = false) {
  clearTimeout(debounceTimer);
  const text = source;
  const jump = Math.abs(text.length - lastQueuedText.length) > 80;
  const go = () => {
    const opts = options();
    const key = JSON.stringify(opts);
    // The same text with the same options: the analysis on screen (or on its way) stands.
    if (text === lastQueuedText && key === lastQueuedKey && text.trim()) return;
    lastQueuedText = text;
    lastQueuedKey = key;
    if (!text.trim()) { clearOutput(); return; }
    setStatus("busy", text.length > 200000 ? `Analysing ${characters(text)}…` : "Analysing…");
    queued = { id: ++state.requestId, text, options: opts, at: performance.now() };
    pump();
  };
  if (now || jump) go();
  else debounceTimer = setTimeout(go, 220);
}

function options() {
  const o = { offsets: "utf16" };
  if (langSel.value !== "auto") o.lang = langSel.value;
  if (dctInput.value) o.dct = dctInput.value;
  return o;
}

// ---- status -----------------------------------------------------------------------------

/** "1 sentence", "2 sentences", "1,204 sentences": numbers in the interface's language. */
function count(n, one, many) {
  return `${formatNumber(n)} ${n === 1 ? one : many}`;
}

/** Characters as the reader counts them: code points (an emoji is one), everywhere. */
let charactersOf = { text: null, n: 0 };
function characters(text) {
  if (charactersOf.text === text) return count(charactersOf.n, "character", "characters");
  let n = text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xdc00 && c <= 0xdfff && i > 0) {
      const p = text.charCodeAt(i - 1);
      if (p >= 0xd800 && p <= 0xdbff) n--;
    }
  }
  if (text.length > 100000) charactersOf = { text, n };
  return count(n, "character", "characters");
}

function setStatus(kind, message, extra = {}) {
  status.dataset.state = kind;
  delete status.dataset.refused;
  status.textContent = message;
  for (const [k, v] of Object.entries(extra)) status.dataset[k] = v;
}

function clearOutput() {
  showGen++;
  state.text = "";
  state.analysis = null;
  state.index = null;
  state.provisional = false;
  view.clear(h(document, "p", { class: "placeholder", text: "The article appears here with its names, places, numbers and dates highlighted." }));
  $("legend").replaceChildren();
  $("entities").replaceChildren(h(document, "p", { class: "hint", text: "Names, places and numbers found in the article appear here." }));
  $("entities-count").textContent = "";
  timeline.set({ timeline: [], timexes: [] });
  $("lang-detected").textContent = "";
  $("dct-note").textContent = "";
  article.removeAttribute("dir");
  article.removeAttribute("lang");
  input.dir = "auto";
  setStatus("idle", "Paste an article or choose a sample.");
  updateExports();
}

// ---- showing an analysis ----------------------------------------------------------------

let showGen = 0; // a newer analysis stops the slices of an older one

/**
 * Shows an analysis of `text`. `preview`: it covers only the article's first part (the rest is
 * on its way). A small analysis is shown at once; a large one in slices, the text first.
 */
function show(text, analysis, { ms = 0, coreMs = 0, preview = null, blocks = 0 } = {}) {
  const gen = ++showGen;
  entitiesGen++; // an entity list still being built for the analysis before stops
  hideCard();
  const again = state.provisional && state.text === text && view.text === text;
  state.text = text;
  state.analysis = analysis;
  state.provisional = preview != null;
  state.cluster = null;
  state.timex = null;
  state.active = new Set();
  state.shown.push({ id: state.requestId, length: text.length, preview: preview != null });
  if (state.shown.length > 20) state.shown.shift();
  const t0 = performance.now();
  const rendered = again ? (view.update(analysis), Promise.resolve(true)) : view.set(text, analysis, { syncChars: SYNC });
  const large = isLarge(analysis);
  renderMeta();
  updateExports();

  const summary = () => {
    const n = analysis.entities.length;
    const d = analysis.timexes.length;
    return [characters(text), count(analysis.sentences.length, "sentence", "sentences"), count(n, "entity", "entities"),
      count(d, "time expression", "time expressions"), `${formatNumber(analysis.timeline.length)} on the timeline`,
      ...(blocks > 1 ? [`analysed in ${formatNumber(blocks)} parts`] : [])].join(" · ");
  };
  const finish = async () => {
    if (!(await rendered) || gen !== showGen) return;
    if (preview != null) {
      setStatus("busy", `Showing the first ${characters(text.slice(0, preview))}; analysing all ${characters(text)}…`);
      return;
    }
    const total = ms + (performance.now() - t0);
    setStatus("done", `${summary()} · ${Math.round(total)} ms`, { ms: String(Math.round(total)), coreMs: String(Math.round(coreMs)) });
    document.documentElement.dataset.analysed = String(state.requestId);
  };

  if (!large && text.length <= SYNC) {
    state.index = buildIndex(text, analysis);
    renderLegend();
    timeline.set(analysis);
    renderEntities();
    finish();
    if (preview == null) setStatus("busy", `${summary()} · rendering…`);
    return;
  }
  // A long article: the index, the legend, the timeline and the entity list each in a task of
  // their own, after the text (a large index and list in slices). Until the index is there
  // the details cards wait (an older index would name other mentions).
  state.index = large ? null : buildIndex(text, analysis);
  setStatus("busy", preview != null ? "Showing the first part…" : `${summary()} · rendering…`);
  (async () => {
    await yieldToMain();
    const index = state.index ?? await buildIndexSliced(text, analysis, { cancelled: () => gen !== showGen });
    if (!index || gen !== showGen) return;
    state.index = index;
    renderLegend();
    await yieldToMain();
    if (gen !== showGen) return;
    timeline.set(analysis);
    await yieldToMain();
    if (gen !== showGen) return;
    await renderEntities();
    if (gen === showGen) finish();
  })();
}

function renderMeta() {
  const a = state.analysis;
  const info = LANGUAGE_INFO[a.language];
  const name = info?.name || a.language;
  article.lang = a.language; // for screen readers, fonts, shaping and hyphenation
  input.lang = a.language;
  // The article's direction (Urdu: right to left); each paragraph also has its own, from its
  // letters (render.js textDir). The interface around it keeps the page's.
  article.dir = info?.dir || "auto";
  input.dir = info?.dir || "auto";
  $("lang-detected").textContent = langSel.value === "auto" ? `Detected: ${name}` : `Set to ${name}`;
  const note = $("dct-note");
  note.classList.toggle("inferred", a.dctSource === "inferred");
  note.dataset.source = a.dctSource || "none";
  // The article's own words go in as text (dctNodes), never as markup.
  note.replaceChildren(...dctNodes(document, a));
}

// ---- legend -----------------------------------------------------------------------------

function renderLegend() {
  const legend = $("legend");
  const counts = state.index.counts;
  const items = [...ENTITY_LABELS, ...TIMEX_TYPES].filter((l) => counts[l]);
  legend.replaceChildren(...items.map((label) => {
    const b = h(document, "button", {
      type: "button", class: "legend-item", "data-label": label, "aria-pressed": state.hidden.has(label) ? "false" : "true",
      title: `${LABEL_NAMES[label]}: ${counts[label]} — press to ${state.hidden.has(label) ? "show" : "hide"}`,
    }, h(document, "span", { class: "chip", "data-label": label, text: label }),
    h(document, "span", { class: "name", text: LABEL_NAMES[label].split(",")[0] }),
    h(document, "span", { class: "count", text: String(counts[label]) }));
    b.addEventListener("click", () => {
      if (state.hidden.has(label)) state.hidden.delete(label); else state.hidden.add(label);
      b.setAttribute("aria-pressed", state.hidden.has(label) ? "false" : "true");
      applyHidden();
    });
    return b;
  }));
}

function applyHidden() {
  for (const l of [...ENTITY_LABELS, ...TIMEX_TYPES]) article.classList.toggle(`hide-${l}`, state.hidden.has(l));
}

// ---- entities panel ---------------------------------------------------------------------

const ENTITY_CAP = 40;
const expanded = new Set();
let entitiesGen = 0;

/**
 * The entity list, grouped by label then by cluster. Each group shows its ENTITY_CAP most
 * mentioned names until "Show all"; a large list is built in slices (yielding between them),
 * and a newer call stops an older one.
 */
async function renderEntities() {
  const gen = ++entitiesGen;
  const { clusters, analysis } = state.index;
  const box = $("entities");
  const byLabel = new Map();
  for (const c of clusters.values()) {
    let list = byLabel.get(c.label);
    if (!list) byLabel.set(c.label, (list = []));
    list.push(c);
  }
  const groups = [];
  let total = 0;
  let until = performance.now() + 8;
  const later = async () => {
    if (performance.now() < until) return true;
    await yieldToMain();
    until = performance.now() + 8;
    return gen === entitiesGen;
  };
  box.replaceChildren();
  for (const label of ENTITY_LABELS) {
    const cs = byLabel.get(label);
    if (!cs) continue;
    cs.sort((a, b) => b.members.length - a.members.length || a.start - b.start);
    const mentions = cs.reduce((n, c) => n + c.members.length, 0);
    total += cs.length;
    const list = h(document, "ul", { class: "ent-list" });
    const shown = expanded.has(label) ? cs : cs.slice(0, ENTITY_CAP);
    const group = h(document, "section", { class: "ent-group", "data-label": label },
      h(document, "h3", null, h(document, "span", { class: "chip", "data-label": label, text: label }),
        h(document, "span", { text: LABEL_NAMES[label] }),
        h(document, "span", { class: "count", text: `${cs.length} · ${mentions} ${mentions === 1 ? "mention" : "mentions"}` })),
      list);
    groups.push(group);
    box.append(group);
    for (let k = 0; k < shown.length; k++) {
      list.append(entityRow(shown[k], analysis));
      if ((k & 15) === 15 && !(await later())) return;
    }
    if (shown.length < cs.length) {
      const more = h(document, "button", { type: "button", class: "btn ghost more", text: `Show all ${cs.length}` });
      more.addEventListener("click", async () => {
        expanded.add(label);
        await renderEntities();
        document.querySelector(`.ent-group[data-label="${label}"] .ent-btn`)?.focus();
      });
      list.append(h(document, "li", null, more));
    }
    if (!(await later())) return;
  }
  $("entities-count").textContent = total ? `${total} distinct` : "";
  if (!groups.length) box.append(h(document, "p", { class: "hint", text: "No names, places or numbers found in this article." }));
}

function entityRow(c, analysis) {
  const forms = new Set();
  // A cluster's mentions are indices in the analysis's entities (render.js indexSteps).
  const ents = analysis.entities;
  const text = field(ents, "text");
  for (const i of c.members) {
    const t = text(i);
    if (t !== c.canonical) { forms.add(t); if (forms.size > 4) break; }
  }
  // The article's words (names, forms) in their language and direction, each its own bidi
  // isolate, so that Urdu forms listed in the English line keep their order.
  const lang = analysis.language;
  const meta = [];
  if (c.latin && c.latin !== c.canonical) meta.push([c.latin]);
  if (c.wikidata) meta.push([c.wikidata]);
  const values = new Set();
  const value = field(ents, "value");
  const unit = field(ents, "unit");
  for (const i of c.members) {
    const v = value(i);
    if (v != null) values.add(unit(i) ? `${formatNumber(v)} ${unit(i)}` : formatNumber(v));
    if (values.size > 8) break;
  }
  if (values.size) meta.push([`= ${[...values].join(", ")}`]);
  if (forms.size) {
    meta.push(["also ", ...[...forms].slice(0, 4).flatMap((f, i) => [i ? ", " : "", srcNode(document, f, lang)]), forms.size > 4 ? "…" : ""]);
  }
  const btn = h(document, "button", {
    type: "button", class: "ent-btn", "data-cluster": c.id, "aria-pressed": state.cluster === c.id ? "true" : "false",
  }, h(document, "span", { class: "ent-name", lang }, h(document, "bdi", { text: c.canonical })),
  h(document, "span", { class: "ent-count" }, String(c.members.length),
    h(document, "span", { class: "visually-hidden", text: c.members.length === 1 ? " mention" : " mentions" })),
  meta.length ? h(document, "span", { class: "ent-meta" }, ...meta.flatMap((parts, i) => [i ? " · " : "", ...parts])) : null);
  btn.addEventListener("click", () => {
    selectCluster(state.cluster === c.id ? null : c.id);
    if (state.cluster) revealMention(field(ents, "id")(c.members[0]));
  });
  return h(document, "li", null, btn);
}

// ---- selection and linking --------------------------------------------------------------

function selectCluster(key) {
  for (const el of article.querySelectorAll("mark.in-cluster")) el.classList.remove("in-cluster");
  for (const b of document.querySelectorAll(".ent-btn[aria-pressed=true]")) b.setAttribute("aria-pressed", "false");
  state.cluster = key;
  if (!key) return;
  for (const el of article.querySelectorAll(`mark[data-cluster="${cssEscape(key)}"]`)) el.classList.add("in-cluster");
  document.querySelector(`.ent-btn[data-cluster="${cssEscape(key)}"]`)?.setAttribute("aria-pressed", "true");
}

/** Marks mentions as chosen; blocks rendered later mark theirs too (view's onRender). */
function markActive(ids) {
  state.active = new Set(ids);
  for (const el of article.querySelectorAll("mark.active")) el.classList.remove("active");
  if (!state.active.size) return;
  for (const el of article.querySelectorAll("mark[data-id]")) if (state.active.has(el.dataset.id)) el.classList.add("active");
}

/** Scrolls to `el`: smoothly when it is near, at once when it is far (or motion is reduced). */
function scrollToEl(el) {
  const r = el.getBoundingClientRect();
  const far = Math.abs(r.top - innerHeight / 2) > 3 * innerHeight;
  el.scrollIntoView({ block: "center", behavior: far || reduceMotion.matches ? "auto" : "smooth" });
}

function revealMention(id) {
  const m = state.index?.byId.raw(id);
  const el = m && view.markOf(m);
  if (el) scrollToEl(el);
}

function flashSentence(i) {
  const s = state.analysis?.sentences.at(i);
  if (!s) return;
  // Its blocks get their highlights first, if they had not.
  view.at(s.start);
  if (s.end > s.start) view.at(s.end - 1);
  const els = article.querySelectorAll(`.sent[data-sentence="${i}"]`);
  if (!els.length) return;
  scrollToEl(els[0]);
  for (const el of els) {
    el.classList.remove("flash-done");
    el.classList.add("flash");
    setTimeout(() => { el.classList.add("flash-done"); el.classList.remove("flash"); }, 900);
    setTimeout(() => el.classList.remove("flash-done"), 2600);
  }
}

/** From the timeline: scroll to the entry's sentence, flash it and mark its dates. */
function chooseEntry(entry) {
  state.timex = entry.timex;
  markActive([entry.timex, ...entry.mentions]);
  flashSentence(entry.sentence);
}

/** From the text: a date selects its timeline entry; a name selects its cluster. */
function chooseMarks(marks) {
  let handled = false;
  for (const m of marks) {
    const item = state.index?.byId.get(m.dataset.id);
    if (!item) continue;
    if (item.kind === "timex" && !handled) {
      const en = state.index.entryOf.get(item.id);
      markActive([item.id]);
      if (en) {
        state.timex = en.entry.timex;
        const g = timeline.select(en.entry.timex);
        if (g && matchMedia("(min-width: 961px)").matches) g.scrollIntoView?.({ block: "nearest" });
      }
      handled = true;
    } else if (item.kind === "entity" && !handled) {
      const key = clusterKey(item);
      selectCluster(state.cluster === key ? null : key);
      handled = true;
    }
  }
}

article.addEventListener("click", (ev) => {
  const marks = marksAt(ev.target, article);
  if (marks.length) chooseMarks(marks);
});
article.addEventListener("keydown", (ev) => {
  if (ev.key === "Escape") { selectCluster(null); markActive([]); hideCard(); return; }
  // Tab from the last highlight of the rendered window goes on to the next one.
  if (ev.key === "Tab" && ev.target.tagName === "MARK") { view.beforeTab(ev.target, ev.shiftKey); return; }
  if (ev.key !== "Enter" && ev.key !== " ") return;
  const marks = marksAt(ev.target, article);
  if (marks.length && ev.target.tagName === "MARK") { ev.preventDefault(); chooseMarks(marks); }
});

// details card on hover and focus
let cardFor = null;
function showCard(target) {
  const marks = marksAt(target, article);
  if (!marks.length || !state.index) { hideCard(); return; }
  if (cardFor === marks[0]) return;
  cardFor = marks[0];
  fillDetails(card, marks, state.index);
  card.hidden = false;
  card.id = "card";
  placeCard(card, marks[0], $("article-wrap"));
}
function hideCard() {
  card.hidden = true;
  cardFor = null;
}
article.addEventListener("mouseover", (ev) => showCard(ev.target));
article.addEventListener("mouseleave", () => { if (!article.contains(document.activeElement) || document.activeElement === article) hideCard(); });
article.addEventListener("focusin", (ev) => {
  if (ev.target.tagName !== "MARK") return;
  ev.target.setAttribute("aria-describedby", "card");
  showCard(ev.target);
});
article.addEventListener("focusout", (ev) => {
  ev.target.removeAttribute?.("aria-describedby");
  if (!article.contains(ev.relatedTarget)) hideCard();
});

// ---- timeline ---------------------------------------------------------------------------

const timeline = new Timeline($("timeline"), { onChoose: chooseEntry });

// ---- exports ----------------------------------------------------------------------------

function fileName(ext) {
  const stamp = state.analysis?.dct || new Date().toISOString().slice(0, 10);
  return `kaalrekha-${state.analysis?.language || "article"}-${stamp}.${ext}`;
}

function renderExportMenu() {
  const menu = $("export-menu");
  const rows = Object.entries(FORMATS).map(([key, f]) => {
    const dl = h(document, "button", { type: "button", class: "btn", "data-export": key, "data-action": "download", text: "Download", "aria-label": `Download ${f.name}` });
    const cp = h(document, "button", { type: "button", class: "btn ghost", "data-export": key, "data-action": "copy", text: "Copy", "aria-label": `Copy ${f.name}` });
    dl.addEventListener("click", () => download(key));
    cp.addEventListener("click", () => copy(key, cp));
    return h(document, "div", { class: "export-row" },
      h(document, "span", { class: "name", text: f.name }, h(document, "span", { class: "ext", text: `.${f.ext}` })), dl, cp);
  });
  menu.replaceChildren(...rows, h(document, "p", { class: "export-note", text: "brat offsets count code points, for the text saved as UTF-8 .txt; the others count UTF-16 units as in JavaScript." }));
}

function updateExports() {
  for (const b of document.querySelectorAll("[data-export]")) b.disabled = !state.analysis;
}

function download(key) {
  if (!state.analysis) return;
  const f = FORMATS[key];
  const blob = new Blob([build(key, state.text, plainAnalysis(state.analysis))], { type: `${f.mime};charset=utf-8` });
  const url = URL.createObjectURL(blob);
  const a = h(document, "a", { href: url, download: fileName(f.ext), class: "visually-hidden" });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

async function copy(key, button) {
  if (!state.analysis) return;
  const text = build(key, state.text, plainAnalysis(state.analysis));
  try {
    await navigator.clipboard.writeText(text);
    button.textContent = "Copied";
  } catch {
    button.textContent = "Copy failed";
  }
  setTimeout(() => { button.textContent = "Copy"; }, 1500);
}

// The export menu closes on Escape and on a click elsewhere.
const exportMenu = $("export");
document.addEventListener("click", (ev) => { if (ev.isTrusted && exportMenu.open && !exportMenu.contains(ev.target)) exportMenu.open = false; });
exportMenu.addEventListener("keydown", (ev) => {
  if (ev.key === "Escape" && exportMenu.open) { exportMenu.open = false; exportMenu.querySelector("summary").focus(); }
});

// ---- input, samples, files ------------------------------------------------------------------

input.addEventListener("change", () => {
  const before = source;
  syncFromInput();
  if (source !== before) requestAnalysis(true);
});
let pasteIsWhole = false; // the paste replaces everything in the box: show its beginning
input.addEventListener("input", (ev) => {
  syncFromInput();
  const pasted = ev.inputType === "insertFromPaste" || ev.inputType === "insertFromDrop";
  // The browser scrolls the caret (at the end) into view after this event: undo it once it has.
  if (pasted && pasteIsWhole) requestAnimationFrame(() => { input.scrollTop = 0; });
  pasteIsWhole = false;
  requestAnalysis(pasted);
});
langSel.addEventListener("change", () => requestAnalysis(true));
dctInput.addEventListener("change", () => requestAnalysis(true));
$("clear").addEventListener("click", () => { setSource(""); input.focus(); });
$("edit-all").addEventListener("click", editAll);
$("part-prev").addEventListener("click", () => { if (part) openPart(Math.max(0, part.start - PART)); });
$("part-next").addEventListener("click", () => { if (part && part.end < source.length) openPart(part.end); });
input.addEventListener("paste", (ev) => {
  const pasted = ev.clipboardData?.getData("text/plain") ?? "";
  pasteIsWhole = !bigMode && input.selectionStart === 0 && input.selectionEnd === input.value.length;
  if (!bigMode && pasted.length + input.value.length <= LARGE) return;
  ev.preventDefault();
  if (part) {
    // A long paste into a part of a long article: it goes into the article, and the text box
    // shows the part where it begins.
    const a = part.start + input.selectionStart;
    source = source.slice(0, a) + pasted + source.slice(part.start + input.selectionEnd);
    openPart(a);
    requestAnalysis(true);
    return;
  }
  const base = bigMode ? "" : input.value;
  const a = bigMode ? 0 : input.selectionStart;
  const b = bigMode ? 0 : input.selectionEnd;
  setSource(base.slice(0, a) + pasted + base.slice(b));
});

const samples = $("samples");
samples.append(h(document, "span", { class: "hint", text: "Try a sample:" }));
for (const sm of SAMPLES) {
  const b = h(document, "button", { type: "button", class: "btn sample", "data-sample": sm.id, lang: sm.lang, text: sm.title });
  b.addEventListener("click", () => {
    setSource(sm.text, { analyse: false });
    langSel.value = "auto";
    dctInput.value = "";
    requestAnalysis(true);
  });
  samples.append(b);
}

let loading = 0;
async function loadFile(file) {
  if (!file) return;
  const mine = ++loading;
  if (file.size > 20 * 1024 * 1024) { refuse(`${file.name} is larger than 20 MB. Nothing was analysed.`); return; }
  setStatus("busy", `Reading ${file.name}…`);
  const reply = await readInWorker(new Uint8Array(await file.arrayBuffer()));
  if (mine !== loading) return; // another file came meanwhile
  if (reply.file) { setSource(reply.file.text); return; }
  const why = reply.refused.replace(/^kaalrekha: /, "");
  refuse(/^not a text file: /.test(why)
    ? `${file.name} is not a text file: ${why.replace(/^not a text file: /, "")}. Nothing was analysed.`
    : `${file.name} could not be read: ${why}`);
}

/** A file that cannot be read: the article and its analysis go, so nothing can be exported. */
function refuse(message) {
  clearTimeout(debounceTimer);
  queued = null;
  state.requestId += 1; // an analysis on its way is dropped
  lastQueuedText = "";
  setSource("", { analyse: false });
  clearOutput();
  setStatus("error", message, { refused: "true" });
}
$("file").addEventListener("change", (ev) => { loadFile(ev.target.files[0]); ev.target.value = ""; });
const dropzone = $("dropzone");
let dragDepth = 0;
document.addEventListener("dragover", (ev) => { if (ev.dataTransfer?.types?.includes("Files")) ev.preventDefault(); });
document.addEventListener("drop", (ev) => { if (ev.dataTransfer?.types?.includes("Files")) ev.preventDefault(); });
dropzone.addEventListener("dragenter", (ev) => { if (ev.dataTransfer?.types?.includes("Files")) { dragDepth++; dropzone.classList.add("dragging"); } });
dropzone.addEventListener("dragleave", () => { if (--dragDepth <= 0) { dragDepth = 0; dropzone.classList.remove("dragging"); } });
dropzone.addEventListener("drop", (ev) => {
  dragDepth = 0;
  dropzone.classList.remove("dragging");
  const file = ev.dataTransfer?.files?.[0];
  if (file) { ev.preventDefault(); loadFile(file); }
});

// ---- start ----------------------------------------------------------------------------------

renderExportMenu();
updateExports();
startWorker();
if (input.value.trim()) setSource(input.value);

if ("serviceWorker" in navigator && location.protocol.startsWith("http")) {
  navigator.serviceWorker.register(new URL("./sw.js", import.meta.url)).catch(() => {});
}

// For tests and debugging: render an Analysis document without the worker.
globalThis.kaalrekhaPage = {
  show: (text, analysis) => {
    clearTimeout(debounceTimer);
    queued = null;
    state.requestId += 1; // results still on their way are dropped
    setSource(text, { analyse: false });
    lastQueuedText = text;
    show(text, analysis);
  },
  /** The analyses shown, newest last: { id (request), length (of the text), preview }. */
  get shown() { return state.shown.map((x) => ({ ...x })); },
  /** The article's blocks and how many carry highlights now. */
  get view() { return view.stats; },
  /** The text being analysed: the textarea's value, or the long article it stands for. */
  get source() { return source; },
  /** Whether fresh workers are given the core the first one compiled (worker.js). */
  get sharedCore() { return wasmModule instanceof WebAssembly.Module; },
  /** How many workers the page has started (a fresh one after a text analysed in blocks). */
  get workers() { return workersStarted; },
  /** The worker's analyses, newest last: { id, blocks (of a text analysed in blocks), analysed (blocks analysed, not kept) }. */
  get runs() { return runs.map((x) => ({ ...x })); },
  /** How many analyses the page has asked for (typing is debounced). */
  get requests() { return state.requestId; },
  get analysis() { return state.analysis; },
  get text() { return state.text; },
};
