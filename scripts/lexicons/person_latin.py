#!/usr/bin/env python3
"""Generates data/hi/person-latin.tsv: Devanagari words of people's names and the Latin name
readers know them by (जॉर्ज → George, थॉमस → Thomas, ओबामा → Obama). Run once, by hand:

    python3 scripts/lexicons/person_latin.py [--data ../shared/data]

Hindi romanisation spells जॉर्ज "Jorj", which no reader searches for. The Dakshina lexicon
(train and dev splits only; its test split scores `romanise`) records how native speakers
romanise each Hindi word. A word goes in when its most frequent romanisation (ties allowed),
attested at least twice, is a given or family name of `data/en/names-person.tsv` and no
English common word (`romanised.py`: "Good", "White", "Long" are names too); that name's
spelling is the row's Latin form. A word that the entity training data has inside person
names (IL-NER NEP, HiNER PERSON) also goes in with its most frequent romanisation when that
is attested at least twice and has no tie: मायावती → Mayawati, केजरीवाल → Kejriwal, जयशंकर
(jaishankar, jayshankar: a tie) not. Linking reads the list for the words of PERSON names
only (src/link/mod.rs), so a common word that is also a name ("मार", Mar) changes nothing
there; but the entity rules keep a listed word at a name's end, so a word the training data
nearly always leaves outside names (`ner-common.tsv`, "plain": और, ऐतिहासिक, tag noise in
the corpora) stays out unless `ner-person-names.tsv` holds it as a name.

Sources: Dakshina (CC BY-SA 4.0); faker's name lists (MIT) via names-person.tsv; IL-NER
Hindi train and dev (CC BY 4.0) and HiNER validation (CC BY-SA 4.0), for which words are
words of person names.
"""

import os

from romanised import generate, il_ner_hindi, top_match

COMMAND = "python3 scripts/lexicons/person_latin.py"


HEADER = [
    "Devanagari words of people's names and their Latin form; columns: word, Latin.",
    "Read by linking for PERSON names only.",
    "Sources: Dakshina Hindi lexicon, train and dev (CC BY-SA 4.0); data/en/names-person.tsv (faker, MIT);",
    "words of person names in IL-NER Hindi train+dev (CC BY 4.0) and HiNER validation (CC BY-SA 4.0)",
]


_PERSON_WORDS = None
_PLAIN = None


def plain_words():
    """Words `ner-common.tsv` marks plain, less the given and family names of the hand list."""
    global _PLAIN
    if _PLAIN is None:
        here = os.path.join(os.path.dirname(__file__), "..", "..", "data", "hi")

        def rows(name):
            with open(os.path.join(here, name), encoding="utf-8") as f:
                for line in f:
                    if line.strip() and not line.startswith("#"):
                        yield line.rstrip("\n").split("\t")

        names = {r[0] for r in rows("ner-person-names.tsv")}
        _PLAIN = {r[0] for r in rows("ner-common.tsv") if r[1:2] == ["plain"]} - names
    return _PLAIN


def person_words(data):
    """Words inside person names in the Hindi entity training data."""
    global _PERSON_WORDS
    if _PERSON_WORDS is None:
        _PERSON_WORDS = set()
        corpora = [(path, "NEP") for path in il_ner_hindi(data)]
        corpora.append((os.path.join(data, "ner", "hiner", "validation.conll"), "PERSON"))
        for path, tag in corpora:
            with open(path, encoding="utf-8") as f:
                for line in f:
                    cols = line.split()
                    if len(cols) >= 2 and cols[-1][2:] == tag:
                        _PERSON_WORDS.add(cols[0])
    return _PERSON_WORDS


def pick(word, counts, common, names, data):
    if word in plain_words():
        return None
    name = top_match(counts, lambda r: r in names and r not in common, min_top=2)
    if name:
        return names[name]
    top = max(counts.values())
    best = [r for r, c in counts.items() if c == top]
    if top >= 2 and len(best) == 1 and best[0].isalpha() and word in person_words(data):
        return best[0].capitalize()
    return None


def main():
    generate("person-latin", COMMAND, HEADER, pick)


if __name__ == "__main__":
    main()
