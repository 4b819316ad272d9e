#!/usr/bin/env python3
"""List the edition's blocks that stand away from where the source prints them.

    PYTHONPATH=. .venv/bin/python tests/realworld/reading_order.py            # every dev document
    PYTHONPATH=. .venv/bin/python tests/realworld/reading_order.py --pages 0 ID ...

Reading order is the reader's first right.  The edition's blocks (the chapters' blocks in reading
order, a list's items one by one; notes and front lines left out: notes move to the notes by
design) each carry the source lines they came from.  The longest run of blocks whose first lines
rise is the order kept; a block outside it has moved.  It is listed where the source's page it was
printed on (form feeds count the pages) and the page of the block it now follows lie --pages or
more apart.  Only dev documents are read (held-out ones are measured, never studied); the exit
status is 1 when a block moved, so the check can stand in a script.
"""
from __future__ import annotations

import argparse
import bisect
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from publish.model import BulletList, Document, Heading, ListItem, Paragraph, PullQuote, plain_text

sys.path.insert(0, str(Path(__file__).resolve().parent))
from measure import corpus_folder, load_corpus


@dataclass(frozen=True)
class Moved:
    chapter: str
    kind: str           # "Heading", "Paragraph/signature", "item", ...
    line: int           # where the source prints it
    after: int          # the first line of the block it now follows (or precedes, opening the text)
    pages: int          # how many pages apart the two are
    text: str


def moved_blocks(document: Document, source_lines: Sequence[str], min_pages: int = 1) -> list[Moved]:
    """The blocks of the document out of its source's order by min_pages pages or more."""
    pages = list(_pages(source_lines))
    rows = [(title, block, kind) for title, block, kind in _reading(document) if block.lines[0] > 0]
    firsts = [block.lines[0] for _, block, _ in rows]
    in_order = _rising(firsts)
    kept = sorted(in_order)
    moved = []
    for at, (title, block, kind) in enumerate(rows):
        if at in in_order:
            continue
        before = bisect.bisect_left(kept, at)
        neighbour = firsts[kept[before - 1]] if before else firsts[kept[0]]
        distance = abs(pages[block.lines[0]] - pages[neighbour])
        if distance >= min_pages:
            moved.append(Moved(title, kind, block.lines[0], neighbour, distance, plain_text(block.content)))
    return moved


def _pages(source_lines: Sequence[str]) -> Iterator[int]:
    """The page of each source line, by its number (the first entry stands for no line)."""
    page = 0
    yield page
    for line in source_lines:
        page += line.count("\f")
        yield page


def _reading(document: Document) -> Iterator[tuple[str, Paragraph | Heading | PullQuote | ListItem, str]]:
    for chapter in document.chapters:
        for block in chapter.blocks:
            if isinstance(block, BulletList):
                yield from ((chapter.title, item, "item") for item in _items(block))
            else:
                style = f"/{block.style}" if isinstance(block, Paragraph) else ""
                yield chapter.title, block, type(block).__name__ + style


def _items(block: BulletList) -> Iterator[ListItem]:
    for item in block.items:
        yield item
        if item.sub:
            yield from _items(item.sub)


def _rising(values: list[int]) -> set[int]:
    """The indexes of one longest run of values that never fall (patience sorting)."""
    tails: list[int] = []
    tail_at: list[int] = []
    parent = [-1] * len(values)
    for at, value in enumerate(values):
        length = bisect.bisect_right(tails, value)
        if length == len(tails):
            tails.append(value)
            tail_at.append(at)
        else:
            tails[length], tail_at[length] = value, at
        parent[at] = tail_at[length - 1] if length else -1
    run, at = set(), tail_at[-1] if tail_at else -1
    while at != -1:
        run.add(at)
        at = parent[at]
    return run


def main() -> None:
    from publish.build import load
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("ids", nargs="*", help="dev documents of the corpus, by id (default: every dev document)")
    parser.add_argument("--pages", type=int, default=1, help="list blocks moved this many pages or more (1 or more)")
    arguments = parser.parse_args()
    dev = [document.id for document in load_corpus() if document.split == "dev"]
    unknown = [doc_id for doc_id in arguments.ids if doc_id not in dev]
    if unknown or arguments.pages < 1:
        parser.error(f"not a dev document of the corpus: {', '.join(unknown)}" if unknown
                     else "--pages must be 1 or more")
    total = 0
    for doc_id in arguments.ids or dev:
        loaded = load(corpus_folder() / f"{doc_id}.txt")
        for moved in moved_blocks(loaded.document, loaded.cleaned.source.lines, arguments.pages):
            total += 1
            print(f"{doc_id}\t{moved.kind}\tline {moved.line} -> by line {moved.after} ({moved.pages} pages)\t"
                  f"[{moved.chapter[:30]}]\t{moved.text[:70]!r}")
    print(f"{total} block(s) moved")
    sys.exit(1 if total else 0)


if __name__ == "__main__":
    main()
