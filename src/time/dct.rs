//! Inferring the document creation time (DCT) when none is given, from evidence that is
//! weighed, named, and allowed to be insufficient.
//!
//! The evidence, strongest first:
//! 1. a dateline: a full date at the very start of the article ("नई दिल्ली, 14 फ़रवरी 2014");
//! 2. a weekday next to a date ("मंगलवार, 18 नवंबर"): the year near the others in which the
//!    day falls on that weekday;
//! 3. the year from explicit years paired with year-relative phrases nearby ("2024 में …
//!    पिछले वर्ष" makes the document's year 2025), completing a reported day and month;
//! 4. the latest full date that a clause not about the future reports, in a year no earlier
//!    than every other year the article names.
//!
//! A bare weekday in the lead ("गुरुवार को") then moves the date to that weekday when it falls
//! within the following six days. Dates of births, deaths, foundings and anniversaries ("का
//! जन्म 20 मार्च 1966 को हुआ था", `dct-cues.tsv`) and future events are no evidence. A day and
//! month whose year is only a guess from the latest year named is too weak: then nothing is
//! inferred, and relative values stay unanchored (XXXX-…) rather than land in a wrong year.

use super::calendar::Date;
use super::lexicon::{Tense, Unit};
use super::value::{Cal, TimeValue};

/// A recognised expression, as inference sees it.
pub struct Clue<'a> {
    pub value: &'a TimeValue,
    pub start_token: usize,
    pub sentence: usize,
    pub tense: Option<Tense>,
    /// In a sentence about a birth, a death, a founding or an anniversary.
    pub history: bool,
}

/// Why an expression counted as evidence for the document date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reason {
    Dateline,
    WeekdayDate,
    YearRelative,
    LatestDate,
    LeadWeekday,
}

impl Reason {
    pub fn name(self) -> &'static str {
        match self {
            Reason::Dateline => "dateline",
            Reason::WeekdayDate => "weekday-date",
            Reason::YearRelative => "year-relative",
            Reason::LatestDate => "latest-reported-date",
            Reason::LeadWeekday => "lead-weekday",
        }
    }
}

/// The inferred date and the clues (indices into the slice given to [`infer`]) that decided it.
#[derive(Debug, Clone, PartialEq)]
pub struct Inference {
    pub date: Date,
    pub evidence: Vec<(usize, Reason)>,
}

pub fn infer(clues: &[Clue]) -> Option<Inference> {
    let full = |c: &Clue| match c.value {
        TimeValue::Calendar(Cal {
            year: Some(y),
            month: Some(m),
            day: Some(d),
            ..
        }) => Date::new(*y, *m, *d),
        _ => None,
    };
    let usable = |c: &&Clue| !c.history && c.tense != Some(Tense::Future);
    // The year: pairs of an explicit year and a year-relative phrase nearby vote for it.
    let explicit_year = |c: &Clue| match c.value {
        TimeValue::Calendar(Cal { year: Some(y), .. }) => Some(*y),
        _ => None,
    };
    let mut votes: Vec<(i32, usize, usize)> = Vec::new();
    for (ri, rel) in clues.iter().enumerate() {
        let TimeValue::Relative {
            unit: Unit::Year,
            offset,
        } = rel.value
        else {
            continue;
        };
        for (ci, c) in clues.iter().enumerate().filter(|(_, c)| !c.history) {
            if let Some(y) = explicit_year(c) {
                if c.sentence.abs_diff(rel.sentence) <= 1 {
                    votes.push((y - *offset as i32, ci, ri));
                }
            }
        }
    }
    let voted = mode(&votes.iter().map(|v| v.0).collect::<Vec<_>>());
    let latest_year = clues.iter().filter(usable).filter_map(explicit_year).max();
    let year = voted.or(latest_year);
    // 1. Dateline (unless history far back: "15 अगस्त 1947 को देश आज़ाद हुआ था" opening an
    // article about 2014).
    let recent = |d: &Date| latest_year.is_none_or(|y| d.year >= y);
    if let Some((i, d)) = clues
        .iter()
        .enumerate()
        .filter(|(_, c)| c.start_token < 12 && c.sentence == 0 && usable(c))
        .find_map(|(i, c)| full(c).filter(recent).map(|d| (i, d)))
    {
        return Some(Inference {
            date: d,
            evidence: vec![(i, Reason::Dateline)],
        });
    }
    // 2–4. Full dates, completed with the year when it is known well enough.
    let mut best: Option<(Date, usize, Reason)> = None;
    for (i, c) in clues.iter().enumerate().filter(|(_, c)| usable(c)) {
        let found = match c.value {
            TimeValue::Calendar(Cal {
                year: None,
                month: Some(m),
                day: Some(d),
                weekday: Some(w),
                ..
            }) => consistent_year(*m, *d, *w, year).map(|d| (d, Reason::WeekdayDate)),
            TimeValue::Calendar(Cal {
                year: None,
                month: Some(m),
                day: Some(d),
                ..
            }) => voted
                .and_then(|y| Date::new(y, *m, *d))
                .map(|d| (d, Reason::YearRelative)),
            // History far back: a full date before a later year the article names is no
            // report of the day ("15 अगस्त 1947 को देश आज़ाद हुआ था" in a 2014 article).
            _ => full(c).filter(recent).map(|d| (d, Reason::LatestDate)),
        };
        if let Some((d, why)) = found {
            if best.is_none_or(|b| d > b.0) {
                best = Some((d, i, why));
            }
        }
    }
    let (latest, at, why) = best?;
    let mut evidence = vec![(at, why)];
    if why == Reason::YearRelative {
        if let Some(&(_, ci, ri)) = votes.iter().find(|v| Some(v.0) == voted) {
            evidence.extend([(ci, Reason::YearRelative), (ri, Reason::YearRelative)]);
        }
    }
    let lead_weekday = clues
        .iter()
        .enumerate()
        .filter(|(_, c)| usable(c))
        .find_map(|(i, c)| match c.value {
            TimeValue::Calendar(Cal {
                year: None,
                month: None,
                day: None,
                weekday: Some(w),
                ..
            }) => Some((i, *w)),
            _ => None,
        });
    let date = match lead_weekday {
        Some((i, w)) => {
            let shift = (i64::from(w) - i64::from(latest.weekday())).rem_euclid(7);
            if shift > 0 {
                evidence.push((i, Reason::LeadWeekday));
            }
            latest.add_days(shift)
        }
        None => latest,
    };
    evidence.sort_by_key(|e| e.0);
    evidence.dedup_by_key(|e| e.0);
    Some(Inference { date, evidence })
}

/// The year near `around` in which month/day falls on weekday `w`.
fn consistent_year(m: u32, d: u32, w: u32, around: Option<i32>) -> Option<Date> {
    let around = around?;
    (0..=6)
        .flat_map(|k| [around - k, around + k])
        .filter_map(|y| Date::new(y, m, d))
        .find(|date| date.weekday() == w)
}

fn mode(v: &[i32]) -> Option<i32> {
    let mut best: Option<(usize, i32)> = None;
    for &x in v {
        let n = v.iter().filter(|&&y| y == x).count();
        if best.is_none_or(|(bn, bx)| n > bn || (n == bn && x > bx)) {
            best = Some((n, x));
        }
    }
    best.map(|(_, x)| x)
}
