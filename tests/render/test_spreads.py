"""Facing pages end level (render.spreads): measured from the booklet's PDF against the same
booklet laid out without levelling."""
from __future__ import annotations

import io
from dataclasses import replace

import pikepdf
import pypdfium2
import pytest

from publish.editions import BOOKLET
from publish.model import Chapter, Heading, Text
from publish.pages import pages, text_spreads
from publish.render.pdf import render_pdf
from publish.render.spreads import MOST_A_BREAK, MOST_A_LINE
from tests.render.documents import SENTENCE, L, booklet, para

LEVEL = 0.5      # pt


def sections(with_notes: bool, lengths: int = 7) -> tuple:
    """Fourteen sections of two to five paragraphs of varied length (lengths varies them): headings
    kept with their text and widows end some pages a line early. With notes, four paragraphs carry a
    note marker."""
    blocks: tuple = ()
    for number in range(14):
        paragraphs = [para(SENTENCE * (1 + (number * lengths + k * 3) % 5)) for k in range(2 + number % 4)]
        if with_notes and number % 4 == 1:
            paragraphs[0] = para(SENTENCE, 1 + number % 2, ". " + SENTENCE)
        blocks += (Heading(2, (Text(f"Paragraaf {number + 1}"),), L), *paragraphs)
    return blocks


def long_chapter(lengths: int) -> dict[bool, bytes]:
    """The long chapter's booklet, levelled and not: {facing: pdf bytes}."""
    document = booklet(notes=True)
    document = replace(document, chapters=(Chapter("lang", "Een lang hoofdstuk", ("An de Vries",),
                                                   sections(True, lengths), (1, 500)),))
    return {facing: render_pdf(document, replace(BOOKLET, facing=facing)) for facing in (True, False)}


@pytest.fixture(scope="module")
def editions():
    return long_chapter(7)


def test_facing_pages_in_mid_chapter_end_level(editions):
    uneven = [(spread.left.number, spread.difference) for spread in text_spreads(editions[False])]
    assert any(difference >= LEVEL for _, difference in uneven), "the fixture must end some spread unevenly"
    levelled = text_spreads(editions[True])
    assert len(levelled) == len(uneven)
    assert [(spread.left.number, spread.difference) for spread in levelled if spread.difference >= LEVEL] == []


def test_a_page_three_lines_short_before_a_heading_ends_level():
    """A page whose subheading went over with its first two lines: a heading's space and line and two
    lines of text empty, three lines for its few paragraph breaks and its leading to take."""
    editions = long_chapter(5)
    uneven = [(spread.left.number, spread.difference) for spread in text_spreads(editions[False])]
    assert any(difference == pytest.approx(3 * 14.5, abs=0.1) for _, difference in uneven), uneven
    assert all(spread.difference < LEVEL for spread in text_spreads(editions[True]))


def test_a_stretched_page_keeps_its_lines_close(editions):
    """Vertical justification may open a paragraph break by a quarter line (a heading's by half) and
    the leading by an eighth, never more: a page that needs more keeps its short foot."""
    most = (2 * MOST_A_BREAK + MOST_A_LINE) * 0.75                          # px to pt
    for mine, theirs in zip(pages(editions[True]), pages(editions[False])):
        for step, plain in zip(_steps(mine.baselines), _steps(theirs.baselines)):
            assert step - plain <= most + 0.01, (mine.number, step, plain)


def test_levelling_moves_no_line_to_another_page(editions):
    texts = {facing: [page.get_textpage().get_text_range() for page in pypdfium2.PdfDocument(pdf)]
             for facing, pdf in editions.items()}
    assert texts[True] == texts[False]
    assert _stretched_pages(editions)


def test_a_note_link_on_a_stretched_page_stays_on_its_number(editions):
    stretched = _stretched_pages(editions)
    links = {facing: [link for link in _small_links(pdf) if link[0] in stretched] for facing, pdf in editions.items()}
    assert links[True], "no note link on a stretched page: the fixture misses its point"
    assert links[True] != links[False]                       # moved with the text ...
    document = pypdfium2.PdfDocument(editions[True])
    for number, (left, bottom, right, top) in links[True]:  # ... and still over its number
        under = document[number - 1].get_textpage().get_text_bounded(left, bottom, right, top)
        assert under.strip().isdigit(), (number, under)


def _steps(baselines: tuple[float, ...]) -> list[float]:
    return [lower - upper for upper, lower in zip(baselines, baselines[1:])]


def _stretched_pages(editions) -> set[int]:
    return {mine.number for mine, theirs in zip(pages(editions[True]), pages(editions[False]))
            if mine.baselines != theirs.baselines}


def _small_links(pdf: bytes) -> list[tuple[int, tuple[float, ...]]]:
    """(page, rectangle) of every link narrower than a word (a note marker's)."""
    found = []
    with pikepdf.open(io.BytesIO(pdf)) as document:
        for number, page in enumerate(document.pages, 1):
            for annotation in page.get("/Annots", []):
                rectangle = [float(value) for value in annotation.get("/Rect", [])]
                if annotation.get("/Subtype") == "/Link" and rectangle and rectangle[2] - rectangle[0] < 20:
                    left, y1, right, y2 = rectangle
                    found.append((number, (left, min(y1, y2), right, max(y1, y2))))
    return found
