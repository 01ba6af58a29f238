//! `analyse`: the whole pipeline, from text to an [`Analysis`].

use crate::labels::{EntitySpan, Link};
use crate::schema::{self, Analysis};
use crate::text::sentences::SentenceSpan;
use crate::text::{language, split_sentences, Doc, Lang, OffsetConverter, OffsetUnit};
use crate::time::{self, Anchor, Date, DctReason, DctSource, TimexSpan};
use crate::{link, ner, numbers, timeline};
use std::fmt;

/// What the caller chooses. Build it from strings with [`Options::parse`].
#[derive(Debug, Clone, PartialEq)]
pub struct Options {
    /// None: detect from the text.
    pub lang: Option<Lang>,
    /// The document creation date; None: infer it from the text where possible.
    pub dct: Option<Date>,
    pub offsets: OffsetUnit,
}

impl Default for Options {
    fn default() -> Self {
        Self {
            lang: None,
            dct: None,
            offsets: OffsetUnit::Codepoint,
        }
    }
}

/// A bad option or input. The message is meant for people.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Error {
    InvalidLang(String),
    /// The text is in a language of a registered script that is not registered: Arabic
    /// pasted with `lang` auto, where Urdu is the Arabic-script language.
    UnsupportedLanguage(&'static str),
    InvalidDct(String),
    InvalidOffsets(String),
    /// The language pack of this language ("hi", "en") is not loaded (`packs` build only).
    PackNotLoaded(&'static str),
    /// The loaded packs lacked files that the analysis of this language read.
    PackIncomplete(&'static str, Vec<String>),
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::InvalidLang(s) => {
                let codes: Vec<String> = Lang::ALL.iter().map(|l| format!("{:?}", l.code())).collect();
                write!(f, "invalid lang {s:?}: expected \"auto\" or one of {}", codes.join(", "))
            }
            Error::UnsupportedLanguage(what) => {
                let codes: Vec<&str> = Lang::ALL.iter().map(|l| l.code()).collect();
                write!(
                    f,
                    "this text looks like {what}, which kaalrekha does not read (it reads {}); set lang to analyse it anyway",
                    codes.join(", ")
                )
            }
            Error::InvalidDct(s) => write!(
                f,
                "invalid dct {s:?}: expected a real calendar date as YYYY-MM-DD"
            ),
            Error::InvalidOffsets(s) => {
                write!(
                    f,
                    "invalid offsets {s:?}: expected \"codepoint\", \"utf16\" or \"utf8\""
                )
            }
            Error::PackNotLoaded(lang) => write!(
                f,
                "the {lang:?} language pack is not loaded: load {lang}.pack before analysing {lang} text"
            ),
            Error::PackIncomplete(lang, files) => write!(
                f,
                "the loaded language packs lack {} that {lang:?} analysis reads: {}",
                if files.len() == 1 { "a file" } else { "files" },
                files.join(", ")
            ),
        }
    }
}

impl std::error::Error for Error {}

impl Options {
    /// Options from the strings a user typed; `None` or "" leaves the default.
    pub fn parse(
        lang: Option<&str>,
        dct: Option<&str>,
        offsets: Option<&str>,
        default_offsets: OffsetUnit,
    ) -> Result<Self, Error> {
        let lang = match lang.map(str::trim).filter(|s| !s.is_empty()) {
            None | Some("auto") => None,
            Some(s) => Some(Lang::parse(s).ok_or_else(|| Error::InvalidLang(s.to_owned()))?),
        };
        let dct = match dct.map(str::trim).filter(|s| !s.is_empty()) {
            None => None,
            Some(s) => Some(Date::parse(s).ok_or_else(|| Error::InvalidDct(s.to_owned()))?),
        };
        let offsets = match offsets.map(str::trim).filter(|s| !s.is_empty()) {
            None => default_offsets,
            Some(s) => OffsetUnit::parse(s).ok_or_else(|| Error::InvalidOffsets(s.to_owned()))?,
        };
        Ok(Self { lang, dct, offsets })
    }
}

