"""What a build tells the user about a source without failing: one line per thing to look at."""
from __future__ import annotations

import re
from collections import Counter
from functools import cache
from collections.abc import Iterator
from pathlib import Path

from publish.audit import audit
from publish.clean import Cleaned
from publish.model import BulletList, Document, plain_text

# Characters the booklet's fonts have no glyph for: WeasyPrint takes them from another font of
# the machine where one has them (an emoji, a Greek letter), else prints an empty box (.notdef),
# which PDF/UA forbids: the build names those apart. Private-use characters are a symbol font's
# glyphs that pdftotext could not name (U+F0A7 is a Wingdings square), meaningless without that
# font; the cleaner reads them as bullets where they open list items.
PRIVATE_USE = re.compile("[\ue000-\uf8ff\U000f0000-\U0010ffff]")
SHOWN_CHARACTERS = 5


def notices(cleaned: Cleaned, document: Document, source: Path) -> list[str]:
    """Warnings for the build output and the cleaning report."""
    return (_unaccounted(cleaned, document, source) + _notes_without_text(document, source)
            + _without_glyphs(document) + list(document.title_notes))


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


def _without_glyphs(document: Document) -> list[str]:
    from publish.fonts import machine_has_glyph
    from publish.render.view import xml_safe
    text = "\n".join(_texts(document))
    # Sorted so that characters counted alike are listed in one order on every run (a set's follows the hash seed).
    found = Counter({character: text.count(character) for character in sorted(set(text)) if _without_glyph(character)})
    dropped = Counter({character: count for character, count in found.items() if not xml_safe(character)})
    found -= dropped
    boxes = Counter({character: count for character, count in found.items() if machine_has_glyph(character) is False})
    borrowed = found - boxes
    lines = []
    if borrowed:
        asked = all(machine_has_glyph(character) for character in borrowed)
        lines.append(f"{borrowed.total()} character(s) the booklet's fonts have no glyph for ({_listed(borrowed)}): "
                     "the PDF takes them from another font of this machine"
                     + ("" if asked else ", or prints an empty box where none has them") + _private_use(borrowed))
    if boxes:
        lines.append(f"{boxes.total()} character(s) no font of this machine has a glyph for ({_listed(boxes)}): "
                     "the PDF prints an empty box (.notdef) for each, which PDF/UA-1 forbids (ISO 14289-1, 7.21.8), "
                     "so `publish check` fails; install a font that has them, or replace them in the source"
                     + _private_use(boxes))
    if dropped:
        lines.append(f"{dropped.total()} control character(s) the editions leave out ({_listed(dropped)}): XML "
                     "cannot carry them; a text layer without a Unicode map leaves them for ligatures and quotes "
                     "(a TeX font's U+001B is 'ff') - replace them in the source")
    return lines


def _listed(found: Counter[str]) -> str:
    return ", ".join(f"U+{ord(character):04X} ({count}x)" for character, count in found.most_common(SHOWN_CHARACTERS))


def _private_use(found: Counter[str]) -> str:
    """What to do about a symbol font's glyphs among `found`, which mean nothing without that font."""
    if any(PRIVATE_USE.match(character) for character in found):
        return ("; the private-use ones are a symbol font's glyphs that mean nothing without it - "
                "replace them in the source")
    return ""


def _without_glyph(character: str) -> bool:
    return character not in "\n\t" and (PRIVATE_USE.match(character) is not None or ord(character) not in _repertoire())


@cache
def _repertoire() -> frozenset[int]:
    from publish.fonts import UNICODES
    return frozenset(UNICODES)


def _texts(document: Document) -> Iterator[str]:
    """Every text of the edition: front lines, chapter titles and bylines, blocks, list items, notes."""
    yield from document.front_lines
    for chapter in document.chapters:
        yield chapter.title
        yield from chapter.byline
        for block in chapter.blocks:
            yield from (item.text for item in block.walk()) if isinstance(block, BulletList) else (block.text,)
    yield from (plain_text(note.content) for note in document.notes)
