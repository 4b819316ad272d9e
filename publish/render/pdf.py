"""Document -> PDF booklet: the print HTML laid out by WeasyPrint as tagged PDF/UA-1."""
from __future__ import annotations

import gc
import hashlib
import io
import mimetypes
import re
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

import pikepdf
from pikepdf import Array, Dictionary, Name, Operator

import publish.render.native_libraries  # noqa: F401  (first: WeasyPrint imported without the library search)
from weasyprint import CSS, HTML
from weasyprint.text.fonts import FontConfiguration
from weasyprint.formatting_structure.boxes import MarginBox, TextBox
from weasyprint.urls import FatalURLFetchingError, URLFetcher, URLFetcherResponse

from publish.editions import BOOKLET, OUTPUT_PROFILE, Edition
from publish import hyphenation
from publish.errors import PublishError
from publish.fonts import INSERTED_HYPHEN, font_faces_css, print_fonts
from publish.languages import language
from publish.layout_record import PageStart
from publish.model import Document
from publish.render.html import render_html
from publish.render.hyphens import GlyphTexts, glyph_texts, whole_words
from publish.render.spreads import level_spreads
from publish.render.templating import BREAK_OPPORTUNITY, STYLES_DIR
from publish.render.view import title_text

PAGES_PER_SHEET = 4   # saddle stitching folds sheets of four pages
SPARE_PAGES = 2       # padding pages laid out before the colophon; the unneeded ones are dropped
Layout = Any          # a laid-out weasyprint.document.Document (WeasyPrint has no type information)
ObjectId = tuple[int, int]     # a PDF object's (number, generation)


class RefusedResource(FatalURLFetchingError):  # type: ignore[misc]  # (WeasyPrint has no type information)
    """A URL outside the project's styles/ (fonts, css); rendering stops and names it."""


class StylesOnlyFetcher(URLFetcher):  # type: ignore[misc]  # (WeasyPrint has no type information)
    """Serves files under styles/, the print fonts' folder and the pictures the TOML names, and
    refuses everything else: no network, no other files."""

    def __init__(self, root: Path = STYLES_DIR, folders: tuple[Path, ...] = (), files: tuple[Path, ...] = ()):
        super().__init__(fail_on_errors=True)
        self.root = root.resolve()
        self.folders = (self.root, *(folder.resolve() for folder in folders))
        self.files = frozenset(file.resolve() for file in files)

    def fetch(self, url: str, headers: dict[str, str] | None = None) -> URLFetcherResponse:
        parts = urlsplit(url)
        path = Path(unquote(parts.path)).resolve() if parts.scheme == "file" else None
        served = path is not None and path.is_file() and (
            path in self.files or any(path.is_relative_to(folder) for folder in self.folders))
        if path is None or not served:
            raise RefusedResource(f"refused to fetch {url!r}: only files under {self.root}, the print fonts "
                                  "and the pictures the TOML names are served")
        mime_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        return URLFetcherResponse(url, body=path.read_bytes(), headers={"Content-Type": mime_type})


def layout(doc: Document, edition: Edition = BOOKLET, padding: int = 0, profile: Path | None = None) -> Layout:
    """The laid-out WeasyPrint document of a printed edition, with fixed metadata (no clock:
    reproducible bytes); `profile`: the CMYK output profile of a PDF/X edition."""
    _keep_imports_out_of_collections()
    fetcher = StylesOnlyFetcher(folders=(print_fonts(),),
                                files=(*(Path(p.path) for p in doc.pictures), *([profile] if profile else [])))
    html = HTML(string=render_html(doc, media="print", stylesheets=edition.stylesheets, padding=padding,
                       sans_only=edition.sans_only),
                base_url=STYLES_DIR.as_uri() + "/", url_fetcher=fetcher)
    hyphenation.load_patterns(doc.metadata.language)   # from the user's cache, for the layout's hyphens
    font_config, color_profiles = FontConfiguration(), dict[str, Any]()
    faces = CSS(string=font_faces_css() + (_output_intent_css(profile) if profile else ""),
                url_fetcher=fetcher, font_config=font_config, color_profiles=color_profiles)
    document = html.render(stylesheets=[faces], font_config=font_config, color_profiles=color_profiles,
                           **page_options(doc, edition))
    meta = document.metadata
    meta.title = title_text(doc.metadata.title, doc.title_refs, doc.notes_left_out_of_plain_text())
    meta.authors = [person.name for person in doc.metadata.authors]
    meta.description = doc.metadata.description
    meta.lang = pdf_language(doc.metadata.language)
    meta.generator = "publish"
    meta.created = meta.modified = _edition_date(doc) if profile else None
    return document


