"""Human corrections: a reviewer's position or departments for a recommendation, applied on every re-run.

``corrections.csv`` (in the run folder, or given with ``run --corrections FILE``) has the columns

    recommendation_id, number, text, position, departments, note, reviewer

``position`` (agree | partial | disagree | not_addressed, or empty to keep the model's) and ``departments`` (codes
separated by ``;``, or empty to keep them) are the correction; ``note`` and ``reviewer`` say why and who.
``number`` and ``text`` (the start of the recommendation as printed: ``corrections-template.csv`` in every run
folder has them filled in) anchor the row to the recommendation, because ids are positions in document order and
shift when a later report or a better segmenter adds or drops an item.

Matching, per row:

1. the recommendation with that id, if its text fits the row's ``text`` (the row's text, folded, is a prefix of or
   nearly equal to the start of the recommendation's text; see ``text_fits``);
2. otherwise the one recommendation whose text fits (the id moved: applied, and reported as re-anchored);
3. a row without ``text`` matches by id when ``number`` is empty or equal to the recommendation's number;
4. anything else (no fit, several fits, an unknown id) is not applied and gives a warning.
"""
from __future__ import annotations

import csv
import difflib
import hashlib
import re
import unicodedata
from dataclasses import dataclass, replace
from pathlib import Path

from .departments import DEPARTMENT_CODES
from .errors import InputError
from .types import Assessment, Position, Recommendation

COLUMNS = ("recommendation_id", "number", "text", "position", "departments", "note", "reviewer")
SNIPPET_CHARS = 80  # characters of recommendation text stored in the template
FIT_RATIO = 0.85  # difflib ratio above which a snippet still fits (small extraction changes: hyphenation, quotes)


@dataclass(frozen=True)
class Correction:
    recommendation_id: str
    number: str = ""
    text: str = ""
    position: Position | None = None
    departments: tuple[str, ...] = ()
    note: str = ""
    reviewer: str = ""
    line: int = 0  # line in the CSV file, for messages


@dataclass(frozen=True)
class AppliedCorrection:
    recommendation_id: str  # the recommendation it now applies to
    correction: Correction
    original_position: str
    original_departments: tuple[str, ...]
    reanchored: bool = False  # the row's id pointed elsewhere; matched by text


@dataclass(frozen=True)
class CorrectionOutcome:
    recommendations: list[Recommendation]
    assessments: list[Assessment]
    applied: dict[str, AppliedCorrection]  # by recommendation id
    warnings: list[str]
    notes: list[str]  # re-anchored rows: applied, but worth a look


def read_corrections(path: Path) -> list[Correction]:
    """Parse and validate ``corrections.csv``; a malformed file stops the run with an ``InputError``."""
    path = Path(path)
    try:
        content = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise InputError(path, "corrections file not found; check the path") from None
    reader = csv.DictReader(content.splitlines(), delimiter=_delimiter(content))
    missing = {"recommendation_id", "position", "departments"} - set(reader.fieldnames or ())
    if missing:
        raise InputError(path, f"corrections file lacks the column(s) {', '.join(sorted(missing))}; the header must "
                               f"be {','.join(COLUMNS)}")
    corrections = []
    for line, row in enumerate(reader, start=2):
        row = {key: (value or "").strip() for key, value in row.items() if key}
        if not any(row.values()):
            continue
        position = row.get("position", "")
        if position and position not in {p.value for p in Position}:
            raise InputError(path, f"line {line}: position {position!r} is not one of agree, partial, disagree, "
                                   "not_addressed (leave it empty to keep the model's)")
        departments = tuple(d.strip() for d in re.split(r"[;,]", row.get("departments", "")) if d.strip())
        unknown = [d for d in departments if d not in DEPARTMENT_CODES]
        if unknown:
            raise InputError(path, f"line {line}: unknown department code(s) {', '.join(unknown)}; use codes from "
                                   "pipeline/data/departments.csv separated by ';'")
        if not position and not departments:
            continue  # an untouched template row
        if not row.get("recommendation_id") and not row.get("text"):
            raise InputError(path, f"line {line}: needs a recommendation_id or a text to find the recommendation by")
        corrections.append(Correction(
            recommendation_id=row.get("recommendation_id", ""), number=row.get("number", ""),
            text=row.get("text", ""), position=Position(position) if position else None, departments=departments,
            note=row.get("note", ""), reviewer=row.get("reviewer", ""), line=line,
        ))
    return corrections


def apply_corrections(recommendations: list[Recommendation], assessments: list[Assessment],
                      corrections: list[Correction], source: str = "corrections.csv") -> CorrectionOutcome:
    """Apply each correction to the recommendation it still fits; return new lists, never mutate the inputs."""
    by_id = {r.id: r for r in recommendations}
    assessment_of = {a.recommendation_id: a for a in assessments}
    applied: dict[str, AppliedCorrection] = {}
    warnings, notes = [], []
    for correction in corrections:
        target, reanchored, problem = _find(correction, recommendations, by_id)
        where = f"{source} line {correction.line} ({correction.recommendation_id or 'no id'}"
        where += f", '{_short(correction.text)}')" if correction.text else ")"
        if target is None:
            warnings.append(f"{where}: {problem}; correction not applied. Update or remove the row.")
            continue
        if target.id in applied:
            warnings.append(f"{where}: {target.id} is already corrected by line "
                            f"{applied[target.id].correction.line}; this row is ignored.")
            continue
        if reanchored:
            notes.append(f"{where}: applied to {target.id} (number {target.number or '-'}), whose text it fits; the "
                         "ids have shifted since the row was written.")
        assessment = assessment_of.get(target.id) or Assessment(target.id, Position.NOT_ADDRESSED, 0.0)
        applied[target.id] = AppliedCorrection(target.id, correction, assessment.position.value, target.departments,
                                               reanchored)
    new_recommendations = [
        replace(r, departments=applied[r.id].correction.departments)
        if r.id in applied and applied[r.id].correction.departments else r
        for r in recommendations
    ]
    new_assessments = []
    for assessment in assessments:
        done = applied.get(assessment.recommendation_id)
        if done is None:
            new_assessments.append(assessment)
            continue
        why = f"corrected by {done.correction.reviewer or 'a reviewer'}"
        why += f": {done.correction.note}" if done.correction.note else ""
        new_assessments.append(replace(
            assessment, position=done.correction.position or assessment.position, needs_review=False,
            reasons=(*assessment.reasons, why)))
    return CorrectionOutcome(new_recommendations, new_assessments, applied, warnings, notes)


