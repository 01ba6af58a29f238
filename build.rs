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
    registry();
    println!(
        "cargo:rustc-env=KAALREKHA_DATA_HASH={}",
        data_hash(Path::new("data"))
    );
}

/// FNV-1a (64 bits) over every file under `data/`, by path in order: the data version that
/// the core and the language packs built from the same tree share (src/packs.rs).
fn data_hash(root: &Path) -> String {
    let files = data_files(root);
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

/// Every file under `root`, sorted by path.
fn data_files(root: &Path) -> Vec<std::path::PathBuf> {
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
    files
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

/// The language registry: `data/languages.tsv` (and, with the feature `tiny-language`, the test
/// language of `tests/tiny-language/`) becomes `$OUT_DIR/registry.rs`: the `Lang` enum, its
/// codes, and every `.tsv` file and entity model of each language's folder, embedded.
fn registry() {
    let mut langs: Vec<(String, String, std::path::PathBuf)> = Vec::new();
    let mut read = |table: &Path, folder_of: &dyn Fn(&str) -> std::path::PathBuf| {
        let src = fs::read_to_string(table).unwrap_or_else(|e| panic!("{}: {e}", table.display()));
        for line in src
            .lines()
            .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        {
            let cols: Vec<&str> = line.split('\t').collect();
            assert!(
                cols.len() >= 2,
                "{}: {line:?} needs a code and a variant",
                table.display()
            );
            let dir = folder_of(cols[0]);
            assert!(
                dir.join("language.tsv").exists(),
                "{}: language {:?} has no {}/language.tsv",
                table.display(),
                cols[0],
                dir.display()
            );
            langs.push((cols[0].to_owned(), cols[1].to_owned(), dir));
        }
    };
    let root = std::env::current_dir().unwrap();
    read(Path::new("data/languages.tsv"), &|code| {
        root.join("data").join(code)
    });
    if std::env::var_os("CARGO_FEATURE_TINY_LANGUAGE").is_some() {
        println!("cargo:rerun-if-changed=tests/tiny-language");
        read(Path::new("tests/tiny-language/languages.tsv"), &|code| {
            root.join("tests/tiny-language").join(code)
        });
    }
    let mut out = String::new();
    out.push_str("/// A language of the registry (`data/languages.tsv`).\n");
    out.push_str(
        "#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]\npub enum Lang {\n",
    );
    for (_, v, _) in &langs {
        out.push_str(&format!("    {v},\n"));
    }
    out.push_str("}\n\nimpl Lang {\n");
    out.push_str(&format!(
        "    pub const ALL: [Lang; {}] = [{}];\n",
        langs.len(),
        langs
            .iter()
            .map(|l| format!("Lang::{}", l.1))
            .collect::<Vec<_>>()
            .join(", ")
    ));
    out.push_str(&format!("    pub const COUNT: usize = {};\n", langs.len()));
    out.push_str("    pub fn parse(s: &str) -> Option<Self> {\n        match s {\n");
    for (c, v, _) in &langs {
        out.push_str(&format!("            {c:?} => Some(Self::{v}),\n"));
    }
    out.push_str("            _ => None,\n        }\n    }\n");
    out.push_str("    pub fn code(self) -> &'static str {\n        match self {\n");
    for (c, v, _) in &langs {
        out.push_str(&format!("            Self::{v} => {c:?},\n"));
    }
    out.push_str("        }\n    }\n}\n\n");
    out.push_str("/// Each language's settings (`language.tsv`), built in even with packs: detection reads them.\n");
    out.push_str(&format!(
        "pub const SETTINGS: [&str; {}] = [\n",
        langs.len()
    ));
    for (_, _, dir) in &langs {
        out.push_str(&format!(
            "    include_str!({:?}),\n",
            dir.join("language.tsv").display().to_string()
        ));
    }
    out.push_str("];\n\n");
    out.push_str(
        "/// Each language's `.tsv` files (name without extension, text), in `Lang::ALL` order.\n",
    );
    out.push_str("#[cfg(not(feature = \"packs\"))]\n");
    out.push_str(&format!(
        "pub const FILES: [&[(&str, &str)]; {}] = [\n",
        langs.len()
    ));
    for (_, _, dir) in &langs {
        let mut files: Vec<_> = fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|e| e == "tsv"))
            .collect();
        files.sort();
        out.push_str("    &[\n");
        for f in files {
            out.push_str(&format!(
                "        ({:?}, include_str!({:?})),\n",
                f.file_stem().unwrap().to_string_lossy(),
                f.display().to_string()
            ));
        }
        out.push_str("    ],\n");
    }
    out.push_str("];\n\n");
    out.push_str(
        "/// Each language's entity model, if one was trained (`data/models/ner-<code>-v2.bin`).\n",
    );
    out.push_str("#[cfg(not(feature = \"packs\"))]\n");
    out.push_str(&format!(
        "pub const MODELS: [Option<&[u8]>; {}] = [\n",
        langs.len()
    ));
    for (code, _, dir) in &langs {
        let model = dir
            .parent()
            .unwrap()
            .join("models")
            .join(format!("ner-{code}-v2.bin"));
        if model.exists() {
            out.push_str(&format!(
                "    Some(include_bytes!({:?})),\n",
                model.display().to_string()
            ));
        } else {
            out.push_str("    None,\n");
        }
    }
    out.push_str("];\n\n");
    // Every file under data/ by its path there, sorted: what a pack can carry. A file a loaded
    // core asks for that is not here (a language without that list yet) is in no pack, so it
    // is empty rather than missing (src/packs.rs).
    out.push_str(
        "/// Every file under `data/` (\"hi/months.tsv\", \"models/ner-hi-v2.bin\"), sorted.\n",
    );
    out.push_str("#[cfg(feature = \"packs\")]\n");
    out.push_str("pub const DATA_FILES: &[&str] = &[\n");
    let root = Path::new("data");
    let mut rels: Vec<String> = data_files(root)
        .iter()
        .map(|p| {
            p.strip_prefix(root)
                .unwrap()
                .to_string_lossy()
                .replace('\\', "/")
        })
        .collect();
    rels.sort(); // as strings: src/packs.rs searches them
    for rel in rels {
        out.push_str(&format!("    {rel:?},\n"));
    }
    out.push_str("];\n");
    let dest = Path::new(&std::env::var("OUT_DIR").unwrap()).join("registry.rs");
    fs::write(dest, out).unwrap();
}
