//! Training: an averaged structured perceptron over BIO tags, deterministic (a fixed-seed
//! shuffle), then quantized to i8 and pruned to a row budget. Used by `kaalrekha train ner`
//! and by a smoke test on a few hundred sentences.

use super::features::Sentence;
use super::model::{n_tags, viterbi, Model};
use crate::names::cues::Marks;
use crate::text::{Doc, Lang};

/// One annotated sentence: words and their tags as (class, begins).
#[derive(Debug, Clone, Default)]
pub struct Annotated {
    pub words: Vec<String>,
    pub tags: Vec<Option<(String, bool)>>,
    /// 0 for the target corpus; another number for an auxiliary corpus whose conventions
    /// differ, which trains a private copy of every feature besides the shared one
    /// (Daumé III, "Frustratingly easy domain adaptation"); only the shared weights ship.
    pub domain: u8,
    /// The first sentence of a document ("-DOCSTART-" before it, or the first of the file).
    pub doc_start: bool,
}

impl Annotated {
    /// Joins the words with spaces; returns the text and each word's byte start.
    pub fn text(&self) -> (String, Vec<usize>) {
        let mut text = String::new();
        let mut starts = Vec::with_capacity(self.words.len());
        for w in &self.words {
            if !text.is_empty() {
                text.push(' ');
            }
            starts.push(text.len());
            text.push_str(w);
        }
        (text, starts)
    }

    /// Gold spans over words: (first, last exclusive, class).
    pub fn spans(&self) -> Vec<(usize, usize, String)> {
        let mut out: Vec<(usize, usize, String)> = Vec::new();
        for (i, t) in self.tags.iter().enumerate() {
            if let Some((c, begins)) = t {
                match out.last_mut() {
                    Some(last) if !begins && last.1 == i && &last.2 == c => last.1 = i + 1,
                    _ => out.push((i, i + 1, c.clone())),
                }
            }
        }
        out
    }
}

/// Reads CoNLL-style columns: the word first, the tag last; blank lines end sentences.
/// `map` turns a tag's type ("NEP", "PER") into a class name, or None for O. Tags may be
/// "B-X", "I-X", "-X" (read as I-X) or "O"/"-".
pub fn read_conll(src: &str, map: impl Fn(&str) -> Option<String>) -> Vec<Annotated> {
    let mut out = Vec::new();
    let mut cur = Annotated::default();
    let mut next_starts_doc = true;
    for line in src.lines() {
        let cols: Vec<&str> = line
            .split(['\t', ' '])
            .filter(|c| !c.trim().is_empty())
            .collect();
        if cols.len() < 2 || cols[0] == "-DOCSTART-" {
            if !cur.words.is_empty() {
                out.push(std::mem::take(&mut cur));
            }
            if cols.first() == Some(&"-DOCSTART-") {
                next_starts_doc = true;
            }
            continue;
        }
        if cur.words.is_empty() {
            cur.doc_start = std::mem::take(&mut next_starts_doc);
        }
        let tag = cols[cols.len() - 1].trim();
        let (begins, ty) = if let Some(t) = tag.strip_prefix("B-") {
            (true, t)
        } else if let Some(t) = tag.strip_prefix("I-") {
            (false, t)
        } else if let Some(t) = tag.strip_prefix('-') {
            (false, t)
        } else {
            (false, "")
        };
        let class = if ty.is_empty() { None } else { map(ty) };
        // An I- tag with no span of its class before it begins one.
        let begins =
            begins || !matches!(cur.tags.last(), Some(Some((c, _))) if Some(c) == class.as_ref());
        // IL-NER Urdu joins a word written in several parts with "_" (بنگلہ_دیش); text has
        // spaces there, so each part is a word of the same span.
        for (k, part) in cols[0].split('_').filter(|p| !p.is_empty()).enumerate() {
            cur.words.push(part.to_owned());
            cur.tags.push(class.clone().map(|c| (c, begins && k == 0)));
        }
        if cols[0].split('_').all(str::is_empty) {
            cur.words.push(cols[0].to_owned());
            cur.tags.push(class.map(|c| (c, begins)));
        }
    }
    if !cur.words.is_empty() {
        out.push(cur);
    }
    out
}

/// The sentences of each document joined into one, a blank line between sentences, as an
/// article is analysed; a file without "-DOCSTART-" lines is one sentence per document.
pub fn documents(sentences: &[Annotated]) -> Vec<Annotated> {
    if !sentences.iter().skip(1).any(|a| a.doc_start) {
        return sentences.to_vec();
    }
    let mut out: Vec<Annotated> = Vec::new();
    for a in sentences {
        match out.last_mut() {
            Some(d) if !a.doc_start => {
                d.words.push("\n\n".to_owned());
                d.tags.push(None);
                d.words.extend(a.words.iter().cloned());
                d.tags.extend(a.tags.iter().cloned());
            }
            _ => out.push(a.clone()),
        }
    }
    out
}

