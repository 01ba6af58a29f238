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
    /// Per pattern: how it can start, and what must be able to follow.
    follows: Vec<Follow>,
    /// Word → every class that can start with it (one bit per class).
    class_words: FxMap<String, u32>,
    /// The classes that can start at any number token or token starting with a digit.
    numeric_mask: u32,
}

/// The ways a pattern can consume its first token.
#[derive(Default)]
pub(super) struct Follow {
    /// All its elements are optional or negative: it may match anywhere.
    pub(super) nullable: bool,
    pub(super) ways: Vec<Way>,
}

/// One first element, and the elements that may consume the next token after it.
pub(super) struct Way {
    pub(super) first: usize,
    pub(super) rest: Vec<usize>,
    /// Everything after `first` is optional or negative.
    pub(super) rest_nullable: bool,
}

/// The elements from `k` on that may be the first to consume a token (negative ones consume
/// nothing and are skipped), and whether all of them may be skipped.
fn first_elements(elements: &[super::Element], k: usize) -> (Vec<usize>, bool) {
    let mut out = Vec::new();
    for (j, el) in elements.iter().enumerate().skip(k) {
        if el.consumes_nothing() {
            continue;
        }
        out.push(j);
        if !el.optional {
            return (out, false);
        }
    }
    (out, true)
}

pub(super) fn class_bit(class: Class) -> u32 {
    1 << class as u32
}

impl StartIndex {
    /// `class_start(c)` gives the first words class `c` can start with, and whether it can also
    /// start at a number (see [`super::class_start`]).
    /// `openers` are words that may come before a pattern's start (modifiers such as "early").
    pub(super) fn new<'w>(
        patterns: &[Pattern],
        class_start: impl Fn(Class) -> (Vec<&'w str>, bool),
        openers: impl Iterator<Item = &'w str>,
    ) -> Self {
        let mut ix = Self {
            len: patterns.len(),
            ..Self::default()
        };
        for w in openers {
            ix.by_word.entry(w.to_owned()).or_default();
        }
        for (pi, p) in patterns.iter().enumerate() {
            let mut required = false;
            for el in p.elements.iter().filter(|el| !el.consumes_nothing()) {
                match &el.matcher {
                    Matcher::Words(words) => {
                        for w in words {
                            push(&mut ix.by_word.entry(w.clone()).or_default().patterns, pi);
                        }
                    }
                    Matcher::Class(class, _) => {
                        match ix.classes.iter_mut().find(|(c, _)| c == class) {
                            Some((_, list)) => push(list, pi),
                            None => ix.classes.push((*class, vec![pi])),
                        }
                    }
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
        for p in patterns {
            let (firsts, nullable) = first_elements(&p.elements, 0);
            let ways = firsts
                .into_iter()
                .map(|first| {
                    let (rest, rest_nullable) = first_elements(&p.elements, first + 1);
                    Way {
                        first,
                        rest,
                        rest_nullable,
                    }
                })
                .collect();
            ix.follows.push(Follow { nullable, ways });
        }
        for &class in Class::ALL {
            let (words, numeric) = class_start(class);
            for w in words {
                *ix.class_words.entry(w.to_owned()).or_default() |= class_bit(class);
            }
            if numeric {
                ix.numeric_mask |= class_bit(class);
            }
        }
        ix
    }

    /// Whether anything can start at a token with folded key `key` that is no number: a
    /// pattern's first word, a word a first class can start with, or a modifier before them.
    pub(super) fn opens(&self, key: &str) -> bool {
        !self.always.is_empty() || self.by_word.contains_key(key)
    }

    pub(super) fn follow(&self, pi: usize) -> &Follow {
        &self.follows[pi]
    }

    /// The classes that may match at a token with folded key `key` (a superset: a class not
    /// in it does not match there).
    pub(super) fn class_mask(&self, key: &str, numeric: bool) -> u32 {
        self.class_words.get(key).copied().unwrap_or(0)
            | if numeric { self.numeric_mask } else { 0 }
    }

    /// Marks in `set` (one bit per pattern) the patterns that can start at a token with folded
    /// key `key`; `numeric` says whether the token is a number or starts with a digit, and
    /// `class_matches` whether a class matches there.
    pub(super) fn mark(
        &self,
        key: &str,
        numeric: bool,
        mut class_matches: impl FnMut(Class) -> bool,
        set: &mut [u64],
    ) {
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
            if list.iter().any(|&pi| set[pi / 64] & (1 << (pi % 64)) == 0) && class_matches(*class)
            {
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

// Class masks are u32.
const _: () = assert!(Class::ALL.len() <= 32);
