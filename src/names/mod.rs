//! What names are made of, below both the entity recogniser ([`crate::ner`]) and linking
//! ([`crate::link`]), which both read it and neither of which the other's code reaches into:
//! - [`cues`]: the word lists of names (gazetteers, titles, postpositions, name words) and
//!   the marks they put on a document's tokens;
//! - [`acronym`]: Latin acronyms spelt in Devanagari letter names (एससीओ = SCO);
//! - [`sound`]: how a name sounds, whatever its script (a consonant skeleton);
//! - [`romanise`] and [`romanise_urdu`]: Devanagari and Arabic-script names in Latin letters;
//! - [`pinyin`]: Chinese names written in Hindi, in Pinyin;
//! - [`latin`]: Latin forms of listed words (a person's name word, a place's other spelling).

pub mod acronym;
pub mod cues;
pub mod latin;
pub mod pinyin;
pub mod romanise;
pub mod romanise_urdu;
pub mod sound;
