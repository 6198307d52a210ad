"""What the CLI shows a person: progress, summaries and inspections, with rich, on stderr/stdout."""
from __future__ import annotations

import json
from pathlib import Path

from rich.console import Console
from rich.table import Table

POSITION_LABELS = {"agree": "eens", "partial": "deels", "disagree": "oneens", "not_addressed": "niet beantwoord"}


def progress_printer():
    console = Console(stderr=True)

    def say(message: str) -> None:
        console.print(f"[dim]•[/dim] {message}")

    return say


def print_summary(out_dir: Path) -> None:
    console = Console()
    results = json.loads((out_dir / "results.json").read_text(encoding="utf-8"))
    table = Table(title=f"Dekking per departement ({len(results['recommendations'])} aanbevelingen)")
    table.add_column("departement")
    for key in ("agree", "partial", "disagree", "not_addressed", "total"):
        table.add_column(POSITION_LABELS.get(key, "totaal"), justify="right")
    for row in results["coverage"]:
        table.add_row(row["department"], *(str(row[k]) for k in ("agree", "partial", "disagree", "not_addressed", "total")))
    console.print(table)
    review = sum(1 for a in results["assessments"] if a.get("needs_review"))
    console.print(f"{review} aanbevelingen vragen om controle (needs_review). Uitvoer: {out_dir}")


def print_check() -> None:
    from .models import model_status

    table = Table(title="Modellen")
    table.add_column("model")
    table.add_column("geïnstalleerd")
    table.add_column("installeren met")
    for what, installed, command in model_status():
        table.add_row(what, "ja" if installed else "nee", "" if installed else command)
    Console().print(table)


def print_inspection(pdf: Path, role: str, show_blocks: bool = False) -> None:
    from .extract import extract
    from .models import load_nlp
    from .segment import segment_recommendations, segment_response

    console = Console()
    document = extract(pdf)
    console.print(f"[bold]{pdf}[/bold]: {document.page_count} pages, {len(document.blocks)} blocks, "
                  f"{len(document.footnotes)} footnotes, {len(document.removed_lines)} header/footer lines removed")
    if show_blocks:
        blocks = Table(title="Blocks")
        for column in ("page", "kind", "level", "marker", "text"):
            blocks.add_column(column)
        for block in document.blocks:
            blocks.add_row(str(block.page), block.kind.value + (" (cont.)" if block.continues else ""),
                           str(block.level), block.marker, block.text[:100])
        console.print(blocks)
    headings = [b for b in document.blocks if b.kind.value == "heading"]
    console.print("[bold]Headings[/bold]")
    for heading in headings:
        console.print(f"  p.{heading.page} {'  ' * (heading.level - 1)}{heading.text}")
    if role == "report":
        table = Table(title="Recommendations")
        for column in ("id", "number", "page", "departments", "text"):
            table.add_column(column)
        for recommendation in segment_recommendations(document):
            table.add_row(recommendation.id, recommendation.number, str(recommendation.page),
                          ", ".join(recommendation.departments), recommendation.text[:110])
        console.print(table)
    else:
        table = Table(title="Passages")
        for column in ("id", "page", "heading", "sentences", "text"):
            table.add_column(column)
        for passage in segment_response(document, load_nlp()):
            table.add_row(passage.id, str(passage.page), passage.heading[:30], str(len(passage.sentences)),
                          passage.text[:100])
        console.print(table)
