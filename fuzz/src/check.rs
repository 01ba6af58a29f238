//! The invariants every analysis must keep, shared by the libFuzzer target
//! (fuzz/fuzz_targets/analyse.rs), the stable random harness (fuzz/src/bin/random.rs), the
//! property tests (tests/properties.rs) and the replay of saved crash inputs
//! (tests/hostile.rs, fuzz/regressions/). Each check panics with a message on a violation.
//!
//! Fuzz input format: byte 0 picks lang, byte 1 the offset unit, bytes 2..4 the dct; the rest is
//! the text, decoded as lossy UTF-8.
#![allow(dead_code)]

use kaalrekha::text::offsets::slice_in_unit;
use kaalrekha::{analyse, Analysis, OffsetUnit, Options};

pub const LANGS: [Option<&str>; 5] = [None, Some("hi"), Some("en"), Some("auto"), Some("xx")];
pub const UNITS: [Option<&str>; 5] = [
    None,
    Some("codepoint"),
    Some("utf16"),
    Some("utf8"),
    Some("bytes"),
];

/// The option strings a fuzz input asks for.
pub fn options_of(data: &[u8]) -> (Option<&'static str>, Option<&'static str>, Option<String>) {
    let b = |i: usize| data.get(i).copied().unwrap_or(0);
    let lang = LANGS[b(0) as usize % LANGS.len()];
    let unit = UNITS[b(1) as usize % UNITS.len()];
    let d = u16::from_le_bytes([b(2), b(3)]);
    let dct = match d % 8 {
        0 | 1 => None,
        // Mostly valid dates, from year 1 to 9999, sometimes invalid days like 02-30.
        2..=6 => Some(format!(
            "{:04}-{:02}-{:02}",
            1 + (d as u32 * 7919) % 9999,
            1 + (d / 8) % 12,
            1 + (d / 96) % 31
        )),
        _ => Some(
            [
                "",
                " ",
                "2025-02-29",
                "2024-02-29",
                "0000-01-01",
                "20251120",
                "९९९९-१२-३१",
                "2025-1-1",
            ][(d / 8) as usize % 8]
                .to_owned(),
        ),
    };
    (lang, unit, dct)
}

/// Runs one fuzz input: the options, then the text; checks everything.
pub fn check_bytes(data: &[u8]) {
    let (lang, unit, dct) = options_of(data);
    let text = String::from_utf8_lossy(data.get(4..).unwrap_or(&[]));
    check_text(&text, lang, dct.as_deref(), unit);
}

/// Parses the options like the CLI and the binding do; a bad option must be an error, not a
/// panic, and a good one must analyse `text` with every invariant kept.
pub fn check_text(
    text: &str,
    lang: Option<&str>,
    dct: Option<&str>,
    unit: Option<&str>,
) -> Option<Analysis> {
    let opts = match Options::parse(lang, dct, unit, OffsetUnit::Codepoint) {
        Ok(o) => o,
        Err(e) => {
            assert!(!e.to_string().is_empty());
            return None;
        }
    };
    let a = match analyse(text, &opts) {
        Ok(a) => a,
        // Arabic or Persian with `lang` auto: refused with a message, never analysed.
        Err(kaalrekha::Error::UnsupportedLanguage(what)) if opts.lang.is_none() => {
            assert!(!what.is_empty());
            return None;
        }
        Err(e) => panic!("analyse failed on valid options: {e}"),
    };
    check_analysis(text, &opts, &a);
    let again = analyse(text, &opts).unwrap();
    assert!(a == again, "analysis is not deterministic");
    // The same spans in another unit: same texts and labels in the same order.
    let other = if opts.offsets == OffsetUnit::Utf8 {
        OffsetUnit::Utf16
    } else {
        OffsetUnit::Utf8
    };
    let b = analyse(
        text,
        &Options {
            offsets: other,
            ..opts.clone()
        },
    )
    .unwrap();
    check_analysis(
        text,
        &Options {
            offsets: other,
            ..opts
        },
        &b,
    );
    let key = |a: &Analysis| {
        (
            a.entities
                .iter()
                .map(|e| (e.text.clone(), e.label))
                .collect::<Vec<_>>(),
            a.timexes
                .iter()
                .map(|t| (t.text.clone(), t.value.clone()))
                .collect::<Vec<_>>(),
            a.sentences.len(),
        )
    };
    assert!(key(&a) == key(&b), "spans differ between offset units");
    Some(a)
}

/// Length of `text` in `unit`.
pub fn len_in(text: &str, unit: OffsetUnit) -> usize {
    match unit {
        OffsetUnit::Utf8 => text.len(),
        OffsetUnit::Codepoint => text.chars().count(),
        OffsetUnit::Utf16 => text.encode_utf16().count(),
    }
}

/// Offsets in unit → byte offsets (None when an offset is not on a char boundary of the unit).
pub fn to_bytes(text: &str, unit: OffsetUnit) -> impl Fn(usize) -> Option<usize> + '_ {
    let table: Vec<(usize, usize)> = {
        let mut t = Vec::new();
        let mut u = 0;
        for (b, c) in text.char_indices() {
            t.push((u, b));
            u += match unit {
                OffsetUnit::Utf8 => c.len_utf8(),
                OffsetUnit::Codepoint => 1,
                OffsetUnit::Utf16 => c.len_utf16(),
            };
        }
        t.push((u, text.len()));
        t
    };
    move |off| {
        table
            .binary_search_by_key(&off, |&(u, _)| u)
            .ok()
            .map(|i| table[i].1)
    }
}

