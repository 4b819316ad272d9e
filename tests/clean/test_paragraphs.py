"""Paragraphs rejoined across page and column breaks (publish.clean.paragraphs)."""
import pytest

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


def test_a_section_number_set_off_by_a_bar_opens_its_section():
    """A designed report sets its numbers off by a bar ("2.1 | Scope of the Act"): the match ends
    at the bar, before the title; a chapter's single number ("2 | Introduction") and a time span
    ("20.45 | 21.30") open none."""
    match = SECTION_NUMBER_OPENING.match("2.1 | Scope of the Act")
    assert match.group(1) == "2.1" and match.group() == "2.1 |"
    assert SECTION_NUMBER_OPENING.match("2 | Introduction") is None
    assert SECTION_NUMBER_OPENING.match("20.45 | 21.30 Afsluiting") is None


def test_a_chapters_heading_over_its_first_section_set_off_by_a_bar_is_a_heading_of_its_own():
    """"2 | Introduction" over "2.1 | Background": two headings, not one."""
    thanks = "The guide thanks all who helped to make it in the long years of its writing."
    began = "The city began in 1850 with a market on the square by the river and the church."
    text = f"{thanks}\n\n2 | Introduction\n2.1 | Background\n{began}\n"
    assert [b.text for b in blocks(text)] == [thanks, "2 | Introduction", "2.1 | Background", began]


def test_sections_numbered_with_a_bar_tell_a_text_that_numbers_its_sections():
    """"1.1 | Aanleiding", "2.1 | Maatregelen": chapters' first sections, with or without the bar,
    so "2.2 | Wachtwoorden en toegang" opening a page under a line broken off is a section's
    heading, as "2.2 Wachtwoorden en toegang" is."""
    for bar in (" |", ""):
        text = (f"Handreiking informatiebeveiliging\n\n1.1{bar} Aanleiding\n"
                "De gemeente wil haar systemen beter beveiligen tegen aanvallen van buiten.\n\n"
                f"1.2{bar} Doel\nDit document beschrijft de maatregelen die de gemeente neemt.\n\n"
                f"2.1{bar} Maatregelen\n"
                "De maatregelen zijn gekozen op basis van een risicoanalyse van de systemen\n"
                f"en de volgende onderdelen\n\f2.2{bar} Wachtwoorden en toegang\n"
                "Elke medewerker krijgt een eigen account met een sterk wachtwoord.\n\n"
                f"3.1{bar} Uitvoering\nDe afdeling ICT voert de maatregelen in 2025 uit.\n")
        assert f"2.2{bar} Wachtwoorden en toegang" in [b.text for b in blocks(text)]


def test_a_chapters_number_set_off_by_a_bar_opening_a_page_opens_a_heading():
    """"1 | Einleitung" opens a page under a cover's last line ("2024"), once its head above it is
    gone, in a text that numbers no sections: the bar sets the number off as a heading's, never a
    sentence's.  Counter-example: a number opening a page without a bar ("... kostete" / "3
    Millionen Euro ...") reads on."""
    text = ("Stadtführer Altstadt\n\nEin Bericht für den Stadtrat\n\n2024\n\f1 | Einleitung\n\n1 | Einleitung\n\n"
            "Die Stadt wurde im Jahr 1250 gegründet und wuchs schnell zu einem wichtigen Handelsplatz.\n")
    assert [b.text for b in blocks(text)][-2:] == [
        "1 | Einleitung", "Die Stadt wurde im Jahr 1250 gegründet und wuchs schnell zu einem wichtigen Handelsplatz."]
    text = ("Der Umbau des Rathauses am Markt hat nach den Angaben der Verwaltung insgesamt etwa\n"
            "\f3 Millionen Euro gekostet, mehr als geplant.\n")
    assert [b.text for b in blocks(text)] == [" ".join(text.replace("\f", "").split())]


@pytest.mark.parametrize("last_line, heading, text", [
    ("Der Bericht wurde vom Stadtrat im Herbst beschlossen und liegt hier vor, mit Anlagen", "1. | Einleitung",
     "Die Stadt wurde im Jahr 1250 gegründet und wuchs schnell zu einem wichtigen Handelsplatz."),
    ("Rapport over de binnenstad van de gemeente en haar pleinen en straten in het jaar", "1. | Inleiding",
     "De stad werd in 1250 gesticht en groeide snel uit tot een belangrijke handelsplaats."),
])
def test_a_chapters_number_with_its_full_stop_before_the_bar_opening_a_page_opens_a_heading(last_line, heading, text):
    # The page before broke off without a full stop; the bar sets "1." off as a chapter's number all the same.
    assert [b.text for b in blocks(f"{last_line}\n\f{heading}\n{text}\n")] == [last_line, heading, text]


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



def test_a_heading_opening_the_next_column_after_a_broken_sentence_opens_a_block():
    """A column breaks a sentence off without a stop, and the next column opens with a heading over
    its own text ("... the outcomes of this paper" / "" / "Semi-literacy" / "In various regions, ..."):
    the heading and its text are blocks of their own, not the rest of the sentence above."""
    english = ("Both men and women are insufficiently aware of this when opting for a traditional division\n"
               "of roles. With this in mind, I have instructed the preparation of an academic position\n"
               "paper about the de facto inequality that exists between men and women where work and\n"
               "care is concerned. We will discuss the outcomes of this paper with the knowledge institutes\n\n"
               "Semi-literacy\nIn various regions, the Dutch reading and writing foundation is focusing part of\n"
               "its programme specifically on semi-literate mothers, with courses in the evening.\n")
    dutch = ("De gemeente heeft het afgelopen jaar veel geïnvesteerd in de buurten van het noorden\n"
             "en zal de resultaten daarvan in het voorjaar bespreken met de bewoners en de wijkraden\n"
             "die daarom hebben gevraagd. Het project is opgezet in nauwe samenwerking met bewoners\n\n"
             "Vrijwilligheid\nDe vrijwillige inzet van bewoners is groot, en de gemeente wil die inzet de komende\n"
             "jaren ondersteunen met een klein budget per buurt.\n")
    for text, heading, under in ((english, "Semi-literacy", "In various regions"),
                                 (dutch, "Vrijwilligheid", "De vrijwillige inzet")):
        got = [(b.kind, b.text) for b in blocks(text)]
        assert got[1] == ("display", heading) and got[2][1].startswith(under)


