import type { Analysis } from "./kaalrekha.js";

export { setAssetBase } from "./kaalrekha.js";

/**
 * `<kaalrekha-view lang="hi" dct="2025-11-20">…article text…</kaalrekha-view>`: highlighted
 * text and a timeline in Shadow DOM. Theme with --kr-* custom properties and ::part().
 * Attributes: `lang` ("auto" | "hi" | "en" | "ur"; Urdu text lays out right to left), `dct` (YYYY-MM-DD), `asset-base` (the folder
 * that holds `kaalrekha_core_bg.wasm`, for bundlers such as esbuild; see setAssetBase).
 * The text shows at once; the highlights follow when the analyser has loaded. If it cannot
 * load, the text stays and `kaalrekha-error` fires.
 */
export declare class KaalrekhaView extends HTMLElement {
  static readonly observedAttributes: string[];
  /** The article text: set to re-analyse; defaults to the element's text content. */
  text: string;
  /** The last Analysis, or null before the first one. */
  readonly analysis: Analysis | null;
  addEventListener<K extends keyof KaalrekhaViewEventMap>(type: K, listener: (this: KaalrekhaView, ev: KaalrekhaViewEventMap[K]) => unknown, options?: boolean | AddEventListenerOptions): void;
  addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions): void;
}

export interface KaalrekhaViewEventMap extends HTMLElementEventMap {
  "kaalrekha-analysed": CustomEvent<Analysis>;
  "kaalrekha-error": CustomEvent<Error>;
}

declare global {
  interface HTMLElementTagNameMap {
    "kaalrekha-view": KaalrekhaView;
  }
}
