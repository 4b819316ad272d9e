"""Running heads and feet told from the body: the same line at the same page edge on several pages,
with the evidence that it is furniture (the pages' beat, the folios', a footer's fields, a column break).
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Collection, Iterable
from bisect import bisect_right
from itertools import chain

from publish.clean.lines import Lines, ends_sentence, lines_matching
from publish.clean.artifacts.keys import head_key, opening_with
from publish.clean.artifacts.pages import EDGES, stands_alone, text_neighbour
from publish.clean.artifacts.patterns import (Furniture, NUMBER_RUN, RUNNING_HEAD_MAX, RUNNING_HEAD_MIN_PAGES,
                                              TWO_LETTERS)


def _same_reference(key: str, texts: list[str], places: dict[int, list[int]]) -> bool:
    """A line of words, or a reference whose copies are one and the same line: figures that
    change from page to page ("2/15", "3/15") are a folio's or the text's, not a reference."""
    return bool(TWO_LETTERS.search(key)) or len({texts[index] for indexes in places.values() for index in indexes}) == 1


def body_like(text: str) -> bool:
    """A line that could be the body's: as long as a body line, or opening in lower case (a
    wrapped line does; so do a web address and a title set in lower case, "www.gemeente.nl").
    As a running head it needs the stronger evidence."""
    return len(text) > RUNNING_HEAD_MAX or text[:1].islower()


def lines_at_edges(texts: list[str], zones, keys: dict[int, str | None], words: Furniture,
                   stacked: Collection[int] = ()) -> dict[tuple[str, str], dict[int, list[int]]]:
    """(edge, key): {page: indexes} for the lines at page edges that may be running heads; a
    line of figures in a stack of heads (`stacked`, see stacked_figures) is compared as printed."""
    found: dict[tuple[str, str], dict[int, list[int]]] = defaultdict(lambda: defaultdict(list))
    for page, indexes_by_edge in enumerate(zones):
        for edge, indexes in zip(EDGES, indexes_by_edge):
            for index in indexes:
                if index not in keys:
                    keys[index] = head_key(texts[index], words, at_head=edge == "head") \
                        or (" ".join(texts[index].split()) if index in stacked else None)
                key = keys[index]
                if key is not None:
                    found[edge, key][page].append(index)
    return found


# A line at a page edge is sought again in the column breaks when it stands at this many edges.
COLUMN_BREAK_EVIDENCE = 2


def add_column_breaks(lines: Lines, texts: list[str], at_edges, starts: list[int],
                      keys: dict[int, str | None], words: Furniture) -> None:
    """The copies of a line seen at a page's edge on COLUMN_BREAK_EVIDENCE pages or more that
    stand in a column break on other pages, added to its places at that edge: a journal's
    running foot ("LOG IN Heft Nr. 193/194 (2020)") that pdftotext reads out after the page's
    first column, between two parts of one sentence (see in_a_column_break)."""
    wanted = {key: edge for (edge, key), places in at_edges.items() if len(places) >= COLUMN_BREAK_EVIDENCE}
    if not wanted:
        return
    for index in lines_matching(texts, opening_with(set(wanted))):
        if index not in keys:
            keys[index] = head_key(texts[index], words)
        key = keys[index]
        page = bisect_right(starts, index) - 1
        if key in wanted and page not in at_edges[wanted[key], key] and in_a_column_break(lines, index):
            at_edges[wanted[key], key][page].append(index)


def in_a_column_break(lines: Lines, index: int) -> bool:
    """The line stands alone inside a page between two parts of one sentence: the text line
    above it ends no sentence (nor a label's colon) and is a line of text, not a display line
    (RUNNING_HEAD_MAX characters or more), and the text line under it, on the same page, opens
    with a word (not a note's label: the page's notes may follow its foot).  A heading never
    splits a sentence."""
    before, after = text_neighbour(lines, index, -1), text_neighbour(lines, index, +1)
    if before is None or after is None or not stands_alone(lines, index) or lines[after].page_start \
            or lines[index].page_start or not lines[after].text[:1].isalpha():
        return False
    text = lines[before].text.rstrip()
    return len(text) >= RUNNING_HEAD_MAX and not ends_sentence(text) and not text.endswith(":")


def repeated_heads(texts: list[str], at_edges, page_count: int, outermost: set[int],
                   contact: re.Pattern, feet_gone: set[int]) -> dict[str, str]:
    """key: the evidence, for the lines at one page edge whose numbers run with the pages: on
    RUNNING_HEAD_MIN_PAGES pages or more (a line ending a sentence, which reads as the body's,
    on half the pages at least: a slogan, "... e. V."); or, on weaker evidence, as the outermost
    line of the page, ending no sentence, on every page or all but one of a short document (a
    line that reads as the body's: at the foot of every page, looking like a footer too: see
    _footer_like), or on every other page, alternating there with another such line (left and
    right pages) or, at the foot, with the folio removed there (`feet_gone`, see _on_the_folios_beat)."""
    heads: dict[str, str] = {}
    outer: dict[tuple[str, str], set[int]] = {}        # pages where the line is the outermost
    on_page: dict[tuple[str, int], list[str]] = defaultdict(list)
    for (edge, key), places in at_edges.items():
        if not numbers_run_with_pages(texts, places) or not _same_reference(key, texts, places):
            continue
        outer[edge, key] = {page for page, indexes in places.items()
                            if any(index in outermost and not ends_sentence(texts[index]) for index in indexes)}
        for page in outer[edge, key]:
            on_page[edge, page].append(key)
        first = next(iter(places.values()))[0]
        sentence = ends_sentence(texts[first])
        if body_like(key):
            # A line that reads as the body's: the outermost at that edge of half the pages at least,
            # or at the foot of every page of a short document (a two-page report's footer of its name
            # and addresses); the head of the first page holds the title, which a short text repeats.
            # On two or three pages a refrain or a form's closing sentence stands so too: a line as
            # long as the body's must also look like a footer there.
            outer_pages = len(outer[edge, key])
            long_on_few_pages = outer_pages <= RUNNING_HEAD_MIN_PAGES and len(key) > RUNNING_HEAD_MAX
            if ((outer_pages >= RUNNING_HEAD_MIN_PAGES and 2 * outer_pages >= page_count)
                    or (edge == "foot" and 2 <= outer_pages == page_count)) \
                    and (not long_on_few_pages or _footer_like(texts[first], contact)):
                heads.setdefault(key, f"the same line, outermost at the {edge} of {outer_pages} of {page_count} pages")
        elif len(places) >= RUNNING_HEAD_MIN_PAGES and (not sentence or 2 * len(places) >= page_count):
            heads.setdefault(key, f"the same line at the {edge} of {len(places)} of {page_count} pages")
        elif 2 <= len(outer[edge, key]) >= page_count - 1:
            heads.setdefault(key, f"the outermost line at the {edge} of {len(outer[edge, key])} of "
                                  f"{page_count} pages")
    for (edge, key), pages in outer.items():
        if key in heads or len(pages) < 2:
            continue
        first = min(pages)
        for other in chain(on_page.get((edge, first - 1), ()), on_page.get((edge, first + 1), ())):
            partner = outer[edge, other]
            if other != key and len(partner) >= 2 and on_alternate_pages(pages, partner):
                heads[key] = (f"the outermost line at the {edge} of every other page ({len(pages)} pages), "
                              f"alternating with '{other}'")
                break
        if key not in heads and edge == "foot" and _on_the_folios_beat(pages, feet_gone) \
                and _nowhere_else(texts, at_edges[edge, key], pages):
            heads[key] = (f"the outermost line at the foot of every other page ({len(pages)} pages), "
                          f"alternating with the folio removed there")
    return heads


def pages_with_a_foot_gone(lines: Lines, pages: list[tuple[int, int]], zones) -> set[int]:
    """The pages where a source line is gone under the page's last text line (removed by an
    earlier pass: the page's folio, as the page-number pass runs first).  A line gone at a page
    break is counted to the page above it, though it may have headed the next page: so numbered
    at their heads, all pages lose a line at their feet, the copies' own pages too, and the beat
    of _on_the_folios_beat is not kept.  The last page's foot is not known to lose one: the
    source's end is not in the lines."""
    return {page for page, ((_, end), (_, foot)) in enumerate(zip(pages, zones))
            if foot and end < len(lines) and lines[end].number - lines[foot[-1]].number != end - foot[-1]}


def _on_the_folios_beat(pages: set[int], feet_gone: set[int]) -> bool:
    """Left and right pages: the line is the outermost at the foot of every other page, on
    RUNNING_HEAD_MIN_PAGES pages at least, and the pages between lost a line there (their folio,
    a page number taken), while nothing is gone under the line itself.  A refrain or a closing
    sentence ending every other page keeps no such beat: unnumbered pages lose nothing between
    its copies, and pages numbered at their feet (or heads, see pages_with_a_foot_gone) lose their number
    under it on its own pages too."""
    ordered = sorted(pages)
    return len(ordered) >= RUNNING_HEAD_MIN_PAGES and not feet_gone.intersection(ordered) \
        and all(later - earlier == 2 and earlier + 1 in feet_gone for earlier, later in zip(ordered, ordered[1:]))


def _nowhere_else(texts: list[str], places: dict[int, list[int]], pages: set[int]) -> bool:
    """The line stands once on each of `pages` and nowhere else in the text: a refrain the text
    sings after each verse too, inside its pages, is the text's."""
    copies = {texts[index] for indexes in places.values() for index in indexes}
    return sum(text in copies for text in texts) == len(pages)


# What parts a footer's fields on one line: "les éditions du samedi – editionsdusamedi.fr – contact@...".
FOOTER_FIELD_BREAK = re.compile(r" [-–—|·] ")
# A line of this many fields at least is a footer's row, where a sentence may hold a pair of dashes.
FOOTER_FIELDS = 3


def _footer_like(text: str, contact: re.Pattern) -> bool:
    """The line looks like a footer: it holds a contact (an e-mail, a web address, a telephone
    number: the letterhead's contact pattern) or FOOTER_FIELDS fields parted by dashes or bars."""
    return bool(contact.search(text)) or len(FOOTER_FIELD_BREAK.findall(text)) >= FOOTER_FIELDS - 1


def on_alternate_pages(pages: Iterable[int], other: Iterable[int]) -> bool:
    """The two lines stand on alternate pages: never on the same one, never two pages running."""
    merged = sorted(chain(((page, 0) for page in pages), ((page, 1) for page in other)))
    return all(a[0] != b[0] and a[1] != b[1] for a, b in zip(merged, merged[1:]))


def numbers_run_with_pages(texts: list[str], places: dict[int, list[int]]) -> bool:
    """Each number in the line is the same on every page (a date, a paper's number, a volume)
    or runs with the pages (a page number: rising, mostly page + a fixed offset).  Numbered
    headings ("Bijlage 1", "Bijlage 2" atop the pages they open) do neither."""
    rows = sorted((page, tuple(map(int, NUMBER_RUN.findall(texts[indexes[0]])))) for page, indexes in places.items())
    by_length: dict[int, list[tuple[int, tuple[int, ...]]]] = defaultdict(list)
    for page, numbers in rows:
        by_length[len(numbers)].append((page, numbers))
    for group in by_length.values():
        for position in range(len(group[0][1])):
            values = [(page, numbers[position]) for page, numbers in group]
            if len({number for _, number in values}) > 1 and not _a_page_number(values):
                return False
    return True


def _a_page_number(values: list[tuple[int, int]]) -> bool:
    """(page, number) pairs in page order: the numbers rise, and two thirds of them at least are
    their page's index plus one same offset (a blank page or a missed page break shifts some)."""
    numbers = [number for _, number in values]
    if any(later <= earlier for earlier, later in zip(numbers, numbers[1:])):
        return False
    offsets = Counter(number - page for page, number in values)
    return 3 * offsets.most_common(1)[0][1] >= 2 * len(values)
