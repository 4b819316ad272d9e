"""Columns set side by side in a text extracted with its layout (pdftotext -layout): each line holds
a row of the page, a line of the left column and the line of the right column beside it.  Read row
by row, the two columns' sentences run into each other ("... mit verschiedenen Unterneh-  Die
Absolventenfeier war ..."), so no sentence of either reaches the reader whole.

Where a run of rows is parted by a gutter, the left column is read first, then the right one.  The
evidence, all of it: a column of the page stands in no row's text all along the run (a row of the
whole width, a running head or a centred folio, ends the run); MIN_ROWS rows at least hold text on
both sides of it, most of them (ONE_PIECE) one piece of text a side (not a table's cells, parted by
runs of spaces) and on average MIN_WORDS words a side (prose, not a label and its value or a term
and its description); and in each column, sentences go on from one line to the next (CONTINUED
lines at least: a line ending in a word, a comma or a hyphen, the next opening in lower case).
Runs of spaces inside a line are no gutter unless they stand at the same place on every row.

A masthead atop the right column and a note under the left one, set off by a blank row, are read
before and after the columns, where they are printed.  This is done before the lines are numbered:
the cleaner, the structure and the report number the text as it is read.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from publish.clean.lines import Changes
from publish.report import Change
from publish.source import Source

# Text on a row: runs of characters parted by single spaces (a run of two spaces or more parts them).
SEGMENT = re.compile(r"\S+(?: \S+)*")
MIN_ROWS = 5          # rows with text on both sides of the gutter
MIN_WORDS = 3         # words a side on those rows, on average
ONE_PIECE = 0.75      # share of those rows holding one piece of text a side
MASTHEAD = 2          # lines atop the right column, set off, read before the columns
CONTINUED = 2         # lines of each column whose sentence goes on in the column's next line
# A line whose sentence goes on: it ends in a hyphen, a letter or a comma.
GOES_ON = re.compile(r"(?:[^\W\d_]|[,-])$")
OPENS_LOWER = re.compile(r"^[„“‘\"'(]?[a-zß-ÿ]")
WORDS = re.compile(r"[^\W\d_]{2,}")
PAGE = "\f"


def in_reading_order(source: Source) -> tuple[Source, Changes]:
    """The source with each run of rows set in two columns read column after column.  Its lines
    are numbered as read from here on (the cleaner, the structure and the report see one text)."""
    if not any("  " in text.strip() for text in source.lines):
        return source, ()
    out: list[str] = []
    changes: list[Change] = []
    for page in _pages(source.lines):
        out.extend(_page_read_apart(page, len(out), changes))
    if not changes:
        return source, ()
    return replace(source, lines=tuple(out)), tuple(changes)


def _pages(lines: Sequence[str]) -> list[list[str]]:
    """The lines page by page: a form feed opens a page."""
    pages: list[list[str]] = [[]]
    for line in lines:
        if line.startswith(PAGE) and pages[-1]:
            pages.append([])
        pages[-1].append(line)
    return pages


def _page_read_apart(page: list[str], before: int, changes: list[Change]) -> list[str]:
    """The page's lines in reading order; before: the lines before the page (to number them)."""
    texts = [line.removeprefix(PAGE) for line in page]
    segments = [[(match.start(), match.end()) for match in SEGMENT.finditer(text)] for text in texts]
    out = list(page)
    found = []
    for start, end, gutter in sorted(_regions(texts, segments), reverse=True):
        pieces = _read(texts, start, end, gutter)
        if page[start].startswith(PAGE):
            pieces[0] = PAGE + pieces[0]
        out[start:end] = pieces
        found.append((start, end, gutter))
    shift = 0
    for start, end, gutter in sorted(found):      # numbered as read: earlier runs may have grown
        changes.append(Change("columns", before + start + shift + 1, f"{end - start} rows in two columns",
                              "the left column's lines, then the right column's",
                              f"a gutter at column {gutter} on every row, text on both sides of it on "
                              f"{_two_sided(segments[start:end], gutter)} rows"))
        shift += len(_read(texts, start, end, gutter)) - (end - start)
    return out


def _regions(texts: list[str], segments: list[list[tuple[int, int]]]) -> list[tuple[int, int, int]]:
    """(first row, row after the last, gutter column) of the page's runs of rows set in two
    columns: the run with the most rows holding text on both sides of a column that no row's text
    crosses first (the longest of them first), then the best among the rows left, and so on."""
    gaps: Counter[int] = Counter()
    for row in segments:
        for (_, end), (begin, _) in zip(row, row[1:]):
            gaps.update(range(end, begin))
    candidates = [column for column, rows in gaps.items() if rows >= MIN_ROWS]
    runs = sorted(((_two_sided(segments[start:end], column), end - start, start, end, column)
                   for column in candidates for start, end in _clear_runs(segments, column)), reverse=True)
    taken = [False] * len(segments)
    found = []
    for two_sided, _, start, end, column in runs:
        if two_sided < MIN_ROWS:
            break
        if any(taken[start:end]) or not _prose(texts, segments, start, end, column):
            continue
        taken[start:end] = [True] * (end - start)
        found.append((_below_masthead(texts, start, end, column), _above_foot(texts, start, end, column), column))
    return found


