//! Devanagari (and, through [`super::romanise_urdu`], Arabic script) to Latin for names,
//! with Hindi schwa deletion: पुतिन → Putin, कमला → Kamla,
//! व्लादिमीर → Vladimir, भारत → Bharat. Long vowels are written short (आ → a, ई → i), as
//! names usually are in English news. And a consonant skeleton ([`skeleton`]) under which
//! spelling variants meet: तियानजिन, तिआंजिन and Tianjin all give "tnjn".

#[derive(Clone, Copy, PartialEq)]
enum Vowel {
    /// The inherent vowel, which may be deleted.
    Schwa,
    /// No vowel (virama, or a deleted schwa).
    None,
    Sign(&'static str),
}

struct Unit {
    cons: &'static str,
    vowel: Vowel,
    nasal: bool,
}

fn consonant(c: char) -> Option<&'static str> {
    Some(match c {
        'क' => "k",
        'ख' => "kh",
        'ग' => "g",
        'घ' => "gh",
        'ङ' => "n",
        'च' => "ch",
        'छ' => "chh",
        'ज' => "j",
        'झ' => "jh",
        'ञ' => "n",
        'ट' => "t",
        'ठ' => "th",
        'ड' => "d",
        'ढ' => "dh",
        'ण' => "n",
        'त' => "t",
        'थ' => "th",
        'द' => "d",
        'ध' => "dh",
        'न' | 'ऩ' => "n",
        'प' => "p",
        'फ' => "ph",
        'ब' => "b",
        'भ' => "bh",
        'म' => "m",
        'य' => "y",
        'र' | 'ऱ' => "r",
        'ल' | 'ळ' | 'ऴ' => "l",
        'व' => "v",
        'श' => "sh",
        'ष' => "sh",
        'स' => "s",
        'ह' => "h",
        '\u{0958}' => "q",
        '\u{0959}' => "kh",
        '\u{095A}' => "gh",
        '\u{095B}' => "z",
        '\u{095C}' => "r",
        '\u{095D}' => "rh",
        '\u{095E}' => "f",
        '\u{095F}' => "y",
        _ => return None,
    })
}

fn with_nukta(c: &'static str) -> &'static str {
    match c {
        "k" => "q",
        "j" => "z",
        "ph" => "f",
        "d" => "r",
        "dh" => "rh",
        other => other,
    }
}

fn vowel_sign(c: char) -> Option<&'static str> {
    Some(match c {
        'ा' => "a",
        'ि' => "i",
        'ी' => "i",
        'ु' => "u",
        'ू' => "u",
        'ृ' => "ri",
        'े' => "e",
        'ै' => "ai",
        'ो' => "o",
        'ौ' => "au",
        'ॉ' => "o",
        'ॅ' => "e",
        'ॆ' => "e",
        'ॊ' => "o",
        _ => return None,
    })
}

fn independent_vowel(c: char) -> Option<&'static str> {
    Some(match c {
        'अ' => "a",
        'आ' => "a",
        'इ' => "i",
        'ई' => "i",
        'उ' => "u",
        'ऊ' => "u",
        'ऋ' => "ri",
        'ए' => "e",
        'ऐ' => "ai",
        'ओ' => "o",
        'औ' => "au",
        'ऑ' => "o",
        'ऍ' => "e",
        _ => return None,
    })
}

/// One Devanagari word in Latin letters, lower case.
fn word(w: &str) -> String {
    let mut units: Vec<Unit> = Vec::new();
    let mut out = String::new();
    let flush = |units: &mut Vec<Unit>, out: &mut String| {
        delete_schwas(units);
        for (k, u) in units.iter().enumerate() {
            out.push_str(u.cons);
            match u.vowel {
                Vowel::Schwa => out.push('a'),
                Vowel::Sign(v) => out.push_str(v),
                Vowel::None => {}
            }
            if u.nasal {
                let next = units.get(k + 1).map_or("", |n| n.cons);
                out.push(if matches!(next, "p" | "ph" | "b" | "bh" | "m") {
                    'm'
                } else {
                    'n'
                });
            }
        }
        units.clear();
    };
    for c in w.chars() {
        if let Some(cons) = consonant(c) {
            units.push(Unit {
                cons,
                vowel: Vowel::Schwa,
                nasal: false,
            });
        } else if let Some(v) = independent_vowel(c) {
            units.push(Unit {
                cons: "",
                vowel: Vowel::Sign(v),
                nasal: false,
            });
        } else if let Some(last) = units.last_mut() {
            match c {
                '\u{094D}' => last.vowel = Vowel::None,
                '\u{093C}' => last.cons = with_nukta(last.cons),
                'ं' | 'ँ' => last.nasal = true,
                'ः' => last.nasal = false,
                _ => match vowel_sign(c) {
                    Some(v) => last.vowel = Vowel::Sign(v),
                    None => {
                        flush(&mut units, &mut out);
                        out.extend(c.to_lowercase());
                    }
                },
            }
        } else {
            out.extend(c.to_lowercase());
        }
    }
    flush(&mut units, &mut out);
    out
}

