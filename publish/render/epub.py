"""Document -> EPUB 3 (EbookLib): one XHTML file per chapter, nav, cover, fonts, a11y metadata.

EbookLib assembles the package; every content document is our own Jinja-rendered XHTML, stored
verbatim (EbookLib's EpubHtml would re-parse it with an HTML parser and rebuild the head). Not
using EbookLib's nav generator also keeps its page-list trap (every element with epub:type and
id becomes a "page") out of the book.
"""
from __future__ import annotations

import datetime
import io
import os
import uuid
import zipfile
from collections.abc import Iterable
from typing import Any

from ebooklib import epub

from publish.editions import EDITIONS, EPUB, Edition
from publish.languages import language
from publish.languages.messages import label
from publish.layout_record import PageStart, booklet_layout
from publish.model import Document
from publish.render import view
from publish.render.cover import cover_alone, cover_png
from publish.render.epub_metadata import (
    ACCESSIBILITY, COLUMNS_CHECK, CONFORMANCE, CREATOR_RELATORS, DEFAULT_RELATOR, LANDMARKS, PAGE_LIST_FEATURES,
    READING_ORDER_FEATURES, ROLES_KEY, SUMMARY, Certification,
)
from publish.render.templating import STYLES_DIR, font_files, render

XHTML = "application/xhtml+xml"
XML_NS = "http://www.w3.org/XML/1998/namespace"
# A ZIP entry's date holds the years 1980 to 2107 (seconds in steps of two).
ZIP_EARLIEST, ZIP_LATEST = (1980, 1, 1, 0, 0, 0), (2107, 12, 31, 23, 59, 58)


class Content(epub.EpubItem):  # type: ignore[misc]  # (EbookLib has no type information)
    """A file stored exactly as rendered, with optional manifest properties (nav, svg, cover-image)."""

    def __init__(self, uid: str, file_name: str, media_type: str, content: bytes | str,
                 properties: Iterable[str] = ()):
        super().__init__(uid=uid, file_name=file_name, media_type=media_type,
                         content=content.encode("utf-8") if isinstance(content, str) else content)
        self.properties = list(properties)
        self.is_linear = True


class Writer(epub.EpubWriter):  # type: ignore[misc]  # (EbookLib has no type information)
    """EbookLib's writer, plus xml:lang on <package> (EbookLib cannot set it)."""

    def _write_opf_file(self, root: Any) -> None:
        root.set(f"{{{XML_NS}}}lang", self.book.language)
        super()._write_opf_file(root)


def edition_time(doc: Document) -> datetime.datetime:
    """dcterms:modified and zip timestamps: SOURCE_DATE_EPOCH, else when the source last changed.

    Never the clock (the bytes would change on every build) and never an invented date."""
    if os.environ.get("SOURCE_DATE_EPOCH", "").isdigit():
        seconds = int(os.environ["SOURCE_DATE_EPOCH"])
    elif doc.modified is not None:
        seconds = doc.modified
    else:
        raise ValueError("the EPUB needs a modification date: build from a source file or set SOURCE_DATE_EPOCH")
    return datetime.datetime.fromtimestamp(max(seconds, ZIP_EPOCH), datetime.UTC)


ZIP_EPOCH = 315532800   # 1980-01-01, the earliest time a zip entry can carry


def identifier(data: dict[str, Any]) -> str:
    """A stable urn:uuid derived from what identifies the edition, never random."""
    key = "\n".join([data["title"], data["subtitle"] or "", data["publisher"] or "", str(data["year"] or ""),
                     *(a["name"] for a in data["authors"])])
    return f"urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, 'publish:' + key)}"


def cover_alt(data: dict[str, Any]) -> str:
    parts = [data["title"], data["subtitle"], ", ".join(a["name"] for a in data["authors"]), data["series"]]
    return label(data["lang"], "Cover: %(description)s", description=" – ".join(p for p in parts if p))


def role(text: str | None, lang: str) -> tuple[str, str]:
    """(Dublin Core element, MARC relator) of a person's role, read in the book's language."""
    relator = language(lang).value(ROLES_KEY, {}).get((text or "").strip().lower(), DEFAULT_RELATOR)
    return ("creator" if relator in CREATOR_RELATORS else "contributor"), relator


