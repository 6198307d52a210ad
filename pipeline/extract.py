"""Stage 1: read a text PDF into typed blocks in reading order.

``extract(path) -> ExtractedDocument`` is the only public function.  It works from pdfplumber words with their font
name and size and rebuilds the layout with a few measured heuristics, each relative to the document itself:

* body size = the font size most characters are set in; headings are larger, or body-size bold lines standing alone;
* running headers/footers = lines near the top/bottom whose digit-normalised text repeats at a similar height on at
  least 40 % of the pages (and at least two), plus bare page numbers ("3", "- 3 -", "3/12", "Pagina 3 van 12");
* two columns = a vertical strip near the middle of the page that words on many lines stay clear of;
* footnotes = the run of smaller-than-body lines at the foot of a page (or column) that starts with a note number;
* paragraphs split where the line pitch is larger than the document's typical pitch, or on a first-line indent after
  a finished sentence; list items start at a printed marker and run on until the next marker, a vertical gap, or a
  dedent after a finished sentence; nesting level comes from the marker's indent within the current list;
* a block that starts a page or a right column and carries on an unfinished paragraph or item (no final . ; : ? !,
  and it starts lowercase or with a non-letter, or follows prose of 15+ words, a comma, or a word that is not
  capitalised) gets ``continues=True`` and the kind and level of the block it continues, with an empty marker.

Text: NFKC (ligatures, non-breaking and odd spaces, "…" becomes "..."), soft hyphens and zero-width characters
dropped, U+2010/U+2011 become "-"; curly quotes and dashes are kept as printed, spelling is not touched
("Financién" stays).  A line ending in letter + "-" is joined to a next line that starts lowercase, without the hyphen
unless the hyphen is real: the document itself prints the hyphenated form elsewhere (and never the joined one), the
part before it is an acronym, has digits or an inner capital (KMar-, AOW-), is a prefix that keeps its hyphen
(anti-, socio-, non-, ex-, oud-, ...), or is a capitalised abbreviation of at most four letters (Awgb-).  A joined
form the document prints elsewhere always wins.  The next line starting with a capital or digit keeps the hyphen.
A hyphen at the end of a block that continues on the next page is left for the consumer to resolve.
"""
from __future__ import annotations

import hashlib
import math
import re
import statistics
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, replace
from difflib import SequenceMatcher
from pathlib import Path

from pipeline.errors import (
    CorruptPdfError,
    EmptyFileError,
    EncryptedPdfError,
    FileMissingError,
    InputError,
    NoTextLayerError,
    NotAFileError,
    NotPdfError,
    TooManyPagesError,
    UnreadableFileError,
)
from pipeline.types import Block, BlockKind, ExtractedDocument

__all__ = ["extract"]

MIN_CHARS_PER_PAGE = 25  # below this on average the PDF is treated as a scan without text layer
REPEAT_SHARE = 0.4  # a header/footer text must recur on this share of pages (and on at least two)
HEADER_ZONE = 0.12  # top/bottom share of the page height searched for running headers and footers
SUPERSCRIPT_RATIO = 0.8  # a word this much smaller than its line and raised is a note marker
GAP_FACTOR = 1.3  # line pitch above typical pitch * this starts a new paragraph

_SENTENCE_END = re.compile(r"[.;:?!…][\"'”’»)\]]*$")
_BOLD_FONT = re.compile(r"bold|black|heavy|semibold|demi", re.I)
_PAGE_NUMBER = re.compile(
    r"^(?:[-–—]\s*)?(?:(?:page|pagina|blz\.?|p\.)\s*)?\d{1,4}(?:\s*(?:/|of|van|de)\s*\d{1,4})?(?:\s*[-–—])?$", re.I)
_FOOTNOTE_MARK = re.compile(r"^(\d{1,3}|[*†‡§]{1,3})[.)]?$")
_BULLETS = "•·▪‣◦●○■□➢►-–—*"
_ROMAN = r"(?:i{1,3}|iv|vi{0,3}|ix|x{1,2}i{0,3}|xiv|xv|xvi{1,3}|xix|xx)"
_MARKER_PATTERNS = [
    re.compile(rf"^([{re.escape(_BULLETS)}])\s+(?=\S)"),
    re.compile(r"^(\(\d{1,3}\)|\d{1,3}(?:\.\d{1,3})*[.)])\s+(?=\S)"),  # 1.  1)  (1)  98.13.  3.2.
    re.compile(r"^(\d{1,2}(?:\.\d{1,2})+)\s+(?=\S)"),  # 3.2 without final dot
    re.compile(rf"^(\({_ROMAN}\)|{_ROMAN}[.)])\s+(?=\S)"),  # i.  ii)  (iv)
    re.compile(r"^(\([a-z]\)|[a-z][.)])\s+(?=\S)"),  # a.  a)  (a)
    re.compile(r"^((?:[IVX]{1,5})[.)])\s+(?=\S)"),  # II.
    re.compile(r"^([A-Z]{1,2}\d{1,2}[.)])\s+(?=\S)"),  # A1.  B12)  (per-theme codes; "A2 bij Utrecht" has no dot)
    re.compile(r"^(\d{1,2}[a-z][.)])\s+(?=\S)"),  # 1a.  2b)  (per-theme letters)
]
# A label of any other scheme ("Aanbeveling 1.", "R-3)", "[2]", "A.", "Advies 4:") is read as one only when the same
# scheme counts on down the page at the same indent (see _sequence_labels): a word prefix, a code, the counter, and
# closing punctuation.
_GENERIC_LABEL = re.compile(
    r"^(?P<label>(?P<prefix>(?:[A-Z][a-z]{1,13}\.?\s)?[\[(#§]?(?:[A-Za-z]{1,3}[-.]?)?(?:\d{1,3}[.\-])*)"
    # a dash after the label ("Thema A – Natuur") makes a title, not an item
    r"(?P<counter>\d{1,3}|[A-Za-z]|[ivxIVX]{2,5})(?P<suffix>[\])]?[.):]?))\s+(?=[^\s–—-])")
_SEQUENCE_REACH = 80  # lines: how far apart two items of one list may stand (a long item, a page break)
# heading numbers that are not list labels: "A. Presentation", "1 Inleiding"
_HEADING_ONLY_MARKER = re.compile(r"^([A-Z][.)]|\d{1,2}(?=\s+[^\W\d_]))\s+(?=\S)")
_KEEP_HYPHEN_PREFIXES = {"anti", "socio", "non", "ex", "oud", "vice", "semi", "self", "e", "co", "pro"}
_ZERO_WIDTH = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"), None)
_DASHES = str.maketrans({"\u2010": "-", "\u2011": "-", "\u00a0": " ", "\u202f": " ", "\u2007": " "})


# ----------------------------------------------------------------------------------------------------------- errors
def _check_file(path: Path) -> None:
    if path.is_dir():
        raise NotAFileError(path)
    if not path.is_file():
        raise FileMissingError(path)
    try:
        size = path.stat().st_size
        if size == 0:
            raise EmptyFileError(path)
        with path.open("rb") as fh:
            head = fh.read(1024)
            fh.seek(max(0, size - 1024))
            tail = fh.read()
    except OSError as exc:
        raise UnreadableFileError(path, exc) from exc
    if b"%PDF-" not in head:
        raise NotPdfError(path, head.lstrip()[:8])
    if b"%%EOF" not in tail:  # Acrobat requires the marker in the last 1024 bytes; without it the file was cut off
        raise CorruptPdfError(path, "no %%EOF marker at the end, the file looks cut off")


def _is_encryption_error(exc: BaseException) -> bool:
    seen = 0
    while exc is not None and seen < 10:
        name = type(exc).__name__
        if "Password" in name or "Encrypt" in name or "encrypt" in str(exc).lower():
            return True
        exc = exc.__cause__ or exc.__context__ or (exc.args[0] if exc.args and isinstance(exc.args[0], BaseException)
                                                   else None)
        seen += 1
    return False


