"""Document -> one semantic HTML page: the screen preview, or (media="print") the input for the PDF."""
from __future__ import annotations

from pathlib import Path

from publish.model import Document
from publish.render import view
from publish.render.templating import STYLES_DIR, font_files, render

# Stylesheet layers per medium, relative to styles/ (and to index.html for the preview).
STYLESHEETS = {
    "screen": ("fonts.css", "base.css", "screen.css"),
    "print": ("base.css", "print.css"),
}


def render_html(doc: Document, *, media: str = "screen", padding: int = 0) -> str:
    """The page for `media`; `padding` adds blank pages before the colophon (print only)."""
    if media not in STYLESHEETS:
        raise ValueError(f"unknown media {media!r}: expected one of {', '.join(STYLESHEETS)}")
    data = view.document(doc)
    opts = {"epub": False, "print": media == "print", "note_href": "", "notes": data["note_numbers"]}
    return render("html/page.html.j2", d=data, opts=opts, media=media,
                  stylesheets=STYLESHEETS[media], padding=padding if media == "print" else 0)


def preview_assets(doc: Document | None = None) -> dict[str, bytes]:
    """Every file index.html links to, by path relative to it: the screen stylesheets and fonts,
    and the pictures `doc`'s TOML names (images/<file>)."""
    assets = {name: (STYLES_DIR / name).read_bytes() for name in STYLESHEETS["screen"]}
    for font in font_files():
        assets[f"fonts/{font.name}"] = font.read_bytes()
    for picture in doc.pictures if doc is not None else ():
        assets[f"images/{Path(picture.path).name}"] = Path(picture.path).read_bytes()
    return assets
