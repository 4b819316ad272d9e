"""Document -> plain template data shared by the HTML, EPUB, PDF and Markdown renderers.

Templates only ever see dicts, lists and strings built here, so they need no knowledge of the
model's classes, and every string has already been made safe for XML (see `xml_safe`).
"""
from __future__ import annotations

import math
import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from pathlib import Path
from typing import Any

from publish.languages import DEFAULT, language as language_data
from publish.languages.messages import N_, label
from publish.model import (
    Block, BulletList, Chapter, Document, Heading, Inline, NoteRef, Paragraph, Person, Picture, PullQuote, Text,
)

# Characters XML 1.0 forbids (C0 controls except tab/newline/CR, surrogates, U+FFFE/FFFF); an
# EPUB with one of them is not well-formed, so they are dropped from every string we render.
# Inside a word such a character is a TeX font's ligature or quote ("Ver\x1bentlichung": ff) and
# the word reads joined; between letters and figures it parts them: a printed contents'
# "VEILIGHEID\x087" is the heading and its page, not the false word "VEILIGHEID7".
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]+")
_XML_ILLEGAL_BETWEEN_LETTER_AND_FIGURE = re.compile(
    rf"(?<=[^\W\d_]){_XML_ILLEGAL.pattern}(?=\d)|(?<=\d){_XML_ILLEGAL.pattern}(?=[^\W\d_])")
_NOT_ID_CHAR = re.compile(r"[^A-Za-z0-9_-]+")

# A paragraph or front line that is only a drawn rule ("////////" 95 times under a Flemish minutes'
# heading lines, "=========", "~~~~~"): it holds no word, and set as text a screen reader spells
# every mark.  The editions draw it as a thematic break (<hr>).  Narrowly: five or more of a mark
# only a rule is drawn with.  Asterisks stay text (a rating "****", a redaction, review 27k), and
# so do dashes (a line to sign on, "—————", review 27k), dots and underscores (lines to write on).
RULE_LINE = re.compile(r"([/~=])(?:[ \u00a0]*\1){4,}")

# kind of chapter -> (DPUB-ARIA role, EPUB structural semantics)
CHAPTER_SEMANTICS = {
    "chapter": ("doc-chapter", "chapter"),
    "letter": ("doc-chapter", "chapter"),
    "foreword": ("doc-foreword", "foreword"),
}


def xml_safe(text: str) -> str:
    """Text without the characters XML 1.0 cannot carry; between a letter and a figure, a space."""
    return _XML_ILLEGAL.sub("", _XML_ILLEGAL_BETWEEN_LETTER_AND_FIGURE.sub(" ", text))


def rule_line(text: str) -> bool:
    """Whether a paragraph's or a front line's whole text is a drawn rule standing alone (RULE_LINE)."""
    return RULE_LINE.fullmatch(text.strip()) is not None


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
        return bullet_list(item, key)
    if isinstance(item, PullQuote):
        return {"type": "pullquote", "key": key, "inlines": inlines(item.content)}
    if isinstance(item, Paragraph) and all(isinstance(part, Text) for part in item.content) \
            and rule_line(item.text):
        return {"type": "break", "key": key}
    if isinstance(item, Paragraph):
        return {"type": "paragraph", "key": key, "style": item.style, "inlines": inlines(item.content)}
    raise TypeError(f"no template for block {type(item).__name__}")


def bullet_list(item: BulletList, key: str) -> dict[str, Any]:
    """A list as template data; an entry with sub-items carries their list as "sub", its
    entries keyed `key/n/0`, `key/n/1`, ..."""
    return {"type": "list", "key": key, "ordered": item.ordered, "start": item.start, "numbering": item.numbering,
            "markers": [_marker(item.numbering, item.start + n) for n in range(len(item.items))],
            "entries": [{"key": f"{key}/{n}", "inlines": inlines(i.content),
                         "sub": bullet_list(i.sub, f"{key}/{n}") if i.sub is not None else None}
                        for n, i in enumerate(item.items)]}


