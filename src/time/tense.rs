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
    if let Some(&t) = lex.tense_words.word(key) {
        return Some(t);
    }
    if key.chars().count() < 4 {
        return None;
    }
    lex.tense_suffixes.iter().find(|(s, _)| key.ends_with(s.as_str())).map(|&(_, t)| t)
}

type Near = Option<(u32, Tense)>;

/// The nearest tense markers before and after every token, built in two passes so that
/// asking for the tense of each of N expressions in one long sentence stays linear.
pub struct TenseIndex {
    order: WordOrder,
    /// Nearest marker at or after / at or before token i, within its sentence (and, for
    /// verb-final languages, its clause).
    next: Vec<Near>,
    prev: Vec<Near>,
    /// The sentence of each token: a marker counts only in the expression's own sentence.
    sentence: Vec<u32>,
}

impl TenseIndex {
    pub fn new(doc: &Doc, lex: &TimeLexicon, sentences: &[SentenceSpan]) -> Self {
        let n = doc.len();
        let order = lex.word_order;
        // A clause boundary ("कि") stops the search in verb-final languages only.
        let stop = |i: usize| order == WordOrder::VerbFinal && lex.clause_breaks.word(doc.key(i)).is_some();
        // In English the auxiliary before a participle sets the tense: "was held" is past,
        // "will be held" future (through "be", which passes on the tense before it), "could
        // be held" keeps the participle's own.
        let marker_at = |i: usize| {
            let own = marker(doc, lex, i)?;
            if order != WordOrder::Nearest || own != Tense::Past {
                return Some(own);
            }
            let mut j = i;
            while j > 0 && lex.auxiliaries.word(doc.key(j - 1)).is_some() {
                j -= 1;
            }
            Some(j.checked_sub(1).and_then(|k| marker(doc, lex, k)).unwrap_or(own))
        };
        let step = |near: Near, i: usize| -> Near {
            match marker_at(i) {
                Some(t) => Some((i as u32, t)),
                None if stop(i) => None,
                None => near,
            }
        };
        let mut next = vec![None; n];
        let mut prev = vec![None; n];
        let mut sentence = vec![u32::MAX; n];
        for (k, s) in sentences.iter().enumerate() {
            let (a, b) = s.tokens;
            sentence[a..b].fill(k as u32);
            let mut near = None;
            for i in (a..b).rev() {
                near = step(near, i);
                next[i] = near;
            }
            near = None;
            for i in a..b {
                near = step(near, i);
                prev[i] = near;
            }
        }
        Self { order, next, prev, sentence }
    }

    /// Tense of the clause holding the tokens `span`.
    pub fn tense(&self, span: (usize, usize)) -> Option<Tense> {
        let own = self.sentence.get(span.0).copied();
        let same = |near: Near| near.filter(|&(i, _)| self.sentence.get(i as usize).copied() == own);
        let after = same(self.next.get(span.1).copied().flatten());
        let before = same(span.0.checked_sub(1).and_then(|i| self.prev.get(i).copied().flatten()));
        match self.order {
            // The verb ends the clause: the first marker after the expression, else before it.
            WordOrder::VerbFinal => after.or(before).map(|(_, t)| t),
            // The nearest marker, the one before on a tie ("said Thursday that … will").
            WordOrder::Nearest => {
                let t = match (before, after) {
                    (Some((b, tb)), Some((a, ta))) => Some(if a as usize - span.1 < span.0 - 1 - b as usize { ta } else { tb }),
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
        assert_eq!(tense("A spokesman said Thursday that troops will stay", Lang::En, 3), Some(Tense::WeakPast));
        assert_eq!(tense("The summit will be held on Tuesday", Lang::En, 6), Some(Tense::Future));
        assert_eq!(tense("The summit was held on Tuesday", Lang::En, 5), Some(Tense::WeakPast));
        assert_eq!(tense("He could be located on Tuesday", Lang::En, 5), Some(Tense::WeakPast));
        assert_eq!(tense("The deal is scheduled to close Monday", Lang::En, 6), Some(Tense::Future));
    }
}
