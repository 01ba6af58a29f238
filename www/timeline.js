// The timeline: an SVG on a real time axis. Days are points; months, years and decades are
// ranges; entries without a resolved date get their own lane. Zoom with the wheel, the
// buttons or + / −; pan by dragging, the buttons or the arrow keys.

import { confidence, field, formatWhen, h, indexOfId, onScreenTop, srcNode } from "./render.js";

const SVG = "http://www.w3.org/2000/svg";
const DAY = 86400000;
const LANE = 30;
const AXIS = 34;
const PAD = 16;
let clipCounter = 0;

function s(doc, tag, attrs, ...children) {
  const el = doc.createElementNS(SVG, tag);
  if (attrs) for (const [k, v] of Object.entries(attrs)) if (v != null) el.setAttribute(k, String(v));
  for (const c of children) if (c != null) el.append(c);
  return el;
}

/** Start of an ISO date ("2025", "2025-11", "2025-11-18", "2025-11-18T10:30") in UTC ms. */
export function isoStart(iso) {
  const m = /^(-?\d{1,6})(?:-(\d{2})(?:-(\d{2}))?)?(?:T(\d{2})(?::(\d{2}))?)?/.exec(iso || "");
  if (!m) return null;
  const d = new Date(0);
  d.setUTCFullYear(Number(m[1]), m[2] ? Number(m[2]) - 1 : 0, m[3] ? Number(m[3]) : 1);
  d.setUTCHours(m[4] ? Number(m[4]) : 0, m[5] ? Number(m[5]) : 0, 0, 0);
  return { ms: d.getTime(), prec: m[4] ? "time" : m[3] ? "day" : m[2] ? "month" : "year" };
}

/** The end (exclusive) of the period an ISO date names. */
export function isoEnd(iso) {
  const st = isoStart(iso);
  if (!st) return null;
  const d = new Date(st.ms);
  if (st.prec === "time") return st.ms + 3600000;
  if (st.prec === "day") return st.ms + DAY;
  if (st.prec === "month") { d.setUTCMonth(d.getUTCMonth() + 1); return d.getTime(); }
  d.setUTCFullYear(d.getUTCFullYear() + 1);
  return d.getTime();
}

/**
 * A placed entry: `order` (its index in the timeline), what drawing it takes (`timex`, `start`,
 * `end`, `granularity`, `summary`, its timex's `txText` and `txValue`: the analysis's own
 * strings), and its `entry` and timex `tx`, made when asked (a long analysis's lists are
 * columns, stream.js: its entries are not kept as objects; an edit frees the columns of the
 * analysis it replaces, and until the timeline is set again `entry` is then undefined).
 */
class Placed {
  constructor(analysis, order, txi) {
    this.analysis = analysis;
    this.order = order;
    this.txi = txi;
  }
  get entry() {
    return this.analysis.timeline.at(this.order);
  }
  get tx() {
    return this.txi < 0 ? undefined : this.analysis.timexes.at(this.txi);
  }
  /** Field `key` of its timex, without making the timex. */
  txField(key) {
    return this.txi < 0 ? undefined : field(this.analysis.timexes, key)(this.txi);
  }
  /** How sure its date is (render.js confidence), in words. */
  sure() {
    return this.txi < 0 ? [] : confidence({ anchor: this.txField("anchor"), note: this.txField("note") }, this.analysis);
  }
}

/** Timeline entries with times in ms, sorted chronologically (undated ones last, in text order). */
export function placeEntries(analysis) {
  const dated = [];
  const undated = [];
  const tl = analysis.timeline;
  const timex = field(tl, "timex");
  const start = field(tl, "start");
  const end_ = field(tl, "end");
  const granularity = field(tl, "granularity");
  const summary = field(tl, "summary");
  for (let order = 0; order < tl.length; order++) {
    const id = timex(order);
    const p = new Placed(analysis, order, indexOfId(analysis.timexes, id));
    p.timex = id;
    p.start = start(order);
    p.end = end_(order);
    p.granularity = granularity(order);
    p.summary = summary(order);
    p.txText = p.txField("text");
    p.txValue = p.txField("value");
    const from = start(order);
    const st = from ? isoStart(from) : null;
    if (!st) { undated.push(p); continue; }
    let end = isoEnd(end_(order) || from);
    if (end == null || end <= st.ms) end = isoEnd(from);
    p.t0 = st.ms;
    p.t1 = end;
    p.point = p.granularity === "day" || st.prec === "time";
    dated.push(p);
  }
  dated.sort((a, b) => a.t0 - b.t0 || a.t1 - b.t1 || a.order - b.order);
  return { dated, undated };
}