def apply_run_corrections(result, path: Path | None, warn=None, progress=None, required: bool = False):
    """A run's result with the corrections in ``path`` applied (when the file exists), recorded in its manifest.

    Warnings (rows that no longer match) go to ``warn`` (default: ``warnings.warn``) and into the manifest's
    ``warnings``; the manifest's ``corrections`` lists the file, what was applied and what was not.  A missing file
    is an error only when ``required`` (given on the command line).
    """
    import warnings as _warnings

    from .coverage import coverage_matrix

    if path is None or (not required and not Path(path).exists()):
        return result
    path = Path(path)
    corrections = read_corrections(path)
    (progress or (lambda message: None))(f"apply corrections: {len(corrections)} row(s) from {path}")
    outcome = apply_corrections(result.recommendations, result.assessments, corrections, source=path.name)
    manifest = dict(result.manifest)
    for message in outcome.warnings:
        (warn or (lambda text: _warnings.warn(text, UserWarning, stacklevel=2)))(message)
    manifest["warnings"] = [*manifest.get("warnings", []), *outcome.warnings]
    manifest["corrections"] = {
        "file": str(path.resolve()),
        "sha256": hashlib.sha256(path.read_bytes()).hexdigest(),
        "rows": len(corrections),
        "applied": [correction_record(done) for done in outcome.applied.values()],
        "not_applied": outcome.warnings,
        "reanchored": outcome.notes,
    }
    return replace(result, recommendations=outcome.recommendations, assessments=outcome.assessments,
                   coverage=coverage_matrix(outcome.recommendations, outcome.assessments), manifest=manifest)


def correction_record(done: AppliedCorrection) -> dict:
    """What ``results.json`` says about a corrected assessment: what the model said, and who changed it why."""
    return {
        "recommendation_id": done.recommendation_id,
        "position": done.correction.position.value if done.correction.position else None,
        "departments": list(done.correction.departments) or None,
        "original_position": done.original_position,
        "original_departments": list(done.original_departments),
        "note": done.correction.note,
        "reviewer": done.correction.reviewer,
        "line": done.correction.line,
        "reanchored": done.reanchored,
    }


def corrections_of(result) -> dict[str, dict]:
    """recommendation id -> correction record, from a result's manifest (empty when nothing was corrected)."""
    return {record["recommendation_id"]: record
            for record in result.manifest.get("corrections", {}).get("applied", [])}


def correction_template(recommendations: list[Recommendation]) -> list[dict[str, str]]:
    """One row per recommendation with id, number and text filled in and the correction columns empty."""
    return [{"recommendation_id": r.id, "number": r.number, "text": _snippet(r.text), "position": "",
             "departments": "", "note": "", "reviewer": ""} for r in recommendations]


def text_fits(snippet: str, text: str) -> bool:
    """Does a stored snippet still describe this recommendation text (folded; prefix, or nearly equal start)?"""
    snippet, text = fold(snippet), fold(text)
    if not snippet:
        return False
    if text.startswith(snippet) or snippet in text:
        return True
    return difflib.SequenceMatcher(None, snippet, text[:len(snippet)], autojunk=False).ratio() >= FIT_RATIO


def fold(text: str) -> str:
    """Lower case, without diacritics, punctuation, hyphens and whitespace differences."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    return " ".join(re.findall(r"\w+", text))


def _find(correction: Correction, recommendations: list[Recommendation],
          by_id: dict[str, Recommendation]) -> tuple[Recommendation | None, bool, str]:
    candidate = by_id.get(correction.recommendation_id)
    if not correction.text:
        if candidate is None:
            return None, False, "no recommendation has this id and the row has no text to find it by"
        if correction.number and correction.number != candidate.number:
            return None, False, (f"{candidate.id} now has number {candidate.number or '-'}, not {correction.number}, "
                                 "and the row has no text to check it by")
        return candidate, False, ""
    if candidate is not None and text_fits(correction.text, candidate.text):
        return candidate, False, ""
    fitting = [r for r in recommendations if text_fits(correction.text, r.text)]
    if correction.number and len(fitting) > 1:
        fitting = [r for r in fitting if r.number == correction.number] or fitting
    if len(fitting) == 1:
        return fitting[0], True, ""
    if fitting:
        return None, False, f"its text fits {len(fitting)} recommendations ({', '.join(r.id for r in fitting)})"
    return None, False, "no recommendation has this text any more"


def _snippet(text: str) -> str:
    if len(text) <= SNIPPET_CHARS:
        return text
    return text[:SNIPPET_CHARS].rsplit(" ", 1)[0]


def _short(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[:limit].rstrip() + "…"


def _delimiter(content: str) -> str:
    header = content.splitlines()[0] if content else ""
    return ";" if header.count(";") > header.count(",") else ","  # Excel in a Dutch locale saves with ';'
