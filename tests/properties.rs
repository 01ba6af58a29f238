//! Property tests: random Unicode (Devanagari, combining marks, emoji, ZWJ/ZWNJ, RTL text,
//! control characters, real date and number phrases) through `analyse`.
//!
//! - every offset lies on a char boundary in every unit, and every `text` equals its slice
//!   (also through the library's own `slice_in_unit`);
//! - the entity layer and the timex layer each have no overlaps; references resolve;
//! - the output is deterministic, and the same in every offset unit;
//! - no panic, for any lang/dct/offsets, valid or not;
//! - a sentence-neutral prefix ("\n\n", or a filler sentence and a blank line) shifts every
//!   span by its length and changes nothing else.
//!
//! The invariants live in fuzz/src/check.rs, shared with the fuzzers. Case counts are modest
//! so that this runs in seconds; raise them with PROPTEST_CASES=10000.
#![cfg(not(target_arch = "wasm32"))]

#[path = "../fuzz/src/check.rs"]
mod check;
#[path = "../fuzz/src/gen.rs"]
#[allow(dead_code)]
mod gen;

use kaalrekha::{analyse, Analysis, OffsetUnit, Options};
use proptest::prelude::*;

/// One piece of text: a real phrase, punctuation, an oddity, or a code point from a hostile range.
fn piece() -> impl Strategy<Value = String> {
    let ranges: Vec<(u32, u32)> = vec![
        (0x0900, 0x097F),   // Devanagari
        (0x0966, 0x096F),   // Devanagari digits
        (0x0300, 0x036F),   // combining marks
        (0x0020, 0x007E),   // ASCII
        (0x0000, 0x001F),   // C0 controls
        (0x007F, 0x009F),   // DEL, C1 controls
        (0x0590, 0x06FF),   // Hebrew, Arabic
        (0x200B, 0x200F),   // ZWSP, ZWNJ, ZWJ, LRM, RLM
        (0x202A, 0x202E),   // bidi embeddings and overrides
        (0x2066, 0x2069),   // bidi isolates
        (0x1F300, 0x1F6FF), // emoji
        (0x1F3FB, 0x1F3FF), // skin tones
        (0xFE00, 0xFE0F),   // variation selectors
        (0x0000, 0x10FFFF),
    ];
    prop_oneof![
        4 => proptest::sample::select(gen::WORDS).prop_map(str::to_owned),
        3 => proptest::sample::select(gen::PUNCT).prop_map(str::to_owned),
        2 => proptest::sample::select(gen::WEIRD).prop_map(str::to_owned),
        4 => (proptest::sample::select(ranges), any::<u32>(), 1usize..4).prop_map(|((lo, hi), r, n)| {
            (0..n).filter_map(|k| char::from_u32(lo + (r.wrapping_add(k as u32 * 7)) % (hi - lo + 1))).collect()
        }),
    ]
}

fn text() -> impl Strategy<Value = String> {
    proptest::collection::vec(piece(), 0..40).prop_map(|v| v.concat())
}

fn lang() -> impl Strategy<Value = Option<&'static str>> {
    proptest::sample::select(check::LANGS.to_vec())
}

fn unit() -> impl Strategy<Value = Option<&'static str>> {
    proptest::sample::select(check::UNITS.to_vec())
}

