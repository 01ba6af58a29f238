//! Unicode NFC (canonical composition), for matching keys ([`super::fold`]).
//!
//! A crate made for the job (unicode-normalization) did this before, and its tables were 61 kB
//! of the page's 382 kB of gzipped wasm: it carries every normalisation form, the
//! compatibility forms and the stream-safe format. NFC needs much less: the canonical
//! decompositions (composing is decomposing read backwards), the combining classes and the
//! quick check. Those are generated from the Unicode Character Database
//! (`scripts/unicode/nfc_tables.py` → `nfc_tables.rs`); Hangul syllables go by arithmetic. The
//! tests hold this module to unicode-normalization on every code point and on random strings.

use super::nfc_tables::{CCC, DECOMPOSE, NOT_QUICK};
use std::sync::OnceLock;

/// Set on a [`DECOMPOSE`] entry's second char when the pair composes back (a primary
/// composite: not excluded from composition, not a singleton, not a non-starter).
pub(super) const COMPOSES: u32 = 1 << 31;

const S_BASE: u32 = 0xAC00;
const L_BASE: u32 = 0x1100;
const V_BASE: u32 = 0x1161;
const T_BASE: u32 = 0x11A7;
const L_COUNT: u32 = 19;
const V_COUNT: u32 = 21;
const T_COUNT: u32 = 28;
const N_COUNT: u32 = V_COUNT * T_COUNT;
const S_COUNT: u32 = L_COUNT * N_COUNT;

fn in_ranges<T>(ranges: &[T], cp: u32, bounds: impl Fn(&T) -> (u32, u32)) -> Option<&T> {
    let i = ranges.partition_point(|r| bounds(r).1 < cp);
    ranges.get(i).filter(|r| bounds(r).0 <= cp)
}

/// The canonical combining class of `c` (0 for starters).
pub fn combining_class(c: char) -> u8 {
    let cp = c as u32;
    if cp < CCC[0].0 {
        return 0;
    }
    in_ranges(&CCC, cp, |r| (r.0, r.1)).map_or(0, |r| r.2)
}

/// Whether `s` is NFC by the quick check alone ("Yes"). `false` means it may not be, and
/// [`nfc`] tells.
pub fn is_quick(s: &str) -> bool {
    let first = CCC[0].0.min(NOT_QUICK[0].0);
    let mut last = 0;
    for c in s.chars() {
        let cp = c as u32;
        if cp < first {
            last = 0;
            continue;
        }
        let class = combining_class(c);
        if class != 0 && last > class || in_ranges(&NOT_QUICK, cp, |r| (r.0, r.1)).is_some() {
            return false;
        }
        last = class;
    }
    true
}

/// Appends the full canonical decomposition of `c`.
fn decompose(c: char, out: &mut Vec<char>) {
    let cp = c as u32;
    if (S_BASE..S_BASE + S_COUNT).contains(&cp) {
        let s = cp - S_BASE;
        let l = L_BASE + s / N_COUNT;
        let v = V_BASE + s % N_COUNT / T_COUNT;
        let t = T_BASE + s % T_COUNT;
        out.extend([l, v].into_iter().filter_map(char::from_u32));
        if t != T_BASE {
            out.extend(char::from_u32(t));
        }
        return;
    }
    match DECOMPOSE.binary_search_by_key(&cp, |e| e.0) {
        Ok(i) => {
            let (_, first, second) = DECOMPOSE[i];
            decompose(char::from_u32(first).expect("a char"), out);
            if let Some(second) = char::from_u32(second & !COMPOSES).filter(|&s| s != '\0') {
                decompose(second, out);
            }
        }
        Err(_) => out.push(c),
    }
}

/// The primary composites by their two chars, sorted.
fn compositions() -> &'static [(u32, u32, u32)] {
    static PAIRS: OnceLock<Vec<(u32, u32, u32)>> = OnceLock::new();
    PAIRS.get_or_init(|| {
        let mut pairs: Vec<(u32, u32, u32)> = DECOMPOSE
            .iter()
            .filter(|e| e.2 & COMPOSES != 0)
            .map(|&(c, a, b)| (a, b & !COMPOSES, c))
            .collect();
        pairs.sort_unstable();
        pairs
    })
}

/// The char that `a` followed by `b` composes to, if any.
fn compose(a: char, b: char) -> Option<char> {
    let (a, b) = (a as u32, b as u32);
    if (L_BASE..L_BASE + L_COUNT).contains(&a) && (V_BASE..V_BASE + V_COUNT).contains(&b) {
        return char::from_u32(S_BASE + ((a - L_BASE) * V_COUNT + (b - V_BASE)) * T_COUNT);
    }
    if (S_BASE..S_BASE + S_COUNT).contains(&a)
        && (a - S_BASE) % T_COUNT == 0
        && (T_BASE + 1..T_BASE + T_COUNT).contains(&b)
    {
        return char::from_u32(a + (b - T_BASE));
    }
    let pairs = compositions();
    pairs
        .binary_search_by_key(&(a, b), |&(x, y, _)| (x, y))
        .ok()
        .and_then(|i| char::from_u32(pairs[i].2))
}

