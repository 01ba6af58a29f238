//! kaalrekha (कालरेखा, "timeline") finds who, what, where and when in a news article, in Hindi
//! and English: people, organisations, places, nationalities and events; numbers, money and
//! percentages; dates, times, durations and sets normalised against the article's date.
//!
//! The core is plain Rust with no I/O. [`analyse`] returns one [`Analysis`] document, the same
//! schema the command line prints and the WebAssembly binding hands to JavaScript.
//!
//! ```
//! use kaalrekha::{analyse, Options};
//! let opts = Options::parse(Some("en"), Some("2025-11-20"), None, kaalrekha::OffsetUnit::Codepoint).unwrap();
//! let a = analyse("Putin met Li Qiang on Tuesday.", &opts).unwrap();
//! assert_eq!(a.dct.as_deref(), Some("2025-11-20"));
//! ```

mod analyse;
pub mod hash;
pub mod labels;
pub mod lexicon;
pub mod link;
pub mod names;
pub mod ner;
pub mod numbers;
pub mod packs;
pub mod schema;
#[cfg(test)]
mod test_words;
pub mod text;
pub mod time;
pub mod timeline;

#[cfg(target_arch = "wasm32")]
pub mod wasm;

pub use analyse::{analyse, Error, Options};
pub use schema::Analysis;
pub use text::{Lang, OffsetUnit};
