//! Hashed features of one token in its sentence. Nothing is allocated per feature: each one
//! is an FNV-1a hash over a template number and the bytes it reads, folded into `bits` bits.
//!
//! Templates: the word's key and its neighbours' (±2, with bigrams), shapes, prefixes and
//! suffixes, character trigrams, script, and the cue bits (gazetteers, titles, postpositions)
//! of the word and its neighbours. Changing any of this changes [`VERSION`], and models
//! trained with another version refuse to load.

use crate::names::cues::{self, Marks, N_BITS};
use crate::text::Doc;

/// Bumped whenever a template changes, so that an old model file is not misread.
pub const VERSION: u32 = 7;

const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;

#[derive(Clone, Copy)]
struct H(u64);

impl H {
    fn new(template: u8) -> Self {
        H((FNV_OFFSET ^ template as u64).wrapping_mul(FNV_PRIME))
    }
    fn bytes(mut self, b: &[u8]) -> Self {
        for &x in b {
            self.0 = (self.0 ^ x as u64).wrapping_mul(FNV_PRIME);
        }
        self
    }
    fn byte(self, x: u8) -> Self {
        self.bytes(&[x])
    }
    /// Mixes in a whole word's hash at once, so that each word's bytes are read only once.
    fn word(mut self, h: u64) -> Self {
        self.0 = (self.0 ^ h).wrapping_mul(FNV_PRIME);
        self.0 ^= self.0 >> 29;
        self
    }
    fn finish(self, bits: u32) -> u32 {
        // Final avalanche so that the high bits depend on every byte.
        let mut x = self.0;
        x ^= x >> 33;
        x = x.wrapping_mul(0xff51_afd7_ed55_8ccd);
        x ^= x >> 33;
        (x >> (64 - bits)) as u32
    }
}

/// The pieces of one sentence the templates read.
pub struct Sentence<'d, 'a> {
    pub doc: &'d Doc<'a>,
    pub marks: &'d Marks,
    /// Token range `[first, last)` in `doc`.
    pub range: (usize, usize),
    /// The hash of each token's key, in `range`.
    hashes: Vec<u64>,
    /// Each token's shape code, in `range`.
    shapes: Vec<u8>,
}

fn key_hash(key: &str) -> u64 {
    H(FNV_OFFSET).bytes(key.as_bytes()).0
}

const BOS: &str = "<s>";
const EOS: &str = "</s>";

impl<'d, 'a> Sentence<'d, 'a> {
    pub fn new(doc: &'d Doc<'a>, marks: &'d Marks, range: (usize, usize)) -> Self {
        let mut s = Self {
            doc,
            marks,
            range,
            hashes: Vec::new(),
            shapes: Vec::new(),
        };
        s.reset(range);
        s
    }

    /// Moves to another token range of the same document, reusing the buffers.
    pub fn reset(&mut self, range: (usize, usize)) {
        self.range = range;
        self.hashes.clear();
        self.shapes.clear();
        for i in range.0..range.1 {
            self.hashes.push(key_hash(self.doc.key(i)));
            self.shapes.push(shape_code(self.doc.surface(i)));
        }
    }

    fn hash(&self, i: isize) -> u64 {
        if i < self.range.0 as isize {
            0x5bd1_e995_0000_0001
        } else if i >= self.range.1 as isize {
            0x5bd1_e995_0000_0002
        } else {
            self.hashes[i as usize - self.range.0]
        }
    }

    fn inside(&self, i: isize) -> bool {
        i >= self.range.0 as isize && i < self.range.1 as isize
    }

    fn key(&self, i: isize) -> &str {
        if i < self.range.0 as isize {
            BOS
        } else if i >= self.range.1 as isize {
            EOS
        } else {
            self.doc.key(i as usize)
        }
    }

    fn bits(&self, i: isize) -> u16 {
        if self.inside(i) {
            self.marks.feature_bits[i as usize]
        } else {
            0
        }
    }

