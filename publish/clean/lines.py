"""The cleaner's intermediate shapes: numbered lines, then blocks that remember their lines; where a
text's pages start and which of its lines a gate pattern finds."""
from __future__ import annotations

import bisect
import re
from operator import itemgetter, methodcaller
from itertools import accumulate, compress, count
from dataclasses import dataclass
from functools import cached_property
from collections.abc import Sequence
from typing import NamedTuple

from publish.languages import language, supported
from publish.languages.patterns import alternatives
from publish.model import Inline, Text
from publish.report import Change


class Line(NamedTuple):
    """One source line; blank lines have text "".

    page_start: the first line of a page (form feed, the leading-space marker, after a removed
    page number); glue: how the line continues into the next one of its paragraph
    (" " normally, "" when a line-end hyphen was resolved).  A named tuple, not a dataclass:
    a megabyte of text is some 27,000 lines, and a tuple is built in half the time.
    """

    number: int
    text: str
    page_start: bool = False
    glue: str = " "

    @property
    def blank(self) -> bool:
        return not self.text


# A Line's fields as functions, for map() over a text's lines in a pass's fast path: an
# itemgetter runs without a Python-level call, as a lambda or an attrgetter does not.
NUMBER, TEXT, PAGE_START, GLUE = itemgetter(0), itemgetter(1), itemgetter(2), itemgetter(3)


def page_starts(lines: Lines) -> list[int]:
    """The indexes of the lines marked as starting a page, in order: the text's first line only
    where it is marked so (page_openings always holds it)."""
    return list(compress(count(), map(PAGE_START, lines)))


def page_openings(lines: Lines) -> list[int]:
    """Where each page opens: the text's first line, and every line after it that starts a page."""
    return [0] + [index for index in page_starts(lines) if index]


@dataclass(frozen=True)
class Block:
    """A run of lines read as one unit.

    kind: "paragraph", "display" (a short line group without final punctuation: heading,
    title, byline or signature; structure decides which), "item" (list item) or "pullquote";
    structure marks display lines that sign amid a chapter "signature" (they stay where they stand).
    offsets: (character offset in text, source line) pairs, so a position maps to its line.
    widths: the length of each source line, which tells display type from body type.
    """

    kind: str
    text: str
    offsets: tuple[tuple[int, int], ...]
    widths: tuple[int, ...] = ()
    page_start: bool = False
    gap_before: int = 0
    marker: str = ""
    ordered: bool = False
    content: tuple[Inline, ...] = ()

    @property
    def first(self) -> int:
        return self.offsets[0][1]

    @property
    def last(self) -> int:
        return self.offsets[-1][1]

    @property
    def line_texts(self) -> tuple[str, ...]:
        """The block's text cut back at its source line boundaries."""
        starts = [offset for offset, _ in self.offsets] + [len(self.text)]
        return tuple(self.text[a:b].strip() for a, b in zip(starts, starts[1:]) if self.text[a:b].strip())

    @cached_property
    def pieces(self) -> list[str]:
        """The text split at white space.  A word never spans white space, so the block passes
        that look at words (pull quotes, note numbers, spelling) start from these pieces; they are
        split once per block and shared, as most blocks reach the later passes unchanged (a
        changed block is a new Block, split anew).  Not a field: equality and replace() ignore it."""
        return self.text.split()

    def forget_pieces(self) -> None:
        """Drop the cached split (once cleaning is done): kept, it would hold a string object
        per word, several times the size of the text.  (The cache lives in the instance dict,
        which a frozen dataclass leaves writable; `del` would go through its __delattr__.)"""
        self.__dict__.pop("pieces", None)

    def line_at(self, position: int) -> int:
        """The source line holding the character at position."""
        index = bisect.bisect_right([offset for offset, _ in self.offsets], position) - 1
        return self.offsets[max(index, 0)][1]

    def inline(self) -> tuple[Inline, ...]:
        return self.content or (Text(self.text),)


Lines = tuple[Line, ...]
Blocks = tuple[Block, ...]
Changes = tuple[Change, ...]

# Sentence-final punctuation, optionally followed by closing quotes or brackets (German closes
# with “ and ‘, French with », a space inside) and a glued note number ("ervaren.10").
SENTENCE_END = re.compile(r"[.!?:;…](?:[’”'\")\]“‘»]|[ \u00a0\u202f]»)*\d{0,3}$")
# Abbreviations that end in a full stop without ending the sentence: those of every supported
# language ([typography] abbreviations in its language.toml), as ends_sentence knows no language.
_ABBREVIATIONS = [word for code in supported() for word in language(code).value("typography.abbreviations", ())]
ABBREVIATION = re.compile(rf"(?:^|\s)(?:{alternatives(_ABBREVIATIONS)})\.$", re.IGNORECASE)
# ABBREVIATION ends in "." and its longest form is that with a space before and a full stop after:
# ends_sentence looks only at so much of the line's end.
_ABBREVIATION_SPAN = max(map(len, _ABBREVIATIONS)) + 2

DIGIT = re.compile(r"\d")
# The first UTF-8 bytes of the decimal digits beyond ASCII, which \d matches too (Arabic-Indic,
# Devanagari, full-width, ...); beyond the Basic Multilingual Plane every first byte counts.
# A test derives them from the regex engine; listing them here spares each run 13 ms.
OTHER_DIGIT_LEADS = bytes.fromhex("d9 db df e0 e1 ea ef f0 f1 f2 f3 f4")

