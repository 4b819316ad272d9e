"""The running heads and feet pass: rounds of finding the lines repeated at the page edges and
removing them, with the stacks, feet, folios and chapter heads they bring to light.
"""
from __future__ import annotations

from collections.abc import Callable, Collection, Iterable
from bisect import bisect_left, bisect_right
from functools import cache, partial
from itertools import chain

from publish import letterhead
from publish.clean import footnotes
from publish.clean.lines import Changes, Lines, TEXT
from publish.languages import Language
from publish.languages.patterns import default
from publish.report import Change
from publish.clean.artifacts.chapter_heads import heads_of_the_contents
from publish.clean.artifacts.edits import drop_lines
from publish.clean.artifacts.folios import folios_at_edges
from publish.clean.artifacts.head_copies import head_copies
from publish.clean.artifacts.keys import title_key
from publish.clean.artifacts.pages import edge_zones, page_spans, text_neighbour
from publish.clean.artifacts.patterns import STACK_DEPTH, furniture
from publish.clean.artifacts.repeats import add_column_breaks, lines_at_edges, pages_with_a_foot_gone, repeated_heads
from publish.clean.artifacts.rules import RULE
from publish.clean.artifacts.running_feet import (feet_of_the_other_pages, foot_cells_apart, long_feet_amid_pages,
                                                  long_feet_under_the_folio, numbers_over_feet)
from publish.clean.artifacts.stacks import stacked_beyond, stacked_figures


def remove_running_heads(lines: Lines, contents_titles: Iterable[str] = (), language: Language | None = None,
                         folios: Collection[int] = ()) -> tuple[Lines, Changes]:
    """A running head or foot: the same short line (numbers aside) at the same page edge on
    several pages.  Its copies at page edges go; a copy that stands with a byline, or on the
    first page with its cover lines, is the real line and stays.  A copy standing alone inside a
    page after the first means the line is text (a heading of the body): none of its copies go;
    one right over the page's notes stands at the foot of its body, an edge of the text.
    A page's head or foot may stack several such lines: each round takes the outermost, and the
    next round finds the line that then stands at the edge.  After the rounds go the other pages'
    foot read out inside them (feet_of_the_other_pages), a long foot set amid its pages
    (long_feet_amid_pages), a long foot under the page's folio (long_feet_under_the_folio:
    `folios` are the source lines of the page numbers removed, from the page-number pass) and a
    cell of a footer's row read out apart from the rest (foot_cells_apart).  A line that is
    also a title in the printed contents (contents_titles, from the contents pass) is a
    heading: never a head."""
    changes: list[Change] = []
    taken: set[int] = set()                 # the source lines taken as heads in earlier rounds
    headings = {title_key(title) for title in contents_titles}
    for _ in range(STACK_DEPTH):
        lines, found = _running_heads_round(lines, taken, headings, language)
        if not found:
            break
        changes += found
        taken.update(change.line for change in found)
    lines, found = drop_lines(lines, feet_of_the_other_pages(lines, changes, headings,
                                                             furniture(language or default())))
    changes += found
    over_notes = partial(_over_the_notes, lines, cache(partial(_note_openings, lines, language)))
    feet_amid = long_feet_amid_pages(lines, headings, over_notes)
    lines, found = drop_lines(lines, feet_amid, feet_amid.keys())
    changes += found
    feet_under = long_feet_under_the_folio(lines, headings, folios)
    lines, found = drop_lines(lines, feet_under, feet_under.keys())
    changes += found
    cells = foot_cells_apart(lines, taken, headings)
    lines, found = drop_lines(lines, cells, cells.keys())          # in a page's foot: no page starts there
    changes += found
    lines, found = heads_of_the_contents(lines, contents_titles)
    changes += found
    feet = [change.line for change in changes if change.kind == "running-head"]
    rules = _rules_over_the_foot(lines, set(feet) | set(folios))
    lines, found = drop_lines(lines, rules, rules.keys())
    changes += found
    lines, found = drop_lines(lines, numbers_over_feet(lines, feet))
    lines, bared = _folios_bared(lines, language, tuple(change for change in changes if change.kind == "running-head"))
    return lines, tuple(changes) + found + bared


