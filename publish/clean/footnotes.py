"""Notes printed at the foot of a page, or in a notes box under a heading ("NOTEN"), are taken out
of the text flow, so the paragraph they cut is whole again; their text becomes the document's
notes.

What is recognised.  A note opens with its label: glued to its text ("1 Raadsbesluit van ...",
"¹Raadsbesluit") or on a line of its own ("1", the text on the next lines).  pdftotext sometimes
sets a lone label after its note's text, or gathers the labels of a page under its notes ("1" /
"2"): a label with no text after it, or one smaller than a label above it, is *detached*.  The
notes' texts stand in the order of their numbers, so a detached label takes the text its number
puts it at: above the first label when it precedes every label with text (split at sentence ends,
or where a line opens with a capital when no blank line bounds them), else a part of the text
under the nearest label below its number, which then holds several notes split at sentence ends
("1" / text 1 / text 2 / "3" / text 3 / "2"), else after short lines, else at the lines opening
with a capital where just so many do; and a lone label right under a web address (a
note's usual last words), the body going on in lower case a blank line below it, is detached
too.  A figure alone between a lone label and its text ("3" / "14.453" / "Der Rechnungshof ...")
is a table's cell the text layer set there: it stays in the text; so do a list item's words
under a stack of labels the text layer set between the item's bullet and them ("•" / "22" / "23" /
"Manufacturer;").  A lone label closing its page
over the folio, its note's text read after the folio (a few lines on a page of their own once the
folio is gone, the body's sentence broken off above the label and going on in lower case after
them), takes that text; a note set over its label closing the page opens after the paragraph's last
line ending a sentence with a full stop before a line opening a note, where the body runs on into it
with no blank line (a paragraph longer than a few notes, or opening as no note does; see
_under_the_body).
A line of a note that opens with a number ("21 november 2019, nr. ...") is no label where its number continues no label
around it.  The lines between two labels belong to the note above (blank lines and a short list
included); the last note runs on to the page end, or to a blank line after which the text does
not go on (it broke off mid-sentence: "ap-" / "privacy-..."), and a note that breaks off at the
page end goes on at the next page's foot (lines under the body that open in lower case).  Notes
set right to left (a paragraph direction a text frame may carry) close their first line with
their label and open their last with its stop: they are turned to read left to right first (see
_notes_set_right_to_left).

Evidence, all required, for a group of labels:
- the labels are numbered consecutively (in any order on the page), from 1 or on from the notes
  before; or ahead of them, where notes were lost (a layout not read, a note the text layer
  garbled: however many), when each marker is a sure one, glued to its word and in order (the
  first notes of a document start at 1); or, on the same evidence, some of the labels such a
  group skipped, set later in the document (notes numbered out of print order: 1, 2, 7 on one
  page, 3 and 4 on a later one), which keep their numbers;
- the group stands at the foot of a page (body text above it, nothing after it but at most
  MAX_TRAILING short lines, a running foot the furniture passes did not know, or a drawn rule and a
  running foot mirrored on facing pages, see _page_furniture), or between the
  halves of a sentence it cuts on its page, or right under a notes heading; or, two notes or more
  (or one whose lone label stands a blank line over its text) whose markers are all sure, at the
  foot of a column amid the page, between two paragraphs;
- no notes section that `structure` reads uses the labels (its markers are then those of its
  notes, and a number under the body is a page number);
- every label has its marker, in order, in the text before the group: on the same page or the one
  before for page feet, since the previous group for a notes box (see `notes.markers`);
- each note has text, and no note takes in the label of the note after the group.
A notes box under the document's only notes heading whose entries open with their numbers is the
end-notes section that `structure` reads: it is left to it.
Where none of these is found, labels 1 to n at the feet of pages or columns whose markers all stand
after a space ("verrichtingen 1.") are taken where the whole chain holds, each label with its one
marker on its page (see `chain_groups`); and where no notes stand at page feet, notes labelled
"n: text" right after the passage citing them (a web page printed to PDF) are taken out as well
(see `colon_groups`).

Numbering.  Notes numbered again per page or per chapter (1-13, 1-12, ...) are numbered through
the document in the edition (1-13, 14-25, ...), so each note has one number and every marker
links to its own note; each renumbering is a "note-number" change (the printed label -> the
edition's number), for the note and, in `notes.link`, for its marker.  A note labelled by
asterisks is numbered in the edition as well ("*" -> 1, a "note-number" change): `notes.link`
reads from it that only asterisks mark that note, as only numbers mark a numbered one.

Each note is one change in the report ("footnote", its first line, "<number> <text>", ""), and
the notes are read back from those changes (`notes_in`, `found_notes`): the report is their one
record.  A notes heading (and a rule under it) over notes taken out is a "notes-heading" removal.  A
marker the text layer set on a line of its own under the body text it marks ("library." / "15")
is glued back to that text, a "note-marker" change.
The page-number pass asks `label_lines` first, so a lone label is not taken for a page number.
"""
from __future__ import annotations

import bisect
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import cache, cached_property
from itertools import compress, count
from operator import itemgetter
from typing import NamedTuple

from publish.clean import hyphens, notes as markers
from publish.clean.lists import ORDERED_ITEM
from publish.clean.lines import Changes, Line, Lines, ends_sentence, line_indexes
from publish.clean.tokens import BULLET_MARK
from publish.languages import Language
from publish.languages.patterns import default, vocabulary
from publish.report import Change

# A section's number and title, the number glued to the title or a bar between them as the
# document's headings print it ("6.1.2Requirements for ...", "6.3 | Model declarations ..."): not a
# figure ("2.5 million"), a unit glued to one ("3.2Mb") or a date ("12.03.24Beschluss": a day of
# two figures or a month with its zero, and a year).  Glued, the number has three levels: two glued
# to a word are an amount ("3.5Mio"), a time ("10.30Uhr") or an agenda's item ("1.1Opening") as
# often as a section, unless the document prints that number as a heading (GLUED_TWO_LEVELS).
DATE = r"(?:\d{2}\.\d{1,2}|\d{1,2}\.0\d)\.(?:\d{4}|\d{2})(?![.\d])"
SECTION_REFERENCE = re.compile(rf"(?!{DATE})\d{{1,2}}(?:(?:\.\d{{1,2}}){{2,}}|(?:\.\d{{1,2}})+[ \t]*\|[ \t]*)"
                               r"[A-Z][a-z]{2}")
# A label before a number of two levels glued to a capitalised word ("1 6.3Modelverklaringen ..."),
# a note referring to a section where the document prints that number as a heading of its own
# (HEADED_NUMBER: "6.3 Modelverklaringen", "6.3 | Modelverklaringen").
GLUED_TWO_LEVELS = re.compile(r"\n(\d{1,3})[ \t]+(\d{1,2}\.\d{1,2})(?=[A-Z][a-z]{2})")
HEADED_NUMBER = re.compile(r"^(\d{1,2}\.\d{1,2})(?:[ \t]*\|)?[ \t]+[A-Z]", re.MULTILINE)
NOTE_OPENING = re.compile(r"^([1-9] \d(?=[ \t]+[A-Z])|\d{1,3})\s+(?=\S)")
# A label: a number on a line of its own, or opening a line and followed by the note's text
# (a letter, a quote or bracket, a web address; not a digit: "12 months", "3 to 6" are counts).
# (Both patterns read a line after its newline: a regex that leads with a literal is searched at
# C speed; one that leads with ^ is tried at every position.)
# A number glued to a capitalised word and the text after it ("11Jansen, De leer ...") is a
# label set in superscript whose space the text layer lost ("3Dfier", a name alone, is not).
# Or a number in square brackets ("[3] Zie ..."), the convention of reports that cite their
# sources as "[3]" in the text: the brackets make it a label whatever follows.  Or one to three
# asterisks before the text ("* voor de liedteksten ..."; not "* * *", a scene break), a note
# numbered by its asterisks, bare or in brackets ("(*) Deze onderwerpen ...", the notes under a
# table); glued to a capital ("*In deze gids ...") where no asterisk further on the line makes
# them an emphasis ("*Let op*: ...").  Or a two-figure label letter-spaced as the text layer
# spaces the figures of a letter-spaced document ("1 2 Kamerstukken ..." for 12), before a
# capital: numbering and markers decide, as for any label.
# A label may be followed by a section's number and title, a note referring to that section ("27
# 6.3 | Model declarations ...", see SECTION_REFERENCE), though not by another figure.
LABEL = re.compile(r"\n(?:(\d{1,3}|[⁰¹²³⁴-⁹]{1,3})(?=\n|[ \t]+(?:[^\W\d_]|[“‘\"'(\[]|https?:|www\.|"
                   rf"{SECTION_REFERENCE.pattern})|"
                   r"(?<=[⁰¹²³⁴-⁹])[^\W\d_]|[A-Z][a-z]+[ \t,])|\[([1-9]\d{0,2})\](?=\n|[ \t]*\S)|"
                   r"(\*{1,3}|\(\*{1,3}\))(?=[ \t]+[^\s*]|[A-Z](?![^\n*]*\*))|([1-9] \d)(?=[ \t]+[A-Z]))")
BRACKETED_OPENING = re.compile(r"^(?:\[\d{1,3}\]|\*{1,3}|\(\*{1,3}\))\s*(?=\S)")
# A label in superscript digits, which may touch its text ("¹Raadsbesluit"); or a label set in
# superscript whose space the text layer lost, glued to a capitalised word ("11Jansen, ...").
SUPERSCRIPT_OPENING = re.compile(r"^([⁰¹²³⁴-⁹]{1,3})\s*(?=\S)|^\d{1,3}(?=[A-Z][a-z]+[ \t,])")
RULE = re.compile(r"^[_\-–—=·•*.]{3,}$")     # a drawn rule, as under a notes box's heading
DRAWN_RULE = re.compile(r"^([^\w\s])\1{9,}$")     # one sign repeated across the page ("//////////")
OPENING_MARKS = "“‘\"'(["
# A web address alone on its line, the whole text of many a note ("https://pypi.org/project/pdfrw").
WEB_ADDRESS_ALONE = re.compile(r"^(?:https?://|www\.)\S+$")
# A figure alone on its line ("14.453", "-4.103", "12,5 %", "-,3228178"): a table's cell, no note's text.
FIGURE = re.compile(r"^[-+−–]?[.,]?\d[\d.,  ]*%?$")
MAX_NOTE_LINES = 15          # the lines of one note; also the most lines between two labels
FEW_NOTE_LINES = 4           # a short note's lines; a page or a paragraph of the body that runs into a note is longer
MAX_GROUP_LABELS = 40        # labels looked at together on one page
MAX_TRAILING = 2             # short lines allowed after page-foot notes (an unknown running foot)
TRAILING_WIDTH = 50
MARKER_SLACK = 4             # one marker in this many labels may be missing
_TEXT, _PAGE_START = itemgetter(1), itemgetter(2)       # Line.text, Line.page_start


