//! The timeline: one entry per dated happening, in chronological order.

use crate::labels::EntitySpan;
use crate::text::sentences::SentenceSpan;
use crate::text::Doc;
use crate::time::TimexSpan;

/// A timeline entry before offsets and ids are attached.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    pub timex: usize,
    pub sentence: usize,
    /// Byte range of the summary in the original text.
    pub summary: (usize, usize),
    pub entities: Vec<usize>,
    pub mentions: Vec<usize>,
}

pub fn build(_doc: &Doc, _sentences: &[SentenceSpan], _timexes: &[TimexSpan], _entities: &[EntitySpan]) -> Vec<Entry> {
    Vec::new()
}
