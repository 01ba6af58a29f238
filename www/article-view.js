// The page's highlighted article, windowed, so that its cost follows what is on screen and not
// the length of the article.
//
// The text is cut into blocks of a few thousand characters at paragraph ends (a very long
// paragraph into pieces). Every block is always in the page as plain paragraphs, so find in
// page, selection, copying and screen readers see the whole article; blocks are
// `content-visibility: auto`, so the browser lays out only those on screen. Only the blocks
// near the viewport (an IntersectionObserver with a margin of a screen) carry their sentences
// and highlights; they are rendered one block at a time, yielding between them, and blocks
// that have gone far away lose their highlights again (at most MAX_RENDERED keep them).
// Choosing a mention or a sentence that is not rendered renders its block first (`at`).
import { field, spanOrder, spanRenderer, textDir, yieldToMain } from "./render.js";

const BLOCK = 3000; // characters per block, about two screens of text
const PIECE = 3000; // a longer paragraph is shown in pieces of about this size
const MAX_RENDERED = 24; // blocks that keep their highlights while off screen
const SLICE = 8; // ms of rendering between yields
// ms a block stays near the viewport before it gets its highlights: blocks that only pass by
// (a jump, a fling, the scroll bar dragged) are not rendered. Rendering a block and dropping it
// again leaves some hundreds of kilobytes of Blink's heap to collect: scrolling through a 10 MB
// article rendered ~150 blocks, 40–55 MB.
const DWELL = 100;

/**
 * Blocks of `text`: { from, to, paras: [[start, end, cls]] }, paragraphs being lines (runs of
 * characters other than "\n"); `from` and `to` are the first paragraph's start and the last's end.
 */
export function blocksOf(text) {
  const blocks = [];
  let cur = null;
  const push = (s, e, cls) => {
    if (!cur || cur.to - cur.from >= BLOCK) blocks.push((cur = { from: s, to: e, paras: [] }));
    cur.paras.push([s, e, cls]);
    cur.to = e;
  };
  const n = text.length;
  let pos = 0;
  while (pos < n) {
    while (pos < n && text.charCodeAt(pos) === 10) pos++;
    if (pos >= n) break;
    let end = text.indexOf("\n", pos);
    if (end < 0) end = n;
    if (end - pos <= PIECE * 1.5) push(pos, end, null);
    else {
      for (let s = pos; s < end;) {
        const e = end - s <= PIECE * 1.5 ? end : cut(text, s + PIECE, s + PIECE / 2);
        push(s, e, e < end ? "split" : null);
        s = e;
      }
    }
    pos = end;
  }
  return blocks;
}

/** Where to cut a long paragraph near `at` (not before `min`): after a sentence end, else a space. */
function cut(text, at, min) {
  let space = -1;
  for (let i = at; i > min; i--) {
    const c = text.charCodeAt(i - 1);
    if (c === 32 || c === 9) {
      const p = text.charCodeAt(i - 2);
      if (p === 0x964 || p === 0x965 || p === 46 || p === 63 || p === 33 || p === 0x6d4 || p === 0x61f) return i; // । ॥ . ? ! ۔ ؟
      if (space < 0) space = i;
    }
  }
  if (space > 0) return space;
  // A glued run: anywhere, but not inside a surrogate pair.
  return (text.charCodeAt(at) & 0xfc00) === 0xdc00 ? at - 1 : at;
}

/**
 * One layer of the analysis, indexed by start: sorted order, starts, ends and the running max
 * of ends (offsets in Int32Arrays: a 10 MB article's layers are 250,000 items). Items are made
 * (`items.at`) only for the spans of the blocks rendered.
 */
function layerOf(items, k) {
  const n = items.length;
  const start = field(items, "start");
  const end = field(items, "end");
  const st = new Int32Array(n);
  const en = new Int32Array(n);
  let sorted = true;
  for (let i = 0; i < n; i++) {
    st[i] = start(i);
    en[i] = end(i);
    if (i && st[i] < st[i - 1]) sorted = false;
  }
  const order = sorted ? null : Int32Array.from(st.keys()).sort((a, b) => st[a] - st[b] || a - b);
  const starts = sorted ? st : order.map((i) => st[i]);
  const ends = sorted ? en : order.map((i) => en[i]);
  const maxEnd = new Int32Array(n);
  let mx = -1;
  for (let j = 0; j < n; j++) {
    if (ends[j] > mx) mx = ends[j];
    maxEnd[j] = mx;
  }
  return { items, order, starts, ends, maxEnd, k };
}

