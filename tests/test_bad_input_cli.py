"""The bad-input matrix through the CLI: every broken file in both positions, every unusable pair, every unusable
output folder.  Each refusal is exit code 1 and exactly one stderr line ``error: <file>: ...`` that says what to do;
the output folder is untouched (absent, or the previous run byte for byte) and no staging folder is left beside it.

Files are built here (fpdf2, Pillow) from the shipped pair, so each case says what it is.  Runs use the hashing
encoder and blank spaCy; extraction of the good files is cached once for the module.
"""
from __future__ import annotations

import hashlib
import io
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline import errors
from pipeline.cli import main

ROOT = Path(__file__).resolve().parents[1]
LAYOUT = ROOT / "tests" / "data" / "layout"
PAIRS = ROOT / "tests" / "data" / "pairs"
REPORT = ROOT / "data" / "raw" / "voorbeeld-rapport-etnisch-profileren.pdf"
RESPONSE = ROOT / "data" / "raw" / "voorbeeld-kabinetsreactie-etnisch-profileren.pdf"
GOOD = {"report": REPORT, "response": RESPONSE}
DUTCH = "Het kabinet neemt de aanbeveling over en zal de Kamer daarover voor de zomer informeren, omdat het van " \
        "belang is dat burgers op de overheid kunnen vertrouwen."
ENGLISH = "The government accepts the recommendation and will inform parliament before the summer, because it is " \
          "important that citizens can trust the police and that all of the measures are taken."


# ----------------------------------------------------------------------------------------------------- the files
def _text_pdf(text: str, pages: int = 1, lines: int = 8, **encryption) -> bytes:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_font("helvetica", size=11)
    for _ in range(pages):
        pdf.add_page()
        for _ in range(lines):
            pdf.multi_cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
    if encryption:
        pdf.set_encryption(**encryption)
    return bytes(pdf.output())


def _image_only_pdf() -> bytes:
    """Two pages that are pictures of text: what a scanner makes."""
    from fpdf import FPDF
    from PIL import Image, ImageDraw

    picture = Image.new("L", (1240, 1754), 255)
    draw = ImageDraw.Draw(picture)
    for line in range(30):
        draw.text((100, 100 + 40 * line), DUTCH[:70], fill=0)
    pdf = FPDF()
    for _ in range(2):
        pdf.add_page()
        buffer = io.BytesIO()
        picture.save(buffer, "PNG")
        buffer.seek(0)
        pdf.image(buffer, x=0, y=0, w=210)
    return bytes(pdf.output())


def _zero_page_pdf() -> bytes:
    """A well-formed PDF whose page tree is empty, with a correct cross-reference table."""
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [] /Count 0 >>"]
    data, offsets = b"%PDF-1.4\n", []
    for number, body in enumerate(objects, 1):
        offsets.append(len(data))
        data += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(data)
    data += b"xref\n0 3\n0000000000 65535 f \n" + b"".join(b"%010d 00000 n \n" % o for o in offsets)
    return data + b"trailer\n<< /Size 3 /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % xref


def _png() -> bytes:
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (40, 20), "white").save(buffer, "PNG")
    return buffer.getvalue()


def _cut(role: str, share: float) -> bytes:
    data = GOOD[role].read_bytes()
    return data[: int(len(data) * share)]


# case -> (what to write, given the position; words the one error line must hold)
BROKEN = {
    "text_renamed_pdf": (lambda role: b"Dit is een brief in platte tekst, met .pdf erachter.\n", "not a PDF"),
    "png_renamed_pdf": (lambda role: _png(), "not a PDF"),
    "empty": (lambda role: b"", "empty"),
    "cut_at_10_percent": (lambda role: _cut(role, 0.1), "truncated"),
    "cut_at_50_percent": (lambda role: _cut(role, 0.5), "truncated"),
    "cut_at_90_percent": (lambda role: _cut(role, 0.9), "truncated"),
    "cut_and_resealed_with_eof": (lambda role: _cut(role, 0.5) + b"\n%%EOF\n", "truncated"),
    "user_password": (lambda role: _text_pdf(DUTCH, owner_password="eigenaar", user_password="geheim"),
                      "qpdf --decrypt"),
    "image_only": (lambda role: _image_only_pdf(), "ocrmypdf"),
    "fonts_without_unicode_map": (lambda role: (LAYOUT / "unmapped_font.pdf").read_bytes(), "ocrmypdf --force-ocr"),
    "zero_pages": (lambda role: _zero_page_pdf(), "no pages"),
}