def _below_masthead(texts: list[str], start: int, end: int, gutter: int) -> int:
    """The run's first row once a masthead is left above it: MASTHEAD lines at most atop the right
    column, before any line of the left one and set off by a blank row ("Daniël & Wilma" over
    the newsletter's columns), read first as printed, not after the left column."""
    for row in range(start, end):
        if texts[row][:gutter].strip():
            return start
        if not texts[row].strip():
            return row if 0 < row - start <= MASTHEAD else start
    return start


def _above_foot(texts: list[str], start: int, end: int, gutter: int) -> int:
    """The run's end once a foot is left under it: MASTHEAD lines at most under the left column,
    after the right column's last line and set off by a blank row, the last of them ending its
    sentence (a note under both columns: "* Letterlijk: ..."), read after the columns as printed.
    The left column's last lines going on into the right column's first stay in the run."""
    lines = 0
    for row in range(end - 1, start - 1, -1):
        if texts[row][gutter:].strip():
            return end
        if texts[row].strip():
            if lines == 0 and GOES_ON.search(texts[row].rstrip()):
                return end
            lines += 1
        elif lines:
            return row if lines <= MASTHEAD else end
    return end


def _clear_runs(segments: list[list[tuple[int, int]]], column: int) -> list[tuple[int, int]]:
    """(first row, row after the last) of each run of rows whose text does not cross the column."""
    runs = []
    start = None
    for row, spans in enumerate(segments):
        crossing = any(begin <= column < end for begin, end in spans)
        if crossing and start is not None:
            runs.append((start, row))
            start = None
        elif not crossing and start is None:
            start = row
    if start is not None:
        runs.append((start, len(segments)))
    return runs


def _both_sides(row: list[tuple[int, int]], gutter: int) -> bool:
    return bool(row) and row[0][0] < gutter < row[-1][1]


def _two_sided(rows: list[list[tuple[int, int]]], gutter: int) -> int:
    return sum(1 for row in rows if _both_sides(row, gutter))


def _prose(texts: list[str], segments, start: int, end: int, gutter: int) -> bool:
    """Both columns hold prose: on the rows holding both, each side is one piece of text (not a
    table's cells parted by runs of spaces) of MIN_WORDS words on average; and in each column
    sentences go on from line to line."""
    both = [row for row in range(start, end) if _both_sides(segments[row], gutter)]
    if sum(len(segments[row]) == 2 for row in both) < ONE_PIECE * len(both):
        return False
    left_words = sum(len(WORDS.findall(texts[row][:gutter])) for row in both)
    right_words = sum(len(WORDS.findall(texts[row][gutter:])) for row in both)
    if min(left_words, right_words) < MIN_WORDS * len(both):
        return False
    left = [text for text in (texts[row][:gutter].strip() for row in range(start, end)) if text]
    right = [text for text in (texts[row][gutter:].strip() for row in range(start, end)) if text]
    return _continued(left) >= CONTINUED and _continued(right) >= CONTINUED


def _continued(column: list[str]) -> int:
    """Lines of a column whose sentence goes on in the next one."""
    return sum(1 for above, below in zip(column, column[1:]) if GOES_ON.search(above) and OPENS_LOWER.match(below))


def _read(texts: list[str], start: int, end: int, gutter: int) -> list[str]:
    """The run's rows as the left column's lines, then the right column's.  A gap in a column (a
    blank row, or a side empty on two rows running) stays a blank line; a side empty on one row
    is the other column's line set between two of its own.  The left column's last line goes on
    into the right column's first unless it ends a sentence (a column break inside a paragraph)."""
    left = _column(texts, [texts[row][:gutter].strip() for row in range(start, end)], start)
    right = _column(texts, [texts[row][gutter:].strip() for row in range(start, end)], start)
    if left and right and not GOES_ON.search(left[-1]):
        left.append("")
    return left + right


def _column(texts: list[str], sides: list[str], start: int) -> list[str]:
    out: list[str] = []
    gap = False
    empty = 0
    for offset, text in enumerate(sides):
        if not text:
            empty += 1
            gap = gap or empty >= 2 or not texts[start + offset].strip()
            continue
        if gap and out:
            out.append("")
        out.append(text)
        gap, empty = False, 0
    return out
