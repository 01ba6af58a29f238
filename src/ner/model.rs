//! The sequence labeller: hashed feature weights per BIO tag, tag-to-tag transition weights and
//! Viterbi decoding. Weights are i8 (one scale per model), kept only for the feature buckets
//! that matter (pruned at training time), looked up in an open-addressing table.
//!
//! File format (little-endian), written by [`Model::write`]:
//! `b"KRNER\0"`, u16 format, u32 feature version, u8 hash bits, u8 classes, the class names
//! (u8 length + UTF-8), f32 scale, u32 rows, tags×tags + tags i16 transition and start
//! weights, the rows' bucket numbers as delta varints, then the weights column by column
//! (every row's O weight, then every row's B-first-class weight, …) so that gzip finds runs.

use super::features::VERSION;

const MAGIC: &[u8; 6] = b"KRNER\0";
const FORMAT: u16 = 1;

/// Tag `0` is O; class `c` has B = `1 + 2c`, I = `2 + 2c`.
pub fn n_tags(classes: usize) -> usize {
    1 + 2 * classes
}

/// Whether tag `b` may follow tag `a` (`a = None` at the start): I-c only after B-c or I-c.
pub fn allowed(a: Option<usize>, b: usize) -> bool {
    if b == 0 || b % 2 == 1 {
        return true;
    }
    matches!(a, Some(a) if a != 0 && a.div_ceil(2) == b / 2)
}

#[derive(Clone)]
pub struct Model {
    pub classes: Vec<String>,
    pub bits: u32,
    pub tags: usize,
    pub trans: Vec<i32>,
    pub start: Vec<i32>,
    /// Open addressing: each slot holds bucket + 1 (0 = empty) and the row's weights, so
    /// that a lookup touches one cache line.
    slots: Vec<Slot>,
    rows: usize,
    /// `trans` and `start` with [`FORBIDDEN`] where the BIO constraint says no.
    trans_ok: Vec<i32>,
    start_ok: [i32; STRIDE],
}

/// The most tags a model may have (five classes), so that a slot is 16 bytes.
pub const MAX_TAGS: usize = 11;
/// Width of an emission row in the tagger ([`Model::add_rows`], [`Model::decode`]): one
/// fixed-size loop per feature, which the compiler vectorises.
pub const STRIDE: usize = 12;
/// The score of a transition the BIO constraint forbids: far below any reachable score, far
/// enough above i32::MIN that adding to it cannot overflow.
const FORBIDDEN: i32 = -(1 << 28);

#[derive(Clone, Copy, Default)]
#[repr(C, align(16))]
struct Slot {
    key: u32,
    w: [i8; 12],
}

#[derive(Debug)]
pub struct FormatError(pub String);

struct Reader<'a> {
    b: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], FormatError> {
        let s = self
            .b
            .get(self.at..self.at + n)
            .ok_or_else(|| FormatError("truncated model".into()))?;
        self.at += n;
        Ok(s)
    }
    fn u8(&mut self) -> Result<u8, FormatError> {
        Ok(self.take(1)?[0])
    }
    fn u16(&mut self) -> Result<u16, FormatError> {
        Ok(u16::from_le_bytes(self.take(2)?.try_into().unwrap()))
    }
    fn i16(&mut self) -> Result<i16, FormatError> {
        Ok(i16::from_le_bytes(self.take(2)?.try_into().unwrap()))
    }
    fn u32(&mut self) -> Result<u32, FormatError> {
        Ok(u32::from_le_bytes(self.take(4)?.try_into().unwrap()))
    }
    fn varint(&mut self) -> Result<u32, FormatError> {
        let mut v = 0u32;
        for shift in (0..35).step_by(7) {
            let b = self.u8()?;
            v |= ((b & 0x7f) as u32) << shift;
            if b < 0x80 {
                return Ok(v);
            }
        }
        Err(FormatError("bad varint".into()))
    }
}

fn slot_of(bucket: u32, mask: usize) -> usize {
    (bucket.wrapping_mul(0x9e37_79b9) as usize) & mask
}

