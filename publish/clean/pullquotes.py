"""Pull quotes: a display quote that (nearly) repeats body text is marked as a pull quote, so it
never appears twice in the reading order."""
from __future__ import annotations

import re
from difflib import SequenceMatcher
from collections import Counter, defaultdict
from collections.abc import Iterator
from itertools import chain
from dataclasses import replace

from publish.clean.lines import Block, Blocks, Changes, ends_sentence
from publish.report import Change

WORD = re.compile(r"\w+")
SHINGLE = 3            # words per shingle (to find candidate body blocks quickly)
MIN_WORDS = 5          # shorter repeats ("Ja.", a name) are not quotes
MAX_WORDS = 60         # a display quote is a sentence or two, not a paragraph
COMMON_SHINGLE = 8     # a phrase in more blocks than this is boilerplate, no evidence (keeps this linear)
CANDIDATES = 3         # body blocks compared word by word
OVERLAP = 0.8          # share of the quote's words found, in order, in one body block

Shingle = tuple[str, ...]


def extract(blocks: Blocks) -> tuple[Blocks, Changes]:
    pieces = [block.pieces for block in blocks]
    words_of = _WordsOf()
    words: dict[int, list[str]] = {}
    quotes = [index for index in _quote_sized(pieces, words_of, words)
              if blocks[index].kind != "pullquote" and not _title(blocks, index)]
    shingles = {index: set(_shingle_run(words[index])) for index in quotes}
    where = _linking_where(shingles, pieces, words_of, words)
    out = list(blocks)
    changes: list[Change] = []
    for index in quotes:
        block = blocks[index]
        source = _repeated_in(index, words, shingles[index], where, out)
        if source is None:
            continue
        out[index] = replace(block, kind="pullquote")
        changes.append(Change("pullquote", block.first, block.text, "",
                              f"repeats the text of lines {blocks[source].first}-{blocks[source].last}: "
                              "a display quote, kept out of the reading order"))
    return tuple(out), tuple(changes)


def _piece_words(piece: str) -> list[str]:
    """The words of a white-space piece, in lower case: WORD.findall over the lower-cased piece."""
    lowered = piece.lower()
    # Word characters only, before and after lowering (isalnum is the pattern's \w less "_"):
    # the piece is one word, whichever way it is lowered.
    if lowered.isalnum() and piece.isalnum():
        return [lowered]
    # Lower-casing first gives the same words unless it changes a length (İ -> i̇) or reads the
    # context (a final sigma; its context ends at white space): then each word is lowered on
    # its own.  (No character changes between word and non-word character when lowered to one
    # character, so a piece lowered as a whole or word by word gives the same words.)
    if len(lowered) == len(piece) and "\u03a3" not in piece:
        return WORD.findall(lowered)
    return list(map(str.lower, WORD.findall(piece)))


class _WordsOf(dict):
    """The words of each white-space piece, read when first asked for: each distinct piece of
    the document is read once (most pieces recur)."""

    def __missing__(self, piece: str) -> list[str]:
        words = self[piece] = _piece_words(piece)
        return words


def _words(its_pieces: list[str], words_of: _WordsOf) -> list[str]:
    """A block's words: those of its white-space pieces in order (a word never spans white space)."""
    return list(chain.from_iterable(map(words_of.__getitem__, its_pieces)))


def _quote_sized(pieces: list[list[str]], words_of: _WordsOf, words: dict[int, list[str]]) -> list[int]:
    """The blocks of MIN_WORDS to MAX_WORDS words; the words of each block read are put in words."""
    sized = []
    for index, its_pieces in enumerate(pieces):
        # Each piece holding a word adds one word at least: when the first MAX_WORDS + 1 pieces
        # all do, the block is too long whatever the rest holds, and is not read word by word.
        if len(its_pieces) > MAX_WORDS and all(map(words_of.__getitem__, its_pieces[:MAX_WORDS + 1])):
            continue
        its_words = words[index] = _words(its_pieces, words_of)
        if MIN_WORDS <= len(its_words) <= MAX_WORDS:
            sized.append(index)
    return sized


