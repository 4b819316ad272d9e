"""The copies of a running head that go, and those that stay: the cover's title, a heading of the body,
a group of display lines, a foot's first line.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Collection
from bisect import bisect_right
from functools import cache, partial

from publish.clean.lines import Lines, ends_sentence, first_word, lines_matching
from publish.clean.artifacts.keys import LEADING_NUMBER, head_key, opening_with
from publish.clean.artifacts.pages import EDGES, page_lookup, shared_offset, text_neighbour
from publish.clean.artifacts.patterns import Furniture, RUNNING_HEAD_MAX, RUNNING_HEAD_MIN_PAGES, TWO_LETTERS
from publish.clean.artifacts.repeats import in_a_column_break
from publish.clean.artifacts.stacks import under_a_taken_head


def head_copies(lines: Lines, texts: list[str], heads: dict[str, str], pages, zones,
                keys: dict[int, str | None], taken: set[int], words: Furniture,
                over_notes: Callable[[int], bool]) -> dict[int, tuple[str, str]]:
    """The copies of the heads to remove: at a page edge (or at the foot of a page's body, over
    its notes: `over_notes`), not in a group of display lines; none of a head that also stands
    alone inside a page after the first (it is text there).  A line of figures without a word (an
    issue's number, "2014-23") or a date alone (see _names_no_title) heads no part of the body and
    stands once a page: a copy inside a page with none at its edges leaves the copies at the page
    edges going; it is the page's head read out inside it where the head belongs on that page
    (see _on_the_beat: the last page of an offprint, its margin tab read out after its foot; a
    report's date foot read out amid a chart's labels), and goes, the page's only copy; off that
    beat it is that page's, set apart by the text layer, and stays (in doubt, keep it).  A page
    holding it at an edge and inside too prints it as a value (a table's column header), and it
    is text.  A copy inside a page carrying its page's number goes (see _numbered_as_their_page)."""
    starts = [first for first, _ in pages]
    edge_of = {index: edge for indexes_by_edge in zones for edge, indexes in zip(EDGES, indexes_by_edge)
               for index in indexes}
    cover_top = set(zones[0][0]) if zones else set()
    width = cache(partial(_column_width, texts))
    page_of = page_lookup(pages)
    copies: dict[str, list[int]] = defaultdict(list)
    for index in lines_matching(texts, opening_with(set(heads))):
        if index not in keys:
            keys[index] = head_key(texts[index], words)
        key = keys[index]
        if key in heads:
            copies[key].append(index)
    drop = {}
    on_cover: dict[int, str] = {}           # first-page copies kept as the cover's, by their head
    going: set[str] = set()                 # the heads whose copies go
    for key, indexes in copies.items():
        furniture = []
        # What follows the head on the pages after the first: the cover may carry the same stack.
        followed_by = {_next_key(lines, index, keys, words) for index in indexes
                       if bisect_right(starts, index) > 1} - {None}
        heading = _numbered_heading(texts, indexes)
        # A chapter's title over its byline opens its chapter: the first copy after the cover;
        # a copy under an earlier one at a page edge is that page's head, whatever line it tops.
        opening = next((index for index in indexes if bisect_right(starts, index) > 1), None)
        edge_pages = {page_of(index) for index in indexes if index in edge_of}
        inside_pages = Counter(page_of(index) for index in indexes if index not in edge_of)
        sole_inside = {page for page, copies in inside_pages.items() if copies == 1} - edge_pages
        paged = _numbered_as_their_page(texts, indexes, edge_of, page_of)
        first_line = _foot_first_line(lines, texts, [index for index in indexes if edge_of.get(index) == "foot"],
                                      indexes)
        for index in indexes:
            if index == heading:
                continue                              # the chapter's heading, its number on it: text
            if first_line is not None and index not in edge_of and _line_over(lines, index) == first_line:
                furniture.append(index)               # the foot's second line, the page's lines read out after it
                continue
            first_page = bisect_right(starts, index) == 1
            at_edge = index in edge_of or over_notes(index)
            if first_page and index in cover_top:
                # A label with its value ("Versie 2023-03"), or figures alone (an issue's number
                # "2014-23", a date in figures), dates or numbers the pages and names no title:
                # atop the cover too it is the head, whatever display lines stand by it.
                if (under_a_taken_head(lines, index, taken) or _next_key(lines, index, keys, words) in followed_by
                        or words.labelled_value.match(texts[index]) or not TWO_LETTERS.search(texts[index])
                        or _over_the_title(lines, index, width, words)
                        or not _cover_group(lines, index, width, words)):
                    furniture.append(index)           # the cover carries the page head too
                else:
                    on_cover[index] = key
                continue                              # a cover title with its subtitle: text
            # At a page edge only a byline or a name below the line makes a group (a title over
            # its byline); inside a page any display line around it does.  Under the lines of its
            # stack taken in earlier rounds, the line ends a head set over several lines, and the
            # name below it ("Carrera Bahn") is the page's own first line, not its byline.
            if not at_edge and (index in paged or in_a_column_break(lines, index)):
                furniture.append(index)               # its page's number on it, or set between two columns
                continue
            stacked = at_edge and under_a_taken_head(lines, index, taken)
            below = _display_neighbour(lines, index, +1, width, words, at_edge)
            byline = below is not None and not _heads_a_page(index, below, opening, at_edge, texts, heads, words)
            if not stacked and (byline or (not at_edge
                                           and _display_neighbour(lines, index, -1, width, words) is not None)):
                continue                              # a title with its byline: text
            if not at_edge:
                if _names_no_title(texts[index], words) and page_of(index) not in edge_pages:
                    if _on_the_beat(page_of(index), edge_pages | sole_inside) and inside_pages[page_of(index)] == 1:
                        furniture.append(index)       # the page's own head, read out inside it
                    continue                          # a page's figures set apart: text
                if first_page:
                    continue                          # the title on the first page: text
                break                                 # alone inside a page: the line is text
            furniture.append(index)
        else:
            for index in furniture:
                drop[index] = ("running-head", heads[key])
                if first_line is not None and _line_over(lines, index) == first_line:
                    drop.setdefault(index - 1, ("running-head", f"the first line of the running foot '{key}', "
                                                                f"right over each of its copies"))
            going.add(key)
    drop.update(_stacked_on_cover(lines, {index: key for index, key in on_cover.items() if key in going}, drop, heads))
    return drop


def _foot_first_line(lines: Lines, texts: list[str], feet: list[int], copies: list[int]) -> str | None:
    """The line right over every copy of a running foot at the page feet (no blank line between),
    the same on RUNNING_HEAD_MIN_PAGES pages or more, where the foot is a long title printed over
    two lines ("Be ready to integrate the Cyber Resilience Act into your Open" / "Source
    practice"), of which only the lower is short enough to be found as a foot: the upper line
    opens as a title does (not in lower case), runs on into the lower (it ends no sentence) and is
    longer than RUNNING_HEAD_MAX, and every one of its copies in the text stands right over a copy
    of the foot (`copies`), as the two lines go together.  None otherwise: the body over a foot
    changes from page to page; a refrain or a closing sentence right over it ("for his mercy
    endureth for ever.") ends a sentence, and a refrain stands inside the pages too; a line over
    the foot that is a copy of it (a column of one value, "Netherlands" under "Netherlands") is a
    table's."""
    over = {_line_over(lines, index) for index in feet}
    if len(feet) < RUNNING_HEAD_MIN_PAGES or len(over) != 1:
        return None
    (text,) = over
    if text is None or len(text) <= RUNNING_HEAD_MAX or text[:1].islower() or ends_sentence(text) \
            or not TWO_LETTERS.search(text):
        return None
    over_copies = {index - 1 for index in copies if _line_over(lines, index) == text}
    return text if over_copies == {index for index, line in enumerate(texts) if line == text} else None


def _line_over(lines: Lines, index: int) -> str | None:
    """The text of the line right over lines[index] on its page, no blank line between; else None."""
    if index == 0 or lines[index].page_start or lines[index - 1].blank:
        return None
    return lines[index - 1].text


def _names_no_title(text: str, words: Furniture) -> bool:
    """Figures without a word ("2014-23") or a date alone ("7 december 2021"): a line that heads
    no part of the body."""
    return not TWO_LETTERS.search(text) or words.date.match(text) is not None


_END_NUMBER = re.compile(r"^(\d{1,3})\s|\s(\d{1,3})$")


def _numbered_as_their_page(texts: list[str], indexes: list[int], edge_of: Collection[int],
                            page_of: Callable[[int], int]) -> set[int]:
    """The copies inside a page that carry their page's number as the copies at the page edges
    do ("De Filosoof 21" on page 21, under a column and over the author's name): the number at
    the line's start or end is the page's index plus the offset that RUNNING_HEAD_MIN_PAGES copies
    at the edges share.  A title carries no page number: the copy is the page's foot."""
    numbered = {index: int(match[1] or match[2]) - page_of(index)
                for index in indexes if (match := _END_NUMBER.search(texts[index]))}
    offsets = Counter(offset for index, offset in numbered.items() if index in edge_of)
    shared = shared_offset(offsets.elements())
    if shared is None or offsets[shared] < RUNNING_HEAD_MIN_PAGES:
        return set()
    return {index for index, offset in numbered.items() if offset == shared and index not in edge_of}


def _on_the_beat(page: int, head_pages: set[int]) -> bool:
    """The head stands on every page or on every other page, evenly, on RUNNING_HEAD_MIN_PAGES
    pages at least (left and right pages), and the page falls on that beat: between them or the
    next after the last.  `head_pages` are the pages holding it at an edge, and those whose one
    copy the text layer read out inside the page (amid a chart's labels) with none at its edges:
    there the head belongs, and that copy is the page's head."""
    pages = sorted(head_pages)
    steps = {later - earlier for earlier, later in zip(pages, pages[1:])}
    if len(pages) < RUNNING_HEAD_MIN_PAGES or len(steps) != 1:
        return False
    step = steps.pop()
    return step <= 2 and (page - pages[0]) % step == 0 and pages[0] < page <= pages[-1] + step


def _heads_a_page(index: int, below: int, opening: int | None, at_edge: bool, texts: list[str],
                  heads: dict[str, str], words: Furniture) -> bool:
    """A copy at a page edge after the one that opens its chapter, over a name: the page's head
    over the page's first line (a heading read as a name: "Scope Clarifications"), not a title
    over its byline, which stands where its chapter opens.  A name that is itself a head found
    with it is the next line of a foot set over several lines, which a later round takes."""
    return at_edge and opening is not None and index > opening \
        and head_key(texts[below], words) not in heads


def _stacked_on_cover(lines: Lines, on_cover: dict[int, str], drop: dict[int, tuple[str, str]],
                      heads: dict[str, str]) -> dict[int, tuple[str, str]]:
    """The first page's copies of heads found in the same round, one under the other (`on_cover`:
    kept as cover lines, of heads whose other copies go): the page's head set over several
    lines ("Enhancing open source participation in" / "EU Standardisation" / "2025.07.21"), the
    lower ones beside no cover line once the upper ones go.  Evidence: the text line above the
    copy (blank lines between) goes as a head from this page, and the copy is figures only (a
    date, an issue's number): a line with words under a head on the first page may be the
    letter's own (its sender's registration), and stays."""
    found: dict[int, tuple[str, str]] = {}
    for index in sorted(on_cover):
        above = index - 1
        while above >= 0 and lines[above].blank:
            above -= 1
        if above >= 0 and (above in drop or above in found) and not TWO_LETTERS.search(lines[index].text):
            found[index] = ("running-head", heads[on_cover[index]])
    return found


def _numbered_heading(texts: list[str], indexes: list[int]) -> int | None:
    """The first copy of a head, when it alone opens with a number: the chapter's heading with
    its section number ("1 Wonen in de wijk"), the chapter's title running atop the pages after
    it.  A page number beside a head runs on the copies of many pages; where it shows on one
    page alone, that page is not the first ("Kop" / "Kop" / "12 Kop")."""
    numbered = [index for index in indexes if LEADING_NUMBER.match(texts[index])]
    if len(numbered) == 1 and len(indexes) >= 3 and numbered[0] == min(indexes):
        return numbered[0]
    return None


def _over_the_title(lines: Lines, index: int, width: Callable[[], int], words: Furniture) -> bool:
    """The head's copy atop the first page is a name or a label over the document's title: the
    display line under it, a blank line apart, opens with the name of a document's kind
    ("HERVORMDE GEMEENTE X" / "Profielschets kerkelijke en burgerlijke gemeente"), as the title
    scorer reads a letterhead (publish/title.py), or opens a title of its own over two lines or
    more while the copy names no kind ("Jaarverslag 2023" over "Stichting De Vaart" / "Amsterdam"
    is the title over its publisher).  A subtitle right under a cover title, with no blank line
    between, is the title's own."""
    under = _display_neighbour(lines, index, +1, width, words)
    if under is None or not lines[index + 1].blank:
        return False
    return _names_a_kind(lines[under].text, words) \
        or (_title_over_lines(lines, under, width, words) and not _names_a_kind(lines[index].text, words))


def _names_a_kind(text: str, words: Furniture) -> bool:
    """The line opens with the name of a document's kind ("Profielschets ...", "JAARVERSLAG 2023")."""
    first = first_word(text).strip(",.:;").lower()
    return len(first) > 2 and first.endswith(words.kinds)


def _title_over_lines(lines: Lines, under: int, width: Callable[[], int], words: Furniture) -> bool:
    """The display line under the head's copy (a blank line apart) opens a title set over two
    lines or more, no blank line between: a journal's rubric ("PRAXIS & METHODIK") over the
    article's title ("Vom physikalischen" / "Ereignis zum" / "intelligenten System"), the rubric
    atop every page.  A head set over several lines stands so on the later pages too, and is
    taken there in rounds of its own."""
    following = _display_neighbour(lines, under, +1, width, words)
    return following == under + 1


def _cover_group(lines: Lines, index: int, width: Callable[[], int], words: Furniture) -> bool:
    """Whether the line stands on the cover with a display line: a title with its subtitle."""
    return any(_display_neighbour(lines, index, step, width, words) is not None for step in (+1, -1))


def _next_key(lines: Lines, index: int, keys: dict[int, str | None], words: Furniture) -> str | None:
    """The key of the text line after this one on its page (two blank lines between at most)."""
    following = text_neighbour(lines, index, +1)
    if following is None or lines[following].page_start:
        return None
    if following not in keys:
        keys[following] = head_key(lines[following].text, words)
    return keys[following]


def _column_width(texts: list[str]) -> int:
    """The width of a full body line: the 90th percentile of the text lines' lengths (counted,
    not sorted: there are a few dozen distinct lengths)."""
    lengths = Counter(map(len, texts))
    lengths.pop(0, None)                              # blank lines
    rank = int(0.9 * (lengths.total() - 1))
    for length in sorted(lengths):
        rank -= lengths[length]
        if rank < 0:
            return length
    return 0


def _display_neighbour(lines: Lines, index: int, step: int, width: Callable[[], int], words: Furniture,
                       names_only: bool = False) -> int | None:
    """The index of the text line next to lines[index] (one blank line between at most, same
    page) when it is a display line: a byline or a name, or (names_only false) a line opening
    with a capital, without final punctuation, that ended short (a blank line follows, or the
    next line's first word would have fitted); else None."""
    neighbour, blanks = index + step, 0
    while 0 <= neighbour < len(lines) and lines[neighbour].blank and blanks < 1:
        neighbour, blanks = neighbour + step, blanks + 1
    if not 0 <= neighbour < len(lines) or lines[neighbour].blank:
        return None
    if lines[neighbour if step > 0 else index].page_start:
        return None                                   # across a page break
    text = lines[neighbour].text
    if len(text) > RUNNING_HEAD_MAX or ends_sentence(text):
        return None
    if words.byline.match(text) or words.name.match(text):
        return neighbour
    if names_only or not text[:1].isupper():
        return None
    after = neighbour + 1
    if after >= len(lines) or lines[after].blank or lines[after].page_start:
        return neighbour
    return neighbour if len(text) + 1 + len(first_word(lines[after].text)) <= width() else None
