// Types for kaalrekha: the JS API and the Analysis document (schema "kaalrekha/1").

/** Entity labels (OntoNotes, as spaCy uses them). */
export type EntityLabel =
  | "PERSON" | "ORG" | "GPE" | "LOC" | "NORP" | "EVENT"
  | "CARDINAL" | "ORDINAL" | "MONEY" | "PERCENT" | "QUANTITY";

/** TIMEX3 types. */
export type TimexType = "DATE" | "TIME" | "DURATION" | "SET";

/** How precise a timeline entry's date is. */
export type Granularity = "day" | "month" | "year" | "decade" | "unknown";

export type Language = "hi" | "en" | "ur";
export type OffsetUnit = "utf16" | "codepoint" | "utf8";

/** A sentence: `[start, end)` in the document's offset unit. */
export interface Sentence {
  start: number;
  end: number;
}

/** A named entity or number mention. `text` equals the input sliced at `[start, end)`. */
export interface Entity {
  /** "e1", "e2", … */
  id: string;
  start: number;
  end: number;
  text: string;
  label: EntityLabel;
  /** Coreference cluster ("c1", …): mentions of the same person, place or thing. */
  cluster: string | null;
  /** The name in Latin script, e.g. "Narendra Modi" for "नरेंद्र मोदी". */
  latin: string | null;
  /** Wikidata item id, e.g. "Q1058". */
  wikidata: string | null;
  /** Numeric value of CARDINAL, ORDINAL, MONEY, PERCENT and QUANTITY mentions. */
  value: number | null;
  /** Currency or unit of MONEY and QUANTITY mentions ("INR", "USD", "km"). */
  unit: string | null;
}

/** A time expression, normalised as in TimeML's TIMEX3. */
export interface Timex {
  /** "t1", "t2", … */
  id: string;
  start: number;
  end: number;
  text: string;
  type: TimexType;
  /** TIMEX3 value: "2025-11-18", "XXXX-11-18", "2025-11", "202", "P2Y", "PRESENT_REF", "XXXX-WXX-1", … */
  value: string;
  /** TIMEX3 mod: "APPROX", "START", "END", "BEFORE", "AFTER", … */
  mod: string | null;
  /** What a relative expression was resolved against: "dct" or another timex's id. */
  anchor: "dct" | string | null;
  /** Set when the value rests on a guess the reader should know about, e.g. "tense-unknown". */
  note: string | null;
}

/** One dated happening on the timeline, in chronological order. */
export interface TimelineEntry {
  /** The timex that dates it. */
  timex: string;
  /** First day, "YYYY-MM-DD" (or coarser); null when the date could not be resolved. */
  start: string | null;
  /** Last day, inclusive; null when unresolved. */
  end: string | null;
  granularity: Granularity;
  /** Index into `sentences`. */
  sentence: number;
  /** What happened, from the sentence. */
  summary: string;
  /** Ids of the entities taking part. */
  entities: string[];
  /** Ids of the other timexes naming the same event on the same date. */
  mentions: string[];
}

/** The Analysis document. */
export interface Analysis {
  schema: "kaalrekha/1";
  language: Language;
  /** The document creation date, "YYYY-MM-DD". */
  dct: string | null;
  /** "given" when passed in options, "inferred" when read from the text (a dateline). */
  dctSource: "given" | "inferred" | null;
  offsets: OffsetUnit;
  sentences: Sentence[];
  entities: Entity[];
  timexes: Timex[];
  timeline: TimelineEntry[];
}

export interface AnalyseOptions {
  /** Language of the text; "auto" (the default) detects it. */
  lang?: "auto" | Language;
  /** Document creation date "YYYY-MM-DD"; relative dates resolve against it. */
  dct?: string;
  /** Unit of every start/end; "utf16" (the default) makes `text.slice(start, end)` work. */
  offsets?: OffsetUnit;
}

/** The languages that have a pack, in the registry's order (data/languages.tsv). */
export const LANGUAGES: readonly Language[];