def test_the_rest_of_a_sentence_opening_the_next_column_stays_in_its_sentence():
    """The line under the column break goes on with the sentence: above it the sentence stops on a
    function word ("... samenwerking met de" / "Gemeente Utrecht"), or the line runs the column's
    full measure (a paragraph's line, not a heading's: "... by researchers of Tilburg" / "" /
    "University and the municipality, who ..."), so it joins the sentence above."""
    dutch = ("De gemeente heeft het afgelopen jaar veel geïnvesteerd in de buurten van het noorden\n"
             "en zal de resultaten daarvan in het voorjaar bespreken met de bewoners en de wijkraden\n"
             "die daarom hebben gevraagd. Het project is opgezet in nauwe samenwerking met de\n\n"
             "Gemeente Utrecht\nDe gemeente heeft het afgelopen jaar veel geïnvesteerd in de buurten van het\n"
             "noorden en bespreekt de resultaten in het voorjaar.\n")
    english = ("Both men and women are insufficiently aware of this when opting for a traditional division\n"
               "of roles. With this in mind, the study was carried out by researchers of Tilburg\n\n"
               "University and the municipality, who have agreed to share the results with the players\n"
               "Of the field in the coming year.\n")
    assert [b.kind for b in blocks(dutch)] == ["paragraph"]
    assert "met de Gemeente Utrecht De gemeente heeft" in blocks(dutch)[0].text
    assert [b.kind for b in blocks(english)] == ["paragraph"]
    assert "researchers of Tilburg University and the municipality" in blocks(english)[0].text


def test_an_aside_alone_on_its_line_over_the_rest_of_its_sentence_ends_no_heading_above():
    """A paragraph's first lines are short beside a long line further down, and its third line is an
    aside in brackets with the sentence going on under it in lower case ("(Stichting Lezen &
    Schrijven)" / "is focusing ..."): the aside explains the word above, so the lines above head
    nothing; the paragraph stays whole.  A list item's marker alone on its line ("Artikel 3 Bestuur"
    / "(a)" / "de voorzitter ...") is no aside: the heading over it stays one."""
    text = ("Semi-literacy\nIn various regions, the Dutch reading and\nwriting foundation/language for life\n"
            "(Stichting Lezen & Schrijven/Taal voor het Leven)\n"
            "is focusing part of its programme specifically on semi-literate mothers. This\n"
            "programme ties in, for instance, with\nexisting preschool and early school programmes.\n")
    got = [(b.kind, b.text) for b in blocks(text)]
    assert got == [("display", "Semi-literacy"),
                   ("paragraph", "In various regions, the Dutch reading and writing foundation/language for life "
                    "(Stichting Lezen & Schrijven/Taal voor het Leven) is focusing part of its programme "
                    "specifically on semi-literate mothers. This programme ties in, for instance, with existing "
                    "preschool and early school programmes.")]
    provision = ("De vereniging kent een bestuur van vijf leden. De leden worden gekozen door de algemene\n"
                 "vergadering.\n\nArtikel 3 Bestuur\n(a)\nde voorzitter wordt gekozen door de algemene "
                 "vergadering voor een\nperiode van drie jaar en is daarna herkiesbaar.\n")
    assert [(b.kind, b.text[:17]) for b in blocks(provision)][1:] == [("display", "Artikel 3 Bestuur"),
                                                                      ("item", "de voorzitter wor")]


def test_a_label_of_the_documents_series_under_a_lead_in_heads_its_text():
    """A policy brief sets its run-in headings as title-case labels on lines of their own; one
    stands under a lead-in that ends on its colon ("... face structural limitations:" / "Quarterly
    Pressures:" / "Public companies optimize ..."): the lead-in announces the labelled paragraphs,
    and the label heads its text as the others do.  In a text with no series of labels, a line in
    title case under the lead-in, with its colon or without, is no label: it stays in the text."""
    text = ("Current Funding Landscape\nGovernment Programs:\n"
            "Open source funding is today spread over many programmes across the world, and its\n"
            "maintainers carry the costs.\nFragmentation of Effort:\n"
            "Maintainers face the burden of applying to many national programmes at once, and the\n"
            "costs of it. Corporate open source contributions, while valuable, face limitations:\n"
            "Quarterly Pressures:\n"
            "Public companies optimize for quarterly earnings, and infrastructure is long-term, so\n"
            "its maintainers carry the costs.\n")
    got = [(b.kind, b.text) for b in blocks(text)]
    assert [text for kind, text in got if kind == "display"] == [
        "Current Funding Landscape", "Government Programs:", "Fragmentation of Effort:", "Quarterly Pressures:"]
    assert got[4][1].endswith("face limitations:") and got[5] == ("display", "Quarterly Pressures:")
    lone = text.replace("Fragmentation of Effort:\n", "")
    assert any("limitations: Quarterly Pressures:" in b.text for b in blocks(lone))
    # Without the colon, the title-case line under the lead-in is no label either (the text names
    # what the colon announces): it stays in the text.
    bare = lone.replace("Quarterly Pressures:", "Quarterly Pressures Everywhere")
    assert any("limitations: Quarterly Pressures Everywhere Public companies" in b.text for b in blocks(bare))


