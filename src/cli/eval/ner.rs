//! `kaalrekha eval ner`: P/R/F1 per label and micro-averaged, exact span match (CoNLL style),
//! on the test splits: IL-NER Hindi, IL-NER Urdu, CoNLL-2003 English and WNUT-17 (robustness only).
//!
//! Text is analysed through the whole entity layer (model, word lists and rules): CoNLL-2003
//! article by article, its sentences joined by blank lines, as the analyser reads news (and
//! also sentence by sentence, for comparison); IL-NER and WNUT-17, which have no document
//! boundaries, sentence by sentence (words joined with spaces). GPE and LOC count as one "location" label, since the
//! corpora do not tell them apart. NORP and EVENT have no gold label in these corpora and are
//! not counted. CoNLL MISC is scored from the model's raw MISC spans, before the rules.

use crate::cli::UsageError;
use kaalrekha::labels::Label;
use kaalrekha::ner::model::Model;
use kaalrekha::ner::train::{documents, read_conll, word_of_tokens, Annotated};
use kaalrekha::text::{Doc, Lang};
use std::collections::{BTreeMap, HashSet};
use std::path::Path;
use std::time::Instant;

#[derive(Default, Clone, Copy)]
struct Counts {
    tp: usize,
    fp: usize,
    fn_: usize,
}

impl Counts {
    fn prf(&self) -> (f64, f64, f64) {
        let p = if self.tp + self.fp == 0 {
            0.0
        } else {
            self.tp as f64 / (self.tp + self.fp) as f64
        };
        let r = if self.tp + self.fn_ == 0 {
            0.0
        } else {
            self.tp as f64 / (self.tp + self.fn_) as f64
        };
        let f = if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        };
        (p, r, f)
    }
}

type Spans = HashSet<(usize, usize, String)>;

/// Scores predicted against gold spans, per label, for the labels in `labels`.
fn score(table: &mut BTreeMap<String, Counts>, gold: &Spans, pred: &Spans, labels: &[&str]) {
    for l in labels {
        let c = table.entry((*l).to_owned()).or_default();
        let g: HashSet<_> = gold.iter().filter(|s| s.2 == *l).collect();
        let p: HashSet<_> = pred.iter().filter(|s| s.2 == *l).collect();
        c.tp += g.intersection(&p).count();
        c.fp += p.difference(&g).count();
        c.fn_ += g.difference(&p).count();
    }
}

fn print_table(name: &str, table: &BTreeMap<String, Counts>, micro_over: &[&str]) {
    println!("\n{name}");
    println!(
        "  {:<12} {:>6} {:>6} {:>6}  {:>6} {:>6} {:>6}",
        "label", "P", "R", "F1", "tp", "fp", "fn"
    );
    let mut micro = Counts::default();
    for (l, c) in table {
        let (p, r, f) = c.prf();
        println!(
            "  {l:<12} {p:>6.3} {r:>6.3} {f:>6.3}  {:>6} {:>6} {:>6}",
            c.tp, c.fp, c.fn_
        );
        if micro_over.contains(&l.as_str()) {
            micro.tp += c.tp;
            micro.fp += c.fp;
            micro.fn_ += c.fn_;
        }
    }
    let (p, r, f) = micro.prf();
    println!(
        "  {:<12} {p:>6.3} {r:>6.3} {f:>6.3}  {:>6} {:>6} {:>6}   (over {})",
        "micro",
        micro.tp,
        micro.fp,
        micro.fn_,
        micro_over.join(", ")
    );
}

fn entity_label(l: Label) -> Option<&'static str> {
    match l {
        Label::Person => Some("PERSON"),
        Label::Org => Some("ORG"),
        Label::Gpe | Label::Loc => Some("LOCATION"),
        _ => None,
    }
}

/// A gold PERSON span without the titles and honorifics the label rules leave out
/// ("श्री नरेन्द्र मोदी" → "नरेन्द्र मोदी", "मोदी जी" → "मोदी"): the title list is the one
/// the rules use (`ner-titles.tsv`), matched on whole words only.
fn without_titles(doc: &Doc, lang: Lang, words: &[usize], span: (usize, usize)) -> (usize, usize) {
    use kaalrekha::ner::cues;
    let (mut x, mut y) = span;
    let first_token = |w: usize| words.iter().position(|&v| v == w);
    let title_at = |t: usize, bit: u16| {
        cues::get(lang)
            .lex
            .longest(doc, t)
            .filter(|(_, c)| c.bits & bit != 0)
            .map(|(e, _)| e)
    };
    while y - x > 1 {
        match first_token(x).and_then(|t| title_at(t, cues::TITLE)) {
            Some(e) if words[e - 1] + 1 < y && (e == doc.len() || words[e] != words[e - 1]) => {
                x = words[e - 1] + 1
            }
            _ => break,
        }
    }
    if y - x > 1 {
        if let Some(t) = first_token(y - 1) {
            if title_at(t, cues::TITLE_AFTER).is_some_and(|e| e == doc.len() || words[e] != y - 1) {
                y -= 1;
            }
        }
    }
    (x, y)
}

