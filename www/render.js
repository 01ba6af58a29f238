// Rendering shared by the page and <kaalrekha-view>: highlighted text with nested or
// crossing layers (paragraphs, sentences, entities, timexes), the details card, and an index
// over the Analysis. All DOM is built with createElement/textContent: text is never markup.

export const ENTITY_LABELS = ["PERSON", "ORG", "GPE", "LOC", "NORP", "EVENT", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"];
export const TIMEX_TYPES = ["DATE", "TIME", "DURATION", "SET"];
export const LABEL_NAMES = {
  PERSON: "Person", ORG: "Organisation", GPE: "Country, state, city", LOC: "Location", NORP: "Nationality, religious or political group",
  EVENT: "Event", CARDINAL: "Number", ORDINAL: "Ordinal", MONEY: "Money", PERCENT: "Percentage", QUANTITY: "Quantity",
  DATE: "Date", TIME: "Time", DURATION: "Duration", SET: "Recurring time",
};
export const SHORT_NAMES = {
  PERSON: "Person", ORG: "Org", GPE: "GPE", LOC: "Location", NORP: "NORP", EVENT: "Event", CARDINAL: "Number",
  ORDINAL: "Ordinal", MONEY: "Money", PERCENT: "Percent", QUANTITY: "Quantity", DATE: "Date", TIME: "Time",
  DURATION: "Duration", SET: "Set",
};

// Notes on a timex (its `note`): the guess, in words. Matched on the note's beginning.
const NOTES = [
  ["tense-unknown", "direction guessed: the sentence shows neither past nor future"],
  ["direction-guessed: nearer date", "direction guessed: the nearer date (the sentence shows no tense)"],
  ["relative to the document date, which is unknown", "not resolved: it is relative to the document date, which is unknown"],
  ["a shift from the document date, which is unknown", "not resolved: it counts from the document date, which is unknown"],
  ["year unknown", "not resolved: the year is unknown"],
];

/** A timex note in words. */
export function noteText(note) {
  if (!note) return "";
  const hit = NOTES.find(([k]) => note.startsWith(k));
  return hit ? hit[1] : note;
}

// ---- document date and confidence -------------------------------------------------------

/** Why an expression counted as evidence for the document date (src/time/dct.rs). */
export const DCT_REASONS = {
  dateline: "the dateline",
  "weekday-date": "a weekday next to a date",
  "year-relative": "a year next to “this year” or “last year”",
  "latest-reported-date": "the latest reported date",
  "lead-weekday": "the weekday in the lead",
};

/**
 * The document date in words, as parts: strings, and { quote, lang } for the article's own
 * words (to be inserted as text). `compact` for a status line.
 */
export function dctParts(a, { compact = false } = {}) {
  if (!a) return [];
  if (a.dctSource === "given") return compact ? [] : [`${a.dct} — as set: relative dates resolve against it.`];
  if (a.dctSource !== "inferred" || !a.dct) {
    return [compact ? "no document date in the text: relative dates stay unresolved"
      : "No date in the text was strong enough to date the article: relative dates stay unresolved. Set the date to resolve them."];
  }
  const ev = [];
  const seen = new Set();
  for (const e of a.dctEvidence || []) if (e?.text && !seen.has(e.text)) { seen.add(e.text); ev.push(e); }
  if (!ev.length) return [`${compact ? "document date " : ""}${a.dct}${compact ? ", " : " — "}inferred from the text`];
  const out = [`${compact ? "document date " : ""}${a.dct}${compact ? ", " : " — "}inferred from the text: `];
  const max = compact ? 3 : 6;
  const shown = ev.slice(0, max);
  shown.forEach((e, i) => {
    if (i > 0) out.push(i === shown.length - 1 && ev.length <= max ? " and " : ", ");
    out.push({ quote: e.text, lang: a.language });
  });
  if (ev.length > max) out.push(` and ${ev.length - max} more`);
  const reasons = [...new Set(ev.map((e) => DCT_REASONS[e.reason] || e.reason))];
  out.push(` (${reasons.join("; ")})`);
  return out;
}

/** dctParts as plain text (quotes in ‘ ’). */
export function dctText(a, opts) {
  return dctParts(a, opts).map((p) => (typeof p === "string" ? p : `‘${p.quote}’`)).join("");
}

/**
 * dctParts as DOM nodes: the article's words in <q> elements with their language, the words a
 * <bdi> inside (its own bidi isolate, so that Urdu words quoted in an English sentence keep
 * their order, and the quotation marks stay the sentence's). `quotes: "text"` gives ‘ ’ as
 * text around the <bdi> instead (a status line).
 */
export function dctNodes(doc, a, opts = {}) {
  return dctParts(a, opts).flatMap((p) => (typeof p === "string" ? [doc.createTextNode(p)]
    : opts.quotes === "text" ? ["‘", h(doc, "bdi", { class: "src", lang: p.lang, text: p.quote }), "’"]
      : [h(doc, "q", { class: "src", lang: p.lang }, h(doc, "bdi", { text: p.quote }))]));
}

// ---- direction ----------------------------------------------------------------------------

const LETTER = /\p{L}/u;

/** Whether UTF-16 unit `c` is a right-to-left letter (Hebrew, Arabic script, their forms). */
function isRtl(c) {
  return (c >= 0x590 && c <= 0x8ff) || (c >= 0xfb1d && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfefc);
}

/**
 * The direction of text[start, end) from its letters: "rtl" when right-to-left letters
 * (Arabic script, Hebrew) are most of the first `look` letters, "ltr" when others are, ""
 * when it has none (a line of numbers: it follows its container). Unlike dir="auto", which
 * takes the first letter, "IMF نے کہا" is right to left.
 */
export function textDir(text, start = 0, end = text.length, look = 400) {
  let rtl = 0;
  let ltr = 0;
  for (let i = start, n = Math.min(end, text.length); i < n && rtl + ltr < look; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) ltr++;
    } else if (isRtl(c)) {
      if (LETTER.test(text[i])) rtl++;
    } else if (c < 0xd800 || c > 0xdfff ? LETTER.test(text[i]) : false) {
      ltr++;
    }
  }
  return rtl > ltr ? "rtl" : ltr ? "ltr" : "";
}

