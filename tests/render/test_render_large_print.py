"""The large-print edition (grootletter), measured from the PDF: A4, body text of at least 16 pt in
the sans, ragged right and never hyphenated, one large page number in one place, and the
booklet's tagging, bookmarks and validators."""
import io
import math
import shutil
import subprocess
from collections import Counter

import pikepdf
import pytest
from pypdf import PdfReader

from publish.check import check_editions
from publish.editions import BOOKLET, EDITIONS
from publish.render.pdf import render_pdf

A4_POINTS = (210 / 25.4 * 72, 297 / 25.4 * 72)
LARGE_PRINT = EDITIONS["large-print"]


@pytest.fixture(scope="module")
def pdf(realistic):
    return render_pdf(realistic, LARGE_PRINT)


@pytest.fixture(scope="module")
def booklet(realistic):
    return render_pdf(realistic, BOOKLET)


@pytest.fixture(scope="module")
def reader(pdf):
    return PdfReader(io.BytesIO(pdf))


def chapter_page_numbers(reader) -> list[int]:
    """The 0-based pages with text from the first chapter's first page on, the back cover not counted."""
    first = min(reader.get_destination_page_number(item) for item in reader.outline if not isinstance(item, list)
                and item.title == "Voorwoord")
    return [n for n in range(first, len(reader.pages) - 1) if reader.pages[n].extract_text().strip()]


def text_sizes(page) -> Counter:
    """Characters set at each size (pt, as drawn: the font size scaled by the text and page matrices)
    and in each font."""
    sizes = Counter()

    def visit(text, cm, tm, font, size):
        if not text.strip() or font is None:
            return
        scale = math.hypot(tm[2] * cm[0] + tm[3] * cm[2], tm[2] * cm[1] + tm[3] * cm[3])
        sizes[(round(size * scale, 1), str(font.get("/BaseFont")).split("+")[-1])] += len(text.strip())
    page.extract_text(visitor_text=visit)
    return sizes


def test_every_page_is_a4(pdf):
    with pikepdf.open(io.BytesIO(pdf)) as document:
        for page in document.pages:
            box = [float(v) for v in page.MediaBox]
            assert (box[2] - box[0], box[3] - box[1]) == pytest.approx(A4_POINTS, abs=0.5)


def test_body_text_is_at_least_16_pt_in_the_sans_and_nothing_is_small(reader):
    sizes = Counter()
    for number in chapter_page_numbers(reader):
        sizes += text_sizes(reader.pages[number])
    (body_size, body_font), _ = sizes.most_common(1)[0]
    assert body_size >= 16 and body_font == "Publish-Sans", sizes.most_common(5)
    assert not any(font.startswith("Publish-Serif") for _, font in sizes), sizes
    small = sum(count for (size, _), count in sizes.items() if size < 16)
    assert small / sum(sizes.values()) < 0.01, sizes          # the note numbers only (superscript, 12 pt)
    assert min(size for size, _ in sizes) >= 12, sizes


def test_headings_are_clearly_larger_than_the_text(reader):
    sizes = text_sizes(reader.pages[chapter_page_numbers(reader)[0]])
    heading = max(size for size, _ in sizes)
    assert heading >= 1.5 * 16


def lines(pdf: bytes, tmp_path, name: str) -> list[list[tuple[float, float, str]]]:
    """Per page, the (left, right, text) of each text line, from pdftotext's layout."""
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) not installed")
    from lxml import etree
    path = tmp_path / f"{name}.pdf"
    path.write_bytes(pdf)
    html = subprocess.run(["pdftotext", "-bbox-layout", str(path), "-"], capture_output=True, check=True).stdout
    root = etree.fromstring(html, etree.XMLParser(recover=True))
    pages = []
    for page in root.iter("{*}page"):
        pages.append([(float(line.get("xMin")), float(line.get("xMax")),
                       " ".join(word.text or "" for word in line.iter("{*}word")))
                      for line in page.iter("{*}line")])
    return pages


def flush_right_share(pages, reader) -> float:
    """Of the body lines on the chapter pages, the share ending at the text block's right edge."""
    ends = []
    for number in chapter_page_numbers(reader):
        body = [right for left, right, text in pages[number] if len(text) > 40]
        if body:
            edge = max(body)
            ends += [edge - right < 1 for right in body]
    return sum(ends) / len(ends)