@lru_cache(maxsize=1)
def _keep_imports_out_of_collections() -> None:
    """Once a process, before its first layout: what the imports made (WeasyPrint, fontTools,
    cffi: some hundred thousand objects, alive until the process ends) is moved out of the
    garbage collector's reach (gc.freeze).  A layout allocates boxes by the million, so
    Python collects its oldest generation a few times a build, and each of those walked every
    imported object again: 0.10 s of a 36-page booklet's build."""
    gc.freeze()


def pdf_language(tag: str) -> str:
    """The tag the PDF declares: the metadata's when it names a region ("nl-BE", "en-US"), else
    the language's own regional tag (pdf_tag: "nl" -> "nl-NL"), as PDF readers choose a voice by it."""
    subtags = tag.replace("_", "-").split("-")[1:]
    if any((len(part) == 2 and part.isalpha()) or (len(part) == 3 and part.isdigit()) for part in subtags):
        return tag
    return language(tag).pdf_tag


def page_options(doc: Document, edition: Edition) -> dict[str, object]:
    """WeasyPrint's options for a printed edition of `doc`: the edition's, but no PDF/UA claim
    where the source sets printed columns side by side (Document.side_by_side).  PDF/UA-1 asks
    for a logical reading order (ISO 14289-1, 7.2), and this edition reads across the columns:
    the PDF is still tagged, but claims no conformance it does not have."""
    options = dict(edition.page_options)
    if doc.side_by_side is not None and str(options.get("pdf_variant", "")).startswith("pdf/ua"):
        del options["pdf_variant"]
    return options


def is_pdfx(edition: Edition) -> bool:
    """A PDF/X edition (for a printing house): it needs an output intent and dates."""
    return str(dict(edition.page_options).get("pdf_variant", "")).startswith("pdf/x")


def output_profile(edition: Edition) -> Path | None:
    """The printing condition's CMYK profile (an .icc file named by $PUBLISH_OUTPUT_PROFILE).

    PDF/X-4 embeds it as the output intent (ISO 15930-7, 6.2.2): the press needs to know the
    paper and inks the colours were meant for. It is the printing house's to choose (for Dutch
    offset on coated paper, commonly PSO Coated v3 / FOGRA51 or ISO Coated v2 / FOGRA39 from
    eci.org), and no CMYK profile is free to ship with publish. None for other editions."""
    import os
    if not is_pdfx(edition):
        return None
    named = os.environ.get(OUTPUT_PROFILE, "")
    path = Path(named).expanduser()
    if not named or not path.is_file():
        raise PublishError(f"the press edition (PDF/X-4) needs the printer's CMYK output profile: set "
                           f"{OUTPUT_PROFILE} to its .icc file (e.g. PSO Coated v3 from eci.org)"
                           + (f"; {named!r} is not a file" if named else ""))
    if path.read_bytes()[16:20] != b"CMYK":
        raise PublishError(f"{OUTPUT_PROFILE}: not a CMYK profile", path)
    return path.resolve()


def _output_intent_css(profile: Path) -> str:
    """The profile as WeasyPrint's device-cmyk space, which it writes as the PDF/X output intent."""
    return f"@color-profile device-cmyk {{ src: url(\"{profile.as_uri()}\"); components: c, m, y, k; }}\n"


