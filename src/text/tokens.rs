//! Tokens: UAX #29 words (via unicode-segmentation) with byte offsets into the original text
//! and a matching key (see [`super::fold`]). Whitespace is not a token; each token records
//! whether whitespace preceded it, which sentence splitting and "10:30" need.

use unicode_segmentation::UnicodeSegmentation;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    /// Letters (any script), possibly with digits: "नवंबर", "80वीं", "U.S".
    Word,
    /// Only digits (ASCII or Devanagari), possibly with inner "." or ",": "2024", "३.५", "1,000".
    Number,
    /// Anything else: punctuation, symbols, emoji.
    Punct,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    pub start: usize,
    pub end: usize,
    pub kind: TokenKind,
    pub space_before: bool,
    /// Whether a line break lies between this token and the previous one.
    pub newline_before: bool,
    key: (u32, u32),
}

/// A text with its tokens. Keys live in one buffer so that tokenising allocates little.
pub struct Doc<'a> {
    pub text: &'a str,
    pub tokens: Vec<Token>,
    keys: String,
}

impl<'a> Doc<'a> {
    pub fn new(text: &'a str) -> Self {
        if text.is_ascii() {
            Self::from_segments(text, super::ascii_words::split(text))
        } else {
            Self::from_segments(text, text.split_word_bound_indices())
        }
    }

    /// Tokens from the UAX #29 word segments of `text`.
    fn from_segments<'s>(text: &'a str, segments: impl Iterator<Item = (usize, &'s str)>) -> Self {
        let mut tokens = Vec::with_capacity(text.len() / 5);
        let mut keys = String::with_capacity(text.len());
        let mut space_before = true;
        let mut newline_before = true;
        for (start, word) in segments {
            if word.chars().all(|c| c.is_whitespace() || is_ignorable(c)) {
                space_before = true;
                newline_before |= word.contains(['\n', '\r', '\u{2029}', '\u{2028}']);
                continue;
            }
            let mut push = |offset: usize, piece: &str| {
                let k0 = keys.len();
                super::fold::fold_into(piece, &mut keys);
                tokens.push(Token {
                    start: start + offset,
                    end: start + offset + piece.len(),
                    kind: classify(piece),
                    space_before,
                    newline_before,
                    key: (k0 as u32, keys.len() as u32),
                });
                space_before = false;
                newline_before = false;
            };
            // "2024ء": a year with its era glued on is the year and the era's word.
            if let Some(at) = era_glued(word) {
                push(0, &word[..at]);
                push(at, &word[at..]);
                continue;
            }
            // Only a word with a period or an apostrophe may split: skip the Vec for the rest.
            if word.len() < 3 || !word.contains(['.', '．', '\'', '’']) {
                push(0, word);
            } else {
                for (offset, piece) in split_glued_periods(word) {
                    push(offset, piece);
                }
            }
        }
        Self { text, tokens, keys }
    }

    /// The matching key of token `i`.
    #[inline]
    pub fn key(&self, i: usize) -> &str {
        let (a, b) = self.tokens[i].key;
        &self.keys[a as usize..b as usize]
    }

    /// The original text of token `i`.
    #[inline]
    pub fn surface(&self, i: usize) -> &'a str {
        &self.text[self.tokens[i].start..self.tokens[i].end]
    }

    /// Whether token `i` touches token `i - 1` with no space between.
    #[inline]
    pub fn glued(&self, i: usize) -> bool {
        i > 0 && !self.tokens[i].space_before
    }

    /// Whether a blank line (a paragraph break) lies between token `i - 1` and token `i`. No
    /// name or phrase runs across one: "दूसरा \n\nविश्व युद्ध" is scraped text, not one name.
    pub fn paragraph_before(&self, i: usize) -> bool {
        i > 0
            && i < self.tokens.len()
            && self.tokens[i].newline_before
            && self.text[self.tokens[i - 1].end..self.tokens[i].start]
                .chars()
                .filter(|&c| c == '\n' || c == '\u{2029}')
                .count()
                >= 2
    }

    #[inline]
    pub fn len(&self) -> usize {
        self.tokens.len()
    }

    #[inline]
    pub fn is_empty(&self) -> bool {
        self.tokens.is_empty()
    }
}

/// UAX #29 keeps "है.अमदीनेजाद" and "said.He" as one word. Split such a word at the period,
/// which becomes its own token, when a sentence may end there: always inside Devanagari, and
/// in Latin before a capital after two or more letters (so "U.S", "e.g" and "example.com" stay).
fn split_glued_periods(word: &str) -> Vec<(usize, &str)> {
    // English possessives: "Friday's" → "Friday" + "'s", as CoNLL and TimeML tokenise them.
    for suffix in ["'s", "’s"] {
        if let Some(stem) = word.strip_suffix(suffix) {
            if stem.len() >= 2 && stem.chars().all(|c| c.is_ascii_alphanumeric()) {
                return vec![(0, stem), (stem.len(), &word[stem.len()..])];
            }
        }
    }
    // An apostrophe between letters of a script other than Latin is a quote mark glued to its
    // words ("अफ़सोस नहीं'कपिल शर्मा"): its own token.
    if word.contains(['\'', '’']) && !word.is_ascii() {
        let mut out = Vec::new();
        let mut from = 0;
        for (i, c) in word.char_indices().filter(|&(_, c)| c == '\'' || c == '’') {
            if from < i {
                out.extend(
                    split_glued_periods(&word[from..i])
                        .into_iter()
                        .map(|(o, p)| (from + o, p)),
                );
            }
            out.push((i, &word[i..i + c.len_utf8()]));
            from = i + c.len_utf8();
        }
        if from < word.len() {
            out.extend(
                split_glued_periods(&word[from..])
                    .into_iter()
                    .map(|(o, p)| (from + o, p)),
            );
        }
        return out;
    }
    let has_dot = word.contains(['.', '．']);
    if !has_dot || word.len() < 3 {
        return vec![(0, word)];
    }
    let devanagari = word.chars().any(|c| ('\u{0900}'..='\u{097F}').contains(&c));
    let mut out = Vec::new();
    let mut from = 0;
    for (i, c) in word.char_indices() {
        if c != '.' && c != '．' {
            continue;
        }
        let before = &word[from..i];
        let after = &word[i + c.len_utf8()..];
        let split = if devanagari {
            !before.is_empty()
                && !after.is_empty()
                && !before.chars().all(|c| super::script::digit(c).is_some())
        } else {
            before.chars().count() >= 2
                && before.chars().all(char::is_alphabetic)
                && after.chars().next().is_some_and(char::is_uppercase)
        };
        if split {
            out.push((from, before));
            out.push((i, &word[i..i + c.len_utf8()]));
            from = i + c.len_utf8();
        }
    }
    out.push((from, &word[from..]));
    out
}