/** Sets `el`'s dir to textDir of text[start, end), or drops it (the container's holds). */
export function setDir(el, text, start, end) {
  const d = textDir(text, start, end);
  if (d) el.dir = d;
  else el.removeAttribute("dir");
}

/** An element holding words of the article: its language, and its direction from itself. */
export function srcNode(doc, text, lang, tag = "bdi", cls = "src") {
  return h(doc, tag, { class: cls, lang: lang || null, dir: "auto", text });
}

/**
 * How sure a timex's value is, in words; [] when nothing is guessed. A value resolved against
 * an inferred document date, or resting on a guess (its `note`), says so.
 */
export function confidence(t, a) {
  const out = [];
  if (!t) return out;
  if (t.anchor === "dct" && a?.dctSource === "inferred" && a.dct) out.push(`resolved against the inferred document date ${a.dct}`);
  if (t.note) out.push(noteText(t.note));
  return out;
}

export function h(doc, tag, attrs, ...children) {
  const el = doc.createElement(tag);
  if (attrs) for (const [k, v] of Object.entries(attrs)) {
    if (v == null || v === false) continue;
    if (k === "class") el.className = v;
    else if (k === "text") el.textContent = v;
    else el.setAttribute(k, v === true ? "" : String(v));
  }
  for (const c of children) if (c != null) el.append(c);
  return el;
}

// ---- index ------------------------------------------------------------------------------

/**
 * A function i → field `key` of item i of `list`: an array of objects, or columns (the page
 * holds a long analysis's lists as stream.js Columns, which make an item only when asked).
 */
export function field(list, key) {
  return typeof list?.reader === "function" ? list.reader(key) : (i) => list[i]?.[key];
}

