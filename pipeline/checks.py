"""Cheap sanity checks on extracted input that warn instead of failing: is the text Dutch?

The cue lexicon, the department table and the stance classifier are Dutch; an English report still runs (the UN
review of the Netherlands is one), but its positions and departments deserve a closer look, so the run says so.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .types import ExtractedDocument

# Frequent function words that are clearly one language's (words shared by both, like "in", "is", "we", "of", "die",
# "door", are left out).
DUTCH_WORDS = frozenset(
    "de het een en van te dat op zijn voor met niet aan er om ook als bij maar wordt worden naar dit deze uit kan "
    "zal heeft hebben wij ons onze uw hun geen nog wel meer tot over zich wat wordt werd zoals daarom omdat".split()
)
ENGLISH_WORDS = frozenset(
    "the and to that for on with as by are be this it from or not which have has will at was were its their should "
    "would been these those such also into than more all can".split()
)
SAMPLE_WORDS = 20_000  # enough to decide; keeps the check instant on a 500-page report
_WORD = re.compile(r"[^\W\d_]+")


@dataclass(frozen=True)
class LanguageGuess:
    language: str  # "nl", "en" or "unknown"
    dutch_share: float  # share of words that are Dutch function words
    english_share: float
    words: int


def guess_language(text: str) -> LanguageGuess:
    """Dutch, English or unknown, from the share of each language's function words among the first words."""
    words = [w.lower() for w in _WORD.findall(text[: SAMPLE_WORDS * 12])][:SAMPLE_WORDS]
    if len(words) < 20:
        return LanguageGuess("unknown", 0.0, 0.0, len(words))
    dutch = sum(w in DUTCH_WORDS for w in words) / len(words)
    english = sum(w in ENGLISH_WORDS for w in words) / len(words)
    if dutch >= 0.08 and dutch >= 2 * english:
        language = "nl"
    elif english >= 0.08 and english >= 2 * dutch:
        language = "en"
    else:
        language = "unknown"
    return LanguageGuess(language, round(dutch, 3), round(english, 3), len(words))


# what the shipped lexicons cover, per language: said in the warning so the reader knows how far to trust a run
COVERAGE = {True: "the cue lexicon and department names cover English less fully than Dutch",
            False: "the cue lexicon and department names cover only Dutch and, less fully, English"}


def language_warning(document: ExtractedDocument, role: str) -> str | None:
    """One line naming the file when its text does not look Dutch, else None."""
    guess = guess_language(" ".join(block.text for block in document.blocks))
    if guess.language == "nl":
        return None
    what = "looks English" if guess.language == "en" else "does not look Dutch"
    return (f"{document.path}: the {role} {what} ({guess.dutch_share:.0%} Dutch and {guess.english_share:.0%} English "
            f"function words); {COVERAGE[guess.language == 'en']}, so check positions and departments by hand.")

