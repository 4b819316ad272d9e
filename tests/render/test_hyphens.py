"""Whole words across a hyphenated line end (render.hyphens), on page contents written as
WeasyPrint writes them: marked content, a text matrix whose last number is the baseline, and
text shown in hex strings of two-byte glyph ids."""
from __future__ import annotations

import re

from publish.render.hyphens import SOFT_HYPHEN, whole_words

GLYPHS = {1: "a", 2: "c", 3: "t", 4: "i", 5: SOFT_HYPHEN, 6: "\u2013", 7: " ", 8: "v", 9: "e", 10: "n"}
FONTS = {"/F1": GLYPHS}
DASHED = {"/F1": {**GLYPHS, 11: "-"}}          # with the author's own hyphen


def shown(text: str) -> str:
    ids = {value: key for key, value in DASHED["/F1"].items()}
    return "[" + "".join(f"<{ids[letter]:04x}>0" for letter in text) + "] TJ"


def line(mcid: int, baseline: float, text: str) -> str:
    return f"/P <</MCID {mcid}>> BDC\nBT\n1 0 0 -1 50 {baseline} Tm\n/F1 10 Tf\n{shown(text)}\nET\nEMC\n"


def actual_texts(content: bytes) -> list[str]:
    return [bytes.fromhex(found.decode())[2:].decode("utf-16-be")
            for found in re.findall(rb"/ActualText <([0-9a-f]+)>", content)]


def test_a_word_hyphenated_across_pages_reads_whole_past_the_list_markers_drawn_after_the_text():
    """WeasyPrint draws a page's list markers after its text: the runs after the page's last line
    stand above it, and the word goes on at the top of the next page, not in a marker."""
    first = line(0, 80, "at") + line(1, 600, "acti" + SOFT_HYPHEN)
    first += line(2, 80, "\u2013") + line(3, 120, "\u2013")          # two list items' markers
    second = line(0, 80, "viteiten tan")
    pages = whole_words([first.encode(), second.encode()], [FONTS, FONTS])
    assert actual_texts(pages[0]) == ["activiteiten"]
    assert actual_texts(pages[1]) == [""]                                   # its second half reads as nothing
    assert pages[0].count(shown("\u2013").encode()) == 2                    # the markers untouched


def test_a_word_hyphenated_on_the_same_page_reads_whole():
    content = line(0, 80, "tan acti" + SOFT_HYPHEN) + line(1, 92, "viteiten")
    (page,) = whole_words([content.encode()], [FONTS])
    assert actual_texts(page) == ["activiteiten", ""]


def test_a_run_that_does_not_end_its_line_is_left_alone():
    """A hyphen with more text after it on its line (another span) is inside the line."""
    content = line(0, 80, "acti" + SOFT_HYPHEN) + line(1, 80, "tan") + line(2, 92, "viteiten")
    assert whole_words([content.encode()], [FONTS]) == [content.encode()]


def test_a_word_hyphenated_over_three_lines_reads_whole_once():
    """A narrow line holds only the middle of the word, itself hyphenated: the first piece reads as
    the whole word, the others as nothing."""
    content = line(0, 80, "tan acti" + SOFT_HYPHEN) + line(1, 92, "vi" + SOFT_HYPHEN) + line(2, 104, "teiten tan")
    (page,) = whole_words([content.encode()], [FONTS])
    assert actual_texts(page) == ["activiteiten", "", ""]


def test_a_line_ending_one_hyphenated_word_and_ending_another_reads_each_whole_once():
    """"ring is ... bedrij-": the line's run holds the end of the word above and the start of the
    next one; both parts are marked (the end read as nothing), not only the later one."""
    content = line(0, 80, "tan acti" + SOFT_HYPHEN) + line(1, 92, "viteit tan acti" + SOFT_HYPHEN) + line(2, 104, "ve")
    (page,) = whole_words([content.encode()], [FONTS])
    assert actual_texts(page) == ["activiteit", "", "active", ""]
    assert page.count(shown(" tan ").removeprefix("[").removesuffix("] TJ").encode()) == 1   # the middle as it was


def test_a_word_hyphenated_over_three_lines_at_the_authors_hyphen_reads_whole_once():
    """A web address broken by the layout ('rijksover-' / 'heid/.../rapportenevaluatie-' / 'coronamelder'):
    the middle line ends at the address's own hyphen, and the word still goes on through it. Its
    last piece read as nothing: a second ActualText over no glyph at the middle line's end would
    hold it, which pdftotext does not read."""
    content = line(0, 80, "tan acti" + SOFT_HYPHEN) + line(1, 92, "vi-") + line(2, 104, "teiten tan")
    (page,) = whole_words([content.encode()], [DASHED])
    assert actual_texts(page) == ["activi-teiten", "", ""]
