"""The lines stacked on a running head or foot taken: the rest of the page's head or foot.
"""
from __future__ import annotations

import re

from publish.clean.lines import Lines, ends_sentence
from publish.clean.artifacts.patterns import RUNNING_HEAD_MAX, TWO_LETTERS


# A year or a number alone, as a head's second line prints it: "2014".
FIGURES_ALONE = re.compile(r"\d{1,4}")


def stacked_figures(lines: Lines, zones, taken: set[int]) -> set[int]:
    """The lines of figures alone ("2014") at a page's head right under a line taken as a
    running head in an earlier round: the rest of that head, which a year alone cannot be on its
    own evidence (head_key leaves years out, a chronology's headings being years too).  Under
    the head's evidence it goes when it is the same line on as many pages as a head must be
    (see repeats.repeated_heads, whose copies of figures must be one line: a page's number, which
    changes, never)."""
    if not taken:
        return set()
    return {index for indexes_by_edge in zones for indexes in indexes_by_edge for index in indexes
            if FIGURES_ALONE.fullmatch(lines[index].text.strip())
            and under_a_taken_head(lines, index, taken)}


def under_a_taken_head(lines: Lines, index: int, taken: set[int]) -> bool:
    """The text line before this one (blank lines between) was taken as a running head in an
    earlier round: the line is the next in a stack of heads."""
    before = index - 1
    while before >= 0 and lines[before].blank:
        before -= 1
    after_number = lines[before].number if before >= 0 else 0
    return any(number in taken for number in range(after_number + 1, lines[index].number))


def stacked_beyond(texts: list[str], drop: dict[int, tuple[str, str]], zones) -> dict[int, tuple[str, str]]:
    """The lines between a running head and its page's edge (above a head, below a foot), short
    and ending no sentence: the rest of the page's head or foot ("Openbare versie" over the title
    and the case number at the first page's foot; a date and time the file was printed, a line
    of figures that ends no sentence).  Not above a head on the first page, whose
    top holds the cover's own lines, nor on a page whose head and foot lines meet."""
    stacked = {}
    for page, (top, foot) in enumerate(zones):
        if set(top) & set(foot):
            continue                          # a short page: no telling its head from its foot
        for edge, inward_out in (("head", top[::-1] if page else []), ("foot", foot)):
            beyond = None
            for index in inward_out:
                if index in drop:
                    beyond = texts[index]
                elif beyond is not None:
                    if len(texts[index]) > RUNNING_HEAD_MAX or (ends_sentence(texts[index])
                                                                and TWO_LETTERS.search(texts[index])):
                        break
                    stacked[index] = ("running-head", f"between a running {edge} ('{beyond}') and the page's edge")
    return stacked
