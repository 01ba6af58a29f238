//! Urdu (Arabic script) to Latin for names: شہباز شریف → Shahbaz Sharif, اسلم → Aslam.
//! Urdu writes long vowels (ا و ی ے) and leaves short ones out, so the short ones are guessed
//! the way names are usually spelt in English news: an "a" after the first consonant of a
//! word-initial cluster (شہ → Shah), and before the last consonant of a word-final one
//! (اسلم → Aslam). و and ی are consonants (w, y) at a word's start, after a vowel and before
//! ا, and vowels (o, i) elsewhere; a final ہ after a consonant is "a" (مکہ → Maka); ھ makes
//! the consonant before it aspirated (بھارت → Bharat). Names that the lists hold get their
//! English spelling there; this is for the rest.

#[derive(Clone, Copy, PartialEq, Debug)]
enum Unit {
    C(&'static str),
    V(&'static str),
}

fn consonant(c: char) -> Option<&'static str> {
    Some(match c {
        'ب' => "b",
        'پ' => "p",
        'ت' | 'ٹ' | 'ط' => "t",
        'ث' | 'س' | 'ص' => "s",
        'ج' => "j",
        'چ' => "ch",
        'ح' | 'ہ' | 'ه' => "h",
        'خ' => "kh",
        'د' | 'ڈ' => "d",
        'ذ' | 'ز' | 'ض' | 'ظ' => "z",
        'ر' | 'ڑ' => "r",
        'ژ' => "zh",
        'ش' => "sh",
        'غ' => "gh",
        'ف' => "f",
        'ق' => "q",
        'ک' | 'ك' => "k",
        'گ' => "g",
        'ل' => "l",
        'م' => "m",
        'ن' | 'ں' => "n",
        _ => return None,
    })
}

/// The letters of one word as consonants and vowels.
fn units(word: &str) -> Vec<Unit> {
    let chars: Vec<char> = word
        .chars()
        .filter_map(crate::text::script::arabic_key)
        .collect();
    let mut out: Vec<Unit> = Vec::with_capacity(chars.len());
    for (i, &c) in chars.iter().enumerate() {
        let next = chars.get(i + 1).copied();
        let after_consonant = matches!(out.last(), Some(Unit::C(_)));
        let last = next.is_none();
        let unit = match c {
            'ا' if i == 0 => Unit::V("a"),
            'ا' => Unit::V("a"),
            'آ' => Unit::V("a"),
            'ے' => Unit::V("e"),
            'و' if i == 0 || !after_consonant || matches!(next, Some('ا' | 'ی')) => Unit::C("w"),
            'و' => Unit::V("o"),
            'ی' if i == 0 || !after_consonant => Unit::C("y"),
            'ی' if next == Some('ا') || next == Some('و') => Unit::V("iy"),
            'ی' => Unit::V("i"),
            // ع carries a vowel: "a" before a consonant at the start (عباس → Abbas), else
            // nothing (سعید → Saeed, written Said).
            'ع' if i == 0 && next.and_then(consonant).is_some() => Unit::V("a"),
            'ع' => continue,
            'ء' | 'ئ' => {
                if after_consonant || last {
                    continue;
                }
                Unit::V("i")
            }
            'ھ' => {
                if let Some(Unit::C(prev)) = out.last().copied() {
                    let aspirated: &'static str = match prev {
                        "b" => "bh",
                        "p" => "ph",
                        "t" => "th",
                        "j" => "jh",
                        "ch" => "chh",
                        "d" => "dh",
                        "k" => "kh",
                        "g" => "gh",
                        "r" => "rh",
                        other => other,
                    };
                    *out.last_mut().unwrap() = Unit::C(aspirated);
                }
                continue;
            }
            'ہ' if last && after_consonant && i > 0 => Unit::V("a"),
            c => match consonant(c) {
                Some(l) => Unit::C(l),
                None => continue,
            },
        };
        out.push(unit);
    }
    out
}

fn word(w: &str) -> String {
    let u = units(w);
    let mut out = String::new();
    let n = u.len();
    // Runs of consonants: [start, end) with no vowel letter inside.
    let mut i = 0;
    while i < n {
        match u[i] {
            Unit::V(v) => {
                out.push_str(v);
                i += 1;
            }
            Unit::C(_) => {
                let start = i;
                while i < n && matches!(u[i], Unit::C(_)) {
                    i += 1;
                }
                let run: Vec<&str> = u[start..i]
                    .iter()
                    .map(|x| match x {
                        Unit::C(c) => *c,
                        Unit::V(v) => v,
                    })
                    .collect();
                let initial = start == 0;
                let last = i == n;
                for (k, c) in run.iter().enumerate() {
                    out.push_str(c);
                    let len = run.len();
                    let vowel = if initial && last {
                        // A word of consonants only: محمد → Mahmad, سب → Sab.
                        k + 1 < len && k % 2 == 0
                    } else if initial {
                        // شہباز → Shah-baz, شریف → Sharif; a longer cluster gets one more.
                        k == 0 && len >= 2 || k == 2 && len >= 4
                    } else if last {
                        // اسلم → Aslam, حکومت → Hakomat; not in "ng" (چیانگ → Chiyang).
                        len >= 2 && k + 2 == len && !(*c == "n" && matches!(run[k + 1], "g" | "k"))
                    } else {
                        len >= 3 && k == 1
                    };
                    if vowel {
                        out.push('a');
                    }
                }
            }
        }
    }
    out
}

/// Whether `c` belongs to an Arabic-script word.
pub fn is_arabic_letter(c: char) -> bool {
    ('\u{0600}'..='\u{06FF}').contains(&c) && !matches!(c, '۔' | '،' | '؟' | '؛' | '٫' | '٬')
}

/// The Latin form of one Arabic-script word, capitalised.
pub fn romanise_word(w: &str) -> String {
    let latin = word(w);
    let mut cs = latin.chars();
    match cs.next() {
        Some(f) => f.to_uppercase().chain(cs).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::romanise_word as r;

    #[test]
    fn names_as_news_spells_them() {
        assert_eq!(r("شہباز"), "Shahbaz");
        assert_eq!(r("شریف"), "Sharif");
        assert_eq!(r("اسلم"), "Aslam");
        assert_eq!(r("نواز"), "Nawaz");
        assert_eq!(r("بھارت"), "Bharat");
        assert_eq!(r("پرویز"), "Parwiz");
        assert_eq!(r("خان"), "Khan");
        assert_eq!(r("لاہور"), "Lahor");
        assert_eq!(r("کراچی"), "Karachi");
        assert_eq!(r("مکہ"), "Maka");
        assert_eq!(r("عباس"), "Abas");
        assert_eq!(r("چیانگ"), "Chiyang");
    }

    #[test]
    fn arabic_keyboard_letters_read_alike() {
        assert_eq!(r("كراچي"), r("کراچی"));
    }
}
