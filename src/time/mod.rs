//! Temporal expressions: recognise (lexicons + patterns → typed values), then resolve against
//! the document creation time (DCT).

pub mod calendar;
pub mod comparison;
pub mod dct;
pub mod grammar;
pub mod interpret;
pub mod lexicon;
pub mod tense;
pub mod value;

use crate::text::sentences::SentenceSpan;
use crate::text::{Doc, Lang, TokenKind};
pub use calendar::Date;
pub use dct::Reason as DctReason;
use grammar::{PatternMatcher, Rule};
use lexicon::Unit;
use value::{Context, TimeValue};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TimexType {
    Date,
    Time,
    Duration,
    Set,
}

impl TimexType {
    pub fn name(self) -> &'static str {
        match self {
            Self::Date => "DATE",
            Self::Time => "TIME",
            Self::Duration => "DURATION",
            Self::Set => "SET",
        }
    }
}

/// How much of the calendar a resolved value covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Granularity {
    Day,
    Month,
    Year,
    Decade,
    Unknown,
}

impl Granularity {
    pub fn name(self) -> &'static str {
        match self {
            Self::Day => "day",
            Self::Month => "month",
            Self::Year => "year",
            Self::Decade => "decade",
            Self::Unknown => "unknown",
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum Anchor {
    None,
    Dct,
    /// Index of another timex in the same analysis.
    Timex(usize),
}

/// A recognised and resolved temporal expression.
#[derive(Debug, Clone, PartialEq)]
pub struct TimexSpan {
    pub tokens: (usize, usize),
    pub kind: TimexType,
    pub value: String,
    pub modifier: Option<&'static str>,
    pub anchor: Anchor,
    pub note: Option<&'static str>,
    /// The calendar range the value covers, when it is known: `[first day, last day]`.
    pub range: Option<(Date, Date)>,
    pub granularity: Granularity,
    /// The id of the pattern that found it (`hi.date.dmy`), so a test can check that a
    /// pattern's example is matched by that pattern and not by another one.
    pub pattern: &'static str,
}

/// Where the DCT came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DctSource {
    Given,
    Inferred,
}

/// Whether a bare four-digit number at token `i` reads as a year: "2024 में", "in 2024",
/// but not "2024 लोग" or "2024 people" (the cue words are data: `year-context.tsv`).
fn bare_year_ok(doc: &Doc, i: usize, lang: Lang) -> bool {
    let ctx = &lexicon::lexicon(lang).year_context;
    let cue = |j: Option<usize>| {
        j.and_then(|j| ctx.words.word(doc.key(j)))
            .copied()
            .unwrap_or_default()
    };
    let prev = cue(i.checked_sub(1));
    let next = cue((i + 1 < doc.len()).then_some(i + 1));
    let value: i32 = doc.key(i).parse().unwrap_or(0);
    // A currency sign glued to the number makes it money in every language: "$2000".
    let money = i > 0 && doc.glued(i) && is_currency_sign(doc.key(i - 1));
    (ctx.years.0..=ctx.years.1).contains(&value)
        && !next.after_count
        && !prev.before_other
        && !money
        && !amount_follows(doc, lang, i + 1)
        // "1800 से 2000 लीटर": the first of two amounts.
        && !(next.joins && i + 2 < doc.len() && doc.tokens[i + 2].kind == TokenKind::Number && amount_follows(doc, lang, i + 3))
        && (!ctx.needs_cue || i + 1 >= doc.len() || next.after_year || prev.before_year)
}

/// A year match, alone or with a modifier, passes the bare-year checks: "लगभग 1300 हेक्टेयर"
/// is an area, not a year. A year with a year word ("साल 2008") or a month is no bare year.
fn year_ok(doc: &Doc, m: &grammar::Match, lang: Lang) -> bool {
    let number = (m.start..m.end)
        .rev()
        .find(|&k| doc.tokens[k].kind == TokenKind::Number);
    let bare = m.end - m.start == 1
        || (m.slots.modifier.is_some()
            && number.is_some_and(|k| {
                (m.start..m.end).all(|j| j == k || doc.tokens[j].kind != TokenKind::Number)
            }));
    // "1500 से ज़्यादा", "more than 2000": years take no "more" or "less".
    let amount_mod = matches!(
        m.slots.modifier,
        Some("MORE_THAN" | "LESS_THAN" | "EQUAL_OR_MORE" | "EQUAL_OR_LESS")
    );
    !bare || (!amount_mod && number.is_some_and(|k| bare_year_ok(doc, k, lang)))
}

/// Whether a shift "N units <direction>" counts from an event rather than from the document
/// date, so that it is the duration "N units" (as TimeML tags it); Some(whether the direction
/// word stays outside the span):
/// - after an event marker: "चुनाव जीतने के एक साल बाद" (a year after winning the election);
/// - in a past-tense sentence, with a narrative direction word: "Three days later, the index
///   was down", "दो साल बाद वह लौट आया था".
fn from_event(
    doc: &Doc,
    lex: &lexicon::TimeLexicon,
    tokens: (usize, usize),
    dir: i32,
    tense: Option<lexicon::Tense>,
) -> Option<bool> {
    let last = doc.key(tokens.1 - 1);
    if tokens.0 > 0
        && tokens.1 - tokens.0 >= 2
        && lex.event_anchors.word(doc.key(tokens.0 - 1)).is_some()
        && !(tokens.0 > 1 && lex.anchor_now.word(doc.key(tokens.0 - 2)).is_some())
        && lex.directions.word(last).is_some()
    {
        return Some(false);
    }
    let past = matches!(tense, Some(lexicon::Tense::Past | lexicon::Tense::WeakPast));
    lex.narrative
        .word(last)
        .copied()
        .filter(|_| past && dir > 0)
}

/// Whether the capitalised word at `i` opens a name with a joiner and another capitalised word
/// after it ("March for Life", "March of the Combatant Mothers"), a detection word of the
/// language ("the") allowed between.
fn starts_name(doc: &Doc, lang: Lang, i: usize) -> bool {
    let s = crate::text::settings::of(lang);
    let capital = |k: usize| {
        k < doc.len()
            && doc.text[doc.tokens[k].start..doc.tokens[k].end]
                .chars()
                .next()
                .is_some_and(char::is_uppercase)
    };
    capital(i)
        && i + 2 < doc.len()
        && s.name_joiners.iter().any(|w| w == doc.key(i + 1))
        && (capital(i + 2) || s.detect_words.iter().any(|w| w == doc.key(i + 2)) && capital(i + 3))
}

/// Whether `tokens` is an article and a unit alone ("a year") right after an amount, or after
/// an amount and the thing counted: "$2 million a year", "358,000 a month", "700 seats a week".
fn is_rate(doc: &Doc, lang: Lang, tokens: (usize, usize)) -> bool {
    let lex = crate::numbers::lexicon(lang);
    let Some(n) = crate::numbers::number_at(doc, tokens.0, lex) else {
        return false;
    };
    if !n.article || n.end + 1 != tokens.1 {
        return false;
    }
    // A count, not a currency word alone ("पैसे एक सप्ताह के अंदर": the money, within a week).
    let amount_at =
        |k: usize| doc.tokens[k].kind == TokenKind::Number || lex.is_number_word(doc.key(k));
    (1..=2).any(|back| tokens.0 >= back && amount_at(tokens.0 - back))
}

fn amount_follows(doc: &Doc, lang: Lang, i: usize) -> bool {
    crate::numbers::lexicon(lang).amount_follows(doc, i)
}

fn is_currency_sign(key: &str) -> bool {
    let mut chars = key.chars();
    matches!(
        (chars.next(), chars.next()),
        (Some('$' | '£' | '€' | '₹' | '¥' | '₽' | '¢' | '₩'), None)
    )
}

/// An expression found in the text, before resolution.
struct Mention {
    tokens: (usize, usize),
    value: TimeValue,
    sentence: usize,
    tense: Option<lexicon::Tense>,
    modifier: Option<&'static str>,
    /// A duration that ends or starts at the DCT: "पिछले दो वर्षों", "the next five years".
    anchored: bool,
    pattern: &'static str,
    /// A date known by its name ("9/11"): history, like a birth date.
    named: bool,
    /// Counted from the time last spoken of: "that year", "the following month".
    anaphoric: bool,
}

fn recognise(doc: &Doc, lang: Lang, sentences: &[SentenceSpan]) -> Vec<Mention> {
    let matcher = PatternMatcher::new(doc, lang);
    let lex = lexicon::lexicon(lang);
    let mut tenses: Option<tense::TenseIndex> = None;
    let mut out = Vec::new();
    let mut i = 0;
    let mut sentence = 0;
    while i < doc.len() {
        if !matcher.may_start(i) {
            i += 1;
            continue;
        }
        let Some(m) = matcher.longest_at(i) else {
            i += 1;
            continue;
        };
        if m.rule == Rule::Year && !year_ok(doc, &m, lang) {
            i += 1;
            continue;
        }
        let values = interpret::interpret(&m);
        if values.is_empty() {
            i += 1;
            continue;
        }
        for (mut tokens, mut value) in values {
            // Optional commas and dashes at the edges belong to no expression: ", August 7".
            while tokens.1 - tokens.0 > 1
                && doc.tokens[tokens.0].kind == TokenKind::Punct
                && doc.key(tokens.0) != "'"
            {
                tokens.0 += 1;
            }
            while tokens.1 - tokens.0 > 1
                && doc.tokens[tokens.1 - 1].kind == TokenKind::Punct
                && doc.key(tokens.1 - 1) != "."
            {
                tokens.1 -= 1;
            }
            while sentence + 1 < sentences.len() && sentences[sentence].tokens.1 <= tokens.0 {
                sentence += 1;
            }
            let index = tenses.get_or_insert_with(|| tense::TenseIndex::new(doc, lex, sentences));
            let tense = index.tense(tokens);
            if let TimeValue::Shift { unit, amount, dir } = value {
                if let Some(outside) = from_event(doc, lex, tokens, dir, tense) {
                    value = TimeValue::Duration {
                        amount: Some(amount),
                        unit,
                    };
                    if outside && tokens.1 - tokens.0 >= 2 {
                        tokens.1 -= 1;
                    }
                }
            }
            // "तीन साल की उम्र में", "12 years old": an age, which TimeML does not tag.
            if matches!(value, TimeValue::Duration { .. })
                && m.rule != Rule::Anchored
                && tokens.1 < doc.len()
                && lex.ages.longest(doc, tokens.1).is_some()
            {
                continue;
            }
            // "the March for Life", "Spring of Life": a name, no time ("Monday for Kopp" is).
            let month_or_season = match value {
                TimeValue::Season { .. } => true,
                TimeValue::Calendar(c) => {
                    c.month.is_some() && c.day.is_none() && c.weekday.is_none()
                }
                _ => false,
            };
            if month_or_season && tokens.1 - tokens.0 == 1 && starts_name(doc, lang, tokens.0) {
                continue;
            }
            // "$2 million a year", "four flights a week": "a <unit>" after an amount is a rate,
            // which TimeBank leaves untagged, not a duration.
            if matches!(value, TimeValue::Duration { .. }) && is_rate(doc, lang, tokens) {
                continue;
            }
            // "1800 किलोमीटर प्रति घंटे", "$5 a day": a rate, not a recurring time.
            if m.rule == Rule::Set && tokens.0 > 0 && amount_follows(doc, lang, tokens.0 - 1) {
                continue;
            }
            out.push(Mention {
                tokens,
                value,
                sentence,
                tense,
                modifier: m.slots.modifier,
                anchored: m.rule == Rule::Anchored,
                pattern: &grammar::patterns(lang)[m.pattern].id,
                named: m.slots.named,
                anaphoric: m.slots.det.is_some()
                    && (tokens.0..tokens.1).any(|k| lex.anaphoric.longest(doc, k).is_some()),
            });
        }
        i = m.end;
    }
    out
}

/// For each mention, the first later one in its sentence that names a whole day: its index
/// and date. `resolved` holds every mention but the clock times, which are resolved later
/// against these days. One backward pass.
fn following_days(
    mentions: &[Mention],
    resolved: &[Option<value::Resolved>],
) -> Vec<Option<(usize, Date)>> {
    let mut out = vec![None; mentions.len()];
    let mut next: Option<(usize, usize, Date)> = None;
    for (i, (m, r)) in mentions.iter().zip(resolved).enumerate().rev() {
        out[i] = next
            .filter(|(s, _, _)| *s == m.sentence)
            .map(|(_, j, d)| (j, d));
        if let Some(value::Resolved {
            granularity: Granularity::Day,
            range: Some((d, _)),
            ..
        }) = r
        {
            next = Some((m.sentence, i, *d));
        }
    }
    out
}

/// Finds temporal expressions, infers the DCT when none is given, and resolves them.
///
/// Also returns, for an inferred DCT, the expressions that decided it (indices into the
/// returned timexes) and why.
pub fn analyse(
    doc: &Doc,
    lang: Lang,
    dct: Option<Date>,
    sentences: &[SentenceSpan],
) -> (
    Vec<TimexSpan>,
    Option<(Date, DctSource)>,
    Vec<(usize, DctReason)>,
) {
    let mentions = recognise(doc, lang, sentences);
    let mut evidence = Vec::new();
    let dct = dct.map(|d| (d, DctSource::Given)).or_else(|| {
        let history = history_sentences(doc, lang, sentences);
        let clues: Vec<dct::Clue> = mentions
            .iter()
            .map(|m| dct::Clue {
                value: &m.value,
                start_token: m.tokens.0,
                sentence: m.sentence,
                tense: m.tense,
                history: m.named || history.get(m.sentence).copied().unwrap_or(false),
            })
            .collect();
        let inferred = dct::infer(&clues)?;
        evidence = inferred.evidence;
        Some((inferred.date, DctSource::Inferred))
    });
    let mut out: Vec<TimexSpan> = Vec::with_capacity(mentions.len());
    // Every expression but a clock time resolves on its own. A clock time belongs to the last
    // whole day named before it in its sentence ("18 नवंबर को … सुबह 10 बजे"), else to the
    // first one after it ("from 8 to 10 p.m. on Tuesday").
    let on_its_own = |m: &Mention| Context {
        dct: dct.map(|d| d.0),
        tense: m.tense,
        day: None,
    };
    let mut resolved: Vec<Option<value::Resolved>> = mentions
        .iter()
        .map(|m| {
            (!matches!(m.value, TimeValue::Clock { .. }))
                .then(|| value::resolve(&m.value, &on_its_own(m)))
        })
        .collect();
    let later_days = following_days(&mentions, &resolved);
    let mut day_anchor: Option<(usize, usize, Date)> = None;
    for (i, m) in mentions.iter().enumerate() {
        let day = day_anchor
            .filter(|(s, _, _)| *s == m.sentence)
            .or(later_days[i].map(|(j, d)| (m.sentence, j, d)));
        // "that year", "the following month": from the last time spoken of, if it is no
        // longer than the unit counted ("that day" after "in 1988" stays the DCT's).
        let longest = match m.value {
            TimeValue::Relative { unit, .. } => match unit {
                Unit::Year => 366,
                Unit::Quarter => 92,
                Unit::Month => 31,
                Unit::Week | Unit::Fortnight | Unit::Weekend => 7,
                _ => 1,
            },
            TimeValue::RelativeWeekday { .. } => 1,
            TimeValue::RelativeMonth { .. } => 366,
            _ => 0,
        };
        let antecedent = (m.anaphoric && longest > 0)
            .then(|| {
                out.iter()
                    .rev()
                    .find(|t| matches!(t.kind, TimexType::Date | TimexType::Time))
                    .and_then(|t| t.range)
            })
            .flatten()
            .filter(|(a, b)| b.to_days() - a.to_days() < longest);
        if let Some((from, _)) = antecedent {
            resolved[i] = Some(value::resolve(
                &m.value,
                &Context {
                    dct: Some(from),
                    ..on_its_own(m)
                },
            ));
        }
        let r = resolved[i].take().unwrap_or_else(|| {
            value::resolve(
                &m.value,
                &Context {
                    day: day.map(|d| d.2),
                    ..on_its_own(m)
                },
            )
        });
        let anchor = match (&m.value, day) {
            (TimeValue::Clock { .. }, Some((_, t, _))) => Anchor::Timex(t),
            _ if r.from_dct || (m.anchored && dct.is_some()) => Anchor::Dct,
            _ => Anchor::None,
        };
        if r.granularity == Granularity::Day {
            if let Some((d, _)) = r.range {
                day_anchor = Some((m.sentence, out.len(), d));
            }
        }
        out.push(TimexSpan {
            tokens: m.tokens,
            kind: r.kind,
            value: r.value,
            modifier: m.modifier,
            anchor,
            note: r.note,
            range: r.range,
            granularity: if r.range.is_some() {
                r.granularity
            } else {
                Granularity::Unknown
            },
            pattern: m.pattern,
        });
    }
    comparison::anchor_on_reported_quarter(
        &mentions,
        &mut out,
        &Context {
            dct: dct.map(|d| d.0),
            ..Context::default()
        },
    );
    (out, dct, evidence)
}

/// Which sentences speak of a birth, a death, a founding or an anniversary (`dct-cues.tsv`).
fn history_sentences(doc: &Doc, lang: Lang, sentences: &[SentenceSpan]) -> Vec<bool> {
    let lex = lexicon::lexicon(lang);
    sentences
        .iter()
        .map(|s| (s.tokens.0..s.tokens.1).any(|i| lex.history.word(doc.key(i)).is_some()))
        .collect()
}
