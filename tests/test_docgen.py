"""The document generator: rendered PDFs read back as the spec says, and gold follows the annotations."""
from __future__ import annotations

import json

import pdfplumber
import pytest

from docgen.gold import gold_for
from docgen.model import (Answer, Columns, Document, Heading, ItemList, ListItem, PageBreak, Pair, Paragraph,
                          Recommendation)
from docgen.render import item_label, label_for, render, render_bytes

FILLER = ("Overheidsorganisaties moeten voorkomen dat risicoselectie leidt tot discriminatie van burgers met een "
          "migratieachtergrond, ook wanneer de Awgb-toets en het anti-discriminatiebeleid formeel zijn gevolgd. ")


def _rec(number: str, text: str, duplicate_of: str | None = None, children: tuple[ListItem, ...] = ()) -> ListItem:
    return ListItem(text, children=children, recommendation=Recommendation(number, ("JenV",), duplicate_of))


TINY_REPORT = Document(
    title="Proefrapport over controles",
    subtitle="Een klein voorbeeld",
    running_header="Proefrapport – lopende kop",
    footer="Pagina {page} van {pages}",
    blocks=(
        Heading("Samenvatting"),
        ItemList(style="•", items=(_rec("", "Registreer alle controles.", duplicate_of="2"),)),
        PageBreak(),
        Heading("1. Politie"),
        Paragraph(FILLER * 4, footnotes=("Voetnoot over de bron van deze bevinding.",)),
        Paragraph("Wij roepen de minister van Justitie en Veiligheid op om:", bold=True),
        ItemList(items=(
            _rec("1", "etnisch profileren expliciet te verbieden;"),
            _rec("2", "alle controles te registreren, waarbij:",
                 children=(ListItem("de reden wordt vastgelegd;", children=(ListItem("ook bij verkeerscontroles"),)),
                           ListItem("de burger een bewijs krijgt."))),
            _rec("3", "klachten onafhankelijk te laten behandelen."),
        )),
        ItemList(style="a)", start=3, items=(ListItem("derde letterpunt"),)),
        Columns(blocks=(Paragraph(FILLER * 3),)),
        Heading("2. Verder", level=2),
        Paragraph(FILLER * 12),
    ),
)

TINY_RESPONSE = Document(
    title="Reactie", title_page=False, font_family="serif", running_header="Kamerstuk – reactie",
    blocks=(
        Paragraph("Dit beschrijft alleen bestaand beleid."),
        Paragraph("Registratie wordt landelijk ingevoerd. Het kabinet neemt deze aanbeveling over.",
                  answers=(Answer("2", "agree", "Het kabinet neemt deze aanbeveling over."),)),
        Paragraph("Een wettelijk verbod is al geregeld. Het kabinet ziet geen aanleiding voor een nieuwe bepaling. "
                  "Registratie vraagt wel om zorgvuldige invoering.",
                  answers=(Answer("1", "disagree", "Het kabinet ziet geen aanleiding voor een nieuwe bepaling."),
                           Answer("2", "partial", "Registratie vraagt wel om zorgvuldige invoering."))),
    ),
)

TINY_PAIR = Pair(name="tiny", report=TINY_REPORT, response=TINY_RESPONSE)


@pytest.fixture(scope="module")
def tiny_pdf(tmp_path_factory):
    path = tmp_path_factory.mktemp("docgen") / "report.pdf"
    rendered = render(TINY_REPORT, path)
    with pdfplumber.open(path) as pdf:
        pages = [page.extract_text() for page in pdf.pages]
    return rendered, pages


def test_rendered_text_has_heading_labels_footnote_and_header(tiny_pdf):
    rendered, pages = tiny_pdf
    text = "\n".join(pages)
    assert rendered.page_count == len(pages) >= 4
    assert "Proefrapport over controles" in pages[0]
    assert "1. Politie" in text
    for label in ("1. etnisch profileren", "2. alle controles", "a. de reden", "i. ook bij", "b. de burger",
                  "c) derde letterpunt", "• Registreer"):
        assert label in text, label
    assert "1 Voetnoot over de bron van deze bevinding." in text
    assert pages[1].splitlines()[0] == "Proefrapport – lopende kop"
    assert "Proefrapport – lopende kop" not in pages[0]
    assert pages[1].splitlines()[-1] == f"Pagina 2 van {len(pages)}"


