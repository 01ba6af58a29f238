//! Numbers, money, percentages and quantities.
//!
//! [`number_at`] and [`ordinal_at`] read one number starting at a token ("25", "२५", "1,00,000",
//! "दो हज़ार", "साढ़े तीन लाख", "twenty-five", "3.5 million", "80वीं", "21st"); the time layer
//! uses them too. [`recognise`] turns them into CARDINAL, ORDINAL, MONEY, PERCENT and QUANTITY
//! entities.

use crate::hash::FxSet;
use crate::labels::{EntitySpan, Label};
use crate::lexicon::{self, Lexicon, PerLang};
use crate::text::{Doc, Lang, TokenKind};

#[derive(Debug, Clone, Copy, PartialEq)]
enum WordKind {
    Plain,
    Scale,
    Plus,
    Article,
    /// Adds a fraction to the count before it: "and a half" ("two and a half million").
    After,
}

#[derive(Debug, Clone, Copy)]
pub(crate) struct NumWord {
    value: f64,
    kind: WordKind,
}

pub struct NumberLexicon {
    pub(crate) words: Lexicon<NumWord>,
    pub(crate) ordinals: Lexicon<u32>,
    /// Ordinal words that are also ordinary words (दूसरे: "second" or "other").
    ambiguous_ordinals: Lexicon<()>,
    ordinal_suffixes: Vec<String>,
    /// Currency: ISO code and whether it stands before the number.
    money: Lexicon<(String, bool)>,
    percent: Lexicon<()>,
    measures: Lexicon<String>,
    /// The first words of `words`, `ordinals` and `money`: a token that is none of them, no
    /// number token and does not start with a digit starts no number, ordinal or money.
    starts: FxSet<String>,
}

impl NumberLexicon {
    /// Whether the folded key is a number word other than an article-like one: "तिरासी",
    /// "लाख", "seventy" (not "एक", "a").
    pub fn is_number_word(&self, key: &str) -> bool {
        self.words
            .word(key)
            .is_some_and(|w| w.kind != WordKind::Article)
    }

    /// Whether what starts at token `i` makes a number before it an amount: a currency
    /// written after the number ("रुपये", "dollars"), a percent word, a measure ("लीटर",
    /// "km") or a scale ("करोड़", "million"). "2000 रुपये" is money, not the year 2000.
    pub fn amount_follows(&self, doc: &Doc, i: usize) -> bool {
        i < doc.len()
            && (self
                .money
                .longest(doc, i)
                .is_some_and(|(_, (_, before))| !before)
                || self.percent.longest(doc, i).is_some()
                || self.measures.longest(doc, i).is_some()
                || self
                    .words
                    .word(doc.key(i))
                    .is_some_and(|w| w.kind == WordKind::Scale))
    }
}

pub fn lexicon(lang: Lang) -> &'static NumberLexicon {
    static LEX: PerLang<NumberLexicon> = PerLang::new();
    LEX.get(lang, || {
        let f = |name| lexicon::file(lang, name);
        let mut lex = NumberLexicon {
            words: Lexicon::parse(f("numbers"), |c| {
                let kind = match c.get(1).copied() {
                    Some("scale") => WordKind::Scale,
                    Some("plus") => WordKind::Plus,
                    Some("article") => WordKind::Article,
                    Some("after") => WordKind::After,
                    _ => WordKind::Plain,
                };
                Some(NumWord {
                    value: c.first()?.parse().ok()?,
                    kind,
                })
            }),
            ordinals: Lexicon::parse(f("ordinals"), |c| c.first()?.parse().ok()),
            ambiguous_ordinals: Lexicon::parse(f("ordinals"), |c| {
                (c.get(1) == Some(&"ambiguous")).then_some(())
            }),
            ordinal_suffixes: lexicon::rows(f("ordinals"))
                .filter_map(|r| r[0].strip_prefix('-').map(crate::text::fold))
                .collect(),
            money: Lexicon::parse(f("money"), |c| {
                Some((c.first()?.to_string(), c.get(1) == Some(&"before")))
            }),
            percent: Lexicon::parse(f("percent"), |_| Some(())),
            measures: Lexicon::parse(f("measures"), |c| Some(c.first()?.to_string())),
            starts: FxSet::default(),
        };
        lex.starts = lex
            .words
            .first_words()
            .chain(lex.ordinals.first_words())
            .chain(lex.money.first_words())
            .map(str::to_owned)
            .collect();
        lex
    })
}

