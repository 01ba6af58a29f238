//! The one place that converts between UTF-8 byte offsets (used everywhere inside) and the
//! unit the caller asked for: Unicode code points (the command line) or UTF-16 code units (JS).

/// The unit of every `start`/`end` in an Analysis.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OffsetUnit {
    Codepoint,
    Utf16,
    Utf8,
}

impl OffsetUnit {
    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "codepoint" => Some(Self::Codepoint),
            "utf16" => Some(Self::Utf16),
            "utf8" => Some(Self::Utf8),
            _ => None,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Self::Codepoint => "codepoint",
            Self::Utf16 => "utf16",
            Self::Utf8 => "utf8",
        }
    }
}

/// Distance between checkpoints, in bytes. A conversion counts fewer than this many bytes,
/// so converting every span of a 10 MB text stays linear.
const STRIDE: usize = 256;

/// Converts byte offsets of one text into another unit.
///
/// Counts bytes rather than decoding chars: a code point is a byte that is not a UTF-8
/// continuation byte, and a UTF-16 surrogate pair is a code point whose lead byte is ≥ 0xF0.
/// Counting units in the bytes before an offset on a char boundary gives its offset.
pub struct OffsetConverter<'a> {
    text: &'a str,
    unit: OffsetUnit,
    /// For each k: the count in `unit` of the bytes before k·STRIDE.
    checkpoints: Vec<usize>,
}

impl<'a> OffsetConverter<'a> {
    pub fn new(text: &'a str, unit: OffsetUnit) -> Self {
        let mut checkpoints = Vec::new();
        if unit != OffsetUnit::Utf8 {
            checkpoints.reserve(text.len() / STRIDE + 1);
            let mut count = 0;
            checkpoints.push(0);
            for chunk in text.as_bytes().chunks_exact(STRIDE) {
                count += units(chunk, unit);
                checkpoints.push(count);
            }
        }
        Self {
            text,
            unit,
            checkpoints,
        }
    }

    /// Converts a byte offset that lies on a char boundary.
    pub fn convert(&self, byte: usize) -> usize {
        debug_assert!(self.text.is_char_boundary(byte));
        if self.unit == OffsetUnit::Utf8 {
            return byte;
        }
        let k = byte / STRIDE;
        self.checkpoints[k] + units(&self.text.as_bytes()[k * STRIDE..byte], self.unit)
    }
}

/// The count in `unit` of whole UTF-8 characters in `bytes` (a char cut at the end counts).
fn units(bytes: &[u8], unit: OffsetUnit) -> usize {
    // Written as sums of 0/1 over bytes so that the compiler vectorises them.
    let chars: usize = bytes.iter().map(|&b| usize::from((b as i8) >= -0x40)).sum();
    match unit {
        OffsetUnit::Codepoint => chars,
        OffsetUnit::Utf16 => chars + bytes.iter().map(|&b| usize::from(b >= 0xF0)).sum::<usize>(),
        OffsetUnit::Utf8 => bytes.len(),
    }
}

/// Slices `text` by offsets in `unit`; the inverse of [`OffsetConverter::convert`], for tests
/// and for checking that every `text` equals its slice.
pub fn slice_in_unit(text: &str, unit: OffsetUnit, start: usize, end: usize) -> Option<String> {
    match unit {
        OffsetUnit::Utf8 => text.get(start..end).map(str::to_owned),
        OffsetUnit::Codepoint => Some(
            text.chars()
                .skip(start)
                .take(end.checked_sub(start)?)
                .collect(),
        ),
        OffsetUnit::Utf16 => {
            let units: Vec<u16> = text.encode_utf16().collect();
            String::from_utf16(units.get(start..end)?).ok()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check_all(text: &str) {
        for unit in [OffsetUnit::Codepoint, OffsetUnit::Utf16, OffsetUnit::Utf8] {
            let conv = OffsetConverter::new(text, unit);
            let bounds: Vec<usize> = text
                .char_indices()
                .map(|(b, _)| b)
                .chain(std::iter::once(text.len()))
                .collect();
            for (i, &a) in bounds.iter().enumerate() {
                for &b in &bounds[i..bounds.len().min(i + 4)] {
                    let got = slice_in_unit(text, unit, conv.convert(a), conv.convert(b)).unwrap();
                    assert_eq!(got, &text[a..b], "{unit:?} {a}..{b}");
                }
            }
        }
    }

    #[test]
    fn devanagari_emoji_and_combining_marks() {
        check_all("पुतिन 👍🏽 ने कहा: café e\u{301} ज़ क्‍ष 🇮🇳!");
        assert_eq!(OffsetConverter::new("😀a", OffsetUnit::Utf16).convert(4), 2);
        assert_eq!(
            OffsetConverter::new("😀a", OffsetUnit::Codepoint).convert(4),
            1
        );
        assert_eq!(
            OffsetConverter::new("नवंबर", OffsetUnit::Codepoint).convert(15),
            5
        );
    }

    #[test]
    fn long_text_crosses_checkpoints() {
        let text = "अ😀b".repeat(300);
        check_all(&text[..text.len()]);
        let conv = OffsetConverter::new(&text, OffsetUnit::Utf16);
        assert_eq!(conv.convert(text.len()), 300 * 4);
    }
}
