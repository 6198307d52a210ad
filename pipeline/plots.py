"""``coverage.png``: the coverage matrix as a heatmap for slides and notes (matplotlib, Agg backend, Dutch labels)."""
from __future__ import annotations

from pathlib import Path

import pandas as pd

from .coverage import OVERALL, POSITION_COLOURS, POSITION_COLUMNS, POSITION_LABELS, blend


def plot_coverage(coverage: pd.DataFrame, path: Path, title: str = "Reactie van het kabinet per departement",
                  footnote: str = "") -> Path:
    """Draw ``coverage_table(...)``: one column per position, cells coloured by the row's share, count and % printed."""
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib.figure import Figure
    from matplotlib.patches import Rectangle

    rows = coverage.to_dict(orient="records")
    figure = Figure(figsize=(8.6, 1.6 + 0.42 * len(rows)), dpi=150)
    axes = figure.add_subplot()
    for y, row in enumerate(rows):
        for x, position in enumerate(POSITION_COLUMNS):
            share = row[f"{position}_pct"] / 100
            colour = blend(POSITION_COLOURS[position], share) if row[position] else "#f3f4f6"
            axes.add_patch(Rectangle((x, y), 1, 1, facecolor=colour,
                                     edgecolor="white", linewidth=2))
            count = int(row[position])
            label = f"{count}  ({row[f'{position}_pct']:.0f}%)" if count else "–"
            axes.text(x + 0.5, y + 0.5, label, ha="center", va="center", fontsize=9,
                      fontweight="bold" if row["department"] == OVERALL else "normal")
        axes.text(len(POSITION_COLUMNS) + 0.15, y + 0.5, str(int(row["total"])), ha="left", va="center", fontsize=9,
                  fontweight="bold" if row["department"] == OVERALL else "normal")
    axes.set_xlim(0, len(POSITION_COLUMNS) + 0.6)
    axes.set_ylim(len(rows), 0)
    axes.set_xticks([x + 0.5 for x in range(len(POSITION_COLUMNS))] + [len(POSITION_COLUMNS) + 0.3])
    axes.set_xticklabels([POSITION_LABELS[p] for p in POSITION_COLUMNS] + ["totaal"])
    axes.xaxis.tick_top()
    axes.set_yticks([y + 0.5 for y in range(len(rows))])
    axes.set_yticklabels([row["label"] if row["department"] == OVERALL else row["department"] for row in rows])
    axes.tick_params(length=0)
    for spine in axes.spines.values():
        spine.set_visible(False)
    axes.set_title(title, loc="left", fontsize=11, pad=24)
    note = "Een aanbeveling aan meerdere departementen telt in elke rij mee; de totaalrij telt haar één keer."
    figure.text(0.01, 0.01, f"{note} {footnote}".strip(), fontsize=7, color="#555555", wrap=True)
    figure.tight_layout(rect=(0, 0.04, 1, 1))
    figure.savefig(path, metadata={"Software": None})
    return Path(path)
