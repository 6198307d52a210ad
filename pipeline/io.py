"""Reading inputs and writing outputs: the only module that touches the run folder."""
from __future__ import annotations

import json
import os
import re
import secrets
import shutil
import urllib.error
import urllib.request
from dataclasses import asdict, replace
from pathlib import Path

import pandas as pd

from .config import RAW_DIR
from .errors import InputError, OutputFolderError
from .types import Assessment, Passage, Recommendation

OUTPUT_FILES = ("results.json", "recommendations.csv", "assessments.csv", "coverage.csv", "coverage.xlsx", "report.html",
                "coverage.png", "corrections-template.csv", "run.json")
KEPT_ACROSS_RUNS = ("corrections.csv",)  # human work in a run folder survives re-runs
# what a run folder may hold when a new run replaces it: outputs, kept files, `reactiematrix diff`'s default output
# and the litter file managers leave; anything else makes the run refuse the folder rather than delete it
RUN_FOLDER_FILES = frozenset(OUTPUT_FILES + KEPT_ACROSS_RUNS + ("diff.csv", ".DS_Store", "Thumbs.db", "desktop.ini"))
OFFICE_LOCK_PREFIXES = ("~$", ".~lock.")  # Excel's and LibreOffice's while coverage.xlsx is open


def fetch_if_url(location: str | Path, raw_dir: Path = RAW_DIR) -> Path:
    """A local path as is; an http(s) URL downloaded into ``data/raw/`` first."""
    text = str(location)
    if not text.startswith(("http://", "https://")):
        return Path(text)
    name = Path(urllib.request.url2pathname(text.split("?")[0].rstrip("/"))).name or "download.pdf"
    target = raw_dir / (name if name.lower().endswith(".pdf") else f"{name}.pdf")
    try:
        with urllib.request.urlopen(text, timeout=30) as answer:
            data = answer.read()
    except (urllib.error.URLError, OSError) as error:
        raise InputError(
            text,
            f"could not download ({getattr(error, 'reason', error)}); without network, download the PDF elsewhere "
            "and pass its path.",
        ) from None
    raw_dir.mkdir(parents=True, exist_ok=True)
    target.write_bytes(data)
    return target


def results_document(result) -> dict:
    """The ``results.json`` contract (schema: ``pipeline/schema/results.schema.json``)."""
    from .corrections import corrections_of

    corrected = corrections_of(result)
    return {
        "schema_version": 1,
        "report": result.manifest["inputs"]["report"],
        "response": result.manifest["inputs"]["response"],
        "recommendations": [_recommendation_record(r) for r in result.recommendations],
        "passages": [_passage_record(p) for p in result.passages],
        "links": [asdict(link) for link in result.links],
        "assessments": [_assessment_record(a, corrected.get(a.recommendation_id)) for a in result.assessments],
        "coverage": result.coverage.to_dict(orient="records"),
    }


def write_outputs(result, out_dir: Path) -> None:
    """Write every output into a fresh folder, then swap it into place: never a half-written run.

    Raises ``OutputFolderError`` (and leaves everything as it was) when ``out_dir`` is a file, holds files that are
    not a run's, or cannot be written.
    """
    out_dir = Path(out_dir)
    check_output_folder(out_dir)
    try:
        out_dir.parent.mkdir(parents=True, exist_ok=True)
        staging = _make_staging(out_dir)
    except OSError as error:
        raise OutputFolderError(out_dir, f"cannot create a folder in {out_dir.parent} ({error.strerror or error}); "
                                         "choose a folder you can write to with --out.") from error
    try:
        document = results_document(result)
        _write_json(staging / "results.json", document)
        tables = output_tables(result)
        tables["recommendations"].to_csv(staging / "recommendations.csv", index=False)
        tables["assessments"].to_csv(staging / "assessments.csv", index=False)
        result.coverage.to_csv(staging / "coverage.csv", index=False)
        _write_views(result, tables, staging)
        _write_json(staging / "run.json", result.manifest)
        for name in KEPT_ACROSS_RUNS:
            if (out_dir / name).exists():
                shutil.copy2(out_dir / name, staging / name)
        given = result.manifest.get("corrections", {}).get("file")
        if given and Path(given).resolve() != (out_dir / "corrections.csv").resolve():
            shutil.copy2(given, staging / "corrections.csv")  # --corrections FILE: kept with the run from now on
        _swap_into_place(staging, out_dir)
    except OSError as error:  # disk full, permissions changed mid-run: nothing was replaced
        shutil.rmtree(staging, ignore_errors=True)
        raise OutputFolderError(out_dir, f"could not write the outputs ({_describe(error)}); the folder was left as "
                                         "it was. Free disk space or choose another folder with --out.") from error
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise


def check_output_folder(out_dir: Path) -> None:
    """Refuse an ``out_dir`` a run may not replace: a file, or a folder holding anything but a run's own files.

    A run swaps in a whole new folder, so other files in it would be deleted; refusing is the only safe answer.
    """
    out_dir = Path(out_dir)
    for folder in (out_dir, *out_dir.parents):
        if folder.exists() and not folder.is_dir():
            what = "is a file" if folder == out_dir else f"lies inside {folder}, which is a file"
            raise OutputFolderError(out_dir, f"{what}, not a folder; choose a new or empty folder with --out.")
    if not out_dir.is_dir():
        return
    try:
        foreign = sorted(entry.name for entry in out_dir.iterdir()
                         if entry.name not in RUN_FOLDER_FILES and not entry.name.startswith(OFFICE_LOCK_PREFIXES))
    except OSError as error:
        raise OutputFolderError(out_dir, f"cannot be read ({_describe(error)}); choose a folder you can write to "
                                         "with --out.") from error
    if foreign:
        shown = ", ".join(foreign[:3]) + (f" and {len(foreign) - 3} more" if len(foreign) > 3 else "")
        raise OutputFolderError(out_dir, f"holds files that are not outputs of a run ({shown}), and a run replaces "
                                         "the whole folder; choose a new or empty folder with --out.")


def output_tables(result) -> dict[str, pd.DataFrame]:
    """The flat tables people open in Excel: one row per recommendation, and per assessment."""
    from .corrections import corrections_of

    corrected = corrections_of(result)
    assessment_of = {a.recommendation_id: a for a in result.assessments}
    passage_of = {p.id: p for p in result.passages}
    rows = []
    for recommendation in result.recommendations:
        assessment = assessment_of[recommendation.id]
        evidence = assessment.evidence
        rows.append({
            "id": recommendation.id,
            "number": recommendation.number,
            "text": recommendation.text,
            "page": recommendation.page,
            "section": recommendation.section,
            "addressees": "; ".join(recommendation.addressees),
            "departments": "; ".join(recommendation.departments),
            "position": assessment.position.value,
            "confidence": assessment.confidence,
            "needs_review": assessment.needs_review,
            "corrected": recommendation.id in corrected,
            "correction_note": _correction_note(corrected.get(recommendation.id)),
            "evidence": evidence.text if evidence else "",
            "evidence_page": evidence.page if evidence else None,
            "response_pages": "; ".join(str(passage_of[p].page) for p in assessment.passage_ids),
            "passage_ids": "; ".join(assessment.passage_ids),
        })
    recommendations = pd.DataFrame(rows)
    assessments = pd.DataFrame([
        {
            "recommendation_id": a.recommendation_id,
            "position": a.position.value,
            "confidence": a.confidence,
            "needs_review": a.needs_review,
            "corrected": a.recommendation_id in corrected,
            "passage_ids": "; ".join(a.passage_ids),
            "evidence": a.evidence.text if a.evidence else "",
            "evidence_page": a.evidence.page if a.evidence else None,
            "evidence_passage_id": a.evidence.passage_id if a.evidence else "",
            "reasons": " | ".join(a.reasons),
        }
        for a in result.assessments
    ])
    passages = pd.DataFrame([
        {"id": p.id, "page": p.page, "heading": p.heading, "departments": "; ".join(p.departments), "text": p.text}
        for p in result.passages
    ])
    return {"recommendations": recommendations, "assessments": assessments, "passages": passages}


def read_results(run_dir: Path) -> dict:
    path = Path(run_dir) / "results.json"
    if not path.exists():
        raise InputError(path, "no results.json here; give a folder written by 'reactiematrix run'")
    return read_json(path)


def read_json(path: Path) -> dict:
    try:
        return json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError(path, "file not found; check the path") from None
    except json.JSONDecodeError as error:
        raise InputError(path, f"not valid JSON ({error.msg} at line {error.lineno})") from None


def _recommendation_record(recommendation: Recommendation) -> dict:
    record = asdict(recommendation)
    record["bbox"] = list(recommendation.bbox)
    record["locations"] = [asdict(location) for location in recommendation.locations]
    return record


def _passage_record(passage: Passage) -> dict:
    record = asdict(passage)
    record["bbox"] = list(passage.bbox)
    return record