# A paragraph of body lines over a page's foot, in the three languages (its last line follows).
BODY_LINES = {"en": "Recently, efforts have been made to increase\nthe support for young people in schools and\n"
                    "sports clubs. The ministry has funded local\nprojects in twelve cities, and it wants",
              "de": "Im letzten Jahr hat der Verein sich wieder\nsehr stark für die Nachbarschaft eingesetzt.\n"
                    "Viele Helfer haben mitgemacht, und nun\nwollen sie noch mehr erreichen: seit April",
              "nl": "Het afgelopen jaar heeft de vereniging zich\nweer sterk ingezet voor de buurt. Veel\n"
                    "vrijwilligers hebben meegedaan, en nu\nwil het bestuur nog meer bereiken: in mei"}


# A printed contents the contents pass reads as one (its heading, titles and page numbers), in the
# three languages.
CONTENTS = {"en": "Contents\nForeword 3\nPolicy priorities 5\nInternational polarisation 6\nAnnexes 9",
            "de": "Inhalt\nVorwort 3\nDas Sommerfest 5\nOffene Jugendarbeit im Stadtteil 6\nAnhang 9",
            "nl": "Inhoud\nVoorwoord 3\nVeilig Thuis in de wijk 5\nSamen sterk in de wijk 6\n"
                  "Wie doet wat in de wijk? 7\nBijlagen 9"}


def test_a_run_atop_a_page_repeating_a_contents_line_is_a_heading_not_the_sentence_broken_above():
    """A page opens with a line or two set apart by a blank line, the text under it opening in a
    capital, and the run's words are a title of the printed contents: a heading, not the rest of
    the sentence broken off at the foot of the page before (a note or a picture took its end); a
    title asking a question too ("Wie doet" / "wat in de wijk?")."""
    for language, foot, top, under in (
            ("en", "to increase the resilience via a project", "International\npolarisation",
             "Beyond our borders there is still great resistance to equal rights."),
            ("nl", "start de gemeente een nieuw project", "Veilig Thuis\nin de wijk",
             "Het bestuur heeft dit jaar drie nieuwe leden gevonden voor de raad."),
            ("nl", "start de gemeente een nieuw project", "Wie doet\nwat in de wijk?",
             "Het bestuur heeft dit jaar drie nieuwe leden gevonden voor de raad.")):
        text = f"{CONTENTS[language]}\n\n\f{BODY_LINES[language]}\n{foot}\n\n\f{top}\n\n{under}\n"
        got = [b.text for b in blocks(text)]
        assert got[-3:] == [" ".join([*BODY_LINES[language].split("\n"), foot]), top.replace("\n", " "), under]


def test_a_chapters_heading_atop_a_page_right_over_its_first_sections_heading_is_a_heading():
    """A chapter's heading opens a page right over its first section's, both titles of the printed
    contents, no blank line between ("1 Inleiding" / "1.1 Over dit document"): a heading, not the
    rest of the sentence broken at the foot of the page before.  Counter-example: the same run
    with the text right under it, no blank line nor a title between, reads on."""
    contents = {"nl": "Inhoud\n1 Inleiding 3\n1.1 Over dit document 3\n2 Doelen 5",
                "en": "Contents\n1 Introduction 3\n1.1 About this guide 3\n2 Aims 5"}
    for language, foot, chapter, section, under in (
            ("nl", "start de gemeente een nieuw project", "1 Inleiding", "1.1 Over dit document",
             "Het bestuur heeft dit jaar drie nieuwe leden gevonden voor de raad."),
            ("en", "to increase the resilience via a project", "1 Introduction", "1.1 About this guide",
             "Beyond our borders there is still great resistance to equal rights.")):
        text = f"{contents[language]}\n\n\f{BODY_LINES[language]}\n{foot}\n\n\f{chapter}\n{section}\n{under}\n"
        got = [b.text for b in blocks(text)]
        assert got[-4:-1] == [" ".join([*BODY_LINES[language].split("\n"), foot]), chapter, section], got
        text = f"{contents[language]}\n\n\f{BODY_LINES[language]}\n{foot}\n\n\f{chapter}\n{under}\n"
        assert any(f"{foot} {chapter}" in b.text for b in blocks(text))


def test_a_heading_on_two_lines_atop_a_page_whose_second_line_is_a_contents_title_is_one_heading():
    """"Health and" / "Social Care" opens a page: the two lines read the contents' title "Health and
    Social Care", though "Social Care" alone is a title there too (its section "3.2 Social Care"):
    one heading, not the rest of the sentence above."""
    dots = "." * 20
    contents = (f"Contents\n\n1 Introduction{dots}3\n2 Housing{dots}4\n3 Health and Social Care{dots}5\n"
                f"3.1 Health{dots}5\n3.2 Social Care{dots}6\n4 Transport{dots}7\n")
    body = ("The parish council asked all residents in 2023 what they think matters most\n"
            "for the future of the village and what should change in the coming years.\n")
    foot = "also came to the meetings and the council will work on this with a project"
    text = (f"Community Plan 2030\n\n\f{contents}\f1 Introduction\n\n{body}\n2 Housing\n\n{body}{foot}\n"
            f"\fHealth and\nSocial Care\n\n{body}\n3.1 Health\n\n{body}\f3.2 Social Care\n\n{body}")
    got = [b.text for b in blocks(text)]
    assert "Health and Social Care" in got and not any(b.endswith(f"{foot} Health and Social Care") for b in got)


