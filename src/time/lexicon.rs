//! The word classes of temporal expressions, loaded from `data/<lang>/*.tsv` into typed values.

use crate::lexicon::{self, Lexicon, PerLang};
use crate::text::{fold, Lang};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    Second,
    Minute,
    Hour,
    Day,
    Weekend,
    Week,
    Fortnight,
    Month,
    Quarter,
    Year,
    Decade,
    Century,
}

impl Unit {
    fn parse(s: &str) -> Option<Self> {
        Some(match s {
            "second" => Unit::Second,
            "minute" => Unit::Minute,
            "hour" => Unit::Hour,
            "day" => Unit::Day,
            "weekend" => Unit::Weekend,
            "week" => Unit::Week,
            "fortnight" => Unit::Fortnight,
            "month" => Unit::Month,
            "quarter" => Unit::Quarter,
            "year" => Unit::Year,
            "decade" => Unit::Decade,
            "century" => Unit::Century,
            _ => return None,
        })
    }
}

/// A word that needs a guard: `cased` ("May" but not "may"), `guarded` (only next to a
/// determiner or year: "last fall", not "prices fall"; a guarded reference stands only in a
/// pattern that names it: "पहले भी" is "earlier too", "से पहले" is "before").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Guard {
    pub cased: bool,
    pub guarded: bool,
}

fn guard(cols: &[&str], at: usize) -> Guard {
    match cols.get(at).copied() {
        Some("cased") => Guard {
            cased: true,
            guarded: false,
        },
        Some("guarded") => Guard {
            cased: false,
            guarded: true,
        },
        _ => Guard::default(),
    }
}

/// How far a day word is from the document date; `either` when its sign comes from tense.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DayOffset {
    pub days: i64,
    pub either: bool,
    pub pod: Option<&'static str>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tense {
    Past,
    Present,
    Future,
    /// Past, but perhaps of another clause: a reporting verb ("said … will open on Nov. 16"),
    /// or an English past marker, which may belong to a clause other than the date's.
    WeakPast,
}

/// Where a clause's verb stands, which decides how tense is read (see `tense.rs`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WordOrder {
    /// The verb ends the clause (Hindi): read the first marker after the expression.
    VerbFinal,
    /// The verb may be on either side (English): read the nearest marker.
    Nearest,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ModPos {
    Before,
    After,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ClockWord {
    Hour,
    HourMinute,
    Minute,
    Am,
    Pm,
}

/// A recurrence word: "every" needs a unit after it; the others are a period by themselves.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SetWord {
    Every,
    Period(&'static str),
}

/// What the words around a bare four-digit number say about it (`year-context.tsv`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct YearCue {
    /// "2024 में": may follow a year.
    pub after_year: bool,
    /// "साल 2024": may precede a year.
    pub before_year: bool,
    /// "2024 people": after a number, makes it a count.
    pub after_count: bool,
    /// "$2024", "flight 2024": before a number, makes it something else.
    pub before_other: bool,
    /// "से", "to": joins two amounts ("1800 से 2000 लीटर").
    pub joins: bool,
}

/// When a bare number reads as a year.
pub struct YearContext {
    pub years: (i32, i32),
    /// A year needs a cue word beside it (Hindi); otherwise only the negative cues count.
    pub needs_cue: bool,
    pub words: Lexicon<YearCue>,
}

