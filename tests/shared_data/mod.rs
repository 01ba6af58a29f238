//! The shared data beside the repository (`../shared/`: corpora, the seed article), which the
//! repository never carries. A test that reads it calls [`shared`]: on a developer's machine
//! without it the test says "skipped" and passes; in CI (`CI` set) it fails loudly, because CI
//! always runs with `../shared` beside the clone, and a test that silently checks nothing there
//! would hide a broken setup.

use std::path::{Path, PathBuf};

/// `../shared/<rel>` if it exists; else None (skipped), or a panic in CI.
pub fn shared(rel: &str) -> Option<PathBuf> {
    let p = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../shared")
        .join(rel);
    if p.exists() {
        return Some(p);
    }
    if std::env::var_os("CI").is_some_and(|v| !v.is_empty() && v != "false") {
        panic!(
            "{} is missing: this test needs the shared data, which CI always has beside the clone",
            p.display()
        );
    }
    eprintln!("skipped: {} not found (needs the shared data)", p.display());
    None
}
