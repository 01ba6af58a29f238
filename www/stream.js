// Large analyses between the page's worker and the page (worker.js → app.js).
//
// One postMessage of the analysis of a 10 MB article is one structured clone that the page
// must take in at once: a long task. The worker sends it in parts instead, each a short task
// for the page, and for a long article it first sends the analysis of the first part (about
// `preview` characters, cut at a line end), so that the top of the article is highlighted
// while the rest is analysed.
//
// A very long text (over BLOCKWISE characters, a few megabytes: more a collection than an
// article) is analysed in blocks of about BLOCK characters cut at line ends, one after
// the other, each block's results renumbered and sent on at once. The worker's memory then
// stays that of one block (the core's memory never shrinks: 123 MB after a 10 MB call, 17 MB
// in blocks). What only a whole-text analysis gives is approximated: the language and the
// document date of the first block hold for the others, names are one cluster across blocks
// when their label and longest form (or Wikidata id) agree, and the same event in two blocks
// has two timeline entries.
//   { id, text, options, preview? }  →  { id, preview: chars, analysis }?  then
//   { id, analysis, ms }  or  { id, part: "head", head, keys }, { id, part: "sentences" | "entities" |
//   "timexes" | "timeline", packed }… (packed: see pack()), ({ id, progress })…, { id, part: "end", ms, blocks? }  or  { id, error }

const PART = 2000; // items per part
const LISTS = ["sentences", "entities", "timexes", "timeline"];
export const BLOCKWISE = 1500000;
const BLOCK = 200000;

/** In the worker: analyses `data.text` and posts the result (in parts when large). */
export async function analyseAndPost(analyse, data, post) {
  const t0 = performance.now();
  const { id, text, options, preview } = data;
  if (preview && text?.length > 2 * preview) {
    let cut = text.lastIndexOf("\n", preview);
    if (cut < preview / 2) cut = preview;
    if ((text.charCodeAt(cut) & 0xfc00) === 0xdc00) cut--;
    try {
      post({ id, preview: cut, analysis: await analyse(text.slice(0, cut), options) });
    } catch {
      // the whole analysis will say what is wrong
    }
  }
  if (data.reuse || (text.length > BLOCKWISE && (!options?.offsets || options.offsets === "utf16"))) {
    await analyseInBlocks(analyse, data, post, t0);
    return;
  }
  const analysis = await analyse(text, options);
  const ms = performance.now() - t0;
  const size = LISTS.reduce((n, k) => n + (analysis[k]?.length ?? 0), 0);
  if (size <= 2 * PART) {
    post({ id, analysis, ms });
    return;
  }
  const head = {};
  for (const [k, v] of Object.entries(analysis)) if (!LISTS.includes(k)) head[k] = v;
  post({ id, part: "head", head, keys: Object.keys(analysis) });
  for (const k of LISTS) sendItems(post, id, k, analysis[k] ?? []);
  post({ id, part: "end", ms });
}

/**
 * Posts `list` in parts of PART items, each packed (`pack`): the part's distinct strings, and
 * its values as two typed arrays whose buffers are transferred. A structured clone of objects
 * (or of their JSON) is kept, serialised, until both sides have collected the message, some
 * megabytes per part of a long article; the page frees the transferred buffers once read.
 */
function sendItems(post, id, k, list) {
  for (let i = 0; i < list.length; i += PART) {
    const packed = pack(i === 0 && list.length <= PART ? list : list.slice(i, i + PART));
    post({ id, part: k, packed }, packed.keys ? [packed.tags.buffer, packed.vals.buffer] : []);
  }
}

// A packed value is a token (tag, val): null; a number; a string (val: its index in `strings`);
// an array (val: its length, its elements the tokens after it); true; false; a small integer
// (read back as one, so that V8 keeps it in the object rather than as a boxed number apart:
// offsets are most of an analysis's numbers).
const NULL = 0;
const NUM = 1;
const STR = 2;
const ARR = 3;
const TRUE = 4;
const FALSE = 5;
const INT = 6;

/**
 * Packs items that all have the same keys, in the same order, and whose values are numbers,
 * strings, booleans, null or arrays of these: `{ keys, strings, tags: Uint8Array, vals:
 * Float64Array }`. Other items are sent as they are (`{ items }`).
 */
