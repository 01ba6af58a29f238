//! Pure scoring for `eval timex`: corpus readers (inline XML, tokenised ISO-TimeML,
//! Recognizers-Text specs), one-to-one span alignment, and the TempEval-3 arithmetic.
//!
//! This file uses only `std` and `serde_json` so that `tests/eval_timex.rs` can include it by
//! path and check the arithmetic without going through the binary.

use serde_json::Value as Json;

/// One temporal expression, gold or system. Offsets are UTF-8 bytes into the scored text,
/// end exclusive.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Mention {
    pub start: usize,
    pub end: usize,
    pub text: String,
    /// DATE, TIME, DURATION or SET; empty when the corpus has no type.
    pub kind: String,
    /// TimeML value; empty when the corpus has no value.
    pub value: String,
}

impl Mention {
    pub fn new(start: usize, end: usize, text: &str, kind: &str, value: &str) -> Self {
        Self {
            start,
            end,
            text: text.to_owned(),
            kind: kind.to_owned(),
            value: value.to_owned(),
        }
    }
}

pub fn overlaps(a: (usize, usize), b: (usize, usize)) -> bool {
    a.0 < b.1 && b.0 < a.1
}

// ---------------------------------------------------------------------------------------------
// Alignment and counts
// ---------------------------------------------------------------------------------------------

/// A gold–system pair. `strict` when the two spans are identical.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Pair {
    pub gold: usize,
    pub system: usize,
    pub strict: bool,
}

/// One-to-one alignment. Identical spans pair first; then the remaining overlapping pairs are
/// taken greedily by overlap length (longest first, ties by position). Each gold and each
/// system mention is used at most once, so relaxed matches counted from the gold side and
/// from the system side are the same number (the TempEval-3 toolkit gets one id per aligned
/// pair from its normaliser in the same way).
pub fn align(gold: &[(usize, usize)], system: &[(usize, usize)]) -> Vec<Pair> {
    let mut g_used = vec![false; gold.len()];
    let mut s_used = vec![false; system.len()];
    let mut pairs = Vec::new();
    for (gi, g) in gold.iter().enumerate() {
        if let Some(si) = (0..system.len()).find(|&si| !s_used[si] && system[si] == *g) {
            g_used[gi] = true;
            s_used[si] = true;
            pairs.push(Pair {
                gold: gi,
                system: si,
                strict: true,
            });
        }
    }
    let mut candidates = Vec::new();
    for (gi, g) in gold.iter().enumerate() {
        if g_used[gi] {
            continue;
        }
        for (si, s) in system.iter().enumerate() {
            if !s_used[si] && overlaps(*g, *s) {
                let len = g.1.min(s.1) - g.0.max(s.0);
                candidates.push((std::cmp::Reverse(len), g.0, s.0, gi, si));
            }
        }
    }
    candidates.sort();
    for (_, _, _, gi, si) in candidates {
        if !g_used[gi] && !s_used[si] {
            g_used[gi] = true;
            s_used[si] = true;
            pairs.push(Pair {
                gold: gi,
                system: si,
                strict: false,
            });
        }
    }
    pairs.sort_by_key(|p| (gold[p.gold], p.gold));
    pairs
}

/// Summed counts over documents (micro average, as the toolkit sums its global counters).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    pub docs: usize,
    pub gold: usize,
    pub system: usize,
    /// Pairs with identical spans.
    pub strict: usize,
    /// Pairs with overlapping spans (includes the strict ones).
    pub relaxed: usize,
    /// Relaxed pairs whose type agrees.
    pub type_ok: usize,
    /// Relaxed pairs whose value agrees.
    pub value_ok: usize,
}

impl std::ops::AddAssign for Counts {
    fn add_assign(&mut self, o: Self) {
        self.docs += o.docs;
        self.gold += o.gold;
        self.system += o.system;
        self.strict += o.strict;
        self.relaxed += o.relaxed;
        self.type_ok += o.type_ok;
        self.value_ok += o.value_ok;
    }
}

/// Precision, recall and F1 as fractions in [0, 1].
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Prf {
    pub p: f64,
    pub r: f64,
    pub f1: f64,
}

/// `matched` correct items out of `system` proposed and `gold` expected. A zero denominator
/// gives 0, as in the toolkit.
pub fn prf(matched: usize, system: usize, gold: usize) -> Prf {
    let p = if system == 0 {
        0.0
    } else {
        matched as f64 / system as f64
    };
    let r = if gold == 0 {
        0.0
    } else {
        matched as f64 / gold as f64
    };
    let f1 = if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    };
    Prf { p, r, f1 }
}