/// Hindi schwa deletion: the inherent vowel goes at the end of a word (राम → ram, not
/// rama) unless a consonant cluster precedes it (मित्र → mitra), and inside a word where a
/// vowel comes before and a consonant with a vowel after: कमला → kamla. Right to left, so
/// that one deletion blocks the next (a cluster now follows).
fn delete_schwas(units: &mut [Unit]) {
    let n = units.len();
    if n < 2 {
        return;
    }
    let last = n - 1;
    // After a cluster the final schwa stays only before र or य: मित्र → mitra, सूर्य → surya,
    // but ब्लास्ट → blast.
    let after_cluster = units[last - 1].vowel == Vowel::None;
    if units[last].vowel == Vowel::Schwa
        && !units[last].nasal
        && (!after_cluster || !matches!(units[last].cons, "r" | "y"))
    {
        units[last].vowel = Vowel::None;
    }
    for i in (1..last).rev() {
        let u = &units[i];
        if u.vowel != Vowel::Schwa || u.nasal || u.cons.is_empty() {
            continue;
        }
        let prev_vowel = units[i - 1].vowel != Vowel::None;
        let next = &units[i + 1];
        let next_cv = !next.cons.is_empty() && next.vowel != Vowel::None;
        if prev_vowel && next_cv {
            units[i].vowel = Vowel::None;
        }
    }
}

fn is_devanagari(c: char) -> bool {
    ('\u{0900}'..='\u{097F}').contains(&c)
}

/// A name in Latin letters, each word capitalised: "व्लादिमीर पुतिन" → "Vladimir Putin".
/// Latin text is returned as it is.
pub fn romanise(text: &str) -> String {
    use super::romanise_urdu::{is_arabic_letter, romanise_word};
    if text.chars().any(is_arabic_letter) {
        // Urdu: each run of Arabic-script letters is a word.
        let mut out = String::with_capacity(text.len());
        let mut cur = String::new();
        for c in text.chars() {
            if is_arabic_letter(c) {
                cur.push(c);
            } else {
                if !cur.is_empty() {
                    out.push_str(&romanise_word(&cur));
                    cur.clear();
                }
                out.push(c);
            }
        }
        if !cur.is_empty() {
            out.push_str(&romanise_word(&cur));
        }
        if !text.chars().any(is_devanagari) {
            return out;
        }
        return romanise(&out);
    }
    if !text.chars().any(is_devanagari) {
        return text.to_owned();
    }
    let mut out = String::with_capacity(text.len());
    let mut cur = String::new();
    let flush = |cur: &mut String, out: &mut String| {
        if !cur.is_empty() {
            let w = word(cur);
            let mut cs = w.chars();
            if let Some(f) = cs.next() {
                out.extend(f.to_uppercase());
                out.push_str(cs.as_str());
            }
            cur.clear();
        }
    };
    for c in text.chars() {
        if is_devanagari(c) && !matches!(c, '।' | '॥') {
            cur.push(c);
        } else {
            flush(&mut cur, &mut out);
            out.push(c);
        }
    }
    flush(&mut cur, &mut out);
    out
}

/// Consonant skeleton of a Latin (or romanised) name: lower case, aspiration and vowels
/// dropped, glides y/w/h dropped, similar sounds merged, doubled letters collapsed.
/// One pass: ph → f, ch → c, sh → s, q → k, z → j, x → ks, then c → k, v → b.
pub fn skeleton(latin: &str) -> String {
    let mut out = String::new();
    let mut push = |c: char| {
        let c = match c {
            'c' => 'k',
            'v' => 'b',
            c => c,
        };
        if c.is_ascii_alphabetic()
            && !matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | 'y' | 'w' | 'h')
            && !out.ends_with(c)
        {
            out.push(c);
        }
    };
    let mut chars = latin.chars().flat_map(char::to_lowercase).peekable();
    while let Some(c) = chars.next() {
        match c {
            'p' | 'c' | 's' if chars.peek() == Some(&'h') => {
                chars.next();
                push(if c == 'p' { 'f' } else { c });
            }
            'q' => push('k'),
            'z' => push('j'),
            'x' => {
                push('k');
                push('s');
            }
            c => push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn schwa_deletion() {
        assert_eq!(romanise("पुतिन"), "Putin");
        assert_eq!(romanise("व्लादिमीर पुतिन"), "Vladimir Putin");
        assert_eq!(romanise("कमला"), "Kamla");
        assert_eq!(romanise("भारत"), "Bharat");
        assert_eq!(romanise("पाकिस्तान"), "Pakistan");
        assert_eq!(romanise("शी जिनपिंग"), "Shi Jinping");
        assert_eq!(romanise("मित्र"), "Mitra");
        assert_eq!(romanise("Putin"), "Putin");
    }

    /// The chain of replacements `skeleton` does in one pass, as the reference.
    fn skeleton_by_replacing(latin: &str) -> String {
        let s: String = latin.to_lowercase();
        let s = s
            .replace("ph", "f")
            .replace("ch", "c")
            .replace("sh", "s")
            .replace('q', "k")
            .replace('z', "j")
            .replace('x', "ks");
        let mut out = String::new();
        for c in s.chars() {
            let c = match c {
                'c' => 'k',
                'v' => 'b',
                c => c,
            };
            if !c.is_ascii_alphabetic()
                || matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | 'y' | 'w' | 'h')
                || out.ends_with(c)
            {
                continue;
            }
            out.push(c);
        }
        out
    }

    #[test]
    fn one_pass_skeleton_matches_the_replacements() {
        for w in crate::test_words::random_words(
            "phcsqzxkvbhhPHCSXK \u{212A}İtnaeiouyw-",
            0x9E37_79B9_7F4A_7C15,
            20_000,
            10,
        ) {
            assert_eq!(skeleton(&w), skeleton_by_replacing(&w), "{w:?}");
        }
    }

    #[test]
    fn skeletons_meet() {
        assert_eq!(skeleton(&romanise("तियानजिन")), skeleton("Tianjin"));
        assert_eq!(skeleton(&romanise("तिआंजिन")), skeleton("Tianjin"));
        assert_eq!(skeleton(&romanise("बीजिंग")), skeleton("Beijing"));
    }
}
