//! Checks every data file before it is embedded: column counts and duplicate keys fail the
//! build with `file:line`. It generates nothing and downloads nothing.

use std::collections::HashMap;
use std::fs;
use std::path::Path;

/// Expected columns per file name: (minimum, maximum). Files not listed need ≥ 1 column.
const SHAPES: &[(&str, usize, usize)] = &[("abbreviations", 1, 2)];

fn main() {
    println!("cargo:rerun-if-changed=data");
    let mut errors = Vec::new();
    for lang in fs::read_dir("data").expect("data/ exists") {
        let dir = lang.expect("readable data/").path();
        if !dir.is_dir() {
            continue;
        }
        let mut files: Vec<_> = fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect();
        files.sort();
        for path in files
            .iter()
            .filter(|p| p.extension().is_some_and(|e| e == "tsv"))
        {
            check(path, &mut errors);
        }
    }
    if !errors.is_empty() {
        panic!("data errors:\n{}", errors.join("\n"));
    }
    println!(
        "cargo:rustc-env=KAALREKHA_DATA_HASH={}",
        data_hash(Path::new("data"))
    );
}

/// FNV-1a (64 bits) over every file under `data/`, by path in order: the data version that
/// the core and the language packs built from the same tree share (src/packs.rs).
fn data_hash(root: &Path) -> String {
    fn walk(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
        for e in fs::read_dir(dir).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                walk(&p, out);
            } else {
                out.push(p);
            }
        }
    }
    let mut files = Vec::new();
    walk(root, &mut files);
    files.sort();
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for p in files {
        let rel = p
            .strip_prefix(root)
            .unwrap()
            .to_string_lossy()
            .replace('\\', "/");
        for b in rel
            .bytes()
            .chain([0])
            .chain(fs::read(&p).unwrap())
            .chain([0])
        {
            h ^= b as u64;
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
    }
    format!("{h:016x}")
}

fn check(path: &Path, errors: &mut Vec<String>) {
    let name = path.file_stem().unwrap().to_string_lossy().to_string();
    let (min, max) = SHAPES
        .iter()
        .find(|s| s.0 == name)
        .map_or((1, usize::MAX), |s| (s.1, s.2));
    let src = fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let mut seen: HashMap<String, usize> = HashMap::new();
    for (n, line) in src.lines().enumerate() {
        let at = format!("{}:{}", path.display(), n + 1);
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        if cols.len() < min || cols.len() > max {
            errors.push(format!(
                "{at}: {} columns, expected {min}..={max}",
                cols.len()
            ));
        }
        if cols.iter().any(|c| c.trim() != *c || c.is_empty()) {
            errors.push(format!("{at}: a column is empty or has stray spaces"));
        }
        // Keys are compared as written; folding variants are allowed on purpose.
        let key = cols[0].to_lowercase();
        if let Some(first) = seen.insert(key.clone(), n + 1) {
            if !name.starts_with("patterns") {
                errors.push(format!("{at}: {key:?} already on line {first}"));
            }
        }
    }
}
