#!/usr/bin/env bash
# Cross-validation for entity work on IL-NER (LANG ur or hi): a dev split (Urdu 250 entities,
# Hindi about 680) is too small to tell a change of 0.01 from noise, and shows too few errors
# of each kind to study. This splits train+dev into K contiguous folds (articles stay together),
# and for each fold makes the generated lists from the other folds only (`--holdout`), builds,
# trains a model on the other folds and scores the fold. It prints each fold's micro P/R/F1 and
# the sum over folds; each fold's errors are in $CV_WORK/foldN/debug.txt. Run by hand, from a
# scratch worktree (it rewrites data/LANG/ and restores it at the end):
#
#   git worktree add /tmp/cv HEAD && cd /tmp/cv && bash scripts/eval/folds.sh LANG [K] [DATA]
#
# About 1.5 minutes a fold on two cores (mostly the build). Never reads the test split.
# TRAIN_ARGS adds options to `train ner` ("--o-bias 8"); CV_REUSE=1 keeps the folds' data,
# lists and builds from the last run (each fold's binary is kept beside its data) and only
# trains and scores again, for sweeping training options. CV_KEEP_MODELS=1 keeps the folds'
# data and models and makes the lists and builds again: a change to the rules measured alone
# (copy the last run's directory first to keep its scores).
set -euo pipefail
LANG_CODE=${1:?usage: folds.sh ur|hi [K] [DATA]}
K=${2:-5}
DATA=$(realpath "${3:-../shared/data}")
WORK=${CV_WORK:-/tmp/folds-$LANG_CODE}
case $LANG_CODE in
  ur) CORPUS=il-ner-urdu ;;
  hi) CORPUS=il-ner-hindi ;;
  *) echo "folds.sh: no IL-NER corpus for '$LANG_CODE' (ur or hi)" >&2; exit 2 ;;
esac
lists() {  # the generated lists that learn from IL-NER, from fold $1's training part only
  if [ "$LANG_CODE" = ur ]; then
    python3 scripts/lexicons/urdu.py --holdout --data "$1"
  else
    for s in common_words person_latin person_names sound_alikes; do
      python3 "scripts/lexicons/$s.py" --holdout --data "$1"
    done
  fi
}
if [ "${CV_REUSE:-0}" != 1 ] && [ "${CV_KEEP_MODELS:-0}" != 1 ]; then
rm -rf "$WORK" && mkdir -p "$WORK"
python3 - "$DATA" "$WORK" "$K" "$CORPUS" <<'PY'
import os, sys
data, work, k, corpus = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
sents = []
for split in ("train", "dev"):
    with open(os.path.join(data, "ner", corpus, f"{split}.txt"), encoding="utf-8") as f:
        sents += [s for s in f.read().split("\n\n") if s.strip()]
n = len(sents)
for i in range(k):
    lo, hi = n * i // k, n * (i + 1) // k
    d = os.path.join(work, f"fold{i}")
    os.makedirs(os.path.join(d, "ner", corpus))
    for e in os.listdir(data):
        if e != "ner":
            os.symlink(os.path.join(data, e), os.path.join(d, e))
    for e in os.listdir(os.path.join(data, "ner")):
        if e != corpus:
            os.symlink(os.path.join(data, "ner", e), os.path.join(d, "ner", e))
    def write(name, part):
        with open(os.path.join(d, "ner", corpus, name), "w", encoding="utf-8") as f:
            f.write("\n\n".join(part) + "\n\n")
    write("train.txt", sents[:lo] + sents[hi:])
    write("dev.txt", sents[lo:hi])
    write("test.txt", [])
PY
fi
trap 'git checkout -q "data/$LANG_CODE"' EXIT
for ((i = 0; i < K; i++)); do
  d="$WORK/fold$i"
  if [ "${CV_REUSE:-0}" != 1 ] || [ ! -x "$d/kaalrekha" ]; then
    lists "$d" > "$d/lists.log"
    cargo build --release -q
    cp target/release/kaalrekha "$d/kaalrekha"
  fi
  # CV_KEEP_MODELS=1: score with the models an earlier run trained, so that a change to the
  # rules or to lists the tagger does not read is measured alone (retraining moves the score
  # by a few tenths of a point on its own).
  if [ "${CV_KEEP_MODELS:-0}" != 1 ] || [ ! -d "$d/models" ]; then
  # shellcheck disable=SC2086
  "$d/kaalrekha" train ner --data "$d" --lang "$LANG_CODE" --holdout 1 --out "$d/models" ${TRAIN_ARGS:-} > "$d/train.log" 2>&1
  fi
  NER_DEBUG=1 "$d/kaalrekha" eval ner --data "$d" --split dev --lang "$LANG_CODE" --models "$d/models" \
    > "$d/eval.txt" 2> "$d/debug.txt"
  line=$(grep -m1 " micro " "$d/eval.txt")
  echo "fold $i: $line"
done
python3 - "$WORK" "$K" <<'PY'
import sys, re
work, k = sys.argv[1], int(sys.argv[2])
tp = fp = fn = 0
labels = {}
for i in range(k):
    text = open(f"{work}/fold{i}/eval.txt", encoding="utf-8").read().split("\n\n")[1]
    for line in text.splitlines():
        m = re.match(r"\s+(\w+)\s+[\d.]+\s+[\d.]+\s+[\d.]+\s+(\d+)\s+(\d+)\s+(\d+)", line)
        if m and m.group(1) != "NUMBER":
            t = labels.setdefault(m.group(1), [0, 0, 0])
            for j in range(3):
                t[j] += int(m.group(2 + j))
def f1(t):
    p = t[0] / max(1, t[0] + t[1]); r = t[0] / max(1, t[0] + t[2])
    return p, r, 2 * p * r / max(1e-9, p + r)
for name, t in sorted(labels.items()):
    print("%-8s P %.3f R %.3f F1 %.3f  (tp %d fp %d fn %d)" % ((name,) + f1(t) + tuple(t)))
PY
