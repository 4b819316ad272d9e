"""Read a source file into numbered text lines: encoding, BOM, line endings, form feeds, bad input."""
from __future__ import annotations

import codecs
import os
import re
import stat
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache, partial
from pathlib import Path

from publish.errors import PublishError
from publish.model import SideBySide

# Limits that keep a build within memory and time: a 400-page anthology is about 1 MB of text,
# so these refuse only what is not a booklet's text at all (a dump, a binary, a one-line blob).
MAX_SOURCE_BYTES = 16 * 1024 * 1024
MAX_LINE_CHARS = 100_000
PAGE_BREAK = "\f"


@dataclass(frozen=True)
class Source:
    """A source text: its path, its name (the file stem) and its lines; line n is lines[n - 1].

    Line endings (LF, CRLF, CR) are normalised away; a form feed stays in the line text as
    "\\f" so the cleaner can see the page break it marks.
    """

    path: Path
    lines: tuple[str, ...]

    @property
    def name(self) -> str:
        return self.path.stem

    def numbered(self):
        """(line number, text) pairs, numbered from 1 as an editor shows them."""
        return enumerate(self.lines, start=1)


# Ligatures the text layer kept as presentation forms ("ﬁnanciën"): the letters they stand for,
# which the word list, hyphenation and search know, and which the fonts join again where they should
# (the booklet's fonts have no glyph for the presentation forms).
# And figures a font's variant glyphs left as Adobe's private-use code points (the Adobe Glyph List:
# "onefitted" U+F6DC, "zerooldstyle" ... "nineoldstyle" U+F730-U+F739): no font draws them, and
# a reader would miss the digit ("zo'n \uf6dc27 computers" is 127).  And the bullet of the Symbol
# font, U+F0B7 (its code 0xB7 in the private use area where pdftotext leaves a symbol font's
# glyphs): a word processor's list bullet; the other symbol-font glyphs mean one thing in Symbol
# and another in Wingdings, so they stay for the build to warn about.
LIGATURES = str.maketrans({"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl",
                           "\ufb05": "st", "\ufb06": "st", "\uf6dc": "1", "\uf0b7": "•",
                           **{chr(0xF730 + digit): str(digit) for digit in range(10)}})


def read_source(path: Path | str, encoding: str = "utf-8") -> Source:
    """Read and decode a source file, or raise PublishError saying what is wrong with it."""
    path = Path(path)
    data = read_bounded(path, MAX_SOURCE_BYTES, "sources")
    text = decode(data, encoding, path).translate(LIGATURES)
    if not text.strip():
        raise PublishError("the file is empty (no text to publish)", path)
    lines = split_lines(text)
    _refuse_overlong_lines(lines, path)
    return Source(path=path, lines=tuple(lines))


def _refuse_overlong_lines(lines: list[str], path: Path) -> None:
    for number, line in enumerate(lines, start=1):
        if len(line) > MAX_LINE_CHARS:
            raise PublishError(
                f"line is {len(line):,} characters long; lines over {MAX_LINE_CHARS:,} characters are "
                "refused (is this a plain-text file with line breaks?)", path, number)


def read_bounded(path: Path, limit: int, what: str) -> bytes:
    """The bytes of a regular file, refusing it once more than `limit` bytes have been read.

    The limit counts what is read, not the size the file reports: a device, a pipe or a FIFO
    reports none, and a file in /proc reports 0.  Those are refused before reading (opened
    without waiting, so a FIFO without a writer does not hang the build).
    """
    try:
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except FileNotFoundError:
        raise PublishError("no such file", path) from None
    except PermissionError:
        raise PublishError("cannot read the file: permission denied", path) from None
    except OSError as error:
        raise PublishError(f"cannot read the file: {error.strerror or error}", path) from None
    try:
        status = os.fstat(descriptor)
        if stat.S_ISDIR(status.st_mode):
            raise PublishError("is a directory, not a text file", path)
        if not stat.S_ISREG(status.st_mode):
            raise PublishError("is not a regular file (a pipe, FIFO, socket or device); "
                               "save the text to a file and give that", path)
        size = status.st_size
        with os.fdopen(descriptor, "rb", closefd=False) as stream:
            data = stream.read(limit + 1) if size <= limit else b""
    except OSError as error:
        raise PublishError(f"cannot read the file: {error.strerror or error}", path) from None
    finally:
        os.close(descriptor)
    if size > limit or len(data) > limit:
        raise PublishError(f"the file is over {_amount(limit)}; {what} over {_amount(limit)} are refused", path)
    return data


