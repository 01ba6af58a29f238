//! Word lists the tagger uses as features and the rules use as strong cues: gazetteers of
//! places, nationalities, organisations and events (`data/<lang>/gazetteer-*.tsv`), titles
//! (`ner-titles.tsv`), postpositions (`ner-postpositions.tsv`) and head words of
//! organisation, place and event names (`ner-heads.tsv`), merged into one lexicon so that each
//! token costs one lookup.

use crate::labels::Label;
use crate::lexicon;
use crate::text::{Doc, Lang};
use std::collections::HashMap;
use std::sync::OnceLock;

/// Bits of [`Cue::bits`].
pub const GPE: u16 = 1;
pub const LOC: u16 = 2;
pub const NORP: u16 = 4;
pub const ORG: u16 = 8;
pub const EVENT: u16 = 16;
pub const TITLE: u16 = 32;
pub const TITLE_AFTER: u16 = 64;
pub const POSTPOSITION: u16 = 128;
pub const ORG_HEAD: u16 = 256;
pub const EVENT_HEAD: u16 = 512;
pub const LOC_HEAD: u16 = 1024;

/// The label that list bits give, the first of `order` (the precedence a rule needs) whose
/// bit is set: `label_of(bits, &[Label::Event, Label::Org])` is EVENT for an entry that is
/// both an event and an organisation.
pub fn label_of(bits: u16, order: &[Label]) -> Option<Label> {
    order.iter().copied().find(|l| {
        let bit = match l {
            Label::Gpe => GPE,
            Label::Loc => LOC,
            Label::Norp => NORP,
            Label::Org => ORG,
            Label::Event => EVENT,
            _ => 0,
        };
        bits & bit != 0
    })
}
/// Number of distinct bits, for feature templates.
pub const N_BITS: usize = 11;

pub use crate::hash::FxMap;

#[derive(Debug, Clone, Default)]
pub struct Cue {
    pub bits: u16,
    /// English name from the gazetteer ("China" for चीन), when one is known.
    pub english: Option<&'static str>,
    pub wikidata: Option<&'static str>,
    /// The entry has capitals ("US", "Reuters"); in Latin text it matches only capitalised words.
    pub cased: bool,
    pub acronym: bool,
}

/// Phrases keyed by the folded key of their first word, longest first.
#[derive(Default)]
pub struct Lex {
    by_first: FxMap<String, Vec<(Vec<String>, Cue)>>,
}

impl Lex {
    fn insert(&mut self, phrase: &str, cue: Cue) {
        let doc = Doc::new(phrase);
        let keys: Vec<String> = (0..doc.len()).map(|i| doc.key(i).to_owned()).collect();
        if let Some((first, rest)) = keys.split_first() {
            let list = self.by_first.entry(first.clone()).or_default();
            list.push((rest.to_vec(), cue));
            list.sort_by_key(|e| std::cmp::Reverse(e.0.len()));
        }
    }

    fn list(&self, doc: &Doc, i: usize) -> &[(Vec<String>, Cue)] {
        self.by_first.get(doc.key(i)).map_or(&[], |v| v.as_slice())
    }

    /// The longest entry at token `i` whose capitals fit: (end token, exclusive; cue).
    pub fn longest(&self, doc: &Doc, i: usize) -> Option<(usize, &Cue)> {
        self.list(doc, i).iter().find_map(|(rest, cue)| {
            let end = follows(doc, i, rest)?;
            cased_ok(doc, i, end, cue).then_some((end, cue))
        })
    }

    /// The one-word entry whose folded key is `key`.
    pub fn word(&self, key: &str) -> Option<&Cue> {
        self.by_first
            .get(key)?
            .iter()
            .find(|(rest, _)| rest.is_empty())
            .map(|(_, c)| c)
    }

    /// The entry that spans exactly tokens `[a, b)`.
    pub fn exact(&self, doc: &Doc, a: usize, b: usize) -> Option<&Cue> {
        self.list(doc, a)
            .iter()
            .find(|(rest, cue)| {
                a + 1 + rest.len() == b
                    && follows(doc, a, rest).is_some()
                    && cased_ok(doc, a, b, cue)
            })
            .map(|(_, c)| c)
    }
}

