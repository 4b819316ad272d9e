"""English phrases in a text of another language, found only where the evidence is clear.

A screen reader reads a phrase in the voice of its language only when the markup says which
(`lang`); a wrong `lang` is worse than none, so a phrase is marked only when it is a run of at
least MIN_WORDS words that are each far more common in English than in the book's language
(word frequencies from wordfreq), with only shared words ("man", "in") between them and nothing
but spaces and commas between the words. Rare words and words of the book's language end a run.
"""
from __future__ import annotations

import re
from functools import lru_cache

from publish.clean import lexicon

FOREIGN = "en"
MIN_WORDS = 3              # English words in a run: fewer is not evidence enough
ENGLISH_MARGIN = 1.0       # zipf: this much more common in English than in the book's language
COMMON = 3.0               # zipf: an English word a reader would know (3 = once per million words)
HOME_MARGIN = 0.5          # zipf: a word this much more common in the book's language ends a run
WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
JOINS = re.compile(r"[ \u00a0,]*")   # what may stand between two words of one phrase


@lru_cache(maxsize=65536)
def leaning(word: str, language: str) -> str:
    """"en" for a clearly English word, "home" for one of the book's language (or unknown), else "shared"."""
    english, home = _zipf(word, FOREIGN), _zipf(word, language)
    if english >= COMMON and english - home >= ENGLISH_MARGIN:
        return "en"
    if home - english >= HOME_MARGIN or english < COMMON - 0.5:
        return "home"
    return "shared"


def _zipf(word: str, language: str) -> float:
    """wordfreq.zipf_frequency of one word, from the lexicon's table (wordfreq reads ’ as ')."""
    return lexicon.zipf(word.replace("’", "'"), language)


def english_phrases(text: str, language: str) -> list[tuple[int, int]]:
    """(start, end) of each clearly English phrase in `text`, a text in `language`."""
    language = language.split("-")[0].lower()
    if language == FOREIGN or not lexicon.has_list(language):
        return []
    spans: list[tuple[int, int]] = []
    run: list[tuple[int, int, str]] = []
    previous_end = None
    for match in WORD.finditer(text):
        kind = leaning(match.group().lower(), language)
        joined = previous_end is not None and JOINS.fullmatch(text, previous_end, match.start())
        if kind == "home" or not joined:
            spans += _phrase(run)
            run = []
        if kind != "home":
            run.append((match.start(), match.end(), kind))
        previous_end = match.end()
    return spans + _phrase(run)


def _phrase(run: list[tuple[int, int, str]]) -> list[tuple[int, int]]:
    """The run trimmed to its English ends, when it holds enough English words."""
    english = [index for index, (_, _, kind) in enumerate(run) if kind == "en"]
    if len(english) < MIN_WORDS:
        return []
    return [(run[english[0]][0], run[english[-1]][1])]
