//! `kaalrekha eval ner`: P/R/F1 per label, exact span match.

use crate::cli::UsageError;
use std::path::Path;

pub fn run(_data: &Path, _limit: Option<usize>) -> Result<i32, UsageError> {
    Err(UsageError("eval ner is not built yet".into()))
}