class Label(NamedTuple):
    index: int          # type: ignore[assignment]  # of its line in the lines (shadows tuple.index(), never called)
    number: int
    lone: bool          # on a line of its own (else its note's text follows it on its line)
    bracketed: bool = False     # printed in square brackets ("[3]")
    starred: bool = False       # asterisks ("*", "**"), numbered by their count
    section: bool = False       # its note opens with a section's number of two levels (GLUED_TWO_LEVELS)


@dataclass(frozen=True)
class FoundNote:
    label: int          # as printed
    number: int         # in the edition
    lines: tuple[int, ...]  # indexes of its text lines (the line of a glued label first)
    skip: int           # characters of the first line that are its label ("12 ")


@dataclass(frozen=True)
class Group:
    notes: tuple[FoundNote, ...]
    labels: tuple[Label, ...]
    top: int            # the region the notes occupy: lines[top:end]
    end: int
    heading: tuple[int, ...]    # a notes heading and rules over them, taken out with them
    marked: int = 0     # the line of its last marker
    inline: bool = False    # set right after the passage citing it ("n: text"), at no page foot
    column: bool = False    # at the foot of a column in the middle of its page
    filling: bool = False   # its labels are some a group numbered ahead skipped
    markers_alone: tuple[int, ...] = ()     # its markers on lines of their own in the body


@dataclass
class _Numbering:
    """Where the notes found so far leave the numbering, and what the document tells about it."""

    joined: str                             # the document's text
    reserved: frozenset[int] = frozenset()  # the labels of the end-notes section structure reads
    next_label: int = 1
    last_label: int = 0
    last_number: int = 0
    offset: int = 0
    window: int = 0     # markers of the next group stand after this line index
    marked: int = 0     # ... or, where its labels go on from the last group's, from this one on
    # The labels a group numbered ahead skipped (3-6 where 7 followed 2), each with its number in
    # the edition: notes lost, or printed later out of order.
    skipped: dict[int, int] = field(default_factory=dict)

    @cached_property
    def codes(self) -> markers.Codes:
        """Capitals with a number glued to them: names, not markers (looked for only once a
        group needs its markers)."""
        return markers.glued_codes(self.joined)

    @cached_property
    def words(self) -> frozenset[str]:
        """Short words written mostly without a full stop: words, not abbreviations (looked for
        only once a group needs its markers)."""
        return markers.short_words(self.joined)


def extract(lines: Lines, language: Language | None = None) -> tuple[Lines, Changes]:
    lines, split = _labels_taken_into_a_hyphen(lines, language)
    lines, turned = _notes_set_right_to_left(lines, language)
    split += turned
    groups = find_groups(lines, language) or chain_groups(lines) or colon_groups(lines)
    if not groups:
        return lines, split
    changes: list[Change] = []
    drop: set[int] = set()
    starting: set[int] = set()
    counts = hyphens.document_counts(lines)
    for group in groups:
        changes += _group_changes(lines, group, counts, language)
        drop.update(_region(lines, group))
        drop.update(group.heading)
        drop.update(index for note in group.notes for index in note.lines)   # a note's rest on the next page
        following = _next_text(lines, group.end)
        if following is not None:
            starting.add(following)
    glued, moved = _markers_set_alone(lines, groups, drop)
    drop.update(glued.values())
    lines = tuple(line._replace(text=line.text + lines[glued[index]].text) if index in glued else line
                  for index, line in enumerate(lines))
    kept = tuple(line._replace(page_start=True) if index in starting and not line.page_start else line
                 for index, line in enumerate(lines) if index not in drop)
    return kept, split + tuple(changes) + moved


def _markers_set_alone(lines: Lines, groups: list[Group], taken: set[int]) -> tuple[dict[int, int], Changes]:
    """The markers of the notes found that the text layer set on a line of their own under the
    body text they mark (a superscript wrapped past the line's end: "library." / "15"), glued back
    to the end of that text, where they stand in print; {index of the text line: index of the
    marker's line}, and a change for each.  taken: the lines of the notes, no body text.  A line
    ending in a figure keeps its marker apart: glued, "12" over "3" would read as another number,
    "123" (a table's column)."""
    glued = {index - 1: index for group in groups for index in group.markers_alone
             if index and not lines[index].page_start and not lines[index - 1].blank and index - 1 not in taken
             and not lines[index - 1].text.rstrip()[-1:].isdigit()}
    changes = tuple(Change("note-marker", lines[index].number, lines[index].text, lines[above].text + lines[index].text,
                      "a note's marker set on a line of its own under the text it marks: glued back to it")
                    for above, index in glued.items())
    return glued, changes


def _region(lines: Lines, group: Group) -> list[int]:
    """The lines of the region the group's notes occupy that are theirs: their labels, texts and
    the blank lines between; a line the text layer set among them that is no note's (a table's
    figure, see _text_after) stays where it stands."""
    own = {label.index for label in group.labels} | {index for note in group.notes for index in note.lines}
    return [index for index in range(group.top, group.end) if index in own or lines[index].blank]


# The first note of a page run into the body's last line by pdftotext, which took the line-end
# hyphen for a word's break and joined the next line, the note's label, to the word: "deze AI-"
# over "29 Handreiking, par. 3.2, p. 10." became "deze AI29 Handreiking, par. 3.2, p. 10."; a note
# may also open with a web address, as LABEL allows ("mat-" over "6 https://..." became "mat6 https://...").
# (The regex leads with the label's first digit, the word before it a look-behind: it is tried
# at the digits only.)
HYPHEN_TAKEN_LABEL = re.compile(r"[1-9](?<=[^\W\d_]{2}[1-9])\d{0,2}[ \t]+(?=[A-Z“‘\"'(]|https?:|www\.)")
# The same with a label that stood on a line of its own over its note: the label closes the
# body's line ("met behulp van een AI-" over "1" became "een AI1"), the note's text a blank line
# under it.
HYPHEN_TAKEN_LONE_LABEL = re.compile(r"[1-9](?<=[^\W\d_]{2}[1-9])\d{0,2}(?=\n|\Z)")


def _labels_taken_into_a_hyphen(lines: Lines, language: Language | None) -> tuple[Lines, Changes]:
    """The lines of a note run into a word broken at the page's last body line (see
    HYPHEN_TAKEN_LABEL), given back their own line, the word its hyphen.  Evidence: the next
    text line is the label of the note after it (N + 1), and the notes so split make a group of
    page-foot notes with all its evidence (markers in the text included); else nothing changes.
    For a lone label (HYPHEN_TAKEN_LONE_LABEL) the next text line, a blank line under it, opens
    a note, and under that note's lines and a blank line (or the page's end) the body goes on in
    lower case: the rest of the broken word, or of its sentence."""
    texts = list(map(_TEXT, lines))
    joined = "\n".join(texts)
    matches = list(HYPHEN_TAKEN_LABEL.finditer(joined))
    lone = list(HYPHEN_TAKEN_LONE_LABEL.finditer(joined))
    found: list[tuple[int, int]] = []
    for match, index in zip(matches, line_indexes(joined, [match.start() for match in matches])):
        following = _next_text(lines, index + 1)
        opening = NOTE_OPENING.match(texts[following]) if following is not None else None
        label = int(opening.group(1).replace(" ", "")) if opening else None
        if label == int(match.group(0)) + 1 and not (found and found[-1][0] == index):
            found.append((index, match.start() - (joined.rfind("\n", 0, match.start()) + 1)))
    for match, index in zip(lone, line_indexes(joined, [match.start() for match in lone])):
        if _note_between_halves(lines, texts, index):
            found.append((index, match.start() - (joined.rfind("\n", 0, match.start()) + 1)))
    found.sort()
    if not found:
        return lines, ()
    split = _split_at(lines, found)
    labels = {label.index for group in find_groups(split, language) for label in group.labels}
    kept = [(index, cut) for at, (index, cut) in enumerate(found) if index + at + 1 in labels]
    if not kept:
        return lines, ()
    changes = tuple(Change("note-label", lines[index].number, texts[index], texts[index][:cut] + "-",
                           "a note's label run into the word broken at the page's last line (its hyphen taken "
                           "for a word's break): the note goes back to its own line, the word gets its hyphen")
                    for index, cut in kept)
    return _split_at(lines, kept), changes


# Notes set in a paragraph direction right to left (a layout program's setting, for Hebrew or
# Arabic, that a text frame may carry whatever its language): each note's label closes its first
# line, and the stop closing a note stands at the start of its last line (".Sheelagh van
# Mastrigt-Carter, De Indiase keuken. Bussum: Van Dishoeck, 1968 3").  (The first regex leads
# with the label's first digit, the text before it a look-behind: it is tried at the digits only.)
LABEL_CLOSING_A_LINE = re.compile(r"[1-9](?<=\S[ \t][1-9])\d?(?=\n|\Z)")
STOP_OPENING_A_LINE = re.compile(r"^[.,;:!?)\]]+(?=[^\W_])")


def _notes_set_right_to_left(lines: Lines, language: Language | None) -> tuple[Lines, Changes]:
    """The lines of notes set right to left, turned left to right: the label before the note's
    text, each stop a line opens with after its words.  Evidence: on a page, lines closing with
    consecutive numbers (a label every MAX_NOTE_LINES lines at most), most of the notes so marked
    holding a line that opens with a stop glued to a word, as no text set left to right does; and,
    turned, they make a group of notes with all its evidence (markers in the text included); else
    nothing changes."""
    texts = list(map(_TEXT, lines))
    joined = "\n".join(texts)
    found = list(LABEL_CLOSING_A_LINE.finditer(joined))
    labelled = list(zip(line_indexes(joined, [match.start() for match in found]),
                        (int(match.group(0)) for match in found)))
    starts = [0] + [index for index in compress(count(), map(_PAGE_START, lines)) if index]
    page = _Pages(starts, len(lines))
    notes: list[list[int]] = []         # each note's lines, its label's first
    for run in _runs_of_labels_closing_lines(labelled, page):
        run_notes = _lines_of_labels_closing_lines(texts, run, page.bounds(page.of(run[0]))[1])
        if 2 * sum(any(STOP_OPENING_A_LINE.match(texts[index]) for index in note) for note in run_notes) \
                > len(run_notes):
            notes += run_notes
    if not notes:
        return lines, ()
    turned = {index: _turned(texts[index], index == note[0]) for note in notes for index in note}
    trial = tuple(line._replace(text=turned.get(index, line.text)) for index, line in enumerate(lines))
    labels = {label.index for group in find_groups(trial, language) for label in group.labels}
    kept = {index: turned[index] for note in notes if note[0] in labels for index in note}
    changes = tuple(Change("note-label", lines[index].number, texts[index], text,
                           "a note set right to left: its label closing its first line goes before its text, a "
                           "stop opening a line after its words")
                    for index, text in sorted(kept.items()) if text != texts[index])
    return tuple(line._replace(text=kept.get(index, line.text)) for index, line in enumerate(lines)), changes


