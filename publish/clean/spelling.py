"""Suspicious words: not in the text's language's word list nor made of words in it.  Listed, never changed."""
from __future__ import annotations

import re
from functools import lru_cache
from itertools import compress
from operator import attrgetter, not_

from publish.clean import lexicon
from publish.clean.lines import Blocks
from publish.clean.tokens import WORD

MIN_LENGTH = 4
ROMAN_END = re.compile(r"(?:^|\s)[IVX]+\.$")


def suspicious(blocks: Blocks, language: str = lexicon.LANGUAGE) -> tuple[tuple[str, int], ...]:
    clear = _CLEAR.setdefault(language, set())
    found: list[tuple[str, int]] = []
    seen: set[tuple[str, int]] = set()
    words: set[str] = set()          # the words met so far that _maybe_suspicious finds
    # Most blocks hold no suspicious word at all.  A word never spans white space, so a block
    # whose white-space pieces are all known to be clear (in clear) holds none: one look-up per
    # piece passes it over.  Only the pieces not known yet are judged.
    for block in compress(blocks, map(not_, map(clear.issuperset, map(_PIECES, blocks)))):
        its_flagged = _flagged_pieces(block.pieces, words, language, clear)
        if not its_flagged:
            continue
        text = block.text
        # Only the flagged pieces hold suspicious words; the word pattern runs over each of
        # their places in the text (a word never reaches past the white space around a piece).
        for start, end in _places(text, its_flagged):
            for match in WORD.finditer(text, start, end):
                word = match.group(0)
                if word not in words:                     # not suspicious however it is read
                    continue
                initial = word[0].isupper() and _sentence_start(text, match.start())
                if _is_suspicious(word, initial, language):
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


# Per language, the words and pieces that hold no word _maybe_suspicious finds (a pure function
# of the string; a word, read as a piece, is itself).  Cleared when full, so it only ever forgets.
_CLEAR: dict[str, set[str]] = {}
_CLEAR_MAX = 262144
_PIECES = attrgetter("pieces")


def _flagged_pieces(pieces: list[str], words: set[str], language: str, clear: set[str]) -> set[str]:
    """The pieces not in clear that hold a word _maybe_suspicious finds (those words go into
    words); the others go into clear."""
    findall = WORD.findall
    flagged = set()
    for piece in set(pieces).difference(clear):
        found = [word for word in ((piece,) if piece.isalpha() else findall(piece))   # letters only: one word
                 if word not in clear and _maybe_suspicious(word, language, clear)]
        if found:
            flagged.add(piece)
            words.update(found)
        else:
            _remember_clear(piece, clear)
    return flagged


def _maybe_suspicious(word: str, language: str, clear: set[str]) -> bool:
    found = len(word) >= MIN_LENGTH and (_is_suspicious(word, False, language)
                                         or (word[0].isupper() and _is_suspicious(word, True, language)))
    if not found:
        _remember_clear(word, clear)
    return found


def _remember_clear(text: str, clear: set[str]) -> None:
    if len(clear) >= _CLEAR_MAX:
        clear.clear()
    clear.add(text)


@lru_cache(maxsize=262144)
def _is_suspicious(word: str, sentence_start: bool, language: str) -> bool:
    parts = [part for part in word.split("-") if part]
    for part in parts:
        if len(part) < MIN_LENGTH or any(c.isupper() for c in part[1:]):
            continue                                   # short words and acronyms
        if part[0].isupper() and not (sentence_start and part is parts[0]):
            continue                                   # a name
        if not lexicon.compound(part, language):
            return True
    return False


def _sentence_start(text: str, position: int) -> bool:
    before = text[max(0, position - 12):position].rstrip(" ‘“'\"(")
    if position <= 12 and not before:
        return True
    return not before or before[-1] in ".!?]:" or ROMAN_END.search(before) is not None
