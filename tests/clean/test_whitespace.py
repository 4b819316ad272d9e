"""The whitespace pass and the characters of a PDF's text layer it sets as a reader gets them:
a soft hyphen that was printed, an accent standing on no letter, a symbol font's glyph."""
from __future__ import annotations

from clean_helpers import lines, source
from publish.clean import clean
from publish.clean.whitespace import _normalise, normalise


def test_a_soft_hyphen_between_digits_is_the_printed_hyphen():
    """A layout engine hyphenates no number: the PDF coded the range's hyphen as a soft one."""
    out, changes = normalise(lines("Gregoriana, 1933\u00ad1936.", "p. 82\u00ad105 en de laat\u00admiddeleeuwse",
                                   "dl. 1, Utrecht \u00ad Antwerpen", "schwierig. \u00ad", "der \u00adAutorinnen"))
    assert [line.text for line in out] == ["Gregoriana, 1933-1936.", "p. 82-105 en de laatmiddeleeuwse",
                                           "dl. 1, Utrecht - Antwerpen", "schwierig.", "der Autorinnen"]
    assert [change.kind for change in changes] == ["printed-hyphen"] * 3



def test_a_soft_hyphen_at_a_lines_end_after_a_digit_or_a_space_in_a_sentence_is_the_printed_hyphen():
    """Set as a hyphen and logged, left for the hyphen pass; after a sentence's end it is dropped."""
    out, changes = normalise(lines("in de jaren 1933\u00ad", "1936 verscheen", "het traject Utrecht \u00ad",
                                   "Antwerpen en", "technisch schwierig. \u00ad", "Auch muss"))
    assert [line.text for line in out] == ["in de jaren 1933-", "1936 verscheen", "het traject Utrecht -",
                                           "Antwerpen en", "technisch schwierig.", "Auch muss"]
    assert [(change.kind, change.line) for change in changes] == [("printed-hyphen", 1), ("printed-hyphen", 3)]


def test_a_soft_hyphen_at_a_lines_end_is_judged_without_the_lines_trailing_spaces():
    """Trailing spaces after the soft hyphen: the range's hyphen is still printed, and after a
    sentence's end the mark is still dropped (no stray dash that could become a title)."""
    out, changes = normalise(lines("in de jaren 1933\u00ad ", "1936 verscheen", "technisch schwierig. \u00ad ",
                                   "Auch muss"))
    assert [line.text for line in out] == ["in de jaren 1933-", "1936 verscheen", "technisch schwierig.", "Auch muss"]
    assert [change.line for change in changes if change.kind == "printed-hyphen"] == [1]
    paragraph = clean(source("Gregoriana, in de jaren 1933\u00ad \n1936 verscheen het werk.\n")).blocks[0].text
    assert paragraph == "Gregoriana, in de jaren 1933-1936 verscheen het werk."


def test_a_soft_hyphen_at_a_number_or_before_a_comma_inside_a_line_is_the_printed_hyphen():
    """No layout engine breaks a word at a number or before a comma: the PDF printed these hyphens
    (a year's count, a book's format, a suspended compound); the log names the evidence."""
    out, changes = normalise(lines("Jahr war die 50\u00adJahr Feier der Physik", "sterven, in\u00ad4°, car. goth.",
                                   "von PeP bei den Semesterstart\u00ad, sowie Semesterab\u00ad",
                                   "schlussgrillen der Fachschaft"))
    assert [line.text for line in out] == ["Jahr war die 50-Jahr Feier der Physik", "sterven, in-4°, car. goth.",
                                           "von PeP bei den Semesterstart-, sowie Semesterab\u00ad",
                                           "schlussgrillen der Fachschaft"]
    printed = [change for change in changes if change.kind == "printed-hyphen"]
    assert [change.line for change in printed] == [1, 2, 3]
    assert "after a figure" in printed[0].reason and "before a figure" in printed[1].reason
    assert "before a comma" in printed[2].reason