/// Runs one corpus: gold classes come from `map`; returns the per-label counts. With
/// `cut_titles`, gold PERSON spans lose their titles first (see `without_titles`).
fn run_corpus(
    sentences: &[Annotated],
    lang: Lang,
    model: Option<&Model>,
    labels: &[&str],
    misc: bool,
    numbers: bool,
    cut_titles: bool,
) -> BTreeMap<String, Counts> {
    let mut table = BTreeMap::new();
    for a in sentences {
        let (text, starts) = a.text();
        let doc = Doc::new(&text);
        let words = word_of_tokens(&doc, &starts);
        let to_words = |t: (usize, usize)| (words[t.0], words[t.1 - 1] + 1);
        let gold: Spans = a
            .spans()
            .into_iter()
            .map(|(x, y, l)| match cut_titles && l == "PERSON" {
                true => {
                    let (x, y) = without_titles(&doc, lang, &words, (x, y));
                    (x, y, l)
                }
                false => (x, y, l),
            })
            .collect();
        let mut pred: Spans = Spans::new();
        if std::env::var("NER_RAW").is_ok() {
            for r in raw(&doc, lang, model) {
                let l = match r.class {
                    "LOC" => "LOCATION",
                    c => c,
                };
                let (x, y) = to_words(r.tokens);
                pred.insert((x, y, l.to_owned()));
            }
        } else {
            for e in kaalrekha::ner::recognise_with(&doc, lang, model) {
                if let Some(l) = entity_label(e.label) {
                    let (x, y) = to_words(e.tokens);
                    pred.insert((x, y, l.to_owned()));
                }
            }
        }
        if misc {
            for r in raw(&doc, lang, model) {
                if r.class == "MISC" {
                    let (x, y) = to_words(r.tokens);
                    pred.insert((x, y, "MISC".to_owned()));
                }
            }
        }
        if numbers {
            for e in kaalrekha::numbers::recognise(&doc, lang) {
                if e.label.is_numeric() {
                    let (x, y) = to_words(e.tokens);
                    pred.insert((x, y, "NUMBER".to_owned()));
                }
            }
        }
        if std::env::var("NER_DEBUG").is_ok() {
            for g in gold.difference(&pred) {
                eprintln!(
                    "FN {} [{}] in: {}",
                    g.2,
                    a.words[g.0..g.1].join(" "),
                    a.words.join(" ")
                );
            }
            for g in pred.difference(&gold) {
                eprintln!(
                    "FP {} [{}] in: {}",
                    g.2,
                    a.words[g.0..g.1].join(" "),
                    a.words.join(" ")
                );
            }
        }
        score(&mut table, &gold, &pred, labels);
    }
    table
}

fn raw(doc: &Doc, lang: Lang, model: Option<&Model>) -> Vec<kaalrekha::ner::RawSpan> {
    match model {
        Some(m) if !doc.is_empty() => {
            kaalrekha::ner::tag(doc, &kaalrekha::ner::cues::Marks::new(doc, lang), m)
        }
        _ => Vec::new(),
    }
}