def _runs_of_labels_closing_lines(labelled: list[tuple[int, int]], page: _Pages) -> list[list[int]]:
    """The line indexes of runs of two labels or more closing lines: numbered consecutively, on one
    page, at most MAX_NOTE_LINES lines apart."""
    runs: list[list[tuple[int, int]]] = []
    for index, number in labelled:
        if runs and runs[-1][-1][1] + 1 == number and index - runs[-1][-1][0] <= MAX_NOTE_LINES \
                and page.of(runs[-1][-1][0]) == page.of(index):
            runs[-1].append((index, number))
        else:
            runs.append([(index, number)])
    return [[index for index, _ in run] for run in runs if len(run) > 1]


def _lines_of_labels_closing_lines(texts: list[str], run: list[int], page_end: int) -> list[list[int]]:
    """Each label's note: its line and the text lines down to the next label; the last one's down
    to a blank line or the page end."""
    ends = run[1:] + [next((index for index in range(run[-1], page_end) if not texts[index]), page_end)]
    return [[index for index in range(top, end) if texts[index]] for top, end in zip(run, ends)]


def _turned(text: str, labelled: bool) -> str:
    """A line set right to left as read left to right: the stop it opens with after its words, and
    its label (`labelled`: the number closing it) before them."""
    label = ""
    if labelled:
        words = text.rstrip("0123456789")
        text, label = words.rstrip(), text[len(words):] + " "
    stop = STOP_OPENING_A_LINE.match(text)
    return label + (text[stop.end():] + stop.group(0) if stop else text)


def _note_between_halves(lines: Lines, texts: list[str], index: int) -> bool:
    """Under line `index`, a blank line, a run of text lines opening as a note does, then a blank
    line or a page break, and text opening in lower case: on the page (the note closed a column)
    or at the next page's top (it closed the page)."""
    top = _next_text(lines, index + 1)
    if top is None or top == index + 1 or lines[top].page_start or not _opens_a_note(texts[top]):
        return False
    end = top
    while end < len(texts) and texts[end] and not lines[end].page_start and end - top <= MAX_NOTE_LINES:
        end += 1
    rest = _next_text(lines, end)
    return rest is not None and (rest > end or lines[rest].page_start) and texts[rest][:1].islower()


def _split_at(lines: Lines, cuts: list[tuple[int, int]]) -> Lines:
    """The lines, each line at a cut (index, characters kept) split in two: the kept part with a
    hyphen, and the rest (the note) a line of its own with the same source number."""
    out: list[Line] = []
    at = dict(cuts)
    for index, line in enumerate(lines):
        if index in at:
            out.append(line._replace(text=line.text[:at[index]] + "-"))
            out.append(Line(line.number, line.text[at[index]:]))
        else:
            out.append(line)
    return tuple(out)


def label_lines(lines: Lines, language: Language | None = None) -> frozenset[int]:
    """The indexes of the lone labels of the notes found: numbers a page-number rule must leave."""
    return frozenset(label.index for group in find_groups(lines, language) for label in group.labels if label.lone)


def notes_in(changes: Changes) -> tuple[tuple[int, str], ...]:
    """(number, text) of each footnote the pass took out, in order."""
    found = []
    for change in changes:
        if change.kind == "footnote":
            number, _, text = change.before.partition(" ")      # written as f"{number} {text}" by extract
            found.append((int(number), text))
    return tuple(found)


def found_notes(changes: Changes) -> tuple[tuple[int, int, int, bool], ...]:
    """(number in the edition, label as printed, source line, whether the label is asterisks)
    of each footnote taken out, in the order of their lines; asterisks are numbered by their
    count ("**" is 2)."""
    printed = {change.line: change.before for change in changes if change.kind == "note-number"}
    found = []
    for change in changes:
        if change.kind == "footnote":
            number = int(change.before.partition(" ")[0])      # written as f"{number} {text}" by extract
            label = printed.get(change.line, "")
            starred = "*" in label
            found.append((number, label.count("*") if starred else int(label) if label.isdigit() else number,
                          change.line, starred))
    return tuple(sorted(found, key=lambda note: note[2]))


# ----------------------------------------------------------------------------- finding the notes

def find_groups(lines: Lines, language: Language | None = None) -> list[Group]:
    """The groups of notes in the lines, in order."""
    texts = list(map(_TEXT, lines))
    joined = "\n".join(texts)
    candidates = _candidates(joined, texts)
    if not candidates:
        return []
    starts = [0] + [index for index in compress(count(), map(_PAGE_START, lines)) if index]
    page = _Pages(starts, len(lines), [line.number for line in lines])
    headings = _heading_indexes(joined, texts, language or default())
    numbering = _Numbering(joined, reserved=_end_notes(candidates, headings))
    groups: list[Group] = []
    for cluster in _clusters(candidates, texts, page):
        at = 0
        while at < len(cluster):
            found = None if _in_a_column(texts, cluster, at, groups) else \
                _first_group(texts, cluster, at, page, headings, numbering)
            if found is None:
                at += 1
                continue
            group, used = found
            groups.append(group)
            _advance(numbering, group)
            at = used
    return _continued(texts, groups, page, candidates)


# Notes whose markers all stand after a space ("verrichtingen 1. Het", "ZWO. 3 Zo", "dilemma 7,"):
# the text layer set a space before each superscript marker, and read the notes amid the page where
# a column ends.  A number after a space is a count as often as a marker, so such notes are taken
# only on the evidence of the whole document's numbering, where no notes were found otherwise:
# labels 1 to n (CHAIN_MIN or more), each number printed as a label once, in the order of the
# document, each over its note's text at a page's or a column's foot (a blank line over it), and
# on each label's page exactly one number that may be its marker, at a sentence's or a clause's
# end, above the label, the markers in the order of the labels.  A list numbered at a page's foot has no such markers; a
# number in the text that merely matches a label has none on the label's page, or a second one.
CHAIN_MIN = 3


def chain_groups(lines: Lines) -> list[Group]:
    """The notes of a complete chain of labels with their markers after a space, one group each;
    [] unless every label of the chain is at a foot with its one marker.  A note whose text is not
    sure to be all its own is left in the text (see _sure_text)."""
    texts = list(map(_TEXT, lines))
    joined = "\n".join(texts)
    labels = _complete_chain([label for label in _candidates(joined, texts)
                              if not label.starred and not label.bracketed])
    if len(labels) < CHAIN_MIN:
        return []
    starts = [0] + [index for index in compress(count(), map(_PAGE_START, lines)) if index]
    page = _Pages(starts, len(lines), [line.number for line in lines])
    found = [_at_a_foot(texts, label, page) for label in labels]
    feet = [foot for foot in found if foot is not None]
    if len(feet) < len(labels):
        return []
    regions = [(top, end) for _, top, end in feet]
    marked = _spaced_markers(texts, labels, regions, page, _Numbering(joined))
    if marked is None:
        return []
    return [Group((FoundNote(label.number, label.number, tuple(indexes),
                             0 if label.lone else _label_width(texts[label.index])),),
                  (label,), top, end, (), marker, column=any(texts[end:page.bounds(page.of(end - 1))[1]]))
            for label, (indexes, top, end), marker in zip(labels, feet, marked)
            if _sure_text(texts, label, indexes, end, page)]


def _complete_chain(candidates: list[Label]) -> list[Label]:
    """The labels 1, 2 ... n, each number a label once and each after the one before it; [] where a
    number of the chain, or the one after it, is a label twice (which is the note's, unknown)."""
    by_number: dict[int, list[Label]] = {}
    for label in candidates:
        by_number.setdefault(label.number, []).append(label)
    chain: list[Label] = []
    while len(by_number.get(len(chain) + 1, ())) == 1:
        chain.append(by_number[len(chain) + 1][0])
    if len(by_number.get(len(chain) + 1, ())) > 1 \
            or any(above.index >= below.index for above, below in zip(chain, chain[1:])):
        return []
    return chain


def _at_a_foot(texts, label: Label, page: _Pages) -> tuple[list[int], int, int] | None:
    """The label's note text lines and region [top, end), where the label stands over its text at
    a page's or a column's foot: body text above it on its page and a blank line right above it;
    else None."""
    page_start, page_end = page.bounds(page.of(label.index))
    layout = _layout(texts, (label,), page_start, page_end)
    if layout is None:
        return None
    ((_, indexes),), top, end = layout
    if top != label.index or texts[top - 1] or not any(texts[page_start:top]) \
            or (label.lone and _amid_figures(texts, top, (label,))) or _a_folio(texts, label, page):
        return None
    return indexes, top, end


def _spaced_markers(texts, labels: list[Label], regions: list[tuple[int, int]], page: _Pages,
                    numbering: _Numbering) -> list[int] | None:
    """The line of each label's marker: the one number of the label's on its page, outside the
    notes, that may be a marker, above the label, the markers in the order of the labels; None
    where a label has none, or two, or where its one is between two words ("de afdeling 2 in het
    oosten": a count as often), not at a sentence's or a clause's end ("aangestuurd. 5",
    "dilemma 7, want"), in a count's place (_in_a_count_s_place), or where too few of the markers
    stand in a marker's own place (_in_a_marker_s_place)."""
    notes = {index for top, end in regions for index in range(top, end)}
    lines: list[int] = []
    placed = 0
    for label, (top, _) in zip(labels, regions):
        page_start, page_end = page.bounds(page.of(label.index))
        body = [index for index in range(page_start, page_end) if index not in notes]
        text = "\n".join(texts[index] for index in body)
        found = [marker for marker in markers.markers(text, numbering.codes, between_words=True,
                                                      words=numbering.words) if marker.label == label.number]
        at_a_stop = {marker.start for marker in markers.markers(text, numbering.codes, words=numbering.words)}
        if len(found) != 1 or found[0].start not in at_a_stop or _in_a_count_s_place(text, found[0]):
            return None
        line = body[text.count("\n", 0, found[0].start)]
        if line >= top or (lines and line <= lines[-1]):
            return None
        lines.append(line)
        placed += _in_a_marker_s_place(text, found[0])
    if placed < PLACED_MIN or placed * 3 < len(labels):
        return None
    return lines


# The text layer's own sign of a superscript marker set after a space: it stands right after a
# sentence's end and before the next sentence ("ZWO. 3 Zo", "aangestuurd. 5", "schweigen.” 6\nBij"),
# where a count closes its sentence itself ("Afmeldingen: 1.", "betrug 1.", "is nu 1.").  A chain
# of spaced markers is taken where PLACED_MIN of them, and a third at least, stand there.
PLACED_MIN = 3
AFTER_A_SENTENCE = re.compile(rf"[{re.escape(markers.SENTENCE_MARKS)}][{re.escape(markers.CLOSERS)}]*\s+\Z")
BEFORE_A_SENTENCE = re.compile(r"\s*(?:\Z|[„“‘«\"'(]?([^\W\d_]))")
# A number beside another ("2:2", "3-1", "1/2"): a score, a range or a ratio.
NUMBER_AFTER = re.compile(r"[ \t]*[:/\-–][ \t]*[0-9]")
NUMBER_BEFORE = re.compile(r"[0-9][ \t]*[:/\-–]?[ \t]*\Z")


