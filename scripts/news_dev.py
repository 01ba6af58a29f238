#!/usr/bin/env python3
"""The real-news dev set: hand annotations of BBC Hindi articles, stored as offsets only.

The BBC text may never enter the repository (its licence allows local testing only), so the
annotations live in `tests/news/hi-dev.jsonl` as labels and code-point offsets, with a hash of
each article's text; `kaalrekha eval news` joins them back to `../shared/data/news-hi/` at run
time. Annotators work on copies outside the repository, in an inline markup:

    #dct 2013-06-14 <why this date>
    ⟦PERSON|नरेंद्र मोदी⟧ ने ⟦DATE=2013-06-13|गुरुवार⟧ को ⟦GPE|दिल्ली⟧ में …

`⟦LABEL|text⟧` is an entity (PERSON ORG GPE LOC NORP EVENT); `⟦TYPE=VALUE|text⟧` a TIMEX3
(DATE TIME DURATION SET), optionally `⟦DATE=2013-06-13;mod=APPROX|…⟧`. Markup may nest (an
EVENT holding a DATE). Stripped of its markup, a file must equal the article byte for byte.

    python3 scripts/news_dev.py extract DIR            # rows 200-239 as DIR/row-NNN.txt
    python3 scripts/news_dev.py pack DIR [--out FILE]  # DIR/row-NNN.ann -> tests/news/hi-dev.jsonl
    python3 scripts/news_dev.py show ROW [--jsonl FILE]  # an annotated article, back in markup

Rows are 0-based data rows of bbc-hindi-test.csv (the header is not a row), as pandas counts.
"""
import csv
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
CSV = os.path.join(REPO, "..", "shared", "data", "news-hi", "bbc-hindi-test.csv")
JSONL = os.path.join(REPO, "tests", "news", "hi-dev.jsonl")
ROWS = range(200, 240)
ENTITY = {"PERSON", "ORG", "GPE", "LOC", "NORP", "EVENT"}
TIMEX = {"DATE", "TIME", "DURATION", "SET"}
OPEN, SEP, CLOSE = "⟦", "|", "⟧"


