//! The timeline: one entry per dated happening, in chronological order.
//!
//! Each DATE or TIME becomes an entry with the calendar range it covers, its sentence, a short
//! summary (the clause around it) and the entities of that clause. Two dates joined as a range
//! ("2019 से 2021 तक", "17-18 नवंबर", "from May to July") make one entry spanning both. Mentions
//! of the same date that share a participant, or share a sentence, are one event. Expressions
//! that only refer to now/past/future (PRESENT_REF …) are not happenings and are left out;
//! those with no resolved date ("XXXX-11-18") come last.

use crate::labels::EntitySpan;
use crate::lexicon::{Lexicon, PerLang};
use crate::text::sentences::SentenceSpan;
use crate::text::Doc;
use crate::text::Lang;
use crate::time::{Date, Granularity, TimexSpan, TimexType};

/// A timeline entry before offsets and ids are attached.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    pub timex: usize,
    pub range: Option<(Date, Date)>,
    pub granularity: Granularity,
    pub sentence: usize,
    /// Byte range of the summary in the original text.
    pub summary: (usize, usize),
    pub entities: Vec<usize>,
    pub mentions: Vec<usize>,
}

/// Punctuation that joins two dates into a range ("17-18"), in every language; the words
/// that do ("से", "to") are data: `data/<lang>/timeline-words.tsv`.
const RANGE_PUNCT: &[&str] = &["-", "–", "—"];

/// Punctuation that ends a clause for summaries, in every language.
const CLAUSE_PUNCT: &[&str] = &[",", ";", ":", "“", "”", "\"", "—"];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    Range,
    Clause,
}

fn words(lang: Lang) -> &'static Lexicon<Role> {
    static WORDS: PerLang<Lexicon<Role>> = PerLang::new();
    WORDS.get(lang, || {
        Lexicon::parse(crate::lexicon::file(lang, "timeline-words"), |c| {
            match *c.first()? {
                "range" => Some(Role::Range),
                "clause" => Some(Role::Clause),
                _ => None,
            }
        })
    })
}

fn has_role(doc: &Doc, lang: Lang, i: usize, role: Role) -> bool {
    let key = doc.key(i);
    let punct = if role == Role::Range {
        RANGE_PUNCT
    } else {
        CLAUSE_PUNCT
    };
    punct.contains(&key) || words(lang).word(key) == Some(&role)
}

fn on_timeline(t: &TimexSpan) -> bool {
    matches!(t.kind, TimexType::Date | TimexType::Time) && !t.value.ends_with("_REF")
}

pub fn build(
    doc: &Doc,
    lang: Lang,
    sentences: &[SentenceSpan],
    timexes: &[TimexSpan],
    entities: &[EntitySpan],
) -> Vec<Entry> {
    let sentence_of = |tok: usize| {
        sentences
            .partition_point(|s| s.tokens.1 <= tok)
            .min(sentences.len().saturating_sub(1))
    };
    let mut entries: Vec<Entry> = Vec::new();
    let mut i = 0;
    while i < timexes.len() {
        let t = &timexes[i];
        if !on_timeline(t) || doc.is_empty() {
            i += 1;
            continue;
        }
        let sentence = sentence_of(t.tokens.0);
        let sent = sentences.get(sentence).map_or((0, doc.len()), |s| s.tokens);
        let mut range = t.range;
        let mut mentions = Vec::new();
        // A range: the next timex follows after one joining word.
        if let Some(next) = timexes.get(i + 1) {
            let gap = next.tokens.0.saturating_sub(t.tokens.1);
            if gap == 1 && has_role(doc, lang, t.tokens.1, Role::Range) && on_timeline(next) {
                if let (Some(a), Some(b)) = (t.range, next.range) {
                    if a.0 <= b.0 {
                        range = Some((a.0, b.1));
                        mentions.push(i + 1);
                    }
                }
            }
        }
        let clause = clause_around(doc, lang, sent, t.tokens);
        let summary = (doc.tokens[clause.0].start, doc.tokens[clause.1 - 1].end);
        let mut ents = named_within(entities, clause);
        if ents.is_empty() {
            ents = named_within(entities, sent);
        }
        let granularity = if range.is_some() && range != t.range {
            widest(t, timexes.get(i + 1))
        } else {
            t.granularity
        };
        let skip = mentions.len();
        entries.push(Entry {
            timex: i,
            range,
            granularity,
            sentence,
            summary,
            entities: ents,
            mentions,
        });
        i += 1 + skip;
    }
    merge_same_events(doc, entities, &mut entries, timexes);
    entries.sort_by(|a, b| match (a.range, b.range) {
        (Some(x), Some(y)) => x.cmp(&y).then(a.timex.cmp(&b.timex)),
        (Some(_), None) => std::cmp::Ordering::Less,
        (None, Some(_)) => std::cmp::Ordering::Greater,
        (None, None) => a.timex.cmp(&b.timex),
    });
    entries
}

