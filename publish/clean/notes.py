"""Note references: a footnote number glued to a word, a percentage or punctuation ("wijk1",
"30%3", "ervaren.10", "8,6%.1", "rekeningen.”7", "in 2019.3 Veel") becomes NoteRef(n).  Notes are numbered in print order, so only a number
that continues the sequence is taken; numbers that belong to the text stay."""
from __future__ import annotations

import re
from dataclasses import replace
from functools import partial

from publish.clean.lines import Block, Blocks, Changes, JoinedTexts
from publish.model import Inline, NoteRef, Text
from publish.report import Change

# A run of 1-3 digits glued to what precedes it and followed by a space, punctuation or the end.
# (The first digit leads and the look-behind spans it: the regex engine then only stops at
# digits instead of testing the look-behind at every character; the matches are those of
# (?:(?<=[^\W\d_])|(?<=[%.,;:!?’”)]))\d{1,3}(?=...).)
GLUED = re.compile(r"\d(?:(?<=[^\W\d_]\d)|(?<=[%.,;:!?’”)]\d))\d{0,2}(?=[\s.,;:!?)\]’”'\"]|$)")


WORD_BEFORE = re.compile(r"[^\W\d_]+$")
CLOSING = ".,;:!?’”)"             # punctuation a note number may follow
SENTENCE_END = ".!?"
YEAR_BEFORE = re.compile(r"(?<![\d.,])(?:1[5-9]|20)\d\d$")
LOOKAHEAD = 3   # a note may be lost in OCR: accept a number a little ahead of the expected one


def link(blocks: Blocks) -> tuple[Blocks, Changes]:
    expected = 1
    out, changes = list(blocks), []
    for index in _blocks_with_glued_numbers(blocks):
        block = blocks[index]
        if block.kind == "pullquote":
            continue
        content, text, expected, found = _split(block, expected, changes)
        if found:
            out[index] = replace(block, content=content, text=text)
    return tuple(out), tuple(changes)


def _blocks_with_glued_numbers(blocks: Blocks) -> list[int]:
    """The blocks holding a number GLUED matches (the others hold no note number).  A match starts
    at a digit, so GLUED is tried only at the digits of all blocks' joined text; a match there is
    one in the block's own text, as the newline joining two texts is to GLUED what a text's edge
    is (neither a letter nor punctuation before a number, white space after it)."""
    joined = JoinedTexts([block.text for block in blocks])
    glued = filter(None, map(partial(GLUED.match, joined.text), joined.digit_positions()))
    return joined.blocks_at(match.start() for match in glued)


def _carrier(text: str, start: int) -> str | None:
    """What the number is glued to, when that makes it a note: a word of two letters or more
    (not a code such as CO2), a percentage, or punctuation after a word, a percentage or a year
    ("ervaren.”3", "8,6%.1", "2019.3"; a year needs more evidence, see _year_note)."""
    before = text[max(0, start - 40):start]
    body = before.rstrip(CLOSING)
    marks = before[len(body):]
    if body.endswith("%"):
        return body.split()[-1] + marks if body[-2:-1].isdigit() else None
    if marks:
        word = WORD_BEFORE.search(body)
        if word:
            return word.group(0) + marks
        year = YEAR_BEFORE.search(body)
        return year.group(0) + marks if year and marks[0] in SENTENCE_END else None
    word = WORD_BEFORE.search(before)
    if not word or len(word.group(0)) < 2 or (word.group(0).isupper() and len(word.group(0)) <= 4):
        return None
    if word.start() > 0 and before[word.start() - 1].isdigit():
        return None                                  # "1e2", a measurement, not a note
    return word.group(0)


def _year_note(text: str, end: int, number: int, expected: int) -> bool:
    """A number after a year and a full stop ("in 2019.3") is a note only when it is exactly the
    next note and a sentence starts after it (or the block ends): "versie 2019.3 van" stays."""
    rest = text[end:].lstrip().lstrip("‘“'\"(")
    return number == expected and (not rest or rest[0].isupper())


def _split(block: Block, expected: int, changes: list[Change]):
    parts: list[Inline] = []
    cursor, found = 0, False
    for match in GLUED.finditer(block.text):
        number = int(match.group(0))
        if not (expected <= number < expected + LOOKAHEAD or (number == 1 and expected > 1)):
            continue
        carrier = _carrier(block.text, match.start())
        if carrier is None:
            continue
        after_year = bool(YEAR_BEFORE.search(carrier.rstrip(CLOSING)))
        if after_year and not _year_note(block.text, match.end(), number, expected):
            continue
        parts.append(Text(block.text[cursor:match.start()]))
        parts.append(NoteRef(number))
        cursor = match.end()
        expected, found = number + 1, True
        changes.append(Change("noteref", block.line_at(match.start()), carrier + match.group(0),
                              f"{carrier}[{number}]", f"a number glued to '{carrier}' continues the note sequence"
                              + (" exactly, and a sentence starts after it" if after_year else "")))
    if not found:
        return block.content, block.text, expected, False
    parts.append(Text(block.text[cursor:]))
    parts = [part for part in parts if not (isinstance(part, Text) and not part.text)]
    plain = "".join(part.text for part in parts if isinstance(part, Text))
    return tuple(parts), plain, expected, True
