"""Reviewer corrections: parsed strictly, matched by id and checked against number and text, re-anchored when ids
shift, warned about when they no longer fit, applied on every re-run and marked in every output."""
import json
import warnings

import pandas as pd
import pytest
from openpyxl import load_workbook

from pipeline.cli import main
from pipeline.config import DEFAULT_REPORT, DEFAULT_RESPONSE
from pipeline.corrections import apply_corrections, read_corrections, text_fits
from pipeline.errors import InputError
from pipeline.run import Settings, run
from pipeline.types import Assessment, Position, Recommendation

HEADER = "recommendation_id,number,text,position,departments,note,reviewer\n"
RECOMMENDATIONS = [
    Recommendation("R01", "1", "Registreer de reden van elke identiteitscontrole door de politie.", 3, "",
                   departments=("JenV",)),
    Recommendation("R02", "2", "Schaf nationaliteit als risicofactor in risicomodellen af.", 4, "",
                   departments=("FIN",)),
    Recommendation("R03", "3", "Erken dat etnisch profileren een overheidsbreed probleem is.", 5, ""),
]
ASSESSMENTS = [Assessment(r.id, Position.NOT_ADDRESSED, 0.4, needs_review=True) for r in RECOMMENDATIONS]


def _corrections(tmp_path, rows: str):
    path = tmp_path / "corrections.csv"
    path.write_text(HEADER + rows, encoding="utf-8")
    return read_corrections(path)


def test_a_fitting_row_sets_position_and_departments_and_keeps_what_the_model_said(tmp_path):
    corrections = _corrections(tmp_path, "R02,2,Schaf nationaliteit als risicofactor,disagree,FIN;BZK,"
                                         "brief p. 3,AB\n")
    outcome = apply_corrections(RECOMMENDATIONS, ASSESSMENTS, corrections)
    assert outcome.warnings == [] and list(outcome.applied) == ["R02"]
    assert outcome.assessments[1].position is Position.DISAGREE and not outcome.assessments[1].needs_review
    assert outcome.recommendations[1].departments == ("FIN", "BZK")
    assert outcome.applied["R02"].original_position == "not_addressed"
    assert outcome.applied["R02"].original_departments == ("FIN",)
    assert RECOMMENDATIONS[1].departments == ("FIN",)  # inputs untouched
    assert outcome.assessments[0] == ASSESSMENTS[0]


def test_renumbered_recommendations_are_found_by_their_text(tmp_path):
    shifted = [Recommendation("R01", "1", "Een nieuwe eerste aanbeveling.", 2, ""),
               *(Recommendation(f"R0{i + 2}", str(i + 2), r.text, r.page, "") for i, r in enumerate(RECOMMENDATIONS))]
    assessments = [Assessment(r.id, Position.NOT_ADDRESSED, 0.4) for r in shifted]
    corrections = _corrections(tmp_path, "R02,2,Schaf nationaliteit als risicofactor,disagree,,,AB\n")
    outcome = apply_corrections(shifted, assessments, corrections)
    assert list(outcome.applied) == ["R03"] and outcome.applied["R03"].reanchored
    assert outcome.assessments[2].position is Position.DISAGREE
    assert outcome.assessments[1].position is Position.NOT_ADDRESSED  # the new R02 is not touched
    assert outcome.warnings == [] and "R03" in outcome.notes[0]


def test_rows_that_no_longer_fit_are_not_applied_and_warned_about(tmp_path):
    corrections = _corrections(tmp_path, "R09,9,Een aanbeveling die er niet meer is,agree,,,AB\n"
                                         "R01,7,,agree,,,AB\n"
                                         "R01,1,Registreer de reden,partial,,,AB\n"
                                         "R01,1,Registreer de reden,agree,,,CD\n")
    outcome = apply_corrections(RECOMMENDATIONS, ASSESSMENTS, corrections)
    assert list(outcome.applied) == ["R01"] and outcome.assessments[0].position is Position.PARTIAL
    assert len(outcome.warnings) == 3
    assert "line 2" in outcome.warnings[0] and "no recommendation has this text" in outcome.warnings[0]
    assert "number 1, not 7" in outcome.warnings[1]
    assert "already corrected by line 4" in outcome.warnings[2]


def test_text_fit_tolerates_small_extraction_changes_but_not_another_text():
    text = "Registreer de reden van elke identiteitscontrole door de politie."
    assert text_fits("Registreer de reden van elke identiteits-controle", text)
    assert text_fits("registreer de reden van élke identiteitscontrole", text)
    assert not text_fits("Schaf nationaliteit als risicofactor af", text)


@pytest.mark.parametrize("row, message", [
    ("R01,1,x,maybe,,,\n", "position 'maybe'"),
    ("R01,1,x,agree,Justitie,,\n", "unknown department code"),
])
def test_malformed_rows_stop_with_a_clear_error(tmp_path, row, message):
    with pytest.raises(InputError, match=message):
        _corrections(tmp_path, row)


