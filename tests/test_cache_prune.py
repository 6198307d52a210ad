"""The stage cache stays under its size cap: least recently used entries go first, the one just stored never."""
from __future__ import annotations

import os
from pathlib import Path

from pipeline.cache import DEFAULT_MAX_MB, StageCache, default_max_bytes

ENTRY = bytes(range(256)) * 40  # ~10 KB pickled


def _age(path: Path, seconds_ago: int) -> None:
    when = path.stat().st_mtime - seconds_ago
    os.utime(path, (when, when))


def test_oldest_entries_are_pruned_to_fit_the_cap(tmp_path):
    unlimited = StageCache(tmp_path, max_bytes=10**9)
    for number, stage in enumerate(["extract", "extract", "match", "classify"]):
        unlimited.store(stage, f"k{number}", ENTRY)
        _age(unlimited.path_for(stage, f"k{number}"), 1000 - 100 * number)  # k0 oldest ... k3 newest
    size = unlimited.path_for("extract", "k0").stat().st_size
    capped = StageCache(tmp_path, max_bytes=int(2.5 * size))
    deleted = capped.prune()
    assert sorted(p.stem for p in deleted) == ["k0", "k1"]
    assert [capped.load(s, k)[0] for s, k in [("extract", "k0"), ("extract", "k1"), ("match", "k2"),
                                              ("classify", "k3")]] == [False, False, True, True]


def test_loading_an_entry_keeps_it_and_a_new_entry_is_never_pruned(tmp_path):
    cache = StageCache(tmp_path, max_bytes=10**9)
    cache.store("s", "old_but_used", ENTRY)
    cache.store("s", "old_unused", ENTRY)
    for key in ("old_but_used", "old_unused"):
        _age(cache.path_for("s", key), 1000)
    assert cache.load("s", "old_but_used")[0]  # marks it recently used
    size = cache.path_for("s", "old_unused").stat().st_size
    cache.max_bytes = 2 * size
    cache.store("s", "new", ENTRY)
    assert cache.load("s", "old_but_used")[0] and cache.load("s", "new")[0]
    assert not cache.path_for("s", "old_unused").exists()
    cache.max_bytes = 0  # even a cap below one entry keeps what was just stored
    cache.store("s", "newest", ENTRY)
    assert [p.stem for p in (tmp_path / "stages").glob("*/*.pkl")] == ["newest"]


def test_cap_comes_from_the_environment(monkeypatch):
    monkeypatch.delenv("REACTIEMATRIX_CACHE_MAX_MB", raising=False)
    assert default_max_bytes() == DEFAULT_MAX_MB * 1024 * 1024
    monkeypatch.setenv("REACTIEMATRIX_CACHE_MAX_MB", "0.5")
    assert default_max_bytes() == 512 * 1024
    monkeypatch.setenv("REACTIEMATRIX_CACHE_MAX_MB", "lots")
    assert default_max_bytes() == DEFAULT_MAX_MB * 1024 * 1024
    assert StageCache(None).prune() == []