/** The number of id `id` ("e12" → 12), or -1. */
function idNumber(id) {
  let n = 0;
  for (let i = 1; i < id.length && n >= 0; i++) {
    const d = id.charCodeAt(i) - 48;
    n = d < 0 || d > 9 ? -1 : n * 10 + d;
  }
  return id.length > 1 ? n : -1;
}

const idMaps = new WeakMap(); // list → Map id → index, for a list numbered otherwise

/**
 * The index in `list` of the item whose id is `id`, or -1. The core numbers them in order ("e1"
 * is the first entity): an id is looked up where its number says (`fast`), and only a list
 * numbered otherwise gets a map (`scan`).
 */
export function indexOfId(list, id, { fast = true, scan = true } = {}) {
  if (typeof id !== "string" || !list) return -1;
  const ids = field(list, "id");
  if (fast) {
    const n = idNumber(id);
    if (n > 0 && n <= list.length && ids(n - 1) === id) return n - 1;
  }
  if (!scan) return -1;
  let map = idMaps.get(list);
  if (!map) {
    map = new Map();
    for (let i = 0; i < list.length; i++) {
      const x = ids(i);
      if (!map.has(x)) map.set(x, i);
    }
    idMaps.set(list, map);
  }
  return map.get(id) ?? -1;
}

/**
 * Mentions by id: `get` answers `{ kind, ...mention }`. A mention is looked up where its id's
 * number says (indexOfId): no map of a 10 MB article's 150,000 mentions.
 */
class MentionsById {
  constructor(analysis) {
    this.analysis = analysis;
  }
  /** [kind, mention] or undefined. */
  lookup(id) {
    if (typeof id !== "string") return undefined;
    const { entities, timexes } = this.analysis;
    const c = id.charCodeAt(0);
    let i = -1;
    if (c === 101 && (i = indexOfId(entities, id, { scan: false })) >= 0) return ["entity", entities.at(i)]; // "e12"
    if (c === 116 && (i = indexOfId(timexes, id, { scan: false })) >= 0) return ["timex", timexes.at(i)]; // "t3"
    if ((i = indexOfId(entities, id, { fast: false })) >= 0) return ["entity", entities.at(i)];
    if ((i = indexOfId(timexes, id, { fast: false })) >= 0) return ["timex", timexes.at(i)];
    return undefined;
  }
  get(id) {
    const f = this.lookup(id);
    return f ? { kind: f[0], ...f[1] } : undefined;
  }
  has(id) {
    return !!this.lookup(id);
  }
  /** The mention (the analysis's own object when its lists are arrays), or undefined. */
  raw(id) {
    return this.lookup(id)?.[1];
  }
  get size() {
    return this.analysis.entities.length + this.analysis.timexes.length;
  }
}

/**
 * Timex or mention id → { entry, index }: the first timeline entry naming it. Looked up by a
 * scan of the timeline when asked (a card opened), not kept as a map of every mention.
 */
class EntryOf {
  constructor(timeline) {
    this.timeline = timeline;
    this.last = null;
  }
  get(id) {
    if (this.last?.id === id) return this.last.found;
    const tl = this.timeline;
    const timex = field(tl, "timex");
    const mentions = field(tl, "mentions");
    let found;
    for (let i = 0; i < tl.length && !found; i++) {
      if (timex(i) === id || mentions(i)?.includes(id)) found = { entry: tl.at(i), index: i };
    }
    this.last = { id, found };
    return found;
  }
  has(id) {
    return !!this.get(id);
  }
}

/**
 * The steps of buildIndex; yields now and then so that a caller can spread them over tasks.
 * A cluster: { id, label, members (indices in analysis.entities), start (its first mention's),
 * latin, wikidata, canonical }.
 */