def test_untouched_template_rows_and_semicolon_files_are_fine(tmp_path):
    path = tmp_path / "corrections.csv"
    path.write_text(HEADER.replace(",", ";") + "R01;1;Registreer;;;;\nR02;2;Schaf;agree;FIN,BZK;;\n",
                    encoding="utf-8")
    corrections = read_corrections(path)
    assert [(c.recommendation_id, c.position, c.departments) for c in corrections] == [
        ("R02", Position.AGREE, ("FIN", "BZK"))]


@pytest.fixture(scope="module")
def cache(tmp_path_factory):
    return tmp_path_factory.getbasetemp() / "reactiematrix-cache"


def test_a_rerun_applies_the_run_folders_corrections_and_marks_them_everywhere(tmp_path, cache):
    settings = Settings(encoder="hashing", spacy_model="blank", cache_dir=cache)
    out = run(DEFAULT_REPORT, DEFAULT_RESPONSE, tmp_path / "run", settings)
    before = json.loads((out / "results.json").read_text(encoding="utf-8"))
    template = pd.read_csv(out / "corrections-template.csv", dtype=str, keep_default_na=False)
    target = next(a for a in before["assessments"] if a["position"] != "disagree")
    row = template[template["recommendation_id"] == target["recommendation_id"]].iloc[0].to_dict()
    row.update(position="disagree", departments="BZK", note="zie brief p. 3", reviewer="AB")
    gone = {**row, "recommendation_id": "R99", "number": "99", "text": "Een aanbeveling die niet meer bestaat"}
    pd.DataFrame([row, gone]).to_csv(out / "corrections.csv", index=False)

    messages = []
    run(DEFAULT_REPORT, DEFAULT_RESPONSE, out, settings, warn=messages.append)
    results = json.loads((out / "results.json").read_text(encoding="utf-8"))
    assessment = next(a for a in results["assessments"] if a["recommendation_id"] == row["recommendation_id"])
    assert assessment["position"] == "disagree" and assessment["corrected"] is True
    assert assessment["correction"]["original_position"] == target["position"]
    assert assessment["correction"]["reviewer"] == "AB"
    recommendation = next(r for r in results["recommendations"] if r["id"] == row["recommendation_id"])
    assert recommendation["departments"] == ["BZK"]
    assert sum(a["corrected"] for a in results["assessments"]) == 1
    bzk = next(c for c in results["coverage"] if c["department"] == "BZK")
    assert bzk["total"] >= 1 and bzk["disagree"] >= 1

    assert len(messages) == 1 and "R99" in messages[0] and "not applied" in messages[0]
    manifest = json.loads((out / "run.json").read_text(encoding="utf-8"))
    assert messages[0] in manifest["warnings"] and manifest["corrections"]["not_applied"] == messages
    assert len(manifest["corrections"]["applied"]) == 1

    recommendations = pd.read_csv(out / "recommendations.csv")
    assert recommendations.loc[recommendations["id"] == row["recommendation_id"], "corrected"].item()
    assert "AB" in recommendations.loc[recommendations["id"] == row["recommendation_id"], "correction_note"].item()
    assert pd.read_csv(out / "assessments.csv")["corrected"].sum() == 1
    sheet = load_workbook(out / "coverage.xlsx")["Aanbevelingen"]
    header = [c.value for c in sheet[1]]
    marked = [r[header.index("id")] for r in sheet.iter_rows(min_row=2, values_only=True)
              if r[header.index("gecorrigeerd")] == "ja"]
    assert marked == [row["recommendation_id"]]
    html = (out / "report.html").read_text(encoding="utf-8")
    assert '"corrected": true' in html and "zie brief p. 3" in html
    assert (out / "corrections.csv").exists()  # kept for the next re-run

    run(DEFAULT_REPORT, DEFAULT_RESPONSE, out, settings, warn=messages.append)  # and the one after that
    again = json.loads((out / "results.json").read_text(encoding="utf-8"))
    assert again["assessments"] == results["assessments"]


def test_cli_corrections_option_applies_a_file_copies_it_in_and_warns_on_stderr(tmp_path, cache, capsys,
                                                                                monkeypatch):
    monkeypatch.setenv("REACTIEMATRIX_CACHE_DIR", str(cache))
    corrections = tmp_path / "mijn-correcties.csv"
    corrections.write_text(HEADER + "R01,,,agree,,,AB\nR77,,,agree,,,AB\n", encoding="utf-8")
    out = tmp_path / "run"
    code = main(["run", "--out", str(out), "--encoder", "hashing", "--spacy", "blank", "--quiet",
                 "--corrections", str(corrections)])
    assert code == 0
    assert "warning:" in capsys.readouterr().err and "R77" in (out / "run.json").read_text(encoding="utf-8")
    results = json.loads((out / "results.json").read_text(encoding="utf-8"))
    assert results["assessments"][0]["corrected"] and results["assessments"][0]["position"] == "agree"
    assert (out / "corrections.csv").read_text(encoding="utf-8") == corrections.read_text(encoding="utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        assert main(["run", "--out", str(tmp_path / "x"), "--encoder", "hashing", "--spacy", "blank", "--quiet",
                     "--corrections", str(tmp_path / "missing.csv")]) == 1
