"""Phrases in another supported language inside a text, found only where the evidence is clear.

A screen reader reads a phrase in the voice of its language only when the markup says which
(`lang`); a wrong `lang` is worse than none, so a phrase is marked only when it is a run of at
least MIN_WORDS words that are each far more common in one other supported language than in
the book's, and clearly more than in any third (wordfreq's frequencies, via the lexicon), with only
shared words ("man", "in") between them and nothing but spaces and commas between the words.
Rare words, words of the book's language and words leaning to a third language end a run.
"""
from __future__ import annotations

import math
import re
from functools import lru_cache

from publish.clean import lexicon
from publish.languages import language as language_of
from publish.languages import supported

MIN_WORDS = 3              # words of the other language in a run: fewer is not evidence enough
FOREIGN_MARGIN = 1.0       # zipf: this much more common in the other language than in the book's
RIVAL_MARGIN = 0.5         # zipf: and this much more common than in any third language (English and
                           # French share many words: "local" is 5.4 and 4.7)
COMMON = 3.0               # zipf: a word a reader of that language would know (3 = once per million words)
HOME_MARGIN = 0.5          # zipf: a word this much more common in the book's language ends a run
HOME, SHARED = "home", "shared"
WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
JOINS = re.compile(r"[ \u00a0,]*")   # what may stand between two words of one phrase


@lru_cache(maxsize=65536)
def leaning(word: str, home: str) -> str:
    """The code of the other language a word clearly belongs to, HOME for a word of the book's
    language (or an unknown one), else SHARED."""
    at_home = _zipf(word, home)
    abroad = {code: _zipf(word, code) for code in supported() if code != home}
    best = max(abroad, key=lambda code: abroad[code])
    if abroad[best] >= COMMON and abroad[best] - at_home >= FOREIGN_MARGIN \
            and all(abroad[best] - frequency >= RIVAL_MARGIN for code, frequency in abroad.items() if code != best):
        return best
    if at_home - abroad[best] >= HOME_MARGIN or abroad[best] < COMMON - 0.5:
        return HOME
    return SHARED


@lru_cache(maxsize=65536)
def _readable_as(word: str, home: str, code: str) -> bool:
    """A word a reader of `code` would read as one of that language as readily as of the book's."""
    abroad = _zipf(word, code)
    return abroad >= COMMON - 0.5 and _zipf(word, home) - abroad < HOME_MARGIN


def _zipf(word: str, code: str) -> float:
    """wordfreq.zipf_frequency of one word, from the lexicon's table: case folded ("süß" is
    "süss") and ’ read as ', as wordfreq does; an elision wordfreq counts as two tokens ("c'est")
    has their combined frequency (1 / the sum of 1 / each)."""
    word = word.casefold().replace("’", "'")
    found = lexicon.zipf(word, code)
    if found or "'" not in word:
        return found
    parts = [lexicon.zipf(part, code) for part in word.split("'") if part]
    return 0.0 if not parts or min(parts) == 0 else round(-math.log10(sum(10 ** -zipf for zipf in parts)), 2)


@lru_cache(maxsize=16384)
def foreign_phrases(text: str, language: str) -> tuple[tuple[int, int, str], ...]:
    """(start, end, language code) of each phrase clearly in another supported language in
    `text`, a text in `language` (a tag).  Cached: each edition's view asks for every paragraph
    (three times a full build; 0.1 s of a 92-page report's each time)."""
    home = language_of(language).code
    spans: list[tuple[int, int, str]] = []
    run: list[tuple[int, int, str]] = []
    previous_end = None
    for match in WORD.finditer(text):
        word = match.group().lower()
        kind = leaning(word, home)
        ongoing = _language_of_run(run)
        if kind == SHARED and ongoing != SHARED and not _readable_as(word, home, ongoing):
            kind = HOME         # "en" between English words: shared with French, not with English
        joined = previous_end is not None and JOINS.fullmatch(text, previous_end, match.start())
        other = kind not in (HOME, SHARED) and ongoing not in (SHARED, kind)
        if kind == HOME or not joined or other:
            spans += _phrase(run)
            run = []
        if kind != HOME:
            run.append((match.start(), match.end(), kind))
        previous_end = match.end()
    return tuple(spans + _phrase(run))


def _language_of_run(run: list[tuple[int, int, str]]) -> str:
    """The other language of a run's words so far (any, while it holds only shared words)."""
    return next((kind for _, _, kind in run if kind != SHARED), SHARED)


def _phrase(run: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The run trimmed to its foreign ends, when it holds enough words of the other language."""
    foreign = [index for index, (_, _, kind) in enumerate(run) if kind != SHARED]
    if len(foreign) < MIN_WORDS:
        return []
    return [(run[foreign[0]][0], run[foreign[-1]][1], run[foreign[0]][2])]
