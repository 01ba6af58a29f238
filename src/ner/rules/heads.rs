//! Names built around a head word: organisations, events, facilities, and the misc spans the model leaves.

use super::*;

/// A nationality or place, up to two words and an organisation head word are one
/// organisation: "रूसी विदेश मंत्रालय", "Russian Foreign Ministry", "दिल्ली पुलिस". Before an
/// event's head word, they or an organisation are one event: "जी20 शिखर सम्मेलन", "चीनी
/// गृहयुद्ध"; so is an organisation the model read ending in one.
pub(super) fn join_organisations(doc: &Doc, lang: Lang, marks: &Marks, spans: &mut Vec<Span>) {
    let plain = &cues::get(lang).plain;
    spans.sort_by_key(|s| s.a);
    // Joined spans replace the first part in place; the parts they swallow are emptied.
    for k in 0..spans.len() {
        let s = spans[k];
        if s.a >= s.b
            || !matches!(
                s.kind,
                Kind::L(Label::Norp | Label::Gpe | Label::Org) | Kind::Misc
            )
        {
            continue;
        }
        let mut j = s.b;
        let mut head = None;
        let mut event = false;
        while j < doc.len() && j < s.b + 3 {
            if doc.tokens[j].kind != TokenKind::Word
                || is_post(marks, j)
                || marks.bits[j] & cues::TITLE != 0
                || lowercase_inside(doc, j)
                || is_connector(doc.key(j))
                || doc.paragraph_before(j)
                // A word the training data leaves outside every name is no part of one: "यदि
                // भारत इससे अधिक बैंक शेयर खरीदता है" (if India buys more bank shares).
                || (marks.bits[j] == 0
                    && plain.contains(doc.key(j))
                    // "जी20 जलवायु शिखर सम्मेलन": but a topic before an event's head is.
                    && !(j + 1 < doc.len() && marks.bits[j + 1] & cues::EVENT_HEAD != 0))
            {
                break;
            }
            if marks.bits[j] & cues::ORG_HEAD != 0 {
                head = Some(j + 1);
                event = false;
            } else if marks.bits[j] & cues::EVENT_HEAD != 0 {
                head = Some(j + 1);
                event = true;
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
        if s.kind == Kind::L(Label::Org) && !event {
            continue;
        }
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
                kind: Kind::L(if event { Label::Event } else { Label::Org }),
            };
        }
    }
    for s in spans.iter_mut() {
        if s.kind == Kind::L(Label::Org)
            && s.b - s.a >= 2
            && marks.bits[s.b - 1] & cues::EVENT_HEAD != 0
            && marks.bits[s.b - 1] & cues::ORG == 0
        {
            s.kind = Kind::L(Label::Event);
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
/// "125वें ओलंपिक खेलों", "पेरिस ओलंपिक 2024". The event is a word of `ner-name-words.tsv` with the role "event"
/// (कप, चैंपियनशिप, लीग) or an event the lists or the model know; not one followed by an
/// organisation's head word ("भारतीय ओलंपिक समिति" is the committee).
pub(super) fn events(doc: &Doc, lang: Lang, marks: &Marks, spans: &mut Vec<Span>) {
    if !settings::of(lang).has(Rule::Events) {
        return;
    }
    let n = doc.len();
    let mut owner = owners(spans, n);
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
                || marks.bits[j] & (cues::EVENT | cues::EVENT_HEAD) != 0);
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
        // "शिखर सम्मेलन": the rest of a head word of several words.
        while b < n
            && !doc.paragraph_before(b)
            && owner[b].is_none()
            && marks.bits[b] & cues::EVENT_HEAD != 0
            && marks.bits[b - 1] & cues::EVENT_HEAD != 0
            && !marks.begins[b]
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
        // "पेरिस ओलंपिक 2024": a year after a tournament's name is part of it; not after a
        // war's or a summit's ("प्रथम विश्व युद्ध 1914 में शुरू हुआ": it began in 1914).
        if b < n
            && cues::name_word(doc.key(b - 1)) & cues::EVENT_WORD != 0
            && !doc.paragraph_before(b)
            && owner[b].is_none()
            && doc.tokens[b].kind == TokenKind::Number
            && year(b)
        {
            b += 1;
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
            // "कॉप28 जलवायु शिखर सम्मेलन": one plain word may stand between the name and a
            // head word, when a name stands before it.
            let mut topic = None;
            while k > 0 && a - k < 3 && !doc.paragraph_before(k) {
                let t = k - 1;
                let key = doc.key(t);
                // The name is a code with its number ("कॉप28") or a body the model read.
                let code = |i: usize| {
                    i < n
                        && (doc.key(i).bytes().any(|b| b.is_ascii_digit())
                            && doc.tokens[i].kind == TokenKind::Word
                            || owner[i].is_some_and(|o| spans[o].kind == Kind::L(Label::Org)))
                };
                if k == a
                    && topic.is_none()
                    && t > 0
                    && code(t - 1)
                    && marks.bits[a] & cues::EVENT_HEAD != 0
                    && owner[t].is_none()
                    && marks.bits[t] == 0
                    && doc.tokens[t].kind == TokenKind::Word
                    && c.plain.contains(key)
                    && cues::name_word(key) == 0
                {
                    topic = Some(t);
                    k -= 1;
                    continue;
                }
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
            if strong && topic.is_none_or(|t| k < t) {
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
pub(super) fn organisations_by_head(doc: &Doc, lang: Lang, marks: &Marks, spans: &mut Vec<Span>) {
    if !settings::of(lang).has(Rule::OrganisationsByHead) {
        return;
    }
    let c = cues::get(lang);
    let n = doc.len();
    let owner = owners(spans, n);
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

pub(super) fn facilities(doc: &Doc, lang: Lang, marks: &Marks, spans: &mut [Span]) {
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
pub(super) fn misc(
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
    let cue = cues::exact(doc, lang, s.a, s.b);
    if let Some(l) = cue.and_then(|c| cues::label_of(c.bits, &[Label::Norp, Label::Event])) {
        return Some(Span {
            kind: Kind::L(l),
            ..s
        });
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

/// Names that put their head first:
/// - Organisations with the izafat unwritten, as Urdu names ministries and departments:
///   "وزارت خارجہ" (the Foreign Ministry), "محکمہ موسمیات پاکستان". A `head-first` word and the
///   one or two words after it are an organisation when a postposition or a list's separator
///   follows them ("وزارت خارجہ کے ترجمان"); before the end of a clause the words may be a verb
///   ("وزارت سنبھالی"), and after the head an `office` word makes an office, not an
///   organisation ("وزارت عظمیٰ", the premiership).
/// - Operations and storms (`event-first`): "ऑपरेशन ब्लू स्टार में", "चक्रवात मिचौंग से",
///   "آپریشن ضرب عضب کے". The same, and punctuation, a plain word or a verb form also close
///   the name after a word no common one ("ऑपरेशन प्रोटेक्टिव एज शुरू किया", not "तूफ़ान थम
///   गया।"); the words after the head are no plain word or verb form ("ऑपरेशन किया गया",
///   "तूफ़ान आने के बाद"), and an `office` word makes a thing ("ऑपरेशन थिएटर").
///
/// Spans inside are replaced; one that crosses the name's edge keeps it from being made.
pub(super) fn names_head_first(doc: &Doc, lang: Lang, marks: &Marks, spans: &mut Vec<Span>) {
    let n = doc.len();
    let plain = &cues::get(lang).plain;
    let role = |i: usize| cues::name_word(doc.key(i));
    let c = cues::get(lang);
    let boundary = |i: usize, event: bool| {
        let strong =
            i < n && (marks.bits[i] & cues::POSTPOSITION != 0 || role(i) & cues::LIST != 0);
        // After a common word, these may close a clause of verbs: "तूफ़ान थम गया।".
        let weak = event
            && (i == n
                || doc.tokens[i].kind == TokenKind::Punct
                || plain.contains(doc.key(i))
                || cues::inflected(doc.key(i)))
            && !(c.common.contains(doc.key(i - 1)) && !c.loanwords.contains(doc.key(i - 1)));
        strong || weak
    };
    let heads = cues::HEAD_FIRST | cues::EVENT_FIRST;
    let inner = |i: usize, event: bool| {
        i < n
            && doc.tokens[i].kind == TokenKind::Word
            && marks.bits[i] & (cues::POSTPOSITION | cues::TITLE) == 0
            && role(i) & (cues::LIST | cues::CONNECTOR | heads | cues::OFFICE) == 0
            && !doc.surface(i).chars().any(|c| c.is_ascii_digit())
            && !(event && (plain.contains(doc.key(i)) || cues::inflected(doc.key(i))))
    };
    let mut i = 0;
    while i < n {
        if role(i) & heads == 0 {
            i += 1;
            continue;
        }
        let event = role(i) & cues::EVENT_FIRST != 0;
        let a = i;
        let Some(b) = [a + 3, a + 2]
            .into_iter()
            .find(|&b| (a + 1..b).all(|j| inner(j, event)) && boundary(b, event))
        else {
            i += 1;
            continue;
        };
        // "समुद्री तूफ़ान हेयान": a word that stands before the head.
        let a = if event
            && a > 0
            && role(a - 1) & cues::EVENT_BEFORE != 0
            && !doc.paragraph_before(a)
        {
            a - 1
        } else {
            a
        };
        if !crosses(spans, a, b) {
            let label = if event { Label::Event } else { Label::Org };
            replace_inside(spans, a, b, Kind::L(label));
        }
        i = b;
    }
}
