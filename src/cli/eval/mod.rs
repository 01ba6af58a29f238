//! `kaalrekha eval …`: accuracy on the shared benchmarks. Data is read from `--data DIR`
//! (default `../shared/data`), never copied into the repository.

use super::{Flags, UsageError};

mod ner;
mod news;
mod timex;
mod translit;

pub fn run(args: &[String]) -> Result<i32, UsageError> {
    let (what, rest) = args
        .split_first()
        .ok_or_else(|| UsageError("eval needs timex, ner, news or translit".into()))?;
    let flags = Flags::parse(
        rest,
        &[
            "data", "limit", "write", "verbose", "split", "models", "gold", "lang",
        ],
    )?;
    let data = std::path::PathBuf::from(flags.get("data").unwrap_or("../shared/data"));
    if !data.is_dir() {
        return Err(UsageError(format!(
            "data folder {} not found (pass --data DIR)",
            data.display()
        )));
    }
    let limit = flags
        .get("limit")
        .map(|s| {
            s.parse::<usize>()
                .map_err(|_| UsageError(format!("bad --limit {s}")))
        })
        .transpose()?;
    match what.as_str() {
        "timex" => timex::run(&data, limit),
        "ner" => ner::run(
            &data,
            limit,
            flags.get("split").unwrap_or("test"),
            flags.get("models").map(std::path::Path::new),
            flags.get("lang"),
        ),
        "news" => {
            // The annotations ship with the repository; run from its root, or name them.
            let default =
                std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/news/hi-dev.jsonl");
            let gold = flags
                .get("gold")
                .map(std::path::PathBuf::from)
                .unwrap_or(default);
            news::run(&data, &gold, flags.get("verbose"))
        }
        "translit" => translit::run(
            &data,
            limit,
            flags.get("split").unwrap_or("test"),
            flags.get("verbose"),
        ),
        other => Err(UsageError(format!(
            "unknown evaluation {other:?}: expected timex, ner, news or translit"
        ))),
    }
}