def _edition_date(doc: Document) -> str:
    """PDF/X requires the creation and modification dates (WeasyPrint would write the clock): the
    edition's date, SOURCE_DATE_EPOCH or when the source last changed, as the EPUB has it."""
    from publish.render.epub import edition_time
    return edition_time(doc).strftime("%Y-%m-%dT%H:%M:%S+00:00")


@lru_cache(maxsize=2)
def print_layout(doc: Document, edition: Edition = BOOKLET, profile: Path | None = None) -> Layout:
    """A printed edition's final layout, padded with blank pages before the colophon to a multiple of four.

    Laid out once, with SPARE_PAGES blank padding pages before the colophon; the ones the page
    count does not need are then dropped from the page list (`Document.copy`). No page before
    them changes, and the pages after them (the colophon, on a left-hand page either way) carry
    no folio, so nothing printed depends on the drop. Tags, bookmarks and links are made from
    the kept pages when the PDF is written. An edition read in spreads (Edition.facing) then has
    its facing pages levelled (render.spreads).

    Cached (by the frozen, hashable Document) because two renderers need the same layout: the PDF
    writes it, the EPUB takes its page list from it. Building both editions lays the text out once.
    """
    document = layout(doc, edition, SPARE_PAGES, profile)
    spare = _padding_pages(document)
    padding = -(len(document.pages) - len(spare)) % PAGES_PER_SHEET
    if len(spare) != SPARE_PAGES or padding > SPARE_PAGES or padding % 2:
        # Not the shape assumed above (a colophon longer than a page?): lay out again, exactly.
        document = layout(doc, edition, 0, profile)
        padding = -len(document.pages) % PAGES_PER_SHEET
        document = layout(doc, edition, padding, profile) if padding else document
    else:
        drop = set(spare[:SPARE_PAGES - padding])
        document = document.copy([page for index, page in enumerate(document.pages) if index not in drop])
    return level_spreads(document) if edition.facing else document


def _padding_pages(document: Layout) -> list[int]:
    """Indexes of the pages that hold a padding div (.blank-page), looked for among the last pages."""
    found: list[int] = []
    for index in range(max(0, len(document.pages) - SPARE_PAGES - 3), len(document.pages)):
        stack = [document.pages[index]._page_box]
        while stack:
            box = stack.pop()
            element = box.element
            if (element is not None and box.element_tag == "div"
                    and "blank-page" in (element.get("class") or "").split()):
                found.append(index)
                break
            stack.extend(getattr(box, "children", ()))
    return found


def print_sources(doc: Document, stem: str, edition: Edition = BOOKLET) -> dict[str, bytes]:
    """What WeasyPrint lays out for a printed edition (the booklet), by file name: <stem>.html (the
    print HTML with the padding pages the edition kept), the stylesheets it links, and faces.css,
    the print cuts' @font-face rules (absolute file URLs into the font cache), which render_pdf
    gives as a user stylesheet.  Laid out alone with the edition's page options, they give its
    pages; print_layout then levels their spreads, and render_pdf sets the metadata and marks
    the artifacts."""
    padding = len(_padding_pages(print_layout(doc, edition)))
    html = render_html(doc, media="print", stylesheets=edition.stylesheets, padding=padding,
                       sans_only=edition.sans_only)
    files = {f"{stem}.html": html.encode("utf-8")}
    files.update({name: (STYLES_DIR / name).read_bytes() for name in edition.stylesheets})
    files["faces.css"] = font_faces_css().encode("utf-8")
    return files


def render_pdf(doc: Document, edition: Edition = BOOKLET) -> bytes:
    """A printed edition (the booklet: tagged PDF/UA-1), with page furniture and display quotes
    marked as artifacts and every hyphenated word whole in its text (soft hyphens, ActualText)."""
    profile = output_profile(edition)
    # The caches key the arguments as given: an edition without a profile is asked for as the
    # EPUB's page list and cover ask for it, or a full build lays the booklet out twice.
    written = written_pdf(doc, edition, profile) if profile else written_pdf(doc, edition)
    with _collector_paused():
        return mark_artifacts(written)


