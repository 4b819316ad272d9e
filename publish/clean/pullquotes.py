"""Pull quotes: a display quote that (nearly) repeats body text is marked as a pull quote, so it
never appears twice in the reading order."""
from __future__ import annotations

import re
from difflib import SequenceMatcher
from collections import defaultdict
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


def _words_of_blocks(blocks: Blocks) -> list[list[str]]:
    """Each block's words, in lower case: WORD.findall over the lower-cased text.

    A word never spans white space, so each block's words are those of its white-space pieces
    in order, and each distinct piece of the document is read only once (most pieces recur).
    """
    pieces = [block.pieces for block in blocks]
    words_of = {piece: _piece_words(piece) for piece in set().union(*pieces)}
    return [list(chain.from_iterable(map(words_of.__getitem__, its_pieces))) for its_pieces in pieces]


def _piece_words(piece: str) -> list[str]:
    lowered = piece.lower()
    # Lower-casing first gives the same words unless it changes a length (İ -> i̇) or reads the
    # context (a final sigma; its context ends at white space): then each word is lowered on
    # its own.  (No character changes between word and non-word character when lowered to one
    # character, so a piece lowered as a whole or word by word gives the same words.)
    if len(lowered) == len(piece) and "\u03a3" not in piece:
        return WORD.findall(lowered)
    return list(map(str.lower, WORD.findall(piece)))


def _shingles(words: list[str]) -> set[tuple[str, ...]]:
    return set(zip(*(words[i:] for i in range(SHINGLE))))


def extract(blocks: Blocks) -> tuple[Blocks, Changes]:
    words = _words_of_blocks(blocks)
    quotes = [index for index, block in enumerate(blocks)
              if MIN_WORDS <= len(words[index]) <= MAX_WORDS and block.kind != "pullquote"
              and not _title(blocks, index)]
    shingles = {index: _shingles(words[index]) for index in quotes}
    wanted = set().union(*shingles.values()) if shingles else set()
    # Where each of the quotes' shingles occurs; body blocks are indexed by those shingles only.
    where: dict[tuple[str, ...], set[int]] = defaultdict(set)
    for index, found in enumerate(words):
        if len(found) < SHINGLE or not wanted:
            continue
        # (a quote's shingles are all wanted; a body block's are tested one by one, no set built)
        found_wanted = shingles[index] if index in shingles else wanted.intersection(
            zip(*(found[i:] for i in range(SHINGLE))))
        for shingle in found_wanted:
            where[shingle].add(index)
    out = list(blocks)
    changes: list[Change] = []
    for index in quotes:
        block = blocks[index]
        source = _repeated_in(index, words, shingles, where, out)
        if source is None:
            continue
        out[index] = replace(block, kind="pullquote")
        changes.append(Change("pullquote", block.first, block.text, "",
                              f"repeats the text of lines {blocks[source].first}-{blocks[source].last}: "
                              "a display quote, kept out of the reading order"))
    return tuple(out), tuple(changes)


def _title(blocks: Blocks, index: int) -> bool:
    """A title echoing a sentence of its text is no quote: it opens a page, ends without a full
    stop, and a byline or subtitle stands under it."""
    block = blocks[index]
    return (block.page_start and not ends_sentence(block.text)
            and index + 1 < len(blocks) and blocks[index + 1].kind == "display")


def _repeated_in(index: int, words, shingles, where, blocks: list[Block]) -> int | None:
    """The body block this block repeats, if any (the longer one is the body)."""
    counts: dict[int, int] = defaultdict(int)
    for shingle in shingles[index]:
        if len(where[shingle]) > COMMON_SHINGLE:
            continue
        for other in where[shingle]:
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