/// Whether the words `rest` follow token `i`, within one paragraph; the end token if so.
fn follows(doc: &Doc, i: usize, rest: &[String]) -> Option<usize> {
    let end = i + 1 + rest.len();
    (end <= doc.len()
        && rest
            .iter()
            .enumerate()
            .all(|(k, w)| doc.key(i + 1 + k) == w && !doc.paragraph_before(i + 1 + k)))
    .then_some(end)
}

/// A name that is also a common word (`ner-homographs.tsv`): the lists alone never make it a
/// name, except before the words that make it one.
#[derive(Debug, Default)]
pub struct Homograph {
    /// Folded words that, right before it, make it the common word even where the model read a
    /// name ("की सूरत में", in the event of).
    pub before: Vec<String>,
    /// Folded words that, right after it, make it the name the lists hold ("ریاض میں", in
    /// Riyadh; "ترک صدر", the Turkish president).
    pub after: Vec<String>,
}

pub struct Cues {
    /// The entries the tagger reads as features, and training reads to label nationalities:
    /// all but `gazetteer-knowledge.tsv`, so that knowledge can grow without retraining.
    pub lex: Lex,
    /// Every entry, for the rules ([`Cues::rules_lex`]); None when it is `lex`.
    all: Option<Lex>,
    /// Wikidata names: folded native name → (English, Q-id).
    pub wikidata: FxMap<String, (&'static str, &'static str)>,
    /// Folded keys of names that are also common words (`ner-homographs.tsv`).
    pub homographs: crate::hash::FxMap<String, Homograph>,
    /// Folded keys of words the training data nearly always leaves outside person names
    /// (`ner-common.tsv`, generated; Hindi only).
    pub common: crate::hash::FxSet<String>,
    /// Of those, the ones it nearly always leaves outside every kind of name (column 2
    /// "plain"): अलावा.
    pub plain: crate::hash::FxSet<String>,
    /// Folded names of weekdays and months (`weekdays.tsv`, `months.tsv`): before a
    /// postposition other than the agent marker they are a date ("جمعہ کو", on Friday), no
    /// word of a name.
    pub calendar: crate::hash::FxSet<String>,
    /// Folded keys of the agent markers (`ner-postpositions.tsv`, column 2 "agent": ने).
    pub agents: crate::hash::FxSet<String>,
    /// Folded keys of titles that are occupations, as often plain nouns (`ner-titles.tsv`,
    /// column 3 "role").
    pub roles: crate::hash::FxSet<String>,
    /// Folded given and family names (`names-person.tsv`, generated; English only).
    pub names: crate::hash::FxSet<String>,
    /// Folded English common words as the language writes them (`ner-loanwords.tsv`,
    /// generated; Hindi only): "एयरलाइन" is no name.
    pub loanwords: crate::hash::FxSet<String>,
    /// Places and peoples as news spells them where the gazetteers do not
    /// (`place-spellings.tsv`; rules and linking only): the words' folded keys joined by
    /// spaces → (English name, GPE | LOC | NORP).
    pub spellings: FxMap<String, (&'static str, u16)>,
    /// Folded given and family names of people as the language writes them
    /// (`ner-person-names.tsv`, generated; Hindi only; rules only): अनुराग, कश्यप.
    pub given: crate::hash::FxSet<String>,
    pub family: crate::hash::FxSet<String>,
    /// Given and family names of people from abroad as the language writes them (same file,
    /// "abroad": केटी, Katie): a part of a full name, never a name alone.
    pub abroad: crate::hash::FxSet<String>,
    /// Words that follow a speaker's name as the agent marker does (`ner-person-cues.tsv`):
    /// "कहते हैं", "का कहना है".
    pub speech: lexicon::Lexicon<()>,
}

/// `data/<lang>/gazetteer-knowledge.tsv` (rules only, not a feature of the tagger).
fn knowledge_file(lang: Lang) -> &'static str {
    lexicon::file(lang, "gazetteer-knowledge")
}

