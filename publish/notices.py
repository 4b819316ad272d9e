"""What a build tells the user about a source without failing: one line per thing to look at."""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from publish.audit import audit
from publish.clean import Cleaned
from publish.model import BulletList, Document, plain_text

# Private-use characters: glyphs of a symbol font that pdftotext could not name (U+F0A7 is a
# Wingdings square), meaningless without that font. The cleaner reads them as bullets where they
# open list items; any left in the text print as empty boxes, for the booklet's fonts have none.
PRIVATE_USE = re.compile("[\ue000-\uf8ff\U000f0000-\U0010ffff]")
SHOWN_CHARACTERS = 5


def notices(cleaned: Cleaned, document: Document, source: Path) -> list[str]:
    """Warnings for the build output and the cleaning report."""
    return (_unaccounted(cleaned, document, source) + _notes_without_text(document, source)
            + _private_use(document) + list(document.title_notes))


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


def _private_use(document: Document) -> list[str]:
    found = Counter(PRIVATE_USE.findall("\n".join(_texts(document))))
    if not found:
        return []
    listed = ", ".join(f"U+{ord(character):04X} ({count}x)" for character, count in found.most_common(SHOWN_CHARACTERS))
    return [f"{found.total()} private-use character(s) in the text ({listed}): a symbol font's glyphs that mean "
            "nothing without it; the booklet prints them as empty boxes - replace them in the source"]


def _texts(document: Document) -> Iterator[str]:
    """Every text of the edition: front lines, chapter titles and bylines, blocks, list items, notes."""
    yield from document.front_lines
    for chapter in document.chapters:
        yield chapter.title
        yield from chapter.byline
        for block in chapter.blocks:
            yield from (item.text for item in block.items) if isinstance(block, BulletList) else (block.text,)
    yield from (plain_text(note.content) for note in document.notes)
