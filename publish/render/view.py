"""Document -> plain template data shared by the HTML, EPUB, PDF and Markdown renderers.

Templates only ever see dicts, lists and strings built here, so they need no knowledge of the
model's classes, and every string has already been made safe for XML (see `xml_safe`).
"""
from __future__ import annotations

import re
from typing import Any

from publish.model import (
    Block, BulletList, Chapter, Document, Heading, Inline, NoteRef, Paragraph, Person, PullQuote, Text,
)

# Characters XML 1.0 forbids (C0 controls except tab/newline/CR, surrogates, U+FFFE/FFFF); an
# EPUB with one of them is not well-formed, so they are dropped from every string we render.
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_NOT_ID_CHAR = re.compile(r"[^A-Za-z0-9_-]+")

# kind of chapter -> (DPUB-ARIA role, EPUB structural semantics)
CHAPTER_SEMANTICS = {
    "chapter": ("doc-chapter", "chapter"),
    "letter": ("doc-chapter", "chapter"),
    "foreword": ("doc-foreword", "foreword"),
}


def xml_safe(text: str) -> str:
    """Text without the characters XML 1.0 cannot carry."""
    return _XML_ILLEGAL.sub("", text)


def inlines(content: tuple[Inline, ...]) -> list[dict[str, Any]]:
    """Inline content as a list of {"text": ...} and {"note": N} parts."""
    parts: list[dict[str, Any]] = []
    for part in content:
        if isinstance(part, NoteRef):
            parts.append({"note": part.number})
        elif isinstance(part, Text):
            parts.append({"text": xml_safe(part.text)})
    return parts


def block(item: Block, heading_id: str | None = None, key: str = "") -> dict[str, Any]:
    """One block as template data; "type" names the template macro that draws it.

    `key` names the block across renderers (the print HTML marks it, the EPUB places page breaks
    by it); a list's entries are `key/0`, `key/1`, ...
    """
    if isinstance(item, Heading):
        return {"type": "heading", "key": key, "level": min(max(item.level, 2), 4), "id": heading_id,
                "inlines": inlines(item.content), "text": xml_safe(item.text)}
    if isinstance(item, BulletList):
        return {"type": "list", "key": key, "ordered": item.ordered, "start": item.start, "numbering": item.numbering,
                "markers": [_marker(item.numbering, item.start + n) for n in range(len(item.items))],
                "entries": [{"key": f"{key}/{n}", "inlines": inlines(i.content)} for n, i in enumerate(item.items)]}
    if isinstance(item, PullQuote):
        return {"type": "pullquote", "key": key, "inlines": inlines(item.content)}
    if isinstance(item, Paragraph):
        return {"type": "paragraph", "key": key, "style": item.style, "inlines": inlines(item.content)}
    raise TypeError(f"no template for block {type(item).__name__}")


ROMAN_DIGITS = (("m", 1000), ("cm", 900), ("d", 500), ("cd", 400), ("c", 100), ("xc", 90), ("l", 50),
                ("xl", 40), ("x", 10), ("ix", 9), ("v", 5), ("iv", 4), ("i", 1))


def _marker(numbering: str, number: int) -> str:
    """An ordered item's number as the source wrote it: 3, c, C, iii or III (for the Markdown)."""
    if numbering in ("a", "A"):
        letters = ""
        while number > 0:
            number, remainder = divmod(number - 1, 26)
            letters = chr(ord("a") + remainder) + letters
        return letters if numbering == "a" else letters.upper()
    if numbering in ("i", "I"):
        roman = ""
        for digits, value in ROMAN_DIGITS:
            count, number = divmod(number, value)
            roman += digits * count
        return roman if numbering == "i" else roman.upper()
    return str(number)


def safe_id(raw: str, used: set[str], prefix: str = "h") -> str:
    """A unique XML id (NCName) made from a model id."""
    base = _NOT_ID_CHAR.sub("-", raw).strip("-") or prefix
    if not base[0].isalpha():
        base = f"{prefix}-{base}"
    candidate, n = base, 2
    while candidate in used:
        candidate, n = f"{base}-{n}", n + 1
    used.add(candidate)
    return candidate


def chapter(item: Chapter, used_ids: set[str]) -> dict[str, Any]:
    """A chapter with its blocks, its h2 sections (for the tables of contents) and semantics."""
    chapter_id = safe_id(item.id, used_ids, "ch")
    role, epub_type = CHAPTER_SEMANTICS.get(item.kind, CHAPTER_SEMANTICS["chapter"])
    blocks, sections = [], []
    for source_block in item.blocks:
        heading_id = None
        if isinstance(source_block, Heading):
            heading_id = safe_id(f"{chapter_id}-{len(blocks) + 1}", used_ids)
        data = block(source_block, heading_id, f"{chapter_id}/{len(blocks)}")
        if data["type"] == "heading" and data["level"] == 2:
            sections.append({"id": heading_id, "title": data["text"]})
        blocks.append(data)
    return {
        "id": chapter_id, "title": xml_safe(item.title), "byline": [xml_safe(b) for b in item.byline],
        "kind": item.kind, "role": role, "epub_type": epub_type, "blocks": blocks, "sections": sections,
    }


def person(item: Person) -> dict[str, Any]:
    return {"name": xml_safe(item.name), "role": xml_safe(item.role) if item.role else None}


def document(doc: Document) -> dict[str, Any]:
    """Everything a template may show about one edition."""
    meta = doc.metadata
    used_ids: set[str] = {"inhoud", "omslag", "titelpagina", "colofon", "noten", "voorregels"}
    optional = lambda value: xml_safe(value) if value else None  # noqa: E731
    return {
        "lang": meta.language or "nl",
        "title": xml_safe(meta.title),
        "subtitle": optional(meta.subtitle),
        "series": optional(meta.series),
        "publisher": optional(meta.publisher),
        "year": meta.year,
        "description": optional(meta.description),
        "authors": [person(p) for p in meta.authors],
        "contact": [xml_safe(line) for line in meta.contact],
        "front_lines": [xml_safe(line) for line in doc.front_lines],
        # A letter's address lines open the letter; otherwise front lines are cover/inside-cover text.
        "front_lines_open_text": bool(doc.chapters) and doc.chapters[0].kind == "letter",
        "chapters": [chapter(c, used_ids) for c in doc.chapters],
        "notes": [{"number": n.number, "key": f"note-{n.number}", "inlines": inlines(n.content)} for n in doc.notes],
        "note_numbers": sorted({n.number for n in doc.notes}),
        "notes_heading": xml_safe(doc.notes_heading) or "Noten",
        "notes_heading_in_source": bool(doc.notes_heading),
    }
