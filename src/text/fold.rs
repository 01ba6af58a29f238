//! Matching keys. Two spellings that a reader takes for the same word get the same key;
//! offsets never come from keys, only from tokens, so folding may change lengths freely.
//!
//! - NFC, then nukta dropped: फ़रवरी, फ़रवरी (फ + ◌़) and फरवरी all key as फरवरी.
//! - ZWJ and ZWNJ dropped.
//! - Devanagari digits become ASCII: २०२४ → 2024.
//! - candrabindu becomes anusvara: पाँच → पांच.
//! - a nasal consonant with virama before a consonant becomes anusvara: नवम्बर → नवंबर,
//!   हिन्दी → हिंदी.
//! - Latin letters are lower-cased.

use unicode_normalization::{is_nfc_quick, IsNormalized, UnicodeNormalization};

const NUKTA: char = '\u{093C}';
const VIRAMA: char = '\u{094D}';
const ANUSVARA: char = '\u{0902}';
const CANDRABINDU: char = '\u{0901}';

fn is_devanagari_consonant(c: char) -> bool {
    ('\u{0915}'..='\u{0939}').contains(&c) || ('\u{0958}'..='\u{095F}').contains(&c)
}

fn is_nasal(c: char) -> bool {
    matches!(c, 'ङ' | 'ञ' | 'ण' | 'न' | 'म')
}

/// Appends the matching key of `word` to `out`.
pub fn fold_into(word: &str, out: &mut String) {
    let mut chars: Vec<char> = Vec::with_capacity(word.len());
    let ascii = word.is_ascii();
    if ascii {
        chars.extend(word.chars().map(|c| c.to_ascii_lowercase()));
    } else {
        let mut push = |c: char| match c {
            NUKTA | '\u{200C}' | '\u{200D}' => {}
            CANDRABINDU => chars.push(ANUSVARA),
            '०'..='९' => chars.push(char::from(b'0' + (c as u32 - '०' as u32) as u8)),
            // NFC leaves the precomposed nukta letters decomposed except these three.
            'ऩ' => chars.push('न'),
            'ऱ' => chars.push('र'),
            'ऴ' => chars.push('ळ'),
            // Devanagari has no case: skip the lower-case table search.
            '\u{0900}'..='\u{097F}' => chars.push(c),
            _ => chars.extend(c.to_lowercase()),
        };
        // Most words are NFC already, and the quick check costs far less than composing.
        if is_nfc_quick(word.chars()) == IsNormalized::Yes {
            word.chars().for_each(&mut push);
        } else {
            word.nfc().for_each(&mut push);
        }
    }
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if is_nasal(c)
            && chars.get(i + 1) == Some(&VIRAMA)
            && chars.get(i + 2).is_some_and(|&n| is_devanagari_consonant(n))
        {
            out.push(ANUSVARA);
            i += 2;
            continue;
        }
        out.push(c);
        i += 1;
    }
}

/// The matching key of `word`.
pub fn fold(word: &str) -> String {
    let mut s = String::with_capacity(word.len());
    fold_into(word, &mut s);
    s
}

#[cfg(test)]
mod tests {
    use super::fold;

    #[test]
    fn nukta_forms_are_equal() {
        assert_eq!(fold("फ़रवरी"), fold("फ\u{093C}रवरी"));
        assert_eq!(fold("फ़रवरी"), fold("फरवरी"));
        assert_eq!(fold("\u{095B}"), fold("ज"));
    }

    #[test]
    fn joiners_digits_and_nasals() {
        assert_eq!(fold("क्\u{200D}ष"), fold("क्ष"));
        assert_eq!(fold("२०२४"), "2024");
        assert_eq!(fold("नवम्बर"), fold("नवंबर"));
        assert_eq!(fold("हिन्दी"), fold("हिंदी"));
        assert_eq!(fold("पाँच"), fold("पांच"));
        assert_eq!(fold("November"), "november");
        // a nasal before a vowel sign stays: नमन is not नंन
        assert_eq!(fold("नमन"), "नमन");
    }
}