@pytest.fixture(scope="module")
def cache_dir(tmp_path_factory):
    return tmp_path_factory.mktemp("cache")


@pytest.fixture(autouse=True)
def _isolated_cache(cache_dir, monkeypatch):
    monkeypatch.setenv("REACTIEMATRIX_CACHE_DIR", str(cache_dir))


@pytest.fixture(scope="module")
def previous_run(tmp_path_factory, cache_dir):
    """A finished run of the shipped pair, plus the files a run folder may also hold, to copy as the output folder."""
    folder = tmp_path_factory.mktemp("previous") / "run"
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("REACTIEMATRIX_CACHE_DIR", str(cache_dir))
        assert main(["run", str(REPORT), str(RESPONSE), "--out", str(folder), *FAST]) == 0
    (folder / "diff.csv").write_text("old,new\n", encoding="utf-8")
    (folder / ".DS_Store").write_bytes(b"\0")
    return folder


FAST = ("--encoder", "hashing", "--spacy", "blank", "--quiet")


def run_cli(capsys, *arguments) -> tuple[int, list[str]]:
    code = main(["run", *map(str, arguments), *FAST])
    return code, [line for line in capsys.readouterr().err.splitlines() if line.strip()]


def snapshot(folder: Path) -> dict[str, str] | None:
    """Every file under ``folder`` with its sha256 (None when the folder does not exist)."""
    if not folder.exists():
        return None
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest() if p.is_file() else "folder"
            for p in sorted(folder.rglob("*"))}


def out_folder(tmp_path: Path, previous_run: Path, existing: bool) -> Path:
    out = tmp_path / "runs" / "out"
    out.parent.mkdir()
    if existing:
        shutil.copytree(previous_run, out)
    return out


def assert_refused(code: int, lines: list[str], named: Path | str, hint: str, out: Path, before) -> None:
    assert code == 1, lines
    assert len(lines) == 1, lines
    assert lines[0].startswith("error: ") and str(named) in lines[0], lines[0]
    assert hint.lower() in lines[0].lower(), lines[0]
    assert snapshot(out) == before, "the output folder changed"
    assert sorted(p.name for p in out.parent.iterdir()) == ([out.name] if before is not None else []), \
        "staging or old folders left beside the output folder"


# ------------------------------------------------------------------------------------------- broken input files
@pytest.mark.parametrize("existing", [False, True], ids=["no_out_dir", "previous_run"])
@pytest.mark.parametrize("role", ["report", "response"])
@pytest.mark.parametrize("case", sorted(BROKEN))
def test_broken_file_is_refused_in_either_position(case, role, existing, tmp_path, capsys, previous_run):
    make, hint = BROKEN[case]
    broken = tmp_path / f"{case}.pdf"
    broken.write_bytes(make(role))
    out = out_folder(tmp_path, previous_run, existing)
    before = snapshot(out)
    pair = {**GOOD, role: broken}
    code, lines = run_cli(capsys, pair["report"], pair["response"], "--out", out)
    assert_refused(code, lines, broken, hint, out, before)


@pytest.mark.parametrize("role", ["report", "response"])
@pytest.mark.parametrize("case, hint", [("missing", "not found"), ("folder", "is a folder"),
                                        ("inside_a_file", "not found")])
def test_path_that_is_no_file_is_refused(case, hint, role, tmp_path, capsys, previous_run):
    path = {"missing": tmp_path / "nergens.pdf", "folder": tmp_path / "map.pdf",
            "inside_a_file": tmp_path / "brief.txt" / "rapport.pdf"}[case]
    if case == "folder":
        path.mkdir()
    if case == "inside_a_file":
        path.parent.write_text("x", encoding="utf-8")
    out = out_folder(tmp_path, previous_run, existing=True)
    before = snapshot(out)
    pair = {**GOOD, role: path}
    code, lines = run_cli(capsys, pair["report"], pair["response"], "--out", out)
    assert_refused(code, lines, path, hint, out, before)


