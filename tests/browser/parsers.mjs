// Readers for the exports, shared by the Node and browser tests.
import assert from "node:assert/strict";

export function checkTimelineJS(obj, analysis) {
  assert.ok(Array.isArray(obj.events));
  const dated = analysis.timeline.filter((e) => e.start);
  assert.equal(obj.events.length, dated.length);
  for (const [i, ev] of obj.events.entries()) {
    const entry = dated[i];
    assert.match(ev.start_date.year, /^-?\d+$/);
    const [y, m, d] = entry.start.split("-");
    assert.equal(ev.start_date.year, String(Number(y)));
    if (entry.granularity === "day") {
      assert.equal(ev.start_date.month, String(Number(m)));
      assert.equal(ev.start_date.day, String(Number(d)));
    }
    if (entry.granularity === "year") assert.equal(ev.start_date.month, undefined);
    assert.equal(typeof ev.text.headline, "string");
    const unescaped = ev.text.text.replace(/&(lt|gt|quot|amp|#39);/g, (_, e) => ({ lt: "<", gt: ">", quot: '"', amp: "&", "#39": "'" })[e]);
    assert.ok(unescaped.startsWith(entry.summary), `${unescaped} starts with ${entry.summary}`);
    assert.ok(!/<(?!br>)/.test(ev.text.text) && !/<(?!br>)/.test(ev.text.headline), "no markup from the article");
    if (ev.end_date) assert.match(ev.end_date.year, /^-?\d+$/);
  }
}

/** Reads TimeML back: text without tags, and the TIMEX3 tags with their attributes and offsets. */
export function parseTimeML(xml) {
  assert.match(xml, /^<\?xml version="1.0" encoding="UTF-8"\?>\n<TimeML>/);
  const body = /<TEXT>([\s\S]*)<\/TEXT>/.exec(xml)[1];
  const unescape = (s) => s.replace(/&(lt|gt|quot|apos|amp);/g, (_, e) => ({ lt: "<", gt: ">", quot: '"', apos: "'", amp: "&" })[e]);
  const tags = [];
  let text = "";
  const re = /<TIMEX3((?:\s+\w+="[^"]*")*)>([^<]*)<\/TIMEX3>|([^<]+)/g;
  let m;
  let consumed = 0;
  while ((m = re.exec(body))) {
    assert.equal(m.index, consumed, `unexpected markup at ${m.index}: ${body.slice(m.index, m.index + 40)}`);
    consumed = re.lastIndex;
    if (m[3] !== undefined) { text += unescape(m[3]); continue; }
    const attrs = {};
    for (const [, k, v] of m[1].matchAll(/(\w+)="([^"]*)"/g)) attrs[k] = unescape(v);
    const inner = unescape(m[2]);
    tags.push({ ...attrs, start: text.length, end: text.length + inner.length, text: inner });
    text += inner;
  }
  assert.equal(consumed, body.length);
  const dct = /<DCT><TIMEX3[^>]*value="([^"]+)"[^>]*functionInDocument="CREATION_TIME"/.exec(xml)?.[1] ?? null;
  return { text, tags, dct };
}

/** Reads a brat .ann back against the .txt: every T line's fragments, in code points. */
export function parseBrat(ann, text) {
  const cps = [...text];
  const out = [];
  for (const line of ann.split("\n").filter(Boolean)) {
    if (line.startsWith("#")) {
      assert.match(line, /^#\d+\tAnnotatorNotes T\d+\t.+$/);
      continue;
    }
    const m = /^(T\d+)\t(\w+) ([\d ;]+)\t(.*)$/.exec(line);
    assert.ok(m, `bad brat line ${line}`);
    const frags = m[3].split(";").map((f) => f.split(" ").map(Number));
    const spanText = frags.map(([a, b]) => cps.slice(a, b).join("")).join(" ");
    assert.equal(spanText, m[4], `${m[1]} text`);
    for (const [a, b] of frags) assert.ok(!cps.slice(a, b).includes("\n"));
    out.push({ id: m[1], label: m[2], frags, text: m[4] });
  }
  return out;
}