@lru_cache(maxsize=2)
def written_pdf(doc: Document, edition: Edition = BOOKLET, profile: Path | None = None) -> bytes:
    """A printed edition's PDF as WeasyPrint writes it (before render_pdf marks its artifacts),
    its streams not compressed: render_pdf rewrites every page's content and compresses each
    stream once when it saves (a tenth of writing a 92-page report went to compressing
    streams twice).  Cached: a build that writes the booklet draws the EPUB's cover from its first page."""
    laid_out = print_layout(doc, edition, profile) if profile else print_layout(doc, edition)
    return bytes(laid_out.write_pdf(**page_options(doc, edition), uncompressed_pdf=True))


# The caches of the two functions above, as defined (tests put counting stand-ins in their place).
_LAYOUT_CACHES = (print_layout, written_pdf)


def forget_layouts() -> None:
    """Drop the cached layouts and PDFs.  They serve the editions of one build (publish.build
    drops them when it ends), and each holds the FontConfiguration it was laid out with, whose
    folder of font files (weasyprint-*, in TMPDIR) goes only when it is freed: kept until the
    interpreter exits, it was left behind by every build that laid a booklet out."""
    for cached in _LAYOUT_CACHES:
        cached.cache_clear()


@contextmanager
def _collector_paused() -> Iterator[None]:
    """No garbage collection while the PDF is patched: the patching makes no cycles, but its
    thousands of small objects would set off a collection of the oldest generation, which walks
    every box of the layout still cached for the EPUB (30-60 ms of a 36-page booklet, for nothing)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _text_runs(box: Any, key: str | None = None) -> Iterator[tuple[str | None, str]]:
    """(key, text) of every text box under `box` in reading order; page furniture and generated
    content (margin boxes, ::before/::after/::marker, ToC page numbers) are not text of the document."""
    if isinstance(box, MarginBox) or "::" in (box.element_tag or ""):
        return
    element = box.element
    if element is not None and element.get("data-pb"):
        key = element.get("data-pb")
    if isinstance(box, TextBox):
        yield key, box.text
    for child in getattr(box, "children", ()):
        yield from _text_runs(child, key)


# Characters the layout sets that the document's text does not hold: the hyphen inserted where a
# line breaks a word, and the break opportunities inside long tokens (render.templating).  The
# EPUB counts the document's text to place a page's marker: counting these too put the marker up
# to a word later, inside a word ("Mel[8]ina").
_LAYOUT_ONLY = str.maketrans("", "", INSERTED_HYPHEN + BREAK_OPPORTUNITY)


def text_length(text: str) -> int:
    """How many characters of the document's text a laid-out `text` holds: its non-space
    characters, without those only the layout adds."""
    return len("".join(text.translate(_LAYOUT_ONLY).split()))


def page_starts(document: Layout) -> list[PageStart]:
    """For every page that has text, the element and character offset its first text belongs to.

    Pages without text (blank verso pages, padding) have no entry. Offsets count the document's
    non-space characters (`text_length`), so they survive whitespace collapsing at line ends.
    """
    seen: dict[str, int] = {}
    starts = []
    for number, page in enumerate(document.pages, 1):
        first = True
        for key, text in _text_runs(page._page_box):
            length = text_length(text)
            if not length:
                continue
            if first and key is not None:
                starts.append(PageStart(number, key, seen.get(key, 0)))
            first = False
            if key is not None:
                seen[key] = seen.get(key, 0) + length
    return starts


def page_map(doc: Document, edition: Edition = BOOKLET) -> list[PageStart]:
    """Where each page of `doc`'s printed edition begins: from the very layout `render_pdf` writes."""
    return page_starts(print_layout(doc, edition))


# The structure type the print HTML gives display quotes (<blockquote class="pullquote">) and
# nothing else: their text repeats the body's, so the PDF reads it as a layout artifact, as the
# EPUB and the preview hide it from assistive technology (aria-hidden).
DISPLAY_QUOTE = Name("/BlockQuote")


