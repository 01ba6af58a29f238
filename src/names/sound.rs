//! How a name sounds, whatever its script: a consonant skeleton that a Devanagari spelling and
//! the Latin spelling of the same name share. "कैथरीन" and "Catherine" are both `KTRN`,
//! "ब्रिटनी स्पियर्स" and "Britney Spears" `BRTN SPRS`.
//!
//! Hindi news writes the names of people from abroad as they sound, and no list holds them
//! all. Their Latin spellings are in lists (`data/en/names-person.tsv`,
//! `data/hi/person-names-latin.tsv`, the Latin column of `data/hi/person-latin.tsv`), so a word no list holds whose skeleton is that of a Latin
//! given or family name may be a word of a name. The rules read it as one word of a full name
//! only, never as a name alone: on IL-NER Hindi train, two such words side by side (neither a
//! listed common word) are inside a person's name 437 times and outside every name 28 times,
//! where most of those 28 are names the annotators left out ("राजीव गांधी").
//!
//! The skeleton keeps consonants by sound class: क ख ग़… and k c q are `K`, त ट थ ठ and t th
//! `T`, श ष स and s sh `S`, ज झ ज़ and j z `J`, व and v w `V`, फ़ फ and f ph `F`; drops
//! vowels, य and y, ह and h; marks a word that begins with a vowel `@`; writes an anusvara `N`
//! (`M` before प ब म); and writes a doubled class once. Inflected words ("लहराए") and frequent
//! Hindi words that sound like names (`data/hi/ner-sound-alikes.tsv`: "बल्ला", bat) are no
//! names by sound.

use crate::hash::FxSet;
use crate::lexicon::{self, PerLang};
use crate::text::settings::{self, Rule};
use crate::text::Lang;

/// The skeleton of a Devanagari word (folded: no nukta), or None for another script.
pub fn devanagari(word: &str) -> Option<String> {
    let mut out = String::with_capacity(word.len() / 2);
    let mut first = true;
    for c in word.chars() {
        let class = match c {
            'क' | 'ख' => Some('K'),
            'ग' | 'घ' => Some('G'),
            'च' | 'छ' => Some('C'),
            'ज' | 'झ' => Some('J'),
            'ट' | 'ठ' | 'त' | 'थ' => Some('T'),
            'ड' | 'ढ' | 'द' | 'ध' => Some('D'),
            'ङ' | 'ञ' | 'ण' | 'न' => Some('N'),
            'प' => Some('P'),
            'फ' => Some('F'),
            'ब' | 'भ' => Some('B'),
            'म' => Some('M'),
            'र' | 'ऱ' => Some('R'),
            'ल' | 'ळ' => Some('L'),
            'व' => Some('V'),
            'श' | 'ष' | 'स' => Some('S'),
            // An anusvara, written n for now: m before a labial.
            'ं' | 'ँ' => Some('n'),
            'अ'..='औ' if first => Some('@'),
            '\u{0900}'..='\u{097F}' => None,
            _ => return None,
        };
        first = false;
        if let Some(k) = class {
            push(&mut out, k);
        }
    }
    Some(finish(out))
}

/// The skeleton of a Latin word, or None when it holds anything but letters a–z.
pub fn latin(word: &str) -> Option<String> {
    let w = word.to_ascii_lowercase();
    if w.is_empty() || !w.bytes().all(|b| b.is_ascii_lowercase()) {
        return None;
    }
    let b = w.as_bytes();
    let mut out = String::with_capacity(b.len());
    if b"aeiou".contains(&b[0]) {
        out.push('@');
    }
    let mut i = 0;
    while i < b.len() {
        let rest = &b[i..];
        let (class, len): (&str, usize) = if rest.starts_with(b"sch") {
            ("S", 3)
        } else if rest.starts_with(b"tch") {
            ("C", 3)
        } else if rest.starts_with(b"ch") {
            ("C", 2)
        } else if rest.starts_with(b"sh") {
            ("S", 2)
        } else if rest.starts_with(b"th") {
            ("T", 2)
        } else if rest.starts_with(b"ph") {
            ("F", 2)
        } else if rest.starts_with(b"gh") {
            ("G", 2)
        } else if rest.starts_with(b"ck") {
            ("K", 2)
        } else if rest.starts_with(b"qu") {
            ("KV", 2)
        } else {
            let class = match rest[0] {
                b'c' if rest.get(1).is_some_and(|n| b"eiy".contains(n)) => "S",
                b'c' | b'k' | b'q' => "K",
                b'x' => "KS",
                b'z' | b'j' => "J",
                b'w' | b'v' => "V",
                b'b' => "B",
                b'd' => "D",
                b'f' => "F",
                b'g' => "G",
                b'l' => "L",
                b'm' => "M",
                b'n' => "N",
                b'p' => "P",
                b'r' => "R",
                b's' => "S",
                b't' => "T",
                _ => "",
            };
            (class, 1)
        };
        for k in class.chars() {
            push(&mut out, k);
        }
        i += len;
    }
    Some(finish(out))
}

