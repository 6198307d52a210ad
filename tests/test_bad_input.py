"""Bad input through the CLI: exit code 1, one stderr line naming the file and what to do, and no output folder.

Also: an error raised mid-way (in a stage, or while writing) leaves no partial outputs and keeps earlier ones intact,
``--max-pages`` works end to end (also when extraction is served from the cache), and a report that is not Dutch
runs with a warning on stderr and in run.json.
"""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from pipeline.cli import main
from pipeline.errors import InputError

ROOT = Path(__file__).resolve().parents[1]
LAYOUT = ROOT / "tests" / "data" / "layout"
PAIRS = ROOT / "tests" / "data" / "pairs"
REPORT = ROOT / "data" / "raw" / "voorbeeld-rapport-etnisch-profileren.pdf"
RESPONSE = ROOT / "data" / "raw" / "voorbeeld-kabinetsreactie-etnisch-profileren.pdf"
UN_REPORT = ROOT.parent / "shared" / "data" / "real" / "un-upr-netherlands-2012-working-group-report.pdf"


@pytest.fixture(scope="module")
def cache_dir(tmp_path_factory):
    """One stage cache for the module: the good file of each pair is extracted once."""
    return tmp_path_factory.mktemp("cache")


@pytest.fixture(autouse=True)
def _isolated_cache(cache_dir, monkeypatch):
    monkeypatch.setenv("REACTIEMATRIX_CACHE_DIR", str(cache_dir))


def run_cli(capsys, *arguments) -> tuple[int, list[str]]:
    code = main(["run", *map(str, arguments), "--encoder", "hashing", "--quiet"])
    captured = capsys.readouterr()
    return code, [line for line in captured.err.splitlines() if line.strip()]


def assert_refused(code: int, errors: list[str], named: Path, hint: str, out: Path) -> None:
    assert code == 1
    assert len(errors) == 1, errors
    assert errors[0].startswith("error: ") and str(named) in errors[0]
    assert hint.lower() in errors[0].lower()
    assert not out.exists()
    assert not [p for p in out.parent.iterdir() if p.name.startswith(f".{out.name}.")], "staging folder left behind"


BROKEN = {  # layout fixture -> words the message must contain (what is wrong or what to do)
    "not_a_pdf": "not a PDF",
    "empty": "empty",
    "truncated": "truncated",
    "encrypted": "qpdf --decrypt",
    "scanned": "ocrmypdf",
}


@pytest.mark.parametrize("case", sorted(BROKEN))
@pytest.mark.parametrize("role", ["report", "response"])
def test_broken_pdf_is_refused(case, role, tmp_path, capsys):
    broken = LAYOUT / f"{case}.pdf"
    report, response = (broken, RESPONSE) if role == "report" else (REPORT, broken)
    out = tmp_path / "out"
    code, errors = run_cli(capsys, report, response, "--out", out)
    assert_refused(code, errors, broken, BROKEN[case], out)


def test_missing_file_is_refused(tmp_path, capsys):
    missing = tmp_path / "nergens.pdf"
    out = tmp_path / "out"
    code, errors = run_cli(capsys, REPORT, missing, "--out", out)
    assert_refused(code, errors, missing, "not found", out)


def test_pdf_cut_off_mid_file_is_refused(tmp_path, capsys):
    whole = REPORT.read_bytes()
    cut = tmp_path / "afgebroken.pdf"
    cut.write_bytes(whole[: int(len(whole) * 0.9)])
    out = tmp_path / "out"
    code, errors = run_cli(capsys, cut, RESPONSE, "--out", out)
    assert_refused(code, errors, cut, "truncated", out)


def test_report_without_recommendations_suggests_swapping(tmp_path, capsys):
    no_recommendations = PAIRS / "ombudsman_debt" / "response.pdf"
    out = tmp_path / "out"
    code, errors = run_cli(capsys, no_recommendations, PAIRS / "youth_care" / "response.pdf", "--out", out)
    assert_refused(code, errors, no_recommendations, "swapped", out)


def test_swapped_pair_is_refused(tmp_path, capsys):
    out = tmp_path / "out"
    code, errors = run_cli(capsys, RESPONSE, REPORT, "--out", out)
    assert_refused(code, errors, RESPONSE, "swapped", out)


def test_same_file_as_report_and_response_is_refused(tmp_path, capsys):
    out = tmp_path / "out"
    code, errors = run_cli(capsys, REPORT, REPORT, "--out", out)
    assert_refused(code, errors, REPORT, "same document", out)


def test_same_content_under_another_name_is_refused(tmp_path, capsys):
    copy = tmp_path / "kopie.pdf"
    shutil.copy(REPORT, copy)
    out = tmp_path / "out"
    code, errors = run_cli(capsys, REPORT, copy, "--out", out)
    assert_refused(code, errors, copy, "same document", out)