export function pack(items) {
  if (!items.length || typeof items[0] !== "object" || items[0] === null) return { items };
  const keys = Object.keys(items[0]);
  const strings = [];
  const index = new Map();
  let tags = new Uint8Array(items.length * keys.length + 16);
  let vals = new Float64Array(tags.length);
  let n = 0;
  const put = (tag, val) => {
    if (n === tags.length) {
      const t = new Uint8Array(n * 2);
      t.set(tags);
      tags = t;
      const v = new Float64Array(n * 2);
      v.set(vals);
      vals = v;
    }
    tags[n] = tag;
    vals[n++] = val;
  };
  const value = (v) => {
    if (v === null) put(NULL, 0);
    else if (typeof v === "number") put((v | 0) === v && !Object.is(v, -0) ? INT : NUM, v);
    else if (typeof v === "string") {
      let j = index.get(v);
      if (j === undefined) { j = strings.length; strings.push(v); index.set(v, j); }
      put(STR, j);
    } else if (v === true) put(TRUE, 0);
    else if (v === false) put(FALSE, 0);
    else if (Array.isArray(v)) {
      put(ARR, v.length);
      for (const x of v) if (!value(x)) return false;
    } else return false;
    return true;
  };
  for (const item of items) {
    const ks = Object.keys(item);
    if (ks.length !== keys.length) return { items };
    for (let j = 0; j < keys.length; j++) if (ks[j] !== keys[j] || !value(item[keys[j]])) return { items };
  }
  return { keys, strings, tags: tags.slice(0, n), vals: vals.slice(0, n) };
}

/** The items of `pack(items)` again; `intern(s)` gives the string to keep for `s`. */
export function unpack(packed, intern = (s) => s) {
  if (!packed.keys) return packed.items;
  const { keys, tags, vals } = packed;
  const strings = packed.strings.map(intern);
  let n = 0;
  const value = () => {
    const tag = tags[n];
    const v = vals[n++];
    if (tag === INT) return v | 0;
    if (tag === NUM) return v;
    if (tag === STR) return strings[v];
    if (tag === NULL) return null;
    if (tag === ARR) {
      const a = new Array(v);
      for (let i = 0; i < v; i++) a[i] = value();
      return a;
    }
    return tag === TRUE;
  };
  const items = [];
  const make = SHAPES[keys.join(",")];
  while (n < tags.length) {
    if (make) items.push(make(value));
    else {
      const o = {};
      for (const k of keys) o[k] = value();
      items.push(o);
    }
  }
  return items;
}

// The items of an analysis (schema kaalrekha/1), each made by one object literal: its
// properties are then all inside the object (an object grown key by key, as by a structured
// clone, keeps most of them in a separate array): about a third less memory per item.
const SHAPES = {
  "start,end": (v) => ({ start: v(), end: v() }),
  "id,start,end,text,label,cluster,latin,wikidata,value,unit": (v) => ({
    id: v(), start: v(), end: v(), text: v(), label: v(), cluster: v(), latin: v(), wikidata: v(), value: v(), unit: v(),
  }),
  "id,start,end,text,type,value,mod,anchor,note": (v) => ({
    id: v(), start: v(), end: v(), text: v(), type: v(), value: v(), mod: v(), anchor: v(), note: v(),
  }),
  "timex,start,end,granularity,sentence,summary,entities,mentions": (v) => ({
    timex: v(), start: v(), end: v(), granularity: v(), sentence: v(), summary: v(), entities: v(), mentions: v(),
  }),
};

/** Frees a transferred buffer at once rather than at the next garbage collection. */
function release(view) {
  try {
    view.buffer.transfer?.(0);
  } catch {
    // already detached, or not transferable
  }
}

/** Where to end a block that starts at `from`: a line end after BLOCK characters, else a space. */
function blockEnd(text, from) {
  const at = from + BLOCK;
  if (at >= text.length) return text.length;
  const nl = text.indexOf("\n", at);
  if (nl >= 0 && nl - at < BLOCK / 2) return nl + 1;
  const sp = text.lastIndexOf(" ", at);
  if (sp > from + BLOCK / 2) return sp + 1;
  return (text.charCodeAt(at) & 0xfc00) === 0xdc00 ? at - 1 : at;
}

