"""Footnotes printed at the foot of a page ("1 Raadsbesluit van 12 december 2019, ...") are taken
out of the text flow, so the paragraph the page break cut is whole again; their text becomes the
document's notes.

Evidence, all required: the lines stand at the foot of a page (the next text line starts a new
page, or the text ends), apart from the text above (a blank line before them), each note opens
with its number, the numbers run on (3, 4, 5), and each number is glued to a word or sign in the
text above on that page ("werking.1", "69%.6"), which is where a note reference stands.

Each note is one change in the report ("footnote", its first line, "1 Raadsbesluit ...", ""), and
the notes are read back from those changes (`notes_in`): the report is their one record.
"""
from __future__ import annotations

import re
from publish.clean.lines import Changes, Lines
from publish.report import Change

NOTE_OPENING = re.compile(r"^(\d{1,3})\s+(?=\S)")
NOTES_HEADING = re.compile(r"^(?:noten|noot|voetnoten|eindnoten|aantekeningen)$", re.IGNORECASE)
MAX_NOTE_LINES = 12          # a page foot holds a few notes of a few lines each


def extract(lines: Lines) -> tuple[Lines, Changes]:
    notes: list[tuple[int, str, int]] = []
    taken: set[int] = set()
    for page_start, foot_end in _pages(lines):
        found, indexes = _foot_notes(lines, page_start, foot_end)
        notes.extend(found)
        taken.update(indexes)
    numbers = [number for number, _, _ in notes]
    if not notes or numbers != sorted(set(numbers)):
        return lines, ()          # none, or numbered again per chapter: the notes would collide
    changes = tuple(Change("footnote", line, f"{number} {text}", "", "a note at the foot of a page: moved to the notes")
                    for number, text, line in notes)
    return tuple(line for index, line in enumerate(lines) if index not in taken), changes


def notes_in(changes: Changes) -> tuple[tuple[int, str], ...]:
    """(number, text) of each footnote the pass took out, in order."""
    found = []
    for change in changes:
        if change.kind == "footnote":
            number, _, text = change.before.partition(" ")      # written as f"{number} {text}" by extract
            found.append((int(number), text))
    return tuple(found)


def _pages(lines: Lines) -> list[tuple[int, int]]:
    """(first index, index after the last text line) of each page."""
    starts = [0] + [index for index, line in enumerate(lines) if line.page_start and index]
    pages = []
    for start, following in zip(starts, starts[1:] + [len(lines)]):
        end = following
        while end > start and lines[end - 1].blank:
            end -= 1
        pages.append((start, end))
    return pages


def _foot_notes(lines: Lines, start: int, end: int) -> tuple[list[tuple[int, str, int]], list[int]]:
    """The notes at the foot of the page lines[start:end], and the indexes of their lines."""
    top = end
    while top > start and not lines[top - 1].blank and end - top < MAX_NOTE_LINES:
        top -= 1
    if top == start or not lines[top - 1].blank or not NOTE_OPENING.match(lines[top].text):
        return [], []                          # no blank line above: the foot is running text
    if NOTES_HEADING.match(_text_above(lines, top - 1, start)):
        return [], []                          # a notes section under its heading: structure's part
    notes = _split_notes(lines, top, end)
    numbers = [number for number, _, _ in notes]
    if numbers != list(range(numbers[0], numbers[0] + len(numbers))):
        return [], []
    page_text = " ".join(line.text for line in lines[start:top])
    if not all(_referenced(page_text, number) for number in numbers):
        return [], []
    return notes, list(range(top, end))


def _text_above(lines: Lines, index: int, start: int) -> str:
    """The nearest text line above lines[index] on the page ("" if none)."""
    while index >= start and lines[index].blank:
        index -= 1
    return lines[index].text.strip() if index >= start else ""


def _split_notes(lines: Lines, top: int, end: int) -> list[tuple[int, str, int]]:
    """Each line opening with a number opens a note; the lines under it continue it."""
    notes: list[tuple[int, list[str], int]] = []
    for line in lines[top:end]:
        match = NOTE_OPENING.match(line.text)
        if match or not notes:
            notes.append((int(match.group(1)) if match else -1, [line.text[match.end():] if match else line.text],
                          line.number))
        else:
            notes[-1][1].append(line.text)
    return [(number, _joined(pieces), line) for number, pieces, line in notes]


def _joined(pieces: list[str]) -> str:
    """A note's lines as one text; a hyphen left at a line end joins the word."""
    text = ""
    for piece in pieces:
        text = text[:-1] + piece if text.endswith("-") and piece[:1].islower() else (text + " " + piece).strip()
    return text


def _referenced(text: str, number: int) -> bool:
    """The number stands glued to a letter or a sign in the text, as a note reference does."""
    return re.search(rf"(?:(?<=[^\W\d_])|(?<=[%.,;:!?’”)])){number}(?!\d)", text) is not None
