"""Ruled tables: an answer per recommendation in a table annex, and recommendations listed in a table."""
from pathlib import Path

import pytest

from pipeline.extract import extract
from pipeline.match import _reference_matrix
from pipeline.segment import segment_recommendations, segment_response
from pipeline.types import BlockKind

fpdf = pytest.importorskip("fpdf")


def _table_pdf(path: Path, intro: str, rows: list[tuple[str, ...]], widths: tuple[int, ...],
               title: str = "") -> Path:
    pdf = fpdf.FPDF()
    pdf.add_page()
    if title:
        pdf.set_font("Helvetica", style="B", size=14)
        pdf.multi_cell(0, 8, title)
        pdf.ln(2)
    pdf.set_font("Helvetica", size=10)
    pdf.multi_cell(0, 5, intro)
    pdf.ln(4)
    with pdf.table(col_widths=widths, repeat_headings=1) as table:
        for cells in rows:
            row = table.row()
            for text in cells:
                row.cell(text)
    pdf.output(str(path))
    return path


ANSWERS = [("Nr.", "Aanbeveling (samengevat)", "Reactie kabinet")] + [
    (str(number), f"Registreer iedere controle in regio {number} met de reden ervan.",
     f"Het kabinet neemt deze aanbeveling over voor regio {number}. " * (1 if number % 3 else 9) +
     "De politie begint daar in 2026 mee.")
    for number in range(1, 10)
]


def _docgen_table_pdf(path: Path, intro: str, rows: list[tuple[str, ...]], widths: tuple[int, ...], rules: str) -> Path:
    from docgen.model import Document, Paragraph, Table
    from docgen.render import render

    table = Table(header=rows[0], rows=tuple(rows[1:]), widths=widths, rules=rules)
    render(Document("Bijlage", (Paragraph(intro), table), title_page=False), path)
    return path


@pytest.mark.parametrize("layout", ["fpdf2 grid", "docgen grid", "docgen rows"])  # ruled cells, or rules between rows
def test_an_answer_table_gives_one_passage_per_row_under_its_recommendation(tmp_path, nlp, layout):
    intro = "Bijlage. In deze bijlage reageert het kabinet per aanbeveling op het rapport. " * 12
    if layout == "fpdf2 grid":
        path = _table_pdf(tmp_path / "response.pdf", intro, ANSWERS, (12, 60, 110))
    else:
        path = _docgen_table_pdf(tmp_path / "response.pdf", intro, ANSWERS, (12, 60, 110), layout.split()[1])
    document = extract(path)
    assert document.page_count >= 2  # the header is printed again on the next page
    rows = [b for b in document.blocks if b.table]
    headings = [b.text for b in rows if b.kind is BlockKind.HEADING]
    assert headings == [f"Aanbeveling {n}: Registreer iedere controle in regio {n} met de reden ervan."
                        for n in range(1, 10)]
    answers = [b.text for b in rows if b.kind is BlockKind.PARAGRAPH]
    assert all(text.startswith(f"Het kabinet neemt deze aanbeveling over voor regio {n}.")
               for n, text in zip(range(1, 10), answers))
    assert not any("Reactie kabinet" in b.text for b in document.blocks)  # repeated header rows are dropped
    assert not any("Registreer" in text for text in answers)  # cells of a row do not run into each other

    passages = segment_response(document, nlp)
    in_table = [p for p in passages if p.heading.startswith("Aanbeveling")]
    assert len(in_table) == 9 and in_table[4].heading.startswith("Aanbeveling 5:")
    report = extract(_table_pdf(tmp_path / "report.pdf", "Wij doen de volgende aanbevelingen.",
                                [("Nr.", "Aanbeveling", "Aan")] + [
        (str(n), f"Registreer iedere controle in regio {n} met de reden ervan.", "JenV") for n in range(1, 10)],
                                (12, 120, 40), title="4 Aanbevelingen"))
    recommendations = segment_recommendations(report)
    assert [r.number for r in recommendations] == [str(n) for n in range(1, 10)]
    references = _reference_matrix(recommendations, in_table)
    assert (references.argmax(axis=1) == range(9)).all()  # each answer refers to its own recommendation