const FILES: &[(&str, u16)] = &[
    ("gazetteer-gpe", GPE),
    ("gazetteer-loc", LOC),
    ("gazetteer-norp", NORP),
    ("gazetteer-org", ORG),
    ("gazetteer-event", EVENT),
    ("ner-titles", TITLE),
    ("ner-postpositions", POSTPOSITION),
    ("ner-heads", 0),
];

pub fn get(lang: Lang) -> &'static Cues {
    static CUES: crate::lexicon::PerLang<Cues> = crate::lexicon::PerLang::new();
    CUES.get(lang, || build(lang))
}

impl Cues {
    /// The lexicon the rules read: the tagger's entries and `gazetteer-knowledge.tsv`.
    pub fn rules_lex(&self) -> &Lex {
        self.all.as_ref().unwrap_or(&self.lex)
    }
}

fn build(lang: Lang) -> Cues {
    // Merge entries that several files share ("रूसी" is a language and a nationality).
    let mut merged: Vec<(&'static str, Cue)> = Vec::new();
    let mut index: HashMap<String, usize> = HashMap::new();
    for &(name, bit) in FILES {
        for row in lexicon::rows(lexicon::file(lang, name)) {
            let bit = match (name, row.get(1).copied()) {
                ("ner-titles", Some("after")) => TITLE_AFTER,
                ("ner-heads", Some("org")) => ORG_HEAD,
                ("ner-heads", Some("event")) => EVENT_HEAD,
                ("ner-heads", Some("loc")) => LOC_HEAD,
                ("ner-heads", _) => continue,
                _ => bit,
            };
            let phrase = row[0];
            let key = crate::text::fold(phrase);
            let i = *index.entry(key).or_insert_with(|| {
                merged.push((phrase, Cue::default()));
                merged.len() - 1
            });
            let cue = &mut merged[i].1;
            cue.bits |= bit;
            if name.starts_with("gazetteer") {
                if cue.english.is_none() {
                    cue.english = row.get(1).copied();
                }
                if cue.wikidata.is_none() {
                    cue.wikidata = row.get(2).copied().filter(|q| q.starts_with('Q'));
                }
            }
            let letters: Vec<char> = phrase.chars().filter(|c| c.is_alphabetic()).collect();
            cue.cased = letters.iter().any(|c| c.is_uppercase());
            cue.acronym = letters.len() >= 2 && letters.iter().all(|c| c.is_uppercase());
        }
    }
    let mut lex = Lex::default();
    for (phrase, cue) in &merged {
        lex.insert(phrase, cue.clone());
    }
    // Knowledge the rules read and the tagger does not (`gazetteer-knowledge.tsv`): name,
    // kind, English name, Wikidata id.
    let mut knowledge = false;
    for row in lexicon::rows(knowledge_file(lang)) {
        let bits = match row.get(1) {
            Some(&"GPE") => GPE,
            Some(&"LOC") => LOC,
            Some(&"NORP") => NORP,
            Some(&"ORG") => ORG,
            Some(&"EVENT") => EVENT,
            _ => continue,
        };
        let key = crate::text::fold(row[0]);
        knowledge = true;
        if let Some(&i) = index.get(&key) {
            merged[i].1.bits |= bits;
            continue;
        }
        let letters: Vec<char> = row[0].chars().filter(|c| c.is_alphabetic()).collect();
        let cue = Cue {
            bits,
            english: row.get(2).copied(),
            wikidata: row.get(3).copied().filter(|q| q.starts_with('Q')),
            cased: letters.iter().any(|c| c.is_uppercase()),
            acronym: letters.len() >= 2 && letters.iter().all(|c| c.is_uppercase()),
        };
        index.insert(key, merged.len());
        merged.push((row[0], cue));
    }
    let all = knowledge.then(|| {
        let mut all = Lex::default();
        for (phrase, cue) in merged {
            all.insert(phrase, cue);
        }
        all
    });
    let mut wikidata = FxMap::default();
    // A name is never one of the list's common nouns (English in lower case: "जंग" is rust,
    // "सिक्का" a coin); the surname Jung and the name Sikka are not those.
    for row in lexicon::rows(lexicon::file(lang, "gazetteer-wikidata")) {
        if row.len() >= 3 && row[1].starts_with(|c: char| !c.is_lowercase()) {
            wikidata
                .entry(crate::text::fold(row[0]))
                .or_insert((row[1], row[2]));
        }
    }
    let words = |r: &[&str], i: usize| -> Vec<String> {
        r.get(i).map_or(Vec::new(), |w| {
            w.split(' ')
                .filter(|w| !w.is_empty() && *w != "-")
                .map(crate::text::fold)
                .collect()
        })
    };
    let homographs = lexicon::rows(lexicon::file(lang, "ner-homographs"))
        .map(|r| {
            let h = Homograph {
                before: words(&r, 1),
                after: words(&r, 2),
            };
            (crate::text::fold(r[0]), h)
        })
        .collect();
    let (mut common, mut plain) = (crate::hash::FxSet::default(), crate::hash::FxSet::default());
    for r in lexicon::rows(lexicon::file(lang, "ner-common")) {
        let key = crate::text::fold(r[0]);
        if r.get(1) == Some(&"plain") {
            plain.insert(key.clone());
        }
        common.insert(key);
    }
    let roles = lexicon::rows(lexicon::file(lang, "ner-titles"))
        .filter(|r| r.get(2) == Some(&"role"))
        .map(|r| crate::text::fold(r[0]))
        .collect();
    let names = lexicon::rows(lexicon::file(lang, "names-person"))
        .map(|r| crate::text::fold(r[0]))
        .collect();
    let mut spellings = FxMap::default();
    for row in lexicon::rows(lexicon::file(lang, "place-spellings")) {
        let bits = match row.get(2) {
            Some(&"LOC") => LOC,
            Some(&"NORP") => NORP,
            _ => GPE,
        };
        if let Some(en) = row.get(1) {
            spellings.insert(phrase_key(row[0]), (*en, bits));
        }
    }
    let agents = lexicon::rows(lexicon::file(lang, "ner-postpositions"))
        .filter(|r| r.get(1) == Some(&"agent"))
        .map(|r| crate::text::fold(r[0]))
        .collect();
    let loanwords: crate::hash::FxSet<String> = lexicon::rows(lexicon::file(lang, "ner-loanwords"))
        .map(|r| crate::text::fold(r[0]))
        .collect();
    let (mut given, mut family, mut abroad) = (
        crate::hash::FxSet::default(),
        crate::hash::FxSet::default(),
        crate::hash::FxSet::default(),
    );
    {
        // `data/<lang>/ner-person-names.tsv` (rules only, not a feature of the tagger).
        for r in lexicon::rows(lexicon::file(lang, "ner-person-names")) {
            let key = crate::text::fold(r[0]);
            if common.contains(&key) || loanwords.contains(&key) {
                continue;
            }
            match r.get(1) {
                Some(&"family") => family.insert(key),
                Some(&"abroad") => abroad.insert(key),
                _ => given.insert(key),
            };
        }
    }
    Cues {
        lex,
        all,
        wikidata,
        homographs,
        common,
        plain,
        calendar: ["weekdays", "months"]
            .into_iter()
            .flat_map(|f| lexicon::rows(lexicon::file(lang, f)))
            .map(|r| crate::text::fold(r[0]))
            .collect(),
        agents,
        roles,
        names,
        loanwords,
        spellings,
        given,
        family,
        abroad,
        speech: lexicon::Lexicon::parse(lexicon::file(lang, "ner-person-cues"), |_| Some(())),
    }
}

/// The folded keys of a phrase's words joined by spaces: the key of a multi-word entry.
pub fn phrase_key(phrase: &str) -> String {
    let doc = Doc::new(phrase);
    (0..doc.len())
        .map(|i| doc.key(i))
        .collect::<Vec<_>>()
        .join(" ")
}

/// The English name and kind (GPE, LOC or NORP bits) of tokens `a..b` when
/// `place-spellings.tsv` lists them: "इसराइल" → Israel.
pub fn spelling(doc: &Doc, lang: Lang, a: usize, b: usize) -> Option<(&'static str, u16)> {
    let s = &get(lang).spellings;
    if s.is_empty() || a >= b {
        return None;
    }
    if b - a == 1 {
        return s.get(doc.key(a)).copied();
    }
    s.get(&(a..b).map(|i| doc.key(i)).collect::<Vec<_>>().join(" "))
        .copied()
}

/// Roles of a word in names (`ner-name-words.tsv`), read by the rules only.
pub const CONNECTOR: u32 = 1;
pub const JOINING: u32 = 2;
pub const PARTICLE: u32 = 4;
pub const DIRECTION: u32 = 8;
pub const PLACE_WORD: u32 = 16;
pub const DETERMINER: u32 = 32;
pub const ORG_BEFORE: u32 = 64;
/// Ends the name of a building or ground, a LOC ("वानखेड़े स्टेडियम").
pub const FACILITY: u32 = 128;
/// Ends the name of a tournament or games, an EVENT ("एशिया कप").
pub const EVENT_WORD: u32 = 256;
/// A word that stands inside a facility's head ("हवाई अड्डा").
pub const FACILITY_INNER: u32 = 512;
/// Ends the name of an organisation ("ग्रोनिंजेन यूनिवर्सिटी"), or begins one before a
/// connector ("यूनिवर्सिटी ऑफ़ गॉटिंगेन"), an ORG.
pub const ORG_WORD: u32 = 1024;
/// A film, show, song or book, before its quoted title ("फ़िल्म 'ज़ंजीर'").
pub const WORK: u32 = 2048;
/// A direction that qualifies a place rather than names one ("पूर्वी", "eastern").
pub const QUALIFIER: u32 = 4096;
/// Follows the name of a town, district or province, outside it: "झालावाड़ जिले".
pub const SETTLEMENT: u32 = 8192;
/// Names what stands before it, a kind noun following: "'थिया' नाम के ग्रह", "द सैटरडेज़
/// नामक बैंड" (`naming`).
pub const NAMING: u32 = 16384;
/// A noun that names what stands before it when a genitive follows: "'थिया' नाम के ग्रह"
/// (`naming-noun`).
pub const NAMING_NOUN: u32 = 32768;
/// A genitive postposition (`genitive`): का, के, की.
pub const GENITIVE: u32 = 65536;
/// Begins the name of a building or an organisation before the name's other words, though
/// it is a title or a common word elsewhere: "सेंट पेनक्रास स्टेशन", "मैडम तुसाद वैक्स
/// म्यूज़ियम" (`name-start`).
pub const NAME_START: u32 = 131072;
/// Ends or begins the name of a state, with a place or a people in it: "सेन्ट्रल अफ्रीकी
/// रिपब्लिक", "डेमोक्रेटिक रिपब्लिक ऑफ द काँगो" (`state`).
pub const STATE: u32 = 262144;
/// Separates the items of a list: a comma, और, तथा, and (`list`).
pub const LIST: u32 = 524288;
/// Joins the words of a Persian or Arabic name between hyphens: the ए of "लश्कर-ए-तैयबा", the
/// उल of "हरकत-उल-मुजाहिदीन" (`izafat`).
pub const IZAFAT: u32 = 1 << 20;
/// Begins such a name of an organisation: तहरीक, हरकत, जमात, लश्कर (`izafat-org`).
pub const IZAFAT_ORG: u32 = 1 << 21;
/// Begins an organisation's name that puts its head first, the izafat unwritten: the وزارت of
/// "وزارت خارجہ", the محکمہ of "محکمہ موسمیات" (`head-first`).
pub const HEAD_FIRST: u32 = 1 << 22;
/// After such a head, makes an office, not an organisation: "وزارت عظمیٰ", the premiership
/// (`office`).
pub const OFFICE: u32 = 1 << 23;
/// Begins a named event, head first: an operation or a storm ("ऑपरेशन ब्लू स्टार", "चक्रवात
/// फ़ानी", "آپریشن ضرب عضب") (`event-first`).
pub const EVENT_FIRST: u32 = 1 << 24;
/// Stands before such a head, inside the name: the समुद्री of "समुद्री तूफ़ान हेयान"
/// (`event-before`).
pub const EVENT_BEFORE: u32 = 1 << 25;
/// An auxiliary verb: a lone word before it is a verb form ("मारा था"), not a name spread
/// through the document.
pub const AUXILIARY: u32 = 1 << 26;

/// Kinds of word endings in `ner-name-words.tsv` (rows whose role is "plural", "inflected" or
/// "demonym").
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Ending {
    /// Plural nouns end so, names do not: "डाक्टरों".
    Plural,
    /// Verb forms and oblique nouns end so, names from abroad hardly ever: "लहराए", "झंडें".
    Inflected,
    /// A known place with this ending is its people: "कश्मीरी".
    Demonym,
}

/// `ner-name-words.tsv` of every language together (a text in one language quotes names in
/// another): each word's roles, and the endings.
struct NameWords {
    roles: FxMap<String, u32>,
    /// Which [`fingerprint`]s some word with roles has: most words of a text have none, and
    /// are turned away here without hashing the word (name words are asked for several times
    /// per token).
    held: Vec<u64>,
    /// Kind nouns (roles `kind-person`, `kind-org`, `kind-gpe`, `kind-loc`, `kind-event`):
    /// the label of a name that a naming word gives them ("ग्रह", planet: LOC).
    kinds: FxMap<String, Label>,
    endings: Vec<(String, Ending)>,
}

fn name_words() -> &'static NameWords {
    static WORDS: OnceLock<NameWords> = OnceLock::new();
    WORDS.get_or_init(|| {
        let mut words = NameWords {
            roles: FxMap::default(),
            held: vec![0; FINGERPRINTS / 64],
            kinds: FxMap::default(),
            endings: Vec::new(),
        };
        for lang in Lang::ALL {
            for row in lexicon::rows(lexicon::file(lang, "ner-name-words")) {
                let key = crate::text::fold(row[0]);
                let mut bits = 0;
                for role in row.get(1).map_or("", |c| c).split(' ') {
                    bits |= match role {
                        "connector" => CONNECTOR,
                        "joining" => JOINING,
                        "particle" => PARTICLE,
                        "auxiliary" => AUXILIARY,
                        "direction" => DIRECTION,
                        "place" => PLACE_WORD,
                        "determiner" => DETERMINER,
                        "org-before" => ORG_BEFORE,
                        "facility" => FACILITY,
                        "facility-inner" => FACILITY_INNER,
                        "event" => EVENT_WORD,
                        "org" => ORG_WORD,
                        "work" => WORK,
                        "qualifier" => QUALIFIER,
                        "settlement" => SETTLEMENT,
                        "naming" => NAMING,
                        "naming-noun" => NAMING_NOUN,
                        "genitive" => GENITIVE,
                        "name-start" => NAME_START,
                        "state" => STATE,
                        "list" => LIST,
                        "izafat" => IZAFAT,
                        "izafat-org" => IZAFAT_ORG,
                        "head-first" => HEAD_FIRST,
                        "office" => OFFICE,
                        "event-first" => EVENT_FIRST,
                        "event-before" => EVENT_BEFORE,
                        "kind-person" | "kind-org" | "kind-gpe" | "kind-loc" | "kind-event" => {
                            let label = match role {
                                "kind-person" => Label::Person,
                                "kind-org" => Label::Org,
                                "kind-gpe" => Label::Gpe,
                                "kind-loc" => Label::Loc,
                                _ => Label::Event,
                            };
                            words.kinds.insert(key.clone(), label);
                            0
                        }
                        "plural" | "inflected" | "demonym" => {
                            let kind = match role {
                                "plural" => Ending::Plural,
                                "inflected" => Ending::Inflected,
                                _ => Ending::Demonym,
                            };
                            words.endings.push((key.clone(), kind));
                            0
                        }
                        _ => 0,
                    };
                }
                if bits != 0 {
                    let f = fingerprint(&key);
                    words.held[f / 64] |= 1 << (f % 64);
                }
                *words.roles.entry(key).or_default() |= bits;
            }
        }
        words
    })
}