/// `s` in NFC: decomposed, marks put in canonical order, composed again.
pub fn nfc(s: &str) -> Vec<char> {
    let mut chars = Vec::with_capacity(s.len());
    for c in s.chars() {
        decompose(c, &mut chars);
    }
    // Canonical order: each run of non-starters sorted by class, stably.
    let mut i = 0;
    while i < chars.len() {
        if combining_class(chars[i]) == 0 {
            i += 1;
            continue;
        }
        let start = i;
        while i < chars.len() && combining_class(chars[i]) != 0 {
            i += 1;
        }
        chars[start..i].sort_by_key(|&c| combining_class(c));
    }
    // Compose: each char with the last starter, unless a char between them blocks it (a
    // starter, or a mark of the same class or higher).
    let mut out: Vec<char> = Vec::with_capacity(chars.len());
    let mut starter: Option<usize> = None;
    let mut last_class: Option<u8> = None;
    for c in chars {
        let class = combining_class(c);
        if let Some(at) = starter {
            let blocked = last_class.is_some_and(|l| l == 0 || l >= class);
            if !blocked {
                if let Some(composed) = compose(out[at], c) {
                    out[at] = composed;
                    continue;
                }
            }
        }
        if class == 0 {
            starter = Some(out.len());
            last_class = None;
        } else {
            last_class = Some(class);
        }
        out.push(c);
    }
    out
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::{combining_class, is_quick, nfc, DECOMPOSE};
    use proptest::prelude::*;
    use unicode_normalization::UnicodeNormalization;
    use unicode_normalization::{char::canonical_combining_class, is_nfc_quick, IsNormalized};

    fn oracle(s: &str) -> String {
        s.nfc().collect()
    }

    fn ours(s: &str) -> String {
        nfc(s).into_iter().collect()
    }

    #[test]
    fn every_code_point_as_the_oracle() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            let s = c.to_string();
            assert_eq!(combining_class(c), canonical_combining_class(c), "{c:?}");
            assert_eq!(ours(&s), oracle(&s), "{c:?}");
            // The quick check never passes what NFC would change, and passes all that the
            // oracle's does (it also passes a few the oracle calls "maybe", such as U+113C5,
            // which no pair composes into from behind).
            assert!(!is_quick(&s) || oracle(&s) == s, "{c:?}");
            assert!(
                is_quick(&s) || is_nfc_quick(s.chars()) != IsNormalized::Yes,
                "{c:?}"
            );
        }
    }

    #[test]
    fn every_composition_pair_as_the_oracle() {
        // Every char that takes part in a decomposition, followed by every second char of
        // one and by a few marks of other classes.
        let mut firsts: Vec<char> = Vec::new();
        let mut seconds: Vec<char> = "\u{0300}\u{0316}\u{031B}\u{0327}\u{0345}\u{093C}\u{094D}"
            .chars()
            .collect();
        for &(c, a, b) in DECOMPOSE.iter() {
            firsts.extend([c, a].into_iter().filter_map(char::from_u32));
            seconds.extend(char::from_u32(b & !super::COMPOSES).filter(|&s| s != '\0'));
        }
        firsts.extend(['\u{1100}', '\u{AC00}', '\u{AC01}', 'a', 'क']);
        seconds.extend(['\u{1161}', '\u{11A8}']);
        firsts.sort_unstable();
        firsts.dedup();
        seconds.sort_unstable();
        seconds.dedup();
        for &a in &firsts {
            for &b in &seconds {
                let s: String = [a, b].iter().collect();
                assert_eq!(ours(&s), oracle(&s), "{s:?}");
            }
        }
    }

    #[test]
    fn known_forms() {
        assert_eq!(ours("e\u{0301}"), "é");
        assert_eq!(ours("\u{1E47}\u{0307}"), ours("n\u{0307}\u{0323}"));
        assert_eq!(ours("ê\u{0323}"), "ệ");
        assert_eq!(ours("ا\u{0653}"), "آ");
        assert_eq!(ours("न\u{093C}"), "ऩ");
        assert_eq!(ours("क\u{093C}"), "क\u{093C}");
        assert_eq!(ours("\u{1100}\u{1161}\u{11A8}"), "각");
        assert!(is_quick("पुतिन ने कहा"));
        assert!(!is_quick("e\u{0301}"));
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(4000))]
        #[test]
        fn random_strings_as_the_oracle(s in proptest::collection::vec(prop_oneof![
            prop::sample::select(vec!['a', 'e', 'o', 'u', 'A', 'E', 'ê', 'ẹ', 'ơ', 'ư', 'Å', 'ω',
                'ι', 'क', 'न', 'ड', 'ा', 'ो', 'ا', 'و', 'ي', 'ه', 'ے', '\u{1100}', '\u{1161}',
                '\u{11A8}', '가', '\u{0B47}', '\u{0B3E}', '\u{0FB2}', '\u{0F80}', ' ']),
            prop::sample::select(vec!['\u{0300}', '\u{0301}', '\u{0302}', '\u{0303}', '\u{0308}',
                '\u{0323}', '\u{031B}', '\u{0327}', '\u{0345}', '\u{0313}', '\u{0342}', '\u{093C}',
                '\u{094D}', '\u{0653}', '\u{0654}', '\u{0655}', '\u{0651}', '\u{064E}', '\u{0F71}',
                '\u{0F72}', '\u{0F74}', '\u{05B4}']),
            any::<char>(),
        ], 0..12)) {
            let s: String = s.into_iter().collect();
            prop_assert_eq!(ours(&s), oracle(&s));
            if is_quick(&s) {
                prop_assert_eq!(&s, &oracle(&s));
            }
        }
    }
}
