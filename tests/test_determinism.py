"""The same inputs and settings give a byte-identical results.json: across processes (different hash seeds), and
between a cold run and runs served from the stage and embedding caches."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.run import Settings, run

ROOT = Path(__file__).resolve().parents[1]
REPORT = ROOT / "data" / "raw" / "voorbeeld-rapport-etnisch-profileren.pdf"
RESPONSE = ROOT / "data" / "raw" / "voorbeeld-kabinetsreactie-etnisch-profileren.pdf"
SAME_BYTES = ("results.json", "recommendations.csv", "assessments.csv", "coverage.csv")

RUN_WITHOUT_CACHE = """
import sys
from pipeline.run import Settings, run
run(sys.argv[1], sys.argv[2], sys.argv[3], Settings(encoder="hashing", spacy_model="blank", cache_dir=None))
"""


def _outputs(folder: Path) -> dict[str, bytes]:
    return {name: (folder / name).read_bytes() for name in SAME_BYTES}


def test_two_processes_give_identical_outputs(tmp_path):
    """Two cold runs, no cache, in fresh interpreters with different hash seeds (set and dict order)."""
    for seed in ("1", "2"):
        environment = {**os.environ, "PYTHONHASHSEED": seed}
        subprocess.run([sys.executable, "-c", RUN_WITHOUT_CACHE, str(REPORT), str(RESPONSE), str(tmp_path / seed)],
                       check=True, cwd=ROOT, env=environment, capture_output=True)
    assert _outputs(tmp_path / "1") == _outputs(tmp_path / "2")


def test_cached_run_gives_identical_outputs(tmp_path):
    settings = Settings(encoder="hashing", spacy_model="blank", cache_dir=tmp_path / "cache")
    run(REPORT, RESPONSE, tmp_path / "cold", settings)
    run(REPORT, RESPONSE, tmp_path / "cached", settings)
    assert _outputs(tmp_path / "cold") == _outputs(tmp_path / "cached")


@pytest.mark.models
def test_default_encoder_cold_and_cached_runs_are_identical(tmp_path):
    """The real encoder: a cold run (empty cache), a run from the stage cache, and a run that recomputes every stage
    but reads its embeddings back from disk (float32 round trip) give the same bytes."""
    cache = tmp_path / "cache"
    settings = Settings(cache_dir=cache)
    run(REPORT, RESPONSE, tmp_path / "cold", settings)
    run(REPORT, RESPONSE, tmp_path / "cached", settings)
    shutil.rmtree(cache / "stages")
    assert list(cache.glob("embeddings-*.npz")), "embedding cache was not written"
    run(REPORT, RESPONSE, tmp_path / "embeddings-from-disk", settings)
    cold = _outputs(tmp_path / "cold")
    assert _outputs(tmp_path / "cached") == cold
    assert _outputs(tmp_path / "embeddings-from-disk") == cold