/// The word each Doc token falls in, given the words' byte starts.
pub fn word_of_tokens(doc: &Doc, starts: &[usize]) -> Vec<usize> {
    let mut out = Vec::with_capacity(doc.len());
    let mut w = 0;
    for t in &doc.tokens {
        while w + 1 < starts.len() && starts[w + 1] <= t.start {
            w += 1;
        }
        out.push(w);
    }
    out
}

/// Gold tag per Doc token: a word's first token gets B/I as annotated, later tokens get I.
pub fn doc_tags(doc: &Doc, starts: &[usize], a: &Annotated, classes: &[String]) -> Vec<usize> {
    let words = word_of_tokens(doc, starts);
    let mut tags: Vec<usize> = doc
        .tokens
        .iter()
        .zip(&words)
        .map(|(t, &w)| match &a.tags[w] {
            None => 0,
            Some((c, begins)) => match classes.iter().position(|x| x == c) {
                None => 0,
                Some(ci) if t.start == starts[w] && *begins => 1 + 2 * ci,
                Some(ci) => 2 + 2 * ci,
            },
        })
        .collect();
    // An I tag that cannot continue what precedes it becomes B.
    for i in 0..tags.len() {
        if tags[i] != 0
            && tags[i].is_multiple_of(2)
            && (i == 0 || tags[i - 1].div_ceil(2) != tags[i] / 2)
        {
            tags[i] -= 1;
        }
    }
    tags
}

pub struct Options {
    pub bits: u32,
    pub epochs: usize,
    pub max_rows: usize,
    pub seed: u64,
    /// Perceptrons trained over different shuffles and averaged.
    pub models: usize,
    /// Subtracted from the O weight of the always-on bias feature after training (0 = none).
    pub o_bias: f32,
    /// Weights are rounded to multiples of this step of the i8 scale (1 = full resolution).
    pub step: u8,
}

impl Default for Options {
    fn default() -> Self {
        Self {
            bits: 20,
            epochs: 10,
            max_rows: 40_000,
            seed: 0x6b61_616c,
            models: 1,
            o_bias: 0.0,
            step: 1,
        }
    }
}

struct Prepared {
    feats: Vec<u32>,
    /// Offsets into `feats`, one per token plus one.
    offs: Vec<u32>,
    gold: Vec<u16>,
}

fn prepare(lang: Lang, data: &[Annotated], classes: &[String], bits: u32) -> Vec<Prepared> {
    let mut out = Vec::with_capacity(data.len());
    for a in data {
        let (text, starts) = a.text();
        let doc = Doc::new(&text);
        if doc.is_empty() {
            continue;
        }
        let marks = Marks::new(&doc, lang);
        let gold: Vec<u16> = doc_tags(&doc, &starts, a, classes)
            .into_iter()
            .map(|t| t as u16)
            .collect();
        let s = Sentence::new(&doc, &marks, (0, doc.len()));
        let mut feats = Vec::with_capacity(doc.len() * 40);
        let mut offs = vec![0u32];
        for i in 0..doc.len() {
            let at = feats.len();
            s.features(i, bits, &mut feats);
            if a.domain != 0 {
                for k in at..feats.len() {
                    let f = feats[k];
                    feats.push(f | 1 << bits);
                }
            }
            offs.push(feats.len() as u32);
        }
        out.push(Prepared { feats, offs, gold });
    }
    out
}

/// One averaged perceptron over `prepared`; returns the averaged feature and transition weights.
fn perceptron(
    prepared: &[Prepared],
    tags: usize,
    n_w: usize,
    epochs: usize,
    seed: u64,
    log: &mut dyn FnMut(String),
) -> (Vec<f32>, Vec<f32>) {
    // Averaging as in Daumé III: w is the current weight, u accumulates c·Δ; the average is w − u/c.
    let mut w = vec![0f32; n_w];
    let mut u = vec![0f32; n_w];
    let mut tw = vec![0f32; tags * tags + tags];
    let mut tu = vec![0f32; tags * tags + tags];
    let mut c = 1f32;
    let mut order: Vec<usize> = (0..prepared.len()).collect();
    let mut rng = seed | 1;
    let mut em: Vec<f32> = Vec::new();
    let mut pred = Vec::new();
    for epoch in 0..epochs {
        // Fisher–Yates with xorshift64: the same order on every machine.
        for i in (1..order.len()).rev() {
            rng ^= rng << 13;
            rng ^= rng >> 7;
            rng ^= rng << 17;
            order.swap(i, (rng % (i as u64 + 1)) as usize);
        }
        let (mut wrong, mut total) = (0usize, 0usize);
        for &si in &order {
            let p = &prepared[si];
            let n = p.gold.len();
            em.clear();
            em.resize(n * tags, 0.0);
            for i in 0..n {
                let row = &mut em[i * tags..(i + 1) * tags];
                for &f in &p.feats[p.offs[i] as usize..p.offs[i + 1] as usize] {
                    let base = f as usize * tags;
                    for (x, y) in row.iter_mut().zip(&w[base..base + tags]) {
                        *x += y;
                    }
                }
            }
            let (trans, start) = tw.split_at(tags * tags);
            viterbi(&em, n, tags, trans, start, &mut pred);
            total += n;
            if pred.iter().zip(&p.gold).any(|(a, &b)| *a != b as usize) {
                for i in 0..n {
                    let g = p.gold[i] as usize;
                    let q = pred[i];
                    if g != q {
                        wrong += 1;
                        for &f in &p.feats[p.offs[i] as usize..p.offs[i + 1] as usize] {
                            let base = f as usize * tags;
                            w[base + g] += 1.0;
                            u[base + g] += c;
                            w[base + q] -= 1.0;
                            u[base + q] -= c;
                        }
                    }
                    let (ga, qa) = if i == 0 {
                        (None, None)
                    } else {
                        (Some(p.gold[i - 1] as usize), Some(pred[i - 1]))
                    };
                    if ga != qa || g != q {
                        let gi = ga.map_or(tags * tags + g, |a| a * tags + g);
                        let qi = qa.map_or(tags * tags + q, |a| a * tags + q);
                        tw[gi] += 1.0;
                        tu[gi] += c;
                        tw[qi] -= 1.0;
                        tu[qi] -= c;
                    }
                }
            }
            c += 1.0;
        }
        log(format!(
            "epoch {}: {wrong} of {total} tokens wrong ({:.2}%)",
            epoch + 1,
            100.0 * wrong as f64 / total.max(1) as f64
        ));
    }
    for (x, y) in w.iter_mut().zip(&u) {
        *x -= y / c;
    }
    for (x, y) in tw.iter_mut().zip(&tu) {
        *x -= y / c;
    }
    (w, tw)
}