@pytest.mark.parametrize("role", ["report", "response"])
def test_too_many_pages_is_refused_in_either_position(role, tmp_path, capsys, previous_run):
    long = tmp_path / "lang.pdf"
    long.write_bytes(_text_pdf(DUTCH, pages=60, lines=2))
    out = out_folder(tmp_path, previous_run, existing=role == "response")
    before = snapshot(out)
    pair = {**GOOD, role: long}
    code, lines = run_cli(capsys, pair["report"], pair["response"], "--out", out, "--max-pages", "50")
    assert_refused(code, lines, long, "--max-pages", out, before)


# --------------------------------------------------------------------------------------- pairs that do not fit
@pytest.mark.parametrize("case", ["same_path", "same_bytes_other_name", "swapped", "no_recommendations"])
@pytest.mark.parametrize("existing", [False, True], ids=["no_out_dir", "previous_run"])
def test_pair_that_does_not_fit_is_refused(case, existing, tmp_path, capsys, previous_run):
    copy = tmp_path / "kopie.pdf"
    shutil.copy(REPORT, copy)
    report, response, named, hint = {
        "same_path": (REPORT, REPORT, REPORT, "same document"),
        "same_bytes_other_name": (REPORT, copy, copy, "same document"),
        "swapped": (RESPONSE, REPORT, RESPONSE, "swapped"),
        "no_recommendations": (PAIRS / "ombudsman_debt" / "response.pdf", PAIRS / "youth_care" / "response.pdf",
                               PAIRS / "ombudsman_debt" / "response.pdf", "swapped"),
    }[case]
    out = out_folder(tmp_path, previous_run, existing)
    before = snapshot(out)
    code, lines = run_cli(capsys, report, response, "--out", out)
    assert_refused(code, lines, named, hint, out, before)


def test_named_errors_for_pairs_keep_the_messages_the_run_prints():
    """The subclasses for the pair checks carry the file first and say what to do, on one line."""
    cases = [
        (errors.SameDocumentError("b.pdf", "a.pdf"), "b.pdf", "same document"),
        (errors.NoRecommendationsError("a.pdf"), "a.pdf", "swapped"),
        (errors.SwappedInputsError("a.pdf", "b.pdf", 1, 26), "a.pdf", "look swapped"),
        (errors.NoPassagesError("b.pdf"), "b.pdf", "text layer"),
    ]
    for error, named, hint in cases:
        assert isinstance(error, errors.InputError) and str(error).startswith(f"{named}: ") and hint in str(error)
        assert "\n" not in str(error)
    assert "\n" not in str(errors.CorruptPdfError("a.pdf", "line one\nline two"))


# ------------------------------------------------------------------- library failures versus our own bugs
def test_pdf_library_failing_on_the_file_is_a_damaged_pdf(tmp_path, monkeypatch):
    import pdfminer.pdfinterp

    from pipeline.extract import extract

    def damaged(*args, **kwargs):
        raise KeyError("bad object 17")

    monkeypatch.setattr(pdfminer.pdfinterp.PDFPageInterpreter, "process_page", damaged)
    plain = tmp_path / "plain.pdf"
    plain.write_bytes(_text_pdf(DUTCH))
    with pytest.raises(errors.CorruptPdfError, match="bad object 17"):
        extract(plain)


def test_bug_in_our_own_code_is_not_reported_as_a_damaged_pdf(tmp_path, monkeypatch):
    import pipeline.extract

    def buggy(page):
        return page.no_such_attribute  # a programming error of ours, on a perfectly good file

    monkeypatch.setattr(pipeline.extract, "_read_words", buggy)
    plain = tmp_path / "plain.pdf"
    plain.write_bytes(_text_pdf(DUTCH))
    with pytest.raises(AttributeError, match="no_such_attribute"):
        pipeline.extract.extract(plain)


# ------------------------------------------------------------------------------------ usable, with a warning
def test_english_response_runs_with_one_warning(tmp_path, capsys):
    english = tmp_path / "reply.pdf"
    english.write_bytes(_text_pdf(ENGLISH, pages=2, lines=12))
    out = tmp_path / "out"
    code, lines = run_cli(capsys, REPORT, english, "--out", out)
    assert code == 0
    assert len(lines) == 1 and lines[0].startswith(f"warning: {english}: ") and "English" in lines[0], lines
    assert (out / "results.json").exists()


