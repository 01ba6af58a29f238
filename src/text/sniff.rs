//! Is a file text? The one place that decides, for the command line and (through
//! `src/wasm.rs`) for the page: bytes that are not an article are refused before anything
//! is analysed, with the reason.
//!
//! Refused: known binary formats by their magic number (PNG, JPEG, GIF, PDF, ZIP, gzip, ELF,
//! wasm…), NUL bytes, more than 1 % control characters, or more than 10 % of the text not
//! valid UTF-8. Accepted: UTF-8 (with or without a byte-order mark) and UTF-16 with a
//! byte-order mark, decoded here. A few invalid UTF-8 bytes in otherwise good text are
//! replaced with U+FFFD and counted, so that each caller can decide what to do with them.

use std::fmt;

/// How the bytes were read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Encoding {
    Utf8,
    Utf8Bom,
    Utf16Le,
    Utf16Be,
}

impl Encoding {
    pub fn name(self) -> &'static str {
        match self {
            Encoding::Utf8 => "UTF-8",
            Encoding::Utf8Bom => "UTF-8 with BOM",
            Encoding::Utf16Le => "UTF-16LE",
            Encoding::Utf16Be => "UTF-16BE",
        }
    }
}

/// Text read from bytes. `text` is the file's characters as they are, so a byte-order mark
/// stays at its start as U+FEFF (strip it with [`Decoded::without_bom`] if you wish).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Decoded {
    pub text: String,
    pub encoding: Encoding,
    /// How many invalid sequences were replaced with U+FFFD.
    pub replaced: usize,
    /// Byte offset of the first invalid sequence, if any.
    pub first_invalid: Option<usize>,
}

impl Decoded {
    /// The text without its leading byte-order mark.
    pub fn without_bom(&self) -> &str {
        self.text.strip_prefix('\u{FEFF}').unwrap_or(&self.text)
    }
}

/// Why bytes are not text. Displays as "not a text file: <reason>".
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NotText {
    pub reason: String,
}

impl fmt::Display for NotText {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "not a text file: {}", self.reason)
    }
}

impl std::error::Error for NotText {}

fn refuse(reason: impl Into<String>) -> NotText {
    NotText {
        reason: reason.into(),
    }
}