/** Frees the arrays of layers no longer used now, rather than at the next collection (a 10 MB article's are ~2.4 MB). */
function freeLayers(layers) {
  for (const L of layers || []) {
    for (const a of [L.starts, L.ends, L.maxEnd, L.order]) {
      try {
        a?.buffer.transfer?.(0);
      } catch {
        // already freed
      }
    }
  }
}

function lowerBound(arr, x) {
  let lo = 0;
  let hi = arr.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (arr[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export class ArticleView {
  /**
   * `container`: the article element. `onRender(blockElement)` is called after a block gets
   * its highlights (to mark chosen mentions in it).
   */
  constructor(container, { onRender = () => {} } = {}) {
    this.el = container;
    this.doc = container.ownerDocument;
    this.onRender = onRender;
    this.text = "";
    this.analysis = null;
    this.blocks = [];
    this.els = [];
    this.rendered = new Set(); // block indices with highlights, oldest first
    this.near = new Set(); // block indices near the viewport
    this.since = new Map(); // block index → when it came near
    this.timer = 0;
    this.queue = new Set();
    this.gen = 0;
    this.pxPerChar = 0;
    this.pumping = false;
    if (typeof IntersectionObserver === "function") {
      this.io = new IntersectionObserver((entries) => {
        for (const en of entries) {
          const b = Number(en.target.dataset.b);
          if (en.isIntersecting) { this.near.add(b); this.since.set(b, performance.now()); this.queue.add(b); } else { this.near.delete(b); this.since.delete(b); }
        }
        this.pump();
      }, { rootMargin: "100% 0px 100% 0px" });
    }
    // A block is not re-rendered under a selection or focus; those waiting are tried again.
    this.doc.addEventListener("selectionchange", () => { if (this.queue.size && !this.pumping) this.pump(); });
  }

  /** Number of blocks, and how many carry highlights (for tests and the benchmark). */
  get stats() {
    return { blocks: this.blocks.length, rendered: this.rendered.size };
  }

  /**
   * Shows `text` with `analysis`. Small articles are rendered at once; the blocks of a long one
   * are built in slices and rendered as they come near the viewport. Resolves when the
   * blocks are all in the page (false if a newer `set` came first).
   */
  async set(text, analysis, { syncChars = 60000, firstChars = 6000 } = {}) {
    const gen = ++this.gen;
    const replacing = this.blocks.length > 0;
    const oldText = this.text;
    const oldBlocks = this.blocks;
    this.io?.disconnect();
    this.queue.clear();
    this.near.clear();
    this.since.clear();
    this.rendered.clear();
    this.text = text;
    this.analysis = analysis;
    freeLayers(this.layers);
    this.layers = analysis && [layerOf(analysis.sentences, "s"), layerOf(analysis.entities, "e"), layerOf(analysis.timexes, "t")];
    this.blocks = blocksOf(text);
    this.els = new Array(this.blocks.length);
    this.guessPxPerChar();
    const small = !this.blocks.length || this.blocks[this.blocks.length - 1].from < syncChars;
    // A new article shows from its top at once; one that replaces another (an edit) takes the
    // old one's place block by block, so that the page keeps its height and scroll position
    // and never holds two articles. A short article is built and rendered at once; a long one
    // renders its first blocks now and the rest as they come near the viewport.
    const old = replacing ? [...this.el.children] : [];
    if (!replacing) this.el.replaceChildren();
    let until = performance.now() + SLICE;
    for (let b = 0; b < this.blocks.length; b++) {
      // An edit changes a block or two: the others keep their elements (a long article would
      // otherwise be built again for every character typed, megabytes of nodes and text).
      const el = old[b] && this.sameText(oldText, oldBlocks[b], b) ? this.reuseBlock(b, old[b]) : this.makeBlock(b);
      if (small || this.blocks[b].from < firstChars) this.renderBlock(b);
      if (!old[b]) this.el.append(el);
      else if (old[b] !== el) old[b].replaceWith(el);
      this.io?.observe(el);
      if (!small && (b & 15) === 0 && performance.now() > until) {
        await yieldToMain();
        if (gen !== this.gen) return false;
        until = performance.now() + SLICE;
      }
    }
    for (let b = this.blocks.length; b < old.length; b++) old[b].remove();
    if (!this.blocks.length) this.el.replaceChildren();
    return true;
  }

  /** The same text with a new analysis (the whole one after a first part): re-renders what shows. */
  update(analysis) {
    this.analysis = analysis;
    freeLayers(this.layers);
    this.layers = [layerOf(analysis.sentences, "s"), layerOf(analysis.entities, "e"), layerOf(analysis.timexes, "t")];
    for (const b of [...this.rendered]) {
      if (this.near.has(b) || !this.io) this.renderBlock(b);
      else this.unrenderBlock(b);
    }
  }

  clear(...nodes) {
    this.gen++;
    this.io?.disconnect();
    this.queue.clear();
    this.near.clear();
    this.since.clear();
    this.rendered.clear();
    this.blocks = [];
    this.els = [];
    this.text = "";
    this.analysis = null;
    freeLayers(this.layers);
    this.layers = null;
    this.el.replaceChildren(...nodes);
  }

  /** A first guess of the height of unrendered text, from the article's width and font. */
  guessPxPerChar() {
    if (this.pxPerChar) return;
    const win = this.doc.defaultView;
    const cs = win?.getComputedStyle?.(this.el);
    const font = parseFloat(cs?.fontSize) || 17;
    const line = parseFloat(cs?.lineHeight) || font * 1.7;
    const width = this.el.clientWidth || 700;
    this.pxPerChar = line / Math.max(20, width / (font * 0.5));
  }

  makeBlock(b) {
    const el = this.doc.createElement("div");
    el.className = "blk";
    el.dataset.b = b;
    const blk = this.blocks[b];
    el.dataset.from = blk.from;
    el.dataset.to = blk.to;
    el.style.containIntrinsicSize = `auto ${Math.round((blk.to - blk.from) * this.pxPerChar + blk.paras.length * 16)}px`;
    el.append(...this.plain(b));
    this.els[b] = el;
    return el;
  }

  /** Whether the old block `ob` of `oldText` holds the same paragraphs as block `b`. */
  sameText(oldText, ob, b) {
    const nb = this.blocks[b];
    if (!ob || ob.to - ob.from !== nb.to - nb.from || ob.paras.length !== nb.paras.length) return false;
    for (let i = 0; i < nb.paras.length; i++) {
      const [s, e, c] = nb.paras[i];
      const [os, oe, oc] = ob.paras[i];
      if (e - s !== oe - os || s - nb.from !== os - ob.from || c !== oc) return false;
    }
    return oldText.slice(ob.from, ob.to) === this.text.slice(nb.from, nb.to);
  }

  /** Block `b` in the element of an old block with the same text: its offsets, and no highlights. */
  reuseBlock(b, el) {
    const blk = this.blocks[b];
    el.dataset.b = b;
    el.dataset.from = blk.from;
    el.dataset.to = blk.to;
    if (el.dataset.rendered != null) {
      el.replaceChildren(...this.plain(b));
      delete el.dataset.rendered;
    }
    this.els[b] = el;
    return el;
  }

  plain(b) {
    return this.blocks[b].paras.map(([s, e, cls]) => {
      const p = this.doc.createElement("div");
      p.className = cls ? `para ${cls}` : "para";
      const d = textDir(this.text, s, e); // as spanRenderer gives it, so rendering moves nothing
      if (d) p.dir = d;
      p.textContent = this.text.slice(s, e);
      return p;
    });
  }

  /** The spans of block `b`, clipped to it (see spanRenderer for `cont` and `open`). */
  spansFor(b) {
    const blk = this.blocks[b];
    const { from, to } = blk;
    const nextFrom = b + 1 < this.blocks.length ? this.blocks[b + 1].from : this.text.length;
    const prevTo = b > 0 ? this.blocks[b - 1].to : 0;
    const spans = blk.paras.map(([start, end, cls]) => ({ k: "p", start, end, cls }));
    for (const L of this.layers || []) {
      const add = (j) => {
        const idx = L.order ? L.order[j] : j;
        const s = Math.max(L.starts[j], from);
        let e = L.ends[j];
        let open = false;
        if (e > to) {
          open = e > nextFrom;
          e = to;
        }
        if (e <= s) return;
        const span = { k: L.k, start: s, end: e, cont: L.starts[j] < prevTo, open };
        if (L.k === "s") span.i = idx;
        else span.m = L.items.at(idx);
        spans.push(span);
      };
      const lo = lowerBound(L.starts, from);
      for (let j = lo - 1; j >= 0 && L.maxEnd[j] > from; j--) if (L.ends[j] > from) add(j);
      for (let j = lo; j < L.starts.length && L.starts[j] < to; j++) add(j);
    }
    spans.sort(spanOrder);
    return spans;
  }

  renderBlock(b) {
    const el = this.els[b];
    const blk = this.blocks[b];
    el.replaceChildren();
    spanRenderer(el, this.text, this.spansFor(b), { from: blk.from, to: blk.to })(0);
    el.dataset.rendered = "";
    this.rendered.delete(b);
    this.rendered.add(b);
    this.onRender(el);
  }

  unrenderBlock(b) {
    const el = this.els[b];
    el.replaceChildren(...this.plain(b));
    delete el.dataset.rendered;
    this.rendered.delete(b);
  }

  /** Whether re-rendering block `b` now would take the reader's focus or selection away. */
  busy(b) {
    const el = this.els[b];
    const active = this.doc.activeElement;
    if (active && active !== this.doc.body && el.contains(active)) return true;
    const sel = this.doc.getSelection?.();
    if (sel && sel.rangeCount && !sel.isCollapsed) {
      try { if (sel.getRangeAt(0).intersectsNode(el)) return true; } catch { /* detached */ }
    }
    return false;
  }

  /** Renders the blocks that came near the viewport, a slice at a time; drops far ones. */
  async pump() {
    if (this.pumping) return;
    this.pumping = true;
    const gen = this.gen;
    try {
      let until = performance.now() + SLICE;
      let waiting = false;
      let later = 0;
      for (const b of [...this.queue]) {
        if (gen !== this.gen) return;
        this.queue.delete(b);
        if (!this.near.has(b) || this.rendered.has(b) || !this.els[b]) continue;
        const dwell = DWELL - (performance.now() - (this.since.get(b) ?? -Infinity));
        if (dwell > 0) { later = Math.max(later, dwell); this.queue.add(b); continue; }
        if (this.busy(b)) { waiting = true; this.queue.add(b); continue; }
        this.renderBlock(b);
        this.measure(b);
        if (performance.now() > until) {
          await yieldToMain();
          until = performance.now() + SLICE;
        }
      }
      if (gen !== this.gen) return;
      // Far blocks lose their highlights, the oldest first.
      if (this.rendered.size > MAX_RENDERED) {
        for (const b of [...this.rendered]) {
          if (this.rendered.size <= MAX_RENDERED) break;
          if (!this.near.has(b) && !this.busy(b)) this.unrenderBlock(b);
        }
      }
      if (waiting) this.queue.forEach((b) => { if (!this.near.has(b)) this.queue.delete(b); });
      if (later) {
        clearTimeout(this.timer);
        this.timer = setTimeout(() => this.pump(), later + 1);
      }
    } finally {
      this.pumping = false;
    }
  }

  /** Learns the height of text from the first rendered blocks, for the estimates of the rest. */
  measure(b) {
    if (this.measured || !this.els[b].isConnected) return;
    const chars = this.blocks[b].to - this.blocks[b].from;
    if (chars < 1000) return;
    const hgt = this.els[b].getBoundingClientRect().height;
    if (!hgt) return;
    this.measured = true;
    const ppc = (hgt - this.blocks[b].paras.length * 16) / chars;
    if (ppc > 0 && Math.abs(ppc - this.pxPerChar) > 0.2 * this.pxPerChar) {
      this.pxPerChar = ppc;
      for (let i = 0; i < this.els.length; i++) {
        if (this.rendered.has(i) || !this.els[i]) continue;
        const blk = this.blocks[i];
        this.els[i].style.containIntrinsicSize = `auto ${Math.round((blk.to - blk.from) * ppc + blk.paras.length * 16)}px`;
      }
    }
  }

  /** The index of the block holding text offset `offset` (the next block for a line break). */
  blockAt(offset) {
    const bs = this.blocks;
    let lo = 0;
    let hi = bs.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (bs[mid].from <= offset) lo = mid;
      else hi = mid - 1;
    }
    if (bs[lo] && offset >= bs[lo].to && lo + 1 < bs.length) lo++;
    return bs.length ? lo : -1;
  }

  /** The block element holding `offset`, with its highlights rendered now if they were not. */
  at(offset) {
    const b = this.blockAt(offset);
    if (b < 0 || !this.els[b]) return null;
    if (!this.rendered.has(b)) this.renderBlock(b);
    return this.els[b];
  }

  /** The first mark of mention `m` ({ id, start }), rendering its block if needed. */
  markOf(m) {
    const el = this.at(m.start);
    return el?.querySelector(`mark[data-id="${CSS.escape(m.id)}"]`) ?? this.el.querySelector(`mark[data-id="${CSS.escape(m.id)}"]`);
  }

  /** Before Tab leaves the last mark of a block (Shift+Tab the first), renders the next blocks. */
  beforeTab(target, backwards) {
    const el = target.closest?.(".blk");
    if (!el) return;
    const marks = el.querySelectorAll("mark[tabindex]");
    if (!marks.length || marks[backwards ? 0 : marks.length - 1] !== target) return;
    const b = Number(el.dataset.b);
    for (let k = 1; k <= 8; k++) {
      const n = backwards ? b - k : b + k;
      if (n < 0 || n >= this.blocks.length || !this.els[n]) return;
      if (!this.rendered.has(n)) this.renderBlock(n);
      if (this.els[n].querySelector("mark[tabindex]")) return;
    }
  }
}
