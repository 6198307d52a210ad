"""Derive the gold JSON of a pair (format: ``docs/gold-format.md``) from the annotations in its spec."""
from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass

from docgen.model import Answer, Cell, Columns, Document, ItemList, ListItem, Pair, Paragraph, Table
from docgen.render import NEXT_STYLE, label_for, render_bytes

POSITIONS = ("agree", "partial", "disagree")


@dataclass(frozen=True)
class PrintedRecommendation:
    """A recommendation item of the report as printed: its number, full text and annotation."""

    number: str
    text: str
    departments: tuple[str, ...]
    duplicate_of: str | None


def gold_for(pair: Pair, pages: Mapping[str, int] | None = None, report_file: str = "report.pdf",
             response_file: str = "response.pdf") -> dict:
    """The gold record of ``pair``; ``pages`` (number -> first page) is taken from a fresh render when not given."""
    if pages is None:
        pages = render_bytes(pair.report).recommendation_pages
    printed = list(printed_recommendations(pair.report))
    originals = {rec.number: rec for rec in printed if rec.duplicate_of is None}
    _check_duplicates(printed, originals)
    answered = _answers_by_number(pair.response, originals)
    recommendations = []
    for rec in originals.values():
        paragraphs = answered.get(rec.number, [])
        first = paragraphs[0][1] if paragraphs else None
        recommendations.append({
            "number": rec.number,
            "text": rec.text,
            "page": pages[rec.number],
            "departments": list(rec.departments),
            "position": first.position if first else "not_addressed",
            "passages": _unique(text for text, _ in paragraphs),
            "evidence": first.evidence if first else None,
        })
    return {"pair": pair.name, "report": report_file, "response": response_file, "recommendations": recommendations}


def printed_recommendations(document: Document) -> Iterator[PrintedRecommendation]:
    """Every list item of ``document`` that carries a ``Recommendation``, in document order."""
    for item_list in _lists(document.blocks):
        yield from _recommendations_in(item_list)


def _lists(blocks) -> Iterator[ItemList]:
    for block in blocks:
        if isinstance(block, ItemList):
            yield block
        elif isinstance(block, Columns):
            yield from _lists(block.blocks)


def _recommendations_in(item_list: ItemList) -> Iterator[PrintedRecommendation]:
    for item in item_list.items:
        rec = item.recommendation
        child_style = NEXT_STYLE.get(item_list.style, "–")
        if rec is not None:
            text = " ".join([item.text] + _child_texts(item.children, child_style))
            yield PrintedRecommendation(rec.number, text, tuple(rec.departments), rec.duplicate_of)
        if item.children:
            yield from _recommendations_in(ItemList(items=item.children, style=child_style))


def _child_texts(children: tuple[ListItem, ...], style: str) -> list[str]:
    """Sub-items that are not recommendations themselves belong to their parent's text, labels included."""
    texts = []
    for n, child in enumerate(children, start=1):
        if child.recommendation is not None:
            continue
        texts.append(f"{label_for(style, n)} {child.text}")
        texts.extend(_child_texts(child.children, NEXT_STYLE.get(style, "–")))
    return texts


def _check_duplicates(printed: list[PrintedRecommendation], originals: dict[str, PrintedRecommendation]) -> None:
    numbers = [rec.number for rec in printed if rec.duplicate_of is None]
    if len(numbers) != len(set(numbers)):
        raise ValueError(f"recommendation numbers printed twice without duplicate_of: {sorted(numbers)}")
    for rec in printed:
        if rec.duplicate_of is not None and rec.duplicate_of not in originals:
            raise ValueError(f"recommendation {rec.number!r} repeats unknown recommendation {rec.duplicate_of!r}")


def _answers_by_number(response: Document, originals: Mapping[str, PrintedRecommendation]) -> dict[str, list]:
    """number -> [(passage text, answer)] in document order, after checking each annotation."""
    by_number: dict[str, list] = {}
    for text, answers in _answered_passages(response.blocks):
        for answer in answers:
            if answer.number not in originals:
                raise ValueError(f"answer to unknown recommendation {answer.number!r} in: {text[:60]!r}")
            if answer.position not in POSITIONS:
                raise ValueError(f"answer to {answer.number!r} has position {answer.position!r}, not in {POSITIONS}")
            if answer.evidence not in text:
                raise ValueError(f"evidence for {answer.number!r} is not verbatim in its paragraph: "
                                 f"{answer.evidence[:60]!r}")
            by_number.setdefault(answer.number, []).append((text, answer))
    return by_number


def _answered_passages(blocks) -> Iterator[tuple[str, tuple[Answer, ...]]]:
    """(text, answers) of every paragraph and table cell in document order; a cell's paragraphs joined by a space."""
    for block in blocks:
        if isinstance(block, Paragraph):
            yield block.text, block.answers
        elif isinstance(block, Columns):
            yield from _answered_passages(block.blocks)
        elif isinstance(block, Table):
            for row in block.rows:
                for cell in row:
                    if isinstance(cell, Cell):
                        yield " ".join(cell.text.split("\n")), cell.answers


def _unique(texts) -> list[str]:
    seen: list[str] = []
    for text in texts:
        if text not in seen:
            seen.append(text)
    return seen
