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
}

/// The most tags a model may have (five classes), so that a slot is 16 bytes.
pub const MAX_TAGS: usize = 11;

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
        let s = self.b.get(self.at..self.at + n).ok_or_else(|| FormatError("truncated model".into()))?;
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
    pub fn from_parts(classes: Vec<String>, bits: u32, trans: Vec<i32>, start: Vec<i32>, rows: &[(u32, Vec<i8>)]) -> Self {
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
        Self { classes, bits, tags, trans, start, slots, rows: rows.len() }
    }

    /// Adds the weights of feature `bucket` to `scores`.
    #[inline]
    pub fn add(&self, bucket: u32, scores: &mut [i32]) {
        let mask = self.slots.len() - 1;
        let mut s = slot_of(bucket, mask);
        loop {
            let slot = &self.slots[s];
            if slot.key == 0 {
                return;
            }
            if slot.key == bucket + 1 {
                for (x, &w) in scores.iter_mut().zip(&slot.w) {
                    *x += w as i32;
                }
                return;
            }
            s = (s + 1) & mask;
        }
    }

    pub fn rows(&self) -> usize {
        self.rows
    }

    pub fn from_bytes(b: &[u8]) -> Result<Self, FormatError> {
        let mut r = Reader { b, at: 0 };
        if r.take(6)? != MAGIC {
            return Err(FormatError("not a kaalrekha NER model".into()));
        }
        let format = r.u16()?;
        let version = r.u32()?;
        if format != FORMAT || version != VERSION {
            return Err(FormatError(format!("model format {format}/features {version}, expected {FORMAT}/{VERSION}: retrain")));
        }
        let bits = r.u8()? as u32;
        let n_classes = r.u8()? as usize;
        let mut classes = Vec::new();
        for _ in 0..n_classes {
            let n = r.u8()? as usize;
            classes.push(String::from_utf8(r.take(n)?.to_vec()).map_err(|_| FormatError("bad class name".into()))?);
        }
        let _scale = r.take(4)?;
        let n_rows = r.u32()? as usize;
        let tags = n_tags(n_classes);
        if tags > MAX_TAGS {
            return Err(FormatError(format!("{n_classes} classes: at most {} supported", (MAX_TAGS - 1) / 2)));
        }
        let mut trans = Vec::with_capacity(tags * tags);
        for _ in 0..tags * tags {
            trans.push(r.i16()? as i32);
        }
        let mut start = Vec::with_capacity(tags);
        for _ in 0..tags {
            start.push(r.i16()? as i32);
        }
        let mut buckets = Vec::with_capacity(n_rows);
        let mut prev = 0u32;
        for _ in 0..n_rows {
            prev += r.varint()?;
            buckets.push(prev);
        }
        let cols = r.take(n_rows * tags)?;
        let rows: Vec<(u32, Vec<i8>)> =
            buckets.iter().enumerate().map(|(i, &bk)| (bk, (0..tags).map(|t| cols[t * n_rows + i] as i8).collect())).collect();
        Ok(Self::from_parts(classes, bits, trans, start, &rows))
    }

    /// Serialises a model; `rows` sorted by bucket.
    pub fn write(classes: &[String], bits: u32, scale: f32, trans: &[i32], start: &[i32], rows: &[(u32, Vec<i8>)]) -> Vec<u8> {
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
            out.extend_from_slice(&(t.clamp(i16::MIN as i32, i16::MAX as i32) as i16).to_le_bytes());
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
    let mut score: Vec<Option<T>> = (0..tags).map(|b| allowed(None, b).then(|| start[b] + em[b])).collect();
    let mut back = vec![0u16; n * tags];
    let mut next: Vec<Option<T>> = vec![None; tags];
    let ok: Vec<bool> = (0..tags * tags).map(|ab| allowed(Some(ab / tags), ab % tags)).collect();
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
