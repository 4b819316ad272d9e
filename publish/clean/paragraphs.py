"""Reflow: wrapped lines become blocks; a paragraph split by a page or column break is rejoined,
real paragraphs are not merged.

Layout evidence for a break between two lines, in order: a list marker; a resolved hyphen (never
a break); a heading-like line group followed by a capital; after a full sentence: a blank line, a
page start, or a line that ended short (the next word would have fitted).  Some sources put a blank
line after every line ("double spaced"); there a blank line says nothing, only a larger gap does.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from itertools import accumulate, compress, count
from operator import add, itemgetter, not_, sub

from publish.clean.lines import Block, Blocks, Changes, Line, Lines, ends_sentence, first_word, last_word
from publish.clean.artifacts import BYLINE
from publish.clean.lists import item_marker
from publish.report import Change

SALUTATION = re.compile(r"^(?:Geachte|Hooggeachte|Zeer geachte|Beste|Lieve|Waarde|Dag|Hallo|Dear)\b.{0,80},$")
# A letter's closing formula: the signature under it is never part of the same paragraph.
CLOSING = re.compile(r"^(?:Met (?:vriendelijke|hartelijke|collegiale|warme|beste) groet(?:en)?|"
                     r"(?:Vriendelijke|Hartelijke) groet(?:en)?|Hoogachtend|Groet(?:en|jes)?|"
                     r"(?:Kind|Best) regards|(?:Yours )?sincerely),?$", re.IGNORECASE)
# Words a heading does not end on, but a wrapped body line often does.
FUNCTION_WORDS = set("""de het een en of maar want dus van in op aan met voor door bij naar om te tot uit
over onder als dan dat die dit deze wie wat waar er ook nog niet wel zo is zijn was wordt worden
heeft hebben kan kunnen zal zullen je jij u we wij ze zij hij zich hun haar mijn ons onze uw
tussen naar zonder tegen sinds na binnen buiten vanuit via per ten ter zoals waarin waarbij welke
the a an of and to in""".split())
# Enumerating openers: a line that starts with one after a full sentence opens a paragraph
# even when the line before it is full ("... te maken." / "Ten eerste: ...").
ENUMERATOR = re.compile(r"^(?:Ten (?:eerste|tweede|derde|vierde|vijfde|zesde|slotte)|Tot slot|Allereerst|"
                        r"Op de eerste plaats|In de eerste plaats)\b[,:]?")
DISPLAY_MAX_LINES = 4
DISPLAY_MAX_CHARS = 160
WIDTH_WINDOW = 2


@dataclass
class _Open:
    """The block being built."""

    lines: list[Line]
    gap_before: int
    item: bool


def group(lines: Lines) -> tuple[Blocks, Changes]:
    text_lines, gaps = _text_lines_and_gaps(lines)
    if not text_lines:
        return (), ()
    double = _double_spaced(gaps)
    widths = _local_widths(text_lines)
    changes: list[Change] = []
    blocks: list[Block] = []
    current = _Open([text_lines[0]], gaps[0], item_marker(text_lines[0].text, None, False) is not None)
    # The common case: a line opening with a lower-case letter right under the previous one, in
    # single-spaced text on the same page, after a line not ending in a comma, continues the
    # block (no list marker starts in lower case; _boundary gives (False, "") for it).  The
    # other lines are found first; runs of common lines between them join the block at once.
    to_test = range(1, len(text_lines)) if double else _to_test(text_lines, gaps)
    done = 1
    for k in to_test:
        if k > done:
            current.lines.extend(text_lines[done:k])
        done = k + 1
        prev, nxt = text_lines[k - 1], text_lines[k]
        # (A lower-case letter: _opens is False for it; some lower-case signs are not letters.)
        if not gaps[k] and not double and nxt.text[0].islower() and nxt.text[0].isalpha() \
                and not nxt.page_start and prev.text[-1] != ",":
            current.lines.append(nxt)
            continue
        marker = item_marker(nxt.text, prev.text, current.item)
        breaks, reason = _boundary(prev, nxt, gaps[k], double, widths[k - 1], current, marker is not None)
        if breaks:
            blocks.append(_close(current))
            current = _Open([nxt], gaps[k], marker is not None)
        else:
            if reason:
                changes.append(Change("paragraph-rejoin", nxt.number, nxt.text[:40], "", reason))
            current.lines.append(nxt)
    if done < len(text_lines):
        current.lines.extend(text_lines[done:])
    blocks.append(_close(current))
    return _question_headings(blocks), tuple(changes)


def _question_headings(blocks: list[Block]) -> tuple[Block, ...]:
    """A short question standing apart from the text above but set right on top of the text
    below ("Voor wie bouwen we?" / "De gemeente heeft ...") is a heading: a paragraph that is
    a question has the same space after it as before it."""
    out = list(blocks)
    for index in range(len(out) - 1):
        block, below = out[index], out[index + 1]
        if (block.kind == "paragraph" and len(block.widths) <= 2 and len(block.text) <= QUESTION_MAX_CHARS
                and block.text.endswith("?") and _opens(block.text) and block.gap_before > 0
                and below.kind == "paragraph" and below.gap_before == 0 and not below.page_start):
            out[index] = replace(block, kind="display")
    return tuple(out)


QUESTION_MAX_CHARS = 80
_ASCII_LOWER = frozenset("abcdefghijklmnopqrstuvwxyz")


def _to_test(text_lines: list[Line], gaps: list[int]) -> list[int]:
    """The indexes (from 1) of the text lines that may not be common continuation lines: those
    opening with anything but an ASCII lower-case letter (other lower-case letters are tested
    line by line), those after a line ending in a comma, on a new page or after a blank line."""
    texts = list(map(_TEXT, text_lines))                      # text lines: never empty
    found = set(compress(count(), map(not_, map(_ASCII_LOWER.__contains__, map(_FIRST_CHAR, texts)))))
    found.update(compress(count(1), map(",".__eq__, map(_LAST_CHAR, texts))))
    found.update(compress(count(), map(_PAGE_START, text_lines)))
    found.update(compress(count(), gaps))                     # a blank line before
    found.discard(0)
    found.discard(len(text_lines))
    return sorted(found)


_FIRST_CHAR, _LAST_CHAR = itemgetter(0), itemgetter(-1)


def _boundary(prev: Line, nxt: Line, gap: int, double: bool, width: int, current: _Open,
              starts_item: bool) -> tuple[bool, str]:
    """(break?, reason); a reason on a non-break marks a rejoined page or column break."""
    if starts_item:
        return True, "list item"
    if prev.glue == "":
        return False, ""
    if prev.text[-1:] == "," and SALUTATION.match(prev.text):
        return True, "salutation"
    if CLOSING.match(prev.text) or CLOSING.match(nxt.text):
        return True, "closing formula"
    signal_gap = gap >= (2 if double else 1)
    page = nxt.page_start or (double and gap == 0)
    upper = _opens(nxt.text)
    if upper and not nxt.text[:1].isdigit() and _display(current.lines) and last_word(prev.text).lower() not in FUNCTION_WORDS \
            and (signal_gap or page or _fits(prev.text, nxt.text, width)):
        return True, "heading-like line group"
    if signal_gap and (BYLINE.match(nxt.text) or NAME_WITH_TITLE.match(nxt.text)) and _display(current.lines):
        return True, "a byline under a title"
    big_gap = gap >= (3 if double else 2) and not nxt.page_start
    if ends_sentence(prev.text):
        if not upper:       # joined across a blank line or page: said in the report
            return False, "lower case continues after a full stop or colon" if signal_gap or page else ""
        if signal_gap or big_gap:
            return True, "blank line after a full sentence"
        if page and not current.item:
            return True, "new page after a full sentence"
        if ENUMERATOR.match(nxt.text):
            return True, "an enumerating opener after a full sentence"
        # A list item's lines are nearly full until its last; a paragraph's lines are ragged.
        if _short(prev.text, nxt.text, width, 0.05 if current.item else 0.15):
            return True, "line ends short after a full sentence"
        return False, ""
    if upper and big_gap:
        return True, "a wide gap"
    if upper and signal_gap and not page and _short(prev.text, nxt.text, width, 0.15):
        return True, "a short line before a blank line (a column break leaves a full line)"
    if (gap and not double) or page:
        return False, "sentence continues across a page or column break"
    return False, ""


def _opens(text: str) -> bool:
    """The line could open a paragraph: a capital, digit, quote or bracket first."""
    head = text.lstrip("‘’“”'\"`([„")
    return bool(head) and (head[0].isupper() or head[0].isdigit() or not head[0].isalnum())


def _short(prev: str, nxt: str, width: int, slack: float) -> bool:
    """The next line's first word would have fitted on this line, with slack for the
    proportional type of the original (a line of narrow letters holds more characters)."""
    slack = max(2, round(slack * width))
    return len(prev) + 1 + len(first_word(nxt)) <= width - slack


def _fits(prev: str, nxt: str, width: int) -> bool:
    """A heading line: clearly short of the column, or the next word would have fitted."""
    return len(prev) < 0.8 * width or len(prev) + 1 + len(first_word(nxt)) <= width


def _display(lines: list[Line]) -> bool:
    """Short, few lines, none ending in punctuation: a heading, title, byline or signature."""
    if len(lines) > DISPLAY_MAX_LINES or sum(len(line.text) for line in lines) > DISPLAY_MAX_CHARS:
        return False
    first = lines[0].text
    if not (_opens(first) or BYLINE.match(first) or NAME_WITH_TITLE.match(first)):
        return False
    # A numbered heading may ask ("II] Wat hebben we gedaan?"); a two-line title may wrap after
    # a comma ("Lezen is geen luxe," / "maar een recht").
    last = lines[-1].text
    last_ends_open = last[-1:] not in _PUNCTUATION or (last.endswith("?") and bool(ROMAN_NUMBERED.match(first)))
    inside = _PUNCTUATION_INSIDE if len(lines) == 2 else _PUNCTUATION
    return last_ends_open and not any(line.text[-1:] in inside for line in lines[:-1])


# A sub-heading numbered with a Roman numeral: "I.", "II]", "IV)".
ROMAN_NUMBERED = re.compile(r"^[IVX]{1,4}[.\])]\s+[A-Z]")


# A display line may open in lower case with a byline ("door Anna de Vries") or an academic
# title before a name ("drs. M.J. van den Heuvel", "prof. dr. Kim Putters").
NAME_WITH_TITLE = re.compile(r"^(?:(?:prof|dr|drs|mr|ir|ing|ds)\.\s*)+[A-Z]")


_PUNCTUATION = frozenset(".,;:!?")
_PUNCTUATION_INSIDE = _PUNCTUATION - {","}


def _text_lines_and_gaps(lines: Lines) -> tuple[list[Line], list[int]]:
    """The text lines, and the number of blank lines before each."""
    texts = list(map(bool, map(_TEXT, lines)))
    text_lines = list(compress(lines, texts))
    at = list(compress(range(len(lines)), texts))
    gaps = [at[0]] + list(map(sub, at[1:], map((1).__add__, at))) if at else []
    return text_lines, gaps


def _double_spaced(gaps: list[int]) -> bool:
    """Most lines are followed by exactly one blank line (judged on a text of some length)."""
    inner = gaps[1:]
    return len(inner) >= 8 and sum(1 for gap in inner if gap == 1) >= 0.6 * len(inner)


def _local_widths(lines: list[Line]) -> list[int]:
    """The column width around each line: the longest line nearby."""
    lengths = [len(line.text) for line in lines]
    window = 2 * WIDTH_WINDOW + 1
    # max over the window [k - WIDTH_WINDOW, k + WIDTH_WINDOW], as shifted copies compared at once
    padded = [0] * WIDTH_WINDOW + lengths + [0] * WIDTH_WINDOW
    return list(map(max, *(padded[shift:shift + len(lengths)] for shift in range(window))))


def _close(current: _Open) -> Block:
    lines = current.lines
    texts = list(map(_TEXT, lines))
    pieces = list(map(add, texts, map(_GLUE, lines)))
    offsets = tuple(zip(accumulate(map(len, pieces), initial=0), map(_NUMBER, lines)))
    text = "".join(pieces).rstrip()
    kind = "item" if current.item else "display" if _display(lines) else "paragraph"
    return Block(kind=kind, text=text, offsets=offsets, widths=tuple(map(len, texts)),
                 page_start=lines[0].page_start, gap_before=current.gap_before)


_NUMBER, _TEXT, _PAGE_START, _GLUE = itemgetter(0), itemgetter(1), itemgetter(2), itemgetter(3)
