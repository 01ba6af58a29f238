//! Temporal expressions: recognise (lexicons + patterns → typed values), then resolve against
//! the document creation time (DCT).

pub mod calendar;

use crate::text::{Doc, Lang};
pub use calendar::Date;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TimexType {
    Date,
    Time,
    Duration,
    Set,
}

impl TimexType {
    pub fn name(self) -> &'static str {
        match self {
            Self::Date => "DATE",
            Self::Time => "TIME",
            Self::Duration => "DURATION",
            Self::Set => "SET",
        }
    }
}

/// How much of the calendar a resolved value covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Granularity {
    Day,
    Month,
    Year,
    Decade,
    Unknown,
}

impl Granularity {
    pub fn name(self) -> &'static str {
        match self {
            Self::Day => "day",
            Self::Month => "month",
            Self::Year => "year",
            Self::Decade => "decade",
            Self::Unknown => "unknown",
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum Anchor {
    None,
    Dct,
    /// Index of another timex in the same analysis.
    Timex(usize),
}

/// A recognised and resolved temporal expression.
#[derive(Debug, Clone, PartialEq)]
pub struct TimexSpan {
    pub tokens: (usize, usize),
    pub kind: TimexType,
    pub value: String,
    pub modifier: Option<&'static str>,
    pub anchor: Anchor,
    pub note: Option<&'static str>,
    /// The calendar range the value covers, when it is known: `[first day, last day]`.
    pub range: Option<(Date, Date)>,
    pub granularity: Granularity,
}

/// Where the DCT came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DctSource {
    Given,
    Inferred,
}

/// Finds, infers the DCT when none is given, and resolves.
pub fn analyse(_doc: &Doc, _lang: Lang, dct: Option<Date>) -> (Vec<TimexSpan>, Option<(Date, DctSource)>) {
    (Vec::new(), dct.map(|d| (d, DctSource::Given)))
}
