//! Latin acronyms spelt with Devanagari letter names: एससीओ = एस सी ओ = "SCO", बीजेपी = "BJP".

/// Letter names as they fold (nukta dropped, so ज़ेड and जेड are one).
const LETTERS: &[(&str, char)] = &[
    ("ए", 'A'),
    ("बी", 'B'),
    ("सी", 'C'),
    ("डी", 'D'),
    ("ई", 'E'),
    ("एफ", 'F'),
    ("जी", 'G'),
    ("एच", 'H'),
    ("आई", 'I'),
    // Also written with a short i: आइओसी, आइओए (IOC, IOA).
    ("आइ", 'I'),
    ("जे", 'J'),
    ("के", 'K'),
    ("एल", 'L'),
    ("एम", 'M'),
    ("एन", 'N'),
    ("ओ", 'O'),
    ("पी", 'P'),
    ("क्यू", 'Q'),
    ("आर", 'R'),
    ("एस", 'S'),
    ("टी", 'T'),
    ("यू", 'U'),
    ("वी", 'V'),
    ("डब्ल्यू", 'W'),
    ("डब्लू", 'W'),
    ("एक्स", 'X'),
    ("वाई", 'Y'),
    ("जेड", 'Z'),
];

/// The Devanagari characters (U+0900 + bit) that letter names are made of.
const LETTER_CHARS: u128 = {
    let mut m = 0u128;
    let mut i = 0;
    while i < LETTERS.len() {
        // Every character of a letter name is a three-byte UTF-8 sequence in U+0900–U+097F.
        let b = LETTERS[i].0.as_bytes();
        let mut j = 0;
        while j + 3 <= b.len() {
            let cp = ((b[j] as u32 & 0x0f) << 12)
                | ((b[j + 1] as u32 & 0x3f) << 6)
                | (b[j + 2] as u32 & 0x3f);
            m |= 1u128 << (cp - 0x900);
            j += 3;
        }
        i += 1;
    }
    m
};

/// Acronyms that name no organisation: roles, documents, things ("पीएम", "एफआईआर", "जीएसटी").
const NOT_ORG: &[&str] = &[
    "PM", "CM", "DM", "SP", "MP", "MLA", "IAS", "IPS", "SHO", "DG", "IG", "DGP", "CEO", "CFO",
    "FIR", "VIP", "VVIP", "DNA", "GST", "GDP", "ATM", "EMI", "LPG", "CNG", "OTP", "PIN", "SMS",
    "TV", "GPS", "AI", "IT", "CCTV", "HIV", "ICU", "OPD", "UPI", "PAN", "KYC", "NRI", "EVM", "PIL",
    "MSP", "ODI", "AC", "DC", "OK", "PHD", "MBA", "BA", "MA", "BSC", "MSC", "CD", "DVD", "PC",
    "SUV", "KM", "AM", "USB", "LED", "PDF", "ID", "SIM", "GB", "MB", "SEO", "IPL", "SUV", "MRI",
    "CT", "ECG", "RTI", "OBC", "SC", "ST", "EWS", "NDA", "IOS", "HTML", "XHTML", "XML", "URL",
    "WWW", "USA", "UAE", "UK", "US", "PA", "PS",
];

/// The Latin letters of a Devanagari letter-name spelling, if the whole word is one.
pub fn decode(key: &str) -> Option<String> {
    // Letter names use a few characters only; most words have another one and fail here.
    // Read as bytes: every such character is E0 A4 xx or E0 A5 xx (U+0900–U+097F).
    let letter_char = |c: &[u8]| {
        c[0] == 0xe0
            && c[1] & 0xfe == 0xa4
            && LETTER_CHARS >> (((c[1] & 1) as u32) << 6 | (c[2] & 0x3f) as u32) & 1 == 1
    };
    if key.len() % 3 != 0 || !key.as_bytes().chunks_exact(3).all(letter_char) {
        return None;
    }
    // Dynamic programming over byte positions: from[i] = (previous position, letter) of the
    // first spelling found for key[..i]. Acronyms are short; longer words are not spelt out.
    const MAX: usize = 96;
    let n = key.len();
    if n > MAX {
        return None;
    }
    let mut from = [(u8::MAX, 0u8); MAX + 1];
    from[0] = (0, 0);
    let b = key.as_bytes();
    // Every character is three bytes here; a letter name is tried only where its first
    // character stands (most positions have one or two names that begin there).
    for i in (0..n).step_by(3) {
        if from[i].0 == u8::MAX && i != 0 {
            continue;
        }
        let first = [b[i], b[i + 1], b[i + 2]];
        for &(name, letter) in LETTERS {
            let name = name.as_bytes();
            let j = i + name.len();
            if [name[0], name[1], name[2]] == first
                && j <= n
                && from[j].0 == u8::MAX
                && b[i + 3..j].iter().eq(&name[3..])
            {
                from[j] = (i as u8, letter as u8);
            }
        }
    }
    if from[n].0 == u8::MAX {
        return None;
    }
    let mut out = Vec::new();
    let mut at = n;
    while at > 0 {
        out.push(from[at].1);
        at = from[at].0 as usize;
    }
    out.reverse();
    (out.len() >= 2).then(|| String::from_utf8(out).expect("ASCII letters"))
}