def test_chapters_named_in_a_sentence_atop_a_page_are_no_headings():
    """A sentence names the chapters, one a line, at a page's top ("te weten" / page / "Wonen en
    zorg" / "Verkeer en veiligheid" / "Natuur en milieu. Elke ..."): each a title of the contents,
    but none carries a section number of the line above it; they read on, no heading."""
    dots = "." * 20
    contents = (f"Inhoud\n\n1 Inleiding{dots}3\n2 Wonen en zorg{dots}4\n3 Verkeer en veiligheid{dots}5\n"
                f"4 Natuur en milieu{dots}6\n")
    text = (f"Dorpsplan Oosterwijk 2030\n\nEen plan van de dorpsraad\n\f{contents}\f1 Inleiding\n\n"
            "De dorpsraad heeft in 2023 alle inwoners gevraagd wat zij belangrijk vinden\n"
            "voor de toekomst van het dorp. Meer dan vierhonderd inwoners deden mee. Het\n"
            "plan is daarna uitgewerkt door drie werkgroepen met elk een eigen thema, te weten\n"
            "\fWonen en zorg\nVerkeer en veiligheid\nNatuur en milieu. Elke werkgroep schreef een hoofdstuk.\n\n"
            "De dorpsraad dankt alle vrijwilligers voor hun inzet.\n"
            "\f2 Wonen en zorg\n\nEr is behoefte aan kleine woningen voor ouderen en starters in het dorp.\n")
    got = [b.text for b in blocks(text)]
    assert any(b.endswith("te weten Wonen en zorg Verkeer en veiligheid Natuur en milieu. Elke werkgroep "
                          "schreef een hoofdstuk.") for b in got), got


def test_a_run_atop_several_pages_is_no_heading_repeated_from_the_contents():
    """A chapter's name atop every page of it repeats its contents line too, but a heading is printed
    once: the run atop several pages is a running head, and the rule for headings leaves it, so it
    reads on from the sentence above it, as any line opening a page (no heading, no word lost)."""
    under = "Beyond our borders there is resistance."
    page = f"{BODY_LINES['en']}\nvia a project\n\n\fInternational\npolarisation\n\n{under}\n\n"
    once, twice = ([b.text for b in blocks(f"{CONTENTS['en']}\n\n\f{page * pages}")] for pages in (1, 2))
    assert once[-2:] == ["International polarisation", under]
    assert [text.endswith("via a project International polarisation") for text in twice] == [True, False] * 2


def test_a_sentence_going_on_atop_a_page_in_short_lines_reads_on():
    """Counter-examples, the rest of a sentence at a page's top: two short lines repeating no line
    of the text; a name repeating a line of the list of those present, a choir's name repeating
    a programme's line (no title of the contents); one word, though a title there (a name); a run
    repeating a contents title under a line ending on a function word (the sentence awaits it); a
    run ending its sentence with a full stop (German, its nouns in capitals); a run with the text
    under it going on in lower case; a run of three lines; a run over one blank line in a
    double-spaced text, where a blank line sets nothing apart: the sentence reads on."""
    cases = (
        (CONTENTS["en"], "en", "to increase the resilience of young", "LGBTs via a project\nin schools",
         "Together with the Minister, I endorse the importance of care.",
         "the resilience of young LGBTs via a project in schools"),
        (CONTENTS["en"], "en", "to say more in the chapter on the", "International\npolarisation",
         "Beyond our borders there is still great resistance to equal rights.",
         "in the chapter on the International polarisation"),
        (CONTENTS["de"], "de", "fördern Jugendamt und Verein gemeinsam", "Offene Jugendarbeit im\nStadtteil.",
         "Im nächsten Jahr soll das Angebot weiter wachsen.", "gemeinsam Offene Jugendarbeit im Stadtteil."),
        ("Aanwezig\nPiet de Vries\nAnna Jansen\nKees Smit", "nl", "en als nieuwe penningmeester wordt gekozen",
         "Anna Jansen", "De contributie blijft volgend jaar gelijk.", "wordt gekozen Anna Jansen"),
        ("Met medewerking van\nZanglust Utrecht\nHarmonie Sint Caecilia", "nl", "zingt het gemengd koor",
         "Zanglust Utrecht", "Daarna volgt de dansvoorstelling van de balletklas.", "koor Zanglust Utrecht"),
        (CONTENTS["en"].replace("Annexes", "Jansen 8\nAnnexes"), "en", "and the first prize went to Anna", "Jansen",
         "Next year the competition moves to the town hall.", "the first prize went to Anna Jansen"),
        (CONTENTS["nl"], "nl", "start de gemeente het project", "Veilig Thuis\nin de wijk",
         "samen met de wijkagent en de buurtvereniging.", "het project Veilig Thuis in de wijk samen met"),
        (CONTENTS["nl"], "nl", "start de gemeente het project", "Samen\nsterk in de\nwijk",
         "Het bestuur heeft dit jaar drie nieuwe leden gevonden voor de raad.", "het project Samen sterk in de wijk"))
    for contents, language, foot, top, under, sentence in cases:
        text = f"{contents}\n\n\f{BODY_LINES[language]}\n{foot}\n\n\f{top}\n\n{under}\n"
        assert any(sentence in b.text for b in blocks(text)), sentence
    double = [*CONTENTS["en"].split("\n"), "\f" + BODY_LINES["en"], "to increase the resilience via a project",
              "\fInternational polarisation", "Beyond our borders there is still great resistance to equal rights.",
              "The Netherlands therefore works with like-minded countries", "to defend the rights of LGBTs."]
    spaced = "\n\n".join(line.replace("\n", "\n\n") for line in double)
    assert any("via a project International polarisation" in b.text for b in blocks(spaced))


