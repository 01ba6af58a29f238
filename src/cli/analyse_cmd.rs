//! `kaalrekha analyse`: one article as json or text, or a corpus as jsonl. Input that is not
//! text (`text::sniff`) is refused with exit code 2 and "not a text file: <reason>".

use super::{render_text, Flags, UsageError};
use kaalrekha::text::sniff::{self, Encoding};
use kaalrekha::{analyse, OffsetUnit, Options};
use std::io::{self, BufRead, IsTerminal, Read, Write};

pub fn run(args: &[String]) -> Result<i32, UsageError> {
    let flags = Flags::parse(args, &["lang", "dct", "offsets", "format"])?;
    let opts = Options::parse(
        flags.get("lang"),
        flags.get("dct"),
        flags.get("offsets"),
        OffsetUnit::Codepoint,
    )
    .map_err(|e| UsageError(e.to_string()))?;
    let format = flags.get("format").unwrap_or("json");
    if !matches!(format, "json" | "jsonl" | "text") {
        return Err(UsageError(format!(
            "invalid format {format:?}: expected json, jsonl or text"
        )));
    }
    if flags.positional.len() > 1 {
        return Err(UsageError("give at most one FILE".into()));
    }
    let path = flags.positional.first().map(String::as_str).unwrap_or("-");
    let input: Box<dyn Read> = if path == "-" {
        Box::new(io::stdin())
    } else {
        Box::new(
            std::fs::File::open(path)
                .map_err(|e| UsageError(format!("cannot read {path}: {e}")))?,
        )
    };
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    let name = if path == "-" { "stdin" } else { path };
    let result = if format == "jsonl" {
        let mut input = io::BufReader::new(input);
        // A binary file is refused by its first bytes; lines that are not JSON get their error.
        let head = input
            .fill_buf()
            .map_err(|e| UsageError(format!("cannot read {path}: {e}")))?;
        if let Some(what) = sniff::binary_format(head) {
            eprintln!("kaalrekha: {name}: not a text file: it looks like {what}");
            return Ok(2);
        }
        run_jsonl(input, &opts, &mut out)
    } else {
        let mut bytes = Vec::new();
        io::BufReader::new(input)
            .read_to_end(&mut bytes)
            .map_err(|e| UsageError(format!("cannot read {path}: {e}")))?;
        // Binary input (an image, an archive, random bytes) is refused with the reason.
        let decoded = match sniff::decode(bytes) {
            Ok(d) => d,
            Err(refused) => {
                eprintln!("kaalrekha: {name}: {refused}");
                return Ok(2);
            }
        };
        // Text with a few bad bytes is not guessed at: offsets would not match the file.
        if let Some(at) = decoded.first_invalid {
            let what = match decoded.encoding {
                Encoding::Utf16Le | Encoding::Utf16Be => "valid UTF-16",
                _ => "UTF-8",
            };
            return Err(UsageError(format!(
                "{path} is not {what} text (invalid byte at offset {at})"
            )));
        }
        let text = decoded.text;
        let analysis = analyse(&text, &opts).map_err(|e| UsageError(e.to_string()))?;
        if format == "json" {
            serde_json::to_writer_pretty(&mut out, &analysis)
                .map_err(io::Error::from)
                .and_then(|_| writeln!(out))
        } else {
            let colour = io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none();
            render_text::write(&mut out, &text, &analysis, colour)
        }
    };
    match result.and_then(|_| out.flush()) {
        Ok(()) => Ok(0),
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Ok(0),
        Err(e) => {
            eprintln!("kaalrekha: {e}");
            Ok(1)
        }
    }
}

#[derive(serde::Deserialize)]
struct Line {
    id: serde_json::Value,
    text: String,
    dct: Option<String>,
    lang: Option<String>,
}

/// One Analysis per input line, in order, with the line's `id`; a bad line gets an error
/// object on its line and the run carries on.
fn run_jsonl(input: impl BufRead, defaults: &Options, out: &mut impl Write) -> io::Result<()> {
    for (n, line) in input.split(b'\n').enumerate() {
        let line = line?;
        if line.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        let reply = match handle_line(&line, defaults) {
            Ok(json) => json,
            Err((id, msg)) => {
                serde_json::json!({"id": id, "error": format!("line {}: {msg}", n + 1)}).to_string()
            }
        };
        writeln!(out, "{reply}")?;
    }
    Ok(())
}

fn handle_line(line: &[u8], defaults: &Options) -> Result<String, (serde_json::Value, String)> {
    let parsed: Line = serde_json::from_slice(line).map_err(|e| {
        // Keep the id if the line is JSON with an id but lacks something else.
        let id = serde_json::from_slice::<serde_json::Value>(line)
            .ok()
            .and_then(|v| v.get("id").cloned());
        (
            id.unwrap_or(serde_json::Value::Null),
            format!("not a valid input line: {e}"),
        )
    })?;
    let id = parsed.id.clone();
    let fail = |msg: String| (id.clone(), msg);
    let mut opts = Options::parse(
        parsed.lang.as_deref(),
        parsed.dct.as_deref(),
        None,
        defaults.offsets,
    )
    .map_err(|e| fail(e.to_string()))?;
    if parsed.lang.is_none() {
        opts.lang = defaults.lang;
    }
    if parsed.dct.is_none() {
        opts.dct = defaults.dct;
    }
    let analysis = std::panic::catch_unwind(|| analyse(&parsed.text, &opts))
        .map_err(|_| fail("internal error while analysing this line".into()))?
        .map_err(|e| fail(e.to_string()))?;
    let body = serde_json::to_string(&analysis).map_err(|e| fail(e.to_string()))?;
    let id_json = serde_json::to_string(&id).map_err(|e| fail(e.to_string()))?;
    // `id` first, then the Analysis fields in schema order.
    Ok(format!("{{\"id\":{id_json},{}", &body[1..]))
}
