"""Impose an A5 booklet 2-up on A4 landscape sheets in saddle-stitch order, for a duplex printer."""
from __future__ import annotations

import io
from dataclasses import dataclass
from collections.abc import Callable

A4_LANDSCAPE = (841.89, 595.28)     # points
MM = 72 / 25.4                      # points per millimetre
SECTION_PAGES = 64                  # what one stapled section holds (16 sheets); --section-pages changes it


def saddle_stitch_order(page_count: int) -> list[tuple[int, int]]:
    """Pairs of 1-based page numbers (left, right) for each printed side, sheet by sheet.

    Sheet 1 front carries the last page and page 1, its back page 2 and the last-but-one, and
    so on inwards; page_count must be a multiple of 4 (pad with blank pages first).
    """
    if page_count % 4:
        raise ValueError(f"a saddle-stitched booklet needs a multiple of 4 pages, not {page_count}")
    sides = []
    for sheet in range(page_count // 4):
        outer, inner = 2 * sheet, page_count - 2 * sheet
        sides.append((inner, outer + 1))        # front
        sides.append((outer + 2, inner - 1))    # back
    return sides


@dataclass(frozen=True)
class Imposition:
    """How --imposed lays the pages on sheets: the paper's thickness for the creep, and what one
    stapled section holds."""

    creep_mm: float = 0.0
    section_pages: int = SECTION_PAGES


def creep_shifts(sheets: int, thickness_mm: float) -> list[float]:
    """How far (points) the pages of each sheet, outermost first, move toward the spine.

    Folded and nested, each sheet wraps around the ones inside it, so the inner sheets stick out
    at the fore-edge by one paper thickness per sheet outside them, and the trim cuts their
    margins narrower; their pages move inward by as much to keep the margins equal."""
    return [sheet * thickness_mm * MM for sheet in range(sheets)]


def section_notice(page_count: int, section_pages: int = SECTION_PAGES) -> str | None:
    """What to do instead when the booklet has more pages than one saddle-stitched section holds."""
    if page_count <= section_pages:
        return None
    sections, sheets = -(-page_count // section_pages), section_pages // 4
    return (f"{page_count} pages are more than one stapled section holds ({section_pages} pages, "
            f"{sheets} sheet{'s' if sheets > 1 else ''}): print it as {sections} sections sewn together, or "
            "perfect bound (glued at the spine); the imposed PDF is one section all the same")


def impose(pdf: bytes, imposition: Imposition = Imposition(),
           warn: Callable[[str], None] = lambda message: None) -> bytes:
    """The booklet PDF imposed 2-up on A4 landscape, padded with blank pages to a multiple of 4,
    each sheet's pages moved toward the spine by its creep; warns when one section cannot hold it."""
    from pypdf import PageObject, PdfReader, PdfWriter, Transformation
    reader = PdfReader(io.BytesIO(pdf))
    pages = list(reader.pages)
    width, height = float(pages[0].mediabox.width), float(pages[0].mediabox.height)
    while len(pages) % 4:
        pages.append(PageObject.create_blank_page(width=width, height=height))
    if notice := section_notice(len(pages), imposition.section_pages):
        warn(notice)
    writer = PdfWriter()
    sheet_width, sheet_height = A4_LANDSCAPE
    top = (sheet_height - height) / 2
    shifts = creep_shifts(len(pages) // 4, imposition.creep_mm)
    for index, (left, right) in enumerate(saddle_stitch_order(len(pages))):
        shift = shifts[index // 2]                  # two sides to a sheet
        side = PageObject.create_blank_page(width=sheet_width, height=sheet_height)
        for number, x in ((left, sheet_width / 2 - width + shift), (right, sheet_width / 2 - shift)):
            side.merge_transformed_page(pages[number - 1], Transformation().translate(x, top))
        writer.add_page(side)
    writer.add_metadata({"/Title": f"{reader.metadata.title or 'Booklet'} (imposed for printing)"}
                        if reader.metadata else {})
    output = io.BytesIO()
    writer.write(output)
    return output.getvalue()