/// A number read from the text.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Num {
    /// Token after the number.
    pub end: usize,
    pub value: f64,
    /// Only an article-like word ("एक", "a"): a count in "a year ago", not a CARDINAL alone.
    pub article: bool,
    /// Written in digits (possibly with a scale word: "25 लाख").
    pub digits: bool,
}

/// Parses a digit token's key: "1,000" → 1000, "3.5" → 3.5.
pub fn digits_value(key: &str) -> Option<f64> {
    let clean: String = key
        .chars()
        .filter(|&c| c != ',' && c != '\'' && c != '’')
        .collect();
    if clean.is_empty()
        || clean.starts_with('.')
        || clean.ends_with('.')
        || clean.matches('.').count() > 1
    {
        return None;
    }
    // "999…9" (400 digits) is no number anyone means; keep values finite and exact enough.
    clean
        .parse()
        .ok()
        .filter(|v: &f64| v.is_finite() && *v < 1e18)
}

/// The number starting at token `i`, if any.
///
/// Scales compose as Hindi and English news write them:
/// - a scale larger than every one before it multiplies all that precedes it: "5 लाख करोड़" is
///   5 × 10⁵ × 10⁷, "दस हज़ार करोड़" 10¹¹, "two hundred thousand" 200,000;
/// - a smaller one starts a new group that is added: "3 करोड़ 20 लाख" is 32,000,000, "दो हज़ार
///   पाँच सौ" 2,500 (digits after a scale join only when another scale follows them, so "5
///   करोड़ 20 मार्च" stays a number and a date);
/// - सौ and hundred multiply only the group they end ("पाँच सौ करोड़" = 500 × 10⁷);
/// - साढ़े, सवा and पौने apply to the count they stand before, and so to its whole scaled group:
///   "पौने दो सौ" is 175, "साढ़े तीन लाख करोड़" 3.5 × 10¹², "सवा सौ" 125.
pub fn number_at(doc: &Doc, i: usize, lex: &NumberLexicon) -> Option<Num> {
    let n = doc.len();
    let mut j = i;
    let mut plus = 0.0;
    if let Some(w) = lex
        .words
        .word(doc.key(j))
        .filter(|w| w.kind == WordKind::Plus)
    {
        plus = w.value;
        j += 1;
        if j >= n {
            return None;
        }
    }
    // `total` holds finished groups; `current` the group being read; `largest` the largest
    // scale ≥ 1000 applied so far (a larger one multiplies everything before it).
    let (mut total, mut current, mut largest) = (0.0f64, 0.0f64, 0.0f64);
    let mut seen = false;
    let mut digits = false;
    let mut article = false;
    let mut last_plain: Option<f64> = None;
    let mut after_scale = false;
    let scale_of = |k: usize| {
        lex.words
            .word(doc.key(k))
            .filter(|w| w.kind == WordKind::Scale)
            .map(|w| w.value)
    };
    while j < n {
        if seen && doc.tokens[j].newline_before {
            break;
        }
        // After a scale of a thousand or more, a count starts the next group only when another
        // scale follows it: "3 करोड़ 20 लाख", "3 करोड़ बीस लाख", "1 लाख एक हज़ार"; and "7 हज़ार
        // 500 करोड़" is 7,500 crore, a larger scale multiplying both groups.
        let next_group = after_scale
            && largest > 0.0
            && j + 1 < n
            && scale_of(j + 1).is_some_and(|s| s != largest);
        // "5 1/2 hours", "2 1/2 million": a fraction glued together after a count in digits.
        if seen && digits && !after_scale && current.fract() == 0.0 && j + 2 < n {
            if let Some(f) = glued_fraction(doc, j) {
                current += f;
                j += 3;
                continue;
            }
        }
        // "two and a half years", "three and a half million".
        if seen && !after_scale && current.fract() == 0.0 {
            if let Some((end, w)) = lex
                .words
                .longest(doc, j)
                .filter(|(_, w)| w.kind == WordKind::After)
            {
                current += w.value;
                j = end;
                continue;
            }
        }
        if doc.tokens[j].kind == TokenKind::Number {
            if seen && !next_group {
                break;
            }
            let v = digits_value(doc.key(j))?;
            // `plus` is consumed by the first count: "साढ़े 3 लाख".
            current = v + plus;
            plus = 0.0;
            seen = true;
            digits = true;
            after_scale = false;
            last_plain = None;
            j += 1;
            continue;
        }
        // "twenty-five": a hyphen between a tens word and a unit word.
        if seen && doc.key(j) == "-" && !digits && j + 1 < n && !doc.tokens[j].space_before {
            if let (Some(prev), Some(next)) = (last_plain, lex.words.word(doc.key(j + 1))) {
                if next.kind == WordKind::Plain
                    && prev >= 20.0
                    && prev % 10.0 == 0.0
                    && next.value < 10.0
                {
                    current += next.value;
                    last_plain = Some(next.value);
                    j += 2;
                    continue;
                }
            }
            break;
        }
        let Some(w) = lex.words.word(doc.key(j)) else {
            break;
        };
        match w.kind {
            WordKind::Plain | WordKind::Article => {
                // "a" counts only first: "a year", but not "million a year"; digits end a
                // count unless a scale follows ("25 लाख").
                if seen
                    && ((w.kind == WordKind::Article || digits) && !next_group
                        || last_plain.is_some_and(|p| p < 20.0 || w.value >= 10.0))
                {
                    break;
                }
                current += w.value + plus;
                plus = 0.0;
                article = !seen && w.kind == WordKind::Article;
                last_plain = Some(w.value);
                after_scale = false;
            }
            WordKind::Scale => {
                if current == 0.0 && total == 0.0 {
                    // "सौ" alone, "सवा सौ", "हज़ार करोड़": one of the scale.
                    current = 1.0 + plus;
                    plus = 0.0;
                }
                if w.value > largest && w.value >= 1000.0 {
                    total = (total + current) * w.value;
                    largest = w.value;
                    current = 0.0;
                } else if current == 0.0 {
                    // "दो हज़ार सौ": a scale with nothing to scale ends the number.
                    break;
                } else if w.value < 1000.0 {
                    current *= w.value;
                } else {
                    total += current * w.value;
                    current = 0.0;
                }
                last_plain = None;
                article = false;
                after_scale = true;
            }
            WordKind::Plus | WordKind::After => break,
        }
        seen = true;
        j += 1;
    }
    if !seen {
        return None;
    }
    let value = total + current;
    if plus != 0.0 || !value.is_finite() || value >= 1e18 {
        return None;
    }
    Some(Num {
        end: j,
        value,
        article,
        digits,
    })
}

