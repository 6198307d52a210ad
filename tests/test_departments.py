"""Addressee mentions to department codes: the packaged table, longest match, user tables, the real memo."""
from __future__ import annotations

import dataclasses
import time
from pathlib import Path

import pytest

from pipeline.departments import (
    DEPARTMENT_CODES,
    DepartmentMention,
    find_departments,
    load_department_table,
    resolve_departments,
)

MEMO = Path(__file__).resolve().parents[2] / "shared" / "data" / "beslisnota-kabinetsreactie-amnesty.txt"


@pytest.fixture(scope="module")
def memo() -> str:
    if not MEMO.exists():
        pytest.skip(f"shared memo not found at {MEMO}")
    return MEMO.read_text(encoding="utf-8")


def _paragraph(text: str, first_words: str) -> str:
    start = text.index(first_words)
    end = text.find("\n\n", start)
    return text[start : end if end != -1 else None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("de politie", ("JenV",)),
        ("de Nationale Politie", ("JenV",)),
        ("de Koninklijke Marechaussee", ("Defensie",)),
        ("de KMar", ("Defensie",)),
        ("de marechaussee", ("Defensie",)),
        ("de Douane", ("FIN",)),
        ("de Belastingdienst", ("FIN",)),
        ("Toeslagen", ("FIN",)),
        ("Belastingdienst/Toeslagen", ("FIN",)),
        ("het UWV", ("SZW",)),
        ("DUO", ("OCW",)),
        ("de IND", ("AenM",)),
        ("het COA", ("AenM",)),
        ("het College voor de Rechten van de Mens", ("BZK",)),
        ("de Autoriteit Persoonsgegevens", ("JenV",)),
        ("de gemeenten", ("GEMEENTEN",)),
        ("colleges van B&W", ("GEMEENTEN",)),
        ("het kabinet", ("KABINET",)),
        ("de overheid", ("KABINET",)),
        ("de minister-president", ("KABINET",)),
        ("de bewindspersonen", ("KABINET",)),
        ("het OM", ("JenV",)),
        ("de IGJ", ("VWS",)),
        ("Rijkswaterstaat", ("IenW",)),
        ("de NVWA", ("LNV",)),
        ("RVO", ("EZ",)),
        ("het ministerie van KGG", ("EZ",)),
        ("de minister van EZK", ("EZ",)),
        ("de provincies en waterschappen", ("OTHER",)),
        ("de Tweede Kamer", ("OTHER",)),
        ("minister van JenV", ("JenV",)),
        ("de minister van J&V", ("JenV",)),
        ("de minister voor Armoedebeleid", ("SZW",)),
        ("de minister voor Rechtsbescherming", ("JenV",)),
        ("de minister voor Langdurige zorg", ("VWS",)),
        ("de minister van Asiel en Migratie", ("AenM",)),
        ("staatssecretaris Fiscaliteit en Belastingdienst", ("FIN",)),
        ("de staatssecretaris van Koninkrijksrelaties en Digitalisering", ("KR&D",)),
        ("the Ministry of Justice", ("JenV",)),
        ("the police", ("JenV",)),
        ("the Government", ("KABINET",)),
        ("The Netherlands should", ("KABINET",)),
    ],
)
def test_aliases_resolve_to_their_department(text, expected):
    assert resolve_departments(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "om te voorkomen dat het duo ind zegt",  # OM, DUO, IND only in capitals
        "goed onderwijs en volksgezondheid",  # portfolio names only count after a title
        "politieke partijen en de politiek",  # word boundaries: "politie" is not in "politiek"
        "een overheidsbreed probleem en de kabinetsreactie",
        "noted its position as premier donor State",  # "de premier" is the prime minister, bare "premier" is not
    ],
)
def test_common_words_are_not_departments(text):
    assert find_departments(text) == ()


def test_longest_match_is_one_mention():
    text = "Amnesty roept de minister van Justitie en Veiligheid op"
    (mention,) = find_departments(text)
    assert mention == DepartmentMention("JenV", "de minister van Justitie en Veiligheid", 14, 52, "ministry")
    assert text[mention.start : mention.end] == mention.text


def test_longer_alias_starting_later_wins():
    assert [(m.department, m.text) for m in find_departments("het Kabinet van de Koning")] == [
        ("OTHER", "Kabinet van de Koning")
    ]


def test_parliamentary_committee_is_not_the_ministry():
    assert resolve_departments("de vaste commissie voor Binnenlandse Zaken") == ("OTHER",)


def test_several_ministers_in_one_sentence():
    mentions = find_departments("De minister van SZW en de staatssecretaris van Financiën nemen de aanbeveling over.")
    assert [(m.department, m.text) for m in mentions] == [
        ("SZW", "De minister van SZW"),
        ("FIN", "de staatssecretaris van Financiën"),
    ]