impl Model {
    /// Builds a model from quantized rows: (bucket, weight per tag).
    pub fn from_parts(
        classes: Vec<String>,
        bits: u32,
        trans: Vec<i32>,
        start: Vec<i32>,
        rows: &[(u32, Vec<i8>)],
    ) -> Self {
        let tags = n_tags(classes.len());
        assert!(tags <= MAX_TAGS, "at most {MAX_TAGS} tags");
        let cap = (rows.len() * 2).next_power_of_two().max(16);
        let mut slots = vec![Slot::default(); cap];
        for (bucket, w) in rows {
            let mut s = slot_of(*bucket, cap - 1);
            while slots[s].key != 0 {
                s = (s + 1) & (cap - 1);
            }
            slots[s].key = bucket + 1;
            slots[s].w[..tags].copy_from_slice(&w[..tags]);
        }
        let trans_ok = (0..tags * tags)
            .map(|ab| {
                if allowed(Some(ab / tags), ab % tags) {
                    trans[ab]
                } else {
                    FORBIDDEN
                }
            })
            .collect();
        let mut start_ok = [FORBIDDEN; STRIDE];
        for b in 0..tags {
            if allowed(None, b) {
                start_ok[b] = start[b];
            }
        }
        Self {
            classes,
            bits,
            tags,
            trans,
            start,
            slots,
            rows: rows.len(),
            trans_ok,
            start_ok,
        }
    }

    /// The slot holding feature `bucket`'s weights, if the model keeps a row for it.
    #[inline]
    fn slot(&self, bucket: u32) -> Option<&Slot> {
        let mask = self.slots.len() - 1;
        let mut s = slot_of(bucket, mask);
        loop {
            let slot = &self.slots[s];
            if slot.key == bucket + 1 {
                return Some(slot);
            }
            if slot.key == 0 {
                return None;
            }
            s = (s + 1) & mask;
        }
    }

    /// Adds the weights of every feature in `buckets` to an emission row of [`STRIDE`] scores
    /// (the lanes past `tags` get zeros). The table is megabytes, so most lookups miss the cache: the slots of a batch are
    /// read first, all independent loads the processor overlaps, and only then compared (a
    /// compare-and-branch per load let a mispredicted branch hold up the loads after it).
    pub fn add_rows(&self, buckets: &[u32], row: &mut [i32; STRIDE]) {
        const BATCH: usize = 32;
        let mask = self.slots.len() - 1;
        for batch in buckets.chunks(BATCH) {
            let mut home = [0usize; BATCH];
            let mut keys = [0u32; BATCH];
            for (k, &b) in batch.iter().enumerate() {
                home[k] = slot_of(b, mask);
                keys[k] = self.slots[home[k]].key;
            }
            for (k, &b) in batch.iter().enumerate() {
                let slot = if keys[k] == b + 1 {
                    Some(&self.slots[home[k]])
                } else if keys[k] == 0 {
                    None
                } else {
                    self.slot(b)
                };
                if let Some(slot) = slot {
                    for j in 0..STRIDE {
                        row[j] += slot.w[j] as i32;
                    }
                }
            }
        }
    }

    /// Best tag sequence for emission rows `em`, as [`viterbi`] finds it (same ties), without
    /// allocating beyond `back`'s and `out`'s growth.
    pub fn decode(&self, em: &[[i32; STRIDE]], back: &mut Vec<u8>, out: &mut Vec<usize>) {
        out.clear();
        let n = em.len();
        if n == 0 {
            return;
        }
        let tags = self.tags;
        let mut score = [FORBIDDEN; STRIDE];
        for b in 0..tags {
            score[b] = self.start_ok[b] + em[0][b];
        }
        back.clear();
        back.resize(n * STRIDE, 0);
        for i in 1..n {
            let mut next = [FORBIDDEN; STRIDE];
            let col = &self.trans_ok[..];
            for b in 0..tags {
                // I-c can only follow B-c (b − 1) or I-c (b): every other way in is forbidden.
                let (mut best, mut arg, from) = if b != 0 && b % 2 == 0 {
                    (score[b - 1] + col[(b - 1) * tags + b], b - 1, b..b + 1)
                } else {
                    (score[0] + col[b], 0, 1..tags)
                };
                for a in from {
                    let v = score[a] + col[a * tags + b];
                    if v > best {
                        best = v;
                        arg = a;
                    }
                }
                back[i * STRIDE + b] = arg as u8;
                next[b] = best + em[i][b];
            }
            score = next;
        }
        let mut best = 0;
        for b in 1..tags {
            if score[b] > score[best] {
                best = b;
            }
        }
        out.resize(n, 0);
        out[n - 1] = best;
        for i in (1..n).rev() {
            out[i - 1] = back[i * STRIDE + out[i]] as usize;
        }
    }

