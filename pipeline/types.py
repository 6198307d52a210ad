"""The plain data passed between stages: every record keeps the file, page and box it came from."""
from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum

BBox = tuple[float, float, float, float]  # x0, top, x1, bottom in PDF points, origin top-left


class BlockKind(str, Enum):
    HEADING = "heading"
    PARAGRAPH = "paragraph"
    LIST_ITEM = "list_item"
    FOOTNOTE = "footnote"


class Position(str, Enum):
    AGREE = "agree"
    PARTIAL = "partial"
    DISAGREE = "disagree"
    NOT_ADDRESSED = "not_addressed"


@dataclass(frozen=True)
class Block:
    """A run of text that belongs together on one page: a heading, a paragraph, a list item or a footnote.

    ``text`` is normalised (ligatures expanded, line-end hyphenation joined, whitespace folded).  A paragraph or list
    item that runs on over a page or column break stays two blocks; ``continues`` on the second says so.
    """

    page: int  # 1-based
    bbox: BBox
    text: str
    kind: BlockKind
    level: int = 0  # heading level (1 = largest) or list nesting depth (0 = top)
    marker: str = ""  # list label as printed ("3.", "b)", "•") or footnote number
    font_size: float = 0.0
    bold: bool = False
    column: int = 0  # 0 = full width or left column, 1 = right column
    continues: bool = False  # first block on a page/column that carries on the previous page's last block
    table: bool = False  # made from a ruled table's row (a cell, or the row's context as a heading)


@dataclass(frozen=True)
class ExtractedDocument:
    path: str
    sha256: str
    page_count: int
    blocks: tuple[Block, ...]
    removed_lines: tuple[str, ...] = ()  # running headers, footers and page numbers that were dropped

    @property
    def body(self) -> tuple[Block, ...]:
        return tuple(b for b in self.blocks if b.kind is not BlockKind.FOOTNOTE)

    @property
    def footnotes(self) -> tuple[Block, ...]:
        return tuple(b for b in self.blocks if b.kind is BlockKind.FOOTNOTE)


@dataclass(frozen=True)
class Location:
    page: int
    section: str


@dataclass(frozen=True)
class Recommendation:
    id: str  # "R01", stable within a run, in document order
    number: str  # as printed, without trailing punctuation; "" when the report prints none
    text: str
    page: int
    section: str
    addressees: tuple[str, ...] = ()  # as written: "de minister van Justitie en Veiligheid"
    departments: tuple[str, ...] = ()  # codes from pipeline/data/departments.csv
    lead_in: str = ""  # "Amnesty roept de minister van ... op om:"
    locations: tuple[Location, ...] = ()  # every place it is printed (summary and chapter)
    bbox: BBox = (0.0, 0.0, 0.0, 0.0)


@dataclass(frozen=True)
class Sentence:
    text: str
    page: int


@dataclass(frozen=True)
class Passage:
    id: str  # "P001"
    page: int
    heading: str
    text: str
    sentences: tuple[Sentence, ...] = ()
    departments: tuple[str, ...] = ()  # who speaks or is spoken of, where the text says so
    bbox: BBox = (0.0, 0.0, 0.0, 0.0)


@dataclass(frozen=True)
class Link:
    recommendation_id: str
    passage_id: str
    score: float  # fused retrieval score in [0, 1], higher is closer
    rank: int  # 1 = best passage for this recommendation


@dataclass(frozen=True)
class Evidence:
    text: str
    page: int
    passage_id: str


@dataclass(frozen=True)
class Assessment:
    recommendation_id: str
    position: Position
    confidence: float
    passage_ids: tuple[str, ...] = ()
    evidence: Evidence | None = None
    needs_review: bool = False
    reasons: tuple[str, ...] = field(default=())  # short human-readable why, e.g. "cue: 'neemt ... over'"
