//! Corpus tests in the style of Duckling and regex's TOML suites. Each file under
//! `tests/corpus/` fixes a document date and a language:
//!
//! - `[[group]]`: many phrasings of one value; each must be found whole, exactly once.
//! - `[[case]]`: a full sentence with every expected timex as `[text, value]` (or
//!   `[text, value, mod]`), in order; nothing else may be found.
//! - `negative = [...]`: texts in which nothing temporal may be found.
//! - `[[entities]]`: a sentence with expected entities as `[text, label]`, checked as a subset,
//!   and optionally `reject`, entities that must not be found.
//! - `[[amount]]`: `text` is one amount, found whole as one entity of `label` with `value`
//!   (within 1e-9 relative), and nothing else numeric.
//!
//! Every failure in every file is reported (file, item, expected, got) before the test fails.
//! The `time-patterns.tsv` examples of every language are checked here too.

use kaalrekha::{analyse, Lang, OffsetUnit, Options};
use std::fmt::Write as _;
use std::path::Path;

fn opts(lang: &str, dct: &str) -> Options {
    Options::parse(Some(lang), Some(dct), None, OffsetUnit::Codepoint).unwrap()
}

fn timexes(text: &str, o: &Options) -> Vec<(String, String, Option<String>)> {
    analyse(text, o)
        .unwrap()
        .timexes
        .into_iter()
        .map(|t| (t.text, t.value, t.modifier.map(str::to_owned)))
        .collect()
}

fn check_file(path: &Path, failures: &mut Vec<String>) -> usize {
    let src = std::fs::read_to_string(path).unwrap();
    let doc: toml::Table =
        toml::from_str(&src).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let name = path.file_name().unwrap().to_string_lossy().to_string();
    let lang = doc.get("lang").and_then(|v| v.as_str()).unwrap_or("hi");
    let dct = doc
        .get("dct")
        .and_then(|v| v.as_str())
        .unwrap_or("2025-11-20");
    let o = opts(lang, dct);
    // An unknown key is a typo or a misplaced one (a `negative` list written after a
    // `[[case]]` belongs to that case in TOML): fail rather than silently check nothing.
    let keys = |table: &toml::Table, allowed: &[&str], what: &str| {
        for k in table.keys().filter(|k| !allowed.contains(&k.as_str())) {
            panic!("{name}: unknown key {k:?} in {what}; allowed: {allowed:?}");
        }
    };
    keys(
        &doc,
        &[
            "lang", "dct", "negative", "group", "case", "entities", "amount",
        ],
        "the file",
    );
    let tables = |key: &str| {
        doc.get(key)
            .and_then(|g| g.as_array())
            .into_iter()
            .flatten()
            .filter_map(|t| t.as_table())
    };
    tables("group").for_each(|t| keys(t, &["value", "type", "texts"], "a [[group]]"));
    tables("case").for_each(|t| keys(t, &["text", "timexes"], "a [[case]]"));
    tables("entities").for_each(|t| keys(t, &["text", "expect", "reject"], "an [[entities]]"));
    tables("amount").for_each(|t| keys(t, &["text", "label", "value"], "an [[amount]]"));
    let mut checked = 0;
    for (gi, group) in doc
        .get("group")
        .and_then(|g| g.as_array())
        .into_iter()
        .flatten()
        .enumerate()
    {
        let value = group["value"].as_str().unwrap();
        let kind = group.get("type").and_then(|v| v.as_str());
        for text in group["texts"].as_array().unwrap() {
            let text = text.as_str().unwrap();
            checked += 1;
            let a = analyse(text, &o).unwrap();
            let ok = a.timexes.len() == 1
                && a.timexes[0].text == text
                && a.timexes[0].value == value
                && kind.is_none_or(|k| a.timexes[0].kind == k);
            if !ok {
                let got: Vec<String> = a
                    .timexes
                    .iter()
                    .map(|t| format!("{:?}={} {}", t.text, t.value, t.kind))
                    .collect();
                failures.push(format!(
                    "{name} group {} {text:?}: expected whole = {value}, got [{}]",
                    gi + 1,
                    got.join(", ")
                ));
            }
        }
    }
    for (ci, case) in doc
        .get("case")
        .and_then(|g| g.as_array())
        .into_iter()
        .flatten()
        .enumerate()
    {
        let text = case["text"].as_str().unwrap();
        checked += 1;
        let expected: Vec<(String, String, Option<String>)> = case["timexes"]
            .as_array()
            .unwrap()
            .iter()
            .map(|t| {
                let t = t.as_array().unwrap();
                (
                    t[0].as_str().unwrap().to_owned(),
                    t[1].as_str().unwrap().to_owned(),
                    t.get(2).map(|m| m.as_str().unwrap().to_owned()),
                )
            })
            .collect();
        let got = timexes(text, &o);
        let got_cmp: Vec<_> = got
            .iter()
            .zip(
                expected
                    .iter()
                    .map(|e| e.2.is_some())
                    .chain(std::iter::repeat(false)),
            )
            .map(|((t, v, m), with_mod)| {
                (
                    t.clone(),
                    v.clone(),
                    if with_mod { m.clone() } else { None },
                )
            })
            .collect();
        if got_cmp != expected {
            failures.push(format!(
                "{name} case {} {text:?}:\n    expected {expected:?}\n    got      {got:?}",
                ci + 1
            ));
        }
    }
    for text in doc
        .get("negative")
        .and_then(|g| g.as_array())
        .into_iter()
        .flatten()
    {
        let text = text.as_str().unwrap();
        checked += 1;
        let got = timexes(text, &o);
        if !got.is_empty() {
            failures.push(format!(
                "{name} negative {text:?}: expected nothing, got {got:?}"
            ));
        }
    }
    for (ci, case) in doc
        .get("entities")
        .and_then(|g| g.as_array())
        .into_iter()
        .flatten()
        .enumerate()
    {
        let text = case["text"].as_str().unwrap();
        checked += 1;
        let a = analyse(text, &o).unwrap();
        let got: Vec<(String, String)> = a
            .entities
            .iter()
            .map(|e| (e.text.clone(), e.label.to_owned()))
            .collect();
        // `reject`: entities that must not be found (a word read with the wrong label).
        for bad in case
            .get("reject")
            .and_then(|r| r.as_array())
            .into_iter()
            .flatten()
        {
            let bad = bad.as_array().unwrap();
            let w = (
                bad[0].as_str().unwrap().to_owned(),
                bad[1].as_str().unwrap().to_owned(),
            );
            if got.contains(&w) {
                failures.push(format!(
                    "{name} entities {} {text:?}: found {w:?}, which it must not",
                    ci + 1
                ));
            }
        }
        for want in case["expect"].as_array().unwrap() {
            let want = want.as_array().unwrap();
            let w = (
                want[0].as_str().unwrap().to_owned(),
                want[1].as_str().unwrap().to_owned(),
            );
            if !got.contains(&w) {
                failures.push(format!(
                    "{name} entities {} {text:?}: missing {w:?}, got {got:?}",
                    ci + 1
                ));
            }
        }
    }
    for (ai, t) in tables("amount").enumerate() {
        let text = t["text"].as_str().unwrap();
        let label = t["label"].as_str().unwrap();
        let value = t["value"]
            .as_float()
            .or_else(|| t["value"].as_integer().map(|v| v as f64))
            .unwrap();
        checked += 1;
        let a = analyse(text, &o).unwrap();
        let numeric: Vec<_> = a.entities.iter().filter(|e| e.value.is_some()).collect();
        let ok = numeric.len() == 1
            && numeric[0].text == text
            && numeric[0].label == label
            && numeric[0]
                .value
                .is_some_and(|v| (v - value).abs() <= 1e-9 * value.abs().max(1.0));
        if !ok {
            let got: Vec<String> = numeric
                .iter()
                .map(|e| format!("{:?} {} {:?}", e.text, e.label, e.value))
                .collect();
            failures.push(format!(
                "{name} amount {} {text:?}: expected whole {label} {value}, got [{}]",
                ai + 1,
                got.join(", ")
            ));
        }
    }
    checked
}

