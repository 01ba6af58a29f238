//! The Analysis document: one schema for the command line, the JS API and the page.
//!
//! Every `start`/`end` is in the unit named by [`Analysis::offsets`]; ends are exclusive and
//! `text` always equals the input sliced at `[start, end)` in that unit.

use serde::Serialize;

pub const SCHEMA: &str = "kaalrekha/1";

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Analysis {
    pub schema: &'static str,
    pub language: &'static str,
    pub dct: Option<String>,
    pub dct_source: Option<&'static str>,
    /// For an inferred date, the expressions that decided it and why; empty otherwise (given,
    /// or none inferred: too little evidence).
    pub dct_evidence: Vec<DctEvidence>,
    pub offsets: &'static str,
    pub sentences: Vec<Sentence>,
    pub entities: Vec<Entity>,
    pub timexes: Vec<Timex>,
    pub timeline: Vec<TimelineEntry>,
}

/// One expression that the document date was inferred from.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DctEvidence {
    /// The timex's id.
    pub timex: String,
    pub text: String,
    /// dateline, weekday-date, year-relative, latest-reported-date or lead-weekday.
    pub reason: &'static str,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Sentence {
    pub start: usize,
    pub end: usize,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Entity {
    pub id: String,
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub label: &'static str,
    pub cluster: Option<String>,
    pub latin: Option<String>,
    pub wikidata: Option<String>,
    /// Numeric value of CARDINAL, ORDINAL, MONEY, PERCENT and QUANTITY mentions.
    pub value: Option<f64>,
    /// Currency or unit of MONEY and QUANTITY mentions ("INR", "USD", "km").
    pub unit: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Timex {
    pub id: String,
    pub start: usize,
    pub end: usize,
    pub text: String,
    #[serde(rename = "type")]
    pub kind: &'static str,
    pub value: String,
    #[serde(rename = "mod")]
    pub modifier: Option<&'static str>,
    pub anchor: Option<String>,
    /// Set when the value rests on a guess the reader should know about, e.g.
    /// "tense-unknown" for a कल whose clause shows neither past nor future.
    pub note: Option<&'static str>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TimelineEntry {
    pub timex: String,
    pub start: Option<String>,
    pub end: Option<String>,
    pub granularity: &'static str,
    pub sentence: usize,
    pub summary: String,
    pub entities: Vec<String>,
    /// Ids of the other timexes that name the same event on the same date.
    pub mentions: Vec<String>,
}
