"""``coverage.xlsx``: the matrix (coloured by position), the unanswered recommendations per department, every
recommendation with its evidence, and the response's passages; Dutch headers, frozen, filterable, wrapped."""
from __future__ import annotations

from pathlib import Path

import pandas as pd

from .coverage import MULTI_DEPARTMENT_NOTE, OVERALL, POSITION_COLOURS, POSITION_COLUMNS, POSITION_LABELS, blend

SHEETS = ("Dekking", "Onbeantwoord", "Aanbevelingen", "Passages")
RECOMMENDATION_COLUMNS = {  # column in the recommendations table -> (header, width, wrap)
    "id": ("id", 7, False),
    "number": ("nr", 6, False),
    "text": ("aanbeveling", 60, True),
    "page": ("pagina rapport", 9, False),
    "departments": ("departementen", 16, True),
    "position": ("positie", 15, False),
    "confidence": ("zekerheid", 10, False),
    "needs_review": ("controle nodig", 10, False),
    "corrected": ("gecorrigeerd", 12, False),
    "correction_note": ("correctie", 30, True),
    "evidence": ("bewijszin (reactie)", 60, True),
    "evidence_page": ("pagina bewijszin", 10, False),
    "response_pages": ("pagina's passages (reactie)", 14, True),
    "passage_ids": ("passages", 14, True),
}
PASSAGE_COLUMNS = {"id": ("id", 7, False), "page": ("pagina reactie", 9, False), "heading": ("kop", 30, True),
                   "departments": ("departementen", 16, True), "text": ("tekst", 100, True)}


def write_workbook(path: Path, coverage: pd.DataFrame, recommendations: pd.DataFrame, passages: pd.DataFrame,
                   unanswered: dict[str, list]) -> None:
    """Write the workbook; ``coverage`` is ``coverage_table(...)``, the others come from ``io.output_tables``."""
    from openpyxl import Workbook

    book = Workbook()
    _coverage_sheet(book.active, coverage)
    _unanswered_sheet(book.create_sheet("Onbeantwoord"), unanswered)
    _table_sheet(book.create_sheet("Aanbevelingen"), recommendations, RECOMMENDATION_COLUMNS)
    _table_sheet(book.create_sheet("Passages"), passages, PASSAGE_COLUMNS)
    book.save(path)


def _coverage_sheet(sheet, coverage: pd.DataFrame) -> None:
    from openpyxl.styles import Alignment, Font, PatternFill

    sheet.title = "Dekking"
    headers = ["departement", "code", *(POSITION_LABELS[p] for p in POSITION_COLUMNS), "totaal",
               *(f"% {POSITION_LABELS[p]}" for p in POSITION_COLUMNS)]
    sheet.append(headers)
    for row in coverage.itertuples(index=False):
        record = row._asdict()
        sheet.append([record["label"], record["department"], *(int(record[p]) for p in POSITION_COLUMNS),
                      int(record["total"]), *(float(record[f"{p}_pct"]) for p in POSITION_COLUMNS)])
        excel_row = sheet.max_row
        for offset, position in enumerate(POSITION_COLUMNS):
            share = record[f"{position}_pct"] / 100
            colour = blend(POSITION_COLOURS[position], share)[1:]
            for column in (3 + offset, 8 + offset):
                sheet.cell(excel_row, column).fill = PatternFill("solid", fgColor=colour)
        for column in range(8, 12):
            sheet.cell(excel_row, column).number_format = '0.0"%"'
        if record["department"] == OVERALL:
            for column in range(1, len(headers) + 1):
                sheet.cell(excel_row, column).font = Font(bold=True)
    _header(sheet, len(headers))
    for column, position in enumerate(POSITION_COLUMNS, start=3):
        sheet.cell(1, column).fill = PatternFill("solid", fgColor=POSITION_COLOURS[position][1:])
        sheet.cell(1, column).font = Font(bold=True, color="FFFFFF")
    last = sheet.max_row
    sheet.auto_filter.ref = f"A1:{_letter(len(headers))}{last}"
    note_row = last + 2
    sheet.cell(note_row, 1, MULTI_DEPARTMENT_NOTE).alignment = Alignment(wrap_text=True, vertical="top")
    sheet.merge_cells(start_row=note_row, start_column=1, end_row=note_row, end_column=len(headers))
    sheet.row_dimensions[note_row].height = 48
    for column, width in enumerate([44, 11, 8, 8, 8, 15, 8, 9, 9, 10, 17], start=1):
        sheet.column_dimensions[_letter(column)].width = width
    sheet.freeze_panes = "C2"


def _unanswered_sheet(sheet, unanswered: dict[str, list]) -> None:
    from openpyxl.styles import Alignment

    columns = {"departement": 12, "id": 7, "nr": 6, "pagina rapport": 9, "aanbeveling": 90}
    sheet.append(list(columns))
    for department, recommendations in unanswered.items():
        for recommendation in recommendations:
            sheet.append([department, recommendation.id, recommendation.number, recommendation.page,
                          recommendation.text])
            sheet.cell(sheet.max_row, 5).alignment = Alignment(wrap_text=True, vertical="top")
    _header(sheet, len(columns))
    for index, width in enumerate(columns.values(), start=1):
        sheet.column_dimensions[_letter(index)].width = width
    sheet.auto_filter.ref = f"A1:E{max(sheet.max_row, 1)}"
    sheet.freeze_panes = "A2"


def _table_sheet(sheet, frame: pd.DataFrame, columns: dict[str, tuple[str, int, bool]]) -> None:
    from openpyxl.styles import Alignment, PatternFill

    names = [c for c in columns if c in frame.columns]
    sheet.append([columns[c][0] for c in names])
    for record in frame[names].to_dict(orient="records"):
        values = [_cell_value(name, record[name]) for name in names]
        sheet.append(values)
        excel_row = sheet.max_row
        for index, name in enumerate(names, start=1):
            cell = sheet.cell(excel_row, index)
            cell.alignment = Alignment(wrap_text=columns[name][2], vertical="top")
            if name == "position" and record[name] in POSITION_COLOURS:
                cell.fill = PatternFill("solid", fgColor=blend(POSITION_COLOURS[record[name]], 0.5)[1:])
            if name == "corrected" and record[name]:
                cell.fill = PatternFill("solid", fgColor="BBDEFB")
    _header(sheet, len(names))
    for index, name in enumerate(names, start=1):
        sheet.column_dimensions[_letter(index)].width = columns[name][1]
    sheet.auto_filter.ref = f"A1:{_letter(len(names))}{max(sheet.max_row, 1)}"
    sheet.freeze_panes = "C2" if "text" in names[:3] else "A2"


def _cell_value(name: str, value):
    if name == "position":
        return POSITION_LABELS.get(value, value)
    if name in ("needs_review", "corrected"):
        return "ja" if value else "nee"
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return None
    if hasattr(value, "item"):
        return value.item()
    return value


def _header(sheet, width: int) -> None:
    from openpyxl.styles import Alignment, Font, PatternFill

    for column in range(1, width + 1):
        cell = sheet.cell(1, column)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="D9E1F2")
        cell.alignment = Alignment(wrap_text=True, vertical="center")


def _letter(column: int) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(column)
