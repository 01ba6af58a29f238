//! Names the word lists know: list entries over the model's spans, other spellings of listed places, acronyms, and one label per name in a document.

use super::*;

/// One name, one kind, through a document: when the same words no list knows carry two
/// labels, all take the label most of their mentions have ("गांगुली" 7 times a person, once a
/// place; "यूरोस्टार" 3 times the company, once a person). CoNLL valid 0.923 → 0.925 (article
/// by article). Names a list knows and ties stay as read: on CoNLL valid, letting a listed
/// label or an organisation win took it to 0.916.
pub(super) fn one_label(doc: &Doc, lang: Lang, marks: &Marks, spans: &mut [Span]) {
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
pub(super) fn in_links(doc: &Doc) -> Vec<bool> {
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
pub(super) fn place(doc: &Doc, lang: Lang, marks: &Marks, a: usize, b: usize) -> Label {
    let places = [Label::Gpe, Label::Loc, Label::Norp];
    if let Some(l) = cues::exact(doc, lang, a, b).and_then(|c| cues::label_of(c.bits, &places)) {
        return l;
    }
    if let Some((_, bits)) = cues::spelling(doc, lang, a, b) {
        return cues::label_of(bits, &[Label::Norp, Label::Loc]).unwrap_or(Label::Gpe);
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
pub(super) fn demonym(doc: &Doc, lang: Lang, i: usize) -> bool {
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

/// Known names the model missed or cut short: a gazetteer entry fills a gap, and a longer
/// entry replaces the spans inside it ("शंघाई" → "शंघाई सहयोग संगठन").
pub(super) fn gazetteer(doc: &Doc, lang: Lang, marks: &Marks, spans: &mut Vec<Span>) {
    // Which span covers each token; a replaced span is emptied (b = a) and dropped at the end.
    let mut owner = owners(spans, doc.len());
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
        let order = [
            Label::Event,
            Label::Org,
            Label::Gpe,
            Label::Loc,
            Label::Norp,
        ];
        let Some(label) = cues::label_of(cue.bits, &order) else {
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
            && crate::ner::model(lang).is_some()
            && end - i == 1
            && matches!(label, Label::Gpe | Label::Loc | Label::Org))
            || (end - i == 1
                && cues::get(lang).homographs.get(doc.key(i)).is_some_and(|h| {
                    end >= doc.len() || !h.after.iter().any(|w| w == doc.key(end))
                }));
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
        } else if inside
            && (end - i >= 2
                || label == Label::Event
                || label == Label::Org
                    && same
                    && spans[overlapping[0]].kind == Kind::L(Label::Person))
        {
            // The model's span keeps the model's label, unless the entry is an organisation or
            // event (its words often look like a place: "शंघाई"). One word the model read as a
            // person is the organisation the lists know: "सेबी ने जुर्माना लगाया" (SEBI); a
            // place of two words or more is no person ("مدھیہ پردیش", "अरुणाचल प्रदेश").
            if !same
                || matches!(label, Label::Org | Label::Event)
                || spans[overlapping[0]].kind == Kind::Misc
                || end - i >= 2
                    && matches!(label, Label::Gpe | Label::Loc)
                    && spans[overlapping[0]].kind == Kind::L(Label::Person)
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
pub(super) fn place_variants(doc: &Doc, lang: Lang, marks: &Marks, spans: &mut Vec<Span>) {
    if !settings::of(lang).has(Rule::PlaceVariants) {
        return;
    }
    let covered = coverage(doc, spans);
    for (i, &cov) in covered.iter().enumerate() {
        if cov || marks.bits[i] != 0 || doc.tokens[i].kind != TokenKind::Word {
            continue;
        }
        if cues::spelling(doc, lang, i, i + 1).is_some()
            || crate::names::latin::place_variant(lang, doc.surface(i), doc.key(i)).is_some()
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
pub(super) fn acronyms(doc: &Doc, lang: Lang, marks: &Marks, spans: &mut Vec<Span>) {
    // The Latin acronyms and the organisations' initials, which the rule below treats alike.
    let mut initials = known_letters(doc, lang, spans);
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
        let Some(letters) = acronym::letters(surface, doc.key(i))
            .filter(|l| acronym::names_org(l, surface.is_ascii()))
        else {
            continue;
        };
        // Letters spelt out before the agent marker stand where an organisation does: "आइओसी
        // ने" (IOC). Before other postpositions they as often name things ("एनपीए की चुनौती",
        // non-performing assets), and on IL-NER dev that added 31 wrong names for 4 right.
        let org_position = settings::of(lang).has(Rule::LetterAcronyms)
            && i + 1 < doc.len()
            && cues::get(lang).agents.contains(doc.key(i + 1));
        if surface.is_ascii() || initials.contains(&letters) || org_position {
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
        if acronym::letters(doc.surface(i), doc.key(i))
            .is_some_and(|l| acronym::names_org(&l, false) && found.contains(&l))
        {
            spans.push(Span {
                a: i,
                b: i + 1,
                kind: Kind::L(Label::Org),
            });
        }
    }
}

/// Acronyms spelt a word a letter, where a language writes them so (`letter-words`; Urdu
/// "ایف آئی اے", FIA): a run of two or more letter names that no span covers is an
/// organisation where its letters appear in Latin in the document, are the initials of an
/// organisation found there, or the run stands before the agent marker ("ایف آئی اے نے");
/// once found, the same run elsewhere in the document is one too. A run that begins with a
/// postposition after a word starts after it ("ان کے پی اے": their PA), and a run before a
/// person's name is the person's initials ("ایس جے شنکر"), which the model reads. A span
/// of the model's that spells a role or a thing (IAS, GDP) is no name.
pub(super) fn spaced_acronyms(doc: &Doc, lang: Lang, marks: &Marks, spans: &mut Vec<Span>) {
    if settings::of(lang).letter_words.is_empty() {
        return;
    }
    // What the model read as a name but spells a role, a document or a thing: "آئی اے ایس"
    // (IAS), "جی ڈی پی" (GDP).
    spans.retain(|s| {
        let keys: Vec<&str> = (s.a..s.b).map(|k| doc.key(k)).collect();
        !acronym::spelt_words(lang, &keys).is_some_and(|l| acronym::names_no_org(&l))
    });
    let known = known_letters(doc, lang, spans);
    let covered = coverage(doc, spans);
    let agents = &cues::get(lang).agents;
    let n = doc.len();
    let is_letter = |i: usize| {
        !covered[i]
            && doc.tokens[i].kind == TokenKind::Word
            && acronym::letter_word(lang, doc.key(i)).is_some()
    };
    let mut runs: Vec<(usize, usize, String)> = Vec::new();
    let mut i = 0;
    while i < n {
        if !is_letter(i) {
            i += 1;
            continue;
        }
        let mut a = i;
        let mut b = i;
        while b < n && is_letter(b) {
            b += 1;
        }
        i = b;
        if a > 0
            && doc.tokens[a - 1].kind == TokenKind::Word
            && marks.bits[a] & cues::POSTPOSITION != 0
        {
            a += 1;
        }
        let keys: Vec<&str> = (a..b).map(|k| doc.key(k)).collect();
        let Some(letters) = acronym::spelt_words(lang, &keys) else {
            continue;
        };
        let person_after = b < n
            && (marks.names[b] != 0
                || spans
                    .iter()
                    .any(|s| s.a == b && s.kind == Kind::L(Label::Person)));
        if acronym::names_org(&letters, false) && !person_after {
            runs.push((a, b, letters));
        }
    }
    let found: Vec<&str> = runs
        .iter()
        .filter(|(_, b, letters)| {
            known.contains(letters) || (*b < n && agents.contains(doc.key(*b)))
        })
        .map(|(_, _, l)| l.as_str())
        .collect();
    for (a, b, letters) in &runs {
        if found.contains(&letters.as_str()) {
            spans.push(Span {
                a: *a,
                b: *b,
                kind: Kind::L(Label::Org),
            });
        }
    }
}

/// Acronyms the document gives in Latin ("SCO") and the initials of the organisations found
/// in it whose listed English names have them.
fn known_letters(doc: &Doc, lang: Lang, spans: &[Span]) -> Vec<String> {
    let mut known: Vec<String> = Vec::new();
    for i in 0..doc.len() {
        let surface = doc.surface(i);
        if surface.is_ascii() && acronym::is_latin_acronym(surface) {
            known.extend(acronym::letters(surface, doc.key(i)));
        }
    }
    known.extend(
        spans
            .iter()
            .filter(|s| s.kind == Kind::L(Label::Org) && s.b - s.a >= 2)
            .filter_map(|s| cues::exact(doc, lang, s.a, s.b).and_then(|c| c.english))
            .map(|e| {
                e.split_whitespace()
                    .filter_map(|w| w.chars().next())
                    .filter(|c| c.is_uppercase())
                    .collect()
            }),
    );
    known
}

/// A word in a list of places is a place: "डेनमार्क , एल सालवाडोर , फ़िनलैंड", "अहमदनगर ,
/// धुले , जलगांव" — the lists do not know every spelling of every country or town. In a
/// comma or "और" list of short items of which at least two are places and at least half, an
/// item of one or two words no list knows and no span covers, beside a place item, is a place;
/// so is such an item the model read as a person when the items on both sides are places.
/// Not where the model reads capitals (English): there it knows places by their letters.
pub(super) fn place_lists(doc: &Doc, lang: Lang, marks: &Marks, spans: &mut Vec<Span>) {
    if settings::of(lang).script.cased() {
        return;
    }
    let c = cues::get(lang);
    let numbers = crate::numbers::lexicon(lang);
    let n = doc.len();
    let sep = |i: usize| cues::name_word(doc.key(i)) & cues::LIST != 0;
    let owner = owners(spans, n);
    // The span that is exactly the item, if one is.
    let exact = |spans: &[Span], (a, b): (usize, usize)| {
        owner[a].filter(|&k| spans[k].a == a && spans[k].b == b)
    };
    let is_place = |spans: &[Span], item: (usize, usize)| {
        exact(spans, item)
            .is_some_and(|k| matches!(spans[k].kind, Kind::L(Label::Gpe | Label::Loc)))
    };
    let unknown = |(a, b): (usize, usize)| {
        (a..b).all(|i| {
            let k = doc.key(i);
            marks.bits[i] == 0
                && !c.common.contains(k)
                && !c.plain.contains(k)
                && !numbers.is_number_word(k)
                && k.chars().count() >= 2
        })
    };
    let mut lists: Vec<Vec<(usize, usize)>> = Vec::new();
    let mut items: Vec<(usize, usize)> = Vec::new();
    let mut i = 0;
    while i < n {
        let start = i;
        while i < n
            && doc.tokens[i].kind == TokenKind::Word
            && !sep(i)
            && (i == start || !doc.paragraph_before(i))
        {
            i += 1;
        }
        let item = i > start && i - start <= 3;
        if item {
            items.push((start, i));
        }
        if item && i < n && sep(i) && !doc.paragraph_before(i) {
            i += 1;
            continue;
        }
        lists.push(std::mem::take(&mut items));
        if i == start {
            i += 1;
        }
    }
    lists.push(items);
    let mut added = Vec::new();
    for list in lists.iter().filter(|l| l.len() >= 3) {
        let places: Vec<bool> = list.iter().map(|&it| is_place(spans, it)).collect();
        let count = places.iter().filter(|&&p| p).count();
        if count < 2 || 2 * count < list.len() {
            continue;
        }
        for (j, &(a, b)) in list.iter().enumerate() {
            if places[j] || b - a > 2 || !unknown((a, b)) {
                continue;
            }
            let left = j > 0 && places[j - 1];
            let right = j + 1 < list.len() && places[j + 1];
            let free = owner[a..b].iter().all(|o| o.is_none());
            let person = exact(spans, (a, b)).filter(|&k| spans[k].kind == Kind::L(Label::Person));
            if free && (left || right) {
                added.push(Span {
                    a,
                    b,
                    kind: Kind::L(Label::Gpe),
                });
            } else if let Some(k) = person.filter(|_| left && right) {
                added.push(Span {
                    a,
                    b,
                    kind: Kind::L(Label::Gpe),
                });
                spans[k].b = spans[k].a;
            }
        }
    }
    spans.extend(added);
    spans.retain(|s| s.a < s.b);
}

/// A state named by the word for a republic (role `state` in `ner-name-words.tsv`) is one
/// place with the place or people it is named after and the adjectives before them: "सेन्ट्रल
/// अफ्रीकी रिपब्लिक", "डेमोक्रेटिक रिपब्लिक ऑफ द काँगो", "लोकतांत्रिक गणराज्य कांगो". A place
/// or a people must be among its words ("नवगठित गणराज्य", a newly formed republic, names
/// none). Not where the model reads capitals (English).
pub(super) fn republics(doc: &Doc, lang: Lang, marks: &Marks, spans: &mut Vec<Span>) {
    if settings::of(lang).script.cased() {
        return;
    }
    let c = cues::get(lang);
    let n = doc.len();
    let owner = owners(spans, n);
    let place = |i: usize| {
        marks.bits[i] & (cues::GPE | cues::LOC | cues::NORP) != 0
            || demonym(doc, lang, i)
            || cues::spelling(doc, lang, i, i + 1).is_some()
            || owner[i].is_some_and(|k| {
                matches!(
                    spans[k].kind,
                    Kind::L(Label::Gpe | Label::Loc | Label::Norp)
                )
            })
    };
    // A word that may stand in the name: a place or a people, or an adjective ("सेन्ट्रल").
    let part = |i: usize| {
        let k = doc.key(i);
        doc.tokens[i].kind == TokenKind::Word
            && marks.bits[i] & (cues::POSTPOSITION | cues::TITLE | cues::ORG_HEAD) == 0
            && cues::name_word(k) & (cues::CONNECTOR | cues::DETERMINER | cues::STATE) == 0
            && !c.plain.contains(k)
            && !c.agents.contains(k)
            && !cues::plural(k)
            && owner[i]
                .is_none_or(|o| !matches!(spans[o].kind, Kind::L(Label::Person | Label::Org)))
    };
    let mut found: Vec<(usize, usize)> = Vec::new();
    let mut h = 0;
    while h < n {
        if cues::name_word(doc.key(h)) & cues::STATE == 0 {
            h += 1;
            continue;
        }
        let mut a = h;
        while a > 0 && h - a < 3 && part(a - 1) && !doc.paragraph_before(a) {
            a -= 1;
        }
        let mut b = h + 1;
        // "रिपब्लिक ऑफ द काँगो"; "गणराज्य कांगो" after an adjective.
        let mut j = h + 1;
        // "ऑफ़" (joining, not a genitive); not "और", which joins two names.
        let of = |j: usize| {
            cues::name_word(doc.key(j)) & (cues::JOINING | cues::GENITIVE) == cues::JOINING
        };
        if j < n && of(j) {
            j += 1;
            if j < n && of(j) {
                j += 1;
            }
            if j < n && part(j) && place(j) && !doc.paragraph_before(j) {
                b = j + 1;
            }
        } else if j < n && place(j) && part(j) && a < h && !place(h - 1) && !doc.paragraph_before(j)
        {
            b = j + 1;
        }
        // The words before begin at a place or a people, or an adjective before one.
        while a < h && !place(a) && !(a + 1 < h && place(a + 1)) && !(b > h + 1) {
            a += 1;
        }
        let anchored = (a..b).any(|i| i != h && place(i));
        // A span reaching out of the name keeps its words.
        let crosses = (a..b).any(|i| owner[i].is_some_and(|k| spans[k].a < a || spans[k].b > b));
        if anchored && !crosses && b - a >= 2 {
            found.push((a, b));
        }
        h = b.max(h + 1);
    }
    for (a, b) in found {
        for k in owner[a..b].iter().flatten().copied() {
            spans[k].b = spans[k].a;
        }
        spans.push(Span {
            a,
            b,
            kind: Kind::L(Label::Gpe),
        });
    }
    spans.retain(|s| s.a < s.b);
}
