//! `kaalrekha train …`: trains the models that the library embeds.

use super::UsageError;

pub fn run(_args: &[String]) -> Result<i32, UsageError> {
    Err(UsageError("train is not built yet".into()))
}