def mark_artifacts(pdf_bytes: bytes) -> bytes:
    """Re-mark content that is not read as artifacts: page furniture and display quotes.

    WeasyPrint 70 tags margin-box content (running heads, page numbers) as structure elements
    that no path from the StructTreeRoot reaches (Kozea/WeasyPrint#1836): their marked content
    becomes /Artifact /Pagination.  Display quotes are cut out of the tree and their marked
    content becomes /Artifact /Layout.  The ParentTree entries of both are nulled.  Saved with a
    deterministic /ID and no modification date, so the bytes stay reproducible.
    """
    with pikepdf.open(io.BytesIO(pdf_bytes)) as pdf:
        soft_hyphens(pdf)
        if pin_document_id(pdf):
            greys_in_black_ink(pdf)
        if "/StructTreeRoot" not in pdf.Root:
            return _saved(pdf)
        tree = pdf.Root.StructTreeRoot
        # The tree walked once (a walk costs some 15 ms a 100 pages), for all the passes below:
        # they add elements (a Reference around a link, an LBody) but none of the kinds they
        # look for, and read an element's type when they come to it (tag_notes makes a notes
        # list a Div, which nest_sub_lists then passes by).
        elements = _elements(tree.get("/K"))
        tag_notes(pdf, elements)
        nest_sub_lists(pdf, elements)
        quoted = _cut_display_quotes(elements)
        read = {element.objgen for element in elements} - quoted
        nums = tree.ParentTree.Nums
        parents = {int(nums[i]): nums[i + 1] for i in range(0, len(nums), 2)}
        pages = list(pdf.pages)
        written = [_content(page) for page in pages]
        marked = [_as_artifacts(content, mapping, read, quoted)
                  if isinstance(mapping := parents.get(int(page.obj.get("/StructParents", -1))), Array) else content
                  for page, content in zip(pages, written)]
        for page, before, after in zip(pages, written, whole_words(marked, _page_fonts(pages))):
            if after != before:
                page.Contents = pdf.make_stream(after)
        return _saved(pdf)


def _content(page: pikepdf.Page) -> bytes:
    """The page's content, its streams joined."""
    contents = page.obj.Contents
    return b"\n".join(stream.read_bytes() for stream in (contents if isinstance(contents, Array) else [contents]))


def _page_fonts(pages: list[pikepdf.Page]) -> list[dict[str, GlyphTexts]]:
    """Per page, its fonts' glyph texts by resource name; each font's map read once (pages share fonts)."""
    maps: dict[ObjectId, GlyphTexts] = {}
    return [{name: maps[font.objgen] if font.objgen in maps else maps.setdefault(font.objgen, glyph_texts(font))
             for name, font in page.Resources.get("/Font", {}).items()} for page in pages]


def _saved(pdf: pikepdf.Pdf) -> bytes:
    """The PDF with its streams compressed and its objects packed into object streams (WeasyPrint
    wrote neither, see written_pdf)."""
    out = io.BytesIO()
    pdf.save(out, deterministic_id=True, compress_streams=True, object_stream_mode=pikepdf.ObjectStreamMode.generate)
    return out.getvalue()


# WeasyPrint gives a PDF/X a random xmpMM:DocumentID (uuid4) and a random first file identifier,
# so the same edition would differ on every build.
_RANDOM_ID = re.compile(rb"xmp\.did:[0-9a-f-]{36}")


def pin_document_id(pdf: pikepdf.Pdf) -> bool:
    """The DocumentID and the file identifier derived from the pages' content instead of chance
    (PDF/X editions; the second file identifier is pikepdf's deterministic one, on saving).
    False when the PDF has no random DocumentID (not a PDF/X)."""
    if "/Metadata" not in pdf.Root or not _RANDOM_ID.search(xmp := pdf.Root.Metadata.read_bytes()):
        return False
    digest = hashlib.sha256()
    for page in pdf.pages:
        digest.update(page.Contents.read_bytes())
    pinned = uuid.UUID(bytes=digest.digest()[:16], version=5)
    pdf.Root.Metadata.write(_RANDOM_ID.sub(f"xmp.did:{pinned}".encode(), xmp))
    pdf.trailer.ID = Array([pikepdf.String(pinned.bytes), pikepdf.String(pinned.bytes)])
    return True


