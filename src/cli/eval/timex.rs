//! `kaalrekha eval timex`: TempEval-3 and Hindi temporal scores, printed as one markdown table.
//!
//! Corpora (under `--data DIR`, default `../shared/data`):
//! - TempEval-3 platinum and train (TimeBank + AQUAINT): strict and relaxed extent P/R/F1,
//!   type and value accuracy over relaxed matches, value F1 — the TempEval-3 toolkit's
//!   definitions (see `score.rs`).
//! - Microsoft Recognizers-Text Hindi DateTime specs: pass rate per file and overall.
//! - ILTIMEX2012 and Hindi TimeBank: span P/R/F1 (no values).
//!
//! Extra options (read from the command line once `eval` accepts them, or from the
//! environment): `--write FILE` / `KAALREKHA_EVAL_WRITE=FILE` writes the table, the command
//! and the date to FILE; `--verbose FILE|-` / `KAALREKHA_EVAL_VERBOSE=FILE|-` lists every
//! error (except the TempEval-3 platinum test set's), one tab-separated line each, to FILE or
//! stderr:
//! `corpus  doc  kind  gold_text  gold_value  system_text  system_value  context`.

pub mod score;

use crate::cli::UsageError;
use kaalrekha::{analyse, OffsetUnit, Options};
use score::{Counts, GoldDoc, Issue, Mention, RtFile};
use std::fmt::Write as _;
use std::io::Write as _;
use std::path::{Path, PathBuf};

const VERBOSE_HEADER: &str =
    "#corpus\tdoc\tkind\tgold_text\tgold_value\tsystem_text\tsystem_value\tcontext";

pub fn run(data: &Path, limit: Option<usize>) -> Result<i32, UsageError> {
    let write = option_value("write", "KAALREKHA_EVAL_WRITE");
    let verbose = option_value("verbose", "KAALREKHA_EVAL_VERBOSE");
    let mut sink: Box<dyn std::io::Write> = match verbose.as_deref() {
        None => Box::new(std::io::sink()),
        Some("-" | "1" | "stderr") => Box::new(std::io::stderr()),
        Some(path) => Box::new(std::io::BufWriter::new(
            std::fs::File::create(path)
                .map_err(|e| UsageError(format!("cannot write {path}: {e}")))?,
        )),
    };
    let mut log = Log {
        out: &mut *sink,
        enabled: verbose.is_some(),
    };
    log.line(VERBOSE_HEADER);

    let mut rows = Vec::new();
    let mut notes = Vec::new();

    // English: TempEval-3.
    let te3 = data.join("tempeval3");
    let platinum = files(&te3.join("platinum"), "tml", limit);
    // The platinum set is a test set: its errors are never listed, so that no change is
    // chosen by reading them (the train set is the development data).
    rows.push(span_row(
        "TempEval-3 platinum (en)",
        &platinum,
        Reader::Tml,
        "en",
        &mut Log {
            out: &mut std::io::sink(),
            enabled: false,
        },
        &mut notes,
    ));
    let mut train = files(&te3.join("train/TimeBank"), "tml", None);
    train.extend(files(&te3.join("train/AQUAINT"), "tml", None));
    train.truncate(limit.unwrap_or(usize::MAX));
    rows.push(span_row(
        "TempEval-3 train (dev) (en)",
        &train,
        Reader::Tml,
        "en",
        &mut log,
        &mut notes,
    ));

    // Hindi: Recognizers-Text specs.
    let rt_dir = data.join("hindi-timex/recognizers-text/DateTime");
    rows.extend(recognizers_rows(&rt_dir, limit, &mut log, &mut notes));

    // Hindi: span corpora.
    let iltimex = files(&data.join("hindi-timex/iltimex2012/tagged"), "xml", limit);
    rows.push(span_row(
        "ILTIMEX2012 (hi, spans)",
        &iltimex,
        Reader::Iltimex,
        "hi",
        &mut log,
        &mut notes,
    ));
    let htb_dir = data.join("hindi-timex/hindi-timebank");
    let mut htb = Vec::new();
    for domain in subdirs(&htb_dir) {
        htb.extend(files(&domain, "xml", None));
    }
    htb.truncate(limit.unwrap_or(usize::MAX));
    rows.push(span_row(
        "Hindi TimeBank (hi, spans + type)",
        &htb,
        Reader::HindiTimebank,
        "hi",
        &mut log,
        &mut notes,
    ));
    drop(log);
    sink.flush().ok();

    let table = render_table(&rows);
    print!("{table}");
    for n in &notes {
        eprintln!("note: {n}");
    }
    if let Some(path) = write {
        let doc = render_doc(&table, &notes, data, limit);
        std::fs::write(&path, doc).map_err(|e| UsageError(format!("cannot write {path}: {e}")))?;
        eprintln!("wrote {path}");
    }
    Ok(0)
}

