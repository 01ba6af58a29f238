//! Names no list and no model knows, found by what stands next to them: the agent marker, a company word, a place's head word, a title, a speech verb.

use super::*;

/// A word that no list reads and no rule has taken, of `min_chars` letters or more: not a
/// common word, an English word, an agent marker, a word with a role in names or a plural.
pub(super) fn bare_word(
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
pub(super) fn unknown_names<'a>(
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
                && (crate::names::latin::person_word(lang, doc.key(j))
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
        // A name the model read as a person before such a word is the place: "झालावाड़ जिले
        // में", "चांपा-जांजगीर जिले में" (no person's name stands right before "जिले"), unless
        // it is a listed given or family name ("अखिलेश यादव जिले के दौरे पर"). Of a longer
        // span, the last word (or hyphenated pair) is the place: "[वसुंधरा राजे] [बारां] जिले".
        let personal = |j: usize| {
            let k = doc.key(j);
            c.given.contains(k)
                || c.family.contains(k)
                || marks.bits[j] & (cues::TITLE | cues::POSTPOSITION | cues::ORG | cues::NORP) != 0
        };
        let mut split = Vec::new();
        for s in spans.iter_mut() {
            if s.kind != Kind::L(Label::Person)
                || s.b >= doc.len()
                || cues::name_word(doc.key(s.b)) & cues::SETTLEMENT == 0
                || doc.paragraph_before(s.b)
            {
                continue;
            }
            let mut a = s.b - 1;
            while a >= s.a + 2 && doc.key(a - 1) == "-" {
                a -= 2;
            }
            if (a..s.b).any(personal) {
                continue;
            }
            if a == s.a {
                s.kind = Kind::L(Label::Gpe);
            } else {
                split.push(Span {
                    a,
                    b: s.b,
                    kind: Kind::L(Label::Gpe),
                });
                s.b = a;
            }
        }
        spans.extend(split);
        for i in 1..doc.len() {
            // The word right before the head may be one the model knows: "गहलोत बारां जिले में".
            if cues::name_word(doc.key(i)) & cues::SETTLEMENT == 0
                || !(unlisted(i - 1) && !taken[i - 1] && !title_letters(i - 1))
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
    // The model may know a name's words: "द सैटरडेज़ नामक बैंड".
    let open = |taken: &[bool], j: usize| unlisted(j) && !taken[j] && !title_letters(j);
    named(doc, marks, spans, &mut taken, &open);
    // "जस्टिन गैटलिन 9.79 सेकेंड के साथ": a word of people's names with a known Latin spelling
    // (`person-latin.tsv`: जस्टिन, Justin), then an unknown word, are a person. Not when that
    // word is a verb form or ends the sentence, a verb's place: "मंदिर में दीपक जलाए" (lit
    // lamps), "आसमान में बादल गरजे" (clouds thundered).
    let verb = |i: usize| {
        cues::inflected(doc.key(i))
            || i + 1 < doc.len() && {
                let mut next = doc.key(i + 1).chars();
                next.next().is_some_and(crate::text::script::ends_sentence) && next.next().is_none()
            }
    };
    for i in 1..doc.len() {
        let k = doc.key(i - 1);
        if !covered[i - 1]
            && !taken[i - 1]
            && marks.bits[i - 1] == 0
            && (crate::names::latin::person_word(lang, k) || c.abroad.contains(k))
            && !c.common.contains(k)
            && !c.loanwords.contains(k)
            && cues::name_word(k) & (cues::CONNECTOR | cues::JOINING) == 0
            && free(&taken, i)
            && !doc.key(i).chars().any(|ch| ch.is_ascii_digit())
            && !doc.paragraph_before(i)
            && !verb(i)
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
/// - a given name alone before the agent marker or a list's separator is a person:
///   "प्रियंका ने", "रोहित और धवन", but not after a determiner or a number ("एक सुनील").
/// Words a list of common words, English words, places or titles holds are none of these.
pub(super) fn people(
    doc: &Doc,
    lang: Lang,
    marks: &Marks,
    spans: &mut Vec<Span>,
    covered: &mut [bool],
) {
    let c = cues::get(lang);
    if c.given.is_empty() {
        return;
    }
    let n = doc.len();
    // What the rules below ask of a token, asked once per token (each is asked several
    // times, and every answer is a lookup or more).
    let words: Vec<bool> = (0..n)
        .map(|i| {
            doc.tokens[i].kind == TokenKind::Word
                && marks.bits[i] == 0
                && !c.common.contains(doc.key(i))
                && !c.loanwords.contains(doc.key(i))
                && cues::name_word(doc.key(i)) & (cues::CONNECTOR | cues::JOINING) == 0
                && !dated(doc, lang, marks, i)
        })
        .collect();
    let word = |i: usize| words[i];
    let given = |i: usize| word(i) && c.given.contains(doc.key(i));
    let listed = |i: usize| person_listed(c, lang, doc.key(i));
    // A word of people's names from abroad, or with a known Latin spelling, or no list holds
    // that sounds like a Latin name ("स्पियर्स", Spears): one of a full name, never a name
    // alone ("केटी पेरी", "नाओमी कैंपबैल").
    let abroads: Vec<bool> = (0..n)
        .map(|i| {
            word(i)
                && (c.abroad.contains(doc.key(i))
                    || crate::names::latin::person_word(lang, doc.key(i))
                    || name_sound::sounds_like_name(lang, doc.key(i)))
        })
        .collect();
    let abroad = |i: usize| abroads[i];
    let name_part = |i: usize| {
        word(i) && (c.given.contains(doc.key(i)) || c.family.contains(doc.key(i))) || abroad(i)
    };
    // After a first word a list holds or of three sounds or more, an English word that is
    // also a name is the name: "ऐशले कोल" (Cole, coal), "दीप्ती नवल" (Naval, naval). Not
    // after a short word that only sounds like a name: "सोक पिट" (soak pit, not Pitt).
    let english_name_part = |i: usize| {
        doc.tokens[i].kind == TokenKind::Word
            && marks.bits[i] == 0
            && c.loanwords.contains(doc.key(i))
            && !c.common.contains(doc.key(i))
            && (crate::names::latin::person_word(lang, doc.key(i))
                || name_sound::sounds_like_name(lang, doc.key(i)))
    };
    let particle = |i: usize| particle(doc, i);
    // A word that may stand beside a particle: a word of names, or one no list knows.
    let beside = |i: usize| {
        doc.tokens[i].kind == TokenKind::Word
            && marks.bits[i] == 0
            && !c.common.contains(doc.key(i))
            && cues::name_word(doc.key(i)) == 0
    };
    // From `p`, one or two particles and the word beyond them ("दा सिल्वा", "वान डेर सार"): the
    // index after that word.
    let past_particles = |covered: &[bool], p: usize| {
        let mut e = p;
        while e < n && e - p < 2 && !covered[e] && particle(e) && !doc.paragraph_before(e) {
            e += 1;
        }
        (e > p && e < n && !covered[e] && beside(e) && !doc.paragraph_before(e)).then_some(e + 1)
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
        // A name does not end in an initial: "[आर. के.] लक्ष्मण".
        if s.b >= s.a + 2
            && s.b < n
            && initial(doc, marks, s.b - 2)
            && !covered[s.b]
            && doc.tokens[s.b].kind == TokenKind::Word
            && marks.bits[s.b] & (cues::POSTPOSITION | cues::TITLE) == 0
            && !c.plain.contains(doc.key(s.b))
            && !doc.paragraph_before(s.b)
        {
            covered[s.b] = true;
            s.b += 1;
        }
        // "[लूला] दा सिल्वा", "लियोनार्डो दा [विंची]": a particle and the word beyond it.
        // "[लुइज इनासियो] लूला दा सिल्वा": also after one more word that may be a name's.
        if let Some(e) = past_particles(covered, s.b).or_else(|| {
            (s.b + 1 < n
                && s.b - s.a < 3
                && !covered[s.b]
                && beside(s.b)
                && !doc.paragraph_before(s.b))
            .then(|| past_particles(covered, s.b + 1))
            .flatten()
        }) {
            covered[s.b..e].iter_mut().for_each(|c| *c = true);
            s.b = e;
        }
        // Leftwards over initials: "के. [आसिफ़]", "एम. [एस. धोनी]".
        while s.a >= 2
            && !covered[s.a - 1]
            && !covered[s.a - 2]
            && initial(doc, marks, s.a - 2)
            && !doc.paragraph_before(s.a - 1)
        {
            covered[s.a - 2] = true;
            covered[s.a - 1] = true;
            s.a -= 2;
        }
        // Leftwards over one or two particles, and the word before them if it may be a name's:
        // "वान [डेर बेलेन]".
        let mut a = s.a;
        while a > 0 && s.a - a < 2 && !covered[a - 1] && particle(a - 1) && !doc.paragraph_before(a)
        {
            a -= 1;
        }
        if a < s.a && a > 0 && !covered[a - 1] && beside(a - 1) && !doc.paragraph_before(a) {
            a -= 1;
        }
        covered[a..s.a].iter_mut().for_each(|c| *c = true);
        s.a = a;
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
        // Or with initials in letter names before a listed name: "एनडी तिवारी" (N. D. Tiwari).
        let initials = doc.tokens[i].kind == TokenKind::Word
            && marks.bits[i] == 0
            && crate::names::acronym::decode(doc.key(i)).is_some_and(|l| l.len() <= 3)
            && i + 1 < n
            && !covered[i + 1]
            && word(i + 1)
            && (c.given.contains(doc.key(i + 1)) || c.family.contains(doc.key(i + 1)));
        // Initials with dots before a listed name: "के. आसिफ़", "आर. के. लक्ष्मण".
        if !covered[i] && initial(doc, marks, i) && marks.bits[i] & !cues::POSTPOSITION == 0 {
            let mut j = i;
            while j + 1 < n && j - i < 6 && !covered[j] && !covered[j + 1] && initial(doc, marks, j)
            {
                j += 2;
            }
            if j < n && !covered[j] && !doc.paragraph_before(j) && name_part(j) {
                let mut b = j + 1;
                if b < n && !covered[b] && name_part(b) && !doc.paragraph_before(b) {
                    b += 1;
                }
                spans.push(Span {
                    a: i,
                    b,
                    kind: Kind::L(Label::Person),
                });
                covered[i..b].iter_mut().for_each(|c| *c = true);
                i = b;
                continue;
            }
        }
        let starter = given(i) || abroad(i) || initials;
        if covered[i] || !starter {
            i += 1;
            continue;
        }
        let mut b = i + 1;
        let known_start =
            listed(i) || name_sound::devanagari(doc.key(i)).is_some_and(|k| k.chars().count() >= 3);
        while b < n
            && b - i < 3
            && !covered[b]
            && (name_part(b) || known_start && english_name_part(b))
            && !doc.paragraph_before(b)
        {
            b += 1;
        }
        // "लियोनार्डो दा विंची", "एडविन वान डेर सार": over a particle to the next word.
        if let Some(e) = (b > i && b - i < 3)
            .then(|| past_particles(covered, b))
            .flatten()
        {
            b = e;
            while b < n && b - i < 5 && !covered[b] && name_part(b) && !doc.paragraph_before(b) {
                b += 1;
            }
        }
        // A given name alone needs the agent marker or a list after it: "प्रियंका ने",
        // "रोहित और धवन". Before another postposition many are words too: "सूरज की रोशनी"
        // (the sun), "विवेक पर" (reason), "आलोक में" (light); on IL-NER dev, with lists made
        // without it (`--holdout`), postpositions added 7 wrong people and no right one.
        let alone_ok = |b: usize| {
            b < n
                && (c.agents.contains(doc.key(b)) || cues::name_word(doc.key(b)) & cues::LIST != 0)
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
        if (b - i >= 2 && !heard || (given(i) && alone_ok(b) && doc.key(i).chars().count() >= 3))
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

/// A name read in two is one: "[محمد علی] [جناح] نے", "[लुइज़ इनासियो] [लूला दा सिल्वा]":
/// a name the model stopped short of and a rule finished ("[مرزا اسداللہ] [خاں غالب]"). Not
/// when the first part is a name the document gives alone elsewhere and the second a full
/// name too: "[देवानंद] [ग्रेगरी पेक] के अंदाज़ में" (in Gregory Peck's manner) beside
/// "देवानंद" alone; a second part of one word, with a particle ("दा", "वान") or after
/// initials always joins. Up to four words, or six with a particle; [`split_people`] parts them
/// again where the document names each alone.
pub(super) fn join_people(doc: &Doc, marks: &Marks, spans: &mut Vec<Span>) {
    spans.sort_by_key(|s| s.a);
    // How often the document names a person in these words (as written).
    let text = |s: &Span| &doc.text[doc.tokens[s.a].start..doc.tokens[s.b - 1].end];
    let mut named: crate::hash::FxMap<&str, usize> = crate::hash::FxMap::default();
    for s in spans
        .iter()
        .filter(|s| s.kind == Kind::L(Label::Person) && s.a < s.b)
    {
        *named.entry(text(s)).or_default() += 1;
    }
    let alone = |s: Span| named.get(text(&s)).copied() > Some(1);
    for k in 1..spans.len() {
        let (p, q) = (spans[k - 1], spans[k]);
        let particle_inside = (q.a..q.b).any(|i| particle(doc, i));
        // "[आर. के.] [लक्ष्मण]": initials end no name.
        let initials_before = p.b >= p.a + 2 && initial(doc, marks, p.b - 2);
        if p.kind == Kind::L(Label::Person)
            && q.kind == Kind::L(Label::Person)
            && p.b == q.a
            && p.a < p.b
            && q.a < q.b
            && !doc.paragraph_before(q.a)
            && (q.b - q.a == 1 || particle_inside || initials_before || !alone(p))
            && (p.a..q.b)
                .filter(|&i| doc.tokens[i].kind == TokenKind::Word)
                .count()
                <= if particle_inside { 6 } else { 4 }
        {
            spans[k].a = p.a;
            spans[k - 1].b = p.a;
        }
    }
    spans.retain(|s| s.a < s.b);
}

/// After a title, one to three words that no list knows and the training data does not
/// nearly always leave outside person names, then a postposition or a comma, are a person: "प्रवक्ता जे कार्ने ने कहा",
/// "राजदूत संधू ने". Not "राष्ट्रपति भवन में" (भवन is a common word), not "मंत्री ने", and
/// not after an occupation ("विदेशी खिलाड़ी खिलाने का").
pub(super) fn after_titles(
    doc: &Doc,
    lang: Lang,
    marks: &Marks,
    spans: &mut Vec<Span>,
    covered: &mut [bool],
) {
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
                && !common.contains(doc.key(b))
                && !dated(doc, lang, marks, b);
            let initial_dot = doc.key(b) == "." && doc.glued(b) && b > a;
            if !(name_word || initial_dot) {
                break;
            }
            words += name_word as usize;
            b += 1;
        }
        let ends = b < n && (is_post(marks, b) || doc.key(b) == "," || dated(doc, lang, marks, b));
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
pub(super) fn common<'d>(
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

/// A name given with a naming word and a kind noun takes the kind's label: "'थिया' नाम के
/// ग्रह" (a planet: LOC), "'कॉपीकिताब डॉटकॉम' नाम की एक
/// वेबसाइट" (ORG), "द सैटरडेज़ नामक लड़कियों के बैंड" (ORG). The name is the quoted words right
/// before the naming word (one to four), or one to three words no list holds (with a joining
/// particle before them, "द"); the kind noun stands within three words after it (a noun
/// naming word such as "नाम" first takes a genitive: not "'गांधी' नाम पर एक शहर", named after).
/// Roles in `ner-name-words.tsv`: `naming`, `naming-noun`, `genitive`, `kind-*`.
fn named(
    doc: &Doc,
    marks: &Marks,
    spans: &mut Vec<Span>,
    taken: &mut [bool],
    free: &dyn Fn(&[bool], usize) -> bool,
) {
    let n = doc.len();
    let quote = |i: usize| {
        matches!(
            doc.surface(i),
            "'" | "‘" | "’" | "\"" | "“" | "”" | "''" | "'''"
        )
    };
    let word = |i: usize| doc.tokens[i].kind == TokenKind::Word;
    for i in 1..n {
        let role = cues::name_word(doc.key(i));
        // A quoted name right before a kind noun other than a person's names it too: "'ड्रॉपबॉक्स'
        // कंपनी के दफ़्तर में".
        let direct = quote(i - 1)
            && word(i)
            && cues::kind_noun(doc.key(i)).is_some_and(|l| l != Label::Person);
        if role & (cues::NAMING | cues::NAMING_NOUN) == 0 && !direct || doc.paragraph_before(i) {
            continue;
        }
        let label = if direct {
            cues::kind_noun(doc.key(i))
        } else {
            let mut k = i + 1;
            if role & cues::NAMING == 0 {
                if k >= n || cues::name_word(doc.key(k)) & cues::GENITIVE == 0 {
                    continue;
                }
                k += 1;
            }
            (k..(k + 3).min(n))
                .take_while(|&j| word(j) && !doc.paragraph_before(j))
                .find_map(|j| cues::kind_noun(doc.key(j)))
        };
        let Some(label) = label else {
            continue;
        };
        let (a, b) = if quote(i - 1) {
            let Some(open) = (i.saturating_sub(6)..i.saturating_sub(2))
                .rev()
                .find(|&j| quote(j))
            else {
                continue;
            };
            if (open + 1..i - 1).any(|j| !word(j) && doc.key(j) != "-" || doc.paragraph_before(j)) {
                continue;
            }
            (open + 1, i - 1)
        } else {
            let mut a = i;
            while a > 0 && i - a < 3 && free(taken, a - 1) && !doc.paragraph_before(a) {
                a -= 1;
            }
            // Not after a determiner, as for a given name alone ("एक सुनील नाम का लड़का").
            if a == i
                || a > 0
                    && (cues::name_word(doc.key(a - 1)) & cues::DETERMINER != 0
                        || doc.tokens[a - 1].kind == TokenKind::Number)
            {
                continue;
            }
            if a > 0
                && cues::name_word(doc.key(a - 1)) & (cues::JOINING | cues::GENITIVE)
                    == cues::JOINING
                && word(a - 1)
                && !doc.paragraph_before(a)
                && !(a >= 2 && word(a - 2) && free(taken, a - 2))
            {
                a -= 1;
            }
            (a, i)
        };
        // The model's or a list's reading inside the quoted name gives way; one reaching
        // out of it keeps the words.
        if spans
            .iter()
            .any(|s| s.a < b && s.b > a && (s.a < a || s.b > b))
        {
            continue;
        }
        if (a..b).any(|j| taken[j] || marks.bits[j] & cues::POSTPOSITION != 0 && !quote(i - 1)) {
            continue;
        }
        for s in spans.iter_mut().filter(|s| s.a >= a && s.b <= b) {
            s.b = s.a;
        }
        taken[a..b].iter_mut().for_each(|t| *t = true);
        spans.push(Span {
            a,
            b,
            kind: Kind::L(label),
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_person_before_the_word_for_a_district_is_the_district() {
        // Tokens: कोरबा 0 और 1 चांपा 2 - 3 जांजगीर 4 जिले 5 में 6 सुनीता 7 जिले 8 में 9
        let doc = Doc::new("कोरबा और चांपा-जांजगीर जिले में सुनीता जिले में");
        let marks = Marks::new(&doc, Lang::Hi);
        let person = |a: usize, b: usize| Span {
            a,
            b,
            kind: Kind::L(Label::Person),
        };
        let mut spans = vec![person(2, 5), person(7, 8)];
        let mut covered = coverage(&doc, &spans);
        unknown_names(&doc, Lang::Hi, &marks, &|_| true, &mut spans, &mut covered);
        assert_eq!(spans[0].kind, Kind::L(Label::Gpe));
        // A listed given name stays a person.
        assert_eq!(spans[1].kind, Kind::L(Label::Person));
    }
}

/// A Persian or Arabic name written with hyphens around an izafat word (`izafat` in
/// `ner-name-words.tsv`: ए, उल, उद) is one name, even where no list and no model knows it:
/// "हरकत-उल-अंसार", "जमात-उद-दावा", "अंजुमन-ए-इस्लाम". It is an organisation when its first
/// word begins organisations' names (`izafat-org`: हरकत, जमात, अंजुमन), else it takes the label
/// of the one kind of name read inside it ("लश्कर-ए-[झांगवी]" is read whole); names inside it
/// give way, and a name that holds more stays as it is.
pub(super) fn izafat(doc: &Doc, spans: &mut Vec<Span>) {
    let n = doc.len();
    let word = |i: usize| i < n && doc.tokens[i].kind == TokenKind::Word;
    // "-", the izafat word, "-", a word, all written together.
    let link = |i: usize| {
        i + 3 < n
            && matches!(doc.key(i), "-" | "‐")
            && cues::name_word(doc.key(i + 1)) & cues::IZAFAT != 0
            && matches!(doc.key(i + 2), "-" | "‐")
            && word(i + 3)
            && (i..i + 4).all(|j| doc.glued(j))
    };
    let mut owner = owners(spans, n);
    let mut i = 0;
    while i < n {
        if !word(i) || !link(i + 1) {
            i += 1;
            continue;
        }
        let (a, mut b) = (i, i + 5);
        while link(b) {
            b += 4;
        }
        let mut inside: Vec<usize> = owner[a..b].iter().flatten().copied().collect();
        inside.dedup();
        let holds_all = inside.iter().any(|&k| spans[k].a <= a && spans[k].b >= b);
        let crosses = inside
            .iter()
            .any(|&k| (spans[k].a < a || spans[k].b > b) && !holds_all);
        let org = cues::name_word(doc.key(a)) & cues::IZAFAT_ORG != 0;
        let mut kinds: Vec<Kind> = inside.iter().map(|&k| spans[k].kind).collect();
        kinds.dedup();
        let kind = if org {
            Some(Kind::L(Label::Org))
        } else if kinds.len() == 1 && matches!(kinds[0], Kind::L(_)) {
            Some(kinds[0])
        } else {
            None
        };
        // The model's own span of it, read as another kind: "[इत्तेहाद-उल-मुस्लिमीन] के नेता".
        let same = inside.len() == 1 && spans[inside[0]].a == a && spans[inside[0]].b == b;
        if same && org {
            spans[inside[0]].kind = Kind::L(Label::Org);
        } else if let (false, false, Some(kind)) = (holds_all, crosses, kind) {
            for &k in &inside {
                spans[k].b = spans[k].a;
            }
            owner[a..b].iter_mut().for_each(|o| *o = Some(spans.len()));
            spans.push(Span { a, b, kind });
        }
        i = b;
    }
    spans.retain(|s| s.a < s.b);
}

/// Chinese names after a title, in a document that names China (the `*context` words of
/// `pinyin.tsv`): "صدر شی جن پنگ", "وزیر اعظم لی چیانگ", "प्रधानमंत्री ली कियांग". Two or three
/// words that each split into the language's Pinyin syllables, ending before a postposition,
/// a list's separator or a mark, are a person's name, and replace what the model read inside
/// them ("چیانگ" as a place). No list holds most such names, and the model knows few.
pub(super) fn chinese_names(doc: &Doc, lang: Lang, marks: &Marks, spans: &mut Vec<Span>) {
    use crate::names::pinyin;
    let china = pinyin::applies(
        lang,
        spans
            .iter()
            .filter(|s| matches!(s.kind, Kind::L(Label::Gpe | Label::Norp)))
            .flat_map(|s| (s.a..s.b).map(|i| doc.key(i))),
    );
    if !china {
        return;
    }
    let n = doc.len();
    let syllabic = |i: usize| {
        doc.tokens[i].kind == TokenKind::Word
            && marks.bits[i] & (cues::POSTPOSITION | cues::TITLE) == 0
            && cues::name_word(doc.key(i)) & cues::LIST == 0
            && pinyin::latin(lang, &[doc.key(i)]).is_some()
    };
    let mut t = 0;
    while t < n {
        if marks.bits[t] & cues::TITLE == 0 {
            t += 1;
            continue;
        }
        let a = t + 1;
        let mut b = a;
        while b < n && b - a < 3 && syllabic(b) {
            b += 1;
        }
        let ends = b == n
            || doc.tokens[b].kind != TokenKind::Word
            || marks.bits[b] & cues::POSTPOSITION != 0
            || cues::name_word(doc.key(b)) & cues::LIST != 0;
        // A name the spans already hold whole, or one inside a longer span, is left as it is.
        let held = spans.iter().any(|s| s.a == a && s.b == b);
        if b - a >= 2 && ends && !held && !crosses(spans, a, b) {
            replace_inside(spans, a, b, Kind::L(Label::Person));
        }
        t = b.max(t + 1);
    }
}
