//! Normalise and segment: tokens with byte offsets into the original text, their matching
//! keys, sentences, the dominant language, offset-unit conversion, and whether bytes are text.

mod ascii_words;
pub mod fold;
pub mod language;
pub mod nfc;
mod nfc_tables;
pub mod offsets;
pub mod script;
pub mod sentences;
pub mod settings;
pub mod sniff;
pub mod tokens;

pub use fold::fold;
pub use language::Lang;
pub use offsets::{OffsetConverter, OffsetUnit};
pub use sentences::split_sentences;
pub use tokens::{Doc, Token, TokenKind};