async function analyseInBlocks(analyse, data, post, t0) {
  const { id } = data;
  const options = { ...data.options, offsets: "utf16" };
  // An edit of a text analysed in blocks comes as a plan (`reusable`, in the page): its blocks
  // in order, each either kept (the same text as block `i` of the analysis the page has, with
  // its counts and its clusters' keys) or to analyse (its `text`). The page takes the kept
  // blocks' results from the analysis it has (Assembler). Without the whole text, the worker
  // asks for it (`again`) if the first block's language or date changed.
  const plan = data.reuse?.plan ?? planOf(data.text);
  const length = data.reuse ? data.reuse.length : data.text.length;
  const clusters = new Map(); // label + longest form (or Wikidata id) → cluster id
  const cluster = (key) => {
    if (!clusters.has(key)) clusters.set(key, `c${clusters.size + 1}`);
    return clusters.get(key);
  };
  let nE = 0;
  let nT = 0;
  let nS = 0;
  let blocks = 0;
  let analysed = 0;
  for (const step of plan) {
    const { from, to } = step;
    if (step.keys) {
      const r = step;
      if (!blocks) {
        const { head } = data.reuse;
        post({ id, part: "head", head, keys: data.reuse.keys });
        options.lang = head.language;
        if (!options.dct && head.dct) options.dct = head.dct;
      }
      blocks++;
      const cids = r.keys.map(cluster);
      post({ id, part: "reuse", block: r.i, from, s: nS, e: nE, t: nT, cids });
      post({ id, part: "block", block: { from, to, s: r.s, e: r.e, t: r.t, l: r.l, keys: r.keys, cids } });
      nE += r.e;
      nT += r.t;
      nS += r.s;
      continue;
    }
    const a = await analyse(step.text ?? data.text.slice(from, to), options);
    analysed++;
    if (!blocks) {
      const head = {};
      for (const [k, v] of Object.entries(a)) if (!LISTS.includes(k)) head[k] = v;
      // The other blocks were analysed with the first one's language and date: if these
      // changed, none is kept, and the page sends the whole text.
      if (data.reuse && (a.language !== data.reuse.head.language || (!options.dct && (a.dct ?? null) !== (data.reuse.head.dct ?? null)))) {
        post({ id, again: true });
        return;
      }
      post({ id, part: "head", head, keys: Object.keys(a) });
      options.lang = a.language;
      if (!options.dct && a.dct) options.dct = a.dct;
    }
    blocks++;
    const ids = new Map();
    for (const e of a.entities) ids.set(e.id, `e${++nE}`);
    for (const t of a.timexes) ids.set(t.id, `t${++nT}`);
    // This block's clusters, named by their label and longest form (or Wikidata id).
    const local = new Map();
    for (const e of a.entities) {
      if (!e.cluster) continue;
      const c = local.get(e.cluster);
      if (!c) local.set(e.cluster, { label: e.label, text: e.text, wikidata: e.wikidata });
      else {
        if ([...e.text].length > [...c.text].length) c.text = e.text;
        c.wikidata ||= e.wikidata;
      }
    }
    const cid = new Map();
    const keys = []; // the block's clusters' keys, each once, in the order they first come
    const cids = [];
    const seen = new Set();
    for (const [k, c] of local) {
      const key = c.wikidata ? `${c.label}|${c.wikidata}` : `${c.label}|${c.text}`;
      const g = cluster(key);
      if (!seen.has(g)) { seen.add(g); keys.push(key); cids.push(g); }
      cid.set(k, g);
    }
    const map = (x) => ids.get(x) ?? x;
    for (const s of a.sentences) { s.start += from; s.end += from; }
    for (const e of a.entities) { e.start += from; e.end += from; e.id = ids.get(e.id); if (e.cluster) e.cluster = cid.get(e.cluster) ?? e.cluster; }
    for (const t of a.timexes) { t.start += from; t.end += from; t.id = ids.get(t.id); if (t.anchor && t.anchor !== "dct") t.anchor = map(t.anchor); }
    for (const en of a.timeline) {
      en.timex = map(en.timex);
      en.sentence += nS;
      en.entities = en.entities.map(map);
      en.mentions = en.mentions.map(map);
    }
    nS += a.sentences.length;
    for (const k of LISTS) sendItems(post, id, k, a[k]);
    post({ id, part: "block", block: { from, to, s: a.sentences.length, e: a.entities.length, t: a.timexes.length, l: a.timeline.length, keys, cids } });
    post({ id, progress: to / length });
  }
  post({ id, part: "end", ms: performance.now() - t0, blocks, analysed });
}

