//! The tense of the clause around an expression, from the markers in `data/<lang>/tense.tsv`.
//!
//! Hindi puts the verb at the end of the clause, so the first marker after the expression
//! decides ("कल बैठक हुई" past, "कल बैठक होगी" future), stopping at "कि" where a reported clause
//! begins; only when nothing follows do markers before it count. English verbs may stand on
//! either side, so the nearest marker decides, reporting verbs ("said") last; an English past
//! is [`Tense::WeakPast`], since the nearest verb may belong to another clause.

use super::lexicon::{Tense, TimeLexicon};
use crate::text::{Doc, Lang};

fn marker(doc: &Doc, lex: &TimeLexicon, i: usize) -> Option<Tense> {
    if let Some(&t) = lex.tense_words.word(doc.key(i)) {
        return Some(t);
    }
    let key = doc.key(i);
    if key.chars().count() < 4 {
        return None;
    }
    lex.tense_suffixes.iter().find(|(s, _)| key.ends_with(s.as_str())).map(|&(_, t)| t)
}

/// Tense of the clause containing tokens `span`, within the sentence `sentence` (token ranges).
pub fn clause_tense(doc: &Doc, lex: &TimeLexicon, lang: Lang, sentence: (usize, usize), span: (usize, usize)) -> Option<Tense> {
    let (s0, s1) = sentence;
    match lang {
        Lang::Hi => {
            for i in span.1..s1 {
                if doc.key(i) == "कि" {
                    break;
                }
                if let Some(t) = marker(doc, lex, i) {
                    return Some(t);
                }
            }
            (s0..span.0).rev().take_while(|&i| doc.key(i) != "कि").find_map(|i| marker(doc, lex, i))
        }
        Lang::En => {
            let nearest = |strong: bool| {
                let ok = |t: &Tense| !strong || *t != Tense::WeakPast;
                let after = (span.1..s1).find_map(|i| marker(doc, lex, i).filter(ok).map(|t| (i - span.1, t)));
                let before = (s0..span.0).rev().find_map(|i| marker(doc, lex, i).filter(ok).map(|t| (span.0 - 1 - i, t)));
                match (before, after) {
                    (Some((db, tb)), Some((da, ta))) => Some(if da < db { ta } else { tb }),
                    (Some((_, t)), None) | (None, Some((_, t))) => Some(t),
                    (None, None) => None,
                }
            };
            // The nearest verb may belong to another clause, so an English past is weak.
            nearest(true).or_else(|| nearest(false)).map(|t| if t == Tense::Past { Tense::WeakPast } else { t })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::time::lexicon::lexicon;

    fn tense(text: &str, lang: Lang, at: usize) -> Option<Tense> {
        let doc = Doc::new(text);
        clause_tense(&doc, lexicon(lang), lang, (0, doc.len()), (at, at + 1))
    }

    #[test]
    fn hindi() {
        assert_eq!(tense("कल बैठक हुई", Lang::Hi, 0), Some(Tense::Past));
        assert_eq!(tense("कल बैठक होगी", Lang::Hi, 0), Some(Tense::Future));
        assert_eq!(tense("वह कल दिल्ली जाएगा", Lang::Hi, 1), Some(Tense::Future));
        assert_eq!(tense("उन्होंने कहा कि कल वे लौटेंगे", Lang::Hi, 4), Some(Tense::Future));
        assert_eq!(tense("कल बैठक है", Lang::Hi, 0), Some(Tense::Present));
        assert_eq!(tense("कल बैठक", Lang::Hi, 0), None);
    }

    #[test]
    fn english() {
        assert_eq!(tense("He said on Tuesday", Lang::En, 3), Some(Tense::WeakPast));
        assert_eq!(tense("They will meet on Tuesday", Lang::En, 4), Some(Tense::Future));
        assert_eq!(tense("Prices climbed on Tuesday", Lang::En, 3), Some(Tense::WeakPast));
        assert_eq!(tense("He said the plant will open on Tuesday", Lang::En, 7), Some(Tense::Future));
        assert_eq!(tense("He said so on Tuesday", Lang::En, 4), Some(Tense::WeakPast));
    }
}