def test_a_table_of_recommendations_gives_numbered_items_with_their_addressee(tmp_path):
    rows = [("Nr.", "Aanbeveling", "Aan")] + [
        ("1", "Leg een minimale meetfrequentie voor opkomende stoffen wettelijk vast.", "minister van IenW"),
        ("2", "Scherp de mestnormen in intrekgebieden aan.", "minister van LVVN"),
        ("3", "Maak bindende afspraken met de provincies over strategische voorraden.", "minister van IenW"),
    ]
    path = _table_pdf(tmp_path / "report.pdf", "Wij doen de volgende aanbevelingen.", rows, (12, 120, 40),
                      title="5 Aanbevelingen")
    document = extract(path)
    items = [b for b in document.blocks if b.kind is BlockKind.LIST_ITEM]
    assert [b.marker for b in items] == ["1.", "2.", "3."]
    assert items[0].text == ("Leg een minimale meetfrequentie voor opkomende stoffen wettelijk vast. "
                             "(minister van IenW)")
    found = segment_recommendations(document)
    assert [(r.number, r.departments) for r in found] == [("1", ("IenW",)), ("2", ("LNV",)), ("3", ("IenW",))]


def test_a_summary_column_headed_aanbeveling_gives_the_number_and_the_summary():
    from pipeline.extract import _row_blocks

    blocks = _row_blocks(1, (0, 0, 100, 10), ["1. Bindende natuurdoelen per gebied", "Deels overgenomen"],
                         ["Aanbeveling", "Standpunt kabinet"], 3)
    assert [(b.kind.value, b.text) for b in blocks] == [
        ("heading", "Aanbeveling 1: Bindende natuurdoelen per gebied"), ("paragraph", "Deels overgenomen")]


@pytest.mark.parametrize("header, cells, expected", [
    (["Recommendation", "Position", "Planned action"],
     ["2.1 Fold the grants into the lump sum", "Partially accept", "Six of the nine grants will be added."],
     [("heading", "Aanbeveling 2.1: Fold the grants into the lump sum"),
      ("paragraph", "Partially accept. Six of the nine grants will be added.")]),
    (["Aanbeveling", "Overnemen?"], ["1. Meetbare doelen en jaarlijkse rapportage", "Ja"],
     [("heading", "Aanbeveling 1: Meetbare doelen en jaarlijkse rapportage"), ("paragraph", "Ja")]),
    # a plan of action answers improvement points in its action column
    (["Verbeterpunt", "Actie", "Wie", "Gereed"],
     ["5. Caseload jeugdbeschermers", "Geen actie: een norm van vijftien is niet haalbaar.", "GI's", "–"],
     [("heading", "Aanbeveling 5: Caseload jeugdbeschermers – GI's – –"),
      ("paragraph", "Geen actie: een norm van vijftien is niet haalbaar.")]),
])
def test_verdict_and_action_columns_of_any_name_make_an_answer_table(header, cells, expected):
    from pipeline.extract import _row_blocks

    blocks = _row_blocks(4, (0, 0, 100, 10), cells, header, 3)
    assert [(b.kind.value, b.text) for b in blocks] == expected


def test_a_row_that_answers_two_recommendations_names_both():
    from pipeline.extract import _row_blocks
    from pipeline.match import referenced_numbers

    summary = _row_blocks(1, (0, 0, 100, 10), ["4 en 5. Regie van het wijkteam", "Wij nemen aanbeveling 4 over."],
                          ["Aanbeveling", "Reactie college"], 3)
    numbered = _row_blocks(1, (0, 0, 100, 10), ["3b, 3c", "Controles en loket", "Akkoord"],
                           ["Nr.", "Aanbeveling", "Standpunt"], 3)
    assert summary[0].text == "Aanbeveling 4 en 5: Regie van het wijkteam"
    assert referenced_numbers(summary[0].text) == {"4", "5"}
    assert referenced_numbers(numbered[0].text) == {"3b", "3c"}


def test_a_coded_number_cell_names_the_recommendation_the_row_answers():
    from pipeline.extract import _row_blocks

    blocks = _row_blocks(5, (0, 0, 100, 10), ["R3", "Jaarlijks overzicht van risicomodellen", "Overgenomen."],
                         ["Nr.", "Aanbeveling (verkort)", "Reactie kabinet"], 3)
    assert [(b.kind.value, b.text) for b in blocks] == [
        ("heading", "Aanbeveling R3: Jaarlijks overzicht van risicomodellen"), ("paragraph", "Overgenomen.")]