/// Named (not numeric) entities inside the token range `r`; `entities` is sorted.
fn named_within(entities: &[EntitySpan], r: (usize, usize)) -> Vec<usize> {
    let from = entities.partition_point(|e| e.tokens.0 < r.0);
    (from..entities.len())
        .take_while(|&k| entities[k].tokens.0 < r.1)
        .filter(|&k| entities[k].tokens.1 <= r.1 && !entities[k].label.is_numeric())
        .collect()
}

fn widest(a: &TimexSpan, b: Option<&TimexSpan>) -> Granularity {
    b.map_or(a.granularity, |b| a.granularity.max(b.granularity))
}

/// The clause of the sentence that holds `span`, at least a few words long and at most 12
/// tokens on either side of the expression (so a long sentence costs no more than a short one).
fn clause_around(
    doc: &Doc,
    lang: Lang,
    sent: (usize, usize),
    span: (usize, usize),
) -> (usize, usize) {
    const REACH: usize = 12;
    let is_break = |i: usize| has_role(doc, lang, i, Role::Clause);
    let lo = sent.0.max(span.0.saturating_sub(REACH));
    let hi = sent.1.min(span.1 + REACH);
    let mut a = span.0;
    while a > lo && !is_break(a - 1) {
        a -= 1;
    }
    let mut b = span.1;
    while b < hi && !is_break(b) {
        b += 1;
    }
    if b - a < 5 {
        (a, b) = (lo, hi);
    }
    // Drop the sentence's closing punctuation.
    while b > a + 1 && matches!(doc.key(b - 1), "।" | "." | "?" | "!" | "॥" | "|") {
        b -= 1;
    }
    (a, b)
}

/// Folds entries of one date into one event when they share a participant or a sentence.
/// Entries are found through maps keyed by (value, sentence) and (value, participant), so a
/// text that repeats one date many times stays linear.
fn merge_same_events(
    doc: &Doc,
    entities: &[EntitySpan],
    entries: &mut Vec<Entry>,
    timexes: &[TimexSpan],
) {
    use std::collections::HashMap;
    let name = |k: usize| -> String {
        let (a, b) = entities[k].tokens;
        (a..b).map(|i| doc.key(i)).collect::<Vec<_>>().join(" ")
    };
    let mut out: Vec<Entry> = Vec::with_capacity(entries.len());
    let mut by_sentence: HashMap<(&str, usize), usize> = HashMap::new();
    let mut by_name: HashMap<(&str, String), usize> = HashMap::new();
    for e in entries.drain(..) {
        let value = timexes[e.timex].value.as_str();
        let names: Vec<String> = e.entities.iter().map(|&k| name(k)).collect();
        let target = if e.range.is_none() {
            None
        } else {
            by_sentence
                .get(&(value, e.sentence))
                .or_else(|| names.iter().find_map(|n| by_name.get(&(value, n.clone()))))
                .copied()
                .filter(|&t| out[t].range == e.range)
        };
        let t = match target {
            Some(t) => {
                let o = &mut out[t];
                o.mentions.push(e.timex);
                o.mentions.extend(e.mentions);
                o.entities.extend(e.entities);
                t
            }
            None => {
                let sentence = e.sentence;
                out.push(e);
                by_sentence
                    .entry((value, sentence))
                    .or_insert(out.len() - 1);
                out.len() - 1
            }
        };
        if out[t].range.is_some() {
            for n in names {
                by_name.entry((value, n)).or_insert(t);
            }
        }
    }
    for e in &mut out {
        e.entities.sort_unstable();
        e.entities.dedup();
    }
    *entries = out;
}
