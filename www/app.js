// The analyser page. The text is analysed in a module worker (worker.js → kaalrekha.js →
// wasm); this module only renders what comes back. It never parses dates or names itself.

import { ENTITY_LABELS, TIMEX_TYPES, LABEL_NAMES, buildIndex, clusterKey, fillDetails, formatNumber, h, marksAt, placeCard, renderText } from "./render.js";
import { Timeline, cssEscape } from "./timeline.js";
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

const state = {
  text: "", analysis: null, index: null, elements: new Map(), hidden: new Set(),
  cluster: null, timex: null, render: null, requestId: 0, sentAt: 0,
};

// ---- worker ---------------------------------------------------------------------------

let worker = null;
let workerReady = false;
let inFlight = null; // { id, text, options, at }
let queued = null;

function startWorker() {
  workerReady = false;
  worker = new Worker(new URL("./worker.js", import.meta.url), { type: "module", name: "kaalrekha" });
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
  const req = inFlight;
  inFlight = null;
  if (req && data.id === req.id && data.id === state.requestId && !queued) {
    if (data.error) setStatus("error", data.error);
    else show(req.text, data.analysis, { ms: performance.now() - req.at, coreMs: data.ms });
  }
  pump();
}

function pump() {
  if (!workerReady || !queued) return;
  if (inFlight) {
    // A long analysis is still running for text that has since changed: start over.
    if (performance.now() - inFlight.at > 1500) {
      worker.terminate();
      inFlight = null;
      startWorker();
    }
    return;
  }
  inFlight = { ...queued, at: queued.at ?? performance.now() };
  queued = null;
  worker.postMessage({ id: inFlight.id, text: inFlight.text, options: inFlight.options });
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

function setSource(text, { analyse = true } = {}) {
  source = text;
  bigMode = text.length > LARGE;
  const note = $("big-note");
  if (bigMode) {
    input.value = `${text.slice(0, 4000)}…`;
    input.readOnly = true;
    note.hidden = false;
    $("big-size").textContent = characters(text);
  } else {
    input.value = text;
    input.readOnly = false;
    note.hidden = true;
  }
  input.scrollTop = 0; // a new article is read from its beginning
  if (analyse) requestAnalysis(true);
}

function editAll() {
  bigMode = false;
  input.readOnly = false;
  input.value = source;
  $("big-note").hidden = true;
  input.focus();
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
function characters(text) {
  let n = text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xdc00 && c <= 0xdfff && i > 0) {
      const p = text.charCodeAt(i - 1);
      if (p >= 0xd800 && p <= 0xdbff) n--;
    }
  }
  return count(n, "character", "characters");
}

function setStatus(kind, message, extra = {}) {
  status.dataset.state = kind;
  delete status.dataset.refused;
  status.textContent = message;
  for (const [k, v] of Object.entries(extra)) status.dataset[k] = v;
}

function clearOutput() {
  state.render?.cancel();
  state.text = "";
  state.analysis = null;
  state.index = null;
  article.replaceChildren(h(document, "p", { class: "placeholder", text: "The article appears here with its names, places, numbers and dates highlighted." }));
  $("legend").replaceChildren();
  $("entities").replaceChildren(h(document, "p", { class: "hint", text: "Names, places and numbers found in the article appear here." }));
  $("entities-count").textContent = "";
  timeline.set({ timeline: [], timexes: [] });
  $("lang-detected").textContent = "";
  $("dct-note").textContent = "";
  setStatus("idle", "Paste an article or choose a sample.");
  updateExports();
}

// ---- showing an analysis ----------------------------------------------------------------

function show(text, analysis, { ms = 0, coreMs = 0 } = {}) {
  state.render?.cancel();
  hideCard();
  state.text = text;
  state.analysis = analysis;
  state.index = buildIndex(text, analysis);
  state.cluster = null;
  state.timex = null;

  const t0 = performance.now();
  const render = renderText(article, text, analysis, {
    schedule: (fn) => setTimeout(fn, 0), budget: text.length > 50000 ? 10 : 60,
  });
  state.render = render;
  state.elements = render.elements;
  applyHidden();
  renderLegend();
  timeline.set(analysis);
  renderEntities();
  renderMeta();
  updateExports();

  const summary = () => {
    const n = analysis.entities.length;
    const d = analysis.timexes.length;
    return [characters(text), count(analysis.sentences.length, "sentence", "sentences"), count(n, "entity", "entities"),
      count(d, "time expression", "time expressions"), `${formatNumber(analysis.timeline.length)} on the timeline`].join(" · ");
  };
  render.done.then((complete) => {
    if (!complete || state.render !== render) return;
    const total = ms + (performance.now() - t0);
    setStatus("done", `${summary()} · ${Math.round(total)} ms`, { ms: String(Math.round(total)), coreMs: String(Math.round(coreMs)) });
    document.documentElement.dataset.analysed = String(state.requestId);
  });
  setStatus("busy", `${summary()} · rendering…`);
}