const FINGERPRINTS: usize = 1 << 14;

/// A number below [`FINGERPRINTS`] from a word's length and its first and last bytes: equal
/// words have equal fingerprints, and few of a text's words share one with a name word.
fn fingerprint(key: &str) -> usize {
    let b = key.as_bytes();
    let Some(&last) = b.last() else {
        return 0;
    };
    let first = b[b.len().min(3) - 1];
    let before_last = b[b.len().saturating_sub(2)];
    ((b.len() as u32).wrapping_mul(0x9e37_79b9)
        ^ (last as u32) << 3
        ^ (before_last as u32) << 9
        ^ (first as u32) << 6) as usize
        % FINGERPRINTS
}

/// The roles of the word with folded key `key` in names.
pub fn name_word(key: &str) -> u32 {
    let words = name_words();
    let f = fingerprint(key);
    if words.held[f / 64] >> (f % 64) & 1 == 0 {
        return 0;
    }
    words.roles.get(key).copied().unwrap_or(0)
}

/// The label of a name that a naming word gives the kind noun with folded key `key`:
/// "ग्रह" (planet) → LOC.
pub fn kind_noun(key: &str) -> Option<Label> {
    name_words().kinds.get(key).copied()
}

/// The endings of a kind that the word with folded key `key` ends in with more before them.
pub fn endings(key: &str, kind: Ending) -> impl Iterator<Item = &'static str> + '_ {
    name_words()
        .endings
        .iter()
        .filter(move |(e, k)| *k == kind && key.len() > e.len() && key.ends_with(e.as_str()))
        .map(|(e, _)| e.as_str())
}

