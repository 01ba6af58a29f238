#!/usr/bin/env python3
"""Generates data/hi/ner-person-names.tsv: Devanagari given and family names of people, for
the entity rules ("अनुराग कश्यप ने", "दीपिका ने"). Run once, by hand:

    pip install faker==40.54.0 gender-guesser==0.4.0 indian-names==0.3 wordfreq==3.1.1
    python3 scripts/lexicons/person_names.py [--data ../shared/data]

A word goes in as a given name when
- faker's Hindi (hi_IN) person provider lists it as a first name, or
- its most frequent romanisation in the Dakshina lexicon (train and dev; ties allowed),
  attested twice or more, is an Indian first name (faker en_IN, indian-names, or
  gender-guesser's name dictionary with a frequency for India) and no English common word, or
- the entity training data (IL-NER Hindi train and dev, HiNER validation) begins a person's
  name of two or more words with it twice or more;
and as a family name likewise (faker hi_IN and en_IN last names; the last word of such a name
twice or more; faker en_IN and indian-names last names by romanisation). A word goes in as a name from abroad ("abroad": a part of a full name only, never a name alone)
when a romanisation in the Dakshina lexicon is a given or family name of people elsewhere
(data/en/names-person.tsv: Katie for केटी) for most of the word's attestations, and the word is
rare in Hindi (wordfreq Zipf frequency below 3.9: not "मरा", Mara). A word is left out when the entity training data has it outside names more
often than inside a person's name (seen three times or more), or when another list already
reads it: `ner-common.tsv` (words training leaves outside person names), `ner-loanwords.tsv`
(English words), the gazetteers, titles and postpositions. The rules still read each name in
context (a postposition after it, a second name beside it); the list alone makes no name.

Sources: faker 40.54.0 person providers hi_IN and en_IN (MIT); indian-names 0.3 (BSD 3-Clause,
Shraddha Kishan Tripathi); gender-guesser 0.4.0's
nam_dict.txt by Jörg Michael (GNU FDL 1.2; only which Latin first names it counts for India is
read); Dakshina Hindi lexicon train and dev (CC BY-SA 4.0); IL-NER Hindi train and dev (CC BY
4.0); HiNER validation (CC BY-SA 4.0); wordfreq 3.1.1's Hindi frequencies (data CC BY-SA 4.0; only
read to leave frequent words out). The normal build never runs this.
"""

import collections
import importlib

from wordfreq import zipf_frequency
import os

from romanised import ROOT, add_holdout, english_common_words, holdout, il_ner_hindi, romanisations, write

COMMAND = "python3 scripts/lexicons/person_names.py"

HEADER = [
    "Devanagari words of people's names; columns: word, given|family|abroad. Read by the entity rules only.",
    "Sources: faker 40.54.0 hi_IN and en_IN person providers (MIT); indian-names 0.3 (BSD-3-Clause);",
    "gender-guesser 0.4.0 nam_dict.txt",
    "(Jörg Michael, GNU FDL 1.2: its Indian first names); Dakshina Hindi lexicon train and dev",
    "(CC BY-SA 4.0); names in IL-NER Hindi train+dev (CC BY 4.0) and HiNER validation (CC BY-SA 4.0);",
    "data/en/names-person.tsv (faker, MIT) for names from abroad; wordfreq 3.1.1 Hindi frequencies (CC BY-SA 4.0).",
]


LATIN_HEADER = [
    "Latin given and family names of Indian people; columns: name, given|family. Read by the",
    "entity rules only, by sound (src/ner/name_sound.rs). Sources: faker 40.54.0 en_IN (MIT);",
    "indian-names 0.3 (BSD-3-Clause); gender-guesser 0.4.0 nam_dict.txt (Jörg Michael, GNU FDL 1.2:",
    "the first names it counts for India).",
]


def read_list(name):
    out = set()
    path = os.path.join(ROOT, "data", "hi", f"{name}.tsv")
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip() and not line.startswith("#"):
                out.add(line.rstrip("\n").split("\t")[0])
    return out


def training_names(data):
    """(first words, last words of person names of 2+ words, words inside person names,
    words outside any name), each a Counter."""
    first, last, inside, outside = (collections.Counter() for _ in range(4))
    corpora = [(path, "NEP") for path in il_ner_hindi(data)]
    corpora.append((os.path.join(data, "ner", "hiner", "validation.conll"), "PERSON"))
    for path, tag in corpora:
        span = []

        def close():
            if len(span) >= 2:
                first[span[0]] += 1
                last[span[-1]] += 1
            span.clear()

        with open(path, encoding="utf-8") as f:
            for line in f:
                cols = line.split()
                if len(cols) < 2:
                    close()
                    continue
                word, label = cols[0], cols[-1]
                if label[2:] == tag:
                    if label.startswith("B-"):
                        close()
                    span.append(word)
                    inside[word] += 1
                else:
                    close()
                    if label == "O":
                        outside[word] += 1
        close()
    return first, last, inside, outside


