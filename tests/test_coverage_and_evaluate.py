from pipeline.coverage import coverage_matrix
from pipeline.evaluate import evaluate, format_evaluation, macro_f1
from pipeline.types import Assessment, Position, Recommendation


def test_a_recommendation_for_two_departments_counts_in_both_rows():
    recommendations = [
        Recommendation("R01", "1", "a", 1, "", departments=("JenV", "FIN")),
        Recommendation("R02", "2", "b", 1, "", departments=("FIN",)),
        Recommendation("R03", "3", "c", 1, "", departments=()),
    ]
    assessments = [Assessment("R01", Position.AGREE, 0.9), Assessment("R02", Position.DISAGREE, 0.8)]
    matrix = coverage_matrix(recommendations, assessments).set_index("department")
    assert list(matrix.index) == ["KABINET", "JenV", "FIN"]
    assert matrix.loc["FIN"].to_dict() == {"agree": 1, "partial": 0, "disagree": 1, "not_addressed": 0, "total": 2}
    assert matrix.loc["KABINET", "not_addressed"] == 1  # no assessment and no addressee: counted, not dropped


def test_macro_f1_counts_only_labels_that_occur():
    assert macro_f1(["agree", "disagree"], ["agree", "disagree"]) == 1.0
    assert macro_f1(["agree", "agree"], ["agree", "disagree"]) == round((2 / 3 + 0.0) / 2, 4)


def _results():
    return {
        "recommendations": [
            {"id": "R01", "number": "1", "text": "Registreer de reden van elke controle door de politie.", "departments": ["JenV"]},
            {"id": "R02", "number": "2", "text": "Schaf nationaliteit als risicofactor af.", "departments": ["FIN"]},
            {"id": "R03", "number": "9", "text": "Iets dat niet in de gold staat en nergens op lijkt.", "departments": []},
        ],
        "passages": [
            {"id": "P001", "text": "De politie gaat de reden registreren. Het kabinet neemt dit over."},
            {"id": "P002", "text": "Nationaliteit blijft een factor. Het kabinet ziet geen aanleiding."},
        ],
        "links": [
            {"recommendation_id": "R01", "passage_id": "P002", "rank": 1, "score": 0.6},
            {"recommendation_id": "R01", "passage_id": "P001", "rank": 2, "score": 0.5},
            {"recommendation_id": "R02", "passage_id": "P002", "rank": 1, "score": 0.9},
        ],
        "assessments": [
            {"recommendation_id": "R01", "position": "agree", "evidence": {"text": "Het kabinet neemt dit over."}},
            {"recommendation_id": "R02", "position": "agree", "evidence": {"text": "Nationaliteit blijft een factor."},
             "needs_review": True},
            {"recommendation_id": "R03", "position": "not_addressed", "evidence": None},
        ],
    }


GOLD = {
    "recommendations": [
        {"number": "1", "text": "Registreer de reden van elke controle door de politie.", "departments": ["JenV"],
         "position": "agree", "passages": ["De politie gaat de reden registreren. Het kabinet neemt dit over."],
         "evidence": "Het kabinet neemt dit over."},
        {"number": "2", "text": "Schaf nationaliteit als risicofactor af.", "departments": ["FIN"],
         "position": "disagree", "passages": ["Nationaliteit blijft een factor. Het kabinet ziet geen aanleiding."],
         "evidence": "Het kabinet ziet geen aanleiding."},
    ]
}


def test_evaluate_counts_inventory_links_positions_and_evidence():
    evaluation = evaluate(_results(), GOLD)
    assert (evaluation.gold_count, evaluation.predicted_count, evaluation.matched) == (2, 3, 2)
    assert evaluation.inventory_recall == 1.0 and evaluation.inventory_precision == round(2 / 3, 4)
    assert evaluation.department_accuracy == 1.0
    assert evaluation.link_hit_at_1 == 0.5 and evaluation.link_hit_at_3 == 1.0
    assert evaluation.position_accuracy == 0.5
    assert evaluation.confusion["disagree"]["agree"] == 1
    assert evaluation.evidence_hit == 0.5
    assert any(line.startswith("2: gold disagree, predicted agree") for line in evaluation.errors)
    assert (evaluation.flagged, evaluation.errors_flagged, evaluation.unflagged_accuracy) == (1, 1, 1.0)
    assert "needs_review      1 of 2 rows, holding 1 of 1 wrong positions" in format_evaluation(evaluation)
