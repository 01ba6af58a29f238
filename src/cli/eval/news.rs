//! `kaalrekha eval news`: the hand-annotated real-news dev set (`docs/news-dev.md`).
//!
//! The annotations (`tests/news/hi-dev.jsonl`) hold offsets only; the article texts are read
//! from `--data DIR/news-hi/bbc-hindi-test.csv` and checked against each annotation's hash,
//! so a changed file is refused rather than scored against shifted offsets.
//!
//! Entities are scored per label, exact (same span and label) and relaxed (overlapping spans
//! of the same label, aligned one to one). Time expressions are scored as TempEval-3 does
//! (`timex/score.rs`), twice: with the annotated document date given, and with none, so that
//! the analyser infers it as it does for a pasted article. The inferred dates are compared
//! with the annotated ones.

use super::timex::score::{self, canon_value, Counts, Issue, Mention};
use crate::cli::UsageError;
use kaalrekha::{analyse, OffsetUnit, Options};
use serde_json::Value as Json;
use std::fmt::Write as _;
use std::path::Path;

const LABELS: [&str; 6] = ["PERSON", "ORG", "GPE", "LOC", "NORP", "EVENT"];

struct Doc {
    row: usize,
    text: String,
    dct: String,
    entities: Vec<Mention>,
    timexes: Vec<Mention>,
}

/// FNV-1a over the UTF-8 bytes, as `scripts/news_dev.py` computes it.
fn text_hash(text: &str) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in text.bytes() {
        h = (h ^ b as u64).wrapping_mul(0x0000_0100_0000_01b3);
    }
    format!("{h:016x}")
}

/// The rows of a CSV file (RFC 4180: quoted fields may hold commas, newlines and "").
fn csv_rows(src: &str) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = src.chars().peekable();
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => field.push(c),
            (false, '"') => quoted = true,
            (false, ',') => row.push(std::mem::take(&mut field)),
            (false, '\n') => {
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
            }
            (false, '\r') => {}
            (false, c) => field.push(c),
        }
    }
    if !field.is_empty() || !row.is_empty() {
        row.push(field);
        rows.push(row);
    }
    rows
}

/// Byte offset of every code point boundary, so that gold code-point offsets convert.
fn byte_offsets(text: &str) -> Vec<usize> {
    let mut v: Vec<usize> = text.char_indices().map(|(i, _)| i).collect();
    v.push(text.len());
    v
}

fn load(data: &Path, gold: &Path) -> Result<Vec<Doc>, UsageError> {
    let csv_path = data.join("news-hi/bbc-hindi-test.csv");
    let src = std::fs::read_to_string(&csv_path)
        .map_err(|e| UsageError(format!("cannot read {}: {e}", csv_path.display())))?;
    let rows = csv_rows(&src);
    let ann = std::fs::read_to_string(gold)
        .map_err(|e| UsageError(format!("cannot read {}: {e}", gold.display())))?;
    let mut docs = Vec::new();
    for (n, line) in ann
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
    {
        let bad = |what: &str| UsageError(format!("{}:{}: {what}", gold.display(), n + 1));
        let j: Json = serde_json::from_str(line).map_err(|e| bad(&e.to_string()))?;
        let row = j["row"].as_u64().ok_or_else(|| bad("no row"))? as usize;
        // Data rows are counted from 0 after the header.
        let text = rows
            .get(row + 1)
            .and_then(|r| r.get(1))
            .ok_or_else(|| bad(&format!("row {row} is not in the CSV")))?
            .clone();
        if j["sha"].as_str() != Some(text_hash(&text).as_str()) {
            return Err(bad(&format!(
                "row {row}'s text differs from the one annotated (hash)"
            )));
        }
        let bytes = byte_offsets(&text);
        let at = |v: &Json, k: &str| -> Result<usize, UsageError> {
            let i = v[k].as_u64().ok_or_else(|| bad(&format!("no {k}")))? as usize;
            bytes
                .get(i)
                .copied()
                .ok_or_else(|| bad(&format!("{k} {i} is past the text")))
        };
        let mention = |v: &Json, kind: &str, value: &str| -> Result<Mention, UsageError> {
            let (s, e) = (at(v, "start")?, at(v, "end")?);
            Ok(Mention::new(s, e, &text[s..e], kind, value))
        };
        let mut entities = Vec::new();
        for e in j["entities"].as_array().into_iter().flatten() {
            entities.push(mention(e, e["label"].as_str().unwrap_or(""), "")?);
        }
        let mut timexes = Vec::new();
        for t in j["timexes"].as_array().into_iter().flatten() {
            timexes.push(mention(
                t,
                t["type"].as_str().unwrap_or(""),
                &canon_value(t["value"].as_str().unwrap_or("")),
            )?);
        }
        let dct = j["dct"].as_str().unwrap_or("").to_owned();
        docs.push(Doc {
            row,
            text,
            dct,
            entities,
            timexes,
        });
    }
    Ok(docs)
}

