#!/usr/bin/env python3
"""Generates data/hi/person-latin.tsv: Devanagari words of people's names and the Latin name
readers know them by (जॉर्ज → George, थॉमस → Thomas, ओबामा → Obama). Run once, by hand:

    python3 scripts/lexicons/person_latin.py [--data ../shared/data]

Hindi romanisation spells जॉर्ज "Jorj", which no reader searches for. The Dakshina lexicon
(train and dev splits only; its test split scores `romanise`) records how native speakers
romanise each Hindi word. A word goes in when its most frequent romanisation (ties allowed),
attested at least twice, is a given or family name of `data/en/names-person.tsv` and no
English common word (`romanised.py`: "Good", "White", "Long" are names too); that name's
spelling is the row's Latin form. Linking reads it for the words of PERSON names only
(src/link/mod.rs), so a common word that is also a name ("मार", Mar) changes nothing
elsewhere.

Sources: Dakshina (CC BY-SA 4.0), and faker's name lists (MIT) via names-person.tsv.
"""

from romanised import generate, top_match

COMMAND = "python3 scripts/lexicons/person_latin.py"


HEADER = [
    "Devanagari words of people's names and their Latin form; columns: word, Latin.",
    "Read by linking for PERSON names only.",
    "Sources: Dakshina Hindi lexicon, train and dev (CC BY-SA 4.0); data/en/names-person.tsv (faker, MIT)",
]


def main():
    generate("person-latin", COMMAND, HEADER, lambda counts, common, names: names.get(top_match(counts, lambda r: r in names and r not in common, min_top=2) or ""))


if __name__ == "__main__":
    main()
