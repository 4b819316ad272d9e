"""The scan and the cut every furniture pass shares: the lines a gate pattern finds, and the lines
removed with their reasons logged, a page's start passed on to the line after.
"""
from __future__ import annotations

import re
from collections.abc import Collection
from itertools import chain, islice
from operator import methodcaller

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


_START = methodcaller("start")


# Lines joined at a time by lines_matching: the text of a few thousand lines stays in the
# processor's cache while it is scanned; a whole book's text would be read back from memory.
_CHUNK = 4096


def lines_matching(texts: list[str], gate: re.Pattern) -> list[int]:
    """The indexes of the lines in whose text, read after a newline, gate finds a match; in
    order, each once."""
    found: list[int] = []
    for first in range(0, len(texts), _CHUNK):
        found += map(first.__add__, _chunk_lines_matching(texts[first:first + _CHUNK], gate))
    return found


def _chunk_lines_matching(texts: list[str], gate: re.Pattern) -> list[int]:
    """lines_matching by one scan of the texts joined, each after a newline: a match that starts
    at the n-th newline or after it, before the next, lies in line n (gate's matches never
    reach past a line's end).  A text holding a newline itself (a source line never does, it
    ends at one) would throw the count off; the texts are then looked at one by one."""
    joined = "\n" + "\n".join(texts)
    found: list[int] = []
    line, counted = -1, 0
    for position in map(_START, gate.finditer(joined)):
        line += joined.count("\n", counted, position + 1)
        counted = position + 1
        if not found or found[-1] != line:
            found.append(line)
    if line + 1 + joined.count("\n", counted) != len(texts):
        return [index for index, text in enumerate(texts) if gate.search("\n" + text)]
    return found
