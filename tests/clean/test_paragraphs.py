"""Paragraphs rejoined across page and column breaks (publish.clean.paragraphs)."""
from publish.clean import clean
from publish.clean.paragraphs import SECTION_NUMBER_OPENING

from clean_helpers import source

WIDE = "Dit is een regel die de hele kolom van de tekst vult en"


def blocks(text):
    return clean(source(text)).blocks


def test_a_section_number_of_two_levels_or_more_opens_a_text_before_its_word():
    # The number its group gives without the full stop after it (the depth and the chapter are read
    # from it); a list's "4." and a time span's "20.45 - 21.30" open no section.
    assert SECTION_NUMBER_OPENING.match("4.2.1. Umsetzung der Beschlüsse").group(1) == "4.2.1"
    assert SECTION_NUMBER_OPENING.match("7.2 Wahl des Vorstands").group() == "7.2"
    assert SECTION_NUMBER_OPENING.match("4. Begroting") is None
    assert SECTION_NUMBER_OPENING.match("20.45 - 21.30 Afsluiting") is None


def test_a_headline_atop_the_page_inside_a_bracketed_sentence_is_set_after_its_paragraph():
    """A page's headline and its subtitle, read out by the text layer before the rest of a
    sentence the page break cut: the line under them closes the bracket the page's last line left
    open, so it goes on from that line, not from the subtitle.  Without the bracket to tell, the
    headline stays where it stands."""
    text = (f"{WIDE}\nBuurman Piet heeft zijn kippenhok (zo groot als een\n\n"
            "\fU-ZON\nHet alternatief voor zonnepanelen op maat\nhele achtertuin) zo gebouwd dat de buren "
            "eieren pakken.\n\nEen nieuwe alinea begint hier en eindigt.\n")
    got = [b.text for b in blocks(text)]
    assert got[0] == (f"{WIDE} Buurman Piet heeft zijn kippenhok (zo groot als een hele achtertuin) zo gebouwd "
                      "dat de buren eieren pakken.")
    assert "U-ZON" in got[1] and got[-1] == "Een nieuwe alinea begint hier en eindigt."
    for kept in (text.replace("(zo groot als een", "zo groot als een").replace("achtertuin)", "achtertuin"),
                 text.replace("Het alternatief", "(Het alternatief")):
        joined = " ".join(b.text for b in blocks(kept))
        assert joined.index("U-ZON") < joined.index("hele achtertuin")


def test_body_lines_atop_the_page_inside_a_bracketed_sentence_stay_in_their_sentence():
    """The page break cuts a bracketed sentence and the new page goes on with the sentence's own
    lines: no headline (not in capitals, ending on an article), so the bracket closed under them
    moves nothing: the sentence reads on across the page."""
    german = ("Der Verein hat sich im letzten Jahr wieder sehr stark für die Nachbarschaft eingesetzt und\n"
              "hat viele Aktionen für Jung und Alt (zum Beispiel den\n\n\fFrühjahrsputz im Park und das\n"
              "große Sommerfest am See) mit vielen Helfern organisiert.\n\nEin neuer Absatz beginnt hier und endet.\n")
    dutch = (f"{WIDE}\nnieuwe bankjes geplaatst (op voorstel van de\n\n\fVereniging Dorpsbelang en de\n"
             "bewoners van de Kerkstraat) langs het water.\n\nEen nieuwe alinea begint hier.\n")
    assert "(zum Beispiel den Frühjahrsputz im Park und das große Sommerfest am See)" in blocks(german)[0].text
    assert "(op voorstel van de Vereniging Dorpsbelang en de bewoners van de Kerkstraat)" in blocks(dutch)[0].text
    # A line in mixed case, or one in capitals that ends on an article, is no headline either.
    mixed = german.replace("im Park und das\ngroße", "im Stadtpark\nund das große")
    assert "(zum Beispiel den Frühjahrsputz im Stadtpark und das große Sommerfest am See)" in blocks(mixed)[0].text
    capitals = dutch.replace("Vereniging Dorpsbelang en de", "VERENIGING DORPSBELANG EN DE")
    assert "(op voorstel van de VERENIGING DORPSBELANG EN DE bewoners" in blocks(capitals)[0].text


def test_a_run_set_after_its_paragraph_from_inside_a_sentence_is_text_not_a_display_line():
    """A name in capitals that the text layer put between the two halves of a sentence (a quiz
    printing its names beside the quotes) is set after the paragraph; the rest of the sentence
    stood under it, so it heads no text: a paragraph, not a heading's candidate."""
    for language_text in (f"{WIDE}\nhet bestuur wil de vereniging laten groeien tot\n\nPUTNAM\n\n"
                          "ver buiten de stad. Daarom zoekt het nieuwe leden.\n",
                          "For clear thinking in many diverse fields, the habit of keeping apart\n\nPOPPER\n\n"
                          "functions and propositions is of the utmost importance.\n"):
        got = [(b.kind, b.text) for b in blocks(language_text)]
        assert ("paragraph", "PUTNAM" if "PUTNAM" in language_text else "POPPER") in got


