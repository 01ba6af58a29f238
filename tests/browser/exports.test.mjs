// No browser: every export builder, parsed back.
import { test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { WWW } from "./helpers.mjs";
import { TEXT, fixtureAnalysis } from "./fixtures.mjs";
import { checkTimelineJS, parseBrat, parseTimeML } from "./parsers.mjs";

const X = await import(join(WWW, "exports.js"));
const A = fixtureAnalysis();

test("fixture is consistent", () => {
  for (const m of [...A.entities, ...A.timexes]) assert.equal(TEXT.slice(m.start, m.end), m.text);
});

test("Analysis JSON round-trips", () => {
  assert.deepEqual(JSON.parse(X.build("json", TEXT, A)), A);
});


test("TimelineJS JSON: events with start_date/end_date objects and text", () => {
  const obj = JSON.parse(X.build("timelinejs", TEXT, A));
  checkTimelineJS(obj, A);
  const year = obj.events.find((e) => e.unique_id === "t4");
  assert.deepEqual({ year: year.start_date.year }, { year: "2024" });
  assert.equal(year.end_date, undefined, "a single year needs no end date");
  const day = obj.events.find((e) => e.unique_id === "t1");
  assert.equal(day.start_date.day, "20");
  assert.equal(day.text.headline, "20 नवंबर 2025");
});


test("TimelineJS text is escaped: the article never becomes markup there", () => {
  const text = 'On 18 November 2025 <img src=x onerror=alert(1)> & "more".';
  const a = {
    ...fixtureAnalysis(), sentences: [{ start: 0, end: text.length }], entities: [],
    timexes: [{ id: "t1", start: 3, end: 19, text: "18 November 2025", type: "DATE", value: "2025-11-18", mod: null, anchor: null, note: null }],
    timeline: [{ timex: "t1", start: "2025-11-18", end: "2025-11-18", granularity: "day", sentence: 0, summary: text, entities: [], mentions: [] }],
  };
  const obj = X.timelineJS(text, a);
  assert.equal(obj.events[0].text.text, 'On 18 November 2025 &lt;img src=x onerror=alert(1)&gt; &amp; &quot;more&quot;.');
  checkTimelineJS(obj, a);
});

test("TimeML: inline TIMEX3 with tid, type, value, mod; the text survives", () => {
  const xml = X.build("timeml", TEXT, A);
  const { text, tags, dct } = parseTimeML(xml);
  assert.equal(text, TEXT);
  assert.equal(dct, "2025-11-20");
  assert.equal(tags.length, A.timexes.length);
  for (const t of A.timexes) {
    const tag = tags.find((x) => x.tid === t.id);
    assert.ok(tag, t.id);
    assert.equal(tag.type, t.type);
    assert.equal(tag.value, t.value);
    assert.equal(tag.mod, t.mod ?? undefined);
    assert.equal(tag.start, t.start);
    assert.equal(tag.text, t.text);
    if (t.anchor === "dct") assert.equal(tag.anchorTimeID, "t0");
  }
  assert.ok(!/<b>/.test(xml), "text is escaped");
});


test("brat .ann: code point offsets (astral characters count once), fragments at line breaks", () => {
  const ann = X.build("brat", TEXT, A);
  const spans = parseBrat(ann, TEXT);
  assert.equal(spans.length, A.entities.length + A.timexes.length);
  const modi = spans.find((s) => s.text === "नरेंद्र मोदी");
  const utf16 = TEXT.indexOf("नरेंद्र मोदी");
  assert.equal(modi.frags[0][0], utf16 - 1, "one astral emoji before it: code points = UTF-16 - 1");
  const across = spans.find((s) => s.label === "ORG");
  assert.equal(across.frags.length, 2);
  assert.ok(spans.some((s) => s.label === "SET"));
  assert.match(ann, /AnnotatorNotes T\d+\tid=e2; cluster=c2; latin=Narendra Modi; wikidata=Q1058/);
});

test("CSV: one row per mention, RFC 4180 quoting, parses back", () => {
  const csv = X.build("csv", TEXT, A);
  assert.equal(csv.charCodeAt(0), 0xfeff);
  const rows = X.parseCSV(csv);
  assert.deepEqual(rows[0], X.CSV_COLUMNS);
  assert.equal(rows.length - 1, A.entities.length + A.timexes.length);
  const col = Object.fromEntries(X.CSV_COLUMNS.map((c, i) => [c, i]));
  for (const r of rows.slice(1)) {
    const start = Number(r[col.start]);
    const end = Number(r[col.end]);
    assert.equal(TEXT.slice(start, end), r[col.text]);
  }
  const money = rows.find((r) => r[col.label] === "MONEY");
  assert.equal(Number(money[col.value]), 22e9);
  assert.equal(money[col.unit], "USD");
  const t3 = rows.find((r) => r[col.id] === "t3");
  assert.equal(t3[col.timeline_start], "2025-11-18");
});

test("CSV cells that look like formulas are defused", () => {
  const text = "=SUM(A1) and +1 and -2 and @x";
  const a = { ...fixtureAnalysis(), entities: [{ id: "e1", start: 0, end: 8, text: "=SUM(A1)", label: "ORG", cluster: null, latin: null, wikidata: null, value: null, unit: null }], timexes: [], timeline: [] };
  const rows = X.parseCSV(X.csv(text, a));
  assert.equal(rows[1][5], "'=SUM(A1)");
});

test("every export of the core's own analyses of the sample articles parses back", async () => {
  const k = await import(join(WWW, "kaalrekha.js"));
  const { SAMPLES } = await import(join(WWW, "samples.js"));
  await k.ready();
  for (const s of SAMPLES) {
    const a = k.analyse(s.text);
    assert.deepEqual(JSON.parse(X.build("json", s.text, a)), a);
    checkTimelineJS(JSON.parse(X.build("timelinejs", s.text, a)), a);
    const tml = parseTimeML(X.build("timeml", s.text, a));
    assert.equal(tml.text, s.text);
    assert.equal(parseBrat(X.build("brat", s.text, a), s.text).length, a.entities.length + a.timexes.length);
    assert.equal(X.parseCSV(X.build("csv", s.text, a)).length, 1 + a.entities.length + a.timexes.length);
  }
});
