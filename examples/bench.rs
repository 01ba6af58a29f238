//! Native side of the benchmark suite (`make bench` runs it through bench/run.mjs).
//!
//! Every subcommand prints one JSON object on stdout; times are in seconds.
//!
//! ```text
//! bench throughput CORPUS.jsonl [MIN_SECS]   analyse each {"text","lang","dct"} line, repeat until MIN_SECS
//! bench tokens CORPUS.jsonl                  bytes, chars and tokens of a corpus (the token count used for tokens/s)
//! bench latency FILE LANG ITERS              p50/p99 of analysing one text ITERS times
//! bench scale FILE LANG MIN_SECS             seconds per analyse of one (large) text, best of the repeats
//! bench once FILE LANG                       one analyse, with peak RSS (VmHWM) before and after
//! bench profile FILE LANG                    a warm-up analyse (lexicons loaded), then `profiled` once
//! ```
//!
//! For callgrind, count only the steady state:
//! `valgrind --tool=callgrind --toggle-collect='bench::profiled' bench profile FILE hi`.

use kaalrekha::text::Doc;
use kaalrekha::{analyse, OffsetUnit, Options};
use std::hint::black_box;
use std::time::Instant;

struct Item {
    text: String,
    opts: Options,
}

fn die(msg: &str) -> ! {
    eprintln!("bench: {msg}");
    std::process::exit(2)
}

fn read(path: &str) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| die(&format!("cannot read {path}: {e}")))
}

fn options(lang: Option<&str>, dct: Option<&str>) -> Options {
    Options::parse(lang, dct, None, OffsetUnit::Codepoint).unwrap_or_else(|e| die(&e.to_string()))
}

fn corpus(path: &str) -> Vec<Item> {
    read(path)
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let v: serde_json::Value =
                serde_json::from_str(l).unwrap_or_else(|e| die(&format!("{path}: {e}")));
            let s = |k: &str| v.get(k).and_then(|x| x.as_str()).map(str::to_owned);
            Item {
                text: s("text").unwrap_or_default(),
                opts: options(s("lang").as_deref(), s("dct").as_deref()),
            }
        })
        .collect()
}

/// Peak resident set size of this process so far, in bytes (Linux; 0 elsewhere).
fn peak_rss() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines().find(|l| l.starts_with("VmHWM:")).and_then(|l| {
                l.split_whitespace()
                    .nth(1)
                    .and_then(|kb| kb.parse::<u64>().ok())
            })
        })
        .map_or(0, |kb| kb * 1024)
}

fn run_once(text: &str, opts: &Options) -> usize {
    let a = analyse(black_box(text), opts).unwrap_or_else(|e| die(&e.to_string()));
    black_box(a.entities.len() + a.timexes.len() + a.sentences.len())
}

/// The call callgrind counts (`--toggle-collect='bench::profiled'`).
#[inline(never)]
fn profiled(text: &str, opts: &Options) -> usize {
    run_once(text, opts)
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let arg = |i: usize| {
        args.get(i)
            .map(String::as_str)
            .unwrap_or_else(|| die("missing argument; see examples/bench.rs"))
    };
    let num = |i: usize, default: f64| {
        args.get(i)
            .and_then(|s| s.parse::<f64>().ok())
            .unwrap_or(default)
    };
    match arg(0) {
        "throughput" => {
            let items = corpus(arg(1));
            let min_secs = num(2, 2.0);
            let bytes: usize = items.iter().map(|i| i.text.len()).sum();
            // Warm-up pass, then whole passes until MIN_SECS.
            let mut found = 0;
            for it in &items {
                found += run_once(&it.text, &it.opts);
            }
            let t0 = Instant::now();
            let mut passes = 0u32;
            loop {
                for it in &items {
                    run_once(&it.text, &it.opts);
                }
                passes += 1;
                if t0.elapsed().as_secs_f64() >= min_secs {
                    break;
                }
            }
            let secs = t0.elapsed().as_secs_f64();
            println!(
                "{}",
                serde_json::json!({"docs": items.len(), "bytes": bytes, "passes": passes, "secs": secs, "found": found})
            );
        }
        "tokens" => {
            let items = corpus(arg(1));
            let bytes: usize = items.iter().map(|i| i.text.len()).sum();
            let chars: usize = items.iter().map(|i| i.text.chars().count()).sum();
            let tokens: usize = items.iter().map(|i| Doc::new(&i.text).tokens.len()).sum();
            println!(
                "{}",
                serde_json::json!({"docs": items.len(), "bytes": bytes, "chars": chars, "tokens": tokens})
            );
        }
        "latency" => {
            let text = read(arg(1));
            let opts = options(Some(arg(2)), None);
            let iters = num(3, 200.0) as usize;
            for _ in 0..iters.min(20) {
                run_once(&text, &opts);
            }
            let mut ms: Vec<f64> = (0..iters)
                .map(|_| {
                    let t = Instant::now();
                    run_once(&text, &opts);
                    t.elapsed().as_secs_f64() * 1e3
                })
                .collect();
            ms.sort_by(f64::total_cmp);
            let q = |p: f64| ms[((ms.len() as f64 - 1.0) * p).round() as usize];
            println!(
                "{}",
                serde_json::json!({"bytes": text.len(), "iters": iters, "p50_ms": q(0.5), "p99_ms": q(0.99), "min_ms": ms[0]})
            );
        }
        "scale" => {
            let text = read(arg(1));
            let opts = options(Some(arg(2)), None);
            let min_secs = num(3, 1.0);
            run_once(&text, &opts);
            let t0 = Instant::now();
            let mut best = f64::INFINITY;
            let mut runs = 0u32;
            while runs < 3 || t0.elapsed().as_secs_f64() < min_secs {
                let t = Instant::now();
                run_once(&text, &opts);
                best = best.min(t.elapsed().as_secs_f64());
                runs += 1;
            }
            println!(
                "{}",
                serde_json::json!({"bytes": text.len(), "runs": runs, "secs": best})
            );
        }
        "once" => {
            let text = read(arg(1));
            let opts = options(Some(arg(2)), None);
            let before = peak_rss();
            let t = Instant::now();
            let found = run_once(&text, &opts);
            let secs = t.elapsed().as_secs_f64();
            println!(
                "{}",
                serde_json::json!({"bytes": text.len(), "secs": secs, "found": found, "rss_before": before, "rss_peak": peak_rss()})
            );
        }
        "profile" => {
            let text = read(arg(1));
            let opts = options(Some(arg(2)), None);
            run_once(
                "पुतिन ने 18 नवंबर 2025 को कहा। Putin said on Tuesday, Nov. 18, 2025.",
                &opts,
            );
            let t = Instant::now();
            let found = profiled(&text, &opts);
            println!(
                "{}",
                serde_json::json!({"bytes": text.len(), "secs": t.elapsed().as_secs_f64(), "found": found})
            );
        }
        other => die(&format!("unknown subcommand {other:?}")),
    }
}