/// Whether the word ends in a plural ending ("डाक्टरों").
pub fn plural(key: &str) -> bool {
    endings(key, Ending::Plural).next().is_some()
}

/// Whether the word ends as verb forms and oblique nouns do ("लहराए"), which names from abroad
/// hardly ever do.
pub fn inflected(key: &str) -> bool {
    endings(key, Ending::Inflected).next().is_some()
}

/// Per token: the cue bits of the gazetteer entry covering it, whether the token begins that
/// entry, and the entry's token range.
pub struct Marks {
    pub bits: Vec<u16>,
    pub begins: Vec<bool>,
    /// `bits` and `begins` as the tagger reads them: without `gazetteer-knowledge.tsv`.
    pub feature_bits: Vec<u16>,
    pub feature_begins: Vec<bool>,
    pub entry: Vec<Option<(usize, usize)>>,
    /// Whether the word is a known given or family name ([`classes`]).
    pub names: Vec<u8>,
}

impl Marks {
    pub fn new(doc: &Doc, lang: Lang) -> Self {
        let cues = get(lang);
        let n = doc.len();
        let mut entry = vec![None; n];
        let (bits, begins) = Self::scan(doc, cues.rules_lex(), Some(&mut entry));
        let (feature_bits, feature_begins) = match &cues.all {
            Some(_) => Self::scan(doc, &cues.lex, None),
            None => (bits.clone(), begins.clone()),
        };
        Self {
            bits,
            begins,
            feature_bits,
            feature_begins,
            entry,
            names: classes(doc, lang),
        }
    }