/// Trains and returns the serialised model; progress goes to `log`.
pub fn train(
    lang: Lang,
    data: &[Annotated],
    classes: &[String],
    opts: &Options,
    log: &mut dyn FnMut(String),
) -> Vec<u8> {
    let tags = n_tags(classes.len());
    let prepared = prepare(lang, data, classes, opts.bits);
    // Shared weights, then the auxiliary corpora's private copies (trained, never shipped).
    let n_w = (2usize << opts.bits) * tags;
    // Several perceptrons over different shuffles, averaged: less variance from the order.
    let mut w = vec![0f32; n_w];
    let mut tw = vec![0f32; tags * tags + tags];
    let k = opts.models.max(1);
    for m in 0..k {
        let seed = opts
            .seed
            .wrapping_add(0x9e37_79b9_7f4a_7c15u64.wrapping_mul(m as u64));
        let (mw, mtw) = perceptron(&prepared, tags, n_w, opts.epochs, seed, log);
        for (x, y) in w.iter_mut().zip(&mw) {
            *x += y / k as f32;
        }
        for (x, y) in tw.iter_mut().zip(&mtw) {
            *x += y / k as f32;
        }
    }
    // Recall against precision: a lower score for O on every token, through the bias feature.
    if opts.o_bias != 0.0 {
        let b = super::features::bias_bucket(opts.bits) as usize;
        w[b * tags] -= opts.o_bias;
    }
    // Quantize: clip at a high quantile rather than the maximum, so that small weights keep
    // some resolution in eight bits.
    let mut sample: Vec<f32> = w
        .iter()
        .filter(|x| **x != 0.0)
        .map(|x| x.abs())
        .step_by(1)
        .collect();
    sample.sort_by(|a, b| a.partial_cmp(b).unwrap());
    let clip = sample
        .get(sample.len().saturating_sub(1))
        .copied()
        .unwrap_or(1.0)
        .max(1e-6);
    let scale = 127.0 / clip;
    // A coarser step: fewer distinct values and more zeros, which the packs' compression
    // turns into a smaller download (rows that become all zero are not kept at all).
    let step = opts.step.max(1) as f32;
    let mut rows: Vec<(u32, Vec<i8>, i32)> = Vec::new();
    for b in 0..(1usize << opts.bits) {
        let q: Vec<i8> = w[b * tags..(b + 1) * tags]
            .iter()
            .map(|x| ((x * scale / step).round() * step).clamp(-127.0, 127.0) as i8)
            .collect();
        let mag: i32 = q.iter().map(|x| (*x as i32).abs()).sum();
        if mag > 0 {
            rows.push((b as u32, q, mag));
        }
    }
    let nonzero = rows.len();
    if rows.len() > opts.max_rows {
        rows.sort_by(|a, b| b.2.cmp(&a.2).then(a.0.cmp(&b.0)));
        rows.truncate(opts.max_rows);
        rows.sort_by_key(|r| r.0);
    }
    let rows: Vec<(u32, Vec<i8>)> = rows.into_iter().map(|(b, q, _)| (b, q)).collect();
    let trans: Vec<i32> = tw.iter().map(|x| (x * scale).round() as i32).collect();
    log(format!(
        "{nonzero} nonzero rows, kept {}; scale {scale:.2}",
        rows.len()
    ));
    Model::write(
        classes,
        opts.bits,
        scale,
        &trans[..tags * tags],
        &trans[tags * tags..],
        &rows,
    )
}
