"""Document -> plain template data shared by the HTML, EPUB, PDF and Markdown renderers.

Templates only ever see dicts, lists and strings built here, so they need no knowledge of the
model's classes, and every string has already been made safe for XML (see `xml_safe`).
"""
from __future__ import annotations

import re
from typing import Any

from publish.foreign import FOREIGN, english_phrases
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


def link_notes(chapters: list[dict], notes: list[dict], used_ids: set[str]) -> None:
    """Links both ways: the first reference to each note that has a text gets an id ("anchor"),
    and the note a back link to it ("backlink", "#id"; "ref_chapter" names the reference's chapter
    for renderers that split chapters into files)."""
    by_number = {note["number"]: note for note in notes}
    for chapter_data in chapters:
        for parts in _inline_lists(chapter_data["blocks"]):
            for part in parts:
                note = by_number.get(part.get("note"))
                if note is not None and "backlink" not in note:
                    part["anchor"] = safe_id(f"noteref-{note['number']}", used_ids)
                    note["backlink"], note["ref_chapter"] = f"#{part['anchor']}", chapter_data["id"]


def mark_foreign(parts: list[dict], language: str) -> int:
    """Split text parts at clearly English phrases, which get {"lang": "en"}; how many were found."""
    found = 0
    for index in range(len(parts) - 1, -1, -1):
        part = parts[index]
        if "text" not in part or "lang" in part:
            continue
        pieces, cursor = [], 0
        for start, end in english_phrases(part["text"], language):
            pieces += [{"text": part["text"][cursor:start]}, {"text": part["text"][start:end], "lang": FOREIGN}]
            cursor = end
            found += 1
        if pieces:
            pieces.append({"text": part["text"][cursor:]})
            parts[index:index + 1] = [piece for piece in pieces if piece["text"]]
    return found


def _inline_lists(blocks: list[dict]):
    for item in blocks:
        if "inlines" in item:
            yield item["inlines"]
        for entry in item.get("entries", ()):
            yield entry["inlines"]


def person(item: Person) -> dict[str, Any]:
    return {"name": xml_safe(item.name), "role": xml_safe(item.role) if item.role else None}


def document(doc: Document) -> dict[str, Any]:
    """Everything a template may show about one edition."""
    meta = doc.metadata
    used_ids: set[str] = {"inhoud", "omslag", "titelpagina", "colofon", "noten", "voorregels"}
    optional = lambda value: xml_safe(value) if value else None  # noqa: E731
    chapters = [chapter(c, used_ids) for c in doc.chapters]
    notes = [{"number": n.number, "key": f"note-{n.number}", "inlines": inlines(n.content)} for n in doc.notes]
    link_notes(chapters, notes, used_ids)
    language = meta.language or "nl"
    foreign = sum(mark_foreign(parts, language) for c in chapters for parts in _inline_lists(c["blocks"]))
    foreign += sum(mark_foreign(note["inlines"], language) for note in notes)
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
        "chapters": chapters,
        "notes": notes,
        "foreign_phrases": foreign,
        "note_numbers": sorted({n.number for n in doc.notes}),
        "notes_heading": xml_safe(doc.notes_heading) or "Noten",
        "notes_heading_in_source": bool(doc.notes_heading),
    }