pub fn check_analysis(text: &str, opts: &Options, a: &Analysis) {
    let unit = opts.offsets;
    let len = len_in(text, unit);
    let to_b = to_bytes(text, unit);
    assert_eq!(a.offsets, unit.name());
    assert_eq!(a.schema, "kaalrekha/1");
    // Any registered language (data/languages.tsv); short Arabic-script text is read as Urdu.
    assert!(
        kaalrekha::text::Lang::parse(a.language).is_some(),
        "language {:?}",
        a.language
    );
    if let Some(l) = opts.lang {
        assert_eq!(a.language, l.code());
    }
    match (opts.dct, &a.dct, a.dct_source) {
        (Some(d), Some(s), Some("given")) => assert_eq!(&d.to_string(), s),
        (None, None, None) | (None, Some(_), Some("inferred")) => {}
        other => panic!("dct and dctSource disagree with the options: {other:?}"),
    }
    let span = |what: &str, start: usize, end: usize, txt: Option<&str>| {
        assert!(
            start <= end && end <= len,
            "{what} {start}..{end} outside 0..{len}"
        );
        let (bs, be) = (to_b(start), to_b(end));
        assert!(
            bs.is_some() && be.is_some(),
            "{what} {start}..{end} not on char boundaries ({unit:?})"
        );
        if let Some(t) = txt {
            assert!(start < end, "{what} {start}..{end} is empty");
            assert_eq!(
                Some(t),
                text.get(bs.unwrap()..be.unwrap()),
                "{what} text differs from its slice"
            );
        }
    };
    let mut last = 0;
    for s in &a.sentences {
        span("sentence", s.start, s.end, None);
        assert!(
            s.start >= last && s.start < s.end,
            "sentences overlap or are empty: {:?}",
            a.sentences
        );
        last = s.end;
    }
    let mut last_end = 0;
    for (i, e) in a.entities.iter().enumerate() {
        span("entity", e.start, e.end, Some(&e.text));
        assert_eq!(e.id, format!("e{}", i + 1));
        assert!(
            e.start >= last_end,
            "entities overlap at {}: {:?}",
            e.id,
            e.text
        );
        last_end = e.end;
        if let Some(v) = e.value {
            assert!(v.is_finite(), "entity value {v} is not finite");
        }
    }
    // Ids in sets: the hostile tests check analyses with 100,000 timexes.
    let timex_ids: std::collections::HashSet<&str> =
        a.timexes.iter().map(|t| t.id.as_str()).collect();
    let entity_ids: std::collections::HashSet<&str> =
        a.entities.iter().map(|e| e.id.as_str()).collect();
    let mut last_end = 0;
    for (i, t) in a.timexes.iter().enumerate() {
        span("timex", t.start, t.end, Some(&t.text));
        assert_eq!(t.id, format!("t{}", i + 1));
        assert!(
            t.start >= last_end,
            "timexes overlap at {}: {:?}",
            t.id,
            t.text
        );
        last_end = t.end;
        assert!(matches!(t.kind, "DATE" | "TIME" | "DURATION" | "SET"));
        assert!(!t.value.is_empty(), "timex {} has an empty value", t.id);
        if let Some(anchor) = &t.anchor {
            assert!(
                anchor == "dct" || timex_ids.contains(anchor.as_str()),
                "dangling anchor {anchor}"
            );
        }
    }
    for (i, e) in a.timeline.iter().enumerate() {
        assert!(
            timex_ids.contains(e.timex.as_str()),
            "timeline names unknown timex {}",
            e.timex
        );
        assert!(
            e.sentence < a.sentences.len().max(1),
            "timeline sentence {} out of range",
            e.sentence
        );
        for id in &e.entities {
            assert!(
                entity_ids.contains(id.as_str()),
                "timeline names unknown entity {id}"
            );
        }
        for id in &e.mentions {
            assert!(
                timex_ids.contains(id.as_str()),
                "timeline names unknown timex {id}"
            );
        }
        // A substring search per entry: the first 200 entries are enough.
        assert!(
            i >= 200 || text.contains(e.summary.as_str()),
            "timeline summary is not from the text"
        );
    }
}

/// Cross-check of `slice_in_unit` (the library's own slicer) on every span; O(n) per span, so
/// for small texts only.
pub fn check_slices(text: &str, a: &Analysis) {
    let unit = OffsetUnit::parse(a.offsets).unwrap();
    for (what, s, e, t) in a
        .entities
        .iter()
        .map(|e| ("entity", e.start, e.end, &e.text))
        .chain(a.timexes.iter().map(|t| ("timex", t.start, t.end, &t.text)))
    {
        assert_eq!(
            slice_in_unit(text, unit, s, e).as_ref(),
            Some(t),
            "{what} {s}..{e}"
        );
    }
}
