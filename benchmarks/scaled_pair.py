"""Bigger test pairs for timing: the shipped example pair with its chapters repeated ``copies`` times.

Each repeat gets its own recommendation numbers and a deterministic word substitution (in every sentence the 1st, 4th,
... longer word is swapped for another word of the same pair), so repeats are not merged as duplicates, no sentence is served from the embedding cache, and the matcher
has real work.
Usage: ``python -m benchmarks.scaled_pair COPIES OUT_DIR`` writes report.pdf and response.pdf and prints page counts.
"""
from __future__ import annotations

import re
import sys
import zlib
from dataclasses import fields, is_dataclass, replace
from pathlib import Path

from docgen.model import Columns, Document, Heading, ItemList, ListItem, Pair, Paragraph, Recommendation
from docgen.pairs.amnesty_example import PAIR
from docgen.render import render

_WORD = re.compile(r"[^\W\d_]{6,}")
_SENTENCE = re.compile(r"(?<=[.!?;:])\s+")


def scaled_pair(copies: int) -> Pair:
    """The example pair with the report's chapters and the response's body repeated ``copies`` times in all."""
    vocabulary = sorted(set(_WORD.findall(_all_text(PAIR.report) + _all_text(PAIR.response))))
    numbers = [int(r.number) for r in _recommendations(PAIR.report) if r.number.isdigit()]
    offset = max(numbers)
    first_chapter = next(i for i, b in enumerate(PAIR.report.blocks) if isinstance(b, Heading) and b.text[:2] == "1.")
    chapters = PAIR.report.blocks[first_chapter:]
    body_start = 4  # after the addressee, place and date, subject and salutation
    response_body = PAIR.response.blocks[body_start:-2]  # without the closing and signature
    report_blocks = list(PAIR.report.blocks)
    response_blocks = list(PAIR.response.blocks[:-2])
    for copy in range(1, copies):
        vary = _Variation(copy, vocabulary, offset * copy)
        report_blocks += [vary(block) for block in chapters]
        response_blocks += [vary(block) for block in response_body]
    response_blocks += list(PAIR.response.blocks[-2:])
    return Pair(f"{PAIR.name}-x{copies}", replace(PAIR.report, blocks=tuple(report_blocks)),
                replace(PAIR.response, blocks=tuple(response_blocks)))


def write_scaled_pair(copies: int, folder: Path) -> tuple[Path, Path, int, int]:
    """Render the scaled pair into ``folder``; return (report, response, report pages, response pages)."""
    pair = scaled_pair(copies)
    folder.mkdir(parents=True, exist_ok=True)
    report, response = folder / "report.pdf", folder / "response.pdf"
    report_pages = render(pair.report, report).page_count
    response_pages = render(pair.response, response).page_count
    return report, response, report_pages, response_pages


class _Variation:
    def __init__(self, copy: int, vocabulary: list[str], number_offset: int) -> None:
        self.copy, self.vocabulary, self.number_offset = copy, vocabulary, number_offset

    def __call__(self, value):
        if isinstance(value, str):
            return self.text(value)
        if isinstance(value, Recommendation):
            number = str(int(value.number) + self.number_offset) if value.number.isdigit() else value.number
            duplicate = (str(int(value.duplicate_of) + self.number_offset)
                         if value.duplicate_of and value.duplicate_of.isdigit() else value.duplicate_of)
            return replace(value, number=number, duplicate_of=duplicate)
        if isinstance(value, Heading):
            return replace(value, text=f"{self.text(value.text)} ({self.copy + 1})")
        if isinstance(value, tuple):
            return tuple(self(item) for item in value)
        if is_dataclass(value):
            return replace(value, **{f.name: self(getattr(value, f.name)) for f in fields(value)
                                     if f.name not in ("style", "level", "bold", "start", "position", "departments")})
        return value

    def text(self, text: str) -> str:
        """Swap the 1st, 4th, 7th ... longer word of every sentence, so no sentence repeats an earlier copy's (the
        embedding cache would otherwise serve repeats and flatter the timings)."""
        return " ".join(self._sentence(sentence, index) for index, sentence in enumerate(_SENTENCE.split(text)))

    def _sentence(self, sentence: str, index: int) -> str:
        count = 0

        def swap(match: re.Match) -> str:
            nonlocal count
            count += 1
            if count % 3 != 1:
                return match.group(0)
            pick = zlib.crc32(f"{self.copy}:{index}:{match.group(0)}:{count}".encode()) % len(self.vocabulary)
            return self.vocabulary[pick]

        return _WORD.sub(swap, sentence)


def _recommendations(document: Document):
    for block in document.blocks:
        if isinstance(block, ItemList):
            yield from (item.recommendation for item in _items(block.items) if item.recommendation)


def _items(items: tuple[ListItem, ...]):
    for item in items:
        yield item
        yield from _items(item.children)


def _all_text(document: Document) -> str:
    parts = []

    def walk(value):
        if isinstance(value, str):
            parts.append(value)
        elif isinstance(value, tuple):
            for item in value:
                walk(item)
        elif is_dataclass(value):
            for f in fields(value):
                walk(getattr(value, f.name))

    walk(document.blocks)
    return " ".join(parts)


if __name__ == "__main__":
    report, response, report_pages, response_pages = write_scaled_pair(int(sys.argv[1]), Path(sys.argv[2]))
    print(f"{report} ({report_pages} pages), {response} ({response_pages} pages)")