function* indexSteps(text, analysis, out) {
  const byId = new MentionsById(analysis);
  const clusters = new Map();
  const counts = {};
  const entryOf = new EntryOf(analysis.timeline);
  Object.assign(out, { text, analysis, byId, clusters, entryOf, counts });
  let n = 0;
  const ents = analysis.entities;
  const id = field(ents, "id");
  const cluster = field(ents, "cluster");
  const label = field(ents, "label");
  const latin = field(ents, "latin");
  const wikidata = field(ents, "wikidata");
  const start = field(ents, "start");
  const text_ = field(ents, "text");
  // Columns give a cluster's number without making its id ("c7"): made once per cluster.
  const clusterNumber = typeof ents.idReader === "function" ? ents.idReader("cluster", "c") : null;
  const byNumber = [];
  for (let i = 0; i < ents.length; i++) {
    const l = label(i);
    const cn = clusterNumber ? clusterNumber(i) : -1;
    let c = cn >= 0 ? byNumber[cn] : undefined;
    if (!c) {
      const key = cluster(i) || id(i);
      c = clusters.get(key);
      if (!c) clusters.set(key, (c = { id: key, label: l, members: [], start: start(i), latin: null, wikidata: null, canonical: "" }));
      if (cn >= 0) byNumber[cn] = c;
    }
    c.members.push(i);
    if (!c.latin) c.latin = latin(i) || null;
    if (!c.wikidata) c.wikidata = wikidata(i) || null;
    counts[l] = (counts[l] || 0) + 1;
    if ((++n & 1023) === 0) yield;
  }
  const type = field(analysis.timexes, "type");
  for (let i = 0; i < analysis.timexes.length; i++) {
    const t = type(i);
    counts[t] = (counts[t] || 0) + 1;
    if ((++n & 1023) === 0) yield;
  }
  for (const c of clusters.values()) {
    if (c.members.length === 1) { // most numbers and many names: nothing to choose
      c.canonical = text_(c.members[0]);
      if ((++n & 1023) === 0) yield;
      continue;
    }
    // The canonical name: the longest mention (full names over surnames), first on ties.
    let best = text_(c.members[0]);
    let bestLen = codePoints(best);
    const labels = new Map();
    const seen = new Set();
    for (const i of c.members) {
      const l = label(i);
      labels.set(l, (labels.get(l) || 0) + 1);
      const t = text_(i);
      if (seen.has(t)) continue;
      seen.add(t);
      const len = codePoints(t);
      if (len > bestLen) { best = t; bestLen = len; }
    }
    c.canonical = best;
    let top = null;
    for (const [l, k] of labels) if (!top || k > top[1]) top = [l, k];
    c.label = top[0];
    n += c.members.length;
    if (n > 1024) { n = 0; yield; }
  }
}

function codePoints(s) {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xdc00 && c <= 0xdfff && i > 0 && (s.charCodeAt(i - 1) & 0xfc00) === 0xd800) n--;
  }
  return n;
}

/** Lookups over one Analysis: by id, clusters with canonical names, timex → timeline entry. */
export function buildIndex(text, analysis) {
  const out = {};
  for (const _ of indexSteps(text, analysis, out));
  return out;
}

/**
 * The same index, built in slices of about `budget` ms with `yieldToMain` between them, so that
 * a 10 MB analysis never blocks the page. `cancelled()` stops it (resolving to null).
 */
export async function buildIndexSliced(text, analysis, { budget = 8, cancelled = () => false } = {}) {
  const out = {};
  let until = performance.now() + budget;
  for (const _ of indexSteps(text, analysis, out)) {
    if (performance.now() < until) continue;
    await yieldToMain();
    if (cancelled()) return null;
    until = performance.now() + budget;
  }
  return out;
}

/** Lets the browser handle input and paint: scheduler.yield where there is one, else a task. */
export function yieldToMain() {
  if (globalThis.scheduler?.yield) return globalThis.scheduler.yield();
  return new Promise((resolve) => {
    if (typeof MessageChannel === "function") {
      const c = new MessageChannel();
      c.port1.onmessage = () => resolve();
      c.port2.postMessage(null);
    } else setTimeout(resolve, 0);
  });
}

