#!/usr/bin/env python3
"""Generates data/hi/ner-loanwords.tsv: English common words as Hindi writes them (एयरलाइन,
ब्लॉगर, एक्टर, जर्नल). Run once, by hand:

    python3 scripts/lexicons/loanwords.py [--data ../shared/data]

A loanword is no name, though neither the entity model nor the gazetteers know it: "एयरलाइन
ने" is the airline, not a person. A Hindi word goes in when its most frequent romanisation in
the Dakshina lexicon (train and dev splits; ties allowed) is an English word that English
news (CoNLL-2003 train and valid, TempEval-3 training documents) writes in lower case at
least twice and more often than capitalised inside a sentence
("watch", though "Human Rights Watch"), and that is no given or family name of
`data/en/names-person.tsv`. A Hindi word whose romanisation happens to be English ("तप",
tap) is a common word all the same. Only the entity rules
read it (src/ner/rules.rs, unknown words before an agent marker).

Sources: Dakshina (CC BY-SA 4.0); CoNLL-2003 (Reuters, research use) and TempEval-3
TimeBank/AQUAINT (research use), of which only which words are English common words is
kept; faker's name lists (MIT) via names-person.tsv.
"""

from romanised import generate, top_match

COMMAND = "python3 scripts/lexicons/loanwords.py"


HEADER = [
    "English common words as Hindi writes them: no names; columns: word, English.",
    "Read by the entity rules only.",
    "Sources: Dakshina Hindi lexicon, train and dev (CC BY-SA 4.0); lower-case words of CoNLL-2003 and TempEval-3 train;",
    "data/en/names-person.tsv (faker, MIT)",
]


def main():
    generate("ner-loanwords", COMMAND, HEADER, lambda word, counts, common, names, data: top_match(counts, lambda r: r in common and r not in names))


if __name__ == "__main__":
    main()
