"""reactiematrix diff: recommendations aligned by text (not id) between two runs; changed position, departments or
evidence; new and removed ones; a rich table and diff.csv."""
import copy
import json

import pandas as pd

from pipeline.cli import main
from pipeline.diff import diff_runs


def _results(*items):
    return {
        "recommendations": [{"id": f"R{i + 1:02d}", "number": str(i + 1), "text": text, "departments": departments}
                            for i, (text, departments, _, _) in enumerate(items)],
        "assessments": [{"recommendation_id": f"R{i + 1:02d}", "position": position,
                         "evidence": {"text": evidence, "page": 2, "passage_id": "P001"} if evidence else None}
                        for i, (_, _, position, evidence) in enumerate(items)],
    }


OLD = _results(
    ("Registreer de reden van elke identiteitscontrole door de politie.", ["JenV"], "partial", "Het kabinet verkent dit."),
    ("Schaf nationaliteit als risicofactor in risicomodellen af.", ["FIN"], "disagree", "Het kabinet ziet geen aanleiding."),
    ("Train alle handhavers in het herkennen van vooroordelen.", ["JenV", "BZK"], "agree", "Het kabinet neemt dit over."),
    ("Stel een onafhankelijke toezichthouder in voor algoritmen.", ["BZK"], "not_addressed", None),
)
NEW = _results(  # a new first item shifts every id; one text reworded; one dropped
    ("Publiceer jaarlijks cijfers over controles.", ["JenV"], "agree", "Het kabinet zegt dit toe."),
    ("Registreer de reden van elke identiteitscontrole door de politie.", ["JenV"], "agree", "Het kabinet neemt dit over."),
    ("Schaf nationaliteit als risicofactor in alle risicomodellen af.", ["FIN"], "disagree", "Het kabinet ziet geen aanleiding."),
    ("Train alle handhavers in het herkennen van vooroordelen.", ["BZK"], "agree", "Het kabinet neemt dit over."),
)


def test_alignment_by_text_survives_renumbering_and_rewording():
    frame = diff_runs(OLD, NEW)
    by_change = {change: group for change, group in frame.groupby("change")}
    changed = by_change["changed"].set_index("old_id")
    assert list(changed.index) == ["R01", "R03"]  # R02 -> R03 was reworded but did not change
    assert changed.loc["R01", "new_id"] == "R02" and changed.loc["R01", "what_changed"] == "position; evidence"
    assert (changed.loc["R01", "old_position"], changed.loc["R01", "new_position"]) == ("partial", "agree")
    assert changed.loc["R03", "new_id"] == "R04" and changed.loc["R03", "what_changed"] == "departments"
    assert by_change["new"]["new_id"].tolist() == ["R01"]
    assert by_change["removed"]["old_id"].tolist() == ["R04"]
    assert frame["change"].tolist() == ["changed", "changed", "new", "removed"]


def test_identical_runs_have_no_differences():
    assert diff_runs(OLD, copy.deepcopy(OLD)).empty


def test_cli_prints_a_table_and_writes_diff_csv_into_the_new_run_or_out(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("COLUMNS", "220")  # rich wraps at 80 columns when not on a terminal
    for name, results in (("old", OLD), ("new", NEW)):
        (tmp_path / name).mkdir()
        (tmp_path / name / "results.json").write_text(json.dumps(results), encoding="utf-8")
    assert main(["diff", str(tmp_path / "old"), str(tmp_path / "new")]) == 0
    printed = capsys.readouterr().out
    assert "deels → eens" in printed and "BZK; JenV → BZK" in printed and "2 gewijzigd, 1 nieuw, 1 vervallen" in printed
    written = pd.read_csv(tmp_path / "new" / "diff.csv", dtype=str, keep_default_na=False)
    assert written["change"].tolist() == ["changed", "changed", "new", "removed"]
    assert main(["diff", str(tmp_path / "old"), str(tmp_path / "new"), "--out", str(tmp_path / "elders.csv")]) == 0
    assert (tmp_path / "elders.csv").exists()
    assert main(["diff", str(tmp_path / "old"), str(tmp_path / "nergens")]) == 1
