//! Span edges: what a name may begin and end with, where one name is two, and the titles of works inside which no name is read.

use super::*;

/// Edges: no punctuation or postposition at either end, no title before a PERSON ("राष्ट्रपति
/// पुतिन" → "पुतिन") and no "जी" after one; a span is cut at a postposition inside it
/// ("रूस के राष्ट्रपति" → "रूस"), unless the whole span is a known name ("बंगाल की खाड़ी").
pub(super) fn clean(doc: &Doc, lang: Lang, marks: &Marks, s: Span) -> Vec<Span> {
    let (mut a, mut b) = (s.a, s.b);
    let person = s.kind == Kind::L(Label::Person);
    let trim_start = |i: usize| {
        doc.tokens[i].kind != TokenKind::Word
            || is_post(marks, i)
            || is_connector(doc.key(i))
            || (person
                && marks.bits[i] & cues::TITLE != 0
                && marks.bits[i] & (cues::GPE | cues::ORG) == 0)
            // "[द कपिल शर्मा] शो": an article or a genitive begins no person's name.
            || (person && cues::name_word(doc.key(i)) & cues::JOINING != 0)
    };
    // A dot glued on both sides and after no initial ends a sentence written without a space:
    // the name is what follows it ("अड़चनें आई.कमल ने").
    if let Some(d) = (a + 1..b.saturating_sub(1)).rev().find(|&d| {
        doc.key(d) == "." && doc.glued(d) && doc.glued(d + 1) && !initial(doc, marks, d - 1)
    }) {
        a = d + 1;
    }
    while a < b && trim_start(a) {
        a += 1;
    }
    // "سعودی ولی عہد محمد بن سلمان", "सऊदी युवराज मोहम्मद" read as one person: a known
    // nationality or place, then a title, are no part of the name after them.
    if person {
        if let Some(t) = (a + 1..b).find(|&i| marks.bits[i] & cues::TITLE != 0 && marks.begins[i]) {
            let before = cues::exact(doc, lang, a, t)
                .and_then(|c| cues::label_of(c.bits, &[Label::Norp, Label::Gpe]));
            if let Some(l) = before {
                let end = marks.entry[t].map_or(t + 1, |(_, e)| e);
                let mut out = vec![Span {
                    a,
                    b: t,
                    kind: Kind::L(l),
                }];
                if end < b {
                    out.extend(clean(
                        doc,
                        lang,
                        marks,
                        Span {
                            a: end,
                            b,
                            kind: s.kind,
                        },
                    ));
                }
                return out;
            }
        }
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
            || (person && marks.bits[b - 1] & cues::TITLE_AFTER != 0)
            // "[लियोनार्डो दा] विंची": a particle is inside a name, never at its end.
            || (person && particle(doc, b - 1)))
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
        // A determiner ("इन", these; also the Korean name In) never ends a person's name.
        let determiner = |i: usize| {
            cues::name_word(doc.key(i)) == cues::DETERMINER && c.common.contains(doc.key(i))
        };
        // Nor in a work's or a kind's noun: "[कपिल शर्मा] शो" (a show).
        while b - a >= 2
            && marks.bits[b - 1] == 0
            && (cues::name_word(doc.key(b - 1)) & cues::WORK != 0
                || cues::kind_noun(doc.key(b - 1)).is_some())
        {
            b -= 1;
        }
        while b - a >= 2
            && marks.bits[b - 1] == 0
            && (determiner(b - 1)
                || c.common.contains(doc.key(b - 1))
                    && !c.loanwords.contains(doc.key(b - 1))
                    && cues::name_word(doc.key(b - 1)) == 0
                    && !crate::names::latin::person_word(lang, doc.key(b - 1))
                    && !name_sound::sounds_like_name(lang, doc.key(b - 1)))
        {
            b -= 1;
        }
        // "दीपक जलाए" (lit lamps), "बादल छाए" (clouds gathered): nor in a verb form no list of
        // names holds (`ner-name-words.tsv`, ending "inflected").
        while b - a >= 2
            && marks.bits[b - 1] == 0
            && cues::inflected(doc.key(b - 1))
            && !person_listed(c, lang, doc.key(b - 1))
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
            || (is_post(marks, i) && !possessive && !initial(doc, marks, i))
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
            let cue = cues::exact(doc, lang, p.a, p.b);
            if let Some(l) = cue.and_then(|c| cues::label_of(c.bits, &[Label::Org, Label::Gpe])) {
                p.kind = Kind::L(l);
            }
        }
    }
    out
}