/// Magic numbers of common binary formats: (offset, bytes, what it is).
const MAGIC: &[(usize, &[u8], &str)] = &[
    (0, b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (0, b"\xff\xd8\xff", "a JPEG image"),
    (0, b"GIF87a", "a GIF image"),
    (0, b"GIF89a", "a GIF image"),
    (0, b"%PDF-", "a PDF document"),
    (
        0,
        b"PK\x03\x04",
        "a ZIP archive (or a Word, Excel, EPUB or other zipped document)",
    ),
    (0, b"PK\x05\x06", "an empty ZIP archive"),
    (0, b"PK\x07\x08", "a ZIP archive"),
    (0, b"\x1f\x8b", "a gzip archive"),
    (0, b"BZh", "a bzip2 archive"), // checked further below: "BZh" + level + block magic
    (0, b"\xfd7zXZ\x00", "an xz archive"),
    (0, b"\x28\xb5\x2f\xfd", "a Zstandard archive"),
    (0, b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (0, b"Rar!\x1a\x07", "a RAR archive"),
    (257, b"ustar", "a tar archive"),
    (0, b"\x7fELF", "an ELF executable"),
    (0, b"\x00asm", "a WebAssembly module"),
    (0, b"\xca\xfe\xba\xbe", "a Java class or Mach-O binary"),
    (0, b"\xcf\xfa\xed\xfe", "a Mach-O binary"),
    (0, b"\xce\xfa\xed\xfe", "a Mach-O binary"),
    (
        0,
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",
        "an old Microsoft Office document",
    ),
    (0, b"SQLite format 3\x00", "an SQLite database"),
    (0, b"II*\x00", "a TIFF image"),
    (0, b"MM\x00*", "a TIFF image"),
    (0, b"8BPS", "a Photoshop image"),
    (0, b"OggS", "an Ogg audio or video file"),
    (0, b"fLaC", "a FLAC audio file"),
    (0, b"ID3", "an MP3 audio file"),
    (0, b"\x1aE\xdf\xa3", "a Matroska or WebM video"),
    (0, b"wOFF", "a WOFF font"),
    (0, b"wOF2", "a WOFF2 font"),
];

/// What a file's first bytes say it is, if they are a known binary format.
pub fn binary_format(bytes: &[u8]) -> Option<&'static str> {
    for &(at, magic, what) in MAGIC {
        if bytes.len() >= at + magic.len() && &bytes[at..at + magic.len()] == magic {
            if magic == b"BZh"
                && !(bytes.len() >= 10 && bytes[3].is_ascii_digit() && &bytes[4..10] == b"1AY&SY")
            {
                continue;
            }
            if magic == b"ID3"
                && !(bytes.len() >= 5 && (2..=4).contains(&bytes[3]) && bytes[4] == 0)
            {
                continue;
            }
            return Some(what);
        }
    }
    if bytes.len() >= 12 && &bytes[..4] == b"RIFF" {
        let kind = match &bytes[8..12] {
            b"WAVE" => Some("a WAV audio file"),
            b"WEBP" => Some("a WebP image"),
            b"AVI " => Some("an AVI video"),
            _ => None,
        };
        if kind.is_some() {
            return kind;
        }
    }
    if bytes.len() >= 12 && &bytes[4..8] == b"ftyp" {
        return Some("an MP4, MOV or HEIC file");
    }
    None
}

/// A control character that no article contains: C0 except tab, line feed, vertical tab,
/// form feed and carriage return; DEL; C1.
fn is_stray_control(c: char) -> bool {
    matches!(c, '\u{0}'..='\u{8}' | '\u{E}'..='\u{1F}' | '\u{7F}'..='\u{9F}')
}

/// Reads `bytes` as text, or says why they are not text.
pub fn decode(bytes: Vec<u8>) -> Result<Decoded, NotText> {
    if let Some(what) = binary_format(&bytes) {
        return Err(refuse(format!("it looks like {what}")));
    }
    if bytes.starts_with(b"\xff\xfe\x00\x00") || bytes.starts_with(b"\x00\x00\xfe\xff") {
        return Err(refuse(
            "it is UTF-32, which is not supported; save it as UTF-8",
        ));
    }
    let decoded = if bytes.starts_with(b"\xff\xfe") || bytes.starts_with(b"\xfe\xff") {
        utf16(&bytes, bytes[0] == 0xff)
    } else {
        if let Some(at) = bytes.iter().position(|&b| b == 0) {
            return Err(refuse(format!(
                "it contains NUL bytes (the first at byte {at})"
            )));
        }
        utf8(bytes)
    };
    check(decoded)
}

fn utf8(bytes: Vec<u8>) -> Decoded {
    let encoding = if bytes.starts_with(b"\xef\xbb\xbf") {
        Encoding::Utf8Bom
    } else {
        Encoding::Utf8
    };
    match String::from_utf8(bytes) {
        Ok(text) => Decoded {
            text,
            encoding,
            replaced: 0,
            first_invalid: None,
        },
        Err(e) => {
            let bytes = e.into_bytes();
            let mut text = String::with_capacity(bytes.len() + 16);
            let mut replaced = 0;
            let mut first_invalid = None;
            let mut at = 0;
            for chunk in bytes.utf8_chunks() {
                text.push_str(chunk.valid());
                at += chunk.valid().len();
                if !chunk.invalid().is_empty() {
                    first_invalid.get_or_insert(at);
                    replaced += 1;
                    text.push('\u{FFFD}');
                    at += chunk.invalid().len();
                }
            }
            Decoded {
                text,
                encoding,
                replaced,
                first_invalid,
            }
        }
    }
}

fn utf16(bytes: &[u8], little_endian: bool) -> Decoded {
    let units = bytes.chunks_exact(2).map(|p| {
        if little_endian {
            u16::from_le_bytes([p[0], p[1]])
        } else {
            u16::from_be_bytes([p[0], p[1]])
        }
    });
    let mut text = String::with_capacity(bytes.len() * 3 / 2);
    let mut replaced = 0;
    let mut first_invalid = None;
    let mut at = 0;
    for r in char::decode_utf16(units) {
        match r {
            Ok(c) => {
                text.push(c);
                at += 2 * c.len_utf16();
            }
            Err(_) => {
                first_invalid.get_or_insert(at);
                replaced += 1;
                text.push('\u{FFFD}');
                at += 2;
            }
        }
    }
    if bytes.len() % 2 == 1 {
        first_invalid.get_or_insert(bytes.len() - 1);
        replaced += 1;
        text.push('\u{FFFD}');
    }
    let encoding = if little_endian {
        Encoding::Utf16Le
    } else {
        Encoding::Utf16Be
    };
    Decoded {
        text,
        encoding,
        replaced,
        first_invalid,
    }
}

/// The shares that tell garbage from text, on the decoded characters.
fn check(d: Decoded) -> Result<Decoded, NotText> {
    let mut chars = 0usize;
    let mut controls = 0usize;
    let mut first_nul = None;
    for c in d.text.chars() {
        if c == '\0' && first_nul.is_none() {
            first_nul = Some(chars);
        }
        if is_stray_control(c) {
            controls += 1;
        }
        chars += 1;
    }
    if let Some(at) = first_nul {
        return Err(refuse(format!(
            "it contains NUL characters (the first at character {at})"
        )));
    }
    if controls * 100 > chars {
        return Err(refuse(format!(
            "{} of its characters are control characters",
            percent(controls, chars)
        )));
    }
    if d.replaced * 10 > chars {
        return Err(refuse(format!(
            "{} of it is not valid {}",
            percent(d.replaced, chars),
            if matches!(d.encoding, Encoding::Utf16Le | Encoding::Utf16Be) {
                "UTF-16"
            } else {
                "UTF-8"
            }
        )));
    }
    Ok(d)
}

fn percent(part: usize, whole: usize) -> String {
    let p = part as f64 * 100.0 / whole.max(1) as f64;
    if p >= 10.0 {
        format!("{p:.0} %")
    } else {
        format!("{p:.1} %")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reason(bytes: &[u8]) -> String {
        match decode(bytes.to_vec()) {
            Ok(d) => panic!("accepted as text: {:?}", &d.text[..d.text.len().min(40)]),
            Err(e) => e.to_string(),
        }
    }

    /// A deterministic xorshift stream, standing in for random bytes.
    fn noise(n: usize, mut x: u64) -> Vec<u8> {
        (0..n)
            .map(|_| {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                x as u8
            })
            .collect()
    }

    #[test]
    fn binary_formats_are_refused_by_their_magic() {
        let mut png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR".to_vec();
        png.extend(noise(300, 7));
        assert_eq!(reason(&png), "not a text file: it looks like a PNG image");
        assert!(reason(b"\xff\xd8\xff\xe0\x00\x10JFIF").contains("JPEG"));
        assert!(reason(b"GIF89a\x01\x00").contains("GIF"));
        // Text-like formats are refused by their magic alone, before any share is counted.
        assert!(reason(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj").contains("PDF"));
        assert!(reason(b"PK\x03\x04\x14\x00\x06\x00").contains("ZIP"));
        assert!(reason(b"\x1f\x8b\x08\x00").contains("gzip"));
        assert!(reason(b"\x7fELF\x02\x01\x01").contains("ELF"));
        assert!(reason(b"\x00asm\x01\x00\x00\x00").contains("WebAssembly"));
        assert!(reason(b"RIFF\x24\x08\x00\x00WAVEfmt ").contains("WAV"));
    }

    #[test]
    fn random_bytes_nul_and_control_characters_are_refused() {
        for seed in 1..20 {
            let r = reason(&noise(4096, seed));
            assert!(r.starts_with("not a text file: "), "{r}");
        }
        // Random bytes with no NUL: refused for their invalid UTF-8 or control characters.
        let no_nul: Vec<u8> = noise(4096, 3).into_iter().map(|b| b.max(1)).collect();
        assert!(reason(&no_nul).starts_with("not a text file: "));
        assert_eq!(
            reason(b"Delhi on Monday\x00 and Tuesday"),
            "not a text file: it contains NUL bytes (the first at byte 15)"
        );
        assert_eq!(
            reason(b"a\x01b\x02c\x03 on Monday"),
            "not a text file: 19 % of its characters are control characters"
        );
        let mut latin1 = b"caf\xe9 ".repeat(10);
        latin1.extend(b"\xff\xfe\xfd\xfc\xfb");
        assert!(reason(&latin1).contains("of it is not valid UTF-8"));
    }

    #[test]
    fn text_with_or_without_a_bom_is_read() {
        let hi = "पुतिन ने 18 नवंबर 2025 को कहा।\r\n\tSecond line\u{c}";
        let d = decode(hi.as_bytes().to_vec()).unwrap();
        assert_eq!(
            (d.text.as_str(), d.encoding, d.replaced),
            (hi, Encoding::Utf8, 0)
        );

        let mut bom = b"\xef\xbb\xbf".to_vec();
        bom.extend(hi.as_bytes());
        let d = decode(bom).unwrap();
        assert_eq!(d.encoding, Encoding::Utf8Bom);
        assert_eq!(
            d.text,
            format!("\u{feff}{hi}"),
            "the BOM stays, as the command line always read it"
        );
        assert_eq!(d.without_bom(), hi);

        for le in [true, false] {
            let mut bytes = if le {
                vec![0xff, 0xfe]
            } else {
                vec![0xfe, 0xff]
            };
            for u in format!("{hi} 😀").encode_utf16() {
                bytes.extend(if le { u.to_le_bytes() } else { u.to_be_bytes() });
            }
            let d = decode(bytes).unwrap();
            assert_eq!(
                d.encoding,
                if le {
                    Encoding::Utf16Le
                } else {
                    Encoding::Utf16Be
                }
            );
            assert_eq!(d.without_bom(), format!("{hi} 😀"));
            assert_eq!(d.replaced, 0);
        }
        assert_eq!(decode(Vec::new()).unwrap().text, "");
        // Words that begin like a magic number are still text.
        for t in [
            "BZh that is no archive",
            "ID3 tags",
            "MZ and PK are initials",
            "RIFF raff",
        ] {
            assert_eq!(decode(t.as_bytes().to_vec()).unwrap().text, t);
        }
    }

    #[test]
    fn a_few_bad_bytes_are_replaced_and_counted() {
        let d = decode(b"caf\xe9 on Monday, na\xefve".to_vec()).unwrap();
        assert_eq!(d.text, "caf\u{fffd} on Monday, na\u{fffd}ve");
        assert_eq!((d.replaced, d.first_invalid), (2, Some(3)));
        // One stray control character in a long text is tolerated.
        let mut t = "Delhi on Monday. ".repeat(20).into_bytes();
        t.push(0x1b);
        assert!(decode(t).is_ok());
    }
}