export function clusterKey(e) {
  return e.cluster || e.id;
}

// ---- dates for people -------------------------------------------------------------------

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "2025-11-18" at day granularity → "18 Nov 2025"; month → "Nov 2025"; decade → "2020s". */
export function formatWhen(start, end, granularity) {
  if (!start) return "date unknown";
  const f = (iso, g) => {
    const m = /^(-?\d+)(?:-(\d{2}))?(?:-(\d{2}))?/.exec(iso);
    if (!m) return iso;
    const y = m[1];
    if (g === "decade") return `${y.slice(0, -1)}0s`;
    if (g === "year" || !m[2]) return y;
    if (g === "month" || !m[3]) return `${MONTHS[Number(m[2]) - 1]} ${y}`;
    return `${Number(m[3])} ${MONTHS[Number(m[2]) - 1]} ${y}`;
  };
  const a = f(start, granularity);
  const b = end ? f(end, granularity) : a;
  return a === b ? a : `${a} – ${b}`;
}

// ---- highlighted text -------------------------------------------------------------------

const KIND_ORDER = { p: 0, s: 1, e: 2, t: 3 };

/**
 * Span order for the renderer: by start; at one start a paragraph first (the spans starting with
 * it open inside it), then the longer span outside the shorter, then by layer.
 */
export function spanOrder(a, b) {
  if (a.start !== b.start) return a.start - b.start;
  const ap = a.k === "p";
  if (ap !== (b.k === "p")) return ap ? -1 : 1;
  return b.end - a.end || KIND_ORDER[a.k] - KIND_ORDER[b.k];
}

function spansOf(text, analysis) {
  const spans = [];
  const re = /[^\n]+/g;
  let m;
  while ((m = re.exec(text))) spans.push({ k: "p", start: m.index, end: m.index + m[0].length });
  analysis.sentences.forEach((s, i) => spans.push({ k: "s", start: s.start, end: s.end, i }));
  for (const e of analysis.entities) spans.push({ k: "e", start: e.start, end: e.end, m: e });
  for (const t of analysis.timexes) spans.push({ k: "t", start: t.start, end: t.end, m: t });
  const n = text.length;
  const out = [];
  for (const s of spans) {
    s.start = Math.max(0, Math.min(n, s.start));
    s.end = Math.max(0, Math.min(n, s.end));
    if (s.end > s.start) out.push(s);
  }
  out.sort(spanOrder);
  return out;
}

/**
 * A renderer of `spans` (sorted by spanOrder) over `text` into `container`: returns
 * `step(deadline)`, which renders until done (true) or until `performance.now()` passes
 * `deadline` (false; call it again). Spans are { k: "p"|"s"|"e"|"t", start, end, i (sentence
 * index) | m (mention) } and may carry `cont` (the span began before: render its first fragment
 * as a continuation), `open` (it goes on after: no end badge) and, for paragraphs, `cls`.
 * Spans are changed while rendering (pass copies). Mark elements are added to `elements`
 * (id → [fragments]) when given.
 */
