//! Script facts, one place per script: which letters belong to it, its digits, its sentence
//! marks, its direction and how its matching keys are normalised ([`super::fold`]). A
//! language names its script in `data/<lang>/language.tsv` (`script`).

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Script {
    Latin,
    Devanagari,
    /// Arabic script as Urdu (and Persian and Arabic) write it.
    Arabic,
}

impl Script {
    pub const ALL: [Script; 3] = [Script::Latin, Script::Devanagari, Script::Arabic];

    /// The ISO 15924 code in lower case, as `language.tsv` writes it.
    pub fn parse(s: &str) -> Option<Self> {
        Some(match s {
            "latn" => Self::Latin,
            "deva" => Self::Devanagari,
            "arab" => Self::Arabic,
            _ => return None,
        })
    }

    /// Whether the script has capital letters, which show where a name starts.
    pub fn cased(self) -> bool {
        self == Self::Latin
    }

    /// Whether `c` is a consonant letter of this script (Latin: not a, e, i, o, u, y).
    pub fn is_consonant(self, c: char) -> bool {
        match self {
            Self::Latin => c.is_ascii_alphabetic() && !"aeiouyAEIOUY".contains(c),
            Self::Devanagari => ('\u{0915}'..='\u{0939}').contains(&c),
            Self::Arabic => {
                Self::of_letter(c) == Some(Self::Arabic)
                    && !matches!(c, 'ا' | 'آ' | 'و' | 'ی' | 'ے' | 'ي' | 'ى' | 'ع' | 'ء')
            }
        }
    }

    pub fn rtl(self) -> bool {
        self == Self::Arabic
    }

    /// The script of a letter (not a digit, mark or punctuation), if it is one of these.
    #[inline]
    pub fn of_letter(c: char) -> Option<Self> {
        match c {
            'a'..='z' | 'A'..='Z' | '\u{00C0}'..='\u{024F}' => Some(Self::Latin),
            '\u{0904}'..='\u{0939}' | '\u{0958}'..='\u{0961}' | '\u{0972}'..='\u{097F}' => {
                Some(Self::Devanagari)
            }
            '\u{0620}'..='\u{064A}'
            | '\u{066E}'..='\u{066F}'
            | '\u{0671}'..='\u{06D3}'
            | '\u{06D5}'
            | '\u{06FA}'..='\u{06FF}' => Some(Self::Arabic),
            _ => None,
        }
    }
}

/// The value of a decimal digit of any of the scripts: ASCII, Devanagari (०–९), Arabic-Indic
/// (٠–٩) and the Extended Arabic-Indic digits of Urdu and Persian (۰–۹).
#[inline]
pub fn digit(c: char) -> Option<u8> {
    let zero = match c {
        '0'..='9' => '0',
        '०'..='९' => '०',
        '٠'..='٩' => '٠',
        '۰'..='۹' => '۰',
        _ => return None,
    };
    Some((c as u32 - zero as u32) as u8)
}

/// Letters written glued after a year as the abbreviation of its era, which a token splits
/// off: Urdu's ء (عیسوی, AD: "2024ء") and ھ (ہجری, AH: "1446ھ").
pub fn is_era_mark(c: char) -> bool {
    matches!(c, 'ء' | 'ھ')
}

/// Marks that end a sentence in any of the scripts: । ॥ (Devanagari), ۔ ؟ (Arabic script),
/// ? ! (Latin) and the full-width forms. The period is not here: whether it ends a sentence
/// depends on its neighbours (`sentences`).
pub fn ends_sentence(c: char) -> bool {
    matches!(
        c,
        '।' | '॥' | '?' | '!' | '|' | '۔' | '؟' | '？' | '！' | '。'
    )
}

/// Sounds that a matching key loses where a script marks them with a dot (ज़ folds to ज,
/// फ़ to फ) and that Urdu's lists, made from Hindi's, lose the same way.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Marked {
    /// z: ज़ (ज with nukta), ز ذ ض ظ; folded to j: ज, ج.
    Z,
    /// f: फ़, ف; folded to ph: फ, پھ.
    F,
}

