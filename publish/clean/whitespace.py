"""Whitespace: form feeds and the leading-space page marker become page starts; tabs, no-break
spaces and runs of spaces become one space; trailing spaces go.

The leading space marks a page only in a text without form feeds: the OCR of the booklets
starts each page's first line with a space, while a text that marks its pages with form feeds
(pdftotext) indents lines with spaces (a layout's columns, a bullet's hanging indent)."""
from __future__ import annotations

import re
from collections import Counter
from functools import partial
from itertools import chain, compress, repeat
from operator import contains, itemgetter

from publish.clean import lexicon
from publish.clean.lines import Changes, Line, Lines, find_all, line_indexes
from publish.clean.tokens import (BULLET_MARK, PRINTED_SOFT_HYPHEN, SOFT_HYPHEN, SOFT_HYPHEN_IN_WORD, SYMBOL_GLYPHS,
                                  WORD)
from publish.languages import Language
from publish.languages.patterns import default
from publish.report import Change

# Any white space but the newline: tabs, no-break, thin, en and em spaces (a run of en spaces is
# not read as many words; left in, it made a pattern searched from every space take quadratic time).
SPACES = re.compile(r"[^\S\n]+")
# Characters with no width: the soft hyphen, zero-width spaces and joiners, the byte order mark.
INVISIBLES = SOFT_HYPHEN + "\u200b\u200c\u200d\u2060\ufeff"
INVISIBLE = re.compile(f"[{INVISIBLES}]")
# A soft hyphen after a letter at a line's end: the PDF's own hyphenation broke a word there.  It
# stays for the hyphen pass, which joins the word or drops the mark (hyphens.soft_breaks_apart).
SOFT_BREAK = re.compile(rf"(?<=[^\W\d_]){SOFT_HYPHEN}$")
# A combining mark (an accent of the Combining Diacritical Marks blocks) with no letter before it,
# at a line's start or after a space: the text layer set an accent apart from its letter, and it
# holds no word ("für" U+0308 "Chor-" from a line holding only the diaeresis).
COMBINING_MARK = re.compile(r"[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")
STRAY_MARKS = re.compile(rf"(?<!\S){COMBINING_MARK.pattern}+")
# A symbol font's glyph opening a line is the list's bullet (tokens.BULLET_MARK): it stays for the list pass.
OPENING_BULLET = re.compile(rf"^{BULLET_MARK}")
GLYPHS = re.compile(f"[{''.join(SYMBOL_GLYPHS)}]")
DRAWN = str.maketrans(SYMBOL_GLYPHS)
# Anything this pass would change: most lines have none of it and are passed on as they are.
WORK = re.compile(rf"[^\S\n ]|[{INVISIBLES}]|  |^\s|\s$|"
                  + STRAY_MARKS.pattern + "|" + GLYPHS.pattern)


# Every white-space character but the space and the newline (all lie below U+3001), and the
# characters WORK looks for: a line with none of them, no double space and no leading space
# has nothing for WORK to find once its trailing spaces are stripped.
_OTHER_SPACE = "".join(sorted({chr(code) for code in range(0x3001) if chr(code).isspace()} - {" ", "\n"}))
MARKED = _OTHER_SPACE + INVISIBLES + "".join(SYMBOL_GLYPHS)
_NUMBER, _TEXT, _PAGE_START, _GLUE = itemgetter(0), itemgetter(1), itemgetter(2), itemgetter(3)
_new_line = partial(tuple.__new__, Line)     # Line._make without a Python-level call


def normalise(lines: Lines, language: Language | None = None) -> tuple[Lines, Changes]:
    """Strip and collapse whitespace; mark the first line of each page; set each soft hyphen the
    PDF printed as a hyphen (see printed_soft_hyphens)."""
    lines, printed = printed_soft_hyphens(lines, language)
    collapsed, changes = _collapsed(lines)
    return collapsed, printed + changes


