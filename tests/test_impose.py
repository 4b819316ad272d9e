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
