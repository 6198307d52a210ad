"""Stage 4: the cabinet's position on each recommendation, with the sentence that decides it.

Two methods read each sentence of the linked passages: a Dutch cue lexicon with negation scope
(``data/stance_cues.csv``) and a logistic classifier on sentence embeddings trained on the project's labelled
response sentences (``data/stance_sentences.csv``).  Where they disagree the confidence drops and the row is marked
for review: a wrong "agree" that nobody checks is worse than an honest "uncertain".
"""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from .config import PACKAGE_DATA
from .match import LinkModel, load_link_model, referenced_numbers
from .types import Assessment, Evidence, Link, Passage, Position, Recommendation

LABELS = ("agree", "partial", "disagree", "none")
STANCE_POSITIONS = {"agree": Position.AGREE, "partial": Position.PARTIAL, "disagree": Position.DISAGREE}
NEGATOR = re.compile(r"\b(?:niet|geen|nooit|allerminst|geenszins|not|no|never)\b")
REVIEW_MARGIN = 0.15  # link probabilities this close to the threshold are flagged for review


@dataclass(frozen=True)
class Cue:
    pattern: re.Pattern
    label: str
    weight: float
    kind: str


@dataclass(frozen=True)
class CueReading:
    label: str | None  # agree | partial | disagree | None when no cue fired
    weight: float
    matched: str


@dataclass(frozen=True)
class SentenceStance:
    text: str
    page: int
    passage_id: str
    probabilities: tuple[float, ...]  # over LABELS, the two methods combined
    classifier_label: str
    cue: CueReading


def classify(
    recommendations: list[Recommendation],
    passages: list[Passage],
    links: list[Link],
    encoder,
    *,
    link_model: LinkModel | None = None,
    stance_model=None,
) -> list[Assessment]:
    """One assessment per recommendation: position, confidence, linked passages and evidence sentence."""
    model = link_model or load_link_model()
    stance_model = stance_model or train_stance_model(encoder)
    by_id = {p.id: p for p in passages}
    links_by_recommendation: dict[str, list[Link]] = {}
    for link in links:
        links_by_recommendation.setdefault(link.recommendation_id, []).append(link)
    readings = _read_sentences(passages, encoder, stance_model)
    queries = encoder.encode_queries([r.text for r in recommendations]) if recommendations else None
    return [
        _assess(recommendation, queries[row], links_by_recommendation.get(recommendation.id, []), by_id, readings, model)
        for row, recommendation in enumerate(recommendations)
    ]


def read_cues(text: str, cues: tuple[Cue, ...] | None = None) -> CueReading:
    """What the cue lexicon says of one sentence, with negation inside a cue's span flipping it."""
    lowered = " ".join(text.lower().split())
    cues = cues if cues is not None else load_cues()
    masked = lowered
    best = CueReading(None, 0.0, "")
    for cue in (c for c in cues if c.kind == "double_negation"):
        for found in cue.pattern.finditer(lowered):
            best = _stronger(best, CueReading(cue.label, cue.weight, found.group(0)))
            masked = masked[: found.start()] + " " * (found.end() - found.start()) + masked[found.end():]
    readings = []
    for cue in (c for c in cues if c.kind in ("stance", "hedge")):
        for found in cue.pattern.finditer(masked):
            label = cue.label
            if label == "agree" and cue.kind == "stance" and _negated(masked, found):
                label = "disagree"
            readings.append(CueReading(label, cue.weight, found.group(0)))
    labels = {r.label for r in readings}
    if {"agree", "disagree"} <= labels and any(c.pattern.search(masked) for c in cues if c.kind == "contrast"):
        return CueReading("partial", max(r.weight for r in readings), "; ".join(r.matched for r in readings))
    for reading in readings:
        best = _stronger(best, reading)
    if best.label == "agree" and "partial" in labels:
        partial = max((r for r in readings if r.label == "partial"), key=lambda r: r.weight)
        return CueReading("partial", max(best.weight, partial.weight), f"{best.matched}; {partial.matched}")
    return best


def _negated(text: str, found: re.Match) -> bool:
    """A negator inside an agreeing cue's span ("neemt ... niet over") or just before it in the same clause
    ("zal de aanbeveling niet overnemen").  Refusal cues are never flipped: double negatives have cues of their own."""
    before = re.split(r"[,;:()]", text[max(0, found.start() - 30): found.start()])[-1]
    return bool(NEGATOR.search(found.group(0)) or NEGATOR.search(before))


def load_cues(path: Path | None = None) -> tuple[Cue, ...]:
    """The cue lexicon: a CSV of regular expressions with label, weight and kind."""
    return _load_cues(str(path or PACKAGE_DATA / "stance_cues.csv"))


