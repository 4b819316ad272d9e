"""A Dutch lexicon: word frequencies from wordfreq, loaded once, looked up from a dict."""
from __future__ import annotations

import math
from functools import lru_cache

COMMON = 3.0     # Zipf >= 3: a word most readers know (about once per million words)
KNOWN = 1.5      # below this a "word" in the list is as likely an OCR error as a word
LINKS = ("", "s", "e", "en", "er")   # Dutch linking sounds between compound parts


@lru_cache(maxsize=1)
def _frequencies() -> dict[str, float]:
    import wordfreq
    return wordfreq.get_frequency_dict("nl", wordlist="best")


@lru_cache(maxsize=262144)
def zipf(word: str) -> float:
    """Zipf frequency of a word (0 when unknown), as wordfreq.zipf_frequency gives it."""
    frequency = _frequencies().get(word.lower(), 0.0)
    return round(math.log10(frequency) + 9, 2) if frequency > 0 else 0.0


def known(word: str, threshold: float = KNOWN) -> bool:
    return zipf(word) >= threshold


@lru_cache(maxsize=262144)
def compound(word: str) -> bool:
    """A word made of known words (Dutch writes compounds as one word): 'maatjescontacten'."""
    word = word.lower()
    if known(word) or _inflected(word):
        return True
    for cut in range(3, len(word) - 2):
        head, tail = word[:cut], word[cut:]
        if not (known(tail, 2.5) or (len(tail) > 6 and compound(tail))):
            continue
        for link in LINKS:
            if head.endswith(link) and len(head) - len(link) >= 3 and known(head[: len(head) - len(link)], 2.5):
                return True
    return False


SUFFIXES = ("ere", "er", "ste", "st", "en", "e", "s", "de", "te", "d", "t")


def _inflected(word: str) -> bool:
    """A comparative, plural or past form of a known word: 'ongelijker', 'pessimistischer'."""
    return any(word.endswith(suffix) and len(word) - len(suffix) >= 4 and known(word[: -len(suffix)], 2.5)
               for suffix in SUFFIXES)
