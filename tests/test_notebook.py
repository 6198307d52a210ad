"""The exploration notebook still runs against a fresh run (so CI catches rot) and shows the matrix and a plot."""
import json
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

from pipeline.config import DEFAULT_REPORT, DEFAULT_RESPONSE
from pipeline.run import Settings, run

NOTEBOOK = Path(__file__).resolve().parents[1] / "notebooks" / "01-explore-coverage.ipynb"


@pytest.fixture(scope="module")
def run_dir(tmp_path_factory):
    cache = tmp_path_factory.getbasetemp() / "reactiematrix-cache"
    return run(DEFAULT_REPORT, DEFAULT_RESPONSE, tmp_path_factory.mktemp("nb") / "voorbeeld",
               Settings(encoder="hashing", spacy_model="blank", cache_dir=cache))


def test_notebook_executes_against_a_run_and_shows_matrix_and_plot(run_dir, monkeypatch):
    monkeypatch.setenv("REACTIEMATRIX_RUN", str(run_dir))
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    assert not any(cell.get("outputs") for cell in notebook.cells if cell.cell_type == "code"), \
        "commit the notebook without outputs"
    NotebookClient(notebook, timeout=120, kernel_name="python3",
                   resources={"metadata": {"path": str(NOTEBOOK.parent)}}).execute()
    outputs = [output for cell in notebook.cells if cell.cell_type == "code" for output in cell.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    texts = "\n".join(o.get("text", "") + o.get("data", {}).get("text/plain", "") for o in outputs)
    assert str(run_dir) in texts  # it read the run it was pointed at
    results = json.loads((run_dir / "results.json").read_text(encoding="utf-8"))
    assert f"{len(results['recommendations'])} aanbevelingen" in texts
    assert "niet beantwoord" in texts and "totaal (elke aanbeveling één keer)" in texts
    for row in results["coverage"]:
        assert row["department"] in texts
    assert any("image/png" in o.get("data", {}) for o in outputs)
