"""pipeline.cache and the stage caching in pipeline.run: hits, misses, --force, damaged entries."""
from __future__ import annotations

import json
import pickle
import shutil
from pathlib import Path

import pytest

from pipeline.cache import StageCache, code_fingerprint, stage_key
from pipeline.errors import TooManyPagesError
from pipeline.run import Settings, analyse, run

ROOT = Path(__file__).resolve().parents[1]
REPORT = ROOT / "data" / "raw" / "voorbeeld-rapport-etnisch-profileren.pdf"
RESPONSE = ROOT / "data" / "raw" / "voorbeeld-kabinetsreactie-etnisch-profileren.pdf"
OTHER_RESPONSE = ROOT / "tests" / "data" / "pairs" / "ombudsman_debt" / "response.pdf"
STAGES = {"extract report", "extract response", "segment recommendations", "segment recommendations in response",
          "segment response", "match", "train stance classifier", "classify"}


# ------------------------------------------------------------------------------------------------------ StageCache
def test_store_then_load(tmp_path):
    cache = StageCache(tmp_path)
    assert cache.load("s", "k1") == (False, None)
    cache.store("s", "k1", {"a": (1, 2.5)})
    assert cache.load("s", "k1") == (True, {"a": (1, 2.5)})
    assert cache.load("s", "k2") == (False, None)
    assert not list(cache.path_for("s", "k1").parent.glob("*.tmp")), "temporary file left behind"


def test_disabled_and_forced(tmp_path):
    StageCache(None).store("s", "k", 1)  # no folder: a no-op
    assert StageCache(None).load("s", "k") == (False, None)
    StageCache(tmp_path).store("s", "k", 1)
    forced = StageCache(tmp_path, force=True)
    assert forced.load("s", "k") == (False, None)
    forced.store("s", "k", 2)
    assert StageCache(tmp_path).load("s", "k") == (True, 2)


@pytest.mark.parametrize("damage", ["garbage", "truncated", "empty", "other key", "directory"])
def test_damaged_entry_is_a_miss(tmp_path, damage):
    cache = StageCache(tmp_path)
    cache.store("s", "k", list(range(1000)))
    path = cache.path_for("s", "k")
    if damage == "garbage":
        path.write_bytes(b"\x80\x05this is not a pickle")
    elif damage == "truncated":
        path.write_bytes(path.read_bytes()[:50])
    elif damage == "empty":
        path.write_bytes(b"")
    elif damage == "other key":
        path.write_bytes(pickle.dumps(("another", 1)))
    else:
        path.unlink()
        path.mkdir()
    assert cache.load("s", "k") == (False, None)


def test_unwritable_cache_does_not_fail(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    StageCache(blocker).store("s", "k", 1)  # cannot create folders under a file: silently skipped
    assert StageCache(blocker).load("s", "k") == (False, None)


def test_keys_and_fingerprints():
    assert stage_key("a", 1, {"x": 2}) == stage_key("a", 1, {"x": 2}) != stage_key("a", 2, {"x": 2})
    from pipeline.cache import _package_imports

    assert {"extract", "errors", "types"} <= _package_imports("extract")
    assert {"segment", "departments", "types"} <= _package_imports("segment")
    assert {"classify", "match"} <= _package_imports("classify")
    assert code_fingerprint("extract") != code_fingerprint("segment")
    assert code_fingerprint("types", ("departments.csv",)) != code_fingerprint("types")


# ------------------------------------------------------------------------------------------------------- in a run
@pytest.fixture
def settings(tmp_path):
    return Settings(encoder="hashing", spacy_model="blank", cache_dir=tmp_path / "cache")


def cached_stages(result) -> set[str]:
    return set(result.manifest["cached_stages"])


def test_unchanged_rerun_is_served_from_cache_without_models(settings, monkeypatch):
    first = analyse(REPORT, RESPONSE, settings)
    assert cached_stages(first) == set()
    import pipeline.models

    def no_models(*args, **kwargs):
        raise AssertionError("a fully cached run must not load a model")

    monkeypatch.setattr(pipeline.models, "load_nlp", no_models)
    monkeypatch.setattr(pipeline.models, "load_encoder", no_models)
    second = analyse(REPORT, RESPONSE, settings)
    assert cached_stages(second) == STAGES
    assert second.assessments == first.assessments and second.links == first.links
    assert second.manifest["models"] == first.manifest["models"]
    assert "load spaCy" not in second.manifest["timings_seconds"]


def test_force_recomputes_everything(settings):
    from dataclasses import replace

    first = analyse(REPORT, RESPONSE, settings)
    forced = analyse(REPORT, RESPONSE, replace(settings, force=True))
    assert cached_stages(forced) == set()
    assert forced.assessments == first.assessments


def test_changed_input_recomputes_only_what_depends_on_it(settings):
    analyse(REPORT, RESPONSE, settings)
    other = analyse(REPORT, OTHER_RESPONSE, settings)
    assert cached_stages(other) == {"extract report", "segment recommendations", "train stance classifier"}


def test_changed_setting_recomputes_from_the_stage_it_affects(settings):
    from dataclasses import replace

    analyse(REPORT, RESPONSE, settings)
    other = analyse(REPORT, RESPONSE, replace(settings, top_k=2))
    assert STAGES - cached_stages(other) == {"match", "classify"}


def test_damaged_cache_entries_are_recomputed(settings):
    first = analyse(REPORT, RESPONSE, settings)
    entries = list((settings.cache_dir / "stages").rglob("*.pkl"))
    assert len(entries) >= 7
    for entry in entries:
        entry.write_bytes(entry.read_bytes()[: len(entry.read_bytes()) // 3])
    second = analyse(REPORT, RESPONSE, settings)
    assert cached_stages(second) == set()
    assert second.assessments == first.assessments
    assert cached_stages(analyse(REPORT, RESPONSE, settings)) == STAGES  # and they were rewritten


def test_cached_extraction_keeps_the_path_given_and_the_page_limit(settings, tmp_path):
    from dataclasses import replace

    analyse(REPORT, RESPONSE, settings)
    copy = tmp_path / "elders" / "rapport.pdf"
    copy.parent.mkdir()
    shutil.copy(REPORT, copy)
    result = analyse(copy, RESPONSE, settings)
    assert "extract report" in cached_stages(result)
    assert result.report.path == str(copy) and result.manifest["inputs"]["report"]["file"] == str(copy)
    with pytest.raises(TooManyPagesError, match="rapport.pdf"):
        analyse(copy, RESPONSE, replace(settings, max_pages=3))


def test_unchanged_rerun_rebuilds_the_outputs(settings, tmp_path):
    out = tmp_path / "out"
    run(REPORT, RESPONSE, out, settings)
    (out / "coverage.csv").unlink()
    run(REPORT, RESPONSE, out, settings)
    manifest = json.loads((out / "run.json").read_text(encoding="utf-8"))
    assert set(manifest["cached_stages"]) == STAGES
    assert (out / "coverage.csv").exists()


def test_cache_dir_from_the_environment(monkeypatch, tmp_path):
    monkeypatch.setenv("REACTIEMATRIX_CACHE_DIR", str(tmp_path / "elsewhere"))
    assert Settings().cache_dir == tmp_path / "elsewhere"
    monkeypatch.delenv("REACTIEMATRIX_CACHE_DIR")
    from pipeline.config import CACHE_DIR

    assert Settings().cache_dir == CACHE_DIR
