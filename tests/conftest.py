from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.types import Block, BlockKind, ExtractedDocument

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def nlp():
    from pipeline.models import load_nlp

    return load_nlp("blank")


@pytest.fixture(scope="session")
def fake_encoder():
    from pipeline.models import HashingEncoder

    return HashingEncoder()


def make_document(*specs, path: str = "test.pdf") -> ExtractedDocument:
    """Build an ExtractedDocument from (kind, text, page, extra...) tuples, in reading order."""
    blocks = []
    for index, spec in enumerate(specs):
        kind, text, page, *rest = spec
        options = rest[0] if rest else {}
        blocks.append(Block(page=page, bbox=(50.0, 50.0 + index, 500.0, 60.0 + index), text=text,
                            kind=BlockKind(kind), **options))
    pages = max((b.page for b in blocks), default=0)
    return ExtractedDocument(path=path, sha256="0" * 64, page_count=pages, blocks=tuple(blocks))
