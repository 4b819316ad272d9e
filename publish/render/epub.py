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
import textwrap
import uuid
import zipfile

from ebooklib import epub

from publish.model import Document
from publish.render import view
from publish.render.epub_metadata import ACCESSIBILITY, DEFAULT_ROLE, LANDMARKS, ROLES
from publish.render.templating import STYLES_DIR, font_files, render

XHTML = "application/xhtml+xml"
XML_NS = "http://www.w3.org/XML/1998/namespace"
FALLBACK_EPOCH = 946684800   # 2000-01-01, for an undated edition without SOURCE_DATE_EPOCH


class Content(epub.EpubItem):
    """A file stored exactly as rendered, with optional manifest properties (nav, svg, cover-image)."""

    def __init__(self, uid: str, file_name: str, media_type: str, content: bytes | str, properties=()):
        super().__init__(uid=uid, file_name=file_name, media_type=media_type,
                         content=content.encode("utf-8") if isinstance(content, str) else content)
        self.properties = list(properties)
        self.is_linear = True


class Writer(epub.EpubWriter):
    """EbookLib's writer, plus xml:lang on <package> (EbookLib cannot set it)."""

    def _write_opf_file(self, root):
        root.set(f"{{{XML_NS}}}lang", self.book.language)
        super()._write_opf_file(root)


def edition_time(doc: Document) -> datetime.datetime:
    """dcterms:modified and zip timestamps: SOURCE_DATE_EPOCH, else 1 January of the edition's year."""
    if os.environ.get("SOURCE_DATE_EPOCH", "").isdigit():
        return datetime.datetime.fromtimestamp(int(os.environ["SOURCE_DATE_EPOCH"]), datetime.timezone.utc)
    if doc.metadata.year:
        return datetime.datetime(max(doc.metadata.year, 1980), 1, 1, tzinfo=datetime.timezone.utc)
    return datetime.datetime.fromtimestamp(FALLBACK_EPOCH, datetime.timezone.utc)


def identifier(data: dict) -> str:
    """A stable urn:uuid derived from what identifies the edition, never random."""
    key = "\n".join([data["title"], data["subtitle"] or "", data["publisher"] or "", str(data["year"] or ""),
                     *(a["name"] for a in data["authors"])])
    return f"urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, 'publish:' + key)}"


def cover_alt(data: dict) -> str:
    parts = [data["title"], data["subtitle"], ", ".join(a["name"] for a in data["authors"]), data["series"]]
    return "Omslag: " + " – ".join(p for p in parts if p)


def add_metadata(book: epub.EpubBook, data: dict, doc: Document) -> None:
    book.set_identifier(identifier(data))
    book.set_title(data["title"])
    book.set_language(data["lang"])
    for n, person in enumerate(data["authors"], 1):
        element, relator = ROLES.get((person["role"] or "").lower(), DEFAULT_ROLE)
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
    for prop, value in ACCESSIBILITY:
        book.add_metadata(None, "meta", value, {"property": prop})


def chapter_files(data: dict) -> None:
    for n, chapter in enumerate(data["chapters"], 1):
        chapter["file"] = f"chapter-{n:02d}.xhtml"


def landmarks(data: dict) -> list[dict]:
    body = next((c for c in data["chapters"] if c["kind"] != "foreword"), data["chapters"][0])
    hrefs = {"cover": "cover.xhtml", "toc": "nav.xhtml#toc", "bodymatter": body["file"]}
    return [{"type": kind, "label": label, "href": hrefs[kind]} for kind, label in LANDMARKS]


def content_documents(data: dict, opts: dict) -> list[Content]:
    """Every XHTML file and the SVG cover, in reading order."""
    alt = cover_alt(data)
    common = {"d": data, "opts": opts}
    docs = [
        Content("cover-image", "cover.svg", "image/svg+xml", render(
            "epub/cover.svg.j2", alt=alt, title_lines=textwrap.wrap(data["title"], 17) or [""],
            subtitle_lines=textwrap.wrap(data["subtitle"] or "", 34), **common), ["cover-image"]),
        Content("cover", "cover.xhtml", XHTML, render("epub/cover.xhtml.j2", alt=alt, **common)),
        Content("titlepage", "titlepage.xhtml", XHTML, render("epub/titlepage.xhtml.j2", **common)),
        Content("nav", "nav.xhtml", XHTML, render("epub/nav.xhtml.j2", landmarks=landmarks(data), **common), ["nav"]),
    ]
    for n, chapter in enumerate(data["chapters"]):
        docs.append(Content(f"chapter-{n + 1:02d}", chapter["file"], XHTML,
                            render("epub/chapter.xhtml.j2", ch=chapter, first=n == 0, **common)))
    if data["notes"]:
        docs.append(Content("notes", "notes.xhtml", XHTML, render("epub/notes.xhtml.j2", **common)))
    docs.append(Content("colophon", "colophon.xhtml", XHTML, render("epub/colophon.xhtml.j2", **common)))
    return docs


def styles_and_fonts() -> list[Content]:
    items = [Content(f"css-{name[:-4]}", f"styles/{name}", "text/css", (STYLES_DIR / name).read_bytes())
             for name in ("base.css", "epub.css")]
    items += [Content(f"font-{font.stem}", f"styles/fonts/{font.name}", "font/woff2", font.read_bytes())
              for font in font_files()]
    return items


def toc(data: dict) -> list:
    """Chapters and their h2 sections, for the NCX (EPUB 2 readers); the nav is rendered separately."""
    entries = []
    for chapter in data["chapters"]:
        link = epub.Link(chapter["file"], chapter["title"], chapter["id"])
        sections = [epub.Link(f"{chapter['file']}#{s['id']}", s["title"], s["id"]) for s in chapter["sections"]]
        entries.append((epub.Section(chapter["title"], chapter["file"]), [link, *sections]) if sections else link)
    return entries


def render_epub(doc: Document) -> bytes:
    """A complete, reproducible .epub."""
    if not doc.chapters:
        raise ValueError("an EPUB needs at least one chapter (an empty table of contents is invalid)")
    data = view.document(doc)
    chapter_files(data)
    opts = {"epub": True, "print": False, "note_href": "notes.xhtml", "notes": data["note_numbers"]}
    book = epub.EpubBook()
    add_metadata(book, data, doc)
    documents = content_documents(data, opts)
    for item in documents + styles_and_fonts():
        book.add_item(item)
    book.add_item(epub.EpubNcx())
    book.toc = toc(data)
    book.spine = [item for item in documents if item.media_type == XHTML]
    when = edition_time(doc)
    out = io.BytesIO()
    writer = Writer(out, book, {"mtime": when})
    writer.process()
    writer.write()
    return normalised_zip(out.getvalue(), when)


def normalised_zip(data: bytes, when: datetime.datetime) -> bytes:
    """The same archive with fixed timestamps and attributes: byte-identical on every run."""
    stamp = when.timetuple()[:6]
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=stamp)
            fixed.external_attr = 0o644 << 16
            fixed.compress_type = zipfile.ZIP_STORED if info.filename == "mimetype" else zipfile.ZIP_DEFLATED
            target.writestr(fixed, source.read(info.filename), compresslevel=9)
    return out.getvalue()
