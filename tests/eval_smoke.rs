//! Short runs of `eval ner` and `eval translit` on a few lines of the shared data, so that
//! neither command rots between full evaluations. Skipped when `../shared/data` is absent, except in CI (tests/shared_data).

mod shared_data;

fn run(args: &[&str]) -> Option<String> {
    shared_data::shared("data")?;
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_kaalrekha"))
        .args(args)
        .output()
        .expect("runs the binary");
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(
        out.status.success(),
        "exit {:?}\n{}\n{}",
        out.status,
        stdout,
        String::from_utf8_lossy(&out.stderr)
    );
    Some(stdout)
}

/// The micro F1 (third number) of the first "micro" line after `heading`.
fn micro_f1(stdout: &str, heading: &str) -> f64 {
    let at = stdout
        .find(heading)
        .unwrap_or_else(|| panic!("no {heading:?} in\n{stdout}"));
    let line = stdout[at..]
        .lines()
        .find(|l| l.trim_start().starts_with("micro"))
        .expect("a micro line");
    line.split_whitespace()
        .nth(3)
        .and_then(|f| f.parse().ok())
        .unwrap_or_else(|| panic!("bad line {line:?}"))
}

#[test]
fn eval_ner_smoke() {
    let Some(out) = run(&["eval", "ner", "--data", "../shared/data", "--limit", "40"]) else {
        return;
    };
    for heading in [
        "IL-NER Hindi test (40 sentences",
        "titles cut from gold PERSON",
        "CoNLL-2003 test",
        "WNUT-17 test (40 sentences",
    ] {
        assert!(out.contains(heading), "missing {heading:?}:\n{out}");
    }
    // Forty sentences are enough to tell a working tagger from a broken one.
    assert!(micro_f1(&out, "IL-NER Hindi test") > 0.5, "{out}");
    assert!(micro_f1(&out, "CoNLL-2003 test") > 0.6, "{out}");
}

#[test]
fn eval_translit_smoke() {
    let Some(out) = run(&[
        "eval",
        "translit",
        "--data",
        "../shared/data",
        "--limit",
        "200",
    ]) else {
        return;
    };
    assert!(
        out.contains("Dakshina Hindi test (200 native words)"),
        "{out}"
    );
    let share: f64 = out
        .lines()
        .find(|l| l.contains("matches one of"))
        .and_then(|l| l.split_whitespace().rev().nth(1))
        .and_then(|x| x.parse().ok())
        .unwrap_or_else(|| panic!("no share in\n{out}"));
    assert!(share > 40.0 && share <= 100.0, "{out}");
}
