// Export builders: pure functions from (text, Analysis) to strings or objects. No DOM, no
// analysis of their own — every date and entity comes from the Analysis document, whose
// offsets are UTF-16 code units (the page always asks for "utf16").

export const FORMATS = {
  json: { name: "Analysis JSON", ext: "json", mime: "application/json" },
  timelinejs: { name: "TimelineJS JSON", ext: "timeline.json", mime: "application/json" },
  timeml: { name: "TimeML", ext: "tml", mime: "application/xml" },
  brat: { name: "brat standoff", ext: "ann", mime: "text/plain" },
  csv: { name: "CSV", ext: "csv", mime: "text/csv" },
};

/** Builds one export as a string. */
export function build(format, text, analysis) {
  switch (format) {
    case "json": return analysisJSON(analysis);
    case "timelinejs": return JSON.stringify(timelineJS(text, analysis), null, 2);
    case "timeml": return timeML(text, analysis);
    case "brat": return bratAnn(text, analysis);
    case "csv": return csv(text, analysis);
    default: throw new Error(`unknown export format ${format}`);
  }
}

export function analysisJSON(analysis) {
  return JSON.stringify(analysis, null, 2) + "\n";
}

// ---- dates ------------------------------------------------------------------------------

/** "2025-11-18" → {year:"2025", month:"11", day:"18"}; "2025-11" and "2025" give fewer fields. */
export function dateParts(iso) {
  const m = /^(-?\d{1,6})(?:-(\d{2})(?:-(\d{2}))?)?(?:T(\d{2}):(\d{2}))?/.exec(iso || "");
  if (!m) return null;
  const out = { year: String(Number(m[1])) };
  if (m[2]) out.month = String(Number(m[2]));
  if (m[3]) out.day = String(Number(m[3]));
  if (m[4]) { out.hour = String(Number(m[4])); out.minute = String(Number(m[5])); }
  return out;
}

/** Trims date parts to the entry's granularity, so a month is {year, month}, not its first day. */
function partsFor(iso, granularity) {
  const p = dateParts(iso);
  if (!p) return null;
  if (granularity === "year" || granularity === "decade") return { year: p.year };
  if (granularity === "month") return p.month ? { year: p.year, month: p.month } : { year: p.year };
  return p;
}

// ---- TimelineJS (Knight Lab) ------------------------------------------------------------

/** The TimelineJS JSON object: {events:[{start_date, end_date?, text:{headline, text}, …}]}. */
export function timelineJS(text, analysis) {
  const timexes = new Map(analysis.timexes.map((t) => [t.id, t]));
  const entities = new Map(analysis.entities.map((e) => [e.id, e]));
  const events = [];
  for (const entry of analysis.timeline) {
    const start = partsFor(entry.start, entry.granularity);
    if (!start) continue; // TimelineJS needs a start date; relative entries stay out
    const tx = timexes.get(entry.timex);
    // TimelineJS renders these strings as HTML: escape them, the article is not markup.
    const ev = {
      unique_id: entry.timex,
      start_date: { ...start, display_date: tx ? htmlEscape(tx.text) : undefined },
      text: {
        headline: htmlEscape(tx ? tx.text : entry.start),
        text: htmlEscape(entry.summary),
      },
      group: entry.granularity,
    };
    const end = partsFor(entry.end, entry.granularity);
    if (end && JSON.stringify(end) !== JSON.stringify(start)) ev.end_date = end;
    const names = entry.entities.map((id) => entities.get(id)?.text).filter(Boolean);
    if (names.length) ev.text.text += `<br><br>${htmlEscape([...new Set(names)].join(", "))}`;
    if (ev.start_date.display_date === undefined) delete ev.start_date.display_date;
    events.push(ev);
  }
  const out = { events };
  if (analysis.dct) {
    out.title = { text: { headline: "कालरेखा · kaalrekha", text: `Document date ${analysis.dct}` } };
  }
  return out;
}

export function htmlEscape(s) {
  return String(s).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);
}

// ---- TimeML -----------------------------------------------------------------------------

export function xmlEscape(s) {
  return s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[c])
    // characters XML 1.0 forbids (C0 controls but tab/newline/CR, lone surrogates)
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, "\ufffd");
}

/** TimeML with inline TIMEX3 tags (tid, type, value, mod, anchorTimeID) and the DCT as t0. */
export function timeML(text, analysis) {
  const attr = (k, v) => (v == null ? "" : ` ${k}="${xmlEscape(String(v))}"`);
  let out = '<?xml version="1.0" encoding="UTF-8"?>\n<TimeML>\n';
  if (analysis.dct) {
    out += `<DCT><TIMEX3 tid="t0" type="DATE" value="${xmlEscape(analysis.dct)}" functionInDocument="CREATION_TIME">${xmlEscape(analysis.dct)}</TIMEX3></DCT>\n`;
  }
  out += "<TEXT>";
  let pos = 0;
  const sorted = [...analysis.timexes].sort((a, b) => a.start - b.start || b.end - a.end);
  for (const t of sorted) {
    if (t.start < pos) continue; // TIMEX3 tags cannot nest or cross
    const anchor = t.anchor === "dct" ? (analysis.dct ? "t0" : null) : t.anchor;
    out += xmlEscape(text.slice(pos, t.start));
    out += `<TIMEX3${attr("tid", t.id)}${attr("type", t.type)}${attr("value", t.value)}${attr("mod", t.mod)}${attr("anchorTimeID", anchor)}>`;
    out += xmlEscape(text.slice(t.start, t.end)) + "</TIMEX3>";
    pos = t.end;
  }
  out += xmlEscape(text.slice(pos)) + "</TEXT>\n</TimeML>\n";
  return out;
}

