//! Linking: clusters of mentions of one entity, Latin forms and Wikidata ids.
//!
//! - **Clusters** group the mentions of one entity in a document: the same words; a person's
//!   single name inside a fuller one (पुतिन, व्लादिमीर पुतिन; ली, ली कियांग); an acronym and
//!   the name it abbreviates, in either script (एससीओ, SCO, शंघाई सहयोग संगठन); a short place
//!   name that begins a longer one (चीन, चीन जनवादी गणराज्य); or one gazetteer entry.
//! - **Latin**: the gazetteer's English name when there is one, else the Devanagari
//!   romanised with schwa deletion ([`romanise`]).
//! - **Wikidata**: the id of a gazetteer or Wikidata-list entry whose native name, English
//!   name or consonant skeleton matches (तियानजिन meets तिआंजिन/Tianjin, Q11736).
//!
//! Every mention carries its cluster's Latin form and Wikidata id.

pub mod gloss;

use crate::hash::FxMap as HashMap;
use crate::labels::{EntitySpan, Label, Link};
use crate::names::latin::{distance, loose, person_table, place_variant};
use crate::names::romanise::{romanise, skeleton};
use crate::names::{acronym, cues, pinyin};
use crate::text::settings::{self, Rule};
use crate::text::{Doc, Lang};