# A paragraph whose sentence a column breaks before a name; the next column goes on with the
# name and a quotation closing after its stop (review 20c, four languages).
QUOTED_ENDS = (
    ("Das Sommerfest des Vereins fand in diesem Jahr zum ersten Mal auf dem neuen Platz hinter der\n"
     "Schule statt, und trotz des Regens kamen mehr als dreihundert Gäste aus dem ganzen Stadtteil.\n"
     "Bei der Eröffnung dankte die Vorsitzende allen Helferinnen und Helfern und sagte zu Bürgermeister",
     "Schmidt: „Ohne euch geht es nicht.“", "Der Vorstand hat inzwischen beschlossen, das Fest im nächsten Jahr"),
    ("Het zomerfeest van de buurtvereniging werd dit jaar voor het eerst gehouden op het nieuwe plein\n"
     "achter de school, en ondanks de regen kwamen er meer dan driehonderd bezoekers uit de hele wijk.\n"
     "Bij de opening bedankte de voorzitter alle vrijwilligers en zei ze tegen wethouder Anna",
     "Jansen: ‘Zonder jullie lukt het niet.’", "Het bestuur heeft inmiddels besloten om het feest volgend jaar"),
    ("The summer fair of the residents’ association was held this year for the first time on the new\n"
     "square behind the school, and despite the rain more than three hundred visitors came to the fair.\n"
     "In her opening speech the chair thanked all the volunteers and told the deputy mayor, Mrs Anna",
     "Jones, that the fair “could not have happened without them.”", "The board has since decided to hold"),
    ("La fête d’été de l’association des habitants a eu lieu cette année pour la première fois sur la\n"
     "nouvelle place derrière l’école, et malgré la pluie plus de trois cents visiteurs sont venus.\n"
     "Lors de l’ouverture, la présidente a remercié tous les bénévoles et a dit au maire Jean",
     "Dupont : « Sans vous, rien ne serait possible. »", "Le bureau a depuis décidé d’organiser la fête"))


def test_the_rest_of_a_sentence_ending_in_a_closed_quotation_stays_in_its_sentence():
    """The next column opens with the rest of the sentence, a quotation closing after its stop: the
    line ends on that stop, a sentence's end, so it heads nothing; the name joins its sentence."""
    for above, rest, under in QUOTED_ENDS:
        got = [(b.kind, b.text) for b in blocks(f"{above}\n\n{rest}\n{under} und so weiter, bis zum Ende.\n")]
        assert [kind for kind, _ in got] in (["paragraph"], ["paragraph"] * 2), got
        assert f"{above.split()[-1]} {rest}" in got[0][1]


def test_a_line_quoted_or_bracketed_as_a_whole_keeps_its_closing_mark_as_its_end():
    """Counter-examples: a quoted question on a line of its own heads its section ('"Why Not Just
    Industry Funding?"' in a policy brief), and an aside in brackets under a heading ends on no
    sentence, its stop an initial's ("(René P.)" under an agenda item): the quotation or aside is
    the whole line, so its closing mark, not the stop inside, is the line's end."""
    text = ("Total administrative overhead target: less than ten per cent of the budget, like foundations.\n\n"
            '"Why Not Just Industry Funding?"\n'
            "Corporate open source contributions, while valuable, face structural limitations, and the\n"
            "public companies optimize for quarterly earnings instead of the long term.\n")
    assert [b.kind for b in blocks(text) if "Why Not Just" in b.text] == ["display"]
    item = ("3 Stimmen: d) Enthaltung\n\nAusschluss von Mitgliedern von der MV Verhaltensweisen anderer Mitglieder\n"
            "(René P.)\nBei der Einladung zur nächsten Mitgliederversammlung soll auf Hyperosmie hingewiesen\n"
            "werden und konkret darum gebeten werden, auf starke Deos und Parfüms zu verzichten.\n")
    assert [b.kind for b in blocks(item)][1] == "display"


def test_a_remark_in_brackets_under_a_one_line_heading_leaves_the_heading_apart():
    """A liturgy's item over its remark in brackets, the verse or prayer under it in lower case
    ("Lied 416" / "(Gemeente staande)" / "ga met God ..."), a song's "Refrein" / "(2x)": the heading
    is one line, no sentence broken before the remark, so it stays apart from the text under it."""
    liturgy = ("Welkom en mededelingen door de ouderling van dienst.\n\nLied 416\n(Gemeente staande)\n"
               "ga met God en Hij zal met je zijn,\njou nabij op al je wegen\nmet zijn raad en troost en zegen.\n\n"
               "Gebed om ontferming\n(Voorganger)\n"
               "wij bidden U om vrede voor de wereld en voor allen die lijden onder geweld en honger.\n")
    song = ("Het vuur brandt hoog in de nacht.\n\nRefrein\n(2x)\nen wij zingen tot de zon opkomt,\n"
            "tot de morgen ons weer roept.\n")
    displays = [b.text for text in (liturgy, song) for b in blocks(text) if b.kind == "display"]
    assert displays == ["Lied 416", "Gebed om ontferming", "Refrein"]


def test_a_remark_in_brackets_under_a_two_line_heading_with_text_of_its_own_leaves_the_heading_apart():
    """Counter-examples to the aside inside a sentence: under a heading of two lines, a remark in
    brackets with text of its own under it, opening in a capital or after a blank line, heads that
    text; the same remark with the sentence going on under it in lower case explains the word above
    (see test_an_aside_alone_on_its_line_over_the_rest_of_its_sentence_ends_no_heading_above)."""
    heading = ("Welkom door de ouderling van dienst.\n\n"
               "Lied 416: Ga met God\njou nabij op al je wegen\n(Gemeente staande)\n")
    text = "ij zingen het lied samen, en daarna gaan we zitten voor het gebed om ontferming.\n"
    for under in (f"W{text}", f"\nw{text}"):
        assert blocks(heading + under)[1].text == "Lied 416: Ga met God jou nabij op al je wegen"
    assert len(blocks(f"{heading}w{text}")) == 2


