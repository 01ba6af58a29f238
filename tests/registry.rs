//! Shared code names no language: outside `src/cli/` (which may name the training data of a
//! language) and outside test modules, no line of `src/` names a variant of `Lang`. Every
//! per-language switch is in `data/<lang>/language.tsv` (src/text/settings.rs).

use std::path::Path;

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|e| e == "rs") {
            out.push(p);
        }
    }
}

#[test]
fn shared_code_names_no_language() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let variants: Vec<String> = std::fs::read_to_string(root.join("data/languages.tsv"))
        .unwrap()
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| format!("Lang::{}", l.split('\t').nth(1).unwrap()))
        .collect();
    let mut files = Vec::new();
    rust_files(&root.join("src"), &mut files);
    let mut found = Vec::new();
    for f in files
        .iter()
        .filter(|f| !f.starts_with(root.join("src/cli")))
    {
        let src = std::fs::read_to_string(f).unwrap();
        for (n, line) in src.lines().enumerate() {
            if line.trim_start().starts_with("#[cfg(test)]") {
                break; // test modules sit at the end of each file
            }
            let code = line.split("//").next().unwrap();
            for v in &variants {
                let named = code.match_indices(v.as_str()).any(|(i, _)| {
                    !code[i + v.len()..].starts_with(|c: char| c.is_alphanumeric() || c == '_')
                });
                if named {
                    found.push(format!("{}:{}: {}", f.display(), n + 1, line.trim()));
                }
            }
        }
    }
    assert!(
        found.is_empty(),
        "shared code names a language (make it a setting in language.tsv):\n{}",
        found.join("\n")
    );
}
