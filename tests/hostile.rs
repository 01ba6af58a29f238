//! Hostile inputs, each a named test: empty and blank text, 10 MB of one character, a 1 MB line
//! without spaces, a million dandas, binary garbage, a date word repeated 100,000 times. Each
//! must give a sensible analysis (every invariant of fuzz/src/check.rs holds) in time linear in
//! its size: the time for 4N is compared with the time for N (best of a few runs, one test at a
//! time), and the ratio must stay under 6 (4 plus room for a noisy shared machine).
//!
//! Sizes are the stated ones in release builds (`make test-native` runs `cargo test --release`);
//! a debug build divides them by 64 so that a plain `cargo test` stays quick.
//!
//! Also replays the saved fuzz inputs in fuzz/regressions/.
#![cfg(not(target_arch = "wasm32"))]

#[path = "../fuzz/src/check.rs"]
mod check;

use kaalrekha::{analyse, Analysis, OffsetUnit, Options};
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// The tests run one at a time, so that the timing ones don't measure the others.
static ONE_AT_A_TIME: Mutex<()> = Mutex::new(());

const SCALE: usize = if cfg!(debug_assertions) { 64 } else { 1 };
const MB: usize = 1 << 20;

fn opts(lang: &str, unit: OffsetUnit) -> Options {
    Options::parse(Some(lang), Some("2025-11-20"), None, unit).unwrap()
}

/// Analyses `text` (checking every invariant once) and returns the analysis and the best time of
/// at least `runs` runs, repeated until 200 ms have passed so that short ones are not one hiccup.
fn timed(text: &str, o: &Options, runs: usize) -> (Analysis, Duration) {
    let mut best = Duration::MAX;
    let mut out = None;
    let started = Instant::now();
    let mut k = 0;
    while k < runs || started.elapsed() < Duration::from_millis(200) {
        k += 1;
        let t = Instant::now();
        let a = analyse(text, o).unwrap();
        best = best.min(t.elapsed());
        out = Some(a);
    }
    let a = out.unwrap();
    check::check_analysis(text, o, &a);
    (a, best)
}

/// Checks that analysing `make(4n)` takes less than 6× as long as `make(n)`; measures up to 3 times
/// before failing, since the machine is shared. Returns the analysis of the larger input.
fn linear(name: &str, n: usize, lang: &str, make: impl Fn(usize) -> String) -> (String, Analysis) {
    let _guard = ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
    let o = opts(lang, OffsetUnit::Utf16);
    let small = make(n);
    let large = make(4 * n);
    let mut ratios = Vec::new();
    for _attempt in 0..3 {
        let (_, t1) = timed(&small, &o, 3);
        let (a, t4) = timed(&large, &o, 2);
        // Below a millisecond the ratio is noise: count it as linear.
        let ratio = t4.as_secs_f64() / t1.as_secs_f64().max(1e-3);
        eprintln!(
            "{name}: {} bytes {:.1} ms, {} bytes {:.1} ms, ratio {ratio:.2}",
            small.len(),
            ms(t1),
            large.len(),
            ms(t4)
        );
        ratios.push(ratio);
        if ratio < 6.0 {
            return (large, a);
        }
    }
    panic!("{name}: time grows faster than linear: 4× the input took {ratios:.1?}× as long");
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1e3
}

#[test]
fn empty_and_whitespace_only() {
    let _guard = ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
    for text in [
        "",
        " ",
        "\n",
        "\n\n\t  \r\n",
        "\u{200B}\u{200C}\u{200D}\u{FEFF}",
        "\u{00A0}\u{3000}\u{2029}",
    ] {
        for lang in ["hi", "en"] {
            for unit in [OffsetUnit::Codepoint, OffsetUnit::Utf16, OffsetUnit::Utf8] {
                let o = opts(lang, unit);
                let a = analyse(text, &o).unwrap();
                check::check_analysis(text, &o, &a);
                assert!(
                    a.entities.is_empty() && a.timexes.is_empty() && a.timeline.is_empty(),
                    "{text:?}: {a:?}"
                );
                assert!(
                    a.sentences.is_empty(),
                    "{text:?} has no sentence: {:?}",
                    a.sentences
                );
            }
        }
        // Language detection on nothing still answers.
        let a = analyse(text, &Options::default()).unwrap();
        assert!(matches!(a.language, "hi" | "en"));
    }
}

