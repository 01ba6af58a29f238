//! The dominant language of a text, from its letters: Devanagari letters make it Hindi, Latin
//! letters English. Hindi news quotes Latin acronyms ("SCO"), so Hindi wins unless Latin letters
//! clearly dominate.

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Lang {
    Hi,
    En,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::Hi, Lang::En];

    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "hi" => Some(Self::Hi),
            "en" => Some(Self::En),
            _ => None,
        }
    }

    /// Position in [`Lang::ALL`], for per-language tables.
    pub fn index(self) -> usize {
        self as usize
    }

    pub fn code(self) -> &'static str {
        match self {
            Self::Hi => "hi",
            Self::En => "en",
        }
    }
}

pub fn detect(text: &str) -> Lang {
    let (mut deva, mut latin) = (0usize, 0usize);
    for c in text.chars() {
        if ('\u{0900}'..='\u{097F}').contains(&c) {
            deva += 1;
        } else if c.is_ascii_alphabetic() || ('\u{00C0}'..='\u{024F}').contains(&c) {
            latin += 1;
        }
    }
    // Devanagari words are shorter in letters than their Latin spellings; one Devanagari
    // letter in four is enough to call a text Hindi.
    if deva > 0 && deva * 3 >= latin {
        Lang::Hi
    } else {
        Lang::En
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn detects() {
        assert_eq!(detect("पुतिन ने SCO की बैठक में कहा"), Lang::Hi);
        assert_eq!(detect("Putin met Li Qiang in Moscow on Tuesday."), Lang::En);
        assert_eq!(detect(""), Lang::En);
        assert_eq!(detect("12345 !!"), Lang::En);
    }
}