/// Where the era mark starts in digits with an era mark glued after them ("2024ء", "1446ھ",
/// "۲۰۲۴ء"; see [`super::script::is_era_mark`]).
fn era_glued(word: &str) -> Option<usize> {
    let (at, last) = word.char_indices().next_back()?;
    (at > 0
        && super::script::is_era_mark(last)
        && word[..at]
            .chars()
            .all(|c| super::script::digit(c).is_some()))
    .then_some(at)
}

fn is_ignorable(c: char) -> bool {
    matches!(
        c,
        '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{FEFF}' | '\u{00AD}'
    )
}

fn classify(word: &str) -> TokenKind {
    let (mut digits, mut letters, mut other) = (false, false, false);
    for c in word.chars() {
        if super::script::digit(c).is_some() {
            digits = true;
        } else if is_letter(c) {
            letters = true;
        } else if !matches!(c, '.' | ',' | '\'' | '’' | '\u{066B}' | '\u{066C}') {
            other = true;
        }
    }
    if letters {
        TokenKind::Word
    } else if digits && !other {
        TokenKind::Number
    } else {
        TokenKind::Punct
    }
}

/// `c.is_alphabetic() || is_mark(c)`, without std's table search for ASCII and Devanagari:
/// that search took an eighth of all instructions on Hindi news (see docs/benchmarks.md).
/// In U+0900..U+097F everything is a letter or a mark except ।, ॥, the digits and ॰.
fn is_letter(c: char) -> bool {
    match c {
        '\0'..='\x7f' => c.is_ascii_alphabetic(),
        '\u{0900}'..='\u{097F}' => !('\u{0964}'..='\u{0970}').contains(&c),
        _ => c.is_alphabetic() || is_mark(c),
    }
}

/// Combining marks; Devanagari vowel signs are not `alphabetic` in every Unicode version.
pub fn is_mark(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036F | 0x0900..=0x0903 | 0x093A..=0x094F | 0x0951..=0x0957 | 0x0962 | 0x0963)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(text: &str) -> Vec<String> {
        let d = Doc::new(text);
        (0..d.len()).map(|i| d.key(i).to_owned()).collect()
    }

    #[test]
    fn devanagari_words_stay_whole() {
        assert_eq!(keys("18 नवंबर को पुतिन ने"), ["18", "नवंबर", "को", "पुतिन", "ने"]);
        assert_eq!(keys("80वीं वर्षगांठ"), ["80वीं", "वर्षगांठ"]);
        assert_eq!(keys("रूस-चीन"), ["रूस", "-", "चीन"]);
        assert_eq!(keys("Friday's talks"), ["friday", "'s", "talks"]);
        assert_eq!(keys("2024ء میں"), ["2024", "ء", "میں"]);
        assert_eq!(keys("۱۴۴۶ھ"), ["1446", "ھ"]);
        assert_eq!(keys("80ویں"), ["80ویں"]);
    }

    #[test]
    fn paragraph_breaks() {
        let d = Doc::new("दूसरा \n\n विश्व\nयुद्ध\r\n\r\nख़त्म");
        let p: Vec<bool> = (0..d.len()).map(|i| d.paragraph_before(i)).collect();
        assert_eq!(p, [false, true, false, true]);
    }

    #[test]
    fn offsets_point_into_the_original() {
        let text = "ज़\u{200D}रा  १८ नवम्बर।";
        let d = Doc::new(text);
        for (i, t) in d.tokens.iter().enumerate() {
            assert_eq!(&text[t.start..t.end], d.surface(i));
        }
        assert_eq!(d.key(1), "18");
        assert_eq!(d.tokens[1].kind, TokenKind::Number);
        assert_eq!(d.key(2), "नवंबर");
        assert!(d.tokens[1].space_before);
        assert!(!d.tokens[3].space_before);
    }

    #[test]
    fn letter_fast_path_agrees_with_std() {
        for c in ('\0'..='\x7f').chain('\u{0900}'..='\u{097F}') {
            assert_eq!(
                is_letter(c),
                c.is_alphabetic() || is_mark(c),
                "{c:?} U+{:04X}",
                c as u32
            );
        }
    }

    #[test]
    fn kinds() {
        let d = Doc::new("U.S. 3.5 1,000 , 😀");
        let kinds: Vec<_> = d.tokens.iter().map(|t| t.kind).collect();
        assert_eq!(
            kinds,
            [
                TokenKind::Word,
                TokenKind::Punct,
                TokenKind::Number,
                TokenKind::Number,
                TokenKind::Punct,
                TokenKind::Punct
            ]
        );
    }
}
