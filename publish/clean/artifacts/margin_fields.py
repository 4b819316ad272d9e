"""A letter's margin column (date, reference) printed again beside the text of every page.
"""
from __future__ import annotations

from collections import defaultdict

from publish import letterhead
from publish.clean.lines import Changes, Lines, first_page_end
from publish.languages import Language
from publish.report import Change
from publish.clean.artifacts.edits import drop_lines
from publish.clean.artifacts.pages import page_spans
from publish.clean.artifacts.patterns import RUNNING_HEAD_MIN_PAGES


# A field of a letter's margin column is short: a label, a date, a reference.
MARGIN_FIELD_MAX = 40


def remove_margin_fields(lines: Lines, language: Language | None = None) -> tuple[Lines, Changes]:
    """A letter's margin column printed again on every page ("Datum" / "8 december 2025" /
    "Kenmerk" / "2025-0000688710" beside the text), which pdftotext reads line by line in among
    the text's lines, cutting its sentences.  Evidence: a short letterhead line (a label, a date,
    a reference or contact: see letterhead.kind) that stands whole on the first page and again,
    a line of its own, on RUNNING_HEAD_MIN_PAGES later pages or more; a label ("Datum") only
    with a value repeated so too; and the lines stacked on those fields on every later page (see
    _stacked_on_fields).  Its copies on the later pages go; the first page's are the letter's own
    date and reference."""
    pages = page_spans(lines)
    if len(pages) <= RUNNING_HEAD_MIN_PAGES:
        return lines, ()
    places: dict[str, list[int]] = defaultdict(list)
    for page, (first, end) in enumerate(pages):
        for index in range(first, end):
            text = lines[index].text.strip()
            if text and len(text) <= MARGIN_FIELD_MAX:
                places[text].append(page)
    fields = {text for text, on in places.items()
              if on[0] == 0 and len(set(on) - {0}) >= RUNNING_HEAD_MIN_PAGES and letterhead.kind(text, language)}
    if all(letterhead.patterns(language).label.fullmatch(text) for text in fields):
        return lines, ()            # labels alone, their values not repeated: no column of fields
    fields |= _stacked_on_fields(lines, pages, fields, places)
    drop = {index: ("running-head", "a field of the letter's margin column, repeated on each page "
                                    f"({len(set(places[lines[index].text.strip()])) - 1} pages after the first)")
            for first, end in pages[1:] for index in range(first, end) if lines[index].text.strip() in fields}
    lines, changes = drop_lines(lines, drop, drop.keys())
    lines, glued = _cut_glued_references(lines, {text for text in fields if _reference(text)})
    return lines, changes + glued


def _stacked_on_fields(lines: Lines, pages: list[tuple[int, int]], fields: set[str],
                       places: dict[str, list[int]]) -> set[str]:
    """The column's other lines, which no letterhead pattern reads: the sender's department over
    its fields ("Zakelijke belastingen" / "Kantoor Groningen" over "Datum").  Evidence: a short
    line standing on the first page (on one line, or run over two: "Midden- en" / "kleinbedrijf")
    and on RUNNING_HEAD_MIN_PAGES later pages or more, on each of them right over or under a field
    of the column or such a line, no blank line between.  A body line that stands by the column
    on one page stands apart from it on the others, and stays."""
    first, end = pages[0]
    on_first = {lines[index].text.strip() for index in range(first, end)}
    on_first |= {f"{lines[index].text.strip()} {lines[index + 1].text.strip()}" for index in range(first, end - 1)}
    copies: dict[str, list[int]] = defaultdict(list)      # text: its indexes on the later pages
    for start, stop in pages[1:]:
        for index in range(start, stop):
            if lines[index].text.strip() in on_first:
                copies[lines[index].text.strip()].append(index)
    column, found = set(fields), {""}
    while found:
        found = {text for text, indexes in copies.items()
                 if text and text not in column and len(set(places[text]) - {0}) >= RUNNING_HEAD_MIN_PAGES
                 and all(_by_the_column(lines, index, column) for index in indexes)}
        column |= found
    return column - fields


def _by_the_column(lines: Lines, index: int, column: set[str]) -> bool:
    """The line right above or right under lines[index], on its page, is one of the column's."""
    above = index > 0 and not lines[index].page_start and lines[index - 1].text.strip() in column
    return above or (index + 1 < len(lines) and not lines[index + 1].page_start
                     and lines[index + 1].text.strip() in column)


def _reference(text: str) -> bool:
    """A reference number ("2025-0000688710"): one word holding figures, no date."""
    return " " not in text and any(character.isdigit() for character in text)


def _cut_glued_references(lines: Lines, references: set[str]) -> tuple[Lines, Changes]:
    """A margin column's reference number run into a line of the text on a later page, after a
    space at its end ("... ondersteund 2025-0000688710"): only the reference goes."""
    if not references:
        return lines, ()
    cut, changes = list(lines), []
    for index in range(first_page_end(lines), len(lines)):
        text = lines[index].text.rstrip()
        kept, _, last = text.rpartition(" ")
        if kept.strip() and last in references:
            changes.append(Change("running-head", lines[index].number, last, "",
                                  f"the letter's reference from its margin column, run into a line of the text; "
                                  f"'{kept.strip()}' stays"))
            cut[index] = lines[index]._replace(text=kept.rstrip())
    return (tuple(cut), tuple(changes)) if changes else (lines, ())
