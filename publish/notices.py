"""What a build tells the user about a source without failing: one line per thing to look at."""
from __future__ import annotations

from pathlib import Path

from publish.audit import audit
from publish.clean import Cleaned
from publish.model import Document


def notices(cleaned: Cleaned, document: Document, source: Path) -> list[str]:
    """Warnings for the build output and the cleaning report."""
    return _unaccounted(cleaned, document, source) + _notes_without_text(document, source) + list(document.title_notes)


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
