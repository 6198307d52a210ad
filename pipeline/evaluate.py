"""Measure a run against gold (format: ``docs/gold-format.md``): inventory, links, positions, evidence."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

LABELS = ("agree", "partial", "disagree", "not_addressed")
WORD = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True)
class Evaluation:
    gold_count: int
    predicted_count: int
    matched: int
    inventory_recall: float
    inventory_precision: float
    department_accuracy: float
    link_hit_at_1: float | None
    link_hit_at_3: float | None
    position_accuracy: float
    position_macro_f1: float
    confusion: dict[str, dict[str, int]]  # gold label -> predicted label -> count
    evidence_hit: float | None
    flagged: int = 0  # assessments marked needs_review
    errors_flagged: int = 0  # wrong positions among them
    unflagged_accuracy: float | None = None  # position accuracy of the rows nobody is told to check
    errors: tuple[str, ...] = field(default=())  # one line per gold recommendation that went wrong
    evidence_misses: tuple[str, ...] = field(default=())  # right position, another sentence given as evidence


def evaluate(results: dict, gold: dict) -> Evaluation:
    """Compare a ``results.json`` document with a gold document for the same pair."""
    predicted = results["recommendations"]
    pairs = _align(gold["recommendations"], predicted)
    assessment_of = {a["recommendation_id"]: a for a in results["assessments"]}
    passage_text = {p["id"]: _fold(p["text"]) for p in results["passages"]}
    ranked = _ranked_links(results)
    truth, guesses, errors, evidence_misses, review = [], [], [], [], []
    department_hits = hits_1 = hits_3 = answered = evidence_hits = evidence_total = 0
    for gold_item, prediction in pairs:
        label = gold_item["position"]
        if prediction is None:
            truth.append(label)
            guesses.append("not_addressed")
            errors.append(f"{gold_item['number'] or '?'}: not found in the report ({gold_item['text'][:60]}...)")
            continue
        assessment = assessment_of.get(prediction["id"], {})
        guess = assessment.get("position", "not_addressed")
        truth.append(label)
        guesses.append(guess)
        review.append((bool(assessment.get("needs_review")), guess == label))
        department_hits += set(prediction["departments"]) == set(gold_item["departments"])
        if gold_item["passages"]:
            answered += 1
            candidates = ranked.get(prediction["id"], [])
            hit_ranks = [rank for rank, pid in enumerate(candidates, 1) if _passage_hits(passage_text.get(pid, ""), gold_item)]
            hits_1 += bool(hit_ranks and hit_ranks[0] == 1)
            hits_3 += bool(hit_ranks and hit_ranks[0] <= 3)
        if gold_item.get("evidence"):
            evidence_total += 1
            evidence = (assessment.get("evidence") or {}).get("text", "")
            evidence_hit = _same_sentence(evidence, gold_item["evidence"])
            evidence_hits += evidence_hit
            if not evidence_hit and guess == label:
                evidence_misses.append(f"{gold_item['number'] or prediction['id']}: gave '{evidence[:70]}', "
                                       f"gold '{gold_item['evidence'][:70]}'")
        if guess != label:
            errors.append(f"{gold_item['number'] or prediction['id']}: gold {label}, predicted {guess}"
                          f" ({(assessment.get('evidence') or {}).get('text', '')[:80]})")
    matched = sum(1 for _, prediction in pairs if prediction is not None)
    return Evaluation(
        gold_count=len(gold["recommendations"]),
        predicted_count=len(predicted),
        matched=matched,
        inventory_recall=_ratio(matched, len(gold["recommendations"])),
        inventory_precision=_ratio(matched, len(predicted)),
        department_accuracy=_ratio(department_hits, matched),
        link_hit_at_1=_ratio(hits_1, answered) if answered else None,
        link_hit_at_3=_ratio(hits_3, answered) if answered else None,
        position_accuracy=_ratio(sum(t == g for t, g in zip(truth, guesses)), len(truth)),
        position_macro_f1=macro_f1(truth, guesses),
        confusion={t: {g: sum(1 for a, b in zip(truth, guesses) if a == t and b == g) for g in LABELS} for t in LABELS},
        evidence_hit=_ratio(evidence_hits, evidence_total) if evidence_total else None,
        flagged=sum(1 for flag, _ in review if flag),
        errors_flagged=sum(1 for flag, right in review if flag and not right),
        unflagged_accuracy=_ratio(sum(1 for flag, right in review if not flag and right),
                                  sum(1 for flag, _ in review if not flag)) if any(not f for f, _ in review) else None,
        errors=tuple(errors),
        evidence_misses=tuple(evidence_misses),
    )


def macro_f1(truth: list[str], guesses: list[str], labels: tuple[str, ...] = LABELS) -> float:
    """Mean F1 over the labels that occur in truth or guesses."""
    scores = []
    for label in labels:
        true_positive = sum(1 for t, g in zip(truth, guesses) if t == label and g == label)
        support, predicted = truth.count(label), guesses.count(label)
        if not support and not predicted:
            continue
        precision = true_positive / predicted if predicted else 0.0
        recall = true_positive / support if support else 0.0
        scores.append(2 * precision * recall / (precision + recall) if precision + recall else 0.0)
    return round(sum(scores) / len(scores), 4) if scores else 0.0


def format_evaluation(evaluation: Evaluation) -> str:
    lines = [
        f"recommendations   gold {evaluation.gold_count}, found {evaluation.predicted_count}, matched {evaluation.matched}",
        f"inventory         recall {evaluation.inventory_recall:.3f}  precision {evaluation.inventory_precision:.3f}",
        f"departments       accuracy {evaluation.department_accuracy:.3f}",
        f"links             hit@1 {_show(evaluation.link_hit_at_1)}  hit@3 {_show(evaluation.link_hit_at_3)}",
        f"position          accuracy {evaluation.position_accuracy:.3f}  macro-F1 {evaluation.position_macro_f1:.3f}",
        f"evidence          hit {_show(evaluation.evidence_hit)}",
        f"needs_review      {evaluation.flagged} of {evaluation.matched} rows, holding "
        f"{evaluation.errors_flagged} of {len(evaluation.errors)} wrong positions; "
        f"accuracy of the rows not flagged {_show(evaluation.unflagged_accuracy)}",
        "",
        "confusion (rows gold, columns predicted)",
        "                " + "".join(f"{label[:13]:>14}" for label in LABELS),
    ]
    for label in LABELS:
        lines.append(f"{label:<16}" + "".join(f"{evaluation.confusion[label][g]:>14}" for g in LABELS))
    if evaluation.errors:
        lines += ["", "errors"] + [f"  {line}" for line in evaluation.errors]
    if evaluation.evidence_misses:
        lines += ["", "evidence misses (position right)"] + [f"  {line}" for line in evaluation.evidence_misses]
    return "\n".join(lines)


def _align(gold_items: list[dict], predicted: list[dict]) -> list[tuple[dict, dict | None]]:
    """Gold recommendation -> predicted one: same number and similar text, else most similar text."""
    free = list(predicted)
    pairs = []
    for gold_item in gold_items:
        scored = [(_similarity(gold_item["text"], p["text"]) + (0.3 if _same_number(gold_item, p) else 0.0), p)
                  for p in free]
        score, best = max(scored, key=lambda pair: pair[0], default=(0.0, None))
        if best is not None and score >= 0.5:
            free.remove(best)
            pairs.append((gold_item, best))
        else:
            pairs.append((gold_item, None))
    return pairs


def _ranked_links(results: dict) -> dict[str, list[str]]:
    ranked: dict[str, list[tuple[int, str]]] = {}
    for link in results.get("links", []):
        ranked.setdefault(link["recommendation_id"], []).append((link["rank"], link["passage_id"]))
    return {rid: [pid for _, pid in sorted(items)] for rid, items in ranked.items()}


def _passage_hits(predicted_text: str, gold_item: dict) -> bool:
    if not predicted_text:
        return False
    for gold_passage in gold_item["passages"]:
        folded = _fold(gold_passage)
        if folded[:60] in predicted_text or predicted_text[:60] in folded:
            return True
    evidence = gold_item.get("evidence")
    return bool(evidence) and _fold(evidence) in predicted_text


def _same_sentence(first: str, second: str) -> bool:
    words_a, words_b = WORD.findall(first.lower()), WORD.findall(second.lower())
    if not words_a or not words_b:
        return False
    shared = len(set(words_a) & set(words_b))
    return shared / max(len(set(words_a)), len(set(words_b))) >= 0.6


def _similarity(first: str, second: str) -> float:
    """Mean of Jaccard and containment, so a recommendation that absorbed its sub-points still aligns."""
    words_a, words_b = set(WORD.findall(first.lower())), set(WORD.findall(second.lower()))
    if not words_a or not words_b:
        return 0.0
    shared = len(words_a & words_b)
    return (shared / len(words_a | words_b) + shared / min(len(words_a), len(words_b))) / 2


def _same_number(gold_item: dict, predicted: dict) -> bool:
    return bool(gold_item.get("number")) and _normalise_number(gold_item["number"]) == _normalise_number(predicted["number"])


def _normalise_number(number: str) -> str:
    return re.sub(r"[\s.()]", "", str(number)).lower()


def _fold(text: str) -> str:
    return " ".join(text.lower().split())


def _ratio(part: int, whole: int) -> float:
    return round(part / whole, 4) if whole else 0.0


def _show(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.3f}"
