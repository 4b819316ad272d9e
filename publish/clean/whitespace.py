"""Whitespace: form feeds and the leading-space page marker become page starts; tabs, no-break
spaces and runs of spaces become one space; trailing spaces go.

The leading space marks a page only in a text without form feeds where not nearly every line opens
with one: the OCR of the booklets starts each page's first line with a space, while a text that
marks its pages with form feeds (pdftotext) indents lines with spaces (a layout's columns, a
bullet's hanging indent), and a text indented throughout (a margin kept, a mail quoted) has no
page on every line."""
from __future__ import annotations

import re
from collections import Counter
from functools import partial
from itertools import chain, repeat

from publish.clean.hyphens import document_counts, written_evidence
from publish.clean.lines import GLUE, NUMBER, PAGE_START, TEXT, Changes, Line, Lines, find_all, line_indexes
from publish.clean.tokens import BULLET_MARK, PRINTED_SOFT_HYPHEN, SOFT_HYPHEN, SOFT_HYPHEN_IN_WORD, SYMBOL_GLYPHS
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
_new_line = partial(tuple.__new__, Line)     # Line._make without a Python-level call


def normalise(lines: Lines) -> tuple[Lines, Changes]:
    """Strip and collapse whitespace; mark the first line of each page; set each soft hyphen the
    PDF printed as a hyphen (see _printed_hyphens)."""
    if any(map(PAGE_START, lines)) or any(glue != " " for glue in set(map(GLUE, lines))):
        return _normalise(lines)
    texts = list(map(str.rstrip, map(TEXT, lines), repeat(" ")))
    stripped = "\n".join(texts)
    if stripped.count("\n") != len(lines) - 1:   # a newline inside a line: not from a source file
        return _normalise(lines)
    # Fresh lines (no page starts, every glue " "): most only lose their trailing spaces, all
    # at once here.  The lines that may have more to do (a character WORK looks for, a double or
    # a leading space) are found in the joined texts and done one by one as before.
    out = list(map(_new_line, zip(map(NUMBER, lines), texts, repeat(False), repeat(" "))))
    space_marks = "\f" not in stripped and _few_indented(texts)
    counts = _soft_hyphen_counts(lines) if SOFT_HYPHEN in stripped else Counter()
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
        out[index], pending_page = _one(lines[index], pending_page, changes, space_marks, counts)
        if pending_page:                          # the next text line between here and the next
            end = ordered[number + 1] if number + 1 < len(ordered) else len(lines)   # worked-on line
            for following in range(index + 1, end):
                if out[following].text:
                    out[following] = out[following]._replace(page_start=True)
                    pending_page = False
                    break
    return tuple(out), tuple(changes)


def _normalise(lines: Lines) -> tuple[Lines, Changes]:
    changes: list[Change] = []
    out: list[Line] = []
    pending_page = False
    texts = list(map(TEXT, lines))
    space_marks = not any("\f" in text for text in texts) and _few_indented(texts)
    counts = _soft_hyphen_counts(lines)
    for line in lines:
        line, pending_page = _one(line, pending_page, changes, space_marks, counts)
        out.append(line)
    return tuple(out), tuple(changes)


def _few_indented(texts: list[str]) -> bool:
    """Whether fewer than nine in ten text lines open with a space or a tab: a space then marks
    pages, not the text's margin (a text of indented lines here and there keeps the marks its
    passes were measured with)."""
    filled = [text for text in texts if text.strip()]
    return 10 * sum(text[:1] in (" ", "\t") for text in filled) < 9 * len(filled)


def _soft_hyphen_counts(lines: Lines) -> Counter:
    """How the document writes its words (hyphens.document_counts), where a soft hyphen stands
    between letters inside a line and the document's spelling is asked about it; else none."""
    if any(SOFT_HYPHEN_IN_WORD.search(text) for text in map(TEXT, lines) if SOFT_HYPHEN in text):
        return document_counts(lines)
    return Counter()


def _one(line: Line, pending_page: bool, changes: list[Change], space_marks: bool,
         counts: Counter) -> tuple[Line, bool]:
    """One line normalised, and whether a page start is still pending after it; space_marks:
    whether a leading space marks a page's first line (a text without form feeds); counts: how
    the document writes its words (for a soft hyphen between letters, see _printed_hyphens)."""
    raw = line.text
    if not raw:
        return (line if not line.page_start and line.glue == " " else Line(line.number, "")), pending_page
    stripped = raw.rstrip(" ")
    if stripped and not WORK.search(stripped):      # nothing to collapse, strip or mark
        if stripped is not raw or (pending_page and not line.page_start):
            line = Line(line.number, stripped, line.page_start or pending_page, line.glue)
        return line, False
    soft_break = SOFT_HYPHEN if SOFT_BREAK.search(raw.rstrip(" \t")) else ""
    raw = INVISIBLE.sub("", _printed_hyphens(line.number, raw.rstrip(" \t"), counts, changes)) + soft_break
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


# What each alternative of tokens.PRINTED_SOFT_HYPHEN shows, in its order: a layout engine
# hyphenates a word between its syllables, and nowhere else.
PRINTED_EVIDENCE = (
    "a soft hyphen after a figure is a printed hyphen: a layout engine hyphenates no number",
    "a soft hyphen before a figure is a printed hyphen: a layout engine hyphenates no number",
    "a soft hyphen before a comma, a semicolon or a slash is a printed hyphen (a suspended compound's): "
    "a layout engine hyphenates a word only where it goes on",
    "a soft hyphen between spaces is a printed dash: a layout engine hyphenates only inside a word",
    "a soft hyphen after a space in a sentence is a printed dash: a layout engine hyphenates only inside a word")


def _printed_hyphens(number: int, text: str, counts: Counter, changes: list[Change]) -> str:
    """The text with each soft hyphen the PDF printed set as a hyphen, logged with its evidence:
    one a layout engine never hyphenates at (tokens.PRINTED_SOFT_HYPHEN), and one between two runs
    of letters that the document writes with a hyphen more often than joined (counts; "pep"
    U+00AD "dortmund.org" over a running foot "pep-dortmund.org").  Any other inside a line is a
    hyphenation hint a word processor or a web page left ("argu" U+00AD "ments", "Power" U+00AD
    "Point"), which no reader sees: the caller drops it."""
    if SOFT_HYPHEN not in text:
        return text
    evidence = [PRINTED_EVIDENCE[(match.lastindex or 1) - 1] for match in PRINTED_SOFT_HYPHEN.finditer(text)]
    printed = PRINTED_SOFT_HYPHEN.sub("-", text)
    cuts = []
    for match in SOFT_HYPHEN_IN_WORD.finditer(printed):
        written = written_evidence(match.group(1), match.group(2), counts)
        if written and written[0] == "hyphen-keep":
            cuts.append(match.end(1))
            evidence.append(f"a soft hyphen between letters is a printed hyphen: {written[1]}")
    for cut in reversed(cuts):
        printed = printed[:cut] + "-" + printed[cut + 1:]
    if evidence:
        changes.append(Change("printed-hyphen", number, text, printed, "; ".join(dict.fromkeys(evidence))))
    return printed


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
