"""The cleaning log: every removal and change, with the source line it came from."""
from __future__ import annotations

from dataclasses import dataclass


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
        return self.after == ""
