"""The files people open: the coverage table with percentages and the whole-cabinet row, coverage.xlsx read back
with openpyxl, coverage.png, and the corrections template."""
import json

import pandas as pd
import pytest
from openpyxl import load_workbook

from pipeline.config import DEFAULT_REPORT, DEFAULT_RESPONSE, PACKAGE_DATA
from pipeline.coverage import (OVERALL, coverage_matrix, coverage_table, recommendations_by_cell,
                               unanswered_by_department)
from pipeline.io import OUTPUT_FILES
from pipeline.run import Settings, run
from pipeline.types import Assessment, Evidence, Position, Recommendation

RECOMMENDATIONS = [
    Recommendation("R01", "1", "Registreer elke controle.", 3, "", departments=("JenV", "FIN")),
    Recommendation("R02", "2", "Schaf het risicomodel af.", 4, "", departments=("FIN",)),
    Recommendation("R03", "3", "Erken het probleem.", 5, "", departments=()),
    Recommendation("R04", "4", "Train de politie.", 6, "", departments=("JenV",)),
]
ASSESSMENTS = [
    Assessment("R01", Position.AGREE, 0.9, ("P001",), Evidence("Het kabinet neemt dit over.", 2, "P001")),
    Assessment("R02", Position.DISAGREE, 0.8),
    Assessment("R03", Position.NOT_ADDRESSED, 0.5),
    Assessment("R04", Position.NOT_ADDRESSED, 0.4),
]


def test_coverage_table_adds_percentages_and_a_whole_cabinet_row_counting_each_recommendation_once():
    table = coverage_table(RECOMMENDATIONS, ASSESSMENTS).set_index("department")
    matrix = coverage_matrix(RECOMMENDATIONS, ASSESSMENTS).set_index("department")
    assert list(table.index) == [*matrix.index, OVERALL]
    assert (table.loc[matrix.index, list(matrix.columns)] == matrix).all().all()  # the contract's counts unchanged
    assert table.loc[OVERALL, ["agree", "partial", "disagree", "not_addressed", "total"]].tolist() == [1, 0, 1, 2, 4]
    assert table.loc[OVERALL, "not_addressed_pct"] == 50.0
    assert table.loc["FIN", "agree_pct"] == 50.0 and table.loc["FIN", "disagree_pct"] == 50.0
    assert table.loc["JenV", "not_addressed_pct"] == 50.0
    assert "één keer" in table.loc[OVERALL, "label"]


def test_cells_and_unanswered_lists_follow_the_departments():
    cells = recommendations_by_cell(RECOMMENDATIONS, ASSESSMENTS)
    assert cells[("FIN", "agree")] == ["R01"] and cells[("JenV", "agree")] == ["R01"]
    assert cells[(OVERALL, "not_addressed")] == ["R03", "R04"]
    unanswered = unanswered_by_department(RECOMMENDATIONS, ASSESSMENTS)
    assert {d: [r.id for r in rs] for d, rs in unanswered.items()} == {"KABINET": ["R03"], "JenV": ["R04"],
                                                                       "FIN": []}


@pytest.fixture(scope="module")
def run_dir(tmp_path_factory):
    cache = tmp_path_factory.getbasetemp() / "reactiematrix-cache"
    return run(DEFAULT_REPORT, DEFAULT_RESPONSE, tmp_path_factory.mktemp("out") / "voorbeeld",
               Settings(encoder="hashing", spacy_model="blank", cache_dir=cache))


def test_every_output_file_is_there_and_results_follow_the_schema(run_dir):
    import jsonschema

    assert {p.name for p in run_dir.iterdir()} >= set(OUTPUT_FILES)
    results = json.loads((run_dir / "results.json").read_text(encoding="utf-8"))
    schema = json.loads((PACKAGE_DATA.parent / "schema" / "results.schema.json").read_text(encoding="utf-8"))
    jsonschema.validate(results, schema)
    assert all(a["corrected"] is False and a["correction"] is None for a in results["assessments"])