/// The value of a fraction written "1/2", "3/4" at token `j` (three tokens, no space between
/// them), with a denominator of 2 to 8 and a numerator below it.
fn glued_fraction(doc: &Doc, j: usize) -> Option<f64> {
    let toks = &doc.tokens;
    if toks[j].kind != TokenKind::Number
        || doc.key(j + 1) != "/"
        || toks[j + 2].kind != TokenKind::Number
        || toks[j + 1].space_before
        || toks[j + 2].space_before
        || !toks[j].space_before
    {
        return None;
    }
    let (num, den) = (
        doc.key(j).parse::<u8>().ok()?,
        doc.key(j + 2).parse::<u8>().ok()?,
    );
    ((2..=8).contains(&den) && num >= 1 && num < den).then(|| f64::from(num) / f64::from(den))
}

/// The ordinal starting at token `i`: "80वीं", "21st", "पहली", "third".
pub fn ordinal_at(doc: &Doc, i: usize, lex: &NumberLexicon) -> Option<(usize, u32)> {
    let key = doc.key(i);
    if let Some((end, &v)) = lex.ordinals.longest(doc, i) {
        return Some((end, v));
    }
    let digits_end = key.find(|c: char| !c.is_ascii_digit())?;
    if digits_end == 0 {
        return None;
    }
    let suffix = &key[digits_end..];
    if !lex.ordinal_suffixes.iter().any(|s| s == suffix) {
        return None;
    }
    key[..digits_end].parse().ok().map(|v| (i + 1, v))
}