def test_pdf_with_only_an_owner_password_is_read_like_any_other(tmp_path):
    """No password is needed to open it (viewers don't ask), so it is no error: the text comes out unchanged."""
    from pipeline.extract import extract

    plain, restricted = tmp_path / "plain.pdf", tmp_path / "restricted.pdf"
    plain.write_bytes(_text_pdf(DUTCH))
    restricted.write_bytes(_text_pdf(DUTCH, owner_password="eigenaar", user_password=""))
    assert b"/Encrypt" in restricted.read_bytes()
    assert [b.text for b in extract(restricted).blocks] == [b.text for b in extract(plain).blocks] != []


# ------------------------------------------------------------------------------------------- the output folder
def test_folder_with_other_files_is_refused_not_emptied(tmp_path, capsys):
    """--out pointing at a folder of one's own (say ~/Documents) must not delete it to make room for the run."""
    out = tmp_path / "Documents"
    (out / "sub").mkdir(parents=True)
    (out / "scriptie.docx").write_bytes(b"years of work")
    (out / "sub" / "notes.txt").write_text("x", encoding="utf-8")
    (out / "results.json").write_text("{}", encoding="utf-8")
    before = snapshot(out)
    code, lines = run_cli(capsys, REPORT, RESPONSE, "--out", out)
    assert_refused(code, lines, out, "scriptie.docx, sub", out, before)
    assert "choose a new or empty folder" in lines[0]


@pytest.mark.parametrize("case", ["out_is_a_file", "out_inside_a_file"])
def test_file_where_the_folder_should_be_is_refused(case, tmp_path, capsys):
    a_file = tmp_path / "runs" / "uitvoer"
    a_file.parent.mkdir()
    a_file.write_text("mijn aantekeningen", encoding="utf-8")
    out = a_file if case == "out_is_a_file" else a_file / "run"
    code, lines = run_cli(capsys, REPORT, RESPONSE, "--out", out)
    assert code == 1 and len(lines) == 1 and lines[0].startswith(f"error: {out}: ") and "is a file" in lines[0]
    assert a_file.read_text(encoding="utf-8") == "mijn aantekeningen"
    assert [p.name for p in a_file.parent.iterdir()] == ["uitvoer"]


def test_previous_run_with_diff_and_litter_is_replaced(tmp_path, capsys, previous_run):
    out = out_folder(tmp_path, previous_run, existing=True)
    code, lines = run_cli(capsys, REPORT, RESPONSE, "--out", out)
    assert code == 0 and lines == []
    assert not (out / ".DS_Store").exists() and (out / "results.json").exists()
    assert [p.name for p in out.parent.iterdir()] == ["out"]


def test_output_folder_gets_the_permissions_of_a_plain_mkdir(tmp_path, capsys):
    out = tmp_path / "out"
    (tmp_path / "reference").mkdir()
    assert run_cli(capsys, REPORT, RESPONSE, "--out", out)[0] == 0
    assert out.stat().st_mode & 0o777 == (tmp_path / "reference").stat().st_mode & 0o777


def test_unwritable_place_gives_one_line(tmp_path, capsys, monkeypatch):
    import pipeline.io

    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied", str(tmp_path))

    monkeypatch.setattr(pipeline.io, "_make_staging", refuse)
    out = tmp_path / "out"
    code, lines = run_cli(capsys, REPORT, RESPONSE, "--out", out)
    assert code == 1 and len(lines) == 1
    assert lines[0].startswith(f"error: {out}: cannot create a folder in {tmp_path} (Permission denied)")
    assert not out.exists()


def test_failed_final_swap_puts_the_previous_run_back(tmp_path, capsys, monkeypatch, previous_run):
    """The old folder is moved aside, the new one fails to move in: the old one must come back, whole."""
    import pipeline.io

    out = out_folder(tmp_path, previous_run, existing=True)
    before = snapshot(out)
    rename = os.rename

    def failing_rename(source, target):
        if Path(source).name.startswith(".out.staging-"):
            raise OSError(28, "No space left on device", str(target))
        rename(source, target)

    monkeypatch.setattr(pipeline.io.os, "rename", failing_rename)
    code, lines = run_cli(capsys, REPORT, RESPONSE, "--out", out)
    assert_refused(code, lines, out, "No space left on device", out, before)


