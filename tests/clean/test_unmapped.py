"""Characters the text layer could not map (U+FFFD, private use): a lost bullet, a lost letter, or
no word left out with its reason; none left in silently."""
from __future__ import annotations

from clean_helpers import lines, source
from publish.clean import clean
from publish.clean.unmapped import read


def test_a_replacement_character_opening_lines_in_a_row_before_their_text_is_a_lists_bullet():
    out, changes = read(lines("Inhoud", "\ufffd Inbreng van de leden van de VVD-fractie",
                              "\ufffd Inbreng van de leden van de D66-fractie", "",
                              "\ufffd Inbreng van de leden van de NSC-fractie"))
    assert [line.text for line in out] == ["Inhoud", "• Inbreng van de leden van de VVD-fractie",
                                           "• Inbreng van de leden van de D66-fractie", "",
                                           "• Inbreng van de leden van de NSC-fractie"]
    assert [(change.kind, change.line) for change in changes] == [("lost-bullet", 2), ("lost-bullet", 3),
                                                                  ("lost-bullet", 5)]


def test_the_lost_bullets_items_become_a_list_each_item_its_own():
    text = ("Inhoud\n\nI Vragen en opmerkingen uit de fracties\n"
            "       \ufffd Inbreng van de leden van de GroenLinks-PvdA-fractie\n"
            "       \ufffd Inbreng van de leden van de VVD-fractie\n")
    items = [(block.marker, block.text) for block in clean(source(text)).blocks if block.kind == "item"]
    assert items == [("•", "Inbreng van de leden van de GroenLinks-PvdA-fractie"),
                     ("•", "Inbreng van de leden van de VVD-fractie")]


def test_one_line_opening_so_is_no_list_and_a_mark_glued_to_its_word_no_bullet():
    """One line is no evidence of a list: the mark is left out. Glued to the word it stands for a
    lost letter ('�ber', '�ffnungszeiten'), which taking it out would change: it stays."""
    out, changes = read(lines("\ue001 Telefoon 012 345 67 89", "Verder niets.", "\ufffdber die Sitzung",
                              "\ufffdffnungszeiten am Montag"))
    assert [line.text for line in out] == ["Telefoon 012 345 67 89", "Verder niets.", "\ufffdber die Sitzung",
                                           "\ufffdffnungszeiten am Montag"]
    assert [(change.kind, change.line, change.before) for change in changes] == [("unmapped", 1, "\ue001")]


def test_a_symbol_fonts_end_mark_after_the_last_sentence_is_left_out_as_a_removal_a_lost_letter_stays():
    out, changes = read(lines("handleiding is te vinden op", "https://www.aiopschool.be/kiks. \uf098",
                              "Die Sitzung in M\ufffdnchen", "5 dec \ue0ff 19 dec"))
    assert [line.text for line in out] == ["handleiding is te vinden op", "https://www.aiopschool.be/kiks.",
                                           "Die Sitzung in M\ufffdnchen", "5 dec 19 dec"]
    assert [(change.kind, change.line, change.before) for change in changes] == [
        ("unmapped", 2, "\uf098"), ("unmapped", 4, "\ue0ff")]
    assert all(change.is_removal for change in changes)


def test_a_symbol_fonts_bullet_opening_a_line_stays_for_the_list_pass_its_other_glyphs_go():
    """U+F000-U+F0FF opening a line is a bullet already (tokens.BULLET_MARK), on one line too."""
    out, changes = read(lines("\uf0a7 Een eerste punt \uf06c", "§\uf0a7 Een overzicht maken.", "\uf0a7"))
    assert [line.text for line in out] == ["\uf0a7 Een eerste punt", "§\uf0a7 Een overzicht maken.", "\uf0a7"]
    assert [(change.kind, change.line) for change in changes] == [("unmapped", 1)]


def test_a_text_without_such_characters_is_passed_on_as_it_is():
    given = lines("Verslag", "• punt", "Mnchen")
    assert read(given) == (given, ())


def test_the_words_around_a_left_out_mark_are_all_accounted_for():
    from publish.audit import audit
    from publish.config import SourceConfig
    from publish.structure import structure
    cleaned = clean(source("Verslag van de tuinclub\n\nDe oogst \ue001 was goed, in M\ufffdnchen ook.\n"
                           "Meer op https://www.tuinclub.nl/oogst. \uf098\n"))
    assert audit(cleaned, structure(cleaned, SourceConfig(), "fixture")).ok
