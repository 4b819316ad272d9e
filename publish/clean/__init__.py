"""The cleaning stage: OCR-style text lines in, blocks with their source lines out, every change logged.

The pass order is declared once, here.  Line passes see numbered lines; `paragraphs.group` turns
lines into blocks; block passes refine the blocks.  Each pass is pure and returns its changes.
"""
from __future__ import annotations

import gc
from dataclasses import dataclass
from functools import cached_property, partial
from itertools import count, repeat

from publish.clean import (artifacts, contents, footnotes, hyphens, lists, notes, paragraphs, pullquotes, spelling,
                           typography, whitespace)
from publish.clean.lines import Block, Line
from publish.languages import Choice, Language, choose
from publish.report import Change
from publish.source import Source

LINE_PASSES = (
    whitespace.normalise,            # form feeds, leading-space page marker, tabs, no-break spaces
    contents.remove,                 # a printed table of contents ("Inhoud", "Inleiding ..... 3")
    artifacts.remove_section_labels, # a section's label atop the pages of a spread ("06 | 07")
    artifacts.remove_page_numbers,   # "12", "12 13", "Pagina 2 van 15", "2/15"
    artifacts.remove_ligature_letters,  # "ff" / "fi" set apart at a page's foot by the text layer
    artifacts.remove_photo_credits,  # "Fotografie: ..."
    artifacts.remove_stamps,         # "Downloaded from ... on March 12, 2021", a watermark
    artifacts.remove_running_heads,  # the same short line at the same page edge on several pages
    artifacts.remove_margin_fields,  # a letter's date and reference beside the text of every page
    footnotes.extract,               # notes at a page foot, out of the text flow (page edges known now)
    artifacts.remove_rules,          # "__________": a rule drawn as a line (after the notes it may set off)
    lists.stray_bullets,             # a page's first bullet set above the previous item's continuation
    hyphens.join_drop_caps,          # "H" / "et afgelopen jaar": a drop cap and the rest of its word
    hyphens.join_letterspaced,       # "M A A R T": capitals set apart, one word
    hyphens.join_small_capitals,     # "M EDEDELINGEN": a word in small capitals, its first letter apart
    hyphens.resolve,                 # line-end hyphens: join, keep or suspended
)
GROUP = paragraphs.group             # lines -> blocks (reflow, rejoin page-split paragraphs)
BLOCK_PASSES = (
    lists.mark_items,                # bullets and numbers -> list items
    lists.drop_lone_bullets,         # bullets alone, their items set elsewhere
    pullquotes.extract,              # display quotes repeating the body
    typography.apply,                # quotes, dashes, ellipsis, no-break spaces
    notes.link,                      # note markers -> NoteRef (given the notes found)
)


@dataclass(frozen=True)
class Cleaned:
    """The cleaned source: blocks in reading order (pull quotes marked), every change and the
    language the text was cleaned as."""

    source: Source
    blocks: tuple[Block, ...]
    changes: tuple[Change, ...]
    language: Choice

    @cached_property
    def suspicious(self) -> tuple[tuple[str, int], ...]:
        """(word, line) of the words not found in the lexicon, listed and never changed: found
        when a report asks, as a build has no use for them (a twentieth of cleaning a booklet)."""
        return spelling.suspicious(self.blocks, self.language.language.code)

    @property
    def name(self) -> str:
        return self.source.name

    @property
    def footnotes(self) -> tuple[tuple[int, str], ...]:
        """(number, text) of the notes printed at page feet."""
        return footnotes.notes_in(self.changes)

    @property
    def removals(self) -> tuple[Change, ...]:
        return tuple(change for change in self.changes if change.is_removal)


def clean(source: Source, language: Choice | None = None) -> Cleaned:
    """Clean a source as a text in `language` (by default the one detected in it).

    The cyclic garbage collector is paused meanwhile: the passes build hundreds of thousands of
    tuples, strings and blocks but no reference cycles, and its repeated scans of them cost a
    fifth of the time and grow with the input; the caller's setting is restored afterwards."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        return _clean(source, language or choose("\n".join(source.lines)))
    finally:
        if was_enabled:
            gc.enable()


_new_line = partial(tuple.__new__, Line)


# The passes whose evidence includes words or conventions of a language: they receive the
# text's Language (publish/languages), the others see only its lines or blocks.
LANGUAGE_PASSES = frozenset({contents.remove, artifacts.remove_page_numbers,
                             artifacts.remove_photo_credits, artifacts.remove_stamps,
                             artifacts.remove_running_heads, artifacts.remove_section_labels,
                             artifacts.remove_margin_fields, footnotes.extract,
                             hyphens.join_drop_caps, hyphens.join_small_capitals, hyphens.resolve, GROUP,
                             typography.apply})


def _in(language: Language, any_pass):
    """The pass as the text's language needs it."""
    return partial(any_pass, language=language) if any_pass in LANGUAGE_PASSES else any_pass


def _clean(source: Source, choice: Choice) -> Cleaned:
    # Lines made from ready tuples by tuple.__new__ (what Line._make calls): no Python-level
    # call per line.
    lines = tuple(map(_new_line, zip(count(1), source.lines, repeat(False), repeat(" "))))
    language = choice.language
    changes: list[Change] = []
    for line_pass in LINE_PASSES:
        # A line of the printed contents (in the report by then) is never a running head; the
        # folios removed (in the report too) tell a long running foot under them.
        if line_pass is artifacts.remove_running_heads:
            lines, found = _in(language, line_pass)(lines, contents.titles_in(tuple(changes), language),
                                                    folios=artifacts.folios_in(tuple(changes)))
        elif line_pass is artifacts.remove_section_labels:
            lines, found = _in(language, line_pass)(lines, contents.titles_in(tuple(changes), language))
        else:
            lines, found = _in(language, line_pass)(lines)
        changes.extend(found)
    # The printed contents' titles tell a heading atop a page from the rest of a sentence.
    blocks, found = _in(language, GROUP)(lines, contents.titles_in(tuple(changes), language))
    changes.extend(found)
    for block_pass in BLOCK_PASSES:
        # The note markers are linked to the notes the footnote pass took out (in the report).
        blocks, found = block_pass(blocks, footnotes.found_notes(tuple(changes)),
                                   tuple(text for _, text in footnotes.notes_in(tuple(changes)))) \
            if block_pass is notes.link else _in(language, block_pass)(blocks)
        changes.extend(found)
    changes.sort(key=lambda change: change.line)
    for block in blocks:
        block.forget_pieces()        # the shared split served the passes only
    return Cleaned(source, blocks, tuple(changes), choice)


__all__ = ["BLOCK_PASSES", "LINE_PASSES", "Block", "Cleaned", "Line", "clean"]