def _rules_over_the_foot(lines: Lines, gone: Collection[int]) -> dict[int, tuple[str, str]]:
    """A rule (RULE) that ends its page's text over the page's foot removed by its own evidence
    (`gone`: the source lines of the running feet and folios removed): the foot's rule, which
    would stand under the page's notes as their last line.  A rule with text under it on its page
    (notes under a separator, a table's rows) stays for the rules pass, after the notes."""
    found = {}
    numbers = sorted(gone)                    # source lines, as the lines are numbered
    for first, end in page_spans(lines):
        last = next((index for index in range(end - 1, first - 1, -1) if lines[index].text), None)
        next_page = bisect_left(numbers, lines[end].number) if end < len(lines) else len(numbers)
        if last is not None and RULE.match(lines[last].text) and bisect_right(numbers, lines[last].number) < next_page:
            found[last] = ("rule", "a rule over the page's foot, the running foot or folio under it gone")
    return found


def _folios_bared(lines: Lines, language: Language | None, heads: Changes) -> tuple[Lines, Changes]:
    """The folios that stand at a page's edge once the running heads and feet are gone: a footer
    stacked "page" / "2/45" over the date and the title, where the folio stood deeper than a
    page's edge reaches (EDGE_DEPTH) while the lines under it stood; and a chapter's number and
    title over its heading, the chapter's head.  A heading under one of the `heads` removed stays."""
    zones = edge_zones(lines, page_spans(lines))
    return drop_lines(lines, folios_at_edges(lines, zones, furniture(language or default()), heads),
                      {index for _, foot in zones for index in foot})


def _running_heads_round(lines: Lines, taken: set[int], headings: set[str],
                         language: Language | None) -> tuple[Lines, Changes]:
    words = furniture(language or default())
    texts = list(map(TEXT, lines))
    pages = page_spans(lines)
    zones = edge_zones(lines, pages)
    keys: dict[int, str | None] = {}
    outermost = {index for top, foot in zones for index in chain(top[:1], foot[-1:])}
    at_edges = lines_at_edges(texts, zones, keys, words, stacked_figures(lines, zones, taken))
    add_column_breaks(lines, texts, at_edges, [first for first, _ in pages], keys, words)
    found = repeated_heads(texts, at_edges, len(pages), outermost, letterhead.patterns(language).contact,
                           pages_with_a_foot_gone(lines, pages, zones))
    heads = {key: reason for key, reason in found.items() if title_key(key) not in headings}
    if not heads:
        return lines, ()
    note_openings = cache(partial(_note_openings, lines, language))
    over_notes = partial(_over_the_notes, lines, note_openings)
    drop = head_copies(lines, texts, heads, pages, zones, keys, taken, words, over_notes)
    drop.update(stacked_beyond(texts, drop, zones))
    feet = {index for _, foot in zones for index in foot}
    return drop_lines(lines, drop, feet, set(filter(over_notes, drop)))


def _note_openings(lines: Lines, language: Language | None) -> frozenset[int]:
    """The indexes of the lines that open a note found at a page's foot: its label's line."""
    return frozenset(label.index for group in footnotes.find_groups(lines, language) for label in group.labels)


def _over_the_notes(lines: Lines, note_openings: Callable[[], frozenset[int]], index: int) -> bool:
    """The next text line on the page (two blank lines between at most) opens one of the page's
    notes: the line stands at the foot of the page's body, over its notes, where the page's foot
    sets its furniture too (a web journal's 'Reageer' button between the text and the notes).
    The notes are sought only under a line the footnotes pass would read as a label's (LABEL)."""
    following = text_neighbour(lines, index, +1)
    return following is not None and not lines[following].page_start \
        and footnotes.LABEL.match(f"\n{lines[following].text}\n") is not None and following in note_openings()
