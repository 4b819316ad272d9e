"""Folios: a page's number in a known form ("Pagina 2 van 15", "2/15") or beside a running title, at a
page's edge, counted on across the pages, read out amid columns, or glued to a letterhead line's end.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterator
from bisect import bisect_left, bisect_right
from itertools import chain, islice, repeat

from publish.clean.lines import Changes, Lines, TEXT, ends_sentence, lines_matching, page_openings, page_starts
from publish.report import Change
from publish.clean.artifacts.keys import line_key
from publish.clean.artifacts.pages import edge_zones, page_lookup, page_spans, text_neighbour
from publish.clean.artifacts.patterns import (EDGE_DEPTH, Furniture, HEADING_REACH, NUMBER_RUN, PAGE_NUMBER,
                                              RUNNING_HEAD_MAX, RUNNING_HEAD_MIN_PAGES, TWO_LETTERS)


NAMED_FOLIO = re.compile(r"^(\d{1,3}) (\D+)$|^(\D+) (\d{1,3})$")


def named_folios_inside(lines: Lines, numbers: dict[int, tuple[str, str]]) -> dict[int, tuple[str, str]]:
    """A magazine's folio, its page's number and its name on one line ("8 Mensenwijk"), that the
    text layer read out inside its page, between two parts of a sentence; on another page the
    name stands alone right by that page's number (`numbers`: the page numbers found), "Mensenwijk"
    over "9".  Evidence: the number on the line is its own page's, by the offset from the page's
    index that the number beside the name keeps, and no other page number was found on its page;
    the name by that number goes too, the folio's other half."""
    page_of = page_lookup(page_spans(lines))
    numbered = {page_of(index) for index in numbers}
    # name: {the offset from its page's index of the number by it: the name's lines}
    names: dict[str, dict[int, list[int]]] = defaultdict(lambda: defaultdict(list))
    for index in numbers:
        match = PAGE_NUMBER.match(lines[index].text)
        for step in (-1, +1):
            neighbour = text_neighbour(lines, index, step)
            if match and match.group(2) is None and neighbour is not None and page_of(neighbour) == page_of(index) \
                    and TWO_LETTERS.search(lines[neighbour].text) and not NUMBER_RUN.search(lines[neighbour].text) \
                    and len(lines[neighbour].text) <= RUNNING_HEAD_MAX and not ends_sentence(lines[neighbour].text):
                names[lines[neighbour].text][int(match.group(1)) - page_of(index)].append(neighbour)
    found = {}
    for index, line in enumerate(lines):
        match = NAMED_FOLIO.match(line.text) if names else None
        if match is None or page_of(index) in numbered or not _inside_a_sentence(lines, index):
            continue
        number, name = int(match.group(1) or match.group(4)), match.group(2) or match.group(3)
        beside = names[name].get(number - page_of(index), []) if name in names else []
        if beside:
            reason = f"a folio, its page's number with the name '{name}' set by the page numbers, inside its page"
            found[index] = ("page-number", reason)
            found.update((other, ("page-number", f"the name of the folio '{line.text}', by its page's number"))
                         for other in beside)
    return found


def _inside_a_sentence(lines: Lines, index: int) -> bool:
    """The line stands between two parts of a sentence, as a folio the text layer read out inside
    its page does: the text line before it ends none, the one after it goes on in lower case (a
    numbered heading stands over a sentence opening with a capital)."""
    before, after = text_neighbour(lines, index, -1), text_neighbour(lines, index, +1)
    return before is not None and after is not None and not ends_sentence(lines[before].text) \
        and lines[after].text[:1].islower()


# A folio with the page count stands on this many pages at least before one inside a page is
# taken for one: a document that numbers its pages so.
COUNTED_FOLIO_PAGES = 2