def _amount(limit: int) -> str:
    return f"{limit // 2**20} MB" if limit >= 2**20 else f"{limit // 2**10} kB" if limit >= 2**10 else f"{limit} bytes"


# Codecs Python registers besides text encodings: transforms (base64, zlib, rot13 ...) refuse
# to decode bytes to text; these decode, but no text file is written in them.
NOT_FILE_ENCODINGS = {"punycode", "idna", "unicode-escape", "raw-unicode-escape", "undefined"}


def _text_encoding(encoding: str, path: Path) -> str:
    """The encoding, checked: known, and an encoding of text (not a transform)."""
    try:
        name = codecs.lookup(encoding).name
    except LookupError:
        raise PublishError(f"unknown encoding {encoding!r}", path) from None
    try:
        "a".encode(encoding)
    except (LookupError, UnicodeError):         # base64, rot13 ...: not bytes <-> text
        name = "undefined"
    if name in NOT_FILE_ENCODINGS:
        raise PublishError(f"{encoding!r} is not a text encoding; give the encoding the file is "
                           "written in (e.g. --encoding cp1252)", path)
    if name in ("utf-8", "utf-8-sig"):
        return "utf-8-sig"              # a BOM is accepted, never kept as text
    return encoding


def decode(data: bytes, encoding: str, path: Path) -> str:
    """Decode bytes, refusing binary data and naming the line and byte of a decoding error.

    NUL is looked for in the decoded text: UTF-16 and UTF-32 text holds NUL bytes."""
    encoding = _text_encoding(encoding, path)
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as error:
        if b"\x00" in data:
            raise PublishError("looks like a binary file (it contains NUL bytes), not text", path) from None
        line = data.count(b"\n", 0, error.start) + 1
        raise PublishError(
            f"byte 0x{data[error.start]:02x} at byte offset {error.start} is not valid {error.encoding}; "
            "give the right encoding with --encoding (e.g. --encoding cp1252)",
            path, line) from None
    if "\x00" in text:
        raise PublishError("looks like a binary file (it contains NUL characters), not text", path)
    return text


def split_lines(text: str) -> list[str]:
    """Split on LF, CRLF or CR (not on form feeds or Unicode line separators inside a line).

    A lone CR ends a line only in a text without LF (classic Mac line ends).  Where the lines end
    in LF, a CR inside a line is a print driver's word separator (TAB CR SPACE NBSP between every
    two words of some Word exports): read as a line end it would set every word on a line of its
    own, so it is read as a space."""
    text = text.replace("\r\n", "\n")
    text = text.replace("\r", " " if "\n" in text else "\n")
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return lines


# Printed columns set side by side on the lines of the text layer.  `pdftotext -layout` keeps
# a page's geometry: a page printed in two columns becomes lines holding a line of each column,
# the second starting at the same character column all down the page, and whoever reads the lines
# in turn reads across both columns ("Hilfsmit-" / "wurden").  The evidence, on one page:
# - a line holds two or more runs of text apart by a gutter of at least GUTTER spaces (within a
#   run words stand at most GUTTER - 1 spaces apart, a justified line's widest), each run running
#   text of at least PROSE_WORDS words: not a label beside its value, a figure, a date, a blank;
# - the second run starts within COLUMN_DRIFT characters of one column on at least MIN_LINES such
#   lines, each at most LINES_APART lines below the one before (the columns' baselines need not
#   meet, so a line of one column alone may stand between them): a column down the page, not a
#   letterhead's address beside its date or a form's few fields;
# - at least a LOWER_CASE share of those runs starts with a lower-case letter: running text broken
#   at a column's width goes on mid-sentence, where a programme's items or a form's labels start
#   with capitals or figures;
# - the lines of every column are broken by the column's width: on at least a BROKEN_BY_WIDTH
#   share of a column's lines followed by another line of it (not by a blank line: a paragraph's
#   end), the next line's first word would not have fitted after it within the column's widest
#   line (less 1 - FITS of it: proportional type sets more or fewer characters in one width), or
#   the line ends in a hyphen at the gutter.  A table's cells, a glossary's terms and definitions,
#   a programme's items, verse or the stage directions beside it end where their sense ends, with
#   room to spare in one column at least.
GUTTER = 3
PROSE_WORDS = 3
COLUMN_DRIFT = 3
MIN_LINES = 6
LINES_APART = 4
LOWER_CASE = 0.25
BROKEN_BY_WIDTH = 0.65
FITS = 0.95
_RUN = re.compile(rf"\S+(?: {{1,{GUTTER - 1}}}\S+)*")
_WORD = re.compile(r"[^\W\d_]{2,}")
_HYPHENS = "-\u2010\u00ad"
# A contact: an e-mail address, a website, a telephone number (six figures at least in a run).
_CONTACT = re.compile(r"@|://|\bwww\.|\d[\d .()/-]{4,}\d", re.IGNORECASE)


