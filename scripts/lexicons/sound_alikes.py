#!/usr/bin/env python3
"""Generates data/hi/ner-sound-alikes.tsv: frequent Hindi words that sound like the Latin
spelling of a person's name but are words ("झंडे" sounds like a name's skeleton JND; "बल्ला",
bat, like Bella). The entity rules read a word no list holds that sounds like a Latin name as a
possible word of a full name (src/ner/name_sound.rs); the words here are not. Run once, by hand:

    pip install wordfreq==3.1.1
    python3 scripts/lexicons/sound_alikes.py [--data ../shared/data]

A word goes in when wordfreq's Hindi list has it with a Zipf frequency of 3.3 or more (a word
a reader meets every few days; below that, many are names: "केटी" 3.1), its skeleton is that of a Latin given or family name the lists hold
(data/en/names-person.tsv, data/hi/person-names-latin.tsv, the Latin column of
data/hi/person-latin.tsv), no other list already
reads it (common words, English words, titles, postpositions, gazetteers, people's names) and
the entity training data (IL-NER Hindi train and dev) never has it inside a name. Some real
names are left out of the sound test by this ("राणा"); other rules and the model still read
them.

`skeleton_devanagari` and `skeleton_latin` mirror src/ner/name_sound.rs.

Sources: wordfreq 3.1.1 Hindi word list (data CC BY-SA 4.0); IL-NER Hindi train and dev (CC BY
4.0). The normal build never runs this.
"""

import argparse
import collections
import os
import unicodedata

from wordfreq import top_n_list, zipf_frequency

from romanised import ROOT, add_holdout, holdout, il_ner_hindi, write

COMMAND = "python3 scripts/lexicons/sound_alikes.py"
HEADER = [
    "Frequent Hindi words that sound like a Latin name of a person but are words; column: word.",
    "Read by the entity rules (src/ner/name_sound.rs): these are never a word of a name by sound alone.",
    "Sources: wordfreq 3.1.1 Hindi word list (CC BY-SA 4.0); IL-NER Hindi train+dev (CC BY 4.0).",
]

DEVA = {}
for letters, k in (("कख", "K"), ("गघ", "G"), ("चछ", "C"), ("जझ", "J"), ("टठतथ", "T"), ("डढदध", "D"),
                   ("ङञणन", "N"), ("प", "P"), ("फ", "F"), ("बभ", "B"), ("म", "M"), ("रऱ", "R"),
                   ("लळ", "L"), ("व", "V"), ("शषस", "S"), ("ंँ", "n")):
    for c in letters:
        DEVA[c] = k
VOWELS = set("अआइईउऊऋॠऌॡऍऎएऐऑऒओऔ")


def push(out, k):
    if not out or out[-1] != k:
        out.append(k)


def finish(out):
    res = []
    for i, c in enumerate(out):
        if c == "n":
            c = "M" if i + 1 < len(out) and out[i + 1] in "PBM" else "N"
        push(res, c)
    return "".join(res)


def fold(word):
    word = unicodedata.normalize("NFD", word)
    word = "".join(c for c in word if c not in "\u093c\u200c\u200d")
    return unicodedata.normalize("NFC", word.replace("\u0901", "\u0902"))


def skeleton_devanagari(word):
    out = []
    for n, c in enumerate(fold(word)):
        if c in DEVA:
            push(out, DEVA[c])
        elif c in VOWELS and n == 0:
            push(out, "@")
        elif not "\u0900" <= c <= "\u097f":
            return None
    return finish(out)


LATIN = {"c": "K", "k": "K", "q": "K", "x": "KS", "z": "J", "j": "J", "w": "V", "v": "V", "b": "B",
         "d": "D", "f": "F", "g": "G", "l": "L", "m": "M", "n": "N", "p": "P", "r": "R", "s": "S",
         "t": "T"}
DIGRAPHS = (("sch", "S"), ("tch", "C"), ("ch", "C"), ("sh", "S"), ("th", "T"), ("ph", "F"),
            ("gh", "G"), ("ck", "K"), ("qu", "KV"))


def skeleton_latin(word):
    w = word.lower()
    if not w or not all("a" <= c <= "z" for c in w):
        return None
    out = ["@"] if w[0] in "aeiou" else []
    i = 0
    while i < len(w):
        for d, k in DIGRAPHS:
            if w.startswith(d, i):
                for c in k:
                    push(out, c)
                i += len(d)
                break
        else:
            c = w[i]
            k = "S" if c == "c" and i + 1 < len(w) and w[i + 1] in "eiy" else LATIN.get(c, "")
            for ch in k:
                push(out, ch)
            i += 1
    return finish(out)


def read_list(name, lang="hi"):
    out = set()
    with open(os.path.join(ROOT, "data", lang, f"{name}.tsv"), encoding="utf-8") as f:
        for line in f:
            if line.strip() and not line.startswith("#"):
                out.add(fold(line.rstrip("\n").split("\t")[0]))
    return out


def name_skeletons():
    names = set()
    with open(os.path.join(ROOT, "data", "en", "names-person.tsv"), encoding="utf-8") as f:
        names |= {line.split("\t")[0] for line in f if not line.startswith("#")}
    with open(os.path.join(ROOT, "data", "hi", "person-names-latin.tsv"), encoding="utf-8") as f:
        names |= {line.split("\t")[0] for line in f if not line.startswith("#")}
    with open(os.path.join(ROOT, "data", "hi", "person-latin.tsv"), encoding="utf-8") as f:
        for line in f:
            cols = line.rstrip("\n").split("\t")
            if not line.startswith("#") and len(cols) > 1:
                names |= set(cols[1].split())
    return {k for k in map(skeleton_latin, names) if k}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default=os.path.join(ROOT, "..", "shared", "data"))
    add_holdout(ap)
    args = ap.parse_args()
    holdout(args)
    skeletons = name_skeletons()
    listed = set()
    for name in ("ner-common", "ner-loanwords", "ner-titles", "ner-postpositions", "ner-person-names",
                 "person-latin", "gazetteer-gpe", "gazetteer-loc", "gazetteer-norp", "gazetteer-org",
                 "gazetteer-event", "gazetteer-knowledge", "place-spellings"):
        listed |= read_list(name)
    inside = collections.Counter()
    for path in il_ner_hindi(args.data):
        with open(path, encoding="utf-8") as f:
            for line in f:
                cols = line.split()
                if len(cols) >= 2 and cols[-1] != "O":
                    inside[fold(cols[0])] += 1
    rows, seen = [], set()
    for word in top_n_list("hi", 100000):
        key = fold(word)
        sk = skeleton_devanagari(word)
        if (zipf_frequency(word, "hi") < 3.3 or not sk or len(sk) < 2 or sk not in skeletons
                or key in listed or inside[key] or key in seen):
            continue
        seen.add(key)
        rows.append((word,))
    rows.sort()
    write("ner-sound-alikes", COMMAND, HEADER, rows)


if __name__ == "__main__":
    main()
