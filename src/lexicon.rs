//! Word lists from `data/<lang>/*.tsv`, embedded at compile time (or, in the `packs` build,
//! from the loaded language packs: [`crate::packs`]) and parsed on first use.
//!
//! Format: one entry per line, columns separated by tabs, `#` starts a comment line. The first
//! column is the surface form (one or more words); it is matched by its folded key (see
//! [`crate::text::fold`]), so "नवम्बर" and "नवंबर" need one line only when they fold apart.
//! `build.rs` checks every file (column counts, duplicate keys) and fails with `file:line`.

use crate::hash::FxMap;
use crate::text::{fold, Doc, Lang};
use std::sync::OnceLock;

/// A multi-word lexicon: entries keyed by the folded key of their first word.
pub struct Lexicon<V> {
    by_first: FxMap<String, Vec<(Vec<String>, V)>>,
}

impl<V> Default for Lexicon<V> {
    fn default() -> Self {
        Self {
            by_first: FxMap::default(),
        }
    }
}

impl<V: Clone> Lexicon<V> {
    /// Parses TSV rows; `value` turns the remaining columns into a value, or None to skip.
    pub fn parse(src: &str, mut value: impl FnMut(&[&str]) -> Option<V>) -> Self {
        let mut lex = Self::default();
        for row in rows(src) {
            if let Some(v) = value(&row[1..]) {
                lex.insert(row[0], v);
            }
        }
        lex
    }

    pub fn insert(&mut self, phrase: &str, v: V) {
        let doc = Doc::new(phrase);
        let keys: Vec<String> = (0..doc.len()).map(|i| doc.key(i).to_owned()).collect();
        if let Some((first, rest)) = keys.split_first() {
            let list = self.by_first.entry(first.clone()).or_default();
            list.push((rest.to_vec(), v));
            // Longest entries first, so the first hit is the longest match.
            list.sort_by(|a, b| b.0.len().cmp(&a.0.len()));
        }
    }

    /// The longest entry starting at token `i`: (end token, exclusive; value).
    pub fn longest(&self, doc: &Doc, i: usize) -> Option<(usize, &V)> {
        let list = self.by_first.get(doc.key(i))?;
        'entries: for (rest, v) in list {
            if i + 1 + rest.len() > doc.len() {
                continue;
            }
            for (k, word) in rest.iter().enumerate() {
                if doc.key(i + 1 + k) != word {
                    continue 'entries;
                }
            }
            return Some((i + 1 + rest.len(), v));
        }
        None
    }

    /// A single-word lookup by folded key.
    pub fn word(&self, key: &str) -> Option<&V> {
        self.by_first
            .get(key)?
            .iter()
            .find(|(rest, _)| rest.is_empty())
            .map(|(_, v)| v)
    }

    /// The folded keys that some entry starts with.
    pub fn first_words(&self) -> impl Iterator<Item = &str> {
        self.by_first.keys().map(String::as_str)
    }

    pub fn len(&self) -> usize {
        self.by_first.values().map(Vec::len).sum()
    }

    pub fn is_empty(&self) -> bool {
        self.by_first.is_empty()
    }
}

/// Non-comment, non-blank rows split on tabs.
pub fn rows(src: &str) -> impl Iterator<Item = Vec<&str>> {
    src.lines()
        .map(|l| l.trim_end_matches('\r'))
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|l| l.split('\t').collect())
}

/// One value per language, built on first use.
pub struct PerLang<T> {
    cells: [OnceLock<T>; Lang::COUNT],
}

impl<T> PerLang<T> {
    pub const fn new() -> Self {
        Self {
            cells: [const { OnceLock::new() }; Lang::COUNT],
        }
    }

    pub fn get(&self, lang: Lang, init: impl FnOnce() -> T) -> &T {
        self.cells[lang.index()].get_or_init(init)
    }
}

impl<T> Default for PerLang<T> {
    fn default() -> Self {
        Self::new()
    }
}

/// The text of `data/<lang>/<name>.tsv`, or "" when that language has no such file.
///
/// Built in, or (feature `packs`) from the loaded packs: a file of a language whose pack is
/// not loaded, and that no loaded pack carries, reads as "" and is recorded, so that
/// [`crate::analyse`] fails with [`crate::Error::PackIncomplete`] instead of a panic.
pub fn file(lang: Lang, name: &str) -> &'static str {
    #[cfg(not(feature = "packs"))]
    return crate::text::language::FILES[lang.index()]
        .iter()
        .find(|(n, _)| *n == name)
        .map_or("", |(_, src)| src);
    #[cfg(feature = "packs")]
    crate::packs::bytes(lang, &format!("{}/{name}.tsv", lang.code()))
        // Checked as UTF-8 when the pack was loaded.
        .map_or("", |b| std::str::from_utf8(b).unwrap_or(""))
}

#[derive(Debug, Clone, Copy)]
pub struct Abbreviation {
    /// "No." is an abbreviation only before a number ("No. 5").
    pub only_before_number: bool,
}

/// Abbreviations of every language: sentence splitting runs before language detection matters.
pub fn abbreviation(key: &str) -> Option<Abbreviation> {
    static ALL: OnceLock<FxMap<String, Abbreviation>> = OnceLock::new();
    ALL.get_or_init(|| {
        let mut m = FxMap::default();
        for lang in Lang::ALL {
            for row in rows(file(lang, "abbreviations")) {
                let only_before_number = row.get(1) == Some(&"before-number");
                m.insert(
                    fold(row[0].trim_end_matches('.')),
                    Abbreviation { only_before_number },
                );
            }
        }
        m
    })
    .get(key)
    .copied()
}
