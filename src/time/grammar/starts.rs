//! Which patterns can start at a token, so that `longest_at` tries only those.
//!
//! A pattern can match at token `i` only if one of its *first elements* matches there: the
//! elements up to and including its first required one, skipping negative ones (they consume
//! nothing). Taking an optional element means it matched at `i`; skipping it leaves the next
//! one to match at `i`. A pattern whose elements are all optional or negative can match
//! anywhere and is always tried. Candidates keep the file's order, which breaks ties between
//! equally long matches, so the result is the same as trying every pattern.
//!
//! Classes are keyed by the words they can start with (their lexicons' first words, see
//! [`super::class_start`]), so a token asks only the classes that can match its key, and the
//! number classes only when it is a number or starts with a digit.

use super::{Class, Matcher, Pattern};
use crate::hash::FxMap;

#[derive(Default)]
struct Starts {
    /// Patterns with this literal word among their first elements.
    patterns: Vec<usize>,
    /// Classes (indices into `StartIndex::classes`) that can start with this word.
    classes: Vec<usize>,
}

#[derive(Default)]
pub(super) struct StartIndex {
    by_word: FxMap<String, Starts>,
    /// Each class used as a first element, with the patterns it starts.
    classes: Vec<(Class, Vec<usize>)>,
    /// Classes that can also start at any number token or token starting with a digit.
    numeric: Vec<usize>,
    /// Patterns that can match without consuming a token.
    always: Vec<usize>,
    pub(super) len: usize,
}

impl StartIndex {
    /// `class_start(c)` gives the first words class `c` can start with, and whether it can also
    /// start at a number (see [`super::class_start`]).
    pub(super) fn new<'w>(patterns: &[Pattern], class_start: impl Fn(Class) -> (Vec<&'w str>, bool)) -> Self {
        let mut ix = Self { len: patterns.len(), ..Self::default() };
        for (pi, p) in patterns.iter().enumerate() {
            let mut required = false;
            for el in p.elements.iter().filter(|el| !el.negative) {
                match &el.matcher {
                    Matcher::Words(words) => {
                        for w in words {
                            push(&mut ix.by_word.entry(w.clone()).or_default().patterns, pi);
                        }
                    }
                    Matcher::Class(class, _) => match ix.classes.iter_mut().find(|(c, _)| c == class) {
                        Some((_, list)) => push(list, pi),
                        None => ix.classes.push((*class, vec![pi])),
                    },
                }
                if !el.optional {
                    required = true;
                    break;
                }
            }
            if !required {
                ix.always.push(pi);
            }
        }
        for ci in 0..ix.classes.len() {
            let (words, numeric) = class_start(ix.classes[ci].0);
            for w in words {
                push(&mut ix.by_word.entry(w.to_owned()).or_default().classes, ci);
            }
            if numeric {
                ix.numeric.push(ci);
            }
        }
        for s in ix.by_word.values_mut() {
            s.classes.sort_unstable();
            s.classes.dedup();
        }
        ix
    }

    /// Marks in `set` (one bit per pattern) the patterns that can start at a token with folded
    /// key `key`; `numeric` says whether the token is a number or starts with a digit, and
    /// `class_matches` whether a class matches there.
    pub(super) fn mark(&self, key: &str, numeric: bool, mut class_matches: impl FnMut(Class) -> bool, set: &mut [u64]) {
        add(set, &self.always);
        let starts = self.by_word.get(key);
        if let Some(s) = starts {
            add(set, &s.patterns);
        }
        let word_classes = starts.map_or(&[][..], |s| &s.classes[..]);
        let numeric_classes = if numeric { &self.numeric[..] } else { &[] };
        for &ci in word_classes.iter().chain(numeric_classes) {
            let (class, list) = &self.classes[ci];
            // Only classes that could add a pattern not already marked are worth asking.
            if list.iter().any(|&pi| set[pi / 64] & (1 << (pi % 64)) == 0) && class_matches(*class) {
                add(set, list);
            }
        }
    }
}

fn add(set: &mut [u64], list: &[usize]) {
    for &pi in list {
        set[pi / 64] |= 1 << (pi % 64);
    }
}

fn push(list: &mut Vec<usize>, pi: usize) {
    if !list.contains(&pi) {
        list.push(pi);
    }
}
