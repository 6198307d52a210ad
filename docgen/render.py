"""Render a ``Document`` spec to an A4 PDF that looks like a government or NGO publication.

Layout is done here rather than by fpdf2's flowing text so that line breaks, hyphenation, footnote placement and the
page of every recommendation are known exactly.  Each block is first typeset into ``Line`` records at its column
width; a pager then puts lines on pages, keeps footnotes on the page of their marker and records page numbers.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from fpdf import FPDF

from docgen.model import Cell, Columns, Document, Heading, ItemList, ListItem, PageBreak, Paragraph, Table

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FONT_FILES = {
    "sans": {"": "DejaVuSans.ttf", "B": "DejaVuSans-Bold.ttf", "I": "DejaVuSans-Oblique.ttf"},
    "serif": {"": "DejaVuSerif.ttf", "B": "DejaVuSerif-Bold.ttf", "I": "DejaVuSerif-Italic.ttf"},
}
# A fixed date keeps regenerated files byte-identical.
CREATION_DATE = datetime(2024, 3, 21, 9, 0, 0, tzinfo=timezone.utc)

PT = 25.4 / 72  # mm per point
PAGE_W, PAGE_H = 210.0, 297.0
LEFT, RIGHT = 25.0, 25.0
TOP = 25.0
BODY_BOTTOM = 274.0
HEADER_Y = 13.0
FOOTER_Y = 284.0
TEXT_W = PAGE_W - LEFT - RIGHT
COLUMN_GAP = 8.0
LINE_SPACING = 1.45
NOTE_SEPARATOR = 4.0  # room for the short rule above the footnotes

HEADING_SIZE_DELTA = {1: 6.0, 2: 2.5, 3: 0.5}
HEADING_SPACE_BEFORE = {1: 6.0, 2: 5.0, 3: 4.0}
PARAGRAPH_GAP = 2.6
ITEM_GAP = 1.4
LABEL_MIN_W = 7.0

VOWELS = set("aeiouyáéíóúàèëïöüêâ")
ONSETS = {"bl", "br", "ch", "cl", "cr", "dr", "fl", "fr", "gl", "gr", "kl", "kn", "kr", "pl", "pr", "sl", "tr",
          "vl", "vr", "wr", "zw"}
NO_SPLIT = {"ch", "ij", "ng", "th", "ph", "sj", "nk"}
HYPHENATE_MIN_LETTERS = 12
WORD_CORE = re.compile(r"^([(\"'‘“]*)([A-Za-zÀ-ÿ]+)([.,;:!?)\"'’”]*)$")

CELL_PAD_X = 1.8
CELL_PAD_Y = 1.3
CELL_PARAGRAPH_GAP = 1.4
TABLE_GAP = 3.0
TABLE_RULE = 0.2
TABLE_HEADER_FILL = 228
TABLE_MIN_SPLIT_LINES = 2  # a row breaks across pages only when at least this many lines fit on the first page

NEXT_STYLE = {"1.": "a.", "1)": "a)", "a.": "i.", "a)": "i)", "i.": "–", "i)": "–", "•": "–", "–": "–"}
NUMERIC_STYLES = {"1.", "1)"}


@dataclass(frozen=True)
class Note:
    number: int
    lines: tuple["Line", ...]

    @property
    def height(self) -> float:
        return sum(line.height for line in self.lines) + 0.6


@dataclass(frozen=True)
class Line:
    """One typeset line, positioned relative to the left edge of its column."""

    text: str
    x: float
    width: float
    height: float
    size: float
    style: str = ""
    justify: bool = False
    align: str = "L"
    space_before: float = 0.0
    label: str = ""
    label_x: float = 0.0
    markers: str = ""
    notes: tuple[Note, ...] = ()
    keep_with_next: int = 0
    recommendation: str = ""
    color: int = 0


@dataclass(frozen=True)
class Rendered:
    """A rendered PDF and what the layout knows about it."""

    pdf: bytes
    page_count: int
    recommendation_pages: dict[str, int] = field(default_factory=dict)  # number -> first page, duplicates folded


def render(document: Document, path: Path) -> Rendered:
    """Write ``document`` as a PDF to ``path``; return the layout facts (page count, recommendation pages)."""
    rendered = render_bytes(document)
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    Path(path).write_bytes(rendered.pdf)
    return rendered


def render_bytes(document: Document) -> Rendered:
    """Lay ``document`` out and return the PDF bytes with its layout facts."""
    pdf = _new_pdf(document)
    pager = _Pager(pdf, document)
    pager.start()
    runs = _typeset(pdf, document)
    for run, following in zip(runs, runs[1:] + [None]):
        if isinstance(run, PageBreak):
            pager.page_break()
        elif isinstance(run, _ColumnRun):
            pager.place_columns(list(run.lines))
        elif isinstance(run, _TableRun):
            pager.place_table(run)
        elif isinstance(following, _TableRun):  # a heading or lead-in just above a table stays with its start
            pager.place_flow(run, tail=TABLE_GAP + following.start_height)
        else:
            pager.place_flow(run)
    pager.finish()
    return Rendered(bytes(pdf.output()), pdf.page_no(), dict(pager.recommendation_pages))


@dataclass(frozen=True)
class _ColumnRun:
    lines: tuple[Line, ...]


@dataclass(frozen=True)
class _TableRun:
    """A typeset table: per cell its lines (x relative to the table's left edge); the column edges."""

    header: tuple[tuple[Line, ...], ...]
    rows: tuple[tuple[tuple[Line, ...], ...], ...]
    edges: tuple[float, ...]  # left edge of every column, then the right edge of the last
    repeat_header: bool
    split_rows: bool
    rules: str = "grid"

    @property
    def start_height(self) -> float:
        """The header row and the first lines of the first row: what must fit below a heading above the table."""
        first_row = self.rows[0] if self.rows else ()
        return _cells_height(self.header) + _cells_height(tuple(cell[:TABLE_MIN_SPLIT_LINES] for cell in first_row))


def _typeset(pdf: FPDF, document: Document) -> list:
    """Typeset every block in document order (so footnotes number through); consecutive flow lines form one run."""
    typesetter = _Typesetter(pdf, document)
    runs: list = []
    column_w = (TEXT_W - COLUMN_GAP) / 2
    for block in document.blocks:
        if isinstance(block, PageBreak):
            runs.append(block)
        elif isinstance(block, Table):
            runs.append(typesetter.table(block, TEXT_W))
        elif isinstance(block, Columns):
            runs.append(_ColumnRun(tuple(line for inner in block.blocks for line in typesetter.block(inner, column_w))))
        elif runs and isinstance(runs[-1], list):
            runs[-1].extend(typesetter.block(block, TEXT_W))
        else:
            runs.append(list(typesetter.block(block, TEXT_W)))
    return runs


def label_for(style: str, n: int) -> str:
    """The list label printed for item ``n`` (1-based) in ``style``."""
    if style in ("1.", "1)"):
        return f"{n}{style[1]}"
    if style in ("a.", "a)"):
        return f"{_letters(n)}{style[1]}"
    if style in ("i.", "i)"):
        return f"{_roman(n)}{style[1]}"
    return style


def item_label(style: str, n: int, item: ListItem) -> str:
    """The label of ``item``: its recommendation number when the list is numeric, else the style's label."""
    rec = item.recommendation
    if rec is None or style not in NUMERIC_STYLES:
        return label_for(style, n)
    if "." in rec.number:
        return rec.number if style == "1." else rec.number + ")"
    return rec.number + style[1]


def _letters(n: int) -> str:
    out = ""
    while n > 0:
        n, rest = divmod(n - 1, 26)
        out = chr(ord("a") + rest) + out
    return out


def _roman(n: int) -> str:
    values = [(10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]
    out = ""
    for value, digits in values:
        while n >= value:
            out, n = out + digits, n - value
    return out


def _new_pdf(document: Document) -> FPDF:
    pdf = FPDF(orientation="P", unit="mm", format="A4")
    pdf.set_auto_page_break(False)
    pdf.c_margin = 0  # title blocks align with the body text
    pdf.set_margins(LEFT, TOP, RIGHT)
    pdf.set_creation_date(CREATION_DATE)
    pdf.set_title(document.title)
    pdf.set_lang("nl-NL")
    family = _family(document)
    for style, filename in FONT_FILES[document.font_family if document.font_family in FONT_FILES else "sans"].items():
        pdf.add_font(family, style, str(FONT_DIR / filename))
    return pdf


def _family(document: Document) -> str:
    return "DejaVuSerif" if document.font_family == "serif" else "DejaVuSans"


def _line_height(size: float) -> float:
    return size * LINE_SPACING * PT


class _Typesetter:
    """Turns blocks into lines at a given width; numbers footnotes through the document."""

    def __init__(self, pdf: FPDF, document: Document):
        self.pdf = pdf
        self.family = _family(document)
        self.size = document.font_size
        self.note_size = max(document.font_size - 2.5, 6.5)
        self.note_count = 0

    def block(self, block, width: float) -> list[Line]:
        if isinstance(block, Heading):
            return self.heading(block, width)
        if isinstance(block, Paragraph):
            return self.paragraph(block, width)
        if isinstance(block, ItemList):
            return self.item_list(block, width)
        if isinstance(block, Columns):  # nested columns are set as plain flow
            return [line for inner in block.blocks for line in self.block(inner, width)]
        raise TypeError(f"cannot typeset {type(block).__name__} here")

    def width_of(self, text: str, style: str, size: float) -> float:
        self.pdf.set_font(self.family, style, size)
        return self.pdf.get_string_width(text)

    def heading(self, heading: Heading, width: float) -> list[Line]:
        size = self.size + HEADING_SIZE_DELTA.get(heading.level, 0.0)
        rows = self.break_words(heading.text, width, "B", size, hyphenate=False)
        height = _line_height(size) * 0.95
        lines = [Line(text=row, x=0.0, width=width, height=height, size=size, style="B") for row in rows]
        return self._first(lines, space_before=HEADING_SPACE_BEFORE.get(heading.level, 4.0), keep=2, gap_after=1.2)

    def paragraph(self, paragraph: Paragraph, width: float) -> list[Line]:
        style = "B" if paragraph.bold else ""
        notes = tuple(self.note(text, width) for text in paragraph.footnotes)
        markers = ",".join(str(n.number) for n in notes)
        marker_w = self.width_of(markers, "", self.size * 0.62) if markers else 0.0
        rows = self.break_words(paragraph.text, width, style, self.size, tail=marker_w)
        lines = [Line(text=row, x=0.0, width=width, height=_line_height(self.size), size=self.size, style=style,
                      justify=i < len(rows) - 1) for i, row in enumerate(rows)]
        lines[-1] = _replace(lines[-1], markers=markers, notes=notes)
        keep = 2 if paragraph.bold else 0  # a lead-in stays with the start of its list
        return self._first(lines, space_before=PARAGRAPH_GAP, keep=keep)

    def item_list(self, item_list: ItemList, width: float, indent: float = 0.0) -> list[Line]:
        labels = [item_label(item_list.style, item_list.start + i, item) for i, item in enumerate(item_list.items)]
        label_w = max([LABEL_MIN_W] + [self.width_of(label, "", self.size) + 2.5 for label in labels])
        label_x = indent
        text_x = label_x + label_w
        lines: list[Line] = []
        for i, (item, label) in enumerate(zip(item_list.items, labels)):
            rows = self.break_words(item.text, width - text_x, "", self.size)
            item_lines = [Line(text=row, x=text_x, width=width - text_x, height=_line_height(self.size),
                               size=self.size, justify=j < len(rows) - 1) for j, row in enumerate(rows)]
            rec = item.recommendation
            key = (rec.duplicate_of or rec.number) if rec else ""
            item_lines[0] = _replace(item_lines[0], label=label, label_x=label_x, recommendation=key,
                                     space_before=PARAGRAPH_GAP if i == 0 and not indent else ITEM_GAP)
            lines.extend(item_lines)
            if item.children:
                child_list = ItemList(items=item.children, style=NEXT_STYLE.get(item_list.style, "–"))
                lines.extend(self.item_list(child_list, width, indent=text_x))
        return lines

    def table(self, table: Table, width: float) -> _TableRun:
        columns = len(table.header)
        weights = table.widths or (1.0,) * columns
        if len(weights) != columns or any(w <= 0 for w in weights):
            raise ValueError(f"table has {columns} columns but widths {weights}")
        if table.rules not in ("grid", "rows"):
            raise ValueError(f"table rules {table.rules!r}, expected 'grid' or 'rows'")
        for row in table.rows:
            if len(row) != columns:
                raise ValueError(f"table row has {len(row)} cells, the header {columns}: {row!r}")
        edges = [0.0]
        for weight in weights:
            edges.append(edges[-1] + width * weight / sum(weights))
        size = table.font_size if table.font_size is not None else self.size - 1.0

        def cell(content: str | Cell, k: int, style: str) -> tuple[Line, ...]:
            text, bold = (content.text, content.bold) if isinstance(content, Cell) else (content, False)
            inner = edges[k + 1] - edges[k] - 2 * CELL_PAD_X
            lines = []
            for p, part in enumerate(text.split("\n")):
                part = self.fit_words(part, inner, "B" if bold else style, size)
                rows = self.break_words(part, inner, "B" if bold else style, size, hyphenate=False)
                lines.extend(Line(text=row, x=edges[k] + CELL_PAD_X, width=inner, height=_line_height(size),
                                  size=size, style="B" if bold else style,
                                  space_before=CELL_PARAGRAPH_GAP if p and not j else 0.0)
                             for j, row in enumerate(rows))
            return tuple(lines)

        return _TableRun(header=tuple(cell(text, k, "B") for k, text in enumerate(table.header)),
                         rows=tuple(tuple(cell(content, k, "") for k, content in enumerate(row))
                                    for row in table.rows),
                         edges=tuple(edges), repeat_header=table.repeat_header, split_rows=table.split_rows,
                         rules=table.rules)

    def fit_words(self, text: str, width: float, style: str, size: float) -> str:
        """``text`` with every word wider than ``width`` split (with a hyphen) so that no piece sticks out of a cell."""
        pieces = []
        for word in text.split():
            while self.width_of(word, style, size) > width:
                split = self._hyphenate(word, width, style, size)
                if split is None:  # no syllable break fits: cut between letters, as a word processor does
                    fitting = [k for k in range(1, len(word)) if self.width_of(word[:k], style, size) <= width]
                    cut = max(fitting, default=1)
                    split = (word[:cut], word[cut:])
                pieces.append(split[0])
                word = split[1]
            pieces.append(word)
        return " ".join(pieces)

    def note(self, text: str, width: float) -> Note:
        self.note_count += 1
        number = str(self.note_count)
        indent = self.width_of(number, "", self.note_size) + 1.8
        rows = self.break_words(text, width - indent, "", self.note_size, hyphenate=False)
        height = _line_height(self.note_size) * 0.92
        lines = tuple(Line(text=row, x=indent, width=width - indent, height=height, size=self.note_size,
                           label=number if i == 0 else "", color=40) for i, row in enumerate(rows))
        return Note(self.note_count, lines)

    def break_words(self, text: str, width: float, style: str, size: float, tail: float = 0.0,
                    hyphenate: bool = True) -> list[str]:
        """Greedy line breaking; long words that would overflow are split with a hyphen at a syllable-ish point."""
        space = self.width_of(" ", style, size)
        words = text.split()
        rows: list[list[str]] = [[]]
        used = 0.0
        i = 0
        while i < len(words):
            word = words[i]
            extra = tail if i == len(words) - 1 else 0.0
            need = self.width_of(word, style, size) + extra + (space if rows[-1] else 0.0)
            if used + need <= width or not rows[-1]:
                rows[-1].append(word)
                used += need
                i += 1
                continue
            split = self._hyphenate(word, width - used - space, style, size) if hyphenate else None
            if split:
                rows[-1].append(split[0])
                words[i] = split[1]
            rows.append([])
            used = 0.0
        return [" ".join(row) for row in rows if row]

    def _hyphenate(self, word: str, room: float, style: str, size: float) -> tuple[str, str] | None:
        match = WORD_CORE.match(word)
        if not match or len(match.group(2)) < HYPHENATE_MIN_LETTERS:
            return None
        lead, core, trail = match.groups()
        for k in sorted(_split_points(core), reverse=True):
            head = lead + core[:k] + "-"
            if self.width_of(head, style, size) <= room:
                return head, core[k:] + trail
        return None

    @staticmethod
    def _first(lines: list[Line], space_before: float, keep: int, gap_after: float = 0.0) -> list[Line]:
        if not lines:
            return lines
        lines[0] = _replace(lines[0], space_before=space_before)
        if keep:
            lines[-1] = _replace(lines[-1], keep_with_next=keep)
        if gap_after:
            lines[-1] = _replace(lines[-1], height=lines[-1].height + gap_after)
        return lines


def _split_points(core: str) -> list[int]:
    """Positions where a Dutch word may be split: before a consonant (or onset cluster) that starts a syllable."""
    lower = core.lower()
    points = []
    for k in range(4, len(lower) - 3):
        prev, cur = lower[k - 1], lower[k]
        if cur in VOWELS and prev == "s" and lower[k - 2] not in VOWELS | {"s"}:  # after a linking s: "uitvoerings-"
            points.append(k)
            continue
        if cur in VOWELS or prev + cur in NO_SPLIT:
            continue
        if cur == "s" and prev not in VOWELS and prev != "s":  # a linking s stays with the part before it
            continue
        nxt = lower[k + 1]
        if nxt in VOWELS and prev + cur not in ONSETS:
            points.append(k)
        elif lower[k:k + 2] in ONSETS and k + 2 < len(lower) and lower[k + 2] in VOWELS:
            points.append(k)
    return points


def _replace(line: Line, **changes) -> Line:
    from dataclasses import replace

    return replace(line, **changes)


class _Pager:
    """Puts typeset lines on pages; owns headers, footers and the footnote area of each page."""

    def __init__(self, pdf: FPDF, document: Document):
        self.pdf = pdf
        self.document = document
        self.family = _family(document)
        self.notes: list[Note] = []
        self.y = TOP
        self.x0 = LEFT
        self.bottom = BODY_BOTTOM
        self.frame_top = TOP
        self.column = -1  # -1: full width; 0 / 1: left / right column
        self.lowest = TOP  # lowest body text on the page, across columns
        self.recommendation_pages: dict[str, int] = {}

    # pages
    def start(self) -> None:
        document = self.document
        self.pdf.add_page()
        if document.title_page:
            self._title_page()
            self.new_page()
        else:
            self._letterhead()

    def _title_page(self) -> None:
        pdf, document = self.pdf, self.document
        size = document.font_size
        pdf.set_fill_color(30, 30, 30)
        pdf.rect(LEFT, 62, 18, 2.2, style="F")
        y = 72.0
        pdf.set_text_color(0)
        pdf.set_font(self.family, "B", size + 15)
        pdf.set_xy(LEFT, y)
        pdf.multi_cell(TEXT_W, _line_height(size + 15) * 0.9, document.title, align="L")
        if document.subtitle:
            pdf.set_font(self.family, "", size + 4.5)
            pdf.set_xy(LEFT, pdf.get_y() + 6)
            pdf.multi_cell(TEXT_W, _line_height(size + 4.5), document.subtitle, align="L")
        pdf.set_font(self.family, "", size)
        y = 250.0
        for line in document.imprint:
            pdf.set_xy(LEFT, y)
            pdf.cell(TEXT_W, _line_height(size), line)
            y += _line_height(size)

    def _letterhead(self) -> None:
        pdf, document = self.pdf, self.document
        size = document.font_size
        pdf.set_text_color(0)
        pdf.set_font(self.family, "B", size + 3)
        pdf.set_xy(LEFT, TOP - 4)
        pdf.multi_cell(TEXT_W, _line_height(size + 3), document.title, align="L")
        if document.subtitle:
            pdf.set_font(self.family, "", size)
            pdf.set_xy(LEFT, pdf.get_y() + 1)
            pdf.multi_cell(TEXT_W, _line_height(size), document.subtitle, align="L")
        y = pdf.get_y() + 3
        pdf.set_draw_color(0)
        pdf.set_line_width(0.3)
        pdf.line(LEFT, y, PAGE_W - RIGHT, y)
        self.y = self.frame_top = self.lowest = y + 4

    def new_page(self) -> None:
        if self.pdf.page_no() > 0:
            self._close_page()
        self.pdf.add_page()
        self.notes = []
        self.y = self.frame_top = self.lowest = TOP
        self.column = min(self.column, 0)
        self.x0 = LEFT if self.column < 0 else self.x0_for(0)
        self.bottom = BODY_BOTTOM
        self._running_header()

    def _running_header(self) -> None:
        if not self.document.running_header:
            return
        pdf = self.pdf
        pdf.set_text_color(90)
        pdf.set_font(self.family, "", 8)
        pdf.text(LEFT, HEADER_Y, self.document.running_header)
        pdf.set_draw_color(150)
        pdf.set_line_width(0.2)
        pdf.line(LEFT, HEADER_Y + 2.2, PAGE_W - RIGHT, HEADER_Y + 2.2)

    def _close_page(self) -> None:
        pdf = self.pdf
        if self.notes:
            top = BODY_BOTTOM - self._notes_height(self.notes) + NOTE_SEPARATOR
            pdf.set_draw_color(60)
            pdf.set_line_width(0.2)
            pdf.line(LEFT, top - 2.2, LEFT + 40, top - 2.2)
            y = top
            for note in self.notes:
                for line in note.lines:
                    self._draw(line, LEFT, y)
                    y += line.height
                y += 0.6
        first_is_title = pdf.page_no() == 1 and self.document.title_page
        if self.document.footer and not first_is_title:
            text = self.document.footer.replace("{pages}", pdf.str_alias_nb_pages).replace("{page}", str(pdf.page_no()))
            pdf.set_text_color(60)
            pdf.set_font(self.family, "", 8.5)
            pdf.set_xy(LEFT, FOOTER_Y)
            pdf.cell(TEXT_W, 4, text, align="C")

    def finish(self) -> None:
        self._close_page()

    def page_break(self) -> None:
        if self.y > self.frame_top or self.notes:
            self.new_page()

    # frames
    def x0_for(self, column: int) -> float:
        return LEFT + column * ((TEXT_W + COLUMN_GAP) / 2)

    def limit(self, extra_notes: tuple[Note, ...] = ()) -> float:
        notes = self.notes + list(extra_notes)
        return BODY_BOTTOM - (self._notes_height(notes) if notes else 0.0)

    @staticmethod
    def _notes_height(notes: list[Note]) -> float:
        return sum(note.height for note in notes) + NOTE_SEPARATOR

    # placing
    def place_flow(self, lines: list[Line], tail: float = 0.0) -> None:
        """Place full-width lines, keeping headings and lead-ins with the lines (or the ``tail``) that follow."""
        for i, line in enumerate(lines):
            ahead = sum(following.space_before + following.height
                        for following in lines[i + 1:i + 1 + line.keep_with_next])
            if line.keep_with_next and i + line.keep_with_next >= len(lines):
                ahead += tail
            if not self.fits(line, ahead) and not self.at_top():
                self.new_page()
            self.put(line)

    def at_top(self) -> bool:
        return self.y <= self.frame_top + 0.01

    def fits(self, line: Line, ahead: float = 0.0) -> bool:
        space = 0.0 if self.at_top() else line.space_before
        limit = self.limit(line.notes)
        # notes must not run into text already set in the other column
        return self.y + space + line.height + ahead <= min(self.bottom, limit) and self.lowest <= limit

    def put(self, line: Line) -> None:
        y = self.y + (0.0 if self.at_top() else line.space_before)
        self._draw(line, self.x0, y)
        self.notes.extend(line.notes)
        if line.recommendation and line.recommendation not in self.recommendation_pages:
            self.recommendation_pages[line.recommendation] = self.pdf.page_no()
        self.y = y + line.height
        self.lowest = max(self.lowest, self.y)

    def place_columns(self, pending: list[Line]) -> None:
        """Set lines in two columns; the columns are balanced on the last page they occupy."""
        if pending and not self.at_top():
            self.y += pending[0].space_before
        while pending:
            self.column, self.x0, self.frame_top = 0, self.x0_for(0), self.y
            total = sum(line.space_before + line.height for line in pending)
            room = self.limit() - self.y
            self.bottom = self.y + _balanced_height(pending, total) if total <= 2 * room - 10 else BODY_BOTTOM
            ends = [self.y, self.y]
            while pending:
                line = pending[0]
                if not self.fits(line) and not self.at_top():
                    if self.column == 0:
                        self.column, self.x0, self.y, self.bottom = 1, self.x0_for(1), self.frame_top, BODY_BOTTOM
                        continue
                    self.new_page()
                    break
                self.put(line)
                ends[self.column] = self.y
                pending.pop(0)
            else:
                self.y = self.lowest = max(ends) + PARAGRAPH_GAP
        self.column, self.x0, self.bottom = -1, LEFT, BODY_BOTTOM
        self.frame_top = min(self.frame_top, self.y)

    def place_table(self, run: _TableRun) -> None:
        """Set a ruled table; the header row opens every page it is on, a row too tall for the page breaks."""
        if not self.at_top():
            self.y += TABLE_GAP
        if self.y + run.start_height > self.limit() and not self.at_top():
            self.new_page()
        self._table_segment(run, run.header, header=True)
        for row in run.rows:
            pending = [list(cell) for cell in row]
            while any(pending):
                room = self.limit() - self.y
                if _cells_height(tuple(tuple(cell) for cell in pending)) <= room:
                    self._table_segment(run, tuple(tuple(cell) for cell in pending))
                    break
                fresh = self.y <= self.frame_top + _cells_height(run.header) + 0.01  # only the header above
                taken = _take_lines(pending, room - 2 * CELL_PAD_Y) if run.split_rows or fresh else None
                if fresh and taken is None:
                    raise ValueError("a table header leaves no room for a single line of its rows")
                if taken is not None and (fresh or max(len(cell) for cell in taken) >= TABLE_MIN_SPLIT_LINES):
                    self._table_segment(run, taken)
                    pending = [cell[len(part):] for cell, part in zip(pending, taken)]
                self.new_page()
                if run.repeat_header:
                    self._table_segment(run, run.header, header=True)
        self.y += 1.0
        self.lowest = max(self.lowest, self.y)

    def _table_segment(self, run: _TableRun, cells: tuple[tuple[Line, ...], ...], header: bool = False) -> None:
        """Draw one row (or the part of a row on this page) at ``self.y``: ruled cells, then their lines."""
        pdf = self.pdf
        height = _cells_height(cells)
        pdf.set_draw_color(70)
        pdf.set_line_width(TABLE_RULE)
        if header:
            pdf.set_fill_color(TABLE_HEADER_FILL)
        if run.rules == "rows":
            if header:
                pdf.rect(self.x0, self.y, run.edges[-1], height, style="F")
            for y in (self.y, self.y + height):
                pdf.line(self.x0, y, self.x0 + run.edges[-1], y)
        else:
            for left, right in zip(run.edges, run.edges[1:]):
                pdf.rect(self.x0 + left, self.y, right - left, height, style="DF" if header else "D")
        for lines in cells:
            y = self.y + CELL_PAD_Y
            for i, line in enumerate(lines):
                y += line.space_before if i else 0.0
                self._draw(line, self.x0, y)
                y += line.height
        self.y += height
        self.lowest = max(self.lowest, self.y)

    def _draw(self, line: Line, x0: float, top: float) -> None:
        pdf = self.pdf
        pdf.set_text_color(line.color)
        baseline = top + line.height * 0.5 + line.size * PT * 0.35
        if line.label:
            pdf.set_font(self.family, "", line.size)
            pdf.text(x0 + line.label_x, baseline, line.label)
        pdf.set_font(self.family, line.style, line.size)
        x = x0 + line.x
        words = line.text.split(" ")
        if line.justify and len(words) > 1:
            widths = [pdf.get_string_width(word) for word in words]
            gap = (line.width - sum(widths)) / (len(words) - 1)
            for word, width in zip(words[:-1], widths):
                pdf.text(x, baseline, word + " ")
                x += width + gap
            pdf.text(x, baseline, words[-1])
            x += widths[-1]
        else:
            pdf.text(x, baseline, line.text)
            x += pdf.get_string_width(line.text)
        if line.markers:
            pdf.set_font(self.family, "", line.size * 0.62)
            pdf.text(x + 0.3, baseline - line.size * PT * 0.38, line.markers)


def _cells_height(cells: tuple[tuple[Line, ...], ...]) -> float:
    """Height of a table row (or row part): its tallest cell plus the padding above and below."""
    tallest = max((sum(line.height + (line.space_before if i else 0.0) for i, line in enumerate(lines))
                   for lines in cells), default=0.0)
    return tallest + 2 * CELL_PAD_Y


def _take_lines(cells: list[list[Line]], room: float) -> tuple[tuple[Line, ...], ...] | None:
    """The first lines of every cell that fit in ``room``; None when not a single line fits."""
    taken = []
    for lines in cells:
        used, part = 0.0, []
        for line in lines:
            used += line.height + (line.space_before if part else 0.0)
            if used > room:
                break
            part.append(line)
        taken.append(tuple(part))
    return tuple(taken) if any(taken) else None


def _balanced_height(lines: list[Line], total: float) -> float:
    """Height of the left column when ``lines`` are split into two columns of about equal height."""
    used = 0.0
    for line in lines:
        used += line.space_before + line.height
        if used >= total / 2 - 0.01:
            return used + 0.01
    return used + 0.01
