"""Page furniture: page numbers, photo credits and running heads; real numbers in text stay."""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from functools import cache, partial
from itertools import chain, compress, count, islice
from operator import itemgetter, methodcaller

from publish.clean import footnotes
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
    if not drop:
        return lines, ()
    changes: list[Change] = []
    starting: dict[int, Line] = {}                    # index: the line, now starting a page
    for index in sorted(drop):
        kind, reason = drop[index]
        changes.append(Change(kind, lines[index].number, lines[index].text, "", reason))
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


_TEXT, _PAGE_START = itemgetter(1), itemgetter(2)       # Line.text, Line.page_start
_START = methodcaller("start")

# A line opening with what a page number can start with (a digit, a dash), found by its newline.
NUMBER_GATE = re.compile(r"\n[-–—0-9]")
# A credit has a colon, and few lines do.
CREDIT_GATE = re.compile(":")
# The first characters a credit (CREDIT's words) can start with.
_CREDIT_FIRST = frozenset("FfBbIiOo")


# Lines joined at a time by _lines_where: the text of a few thousand lines stays in the
# processor's cache while it is scanned; a whole book's text would be read back from memory.
_CHUNK = 4096


def _lines_where(texts: list[str], gate: re.Pattern) -> list[int]:
    """The indexes of the lines in whose text, read after a newline, gate finds a match; in
    order, each once."""
    found = []
    for first in range(0, len(texts), _CHUNK):
        found += map(first.__add__, _chunk_lines_where(texts[first:first + _CHUNK], gate))
    return found


def _chunk_lines_where(texts: list[str], gate: re.Pattern) -> list[int]:
    """_lines_where by one scan of the texts joined, each after a newline: a match that starts
    at the n-th newline or after it, before the next, lies in line n (gate's matches never
    reach past a line's end).  A text holding a newline itself (a source line never does, it
    ends at one) would throw the count off; the texts are then looked at one by one."""
    joined = "\n" + "\n".join(texts)
    found, line, counted = [], -1, 0
    for position in map(_START, gate.finditer(joined)):
        line += joined.count("\n", counted, position + 1)
        counted = position + 1
        if not found or found[-1] != line:
            found.append(line)
    if line + 1 + joined.count("\n", counted) != len(texts):
        return [index for index, text in enumerate(texts) if gate.search("\n" + text)]
    return found


def remove_page_numbers(lines: Lines) -> tuple[Lines, Changes]:
    drop = {}
    labels = None                     # a note's label on its own line is no page number
    for index in _lines_where(list(map(_TEXT, lines)), NUMBER_GATE):
        reason = _page_number(lines, index)
        if reason and reason == "a bare number on its own line":
            labels = footnotes.label_lines(lines) if labels is None else labels
            reason = None if index in labels else reason
        if reason:
            drop[index] = ("page-number", reason)
    return _drop(lines, drop)


def remove_photo_credits(lines: Lines) -> tuple[Lines, Changes]:
    texts = list(map(_TEXT, lines))
    drop = {index: ("photo-credit", "a credit line (Fotografie:/Foto:/Beeld:/Illustratie:) belongs to a picture")
            for index in _lines_where(texts, CREDIT_GATE)
            if texts[index][:1] in _CREDIT_FIRST and CREDIT.match(texts[index])}
    return _drop(lines, drop)


def remove_running_heads(lines: Lines) -> tuple[Lines, Changes]:
    """A short line repeated at page edges (the first text line of a page, or the last before
    the next page), standing alone there, is a running head.

    An occurrence of the same text that stands in a group of display lines (a chapter title
    with its byline below it, a cover title with its subtitle) is the real line, not furniture,
    wherever it stands; one standing alone inside a page means the line is text, not a head.
    """
    # Only lines at a page edge become furniture, and a key needs two of them: the keys of the
    # short lines at page edges, found from the page starts, tell which keys to look at.
    texts = list(map(_TEXT, lines))
    edge_keys = Counter(_key(texts[index]) for index in _page_edges(lines, texts)
                        if texts[index] and len(texts[index]) <= RUNNING_HEAD_MAX)
    candidates = {key for key, times in edge_keys.items()
                  if times >= RUNNING_HEAD_MIN_REPEATS and _reads_as_a_head(key)}
    if not candidates:
        return lines, ()
    # The short lines by key (those keys only); a line ending a sentence is no head, judged
    # once per distinct text and only where its key repeats.
    places: dict[str, list[int]] = {}
    for index in _lines_where(texts, _opening_with(candidates)):
        text = texts[index]
        if text and len(text) <= RUNNING_HEAD_MAX:
            key = _key(text)
            if key in candidates:
                places.setdefault(key, []).append(index)
    sentence: dict[str, bool] = {}
    for key, indexes in places.items():
        if len(indexes) >= RUNNING_HEAD_MIN_REPEATS:
            for index in indexes:
                if lines[index].text not in sentence:
                    sentence[lines[index].text] = ends_sentence(lines[index].text)
            places[key] = [index for index in indexes if not sentence[lines[index].text]]
    # The column width is wanted only where a display line's length is in doubt: found once, then.
    width = cache(partial(_column_width, texts))
    first_page_end = next((index for index, line in enumerate(lines) if line.page_start and index), len(lines))
    drop = {}
    for key, indexes in places.items():
        if len(indexes) < RUNNING_HEAD_MIN_REPEATS:
            continue
        furniture = []
        for index in indexes:
            top = lines[index].page_start or index == 0
            bottom = not top and _next_text_starts_page(lines, index)
            # At a page edge only a byline (or, on the cover page, any display line) makes a
            # group; a lone head above a section heading is still a head.
            names_only = (top or bottom) and index >= first_page_end
            grouped = ((not bottom and _display_neighbour(lines, index, +1, width, names_only))
                       or (not top and _display_neighbour(lines, index, -1, width, names_only)))
            if grouped:
                continue                              # a title with its byline, a cover line: text
            if not (top or bottom):
                break                                 # alone inside a page: the line is text
            furniture.append(index)
        else:
            if len(furniture) >= RUNNING_HEAD_MIN_REPEATS:
                for index in furniture:
                    drop[index] = ("running-head", f"repeated {len(furniture)} times at page boundaries")
    return _drop(lines, drop)