def _in_a_marker_s_place(text: str, marker: markers.Marker) -> bool:
    """The marker stands right after a sentence's end and before the next sentence (or the text's end)."""
    following = BEFORE_A_SENTENCE.match(text, marker.end)
    return bool(AFTER_A_SENTENCE.search(text, max(0, marker.start - 8), marker.start)) \
        and following is not None and (following.group(1) is None or following.group(1).isupper())


def _in_a_count_s_place(text: str, marker: markers.Marker) -> bool:
    """The number stands where a count or an amount does, no marker: after a colon ("Afmeldingen: 1.")
    or a currency sign ("€ 2."), beside another number ("2:2"), or glued to a capital or a figure
    ("CO2")."""
    before = text[:marker.start].rstrip(" \t")[-1:]
    glued = text[marker.start - 1:marker.start]
    return before == ":" or (before != "" and unicodedata.category(before) == "Sc") \
        or bool(NUMBER_BEFORE.search(text, max(0, marker.start - 8), marker.start)) \
        or bool(NUMBER_AFTER.match(text, marker.end)) or glued.isupper() or glued.isdigit()


def _sure_text(texts, label: Label, indexes: list[int], end: int, page: _Pages) -> bool:
    """The note's text is all its own: a blank line (or the page's end) under it, and for a lone
    label one paragraph, going on over a blank line only in lower case (a lone label over two
    paragraphs may stand over one of the body, read before its note)."""
    bounded = end == page.bounds(page.of(label.index))[1] or not texts[end]
    return bounded and not (label.lone and any(after - before > 1 and not texts[after][:1].islower()
                                               for before, after in zip(indexes, indexes[1:])))


# Notes set right after the passage that cites them, each opening with its number and a colon
# ("3: Voor de termen ..."): the notes of a web page printed to PDF (ReSpec and other W3C-style
# pages), at no page foot.  Evidence, all required: no notes were found at page feet (a document
# numbers its notes one way); at least COLON_MIN such labels, numbered 1, 2, 3 ... in reading
# order; and each label's marker in the text since the previous note's marker (all but one in
# MARKER_SLACK: a marker set apart by a space may not be read as one).  A note runs from
# its label to the first line that ends a sentence, across a blank line only where the text goes
# on in lower case (the page's layout broke the note there), and never into the next label.
COLON_LABEL = re.compile(r"\n([1-9]\d?): (?=[^\W\d_]|[“‘\"'(]|https?:|www\.)")
COLON_MIN = 3


def colon_groups(lines: Lines) -> list[Group]:
    """The notes labelled "n: text" after the passages citing them, one group each; [] unless
    every label is numbered in turn from 1 and has its marker."""
    texts = list(map(_TEXT, lines))
    joined = "\n".join(texts)
    matches = list(COLON_LABEL.finditer("\n" + joined))
    numbers = [int(match.group(1)) for match in matches]
    if len(numbers) < COLON_MIN or numbers != list(range(1, len(numbers) + 1)):
        return []
    indexes = line_indexes(joined, [match.start() for match in matches])
    numbering = _Numbering(joined)
    groups: list[Group] = []
    since = unmarked = 0
    for at, (index, number) in enumerate(zip(indexes, numbers)):
        following = indexes[at + 1] if at + 1 < len(indexes) else len(texts)
        own = _colon_note_lines(texts, index, following)
        marked = _all_marked(texts[since:index], [number], numbering, lone=False)
        if marked is None:
            unmarked += 1
        else:
            since += marked.last
        note = FoundNote(number, number, tuple(own), len(str(number)) + 2)
        groups.append(Group((note,), (Label(index, number, False),), index, own[-1] + 1, (), since, inline=True))
    return groups if unmarked <= len(numbers) // MARKER_SLACK else []


def _colon_note_lines(texts: list[str], index: int, following: int) -> list[int]:
    """The lines of the note labelled at `index`: on to the line that ends a sentence, over a
    blank line only where the next line opens in lower case, short of `following` (the next label)."""
    own = [index]
    at = index
    while not ends_sentence(texts[at]) and len(own) < MAX_NOTE_LINES:
        after = at + 1
        while after < following and not texts[after]:
            after += 1
        if after >= following or (after > at + 1 and not texts[after][:1].islower()):
            break
        own.append(after)
        at = after
    return own


def _continued(texts, groups: list[Group], page: _Pages, candidates: list[Label]) -> list[Group]:
    """The groups, a note that breaks off at one page's foot (not after a web address, a note's
    usual last words) given its rest from the next page's foot: there, under the body text and a
    blank line, lines that open in lower case (or finish a word the note broke off with a hyphen)
    and run to the page end or to that page's notes; not lines opening with a list item's letter
    ("d. Verbod op ...": the body's lettered paragraph over that page's notes)."""
    labels = {label.index for label in candidates}
    out = list(groups)
    for at, group in enumerate(groups):
        if group.heading:
            continue
        last = max(group.notes, key=lambda note: note.lines[-1])
        closing = texts[last.lines[-1]]
        if (ends_sentence(closing) or markers.ends_in_web_address(closing)) and not closing.endswith("-"):
            continue
        number = page.of(group.top) + 1
        if number >= len(page.starts):
            continue
        start, end = page.bounds(number)
        following = next((other for other in groups[at + 1:] if start <= other.top < end), None)
        rest = _foot_run(texts, start, following.top if following else end, labels)
        if rest and (texts[rest[0]][:1].islower() or texts[last.lines[-1]].endswith("-")) \
                and not ORDERED_ITEM.match(texts[rest[0]]):
            extended = replace(last, lines=last.lines + tuple(rest))
            out[at] = replace(group, notes=tuple(extended if note is last else note for note in group.notes))
    return out


def _foot_run(texts, start: int, end: int, labels: set[int]) -> list[int]:
    """The text lines just above `end` on a page, up to a blank line with body text above it:
    at most MAX_NOTE_LINES of them and no label among them ([] if there are none such)."""
    index = end
    while index > start and not texts[index - 1]:
        index -= 1
    run: list[int] = []
    while index > start and texts[index - 1] and len(run) <= MAX_NOTE_LINES:
        index -= 1
        run.append(index)
    if not run or len(run) > MAX_NOTE_LINES or index == start or any(line in labels for line in run):
        return []
    return run[::-1] if any(texts[start:index]) else []


def _end_notes(candidates: list[Label], headings: set[int]) -> frozenset[int]:
    """The labels of the end-notes section (the document's one notes heading, entries opening
    with their numbers 1, 2, 3 ... under it): a lone number at a page foot with one of these
    numbers is a folio, as the markers are those of the section's notes."""
    if len(headings) != 1:
        return frozenset()
    (heading,) = headings
    numbers: list[int] = []
    for label in candidates:
        if label.index > heading and not label.lone:
            if label.number != len(numbers) + 1:
                break
            numbers.append(label.number)
    return frozenset(numbers)


class _Pages:
    """Page starts (line indexes), what page a line is on, and the lines' source line numbers."""

    def __init__(self, starts: list[int], count: int, numbers: list[int] | None = None):
        self.starts, self.count = starts, count
        self.numbers = numbers or list(range(1, count + 1))

    def furniture_below(self, index: int) -> bool:
        """Lines under the line at index on its page were taken out before (a running foot, the
        folio): their source line numbers are missing.  The line did not close its page in the
        source, and the page-number pass, which judged it there, left it: it is no folio."""
        end = self.bounds(self.of(index))[1]
        numbers = self.numbers[index:end + 1]
        return any(after - before > 1 for before, after in zip(numbers, numbers[1:]))

    def of(self, index: int) -> int:
        return bisect.bisect_right(self.starts, index) - 1

    def bounds(self, number: int) -> tuple[int, int]:
        return self.starts[number], self.starts[number + 1] if number + 1 < len(self.starts) else self.count


def _candidates(joined: str, texts: list[str]) -> list[Label]:
    """The lines that may be a note's label, read as LABEL finds them after a newline (a match at
    position p of "\n" + joined opens the line that starts at p in joined), and the labels before
    a section's number of two levels that the document prints as a heading (GLUED_TWO_LEVELS)."""
    matches = list(LABEL.finditer("\n" + joined))
    indexes = line_indexes(joined, [match.start() for match in matches])
    labels = [Label(index, _label_number(match), len(texts[index]) == len(match.group(0)) - 1,
                    match.group(2) is not None, match.group(3) is not None)
              for index, match in zip(indexes, matches)]
    sections = list(GLUED_TWO_LEVELS.finditer("\n" + joined))
    if sections:                        # (rare: the headings are looked for only then)
        headed = set(HEADED_NUMBER.findall(joined))
        sections = [match for match in sections if match.group(2) in headed]
    indexes = line_indexes(joined, [match.start() for match in sections])
    labels += [Label(index, int(match.group(1)), False, section=True) for index, match in zip(indexes, sections)]
    return sorted(labels)


def _label_number(match: re.Match) -> int:
    """A label's number: its figures, or its count of asterisks ("**" is 2)."""
    if match.group(3):
        return match.group(3).count("*")
    return int((match.group(1) or match.group(2) or match.group(4).replace(" ", "")).translate(markers.SUPERSCRIPTS))


@cache
def notes_heading(language: Language) -> tuple[re.Pattern, re.Pattern]:
    """The language's notes heading alone on its line ("Noten", "Notes", "Anmerkungen"), and the
    gate finding such lines (signs around the word allowed) by their newline."""
    words = vocabulary(language, "notes.headings")
    return (re.compile(rf"^(?:{words})$", re.IGNORECASE),
            re.compile(rf"\n[^\w\n]*(?:{words})[^\w\n]*(?=\n)", re.IGNORECASE))


def _heading_indexes(joined: str, texts: list[str], language: Language) -> set[int]:
    heading, gate = notes_heading(language)
    matches = list(gate.finditer("\n" + joined + "\n"))
    indexes = line_indexes(joined, [match.start() for match in matches])
    return {index for index in indexes if heading.match(texts[index].strip(" :."))}


def _clusters(candidates: list[Label], texts: list[str], page: _Pages) -> list[list[Label]]:
    """Candidates on one page with at most MAX_NOTE_LINES text lines between neighbours."""
    clusters: list[list[Label]] = [[candidates[0]]]
    for before, label in zip(candidates, candidates[1:]):
        between = texts[before.index + 1:label.index] if label.index - before.index <= 3 * MAX_NOTE_LINES else None
        if between is not None and sum(map(bool, between)) <= MAX_NOTE_LINES \
                and page.of(before.index) == page.of(label.index):
            clusters[-1].append(label)
        else:
            clusters.append([label])
    return clusters


