//! Sentence splitting over tokens.
//!
//! Splits after । ॥ | ۔ ؟ ? ! . (and full-width ？！．。), keeping closing quotes and brackets with
//! the sentence they close, and at line breaks unless the text is hard-wrapped. A period does
//! not end a sentence after an abbreviation ("डॉ.", "Mr.", "No. 5"), an initial ("J."), a
//! dotted acronym ("U.S.") or before a lower-case word. "है.अमदीनेजाद" splits because the
//! tokenizer already cut that UAX #29 word at its period.

use super::tokens::{Doc, Token, TokenKind};
use crate::lexicon;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SentenceSpan {
    /// Token range `[first, last)`.
    pub tokens: (usize, usize),
    /// Byte range in the original text.
    pub bytes: (usize, usize),
}

fn is_hard_terminator(s: &str) -> bool {
    !s.is_empty() && s.chars().all(super::script::ends_sentence)
}

fn is_period(s: &str) -> bool {
    matches!(s, "." | "．" | "..." | "…")
}

fn is_closer(s: &str) -> bool {
    matches!(s, "\"" | "'" | "”" | "’" | "»" | ")" | "]" | "}" | "›")
}

/// Whether a period after token `i` (the period is token `i + 1`) ends the sentence.
fn period_ends_sentence(doc: &Doc, i: usize) -> bool {
    let next = i + 2;
    let prev = doc.surface(i);
    let key = doc.key(i);
    if let Some(rule) = lexicon::abbreviation(key) {
        let next_is_number = next < doc.len() && doc.tokens[next].kind == TokenKind::Number;
        if !rule.only_before_number || next_is_number {
            return false;
        }
    }
    let mut chars = prev.chars();
    if let (Some(c), None) = (chars.next(), chars.next()) {
        if c.is_uppercase() {
            return false; // an initial: "J. Smith"
        }
    }
    if prev.contains('.') && prev.chars().any(|c| c.is_ascii_alphabetic()) {
        return false; // "U.S." — a dotted acronym
    }
    if next < doc.len() {
        if let Some(c) = doc.surface(next).chars().next() {
            if c.is_lowercase() || c.is_ascii_digit() && !doc.tokens[next].space_before {
                return false;
            }
        }
    }
    true
}

/// Whether single line breaks are layout (hard-wrapped text) rather than paragraph ends.
fn hard_wrapped(text: &str) -> bool {
    let lines: Vec<&str> = text
        .lines()
        .map(str::trim_end)
        .filter(|l| !l.trim().is_empty())
        .collect();
    if lines.len() < 4 {
        return false;
    }
    let open = lines
        .iter()
        .filter(|l| !l.ends_with(['.', '।', '?', '!', '"', '”', ':', '॥', '|', '۔', '؟']))
        .count();
    let mut lens: Vec<usize> = lines.iter().map(|l| l.chars().count()).collect();
    lens.sort_unstable();
    let median = lens[lens.len() / 2];
    open * 2 > lines.len() && (30..=110).contains(&median)
}

pub fn split_sentences(doc: &Doc) -> Vec<SentenceSpan> {
    let wrapped = hard_wrapped(doc.text);
    let mut out = Vec::new();
    let n = doc.len();
    let mut first = 0;
    let mut i = 0;
    let push = |out: &mut Vec<SentenceSpan>, a: usize, b: usize| {
        if a < b {
            out.push(SentenceSpan {
                tokens: (a, b),
                bytes: (doc.tokens[a].start, doc.tokens[b - 1].end),
            });
        }
    };
    while i < n {
        let t: &Token = &doc.tokens[i];
        // A paragraph break (or a line break in text that is not hard-wrapped) before token i.
        if i > first && t.newline_before && (!wrapped || blank_line_before(doc, i)) {
            push(&mut out, first, i);
            first = i;
        }
        let s = doc.surface(i);
        // Terminators and periods are punctuation tokens: words and numbers skip the checks.
        let ends = if t.kind != TokenKind::Punct {
            false
        } else if is_hard_terminator(s) {
            true
        } else if is_period(s) {
            i == first
                || !(doc.tokens[i].space_before) && period_ends_sentence(doc, i - 1)
                || doc.tokens[i].space_before
        } else {
            false
        };
        i += 1;
        if ends {
            while i < n && is_closer(doc.surface(i)) && !doc.tokens[i].space_before {
                i += 1;
            }
            push(&mut out, first, i);
            first = i;
        }
    }
    push(&mut out, first, n);
    out
}

fn blank_line_before(doc: &Doc, i: usize) -> bool {
    let gap = &doc.text[doc.tokens[i - 1].end..doc.tokens[i].start];
    gap.matches('\n').count() >= 2
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentences(text: &str) -> Vec<String> {
        let doc = Doc::new(text);
        split_sentences(&doc)
            .iter()
            .map(|s| text[s.bytes.0..s.bytes.1].to_owned())
            .collect()
    }

    #[test]
    fn danda_and_question() {
        assert_eq!(
            sentences("यह पहला है। यह दूसरा है? और तीसरा!"),
            ["यह पहला है।", "यह दूसरा है?", "और तीसरा!"]
        );
        assert_eq!(sentences("एक॥ दो।"), ["एक॥", "दो।"]);
    }

    #[test]
    fn glued_period_splits() {
        assert_eq!(
            sentences("यह कहा गया है.अमदीनेजाद ने जवाब दिया."),
            ["यह कहा गया है.", "अमदीनेजाद ने जवाब दिया."]
        );
    }

    #[test]
    fn abbreviations_initials_decimals() {
        assert_eq!(
            sentences("डॉ. शर्मा ने 3.5 प्रतिशत कहा। फिर गए।"),
            ["डॉ. शर्मा ने 3.5 प्रतिशत कहा।", "फिर गए।"]
        );
        assert_eq!(
            sentences("Mr. Smith went to the U.S. on Monday. He met J. Doe."),
            ["Mr. Smith went to the U.S. on Monday.", "He met J. Doe."]
        );
        assert_eq!(
            sentences("He lives at No. 5 Park Lane. Next."),
            ["He lives at No. 5 Park Lane.", "Next."]
        );
        assert_eq!(
            sentences("बी.जे.पी. ने कहा। ठीक।"),
            ["बी.जे.पी. ने कहा।", "ठीक।"]
        );
    }

    #[test]
    fn quotes_stay_and_lines_split() {
        assert_eq!(
            sentences("उसने कहा, “ठीक है।” फिर"),
            ["उसने कहा, “ठीक है।”", "फिर"]
        );
        assert_eq!(sentences("शीर्षक\nपहला वाक्य।"), ["शीर्षक", "पहला वाक्य।"]);
        assert_eq!(
            sentences("full-width stop．Next"),
            ["full-width stop．", "Next"]
        );
    }
}
