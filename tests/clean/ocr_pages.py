"""Make OCR-style pages from clean Dutch prose: wrapping, layout hyphens (pyphen), page numbers,
photo credits, running heads, form feeds and the leading-space page marker."""
from __future__ import annotations

from dataclasses import dataclass

import pyphen

HYPHENATOR = pyphen.Pyphen(lang="nl_NL")


@dataclass(frozen=True)
class Layout:
    width: int = 42
    hyphenate: bool = True
    page_lines: int = 30
    furniture: str = "number"          # number | spread | formfeed | credit | head
    newline: str = "\n"
    trailing: str = " "


def wrap(paragraph: str, layout: Layout) -> list[str]:
    """Greedy wrapping; a word that does not fit is split with pyphen where a part fits."""
    lines, line = [], ""
    for word in paragraph.split():
        candidate = f"{line} {word}" if line else word
        if len(candidate) <= layout.width:
            line = candidate
            continue
        split = _split(word, layout.width - len(line) - 1) if layout.hyphenate and line else None
        if split:
            lines.append(f"{line} {split[0]}")
            line = split[1]
        else:
            lines.append(line)
            line = word
    return lines + [line] if line else lines


def _split(word: str, room: int):
    if "-" in word:                      # break after a real hyphen, never add one
        head, _, tail = word.partition("-")
        return (head + "-", tail) if len(head) + 1 <= room and tail else None
    if not word.isalpha():
        return None
    for left, right in HYPHENATOR.iterate(word):
        if len(left) + 1 <= room:
            return left + "-", right
    return None


def pages(paragraphs: list[str], layout: Layout) -> str:
    """The OCR text: wrapped paragraphs with page furniture every page_lines lines."""
    body: list[str] = []
    for paragraph in paragraphs:
        body.extend(wrap(paragraph, layout))
        body.append("")
    out: list[str] = []
    page = 1
    # A running head is only recognisable when it repeats: on every page, from two pages on.
    heads = layout.furniture == "head" and len(body) > layout.page_lines
    for start in range(0, len(body), layout.page_lines):
        chunk = body[start:start + layout.page_lines]
        if start or heads:
            out.extend(_furniture(layout, page) if layout.furniture != "head" or heads else [])
            if layout.furniture in ("formfeed", "spread") and chunk and chunk[0]:
                chunk = [" " + chunk[0]] + chunk[1:]
        out.extend(line + layout.trailing if line else line for line in chunk)
        page += 1
    return layout.newline.join(out) + layout.newline


def _furniture(layout: Layout, page: int) -> list[str]:
    if layout.furniture == "number":
        return ["", str(page), ""]
    if layout.furniture == "spread":
        return ["", f"{2 * page} {2 * page + 1}", ""]
    if layout.furniture == "formfeed":
        return ["\f"]
    if layout.furniture == "credit":
        return ["", "Fotografie: Anna de Boer", ""]
    return ["\fVerslag uit de wijk"]       # a running head at the top of every page