# A line that is a list item opened by a bullet sign ("◦ Anna, Ben", "• Punt").
BULLET_ITEM = re.compile(rf"{BULLET_MARK}(?:[ \t]|$)")
# A bullet sign alone on its line: the text layer set it apart from its item's words.
LONE_BULLET = re.compile(rf"{BULLET_MARK}\s*$")


def _in_a_column(texts: list[str], cluster: list[Label], at: int, groups: list[Group]) -> bool:
    """The label at `at` opens its line as the text line above it does (a bullet item between
    them aside), and that line is no note: a column of numbered lines ("6 Stimmen: a) Ja",
    "4 Stimmen: b) Nein", "1 Stimme: c) ..."), a tally or a table, not the first of a page's
    notes (their text stands over them)."""
    if not at:
        return False
    above, label = cluster[at - 1], cluster[at]
    index = label.index - 1
    while index > above.index and BULLET_ITEM.match(texts[index]):
        index -= 1
    return index == above.index and not above.lone and not label.lone \
        and not (groups and above in groups[-1].labels)


def _first_group(texts, cluster, at, page, headings, numbering):
    """The longest run of the cluster's labels from `at` on that makes a group, and where the
    run ends; None if none does.  A run whose notes would take in the next note's label ("4 Zie
    ...", or "4" on its own line) is cut short of its notes: no group."""
    for end in range(min(len(cluster), at + MAX_GROUP_LABELS), at, -1):
        labels = _without_note_lines(cluster[at:end])
        group = _group(texts, labels, page, headings, numbering)
        if group is not None and not _takes_in_a_label(group, cluster[at:end] + cluster[end:]):
            return group, end
    return None


def _without_note_lines(run: list[Label]) -> tuple[Label, ...]:
    """The run's labels, less the lines of a note that open with a number ("21 november 2019,
    nr. ...") and so look like a glued label: a number with text after it, below the run's
    first label, that continues no other label of the run (no neighbour number), or that stands
    right under a lone label with a higher number ("11" over "10 miljoen euro ..."): labels
    under one another count up, so the line is the first of that label's note."""
    numbers = {label.number for label in run}
    return tuple(label for at, label in enumerate(run)
                 if label.lone or not at or (not _opens_note_of(run[at - 1], label)
                                             and (label.number - 1 in numbers or label.number + 1 in numbers)))


def _opens_note_of(above: Label, label: Label) -> bool:
    """The glued label's line is the first of the note of the lone label right above it."""
    return above.lone and above.index == label.index - 1 and above.number > label.number


def _takes_in_a_label(group: Group, candidates: list[Label]) -> bool:
    """The group's notes would hold the next note's label (its note then lost in another's), or a
    second line opening with as many asterisks as one of its labels: two notes are not labelled
    alike, those are a list's bullets ("* Soup of the day." / "* Roast chicken.")."""
    following = max(label.number for label in group.labels) + 1
    starred = {label.number for label in group.labels if label.starred}
    return any((label.number == following or (label.starred and label.number in starred and label not in group.labels))
               and group.top <= label.index < group.end for label in candidates)


def _group(texts, labels: tuple[Label, ...], page: _Pages, headings: set[int],
           numbering: _Numbering) -> Group | None:
    numbers = sorted(label.number for label in labels)
    first = numbers[0]
    if numbers != list(range(first, first + len(numbers))):
        return None
    filling = first > 1 and all(number in numbering.skipped for number in numbers)
    if not (first == 1 or 1 < numbering.next_label <= first or filling):
        return None
    page_start, page_end = page.bounds(page.of(labels[0].index))
    over_furniture = frozenset(label.index for label in labels if label.lone and page.furniture_below(label.index))
    layout = _layout(texts, labels, page_start, page_end, over_furniture,
                     _note_under_the_folio(texts, labels[-1], page) if labels[-1].index in over_furniture else [])
    if layout is None:
        return None
    pieces, top, end = layout
    if filling and not _glued_notes_open_as_notes(texts, labels):
        return None                     # "3 scholen uit de wijk helpen mee": a count, the page's text
    if first > numbering.next_label and all(label.index != top for label in labels) \
            and _skipped_label_over(texts, top, page_start, numbering.next_label, first):
        return None
    if any(label.lone and (_amid_figures(texts, label.index, labels) or _a_folio(texts, label, page))
           for label in labels):
        return None
    heading = _heading_over(texts, top, page_start, headings)
    at_column_foot = False
    if heading is None and not _at_page_foot(texts, top, end, page) \
            and not _cutting_a_sentence(texts, top, end, page_start, page_end):
        at_column_foot = _at_column_foot(texts, labels, top, end, page_end)
        if not at_column_foot:
            return None
    if heading and len(headings) == 1 and not any(label.lone for label in labels):
        return None                     # the end-notes section: structure reads it
    if not heading and any(label.number in numbering.reserved for label in labels):
        return None                     # the markers are those of the end-notes section
    # Bracketed labels and markers are sure of each other: the markers of a list of references
    # ("[1] ...") may stand anywhere since the notes before, as those of a notes box.
    # Where the labels go on right after the last group's, the markers go on after its markers:
    # a note whose marker closes a page may be set at the next page's foot, under the page's own
    # notes ("economy17." over "16 Ibid" at one page's foot, "17 DTIC" at the next page's).
    restart = first <= numbering.last_label
    since = numbering.marked if numbering.last_label and first == numbering.last_label + 1 else numbering.window
    sure = heading or all(label.bracketed for label in labels)
    window = since if sure else max(since, page.bounds(max(page.of(page_start) - 1, 0))[0])
    marked = _all_marked(texts[window:top], sorted(label.number for label in labels), numbering,
                         _between_words_counts(texts, labels, first, numbering),
                         sure_only=at_column_foot or first > numbering.next_label or filling,
                         starred=all(label.starred for label in labels))
    if marked is None:
        return None
    offset = numbering.last_number - first + 1 if restart else numbering.offset
    notes = tuple(FoundNote(label.number, numbering.skipped[label.number] if filling else label.number + offset,
                            tuple(indexes), 0 if label.lone else _label_width(texts[label.index]))
                  for label, indexes in pieces)
    return Group(notes, labels, top, end, tuple(heading or ()), window + marked.last, column=at_column_foot,
                 markers_alone=tuple(window + line for line in marked.alone), filling=filling)


def _skipped_label_over(texts, top, page_start, skipped_from: int, first: int) -> bool:
    """The nearest text line over a group numbered ahead, that opens with text over its labels, is
    a lone number it skips: that note is not lost, only its marker unsure ("ISO 86013"), and the
    text the group takes may be its note's ("3" / "http://...iso8601.htm" / "OGC Catalog ..." /
    "4" set after its text).  In doubt, no group."""
    above = next((index for index in range(top - 1, page_start - 1, -1) if texts[index].strip()), None)
    text = texts[above].strip() if above is not None else ""
    return text.isdigit() and skipped_from <= int(text) < first


def _amid_figures(texts, index: int, labels: tuple[Label, ...]) -> bool:
    """The lone label at index stands between two figures alone on their lines, the nearest text
    lines above and below it that are no labels of its group ("4" / "1" / "2011 2012 ..."): a
    cell of a chart's or a table's column of figures, as pdftotext reads them one under another,
    not a note's label."""
    own = {label.index for label in labels}
    above = next((texts[at] for at in range(index - 1, -1, -1) if texts[at] and at not in own), "")
    below = next((texts[at] for at in range(index + 1, len(texts)) if texts[at] and at not in own), "")
    return bool(FIGURE.match(above.strip())) and bool(FIGURE.match(below.strip()))


def _a_folio(texts, label: Label, page: _Pages) -> bool:
    """The lone label closes its page, which opens with the same number alone, and the page before
    or after closes with the number before or after it: the page's number printed at its head and
    foot, counting the pages (page 1's "1" over page 2's "2"), as the page-number pass asks this
    pass before it takes them.  (A note's label set after its note may close one page after
    another, "4" and "5", but no page opens with it.)"""
    at = page.of(label.index)
    first, last = _edge_texts(texts, page, at)
    if last != label.index or first == last or texts[first].strip() != texts[last].strip():
        return False
    return any(0 <= other < len(page.starts) and (edge := _edge_texts(texts, page, other)[1]) is not None
               and texts[edge].strip() == str(label.number + other - at) for other in (at - 1, at + 1))


def _edge_texts(texts, page: _Pages, number: int) -> tuple[int | None, int | None]:
    """The indexes of the first and the last text line of the page numbered `number` (from 0)."""
    start, end = page.bounds(number)
    inside = [index for index in range(start, end) if texts[index].strip()]
    return (inside[0], inside[-1]) if inside else (None, None)


def _between_words_counts(texts, labels: tuple[Label, ...], first: int, numbering: _Numbering) -> bool:
    """A number between two words may be the group's marker ("besluit 1 uitgevaardigd"): for labels
    on lines of their own; for labels opening their note's text, only where each note opens as a
    note does (a capital: "1 KB van 9 december 2019 ...") and the group goes on exactly from the
    notes before (1 for the document's first).  A chart's legend opens with a number too, but
    with a count's noun in lower case ("1 week or less"), and its numbers start again where notes
    stood before it."""
    if all(label.lone for label in labels):
        return True
    return first == numbering.next_label and _glued_notes_open_as_notes(texts, labels)


def _glued_notes_open_as_notes(texts, labels: tuple[Label, ...]) -> bool:
    """Each note whose label opens its line opens as a note does after it (a capital, a web address:
    "3 Notitie van de afdeling"), not in lower case as a count of the page's text ("3 scholen uit de
    wijk helpen mee")."""
    return all(label.lone or label.section or _opens_a_note(texts[label.index][_label_width(texts[label.index]):])
               for label in labels)


def _label_width(text: str) -> int:
    """How many characters of a line opening with its note's label the label takes ("12 ")."""
    opening = NOTE_OPENING.match(text) or BRACKETED_OPENING.match(text) or SUPERSCRIPT_OPENING.match(text)
    return opening.end() if opening else 0        # (LABEL found the line: one of the two matches)


def _advance(numbering: _Numbering, group: Group) -> None:
    """The numbering after the group: on from its labels; a group of skipped labels only takes
    them out of the skipped (the notes around them go on as before)."""
    labels = {note.label for note in group.notes}
    if group.filling:
        numbering.skipped = {label: number for label, number in numbering.skipped.items() if label not in labels}
        return
    if min(labels) <= numbering.last_label:
        numbering.skipped = {}          # numbered again (per chapter): the skipped are no more
    numbering.skipped.update((label, label + numbering.offset) for label in range(numbering.next_label, min(labels)))
    last = max(group.notes, key=lambda note: note.number)
    numbering.offset = last.number - last.label
    numbering.last_label = max(note.label for note in group.notes)
    numbering.next_label = numbering.last_label + 1
    numbering.last_number = last.number
    numbering.window = group.end
    numbering.marked = group.marked


