"""Ligature letters ("ff", "fi") that a text layer without a map for the glyphs set apart at a page's foot.
"""
from __future__ import annotations

import re

from publish.clean.lines import Changes, Lines, TEXT, lines_matching
from publish.clean.artifacts.edits import drop_lines
from publish.clean.artifacts.pages import only_ligature_letters_under
from publish.clean.artifacts.patterns import LIGATURE


# A line opening with a ligature's letters (see patterns.LIGATURE), found by its newline.
LIGATURE_GATE = re.compile(r"\nf[fil]")
# So many such lines in the text at least: one lone "fi" at a page's foot may be a word's end.
LIGATURE_MIN_LINES = 3


def remove_ligature_letters(lines: Lines) -> tuple[Lines, Changes]:
    """Ligature letters set apart by the text layer: each alone on its line with nothing but
    blank lines and other such lines under it to the page's end, and LIGATURE_MIN_LINES of them
    in the text at least."""
    texts = list(map(TEXT, lines))
    found = [index for index in lines_matching(texts, LIGATURE_GATE)
             if LIGATURE.match(texts[index]) and only_ligature_letters_under(lines, index)]
    if len(found) < LIGATURE_MIN_LINES:
        return lines, ()
    reason = f"ligature letters set apart at a page's foot ({len(found)} lines in the text)"
    return drop_lines(lines, {index: ("ligature", reason) for index in found}, found)