def indian_names(kind):
    """Lower-cased names of the indian-names package: kind "first.male", "first.female", "last"."""
    import indian_names as pkg
    with open(os.path.join(os.path.dirname(pkg.__file__), f"{kind}.names"), encoding="utf-8") as f:
        return {w.strip().lower() for w in f if w.strip().isalpha()}


def indian_first_names():
    """Lower-cased Latin first names of Indian people: faker en_IN, indian-names,
    gender-guesser's India."""
    names = indian_names("first.male") | indian_names("first.female")
    p = importlib.import_module("faker.providers.person.en_IN").Provider
    for attr in ("first_names_male", "first_names_female"):
        names.update(n.lower() for n in getattr(p, attr))
    from gender_guesser import detector
    india = detector.Detector.COUNTRIES.index("india")
    path = os.path.join(os.path.dirname(detector.__file__), "data", "nam_dict.txt")
    with open(path, encoding="iso-8859-1") as f:
        for line in f:
            if line.startswith("#"):
                continue
            parts = line[:29].split()
            values = line[30:-1]
            if len(parts) == 2 and india < len(values) and values[india].strip() and parts[1].isalpha():
                names.add(parts[1].lower())
    return names


def latin_names():
    """Lower-cased given and family names of data/en/names-person.tsv."""
    given, family = set(), set()
    with open(os.path.join(ROOT, "data", "en", "names-person.tsv"), encoding="utf-8") as f:
        for line in f:
            cols = line.rstrip("\n").split("\t")
            if line.startswith("#") or len(cols) < 2:
                continue
            (given if cols[1] == "given" else family).add(cols[0].lower())
    return given, family


def main():
    import argparse

    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default=os.path.join(ROOT, "..", "shared", "data"))
    add_holdout(ap)
    args = ap.parse_args()
    holdout(args)
    hi = importlib.import_module("faker.providers.person.hi_IN").Provider
    en = importlib.import_module("faker.providers.person.en_IN").Provider
    given = set(hi.first_names_male) | set(hi.first_names_female)
    family = set(hi.last_names)
    latin_given = indian_first_names()
    latin_family = {n.lower() for n in en.last_names} | indian_names("last")
    english = english_common_words(args.data)
    # Names of people elsewhere (faker's European and American locales, data/en/names-person.tsv):
    # "केटी" is Katie, "नाओमी" Naomi.
    world_given, world_family = latin_names()
    abroad = set()
    for word, counts in romanisations(args.data).items():
        top = max(counts.values())
        best = {r for r, c in counts.items() if c == top}
        if best & english:
            continue
        if top >= 2:
            if best & latin_given:
                given.add(word)
            if best & latin_family:
                family.add(word)
        # Spelt in Latin several ways, each attested once ("aaliya", "alia", "aliya" for
        # आलिया): the word is a name when names take most of its attestations, twice or more.
        total = sum(counts.values())
        for indian, world, kind in ((latin_given, world_given, given), (latin_family, world_family, family)):
            hits = sum(c for r, c in counts.items() if r in indian)
            if hits >= 2 and 2 * hits > total:
                kind.add(word)
                continue
            # A name from elsewhere is rare in Hindi; a frequent word that sounds like one is a
            # Hindi word ("मरा", Mara; "गला", Gala), left out.
            hits = sum(c for r, c in counts.items() if r in world)
            if hits >= 1 and 2 * hits > total and zipf_frequency(word, "hi") < 3.9:
                abroad.add(word)
    first, last, inside, outside = training_names(args.data)
    given |= {w for w, n in first.items() if n >= 2}
    family |= {w for w, n in last.items() if n >= 2}
    exclude = read_list("ner-common") | read_list("ner-loanwords") | read_list("ner-titles") | read_list("ner-postpositions")
    for g in ("gpe", "loc", "norp", "org", "event"):
        exclude |= read_list(f"gazetteer-{g}")
    rows = []
    for word in sorted(given | family | abroad):
        if word in exclude or len(word) < 2 or not all("\u0900" <= c <= "\u097f" for c in word):
            continue
        if outside[word] + inside[word] >= 3 and outside[word] > inside[word]:
            continue
        kind = "given" if word in given else "family" if word in family else "abroad"
        if word in given and word in family and last[word] > first[word]:
            kind = "family"
        rows.append((word, kind))
    write("ner-person-names", COMMAND, HEADER, rows)
    # The Latin spellings themselves, for names in Devanagari that no list holds but that sound
    # like one of them (src/ner/name_sound.rs: "दीप्ती", Deepti).
    latin_rows = sorted({(n.capitalize(), "given") for n in latin_given if n.isalpha()}
                        | {(n.capitalize(), "family") for n in latin_family if n.isalpha()})
    seen, unique = set(), []
    for name, kind in latin_rows:
        if name.lower() not in seen:
            seen.add(name.lower())
            unique.append((name, kind))
    write("person-names-latin", COMMAND, LATIN_HEADER, unique)


if __name__ == "__main__":
    main()