# Grey given in RGB (r = g = b) and the black ink that prints it.
_GREY_TO_INK = {Operator("rg"): Operator("k"), Operator("RG"): Operator("K")}


def greys_in_black_ink(pdf: pikepdf.Pdf) -> None:
    """WeasyPrint draws the crop marks (an SVG form per page) in RGB black; a press prints them,
    like any grey, in black ink alone (DeviceCMYK 0 0 0 K). Colour RGB is left for preflight
    (publish.validate.check_press) to report."""
    seen = set[ObjectId]()
    for page in pdf.pages:
        for _, form in page.Resources.get("/XObject", {}).items():
            if form.get("/Subtype") != "/Form" or form.objgen in seen:
                continue
            seen.add(form.objgen)
            operations = [_as_ink(instruction.operands, instruction.operator)
                          for instruction in pikepdf.parse_content_stream(form)]
            form.write(pikepdf.unparse_content_stream(operations))


def _as_ink(operands: Any, operator: Operator) -> tuple[Any, Operator]:
    if operator in _GREY_TO_INK and len(set(map(float, operands))) == 1:
        return [0, 0, 0, round(1 - float(operands[0]), 4)], _GREY_TO_INK[operator]
    return operands, operator


# A ToUnicode CMap entry "<glyph> <text>" whose text is INSERTED_HYPHEN (WeasyPrint writes hex
# in lower case), and the text it gets instead: SOFT HYPHEN.
_INSERTED = re.compile(rb"^(<[0-9a-f]+> )<%x>$" % ord(INSERTED_HYPHEN), re.MULTILINE | re.IGNORECASE)
_SOFT_HYPHEN = rb"\1<00ad>"


def soft_hyphens(pdf: pikepdf.Pdf) -> None:
    """The hyphen the layout inserts at a line end reads as SOFT HYPHEN (U+00AD), the PDF
    standard's way (ISO 32000-1, 14.8.2.2.3): text extraction and screen readers then know the
    word goes on on the next line, while a hyphen the author wrote stays U+002D.

    WeasyPrint maps each glyph to the text it was shaped from, one text per glyph; the print
    fonts give the inserted hyphen (the private-use INSERTED_HYPHEN, print.css's
    hyphenate-character) a glyph of its own, so its entry is the only one to change."""
    seen: set[ObjectId] = set()
    for page in pdf.pages:
        for _, font in page.Resources.get("/Font", {}).items():
            cmap = font.get("/ToUnicode")
            if cmap is None or cmap.objgen in seen:
                continue
            seen.add(cmap.objgen)
            data, count = _INSERTED.subn(_SOFT_HYPHEN, cmap.read_bytes())
            if count:
                cmap.write(data)


# Named destinations of the print HTML's note links (templates/shared/blocks.html.j2): a
# reference links to "note-N", a note's back link to "noteref-N".
NOTE_TARGET = re.compile(r"note-(\d+)")
REFERENCE_TARGET = re.compile(r"noteref-(\d+)")


def tag_notes(pdf: pikepdf.Pdf, elements: list[pikepdf.Object]) -> None:
    """Note references and notes as PDF says them (ISO 32000-1, 14.8.4.4; PDF/UA-1, 7.9): a
    link to a note is wrapped in a /Reference; a list entry holding a back link becomes a /Note
    with a unique /ID, its marker the /Lbl and its body a /P, and its list a /Div.

    WeasyPrint tags by HTML element only (<a> is /Link, <li> is /LI), so the roles are given
    here, found by the links' destinations. A note whose marker the text lost has no back link:
    it becomes a /Note too once its list is a /Div (an /LI must stand in an /L).  `elements`: the
    structure tree's elements in document order (_elements)."""
    notes_lists: dict[ObjectId, pikepdf.Object] = {}
    for link in _of_kind(elements, Name.Link):
        target = _link_target(link)
        if target is None:
            continue
        if NOTE_TARGET.fullmatch(target):
            _wrap(pdf, link, Name.Reference)
        elif (found := REFERENCE_TARGET.fullmatch(target)) is not None:
            item = _ancestor(link, "/LI")
            _make_note(item, found.group(1))
            if item is not None:
                notes_lists[item.P.objgen] = item.P
    for notes_list in notes_lists.values():
        for index, kid in enumerate(notes_list.K if isinstance(notes_list.K, Array) else [notes_list.K], 1):
            if isinstance(kid, Dictionary) and kid.get("/S") == Name.LI:
                _make_note(kid, f"without-marker-{notes_list.objgen[0]}-{index}")