#[test]
fn ten_mb_of_one_repeated_character() {
    for (c, lang) in [('क', "hi"), ('a', "en")] {
        let make = |bytes: usize| c.to_string().repeat(bytes / c.len_utf8());
        let (text, a) = linear(&format!("10 MB of {c:?}"), 10 * MB / 4 / SCALE, lang, make);
        assert!(text.len() > 10 * MB / SCALE - 4);
        assert!(
            a.sentences.len() <= 1,
            "one run of letters is at most one sentence"
        );
        assert!(
            a.timexes.is_empty(),
            "no date in {c:?}×N: {:?}",
            &a.timexes[..1]
        );
    }
    // A space-separated run: many tokens instead of one. 1 MB only: English "a" starts many
    // time patterns ("a week ago"), at about 20,000 instructions a token (docs/benchmarks.md).
    let (_, a) = linear("1 MB of 'a '", MB / 4 / SCALE, "en", |bytes| {
        "a ".repeat(bytes / 2)
    });
    assert!(a.timexes.is_empty());
}

#[test]
fn one_mb_line_without_spaces() {
    let unit = "abcक़ि१२३.x,y।😀-–—/:";
    let make = |bytes: usize| unit.repeat(bytes / unit.len());
    let (text, a) = linear("1 MB line without spaces", MB / 4 / SCALE, "hi", make);
    assert!(!text.contains(' ') && !text.contains('\n'));
    assert!(!a.sentences.is_empty());
}

#[test]
fn a_million_dandas() {
    let (text, a) = linear("a million dandas", 1_000_000 / 4 / SCALE, "hi", |n| {
        "।".repeat(n)
    });
    assert_eq!(text.chars().count(), 1_000_000 / SCALE / 4 * 4);
    assert!(a.entities.is_empty() && a.timexes.is_empty());
    // Dandas with words between them: a million short sentences.
    let (_, a) = linear(
        "a million 'हाँ।'",
        1_000_000 / 4 / SCALE,
        "hi",
        |n| "हाँ। ".repeat(n),
    );
    assert_eq!(a.sentences.len(), 1_000_000 / SCALE / 4 * 4);
}

#[test]
fn binary_garbage() {
    // Deterministic pseudo-random bytes, decoded as the CLI and the fuzzers do (lossy UTF-8).
    let make = |bytes: usize| {
        let mut x: u64 = 0x2545_F491_4F6C_DD1D;
        let raw: Vec<u8> = (0..bytes)
            .map(|_| {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                (x >> 24) as u8
            })
            .collect();
        String::from_utf8_lossy(&raw).into_owned()
    };
    for lang in ["hi", "en"] {
        linear(
            &format!("binary garbage ({lang})"),
            MB / 4 / SCALE,
            lang,
            make,
        );
    }
}

/// Each timex reads its clause's tense and its timeline summary; both are found through
/// per-document indexes (src/time/tense.rs `TenseIndex`, src/timeline.rs), so a sentence of N
/// date words costs N, not N².
#[test]
fn date_words_repeated_100k_times() {
    let n = 100_000 / SCALE;
    for (word, lang) in [
        ("कल", "hi"),
        ("18 नवंबर 2025", "hi"),
        ("पिछले साल", "hi"),
        ("yesterday", "en"),
        ("Nov. 18, 2025", "en"),
    ] {
        let make = |k: usize| vec![word; k].join(" ");
        let (_, a) = linear(&format!("{word:?} × {n}"), n / 4, lang, make);
        // Whatever the layer decides for a run of dates, it decides the same for each one, and
        // its spans never overlap (checked in `timed`).
        assert!(
            a.timexes.len() <= n,
            "{word}: {} timexes for {n} words",
            a.timexes.len()
        );
    }
}