/// Whether `word` writes the sound with its own letter and never with the letter the sound
/// folds to: "नवाज़" and "نواز" write z only, "जाज़" both.
pub fn writes_only(word: &str, sound: Marked) -> bool {
    let (deva, precomposed, arabic, folded): (char, char, &[&str], &[&str]) = match sound {
        Marked::Z => ('ज', '\u{95b}', &["ز", "ذ", "ض", "ظ"], &["ج"]),
        Marked::F => ('फ', '\u{95e}', &["ف"], &["پھ"]),
    };
    let chars: Vec<char> = word.chars().collect();
    let nukta = |i: usize| chars.get(i + 1) == Some(&'\u{93c}');
    let deva_marked = |marked: bool| {
        chars
            .iter()
            .enumerate()
            .any(|(i, &c)| (c == precomposed && marked) || (c == deva && nukta(i) == marked))
    };
    let marked = deva_marked(true) || arabic.iter().any(|l| word.contains(l));
    let plain = deva_marked(false) || folded.iter().any(|l| word.contains(l));
    marked && !plain
}

/// Arabic-script letters that the same word is written with in different texts, and the one
/// a matching key keeps: Arabic ي ى ك ه for Urdu's ی ک ہ, hamza-carrying forms for their
/// bases, and the marks (short vowels, shadda, superscript alef, tatweel) dropped, so that
/// "پاکستان" typed with an Arabic keyboard's ك and ي still matches the list's word. None
/// means the character is dropped.
#[inline]
pub fn arabic_key(c: char) -> Option<char> {
    Some(match c {
        'ي' | 'ى' | 'ې' | 'ۍ' => 'ی',
        'ك' => 'ک',
        'ه' | 'ۀ' | 'ۂ' | 'ۃ' | 'ة' => 'ہ',
        'ۓ' => 'ے',
        'أ' | 'إ' | 'ٱ' => 'ا',
        'ؤ' => 'و',
        // The Arabic decimal and thousands separators: ۳٫۵ is 3.5, ۱۰٬۰۰۰ is 10,000.
        '٫' => '.',
        '٬' => ',',
        '\u{0640}' => return None,                           // tatweel
        '\u{064B}'..='\u{065F}' | '\u{0670}' => return None, // harakat, hamza marks, superscript alef
        '\u{06D6}'..='\u{06ED}' => return None,              // Qur'anic marks
        _ => c,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sounds_a_folded_key_loses() {
        assert!(writes_only("नवाज़", Marked::Z)); // ज + nukta
        assert!(writes_only("नवा\u{95b}", Marked::Z)); // precomposed ज़
        assert!(writes_only("نواز", Marked::Z));
        assert!(!writes_only("नवाज", Marked::Z));
        assert!(!writes_only("जाज़", Marked::Z)); // both letters
        assert!(writes_only("फ़ैज़", Marked::F) && writes_only("فیض", Marked::F));
        assert!(!writes_only("फल", Marked::F) && !writes_only("پھل", Marked::F));
    }

    #[test]
    fn letters_digits_and_marks() {
        assert_eq!(Script::of_letter('क'), Some(Script::Devanagari));
        assert_eq!(Script::of_letter('ک'), Some(Script::Arabic));
        assert_eq!(Script::of_letter('ے'), Some(Script::Arabic));
        assert_eq!(Script::of_letter('x'), Some(Script::Latin));
        assert_eq!(Script::of_letter('।'), None);
        assert_eq!(Script::of_letter('۵'), None);
        assert_eq!(digit('۵'), Some(5));
        assert_eq!(digit('٣'), Some(3));
        assert_eq!(digit('९'), Some(9));
        assert_eq!(digit('x'), None);
        assert!(ends_sentence('۔') && ends_sentence('؟') && !ends_sentence('،'));
    }

    #[test]
    fn arabic_keys() {
        let key = |s: &str| s.chars().filter_map(arabic_key).collect::<String>();
        assert_eq!(key("پاكستاني"), "پاکستانی");
        assert_eq!(key("مُحَمَّد"), "محمد");
        assert_eq!(key("ہوئۓ"), "ہوئے");
        assert_eq!(key("وزارتِ"), "وزارت");
        assert_eq!(key("۳٫۵"), "۳.۵");
    }
}