def counted_folios(lines: Lines, words: Furniture) -> dict[int, tuple[str, str]]:
    """Folios with the page count ("Seite 4 / 9", "Pagina 2 van 15", "7 /// 24") on a line of
    their own: a footer of several blocks (folio, address, board, bank) that pdftotext reads in
    another order puts the folio among the footer's lines or the text's.  Evidence, on
    COUNTED_FOLIO_PAGES pages or more: for a folio's known form (a slash, the language's word:
    "2/15", "2 van 15") anywhere on its page, its page's own number and the document's page
    count (_the_pages_own_numbers); for any mark ("7 /// 24", "7 | 24", "7 – 24"), numbers that
    count on with the pages at their edge (_count_on_with_the_pages): a fraction "1/2" in the
    text, a rating "7/10", a score "3 - 1", opening hours "10 – 17" are no page's number and count."""
    starts = page_openings(lines)
    if len(starts) < COUNTED_FOLIO_PAGES:
        return {}
    # (count, known form): [(page, number, index)], in text order
    by_count: defaultdict[tuple[int, bool], list[tuple[int, int, int]]] = defaultdict(list)
    for index, line in enumerate(lines):
        text = line.text
        if not text or not text[-1].isdigit() or len(text) > RUNNING_HEAD_MAX:
            continue
        match = words.folio_line.match(text)
        page = match and (match.group("page") or match.group("page2"))
        of = match and (match.group("of") or match.group("of2"))
        if match and page and of:
            by_count[int(of), _known_form(match)].append((bisect_right(starts, index), int(page), index))
    found: dict[int, tuple[str, str]] = {}
    for (of, known), folios in by_count.items():
        own = _the_pages_own_numbers(folios, of, len(starts)) if known else []
        if len({page for page, _, _ in own}) >= COUNTED_FOLIO_PAGES:
            reason = "a folio with the page count, its page's own number and the document's count"
            found.update((index, ("page-number", reason)) for _, _, index in own)
        elif _count_on_with_the_pages(folios, of, len(starts)) and _at_the_page_edges(lines, starts, folios):
            reason = "a folio with the page count at the page's edge, its numbers counting on with the pages"
            found.update((index, ("page-number", reason)) for _, _, index in folios)
    # A folio the text layer split after its page word ("pagina" / "2/45") goes whole.
    found.update({index - 1: found[index] for index in list(found) if _page_word_over(lines, index - 1, words)})
    return found


def _known_form(match: re.Match) -> bool:
    """The folio line names its page count in a folio's known form (see _COUNT_MARK)."""
    return bool(match.group("known") or match.group("known2"))


def _the_pages_own_numbers(folios: list[tuple[int, int, int]], of: int, pages: int) -> list[tuple[int, int, int]]:
    """The folios (page, number, index) that bear their page's own number, the count being the
    document's page count."""
    return [folio for folio in folios if of == pages and folio[1] == folio[0]]


# The blank pages the text layer may have left out of a document that counts its pages: the
# folios' numbers run ahead of the pages' by so many at most, and so may the count.
DROPPED_PAGES = 2


def _count_on_with_the_pages(folios: list[tuple[int, int, int]], of: int, pages: int) -> bool:
    """The folios (page, number, index; in text order) of one count number the pages: one a page
    on COUNTED_FOLIO_PAGES pages at least, each its page's index (so none is 0) or ahead of it by
    the blank pages left out before it (DROPPED_PAGES at most, never fewer than before: "5 /// 24",
    then "7 /// 24"), none beyond the count, and the count the text's pages or ahead of them as much."""
    ahead = [number - page for page, number, _ in folios]
    return (len(folios) >= COUNTED_FOLIO_PAGES and pages <= of <= pages + DROPPED_PAGES
            and folios[-1][1] <= of and all(0 <= step <= DROPPED_PAGES for step in ahead)
            and all(page < later and step <= later_step for (page, _, _), (later, _, _), step, later_step
                    in zip(folios, folios[1:], ahead, ahead[1:])))


def _at_the_page_edges(lines: Lines, starts: list[int], folios: list[tuple[int, int, int]]) -> bool:
    """Each folio stands at an edge of its page: its first or last text line, or under it (over
    it) only lines, EDGE_DEPTH at most, that stand so by another folio too (a running foot, its
    date aside: "2 /// 24" over "18.12.17 /// URI-richtlijnen" on page 2 and on page 4), not a
    page's own sentence."""
    beyond = []                               # for each folio: the lines over it, under it on its page
    for page, _, index in folios:
        end = starts[page] if page < len(starts) else len(lines)
        beyond.append([[NUMBER_RUN.sub("#", lines[other].text) for other in span if lines[other].text]
                       for span in (range(starts[page - 1], index), range(index + 1, end))])
    by_folios = [Counter(line for sides in beyond for line in set(sides[edge])) for edge in range(2)]
    return all(any(not side or (len(side) <= EDGE_DEPTH and all(by_folios[edge][line] > 1 for line in side))
                   for edge, side in enumerate(sides))
               for sides in beyond)