fn push(out: &mut String, k: char) {
    if !out.ends_with(k) {
        out.push(k);
    }
}

/// An anusvara is m before a labial, else n; a class doubled by that is written once.
fn finish(s: String) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for (i, &c) in chars.iter().enumerate() {
        let c = match c {
            'n' if chars
                .get(i + 1)
                .is_some_and(|n| matches!(n, 'P' | 'B' | 'M')) =>
            {
                'M'
            }
            'n' => 'N',
            c => c,
        };
        push(&mut out, c);
    }
    out
}

/// Whether a word of `lang` (its folded key) sounds like the Latin spelling of a given or
/// family name of people: languages with the rule `names-by-sound` (`language.tsv`), whose
/// Latin names are read from the files it names. English names are in its own lists.
pub fn sounds_like_name(lang: Lang, key: &str) -> bool {
    let s = settings::of(lang);
    if !s.has(Rule::NamesBySound) {
        return false;
    }
    // Verbs and plural nouns end so ("लहराए", "झंडों"); names from abroad hardly ever do
    // (`ner-name-words.tsv`, endings "plural" and "inflected").
    let inflected = super::cues::plural(key) || super::cues::inflected(key);
    // A word spelt in letter names is an acronym ("आईसीयू", ICU; "ओएलईडी", OLED), no name.
    if inflected || sound_alikes(lang).contains(key) || super::acronym::decode(key).is_some() {
        return false;
    }
    devanagari(key).is_some_and(|k| k.len() >= 2 && name_keys(lang).contains(&k))
}

/// Frequent words that sound like names (`sound-alikes` in `language.tsv`): "बल्ला".
fn sound_alikes(lang: Lang) -> &'static FxSet<String> {
    static WORDS: PerLang<FxSet<String>> = PerLang::new();
    WORDS.get(lang, || {
        let s = settings::of(lang);
        s.sound_alikes
            .iter()
            .flat_map(|(l, name)| lexicon::rows(lexicon::file(*l, name)))
            .map(|r| crate::text::fold(r[0]))
            .collect()
    })
}

/// Whether a word of `lang` (its folded key) sounds like a given name of the language's own
/// people (`given-by-sound` in `language.tsv`, rows marked "given"): "दीपिका", Deepika.
pub fn sounds_like_indian_given(lang: Lang, key: &str) -> bool {
    static KEYS: PerLang<FxSet<String>> = PerLang::new();
    let s = settings::of(lang);
    if !s.has(Rule::NamesBySound) || sound_alikes(lang).contains(key) {
        return false;
    }
    let keys = KEYS.get(lang, || {
        s.given_by_sound
            .iter()
            .flat_map(|(l, name)| lexicon::rows(lexicon::file(*l, name)))
            .filter(|r| r.get(1) == Some(&"given"))
            .filter_map(|r| latin(r[0]))
            .collect()
    });
    devanagari(key).is_some_and(|k| k.len() >= 3 && keys.contains(&k))
}

/// The Latin spelling of a word of a person's name, among the Latin given and family names
/// the lists hold (`names-by-sound`, `latin-forms`) that sound like it, when it differs from
/// the word's letter-by-letter romanisation `romanised` only in a doubled consonant, w for v,
/// a silent e after a final i, o or u, or a y after a final e: "जेफ़" (Jef) → Jeff, "स्विफ़्ट"
/// (Svift) → Swift, "जोली" (Joli) → Jolie, "पांडे" (Pande) → Pandey. Anything more is a
/// different name as often as the same one (Rad is not Read, Reyan not Rehaan, Nel not
/// Neel): it keeps its romanisation.
pub fn latin_spelling(lang: Lang, key: &str, romanised: &str) -> Option<&'static str> {
    static BY_KEY: PerLang<crate::hash::FxMap<String, Vec<&'static str>>> = PerLang::new();
    let by_key = BY_KEY.get(lang, || {
        let mut m: crate::hash::FxMap<String, Vec<&'static str>> = Default::default();
        for name in latin_names(lang) {
            if let Some(k) = latin(name) {
                let v = m.entry(k).or_default();
                if !v.contains(&name) {
                    v.push(name);
                }
            }
        }
        m
    });
    let k = devanagari(key).filter(|k| k.len() >= 2)?;
    let norm = |w: &str| {
        let mut out = String::with_capacity(w.len());
        for c in w.to_lowercase().chars() {
            let c = if c == 'v' { 'w' } else { c };
            if out.ends_with(c) && !matches!(c, 'a' | 'e' | 'i' | 'o' | 'u') {
                continue;
            }
            out.push(c);
        }
        out
    };
    let r = norm(romanised);
    let longer = match r.chars().last() {
        Some('i' | 'o' | 'u') => Some(format!("{r}e")),
        Some('e') => Some(format!("{r}y")),
        _ => None,
    };
    by_key
        .get(&k)?
        .iter()
        .filter(|n| {
            let l = norm(n);
            l == r || longer.as_deref() == Some(l.as_str())
        })
        .min_by_key(|n| super::latin::distance(&romanised.to_lowercase(), &n.to_lowercase()))
        .copied()
}