fn ratio(a: usize, b: usize) -> Option<f64> {
    (b != 0).then(|| a as f64 / b as f64)
}

impl Counts {
    pub fn strict_prf(&self) -> Prf {
        prf(self.strict, self.system, self.gold)
    }
    pub fn relaxed_prf(&self) -> Prf {
        prf(self.relaxed, self.system, self.gold)
    }
    /// Type accuracy over relaxed matches; None without matches.
    pub fn type_accuracy(&self) -> Option<f64> {
        ratio(self.type_ok, self.relaxed)
    }
    /// Value accuracy over relaxed matches; None without matches.
    pub fn value_accuracy(&self) -> Option<f64> {
        ratio(self.value_ok, self.relaxed)
    }
    /// Value F1: a correct item is a relaxed match with the right value, so P = value_ok /
    /// system and R = value_ok / gold. Equals the toolkit's value accuracy × relaxed F1.
    pub fn value_prf(&self) -> Prf {
        prf(self.value_ok, self.system, self.gold)
    }
}

/// What went wrong with one mention, for the `--verbose` listing.
#[derive(Debug, Clone, PartialEq)]
pub struct Issue {
    /// MISSED, SPURIOUS, SPAN (overlap but not identical), TYPE, VALUE.
    pub kind: &'static str,
    pub gold: Option<Mention>,
    pub system: Option<Mention>,
}

impl Issue {
    /// Byte offset where the issue sits, for context.
    pub fn at(&self) -> (usize, usize) {
        let m = self
            .gold
            .as_ref()
            .or(self.system.as_ref())
            .expect("an issue names a mention");
        (m.start, m.end)
    }
}

/// Scores one document. Types and values are compared only when asked (the Hindi span
/// corpora have none) and only on relaxed pairs, as in the toolkit.
pub fn score_doc(
    gold: &[Mention],
    system: &[Mention],
    compare_types: bool,
    compare_values: bool,
) -> (Counts, Vec<Issue>) {
    let gs: Vec<_> = gold.iter().map(|m| (m.start, m.end)).collect();
    let ss: Vec<_> = system.iter().map(|m| (m.start, m.end)).collect();
    let pairs = align(&gs, &ss);
    let mut c = Counts {
        docs: 1,
        gold: gold.len(),
        system: system.len(),
        ..Counts::default()
    };
    let mut issues = Vec::new();
    let mut g_hit = vec![false; gold.len()];
    let mut s_hit = vec![false; system.len()];
    for p in &pairs {
        g_hit[p.gold] = true;
        s_hit[p.system] = true;
        let (g, s) = (&gold[p.gold], &system[p.system]);
        c.relaxed += 1;
        let issue = |kind| Issue {
            kind,
            gold: Some(g.clone()),
            system: Some(s.clone()),
        };
        if p.strict {
            c.strict += 1;
        } else {
            issues.push(issue("SPAN"));
        }
        if compare_types {
            if g.kind == s.kind {
                c.type_ok += 1;
            } else {
                issues.push(issue("TYPE"));
            }
        }
        if compare_values {
            if g.value == s.value {
                c.value_ok += 1;
            } else {
                issues.push(issue("VALUE"));
            }
        }
    }
    for (gi, g) in gold.iter().enumerate() {
        if !g_hit[gi] {
            issues.push(Issue {
                kind: "MISSED",
                gold: Some(g.clone()),
                system: None,
            });
        }
    }
    for (si, s) in system.iter().enumerate() {
        if !s_hit[si] {
            issues.push(Issue {
                kind: "SPURIOUS",
                gold: None,
                system: Some(s.clone()),
            });
        }
    }
    issues.sort_by_key(|i| i.at());
    (c, issues)
}

// ---------------------------------------------------------------------------------------------
// Inline XML
// ---------------------------------------------------------------------------------------------

/// An element found while stripping tags: its attributes and the `[start, end)` byte range
/// it covers in the stripped text.
#[derive(Debug, Clone, PartialEq)]
pub struct Element {
    pub name: String,
    pub attrs: Vec<(String, String)>,
    pub start: usize,
    pub end: usize,
}