def test_workbook_reads_back_with_matrix_recommendations_and_passages(run_dir):
    results = json.loads((run_dir / "results.json").read_text(encoding="utf-8"))
    book = load_workbook(run_dir / "coverage.xlsx")
    assert book.sheetnames == ["Dekking", "Onbeantwoord", "Aanbevelingen", "Passages"]

    matrix = book["Dekking"]
    header = [c.value for c in matrix[1]]
    assert header[:7] == ["departement", "code", "eens", "deels", "oneens", "niet beantwoord", "totaal"]
    rows = {row[1]: row for row in matrix.iter_rows(min_row=2, values_only=True) if row[1]}
    for record in results["coverage"]:
        assert list(rows[record["department"]][2:7]) == [record[k] for k in
                                                         ("agree", "partial", "disagree", "not_addressed", "total")]
    assert rows[OVERALL][6] == len(results["recommendations"])
    assert any("meerdere departementen" in str(c.value) for c in matrix["A"])  # says how multi-department counts
    assert matrix.freeze_panes == "C2" and matrix.auto_filter.ref.startswith("A1:")
    fills = {matrix.cell(1, column).fill.fgColor.rgb[-6:] for column in range(3, 7)}
    assert len(fills) == 4  # one colour per position

    sheet = book["Aanbevelingen"]
    header = [c.value for c in sheet[1]]
    for column in ("id", "nr", "aanbeveling", "pagina rapport", "departementen", "positie", "zekerheid",
                   "controle nodig", "gecorrigeerd", "bewijszin (reactie)", "pagina's passages (reactie)"):
        assert column in header, column
    records = [dict(zip(header, row)) for row in sheet.iter_rows(min_row=2, values_only=True)]
    assert [r["id"] for r in records] == [r["id"] for r in results["recommendations"]]
    evidence = {a["recommendation_id"]: a["evidence"] for a in results["assessments"]}
    for record, recommendation in zip(records, results["recommendations"]):
        assert record["aanbeveling"] == recommendation["text"] and record["pagina rapport"] == recommendation["page"]
        assert record["bewijszin (reactie)"] == (evidence[record["id"]] or {}).get("text")
        assert record["positie"] in {"eens", "deels", "oneens", "niet beantwoord"}
    assert sheet.freeze_panes == "C2" and sheet.auto_filter.ref == f"A1:{sheet.cell(1, len(header)).column_letter}" \
                                                                   f"{len(records) + 1}"
    text_column = header.index("aanbeveling") + 1
    assert sheet.cell(2, text_column).alignment.wrap_text
    assert sheet.column_dimensions[sheet.cell(1, text_column).column_letter].width >= 50
    position_column = header.index("positie") + 1
    assert sheet.cell(2, position_column).fill.fill_type == "solid"

    passages = book["Passages"]
    assert passages.max_row - 1 == len(results["passages"])
    assert [c.value for c in passages[1]][:2] == ["id", "pagina reactie"]

    unanswered = book["Onbeantwoord"]
    not_addressed = {a["recommendation_id"] for a in results["assessments"] if a["position"] == "not_addressed"}
    assert {row[1] for row in unanswered.iter_rows(min_row=2, values_only=True)} == not_addressed


def test_png_heatmap_and_corrections_template(run_dir):
    png = (run_dir / "coverage.png").read_bytes()
    assert png.startswith(b"\x89PNG") and len(png) > 20_000
    template = pd.read_csv(run_dir / "corrections-template.csv", dtype=str, keep_default_na=False)
    assert list(template.columns) == ["recommendation_id", "number", "text", "position", "departments", "note",
                                      "reviewer"]
    results = json.loads((run_dir / "results.json").read_text(encoding="utf-8"))
    assert template["recommendation_id"].tolist() == [r["id"] for r in results["recommendations"]]
    assert all(r["text"].startswith(t) for t, r in zip(template["text"], results["recommendations"]))
    assert (template["position"] == "").all()