def articles():
    csv.field_size_limit(1 << 30)
    with open(CSV, newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    return [(r[0], r[1]) for r in rows[1:]]


def text_hash(text):
    """FNV-1a, 64 bits, over the UTF-8 bytes (the same in `src/cli/eval/news.rs`)."""
    h = 0xCBF29CE484222325
    for b in text.encode("utf-8"):
        h = ((h ^ b) * 0x100000001B3) & 0xFFFFFFFFFFFFFFFF
    return f"{h:016x}"


def parse(ann, where):
    """Strips the markup; returns (text, dct, dct_why, entities, timexes)."""
    lines = ann.split("\n", 1)
    if not lines[0].startswith("#dct "):
        raise SystemExit(f"{where}:1: the first line must be '#dct YYYY-MM-DD why'")
    head = lines[0][5:].strip().split(None, 1)
    dct, why = head[0], (head[1] if len(head) > 1 else "")
    body = lines[1] if len(lines) > 1 else ""
    out, stack, ents, tims = [], [], [], []
    pos, i = 0, 0  # pos counts code points of stripped text
    while i < len(body):
        c = body[i]
        if c == OPEN:
            bar = body.find(SEP, i)
            if bar < 0:
                raise SystemExit(f"{where}: '⟦' at {i} has no '|'")
            stack.append((body[i + 1:bar], pos, i))
            i = bar + 1
        elif c == CLOSE:
            if not stack:
                raise SystemExit(f"{where}: '⟧' at {i} closes nothing")
            tag, start, at = stack.pop()
            span = "".join(out)[start:pos]
            if span != span.strip() or not span:
                raise SystemExit(f"{where}: span {span!r} ({tag}) has outer spaces or is empty")
            if "=" in tag:
                typ, rest = tag.split("=", 1)
                value, mod = rest, None
                if ";mod=" in rest:
                    value, mod = rest.split(";mod=", 1)
                if typ not in TIMEX:
                    raise SystemExit(f"{where}: unknown timex type {typ!r} at {at}")
                t = {"start": start, "end": pos, "type": typ, "value": value}
                if mod:
                    t["mod"] = mod
                tims.append(t)
            else:
                if tag not in ENTITY:
                    raise SystemExit(f"{where}: unknown entity label {tag!r} at {at}")
                ents.append({"start": start, "end": pos, "label": tag})
            i += 1
        else:
            out.append(c)
            pos += 1
            i += 1
    if stack:
        raise SystemExit(f"{where}: '⟦{stack[-1][0]}|' at {stack[-1][2]} is never closed")
    ents.sort(key=lambda e: (e["start"], e["end"]))
    tims.sort(key=lambda t: (t["start"], t["end"]))
    return "".join(out), dct, why, ents, tims


def render(text, ents, tims):
    opens, closes = {}, {}
    marks = [(e["start"], e["end"], e["label"]) for e in ents]
    for t in tims:
        tag = f'{t["type"]}={t["value"]}' + (f';mod={t["mod"]}' if t.get("mod") else "")
        marks.append((t["start"], t["end"], tag))
    for s, e, tag in marks:
        opens.setdefault(s, []).append((e, tag))
        closes[e] = closes.get(e, 0) + 1
    out = []
    for i in range(len(text) + 1):
        out.append(CLOSE * closes.get(i, 0))
        for e, tag in sorted(opens.get(i, []), key=lambda x: -x[0]):
            out.append(OPEN + tag + SEP)
        if i < len(text):
            out.append(text[i])
    return "".join(out)


def main(argv):
    if len(argv) < 2 or argv[0] not in {"extract", "pack", "show"}:
        raise SystemExit(__doc__)
    arts = articles()
    if argv[0] == "extract":
        os.makedirs(argv[1], exist_ok=True)
        for r in ROWS:
            with open(os.path.join(argv[1], f"row-{r:03}.txt"), "w", encoding="utf-8", newline="") as f:
                f.write(f"#category {arts[r][0]}\n{arts[r][1]}")
        print(f"wrote {len(ROWS)} articles to {argv[1]}")
    elif argv[0] == "pack":
        src, out = argv[1], JSONL
        if "--out" in argv:
            out = argv[argv.index("--out") + 1]
        docs = []
        for r in ROWS:
            path = os.path.join(src, f"row-{r:03}.ann")
            if not os.path.exists(path):
                continue
            # newline="": the articles keep their "\r\r\n" footers, and offsets count them.
            with open(path, encoding="utf-8", newline="") as f:
                text, dct, why, ents, tims = parse(f.read(), path)
            if text != arts[r][1]:
                a, b = text, arts[r][1]
                k = next((i for i in range(min(len(a), len(b))) if a[i] != b[i]), min(len(a), len(b)))
                raise SystemExit(f"{path}: stripped text differs from row {r} at code point {k}: "
                                 f"{a[k-20:k+20]!r} vs {b[k-20:k+20]!r}")
            docs.append({"row": r, "sha": text_hash(text), "dct": dct, "dctWhy": why,
                         "entities": ents, "timexes": tims})
        os.makedirs(os.path.dirname(out), exist_ok=True)
        with open(out, "w", encoding="utf-8") as f:
            for d in docs:
                f.write(json.dumps(d, ensure_ascii=False) + "\n")
        n_e = sum(len(d["entities"]) for d in docs)
        n_t = sum(len(d["timexes"]) for d in docs)
        print(f"{out}: {len(docs)} articles, {n_e} entities, {n_t} timexes")
    else:
        row = int(argv[1])
        path = argv[argv.index("--jsonl") + 1] if "--jsonl" in argv else JSONL
        with open(path, encoding="utf-8") as f:
            for line in f:
                d = json.loads(line)
                if d["row"] == row:
                    print(f'#dct {d["dct"]} {d["dctWhy"]}')
                    print(render(arts[row][1], d["entities"], d["timexes"]))
                    return
        raise SystemExit(f"row {row} is not annotated in {path}")


if __name__ == "__main__":
    main(sys.argv[1:])