def test_codes_in_order_of_first_mention():
    text = "De gemeenten en de politie, en daarna opnieuw de gemeenten, het UWV en het kabinet."
    assert resolve_departments(text) == ("GEMEENTEN", "JenV", "SZW", "KABINET")


def test_line_breaks_dashes_commas_and_extraction_artefacts():
    assert [m.text for m in find_departments("de staatssecretaris van Financién –\nHerstel en Toeslagen")] == [
        "de staatssecretaris van Financién –\nHerstel en Toeslagen"
    ]
    assert resolve_departments("het ministerie van Financien") == ("FIN",)
    assert [m.text for m in find_departments("de minister van Onderwijs,\nCultuur en Wetenschap")] == [
        "de minister van Onderwijs,\nCultuur en Wetenschap"
    ]


def test_mentions_are_frozen():
    (mention,) = find_departments("de politie")
    with pytest.raises(dataclasses.FrozenInstanceError):
        mention.department = "BZK"


def test_packaged_table_is_valid():
    table = load_department_table()
    assert table is load_department_table()  # parsed once
    assert {row.department for row in table if row.kind != "ignore"} == set(DEPARTMENT_CODES)
    patterns = [" ".join(row.pattern.lower().split()) for row in table]
    assert len(patterns) == len(set(patterns)), "duplicate patterns in departments.csv"


def test_user_table_extends_and_overrides(tmp_path):
    mine = tmp_path / "mine.csv"
    mine.write_text(
        "pattern,department,kind,note\n"
        "Staatscommissie tegen Discriminatie en Racisme,BZK,agency,installed by BZK\n"
        "CZW,bzk,agency,a BZK directorate\n",
        encoding="utf-8",
    )
    text = "CZW en de Staatscommissie tegen Discriminatie en Racisme spreken met de politie."
    assert resolve_departments(text) == ("OTHER", "JenV")
    assert resolve_departments(text, mine) == ("BZK",)  # only the user's rows
    combined = load_department_table() + load_department_table(mine)
    assert resolve_departments(text, combined) == ("BZK", "JenV")


def test_ignore_rows_hide_what_they_contain(tmp_path):
    mine = tmp_path / "mine.csv"
    mine.write_text("pattern,department,kind,note\nde politie,JenV,agency,\nAcademie de politie,,ignore,\n")
    assert resolve_departments("de Academie de politie en de politie", mine) == ("JenV",)
    assert len(find_departments("Academie de politie", mine)) == 0


def test_invalid_table_says_what_is_wrong(tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text("pattern,department,kind,note\npolitie,Justitie,agency,\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"row 2 .*unknown department 'Justitie'"):
        load_department_table(bad)
    with pytest.raises(FileNotFoundError, match="not found"):
        load_department_table(tmp_path / "missing.csv")


def test_memo_co_signing_ministers(memo):
    """The ministers on whose behalf the response letter is sent, as the memo lists them."""
    line = _paragraph(memo, "De kabinetsreactie is opgesteld mede namens")
    mentions = find_departments(line[: line.index("Vanwege")])
    assert tuple(m.department for m in mentions) == (
        "JenV", "Defensie", "BZ", "OCW", "SZW", "AenM", "KR&D", "FIN", "FIN"
    )
    assert set(resolve_departments(line[: line.index("Vanwege")])) == {
        "JenV", "Defensie", "BZ", "OCW", "SZW", "AenM", "KR&D", "FIN"
    }
    financien = next(m for m in mentions if "Financién" in m.text)
    assert financien.department == "FIN"
    assert " ".join(financien.text.split()) == "de staatssecretarissen van Financién - Fiscaliteit en Belastingdienst"


def test_memo_agencies_in_the_report(memo):
    paragraph = _paragraph(memo, "Het rapport van Amnesty ziet op")
    assert resolve_departments(paragraph[: paragraph.index("Het rapport ziet dus")]) == (
        "JenV", "FIN", "Defensie", "SZW", "OCW", "KABINET", "BZ"
    )  # "de werkvloer van het Rijk" is the government as a whole


def test_memo_officials_who_agreed(memo):
    line = _paragraph(memo, "De brief wordt gelijktijdig voorgelegd")
    assert resolve_departments(line) == ("KABINET", "SZW", "OCW", "JenV", "FIN")  # "bewindspersonen" first; VZ unknown


def test_hundred_pages_in_well_under_a_second(memo):
    text = memo * 40  # ~365k characters, about 100 pages of dense policy prose
    find_departments(memo)  # table loaded and indexed
    started = time.perf_counter()
    codes = resolve_departments(text)
    assert time.perf_counter() - started < 1.0  # measured ~0.1 s; generous for loaded CI machines
    assert set(codes) >= {"BZK", "JenV", "FIN", "GEMEENTEN"}


def test_a_law_belongs_to_the_ministry_that_owns_it():
    assert resolve_departments("Verklaar de Algemene wet gelijke behandeling van toepassing.") == ("BZK",)
    assert resolve_departments("Leg het verbod vast in de Politiewet 2012.") == ("JenV",)
