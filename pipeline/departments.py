"""Which departments a piece of text names: ministers, ministries, agencies, municipalities, the cabinet.

The aliases live in ``pipeline/data/departments.csv`` (see ``DEPARTMENTS.md`` beside it); a user may pass their own
table.  Each alias compiles to one regular expression; at every word start only the aliases that begin with that
word (or with the word after a title such as "de minister van") are tried.  Overlapping candidates are resolved
longest first, so "de minister van Justitie en Veiligheid" is one mention and not also "Justitie".
"""
from __future__ import annotations

import csv
import functools
import io
import os
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

DEPARTMENT_CODES = (
    "BZK", "JenV", "Defensie", "BZ", "OCW", "SZW", "AenM", "FIN", "VWS", "EZ", "IenW", "LNV", "KR&D",
    "KABINET", "GEMEENTEN", "OTHER",
)
KINDS = ("ministry", "portfolio", "title", "government", "agency", "local", "other", "domain", "ignore")
TITLED_KINDS = ("ministry", "portfolio")  # these also match after a title; "portfolio" only after one
COLUMNS = ("pattern", "department", "kind", "note")
_CODE_BY_LOWER = {code.lower(): code for code in DEPARTMENT_CODES}

# "de minister van", "het ministerie voor", "de staatssecretarissen van", "Ministry of the", "minister" ...
TITLE = (
    r"(?:(?:de|het|the)\s+)?"
    r"(?:minister(?:s|ie|ies)?|staatssecretaris(?:sen)?|bewindspersonen|departement(?:en)?"
    r"|ministry|ministries|state\s+secretar(?:y|ies)|secretary\s+of\s+state)"
    r"(?:\s+(?:van|voor|of|for))?\s+(?:the\s+)?"
)
TITLE_WORDS = frozenset(
    "de het the minister ministers ministerie ministeries staatssecretaris staatssecretarissen bewindspersonen "
    "departement departementen ministry ministries state secretary".split()
)
_DASHES = "-\u2010\u2011\u2012\u2013\u2014\u2212"
_APOSTROPHES = "'\u2018\u2019"
_TOKEN = re.compile(rf"(\s+|[{_DASHES}]|/|&|,|[{_APOSTROPHES}])")
_WORDS = re.compile(r"\w+")
_TITLE = re.compile(TITLE, re.IGNORECASE)


@dataclass(frozen=True)
class DepartmentAlias:
    """One row of the department table, with its pattern compiled."""

    pattern: str  # as written in the table
    department: str  # one of DEPARTMENT_CODES, or "" for kind "ignore"
    kind: str  # one of KINDS
    note: str
    regex: re.Pattern[str]  # matches the alias in diacritic-folded text (see fold_diacritics)


@dataclass(frozen=True)
class DepartmentMention:
    department: str
    text: str  # as written in the input, e.g. "de minister van Justitie en\nVeiligheid"
    start: int
    end: int
    kind: str = ""


DepartmentTable = tuple[DepartmentAlias, ...]


def find_departments(text: str, table: Sequence[DepartmentAlias] | str | os.PathLike | None = None,
                     ) -> tuple[DepartmentMention, ...]:
    """Every department mention in ``text``, in order, the longest alias winning where aliases overlap."""
    bare, titled = _index(_as_table(table))
    folded = fold_diacritics(text)
    candidates = []
    for word in _WORDS.finditer(folded):
        pos, key = word.start(), word.group().lower()
        rows = bare.get(key, ())
        if key in TITLE_WORDS and (title := _TITLE.match(folded, pos)):
            after = _WORDS.match(folded, title.end())
            rows = rows + titled.get(after.group().lower(), ()) if after else rows
        for row in rows:
            if match := row.regex.match(folded, pos):
                candidates.append((pos, match.end(), row))
    chosen: list[tuple[int, int, DepartmentAlias]] = []
    taken = bytearray(len(folded))
    for start, end, row in sorted(candidates, key=lambda c: (c[0] - c[1], c[0])):
        if not any(taken[start:end]):
            taken[start:end] = b"\x01" * (end - start)
            chosen.append((start, end, row))
    return tuple(
        DepartmentMention(row.department, text[start:end], start, end, row.kind)
        for start, end, row in sorted(chosen, key=lambda c: c[0])
        if row.kind != "ignore"
    )


def resolve_departments(text: str, table: Sequence[DepartmentAlias] | str | os.PathLike | None = None,
                        ) -> tuple[str, ...]:
    """The department codes named in ``text``, each once, in order of first mention; policy fields (kind
    ``domain``) name no one and are left out."""
    return tuple(dict.fromkeys(m.department for m in find_departments(text, table) if m.kind != "domain"))


def load_department_table(path: str | os.PathLike | None = None) -> DepartmentTable:
    """The packaged alias table, or the user's own CSV (same columns) at ``path``.

    Tables can be concatenated (``load_department_table() + load_department_table(mine)``): where two rows have the
    same pattern, the later row wins.
    """
    if path is None:
        return _packaged_table()
    path = Path(path).expanduser().resolve()
    try:
        mtime = path.stat().st_mtime_ns
    except FileNotFoundError:
        raise FileNotFoundError(f"Department table not found: {path}") from None
    return _table_at(str(path), mtime)


def fold_diacritics(text: str) -> str:
    """``text`` with accents removed character by character, so offsets stay valid ("Financién" -> "Financien")."""
    return text.translate(_FOLD)


