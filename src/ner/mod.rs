//! Named entities: PERSON, ORG, GPE, LOC, NORP, EVENT as token spans.
//!
//! Three stages:
//! 1. a learned sequence labeller ([`model`]): an averaged structured perceptron over hashed
//!    features ([`features`]), Viterbi-decoded over BIO tags, one model per language, trained
//!    by `kaalrekha train ner` into `data/models/ner-<lang>-v2.bin` and embedded here;
//! 2. word lists ([`cues`]): gazetteers of places, nationalities, organisations and events,
//!    titles and postpositions, both as features and as strong cues;
//! 3. rules ([`rules`]) that fix span edges (no titles, no postpositions, "रूस-चीन" as two
//!    places), join "रूसी विदेश मंत्रालय" into one organisation, read acronyms spelt with
//!    Devanagari letter names (एससीओ = SCO) and label repeated names alike in a document.
//!
//! ```
//! use kaalrekha::text::{Doc, Lang};
//! let doc = Doc::new("राष्ट्रपति पुतिन ने रूस-चीन संबंधों पर बात की।");
//! let found: Vec<_> = kaalrekha::ner::recognise(&doc, Lang::Hi)
//!     .iter()
//!     .map(|e| (doc.text[doc.tokens[e.tokens.0].start..doc.tokens[e.tokens.1 - 1].end].to_owned(), e.label.name()))
//!     .collect();
//! assert!(found.contains(&("रूस".to_owned(), "GPE")));
//! assert!(found.contains(&("चीन".to_owned(), "GPE")));
//! ```

pub mod features;
pub mod model;
mod rules;
// The word lists and name knowledge live below, in `crate::names`, shared with linking.
pub use crate::names::{acronym, cues, sound as name_sound};
pub mod train;

use crate::labels::EntitySpan;
use crate::lexicon::PerLang;
use crate::text::{split_sentences, Doc, Lang};
use cues::Marks;
use features::Sentence;
use model::{Model, STRIDE};

/// The model files' version tag: `data/models/ner-<lang>-<tag>.bin`.
pub const MODEL_TAG: &str = "v2";

/// The bytes of the model of `lang`: embedded, or (feature `packs`) from its loaded pack.
pub fn model_bytes(lang: Lang) -> Option<&'static [u8]> {
    #[cfg(not(feature = "packs"))]
    return crate::text::language::MODELS[lang.index()];
    #[cfg(feature = "packs")]
    crate::packs::bytes(lang, &format!("models/ner-{}-{MODEL_TAG}.bin", lang.code()))
}

/// The model of `lang`, parsed on first use; None when none was trained.
pub fn model(lang: Lang) -> Option<&'static Model> {
    static MODELS: PerLang<Option<Model>> = PerLang::new();
    MODELS
        .get(lang, || {
            model_bytes(lang).and_then(|b| Model::from_bytes(b).ok())
        })
        .as_ref()
}

/// Named entities of `doc`, sorted, not overlapping one another.
pub fn recognise(doc: &Doc, lang: Lang) -> Vec<EntitySpan> {
    recognise_with(doc, lang, model(lang))
}

/// [`recognise`] with a given model (or none: word lists and rules only).
pub fn recognise_with(doc: &Doc, lang: Lang, model: Option<&Model>) -> Vec<EntitySpan> {
    if doc.is_empty() {
        return Vec::new();
    }
    let marks = Marks::new(doc, lang);
    let raw = model.map(|m| tag(doc, &marks, m)).unwrap_or_default();
    // Whether the model weighs a word by its own identity (seen often enough in training),
    // asked by the rules for the few words that could be names it missed.
    let known =
        |i: usize| model.is_none_or(|m| m.has_row(features::word_bucket(doc.key(i), m.bits)));
    rules::apply(doc, lang, &marks, raw, &known)
}

/// A span straight from the model: token range and class name ("PERSON", "LOC", "MISC"…).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawSpan {
    pub tokens: (usize, usize),
    pub class: &'static str,
}

/// The model's spans over the whole document, sentence by sentence.
pub fn tag(doc: &Doc, marks: &Marks, model: &Model) -> Vec<RawSpan> {
    let mut out = Vec::new();
    let mut feats = Vec::with_capacity(64);
    let mut em: Vec<[i32; STRIDE]> = Vec::new();
    let mut path = Vec::new();
    let mut back = Vec::new();
    let mut sent = Sentence::new(doc, marks, (0, 0));
    for s in split_sentences(doc) {
        // Very long "sentences" (lists, tables) are decoded in pieces.
        let (mut a, end) = s.tokens;
        while a < end {
            let b = (a + 150).min(end);
            sent.reset((a, b));
            let n = b - a;
            em.clear();
            em.resize(n, [0; STRIDE]);
            for (i, row) in (a..b).zip(em.iter_mut()) {
                feats.clear();
                sent.features(i, model.bits, &mut feats);
                model.add_rows(&feats, row);
            }
            model.decode(&em, &mut back, &mut path);
            let mut i = 0;
            while i < n {
                let t = path[i];
                if t == 0 {
                    i += 1;
                    continue;
                }
                let class = (t - 1) / 2;
                let mut j = i + 1;
                while j < n && path[j] == 2 + 2 * class {
                    j += 1;
                }
                out.push(RawSpan {
                    tokens: (a + i, a + j),
                    class: class_name(model, class),
                });
                i = j;
            }
            a = b;
        }
    }
    out
}

fn class_name(model: &Model, class: usize) -> &'static str {
    match model.classes.get(class).map(String::as_str) {
        Some("PERSON") => "PERSON",
        Some("ORG") => "ORG",
        Some("LOC") => "LOC",
        Some("GPE") => "GPE",
        Some("NORP") => "NORP",
        Some("EVENT") => "EVENT",
        _ => "MISC",
    }
}

/// The model's raw spans of `doc` (for evaluation of classes the rules relabel, like MISC).
pub fn raw_spans(doc: &Doc, lang: Lang) -> Vec<RawSpan> {
    match model(lang) {
        Some(m) if !doc.is_empty() => tag(doc, &Marks::new(doc, lang), m),
        _ => Vec::new(),
    }
}
