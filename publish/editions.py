"""The editions publish makes, one row each: the table that build, the command line, the batch
runner, the cache and `publish check` read (in the manner of WeasyPrint's `VARIANTS` in
weasyprint/pdf/__init__.py). A new edition is a row here, its styles and its tests.

Kept light (no rendering imports): the command line and the cache read the table without
loading WeasyPrint; each row's renderer imports what it needs when it runs.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING
from collections.abc import Callable

if TYPE_CHECKING:
    from publish.model import Document

IMPOSED_SUFFIX = "-imposed"    # <file>-imposed.pdf: an imposable edition laid out on sheets
OUTPUT_PROFILE = "PUBLISH_OUTPUT_PROFILE"   # the printing condition's CMYK profile (publish.render.pdf)


@dataclass(frozen=True)
class Edition:
    """One edition: what it is called, where it goes, how it is made and checked."""

    name: str                     # as given to `-f`
    file_name: str                # in OUTDIR/<stem>/; "{stem}" is the source's stem
    summary: str                  # one line for --help
    render: Callable[[Document, Edition, Path], dict[Path, bytes]]   # document, row, target -> files
    stylesheets: tuple[str, ...] = ()              # layers, relative to styles/, in cascade order
    page_options: tuple[tuple[str, object], ...] = ()   # WeasyPrint's render/write_pdf options
    needs: tuple[str, ...] = ()   # editions whose layout this one reads (the EPUB: the booklet's pages)
    checks: str | None = None     # the validators `publish check` runs on it (publish.check.VALIDATORS)
    imposable: bool = False       # --imposed also writes it 2-up on sheets in saddle-stitch order
    facing: bool = False          # read in spreads: facing pages end level (render.spreads)
    default: bool = False         # built when -f is not given
    files_from: tuple[str, ...] = ()   # environment variables naming files it is made with (cache inputs)
    sans_only: bool = False       # its stylesheets set every text in the sans: the colophon names that face alone

    def path(self, folder: Path, stem: str) -> Path:
        return folder / self.file_name.format(stem=stem)

    def files(self, folder: Path, stem: str) -> tuple[Path, ...]:
        """Every file this edition can write: itself, and its imposed copy when it has one."""
        path = self.path(folder, stem)
        return (path, imposed_path(path)) if self.imposable else (path,)

    @property
    def key(self) -> str:
        """What of the row shapes its output, for the build cache (not the renderer's address)."""
        return repr((self.name, self.file_name, self.stylesheets, self.page_options, self.needs,
                     self.imposable, self.facing, self.files_from, self.sans_only,
                     self.render.__module__, self.render.__qualname__))


def imposed_path(path: Path) -> Path:
    return path.with_name(f"{path.stem}{IMPOSED_SUFFIX}{path.suffix}")


def _render_html(document: Document, edition: Edition, target: Path) -> dict[Path, bytes]:
    from publish.render.html import preview_assets, render_html
    files = {target: render_html(document, stylesheets=edition.stylesheets).encode("utf-8")}
    files.update({target.parent / name: data
                  for name, data in sorted(preview_assets(document, edition.stylesheets).items())})
    return files


def _render_epub(document: Document, edition: Edition, target: Path) -> dict[Path, bytes]:
    from publish.render.epub import render_epub
    return {target: render_epub(document, edition)}


def _render_pdf(document: Document, edition: Edition, target: Path) -> dict[Path, bytes]:
    from publish.render.pdf import render_pdf   # imported lazily: WeasyPrint is slow to import
    return {target: render_pdf(document, edition)}


PREVIEW = Edition(
    "html", "index.html", "the HTML preview (index.html with its styles and fonts)", _render_html,
    stylesheets=("fonts.css", "base.css", "screen.css"), checks="preview", default=True)
EPUB = Edition(
    "epub", "{stem}.epub", "the EPUB 3 edition, with the booklet's page list; an EPUB-only build reuses the "
    "cleaned text and the layout a previous build of the same inputs left in OUTDIR, else cleans the text and "
    "lays the booklet out", _render_epub,
    stylesheets=("fonts.css", "base.css", "epub.css"), needs=("pdf",), checks="epub", default=True)
BOOKLET = Edition(
    "pdf", "{stem}.pdf", "the A5 booklet, tagged PDF/UA-1", _render_pdf,
    stylesheets=("base.css", "print.css"),
    page_options=(("pdf_variant", "pdf/ua-1"), ("pdf_tags", True)),
    checks="pdf", imposable=True, facing=True, default=True)

# The booklet's structure on A4 after the large-print guidelines (styles/large-print.css), with
# the booklet's tagging, bookmarks and validators.
LARGE_PRINT = Edition(
    "large-print", "{stem}-grootletter.pdf", "large print (grootletter): A4, 16 pt sans, ragged right, "
    "tagged PDF/UA-1", _render_pdf,
    stylesheets=(*BOOKLET.stylesheets, "large-print.css"), page_options=BOOKLET.page_options, checks="pdf",
    sans_only=True)

# The booklet for a printing house: PDF/X-4 with 3 mm bleed and crop marks (styles/press.css).
PRESS = Edition(
    "press", "{stem}-drukklaar.pdf", "press-ready PDF/X-4: the booklet with 3 mm bleed and crop marks",
    _render_pdf, stylesheets=(*BOOKLET.stylesheets, "press.css"),
    page_options=(("pdf_variant", "pdf/x-4"), ("pdf_tags", True)), checks="press", facing=True,
    files_from=(OUTPUT_PROFILE,))

EDITIONS: dict[str, Edition] = {edition.name: edition for edition in (PREVIEW, EPUB, BOOKLET, LARGE_PRINT, PRESS)}


def names() -> tuple[str, ...]:
    return tuple(EDITIONS)


def defaults() -> tuple[str, ...]:
    return tuple(name for name, edition in EDITIONS.items() if edition.default)


def chosen(formats: tuple[str, ...]) -> list[Edition]:
    """The rows of the named editions, in the table's order."""
    return [edition for name, edition in EDITIONS.items() if name in formats]


def output_paths(stem: str, folder: Path) -> dict[str, Path]:
    """Where each edition of a source with this stem goes, in its folder."""
    return {name: edition.path(folder, stem) for name, edition in EDITIONS.items()}


def edition_files(stem: str, folder: Path) -> frozenset[Path]:
    """Every file an edition of this stem can write (not the styles and fonts beside index.html)."""
    return frozenset(path for edition in EDITIONS.values() for path in edition.files(folder, stem))