def test_a_verdict_column_and_its_explanation_column_are_one_answer():
    from pipeline.extract import _row_blocks

    blocks = _row_blocks(4, (0, 0, 100, 10), ["1a: Erkenning intrekken", "Deels overnemen",
                                              "Ik neem het eerste deel over. Het tweede deel niet."],
                         ["Aanbeveling", "Standpunt", "Toelichting"], 3)
    assert [(b.kind.value, b.text) for b in blocks] == [
        ("heading", "Aanbeveling 1a: Erkenning intrekken"),
        ("paragraph", "Deels overnemen. Ik neem het eerste deel over. Het tweede deel niet.")]
    # a report's own table that explains its recommendations has no answer column to join
    report_row = _row_blocks(4, (0, 0, 100, 10), ["3", "Registreer iedere controle.", "Zie hoofdstuk 2."],
                             ["Nr.", "Aanbeveling", "Toelichting"], 3)
    assert [b.kind.value for b in report_row] == ["list_item"]


def test_a_row_broken_over_a_page_is_joined_when_the_table_has_no_number_column():
    from pipeline.extract import _Line, _Table, _table_blocks, _Vocabulary, _Word

    def cell(text):
        return [_Line(page=1, words=[_Word(text, 0, 10, 0, 10, 10.0, False)], text=text)] if text else []

    header = ["Aanbeveling", "Reactie", "Termijn"]
    first = _Table(1, (70, 600, 520, 780), [[cell(c) for c in header],
                                            [cell(c) for c in ["De NZa verplicht aanbieders om wachttijden te",
                                                               "De NZa schrijft één definitie voor en aanbieders",
                                                               "2026"]]])
    second = _Table(2, (70, 70, 520, 200), [[cell(c) for c in ["publiceren per locatie.",
                                                               "moeten per locatie publiceren.", ""]],
                                            [cell(c) for c in ["Een crisisdienst in iedere regio.",
                                                               "Ik neem deze aanbeveling over.", "2026"]]])
    blocks = [b for table_blocks in _table_blocks([first, second], _Vocabulary([]), 3).values() for b in table_blocks]
    assert [(b.kind.value, b.text) for b in blocks] == [
        ("heading", "De NZa verplicht aanbieders om wachttijden te publiceren per locatie. – 2026"),
        ("paragraph", "De NZa schrijft één definitie voor en aanbieders moeten per locatie publiceren."),
        ("heading", "Een crisisdienst in iedere regio. – 2026"),
        ("paragraph", "Ik neem deze aanbeveling over."),
    ]


def _rows_table_then_page(running_header: str, *rows: tuple[str, str, str]):
    """Page 1: a running header with a rule under it, and a table ruled by rows only whose header row gives its
    columns (remembered for later pages of the same width); page 2 begins with the same header and is left open."""
    pdf = fpdf.FPDF(unit="pt", format="A4")
    pdf.set_font("Helvetica", size=10)
    for page in (1, 2):
        pdf.add_page()
        pdf.text(72, 34, running_header)
        pdf.line(72, 40, 523, 40)
    pdf.page = 1
    for y, cells in zip((90, 110, 130), rows):
        for x, cell in zip((76, 250, 400), cells):
            pdf.text(x, y, cell)
        pdf.line(72, y + 6, 523, y + 6)
    pdf.line(72, 78, 523, 78)
    pdf.page = 2
    return pdf


def test_a_rule_under_the_running_header_and_a_box_at_the_foot_are_no_table(tmp_path):
    """A box of the same width as an earlier table, far below the rule under the running header: the page between
    them is read as text, not as the earlier table's columns."""
    pdf = _rows_table_then_page("Raad voor de leefomgeving | Rust boven de regio",
                                ("Luchthaven", "Bewegingen", "Woningen"), ("Schiphol", "500.000", "12.000"),
                                ("Eindhoven", "41.500", "3.100"))
    pdf.text(72, 90, "De raad doet de volgende aanbevelingen.")
    for i, item in enumerate(("Minister van IenW: verlaag het aantal nachtvluchten naar 25.000 per jaar.",
                              "Luchthaven Schiphol: publiceer per vlucht binnen 48 uur de gemeten geluid.")):
        pdf.text(72, 120 + 20 * i, f"{i + 1}.")
        pdf.text(90, 120 + 20 * i, item)
    for y in (650, 668, 760):  # a box with a title row
        pdf.line(72, y, 523, y)
    pdf.text(76, 662, "Voorbeeld uit het buitenland")
    pdf.text(76, 685, "Rond Heathrow bestaat een forum van omwonenden met een eigen budget.")
    path = tmp_path / "box.pdf"
    pdf.output(str(path))
    items = [b.text for b in extract(path).body if b.page == 2 and b.kind is BlockKind.LIST_ITEM]
    assert items == ["Minister van IenW: verlaag het aantal nachtvluchten naar 25.000 per jaar.",
                     "Luchthaven Schiphol: publiceer per vlucht binnen 48 uur de gemeten geluid."]