export function spanRenderer(container, text, spans, { focusable = true, elements = null, from = 0, to = text.length } = {}) {
  const doc = container.ownerDocument;
  const stack = [{ el: container, span: null }];
  let pos = from;
  let i = 0;
  let pending = []; // spans waiting for the next paragraph
  const n = to;

  const open = (span, continuation) => {
    let el;
    if (span.k === "p") {
      el = doc.createElement("div");
      el.className = span.cls ? `para ${span.cls}` : "para";
      // Each paragraph's direction from its letters (an Urdu article may quote English).
      const d = textDir(text, span.start, span.end);
      if (d) el.dir = d;
    } else if (span.k === "s") {
      el = doc.createElement("span");
      el.className = "sent";
      el.dataset.sentence = span.i;
    } else {
      const m = span.m;
      el = doc.createElement("mark");
      const isEntity = span.k === "e";
      el.className = isEntity ? "ent" : "tx";
      el.dataset.id = m.id;
      el.dataset.label = isEntity ? m.label : m.type;
      el.setAttribute("part", isEntity ? `mention entity ${m.label}` : `mention timex ${m.type}`);
      if (isEntity) el.dataset.cluster = clusterKey(m);
      else if (m.note) el.dataset.note = m.note; // a guess the reader should know about
      if (continuation) el.classList.add("cont");
      else if (focusable) el.tabIndex = 0;
      if (elements) {
        let list = elements.get(m.id);
        if (!list) elements.set(m.id, (list = []));
        list.push(el);
      }
    }
    stack[stack.length - 1].el.append(el);
    stack.push({ el, span });
  };

  return (deadline) => {
    let ops = 0;
    for (;;) {
      if (deadline && (++ops & 127) === 0 && performance.now() > deadline) return false;
      const nextOpen = i < spans.length ? spans[i].start : Infinity;
      let nextClose = Infinity;
      for (let k = 1; k < stack.length; k++) if (stack[k].span.end < nextClose) nextClose = stack[k].span.end;
      const next = Math.min(nextOpen, nextClose, n);
      if (next > pos) {
        stack[stack.length - 1].el.append(doc.createTextNode(text.slice(pos, next)));
        pos = next;
      }
      if (nextClose <= pos && nextClose !== Infinity) {
        // Close every span ending here; spans opened inside them that go on are reopened.
        let j = 1;
        while (j < stack.length && stack[j].span.end > pos) j++;
        const popped = stack.splice(j);
        const goOn = popped.filter((p) => p.span.end > pos && p.span.k !== "p");
        if (popped.some((p) => p.span.k === "p")) {
          // Between paragraphs only line breaks: spans going on resume in the next paragraph.
          let next = pos;
          while (next < text.length && text.charCodeAt(next) === 10) next++;
          for (const p of goOn) if (p.span.end <= next && !p.span.open) p.span.end = pos; // nothing left but line breaks
          for (const p of goOn) if (p.span.end > pos) pending.push(p.span);
        } else {
          for (const p of goOn) open(p.span, true);
        }
        for (const p of popped) if (p.span.end <= pos && !p.span.open && p.span.k !== "p" && p.span.k !== "s") p.el.classList.add("end");
      } else if (i < spans.length && nextOpen <= pos) {
        const span = spans[i++];
        if (span.k === "p") {
          const carried = stack.splice(1).filter((p) => p.span.end > pos).map((p) => p.span);
          open(span, false);
          for (const sp of [...pending, ...carried]) if (sp.end > pos) open(sp, true);
          pending = [];
        } else {
          open(span, !!span.cont);
        }
      } else if (pos >= n) {
        // Everything placed (spans past the end were clamped away).
        return true;
      }
    }
  };
}

/**
 * Renders `text` with its layers into `container`, in slices of at most `budget` ms when
 * `schedule` is given (so a 1 MB article never blocks the page), else all at once.
 * Returns { done: Promise, cancel(), elements: Map id → [fragment elements] }.
 */
export function renderText(container, text, analysis, { budget = 12, schedule = null, focusable = true } = {}) {
  container.replaceChildren();
  const elements = new Map();
  const step = spanRenderer(container, text, spansOf(text, analysis), { focusable, elements });
  let cancelled = false;
  let done;
  if (!schedule) {
    step(0);
    done = Promise.resolve(true);
  } else {
    done = new Promise((resolve) => {
      const run = () => {
        if (cancelled) return resolve(false);
        if (step(performance.now() + budget)) resolve(true);
        else schedule(run);
      };
      run();
    });
  }
  return { done, cancel: () => { cancelled = true; }, elements };
}

// ---- details card -----------------------------------------------------------------------

