//! Numbers, money, percentages and quantities.

use crate::labels::EntitySpan;
use crate::text::{Doc, Lang};

pub fn recognise(_doc: &Doc, _lang: Lang) -> Vec<EntitySpan> {
    Vec::new()
}