def nest_sub_lists(pdf: pikepdf.Pdf, elements: list[pikepdf.Object]) -> None:
    """A sub-list in the body of the item it belongs to: L > LI > LBody > L, as ISO 32000's LBody
    ("other BLSEs, perhaps including nested lists") has it.

    WeasyPrint links a nested list to the parent list (an L right after its item's LI, inside
    the outer L), so the item an "(a) (b)" list belongs to is lost, and an item that is only a
    number ("3." over its sub-items) is an LI with a Lbl and no LBody.  `elements`: the structure
    tree's elements in document order (_elements); a notes list tag_notes made a /Div is no list."""
    for sub_list in _of_kind(elements, Name.L):
        parent = sub_list.get("/P")
        if parent is None or parent.get("/S") != Name.L:
            continue
        kids = list(parent.K) if isinstance(parent.K, Array) else [parent.K]
        place = next(index for index, kid in enumerate(kids) if kid.objgen == sub_list.objgen)
        item = kids[place - 1] if place else None
        if not isinstance(item, Dictionary) or item.get("/S") != Name.LI:
            continue
        body = _list_body(pdf, item)
        body.K = Array([*(body.K if isinstance(body.get("/K"), Array) else [body.K] if "/K" in body else []),
                        sub_list])
        sub_list.P = body
        parent.K = Array(kids[:place] + kids[place + 1:])


def _list_body(pdf: pikepdf.Pdf, item: pikepdf.Object) -> pikepdf.Object:
    """The LI's LBody, made when the item has none (a number alone over its sub-items)."""
    kids = list(item.K) if isinstance(item.get("/K"), Array) else [item.K] if "/K" in item else []
    for kid in kids:
        if isinstance(kid, Dictionary) and kid.get("/S") == Name.LBody:
            return kid
    body = pdf.make_indirect(Dictionary(Type=Name.StructElem, S=Name.LBody, P=item, K=Array([])))
    if "/Pg" in item:
        body.Pg = item.Pg
    item.K = Array([*kids, body])
    return body


def _elements(root: pikepdf.Object | None) -> list[pikepdf.Object]:
    """The structure elements under root, in document order."""
    found: list[pikepdf.Object] = []
    stack = [root]
    while stack:
        node = stack.pop()
        if isinstance(node, Array):
            stack.extend(reversed(list(node)))
        elif isinstance(node, Dictionary) and "/S" in node:
            found.append(node)
            stack.append(node.get("/K"))
    return found


def _of_kind(elements: list[pikepdf.Object], kind: Name) -> list[pikepdf.Object]:
    """Those of the elements whose type is `kind` now."""
    return [element for element in elements if element.S == kind]


def _link_target(link: pikepdf.Object) -> str | None:
    """The named destination of a Link element's annotation."""
    kids = link.K if isinstance(link.get("/K"), Array) else [link.get("/K")]
    for kid in kids:
        if isinstance(kid, Dictionary) and kid.get("/Type") == Name.OBJR:
            destination = kid.Obj.get("/Dest")
            if destination is None and "/A" in kid.Obj:
                destination = kid.Obj.A.get("/D")
            return str(destination) if destination is not None else None
    return None


