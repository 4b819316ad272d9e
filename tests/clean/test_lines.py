"""Where a text's pages start, a line's first word, and the lines a gate pattern finds (publish/clean/lines.py)."""
from __future__ import annotations

import re

from publish.clean.lines import Line, first_word, lines_matching, page_openings, page_starts


def _pages(*texts: str) -> tuple[Line, ...]:
    """Lines from texts, a text opening with a form feed starting a page (the form feed dropped)."""
    return tuple(Line(number, text.lstrip("\f"), page_start=text.startswith("\f"))
                 for number, text in enumerate(texts, start=1))


def test_page_starts_hold_the_first_line_only_where_it_is_marked():
    marked = _pages("\fJaarverslag 2024", "", "Inleiding", "\fBestuur", "Leden")
    unmarked = _pages("Jaarverslag 2024", "", "Inleiding", "\fBestuur", "Leden")
    assert page_starts(marked) == [0, 3]
    assert page_starts(unmarked) == [3]


def test_page_openings_hold_the_first_line_once_marked_or_not():
    marked = _pages("\fProcès-verbal", "Présents", "\fOrdre du jour", "\fDivers")
    unmarked = _pages("Procès-verbal", "Présents", "\fOrdre du jour", "\fDivers")
    assert page_openings(marked) == page_openings(unmarked) == [0, 2, 3]


def test_a_text_marking_no_pages_opens_one_page_at_its_first_line():
    assert page_starts(_pages("Dear members,", "", "Kind regards")) == []
    assert page_openings(_pages("Dear members,", "", "Kind regards")) == [0]


def test_the_first_word_of_an_empty_or_indented_line():
    assert first_word("") == ""
    assert first_word("   ") == ""
    assert first_word("  a b") == "a"
    assert first_word("Sehr geehrte Damen") == "Sehr"


# A line opening with a digit, found by its newline (as the furniture's gates are written).
DIGIT_GATE = re.compile(r"\n\d")


def test_lines_matching_finds_each_line_once_in_order_at_its_opening_only():
    texts = ["1 Inleiding", "Zie hoofdstuk 2", "", "2 Methode 3 4", "12", "Bijlage 3"]
    assert lines_matching(texts, DIGIT_GATE) == [0, 3, 4]
    assert lines_matching(texts, re.compile(r"\d")) == [0, 1, 3, 4, 5]     # anywhere in a line, once a line


def test_lines_matching_counts_on_past_a_chunk_of_lines():
    texts = ["tekst"] * 9000
    for index in (0, 4095, 4096, 8191, 8999):
        texts[index] = f"{index} pagina"
    assert lines_matching(texts, DIGIT_GATE) == [0, 4095, 4096, 8191, 8999]


def test_lines_matching_reads_a_text_holding_a_newline_as_one_line():
    # A newline inside a text would throw the count of the joined scan off: each text is read alone.
    texts = ["Agenda", "Punt\n3 Rondvraag", "4 Sluiting"]
    assert lines_matching(texts, DIGIT_GATE) == [1, 2]


def test_lines_matching_finds_nothing_in_no_lines():
    assert lines_matching([], DIGIT_GATE) == []