    fn shape(&self, i: isize) -> u8 {
        if self.inside(i) {
            self.shapes[i as usize - self.range.0]
        } else {
            0
        }
    }

    /// Appends the features of token `i` (an index into `doc`) to `out`.
    pub fn features(&self, i: usize, bits: u32, out: &mut Vec<u32>) {
        let ii = i as isize;
        let key = self.key(ii);
        let surface = self.doc.surface(i);
        let push = |out: &mut Vec<u32>, h: H| out.push(h.finish(bits));
        push(out, H::new(0));
        let hk = self.hash(ii);
        push(out, H::new(1).word(hk));
        for (t, d) in [(2u8, -1isize), (3, 1), (4, -2), (5, 2)] {
            push(out, H::new(t).word(self.hash(ii + d)));
        }
        push(out, H::new(6).word(self.hash(ii - 1)).word(hk));
        push(out, H::new(7).word(hk).word(self.hash(ii + 1)));
        push(
            out,
            H::new(8).word(self.hash(ii + 1)).word(self.hash(ii + 2)),
        );
        let shape = self.shape(ii);
        push(out, H::new(9).byte(shape));
        push(
            out,
            H::new(10)
                .byte(self.shape(ii - 1))
                .byte(shape)
                .byte(self.shape(ii + 1)),
        );
        // Capitalisation pattern, runs collapsed ("Xx", "X.X.", "xX").
        let mut h = H::new(11);
        let mut last = 0u8;
        let mut n = 0;
        for c in surface.chars() {
            let k = char_class(c);
            if k != last {
                h = h.byte(k);
                last = k;
                n += 1;
                if n > 6 {
                    break;
                }
            }
        }
        push(out, h);
        // Prefixes (1–3 characters) and suffixes (1–4), shorter than the word.
        let front = char_offsets_front(key);
        for (n, &end) in front.iter().enumerate().take(4).skip(1) {
            if end != usize::MAX && end < key.len() {
                push(out, H::new(12 + n as u8).bytes(&key.as_bytes()[..end]));
            }
        }
        let back = char_offsets_back(key);
        for (n, &start) in back.iter().enumerate().skip(1) {
            if start != usize::MAX && start > 0 {
                push(out, H::new(16 + n as u8).bytes(&key.as_bytes()[start..]));
            }
        }
        // Character trigrams of words of four or more characters, at most eight.
        let b = key.as_bytes();
        let mut cs = [0usize; 12];
        let mut m = 0;
        for (p, _) in key.char_indices().chain(std::iter::once((b.len(), ' '))) {
            if m == cs.len() {
                break;
            }
            cs[m] = p;
            m += 1;
        }
        if m >= 5 {
            for s in 0..(m - 3).min(8) {
                push(out, H::new(21).bytes(&b[cs[s]..cs[s + 3]]));
            }
        }
        // Cue bits of this word and of its neighbours; "begins" marks the first word of an entry.
        let begins = self.marks.feature_begins[i];
        for (t, d) in [(22u8, 0isize), (23, -1), (24, 1), (25, -2), (26, 2)] {
            let here = self.bits(ii + d);
            if here == 0 {
                continue;
            }
            for bit in 0..N_BITS {
                if here & (1 << bit) != 0 {
                    let beg = if d == 0 { begins as u8 } else { 2 };
                    push(out, H::new(t).byte(bit as u8).byte(beg));
                }
            }
        }
        // Script, length and sentence position.
        let len = key.chars().count().min(8) as u8;
        let first = (i == self.range.0) as u8;
        push(out, H::new(27).byte(shape).byte(len).byte(first));
        // A title two words back ("राष्ट्रपति व्लादिमीर पुतिन").
        if self.bits(ii - 2) & cues::TITLE != 0 {
            push(out, H::new(28).byte(shape));
        }
        // Neighbours' endings (Hindi inflection: "-ों", "-ी") and the words on both sides.
        for (t, d) in [(33u8, -1isize), (34, 1)] {
            if self.inside(ii + d) {
                let k = self.key(ii + d);
                let back = char_offsets_back(k);
                for (n, &start) in back.iter().enumerate().skip(2).take(2) {
                    if start != usize::MAX && start > 0 {
                        push(out, H::new(t).byte(n as u8).bytes(&k.as_bytes()[start..]));
                    }
                }
            }
        }
        push(
            out,
            H::new(35).word(self.hash(ii - 1)).word(self.hash(ii + 1)),
        );
        // A known given or family name, here and next door ("Howard Thurman").
        for (t, d) in [(36u8, 0isize), (37, -1), (38, 1)] {
            if self.inside(ii + d) {
                let s = self.marks.names[(ii + d) as usize];
                if s != 0 {
                    push(out, H::new(t).byte(s).byte(shape));
                }
            }
        }
        // The word and the word after next: "पुतिन [ने] कहा".
        push(out, H::new(29).word(hk).word(self.hash(ii + 2)));
    }
}

