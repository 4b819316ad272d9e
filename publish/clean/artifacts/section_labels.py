"""A section's label atop the pages of a spread ("06 | 07" over the section's title): the printed
contents' titles are its evidence.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from bisect import bisect_right

from publish.clean.lines import Changes, Lines, TEXT, lines_matching
from publish.languages import Language
from publish.languages.patterns import default
from publish.clean.artifacts.edits import drop_lines
from publish.clean.artifacts.keys import head_key, title_key
from publish.clean.artifacts.pages import page_spans
from publish.clean.artifacts.patterns import NUMBER_GATE, SPREAD, furniture, page_number_reason
from publish.clean.artifacts.repeats import body_like


def remove_section_labels(lines: Lines, contents_titles: Iterable[str] = (),
                          language: Language | None = None) -> tuple[Lines, Changes]:
    """Section labels of a layout numbered by spreads. A designed report that prints one folio for two
    facing pages ("06 | 07", on two pages at least) puts its section's label where the folio is not:
    atop the page facing it, or above the folio. The first line of a page of a spread (the folio's
    page or a page next to it), alone (a blank line under it), is such a label, in a layout whose
    spread folios number half its pages at least (two numbers in a table's row now and then make no
    such layout), when the printed contents names it (the contents lists the sections by their
    labels) or when it stands so atop two such pages or more; the page's own heading follows it. A
    first line that is neither ("Impressum" under the contents' "Impressum und Bildnachweise")
    stays, and so does the cover's first line (the title or the series, left to the running heads'
    cover rule). Run before the page numbers go, while the spreads' folios tell the pages."""
    texts = list(map(TEXT, lines))
    spreads = [index for index in lines_matching(texts, NUMBER_GATE) if page_number_reason(lines, index) == SPREAD]
    if len(spreads) < 2:
        return lines, ()
    pages = page_spans(lines)
    starts = [first for first, _ in pages]
    spread_pages = {bisect_right(starts, index) - 1 for index in spreads}
    if 4 * len(spread_pages) < len(pages):            # each folio numbers two pages
        return lines, ()
    words = furniture(language or default())
    firsts: dict[int, int] = {}                       # page: its first line, when it may be a label
    for page in sorted({near for spread in spread_pages for near in (spread - 1, spread, spread + 1)}):
        if 0 < page < len(pages):
            first = _first_alone(lines, *pages[page])
            if (first is not None and first not in spreads and not body_like(texts[first])
                    and head_key(texts[first], words) is not None):
                firsts[page] = first
    named = _contents_keys(contents_titles)
    atop = Counter(title_key(texts[index]) for index in firsts.values())
    drop = {}
    for index in firsts.values():
        key = title_key(texts[index])
        if key in named:
            drop[index] = ("running-head", "a section label atop a page of a layout numbered by spreads "
                                           "('06 | 07'), named by the printed contents")
        elif atop[key] >= 2:
            drop[index] = ("running-head", f"a section label atop {atop[key]} pages of a layout numbered by "
                                           "spreads ('06 | 07')")
    return drop_lines(lines, drop)


def _first_alone(lines: Lines, first: int, end: int) -> int | None:
    """The index of the page's first text line when a blank line follows it on the page."""
    for index in range(first, end):
        if lines[index].text:
            return index if index + 1 < end and lines[index + 1].blank else None
    return None


def _contents_keys(titles: Iterable[str]) -> set[str]:
    """The keys of the contents' titles, and of each two running on (a title the contents set
    over two lines: "Verhältnis Verein und" / "Communitys")."""
    titles = list(titles)
    pairs = {title_key(f"{one} {two}") for one, two in zip(titles, titles[1:])}
    return {title_key(title) for title in titles} | pairs
