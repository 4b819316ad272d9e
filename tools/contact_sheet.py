#!/usr/bin/env python3
"""Render every page of a booklet PDF into one contact sheet PNG (spreads side by side).

    .venv/bin/python tools/contact_sheet.py out/heermalezing-2015/heermalezing-2015.pdf docs/booklet-pages.png
    .venv/bin/python tools/contact_sheet.py out/heermalezing-2015/heermalezing-2015.pdf docs/booklet-spread.png \
        --spread 8 --resolution 110

Needs pdftoppm (poppler-utils) and Pillow (installed with WeasyPrint). Pages are laid out as a
reader sees the printed booklet: the cover alone, then left/right spreads, the back cover alone.
"""
from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

from PIL import Image

GAP, MARGIN, SPREADS_PER_ROW, BACKGROUND = 4, 24, 4, "#d9d6cf"


def render_pages(pdf: Path, resolution: int, first: int | None = None, last: int | None = None) -> list[Image.Image]:
    with tempfile.TemporaryDirectory() as folder:
        pages = ["-f", str(first), "-l", str(last)] if first else []
        subprocess.run(["pdftoppm", "-r", str(resolution), *pages, "-png", str(pdf), f"{folder}/page"], check=True)
        return [Image.open(path).convert("RGB") for path in sorted(Path(folder).glob("page-*.png"))]


def spreads(count: int) -> list[tuple[int | None, int | None]]:
    """Page indexes per spread: (None, 0) is the cover as a right-hand page."""
    pairs: list[tuple[int | None, int | None]] = [(None, 0)]
    for left in range(1, count, 2):
        pairs.append((left, left + 1 if left + 1 < count else None))
    return pairs


def contact_sheet(pages: list[Image.Image]) -> Image.Image:
    width, height = pages[0].size
    layout = spreads(len(pages))
    rows = (len(layout) + SPREADS_PER_ROW - 1) // SPREADS_PER_ROW
    spread_width = 2 * width + GAP
    sheet = Image.new("RGB", (2 * MARGIN + SPREADS_PER_ROW * spread_width + (SPREADS_PER_ROW - 1) * MARGIN,
                              2 * MARGIN + rows * height + (rows - 1) * MARGIN), BACKGROUND)
    for n, (left, right) in enumerate(layout):
        row, column = divmod(n, SPREADS_PER_ROW)
        x = MARGIN + column * (spread_width + MARGIN)
        y = MARGIN + row * (height + MARGIN)
        for index, offset in ((left, 0), (right, width + GAP)):
            if index is not None:
                sheet.paste(pages[index], (x + offset, y))
    return sheet


def spread_view(pages: list[Image.Image]) -> Image.Image:
    """Two facing pages side by side at the spine, on the background, as the open booklet."""
    width, height = pages[0].size
    sheet = Image.new("RGB", (2 * MARGIN + 2 * width + 1, 2 * MARGIN + height), BACKGROUND)
    for n, page in enumerate(pages[:2]):
        sheet.paste(page, (MARGIN + n * (width + 1), MARGIN))
    return sheet


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pdf", type=Path)
    parser.add_argument("png", type=Path)
    parser.add_argument("--resolution", type=int, default=40, help="dots per inch (default 40)")
    parser.add_argument("--spread", type=int, metavar="PAGE",
                        help="only the open spread whose left-hand (even) page is PAGE")
    args = parser.parse_args()
    if args.spread is not None and args.spread % 2:
        sys.exit("contact_sheet: a spread's left-hand page has an even number")
    span = (args.spread, args.spread + 1) if args.spread is not None else (None, None)
    pages = render_pages(args.pdf, args.resolution, *span)
    if not pages:
        sys.exit(f"contact_sheet: no pages in {args.pdf}")
    args.png.parent.mkdir(parents=True, exist_ok=True)
    sheet = spread_view(pages) if args.spread is not None else contact_sheet(pages)
    # a 64-colour palette keeps the picture small enough to live in the repository
    sheet.quantize(colors=64).save(args.png, optimize=True)
    print(f"{args.png}: {len(pages)} pages")
    return 0


if __name__ == "__main__":
    sys.exit(main())
