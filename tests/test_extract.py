"""pipeline.extract on the generated layout cases (exact expectations), bad input files, fuzzed bytes and one real
report PDF."""
from __future__ import annotations

import json
import re
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import pipeline.errors as errors
from pipeline.errors import InputError
from pipeline.extract import extract
from pipeline.types import BlockKind, ExtractedDocument

ROOT = Path(__file__).resolve().parents[1]
LAYOUT = ROOT / "tests" / "data" / "layout"
REAL = ROOT.parent / "shared" / "data" / "real" / "un-upr-netherlands-2012-working-group-report.pdf"
CASES = sorted(p.name[: -len(".expected.json")] for p in LAYOUT.glob("*.expected.json")
               if "blocks" in json.loads(p.read_text(encoding="utf-8")))
BAD = sorted(p.name[: -len(".expected.json")] for p in LAYOUT.glob("*.expected.json")
             if "error" in json.loads(p.read_text(encoding="utf-8")))


def expected(case: str) -> dict:
    return json.loads((LAYOUT / f"{case}.expected.json").read_text(encoding="utf-8"))


def as_rows(doc: ExtractedDocument, keys: list[str]) -> list[dict]:
    rows = []
    for b in doc.blocks:
        row = {"kind": b.kind.value, "text": b.text, "page": b.page, "level": b.level, "marker": b.marker}
        row.update({k: getattr(b, k) for k in keys})
        rows.append(row)
    return rows


def test_corpus_is_complete():
    assert set(CASES) >= {"two_columns", "footnotes", "page_break_item", "hyphenation", "nested_lists",
                          "running_headers", "ligatures_unicode", "headings_levels"}
    assert set(BAD) >= {"encrypted", "scanned", "not_a_pdf", "empty", "truncated"}


@pytest.mark.parametrize("case", CASES)
def test_layout_case(case):
    want = expected(case)
    doc = extract(LAYOUT / f"{case}.pdf")
    extra = sorted({k for b in want["blocks"] for k in b} - {"kind", "text", "page", "level", "marker"})
    got = as_rows(doc, extra)
    defaults = {"continues": False, "column": 0, "bold": False}
    want_rows = [{**{k: defaults[k] for k in extra}, **b} for b in want["blocks"]]
    assert got == want_rows
    if "removed_lines" in want:
        assert list(doc.removed_lines) == want["removed_lines"]


@pytest.mark.parametrize("case", CASES)
def test_blocks_carry_provenance(case):
    doc = extract(LAYOUT / f"{case}.pdf")
    assert doc.page_count >= 1 and len(doc.sha256) == 64
    for b in doc.blocks:
        x0, top, x1, bottom = b.bbox
        assert 0 <= x0 < x1 <= 600 and 0 <= top < bottom <= 850
        assert 1 <= b.page <= doc.page_count
        assert b.font_size > 0
        assert b.text == b.text.strip() and "  " not in b.text and "\u00ad" not in b.text


def test_two_columns_keep_their_column():
    doc = extract(LAYOUT / "two_columns.pdf")
    right = [b for b in doc.blocks if b.column == 1]
    assert right and all(b.bbox[0] > 290 for b in right)


def test_superscript_markers_leave_the_body():
    doc = extract(LAYOUT / "footnotes.pdf")
    assert all(not re.search(r"profileren\d|discrimineren\.\d", b.text) for b in doc.body)
    assert [b.marker for b in doc.footnotes] == ["1", "2", "3"]
    assert all(b.font_size < 10 for b in doc.footnotes)


@pytest.mark.parametrize("case", BAD)
def test_bad_input_raises_named_error(case):
    error_class = getattr(errors, expected(case)["error"])
    with pytest.raises(error_class) as info:
        extract(LAYOUT / f"{case}.pdf")
    assert isinstance(info.value, InputError)
    assert f"{case}.pdf" in str(info.value)


