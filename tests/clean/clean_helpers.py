"""Build small sources and line tuples for the cleaning tests."""
from __future__ import annotations

from pathlib import Path

from publish.clean.lines import Line
from publish.source import Source, split_lines


def source(text: str, name: str = "fixture") -> Source:
    return Source(path=Path(f"{name}.txt"), lines=tuple(split_lines(text)))


def lines(*texts: str) -> tuple[Line, ...]:
    return tuple(Line(number, text) for number, text in enumerate(texts, start=1))