/// The Latin letters of words that each name one letter, where a language writes them apart
/// (`letter-words` in its `language.tsv`): "ایف آئی اے" is FIA. `None` for fewer than two
/// words or any word that is no letter name.
pub fn spelt_words(lang: crate::text::Lang, keys: &[&str]) -> Option<String> {
    if keys.len() < 2 {
        return None;
    }
    keys.iter().map(|k| letter_word(lang, k)).collect()
}

/// The Latin letter a word names where the language writes letter names apart ("ایف": F).
pub fn letter_word(lang: crate::text::Lang, key: &str) -> Option<char> {
    crate::text::settings::of(lang)
        .letter_words
        .iter()
        .find(|(name, _)| name == key)
        .map(|&(_, l)| l)
}

/// Whether letters spelt out name an organisation rather than a role, a document or a thing
/// (PM, FIR, GDP): at least three letters, or two in Latin.
pub fn names_org(letters: &str, latin: bool) -> bool {
    !names_no_org(letters) && (latin || letters.len() >= 3)
}

/// Whether letters spell a role, a document or a thing, never an organisation (`NOT_ORG`).
pub fn names_no_org(letters: &str) -> bool {
    NOT_ORG.contains(&letters)
}

/// The Latin letter that a Devanagari letter name spells alone: "एन" N, "डी" D.
pub fn letter(key: &str) -> Option<char> {
    LETTERS
        .iter()
        .find(|(name, _)| *name == key)
        .map(|&(_, l)| l)
}

/// The acronym a token spells, in Latin capitals: "SCO" for "SCO" and for "एससीओ".
pub fn letters(surface: &str, key: &str) -> Option<String> {
    if surface.is_ascii() {
        let b = surface.as_bytes();
        if !b.iter().all(|&c| c.is_ascii_uppercase() || c == b'.')
            || b.iter().filter(|c| c.is_ascii_uppercase()).count() < 2
            || roman_numeral(surface)
        {
            return None;
        }
        return Some(
            b.iter()
                .filter(|c| c.is_ascii_uppercase())
                .map(|&c| c as char)
                .collect(),
        );
    }
    decode(key)
}

/// A Roman numeral of two letters or more up to 39 ("II", "XIV"): an edition or a part, no
/// acronym ("जीएसएलवी एमके - III", "Basel III").
fn roman_numeral(surface: &str) -> bool {
    let s = surface.trim_end_matches('.');
    let tens = s.len() - s.trim_start_matches('X').len();
    let units = &s[tens..];
    s.len() >= 2
        && tens <= 3
        && matches!(
            units,
            "" | "I" | "II" | "III" | "IV" | "V" | "VI" | "VII" | "VIII" | "IX"
        )
}

/// Whether a Latin token spells an acronym ("SCO", "U.S."), without building its letters.
pub fn is_latin_acronym(surface: &str) -> bool {
    let b = surface.as_bytes();
    b.iter().all(|&c| c.is_ascii_uppercase() || c == b'.')
        && b.iter().filter(|c| c.is_ascii_uppercase()).count() >= 2
}

/// Whether the token is an acronym likely to name an organisation.
pub fn is_org_acronym(surface: &str, key: &str) -> bool {
    let latin = surface.is_ascii();
    match letters(surface, key) {
        Some(s) => names_org(&s, latin),
        None => false,
    }
}