# A folio, its page's number before or after its other words ("178 NVOX APRIL 2020"); found by
# its newline, a line of a running head's length at most.
NUMBERED_LINE = re.compile(rf"^(\d{{1,3}})\s+(\S.{{0,{RUNNING_HEAD_MAX}}})$"
                           rf"|^(\S.{{0,{RUNNING_HEAD_MAX}}}?)\s+(\d{{1,3}})$")
# A folio read out amid the columns dates its issue beside the page's number: a year ("APRIL 2020").
FOLIO_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
NUMBERED_LINE_GATE = re.compile(rf"\n(?=\d{{1,3}}\s|[^\n]{{1,{RUNNING_HEAD_MAX}}}\s\d{{1,3}}(?:\n|\Z))")
# Of a folio's copies read out amid the columns, this many stand between two parts of a sentence.
AMID_SENTENCES = 2


def folios_amid_columns(lines: Lines, words: Furniture) -> dict[int, tuple[str, str]]:
    """A magazine's folio printed up its outer margin ("178 NVOX APRIL 2020", "APRIL 2020 NVOX
    179" on a left and a right page), which the text layer reads out wherever the margin falls
    among the columns, away from the page edges (a folio at an edge is the running heads' to
    find).  Evidence: the same words on RUNNING_HEAD_MIN_PAGES pages or more, in any order, once
    a page, with a number at the line's start or end that is its page's index plus one offset on
    every copy (it counts with the pages), a year beside it in the words (the issue's date, as
    a magazine's folio prints it: "Dag 3", "Step 2", "Week 12", a label and a number alone, are a
    programme's headings, one a page, counting with the pages too), none at a page's edge, and
    AMID_SENTENCES of them between two parts of a sentence.  A number naming a part or a figure
    ("Figuur 3: bezoekers in 2019", one a page, read out amid a sentence as captions are) is no
    folio's."""
    starts = page_openings(lines)
    edges = {index for zone in edge_zones(lines, page_spans(lines)) for edge in zone for index in edge}
    copies: dict[tuple[tuple[str, ...], int], list[int]] = defaultdict(list)   # (words, offset): indexes
    for index in lines_matching(list(map(TEXT, lines)), NUMBERED_LINE_GATE):
        match = NUMBERED_LINE.match(lines[index].text)
        if match is None:
            continue
        number, rest = (match[1], match[2]) if match[1] else (match[4], match[3])
        if TWO_LETTERS.search(rest) and FOLIO_YEAR.search(rest) and not words.part_label.search(lines[index].text):
            key = tuple(sorted(rest.casefold().split()))
            copies[key, int(number) - bisect_right(starts, index)].append(index)
    found: dict[int, tuple[str, str]] = {}
    for indexes in copies.values():
        pages = {bisect_right(starts, index) for index in indexes}
        if len(pages) == len(indexes) >= RUNNING_HEAD_MIN_PAGES and not edges.intersection(indexes) \
                and sum(_inside_a_sentence(lines, index) for index in indexes) >= AMID_SENTENCES:
            reason = (f"a folio amid its page's columns: its page's number with the same words as "
                      f"'{lines[indexes[0]].text}' on {len(indexes)} pages, counting with them")
            found.update((index, ("page-number", reason)) for index in indexes)
    return found


# How far from a page's edge a folio glued to another line may stand, in text lines: a
# letterhead box of a few lines ("Ondernemingsnummer : 0848 309 144   Pag. 1 / 3" under the
# sender's name and address, the columns run into one line by pdftotext).
GLUED_FOLIO_REACH = 8