fn files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            files(&p, out);
        } else if p.extension().is_some_and(|e| e == "toml") {
            out.push(p);
        }
    }
}

#[test]
fn corpus() {
    let mut paths = Vec::new();
    files(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus"),
        &mut paths,
    );
    assert!(!paths.is_empty());
    let mut failures = Vec::new();
    let mut checked = 0;
    for p in &paths {
        checked += check_file(p, &mut failures);
    }
    let mut report = String::new();
    for f in &failures {
        writeln!(report, "  {f}").unwrap();
    }
    assert!(
        failures.is_empty(),
        "{} of {checked} corpus items failed:\n{report}",
        failures.len()
    );
    eprintln!("corpus: {checked} items in {} files passed", paths.len());
}

/// Every rule in `data/<lang>/time-patterns.tsv` carries an example and its value; the pattern
/// itself must find that example with that value (document date 2025-11-20). Another pattern
/// that happens to give the same value does not count: a pattern whose example is always
/// taken by a longer one is dead data.
#[test]
fn pattern_examples() {
    use kaalrekha::text::{split_sentences, Doc};
    use kaalrekha::time::calendar::Date;
    let dct = Date::new(2025, 11, 20);
    let mut failures = Vec::new();
    for lang in Lang::ALL {
        let patterns =
            kaalrekha::time::grammar::parse_patterns(lang).unwrap_or_else(|e| panic!("{e}"));
        for p in patterns {
            let doc = Doc::new(&p.example);
            let sentences = split_sentences(&doc);
            let (got, _, _) = kaalrekha::time::analyse(&doc, lang, dct, &sentences);
            if !got
                .iter()
                .any(|t| t.value == p.expected && t.pattern == p.id)
            {
                let got: Vec<_> = got
                    .iter()
                    .map(|t| {
                        let text =
                            &doc.text[doc.tokens[t.tokens.0].start..doc.tokens[t.tokens.1 - 1].end];
                        format!("{text} {} by {}", t.value, t.pattern)
                    })
                    .collect();
                failures.push(format!(
                    "{} {:?}: expected {} by {}, got {got:?}",
                    p.id, p.example, p.expected, p.id
                ));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} pattern examples failed:\n  {}",
        failures.len(),
        failures.join("\n  ")
    );
}