    /// Longest entries of `lex` left to right: each token's bits and whether it begins one.
    fn scan(
        doc: &Doc,
        lex: &Lex,
        mut entry: Option<&mut Vec<Option<(usize, usize)>>>,
    ) -> (Vec<u16>, Vec<bool>) {
        let n = doc.len();
        let mut bits = vec![0u16; n];
        let mut begins = vec![false; n];
        let mut i = 0;
        while i < n {
            match lex.longest(doc, i) {
                Some((end, cue)) => {
                    begins[i] = true;
                    for j in i..end {
                        bits[j] |= cue.bits;
                        if let Some(e) = entry.as_deref_mut() {
                            e[j] = Some((i, end));
                        }
                    }
                    i = end;
                }
                None => i += 1,
            }
        }
        (bits, begins)
    }
}

/// Whether a cased entry matches: "US" needs "US", not "us"; "Reuters" needs a capital R.
pub fn cased_ok(doc: &Doc, i: usize, end: usize, cue: &Cue) -> bool {
    if !cue.cased {
        return true;
    }
    (i..end).all(|j| {
        let s = doc.surface(j);
        let mut letters = s.chars().filter(|c| c.is_alphabetic());
        match letters.next() {
            None => true,
            Some(c) if !c.is_ascii() => true,
            // "Dar es Salaam", "Bank of England": a particle inside stays lower-case.
            Some(c)
                if j > i
                    && c.is_lowercase()
                    && !cue.acronym
                    && name_word(doc.key(j)) & PARTICLE != 0 =>
            {
                true
            }
            Some(c) => c.is_uppercase() && (!cue.acronym || letters.all(|c| c.is_uppercase())),
        }
    })
}