def columns_side_by_side(lines: Sequence[str]) -> SideBySide | None:
    """Where the text sets printed columns side by side on its lines (see above), or a table's
    cells running on beside each other (see below), whichever comes first: the summary names the
    first page read across; or None."""
    columns = next((SideBySide(page=page, lines=(stretch[0] + 1, stretch[1] + 1))
                    for page, (start, end) in enumerate(_pages(lines), start=1)
                    if (stretch := _side_by_side_stretch(lines, start, end)) is not None), None)
    found = [side_by_side for side_by_side in (columns, _cells_run_on(lines)) if side_by_side is not None]
    return min(found, key=lambda side_by_side: side_by_side.page, default=None)


# A table's cells running on beside another column's cell.  A -layout table that wraps a cell
# sets the rest of it under it on the next line, while the row's later cells stand beside its
# first line: whoever reads the lines in turn reads into the next cells before the first one
# ends ("Disbursement cost   Photocopying @ 10p per   Actual cost" / "sheet (black & white)"), a
# false sentence.  The columns check above leaves tables out (their lines end where their sense
# ends); this is the evidence that a table's rows are not read whole:
# - a line holds two or more runs of text (as above); a run that is not its last (a cell) is
#   followed by a run holding a word (another cell, not a line number or a figure alone);
# - it is a row of a table: at least TABLE_ROWS lines of its block (its lines between blank
#   lines) hold runs starting at both the cell's and the next cell's columns (a justified line's
#   wide word space, a letterhead's name beside its date, stand at columns no other line shares);
# - the next line holds one run only, starting within COLUMN_DRIFT of the cell and with a
#   lower-case letter: the cell's sentence goes on there, with the row's other cells left empty
#   (a line holding other cells too is the table's next row: a glossary's next term, an action
#   list's next action, the next name of signatures or addresses side by side);
# - that run ends before the next column starts: a wrapped cell's rest stays in its column (an
#   e-mail address under a name, a note under a price list run on under the prices);
# - it holds no contact (an e-mail address, a website, a telephone number, with or without its
#   label: "e-mail: marja@dbob.nl", "tel. 0186-612345"): a contact list's line under a name;
# - the cell ends on no capitalised word: a sentence cut mid-phrase ("... de la salle", "10p
#   per"), not a name with its office under it in a tight table ("Marja van den Berghe" /
#   "voorzitter");
# - that column's rows (those lines) open with a capital or a figure: lower
#   case is then the cell going on, not the table's habit (a glossary of lower-case terms);
# - the cell was broken by the column's width, as a column's line above (_line_broken), the
#   column as wide as the room before the next column's gutter (its widest cell may be narrower:
#   a name over its office, "Mr. K. Bakker" / "voorzitter", beside another name, fits there);
# - under the block's last row, only in a block where another cell runs on: a remark under a
#   programme's last item ("followed by refreshments") or a note under a price list ("exclusief
#   btw") is set as a cell's rest is;
# - at least RUN_ON_CELLS such cells in the document: a table's habit, not one odd line.
# Left out, so missed: a cell ending on a capitalised word (a German noun, a name), a cell going
# on with a capital, a figure or a bracket or holding a long number, a cell going on beside the
# next row's cells of another column (a price beside it, a sub-row).
RUN_ON_CELLS = 2
CELL_WORDS = 2
TABLE_ROWS = 3