def add_metadata(book: epub.EpubBook, data: dict[str, Any], doc: Document, certification: Certification | None) -> None:
    book.set_identifier(identifier(data))
    book.set_title(data["title"])
    book.set_language(data["lang"])
    for n, person in enumerate(data["authors"], 1):
        element, relator = role(person["role"], data["lang"])
        book.add_metadata("DC", element, person["name"], {"id": f"person-{n}"})
        book.add_metadata(None, "meta", relator, {"refines": f"#person-{n}", "property": "role",
                                                  "scheme": "marc:relators"})
    if data["publisher"]:
        book.add_metadata("DC", "publisher", data["publisher"])
    if data["year"]:
        book.add_metadata("DC", "date", str(data["year"]))
    if data["description"]:
        book.add_metadata("DC", "description", data["description"])
    if data["series"]:
        book.add_metadata(None, "meta", data["series"], {"property": "belongs-to-collection", "id": "series"})
        book.add_metadata(None, "meta", "series", {"refines": "#series", "property": "collection-type"})
    add_accessibility(book, data, doc, certification)


def add_accessibility(book: epub.EpubBook, data: dict[str, Any], doc: Document,
                      certification: Certification | None = None) -> None:
    """Discovery metadata this edition earns, a summary written from it, and the conformance claim
    only with its certifier (EPUB Accessibility 1.1, 5.1) when `certification` says it passed."""
    rows = (list(ACCESSIBILITY) + (list(READING_ORDER_FEATURES) if doc.side_by_side is None else [])
            + (list(PAGE_LIST_FEATURES) if data["pages"] else []))
    for prop, value in rows:
        book.add_metadata(None, "meta", value, {"property": prop})
    if data["pages"]:
        book.add_metadata(None, "meta", page_break_source(data), {"property": "pageBreakSource"})
    summary = accessibility_summary(data, doc, certification)
    book.add_metadata(None, "meta", summary, {"property": "schema:accessibilitySummary"})
    if certification is not None:
        book.add_metadata(None, "meta", CONFORMANCE, {"property": "dcterms:conformsTo", "id": "conformance"})
        book.add_metadata(None, "meta", certification.certifier,
                          {"property": "a11y:certifiedBy", "refines": "#conformance"})


def summary_facts(data: dict[str, Any], doc: Document) -> dict[str, Any]:
    """What the accessibility summary may speak of: only what this book contains."""
    blocks = [b for chapter in data["chapters"] for b in chapter["blocks"]]
    return {
        "title": data["title"],
        "chapters": len(data["chapters"]),
        "headings": sum(b["type"] == "heading" for b in blocks),
        "lists": sum(b["type"] == "list" for b in blocks),
        "pullquotes": sum(b["type"] == "pullquote" for b in blocks),
        "notes": len(data["notes"]),
        "plain_note_numbers": len(doc.note_numbers_without_text()),
        "pages": len(data["pages"]),
        "language": data["lang"],
        "foreign_phrases": data.get("foreign_phrases", 0),
        "pictures": len(data["pictures"]),
        "columns_first_page": doc.side_by_side.page if doc.side_by_side else 0,
        "table_cells_run_on": bool(doc.side_by_side and doc.side_by_side.table),
    }


def accessibility_summary(data: dict[str, Any], doc: Document, certification: Certification | None) -> str:
    """The summary in the book's language, from the template in that language's folder."""
    template = f"languages/{language(data['lang']).code}/{SUMMARY}"
    text = render(template, data["lang"], f=summary_facts(data, doc), certification=certification,
                  columns_check=COLUMNS_CHECK)
    return " ".join(text.split())


def page_break_source(data: dict[str, Any]) -> str:
    """Names the edition the page list follows: our own A5 PDF booklet."""
    imprint = ", ".join(str(part) for part in (data["publisher"], data["year"]) if part)
    return label(data["lang"], "%(title)s, A5 PDF booklet", title=data["title"]) + (f" ({imprint})" if imprint else "")


def chapter_files(data: dict[str, Any]) -> None:
    """One file per chapter; a note's back link leads into the file of its reference."""
    for n, chapter in enumerate(data["chapters"], 1):
        chapter["file"] = f"chapter-{n:02d}.xhtml"
    files = {view.TITLE_PAGE: "titlepage.xhtml", **{chapter["id"]: chapter["file"] for chapter in data["chapters"]}}
    for note in data["notes"]:
        if "ref_chapter" in note:
            note["backlink"] = files[note["ref_chapter"]] + note["backlink"]


def landmarks(data: dict[str, Any]) -> list[dict[str, str]]:
    body = next((c for c in data["chapters"] if c["kind"] != "foreword"), data["chapters"][0])
    hrefs = {"cover": "cover.xhtml", "toc": "nav.xhtml#toc", "bodymatter": body["file"]}
    return [{"type": kind, "label": label(data["lang"], message), "href": hrefs[kind]} for kind, message in LANDMARKS]


