"""A text's pages and their edges: where each page starts and ends, the lines at its head and foot,
a line's nearest text lines and whether it stands alone among them.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from bisect import bisect_right
from functools import partial
from itertools import islice

from publish.clean.lines import Lines, first_word, page_openings
from publish.clean.artifacts.patterns import EDGE_DEPTH, LIGATURE, RUNNING_HEAD_MAX


def shared_offset(offsets: Iterable[int]) -> int | None:
    """The offset from their page's index that most page numbers share: two at least, more
    than any other offset; None when none does."""
    ranked = Counter(offsets).most_common(2)
    if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return ranked[0][0]


def stands_alone(lines: Lines, index: int) -> bool:
    """A blank line, a page's start or the text's edge on both sides of the line."""
    before = index == 0 or lines[index - 1].blank or lines[index].page_start
    after = index + 1 >= len(lines) or lines[index + 1].blank or lines[index + 1].page_start
    return before and after


def only_ligature_letters_under(lines: Lines, index: int) -> bool:
    """Nothing but blank lines and ligature letters set apart (see patterns.LIGATURE) stand under
    the line to its page's end: the page's last text line, but for those letters."""
    for following in range(index + 1, len(lines)):
        line = lines[following]
        if line.page_start:
            return True
        if line.text and not LIGATURE.match(line.text):
            return False
    return True


def text_neighbour(lines: Lines, index: int, step: int) -> int | None:
    """The index of the nearest text line before (step -1) or after (+1), two blank lines apart at most."""
    neighbour = index + step
    for _ in range(3):
        if not 0 <= neighbour < len(lines):
            return None
        if lines[neighbour].text:
            return neighbour
        neighbour += step
    return None


# A page's two edges, by name, in the order of a page's (head lines, foot lines).
EDGES = ("head", "foot")


def page_spans(lines: Lines) -> list[tuple[int, int]]:
    """(first index, end index) of each page, from the page starts.  A page of one short line
    before the next page start opens that page: a running head above the OCR's page marker
    starts a page of its own once the page number above it is gone."""
    starts = page_openings(lines)
    kept: list[int] = []
    opening = None                      # the start of the short page(s) opening the next one
    for start, following in zip(starts, starts[1:] + [len(lines)]):
        if opening is None:
            opening = start
        if following < len(lines) and _holds_a_head_only(lines, start, following):
            continue
        kept.append(opening)
        opening = None
    return list(zip(kept, kept[1:] + [len(lines)]))


def page_lookup(pages: list[tuple[int, int]]) -> Callable[[int], int]:
    """The function giving the page that holds a line's index: its place among the pages, from 1."""
    return partial(bisect_right, [first for first, _ in pages])


def _holds_a_head_only(lines: Lines, start: int, end: int) -> bool:
    """Lines start to end hold one text line, short enough for a running head."""
    found = 0
    for index in range(start, end):
        text = lines[index].text
        if text:
            found += 1
            if found > 1 or len(text) > RUNNING_HEAD_MAX:
                return False
    return found == 1


def edge_zones(lines: Lines, pages: list[tuple[int, int]]) -> list[tuple[list[int], list[int]]]:
    """For each page, the indexes of the text lines at its head and at its foot (a short page's
    lines may stand at both)."""
    return [(_edge(lines, range(first, end)), _edge(lines, range(end - 1, first - 1, -1))[::-1])
            for first, end in pages]


def _edge(lines: Lines, inward: range) -> list[int]:
    """The text lines at one edge of a page, read inward from it: the first text line, and the
    groups of short lines (a blank line apart from what follows) that together hold at most
    EDGE_DEPTH lines, such as a footer's folio, web address and classification.  A group that
    runs on into the text, or whose lines run on into each other as a sentence does, is the
    body's."""
    edge: list[int] = []
    group: list[int] = []
    for index in inward:
        text = lines[index].text
        if text:
            if len(text) > RUNNING_HEAD_MAX or len(edge) + len(group) >= EDGE_DEPTH:
                break
            group.append(index)
        elif group:
            if _prose(lines, group):
                break
            edge += group
            group = []
    else:
        if not _prose(lines, group):
            edge += group                     # the page ends with the group
    if not edge:                              # the first text line is at the edge, whatever follows
        edge = list(islice((index for index in inward if lines[index].text), 1))
    return edge


def _prose(lines: Lines, group: list[int]) -> bool:
    """Some line of the group runs on into the next as a sentence: it ends in no punctuation and
    the next opens with a word in lower case."""
    ordered = sorted(group)
    for upper, lower in zip(ordered, ordered[1:]):
        text, following = lines[upper].text, lines[lower].text
        word = first_word(following)
        if text[-1].isalnum() and word.isalpha() and word.islower():
            return True
    return False


def gone_next_to(lines: Lines, index: int, step: int) -> bool:
    """Between lines[index] and the next text line before (step -1) or after (+1) it, a source
    line is gone (removed by an earlier pass or round: furniture)."""
    neighbour = index + step
    while 0 <= neighbour < len(lines) and lines[neighbour - step].number + step == lines[neighbour].number:
        if lines[neighbour].text:
            return False
        neighbour += step
    return 0 <= neighbour < len(lines)