def test_error_messages_say_what_to_do():
    with pytest.raises(errors.EncryptedPdfError, match="qpdf --decrypt"):
        extract(LAYOUT / "encrypted.pdf")
    with pytest.raises(errors.NoTextLayerError, match="ocrmypdf"):
        extract(LAYOUT / "scanned.pdf")
    with pytest.raises(errors.FileMissingError, match="not found"):
        extract(LAYOUT / "does_not_exist.pdf")
    with pytest.raises(errors.TooManyPagesError, match="max-pages|max_pages"):
        extract(LAYOUT / "running_headers.pdf", max_pages=2)
    assert extract(LAYOUT / "running_headers.pdf", max_pages=3).page_count == 3


def test_directory_is_not_a_file(tmp_path):
    with pytest.raises(errors.NotAFileError):
        extract(tmp_path)


SEED_PDF = (LAYOUT / "page_break_item.pdf").read_bytes()


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    cut=st.one_of(st.none(), st.integers(min_value=0, max_value=len(SEED_PDF))),
    flips=st.lists(st.tuples(st.integers(min_value=0, max_value=len(SEED_PDF) - 1), st.integers(0, 255)),
                   max_size=8),
    reseal=st.booleans(),
)
def test_fuzzed_bytes_raise_only_input_error(tmp_path_factory, cut, flips, reseal):
    data = bytearray(SEED_PDF)
    for at, value in flips:
        data[at] = value
    if cut is not None:
        data = data[:cut]
        if reseal:  # a cut file that still ends like a PDF gets past the cheap checks and into pdfminer
            data += b"\n%%EOF\n"
    path = tmp_path_factory.mktemp("fuzz") / "fuzzed.pdf"
    path.write_bytes(bytes(data))
    try:
        doc = extract(path)
    except InputError:
        return
    assert isinstance(doc, ExtractedDocument)


# ---------------------------------------------------------------------------------------- real report (UN UPR)
@pytest.fixture(scope="module")
def un_report():
    if not REAL.exists():
        pytest.skip(f"real report not found at {REAL} (it lives in ../shared beside the project)")
    return extract(REAL)


def test_real_report_running_header_and_page_numbers_removed(un_report):
    assert un_report.page_count == 23
    assert un_report.removed_lines.count("A/HRC/21/15") >= 20
    assert all(not b.text.startswith("A/HRC/21/15") for b in un_report.blocks if b.page > 1)
    assert {str(n) for n in range(2, 24)} <= set(un_report.removed_lines)


def test_real_report_recommendations_are_list_items(un_report):
    items = {b.marker: b for b in un_report.blocks if b.kind is BlockKind.LIST_ITEM and b.marker.startswith("98.")}
    numbers = sorted(int(m.split(".")[1]) for m in items if re.fullmatch(r"98\.\d+\.", m))
    assert numbers == list(range(1, 120))
    assert items["98.13."].text == "Reconsider the possibility of lifting reservations to the CRC (Russian Federation);"
    assert items["98.13."].page == 15
    assert items["98.35."].text.startswith("Strengthen its policies and measures for guaranteeing all socio-economic")
    assert items["98.119."].text.endswith("at the international level (Pakistan).")
    assert all(b.level == 1 for m, b in items.items() if m != "98.")


def test_real_report_item_across_page_break_continues(un_report):
    blocks = list(un_report.body)
    i = next(i for i, b in enumerate(blocks) if b.marker == "98.61.")
    assert blocks[i].page == 17 and blocks[i].text.endswith("intolerance in society, in")
    nxt = blocks[i + 1]
    assert nxt.page == 18 and nxt.continues and nxt.kind is BlockKind.LIST_ITEM and nxt.marker == ""
    assert nxt.text.startswith("particular during the national and local electoral campaigns")
    assert sum(b.continues for b in blocks) >= 3


def test_real_report_footnotes_separated(un_report):
    notes = un_report.footnotes
    assert [(b.page, b.marker) for b in notes] == [(1, "*"), (14, "**")]
    assert notes[1].text == "Conclusions and recommendations have not been edited."
    assert all("have not been edited" not in b.text for b in un_report.body)


