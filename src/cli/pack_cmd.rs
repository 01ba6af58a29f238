//! `kaalrekha pack <lang> [--data DIR] [--out FILE]` (a code of data/languages.tsv): compiles a language's folder, its entity
//! model and the other files its analysis reads (`data/<lang>/pack.tsv`) into one language
//! pack for the WebAssembly core (src/packs.rs). scripts/build.sh writes `www/pkg/<lang>.pack`.

use super::{Flags, UsageError};
use kaalrekha::Lang;
use std::path::PathBuf;

pub fn run(args: &[String]) -> Result<i32, UsageError> {
    let flags = Flags::parse(args, &["data", "out"])?;
    let [lang] = &flags.positional[..] else {
        return Err(UsageError(format!(
            "pack: give one language, one of {}",
            super::languages(", ")
        )));
    };
    let lang = Lang::parse(lang).ok_or_else(|| {
        UsageError(format!(
            "pack: unknown language {lang:?}: expected one of {}",
            super::languages(", ")
        ))
    })?;
    let data = flags.get("data").map_or_else(
        || PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("data"),
        PathBuf::from,
    );
    let out = flags.get("out").map_or_else(
        || PathBuf::from(format!("{}.pack", lang.code())),
        PathBuf::from,
    );
    match kaalrekha::packs::build(lang, &data) {
        Ok(bytes) => {
            if let Err(e) = std::fs::write(&out, &bytes) {
                eprintln!("kaalrekha: {}: {e}", out.display());
                return Ok(1);
            }
            eprintln!(
                "pack: {} ({} bytes, {})",
                out.display(),
                bytes.len(),
                kaalrekha::packs::version()
            );
            Ok(0)
        }
        Err(e) => {
            eprintln!("kaalrekha: {e}");
            Ok(1)
        }
    }
}