@lru_cache(maxsize=4)
def _load_cues(path: str) -> tuple[Cue, ...]:
    with open(path, encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    return tuple(
        Cue(re.compile(row["pattern"]), row["label"].strip(), float(row["weight"]), row["kind"].strip())
        for row in rows
        if row.get("pattern")
    )


@dataclass(frozen=True)
class StanceModel:
    """Logistic regression over sentence embeddings, as plain arrays."""

    coefficients: np.ndarray
    intercepts: np.ndarray
    encoder_name: str
    training_size: int

    def predict(self, vectors: np.ndarray) -> np.ndarray:
        logits = vectors @ self.coefficients.T + self.intercepts
        logits -= logits.max(axis=1, keepdims=True)
        exp = np.exp(logits)
        return exp / exp.sum(axis=1, keepdims=True)


def train_stance_model(encoder, path: Path | None = None) -> StanceModel:
    """Fit the sentence stance classifier on the shipped labelled sentences with this encoder."""
    from sklearn.linear_model import LogisticRegression

    texts, labels = _labelled_sentences(path)
    vectors = encoder.encode_passages(texts)
    classifier = LogisticRegression(max_iter=2000, C=4.0, class_weight="balanced")
    classifier.fit(vectors, [LABELS.index(label) for label in labels])
    coefficients = np.zeros((len(LABELS), vectors.shape[1]), dtype=np.float64)
    intercepts = np.full(len(LABELS), -1e3)
    for row, label_index in enumerate(classifier.classes_):
        coefficients[label_index] = classifier.coef_[row]
        intercepts[label_index] = classifier.intercept_[row]
    return StanceModel(coefficients, intercepts, getattr(encoder, "name", type(encoder).__name__), len(texts))


def _labelled_sentences(path: Path | None) -> tuple[list[str], list[str]]:
    with open(path or PACKAGE_DATA / "stance_sentences.csv", encoding="utf-8", newline="") as handle:
        rows = [row for row in csv.DictReader(handle) if row.get("text") and row.get("label") in LABELS]
    return [row["text"] for row in rows], [row["label"] for row in rows]


def _read_sentences(passages: list[Passage], encoder, stance_model: StanceModel) -> dict[str, list[tuple]]:
    """Per passage id: (SentenceStance, embedding) for each of its sentences."""
    sentences = [(passage.id, sentence) for passage in passages for sentence in passage.sentences]
    if not sentences:
        return {}
    vectors = encoder.encode_passages([sentence.text for _, sentence in sentences])
    classifier_probabilities = stance_model.predict(vectors)
    readings: dict[str, list[tuple]] = {}
    for (passage_id, sentence), vector, probabilities in zip(sentences, vectors, classifier_probabilities):
        cue = read_cues(sentence.text)
        stance = SentenceStance(
            text=sentence.text,
            page=sentence.page,
            passage_id=passage_id,
            probabilities=tuple(float(p) for p in _combine(probabilities, cue)),
            classifier_label=LABELS[int(np.argmax(probabilities))],
            cue=cue,
        )
        readings.setdefault(passage_id, []).append((stance, vector))
    return readings


def _combine(classifier: np.ndarray, cue: CueReading) -> np.ndarray:
    if cue.label is None:
        return classifier
    one_hot = np.zeros(len(LABELS))
    one_hot[LABELS.index(cue.label)] = 1.0
    share = 0.65 * cue.weight
    return (1 - share) * classifier + share * one_hot


def _assess(recommendation, query, links, passages_by_id, readings, model: LinkModel) -> Assessment:
    accepted = [link for link in sorted(links, key=lambda l: l.rank) if link.score >= model.threshold]
    best_score = max((link.score for link in links), default=0.0)
    near_threshold = abs(best_score - model.threshold) < REVIEW_MARGIN
    if not accepted:
        return Assessment(
            recommendation_id=recommendation.id,
            position=Position.NOT_ADDRESSED,
            confidence=round(1.0 - best_score, 3),
            needs_review=near_threshold,
            reasons=(f"no passage above the link threshold {model.threshold:.2f} (best {best_score:.2f})",),
        )
    candidates = []
    for link in accepted:
        passage = passages_by_id[link.passage_id]
        sentences = readings.get(link.passage_id, [])
        if not sentences:
            continue
        similarity = np.array([float(vector @ query) for _, vector in sentences])
        relevance = (similarity - similarity.mean()) / (similarity.std() + 1e-6) if len(sentences) > 1 else np.zeros(1)
        for (stance, _), relevant in zip(sentences, relevance):
            strength = 1.0 - stance.probabilities[LABELS.index("none")]
            named = recommendation.number and recommendation.number in referenced_numbers(stance.text)
            score = link.score * (strength + 0.15 * float(relevant) + (0.5 if named else 0.0))
            candidates.append((score, strength, stance, link, passage))
    if not candidates:
        return Assessment(recommendation.id, Position.NOT_ADDRESSED, 0.3, tuple(l.passage_id for l in accepted),
                          needs_review=True, reasons=("linked passages have no sentences",))
    score, strength, stance, link, passage = max(candidates, key=lambda c: c[0])
    stance_label = max(("agree", "partial", "disagree"), key=lambda l: stance.probabilities[LABELS.index(l)])
    evidence = Evidence(stance.text, stance.page, passage.id)
    passage_ids = tuple(l.passage_id for l in accepted)
    if strength < 0.5:
        return Assessment(
            recommendation.id, Position.NOT_ADDRESSED, round(1.0 - strength, 3) * 0.5, passage_ids, evidence,
            needs_review=True,
            reasons=("linked passages describe policy but take no position",),
        )
    stance_probability = stance.probabilities[LABELS.index(stance_label)] / max(strength, 1e-6)
    methods_disagree = stance.cue.label is not None and stance.cue.label != stance.classifier_label
    no_cue = stance.cue.label is None
    confidence = link.score * stance_probability * (0.6 if methods_disagree else 1.0) * (0.85 if no_cue else 1.0)
    reasons = [f"link {link.score:.2f} to {passage.id} (p. {passage.page})"]
    reasons.append(f"cue {stance.cue.label}: '{stance.cue.matched}'" if stance.cue.label else "no cue phrase")
    reasons.append(f"classifier {stance.classifier_label}")
    return Assessment(
        recommendation_id=recommendation.id,
        position=STANCE_POSITIONS[stance_label],
        confidence=round(float(min(max(confidence, 0.0), 1.0)), 3),
        passage_ids=passage_ids,
        evidence=evidence,
        needs_review=bool(methods_disagree or near_threshold or confidence < 0.5),
        reasons=tuple(reasons),
    )


def _stronger(first: CueReading, second: CueReading) -> CueReading:
    return second if second.weight > first.weight else first
