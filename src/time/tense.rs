//! The tense of the clause around an expression, from the markers in `data/<lang>/tense.tsv`.
//!
//! Hindi puts the verb at the end of the clause, so the first marker after the expression
//! decides ("कल बैठक हुई" past, "कल बैठक होगी" future), stopping at "कि" where a reported clause
//! begins; only when nothing follows do markers before it count (word order "verb-final" and
//! the clause words are data: `data/<lang>/tense.tsv`). English verbs may stand on
//! either side, so the nearest marker decides; a past there, and any reporting verb ("said"),
//! is [`Tense::WeakPast`], since the nearest verb may belong to another clause.

use super::lexicon::{Tense, TimeLexicon, WordOrder};
use crate::text::sentences::SentenceSpan;
use crate::text::Doc;

fn marker(doc: &Doc, lex: &TimeLexicon, i: usize) -> Option<Tense> {
    let key = doc.key(i);
    if i > 0 && lex.unmarkers.word(doc.key(i - 1)).is_some()
        || i + 1 < doc.len() && lex.participles.word(doc.key(i + 1)).is_some()
    {
        return None;
    }
    if let Some(&t) = lex.tense_words.word(key) {
        return Some(t);
    }
    if key.chars().count() < 4 {
        return None;
    }
    lex.tense_suffixes
        .iter()
        .find(|(s, _)| key.ends_with(s.as_str()))
        .map(|&(_, t)| t)
}

type Near = Option<(u32, Tense)>;

/// The nearest tense markers before and after every token, built in two passes per sentence
/// so that asking for the tense of each of N expressions in one long sentence stays linear.
/// A sentence is indexed when an expression in it first asks: most sentences hold none.
pub struct TenseIndex<'d, 'a> {
    doc: &'d Doc<'a>,
    lex: &'static TimeLexicon,
    /// Token ranges of the sentences, in order.
    sentences: Vec<(usize, usize)>,
    indexed: Vec<bool>,
    /// Nearest marker at or after / at or before token i, within its sentence (and, for
    /// verb-final languages, its clause); set for the tokens of indexed sentences.
    next: Vec<Near>,
    prev: Vec<Near>,
}

impl<'d, 'a> TenseIndex<'d, 'a> {
    pub fn new(doc: &'d Doc<'a>, lex: &'static TimeLexicon, sentences: &[SentenceSpan]) -> Self {
        let n = doc.len();
        Self {
            doc,
            lex,
            sentences: sentences.iter().map(|s| s.tokens).collect(),
            indexed: vec![false; sentences.len()],
            next: vec![None; n],
            prev: vec![None; n],
        }
    }

    /// The sentence holding token `i`, if any.
    fn sentence_of(&self, i: usize) -> Option<usize> {
        let k = self.sentences.partition_point(|s| s.1 <= i);
        self.sentences.get(k).filter(|s| s.0 <= i).map(|_| k)
    }

    fn index(&mut self, k: usize) {
        if std::mem::replace(&mut self.indexed[k], true) {
            return;
        }
        let (doc, lex) = (self.doc, self.lex);
        let (a, b) = self.sentences[k];
        // A clause boundary ("कि") stops the search in verb-final languages only.
        let stop = |i: usize| {
            lex.word_order == WordOrder::VerbFinal && lex.clause_breaks.word(doc.key(i)).is_some()
        };
        let mut own: Vec<Option<Tense>> = (a..b).map(|i| marker(doc, lex, i)).collect();
        // In a verb-final language the last auxiliary of a verb group sets its tense: "किया
        // जाएगा" is future, "हो गया था" past. Each marker takes the tense of the run it starts.
        if lex.word_order == WordOrder::VerbFinal {
            for j in (0..own.len().saturating_sub(1)).rev() {
                if let (Some(_), Some(next)) = (own[j], own[j + 1]) {
                    own[j] = Some(next);
                }
            }
        }
        // In English the auxiliary before a participle sets the tense: "was held" is past,
        // "will be held" future (through "be", which passes on the tense before it), "could
        // be held" keeps the participle's own.
        let at = |i: usize| -> Option<Tense> {
            let t = own[i - a]?;
            if lex.word_order != WordOrder::Nearest || t != Tense::Past {
                return Some(t);
            }
            let mut j = i;
            while j > a && lex.auxiliaries.word(doc.key(j - 1)).is_some() {
                j -= 1;
            }
            Some(if j > a {
                own[j - 1 - a].unwrap_or(t)
            } else {
                t
            })
        };
        let steps: Vec<Result<Tense, bool>> =
            (a..b).map(|i| at(i).ok_or_else(|| stop(i))).collect();
        let step = |near: Near, i: usize| -> Near {
            match steps[i - a] {
                Ok(t) => Some((i as u32, t)),
                Err(true) => None,
                Err(false) => near,
            }
        };
        let mut near = None;
        for i in (a..b).rev() {
            near = step(near, i);
            self.next[i] = near;
        }
        near = None;
        for i in a..b {
            near = step(near, i);
            self.prev[i] = near;
        }
    }