struct System {
    entities: Vec<Mention>,
    timexes: Vec<Mention>,
    dct: Option<String>,
}

fn run_system(text: &str, dct: Option<&str>) -> Result<System, String> {
    let opts = Options::parse(Some("hi"), dct, Some("utf8"), OffsetUnit::Utf8)
        .map_err(|e| e.to_string())?;
    let a = analyse(text, &opts).map_err(|e| e.to_string())?;
    let entities = a
        .entities
        .into_iter()
        .filter(|e| LABELS.contains(&e.label))
        .map(|e| Mention::new(e.start, e.end, &e.text, e.label, ""))
        .collect();
    let timexes = a
        .timexes
        .into_iter()
        .map(|t| Mention::new(t.start, t.end, &t.text, t.kind, &canon_value(&t.value)))
        .collect();
    Ok(System {
        entities,
        timexes,
        dct: a.dct,
    })
}

fn of_label(ms: &[Mention], label: &str) -> Vec<Mention> {
    ms.iter().filter(|m| m.kind == label).cloned().collect()
}

fn log_issue(out: &mut String, section: &str, row: usize, text: &str, i: &Issue) {
    let f = |s: &str| s.replace(['\t', '\n'], " ");
    let (gt, gv) = i
        .gold
        .as_ref()
        .map(|m| (f(&m.text), format!("{} {}", m.kind, m.value)))
        .unwrap_or_default();
    let (st, sv) = i
        .system
        .as_ref()
        .map(|m| (f(&m.text), format!("{} {}", m.kind, m.value)))
        .unwrap_or_default();
    let (a, b) = i.at();
    let _ = writeln!(
        out,
        "{section}\t{row}\t{}\t{gt}\t{}\t{st}\t{}\t{}",
        i.kind,
        gv.trim(),
        sv.trim(),
        f(&super::timex::context(text, a, b))
    );
}

fn pct(x: f64) -> String {
    format!("{:.1}", 100.0 * x)
}

