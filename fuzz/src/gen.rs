//! Seeded generator of hostile-but-plausible fuzz inputs (same format as the libFuzzer target:
//! 4 option bytes, then text bytes). No dependencies: splitmix64.

pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Self(seed ^ 0x9E37_79B9_7F4A_7C15)
    }
    pub fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
    pub fn pick<'a, T>(&mut self, xs: &'a [T]) -> &'a T {
        &xs[self.below(xs.len())]
    }
}

/// Pieces of real news text: dates, numbers, names, in both languages.
pub const WORDS: &[&str] = &[
    "18 नवंबर 2025",
    "१८ नवम्बर",
    "कल",
    "परसों",
    "आज",
    "पिछले साल",
    "अगले हफ़्ते",
    "सोमवार",
    "मंगलवार को",
    "सुबह 10 बजे",
    "2 बजकर 30 मिनट",
    "दो साल पहले",
    "1990 के दशक",
    "हर साल",
    "5 करोड़ रुपये",
    "₹5,00,000",
    "50 प्रतिशत",
    "पचास",
    "डेढ़ लाख",
    "पहला",
    "तीसरी",
    "10 किलोमीटर",
    "पुतिन",
    "ली कियांग",
    "नरेंद्र मोदी",
    "दिल्ली",
    "भारत",
    "रूसी",
    "विदेश मंत्रालय",
    "संयुक्त राष्ट्र",
    "ने कहा",
    "डॉ.",
    "श्री",
    "बी.जे.पी.",
    "वर्ष 2024-25",
    "जनवरी से मार्च",
    "होली",
    "दिवाली",
    "गुरुवार",
    "इस महीने",
    "पिछली सदी",
    "November 18, 2025",
    "18 Nov. 2025",
    "last Tuesday",
    "yesterday",
    "tomorrow",
    "3:30 p.m.",
    "10:30",
    "$5 million",
    "10%",
    "the 1990s",
    "Mr. Smith",
    "U.S.",
    "No. 5",
    "every week",
    "two years ago",
    "next month",
    "2025-11-20",
    "11/20/2025",
    "31/02/2025",
    "2025-13-45",
    "Q3",
    "FY2024",
    "fiscal 1998",
    "the third quarter",
    "Putin",
    "Li Qiang",
    "Moscow",
    "New Delhi",
    "Christmas",
    "mid-1990s",
    "spring",
    "1 1/2",
    "twenty-four hours",
    "1st",
    "3rd",
    "Jan.",
    "Sept.",
    "noon",
    "midnight",
    "99999999999999999999",
    "0000",
    "१२३४५६७८९०",
    "1e308",
    "-0",
    "½",
    "०.५",
];

pub const PUNCT: &[&str] = &[
    "।", "॥", ".", "?", "!", "\n", "\n\n", " ", "  ", "\t", "“", "”", "\"", "(", ")", "-", "–",
    ",", ":", "/", "'", "’", "...", "…", "|",
];

pub const WEIRD: &[&str] = &[
    "\u{200D}",
    "\u{200C}",
    "\u{200B}",
    "\u{FEFF}",
    "\u{00AD}",
    "\u{0301}",
    "\u{093C}",
    "\u{094D}",
    "\u{0902}",
    "👨‍👩‍👧",
    "🇮🇳",
    "👍🏽",
    "😀",
    "\u{202E}",
    "\u{202B}",
    "مرحبا بالعالم",
    "שלום",
    "\0",
    "\u{7}",
    "\u{1B}[31m",
    "\r",
    "\r\n",
    "\u{2028}",
    "\u{2029}",
    "\u{FFFD}",
    "𝟙𝟠",
    "Ⅻ",
    "ﬁ",
    "İ",
    "ß",
    "ǅ",
    "\u{10FFFF}",
    "\u{E000}",
    "क्‍ष",
    "ज़",
    "\u{095B}",
    "०",
    "٣",
    "߃",
];

/// Text from pieces, random code points and now and then raw bytes.
pub fn text(rng: &mut Rng, max_len: usize) -> Vec<u8> {
    let target = rng.below(max_len + 1);
    let mut out = Vec::with_capacity(target + 16);
    let raw = rng.below(10) == 0;
    while out.len() < target {
        let piece: String = match rng.below(12) {
            0..=3 => rng.pick(WORDS).to_string(),
            4..=6 => rng.pick(PUNCT).to_string(),
            7 => rng.pick(WEIRD).to_string(),
            8 => char::from_u32(0x0900 + rng.below(0x80) as u32)
                .map(String::from)
                .unwrap_or_default(),
            9 => char::from_u32(rng.below(0x11_0000) as u32)
                .map(String::from)
                .unwrap_or_default(),
            10 => (0..1 + rng.below(6))
                .map(|_| char::from(b'0' + rng.below(10) as u8))
                .collect(),
            _ => {
                // Repeat the previous bytes: long runs find quadratic behaviour.
                let n = out.len().min(1 + rng.below(64));
                let tail = out[out.len() - n..].to_vec();
                let times = 1 + rng.below(8);
                for _ in 0..times {
                    out.extend_from_slice(&tail);
                }
                String::new()
            }
        };
        out.extend_from_slice(piece.as_bytes());
        if raw && rng.below(4) == 0 {
            out.push(rng.next() as u8);
        }
    }
    out.truncate(target.max(out.len().min(max_len)));
    out
}

/// One whole fuzz input: option bytes, then the text.
pub fn input(rng: &mut Rng, max_len: usize) -> Vec<u8> {
    let mut v = vec![
        rng.next() as u8,
        rng.next() as u8,
        rng.next() as u8,
        rng.next() as u8,
    ];
    v.extend(text(rng, max_len));
    v
}