# Two lines of a paragraph and two of the text under a heading, in German and English (review 20i).
ABOVE_AND_UNDER = {
    "de": ("Der Verein hat im vergangenen Jahr sehr viel erreicht, und die Mitglieder haben sich mit großem\n"
           "Einsatz für die Kinder und Jugendlichen im Stadtteil engagiert, wie die folgenden Seiten zeigen.",
           "Die Vorsitzende Anna Schmidt spricht im Gespräch über das vergangene Jahr und über die Pläne für\n"
           "die Zukunft des Vereins, der im nächsten Jahr sein fünfzigjähriges Bestehen feiern wird."),
    "en": ("The association achieved a great deal last year, and its members worked with great dedication\n"
           "for the children and young people of the neighbourhood, as the following pages will show.",
           "The number of members rose again last year, and the board is glad to see many new faces at the\n"
           "meetings, which take place every month in the community hall near the church."),
    "fr": ("L’association a beaucoup accompli l’année dernière, et ses membres se sont engagés avec ardeur\n"
           "pour les enfants et les jeunes du quartier, comme le montrent les pages suivantes.",
           "La présidente Anne Dupont revient sur l’année écoulée et sur les projets de l’association, qui\n"
           "fêtera l’an prochain ses cinquante ans avec tous ses membres et leurs familles.")}


def test_a_heading_quoting_a_question_or_bracketing_an_abbreviation_heads_its_text():
    """Counter-examples to the sentence ending inside its quotation: a heading's quoted title asks or
    exclaims ('Interview: „Wir müssen reden!“'), its bracket ends on an abbreviation's stop
    ("Appendix B (cont.)"); the closing mark, not the ? ! or stop inside, ends the line, so it heads
    the text under it, a blank line above it or none."""
    headings = (("de", "Interview: „Wir müssen reden!“"), ("de", "Kommentar: „Warum eigentlich nicht?“"),
                ("en", "Comment: “Why not now?”"), ("en", "Lied: ‘Ere zij God!’"),
                ("fr", "Entretien : « Il faut parler ! »"),
                ("de", "Mitgliederentwicklung (Stand: 31.12.)"), ("de", "Ehrungen (Auswahl, u. a.)"),
                ("en", "Appendix B (cont.)"))
    for language, heading in headings:
        above, under = ABOVE_AND_UNDER[language]
        for gap in ("", "\n"):
            got = [(b.kind, b.text) for b in blocks(f"{above}\n{gap}{heading}\n{under}\n")]
            assert ("display", heading) in got, (heading, gap, got)


PROGRAMME = ("Programme\n\nGeorge Frideric Handel\nChorus: “Hallelujah!”\nfrom the oratorio Messiah\n\n"
             "Leonard Bernstein\nOverture to “Candide!”\nconducted by Anna Smith\n\nInterval\n")
PROGRAMME_ITEMS = [("display", "Programme"),
                   ("display", "George Frideric Handel Chorus: “Hallelujah!” from the oratorio Messiah"),
                   ("display", "Leonard Bernstein"), ("display", "Overture to “Candide!” conducted by Anna Smith"),
                   ("display", "Interval")]


def test_a_programmes_items_quoting_an_exclamation_stay_apart():
    """A concert programme's items apart by blank lines, a work's quoted title exclaiming
    ('Chorus: “Hallelujah!”'): each item ends on its closing mark, no sentence's end, and stays
    a display line of its own."""
    assert [(b.kind, b.text) for b in blocks(PROGRAMME)] == PROGRAMME_ITEMS


def test_a_single_word_quoted_with_its_stop_names_a_work_and_ends_no_sentence():
    """A programme's item quoting a work's one-word title with the stop inside ('Song: “Memory.”'):
    no sentence quoted, so the line ends on its closing mark and the item stays a display line;
    a sentence quoted with its stop ends the line (test_the_rest_of_a_sentence_ending_in_a_closed_quotation...)."""
    text = f"{PROGRAMME}\nAndrew Lloyd Webber\nSong: “Memory.”\nsung by the youth choir\n"
    assert [(b.kind, b.text) for b in blocks(text)] == [
        *PROGRAMME_ITEMS, ("display", "Andrew Lloyd Webber Song: “Memory.” sung by the youth choir")]


def test_a_sentence_ending_in_a_one_word_quotation_ends_there_and_heads_nothing():
    """Counter-example to the work's name above: a sentence of its own, a blank line above it or
    none, ends on a single word quoted with its stop ("His answer was short: “No.”"); the text
    under it opens a new sentence, so the line is no display line (no heading)."""
    dutch = ("Het bestuur heeft het afgelopen jaar veel bereikt, en de leden hebben zich met grote inzet\n"
             "voor de kinderen en jongeren in de wijk ingezet, zoals de volgende bladzijden laten zien.",
             "Het aantal leden is vorig jaar weer gegroeid, en het bestuur is blij met de vele nieuwe\n"
             "gezichten op de vergaderingen, die elke maand in het buurthuis bij de kerk worden gehouden.")
    cases = ((ABOVE_AND_UNDER["en"], "His answer was short: “No.”"), (dutch, "Zijn antwoord: „Nee.”"),
             (ABOVE_AND_UNDER["de"], "Seine Antwort: „Nein.“"), (ABOVE_AND_UNDER["fr"], "Sa réponse : « Non. »"))
    for (above, under), sentence in cases:
        for gap in ("", "\n"):
            got = [(b.kind, b.text) for b in blocks(f"{above}\n{gap}{sentence}\n{under}\n")]
            assert [kind for kind, _ in got] == ["paragraph"] * len(got), (sentence, gap, got)
            assert any(text.endswith(sentence) for _, text in got), got