    /// Whether feature `bucket` has a row of weights.
    pub fn has_row(&self, bucket: u32) -> bool {
        self.slot(bucket).is_some()
    }

    pub fn rows(&self) -> usize {
        self.rows
    }

    pub fn from_bytes(b: &[u8]) -> Result<Self, FormatError> {
        let p = Parts::read(b)?;
        Ok(Self::from_parts(
            p.classes, p.bits, p.trans, p.start, &p.rows,
        ))
    }

    /// Serialises a model; `rows` sorted by bucket.
    pub fn write(
        classes: &[String],
        bits: u32,
        scale: f32,
        trans: &[i32],
        start: &[i32],
        rows: &[(u32, Vec<i8>)],
    ) -> Vec<u8> {
        let tags = n_tags(classes.len());
        let mut out = Vec::new();
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&FORMAT.to_le_bytes());
        out.extend_from_slice(&VERSION.to_le_bytes());
        out.push(bits as u8);
        out.push(classes.len() as u8);
        for c in classes {
            out.push(c.len() as u8);
            out.extend_from_slice(c.as_bytes());
        }
        out.extend_from_slice(&scale.to_le_bytes());
        out.extend_from_slice(&(rows.len() as u32).to_le_bytes());
        for &t in trans.iter().chain(start) {
            out.extend_from_slice(
                &(t.clamp(i16::MIN as i32, i16::MAX as i32) as i16).to_le_bytes(),
            );
        }
        let mut prev = 0u32;
        for (b, _) in rows {
            let mut d = b - prev;
            prev = *b;
            loop {
                let byte = (d & 0x7f) as u8;
                d >>= 7;
                if d == 0 {
                    out.push(byte);
                    break;
                }
                out.push(byte | 0x80);
            }
        }
        for t in 0..tags {
            out.extend(rows.iter().map(|(_, w)| w[t] as u8));
        }
        out
    }
}

/// A model file's contents, as [`Model::write`] writes them.
struct Parts {
    classes: Vec<String>,
    bits: u32,
    scale: f32,
    trans: Vec<i32>,
    start: Vec<i32>,
    rows: Vec<(u32, Vec<i8>)>,
}

impl Parts {
    fn read(b: &[u8]) -> Result<Self, FormatError> {
        let mut r = Reader { b, at: 0 };
        if r.take(6)? != MAGIC {
            return Err(FormatError("not a kaalrekha NER model".into()));
        }
        let format = r.u16()?;
        let version = r.u32()?;
        if format != FORMAT || version != VERSION {
            return Err(FormatError(format!(
                "model format {format}/features {version}, expected {FORMAT}/{VERSION}: retrain"
            )));
        }
        let bits = r.u8()? as u32;
        let n_classes = r.u8()? as usize;
        let mut classes = Vec::new();
        for _ in 0..n_classes {
            let n = r.u8()? as usize;
            classes.push(
                String::from_utf8(r.take(n)?.to_vec())
                    .map_err(|_| FormatError("bad class name".into()))?,
            );
        }
        let scale = f32::from_le_bytes(r.take(4)?.try_into().unwrap());
        let n_rows = r.u32()? as usize;
        let tags = n_tags(n_classes);
        if tags > MAX_TAGS {
            return Err(FormatError(format!(
                "{n_classes} classes: at most {} supported",
                (MAX_TAGS - 1) / 2
            )));
        }
        let mut trans = Vec::with_capacity(tags * tags);
        for _ in 0..tags * tags {
            trans.push(r.i16()? as i32);
        }
        let mut start = Vec::with_capacity(tags);
        for _ in 0..tags {
            start.push(r.i16()? as i32);
        }
        let mut buckets = Vec::with_capacity(n_rows.min(1 << 24));
        let mut prev = 0u32;
        for _ in 0..n_rows {
            prev += r.varint()?;
            buckets.push(prev);
        }
        let cols = r.take(
            n_rows
                .checked_mul(tags)
                .ok_or_else(|| FormatError("model too large".into()))?,
        )?;
        let rows = buckets
            .iter()
            .enumerate()
            .map(|(i, &bk)| (bk, (0..tags).map(|t| cols[t * n_rows + i] as i8).collect()))
            .collect();
        Ok(Self {
            classes,
            bits,
            scale,
            trans,
            start,
            rows,
        })
    }
}

