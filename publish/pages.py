"""Measure a finished booklet from its PDF: where each page's text ends, and whether facing pages
end level. Page furniture (/Artifact /Pagination: running heads, folios) is not measured; display
quotes (/Artifact /Layout) are: they stand in the type area, and one at a page's foot is its foot.

WeasyPrint draws in CSS pixels under a flipped matrix: a text matrix's y is the baseline's
distance from the top of the page in px (0.75 pt).
"""
from __future__ import annotations

import io
from dataclasses import dataclass

import pikepdf
from pikepdf import Name, Operator

PX = 0.75   # points per CSS pixel


@dataclass(frozen=True)
class Page:
    """One page: its number, the baselines of its text (pt from the top) and its left text edge."""

    number: int
    baselines: tuple[float, ...]
    left: float | None           # leftmost start of a text line, pt from the page's left edge
    right: float | None          # rightmost start of a text line (approximate)

    @property
    def last(self) -> float | None:
        return self.baselines[-1] if self.baselines else None


def pages(pdf_bytes: bytes) -> list[Page]:
    """Every page's text baselines, read from the content streams."""
    found = []
    with pikepdf.open(io.BytesIO(pdf_bytes)) as pdf:
        for number, page in enumerate(pdf.pages, 1):
            found.append(_measure(number, page))
    return found


def _measure(number: int, page) -> Page:
    baselines, lefts, artifact, depth = set(), [], None, 0
    for instruction in pikepdf.parse_content_stream(page):
        operands, operator = instruction.operands, instruction.operator
        if operator in (Operator("BDC"), Operator("BMC")):
            depth += 1
            if artifact is None and _furniture(operands):
                artifact = depth
        elif operator == Operator("EMC"):
            artifact = None if artifact == depth else artifact
            depth -= 1
        elif operator == Operator("Tm") and artifact is None:
            baselines.add(round(float(operands[5]) * PX, 2))
            lefts.append(round(float(operands[4]) * PX, 2))
    return Page(number, tuple(sorted(baselines)), min(lefts, default=None), max(lefts, default=None))


def _furniture(operands) -> bool:
    """Marked content opened as a pagination artifact (or an artifact of no stated type)."""
    if operands[0] != Name.Artifact:
        return False
    properties = operands[1] if len(operands) > 1 else None
    return not (isinstance(properties, pikepdf.Dictionary) and properties.get(Name.Type) == Name.Layout)


def chapter_starts(pdf_bytes: bytes) -> set[int]:
    """Pages (1-based) where a top-level bookmark points: chapters, notes."""
    with pikepdf.open(io.BytesIO(pdf_bytes)) as pdf:
        numbers: dict[tuple[int, int], int] = {page.obj.objgen: n for n, page in enumerate(pdf.pages, 1)}
        starts: set[int] = set()
        with pdf.open_outline() as outline:
            for item in outline.root:
                destination = item.destination
                if isinstance(destination, pikepdf.Array) and len(destination) \
                        and destination[0].objgen in numbers:
                    starts.add(numbers[destination[0].objgen])
        return starts


@dataclass(frozen=True)
class Spread:
    left: Page
    right: Page

    @property
    def difference(self) -> float:
        return abs(self.left.baselines[-1] - self.right.baselines[-1])     # (text_spreads: both have text)


def chapter_ends(measured: list[Page], starts: set[int]) -> set[int]:
    """Pages that end a chapter: the next page opens one or is blank, or it is the last page of
    text before the back cover (the last page)."""
    last_text = max((p.number for p in measured[:-1] if p.baselines), default=0)
    return {p.number for p in measured if p.number + 1 in starts or p.number >= last_text
            or not measured[p.number].baselines}


def text_spreads(pdf_bytes: bytes) -> list[Spread]:
    """Facing text pages (even left, odd right) that both end mid-chapter: neither is a chapter's
    last page (see chapter_ends)."""
    measured = pages(pdf_bytes)
    starts = chapter_starts(pdf_bytes)
    first = min(starts, default=1)
    ends = chapter_ends(measured, starts)
    spreads = []
    for left in measured[first:]:
        if left.number % 2 or left.number >= len(measured):
            continue
        right = measured[left.number]
        if left.baselines and right.baselines and not {left.number, right.number} & ends:
            spreads.append(Spread(left, right))
    return spreads


def emptiest(pdf_bytes: bytes, text_top: float, text_height: float) -> list[tuple[int, float]]:
    """(page, share of the text area left empty) for every text page that is not a chapter's
    last page, emptiest first."""
    measured = pages(pdf_bytes)
    starts = chapter_starts(pdf_bytes)
    first = min(starts, default=1)
    ends = chapter_ends(measured, starts)
    shares = []
    for page in measured[first - 1:]:
        if not page.baselines or page.number in ends:
            continue
        shares.append((page.number, round(1 - (page.baselines[-1] - text_top) / text_height, 3)))
    return sorted(shares, key=lambda item: -item[1])