_PDF_LIBRARIES = ("pdfminer", "pdfplumber")


def _raised_by_pdf_library(exc: BaseException) -> bool:
    """True when the innermost frame that is ours or a PDF library's is the library's: damaged input, not our bug.

    Frames of the standard library and of other packages (a regex, zlib, a codec) are skipped: pdfminer calling them
    on garbage is still pdfminer failing on the file.
    """
    owner = None
    tb = exc.__traceback__
    while tb is not None:
        package = str(tb.tb_frame.f_globals.get("__name__", "")).partition(".")[0]
        if package in _PDF_LIBRARIES or package == __name__.partition(".")[0]:
            owner = package
        tb = tb.tb_next
    return owner in _PDF_LIBRARIES


def _wrap(path: Path, exc: Exception) -> InputError:
    if _is_encryption_error(exc):
        return EncryptedPdfError(path)
    return CorruptPdfError(path, f"{type(exc).__name__}: {str(exc)[:120]}")


# ------------------------------------------------------------------------------------------------------ page words
@dataclass
class _Word:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    bold: bool
    sup: bool = False
    glued: bool = False  # no space before this word on its line


@dataclass
class _Line:
    page: int
    words: list[_Word]
    column: int = 0
    x0: float = 0.0
    x1: float = 0.0
    top: float = 0.0
    bottom: float = 0.0
    size: float = 0.0
    bold: bool = False
    text: str = ""  # body text: superscript markers dropped
    flow_start: bool = False  # first line of a page or of a right column

    def finish(self) -> "_Line":
        self.words.sort(key=lambda w: w.x0)
        weights = Counter()
        for w in self.words:
            weights[round(w.size * 2) / 2] += len(w.text)
        dominant = weights.most_common(1)[0][0]
        normal = [w for w in self.words if w.size >= dominant * SUPERSCRIPT_RATIO]
        baseline = max(w.bottom for w in normal)
        for w in self.words:
            w.sup = (w.size < dominant * SUPERSCRIPT_RATIO and w.bottom < baseline - 0.15 * dominant
                     and re.fullmatch(r"[\[(]?[\d*†‡,\-–]+[\])]?", w.text) is not None)
        self.x0 = min(w.x0 for w in self.words)
        self.x1 = max(w.x1 for w in self.words)
        self.top = min(w.top for w in normal)
        self.bottom = baseline
        self.size = dominant
        body = [w for w in self.words if not w.sup]
        bold_chars = sum(len(w.text) for w in body if w.bold)
        self.bold = bold_chars * 2 > sum(len(w.text) for w in body)
        prev = None
        for w in self.words:
            w.glued = prev is not None and w.x0 - prev.x1 < 0.12 * max(w.size, prev.size)
            prev = w
        self.text = _join_words(body)
        return self

    @property
    def full_text(self) -> str:
        return _join_words(self.words)


def _join_words(words: list[_Word]) -> str:
    parts: list[str] = []
    for w in words:
        if parts and not w.glued:
            parts.append(" ")
        parts.append(w.text)
    return "".join(parts)


def _normalise(text: str) -> str:
    text = unicodedata.normalize("NFKC", text.translate(_DASHES)).translate(_ZERO_WIDTH)
    return re.sub(r"\s+", " ", text).strip()


def _normalise_word(text: str) -> str:
    """Like ``_normalise`` but keeps a soft hyphen, which marks where a word was broken at the line end."""
    return "\u00ad".join(_normalise(part) for part in text.split("\u00ad"))


def _page_chars(page) -> list[tuple]:
    """(text, x0, x1, top, bottom, size, fontname) of the upright characters on a page.

    Reads pdfminer's layout objects through ``page.layout`` instead of ``page.chars``: pdfplumber turns every
    character into a dict of ~20 resolved attributes, which is most of the time spent on a long PDF.
    """
    from pdfminer.layout import LTChar, LTContainer

    layout = page.layout
    height = float(page.height)
    mb_x0, mb_top = float(page.mediabox[0]), float(page.mediabox[1])
    out = []
    stack = list(layout._objs)
    stack.reverse()
    while stack:
        obj = stack.pop()
        if isinstance(obj, LTChar):
            a, b, c, d, _, _ = obj.matrix
            if abs(b) > 1e-3 or abs(c) > 1e-3 or a <= 0 or d <= 0:
                continue  # rotated or mirrored text: margin labels, stamps
            fontname = obj.fontname
            if isinstance(fontname, bytes):
                fontname = fontname.decode("latin-1", "replace")
            out.append((obj.get_text(), obj.x0 + mb_x0, obj.x1 + mb_x0, height - obj.y1 + mb_top,
                        height - obj.y0 + mb_top, obj.size, fontname))
        elif isinstance(obj, LTContainer):
            children = list(obj._objs)
            children.reverse()
            stack.extend(children)
    return out


def _read_words(page) -> list[_Word]:
    """Group characters into words: same row, same font and size, no space and no gap wider than 2 pt between."""
    chars = [ch for ch in _page_chars(page)
             if all(map(math.isfinite, ch[1:6])) and ch[5] > 0.5 and ch[4] >= ch[3]]
    chars.sort(key=lambda ch: (round(ch[4], 0), ch[1]))  # baseline row, then x
    words: list[_Word] = []
    cur: list[tuple] = []

    def flush():
        if cur:
            text = _normalise_word("".join(ch[0] for ch in cur))
            if text:
                words.append(_Word(text, min(ch[1] for ch in cur), max(ch[2] for ch in cur),
                                   min(ch[3] for ch in cur), max(ch[4] for ch in cur), cur[0][5],
                                   bool(_BOLD_FONT.search(cur[0][6] or ""))))
        cur.clear()

    prev = None
    for ch in chars:
        text = ch[0]
        if prev is not None and text == prev[0] and abs(ch[1] - prev[1]) < 0.8 and abs(ch[3] - prev[3]) < 0.8:
            continue  # the same glyph printed twice (fake bold)
        if text.isspace() or not text:
            flush()
            prev = ch
            continue
        if cur:
            last = cur[-1]
            same_row = abs(ch[4] - last[4]) <= 2 + 0.2 * ch[5] and ch[3] < last[4]
            if (not same_row or ch[1] - last[2] > 2 or ch[1] < last[1] - 0.5 or ch[6] != last[6]
                    or abs(ch[5] - last[5]) > 0.05):
                flush()
        cur.append(ch)
        prev = ch
    flush()
    return words


def _rows(words: list[_Word]) -> list[list[_Word]]:
    """Group words into rows by vertical overlap (a raised superscript still overlaps its line)."""
    rows: list[tuple[float, float, list[_Word]]] = []
    for w in sorted(words, key=lambda w: (w.top, w.x0)):
        h = max(w.bottom - w.top, 0.1)
        for i in range(len(rows) - 1, max(-1, len(rows) - 4), -1):
            top, bottom, ws = rows[i]
            overlap = min(bottom, w.bottom) - max(top, w.top)
            if overlap >= 0.45 * min(h, bottom - top):
                ws.append(w)
                rows[i] = (min(top, w.top) if w.size >= 0.8 * ws[0].size else top, max(bottom, w.bottom), ws)
                break
        else:
            rows.append((w.top, w.bottom, [w]))
    return [sorted(ws, key=lambda w: w.x0) for _, _, ws in rows]


# ------------------------------------------------------------------------------------------------ running headers
def _digit_key(text: str) -> str:
    return re.sub(r"\d+", "#", re.sub(r"\s+", "", text.lower()))


