//! The fuzz checks without libFuzzer, on stable Rust: seeded random inputs for a given time.
//!
//!   cargo run --release --no-default-features --bin random -- [--seconds N] [--seed S] [--max-len L]
//!   ... --bin random -- --emit DIR [--count N]     writes a seed corpus for libFuzzer instead
//!
//! A failing input is written to fuzz/artifacts/random/ in the libFuzzer input format (replay it
//! with `cargo +nightly fuzz run analyse FILE`, or copy it to fuzz/regressions/ where
//! tests/hostile.rs replays it). Exit code 1 when anything failed.
use kaalrekha_fuzz::{check, gen};
use std::collections::HashMap;
use std::panic;
use std::sync::Mutex;
use std::time::{Duration, Instant};

static LAST_PANIC: Mutex<String> = Mutex::new(String::new());

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let get = |name: &str, default: u64| {
        args.iter()
            .position(|a| a == name)
            .and_then(|i| args.get(i + 1))
            .and_then(|v| v.parse().ok())
            .unwrap_or(default)
    };
    let seconds = get("--seconds", 10);
    let seed = get("--seed", 1);
    let max_len = get("--max-len", 2000) as usize;
    // --emit DIR: write --count inputs as a seed corpus for libFuzzer instead of checking.
    if let Some(i) = args.iter().position(|a| a == "--emit") {
        let out = std::path::PathBuf::from(&args[i + 1]);
        std::fs::create_dir_all(&out).unwrap();
        let mut rng = gen::Rng::new(seed);
        for n in 0..get("--count", 100) {
            std::fs::write(
                out.join(format!("seed{seed}-{n}")),
                gen::input(&mut rng, max_len),
            )
            .unwrap();
        }
        return;
    }
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("artifacts/random");
    let deadline = Instant::now() + Duration::from_secs(seconds);
    let mut rng = gen::Rng::new(seed);
    let (mut runs, mut bytes, mut failures) = (0u64, 0u64, 0u64);
    // Failures are grouped by panic location and message (digits dropped); at most 3 inputs are
    // saved per group, so one known bug does not hide the others.
    panic::set_hook(Box::new(|info| {
        let msg = format!("{info}");
        *LAST_PANIC.lock().unwrap() = msg
            .chars()
            .filter(|c| !c.is_ascii_digit())
            .take(200)
            .collect();
    }));
    let mut groups: HashMap<String, (u64, String)> = HashMap::new();
    while Instant::now() < deadline {
        let input = gen::input(&mut rng, max_len);
        let started = Instant::now();
        let ok = panic::catch_unwind(|| check::check_bytes(&input)).is_ok();
        let slow = started.elapsed() > Duration::from_secs(2);
        if !ok || slow {
            failures += 1;
            let key = if ok {
                "slow (over 2 s)".to_owned()
            } else {
                LAST_PANIC.lock().unwrap().clone()
            };
            let g = groups.entry(key.clone()).or_insert((0, String::new()));
            g.0 += 1;
            if g.0 <= 3 {
                std::fs::create_dir_all(&dir).unwrap();
                let path = dir.join(format!(
                    "{}-seed{seed}-run{runs}",
                    if ok { "slow" } else { "crash" }
                ));
                std::fs::write(&path, &input).unwrap();
                if g.0 == 1 {
                    eprintln!("fuzz: {key}");
                    g.1 = path.display().to_string();
                }
                eprintln!("fuzz: input saved to {}", path.display());
            }
        }
        runs += 1;
        bytes += input.len() as u64;
    }
    for (key, (n, path)) in &groups {
        println!("fuzz: {n} × {key}\n      first: {path}");
    }
    println!(
        "fuzz: seed {seed}: {runs} inputs, {:.1} MB, {failures} failed in {seconds} s",
        bytes as f64 / 1e6
    );
    std::process::exit(i32::from(failures > 0));
}