def test_footnote_sits_on_the_page_of_its_marker(tiny_pdf):
    _, pages = tiny_pdf
    page = next(p for p in pages if "Voetnoot over de bron" in p)
    assert "gevolgd.1\n" in page


def test_long_words_are_hyphenated_but_compounds_stay_whole(tiny_pdf):
    _, pages = tiny_pdf
    line_ends = [line.split()[-1] for page in pages for line in page.splitlines() if line.strip()]
    split = [word for word in line_ends if word.endswith("-") and word[-2].isalpha()]
    assert split, "expected at least one hyphenated line end"
    assert all(word not in ("Awgb-", "anti-") for word in split)
    assert sum(page.count("Awgb-toets") for page in pages) == 19  # every printing, none split


def test_recommendation_pages_fold_duplicates_onto_first_printing(tiny_pdf):
    rendered, pages = tiny_pdf
    assert rendered.recommendation_pages["2"] == 2  # the summary repeat comes first
    assert rendered.recommendation_pages["1"] == 3
    assert "etnisch profileren expliciet" in pages[2]


def test_item_labels():
    assert [label_for("1.", 3), label_for("1)", 2), label_for("a.", 27), label_for("a)", 2), label_for("i.", 4)] \
        == ["3.", "2)", "aa.", "b)", "iv."]
    assert item_label("1.", 1, _rec("2.1", "x")) == "2.1"
    assert item_label("1.", 1, _rec("14", "x")) == "14."
    assert item_label("a.", 1, _rec("14", "x")) == "a."


def test_gold_positions_passages_and_not_addressed():
    gold = gold_for(TINY_PAIR)
    by_number = {r["number"]: r for r in gold["recommendations"]}
    assert list(by_number) == ["1", "2", "3"]  # the summary repeat is not listed separately
    assert by_number["2"]["page"] == 2
    assert by_number["2"]["text"] == ("alle controles te registreren, waarbij: a. de reden wordt vastgelegd; "
                                      "i. ook bij verkeerscontroles b. de burger een bewijs krijgt.")
    assert by_number["2"]["position"] == "agree"
    assert by_number["2"]["evidence"] == "Het kabinet neemt deze aanbeveling over."
    assert len(by_number["2"]["passages"]) == 2
    assert by_number["1"]["position"] == "disagree"
    assert by_number["1"]["passages"] == [TINY_RESPONSE.blocks[2].text]
    assert by_number["3"] == {**by_number["3"], "position": "not_addressed", "passages": [], "evidence": None}
    assert json.loads(json.dumps(gold)) == gold


def test_gold_rejects_evidence_that_is_not_in_the_paragraph():
    bad = Document(title="x", blocks=(Paragraph("Iets anders.", answers=(Answer("1", "agree", "Niet hier."),)),))
    with pytest.raises(ValueError, match="verbatim"):
        gold_for(Pair(name="bad", report=TINY_REPORT, response=bad))


def test_rendering_is_byte_identical():
    assert render_bytes(TINY_REPORT).pdf == render_bytes(TINY_REPORT).pdf
    assert render_bytes(TINY_RESPONSE).pdf == render_bytes(TINY_RESPONSE).pdf


def test_example_pair_gold_is_consistent():
    from docgen.pairs.amnesty_example import PAIR

    gold = gold_for(PAIR)
    positions = [r["position"] for r in gold["recommendations"]]
    assert 22 <= len(positions) <= 28
    assert {"agree", "partial", "disagree", "not_addressed"} <= set(positions)
    assert all(r["departments"] for r in gold["recommendations"])