/// `--name value` / `--name=value` from the process arguments, else the environment.
fn option_value(name: &str, env: &str) -> Option<String> {
    let args: Vec<String> = std::env::args().collect();
    let flag = format!("--{name}");
    let prefix = format!("--{name}=");
    for (i, a) in args.iter().enumerate() {
        if let Some(v) = a.strip_prefix(&prefix) {
            return Some(v.to_owned());
        }
        if *a == flag {
            return args.get(i + 1).cloned();
        }
    }
    std::env::var(env).ok().filter(|v| !v.is_empty())
}

struct Log<'a> {
    out: &'a mut dyn std::io::Write,
    enabled: bool,
}

impl Log<'_> {
    fn line(&mut self, s: &str) {
        if self.enabled {
            let _ = writeln!(self.out, "{s}");
        }
    }

    fn issue(&mut self, corpus: &str, doc: &str, text: &str, i: &Issue) {
        if !self.enabled {
            return;
        }
        let field = |s: &str| s.replace(['\t', '\n', '\r'], " ");
        let (gt, gv) = i
            .gold
            .as_ref()
            .map(|m| (field(&m.text), field(&m.value)))
            .unwrap_or_default();
        let (st, sv) = i
            .system
            .as_ref()
            .map(|m| (field(&m.text), field(&m.value)))
            .unwrap_or_default();
        let (a, b) = i.at();
        let ctx = field(&context(text, a, b));
        self.line(&format!(
            "{corpus}\t{doc}\t{}\t{gt}\t{gv}\t{st}\t{sv}\t{ctx}",
            i.kind
        ));
    }
}

/// The mention in its sentence-ish surroundings, marked with [[ ]].
pub(super) fn context(text: &str, a: usize, b: usize) -> String {
    let floor = |mut i: usize| {
        while !text.is_char_boundary(i) {
            i -= 1;
        }
        i
    };
    let lo = floor(a.saturating_sub(60));
    let hi = floor((b + 60).min(text.len()));
    format!("{}[[{}]]{}", &text[lo..a], &text[a..b], &text[b..hi])
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

fn files(dir: &Path, ext: &str, limit: Option<usize>) -> Vec<PathBuf> {
    let mut out: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|rd| {
            rd.filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|e| e == ext))
                .collect()
        })
        .unwrap_or_default();
    out.sort();
    out.truncate(limit.unwrap_or(usize::MAX));
    out
}

fn subdirs(dir: &Path) -> Vec<PathBuf> {
    let mut out: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|rd| {
            rd.filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.is_dir())
                .collect()
        })
        .unwrap_or_default();
    out.sort();
    out
}

fn doc_name(p: &Path) -> String {
    let name = p
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    match p.parent().and_then(|d| d.file_name()) {
        Some(d) => format!("{}/{name}", d.to_string_lossy()),
        None => name,
    }
}

/// The system's timexes on a text, with UTF-8 byte offsets.
fn system_mentions(text: &str, lang: &str, dct: Option<&str>) -> Result<Vec<Mention>, String> {
    let dct = dct.filter(|d| kaalrekha::time::Date::parse(d).is_some());
    let opts = Options::parse(Some(lang), dct, Some("utf8"), OffsetUnit::Utf8)
        .map_err(|e| e.to_string())?;
    let a = analyse(text, &opts).map_err(|e| e.to_string())?;
    Ok(a.timexes
        .into_iter()
        .map(|t| Mention::new(t.start, t.end, &t.text, t.kind, &t.value))
        .collect())
}

#[derive(Clone, Copy)]
enum Reader {
    Tml,
    Iltimex,
    HindiTimebank,
}

enum Row {
    Spans {
        name: String,
        counts: Counts,
        types: bool,
        values: bool,
    },
    Specs {
        name: String,
        cases: usize,
        skipped: usize,
        span_pass: usize,
        pass: usize,
        values: bool,
    },
}