/** The blocks of `text`: [{ from, to }]. */
function planOf(text) {
  const plan = [];
  for (let from = 0; from < text.length;) {
    const to = blockEnd(text, from);
    plan.push({ from, to });
    from = to;
  }
  return plan;
}

/**
 * In the page: what an analysis in blocks of `old` can lend to that of `text` (an edit of
 * it): the plan of the worker's analysis (see analyseInBlocks), its blocks in order, those
 * whose text is unchanged (`meta`, see Assembler) kept, where they now are. `head`: the old
 * analysis's other keys. Null when nothing can be kept.
 */
export function reusable(old, meta, text, analysis) {
  if (!meta || meta.length < 2 || text.length <= BLOCKWISE) return null;
  const n = Math.min(old.length, text.length);
  let p = 0;
  while (p < n && old.charCodeAt(p) === text.charCodeAt(p)) p++;
  let q = 0;
  while (q < n - p && old.charCodeAt(old.length - 1 - q) === text.charCodeAt(text.length - 1 - q)) q++;
  const shift = text.length - old.length;
  const kept = new Map(); // where an unchanged block now starts → it
  meta.forEach((b, i) => {
    const { s, e, t, l, keys } = b;
    if (b.to <= p) kept.set(b.from, { i, from: b.from, to: b.to, s, e, t, l, keys });
    else if (b.from >= old.length - q) kept.set(b.from + shift, { i, from: b.from + shift, to: b.to + shift, s, e, t, l, keys });
  });
  // The blocks a fresh analysis would make; those with the extent of a kept one are kept.
  const plan = planOf(text).map(({ from, to }) => (kept.get(from)?.to === to ? kept.get(from) : { from, to, text: text.slice(from, to) }));
  if (!plan.some((x) => x.keys)) return null;
  const head = {};
  const keys = Object.keys(analysis);
  for (const k of keys) if (!LISTS.includes(k)) head[k] = analysis[k];
  return { head, keys, plan, length: text.length };
}

/** The id `x` ("e12", "t3") of block `b` (old numbering) renumbered from the bases `to`. */
function renumber(x, b, to) {
  if (typeof x !== "string" || (b.eb === to.e && b.tb === to.t)) return x; // numbered as before
  const c = x.charCodeAt(0);
  let k = 0;
  for (let i = 1; i < x.length && k >= 0; i++) {
    const d = x.charCodeAt(i) - 48;
    k = d < 0 || d > 9 ? -1 : k * 10 + d;
  }
  if (c === 101 && k > b.eb && k <= b.eb + b.e) return `e${k - b.eb + to.e}`; // e
  if (c === 116 && k > b.tb && k <= b.tb + b.t) return `t${k - b.tb + to.t}`; // t
  return x;
}

const INTERNED = {
  sentences: [],
  entities: ["text", "label", "cluster", "latin", "wikidata", "unit"],
  timexes: ["text", "type", "value", "mod", "anchor", "note"],
  timeline: ["start", "end", "granularity", "summary"],
};

/** The blocks of an analysis made in blocks: [{ from, to, s, e, t, l, keys, cids }] (counts of its lists; its clusters). */
export const blockMeta = new WeakMap();

/**
 * In the page: puts the parts of one analysis together again. For an edit whose blocks are
 * partly kept (`reuse`), `base` must be set before the end: { analysis, meta }, the analysis
 * the edit was made on, whose kept items are moved into the new one (renumbered and shifted
 * in place, not copied: the page then never holds two analyses of a long text).
 */
export class Assembler {
  constructor() {
    this.id = null;
    this.parts = null;
    this.base = null;
  }

