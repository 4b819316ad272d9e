"""Whole words across a hyphenated line end, for every reader of the PDF's text.

The hyphen the layout inserts at a line end reads as SOFT HYPHEN (publish.render.pdf.soft_hyphens),
but a soft hyphen still leaves the word's halves on two lines, or on two pages with a running
head between them. So each hyphenated word also carries its whole text as ActualText (ISO
32000-1, 14.9.4): the part before the line end, hyphen included, is replaced by the whole word,
and the part on the next line by nothing. Text extraction (pdftotext) and screen readers, which
read ActualText, get the word whole; the page looks the same. A compound broken at the author's
own hyphen ('doe-' / 'democratie') gets the same, its hyphen kept: pdftotext would join the halves
without it.
"""
from __future__ import annotations

import re
import sys
from array import array
from dataclasses import dataclass
from functools import cached_property
from typing import Any

import pikepdf
from pikepdf import Array, Dictionary, Name, Operator, String

SOFT_HYPHEN = "\u00ad"
_BFCHAR = re.compile(rb"<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>")
_TEXT_SHOWING = {Operator("TJ"), Operator("Tj")}
Item = tuple[str, Any]          # ("glyph", glyph id) or ("adjust", the number between glyphs)
# A page's content: pikepdf's parsed instructions, and (operands, operator) pairs written here.
Operations = list[Any]


