//! Chinese names in Devanagari back to Pinyin: ली कियांग → Li Qiang, शी जिनपिंग → Xi Jinping.
//!
//! Hindi romanisation would give "Li Kiyang" and "Shi Jinping", which no reader can search
//! for. The syllables Hindi news uses for Chinese names are data (`data/<lang>/pinyin.tsv`);
//! a name is read as Chinese only when every word splits into them, and only in a document
//! that names China (the file's `*context` words), since ली or यी alone are common elsewhere.

use crate::lexicon::{self, PerLang};
use crate::text::{fold, Lang};

struct Syllables {
    /// Folded Devanagari spelling → Pinyin, longest spelling first.
    table: Vec<(String, &'static str)>,
    /// Folded words whose presence makes a document's names read as Chinese.
    context: Vec<String>,
}

fn syllables(lang: Lang) -> &'static Syllables {
    static TABLE: PerLang<Syllables> = PerLang::new();
    TABLE.get(lang, || {
        let src = lexicon::file(lang, "pinyin");
        let mut table: Vec<(String, &'static str)> = Vec::new();
        let mut context = Vec::new();
        for r in lexicon::rows(src) {
            match (r[0], r.get(1)) {
                ("*context", Some(words)) => context.extend(words.split(' ').map(fold)),
                (spelling, Some(py)) => table.push((fold(spelling), py)),
                _ => {}
            }
        }
        table.sort_by_key(|(s, _)| std::cmp::Reverse(s.len()));
        Syllables { table, context }
    })
}

/// Whether a document with these folded words names China, so its names may be Chinese.
pub fn applies(lang: Lang, mut keys: impl Iterator<Item = impl AsRef<str>>) -> bool {
    let s = syllables(lang);
    !s.context.is_empty() && keys.any(|k| s.context.iter().any(|c| c == k.as_ref()))
}

/// The Pinyin form of a name given as folded words, if every word splits into syllables.
pub fn latin(lang: Lang, words: &[impl AsRef<str>]) -> Option<String> {
    let s = syllables(lang);
    if s.table.is_empty() || words.is_empty() || words.len() > 4 {
        return None;
    }
    let mut split_words = Vec::with_capacity(words.len());
    for w in words {
        let mut parts = Vec::new();
        split(&s.table, w.as_ref(), &mut parts).then_some(())?;
        split_words.push(parts);
    }
    // A given name of two syllables is one word in Pinyin, though Urdu (and some Hindi) writes
    // it as two: "شی جن پنگ" is Xi Jinping.
    if split_words.len() == 3 && split_words.iter().all(|p| p.len() == 1) {
        let last = split_words.pop().expect("three words");
        split_words[1].extend(last);
    }
    let mut out = String::new();
    for parts in split_words {
        if !out.is_empty() {
            out.push(' ');
        }
        for (k, py) in parts.iter().enumerate() {
            let mut chars = py.chars();
            match chars.next() {
                Some(c) if k == 0 => {
                    out.extend(c.to_uppercase());
                    out.push_str(chars.as_str());
                }
                _ => out.push_str(py),
            }
        }
    }
    Some(out)
}

/// Splits `word` into syllables of `table`, longest first with backtracking (a word holds at
/// most a few syllables, so this stays tiny).
fn split(table: &[(String, &'static str)], word: &str, out: &mut Vec<&'static str>) -> bool {
    if word.is_empty() {
        return !out.is_empty();
    }
    if out.len() >= 4 {
        return false;
    }
    for (spelling, py) in table {
        if let Some(rest) = word.strip_prefix(spelling.as_str()) {
            out.push(py);
            if split(table, rest, out) {
                return true;
            }
            out.pop();
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    fn py(name: &str) -> Option<String> {
        let words: Vec<String> = name.split(' ').map(fold).collect();
        latin(Lang::Hi, &words)
    }

    #[test]
    fn chinese_names() {
        assert_eq!(py("ली कियांग").as_deref(), Some("Li Qiang"));
        assert_eq!(py("शी जिनपिंग").as_deref(), Some("Xi Jinping"));
        assert_eq!(py("वांग यी").as_deref(), Some("Wang Yi"));
        assert_eq!(py("ली केचियांग").as_deref(), Some("Li Keqiang"));
        assert_eq!(py("हू जिंताओ").as_deref(), Some("Hu Jintao"));
    }

    #[test]
    fn urdu_writes_a_syllable_a_word() {
        let words: Vec<String> = "شی جن پنگ".split(' ').map(fold).collect();
        assert_eq!(latin(Lang::Ur, &words).as_deref(), Some("Xi Jinping"));
        let words: Vec<String> = "لی چیانگ".split(' ').map(fold).collect();
        assert_eq!(latin(Lang::Ur, &words).as_deref(), Some("Li Qiang"));
    }

    #[test]
    fn other_names_are_left_alone() {
        assert_eq!(py("व्लादिमीर पुतिन"), None);
        assert_eq!(py("जयशंकर"), None);
        assert_eq!(py("नरेंद्र मोदी"), None);
    }

    #[test]
    fn needs_a_chinese_context() {
        assert!(applies(Lang::Hi, ["रूस", "चीन"].iter()));
        assert!(!applies(Lang::Hi, ["रूस", "भारत"].iter()));
        assert!(!applies(Lang::En, ["China"].iter()));
    }
}