/// A model with its weights rounded to multiples of `step` (of the i8 scale) and the rows
/// that become all zero dropped: what `train ner --step` does at training time, for a model
/// already trained (`kaalrekha train requantise`). Transitions keep their resolution.
pub fn requantise(b: &[u8], step: u8) -> Result<Vec<u8>, FormatError> {
    let p = Parts::read(b)?;
    let step = step.max(1) as i32;
    let rows: Vec<(u32, Vec<i8>)> = p
        .rows
        .into_iter()
        .map(|(bk, w)| {
            let w: Vec<i8> = w
                .iter()
                .map(|&x| {
                    let x = x as i32;
                    // Ties to even multiples of the step (unbiased, like numpy's round):
                    // IL-NER dev 0.756 at step 8, against 0.752 for ties away from zero and
                    // 0.751 for ties toward zero (0.758 unrounded).
                    let (a, r) = (x.abs() / step, x.abs() % step);
                    let n = if 2 * r > step || (2 * r == step && a % 2 == 1) {
                        a + 1
                    } else {
                        a
                    };
                    let q = n * step * x.signum();
                    // The largest weights (the O bias among them) keep their size: 128 → 127.
                    q.clamp(-127, 127) as i8
                })
                .collect();
            (bk, w)
        })
        .filter(|(_, w)| w.iter().any(|&x| x != 0))
        .collect();
    Ok(Model::write(
        &p.classes, p.bits, p.scale, &p.trans, &p.start, &rows,
    ))
}