/// Analyses one article.
///
/// ```
/// use kaalrekha::{analyse, Options};
/// let a = analyse("पुतिन ने 18 नवंबर 2025 को ली कियांग से मुलाकात की।", &Options::default()).unwrap();
/// assert_eq!(a.language, "hi");
/// assert_eq!(a.sentences.len(), 1);
/// ```
pub fn analyse(text: &str, options: &Options) -> Result<Analysis, Error> {
    let lang = match options.lang {
        Some(lang) => lang,
        None => match language::detect_checked(text) {
            (_, Some(what)) => return Err(Error::UnsupportedLanguage(what)),
            (lang, None) => lang,
        },
    };
    if !crate::packs::is_loaded(lang) {
        return Err(Error::PackNotLoaded(lang.code()));
    }
    let doc = Doc::new(text);
    let sentences = split_sentences(&doc);
    let (timexes, dct, evidence) = time::analyse(&doc, lang, options.dct, &sentences);
    let named = ner::recognise(&doc, lang)
        .into_iter()
        .filter(|e| name_fits(&doc, e.tokens))
        .collect();
    let entities = merge_entities(named, numbers::recognise(&doc, lang), &timexes);
    let links = link::link(&doc, lang, &entities);
    let entries = timeline::build(&doc, lang, &sentences, &timexes, &entities);
    let mut analysis = render(
        &doc,
        lang,
        dct,
        options.offsets,
        &sentences,
        &entities,
        &links,
        &timexes,
        &entries,
    );
    analysis.dct_evidence = dct_evidence(&analysis.timexes, &evidence);
    let missing = crate::packs::take_missing();
    if !missing.is_empty() {
        return Err(Error::PackIncomplete(lang.code(), missing));
    }
    Ok(analysis)
}

/// The longest a name can be: "भारतीय राष्ट्रीय अल्पसंख्यक शैक्षणिक संस्थान आयोग" has 6 words and
/// 45 characters. A longer span is an error of some rule on odd text (200 KB of Hindi glued
/// into one "word" once came out as one place), so no layer may return one.
pub const MAX_NAME_TOKENS: usize = 12;
pub const MAX_NAME_CHARS: usize = 120;

fn name_fits(doc: &Doc, tokens: (usize, usize)) -> bool {
    let text = &doc.text[doc.tokens[tokens.0].start..doc.tokens[tokens.1 - 1].end];
    tokens.1 - tokens.0 <= MAX_NAME_TOKENS && text.chars().nth(MAX_NAME_CHARS).is_none()
}

fn dct_evidence(
    timexes: &[schema::Timex],
    evidence: &[(usize, DctReason)],
) -> Vec<schema::DctEvidence> {
    evidence
        .iter()
        .filter_map(|&(i, why)| {
            timexes.get(i).map(|t| schema::DctEvidence {
                timex: t.id.clone(),
                text: t.text.clone(),
                reason: why.name(),
            })
        })
        .collect()
}

/// Named entities and numbers in one non-overlapping layer. Dates belong to the timex layer:
/// numbers inside a timex ("18" in "18 नवंबर") and named entities inside one ("मार्च" read as a
/// place) are dropped. A named entity wins over a number it overlaps, unless the number covers
/// it whole: "22 अरब डॉलर" is MONEY, not a NORP "अरब" (Arab) with loose numbers around it.
///
/// Linear in the number of tokens and spans: each "overlaps any" or "inside any" question is
/// answered from per-token tables instead of a scan of every other span, which made a text of
/// 100,000 numbers quadratic. Same answers as the plain scans (see the test below).
fn merge_entities(
    named: Vec<EntitySpan>,
    numbers: Vec<EntitySpan>,
    timexes: &[TimexSpan],
) -> Vec<EntitySpan> {
    let inside = |a: (usize, usize), b: (usize, usize)| b.0 <= a.0 && a.1 <= b.1;
    let timex_index = SpanIndex::new(timexes.iter().map(|t| t.tokens));
    let numbers: Vec<EntitySpan> = numbers
        .into_iter()
        .filter(|n| timex_index.overlapping(n.tokens).next().is_none())
        .collect();
    let number_index = SpanIndex::new(numbers.iter().map(|n| n.tokens));
    let mut out: Vec<EntitySpan> = named
        .into_iter()
        .filter(|e| {
            !timex_index
                .overlapping(e.tokens)
                .any(|t| inside(e.tokens, t))
        })
        .filter(|e| {
            !number_index
                .overlapping(e.tokens)
                .any(|n| inside(e.tokens, n) && n != e.tokens)
        })
        .collect();
    let named_index = SpanIndex::new(out.iter().map(|e| e.tokens));
    out.extend(
        numbers
            .into_iter()
            .filter(|n| named_index.overlapping(n.tokens).next().is_none()),
    );
    out.sort_by_key(|e| e.tokens);
    out
}