fn dct() -> impl Strategy<Value = Option<String>> {
    prop_oneof![
        Just(None),
        (1990i32..2030, 1u32..13, 1u32..29)
            .prop_map(|(y, m, d)| Some(format!("{y:04}-{m:02}-{d:02}"))),
        proptest::sample::select(vec![
            "2025-02-29",
            "2024-02-29",
            "2025-11-31",
            "x",
            " 2025-11-20 ",
            "0001-01-01",
            "9999-12-31"
        ])
        .prop_map(|s| Some(s.to_owned())),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 160, failure_persistence: None, ..ProptestConfig::default() })]

    /// Offsets, slices, overlaps, references, determinism, units; any options, valid or not.
    #[test]
    fn invariants_hold(text in text(), lang in lang(), dct in dct(), unit in unit()) {
        if let Some(a) = check::check_text(&text, lang, dct.as_deref(), unit) {
            check::check_slices(&text, &a);
        }
    }

    /// Arbitrary bytes as lossy UTF-8 with options from the first bytes, as the fuzzers do.
    #[test]
    fn fuzz_format_inputs(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
        check::check_bytes(&bytes);
    }

    /// A blank line, or a filler sentence and a blank line, in front shifts every span by its
    /// length. Lang and dct are given: both would otherwise be read from the text. Without
    /// newlines in the text, the text cannot look hard-wrapped (which needs 4+ lines) with or
    /// without the filler line.
    #[test]
    fn prefix_shifts_every_span(
        text in text().prop_map(|t| t.replace(['\n', '\r', '\u{2028}', '\u{2029}', '\u{85}', '\u{b}', '\u{c}'], " ")),
        hindi in any::<bool>(),
        filler in any::<bool>(),
        unit in proptest::sample::select(vec![OffsetUnit::Codepoint, OffsetUnit::Utf16, OffsetUnit::Utf8]),
    ) {
        let lang = if hindi { "hi" } else { "en" };
        let opts = Options { offsets: unit, ..Options::parse(Some(lang), Some("2025-11-20"), None, unit).unwrap() };
        // The fillers have a verb: its tense must not reach into the text's first sentence
        // (as it did before aedd1dc; `tense_stays_in_its_sentence` pins that case).
        let prefix = match (filler, hindi) {
            (false, _) => "\n\n",
            (true, true) => "यह भराव वाक्य है।\n\n",
            (true, false) => "This is filler.\n\n",
        };
        let shift = check::len_in(prefix, unit);
        let plain = analyse(&text, &opts).unwrap();
        let prefixed_text = format!("{prefix}{text}");
        let prefixed = analyse(&prefixed_text, &opts).unwrap();
        check::check_analysis(&prefixed_text, &opts, &prefixed);
        let extra = usize::from(filler);
        prop_assert_eq!(shifted(&plain, shift, extra), without_filler(prefixed, extra));
    }
}

/// `a` as it should look with `shift` more units in front and `extra` sentences before it.
fn shifted(a: &Analysis, shift: usize, extra: usize) -> Analysis {
    let mut a = a.clone();
    for s in &mut a.sentences {
        s.start += shift;
        s.end += shift;
    }
    for e in &mut a.entities {
        e.start += shift;
        e.end += shift;
    }
    for t in &mut a.timexes {
        t.start += shift;
        t.end += shift;
    }
    for e in &mut a.timeline {
        e.sentence += extra;
    }
    a
}

/// Drops the filler's own sentence, which holds no entity or timex.
fn without_filler(mut a: Analysis, extra: usize) -> Analysis {
    a.sentences.drain(..extra.min(a.sentences.len()));
    a
}

#[test]
fn prefix_example() {
    let opts = Options::parse(Some("hi"), Some("2025-11-20"), None, OffsetUnit::Utf16).unwrap();
    let text = "रूसी विदेश मंत्रालय ने गुरुवार को 18 नवंबर 2025 की बैठक पर 👨‍👩‍👧 बयान दिया। 5 करोड़ रुपये।";
    let plain = analyse(text, &opts).unwrap();
    let prefixed_text = format!("यह भराव वाक्य है।\n\n{text}");
    let prefixed = analyse(&prefixed_text, &opts).unwrap();
    let shift = check::len_in("यह भराव वाक्य है।\n\n", OffsetUnit::Utf16);
    assert_eq!(shifted(&plain, shift, 1), without_filler(prefixed, 1));
}

/// Found by `prefix_shifts_every_span`: a verb in the previous sentence must not decide the
/// tense of a date that starts the next one. "कल-0" alone reads कल as 2025-11-19 (tense
/// unknown), and so it must after "यह भराव वाक्य है।".
#[test]
fn tense_stays_in_its_sentence() {
    for (lang, filler, text) in [
        ("hi", "यह भराव वाक्य है।\n\n", "कल-0"),
        ("hi", "वह कल आएगा।\n\n", "कल-0"),
        ("en", "This is filler.\n\n", "Tuesday-0"),
        ("en", "He will come.\n\n", "Tuesday-0"),
    ] {
        let opts =
            Options::parse(Some(lang), Some("2025-11-20"), None, OffsetUnit::Codepoint).unwrap();
        let plain = analyse(text, &opts).unwrap();
        let prefixed = analyse(&format!("{filler}{text}"), &opts).unwrap();
        // Only the text's own timexes: a filler may hold a date of its own ("वह कल आएगा").
        let from = filler.chars().count();
        let values = |a: &Analysis, from: usize| {
            a.timexes
                .iter()
                .filter(|t| t.start >= from)
                .map(|t| (t.value.clone(), t.note))
                .collect::<Vec<_>>()
        };
        assert_eq!(
            values(&plain, 0),
            values(&prefixed, from),
            "{filler:?} + {text:?}"
        );
    }
}

