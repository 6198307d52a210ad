"""The docgen table block: ruled cells, a header row repeated on every page, rows that break, gold from cells."""
from __future__ import annotations

import json

import pdfplumber
import pytest

from docgen.gold import gold_for
from docgen.model import Answer, Cell, Document, Heading, ItemList, ListItem, Pair, Paragraph, Recommendation, Table
from docgen.pairs import registered_pairs
from docgen.render import render, render_bytes

HEADER = ("Nr.", "Aanbeveling (samengevat)", "Reactie kabinet")
LONG = ("Het kabinet werkt deze aanbeveling uit met de VNG en het IPO en informeert de Kamer voor de zomer over de "
        "voortgang van de uitwerking. ")


def _rows(count: int, sentences: int) -> tuple:
    return tuple((str(n), f"Samenvatting van aanbeveling {n}.",
                  Cell(f"Reactie {n}. " + LONG * sentences + f"Einde{n}.")) for n in range(1, count + 1))


def _pages(document: Document, tmp_path) -> list[str]:
    path = tmp_path / "table.pdf"
    render(document, path)
    with pdfplumber.open(path) as pdf:
        return [page.extract_text() for page in pdf.pages]


def _page_of(pages: list[str], text: str) -> int:
    return next(i for i, page in enumerate(pages) if text in page)


def test_header_repeats_on_every_page_and_a_tall_row_breaks(tmp_path):
    table = Table(header=HEADER, rows=_rows(4, 14), widths=(0.08, 0.32, 0.6))
    pages = _pages(Document(title="Brief", title_page=False, blocks=(Heading("Bijlage"), table)), tmp_path)
    assert len(pages) >= 3
    assert all("Nr. Aanbeveling Reactie kabinet" in page for page in pages)
    assert any(_page_of(pages, f"Reactie {n}.") < _page_of(pages, f"Einde{n}.") for n in range(1, 5))
    with pdfplumber.open(tmp_path / "table.pdf") as pdf:
        assert all(page.find_tables() for page in pdf.pages)  # ruled: every page holds a detectable table


def test_rows_stay_whole_when_split_rows_is_off(tmp_path):
    table = Table(header=HEADER, rows=_rows(4, 9), widths=(0.08, 0.32, 0.6), split_rows=False)
    pages = _pages(Document(title="Brief", title_page=False, blocks=(Paragraph(LONG * 12), table)), tmp_path)
    assert all(_page_of(pages, f"Reactie {n}.") == _page_of(pages, f"Einde{n}.") for n in range(1, 5))
    assert len({_page_of(pages, f"Reactie {n}.") for n in range(1, 5)}) > 1


def test_a_heading_above_a_table_stays_with_it(tmp_path):
    filler = Paragraph("woordje " * 847)  # ends the second page where a heading fits but the table does not
    document = Document(title="Brief", title_page=False,
                        blocks=(filler, Heading("Bijlage: reactie per aanbeveling"),
                                Table(header=HEADER, rows=_rows(2, 3), widths=(0.08, 0.32, 0.6))))
    pages = _pages(document, tmp_path)
    page = next(p for p in pages if "Bijlage: reactie" in p)
    assert "Nr. Aanbeveling" in page


def test_cell_paragraphs_and_bad_tables():
    table = Table(header=("a", "b"), rows=(("1", "eerste alinea\ntweede alinea"),))
    assert render_bytes(Document(title="t", title_page=False, blocks=(table,))).page_count == 1
    with pytest.raises(ValueError, match="cells"):
        render_bytes(Document(title="t", title_page=False, blocks=(Table(header=("a", "b"), rows=(("1",),)),)))
    with pytest.raises(ValueError, match="widths"):
        render_bytes(Document(title="t", title_page=False, blocks=(Table(header=("a",), rows=(("1",),),
                                                                           widths=(1.0, 2.0)),)))


def _pair(reactie: Cell) -> Pair:
    report = Document(title="Advies", blocks=(ItemList(items=(
        ListItem("Doe het eerste.", recommendation=Recommendation("1", ("BZK",))),
        ListItem("Doe het tweede.", recommendation=Recommendation("2", ("KABINET",))),
    )),))
    response = Document(title="Reactie", title_page=False, blocks=(
        Paragraph("Over het eerste punt: het kabinet neemt de aanbeveling over.",
                  answers=(Answer("1", "agree", "het kabinet neemt de aanbeveling over."),)),
        Table(header=HEADER, rows=(("1", "Eerste.", reactie), ("2", "Tweede.", "Zie de brief van 1 maart."))),
    ))
    return Pair(name="table", report=report, response=response)


def test_gold_takes_passages_from_reaction_cells():
    cell = Cell("Het kabinet neemt deze aanbeveling over.\nDe uitwerking volgt in 2025.",
                answers=(Answer("1", "agree", "Het kabinet neemt deze aanbeveling over."),))
    gold = {r["number"]: r for r in gold_for(_pair(cell))["recommendations"]}
    assert gold["1"]["passages"] == ["Over het eerste punt: het kabinet neemt de aanbeveling over.",
                                     "Het kabinet neemt deze aanbeveling over. De uitwerking volgt in 2025."]
    assert gold["1"]["evidence"] == "het kabinet neemt de aanbeveling over."  # the first answer decides
    assert gold["2"] == {**gold["2"], "position": "not_addressed", "passages": [], "evidence": None}


def test_gold_rejects_evidence_not_in_its_cell():
    cell = Cell("Het kabinet neemt deze aanbeveling over.", answers=(Answer("1", "agree", "Iets anders."),))
    with pytest.raises(ValueError, match="not verbatim"):
        gold_for(_pair(cell))


def test_rob_table_pair_is_rendered_as_committed(tmp_path):
    target = registered_pairs()["rob_table_response"]
    report = render(target.pair.report, tmp_path / "report.pdf")
    render(target.pair.response, tmp_path / "response.pdf")
    for name in ("report.pdf", "response.pdf"):
        assert (tmp_path / name).read_bytes() == (target.folder / name).read_bytes(), name
    gold = gold_for(target.pair, report.recommendation_pages)
    assert gold == json.loads((target.folder / "gold.json").read_text(encoding="utf-8"))
    positions = [r["position"] for r in gold["recommendations"]]
    assert {p: positions.count(p) for p in set(positions)} == {"agree": 6, "partial": 3, "disagree": 3,
                                                              "not_addressed": 2}


def test_row_rules_draw_no_vertical_lines(tmp_path):
    table = Table(header=HEADER, rows=_rows(2, 2), widths=(0.08, 0.32, 0.6), rules="rows")
    render(Document(title="Brief", title_page=False, blocks=(table,)), tmp_path / "rows.pdf")
    with pdfplumber.open(tmp_path / "rows.pdf") as pdf:
        page = pdf.pages[0]
        lines, rects = page.lines, page.rects
    assert len(lines) >= 6 and all(line["top"] == line["bottom"] for line in lines)  # horizontal rules only
    assert len(rects) == 1 and not rects[0]["stroke"]  # the header's shading, unframed
    with pytest.raises(ValueError, match="rules"):
        render_bytes(Document(title="t", title_page=False, blocks=(Table(header=("a",), rows=(("1",),),
                                                                           rules="dotted"),)))
