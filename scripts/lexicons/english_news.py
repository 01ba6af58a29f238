"""English common words from the English news under `../shared/data`, for the generators of
`data/hi/ner-loanwords.tsv` and `data/hi/person-latin.tsv`: a word that CoNLL-2003 train and
valid and the TempEval-3 training documents write in lower case at least twice, and more
often than capitalised inside a sentence ("watch", though "Human Rights Watch")."""

import collections
import os
import re


def english_words(data):
    """English news text, one sentence's words at a time: CoNLL-2003 train and valid, and the
    TempEval-3 training documents (TimeBank, AQUAINT) with their markup removed."""
    for split in ("train", "valid"):
        words = []
        with open(os.path.join(data, "ner", "conll2003", f"{split}.txt"), encoding="utf-8") as f:
            for line in f:
                cols = line.split()
                if not cols or cols[0] == "-DOCSTART-":
                    if words:
                        yield words
                    words = []
                    continue
                words.append(cols[0])
        if words:
            yield words
    for sub in ("TimeBank", "AQUAINT"):
        folder = os.path.join(data, "tempeval3", "train", sub)
        for name in sorted(os.listdir(folder)):
            with open(os.path.join(folder, name), encoding="utf-8") as f:
                text = re.sub(r"<[^>]+>", " ", f.read())
            for sentence in re.split(r"(?<=[.!?])\s+|\n\s*\n", text):
                words = re.findall(r"[A-Za-z]+", sentence)
                if words:
                    yield words


def english_common_words(data):
    lower = collections.Counter()
    capital_inside = collections.Counter()
    for words in english_words(data):
        for k, w in enumerate(words):
            if not w.isalpha():
                continue
            if w.islower():
                lower[w] += 1
            elif w[0].isupper() and k > 0:
                capital_inside[w.lower()] += 1
    return {w for w, n in lower.items() if n >= 2 and n > capital_inside[w] and len(w) >= 3}