/// One [`Link`] per entity, in the same order.
pub fn link(doc: &Doc, lang: Lang, entities: &[EntitySpan]) -> Vec<Link> {
    let mut mentions: Vec<Mention> = entities
        .iter()
        .map(|e| Mention::new(doc, lang, e))
        .collect();
    // A name whose words begin with the sounds of an acronym in the document has those
    // initials, though its romanised form has others: फॉरेन इंटेलिजेंस सर्विलांस कोर्ट is
    // "Phoren …", yet एफआईएससी (FISC) is its acronym.
    // (In English the name's own initials already say it.)
    let mut acronyms: Vec<String> = if settings::of(lang).has(Rule::LetterAcronyms) {
        mentions.iter().filter_map(|m| m.acronym.clone()).collect()
    } else {
        Vec::new()
    };
    acronyms.sort_unstable();
    acronyms.dedup();
    if !acronyms.is_empty() {
        for m in mentions
            .iter_mut()
            .filter(|m| m.group == Some(1) && m.keys.len() >= 2)
        {
            if !m.initials.as_ref().is_some_and(|i| acronyms.contains(i)) {
                let words: Vec<&str> = m.keys.iter().map(String::as_str).collect();
                if let Some(a) = acronyms.iter().find(|a| acronym::spelt_by(a, &words)) {
                    m.initials = Some(a.clone());
                }
            }
        }
    }
    let mut clusters: Vec<Vec<usize>> = Vec::new();
    // Candidate clusters by what two mentions of one entity share: a word, an English name or
    // Wikidata id, acronym letters. Each cluster keeps one mention per distinct wording.
    let mut by_word: HashMap<(u8, &str), Vec<usize>> = HashMap::default();
    let mut by_name: HashMap<(u8, &str), Vec<usize>> = HashMap::default();
    let mut wordings: Vec<Vec<usize>> = Vec::new();
    for (i, m) in mentions.iter().enumerate() {
        let Some(group) = m.group else { continue };
        // The most recent clusters that share each word or name: a word many names share
        // ("यूनिवर्सिटी", "कप") would otherwise make this quadratic in a long text.
        const RECENT: usize = 64;
        let mut candidates: Vec<usize> = Vec::new();
        for k in m.keys.iter().chain(&m.joined) {
            if let Some(list) = by_word.get(&(group, k.as_str())) {
                candidates.extend(list.iter().rev().take(RECENT));
            }
        }
        for n in m.names() {
            if let Some(list) = by_name.get(&(group, n)) {
                candidates.extend(list.iter().rev().take(RECENT));
            }
        }
        candidates.sort_unstable();
        candidates.dedup();
        // The most recent cluster that fits wins.
        let found = candidates.iter().rev().copied().find(|&c| {
            wordings[c].iter().any(|&j| same(m, &mentions[j]))
                && !wordings[c].iter().any(|&j| other_person(m, &mentions[j]))
        });
        let c = found.unwrap_or_else(|| {
            clusters.push(Vec::new());
            wordings.push(Vec::new());
            clusters.len() - 1
        });
        clusters[c].push(i);
        if !wordings[c].iter().any(|&j| mentions[j].keys == m.keys) {
            wordings[c].push(i);
            for k in m.keys.iter().chain(&m.joined) {
                let list = by_word.entry((group, k.as_str())).or_default();
                if list.last() != Some(&c) {
                    list.push(c);
                }
            }
            for n in m.names() {
                let list = by_name.entry((group, n)).or_default();
                if list.last() != Some(&c) {
                    list.push(c);
                }
            }
        }
    }
    // In a document that names China, person names may be Chinese ones (ली कियांग → Li Qiang).
    let chinese = pinyin::applies(
        lang,
        mentions
            .iter()
            .filter(|m| matches!(m.group, Some(2 | 3)))
            .flat_map(|m| m.keys.iter()),
    );
    let mut links: Vec<Link> = vec![Link::default(); entities.len()];
    for (c, members) in clusters.iter().enumerate() {
        // The longest mention with an English name, else the longest mention, names the cluster.
        // One mention per distinct wording is enough to look at.
        let mut by_len = wordings[c].clone();
        by_len.sort_by_key(|&j| std::cmp::Reverse(mentions[j].keys.len()));
        // A person is named by the full name the article uses most, not by its longest
        // mention, which may be two names run together ("नरगिस राज कपूर" against 40 times
        // "राज कपूर"); the sort is stable, so the longer wins a tie.
        let group = mentions[members[0]].group;
        if group == Some(0) {
            let uses = |j: usize| {
                members
                    .iter()
                    .filter(|&&k| mentions[k].keys == mentions[j].keys)
                    .count()
            };
            // A full name before the same name with initials ("नारायण दत्त तिवारी", not "एनडी तिवारी").
            let initials = |j: usize| {
                wordings[c]
                    .iter()
                    .any(|&o| initials_of(&mentions[j], &mentions[o]))
            };
            by_len.sort_by_key(|&j| {
                (
                    mentions[j].keys.len() < 2,
                    initials(j),
                    std::cmp::Reverse(uses(j)),
                )
            });
        }
        // A place's listed English name comes before a longer mention's gloss: "इंडिया लीग"
        // does not rename India.
        let listed = if group == Some(2) {
            by_len
                .iter()
                .find_map(|&j| mentions[j].english.map(str::to_owned))
        } else {
            None
        };
        let latin = listed
            .or_else(|| {
                by_len.iter().find_map(|&j| {
                    let m = &mentions[j];
                    // An organisation's acronym in letter names reads as its letters: सीएनएन → CNN.
                    let letters = if m.group == Some(1) {
                        m.acronym.clone()
                    } else {
                        None
                    };
                    m.english
                        .map(str::to_owned)
                        .or_else(|| m.gloss.clone())
                        .or(letters)
                })
            })
            .or_else(|| {
                let &j = by_len.first()?;
                let m = &mentions[j];
                let py = if chinese && m.group == Some(0) {
                    pinyin::latin(lang, &m.keys)
                } else {
                    None
                };
                Some(py.unwrap_or_else(|| {
                    if m.group == Some(0) {
                        person_latin(lang, &m.text)
                    } else {
                        romanise(&m.text)
                    }
                }))
            });
        // A person named in full is not found by one word of the name: "शाह" alone is the
        // title Shah (Q184299), not अमित शाह; a person named by one word only (मायावती) is.
        let full = group == Some(0) && by_len.iter().any(|&j| mentions[j].keys.len() >= 2);
        let found = by_len
            .iter()
            .filter(|&&j| !full || mentions[j].keys.len() >= 2)
            .find_map(|&j| mentions[j].wikidata(lang, latin.as_deref()));
        // A romanised name gives way to the English name of the Wikidata entry it matched.
        let latin = match (
            &found,
            by_len.iter().any(|&j| mentions[j].english.is_some()),
        ) {
            (Some((_, Some(en))), false) => Some((*en).to_owned()),
            _ => latin,
        };
        let wikidata = found.map(|(q, _)| q);
        for &j in members {
            links[j] = Link {
                cluster: Some(c),
                latin: latin.clone(),
                wikidata: wikidata.clone(),
            };
        }
    }
    same_entry(&mentions, &mut links, clusters.len());
    links
}

