//! Rules over the model's spans. Each rule names the case it is for.

use super::RawSpan;
use crate::labels::{EntitySpan, Label};
use crate::names::acronym;
use crate::names::cues::{self, Marks};
use crate::names::sound as name_sound;
use crate::text::settings::{self, Rule};
use crate::text::{Doc, Lang, TokenKind};

mod document;
mod edges;
mod heads;
mod lists;
mod unknown;
use document::*;
use edges::*;
use heads::*;
use lists::*;
use unknown::*;

#[derive(Debug, Clone, Copy, PartialEq)]
enum Kind {
    L(Label),
    /// English MISC: nationality (NORP), event or dropped.
    Misc,
}

#[derive(Debug, Clone, Copy)]
struct Span {
    a: usize,
    b: usize,
    kind: Kind,
}

/// Which span covers each of `n` tokens (the spans do not overlap).
fn owners(spans: &[Span], n: usize) -> Vec<Option<usize>> {
    let mut owner = vec![None; n];
    for (k, s) in spans.iter().enumerate() {
        owner[s.a..s.b].iter_mut().for_each(|o| *o = Some(k));
    }
    owner
}

/// Whether a word (its folded key) is listed as a word of people's names: given, family, from
/// abroad, or with a known Latin spelling (`person-latin.tsv`).
fn person_listed(c: &cues::Cues, lang: Lang, key: &str) -> bool {
    c.given.contains(key)
        || c.family.contains(key)
        || c.abroad.contains(key)
        || crate::names::latin::person_word(lang, key)
}

/// Whether a span that overlaps tokens `a..b` reaches outside them.
fn crosses(spans: &[Span], a: usize, b: usize) -> bool {
    spans
        .iter()
        .any(|s| s.a < b && s.b > a && (s.a < a || s.b > b))
}

/// A span of `kind` over tokens `a..b`, in place of the spans inside them.
fn replace_inside(spans: &mut Vec<Span>, a: usize, b: usize, kind: Kind) {
    spans.retain(|s| s.b <= a || s.a >= b);
    spans.push(Span { a, b, kind });
}