fn span_row(
    name: &str,
    paths: &[PathBuf],
    reader: Reader,
    lang: &str,
    log: &mut Log,
    notes: &mut Vec<String>,
) -> Row {
    let (types, values) = match reader {
        Reader::Tml => (true, true),
        Reader::Iltimex => (false, false),
        Reader::HindiTimebank => (true, false),
    };
    let corpus = name.split(" (").next().unwrap_or(name).replace(' ', "_");
    let mut total = Counts::default();
    let mut unreadable = 0;
    let mut dropped = 0;
    for p in paths {
        let Some(doc) = std::fs::read_to_string(p)
            .ok()
            .and_then(|src| parse(reader, &src))
        else {
            unreadable += 1;
            continue;
        };
        dropped += doc.dropped.iter().filter(|d| d.1 != "dct").count();
        let system = match system_mentions(&doc.text, lang, doc.dct.as_deref()) {
            Ok(s) => s,
            Err(e) => {
                notes.push(format!("{name}: {}: analyse failed: {e}", doc_name(p)));
                Vec::new()
            }
        };
        let (c, issues) = score::score_doc(&doc.gold, &system, types, values);
        total += c;
        let dn = doc_name(p);
        for i in &issues {
            log.issue(&corpus, &dn, &doc.text, i);
        }
    }
    if paths.is_empty() {
        notes.push(format!("{name}: no documents found"));
    }
    if unreadable > 0 {
        notes.push(format!("{name}: {unreadable} documents could not be read"));
    }
    if dropped > 0 {
        notes.push(format!(
            "{name}: {dropped} gold annotations with an empty extent left out"
        ));
    }
    Row::Spans {
        name: name.to_owned(),
        counts: total,
        types,
        values,
    }
}

fn parse(reader: Reader, src: &str) -> Option<GoldDoc> {
    match reader {
        Reader::Tml => score::read_tml(src),
        Reader::Iltimex => score::read_iltimex(src),
        Reader::HindiTimebank => score::read_hindi_timebank(src),
    }
}

