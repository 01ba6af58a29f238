//! Argument handling and subcommands. Usage errors print to stderr and exit with code 2.

mod analyse_cmd;
mod eval;
mod pack_cmd;
mod render_text;
mod train;

/// The usage text; LANGS stands for the registered languages (data/languages.tsv), see [`usage`].
const USAGE: &str = "\
usage:
  kaalrekha analyse [FILE|-] [--lang auto|LANGS] [--dct YYYY-MM-DD]
                    [--offsets codepoint|utf16|utf8] [--format json|jsonl|text]
  kaalrekha eval timex [--data DIR]      TempEval-3 and Hindi temporal scores
  kaalrekha eval ner [--data DIR]        IL-NER, CoNLL-2003 and WNUT-17 entity scores
                    [--split test|dev] [--models DIR]
  kaalrekha eval news [--data DIR]       the hand-annotated BBC Hindi dev set (docs/news-dev.md)
                    [--gold FILE] [--verbose FILE|-]
  kaalrekha eval translit [--data DIR]   romanisation against the Dakshina Hindi lexicon
                    [--split test|dev] [--verbose FILE]
  kaalrekha train ner [--data DIR]       trains the entity models into data/models/
                    [--holdout 1] [--out DIR] (more in docs/ner.md)
  kaalrekha pack LANGS [--data DIR]   a language pack for the WebAssembly core
                    [--out FILE]           (src/packs.rs; default <lang>.pack)
  kaalrekha help";

/// The usage text with the registered languages' codes ("hi|en|ur").
pub fn usage() -> String {
    USAGE.replace("LANGS", &languages("|"))
}

/// The registered languages' codes, joined by `sep`.
pub fn languages(sep: &str) -> String {
    let codes: Vec<&str> = kaalrekha::Lang::ALL.iter().map(|l| l.code()).collect();
    codes.join(sep)
}

/// A usage error: the message goes to stderr with the usage, and the exit code is 2.
#[derive(Debug)]
pub struct UsageError(pub String);

pub fn run(args: &[String]) -> i32 {
    let result = match args.first().map(String::as_str) {
        Some("analyse" | "analyze") => analyse_cmd::run(&args[1..]),
        Some("eval") => eval::run(&args[1..]),
        Some("train") => train::run(&args[1..]),
        Some("pack") => pack_cmd::run(&args[1..]),
        Some("help" | "--help" | "-h") => {
            println!("{}", usage());
            Ok(0)
        }
        Some(other) => Err(UsageError(format!("unknown command {other:?}"))),
        None => Err(UsageError("no command given".into())),
    };
    match result {
        Ok(code) => code,
        Err(UsageError(msg)) => {
            eprintln!("kaalrekha: {msg}\n{}", usage());
            2
        }
    }
}

/// Splits `--name value` and `--name=value` flags from positional arguments.
pub struct Flags {
    pub positional: Vec<String>,
    pub named: Vec<(String, String)>,
}

impl Flags {
    pub fn parse(args: &[String], known: &[&str]) -> Result<Self, UsageError> {
        let mut positional = Vec::new();
        let mut named = Vec::new();
        let mut it = args.iter();
        while let Some(a) = it.next() {
            if let Some(flag) = a.strip_prefix("--") {
                let (name, value) = match flag.split_once('=') {
                    Some((n, v)) => (n.to_owned(), v.to_owned()),
                    None => {
                        let v = it
                            .next()
                            .ok_or_else(|| UsageError(format!("--{flag} needs a value")))?;
                        (flag.to_owned(), v.clone())
                    }
                };
                if !known.contains(&name.as_str()) {
                    return Err(UsageError(format!("unknown option --{name}")));
                }
                named.push((name, value));
            } else {
                positional.push(a.clone());
            }
        }
        Ok(Self { positional, named })
    }

    pub fn get(&self, name: &str) -> Option<&str> {
        self.named
            .iter()
            .rev()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }
}