pub fn apply(
    doc: &Doc,
    lang: Lang,
    marks: &Marks,
    raw: Vec<RawSpan>,
    known: &dyn Fn(usize) -> bool,
) -> Vec<EntitySpan> {
    let mut spans: Vec<Span> = raw
        .iter()
        .map(|r| {
            let (a, b) = r.tokens;
            let kind = match r.class {
                "PERSON" => Kind::L(Label::Person),
                "ORG" => Kind::L(Label::Org),
                "NORP" => Kind::L(Label::Norp),
                "EVENT" => Kind::L(Label::Event),
                "GPE" | "LOC" => Kind::L(place(doc, lang, marks, a, b)),
                _ => Kind::Misc,
            };
            Span { a, b, kind }
        })
        .collect();
    // No name runs past a dozen words; a longer span is the model running away on a list.
    spans.retain(|s| s.b - s.a <= 12);
    spans = spans
        .into_iter()
        .flat_map(|s| clean(doc, lang, marks, s))
        .collect();
    spans = spans
        .into_iter()
        .map(|s| trim_place(doc, lang, marks, s))
        .collect();
    // Direction words alone name no place: "उत्तरी और पूर्वी अफ़ग़ानिस्तान".
    spans.retain(|s| {
        !matches!(s.kind, Kind::L(Label::Gpe | Label::Loc))
            || !(s.a..s.b).all(|i| {
                direction_adjective(doc, i)
                    || doc.key(i) == "-"
                    || cues::name_word(doc.key(i)) & cues::DIRECTION != 0
            })
            || cues::exact(doc, lang, s.a, s.b).is_some()
    });
    // A place name that is also a common word is that word after the words that make it one
    // (`ner-homographs.tsv`): "युद्ध की सूरत में" (in the event of war), not Surat.
    let homographs = &cues::get(lang).homographs;
    spans.retain(|s| {
        !(s.b - s.a == 1
            && s.a > 0
            && matches!(s.kind, Kind::L(Label::Gpe | Label::Loc))
            && homographs
                .get(doc.key(s.a))
                .is_some_and(|h| h.before.iter().any(|w| w == doc.key(s.a - 1))))
    });
    // A title alone names no one and nothing: "डीआईजी" (a police rank) read as an organisation.
    spans.retain(|s| {
        !(s.b - s.a == 1
            && marks.bits[s.a] & cues::TITLE != 0
            && marks.bits[s.a] & (cues::GPE | cues::LOC | cues::ORG | cues::NORP | cues::EVENT)
                == 0)
    });
    // A lone word the training data nearly always leaves outside every name is not one here
    // either: "अलावा" (besides) read as a place.
    let plain = &cues::get(lang).plain;
    spans.retain(|s| {
        s.b - s.a != 1
            || marks.bits[s.a] != 0
            || !plain.contains(doc.key(s.a))
            || cues::spelling(doc, lang, s.a, s.b).is_some()
    });
    // A plural noun ends no person's name: "पालतू बिल्लियां" (pet cats), "लोगों".
    let c = cues::get(lang);
    spans.retain(|s| {
        s.kind != Kind::L(Label::Person)
            || s.a >= s.b
            || !cues::plural(doc.key(s.b - 1))
            || person_listed(c, lang, doc.key(s.b - 1))
    });
    // A lone word no list knows as a place, before the agent marker, is a person: "मोरालेस ने",
    // "भदौरिया ने पीटीआई को बताया". In IL-NER train such a word is a person 52 times, an
    // organisation 25 times and a place 3 times.
    let agents = &cues::get(lang).agents;
    for s in spans.iter_mut() {
        if s.b - s.a == 1
            && matches!(s.kind, Kind::L(Label::Gpe | Label::Loc))
            && marks.bits[s.a] == 0
            && s.b < doc.len()
            && agents.contains(doc.key(s.b))
            && cues::spelling(doc, lang, s.a, s.b).is_none()
        {
            s.kind = Kind::L(Label::Person);
        }
    }
    gazetteer(doc, lang, marks, &mut spans);
    place_variants(doc, lang, marks, &mut spans);
    place_lists(doc, lang, marks, &mut spans);
    republics(doc, lang, marks, &mut spans);
    acronyms(doc, lang, marks, &mut spans);
    spaced_acronyms(doc, lang, marks, &mut spans);
    spans = spans
        .into_iter()
        .flat_map(|s| split_hyphen(doc, lang, s))
        .collect();
    join_organisations(doc, lang, marks, &mut spans);
    events(doc, lang, marks, &mut spans);
    facilities(doc, lang, marks, &mut spans);
    organisations_by_head(doc, lang, marks, &mut spans);
    names_head_first(doc, lang, marks, &mut spans);
    izafat(doc, &mut spans);
    chinese_names(doc, lang, marks, &mut spans);
    // What the model read as another kind of name ("HONG KONG OPEN") is not filled in by the
    // names spread through the document, even where that name is left out.
    let mut covered = coverage(doc, &spans);
    // The words of the document's full person names ("Elian Gonzalez", "Barnett Slepian"):
    // one of them alone is that person, whatever the model read it as.
    let person_words: crate::hash::FxSet<&str> = spans
        .iter()
        .filter(|s| s.kind == Kind::L(Label::Person) && s.b - s.a >= 2)
        .flat_map(|s| (s.a..s.b).map(|i| doc.key(i)))
        .filter(|k| k.chars().count() >= 3 && cues::name_word(k) == 0)
        .collect();
    spans = spans
        .into_iter()
        .filter_map(|s| misc(doc, lang, marks, s, &person_words))
        .collect();
    // The same names written as one word: "राजकपूर" beside "राज कपूर" (read as a place, for
    // its ending).
    let person_joined: crate::hash::FxSet<String> = spans
        .iter()
        .filter(|s| s.kind == Kind::L(Label::Person) && (2..=3).contains(&(s.b - s.a)))
        .map(|s| (s.a..s.b).map(|i| doc.key(i)).collect())
        .collect();
    for s in spans.iter_mut() {
        if s.b - s.a == 1
            && matches!(s.kind, Kind::L(Label::Org | Label::Gpe | Label::Loc))
            && marks.bits[s.a] == 0
            && (person_words.contains(doc.key(s.a)) || person_joined.contains(doc.key(s.a)))
        {
            s.kind = Kind::L(Label::Person);
        }
    }
    if !person_joined.is_empty() {
        for i in 0..doc.len() {
            if !covered[i]
                && doc.tokens[i].kind == TokenKind::Word
                && marks.bits[i] == 0
                && person_joined.contains(doc.key(i))
            {
                covered[i] = true;
                spans.push(Span {
                    a: i,
                    b: i + 1,
                    kind: Kind::L(Label::Person),
                });
            }
        }
    }
    after_titles(doc, lang, marks, &mut spans, &mut covered);
    people(doc, lang, marks, &mut spans, &mut covered);
    let found = unknown_names(doc, lang, marks, known, &mut spans, &mut covered);
    places_after_people(doc, lang, &mut spans);
    propagate(doc, lang, marks, &mut spans, covered, found);
    recurring_names(doc, lang, marks, &mut spans);
    join_people(doc, marks, &mut spans);
    split_people(doc, &mut spans);
    one_label(doc, lang, marks, &mut spans);
    works(doc, &mut spans);
    // "सेंट पेनक्रास स्टेशन", "मैडम तुसाद वैक्स म्यूज़ियम": a building or an organisation
    // named by its head word keeps the word that begins its name.
    let covered = coverage(doc, &spans);
    for s in spans.iter_mut() {
        if s.b > s.a + 1
            && s.a > 0
            && matches!(s.kind, Kind::L(Label::Loc | Label::Org))
            && cues::name_word(doc.key(s.b - 1)) & (cues::FACILITY | cues::ORG_WORD) != 0
            && cues::name_word(doc.key(s.a - 1)) & cues::NAME_START != 0
            && !covered[s.a - 1]
            && !doc.paragraph_before(s.a)
        {
            s.a -= 1;
        }
    }
    // Number words name no one: "तिरासी सौ", "तिरसठ लाख" read as a person; nor, alone, any
    // place or body: "मेघालय में तीन , त्रिपुरा में चार" (three in Meghalaya) read as a place.
    let numbers = crate::numbers::lexicon(lang);
    spans.retain(|s| {
        let number = |i: usize| numbers.is_number_word(doc.key(i));
        !(s.kind == Kind::L(Label::Person) && (s.a..s.b).any(number)
            || matches!(s.kind, Kind::L(Label::Gpe | Label::Loc | Label::Org))
                && (s.a..s.b).all(number)
                && cues::exact(doc, lang, s.a, s.b).is_none())
    });
    // A person's name ends before a date: "[قاضی فائز عیسیٰ] جمعہ کو".
    for s in spans
        .iter_mut()
        .filter(|s| s.kind == Kind::L(Label::Person))
    {
        while s.a < s.b && dated(doc, lang, marks, s.b - 1) {
            s.b -= 1;
        }
    }
    // No name runs across a paragraph break: what a rule above joined over one keeps its
    // longer side.
    for s in spans.iter_mut() {
        let mut from = s.a;
        let mut best = (s.a, s.a);
        for i in s.a + 1..=s.b {
            if i == s.b || doc.paragraph_before(i) {
                if i - from > best.1 - best.0 {
                    best = (from, i);
                }
                from = i;
            }
        }
        (s.a, s.b) = best;
    }
    spans.sort_by_key(|s| (s.a, std::cmp::Reverse(s.b)));
    let link = in_links(doc);
    let mut out: Vec<EntitySpan> = Vec::with_capacity(spans.len());
    for s in spans {
        // Nothing inside a web or mail address: "https://www.reddit.com/r/Calgary/…" names no place.
        if out.last().is_some_and(|l| l.tokens.1 > s.a)
            || s.a >= s.b
            || link[s.a..s.b].contains(&true)
        {
            continue;
        }
        if let Kind::L(label) = s.kind {
            out.push(EntitySpan {
                tokens: (s.a, s.b),
                label,
                value: None,
                unit: None,
            });
        }
    }
    out
}