def _cells_run_on(lines: Sequence[str]) -> SideBySide | None:
    """Every cell of a table run on beside another column's cell (see above), as (page, line
    number) of the cell's line, when the document holds RUN_ON_CELLS of them; or None."""
    found = tuple((page, first + offset + 1) for page, (start, end) in enumerate(_pages(lines), start=1)
                  for first, block in _blocks(lines, start, end) for offset in _running_on(block))
    if len(found) < RUN_ON_CELLS:
        return None
    page, number = found[0]
    return SideBySide(page=page, lines=(number, number + 1), cells_run_on=found)


def _blocks(lines: Sequence[str], start: int, end: int) -> Iterator[tuple[int, list[list[tuple[int, str]]]]]:
    """The blocks of the page's lines lines[start:end] (lines between blank lines), each as the
    index of its first line and the runs of its lines."""
    first = start
    for index in range(start, end + 1):
        if index == end or _blank(lines[index]):
            if index > first:
                yield first, [_runs(line) for line in lines[first:index]]
            first = index + 1


def _running_on(block: list[list[tuple[int, str]]]) -> list[int]:
    """The offsets of the block's lines (given as their runs) with a cell running on in the next
    line: the line under the block's last row only beside another cell of the block running on."""
    table_rows = cache(partial(_table_rows, block))     # a block's columns are few, its lines many
    offsets = [offset for offset in range(len(block) - 1) if _cell_runs_on(block, offset, table_rows)]
    return [] if offsets == [len(block) - 2] else offsets


def _cell_runs_on(block: list[list[tuple[int, str]]], offset: int, table_rows: Callable[[int, int], bool]) -> bool:
    """Whether a cell of the block's line at `offset` other than its last runs on in the next
    line, the block given as its lines' runs and `table_rows` telling whether two of its columns
    are a table's (see above)."""
    if len(following := block[offset + 1]) != 1:
        return False
    goes_at, going_on = following[0]
    if not going_on[0].islower() or _CONTACT.search(going_on):
        return False
    runs = block[offset]
    for (at, cell), (beside_at, beside) in zip(runs, runs[1:]):
        if (abs(goes_at - at) <= COLUMN_DRIFT and goes_at + len(going_on) < beside_at
                and _cell_beside_cell(at, cell, beside_at, beside)
                and _line_broken((len(cell), cell), going_on, beside_at - at - GUTTER)
                and table_rows(at, beside_at)):
            return True
    return False


def _table_rows(block: list[list[tuple[int, str]]], at: int, beside_at: int) -> bool:
    """Whether TABLE_ROWS lines of the block hold runs starting at both columns, those at the
    first opening with a capital or a figure (see above)."""
    rows = [text for runs in block if (text := _starting(runs, at)) and _starting(runs, beside_at)]
    return len(rows) >= TABLE_ROWS and not any(text[0].islower() for text in rows)


def _starting(runs: list[tuple[int, str]], column: int) -> str:
    """The text of the run that starts within COLUMN_DRIFT of a column, or ""."""
    return next((text for at, text in runs if abs(at - column) <= COLUMN_DRIFT), "")


def _cell_beside_cell(at: int, cell: str, beside_at: int, beside: str) -> bool:
    """Whether a run (at `at`) is a cell broken mid-sentence, with another cell beside it, a gutter
    apart: words enough, no sentence's end, no capitalised last word (a name); the next starts no
    lower-case word (the cell's sentence going on across a justified line's wide space) and holds
    a word (not a line number)."""
    return (len(_WORD.findall(cell)) >= CELL_WORDS and cell[-1] not in ".!?" and not cell.split()[-1][0].isupper()
            and beside_at - at - len(cell) >= GUTTER and not beside[0].islower() and bool(_WORD.search(beside)))


def _pages(lines: Sequence[str]) -> list[tuple[int, int]]:
    """Each page's lines as (first index, index after its last): a form feed opens a page."""
    starts = [0] + [index for index, line in enumerate(lines) if index and line.startswith(PAGE_BREAK)]
    return list(zip(starts, starts[1:] + [len(lines)]))