def test_a_party_printed_once_for_its_rows_carries_down_and_the_numbered_cell_is_the_item():
    from pipeline.extract import _row_blocks

    header = ["Partij", "Aanbeveling"]
    first = _row_blocks(12, (0, 0, 100, 10), ["Minister van VWS", "1. Leg de openingstijden wettelijk vast."], header, 3)
    assert [(b.kind.value, b.marker, b.text) for b in first] == [
        ("list_item", "1.", "Leg de openingstijden wettelijk vast. (Minister van VWS)")]


def test_an_empty_party_cell_under_a_filled_one_stands_for_the_same_party(tmp_path):
    path = _table_pdf(tmp_path / "parties.pdf", "De inspectie verwacht het volgende.",
                      [("Partij", "Aanbeveling"),
                       ("Minister van VWS", "1. Leg de openingstijden van de spoedeisende hulp wettelijk vast."),
                       ("", "2. Herzie de bereikbaarheidsnorm zodat die ook 's nachts geldt."),
                       ("Provincie", "3. Neem de bereikbaarheid van acute zorg op in het mobiliteitsbeleid.")],
                      (30, 70), title="Aanbevelingen")
    items = [b.text for b in extract(path).body if b.kind is BlockKind.LIST_ITEM]
    assert items == ["Leg de openingstijden van de spoedeisende hulp wettelijk vast. (Minister van VWS)",
                     "Herzie de bereikbaarheidsnorm zodat die ook 's nachts geldt. (Minister van VWS)",
                     "Neem de bereikbaarheid van acute zorg op in het mobiliteitsbeleid. (Provincie)"]


def test_a_framed_box_close_under_the_running_header_does_not_make_the_text_above_it_a_table(tmp_path):
    """The box's edges are its own; with the rule under the running header they are not the row rules of a table
    that takes an earlier table's columns and cuts the paragraph between them into cells."""
    pdf = _rows_table_then_page("International Review Panel | Teacher careers", ("Sector", "Vacancies", "Share"),
                                ("Primary", "9.700", "10%"), ("Secondary", "4.100", "5%"))
    for i, line in enumerate(("The Netherlands has in the past discussed a register for teachers, and the",
                              "Panel sees merit in a register that is linked to professional learning.")):
        pdf.text(72, 70 + 14 * i, line)
    pdf.rect(72, 110, 451, 22)
    pdf.rect(72, 132, 451, 40)
    pdf.text(76, 125, "Policy recommendations")
    pdf.text(76, 150, "The Panel makes the following recommendations on induction.")
    path = tmp_path / "box.pdf"
    pdf.output(str(path))
    first = next(b for b in extract(path).body if b.page == 2)
    assert first.kind is BlockKind.PARAGRAPH and not first.table
    assert first.text.startswith("The Netherlands has in the past discussed a register for teachers, and the Panel")


def test_a_table_of_figures_under_recommendations_gives_no_items_and_a_figure_column_numbers_nothing(tmp_path):
    rows = [("Indicator", "Netherlands", "Average", "Year")] + [
        ("Participation in job-related adult learning (% of adults)", "57", "42", "2023"),
        ("Adults with low literacy or numeracy (% of adults)", "17", "19", "2023"),
        ("Public spending on adult learning (% of GDP)", "0.18", "0.14", "2023"),
    ]
    path = _table_pdf(tmp_path / "report.pdf", "The Netherlands compared with the average.", rows, (100, 25, 25, 20),
                      title="1. Assessment and recommendations")
    document = extract(path)
    assert not [b for b in document.blocks if b.kind is BlockKind.LIST_ITEM]
    assert segment_recommendations(document) == []


def test_an_unnamed_number_column_is_the_first_one_and_counts_up(tmp_path):
    rows = [("", "Wat wij vragen", "Aan")] + [
        (str(number), f"Leg de meetfrequentie voor stof {number} wettelijk vast.", "minister van IenW")
        for number in (1, 2, 3)]
    path = _table_pdf(tmp_path / "report.pdf", "Wij doen de volgende aanbevelingen.", rows, (12, 120, 40),
                      title="5 Aanbevelingen")
    assert [b.marker for b in extract(path).blocks if b.kind is BlockKind.LIST_ITEM] == ["1.", "2.", "3."]
