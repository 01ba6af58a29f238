// <kaalrekha-view lang="hi" dct="2025-11-20">…article text…</kaalrekha-view>
//
// Renders the article with its highlighted mentions and a timeline, in Shadow DOM. The text
// comes from the element's own text content, or from its `text` property, and shows at once
// (with the status "Loading the analyser…"); the highlights follow when the wasm and the
// language pack of the text (pkg/hi.pack, pkg/en.pack or pkg/ur.pack: only the one it needs)
// are loaded. If either cannot load, the text stays, with the reason in the status. Attributes:
// `lang` ("auto" or a code of LANGUAGES: "hi", "en", "ur"), `dct` (YYYY-MM-DD), `asset-base` (where the wasm is, for bundlers
// that do not rewrite `new URL(…, import.meta.url)`; see setAssetBase). Fires
// `kaalrekha-analysed` (detail: the Analysis) after each analysis and `kaalrekha-error`
// (detail: the Error) when one fails or the analyser cannot load.
// Theme it with the --kr-* custom properties and ::part(text | timeline | details | mention |
// entity | timex | PERSON | DATE | … | timeline-entry | status).
// Urdu text reads right to left: the text part takes the language's direction (and each
// paragraph its own, from its letters), while the status and the timeline stay the page's.

import { LANGUAGE_INFO, analyse, isReady, scriptLanguage, setAssetBase } from "./kaalrekha.js";
import { buildIndex, clusterKey, dctNodes, fillDetails, h, marksAt, placeCard, renderText } from "./render.js";
import { Timeline, cssEscape } from "./timeline.js";
import { STYLES } from "./kaalrekha-view.styles.js";

export { setAssetBase };

const Base = typeof HTMLElement === "undefined" ? class {} : HTMLElement;
const EMPTY = { sentences: [], entities: [], timexes: [], timeline: [] };
let instances = 0;

// The styles are constructable stylesheets, made once per document and shared by every
// instance: nothing to fetch, nothing inline, so `style-src 'self'` allows them. Browsers
// without adoptedStyleSheets (before Safari 16.4, Firefox 101) get <style> elements.
const sheetsOf = new WeakMap();
function adoptStyles(root, doc) {
  const win = doc.defaultView;
  if (win && "adoptedStyleSheets" in root && typeof win.CSSStyleSheet === "function" && "replaceSync" in win.CSSStyleSheet.prototype) {
    let sheets = sheetsOf.get(doc);
    if (!sheets) {
      sheets = STYLES.map((css) => { const s = new win.CSSStyleSheet(); s.replaceSync(css); return s; });
      sheetsOf.set(doc, sheets);
    }
    root.adoptedStyleSheets = [...sheets];
  } else {
    for (const css of STYLES) root.append(h(doc, "style", {}, css));
  }
}

export class KaalrekhaView extends Base {
  static get observedAttributes() { return ["lang", "dct", "asset-base"]; }

  constructor() {
    super();
    this._text = null;
    this._analysis = null;
    this._generation = 0;
    this._queued = false;
    const root = this.attachShadow({ mode: "open" });
    const doc = this.ownerDocument;
    this._uid = `kr${++instances}`;
    adoptStyles(root, doc);
    this._textEl = h(doc, "div", { class: "kr-text", part: "text", role: "article" });
    this._card = h(doc, "div", { class: "kr-card", part: "details", role: "tooltip", id: `${this._uid}-card`, hidden: true });
    this._status = h(doc, "p", { class: "kr-status", part: "status", role: "status" });
    this._tlHost = h(doc, "div", { class: "kr-timeline", part: "timeline", role: "region", "aria-label": "Timeline", hidden: true });
    this._wrap = h(doc, "div", { class: "kr-wrap" }, this._textEl, this._card);
    root.append(h(doc, "div", { class: "kr-root", part: "container" }, this._wrap, this._tlHost, this._status));
    this._timeline = new Timeline(this._tlHost, { onChoose: (entry) => this._chooseEntry(entry) });
    this._bind();
  }

  /** The article text: the `text` property when set, else the element's text content. */
  get text() { return this._text ?? this.textContent.trim(); }
  set text(value) { this._text = value == null ? null : String(value); this._schedule(); }

  /** The last Analysis, or null. */
  get analysis() { return this._analysis; }

  connectedCallback() {
    // A `text` set on the element before this class was defined shadows the accessor: adopt it.
    if (Object.prototype.hasOwnProperty.call(this, "text")) {
      const value = this.text;
      delete this.text;
      this.text = value;
    }
    if (!this._observer && typeof MutationObserver === "function") {
      this._observer = new MutationObserver(() => { if (this._text == null) this._schedule(); });
      this._observer.observe(this, { childList: true, characterData: true, subtree: true });
    }
    this._schedule();
  }

  disconnectedCallback() {
    this._observer?.disconnect();
    this._observer = null;
  }

  attributeChangedCallback() { this._schedule(); }

  _schedule() {
    if (this._queued) return;
    this._queued = true;
    queueMicrotask(() => { this._queued = false; if (this.isConnected) this._update(); });
  }