def _strip_running(pages_rows: list[list[list[_Word]]], heights: list[float], body_size: float
                   ) -> tuple[list[list[list[_Word]]], list[str]]:
    n = len(pages_rows)
    candidates = []  # (page, row index, zone, key, top)
    for p, rows in enumerate(pages_rows):
        h = heights[p]
        for i, row in enumerate(rows):
            if max(w.size for w in row) > body_size * 1.1:
                continue  # headings repeat too ("3. Politie" atop each chapter); running heads are not larger than body
            top, bottom = min(w.top for w in row), max(w.bottom for w in row)
            if bottom <= h * HEADER_ZONE:
                zone = "top"
            elif top >= h * (1 - HEADER_ZONE):
                zone = "bottom"
            else:
                continue
            candidates.append((p, i, zone, _digit_key(_join_words(row)), top))
    groups: list[tuple[str, str, list]] = []  # zone, key, members
    for cand in candidates:
        for zone, key, members in groups:
            if zone == cand[2] and (key == cand[3] or (len(key) > 6 and SequenceMatcher(None, key, cand[3]).ratio()
                                                       >= 0.85)):
                members.append(cand)
                break
        else:
            groups.append((cand[2], cand[3], [cand]))
    drop: set[tuple[int, int]] = set()
    need = max(2, math.ceil(REPEAT_SHARE * n))
    for zone, key, members in groups:
        tops = statistics.median(m[4] for m in members)
        near = [m for m in members if abs(m[4] - tops) <= 12]
        if len({m[0] for m in near}) >= need:
            drop.update((m[0], m[1]) for m in near)
    for p, i, zone, key, top in candidates:
        rows = pages_rows[p]
        outermost = i < 2 if zone == "top" else i >= len(rows) - 2
        if outermost and _PAGE_NUMBER.match(_join_words(rows[i]).strip()):
            drop.add((p, i))
    removed = []
    out = []
    for p, rows in enumerate(pages_rows):
        keep = []
        for i, row in enumerate(rows):
            if (p, i) in drop:
                removed.append(_join_words(row))
            else:
                keep.append(row)
        out.append(keep)
    return out, removed