/// The Devanagari letters an English name's word may begin with when its first Latin letter is
/// `letter`: "Court" is कोर्ट (C, क), "General" जनरल (G, ज), "Foreign" फॉरेन (F, फ).
fn initial_sounds(letter: u8) -> &'static str {
    match letter {
        b'A' => "अआएऐऑ",
        b'B' => "ब",
        b'C' => "कसचश",
        b'D' => "डद",
        b'E' => "एइईअय",
        b'F' => "फ",
        b'G' => "गज",
        b'H' => "ह",
        b'I' => "इईआअ",
        b'J' => "ज",
        b'K' => "कख",
        b'L' => "ल",
        b'M' => "म",
        b'N' => "न",
        b'O' => "ओऔऑअ",
        b'P' => "पफ",
        b'Q' => "क",
        b'R' => "र",
        b'S' => "सशष",
        b'T' => "टतथठ",
        b'U' => "यउऊअ",
        b'V' => "व",
        b'W' => "व",
        b'X' => "एज",
        b'Y' => "य",
        b'Z' => "ज",
        _ => "",
    }
}

/// Whether an acronym's letters are the first sounds of a name's words, joining words
/// skipped: "FISC" and फॉरेन इंटेलिजेंस सर्विलांस कोर्ट (English written in Devanagari),
/// "BIS" and Bank for International Settlements. A Latin word must begin with the letter
/// itself. A translated name (शंघाई सहयोग संगठन, SCO) does not match by sound; its English
/// gloss does, in linking.
pub fn spelt_by(letters: &str, words: &[&str]) -> bool {
    // Words that join a name's parts have no letter in its acronym (`ner-name-words.tsv`).
    let mut words = words.iter().filter(|w| {
        super::cues::name_word(w) & (super::cues::CONNECTOR | super::cues::JOINING) == 0
    });
    if letters.len() < 2 || letters.len() != words.clone().count() {
        return false;
    }
    letters
        .bytes()
        .zip(&mut words)
        .all(|(l, w)| match w.chars().next() {
            Some(c) if c.is_ascii() => c.to_ascii_uppercase() as u8 == l,
            Some(c) => initial_sounds(l).contains(c),
            None => false,
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::fold;

    #[test]
    fn roman_numerals_are_no_acronyms() {
        for n in ["II", "III", "IV", "XIV", "XXIII", "VIII."] {
            assert_eq!(letters(n, &fold(n)), None, "{n}");
        }
        assert_eq!(letters("IMF", "imf").as_deref(), Some("IMF"));
        assert_eq!(letters("IVF", "ivf").as_deref(), Some("IVF"));
        assert_eq!(letters("XXXX", "xxxx").as_deref(), Some("XXXX"));
    }

    #[test]
    fn letter_names() {
        assert_eq!(decode(&fold("एससीओ")).as_deref(), Some("SCO"));
        assert_eq!(decode(&fold("बीजेपी")).as_deref(), Some("BJP"));
        assert_eq!(decode(&fold("डब्ल्यूएचओ")).as_deref(), Some("WHO"));
        assert_eq!(decode(&fold("भारत")), None);
        assert!(is_org_acronym("एससीओ", &fold("एससीओ")));
        assert!(!is_org_acronym("पीएम", &fold("पीएम")));
        assert!(is_org_acronym("SCO", "sco"));
        assert_eq!(
            decode(&fold("एएएएएएएएएएएएएएएएएएएएएएएएएएएएएएएएएएएएएएएएएएएए")),
            None
        );
        assert_eq!(decode(&fold("आईआईएम")).as_deref(), Some("IIM"));
        // One letter alone, as initials are written apart: "एन डी तिवारी".
        assert_eq!(
            (
                letter(&fold("एन")),
                letter(&fold("डी")),
                letter(&fold("भारत"))
            ),
            (Some('N'), Some('D'), None)
        );
        assert_eq!(letters("U.S.", "u.s.").as_deref(), Some("US"));
        assert!(is_latin_acronym("U.S.") && !is_latin_acronym("Us"));
    }

    #[test]
    fn acronyms_spelt_by_a_name() {
        assert!(spelt_by("FISC", &["फॉरेन", "इंटेलिजेंस", "सर्विलांस", "कोर्ट"]));
        // A translated name is matched through its English gloss elsewhere, not by sound.
        assert!(!spelt_by("SCO", &["शंघाई", "सहयोग", "संगठन"]));
        assert!(spelt_by(
            "EBRD",
            &["यूरोपियन", "बैंक", "फॉर", "रिकन्स्ट्रक्शन", "एंड", "डेवलपमेंट"]
        ));
        assert!(spelt_by(
            "BIS",
            &["Bank", "for", "International", "Settlements"]
        ));
        assert!(!spelt_by("NSA", &["राष्ट्रीय", "सुरक्षा", "एजेंसी"]));
        assert!(!spelt_by("SCO", &["शंघाई", "सहयोग"]));
        assert!(!spelt_by("S", &["शंघाई"]));
    }
}
