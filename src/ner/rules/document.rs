//! Document passes: a name found once is found wherever it recurs, and two people read as one are two.

use super::*;

/// A word no list holds that sounds like an Indian given name and that the article uses twice
/// or more, each time alone where a name may stand, is that person: "दीपिका" three times in a
/// film story ("दीपिका काम कर रही हैं", "दीपिका इतनी ख़ुश हुईं"). One mention alone may be any
/// word that sounds so.
pub(super) fn recurring_names(doc: &Doc, lang: Lang, marks: &Marks, spans: &mut Vec<Span>) {
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
                    && !crate::names::latin::person_word(lang, k)
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

/// A person's name does not end in a word the document names alone as a place: "राजे
/// झालावाड़ से पांच बार सांसद रही हैं" beside "झालावाड़ जिले में" is the person and the place.
/// Part of `places-by-head`; not a listed given or family name ("George Washington").
pub(super) fn places_after_people(doc: &Doc, lang: Lang, spans: &mut Vec<Span>) {
    if !settings::of(lang).has(Rule::PlacesByHead) {
        return;
    }
    let c = cues::get(lang);
    let places: crate::hash::FxSet<&str> = spans
        .iter()
        .filter(|s| s.kind == Kind::L(Label::Gpe) && s.b - s.a == 1)
        .map(|s| doc.key(s.a))
        .collect();
    if places.is_empty() {
        return;
    }
    let mut extra = Vec::new();
    for s in spans.iter_mut() {
        if s.kind == Kind::L(Label::Person)
            && s.b - s.a >= 2
            && places.contains(doc.key(s.b - 1))
            && !c.given.contains(doc.key(s.b - 1))
            && !c.family.contains(doc.key(s.b - 1))
            && doc.tokens[s.b - 2].kind == TokenKind::Word
        {
            s.b -= 1;
            extra.push(Span {
                a: s.b,
                b: s.b + 1,
                kind: Kind::L(Label::Gpe),
            });
        }
    }
    spans.extend(extra);
}

/// Two people read as one name are two, when each is named alone in the document more often
/// than the two together: "नरगिस राज कपूर की पहली फ़िल्म" (twice) beside "राज कपूर" and
/// "नरगिस ने". "नुसरत फ़तेह अली ख़ान" stays whole, as his name is used more than "नुसरत".
pub(super) fn split_people(doc: &Doc, spans: &mut Vec<Span>) {
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

/// A name of two or more words found once is the same name elsewhere in the document, and
/// a person's last name alone is that person: "व्लादिमीर पुतिन" makes a later bare "पुतिन" a
/// PERSON too. Only words of three or more letters, never a postposition
/// or title, and in Latin script only capitalised ones.
pub(super) fn propagate<'a>(
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
    let chinese = crate::names::pinyin::applies(
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
            if crate::names::pinyin::latin(lang, &keys).is_some() {
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
    let mut owner = owners(spans, doc.len());
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
                && !(keys.len() == 1
                    && end < doc.len()
                    && cues::name_word(doc.key(end)) & cues::AUXILIARY != 0)
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