def test_an_aside_closing_on_a_line_it_did_not_open_on_ends_on_its_stop():
    """A remark in brackets over two lines under a picture's caption, its sentence exclaiming before
    the bracket closes: the last line closes an aside begun above, so it ends on its ! (no display
    line); a bracket opened and closed on a heading's line keeps its mark (see above)."""
    text = ("Kenn’s very own\n“Last of the Summer\nWine”\n\n(I’ll leave you to decide\nwho is the ‘Compo’!!)\n\n"
            "News from the Mothers’ Union\n\nThy Kingdom Come is a global prayer movement, an open invitation to\n"
            "Christians around the world to pray from Ascension to Pentecost each year.\n")
    got = [(b.kind, b.text) for b in blocks(text)]
    assert ("paragraph", "(I’ll leave you to decide who is the ‘Compo’!!)") in got, got


def test_an_aside_under_a_one_line_lead_in_of_some_words_leaves_its_sentence_whole():
    """A sentence's first line over an aside in brackets, the sentence going on under it in lower
    case ("We thank the City of Leeds" / "(Culture Department)" / "for its generous support ..."),
    also with a page break before the aside: the lead-in is no short heading like "Lied 416", so
    the aside explains its last words and the sentence reads on."""
    cases = (("en", "We thank the City of Leeds\n(Culture Department)\n"
                    "for its generous support of the summer fair, and all volunteers for their work.\n"),
             ("de", "Wir danken der Stadt Köln\n(Kulturamt)\n"
                    "für die freundliche Unterstützung des Sommerfestes und allen Helfern für ihren Einsatz.\n"),
             ("de", "Wir danken der Stadt Köln\n\f(Kulturamt)\n"
                    "für die freundliche Unterstützung des Sommerfestes und allen Helfern für ihren Einsatz.\n"))
    for language, sentence in cases:
        got = [b.text for b in blocks(f"{ABOVE_AND_UNDER[language][0]}\n\n{sentence}")]
        assert got[-1] == sentence.replace("\f", "").replace("\n", " ").strip(), got


def test_a_heading_wrapped_where_the_contents_prints_it_on_one_line_is_one_heading():
    """"4 | Illustrated application of the Cyber Resilience" / "Act" reads a title of the printed
    contents: one heading.  Counter-example: without that title in the contents, the second line
    of a short display group stays a line of its own (a heading over its subtitle)."""
    thanks = "The guide thanks all who helped to make it in the long years of its writing and review."
    under = "The chart below shows how the economic operators are qualified under the Regulation."
    heading = "4 | Illustrated application of the Cyber Resilience\nAct"
    dots = "." * 30
    contents = (f"Contents\n1 | Foreword{dots}3\n2 | Introduction{dots}5\n2.1 | BACKGROUND{dots}5\n"
                f"3 | Aims{dots}7\n{{}}{dots}8\n4.1 | THE PLAN{dots}8\n")
    for title, one in (("4 | Illustrated application of the Cyber Resilience Act", True),
                       ("4 | Illustrated application of the Cyber Resilience", False)):
        text = f"{contents.format(title)}\n\f{thanks}\n\n{heading}\n\n{under}\n"
        got = [b.text for b in blocks(text)]
        assert (" ".join(heading.split()) in got) is one, got


def test_a_signature_ending_a_page_keeps_the_next_pages_numbered_heading_apart():
    """Regression: minutes whose signature ends a page ("Piet de Vries" / "secretaris") ran the
    next page's heading into it ("Piet de Vries secretaris 2.3 Actielijst"): a line ending short
    of the measure ends its page's text, and a section's number and a capital opening the next
    page open a heading.  A sentence broken at the page's foot fills its last line, and runs on
    into the figure; so does a line ending short over a figure and a word in lower case."""
    body = ("Het bestuur bespreekt de stand van zaken van de plannen voor het nieuwe clubhuis en\n"
            "besluit de leden in de volgende vergadering een voorstel te doen over de verbouwing.")
    for heading in ("2.3 Actielijst", "4.1. Verslag van de penningmeester"):
        text = f"{body}\n\nPiet de Vries\nsecretaris\n\f{heading}\n\n{body}\n"
        assert heading in [block.text for block in blocks(text)], heading
    broken = f"{body}\n\n{body}\nvan het clubhuis kost volgens de begroting van de penningmeester ongeveer\n" \
             "\f2.3 miljoen euro in de komende drie jaar, zo zegt het bestuur.\n"
    assert [block.text for block in blocks(broken)][-1].endswith("ongeveer 2.3\u00a0miljoen euro in de komende "
                                                                 "drie jaar, zo zegt het bestuur.")
    short = f"{body}\n\nDe verbouwing kost ongeveer\n\f2.3 miljoen euro.\n"
    assert [block.text for block in blocks(short)][-1] == "De verbouwing kost ongeveer 2.3\u00a0miljoen euro."


