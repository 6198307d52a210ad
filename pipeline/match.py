"""Stage 3: link each recommendation to the response passages that answer it.

Three signals, each standardised per recommendation so that the narrow cosine band of e5 (about 0.8 to 0.95) never
needs a fixed cut-off: dense similarity to the passage and to its best sentence, character n-gram TF-IDF, and priors
(an explicit "aanbeveling 3" in the passage, shared departments).  A logistic link model, fitted on gold pairs
(``benchmarks/calibrate.py``), turns them into a probability; the "not addressed" decision uses its threshold.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from .config import PACKAGE_DATA
from .types import Link, Passage, Recommendation

FEATURES = (
    "dense_z", "sentence_z", "lexical_z", "dense_column_z", "dense_over_median", "sentence_over_median", "lexical_raw",
    "reference", "department", "top",
)
# 3, 3.2, 3b, A2, R-4 (per-theme or per-report codes), and roman numerals "iii", "VII" as whole words
NUMBER = r"(?:(?:[A-Z]{1,3}-?)?\d+(?:\.\d+)*[a-z]?|(?-i:[ivxl]{1,6}|[IVXL]{1,6})\b)"
REFERENCE = re.compile(
    rf"(?:\b(?:aanbeveling(?:en)?|verbeterpunt(?:en)?|recommendations?|advies|adviezen)"
    # "the recommendation in paragraph 15": a report that numbers its paragraphs, not its recommendations
    rf"(?:\s+(?:in|of|uit)\s+(?:paragraphs?|paragra(?:af|fen)|alinea'?s?|punt(?:en)?|points?))?|^\s*ad)\s+"
    rf"((?:{NUMBER})(?:\s*(?:,|en|and|tot en met|t/m|-|–)\s*(?:{NUMBER}))*)",
    re.I,
)


@dataclass(frozen=True)
class LinkModel:
    """Weights of the logistic link model and the probability above which a passage counts as an answer."""

    weights: tuple[float, ...]
    bias: float
    threshold: float
    fitted_on: tuple[str, ...] = ()


def load_link_model(path: Path | None = None) -> LinkModel:
    """The shipped link model, or one written by ``benchmarks/calibrate.py``."""
    return _load_link_model(str(path or PACKAGE_DATA / "link_model.json"))


@lru_cache(maxsize=4)
def _load_link_model(path: str) -> LinkModel:
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    return LinkModel(
        weights=tuple(float(data["weights"][name]) for name in FEATURES),
        bias=float(data["bias"]),
        threshold=float(data["threshold"]),
        fitted_on=tuple(data.get("fitted_on", ())),
    )


def match(
    recommendations: list[Recommendation],
    passages: list[Passage],
    encoder,
    *,
    link_model: LinkModel | None = None,
    top_k: int = 3,
) -> list[Link]:
    """The ``top_k`` best passages per recommendation, with a calibrated link probability as score."""
    if not recommendations or not passages:
        return []
    model = link_model or load_link_model()
    features = link_features(recommendations, passages, encoder)
    probabilities = _sigmoid(features @ np.asarray(model.weights) + model.bias)
    links = []
    for row, recommendation in enumerate(recommendations):
        order = np.argsort(-probabilities[row], kind="stable")[:top_k]
        for rank, column in enumerate(order, start=1):
            links.append(
                Link(recommendation.id, passages[column].id, round(float(probabilities[row, column]), 4), rank)
            )
    return links


def link_features(recommendations: list[Recommendation], passages: list[Passage], encoder) -> np.ndarray:
    """Feature tensor of shape (recommendations, passages, len(FEATURES))."""
    queries = encoder.encode_queries([_query_text(r) for r in recommendations])
    passage_vectors, sentence_vectors, owners = _passage_and_sentence_vectors(passages, encoder)
    dense = queries @ passage_vectors.T
    sentence_best = _best_sentence_similarity(queries @ sentence_vectors.T, owners, len(passages))
    lexical = _tfidf_similarity([r.text for r in recommendations], [_with_summary(p) for p in passages])
    reference = _reference_matrix(recommendations, passages)
    department = _department_matrix(recommendations, passages)
    fused = _row_z(dense) + _row_z(sentence_best) + _row_z(lexical)
    top = (fused >= fused.max(axis=1, keepdims=True) - 1e-9).astype(float)
    # z-scores shrink when a response has few passages; distances above the median keep their scale
    return np.stack(
        [
            _row_z(dense), _row_z(sentence_best), _row_z(lexical), _column_z(dense),
            _over_median(dense), _over_median(sentence_best), lexical, reference, department, top,
        ],
        axis=-1,
    )


def _query_text(recommendation: Recommendation) -> str:
    return recommendation.text


def _passage_and_sentence_vectors(passages: list[Passage], encoder):
    """Sentence vectors, and per passage their normalised mean: embedding the passages as well would double the
    encoder's work (its cost grows with the characters it reads) for no better ranking."""
    texts, owners = [], []
    for column, passage in enumerate(passages):
        for sentence in passage.sentences or (passage,):
            texts.append(sentence.text)
            owners.append(column)
    own_sentences = len(texts)
    for column, passage in enumerate(passages):
        if _summarises(passage.heading):
            texts.append(passage.heading)  # scored like a sentence of its passage, not averaged into it
            owners.append(column)
    sentence_vectors = encoder.encode_passages(texts)
    owners_array = np.asarray(owners)
    sums = np.zeros((len(passages), sentence_vectors.shape[1]), dtype=np.float64)
    np.add.at(sums, owners_array[:own_sentences], sentence_vectors[:own_sentences])
    norms = np.linalg.norm(sums, axis=1, keepdims=True)
    return (sums / np.where(norms == 0, 1.0, norms)).astype(np.float32), sentence_vectors, owners_array


