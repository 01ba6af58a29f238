//! `kaalrekha eval translit`: the romanisation that gives Hindi names their `latin` form,
//! against the Dakshina Hindi romanisation lexicon (native word, a romanisation typed by a
//! native speaker, how many of them typed it).
//!
//! Per native word: **exact** when `romanise` (lower-cased) equals one of the word's
//! romanisations, **top** when it equals the one typed most often; and the character error
//! rate against the nearest romanisation. `--split dev` is for tuning the rules, the default
//! `test` for reporting; `--verbose FILE` writes every miss.

use crate::cli::UsageError;
use kaalrekha::names::{latin::distance, romanise::romanise};
use std::collections::BTreeMap;
use std::path::Path;

pub fn run(
    data: &Path,
    limit: Option<usize>,
    split: &str,
    verbose: Option<&str>,
) -> Result<i32, UsageError> {
    if !matches!(split, "test" | "dev") {
        return Err(UsageError(format!(
            "bad --split {split}: expected test or dev"
        )));
    }
    let path = data.join(format!("translit/dakshina-hi.{split}.tsv"));
    let src = std::fs::read_to_string(&path)
        .map_err(|e| UsageError(format!("{}: {e}", path.display())))?;
    // native word → [(romanisation, count)]
    let mut words: BTreeMap<&str, Vec<(&str, u32)>> = BTreeMap::new();
    for line in src.lines() {
        let cols: Vec<&str> = line.split('\t').collect();
        if cols.len() < 3 {
            continue;
        }
        words
            .entry(cols[1])
            .or_default()
            .push((cols[0], cols[2].trim().parse().unwrap_or(1)));
    }
    let (mut n, mut exact, mut top, mut errors, mut chars) =
        (0usize, 0usize, 0usize, 0usize, 0usize);
    let mut misses = String::new();
    for (native, refs) in words.iter().take(limit.unwrap_or(usize::MAX)) {
        let ours = romanise(native).to_lowercase();
        let best = refs
            .iter()
            .max_by_key(|r| (r.1, std::cmp::Reverse(r.0)))
            .map_or("", |r| r.0);
        n += 1;
        let hit = refs.iter().any(|r| r.0 == ours);
        exact += hit as usize;
        top += (best == ours) as usize;
        let (d, len) = refs
            .iter()
            .map(|r| (distance(&ours, r.0), r.0.chars().count()))
            .min()
            .unwrap_or((ours.len(), ours.len()));
        errors += d;
        chars += len;
        if !hit {
            misses.push_str(&format!(
                "{native}\t{ours}\t{}\n",
                refs.iter()
                    .map(|r| format!("{} {}", r.0, r.1))
                    .collect::<Vec<_>>()
                    .join(", ")
            ));
        }
    }
    let pct = |x: usize| 100.0 * x as f64 / n.max(1) as f64;
    println!("Romanisation against Dakshina Hindi {split} ({n} native words)");
    println!(
        "  matches one of the word's romanisations  {:>5.1} %",
        pct(exact)
    );
    println!(
        "  matches the most typed romanisation      {:>5.1} %",
        pct(top)
    );
    println!(
        "  character error rate to the nearest one   {:>5.1} %",
        100.0 * errors as f64 / chars.max(1) as f64
    );
    if let Some(file) = verbose {
        std::fs::write(file, misses).map_err(|e| UsageError(format!("{file}: {e}")))?;
    }
    Ok(0)
}
