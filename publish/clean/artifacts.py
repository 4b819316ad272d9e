"""Page furniture: page numbers, photo credits and running heads; real numbers in text stay."""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from publish.clean.lines import Changes, Line, Lines, ends_sentence
from publish.report import Change

# A bare page number, or a spread of two facing pages ("12 13"); at most three digits, so a
# year standing on its own ("2015") is not taken for one.
PAGE_NUMBER = re.compile(r"^(?:[-–—]\s*)?(\d{1,3})(?:\s*[-–—])?(?:\s+(\d{1,3}))?$")
CREDIT = re.compile(r"^(?:Fotografie|Foto(?:'s|’s)?|Beeld|Illustratie|Illustraties|Omslagfoto|Foto omslag)"
                    r"\s*:\s*\S.*$", re.IGNORECASE)
RUNNING_HEAD_MAX = 60
# A running head often carries the page number at one end ("12  Voorbij de tweedeling").
FOLIO = re.compile(r"^\d{1,3}\s+|\s+\d{1,3}$")
RUNNING_HEAD_MIN_REPEATS = 2


def _is_isolated(lines: Lines, index: int) -> bool:
    """A page number stands alone: a blank line, a page start or the file edge on one side."""
    before = index == 0 or lines[index - 1].blank
    after = index + 1 >= len(lines) or lines[index + 1].blank or lines[index + 1].page_start
    return before or after or lines[index].page_start


def _page_number(lines: Lines, index: int) -> str | None:
    """Why the line is a page number, or None."""
    match = PAGE_NUMBER.match(lines[index].text)
    if not match or not _is_isolated(lines, index):
        return None
    first, second = match.group(1), match.group(2)
    if second is None:
        return "a bare number on its own line"
    if int(second) == int(first) + 1:
        return "two consecutive numbers: the page numbers of a spread"
    return None


def _drop(lines: Lines, drop: dict[int, tuple[str, str]]) -> tuple[Lines, Changes]:
    """Remove the lines at the given indexes; the next text line starts a page."""
    out: list[Line] = []
    changes: list[Change] = []
    mark_next = False
    for index, line in enumerate(lines):
        if index in drop:
            kind, reason = drop[index]
            changes.append(Change(kind, line.number, line.text, "", reason))
            mark_next = True
            continue
        if mark_next and not line.blank:
            line = replace(line, page_start=True)
            mark_next = False
        out.append(line)
    return tuple(out), tuple(changes)


def remove_page_numbers(lines: Lines) -> tuple[Lines, Changes]:
    drop = {}
    for index in range(len(lines)):
        reason = _page_number(lines, index)
        if reason:
            drop[index] = ("page-number", reason)
    return _drop(lines, drop)


def remove_photo_credits(lines: Lines) -> tuple[Lines, Changes]:
    drop = {index: ("photo-credit", "a credit line (Fotografie:/Foto:/Beeld:/Illustratie:) belongs to a picture")
            for index, line in enumerate(lines) if CREDIT.match(line.text)}
    return _drop(lines, drop)


def remove_running_heads(lines: Lines) -> tuple[Lines, Changes]:
    """A short line repeated at page starts (or just before them), and nowhere else, is a
    running head."""
    at_edges, anywhere = Counter(), Counter()
    for index, line in enumerate(lines):
        if line.blank or len(line.text) > RUNNING_HEAD_MAX or ends_sentence(line.text):
            continue
        anywhere[_head_key(line.text)] += 1
        if line.page_start or index == 0 or _next_text_starts_page(lines, index):
            at_edges[_head_key(line.text)] += 1
    heads = {text for text, count in at_edges.items()
             if count >= RUNNING_HEAD_MIN_REPEATS and count == anywhere[text]}
    drop = {index: ("running-head", f"repeated {at_edges[_head_key(line.text)]} times at page boundaries")
            for index, line in enumerate(lines)
            if _head_key(line.text) in heads and (line.page_start or index == 0 or _next_text_starts_page(lines, index))}
    return _drop(lines, drop)


def _next_text_starts_page(lines: Lines, index: int) -> bool:
    for line in lines[index + 1:index + 4]:
        if not line.blank:
            return line.page_start
    return False


def _head_key(text: str) -> str:
    return FOLIO.sub("", text)
