// A hand-made Analysis over a text with astral characters, a span across a line break,
// nested and crossing layers, quotes and commas — for tests that must not depend on how
// much the core finds today.

export const TEXT = [
  "😀 नई दिल्ली, 20 नवंबर 2025। प्रधानमंत्री नरेंद्र मोदी ने गुरुवार को \"जापान, दक्षिण कोरिया\" के प्रतिनिधियों से भेंट की।",
  "मोदी ने कहा कि 18 नवंबर को हुआ समझौता 👨‍👩‍👧 पिछले वर्ष के 22 अरब डॉलर के व्यापार को आगे ले जाएगा। <b>&amp;</b>",
  "कभी-कभी बैठकें हर सोमवार होती हैं।",
].join("\n");

function at(text, s, from = 0) {
  const i = text.indexOf(s, from);
  if (i < 0) throw new Error(`fixture: ${s} not found`);
  return [i, i + s.length];
}

export function fixtureAnalysis(text = TEXT) {
  const ents = [];
  const txs = [];
  const E = (s, label, cluster, extra = {}, from = 0) => {
    const [start, end] = at(text, s, from);
    ents.push({ id: `e${ents.length + 1}`, start, end, text: s, label, cluster, latin: extra.latin ?? null, wikidata: extra.wikidata ?? null, value: extra.value ?? null, unit: extra.unit ?? null });
  };
  const T = (s, type, value, extra = {}) => {
    const [start, end] = at(text, s);
    txs.push({ id: `t${txs.length + 1}`, start, end, text: s, type, value, mod: extra.mod ?? null, anchor: extra.anchor ?? null, note: extra.note ?? null });
  };
  E("नई दिल्ली", "GPE", "c1", { latin: "New Delhi", wikidata: "Q987" });
  E("नरेंद्र मोदी", "PERSON", "c2", { latin: "Narendra Modi", wikidata: "Q1058" });
  E("जापान", "GPE", "c3", { latin: "Japan", wikidata: "Q17" });
  E("दक्षिण कोरिया", "GPE", "c4", { latin: "South Korea" });
  E("मोदी", "PERSON", "c2", { latin: "Modi" }, text.indexOf("\n"));
  E("22 अरब डॉलर", "MONEY", null, { value: 22e9, unit: "USD" });
  // An EVENT that crosses the DATE "18 नवंबर": starts inside it, ends after it.
  E("नवंबर को हुआ समझौता", "EVENT", "c5");
  // A span across the first line break (as a sentence splitter might never produce, but brat must survive).
  E("की।\nमोदी", "ORG", null);
  T("20 नवंबर 2025", "DATE", "2025-11-20");
  T("गुरुवार", "DATE", "2025-11-20", { anchor: "dct" });
  T("18 नवंबर", "DATE", "2025-11-18", { anchor: "dct" });
  T("पिछले वर्ष", "DATE", "2024", { anchor: "dct", mod: null });
  T("हर सोमवार", "SET", "XXXX-WXX-1");
  T("कभी-कभी", "DATE", "PRESENT_REF", { note: "tense-unknown" });
  const sentences = [];
  const re = /[^।\n]+।?/g;
  let m;
  while ((m = re.exec(text))) {
    const lead = m[0].length - m[0].trimStart().length;
    const s = m.index + lead;
    const e = m.index + m[0].trimEnd().length;
    if (e > s) sentences.push({ start: s, end: e });
  }
  const sentOf = (pos) => sentences.findIndex((s) => pos >= s.start && pos < s.end);
  const entry = (tid, start, end, granularity, extra = {}) => {
    const t = txs.find((x) => x.id === tid);
    const si = sentOf(t.start);
    return { timex: tid, start, end, granularity, sentence: si, summary: text.slice(sentences[si].start, sentences[si].end), entities: extra.entities ?? [], mentions: extra.mentions ?? [] };
  };
  const timeline = [
    entry("t4", "2024-01-01", "2024-12-31", "year", { entities: ["e6"] }),
    entry("t3", "2025-11-18", "2025-11-18", "day", { entities: ["e5", "e7"] }),
    entry("t1", "2025-11-20", "2025-11-20", "day", { entities: ["e1", "e2"], mentions: ["t2"] }),
    entry("t6", null, null, "unknown"),
  ];
  return {
    schema: "kaalrekha/1", language: "hi", dct: "2025-11-20", dctSource: "inferred", offsets: "utf16",
    sentences, entities: ents, timexes: txs, timeline,
  };
}
