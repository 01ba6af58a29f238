//! Named entities: PERSON, ORG, GPE, LOC, NORP, EVENT as token spans.

use crate::labels::EntitySpan;
use crate::text::{Doc, Lang};

/// Named entities of `doc`, sorted, not overlapping one another.
pub fn recognise(_doc: &Doc, _lang: Lang) -> Vec<EntitySpan> {
    Vec::new()
}
