"""Suspicious words: not in the Dutch word list nor made of words in it.  Listed, never changed."""
from __future__ import annotations

import re
from functools import lru_cache

from publish.clean import lexicon
from publish.clean.lines import Blocks

TOKEN = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
MIN_LENGTH = 4
ROMAN_END = re.compile(r"(?:^|\s)[IVX]+\.$")


def suspicious(blocks: Blocks) -> tuple[tuple[str, int], ...]:
    found: list[tuple[str, int]] = []
    seen: set[tuple[str, int]] = set()
    for block in blocks:
        # Most blocks hold no suspicious word at all: test each distinct word once, either way
        # it might be read (mid-sentence or sentence-initial), before walking the block.
        # Words already found unsuspicious are taken out in one set difference.
        if not any(_maybe_suspicious(word) for word in set(TOKEN.findall(block.text)) - _CLEAR):
            continue
        for match in TOKEN.finditer(block.text):
            word = match.group(0)
            if len(word) < MIN_LENGTH:
                continue
            start = word[0].isupper() and _sentence_start(block.text, match.start())
            if _is_suspicious(word, start):
                key = (word, block.line_at(match.start()))
                if key not in seen:
                    seen.add(key)
                    found.append(key)
    return tuple(found)


_CLEAR: set[str] = set()       # words _maybe_suspicious found clean (a pure function of the word)
_CLEAR_MAX = 262144


def _maybe_suspicious(word: str) -> bool:
    found = len(word) >= MIN_LENGTH and (_is_suspicious(word, False) or (word[0].isupper() and _is_suspicious(word, True)))
    if not found:
        if len(_CLEAR) >= _CLEAR_MAX:
            _CLEAR.clear()
        _CLEAR.add(word)
    return found


@lru_cache(maxsize=262144)
def _is_suspicious(word: str, sentence_start: bool) -> bool:
    parts = [part for part in word.split("-") if part]
    for part in parts:
        if len(part) < MIN_LENGTH or any(c.isupper() for c in part[1:]):
            continue                                   # short words and acronyms
        if part[0].isupper() and not (sentence_start and part is parts[0]):
            continue                                   # a name
        if not lexicon.compound(part):
            return True
    return False


def _sentence_start(text: str, position: int) -> bool:
    before = text[max(0, position - 12):position].rstrip(" ‘“'\"(")
    if position <= 12 and not before:
        return True
    return not before or before[-1] in ".!?]:" or ROMAN_END.search(before) is not None