def _side_by_side_stretch(lines: Sequence[str], start: int, end: int) -> tuple[int, int] | None:
    """The first and last index of the longest stretch of lines of lines[start:end] that set
    running text in columns side by side, when it is evidence enough (see above)."""
    paired = {index: runs for index in range(start, end)
              if len(runs := _runs(lines[index])) > 1 and all(_prose(text) for _, text in runs)}
    by_column: dict[int, list[int]] = defaultdict(list)    # where the second run starts -> its lines
    for index, runs in paired.items():
        by_column[runs[1][0]].append(index)
    stretch = max((_stretch_near(by_column, column) for column in list(by_column)), key=len, default=[])
    if len(stretch) < MIN_LINES:
        return None
    starts = [text[0] for index in stretch for _, text in paired[index]]
    if sum(first.islower() for first in starts) < LOWER_CASE * len(starts):
        return None
    if not _broken_by_width(lines, stretch, _column_starts(stretch, paired)):
        return None
    return stretch[0], stretch[-1]


def _column_starts(stretch: list[int], paired: dict[int, list[tuple[int, str]]]) -> list[int]:
    """The character column each column of the stretch starts at: the first at the line's start,
    the second where the second runs start, a third (on a page of three) where third runs start."""
    second = min(paired[index][1][0] for index in stretch)
    third = [runs[2][0] for index in stretch if len(runs := paired[index]) > 2]
    return [0, second, *([min(third)] if third else [])]


def _broken_by_width(lines: Sequence[str], stretch: list[int], starts: list[int]) -> bool:
    """Whether the lines of each column of the stretch (starting at `starts`) are broken by the
    column's width (see above)."""
    span = range(stretch[0], stretch[-1] + 1)
    blank = [_blank(lines[index]) for index in span]
    for start, end in zip(starts, [*starts[1:], None]):
        column = [_in_column(lines[index], start, end) for index in span]
        width = max((ends for ends, _ in filter(None, column)), default=0)
        broken = [_line_broken(line, following, width) for line, following in _followed(column, blank)]
        if not broken or sum(broken) < BROKEN_BY_WIDTH * len(broken):
            return False
    return True


def _in_column(line: str, start: int, end: int | None) -> tuple[int, str] | None:
    """The first run of a line that stands in the column from character `start` (less
    COLUMN_DRIFT) to the next column's start `end` (None: the line's end), as where it ends,
    counted from `start`, and its text.  A run reaching over the gutter (a heading over both
    columns) is in none."""
    for at, text in _runs(line):
        if start - COLUMN_DRIFT <= at and (end is None or at + len(text) < end):
            return at + len(text) - start, text
    return None


def _followed(column: list[tuple[int, str] | None], blank: list[bool]) -> list[tuple[tuple[int, str], str]]:
    """Each line of a column followed by another of it before a blank line: (the line, the next
    one's text).  A line of the other column alone may stand between them."""
    pairs, previous = [], None
    for here, empty in zip(column, blank):
        if empty:
            previous = None
        elif here is not None:
            if previous is not None:
                pairs.append((previous, here[1]))
            previous = here
    return pairs


def _line_broken(line: tuple[int, str], following: str, width: int) -> bool:
    """Whether the column broke `line` for its width: it ends in a hyphen, or the next line's first
    word would not have fitted after it."""
    end, text = line
    return text[-1] in _HYPHENS or end + 1 + len(following.split()[0]) > FITS * width


def _stretch_near(by_column: dict[int, list[int]], column: int) -> list[int]:
    """The longest run of the lines whose second run starts near `column`, each at most
    LINES_APART below the one before."""
    at = sorted(index for near in range(column - COLUMN_DRIFT, column + COLUMN_DRIFT + 1)
                for index in by_column.get(near, ()))
    breaks = [position for position in range(1, len(at)) if at[position] - at[position - 1] > LINES_APART]
    return max((at[start:end] for start, end in zip([0, *breaks], [*breaks, len(at)])), key=len, default=[])


def _runs(line: str) -> list[tuple[int, str]]:
    """The runs of text of a line, each with the character column it starts at."""
    return [(run.start(), run.group()) for run in _RUN.finditer(line.lstrip(PAGE_BREAK).expandtabs())]


def _blank(line: str) -> bool:
    """Whether a line holds no text (a form feed alone opens a page, and is blank)."""
    return not line.strip(PAGE_BREAK).strip()


def _prose(text: str) -> bool:
    return len(_WORD.findall(text)) >= PROSE_WORDS