def test_a_hyphenation_hint_inside_a_line_is_dropped():
    """Counter-examples: hints a word processor or a web page left, which no reader sees - in lower
    case, in a name written with capitals inside (a brand's, a place's), inside a word in capitals,
    twice; the document writes none of them with a hyphen."""
    pairs = (("Moral argu\u00adments were used", "Moral arguments were used"),
             ("the Po\u00adwer\u00adPoint slides and You\u00adTu\u00adbe", "the PowerPoint slides and YouTube"),
             ("at the Mc\u00adDo\u00adnald Hall on What\u00ads\u00adApp", "at the McDonald Hall on WhatsApp"),
             ("Conference on Wom\u00ad\u00aden in Beijing", "Conference on Women in Beijing"),
             ("De doel\u00adgroep van deze steek\u00adproef", "De doelgroep van deze steekproef"),
             ("DE INTER\u00adNATIONALE DAG", "DE INTERNATIONALE DAG"),
             ("in die Ha\u00adfen\u00adCi\u00adty mit der Bahn\u00adCard", "in die HafenCity mit der BahnCard"),
             ("das Donau\u00addampf\u00adschiff", "das Donaudampfschiff"),
             ("le dé\u00adve\u00adlop\u00adpe\u00adment durable", "le développement durable"))
    out, changes = normalise(lines(*(text for text, _ in pairs)))
    assert [line.text for line in out] == [reading for _, reading in pairs]
    assert not [change for change in changes if change.kind == "printed-hyphen"]


def test_the_document_tells_a_printed_hyphen_between_letters_from_a_hint():
    """The document writes 'pep-dortmund' with a hyphen (a running foot): the soft one was printed,
    and the log says so; it writes 'breadwinner' joined: the soft one was a hint."""
    out, changes = normalise(lines("unter: http://pep\u00addortmund.org", "pep-dortmund.org", "pep-dortmund.org"))
    assert out[0].text == "unter: http://pep-dortmund.org"
    assert [change.reason for change in changes] == [
        "a soft hyphen between letters is a printed hyphen: the document writes 'pep-dortmund' (2x) and "
        "'pepdortmund' 0x"]
    out, changes = normalise(lines("the ‘bread\u00adwinner’. The husband", "the breadwinner model"))
    assert out[0].text == "the ‘breadwinner’. The husband" and not changes


def test_a_combining_mark_on_no_letter_is_removed_and_logged_and_an_accent_on_its_letter_stays():
    out, changes = normalise(lines("Lehrbeauftragter für", "\f\u0308", "Chor- und", "für \u0308 Chor", "Cafe\u0301"))
    assert [(line.text, line.page_start) for line in out] == [
        ("Lehrbeauftragter für", False), ("", False), ("Chor- und", True), ("für Chor", False), ("Cafe\u0301", False)]
    removed = [change for change in changes if change.kind == "stray-mark"]
    assert [(change.line, change.before) for change in removed] == [(2, "\u0308"), (4, "\u0308")]
    assert all(change.is_removal for change in removed)


def test_a_symbol_glyph_in_the_text_is_the_character_it_shows_and_a_lines_bullet_stays_for_the_list_pass():
    out, _ = normalise(lines("Als er iets moet aangekocht worden \uf0e0 Stephen inlichten", "(zo\uf0e0do 10h)",
                             "\uf0e8 punt \uf0fc klaar", "§\uf0e8 item", "\uf0e8", "de leraars \uf0a7 de school"))
    assert [line.text for line in out] == ["Als er iets moet aangekocht worden → Stephen inlichten", "(zo→do 10h)",
                                           "\uf0e8 punt ✔ klaar", "§\uf0e8 item", "\uf0e8",
                                           "de leraars \uf0a7 de school"]


def test_the_marks_take_the_fast_path_as_the_per_line_rule():
    marked = lines("tekst", "\f\u0308", "Chor", "für \u0308 Chor", "\u0301", "1933\u00ad1936", "a \uf0e0 b",
                   "\uf0e8 punt")
    assert normalise(marked) == _normalise(marked)


def test_every_white_space_within_a_line_becomes_one_space():
    """En, em, figure and ideographic spaces, a tab, a vertical tab: a PDF sets them between words."""
    marked = lines("Datum\u2002\u2002\u20021 maart", "a\u2003b\u2004c\u2005d\u2006e\u2008f", "x\x0by\u205fz",
                   "\u2002\u2002")
    out, _ = normalise(marked)
    assert [line.text for line in out] == ["Datum 1 maart", "a b c d e f", "x y z", ""]
    assert out == _normalise(marked)[0]