def test_a_name_in_capitals_between_two_paragraphs_stays_a_display_line():
    """The same name in capitals over a paragraph that opens its own sentence was set apart from
    nothing: it stays a display line, which may head the text under it."""
    text = (f"{WIDE}\nhet bestuur wil de vereniging laten groeien.\n\nPUTNAM\n\n"
            "Ver buiten de stad zoekt het nieuwe leden voor de vereniging en haar bestuur.\n")
    assert ("display", "PUTNAM") in [(b.kind, b.text) for b in blocks(text)]


def test_a_page_opening_with_a_capital_under_a_web_address_opens_a_block():
    """A web or e-mail address at a page's foot is its paragraph's last word (a sentence ends on
    it without a full stop): the next page's first line, opening in a capital, opens a block as
    after a full stop, so a heading there is not read into the paragraph above."""
    for address in ("wmde.org/Projekt_Neuautorengewinnung", "www.jobhulpmaatjezoetermeer.nl", "info@club.nl"):
        text = (f"{WIDE}\nAlle informatie over het project vindt u op:\n{address}\n\n"
                "\fVelddag 2025\n\nOp zaterdag komen alle leden samen op het veld achter het clubhuis om de\n"
                "antennes op te bouwen.\n")
        assert [b.text for b in blocks(text)][1:] == ["Velddag 2025", "Op zaterdag komen alle leden samen op het "
                                                      "veld achter het clubhuis om de antennes op te bouwen."]


def test_a_page_going_on_from_a_line_with_an_address_inside_it_reads_on():
    """Counter-examples: the line goes on after the address, or the next page goes on in lower
    case: the sentence runs across the page break."""
    for foot, top in (("U kunt het formulier invullen op www.gemeente.nl/aanvraag voor de", "Dienst Burgerzaken"),
                      ("Stuur uw vragen per e-mail naar info@club.nl", "of bel de secretaris")):
        text = f"{WIDE}\n{foot}\n\n\f{top} in het gemeentehuis aan de Markt.\n"
        assert len(blocks(text)) == 1


def test_a_page_going_on_from_an_abbreviation_or_a_capitalised_ending_reads_on():
    """An abbreviation ("i.v.m", "prof.dr"), a name with a dot before a capital ("St.Gallen", a
    space the text layer lost) or a file's name ("minutes.docx") ends no paragraph as an address
    does: the sentence runs on across the page (review19f t9)."""
    for foot in ("Het bestuur stelt de vergadering uit tot na de zomer i.v.m", "Die Handschrift liegt in St.Gallen",
                 "Na de pauze hield de gastspreker een lezing, namelijk prof.dr",
                 "The minutes are attached to this newsletter as the file minutes.docx"):
        text = ("De vergadering in maart is goed verlopen, met veel leden in de zaal. Een nieuwe\n"
                f"{foot}\n\n\fVakantie van de leden en de verbouwing van het clubhuis aan de Markt, die nog loopt.\n")
        assert len(blocks(text)) == 1, foot


def test_a_heading_right_under_a_short_label_with_a_colon_stays_a_display_line():
    """A kicker with a colon over a heading, the text under it (review19f t8): the line under the
    label may head a section, so it stays a display line (a value under a label is told nowhere)."""
    for text, heading in (
            ("The society closed the year with a well attended general meeting in the main hall of the village.\n\n"
             "Further information:\nMembership and subscriptions for the coming year\nThe subscription stays at 20 "
             "pounds a year for adults and 10 pounds for children under sixteen.\n",
             "Membership and subscriptions for the coming year"),
            ("Der Verein schloss das Jahr mit einer gut besuchten Mitgliederversammlung im großen Saal ab.\n\n"
             "Ausblick:\nUnsere Pläne für das neue Vereinsjahr\nIm kommenden Jahr wollen wir den Spielplatz erneuern "
             "und ein Sommerfest für alle Mitglieder feiern.\n", "Unsere Pläne für das neue Vereinsjahr")):
        assert ("display", heading) in [(b.kind, b.text) for b in blocks(text)], heading


def test_a_long_capitals_heading_over_a_narrower_paragraph_stays_a_display_line():
    """A heading of eight words or more over a paragraph set narrower than it (review19f t6): the
    paragraph's first line tells nothing of the line above it, so the heading stays."""
    heading = "RECOMMENDATIONS FOR THE USE OF GENERATIVE AI IN SOFTWARE DEVELOPMENT"
    text = ("The society closed the year with a well attended general meeting in the main hall of the village.\n\n"
            f"{heading}\nThe use of generative AI for writing code is not high-risk in\nitself. It depends mostly on "
            "what the code is used for\nafterwards.\n")
    assert ("display", heading) in [(b.kind, b.text) for b in blocks(text)]