/// Which tokens the spans cover.
fn coverage(doc: &Doc, spans: &[Span]) -> Vec<bool> {
    let mut covered = vec![false; doc.len()];
    mark(&mut covered, spans);
    covered
}

fn mark(covered: &mut [bool], spans: &[Span]) {
    for s in spans {
        covered[s.a..s.b].iter_mut().for_each(|c| *c = true);
    }
}

fn is_post(marks: &Marks, i: usize) -> bool {
    marks.bits[i] & cues::POSTPOSITION != 0
}

#[cfg(test)]
mod tests {
    use super::*;

    fn person(a: usize, b: usize) -> Span {
        Span {
            a,
            b,
            kind: Kind::L(Label::Person),
        }
    }

    fn texts(doc: &Doc, spans: &[Span]) -> Vec<String> {
        let mut v: Vec<_> = spans
            .iter()
            .map(|s| {
                (s.a..s.b)
                    .map(|i| doc.surface(i))
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .collect();
        v.sort();
        v
    }

    #[test]
    fn one_name_takes_the_label_most_mentions_have() {
        // Tokens: गांगुली 0 आए 1 । 2 गांगुली 3 गए 4 । 5 गांगुली 6 बोले 7 । 8 भारत 9 जीता 10 । 11 भारत 12
        let doc = Doc::new("गांगुली आए । गांगुली गए । गांगुली बोले । भारत जीता । भारत");
        let place = |a: usize| Span {
            a,
            b: a + 1,
            kind: Kind::L(Label::Gpe),
        };
        let org = |a: usize| Span {
            a,
            b: a + 1,
            kind: Kind::L(Label::Org),
        };
        let mut spans = vec![person(0, 1), place(3), person(6, 7), org(9), place(12)];
        let marks = Marks::new(&doc, Lang::Hi);
        one_label(&doc, Lang::Hi, &marks, &mut spans);
        let kinds: Vec<Kind> = spans.iter().map(|s| s.kind).collect();
        let p = Kind::L(Label::Person);
        // The listed भारत keeps both readings (a team, a country).
        assert_eq!(kinds, [p, p, p, Kind::L(Label::Org), Kind::L(Label::Gpe)]);
    }

    #[test]
    fn a_number_word_alone_is_no_place() {
        // Tokens: मेघालय 0 में 1 तीन 2 , 3 त्रिपुरा 4 में 5 चार 6
        let doc = Doc::new("मेघालय में तीन , त्रिपुरा में चार");
        let marks = Marks::new(&doc, Lang::Hi);
        let raw = |a: usize, b: usize| RawSpan {
            tokens: (a, b),
            class: "GPE",
        };
        let out = apply(
            &doc,
            Lang::Hi,
            &marks,
            vec![raw(0, 1), raw(2, 3), raw(4, 5)],
            &|_| true,
        );
        let found: Vec<(usize, usize)> = out.iter().map(|e| e.tokens).collect();
        assert_eq!(found, [(0, 1), (4, 5)]);
    }

    #[test]
    fn a_determiner_never_ends_a_person() {
        // Tokens: अभिनेत्री 0 शबाना 1 इन 2 दिनों 3 व्यस्त 4 हैं 5
        let doc = Doc::new("अभिनेत्री शबाना इन दिनों व्यस्त हैं");
        let marks = Marks::new(&doc, Lang::Hi);
        let raw = vec![RawSpan {
            tokens: (1, 3),
            class: "PERSON",
        }];
        let out = apply(&doc, Lang::Hi, &marks, raw, &|_| true);
        let found: Vec<(usize, usize)> = out.iter().map(|e| e.tokens).collect();
        assert_eq!(found, [(1, 2)]);
    }

    #[test]
    fn a_name_read_in_two_is_one() {
        // Tokens: محمد 0 علی 1 جناح 2 کی 3 تقریر 4
        let doc = Doc::new("محمد علی جناح کی تقریر");
        let mut spans = vec![person(0, 2), person(2, 3)];
        join_people(&doc, &Marks::new(&doc, Lang::Hi), &mut spans);
        assert_eq!(texts(&doc, &spans), ["محمد علی جناح"]);
        // Not two full names, the first named alone elsewhere: "[देवानंद] [ग्रेगरी पेक] के
        // अंदाज़ में".
        let doc = Doc::new("देवानंद ग्रेगरी पेक के अंदाज़ में । देवानंद");
        let mut spans = vec![person(0, 1), person(1, 3), person(7, 8)];
        join_people(&doc, &Marks::new(&doc, Lang::Hi), &mut spans);
        assert_eq!(texts(&doc, &spans), ["ग्रेगरी पेक", "देवानंद", "देवानंद"]);
    }

    #[test]
    fn two_people_read_as_one_name_are_split() {
        // Tokens: राज 0 कपूर 1 । 2 नरगिस 3 ने 4 । 5 नरगिस 6 । 7 राज 8 कपूर 9 । 10 नरगिस 11 राज 12 कपूर 13
        let doc = Doc::new("राज कपूर । नरगिस ने । नरगिस । राज कपूर । नरगिस राज कपूर की");
        let mut spans = vec![
            person(0, 2),
            person(3, 4),
            person(6, 7),
            person(8, 10),
            person(11, 14),
        ];
        split_people(&doc, &mut spans);
        assert_eq!(
            texts(&doc, &spans),
            ["नरगिस", "नरगिस", "नरगिस", "राज कपूर", "राज कपूर", "राज कपूर"]
        );
        // A name used more often whole than its first part alone stays whole.
        let doc = Doc::new("नुसरत फ़तेह अली ख़ान । नुसरत फ़तेह अली ख़ान । नुसरत । फ़तेह अली ख़ान");
        let mut spans = vec![person(0, 4), person(5, 9), person(10, 11), person(12, 15)];
        split_people(&doc, &mut spans);
        assert_eq!(spans.len(), 4);
        assert_eq!(texts(&doc, &spans)[0], "नुसरत");
    }
}
