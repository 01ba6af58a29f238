//! `--format text`: the article with entities in [brackets] and dates in {braces}, each
//! followed by its label, then the timeline as a list. Colour only on a terminal.

use kaalrekha::schema::Analysis;
use std::io::{self, Write};

fn colour_of(label: &str) -> &'static str {
    match label {
        "PERSON" => "35",
        "ORG" => "36",
        "GPE" | "LOC" => "32",
        "NORP" | "EVENT" => "33",
        "DATE" | "TIME" | "DURATION" | "SET" => "1;34",
        _ => "2",
    }
}

pub fn write(out: &mut impl Write, text: &str, a: &Analysis, colour: bool) -> io::Result<()> {
    // Marks as (position, order, string), at code-point offsets (the CLI default), converted
    // to bytes here; an entity and a timex may overlap, so opening and closing marks nest
    // by position only.
    let cps: Vec<usize> = text
        .char_indices()
        .map(|(b, _)| b)
        .chain(std::iter::once(text.len()))
        .collect();
    let byte = |off: usize| -> usize {
        match a.offsets {
            "utf8" => off,
            "codepoint" => cps[off.min(cps.len() - 1)],
            _ => {
                let mut units = 0;
                for (b, c) in text.char_indices() {
                    if units >= off {
                        return b;
                    }
                    units += c.len_utf16();
                }
                text.len()
            }
        }
    };
    let paint = |s: String, code: &str| {
        if colour {
            format!("\x1b[{code}m{s}\x1b[0m")
        } else {
            s
        }
    };
    let mut marks: Vec<(usize, u8, String)> = Vec::new();
    for e in &a.entities {
        marks.push((byte(e.start), 1, paint("[".into(), colour_of(e.label))));
        marks.push((
            byte(e.end),
            0,
            paint(format!("]{}", e.label), colour_of(e.label)),
        ));
    }
    for t in &a.timexes {
        marks.push((byte(t.start), 2, paint("{".into(), colour_of(t.kind))));
        marks.push((
            byte(t.end),
            0,
            paint(format!("}}{}={}", t.kind, t.value), colour_of(t.kind)),
        ));
    }
    marks.sort_by_key(|m| (m.0, m.1));
    let mut at = 0;
    for (pos, _, s) in &marks {
        out.write_all(text[at..*pos].as_bytes())?;
        out.write_all(s.as_bytes())?;
        at = *pos;
    }
    out.write_all(text[at..].as_bytes())?;
    writeln!(out)?;
    writeln!(out)?;
    match (&a.dct, a.dct_source) {
        (Some(d), Some(src)) => writeln!(out, "document date: {d} ({src})")?,
        _ => writeln!(out, "document date: unknown")?,
    }
    writeln!(out, "timeline:")?;
    for e in &a.timeline {
        let when = match (&e.start, &e.end) {
            (Some(s), Some(t)) if s == t => s.clone(),
            (Some(s), Some(t)) => format!("{s} … {t}"),
            _ => {
                let v = a
                    .timexes
                    .iter()
                    .find(|t| t.id == e.timex)
                    .map_or("", |t| t.value.as_str());
                format!("date unknown ({v})")
            }
        };
        writeln!(out, "  {when}  {}", e.summary)?;
    }
    Ok(())
}
