"""What a build tells the user about a source without failing: one line per thing to look at."""
from __future__ import annotations

from collections import Counter
from functools import cache
from collections.abc import Iterator
from pathlib import Path

from publish.audit import audit
from publish.clean import Cleaned
from publish.clean.tokens import UNMAPPED
from publish.model import BulletList, Document, plain_text

# Characters the booklet's fonts have no glyph for: WeasyPrint takes them from another font of
# the machine where one has them (an emoji, a Greek letter), else prints an empty box (.notdef),
# which PDF/UA forbids: the build names those apart.  Characters the text layer could not map
# (tokens.UNMAPPED: U+FFFD, a symbol font's private-use glyphs) mean nothing in any font and stay
# in the text as the reader meets them: they are named among these.
SHOWN_CHARACTERS = 5


def notices(cleaned: Cleaned, document: Document, source: Path) -> list[str]:
    """Warnings for the build output and the cleaning report."""
    return (_unaccounted(cleaned, document, source) + _notes_without_text(document, source)
            + _without_glyphs(cleaned, document) + list(document.title_notes))


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
    return [f"{len(missing)} note number(s) in the text ({numbers}) have no note text and stay plain superscripts; "
            f"supply the texts in {source.with_suffix('.toml').name} as [notes] {missing[0]} = \"...\""]


def _lines(numbers: list[int]) -> str:
    shown = ", ".join(map(str, numbers[:SHOWN_CHARACTERS])) + (", ..." if len(numbers) > SHOWN_CHARACTERS else "")
    return f"line{'s' if len(numbers) > 1 else ''} {shown}"


def _without_glyphs(cleaned: Cleaned, document: Document) -> list[str]:
    from publish.fonts import machine_has_glyph
    from publish.render.view import xml_safe
    text = "\n".join(_texts(document))
    repertoire = _repertoire()
    # Sorted so that characters counted alike are listed in one order on every run (a set's follows the hash seed).
    found = Counter({character: text.count(character) for character in sorted(set(text))
                     if _without_glyph(character, repertoire)})
    dropped = Counter({character: count for character, count in found.items() if not xml_safe(character)})
    found -= dropped
    boxes = Counter({character: count for character, count in found.items() if machine_has_glyph(character) is False})
    borrowed = found - boxes
    lines = []
    if borrowed:
        asked = all(machine_has_glyph(character) for character in borrowed)
        lines.append(f"{borrowed.total()} character(s) the booklet's fonts have no glyph for "
                     f"({_listed(borrowed, cleaned)}): "
                     "the PDF takes them from another font of this machine"
                     + ("" if asked else ", or prints an empty box where none has them") + _could_not_map(borrowed))
    if boxes:
        lines.append(f"{boxes.total()} character(s) no font of this machine has a glyph for "
                     f"({_listed(boxes, cleaned)}): "
                     "the PDF prints an empty box (.notdef) for each, which PDF/UA-1 forbids (ISO 14289-1, 7.21.8), "
                     "so `publish check` fails; install a font that has them, or replace them in the source"
                     + _could_not_map(boxes))
    if dropped:
        lines.append(f"{dropped.total()} control character(s) the editions leave out "
                     f"({_listed(dropped, cleaned)}): XML "
                     "cannot carry them; a text layer without a Unicode map leaves them for ligatures and quotes "
                     "(a TeX font's U+001B is 'ff') - replace them in the source")
    return lines


def _listed(found: Counter[str], cleaned: Cleaned) -> str:
    """The characters most found, each with its count and the source lines holding it (none for a
    character the TOML brought)."""
    listed = []
    for character, count in found.most_common(SHOWN_CHARACTERS):
        numbers = [number for number, line in cleaned.source.numbered() if character in line]
        listed.append(f"U+{ord(character):04X} ({count}x" + (f"; {_lines(numbers)})" if numbers else ")"))
    return ", ".join(listed)


def _could_not_map(found: Counter[str]) -> str:
    """What to do about the characters the text layer could not map among `found`, which mean
    nothing in any font."""
    if any(UNMAPPED.match(character) for character in found):
        return ("; U+FFFD and the private-use ones are glyphs the text layer could not map (a lost letter, "
                "a symbol font's glyph) that mean nothing without that font - replace them in the source")
    return ""


def _without_glyph(character: str, repertoire: frozenset[int]) -> bool:
    return character not in "\n\t" and (UNMAPPED.match(character) is not None or ord(character) not in repertoire)


@cache
def _repertoire() -> frozenset[int]:
    """What the booklet's fonts draw; every character when their packages are missing (no PDF is
    made then, and the build says why)."""
    from publish.fonts import FontsMissing, repertoire
    try:
        return repertoire()
    except FontsMissing:
        return frozenset(range(0x110000))


def _texts(document: Document) -> Iterator[str]:
    """Every text of the edition: front lines, chapter titles and bylines, blocks, list items, notes."""
    yield from document.front_lines
    for chapter in document.chapters:
        yield chapter.title
        yield from chapter.byline
        for block in chapter.blocks:
            yield from (item.text for item in block.walk()) if isinstance(block, BulletList) else (block.text,)
    yield from (plain_text(note.content) for note in document.notes)
