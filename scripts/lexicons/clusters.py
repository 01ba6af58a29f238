#!/usr/bin/env python3
"""Word clusters for the NER tagger: data/<lang>/ner-clusters.tsv (word, fine cluster, coarse
cluster), from the text of the training corpora and other freely licensed text in
../shared/data (never copied into the repository). Deterministic (fixed seeds).

Each word of at least MIN_COUNT occurrences gets a vector of PPMI-weighted counts of its left
and right neighbours among the most frequent words, reduced by a randomised SVD and clustered
with spherical k-means into FINE clusters; the fine centroids are clustered again into COARSE
groups. Needs numpy (pip install numpy==2.4.6).

    python3 scripts/lexicons/clusters.py [--data ../shared/data]
"""
import argparse, glob, os, re, sys, unicodedata
from collections import Counter
import numpy as np

MIN_COUNT = {"hi": 4, "en": 2}
MAX_VOCAB = {"hi": 16000, "en": 20000}
CONTEXTS = 2000
DIM = 96
FINE = 320
COARSE = 40

PUNCT = re.compile(r"^[\W_]+$", re.UNICODE)


def norm(w):
    w = unicodedata.normalize("NFC", w.strip()).lower()
    return w


def conll_sentences(path):
    sent = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            cols = line.split()
            if not cols or cols[0] == "-DOCSTART-":
                if sent:
                    yield sent
                sent = []
                continue
            sent.append(cols[0])
    if sent:
        yield sent


def timebank_hi(data):
    for path in sorted(glob.glob(os.path.join(data, "hindi-timex/hindi-timebank/*/*.xml"))):
        with open(path, encoding="utf-8") as f:
            toks = re.findall(r"<token[^>]*>([^<]*)</token>", f.read())
        sent = []
        for t in toks:
            t = t.strip()
            if not t:
                continue
            sent.append(t)
            if t in ("।", ".", "?", "!"):
                yield sent
                sent = []
        if sent:
            yield sent


def tempeval_en(data):
    for path in sorted(glob.glob(os.path.join(data, "tempeval3/train/*/*.tml"))):
        with open(path, encoding="utf-8") as f:
            src = f.read()
        m = re.search(r"<TEXT>(.*)</TEXT>", src, re.S)
        if not m:
            continue
        text = re.sub(r"<[^>]+>", "", m.group(1))
        for line in re.split(r"(?<=[.!?])\s+", text):
            toks = re.findall(r"\w+(?:[-'.]\w+)*|[^\w\s]", line)
            if toks:
                yield toks


def corpus(data, lang):
    if lang == "hi":
        for s in ("train", "dev"):
            yield from conll_sentences(os.path.join(data, f"ner/il-ner-hindi/{s}.txt"))
        yield from conll_sentences(os.path.join(data, "ner/hiner/validation.conll"))
        yield from timebank_hi(data)
    else:
        for s in ("train", "valid"):
            yield from conll_sentences(os.path.join(data, f"ner/conll2003/{s}.txt"))
        yield from conll_sentences(os.path.join(data, "ner/wnut17/wnut17train.conll"))
        yield from tempeval_en(data)


def kmeans(x, k, seed, iters=25):
    rng = np.random.default_rng(seed)
    c = x[rng.choice(len(x), k, replace=False)].copy()
    for _ in range(iters):
        a = np.argmax(x @ c.T, axis=1)
        for j in range(k):
            m = x[a == j]
            if len(m):
                v = m.sum(0)
                c[j] = v / (np.linalg.norm(v) + 1e-9)
    return np.argmax(x @ c.T, axis=1), c


def run(data, lang):
    sents = [[norm(w) for w in s] for s in corpus(data, lang)]
    counts = Counter(w for s in sents for w in s)
    vocab = [w for w, n in sorted(counts.items(), key=lambda x: (-x[1], x[0]))
             if n >= MIN_COUNT[lang] and not PUNCT.match(w) and not any(c.isdigit() for c in w)][:MAX_VOCAB[lang]]
    ctx = [w for w, _ in sorted(counts.items(), key=lambda x: (-x[1], x[0]))][:CONTEXTS]
    vi = {w: i for i, w in enumerate(vocab)}
    ci = {w: i for i, w in enumerate(ctx)}
    m = np.zeros((len(vocab), 2 * CONTEXTS + 2), dtype=np.float32)
    for s in sents:
        padded = ["<s>"] + s + ["</s>"]
        for i in range(1, len(padded) - 1):
            r = vi.get(padded[i])
            if r is None:
                continue
            left, right = padded[i - 1], padded[i + 1]
            m[r, ci.get(left, CONTEXTS) if left != "<s>" else 2 * CONTEXTS + 1] += 1
            m[r, CONTEXTS + 1 + ci.get(right, CONTEXTS) if right != "</s>" else 2 * CONTEXTS + 1] += 1
    total = m.sum()
    pw = m.sum(1, keepdims=True) / total
    pc = m.sum(0, keepdims=True) ** 0.75
    pc = pc / pc.sum()
    with np.errstate(divide="ignore", invalid="ignore"):
        pmi = np.log((m / total) / (pw * pc))
    ppmi = np.where(np.isfinite(pmi) & (pmi > 0), pmi, 0).astype(np.float32)
    rng = np.random.default_rng(7)
    q = ppmi @ rng.standard_normal((ppmi.shape[1], DIM + 20)).astype(np.float32)
    for _ in range(2):
        q, _ = np.linalg.qr(q)
        q = ppmi @ (ppmi.T @ q)
    q, _ = np.linalg.qr(q)
    u, s, _ = np.linalg.svd(q.T @ ppmi, full_matrices=False)
    vec = (q @ u)[:, :DIM] * np.sqrt(s[:DIM])
    vec /= np.linalg.norm(vec, axis=1, keepdims=True) + 1e-9
    fine, cent = kmeans(vec, FINE, 11)
    coarse_of, _ = kmeans(cent / (np.linalg.norm(cent, axis=1, keepdims=True) + 1e-9), COARSE, 13)
    rows = sorted((int(fine[i]), w) for i, w in enumerate(vocab))
    out = os.path.join(os.path.dirname(__file__), "..", "..", "data", lang, "ner-clusters.tsv")
    with open(out, "w", encoding="utf-8") as f:
        f.write(f"# word\tfine cluster (of {FINE})\tcoarse cluster (of {COARSE}); generated by scripts/lexicons/clusters.py\n")
        for c, w in rows:
            f.write(f"{w}\t{c}\t{int(coarse_of[c])}\n")
    print(f"{lang}: {len(sents)} sentences, {sum(counts.values())} tokens, {len(vocab)} words -> {out}", file=sys.stderr)


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default=os.path.join(os.path.dirname(__file__), "..", "..", "..", "shared", "data"))
    ap.add_argument("--lang", default="all")
    a = ap.parse_args()
    for lang in (["hi", "en"] if a.lang == "all" else [a.lang]):
        run(a.data, lang)