def compile_alias(pattern: str, kind: str = "ministry") -> re.Pattern[str]:
    """The regular expression for one table pattern (see DEPARTMENTS.md for the rules)."""
    body = _pattern_body(pattern)
    if kind == "ministry":
        body = f"(?:{TITLE})?{body}"
    elif kind == "portfolio":
        body = f"{TITLE}{body}"
    return re.compile(rf"(?<!\w){body}(?!\w)", re.IGNORECASE)


def _pattern_body(pattern: str) -> str:
    folded = fold_diacritics(" ".join(pattern.split()))
    parts = [p for p in _TOKEN.split(folded) if p]
    pieces = []
    for index, part in enumerate(parts):
        if part.isspace():
            neighbours = parts[index - 1 : index] + parts[index + 1 : index + 2]
            if any(n in _DASHES or n in "/&," for n in neighbours):
                continue  # the punctuation already allows spaces around it
            pieces.append(r"(?:\s*,\s*|\s+)")  # a space also matches a comma: "Onderwijs, Cultuur en Wetenschap"
        elif part in _DASHES:
            pieces.append(rf"\s*[{_DASHES}]\s*")
        elif part in "/&,":
            pieces.append(rf"\s*{re.escape(part)}\s*")
        elif part in _APOSTROPHES:
            pieces.append(f"[{_APOSTROPHES}]")
        else:
            pieces.append(re.escape(part))
    body = "".join(pieces)
    if not any(ch.islower() for ch in folded):
        body = f"(?-i:{body})"  # abbreviations (OM, DUO, IND, AP) only count in capitals
    return body


def _as_table(table: Sequence[DepartmentAlias] | str | os.PathLike | None) -> DepartmentTable:
    if table is None:
        return _packaged_table()
    if isinstance(table, (str, os.PathLike)):
        return load_department_table(table)
    return tuple(table)


@functools.lru_cache(maxsize=1)
def _packaged_table() -> DepartmentTable:
    source = resources.files("pipeline") / "data" / "departments.csv"
    return _parse(source.read_text(encoding="utf-8"), "pipeline/data/departments.csv")


@functools.lru_cache(maxsize=8)
def _table_at(path: str, mtime_ns: int) -> DepartmentTable:
    return _parse(Path(path).read_text(encoding="utf-8-sig"), path)


def _parse(content: str, source: str) -> DepartmentTable:
    lines = [line for line in content.splitlines() if not line.lstrip().startswith("#")]
    reader = csv.DictReader(io.StringIO("\n".join(lines)))
    missing = [c for c in COLUMNS[:3] if c not in (reader.fieldnames or ())]
    if missing:
        raise ValueError(f"{source}: missing column(s) {', '.join(missing)}; expected header {','.join(COLUMNS)}")
    rows = []
    for number, record in enumerate(reader, start=2):
        pattern = (record.get("pattern") or "").strip()
        department = (record.get("department") or "").strip()
        department = _CODE_BY_LOWER.get(department.lower(), department)  # "jenv" -> "JenV"
        kind = (record.get("kind") or "").strip() or "other"
        if not pattern and not department:
            continue
        where = f"{source}, row {number} ({pattern!r})"
        if not pattern:
            raise ValueError(f"{where}: empty pattern")
        if not _WORDS.match(fold_diacritics(pattern)):
            raise ValueError(f"{where}: a pattern must start with a letter or digit")
        if kind not in KINDS:
            raise ValueError(f"{where}: unknown kind {kind!r}; use one of {', '.join(KINDS)}")
        if kind == "ignore":
            if department:
                raise ValueError(f"{where}: an 'ignore' row takes no department")
        elif department not in DEPARTMENT_CODES:
            raise ValueError(f"{where}: unknown department {department!r}; use one of {', '.join(DEPARTMENT_CODES)}")
        rows.append(DepartmentAlias(pattern, department, kind, (record.get("note") or "").strip(),
                                    compile_alias(pattern, kind)))
    if not rows:
        raise ValueError(f"{source}: the department table has no rows")
    return tuple(rows)


@functools.lru_cache(maxsize=8)
def _index(table: DepartmentTable) -> tuple[dict[str, DepartmentTable], dict[str, DepartmentTable]]:
    """The table's rows by the first word they can match at: bare, and right after a title ("minister van").

    Trying only the few rows whose first word is at hand keeps a 100-page document well under a second; one big
    alternation of all aliases, tried at every word start, was ~75 times slower in Python's ``re`` (10 s for 550k
    characters).
    """
    latest: dict[str, DepartmentAlias] = {}
    for row in table:
        key = _pattern_body(row.pattern)
        latest.pop(key, None)
        latest[key] = row  # a later row with the same pattern overrides an earlier one
    bare: dict[str, list[DepartmentAlias]] = {}
    titled: dict[str, list[DepartmentAlias]] = {}
    for row in latest.values():
        first = _WORDS.search(fold_diacritics(row.pattern))
        key = first.group().lower() if first else ""
        if row.kind != "portfolio":
            bare.setdefault(key, []).append(row)
        if row.kind in TITLED_KINDS:
            titled.setdefault(key, []).append(row)
    return ({k: tuple(v) for k, v in bare.items()}, {k: tuple(v) for k, v in titled.items()})


def _fold_table() -> dict[int, str]:
    table = {}
    for code in range(0xC0, 0x250):
        char = chr(code)
        base = unicodedata.normalize("NFD", char)
        if len(base) > 1 and all(unicodedata.combining(c) for c in base[1:]):
            table[code] = base[0]
    return table


_FOLD = _fold_table()