/** What the page and the element need to know of a language. */
export interface LanguageInfo {
  /** Its English name: "Urdu". */
  readonly name: string;
  /** Its own name, in its own script: "اردو". */
  readonly own: string;
  /** Its script, ISO 15924 in lower case: "deva", "latn", "arab". */
  readonly script: string;
  /** Its writing direction. */
  readonly dir: "ltr" | "rtl";
}

/** Every language of LANGUAGES, by code. */
export const LANGUAGE_INFO: Readonly<Record<Language, LanguageInfo>>;

/**
 * The language the letters of `text` give (its dominant script's language), without the
 * core: a guess the core confirms (where a script has several languages the core also weighs
 * function words, and refuses Arabic or Persian as not Urdu).
 */
export function scriptLanguage(text: string): Language;

/**
 * Loads the WebAssembly core once, and language packs: `langs` (default: every language, so
 * that `analyse` answers at once whatever the text; `[]` for the core alone). `analyse`
 * loads what it needs by itself.
 */
export function ready(options?: { langs?: readonly Language[] }): Promise<{ version: string }>;

/**
 * Loads the language pack of `lang` (and the core). Rejects with an Error naming the pack and
 * why (HTTP status, network error, or a pack that does not match the core).
 */
export function loadPack(lang: Language): Promise<void>;

/** Whether the core is loaded, and the pack of `lang` if given (then `analyse` answers at once). */
export function isReady(lang?: Language): boolean;

/**
 * Where to load the wasm and the packs from, for bundlers that do not rewrite
 * `new URL("…", import.meta.url)` (esbuild): the URL of a folder that holds
 * `kaalrekha_core_bg.wasm` and the packs (`hi.pack`, `en.pack`, `ur.pack`), or of the wasm itself (the packs
 * beside it), relative to the page. Call it before
 * the first analysis; `null` restores the default (`pkg/` beside the module).
 */
export function setAssetBase(base: string | { readonly href: string } | null): void;

/**
 * Analyses one article. Once the core and the pack of the text's language are loaded it
 * returns the Analysis at once and throws an Error for bad options; before that it loads
 * them and returns a Promise of it, so `await analyse(…)` works either way (rejected, with
 * the reason, when the core or the pack cannot load). If the core crashes (a WebAssembly.RuntimeError), it
 * throws an Error and restarts the core for the next call.
 */
export function analyse(text: string, options?: AnalyseOptions): Analysis | Promise<Analysis>;

/** `analyse` that never returns a Promise: throws unless the core and the text's pack are loaded. */
export function analyseSync(text: string, options?: AnalyseOptions): Analysis;

/** The core's version once ready, else null. */
export function version(): string | null;

/** A file's bytes read as text. */
export interface ReadText {
  text: string;
  encoding: "UTF-8" | "UTF-8 with BOM" | "UTF-16LE" | "UTF-16BE";
  /** Invalid sequences shown as U+FFFD. */
  replaced: number;
}
/**
 * Reads a file's bytes as text (UTF-8, or UTF-8/UTF-16 with a byte-order mark, which is
 * dropped). Throws an Error "not a text file: <reason>" for an image, an archive, random bytes.
 * Before `ready()` has resolved, returns a Promise.
 */
export function readText(bytes: ArrayBuffer | ArrayBufferView): ReadText | Promise<ReadText>;

/** @internal For the test suite: makes the live instance trap, as a panic would. */
export function __trapForTesting(): never;

/** @internal The compiled core, for another worker of the same page (undefined until compiled). */
export function __compiledCore(): Promise<object | undefined> | undefined;

/** @internal Uses a compiled core from another worker instead of fetching and compiling one. */
export function __useCompiledCore(module: object): void;

/** @internal Set by the Node entry: how to read the wasm from a `file:` URL. */
export function __setFileReader(read: (url: { readonly href: string }) => Promise<ArrayBuffer | ArrayBufferView>): void;
