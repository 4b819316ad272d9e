"""What a build tells the user about a source without failing: one line per thing to look at."""
from __future__ import annotations

import re
from collections import Counter
from functools import cache
from collections.abc import Callable, Iterator
from pathlib import Path

from publish.audit import audit
from publish.clean import Cleaned
from publish.clean.tokens import UNMAPPED
from publish.model import BulletList, Document, Heading, SideBySide, plain_text

# Characters the booklet's fonts have no glyph for: WeasyPrint takes them from another font of
# the machine where one has them (an emoji, a Greek letter), else prints an empty box (.notdef),
# which PDF/UA forbids: the build names those apart.  Characters the text layer could not map
# (tokens.UNMAPPED: U+FFFD, a symbol font's private-use glyphs) mean nothing in any font and stay
# in the text as the reader meets them: they are named apart, with what to do.
SHOWN_CHARACTERS = 5
# Unicode's default-ignorable code points (DerivedCoreProperties.txt, Default_Ignorable_Code_Point):
# a soft hyphen, zero-width spaces and joiners, direction marks (U+200E), word joiners, variation
# selectors, the byte order mark.  A renderer draws nothing for them, glyph or not, so no font
# lacks one.
DEFAULT_IGNORABLE = re.compile(
    "[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e"
    "\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0\ufff0-\ufff8"
    "\U0001bca0-\U0001bca3\U0001d173-\U0001d17a\U000e0000-\U000e0fff]")


def notices(cleaned: Cleaned, document: Document, source: Path) -> list[str]:
    """Warnings for the build output and the cleaning report."""
    return (_unaccounted(cleaned, document, source) + _columns_side_by_side(document)
            + _notes_without_text(document, source) + _without_glyphs(cleaned, document)
            + list(document.title_notes))


def columns_read_across(found: SideBySide) -> str:
    """Why the reading order of a source with columns side by side is wrong (the build's warning
    and `publish check`'s failed columns-side-by-side check say it alike)."""
    if found.table:
        cells = len(found.cells_run_on)
        return (f"the text layer sets {cells} table cells on more than one line beside another column's cell, "
                f"going on alone on the next line, on {found}: there the editions read each of those lines across "
                "the table, from a cell into the next one before the first ends")
    return (f"the text layer sets printed columns side by side on its lines, first on {found}: there the "
            "editions read each line across the columns, from one column into the other")


def _columns_side_by_side(document: Document) -> list[str]:
    if document.side_by_side is None:
        return []
    return [columns_read_across(document.side_by_side) + "; extract the PDF again without `-layout`, or "
            "with a tool that keeps the columns apart; until then the EPUB does not claim the readingOrder "
            "accessibility feature, the PDF booklet and large print do not claim PDF/UA-1, and `publish check` fails "
            "them"]


def _unaccounted(cleaned: Cleaned, document: Document, source: Path) -> list[str]:
    """The conservation account does not balance: words of the source reach no reader."""
    account = audit(cleaned, document)
    if account.ok:
        return []
    hidden = [quote for quote in account.quotes if not quote.whole]
    return [f"{account.missing} word(s) of the source are not in the edition"
            + (f" ({len(hidden)} display quote(s) without their copy in the text)" if hidden else "")
            + f"; `publish clean --audit {source.name}` lists them"]


def _notes_without_text(document: Document, source: Path) -> list[str]:
    missing = document.note_numbers_without_text()
    if not missing:
        return []
    numbers = f"{missing[0]}–{missing[-1]}" if missing == list(range(missing[0], missing[-1] + 1)) else \
        ", ".join(map(str, missing))
    return [f"{len(missing)} note number(s) in the text ({numbers}) stay plain superscripts: no note text was found "
            f"for them; supply the texts in {source.with_suffix('.toml').name} as [notes] {missing[0]} = \"...\" "
            "(where a note's text stands in the edition's body, take it out of the source too, or it prints twice)"]