def _summarises(heading: str) -> bool:
    """A heading that restates what is answered ("Advies 3: Laat GGD'en ...", an answer table's "Een ggz-crisisdienst
    die in iedere regio ..."), not a one-word theme or a letterhead."""
    words = len(heading.split())
    if re.match(r"\W*(?:ministerie|kabinetsreactie|reactie op|betreft)\b", heading, re.I):
        return False
    # a theme ("8. De beslagvrije voet bij verrekening") is a few words; a restatement is a clause
    return words >= 8 or words >= 4 and bool(referenced_numbers(heading))


def _with_summary(passage: Passage) -> str:
    return f"{passage.heading} {passage.text}" if _summarises(passage.heading) else passage.text


def _best_sentence_similarity(similarity: np.ndarray, owners: np.ndarray, passage_count: int) -> np.ndarray:
    best = np.full((similarity.shape[0], passage_count), -1.0, dtype=np.float32)
    for index, column in enumerate(owners):
        np.maximum(best[:, column], similarity[:, index], out=best[:, column])
    return best


def _tfidf_similarity(queries: list[str], documents: list[str]) -> np.ndarray:
    from sklearn.feature_extraction.text import TfidfVectorizer

    vectorizer = TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), sublinear_tf=True, lowercase=True)
    vectorizer.fit(queries + documents)
    return (vectorizer.transform(queries) @ vectorizer.transform(documents).T).toarray()


ORDINALS = ("eerste", "tweede", "derde", "vierde", "vijfde", "zesde", "zevende", "achtste", "negende", "tiende",
            "elfde", "twaalfde", "dertiende", "veertiende", "vijftiende", "zestiende", "zeventiende", "achttiende")
_ORDINAL = "|".join(ORDINALS)
# "Het eerste advies", "het tweede en derde advies", "de vierde aanbeveling": numbers written as ordinal words
ORDINAL_REFERENCE = re.compile(
    rf"\b((?:{_ORDINAL})(?:\s*(?:,|en)\s*(?:{_ORDINAL}))*)\s+(?:advies|adviezen|aanbeveling|aanbevelingen|verbeterpunt|verbeterpunten)\b", re.I)


def referenced_numbers(text: str) -> set[str]:
    """Recommendation numbers a text names explicitly: "aanbevelingen 3 en 5", "aanbeveling 2 t/m 4", "het tweede en
    derde advies", and an answer that opens "Ad 5 en 6." (the Dutch way to answer point by point)."""
    numbers: set[str] = {str(ORDINALS.index(word.lower()) + 1)
                         for match in ORDINAL_REFERENCE.finditer(text)
                         for word in re.findall(rf"{_ORDINAL}", match.group(1), re.I)}
    for match in REFERENCE.finditer(text):
        parts = re.split(r"\s*(,|en|and|tot en met|t/m|(?<=\d)-|–)\s*", match.group(1))
        values = [p for p in parts[::2] if p]
        separators = parts[1::2]
        numbers.update(values)
        for (low, high), separator in zip(zip(values, values[1:]), separators):
            if separator in ("t/m", "tot en met", "-", "–"):
                numbers.update(_number_range(low, high))
    return numbers


def _number_range(low: str, high: str) -> list[str]:
    """ "2 tot en met 4", and "1.1 tot en met 1.3" (the last number counts up, what goes before it stays)."""
    first, last = re.fullmatch(r"(.*?)(\d+)", low), re.fullmatch(r"(.*?)(\d+)", high)
    if not (first and last) or first.group(1) != last.group(1):
        return []
    if not 0 < int(last.group(2)) - int(first.group(2)) < 50:
        return []
    return [f"{first.group(1)}{n}" for n in range(int(first.group(2)), int(last.group(2)) + 1)]