// ---- brat standoff ----------------------------------------------------------------------

/** Maps UTF-16 offsets to code point offsets (what brat, being Python, counts). */
export function codePointOffsets(text) {
  const map = new Uint32Array(text.length + 1);
  let cp = 0;
  for (let i = 0; i < text.length; i++) {
    map[i] = cp;
    const c = text.charCodeAt(i);
    const isPairStart = c >= 0xd800 && c <= 0xdbff && i + 1 < text.length &&
      (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
    if (isPairStart) { map[i + 1] = cp; i++; }
    cp++;
  }
  map[text.length] = cp;
  return map;
}

/**
 * brat .ann for the text as a .txt file: T lines for entities and timexes (code point
 * offsets; a span crossing a line break becomes fragments "s e;s e"), and AnnotatorNotes
 * with normalised values, Latin forms and Wikidata ids.
 */
export function bratAnn(text, analysis) {
  const cp = codePointOffsets(text);
  const lines = [];
  let t = 0;
  let note = 0;
  const add = (label, start, end, notes) => {
    t += 1;
    const frags = [];
    let s = start;
    for (let i = start; i <= end; i++) {
      if (i === end || text[i] === "\n") {
        if (i > s) frags.push([s, i]);
        s = i + 1;
      }
    }
    if (!frags.length) { t -= 1; return; }
    const spanText = frags.map(([a, b]) => text.slice(a, b)).join(" ");
    lines.push(`T${t}\t${label} ${frags.map(([a, b]) => `${cp[a]} ${cp[b]}`).join(";")}\t${spanText}`);
    const n = notes.filter(Boolean).join("; ");
    if (n) { note += 1; lines.push(`#${note}\tAnnotatorNotes T${t}\t${n.replace(/[\t\n]/g, " ")}`); }
  };
  for (const e of analysis.entities) {
    add(e.label, e.start, e.end, [
      e.id && `id=${e.id}`, e.cluster && `cluster=${e.cluster}`, e.latin && `latin=${e.latin}`,
      e.wikidata && `wikidata=${e.wikidata}`, e.value != null && `value=${e.value}`, e.unit && `unit=${e.unit}`,
    ]);
  }
  for (const x of analysis.timexes) {
    add(x.type, x.start, x.end, [`id=${x.id}`, `value=${x.value}`, x.mod && `mod=${x.mod}`, x.anchor && `anchor=${x.anchor}`, x.note && `note=${x.note}`]);
  }
  return lines.join("\n") + (lines.length ? "\n" : "");
}

// ---- CSV --------------------------------------------------------------------------------

export const CSV_COLUMNS = [
  "kind", "id", "label", "start", "end", "text", "value", "unit", "mod", "cluster", "latin", "wikidata",
  "anchor", "note", "sentence", "timeline_start", "timeline_end", "granularity",
];

function csvCell(v) {
  if (v == null) return "";
  let s = String(v);
  if (typeof v === "string" && /^[=+\-@\t\r]/.test(s)) s = `'${s}`; // no formulas in spreadsheets
  return /[",\r\n]/.test(s) || s !== s.trim() ? `"${s.replace(/"/g, '""')}"` : s;
}

/** One row per mention (entities, then timexes), offsets in UTF-16 units, RFC 4180 quoting. */
export function csv(text, analysis) {
  const sentenceOf = (start) => {
    const i = analysis.sentences.findIndex((s) => start >= s.start && start < s.end);
    return i < 0 ? null : i;
  };
  const entryOf = new Map();
  for (const e of analysis.timeline) for (const id of [e.timex, ...e.mentions]) if (!entryOf.has(id)) entryOf.set(id, e);
  const rows = [CSV_COLUMNS];
  for (const e of analysis.entities) {
    rows.push(["entity", e.id, e.label, e.start, e.end, e.text, e.value, e.unit, null, e.cluster, e.latin, e.wikidata,
      null, null, sentenceOf(e.start), null, null, null]);
  }
  for (const x of analysis.timexes) {
    const en = entryOf.get(x.id);
    rows.push(["timex", x.id, x.type, x.start, x.end, x.text, x.value, null, x.mod, null, null, null,
      x.anchor, x.note, sentenceOf(x.start), en?.start, en?.end, en?.granularity]);
  }
  return "\ufeff" + rows.map((r) => r.map(csvCell).join(",")).join("\r\n") + "\r\n";
}

/** Parses CSV produced by `csv` (and RFC 4180 CSV in general) back into rows. */
export function parseCSV(s) {
  if (s.charCodeAt(0) === 0xfeff) s = s.slice(1);
  const rows = [];
  let row = [];
  let cell = "";
  let q = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (q) {
      if (c === '"' && s[i + 1] === '"') { cell += '"'; i++; } else if (c === '"') q = false; else cell += c;
    } else if (c === '"') q = true;
    else if (c === ",") { row.push(cell); cell = ""; }
    else if (c === "\r" && s[i + 1] === "\n") { /* skip */ }
    else if (c === "\n") { row.push(cell); rows.push(row); row = []; cell = ""; }
    else cell += c;
  }
  if (cell !== "" || row.length) { row.push(cell); rows.push(row); }
  return rows;
}