def _assessment_record(assessment: Assessment, correction: dict | None = None) -> dict:
    return {
        "recommendation_id": assessment.recommendation_id,
        "position": assessment.position.value,
        "confidence": assessment.confidence,
        "needs_review": assessment.needs_review,
        "passage_ids": list(assessment.passage_ids),
        "evidence": asdict(assessment.evidence) if assessment.evidence else None,
        "reasons": list(assessment.reasons),
        "corrected": correction is not None,
        "correction": correction,
    }


def _correction_note(record: dict | None) -> str:
    if record is None:
        return ""
    changes = []
    if record["position"]:
        changes.append(f"position {record['original_position']} -> {record['position']}")
    if record["departments"]:
        changes.append(f"departments {'; '.join(record['original_departments']) or '-'} -> "
                       f"{'; '.join(record['departments'])}")
    who = record["reviewer"] or "reviewer"
    return f"{who}: {', '.join(changes)}" + (f" ({record['note']})" if record["note"] else "")


def _write_json(path: Path, data: dict) -> None:
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2, default=_json_default) + "\n", encoding="utf-8")


def _json_default(value):
    if hasattr(value, "item"):  # numpy scalars
        return value.item()
    if isinstance(value, Path):
        return str(value)
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


def _write_views(result, tables: dict[str, pd.DataFrame], folder: Path) -> None:
    """The files people read: the workbook, the HTML report, the heatmap and the corrections template."""
    from .corrections import COLUMNS, correction_template
    from .coverage import coverage_table
    from .html_report import write_html_report
    from .plots import plot_coverage

    table = coverage_table(result.recommendations, result.assessments)
    _write_workbook(folder / "coverage.xlsx", tables, table, result)
    write_html_report(result, folder / "report.html")
    applied = len(result.manifest.get("corrections", {}).get("applied", []))
    plot_coverage(table, folder / "coverage.png",
                  footnote=f"{applied} aanbeveling(en) handmatig gecorrigeerd." if applied else "")
    pd.DataFrame(correction_template(result.recommendations), columns=list(COLUMNS)).to_csv(
        folder / "corrections-template.csv", index=False)


def _write_workbook(path: Path, tables: dict[str, pd.DataFrame], coverage: pd.DataFrame, result) -> None:
    """The workbook, with control characters a damaged or odd PDF left in the text dropped: openpyxl refuses them."""
    from .coverage import unanswered_by_department
    from .workbook import write_workbook

    unanswered = {department: [replace(r, number=_cell_text(r.number), text=_cell_text(r.text)) for r in items]
                  for department, items in unanswered_by_department(result.recommendations, result.assessments).items()}
    write_workbook(path, coverage.map(_cell_text), tables["recommendations"].map(_cell_text),
                   tables["passages"].map(_cell_text), unanswered)


_NOT_IN_A_CELL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")  # the control characters openpyxl refuses


def _cell_text(value):
    return _NOT_IN_A_CELL.sub("", value) if isinstance(value, str) else value


def _make_staging(out_dir: Path, tag: str = "staging") -> Path:
    """A new empty hidden folder next to ``out_dir``, with the permissions a plain mkdir gives (mkdtemp's are 0700)."""
    while True:
        folder = out_dir.with_name(f".{out_dir.name}.{tag}-{os.getpid()}-{secrets.token_hex(4)}")
        try:
            folder.mkdir()
            return folder
        except FileExistsError:
            continue


def _swap_into_place(staging: Path, out_dir: Path) -> None:
    """Rename ``staging`` to ``out_dir``; an existing ``out_dir`` is moved aside first and restored if that fails."""
    if not out_dir.exists():
        os.rename(staging, out_dir)
        return
    old = _make_staging(out_dir, "old")
    os.rmdir(old)  # only its unique name is wanted: renaming onto a folder fails on Windows
    os.rename(out_dir, old)
    try:
        os.rename(staging, out_dir)
    except BaseException:
        try:
            os.rename(old, out_dir)  # roll back: the previous run is where it was
        except OSError as error:
            raise OutputFolderError(out_dir, f"could not put the previous outputs back ({error.strerror}); they are "
                                             f"in {old}: rename that folder to {out_dir.name}.") from error
        raise
    shutil.rmtree(old, ignore_errors=True)


def _describe(error: OSError) -> str:
    where = error.filename if error.filename is not None else ""
    return f"{error.strerror or error}{': ' + str(where) if where else ''}"