  /**
   * Takes one part; returns the whole analysis (its keys in the worker's order) at the end, or
   * false when it needed a `base` it was not given (the page drops it).
   */
  add(data) {
    if (data.part === "head") {
      this.id = data.id;
      this.keys = data.keys;
      this.parts = { ...data.head };
      for (const k of LISTS) this.parts[k] = [];
      this.meta = [];
      this.reuses = [];
      return null;
    }
    if (data.id !== this.id || !this.parts) return null;
    if (data.part === "end") {
      const base = this.base;
      this.base = null;
      let ok = true;
      if (this.reuses.length) {
        if (base) this.moveKept(base);
        else ok = false;
      }
      const a = {};
      for (const k of this.keys) a[k] = this.parts[k];
      if (this.meta.length > 1) blockMeta.set(a, this.meta);
      this.parts = null;
      this.id = null;
      this.strings = null;
      this.reuses = null;
      this.meta = null;
      return ok && a;
    }
    if (data.part === "block") {
      this.meta.push(data.block);
      return null;
    }
    if (data.part === "reuse") {
      const at = {};
      for (const k of LISTS) at[k] = this.parts[k].length;
      this.reuses.push({ ...data, at });
      return null;
    }
    const list = this.parts[data.part];
    if (!list) return null;
    // A long article repeats its names, labels and values thousands of times: each string is
    // kept once (a part's strings are each sent once; parts share theirs here). Ids ("e12")
    // are unique: they are not looked up.
    const strings = (this.strings ??= new Map());
    const intern = (v) => {
      if (/^[a-z]\d+$/.test(v)) return v;
      const seen = strings.get(v);
      if (seen !== undefined) return seen;
      strings.set(v, v);
      return v;
    };
    const packed = data.packed ?? { items: data.items };
    if (packed.keys) {
      for (const x of unpack(packed, intern)) list.push(x);
      release(packed.tags);
      release(packed.vals);
      return null;
    }
    const fields = INTERNED[data.part];
    for (const x of packed.items) {
      for (const k of fields) if (typeof x[k] === "string") x[k] = intern(x[k]);
      list.push(x);
    }
    return null;
  }

  /** Puts the kept blocks' items of `base` in their places, renumbered and shifted. */
  moveKept({ analysis, meta }) {
    // Where each old block's items are in the old lists, and its first ids.
    const olds = [];
    let sb = 0, eb = 0, tb = 0, lb = 0;
    for (const m of meta) {
      olds.push({ ...m, sb, eb, tb, lb });
      sb += m.s; eb += m.e; tb += m.t; lb += m.l;
    }
    const out = {};
    for (const k of LISTS) out[k] = [];
    const from = {};
    for (const k of LISTS) from[k] = 0;
    const fresh = (k, until) => {
      const list = this.parts[k];
      for (let i = from[k]; i < until; i++) out[k].push(list[i]);
      from[k] = until;
    };
    for (const r of this.reuses) {
      for (const k of LISTS) fresh(k, r.at[k]);
      const b = olds[r.block];
      const shift = r.from - b.from;
      const to = { e: r.e, t: r.t };
      // (A typed letter mostly leaves the numbering as it was: ids are then kept as they are.)
      const cl = new Map(b.cids.map((c, i) => [c, r.cids[i]]));
      const id = (x) => renumber(x, b, to);
      for (let i = b.sb; i < b.sb + b.s; i++) {
        const x = analysis.sentences[i];
        x.start += shift; x.end += shift;
        out.sentences.push(x);
      }
      for (let i = b.eb; i < b.eb + b.e; i++) {
        const x = analysis.entities[i];
        x.start += shift; x.end += shift;
        x.id = id(x.id);
        if (x.cluster) {
          const c = cl.get(x.cluster);
          if (c !== undefined && c !== x.cluster) x.cluster = c;
        }
        out.entities.push(x);
      }
      for (let i = b.tb; i < b.tb + b.t; i++) {
        const x = analysis.timexes[i];
        x.start += shift; x.end += shift;
        x.id = id(x.id);
        if (x.anchor && x.anchor !== "dct") x.anchor = id(x.anchor);
        out.timexes.push(x);
      }
      for (let i = b.lb; i < b.lb + b.l; i++) {
        const x = analysis.timeline[i];
        x.timex = id(x.timex);
        x.sentence += r.s - b.sb;
        for (let j = 0; j < x.entities.length; j++) x.entities[j] = id(x.entities[j]);
        for (let j = 0; j < x.mentions.length; j++) x.mentions[j] = id(x.mentions[j]);
        out.timeline.push(x);
      }
    }
    for (const k of LISTS) fresh(k, this.parts[k].length);
    Object.assign(this.parts, out);
  }
}