def _shingle_run(words: list[str]) -> Iterator[Shingle]:
    """Each run of SHINGLE words, in order."""
    return zip(*(words[i:] for i in range(SHINGLE)))


def _linking_where(shingles: dict[int, set[Shingle]], pieces: list[list[str]], words_of: _WordsOf,
                   words: dict[int, list[str]]) -> dict[Shingle, set[int]]:
    """The blocks holding each of the quotes' shingles that links blocks: one found in two to
    COMMON_SHINGLE blocks (in more, it is boilerplate, no evidence; in one, it links nothing)."""
    held = Counter(chain.from_iterable(shingles.values()))
    # A shingle in more quotes than COMMON_SHINGLE is common whatever the body holds: only the
    # others are looked for in the other blocks, which are not read at all when there are none.
    unsettled = {shingle for shingle, quoted in held.items() if quoted <= COMMON_SHINGLE}
    if not unsettled:
        return {}
    in_others = _found_in_others(unsettled, shingles, pieces, words_of, words)
    held.update(chain.from_iterable(in_others.values()))
    linking = {shingle for shingle in unsettled if 1 < held[shingle] <= COMMON_SHINGLE}
    return _where(linking, shingles | in_others)


def _found_in_others(wanted: set[Shingle], shingles: dict[int, set[Shingle]], pieces: list[list[str]],
                     words_of: _WordsOf, words: dict[int, list[str]]) -> dict[int, set[Shingle]]:
    """The wanted shingles each block other than the quotes holds, by block index (blocks holding
    none left out); the words of every block read are put in words."""
    found = {}
    for index, its_pieces in enumerate(pieces):
        if index in shingles:
            continue
        its_words = words.get(index)
        if its_words is None:
            its_words = words[index] = _words(its_pieces, words_of)
        # (tested one by one, no set of the block's shingles built)
        its_found = wanted.intersection(_shingle_run(its_words))
        if its_found:
            found[index] = its_found
    return found


def _where(linking: set[Shingle], holding: dict[int, set[Shingle]]) -> dict[Shingle, set[int]]:
    """The blocks holding each linking shingle.  Each set is filled in block order: the order a
    set of block numbers iterates in depends on the order they were added, and _repeated_in
    ranks equally shared candidates in that order."""
    where: dict[Shingle, set[int]] = defaultdict(set)
    for index in sorted(holding):
        for shingle in linking.intersection(holding[index]):
            where[shingle].add(index)
    return where


def _title(blocks: Blocks, index: int) -> bool:
    """A title echoing a sentence of its text is no quote: it opens a page, ends without a full
    stop, and a byline or subtitle stands under it."""
    block = blocks[index]
    return (block.page_start and not ends_sentence(block.text)
            and index + 1 < len(blocks) and blocks[index + 1].kind == "display")


def _repeated_in(index: int, words: dict[int, list[str]], its_shingles: set[Shingle],
                 where: dict[Shingle, set[int]], blocks: list[Block]) -> int | None:
    """The body block this block repeats, if any (the longer one is the body)."""
    if where.keys().isdisjoint(its_shingles):
        return None          # (no shingle links it: the common case, settled without a loop)
    counts: dict[int, int] = defaultdict(int)
    for shingle in its_shingles:
        for other in where.get(shingle, ()):
            if other != index:
                counts[other] += 1
    for other, shared in sorted(counts.items(), key=lambda item: -item[1])[:CANDIDATES]:
        if shared < 2 or blocks[other].kind == "pullquote":
            continue
        longer = len(words[other]) > len(words[index]) or (len(words[other]) == len(words[index]) and other < index)
        if longer and _share_in_order(words[index], words[other]) >= OVERLAP:
            return other
    return None


def _share_in_order(quote: list[str], body: list[str]) -> float:
    """Share of the quote's words that the body has in the same order (a quote may drop a word)."""
    matcher = SequenceMatcher(None, quote, body, autojunk=False)
    return sum(block.size for block in matcher.get_matching_blocks()) / len(quote)