  async _update() {
    const gen = ++this._generation;
    const text = this.text;
    const options = { offsets: "utf16" };
    const lang = this.getAttribute("lang");
    const dct = this.getAttribute("dct");
    if (lang) options.lang = lang;
    if (dct) options.dct = dct;
    const base = this.getAttribute("asset-base");
    if (base && !isReady()) setAssetBase(new URL(base, this.ownerDocument.baseURI).href);
    this.setAttribute("aria-busy", "true");
    let waited = false;
    try {
      const result = analyse(text, options); // a Promise until the analyser has loaded
      if ((waited = typeof result?.then === "function")) {
        // The text first, readable at once; the highlights when the analyser is ready.
        this._showPlain(text);
        this._setStatus("loading", "Loading the analyser…");
      }
      const analysis = await result;
      if (gen !== this._generation) return;
      this._show(text, analysis);
      this.removeAttribute("aria-busy");
      this.dispatchEvent(new CustomEvent("kaalrekha-analysed", { detail: analysis, bubbles: true, composed: true }));
    } catch (error) {
      if (gen !== this._generation) return;
      this.removeAttribute("aria-busy");
      if (this._shown !== text) this._showPlain(text);
      const message = String(error?.message ?? error).replace(/^kaalrekha: /, "");
      const failedToLoad = waited && (!isReady() || /language pack/.test(message));
      this._setStatus("error", failedToLoad ? `The analyser could not load, so the text is shown without highlights (${message}).` : `Could not analyse: ${message}`);
      this.dispatchEvent(new CustomEvent("kaalrekha-error", { detail: error, bubbles: true, composed: true }));
    }
  }

  _setStatus(state, ...nodes) {
    this._status.dataset.state = state;
    this._status.replaceChildren(...nodes);
  }

  /** The text part's language and direction: `lang` when known, else what its letters give. */
  _setLanguage(lang, text) {
    const info = lang && Object.hasOwn(LANGUAGE_INFO, lang) ? LANGUAGE_INFO[lang] : null;
    if (info) this._textEl.lang = lang;
    else this._textEl.removeAttribute("lang");
    this._textEl.dir = (info ?? LANGUAGE_INFO[scriptLanguage(text)])?.dir || "auto";
  }

  /** The text without highlights (while loading, or when the analyser is unavailable). */
  _showPlain(text) {
    this._render?.cancel();
    this._analysis = null;
    this._index = null;
    this._elements = null;
    this._shown = text;
    this._setLanguage(this.getAttribute("lang"), text);
    this._render = renderText(this._textEl, text, EMPTY, { focusable: false });
    this._tlHost.hidden = true;
    this._card.hidden = true;
  }

  _show(text, analysis) {
    this._analysis = analysis;
    this._shown = text;
    this._tlHost.hidden = false;
    this._index = buildIndex(text, analysis);
    this._setLanguage(analysis.language, text);
    this._render?.cancel();
    this._render = renderText(this._textEl, text, analysis);
    this._elements = this._render.elements;
    this._timeline.set(analysis);
    const n = analysis.entities.length;
    const d = analysis.timexes.length;
    const dct = analysis.dctSource === "given" || (!d && !analysis.dct) ? [] : [" · ", ...dctNodes(this.ownerDocument, analysis, { compact: true, quotes: "text" })];
    this._setStatus("done", `${n} ${n === 1 ? "entity" : "entities"} · ${d} ${d === 1 ? "time expression" : "time expressions"}`, ...dct);
  }

  _bind() {
    const t = this._textEl;
    t.addEventListener("click", (ev) => this._choose(marksAt(ev.target, t)));
    t.addEventListener("keydown", (ev) => {
      if (ev.key === "Escape") { this._selectCluster(null); this._card.hidden = true; return; }
      if ((ev.key === "Enter" || ev.key === " ") && ev.target.tagName === "MARK") { ev.preventDefault(); this._choose(marksAt(ev.target, t)); }
    });
    const show = (target) => {
      const marks = marksAt(target, t);
      if (!marks.length || !this._index) { this._card.hidden = true; return; }
      fillDetails(this._card, marks, this._index);
      this._card.hidden = false;
      placeCard(this._card, marks[0], this._wrap);
    };
    t.addEventListener("mouseover", (ev) => show(ev.target));
    t.addEventListener("mouseleave", () => { this._card.hidden = true; });
    t.addEventListener("focusin", (ev) => { if (ev.target.tagName === "MARK") { ev.target.setAttribute("aria-describedby", this._card.id); show(ev.target); } });
    t.addEventListener("focusout", (ev) => { ev.target.removeAttribute?.("aria-describedby"); this._card.hidden = true; });
  }

  _choose(marks) {
    const m = marks[0] && this._index?.byId.get(marks[0].dataset.id);
    if (!m) return;
    if (m.kind === "timex") {
      const en = this._index.entryOf.get(m.id);
      this._active([m.id]);
      if (en) this._timeline.select(en.entry.timex);
    } else {
      const key = clusterKey(m);
      this._selectCluster(this._cluster === key ? null : key);
    }
  }

  _selectCluster(key) {
    for (const el of this._textEl.querySelectorAll("mark.in-cluster")) el.classList.remove("in-cluster");
    this._cluster = key;
    if (key) for (const el of this._textEl.querySelectorAll(`mark[data-cluster="${cssEscape(key)}"]`)) el.classList.add("in-cluster");
  }

  _active(ids) {
    for (const el of this._textEl.querySelectorAll("mark.active")) el.classList.remove("active");
    for (const id of ids) for (const el of this._elements?.get(id) || []) el.classList.add("active");
  }

  _chooseEntry(entry) {
    this._active([entry.timex, ...entry.mentions]);
    const sents = this._textEl.querySelectorAll(`.sent[data-sentence="${entry.sentence}"]`);
    sents[0]?.scrollIntoView({ block: "nearest" });
    for (const el of sents) {
      el.classList.remove("flash-done");
      el.classList.add("flash");
      setTimeout(() => { el.classList.add("flash-done"); el.classList.remove("flash"); }, 900);
      setTimeout(() => el.classList.remove("flash-done"), 2600);
    }
  }
}

if (typeof customElements !== "undefined" && !customElements.get("kaalrekha-view")) {
  customElements.define("kaalrekha-view", KaalrekhaView);
}