def cut_glued_folios(lines: Lines, words: Furniture) -> tuple[Lines, Changes]:
    """A folio in its full form, page word, number and count ("Pag. 1 / 3", "Pagina 2 van 15"),
    closing a line among the first or last GLUED_FOLIO_REACH text lines of a page, its page not
    beyond its count: the page's number, set beside a letterhead or footer line that the
    extraction ran into it.  Only the folio goes (a logged page number); the line's own text
    stays where it stands.  It numbers this document's pages: its page is the page it stands
    on, or its count the document's page count; a reference to pages elsewhere ("... — S.06/07"
    closing a row of a table on page 27, the spread it points to) stays.  Only the lines near
    the page edges are read."""
    starts = page_openings(lines)
    cut, changes = list(lines), []
    for index in sorted(_near_page_edges(lines)):
        text = lines[index].text
        match = words.glued_folio.search(text)
        if match is None or not 0 < int(match["page"]) <= int(match["of"]):
            continue
        if int(match["page"]) != bisect_right(starts, index) and int(match["of"]) != len(starts):
            continue
        kept = text[:match.start()].rstrip()
        changes.append(Change("page-number", lines[index].number, text[match.start():].strip(), "",
                              "a folio (page word, number and page count) closing a line near a page's edge, "
                              f"run into it by the extraction; '{kept}' stays"))
        cut[index] = lines[index]._replace(text=kept)
    return (tuple(cut), tuple(changes)) if changes else (lines, ())


def _near_page_edges(lines: Lines) -> set[int]:
    """The indexes of the first and the last GLUED_FOLIO_REACH text lines of each page."""
    near: set[int] = set()
    for first, end in page_spans(lines):
        for inward in (range(first, end), range(end - 1, first - 1, -1)):
            near.update(islice((index for index in inward if lines[index].text), GLUED_FOLIO_REACH))
    return near


def folios_at_edges(lines: Lines, zones, words: Furniture, heads: Changes | None = None) -> dict[int, tuple[str, str]]:
    """The folio lines at a page edge: "Pagina 2 van 15", "2/15", "Page 2 of 15", "2 | Title";
    and a folio the text layer split after its page word ("page" / "2/45"), both its lines.  A
    page's number changes from page to page: a number beside a title that stands again right
    under it on its page (_over_its_heading) is a chapter's number and title over the chapter's
    heading, no folio.  The two stay while the running heads are sought (the heading would stand
    atop its page alone, a folio's place); once the heads are gone (`heads`, those removed), the
    upper one goes as the chapter's head, and a heading that a head removed stood over
    (_under_a_head_gone) stays; so do chapters' numbered headings in a folio's form
    (_chapters_counting)."""
    drop = {}
    headings = _over_its_heading(lines, zones, words)          # {head: its heading}
    kept = set(headings.values()) | (_under_a_head_gone(lines, zones, heads, words) if heads else set())
    kept |= _chapters_counting(lines, zones, words)
    for top, foot in zones:
        for index, edge in chain(zip(top, repeat("head")), zip(foot, repeat("foot"))):
            if index in drop or index in kept or index in headings:
                continue
            # The page word may stand over the folio's number at the edge or just beyond it.
            word = next((line for line in (index, index - 1)
                         if folio_reason(_page_word_over(lines, line, words) or "", words)), None)
            reason = folio_reason(lines[index].text, words)
            if word is not None:
                for part in (word, word + 1):
                    drop[part] = ("page-number", f"a folio split after its page word, at the {edge} of a page")
            elif reason:
                drop[index] = ("page-number", f"{reason} at the {edge} of a page")
    if heads is not None:
        drop.update((head, ("running-head", "a chapter's number and title over its heading, the same on its page"))
                    for head in headings)
    return drop


def _chapters_counting(lines: Lines, zones, words: Furniture) -> set[int]:
    """The lines atop pages in a folio's form beside a title ("1 | Inleiding", "WERKWIJZE / 2")
    whose numbers count by one while their pages run on further between them: chapters'
    numbers and headings atop their opening pages, not folios (a page's number keeps pace with
    its page).  Evidence: two such lines at least, all of them so; one a page, in page order."""
    page_of = page_lookup(page_spans(lines))
    tops = sorted({index for top, _ in zones for index in top
                   if folio_reason(lines[index].text, words) == BESIDE_A_TITLE})
    numbers = [_title_folio_number(lines[index].text, words) for index in tops]
    places = [page_of(index) for index in tops]
    steps = list(zip(zip(numbers, numbers[1:]), zip(places, places[1:])))
    if steps and all(earlier is not None and later == earlier + 1 and apart > here + 1
                     for (earlier, later), (here, apart) in steps):
        return set(tops)
    return set()


def _title_folio_number(text: str, words: Furniture) -> int | None:
    """The page number of a folio beside a title (2 of "2 | Inleiding", "INLEIDING / 2")."""
    match = words.folio_line.match(text)
    return int(match.group("page3") or match.group("page4") or match.group("page5")) if match else None