def content_documents(data: dict[str, Any], opts: dict[str, Any]) -> list[Content]:
    """Every XHTML file and the SVG cover, in reading order."""
    alt = cover_alt(data)
    lang, common = data["lang"], {"d": data, "opts": opts}
    docs = [
        Content("cover", "cover.xhtml", XHTML, render("epub/cover.xhtml.j2", lang, alt=alt, **common)),
        Content("titlepage", "titlepage.xhtml", XHTML, render("epub/titlepage.xhtml.j2", lang, **common)),
        Content("nav", "nav.xhtml", XHTML, render("epub/nav.xhtml.j2", lang, landmarks=landmarks(data),
                                                  pages=data["pages"], **common), ["nav"]),
    ]
    for n, chapter in enumerate(data["chapters"]):
        docs.append(Content(f"chapter-{n + 1:02d}", chapter["file"], XHTML,
                            render("epub/chapter.xhtml.j2", lang, ch=chapter, first=n == 0, **common)))
    if data["notes"]:
        docs.append(Content("notes", "notes.xhtml", XHTML, render("epub/notes.xhtml.j2", lang, **common)))
    docs.append(Content("colophon", "colophon.xhtml", XHTML, render("epub/colophon.xhtml.j2", lang, **common)))
    return docs


def images(data: dict[str, Any], cover: bytes) -> list[Content]:
    """The cover picture (the printed edition's front cover, see render/cover.py) and the TOML's pictures."""
    items = [Content("cover-image", "cover.png", "image/png", cover, ["cover-image"])]
    for picture in data["pictures"]:
        with open(picture["path"], "rb") as stream:
            items.append(Content(f"image-{picture['key']}", picture["epub_src"], picture["media_type"], stream.read()))
    return items


def styles_and_fonts(stylesheets: tuple[str, ...]) -> list[Content]:
    items = [Content(f"css-{name[:-4]}", f"styles/{name}", "text/css", (STYLES_DIR / name).read_bytes())
             for name in stylesheets]
    items += [Content(f"font-{font.stem}", f"styles/fonts/{font.name}", "font/woff2", font.read_bytes())
              for font in font_files()]
    return items


def toc(data: dict[str, Any]) -> list[Any]:
    """Chapters and their h2 sections, for the NCX (EPUB 2 readers); the nav is rendered separately."""
    entries = []
    for chapter in data["chapters"]:
        link = epub.Link(chapter["file"], chapter["title"], chapter["id"])
        sections = [epub.Link(f"{chapter['file']}#{s['id']}", s["title"], s["id"]) for s in chapter["sections"]]
        entries.append((epub.Section(chapter["title"], chapter["file"]), [link, *sections]) if sections else link)
    return entries


def key_files(data: dict[str, Any]) -> dict[str, tuple[str, str]]:
    """Every key a booklet page can begin at -> (file, how a marker goes there).

    "before": a marker before the element (or as its container's first child); "inline": inside
    the element's text at the page's first character; "entry": inside a list entry or note.
    """
    first = data["chapters"][0]["file"]
    keys = {"omslag": ("cover.xhtml", "before"), "titelpagina": ("titlepage.xhtml", "before"),
            "voorregels": (first if data["front_lines_open_text"] else "titlepage.xhtml", "before"),
            "inhoud": ("nav.xhtml", "before"), "noten": ("notes.xhtml", "before"),
            "colofon": ("colophon.xhtml", "before"), "achterplat": ("colophon.xhtml", "before")}
    for chapter in data["chapters"]:
        keys[chapter["id"]] = (chapter["file"], "before")
        for image in chapter.get("figures", ()):
            keys[image["key"]] = (chapter["file"], "before")
        for b in chapter["blocks"]:
            keys[b["key"]] = (chapter["file"], "inline" if b["type"] == "paragraph" else "before")
            for entry in view.list_entries(b):
                keys[entry["key"]] = (chapter["file"], "entry")
    for note in data["notes"]:
        keys[note["key"]] = ("notes.xhtml", "entry")
    return keys


def split_inlines(parts: list[dict[str, Any]], offset: int, page: int) -> None:
    """Insert {"page": N} before the word holding the `offset`-th non-space character (note
    numbers count too).  A page that begins inside a word (hyphenated over the page, "Mel-" /
    "ina") is marked before the word: a screen reader never says the page number inside it."""
    seen = 0
    for n, part in enumerate(parts):
        if "text" not in part:
            if seen >= offset:
                parts.insert(n, {"page": page})
                return
            seen += len(str(part.get("note", "")))
            continue
        for i, char in enumerate(part["text"]):
            if not char.isspace():
                if seen >= offset:
                    _insert_page(parts, *_word_start(parts, n, i), page)
                    return
                seen += 1
    parts.append({"page": page})


