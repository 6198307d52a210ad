"""Write the small layout test PDFs for ``pipeline.extract`` into ``tests/data/layout/``.

Run as ``python -m docgen.layout_cases``.  Every line is placed by hand with fpdf2 so that line breaks, columns,
superscripts and page breaks are exactly what the case needs.  The ``<case>.expected.json`` next to each PDF holds the
blocks the extractor must return, written here by hand from what is drawn (never from the extractor's output):
kind, text, page, level, marker, and where it matters continues and column.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from fpdf import FPDF

OUT_DIR = Path(__file__).resolve().parent.parent / "tests" / "data" / "layout"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
CREATION_DATE = datetime(2024, 3, 21, 9, 0, 0, tzinfo=timezone.utc)

LEFT = 72.0
RIGHT = 523.0
BODY = 10.5
PITCH = 14.0  # line to line
PARA = 22.0  # baseline step from the last line of a paragraph to the next paragraph
NOTE = 8.0


@dataclass
class Sheet:
    """An fpdf2 document written line by line: ``y`` is always the baseline, in points from the top."""

    pdf: FPDF = field(default_factory=lambda: FPDF(unit="pt", format="A4"))
    page: int = 0

    def __post_init__(self):
        self.pdf.set_auto_page_break(False)
        self.pdf.set_creation_date(CREATION_DATE)
        self.pdf.add_font("DejaVu", "", str(FONT_DIR / "DejaVuSans.ttf"))
        self.pdf.add_font("DejaVu", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))

    def new_page(self):
        self.pdf.add_page()
        self.page += 1

    def text(self, x: float, y: float, s: str, size: float = BODY, bold: bool = False) -> float:
        """Draw ``s`` with its baseline at ``y``; return the x where it ends."""
        self.pdf.set_font("DejaVu", "B" if bold else "", size)
        self.pdf.text(x, y, s)
        return x + self.pdf.get_string_width(s)

    def sup(self, x: float, y: float, s: str, size: float = 6.5) -> float:
        """A superscript note marker right after x, raised above the baseline ``y``."""
        return self.text(x + 0.3, y - 3.8, s, size)

    def lines(self, x: float, y: float, rows: list[str], size: float = BODY, bold: bool = False,
              pitch: float = PITCH) -> float:
        """Draw consecutive lines; return the baseline of the last one."""
        for i, row in enumerate(rows):
            self.text(x, y + i * pitch, row, size, bold)
        return y + (len(rows) - 1) * pitch

    def item(self, x: float, y: float, label: str, rows: list[str], indent: float = 18.0,
             pitch: float = PITCH) -> float:
        """A list item: label at x, text with a hanging indent at x + indent."""
        self.text(x, y, label)
        return self.lines(x + indent, y, rows, pitch=pitch)

    def rule(self, x0: float, y: float, x1: float):
        self.pdf.set_line_width(0.5)
        self.pdf.line(x0, y, x1, y)

    def save(self, path: Path):
        self.pdf.output(str(path))


def B(kind, text, page, level=0, marker="", **extra):
    """One expected block."""
    return {"kind": kind, "text": text, "page": page, "level": level, "marker": marker, **extra}


# --------------------------------------------------------------------------------------------------------- cases
def two_columns(s: Sheet) -> dict:
    s.new_page()
    s.text(LEFT, 80, "Toezicht in twee kolommen", 16, bold=True)
    y = s.lines(LEFT, 112, [
        "Deze inleiding loopt over de volle breedte van de pagina, boven de twee kolommen",
        "die hieronder volgen, en moet dus als eerste worden gelezen.",
    ])
    lx, rx = LEFT, 308.0
    top = y + PARA + 8
    ly = s.lines(lx, top, [
        "De linkerkolom begint met een",
        "alinea over de politie. Agenten",
        "controleren soms op uiterlijk,",
        "zo blijkt uit het onderzoek.",
    ])
    ly = s.lines(lx, ly + PARA, [
        "Een tweede alinea in de linker",
        "kolom beschrijft de Douane, die",
        "bij Schiphol passagiers selecteert",
        "op basis van risicoprofielen en",
    ])
    ry = s.lines(rx, top, [
        "reisgegevens, zonder dat daarbij",
        "de etniciteit een rol mag spelen.",
    ])
    ry = s.lines(rx, ry + PARA, [
        "De rechterkolom sluit af met een",
        "derde alinea over de Marechaussee",
        "en haar mobiele toezicht.",
    ])
    s.lines(LEFT, max(ly, ry) + PARA + 8, [
        "Deze slotalinea staat weer over de volle breedte onder beide kolommen.",
    ])
    return {"blocks": [
        B("heading", "Toezicht in twee kolommen", 1, level=1),
        B("paragraph", "Deze inleiding loopt over de volle breedte van de pagina, boven de twee kolommen die "
                       "hieronder volgen, en moet dus als eerste worden gelezen.", 1, column=0),
        B("paragraph", "De linkerkolom begint met een alinea over de politie. Agenten controleren soms op uiterlijk, "
                       "zo blijkt uit het onderzoek.", 1, column=0),
        B("paragraph", "Een tweede alinea in de linker kolom beschrijft de Douane, die bij Schiphol passagiers "
                       "selecteert op basis van risicoprofielen en", 1, column=0, continues=False),
        B("paragraph", "reisgegevens, zonder dat daarbij de etniciteit een rol mag spelen.", 1, column=1,
          continues=True),
        B("paragraph", "De rechterkolom sluit af met een derde alinea over de Marechaussee en haar mobiele toezicht.",
          1, column=1, continues=False),
        B("paragraph", "Deze slotalinea staat weer over de volle breedte onder beide kolommen.", 1, column=0),
    ]}


def footnotes(s: Sheet) -> dict:
    s.new_page()
    s.text(LEFT, 80, "Voetnoten", 14, bold=True)
    y = 110
    x = s.text(LEFT, y, "Amnesty stelt dat de overheid zich schuldig maakt aan etnisch profileren")
    s.sup(x, y, "1")
    s.text(LEFT, y + PITCH, "bij controles op straat en aan de grens.")
    y = y + PITCH + PARA
    x = s.text(LEFT, y, "Ook risicomodellen van uitvoeringsorganisaties kunnen discrimineren.")
    s.sup(x, y, "2")
    s.text(LEFT, y + PITCH, "Het kabinet erkent dat dit risico bestaat.")
    s.rule(LEFT, 742, LEFT + 120)
    x = s.sup(LEFT, 760, "1", 6)
    s.text(x + 1.5, 760, "Amnesty International, Etnisch profileren is overheidsbreed probleem, 2024.", NOTE)
    x = s.sup(LEFT, 772, "2", 6)
    s.text(x + 1.5, 772, "Zie ook het rapport van de Nationale ombudsman over risicoselectie, dat in", NOTE)
    s.text(x + 1.5, 782, "2023 verscheen.", NOTE)
    s.new_page()
    y = 80
    x = s.text(LEFT, y, "Op de tweede pagina volgt nog een alinea met een derde noot")
    s.sup(x, y, "3")
    s.text(LEFT, y + PITCH, "en daarna gewoon verder lopende tekst.")
    s.rule(LEFT, 754, LEFT + 120)
    x = s.sup(LEFT, 772, "3", 6)
    s.text(x + 1.5, 772, "Kamerstuk 30 950, nr. 434.", NOTE)
    return {"blocks": [
        B("heading", "Voetnoten", 1, level=1),
        B("paragraph", "Amnesty stelt dat de overheid zich schuldig maakt aan etnisch profileren bij controles op "
                       "straat en aan de grens.", 1),
        B("paragraph", "Ook risicomodellen van uitvoeringsorganisaties kunnen discrimineren. Het kabinet erkent dat "
                       "dit risico bestaat.", 1),
        B("footnote", "Amnesty International, Etnisch profileren is overheidsbreed probleem, 2024.", 1, marker="1"),
        B("footnote", "Zie ook het rapport van de Nationale ombudsman over risicoselectie, dat in 2023 verscheen.", 1,
          marker="2"),
        B("paragraph", "Op de tweede pagina volgt nog een alinea met een derde noot en daarna gewoon verder lopende "
                       "tekst.", 2),
        B("footnote", "Kamerstuk 30 950, nr. 434.", 2, marker="3"),
    ]}


def _page_number(s: Sheet, n: int):
    s.text(290, 810, str(n), 9)


def page_break_item(s: Sheet) -> dict:
    s.new_page()
    s.text(LEFT, 80, "Aanbevelingen", 14, bold=True)
    y = s.lines(LEFT, 110, ["Amnesty roept het kabinet op om:"])
    y = s.item(LEFT, y + PARA, "1.", ["een verbod op etnisch profileren in de wet op te nemen;"])
    y = s.item(LEFT, y + PARA, "2.", ["de Awgb-toets toe te passen op alle risicomodellen die",
                                      "uitvoeringsorganisaties gebruiken;"])
    y = 700
    y = s.item(LEFT, y, "3.", ["een onafhankelijke toezichthouder aan te wijzen die de",
                               "werking van algoritmes controleert en de resultaten van"])
    _page_number(s, 1)
    s.new_page()
    y = s.lines(LEFT + 18, 80, ["die controles openbaar maakt;"])
    y = s.item(LEFT, y + PARA, "4.", ["slachtoffers van discriminatie actief te informeren."])
    y = s.lines(LEFT, y + PARA, ["Deze aanbevelingen worden hieronder per ministerie besproken."])
    _page_number(s, 2)
    return {"removed_lines": ["1", "2"], "blocks": [
        B("heading", "Aanbevelingen", 1, level=1),
        B("paragraph", "Amnesty roept het kabinet op om:", 1),
        B("list_item", "een verbod op etnisch profileren in de wet op te nemen;", 1, marker="1."),
        B("list_item", "de Awgb-toets toe te passen op alle risicomodellen die uitvoeringsorganisaties gebruiken;", 1,
          marker="2."),
        B("list_item", "een onafhankelijke toezichthouder aan te wijzen die de werking van algoritmes controleert en "
                       "de resultaten van", 1, marker="3.", continues=False),
        B("list_item", "die controles openbaar maakt;", 2, marker="", continues=True),
        B("list_item", "slachtoffers van discriminatie actief te informeren.", 2, marker="4.", continues=False),
        B("paragraph", "Deze aanbevelingen worden hieronder per ministerie besproken.", 2),
    ]}


def hyphenation(s: Sheet) -> dict:
    s.new_page()
    s.text(LEFT, 80, "Afbreken aan het regeleinde", 14, bold=True)
    y = s.lines(LEFT, 110, [
        "Het College voor de Rechten van de Mens ziet discrimi-",
        "natie bij controles. De Awgb-toets geldt ook voor KMar-",
        "medewerkers en voor Douane-ambtenaren. Het anti-",
        "discriminatiebeleid van de over-",
        "heid moet beter, vindt de overheid zelf ook. Ook de Awgb-",
        "toets is al genoemd. Gemeenten in Noord-",
        "Holland zijn verant\u00ad",
        "woordelijk voor eigen be-",
        "leid.",
    ])
    y = s.lines(LEFT, y + PARA, [
        "The report also looks at socio-",
        "economic rights and at COVID-",
        "19 measures.",
    ])
    return {"blocks": [
        B("heading", "Afbreken aan het regeleinde", 1, level=1),
        B("paragraph", "Het College voor de Rechten van de Mens ziet discriminatie bij controles. De Awgb-toets "
                       "geldt ook voor KMar-medewerkers en voor Douane-ambtenaren. Het anti-discriminatiebeleid van "
                       "de overheid moet beter, vindt de overheid zelf ook. Ook de Awgb-toets is al genoemd. "
                       "Gemeenten in Noord-Holland zijn verantwoordelijk voor eigen beleid.", 1),
        B("paragraph", "The report also looks at socio-economic rights and at COVID-19 measures.", 1),
    ]}


def nested_lists(s: Sheet) -> dict:
    s.new_page()
    s.text(LEFT, 80, "Geneste lijsten", 14, bold=True)
    y = s.lines(LEFT, 110, ["Het kabinet neemt de volgende maatregelen:"])
    y = s.item(LEFT, y + PARA, "1.", ["de politie krijgt een nieuw handelingskader;"])
    y = s.item(LEFT, y + PITCH + 3, "2.", ["de Belastingdienst herziet zijn risicomodellen, met",
                                           "aandacht voor:"])
    y = s.item(LEFT + 18, y + PITCH + 3, "a.", ["nationaliteit als selectiekenmerk;"])
    y = s.item(LEFT + 18, y + PITCH + 3, "b.", ["postcode en inkomen, waarbij:"])
    y = s.item(LEFT + 36, y + PITCH + 3, "i.", ["de Autoriteit Persoonsgegevens meekijkt;"])
    y = s.item(LEFT + 36, y + PITCH + 3, "ii.", ["een externe audit volgt;"])
    y = s.item(LEFT, y + PITCH + 3, "3.", ["DUO stopt met het oude algoritme voor de controle op de",
                                           "uitwonendenbeurs."])
    y = s.lines(LEFT, y + PARA, ["Daarnaast gelden deze afspraken:"])
    y = s.item(LEFT, y + PARA, "•", ["elk ministerie meldt incidenten;"], indent=12)
    y = s.item(LEFT + 12, y + PITCH + 3, "–", ["binnen een week;"], indent=12)
    y = s.item(LEFT + 12, y + PITCH + 3, "–", ["aan de coördinator;"], indent=12)
    y = s.item(LEFT, y + PITCH + 3, "•", ["de Tweede Kamer wordt jaarlijks geïnformeerd."], indent=12)
    y = s.lines(LEFT, y + PARA, ["Tot slot de aanbevelingen uit het rapport:"])
    y = s.item(LEFT, y + PARA, "98.13.", ["Reconsider the possibility of lifting reservations to the",
                                          "CRC (Russian Federation);"], indent=42)
    y = s.item(LEFT, y + PITCH + 3, "98.14.", ["Ratify the OP-ICESCR (Slovakia);"], indent=42)
    y = s.item(LEFT, y + PARA, "(1)", ["een eerste punt met haakjes;"], indent=22)
    y = s.item(LEFT, y + PITCH + 3, "(2)", ["een tweede punt met haakjes."], indent=22)
    y = s.lines(LEFT, y + PARA, ["Deze alinea staat weer los van de lijsten."])
    return {"blocks": [
        B("heading", "Geneste lijsten", 1, level=1),
        B("paragraph", "Het kabinet neemt de volgende maatregelen:", 1),
        B("list_item", "de politie krijgt een nieuw handelingskader;", 1, level=0, marker="1."),
        B("list_item", "de Belastingdienst herziet zijn risicomodellen, met aandacht voor:", 1, level=0, marker="2."),
        B("list_item", "nationaliteit als selectiekenmerk;", 1, level=1, marker="a."),
        B("list_item", "postcode en inkomen, waarbij:", 1, level=1, marker="b."),
        B("list_item", "de Autoriteit Persoonsgegevens meekijkt;", 1, level=2, marker="i."),
        B("list_item", "een externe audit volgt;", 1, level=2, marker="ii."),
        B("list_item", "DUO stopt met het oude algoritme voor de controle op de uitwonendenbeurs.", 1, level=0,
          marker="3."),
        B("paragraph", "Daarnaast gelden deze afspraken:", 1),
        B("list_item", "elk ministerie meldt incidenten;", 1, level=0, marker="•"),
        B("list_item", "binnen een week;", 1, level=1, marker="–"),
        B("list_item", "aan de coördinator;", 1, level=1, marker="–"),
        B("list_item", "de Tweede Kamer wordt jaarlijks geïnformeerd.", 1, level=0, marker="•"),
        B("paragraph", "Tot slot de aanbevelingen uit het rapport:", 1),
        B("list_item", "Reconsider the possibility of lifting reservations to the CRC (Russian Federation);", 1,
          level=0, marker="98.13."),
        B("list_item", "Ratify the OP-ICESCR (Slovakia);", 1, level=0, marker="98.14."),
        B("list_item", "een eerste punt met haakjes;", 1, level=0, marker="(1)"),
        B("list_item", "een tweede punt met haakjes.", 1, level=0, marker="(2)"),
        B("paragraph", "Deze alinea staat weer los van de lijsten.", 1),
    ]}


def running_headers(s: Sheet) -> dict:
    texts = [
        ["Het kabinet heeft het rapport van Amnesty International met belangstelling gelezen.",
         "In deze brief reageert het kabinet op de aanbevelingen uit het rapport en op de",
         "conclusie dat etnisch profileren een overheidsbreed probleem is."],
        ["De minister van Justitie en Veiligheid schrijft dat de politie sinds 2023 werkt met",
         "een handelingskader proactief controleren, dat in alle eenheden is ingevoerd en dat",
         "in 2025 wordt geëvalueerd door een onafhankelijke onderzoeker, waarna de resultaten"],
        ["aan de Tweede Kamer worden gestuurd."],
        ["De staatssecretaris van Financiën meldt dat de Belastingdienst geen nationaliteit",
         "meer gebruikt in risicomodellen."],
    ]
    for n in (1, 2, 3):
        s.new_page()
        if n > 1:
            s.text(LEFT, 40, "Kabinetsreactie op het Amnesty-rapport Etnisch profileren", 8)
        s.text(LEFT, 815, "Kamerstuk 30 950, nr. 434", 8)
        s.text(455, 815, f"Pagina {n} van 3", 8)
        if n == 1:
            s.text(LEFT, 80, "Kabinetsreactie", 16, bold=True)
            y = s.lines(LEFT, 112, texts[0])
            s.lines(LEFT, 740, texts[1])  # runs on at the top of page 2
        elif n == 2:
            y = s.lines(LEFT, 80, texts[2])
            s.lines(LEFT, y + PARA, texts[3])
        else:
            s.lines(LEFT, 80, ["Tot zover deze brief."])
    return {"removed_lines": ["Kamerstuk 30 950, nr. 434 Pagina 1 van 3",
                              "Kabinetsreactie op het Amnesty-rapport Etnisch profileren",
                              "Kamerstuk 30 950, nr. 434 Pagina 2 van 3",
                              "Kabinetsreactie op het Amnesty-rapport Etnisch profileren",
                              "Kamerstuk 30 950, nr. 434 Pagina 3 van 3"],
            "blocks": [
        B("heading", "Kabinetsreactie", 1, level=1),
        B("paragraph", " ".join(texts[0]), 1),
        B("paragraph", " ".join(texts[1]), 1, continues=False),
        B("paragraph", " ".join(texts[2]), 2, continues=True),
        B("paragraph", " ".join(texts[3]), 2, continues=False),
        B("paragraph", "Tot zover deze brief.", 3, continues=False),
    ]}


def ligatures_unicode(s: Sheet) -> dict:
    s.new_page()
    s.text(LEFT, 80, "Tekens en ligaturen", 14, bold=True)
    s.lines(LEFT, 110, [
        "De ﬁnanciële ﬂexibiliteit van het ministerie van Financién is beperkt.",
        "Artikel\u00a01 Grondwet verbiedt discriminatie; het kabinet spreekt van “ernstige",
        "signalen” en ‘zorgen’ – niet van een patroon… Het non\u2011discriminatiebeginsel",
        "geldt voor alle organisaties.",
    ])
    return {"blocks": [
        B("heading", "Tekens en ligaturen", 1, level=1),
        B("paragraph", "De financiële flexibiliteit van het ministerie van Financién is beperkt. Artikel 1 Grondwet "
                       "verbiedt discriminatie; het kabinet spreekt van “ernstige signalen” en ‘zorgen’ – niet van "
                       "een patroon... Het non-discriminatiebeginsel geldt voor alle organisaties.", 1),
    ]}


def headings_levels(s: Sheet) -> dict:
    s.new_page()
    s.text(LEFT, 80, "Etnisch profileren bij de overheid", 18, bold=True)
    s.text(LEFT, 118, "1. Inleiding", 14, bold=True)
    y = s.lines(LEFT, 142, ["Dit hoofdstuk beschrijft de aanleiding voor het onderzoek naar etnisch",
                            "profileren door overheidsdiensten."])
    s.text(LEFT, y + PARA + 4, "1.1 Achtergrond", 12, bold=True)
    y = s.lines(LEFT, y + PARA + 26, ["Sinds 2021 is er meer aandacht voor discriminerende algoritmes,",
                                      "onder meer door de toeslagenaffaire."])
    s.text(LEFT, y + PARA + 2, "Risicoselectie bij de Douane", bold=True)
    y = s.lines(LEFT, y + PARA + 20, ["De Douane controleert goederen en reizigers op basis van",
                                      "risicoprofielen."])
    y = s.item(LEFT, y + PARA, "2.", ["Dit is een genummerd punt in gewone tekst, dus geen kop."])
    y = s.lines(LEFT, y + PARA, ["Amnesty roept de minister van Financiën op om:"], bold=True)
    y = s.item(LEFT, y + PARA, "a)", ["de risicomodellen te laten toetsen."])
    s.new_page()
    s.text(LEFT, 80, "2. Politie", 14, bold=True)
    s.lines(LEFT, 104, ["Ook bij de politie speelt etnisch profileren een rol."])
    return {"blocks": [
        B("heading", "Etnisch profileren bij de overheid", 1, level=1, bold=True),
        B("heading", "1. Inleiding", 1, level=2, marker="1.", bold=True),
        B("paragraph", "Dit hoofdstuk beschrijft de aanleiding voor het onderzoek naar etnisch profileren door "
                       "overheidsdiensten.", 1),
        B("heading", "1.1 Achtergrond", 1, level=3, marker="1.1", bold=True),
        B("paragraph", "Sinds 2021 is er meer aandacht voor discriminerende algoritmes, onder meer door de "
                       "toeslagenaffaire.", 1),
        B("heading", "Risicoselectie bij de Douane", 1, level=4, bold=True),
        B("paragraph", "De Douane controleert goederen en reizigers op basis van risicoprofielen.", 1),
        B("list_item", "Dit is een genummerd punt in gewone tekst, dus geen kop.", 1, marker="2."),
        B("paragraph", "Amnesty roept de minister van Financiën op om:", 1, bold=True),
        B("list_item", "de risicomodellen te laten toetsen.", 1, marker="a)"),
        B("heading", "2. Politie", 2, level=2, marker="2.", bold=True),
        B("paragraph", "Ook bij de politie speelt etnisch profileren een rol.", 2),
    ]}


def letter_sidebar(s: Sheet) -> dict:
    s.new_page()
    s.text(LEFT, 80, "Ministerie van Binnenlandse Zaken", 13, bold=True)
    side = 430.0
    for i, (label, value) in enumerate([("Directie Constitutionele", "Zaken en Wetgeving"),
                                        ("Datum", "3 februari 2025"), ("Kenmerk", "2025-0000071234")]):
        y = 128 + i * 30
        s.text(side, y, label, 8, bold=i > 0)
        s.text(side, y + 10, value, 8)
    y = s.lines(LEFT, 124, ["Geachte voorzitter,"])
    y = s.lines(LEFT, y + PARA, [
        "Hierbij ontvangt u de kabinetsreactie op het rapport",
        "van Amnesty International over etnisch profileren.",
    ])
    y = s.lines(LEFT, y + PARA, [
        "Het kabinet deelt de zorg dat burgers ongelijk worden",
        "behandeld bij controles door de overheid en neemt",
        "een aantal aanbevelingen over.",
    ])
    y = s.lines(LEFT, y + PARA, [
        "In deze brief gaat het kabinet per organisatie in op",
        "de aanbevelingen en op de maatregelen die al lopen.",
    ])
    return {"blocks": [
        B("heading", "Ministerie van Binnenlandse Zaken", 1, level=1),
        B("paragraph", "Geachte voorzitter,", 1),
        B("paragraph", "Hierbij ontvangt u de kabinetsreactie op het rapport van Amnesty International over etnisch "
                       "profileren.", 1),
        B("paragraph", "Het kabinet deelt de zorg dat burgers ongelijk worden behandeld bij controles door de "
                       "overheid en neemt een aantal aanbevelingen over.", 1),
        B("paragraph", "In deze brief gaat het kabinet per organisatie in op de aanbevelingen en op de maatregelen "
                       "die al lopen.", 1),
        B("paragraph", "Directie Constitutionele Zaken en Wetgeving", 1, column=1),
        B("paragraph", "Datum 3 februari 2025", 1, column=1),
        B("paragraph", "Kenmerk 2025-0000071234", 1, column=1),
    ]}


def column_bands(s: Sheet) -> dict:
    """Two bands of columns on one page, split by a full-width heading that happens to have a word space where the
    gutter runs: the heading is one line, and each band is read left column first."""
    s.new_page()
    first, second = "3 Begrijpelijke taal en het", "bereik van kwetsbare groepen"
    s.pdf.set_font("DejaVu", "B", 15)
    space = s.pdf.get_string_width(" ")
    gutter = LEFT + s.pdf.get_string_width(first) + space / 2  # the middle of the heading's word space
    lx, rx = LEFT, gutter + 9
    ly = s.lines(lx, 90, ["Fondsen wijzen erop dat", "de bedragen pas na de", "overgang vaststaan."])
    ly = s.lines(lx, ly + PARA, ["Deelnemers in ons panel", "willen de gevolgen", "liever vooraf kennen,"])
    ry = s.lines(rx, 90, ["ook als het bedrag dan nog", "niet definitief is."])
    ry = s.lines(rx, ry + PARA, ["Voor een goed begrip van de", "planning is daarnaast", "openheid nodig."])
    y = max(ly, ry) + PARA + 12
    end = s.text(LEFT, y, first, 15, bold=True)
    s.text(end + space, y, second, 15, bold=True)
    top = y + PARA + 10
    s.lines(lx, top, ["De kernvraag is of", "deelnemers begrijpen wat", "de overgang betekent."])
    s.lines(rx, top, ["Het antwoord is dat een derde", "het in eigen woorden kan", "uitleggen."])
    return {"blocks": [
        B("paragraph", "Fondsen wijzen erop dat de bedragen pas na de overgang vaststaan.", 1, column=0),
        B("paragraph", "Deelnemers in ons panel willen de gevolgen liever vooraf kennen,", 1, column=0),
        B("paragraph", "ook als het bedrag dan nog niet definitief is.", 1, column=1, continues=True),
        B("paragraph", "Voor een goed begrip van de planning is daarnaast openheid nodig.", 1, column=1),
        B("heading", "3 Begrijpelijke taal en het bereik van kwetsbare groepen", 1, level=1, marker="3"),
        B("paragraph", "De kernvraag is of deelnemers begrijpen wat de overgang betekent.", 1, column=0),
        B("paragraph", "Het antwoord is dat een derde het in eigen woorden kan uitleggen.", 1, column=1),
    ]}


CASES = {f.__name__: f for f in (two_columns, footnotes, page_break_item, hyphenation, nested_lists,
                                  running_headers, ligatures_unicode, headings_levels, letter_sidebar,
                                  column_bands)}


# ----------------------------------------------------------------------------------------------- bad input files
def bad_inputs(out: Path) -> dict[str, str]:
    """Files extract() must refuse, with the InputError subclass each must raise."""
    s = Sheet()
    s.new_page()
    s.text(LEFT, 80, "Vertrouwelijk: dit bestand is versleuteld.")
    s.pdf.set_encryption(owner_password="eigenaar", user_password="geheim")
    s.save(out / "encrypted.pdf")

    s = Sheet()
    s.new_page()
    s.pdf.set_fill_color(200, 200, 200)
    for i in range(12):  # grey bars and boxes where a scan would have its text, but no text objects
        s.pdf.rect(LEFT, 80 + i * 18, 300 + (i % 3) * 40, 9, style="F")
    s.pdf.ellipse(400, 400, 80, 50, style="D")
    s.save(out / "scanned.pdf")

    s = Sheet()
    s.new_page()
    s.lines(LEFT, 80, ["Deze tekst staat er wel, maar het lettertype zegt niet welke letters het zijn."] * 6)
    whole = bytes(s.pdf.output())  # blank out the font's /ToUnicode map, keeping every byte offset valid
    (out / "unmapped_font.pdf").write_bytes(re.sub(rb"/ToUnicode \d+ 0 R", lambda m: b" " * len(m.group(0)), whole))

    (out / "not_a_pdf.pdf").write_text("Dit is geen PDF maar platte tekst met een .pdf-extensie.\n", encoding="utf-8")
    (out / "empty.pdf").write_bytes(b"")
    whole = (out / "two_columns.pdf").read_bytes()
    (out / "truncated.pdf").write_bytes(whole[: len(whole) // 2])
    return {"encrypted": "EncryptedPdfError", "scanned": "NoTextLayerError", "unmapped_font": "NoTextLayerError",
            "not_a_pdf": "NotPdfError",
            "empty": "EmptyFileError", "truncated": "CorruptPdfError"}


def write_all(out: Path = OUT_DIR) -> list[Path]:
    """Write every case PDF with its expected JSON; return the paths written."""
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for name, case in CASES.items():
        sheet = Sheet()
        expected = {"case": name, "source": "docgen/layout_cases.py", **case(sheet)}
        sheet.save(out / f"{name}.pdf")
        (out / f"{name}.expected.json").write_text(json.dumps(expected, ensure_ascii=False, indent=1) + "\n",
                                                   encoding="utf-8")
        written += [out / f"{name}.pdf", out / f"{name}.expected.json"]
    for name, error in bad_inputs(out).items():
        (out / f"{name}.expected.json").write_text(json.dumps({"case": name, "error": error}) + "\n",
                                                   encoding="utf-8")
        written += [out / f"{name}.pdf", out / f"{name}.expected.json"]
    return written


if __name__ == "__main__":
    for path in write_all():
        print(path.relative_to(OUT_DIR.parent.parent.parent))


def long_document(path: Path, pages: int = 100) -> Path:
    """A dense text PDF of ``pages`` pages (headers, footers, headings, paragraphs, lists) for timing extract()."""
    words = ("het kabinet neemt de aanbeveling over en vraagt de politie om bij elke controle de reden vast te "
             "leggen zodat toezicht op selectie door uitvoeringsorganisaties mogelijk wordt").split()
    s = Sheet()
    k = 0
    for n in range(1, pages + 1):
        s.new_page()
        s.text(LEFT, 40, "Kabinetsreactie op het rapport Etnisch profileren", 8)
        s.text(290, 815, str(n), 9)
        y = 80.0
        s.text(LEFT, y, f"{n}. Hoofdstuk over onderwerp {n}", 12, bold=True)
        y += 24
        while y < 770:
            for row in range(5):
                line = []
                while len(" ".join(line)) < 80:
                    line.append(words[k % len(words)])
                    k += 1
                if row == 0 and n % 2:
                    s.item(LEFT, y, f"{k % 9 + 1}.", [" ".join(line)[:70]])
                else:
                    s.text(LEFT, y, " ".join(line))
                y += PITCH
            y += PARA - PITCH
    s.save(path)
    return path
