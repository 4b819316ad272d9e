"""Whitespace: form feeds and the leading-space page marker become page starts; tabs, no-break
spaces and runs of spaces become one space; trailing spaces go."""
from __future__ import annotations

import re

from publish.clean.lines import Changes, Line, Lines
from publish.report import Change

SPACES = re.compile(r"[ \t\u00a0\u2007\u202f\u2009\u200a\u3000]+")
INVISIBLE = re.compile(r"[\u00ad\u200b\u200c\u200d\u2060\ufeff]")
# Anything this pass would change: most lines have none of it and are passed on as they are.
WORK = re.compile(r"[\t\f\u00a0\u2007\u202f\u2009\u200a\u3000\u00ad\u200b\u200c\u200d\u2060\ufeff]|  |^\s|\s$")


def normalise(lines: Lines) -> tuple[Lines, Changes]:
    """Strip and collapse whitespace; mark the first line of each page."""
    out: list[Line] = []
    changes: list[Change] = []
    pending_page = False
    work = WORK.search
    for line in lines:
        raw = line.text
        if not raw:
            out.append(line if not line.page_start and line.glue == " " else Line(line.number, ""))
            continue
        stripped = raw.rstrip(" ")
        if stripped and not work(stripped):      # nothing to collapse, strip or mark
            if stripped is not raw or (pending_page and not line.page_start):
                line = Line(line.number, stripped, line.page_start or pending_page, line.glue)
            out.append(line)
            pending_page = False
            continue
        raw = INVISIBLE.sub("", raw)
        if "\f" in raw:
            pending_page = True
            changes.append(Change("page-break", line.number, "\\f", "", "form feed marks a new page"))
            raw = raw.replace("\f", "")
        text = SPACES.sub(" ", raw).strip()
        if not text:
            out.append(Line(line.number, ""))
            continue
        # OCR of these booklets starts a new page's first line with a space.
        leading_marker = raw[:1] in (" ", "\t")
        if leading_marker:
            changes.append(Change("page-break", line.number, raw[:1], "",
                                  "a leading space marks the first line of a new page"))
        out.append(Line(line.number, text, page_start=line.page_start or pending_page or leading_marker,
                        glue=line.glue))
        pending_page = False
    return tuple(out), tuple(changes)
