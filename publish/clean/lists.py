"""Lists: bullets (•, -, –) and numbered items become list items; the marker is kept apart."""
from __future__ import annotations

import re
from dataclasses import replace

from publish.clean.lines import Blocks, Changes, ends_sentence
from publish.clean.tokens import BULLET_CLASS, BULLETS
from publish.report import Change

BULLET = re.compile(rf"^({BULLET_CLASS})\s*(?=\S)")
DASH = re.compile(r"^([-–—])\s+(?=\S)")
NUMBER = re.compile(r"^(\d{1,2}[.)])\s+(?=\S)")
LIST_LEAD_IN = (":", ";")     # a line ending so announces a list or ends one of its items
_FIRST = frozenset(BULLETS + "-–—0123456789")     # what an item can start with


def item_marker(text: str, previous: str | None, in_item: bool) -> tuple[str, bool] | None:
    """(marker, ordered) when the line starts a list item, else None.

    A dash only starts an item where a dash between words cannot be meant: after a colon or a
    full sentence, or after another item, with a capital following ("- zo betoogt ..." stays text);
    an item in lower case only right after a colon or a semicolon, or after another item.
    A number only where it cannot be a number in a sentence: followed by a capital, at a
    sentence boundary.
    """
    if text[:1] not in _FIRST and not text[:1].isdecimal():
        return None
    match = BULLET.match(text)
    if match:
        return match.group(1), False
    at_boundary = previous is None or in_item or ends_sentence(previous)
    rest_upper = lambda m: text[m.end():m.end() + 1].isupper()
    match = DASH.match(text)
    if match and ((at_boundary and rest_upper(match)) or _lower_case_item_may_follow(previous, in_item)):
        return match.group(1), False
    match = NUMBER.match(text)
    if match and at_boundary and rest_upper(match):
        return match.group(1), True
    return None


def _lower_case_item_may_follow(previous: str | None, in_item: bool) -> bool:
    """A line opening with a dash and a lower-case word is an item ('- betere afstemming ...;')
    only where a list is announced or running: in a sentence the dash would open an aside."""
    return in_item or (previous is not None and previous.rstrip().endswith(LIST_LEAD_IN))


def mark_items(blocks: Blocks) -> tuple[Blocks, Changes]:
    """Strip the marker of each item block into its marker field."""
    out = []
    changes = []
    for block in blocks:
        if block.kind == "item" and not block.marker:
            found = item_marker(block.text, None, True)
            if found:
                marker, ordered = found
                cut = len(block.text) - len(block.text[len(marker):].lstrip())
                block = replace(block, text=block.text[cut:], marker=marker, ordered=ordered,
                                offsets=tuple((max(0, o - cut), n) for o, n in block.offsets))
                changes.append(Change("list-item", block.first, marker, "",
                                      "a bullet or number at the start of a line opens a list item"))
        out.append(block)
    return tuple(out), tuple(changes)
