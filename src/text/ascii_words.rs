//! UAX #29 word boundaries for ASCII-only text, the same segments as unicode-segmentation's
//! `split_word_bound_indices` (checked against it in the tests below) at a fraction of the
//! cost: English news is often pure ASCII, and segmenting was a tenth of all instructions.
//!
//! In ASCII the rules reduce to: CR LF stays together; a run of spaces is one segment (WB3d);
//! letters, digits and "_" join (WB5, WB8–WB10, WB13a/b); ":", ".", "'" join two letters
//! (WB6/7); ",", ";", ".", "'" join two digits (WB11/12); anything else stands alone.

#[derive(Clone, Copy, PartialEq)]
enum Class {
    Letter,
    Digit,
    Underscore,
    Other,
}

fn class(b: u8) -> Class {
    match b {
        b'a'..=b'z' | b'A'..=b'Z' => Class::Letter,
        b'0'..=b'9' => Class::Digit,
        b'_' => Class::Underscore,
        _ => Class::Other,
    }
}

/// The UAX #29 word segments of an ASCII `text` with their byte offsets.
pub fn split(text: &str) -> impl Iterator<Item = (usize, &str)> {
    debug_assert!(text.is_ascii());
    let b = text.as_bytes();
    let mut i = 0;
    std::iter::from_fn(move || {
        if i >= b.len() {
            return None;
        }
        let start = i;
        i = segment_end(b, i);
        Some((start, &text[start..i]))
    })
}

/// The end of the segment that starts at `i`.
fn segment_end(b: &[u8], i: usize) -> usize {
    let n = b.len();
    match b[i] {
        b'\r' => {
            return if b.get(i + 1) == Some(&b'\n') {
                i + 2
            } else {
                i + 1
            }
        }
        b' ' => return i + b[i..].iter().take_while(|&&c| c == b' ').count(),
        _ => {}
    }
    let mut last = class(b[i]);
    if last == Class::Other {
        return i + 1;
    }
    let mut j = i + 1;
    while j < n {
        let next = class(b[j]);
        if next != Class::Other {
            last = next;
            j += 1;
            continue;
        }
        // A middle char joins only between two letters or two digits.
        let after = b.get(j + 1).map(|&c| class(c));
        let joins = match (last, b[j]) {
            (Class::Letter, b':' | b'.' | b'\'') => after == Some(Class::Letter),
            (Class::Digit, b',' | b';' | b'.' | b'\'') => after == Some(Class::Digit),
            _ => false,
        };
        if !joins {
            break;
        }
        j += 2;
    }
    j
}

#[cfg(test)]
mod tests {
    use unicode_segmentation::UnicodeSegmentation;

    fn check(text: &str) {
        let ours: Vec<(usize, &str)> = super::split(text).collect();
        let theirs: Vec<(usize, &str)> = text.split_word_bound_indices().collect();
        assert_eq!(ours, theirs, "{text:?}");
    }

    #[test]
    fn same_segments_as_unicode_segmentation() {
        for t in [
            "",
            "a",
            "U.S. $3.5 million, 1,000; it's 10:30 a.m.",
            "e.g. x_1 _a 1_ a__b",
            "a\r\n\r\rb \t\t  c\x0b\x0cd",
            "'a' a'' a.'b 1.,2 1,,2 a:b: :a",
        ] {
            check(t);
        }
        let alphabet = b"aZ09_.,;:'\" \t\r\n\x0b\x0c-@$%()!?/\\#&*+=<>[]{}|~`^\x00\x7f";
        let mut x: u64 = 0x2545_F491_4F6C_DD1D;
        for _ in 0..50_000 {
            let mut s = String::new();
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            let len = (x % 12) as usize;
            let mut y = x;
            for _ in 0..len {
                y = y
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                s.push(char::from(
                    alphabet[((y >> 33) % alphabet.len() as u64) as usize],
                ));
            }
            check(&s);
        }
    }
}