def _collapsed(lines: Lines) -> tuple[Lines, Changes]:
    if any(map(_PAGE_START, lines)) or any(glue != " " for glue in set(map(_GLUE, lines))):
        return _each_line(lines)
    texts = list(map(str.rstrip, map(_TEXT, lines), repeat(" ")))
    stripped = "\n".join(texts)
    if stripped.count("\n") != len(lines) - 1:   # a newline inside a line: not from a source file
        return _each_line(lines)
    # Fresh lines (no page starts, every glue " "): most only lose their trailing spaces, all
    # at once here.  The lines that may have more to do (a character WORK looks for, a double or
    # a leading space) are found in the joined texts and done one by one as before.
    out = list(map(_new_line, zip(map(_NUMBER, lines), texts, repeat(False), repeat(" "))))
    space_marks = "\f" not in stripped
    # (A line of spaces only is now blank, as the per-line rule makes it.)
    work: set[int] = {0} if stripped[:1] == " " else set()
    # One search per character (a lone character is found at memchr speed), not a character
    # class tried at every position: most texts hold only a few of these characters.
    marked = chain.from_iterable(find_all(stripped, char) for char in MARKED if char in stripped)
    work.update(line_indexes(stripped, sorted(marked)))
    work.update(line_indexes(stripped, find_all(stripped, "  ")))
    # (The marks found by their class, which the regex engine scans for fast, then those standing on no letter.)
    marks = (match.start() for match in COMBINING_MARK.finditer(stripped))
    work.update(line_indexes(stripped, [at for at in marks if at == 0 or stripped[at - 1].isspace()]))
    work.update(index + 1 for index in line_indexes(stripped, find_all(stripped, "\n ")))
    ordered = sorted(work)
    changes: list[Change] = []
    pending_page = False
    for number, index in enumerate(ordered):
        out[index], pending_page = _one(lines[index], pending_page, changes, space_marks)
        if pending_page:                          # the next text line between here and the next
            end = ordered[number + 1] if number + 1 < len(ordered) else len(lines)   # worked-on line
            for following in range(index + 1, end):
                if out[following].text:
                    out[following] = out[following]._replace(page_start=True)
                    pending_page = False
                    break
    return tuple(out), tuple(changes)


def _normalise(lines: Lines, language: Language | None = None) -> tuple[Lines, Changes]:
    """What normalise does, line by line (no fast path)."""
    lines, printed = printed_soft_hyphens(lines, language)
    collapsed, changes = _each_line(lines)
    return collapsed, printed + changes


def _each_line(lines: Lines) -> tuple[Lines, Changes]:
    changes: list[Change] = []
    out: list[Line] = []
    pending_page = False
    space_marks = not any("\f" in text for text in map(_TEXT, lines))
    for line in lines:
        line, pending_page = _one(line, pending_page, changes, space_marks)
        out.append(line)
    return tuple(out), tuple(changes)


def _one(line: Line, pending_page: bool, changes: list[Change], space_marks: bool = True) -> tuple[Line, bool]:
    """One line normalised, and whether a page start is still pending after it; space_marks:
    whether a leading space marks a page's first line (a text without form feeds)."""
    raw = line.text
    if not raw:
        return (line if not line.page_start and line.glue == " " else Line(line.number, "")), pending_page
    stripped = raw.rstrip(" ")
    if stripped and not WORK.search(stripped):      # nothing to collapse, strip or mark
        if stripped is not raw or (pending_page and not line.page_start):
            line = Line(line.number, stripped, line.page_start or pending_page, line.glue)
        return line, False
    soft_break = SOFT_HYPHEN if SOFT_BREAK.search(raw.rstrip(" \t")) else ""
    raw = INVISIBLE.sub("", raw.rstrip(" \t")) + soft_break
    if "\f" in raw:
        pending_page = True
        changes.append(Change("page-break", line.number, "\\f", "", "form feed marks a new page"))
        raw = raw.replace("\f", "")
    # OCR of these booklets starts a new page's first line with a space.
    leading_marker = space_marks and raw[:1] in (" ", "\t")
    text = _symbols_drawn(line.number, SPACES.sub(" ", _without_stray_marks(line.number, raw, changes)).strip(),
                          changes)
    if not text:
        return Line(line.number, ""), pending_page
    if leading_marker:
        changes.append(Change("page-break", line.number, raw[:1], "",
                              "a leading space marks the first line of a new page"))
    return Line(line.number, text, page_start=line.page_start or pending_page or leading_marker,
                glue=line.glue), False


