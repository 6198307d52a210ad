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