    /// Tense of the clause holding the tokens `span`.
    pub fn tense(&mut self, span: (usize, usize)) -> Option<Tense> {
        // A marker counts only in the expression's own sentence; markers are found within
        // the sentence of the token they are looked up from.
        let own = self.sentence_of(span.0)?;
        self.index(own);
        let after = (self.sentence_of(span.1) == Some(own))
            .then(|| self.next[span.1])
            .flatten();
        let before = span
            .0
            .checked_sub(1)
            .filter(|&i| self.sentence_of(i) == Some(own))
            .and_then(|i| self.prev[i]);
        match self.lex.word_order {
            // The verb ends the clause: the first marker after the expression, else before it.
            WordOrder::VerbFinal => after.or(before).map(|(_, t)| t),
            // The nearest marker, the one before on a tie ("said Thursday that … will").
            WordOrder::Nearest => {
                let t = match (before, after) {
                    (Some((b, tb)), Some((a, ta))) => {
                        Some(if a as usize - span.1 < span.0 - 1 - b as usize {
                            ta
                        } else {
                            tb
                        })
                    }
                    (Some((_, t)), None) | (None, Some((_, t))) => Some(t),
                    (None, None) => None,
                };
                // The nearest verb may belong to another clause, so a past here is weak.
                t.map(|t| if t == Tense::Past { Tense::WeakPast } else { t })
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::{split_sentences, Lang};
    use crate::time::lexicon::lexicon;

    fn tense(text: &str, lang: Lang, at: usize) -> Option<Tense> {
        let doc = Doc::new(text);
        TenseIndex::new(&doc, lexicon(lang), &split_sentences(&doc)).tense((at, at + 1))
    }

    #[test]
    fn hindi() {
        assert_eq!(tense("कल बैठक हुई", Lang::Hi, 0), Some(Tense::Past));
        assert_eq!(tense("कल बैठक होगी", Lang::Hi, 0), Some(Tense::Future));
        assert_eq!(tense("वह कल दिल्ली जाएगा", Lang::Hi, 1), Some(Tense::Future));
        assert_eq!(
            tense("उन्होंने कहा कि कल वे लौटेंगे", Lang::Hi, 4),
            Some(Tense::Future)
        );
        assert_eq!(tense("कल बैठक है", Lang::Hi, 0), Some(Tense::Present));
        assert_eq!(
            tense("कल फैसला किया जाएगा", Lang::Hi, 0),
            Some(Tense::Future)
        );
        assert_eq!(tense("कल फैसला दिया गया था", Lang::Hi, 0), Some(Tense::Past));
        assert_eq!(tense("कल बैठक", Lang::Hi, 0), None);
    }

    /// Urdu writes the future apart (کرے گا) and builds passives from a past participle and a
    /// subjunctive (کیا جائے گا): the last marker of a run decides.
    #[test]
    fn urdu() {
        assert_eq!(tense("کل اجلاس ہوا تھا", Lang::Ur, 0), Some(Tense::Past));
        assert_eq!(tense("کل اجلاس ہوگا", Lang::Ur, 0), Some(Tense::Future));
        assert_eq!(
            tense("کل وہ خطاب کریں گے", Lang::Ur, 0),
            Some(Tense::Future)
        );
        assert_eq!(
            tense("کل افتتاح کیا جائے گا", Lang::Ur, 0),
            Some(Tense::Future)
        );
        assert_eq!(
            tense("کل فیصلہ کیا جا رہا ہے", Lang::Ur, 0),
            Some(Tense::Present)
        );
        assert_eq!(
            tense("انہوں نے کہا کہ کل وہ لوٹیں گے", Lang::Ur, 4),
            Some(Tense::Future)
        );
    }

    #[test]
    fn english() {
        assert_eq!(
            tense("He said on Tuesday", Lang::En, 3),
            Some(Tense::WeakPast)
        );
        assert_eq!(
            tense("They will meet on Tuesday", Lang::En, 4),
            Some(Tense::Future)
        );
        assert_eq!(
            tense("Prices climbed on Tuesday", Lang::En, 3),
            Some(Tense::WeakPast)
        );
        assert_eq!(
            tense("He said the plant will open on Tuesday", Lang::En, 7),
            Some(Tense::Future)
        );
        assert_eq!(
            tense("He said so on Tuesday", Lang::En, 4),
            Some(Tense::WeakPast)
        );
        assert_eq!(
            tense(
                "A spokesman said Thursday that troops will stay",
                Lang::En,
                3
            ),
            Some(Tense::WeakPast)
        );
        assert_eq!(
            tense("The summit will be held on Tuesday", Lang::En, 6),
            Some(Tense::Future)
        );
        assert_eq!(
            tense("The summit was held on Tuesday", Lang::En, 5),
            Some(Tense::WeakPast)
        );
        assert_eq!(
            tense("He could be located on Tuesday", Lang::En, 5),
            Some(Tense::WeakPast)
        );
        assert_eq!(
            tense("The deal is scheduled to close Monday", Lang::En, 6),
            Some(Tense::Future)
        );
    }
}