/// Token spans sorted by start, with the running maximum of their ends, so that the spans
/// overlapping a query are found by binary search: merging layers stays O(n log n) even when
/// a layer's spans overlap one another.
struct SpanIndex {
    spans: Vec<(usize, usize)>,
    max_end: Vec<usize>,
}

impl SpanIndex {
    fn new(spans: impl Iterator<Item = (usize, usize)>) -> Self {
        let mut spans: Vec<(usize, usize)> = spans.collect();
        spans.sort_unstable();
        let max_end = spans
            .iter()
            .scan(0, |m, s| {
                *m = (*m).max(s.1);
                Some(*m)
            })
            .collect();
        Self { spans, max_end }
    }

    fn overlapping(&self, q: (usize, usize)) -> impl Iterator<Item = (usize, usize)> + '_ {
        let from = self.max_end.partition_point(|&m| m <= q.0);
        self.spans[from..]
            .iter()
            .copied()
            .take_while(move |s| s.0 < q.1)
            .filter(move |s| s.1 > q.0)
    }
}

#[allow(clippy::too_many_arguments)]
fn render(
    doc: &Doc,
    lang: Lang,
    dct: Option<(Date, DctSource)>,
    unit: OffsetUnit,
    sentences: &[SentenceSpan],
    entities: &[EntitySpan],
    links: &[Link],
    timexes: &[TimexSpan],
    entries: &[timeline::Entry],
) -> Analysis {
    let conv = OffsetConverter::new(doc.text, unit);
    let bytes = |tokens: (usize, usize)| (doc.tokens[tokens.0].start, doc.tokens[tokens.1 - 1].end);
    let entity_id = |i: usize| id('e', i + 1);
    let timex_id = |i: usize| id('t', i + 1);
    Analysis {
        schema: schema::SCHEMA,
        language: lang.code(),
        dct: dct.map(|(d, _)| d.to_string()),
        dct_source: dct.map(|(_, s)| match s {
            DctSource::Given => "given",
            DctSource::Inferred => "inferred",
        }),
        dct_evidence: Vec::new(),
        offsets: unit.name(),
        sentences: sentences
            .iter()
            .map(|s| schema::Sentence {
                start: conv.convert(s.bytes.0),
                end: conv.convert(s.bytes.1),
            })
            .collect(),
        entities: entities
            .iter()
            .zip(links)
            .enumerate()
            .map(|(i, (e, l))| {
                let (a, b) = bytes(e.tokens);
                schema::Entity {
                    id: entity_id(i),
                    start: conv.convert(a),
                    end: conv.convert(b),
                    text: doc.text[a..b].to_owned(),
                    label: e.label.name(),
                    cluster: l.cluster.map(|c| id('c', c + 1)),
                    latin: l.latin.clone(),
                    wikidata: l.wikidata.clone(),
                    value: e.value,
                    unit: e.unit.clone(),
                }
            })
            .collect(),
        timexes: timexes
            .iter()
            .enumerate()
            .map(|(i, t)| {
                let (a, b) = bytes(t.tokens);
                schema::Timex {
                    id: timex_id(i),
                    start: conv.convert(a),
                    end: conv.convert(b),
                    text: doc.text[a..b].to_owned(),
                    kind: t.kind.name(),
                    value: t.value.clone(),
                    modifier: t.modifier,
                    anchor: match t.anchor {
                        Anchor::None => None,
                        Anchor::Dct => Some("dct".to_owned()),
                        Anchor::Timex(j) => Some(timex_id(j)),
                    },
                    note: t.note,
                }
            })
            .collect(),
        timeline: entries
            .iter()
            .map(|e| schema::TimelineEntry {
                timex: timex_id(e.timex),
                start: e.range.map(|r| r.0.to_string()),
                end: e.range.map(|r| r.1.to_string()),
                granularity: e.granularity.name(),
                sentence: e.sentence,
                summary: doc.text[e.summary.0..e.summary.1].to_owned(),
                entities: e.entities.iter().map(|&i| entity_id(i)).collect(),
                mentions: e.mentions.iter().map(|&i| timex_id(i)).collect(),
            })
            .collect(),
    }
}