/// CARDINAL, ORDINAL, MONEY, PERCENT and QUANTITY mentions, in order, not overlapping.
pub fn recognise(doc: &Doc, lang: Lang) -> Vec<EntitySpan> {
    let lex = lexicon(lang);
    let mut out = Vec::new();
    let mut i = 0;
    while i < doc.len() {
        // Most tokens start nothing here: one lookup instead of one per question below.
        let key = doc.key(i);
        if doc.tokens[i].kind != TokenKind::Number
            && !key.starts_with(|c: char| c.is_ascii_digit())
            && !lex.starts.contains(key)
        {
            i += 1;
            continue;
        }
        // Currency before the number: "₹ 500", "$3.5 million".
        if let Some((after_sym, (code, true))) = lex.money.longest(doc, i) {
            if let Some(num) = (after_sym < doc.len())
                .then(|| number_at(doc, after_sym, lex))
                .flatten()
            {
                if num.digits || !num.article {
                    out.push(span(
                        (i, num.end),
                        Label::Money,
                        num.value,
                        Some(code.clone()),
                    ));
                    i = num.end;
                    continue;
                }
            }
        }
        if let Some((end, v)) = ordinal_at(doc, i, lex).filter(|&(end, _)| {
            lex.ambiguous_ordinals
                .longest(doc, i)
                .is_none_or(|(e, _)| e != end)
        }) {
            out.push(span((i, end), Label::Ordinal, f64::from(v), None));
            i = end;
            continue;
        }
        let Some(num) = number_at(doc, i, lex) else {
            i += 1;
            continue;
        };
        let mut end = num.end;
        let (label, unit) = if end < doc.len() {
            if let Some((e, _)) = lex.percent.longest(doc, end) {
                end = e;
                (Label::Percent, Some("%".to_owned()))
            } else if let Some((e, (code, false))) = lex.money.longest(doc, end) {
                end = e;
                (Label::Money, Some(code.clone()))
            } else if let Some((e, sym)) = lex.measures.longest(doc, end) {
                end = e;
                (Label::Quantity, Some(sym.clone()))
            } else {
                (Label::Cardinal, None)
            }
        } else {
            (Label::Cardinal, None)
        };
        if !(label == Label::Cardinal && num.article) {
            out.push(span((i, end), label, num.value, unit));
        }
        i = end.max(i + 1);
    }
    out
}

