"""Note references: a footnote number glued to a word, a percentage or punctuation ("wijk1",
"30%3", "ervaren.10") becomes NoteRef(n).  Notes are numbered in print order, so only a number
that continues the sequence is taken; numbers that belong to the text stay."""
from __future__ import annotations

import re
from dataclasses import replace

from publish.clean.lines import Block, Blocks, Changes
from publish.model import Inline, NoteRef, Text
from publish.report import Change

AFTER = r"(?=[\s.,;:!?)\]’”'\"]|$)"
CANDIDATE = re.compile(
    rf"(?P<word>[^\W\d_]{{2,}})(?P<n>\d{{1,3}}){AFTER}"             # wijk1, Europa5
    rf"|(?P<pct>\d%)(?P<n2>\d{{1,3}}){AFTER}"                         # 30%3
    rf"|(?P<punct>[^\W\d_]+[.,;:!?’”)])(?P<n3>\d{{1,3}})(?=\s|$)")      # ervaren.10
LOOKAHEAD = 3   # a note may be lost in OCR: accept a number a little ahead of the expected one


def link(blocks: Blocks) -> tuple[Blocks, Changes]:
    expected = 1
    out, changes = [], []
    for block in blocks:
        if block.kind == "pullquote":
            out.append(block)
            continue
        content, text, expected, found = _split(block, expected, changes)
        out.append(replace(block, content=content, text=text) if found else block)
    return tuple(out), tuple(changes)


def _split(block: Block, expected: int, changes: list[Change]):
    parts: list[Inline] = []
    plain, cursor, found = "", 0, False
    for match in CANDIDATE.finditer(block.text):
        number = int(match.group("n") or match.group("n2") or match.group("n3"))
        word = match.group("word") or match.group("pct") or match.group("punct")
        if word.isupper() and len(word) <= 4 and match.group("word"):
            continue                      # a code such as CO2 or G20, not a note
        if not (expected <= number < expected + LOOKAHEAD or (number == 1 and expected > 1)):
            continue
        digits_at = match.end() - len(str(number))
        plain_before = block.text[cursor:digits_at]
        parts.append(Text(plain_before))
        parts.append(NoteRef(number))
        plain += plain_before
        cursor = match.end()
        expected, found = number + 1, True
        changes.append(Change("noteref", block.line_at(match.start()), match.group(0), f"{word}[{number}]",
                              f"a number glued to '{word}' continues the note sequence"))
    if not found:
        return block.content, block.text, expected, False
    parts.append(Text(block.text[cursor:]))
    plain += block.text[cursor:]
    return tuple(part for part in parts if not (isinstance(part, Text) and not part.text)), plain, expected, True