fn recognizers_rows(
    dir: &Path,
    limit: Option<usize>,
    log: &mut Log,
    notes: &mut Vec<String>,
) -> Vec<Row> {
    let mut rows = Vec::new();
    let (mut all_cases, mut all_skipped, mut all_span, mut all_pass) = (0, 0, 0, 0);
    let mut skip_reasons: Vec<(&'static str, usize)> = Vec::new();
    let paths = files(dir, "json", None);
    if paths.is_empty() {
        notes.push(format!(
            "Recognizers-Text: no spec files in {}",
            dir.display()
        ));
    }
    for p in &paths {
        let fname = p
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let file: RtFile = score::rt_file(&fname);
        let Some(cases) = std::fs::read_to_string(p)
            .ok()
            .and_then(|s| serde_json::from_str::<serde_json::Value>(&s).ok())
        else {
            notes.push(format!("Recognizers-Text: {fname} could not be read"));
            continue;
        };
        let cases = cases.as_array().cloned().unwrap_or_default();
        let (mut n, mut skipped, mut span_pass, mut pass) = (0, 0, 0, 0);
        for (idx, raw) in cases.iter().enumerate().take(limit.unwrap_or(usize::MAX)) {
            let case = score::read_rt_case(raw, file);
            let doc = format!("{fname}#{idx}");
            if let Some(why) = case.skip {
                skipped += 1;
                match skip_reasons.iter_mut().find(|(r, _)| *r == why) {
                    Some(r) => r.1 += 1,
                    None => skip_reasons.push((why, 1)),
                }
                log.line(&format!(
                    "Recognizers\t{doc}\tSKIP\t\t\t\t\t{why}: {}",
                    case.input.replace(['\t', '\n'], " ")
                ));
                continue;
            }
            n += 1;
            let system =
                system_mentions(&case.input, "hi", case.reference.as_deref()).unwrap_or_default();
            let v = score::rt_judge(&case, &system, file);
            span_pass += v.span_pass as usize;
            pass += v.pass as usize;
            for i in &v.issues {
                log.issue("Recognizers", &doc, &case.input, i);
            }
        }
        all_cases += n;
        all_skipped += skipped;
        all_span += span_pass;
        all_pass += pass;
        let name = format!("Recognizers {}", fname.trim_end_matches(".json"));
        rows.push(Row::Specs {
            name,
            cases: n,
            skipped,
            span_pass,
            pass,
            values: file.check_values,
        });
    }
    if !paths.is_empty() {
        rows.push(Row::Specs {
            name: "**Recognizers-Text DateTime (hi), all**".into(),
            cases: all_cases,
            skipped: all_skipped,
            span_pass: all_span,
            pass: all_pass,
            values: true,
        });
        let reasons: Vec<String> = skip_reasons
            .iter()
            .map(|(r, n)| format!("{n} {r}"))
            .collect();
        if !reasons.is_empty() {
            notes.push(format!(
                "Recognizers-Text skipped cases: {}",
                reasons.join("; ")
            ));
        }
    }
    rows
}

fn pct(x: f64) -> String {
    format!("{:.1}", 100.0 * x)
}

fn render_table(rows: &[Row]) -> String {
    let mut t = String::new();
    t.push_str("| Corpus | Docs / cases | Gold | System | Strict P | Strict R | Strict F1 | Relaxed P | Relaxed R | Relaxed F1 | Type acc | Value acc | Value F1 | Span pass | Pass |\n");
    t.push_str("|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|\n");
    let dash = "–".to_string();
    for r in rows {
        match r {
            Row::Spans {
                name,
                counts: c,
                types,
                values,
            } => {
                let (s, x) = (c.strict_prf(), c.relaxed_prf());
                let ta = if *types {
                    c.type_accuracy().map(pct).unwrap_or(dash.clone())
                } else {
                    dash.clone()
                };
                let (va, vf) = if *values {
                    (
                        c.value_accuracy().map(pct).unwrap_or(dash.clone()),
                        pct(c.value_prf().f1),
                    )
                } else {
                    (dash.clone(), dash.clone())
                };
                let _ = writeln!(
                    t,
                    "| {name} | {} | {} | {} | {} | {} | {} | {} | {} | {} | {ta} | {va} | {vf} | – | – |",
                    c.docs,
                    c.gold,
                    c.system,
                    pct(s.p),
                    pct(s.r),
                    pct(s.f1),
                    pct(x.p),
                    pct(x.r),
                    pct(x.f1)
                );
            }
            Row::Specs {
                name,
                cases,
                skipped,
                span_pass,
                pass,
                values,
            } => {
                let rate = |k: usize| {
                    if *cases == 0 {
                        dash.clone()
                    } else {
                        format!("{} ({k}/{cases})", pct(k as f64 / *cases as f64))
                    }
                };
                let pass_cell = if *values {
                    rate(*pass)
                } else {
                    format!("{} (spans only)", rate(*pass))
                };
                let _ = writeln!(
                    t,
                    "| {name} | {cases} (+{skipped} skipped) | – | – | – | – | – | – | – | – | – | – | – | {} | {pass_cell} |",
                    rate(*span_pass)
                );
            }
        }
    }
    t
}

/// Today's date (UTC) as YYYY-MM-DD, from the system clock.
fn today() -> String {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0);
    let z = (secs / 86_400) as i64 + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + (m <= 2) as i64;
    format!("{y:04}-{m:02}-{d:02}")
}

/// The current commit's short hash, read from `.git` without running git.
fn git_head() -> Option<String> {
    let head = std::fs::read_to_string(".git/HEAD").ok()?;
    let head = head.trim();
    let hash = match head.strip_prefix("ref: ") {
        None => head.to_owned(),
        Some(r) => match std::fs::read_to_string(Path::new(".git").join(r)) {
            Ok(h) => h.trim().to_owned(),
            Err(_) => std::fs::read_to_string(".git/packed-refs")
                .ok()?
                .lines()
                .find(|l| l.ends_with(&format!(" {r}")))?
                .split(' ')
                .next()?
                .to_owned(),
        },
    };
    hash.get(..10).map(str::to_owned)
}

fn render_doc(table: &str, notes: &[String], data: &Path, limit: Option<usize>) -> String {
    let mut command = String::from("kaalrekha eval timex");
    if data != Path::new("../shared/data") {
        let _ = write!(command, " --data {}", data.display());
    }
    if let Some(n) = limit {
        let _ = write!(command, " --limit {n}");
    }
    let mut d = String::new();
    d.push_str("# Temporal evaluation\n\n");
    let commit = git_head()
        .map(|c| format!(", working tree at commit {c}"))
        .unwrap_or_default();
    let _ = writeln!(
        d,
        "Produced by `{command}` (release build) on {} UTC{commit}. Numbers are percentages.\n",
        today()
    );
    d.push_str(table);
    d.push('\n');
    for n in notes {
        let _ = writeln!(d, "- {n}");
    }
    d.push_str(METHOD);
    d
}

