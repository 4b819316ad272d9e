"""Impose an A5 booklet 2-up on A4 landscape sheets in saddle-stitch order, for a duplex printer."""
from __future__ import annotations

import io

A4_LANDSCAPE = (841.89, 595.28)     # points


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


def impose(pdf: bytes) -> bytes:
    """The booklet PDF imposed 2-up on A4 landscape, padded with blank pages to a multiple of 4."""
    from pypdf import PageObject, PdfReader, PdfWriter, Transformation
    reader = PdfReader(io.BytesIO(pdf))
    pages = list(reader.pages)
    width, height = float(pages[0].mediabox.width), float(pages[0].mediabox.height)
    while len(pages) % 4:
        pages.append(PageObject.create_blank_page(width=width, height=height))
    writer = PdfWriter()
    sheet_width, sheet_height = A4_LANDSCAPE
    top = (sheet_height - height) / 2
    for left, right in saddle_stitch_order(len(pages)):
        side = PageObject.create_blank_page(width=sheet_width, height=sheet_height)
        for number, x in ((left, sheet_width / 2 - width), (right, sheet_width / 2)):
            side.merge_transformed_page(pages[number - 1], Transformation().translate(x, top))
        writer.add_page(side)
    writer.add_metadata({"/Title": f"{reader.metadata.title or 'Booklet'} (imposed for printing)"}
                        if reader.metadata else {})
    output = io.BytesIO()
    writer.write(output)
    return output.getvalue()