/// `format!("{prefix}{n}")` without the formatting machinery, which showed in profiles: an
/// analysis writes one id per entity, timex and timeline reference.
fn id(prefix: char, n: usize) -> String {
    let mut digits = [0u8; 20];
    let mut k = digits.len();
    let mut n = n;
    loop {
        k -= 1;
        digits[k] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    let mut s = String::with_capacity(1 + digits.len() - k);
    s.push(prefix);
    s.extend(digits[k..].iter().map(|&d| char::from(d)));
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::labels::Label;

    #[test]
    fn ids_are_formatted_numbers() {
        for n in [0, 1, 9, 10, 99, 100, 12345, usize::MAX] {
            assert_eq!(id('e', n), format!("e{n}"));
        }
    }
    use crate::time::{Granularity, TimexType};

    /// The plain quadratic merge that `merge_entities` replaces, as the reference.
    fn merge_by_scans(
        named: Vec<EntitySpan>,
        numbers: Vec<EntitySpan>,
        timexes: &[TimexSpan],
    ) -> Vec<EntitySpan> {
        let overlaps = |a: (usize, usize), b: (usize, usize)| a.0 < b.1 && b.0 < a.1;
        let inside = |a: (usize, usize), b: (usize, usize)| b.0 <= a.0 && a.1 <= b.1;
        let numbers: Vec<EntitySpan> = numbers
            .into_iter()
            .filter(|n| !timexes.iter().any(|t| overlaps(t.tokens, n.tokens)))
            .collect();
        let mut out: Vec<EntitySpan> = named
            .into_iter()
            .filter(|e| !timexes.iter().any(|t| inside(e.tokens, t.tokens)))
            .filter(|e| {
                !numbers
                    .iter()
                    .any(|n| inside(e.tokens, n.tokens) && n.tokens != e.tokens)
            })
            .collect();
        for n in numbers {
            if !out.iter().any(|e| overlaps(e.tokens, n.tokens)) {
                out.push(n);
            }
        }
        out.sort_by_key(|e| e.tokens);
        out
    }

    fn entity(tokens: (usize, usize), label: Label) -> EntitySpan {
        EntitySpan {
            tokens,
            label,
            value: None,
            unit: None,
        }
    }

    fn timex(tokens: (usize, usize)) -> TimexSpan {
        TimexSpan {
            tokens,
            kind: TimexType::Date,
            value: "2025".into(),
            modifier: None,
            anchor: Anchor::None,
            note: None,
            range: None,
            granularity: Granularity::Year,
            pattern: "test",
        }
    }

    #[test]
    fn merge_matches_the_plain_scans() {
        let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
        let mut next = move |m: usize| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            (x % m as u64) as usize
        };
        for _ in 0..3000 {
            let n = 1 + next(30);
            let span = |next: &mut dyn FnMut(usize) -> usize, max_len: usize| {
                let a = next(n);
                (a, (a + next(max_len + 1)).min(n))
            };
            // Each recogniser hands over a layer of non-empty spans that do not overlap one
            // another (the entity and timex layers' contract); the layers overlap freely.
            let layer = |spans: Vec<(usize, usize)>| {
                let mut kept: Vec<(usize, usize)> = Vec::new();
                for s in spans {
                    if s.0 < s.1 && kept.iter().all(|k| s.1 <= k.0 || k.1 <= s.0) {
                        kept.push(s);
                    }
                }
                kept
            };
            let named_spans = layer((0..next(6)).map(|_| span(&mut next, 4)).collect());
            let number_spans = layer((0..next(8)).map(|_| span(&mut next, 3)).collect());
            let timex_spans = layer((0..next(4)).map(|_| span(&mut next, 4)).collect());
            let named: Vec<_> = named_spans
                .into_iter()
                .map(|s| entity(s, Label::Gpe))
                .collect();
            let numbers: Vec<_> = number_spans
                .into_iter()
                .map(|s| entity(s, Label::Cardinal))
                .collect();
            let timexes: Vec<_> = timex_spans.into_iter().map(timex).collect();
            assert_eq!(
                merge_entities(named.clone(), numbers.clone(), &timexes),
                merge_by_scans(named.clone(), numbers.clone(), &timexes),
                "named {named:?} numbers {numbers:?} timexes {:?}",
                timexes.iter().map(|t| t.tokens).collect::<Vec<_>>()
            );
        }
    }

    #[test]
    fn a_hundred_thousand_numbers_merge_quickly() {
        let numbers: Vec<_> = (0..100_000)
            .map(|i| entity((i, i + 1), Label::Cardinal))
            .collect();
        let timexes: Vec<_> = (0..100_000).step_by(7).map(|i| timex((i, i + 1))).collect();
        let t = std::time::Instant::now();
        let out = merge_entities(Vec::new(), numbers, &timexes);
        assert_eq!(out.len(), 100_000 - timexes.len());
        assert!(t.elapsed().as_secs_f64() < 1.0, "{:?}", t.elapsed());
    }
}
