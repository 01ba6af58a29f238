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

// ---- the page's analysis as columns ----------------------------------------------------
//
// A 10 MB article's analysis is some 300,000 items (sentences, entities, timexes, timeline
// entries). Held as JS objects they are most of the page's V8 heap, and while they arrive they
// survive the young generation's collections, which V8 answers by growing it to its largest.
// The page holds them as columns instead: per list, one token (tag, value) per field of each
// item in two typed arrays whose buffers are outside the V8 heap, the strings once in a table
// shared by the analysis's lists, ids ("e12", "t3", "c7") as their numbers. An item becomes an
// object only when asked for (`at(i)`), a field without the item (`reader(key)`), so the
// objects made are those of what is on screen, and die young.
//   tags: NULL, NUM (value: index in the list's numbers), STR (index in the string table), ARR
//   (index in the list's side tokens: the length, then the elements), TRUE, FALSE, INT,
//   E/T/C (an id: "e" + value …), OBJ (a value the tokens cannot hold: index in `other`), ROW
//   (an item of other keys, whole, in the row's first field: index in `other`).
const ID_E = 7;
const ID_T = 8;
const ID_C = 9;
const OBJ = 10;
const ROW = 11;
// What changes in a field of an edit's kept items (Columns.copyRows).
const FIX_SHIFT = 1;
const FIX_IDS = 2;
const FIX_CLUSTER = 3;
const FIX_SENTENCE = 4;
let EV = 0; // the value of the token last encoded (tags are returned; no arrays made)

/** The tag of an id ("e12", "t3", "c7": a letter, then a number without leading zero), its number in EV; 0 if not one. */
function idTag(s) {
  const c = s.charCodeAt(0);
  const tag = c === 101 ? ID_E : c === 116 ? ID_T : c === 99 ? ID_C : 0;
  if (!tag || s.length < 2 || s.length > 10 || s.charCodeAt(1) === 48) return 0;
  let n = 0;
  for (let i = 1; i < s.length; i++) {
    const d = s.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return 0;
    n = n * 10 + d;
  }
  EV = n;
  return tag;
}

/** The strings of an analysis's columns: each once. */
function newTable() {
  return { strings: [], index: new Map() };
}

