"""``python -m docgen [name ...]``: regenerate the PDFs and gold JSON of every registered pair (or the named ones)."""
from __future__ import annotations

import argparse
import json
from pathlib import Path

from docgen.gold import gold_for
from docgen.pairs import PairTarget, registered_pairs
from docgen.render import render


def generate(target: PairTarget) -> list[Path]:
    """Write the report, response and gold of one pair; return the paths written."""
    report_path = target.folder / target.report_file
    response_path = target.folder / target.response_file
    gold_path = target.folder / target.gold_file
    report = render(target.pair.report, report_path)
    render(target.pair.response, response_path)
    gold = gold_for(target.pair, report.recommendation_pages, target.report_file, target.response_file)
    gold_path.write_text(json.dumps(gold, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return [report_path, response_path, gold_path]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m docgen", description=__doc__)
    parser.add_argument("names", nargs="*", help="pair names to regenerate (default: all registered pairs)")
    args = parser.parse_args(argv)
    targets = registered_pairs()
    unknown = sorted(set(args.names) - set(targets))
    if unknown:
        parser.error(f"unknown pair(s) {', '.join(unknown)}; registered: {', '.join(targets)}")
    for name, target in targets.items():
        if args.names and name not in args.names:
            continue
        for path in generate(target):
            print(path)


if __name__ == "__main__":
    main()
