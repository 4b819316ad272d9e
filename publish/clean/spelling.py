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
    # Most blocks hold no suspicious word at all.  A word never spans white space, so each
    # distinct white-space piece of the document is judged once (does any of its words read as
    # suspicious, mid-sentence or sentence-initial?); a block is walked word by word only when
    # it holds such a piece.
    pieces = [block.pieces for block in blocks]
    flagged, words = _flagged_pieces(set().union(*pieces))
    for block, its_pieces in zip(blocks, pieces):
        its_flagged = flagged.intersection(its_pieces)
        if not its_flagged:
            continue
        text = block.text
        # Only the flagged pieces hold suspicious words; the word pattern runs over each of
        # their places in the text (a word never reaches past the white space around a piece).
        for start, end in _places(text, its_flagged):
            for match in TOKEN.finditer(text, start, end):
                word = match.group(0)
                if word not in words:                     # not suspicious however it is read
                    continue
                initial = word[0].isupper() and _sentence_start(text, match.start())
                if _is_suspicious(word, initial):
                    key = (word, block.line_at(match.start()))
                    if key not in seen:
                        seen.add(key)
                        found.append(key)
    return tuple(found)


def _places(text: str, pieces: set[str]) -> list[tuple[int, int]]:
    """Where the white-space pieces stand in text, in order: (start, end) of each occurrence
    with white space or the text's edge on both sides."""
    places = []
    for piece in pieces:
        at = text.find(piece)
        while at >= 0:
            end = at + len(piece)
            if (at == 0 or text[at - 1].isspace()) and (end == len(text) or text[end].isspace()):
                places.append((at, end))
            at = text.find(piece, at + 1)
    places.sort()
    return places


_CLEAR: set[str] = set()       # words _maybe_suspicious found clean (a pure function of the word)
_CLEAR_MAX = 262144


def _flagged_pieces(pieces: set[str]) -> tuple[set[str], set[str]]:
    """The pieces holding a word that _maybe_suspicious finds, and those words."""
    findall, clear = TOKEN.findall, _CLEAR
    flagged, words = set(), set()
    for piece in pieces:
        if piece in clear:                        # a piece that is one clear word
            continue
        for word in ((piece,) if piece.isalpha() else findall(piece)):   # letters only: one word
            if word not in clear and _maybe_suspicious(word):
                flagged.add(piece)
                words.add(word)
    return flagged, words


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