@dataclass
class Run:
    """One text-showing operation: where it is, what it shows and its font's glyph texts.

    Its glyphs are decoded only when asked for: a page holds hundreds of runs, and only those
    at a hyphenated line end and the ones after them are split (decoding all took 40 ms a page)."""

    page: int
    index: int                                  # position of the operation in the page's content
    operands: Any                               # (pikepdf's operand list)
    operator: Operator
    texts: dict[int, str]                       # the font's glyph id -> text
    line: float = 0.0                           # the baseline its text matrix sets (a line's runs share it)

    @cached_property
    def items(self) -> list[Item]:
        """The TJ array as ("glyph", gid) / ("adjust", number)."""
        return _items(self.operands, self.operator)

    @cached_property
    def glyphs(self) -> list[tuple[int, str]]:
        """(glyph id, text) in order."""
        return [(gid, self.texts.get(gid, "")) for kind, gid in self.items if kind == "glyph"]

    def last_text(self) -> str | None:
        """The text of the last glyph shown (None when none is)."""
        elements = self.operands[0] if self.operator == Operator("TJ") else [self.operands[0]]
        for element in reversed(elements):
            if isinstance(element, String) and (glyphs := len(bytes(element)) // 2):
                return self.texts.get(int.from_bytes(bytes(element)[2 * glyphs - 2:2 * glyphs], "big"), "")
        return None


def glyph_texts(font: pikepdf.Object) -> dict[int, str]:
    """A Type 0 font's ToUnicode map: glyph id -> text (single code points and bfchar entries)."""
    cmap = font.get("/ToUnicode")
    if cmap is None:
        return {}
    texts = {}
    for source, target in _BFCHAR.findall(cmap.read_bytes()):
        texts[int(source, 16)] = bytes.fromhex(target.decode()).decode("utf-16-be", "replace")
    return texts


def _items(operands: Any, operator: Operator) -> list[Item]:     # (pikepdf's operand list)
    """A TJ's (or Tj's) glyphs and adjustments; two bytes a glyph (WeasyPrint's Identity-H)."""
    elements = operands[0] if operator == Operator("TJ") else [operands[0]]
    items: list[Item] = []
    for element in elements:
        if isinstance(element, String):
            items += [("glyph", gid) for gid in _glyph_ids(bytes(element))]
        else:
            items.append(("adjust", element))
    return items


def _glyph_ids(data: bytes) -> array[int]:
    """Big-endian two-byte glyph ids, decoded in C (a Python loop cost 12 µs a string)."""
    ids = array("H", data[:len(data) // 2 * 2])
    if sys.byteorder == "little":
        ids.byteswap()
    return ids


def _runs(pdf: pikepdf.Pdf) -> tuple[list[Run], list[Operations]]:
    """Every text-showing operation outside artifacts, in page order, and each page's operations."""
    runs, pages = [], []
    maps: dict[tuple[int, int], dict[int, str]] = {}     # a font's map, read once: pages share fonts
    for number, page in enumerate(pdf.pages):
        fonts = {name: maps[font.objgen] if font.objgen in maps else maps.setdefault(font.objgen, glyph_texts(font))
                 for name, font in page.Resources.get("/Font", {}).items()}
        operations = list(pikepdf.parse_content_stream(page))
        pages.append(operations)
        texts, artifact_depth, depth, line = {}, None, 0, 0.0
        for index, instruction in enumerate(operations):
            operands, operator = instruction.operands, instruction.operator
            if operator in (Operator("BDC"), Operator("BMC")):
                depth += 1
                if artifact_depth is None and operands[0] == Name.Artifact:
                    artifact_depth = depth
            elif operator == Operator("EMC"):
                if artifact_depth == depth:
                    artifact_depth = None
                depth -= 1
            elif operator == Operator("Tf"):
                texts = fonts.get(str(operands[0]), {})
            elif operator == Operator("Tm"):
                line = float(operands[5])
            elif operator in _TEXT_SHOWING and artifact_depth is None:
                runs.append(Run(number, index, operands, operator, texts, line))
    return runs, pages


def _word_start(glyphs: list[tuple[int, str]], end: int) -> int:
    """Index of the first glyph of the word ending before `end` (glyphs that are not spaces)."""
    start = end
    while start > 0 and glyphs[start - 1][1] and not glyphs[start - 1][1].isspace():
        start -= 1
    return start


def _word_end(glyphs: list[tuple[int, str]]) -> int:
    end = 0
    while end < len(glyphs) and glyphs[end][1] and not glyphs[end][1].isspace():
        end += 1
    return end


def _line_end_hyphen(previous: Run | None, run: Run, following: Run) -> str | None:
    """What of the hyphen a line ends with belongs to the word going on in the next line: nothing
    for the layout's (SOFT HYPHEN); itself for the author's own hyphen between two letters
    ('doe-' / 'democratie'), which text extraction would otherwise drop, joining the halves.
    None when the run does not end a line inside a word.  The hyphen may be a run of its own
    (a span boundary before it): then the letter before it ends the previous run on its line."""
    last = run.last_text()
    if last == SOFT_HYPHEN:
        return ""
    if last != "-" or following.line == run.line or not following.glyphs:
        return None
    if len(run.glyphs) > 1:
        before = run.glyphs[-2][1]
    elif previous is not None and previous.line == run.line and previous.page == run.page:
        before = previous.last_text() or ""
    else:
        return None
    return "-" if before.isalpha() and following.glyphs[0][1].isalpha() else None


def whole_words(pdf: pikepdf.Pdf) -> int:
    """Give every hyphenated word ActualText (see the module's docstring); how many were found."""
    runs, pages = _runs(pdf)
    edits: dict[tuple[int, int], tuple[int, str]] = {}   # (page, operation) -> (split glyph, ActualText)
    found = 0
    for previous, run, following in zip([None, *runs], runs, runs[1:]):
        if (kept := _line_end_hyphen(previous, run, following)) is None:
            continue
        head = _word_start(run.glyphs, len(run.glyphs) - 1)
        tail = _word_end(following.glyphs)
        word = "".join(text for _, text in run.glyphs[head:-1] + [(0, kept)] + following.glyphs[:tail])
        edits[(run.page, run.index)] = (head, word)
        if tail:
            edits.setdefault((following.page, following.index), (-tail, ""))
        found += 1
    by_run = {(run.page, run.index): run for run in runs}
    for number, operations in enumerate(pages):
        changed = [(index, edits[(number, index)]) for index in range(len(operations)) if (number, index) in edits]
        if changed:
            _rewrite(pdf, pdf.pages[number], operations, changed, by_run, number)
    return found


def _rewrite(pdf: pikepdf.Pdf, page: pikepdf.Page, operations: Operations, changed: list[tuple[int, tuple[int, str]]],
             by_run: dict[tuple[int, int], Run], number: int) -> None:
    """Split each changed text operation and wrap its word part in a Span with ActualText.

    A positive split wraps the glyphs from there to the end (the first half of a word, with its
    hyphen); a negative one wraps the first -split glyphs (the second half)."""
    out = []
    edits = dict(changed)
    for index, operation in enumerate(operations):
        if index not in edits:
            out.append(operation)
            continue
        split, text = edits[index]
        items = by_run[(number, index)].items
        cut = _item_index(items, split if split >= 0 else -split)
        before, after = items[:cut], items[cut:]
        span = ([Name.Span, Dictionary(ActualText=String(text))], Operator("BDC"))
        if split >= 0:
            out += _shown(before) + [span] + _shown(after) + [([], Operator("EMC"))]
        else:
            out += [span] + _shown(before) + [([], Operator("EMC"))] + _shown(after)
    page.Contents = pdf.make_stream(pikepdf.unparse_content_stream(out))


def _item_index(items: list[Item], glyphs: int) -> int:
    """The position in `items` before the glyph numbered `glyphs` (0-based)."""
    seen = 0
    for position, (kind, _) in enumerate(items):
        if kind == "glyph":
            if seen == glyphs:
                return position
            seen += 1
    return len(items)


def _shown(items: list[Item]) -> Operations:
    """A TJ operation showing `items` (none when there are no glyphs)."""
    if not any(kind == "glyph" for kind, _ in items):
        return [([Array([value for kind, value in items if kind == "adjust"])], Operator("TJ"))] \
            if items else []
    array = [String(value.to_bytes(2, "big")) if kind == "glyph" else value for kind, value in items]
    return [([Array(array)], Operator("TJ"))]