/// Hindi number words for 1–99 from the language's own data (the first spelling of each value).
fn hindi_words() -> Vec<(u32, String)> {
    let src = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/data/hi/numbers.tsv"))
        .unwrap();
    let mut out: Vec<(u32, String)> = Vec::new();
    for line in src.lines().filter(|l| !l.starts_with('#')) {
        let c: Vec<&str> = line.split('\t').collect();
        if c.len() >= 2 && c.get(2).is_none_or(|k| *k == "article") {
            if let Ok(v) = c[1].parse::<f64>() {
                if v.fract() == 0.0
                    && (1.0..100.0).contains(&v)
                    && !out.iter().any(|(x, _)| *x == v as u32)
                {
                    out.push((v as u32, c[0].to_owned()));
                }
            }
        }
    }
    out
}

/// How Hindi news writes a count from 1 to 99: in digits, Devanagari digits or words.
fn write_count(n: u32, style: u8, words: &[(u32, String)]) -> String {
    match style % 3 {
        0 => n.to_string(),
        1 => n
            .to_string()
            .chars()
            .map(|c| char::from_u32(0x0966 + c.to_digit(10).unwrap()).unwrap())
            .collect(),
        _ => words
            .iter()
            .find(|(v, _)| *v == n)
            .map(|(_, w)| w.clone())
            .unwrap_or_else(|| n.to_string()),
    }
}

fn one_amount(text: &str) -> Option<f64> {
    let a = analyse(
        text,
        &Options::parse(Some("hi"), Some("2014-04-20"), None, OffsetUnit::Codepoint).unwrap(),
    )
    .unwrap();
    let numeric: Vec<_> = a.entities.iter().filter(|e| e.value.is_some()).collect();
    (numeric.len() == 1 && numeric[0].text == text).then(|| numeric[0].value.unwrap())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// Descending groups add: "3 करोड़ 20 लाख 5 हज़ार", in any mix of digits and words.
    #[test]
    fn hindi_descending_groups_read_back(crore in 0u32..100, lakh in 0u32..100, thousand in 0u32..100, styles in any::<[u8; 3]>()) {
        prop_assume!(crore + lakh + thousand > 0);
        let words = hindi_words();
        let mut parts = Vec::new();
        for ((count, scale), style) in [(crore, "करोड़"), (lakh, "लाख"), (thousand, "हज़ार")].into_iter().zip(styles) {
            if count > 0 {
                parts.push(format!("{} {scale}", write_count(count, style, &words)));
            }
        }
        let text = parts.join(" ");
        let want = crore as f64 * 1e7 + lakh as f64 * 1e5 + thousand as f64 * 1e3;
        prop_assert_eq!(one_amount(&format!("{text} रुपये")), Some(want), "{}", text);
    }

    /// Stacked scales multiply, and साढ़े/सवा/पौने/डेढ़/ढाई apply to the whole scaled group:
    /// "साढ़े 3 लाख करोड़" is 3.5 × 10¹².
    #[test]
    fn hindi_stacked_scales_read_back(n in 3u32..100, frac in 0usize..6, inner in 0usize..3, outer in 0usize..3, style in any::<u8>()) {
        let words = hindi_words();
        let inner_scales = [("सौ", 1e2), ("हज़ार", 1e3), ("लाख", 1e5)];
        let outer_scales = [("करोड़", 1e7), ("अरब", 1e9), ("", 1.0)];
        let (is, iv) = inner_scales[inner];
        let (os, ov) = outer_scales[outer];
        let (count, value) = match frac {
            0 => (write_count(n, style, &words), n as f64),
            1 => (format!("साढ़े {}", write_count(n, style, &words)), n as f64 + 0.5),
            2 => (format!("सवा {}", write_count(n, style, &words)), n as f64 + 0.25),
            3 => (format!("पौने {}", write_count(n, style, &words)), n as f64 - 0.25),
            4 => ("डेढ़".to_owned(), 1.5),
            _ => ("ढाई".to_owned(), 2.5),
        };
        let text = format!("{count} {is} {os}").trim_end().to_owned();
        let want = value * iv * ov;
        let got = one_amount(&text);
        prop_assert!(got.is_some_and(|g| (g - want).abs() <= 1e-6 * want), "{}: got {:?}, want {}", text, got, want);
    }
}