# A date in figures with a two-figure year closing the line ("/// 29.03.17"): its year is no note
# number glued after a full stop, and the date ends no sentence.
DATE_CLOSING = re.compile(r"(?:^|\s)\d{1,2}\.\d{1,2}\.\d\d$")

# The characters SENTENCE_END can end on (besides digits): a quick test before the regex.
_END_CHARS = frozenset(".!?:;…’”'\")]“‘»")


def ends_sentence(text: str) -> bool:
    text = text.rstrip()
    last = text[-1:]
    if not last or (last not in _END_CHARS and not last.isdigit()):
        return False
    if not SENTENCE_END.search(text) or (last.isdigit() and DATE_CLOSING.search(text)):
        return False
    # (A number glued after an abbreviation is the number it abbreviates, "Nr.12", "blz.3", no note.)
    before = text.rstrip("0123456789") if last.isdigit() else text
    return not before.endswith(".") or not ABBREVIATION.search(before, max(0, len(before) - _ABBREVIATION_SPAN))


def first_word(text: str) -> str:
    words = text.split(None, 1)
    return words[0] if words else ""


def last_word(text: str) -> str:
    words = text.rsplit(None, 1)         # the last word, without splitting the whole line
    return words[-1] if words else ""


def ends_on_function_word(text: str, function_words: frozenset[str]) -> bool:
    """The text ends on a function word ("... samenwerking met de", "... an Integrated Strategy to"):
    it goes on, as a heading or a title never ends so."""
    return last_word(text).lower() in function_words


# A sign that joins what stands before it to what follows, ending the text: "&" set apart ("Ronald
# Prins, co-founder Hunt &"), a slash set apart or closing a word of letters, figures and hyphens
# ("VNG Realisatie /", "municipalities/").  A sign that is part of a name stays ("Q&A", "AC/DC"); a
# web address closing on its slash ("https://www.cbs.nl/", a dot or a colon in it) ends its sentence
# instead (publish.clean.notes.ends_in_web_address).  A "+" set apart closes its line: a table's
# rating ("Kosten      +", beside "-"), an age group ("Veteranen 35 +").
JOINING_END = re.compile(r"(?:\s[&/]|(?:^|\s)[\w-]+/)$")


def ends_on_joining_sign(text: str) -> bool:
    """The text ends on a sign that joins it to the next line (JOINING_END): a line of running text
    goes on in the line under it, and a display line set apart so is no heading."""
    return JOINING_END.search(text.rstrip()) is not None


def first_page_end(units: Sequence[Line | Block]) -> int:
    """The index of the line or block that opens the second page (or the number of them)."""
    return next((index for index, unit in enumerate(units) if index and unit.page_start), len(units))


class JoinedTexts:
    """The texts of some blocks joined by newlines, with where each text starts.

    Most blocks need nothing from a block pass.  One scan of the joined text (str.find, or a
    regex that leads with a literal) finds the few that may, far faster than a Python-level test
    per block; the pass then looks at those blocks only.  A found position maps back to its
    block by bisection.  (A block's text may itself hold a newline; the starts still place every
    position in the right block.)
    """

    def __init__(self, texts: list[str]):
        self.text = "\n".join(texts)
        self.starts = list(accumulate(map(len, texts), _plus_separator, initial=0))

    def block_at(self, position: int) -> int:
        """The index of the text holding position (a separator counts to the text before it)."""
        return bisect.bisect_right(self.starts, position) - 1

    def blocks_at(self, positions) -> list[int]:
        """The indexes of the texts holding the positions, each once, in order."""
        return sorted(set(map(self.block_at, positions)))

    def find_all(self, needle: str) -> list[int]:
        """Every position where needle starts (overlapping ones too)."""
        return find_all(self.text, needle)

    def digit_positions(self) -> list[int]:
        """Where the text holds a decimal digit (what \\d matches), in no particular order.
        str.find finds the ten ASCII digits far faster than the regex engine finds \\d; the regex
        runs only when the text may hold other digits, which their first UTF-8 bytes tell (a lone
        surrogate, never a digit, is encoded as it is)."""
        encoded = self.text.encode("utf-8", "surrogatepass")
        if any(map(encoded.__contains__, OTHER_DIGIT_LEADS)):
            return [match.start() for match in DIGIT.finditer(self.text)]
        return [at for digit in "0123456789" for at in self.find_all(digit)]


def find_all(text: str, needle: str) -> list[int]:
    """Every position in text where needle starts (overlapping ones too), by str.find: a lone
    character is found at memchr speed, far faster than by a regex."""
    found, at = [], text.find(needle)
    while at >= 0:
        found.append(at)
        at = text.find(needle, at + 1)
    return found


def line_indexes(text: str, positions) -> list[int]:
    """The indexes of the newline-separated lines of text holding the (ascending) positions."""
    found, index, previous = [], 0, 0
    for position in positions:
        index += text.count("\n", previous, position)
        previous = position
        found.append(index)
    return found


def _plus_separator(start: int, length: int) -> int:
    return start + length + 1


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