function renderMeta() {
  const a = state.analysis;
  const names = { hi: "Hindi", en: "English" };
  article.lang = a.language; // for screen readers, fonts and hyphenation
  input.lang = a.language;
  $("lang-detected").textContent = langSel.value === "auto" ? `Detected: ${names[a.language] || a.language}` : `Set to ${names[a.language] || a.language}`;
  const note = $("dct-note");
  note.classList.toggle("inferred", a.dctSource === "inferred");
  if (a.dctSource === "inferred") note.textContent = `${a.dct} — inferred from the text`;
  else if (a.dctSource === "given") note.textContent = "";
  else note.textContent = "Not found in the text: relative dates stay unresolved. Set it to resolve them.";
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

function renderEntities() {
  const { clusters } = state.index;
  const box = $("entities");
  const groups = [];
  let total = 0;
  for (const label of ENTITY_LABELS) {
    const cs = [...clusters.values()].filter((c) => c.label === label)
      .sort((a, b) => b.mentions.length - a.mentions.length || a.mentions[0].start - b.mentions[0].start);
    if (!cs.length) continue;
    const mentions = cs.reduce((n, c) => n + c.mentions.length, 0);
    total += cs.length;
    const list = h(document, "ul", { class: "ent-list" });
    const shown = expanded.has(label) ? cs : cs.slice(0, ENTITY_CAP);
    for (const c of shown) {
      const forms = [...new Set(c.mentions.map((m) => m.text))].filter((t) => t !== c.canonical);
      const meta = [];
      if (c.latin && c.latin !== c.canonical) meta.push(c.latin);
      if (c.wikidata) meta.push(c.wikidata);
      const values = [...new Set(c.mentions.filter((m) => m.value != null).map((m) => (m.unit ? `${formatNumber(m.value)} ${m.unit}` : formatNumber(m.value))))];
      if (values.length) meta.push(`= ${values.join(", ")}`);
      if (forms.length) meta.push(`also ${forms.slice(0, 4).join(", ")}${forms.length > 4 ? "…" : ""}`);
      const btn = h(document, "button", {
        type: "button", class: "ent-btn", "data-cluster": c.id, "aria-pressed": "false",
      }, h(document, "span", { class: "ent-name", text: c.canonical }),
      h(document, "span", { class: "ent-count" }, String(c.mentions.length),
        h(document, "span", { class: "visually-hidden", text: c.mentions.length === 1 ? " mention" : " mentions" })),
      meta.length ? h(document, "span", { class: "ent-meta", text: meta.join(" · ") }) : null);
      btn.addEventListener("click", () => {
        selectCluster(state.cluster === c.id ? null : c.id);
        if (state.cluster) revealMention(c.mentions[0].id);
      });
      list.append(h(document, "li", null, btn));
    }
    if (shown.length < cs.length) {
      const more = h(document, "button", { type: "button", class: "btn ghost more", text: `Show all ${cs.length}` });
      more.addEventListener("click", () => { expanded.add(label); renderEntities(); document.querySelector(`.ent-group[data-label="${label}"] .ent-btn`)?.focus(); });
      list.append(h(document, "li", null, more));
    }
    groups.push(h(document, "section", { class: "ent-group", "data-label": label },
      h(document, "h3", null, h(document, "span", { class: "chip", "data-label": label, text: label }),
        h(document, "span", { text: LABEL_NAMES[label] }),
        h(document, "span", { class: "count", text: `${cs.length} · ${mentions} ${mentions === 1 ? "mention" : "mentions"}` })),
      list));
  }
  $("entities-count").textContent = total ? `${total} distinct` : "";
  if (!groups.length) groups.push(h(document, "p", { class: "hint", text: "No names, places or numbers found in this article." }));
  box.replaceChildren(...groups);
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

function markActive(ids) {
  for (const el of article.querySelectorAll("mark.active")) el.classList.remove("active");
  for (const id of ids) for (const el of state.elements.get(id) || []) el.classList.add("active");
}

function revealMention(id) {
  const el = (state.elements.get(id) || [])[0];
  if (!el) return;
  el.scrollIntoView({ block: "center", behavior: reduceMotion.matches ? "auto" : "smooth" });
}

function flashSentence(i) {
  const els = article.querySelectorAll(`.sent[data-sentence="${i}"]`);
  if (!els.length) return;
  els[0].scrollIntoView({ block: "center", behavior: reduceMotion.matches ? "auto" : "smooth" });
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
    const item = state.index.byId.get(m.dataset.id);
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
  const blob = new Blob([build(key, state.text, state.analysis)], { type: `${f.mime};charset=utf-8` });
  const url = URL.createObjectURL(blob);
  const a = h(document, "a", { href: url, download: fileName(f.ext), class: "visually-hidden" });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

async function copy(key, button) {
  if (!state.analysis) return;
  const text = build(key, state.text, state.analysis);
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

input.addEventListener("change", () => { if (!bigMode && input.value !== source) { source = input.value; requestAnalysis(true); } });
let pasteIsWhole = false; // the paste replaces everything in the box: show its beginning
input.addEventListener("input", (ev) => {
  if (!bigMode) source = input.value;
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
input.addEventListener("paste", (ev) => {
  const pasted = ev.clipboardData?.getData("text/plain") ?? "";
  pasteIsWhole = !bigMode && input.selectionStart === 0 && input.selectionEnd === input.value.length;
  if (!bigMode && pasted.length + input.value.length <= LARGE) return;
  ev.preventDefault();
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
  /** The text being analysed: the textarea's value, or the long article it stands for. */
  get source() { return source; },
  /** How many analyses the page has asked for (typing is debounced). */
  get requests() { return state.requestId; },
  get analysis() { return state.analysis; },
  get text() { return state.text; },
};