const METHOD: &str = r#"
## How it is scored

Nothing here is tuned: the command runs `kaalrekha::analyse` on each text and compares.

**TempEval-3** (`tempeval3/platinum`, and `tempeval3/train` = TimeBank + AQUAINT as a
development figure). The DCT is the value of the TIMEX3 with `functionInDocument="CREATION_TIME"`
and is passed as `dct`; the system sees only the content of `<TEXT>` with the tags removed
and entities decoded; gold TIMEX3 offsets are mapped into that text. The DCT timex is not
gold (it is outside TEXT, and the toolkit skips `t0`). Gold and system timexes are aligned
one-to-one: identical spans first, then overlapping ones by overlap length. Following the
TempEval-3 toolkit (`evaluate_entities.py`):

- strict P/R/F1: identical spans; relaxed P/R/F1: overlapping spans;
- type and value accuracy: share of relaxed matches with the same `type` / `value` string;
- value F1 = value accuracy × relaxed F1, which equals the F1 of "relaxed match with the
  right value": P = right-value matches / system timexes, R = … / gold timexes.
  This is the official TempEval-3 ranking score for timexes.

**Recognizers-Text** (`hindi-timex/recognizers-text/DateTime/*.json`). The reference time's
date is the DCT. A case is skipped when: it is marked not supported on every platform
(`NotSupported` ∪ `NotSupportedByDesign` ⊇ dotnet, javascript, python, java); a result's
`Start`/`End` (or `Length`) does not cut out its `Text` (compared case-insensitively); in a
parser/model file, a result has no timex resolution or is a timezone. Result spans are
trimmed of surrounding spaces. A case passes when every expected result is produced with the
identical span and nothing else is in the way: no other system timex overlapping an expected
span; in the all-types files (DateTimeModel, Merged*) no other system timex at all; in a
case that expects nothing, no system timex of the file's kind (Date/DatePeriod/Holiday →
DATE, Time/TimePeriod/DateTime/DateTimePeriod → TIME, Duration → DURATION, Set → SET).
*Extractor* files check spans only; *Parser*/*Model* files also check values ("Span pass"
shows the span-only rate for them). A system value is accepted when, after canonicalising
both sides (upper case; clock times as `HH:MM`, zero seconds dropped; a time without a date
gets `XXXX-XX-XX`), it equals: the spec's timex; for a range `(A,B,D)` its duration `D`
(TimeML tags "पिछले 3 वर्ष" as DURATION `P3Y`) or, when the range is exactly one calendar
unit, that unit (`(1970-01-01,1980-01-01,P10Y)` → `197`); any resolved date/datetime/time
in the spec's Past/Future resolutions or resolution values (so a weekday `XXXX-WXX-5` may be
resolved to a real date, as TimeML does); or, for a spec time without a date, the same time
on the reference date. Modifiers (`Mod`: before/after …) are not compared. Known convention
gaps that count as errors: Recognizers resolves "कुछ/कई" (a few/several) to 3 (`P3D`) where
TimeML writes `PXD`; "N months ago" is a day in Recognizers (`2016-10-07`) and usually a month
in TimeML (`2016-10`).

**ILTIMEX2012** (`hindi-timex/iltimex2012/tagged`): text = TEXT content with tags stripped,
gold = the `<ILTIMEX>` spans; no DCT; spans only. **Hindi TimeBank**
(`hindi-timex/hindi-timebank/<domain>/*.xml`): text = the tokens joined by single spaces;
a `<TIMEX tokens="a,b,…"/>` spans its first to its last token; no DCT; type accuracy uses
`class` (DUR/DURATION → DURATION); no values.

`KAALREKHA_EVAL_VERBOSE=FILE` (or `-` for stderr; `--verbose FILE` once the `eval` command
accepts it) lists every error except the TempEval-3 platinum test set's (never read, never
tuned on), one tab-separated line each: corpus, doc, kind (MISSED,
SPURIOUS, SPAN, TYPE, VALUE, EXTRA, SKIP), gold text, gold value, system text, system value,
context with the mention in [[ ]]. `KAALREKHA_EVAL_WRITE=FILE` (or `--write FILE`) writes
this page.
"#;
