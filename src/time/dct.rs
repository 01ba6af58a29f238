//! Inferring the document creation time (DCT) when none is given.
//!
//! The clues, strongest first:
//! 1. a dateline: a full date at the very start of the article;
//! 2. the year: explicit years paired with year-relative phrases nearby ("2024 में … पिछले
//!    वर्ष" makes the document's year 2025), else the latest year mentioned;
//! 3. weekday + date ("मंगलवार, 18 नवंबर") fixes the year where it is consistent;
//! 4. the latest full date in a clause that is not about the future, completed with that
//!    year; a bare weekday in the lead ("गुरुवार को") then moves it to that weekday, if it
//!    falls within the following six days.
//! Without a full date nothing is inferred: the DCT is never invented from a year alone.

use super::calendar::Date;
use super::lexicon::{Tense, Unit};
use super::value::{Cal, TimeValue};

/// A recognised expression, as inference sees it.
pub struct Clue<'a> {
    pub value: &'a TimeValue,
    pub start_token: usize,
    pub sentence: usize,
    pub tense: Option<Tense>,
}

pub fn infer(clues: &[Clue]) -> Option<Date> {
    let full = |c: &Clue| match c.value {
        TimeValue::Calendar(Cal { year: Some(y), month: Some(m), day: Some(d), .. }) => Date::new(*y, *m, *d),
        _ => None,
    };
    // 1. Dateline.
    if let Some(d) = clues.iter().filter(|c| c.start_token < 12 && c.sentence == 0).find_map(full) {
        return Some(d);
    }
    // 2. The year.
    let explicit_year = |c: &Clue| match c.value {
        TimeValue::Calendar(Cal { year: Some(y), .. }) => Some(*y),
        _ => None,
    };
    let mut votes: Vec<i32> = Vec::new();
    for rel in clues {
        let TimeValue::Relative { unit: Unit::Year, offset } = rel.value else { continue };
        for c in clues {
            if let Some(y) = explicit_year(c) {
                if c.sentence.abs_diff(rel.sentence) <= 1 {
                    votes.push(y - *offset as i32);
                }
            }
        }
    }
    let latest_year = clues.iter().filter_map(explicit_year).max();
    let year = mode(&votes).or(latest_year);
    // 3 and 4. Full dates, completed with the year.
    let mut latest: Option<Date> = None;
    for c in clues.iter().filter(|c| c.tense != Some(Tense::Future)) {
        let date = match c.value {
            TimeValue::Calendar(Cal { year: None, month: Some(m), day: Some(d), weekday: Some(w), .. }) => {
                consistent_year(*m, *d, *w, year)
            }
            TimeValue::Calendar(Cal { year: None, month: Some(m), day: Some(d), .. }) => year.and_then(|y| Date::new(y, *m, *d)),
            _ => full(c),
        };
        if let Some(d) = date {
            latest = latest.max(Some(d));
        }
    }
    let latest = latest?;
    let lead_weekday = clues.iter().filter(|c| c.tense != Some(Tense::Future)).find_map(|c| match c.value {
        TimeValue::Calendar(Cal { year: None, month: None, day: None, weekday: Some(w), .. }) => Some(*w),
        _ => None,
    });
    Some(match lead_weekday {
        Some(w) => latest.add_days((i64::from(w) - i64::from(latest.weekday())).rem_euclid(7)),
        None => latest,
    })
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
