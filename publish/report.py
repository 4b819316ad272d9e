"""The cleaning log: every removal and change, with the source line it came from."""
from __future__ import annotations

from dataclasses import dataclass

# Kinds of change that take words out of the reading order, and the name the conservation account
# (publish.audit) gives each.  Every removal needs its evidence in the change's reason; a pass
# that removes a new kind of text adds it here, or the account counts its words as lost.
REMOVAL_KINDS = {
    "page-number": "page number",
    "running-head": "running head or foot",
    "photo-credit": "credit",
    "stamp": "stamp or watermark",
    "review-comment": "a word processor's review comment",
    "navigation": "web page navigation menu",
    "contents": "printed contents",
    "rule": "rule line",
    "ligature": "ligature letters set apart by the text layer",
    "notes-heading": "heading over notes moved to the notes",
    "stray-mark": "combining mark standing on no letter",
}
# Kinds of change that turn words into structure a reader still gets.
STRUCTURE_KINDS = {
    "list-item": "list markers, read as the list's numbering",
    "note-number": "note labels, read as the edition's note numbers",
}
# Kinds of change that make the text follow the house style, its words kept (letters' case and
# marks only): a publisher's consistency, named in the cleaning report.
STYLE_KINDS = {
    "heading-label": "a heading's label closed like the rest of its chapter's (one numbering style)",
    "academic-title": "academic titles before a name spelled one way (the document's or the language's)",
}


@dataclass(frozen=True)
class Change:
    """One decision of the cleaner: kind (e.g. "page-number", "hyphen-join"), line, before -> after, why."""

    kind: str
    line: int
    before: str
    after: str
    reason: str = ""

    @property
    def is_removal(self) -> bool:
        """Whether the change took words out of the reading order (page furniture)."""
        return self.kind in REMOVAL_KINDS


def in_source_order(*logs: tuple[Change, ...]) -> tuple[Change, ...]:
    """The changes of several stages as one log, by source line (stable: a stage's order kept)."""
    return tuple(sorted((change for log in logs for change in log), key=lambda change: change.line))