export class Columns {
  #keys;
  #w;
  #n = 0;
  #t;
  #v;
  #table;
  #nums = null;
  #nn = 0;
  #xt = null;
  #xv = null;
  #xn = 0;
  #other = null;
  #readers = null;
  #cur = 0;
  #next = () => {
    const s = this.#cur++;
    return this.#dec(this.#t[s], this.#v[s]);
  };
  #sides = 0; // the fields (bits) that hold tokens with a value elsewhere (NUM, ARR, OBJ), or ROW (bit 31)
  #make;

  /** An empty list of items with `keys` (in this order); `table`: the strings, shared by an analysis's lists. */
  constructor(keys, table = newTable()) {
    this.#keys = keys;
    this.#w = Math.max(1, keys.length);
    this.#t = new Uint8Array(this.#w * 64);
    this.#v = new Int32Array(this.#w * 64);
    this.#table = table;
    this.#make = SHAPES[keys.join(",")];
  }

  /** Columns holding `items` (objects with the keys of the first). */
  static from(items, table) {
    const c = new Columns(items.length ? Object.keys(items[0]) : [], table);
    for (const x of items) c.push(x);
    return c;
  }

  get length() {
    return this.#n;
  }

  /** The items' keys. */
  get fields() {
    return this.#keys;
  }

  get table() {
    return this.#table;
  }

  // -- writing

  #str(s) {
    const tb = this.#table;
    tb.index ??= new Map(tb.strings.map((x, i) => [x, i]));
    let j = tb.index.get(s);
    if (j === undefined) {
      j = tb.strings.length;
      tb.strings.push(s);
      tb.index.set(s, j);
    }
    return j;
  }

  // The arrays grow by half again, the old ones freed at once (not left to the next collection).
  #growNums(k) {
    if (this.#nums && this.#nn + k <= this.#nums.length) return;
    const a = new Float64Array(Math.max(16, this.#nn + k, Math.ceil(this.#nn * 1.5)));
    if (this.#nums) { a.set(this.#nums.subarray(0, this.#nn)); release(this.#nums); }
    this.#nums = a;
  }

  #growSide(k) {
    if (this.#xt && this.#xn + k <= this.#xt.length) return;
    const size = Math.max(64, this.#xn + k, Math.ceil(this.#xn * 1.5));
    const t = new Uint8Array(size);
    const v = new Int32Array(size);
    if (this.#xt) {
      t.set(this.#xt.subarray(0, this.#xn));
      v.set(this.#xv.subarray(0, this.#xn));
      release(this.#xt);
      release(this.#xv);
    }
    this.#xt = t;
    this.#xv = v;
  }

  #growRows(k) {
    const need = (this.#n + k) * this.#w;
    if (need <= this.#t.length) return;
    const used = this.#n * this.#w;
    const size = Math.max(this.#w * 64, need, Math.ceil(this.#t.length * 1.5));
    const t = new Uint8Array(size);
    const v = new Int32Array(size);
    t.set(this.#t.subarray(0, used));
    v.set(this.#v.subarray(0, used));
    release(this.#t);
    release(this.#v);
    this.#t = t;
    this.#v = v;
  }

  /** Room for `rows` more items, `side` more array tokens and `nums` more numbers. */
  reserve(rows, side = 0, nums = 0) {
    this.#growRows(rows);
    if (side) this.#growSide(side);
    if (nums) this.#growNums(nums);
  }

  /** How much of its room the list uses: { rows, side, nums }. */
  get usage() {
    return { rows: this.#n, side: this.#xn, nums: this.#nn };
  }

  #num(x) {
    this.#growNums(1);
    this.#nums[this.#nn] = x;
    return this.#nn++;
  }

  #obj(x) {
    (this.#other ??= []).push(x);
    return this.#other.length - 1;
  }

  /** Room for `k` more side tokens; returns where they start. */
  #side(k) {
    this.#growSide(k);
    const at = this.#xn;
    this.#xn += k;
    return at;
  }

  /** Room for one more row; returns its first slot. */
  #row() {
    this.#growRows(1);
    const at = this.#n * this.#w;
    this.#n++;
    return at;
  }

  /** The token of value `x`: returns its tag, its value in EV. */
  #enc(x) {
    if (x === null) { EV = 0; return NULL; }
    switch (typeof x) {
      case "number":
        if ((x | 0) === x && !Object.is(x, -0)) { EV = x; return INT; }
        EV = this.#num(x);
        return NUM;
      case "string": {
        const tag = x.length ? idTag(x) : 0;
        if (tag) return tag;
        EV = this.#str(x);
        return STR;
      }
      case "boolean":
        EV = 0;
        return x ? TRUE : FALSE;
    }
    if (Array.isArray(x)) {
      const at = this.#side(x.length + 1);
      this.#xt[at] = INT;
      this.#xv[at] = x.length;
      for (let i = 0; i < x.length; i++) {
        const tag = this.#enc(x[i]);
        this.#xt[at + 1 + i] = tag;
        this.#xv[at + 1 + i] = EV;
      }
      EV = at;
      return ARR;
    }
    EV = this.#obj(x);
    return OBJ;
  }

  /** Appends an item. */
  push(x) {
    const at = this.#row();
    const keys = this.#keys;
    const ks = typeof x === "object" && x !== null ? Object.keys(x) : null;
    let same = !!ks && ks.length === keys.length;
    for (let j = 0; same && j < keys.length; j++) same = ks[j] === keys[j];
    if (!same) {
      this.#t.fill(NULL, at, at + this.#w);
      this.#v.fill(0, at, at + this.#w);
      this.#t[at] = ROW;
      this.#v[at] = this.#obj(x);
      this.#sides |= 1 << 31;
      return;
    }
    for (let j = 0; j < keys.length; j++) {
      const tag = this.#enc(x[keys[j]]);
      this.#t[at + j] = tag;
      this.#v[at + j] = EV;
      if (tag === NUM || tag === ARR || tag === OBJ) this.#sides |= 1 << j;
    }
  }

  /** Appends the items of a part packed by `pack` (without making them). */
  pushPacked(packed) {
    const { keys, strings, tags, vals } = packed;
    if (keys.length !== this.#keys.length || keys.some((k, j) => k !== this.#keys[j])) {
      for (const x of unpack(packed)) this.push(x);
      return;
    }
    // Each of the part's strings: an id, or its place in the table.
    const st = new Uint8Array(strings.length);
    const sv = new Int32Array(strings.length);
    for (let i = 0; i < strings.length; i++) {
      const s = strings[i];
      const tag = s.length ? idTag(s) : 0;
      st[i] = tag || STR;
      sv[i] = tag ? EV : this.#str(s);
    }
    let n = 0;
    const token = () => {
      const tag = tags[n];
      const x = vals[n++];
      switch (tag) {
        case INT: EV = x; return INT;
        case STR: EV = sv[x]; return st[x];
        case NUM: EV = this.#num(x); return NUM;
        case ARR: {
          const at = this.#side(x + 1);
          this.#xt[at] = INT;
          this.#xv[at] = x;
          for (let i = 0; i < x; i++) {
            const t = token();
            this.#xt[at + 1 + i] = t;
            this.#xv[at + 1 + i] = EV;
          }
          EV = at;
          return ARR;
        }
        default: EV = 0; return tag; // NULL, TRUE, FALSE
      }
    };
    const w = keys.length;
    while (n < tags.length) {
      const at = this.#row();
      for (let j = 0; j < w; j++) {
        const t = token();
        this.#t[at + j] = t;
        this.#v[at + j] = EV;
        if (t === NUM || t === ARR) this.#sides |= 1 << j;
      }
    }
  }

  /** Copies token (tag, v) of `src` here (its strings, numbers and arrays too); `fix(tag, v)` may change an id. */
  #copy(src, tag, v, remap, fix) {
    switch (tag) {
      case STR: EV = remap(v); return STR;
      case NUM: EV = this.#num(src.#nums[v]); return NUM;
      case OBJ: EV = this.#obj(src.#other[v]); return OBJ;
      case ARR: {
        const k = src.#xv[v];
        const at = this.#side(k + 1);
        this.#xt[at] = INT;
        this.#xv[at] = k;
        for (let i = 0; i < k; i++) {
          const t = this.#copy(src, src.#xt[v + 1 + i], src.#xv[v + 1 + i], remap, fix);
          this.#xt[at + 1 + i] = t;
          this.#xv[at + 1 + i] = EV;
        }
        EV = at;
        return ARR;
      }
      default:
        EV = v;
        return fix ? fix(tag, v) : tag;
    }
  }

  /**
   * Appends the items [from, to) of `src` (same keys), its strings put in this one's table.
   * `fix` (an edit's kept items, see Assembler.moveKept), where given: `kinds[j]` what changes
   * in field j (FIX_SHIFT: an offset, + `shift`; FIX_IDS: ids "e…"/"t…" renumbered, in arrays
   * too: those in (eb, eb + ne] to start after `te`, those in (tb, tb + nt] after `tt`, unless
   * `same`; FIX_CLUSTER: "c…" by `clusters`, number → number; FIX_SENTENCE: + `ds`), and
   * `row(item)`, which changes an item of other keys (a copy).
   */
  copyRows(src, from, to, fix = null) {
    const w = this.#w;
    let remap = null;
    if (src.#table !== this.#table) {
      const cache = new Int32Array(src.#table.strings.length).fill(-1);
      const strings = src.#table.strings;
      remap = (v) => (cache[v] >= 0 ? cache[v] : (cache[v] = this.#str(strings[v])));
    }
    const same = (v) => v;
    const kinds = fix?.kinds ?? null;
    const renumber = !!fix && !fix.same;
    const { shift = 0, ds = 0, eb = 0, ne = 0, te = 0, tb = 0, nt = 0, tt = 0, clusters = null } = fix ?? {};
    const ids = renumber ? (tag, v) => {
      if (tag === ID_E && v > eb && v <= eb + ne) EV = v - eb + te;
      else if (tag === ID_T && v > tb && v <= tb + nt) EV = v - tb + tt;
      return tag;
    } : null;
    // A kept item's scalar field after the edit (see `fix` above).
    const fixed = (kind, tag, v) => {
      if (kind === FIX_SHIFT) return tag === INT ? v + shift : v;
      if (kind === FIX_IDS) {
        if (!renumber) return v;
        if (tag === ID_E && v > eb && v <= eb + ne) return v - eb + te;
        if (tag === ID_T && v > tb && v <= tb + nt) return v - tb + tt;
        return v;
      }
      if (kind === FIX_CLUSTER) {
        const n = tag === ID_C && clusters ? clusters.get(v) : undefined;
        return n === undefined ? v : n;
      }
      if (kind === FIX_SENTENCE) return tag === INT ? v + ds : v;
      return v;
    };
    this.#growRows(to - from); // (no growing below: the arrays can be held in locals)
    const st = src.#t;
    const sv = src.#v;
    const dt = this.#t;
    const dv = this.#v;
    this.#sides |= src.#sides;
    if (!remap && to > from) {
      // The same strings: the tokens are copied as they are, then the fields that change, or
      // whose values are elsewhere, are seen to one by one.
      const at0 = this.#n * w;
      dt.set(st.subarray(from * w, to * w), at0);
      dv.set(sv.subarray(from * w, to * w), at0);
      this.#n += to - from;
      const cols = [];
      for (let j = 0; j < w; j++) if ((kinds && kinds[j]) || (src.#sides & (1 << j))) cols.push(j);
      const rows = (src.#sides & (1 << 31)) !== 0;
      if (!cols.length && !rows) return;
      for (let i = from, d = at0; i < to; i++, d += w) {
        const s = i * w;
        if (rows && st[s] === ROW) {
          const x = { ...src.#other[sv[s]] };
          dv[d] = this.#obj(fix ? fix.row(x) : x);
          continue;
        }
        for (let c = 0; c < cols.length; c++) {
          const j = cols[c];
          let tag = st[s + j];
          let v = sv[s + j];
          const kind = kinds ? kinds[j] : 0;
          if (tag === NUM || tag === ARR || tag === OBJ) {
            tag = this.#copy(src, tag, v, same, kind === FIX_IDS ? ids : null);
            v = EV;
          } else if (kind) {
            v = fixed(kind, tag, v);
          }
          dt[d + j] = tag;
          dv[d + j] = v;
        }
      }
      return;
    }
    for (let i = from; i < to; i++) {
      const s = i * w;
      if (st[s] === ROW) {
        const x = { ...src.#other[sv[s]] };
        this.push(fix ? fix.row(x) : x);
        continue;
      }
      const at = this.#n * w;
      this.#n++;
      for (let j = 0; j < w; j++) {
        let tag = st[s + j];
        let v = sv[s + j];
        const kind = kinds ? kinds[j] : 0;
        if (tag === STR) {
          if (remap) v = remap(v);
        } else if (tag === NUM || tag === ARR || tag === OBJ) {
          tag = this.#copy(src, tag, v, remap ?? same, kind === FIX_IDS ? ids : null);
          v = EV;
        } else if (kind) {
          v = fixed(kind, tag, v);
        }
        dt[at + j] = tag;
        dv[at + j] = v;
      }
    }
  }

  /** Gives back the room kept for growing, and the strings' lookup (the list is complete). */
  compact() {
    const trim = (a, n) => {
      if (!a || a.length <= n) return a;
      const b = a.slice(0, n);
      release(a);
      return b;
    };
    const n = this.#n * this.#w;
    this.#t = trim(this.#t, n);
    this.#v = trim(this.#v, n);
    this.#xt = trim(this.#xt, this.#xn);
    this.#xv = trim(this.#xv, this.#xn);
    this.#nums = trim(this.#nums, this.#nn);
    this.#table.index = null;
    return this;
  }

  /** Frees the columns' memory now rather than at the next collection: the list is empty after. */
  free() {
    for (const a of [this.#t, this.#v, this.#xt, this.#xv, this.#nums]) if (a) release(a);
    this.#t = new Uint8Array(0);
    this.#v = new Int32Array(0);
    this.#xt = this.#xv = this.#nums = null;
    this.#n = this.#nn = this.#xn = 0;
    this.#other = null;
    this.#sides = 0;
  }

  // -- reading

  #dec(tag, v) {
    switch (tag) {
      case INT: return v;
      case STR: return this.#table.strings[v];
      case NULL: return null;
      case ID_E: return `e${v}`;
      case ID_T: return `t${v}`;
      case ID_C: return `c${v}`;
      case NUM: return this.#nums[v];
      case TRUE: return true;
      case FALSE: return false;
      case ARR: {
        const k = this.#xv[v];
        const a = new Array(k);
        for (let i = 0; i < k; i++) a[i] = this.#dec(this.#xt[v + 1 + i], this.#xv[v + 1 + i]);
        return a;
      }
      case OBJ: return this.#other[v];
      default: return undefined;
    }
  }

  /** Item `i` as an object (a new one each time), like Array.prototype.at. */
  at(i) {
    if (i < 0) i += this.#n;
    if (!(i >= 0 && i < this.#n)) return undefined;
    let s = i * this.#w;
    if (this.#t[s] === ROW) return this.#other[this.#v[s]];
    if (this.#make) {
      this.#cur = s;
      return this.#make(this.#next);
    }
    const o = {};
    for (const k of this.#keys) { o[k] = this.#dec(this.#t[s], this.#v[s]); s++; }
    return o;
  }

  /** Field `key` of item i, without the item. */
  get(i, key) {
    return this.reader(key)(i);
  }

  /** A function i → field `key` of item i. */
  reader(key) {
    this.#readers ??= new Map();
    let r = this.#readers.get(key);
    if (!r) this.#readers.set(key, (r = this.#reader(key)));
    return r;
  }

  #reader(key) {
    const j = this.#keys.indexOf(key);
    const w = this.#w;
    return (i) => {
      if (!(i >= 0 && i < this.#n)) return undefined;
      const s = i * w;
      if (this.#t[s] === ROW) return this.#other[this.#v[s]]?.[key];
      return j < 0 ? undefined : this.#dec(this.#t[s + j], this.#v[s + j]);
    };
  }

  /** A function i → the number of field `key` of item i when it is an id "<letter><number>" with that letter ("c" for "c7"), else -1. */
  idReader(key, letter) {
    const j = this.#keys.indexOf(key);
    const w = this.#w;
    const want = letter === "e" ? ID_E : letter === "t" ? ID_T : letter === "c" ? ID_C : -1;
    return (i) => (j >= 0 && i >= 0 && i < this.#n && this.#t[i * w] !== ROW && this.#t[i * w + j] === want ? this.#v[i * w + j] : -1);
  }

  [Symbol.iterator]() {
    let i = 0;
    return { next: () => (i < this.#n ? { value: this.at(i++), done: false } : { value: undefined, done: true }), [Symbol.iterator]() { return this; } };
  }

  keys() {
    return Array.from({ length: this.#n }, (_, i) => i)[Symbol.iterator]();
  }

  forEach(f) {
    for (let i = 0; i < this.#n; i++) f(this.at(i), i, this);
  }

  map(f) {
    const out = new Array(this.#n);
    for (let i = 0; i < this.#n; i++) out[i] = f(this.at(i), i, this);
    return out;
  }

  filter(f) {
    const out = [];
    for (let i = 0; i < this.#n; i++) {
      const x = this.at(i);
      if (f(x, i, this)) out.push(x);
    }
    return out;
  }

  findIndex(f) {
    for (let i = 0; i < this.#n; i++) if (f(this.at(i), i, this)) return i;
    return -1;
  }

  find(f) {
    const i = this.findIndex(f);
    return i < 0 ? undefined : this.at(i);
  }

  some(f) {
    return this.findIndex(f) >= 0;
  }

  every(f) {
    return this.findIndex((x, i, a) => !f(x, i, a)) < 0;
  }

  reduce(f, init) {
    let acc = init;
    for (let i = 0; i < this.#n; i++) acc = f(acc, this.at(i), i, this);
    return acc;
  }

  slice(from = 0, to = this.#n) {
    if (from < 0) from += this.#n;
    if (to < 0) to += this.#n;
    const out = [];
    for (let i = Math.max(0, from); i < Math.min(to, this.#n); i++) out.push(this.at(i));
    return out;
  }

  /** The items as objects (JSON.stringify, and Playwright, use this). */
  toJSON() {
    return this.slice();
  }
}

/** `analysis` with its lists as arrays of objects (for the exports, and tests). */
export function plainAnalysis(analysis) {
  if (!analysis) return analysis;
  const out = {};
  for (const [k, v] of Object.entries(analysis)) out[k] = v instanceof Columns ? v.toJSON() : v;
  return out;
}

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
      // (Its clusters' keys are the page's already: `kept` says whose.)
      post({ id, part: "block", block: { from, to, s: r.s, e: r.e, t: r.t, l: r.l, kept: r.i, cids } });
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

/** The blocks of an analysis made in blocks: [{ from, to, s, e, t, l, keys, cids }] (counts of its lists; its clusters). */
export const blockMeta = new WeakMap();

/**
 * In the page: puts the parts of one analysis together again, its lists as Columns (one
 * string table for the four). For an edit whose blocks are partly kept (`reuse`), `base` must
 * be set before the end: { analysis, meta }, the analysis the edit was made on, whose kept
 * items are copied into the new one (renumbered and shifted); its columns are then freed at
 * once, so that the page never holds two analyses of a long text for longer than the copy.
 */
export class Assembler {
  constructor() {
    this.id = null;
    this.parts = null;
    this.base = null;
    this.share = null;
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
      // An edit's analysis adds its strings to the table of the one it was made on (`share`,
      // if the page expects to keep its blocks): its kept items are then copied as they are.
      this.table = (this.share?.entities instanceof Columns && this.share.entities.table) || newTable();
      this.share = null;
      for (const k of LISTS) this.parts[k] = null;
      this.meta = [];
      this.reuses = [];
      return null;
    }
    if (data.id !== this.id || !this.parts) return null;
    if (data.part === "end") {
      const base = this.base;
      this.base = null;
      for (const k of LISTS) this.parts[k] ??= new Columns([], this.table);
      let ok = true;
      if (this.reuses.length) {
        if (base) this.moveKept(base);
        else ok = false;
      }
      // A kept block's clusters' keys: those it had.
      this.meta = this.meta.map((m) => (m.kept == null ? m
        : { from: m.from, to: m.to, s: m.s, e: m.e, t: m.t, l: m.l, keys: base?.meta[m.kept]?.keys ?? [], cids: m.cids }));
      const a = {};
      for (const k of this.keys) a[k] = this.parts[k];
      for (const k of LISTS) a[k]?.compact?.();
      if (this.meta.length > 1) blockMeta.set(a, this.meta);
      this.parts = null;
      this.id = null;
      this.table = null;
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
      for (const k of LISTS) at[k] = this.parts[k]?.length ?? 0;
      this.reuses.push({ ...data, at });
      return null;
    }
    if (!LISTS.includes(data.part)) return null;
    // A long article repeats its names, labels and values thousands of times: each string is
    // kept once, in the table the lists share; ids ("e12") are kept as numbers.
    const packed = data.packed ?? { items: data.items };
    if (packed.keys) {
      this.parts[data.part] ??= new Columns(packed.keys, this.table);
      this.parts[data.part].pushPacked(packed);
      release(packed.tags);
      release(packed.vals);
      return null;
    }
    const items = packed.items ?? [];
    if (!items.length) return null;
    this.parts[data.part] ??= new Columns(Object.keys(items[0]), this.table);
    for (const x of items) this.parts[data.part].push(x);
    return null;
  }

  /** Puts the kept blocks' items of `base` in their places, renumbered and shifted; frees `base`'s columns. */
  moveKept({ analysis, meta }) {
    // Where each old block's items are in the old lists, and its first ids.
    const olds = [];
    let sb = 0, eb = 0, tb = 0, lb = 0;
    for (const m of meta) {
      olds.push({ ...m, sb, eb, tb, lb });
      sb += m.s; eb += m.e; tb += m.t; lb += m.l;
    }
    const old = {};
    for (const k of LISTS) old[k] = analysis[k] instanceof Columns ? analysis[k] : Columns.from(analysis[k] ?? [], newTable());
    // Each reused block's changes (see Columns.copyRows).
    const KINDS = {
      sentences: { start: FIX_SHIFT, end: FIX_SHIFT },
      entities: { start: FIX_SHIFT, end: FIX_SHIFT, id: FIX_IDS, cluster: FIX_CLUSTER },
      timexes: { start: FIX_SHIFT, end: FIX_SHIFT, id: FIX_IDS, anchor: FIX_IDS },
      timeline: { timex: FIX_IDS, sentence: FIX_SENTENCE, entities: FIX_IDS, mentions: FIX_IDS },
    };
    const fixes = this.reuses.map((r) => {
      const b = olds[r.block];
      const shift = r.from - b.from;
      const to = { e: r.e, t: r.t };
      // (A typed letter mostly leaves the numbering as it was: ids are then kept as they are.)
      const same = b.eb === to.e && b.tb === to.t;
      const ds = r.s - b.sb;
      const cl = new Map(b.cids.map((c, i) => [c, r.cids[i]]));
      const clusters = new Map(); // cluster number → its new number
      for (const [c, nc] of cl) {
        if (idTag(c) !== ID_C) continue;
        const n = EV;
        if (idTag(nc) === ID_C) clusters.set(n, EV);
      }
      // An item of other keys (not one the core gives) is changed as an object.
      const id = (x) => renumber(x, b, to);
      const row = {
        sentences: (x) => { x.start += shift; x.end += shift; return x; },
        entities: (x) => {
          x.start += shift; x.end += shift; x.id = id(x.id);
          if (x.cluster) { const c = cl.get(x.cluster); if (c !== undefined) x.cluster = c; }
          return x;
        },
        timexes: (x) => { x.start += shift; x.end += shift; x.id = id(x.id); if (x.anchor && x.anchor !== "dct") x.anchor = id(x.anchor); return x; },
        timeline: (x) => { x.timex = id(x.timex); x.sentence += ds; x.entities = x.entities.map(id); x.mentions = x.mentions.map(id); return x; },
      };
      const first = { sentences: b.sb, entities: b.eb, timexes: b.tb, timeline: b.lb };
      const count = { sentences: b.s, entities: b.e, timexes: b.t, timeline: b.l };
      return { r, first, count, fix: { same, shift, ds, eb: b.eb, ne: b.e, te: to.e, tb: b.tb, nt: b.t, tt: to.t, clusters }, row };
    });
    // One list after the other, each list's old columns freed as soon as it is copied: the
    // page holds two copies of one list at most, not of the analysis.
    const out = {};
    for (const k of LISTS) {
      const mine = this.parts[k];
      const theirs = old[k];
      const o = new Columns(mine.length || !theirs.length ? mine.fields : theirs.fields, this.table);
      // Its room at once (the items it will hold are known): no growing, no copies left behind.
      const kept = fixes.reduce((n, f) => n + f.count[k], 0);
      const [a, b] = [mine.usage, theirs.usage];
      o.reserve(a.rows + kept, a.side + Math.ceil(b.side * kept / Math.max(1, b.rows)), a.nums + Math.ceil(b.nums * kept / Math.max(1, b.rows)));
      const kinds = Uint8Array.from(theirs.fields, (key) => KINDS[k][key] ?? 0);
      let from = 0;
      for (const f of fixes) {
        o.copyRows(mine, from, f.r.at[k]);
        from = f.r.at[k];
        o.copyRows(theirs, f.first[k], f.first[k] + f.count[k], { ...f.fix, kinds, row: f.row[k] });
      }
      o.copyRows(mine, from, mine.length);
      mine.free();
      theirs.free();
      out[k] = o;
    }
    Object.assign(this.parts, out);
  }
}