def test_real_report_headings(un_report):
    headings = [b.text for b in un_report.blocks if b.kind is BlockKind.HEADING]
    assert "II. Conclusions and/or recommendations" in headings
    assert "A. Presentation by the State under review" in headings


def test_long_pdf_speed(tmp_path):
    """100 dense pages (~3,900 characters each): the budget is ~20 s on two cores; pdfminer's parsing dominates."""
    from docgen.layout_cases import long_document

    path = long_document(tmp_path / "long.pdf", pages=100)
    start = time.perf_counter()
    doc = extract(path)
    seconds = time.perf_counter() - start
    assert doc.page_count == 100
    assert doc.removed_lines.count("Kabinetsreactie op het rapport Etnisch profileren") == 100
    assert sum(b.kind is BlockKind.HEADING for b in doc.blocks) == 100
    assert seconds < 30, f"{seconds:.1f} s for 100 pages"


@pytest.mark.parametrize(
    "line, marker",
    [
        ("A1. De minister moet de verhuur van slecht geïsoleerde woningen verbieden.", "A1."),
        ("B12) Gemeenten zouden huurders actief informeren.", "B12)"),
        ("A2 bij Utrecht is vaak vol.", ""),  # a road, not a label: no dot
        ("1a. De minister van OCW stelt een depotfonds in.", "1a."),
        ("3.2 Zorg voor een klachtenregeling.", "3.2"),
    ],
)
def test_list_labels_include_per_theme_codes(line, marker):
    from pipeline.extract import _marker

    assert _marker(line, False)[0] == marker


def test_an_unknown_label_is_read_only_when_its_scheme_counts_on():
    from pipeline.extract import _sequence_labels, _Line, _Word

    def line(text, top, x0=72.0):
        word = _Word(text=text, x0=x0, x1=x0 + 100, top=top, bottom=top + 10, size=10.5, bold=False)
        return _Line(page=1, words=[word],
                     x0=x0, top=top, size=10.5, text=text)

    lines = [line("Aanbeveling 1. Zorg voor een register.", 100), line("A. Jansen schreef het voorwoord.", 120),
             line("Aanbeveling 2. Toets elk model.", 140), line("Aanbeveling 4. Dit nummer volgt niet op.", 300, 150)]
    assert _sequence_labels(lines) == {0: "Aanbeveling 1.", 2: "Aanbeveling 2."}


def test_columns_run_on_past_a_larger_heading_in_the_left_column(tmp_path):
    """Two columns whose lines stop sharing baselines after a larger heading in the left column: the right column
    still reads as one column, not as full-width lines that interleave both."""
    fpdf = pytest.importorskip("fpdf")
    pdf = fpdf.FPDF(unit="pt", format="A4")
    pdf.add_page()
    pdf.set_font("Helvetica", size=10)
    for row in range(30):  # the right column, on one pitch from top to bottom
        pdf.text(310, 100 + 14 * row, f"rechts {row} loopt door in de tweede kolom")
    for row in range(18):  # the left column, on the same baselines at first
        pdf.text(60, 100 + 14 * row, f"links {row} staat in de eerste kolom hier")
    pdf.set_font("Helvetica", "B", 13)
    pdf.text(60, 100 + 14 * 18 + 6, "Goedkope maatregelen")
    pdf.set_font("Helvetica", size=10)
    for row in range(10):  # below the heading, half a line off the right column's baselines
        pdf.text(60, 100 + 14 * 19 + 7 + 14 * row, f"onder {row} de kop in de eerste kolom")
    path = tmp_path / "columns.pdf"
    pdf.output(str(path))
    blocks = extract(path).blocks
    right = " ".join(b.text for b in blocks if b.column == 1)
    left = " ".join(b.text for b in blocks if b.column == 0)
    assert all(f"rechts {row} loopt" in right for row in range(30))
    assert "links" not in right and "onder" not in right and "rechts" not in left
