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
//! - Arabic script (Urdu): one letter for the Arabic and Urdu forms of ye, kaf and he, hamza
//!   forms to their bases, short vowels, shadda and tatweel dropped ([`super::script::arabic_key`]).
//! - Every script's digits become ASCII: २०२४, ۲۰۲۴ and ٢٠٢٤ → 2024.

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

/// Appends the matching key of `word` to `out`. Streams, without a buffer per word: the one
/// rule that looks ahead (nasal + virama + consonant → anusvara) holds back at most two chars.
pub fn fold_into(word: &str, out: &mut String) {
    if word.is_ascii() {
        out.extend(word.bytes().map(|b| char::from(b.to_ascii_lowercase())));
        return;
    }
    let mut nasal = Nasal::default();
    let mut push = |c: char| match c {
        NUKTA | '\u{200C}' | '\u{200D}' => {}
        CANDRABINDU => nasal.push(ANUSVARA, out),
        '०'..='९' => nasal.push(char::from(b'0' + (c as u32 - '०' as u32) as u8), out),
        // NFC leaves the precomposed nukta letters decomposed except these three.
        'ऩ' => nasal.push('न', out),
        'ऱ' => nasal.push('र', out),
        'ऴ' => nasal.push('ळ', out),
        // Devanagari has no case: skip the lower-case table search.
        '\u{0900}'..='\u{097F}' => nasal.push(c, out),
        '٠'..='٩' | '۰'..='۹' => {
            let d = super::script::digit(c).unwrap_or(0);
            nasal.push(char::from(b'0' + d), out)
        }
        '\u{0600}'..='\u{06FF}' => {
            if let Some(k) = super::script::arabic_key(c) {
                nasal.push(k, out)
            }
        }
        _ => c.to_lowercase().for_each(|l| nasal.push(l, out)),
    };
    // Most words are NFC already, and the quick check costs far less than composing.
    if plainly_nfc(word) || super::nfc::is_quick(word) {
        word.chars().for_each(&mut push);
    } else {
        super::nfc::nfc(word).into_iter().for_each(&mut push);
    }
    nasal.flush(out);
}

/// Whether `word` is NFC by a range test alone: ASCII and Devanagari other than the nukta
/// (which composes with न, र, ळ), the stress marks U+0951–U+0954 (combining class 220/230,
/// so their order matters) and the nukta letters U+0958–U+095F (excluded from composition).
/// Every other char there has NFC_QC = Yes and combining class 0 or 9 (virama), so no order
/// check can fail; [`super::nfc::is_quick`] answers the rest.
fn plainly_nfc(word: &str) -> bool {
    word.chars().all(|c| match c {
        '\0'..='\x7f' => true,
        '\u{093C}' | '\u{0951}'..='\u{0954}' | '\u{0958}'..='\u{095F}' => false,
        '\u{0900}'..='\u{097F}' => true,
        _ => false,
    })
}

/// The nasal + virama + consonant → anusvara rule over a stream of folded chars.
#[derive(Default)]
struct Nasal {
    /// A nasal consonant waiting for what follows, and whether a virama followed it.
    held: Option<(char, bool)>,
}

impl Nasal {
    fn push(&mut self, c: char, out: &mut String) {
        match self.held {
            Some((n, false)) if c == VIRAMA => self.held = Some((n, true)),
            Some((_, true)) if is_devanagari_consonant(c) => {
                self.held = None;
                out.push(ANUSVARA);
                self.push(c, out);
            }
            Some(_) => {
                self.flush(out);
                self.push(c, out);
            }
            None if is_nasal(c) => self.held = Some((c, false)),
            None => out.push(c),
        }
    }

    fn flush(&mut self, out: &mut String) {
        if let Some((n, virama)) = self.held.take() {
            out.push(n);
            if virama {
                out.push(VIRAMA);
            }
        }
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

    /// The buffered fold this streaming one replaced, as the reference.
    fn fold_buffered(word: &str) -> String {
        use super::*;
        let mut chars: Vec<char> = Vec::new();
        for c in unicode_normalization::UnicodeNormalization::nfc(word) {
            match c {
                NUKTA | '\u{200C}' | '\u{200D}' => {}
                CANDRABINDU => chars.push(ANUSVARA),
                '०'..='९' => chars.push(char::from(b'0' + (c as u32 - '०' as u32) as u8)),
                'ऩ' => chars.push('न'),
                'ऱ' => chars.push('र'),
                'ऴ' => chars.push('ळ'),
                _ => chars.extend(c.to_lowercase()),
            }
        }
        let mut out = String::new();
        let mut i = 0;
        while i < chars.len() {
            let c = chars[i];
            if is_nasal(c)
                && chars.get(i + 1) == Some(&VIRAMA)
                && chars
                    .get(i + 2)
                    .is_some_and(|&n| is_devanagari_consonant(n))
            {
                out.push(ANUSVARA);
                i += 2;
                continue;
            }
            out.push(c);
            i += 1;
        }
        out
    }

    #[test]
    fn streaming_fold_matches_the_buffered_one() {
        for word in crate::test_words::random_words(
            "नमणञङ््कखषसहा़ँंःिीुू०१९aZİß\u{200C}\u{200D}\u{095E}\u{0929}\u{0301}eÅ",
            0x2545_F491_4F6C_DD1D,
            20_000,
            9,
        ) {
            assert_eq!(fold(&word), fold_buffered(&word), "{word:?}");
        }
        for w in [
            "नम्न",
            "न्न्क",
            "हिन्दी",
            "म्",
            "न्",
            "न्म्क",
            "ण्ड",
            "ञ्च",
            "ङ्ग",
            "न्\u{200D}क",
        ] {
            assert_eq!(fold(w), fold_buffered(w), "{w:?}");
        }
    }

    #[test]
    fn plainly_nfc_agrees_with_the_quick_check() {
        use super::plainly_nfc;
        use unicode_normalization::{is_nfc_quick, IsNormalized};
        let chars: Vec<char> = ('\0'..='\x7f').chain('\u{0900}'..='\u{097F}').collect();
        for &a in &chars {
            for &b in &chars {
                let w: String = [a, b].iter().collect();
                if plainly_nfc(&w) {
                    assert_eq!(is_nfc_quick(w.chars()), IsNormalized::Yes, "{w:?}");
                }
            }
        }
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