impl Element {
    pub fn attr(&self, name: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

/// Decodes the five XML entities and numeric character references.
pub fn decode_entities(s: &str) -> String {
    if !s.contains('&') {
        return s.to_owned();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find('&') {
        out.push_str(&rest[..i]);
        rest = &rest[i..];
        let decoded = rest.find(';').filter(|&j| j <= 10).and_then(|j| {
            let ent = &rest[1..j];
            let c = match ent {
                "amp" => Some('&'),
                "lt" => Some('<'),
                "gt" => Some('>'),
                "quot" => Some('"'),
                "apos" => Some('\''),
                _ if ent.starts_with("#x") || ent.starts_with("#X") => {
                    u32::from_str_radix(&ent[2..], 16)
                        .ok()
                        .and_then(char::from_u32)
                }
                _ if ent.starts_with('#') => ent[1..].parse().ok().and_then(char::from_u32),
                _ => None,
            };
            c.map(|c| (c, j + 1))
        });
        match decoded {
            Some((c, len)) => {
                out.push(c);
                rest = &rest[len..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

fn parse_attrs(s: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut rest = s;
    while let Some(eq) = rest.find('=') {
        let name = rest[..eq].trim().to_owned();
        let after = rest[eq + 1..].trim_start();
        let Some(q) = after.chars().next().filter(|c| *c == '"' || *c == '\'') else {
            break;
        };
        let Some(close) = after[1..].find(q) else {
            break;
        };
        out.push((name, decode_entities(&after[1..1 + close])));
        rest = &after[1 + close + 1..];
    }
    out
}

/// Removes every tag from an inline-annotated XML fragment. Returns the text (entities
/// decoded) and every element with its span in that text. Processing instructions,
/// comments and doctype declarations are dropped.
pub fn strip_xml(src: &str) -> (String, Vec<Element>) {
    let mut text = String::with_capacity(src.len());
    let mut done = Vec::new();
    let mut open: Vec<Element> = Vec::new();
    let mut rest = src;
    while let Some(lt) = rest.find('<') {
        text.push_str(&decode_entities(&rest[..lt]));
        let Some(gt) = rest[lt..].find('>') else {
            rest = &rest[lt..];
            break;
        };
        let tag = &rest[lt + 1..lt + gt];
        rest = &rest[lt + gt + 1..];
        if tag.starts_with('?') || tag.starts_with('!') {
            continue;
        }
        if let Some(name) = tag.strip_prefix('/') {
            let name = name.trim();
            if let Some(i) = open.iter().rposition(|e| e.name == name) {
                let mut e = open.remove(i);
                e.end = text.len();
                done.push(e);
            }
            continue;
        }
        let self_closing = tag.ends_with('/');
        let body = tag.trim_end_matches('/');
        let (name, attrs) = match body.find(char::is_whitespace) {
            Some(i) => (&body[..i], parse_attrs(&body[i..])),
            None => (body, Vec::new()),
        };
        let e = Element {
            name: name.to_owned(),
            attrs,
            start: text.len(),
            end: text.len(),
        };
        if self_closing {
            done.push(e);
        } else {
            open.push(e);
        }
    }
    text.push_str(&decode_entities(rest));
    done.sort_by_key(|e| (e.start, std::cmp::Reverse(e.end)));
    (text, done)
}

/// The raw content between `<NAME…>` and `</NAME>`, if present.
pub fn element_content<'a>(src: &'a str, name: &str) -> Option<&'a str> {
    let open = format!("<{name}");
    let mut from = 0;
    let start = loop {
        let i = src[from..].find(&open)? + from;
        let after = &src[i + open.len()..];
        if after.starts_with('>') || after.starts_with(char::is_whitespace) {
            break i + open.len() + after.find('>')? + 1;
        }
        from = i + open.len();
    };
    let end = src[start..].find(&format!("</{name}>"))? + start;
    Some(&src[start..end])
}

// ---------------------------------------------------------------------------------------------
// Corpus readers
// ---------------------------------------------------------------------------------------------

/// A document ready to score: the text the system sees, its DCT and the gold mentions.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GoldDoc {
    pub text: String,
    pub dct: Option<String>,
    pub gold: Vec<Mention>,
    /// Gold annotations left out (empty extent, the DCT itself), with why.
    pub dropped: Vec<(String, &'static str)>,
}

/// TempEval-3 TimeML: the DCT from the CREATION_TIME TIMEX3, the gold from the TIMEX3s inside
/// TEXT, offsets into TEXT's content with tags stripped.
pub fn read_tml(src: &str) -> Option<GoldDoc> {
    let (_, all) = strip_xml(src);
    let dct = all
        .iter()
        .find(|e| e.name == "TIMEX3" && e.attr("functionInDocument") == Some("CREATION_TIME"))
        .and_then(|e| e.attr("value"))
        .map(|v| v.get(..10).unwrap_or(v).to_owned());
    let body = element_content(src, "TEXT")?;
    let (text, elements) = strip_xml(body);
    let mut doc = GoldDoc {
        text,
        dct,
        ..GoldDoc::default()
    };
    for e in elements.iter().filter(|e| e.name == "TIMEX3") {
        let surface = &doc.text[e.start..e.end];
        if e.attr("functionInDocument") == Some("CREATION_TIME") || e.attr("tid") == Some("t0") {
            doc.dropped.push((surface.to_owned(), "dct"));
            continue;
        }
        if surface.trim().is_empty() {
            doc.dropped
                .push((e.attr("tid").unwrap_or("").to_owned(), "empty extent"));
            continue;
        }
        doc.gold.push(Mention::new(
            e.start,
            e.end,
            surface,
            e.attr("type").unwrap_or(""),
            e.attr("value").unwrap_or(""),
        ));
    }
    Some(doc)
}

/// ILTIMEX2012: `<ILTIMEX TYPE=…>…</ILTIMEX>` inline in TEXT; spans only.
pub fn read_iltimex(src: &str) -> Option<GoldDoc> {
    let body = element_content(src, "TEXT")?;
    let (text, elements) = strip_xml(body);
    let gold = elements
        .iter()
        .filter(|e| e.name == "ILTIMEX" && e.end > e.start)
        .map(|e| Mention::new(e.start, e.end, &text[e.start..e.end], "", ""))
        .collect();
    Some(GoldDoc {
        text,
        gold,
        ..GoldDoc::default()
    })
}

/// Hindi TimeBank class names to TimeML types.
pub fn hindi_timebank_type(class: &str) -> &'static str {
    match class {
        "DATE" => "DATE",
        "TIME" => "TIME",
        "DUR" | "DURATION" => "DURATION",
        "SET" => "SET",
        _ => "",
    }
}

/// Hindi TimeBank: `<token id="N"> word </token>` lines, then stand-off
/// `<TIMEX id=… class=… tokens="a,b,…"/>`. The text is the tokens joined by single spaces;
/// a timex spans from its first to its last token.
pub fn read_hindi_timebank(src: &str) -> Option<GoldDoc> {
    let (_, elements) = strip_xml(src);
    let mut text = String::new();
    let mut token_span = std::collections::HashMap::new();
    let mut rest = src;
    while let Some(i) = rest.find("<token") {
        rest = &rest[i..];
        let gt = rest.find('>')?;
        let attrs = parse_attrs(&rest[6..gt]);
        let close = rest.find("</token>")?;
        let word = decode_entities(rest[gt + 1..close].trim());
        rest = &rest[close + 8..];
        if word.is_empty() {
            continue;
        }
        if !text.is_empty() {
            text.push(' ');
        }
        let id = attrs
            .iter()
            .find(|(n, _)| n == "id")
            .map(|(_, v)| v.clone())
            .unwrap_or_default();
        token_span.insert(id, (text.len(), text.len() + word.len()));
        text.push_str(&word);
    }
    let mut doc = GoldDoc {
        text,
        ..GoldDoc::default()
    };
    for e in elements.iter().filter(|e| e.name == "TIMEX") {
        let spans: Vec<(usize, usize)> = e
            .attr("tokens")
            .unwrap_or("")
            .split(',')
            .filter_map(|t| token_span.get(t.trim()).copied())
            .collect();
        let (Some(first), Some(last)) = (
            spans.iter().map(|s| s.0).min(),
            spans.iter().map(|s| s.1).max(),
        ) else {
            doc.dropped
                .push((e.attr("id").unwrap_or("").to_owned(), "no tokens"));
            continue;
        };
        let kind = hindi_timebank_type(e.attr("class").unwrap_or(""));
        doc.gold
            .push(Mention::new(first, last, &doc.text[first..last], kind, ""));
    }
    doc.gold.sort_by_key(|m| (m.start, m.end));
    Some(doc)
}

// ---------------------------------------------------------------------------------------------
// Microsoft Recognizers-Text specs
// ---------------------------------------------------------------------------------------------

/// Canonical form of a date/time value so that notational variants compare equal:
/// upper case; a time without a date gets the date `XXXX-XX-XX` ("T16" → "XXXX-XX-XXT16:00");
/// hours get two digits and minutes (":00" when absent); seconds ":00" are dropped; a space
/// between date and time (resolution values) becomes "T". Durations and other values are
/// only trimmed and upper-cased.
pub fn canon_value(v: &str) -> String {
    let v = v.trim().to_ascii_uppercase();
    if v.starts_with('P') {
        // "PT9.80S" and "PT9.8S" are one duration.
        let mut out = String::new();
        let mut num = String::new();
        for c in v.chars() {
            if c.is_ascii_digit() || c == '.' {
                num.push(c);
                continue;
            }
            if num.contains('.') {
                num = num.trim_end_matches('0').trim_end_matches('.').to_owned();
            }
            out.push_str(&std::mem::take(&mut num));
            out.push(c);
        }
        out.push_str(&num);
        return out;
    }
    if v.starts_with('(') || v.is_empty() {
        return v;
    }
    let v = if v.len() > 10 && v.as_bytes()[10] == b' ' {
        format!("{}T{}", &v[..10], &v[11..])
    } else {
        v
    };
    // A bare clock time from a resolution ("16:00:00").
    let v = if v.as_bytes().get(2) == Some(&b':') && v[..2].bytes().all(|b| b.is_ascii_digit()) {
        format!("T{v}")
    } else {
        v
    };
    let (date, time) = match v.find('T') {
        Some(0) => ("XXXX-XX-XX", &v[1..]),
        Some(i)
            if v[..i]
                .chars()
                .all(|c| c.is_ascii_digit() || c == 'X' || c == '-' || c == 'W' || c == '#') =>
        {
            (&v[..i], &v[i + 1..])
        }
        _ => return v,
    };
    let parts: Vec<&str> = time.split(':').collect();
    let numeric = !parts.is_empty()
        && parts
            .iter()
            .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()));
    let time = if numeric && parts.len() <= 3 {
        let h: u32 = parts[0].parse().unwrap_or(0);
        let m = parts.get(1).copied().unwrap_or("00");
        match parts.get(2) {
            Some(s) if s.parse::<u32>().unwrap_or(0) != 0 => format!("{h:02}:{m:0>2}:{s:0>2}"),
            _ => format!("{h:02}:{m:0>2}"),
        }
    } else {
        time.to_owned()
    };
    format!("{date}T{time}")
}

/// TimeML-comparable values for one Recognizers timex. A range "(A,B,D)" has no single
/// TIMEX3 value; it is accepted as its duration D (TimeML tags "the last 3 years" as
/// DURATION P3Y), or as the calendar unit it covers exactly (decade "197", century "14",
/// year, half "2016-H1", quarter "2016-Q1", month, day). "a|b" alternatives are all accepted.
pub fn timex_alternatives(timex: &str) -> Vec<String> {
    let mut out = Vec::new();
    for alt in timex.split('|') {
        let alt = alt.trim();
        if let Some(inner) = alt.strip_prefix('(').and_then(|s| s.strip_suffix(')')) {
            let parts: Vec<&str> = inner.split(',').map(str::trim).collect();
            if parts.len() == 3 {
                out.push(canon_value(parts[2]));
                if let Some(unit) = calendar_unit(parts[0], parts[1], parts[2]) {
                    out.push(unit);
                }
            }
        } else if !alt.is_empty() {
            out.push(canon_value(alt));
        }
    }
    out
}

fn calendar_unit(a: &str, b: &str, d: &str) -> Option<String> {
    let ymd = |s: &str| -> Option<(String, String, String)> {
        let p: Vec<&str> = s.split('-').collect();
        (p.len() == 3 && p.iter().all(|x| x.len() >= 2))
            .then(|| (p[0].to_owned(), p[1].to_owned(), p[2].to_owned()))
    };
    let (ya, ma, da) = ymd(a)?;
    let (yb, _, _) = ymd(b)?;
    let first_of_year = ma == "01" && da == "01";
    match d {
        "P10Y" if first_of_year && ya.len() == 4 && ya.ends_with('0') && yb.len() == 4 => {
            Some(ya[..3].to_owned())
        }
        "P100Y" if first_of_year && ya.len() == 4 && ya.ends_with("00") => Some(ya[..2].to_owned()),
        "P1Y" if first_of_year => Some(ya),
        "P1M" if da == "01" => Some(format!("{ya}-{ma}")),
        "P3M" if da == "01" && matches!(ma.as_str(), "01" | "04" | "07" | "10") => {
            Some(format!("{ya}-Q{}", (ma.parse::<u32>().ok()? - 1) / 3 + 1))
        }
        "P6M" if da == "01" && matches!(ma.as_str(), "01" | "07") => {
            Some(format!("{ya}-H{}", if ma == "01" { 1 } else { 2 }))
        }
        "P1D" => Some(format!("{ya}-{ma}-{da}")),
        _ => None,
    }
}

/// One expected result of a spec case.
#[derive(Debug, Clone, PartialEq)]
pub struct RtExpected {
    pub start: usize,
    pub end: usize,
    pub text: String,
    /// The spec's timex(es) as written, for messages.
    pub timex: String,
    /// Canonical values the system may give.
    pub accepted: Vec<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct RtCase {
    pub input: String,
    /// ReferenceDateTime's date, used as DCT.
    pub reference: Option<String>,
    pub expected: Vec<RtExpected>,
    /// Why the case is not scored.
    pub skip: Option<&'static str>,
}

/// Which results a spec file holds and how its cases are checked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RtFile {
    /// Parser and model files carry values, which are checked; extractor files only spans.
    pub check_values: bool,
    /// Types a system mention may have and still be "the same kind" as the file's results.
    /// None: the file covers every date/time type (DateTimeModel, Merged*).
    pub family: Option<&'static [&'static str]>,
}

pub fn rt_file(file_name: &str) -> RtFile {
    let stem = file_name.trim_end_matches(".json");
    let (base, check_values) = if let Some(b) = stem.strip_suffix("Extractor") {
        (b, false)
    } else if let Some(b) = stem.strip_suffix("Parser") {
        (b, true)
    } else if let Some(b) = stem.strip_suffix("Model") {
        let _ = b;
        return RtFile {
            check_values: true,
            family: None,
        };
    } else {
        (stem, true)
    };
    const DATE: &[&str] = &["DATE"];
    const TIME: &[&str] = &["TIME"];
    const DURATION: &[&str] = &["DURATION"];
    const SET: &[&str] = &["SET"];
    let family = match base {
        "Date" | "DatePeriod" | "Holiday" => Some(DATE),
        "Time" | "TimePeriod" | "DateTime" | "DateTimePeriod" => Some(TIME),
        "Duration" => Some(DURATION),
        "Set" => Some(SET),
        _ => None,
    };
    RtFile {
        check_values,
        family,
    }
}

const PLATFORMS: [&str; 4] = ["dotnet", "javascript", "python", "java"];

fn char_to_byte(s: &str, c: usize) -> Option<usize> {
    if c == s.chars().count() {
        return Some(s.len());
    }
    s.char_indices().nth(c).map(|(b, _)| b)
}

/// Reads one spec case. Offsets become UTF-8 bytes; a result's span is trimmed of spaces.
pub fn read_rt_case(case: &Json, file: RtFile) -> RtCase {
    let input = case["Input"].as_str().unwrap_or("").to_owned();
    let reference = case["Context"]["ReferenceDateTime"]
        .as_str()
        .map(|s| s.get(..10).unwrap_or(s).to_owned());
    let mut out = RtCase {
        input,
        reference,
        expected: Vec::new(),
        skip: None,
    };
    let mut unsupported: Vec<String> = Vec::new();
    for key in ["NotSupported", "NotSupportedByDesign"] {
        if let Some(s) = case[key].as_str() {
            unsupported.extend(s.split(',').map(|p| p.trim().to_ascii_lowercase()));
        }
    }
    if PLATFORMS.iter().all(|p| unsupported.iter().any(|u| u == p)) {
        out.skip = Some("not supported by any platform");
        return out;
    }
    let empty = Vec::new();
    for r in case["Results"].as_array().unwrap_or(&empty) {
        let text = r["Text"].as_str().unwrap_or("");
        let Some(start) = r["Start"].as_u64().map(|s| s as usize) else {
            out.skip = Some("result without Start");
            return out;
        };
        let end = match (r["End"].as_u64(), r["Length"].as_u64()) {
            (Some(e), _) => e as usize + 1,
            (None, Some(l)) => start + l as usize,
            _ => {
                out.skip = Some("result without End/Length");
                return out;
            }
        };
        let (Some(mut b0), Some(mut b1)) = (
            char_to_byte(&out.input, start),
            char_to_byte(&out.input, end),
        ) else {
            out.skip = Some("Start/End outside Input");
            return out;
        };
        if b0 > b1 || out.input[b0..b1].to_lowercase() != text.to_lowercase() {
            out.skip = Some("Start/End do not match Text");
            return out;
        }
        let slice = &out.input[b0..b1];
        b0 += slice.len() - slice.trim_start().len();
        b1 -= slice.len() - slice.trim_end().len();
        if b0 >= b1 {
            out.skip = Some("empty result span");
            return out;
        }
        let mut exp = RtExpected {
            start: b0,
            end: b1,
            text: out.input[b0..b1].to_owned(),
            timex: String::new(),
            accepted: Vec::new(),
        };
        if file.check_values {
            let kind = r["Type"]
                .as_str()
                .or(r["TypeName"].as_str())
                .or(r["Typename"].as_str())
                .unwrap_or("");
            if kind.ends_with("timezone") {
                out.skip = Some("timezone result (no TIMEX3 counterpart)");
                return out;
            }
            if !collect_values(r, &mut exp) {
                out.skip = Some("result without a timex resolution");
                return out;
            }
        }
        out.expected.push(exp);
    }
    out
}

fn collect_values(r: &Json, exp: &mut RtExpected) -> bool {
    let mut timexes = Vec::new();
    let mut resolved = Vec::new();
    let mut dates = Vec::new();
    let mut push_resolution = |x: &Json, resolved: &mut Vec<String>| {
        for k in ["date", "dateTime", "time", "value"] {
            if let Some(s) = x[k].as_str() {
                // Model "value" of a duration is seconds; only date/time strings are kept.
                if k == "value" && !matches!(x["type"].as_str(), Some("date" | "datetime" | "time"))
                {
                    continue;
                }
                resolved.push(canon_value(s));
            }
        }
        for k in [
            "date",
            "dateTime",
            "startDate",
            "startDateTime",
            "start",
            "value",
        ] {
            if let Some(d) = x[k]
                .as_str()
                .and_then(|s| s.get(..10))
                .filter(|d| is_ymd(d))
            {
                dates.push(d.to_owned());
            }
        }
    };
    // Parser format: Value { Timex, FutureResolution, PastResolution } or Value { values }.
    if let Some(v) = r.get("Value").filter(|v| v.is_object()) {
        if let Some(t) = v["Timex"].as_str() {
            timexes.push(t.to_owned());
        }
        for k in ["FutureResolution", "PastResolution"] {
            push_resolution(&v[k], &mut resolved);
        }
        if let Some(vals) = v["values"].as_array() {
            for x in vals {
                if let Some(t) = x["timex"].as_str() {
                    timexes.push(t.to_owned());
                }
                push_resolution(x, &mut resolved);
            }
        }
    }
    // Model format: Resolution { values: [{ timex, type, value | start/end }] }.
    if let Some(vals) = r["Resolution"]["values"].as_array() {
        for x in vals {
            if let Some(t) = x["timex"].as_str() {
                timexes.push(t.to_owned());
            }
            push_resolution(x, &mut resolved);
        }
    }
    timexes.dedup();
    if timexes.is_empty() {
        return false;
    }
    exp.timex = timexes.join(" ");
    for t in &timexes {
        exp.accepted.extend(timex_alternatives(t));
        exp.accepted.extend(instantiations(t, &dates));
    }
    exp.accepted.extend(resolved);
    exp.accepted.sort();
    exp.accepted.dedup();
    true
}

fn is_ymd(d: &str) -> bool {
    let b = d.as_bytes();
    b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && d.bytes()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit())
}

/// An underspecified timex filled in from the spec's own resolutions, as a TimeML system
/// resolves it against the DCT: "XXXX-02" with a resolution starting 2017-02-01 → "2017-02";
/// "XXXX-WXX-2TMO" with 2016-11-08 → "2016-11-08TMO"; "XXXX-XX-15" → "2016-11-15".
pub fn instantiations(timex: &str, resolved_dates: &[String]) -> Vec<String> {
    let mut out = Vec::new();
    if timex.starts_with('(') || timex.starts_with('P') || !timex.contains('X') {
        return out;
    }
    let (date, rest) = match timex.find('T') {
        Some(i) => (&timex[..i], &timex[i..]),
        None => (timex, ""),
    };
    if !date.starts_with("XXXX") {
        return out;
    }
    for r in resolved_dates {
        let filled = if date.contains('W') {
            // A weekday ("XXXX-WXX-2") or nth weekday of a month ("XXXX-07-WXX-5-#1"): the
            // resolution is the day itself. A bare week ("XXXX-WXX") has no day.
            let day_level = date
                .rsplit('-')
                .next()
                .is_some_and(|p| p.len() == 1 || p.starts_with('#'));
            if !day_level {
                continue;
            }
            r.clone()
        } else {
            if date.len() > 10
                || !date
                    .bytes()
                    .zip(r.bytes())
                    .all(|(d, c)| d == b'X' || d == c)
            {
                continue;
            }
            r[..date.len()].to_owned()
        };
        out.push(canon_value(&format!("{filled}{rest}")));
    }
    out
}

/// Whether a system value is one of the accepted ones. A clock time given without a date in
/// the spec ("T16") is also matched by the same time on the reference date, since a TimeML
/// system anchors bare times to the DCT.
pub fn rt_value_ok(system_value: &str, exp: &RtExpected, reference: Option<&str>) -> bool {
    let v = canon_value(system_value);
    if exp.accepted.iter().any(|a| *a == v) {
        return true;
    }
    if let Some(r) = reference {
        if let Some(t) = v.strip_prefix(r).filter(|t| t.starts_with('T')) {
            let floating = format!("XXXX-XX-XX{t}");
            return exp.accepted.iter().any(|a| *a == floating);
        }
    }
    false
}

/// The verdict on one case.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RtVerdict {
    /// Every expected span found exactly and nothing extra in the way.
    pub span_pass: bool,
    /// span_pass and, where checked, every value accepted.
    pub pass: bool,
    pub issues: Vec<Issue>,
}