def _ancestor(element: pikepdf.Object | None, kind: str) -> pikepdf.Object | None:
    while element is not None and element.get("/S") != kind:
        element = element.get("/P")
    return element


def _wrap(pdf: pikepdf.Pdf, element: pikepdf.Object, kind: Name) -> None:
    """Put a new element of `kind` between `element` and its parent."""
    parent = element.P
    wrapper = pdf.make_indirect(Dictionary(Type=Name.StructElem, S=kind, P=parent, K=Array([element])))
    if "/Pg" in element:
        wrapper.Pg = element.Pg
    kids = parent.K if isinstance(parent.K, Array) else Array([parent.K])
    parent.K = Array([wrapper if kid.objgen == element.objgen else kid for kid in kids])
    element.P = wrapper


def _make_note(item: pikepdf.Object | None, number: str) -> None:
    """A notes-list entry as a Note: /ID note-N, Lbl kept, LBody as P; its list as a Div."""
    if item is None or item.S == Name.Note:
        return
    item.S = Name.Note
    item.ID = pikepdf.String(f"note-{number}")
    for kid in (item.K if isinstance(item.K, Array) else [item.K]):
        if isinstance(kid, Dictionary) and kid.get("/S") == Name.LBody:
            kid.S = Name.P
    if item.P.get("/S") == Name.L:
        item.P.S = Name.Div


def _reachable(root: pikepdf.Object | None) -> set[ObjectId]:
    """The object ids of the structure elements reachable from root."""
    reachable: set[ObjectId] = set()
    stack = [root]
    while stack:
        node = stack.pop()
        if isinstance(node, Array):
            stack.extend(node)
        elif isinstance(node, Dictionary) and "/S" in node and node.objgen not in reachable:
            reachable.add(node.objgen)
            stack.append(node.get("/K"))
    return reachable


def _cut_display_quotes(elements: list[pikepdf.Object]) -> set[ObjectId]:
    """Remove the display-quote elements (of `elements`, in document order) from the tree; the
    ids of them and everything under them.  A quote inside another goes with it; a quote that is
    its parent's only kid (/K not an array) stays."""
    quoted: set[ObjectId] = set()
    for quote in _of_kind(elements, DISPLAY_QUOTE):
        kids = quote.P.get("/K")
        if quote.objgen in quoted or not isinstance(kids, Array):
            continue
        quoted |= _reachable(quote)
        quote.P.K = Array([kid for kid in kids if not (isinstance(kid, Dictionary) and kid.objgen == quote.objgen)])
    return quoted


# A marked-content sequence as WeasyPrint opens it: "/Span\n<</MCID 3>>\nBDC".  Its text is shown in
# hex strings, so the pattern cannot match inside one.
_MARKED_CONTENT = re.compile(rb"/[^\s/<>\[\]()]+\s*<<\s*/MCID\s+(\d+)\s*>>\s*BDC")


def _as_artifacts(content: bytes, mapping: pikepdf.Array, read: set[ObjectId], quoted: set[ObjectId]) -> bytes:
    """The page's content with the marked content of unread elements (not in `read`: page
    furniture no path from the tree's root reaches, display quotes cut out of it) turned into
    artifacts of their kind; their ParentTree entries (`mapping`) nulled.

    The operators are patched in the content's bytes: parsing and writing the whole stream back
    cost several milliseconds a page.  An MCID not found stays as WeasyPrint tagged it."""
    kinds = {}
    for mcid, element in enumerate(mapping):
        if isinstance(element, Dictionary) and element.objgen not in read:
            kinds[mcid] = b"/Layout" if element.objgen in quoted else b"/Pagination"
    if not kinds:
        return content
    marked: set[int] = set()

    def as_artifact(match: re.Match[bytes]) -> bytes:
        mcid = int(match.group(1))
        if mcid not in kinds:
            return match.group()
        marked.add(mcid)
        return b"/Artifact <</Type " + kinds[mcid] + b">> BDC"
    content = _MARKED_CONTENT.sub(as_artifact, content)
    for mcid in marked:
        mapping[mcid] = None
    return content
