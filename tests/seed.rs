//! The user's sample article, read from `../shared/seed/` when it is there (the repository
//! never carries its text). The analysis must be well-formed in every offset unit, and the
//! dates a reader relies on must come out right with the document date inferred from the text.

use kaalrekha::text::offsets::slice_in_unit;
use kaalrekha::{analyse, OffsetUnit, Options};

mod shared_data;

fn seed_texts() -> Vec<String> {
    let Some(dir) = shared_data::shared("seed") else {
        return Vec::new();
    };
    let entries = std::fs::read_dir(&dir).unwrap();
    let mut paths: Vec<_> = entries
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    paths.sort();
    paths
        .iter()
        .map(|p| std::fs::read_to_string(p).unwrap())
        .collect()
}

#[test]
fn seed_is_well_formed_in_every_unit() {
    for text in seed_texts() {
        for unit in [OffsetUnit::Codepoint, OffsetUnit::Utf16, OffsetUnit::Utf8] {
            let a = analyse(
                &text,
                &Options {
                    offsets: unit,
                    ..Options::default()
                },
            )
            .unwrap();
            assert_eq!(a.language, "hi");
            let mut last_end = 0;
            for s in &a.sentences {
                assert!(
                    s.start >= last_end && s.start < s.end,
                    "{unit:?} sentence {s:?}"
                );
                last_end = s.end;
            }
            for e in &a.entities {
                assert_eq!(
                    slice_in_unit(&text, unit, e.start, e.end).as_deref(),
                    Some(e.text.as_str()),
                    "{unit:?} {e:?}"
                );
            }
            for t in &a.timexes {
                assert_eq!(
                    slice_in_unit(&text, unit, t.start, t.end).as_deref(),
                    Some(t.text.as_str()),
                    "{unit:?} {t:?}"
                );
            }
            for w in a.entities.windows(2) {
                assert!(w[0].end <= w[1].start, "entities overlap: {w:?}");
            }
            for w in a.timexes.windows(2) {
                assert!(w[0].end <= w[1].start, "timexes overlap: {w:?}");
            }
        }
    }
}

#[test]
fn seed_dates_resolve_against_the_inferred_date() {
    for text in seed_texts() {
        let a = analyse(&text, &Options::default()).unwrap();
        let value = |surface: &str| {
            a.timexes
                .iter()
                .find(|t| t.text == surface)
                .map(|t| t.value.clone())
        };
        // "पिछले वर्ष" next to "2024 में" fixes the year; the latest date is 18 November; the
        // lead's गुरुवार is the Thursday after it.
        assert_eq!(a.dct.as_deref(), Some("2025-11-20"));
        assert_eq!(a.dct_source, Some("inferred"));
        assert_eq!(value("18 नवंबर").as_deref(), Some("2025-11-18"));
        assert_eq!(value("गुरुवार").as_deref(), Some("2025-11-20"));
        assert_eq!(value("इस वर्ष").as_deref(), Some("2025"));
        assert_eq!(value("पिछले वर्ष").as_deref(), Some("2024"));
        assert_eq!(value("2024").as_deref(), Some("2024"));
        let starts: Vec<_> = a.timeline.iter().filter_map(|e| e.start.clone()).collect();
        let mut sorted = starts.clone();
        sorted.sort();
        assert_eq!(starts, sorted, "timeline in date order");
        assert!(a
            .timeline
            .iter()
            .any(|e| e.start.as_deref() == Some("2025-11-18")));
    }
}
