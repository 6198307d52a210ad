"""``report.html``: one self-contained page (no network) with the matrix as a heatmap, a list per cell, filters and
every recommendation with its matched passages, the evidence sentence highlighted and the pages of both PDFs.

The data goes into the page as JSON inside ``<script type="application/json">`` with ``<``, ``>`` and ``&`` written
as ``\\u003c`` etc., so no text from a PDF can close the script element; the page's script puts every text into the
DOM with ``textContent``, never as HTML.
"""
from __future__ import annotations

import html
import json
import re
from pathlib import Path

from .config import PACKAGE_DIR
from .corrections import corrections_of
from .coverage import (MULTI_DEPARTMENT_NOTE, POSITION_COLOURS, POSITION_COLUMNS, POSITION_LABELS, blend,
                       coverage_table, departments_of, recommendations_by_cell, unanswered_by_department)

TEMPLATE = PACKAGE_DIR / "templates" / "report.html"
EMPTY_CELL = "#f3f4f6"


def report_data(result) -> dict:
    """Everything the page shows, as plain JSON-able data."""
    table = coverage_table(result.recommendations, result.assessments)
    cells = recommendations_by_cell(result.recommendations, result.assessments)
    assessment_of = {a.recommendation_id: a for a in result.assessments}
    passage_of = {p.id: p for p in result.passages}
    score_of = {(link.recommendation_id, link.passage_id): link.score for link in result.links}
    corrected = corrections_of(result)
    recommendations = []
    for recommendation in result.recommendations:
        assessment = assessment_of.get(recommendation.id)
        evidence = assessment.evidence if assessment else None
        passage_ids = list(assessment.passage_ids) if assessment else []
        if evidence and evidence.passage_id not in passage_ids:
            passage_ids.append(evidence.passage_id)
        recommendations.append({
            "id": recommendation.id,
            "number": recommendation.number,
            "text": recommendation.text,
            "page": recommendation.page,
            "pages": sorted({location.page for location in recommendation.locations} | {recommendation.page}),
            "section": recommendation.section,
            "departments": list(departments_of(recommendation)),
            "position": assessment.position.value if assessment else "not_addressed",
            "confidence": assessment.confidence if assessment else 0.0,
            "needs_review": bool(assessment.needs_review) if assessment else False,
            "corrected": recommendation.id in corrected,
            "correction": corrected.get(recommendation.id),
            "evidence": ({"text": evidence.text, "page": evidence.page, "passage_id": evidence.passage_id}
                         if evidence else None),
            "reasons": list(assessment.reasons) if assessment else [],
            "passages": [
                {"id": pid, "page": passage_of[pid].page, "heading": passage_of[pid].heading,
                 "text": passage_of[pid].text, "score": score_of.get((recommendation.id, pid))}
                for pid in passage_ids if pid in passage_of
            ],
        })
    inputs = result.manifest.get("inputs", {})
    return {
        "report": {"file": Path(inputs.get("report", {}).get("file", "")).name,
                   "pages": inputs.get("report", {}).get("pages")},
        "response": {"file": Path(inputs.get("response", {}).get("file", "")).name,
                     "pages": inputs.get("response", {}).get("pages")},
        "positions": [{"code": p, "label": POSITION_LABELS[p], "colour": POSITION_COLOURS[p],
                       "light": blend(POSITION_COLOURS[p], 0.0), "strong": blend(POSITION_COLOURS[p], 1.0)}
                      for p in POSITION_COLUMNS],
        "matrix": [
            {"department": row["department"], "label": row["label"], "total": int(row["total"]),
             "counts": {p: int(row[p]) for p in POSITION_COLUMNS},
             "pct": {p: float(row[f"{p}_pct"]) for p in POSITION_COLUMNS},
             "colours": {p: blend(POSITION_COLOURS[p], row[f"{p}_pct"] / 100) if row[p] else EMPTY_CELL
                         for p in POSITION_COLUMNS},
             "cells": {p: cells.get((row["department"], p), []) for p in POSITION_COLUMNS}}
            for row in table.to_dict(orient="records")
        ],
        "note": MULTI_DEPARTMENT_NOTE,
        "unanswered": [{"department": d, "ids": [r.id for r in rs]}
                       for d, rs in unanswered_by_department(result.recommendations, result.assessments).items()],
        "recommendations": recommendations,
        "warnings": list(result.manifest.get("warnings", [])),
    }


def script_json(data) -> str:
    """JSON that is safe inside a ``<script>`` element: no ``</script>``, ``<!--`` or line separators survive."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, default=_default)
    return (text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def render_html(data: dict) -> str:
    """The page for ``report_data(...)``: the template with title and data filled in, in one pass."""
    title = f"Reactiematrix: {Path(data['report']['file']).stem or 'rapport'}"
    values = {"TITLE": html.escape(title), "DATA": script_json(data)}
    return re.sub(r"__(TITLE|DATA)__", lambda match: values[match.group(1)], TEMPLATE.read_text(encoding="utf-8"))


def write_html_report(result, path: Path) -> Path:
    """Write ``report.html`` for a run's result."""
    Path(path).write_text(render_html(report_data(result)), encoding="utf-8")
    return Path(path)


def _default(value):
    if hasattr(value, "item"):
        return value.item()
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")