/// `split` is "test" (reporting) or "dev" (IL-NER dev, CoNLL valid, WNUT dev: for tuning a
/// model trained with `train ner --holdout`); `models` reads `ner-<lang>-v2.bin` from a folder
/// instead of the embedded models (a language without its file there keeps its embedded one);
/// `only` (`--lang`) scores one language's corpora.
pub fn run(
    data: &Path,
    limit: Option<usize>,
    split: &str,
    models: Option<&Path>,
    only: Option<&str>,
) -> Result<i32, UsageError> {
    let wanted = |lang: Lang| only.is_none_or(|code| code == lang.code());
    let dev = match split {
        "test" => false,
        "dev" => true,
        s => return Err(UsageError(format!("bad --split {s}: expected test or dev"))),
    };
    let load = |lang: Lang| -> Result<Option<Model>, UsageError> {
        match models {
            None => Ok(kaalrekha::ner::model(lang).cloned()),
            Some(dir) => {
                let p = dir.join(format!(
                    "ner-{}-{}.bin",
                    lang.code(),
                    kaalrekha::ner::MODEL_TAG
                ));
                if !p.exists() {
                    eprintln!(
                        "{} not found: the embedded model of {}",
                        p.display(),
                        lang.code()
                    );
                    return Ok(kaalrekha::ner::model(lang).cloned());
                }
                let b =
                    std::fs::read(&p).map_err(|e| UsageError(format!("{}: {e}", p.display())))?;
                Model::from_bytes(&b)
                    .map(Some)
                    .map_err(|e| UsageError(format!("{}: {}", p.display(), e.0)))
            }
        }
    };
    let (hi, en, ur) = (load(Lang::Hi)?, load(Lang::En)?, load(Lang::Ur)?);
    let read = |p: &str| {
        std::fs::read_to_string(data.join(p))
            .map_err(|e| UsageError(format!("{}: {e}", data.join(p).display())))
    };
    let take = |mut v: Vec<Annotated>| {
        if let Some(n) = limit {
            v.truncate(n);
        }
        v
    };
    println!("NER evaluation: exact span match");

    let started = Instant::now();
    for (lang, model, corpus, name) in [
        (Lang::Hi, hi.as_ref(), "il-ner-hindi", "IL-NER Hindi"),
        (Lang::Ur, ur.as_ref(), "il-ner-urdu", "IL-NER Urdu"),
    ] {
        if !wanted(lang) {
            continue;
        }
        let il = take(read_conll(
            &read(&format!(
                "ner/{corpus}/{}.txt",
                if dev { "dev" } else { "test" }
            ))?,
            |t| {
                match t {
                    "NEP" => Some("PERSON"),
                    "NEO" => Some("ORG"),
                    "NEL" => Some("LOCATION"),
                    "NEN" => Some("NUMBER"),
                    _ => None,
                }
                .map(String::from)
            },
        ));
        let t = run_corpus(
            &il,
            lang,
            model,
            &["PERSON", "ORG", "LOCATION", "NUMBER"],
            false,
            true,
            false,
        );
        print_table(
            &format!("{name} {split} ({} sentences; NUMBER = NEN against the numbers layer's numeric spans)", il.len()),
            &t,
            &["PERSON", "ORG", "LOCATION"],
        );
        // IL-NER keeps titles inside PERSON ("श्री नरेन्द्र मोदी"); the label rules leave them out.
        let t = run_corpus(
            &il,
            lang,
            model,
            &["PERSON", "ORG", "LOCATION"],
            false,
            false,
            true,
        );
        print_table(
            &format!(
                "{name} {split}, titles cut from gold PERSON spans as the label rules cut them"
            ),
            &t,
            &["PERSON", "ORG", "LOCATION"],
        );
    }

    if !wanted(Lang::En) {
        println!("\n{:.1}s", started.elapsed().as_secs_f64());
        return Ok(0);
    }
    let conll = take(read_conll(
        &read(if dev {
            "ner/conll2003/valid.txt"
        } else {
            "ner/conll2003/test.txt"
        })?,
        |t| {
            match t {
                "PER" => Some("PERSON"),
                "ORG" => Some("ORG"),
                "LOC" => Some("LOCATION"),
                "MISC" => Some("MISC"),
                _ => None,
            }
            .map(String::from)
        },
    ));
    // As the analyser is used: each article whole, so document-level rules act (a name's
    // later short mentions). Sentence by sentence, for comparison with earlier figures.
    let articles = documents(&conll);
    let t = run_corpus(
        &articles,
        Lang::En,
        en.as_ref(),
        &["PERSON", "ORG", "LOCATION", "MISC"],
        true,
        false,
        false,
    );
    print_table(
        &format!("CoNLL-2003 {split} ({} articles, each analysed whole; MISC from the model before rules)", articles.len()),
        &t,
        &["PERSON", "ORG", "LOCATION"],
    );
    let t = run_corpus(
        &conll,
        Lang::En,
        en.as_ref(),
        &["PERSON", "ORG", "LOCATION", "MISC"],
        true,
        false,
        false,
    );
    print_table(
        &format!(
            "CoNLL-2003 {split}, each of {} sentences analysed alone",
            conll.len()
        ),
        &t,
        &["PERSON", "ORG", "LOCATION"],
    );

    let wnut = take(read_conll(
        &read(if dev {
            "ner/wnut17/emerging.dev.conll"
        } else {
            "ner/wnut17/emerging.test.annotated"
        })?,
        |t| {
            match t {
                "person" => Some("PERSON"),
                "corporation" | "group" => Some("ORG"),
                "location" => Some("LOCATION"),
                _ => None,
            }
            .map(String::from)
        },
    ));
    let t = run_corpus(
        &wnut,
        Lang::En,
        en.as_ref(),
        &["PERSON", "ORG", "LOCATION"],
        false,
        false,
        false,
    );
    print_table(
        &format!(
            "WNUT-17 {split} ({} sentences; corporation and group as ORG; robustness only)",
            wnut.len()
        ),
        &t,
        &["PERSON", "ORG", "LOCATION"],
    );
    println!("\n{:.1}s", started.elapsed().as_secs_f64());
    Ok(0)
}