# -------------------------------------------------------------------------------------------------------- columns
def _find_gutter(rows: list[list[_Word]], width: float) -> tuple[float, float, float] | None:
    """(gutter x0, gutter x1, bottom of the column region), or None for a single-column page.

    A gutter is a vertical strip (x between 25 % and 85 % of the page width) that no word touches over a run of
    consecutive rows, with text on both sides of it on at least three of those rows each; the columns need not share
    baselines.  Rows that cross it are full width (titles, intro text above the columns).  The left side must be a
    real text column (at least a fifth of the page wide), which rules out a column of list labels next to their
    hanging text; the right side may be a narrower sidebar (letterhead details beside the body of a letter).
    Below the last row with text on both sides, the left column runs on only as long as its lines keep their pitch
    and size: a heading or paragraph after a gap under the columns is full width even when it is short.
    """
    lo, hi = int(width * 0.25), int(width * 0.85)
    if len(rows) < 3 or hi - lo < 20:
        return None
    span = int(width) + 2
    covered = []
    for row in rows:
        line = bytearray(span)
        for w in row:
            a, b = max(0, int(w.x0) - 4), min(span, int(math.ceil(w.x1)) + 4)  # a word space is no gutter
            if b > a:
                line[a:b] = b"\x01" * (b - a)
        covered.append(line)
    row_x0 = [min(w.x0 for w in row) for row in rows]
    row_x1 = [max(w.x1 for w in row) for row in rows]
    best = None  # (score, x, first row, last row)
    for x in range(lo, hi + 1, 2):
        start = None
        for r in range(len(rows) + 1):
            free = r < len(rows) and not covered[r][x]
            if free and start is None:
                start = r
            elif not free and start is not None:
                n_left = sum(1 for i in range(start, r) if row_x0[i] < x)
                n_right = sum(1 for i in range(start, r) if row_x1[i] > x)
                score = (min(n_left, n_right), r - start)  # then the longest run: the whole column height
                if score[0] >= 3 and (best is None or score > best[0]):
                    best = (score, x, start, r)
                start = None
    if best is None:
        return None
    _, x, first, last = best
    left = [w for row in rows[first:last] for w in row if w.x1 <= x]
    right = [w for row in rows[first:last] for w in row if w.x0 >= x]
    g0, g1 = max(w.x1 for w in left), min(w.x0 for w in right)
    if g1 - g0 < 10:
        return None
    if (max(w.x1 for w in left) - min(w.x0 for w in left) < 0.2 * width
            or max(w.x1 for w in right) - min(w.x0 for w in right) < 0.12 * width):
        return None
    if max(w.x1 for w in right) - min(w.x0 for w in right) < 0.2 * width:
        return g0, g1, math.inf  # a sidebar: the body column beside it runs on to the foot of the page
    both = [i for i in range(first, last) if row_x0[i] < x < row_x1[i]]  # x is free on these rows
    if not both:
        return None  # text beside the strip but never on both sides of it on one line: no columns
    tops = [min(w.top for w in row) for row in rows]
    steps = sorted(tops[i + 1] - tops[i] for i in range(first, both[-1]) if tops[i + 1] > tops[i])
    step = steps[len(steps) // 2] if steps else 0.0
    end = both[-1]
    # a line further down that sits wholly in the right column: the columns run on at least that far (a heading
    # set in the left column, in a larger size, does not end them)
    end = max([end] + [i for i in range(end + 1, last) if row_x0[i] >= g1 - 1])
    while end + 1 < last:
        prev_row, row = rows[end], rows[end + 1]
        if not step or tops[end + 1] - tops[end] > 1.6 * step or abs(row[0].size - prev_row[0].size) > 0.3:
            break
        end += 1
    return g0, g1, max(w.bottom for w in rows[end])


def _page_lines(page_no: int, rows: list[list[_Word]], width: float) -> list[_Line]:
    """Lines of one page in reading order: full-width lines in place, column bands left then right."""
    gutter = _find_gutter(rows, width)
    if gutter is None:
        lines = [_Line(page_no, row).finish() for row in rows]
        if lines:
            lines[0].flow_start = True
        return lines
    g0, g1, region_bottom = gutter
    # under a full-width heading the page may set a second band of columns: it is read as a page of its own
    below = [row for row in rows if min(w.top for w in row) > region_bottom]
    rows = [row for row in rows if min(w.top for w in row) <= region_bottom]
    full: list[_Line] = []
    left: list[_Word] = []
    right: list[_Word] = []
    mid = (g0 + g1) / 2
    for row in rows:
        straddles = any(w.x0 < mid < w.x1 for w in row)
        spaced = any(a.x1 <= mid <= b.x0 and b.x0 - a.x1 < 8 for a, b in zip(row, row[1:]))
        if straddles or spaced:  # a full-width line: a word, or an ordinary word space, sits on the gutter
            full.append(_Line(page_no, row).finish())
        else:
            for w in row:
                (left if (w.x0 + w.x1) / 2 < (g0 + g1) / 2 else right).append(w)
    left_lines = [_Line(page_no, r, column=0).finish() for r in _rows(left)] if left else []
    right_lines = [_Line(page_no, r, column=1).finish() for r in _rows(right)] if right else []
    out: list[_Line] = []
    cuts = sorted(full, key=lambda l: l.top)
    bounds = [-math.inf] + [l.top for l in cuts] + [math.inf]
    for b in range(len(bounds) - 1):
        if b > 0:
            out.append(cuts[b - 1])
        band_l = [l for l in left_lines if bounds[b] <= l.top < bounds[b + 1]]
        band_r = [l for l in right_lines if bounds[b] <= l.top < bounds[b + 1]]
        out.extend(band_l)
        if band_r:
            band_r[0].flow_start = True
        out.extend(band_r)
    if out:
        out[0].flow_start = True
    if below:
        lower = _page_lines(page_no, below, width)
        lower[0].flow_start = False
        out.extend(lower)
    return out


# ---------------------------------------------------------------------------------------------------------- blocks
def _marker(text: str, heading_style: bool) -> tuple[str, str]:
    """Split a printed list label off the start of ``text``; ('', text) when there is none."""
    patterns = _MARKER_PATTERNS + ([_HEADING_ONLY_MARKER] if heading_style else [])
    for pat in patterns:
        m = pat.match(text)
        if m:
            return m.group(1), text[m.end():]
    if text[:1] in "•▪●►➢" and len(text) > 1:  # bullet glued to its text
        return text[0], text[1:].lstrip()
    return "", text


def _counter_values(counter: str) -> set[tuple[str, int]]:
    """Where a list counter stands in each numbering it could belong to: "4" -> 4th number, "C" -> 3rd capital,
    "iv" -> 4th roman numeral, "I" -> 9th capital or 1st roman numeral."""
    values = set()
    if counter.isdigit():
        values.add(("number", int(counter)))
    elif len(counter) == 1:
        values.add(("upper" if counter.isupper() else "lower", ord(counter.lower()) - ord("a") + 1))
    roman = roman_value(counter)
    if roman:
        values.add(("roman-upper" if counter.isupper() else "roman-lower", roman))
    return values


def roman_value(text: str) -> int:
    """The value of a roman numeral ("iv" is 4, "XII" is 12); 0 for anything else, or from 40 up."""
    digits = {"i": 1, "v": 5, "x": 10}
    text = text.lower()
    if not text or any(c not in digits for c in text):
        return 0
    total = 0
    for here, after in zip(text, text[1:] + " "):
        total += -digits[here] if after in digits and digits[after] > digits[here] else digits[here]
    return total if 0 < total < 40 else 0


def _sequence_labels(lines: list[_Line]) -> dict[int, str]:
    """Labels of schemes the fixed patterns do not know, confirmed by the list itself: a line opening with
    "Aanbeveling 3." is an item when another line at the same indent, not far off, opens with "Aanbeveling 2." or
    "Aanbeveling 4.".  A single "A. Jansen" or "Op 3 maart" never counts, as nothing counts on from it."""
    candidates: list[tuple[int, str, tuple, set]] = []
    for index, line in enumerate(lines):
        if _marker(line.text, False)[0]:
            continue
        found = _GENERIC_LABEL.match(line.text)
        if not found or not any(c.isalnum() for c in found["label"]):
            continue
        if not found["suffix"] and not found["prefix"].strip():
            continue  # a bare number or letter without a closing mark is a word or an amount, not a label
        key = (found["prefix"].lower(), found["suffix"], line.column, round(line.x0 / 3))
        candidates.append((index, found["label"], key, _counter_values(found["counter"])))
    confirmed: dict[int, str] = {}
    for i, (index, label, key, values) in enumerate(candidates):
        for other_index, other_label, other_key, other_values in candidates[i + 1:]:
            if other_index - index > _SEQUENCE_REACH:
                break
            if other_key == key and any((system, value + 1) in other_values for system, value in values):
                confirmed[index], confirmed[other_index] = label, other_label
    return confirmed


def _ends_sentence(text: str) -> bool:
    return bool(_SENTENCE_END.search(text.rstrip()))


@dataclass
class _Draft:
    kind: BlockKind
    lines: list[_Line]
    marker: str = ""
    level: int = 0
    marker_x: float = 0.0
    text_x: float = 0.0
    flow_start: bool = False


class _Vocabulary:
    """Word forms seen in the document, to decide line-end hyphens from the document's own spelling."""

    def __init__(self, lines: list[_Line]):
        self.plain: set[str] = set()
        self.hyphenated: set[str] = set()
        for line in lines:
            for tok in line.text.split():
                tok = tok.strip(".,;:!?()[]\"'“”‘’«»").lower()
                if not tok:
                    continue
                if "-" in tok.strip("-"):
                    self.hyphenated.add(tok)
                    self.plain.update(p for p in tok.split("-") if p)
                elif tok.isalpha():
                    self.plain.add(tok)

    def join(self, left: str, right: str) -> str:
        """Join ``left`` (ending in '-') with the next line's ``right``: drop the hyphen or keep it."""
        lword = re.split(r"[\s/]", left)[-1]
        rword = re.split(r"[\s/]", right)[0]
        stem = lword[:-1]
        part = stem.split("-")[-1]
        head = re.sub(r"^\W+", "", part)
        rtrim = rword.strip(".,;:!?()[]\"'“”‘’«»")
        if not head or not head[-1].isalpha() or not rtrim or not rtrim[0].islower():
            return left + right  # next fragment starts with a capital, digit or symbol: a real hyphen
        joined = (stem + rtrim).lower().strip("(\"'“‘")
        hyph = (stem + "-" + rtrim).lower().strip("(\"'“‘")
        if hyph in self.hyphenated and joined not in self.plain:
            return left + right
        if joined.replace("-", "") in self.plain or joined in self.plain:
            return left[:-1] + right
        if head.isupper() and len(head) >= 2 or any(c.isdigit() for c in head) or any(c.isupper() for c in head[1:]):
            return left + right  # acronym or CamelCase abbreviation: KMar-medewerkers, AOW-leeftijd
        if head.lower() in _KEEP_HYPHEN_PREFIXES:
            return left + right  # socio-economic, anti-discriminatiebeleid
        if head[0].isupper() and len(head) <= 4:
            return left + right  # short capitalised abbreviation: Awgb-toets
        return left[:-1] + right


def _join_lines(texts: list[str], vocab: _Vocabulary) -> str:
    out = ""
    for t in texts:
        t = t.strip()
        if not t:
            continue
        if not out:
            out = t
        elif out.endswith("\u00ad"):
            out = out[:-1] + t
        elif re.search(r"[^\W\d_]-$", out):
            out = vocab.join(out, t)
        else:
            out = out + " " + t
    return _normalise(out)


class _Builder:
    def __init__(self, lines: list[_Line], body_size: float, pitch: float, left_margins: dict):
        self.lines = lines
        self.body = body_size
        self.pitch = pitch
        self.left_margins = left_margins

    def heading_style(self, line: _Line) -> str:
        if line.size >= self.body * 1.15:
            return "large"
        if line.bold and abs(line.size - self.body) < self.body * 0.15:
            return "bold"
        return ""

    def gap_before(self, prev: _Line | None, line: _Line) -> bool:
        if prev is None or prev.page != line.page or prev.column != line.column or line.flow_start:
            return True
        pitch = line.top - prev.top
        expected = self.pitch * max(line.size, prev.size) / self.body
        return pitch > expected * GAP_FACTOR or pitch < -1

    def build(self) -> list[_Draft]:
        drafts: list[_Draft] = []
        cur: _Draft | None = None
        prev: _Line | None = None
        lines = self.lines
        sequence_labels = _sequence_labels(lines)
        for i, line in enumerate(lines):
            nxt = lines[i + 1] if i + 1 < len(lines) else None
            gap = self.gap_before(prev, line)
            style = self.heading_style(line)
            marker, rest = _marker(line.text, bool(style))
            # list labels never include heading-only numbers
            label = _marker(line.text, False)[0] or sequence_labels.get(i, "")
            new_page = prev is None or prev.page != line.page or line.flow_start
            if new_page:
                cur = None
            # continuation of a heading (multi-line title in the same style)
            if (cur is not None and cur.kind is BlockKind.HEADING and not gap and style and not marker
                    and abs(line.size - cur.lines[-1].size) < 0.6 and line.bold == cur.lines[-1].bold):
                cur.lines.append(line)
                prev = line
                continue
            if self._is_heading(line, style, gap, prev, nxt, marker, rest, cur):
                cur = _Draft(BlockKind.HEADING, [line], marker=marker, flow_start=new_page)
                drafts.append(cur)
            elif label and not self._marker_is_wrapped_text(cur, prev, line, gap):
                cur = _Draft(BlockKind.LIST_ITEM, [line], marker=label, marker_x=line.x0,
                             text_x=self._text_x(line, label), flow_start=new_page)
                drafts.append(cur)
            elif cur is not None and not gap and self._continues(cur, prev, line):
                cur.lines.append(line)
            else:
                cur = _Draft(BlockKind.PARAGRAPH, [line], flow_start=new_page)
                drafts.append(cur)
            prev = line
        for d in drafts:  # a long run of large or bold lines is a lead paragraph, not a heading
            if d.kind is BlockKind.HEADING and (len(d.lines) > 3 or sum(len(l.text.split()) for l in d.lines) > 30):
                d.kind, d.marker = BlockKind.PARAGRAPH, ""
        return drafts

    @staticmethod
    def _text_x(line: _Line, marker: str) -> float:
        consumed = ""
        for w in line.words:
            if w.sup:
                continue
            if len(consumed.replace(" ", "")) >= len(marker.replace(" ", "")):
                return w.x0
            consumed += w.text
        return line.x0

    def _is_heading(self, line, style, gap, prev, nxt, marker, rest, cur) -> bool:
        if not style:
            return False
        words = line.text.split()
        if style == "large":
            return len(words) <= 25 and not (cur is not None and cur.kind is not BlockKind.HEADING and not gap
                                              and abs(line.size - cur.lines[-1].size) < 0.6)
        # body-size bold: a short line standing alone, not ending like a sentence part
        if not gap and cur is not None and cur.kind is not BlockKind.HEADING:
            return False
        if len(words) > 14 or re.search(r"[.,;:]$", line.text) and not re.fullmatch(r"[\dIVX.]+\.?", rest):
            return False
        if nxt is not None and not self.gap_before(line, nxt) and nxt.bold and abs(nxt.size - line.size) < 0.6 \
                and not _marker(nxt.text, True)[0]:
            return False  # first line of a bold paragraph
        return True

    def _marker_is_wrapped_text(self, cur, prev, line, gap) -> bool:
        """'... artikel' / '3. Dat ...': a number that only happens to start a wrapped paragraph line."""
        return (cur is not None and cur.kind is BlockKind.PARAGRAPH and not gap and prev is not None
                and not _ends_sentence(prev.text) and abs(line.x0 - prev.x0) < 2)

    def _continues(self, cur: _Draft, prev: _Line, line: _Line) -> bool:
        if cur.kind is BlockKind.HEADING:
            return False
        if abs(line.size - prev.size) > max(0.6, 0.1 * self.body):
            return False
        tol = 0.4 * line.size
        if cur.kind is BlockKind.LIST_ITEM:
            if line.x0 < min(cur.marker_x, cur.text_x) - tol and _ends_sentence(prev.text):
                return False
            return True
        # paragraph: a first-line indent after a finished sentence starts the next paragraph
        if line.x0 > prev.x0 + 0.8 * line.size and _ends_sentence(prev.text) and len(cur.lines) >= 2:
            return False
        if line.x0 > prev.x0 + 0.8 * line.size and _ends_sentence(prev.text) and prev.x1 < line.x1 - 2 * line.size:
            return False
        return True


def _levels(drafts: list[_Draft], heading_sizes: list[tuple[float, bool]], margins: dict) -> None:
    rank = {style: i + 1 for i, style in enumerate(heading_sizes)}
    stack: list[float] = []
    for d in drafts:
        if d.kind is BlockKind.HEADING:
            first = d.lines[0]
            d.level = rank.get((round(first.size * 2) / 2, first.bold), len(rank))
            stack = []
        elif d.kind is BlockKind.LIST_ITEM:
            first = d.lines[0]
            x = first.x0 - margins.get((first.page, first.column), 0.0)
            while stack and stack[-1] > x + 3:
                stack.pop()
            if stack and abs(stack[-1] - x) <= 3:
                stack[-1] = x
            else:
                stack.append(x)
            d.level = len(stack) - 1
        elif d.kind is BlockKind.PARAGRAPH and not d.flow_start:
            x = d.lines[0].x0 - margins.get((d.lines[0].page, d.lines[0].column), 0.0)
            while stack and stack[-1] > x + 3:
                stack.pop()
            if stack and x <= stack[0] + 3:
                stack = []  # a paragraph at the list's own indent ends it: the next list starts at level 0


def _to_block(d: _Draft, vocab: _Vocabulary, footnote: bool = False) -> Block:
    texts = []
    for j, line in enumerate(d.lines):
        t = line.text
        if j == 0 and d.marker and d.kind is not BlockKind.HEADING and not footnote:
            t = t[len(d.marker):].lstrip() if t.startswith(d.marker) else _marker(t, False)[1]
        texts.append(t)
    if footnote:
        texts[0] = d.lines[0].full_text
        texts[0] = re.sub(r"^\s*" + re.escape(d.marker) + r"[.)]?\s*", "", texts[0], count=1)
    text = _join_lines(texts, vocab)
    sizes = Counter()
    bold = total = 0
    for line in d.lines:
        for w in line.words:
            if w.sup:
                continue
            sizes[round(w.size, 1)] += len(w.text)
            total += len(w.text)
            bold += len(w.text) if w.bold else 0
    return Block(
        page=d.lines[0].page,
        bbox=(round(min(l.x0 for l in d.lines), 2), round(min(l.top for l in d.lines), 2),
              round(max(l.x1 for l in d.lines), 2), round(max(l.bottom for l in d.lines), 2)),
        text=text,
        kind=BlockKind.FOOTNOTE if footnote else d.kind,
        level=d.level,
        marker=d.marker,
        font_size=sizes.most_common(1)[0][0] if sizes else 0.0,
        bold=bold * 2 > total,
        column=d.lines[0].column,
    )


# ------------------------------------------------------------------------------------------------------- footnotes
def _split_footnotes(lines: list[_Line], body_size: float, height: float) -> tuple[list[_Line], list[_Draft]]:
    """Take the footnote zone off the foot of each column of one page."""
    notes_lines: set[int] = set()
    for col in {l.column for l in lines}:
        idx = sorted((i for i, l in enumerate(lines) if l.column == col), key=lambda i: lines[i].top)
        k = len(idx)
        tail = []
        while k > 0 and lines[idx[k - 1]].top > height * 0.45:
            line = lines[idx[k - 1]]
            if line.size < body_size * 0.93:
                tail.insert(0, idx[k - 1])
            elif not (line.top >= height * (1 - HEADER_ZONE) and len(line.text) < 40):
                break  # body text: the footnote zone ends here (a short one-off footer line may sit below it)
            k -= 1
        start = next((j for j, i in enumerate(tail) if _footnote_marker(lines[i])), None)
        if start is not None:
            notes_lines.update(tail[start:])
    if not notes_lines:
        return lines, []
    body = [l for i, l in enumerate(lines) if i not in notes_lines]
    notes: list[_Draft] = []
    for i in sorted(notes_lines, key=lambda i: (lines[i].column, lines[i].top)):
        line = lines[i]
        mark = _footnote_marker(line)
        if mark and notes and not line.words[0].sup and notes[-1].marker.isdigit() and mark.isdigit() \
                and int(mark) != int(notes[-1].marker) + 1:
            mark = ""  # a continuation line that starts with a number ("12 maart ..."), not the next note
        if mark or not notes:
            notes.append(_Draft(BlockKind.FOOTNOTE, [line], marker=mark))
        else:
            notes[-1].lines.append(line)
    return body, notes


def _footnote_marker(line: _Line) -> str:
    first = line.words[0]
    m = _FOOTNOTE_MARK.match(first.text)
    if m and (len(line.words) > 1 or first.sup):
        return m.group(1)
    m = re.match(r"^(\d{1,3})(?=[A-Z])", first.text)  # "1Zie" when the marker is glued to the note
    return m.group(1) if m and first.sup else ""


# ----------------------------------------------------------------------------------------------------------- main
def extract(path: str | Path, *, max_pages: int | None = None) -> ExtractedDocument:
    """Read a text PDF into blocks in reading order; raise ``InputError`` for anything that is not one."""
    path = Path(path)
    _check_file(path)
    try:
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError as exc:
        raise UnreadableFileError(path, exc) from exc
    try:
        import pdfplumber
    except ImportError as exc:  # pragma: no cover - dependency missing
        raise ImportError("extract() needs pdfplumber: pip install pdfplumber") from exc

    pages_words: list[list[_Word]] = []
    sizes: list[tuple[float, float]] = []
    tables: list[_Table] = []
    columns_seen: dict = {}  # column edges of rule-only tables, by their span, for the pages they run on to
    try:
        with pdfplumber.open(path) as pdf:
            n = len(pdf.pages)
            if n == 0:
                raise CorruptPdfError(path, "no pages")
            if max_pages is not None and n > max_pages:
                raise TooManyPagesError(path, n, max_pages)
            for number, page in enumerate(pdf.pages, start=1):
                words = _read_words(page)
                found = _find_tables(page, number, words, columns_seen)
                if found:
                    inside = [any(_inside(w, t.bbox) for t in found) for w in words]
                    words = [w for w, taken in zip(words, inside) if not taken]
                    tables.extend(found)
                pages_words.append(words)
                sizes.append((float(page.width or 595), float(page.height or 842)))
                page.close()
    except InputError:
        raise
    except RecursionError as exc:  # a reference loop or absurd nesting in the file
        raise CorruptPdfError(path, "objects nested too deeply") from exc
    except Exception as exc:  # pdfminer raises many unrelated types on damaged input; a bug of ours is no PDF error
        if _raised_by_pdf_library(exc) or _is_encryption_error(exc):
            raise _wrap(path, exc) from exc
        raise

    chars = sum(len(w.text) for ws in pages_words for w in ws) + sum(t.chars for t in tables)
    if chars / n < MIN_CHARS_PER_PAGE:
        raise NoTextLayerError(path, chars / n)
    unmapped = sum(len(w.text) for ws in pages_words for w in ws if "(cid:" in w.text)
    if unmapped > 0.3 * chars:  # fonts without a Unicode map: pdfminer can only say "(cid:71)"
        raise NoTextLayerError(path, chars / n, "most characters use fonts without a Unicode mapping")
    return _layout(str(path), digest, n, pages_words, sizes, tables)


def _layout(path: str, digest: str, n: int, pages_words: list[list[_Word]], sizes: list[tuple[float, float]],
            tables: list["_Table"] = ()) -> ExtractedDocument:
    weights = Counter()
    for ws in pages_words:
        for w in ws:
            weights[round(w.size * 2) / 2] += len(w.text)
    if not weights:
        return ExtractedDocument(path, digest, n, (), ())
    body_size = weights.most_common(1)[0][0]  # the size most characters are set in
    pages_rows = [_rows(ws) for ws in pages_words]
    pages_rows, removed = _strip_running(pages_rows, [h for _, h in sizes], body_size)

    page_lines = [_page_lines(p + 1, rows, sizes[p][0]) for p, rows in enumerate(pages_rows)]
    body_lines: list[_Line] = []
    notes_by_page: dict[int, list[_Draft]] = {}
    for p, lines in enumerate(page_lines):
        body, notes = _split_footnotes(lines, body_size, sizes[p][1])
        if body and not body[0].flow_start:
            body[0].flow_start = True
        body_lines.extend(body)
        notes_by_page[p + 1] = notes

    pitches = [b.top - a.top for a, b in zip(body_lines, body_lines[1:])
               if a.page == b.page and a.column == b.column and abs(a.size - body_size) < 0.3
               and abs(b.size - body_size) < 0.3 and 0.8 * body_size < b.top - a.top < 2.5 * body_size]
    # pitches mix line-to-line, item-to-item and paragraph-to-paragraph steps: the line pitch is the smallest
    # step that recurs
    counts = Counter(round(p * 2) / 2 for p in pitches)
    frequent = sorted(p for p, c in counts.items() if c >= max(2, 0.1 * len(pitches)))
    pitch = frequent[0] if frequent else min(min(pitches, default=1.2 * body_size), 1.25 * body_size)

    # list nesting compares marker x positions; a right column is shifted onto the left column's geometry
    xs = defaultdict(list)
    for l in body_lines:
        xs[(l.page, l.column)].append(l.x0)
    margins: dict[tuple[int, int], float] = {}
    for (p, c), vals in xs.items():
        if c == 1 and (p, 0) in xs:
            edge = lambda v: sorted(v)[len(v) // 10]
            margins[(p, 1)] = edge(vals) - edge(xs[(p, 0)])

    drafts = _Builder(body_lines, body_size, pitch, margins).build()
    heading_styles = sorted({(round(d.lines[0].size * 2) / 2, d.lines[0].bold) for d in drafts
                             if d.kind is BlockKind.HEADING}, key=lambda s: (-s[0], not s[1]))
    _levels(drafts, heading_styles, margins)

    table_lines = [line for t in tables for row in t.rows for cell in row for line in cell]
    vocab = _Vocabulary(body_lines + table_lines + [l for ds in notes_by_page.values() for d in ds for l in d.lines])
    row_level = max((d.level for d in drafts if d.kind is BlockKind.HEADING), default=0) + 1
    table_blocks = _table_blocks(tables, vocab, row_level)
    blocks: list[Block] = []
    last_body: Block | None = None
    by_page = defaultdict(list)
    for d in drafts:
        by_page[d.lines[0].page].append(d)
    for p in range(1, n + 1):
        waiting = sorted((t for t in tables if t.page == p), key=lambda t: t.bbox[1])
        for d in by_page.get(p, []):
            while waiting and d.lines[0].column == 0 and d.lines[0].top > waiting[0].bbox[1]:
                blocks.extend(table_blocks.get(id(waiting.pop(0)), ()))  # a table stands where it is printed
                last_body = None
            block = _to_block(d, vocab)
            if d.flow_start and last_body is not None and _is_continuation(last_body, block):
                block = replace(block, continues=True, kind=last_body.kind,
                                level=last_body.level if block.kind is BlockKind.PARAGRAPH else block.level)
            blocks.append(block)
            last_body = block
        for table in waiting:
            blocks.extend(table_blocks.get(id(table), ()))
            last_body = None
        for d in notes_by_page.get(p, []):
            blocks.append(_to_block(d, vocab, footnote=True))
    return ExtractedDocument(path=path, sha256=digest, page_count=n, blocks=tuple(blocks),
                             removed_lines=tuple(removed))


# ---------------------------------------------------------------------------------------------------------- tables
# Ruled tables are read cell by cell: a response that answers "Nr. | Aanbeveling | Reactie kabinet" row by row must
# not come out as lines that run across the cells of a row.
NUMBER_HEADER = re.compile(
    r"^(?:nr|no|nummer|num|#)\.?$|^(?:aanbeveling(?:en)?|verbeterpunt(?:en)?|advies|recommendations?)\s*(?:nr\.?|nummer|no\.?)?$",
    re.I)
# "3", "Aanbeveling 3.", "R3", "A-2": a recommendation's number, alone in its cell or before its summary; a row that
# answers two ("4 en 5", "3b, 3c") keeps both
_ONE_NUMBER = r"(?:[A-Z]{1,3}-?)?\d+(?:\.\d+)*[a-z]?"
_CELL_NUMBER = (r"^(?:(?i:aanbevelingen|aanbeveling|advies|recommendations|recommendation)\s*)?"
                rf"({_ONE_NUMBER}(?:\s*(?:,|&|(?i:en|and))\s*{_ONE_NUMBER})*)")
NUMBER_CELL = re.compile(_CELL_NUMBER + r"\.?$")
NUMBERED_CELL = re.compile(_CELL_NUMBER + r"[.):]?\s+(\S.*)$", re.S)
FIGURE_CELL = re.compile(r"[-+–]?(?:€\s?)?\d[\d.,]*\s?(?:%|procent|per cent|mln|mld|million|billion)?|n\.?[av]\.?|[-–]")
MAX_ROW_HEIGHT = 0.3  # of the page height: a table row is never taller
RESPONSE_HEADER = re.compile(
    r"reactie|standpunt|appreciatie|antwoord|response|opvolging|stand van zaken|toelichting kabinet|beleidsreactie|"
    r"overnemen|overgenomen|position|positie|"  # "Aanbeveling | Overnemen?", "Recommendation | Position | ..."
    r"^\W*(?:actie|acties|maatregel|maatregelen)\W*$",  # a plan of action: "Verbeterpunt | Actie | Wie | Gereed"
    re.I)
# beside a response column, a column that explains it ("Standpunt | Toelichting") is part of the same answer
EXPLANATION_HEADER = re.compile(
    r"toelichting|motivering|onderbouwing|uitleg|explanation|comments?|opmerking|actions?|acties|vervolg|planning", re.I)


@dataclass
class _Table:
    page: int
    bbox: tuple[float, float, float, float]
    rows: list[list[list[_Line]]]  # row -> cell -> lines
    chars: int = 0

    def texts(self, vocab: "_Vocabulary") -> list[list[str]]:
        return [[_join_lines([line.text for line in cell], vocab) for cell in row] for row in self.rows]


def _find_tables(page, page_no: int, words: list[_Word], columns_seen: dict | None = None) -> list[_Table]:
    """Ruled tables of at least two rows and two columns, their cells filled with the page's words.

    Fully ruled tables are pdfplumber's; a table ruled with horizontal lines only (the Rijksoverheid house style)
    takes its column edges from its header row, remembered in ``columns_seen`` for the pages it runs on to.
    """
    horizontals = _horizontal_rules(page)
    if len(horizontals) < 3:
        return []  # no ruling, no table; pdfplumber's own page.rects would turn every character into a dict first
    tables = list(page.find_tables())
    columns_seen = {} if columns_seen is None else columns_seen
    for (x0, x1), ys in _rule_runs(_rule_groups(horizontals), float(page.height)):
        if any(min(t.bbox[3], ys[-1]) - max(t.bbox[1], ys[0]) > 0.5 * (ys[-1] - ys[0])
               and min(t.bbox[2], x1) - max(t.bbox[0], x0) > 0.5 * (x1 - x0) for t in tables):
            continue  # already found as a fully ruled table
        # the edges of a box found as a fully ruled table are not row rules of another table: a rule under the
        # running header and a framed box below it would otherwise cut the paragraph between them into cells
        ys = [y for y in ys if not any(t.bbox[1] - 1 <= y <= t.bbox[3] + 1
                                       and min(t.bbox[2], x1) - max(t.bbox[0], x0) > 0.5 * (x1 - x0) for t in tables)]
        if len(ys) < 3:
            continue
        header_at, columns = _header_columns(words, x0, x1, ys)
        if columns:
            ys = ys[header_at:]  # text above the header row is not part of the table
        else:
            columns = columns_seen.get((x0, x1))
        if not columns:
            continue
        columns_seen[(x0, x1)] = columns
        settings = {"vertical_strategy": "explicit", "explicit_vertical_lines": [x0, *columns, x1],
                    "horizontal_strategy": "explicit", "explicit_horizontal_lines": ys}
        tables.extend(page.find_tables(settings))
    found = []
    seen_boxes: list[tuple[float, ...]] = []
    for table in tables:
        if any(all(abs(a - b) < 2 for a, b in zip(table.bbox, box)) for box in seen_boxes):
            continue  # found both as a fully ruled table and by its row rules
        seen_boxes.append(tuple(table.bbox))
        cells_by_row = [[cell for cell in row.cells] for row in table.rows]
        if len(cells_by_row) < 2 or max(len(r) for r in cells_by_row) < 2:
            continue
        rows = []
        for cells in cells_by_row:
            row = []
            for cell in cells:
                inside = [w for w in words if cell is not None and _inside(w, cell)]
                row.append([_Line(page_no, r).finish() for r in _rows(inside)] if inside else [])
            rows.append(row)
        if sum(1 for row in rows if sum(1 for cell in row if cell) >= 2) < 2:
            continue  # a framed paragraph or a one-column box, not a table
        chars = sum(len(w.text) for row in rows for cell in row for line in cell for w in line.words)
        found.append(_Table(page_no, tuple(float(v) for v in table.bbox), rows, chars))
    return found


def _horizontal_rules(page) -> list[tuple[float, float, float]]:
    """(x0, x1, y) of the horizontal rules and box edges on a page, read from pdfminer's layout."""
    from pdfminer.layout import LTContainer, LTCurve

    height, width = float(page.height), float(page.width)
    rules, stack = [], list(page.layout._objs)
    while stack:
        obj = stack.pop()
        if isinstance(obj, LTCurve):  # lines and rects are curves to pdfminer
            rules.append((obj.x0, obj.x1, height - obj.y1))
            if obj.y1 - obj.y0 > 2:
                rules.append((obj.x0, obj.x1, height - obj.y0))  # a box: its bottom edge too
        elif isinstance(obj, LTContainer):
            stack.extend(obj._objs)
    joined: list[list[float]] = []  # a rule drawn cell by cell is one rule
    for x0, x1, y in sorted(rules, key=lambda r: (round(r[2]), r[0])):
        if joined and abs(joined[-1][2] - y) < 1 and x0 <= joined[-1][1] + 2:
            joined[-1][1] = max(joined[-1][1], x1)
        else:
            joined.append([x0, x1, y])
    return [(x0, x1, y) for x0, x1, y in joined if x1 - x0 >= 0.25 * width]


def _rule_groups(rules: list[tuple[float, float, float]]) -> dict[tuple[float, float], list[float]]:
    """Rules of the same span stacked three or more times: the row rules of one table, top to bottom."""
    groups: dict[tuple[float, float], set[float]] = {}
    for x0, x1, y in rules:
        key = next((k for k in groups if abs(k[0] - x0) < 3 and abs(k[1] - x1) < 3), (round(x0, 1), round(x1, 1)))
        groups.setdefault(key, set()).add(round(y, 1))
    out = {}
    for key, ys in groups.items():
        merged = []
        for y in sorted(ys):
            if not merged or y - merged[-1] > 2:
                merged.append(y)
        if len(merged) >= 3:
            out[key] = merged
    return out


def _rule_runs(groups: dict[tuple[float, float], list[float]], height: float):
    """The rules of one span, cut where they lie so far apart that no table row could fill the gap (a rule under
    the running header and a box at the foot of the page are not one table); runs of three or more."""
    for span, ys in groups.items():
        run = [ys[0]]
        for y in ys[1:] + [math.inf]:
            if y - run[-1] <= MAX_ROW_HEIGHT * height:
                run.append(y)
                continue
            if len(run) >= 3:
                yield span, run
            run = [y]


def _header_columns(words: list[_Word], x0: float, x1: float, ys: list[float]) -> tuple[int, list[float]]:
    """Column edges from the first band between two rules that reads like a header: two to six short labels set
    apart by gaps wider than a space ("Nr.   Aanbeveling (samengevat)   Reactie kabinet")."""
    for index, (top, bottom) in enumerate(zip(ys, ys[1:])):
        band = sorted((w for w in words if x0 - 1 <= w.x0 and w.x1 <= x1 + 1 and top < (w.top + w.bottom) / 2 < bottom),
                      key=lambda w: w.x0)
        if not band or len(band) > 16 or band[-1].text.endswith(".") and len(band) > 3:
            continue
        starts, end = [band[0].x0], band[0].x1
        for word in band[1:]:
            if word.x0 - end > 1.2 * word.size:
                starts.append(word.x0)
            end = max(end, word.x1)
        if 2 <= len(starts) <= 6:
            return index, [start - 2 for start in starts[1:]]
    return 0, []


def _inside(word: _Word, bbox) -> bool:
    x, y = (word.x0 + word.x1) / 2, (word.top + word.bottom) / 2
    return bbox[0] <= x <= bbox[2] and bbox[1] <= y <= bbox[3]


def _table_blocks(tables: list[_Table], vocab: "_Vocabulary", row_level: int) -> dict[int, list[Block]]:
    """Blocks per table (by ``id``): one per row, its cells in column order.

    A table that answers per recommendation (a column headed "Reactie", "Standpunt" ...) gives, per row, a heading
    made of the row's other cells ("Aanbeveling 3: <summary>") and a paragraph per answer cell, so each answer is a
    passage under the recommendation it answers.  Any other table gives a list item per row: the number cell as its
    label, the longest cell as its text and the short cells in brackets ("... (IenW)").  A header row repeated on the
    next page is dropped, and a row that breaks over a page is joined.
    """
    out: dict[int, list[Block]] = {}
    header: list[str] = []
    previous: _Table | None = None
    last_row: list | None = None  # [table, cells, bbox] of the last row, while a row may still continue
    logical: list[list] = []  # table, cells, bbox, header, number column
    for table in tables:
        texts = table.texts(vocab)
        width = max(len(r) for r in texts)
        texts = [r + [""] * (width - len(r)) for r in texts]
        continues = previous is not None and len(header) == width and previous.page == table.page - 1
        start = 0
        if _is_header(texts[0]) and not (continues and texts[0] == header):
            header, start = texts[0], 1
        elif continues and texts[0] == header:
            start = 1  # the header printed again on the next page
        elif not continues:
            header = [""] * width
        for index, cells in enumerate(texts[start:], start=start):
            number_column = _number_column(header, texts[start:])
            first_cell = next((cell for cell in cells if cell), "")
            if (index == start and continues and last_row is not None
                    and (number_column is not None and not cells[number_column] or first_cell[:1].islower())):
                last_row[1] = [f"{a} {b}".strip() for a, b in zip(last_row[1], cells)]  # a row broken over the page
                continue
            bbox = _row_bbox(table, index)
            last_row = [table, cells, bbox, header, number_column]
            logical.append(last_row)
        previous = table
    above: list[str] = []
    above_header: list[str] = []
    for table, cells, bbox, row_header, number_column in logical:
        if row_header != above_header:
            above, above_header = [], row_header  # another table: nothing above its first row
        # a cell left empty under a filled one stands for the same value, as a merged cell does ("Partij" printed
        # once for all of its recommendations); only short label cells, never the longest cell of the row
        longest = max(range(len(cells)), key=lambda c: len(cells[c]))
        if len(above) == len(cells) and any(cells):
            cells = [above[c] if not cell and c != longest and 0 < len(above[c].split()) <= 8
                     and not RESPONSE_HEADER.search(row_header[c]) else cell for c, cell in enumerate(cells)]
        above = cells
        out.setdefault(id(table), []).extend(_row_blocks(table.page, bbox, cells, row_header, row_level,
                                                         number_column))
    return out


def _as_sentence(cell: str) -> str:
    """A terse verdict cell ("Deels overnemen") ends as a sentence, so it is not read as one with the next cell."""
    return cell if re.search(r"[.!?;:]$", cell) else f"{cell}."


def _is_header(cells: list[str]) -> bool:
    filled = [c for c in cells if c]
    # short labels, not sentences ("Nr." is a label, "Wordt overgenomen." an answer)
    return len(filled) >= 2 and all(len(c.split()) <= 6 and not (c.endswith((".", ";")) and len(c.split()) > 1)
                                    for c in filled)


def _number_column(header: list[str], rows: list[list[str]]) -> int | None:
    for column, name in enumerate(header):
        if NUMBER_HEADER.match(name.strip()):
            return column
    # unnamed, it is the first column and counts up ("1", "2", "3.1"): a figure column of a data table ("57", "29")
    # numbers nothing
    values = [row[0] for row in rows if row and row[0]]
    numbers = [found.group(1) for v in values if (found := NUMBER_CELL.match(v))]
    if values and len(numbers) >= 0.6 * len(values) and _counts_up(numbers):
        return 0
    return None


def _counts_up(numbers: list[str]) -> bool:
    keys = []
    for number in numbers:
        found = re.match(r"([A-Z]{0,3})-?(\d+(?:\.\d+)*)", number)
        if found is None:
            return False
        keys.append((found.group(1), tuple(int(part) for part in found.group(2).split("."))))
    return all(first <= second for first, second in zip(keys, keys[1:]))


def _row_bbox(table: _Table, index: int) -> tuple[float, float, float, float]:
    lines = [line for cell in table.rows[index] for line in cell]
    if not lines:
        return table.bbox
    return (round(min(l.x0 for l in lines), 2), round(min(l.top for l in lines), 2),
            round(max(l.x1 for l in lines), 2), round(max(l.bottom for l in lines), 2))


def _row_blocks(page: int, bbox, cells: list[str], header: list[str], row_level: int,
                number_column: int | None = ...) -> list[Block]:
    if number_column is ...:  # a row on its own: its number column is found from it alone
        number_column = _number_column(header, [cells])
    number, lead_text = "", ""
    if number_column is not None and (found := NUMBER_CELL.match(cells[number_column])):
        number = found.group(1)
    elif number_column is not None and cells[number_column]:
        # a column headed "Aanbeveling" that holds "1. Leg per gebied vast ..." gives the number and the summary
        found = NUMBERED_CELL.match(cells[number_column])
        number, lead_text = (found.group(1), found.group(2)) if found else ("", cells[number_column])
    answers = [c for c, name in enumerate(header) if RESPONSE_HEADER.search(name)]
    answers += [c for c, name in enumerate(header)
                if answers and c > answers[0] and c not in answers and EXPLANATION_HEADER.search(name)]
    others = [c for c in range(len(cells)) if c != number_column and c not in answers and cells[c]]
    if answers:
        context = " – ".join(filter(None, [lead_text] + [cells[c] for c in others]))
        title = f"Aanbeveling {number}: {context}" if number else context
        blocks = [Block(page, bbox, title.strip(": "), BlockKind.HEADING, level=row_level, table=True)] if title else []
        # "Overnemen" | "Ik neem deze aanbeveling over. ...": a verdict cell and its explanation are one answer
        filled = [cells[c] for c in sorted(answers) if cells[c]]
        answer = " ".join(map(_as_sentence, filled)) if len(filled) > 1 else "".join(filled)
        return blocks + ([Block(page, bbox, answer, BlockKind.PARAGRAPH, table=True)] if answer else [])
    if lead_text:  # "Partij | Aanbeveling" with "3. Zorg dat ..." in the second column: that cell is the item
        extra = [cells[c] for c in others if len(cells[c].split()) <= 12]
        text = lead_text + (f" ({', '.join(extra)})" if extra else "")
        return [Block(page, bbox, text, BlockKind.LIST_ITEM, marker=f"{number}." if number else "•", table=True)]
    if not others:
        return []
    main = max(others, key=lambda c: len(cells[c]))
    extra = [cells[c] for c in others if c != main and len(cells[c].split()) <= 12]
    text = cells[main] + (f" ({', '.join(extra)})" if extra else "")
    if not number and extra and all(FIGURE_CELL.fullmatch(cell) for cell in extra):
        # "Adults with low literacy (% of adults) | 17 | 19 | 2023": a row of figures, not an item of a list
        return [Block(page, bbox, _as_sentence(text), BlockKind.PARAGRAPH, table=True)]
    return [Block(page, bbox, text, BlockKind.LIST_ITEM, marker=f"{number}." if number else "•", table=True)]


def _is_continuation(prev: Block, block: Block) -> bool:
    if prev.kind not in (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM) or block.kind is not BlockKind.PARAGRAPH:
        return False
    if _ends_sentence(prev.text) or not block.text:
        return False
    first = block.text[0]
    if first.islower() or not first.isalpha():
        return True
    if len(prev.text.split()) >= 15:
        return True  # prose stopped without a full stop: "... Municipal Anti-Discrimination" / "Services, ..."
    last_word = prev.text.split()[-1]
    return prev.text.endswith((",", "-")) or not last_word[:1].isupper()  # "... in", "... artikel 3" run on
