"""Running feet that the same-line-at-the-same-edge rule cannot see: long feet amid the page or under
its folio, a foot's cells read out apart, the left pages' feet read inside the page, numbers over feet.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Collection
from bisect import bisect_right
from functools import partial

from publish.clean.lines import Lines, TEXT, ends_sentence, lines_matching
from publish.report import Change
from publish.clean.artifacts.keys import head_key, title_key
from publish.clean.artifacts.pages import (gone_next_to, only_ligature_letters_under, page_lookup, page_spans,
                                           stands_alone)
from publish.clean.artifacts.patterns import (BARE, Furniture, LONG_HEAD_MAX, RUNNING_HEAD_MAX, RUNNING_HEAD_MIN_PAGES,
                                              STACK_DEPTH, TWO_LETTERS)
from publish.clean.artifacts.repeats import numbers_run_with_pages, on_alternate_pages


def feet_of_the_other_pages(lines: Lines, taken: list[Change], headings: set[str],
                            words: Furniture) -> dict[int, tuple[str, str]]:
    """The foot of the left pages that the text layer reads out inside each page (after its first
    column), where no page edge holds it, while the right pages' foot stood at their edges and
    went as a running foot (`taken`, by the rounds): the same short line, alone, once a page on
    every other page, on RUNNING_HEAD_MIN_PAGES pages or more, those pages alternating with the
    pages of one running head or foot taken.  A heading of the body keeps no such beat."""
    if not taken or not lines:
        return {}
    pages = page_spans(lines)
    page_of_line = partial(bisect_right, [lines[first].number for first, _ in pages])
    taken_pages: dict[str, set[int]] = defaultdict(set)
    for change in taken:
        taken_pages[change.before].add(page_of_line(change.line))
    partners = {head: found for head, found in taken_pages.items() if len(found) >= RUNNING_HEAD_MIN_PAGES}
    if not partners:
        return {}
    texts = list(map(TEXT, lines))
    page_of = page_lookup(pages)
    places: dict[str, dict[int, list[int]]] = defaultdict(lambda: defaultdict(list))
    for index, text in enumerate(texts):
        if text and len(text) <= RUNNING_HEAD_MAX and not ends_sentence(text) and stands_alone(lines, index):
            key = head_key(text, words)
            if key is not None and title_key(key) not in headings:
                places[key][page_of(index)].append(index)
    drop = {}
    for found in places.values():
        beat = sorted(found)
        if len(beat) < RUNNING_HEAD_MIN_PAGES or any(len(indexes) > 1 for indexes in found.values()) \
                or {later - earlier for earlier, later in zip(beat, beat[1:])} != {2} \
                or not numbers_run_with_pages(texts, found):
            continue
        partner = next((head for head, other in partners.items() if on_alternate_pages(beat, other)), None)
        if partner is not None:
            for indexes in found.values():
                drop[indexes[0]] = ("running-head", f"the same line alone inside every other page ({len(beat)} "
                                                    f"pages), alternating with the running foot '{partner}'")
    return drop


def long_feet_amid_pages(lines: Lines, headings: set[str],
                         over_notes: Callable[[int], bool]) -> dict[int, tuple[str, str]]:
    """A running foot longer than a head (a title: its first line ending in no punctuation) that
    the text layer set amid its page, between the body and the notes, where no page edge
    reaches (pages.edge_zones reads no line that long).  Evidence: the same line, alone under a blank line,
    once a page on RUNNING_HEAD_MIN_PAGES pages or more (_long_copies), each copy over furniture
    removed there (the page's number beside the foot: a source line gone under it, blank lines
    between).  The short line right under it goes with it when every copy has it (the title's
    second line), and so does the next line under the copies when it is the foot's too (see
    _next_in_the_feet)."""
    def stands(index: int) -> bool:
        return lines[index].text[-1].isalnum() and (index == 0 or lines[index].page_start or lines[index - 1].blank)

    drop: dict[int, tuple[str, str]] = {}
    for foot, indexes in _long_copies(lines, headings, LONG_HEAD_MAX, stands).items():
        if indexes[-1] + 1 >= len(lines):
            continue
        under = {lines[index + 1].text for index in indexes}
        second = len(under) == 1 and 0 < len(lines[indexes[0] + 1].text) <= RUNNING_HEAD_MAX
        stacks = [(index, index + 1) if second else (index, index) for index in indexes]
        if all(gone_next_to(lines, last, +1) for _, last in stacks):
            reason = f"the same long line alone on {len(indexes)} pages, over the page's removed furniture"
            drop.update((index, ("running-head", reason)) for stack in stacks for index in set(stack))
            drop.update(_next_in_the_feet(lines, [last for _, last in stacks], foot, over_notes))
    return drop


# A foot's small print set under the folio is one printed line across the page (a club's notice
# on its privacy policy: 127 characters); a source line longer than that is a paragraph's.
SMALL_PRINT_MAX = 3 * RUNNING_HEAD_MAX


def long_feet_under_the_folio(lines: Lines, headings: set[str], folios: Collection[int]) -> dict[int, tuple[str, str]]:
    """A running foot longer than a head, set under the page's folio as the page's last line (a
    club's small print "In het geval van verwerking ... Deze is te downloaden via onze website."
    under "Pagina 1 van 3"): no page edge reaches a line that long (pages.edge_zones), and it
    may end a sentence, or two.  Evidence: the same line once a page on RUNNING_HEAD_MIN_PAGES
    pages or more (_long_copies), nowhere else in the text, each copy the last text line of its
    page (but for ligature letters set apart under it) and right under its folio
    (_under_its_folio).  A refrain or a closing sentence ending its pages has no folio over it (a
    watermark, a credit or a running head removed there is no folio); a page's first line under a
    folio at the page's head is its page's text."""
    drop: dict[int, tuple[str, str]] = {}
    for indexes in _long_copies(lines, headings, SMALL_PRINT_MAX, lambda _: True).values():
        if all(only_ligature_letters_under(lines, index) and _under_its_folio(lines, index, folios)
               for index in indexes):
            reason = f"the same long line ending {len(indexes)} pages, under the page's folio"
            drop.update((index, ("running-head", reason)) for index in indexes)
    return drop


def _long_copies(lines: Lines, headings: set[str], longest: int,
                 stands: Callable[[int], bool]) -> dict[str, list[int]]:
    """The copies (indexes) of each line longer than a running head and `longest` characters at
    most that stand as a long foot's (`stands`), once a page on RUNNING_HEAD_MIN_PAGES pages or
    more; a title of the printed contents (`headings`) is a heading, and has none."""
    copies: dict[str, list[int]] = defaultdict(list)
    for index in lines_matching(list(map(TEXT, lines)), LONG_LINE_GATE):
        text = lines[index].text
        if len(text) <= longest and title_key(text) not in headings and stands(index):
            copies[text].append(index)
    page_of = page_lookup(page_spans(lines))
    return {text: indexes for text, indexes in copies.items()
            if len(indexes) >= RUNNING_HEAD_MIN_PAGES and len(set(map(page_of, indexes))) == len(indexes)}


def _under_its_folio(lines: Lines, index: int, folios: Collection[int]) -> bool:
    """A folio (`folios`: the source lines of the page numbers removed) is gone between the line
    and the text line above it, and no page starts between them: the line stands under its
    page's folio with its page's text above.  A page start there (a form feed, or one passed on
    to the line by a line removed over it: the page-number pass passes it on under a folio it
    read as a page's head, or as the end of the page before; the running-head pass under a head)
    makes the line its page's first, the page's own text (a chart's source line alone under the
    running head removed atop its page)."""
    above = next((before for before in range(index - 1, -1, -1) if lines[before].text), None)
    return above is not None and not any(line.page_start for line in lines[above + 1:index + 1]) \
        and any(number in folios for number in range(lines[above].number + 1, lines[index].number))


def _next_in_the_feet(lines: Lines, lasts: list[int], foot: str,
                      over_notes: Callable[[int], bool]) -> dict[int, tuple[str, str]]:
    """The foot's next line, set under it by the text layer (a web journal's button "Reageer"):
    the first text line under its copies (`lasts`: their last lines), short, with a word, the
    same under RUNNING_HEAD_MIN_PAGES copies at least; and its copies standing alone at the foot
    of a page's body, right over the page's notes (`over_notes`), where the page's foot sets its
    furniture too.  Under the foot's other copies, or inside a page, it is the page's text."""
    under: dict[str, list[int]] = defaultdict(list)
    for last in lasts:
        following = next((index for index in range(last + 1, len(lines)) if lines[index].text), None)
        if following is not None and len(lines[following].text) <= RUNNING_HEAD_MAX \
                and TWO_LETTERS.search(lines[following].text):
            under[lines[following].text].append(following)
    found = {text: indexes for text, indexes in under.items() if len(indexes) >= RUNNING_HEAD_MIN_PAGES}
    if not found:
        return {}
    under_the_foot = {index: ("running-head", f"under the running foot '{foot}' on {len(indexes)} pages")
                      for indexes in found.values() for index in indexes}
    over = {index: ("running-head", f"a line of the running foot '{foot}', alone over the page's notes")
            for index, line in enumerate(lines) if line.text in found and index not in under_the_foot
            and stands_alone(lines, index) and over_notes(index)}
    return under_the_foot | over


# A line longer than a running head, found by its newline.
LONG_LINE_GATE = re.compile(rf"\n[^\n]{{{RUNNING_HEAD_MAX + 1}}}")


def foot_cells_apart(lines: Lines, taken: set[int], headings: set[str]) -> dict[int, tuple[str, str]]:
    """The cells of a running foot's row that the text layer read out apart from it, with the
    column above them (a club's "Chartered November 8, 1973" left of "District 6980 | Club 4399",
    a photo's caption read out between): a short line ending no sentence, the same on every page
    holding text (two at least: a short document gives too few pages for the evidence of
    repeated_heads), once a page, set apart from the text around it, among its last STACK_DEPTH
    text lines, on pages whose running foot was taken in the rounds (`taken`: their source lines)
    under the last of them; and the last text line over the foot on one page at least, where it
    stands in the foot itself."""
    pages = [(first, end) for first, end in page_spans(lines) if any(line.text for line in lines[first:end])]
    if len(pages) < 2:
        return {}
    copies: dict[str, list[int]] = defaultdict(list)
    over_the_foot: set[str] = set()
    for first, end in pages:
        tail = [index for index in range(end - 1, first - 1, -1) if lines[index].text][:STACK_DEPTH]
        limit = lines[end].number if end < len(lines) else lines[-1].number + 1
        if not taken.intersection(range(lines[tail[0]].number + 1, limit)):
            return {}                                 # a page without its running foot
        over_the_foot.add(lines[tail[0]].text)
        for index in tail:
            text = lines[index].text
            if len(text) <= RUNNING_HEAD_MAX and TWO_LETTERS.search(text) and not ends_sentence(text) \
                    and title_key(text) not in headings and _set_apart(lines, index):
                copies[text].append(index)
    page_of = page_lookup(pages)
    reason = f"the same line on all {len(pages)} pages, over the running foot taken there or with its row"
    return {index: ("running-head", reason) for text, indexes in copies.items()
            if len(indexes) == len(pages) and text in over_the_foot and len(set(map(page_of, indexes))) == len(pages)
            for index in indexes}


def _set_apart(lines: Lines, index: int) -> bool:
    """The line runs on from no line of text and into none: a blank line, a page's start or the
    text's edge under it, and above it one of those or a line ending a sentence (not a table's
    row over its total, nor a sentence's part)."""
    above = index == 0 or lines[index - 1].blank or lines[index].page_start or ends_sentence(lines[index - 1].text)
    return above and (index + 1 >= len(lines) or lines[index + 1].blank or lines[index + 1].page_start)


# A page's number over its running foot counts the pages on this many pages at least (two may be chance).
NUMBERED_FEET = 3


def numbers_over_feet(lines: Lines, heads: list[int]) -> dict[int, tuple[str, str]]:
    """The page's number set over its running foot ("1" / "Title – Author – Event 12.05.2024"), which
    the page-number pass could not tell from a table's or a list's number while the foot stood
    under it: with the foot gone it ends its page.  Evidence: a bare number is the last text
    line of its page, a running head or foot (`heads`: their source lines) was removed after it
    on that page and nothing else was (the page's folio, removed under it, would make it a note's
    label: a page has one folio), and the numbers so placed count the pages (the same offset from
    the page's index on NUMBERED_FEET pages at least)."""
    pages = page_spans(lines)
    found: dict[int, int] = {}
    removed = sorted(heads)
    for number, (first, end) in enumerate(pages, start=1):
        last = next((index for index in range(end - 1, first - 1, -1) if lines[index].text), None)
        if last is None or not re.fullmatch(r"\d{1,3}", lines[last].text.strip()):
            continue
        limit = lines[end].number if end < len(lines) else lines[-1].number + 1
        at = bisect_right(removed, lines[last].number)
        if at < len(removed) and removed[at] < limit and not _other_removals(lines, last, end, limit, removed):
            found[last] = int(lines[last].text) - number
    offsets = Counter(found.values())
    return {index: ("page-number", f"{BARE}, over the page's running foot, counting the pages")
            for index, offset in found.items() if offsets[offset] >= NUMBERED_FEET}


def _other_removals(lines: Lines, last: int, end: int, limit: int, heads: list[int]) -> bool:
    """Whether a line other than a running head or foot (`heads`) was removed between lines[last]
    and its page's end (`limit`: the next page's first source line)."""
    kept = {line.number for line in lines[last:end]}
    return any(gone not in kept for gone in set(range(lines[last].number + 1, limit)) - set(heads))
