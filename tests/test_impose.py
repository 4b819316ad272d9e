import io

import pytest
from pypdf import PdfReader

from publish.impose import impose, saddle_stitch_order


def test_saddle_stitch_order_of_an_eight_page_booklet():
    assert saddle_stitch_order(8) == [(8, 1), (2, 7), (6, 3), (4, 5)]


def test_every_page_appears_once():
    sides = saddle_stitch_order(16)
    assert sorted(n for side in sides for n in side) == list(range(1, 17))


def test_page_count_must_be_a_multiple_of_four():
    with pytest.raises(ValueError):
        saddle_stitch_order(6)


def numbered_booklet(pages: int) -> bytes:
    from weasyprint import HTML
    body = "".join(f'<p style="break-after: page">P{n}</p>' for n in range(1, pages + 1))
    return HTML(string=f"<style>@page {{ size: A5 }}</style>{body}").write_pdf()


def test_imposed_sheets_carry_the_pages_in_printing_order():
    imposed = PdfReader(io.BytesIO(impose(numbered_booklet(8))))
    sides = [page.extract_text().split() for page in imposed.pages]   # text comes left page first
    assert sides == [["P8", "P1"], ["P2", "P7"], ["P6", "P3"], ["P4", "P5"]]
    first = imposed.pages[0]
    assert round(float(first.mediabox.width)) == 842 and round(float(first.mediabox.height)) == 595


def test_a_short_booklet_is_padded_with_blank_pages():
    imposed = PdfReader(io.BytesIO(impose(numbered_booklet(6))))      # pages 7 and 8 are blank
    sides = [page.extract_text().split() for page in imposed.pages]
    assert sides == [["P1"], ["P2"], ["P6", "P3"], ["P4", "P5"]]


def page_offsets(imposed: bytes) -> list[tuple[float, float]]:
    """Per printed side, the x offsets at which its left and right pages were placed."""
    import pikepdf
    offsets = []
    with pikepdf.open(io.BytesIO(imposed)) as pdf:
        for side in pdf.pages:
            moves = [float(operands[4]) for operands, op in pikepdf.parse_content_stream(side)
                     if str(op) == "cm" and float(operands[0]) == 1 and float(operands[4]) > 1]
            offsets.append(tuple(moves[:2]))
    return offsets


def test_each_sheet_moves_toward_the_spine_by_its_creep():
    """16 pages on 4 sheets, 0.1 mm paper: sheet k's pages move k × 0.1 mm toward the fold, the
    left page to the right and the right page to the left, on both sides of the sheet."""
    from publish.impose import MM, Imposition
    booklet = numbered_booklet(16)
    plain, creeping = page_offsets(impose(booklet)), page_offsets(impose(booklet, Imposition(creep_mm=0.1)))
    for side, ((left, right), (left_moved, right_moved)) in enumerate(zip(plain, creeping)):
        creep = (side // 2) * 0.1 * MM
        assert left_moved - left == pytest.approx(creep, abs=1e-3)
        assert right - right_moved == pytest.approx(creep, abs=1e-3)
    assert creeping[-1][0] - plain[-1][0] == pytest.approx(0.3 * MM, abs=1e-3)   # the innermost sheet


def test_more_pages_than_one_section_holds_are_imposed_with_a_warning_saying_what_to_do():
    from publish.impose import Imposition, section_notice
    warnings = []
    impose(numbered_booklet(12), Imposition(section_pages=8), warnings.append)
    assert warnings == [section_notice(12, 8)]
    assert "2 sections sewn together, or perfect bound" in warnings[0]
    assert section_notice(64) is None and "100 pages" in section_notice(100)