def test_max_pages_refuses_end_to_end_also_from_cache(tmp_path, capsys):
    out = tmp_path / "out"
    code, errors = run_cli(capsys, REPORT, RESPONSE, "--out", out, "--max-pages", "5")
    assert_refused(code, errors, REPORT, "--max-pages", out)
    # once the report's extraction is cached, the limit must still hold
    assert run_cli(capsys, REPORT, RESPONSE, "--out", out, "--max-pages", "40")[0] == 0
    shutil.rmtree(out)
    code, errors = run_cli(capsys, REPORT, RESPONSE, "--out", out, "--max-pages", "10")
    assert_refused(code, errors, REPORT, "--max-pages", out)


def test_failed_run_keeps_earlier_outputs(tmp_path, capsys):
    out = tmp_path / "out"
    assert run_cli(capsys, REPORT, RESPONSE, "--out", out)[0] == 0
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    code, errors = run_cli(capsys, LAYOUT / "truncated.pdf", RESPONSE, "--out", out)
    assert code == 1 and len(errors) == 1
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before


@pytest.mark.parametrize("error", [InputError("stage.pdf", "stage failed; do something"), RuntimeError("boom")])
def test_error_in_a_stage_leaves_no_outputs(error, tmp_path, capsys, monkeypatch):
    import pipeline.run

    def failing(*args, **kwargs):
        raise error

    monkeypatch.setattr(pipeline.run, "classify", failing)
    out = tmp_path / "out"
    arguments = (REPORT, RESPONSE, "--out", out, "--force")  # --force: classify must run, not come from the cache
    if isinstance(error, InputError):
        code, errors = run_cli(capsys, *arguments)
        assert code == 1 and errors == ["error: stage.pdf: stage failed; do something"]
    else:
        with pytest.raises(RuntimeError, match="boom"):
            run_cli(capsys, *arguments)
    assert not out.exists()


def test_error_while_writing_leaves_no_outputs_and_keeps_earlier_ones(tmp_path, capsys, monkeypatch):
    import pipeline.io

    out = tmp_path / "out"
    assert run_cli(capsys, REPORT, RESPONSE, "--out", out)[0] == 0
    before = {p.name: p.read_bytes() for p in out.iterdir()}

    def failing_workbook(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(pipeline.io, "_write_workbook", failing_workbook)
    for target in (out, tmp_path / "new"):
        code, errors = run_cli(capsys, REPORT, RESPONSE, "--out", target)
        assert code == 1 and len(errors) == 1 and str(target) in errors[0] and "disk full" in errors[0]
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before
    assert not (tmp_path / "new").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"], "staging folders left behind"


def test_english_report_runs_with_a_warning(tmp_path, capsys):
    if not UN_REPORT.exists():
        pytest.skip(f"real report not found at {UN_REPORT}")
    out = tmp_path / "out"
    code, errors = run_cli(capsys, UN_REPORT, RESPONSE, "--out", out)
    assert code == 0
    assert len(errors) == 1 and errors[0].startswith("warning: ") and str(UN_REPORT) in errors[0]
    assert "English" in errors[0]
    manifest = json.loads((out / "run.json").read_text(encoding="utf-8"))
    assert len(manifest["warnings"]) == 1 and "English" in manifest["warnings"][0]
    assert len(json.loads((out / "results.json").read_text(encoding="utf-8"))["recommendations"]) >= 100


def test_dutch_pair_has_no_warnings(tmp_path, capsys):
    out = tmp_path / "out"
    code, errors = run_cli(capsys, REPORT, RESPONSE, "--out", out)
    assert code == 0 and errors == []
    assert json.loads((out / "run.json").read_text(encoding="utf-8"))["warnings"] == []


def test_language_guess():
    from pipeline.checks import guess_language

    assert guess_language("Het kabinet neemt de aanbeveling over en zal de Kamer daarover voor de zomer "
                          "informeren, omdat het van belang is dat burgers erop kunnen vertrouwen.").language == "nl"
    assert guess_language("The Working Group recommends that the Netherlands should consider the ratification of "
                          "the convention and that it strengthens its policies against discrimination.").language == "en"
    assert guess_language("42 17 3.5").language == "unknown"


def test_a_bad_output_folder_is_refused_before_the_analysis_runs(tmp_path):
    from pipeline.errors import OutputFolderError
    from pipeline.run import run

    occupied = tmp_path / "Documents"
    occupied.mkdir()
    (occupied / "thesis.docx").write_text("mine")
    with pytest.raises(OutputFolderError):  # a missing report would be the error if the analysis ran first
        run(tmp_path / "missing-report.pdf", tmp_path / "missing-response.pdf", occupied)
    assert (occupied / "thesis.docx").read_text() == "mine"


@pytest.mark.parametrize("response, warned", [
    (PAIRS / "benefits_recovery_ombudsman" / "response.pdf", False),  # quotes all 15 and answers in 20 commitments
    (REPORT, True),  # a second report with 26 recommendations where the response should be
])
def test_a_response_with_clearly_more_recommendation_like_items_than_the_report_is_warned_about(response, warned):
    import warnings

    from pipeline.run import Settings, analyse

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        analyse(PAIRS / "benefits_recovery_ombudsman" / "report.pdf", response,
                Settings(encoder="hashing", spacy_model="blank", cache_dir=None))
    assert any("recommendation-like" in str(w.message) for w in caught) is warned