/// The invariants (not the timing) on runs of date words short enough for the quadratic case.
#[test]
fn date_words_repeated_2k_times() {
    let _guard = ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
    for (word, lang) in [
        ("कल", "hi"),
        ("18 नवंबर 2025", "hi"),
        ("yesterday", "en"),
        ("Nov. 18, 2025", "en"),
    ] {
        let text = vec![word; 2000 / SCALE.min(20)].join(" ");
        let o = opts(lang, OffsetUnit::Utf16);
        let a = analyse(&text, &o).unwrap();
        check::check_analysis(&text, &o, &a);
        assert!(!a.timexes.is_empty(), "{word}: no timex");
    }
}

#[test]
fn numbers_repeated_100k_times() {
    let n = 100_000 / SCALE;
    for (word, lang) in [
        ("5", "hi"),
        ("५ करोड़", "hi"),
        ("1,000", "en"),
        ("twenty-five percent", "en"),
    ] {
        linear(&format!("{word:?} × {n}"), n / 4, lang, |k| {
            vec![word; k].join(" ")
        });
    }
}

#[test]
fn combining_marks_and_joiners_pile_up() {
    // One base letter carrying a million combining marks, and a million ZWJs: a single grapheme.
    linear("stacked virama and nukta", MB / 4 / SCALE, "hi", |n| {
        format!("क{}", "\u{094D}\u{093C}".repeat(n / 6))
    });
    linear("a run of ZWJ", MB / 4 / SCALE, "hi", |n| {
        format!("क{}ष", "\u{200D}".repeat(n / 3))
    });
}

#[test]
fn fuzz_regressions() {
    replay("fuzz/regressions");
}

/// Inputs that still fail (fuzz/known/README.md says why and whose they are).
#[test]
#[ignore = "open bugs in the analysis layers; see fuzz/known/README.md"]
fn known_open_bugs() {
    replay("fuzz/known");
}

fn replay(dir: &str) {
    let _guard = ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(dir);
    let mut n = 0;
    for entry in std::fs::read_dir(&dir).into_iter().flatten() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "md") {
            continue;
        }
        let data = std::fs::read(&path).unwrap();
        eprintln!("replaying {}", path.display());
        check::check_bytes(&data);
        n += 1;
    }
    eprintln!("{n} fuzz regressions replayed");
}

/// Issue 15: 200 KB of Hindi words glued with no space once came out as one GPE of 200,000
/// characters. No name may be longer than a name can be.
#[test]
fn glued_hindi_gives_no_giant_entity() {
    for word in ["भारत", "दिल्ली"] {
        let text = word.repeat(200_000 / word.chars().count());
        let a = analyse(
            &text,
            &Options::parse(Some("hi"), None, None, OffsetUnit::Codepoint).unwrap(),
        )
        .unwrap();
        for e in &a.entities {
            assert!(
                e.text.chars().count() <= 300,
                "{} of {} characters",
                e.label,
                e.text.chars().count()
            );
            assert!(
                e.latin.as_ref().is_none_or(|l| l.chars().count() <= 600),
                "latin of {} characters",
                e.latin.as_ref().unwrap().len()
            );
        }
    }
}

/// Document-level entity rules stay linear when an article repeats many distinct film titles,
/// organisations by head word and events: each title, head and event is looked up, never
/// compared with every span or every token.
#[test]
fn many_titles_heads_and_events() {
    let n = 20_000 / SCALE;
    let make = |k: usize| {
        (0..k)
            .map(|i| {
                format!("फ़िल्म 'ज़ेरॉन{i} वेलार' में अलाना{i} यूनिवर्सिटी के छात्र थे और ज़ैम्बा{i} कप देखा।")
            })
            .collect::<Vec<_>>()
            .join(" ")
    };
    linear("titles, heads, events", n / 8, "hi", make);
}
