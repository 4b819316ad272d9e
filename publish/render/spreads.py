"""Facing pages that end level: the shorter page of a spread stretched at its paragraph breaks.

Widows, orphans and headings kept with their text end a page a line or three early, and the page
facing it then ends lower: the uneven foot a reader sees across the spread. Laying the text out
again to move a line would cost a second layout; a book's way that costs none is vertical
justification (TeX's \\flushbottom): the few points missing are shared out between the blocks of the
shorter page, above its headings and between its paragraphs and list items, so both pages end on
the same baseline. Only spreads in mid-chapter are levelled (a chapter ends where it ends), and
only when every break gets at most MOST_A_BREAK of extra space and every line at most MOST_A_LINE;
a page with too few breaks and lines for that keeps its short foot rather than gaping.

The worst short page a full one faces is one whose subheading went over to the next page: the
heading's line of space, its own line and the two lines kept with it leave up to three lines empty.
A page of some twenty-five lines takes those three in its breaks and about an eighth of a line
between lines (InDesign's vertical justification grows the leading the same way once its paragraph
spacing limit is reached). The alternative, a second layout with the spread one line long, would
double the cost of every booklet that has such a heading.

Works on WeasyPrint's laid-out boxes (absolute positions) before the PDF is written; the pages'
links, anchors and bookmarks are then gathered again from the moved boxes.
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from weasyprint.document import Page
from weasyprint.formatting_structure.boxes import BlockContainerBox, LineBox, MarginBox, TableBox

Layout = Any          # a laid-out weasyprint.document.Document
Box = Any

LEVEL = 0.5           # px: feet closer than this are level already
MOST_A_BREAK = 5.0    # px (3.75 pt, a quarter of the booklet's 14.5 pt line) of extra space per break
MOST_A_LINE = 2.3     # px (1.7 pt, 12 % of the leading) of extra space between two lines of a paragraph
HEADING_SHARE = 2     # a break above a heading takes twice a paragraph break's share: it reads as a pause
HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}


def level_spreads(document: Layout) -> Layout:
    """The document with the shorter page of each mid-chapter spread stretched to the other's foot."""
    pages = document.pages
    ends = _chapter_ends(pages)
    for left in range(1, len(pages) - 1, 2):          # indexes of left-hand (even-numbered) pages
        right = left + 1
        if left in ends or right in ends:
            continue
        left_foot, right_foot = _foot(pages[left]._page_box), _foot(pages[right]._page_box)
        if left_foot is None or right_foot is None or abs(left_foot - right_foot) < LEVEL:
            continue
        shorter = left if left_foot < right_foot else right
        if _stretch(pages[shorter]._page_box, abs(left_foot - right_foot)):
            pages[shorter] = Page(pages[shorter]._page_box)
    return document


def _chapter_ends(pages: list[Any]) -> set[int]:
    """Indexes of pages a chapter (or the front matter) ends on: the next page opens a page group,
    is blank, or there is none."""
    ends = {len(pages) - 1}
    for index in range(len(pages) - 1):
        following = pages[index + 1]._page_box.page_type
        if following.blank or any(position == 0 for _, position in following.groups):
            ends.add(index)
    return ends


def _flow(page_box: Box) -> list[Box]:
    """The page's in-flow content (the root element's box), without its margin boxes."""
    return [child for child in page_box.children if not isinstance(child, MarginBox)]


def _lines(box: Box) -> Iterator[Box]:
    if isinstance(box, LineBox):
        yield box
        return
    for child in getattr(box, "children", ()):
        yield from _lines(child)


def _foot(page_box: Box) -> float | None:
    """The baseline of the page's last line of text (px from the page's top), None on a page without."""
    baselines = [line.position_y + line.baseline for root in _flow(page_box) for line in _lines(root)
                 if line.children]
    return max(baselines, default=None)


def _stacks(box: Box) -> bool:
    """A box whose children are blocks stacked one under the other (not lines, not a table)."""
    children = getattr(box, "children", ())
    return (isinstance(box, BlockContainerBox) and not isinstance(box, TableBox) and bool(children)
            and not any(isinstance(child, LineBox) for child in children))


def _holds_lines(box: Box) -> bool:
    return isinstance(box, BlockContainerBox) and any(isinstance(child, LineBox) for child in box.children)


def _weight(box: Box, index: int) -> int:
    """The share of the extra space the break above the stacked child box takes (0: no break)."""
    if not index or not box.is_in_normal_flow():
        return 0
    return HEADING_SHARE if box.element_tag in HEADINGS else 1


def _gaps(box: Box) -> Iterator[tuple[int, int]]:
    """(break weight, line gaps) of every block under box, in reading order."""
    if _holds_lines(box):
        yield 0, sum(isinstance(child, LineBox) for child in box.children) - 1
    elif _stacks(box):
        for index, child in enumerate(box.children):
            yield _weight(child, index), 0
            yield from _gaps(child)


@dataclass(frozen=True)
class Shares:
    """The extra space each break (per unit of weight) and each gap between two lines takes."""

    per_break: float
    per_line: float


def _shares(roots: list[Box], missing: float) -> Shares | None:
    """Breaks take the missing space first, up to MOST_A_BREAK each; lines the rest, up to
    MOST_A_LINE each. None when that is not enough."""
    gaps = [gap for root in roots for gap in _gaps(root)]
    weights = sum(weight for weight, _ in gaps)
    heaviest = max((weight for weight, _ in gaps), default=0)
    lines = sum(count for _, count in gaps)
    per_break = min(missing / weights, MOST_A_BREAK / heaviest) if weights else 0.0
    rest = missing - per_break * weights
    per_line = rest / lines if lines else 0.0
    if rest > LEVEL and (not lines or per_line > MOST_A_LINE):
        return None
    return Shares(per_break, per_line)


def _stretch(page_box: Box, missing: float) -> bool:
    """Share `missing` px out between the page's breaks and lines; False (nothing moved) when the
    page has too few of them for the limits."""
    roots = _flow(page_box)
    shares = _shares(roots, missing)
    if shares is None:
        return False
    for root in roots:
        _move(root, 0.0, shares)
    return True


def _move(box: Box, offset: float, shares: Shares) -> float:
    """Move box down by offset and what is inside it by offset plus the breaks and line gaps above
    them; grow box by what it adds. Returns the offset below box."""
    start = offset
    if _holds_lines(box):
        box.position_y += offset
        lines = 0
        for child in box.children:
            if isinstance(child, LineBox):
                offset = start + lines * shares.per_line
                lines += 1
            child.translate(dy=offset)
    elif _stacks(box):
        box.position_y += offset
        for index, child in enumerate(box.children):
            offset += _weight(child, index) * shares.per_break
            offset = _move(child, offset, shares)
    else:
        box.translate(dy=offset)
        return offset
    box.height += offset - start
    return offset