def _word_start(parts: list[dict[str, Any]], n: int, i: int) -> tuple[int, int]:
    """(part, character) where the word holding character i of text part n begins: back over
    the letters before it, into the text parts before it (an emphasis or a language's span)."""
    text = parts[n]["text"]
    while i > 0 and not text[i - 1].isspace():
        i -= 1
    before = parts[n - 1] if n > 0 else {}
    if i == 0 and before.get("text") and not before["text"][-1].isspace():
        return _word_start(parts, n - 1, len(before["text"]) - 1)
    return n, i


def _insert_page(parts: list[dict[str, Any]], n: int, i: int, page: int) -> None:
    """{"page": N} before character i of text part n."""
    part = parts[n]
    pieces = ({**part, "text": part["text"][:i]}, {"page": page}, {**part, "text": part["text"][i:]})
    parts[n:n + 1] = [p for p in pieces if "page" in p or p["text"]]


def place_page_breaks(data: dict[str, Any], starts: Iterable[PageStart]) -> None:
    """Page-break markers where the booklet's pages begin; data["pages"] lists them for the nav."""
    keys = key_files(data)
    parts_of = {b["key"]: b["inlines"] for c in data["chapters"] for b in c["blocks"] if "inlines" in b}
    parts_of.update({e["key"]: e["inlines"] for c in data["chapters"] for b in c["blocks"]
                     for e in view.list_entries(b)})
    parts_of.update({n["key"]: n["inlines"] for n in data["notes"]})
    data["breaks"], data["pages"] = {}, []
    for start in starts:
        if start.key not in keys:
            continue   # text the EPUB does not carry
        file, how = keys[start.key]
        if how == "before" or (how == "inline" and start.offset == 0) or (how == "entry" and start.offset == 0):
            data["breaks"].setdefault(start.key, []).append(start.page)
        else:
            split_inlines(parts_of[start.key], start.offset, start.page)
        data["pages"].append({"number": start.page, "href": f"{file}#page-{start.page}"})


def render_epub(doc: Document, edition: Edition = EPUB, *, page_list: bool = True,
                certification: Certification | None = None) -> bytes:
    """A complete, reproducible .epub; with page_list, page breaks and a page list of the printed
    edition the row needs (the booklet: laid out, or taken from the record of a previous build,
    publish.layout_record), else with only its cover laid out; with certification (from `publish
    check`, after every check passed), the conformance claim."""
    if not doc.chapters:
        raise ValueError("an EPUB needs at least one chapter (an empty table of contents is invalid)")
    data = view.document(doc)
    chapter_files(data)
    data["breaks"], data["pages"] = {}, []
    printed = EDITIONS[edition.needs[0]]
    if page_list:
        booklet = booklet_layout(doc, printed)
        place_page_breaks(data, booklet.starts)
        cover = booklet.cover
    else:                   # the cover page alone: no need to lay out the booklet's text
        cover = cover_png(cover_alone(doc), printed)
    opts = {"epub": True, "print": False, "note_href": "notes.xhtml", "notes": data["note_numbers"],
            "heading_offset": 0, "breaks": data["breaks"], "stylesheets": edition.stylesheets}
    book = epub.EpubBook()
    add_metadata(book, data, doc, certification)
    documents = content_documents(data, opts)
    for item in documents + images(data, cover) + styles_and_fonts(edition.stylesheets):
        book.add_item(item)
    # EPUB 2's way of naming the cover, which calibre and older readers look for (EPUB 3's is
    # the manifest item's cover-image property).
    book.add_metadata(None, "meta", "", {"name": "cover", "content": "cover-image"})
    book.add_item(epub.EpubNcx())
    book.toc = toc(data)
    book.spine = [item for item in documents if item.media_type == XHTML]
    when = edition_time(doc)
    out = io.BytesIO()
    # Stored uncompressed here: normalised_zip compresses every file once, at level 9.
    writer = Writer(out, book, {"mtime": when, "compresslevel": 0})
    writer.process()
    writer.write()
    return normalised_zip(out.getvalue(), when)


def normalised_zip(data: bytes, when: datetime.datetime) -> bytes:
    """The same archive with fixed timestamps and attributes: byte-identical on every run."""
    stamp = min(max(when.timetuple()[:6], ZIP_EARLIEST), ZIP_LATEST)
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=stamp)
            fixed.external_attr = 0o644 << 16
            fixed.compress_type = zipfile.ZIP_STORED if info.filename == "mimetype" else zipfile.ZIP_DEFLATED
            target.writestr(fixed, source.read(info.filename), compresslevel=9)
    return out.getvalue()