def test_a_sentence_going_on_after_a_number_opening_the_next_page_is_no_heading():
    """Review 22f: a short line ending its page over a number and a capital opening the next
    ("Die Sanierung des Daches kostet nach der Schätzung" / page / "2.3 Millionen Euro und wird im
    Herbst beginnen, sagt der Vorstand.") is a sentence the page broke: the page's first line
    runs on into a full stop, or fills its line, where a heading stands short and alone."""
    body = ("Der Vorstand bespricht den Stand der Planungen für das neue Vereinsheim und beschließt,\n"
            "den Mitgliedern in der nächsten Versammlung einen Vorschlag zum Umbau vorzulegen.")
    for above, rest in (("Die Sanierung des Daches kostet nach der Schätzung",
                         "2.3 Millionen Euro und wird im Herbst beginnen, sagt der Vorstand."),
                        ("Die Sanierung des Daches kostet nach der Schätzung",
                         "2.3 Millionen Euro und wird im Herbst nach den Sommerferien beginnen, sagt\nder Vorstand."),
                        ("The board will meet again with the architect on",
                         "2.3 March at the town hall, as the chair proposed in the last meeting."),
                        ("The repair of the roof will cost according to the estimate",
                         "2.3 Million pounds and will begin in the autumn, says the board.")):
        text = f"{body}\n\n{above}\n\f{rest}\n\n{body}\n"
        joined = f"{above} {rest}".replace("\n", " ")
        assert joined in [block.text.replace("\u00a0", " ") for block in blocks(text)], rest


@pytest.mark.parametrize("lines", [
    # An address closing on its slash ends its line as a full stop would (review 23c): the next
    # reference, the next sentence, the text after a bulleted address stand apart from it.
    ("CBS (2021). Thuiswerken in Nederland. https://www.cbs.nl/", "Provincie Zuid-Holland (2020). Mobiliteitsagenda."),
    ("Aanmelden kan via www.natuurwerk.nl/", "Wij zien u graag op 2 november."),
    ("• https://www.ivn.nl/", "Kijk ook eens op onze eigen site."),
])
def test_a_line_ending_on_a_web_address_with_its_slash_is_not_joined_to_the_next(lines):
    body = "Het thuiswerken is in de provincie sterk gegroeid sinds het voorjaar van 2020 en blijft dat."
    texts = [b.text for b in blocks(f"{body}\n\n{lines[0]}\n{lines[1]}\n\n{body}\n")]
    assert not [text for text in texts if lines[0].lstrip("• ") in text and lines[1] in text]


def test_a_tables_rating_cells_stand_apart_from_the_next_rows_label():
    # "Cost    +" / "Disruption    -": a rating closes its row; the next row's label opens its own.
    above = "The options were scored on four criteria by the working group in March."
    texts = [b.text for b in blocks(f"{above}\n\nCost                    +\nDisruption              -\n")]
    assert not [text for text in texts if "Cost" in text and "Disruption" in text]


def test_a_rating_closing_a_row_does_not_swallow_the_next_tables_label():
    # A plus/min table per location: "Kosten +" closes its row, "Locatie Zuid" labels the next table.
    above = "De werkgroep heeft de twee locaties voor het nieuwe dorpshuis met elkaar vergeleken op vier punten."
    rows = "Locatie Noord\nBereikbaarheid -\nKosten +\nLocatie Zuid\nBereikbaarheid +\nKosten -"
    assert "Locatie Zuid" in [b.text for b in blocks(f"{above}\n\n{rows}\n\n{above}\n")]


def test_a_covers_title_printed_again_atop_the_next_page_opens_a_block_of_its_own():
    """A cover ("Data Expedition: Jugendbeteiligung," / ... / its date, no full stop) and the next page
    opening with the cover's first line again: the title repeated, not the rest of a sentence that the
    page break cut."""
    cover = "Data Expedition: Jugendbeteiligung,\nDemokratie & Digitalisierung\nDokumentation\n15. – 16. Juni 2018\n"
    text = "Im Rahmen der Demokratielabore schulten wir Fachkräfte der Jugendarbeit in einer Workshopreihe.\n"
    found = [b.text for b in blocks(f"{cover}\f\nData Expedition: Jugendbeteiligung,\nDemokratie & Digitalisierung\n"
                                    f"{text}")]
    assert found[0] == " ".join(cover.split()) and found[1].startswith("Data Expedition")


_COVER = "Data Expedition: Jugendbeteiligung,\nDemokratie & Digitalisierung\nDokumentation\n15. – 16. Juni 2018\n\f"
_PAGE = ("Im Rahmen der Demokratielabore schulten wir im Frühsommer 2018 viele Fachkräfte der Jugendarbeit\n"
         "in einer vierteiligen Workshopreihe. Gemeinsam diskutierten wir Chancen und Herausforderungen\n")


@pytest.mark.parametrize("foot, under, sentence", [
    # the line under the head goes on in lower case: the rest of the sentence the page break cut
    ("und ihre Schülerinnen und Schüler", "motiviert haben. Dafür danken wir allen herzlich.",
     "und ihre Schülerinnen und Schüler Data Expedition: Jugendbeteiligung, motiviert haben."),
    # a full line above awaits the rest, a noun in capitals though it is
    ("der Nutzung von Daten in der Praxis und danken besonders den Lehrerinnen und Lehrern",
     "Berlins für ihre Geduld. Alle waren dabei.",
     "Lehrerinnen und Lehrern Data Expedition: Jugendbeteiligung, Berlins"),
    # a line above ending on a function word awaits the rest
    ("und wir danken der", "Stadt Berlin für ihre Hilfe. Alle waren dabei.",
     "und wir danken der Data Expedition: Jugendbeteiligung, Stadt Berlin"),
])
def test_the_covers_first_line_as_a_running_head_amid_a_sentence_leaves_the_sentence_whole(foot, under, sentence):
    """The cover's first line printed again atop a later page as its running head, where the page
    above ends amid a sentence: the sentence goes on under the head and stays one paragraph."""
    found = [b.text for b in blocks(f"{_COVER}{_PAGE}{foot}\n\fData Expedition: Jugendbeteiligung,\n{under}\n")]
    assert any(sentence in text for text in found)