pub struct TimeLexicon {
    pub months: Lexicon<(u32, Guard)>,
    pub weekdays: Lexicon<(u32, Guard)>,
    pub units: Lexicon<Unit>,
    pub determiners: Lexicon<i32>,
    /// Determiners that count from the time last spoken of, not from the document date
    /// ("that year", "the following month"; column 3 of determiners.tsv: anaphoric).
    pub anaphoric: Lexicon<()>,
    pub dayrel: Lexicon<DayOffset>,
    pub pods: Lexicon<&'static str>,
    pub holidays: Lexicon<(u32, u32)>,
    /// Holidays whose date moves (दिवाली, Easter): every known date, one a year, in order.
    pub dated_holidays: Lexicon<&'static [super::calendar::Date]>,
    pub seasons: Lexicon<(&'static str, Guard)>,
    /// Dates known by a name or notation ("9/11"): the date.
    pub named_dates: Lexicon<super::calendar::Date>,
    pub modifiers: Lexicon<(&'static str, ModPos)>,
    pub refs: Lexicon<(&'static str, Guard)>,
    pub directions: Lexicon<i32>,
    /// Words before "N units <direction>" that tie it to an event (`directions.tsv`, "event").
    pub event_anchors: Lexicon<()>,
    /// Words before such an anchor that make the shift count from the document date after all
    /// (`directions.tsv`, "now"): "आज से दो साल पहले" (two years before today).
    pub anchor_now: Lexicon<()>,
    /// Direction words that, in a past-tense narrative, count from the story's last event, not
    /// from the document date (`directions.tsv` column 3): "Three days later, …", "दो साल बाद
    /// वह लौटा". The value is whether the word stays outside the span ("narrative-outside").
    pub narrative: Lexicon<bool>,
    pub sets: Lexicon<SetWord>,
    pub clock: Lexicon<ClockWord>,
    pub tense_words: Lexicon<Tense>,
    pub tense_suffixes: Vec<(String, Tense)>,
    /// Words after which a tense marker is part of a postposition: "के लिए" is "for", not the
    /// past participle लिए ("चुनने के लिए वोट डाले जाएंगे" is future).
    pub unmarkers: Lexicon<()>,
    /// Words before which a tense marker is part of a participle: "किया जाने वाला" (to be
    /// done) is no past ("फ़िशिंग क्रिसमस पर किया जाने वाला धोखा है").
    pub participles: Lexicon<()>,
    /// Words after "N units" that make it an age ("तीन साल की उम्र", "12 years old").
    pub ages: Lexicon<()>,
    /// Words that make the dates of their sentence history ("का जन्म", "founded"): no
    /// evidence for the document date.
    pub history: Lexicon<()>,
    /// Words of a vague count ("several", "कई"): "several years" is PXY.
    pub vague: Lexicon<()>,
    /// Words that start a new clause ("कि"): tense is not read across them.
    pub clause_breaks: Lexicon<()>,
    pub year_context: YearContext,
    /// Auxiliaries that pass on the tense of the word before them ("will be held").
    pub auxiliaries: Lexicon<()>,
    pub word_order: WordOrder,
}

/// Interns the codes that data files may use, so values can be `&'static str`.
fn code(s: &str) -> Option<&'static str> {
    const CODES: &[&str] = &[
        "MO",
        "AF",
        "EV",
        "NI",
        "MI",
        "DT",
        "SU",
        "WI",
        "SP",
        "FA",
        "PRESENT_REF",
        "PAST_REF",
        "FUTURE_REF",
        "APPROX",
        "START",
        "MID",
        "END",
        "BEFORE",
        "AFTER",
        "LESS_THAN",
        "MORE_THAN",
        "EQUAL_OR_LESS",
        "EQUAL_OR_MORE",
        "P1D",
        "P1W",
        "P1M",
        "P3M",
        "P1Y",
        "PT1H",
        "PXD",
        "PXM",
        "PXY",
    ];
    CODES.iter().copied().find(|c| *c == s)
}

fn tense(s: &str) -> Option<Tense> {
    match s {
        "past" => Some(Tense::Past),
        "present" => Some(Tense::Present),
        "future" => Some(Tense::Future),
        "report" => Some(Tense::WeakPast),
        _ => None,
    }
}

pub fn lexicon(lang: Lang) -> &'static TimeLexicon {
    static LEX: PerLang<TimeLexicon> = PerLang::new();
    LEX.get(lang, || {
        let f = |name| lexicon::file(lang, name);
        TimeLexicon {
            months: Lexicon::parse(f("months"), |c| {
                Some((c.first()?.parse().ok()?, guard(c, 1)))
            }),
            weekdays: Lexicon::parse(f("weekdays"), |c| {
                Some((c.first()?.parse().ok()?, guard(c, 1)))
            }),
            units: Lexicon::parse(f("units"), |c| Unit::parse(c.first()?)),
            determiners: Lexicon::parse(f("determiners"), |c| c.first()?.parse().ok()),
            anaphoric: Lexicon::parse(f("determiners"), |c| {
                (c.get(1) == Some(&"anaphoric")).then_some(())
            }),
            dayrel: Lexicon::parse(f("dayrel"), |c| {
                let v = c.first()?;
                let pod = c.get(1).and_then(|p| code(p));
                match v.strip_prefix('±') {
                    Some(n) => Some(DayOffset {
                        days: n.parse().ok()?,
                        either: true,
                        pod,
                    }),
                    None => Some(DayOffset {
                        days: v.parse().ok()?,
                        either: false,
                        pod,
                    }),
                }
            }),
            pods: Lexicon::parse(f("parts-of-day"), |c| code(c.first()?)),
            holidays: Lexicon::parse(f("holidays"), |c| {
                let (m, d) = c.first()?.split_once('-')?;
                Some((m.parse().ok()?, d.parse().ok()?))
            }),
            dated_holidays: {
                let mut lex = Lexicon::default();
                for r in lexicon::rows(f("holidays-dated")) {
                    let dates: Vec<super::calendar::Date> = r
                        .get(1)
                        .into_iter()
                        .flat_map(|d| d.split(' '))
                        .filter_map(super::calendar::Date::parse)
                        .collect();
                    // Loaded once per language and kept for the life of the program.
                    let dates: &'static [super::calendar::Date] =
                        Box::leak(dates.into_boxed_slice());
                    for name in r[0].split('|') {
                        lex.insert(name, dates);
                    }
                }
                lex
            },
            named_dates: Lexicon::parse(f("named-dates"), |c| {
                super::calendar::Date::parse(c.first()?)
            }),
            seasons: Lexicon::parse(f("seasons"), |c| Some((code(c.first()?)?, guard(c, 1)))),
            modifiers: Lexicon::parse(f("modifiers"), |c| {
                let pos = if c.get(1) == Some(&"after") {
                    ModPos::After
                } else {
                    ModPos::Before
                };
                Some((code(c.first()?)?, pos))
            }),
            refs: Lexicon::parse(f("refs"), |c| Some((code(c.first()?)?, guard(c, 1)))),
            directions: Lexicon::parse(f("directions"), |c| c.first()?.parse().ok()),
            event_anchors: Lexicon::parse(f("directions"), |c| {
                (*c.first()? == "event").then_some(())
            }),
            anchor_now: Lexicon::parse(f("directions"), |c| (*c.first()? == "now").then_some(())),
            narrative: Lexicon::parse(f("directions"), |c| match *c.get(1)? {
                "narrative" => Some(false),
                "narrative-outside" => Some(true),
                _ => None,
            }),
            sets: Lexicon::parse(f("sets"), |c| match *c.first()? {
                "every" => Some(SetWord::Every),
                p => Some(SetWord::Period(code(p)?)),
            }),
            clock: Lexicon::parse(f("clock"), |c| {
                Some(match *c.first()? {
                    "hour" => ClockWord::Hour,
                    "hour-minute" => ClockWord::HourMinute,
                    "minute" => ClockWord::Minute,
                    "am" => ClockWord::Am,
                    "pm" => ClockWord::Pm,
                    _ => return None,
                })
            }),
            tense_words: {
                let mut words = Lexicon::default();
                for r in lexicon::rows(f("tense")).filter(|r| !r[0].starts_with('-')) {
                    if let Some(t) = r.get(1).and_then(|t| tense(t)) {
                        words.insert(r[0], t);
                    }
                }
                words
            },
            vague: Lexicon::parse(f("vague"), |_| Some(())),
            clause_breaks: Lexicon::parse(f("tense"), |c| {
                (c.first() == Some(&"clause")).then_some(())
            }),
            unmarkers: Lexicon::parse(f("tense"), |c| {
                (c.first() == Some(&"unmarks")).then_some(())
            }),
            participles: Lexicon::parse(f("tense"), |c| {
                (c.first() == Some(&"unmarks-before")).then_some(())
            }),
            ages: Lexicon::parse(f("duration-context"), |c| {
                (c.first() == Some(&"age")).then_some(())
            }),
            history: Lexicon::parse(f("dct-cues"), |c| {
                (c.first() == Some(&"history")).then_some(())
            }),
            year_context: {
                let src = f("year-context");
                let setting = |name: &str| lexicon::rows(src).find(|r| r[0] == name);
                let years = setting("*years")
                    .and_then(|r| Some((r.get(1)?.parse().ok()?, r.get(2)?.parse().ok()?)))
                    .unwrap_or((1000, 2100));
                YearContext {
                    years,
                    needs_cue: setting("*needs-cue").is_some_and(|r| r.get(1) == Some(&"yes")),
                    words: Lexicon::parse(src, |c| {
                        let mut cue = YearCue::default();
                        for role in c.first()?.split(' ') {
                            match role {
                                "after-year" => cue.after_year = true,
                                "before-year" => cue.before_year = true,
                                "after-count" => cue.after_count = true,
                                "before-other" => cue.before_other = true,
                                "joins" => cue.joins = true,
                                _ => return None,
                            }
                        }
                        Some(cue)
                    }),
                }
            },
            auxiliaries: Lexicon::parse(f("tense"), |c| (c.first() == Some(&"aux")).then_some(())),
            word_order: if lexicon::rows(f("tense"))
                .any(|r| r[0] == "*word-order" && r.get(1) == Some(&"verb-final"))
            {
                WordOrder::VerbFinal
            } else {
                WordOrder::Nearest
            },
            tense_suffixes: lexicon::rows(f("tense"))
                .filter_map(|r| Some((fold(r[0].strip_prefix('-')?), tense(r.get(1)?)?)))
                .collect(),
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Rows of a file that set something ("*years") rather than list a word.
    fn settings(lang: Lang, name: &str) -> usize {
        lexicon::rows(lexicon::file(lang, name))
            .filter(|r| r[0].starts_with('*'))
            .count()
    }

    /// Spellings beyond the first on each row of holidays-dated.tsv.
    fn extra_spellings(lang: Lang) -> usize {
        lexicon::rows(lexicon::file(lang, "holidays-dated"))
            .map(|r| r[0].split('|').count() - 1)
            .sum()
    }

    /// Every dated holiday has a date in each year of its source's range.
    #[test]
    fn dated_holidays_have_dates() {
        for lang in Lang::ALL {
            for r in lexicon::rows(lexicon::file(lang, "holidays-dated")) {
                let n = r[1]
                    .split(' ')
                    .filter(|d| super::super::calendar::Date::parse(d).is_some())
                    .count();
                assert!(n >= 20, "{lang:?} {}: only {n} dates", r[0]);
                assert_eq!(
                    n,
                    r[1].split(' ').count(),
                    "{lang:?} {}: a date does not parse",
                    r[0]
                );
            }
        }
    }

    /// Every row of every time file must parse into a value; a typo would silently drop it.
    #[test]
    fn every_row_parses() {
        for lang in Lang::ALL {
            let lex = lexicon(lang);
            for (name, loaded) in [
                ("months", lex.months.len()),
                ("weekdays", lex.weekdays.len()),
                ("units", lex.units.len()),
                ("determiners", lex.determiners.len()),
                ("dayrel", lex.dayrel.len()),
                ("parts-of-day", lex.pods.len()),
                ("holidays", lex.holidays.len()),
                (
                    "holidays-dated",
                    lex.dated_holidays.len() - extra_spellings(lang),
                ),
                ("seasons", lex.seasons.len()),
                ("named-dates", lex.named_dates.len()),
                ("modifiers", lex.modifiers.len()),
                ("refs", lex.refs.len()),
                (
                    "directions",
                    lex.directions.len() + lex.event_anchors.len() + lex.anchor_now.len(),
                ),
                ("sets", lex.sets.len()),
                ("clock", lex.clock.len()),
                ("vague", lex.vague.len()),
                ("duration-context", lex.ages.len()),
                ("dct-cues", lex.history.len()),
                (
                    "year-context",
                    lex.year_context.words.len() + settings(lang, "year-context"),
                ),
            ] {
                let rows = lexicon::rows(lexicon::file(lang, name)).count();
                assert_eq!(
                    loaded, rows,
                    "{lang:?} {name}: {loaded} of {rows} rows parsed"
                );
            }
            let tense_rows = lexicon::rows(lexicon::file(lang, "tense")).count();
            let other = lex.clause_breaks.len()
                + lex.auxiliaries.len()
                + lex.unmarkers.len()
                + lex.participles.len()
                + settings(lang, "tense");
            assert_eq!(
                lex.tense_words.len() + lex.tense_suffixes.len() + other,
                tense_rows,
                "{lang:?} tense"
            );
        }
    }
}
