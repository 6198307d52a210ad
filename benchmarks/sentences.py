"""Dutch sentence splitting on the project's gold file, as boundary precision, recall and F1.

    python benchmarks/sentences.py

A boundary is the character offset where a sentence starts inside a paragraph (paragraph starts are given, not
counted).  Each paragraph of ``tests/data/sentences_nl.txt`` is joined with single spaces and split with
``load_nlp("blank")``, and with ``nl_core_news_lg`` when that is installed.  Target: F1 >= 0.98.
"""
from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

GOLD = ROOT / "tests" / "data" / "sentences_nl.txt"
TARGET_F1 = 0.98


@dataclass(frozen=True)
class Paragraph:
    """A gold paragraph: its sentences, and their text joined with single spaces."""

    sentences: tuple[str, ...]

    @property
    def text(self) -> str:
        return " ".join(self.sentences)

    @property
    def boundaries(self) -> frozenset[int]:
        starts, offset = set(), 0
        for sentence in self.sentences:
            starts.add(offset)
            offset += len(sentence) + 1
        return frozenset(starts - {0})


@dataclass(frozen=True)
class Score:
    """Boundary counts over all paragraphs, with the errors as readable lines."""

    true_positives: int
    false_positives: int
    false_negatives: int
    errors: tuple[str, ...] = field(default=())

    @property
    def precision(self) -> float:
        found = self.true_positives + self.false_positives
        return self.true_positives / found if found else 1.0

    @property
    def recall(self) -> float:
        gold = self.true_positives + self.false_negatives
        return self.true_positives / gold if gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def read_gold(path: Path = GOLD) -> list[Paragraph]:
    """Paragraphs of the gold file; lines starting with # are comments."""
    paragraphs, current = [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            continue
        if line.strip():
            current.append(line.strip())
        elif current:
            paragraphs.append(Paragraph(tuple(current)))
            current = []
    if current:
        paragraphs.append(Paragraph(tuple(current)))
    return paragraphs


def predicted_boundaries(nlp, text: str) -> frozenset[int]:
    """Character offsets where the splitter starts a sentence, other than the paragraph start."""
    return frozenset(sentence.start_char for sentence in nlp(text).sents) - {0}


def score_splitter(nlp, paragraphs: list[Paragraph]) -> Score:
    """Compare the splitter's boundaries with the gold ones, paragraph by paragraph."""
    tp = fp = fn = 0
    errors = []
    for paragraph in paragraphs:
        text, gold = paragraph.text, paragraph.boundaries
        found = predicted_boundaries(nlp, text)
        tp += len(gold & found)
        for offset in sorted(found - gold):
            fp += 1
            errors.append(f"extra split   : {_show(text, offset)}")
        for offset in sorted(gold - found):
            fn += 1
            errors.append(f"missed split  : {_show(text, offset)}")
    return Score(tp, fp, fn, tuple(errors))


def _show(text: str, offset: int, width: int = 45) -> str:
    return f"...{text[max(0, offset - width):offset]} | {text[offset:offset + width]}..."


def splitters() -> list[tuple[str, object]]:
    from pipeline.models import ModelMissingError, load_nlp, nlp_name

    found = [(nlp_name(load_nlp("blank")), load_nlp("blank"))]
    try:
        large = load_nlp("nl_core_news_lg")
        found.append((nlp_name(large), large))
    except ModelMissingError:
        print("nl_core_news_lg is not installed: skipped\n")
    return found


def main() -> int:
    paragraphs = read_gold()
    sentences = sum(len(p.sentences) for p in paragraphs)
    print(f"gold: {GOLD.relative_to(ROOT)}: {len(paragraphs)} paragraphs, {sentences} sentences, "
          f"{sum(len(p.boundaries) for p in paragraphs)} boundaries inside paragraphs\n")
    worst = 1.0
    for name, nlp in splitters():
        score = score_splitter(nlp, paragraphs)
        worst = min(worst, score.f1)
        print(f"{name}: precision {score.precision:.3f}  recall {score.recall:.3f}  F1 {score.f1:.3f}  "
              f"(tp {score.true_positives}, fp {score.false_positives}, fn {score.false_negatives})")
        for error in score.errors:
            print("  " + error)
        print()
    print(f"target F1 >= {TARGET_F1}: {'met' if worst >= TARGET_F1 else 'NOT met'}")
    return 0 if worst >= TARGET_F1 else 1


if __name__ == "__main__":
    sys.exit(main())