fn span(tokens: (usize, usize), label: Label, value: f64, unit: Option<String>) -> EntitySpan {
    EntitySpan {
        tokens,
        label,
        value: Some(value),
        unit,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn num(text: &str, lang: Lang) -> Option<(f64, usize)> {
        let doc = Doc::new(text);
        number_at(&doc, 0, lexicon(lang)).map(|n| (n.value, n.end))
    }

    #[test]
    fn hindi_numbers() {
        assert_eq!(num("२५ लाख", Lang::Hi), Some((2_500_000.0, 2)));
        assert_eq!(num("दो हज़ार पांच सौ", Lang::Hi), Some((2500.0, 4)));
        assert_eq!(num("साढ़े नौ बजे", Lang::Hi), Some((9.5, 2)));
        assert_eq!(num("साढ़े तीन लाख", Lang::Hi), Some((350_000.0, 3)));
        assert_eq!(num("ढाई साल", Lang::Hi), Some((2.5, 1)));
        assert_eq!(num("डेढ़ करोड़", Lang::Hi), Some((15_000_000.0, 2)));
        assert_eq!(num("1,00,000 लोग", Lang::Hi), Some((100_000.0, 1)));
        assert_eq!(num("पौने दो", Lang::Hi), Some((1.75, 2)));
        assert_eq!(num("दो तीन", Lang::Hi), Some((2.0, 1)));
    }

    #[test]
    fn stacked_indian_scales() {
        assert_eq!(num("5 लाख करोड़ रुपये", Lang::Hi), Some((5e12, 3)));
        assert_eq!(num("10 हज़ार करोड़ रुपये", Lang::Hi), Some((1e11, 3)));
        assert_eq!(num("3 करोड़ 20 लाख लोग", Lang::Hi), Some((32_000_000.0, 4)));
        assert_eq!(num("पौने दो सौ साल", Lang::Hi), Some((175.0, 3)));
        assert_eq!(num("2.5 लाख करोड़", Lang::Hi), Some((2.5e12, 3)));
        assert_eq!(num("ढाई लाख करोड़", Lang::Hi), Some((2.5e12, 3)));
        assert_eq!(num("साढ़े तीन लाख करोड़", Lang::Hi), Some((3.5e12, 4)));
        assert_eq!(num("सवा सौ करोड़", Lang::Hi), Some((1.25e9, 3)));
        assert_eq!(num("सौ करोड़", Lang::Hi), Some((1e9, 2)));
        assert_eq!(
            num("एक लाख दो हज़ार तीन सौ चार", Lang::Hi),
            Some((102_304.0, 7))
        );
        assert_eq!(num("1 लाख 20 हज़ार करोड़", Lang::Hi), Some((1.2e12, 5)));
        // Digits after a scale join only before a smaller scale.
        assert_eq!(num("5 करोड़ 20 मार्च", Lang::Hi), Some((5e7, 2)));
        assert_eq!(num("20 लाख 2014", Lang::Hi), Some((2e6, 2)));
        assert_eq!(
            num("five billion two hundred million", Lang::En),
            Some((5.2e9, 5))
        );
    }

    #[test]
    fn english_numbers() {
        assert_eq!(num("twenty-five years", Lang::En), Some((25.0, 3)));
        assert_eq!(num("3.5 million people", Lang::En), Some((3_500_000.0, 2)));
        assert_eq!(num("two hundred thousand", Lang::En), Some((200_000.0, 3)));
        assert_eq!(num("one hundred twenty", Lang::En), Some((120.0, 3)));
        assert_eq!(num("hundred", Lang::En), Some((100.0, 1)));
    }

    #[test]
    fn ordinals() {
        let doc = Doc::new("80वीं 21st पहली third");
        let lex_hi = lexicon(Lang::Hi);
        assert_eq!(ordinal_at(&doc, 0, lex_hi), Some((1, 80)));
        assert_eq!(ordinal_at(&doc, 1, lex_hi), Some((2, 21)));
        assert_eq!(ordinal_at(&doc, 2, lex_hi), Some((3, 1)));
        assert_eq!(ordinal_at(&doc, 3, lexicon(Lang::En)), Some((4, 3)));
    }

    fn labels(text: &str, lang: Lang) -> Vec<(String, &'static str, f64)> {
        let doc = Doc::new(text);
        recognise(&doc, lang)
            .into_iter()
            .map(|e| {
                (
                    text[doc.tokens[e.tokens.0].start..doc.tokens[e.tokens.1 - 1].end].to_owned(),
                    e.label.name(),
                    e.value.unwrap(),
                )
            })
            .collect()
    }

    #[test]
    fn entities() {
        assert_eq!(
            labels(
                "कंपनी ने 4300 करोड़ रुपये और ₹ 50 दिए, 5 प्रतिशत, 12 किलोमीटर, 80वीं बार, एक दिन",
                Lang::Hi
            ),
            [
                ("4300 करोड़ रुपये".to_owned(), "MONEY", 43_000_000_000.0),
                ("₹ 50".to_owned(), "MONEY", 50.0),
                ("5 प्रतिशत".to_owned(), "PERCENT", 5.0),
                ("12 किलोमीटर".to_owned(), "QUANTITY", 12.0),
                ("80वीं".to_owned(), "ORDINAL", 80.0),
            ]
        );
        assert_eq!(
            labels(
                "It paid $3.5 million, or 20% of 300 tons, a third time.",
                Lang::En
            ),
            [
                ("$3.5 million".to_owned(), "MONEY", 3_500_000.0),
                ("20%".to_owned(), "PERCENT", 20.0),
                ("300 tons".to_owned(), "QUANTITY", 300.0),
                ("third".to_owned(), "ORDINAL", 3.0),
            ]
        );
    }
}