/**
 * Beyond this many entries, entries of the same period (and undated ones with the same words)
 * are drawn as one, with their count: the timeline of a long article stays readable and
 * quick to draw. Choosing such an entry again goes on to its next mention.
 */
export const AGGREGATE = 200;

/** placeEntries, with entries grouped (`members`, in text order) when there are many. */
export function groupEntries(placed, limit = AGGREGATE) {
  const { dated, undated } = placed;
  if (dated.length + undated.length <= limit) return placed;
  const group = (list, keyOf) => {
    const out = [];
    const byKey = new Map();
    for (const d of list) {
      const key = keyOf(d);
      const g = byKey.get(key);
      if (g) g.members.push(d);
      else {
        const first = Object.assign(Object.create(Object.getPrototypeOf(d)), d, { members: [d] });
        byKey.set(key, first);
        out.push(first);
      }
    }
    for (const g of out) if (g.members.length > 1) g.members.sort((a, b) => a.order - b.order);
    return out;
  };
  return {
    dated: group(dated, (d) => `${d.t0}|${d.t1}|${d.point}|${d.granularity}`),
    undated: group(undated, (u) => u.txText ?? u.timex),
  };
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const STEPS = [
  ["day", 1], ["day", 2], ["day", 7], ["month", 1], ["month", 3], ["month", 6],
  ["year", 1], ["year", 2], ["year", 5], ["year", 10], ["year", 20], ["year", 50], ["year", 100], ["year", 250], ["year", 500], ["year", 1000],
];
const approx = { day: DAY, month: 30.44 * DAY, year: 365.25 * DAY };

function ticks(t0, t1, maxTicks) {
  const span = t1 - t0;
  const [unit, n] = STEPS.find(([u, k]) => span / (approx[u] * k) <= maxTicks) || STEPS[STEPS.length - 1];
  const d = new Date(t0);
  d.setUTCHours(0, 0, 0, 0);
  if (unit !== "day") d.setUTCDate(1);
  if (unit === "month") d.setUTCMonth(Math.floor(d.getUTCMonth() / n) * n);
  if (unit === "year") d.setUTCMonth(0), d.setUTCFullYear(Math.floor(d.getUTCFullYear() / n) * n);
  const out = [];
  for (let guard = 0; guard < 400 && d.getTime() <= t1; guard++) {
    if (d.getTime() >= t0) {
      const label = unit === "year" ? String(d.getUTCFullYear())
        : unit === "month" ? (d.getUTCMonth() === 0 ? String(d.getUTCFullYear()) : MONTHS[d.getUTCMonth()])
        : `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]}`;
      out.push({ t: d.getTime(), label, major: unit === "month" ? d.getUTCMonth() === 0 : unit === "day" ? d.getUTCDate() === 1 : d.getUTCFullYear() % (n * 5) === 0 });
    }
    if (unit === "day") d.setUTCDate(d.getUTCDate() + n);
    else if (unit === "month") d.setUTCMonth(d.getUTCMonth() + n);
    else d.setUTCFullYear(d.getUTCFullYear() + n);
  }
  return out;
}

// The article's words in a label ("18 Nov 2025 · <sentence>") between FSI and PDI: a
// right-to-left sentence keeps its order, and its "…" its end, inside the English label.
const isolate = (str) => (str ? `\u2068${str}\u2069` : "");

function truncate(str, max) {
  const chars = [...str];
  return chars.length > max ? chars.slice(0, max - 1).join("").trimEnd() + "…" : str;
}

// A guess at 12px before the labels are measured.
const GUESS = 7;

function padded(items) {
  const t0 = Math.min(...items.map((d) => d.t0));
  const t1 = Math.max(...items.map((d) => d.t1));
  const span = Math.max(t1 - t0, 20 * DAY);
  const mid = (t0 + t1) / 2;
  return [mid - span * 0.56, mid + span * 0.56];
}

export class Timeline {
  /** host: an empty element; onChoose(entry) is called when the reader chooses an entry. */
  constructor(host, { onChoose } = {}) {
    this.host = host;
    this.doc = host.ownerDocument;
    this.onChoose = onChoose || (() => {});
    this.selected = null;
    this.items = { dated: [], undated: [] };
    this.domain = null;
    this.full = null;
    this.clipId = `kr-clip-${++clipCounter}`;
    const doc = this.doc;
    const btn = (label, title, fn, key) => {
      const b = h(doc, "button", { type: "button", class: "tl-btn", "aria-label": title, title, "data-action": key, text: label });
      b.addEventListener("click", fn);
      return b;
    };
    this.controls = h(doc, "div", { class: "tl-controls", role: "toolbar", "aria-label": "Timeline zoom and pan" },
      btn("−", "Zoom out", () => this.zoom(1.6), "zoom-out"), btn("+", "Zoom in", () => this.zoom(1 / 1.6), "zoom-in"),
      btn("←", "Pan earlier", () => this.pan(-0.25), "pan-earlier"), btn("→", "Pan later", () => this.pan(0.25), "pan-later"),
      btn("Fit", "Fit: show every entry", () => this.fit(), "fit"));
    this.svg = s(doc, "svg", { class: "tl-svg", role: "group", "aria-label": "Timeline of the article; left and right arrows pan, + and − zoom, up and down move between entries", tabindex: "0", part: "timeline-svg" });
    this.empty = h(doc, "p", { class: "tl-empty", text: "No dated events yet. Dates found in the text appear here on a time axis." });
    this.tip = h(doc, "div", { class: "tl-tip", "aria-hidden": "true", hidden: true });
    // What a hollow mark means (not colour alone: the ≈ is in the label and its aria-label).
    this.key = h(doc, "p", { class: "tl-key", hidden: true },
      h(doc, "span", { class: "tl-key-mark", "aria-hidden": "true", text: "≈" }),
      " hollow, dashed: the date rests on an inferred document date or a guess (hover for why)");
    host.replaceChildren(this.controls, this.svg, this.empty, this.key, this.tip);
    host.classList.add("tl");
    this.bindEvents();
    this.width = 0;
    if (typeof ResizeObserver === "function") {
      this.ro = new ResizeObserver(() => {
        const w = Math.round(this.host.clientWidth);
        if (w && w !== this.width) { this.width = w; this.draw(); }
      });
      this.ro.observe(host);
    }
  }

  set(analysis) {
    this.items = groupEntries(placeEntries(analysis));
    // How sure each dated entry is: resolved against an inferred document date, or a guess.
    for (const d of this.items.dated) {
      d.sure = [...new Set((d.members || [d]).flatMap((m) => m.sure()))];
    }
    this.key.hidden = !this.items.dated.some((d) => d.sure.length);
    // timex id → the drawn item holding it
    this.byTimex = new Map();
    for (const d of [...this.items.dated, ...this.items.undated]) {
      for (const m of d.members || [d]) this.byTimex.set(m.timex, d);
    }
    this.analysis = analysis;
    this.tip.hidden = true;
    this.selected = null;
    this.focus();
    this.draw();
  }

  fit(redraw = true) {
    const { dated } = this.items;
    this.full = dated.length ? padded(dated) : null;
    this.domain = this.full && [...this.full];
    if (redraw) this.draw();
  }

  /** The first view: everything, unless a few far-off entries would squeeze the rest into a
   *  corner; then the main group, with the others pinned to the edges ("Fit" shows all). */
  focus() {
    const { dated } = this.items;
    this.fit(false);
    let group = dated;
    // Split off far groups while one gap is most of the span (e.g. a decade, a year, then a week).
    for (let round = 0; round < 3 && group.length >= 3; round++) {
      const t0 = Math.min(...group.map((d) => d.t0));
      const t1 = Math.max(...group.map((d) => d.t1));
      let best = null;
      let reach = -Infinity;
      for (let i = 1; i < group.length; i++) {
        reach = Math.max(reach, group[i - 1].t1);
        const gap = group[i].t0 - reach;
        if (!best || gap > best.gap) best = { gap, i };
      }
      if (!best || best.gap < 0.35 * (t1 - t0)) break;
      const left = group.slice(0, best.i);
      const right = group.slice(best.i);
      const main = right.length >= left.length ? right : left;
      if (main.length < 2) break;
      group = main;
    }
    if (group !== dated) this.domain = padded(group);
  }

  zoom(factor, atFraction = 0.5) {
    if (!this.domain) return;
    const [a, b] = this.domain;
    const at = a + (b - a) * atFraction;
    let span = (b - a) * factor;
    span = Math.max(2 * DAY, Math.min(span, 3000 * 365.25 * DAY));
    this.domain = [at - span * atFraction, at + span * (1 - atFraction)];
    this.draw();
  }

  pan(fraction) {
    if (!this.domain) return;
    const [a, b] = this.domain;
    const d = (b - a) * fraction;
    this.domain = [a + d, b + d];
    this.draw();
  }

  /** Marks an entry as chosen; with reveal, pans so that it is in view. */
  select(timexId, { reveal = true } = {}) {
    this.selected = timexId;
    const item = this.byTimex?.get(timexId);
    if (reveal && item && this.domain) {
      const [a, b] = this.domain;
      if (item.t1 < a || item.t0 > b) {
        const span = Math.max(b - a, (item.t1 - item.t0) * 1.2);
        const mid = (item.t0 + item.t1) / 2;
        this.domain = [mid - span / 2, mid + span / 2];
      }
    }
    this.draw();
    const g = item && this.svg.querySelector(`[data-timex="${cssEscape(item.timex)}"]`);
    return g;
  }

  bindEvents() {
    const svg = this.svg;
    const frac = (clientX) => {
      const r = svg.getBoundingClientRect();
      return Math.max(0, Math.min(1, (clientX - r.left - PAD) / Math.max(1, r.width - 2 * PAD)));
    };
    svg.addEventListener("wheel", (ev) => {
      if (!this.domain) return;
      ev.preventDefault();
      if (Math.abs(ev.deltaX) > Math.abs(ev.deltaY)) this.pan(ev.deltaX / 800);
      else this.zoom(Math.exp(ev.deltaY / 400), frac(ev.clientX));
    }, { passive: false });
    let drag = null;
    svg.addEventListener("pointerdown", (ev) => {
      if (!this.domain || ev.button !== 0 || ev.target.closest("[data-timex]")) return;
      drag = { x: ev.clientX, domain: [...this.domain], id: ev.pointerId };
      svg.setPointerCapture?.(ev.pointerId);
      svg.classList.add("dragging");
    });
    svg.addEventListener("pointermove", (ev) => {
      if (!drag || ev.pointerId !== drag.id) return;
      const r = svg.getBoundingClientRect();
      const [a, b] = drag.domain;
      const dt = ((ev.clientX - drag.x) / Math.max(1, r.width - 2 * PAD)) * (b - a);
      this.domain = [a - dt, b - dt];
      if (!this.raf) this.raf = requestAnimationFrame(() => { this.raf = 0; this.draw(); });
    });
    const end = () => { drag = null; svg.classList.remove("dragging"); };
    svg.addEventListener("pointerup", end);
    svg.addEventListener("pointercancel", end);
    svg.addEventListener("click", (ev) => {
      const g = ev.target.closest?.("[data-timex]");
      if (g) this.choose(g.dataset.timex);
    });
    const showTip = (ev) => {
      const g = ev.target.closest?.("[data-timex]");
      if (!g) { this.tip.hidden = true; return; }
      this.showTip(g);
    };
    svg.addEventListener("pointerover", showTip);
    svg.addEventListener("focusin", showTip);
    svg.addEventListener("pointerleave", () => { this.tip.hidden = true; });
    svg.addEventListener("focusout", () => { this.tip.hidden = true; });
    svg.addEventListener("keydown", (ev) => {
      const g = ev.target.closest?.("[data-timex]");
      if (g && (ev.key === "Enter" || ev.key === " ")) {
        ev.preventDefault();
        this.choose(g.dataset.timex);
        return;
      }
      if (ev.key === "ArrowDown" || ev.key === "ArrowUp" || ev.key === "Home" || ev.key === "End") {
        // Move between entries in time order (the undated lane last). From the timeline
        // itself: to the chosen entry if there is one, else Down and Home to the first,
        // Up and End to the last.
        const all = [...this.svg.querySelectorAll("[data-timex]")];
        if (!all.length) return;
        ev.preventDefault();
        let i = g ? all.indexOf(g) : -1;
        let j;
        if (ev.key === "Home") j = 0;
        else if (ev.key === "End") j = all.length - 1;
        else if (i >= 0) j = Math.max(0, Math.min(all.length - 1, i + (ev.key === "ArrowDown" ? 1 : -1)));
        else {
          i = all.findIndex((el) => el.dataset.timex === this.selected);
          j = i >= 0 ? i : ev.key === "ArrowDown" ? 0 : all.length - 1;
        }
        all[j]?.focus();
        return;
      }
      const keys = { ArrowLeft: () => this.pan(-0.15), ArrowRight: () => this.pan(0.15), "+": () => this.zoom(1 / 1.4), "=": () => this.zoom(1 / 1.4), "-": () => this.zoom(1.4), "0": () => this.fit() };
      if (keys[ev.key] && !ev.ctrlKey && !ev.metaKey && !ev.altKey) {
        ev.preventDefault();
        keys[ev.key]();
        if (g) this.svg.querySelector(`[data-timex="${cssEscape(g.dataset.timex)}"]`)?.focus();
      }
    });
  }

  /** Chooses the drawn entry `timexId`; an entry standing for many goes on to the next each time. */
  choose(timexId) {
    const item = this.byTimex?.get(timexId);
    if (!item) return;
    let member = item;
    if (item.members?.length > 1) {
      const k = item.members.findIndex((m) => m.timex === this.selected);
      member = item.members[(k + 1) % item.members.length];
    }
    this.select(member.timex, { reveal: true });
    const g = this.svg.querySelector(`[data-timex="${cssEscape(item.timex)}"]`);
    g?.focus({ preventScroll: true });
    if (g && !this.tip.hidden) this.showTip(g);
    const entry = member.entry;
    if (entry) this.onChoose(entry);
  }

  /** "×12" for an entry standing for 12 mentions, "" for one. */
  static times(d) {
    return d.members?.length > 1 ? ` ×${d.members.length}` : "";
  }

  draw() {
    const doc = this.doc;
    const svg = this.svg;
    const W = Math.max(280, this.width || this.host.clientWidth || 600);
    const { dated, undated } = this.items;
    this.empty.hidden = dated.length + undated.length > 0;
    this.controls.hidden = dated.length === 0;
    svg.classList.toggle("is-empty", dated.length + undated.length === 0);
    const children = [];
    let y = 0;
    if (dated.length && this.domain) {
      const [a, b] = this.domain;
      const inner = W - 2 * PAD;
      const x = (t) => PAD + ((t - a) / (b - a)) * inner;
      // axis
      const axis = s(doc, "g", { class: "tl-axis", "aria-hidden": "true" });
      axis.append(s(doc, "line", { x1: PAD, x2: W - PAD, y1: AXIS - 8, y2: AXIS - 8, class: "tl-axis-line" }));
      for (const tk of ticks(a, b, Math.max(2, Math.floor(inner / 78)))) {
        const tx = x(tk.t);
        axis.append(s(doc, "line", { x1: tx, x2: tx, y1: AXIS - 12, y2: AXIS - 4, class: tk.major ? "tl-tick major" : "tl-tick" }));
        const lab = s(doc, "text", { x: tx + 3, y: AXIS - 16, class: tk.major ? "tl-tick-label major" : "tl-tick-label" });
        lab.textContent = tk.label;
        axis.append(lab);
      }
      // lanes: greedy packing in pixel space, label included
      const lanes = [];
      const placed = [];
      const fulls = dated.map((d) => {
        const pin = d.t1 < a ? "before" : d.t0 > b ? "after" : null;
        const when = formatWhen(d.start, d.end, d.granularity);
        return `${pin === "before" ? "◂ " : ""}${d.sure.length ? "≈ " : ""}${when}${Timeline.times(d)} · ${isolate(d.summary || d.txText || "")}${pin === "after" ? " ▸" : ""}`;
      });
      this.measure(fulls.map((f) => truncate(f, 44)));
      for (const [k, d] of dated.entries()) {
        // Entries out of view are pinned to the edge they lie beyond, still there to choose.
        const pin = d.t1 < a ? "before" : d.t0 > b ? "after" : null;
        const x0 = pin === "before" ? PAD : pin === "after" ? W - PAD : x(d.t0);
        const x1 = pin ? x0 : d.point ? x((d.t0 + d.t1) / 2) : Math.max(x(d.t1), x0 + 4);
        const full = fulls[k];
        const perChar = this.perChar(truncate(full, 44));
        const textWidth = (str) => [...str].length * perChar;
        // A label sits inside its bar when it fits there, else right of its mark, or left of it
        // when there is more room there; cut to fit.
        const pointish = d.point || pin;
        const visL = pointish ? x1 : Math.max(x0, PAD);
        const visR = pointish ? x1 : Math.min(x1, W - PAD);
        let label = truncate(full, 44);
        let tw = textWidth(label);
        let mode = "right";
        if (!pointish && visR - visL >= tw + 12) mode = "inside";
        else {
          const rightRoom = W - PAD - (visR + 8);
          const leftRoom = visL - 8 - PAD;
          if (tw > rightRoom) {
            if (leftRoom > rightRoom) mode = "left";
            label = truncate(full, Math.max(8, Math.min(44, Math.floor(Math.max(leftRoom, rightRoom) / perChar))));
            tw = textWidth(label);
          }
        }
        const flip = mode === "left";
        const lx = mode === "inside" ? visL + 6 : mode === "left" ? visL - 8 : visR + 8;
        const right = flip ? x1 + 10 : Math.max(x1, lx + tw) + 10;
        const left = flip ? lx - tw : pointish ? x1 - 7 : x0;
        let lane = lanes.findIndex((end) => end < left);
        if (lane < 0) { lanes.push(right); lane = lanes.length - 1; } else lanes[lane] = right;
        placed.push({ d, x0, x1, lane, label, lx, flip, pin });
      }
      const lanesH = Math.max(1, lanes.length) * LANE;
      const grid = s(doc, "g", { class: "tl-grid", "aria-hidden": "true" });
      for (const tk of ticks(a, b, Math.max(2, Math.floor(inner / 78)))) {
        const tx = x(tk.t);
        grid.append(s(doc, "line", { x1: tx, x2: tx, y1: AXIS - 4, y2: AXIS + lanesH, class: "tl-gridline" }));
      }
      const clip = s(doc, "clipPath", { id: this.clipId }, s(doc, "rect", { x: PAD - 8, y: 0, width: inner + 16, height: AXIS + lanesH + 4 }));
      const body = s(doc, "g", { "clip-path": `url(#${this.clipId})`, class: "tl-entries" });
      const stems = s(doc, "g", { class: "tl-stems", "aria-hidden": "true" });
      for (const p of placed) {
        const cy = AXIS + p.lane * LANE + LANE / 2;
        if (p.d.point && !p.pin) stems.append(s(doc, "line", { x1: p.x1, x2: p.x1, y1: AXIS - 8, y2: cy, class: "tl-stem" }));
      }
      body.append(stems);
      for (const p of placed) body.append(this.entryNode(p, AXIS + p.lane * LANE + LANE / 2));
      children.push(s(doc, "defs", null, clip), grid, axis, body);
      y = AXIS + lanesH + 8;
    }
    if (undated.length) {
      const g = s(doc, "g", { class: "tl-undated" });
      const title = s(doc, "text", { x: PAD, y: y + 16, class: "tl-lane-title" });
      title.textContent = "Date unknown or relative";
      g.append(s(doc, "line", { x1: PAD, x2: W - PAD, y1: y + 2, y2: y + 2, class: "tl-sep" }), title);
      let cx = PAD;
      let cy = y + 28;
      const labels = undated.map((u) => truncate(`${isolate(u.txText ?? u.timex)}${Timeline.times(u)} · ${isolate(u.summary || "")}`, 40));
      this.measure(labels);
      for (const [k, u] of undated.entries()) {
        const label = labels[k];
        const w = [...label].length * this.perChar(label) + 22;
        if (cx + w > W - PAD && cx > PAD) { cx = PAD; cy += LANE; }
        g.append(this.undatedNode(u, cx, cy, w, label));
        cx += w + 8;
      }
      children.push(g);
      y = cy + LANE;
    }
    svg.setAttribute("viewBox", `0 0 ${W} ${Math.max(y, 1)}`);
    svg.setAttribute("width", W);
    svg.setAttribute("height", Math.max(y, 1));
    const focused = svg.querySelector(":focus")?.dataset?.timex;
    svg.replaceChildren(...children);
    if (focused) svg.querySelector(`[data-timex="${cssEscape(focused)}"]`)?.focus({ preventScroll: true });
  }

  /** The full story of an entry, next to it: when, the words that said so, the sentence, who. */
  showTip(g) {
    const group = this.byTimex?.get(g.dataset.timex);
    if (!group) return;
    // An entry standing for many: the one chosen last, else the first.
    const item = group.members?.find((m) => m.timex === this.selected) ?? group;
    const e = item.entry;
    if (!e) return;
    const n = group.members?.length ?? 1;
    const doc = this.doc;
    const lang = this.analysis?.language;
    const ents = this.analysis?.entities || [];
    const text = field(ents, "text");
    const who = [...new Set(e.entities.map((id) => { const i = indexOfId(ents, id); return i < 0 ? undefined : text(i); }).filter(Boolean))];
    const k = n > 1 ? group.members.indexOf(item) : -1;
    const count = n < 2 ? null : k < 0 ? `${n} mentions of this date: choose it for the first, again for the next`
      : `${k + 1} of ${n} mentions of this date; choose again for the next`;
    // (replaceChildren would write a null as the text "null")
    this.tip.replaceChildren(...[
      count ? h(doc, "div", { class: "tl-tip-count", text: count }) : null,
      h(doc, "div", { class: "tl-tip-when", text: e.start ? formatWhen(e.start, e.end, e.granularity) : "Date unknown or relative" }),
      item.tx ? h(doc, "div", { class: "tl-tip-tx" }, "“", srcNode(doc, item.tx.text, lang), `” = ${item.tx.value}`) : null,
      group.sure?.length ? h(doc, "div", { class: "tl-tip-sure", text: `How sure: ${(item.tx ? confidence(item.tx, this.analysis) : []).join("; ") || group.sure.join("; ")}` }) : null,
      h(doc, "div", { class: "tl-tip-summary", lang, dir: "auto", text: e.summary || "" }),
      who.length ? h(doc, "div", { class: "tl-tip-who" }, ...who.slice(0, 12).flatMap((name, i) => [i ? " · " : "", srcNode(doc, name, lang)]), who.length > 12 ? " …" : "") : null,
    ].filter(Boolean));
    this.tip.hidden = false;
    this.placeTip(g);
  }

  /** Puts the tip next to its entry where it covers no other entry: below it, above it, or
   *  else below the whole timeline (never over the "Date unknown" lane, say). */
  placeTip(g) {
    const r = g.getBoundingClientRect();
    const hr = this.host.getBoundingClientRect();
    const w = this.tip.offsetWidth;
    const th = this.tip.offsetHeight;
    let left = r.left - hr.left;
    left = Math.max(0, Math.min(left, this.host.clientWidth - w));
    const others = [...this.svg.querySelectorAll("[data-timex]")].filter((el) => el !== g).map((el) => el.getBoundingClientRect());
    const covers = (top) => others.some((o) => o.width > 0 && o.left - hr.left < left + w && o.right - hr.left > left && o.top - hr.top < top + th && o.bottom - hr.top > top);
    const sr = this.svg.getBoundingClientRect();
    const win = this.doc.defaultView;
    const vh = win?.innerHeight || Infinity;
    const onScreen = (top) => top + hr.top >= 4 && top + hr.top + th <= vh - 4;
    // Inside what clips the timeline too (the page's side column scrolls), where a place that
    // covers no entry is: a tall tip (Urdu's Nastaliq lines) placed above the entry would be
    // cut off at the column's top.
    let clipTop = -Infinity;
    let clipBottom = Infinity;
    for (let el = this.host.parentElement; el; el = el.parentElement) {
      if (win?.getComputedStyle(el).overflowY === "visible") continue;
      const c = el.getBoundingClientRect();
      clipTop = Math.max(clipTop, c.top);
      clipBottom = Math.min(clipBottom, c.bottom);
    }
    const unclipped = (top) => top + hr.top >= clipTop && top + hr.top + th <= clipBottom;
    // host-relative candidates: below the entry, above it, below the timeline, above it
    const places = [r.bottom - hr.top + 6, r.top - hr.top - 6 - th, sr.bottom - hr.top + 6, sr.top - hr.top - 6 - th];
    let top = places.find((t) => onScreen(t) && unclipped(t) && !covers(t)) ?? places.find((t) => onScreen(t) && !covers(t));
    // No such place (a phone in landscape): on screen first, next to the entry if possible.
    top ??= places.find(onScreen) ?? onScreenTop(r, th, win) - hr.top;
    this.tip.style.left = `${left}px`;
    this.tip.style.top = `${top}px`;
  }

  /** Measures label widths (one layout for all of them) and keeps them. */
  measure(labels) {
    this.widths ??= new Map();
    const todo = [...new Set(labels)].filter((l) => !this.widths.has(l));
    if (!todo.length || !this.svg.isConnected) return;
    const g = s(this.doc, "g", { class: "tl-measure", "aria-hidden": "true" });
    const nodes = todo.map((l) => { const t = s(this.doc, "text", { class: "tl-label" }); t.textContent = l; g.append(t); return t; });
    this.svg.append(g);
    nodes.forEach((t, i) => {
      const w = t.getComputedTextLength?.() || 0;
      if (w > 0) this.widths.set(todo[i], w);
    });
    g.remove();
    if (this.widths.size > 5000) this.widths.clear();
  }

  /** Average width of a character of this label, measured or guessed. */
  perChar(label) {
    const w = this.widths?.get(label);
    return w ? w / Math.max(1, [...label].length) : GUESS;
  }

  entryNode({ d, x0, x1, label, lx, flip, pin }, cy) {
    const doc = this.doc;
    const e = d; // its timex, start, end, granularity and summary
    const when = formatWhen(e.start, e.end, e.granularity);
    const g = s(doc, "g", {
      class: `tl-entry ${d.point ? "point" : "range"} g-${e.granularity}${pin ? ` pinned ${pin}` : ""}${d.sure?.length ? " unsure" : ""}${this.selected === e.timex ? " selected" : ""}`,
      "data-timex": e.timex, "data-start": e.start, "data-end": e.end, "data-granularity": e.granularity,
      tabindex: "0", role: "button", "aria-pressed": this.selected === e.timex ? "true" : "false",
      "aria-label": `${label}${label.endsWith("…") ? ` (${e.summary})` : ""}${d.sure?.length ? `; approximate: ${d.sure.join("; ")}` : ""}`,
      part: d.sure?.length ? "timeline-entry unsure" : "timeline-entry",
    });
    if (pin) {
      const dx = pin === "before" ? -1 : 1;
      g.append(s(doc, "path", { d: `M${x1 + dx * 6} ${cy}L${x1 - dx * 4} ${cy - 7}L${x1 - dx * 4} ${cy + 7}Z`, class: "tl-pin" }));
      // the same attribute the points carry, for scripts that read positions
      g.append(s(doc, "circle", { cx: x1, cy, r: 0, class: "tl-anchor" }));
    } else if (d.point) {
      g.append(s(doc, "circle", { cx: x1, cy, r: 6, class: "tl-dot" }));
    } else {
      g.append(s(doc, "rect", { x: x0, y: cy - 9, width: Math.max(4, x1 - x0), height: 18, rx: 4, class: "tl-bar" }));
    }
    const text = s(doc, "text", { x: lx, y: cy + 4, class: "tl-label", "text-anchor": flip ? "end" : null });
    text.textContent = label;
    g.append(text);
    return g;
  }

  undatedNode(u, x, y, w, label) {
    const doc = this.doc;
    const e = u; // its timex
    const g = s(doc, "g", {
      class: `tl-entry undated${this.selected === e.timex ? " selected" : ""}`, "data-timex": e.timex, "data-start": "",
      tabindex: "0", role: "button", "aria-pressed": this.selected === e.timex ? "true" : "false",
      "aria-label": `${label} (date unknown${u.txi >= 0 ? `, ${u.txValue}` : ""})`, part: "timeline-entry",
    });
    g.append(s(doc, "rect", { x, y: y - 11, width: w, height: 22, rx: 11, class: "tl-chip" }));
    const text = s(doc, "text", { x: x + 11, y: y + 4, class: "tl-label" });
    text.textContent = label;
    g.append(text);
    return g;
  }
}

export function cssEscape(v) {
  return typeof CSS !== "undefined" && CSS.escape ? CSS.escape(v) : String(v).replace(/["\\]/g, "\\$&");
}