/// The gazetteer entry that spans exactly tokens `[a, b)`.
pub fn exact(doc: &Doc, lang: Lang, a: usize, b: usize) -> Option<&'static Cue> {
    get(lang).rules_lex().exact(doc, a, b)
}

// Given and family names in Latin script (`data/en/names-person.tsv`, generated by
// `scripts/lexicons/latin_names.py` from faker's person lists). The English tagger reads "a
// capitalised word that is a known given or family name" as a feature ([`classes`]): CoNLL
// valid 0.914 → 0.916 (article by article), 0.911 → 0.914 (sentence by sentence). Hindi does
// not use it: a Devanagari word romanised and compared by sound with these names and 24,000
// place names gave IL-NER dev 0.755 → 0.749 (too many Hindi words sound like some name:
// "सरकार", Sarkar); `sound` reads names by sound only as one word of a full name.

/// A token's class: a known given or family name.
pub const PERSON: u8 = 1;

/// Each token's class: [`PERSON`] for a capitalised word of three or more letters that the
/// language's name list (`data/<lang>/names-person.tsv`) holds, else 0. Hindi has no list.
pub fn classes(doc: &Doc, lang: Lang) -> Vec<u8> {
    let names = &get(lang).names;
    if names.is_empty() {
        return vec![0; doc.len()];
    }
    (0..doc.len())
        .map(|i| {
            let known = doc.surface(i).starts_with(|c: char| c.is_ascii_uppercase())
                && doc.key(i).len() >= 3
                && names.contains(doc.key(i));
            if known {
                PERSON
            } else {
                0
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_words_are_never_names_in_training() {
        let c = get(Lang::Hi);
        // "इसके अलावा" (besides): never a name; भारत and सिंह often are.
        assert!(c.plain.contains("अलावा") && c.common.contains("अलावा"));
        assert!(!c.plain.contains("भारत") && !c.plain.contains("सिंह"));
        assert!(c.plain.len() > 1000 && c.plain.len() < c.common.len());
    }

    #[test]
    fn spellings_by_phrase_key() {
        let doc = Doc::new("दक्षिण अमरीका और इसराइल");
        assert_eq!(spelling(&doc, Lang::Hi, 0, 2), Some(("South America", LOC)));
        assert_eq!(spelling(&doc, Lang::Hi, 3, 4).map(|s| s.0), Some("Israel"));
        assert_eq!(spelling(&doc, Lang::Hi, 2, 3), None);
        assert_eq!(phrase_key("जम्मू-कश्मीर"), phrase_key("जम्मू - कश्मीर"));
        assert_eq!(phrase_key("जम्मू-कश्मीर").split(' ').count(), 3);
    }

    #[test]
    fn capitalised_known_names_only() {
        let doc = Doc::new("Howard met Joseph in Vienna , not howard");
        assert_eq!(
            classes(&doc, Lang::En),
            vec![PERSON, 0, PERSON, 0, 0, 0, 0, 0]
        );
    }

    #[test]
    fn hindi_has_no_name_classes() {
        assert!(classes(&Doc::new("हॉवर्ड थुरमन"), Lang::Hi)
            .iter()
            .all(|&c| c == 0));
    }
}
