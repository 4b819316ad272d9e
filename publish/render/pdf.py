"""Document -> PDF booklet: the print HTML laid out by WeasyPrint as tagged PDF/UA-1."""
from __future__ import annotations

import mimetypes
from pathlib import Path
from urllib.parse import unquote, urlsplit

from weasyprint import HTML
from weasyprint.urls import FatalURLFetchingError, URLFetcher, URLFetcherResponse

from publish.model import Document
from publish.render.html import render_html
from publish.render.templating import STYLES_DIR

PDF_OPTIONS = {"pdf_variant": "pdf/ua-1", "pdf_tags": True}
PAGES_PER_SHEET = 4   # saddle stitching folds sheets of four pages


class RefusedResource(FatalURLFetchingError):
    """A URL outside the project's styles/ (fonts, css); rendering stops and names it."""


class StylesOnlyFetcher(URLFetcher):
    """Serves files under styles/ and refuses everything else: no network, no other files."""

    def __init__(self, root: Path = STYLES_DIR):
        super().__init__(fail_on_errors=True)
        self.root = root.resolve()

    def fetch(self, url, headers=None):
        parts = urlsplit(url)
        path = Path(unquote(parts.path)).resolve() if parts.scheme == "file" else None
        if path is None or not path.is_relative_to(self.root) or not path.is_file():
            raise RefusedResource(f"refused to fetch {url!r}: only files under {self.root} are served")
        mime_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        return URLFetcherResponse(url, body=path.read_bytes(), headers={"Content-Type": mime_type})


def layout(doc: Document, padding: int = 0):
    """The laid-out WeasyPrint document, with fixed metadata (no clock: reproducible bytes)."""
    html = HTML(string=render_html(doc, media="print", padding=padding),
                base_url=STYLES_DIR.as_uri() + "/", url_fetcher=StylesOnlyFetcher())
    document = html.render(**PDF_OPTIONS)
    meta = document.metadata
    meta.title = doc.metadata.title
    meta.authors = [person.name for person in doc.metadata.authors]
    meta.description = doc.metadata.description
    meta.lang = "nl-NL" if doc.metadata.language in ("nl", "nl-NL") else doc.metadata.language
    meta.generator = "publish"
    meta.created = meta.modified = None
    return document


def render_pdf(doc: Document) -> bytes:
    """The booklet, padded with blank pages before the colophon to a multiple of four."""
    document = layout(doc)
    padding = -len(document.pages) % PAGES_PER_SHEET
    if padding:
        document = layout(doc, padding)
    return document.write_pdf(**PDF_OPTIONS)
