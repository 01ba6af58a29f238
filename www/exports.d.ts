import type { Analysis } from "./kaalrekha.js";

export type ExportFormat = "json" | "timelinejs" | "timeml" | "brat" | "csv";
export declare const FORMATS: Record<ExportFormat, { name: string; ext: string; mime: string }>;
/** Builds one export of `text` and its Analysis (UTF-16 offsets) as a string. */
export declare function build(format: ExportFormat, text: string, analysis: Analysis): string;
export declare function analysisJSON(analysis: Analysis): string;
export interface TimelineJSDate { year: string; month?: string; day?: string; hour?: string; minute?: string; display_date?: string }
export interface TimelineJSEvent { unique_id: string; start_date: TimelineJSDate; end_date?: TimelineJSDate; text: { headline: string; text: string }; group?: string }
/** Knight Lab TimelineJS JSON; entries without a resolved date are left out. */
export declare function timelineJS(text: string, analysis: Analysis): { events: TimelineJSEvent[]; title?: { text: { headline: string; text: string } } };
/** TimeML with inline TIMEX3 tags and the document date as t0. */
export declare function timeML(text: string, analysis: Analysis): string;
/** brat standoff .ann (code point offsets) for `text` saved as a .txt file. */
export declare function bratAnn(text: string, analysis: Analysis): string;
/** CSV with one row per mention; UTF-8 with a byte order mark, CRLF line ends. */
export declare function csv(text: string, analysis: Analysis): string;
export declare const CSV_COLUMNS: string[];
export declare function parseCSV(csv: string): string[][];
export declare function codePointOffsets(text: string): Uint32Array;
export declare function dateParts(iso: string | null): { year: string; month?: string; day?: string; hour?: string; minute?: string } | null;
export declare function xmlEscape(s: string): string;
export declare function htmlEscape(s: string): string;