# "De onderdelen a en b neem ik over" under "Advies 1": parts of the recommendation the heading names
PART_REFERENCE = re.compile(
    r"\b(?:onderde(?:el|len)|subaanbevelingen?|parts?|sub-?recommendations?)\s+\(?([a-z])\)?"
    r"((?:\s*(?:,|en|and|tot en met|t/m|to|-|–)\s*\(?[a-z]\)?(?![\w-]))*)(?![\w-])",
    re.I)
PART_RANGE = re.compile(r"\s*(?:tot en met|t/m|to|-|–)\s", re.I)


def part_numbers(text: str, heading: str) -> set[str]:
    """The parts a text names ("onderdeel c") as numbers of the one recommendation its heading names ("2c")."""
    titles = referenced_numbers(heading)
    if len(titles) != 1:
        return set()
    parent = next(iter(titles))
    parts = set()
    for found in PART_REFERENCE.finditer(text):
        letters = [found.group(1).lower(), *(letter.lower() for letter in
                                              re.findall(r"(?<![\w-])\(?([a-z])\)?(?![\w-])", found.group(2), re.I))]
        parts.update(letters)
        if len(letters) == 2 and PART_RANGE.match(found.group(2)):
            # "de onderdelen a tot en met c": every letter in between
            parts.update(chr(code) for code in range(ord(letters[0]), ord(letters[1]) + 1))
    return {parent + letter for letter in parts}


def named_numbers(text: str, heading: str, codes: frozenset[str] = frozenset()) -> set[str]:
    """The recommendations a text names: "aanbeveling 7.2", "onderdeel b" under the heading "Advies 2", or one of
    the report's codes on its own ("We accept S2.", "(P2)")."""
    return referenced_numbers(text) | part_numbers(text, heading) | coded_numbers(text, codes)


# "S1", "H2", "B3a": a code, not a plain number, that a response may cite without "aanbeveling" before it
CODE = re.compile(r"[A-Z]{1,3}\d{1,2}[a-z]?")


def recommendation_codes(recommendations: list[Recommendation]) -> frozenset[str]:
    """The report's recommendation numbers that are codes; only these are read when cited bare, so that "taalniveau
    B1" names nothing in a report whose recommendations are numbered 1, 2, 3."""
    return frozenset(r.number for r in recommendations if CODE.fullmatch(r.number))


def coded_numbers(text: str, codes: frozenset[str]) -> set[str]:
    return {code for code in codes if re.search(rf"(?<![\w-]){re.escape(code)}(?![\w-])", text)}


TITLE_REFERENCE = 2.0


def _reference_matrix(recommendations: list[Recommendation], passages: list[Passage]) -> np.ndarray:
    matrix = np.zeros((len(recommendations), len(passages)))
    codes = recommendation_codes(recommendations)
    referenced = [named_numbers(p.text, p.heading, codes) for p in passages]
    # a heading that names one recommendation ("Aanbeveling 3: <summary>", as an answer table gives each answer)
    # says what the whole passage answers: stronger than a mention in passing
    # so does a label that opens the paragraph ("Aanbeveling 5.1. Deze aanbeveling neem ik over.")
    titled = [referenced_numbers(p.heading) or opening_numbers(p.text) for p in passages]
    for row, recommendation in enumerate(recommendations):
        if not recommendation.number:
            continue
        for column, (numbers, title) in enumerate(zip(referenced, titled)):
            if title == {recommendation.number}:
                matrix[row, column] = TITLE_REFERENCE
            elif recommendation.number in numbers | title:
                matrix[row, column] = 1.0
    return matrix


def opening_numbers(text: str) -> set[str]:
    """Not "Aanbeveling 4 van de Inspectie, ...": a letter that answers two reports names the other one's numbers so."""
    opening = REFERENCE.match(text.lstrip())
    if opening is None or re.match(r"\s+(?:van|of|from)\b", text.lstrip()[opening.end():], re.I):
        return set()
    return referenced_numbers(opening.group(0))


def _department_matrix(recommendations: list[Recommendation], passages: list[Passage]) -> np.ndarray:
    matrix = np.zeros((len(recommendations), len(passages)))
    for row, recommendation in enumerate(recommendations):
        wanted = set(recommendation.departments) - {"KABINET", "OTHER"}
        if not wanted:
            continue
        for column, passage in enumerate(passages):
            if wanted & set(passage.departments):
                matrix[row, column] = 1.0
    return matrix


def _row_z(matrix: np.ndarray) -> np.ndarray:
    mean = matrix.mean(axis=1, keepdims=True)
    spread = matrix.std(axis=1, keepdims=True)
    return (matrix - mean) / np.where(spread < 1e-9, 1.0, spread)


def _over_median(matrix: np.ndarray) -> np.ndarray:
    """How far above this recommendation's typical passage, in cosine points (x 10 to sit near unit scale)."""
    return 10.0 * (matrix - np.median(matrix, axis=1, keepdims=True))


def _column_z(matrix: np.ndarray) -> np.ndarray:
    return _row_z(matrix.T).T


def _sigmoid(values: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-values))