/** Fills `card` with what is known about the mention(s) at `marks` (innermost first). */
export function fillDetails(card, marks, index) {
  const doc = card.ownerDocument;
  card.replaceChildren();
  for (const mark of marks) {
    const m = index.byId.get(mark.dataset.id);
    if (!m) continue;
    const dl = h(doc, "dl");
    const lang = index.analysis?.language;
    // A value is text, or nodes; "src" is the article's own words (their language, their
    // direction: an Urdu name reads right to left inside the English card).
    const row = (k, v, cls) => {
      if (v == null || v === "") return;
      const dd = typeof v === "object" ? h(doc, "dd", { class: cls }, ...[v].flat())
        : cls === "src" ? h(doc, "dd", { class: cls, lang, dir: "auto", text: String(v) })
          : h(doc, "dd", { text: String(v), class: cls });
      dl.append(h(doc, "dt", { text: k }), dd);
    };
    const label = m.kind === "entity" ? m.label : m.type;
    const head = h(doc, "div", { class: "card-head" },
      h(doc, "span", { class: "chip", "data-label": label, text: label }),
      h(doc, "span", { class: "card-name", text: LABEL_NAMES[label] || label }));
    if (m.kind === "entity") {
      const c = index.clusters.get(clusterKey(m));
      row("Text", m.text, "src");
      if (m.value != null) row("Value", AMOUNT_LABELS.has(m.label) ? formatAmount(m.value, m.unit) : formatNumber(m.value));
      if (c) {
        row("Canonical name", c.canonical, "src");
        row("Mentions", c.members.length);
      }
      row("Latin form", m.latin || c?.latin);
      row("Wikidata", m.wikidata || c?.wikidata);
    } else {
      row("Text", m.text, "src");
      row("Value", m.value, "mono");
      row("Modifier", m.mod);
      if (m.anchor) row("Anchored to", m.anchor === "dct" ? "the document date" : [srcNode(doc, index.byId.get(m.anchor)?.text ?? "", lang), ` (${m.anchor})`]);
      const sure = confidence(m, index.analysis);
      if (sure.length) row("How sure", sure.join("; "), "unsure");
      const en = index.entryOf.get(m.id);
      if (en) row("On the timeline", formatWhen(en.entry.start, en.entry.end, en.entry.granularity));
    }
    card.append(h(doc, "section", { class: "card-part" }, head, dl));
  }
}

const numberFormats = new Map();

const AMOUNT_LABELS = new Set(["MONEY", "CARDINAL", "QUANTITY", "PERCENT"]);

/**
 * A number in the Indian and the international grouping, exactly: integers go through BigInt
 * (a double beyond 2^53 is still an integer, and Number formatting would round its digits),
 * fractions keep their decimals. `lang` "en-IN" or "en"; `unit` an ISO currency code gives
 * its symbol.
 */
export function groupDigits(v, lang, unit) {
  const key = `${lang}|${unit || ""}`;
  let f = numberFormats.get(key);
  if (!f) {
    const opts = { maximumFractionDigits: 20 };
    if (unit && /^[A-Z]{3}$/.test(unit)) {
      try {
        f = new Intl.NumberFormat(lang, { ...opts, style: "currency", currency: unit, currencyDisplay: "narrowSymbol", minimumFractionDigits: 0 });
      } catch { /* not a currency Intl knows */ }
    }
    f ??= new Intl.NumberFormat(lang, opts);
    numberFormats.set(key, f);
  }
  return f.format(Number.isInteger(v) ? BigInt(v) : v);
}

/** v / scale with at most two decimals, and whether that is exact. */
function scaled(v, scale) {
  const x = v / scale;
  const r = Math.round(x * 100) / 100;
  const text = new Intl.NumberFormat("en", { maximumFractionDigits: 2 }).format(r);
  return Math.abs(r - x) <= Math.abs(x) * 1e-9 ? text : `≈ ${text}`;
}

/** 5e12 → "5 lakh crore", 3.2e7 → "3.2 crore", 2e5 → "2 lakh"; "" under a lakh. */
export function indianWords(v) {
  const a = Math.abs(v);
  const sign = v < 0 ? "-" : "";
  if (a >= 1e12) return `${sign}${scaled(a, 1e12)} lakh crore`;
  if (a >= 1e7) return `${sign}${scaled(a, 1e7)} crore`;
  if (a >= 1e5) return `${sign}${scaled(a, 1e5)} lakh`;
  return "";
}

