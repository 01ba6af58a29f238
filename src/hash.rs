//! FxHash for the word-keyed maps probed once per token (lexicons, gazetteers, starters):
//! SipHash's protection against hash flooding buys nothing for tables built from our own data,
//! and cost more than the tagger itself in callgrind.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

#[derive(Default, Clone, Copy)]
pub struct Fx(u64);

impl Fx {
    #[inline]
    fn add(&mut self, v: u64) {
        self.0 = (self.0.rotate_left(5) ^ v).wrapping_mul(0x517c_c1b7_2722_0a95);
    }
}

impl Hasher for Fx {
    fn write(&mut self, bytes: &[u8]) {
        // Whole words first, then the tail read as one little-endian number, so that no chunk
        // is copied through a buffer (a `memcpy` call per chunk was a tenth of the time that
        // hashing Hindi words took).
        let mut words = bytes.chunks_exact(8);
        for w in &mut words {
            self.add(u64::from_le_bytes(w.try_into().expect("8 bytes")));
        }
        let tail = words.remainder();
        if !tail.is_empty() {
            let v = tail.iter().rev().fold(0u64, |v, &b| v << 8 | b as u64);
            self.add(v);
        }
    }
    fn write_u8(&mut self, i: u8) {
        self.add(i as u64);
    }
    fn finish(&self) -> u64 {
        self.0
    }
}

pub type FxMap<K, V> = HashMap<K, V, BuildHasherDefault<Fx>>;
pub type FxSet<K> = HashSet<K, BuildHasherDefault<Fx>>;

#[cfg(test)]
mod tests {
    use super::Fx;
    use std::hash::Hasher;

    fn hash(b: &[u8]) -> u64 {
        let mut h = Fx::default();
        h.write(b);
        h.finish()
    }

    #[test]
    fn every_byte_counts() {
        // The tail is read as one number: its bytes, its length and its order all matter.
        let words = [
            "के",
            "की",
            "कि",
            "पुतिन",
            "पुतिनी",
            "abcdefgh",
            "abcdefghi",
            "abcdefgih",
            "abcdefghij",
            "abcdefghji",
        ];
        for (i, a) in words.iter().enumerate() {
            for b in &words[i + 1..] {
                assert_ne!(hash(a.as_bytes()), hash(b.as_bytes()), "{a} {b}");
            }
        }
    }
}