def printed_soft_hyphens(lines: Lines, language: Language | None = None) -> tuple[Lines, Changes]:
    """The lines with each soft hyphen the PDF printed set as a hyphen, each line so changed logged.
    In pdftotext's output a soft hyphen inside a line is mostly a printed hyphen that the PDF coded
    as a soft one, but a text may carry hyphenation hints too, which no reader sees ("argu" U+00AD
    "ments", a word processor's or a web page's).  Printed: one a layout engine never hyphenates at
    (tokens.PRINTED_SOFT_HYPHEN: between figures, between a number and letters, before a comma), or
    one between two runs of letters where the document or its language says so (_printed_in_words)."""
    indexes = list(compress(range(len(lines)), map(contains, map(_TEXT, lines), repeat(SOFT_HYPHEN))))
    if not indexes:
        return lines, ()
    code = (language or default()).code
    written: Counter | None = None
    out, changes = list(lines), []
    for index in indexes:
        text = lines[index].text
        printed = PRINTED_SOFT_HYPHEN.sub("-", text)
        if SOFT_HYPHEN_IN_WORD.search(printed):
            written = written if written is not None else _written_words(lines)
            printed = _printed_in_words(printed, written, code)
        if printed != text:
            out[index] = out[index]._replace(text=printed)
            changes.append(Change("printed-hyphen", lines[index].number, text, printed,
                                  "a soft hyphen the PDF printed: a layout engine hyphenates a word between its "
                                  "syllables, never at a number, before a comma or a capitalised word, nor a "
                                  "word the document writes with a hyphen"))
    return tuple(out), tuple(changes)


def _written_words(lines: Lines) -> Counter:
    """How often the document writes each word (lower case), and each two parts of a hyphenated
    word as a pair: ("pep", "dortmund") from "pep-dortmund.org"."""
    words = Counter(WORD.findall("\n".join(map(_TEXT, lines)).lower()))
    pairs: Counter = Counter()
    for word, amount in words.items():
        parts = word.split("-")
        for pair in zip(parts, parts[1:]):
            pairs[pair] += amount
    return words + pairs


def _printed_in_words(text: str, written: Counter, code: str) -> str:
    """The text with each soft hyphen between two runs of letters set as a hyphen where it was
    printed: where the document writes the two parts with a hyphen more often than joined ("pep"
    U+00AD "dortmund" over a running foot "pep-dortmund.org"); written neither way, before a
    capitalised word that does not go on a common word of the language ("Heraeus" U+00AD "Stiftung",
    "Sint" U+00AD "Janscentrum"; "Power" U+00AD "Point" stays "PowerPoint"), as a layout engine
    hyphenates a word only where it goes on in lower case."""
    cuts = [match.end(1) for match in SOFT_HYPHEN_IN_WORD.finditer(text)
            if _printed_between(match.group(1), match.group(2), written, code)]
    for cut in reversed(cuts):
        text = text[:cut] + "-" + text[cut + 1:]
    return text


def _printed_between(head: str, tail: str, written: Counter, code: str) -> bool:
    joined, hyphenated = (head + tail).lower(), written[(head.lower(), tail.lower())]
    if hyphenated or written[joined]:
        return hyphenated > written[joined]
    return tail[:1].isupper() and tail[1:2].islower() and not lexicon.known(joined, lexicon.COMMON, code)


def _without_stray_marks(number: int, text: str, changes: list[Change]) -> str:
    """The text without the combining marks that stand on no letter, each run logged as removed."""
    marks = STRAY_MARKS.findall(text)
    changes.extend(Change("stray-mark", number, mark, "", "a combining mark with no letter before it holds no word")
                   for mark in marks)
    return STRAY_MARKS.sub("", text) if marks else text


def _symbols_drawn(number: int, text: str, changes: list[Change]) -> str:
    """The text with each symbol font's glyph but the line's opening bullet set as the character
    it shows (tokens.SYMBOL_GLYPHS): "5 dec" U+F0E0 "19 dec" reads "5 dec → 19 dec"."""
    if not GLYPHS.search(text):
        return text
    opening = OPENING_BULLET.match(text)
    start = opening.end() if opening else 0
    drawn = text[:start] + text[start:].translate(DRAWN)
    if drawn != text:
        changes.append(Change("symbol-glyph", number, text, drawn,
                              "a symbol font's glyph in the text is set as the character it shows"))
    return drawn