# ----------------------------------------------------------------------------- the notes' lines

def _layout(texts, labels, page_start, page_end, over_furniture: frozenset[int] = frozenset(),
            under_the_folio: list[int] | None = None):
    """Each label with the indexes of its note's text lines, in label order, and the region
    [top, end) the notes occupy; None when the labels and texts do not pair up.  The texts
    stand in the order of their numbers, so a detached label's note is where its number puts
    it: above the first label when it precedes every label with text, else inside the text
    under the nearest label below its number, which then holds several notes.  over_furniture:
    lone labels that stood over the page's running foot or folio in the source (no folio
    themselves), so a blank line between such a label and the text above it sets apart no body
    text: the paragraph above is its note; unless the last label's note stands under the folio
    (under_the_folio, see _note_under_the_folio)."""
    after = [_text_after(texts, labels, at, page_start, page_end) for at in range(len(labels))]
    if under_the_folio and not after[-1]:
        after[-1] = under_the_folio
    stack = len(labels) > 1 and _stack_over_its_notes(texts, labels, page_end)
    if stack:
        after[0], after[-1] = after[-1], []     # the texts under a stack: its notes, one after the other
    if _running_foot_after(texts, labels[-1], after[-1]):
        after[-1] = []
    attached: list[tuple[Label, list[int]]] = []
    detached: list[Label] = []
    for label, indexes in zip(labels, after):
        if label.lone and not indexes:
            if not stack and not texts[label.index - 1] and label.index not in over_furniture \
                    and not _set_after_its_note(texts, label.index, page_end):
                return None             # a lone number between blank lines: a folio, not a label
            detached.append(label)
        elif attached and label.number < attached[-1][0].number:
            if not label.lone:
                return None
            detached.append(label)
            if indexes[0] == label.index + 1:
                attached[-1][1].extend(indexes)   # text right under it continues the note above
        else:
            attached.append((label, indexes))
    detached.sort(key=lambda label: label.number)
    leading = [label for label in detached if not attached or label.number < attached[0][0].number]
    top = labels[0].index
    pieces: list[tuple[Label, list[int]]] = []
    if leading:
        above = _pieces_above(texts, top, page_start, len(leading), leading[0].index in over_furniture)
        if above is None:
            return None
        pieces = list(zip(leading, above))
        top = above[0][0]
    for at, (label, indexes) in enumerate(attached):
        below = attached[at + 1][0].number if at + 1 < len(attached) else None
        sharing = [label] + [other for other in detached
                             if label.number < other.number and (below is None or other.number < below)]
        split = _split_notes(texts, indexes, len(sharing))
        if split is None:
            return None
        pieces += zip(sharing, split)
    last = max([labels[-1].index] + [index for _, indexes in pieces for index in indexes])
    if any(not indexes for _, indexes in pieces):
        return None
    return sorted(pieces, key=lambda piece: piece[0].number), top, last + 1


def _note_under_the_folio(texts, label: Label, page: _Pages) -> list[int]:
    """The text of a lone label closing its page over the folio taken out under it, where that
    text stands under the folio: the next page (which the folio's removal started) holds nothing
    but one run of lines opening a note, and the page after it goes on in lower case with the
    sentence the run cut; and the text above the label breaks off mid-sentence, so it is the
    body's, not the label's note.  pdftotext read the label, the folio and the note's text in that
    order ("... bij de verankering van" / "" / "1" / "19" / "Committee on the Elimination ..." / ""
    / "being given to ...").  A note above its label closes a sentence ("Zie het raadsbesluit ...
    van maart 2024." / "" / "1" / "" / "12"), and what the next page holds then is the body's or
    a caption; a note's text ends its sentence, or is a few lines naming a work ("Committee on the
    Elimination of All Forms of" / "Discrimination against Women"), where a page of the body under
    the folio runs longer and breaks off mid-sentence as well ("... extra bankjes die"); a title
    page's text ("Bijlage 1" / "Begroting") is followed by a page opening as a chapter does.  []
    if there is no such run."""
    at = page.of(label.index)
    if at + 2 >= len(page.starts) or any(texts[label.index + 1:page.bounds(at)[1]]) \
            or not _goes_on(_text_before(texts, label.index, page.bounds(at)[0])):
        return []
    start, end = page.bounds(at + 1)
    run = [index for index in range(start, end) if texts[index]]
    if not run or run[-1] - run[0] + 1 != len(run) or not _opens_a_note(texts[run[0]]) \
            or len(run) > (MAX_NOTE_LINES if ends_sentence(texts[run[-1]]) else FEW_NOTE_LINES):
        return []
    following = next((text for text in texts[end:page.bounds(at + 2)[1]] if text), "")
    return run if following[:1].islower() else []


def _text_after(texts, labels, at, page_start, page_end) -> list[int]:
    """The text lines a label heads: its own line if the text follows it there, and the lines
    down to the next label; for the last label, on to the page end or a blank line after
    which the note does not go on."""
    label = labels[at]
    own = [] if label.lone else [label.index]
    if at + 1 < len(labels):
        return own + [index for index in range(label.index + 1, labels[at + 1].index) if texts[index]]
    found = list(own)
    index = label.index + 1
    stacked = _one_under_another(texts, labels[at - 1:at + 1]) if at else False
    if stacked and _stack_over_its_notes(texts, labels, page_end):
        stacked = False                 # the stack's notes follow it, a blank line between
    while index < page_end and not texts[index] and not found and not stacked:
        index += 1                      # a lone label, a blank line, then its text (not under a label)
    if label.lone and _body_resumes_under(texts, label.index, index, page_end):
        return []                       # set after its note, which stands above it
    in_a_list = _under_a_lone_bullet(texts, labels[0].index)
    if label.lone and not found and index < page_end and (FIGURE.match(texts[index]) or in_a_list) \
            and _note_opens_under(texts, index, page_end):
        index += 1                      # a table's figure or a bullet's item under the label: not the note's
        while not texts[index]:
            index += 1
    elif label.lone and not found and _under_a_figure(texts, label.index, page_start):
        index = _past_a_charts_labels(texts, index, page_end)
    while index < page_end and len(found) <= MAX_NOTE_LINES:
        if in_a_list and found and BULLET_ITEM.match(texts[index]):
            break                       # the list the labels cut going on under its notes: its next item
        if texts[index]:
            found.append(index)
            index += 1
            continue
        following = index
        while following < page_end and not texts[following]:
            following += 1
        if following >= page_end or not _goes_on(texts[found[-1]] if found else "", announcing=not label.lone) \
                or LONE_BULLET.match(texts[following]) or _body_goes_on_below(texts, labels[0].index, found, following):
            break
        index = following
    return found


def _under_a_figure(texts, index, page_start) -> bool:
    """The nearest text line above the line at index on its page is a figure alone (FIGURE: "0%"),
    the last value of a chart's axis or a table's column as pdftotext reads them one under another."""
    return bool(FIGURE.match(_text_before(texts, index, page_start).strip()))


# A chart's category label: a word or two on a line ("nulmeting", "juni", "2e kwartaal").
CHART_LABEL = re.compile(r"^\S+(?: \S+)?$")


def _past_a_charts_labels(texts, index, page_end) -> int:
    """Where the note of a lone label under a chart's axis opens (see _under_a_figure): past the
    chart's category labels pdftotext set between the label and its text ("0%" / "9" / "nulmeting" /
    "juni" / "" / "vervolgmeting" / "september" / "" / "De vragen ..."): lines of a word or two that
    open in lower case or with a figure and close no sentence, two or more (a chart has categories),
    in runs parted by blank lines, no more than a note's lines (MAX_NOTE_LINES), up to a line opening
    a note whose text runs to the page's end, as a note at the foot of the page does.  index itself
    where the lines under the label are no such run: a note of its own words in lower case ("zie het
    jaarverslag over 2021."), or of one word ("idem") over the body going on; or where the text
    found is followed by more on the page: a paragraph of the body under the chart ("Uit de figuur
    blijkt ...") before the note."""
    at, crossed, label_lines = index, False, 0
    while at < page_end and label_lines <= MAX_NOTE_LINES \
            and (not texts[at] or (CHART_LABEL.match(texts[at]) and not _opens_a_note(texts[at])
                                   and not ends_sentence(texts[at]))):
        crossed = crossed or not texts[at]
        label_lines += bool(texts[at])
        at += 1
    found = crossed and 1 < label_lines <= MAX_NOTE_LINES and at < page_end and _opens_a_note(texts[at])
    return at if found and _runs_to_the_page_end(texts, at, page_end) else index


def _runs_to_the_page_end(texts, index, page_end) -> bool:
    """The lines from index on are one run of text, nothing but blank lines after it on the page."""
    ends = next((at for at in range(index, page_end) if not texts[at]), page_end)
    return not any(texts[ends:page_end])


def _under_a_lone_bullet(texts, index) -> bool:
    """The text line over the line at index (two blank lines between at most) is a bullet alone:
    pdftotext set the page's stack of labels between a list's last bullet and its item's words
    ("Main contacts:" / "•" / "22" / "23" / "Manufacturer;" / notes), so the line under the
    stack, a blank line over the notes, is that item's; and a line opening with a bullet under the
    notes is the list's next item ("Begroting 2025, bijlage 3" / "• Secretaris;"), not a note's."""
    above = next((at for at in range(index - 1, max(index - 4, -1), -1) if texts[at]), None)
    return above is not None and LONE_BULLET.match(texts[above]) is not None


# A line opening with a word in lower case ("because they ..."), not a code ("kst-35538-4") or a web address.
LOWER_CASE_WORD = re.compile(r"[^\W\d_A-Z]+(?=[\s,;]|$)")


def _body_resumes_under(texts, index, following, page_end) -> bool:
    """The lone label at index stands right under a web address (a note's usual last words, maybe
    broken over lines) and, a blank line under it, the text at `following` opens with a word in
    lower case: the body's sentence going on (a note opens as a sentence does), so the label closes
    its note, which pdftotext set above it ("Documentation in Dutch provided at" /
    "https://github.com/PDOK/locatieserver/wiki/Z" / "oekvoorbeelden-Locatieserver" / "6" / "" /
    "because they originate ...")."""
    above = texts[max(index - MAX_NOTE_LINES, 0):index]
    return following > index + 1 and following < page_end and bool(above) \
        and (markers.ends_in_web_address(above[-1]) or _closes_a_broken_web_address(above)) \
        and LOWER_CASE_WORD.match(texts[following]) is not None