/// Judges one case. A case passes when every expected result is produced with the same span
/// (and an accepted value where the file checks values) and no other system mention is in
/// the way: one that overlaps an expected span; in an all-types file (model, merged), any
/// other mention; in a case that expects nothing, any mention of the file's family.
pub fn rt_judge(case: &RtCase, system: &[Mention], file: RtFile) -> RtVerdict {
    let mut v = RtVerdict {
        span_pass: true,
        pass: true,
        issues: Vec::new(),
    };
    let mut used = vec![false; system.len()];
    let gold_mention = |e: &RtExpected| Mention::new(e.start, e.end, &e.text, "", &e.timex);
    for e in &case.expected {
        match system
            .iter()
            .position(|s| s.start == e.start && s.end == e.end)
        {
            Some(i) => {
                used[i] = true;
                if file.check_values && !rt_value_ok(&system[i].value, e, case.reference.as_deref())
                {
                    v.pass = false;
                    v.issues.push(Issue {
                        kind: "VALUE",
                        gold: Some(gold_mention(e)),
                        system: Some(system[i].clone()),
                    });
                }
            }
            None => {
                v.span_pass = false;
                let near = system
                    .iter()
                    .find(|s| overlaps((s.start, s.end), (e.start, e.end)))
                    .cloned();
                let kind = if near.is_some() { "SPAN" } else { "MISSED" };
                v.issues.push(Issue {
                    kind,
                    gold: Some(gold_mention(e)),
                    system: near,
                });
            }
        }
    }
    for (i, s) in system.iter().enumerate() {
        if used[i] {
            continue;
        }
        let overlapping = case
            .expected
            .iter()
            .any(|e| overlaps((s.start, s.end), (e.start, e.end)));
        let in_the_way = overlapping
            || match file.family {
                None => true,
                Some(f) => case.expected.is_empty() && f.contains(&s.kind.as_str()),
            };
        if !in_the_way {
            continue;
        }
        v.span_pass = false;
        // A mention overlapping a missed result is already listed with it as SPAN.
        if !v.issues.iter().any(|x| x.system.as_ref() == Some(s)) {
            v.issues.push(Issue {
                kind: "EXTRA",
                gold: None,
                system: Some(s.clone()),
            });
        }
    }
    v.pass = v.pass && v.span_pass;
    v
}
