//! A language is a folder plus one registry line: `tests/tiny-language/` defines a tiny
//! Esperanto (settings, months, weekdays, day words, numbers, tense, a few places and patterns)
//! with no code at all, and this test analyses it end to end. It runs only with the feature
//! that builds that folder in: `cargo test --release --features tiny-language --test tiny_language`
//! (`make test` does).
#![cfg(feature = "tiny-language")]

use kaalrekha::{analyse, Lang, OffsetUnit, Options};

fn opts(lang: Option<&str>) -> Options {
    Options::parse(lang, Some("2025-11-20"), None, OffsetUnit::Codepoint).unwrap()
}

#[test]
fn the_tiny_language_is_registered_from_its_folder() {
    let eo = Lang::parse("eo").expect("eo is registered");
    assert_eq!(eo.code(), "eo");
    assert!(Lang::ALL.contains(&eo));
    assert!(!kaalrekha::lexicon::file(eo, "months").is_empty());
}

#[test]
fn the_tiny_language_is_detected_and_analysed() {
    let text = "Hodiaŭ la ministro vizitis Parizon kaj Berlinon. \
                La kunveno estis la 18 de novembro 2025, kaj kvin ministroj venos morgaŭ.";
    let a = analyse(text, &opts(None)).unwrap();
    assert_eq!(a.language, "eo", "detected by its function words");
    let timex = |s: &str| {
        a.timexes
            .iter()
            .find(|t| t.text == s)
            .unwrap_or_else(|| panic!("{s:?} not found in {:?}", a.timexes))
            .value
            .clone()
    };
    assert_eq!(timex("Hodiaŭ"), "2025-11-20");
    assert_eq!(timex("la 18 de novembro 2025"), "2025-11-18");
    assert_eq!(timex("morgaŭ"), "2025-11-21");
    let places: Vec<&str> = a
        .entities
        .iter()
        .filter(|e| e.label == "GPE")
        .map(|e| e.text.as_str())
        .collect();
    assert!(places.contains(&"Parizon"), "{places:?}");
    let five = a.entities.iter().find(|e| e.text == "kvin");
    assert_eq!(five.map(|e| e.label), Some("CARDINAL"));
}

#[test]
fn english_is_still_english() {
    let a = analyse("Putin met Li Qiang in Moscow on Tuesday.", &opts(None)).unwrap();
    assert_eq!(a.language, "en");
}