def _over_its_heading(lines: Lines, zones, words: Furniture) -> dict[int, int]:
    """The lines atop a page in a folio's form beside a title ("2 | Introduction") that stand
    again among the next HEADING_REACH text lines of the page, out of its foot, in a folio's form
    too (_heads_its_copy).  {the head: the heading}.  A head printed again as the page's foot
    ("Jaarverslag 2023 | 1" at both edges) is a folio twice; so is a copy on a short page, all of
    whose lines stand at its foot: in doubt, a folio goes."""
    feet = {index for _, foot in zones for index in foot}
    # (A page's start is atop it where a short page before it, a head gone, joined it.)
    tops = {index for top, _ in zones for index in top} | set(page_starts(lines))
    found = {}
    for head in sorted(tops):
        if folio_reason(lines[head].text, words) != BESIDE_A_TITLE:
            continue
        for under in islice(_page_text_after(lines, head), HEADING_REACH):
            if under not in feet and _heads_its_copy(lines[head].text, lines[under].text, words):
                found[head] = under
                break
    return found


def _under_a_head_gone(lines: Lines, zones, heads: Changes, words: Furniture) -> set[int]:
    """The first lines of pages that a running head removed right above them (`heads`, only blank
    lines between) prints again (_heads_its_copy): a chapter's heading under its head ("3 |
    Explanation of the obligations and" under "3 | Explanation of the obligations and
    expectations of the Regulation", too long a title for a folio's form)."""
    gone = sorted((change.line, change.before) for change in heads)
    places = [line for line, _ in gone]
    found = set()
    for top, _ in zones:
        for index in top[:1]:
            above = next((line for line in range(index - 1, -1, -1) if lines[line].text), None)
            first = lines[above].number if above is not None else 0
            between = gone[bisect_right(places, first):bisect_left(places, lines[index].number)]
            if any(_heads_its_copy(head, lines[index].text, words) for _, head in between):
                found.add(index)
    return found


def _heads_its_copy(head: str, copy: str, words: Furniture) -> bool:
    """The lower line prints the upper one again in a folio's form beside a title: the same line,
    letter case aside ("2 | INTRODUCTION" under "2 | Introduction"), or its first part, the first
    line of a heading that wraps where the head does not ("4 | Illustrated application of the
    Cyber Resilience" under "4 | Illustrated application of the Cyber Resilience Act")."""
    head, copy = line_key(head), line_key(copy)
    return (copy == head or head.startswith(copy + " ")) and folio_reason(copy, words) == BESIDE_A_TITLE


def _page_text_after(lines: Lines, index: int) -> Iterator[int]:
    """The text lines that follow the line on its page."""
    for following in range(index + 1, len(lines)):
        if lines[following].page_start:
            return
        if lines[following].text:
            yield following


def _page_word_over(lines: Lines, index: int, words: Furniture) -> str | None:
    """The folio the line makes with the line under it when it is the page word alone ("page",
    "Pagina") and the line under it its number ("page" / "2/45" reads "page 2/45"), or None."""
    text = lines[index].text if index >= 0 else ""
    if not text or any(map(str.isdigit, text)) or index + 1 >= len(lines) or lines[index + 1].page_start:
        return None
    match = words.folio_line.match(f"{text} {lines[index + 1].text}")
    return match.group(0) if match is not None and match.group("page") is not None else None


BESIDE_A_TITLE = "a folio (page number beside a running title)"


def folio_reason(text: str, words: Furniture) -> str | None:
    """Why the line is a folio, or None: a page number in a known form ("Pagina 2 van 15",
    "2/15"), its page not beyond its count; or a page number beside a running title."""
    if not text or len(text) > RUNNING_HEAD_MAX + 12:
        return None
    match = words.folio_line.match(text)
    if not match:
        return None
    page, of = match.group("page") or match.group("page2"), match.group("of") or match.group("of2")
    if of is not None and not _known_form(match):
        return None                           # "7 /// 24" alone: the pages bear it out or not (counted_folios)
    if page is not None:
        if of is not None and not 0 < int(page) <= int(of):
            return None
        return "a folio (page number" + (" and page count)" if of else ")")
    title = match.group("title") or match.group("title2") or match.group("title3")
    if sum(map(str.isalpha, title)) < 2 or ends_sentence(title):
        return None
    return BESIDE_A_TITLE
