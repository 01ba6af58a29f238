//! Shared by tests/packs_hi.rs, tests/packs_en.rs and tests/packs_ur.rs, which run only with
//! `--features packs` (`make test-native`): each is its own process, so it starts with no pack
//! loaded.

use kaalrekha::{analyse, packs, Error, Lang, Options};
use std::path::Path;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// The pack of `lang`, built from `data/` as `kaalrekha pack` builds it.
pub fn pack(lang: Lang) -> Vec<u8> {
    packs::build(lang, &root().join("data")).unwrap()
}

/// What a language's texts must give: at least `texts` texts and `entities` entities in all.
pub struct Expect {
    pub texts: usize,
    pub entities: usize,
}

/// A language with a corpus of tests and a full set of lists.
pub const FULL: Expect = Expect {
    texts: 51,
    entities: 20,
};

/// Texts of `lang` written in the repository: every string of the corpus specifications
/// (tests/corpus/**/*.toml of that language) and the page's sample articles.
pub fn texts(lang: Lang, min: usize) -> Vec<String> {
    fn strings(v: &toml::Value, out: &mut Vec<String>) {
        match v {
            toml::Value::String(s) => out.push(s.clone()),
            toml::Value::Array(a) => a.iter().for_each(|v| strings(v, out)),
            toml::Value::Table(t) => t.values().for_each(|v| strings(v, out)),
            _ => {}
        }
    }
    let mut out = Vec::new();
    for dir in ["tests/corpus/time", "tests/corpus/numbers"] {
        for e in std::fs::read_dir(root().join(dir)).unwrap() {
            let path = e.unwrap().path();
            let doc: toml::Value = std::fs::read_to_string(&path).unwrap().parse().unwrap();
            if doc.get("lang").and_then(|l| l.as_str()) == Some(lang.code()) {
                strings(&doc, &mut out);
            }
        }
    }
    let samples = std::fs::read_to_string(root().join("www/samples.js")).unwrap();
    for part in samples.split("lang: \"").skip(1) {
        if part.starts_with(lang.code()) {
            if let Some(text) = part.split('`').nth(1) {
                out.push(text.to_owned());
            }
        }
    }
    assert!(out.len() >= min, "{} texts of {}", out.len(), lang.code());
    // One article of them all, so document-level passes meet many names at once.
    out.push(out.join("\n"));
    out
}

/// With nothing but the pack of `lang` loaded: the other language is refused clearly, and
/// every text of `lang` is analysed as with built-in data (no file missing from the pack).
pub fn only_its_own_pack(lang: Lang, other: Lang, expect: Expect) {
    let opts = |l: Lang| {
        Options::parse(
            Some(l.code()),
            Some("2025-11-20"),
            None,
            kaalrekha::OffsetUnit::Codepoint,
        )
        .unwrap()
    };
    assert!(!packs::is_loaded(lang));
    assert_eq!(
        analyse("x", &opts(lang)).unwrap_err(),
        Error::PackNotLoaded(lang.code())
    );
    let err = packs::load(b"<!doctype html><p>Not found</p>").unwrap_err();
    assert!(err.0.contains("not a kaalrekha language pack"), "{err}");
    assert_eq!(packs::load(&pack(lang)).unwrap(), lang);
    assert!(packs::is_loaded(lang) && !packs::is_loaded(other));
    let mut entities = 0;
    for text in texts(lang, expect.texts) {
        let a = analyse(&text, &opts(lang)).unwrap_or_else(|e| panic!("{e} ({text:?})"));
        entities += a.entities.len();
    }
    assert!(entities >= expect.entities, "{entities} entities");
    let err = analyse("x", &opts(other)).unwrap_err();
    assert_eq!(err, Error::PackNotLoaded(other.code()));
    assert!(err.to_string().contains("pack is not loaded"), "{err}");
    // Loading it twice changes nothing.
    assert_eq!(packs::load(&pack(lang)).unwrap(), lang);
}