/// A person's name in Latin letters: each word as readers know it where `person-latin.tsv`
/// has it (जॉर्ज → George, generated from the Dakshina lexicon), initials spelt in letter
/// names as letters (एनडी → N.D.), else romanised: "जॉर्ज फ़र्नांडिस" → George Fernandis, not
/// "Jorj …".
fn person_latin(lang: Lang, text: &str) -> String {
    let table = person_table(lang);
    if table.is_empty() {
        return romanise(text);
    }
    // Initials in letter names read as letters: "एनडी" → N.D.; not the family name, which
    // may only sound like letters ("वॉरेन बीटी", Warren Beatty).
    let words: Vec<&str> = text.split_whitespace().collect();
    let letters = |k: usize, w: &str| {
        (k + 1 < words.len())
            .then(|| acronym::decode(&crate::text::fold(w)))
            .flatten()
            .map(|l| l.chars().flat_map(|c| [c, '.']).collect::<String>())
    };
    // Initials written with dots: "के." → K., "ए.आर." → A.R.
    let dotted = |k: usize, w: &str| {
        let parts: Vec<&str> = w.split('.').filter(|p| !p.is_empty()).collect();
        (k + 1 < words.len() && w.ends_with('.') && !parts.is_empty())
            .then(|| {
                parts
                    .iter()
                    .map(|p| acronym::letter(&crate::text::fold(p)).map(|c| format!("{c}.")))
                    .collect::<Option<String>>()
            })
            .flatten()
    };
    words
        .iter()
        .enumerate()
        .map(|(k, w)| {
            let key = crate::text::fold(w);
            dotted(k, w)
                .or_else(|| letters(k, w))
                .or_else(|| table.word(&key).map(|l| marked_sounds(w, l)))
                .unwrap_or_else(|| {
                    let r = romanise(w);
                    crate::names::sound::latin_spelling(lang, &key, &r).map_or(r, str::to_owned)
                })
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// The table's Latin form of a word, with the sounds its letters mark that the folded key
/// lost: the table is keyed without nukta, so "नवाज़" finds नवाज's "Nawaj", and Urdu's lists,
/// made from Hindi's, spell "نواز" so too. A word written with z's letter and not j's has z for
/// the table's j (Nawaz); one with f's letter and not ph's has f for ph ("फ़ैज़" Faiz).
fn marked_sounds(word: &str, latin: &str) -> String {
    use crate::text::script::{writes_only, Marked};
    let mut out = latin.to_owned();
    if writes_only(word, Marked::Z) && !out.contains(['z', 'Z']) {
        out = out.replace('j', "z").replace('J', "Z");
    }
    if writes_only(word, Marked::F) && !out.contains(['f', 'F']) {
        out = out.replace("ph", "f").replace("Ph", "F");
    }
    out
}

/// Clusters of one label group that found the same Wikidata entry are one: "बेल्जियम" and
/// "बेलजियम" (the second matched Belgium by sound) name one country. The first cluster's
/// Latin form stays; cluster numbers are renumbered in order.
fn same_entry(mentions: &[Mention], links: &mut [Link], n: usize) {
    let mut first: HashMap<(u8, &str), usize> = HashMap::default();
    let mut to: Vec<usize> = (0..n).collect();
    let mut latin: Vec<Option<String>> = vec![None; n];
    for (m, l) in mentions.iter().zip(links.iter()) {
        let (Some(g), Some(c), Some(q)) = (m.group, l.cluster, l.wikidata.as_deref()) else {
            continue;
        };
        let f = *first.entry((g, q)).or_insert(c);
        to[c] = to[f];
        latin[c] = latin[c].take().or_else(|| l.latin.clone());
    }
    if (0..n).all(|c| to[c] == c) {
        return;
    }
    let mut dense = vec![usize::MAX; n];
    let mut next = 0;
    for c in 0..n {
        if to[c] == c {
            dense[c] = next;
            next += 1;
        }
    }
    for l in links.iter_mut() {
        if let Some(c) = l.cluster {
            let root = to[c];
            if root != c {
                l.latin = latin[root].clone().or_else(|| l.latin.take());
            }
            l.cluster = Some(dense[root]);
        }
    }
}

/// Labels whose mentions may share a cluster.
fn group(label: Label) -> Option<u8> {
    match label {
        Label::Person => Some(0),
        Label::Org => Some(1),
        Label::Gpe | Label::Loc => Some(2),
        Label::Norp => Some(3),
        Label::Event => Some(4),
        _ => None,
    }
}

struct Mention {
    group: Option<u8>,
    keys: Vec<String>,
    text: String,
    english: Option<&'static str>,
    /// A word-by-word English gloss of an organisation or event name no list knows.
    gloss: Option<String>,
    qid: Option<&'static str>,
    /// A person's name of two or three words written as one ("राजकपूर" for राज कपूर).
    joined: Option<String>,
    /// Acronym letters ("SCO") when the mention is one word spelling one.
    acronym: Option<String>,
    /// Initials of the English or romanised name ("SCO" for शंघाई सहयोग संगठन via its gloss).
    initials: Option<String>,
}

impl Mention {
    /// What two mentions of one entity may share besides a word: the English name, the
    /// Wikidata id, the acronym and the initials.
    fn names(&self) -> impl Iterator<Item = &str> {
        [
            self.english,
            self.qid,
            self.acronym.as_deref(),
            self.initials.as_deref(),
        ]
        .into_iter()
        .flatten()
    }

    fn new(doc: &Doc, lang: Lang, e: &EntitySpan) -> Self {
        let (a, b) = e.tokens;
        let keys: Vec<String> = (a..b).map(|i| doc.key(i).to_owned()).collect();
        let text = doc.text[doc.tokens[a].start..doc.tokens[b - 1].end].to_owned();
        let cue = cues::exact(doc, lang, a, b).filter(|c| {
            c.bits & (cues::GPE | cues::LOC | cues::ORG | cues::NORP | cues::EVENT) != 0
        });
        // Else a spelling the lists do not hold: इसराइल, and for a name of several words one
        // that sounds like a listed one, दक्षिण अमरीका. (One word alone is matched loosely
        // only where nothing else names it, in the gloss: मार्शल is not Marseille.)
        let english = cue.and_then(|c| c.english).or_else(|| match e.label {
            Label::Gpe | Label::Loc | Label::Norp
                if settings::of(lang).has(Rule::PlaceVariants) =>
            {
                cues::spelling(doc, lang, a, b)
                    .map(|(en, _)| en)
                    .or_else(|| {
                        (e.label != Label::Norp && b - a >= 2)
                            .then(|| place_variant(lang, &text, &keys.join(" ")))
                            .flatten()
                    })
            }
            _ => None,
        });
        let qid = cue.and_then(|c| c.wikidata);
        // One word in letters (एससीओ, SCO), or a word a letter where the language writes them
        // so ("ایف آئی اے").
        let acronym = if b - a == 1 {
            acronym::letters(doc.surface(a), doc.key(a))
        } else {
            let words: Vec<&str> = keys.iter().map(String::as_str).collect();
            acronym::spelt_words(lang, &words)
        };
        // Organisations and events word by word; a place only when every word is known.
        let gloss = match e.label {
            _ if english.is_some() => None,
            Label::Org | Label::Event => gloss::gloss(doc, lang, a, b, false),
            Label::Gpe | Label::Loc => gloss::gloss(doc, lang, a, b, true),
            _ => None,
        };
        let initials = (b - a >= 2).then(|| {
            let name = english
                .map(str::to_owned)
                .or_else(|| gloss.clone())
                .unwrap_or_else(|| romanise(&text));
            name.split_whitespace()
                .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
                .filter_map(|w| w.chars().next())
                .collect::<String>()
        });
        let joined =
            (e.label == Label::Person && (2..=3).contains(&keys.len())).then(|| keys.concat());
        Self {
            group: group(e.label),
            joined,
            keys,
            text,
            english,
            gloss,
            qid,
            acronym,
            initials,
        }
    }

    /// This mention's Wikidata id: its gazetteer entry's, the Wikidata list's for its name,
    /// or the one whose consonant skeleton matches its Latin form.
    fn wikidata(
        &self,
        lang: Lang,
        cluster_latin: Option<&str>,
    ) -> Option<(String, Option<&'static str>)> {
        if let Some(q) = self.qid {
            return Some((q.to_owned(), self.english));
        }
        let joined = self.keys.join(" ");
        if let Some((en, q)) = cues::get(lang).wikidata.get(&joined) {
            return Some(((*q).to_owned(), Some(*en)));
        }
        // A person is matched by exact name only: the list is mostly places, and by sound
        // "मंडेला" (Mandela) is the city Mandalay.
        if self.group == Some(0) {
            return None;
        }
        let latin = self
            .english
            .map(str::to_owned)
            .unwrap_or_else(|| romanise(&self.text));
        let index = skeleton_index(lang);
        for l in [Some(latin.as_str()), cluster_latin].into_iter().flatten() {
            let sk = skeleton(l);
            if sk.len() < 4 {
                continue;
            }
            let norm = loose(l);
            let close: Vec<&(String, &str, &str)> = index
                .get(&sk)
                .into_iter()
                .flatten()
                .filter(|(name, _, _)| distance(&norm, name) <= (norm.chars().count() / 5).max(1))
                .collect();
            if let Some(&&(_, q, en)) = close.first() {
                if close.iter().all(|x| x.1 == q) {
                    return Some((q.to_owned(), Some(en)));
                }
            }
        }
        None
    }
}

/// Skeleton → (loose Latin name, Wikidata id, English name).
type SkeletonIndex = HashMap<String, Vec<(String, &'static str, &'static str)>>;

/// Skeleton → (loose Latin name, Wikidata id), over both the native and the English names of
/// the language's own Wikidata list (each list carries the English names of its entries), built
/// on first use. A language's own list only: the other languages' lists add little but their
/// native spellings romanised, and a pack carries only its own (docs/benchmarks.md).
fn skeleton_index(lang: Lang) -> &'static SkeletonIndex {
    static INDEX: crate::lexicon::PerLang<SkeletonIndex> = crate::lexicon::PerLang::new();
    INDEX.get(lang, || {
        let mut m: SkeletonIndex = HashMap::default();
        let mut add = |name: &str, q: &'static str, en: &'static str| {
            let latin = romanise(name);
            let sk = skeleton(&latin);
            if sk.len() >= 4 {
                m.entry(sk).or_default().push((loose(&latin), q, en));
            }
        };
        for row in crate::lexicon::rows(crate::lexicon::file(lang, "gazetteer-wikidata")) {
            // Names only, as in `cues::Cues::wikidata`.
            if row.len() >= 3 && row[1].starts_with(|c: char| !c.is_lowercase()) {
                add(row[0], row[2], row[1]);
                add(row[1], row[2], row[1]);
            }
        }
        m
    })
}

/// Whether two full names of persons name two people: neither holds the other's words
/// ("अनिल कपूर", "पृथ्वीराज कपूर"). A bare "कपूर" may join either, but they never join one
/// cluster through it.
fn other_person(m: &Mention, o: &Mention) -> bool {
    let within = |a: &Mention, b: &Mention| a.keys.iter().all(|k| b.keys.contains(k));
    m.group == Some(0)
        && m.keys.len() >= 2
        && o.keys.len() >= 2
        && !within(m, o)
        && !within(o, m)
        && !initials_of(m, o)
        && !initials_of(o, m)
}

/// Whether person `short` is person `long` with the given names cut to initials: "एनडी
/// तिवारी" or "एन डी तिवारी" (N, D) and "नारायण दत्त तिवारी"; "N.D. Tiwari" and "Narayan
/// Dutt Tiwari". The family names must be the same word.
fn initials_of(short: &Mention, long: &Mention) -> bool {
    let (Some((family, given)), Some((long_family, long_given))) =
        (short.keys.split_last(), long.keys.split_last())
    else {
        return false;
    };
    if short.group != Some(0) || family != long_family || given.is_empty() || long_given.is_empty()
    {
        return false;
    }
    let mut letters = String::new();
    for k in given {
        if k.is_ascii() {
            // "J.F.", not a short given name that happens to match ("Jo").
            if !k.contains('.') {
                return false;
            }
            letters.extend(
                k.chars()
                    .filter(char::is_ascii_alphabetic)
                    .map(|c| c.to_ascii_uppercase()),
            );
        } else {
            match acronym::decode(k).or_else(|| acronym::letter(k).map(String::from)) {
                Some(l) => letters.push_str(&l),
                None => return false,
            }
        }
    }
    let firsts: String = long_given
        .iter()
        .filter_map(|k| {
            if k.is_ascii() {
                k.chars().next()
            } else {
                romanise(k).chars().next()
            }
        })
        .map(|c| c.to_ascii_uppercase())
        .collect();
    letters.len() >= 2 && letters == firsts
}

/// Whether two mentions of one label group name the same entity.
fn same(m: &Mention, o: &Mention) -> bool {
    if m.keys == o.keys {
        return true;
    }
    if m.qid.is_some() && m.qid == o.qid {
        return true;
    }
    if m.english.is_some() && m.english == o.english {
        return true;
    }
    match m.group {
        // A single name inside a fuller one: पुतिन / व्लादिमीर पुतिन, ली / ली कियांग.
        Some(0) => {
            let (short, long) = if m.keys.len() <= o.keys.len() {
                (m, o)
            } else {
                (o, m)
            };
            (short.keys.len() < long.keys.len() && short.keys.iter().all(|k| long.keys.contains(k)))
                || (short.keys.len() == 1 && long.joined.as_ref() == Some(&short.keys[0]))
                || initials_of(m, o)
                || initials_of(o, m)
        }
        // An acronym and a name with those initials, or two spellings of one acronym.
        Some(1) => {
            let acr = |a: &Mention, b: &Mention| {
                a.acronym.as_ref().is_some_and(|x| {
                    b.acronym.as_ref() == Some(x) || b.initials.as_ref() == Some(x)
                })
            };
            acr(m, o) || acr(o, m)
        }
        // A place name that begins a longer one: चीन / चीन जनवादी गणराज्य.
        Some(2) => {
            let (short, long) = if m.keys.len() <= o.keys.len() {
                (m, o)
            } else {
                (o, m)
            };
            short.keys.len() < long.keys.len() && long.keys.starts_with(&short.keys)
        }
        _ => false,
    }
}
