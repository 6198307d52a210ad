"""Stage 5: the coverage matrix, department by position.

A recommendation addressed to several departments counts once for each of them, so department rows can add up to
more than the number of recommendations; ``recommendation_count`` in the outputs says how many there are.
"""
from __future__ import annotations

import pandas as pd

from .types import Assessment, Position, Recommendation

POSITION_COLUMNS = tuple(position.value for position in Position)
DEPARTMENT_ORDER = (
    "KABINET", "BZK", "JenV", "Defensie", "BZ", "OCW", "SZW", "AenM", "FIN", "VWS", "EZ", "IenW", "LNV", "KR&D",
    "GEMEENTEN", "OTHER",
)


def coverage_matrix(recommendations: list[Recommendation], assessments: list[Assessment]) -> pd.DataFrame:
    """Counts per department (rows, in fixed order) and position (columns), with a total column."""
    position_of = {a.recommendation_id: a.position.value for a in assessments}
    rows = [
        {"department": department, "position": position_of.get(r.id, Position.NOT_ADDRESSED.value)}
        for r in recommendations
        for department in (r.departments or ("KABINET",))
    ]
    frame = pd.DataFrame(rows, columns=["department", "position"])
    matrix = pd.crosstab(frame["department"], frame["position"]) if rows else pd.DataFrame()
    matrix = matrix.reindex(columns=list(POSITION_COLUMNS), fill_value=0)
    order = [d for d in DEPARTMENT_ORDER if d in matrix.index] + sorted(set(matrix.index) - set(DEPARTMENT_ORDER))
    matrix = matrix.reindex(order).fillna(0).astype(int)
    matrix["total"] = matrix[list(POSITION_COLUMNS)].sum(axis=1)
    matrix.index.name = "department"
    matrix.columns.name = None
    return matrix.reset_index()


OVERALL = "TOTAAL"  # the whole-cabinet row of the display matrix: every recommendation counted once
POSITION_LABELS = {"agree": "eens", "partial": "deels", "disagree": "oneens", "not_addressed": "niet beantwoord"}
DEPARTMENT_LABELS = {
    "KABINET": "KABINET (kabinetsbreed gericht)",
    OVERALL: "Kabinet totaal (elke aanbeveling één keer)",
}
MULTI_DEPARTMENT_NOTE = (
    "Een aanbeveling aan meerdere departementen telt in de rij van elk van die departementen mee, dus de "
    "departementsrijen tellen samen op tot meer dan het aantal aanbevelingen. De rij 'Kabinet totaal' telt elke "
    "aanbeveling één keer. Aanbevelingen zonder geadresseerde staan onder KABINET."
)


def departments_of(recommendation: Recommendation) -> tuple[str, ...]:
    """The rows a recommendation counts in: its departments, or KABINET when it names none."""
    return recommendation.departments or ("KABINET",)


def coverage_table(recommendations: list[Recommendation], assessments: list[Assessment]) -> pd.DataFrame:
    """The matrix people read: ``coverage_matrix`` plus a whole-cabinet total row and per-row percentages.

    Columns: department, label, the four position counts, total, and ``<position>_pct`` (share of the row's total,
    0-100, one decimal).  The last row, department ``TOTAAL``, counts every recommendation once.
    """
    matrix = coverage_matrix(recommendations, assessments)
    position_of = {a.recommendation_id: a.position.value for a in assessments}
    overall = {position: 0 for position in POSITION_COLUMNS}
    for recommendation in recommendations:
        overall[position_of.get(recommendation.id, Position.NOT_ADDRESSED.value)] += 1
    overall_row = {"department": OVERALL, **overall, "total": len(recommendations)}
    table = pd.concat([matrix, pd.DataFrame([overall_row])], ignore_index=True)
    table.insert(1, "label", [DEPARTMENT_LABELS.get(d, d) for d in table["department"]])
    for position in POSITION_COLUMNS:
        share = table[position] / table["total"].where(table["total"] > 0) * 100
        table[f"{position}_pct"] = share.fillna(0.0).round(1)
    return table


def recommendations_by_cell(recommendations: list[Recommendation],
                            assessments: list[Assessment]) -> dict[tuple[str, str], list[str]]:
    """(department, position) -> recommendation ids in document order; department ``TOTAAL`` holds all."""
    position_of = {a.recommendation_id: a.position.value for a in assessments}
    cells: dict[tuple[str, str], list[str]] = {}
    for recommendation in recommendations:
        position = position_of.get(recommendation.id, Position.NOT_ADDRESSED.value)
        for department in (*departments_of(recommendation), OVERALL):
            cells.setdefault((department, position), []).append(recommendation.id)
    return cells


def unanswered_by_department(recommendations: list[Recommendation],
                             assessments: list[Assessment]) -> dict[str, list[Recommendation]]:
    """Per department (in matrix order) the recommendations the response does not answer (``not_addressed``)."""
    cells = recommendations_by_cell(recommendations, assessments)
    by_id = {r.id: r for r in recommendations}
    departments = {d for d, _ in cells if d != OVERALL}
    order = [d for d in DEPARTMENT_ORDER if d in departments] + sorted(departments - set(DEPARTMENT_ORDER))
    return {d: [by_id[i] for i in cells.get((d, Position.NOT_ADDRESSED.value), [])] for d in order}
POSITION_COLOURS = {"agree": "#2e7d32", "partial": "#f9a825", "disagree": "#c62828", "not_addressed": "#8a8a8a"}


def blend(colour: str, share: float, floor: float = 0.12, ceiling: float = 0.75) -> str:
    """``colour`` mixed with white: ``floor`` of it for a share of 0, ``ceiling`` for 1 (text stays readable)."""
    weight = floor + (ceiling - floor) * max(0.0, min(1.0, share))
    channels = [int(colour[i:i + 2], 16) for i in (1, 3, 5)]
    return "#" + "".join(f"{round(255 + (c - 255) * weight):02x}" for c in channels)
