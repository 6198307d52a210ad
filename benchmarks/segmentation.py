"""Recommendation inventory and departments on every gold pair, and the real UN report; no models needed.

    python benchmarks/segmentation.py

Targets (issue 3): inventory recall and precision 1.0, department accuracy >= 0.95.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.evaluate_pairs import gold_pairs  # noqa: E402
from pipeline.evaluate import _align  # noqa: E402
from pipeline.extract import extract  # noqa: E402
from pipeline.segment import segment_recommendations  # noqa: E402

UN_REPORT = ROOT.parent / "shared" / "data" / "real" / "un-upr-netherlands-2012-working-group-report.pdf"
UN_NUMBERS = {f"98.{n}" for n in range(1, 120)}  # printed in the report: 98.1 to 98.119


def inventory(report: Path, gold: dict) -> dict:
    found = segment_recommendations(extract(report))
    records = [{"id": r.id, "number": r.number, "text": r.text, "departments": list(r.departments)} for r in found]
    pairs = _align(gold["recommendations"], records)
    matched = [(g, p) for g, p in pairs if p is not None]
    department_errors = [f"{g['number']}: gold {g['departments']}, found {p['departments']}"
                         for g, p in matched if set(g["departments"]) != set(p["departments"])]
    return {
        "gold": len(gold["recommendations"]),
        "found": len(found),
        "recall": len(matched) / len(gold["recommendations"]),
        "precision": len(matched) / len(found) if found else 0.0,
        "department_hits": len(matched) - len(department_errors),
        "matched": len(matched),
        "department_errors": department_errors,
    }


def main() -> None:
    totals = {"matched": 0, "department_hits": 0}
    print(f"{'pair':<22}{'gold':>6}{'found':>7}{'recall':>8}{'precision':>11}{'departments':>13}")
    for name, report, _, gold_path in gold_pairs():
        row = inventory(report, json.loads(gold_path.read_text(encoding="utf-8")))
        totals["matched"] += row["matched"]
        totals["department_hits"] += row["department_hits"]
        print(f"{name:<22}{row['gold']:>6}{row['found']:>7}{row['recall']:>8.3f}{row['precision']:>11.3f}"
              f"{row['department_hits'] / max(row['matched'], 1):>13.3f}")
        for line in row["department_errors"]:
            print(f"    {line}")
    print(f"department accuracy over all pairs: {totals['department_hits'] / max(totals['matched'], 1):.3f}")
    if UN_REPORT.exists():
        numbers = {r.number for r in segment_recommendations(extract(UN_REPORT))}
        print(f"UN A/HRC/21/15: {len(numbers & UN_NUMBERS)}/{len(UN_NUMBERS)} numbered recommendations found, "
              f"{len(numbers - UN_NUMBERS)} extra")


if __name__ == "__main__":
    main()
