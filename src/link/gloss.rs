//! English glosses of organisation and event names that no list knows, word by word:
//! रूसी विदेश मंत्रालय → Russian Foreign Ministry. Hindi names of institutions are mostly
//! calques of English ones in the same order, so a word-by-word gloss reads naturally. Words
//! outside `data/<lang>/gloss.tsv` and the gazetteers keep their romanised form ("ईमाम सादेग
//! विश्वविद्यालय" → Imam Sadeg University); a name with no glossed word is romanised whole.

use crate::lexicon::{self, Lexicon, PerLang};
use crate::names::romanise::romanise;
use crate::names::{acronym, cues};
use crate::text::{Doc, Lang};

/// A word's English, and its English when it begins a name (पूर्व: East, but Former in
/// "पूर्व सोवियत संघ").
fn glossary(lang: Lang) -> &'static Lexicon<(String, Option<String>)> {
    static GLOSS: PerLang<Lexicon<(String, Option<String>)>> = PerLang::new();
    GLOSS.get(lang, || {
        Lexicon::parse(lexicon::file(lang, "gloss"), |c| {
            c.first()
                .map(|w| ((*w).to_owned(), c.get(1).map(|f| (*f).to_owned())))
        })
    })
}

/// The English gloss of tokens `a..b`: None when no word has one, or when `whole` and some
/// word has none (a place is glossed only whole: वाशिंगटन डीसी → Washington DC).
pub fn gloss(doc: &Doc, lang: Lang, a: usize, b: usize, whole: bool) -> Option<String> {
    let table = glossary(lang);
    if table.is_empty() || b - a < 2 {
        return None;
    }
    // A place ending in a head word ("मेटा नदी") romanises the words before it.
    let headed = whole
        && cues::exact(doc, lang, b - 1, b).is_some_and(|c| c.bits & cues::LOC_HEAD != 0)
        && table.word(doc.key(b - 1)).is_some();
    let whole = whole && !headed;
    let mut out = String::new();
    let mut glossed = 0;
    let mut i = a;
    while i < b {
        if !out.is_empty() && !doc.glued(i) {
            out.push(' ');
        }
        // A listed name of several words inside this one reads as a whole: "उत्तर प्रदेश
        // सरकार" → Uttar Pradesh Government, not "North Pradesh Government".
        if let Some((end, en)) = cues::get(lang)
            .rules_lex()
            .longest(doc, i)
            .filter(|(end, _)| end - i >= 2 && *end <= b && (i, *end) != (a, b))
            .and_then(|(end, c)| Some((end, c.english?)))
        {
            out.push_str(en);
            glossed += 1;
            i = end;
            continue;
        }
        let listed = table.word(doc.key(i)).map(|(w, first)| {
            if i == a {
                first.as_deref().unwrap_or(w)
            } else {
                w.as_str()
            }
        });
        let cue = cues::exact(doc, lang, i, i + 1);
        // A word that is itself an organisation's name is, inside a longer name, a word of it:
        // "तृणमूल कांग्रेस" → Trinamool Congress, not "… Indian National Congress".
        let own = if cue.is_some_and(|c| c.bits & cues::ORG != 0) {
            listed.or(cue.and_then(|c| c.english))
        } else {
            cue.and_then(|c| c.english).or(listed)
        };
        match own.or_else(|| cues::spelling(doc, lang, i, i + 1).map(|(en, _)| en)) {
            Some(word) => {
                // "जम्मू कश्मीर": Jammu, then कश्मीर's "Jammu and Kashmir" → one "Jammu and Kashmir".
                let before = out.trim_end();
                let last = before.rsplit(' ').next().unwrap_or("");
                if !last.is_empty() && word.split(' ').next() == Some(last) && word.contains(' ') {
                    out.truncate(before.len() - last.len());
                }
                out.push_str(word);
                glossed += 1;
            }
            // An acronym in letter names stands for its letters: सीएनएन → CNN; any other
            // word keeps its romanised form: "Imam Sadeg University".
            None => match acronym::letters(doc.surface(i), doc.key(i)) {
                Some(letters) => {
                    out.push_str(&letters);
                    glossed += 1;
                }
                None => {
                    match crate::names::latin::place_variant(lang, doc.surface(i), doc.key(i)) {
                        Some(place) => {
                            out.push_str(place);
                            glossed += 1;
                        }
                        None if whole => return None,
                        None => out.push_str(&romanise(doc.surface(i))),
                    }
                }
            },
        }
        i += 1;
    }
    (glossed > 0).then_some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn of(text: &str) -> Option<String> {
        let doc = Doc::new(text);
        gloss(&doc, Lang::Hi, 0, doc.len(), false)
    }

    #[test]
    fn names_of_known_words() {
        assert_eq!(
            of("रूसी विदेश मंत्रालय").as_deref(),
            Some("Russian Foreign Ministry")
        );
        assert_eq!(
            of("राष्ट्रीय मानवाधिकार आयोग").as_deref(),
            Some("National Human Rights Commission")
        );
        assert_eq!(
            of("ईमाम सादेग विश्वविद्यालय").as_deref(),
            Some("Imam Sadeg University")
        );
        assert_eq!(
            of("सादेग अली"),
            None,
            "no word glossed: the name is romanised whole"
        );
        assert_eq!(
            of("विदेश"),
            None,
            "one word is a name for the lists, not a gloss"
        );
        assert_eq!(of("सीएनएन डॉट कॉम").as_deref(), Some("CNN dot com"));
    }

    #[test]
    fn listed_names_inside_longer_ones() {
        // A listed place of two words reads whole; a word that alone names an organisation
        // (कांग्रेस: Indian National Congress) is a word of the longer name.
        for (name, english) in [
            ("उत्तर प्रदेश सरकार", "Uttar Pradesh Government"),
            ("तृणमूल कांग्रेस", "Trinamool Congress"),
            ("राष्ट्रवादी कांग्रेस पार्टी", "Nationalist Congress Party"),
            ("पूर्व सोवियत संघ", "Former Soviet Union"),
        ] {
            assert_eq!(of(name).as_deref(), Some(english), "{name}");
        }
    }

    #[test]
    fn a_place_with_a_head_word() {
        let place = |t: &str| {
            let doc = Doc::new(t);
            gloss(&doc, Lang::Hi, 0, doc.len(), true)
        };
        assert_eq!(place("मेटा नदी").as_deref(), Some("Meta River"));
        assert_eq!(place("दरभा घाटी").as_deref(), Some("Darbha Valley"));
        assert_eq!(
            place("दरभा गांव"),
            None,
            "no head word: a place is glossed only whole"
        );
    }
}