def list_entries(item: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """Every entry of a list's template data, sub-items after their item (none for other blocks)."""
    for entry in item.get("entries", ()):
        yield entry
        if entry.get("sub"):
            yield from list_entries(entry["sub"])


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


def title_text(title: str, refs: tuple[tuple[int, int], ...], left_out: set[int]) -> str:
    """A title as plain text, for the places that show no note references (the contents, the
    EPUB's navigation, the <title>, the PDF's metadata): a lone marker whose note has no text
    keeps its figure where it stands, as the body prints it ("Class1 – Who we are", a class's
    number the cleaner took for a marker; without it the contents read "Class – Who we are"),
    while the markers in `left_out` (Document.notes_left_out_of_plain_text: a note with a text,
    or numbering counting on) stay out, no part of the title."""
    for place, number in sorted(refs, reverse=True):
        if number not in left_out:
            title = title[:place] + str(number) + title[place:]
    return title


def heading_text(content: tuple[Inline, ...], left_out: set[int]) -> str:
    """A heading's text for the contents: see title_text."""
    title, refs = "", []
    for part in content:
        if isinstance(part, NoteRef):
            refs.append((len(title), part.number))
        elif isinstance(part, Text):
            title += part.text
    return title_text(title, tuple(refs), left_out)


def chapter(item: Chapter, used_ids: set[str], left_out: set[int]) -> dict[str, Any]:
    """A chapter with its blocks, its h2 sections (for the tables of contents) and semantics;
    left_out: the note numbers its plain-text titles leave out (see title_text)."""
    chapter_id = safe_id(item.id, used_ids, "ch")
    role, epub_type = CHAPTER_SEMANTICS.get(item.kind, CHAPTER_SEMANTICS["chapter"])
    blocks: list[dict[str, Any]] = []
    sections: list[dict[str, Any]] = []
    for source_block in item.blocks:
        heading_id = None
        if isinstance(source_block, Heading):
            heading_id = safe_id(f"{chapter_id}-{len(blocks) + 1}", used_ids)
        data = block(source_block, heading_id, f"{chapter_id}/{len(blocks)}")
        if isinstance(source_block, Heading) and data["level"] == 2:
            sections.append({"id": heading_id, "title": xml_safe(heading_text(source_block.content, left_out))})
        blocks.append(data)
    return {
        "id": chapter_id, "title": xml_safe(title_text(item.title, item.title_refs, left_out)),
        "title_parts": title_parts(item.title, item.title_refs),
        "byline": [xml_safe(b) for b in item.byline],
        "byline_parts": [title_parts(line, tuple((place, number) for at, place, number in item.byline_refs
                                                 if at == index)) for index, line in enumerate(item.byline)],
        "kind": item.kind, "role": role, "epub_type": epub_type,
        "blocks": blocks, "sections": sections,
    }


TITLE_PAGE = "titelpagina"      # the title page's id, where the document's title is printed


def title_parts(title: str, refs: tuple[tuple[int, int], ...]) -> list[dict[str, Any]]:
    """A title as parts: its text, and the note references set in it at their places."""
    parts: list[dict[str, Any]] = []
    cursor = 0
    for place, number in sorted(refs):
        parts += [{"text": xml_safe(title[cursor:place])}, {"note": number}]
        cursor = place
    parts.append({"text": xml_safe(title[cursor:])})
    return [part for part in parts if part.get("text") != ""]


def link_notes(chapters: list[dict[str, Any]], notes: list[dict[str, Any]], used_ids: set[str],
               title_page: list[list[dict[str, Any]]]) -> None:
    """Links both ways: the first reference to each note that has a text gets an id ("anchor"),
    and the note a back link to it ("backlink", "#id"; "ref_chapter" names where the reference
    stands, a chapter or TITLE_PAGE (the document's title and its authors' names, `title_page`),
    for renderers that split the book into files).  The references on titles and bylines come
    first: they stand first on their pages."""
    by_number = {note["number"]: note for note in notes}
    places = [(TITLE_PAGE, parts) for parts in title_page]
    for chapter_data in chapters:
        heads = [chapter_data["title_parts"], *chapter_data["byline_parts"]]
        places += [(chapter_data["id"], parts) for parts in (*heads, *_inline_lists(chapter_data["blocks"]))]
    for place, parts in places:
        for part in parts:
            note = by_number.get(part.get("note"))
            if note is not None and "backlink" not in note:
                part["anchor"] = safe_id(f"noteref-{note['number']}", used_ids)
                note["backlink"], note["ref_chapter"] = f"#{part['anchor']}", place


Spans = tuple[tuple[int, int, str], ...]     # (start, end, language code) of each phrase in a text
Phrases = dict[str, dict[str, Spans]]         # language tag -> text -> its foreign phrases

# The foreign phrases of the texts of the document the running build renders: those its document
# record holds (publish.document_record), and those found while rendering, to be recorded.
_build_phrases: ContextVar[Phrases | None] = ContextVar("build_phrases", default=None)


@contextmanager
def phrases_of_build(phrases: Phrases) -> Iterator[Phrases]:
    """While the block renders, texts are looked up in `phrases` before they are searched for
    foreign phrases, and what a search finds is added to it."""
    token = _build_phrases.set(phrases)
    try:
        yield phrases
    finally:
        _build_phrases.reset(token)


def foreign_phrases(text: str, language: str) -> Spans:
    """The phrases of `text` clearly in another language than `language` (publish.foreign): the
    running build's when it knows them, else searched for."""
    phrases = _build_phrases.get()
    known = phrases.setdefault(language, {}) if phrases is not None else {}
    if text not in known:
        from publish import foreign     # imported here: a build that read its record needs no word lists
        known[text] = foreign.foreign_phrases(text, language)
    return known[text]


def mark_foreign(parts: list[dict[str, Any]], language: str) -> int:
    """Split text parts at phrases clearly in another supported language, which get their
    {"lang": code}; how many were found."""
    found = 0
    for index in range(len(parts) - 1, -1, -1):
        part = parts[index]
        if "text" not in part or "lang" in part:
            continue
        pieces, cursor = [], 0
        for start, end, code in foreign_phrases(part["text"], language):
            pieces += [{"text": part["text"][cursor:start]}, {"text": part["text"][start:end], "lang": code}]
            cursor = end
            found += 1
        if pieces:
            pieces.append({"text": part["text"][cursor:]})
            parts[index:index + 1] = [piece for piece in pieces if piece["text"]]
    return found


def _inline_lists(blocks: list[dict[str, Any]]) -> Iterator[list[dict[str, Any]]]:
    for item in blocks:
        if "inlines" in item:
            yield item["inlines"]
        for entry in list_entries(item):
            yield entry["inlines"]


def person(item: Person) -> dict[str, Any]:
    return {"name": xml_safe(item.name), "name_parts": title_parts(item.name, item.refs),
            "role": xml_safe(item.role) if item.role else None}


LINE_PT = 14.5          # the booklet's line (print.css): a picture's height is a whole number of them
TEXT_WIDTH_PT = 314.6   # the booklet's text width (111 mm)
MAX_FIGURE_LINES = 14   # a picture in the text takes at most 14 lines, under half a page


def picture(item: Picture, key: str) -> dict[str, Any]:
    """A picture as template data: its file for each edition, alt, credit, caption, and the
    height it takes in the booklet, whole lines of the text at most the text's width."""
    name = Path(item.path).name
    natural = TEXT_WIDTH_PT * item.height / item.width
    lines = max(1, min(MAX_FIGURE_LINES, math.floor(natural / LINE_PT)))
    return {"key": key, "path": item.path, "src": Path(item.path).as_uri(), "preview_src": f"images/{name}",
            "epub_src": f"images/{name}", "name": name, "media_type": item.media_type,
            "alt": xml_safe(item.alt), "credit": xml_safe(item.credit),
            "caption": xml_safe(item.caption) if item.caption else None, "height_pt": lines * LINE_PT,
            "place": item.place}


# Words that say a front line of the source is shown elsewhere in the booklet: the colophon's
# own labels (msgids; a source's cover page often lists "contact" above its contact lines).
COLOPHON_LABELS = (N_("Text"), N_("Publication"), N_("Photography"), N_("Contact"), N_("Typography"))


def unshown_front_lines(doc: Document, shown: list[str], lang: str) -> list[str]:
    """Front lines of the source that the cover, title page and colophon do not already say:
    a line is shown when every word of it stands in those texts (or their labels, in `lang`), a
    byline's opening word before a shown name aside ("door Kim Putters"). Half its words is not
    enough: the edition's year "2020" would drop the cover line "2019 – 2020"; nor are function
    words, nor an opener before a year ("For Anna Smith", "Vanaf 2020", "By 2030", reviews 27x, 27z)."""
    known = set(_words(" ".join([*shown, *(label(lang, message) for message in COLOPHON_LABELS)])))
    openers = language_data(lang).words("metadata.author_openers")
    return [xml_safe(line) for line in doc.front_lines if not known.issuperset(_byline_name(_words(line), openers))]


def _byline_name(words: list[str], openers: frozenset[str]) -> list[str]:
    """The words of a line without the byline's opening word, where a name follows it ("door Kim Putters")."""
    return words[1:] if len(words) > 1 and words[0] in openers and not words[1].isdigit() else words


def _words(text: str) -> list[str]:
    return re.findall(r"[^\W\d_]+|\d+", text.casefold())


# The ids the templates give their own parts (the preview's main text, the contents and its heading,
# the notes, the colophon, the EPUB's navigation): no chapter, heading or note reference takes one.
TEMPLATE_IDS = frozenset({"tekst", "inhoud", "inhoud-titel", "omslag", TITLE_PAGE, "colofon", "colofon-titel",
                          "noten", "noten-titel", "voorregels", "achterplat", "toc", "toc-titel", "landmarks",
                          "paginalijst", "publish-serve"})


def document(doc: Document) -> dict[str, Any]:
    """Everything a template may show about one edition."""
    meta = doc.metadata
    used_ids: set[str] = set(TEMPLATE_IDS)

    def optional(value: str | None) -> str | None:
        return xml_safe(value) if value else None

    left_out = doc.notes_left_out_of_plain_text()
    chapters = [chapter(c, used_ids, left_out) for c in doc.chapters]
    notes: list[dict[str, Any]] = [{"number": n.number, "key": f"note-{n.number}", "inlines": inlines(n.content)}
                                   for n in doc.notes]
    title = title_parts(meta.title, doc.title_refs)
    authors = [person(p) for p in meta.authors]
    link_notes(chapters, notes, used_ids, [title, *(author["name_parts"] for author in authors)])
    language = meta.language or DEFAULT
    foreign = sum(mark_foreign(parts, language) for c in chapters for parts in _inline_lists(c["blocks"]))
    foreign += sum(mark_foreign(note["inlines"], language) for note in notes)
    pictures = [picture(p, f"figuur-{n}") for n, p in enumerate(doc.pictures, 1)]
    for chapter_data, number in zip(chapters, range(1, len(chapters) + 1)):
        chapter_data["figures"] = [p for p in pictures if p["place"] == f"chapter {number}"]
    shown = [meta.title, meta.subtitle or "", meta.series or "", meta.publisher or "", str(meta.year or ""),
             meta.description or "", meta.rights or "", *meta.contact,
             *(f"{p.name} {p.role or ''}" for p in meta.authors)]
    letter = bool(doc.chapters) and doc.chapters[0].kind == "letter"
    return {
        "lang": language,
        "title": xml_safe(title_text(meta.title, doc.title_refs, left_out)),
        "title_parts": title,
        "subtitle": optional(meta.subtitle),
        "series": optional(meta.series),
        "publisher": optional(meta.publisher),
        "year": meta.year,
        "description": optional(meta.description),
        "authors": authors,
        "contact": [xml_safe(line) for line in meta.contact],
        "rights": optional(meta.rights),
        "pictures": pictures,
        "cover_image": next((p for p in pictures if p["place"] == "cover"), None),
        "credits": sorted({p["credit"] for p in pictures}),
        # A letter's front lines open its text in print too (front_lines_open_text): none is left unshown.
        "source_front_lines": [] if letter else unshown_front_lines(doc, shown, language),
        "front_lines": [xml_safe(line) for line in doc.front_lines],
        # A letter's address lines open the letter; otherwise front lines are cover/inside-cover text.
        "front_lines_open_text": letter,
        "chapters": chapters,
        "notes": notes,
        "foreign_phrases": foreign,
        "note_numbers": sorted({n.number for n in doc.notes}),
        "notes_heading": xml_safe(doc.notes_heading) or label(language, "Notes"),
        "notes_heading_in_source": bool(doc.notes_heading),
    }
