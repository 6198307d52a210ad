"""A content-addressed cache for stage outputs, used by ``run.py`` only: the stages stay pure functions.

A stage's key is a hash of everything its output depends on: the input (a PDF's sha256, or the key of the stage
that produced the input), the settings that matter, the model's identity, the source code of the stage module and
of the package modules it imports, the package data files it reads and the versions of the libraries it calls.
Values are pickled into ``<cache_dir>/stages/<stage>/<key>.pkl``, written atomically.  A missing, unreadable or
damaged entry is a miss, never an error: the stage simply runs again.  The stage entries are kept under a size cap
(``$REACTIEMATRIX_CACHE_MAX_MB``, default 1024): after each store the least recently used entries are deleted.
"""
from __future__ import annotations

import ast
import hashlib
import json
import os
import pickle
import tempfile
from functools import lru_cache
from importlib import metadata
from pathlib import Path
from typing import Any

from . import __version__

PACKAGE_DIR = Path(__file__).resolve().parent
FORMAT = 1  # bump when the layout of cache entries changes
DEFAULT_MAX_MB = 1024  # a run's entries take a few MB, so this holds hundreds of runs


def file_sha256(path: str | Path) -> str:
    """sha256 of a file's bytes, read in chunks."""
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def stage_key(*parts: Any) -> str:
    """A stable hash of JSON-able parts (str, numbers, None, lists, dicts), with the package version and format."""
    text = json.dumps([FORMAT, __version__, *parts], sort_keys=True, default=str, ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@lru_cache(maxsize=None)
def code_fingerprint(module: str, data_files: tuple[str, ...] = ()) -> str:
    """Hash of a package module's source, the package modules it imports (transitively) and ``data_files``.

    ``module`` is a name inside the package ("extract"); ``data_files`` are names under ``pipeline/data/``.  Any edit
    to the stage's code or data therefore invalidates its cached outputs.
    """
    digest = hashlib.sha256()
    for name in sorted(_package_imports(module)):
        digest.update(name.encode() + b"\0" + _module_source(name)[0] + b"\0")
    for name in sorted(data_files):
        path = PACKAGE_DIR / "data" / name
        digest.update(name.encode() + b"\0" + (path.read_bytes() if path.exists() else b"<missing>") + b"\0")
    return digest.hexdigest()


def library_versions(*distributions: str) -> dict[str, str]:
    """Installed versions of the given distributions ("" when not installed)."""
    versions = {}
    for name in distributions:
        try:
            versions[name] = metadata.version(name)
        except (metadata.PackageNotFoundError, ValueError):  # not installed, or a path rather than a name
            versions[name] = ""
    return versions


def default_max_bytes() -> int:
    """The stage cache's size cap: ``$REACTIEMATRIX_CACHE_MAX_MB`` megabytes when set, else ``DEFAULT_MAX_MB``."""
    try:
        megabytes = float(os.environ.get("REACTIEMATRIX_CACHE_MAX_MB") or DEFAULT_MAX_MB)
    except ValueError:
        megabytes = DEFAULT_MAX_MB
    return int(megabytes * 1024 * 1024)


class StageCache:
    """Stage outputs on disk.  ``root=None`` disables caching; ``force=True`` never loads, only (re)stores.

    ``max_bytes`` (default ``default_max_bytes()``) caps the entries' total size; the least recently used go first.
    """

    def __init__(self, root: Path | None, force: bool = False, max_bytes: int | None = None) -> None:
        self.root = Path(root) / "stages" if root is not None else None
        self.force = force
        self.max_bytes = default_max_bytes() if max_bytes is None else max_bytes

    def load(self, stage: str, key: str) -> tuple[bool, Any]:
        """(True, value) when a readable entry for (stage, key) exists, else (False, None); never raises."""
        if self.root is None or self.force:
            return False, None
        try:
            with open(self.path_for(stage, key), "rb") as handle:
                stored_key, value = pickle.load(handle)
        except Exception:  # missing, truncated, garbled, or from an incompatible version: recompute, never crash
            return False, None
        if stored_key != key:
            return False, None
        try:
            os.utime(self.path_for(stage, key))  # recently used: the last to be pruned
        except OSError:
            pass
        return True, value

    def store(self, stage: str, key: str, value: Any) -> None:
        """Write atomically (temporary file, then rename); a disk that refuses makes the next run slower, no more."""
        if self.root is None:
            return
        path = self.path_for(stage, key)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(prefix=f".{key[:16]}.", suffix=".tmp", dir=path.parent)
            try:
                with os.fdopen(handle, "wb") as stream:
                    pickle.dump((key, value), stream, protocol=pickle.HIGHEST_PROTOCOL)
                os.replace(temporary, path)
            except BaseException:
                Path(temporary).unlink(missing_ok=True)
                raise
        except (OSError, pickle.PicklingError):
            return
        self.prune(keep=path)

    def prune(self, keep: Path | None = None) -> list[Path]:
        """Delete the least recently used entries until all fit in ``max_bytes``; never ``keep``.  Returns the
        deleted paths.  Entries another process deletes meanwhile are skipped."""
        if self.root is None or not self.root.is_dir():
            return []
        entries = []
        for path in self.root.glob("*/*.pkl"):
            try:
                status = path.stat()
            except OSError:
                continue
            entries.append((status.st_mtime_ns, str(path), status.st_size))
        total = sum(size for _, _, size in entries)
        deleted = []
        for _, name, size in sorted(entries):  # oldest use first
            if total <= self.max_bytes:
                break
            if keep is not None and Path(name) == keep:
                continue
            try:
                Path(name).unlink()
            except OSError:
                continue
            total -= size
            deleted.append(Path(name))
        return deleted

    def path_for(self, stage: str, key: str) -> Path:
        if self.root is None:
            raise ValueError("caching is disabled (no cache folder)")
        return self.root / _safe(stage) / f"{key}.pkl"


def _safe(stage: str) -> str:
    return "".join(c if c.isalnum() or c in "-_." else "_" for c in stage)


def _package_imports(module: str) -> set[str]:
    """``module`` and every package module it imports, following imports transitively (relative or absolute)."""
    seen: set[str] = set()
    todo = [module]
    while todo:
        name = todo.pop()
        if name in seen or not (PACKAGE_DIR / f"{name}.py").exists():
            continue
        seen.add(name)
        todo.extend(_module_source(name)[1])
    return seen


@lru_cache(maxsize=None)
def _module_source(name: str) -> tuple[bytes, tuple[str, ...]]:
    """A package module's source bytes and the package modules it names in its imports (read and parsed once)."""
    source = (PACKAGE_DIR / f"{name}.py").read_bytes()
    imported: list[str] = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.ImportFrom):
            if node.level == 1 and node.module:
                imported.append(node.module.split(".")[0])
            elif node.level == 1:
                imported.extend(alias.name for alias in node.names)
            elif node.level == 0 and node.module and node.module.startswith("pipeline."):
                imported.append(node.module.split(".")[1])
            elif node.level == 0 and node.module == "pipeline":
                imported.extend(alias.name for alias in node.names)
        elif isinstance(node, ast.Import):
            imported.extend(alias.name.split(".")[1] for alias in node.names if alias.name.startswith("pipeline."))
    return source, tuple(imported)
