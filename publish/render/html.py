"""Document -> one semantic HTML page: the screen preview, or (media="print") the input for the PDF."""
from __future__ import annotations

from pathlib import Path

from publish.editions import BOOKLET, PREVIEW
from publish.model import Document
from publish.render import view
from publish.render.templating import STYLES_DIR, font_files, render

# The edition each medium is shown in, whose stylesheets a page gets unless it is given its own.
MEDIA = {"screen": PREVIEW, "print": BOOKLET}


def render_html(doc: Document, *, media: str = "screen", stylesheets: tuple[str, ...] | None = None,
                padding: int = 0, sans_only: bool = False) -> str:
    """The page for `media`, linking `stylesheets` (relative to styles/; default: those of the
    medium's edition); `padding` adds blank pages before the colophon (print only); `sans_only`:
    the stylesheets set all text in the sans, which the colophon names alone."""
    if media not in MEDIA:
        raise ValueError(f"unknown media {media!r}: expected one of {', '.join(MEDIA)}")
    data = view.document(doc)
    # On screen the page is one document under its title, its one h1 (as the EPUB's title page):
    # the contents, the chapters and the notes stand a level below it, the chapters' sections two.
    # The booklet has a title page of its own, and its chapters are the PDF's H1s.
    opts = {"epub": False, "print": media == "print", "note_href": "", "notes": data["note_numbers"],
            "heading_offset": 1 if media == "screen" else 0, "sans_only": sans_only}
    return render("html/page.html.j2", data["lang"], d=data, opts=opts, media=media,
                  stylesheets=stylesheets or MEDIA[media].stylesheets, padding=padding if media == "print" else 0)


def preview_assets(doc: Document | None = None, stylesheets: tuple[str, ...] = PREVIEW.stylesheets) -> dict[str, bytes]:
    """Every file index.html links to, by path relative to it: its stylesheets and fonts,
    and the pictures `doc`'s TOML names (images/<file>)."""
    assets = {name: (STYLES_DIR / name).read_bytes() for name in stylesheets}
    for font in font_files():
        assets[f"fonts/{font.name}"] = font.read_bytes()
    for picture in doc.pictures if doc is not None else ():
        assets[f"images/{Path(picture.path).name}"] = Path(picture.path).read_bytes()
    return assets
