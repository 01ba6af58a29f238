//! `kaalrekha eval timex`: TempEval-3 and Hindi temporal scores.

use crate::cli::UsageError;
use std::path::Path;

pub fn run(_data: &Path, _limit: Option<usize>) -> Result<i32, UsageError> {
    Err(UsageError("eval timex is not built yet".into()))
}
