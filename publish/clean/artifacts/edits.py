"""The cut every furniture pass shares: the lines removed with their reasons logged, a page's start
passed on to the line after.
"""
from __future__ import annotations

from collections.abc import Collection
from itertools import chain, islice

from publish.clean.lines import Changes, Line, Lines
from publish.report import Change


def drop_lines(lines: Lines, drop: dict[int, tuple[str, str]], in_place: Collection[int] = (),
               over_notes: Collection[int] = ()) -> tuple[Lines, Changes]:
    """Remove the lines at the given indexes; the next text line starts a page, unless the line
    removed is in_place: in a page's foot (the next line is the foot's, or starts a page
    already) or in the text (a stamp, a contents), whose page is known.  A line over its page's
    notes passes on no page start, not even its own: the notes are the page's whose body ends
    above it (where a folio stands over the notes, the page-number pass made the line under it
    start a page)."""
    if not drop:
        return lines, ()
    changes: list[Change] = []
    starting: dict[int, Line] = {}                    # index: the line, now starting a page
    for index in sorted(drop):
        kind, reason = drop[index]
        changes.append(Change(kind, lines[index].number, lines[index].text, "", reason))
        if index in over_notes or (index in in_place and not lines[index].page_start):
            continue                                  # (a page's first line passes its start on)
        following = index + 1
        while following < len(lines) and (following in drop or lines[following].blank):
            following += 1
        if following < len(lines) and not lines[following].page_start:
            starting[following] = lines[following]._replace(page_start=True)
    return _rebuilt(lines, drop.keys() | starting.keys(), starting), tuple(changes)


def _rebuilt(lines: Lines, cuts: set[int], starting: dict[int, Line]) -> Lines:
    """The lines without those at the cuts, the ones in starting put in their place.  The runs
    between the cuts are islices of one iterator over the lines, so each kept line is taken
    once: with a few hundred thousand lines, copying them is a good part of a pass."""
    rest = iter(lines)
    parts: list = []
    at = 0
    for index in sorted(cuts):
        # The run up to the cut; the line at the cut is skipped (islice(rest, 1, 1)).
        parts += (islice(rest, index - at), (starting[index],) if index in starting else (), islice(rest, 1, 1))
        at = index + 1
    parts.append(rest)
    return tuple(chain.from_iterable(parts))