def _without_glyphs(cleaned: Cleaned, document: Document) -> list[str]:
    from publish.fonts import SANS, SERIF, machine_has_glyph
    from publish.render.view import xml_safe
    lacking = _lacking(_serif_texts(document), SERIF[0]) + _lacking(_sans_texts(document), SANS[0])
    # Sorted so that characters counted alike are listed in one order on every run (a set's follows the hash seed).
    found = Counter(dict(sorted(lacking.items())))
    unmapped = Counter({character: count for character, count in found.items() if UNMAPPED.match(character)})
    dropped = Counter({character: count for character, count in found.items() if not xml_safe(character)})
    found -= unmapped + dropped
    boxes = Counter({character: count for character, count in found.items() if machine_has_glyph(character) is False})
    borrowed = found - boxes
    headings = _heading_lines(document)

    def listed(characters: Counter[str]) -> str:
        # A heading holding a character the sans draws is not a line to look at.
        return _listed(characters, cleaned,
                       lambda character: headings if ord(character) in _repertoire(SANS[0]) else frozenset())
    lines = []
    if unmapped:
        lines.append(f"{unmapped.total()} character(s) the text layer could not map ({listed(unmapped)}): "
                     "U+FFFD where it found no letter for a glyph, a private-use one for a symbol font's glyph; "
                     "they mean nothing in any font, the reader meets them as they are and `publish check` refuses "
                     "them - look at those lines in the PDF and write what it prints there in the source"
                     + ("; the PDF prints an empty box (.notdef) for those no font of this machine has, which "
                        "PDF/UA-1 forbids (ISO 14289-1, 7.21.8)"
                        if any(machine_has_glyph(character) is False for character in unmapped) else ""))
    if borrowed:
        asked = all(machine_has_glyph(character) for character in borrowed)
        lines.append(f"{borrowed.total()} character(s) the booklet's fonts have no glyph for "
                     f"({listed(borrowed)}): "
                     "the PDF takes them from another font of this machine"
                     + ("" if asked else ", or prints an empty box where none has them"))
    if boxes:
        lines.append(f"{boxes.total()} character(s) no font of this machine has a glyph for "
                     f"({listed(boxes)}): "
                     "the PDF prints an empty box (.notdef) for each, which PDF/UA-1 forbids (ISO 14289-1, 7.21.8), "
                     "so `publish check` fails; install a font that has them, or replace them in the source")
    if dropped:
        lines.append(f"{dropped.total()} control character(s) the editions leave out, or set as a space between "
                     "a letter and a figure "
                     f"({listed(dropped)}): XML "
                     "cannot carry them; a text layer without a Unicode map leaves them for ligatures and quotes "
                     "(a TeX font's U+001B is 'ff') - replace them in the source")
    return lines


def _listed(found: Counter[str], cleaned: Cleaned, drawn: Callable[[str], frozenset[int]]) -> str:
    """The characters most found, each with its count and the lines of the cleaned text holding it
    but for those where a font draws it, `drawn(character)` (none for a character the TOML brought)."""
    return ", ".join(f"U+{ord(character):04X} ({count}x" + (f"; {_lines(numbers)})" if numbers else ")")
                     for character, count in found.most_common(SHOWN_CHARACTERS)
                     for numbers in [[number for number in _lines_holding(character, cleaned)
                                      if number not in drawn(character)]])


def _lines_holding(character: str, cleaned: Cleaned) -> list[int]:
    """The source lines, each once, where the cleaned text holds `character`: not those of the raw
    source, whose lines the cleaner may have left out or changed."""
    return sorted({block.line_at(found.start()) for block in cleaned.blocks if character in block.text
                   for found in re.finditer(re.escape(character), block.text)})


def _heading_lines(document: Document) -> frozenset[int]:
    """The source lines of the section headings, which print.css sets in the sans."""
    return frozenset(number for chapter in document.chapters for block in chapter.blocks if isinstance(block, Heading)
                     for number in range(block.lines[0], block.lines[1] + 1))


def _lines(numbers: list[int]) -> str:
    shown = ", ".join(map(str, numbers[:SHOWN_CHARACTERS])) + (", ..." if len(numbers) > SHOWN_CHARACTERS else "")
    return f"line{'s' if len(numbers) > 1 else ''} {shown}"


def _without_glyph(character: str, repertoire: frozenset[int]) -> bool:
    return (character not in "\n\t" and not DEFAULT_IGNORABLE.match(character)
            and (UNMAPPED.match(character) is not None or ord(character) not in repertoire))


def _lacking(texts: Iterator[str], family: str) -> Counter[str]:
    """The characters of `texts` that the cuts of `family` have no glyph for, each with its count."""
    text = "\n".join(texts)
    repertoire = _repertoire(family)
    return Counter({character: text.count(character) for character in set(text)
                    if _without_glyph(character, repertoire)})


@cache
def _repertoire(family: str) -> frozenset[int]:
    """What the booklet's cuts of `family` draw; every character when their packages are missing
    (no PDF is made then, and the build says why)."""
    from publish.fonts import FontsMissing, repertoire
    try:
        return repertoire(family)
    except FontsMissing:
        return frozenset(range(0x110000))


# print.css sets the front lines, chapter titles, bylines and headings in the sans, the rest of
# the text in the serif: each family is asked for the characters of the text set in it.
def _sans_texts(document: Document) -> Iterator[str]:
    """The texts set in the sans: front lines, chapter titles and bylines, section headings."""
    yield from document.front_lines
    for chapter in document.chapters:
        yield chapter.title
        yield from chapter.byline
        yield from (block.text for block in chapter.blocks if isinstance(block, Heading))


def _serif_texts(document: Document) -> Iterator[str]:
    """The texts set in the serif: paragraphs, list items, quotes, notes."""
    for chapter in document.chapters:
        for block in chapter.blocks:
            if isinstance(block, BulletList):
                yield from (item.text for item in block.walk())
            elif not isinstance(block, Heading):
                yield block.text
    yield from (plain_text(note.content) for note in document.notes)
