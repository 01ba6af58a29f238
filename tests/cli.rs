//! The command line as users run it: option errors exit with code 2 and a clear message,
//! `--format jsonl` keeps ids in order and carries on past bad lines, `--format text` prints.
#![cfg(not(target_arch = "wasm32"))]

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn kaalrekha(args: &[&str], stdin: &str) -> Output {
    kaalrekha_bytes(args, stdin.as_bytes())
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn usage_error(args: &[&str], expect: &str) {
    let o = kaalrekha(args, "पुतिन ने कल कहा।");
    assert_eq!(o.status.code(), Some(2), "{args:?}: stderr {}", stderr(&o));
    assert!(
        stderr(&o).contains(expect),
        "{args:?}: stderr lacks {expect:?}:\n{}",
        stderr(&o)
    );
    assert!(o.stdout.is_empty(), "{args:?} printed to stdout");
}

#[test]
fn invalid_dct_exits_2() {
    usage_error(
        &["analyse", "--dct", "2025-02-30"],
        "invalid dct \"2025-02-30\"",
    );
    usage_error(&["analyse", "--dct", "20251120"], "invalid dct");
    usage_error(
        &["analyse", "--dct=yesterday"],
        "expected a real calendar date as YYYY-MM-DD",
    );
}

#[test]
fn unknown_lang_exits_2() {
    usage_error(&["analyse", "--lang", "fr"], "invalid lang \"fr\"");
    usage_error(
        &["analyse", "--lang=hindi"],
        "expected \"auto\" or one of \"hi\", \"en\"",
    );
}

#[test]
fn bad_offsets_exit_2() {
    usage_error(
        &["analyse", "--offsets", "bytes"],
        "invalid offsets \"bytes\"",
    );
    usage_error(
        &["analyse", "--offsets=UTF-16"],
        "expected \"codepoint\", \"utf16\" or \"utf8\"",
    );
}

#[test]
fn other_usage_errors_exit_2() {
    usage_error(&["analyse", "--format", "xml"], "invalid format \"xml\"");
    usage_error(&["analyse", "--colour", "yes"], "unknown option --colour");
    usage_error(&["analyse", "--dct"], "--dct needs a value");
    usage_error(&["analyse", "a.txt", "b.txt"], "give at most one FILE");
    usage_error(
        &["analyse", "/nonexistent/article.txt"],
        "cannot read /nonexistent/article.txt",
    );
    usage_error(&["frobnicate"], "unknown command \"frobnicate\"");
    usage_error(&[], "no command given");
}

#[test]
fn non_utf8_input_exits_2() {
    let path =
        std::env::temp_dir().join(format!("kaalrekha-cli-latin1-{}.txt", std::process::id()));
    std::fs::write(&path, b"caf\xe9 on Monday").unwrap();
    usage_error(
        &["analyse", path.to_str().unwrap()],
        "is not UTF-8 text (invalid byte at offset 3)",
    );
    std::fs::remove_file(path).ok();
}

#[test]
fn json_by_default_with_codepoint_offsets() {
    let text = "😀 पुतिन ने 18 नवंबर 2025 को कहा।";
    let o = kaalrekha(&["analyse", "--dct", "2025-11-20"], text);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let a: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(a["schema"], "kaalrekha/1");
    assert_eq!(a["offsets"], "codepoint");
    assert_eq!(a["dct"], "2025-11-20");
    let chars: Vec<char> = text.chars().collect();
    for t in a["timexes"]
        .as_array()
        .unwrap()
        .iter()
        .chain(a["entities"].as_array().unwrap())
    {
        let (s, e) = (
            t["start"].as_u64().unwrap() as usize,
            t["end"].as_u64().unwrap() as usize,
        );
        assert_eq!(
            chars[s..e].iter().collect::<String>(),
            t["text"].as_str().unwrap()
        );
    }
}

#[test]
fn jsonl_round_trips_a_small_corpus() {
    let lines = [
        r#"{"id": 1, "text": "पुतिन ने 18 नवंबर 2025 को ली कियांग से मुलाकात की।", "dct": "2025-11-20"}"#,
        r#"{"id": "two", "text": "Putin met Li Qiang on Tuesday.", "lang": "en"}"#,
        r#"{"id": 3, "text": "कल बैठक हुई।", "dct": "2025-02-30"}"#,
        "",
        r#"this is not json"#,
        r#"{"id": [4], "text": "आज।", "lang": "fr"}"#,
        r#"{"id": 5}"#,
        r#"{"id": null, "text": ""}"#,
        r#"{"id": 7, "text": "😀👨‍👩‍👧 पिछले साल 5 करोड़ रुपये", "lang": "hi"}"#,
    ];
    let o = kaalrekha(
        &[
            "analyse",
            "--format",
            "jsonl",
            "--offsets",
            "utf16",
            "--dct",
            "2025-11-20",
        ],
        &lines.join("\n"),
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let out: Vec<serde_json::Value> = String::from_utf8(o.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let ids: Vec<String> = out.iter().map(|v| v["id"].to_string()).collect();
    assert_eq!(
        ids,
        ["1", "\"two\"", "3", "null", "[4]", "5", "null", "7"],
        "one reply per non-blank line, in order"
    );
    let ok = |i: usize| {
        assert!(out[i].get("error").is_none(), "line {i}: {}", out[i]);
        assert_eq!(out[i]["schema"], "kaalrekha/1");
        assert_eq!(out[i]["offsets"], "utf16");
    };
    let err = |i: usize, what: &str| {
        let msg = out[i]["error"]
            .as_str()
            .unwrap_or_else(|| panic!("line {i} is no error: {}", out[i]));
        assert!(msg.contains(what), "line {i}: {msg:?} lacks {what:?}");
        assert!(out[i].get("schema").is_none());
    };
    ok(0);
    assert_eq!(out[0]["dct"], "2025-11-20");
    ok(1);
    assert_eq!(out[1]["language"], "en");
    assert_eq!(
        out[1]["dct"], "2025-11-20",
        "the --dct default applies to lines without one"
    );
    err(2, "invalid dct");
    err(3, "not a valid input line");
    err(4, "invalid lang");
    err(5, "not a valid input line");
    ok(6);
    ok(7);
    assert_eq!(out[7]["language"], "hi");
    // UTF-16 offsets slice the line's text as JS would.
    let text: Vec<u16> = "😀👨‍👩‍👧 पिछले साल 5 करोड़ रुपये".encode_utf16().collect();
    for s in out[7]["timexes"]
        .as_array()
        .unwrap()
        .iter()
        .chain(out[7]["entities"].as_array().unwrap())
    {
        let (a, b) = (
            s["start"].as_u64().unwrap() as usize,
            s["end"].as_u64().unwrap() as usize,
        );
        assert_eq!(
            String::from_utf16(&text[a..b]).unwrap(),
            s["text"].as_str().unwrap()
        );
    }
}

#[test]
fn jsonl_bad_options_on_the_command_line_still_exit_2() {
    usage_error(
        &["analyse", "--format", "jsonl", "--lang", "xx"],
        "invalid lang",
    );
}

#[test]
fn format_text_prints_the_article() {
    let text = "पुतिन ने 18 नवंबर 2025 को दिल्ली में 5 करोड़ रुपये की घोषणा की।";
    let o = kaalrekha(
        &["analyse", "--format", "text", "--dct", "2025-11-20"],
        text,
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let out = String::from_utf8(o.stdout).unwrap();
    assert!(!out.contains('\u{1b}'), "no colour when not on a terminal");
    // Every word of the article is still there, with marks around the spans.
    for word in text.split_whitespace() {
        let bare: String = word.chars().filter(|c| !"।".contains(*c)).collect();
        assert!(out.contains(&bare), "{bare:?} missing from:\n{out}");
    }
    assert!(out.contains("18 नवंबर 2025"), "{out}");
}

#[test]
fn reads_a_file_argument_and_stdin_dash() {
    let path = std::env::temp_dir().join(format!("kaalrekha-cli-{}.txt", std::process::id()));
    std::fs::write(&path, "Putin met Li Qiang on Tuesday.").unwrap();
    let a = kaalrekha(&["analyse", path.to_str().unwrap(), "--lang", "en"], "");
    let b = kaalrekha(
        &["analyse", "-", "--lang", "en"],
        "Putin met Li Qiang on Tuesday.",
    );
    std::fs::remove_file(path).ok();
    assert_eq!(a.status.code(), Some(0), "{}", stderr(&a));
    assert_eq!(a.stdout, b.stdout);
}

fn kaalrekha_bytes(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_kaalrekha"))
        .args(args)
        .env("NO_COLOR", "1")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run kaalrekha");
    // A usage error may exit before reading its input: a broken pipe here is fine.
    let _ = child.stdin.take().unwrap().write_all(stdin);
    child.wait_with_output().unwrap()
}

/// A deterministic xorshift stream, standing in for random bytes.
fn noise(n: usize, mut x: u64) -> Vec<u8> {
    (0..n)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x as u8
        })
        .collect()
}

fn refused(o: &Output, reason: &str) {
    assert_eq!(o.status.code(), Some(2), "stderr {}", stderr(o));
    assert!(stderr(o).contains("not a text file: "), "{}", stderr(o));
    assert!(
        stderr(o).contains(reason),
        "stderr lacks {reason:?}: {}",
        stderr(o)
    );
    assert!(
        o.stdout.is_empty(),
        "nothing is analysed: {}",
        String::from_utf8_lossy(&o.stdout)
    );
}

#[test]
fn binary_input_is_refused_with_exit_2() {
    // A PNG file: its header, then bytes.
    let mut png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00".to_vec();
    png.extend(noise(5000, 11));
    let path = std::env::temp_dir().join(format!("kaalrekha-cli-png-{}.png", std::process::id()));
    std::fs::write(&path, &png).unwrap();
    for format in ["json", "text", "jsonl"] {
        let o = kaalrekha_bytes(
            &["analyse", path.to_str().unwrap(), "--format", format],
            b"",
        );
        refused(&o, "it looks like a PNG image");
        assert!(
            stderr(&o).contains(path.to_str().unwrap()),
            "names the file: {}",
            stderr(&o)
        );
    }
    std::fs::remove_file(path).ok();
    refused(&kaalrekha_bytes(&["analyse", "-"], &png), "PNG");
    // Random bytes on stdin, and text with NUL bytes in it.
    for seed in [1, 2, 3] {
        refused(&kaalrekha_bytes(&["analyse"], &noise(4096, seed)), "");
    }
    refused(
        &kaalrekha_bytes(&["analyse"], b"Putin met Li Qiang\x00 on Tuesday."),
        "NUL bytes",
    );
    refused(
        &kaalrekha_bytes(
            &["analyse"],
            b"\x01\x02\x03\x04 Putin met Li Qiang on Tuesday.",
        ),
        "control characters",
    );
    refused(&kaalrekha_bytes(&["analyse"], b"%PDF-1.4\n1 0 obj"), "PDF");
}

#[test]
fn utf8_and_utf16_with_a_bom_are_read() {
    let text = "पुतिन ने 18 नवंबर 2025 को ली कियांग से मुलाकात की।";
    let texts = |o: &Output| -> Vec<String> {
        assert_eq!(o.status.code(), Some(0), "{}", stderr(o));
        let a: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
        a["entities"]
            .as_array()
            .unwrap()
            .iter()
            .chain(a["timexes"].as_array().unwrap())
            .map(|m| m["text"].to_string())
            .collect()
    };
    let plain = texts(&kaalrekha_bytes(
        &["analyse", "--dct", "2025-11-20"],
        text.as_bytes(),
    ));
    assert!(!plain.is_empty(), "{plain:?}");
    let mut utf8_bom = b"\xef\xbb\xbf".to_vec();
    utf8_bom.extend(text.as_bytes());
    assert_eq!(
        texts(&kaalrekha_bytes(
            &["analyse", "--dct", "2025-11-20"],
            &utf8_bom
        )),
        plain
    );
    for le in [true, false] {
        let mut bytes = if le {
            vec![0xff, 0xfe]
        } else {
            vec![0xfe, 0xff]
        };
        for u in text.encode_utf16() {
            bytes.extend(if le { u.to_le_bytes() } else { u.to_be_bytes() });
        }
        assert_eq!(
            texts(&kaalrekha_bytes(
                &["analyse", "--dct", "2025-11-20"],
                &bytes
            )),
            plain,
            "UTF-16 le={le}"
        );
    }
}
