"""Recommendation lists in label schemes and places the fixed patterns do not name, read from rendered PDFs."""
from __future__ import annotations

import pytest

from docgen.model import Document, Heading, ItemList, ListItem, Paragraph, Recommendation
from docgen.render import render
from pipeline.extract import extract
from pipeline.segment import segment_recommendations

FINDING = ("Gemeenten gebruiken steeds vaker risicomodellen om aanvragen te beoordelen. Wij onderzochten hoe zij dat "
           "doen en welke waarborgen zij daarbij hanteren, bij twaalf gemeenten en drie uitvoeringsorganisaties. ")
ASKS = ("De minister van BZK moet een register van risicomodellen verplicht stellen voor alle gemeenten.",
        "Gemeenten moeten elk model vooraf laten toetsen op discriminatie door een onafhankelijke partij.",
        "Zorg dat burgers worden geïnformeerd wanneer een model hun aanvraag voor controle heeft geselecteerd.",
        "De minister van SZW moet de uitvoeringsorganisaties opdragen hun modellen jaarlijks te evalueren.",
        "Stel een landelijk expertisecentrum in dat gemeenten helpt bij het toetsen van hun modellen.")
FINDINGS = ("Twaalf gemeenten gebruiken een model voor de bijstand.",
            "Drie gemeenten hebben hun model nooit geëvalueerd.",
            "De meeste modellen gebruiken gegevens over wijk en woonduur.")


def _read(tmp_path, heading: str, numbers, style: str = "1.", lead: str = "", items=ASKS, findings_list=True):
    blocks = [Heading("1 Inleiding"), Paragraph(FINDING * 3)]
    if findings_list:
        blocks += [Paragraph("Wat wij zagen:"), ItemList(tuple(ListItem(text) for text in FINDINGS), style="•")]
    blocks += [Heading("2 Bevindingen"), Paragraph(FINDING * 3), Heading(heading)]
    blocks += [Paragraph(lead)] if lead else []
    blocks.append(ItemList(tuple(ListItem(text, recommendation=Recommendation(number, ("BZK",)))
                                 for text, number in zip(items, numbers)), style=style))
    blocks.append(Paragraph(FINDING))
    path = tmp_path / "report.pdf"
    render(Document(title="Rekenen op vertrouwen", blocks=tuple(blocks)), path)
    return segment_recommendations(extract(path))


@pytest.mark.parametrize("numbers, style, expected", [
    ([f"R-{n}" for n in range(1, 6)], "1.", ["R-1", "R-2", "R-3", "R-4", "R-5"]),
    ([f"Aanbeveling {n}" for n in range(1, 6)], "1.", ["1", "2", "3", "4", "5"]),
    ([f"Advies {n}" for n in range(1, 6)], "1)", ["1", "2", "3", "4", "5"]),
    (list("ABCDE"), "1.", list("ABCDE")),
])
def test_a_label_scheme_that_counts_on_down_the_list_is_read(tmp_path, numbers, style, expected):
    found = _read(tmp_path, "3 Aanbevelingen", numbers, style)
    assert [r.number for r in found] == expected
    assert found[0].text == ASKS[0]  # the label is not part of the text


def test_an_advies_chapter_is_a_recommendations_chapter(tmp_path):
    found = _read(tmp_path, "4 Advies", [str(n) for n in range(1, 6)])
    assert len(found) == 5


@pytest.mark.parametrize("heading, style, lead", [
    ("3 Onze verwachting", "1.", ""),
    ("3 Wat er nodig is", "•", ""),
    ("3 Conclusie", "1.", "Daarom moet het volgende gebeuren:"),
])
def test_a_list_that_tells_named_bodies_to_act_is_read_without_heading_or_lead_in(tmp_path, heading, style, lead):
    found = _read(tmp_path, heading, [str(n) for n in range(1, 6)], style, lead)
    assert [r.text for r in found] == list(ASKS)
    assert found[0].departments == ("BZK",)


def test_findings_listed_under_a_neutral_heading_are_not_recommendations(tmp_path):
    assert _read(tmp_path, "3 Conclusie", ["1", "2", "3"], items=FINDINGS, findings_list=False) == []


def test_a_titled_theme_line_is_not_a_label(tmp_path):
    path = tmp_path / "report.pdf"
    render(Document(title="Advies", blocks=(
        Heading("5 Aanbevelingen"),
        Paragraph("Thema A – Zicht op modellen. De raad adviseert de minister van BZK:"),
        ItemList((ListItem(ASKS[2], recommendation=Recommendation("1", ("BZK",))),)),
        Paragraph("Thema B – Toezicht. De raad adviseert de minister van SZW:"),
        ItemList((ListItem(ASKS[4], recommendation=Recommendation("2", ("SZW",))),), start=2),
    )), path)
    found = segment_recommendations(extract(path))
    assert [r.text for r in found] == [ASKS[2], ASKS[4]]
    assert [r.departments for r in found] == [("BZK",), ("SZW",)]
