"""What a build tells the user about a source without failing: one line per thing to supply."""
from __future__ import annotations

from pathlib import Path

from publish.model import Document


def notices(document: Document, source: Path) -> list[str]:
    """Warnings for the build output and the cleaning report."""
    missing = document.note_numbers_without_text()
    if not missing:
        return []
    numbers = f"{missing[0]}–{missing[-1]}" if missing == list(range(missing[0], missing[-1] + 1)) else \
        ", ".join(map(str, missing))
    return [f"{len(missing)} note number(s) in the text ({numbers}) have no note text and stay plain superscripts; "
            f"supply the texts in {source.with_suffix('.toml').name} as [notes] {missing[0]} = \"...\""]