/** 5e12 → "5 trillion", 1.3e9 → "1.3 billion"; "" under a million. */
export function internationalWords(v) {
  const a = Math.abs(v);
  const sign = v < 0 ? "-" : "";
  if (a >= 1e12) return `${sign}${scaled(a, 1e12)} trillion`;
  if (a >= 1e9) return `${sign}${scaled(a, 1e9)} billion`;
  if (a >= 1e6) return `${sign}${scaled(a, 1e6)} million`;
  return "";
}

/**
 * An amount for the details card: "₹5,00,00,00,00,00,000 (Indian) · ₹5,000,000,000,000
 * (international) · 5 lakh crore / 5 trillion"; a small one ("₹250", "12 km") once.
 */
export function formatAmount(v, unit) {
  if (typeof v !== "number" || !Number.isFinite(v)) return String(v);
  const currency = unit && /^[A-Z]{3}$/.test(unit);
  const tail = unit && !currency ? ` ${unit}` : "";
  const indian = groupDigits(v, "en-IN", unit) + tail;
  const intl = groupDigits(v, "en", unit) + tail;
  if (indian === intl) return indian;
  const words = [indianWords(v), internationalWords(v)].filter(Boolean).join(" / ");
  return `${indian} (Indian) · ${intl} (international)${words ? ` · ${words}` : ""}`;
}

/**
 * A number in the interface's language (the page's `<html lang>`, "en" when unset): 4,764,708
 * in English, 47,64,708 in Hindi or Indian English. The article's language does not matter.
 */
export function formatNumber(v, lang = globalThis.document?.documentElement?.lang || "en") {
  if (typeof v !== "number") return String(v);
  let f = numberFormats.get(lang);
  if (!f) {
    try {
      f = new Intl.NumberFormat(lang, { maximumFractionDigits: 4 });
    } catch {
      f = new Intl.NumberFormat("en", { maximumFractionDigits: 4 });
    }
    numberFormats.set(lang, f);
  }
  return f.format(v);
}

/**
 * Places `card` under `target`, inside `within` (both positioned by the caller's CSS), and on
 * screen: above the target when there is no room below it, and when neither side has room
 * (a phone in landscape), as near to it as the screen allows.
 */
export function placeCard(card, target, within) {
  const r = target.getBoundingClientRect();
  const w = within.getBoundingClientRect();
  const cw = card.offsetWidth || 280;
  const ch = card.offsetHeight || 0;
  // Under the mark's start: its left edge, or its right edge in right-to-left text.
  const rtl = target.ownerDocument.defaultView?.getComputedStyle(target).direction === "rtl";
  let left = (rtl ? r.right - cw : r.left) - w.left + within.scrollLeft;
  left = Math.max(4, Math.min(left, within.clientWidth - cw - 4));
  card.style.left = `${left}px`;
  card.style.top = `${onScreenTop(r, ch, card.ownerDocument.defaultView) - w.top + within.scrollTop}px`;
}

/** The viewport y for a box of height `height` next to `rect`: below it, above it, or clamped. */
export function onScreenTop(rect, height, win, gap = 6) {
  const vh = win?.innerHeight || Infinity;
  const below = rect.bottom + gap;
  const above = rect.top - gap - height;
  if (below + height <= vh - 4) return below;
  if (above >= 4) return above;
  return Math.max(4, Math.min(below, vh - height - 4));
}

/** Marks of every layer at an event target, innermost first. */
export function marksAt(target, boundary) {
  const marks = [];
  for (let el = target instanceof Element ? target : target?.parentElement; el && el !== boundary; el = el.parentElement) {
    if (el.tagName === "MARK" && el.dataset.id) marks.push(el);
  }
  return marks;
}