/// The bucket of a word's own identity feature (template 1): whether the model keeps a row for
/// it tells whether training saw the word often enough to weigh it.
pub fn word_bucket(key: &str, bits: u32) -> u32 {
    H::new(1).word(key_hash(key)).finish(bits)
}

/// The bucket of the always-on bias feature (template 0).
pub fn bias_bucket(bits: u32) -> u32 {
    H::new(0).finish(bits)
}

/// Byte offsets after the first n characters, n = 0..=4 (usize::MAX past the end).
fn char_offsets_front(s: &str) -> [usize; 5] {
    let mut out = [usize::MAX; 5];
    out[0] = 0;
    for (n, (p, c)) in s.char_indices().enumerate().take(4) {
        out[n + 1] = p + c.len_utf8();
    }
    out
}

/// Byte offsets where the last n characters start, n = 0..=4 (usize::MAX past the start).
fn char_offsets_back(s: &str) -> [usize; 5] {
    let mut out = [usize::MAX; 5];
    out[0] = s.len();
    for (n, (p, _)) in s.char_indices().rev().enumerate().take(4) {
        out[n + 1] = p;
    }
    out
}

fn char_class(c: char) -> u8 {
    // Fast paths for ASCII and Devanagari (which has no case) before std's Unicode tables.
    if c.is_ascii() {
        return match c {
            'A'..='Z' => b'X',
            'a'..='z' => b'x',
            '0'..='9' => b'd',
            '.' | '-' | '\'' | '&' => c as u8,
            _ => b'p',
        };
    }
    if ('०'..='९').contains(&c) {
        return b'd';
    }
    if ('\u{0900}'..='\u{097F}').contains(&c) {
        return b'D';
    }
    // Arabic script (Urdu) has no case either: its letters are 'a', as std's tables would
    // say, and its digits (٠–٩, ۰–۹) are digits, which std's tables do not say.
    if ('\u{0600}'..='\u{06FF}').contains(&c) {
        return match crate::text::script::digit(c) {
            Some(_) => b'd',
            None if c.is_alphabetic() => b'a',
            None => b'p',
        };
    }
    if c.is_uppercase() {
        b'X'
    } else if c.is_lowercase() {
        b'x'
    } else if c.is_ascii_digit() || ('०'..='९').contains(&c) {
        b'd'
    } else if ('\u{0900}'..='\u{097F}').contains(&c) {
        b'D'
    } else if c.is_alphabetic() {
        b'a'
    } else {
        match c {
            '.' | '-' | '\'' | '’' | '&' => c as u8,
            _ => b'p',
        }
    }
}

/// A coarse shape: script and capitalisation.
pub fn shape_code(s: &str) -> u8 {
    let Some(c) = s.chars().next() else { return 0 };
    match char_class(c) {
        b'X' if s.len() > 1 && s.chars().skip(1).all(|c| !c.is_lowercase()) => 1,
        b'X' => 2,
        b'x' => 3,
        b'd' => 4,
        b'D' => 5,
        b'a' => 6,
        _ => 7,
    }
}