def _stack_over_its_notes(texts, labels, page_end) -> bool:
    """The labels stand on lines of their own one under the other, right under body text that
    breaks off mid-sentence (pdftotext set a page's labels in a column of their own, between the
    body and the notes' texts): the texts below the stack are its notes, in the labels' order.
    A stack parted by blank lines ("5", "6", "", "7") was set beside notes of several lines, so
    it stands over them even under body text that closes a sentence; labels set after their notes
    (a box's "1", "2" under its last note) stand close together.  A stack set apart by blank
    lines above and below, with text opening a note under it on its page, stands over that text
    too: labels set after their notes have their notes above them and close the page."""
    first = labels[0].index
    if not _one_under_another(texts, labels) or first == 0:
        return False
    if not texts[first - 1]:
        return _note_opens_under(texts, labels[-1].index, page_end)
    parted = labels[-1].index - first >= len(labels)
    return parted or not ends_sentence(texts[first - 1])


def _note_opens_under(texts, index, page_end) -> bool:
    """A blank line under the line at index, and under it on the page a line opening a note."""
    following = index + 1
    while following < page_end and not texts[following]:
        following += 1
    return following > index + 1 and following < page_end and _opens_a_note(texts[following])


def _one_under_another(texts, labels) -> bool:
    """The labels stand on lines of their own, each under the one before, blank lines between
    them aside (pdftotext may part a stack of labels in pairs: "5", "6", "", "7", "8")."""
    return all(label.lone for label in labels) \
        and all(not any(texts[above.index + 1:below.index]) for above, below in zip(labels, labels[1:]))


def _set_after_its_note(texts, index, page_end) -> bool:
    """A lone number closing its page a blank line under text that ends a sentence, where the
    page's body breaks off mid-sentence and the next page goes on with it (opens in lower case or
    a bracket): the lines between are no body text but a note, and the number its label, which
    pdftotext set after it.  A folio under the last line of a page's body has no such lines."""
    if any(texts[index + 1:page_end]) or page_end >= len(texts):
        return False
    top = index
    while top > 0 and not texts[top - 1]:
        top -= 1
    start = top
    while start > max(top - MAX_NOTE_LINES, 0) and texts[start - 1]:
        start -= 1
    run = texts[start:top]
    if not run or not ends_sentence(run[-1]):
        return False
    breaks_off = any(not ends_sentence(before) and _opens_a_note(after) for before, after in zip(run, run[1:]))
    following = next((text for text in texts[page_end:page_end + MAX_NOTE_LINES] if text), "")
    return breaks_off and (following[:1].islower() or following[:1] == "(")


def _running_foot_after(texts, label: Label, indexes: list[int]) -> bool:
    """The one short line a blank line below the last label, closing the page, is a running foot
    (one the furniture passes did not know) when the label stands right under text: a label set
    after its note, not one over its note's text.  A web address alone, a note's usual text, is the
    label's note where the line above the label carries on the body's paragraph ("... or Lyn
    Hejinian." / "5" / "" / "www.nltk.org"): a running foot naming an address recurs, and goes with
    the furniture before the notes are looked for.  Where a note opens on that line, the label
    closes it and the address is the page's foot ("... voor de buurt." / "Zie het verslag ..." /
    "1" / "" / "www.dorpsraad-lindelaan.nl")."""
    return label.lone and len(indexes) == 1 and bool(texts[label.index - 1]) \
        and indexes[0] > label.index + 1 and len(texts[indexes[0]]) <= TRAILING_WIDTH \
        and (not WEB_ADDRESS_ALONE.match(texts[indexes[0]]) or _note_opens_right_above(texts, label.index))


def _note_opens_right_above(texts, index) -> bool:
    """The line right above the line at index opens a note where a paragraph or a sentence ended
    above it (a blank line, or a line closing a sentence): the text of a note set over its label."""
    before = texts[index - 2] if index >= 2 else ""
    return _opens_a_note(texts[index - 1]) and (not before or ends_sentence(before))


def _body_goes_on_below(texts, top, found: list[int], following) -> bool:
    """Text opening in lower case a blank line under the notes (no web address) is the rest of the
    body's sentence, not of the last note, where the body above the notes broke off mid-sentence
    and the note's text ended on its last line: that line stops short of the measure (under half
    the notes' longest line: the text ended there rather than wrapped) or closes a web address the
    text layer broke over lines: the notes close a column amid the page, and the next column goes
    on with the sentence ("Idem, p. 22" / "" / "on, we tried ...")."""
    above = _text_before(texts, top, 0)
    measure = max(len(texts[index]) for index in range(top, found[-1] + 1))
    ended = 2 * len(texts[found[-1]]) < measure or _closes_a_broken_web_address([texts[index] for index in found])
    return bool(above) and not ends_sentence(above) and texts[following][:1].islower() \
        and not _opens_a_note(texts[following]) and ended


def _closes_a_broken_web_address(note: list[str]) -> bool:
    """The note's last lines are a web address the text layer broke over lines: a line ending in
    the address's start, then lines without a space ("https://example.org/vragen/1",
    "5989/gemiddelden-van-klassen-in-een-", "telling-met-meer-klassen-ins")."""
    for at in range(len(note) - 2, -1, -1):
        if " " in note[at + 1]:
            return False
        if markers.ends_in_web_address(note[at]):
            return True
    return False


def _goes_on(last: str, announcing: bool = False) -> bool:
    """A note's text goes on across a blank line where it broke off mid-sentence or mid-word (not
    after a web address, a note's usual last words); and, `announcing`, where its line ends in a
    colon that announces what follows (a quotation, a list): only for a note whose text opens on
    its label's line, as under a lone label the text after a blank line may as well be the body's."""
    if not last or markers.ends_in_web_address(last):
        return False
    return last.endswith("-") or not ends_sentence(last) or (announcing and last.endswith(":"))


def _pieces_above(texts, top, page_start, count, over_furniture: bool = False) -> list[list[int]] | None:
    """The texts of `count` detached labels: the lines above the first label, split into notes.
    Bounded by a blank line or a rule above them, the lines are the notes (see _split_notes).
    Unbounded (body text runs on above them), a note opens where a line opens with a capital,
    the nearest such lines are taken: in doubt, text stays in the body; where the last lines, as
    many as the labels, are web addresses alone, each is a note (a sentence of the body broken
    off above them goes on elsewhere: "This happened" / "https://pypi.org/..." / "https://...")."""
    run: list[int] = []
    index = top - 1
    while index >= page_start and not texts[index]:
        index -= 1
    set_apart = index < top - 1 and not over_furniture  # a label a blank line under its note (_set_after_its_note)
    while index >= page_start and texts[index] and not RULE.match(texts[index]) and not texts[index].isdigit():
        run.append(index)
        index -= 1
    run.reverse()
    if index >= page_start and len(run) <= MAX_NOTE_LINES * count and not set_apart:
        if over_furniture and _body_runs_into_the_notes(texts, run, count):
            run = _under_the_body(texts, run, count)
        return _split_notes(texts, run, count)      # bounded: the lines are the notes
    if len(run) > count and all(WEB_ADDRESS_ALONE.match(texts[index]) for index in run[-count:]):
        return [[index] for index in run[-count:]]  # as many web addresses alone as labels: a note each
    run = run[-MAX_NOTE_LINES * count:]
    starts = [at for at in range(len(run)) if _opens_a_note(texts[run[at]])
              and (not set_apart or (at > 0 and not ends_sentence(texts[run[at - 1]])))
              and not (at > 0 and _address_goes_on_a_sentence(texts[run[at - 1]], texts[run[at]]))][-count:]
    if len(starts) < count:
        return None
    pieces = [run[start:end] for start, end in zip(starts, starts[1:] + [len(run)])]
    return pieces if all(pieces) else None


def _body_runs_into_the_notes(texts, run: list[int], count: int) -> bool:
    """The lines a blank line bounds above `count` labels closing their page (see _under_the_body)
    hold body text that runs on into the notes: more lines than so many short notes, or a first line
    that opens as no note does (a number, "1. Literatuuronderzoek: ..."; a lower-case letter, an info
    box's "i Het opvragen ...").  Over a note's few lines opening as a note does, the blank line
    bounds the notes ("Zie het verslag ... van 2015." / "Het verslag staat op de website ...")."""
    return bool(run) and (len(run) > FEW_NOTE_LINES * count or not _opens_a_note(texts[run[0]]))


def _under_the_body(texts, run: list[int], count: int) -> list[int]:
    """The lines of `count` notes set over their labels at the page's foot, in the paragraph above
    the labels, where body text may run on into the notes with no blank line between (the labels
    close the page, a running foot or folio under them, so no blank line under the notes bounds
    them): the notes open after a line that closes a sentence at its end and before one that opens
    a note, the last `count` such places, as a note wraps at its measure wherever its words fall
    ("... De relatie met de Reggio Emilia" / "Approach wordt toegelicht." / "Een bootcamp in maker
    education ..." / "https://..." / "1"); the whole run where there are fewer.  In doubt, text
    stays in the body.  (A colon closing a line announces what follows: "in: Christian Wolff:" /
    "Gesammelte Werke ...".)"""
    opening = [at for at in _note_openings(texts, run) if _closes_with_a_full_stop(texts[run[at - 1]])]
    return run[opening[-count]:] if len(opening) >= count else run


def _address_goes_on_a_sentence(above: str, line: str) -> bool:
    """The line opens with a web address under a line that ends no sentence and no address of
    its own ("Documentation in Dutch provided at" / "https://github.com/..."): the address is
    that sentence's, not a note's first words."""
    return line.startswith(("http:", "https:", "www.")) and not ends_sentence(above) \
        and not markers.ends_in_web_address(above)


def _split_notes(texts, run: list[int], count: int) -> list[list[int]] | None:
    """The lines of `count` notes, one after the other, split where a line ends a sentence (at a
    full stop rather than a colon, and a short line first) and the next opens a note; failing
    enough of those, where a line stops short of the measure (see _short_line_cuts); failing
    those, where a line opens a note (a capital) when just so many lines after the first do (the
    first line is the first note's whatever it opens with: "zie: ..."); failing those, where
    either a sentence ends or a line stops short, when just so many places do and the parts close
    as such notes do (notes closing with a full stop over notes naming a text without one: "...
    are protected." / "Directive (EU) 2016/1148" / "Directive (EU) 2022/2555"; see
    _parts_close_as_notes); None when there are fewer such places than notes to part."""
    sentence_ends = _note_openings(texts, run)
    cuts = sorted((not markers.ends_in_web_address(texts[run[at - 1]]),
                   not _closes_with_a_full_stop(texts[run[at - 1]]), len(texts[run[at - 1]]), at)
                  for at in sentence_ends)
    if len(cuts) < count - 1:
        short = _short_line_cuts(texts, run)
        openings = [at for at in range(1, len(run)) if _opens_a_note(texts[run[at]])]
        either = sorted(set(sentence_ends) | set(short))
        if len(short) == count - 1:
            starts = [0] + short
        elif len(openings) == count - 1:
            starts = [0] + openings
        elif len(either) == count - 1 and _parts_close_as_notes(texts, run, [0] + either):
            starts = [0] + either
        else:
            return None
    else:
        starts = [0] + sorted(cut[-1] for cut in cuts[:count - 1])
    pieces = [run[start:end] for start, end in zip(starts, starts[1:] + [len(run)])]
    return pieces if all(pieces) else None