def test_text_is_ragged_right_where_the_booklet_is_justified(pdf, booklet, reader, tmp_path):
    """Lines start at one left edge and end where their words end: few lines reach the right edge
    (in the justified booklet most do)."""
    large = lines(pdf, tmp_path, "large")
    assert flush_right_share(large, reader) < 0.2
    assert flush_right_share(lines(booklet, tmp_path, "booklet"), PdfReader(io.BytesIO(booklet))) > 0.6
    for number in chapter_page_numbers(reader):
        lefts = Counter(round(left) for left, _, text in large[number] if len(text) > 40)
        if lefts:
            _, count = lefts.most_common(1)[0]
            assert count >= 0.6 * sum(lefts.values()), lefts        # the left edge; indents are list entries


def test_no_word_is_hyphenated(pdf, booklet):
    """No line ends in an inserted hyphen: the fonts' ToUnicode maps never name SOFT HYPHEN
    (publish.render.pdf.soft_hyphens), which the hyphenated booklet does."""
    def soft_hyphen_mapped(data):
        with pikepdf.open(io.BytesIO(data)) as document:
            return any(b"<00ad>" in font.ToUnicode.read_bytes().lower()
                       for page in document.pages for _, font in page.Resources.get("/Font", {}).items()
                       if "/ToUnicode" in font)
    assert soft_hyphen_mapped(booklet) and not soft_hyphen_mapped(pdf)


def test_one_large_page_number_in_one_place_on_every_text_page(reader):
    places = set()
    for number in chapter_page_numbers(reader):
        found = []
        reader.pages[number].extract_text(visitor_text=lambda text, cm, tm, font, size, found=found: found.append(
            (text.strip(), round(tm[5]), round(size * math.hypot(tm[2], tm[3]) * math.hypot(cm[2], cm[3]), 1), tm[4])))
        folios = [(y, size, x) for text, y, size, x in found if text == str(number + 1)]
        assert folios, f"page {number + 1} has no page number"
        y, size, x = min(folios)                     # the lowest: the folio, below the text
        assert size >= 18
        places.add((y, round(x)))
    assert len({y for y, _ in places}) == 1          # one height on every page
    assert max(x for _, x in places) - min(x for _, x in places) < 12   # centred: only the digits' width varies


def test_tagged_with_the_booklets_bookmarks(pdf, booklet):
    with pikepdf.open(io.BytesIO(pdf)) as document:
        assert document.Root.MarkInfo.Marked and "/StructTreeRoot" in document.Root
        assert b"pdfuaid:part" in document.Root.Metadata.read_bytes()
        assert str(document.Root.Lang) == "nl-NL"

    def titles(data):
        return [item.title for item in PdfReader(io.BytesIO(data)).outline if not isinstance(item, list)]
    assert titles(pdf) == titles(booklet)


@pytest.mark.validators
def test_passes_the_checks_the_booklet_passes(realistic, pdf, tmp_path):
    path = tmp_path / "grootletter.pdf"
    path.write_bytes(pdf)
    report = check_editions(realistic, {"large-print": path})["large-print"]
    unavailable = [result.summary() for result in report.results if not result.available]
    if unavailable:
        pytest.skip(f"validators unavailable: {unavailable}")
    assert report.passed, str(report)
    assert [result.name for result in report.results] == [
        "page-validation ua1", "columns-side-by-side", "pdf-artifacts", "pdftotext", "structure text", "hidden-text"]


def test_the_colophon_names_the_faces_the_large_print_is_set_in(pdf, booklet):
    """Large print sets every text in the sans: its colophon says so, where the booklet names both faces."""
    def colophon(data):
        return " ".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages[:3]).replace("\n", " ")

    def faces(data):
        with pikepdf.open(io.BytesIO(data)) as document:
            return {"-".join(str(font.get("/BaseFont")).split("+")[-1].split("-")[:2])
                    for page in document.pages for _, font in page.Resources.get("/Font", {}).items()}
    assert faces(pdf) == {"Publish-Sans"} and "Publish Sans" in colophon(pdf) and "Serif" not in colophon(pdf)
    assert "Publish-Serif" in faces(booklet) and "Publish Serif" in colophon(booklet)
