//! Latin forms of listed words, which both the entity rules and linking read: whether a word
//! has a known Latin spelling as a name's word, and which listed place an unlisted spelling
//! is (तियानजिन for the list's तिआंजिन → Tianjin).

use super::cues;
use super::romanise::{romanise, skeleton};
use crate::hash::FxMap as HashMap;
use crate::text::settings::{self, Rule};
use crate::text::Lang;

/// The Latin spellings of the words of people's names (`person-latin.tsv`).
pub(crate) fn person_table(lang: Lang) -> &'static crate::lexicon::Lexicon<String> {
    static TABLE: crate::lexicon::PerLang<crate::lexicon::Lexicon<String>> =
        crate::lexicon::PerLang::new();
    TABLE.get(lang, || {
        crate::lexicon::Lexicon::parse(crate::lexicon::file(lang, "person-latin"), |c| {
            c.first().map(|l| (*l).to_owned())
        })
    })
}

/// Whether the word with folded key `key` has a known Latin spelling as a name's word
/// (`person-latin.tsv`: जस्टिन, Justin).
pub fn person_word(lang: Lang, key: &str) -> bool {
    person_table(lang).word(key).is_some()
}

/// A Latin name with the letters that spellings disagree on removed: "Tiyanjin" → "tianjin";
/// ऐ and औ as ए and ओ ("Bailjiyam" and "Beljiyam" → "beljiam").
pub(crate) fn loose(latin: &str) -> String {
    let mut out = String::new();
    let lower = latin.to_lowercase().replace("ai", "e").replace("au", "o");
    for c in lower.chars() {
        if !c.is_alphabetic() || matches!(c, 'y' | 'h' | 'w') || out.ends_with(c) {
            continue;
        }
        out.push(c);
    }
    out
}

/// The English name of the listed Hindi place that `surface` sounds like: तियानजिन for the
/// list's तिआंजिन → Tianjin, वाशिंगटन for वॉशिंगटन → Washington. The romanisation must have
/// the place's consonant skeleton (four or more consonants) and differ from it by at most one
/// letter; words the lists hold as common words (by their `key`, the folded form) are never
/// variants. A name of several words (`key`: their keys joined by spaces) is compared whole:
/// दक्षिण अमरीका for दक्षिण अमेरिका → South America. Spellings written out in
/// `place-spellings.tsv` (इसराइल → Israel) are [`cues::spelling`]'s, which callers ask first.
pub fn place_variant(lang: Lang, surface: &str, key: &str) -> Option<&'static str> {
    static INDEX: crate::lexicon::PerLang<HashMap<String, Vec<(String, &'static str)>>> =
        crate::lexicon::PerLang::new();
    let script = settings::of(lang).script;
    if !settings::of(lang).has(Rule::PlaceVariants) {
        return None;
    }
    let index = INDEX.get(lang, || {
        let mut m: HashMap<String, Vec<(String, &'static str)>> = HashMap::default();
        let file = |name| crate::lexicon::rows(crate::lexicon::file(lang, name));
        for row in file("gazetteer-gpe").chain(file("gazetteer-loc")) {
            if row[0].contains('-') {
                continue;
            }
            let latin = romanise(row[0]);
            let sk = skeleton(&latin);
            if sk.len() >= 4 {
                m.entry(sk)
                    .or_default()
                    .push((loose(&latin), row.get(1).copied().unwrap_or(row[0])));
            }
        }
        m
    });
    let consonants = surface.chars().filter(|&c| script.is_consonant(c)).count();
    if consonants < 4 || cues::get(lang).homographs.contains_key(key) {
        return None;
    }
    let latin = romanise(surface);
    let names = index.get(&skeleton(&latin))?;
    let l = loose(&latin);
    if l.chars().count() < 5 {
        return None;
    }
    names
        .iter()
        .find(|(n, _)| distance(&l, n) <= 1)
        .map(|(_, en)| *en)
}

/// Levenshtein distance over characters.
pub fn distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    let mut cur = vec![0; b.len() + 1];
    for (i, ca) in a.chars().enumerate() {
        cur[0] = i + 1;
        for j in 0..b.len() {
            cur[j + 1] = (prev[j] + (ca != b[j]) as usize)
                .min(prev[j + 1] + 1)
                .min(cur[j] + 1);
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[b.len()]
}