def test_control_characters_from_an_odd_pdf_do_not_break_the_workbook(tmp_path, cache_dir):
    """Found by the fuzz test below: a damaged font left \\x01-style characters in a recommendation's text, and
    openpyxl refused to write the cell, failing the whole run with a traceback."""
    from dataclasses import replace

    from openpyxl import load_workbook

    from pipeline.io import write_outputs
    from pipeline.run import Settings, analyse

    result = analyse(REPORT, RESPONSE, Settings(encoder="hashing", spacy_model="blank", cache_dir=cache_dir))
    odd = [replace(r, text=f"\x01{r.text}\x0c(cid:512)\x1f") for r in result.recommendations]
    passages = [replace(p, text=f"{p.text}\x00") for p in result.passages]
    out = tmp_path / "out"
    write_outputs(replace(result, recommendations=odd, passages=passages), out)
    sheet = load_workbook(out / "coverage.xlsx")["Aanbevelingen"]
    texts = [cell.value for cell in sheet[1 + 1]]
    assert any(isinstance(v, str) and v.startswith(result.recommendations[0].text[:20]) for v in texts), texts
    assert json.loads((out / "results.json").read_text(encoding="utf-8"))["recommendations"][0]["text"][0] == "\x01"


def test_real_process_exit_code_and_single_line(tmp_path):
    """Through a real interpreter: the exit status reaches the shell and nothing but the one line is printed."""
    not_pdf = tmp_path / "brief.pdf"
    not_pdf.write_text("geen pdf", encoding="utf-8")
    out = tmp_path / "out"
    environment = {**os.environ, "REACTIEMATRIX_CACHE_DIR": str(tmp_path / "cache"), "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-m", "pipeline", "run", str(REPORT), str(not_pdf), "--out", str(out),
                           *FAST], capture_output=True, text=True, env=environment, cwd=tmp_path)
    assert done.returncode == 1
    assert done.stderr.splitlines() == [done.stderr.strip()] and done.stderr.startswith(f"error: {not_pdf}: not a PDF")
    assert done.stdout == "" and not out.exists()


# ---------------------------------------------------------------------------------- fuzzing, in both positions
@st.composite
def damaged_pair_file(draw) -> tuple[str, bytes]:
    """One of the shipped files, truncated (maybe resealed with %%EOF) and/or with bytes overwritten."""
    role = draw(st.sampled_from(["report", "response"]))
    data = bytearray(GOOD[role].read_bytes())
    if draw(st.booleans()):
        data = data[: draw(st.integers(0, len(data) - 1))] + (b"\n%%EOF\n" if draw(st.booleans()) else b"")
    for _ in range(draw(st.integers(0 if len(data) < 16 else 1, 6))):
        if len(data) > 16:
            start = draw(st.integers(16, len(data) - 1))
            data[start:start + draw(st.integers(1, 64))] = draw(st.binary(min_size=1, max_size=64))
    return role, bytes(data)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                  HealthCheck.function_scoped_fixture])
@given(case=damaged_pair_file())
def test_damaged_file_in_either_position_gives_a_defined_error_or_a_run(case, tmp_path_factory, capsys):
    role, data = case
    folder = tmp_path_factory.mktemp("fuzz")
    damaged = folder / f"damaged-{role}.pdf"
    damaged.write_bytes(data)
    out = folder / "out"
    pair = {**GOOD, role: damaged}
    code, lines = run_cli(capsys, pair["report"], pair["response"], "--out", out)  # anything else raises: a failure
    if code == 0:
        assert (out / "results.json").exists()
        assert all(line.startswith("warning: ") for line in lines)
    else:
        assert code == 1 and len(lines) == 1 and lines[0].startswith("error: "), lines
        assert str(damaged) in lines[0] or str(GOOD["report"]) in lines[0]
        assert not out.exists()
    assert sorted(p.name for p in folder.iterdir()) == sorted({damaged.name} | ({"out"} if code == 0 else set()))
