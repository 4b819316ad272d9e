"""Page numbers: bare numbers and spreads ("12", "12 13", "iv", "12.") told from the text's own numbers
by their place on the page and by counting on with the pages; the pass removes the folios after them.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from bisect import bisect_right
from itertools import chain

from publish.clean import footnotes, lists
from publish.clean.lines import Changes, Lines, PAGE_START, TEXT, ends_sentence, first_word, lines_matching, page_starts
from publish.languages import Language
from publish.languages.patterns import default
from publish.clean.artifacts.edits import drop_lines
from publish.clean.artifacts.folios import (counted_folios, cut_glued_folios, folios_amid_columns, folios_at_edges,
                                            named_folios_inside)
from publish.clean.artifacts.pages import edge_zones, page_spans, shared_offset, stands_alone, text_neighbour
from publish.clean.artifacts.patterns import (BARE, Furniture, LONG_HEAD_MAX, NUMBER_GATE, NUMBER_RUN, PAGE_NUMBER,
                                              SPREAD, apart_on_one_side, furniture, page_number_reason)


# A spread's two folios read out between its halves are taken where this many pages at least
# hold such a pair, their numbers counting on two a page from the spread's folios shown at a
# page's edges: several pages, not two.
SPREAD_PAIR_PAGES = 3
SPREAD_HALVES = f"{SPREAD}, read between the spread's halves, counting on the spread's folios at a page's edges"


def remove_page_numbers(lines: Lines, language: Language | None = None) -> tuple[Lines, Changes]:
    """Bare page numbers, then folios at a page edge.  Where the text marks its pages (form
    feeds, the OCR's leading space), a bare number is a page number at a page's edge (its first
    or last text line, or a line of its own among the short lines there), right before a page
    start, or where it counts on the page numbers around it (a page break the text left
    unmarked); one inside a page otherwise is a table's, a list's or a contents' number, and
    one over a note's text at the foot is the note's label.  A spread ("12 13") is evidence
    enough anywhere.  Where the text marks no pages, the numbers standing alone are what tell
    its pages apart.  The line after a page number starts a page (a head under the number is
    the next page's); the line after a folio at a page's foot is that foot's."""
    words = furniture(language or default())
    edges: set[int] | None = None
    if any(map(PAGE_START, lines)):
        zones = edge_zones(lines, page_spans(lines))
        edges = {index for top, foot in zones for index in chain(top[:1], foot[-1:])}
        edges.update(index for top, foot in zones for index in chain(top, foot) if stands_alone(lines, index))
    drop = {}
    inside: list[int] = []                   # bare numbers inside a page, for the count to tell
    labels = None                            # a note's label on its own line is no page number
    for index in lines_matching(list(map(TEXT, lines)), NUMBER_GATE):
        reason = page_number_reason(lines, index)
        if reason == BARE:
            labels = footnotes.label_lines(lines, language) if labels is None else labels
            reason = None if index in labels else reason
        if reason is None:
            continue
        if edges is None or index in edges or reason == SPREAD or _just_before_a_page(lines, index):
            drop[index] = ("page-number", reason)
        else:
            inside.append(index)
    if edges is not None:
        for index in _off_the_count(lines, drop):
            del drop[index]
        for index in _off_the_sequence(lines, drop):
            if _over_a_heading(lines, index) or _read_on(lines, index):
                del drop[index]               # a section's number, a figure: text
            else:
                drop[index] = ("page-number", OFF_THE_SEQUENCE)
        drop.update(_roman_page_numbers(lines, edges))
        drop.update(_dotted_page_numbers(lines))
        drop.update(_spreads_read_between_their_halves(lines, inside, drop))
    drop.update(_counting_on(lines, inside, drop))
    if edges is not None:
        drop.update(_own_page_numbers(lines, inside, drop))
        # A page's own number found so is a page number the count goes on from: "16" under
        # the body's last line counts between "15" at its page's edge and "17" found so.
        drop.update(_counting_on(lines, inside, drop))
        for index in chain(_beside_the_page_number(lines, drop), _beside_a_folio(lines, drop, zones, language),
                           _amid_section_numbers(lines, drop)):
            drop.pop(index, None)
        drop.update(named_folios_inside(lines, drop))
    lines, changes = drop_lines(lines, drop, () if edges is None else _sole_folios_inside(lines, inside, drop))
    zones = edge_zones(lines, page_spans(lines))
    folios_found = folios_at_edges(lines, zones, words)
    lines, folios = drop_lines(lines, folios_found, {index for _, foot in zones for index in foot})
    counted = counted_folios(lines, words) | folios_amid_columns(lines, words)
    lines, inside_pages = drop_lines(lines, counted, counted.keys())
    lines, glued = cut_glued_folios(lines, words)
    return lines, changes + folios + inside_pages + glued


def folios_in(changes: Changes) -> frozenset[int]:
    """The source lines of the page numbers removed, as the log keeps them: where a folio stood.
    (A folio cut from the end of a line logs the line, which stays: no line removed there.)"""
    return frozenset(change.line for change in changes if change.kind == "page-number")


# A front matter's page number in lower-case roman numerals ("iv"), alone on its line.
ROMAN_GATE = re.compile(r"\n[ivxlc]{1,7}(?=\n|\Z)")
ROMAN = re.compile(r"^c{0,3}(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})$")


def _roman_page_numbers(lines: Lines, edges: set[int]) -> dict[int, tuple[str, str]]:
    """Lower-case roman numerals alone at page edges that count with their pages: the page
    numbers of a front matter ("i", "ii", "iii").  A numeral is one only where another one at
    least gives the same offset from its page's index (a lone "i" may be a list's or a note's
    marker, or a word)."""
    starts = page_starts(lines)
    found: dict[int, list[int]] = defaultdict(list)          # offset: the numerals' indexes
    for index in lines_matching(list(map(TEXT, lines)), ROMAN_GATE):
        text = lines[index].text
        if index in edges and ROMAN.match(text) and apart_on_one_side(lines, index):
            found[lists.roman_value(text, lists.PAGE_NUMERALS) - bisect_right(starts, index)].append(index)
    reason = "a page number in roman numerals, counting with the pages"
    return {index: ("page-number", reason) for indexes in found.values() if len(indexes) >= 2 for index in indexes}


def _off_the_count(lines: Lines, numbers: dict[int, tuple[str, str]]) -> list[int]:
    """The bare numbers at page edges past the last page's number.  A page number is its page's
    index plus an offset (unnumbered front pages, an excerpt of a volume) that the other page
    numbers share; once two numbers at least share one, no page is numbered beyond the page
    count plus that offset, and a bare number that is stands for something else: a figure atop
    an infographic ("333" on the sixth of 34 pages).  A spread's two numbers count for both its
    pages.  Without pages marked by form feeds the index is not known: nothing is taken back."""
    starts = page_starts(lines)
    offsets: Counter[int] = Counter()
    for index, (_, reason) in numbers.items():
        page = bisect_right(starts, index)
        values = [int(value) for value in NUMBER_RUN.findall(lines[index].text)]
        offsets.update({value - page for value in (values if reason == SPREAD else values[:1])})
    shared = [offset for offset, found in offsets.items() if found >= 2]
    if not shared:
        return []
    last = len(starts) + max(shared)
    return [index for index, (_, reason) in numbers.items()
            if reason == BARE and int(NUMBER_RUN.findall(lines[index].text)[0]) > last]


# Why a bare number off the count of the pages around it, heading nothing and read on by nothing, goes.
OFF_THE_SEQUENCE = (f"{BARE} at a page's edge, off the count of the pages around it, heading no title and read on "
                    "by no text: a display number (a chapter's on its opening page), not the page's")


def _off_the_sequence(lines: Lines, numbers: dict[int, tuple[str, str]]) -> list[int]:
    """The bare numbers at a page's edge off the count of the pages around them: where the
    nearest numbered pages before and after share an offset from their page's index (see
    _off_the_count), the page between them is numbered so too, and a bare number off that
    offset is no page number.  One that opens a heading ("6" over "Een- of meerdaagse
    schooluitstappen" on page 12, numbered "12") or that the text under it reads on ("Aantal
    vertrokken maatjes" / "3" / "personen") is a section's number or a figure, and stays; one
    in no text (a chapter's big number on its opening page, read out apart from its title) is
    display furniture, and goes as such.  Numbering that starts anew (an appendix counting from
    1) changes the offset from one page on, and a spread's two numbers give their page two
    offsets: the pages around a page share none then, and nothing is found."""
    starts = page_starts(lines)
    offsets: defaultdict[int, set[int]] = defaultdict(set)          # page: its page numbers' offsets
    bare: list[tuple[int, int, int]] = []                           # (index, page, offset)
    for index, (_, reason) in numbers.items():
        page = bisect_right(starts, index)
        values = [int(value) for value in NUMBER_RUN.findall(lines[index].text)]
        offsets[page].update(value - page for value in (values if reason == SPREAD else values[:1]))
        if reason == BARE:
            bare.append((index, page, values[0] - page))
    numbered = sorted(offsets)
    place = {page: at for at, page in enumerate(numbered)}
    off = []
    for index, page, offset in bare:
        at = place[page]
        if 0 < at < len(numbered) - 1:
            fixed = offsets[numbered[at - 1]] & offsets[numbered[at + 1]]
            if fixed and offset not in fixed:
                off.append(index)
    return off


def _beside_the_page_number(lines: Lines, numbers: dict[int, tuple[str, str]]) -> list[int]:
    """The bare numbers over a heading on a page that holds its own number at another edge: a
    chapter's number atop the chapter's first page ("1" over "Over de school", the page's "4"
    at its foot).  A page number is its page's index plus the offset most page numbers share
    (see _off_the_count); on a page with two bare numbers or more, one of that offset, the
    others are none, nor is a copy of it right under it (see _set_aside).  Evidence: the offset
    shared by two numbers at least, and by more than any other offset; and the numbers so set
    aside rise through the text, two at least, as the chapters' numbers do, or repeat where a
    second part counts its chapters anew (one alone, or numbers going back, may be a second
    page numbering: a paper's own page number beside the volume's, which never repeats)."""
    starts = page_starts(lines)
    pages: defaultdict[int, list[tuple[int, int]]] = defaultdict(list)      # page: (index, offset)
    for index, (_, reason) in numbers.items():
        if reason.startswith(BARE):
            page = bisect_right(starts, index)
            pages[page].append((index, int(NUMBER_RUN.findall(lines[index].text)[0]) - page))
    shared = shared_offset(offset for found in pages.values() for _, offset in found)
    if shared is None:
        return []
    aside = sorted(index for found in pages.values() if len(found) > 1 for index in _set_aside(lines, found, shared))
    values = [int(NUMBER_RUN.findall(lines[index].text)[0]) for index in aside]
    return aside if len(aside) > 1 and all(a <= b for a, b in zip(values, values[1:])) else []


def _set_aside(lines: Lines, found: list[tuple[int, int]], shared: int) -> list[int]:
    """Of a page's bare numbers (index, offset), those over a heading beside the page's own
    number: off the shared offset, or on it right under the page's number ("3" atop the page,
    then the chapter's "3" over "Engagementsverklaring")."""
    folios = {index for index, offset in found if offset == shared}
    if not folios:
        return []
    return [index for index, offset in found if _over_a_heading(lines, index)
            and (offset != shared or text_neighbour(lines, index, -1) in folios)]


# A section's number alone on its line: what the count of section numbers reads.
SECTION_NUMBER = re.compile(r"^\d{1,2}$")


def _amid_section_numbers(lines: Lines, numbers: dict[int, tuple[str, str]]) -> list[int]:
    """The bare numbers over a heading that count on the section numbers around them, on a page
    that holds another page number: "2" over "Blick auf Gottesdienste" atop page 2, between
    "1" over "Angedacht" and "3" over "Aus dem Gemeindeleben" that stand inside the pages, the
    page's own "2" at its foot, is section 2, not the page's number printed twice.  The section
    numbers counted on are the bare numbers over a heading that are no page numbers, the
    nearest before and after (n - 1 and n + 1 around n)."""
    starts = page_starts(lines)
    pages = Counter(bisect_right(starts, index) for index in numbers)
    sections = [(index, int(lines[index].text)) for index in lines_matching(list(map(TEXT, lines)), NUMBER_GATE)
                if index not in numbers and SECTION_NUMBER.match(lines[index].text) and _over_a_heading(lines, index)]
    places = [index for index, _ in sections]
    amid = []
    for index, (_, reason) in numbers.items():
        if reason != BARE or pages[bisect_right(starts, index)] < 2 or not _over_a_heading(lines, index):
            continue
        at = bisect_right(places, index)
        value = int(NUMBER_RUN.findall(lines[index].text)[0])
        if 0 < at < len(sections) and sections[at - 1][1] + 1 == value == sections[at][1] - 1:
            amid.append(index)
    return amid


def _beside_a_folio(lines: Lines, numbers: dict[int, tuple[str, str]], zones,
                    language: Language | None) -> list[int]:
    """The bare numbers over a heading on a page whose own number stands at its edge in a folio
    of another form ("3 van 12" at its foot): a chapter's number atop the chapter's first page
    ("1" over "Aanleiding"), not a second number of the same page.  A bare number equal to the
    folio's is the page's number printed twice, and goes."""
    starts = page_starts(lines)
    words = furniture(language or default())
    printed: defaultdict[int, set[str | None]] = defaultdict(set)      # page: its folios' page numbers
    for index in folios_at_edges(lines, zones, words):
        printed[bisect_right(starts, index)].add(_folio_number(lines[index].text, words))
    pages = {index: bisect_right(starts, index) for index, (_, reason) in numbers.items() if reason == BARE}
    return [index for index, page in pages.items()
            if page in printed and NUMBER_RUN.findall(lines[index].text)[0] not in printed[page]
            and _over_a_heading(lines, index)]


def _folio_number(text: str, words: Furniture) -> str | None:
    """The page number a folio line prints ("3" of "Pagina 3 van 12"), or None (a running title's)."""
    match = words.folio_line.match(text)
    return (match.group("page") or match.group("page2")) if match else None


def _read_on(lines: Lines, index: int) -> bool:
    """The next text line on the page opens with a word in lower case: it reads on from the line."""
    following = text_neighbour(lines, index, +1)
    if following is None or lines[following].page_start:
        return False
    word = first_word(lines[following].text)
    return word.isalpha() and word.islower()


def _over_a_heading(lines: Lines, index: int) -> bool:
    """The next text line on the page is a heading's: a line at most (a long title may fill one),
    opening with a capital, ending no sentence (not a number, an item or a line of text)."""
    following = text_neighbour(lines, index, +1)
    if following is None or lines[following].page_start:
        return False
    text = lines[following].text
    return text[:1].isupper() and len(text) <= LONG_HEAD_MAX and not ends_sentence(text)


# A page number printed with a full stop ("12.") atop its page: a list's number as often, so it is
# one only where it counts with the pages, on DOTTED_PAGES pages at least.
DOTTED_NUMBER = re.compile(r"^(\d{1,3})\.$")
DOTTED_PAGES = 3


def _dotted_page_numbers(lines: Lines) -> dict[int, tuple[str, str]]:
    """The numbers with a full stop, alone on the first line of a page, that are their page's
    index plus one offset shared by DOTTED_PAGES of them or more (page 9 opening with "9.",
    page 12 with "12."): the page numbers of a layout that prints them so.  A number that does
    not count with the pages heads a list item or a section, and stays."""
    starts = page_starts(lines)
    found: dict[int, int] = {}                  # index: its offset from the page's index
    for index in starts:
        match = DOTTED_NUMBER.match(lines[index].text.strip())
        if match and stands_alone(lines, index):
            found[index] = int(match.group(1)) - bisect_right(starts, index)
    offsets = Counter(found.values())
    shared = {offset for offset, pages in offsets.items() if pages >= DOTTED_PAGES}
    return {index: ("page-number", f"a page number with a full stop atop its page, counting with the pages "
                                   f"({offsets[offset]} pages)")
            for index, offset in found.items() if offset in shared}


def _counting_on(lines: Lines, inside: list[int], numbers: dict[int, tuple[str, str]]) -> dict[int, tuple[str, str]]:
    """The bare numbers inside a page that count on the page numbers found (bare numbers at
    page edges, or inside pages counted so or read as their page's own): n stands between page
    numbers n - 1 and n + 1."""
    starts = page_starts(lines)
    found = sorted((index, _bare_value(lines, index)) for index, (_, reason) in numbers.items()
                   if reason.startswith(BARE))
    # (A number off the offset the page numbers share, a chapter's number atop its page, is
    # no page number to count on: see _beside_the_page_number.)
    shared = shared_offset(value - bisect_right(starts, index) for index, value in found)
    if shared is not None:
        found = [(index, value) for index, value in found if value - bisect_right(starts, index) == shared]
    indexes = [index for index, _ in found]
    counted = {}
    for index in inside:
        at = bisect_right(indexes, index)
        value = _bare_value(lines, index)
        if 0 < at < len(found) and found[at - 1][1] + 1 == value == found[at][1] - 1:
            counted[index] = ("page-number",
                              f"{BARE}, counting on the page numbers {value - 1} and {value + 1} around it")
    return counted


def _spreads_read_between_their_halves(lines: Lines, inside: list[int],
                                       numbers: dict[int, tuple[str, str]]) -> dict[int, tuple[str, str]]:
    """The folios of a spread printed as one page ("4" / "5" at the foot of its two halves)
    that pdftotext reads out between the halves, inside the page: two consecutive bare numbers,
    each alone, only blank lines between them and no other bare number beside them (a table's
    column of figures runs on), on a page holding no page number at its edges.  Evidence: the
    document shows the spread's folios at a page's edges ("2" atop, "3" at the foot: the page
    numbers found, `numbers`), and the pairs inside the pages after it (or before it) continue
    that run, one pair a page counting on two a page with the pages (4 5, 6 7, ...), on
    SPREAD_PAIR_PAGES pages or more.  A questionnaire's question numbers, an agenda's items or a
    plan's weeks counting on so show no such folios at the page edges."""
    starts = page_starts(lines)
    numbered = Counter(bisect_right(starts, index) for index in numbers)
    alone = set(inside)
    pairs: dict[int, list[tuple[int, int, int]]] = defaultdict(list)   # page: (first number, its index, second's)
    for index in inside:
        second = text_neighbour(lines, index, +1)
        if second not in alone or lines[second].page_start \
                or _bare_value(lines, second) != _bare_value(lines, index) + 1:
            continue
        before, after = text_neighbour(lines, index, -1), text_neighbour(lines, second, +1)
        if not any(PAGE_NUMBER.match(lines[beside].text) for beside in (before, after) if beside is not None):
            pairs[bisect_right(starts, index)].append((_bare_value(lines, index), index, second))
    found: dict[int, tuple[str, str]] = {}
    for page, offset, partner in _edge_spreads(lines, numbers, inside, starts):
        run = []
        for step in (+1, -1):
            other = page + step
            while not numbered[other] and len(pairs[other]) == 1 and pairs[other][0][0] == 2 * other + offset:
                run.append(pairs[other][0][1:])
                other += step
        if len(run) >= SPREAD_PAIR_PAGES:
            found.update((index, ("page-number", SPREAD_HALVES)) for index in chain(partner, *run))
    return found


def _edge_spreads(lines: Lines, numbers: dict[int, tuple[str, str]], inside: list[int],
                  starts: list[int]) -> list[tuple[int, int, tuple[int, ...]]]:
    """The pages that show a spread's two folios n and n + 1, n even as a spread's left page is
    (a questionnaire's "1" / "2" read before its title is no spread), one page number found at
    their edges at least and nothing else: both at the edges, or one at an edge and the other alone
    inside the page, read out between the halves.  For each: the page, n less twice the page
    (the offset a run of spreads counting on two a page keeps), and the index of the folio read
    inside, if any."""
    by_page: dict[int, list[int]] = defaultdict(list)
    for index in numbers:
        by_page[bisect_right(starts, index)].append(index)
    spreads: list[tuple[int, int, tuple[int, ...]]] = []
    for page, indexes in by_page.items():
        if any(numbers[index][1] != BARE for index in indexes):
            continue                                   # a folio of another kind: not a spread's
        values = sorted(_bare_value(lines, index) for index in indexes)
        if len(values) == 2 and values[1] == values[0] + 1 and values[0] % 2 == 0:
            spreads.append((page, values[0] - 2 * page, ()))
        if len(values) != 1:
            continue
        for partner, left in ((values[0] + 1, values[0]), (values[0] - 1, values[0] - 1)):
            read_inside = [index for index in inside if bisect_right(starts, index) == page
                           and _bare_value(lines, index) == partner]
            if len(read_inside) == 1 and left % 2 == 0:
                spreads.append((page, left - 2 * page, tuple(read_inside)))
    return spreads


def _bare_value(lines: Lines, index: int) -> int:
    """The number a bare page number's line holds ("- 4 -": 4)."""
    return int(lines[index].text.strip("-–— "))


def _own_page_numbers(lines: Lines, inside: list[int],
                      numbers: dict[int, tuple[str, str]]) -> dict[int, tuple[str, str]]:
    """The bare numbers alone inside a page that are that page's own number, by the offset from
    the page's index that the page numbers found share (two at least, see _off_the_count), on a
    page where none was found at its edge: a cover page's folio that pdftotext reads in among
    its columns ("1" between the authors' names).  One such number a page at most; on a page
    holding two, neither is taken.  A number under a line ending on a full stop or a colon is
    that line's value ("NR." / "1": an issue's number), not a folio."""
    starts = page_starts(lines)
    offsets = Counter(int(NUMBER_RUN.findall(lines[index].text)[0]) - bisect_right(starts, index)
                      for index, (_, reason) in numbers.items() if reason == BARE)
    shared = [offset for offset, found in offsets.items() if found >= 2]
    if len(shared) != 1:
        return {}
    numbered = {bisect_right(starts, index) for index, (_, reason) in numbers.items() if reason == BARE}
    own = [index for index in inside if index not in numbers and stands_alone(lines, index)
           and _bare_value(lines, index) == bisect_right(starts, index) + shared[0]
           and bisect_right(starts, index) not in numbered and not _under_a_label(lines, index)]
    pages = Counter(bisect_right(starts, index) for index in own)
    return {index: ("page-number", f"{BARE}, its page's own number like the other pages' numbers")
            for index in own if pages[bisect_right(starts, index)] == 1}


def _sole_folios_inside(lines: Lines, inside: list[int], numbers: dict[int, tuple[str, str]]) -> set[int]:
    """The page numbers found inside a page that is marked (a form feed) and holds no other page
    number: the page's own folio, read amid its text; what follows it is still its page's (the
    foot's other lines, the notes), so it starts no page.  A page holding two is a spread of two
    printed pages: the number inside ends the first of them."""
    starts = page_starts(lines)
    pages = Counter(bisect_right(starts, index) for index in numbers)
    return {index for index in inside if index in numbers and pages[bisect_right(starts, index)] == 1}


# A label closed by a full stop has a few words at most ("Nr.", "Jaargang 28, nr."); a line of
# more ending so ends a sentence, a paragraph a page's number may stand under (so does a line
# opening in lower case, a sentence's last words: "verminderen.").
LABEL_WORDS = 3


def _under_a_label(lines: Lines, index: int) -> bool:
    """The text line before (two blank lines between at most) ends on a colon, or on a full
    stop after LABEL_WORDS words at most opening as a label does (not in lower case), and is no
    list's marker alone ("2." over the folio that pdftotext reads in the column of a hanging
    list's numbers)."""
    before = text_neighbour(lines, index, -1)
    if before is None:
        return False
    text = lines[before].text.strip()
    closed = text.endswith(".") and len(text.split()) <= LABEL_WORDS and not text[:1].islower()
    return (text.endswith(":") or closed) and not lists.LONE_MARKER.match(text)


def _just_before_a_page(lines: Lines, index: int) -> bool:
    """The next text line (two blank lines between at most) starts a page."""
    following = text_neighbour(lines, index, +1)
    return following is not None and lines[following].page_start
