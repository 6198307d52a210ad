"""Compare two runs (a follow-up letter, a later report, a new version of the pipeline): which recommendations
changed position, departments or evidence, and which are new or gone.

Recommendations are aligned by text, not by id (ids are positions in document order and shift): identical folded
texts first, then the most similar remaining pairs (difflib ratio of the folded texts at least ``MIN_SIMILARITY``),
greedily from the most similar down.  Unchanged recommendations are left out.
"""
from __future__ import annotations

import difflib
from pathlib import Path

import pandas as pd

from .corrections import fold

MIN_SIMILARITY = 0.6
COLUMNS = ("change", "old_id", "new_id", "old_number", "new_number", "text", "similarity", "old_position",
           "new_position", "old_departments", "new_departments", "old_evidence", "old_evidence_page", "new_evidence",
           "new_evidence_page", "what_changed")
CHANGE_ORDER = {"changed": 0, "new": 1, "removed": 2}


def diff_runs(old: dict, new: dict) -> pd.DataFrame:
    """One row per changed, new or removed recommendation between two ``results.json`` documents."""
    old_items, new_items = _items(old), _items(new)
    pairs = align(old_items, new_items)
    rows = []
    matched_old, matched_new = set(), set()
    for i, j, similarity in pairs:
        matched_old.add(i)
        matched_new.add(j)
        before, after = old_items[i], new_items[j]
        changed = [name for name, key in (("position", "position"), ("departments", "departments"),
                                          ("evidence", "evidence_key")) if before[key] != after[key]]
        if changed:
            rows.append(_row("changed", before, after, similarity, changed))
    rows += [_row("new", None, item, None, []) for j, item in enumerate(new_items) if j not in matched_new]
    rows += [_row("removed", item, None, None, []) for i, item in enumerate(old_items) if i not in matched_old]
    frame = pd.DataFrame(rows, columns=list(COLUMNS))
    if frame.empty:
        return frame
    frame["_order"] = frame["change"].map(CHANGE_ORDER)
    frame["_id"] = frame["new_id"].where(frame["new_id"] != "", frame["old_id"])
    return frame.sort_values(["_order", "_id"], kind="stable").drop(columns=["_order", "_id"]).reset_index(drop=True)


def align(old_items: list[dict], new_items: list[dict]) -> list[tuple[int, int, float]]:
    """(old index, new index, similarity) for recommendations that are the same one, by text."""
    pairs, used_old, used_new = [], set(), set()
    index_of_new: dict[str, list[int]] = {}
    for j, item in enumerate(new_items):
        index_of_new.setdefault(item["folded"], []).append(j)
    for i, item in enumerate(old_items):
        for j in index_of_new.get(item["folded"], []):
            if j not in used_new:
                pairs.append((i, j, 1.0))
                used_old.add(i)
                used_new.add(j)
                break
    candidates = []
    for i, before in enumerate(old_items):
        if i in used_old:
            continue
        for j, after in enumerate(new_items):
            if j in used_new:
                continue
            matcher = difflib.SequenceMatcher(None, before["folded"], after["folded"], autojunk=False)
            if matcher.real_quick_ratio() < MIN_SIMILARITY or matcher.quick_ratio() < MIN_SIMILARITY:
                continue
            ratio = matcher.ratio()
            if ratio >= MIN_SIMILARITY:
                candidates.append((ratio, i, j))
    for ratio, i, j in sorted(candidates, key=lambda c: (-c[0], c[1], c[2])):
        if i not in used_old and j not in used_new:
            pairs.append((i, j, round(ratio, 3)))
            used_old.add(i)
            used_new.add(j)
    return sorted(pairs)