def _reads_as_a_head(key: str) -> bool:
    """A running head is a title, a name or a series line: it does not open in lower case nor
    end in a hyphen, comma or semicolon the way a wrapped body line does (a passage repeated
    in the text can put the same body line at two page edges)."""
    return bool(key) and not key[0].islower() and key[-1] not in "-,;\u00ad"


def _key(text: str) -> str:
    """A short line's text without a page number at either end (text lines only)."""
    return FOLIO.sub("", text) if text[0].isdigit() or text[-1].isdigit() else text


def _opening_with(keys: set[str]) -> re.Pattern:
    """A gate for the lines whose key is one of keys: such a line opens with its key, or with
    the digit of the page number that _key takes off its start (one it takes off the end leaves
    the key in front).  It matches the newline only: a key may hold a newline (not one from a
    source line) and must not carry a match into the next line."""
    return re.compile(r"\n(?=\d|" + "|".join(map(re.escape, keys)) + ")")


def _page_edges(lines: Lines, texts: list[str]) -> set[int]:
    """The lines at a page edge: each page's first line (and the first line), and the last text
    line before a page start or the end of the text when that is at most three lines below it
    (as _next_text_starts_page sees it)."""
    starts = list(compress(count(), map(_PAGE_START, lines)))
    edges = set(starts)
    if lines:
        edges.add(0)
    # The end of the text is a page edge too: the foot of the last page.
    for start in starts + [len(texts)]:
        if start < len(texts) and not texts[start]:
            continue
        before = start - 1
        while before >= 0 and not texts[before]:
            before -= 1
        if before >= 0 and start - before <= 3:
            edges.add(before)
    return edges


# A byline under a title: "door Kim Putters", "tekst: A. de Vries", "coreferaat van Sofie Vriends".
BYLINE = re.compile(r"^(?:(?:door|tekst|met|interview|redactie)\b:?\s+|[\w-]+ van\s+)\S*[A-Z]")


# A name on its own line under a title: "Pauline Meurs", "Marieke de Groot".
NAME = re.compile(r"^[A-Z][\w.'’-]+(?: (?:van|de|der|den|ter|te|het|'t|[A-Z][\w.'’-]+)){1,4}$")


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


def _display_neighbour(lines: Lines, index: int, step: int, width: Callable[[], int], names_only: bool = False) -> bool:
    """The text line next to lines[index] (one blank line between at most, same page) is a
    display line: a byline, or a line opening with a capital, without final punctuation, that
    ended short (a blank line follows, or the next line's first word would have fitted)."""
    neighbour, blanks = index + step, 0
    while 0 <= neighbour < len(lines) and lines[neighbour].blank and blanks < 1:
        neighbour, blanks = neighbour + step, blanks + 1
    if not 0 <= neighbour < len(lines) or lines[neighbour].blank:
        return False
    if lines[neighbour if step > 0 else index].page_start:
        return False                                  # across a page break
    text = lines[neighbour].text
    if len(text) > RUNNING_HEAD_MAX or ends_sentence(text):
        return False
    if BYLINE.match(text) or NAME.match(text):
        return True
    if names_only or not text[:1].isupper():
        return False
    after = neighbour + 1
    if after >= len(lines) or lines[after].blank or lines[after].page_start:
        return True
    return len(text) + 1 + len(lines[after].text.split(maxsplit=1)[0]) <= width()


def _next_text_starts_page(lines: Lines, index: int) -> bool:
    """The next text line, at most three lines below, starts a page; or the text ends within
    those three lines (the foot of the last page: its page number was removed before)."""
    for line in lines[index + 1:index + 4]:
        if not line.blank:
            return line.page_start
    return len(lines) - index <= 3