/// Best tag sequence under emission scores `em` (n × tags, row-major), transitions
/// `trans[a * tags + b]` and start weights, with the BIO constraint.
pub fn viterbi<T>(em: &[T], n: usize, tags: usize, trans: &[T], start: &[T], out: &mut Vec<usize>)
where
    T: Copy + PartialOrd + std::ops::Add<Output = T>,
{
    out.clear();
    if n == 0 {
        return;
    }
    let mut score: Vec<Option<T>> = (0..tags)
        .map(|b| allowed(None, b).then(|| start[b] + em[b]))
        .collect();
    let mut back = vec![0u16; n * tags];
    let mut next: Vec<Option<T>> = vec![None; tags];
    let ok: Vec<bool> = (0..tags * tags)
        .map(|ab| allowed(Some(ab / tags), ab % tags))
        .collect();
    for i in 1..n {
        for b in 0..tags {
            let mut best: Option<(T, usize)> = None;
            for (a, s) in score.iter().enumerate() {
                let Some(s) = *s else { continue };
                if !ok[a * tags + b] {
                    continue;
                }
                let v = s + trans[a * tags + b];
                if best.is_none_or(|(bv, _)| v > bv) {
                    best = Some((v, a));
                }
            }
            next[b] = best.map(|(v, a)| {
                back[i * tags + b] = a as u16;
                v + em[i * tags + b]
            });
        }
        std::mem::swap(&mut score, &mut next);
    }
    let mut best = 0;
    for b in 0..tags {
        if let Some(s) = score[b] {
            if score[best].is_none_or(|bs| s > bs) {
                best = b;
            }
        }
    }
    out.resize(n, 0);
    out[n - 1] = best;
    for i in (1..n).rev() {
        out[i - 1] = back[i * tags + out[i]] as usize;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn requantise_rounds_and_drops_zero_rows() {
        let classes = vec!["A".to_owned()];
        let trans = vec![3; 9];
        let start = vec![-5; 3];
        let rows = vec![
            (2, vec![5, -6, 127]),
            (9, vec![1, -1, 0]),
            (40, vec![-127, 2, 3]),
        ];
        let b = Model::write(&classes, 8, 1.5, &trans, &start, &rows);
        let p = Parts::read(&requantise(&b, 4).unwrap()).unwrap();
        assert_eq!(p.rows, vec![(2, vec![4, -8, 127]), (40, vec![-127, 0, 4])]);
        assert_eq!((p.trans, p.start, p.scale), (trans, start, 1.5));
        assert_eq!(
            Parts::read(&requantise(&b, 1).unwrap()).unwrap().rows.len(),
            3
        );
        assert!(requantise(&b[..b.len() - 1], 4).is_err());
    }

    #[test]
    fn add_rows_adds_each_features_row() {
        // A small, crowded table (probing past the home slot) and batches longer than one.
        let classes: Vec<String> = ["A", "B"].map(String::from).to_vec();
        let tags = n_tags(classes.len());
        let mut rng = 0x9e37_79b9_7f4a_7c15u64;
        let mut next = || {
            rng ^= rng << 13;
            rng ^= rng >> 7;
            rng ^= rng << 17;
            rng
        };
        // Random buckets: an arithmetic run would spread with no collision at all.
        let mut keys: Vec<u32> = (0..60).map(|_| (next() % 400) as u32).collect();
        keys.sort_unstable();
        keys.dedup();
        let rows: Vec<(u32, Vec<i8>)> = keys
            .iter()
            .map(|&k| (k, (0..tags).map(|_| next() as i8).collect()))
            .collect();
        let model = Model::from_parts(classes, 16, vec![0; tags * tags], vec![0; tags], &rows);
        for round in 0..200 {
            let buckets: Vec<u32> = (0..round % 90).map(|_| (next() % 400) as u32).collect();
            let (mut one, mut all) = ([0; STRIDE], [0; STRIDE]);
            for slot in buckets.iter().filter_map(|&b| model.slot(b)) {
                for j in 0..STRIDE {
                    one[j] += slot.w[j] as i32;
                }
            }
            model.add_rows(&buckets, &mut all);
            assert_eq!(one, all, "round {round}");
        }
    }

    /// The tagger's decoder finds what the generic Viterbi finds, BIO constraint and ties included.
    #[test]
    fn decode_matches_viterbi() {
        let classes: Vec<String> = ["A", "B", "C", "D"].map(String::from).to_vec();
        let tags = n_tags(classes.len());
        let mut rng = 0x1234_5678_9abc_def1u64;
        let mut next = |m: i32| {
            rng ^= rng << 13;
            rng ^= rng >> 7;
            rng ^= rng << 17;
            (rng % (2 * m as u64 + 1)) as i32 - m
        };
        for round in 0..300 {
            let m = if round % 2 == 0 { 3 } else { 200 };
            let trans: Vec<i32> = (0..tags * tags).map(|_| next(m)).collect();
            let start: Vec<i32> = (0..tags).map(|_| next(m)).collect();
            let model = Model::from_parts(classes.clone(), 16, trans.clone(), start.clone(), &[]);
            let n = 1 + (round % 17);
            let em: Vec<i32> = (0..n * tags).map(|_| next(m)).collect();
            let rows: Vec<[i32; STRIDE]> = (0..n)
                .map(|i| {
                    let mut r = [0; STRIDE];
                    r[..tags].copy_from_slice(&em[i * tags..(i + 1) * tags]);
                    r
                })
                .collect();
            let (mut a, mut b, mut back) = (Vec::new(), Vec::new(), Vec::new());
            viterbi(&em, n, tags, &trans, &start, &mut a);
            model.decode(&rows, &mut back, &mut b);
            assert_eq!(a, b, "round {round}");
        }
    }
}