def _note_openings(texts, run: list[int]) -> list[int]:
    """Where in the run of lines a note may open: after a line that ends a sentence or a web address
    (a note's usual last words), at a line that opens as a note does."""
    return [at for at in range(1, len(run))
            if (ends_sentence(texts[run[at - 1]]) or markers.ends_in_web_address(texts[run[at - 1]]))
            and _opens_a_note(texts[run[at]])]


def _closes_with_a_full_stop(text: str) -> bool:
    """The line ends with a full stop (or ! or ?), maybe inside a quotation or a bracket, rather than
    a colon or a web address."""
    return text.rstrip(markers.CLOSERS).endswith(tuple(markers.SENTENCE_MARKS))


def _short_line_cuts(texts, run: list[int]) -> list[int]:
    """Where notes without a closing full stop ("Kamerstuk 26 485, nr. 380") part: after a line
    that stops short of the measure (under half the run's longest line, so the text did not wrap
    there) and before one that opens a note."""
    measure = max((len(texts[index]) for index in run), default=0)
    return [at for at in range(1, len(run))
            if 2 * len(texts[run[at - 1]]) < measure and _opens_a_note(texts[run[at]])]


def _parts_close_as_notes(texts, run: list[int], starts: list[int]) -> bool:
    """The run parted at `starts` (where a sentence ends or a line stops short, see _split_notes)
    holds notes of the two kinds that so part: each closes a sentence or a web address on its
    last line, or is a line alone that stops short of the measure (a text named: "Directive (EU)
    2016/1148"); and no line inside a note stops short, as the text ended there.  A sentence's
    end closing a line inside a note ("... It is updated often." / "Last updated in May 2024") and
    a note's short line with the body's sentence going on under it ("Wet van 12 maart 2020" /
    "voor het afgelopen jaar.") make the places just as many as needed and the notes wrong: the
    lines are then not so parted."""
    measure = max(len(texts[index]) for index in run)
    for start, end in zip(starts, starts[1:] + [len(run)]):
        lines = [texts[index] for index in run[start:end]]
        if any(2 * len(line) < measure for line in lines[:-1]):
            return False
        closed = ends_sentence(lines[-1]) or markers.ends_in_web_address(lines[-1])
        if not closed and (len(lines) > 1 or 2 * len(lines[-1]) >= measure):
            return False
    return True


def _opens_a_note(text: str) -> bool:
    """A note's text may open on this line: a capital (after a quote or bracket), a web address,
    or a section of the document named by its number and title (a note referring the reader to it:
    "6.1.1Cybersecurity requirements ...", "6.3 | Model declarations ..."); not a figure, as a
    note's later line may open with a year or a page number."""
    return text.lstrip(OPENING_MARKS)[:1].isupper() or text.startswith(("http:", "https:", "www.")) \
        or SECTION_REFERENCE.match(text) is not None


def _note_text(lines: Lines, note: FoundNote, counts: Counter, language: Language | None) -> tuple[str, Changes]:
    """A note's lines as one text, its label taken off; a hyphen at a line end is decided as in
    the body text, on the document's spellings (hyphens.resolve, its decisions reported)."""
    own = [lines[index] for index in note.lines]
    own[0] = own[0]._replace(text=own[0].text[note.skip:])
    resolved, changes = hyphens.resolve(tuple(line._replace(page_start=False, glue=" ") for line in own), counts,
                                        language)
    return "".join(line.text + line.glue for line in resolved).strip(), changes


# ----------------------------------------------------------------------------- the evidence

def _heading_over(texts, top, page_start, headings) -> list[int] | None:
    """The notes heading right above the notes (blank lines and rules between), with the rules;
    None if there is none."""
    taken, index = [], top - 1
    while index >= page_start and (not texts[index] or RULE.match(texts[index])):
        if texts[index]:
            taken.append(index)
        index -= 1
    if index >= 0 and index in headings:
        return [index] + taken
    return None


def _at_page_foot(texts, top, end, page: _Pages) -> bool:
    """Body text above the notes on their page, and after them at most MAX_TRAILING short lines
    or lines of the page's furniture (see _page_furniture)."""
    page_start, page_end = page.bounds(page.of(top))
    if not any(texts[page_start:top]):
        return False
    trailing = [index for index in range(end, page_end) if texts[index]]
    return len(trailing) <= MAX_TRAILING \
        and all(len(texts[index]) <= TRAILING_WIDTH or _page_furniture(texts, index, page) for index in trailing)


def _page_furniture(texts, index, page: _Pages) -> bool:
    """The line at index, under a page's notes, is the page's furniture the furniture passes did not
    know: a drawn rule (one sign repeated: "//////", "______") over the running foot, or a running
    foot that the facing pages mirror ("1.03.19 / Interfederale samenwerking" on the left-hand
    pages, "Interfederale samenwerking / 1.03.19" on the right-hand ones): its words are those of
    a line closing another page, under that page's text."""
    if DRAWN_RULE.match(texts[index]):
        return True
    words = sorted(texts[index].split())
    here = page.of(index)
    return any(sorted(texts[other].split()) == words
               for number in range(len(page.starts)) if number != here
               for other in _closing_lines(texts, page, number))


def _closing_lines(texts, page: _Pages, number: int) -> list[int]:
    """The last MAX_TRAILING lines with text on the page numbered number."""
    start, end = page.bounds(number)
    return [index for index in range(end - 1, start - 1, -1) if texts[index]][:MAX_TRAILING]


def _cutting_a_sentence(texts, top, end, page_start, page_end) -> bool:
    """The notes stand between the two halves of a sentence that goes on below them on their
    page (pdftotext set the page's notes before the rest of its text): the text above breaks
    off mid-sentence, a blank line follows the notes, and the text after it opens in lower case
    (past bullet signs set apart from their items: the sentence goes on in a list item)."""
    above = _text_before(texts, top, page_start)
    below = next((text for text in texts[end:page_end] if text and not LONE_BULLET.match(text)), "")
    return bool(above) and not ends_sentence(above) and end < page_end and not texts[end] \
        and below[:1].islower()


def _at_column_foot(texts, labels: tuple[Label, ...], top, end, page_end) -> bool:
    """The notes close a column in the middle of their page (pdftotext reads a page's columns one
    after the other): two notes or more, or one whose label the text layer set apart on a line of
    its own a blank line over its text (a superscript label on the note's first line), set apart
    by blank lines from a paragraph that ends a sentence above them and from one that opens below
    them on the page, and inside the run a blank line only where a note goes on in lower case (or
    under such a label).  Numbered paragraphs or sections ("1 Inleiding" over its text, "1" /
    "INTRODUCTION" / its text) have their blank lines before capitals; their markers, which the
    caller requires glued to words, are rarer still."""
    set_over = labels[0].lone and not texts[labels[0].index + 1]
    if not (len(labels) > 1 or set_over) or top < 1 or texts[top - 1] or end >= page_end or texts[end]:
        return False
    above = _text_before(texts, top, 0)
    below = next((text for text in texts[end:page_end] if text), "")
    label_gap = labels[0].index + 1 if set_over else None
    inside_breaks = all(texts[index + 1][:1].islower() for index in range(top, end - 1)
                        if not texts[index] and index != label_gap)
    return bool(above) and ends_sentence(above) and _opens_a_note(below) and inside_breaks


def _text_before(texts, index, start) -> str:
    """The nearest text line above texts[index], from start on ("" if none)."""
    while index > start and not texts[index - 1]:
        index -= 1
    return texts[index - 1] if index > start else ""


class Marked(NamedTuple):
    """Where a group's markers stand in the text searched (lines counted in it)."""

    last: int                   # the line of the last marker
    alone: tuple[int, ...]      # the lines holding nothing but a marker (see _markers_set_alone)


def _all_marked(texts: list[str], numbers: list[int], numbering: _Numbering, lone: bool,
                sure_only: bool = False, starred: bool = False) -> Marked | None:
    """The numbers have their note markers in the text: in order, or out of order where it is the
    one sure marker (glued to a word) of its number (pdftotext may read a column or a pull quote
    out of order).  All of them; in a group of MARKER_SLACK labels or more, all but one in that
    many (a marker lost in extraction does not lose its neighbours' notes).  A number between two
    words counts only where `lone` (see _between_words_counts).  Where the markers stand if so,
    else None.  sure_only: every number has a sure marker (glued to a word or in superscript), in
    order, none missing.  starred: the labels are asterisks, which only asterisks mark (a "1" in
    the text is no marker of "*"), as asterisks mark no number ("0,1 procent***", a significance
    level, is no marker of a label "3")."""
    joined = "\n".join(texts)
    found = markers.markers(joined, numbering.codes, between_words=lone, words=numbering.words)
    if sure_only:
        found = [marker for marker in found if marker.rank == 3]
    found = [marker for marker in found if (joined[marker.start] == "*") == starred]
    marked = markers.surest_chain(found, numbers)
    if len(marked) < len(numbers) - (0 if sure_only else len(numbers) // MARKER_SLACK):
        return None
    lines = [joined.count("\n", 0, marker.start) for _, marker in marked]
    return Marked(max(lines, default=0), tuple(line for line, (_, marker) in zip(lines, marked)
                                               if texts[line] == joined[marker.start:marker.end]))


# ----------------------------------------------------------------------------- the report

def _group_changes(lines: Lines, group: Group, counts: Counter, language: Language | None) -> list[Change]:
    changes = [Change("notes-heading", lines[index].number, lines[index].text, "",
                      "the heading over a block of notes: the notes move to the edition's notes")
               for index in group.heading]
    for note in group.notes:
        line = lines[note.lines[0]].number
        text, decided = _note_text(lines, note, counts, language)
        changes += decided
        changes.append(Change("footnote", line, f"{note.number} {text}", "",
                              _where(group)))
        printed = lines[note.lines[0]].text[:note.skip].strip()
        if " " in printed:
            changes.append(Change("note-number", line, printed, str(note.number),
                                  "a label letter-spaced by the text layer: read as one number"))
        elif "*" in printed:
            changes.append(Change("note-number", line, printed, str(note.number),
                                  "a note labelled by asterisks: the edition numbers it"))
        elif note.number != note.label:
            changes.append(Change("note-number", line, str(note.label), str(note.number),
                                  "the notes are numbered again (per page or chapter): "
                                  "the edition numbers them through"))
    return changes


def _where(group: Group) -> str:
    if group.heading:
        return "a note under a notes heading: moved to the notes"
    if group.inline:
        return "a note set after the passage citing it: moved to the notes"
    if group.column:
        return "a note at the foot of a column: moved to the notes"
    return "a note at the foot of a page: moved to the notes"


def _next_text(lines: Lines, index: int) -> int | None:
    while index < len(lines) and lines[index].blank:
        index += 1
    return index if index < len(lines) else None
