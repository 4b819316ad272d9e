"""Ligature letters ("ff", "fi") that a text layer without a map for the glyphs set apart at a page's foot.
"""
from __future__ import annotations

import re

from publish.clean.lines import Changes, Lines, TEXT
from publish.clean.artifacts.edits import drop_lines, lines_matching


# The letters of a ligature glyph ("ff", "fi", "fl", "ffi", "ffl").  A PDF whose ligatures the
# text layer cannot map sets their letters apart at the foot of the page, one a line, and leaves
# a gap in the words they belong to ("tre en" for "treffen").  Put back where they belong they
# cannot be; left where they stand they split the sentence the page break cuts.
LIGATURE = re.compile(r"^(?:ff|fi|fl|ffi|ffl)$")
LIGATURE_GATE = re.compile(r"\nf[fil]")
# So many such lines in the text at least: one lone "fi" at a page's foot may be a word's end.
LIGATURE_MIN_LINES = 3


def remove_ligature_letters(lines: Lines) -> tuple[Lines, Changes]:
    """Ligature letters set apart by the text layer: each alone on its line with nothing but
    blank lines and other such lines under it to the page's end, and LIGATURE_MIN_LINES of them
    in the text at least."""
    texts = list(map(TEXT, lines))
    found = [index for index in lines_matching(texts, LIGATURE_GATE)
             if LIGATURE.match(texts[index]) and ends_its_page(lines, index)]
    if len(found) < LIGATURE_MIN_LINES:
        return lines, ()
    reason = f"ligature letters set apart at a page's foot ({len(found)} lines in the text)"
    return drop_lines(lines, {index: ("ligature", reason) for index in found}, found)


def ends_its_page(lines: Lines, index: int) -> bool:
    """Only blank lines and ligature letters stand under the line to its page's end."""
    for following in range(index + 1, len(lines)):
        line = lines[following]
        if line.page_start:
            return True
        if line.text and not LIGATURE.match(line.text):
            return False
    return True