def diff_run_dirs(old_dir: Path, new_dir: Path, out: Path | None = None) -> tuple[pd.DataFrame, Path]:
    """Compare two run folders and write ``diff.csv`` (default: into ``new_dir``); return the rows and the path."""
    from .io import read_results

    frame = diff_runs(read_results(old_dir), read_results(new_dir))
    target = Path(out) if out else Path(new_dir) / "diff.csv"
    if target.is_dir():
        target = target / "diff.csv"
    target.parent.mkdir(parents=True, exist_ok=True)
    frame.to_csv(target, index=False)
    return frame, target


def show_diff(old_dir: Path, new_dir: Path, out: Path | None = None, console=None) -> Path:
    """``reactiematrix diff``: compare, write ``diff.csv``, and print the changes as a table."""
    from rich.console import Console
    from rich.table import Table

    from .coverage import POSITION_LABELS

    frame, target = diff_run_dirs(old_dir, new_dir, out)
    console = console or Console()
    labels = {"changed": "gewijzigd", "new": "nieuw", "removed": "vervallen"}
    table = Table(title=f"Verschillen {old_dir} → {new_dir}")
    for column in ("wijziging", "oud", "nieuw", "aanbeveling", "positie", "departementen", "bewijs"):
        table.add_column(column, overflow="fold")
    for row in frame.to_dict(orient="records"):
        position = _arrow(POSITION_LABELS.get(row["old_position"], row["old_position"]),
                          POSITION_LABELS.get(row["new_position"], row["new_position"]))
        evidence = ""
        if row["change"] == "changed" and "evidence" in row["what_changed"]:
            evidence = f"p. {row['old_evidence_page'] or '-'} → p. {row['new_evidence_page'] or '-'}"
        table.add_row(labels[row["change"]], _ref(row["old_id"], row["old_number"]),
                      _ref(row["new_id"], row["new_number"]), row["text"][:90], position,
                      _arrow(row["old_departments"], row["new_departments"]), evidence)
    if frame.empty:
        console.print(f"Geen verschillen tussen {old_dir} en {new_dir}.")
    else:
        console.print(table)
    counts = frame["change"].value_counts().to_dict() if not frame.empty else {}
    console.print(f"{counts.get('changed', 0)} gewijzigd, {counts.get('new', 0)} nieuw, "
                  f"{counts.get('removed', 0)} vervallen. Geschreven: {target}")
    return target


def _items(results: dict) -> list[dict]:
    assessment_of = {a["recommendation_id"]: a for a in results.get("assessments", [])}
    items = []
    for recommendation in results.get("recommendations", []):
        assessment = assessment_of.get(recommendation["id"], {})
        evidence = assessment.get("evidence") or {}
        items.append({
            "id": recommendation["id"], "number": recommendation.get("number", ""), "text": recommendation["text"],
            "folded": fold(recommendation["text"]),
            "position": assessment.get("position", "not_addressed"),
            "departments": "; ".join(sorted(recommendation.get("departments", []))),
            "evidence": evidence.get("text", ""), "evidence_page": evidence.get("page"),
            "evidence_key": fold(evidence.get("text", "")),
        })
    return items


def _row(change: str, before: dict | None, after: dict | None, similarity: float | None,
         changed: list[str]) -> dict:
    before, after = before or {}, after or {}
    return {
        "change": change, "old_id": before.get("id", ""), "new_id": after.get("id", ""),
        "old_number": before.get("number", ""), "new_number": after.get("number", ""),
        "text": (after or before)["text"], "similarity": similarity,
        "old_position": before.get("position", ""), "new_position": after.get("position", ""),
        "old_departments": before.get("departments", ""), "new_departments": after.get("departments", ""),
        "old_evidence": before.get("evidence", ""), "old_evidence_page": before.get("evidence_page"),
        "new_evidence": after.get("evidence", ""), "new_evidence_page": after.get("evidence_page"),
        "what_changed": "; ".join(changed),
    }


def _arrow(old: str, new: str) -> str:
    if old and new and old != new:
        return f"{old} → {new}"
    return new or old


def _ref(rid: str, number: str) -> str:
    return f"{rid} (nr. {number})" if rid and number else rid
