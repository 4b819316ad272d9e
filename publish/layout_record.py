"""What the EPUB takes of the booklet's layout (where each page begins, the front cover as a PNG),
and the record of it that a build leaves in OUTDIR's cache, so that an EPUB-only build of the same
inputs does not lay the booklet out again.

The record's key is a digest of everything that shapes the layout: the source, its TOML, the
encoding, the code, templates, styles, fonts, pictures and the laid-out edition's row (the cache's
own digest pieces).  It names no path, so a copied OUTDIR keeps it.  A record that does not
match, or is damaged, is ignored: the booklet is laid out as if there were none.

Kept light (no rendering imports): a build that finds the record never loads WeasyPrint.
"""
from __future__ import annotations

import base64
import hashlib
import json
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from publish import __version__, cache
from publish.editions import EDITIONS, Edition

if TYPE_CHECKING:
    from publish.model import Document

RECORDS_FOLDER = "layouts"      # inside the cache folder: one record per source stem


@dataclass(frozen=True)
class PageStart:
    """Where a page of the booklet begins in the text."""

    page: int     # 1-based page number, as printed in the folio
    key: str      # data-pb of the innermost marked element (block, list entry, note, front matter)
    offset: int   # non-space characters of that element set on earlier pages (0: the element starts here)


@dataclass(frozen=True)
class BookletLayout:
    """What the EPUB takes of a printed edition's layout: its page starts and its front cover."""

    starts: tuple[PageStart, ...]
    cover: bytes                  # PNG (publish.render.cover)


@dataclass
class Recording:
    """One build's use of the layout record of its source in OUTDIR: where the record lives, the
    key of the inputs, the printed edition it is of, the document being rendered, and the layout
    used for it: the record's when it was there, matched the key and was whole, else the one laid
    out during the build (then written as the new record)."""

    path: Path
    key: str
    layout: Edition
    doc: Document
    booklet: BookletLayout | None      # the record's, or laid out here; None until then
    found: bool                        # booklet came from the record
    printed: bool = False              # the build writes the printed edition too

    def files(self) -> dict[Path, bytes]:
        """The record to write with the editions: a fresh one when this build laid the edition
        out, nothing when it used the record it found (or never asked for the layout)."""
        if self.found or self.booklet is None:
            return {}
        return {self.path: _encoded(self.key, self.booklet)}


# The recording of the build running in this context (set by recorded()).
_current: ContextVar[Recording | None] = ContextVar("layout_recording", default=None)


def booklet_layout(doc: Document, layout: Edition) -> BookletLayout:
    """The page starts and cover of doc's printed edition `layout`: from the record the running
    build found for doc, else laid out (sharing the PDF's layout, render.pdf.print_layout)."""
    recording = _current.get()
    if recording is None or recording.layout != layout or recording.doc != doc:
        return _laid_out(doc, layout, printed=False)
    if recording.booklet is None:
        recording.booklet = _laid_out(doc, layout, recording.printed)
    return recording.booklet


def _laid_out(doc: Document, layout: Edition, printed: bool) -> BookletLayout:
    from publish.render.cover import cover_png     # lazily: both lay the booklet out with WeasyPrint
    from publish.render.pdf import page_map
    return BookletLayout(tuple(page_map(doc, layout)), cover_png(doc, layout, printed))


@contextmanager
def recorded(source: Path, outdir: Path, encoding: str, doc: Document,
             editions: list[Edition]) -> Iterator[Recording | None]:
    """While the block renders `editions` of doc, an edition that reads a printed edition's layout
    (the EPUB: the booklet's) takes it from source's record in outdir when the record matches;
    yields the recording (None when no edition reads a layout)."""
    needed = [EDITIONS[edition.needs[0]] for edition in editions if edition.needs]
    if not needed:
        yield None
        return
    key = layout_key(source, encoding, needed[0])
    path = outdir / cache.CACHE_FOLDER / RECORDS_FOLDER / f"{source.stem}.json"
    found = _read(path, key)
    recording = Recording(path, key, needed[0], doc, found, found is not None, printed=needed[0] in editions)
    token = _current.set(recording)
    try:
        yield recording
    finally:
        _current.reset(token)


def layout_key(source: Path, encoding: str, layout: Edition) -> str:
    """A digest of everything that shapes `layout`'s pages for source (PublishError as the build's reading)."""
    digest = hashlib.sha256(f"layout|{__version__}|{encoding}".encode())
    cache.add_edition(layout, digest)
    cache.add_source_inputs(source, digest)
    return digest.hexdigest()


def _payload_digest(starts: list[list[object]], cover: bytes) -> str:
    return hashlib.sha256(json.dumps(starts).encode() + cover).hexdigest()


def _encoded(key: str, booklet: BookletLayout) -> bytes:
    starts: list[list[object]] = [[start.page, start.key, start.offset] for start in booklet.starts]
    record = {"key": key, "starts": starts, "cover": base64.b64encode(booklet.cover).decode("ascii"),
              "digest": _payload_digest(starts, booklet.cover)}
    return json.dumps(record, separators=(",", ":")).encode("utf-8")


def _read(path: Path, key: str) -> BookletLayout | None:
    """The record at path when it has this key and is whole; None otherwise (never an error:
    without it the booklet is laid out)."""
    try:
        record = json.loads(path.read_bytes())
        if record["key"] != key:
            return None
        starts, cover = record["starts"], base64.b64decode(record["cover"], validate=True)
        if record["digest"] != _payload_digest(starts, cover):
            return None
        return BookletLayout(tuple(_page_start(*start) for start in starts), cover)
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None


def _page_start(page: object, key: object, offset: object) -> PageStart:
    if not (isinstance(page, int) and isinstance(key, str) and isinstance(offset, int)):
        raise TypeError("not a page start")
    return PageStart(page, key, offset)
