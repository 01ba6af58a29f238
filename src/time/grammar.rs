//! Patterns over tokens with named slots (`data/<lang>/time-patterns.tsv`), matched longest
//! first. A match fills a typed [`Slots`]; what the slots mean is decided in
//! [`super::interpret`], the same code for every language.

use super::lexicon::{
    lexicon as time_lexicon, ClockWord, Guard, ModPos, SetWord, TimeLexicon, Unit,
};
use crate::lexicon::{self, PerLang};
use crate::numbers::{self, NumberLexicon};
use crate::text::settings;
use crate::text::{fold, Doc, Lang, TokenKind};

mod starts;

/// An enum whose variants are named in the data files, with `parse` from that name.
macro_rules! named_enum {
    ($(#[$doc:meta])* $vis:vis enum $name:ident { $($(#[$vdoc:meta])* $variant:ident = $text:literal,)* }) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        $vis enum $name { $($(#[$vdoc])* $variant,)* }

        impl $name {
            #[allow(dead_code)]
            const ALL: &'static [Self] = &[$(Self::$variant,)*];

            fn parse(s: &str) -> Option<Self> {
                match s {
                    $($text => Some(Self::$variant),)*
                    _ => None,
                }
            }
        }
    };
}

named_enum! {
    /// The typed meaning a pattern hands its slots to (column 2 of time-patterns.tsv).
    pub enum Rule {
        Date = "date",
        DateRange = "daterange",
        Year = "year",
        Decade = "decade",
        Century = "century",
        Relative = "relative",
        YearMonth = "yearmonth",
        Anchored = "anchored",
        Offset = "offset",
        Duration = "duration",
        DayRel = "dayrel",
        Clock = "clock",
        Pod = "pod",
        Ref = "ref",
        Holiday = "holiday",
        Season = "season",
        Quarter = "quarter",
        Half = "half",
        Set = "set",
        YearRange = "yearrange",
        /// "the year-ago quarter", "a year earlier" in a results report: the same period a
        /// year before (see `comparison.rs`).
        Comparison = "comparison",
        /// "रात 8 से 10 बजे", "8 to 10 p.m.": two clock times sharing the part of day.
        ClockRange = "clockrange",
        /// "the weekend": the one the clause's tense points to.
        Weekend = "weekend",
        /// "इस महीने की 5 तारीख़", "अगले महीने की पहली तारीख़": a day of a month counted from the
        /// document's; "आठ तारीख़" alone: the day of this, the last or the next month that the
        /// tense points to.
        MonthDay = "monthday",
    }
}

/// The word classes an element can match (`<class>`) and the slots a match fills
/// (`<slot:class>`, or the class's own name), from one list: a class fills its namesake slot
/// unless the pattern names another.
macro_rules! classes_and_slots {
    (
        both { $($(#[$bdoc:meta])* $b:ident = $bt:literal,)* }
        classes { $($(#[$cdoc:meta])* $c:ident = $ct:literal,)* }
        slots { $($(#[$sdoc:meta])* $s:ident = $st:literal,)* }
    ) => {
        named_enum! {
            /// Word classes an element can match: `<class>`.
            enum Class { $($(#[$bdoc])* $b = $bt,)* $($(#[$cdoc])* $c = $ct,)* }
        }
        named_enum! {
            /// Which slot a class fills: `<slot:class>`, or the class's own name.
            enum Slot { $($b = $bt,)* $($(#[$sdoc])* $s = $st,)* }
        }
    };
}

classes_and_slots! {
    both {
        Month = "month",
        Weekday = "weekday",
        Day = "day",
        Year = "year",
        Num = "num",
        Ord = "ord",
        Unit = "unit",
        Det = "det",
        DayRel = "dayrel",
        Pod = "pod",
        HhMm = "hhmm",
        AmPm = "ampm",
        Ref = "ref",
        Holiday = "holiday",
        Season = "season",
        Dir = "dir",
        Every = "every",
        SetWord = "setword",
        Decade = "decade",
        NumDate = "numdate",
        /// A date known by a name or notation: "9/11", "26/11" (`named-dates.tsv`).
        Named = "named",
    }
    classes {
        /// A two-digit number token: the year in "'98".
        Yy = "yy",
    }
    slots {
        Day2 = "day2",
        Hour2 = "hour2",
        Year2 = "year2",
        YearEnd = "yearend",
        /// The first of two decades sharing their noun: "70" in "70 और 80 के दशक".
        FirstDecade = "firstdecade",
        /// The first of two units sharing their count: "घंटों" in "कुछ घंटों या दिनों".
        FirstUnit = "firstunit",
        /// The larger of two neighbouring counts, "एक दो दिन", "दो-तीन साल": the count is
        /// vague (PXD), as a reader takes it.
        Upto = "upto",
        /// A unit with no count, "for years", "within weeks": a vague count of it (PXY).
        VagueUnit = "vagueunit",
        Hour = "hour",
        Minute = "minute",
    }
}

#[derive(Debug, Clone, PartialEq)]
enum Matcher {
    Class(Class, Slot),
    Words(Vec<String>),
}

#[derive(Debug, Clone, PartialEq)]
struct Element {
    matcher: Matcher,
    optional: bool,
    lookahead: bool,
    /// `!word|word`: must not follow (end of text is fine); consumes nothing.
    negative: bool,
    /// `^word|word`: the token before the expression must be one of these (`^!word|word`: must
    /// not be); consumes nothing, and only opens a pattern. The start of the text counts as a
    /// sentence mark ("।" or ".") before it.
    lookbehind: bool,
}

impl Element {
    /// Whether the element can never consume a token (so the start index skips it).
    fn consumes_nothing(&self) -> bool {
        self.negative || self.lookbehind
    }
}

#[derive(Debug, Clone)]
pub struct Pattern {
    pub id: String,
    pub rule: Rule,
    elements: Vec<Element>,
    pub example: String,
    pub expected: String,
}

/// What the slots of one match hold.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Slots {
    pub month: Option<u32>,
    pub weekday: Option<u32>,
    pub day: Option<u32>,
    pub day2: Option<u32>,
    /// The second hour of "रात 8 से 10 बजे", "8-10 p.m.".
    pub hour2: Option<u32>,
    pub year: Option<i32>,
    pub num: Option<f64>,
    pub ord: Option<u32>,
    pub unit: Option<Unit>,
    pub det: Option<i32>,
    pub dayrel: Option<super::lexicon::DayOffset>,
    pub pod: Option<&'static str>,
    pub hour: Option<u32>,
    pub minute: Option<u32>,
    pub pm: Option<bool>,
    pub reference: Option<&'static str>,
    pub holiday: Option<(u32, u32)>,
    pub dated_holiday: Option<&'static [super::calendar::Date]>,
    pub season: Option<&'static str>,
    pub dir: Option<i32>,
    pub every: bool,
    pub period: Option<&'static str>,
    pub decade: Option<i32>,
    /// "few", "several": a vague count.
    pub vague: bool,
    pub modifier: Option<&'static str>,
    /// A word that may only stand next to a determiner or year matched alone.
    pub guarded_alone: bool,
    /// Token where the second part of a range starts (`day2`, `yearend`), so the range can be
    /// split in two.
    pub second_at: Option<usize>,
    /// The second year of "2013-14" / "2024–25".
    pub year_end: Option<i32>,
    /// A date known by its name ("9/11"): history, no evidence for the document date.
    pub named: bool,
    /// "70" in "70 और 80 के दशक".
    pub first_decade: Option<i32>,
    /// "घंटों" in "कुछ घंटों या दिनों".
    pub first_unit: Option<Unit>,
    /// A unit written as a literal word of the pattern ("the year"), where no `<unit>` is.
    pub word_unit: Option<Unit>,
}

/// A pattern match: token range `[start, end)`.
#[derive(Debug, Clone)]
pub struct Match {
    pub start: usize,
    pub end: usize,
    pub rule: Rule,
    pub slots: Slots,
    pub pattern: usize,
}

/// A parse error in a pattern file, as `file:line: message`.
pub fn parse_patterns(lang: Lang) -> Result<Vec<Pattern>, String> {
    let src = lexicon::file(lang, "time-patterns");
    let mut out = Vec::new();
    for (n, line) in src.lines().enumerate() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let at = format!("data/{}/time-patterns.tsv:{}", lang.code(), n + 1);
        let cols: Vec<&str> = line.split('\t').collect();
        let [id, rule, pattern, example, expected] = cols[..] else {
            return Err(format!("{at}: expected 5 columns, found {}", cols.len()));
        };
        let rule = Rule::parse(rule).ok_or_else(|| format!("{at}: unknown rule {rule:?}"))?;
        let mut elements = Vec::new();
        for raw in pattern.split(' ') {
            let (body, optional) = match raw.strip_suffix('?') {
                Some(b) if !b.is_empty() => (b, true),
                _ => (raw, false),
            };
            let (body, lookahead) = match body.strip_prefix('&') {
                Some(b) => (b, true),
                None => (body, false),
            };
            let (body, lookbehind) = match body.strip_prefix('^') {
                Some(b) => (b, true),
                None => (body, false),
            };
            if lookbehind && elements.iter().any(|e: &Element| !e.lookbehind) {
                return Err(format!("{at}: a look-behind ({raw}) must open the pattern"));
            }
            let (body, negative) = match body.strip_prefix('!') {
                Some(b) => (b, true),
                None => (body, false),
            };
            let matcher =
                if let Some(inner) = body.strip_prefix('<').and_then(|b| b.strip_suffix('>')) {
                    let (slot, class) = inner.split_once(':').unwrap_or((inner, inner));
                    let class = Class::parse(class)
                        .ok_or_else(|| format!("{at}: unknown class <{class}>"))?;
                    let slot =
                        Slot::parse(slot).ok_or_else(|| format!("{at}: unknown slot {slot:?}"))?;
                    Matcher::Class(class, slot)
                } else {
                    Matcher::Words(body.split('|').map(fold).collect())
                };
            elements.push(Element {
                matcher,
                optional,
                lookahead,
                negative,
                lookbehind,
            });
        }
        out.push(Pattern {
            id: id.to_owned(),
            rule,
            elements,
            example: example.to_owned(),
            expected: expected.to_owned(),
        });
    }
    Ok(out)
}

/// The patterns of `lang`, indexed by what they can start with.
fn start_index(lang: Lang) -> &'static starts::StartIndex {
    static INDEX: PerLang<starts::StartIndex> = PerLang::new();
    INDEX.get(lang, || {
        let (lex, nums) = (time_lexicon(lang), numbers::lexicon(lang));
        // A modifier may open an expression before any pattern starts ("early 2024").
        starts::StartIndex::new(
            patterns(lang),
            |c| class_start(c, lex, nums),
            lex.modifiers.first_words(),
        )
    })
}

/// What a token must be for [`PatternMatcher::class_at`] to match `class` there: one of these
/// first words, or (when the flag is set) a number token or a key starting with a digit or
/// '+' (Rust's integer parsing takes "+5"). Keep in step with `class_at`.
fn class_start(
    class: Class,
    lex: &'static TimeLexicon,
    nums: &'static NumberLexicon,
) -> (Vec<&'static str>, bool) {
    let words = |l: &[&'static dyn FirstWords]| l.iter().flat_map(|x| x.first_words()).collect();
    match class {
        Class::Month => (words(&[&lex.months]), false),
        Class::Weekday => (words(&[&lex.weekdays]), false),
        Class::Unit => (words(&[&lex.units]), false),
        Class::Det => (words(&[&lex.determiners]), false),
        Class::DayRel => (words(&[&lex.dayrel]), false),
        Class::Pod => (words(&[&lex.pods]), false),
        Class::Ref => (words(&[&lex.refs]), false),
        Class::Named => (words(&[&lex.named_dates]), false),
        Class::Holiday => (words(&[&lex.holidays, &lex.dated_holidays]), false),
        Class::Season => (words(&[&lex.seasons]), false),
        Class::Dir => (words(&[&lex.directions]), false),
        Class::Every | Class::SetWord => (words(&[&lex.sets]), false),
        Class::AmPm => (words(&[&lex.clock]), false),
        // number_at starts at a number word (incl. "साढ़े"), ordinal_at at an ordinal word.
        Class::Day => (words(&[&nums.words, &nums.ordinals]), true),
        Class::Num => (words(&[&nums.words]), true),
        Class::Ord => (words(&[&nums.ordinals]), true),
        // A year may be read aloud: "nineteen ninety-six".
        Class::Year => (words(&[&nums.words]), true),
        Class::HhMm | Class::Decade | Class::NumDate | Class::Yy => (Vec::new(), true),
    }
}

/// The first words of any lexicon, whatever its values.
trait FirstWords: Sync {
    fn first_words(&self) -> Box<dyn Iterator<Item = &str> + '_>;
}

impl<V: Clone + Sync> FirstWords for lexicon::Lexicon<V> {
    fn first_words(&self) -> Box<dyn Iterator<Item = &str> + '_> {
        Box::new(lexicon::Lexicon::first_words(self))
    }
}

pub fn patterns(lang: Lang) -> &'static [Pattern] {
    static PATTERNS: PerLang<Vec<Pattern>> = PerLang::new();
    // The pattern files are checked by a test (`every_pattern_parses`); a broken file here
    // would be a build of untested data, so fail loudly rather than drop rules.
    PATTERNS.get(lang, || {
        parse_patterns(lang).unwrap_or_else(|e| panic!("{e}"))
    })
}

/// The value one class match contributes.
#[derive(Clone)]
enum Val {
    Int(i64),
    Float(f64),
    Unit(Unit),
    Code(&'static str),
    DayRel(super::lexicon::DayOffset),
    HhMm(u32, u32),
    Date(i32, u32, u32),
    Holiday(u32, u32),
    Dated(&'static [super::calendar::Date]),
    SetWord(SetWord),
    Pm(bool),
    None,
}

/// Matches the patterns of one language over one document.
pub struct PatternMatcher<'d, 'a> {
    doc: &'d Doc<'a>,
    lang: Lang,
    lex: &'static TimeLexicon,
    nums: &'static NumberLexicon,
    /// Class matches at the position being tried (a handful of entries, scanned linearly).
    cache: std::cell::RefCell<Vec<(Class, usize, Option<(usize, Val, bool)>)>>,
    /// The patterns worth trying at the position being tried, one bit each.
    candidates: std::cell::RefCell<Vec<u64>>,
    /// Per token, the classes that may match there (one bit per class), or u32::MAX if not
    /// looked up yet.
    class_masks: std::cell::RefCell<Vec<u32>>,
}

fn guard_ok(doc: &Doc, i: usize, g: Guard) -> bool {
    !g.cased
        || doc
            .surface(i)
            .chars()
            .next()
            .is_some_and(char::is_uppercase)
}

impl<'d, 'a> PatternMatcher<'d, 'a> {
    pub fn new(doc: &'d Doc<'a>, lang: Lang) -> Self {
        let words = start_index(lang).len.div_ceil(64);
        Self {
            doc,
            lang,
            lex: time_lexicon(lang),
            nums: numbers::lexicon(lang),
            cache: Default::default(),
            candidates: std::cell::RefCell::new(vec![0; words]),
            class_masks: std::cell::RefCell::new(vec![u32::MAX; doc.len()]),
        }
    }

    fn int_token(&self, i: usize) -> Option<i64> {
        let t = &self.doc.tokens[i];
        if t.kind != TokenKind::Number {
            return None;
        }
        let k = self.doc.key(i);
        if !k.bytes().all(|b| b.is_ascii_digit()) || k.len() > 4 {
            return None;
        }
        k.parse().ok()
    }

    /// Matches `class` at token `i`: (end token, value, guarded-word flag).
    fn class_at(&self, class: Class, i: usize) -> Option<(usize, Val, bool)> {
        let d = self.doc;
        let n = d.len();
        let lex = self.lex;
        match class {
            Class::Month => {
                let (e, &(m, g)) = lex.months.longest(d, i)?;
                // "Nov. 18": an abbreviation keeps its period.
                let abbreviation = g.guarded || d.key(i).chars().count() <= 3;
                let e = if e < n && d.key(e) == "." && d.glued(e) && abbreviation {
                    e + 1
                } else {
                    e
                };
                guard_ok(d, i, g).then_some((e, Val::Int(m.into()), g.guarded))
            }
            Class::Weekday => {
                let (e, &(w, g)) = lex.weekdays.longest(d, i)?;
                guard_ok(d, i, g).then_some((e, Val::Int(w.into()), g.guarded))
            }
            Class::Day => {
                if let Some(v) = self
                    .int_token(i)
                    .filter(|v| (1..=31).contains(v) && d.key(i).len() <= 2)
                {
                    return Some((i + 1, Val::Int(v), false));
                }
                // "दो फरवरी", "two": a number word; patterns only use <day> next to a month.
                if let Some(num) =
                    numbers::number_at(d, i, self.nums).filter(|n| !n.digits && !n.article)
                {
                    if num.value.fract() == 0.0 && (1.0..=31.0).contains(&num.value) {
                        return Some((num.end, Val::Int(num.value as i64), false));
                    }
                }
                // "18th", "the first": an ordinal day (English) — "80वीं" is no day.
                let (e, v) = numbers::ordinal_at(d, i, self.nums)?;
                (settings::of(self.lang).ordinal_days && (1..=31).contains(&v)).then_some((
                    e,
                    Val::Int(v.into()),
                    false,
                ))
            }
            Class::Year => {
                if let Some(v) = self
                    .int_token(i)
                    .filter(|v| (1000..=2999).contains(v) && d.key(i).len() == 4)
                {
                    return Some((i + 1, Val::Int(v), false));
                }
                self.word_year(i).map(|(e, v)| (e, Val::Int(v), false))
            }
            Class::Num => {
                let num = numbers::number_at(d, i, self.nums)?;
                Some((num.end, Val::Float(num.value), false))
            }
            Class::Ord => {
                let (e, v) = numbers::ordinal_at(d, i, self.nums)?;
                Some((e, Val::Int(v.into()), false))
            }
            Class::Unit => lex
                .units
                .longest(d, i)
                .map(|(e, &u)| (e, Val::Unit(u), false)),
            Class::Det => lex
                .determiners
                .longest(d, i)
                .map(|(e, &v)| (e, Val::Int(v.into()), false)),
            Class::DayRel => lex
                .dayrel
                .longest(d, i)
                .map(|(e, &v)| (e, Val::DayRel(v), false)),
            Class::Pod => lex
                .pods
                .longest(d, i)
                .map(|(e, &v)| (e, Val::Code(v), false)),
            Class::Ref => lex
                .refs
                .longest(d, i)
                .map(|(e, &(v, g))| (e, Val::Code(v), g.guarded)),
            Class::Holiday => {
                let fixed = lex
                    .holidays
                    .longest(d, i)
                    .map(|(e, &(m, dd))| (e, Val::Holiday(m, dd), false));
                let dated = lex
                    .dated_holidays
                    .longest(d, i)
                    .map(|(e, &dates)| (e, Val::Dated(dates), false));
                match (fixed, dated) {
                    (Some(f), Some(m)) => Some(if m.0 > f.0 { m } else { f }),
                    (f, m) => f.or(m),
                }
            }
            Class::Season => {
                let (e, &(s, g)) = lex.seasons.longest(d, i)?;
                guard_ok(d, i, g).then_some((e, Val::Code(s), g.guarded))
            }
            Class::Dir => lex
                .directions
                .longest(d, i)
                .map(|(e, &v)| (e, Val::Int(v.into()), false)),
            Class::Every => match lex.sets.longest(d, i)? {
                (e, SetWord::Every) => Some((e, Val::None, false)),
                _ => None,
            },
            Class::SetWord => match lex.sets.longest(d, i)? {
                (e, &w @ SetWord::Period(_)) => Some((e, Val::SetWord(w), false)),
                _ => None,
            },
            Class::AmPm => {
                let (e, &w) = lex.clock.longest(d, i)?;
                let e = if e < n && d.key(e) == "." && !d.tokens[e].space_before {
                    e + 1
                } else {
                    e
                };
                match w {
                    ClockWord::Am => Some((e, Val::Pm(false), false)),
                    ClockWord::Pm => Some((e, Val::Pm(true), false)),
                    _ => None,
                }
            }
            Class::HhMm => {
                // "10:30" is three tokens; "10.30" is one number token.
                let k = d.key(i);
                if let Some((h, m)) = k.split_once('.') {
                    // "10.30" is a clock time only before a clock word ("10.30 बजे", "10.30 am");
                    // alone it is a price or a score.
                    let clock_next = i + 1 < n && lex.clock.longest(d, i + 1).is_some();
                    return hhmm(h, m)
                        .filter(|_| clock_next)
                        .map(|(h, m)| (i + 1, Val::HhMm(h, m), false));
                }
                if i + 2 < n && d.key(i + 1) == ":" && d.glued(i + 1) && d.glued(i + 2) {
                    return hhmm(k, d.key(i + 2)).map(|(h, m)| (i + 3, Val::HhMm(h, m), false));
                }
                None
            }
            Class::Decade => {
                // "1990s", "1990's", "90s"
                let k = d.key(i);
                let digits = k.trim_end_matches('s').trim_end_matches(['\'', '’']);
                if digits.len() == k.len() || !digits.bytes().all(|b| b.is_ascii_digit()) {
                    return None;
                }
                let v: i32 = digits.parse().ok()?;
                let decade = match digits.len() {
                    4 if v % 10 == 0 => v / 10,
                    2 if v % 10 == 0 => 190 + v / 10,
                    _ => return None,
                };
                Some((i + 1, Val::Int(decade.into()), false))
            }
            Class::NumDate => self.numeric_date(i),
            // "9/11" written as one word: "9 / 11" is no name.
            Class::Named => {
                let (e, &date) = lex.named_dates.longest(d, i)?;
                ((i + 1..e).all(|k| d.glued(k))).then_some((
                    e,
                    Val::Date(date.year, date.month, date.day),
                    false,
                ))
            }
            Class::Yy => {
                let v = self.int_token(i).filter(|_| d.key(i).len() == 2)?;
                Some((i + 1, Val::Int(v), false))
            }
        }
    }

    /// A year read aloud as two pairs of digits, as broadcast transcripts write it: "nineteen
    /// ninety-six" (1996), "nineteen eighty" (1980). Counts in words never take this shape; the
    /// first pair is 15 to 20, so that a clock time read aloud ("eleven thirty") stays one.
    fn word_year(&self, i: usize) -> Option<(usize, i64)> {
        if !settings::of(self.lang).spoken_years {
            return None;
        }
        let word = |k: usize| {
            numbers::number_at(self.doc, k, self.nums)
                .filter(|n| !n.digits && !n.article && n.value.fract() == 0.0)
        };
        let century = word(i).filter(|n| (15.0..=20.0).contains(&n.value))?;
        let rest = (century.end < self.doc.len())
            .then(|| word(century.end))
            .flatten()
            .filter(|n| (10.0..=99.0).contains(&n.value))?;
        Some((rest.end, century.value as i64 * 100 + rest.value as i64))
    }

    /// 2025-11-18, 18/11/2025, 18.11.2025, 11/18/2025 (month first only in English, and only
    /// when the first number cannot be a month).
    fn numeric_date(&self, i: usize) -> Option<(usize, Val, bool)> {
        let d = self.doc;
        if i + 5 > d.len() {
            return None;
        }
        let key = |k: usize| d.key(i + k);
        let sep = key(1);
        if !(1..5).all(|k| d.glued(i + k)) || sep != key(3) || !matches!(sep, "-" | "/" | ".") {
            return None;
        }
        let nums: Option<Vec<u32>> = [0, 2, 4]
            .iter()
            .map(|&k| {
                let s = key(k);
                (!s.is_empty() && s.len() <= 4 && s.bytes().all(|b| b.is_ascii_digit()))
                    .then(|| s.parse().ok())
                    .flatten()
            })
            .collect();
        let v = nums?;
        let (y, m, dd) = if key(0).len() == 4 {
            (v[0] as i32, v[1], v[2])
        } else if key(4).len() == 4 {
            if settings::of(self.lang).month_first && v[0] <= 12 && sep == "/" {
                (v[2] as i32, v[0], v[1])
            } else {
                (v[2] as i32, v[1], v[0])
            }
        } else {
            return None;
        };
        super::calendar::Date::new(y, m, dd).map(|_| (i + 5, Val::Date(y, m, dd), false))
    }

    /// Tries every pattern at token `i` and returns the longest match.
    /// Whether an expression can start at token `i` at all: cheap, so most tokens are skipped
    /// before [`Self::longest_at`] does any work.
    pub fn may_start(&self, i: usize) -> bool {
        let key = self.doc.key(i);
        let numeric = self.doc.tokens[i].kind == TokenKind::Number
            || key.starts_with(|c: char| c.is_ascii_digit() || c == '+');
        numeric || start_index(self.lang).opens(key)
    }

    pub fn longest_at(&self, i: usize) -> Option<Match> {
        // Work shared by every pattern at this position, done once: the modifier that may
        // open the expression, and (through `cache`) each class tried at each token.
        let pre = self
            .lex
            .modifiers
            .longest(self.doc, i)
            .and_then(|(mut e, &(m, pos))| {
                if pos != ModPos::Before {
                    return None;
                }
                if e + 1 < self.doc.len()
                    && self.doc.key(e) == "-"
                    && self.doc.glued(e)
                    && self.doc.glued(e + 1)
                {
                    e += 1;
                }
                (e < self.doc.len()).then_some((e, m))
            });
        self.cache.borrow_mut().clear();
        // Only the patterns whose first elements match here (or after the modifier).
        let mut set = std::mem::take(&mut *self.candidates.borrow_mut());
        set.fill(0);
        let index = start_index(self.lang);
        for at in std::iter::once(i).chain(pre.map(|(e, _)| e)) {
            let key = self.doc.key(at);
            let numeric = self.doc.tokens[at].kind == TokenKind::Number
                || key.starts_with(|c: char| c.is_ascii_digit() || c == '+');
            index.mark(
                key,
                numeric,
                |c| self.class_cached(c, at).is_some(),
                &mut set,
            );
        }
        let all = patterns(self.lang);
        let mut best: Option<Match> = None;
        for pi in (0..all.len()).filter(|&pi| set[pi / 64] & (1 << (pi % 64)) != 0) {
            let p = &all[pi];
            if !self.viable(p, pi, i) && !pre.is_some_and(|(e, _)| self.viable(p, pi, e)) {
                continue;
            }
            let Some(m) = self.try_pattern(p, pi, i, pre) else {
                continue;
            };
            // A guarded word alone is no match at all, so that a pattern naming the word may
            // take the position ("पहले" alone is no time, "पहले भी" is).
            if m.slots.guarded_alone && m.end - m.start == 1 {
                continue;
            }
            if best.as_ref().is_none_or(|b| m.end > b.end) {
                best = Some(m);
            }
        }
        *self.candidates.borrow_mut() = set;
        best
    }

    /// A quick necessary condition for pattern `pi` to match from token `start`: one of its
    /// first elements matches there, and what follows that element may start right after it
    /// (judged from the token's key alone: see [`starts::StartIndex::class_mask`]). Most
    /// patterns that begin with "the" or "a" fail here instead of in `elements`.
    fn viable(&self, p: &Pattern, pi: usize, start: usize) -> bool {
        let follow = start_index(self.lang).follow(pi);
        if follow.nullable {
            return true;
        }
        follow.ways.iter().any(|way| {
            let el = &p.elements[way.first];
            let Some(end) = self.element_end(el, start) else {
                return false;
            };
            let next = if el.lookahead { start } else { end };
            way.rest_nullable
                || way
                    .rest
                    .iter()
                    .any(|&r| self.may_match(&p.elements[r], next))
        })
    }

    /// Whether `el` may match at token `i`, from the token's key alone (never false when it does).
    fn may_match(&self, el: &Element, i: usize) -> bool {
        if i >= self.doc.len() {
            // End of text: a lookahead like "&,|।" matches there.
            return true;
        }
        match &el.matcher {
            Matcher::Words(words) => {
                let key = self.doc.key(i);
                words.iter().any(|w| w == key)
            }
            Matcher::Class(class, _) => {
                let mut masks = self.class_masks.borrow_mut();
                if masks[i] == u32::MAX {
                    let key = self.doc.key(i);
                    let numeric = self.doc.tokens[i].kind == TokenKind::Number
                        || key.starts_with(|c: char| c.is_ascii_digit() || c == '+');
                    masks[i] = start_index(self.lang).class_mask(key, numeric);
                }
                masks[i] & starts::class_bit(*class) != 0
            }
        }
    }

    fn try_pattern(
        &self,
        p: &Pattern,
        pi: usize,
        start: usize,
        pre: Option<(usize, &'static str)>,
    ) -> Option<Match> {
        // A modifier before the expression: "early 2024", "करीब 10 साल". One that compares
        // amounts ("more than", "over") only goes with an amount of time that opens with its
        // count: "over two years", "more than a decade", not "over the weekend" or "over the
        // last five years" (there "over" is a preposition).
        let amount = matches!(p.rule, Rule::Duration | Rule::Offset);
        let count_at = |e: usize| {
            self.class_cached(Class::Num, e).is_some()
                || self.lex.vague.word(self.doc.key(e)).is_some()
        };
        if let Some((e, m)) = pre.filter(|&(e, m)| {
            !matches!(
                m,
                "MORE_THAN" | "LESS_THAN" | "EQUAL_OR_MORE" | "EQUAL_OR_LESS"
            ) || amount && count_at(e)
        }) {
            let mut slots = Slots::default();
            if let Some(end) = self.elements(&p.elements, 0, e, &mut slots) {
                slots.modifier = Some(m);
                return Some(self.finish(p, pi, start, end, slots));
            }
        }
        let mut slots = Slots::default();
        let end = self.elements(&p.elements, 0, start, &mut slots)?;
        Some(self.finish(p, pi, start, end, slots))
    }

    /// `class_at`, remembered for the patterns tried at one position.
    fn class_cached(&self, class: Class, i: usize) -> Option<(usize, Val, bool)> {
        if let Some((_, _, hit)) = self
            .cache
            .borrow()
            .iter()
            .find(|(c, at, _)| *c == class && *at == i)
        {
            return hit.clone();
        }
        let hit = self.class_at(class, i);
        self.cache.borrow_mut().push((class, i, hit.clone()));
        hit
    }

    fn finish(
        &self,
        p: &Pattern,
        pi: usize,
        start: usize,
        mut end: usize,
        mut slots: Slots,
    ) -> Match {
        // A modifier after the expression: "10 साल से अधिक", "2024 की शुरुआत".
        if end < self.doc.len() {
            if let Some((e, &(m, ModPos::After))) = self.lex.modifiers.longest(self.doc, end) {
                if slots.modifier.is_none() {
                    slots.modifier = Some(m);
                    end = e;
                }
            }
        }
        Match {
            start,
            end,
            rule: p.rule,
            slots,
            pattern: pi,
        }
    }

    /// Matches elements[k..] from token i; returns the end of the longest way to match.
    /// `slots` changes only when it matches, so a failed try needs no copy to undo.
    fn elements(
        &self,
        elements: &[Element],
        k: usize,
        i: usize,
        slots: &mut Slots,
    ) -> Option<usize> {
        let Some(el) = elements.get(k) else {
            return Some(i);
        };
        if el.lookbehind {
            let ok = match i.checked_sub(1) {
                Some(b) => self.element(el, b).is_some() != el.negative,
                None => {
                    el.negative
                        || matches!(&el.matcher, Matcher::Words(w) if w.iter().any(|x| x == "." || x == "।"))
                }
            };
            if !ok {
                return None;
            }
            return self.elements(elements, k + 1, i, slots);
        }
        if el.negative {
            let blocked = i < self.doc.len() && self.element(el, i).is_some();
            return if blocked {
                None
            } else {
                self.elements(elements, k + 1, i, slots)
            };
        }
        if el.lookahead && i < self.doc.len() {
            // A lookahead and every element after it are context: they must match, but the
            // expression ends before them and they fill no slot ("सप्ताह &में <num> <unit>":
            // "सप्ताह" in "सप्ताह में 15 घंटे").
            if let Some((next, _)) = self.element(el, i) {
                let mut context = slots.clone();
                if self.elements(elements, k + 1, next, &mut context).is_some() {
                    return Some(i);
                }
            }
            return if el.optional {
                self.elements(elements, k + 1, i, slots)
            } else {
                None
            };
        }
        let mut best: Option<(usize, Slots)> = None;
        if i < self.doc.len() {
            if let Some((next, hit)) = self.element(el, i) {
                let mut s = slots.clone();
                hit.apply(&mut s, i);
                if let Some(end) = self.elements(elements, k + 1, next, &mut s) {
                    best = Some((end, s));
                }
            }
        } else if el.lookahead && !el.optional {
            // End of text counts as a boundary for lookaheads like "&,|।".
            if let Matcher::Words(w) = &el.matcher {
                if w.iter().any(|x| x == "," || x == "।") {
                    return self.elements(elements, k + 1, i, slots);
                }
            }
        }
        if el.optional {
            let Some((b, _)) = best else {
                return self.elements(elements, k + 1, i, slots);
            };
            let mut s = slots.clone();
            if let Some(end) = self.elements(elements, k + 1, i, &mut s) {
                if end > b {
                    best = Some((end, s));
                }
            }
        }
        let (end, s) = best?;
        *slots = s;
        Some(end)
    }

    /// Whether `el` matches at token `i`: its end, and what it puts in the slots.
    /// Where `el` ends when it matches at token `i`: [`Self::element`] without the lexicon
    /// lookups that say what a word means (asked for every candidate pattern in `viable`).
    fn element_end(&self, el: &Element, i: usize) -> Option<usize> {
        match &el.matcher {
            Matcher::Words(words) => {
                let key = self.doc.key(i);
                words.iter().any(|w| w == key).then_some(i + 1)
            }
            Matcher::Class(class, _) => self.class_cached(*class, i).map(|(end, _, _)| end),
        }
    }

    fn element(&self, el: &Element, i: usize) -> Option<(usize, Hit)> {
        match &el.matcher {
            Matcher::Words(words) => {
                let key = self.doc.key(i);
                words.iter().any(|w| w == key).then(|| {
                    (
                        i + 1,
                        Hit::Word {
                            vague: self.lex.vague.word(key).is_some(),
                            reference: self.lex.refs.word(key).map(|&(r, _)| r),
                            unit: self.lex.units.word(key).copied(),
                        },
                    )
                })
            }
            Matcher::Class(class, slot) => {
                let (end, val, guarded) = self.class_cached(*class, i)?;
                Some((
                    end,
                    Hit::Class {
                        slot: *slot,
                        val,
                        guarded_alone: guarded && end == i + 1,
                    },
                ))
            }
        }
    }
}

/// What one matched element puts in the slots.
enum Hit {
    Word {
        vague: bool,
        reference: Option<&'static str>,
        /// A unit named as a word ("the year"), for a slot no `<unit>` fills.
        unit: Option<Unit>,
    },
    Class {
        slot: Slot,
        val: Val,
        guarded_alone: bool,
    },
}

impl Hit {
    fn apply(self, slots: &mut Slots, i: usize) {
        match self {
            Hit::Word {
                vague,
                reference,
                unit,
            } => {
                if vague {
                    slots.vague = true;
                }
                slots.word_unit = slots.word_unit.or(unit);
                // A reference named as a word: "पहले" in "पहले भी".
                if reference.is_some() {
                    slots.reference = reference;
                }
            }
            Hit::Class {
                slot,
                val,
                guarded_alone,
            } => {
                if guarded_alone {
                    slots.guarded_alone = true;
                }
                assign(slots, slot, val, i);
            }
        }
    }
}

fn hhmm(h: &str, m: &str) -> Option<(u32, u32)> {
    if m.len() != 2 || h.is_empty() || h.len() > 2 {
        return None;
    }
    let (h, m): (u32, u32) = (h.parse().ok()?, m.parse().ok()?);
    (h <= 24 && m < 60).then_some((h, m))
}

fn assign(s: &mut Slots, slot: Slot, val: Val, at: usize) {
    let int = |v: &Val| match v {
        Val::Int(x) => Some(*x),
        Val::Float(f) if f.fract() == 0.0 => Some(*f as i64),
        _ => None,
    };
    match slot {
        Slot::Month => s.month = int(&val).map(|v| v as u32),
        Slot::Weekday => s.weekday = int(&val).map(|v| v as u32),
        Slot::Day => s.day = int(&val).map(|v| v as u32),
        Slot::Hour2 => {
            s.hour2 = int(&val).filter(|h| (0..=24).contains(h)).map(|v| v as u32);
            s.second_at = Some(at);
        }
        Slot::Day2 => {
            s.day2 = int(&val).map(|v| v as u32);
            s.second_at = Some(at);
        }
        Slot::Year => s.year = int(&val).map(|v| v as i32),
        // A two-digit year after an apostrophe: '98 → 1998, '05 → 2005.
        Slot::Year2 => {
            s.year = int(&val).filter(|v| (0..100).contains(v)).map(|v| {
                if v < 30 {
                    2000 + v as i32
                } else {
                    1900 + v as i32
                }
            })
        }
        // "2013-14": the two digits continue the first year's century.
        Slot::YearEnd => {
            s.second_at = Some(at);
            s.year_end = int(&val).zip(s.year).and_then(|(yy, y)| {
                let end = y - y % 100 + yy as i32;
                (0..100)
                    .contains(&yy)
                    .then_some(if end > y { end } else { end + 100 })
                    .filter(|e| e - y == 1)
            });
        }
        Slot::Num => {
            s.num = match val {
                Val::Float(f) => Some(f),
                Val::Int(x) => Some(x as f64),
                _ => None,
            }
        }
        Slot::Ord => s.ord = int(&val).map(|v| v as u32),
        Slot::Unit => {
            if let Val::Unit(u) = val {
                if s.first_unit.is_some() {
                    s.second_at = Some(at);
                }
                s.unit = Some(u)
            }
        }
        Slot::VagueUnit => {
            if let Val::Unit(u) = val {
                s.unit = Some(u);
                s.vague = true;
            }
        }
        Slot::FirstUnit => {
            if let Val::Unit(u) = val {
                s.first_unit = Some(u)
            }
        }
        Slot::Det => s.det = int(&val).map(|v| v as i32),
        Slot::DayRel => {
            if let Val::DayRel(d) = val {
                s.pod = s.pod.or(d.pod);
                s.dayrel = Some(d);
            }
        }
        Slot::Pod | Slot::Ref | Slot::Season => {
            if let Val::Code(c) = val {
                match slot {
                    Slot::Pod => s.pod = Some(c),
                    Slot::Ref => s.reference = Some(c),
                    _ => s.season = Some(c),
                }
            }
        }
        Slot::Hour => {
            // साढ़े नौ (9.5) is half past nine, सवा दस (10.25) quarter past ten, पौने दस (9.75)
            // quarter to ten.
            if let Val::Float(f) = val {
                let minute = (f.fract() * 60.0).round() as u32;
                if (0.0..=24.0).contains(&f) && matches!(minute, 0 | 15 | 30 | 45) {
                    s.hour = Some(f.trunc() as u32);
                    if minute > 0 {
                        s.minute = Some(minute);
                    }
                }
            } else {
                s.hour = int(&val).filter(|h| (0..=24).contains(h)).map(|v| v as u32);
            }
        }
        Slot::Minute => s.minute = int(&val).filter(|m| (0..60).contains(m)).map(|v| v as u32),
        Slot::HhMm => {
            if let Val::HhMm(h, m) = val {
                s.hour = Some(h);
                s.minute = Some(m);
            }
        }
        Slot::AmPm => {
            if let Val::Pm(pm) = val {
                s.pm = Some(pm)
            }
        }
        Slot::Holiday => match val {
            Val::Holiday(m, d) => s.holiday = Some((m, d)),
            Val::Dated(dates) => s.dated_holiday = Some(dates),
            _ => {}
        },
        Slot::Dir => s.dir = int(&val).map(|v| v as i32),
        Slot::Every => s.every = true,
        Slot::SetWord => {
            if let Val::SetWord(SetWord::Period(p)) = val {
                s.period = Some(p)
            }
        }
        Slot::Decade | Slot::FirstDecade => {
            // <decade:year> in "1990 के दशक" carries a year; <decade> carries the decade.
            // "60 के दशक" (two digits) is the 1960s.
            let decade = int(&val).map(|v| match v {
                1000.. => (v / 10) as i32,
                0..=99 => 190 + (v / 10) as i32,
                _ => v as i32,
            });
            if slot == Slot::FirstDecade {
                s.first_decade = decade;
            } else {
                if s.first_decade.is_some() {
                    s.second_at = Some(at);
                }
                s.decade = decade;
            }
        }
        Slot::Upto => s.vague = true,
        Slot::NumDate | Slot::Named => {
            s.named = slot == Slot::Named;
            if let Val::Date(y, m, d) = val {
                s.year = Some(y);
                s.month = Some(m);
                s.day = Some(d);
            }
        }
    }
}