pub(super) fn capitalised(doc: &Doc, i: usize) -> bool {
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
pub(super) fn trim_place(doc: &Doc, lang: Lang, marks: &Marks, s: Span) -> Span {
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
pub(super) fn works(doc: &Doc, spans: &mut Vec<Span>) {
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
pub(super) fn direction_adjective(doc: &Doc, i: usize) -> bool {
    cues::name_word(doc.key(i)) & cues::QUALIFIER != 0
}

/// Punctuation that no name spans: "शंघाई सहयोग संगठन (एससीओ)" is two names.
pub(super) fn breaks_name(doc: &Doc, i: usize) -> bool {
    // An apostrophe stays inside Latin names ("O'Brien", "Queen 's Park"); between words of
    // another script it is a quote mark ("अफ़सोस नहीं'कपिल शर्मा").
    let latin = |j: usize| j < doc.len() && doc.surface(j).is_ascii();
    doc.tokens[i].kind == TokenKind::Punct
        && match doc.key(i) {
            "-" | "–" | "." | "&" => false,
            "'" | "’" => !(i > 0 && latin(i - 1) || latin(i + 1)),
            _ => true,
        }
}

/// A particle of names from abroad written in a native script ("दा", "वान", "बिन"): inside a
/// person's name, never at its ends. (Latin particles, "de", "van", keep their own rules.)
pub(super) fn particle(doc: &Doc, i: usize) -> bool {
    !doc.surface(i).is_ascii() && cues::name_word(doc.key(i)) & cues::PARTICLE != 0
}

/// A weekday or month before a postposition other than the agent marker is a date, no word of
/// a name: "قاضی فائز عیسیٰ جمعہ کو" (on Friday), but "جمعہ نے" (Juma).
pub(super) fn dated(doc: &Doc, lang: Lang, marks: &Marks, i: usize) -> bool {
    let c = cues::get(lang);
    i + 1 < doc.len()
        && c.calendar.contains(doc.key(i))
        && is_post(marks, i + 1)
        && !c.agents.contains(doc.key(i + 1))
}

/// A letter's name and a dot glued to it: an initial ("के. आसिफ़", "आर. के. लक्ष्मण"), not the
/// postposition के; nor a title ("मोदी जी."). A word glued to the dot is another initial
/// ("ए.आर. रहमान"), else the dot ends a sentence written without a space ("अड़चनें आई.कमल").
pub(super) fn initial(doc: &Doc, marks: &Marks, i: usize) -> bool {
    let dotted = |i: usize| {
        i + 1 < doc.len()
            && doc.tokens[i].kind == TokenKind::Word
            && doc.key(i + 1) == "."
            && doc.glued(i + 1)
            && acronym::letter(doc.key(i)).is_some()
    };
    dotted(i)
        && marks.bits[i] & (cues::TITLE | cues::TITLE_AFTER) == 0
        && (i + 2 >= doc.len() || !doc.glued(i + 2) || dotted(i + 2))
}

/// Words that join the parts of a name but never begin or end one: "इंडियन इंस्टीट्यूट ऑफ …".
pub(super) fn is_connector(key: &str) -> bool {
    cues::name_word(key) & cues::CONNECTOR != 0
}

/// A lower-case Latin word other than a name particle cannot be inside a name: "Brussels
/// that Siemens" is two names, "Bank of England" and "Gazzetta dello Sport" one.
pub(super) fn lowercase_inside(doc: &Doc, i: usize) -> bool {
    let s = doc.surface(i);
    s.is_ascii()
        && s.chars().next().is_some_and(|c| c.is_ascii_lowercase())
        && cues::name_word(doc.key(i)) & cues::PARTICLE == 0
}

/// "रूस-चीन" is two places, "रूसी-चीनी" two nationalities, when both sides are known and
/// the whole is not: "जम्मू-कश्मीर" is one.
pub(super) fn split_hyphen(doc: &Doc, lang: Lang, s: Span) -> Vec<Span> {
    let Some(h) = (s.a + 1..s.b.saturating_sub(1)).find(|&i| matches!(doc.key(i), "-" | "–" | "‐"))
    else {
        return vec![s];
    };
    if cues::exact(doc, lang, s.a, s.b).is_some() {
        return vec![s];
    }
    let left = cues::exact(doc, lang, s.a, h);
    let right = cues::exact(doc, lang, h + 1, s.b);
    let label = |c: &cues::Cue| cues::label_of(c.bits, &[Label::Gpe, Label::Norp, Label::Loc]);
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
