"""The plain building blocks a document spec is written in.

A pair spec (see ``docgen/pairs/``) builds a report and a response from these blocks.  The renderer turns each
``Document`` into a PDF; the gold writer reads the ``Recommendation`` and ``Answer`` annotations to produce the
gold JSON (format: ``docs/gold-format.md``), so prose and truth are written in one place.
"""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Heading:
    text: str
    level: int = 1  # 1 = chapter, 2 = section, 3 = subsection


@dataclass(frozen=True)
class Answer:
    """Gold annotation on a response paragraph: it answers recommendation ``number`` with ``position``."""

    number: str  # printed number of the recommendation in the report, e.g. "3" or "2.1"
    position: str  # agree | partial | disagree
    evidence: str  # the sentence of the paragraph that decides the position, copied verbatim


@dataclass(frozen=True)
class Paragraph:
    text: str
    footnotes: tuple[str, ...] = ()  # rendered as superscript markers after the text and notes at the page foot
    answers: tuple[Answer, ...] = ()  # response only
    bold: bool = False  # e.g. a lead-in such as "Amnesty roept de minister van ... op om:"


@dataclass(frozen=True)
class Recommendation:
    """Gold annotation on a list item of the report: this item is a recommendation."""

    number: str  # the number as printed (without its trailing dot or bracket)
    departments: tuple[str, ...]  # department codes, see pipeline/data/departments.csv
    duplicate_of: str | None = None  # set on a repeat (e.g. in the summary) of recommendation ``number``


@dataclass(frozen=True)
class ListItem:
    text: str
    children: tuple["ListItem", ...] = ()
    recommendation: Recommendation | None = None


@dataclass(frozen=True)
class ItemList:
    items: tuple[ListItem, ...]
    style: str = "1."  # label style: "1.", "1)", "a.", "a)", "i.", "•", "–"; children use the next style down
    start: int = 1


@dataclass(frozen=True)
class PageBreak:
    pass


@dataclass(frozen=True)
class Cell:
    """A table cell; like a response paragraph it may carry ``answers``, and its text is then the gold passage.

    A newline in ``text`` starts a new paragraph inside the cell; the gold passage joins them with a space.
    """

    text: str
    answers: tuple[Answer, ...] = ()
    bold: bool = False


@dataclass(frozen=True)
class Table:
    """A ruled table, e.g. an annex "Nr. | Aanbeveling | Reactie kabinet" with one row per recommendation.

    The header row is repeated at the top of every page the table runs onto; a row taller than the room left on a
    page breaks across the pages (as Word's "allow row to break across pages"), unless ``split_rows`` is off.
    """

    header: tuple[str, ...]
    rows: tuple[tuple[str | Cell, ...], ...]
    widths: tuple[float, ...] = ()  # relative column widths; equal columns when empty
    font_size: float | None = None  # None: the document size minus 1 pt
    repeat_header: bool = True
    split_rows: bool = True
    rules: str = "grid"  # grid: every cell boxed | rows: horizontal rules between rows only (Rijkshuisstijl)


@dataclass(frozen=True)
class Columns:
    """A run of blocks set in two columns."""

    blocks: tuple = ()


Block = Heading | Paragraph | ItemList | PageBreak | Columns | Table


@dataclass(frozen=True)
class Document:
    title: str
    blocks: tuple
    running_header: str = ""  # printed on every page but the first
    footer: str = "{page}"  # page-number line; {page} and {pages} are filled in
    subtitle: str = ""
    font_size: float = 10.5
    title_page: bool = True  # False: title and subtitle open page 1 like a letterhead (letters, Kamerstukken)
    font_family: str = "sans"  # sans | serif (DejaVu, embedded)
    imprint: tuple[str, ...] = ()  # lines at the foot of the title page, e.g. publisher and date


@dataclass(frozen=True)
class Pair:
    name: str
    report: Document
    response: Document
    description: str = ""
    extra: dict = field(default_factory=dict)