/// The Latin given and family names of `names-by-sound` and the words of the Latin forms of
/// `latin-forms`, in the lists' order.
fn latin_names(lang: Lang) -> impl Iterator<Item = &'static str> {
    let s = settings::of(lang);
    let english = s
        .names_by_sound
        .iter()
        .flat_map(|(l, name)| lexicon::rows(lexicon::file(*l, name)))
        .map(|r| r[0]);
    let latin_forms = s
        .latin_forms
        .iter()
        .flat_map(|(l, name)| lexicon::rows(lexicon::file(*l, name)))
        .filter_map(|r| r.get(1).copied())
        .flat_map(str::split_whitespace);
    english.chain(latin_forms)
}

/// The skeletons of the Latin given and family names the lists hold (`names-by-sound`), and
/// of the Latin forms of the language's own person names (`latin-forms`).
fn name_keys(lang: Lang) -> &'static FxSet<String> {
    static KEYS: PerLang<FxSet<String>> = PerLang::new();
    KEYS.get(lang, || latin_names(lang).filter_map(latin).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_sounds_alike_in_both_scripts() {
        for (deva, lat) in [
            ("कैथरीन", "Catherine"),
            ("ब्रिटनी", "Britney"),
            ("स्पियर्स", "Spears"),
            ("कैंपबैल", "Campbell"),
            ("नाओमी", "Naomi"),
            ("ऐशले", "Ashley"),
            ("स्टेनफोर्ड", "Stanford"),
            ("केटी", "Katie"),
            ("हैजेल", "Hazel"),
            ("फ्रैंकी", "Frankie"),
        ] {
            assert_eq!(devanagari(deva), latin(lat), "{deva} / {lat}");
        }
        assert_eq!(latin("Catherine").as_deref(), Some("KTRN"));
        assert_eq!(devanagari("कैंपबैल").as_deref(), Some("KMPBL"));
    }

    #[test]
    fn latin_spellings_only_where_spellings_disagree() {
        let hi = crate::text::Lang::Hi;
        for (deva, romanised, want) in [
            ("जेफ", "Jef", Some("Jeff")),
            ("स्विफ्ट", "Svift", Some("Swift")),
            ("पोलार्ड", "Polard", Some("Pollard")),
            ("पांडे", "Pande", Some("Pandey")),
            // A vowel or letter more is another name: Rudd is not Read, Ryan not Rehaan.
            ("रड", "Rad", None),
            ("रेयान", "Reyan", None),
            ("नेल", "Nel", None),
        ] {
            assert_eq!(latin_spelling(hi, deva, romanised), want, "{deva}");
        }
    }

    #[test]
    fn other_scripts_and_signs_have_no_skeleton() {
        assert_eq!(devanagari("Katie"), None);
        assert_eq!(latin("केटी"), None);
        assert_eq!(latin("O'Neil"), None);
    }

    #[test]
    fn names_from_abroad_are_known_and_common_words_are_not() {
        assert!(sounds_like_name(Lang::Hi, "कैथरीन"));
        assert!(sounds_like_name(Lang::Hi, "स्पियर्स"));
        assert!(!sounds_like_name(Lang::En, "कैथरीन"));
        assert!(!sounds_like_name(Lang::Hi, "क"));
        // Words: a bat, waved, flags.
        assert!(!sounds_like_name(Lang::Hi, "बल्ला"));
        assert!(!sounds_like_name(Lang::Hi, "लहराए"));
        assert!(!sounds_like_name(Lang::Hi, "झंडों"));
    }
}
