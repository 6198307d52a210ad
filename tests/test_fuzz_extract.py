"""Fuzzing extract() with structure-aware mutations of real PDFs: whatever the bytes, the result is an
ExtractedDocument or one of the InputError family naming the file, never another exception and never a hang.

tests/test_extract.py already flips random bytes in one seed; this adds several seeds (multi-page, columns,
encrypted) and mutations that reach deeper into pdfminer: cuts at object boundaries resealed with %%EOF, damaged
xref tables and trailers, edited object numbers and lengths, garbled or duplicated stream data, spliced files.
"""
from __future__ import annotations

import re
import time
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import pipeline.errors as errors
from pipeline.extract import extract
from pipeline.types import ExtractedDocument

LAYOUT = Path(__file__).resolve().parents[1] / "tests" / "data" / "layout"
SEEDS = {name: (LAYOUT / f"{name}.pdf").read_bytes()
         for name in ("running_headers", "two_columns", "footnotes", "encrypted", "scanned")}
DEFINED_ERRORS = tuple(value for value in vars(errors).values()
                       if isinstance(value, type) and issubclass(value, errors.InputError))
HEADER = 16  # mutations leave the "%PDF-1.x" line alone: a damaged header is the cheap check's job, tested elsewhere
SECONDS_PER_FILE = 30  # far above the ~0.1 s a small PDF takes: only a loop or a blow-up gets near it

_OBJ = re.compile(rb"\d+ 0 obj")
_TOKENS = [b"xref", b"trailer", b"startxref", b"endobj", b"stream", b"endstream", b"/Length", b"/Root", b"/Pages",
           b"/Kids", b"/Count", b"/Contents", b"/Font", b"/Filter", b"/FlateDecode", b"/Encrypt", b"<<", b">>", b"R"]


def _positions(data: bytes, pattern: re.Pattern) -> list[int]:
    return [m.start() for m in pattern.finditer(data)] or [0]


@st.composite
def mutated_pdf(draw) -> bytes:
    data = bytearray(SEEDS[draw(st.sampled_from(sorted(SEEDS)))])
    for _ in range(draw(st.integers(1, 4))):
        if len(data) <= HEADER + 1:  # cut down to (almost) nothing: the cheap checks' case
            break
        kind = draw(st.sampled_from(["cut_at_object", "flip", "token", "number", "garble_span", "duplicate",
                                     "splice", "drop_xref"]))
        if kind == "cut_at_object":  # a download that stopped between objects, then "repaired" with an EOF marker
            at = draw(st.sampled_from(_positions(bytes(data), _OBJ)))
            data = data[:at] + (b"\n%%EOF\n" if draw(st.booleans()) else b"")
        elif kind == "flip":
            at = draw(st.integers(HEADER, len(data) - 1))
            data[at] = draw(st.integers(0, 255))
        elif kind == "token":  # replace one structural keyword with another
            old = draw(st.sampled_from(_TOKENS))
            found = [m.start() for m in re.finditer(re.escape(old), data)]
            if found:
                at = draw(st.sampled_from(found))
                data = data[:at] + draw(st.sampled_from(_TOKENS)) + data[at + len(old):]
        elif kind == "number":  # object numbers, lengths, counts, offsets
            found = [(m.start(), m.end()) for m in re.finditer(rb"\d+", data)]
            start, end = draw(st.sampled_from(found))
            value = draw(st.sampled_from([b"0", b"-1", b"1", b"999999999", b"4294967296", b"3.5", b"1e400"]))
            data = data[:start] + value + data[end:]
        elif kind == "garble_span":
            start = draw(st.integers(HEADER, len(data) - 1))
            length = draw(st.integers(1, 400))
            data[start:start + length] = draw(st.binary(min_size=1, max_size=length))
        elif kind == "duplicate":
            start = draw(st.integers(0, len(data) - 1))
            span = data[start:start + draw(st.integers(1, 2000))]
            at = draw(st.integers(0, len(data)))
            data = data[:at] + span + data[at:]
        elif kind == "splice":  # the head of one file and the tail of another
            other = SEEDS[draw(st.sampled_from(sorted(SEEDS)))]
            data = data[: draw(st.integers(HEADER, len(data)))] + other[draw(st.integers(0, len(other))):]
        else:
            at = data.rfind(b"xref")
            if at > 0:
                data = data[:at] + b"startxref\n0\n%%EOF\n"
    return bytes(data)


def _check(path: Path) -> None:
    started = time.perf_counter()
    try:
        document = extract(path)
    except errors.InputError as error:
        assert type(error) in DEFINED_ERRORS, type(error)
        assert str(path) in str(error) and "\n" not in str(error)
    else:
        assert isinstance(document, ExtractedDocument)
        assert all(1 <= block.page <= document.page_count for block in document.blocks)
    assert time.perf_counter() - started < SECONDS_PER_FILE


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(data=mutated_pdf())
def test_mutated_pdfs_raise_only_defined_errors(tmp_path_factory, data):
    path = tmp_path_factory.mktemp("fuzz") / "mutated.pdf"
    path.write_bytes(data)
    _check(path)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(seed=st.sampled_from(sorted(SEEDS)), keep=st.floats(0.0, 1.0), reseal=st.booleans())
def test_truncated_pdfs_raise_only_defined_errors(tmp_path_factory, seed, keep, reseal):
    data = SEEDS[seed][: int(len(SEEDS[seed]) * keep)]
    path = tmp_path_factory.mktemp("cut") / "cut.pdf"
    path.write_bytes(data + (b"\n%%EOF\n" if reseal else b""))
    _check(path)


@settings(max_examples=30, deadline=None)
@given(head=st.sampled_from([b"", b"%PDF-1.4\n", b"%PDF-2.0\n%\xe2\xe3\xcf\xd3\n", b"  \n%PDF-1.7"]),
       body=st.binary(max_size=3000), tail=st.sampled_from([b"", b"%%EOF", b"\nstartxref\n9\n%%EOF\n"]))
def test_random_bytes_with_pdf_markers_raise_only_defined_errors(tmp_path_factory, head, body, tail):
    path = tmp_path_factory.mktemp("bytes") / "random.pdf"
    path.write_bytes(head + body + tail)
    _check(path)