pub fn run(data: &Path, gold: &Path, verbose: Option<&str>) -> Result<i32, UsageError> {
    let docs = load(data, gold)?;
    if docs.is_empty() {
        return Err(UsageError(format!(
            "{} holds no annotated article",
            gold.display()
        )));
    }
    let mut log =
        String::from("#section\trow\tkind\tgold_text\tgold\tsystem_text\tsystem\tcontext\n");
    let mut exact = [Counts::default(); LABELS.len()];
    let mut relaxed = [Counts::default(); LABELS.len()];
    let (mut tx_given, mut tx_inferred) = (Counts::default(), Counts::default());
    let (mut dct_right, mut dct_none, mut dct_wrong_year, mut dct_wrong) = (0, 0, 0, 0);
    for d in &docs {
        let given = run_system(&d.text, Some(&d.dct))
            .map_err(|e| UsageError(format!("row {}: {e}", d.row)))?;
        for (i, label) in LABELS.iter().enumerate() {
            let (g, s) = (
                of_label(&d.entities, label),
                of_label(&given.entities, label),
            );
            let (c, issues) = score::score_doc(&g, &s, false, false);
            relaxed[i] += c;
            exact[i] += Counts {
                relaxed: c.strict,
                ..c
            };
            for is in &issues {
                log_issue(&mut log, "entity", d.row, &d.text, is);
            }
        }
        // Entities of the right span but another label, listed once more for reading.
        for g in &d.entities {
            if let Some(s) = given
                .entities
                .iter()
                .find(|s| s.start == g.start && s.end == g.end && s.kind != g.kind)
            {
                log_issue(
                    &mut log,
                    "entity",
                    d.row,
                    &d.text,
                    &Issue {
                        kind: "LABEL",
                        gold: Some(g.clone()),
                        system: Some(s.clone()),
                    },
                );
            }
        }
        let (c, issues) = score::score_doc(&d.timexes, &given.timexes, true, true);
        tx_given += c;
        for is in &issues {
            log_issue(&mut log, "timex", d.row, &d.text, is);
        }
        let inferred =
            run_system(&d.text, None).map_err(|e| UsageError(format!("row {}: {e}", d.row)))?;
        let (c, issues) = score::score_doc(&d.timexes, &inferred.timexes, true, true);
        tx_inferred += c;
        match inferred.dct.as_deref() {
            None => dct_none += 1,
            Some(x) if x == d.dct => dct_right += 1,
            Some(x) if x.get(..4) != d.dct.get(..4) => dct_wrong_year += 1,
            Some(_) => dct_wrong += 1,
        }
        let _ = writeln!(
            log,
            "dct\t{}\tDCT\t\t{}\t\t{}\t",
            d.row,
            d.dct,
            inferred.dct.as_deref().unwrap_or("none")
        );
        for is in issues.iter().filter(|i| i.kind == "VALUE") {
            log_issue(&mut log, "timex-inferred", d.row, &d.text, is);
        }
    }

    let mut out = String::new();
    let n_e: usize = docs.iter().map(|d| d.entities.len()).sum();
    let n_t: usize = docs.iter().map(|d| d.timexes.len()).sum();
    let _ = writeln!(
        out,
        "Real-news dev set: {} BBC Hindi articles, {n_e} entities, {n_t} timexes ({})\n",
        docs.len(),
        gold.display()
    );
    let _ = writeln!(
        out,
        "| entities | gold | system | exact P / R / F1 | relaxed F1 |"
    );
    let _ = writeln!(out, "|---|---|---|---|---|");
    let (mut all_e, mut all_r) = (Counts::default(), Counts::default());
    for (i, label) in LABELS.iter().enumerate() {
        all_e += exact[i];
        all_r += relaxed[i];
        let (e, r) = (exact[i].relaxed_prf(), relaxed[i].relaxed_prf());
        let _ = writeln!(
            out,
            "| {label} | {} | {} | {} / {} / {} | {} |",
            exact[i].gold,
            exact[i].system,
            pct(e.p),
            pct(e.r),
            pct(e.f1),
            pct(r.f1)
        );
    }
    let (e, r) = (all_e.relaxed_prf(), all_r.relaxed_prf());
    let _ = writeln!(
        out,
        "| **all** | {} | {} | {} / {} / **{}** | {} |\n",
        all_e.gold,
        all_e.system,
        pct(e.p),
        pct(e.r),
        pct(e.f1),
        pct(r.f1)
    );
    let _ = writeln!(
        out,
        "| timexes | relaxed P / R / F1 | strict F1 | type acc. | value F1 |"
    );
    let _ = writeln!(out, "|---|---|---|---|---|");
    for (name, c) in [
        ("document date given", tx_given),
        ("document date inferred", tx_inferred),
    ] {
        let r = c.relaxed_prf();
        let _ = writeln!(
            out,
            "| {name} | {} / {} / {} | {} | {} | **{}** |",
            pct(r.p),
            pct(r.r),
            pct(r.f1),
            pct(c.strict_prf().f1),
            c.type_accuracy().map(pct).unwrap_or_default(),
            pct(c.value_prf().f1)
        );
    }
    let _ = writeln!(
        out,
        "\nDocument dates inferred: {dct_right} right, {dct_none} abstained, {dct_wrong} wrong day or month in the right year, {dct_wrong_year} wrong year (of {}).",
        docs.len()
    );
    print!("{out}");
    if let Some(path) = verbose {
        if path == "-" {
            eprint!("{log}");
        } else {
            std::fs::write(path, &log)
                .map_err(|e| UsageError(format!("cannot write {path}: {e}")))?;
            eprintln!("wrote {path}");
        }
    }
    Ok(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_quotes_commas_and_newlines() {
        let rows = csv_rows("a,b\nx,\"p, \"\"q\"\"\nr\"\n");
        assert_eq!(rows, vec![vec!["a", "b"], vec!["x", "p, \"q\"\nr"]]);
    }

    #[test]
    fn hash_matches_the_python_one() {
        // python3 -c 'import scripts.news_dev as n; print(n.text_hash("भारत"))'
        assert_eq!(text_hash(""), "cbf29ce484222325");
        assert_eq!(text_hash("a"), "af63dc4c8601ec8c");
    }
}
