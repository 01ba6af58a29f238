//! Rules over the model's spans. Each rule names the case it is for.

use super::acronym;
use super::cues::{self, Marks};
use super::name_sound;
use super::RawSpan;
use crate::labels::{EntitySpan, Label};
use crate::text::settings::{self, Rule};
use crate::text::{Doc, Lang, TokenKind};

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
    // A lone word the training data nearly always leaves outside every name is not one here
    // either: "अलावा" (besides) read as a place.
    let plain = &cues::get(lang).plain;
    spans.retain(|s| {
        s.b - s.a != 1
            || marks.bits[s.a] != 0
            || !plain.contains(doc.key(s.a))
            || cues::spelling(doc, lang, s.a, s.b).is_some()
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
    acronyms(doc, lang, marks, &mut spans);
    spans = spans
        .into_iter()
        .flat_map(|s| split_hyphen(doc, lang, s))
        .collect();
    join_organisations(doc, marks, &mut spans);
    events(doc, lang, marks, &mut spans);
    facilities(doc, lang, marks, &mut spans);
    organisations_by_head(doc, lang, marks, &mut spans);
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
    for s in spans.iter_mut() {
        if s.b - s.a == 1
            && matches!(s.kind, Kind::L(Label::Org | Label::Gpe | Label::Loc))
            && marks.bits[s.a] == 0
            && person_words.contains(doc.key(s.a))
        {
            s.kind = Kind::L(Label::Person);
        }
    }
    after_titles(doc, lang, marks, &mut spans, &mut covered);
    people(doc, lang, marks, &mut spans, &mut covered);
    let found = unknown_names(doc, lang, marks, known, &mut spans, &mut covered);
    propagate(doc, lang, marks, &mut spans, covered, found);
    recurring_names(doc, lang, marks, &mut spans);
    split_people(doc, &mut spans);
    one_label(doc, lang, marks, &mut spans);
    works(doc, &mut spans);
    // Number words name no one: "तिरासी सौ", "तिरसठ लाख" read as a person.
    let numbers = crate::numbers::lexicon(lang);
    spans.retain(|s| {
        s.kind != Kind::L(Label::Person) || !(s.a..s.b).any(|i| numbers.is_number_word(doc.key(i)))
    });
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

/// A word that no list reads and no rule has taken, of `min_chars` letters or more: not a
/// common word, an English word, an agent marker, a word with a role in names or a plural.
fn bare_word(
    doc: &Doc,
    c: &cues::Cues,
    marks: &Marks,
    covered: &[bool],
    i: usize,
    min_chars: usize,
) -> bool {
    let k = doc.key(i);
    doc.tokens[i].kind == TokenKind::Word
        && !covered[i]
        && marks.bits[i] == 0
        && k.chars().count() >= min_chars
        && !c.common.contains(k)
        && !c.loanwords.contains(k)
        && !c.agents.contains(k)
        && cues::name_word(k) == 0
        && !cues::plural(k)
}

/// Names the model missed, found by what stands next to words that neither the model nor any
/// list knows and that training nearly always leaves outside names:
/// - before the agent marker, a person: "मथाई ने स्थानीय अधिकारियों को बताया", "पिस्टोरियस ने",
///   with up to two such words before it ("वलसम्मा मथाई ने"); an organisation when it spells
///   letters ("आईओसी ने", IOC) or follows a company word ("कंपनी यूरोस्टार ने");
/// - after a company word, an organisation: "टीवी चैनल ओआरएफ़ की रिपोर्ट";
/// - before a head word of places, a place with it: "वालेरसी झील के किनारे";
/// - after a word of people's names with a known Latin spelling, a person with it: "जस्टिन
///   गैटलिन".
/// Returns the one-word names found, which are spread through the document like longer ones
/// (being unknown to the model and to the lists, they are no slip of either).
fn unknown_names<'a>(
    doc: &'a Doc,
    lang: Lang,
    marks: &Marks,
    known: &dyn Fn(usize) -> bool,
    spans: &mut Vec<Span>,
    covered: &mut [bool],
) -> Vec<(Vec<&'a str>, Label)> {
    let c = cues::get(lang);
    if c.agents.is_empty() {
        return Vec::new();
    }
    let before = spans.len();
    // Letters spelt out that name no organisation: two ("एलजी", "बीटी": anything) or a title
    // ("डीजीपी").
    let title_letters = |i: usize| {
        acronym::letters(doc.surface(i), doc.key(i)).is_some()
            && !acronym::is_org_acronym(doc.surface(i), doc.key(i))
    };
    let elsewhere = std::cell::OnceCell::new();
    // A word no list holds (the model may know it).
    let unlisted = |i: usize| {
        bare_word(doc, c, marks, covered, i, 2)
            && !doc.surface(i).contains(['\'', '’', '‘'])
            && cues::spelling(doc, lang, i, i + 1).is_none()
    };
    let candidate = |i: usize| unlisted(i) && !known(i);
    for i in 1..doc.len() {
        let agent = c.agents.contains(doc.key(i)) || c.speech.longest(doc, i).is_some();
        if !agent || !candidate(i - 1) || doc.glued(i) {
            continue;
        }
        let b = i;
        let mut a = i - 1;
        // Other letters spelt out name an organisation ("आईओसी", IOC).
        if title_letters(a) {
            continue;
        }
        let mut org = acronym::letters(doc.surface(a), doc.key(a)).is_some();
        // A word already inside a name of another kind keeps to it: "यूरोस्टार ट्रेन सेवा" (ORG)
        // makes a later "यूरोस्टार ने" the company too; inside a place, it is left alone.
        // (The words' labels are gathered once, for the first candidate.)
        let elsewhere = elsewhere.get_or_init(|| {
            let mut m: crate::hash::FxMap<&str, Label> = Default::default();
            for s in &spans[..before] {
                if let Kind::L(l) = s.kind {
                    for t in s.a..s.b {
                        m.entry(doc.key(t)).or_insert(l);
                    }
                }
            }
            m
        });
        match elsewhere.get(doc.key(a)) {
            Some(Label::Org) => org = true,
            Some(Label::Person) | None => {}
            Some(_) => continue,
        }
        // A word of people's names may stand before it even when the model knows that word or
        // it is also an English word: "डेनियल हेवाट्ज का कहना है" (Daniel, denial).
        let name_word = |j: usize| {
            doc.tokens[j].kind == TokenKind::Word
                && !covered[j]
                && marks.bits[j] == 0
                && !c.common.contains(doc.key(j))
                && !c.agents.contains(doc.key(j))
                && (crate::link::person_word(lang, doc.key(j))
                    || c.abroad.contains(doc.key(j))
                    || c.given.contains(doc.key(j))
                    || name_sound::sounds_like_name(lang, doc.key(j)))
        };
        while !org
            && a > 0
            && b - a < 3
            && (candidate(a - 1) || name_word(a - 1))
            && !doc.paragraph_before(a)
            && !acronym::is_org_acronym(doc.surface(a - 1), doc.key(a - 1))
        {
            a -= 1;
        }
        if a > 0 {
            let before = cues::name_word(doc.key(a - 1));
            // "एक नन ने", "इस नौकर ने": a common noun.
            if before & cues::DETERMINER != 0 || doc.tokens[a - 1].kind == TokenKind::Number {
                continue;
            }
            // "ट्रेन सेवा कंपनी यूरोस्टार ने".
            org |= before & cues::ORG_BEFORE != 0;
        }
        spans.push(Span {
            a,
            b,
            kind: Kind::L(if org { Label::Org } else { Label::Person }),
        });
    }
    let mut taken = vec![false; doc.len()];
    mark(&mut taken, &spans[before..]);
    let free = |taken: &[bool], i: usize| candidate(i) && !taken[i] && !title_letters(i);
    for i in 1..doc.len() {
        // "टीवी चैनल ओआरएफ़ की": one or two unknown words after a company word, then a
        // postposition (not "वेबसाइट खोलेगी ।", a verb). Letters there are the company's,
        // whatever else they may spell: "समाचार एजेंसी एपी के अनुसार" (AP).
        let letters = |i: usize| {
            !covered[i]
                && !taken[i]
                && marks.bits[i] == 0
                && acronym::letters(doc.surface(i), doc.key(i)).is_some()
        };
        if cues::name_word(doc.key(i - 1)) & cues::ORG_BEFORE != 0
            && (free(&taken, i) || letters(i))
            && !doc.paragraph_before(i)
        {
            let b = if i + 1 < doc.len() && free(&taken, i + 1) && !doc.paragraph_before(i + 1) {
                i + 2
            } else {
                i + 1
            };
            if b < doc.len() && (is_post(marks, b) || c.agents.contains(doc.key(b))) {
                taken[i..b].iter_mut().for_each(|t| *t = true);
                spans.push(Span {
                    a: i,
                    b,
                    kind: Kind::L(Label::Org),
                });
            }
        }
        // "वालेरसी झील के किनारे", "वानखेड़े स्टेडियम में", "हीथ्रो हवाई अड्डे पर": one or two
        // unknown words before a place's or a facility's head word.
        let head = marks.bits[i] & cues::LOC_HEAD != 0
            || cues::name_word(doc.key(i)) & cues::FACILITY != 0;
        let h = if head
            && i >= 2
            && cues::name_word(doc.key(i - 1)) & cues::FACILITY_INNER != 0
            && !covered[i - 1]
            && !taken[i - 1]
        {
            i - 1
        } else {
            i
        };
        // A facility's head is a strong cue: the word before it may be one the model knows
        // ("वानखेड़े स्टेडियम"), as long as no list holds it.
        let facility = head && marks.bits[i] & cues::LOC_HEAD == 0;
        let near = |taken: &[bool], j: usize| {
            if facility {
                unlisted(j) && !taken[j] && !title_letters(j)
            } else {
                free(taken, j)
            }
        };
        if head
            && h >= 1
            && !covered[i]
            && !taken[i]
            && near(&taken, h - 1)
            && !doc.paragraph_before(h)
        {
            let a = if h >= 2 && free(&taken, h - 2) && !doc.paragraph_before(h - 1) {
                h - 2
            } else {
                h - 1
            };
            if a == 0
                || !free(&taken, a - 1) && cues::name_word(doc.key(a - 1)) & cues::DETERMINER == 0
            {
                taken[a..=i].iter_mut().for_each(|t| *t = true);
                spans.push(Span {
                    a,
                    b: i + 1,
                    kind: Kind::L(Label::Loc),
                });
            }
        }
    }
    // "झालावाड़ जिले में", "सिंघीतेराई गाँव की बारी", "आर्टियोमिस्क और ड्रूश्कीवका शहरों में": an
    // unknown word before the word for a town, district or province (`settlement` in
    // `ner-name-words.tsv`) is a place, and so are unknown words joined to it by a connector
    // ("और") or a comma. The head word stays outside, as OntoNotes has it.
    if settings::of(lang).has(Rule::PlacesByHead) {
        for i in 1..doc.len() {
            if cues::name_word(doc.key(i)) & cues::SETTLEMENT == 0
                || !free(&taken, i - 1)
                || doc.paragraph_before(i)
                || (i >= 2 && free(&taken, i - 2) && !doc.paragraph_before(i - 1))
            {
                continue;
            }
            let mut a = i - 1;
            loop {
                taken[a] = true;
                spans.push(Span {
                    a,
                    b: a + 1,
                    kind: Kind::L(Label::Gpe),
                });
                let joined = a >= 2
                    && (doc.key(a - 1) == ","
                        || doc.tokens[a - 1].kind == TokenKind::Word
                            && cues::name_word(doc.key(a - 1)) & cues::CONNECTOR != 0)
                    && free(&taken, a - 2)
                    && !(a >= 3 && free(&taken, a - 3));
                if !joined {
                    break;
                }
                a -= 2;
            }
        }
    }
    // "जस्टिन गैटलिन 9.79 सेकेंड के साथ": a word of people's names with a known Latin spelling
    // (`person-latin.tsv`: जस्टिन, Justin), then an unknown word, are a person.
    for i in 1..doc.len() {
        let k = doc.key(i - 1);
        if !covered[i - 1]
            && !taken[i - 1]
            && marks.bits[i - 1] == 0
            && (crate::link::person_word(lang, k) || c.abroad.contains(k))
            && !c.common.contains(k)
            && !c.loanwords.contains(k)
            && free(&taken, i)
            && !doc.key(i).chars().any(|ch| ch.is_ascii_digit())
            && !doc.paragraph_before(i)
        {
            taken[i - 1] = true;
            taken[i] = true;
            spans.push(Span {
                a: i - 1,
                b: i + 1,
                kind: Kind::L(Label::Person),
            });
        }
    }
    mark(covered, &spans[before..]);
    spans[before..]
        .iter()
        .filter(|s| s.b - s.a == 1)
        .map(|s| {
            (
                vec![doc.key(s.a)],
                if let Kind::L(l) = s.kind {
                    l
                } else {
                    Label::Person
                },
            )
        })
        .collect()
}

/// People named by words of `ner-person-names.tsv` (given and family names), in context:
/// - a given name and one or two more words of people's names (that list, or
///   `person-latin.tsv`) are one person: "अनुराग कश्यप की फ़िल्म", "कमल हासन ने";
/// - a person's name the model found in part takes a given name before it and a family name
///   after it: "[पंड्या]" in "हार्दिक पंड्या", "[तन्मय] भट्ट";
/// - a given name alone before a postposition, the agent marker, "और" or a comma is a person:
///   "प्रियंका ने", "रोहित और धवन", but not after a determiner or a number ("एक सुनील").
/// Words a list of common words, English words, places or titles holds are none of these.
fn people(doc: &Doc, lang: Lang, marks: &Marks, spans: &mut Vec<Span>, covered: &mut [bool]) {
    let c = cues::get(lang);
    if c.given.is_empty() {
        return;
    }
    let n = doc.len();
    let word = |i: usize| {
        doc.tokens[i].kind == TokenKind::Word
            && marks.bits[i] == 0
            && !c.common.contains(doc.key(i))
            && !c.loanwords.contains(doc.key(i))
    };
    let given = |i: usize| word(i) && c.given.contains(doc.key(i));
    // A word no list holds that sounds like a Latin name ("स्पियर्स", Spears).
    let sounds = |i: usize| name_sound::sounds_like_name(lang, doc.key(i));
    let listed = |i: usize| {
        let k = doc.key(i);
        c.given.contains(k)
            || c.family.contains(k)
            || c.abroad.contains(k)
            || crate::link::person_word(lang, k)
    };
    // A word of people's names from abroad, or with a known Latin spelling: one of a full
    // name, never a name alone ("केटी पेरी", "नाओमी कैंपबैल").
    let abroad = |i: usize| {
        word(i)
            && (c.abroad.contains(doc.key(i))
                || crate::link::person_word(lang, doc.key(i))
                || sounds(i))
    };
    // After the first word, an English word that is also a name is the name: "ऐशले कोल"
    // (Cole, coal), "दीप्ती नवल" (Naval, naval).
    let name_part = |i: usize| {
        word(i) && (c.given.contains(doc.key(i)) || c.family.contains(doc.key(i)))
            || abroad(i)
            || doc.tokens[i].kind == TokenKind::Word
                && marks.bits[i] == 0
                && c.loanwords.contains(doc.key(i))
                && !c.common.contains(doc.key(i))
                && (crate::link::person_word(lang, doc.key(i))
                    || name_sound::sounds_like_name(lang, doc.key(i)))
    };
    // Grow the model's people by a given name before and a family name after.
    for s in spans.iter_mut() {
        if s.kind != Kind::L(Label::Person) {
            continue;
        }
        if s.a > 0
            && !covered[s.a - 1]
            && (given(s.a - 1) || s.b - s.a == 1 && abroad(s.a - 1))
            && !doc.paragraph_before(s.a)
            && s.b - s.a < 3
        {
            covered[s.a - 1] = true;
            s.a -= 1;
        }
        if s.b < n
            && !covered[s.b]
            && word(s.b)
            && c.family.contains(doc.key(s.b))
            && !doc.paragraph_before(s.b)
            && s.b - s.a < 3
        {
            covered[s.b] = true;
            s.b += 1;
        }
        // A name from abroad read in part takes the next word of such names: "[केटी] पेरी".
        if s.b - s.a == 1
            && s.b < n
            && !covered[s.b]
            && abroad(s.a)
            && abroad(s.b)
            && !doc.paragraph_before(s.b)
        {
            covered[s.b] = true;
            s.b += 1;
        }
    }
    let mut i = 0;
    while i < n {
        // A full name may also begin with another word of people's names with a Latin
        // spelling ("केटी पेरी", Katy Perry), then it needs a second word of names.
        let starter = given(i) || abroad(i);
        if covered[i] || !starter {
            i += 1;
            continue;
        }
        let mut b = i + 1;
        while b < n && b - i < 3 && !covered[b] && name_part(b) && !doc.paragraph_before(b) {
            b += 1;
        }
        let after_ok = |b: usize| {
            b < n
                && (is_post(marks, b)
                    || c.agents.contains(doc.key(b))
                    || matches!(doc.key(b), "और" | "," | "-"))
        };
        let before_ok = i == 0
            || (cues::name_word(doc.key(i - 1)) & cues::DETERMINER == 0
                && doc.tokens[i - 1].kind != TokenKind::Number);
        // Words that only sound like names make a name when their skeletons are long enough
        // not to be chance: "ब्रिटनी स्पियर्स" (BRTN SPRS), "केटी पेरी" (KT PR).
        let heard = (i..b).all(|j| !listed(j))
            && (i..b)
                .filter_map(|j| name_sound::devanagari(doc.key(j)))
                .map(|k| k.len())
                .sum::<usize>()
                < 4;
        if (b - i >= 2 && !heard || (given(i) && after_ok(b) && doc.key(i).chars().count() >= 3))
            && before_ok
        {
            spans.push(Span {
                a: i,
                b,
                kind: Kind::L(Label::Person),
            });
            covered[i..b].iter_mut().for_each(|c| *c = true);
            i = b;
        } else {
            i += 1;
        }
    }
}

/// A word no list holds that sounds like an Indian given name and that the article uses twice
/// or more, each time alone where a name may stand, is that person: "दीपिका" three times in a
/// film story ("दीपिका काम कर रही हैं", "दीपिका इतनी ख़ुश हुईं"). One mention alone may be any
/// word that sounds so.
fn recurring_names(doc: &Doc, lang: Lang, marks: &Marks, spans: &mut Vec<Span>) {
    let covered = coverage(doc, spans);
    let c = cues::get(lang);
    if c.given.is_empty() {
        return;
    }
    let n = doc.len();
    let free = |i: usize| {
        let k = doc.key(i);
        bare_word(doc, c, marks, &covered, i, 4)
            && (i == 0
                || cues::name_word(doc.key(i - 1)) & cues::DETERMINER == 0
                    && doc.tokens[i - 1].kind != TokenKind::Number)
            && (c.given.contains(k) || name_sound::sounds_like_indian_given(lang, k))
            // Not a word of a longer name: "डिंपल कपाड़िया".
            && (i == 0 || !covered[i - 1])
            && (i + 1 >= n || !covered[i + 1])
    };
    let mut seen: crate::hash::FxMap<&str, Vec<usize>> = Default::default();
    for i in 0..n {
        if free(i) {
            seen.entry(doc.key(i)).or_default().push(i);
        }
    }
    // After it: never a number ("नेक्सस 5") or another word of names ("जेम्स बॉन्ड"), and,
    // for a word used only twice, at least once a postposition, the agent marker or a speech
    // verb ("दीपिका ने", "दीपिका की"). Three uses alone are evidence enough.
    let next_ok = |i: usize| {
        i + 1 >= n
            || is_post(marks, i + 1)
            || doc.tokens[i + 1].kind != TokenKind::Number && {
                let k = doc.key(i + 1);
                !c.family.contains(k)
                    && !c.abroad.contains(k)
                    && !crate::link::person_word(lang, k)
                    && !(c.loanwords.contains(k) && name_sound::sounds_like_name(lang, k))
            }
    };
    let marked = |i: usize| {
        i + 1 < n
            && (is_post(marks, i + 1)
                || c.agents.contains(doc.key(i + 1))
                || c.speech.longest(doc, i + 1).is_some())
    };
    // Uses the model already read as that person alone count too.
    let mut read: crate::hash::FxMap<&str, usize> = Default::default();
    for s in spans.iter() {
        if s.kind == Kind::L(Label::Person) && s.b - s.a == 1 {
            *read.entry(doc.key(s.a)).or_default() += 1;
        }
    }
    for (key, at) in seen {
        let uses = at.len() + read.get(key).copied().unwrap_or(0);
        if uses < 2
            || !at.iter().all(|&i| next_ok(i))
            || (uses < 3 && !at.iter().any(|&i| marked(i)))
        {
            continue;
        }
        for i in at {
            spans.push(Span {
                a: i,
                b: i + 1,
                kind: Kind::L(Label::Person),
            });
        }
    }
}

/// Two people read as one name are two, when each is named alone in the document more often
/// than the two together: "नरगिस राज कपूर की पहली फ़िल्म" (twice) beside "राज कपूर" and
/// "नरगिस ने". "नुसरत फ़तेह अली ख़ान" stays whole, as his name is used more than "नुसरत".
fn split_people(doc: &Doc, spans: &mut Vec<Span>) {
    let person = |s: &Span| s.kind == Kind::L(Label::Person);
    let mut names: crate::hash::FxMap<Vec<&str>, usize> = Default::default();
    for s in spans.iter().filter(|s| person(s)) {
        *names
            .entry((s.a..s.b).map(|i| doc.key(i)).collect())
            .or_default() += 1;
    }
    let mut extra = Vec::new();
    for s in spans.iter_mut().filter(|s| person(s) && s.b - s.a >= 3) {
        let keys: Vec<&str> = (s.a..s.b).map(|i| doc.key(i)).collect();
        let whole = names[&keys];
        let count = |k: &[&str]| names.get(k).copied().unwrap_or(0);
        if let Some(k) =
            (1..keys.len() - 1).find(|&k| count(&keys[..k]) > whole && count(&keys[k..]) > whole)
        {
            extra.push(Span {
                a: s.a + k,
                b: s.b,
                kind: s.kind,
            });
            s.b = s.a + k;
        }
    }
    spans.extend(extra);
}

/// One name, one kind, through a document: when the same words no list knows carry two
/// labels, all take the label most of their mentions have ("गांगुली" 7 times a person, once a
/// place; "यूरोस्टार" 3 times the company, once a person). CoNLL valid 0.923 → 0.925 (article
/// by article). Names a list knows and ties stay as read: on CoNLL valid, letting a listed
/// label or an organisation win took it to 0.916.
fn one_label(doc: &Doc, lang: Lang, marks: &Marks, spans: &mut [Span]) {
    // Places count as one kind: GPE or LOC is `place`'s choice.
    let kind = |l: Label| if l == Label::Loc { Label::Gpe } else { l };
    let mut groups: crate::hash::FxMap<Vec<&str>, Vec<(usize, Label)>> = Default::default();
    for (n, s) in spans.iter().enumerate() {
        if let Kind::L(l) = s.kind {
            if matches!(
                l,
                Label::Person | Label::Org | Label::Gpe | Label::Loc | Label::Norp | Label::Event
            ) {
                groups
                    .entry((s.a..s.b).map(|i| doc.key(i)).collect())
                    .or_default()
                    .push((n, kind(l)));
            }
        }
    }
    for members in groups.values() {
        if members.iter().all(|m| m.1 == members[0].1) {
            continue;
        }
        let (a, b) = (spans[members[0].0].a, spans[members[0].0].b);
        let listed = cues::exact(doc, lang, a, b).is_some_and(|c| {
            c.bits & (cues::GPE | cues::LOC | cues::NORP | cues::ORG | cues::EVENT) != 0
        }) || cues::spelling(doc, lang, a, b).is_some();
        let mut counts: Vec<(Label, usize)> = Vec::new();
        for &(_, l) in members {
            match counts.iter_mut().find(|c| c.0 == l) {
                Some(c) => c.1 += 1,
                None => counts.push((l, 1)),
            }
        }
        let top = counts.iter().map(|c| c.1).max().unwrap_or(0);
        let leaders: Vec<Label> = counts.iter().filter(|c| c.1 == top).map(|c| c.0).collect();
        // A name a word list knows is left as the model and the rules read each mention (a
        // listed place may also be a team or a government); so is a tie.
        if listed || leaders.len() > 1 {
            continue;
        }
        let chosen = leaders[0];
        let chosen = if chosen == Label::Gpe {
            place(doc, lang, marks, a, b)
        } else {
            chosen
        };
        for &(n, _) in members {
            spans[n].kind = Kind::L(chosen);
        }
    }
}

/// Which tokens lie inside a web or mail address: a run of text without spaces that has
/// "://", begins with "www." or holds an "@" between letters ("name@example.org").
fn in_links(doc: &Doc) -> Vec<bool> {
    let mut out = vec![false; doc.len()];
    let text = doc.text;
    if !text.contains("://") && !text.contains("www.") && !text.contains('@') {
        return out;
    }
    let mut t = 0;
    let mut start = 0;
    for (end, c) in text
        .char_indices()
        .chain(std::iter::once((text.len(), ' ')))
    {
        if !c.is_whitespace() {
            continue;
        }
        let chunk = &text[start..end];
        let at = chunk
            .find('@')
            .is_some_and(|i| i > 0 && chunk[i + 1..].contains('.'));
        if chunk.contains("://") || chunk.starts_with("www.") || at {
            while t < doc.len() && doc.tokens[t].start < start {
                t += 1;
            }
            while t < doc.len() && doc.tokens[t].start < end {
                out[t] = true;
                t += 1;
            }
        }
        start = end + c.len_utf8();
    }
    out
}

/// GPE unless the word lists say a region, sea or river ("एशिया", "गंगा नदी"), or a
/// nationality ("रूसी", "ऑस्ट्रेलियाई").
fn place(doc: &Doc, lang: Lang, marks: &Marks, a: usize, b: usize) -> Label {
    if let Some(cue) = cues::exact(doc, lang, a, b) {
        if cue.bits & cues::GPE != 0 {
            return Label::Gpe;
        }
        if cue.bits & cues::LOC != 0 {
            return Label::Loc;
        }
        if cue.bits & cues::NORP != 0 {
            return Label::Norp;
        }
    }
    if let Some((_, bits)) = cues::spelling(doc, lang, a, b) {
        return if bits & cues::NORP != 0 {
            Label::Norp
        } else if bits & cues::LOC != 0 {
            Label::Loc
        } else {
            Label::Gpe
        };
    }
    if b - a == 1 && demonym(doc, lang, a) {
        return Label::Norp;
    }
    if marks.bits[b - 1] & cues::LOC_HEAD != 0 {
        return Label::Loc;
    }
    Label::Gpe
}

/// "ऑस्ट्रेलियाई", "कनाडाई", "कश्मीरी", "इसराइली": a known place and a demonym ending of the
/// lists (ई, or ी after a consonant) is its people.
fn demonym(doc: &Doc, lang: Lang, i: usize) -> bool {
    let cues = cues::get(lang);
    let place = |stem: &str| {
        stem.chars().count() >= 3
            && (cues
                .rules_lex()
                .word(stem)
                .is_some_and(|c| c.bits & cues::GPE != 0)
                || cues
                    .spellings
                    .get(stem)
                    .is_some_and(|c| c.1 & cues::GPE != 0))
    };
    let key = doc.key(i);
    cues::endings(key, cues::Ending::Demonym).any(|e| place(&key[..key.len() - e.len()]))
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

/// Edges: no punctuation or postposition at either end, no title before a PERSON ("राष्ट्रपति
/// पुतिन" → "पुतिन") and no "जी" after one; a span is cut at a postposition inside it
/// ("रूस के राष्ट्रपति" → "रूस"), unless the whole span is a known name ("बंगाल की खाड़ी").
fn clean(doc: &Doc, lang: Lang, marks: &Marks, s: Span) -> Vec<Span> {
    let (mut a, mut b) = (s.a, s.b);
    let person = s.kind == Kind::L(Label::Person);
    let trim_start = |i: usize| {
        doc.tokens[i].kind != TokenKind::Word
            || is_post(marks, i)
            || is_connector(doc.key(i))
            || (person
                && marks.bits[i] & cues::TITLE != 0
                && marks.bits[i] & (cues::GPE | cues::ORG) == 0)
    };
    while a < b && trim_start(a) {
        a += 1;
    }
    // "Mladost ( BJ )", "Radnicki (N)": a team or town told apart by a bracketed letter or two
    // keeps its bracket.
    let qualifier = |b: usize| {
        b >= a + 4 && doc.key(b - 1) == ")" && doc.key(b - 3) == "(" && {
            let q = doc.surface(b - 2);
            (1..=2).contains(&q.len()) && q.bytes().all(|c| c.is_ascii_uppercase())
        }
    };
    while a < b
        && !qualifier(b)
        && (doc.tokens[b - 1].kind == TokenKind::Punct && doc.key(b - 1) != "."
            || is_post(marks, b - 1)
            || is_connector(doc.key(b - 1))
            || (person && marks.bits[b - 1] & cues::TITLE_AFTER != 0))
    {
        b -= 1;
    }
    // "." may end "Jr." or "Inc." (or an initial, "एस.") but not a span that ends a sentence;
    // after a longer Devanagari word it is a full stop ("अभिनेत्री जैसिका चैस्टेन. ऑस्ट्रेलियाई …").
    let full_stop = |b: usize| {
        b - 1 == a
            || doc.tokens[b - 1].space_before
            || b == doc.len()
            || doc
                .surface(b - 2)
                .chars()
                .filter(|c| ('\u{0900}'..='\u{097F}').contains(c))
                .count()
                >= 3
    };
    if a < b && doc.key(b - 1) == "." && full_stop(b) {
        b -= 1;
    }
    // "रेखा इन दिनों", "मनमोहन छुट्टी लेंगे": a person's name does not end in a word that
    // the training data nearly always leaves outside person names (`ner-common.tsv`).
    if person {
        let c = cues::get(lang);
        while b - a >= 2
            && marks.bits[b - 1] == 0
            && c.common.contains(doc.key(b - 1))
            && !c.loanwords.contains(doc.key(b - 1))
            && cues::name_word(doc.key(b - 1)) == 0
            && !crate::link::person_word(lang, doc.key(b - 1))
            && !name_sound::sounds_like_name(lang, doc.key(b - 1))
        {
            b -= 1;
        }
    }
    if a >= b {
        return Vec::new();
    }
    if cues::exact(doc, lang, a, b).is_some() {
        return vec![Span { a, b, kind: s.kind }];
    }
    let mut out = Vec::new();
    let mut from = a;
    let mut split = false;
    for i in a..=b {
        let and = i < b
            && matches!(doc.key(i), "और" | "and")
            && (!matches!(s.kind, Kind::L(Label::Org))
                || (i > from && marks.bits[i - 1] & (cues::GPE | cues::ORG | cues::NORP) != 0)
                || (i + 1 < b && marks.bits[i + 1] & (cues::GPE | cues::ORG | cues::NORP) != 0));
        // "पर्यावरण, वन एवं जलवायु परिवर्तन विभाग": a comma inside a department's name stays.
        let comma_ok = i < b
            && doc.key(i) == ","
            && s.kind == Kind::L(Label::Org)
            && marks.bits[b - 1] & cues::ORG_HEAD != 0;
        // "Queen 's Park", "Boatmen 's Bancshares": an English possessive before a capitalised
        // word is inside the name (the tokens of pre-split text; "Queen's" is one token otherwise).
        let possessive = settings::of(lang).possessive_s
            && i + 1 < b
            && is_post(marks, i)
            && (capitalised(doc, i + 1)
                || (doc.key(i + 1) == "s" && i + 2 < b && capitalised(doc, i + 2)));
        let bracket = qualifier(b) && i + 3 >= b;
        if i == b
            || (is_post(marks, i) && !possessive)
            || lowercase_inside(doc, i)
            || (breaks_name(doc, i) && !comma_ok && !possessive && !bracket)
            || and
        {
            split |= i < b;
            if from < i {
                out.push(Span {
                    a: from,
                    b: i,
                    kind: s.kind,
                });
            }
            from = i + 1;
        }
    }
    // A piece cut out of a longer span takes the label a gazetteer gives it: "इसराइल और हमास".
    if split {
        for p in out.iter_mut() {
            if let Some(c) = cues::exact(doc, lang, p.a, p.b) {
                if c.bits & cues::ORG != 0 {
                    p.kind = Kind::L(Label::Org);
                } else if c.bits & cues::GPE != 0 {
                    p.kind = Kind::L(Label::Gpe);
                }
            }
        }
    }
    out
}

fn capitalised(doc: &Doc, i: usize) -> bool {
    doc.surface(i)
        .chars()
        .next()
        .is_some_and(|c| c.is_ascii_uppercase())
}

/// A known place with a word the lists know nothing of before or after it is that place:
/// "सैन्यवादी जापान" (militarist Japan) → "जापान", "दिल्ली ब्लास्ट" → "दिल्ली". So is one
/// after a direction adjective, as OntoNotes has it: "पूर्वी फ्रांस" (eastern France) →
/// "फ्रांस". A direction noun stays ("पूर्वोत्तर भारत" is trimmed, "उत्तर कोरिया" is known
/// whole), and so does any span the lists know whole ("उत्तर प्रदेश", "पूर्वी तिमोर").
fn trim_place(doc: &Doc, lang: Lang, marks: &Marks, s: Span) -> Span {
    if !matches!(s.kind, Kind::L(Label::Gpe | Label::Loc))
        || s.b - s.a < 2
        || cues::exact(doc, lang, s.a, s.b).is_some()
    {
        return s;
    }
    let bare = |i: usize| {
        let role = cues::name_word(doc.key(i));
        (marks.bits[i] == 0
            && doc.tokens[i].kind == TokenKind::Word
            && role & (cues::DIRECTION | cues::PLACE_WORD) == 0
            && !capitalised(doc, i))
            || direction_adjective(doc, i)
            || doc.key(i) == "-" && i > s.a && direction_adjective(doc, i - 1)
    };
    let place = |a: usize, b: usize| {
        cues::exact(doc, lang, a, b).is_some_and(|c| c.bits & (cues::GPE | cues::LOC) != 0)
    };
    for k in s.a + 1..s.b {
        if (s.a..k).all(bare) && place(k, s.b) {
            return Span { a: k, ..s };
        }
    }
    for k in (s.a + 1..s.b).rev() {
        if (k..s.b).all(bare) && place(s.a, k) {
            return Span { b: k, ..s };
        }
    }
    s
}

/// The titles of films, shows, songs and books name no person or place inside them (as
/// OntoNotes has it, a title is a work of art, a kind this analyser does not report): a quoted
/// phrase of one to six words right after a work word ("अनुराग की अगली फ़िल्म 'बॉम्बे
/// वैल्वेट'", "कॉमेडी शो 'मैड इन इंडिया'") is a title. A title of two words or more is one
/// wherever the document repeats it, quoted or not; a one-word title only where it is quoted
/// ("फ़िल्म 'भारत'" leaves the country alone elsewhere).
fn works(doc: &Doc, spans: &mut Vec<Span>) {
    let n = doc.len();
    let quote = |i: usize| {
        matches!(
            doc.surface(i),
            "'" | "‘" | "’" | "\"" | "“" | "”" | "''" | "'''"
        )
    };
    let mut titles: Vec<Vec<&str>> = Vec::new();
    for i in 1..n {
        let after_work = cues::name_word(doc.key(i - 1)) & cues::WORK != 0
            || i >= 2 && cues::name_word(doc.key(i - 2)) & cues::WORK != 0 && !quote(i - 1);
        if !quote(i) || !after_work {
            continue;
        }
        let Some(j) = (i + 2..(i + 8).min(n)).find(|&j| quote(j)) else {
            continue;
        };
        if (i + 1..=j).any(|k| doc.paragraph_before(k)) {
            continue;
        }
        titles.push((i + 1..j).map(|k| doc.key(k)).collect());
    }
    if titles.is_empty() {
        return;
    }
    // One pass over the text, the titles looked up by their first word.
    let mut by_first: crate::hash::FxMap<&str, Vec<&Vec<&str>>> = Default::default();
    for t in &titles {
        by_first.entry(t[0]).or_default().push(t);
    }
    let mut inside = vec![false; n];
    for i in 0..n {
        let Some(list) = by_first.get(doc.key(i)) else {
            continue;
        };
        for t in list {
            if i + t.len() > n || !(0..t.len()).all(|k| doc.key(i + k) == t[k]) {
                continue;
            }
            let quoted = i > 0 && quote(i - 1) && i + t.len() < n && quote(i + t.len());
            if t.len() >= 2 || quoted {
                inside[i..i + t.len()].iter_mut().for_each(|x| *x = true);
            }
        }
    }
    spans.retain(|s| !(s.a..s.b).all(|i| inside[i]));
}

/// A direction word that qualifies a place rather than names one: "पूर्वी", "उत्तरी" (the
/// adjectives), "पूर्वोत्तर" (north-east of).
fn direction_adjective(doc: &Doc, i: usize) -> bool {
    cues::name_word(doc.key(i)) & cues::QUALIFIER != 0
}

/// Punctuation that no name spans: "शंघाई सहयोग संगठन (एससीओ)" is two names.
fn breaks_name(doc: &Doc, i: usize) -> bool {
    doc.tokens[i].kind == TokenKind::Punct
        && !matches!(doc.key(i), "-" | "–" | "." | "&" | "'" | "’")
}

/// Words that join the parts of a name but never begin or end one: "इंडियन इंस्टीट्यूट ऑफ …".
fn is_connector(key: &str) -> bool {
    cues::name_word(key) & cues::CONNECTOR != 0
}

/// A lower-case Latin word other than a name particle cannot be inside a name: "Brussels
/// that Siemens" is two names, "Bank of England" and "Gazzetta dello Sport" one.
fn lowercase_inside(doc: &Doc, i: usize) -> bool {
    let s = doc.surface(i);
    s.is_ascii()
        && s.chars().next().is_some_and(|c| c.is_ascii_lowercase())
        && cues::name_word(doc.key(i)) & cues::PARTICLE == 0
}

/// Known names the model missed or cut short: a gazetteer entry fills a gap, and a longer
/// entry replaces the spans inside it ("शंघाई" → "शंघाई सहयोग संगठन").
fn gazetteer(doc: &Doc, lang: Lang, marks: &Marks, spans: &mut Vec<Span>) {
    // Which span covers each token; a replaced span is emptied (b = a) and dropped at the end.
    let mut owner: Vec<Option<usize>> = vec![None; doc.len()];
    for (k, s) in spans.iter().enumerate() {
        owner[s.a..s.b].iter_mut().for_each(|o| *o = Some(k));
    }
    let mut i = 0;
    while i < doc.len() {
        if !marks.begins[i] {
            i += 1;
            continue;
        }
        let Some((_, end)) = marks.entry[i] else {
            i += 1;
            continue;
        };
        let Some(cue) = cues::exact(doc, lang, i, end) else {
            i += 1;
            continue;
        };
        let label = if cue.bits & cues::EVENT != 0 {
            Label::Event
        } else if cue.bits & cues::ORG != 0 {
            Label::Org
        } else if cue.bits & cues::GPE != 0 {
            Label::Gpe
        } else if cue.bits & cues::LOC != 0 {
            Label::Loc
        } else if cue.bits & cues::NORP != 0 {
            Label::Norp
        } else {
            i += 1;
            continue;
        };
        let mut overlapping: Vec<usize> = owner[i..end].iter().flatten().copied().collect();
        overlapping.dedup();
        let inside = overlapping
            .iter()
            .all(|&k| spans[k].a >= i && spans[k].b <= end);
        // Where a model reads capitals (English), a lone place name from the list would mostly
        // repeat it, or mislabel a sports team ("WASHINGTON" beat …).
        let weak = (settings::of(lang).script.cased()
            && super::model(lang).is_some()
            && end - i == 1
            && matches!(label, Label::Gpe | Label::Loc | Label::Org))
            || (end - i == 1 && cues::get(lang).homographs.contains(doc.key(i)));
        // A model span exactly equal to the entry.
        let same = overlapping.len() == 1
            && spans[overlapping[0]].a == i
            && spans[overlapping[0]].b == end;
        let mut take = |spans: &mut Vec<Span>| {
            owner[i..end]
                .iter_mut()
                .for_each(|o| *o = Some(spans.len()));
            spans.push(Span {
                a: i,
                b: end,
                kind: Kind::L(label),
            });
        };
        if overlapping.is_empty() && !weak {
            take(spans);
        } else if same
            && label == Label::Norp
            && cue.bits & (cues::ORG | cues::GPE | cues::LOC | cues::EVENT) == 0
            && spans[overlapping[0]].kind == Kind::L(Label::Org)
        {
            // A word the lists know only as a people is no organisation: "एक वरिष्ठ इसराइली
            // अधिकारी", "एक एनआरआई डॉक्टर" read as ORG.
            spans[overlapping[0]].kind = Kind::L(Label::Norp);
        } else if inside && (end - i >= 2 || label == Label::Event) {
            // The model's span keeps the model's label, unless the entry is an organisation or
            // event (its words often look like a place: "शंघाई").
            if !same
                || matches!(label, Label::Org | Label::Event)
                || spans[overlapping[0]].kind == Kind::Misc
            {
                for &k in &overlapping {
                    spans[k].b = spans[k].a;
                }
                take(spans);
            }
        }
        i = end;
    }
    spans.retain(|s| s.a < s.b);
}

/// Another spelling of a known place: तियानजिन for the list's तिआंजिन. A word the model left
/// out whose romanisation has the consonant skeleton of a one-word place name and differs
/// from it by at most one letter is that place.
fn place_variants(doc: &Doc, lang: Lang, marks: &Marks, spans: &mut Vec<Span>) {
    if !settings::of(lang).has(Rule::PlaceVariants) {
        return;
    }
    let covered = coverage(doc, spans);
    for (i, &cov) in covered.iter().enumerate() {
        if cov || marks.bits[i] != 0 || doc.tokens[i].kind != TokenKind::Word {
            continue;
        }
        if cues::spelling(doc, lang, i, i + 1).is_some()
            || crate::link::place_variant(lang, doc.surface(i), doc.key(i)).is_some()
        {
            spans.push(Span {
                a: i,
                b: i + 1,
                kind: Kind::L(place(doc, lang, marks, i, i + 1)),
            });
        }
    }
}

/// Acronyms the model left out: a Latin one in Hindi text ("SCO"), or one spelt in
/// Devanagari letter names ("एससीओ") when the same letters also appear in Latin in the
/// document or a full name there has those initials. A bare Devanagari acronym is often a
/// scheme or a term ("एनपीए", "डीबीटी"), not an organisation.
fn acronyms(doc: &Doc, lang: Lang, marks: &Marks, spans: &mut Vec<Span>) {
    let mut latin: Vec<String> = Vec::new();
    for i in 0..doc.len() {
        let surface = doc.surface(i);
        if surface.is_ascii() && acronym::is_latin_acronym(surface) {
            latin.extend(acronym::letters(surface, doc.key(i)));
        }
    }
    let mut initials: Vec<String> = spans
        .iter()
        .filter(|s| s.kind == Kind::L(Label::Org) && s.b - s.a >= 2)
        .filter_map(|s| cues::exact(doc, lang, s.a, s.b).and_then(|c| c.english))
        .map(|e| {
            e.split_whitespace()
                .filter_map(|w| w.chars().next())
                .filter(|c| c.is_uppercase())
                .collect()
        })
        .collect();
    // An organisation's name followed by its acronym in brackets defines the acronym, for
    // there and the rest of the document: "फॉरेन इंटेलिजेंस सर्विलांस कोर्ट (एफआईएससी)".
    for s in spans
        .iter()
        .filter(|s| s.kind == Kind::L(Label::Org) && s.b - s.a >= 2 && s.b + 2 < doc.len())
    {
        if doc.key(s.b) != "(" || doc.key(s.b + 2) != ")" {
            continue;
        }
        let (surface, key) = (doc.surface(s.b + 1), doc.key(s.b + 1));
        if let Some(letters) = acronym::letters(surface, key) {
            let words: Vec<&str> = (s.a..s.b).map(|i| doc.key(i)).collect();
            if acronym::spelt_by(&letters, &words) {
                initials.push(letters);
            }
        }
    }
    // Letters spelt out that the model read as a person's name are an organisation's: "आइओए
    // ने" (IOA). People's initials stand beside a name ("एपीजे अब्दुल कलाम"), not alone.
    for s in spans.iter_mut() {
        if s.kind == Kind::L(Label::Person)
            && s.b - s.a == 1
            && marks.bits[s.a] == 0
            && !doc.surface(s.a).is_ascii()
            && acronym::is_org_acronym(doc.surface(s.a), doc.key(s.a))
        {
            s.kind = Kind::L(Label::Org);
        }
    }
    // An acronym found once names the organisation through the whole document ("आइओसी ने" …
    // "आइओसी के सुझाव"): the model's one-word organisations in letters count as found.
    let mut found: Vec<String> = spans
        .iter()
        .filter(|s| s.kind == Kind::L(Label::Org) && s.b - s.a == 1 && !doc.surface(s.a).is_ascii())
        .filter_map(|s| acronym::letters(doc.surface(s.a), doc.key(s.a)))
        .collect();
    let mut covered = coverage(doc, spans);
    let start = spans.len();
    for (i, &cov) in covered.iter().enumerate() {
        if cov
            || doc.tokens[i].kind != TokenKind::Word
            || marks.bits[i] & (cues::GPE | cues::TITLE) != 0
        {
            continue;
        }
        let surface = doc.surface(i);
        // In English text the model knows capitals.
        if settings::of(lang).script.cased() && surface.is_ascii() {
            continue;
        }
        if !acronym::is_org_acronym(surface, doc.key(i)) {
            continue;
        }
        let letters = acronym::letters(surface, doc.key(i)).unwrap_or_default();
        // Letters spelt out before the agent marker stand where an organisation does: "आइओसी
        // ने" (IOC). Before other postpositions they as often name things ("एनपीए की चुनौती",
        // non-performing assets), and on IL-NER dev that added 31 wrong names for 4 right.
        let org_position = settings::of(lang).has(Rule::LetterAcronyms)
            && i + 1 < doc.len()
            && cues::get(lang).agents.contains(doc.key(i + 1));
        if surface.is_ascii()
            || latin.contains(&letters)
            || initials.contains(&letters)
            || org_position
        {
            spans.push(Span {
                a: i,
                b: i + 1,
                kind: Kind::L(Label::Org),
            });
            found.push(letters);
        }
    }
    if !settings::of(lang).has(Rule::LetterAcronyms) || found.is_empty() {
        return;
    }
    mark(&mut covered, &spans[start..]);
    for i in 0..doc.len() {
        if covered[i]
            || doc.tokens[i].kind != TokenKind::Word
            || marks.bits[i] & (cues::GPE | cues::TITLE) != 0
            || doc.surface(i).is_ascii()
        {
            continue;
        }
        if acronym::is_org_acronym(doc.surface(i), doc.key(i))
            && acronym::letters(doc.surface(i), doc.key(i)).is_some_and(|l| found.contains(&l))
        {
            spans.push(Span {
                a: i,
                b: i + 1,
                kind: Kind::L(Label::Org),
            });
        }
    }
}

/// "रूस-चीन" is two places, "रूसी-चीनी" two nationalities, when both sides are known.
fn split_hyphen(doc: &Doc, lang: Lang, s: Span) -> Vec<Span> {
    let Some(h) = (s.a + 1..s.b.saturating_sub(1)).find(|&i| matches!(doc.key(i), "-" | "–" | "‐"))
    else {
        return vec![s];
    };
    let left = cues::exact(doc, lang, s.a, h);
    let right = cues::exact(doc, lang, h + 1, s.b);
    let label = |c: &cues::Cue| {
        if c.bits & cues::GPE != 0 {
            Some(Label::Gpe)
        } else if c.bits & cues::NORP != 0 {
            Some(Label::Norp)
        } else if c.bits & cues::LOC != 0 {
            Some(Label::Loc)
        } else {
            None
        }
    };
    match (left.and_then(label), right.and_then(label)) {
        (Some(l), Some(r)) => vec![
            Span {
                a: s.a,
                b: h,
                kind: Kind::L(l),
            },
            Span {
                a: h + 1,
                b: s.b,
                kind: Kind::L(r),
            },
        ],
        _ => vec![s],
    }
}

/// A nationality or place, up to two words and an organisation head word are one
/// organisation: "रूसी विदेश मंत्रालय", "Russian Foreign Ministry", "दिल्ली पुलिस".
fn join_organisations(doc: &Doc, marks: &Marks, spans: &mut Vec<Span>) {
    spans.sort_by_key(|s| s.a);
    // Joined spans replace the first part in place; the parts they swallow are emptied.
    for k in 0..spans.len() {
        let s = spans[k];
        if s.a >= s.b || !matches!(s.kind, Kind::L(Label::Norp | Label::Gpe) | Kind::Misc) {
            continue;
        }
        let mut j = s.b;
        let mut head = None;
        while j < doc.len() && j < s.b + 3 {
            if doc.tokens[j].kind != TokenKind::Word
                || is_post(marks, j)
                || marks.bits[j] & cues::TITLE != 0
                || lowercase_inside(doc, j)
                || is_connector(doc.key(j))
                || doc.paragraph_before(j)
            {
                break;
            }
            if marks.bits[j] & cues::ORG_HEAD != 0 {
                head = Some(j + 1);
            }
            // Another entity in between ends the search, unless it is the organisation itself.
            let at = spans.partition_point(|o| o.a < j);
            if let Some(o) = spans[at..]
                .iter()
                .take_while(|o| o.a == j)
                .find(|o| o.a < o.b)
            {
                // "रूसी [विदेश मंत्रालय]", but not "Palestinian [U.N.]" or "U.S. Cardinal [Bernardin]".
                if o.kind == Kind::L(Label::Org) && marks.bits[o.b - 1] & cues::ORG_HEAD != 0 {
                    head = Some(o.b);
                }
                break;
            }
            j += 1;
        }
        // "फ़लस्तीनी संगठन हमास": a bare head word with the organisation's name after it is a
        // description, not the name.
        let apposition = |end: usize| {
            let at = spans.partition_point(|o| o.a < end);
            end == s.b + 1
                && spans[at..]
                    .iter()
                    .take_while(|o| o.a == end)
                    .any(|o| o.a < o.b && matches!(o.kind, Kind::L(Label::Org | Label::Person)))
        };
        if let Some(end) = head.filter(|&e| !apposition(e)) {
            for o in spans[k + 1..].iter_mut() {
                if o.a >= end {
                    break;
                }
                if o.b <= end {
                    o.b = o.a;
                }
            }
            spans[k] = Span {
                a: s.a,
                b: end,
                kind: Kind::L(Label::Org),
            };
        }
    }
    // The same when the model read "फ़लस्तीनी संगठन" as one organisation before "हमास".
    for k in 0..spans.len() {
        let s = spans[k];
        if s.kind == Kind::L(Label::Org)
            && s.b - s.a == 2
            && marks.bits[s.a] & cues::NORP != 0
            && marks.bits[s.a + 1] & cues::ORG_HEAD != 0
            && marks.bits[s.a] & cues::ORG == 0
        {
            let at = spans.partition_point(|o| o.a < s.b);
            if spans[at..]
                .iter()
                .take_while(|o| o.a == s.b)
                .any(|o| o.a < o.b && matches!(o.kind, Kind::L(Label::Org | Label::Person)))
            {
                spans[k] = Span {
                    a: s.a,
                    b: s.a + 1,
                    kind: Kind::L(Label::Norp),
                };
            }
        }
    }
    spans.retain(|s| s.a < s.b);
}

/// A named event keeps the place, people or body it is named after and its year: "एशिया कप"
/// (not the region एशिया and a cup), "लंदन ओलंपिक", "2004 ओलंपिक", "2014 के विश्व कप",
/// "125वें ओलंपिक खेलों". The event is a word of `ner-name-words.tsv` with the role "event"
/// (कप, चैंपियनशिप, लीग) or an event the lists or the model know; not one followed by an
/// organisation's head word ("भारतीय ओलंपिक समिति" is the committee).
fn events(doc: &Doc, lang: Lang, marks: &Marks, spans: &mut Vec<Span>) {
    if !settings::of(lang).has(Rule::Events) {
        return;
    }
    let n = doc.len();
    let mut owner: Vec<Option<usize>> = vec![None; n];
    for (k, s) in spans.iter().enumerate() {
        for o in &mut owner[s.a..s.b] {
            *o = Some(k);
        }
    }
    let year = |i: usize| {
        let k = doc.key(i);
        let lead: String = k.chars().take_while(char::is_ascii_digit).collect();
        // "2004", "125वें": a year, or an edition's ordinal.
        (doc.tokens[i].kind == TokenKind::Number
            && lead.len() == 4
            && lead.len() == k.len()
            && (lead.starts_with("19") || lead.starts_with("20")))
            || (doc.tokens[i].kind == TokenKind::Word
                && !lead.is_empty()
                && lead.len() < k.len()
                && lead.len() <= 3)
    };
    let mut j = 0;
    while j < n {
        let event_word = doc.tokens[j].kind == TokenKind::Word
            && (cues::name_word(doc.key(j)) & cues::EVENT_WORD != 0
                || marks.bits[j] & cues::EVENT != 0);
        let own = owner[j].map(|k| spans[k]);
        if !event_word || own.is_some_and(|s| s.kind != Kind::L(Label::Event)) {
            j += 1;
            continue;
        }
        let (mut a, b) = match own {
            Some(s) => (s.a, s.b),
            None => (j, j + 1),
        };
        let mut b = b;
        // "125वें ओलंपिक खेलों", "आईपीएल-7", "आईपीएल-2012": more event words, or an edition
        // joined by a hyphen.
        while b < n
            && !doc.paragraph_before(b)
            && owner[b].is_none()
            && cues::name_word(doc.key(b)) & cues::EVENT_WORD != 0
        {
            b += 1;
        }
        if b + 1 < n
            && doc.key(b) == "-"
            && doc.glued(b)
            && doc.glued(b + 1)
            && doc.tokens[b + 1].kind == TokenKind::Number
            && owner[b + 1].is_none()
        {
            b += 2;
        }
        if b < n && marks.bits[b] & cues::ORG_HEAD != 0 {
            j = b;
            continue;
        }
        let start = a;
        if a > 0 && !doc.paragraph_before(a) {
            if let Some(k) = owner[a - 1] {
                let p = spans[k];
                if p.b == a && p.b - p.a <= 3 && p.kind != Kind::L(Label::Event) {
                    a = p.a;
                }
            } else if marks.bits[a - 1] & (cues::GPE | cues::LOC | cues::NORP | cues::ORG) != 0
                && doc.tokens[a - 1].kind == TokenKind::Word
            {
                a -= 1;
            }
        }
        // An event word after names no list knows or English words, at least one of them more
        // than an English word or a name read before: "[फीफा] क्लब वर्ल्ड कप", "कन्फेडेरेशन्स कप".
        if a == start && own.is_none() {
            let c = cues::get(lang);
            let mut k = a;
            let mut strong = false;
            while k > 0 && a - k < 3 && !doc.paragraph_before(k) {
                let t = k - 1;
                let key = doc.key(t);
                if let Some(o) = owner[t] {
                    let p = spans[o];
                    if p.b != k || p.kind != Kind::L(Label::Org) || a - p.a > 3 {
                        break;
                    }
                    strong = true;
                    k = p.a;
                    continue;
                }
                if doc.tokens[t].kind != TokenKind::Word
                    || marks.bits[t] != 0
                    || c.plain.contains(key)
                    || c.agents.contains(key)
                    || cues::name_word(key) & (cues::DETERMINER | cues::CONNECTOR) != 0
                    || c.common.contains(key) && !c.loanwords.contains(key)
                {
                    break;
                }
                strong |= !c.loanwords.contains(key);
                k -= 1;
            }
            if strong && k < a {
                a = k;
            }
        }
        if a > 0 && year(a - 1) && !doc.paragraph_before(a) {
            a -= 1;
        } else if a > 1
            && matches!(doc.key(a - 1), "के" | "की")
            && doc.tokens[a - 2].kind == TokenKind::Number
            && year(a - 2)
        {
            a -= 2;
        }
        if a < start || own.is_some() {
            // Through `owner`, not every span: linear in the text.
            for k in owner[a..b].iter().flatten().copied() {
                if spans[k].a >= a && spans[k].b <= b {
                    spans[k].b = spans[k].a;
                }
            }
            spans.push(Span {
                a,
                b,
                kind: Kind::L(Label::Event),
            });
            for o in &mut owner[a..b] {
                *o = None;
            }
        }
        j = b;
    }
    spans.retain(|s| s.a < s.b);
}

/// A person or place the model found, right before a facility's head word, names that
/// facility, a LOC: "लेनिन स्क्वायर", "दिल्ली हवाई अड्डे पर" (heads: `ner-name-words.tsv`,
/// role "facility", with "facility-inner" words such as हवाई inside the head).
/// Organisations no list knows, by the word that ends or begins their names
/// (`ner-name-words.tsv`, role "org"):
/// - one to three words before it that are names, places or English words, at least one of
///   them not an English word: "ग्रोनिंजेन यूनिवर्सिटी", "सैंडी हुक एलिमेंटरी स्कूल",
///   "कैम्ब्रिज यूनिवर्सिटी" (not "प्राइवेट स्कूल");
/// - after it, "ऑफ़" and one to three such words: "यूनिवर्सिटी ऑफ़ गॉटिंगेन".
///
/// A person or place read inside becomes part of the organisation; an organisation, event or
/// nationality already read there is left as it is.
fn organisations_by_head(doc: &Doc, lang: Lang, marks: &Marks, spans: &mut Vec<Span>) {
    if !settings::of(lang).has(Rule::OrganisationsByHead) {
        return;
    }
    let c = cues::get(lang);
    let n = doc.len();
    let mut owner: Vec<Option<usize>> = vec![None; n];
    for (k, s) in spans.iter().enumerate() {
        owner[s.a..s.b].iter_mut().for_each(|o| *o = Some(k));
    }
    // A word that may stand in such a name, and whether it is more than an English word.
    let part = |i: usize| -> Option<bool> {
        let k = doc.key(i);
        let ok = doc.tokens[i].kind == TokenKind::Word
            && marks.bits[i] & (cues::POSTPOSITION | cues::TITLE) == 0
            && cues::name_word(k) & (cues::DETERMINER | cues::CONNECTOR | cues::ORG_WORD) == 0
            && !c.plain.contains(k)
            && !c.agents.contains(k)
            && !cues::plural(k)
            // A Hindi word training leaves outside names stops it ("सप्ताह", "इनको"); an
            // English one may be in it ("एलिमेंटरी").
            && (!c.common.contains(k)
                || c.loanwords.contains(k)
                || marks.bits[i] & (cues::GPE | cues::LOC) != 0
                || owner[i].is_some())
            && owner[i].is_none_or(|o| {
                matches!(spans[o].kind, Kind::L(Label::Person | Label::Gpe | Label::Loc))
            });
        let place = marks.bits[i] & (cues::GPE | cues::LOC) != 0;
        let strong = place
            || owner[i].is_some()
            || !c.loanwords.contains(k) && !c.common.contains(k)
            || name_sound::sounds_like_name(lang, k);
        ok.then_some(strong)
    };
    let mut found: Vec<(usize, usize)> = Vec::new();
    for h in 0..n {
        if cues::name_word(doc.key(h)) & cues::ORG_WORD == 0 || owner[h].is_some() {
            continue;
        }
        // Words before the head.
        let mut a = h;
        let mut strong = false;
        while a > 0 && h - a < 3 && !doc.paragraph_before(a) {
            match part(a - 1) {
                Some(s) => {
                    strong |= s;
                    a -= 1;
                }
                None => break,
            }
        }
        // A span read across the left edge keeps its words: start after it.
        while a < h && owner[a].is_some_and(|o| spans[o].a < a) {
            a += 1;
        }
        if a < h && strong {
            found.push((a, h + 1));
            continue;
        }
        // "यूनिवर्सिटी ऑफ़ गॉटिंगेन".
        if h + 2 < n
            && cues::name_word(doc.key(h + 1)) & cues::CONNECTOR != 0
            && !doc.paragraph_before(h + 1)
        {
            let mut b = h + 2;
            let mut strong = false;
            while b < n && b - (h + 2) < 3 && !doc.paragraph_before(b) {
                match part(b) {
                    Some(s) => {
                        strong |= s;
                        b += 1;
                    }
                    None => break,
                }
            }
            while b > h + 2 && owner[b - 1].is_some_and(|o| spans[o].b > b) {
                b -= 1;
            }
            if b > h + 2 && strong {
                found.push((h, b));
            }
        }
    }
    // The spans inside each one are found through `owner`, so this stays linear in the text.
    for (a, b) in found {
        for k in owner[a..b].iter().flatten().copied() {
            if spans[k].a >= a && spans[k].b <= b {
                spans[k].b = spans[k].a;
            }
        }
        spans.push(Span {
            a,
            b,
            kind: Kind::L(Label::Org),
        });
    }
    spans.retain(|s| s.a < s.b);
}

fn facilities(doc: &Doc, lang: Lang, marks: &Marks, spans: &mut [Span]) {
    if !settings::of(lang).has(Rule::Facilities) {
        return;
    }
    let n = doc.len();
    let mut starts: Vec<bool> = vec![false; n + 1];
    for s in spans.iter() {
        starts[s.a] = true;
    }
    for s in spans.iter_mut() {
        if !matches!(s.kind, Kind::L(Label::Person | Label::Gpe | Label::Loc))
            || s.b - s.a > 2
            || s.b >= n
        {
            continue;
        }
        let mut e = s.b;
        if e + 1 < n && cues::name_word(doc.key(e)) & cues::FACILITY_INNER != 0 {
            e += 1;
        }
        if cues::name_word(doc.key(e)) & cues::FACILITY != 0
            && !starts[s.b]
            && !starts[e]
            && !doc.paragraph_before(s.b)
            && !doc.paragraph_before(e)
            && marks.bits[e] & cues::POSTPOSITION == 0
        {
            *s = Span {
                a: s.a,
                b: e + 1,
                kind: Kind::L(Label::Loc),
            };
        }
    }
}

/// English MISC: a nationality adjective becomes NORP ("Russian"), a named event EVENT
/// ("World Cup"); anything else (works, products) is left out.
fn misc(
    doc: &Doc,
    lang: Lang,
    marks: &Marks,
    s: Span,
    person_words: &crate::hash::FxSet<&str>,
) -> Option<Span> {
    if s.kind != Kind::Misc {
        return Some(s);
    }
    // "Elian" of "Elian Gonzalez", which the "-an" of peoples would make NORP.
    if s.b - s.a == 1 && marks.bits[s.a] == 0 && person_words.contains(doc.key(s.a)) {
        return Some(Span {
            kind: Kind::L(Label::Person),
            ..s
        });
    }
    if let Some(c) = cues::exact(doc, lang, s.a, s.b) {
        if c.bits & cues::NORP != 0 {
            return Some(Span {
                kind: Kind::L(Label::Norp),
                ..s
            });
        }
        if c.bits & cues::EVENT != 0 {
            return Some(Span {
                kind: Kind::L(Label::Event),
                ..s
            });
        }
    }
    if marks.bits[s.b - 1] & cues::EVENT_HEAD != 0 && s.b - s.a >= 2 {
        return Some(Span {
            kind: Kind::L(Label::Event),
            ..s
        });
    }
    if s.b - s.a == 1 {
        // "Albanians", "Israelis": a people, as its adjective is.
        let w = doc.surface(s.a);
        let w = w
            .strip_suffix('s')
            .filter(|x| x.ends_with("an") || x.ends_with('i'))
            .unwrap_or(w);
        let demonym = ["an", "ese", "ish", "i", "ic", "ch"]
            .iter()
            .any(|e| w.ends_with(e));
        if demonym && w.chars().next().is_some_and(char::is_uppercase) {
            return Some(Span {
                kind: Kind::L(Label::Norp),
                ..s
            });
        }
    }
    None
}

/// After a title, one to three words that no list knows and the training data does not
/// nearly always leave outside person names, then a postposition or a comma, are a person: "प्रवक्ता जे कार्ने ने कहा",
/// "राजदूत संधू ने". Not "राष्ट्रपति भवन में" (भवन is a common word), not "मंत्री ने", and
/// not after an occupation ("विदेशी खिलाड़ी खिलाने का").
fn after_titles(doc: &Doc, lang: Lang, marks: &Marks, spans: &mut Vec<Span>, covered: &mut [bool]) {
    if !settings::of(lang).has(Rule::AfterTitles) {
        return;
    }
    let (common, roles) = (&cues::get(lang).common, &cues::get(lang).roles);
    let n = doc.len();
    let mut i = 0;
    while i < n {
        if marks.bits[i] & cues::TITLE == 0
            || marks.bits[i] & (cues::GPE | cues::ORG | cues::NORP) != 0
            || roles.contains(doc.key(i))
        {
            i += 1;
            continue;
        }
        // Titles in a row ("विदेश मंत्री डॉ. एस. जयशंकर"), the dot of an abbreviation with them.
        let mut a = i + 1;
        while a < n && (marks.bits[a] & cues::TITLE != 0 || (doc.key(a) == "." && doc.glued(a))) {
            a += 1;
        }
        let mut b = a;
        let mut words = 0;
        while b < n && words <= 3 {
            let name_word = doc.tokens[b].kind == TokenKind::Word
                && marks.bits[b] == 0
                && !covered[b]
                && !common.contains(doc.key(b));
            let initial_dot = doc.key(b) == "." && doc.glued(b) && b > a;
            if !(name_word || initial_dot) {
                break;
            }
            words += name_word as usize;
            b += 1;
        }
        let ends = b < n && (is_post(marks, b) || doc.key(b) == ",");
        while b > a && doc.key(b - 1) == "." {
            b -= 1;
        }
        if (1..=3).contains(&words) && ends {
            spans.push(Span {
                a,
                b,
                kind: Kind::L(Label::Person),
            });
            covered[a..b].iter_mut().for_each(|c| *c = true);
            i = b;
        } else {
            i += 1;
        }
    }
}

/// Whether a word is mostly used outside person names in this document ("नाम" after a
/// mistagged "… नाम"), so that it should not be spread as a last name.
fn common<'d>(
    doc: &'d Doc,
    spans: &[Span],
    key: &str,
    counts: &mut Option<crate::hash::FxMap<&'d str, (usize, usize)>>,
) -> bool {
    let counts = counts.get_or_insert_with(|| {
        let mut m: crate::hash::FxMap<&str, (usize, usize)> = crate::hash::FxMap::default();
        for i in 0..doc.len() {
            m.entry(doc.key(i)).or_default().0 += 1;
        }
        for s in spans.iter().filter(|s| s.kind == Kind::L(Label::Person)) {
            for i in s.a..s.b {
                m.entry(doc.key(i)).or_default().1 += 1;
            }
        }
        m
    });
    let (total, named) = counts.get(key).copied().unwrap_or_default();
    total > 3 * named + 2
}

/// A name of two or more words found once is the same name elsewhere in the document, and
/// a person's last name alone is that person: "व्लादिमीर पुतिन" makes a later bare "पुतिन" a
/// PERSON too. Only words of three or more letters, never a postposition
/// or title, and in Latin script only capitalised ones.
fn propagate<'a>(
    doc: &'a Doc,
    lang: Lang,
    marks: &Marks,
    spans: &mut Vec<Span>,
    mut covered: Vec<bool>,
    mut known: Vec<(Vec<&'a str>, Label)>,
) {
    // A Chinese name puts the family name first: "ली कियांग" makes a later "ली" before a
    // postposition ("पुतिन और ली के बीच") that person. Such a name is short, and ली is also a
    // verb ("शपथ ली"), so it counts only before a postposition, in a document naming China.
    let mut family: Vec<&str> = Vec::new();
    let chinese = crate::link::pinyin::applies(
        lang,
        spans
            .iter()
            .filter(|s| matches!(s.kind, Kind::L(Label::Gpe | Label::Norp)))
            .flat_map(|s| (s.a..s.b).map(|i| doc.key(i))),
    );
    let mut counts = None;
    for s in spans.iter() {
        let Kind::L(label) = s.kind else { continue };
        if !matches!(label, Label::Person | Label::Org | Label::Gpe) {
            continue;
        }
        let keys: Vec<&str> = (s.a..s.b).map(|i| doc.key(i)).collect();
        if label == Label::Person && keys.len() > 1 && chinese {
            if crate::link::pinyin::latin(lang, &keys).is_some() {
                family.push(keys[0]);
            }
        }
        if label == Label::Person && keys.len() > 1 {
            let last = s.b - 1;
            // After a title ("राष्ट्रपति व्लादिमीर पुतिन") the name is surely one, however often
            // its last word recurs on its own.
            let titled = s.a > 0 && marks.bits[s.a - 1] & cues::TITLE != 0;
            if marks.bits[last] == 0
                && doc.key(last).chars().count() >= 3
                && (titled || !common(doc, spans, doc.key(last), &mut counts))
            {
                known.push((vec![doc.key(last)], label));
            }
            // A known given name alone is that person too: "अनुराग कश्यप" … "अनुराग कहते हैं";
            // so is one from abroad: "केटी पेरी" … "केटी ने".
            let c = cues::get(lang);
            let first = doc.key(s.a);
            if (c.given.contains(first)
                || c.abroad.contains(first)
                || name_sound::sounds_like_name(lang, first) && first.chars().count() >= 3)
                && marks.bits[s.a] == 0
                && (titled || !common(doc, spans, doc.key(s.a), &mut counts))
            {
                known.push((vec![doc.key(s.a)], label));
            }
        }
        // A one-word name is not spread: one slip of the model ("गया", went, read as the city)
        // would repeat through the whole document.
        if keys.len() > 1 {
            known.push((keys, label));
        }
    }
    if known.is_empty() && family.is_empty() {
        return;
    }
    known.sort_by_key(|k| std::cmp::Reverse(k.0.len()));
    known.dedup();
    let mut by_first: crate::hash::FxMap<&str, Vec<usize>> = crate::hash::FxMap::default();
    for (n, (keys, _)) in known.iter().enumerate() {
        by_first.entry(keys[0]).or_default().push(n);
    }
    mark(&mut covered, spans);
    // Which span covers each token: a name spread over a shorter name inside it replaces that
    // ("बॉम्बे हाईकोर्ट" again, where a word list had filled "बॉम्बे" as a place).
    let mut owner: Vec<Option<usize>> = vec![None; doc.len()];
    for (k, s) in spans.iter().enumerate() {
        for o in &mut owner[s.a..s.b] {
            *o = Some(k);
        }
    }
    let inside = |owner: &[Option<usize>], spans: &[Span], j: usize, a: usize, end: usize| {
        owner[j].is_some_and(|k| {
            spans[k].a >= a && spans[k].b <= end && spans[k].b - spans[k].a < end - a
        })
    };
    let mut i = 0;
    while i < doc.len() {
        if !covered[i] && i + 1 < doc.len() && is_post(marks, i + 1) && family.contains(&doc.key(i))
        {
            spans.push(Span {
                a: i,
                b: i + 1,
                kind: Kind::L(Label::Person),
            });
            i += 1;
            continue;
        }
        let candidates = match by_first.get(doc.key(i)) {
            Some(c) if !covered[i] || owner[i].is_some_and(|k| spans[k].a == i) => c,
            _ => {
                i += 1;
                continue;
            }
        };
        let mut hit = None;
        for &n in candidates {
            let (keys, label) = &known[n];
            let end = i + keys.len();
            if end <= doc.len()
                && (i..end).all(|j| {
                    (!covered[j] || inside(&owner, spans, j, i, end)) && doc.key(j) == keys[j - i]
                })
                && keys.iter().map(|k| k.chars().count()).sum::<usize>() >= 3
                && !is_post(marks, i)
                && marks.bits[i] & cues::TITLE == 0
                && (!doc.surface(i).is_ascii()
                    || doc
                        .surface(i)
                        .chars()
                        .next()
                        .is_some_and(char::is_uppercase))
            {
                hit = Some((end, *label));
                break;
            }
        }
        match hit {
            Some((end, label)) => {
                for j in i..end {
                    if let Some(k) = owner[j].take() {
                        spans[k].b = spans[k].a;
                    }
                }
                spans.push(Span {
                    a: i,
                    b: end,
                    kind: Kind::L(label),
                });
                i = end;
            }
            None => i += 1,
        }
    }
    spans.retain(|s| s.a < s.b);
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
