"""Block passes: paragraphs, lists, pull quotes, typography, notes."""
import pytest

from publish.clean import clean
from publish.clean.lines import Line, ends_on_function_word, ends_on_joining_sign, ends_sentence, first_page_end
from publish.model import NoteRef, Text

from clean_helpers import source

WIDE = "Dit is een regel die de hele kolom van de tekst vult en"


def blocks(text):
    return clean(source(text)).blocks


def test_the_first_page_ends_at_the_next_line_that_opens_a_page():
    # The first line opens the first page itself; without a later page all lines are the first's.
    lines = [Line(1, "Jaarverslag", True), Line(2, "2024"), Line(3, "Inleiding", True), Line(4, "Tekst")]
    assert first_page_end(lines) == 2
    assert first_page_end(lines[:2]) == 2


def test_a_line_ending_on_a_function_word_goes_on_one_ending_on_a_noun_or_blank_does_not():
    function_words = frozenset({"de", "met", "voor"})
    assert ends_on_function_word("WIJ NODIGEN ALLE LEDEN UIT VOOR DE", function_words)
    assert ends_on_function_word("Interview met  ", function_words)
    assert not ends_on_function_word("Interview met de voorzitter", function_words)
    assert not ends_on_function_word("   ", function_words)


def test_a_line_ending_on_a_joining_sign_goes_on_a_sign_of_a_name_does_not():
    assert all(ends_on_joining_sign(line) for line in ("Ronald Prins, co-founder Hunt &", "VNG Realisatie /",
                                                         "Frontrunner municipalities/ ", "Seizoen 2023/"))
    assert not any(ends_on_joining_sign(line) for line in ("AGW Online KISS+", "AC/DC", "Q&A", "Leeftijd 55+", ""))


def test_a_web_address_closing_on_a_slash_is_no_joining_sign():
    # An address ends a sentence without its full stop (ends_in_web_address): one reading for one ending.
    assert not any(ends_on_joining_sign(line) for line in (
        "CBS (2021). Thuiswerken in Nederland. https://www.cbs.nl/", "• https://www.ivn.nl/",
        "Aanmelden kan via www.natuurwerk.nl/", "See gov.uk/", "Infos unter http://example.de/verein/"))


def test_a_plus_or_a_minus_set_apart_is_a_rating_no_joining_sign():
    # A table's rating cell ("Cost    +"), an age group's heading ("Veteranen 35 +"): the line ends there.
    assert not any(ends_on_joining_sign(line) for line in ("Cost                    +", "Bereikbaarheid +",
                                                           "Veteranen 35 +", "Disruption              -"))


def test_a_sentence_ends_inside_the_quotation_closing_it_in_every_languages_quotes():
    # German closes a quotation with “ or ‘, French with » (a space before it); English and Dutch with ” or ’.
    for line in ("ein gutes Gefühl!“", "Er sagte: ‚Ja.‘", "rien ne serait possible. »", "zei ze: ‘Nooit meer.’",
                 "she said, “never again.”"):
        assert ends_sentence(line), line
    # An opening quotation mark, or a quoted word inside the sentence, ends none.
    for line in ("Er sagte „so gut“ war", "and then he said “", "het woord ‘nooit’ valt"):
        assert not ends_sentence(line), line


def test_a_heading_atop_a_page_under_a_paragraph_ending_in_a_closed_quotation_stands_apart():
    """The paragraph at a page's foot ends inside the German quotation closing it ('… ein gutes
    Gefühl!“'): its sentence ended, so the next page's first line opens a block of its own."""
    text = ("Der Verein hat im vergangenen Jahr sehr viel erreicht, und die Mitglieder haben sich mit großem\n"
            "Einsatz engagiert. Eine Helferin sagte uns: „Es war ein schönes Jahr, und es gibt ein\n"
            "gutes Gefühl!“\n\fImpressum\n"
            "Herausgeber: Verein für Jugendarbeit im Stadtteil e. V., Hauptstraße 12, 50667 Köln, Deutschland\n")
    got = [b.text for b in blocks(text)]
    assert got[0].endswith("es gibt ein gutes Gefühl!“") and "Impressum" in got[1:], got


def test_a_paragraph_split_by_a_page_break_is_rejoined_real_paragraphs_stay():
    text = (f"{WIDE}\nverder gaat tot de pagina eindigt, zoals hier\n\n12\n\n"
            f"doorloopt. Een nieuwe zin.\n\n{WIDE}\nnog een zin eindigt.\n")
    got = [b.text for b in blocks(text)]
    assert got == [f"{WIDE} verder gaat tot de pagina eindigt, zoals hier doorloopt. Een nieuwe zin.",
                   f"{WIDE} nog een zin eindigt."]


def test_a_short_line_after_a_sentence_ends_a_paragraph():
    text = f"{WIDE}\nkort.\nDaarna begint een nieuwe alinea die weer de kolom vult en\nhier eindigt.\n"
    assert len(blocks(text)) == 2


def test_a_heading_between_paragraphs_without_blank_lines_is_its_own_block():
    # A decision letter: the heading fills more than half the column, but ends where the first
    # word under it would have fitted; a wrapped body line never ends so early.
    text = ("informatie daarover kan een zodanige negatieve invloed op dit controle-instrument\n"
            "ondergeschikt dient te blijven aan het handhaven van de vertrouwelijkheid.\n"
            "Eerbiediging van de persoonlijke levenssfeer\n"
            "Op grond van artikel 10, tweede lid, aanhef en onder e, van de Wob blijft\n"
            "verstrekking van informatie achterwege voor zover het belang daarvan niet\n"
            "opweegt tegen het belang dat de persoonlijke levenssfeer wordt geëerbiedigd.\n")
    got = [(b.kind, b.text) for b in blocks(text)]
    assert ("display", "Eerbiediging van de persoonlijke levenssfeer") in got
    assert len(got) == 3


def test_a_heading_under_a_line_that_ends_on_a_web_or_mail_address_is_its_own_block():
    # The address ends the paragraph without a full stop; the heading is as short as a heading
    # between two paragraphs, and the text under it runs the column's width.
    for address in ("http://www.gov.scot/homelessstats", "statistiek@gemeente.nl"):
        text = ("Please note that this bulletin updates previously published figures. All of the tables\n"
                f"are available in electronic format at: {address}\n"
                "Notes on the statistics\n"
                "The figures are those the local authorities sent in. There may be delays in some\n"
                "cases being reported to the government, and the figures may change a little.\n")
        got = [(b.kind, b.text) for b in blocks(text)]
        assert ("display", "Notes on the statistics") in got and len(got) == 3


def test_a_logo_name_atop_a_cover_stays_apart_from_the_title_under_the_blank_line():
    # Every line of a cover is short, so against its neighbours none "ends short"; against the
    # text's measure the logo's name cannot have ended a column.  A page's first line that is
    # full still goes on under a blank line.
    text = ("buurt\\Oost\n\nHuishoudelijk reglement\nVersie van 3 maart 2024\n\n"
            f"\fArtikel 1 Leden\n{WIDE}\n{WIDE}\nhier eindigt het artikel.\n\n"
            f"\f{WIDE}\n\nVerder loopt de zin van de vorige kolom hier door.\n")
    got = [(b.kind, b.text) for b in blocks(text)]
    assert got[0] == ("display", "buurt\\Oost")
    assert got[1][1].startswith("Huishoudelijk reglement")
    assert got[-1] == ("paragraph", f"{WIDE} Verder loopt de zin van de vorige kolom hier door.")


def test_a_sentence_opening_with_an_enumerator_is_no_heading_the_enumerator_alone_is():
    # A parliamentary answer: a paragraph's full first line opens with "Tenslotte" over a line
    # opening with a name in capitals; the next word only just fits on it.
    text = ("Daarnaast houden verschillende netwerken zich bezig met onderzoek,\n"
            "en met de Nederlandse Academie van Eetstoornissen (NAE).\n"
            "Tenslotte is met de Hervormingsagenda Jeugd een brede werkorganisatie\n"
            "Kwaliteit en Blijvend Leren (KBL) ingericht. In KBL wordt door partijen uit het\n"
            "veld gewerkt aan een gezamenlijke onderzoeks- en leeragenda.\n\n"
            "Tot slot\nDe commissie dankt iedereen die aan dit onderzoek heeft meegewerkt.\n")
    got = [(b.kind, b.text) for b in blocks(text)]
    assert ("paragraph", "Tenslotte is met de Hervormingsagenda Jeugd een brede werkorganisatie Kwaliteit en "
            "Blijvend Leren (KBL) ingericht. In KBL wordt door partijen uit het veld gewerkt aan een "
            "gezamenlijke onderzoeks- en leeragenda.") in got
    assert ("display", "Tot slot") in got


def test_a_closing_formula_stands_apart_from_the_paragraph_and_the_signature():
    # A narrow column: the closing line is about as long as the others, so only the formula
    # itself tells that the name under it is not the same paragraph.
    text = "We hopen dat het goed gaat\nmet u en de uwen.\n\nMet vriendelijke groet,\n\nJoris van Dam\ncoördinator\n"
    got = [(b.kind, b.text) for b in blocks(text)]
    assert got == [("paragraph", "We hopen dat het goed gaat met u en de uwen."),
                   ("paragraph", "Met vriendelijke groet,"), ("display", "Joris van Dam coördinator")]


def test_the_length_limit_before_the_closing_formula_pattern_admits_its_longest_match():
    # group() only tries CLOSING on lines this short; a longer formula added to the pattern
    # would silently never match.  (re._parser gives a pattern's widest match.)
    from re import _parser
    from publish.clean import paragraphs
    from publish.languages import language, supported
    for code in supported():
        words = paragraphs.vocabulary_of(language(code))
        widest = _parser.parse(words.closing.pattern, words.closing.flags).getwidth()[1]
        assert widest + 1 <= words.closing_max, code


def test_a_question_set_on_top_of_its_text_is_a_heading_a_question_paragraph_is_not():
    text = (f"{WIDE}\nhier eindigt de alinea.\n\nVoor wie bouwen we?\nDe gemeente wil tot 2030 ruim tienduizend\n"
            "woningen bouwen.\n\nMaar waar moeten al die mensen wonen?\n\nDat weet niemand precies.\n")
    got = [(b.kind, b.text) for b in blocks(text)]
    assert got[1] == ("display", "Voor wie bouwen we?")
    assert ("paragraph", "Maar waar moeten al die mensen wonen?") in got


def test_a_question_apart_over_a_paragraph_of_several_lines_is_a_heading_a_word_or_two_are_not():
    # Every paragraph stands apart: the question is as far from the text above as from its answer.
    text = (f"{WIDE}\nhier eindigt de alinea.\n\nWat betekent dit voor u?\n\n"
            "Uw team werkt elke dag mee aan het project, en beslist mee over wat er als eerste\n"
            "gebouwd wordt. Zo blijft het werk dicht bij wat uw gebruikers nodig hebben.\n\n"
            "Doelgroep?\n\nDe app is voor iedereen die een afspraak wil maken bij de gemeente, jong\n"
            "of oud, met of zonder DigiD.\n")
    got = [(b.kind, b.text) for b in blocks(text)]
    assert ("display", "Wat betekent dit voor u?") in got and ("paragraph", "Doelgroep?") in got


def test_bullets_dashes_and_numbers_become_items_but_a_dash_in_a_sentence_does_not():
    text = ("Wij vragen het volgende:\n• Een eerste punt dat over\nde regel loopt.\n- Een tweede punt.\n"
            "3. Een derde punt.\n\nDaarbij gaat het vooral\n- zo zegt zij - om geld.\n")
    got = [(b.kind, b.marker, b.text) for b in blocks(text)]
    assert got[1:4] == [("item", "•", "Een eerste punt dat over de regel loopt."),
                        ("item", "-", "Een tweede punt."), ("item", "3.", "Een derde punt.")]
    assert got[4][2] == "Daarbij gaat het vooral – zo zegt zij – om geld."


def test_an_asterisk_glued_to_a_word_opens_no_list_item():
    text = "**vet** begint deze alinea, gewoon als tekst.\n\n*Let op*: dit is ook gewoon tekst.\n\n* Een echt punt.\n"
    got = [(b.kind, b.marker, b.text) for b in blocks(text)]
    assert got == [("paragraph", "", "**vet** begint deze alinea, gewoon als tekst."),
                   ("paragraph", "", "*Let op*: dit is ook gewoon tekst."), ("item", "*", "Een echt punt.")]


def test_dash_items_in_lower_case_after_a_colon_or_a_semicolon():
    text = ("Wij denken mee, bijvoorbeeld door:\n\n- betere afstemming tussen de wijkteams, zodat\n"
            "dubbel werk wordt voorkomen;\n- meer inzet op preventie;\n\nDe meest genoemde wensen:\n"
            "\u2013 een openbaar toilet;\n\u2013 betere verlichting langs het\nfietspad;\n"
            "\u2013 een plek voor de barbecue.\n")
    got = [(b.kind, b.marker, b.text) for b in blocks(text)]
    assert got[1:3] == [("item", "-", "betere afstemming tussen de wijkteams, zodat dubbel werk wordt voorkomen;"),
                        ("item", "-", "meer inzet op preventie;")]
    assert got[4:7] == [("item", "\u2013", "een openbaar toilet;"),
                        ("item", "\u2013", "betere verlichting langs het fietspad;"),
                        ("item", "\u2013", "een plek voor de barbecue.")]
    # (the dash opening an aside in a sentence stays text: see the test above)


def test_typography():
    got = blocks("Hij zei `ja’ en 'nee' en \"zo\"... Bel 06 - 20 583 122 of prof. dr. Jansen over 1,75 miljoen - nu.\n")
    assert got[0].text == ("Hij zei ‘ja’ en ‘nee’ en “zo”… Bel 06 - 20 583 122 of prof.\u00a0dr.\u00a0Jansen "
                           "over 1,75\u00a0miljoen – nu.")


def test_two_straight_single_quotes_are_a_double_quote():
    got = blocks("A self-builder is ''someone that acts as his own developer''. He builds it.\n")
    assert got[0].text == "A self-builder is “someone that acts as his own developer”. He builds it."


def test_a_dutch_elision_opens_with_an_apostrophe_not_a_quote():
    got = blocks("We gaan 's avonds naar 's-Hertogenbosch en 't Gooi, zei ze: 'samen'.\n")
    assert got[0].text == "We gaan ’s avonds naar ’s-Hertogenbosch en ’t Gooi, zei ze: ‘samen’."


def test_an_acute_accent_between_letters_is_an_apostrophe_an_accented_letter_stays():
    got = blocks("In de krimpregio´s van Noord-Groningen draait het café ´s avonds door.\n")
    assert got[0].text == "In de krimpregio’s van Noord-Groningen draait het café ´s avonds door."


def test_a_join_across_a_blank_line_after_a_colon_is_reported():
    cleaned = clean(source("Wij vragen het volgende:\n\nmeer geld voor de wijk\nen minder regels.\n"))
    assert [(c.kind, c.line) for c in cleaned.changes] == [("paragraph-rejoin", 3)]


def test_a_title_echoing_a_sentence_of_its_text_is_a_title_not_a_pull_quote():
    text = (f"{WIDE}\nhier eindigt de eerste pagina.\n\fLezen is geen luxe,\nmaar een recht\n\n"
            "Gesprek met Kees van Dijk\n\nKees van Dijk was veertig jaar leraar. Hij zegt het steeds weer: lezen\n"
            "is geen luxe, het is een recht. Daarom komt hij elke week naar de bibliotheek.\n")
    got = [(b.kind, b.text) for b in blocks(text)]
    assert got[1:3] == [("display", "Lezen is geen luxe, maar een recht"), ("display", "Gesprek met Kees van Dijk")]


def test_glued_note_numbers_follow_the_sequence_numbers_in_text_stay():
    (block,) = blocks("In de wijk1 gaat het om 30%2 van de mensen, in 2015 ervaren.3 Het is CO2 en 18.000 mensen4.\n")
    refs = [part.number for part in block.content if isinstance(part, NoteRef)]
    assert refs == [1, 2, 3, 4]
    assert "".join(p.text for p in block.content if isinstance(p, Text)) == \
        "In de wijk gaat het om 30% van de mensen, in 2015 ervaren. Het is CO2 en 18.000 mensen."


def test_a_number_opening_with_a_zero_is_no_note_number():
    """"Project03" names a project: taken for note 3, the source's "03" was read as "3"."""
    (block,) = blocks("In de wijk1 loopt het Project03 tot kamer 02, met de buurt2 samen.\n")
    assert [part.number for part in block.content if isinstance(part, NoteRef)] == [1, 2]
    assert "Project03" in "".join(p.text for p in block.content if isinstance(p, Text))


def test_a_note_number_after_a_percentage_a_year_or_a_closing_quote_and_its_full_stop():
    (block,) = blocks("Gemiddeld 8,6%.1 Bij zelfstandigen 14%.2 Van 140 naar 310 in 2019.3 Dan komen er meer "
                      "rekeningen.”4 Dit is zo sinds 2019.5 Einde.\n")
    refs = [part.number for part in block.content if isinstance(part, NoteRef)]
    assert refs == [1, 2, 3, 4, 5]
    assert block.text == ("Gemiddeld 8,6%. Bij zelfstandigen 14%. Van 140 naar 310 in 2019. Dan komen er meer "
                          "rekeningen.” Dit is zo sinds 2019. Einde.")


def test_a_year_or_a_decimal_keeps_a_number_that_is_not_the_next_note():
    text = "Zie 2019.3 van de tabel 3.5 en de jaren 2018.2 Daarna 2.3. Versie 2017.1 is uit.\n"
    (block,) = blocks(text)
    assert not any(isinstance(part, NoteRef) for part in block.content)   # 2018.2: note 1 comes first


def test_the_last_level_of_an_outline_number_is_no_note_number():
    # An agenda's items numbered "5.a.1", "5.a.2", "5.b.1" (a list of decisions): the figure after the
    # letter's full stop is the item's, not a note's, as in "p.5"; one closing a sentence stays a note's.
    text = ("5.a.1 Periodieke rapportage afvalinzameling\nBesluit: kennis te nemen.\n\n"
            "5.a.2 Locatiekeuze inzamelvoorzieningen\nBesluit: in te stemmen.\n\n"
            "5.b.1 Voortzetting inkoopsamenwerking\nBesluit: akkoord, zie de wet.1 Einde.\n")
    found = [part.number for block in blocks(text) for part in block.content if isinstance(part, NoteRef)]
    assert found == [1]
    assert blocks(text)[1].text == "5.a.2 Locatiekeuze inzamelvoorzieningen Besluit: in te stemmen."


def test_a_number_glued_to_the_letters_after_its_full_stop_is_part_of_a_name():
    # A host's name ("www2.oaklandnet.com"), a version ("v2.beta"): the full stop after the figure
    # opens no sentence, so the figure is the name's, not note 1's or 2's.
    (block,) = blocks("Zie www2.oaklandnet.com/parks en versie v1.beta van de app, of de wijk1. Daarna niets.\n")
    assert [part.number for part in block.content if isinstance(part, NoteRef)] == [1]
    assert block.text == "Zie www2.oaklandnet.com/parks en versie v1.beta van de app, of de wijk. Daarna niets."


def test_a_number_glued_to_a_full_stop_before_an_accented_capital_is_a_marker():
    # The text layer lost the space after the sentence's stop: "Länder3.Über", "voorstellen3.Één"
    # close a sentence with note 3's marker, as "CRA 26.It" does; only a small letter goes on a name.
    (block,) = blocks("Zie het verslag.1 Zij sprak met de bewoners.2 Het gaat om de voorstellen3.Één ervan is "
                      "uitgevoerd; zie www4.éducation.fr voor meer.\n")
    assert [part.number for part in block.content if isinstance(part, NoteRef)] == [1, 2, 3]
    assert block.text.endswith("de voorstellen.Één ervan is uitgevoerd; zie www4.éducation.fr voor meer.")


def test_a_number_out_of_sequence_is_text():
    (block,) = blocks("Er waren 11 mensen en het jaar1 was goed, maar groep7 niet.\n")
    assert [p.number for p in block.content if isinstance(p, NoteRef)] == [1]


def test_lettered_and_roman_items_are_list_items():
    text = ("De commissie stelt drie dingen voor:\na) een vaste contactpersoon per wijk;\n"
            "b) een spreekuur op zaterdag;\nc) een jaarlijkse evaluatie.\n\nDe raad besluit:\n"
            "(i) het voorstel over te nemen;\n(ii) het geld vrij te maken.\n\nEn verder:\n"
            "a. Elke wijk krijgt een eigen budget.\nb. Bewoners kiezen zelf de projecten.\n")
    got = [(b.marker, b.text) for b in blocks(text) if b.kind == "item"]
    assert got == [("a)", "een vaste contactpersoon per wijk;"), ("b)", "een spreekuur op zaterdag;"),
                   ("c)", "een jaarlijkse evaluatie."), ("(i)", "het voorstel over te nemen;"),
                   ("(ii)", "het geld vrij te maken."), ("a.", "Elke wijk krijgt een eigen budget."),
                   ("b.", "Bewoners kiezen zelf de projecten.")]


def test_the_next_letter_glued_to_its_item_text_opens_an_item_a_glued_letter_elsewhere_does_not():
    # Statutes: the text layer lost the space after "h)" ("h)Förderung der Kontakte ...").
    text = ("Der Verein verfolgt diese Zwecke:\n"
            "g) Information über gesellschaftliche und rechtliche Auswirkungen freier Netzwerke,\n"
            "h)Förderung der Kontakte und des Austauschs mit weiteren Personen.\n\n"
            "Diese Aufzählung ist nicht abschließend und kann erweitert werden.\n"
            "b)Diese Zeile folgt keinem Punkt einer Liste.\n")
    got = [(b.kind, b.marker, b.text) for b in blocks(text)]
    assert ("item", "h)", "Förderung der Kontakte und des Austauschs mit weiteren Personen.") in got
    assert not any(marker == "b)" for _, marker, _ in got)


def test_capital_letters_down_the_lines_under_a_colon_are_items_an_initial_is_not():
    text = ("Het besluit heeft de volgende bijlagen, die u bij deze brief vindt.\nBijlagen:\n"
            "A. Relevante artikelen uit de Wet openbaarheid bestuur\nB. Procesbeschrijving Waardeonderzoek\n"
            "C. Memo Vooroverleg en Waardeonderzoek\n\nMet vriendelijke groet,\n\nJ. de Vries\n")
    got = [(b.kind, b.marker, b.text) for b in blocks(text)]
    assert [(marker, text) for kind, marker, text in got if kind == "item"] == [
        ("A.", "Relevante artikelen uit de Wet openbaarheid bestuur"), ("B.", "Procesbeschrijving Waardeonderzoek"),
        ("C.", "Memo Vooroverleg en Waardeonderzoek")]
    assert any(kind != "item" and text == "J. de Vries" for kind, _, text in got)


def test_lines_numbered_in_lower_case_counting_on_from_one_are_items():
    # House rules numbered in lower case under a heading: nothing announces the list, but the
    # numbers count on down the lines.
    text = ("Huisregels\n\n1. iedereen dient zich aan de huisregels van de stichting te houden.\n"
            "2. iedereen heeft het recht en de plicht om de ander aan te spreken, te\n"
            "waarschuwen en te wijzen op deze huisregels.\n"
            "3. bij brand en ongevallen direct 112 bellen.\n4. het is verboden te roken.\n")
    got = [(b.kind, b.marker, b.text[:20]) for b in blocks(text)]
    assert got[1:] == [("item", "1.", "iedereen dient zich "), ("item", "2.", "iedereen heeft het r"),
                       ("item", "3.", "bij brand en ongeval"), ("item", "4.", "het is verboden te r")]


def test_a_number_in_lower_case_that_does_not_count_on_stays_in_its_sentence():
    # A sentence broken before a date's day, twice, and a number once: no run counting on from 1.
    text = ("Die Anmeldung für die Kurse des Vereins im Sommer ist möglich vom\n"
            "1. bis zum 15. Mai; die Kurse selbst laufen dann in der Turnhalle ab dem\n"
            "1. juni an, und wer mag, kommt im Juli wieder. Das Treffen der Trainer ist am\n"
            "2. und 3. Oktober im Vereinsheim an der Hauptstraße, gleich neben dem Sportplatz.\n")
    assert [b.kind for b in blocks(text)] == ["paragraph"]


def test_an_initial_at_a_line_start_is_no_item():
    text = "Het rapport is geschreven door onze oud-voorzitter.\nJ. de Vries schreef het in een maand.\n"
    assert [b.kind for b in blocks(text)] == ["paragraph"]


def test_a_marker_alone_on_its_line_opens_the_item_set_apart_under_it():
    # pdftotext sets the marker of a hanging indent apart: "a." / blank line / the item's text.
    text = ("Wij stellen het volgende voor:\na.\n\nDe wijkteams werken voortaan per buurt.\n\nb.\n\n"
            "De gemeente betaalt de huur van het buurthuis.\n")
    got = [(b.kind, b.marker, b.text) for b in blocks(text)]
    assert got[1:] == [("item", "a.", "De wijkteams werken voortaan per buurt."),
                       ("item", "b.", "De gemeente betaalt de huur van het buurthuis.")]


def test_a_numbered_line_under_a_heading_is_an_item_not_part_of_the_heading():
    text = ("Genomen besluiten\n1. Het bestuur stemt in met het plan voor een nieuwe speeltuin aan\n"
            "de rand van het park.\n2. De penningmeester zoekt uit wat het kost.\n")
    got = [(b.kind, b.marker, b.text[:20]) for b in blocks(text)]
    assert got == [("display", "", "Genomen besluiten"), ("item", "1.", "Het bestuur stemt in"),
                   ("item", "2.", "De penningmeester zo")]


def test_a_control_character_after_a_number_and_a_symbol_font_bullet_still_open_items():
    text = ("De app heeft twee doelen:\n1.\x07 Sneller contact met huisgenoten.\n2.\x07 Minder besmettingen.\n\n"
            "Daarnaast geldt:\n\uf0b7 Een eerste punt.\n\uf0b7 Een tweede punt.\n")
    got = [(b.marker, b.text) for b in blocks(text) if b.kind == "item"]
    assert got == [("1.", "Sneller contact met huisgenoten."), ("2.", "Minder besmettingen."),
                   ("\uf0b7", "Een eerste punt."), ("\uf0b7", "Een tweede punt.")]


def test_a_symbol_font_bullet_given_as_its_mapped_sign_and_its_glyph_opens_an_item():
    # pdftotext writes a Wingdings square as "§" followed by the glyph itself (U+F0A7)
    text = ("Het plan kan:\n\u00a7\uf0a7 Een overzicht maken.\n\u00a7\uf0a7 Partners samenbrengen.\n\n"
            "\u00a7\uf0a7\n\nEen gids uitgeven.\n\n\u00a7 2.1 Een artikel blijft een artikel.\n")
    got = [(b.kind, b.marker, b.text) for b in blocks(text)]
    assert got[1:4] == [("item", "\u00a7\uf0a7", "Een overzicht maken."),
                        ("item", "\u00a7\uf0a7", "Partners samenbrengen."),
                        ("item", "\u00a7\uf0a7", "Een gids uitgeven.")]
    assert got[4][0] != "item"


def test_a_section_number_alone_on_its_line_joins_the_heading_under_it():
    text = ("Dit rapport beschrijft de wijk en wat de bewoners ervan vinden, in het kort.\n\n1.1\n\n"
            "Doel van het onderzoek\nDit onderzoek kijkt naar wat bewoners van hun wijk vinden en waarom.\n")
    got = [(b.kind, b.text) for b in blocks(text)]
    assert got[1] == ("display", "1.1 Doel van het onderzoek")
    assert got[2][1].startswith("Dit onderzoek")


def test_markers_set_apart_in_their_own_column_go_back_to_their_items():
    # pdftotext gives the markers of a hanging-indent list one under the other, the items after.
    text = ("4.1 Die Mitgliedschaft endet\na)\nb)\nc)\n\nmit dem Tod des Mitglieds,\ndurch Austritt,\n"
            "durch Ausschluss.\n\nSo gilt es.\n\n")
    got = [(b.marker, b.text) for b in blocks(text) if b.kind == "item"]
    assert got == [("a)", "mit dem Tod des Mitglieds,"), ("b)", "durch Austritt,"), ("c)", "durch Ausschluss.")]


def test_a_column_of_roman_numerals_goes_back_to_its_items_one_capital_alone_stays():
    # "I." and "V." alone may be initials; in a column counting up they number the items.
    text = ("Deze veranderingen zijn:\nI.\nII.\nIII.\n\nVerandering in eigendomsvorm\n"
            "Verandering van de woonoppervlakte\nVerandering in de woon-werkafstand\n\nHet idee is eenvoudig.\n\n"
            "Geschreven door\nJ.\n\nde Vries en anderen.\n")
    got = [(b.kind, b.marker, b.text) for b in blocks(text)]
    assert [(marker, text) for kind, marker, text in got if kind == "item"] == [
        ("I.", "Verandering in eigendomsvorm"), ("II.", "Verandering van de woonoppervlakte"),
        ("III.", "Verandering in de woon-werkafstand")]


def test_a_column_of_bullets_goes_back_to_its_items_past_a_headings_number_set_between():
    # pdftotext set the number of the next heading ("3.4") between the bullets and their items
    text = ("we make the following recommendations:\n\n\u2022\n\u2022\n\n3.4\n\n"
            "Communications should stress the importance of the code.\n"
            "Pay attention to the app in training sessions and protocols.\n\nAdherence\n")
    got = [(b.kind, b.marker, b.text) for b in blocks(text)]
    assert [(marker, text) for kind, marker, text in got if kind == "item"] == [
        ("\u2022", "Communications should stress the importance of the code."),
        ("\u2022", "Pay attention to the app in training sessions and protocols.")]
    assert any(text == "3.4" for _, _, text in got)
    # a section's number with two figures after its point is one too, under the introduction
    tenth = ("Het bestuur doet de volgende aanbevelingen:\n\n\u2022\n\u2022\n\n3.10\n\n"
             "De tuin wordt in het voorjaar opgeknapt\nDe schuur krijgt een nieuw dak\n\nEen alinea.\n")
    got = [(b.kind, b.text) for b in blocks(tenth)]
    assert [text for kind, text in got if kind == "item"] == ["De tuin wordt in het voorjaar opgeknapt",
                                                            "De schuur krijgt een nieuw dak"]
    assert ("display", "3.10") in got


def test_bullets_after_their_items_reach_past_no_headings_number_nor_a_time():
    # The bullets stand after their items, no introduction waits for items over them: the number
    # under them heads the next section and the lines under it are its text.  A time ("9.45") or
    # a price ("2.50") between the bullets and lines is no heading's number either: its context
    # tells it (another time, "uur", a currency in the introduction or the lines under it).
    text = ("Het bestuur stelt het volgende voor:\n\nDe tuin wordt in het voorjaar opgeknapt.\n"
            "De schuur krijgt een nieuw dak.\n\n\u2022\n\u2022\n\n3.4\n\nFinanciën\n"
            "De begroting voor volgend jaar is sluitend.\nDe contributie blijft gelijk aan die van dit jaar.\n\n"
            "Een nieuwe alinea.\n")
    got = [(b.kind, b.text) for b in blocks(text)]
    assert ("display", "3.4 Financiën") in got and not any(kind == "item" for kind, _ in got)
    timed = ("Wij bezochten de volgende plaatsen in die week:\n\n\u2022\n\u2022\n\n9.45\n\n"
             "Aankomst bij het station van Utrecht\nVertrek naar het museum in Amersfoort om 11.15 uur\n\n"
             "Daarna was er lunch.\n")
    assert not any(b.kind == "item" for b in blocks(timed))
    priced = ("De kaartjes kosten per persoon in \u20ac:\n\n\u2022\n\u2022\n\n2.50\n\n"
              "Kinderen tot twaalf jaar\nLeden van de vereniging\n\nVolwassenen betalen meer.\n")
    assert not any(b.kind == "item" for b in blocks(priced))
    # no section's number has a part opening with a nought: "12.00" is a time even with nothing near it
    noon = timed.replace("9.45", "12.00").replace(" om 11.15 uur", "")
    assert not any(b.kind == "item" for b in blocks(noon))


def test_a_nested_column_of_markers_goes_back_to_its_items_and_sub_items():
    # the numbers and letters of a list with sub-items, one column, the items' text after it
    text = ("Artikel 4. Kosten\n1.\n\na.\nb.\n\n2.\n3.\n\nDe vereniging betaalt haar leden terug:\n"
            "de treinkaart naar de vergadering;\nde kilometers met de eigen auto, tegen het tarief\n"
            "van de belastingdienst;\nEen lid dient de bonnen binnen een maand in.\nDe penningmeester betaalt "
            "binnen twee weken.\n\nArtikel 5. Slot\n")
    got = [(b.marker, b.text) for b in blocks(text) if b.kind == "item"]
    assert got == [("1.", "De vereniging betaalt haar leden terug:"), ("a.", "de treinkaart naar de vergadering;"),
                   ("b.", "de kilometers met de eigen auto, tegen het tarief van de belastingdienst;"),
                   ("2.", "Een lid dient de bonnen binnen een maand in."),
                   ("3.", "De penningmeester betaalt binnen twee weken.")]


def test_a_column_of_numbers_goes_back_to_items_of_several_lines_each_ending_a_clause():
    # two numbers over three lines in lower case: the item that wraps ends at its semicolon
    text = ("De ouders melden het vooraf. Het gaat om afwezigheden omwille van:\n1.\n\n2.\n\n"
            "het bijwonen van een begrafenis- of huwelijksplechtigheid van iemand\n"
            "die onder hetzelfde dak woont als het kind;\nhet bijwonen van een familieraad;\n\n"
            "Deze afwezigheden zijn geen recht dat ouders kunnen opeisen.\n")
    got = [(b.marker, b.text) for b in blocks(text) if b.kind == "item"]
    assert got == [("1.", "het bijwonen van een begrafenis- of huwelijksplechtigheid van iemand die onder hetzelfde "
                          "dak woont als het kind;"),
                   ("2.", "het bijwonen van een familieraad;")]


def test_a_column_of_numbers_split_above_and_under_the_items_text_goes_back_to_its_items():
    # pdftotext gave "1." "2." over the four items' text and "3." "4." under it
    text = ("mits het vooraf indienen van een dossier met de volgende elementen:\n\n1.\n2.\n\n"
            "een gemotiveerde aanvraag van de ouders;\neen verklaring van een bij de Vlaamse sportfederatie\n"
            "aangesloten sportfederatie;\neen medisch attest van een sportarts;\neen akkoord van de directie.\n\n"
            "3.\n4.\n\nDeze vier stukken zijn geen automatisme.\n")
    got = [(b.kind, b.marker, b.text) for b in blocks(text)]
    assert [(marker, text) for kind, marker, text in got if kind == "item"] == [
        ("1.", "een gemotiveerde aanvraag van de ouders;"),
        ("2.", "een verklaring van een bij de Vlaamse sportfederatie aangesloten sportfederatie;"),
        ("3.", "een medisch attest van een sportarts;"), ("4.", "een akkoord van de directie.")]
    assert got[-1] == ("paragraph", "", "Deze vier stukken zijn geen automatisme.")


def test_two_columns_of_one_kind_of_marker_are_no_nested_list():
    # "1." after "2." opens no sub-level: two lists' columns, the text of neither told apart here
    text = ("Regels\n1.\n2.\n\n1.\n2.\n\nDe vereniging betaalt haar leden terug:\n"
            "de treinkaart;\nde kilometers;\nEen lid dient de bonnen in.\n")
    assert not any(b.kind == "item" and b.text.startswith("de treinkaart") for b in blocks(text))


def test_items_lettered_a_b_c_in_capitals_go_on_the_sentence_above_as_items():
    text = ("Het bestuur besluit:\nA. de jaarrekening goed te keuren, met de toelichting\nvan de kascommissie;\n"
            "1. De kascommissie controleerde de bonnen.\n2. Zij vond geen fouten.\n"
            "B. de penningmeester te bedanken;\nC. dat het verslag op de website komt.\n")
    got = [(b.marker, b.text) for b in blocks(text) if b.kind == "item"]
    assert got[0] == ("A.", "de jaarrekening goed te keuren, met de toelichting van de kascommissie;")
    assert got[-2:] == [("B.", "de penningmeester te bedanken;"), ("C.", "dat het verslag op de website komt.")]


def test_an_initial_and_lettered_section_headings_stay_what_they_are():
    # one "A." is an initial; "A." and "B." over a capitalised title head lettered sections
    assert not [b for b in blocks("Namens het bestuur,\nA. de Wit\n") if b.kind == "item"]
    text = "Commissies\nA. Kascommissie\nZij controleert de boeken.\nB. Feestcommissie\nZij regelt het feest.\n"
    assert not [b for b in blocks(text) if b.kind == "item"]


def test_a_column_of_dashes_typed_without_their_space_is_a_list():
    text = ("Wat je meeneemt\n\n-Een slaapzak voor de nacht\n-Stevige schoenen\n-Een zaklamp met reservebatterijen\n"
            "voor de tocht\n-Regenkleding\n")
    got = [(b.marker, b.text) for b in blocks(text) if b.kind == "item"]
    assert got == [("-", "Een slaapzak voor de nacht"), ("-", "Stevige schoenen"),
                   ("-", "Een zaklamp met reservebatterijen voor de tocht"), ("-", "Regenkleding")]


def test_one_or_two_lines_opening_with_a_glued_dash_stay_text():
    text = "Het team\n\n-Anna leidt de groep.\n-Bas schrijft het verslag.\n\nDaarna volgt de rest.\n"
    assert not [b for b in blocks(text) if b.kind == "item"]


def test_a_glued_dash_beside_items_with_their_space_opens_an_item_of_that_list():
    # minutes: two of four speakers' dashes typed without their space
    text = ("4. Jaarverslagen\n-Dhr. Muusse vraagt wat de missie van de vereniging is. De voorzitter\n"
            "antwoordt dat kwaliteit voorop staat.\n- Dhr. Lubbers vraagt naar het instaprek.\n"
            "Dhr. Wijnholds antwoordt dat er een peiling komt.\n-Mw. Smit merkt op dat Sizu gestuurd werd.\n"
            "- Dhr. Muusse heeft lof voor de jaarverslagen.\n")
    got = [(b.marker, b.text.replace("\u00a0", " ")[:20]) for b in blocks(text) if b.kind == "item"][1:]
    assert got == [("-", "Dhr. Muusse vraagt w"), ("-", "Dhr. Lubbers vraagt "), ("-", "Mw. Smit merkt op da"),
                   ("-", "Dhr. Muusse heeft lo")]


def test_a_glued_dash_beside_a_dash_that_opens_no_item_stays_text():
    # a dash inside a sentence ("printportaal" / "– zie ..."), a word between dashes under it; and a
    # suspended compound ("Autorinnen und" / "-Autoren") above a dashed item
    text = ("iii. Staat der Nederlanden Private Root CA (niet toegestaan met het printportaal\n"
            "– zie de uitzondering in sectie 1.5.3).\n–Of–\n(b) dat het een EV-certificaat betreft.\n")
    assert not [b for b in blocks(text) if b.text.startswith("Of")]
    text = ("Im vergangenen Jahr haben wir für die Wikipedia viele neue Autorinnen und\n"
            "-Autoren gewonnen, die auch nach dem Mentorenprogramm weiter schreiben.\n"
            "- Mehr Bilder auf Commons\n- Mehr Artikel in der Wikipedia\n")
    assert not [b for b in blocks(text) if b.text.startswith("Autoren")]


def test_a_dash_glued_to_a_capital_under_a_short_line_or_in_a_column_still_opens_an_item():
    # Counter-examples: a short item above ("- Koffie" / "-Thee"), a column of dashes typed without their
    # space ("... in der Schule" / "-Rückwärts laufen"): the dash is the next item's
    text = "Boodschappen voor de vergadering van dinsdag:\n- Koffie\n-Thee\n- Melk en suiker\n"
    assert [b.text for b in blocks(text) if b.kind == "item"] == ["Koffie", "Thee", "Melk en suiker"]
    text = ("HOW TO CARPE DIEM\n-Torte nicht nur am Geburtstag essen\n-Im Club Apfelschorle bestellen\n"
            "-Vanillepudding in ein Glas füllen und auf der Arbeit oder in der Schule\n-Rückwärts laufen\n"
            "-Zeitreise machen\n")
    assert "Rückwärts laufen" in [b.text for b in blocks(text) if b.kind == "item"]


@pytest.mark.parametrize("above, below", [
    ("- de aansluiting op het busvervoer tussen de kernen Drachten en Heerenveen",
     "-De woningbouw in de kleinere kernen en de kosten daarvan voor de gemeente;"),
    ("- the bus service between the villages and the market town of Tetbury",
     "-The new homes on the edge of the village and the cost of the new road;"),
    ("- die neuen Zeiten für das Training der Abteilungen Fußball und Tischtennis",
     "-Die Renovierung der Umkleiden im Sportheim und die Kosten dafür;"),
    ("- le nouvel horaire des bus entre les villages et la ville de Montbrison",
     "-La rénovation de la salle des fêtes et les frais de cette rénovation;"),
])
def test_a_dashed_item_opening_on_a_capital_function_word_under_a_full_item_stays_an_item(above, below):
    # (review 23f-3: "... Drachten en Heerenveen" / "-De woningbouw ..." was rejoined to an invented compound,
    # "Heerenveen-De"): the glued dash opens the next item
    text = (f"Verslag\n\nDe werkgroep heeft dit jaar de volgende punten besproken met de\n"
            f"partijen in de regio:\n{above}\n{below}\n- de plannen voor nieuwe fietspaden langs de\n"
            "kust en de financiering daarvan;\n- de kosten van het onderhoud van de bruggen.\n")
    items = [b.text for b in blocks(text) if b.kind == "item"]
    assert len(items) == 4
    assert items[1] == below[1:]


def test_a_minus_sign_glued_to_a_currency_code_under_dashed_items_stays_text():
    # (review 22c: a negative balance under a dashed list of amounts keeps its minus sign)
    text = ("Treasurer's report\n\nIncome and spending for the year were as follows.\n"
            "- Subscriptions: GBP 1,250.00\n- Grants: GBP 500.00\n- Hall hire: GBP 1,875.00\n"
            "The balance for the year is therefore:\n-GBP 125.00\nThe shortfall will be met from reserves.\n")
    assert "-GBP 125.00" in " ".join(b.text for b in blocks(text) if b.kind != "item")
    text = ("Jahresrechnung 2023\n\nDie Einnahmen und Ausgaben im Überblick:\n- Mitgliederbeiträge: CHF 2'400.00\n"
            "- Spenden: CHF 300.00\n- Saalmiete: CHF 2'900.00\nDas Jahresergebnis beträgt somit:\n-CHF 200.00\n"
            "Der Verlust wird dem Vereinsvermögen belastet.\n")
    assert "-CHF 200.00" in " ".join(b.text for b in blocks(text) if b.kind != "item")
    # (review 22i: a currency abbreviated in a capital and small letters, a figure after it)
    for line in ("-Fl. 150 terugbetaald aan de gemeente.", "-Dfl. 150 terugbetaald aan de gemeente."):
        text = ("Kasverslag 2023\n\nDe penningmeester meldt:\n- Contributie 1.200 euro.\n- Sponsoring 800 euro.\n"
                f"{line}\n- Kantine 300 euro.\n")
        assert line in " ".join(b.text for b in blocks(text) if b.kind != "item")
    text = ("Treasurer's report\n\nThe treasurer reported:\n- Subscriptions 1,250.\n- Grants 500.\n"
            "-Rs. 150 refunded to the council.\n- Hall hire 300.\n")
    assert "-Rs. 150 refunded to the council." in " ".join(b.text for b in blocks(text) if b.kind != "item")


def test_a_compound_broken_before_its_hyphen_under_dashed_items_stays_one_word():
    # (review 22c: "Zuid" / "-Limburg." under a short line inside a sentence, dashed items around it)
    text = ("Nieuws van de jeugdcommissie\n\nDit jaar organiseren we weer een kamp voor de 12- tot en met 16\n"
            "-jarigen. Het kamp is in de herfstvakantie.\n- Opgeven kan tot 1 september.\n- De kosten zijn 85 euro.\n"
            "Het kamp is altijd een succes - en dat is vooral te danken aan de vrijwilligers\n"
            "- en de ouders die koken. We zoeken nog begeleiders voor de Noord\n"
            "-Hollandse locatie en voor de groep in Zuid\n-Limburg. Meld je aan bij de commissie.\n"
            "- Het programma volgt later.\n")
    assert not [b for b in blocks(text) if b.text.startswith("Limburg")]


def test_bullets_set_apart_go_to_the_sentences_that_open_their_items():
    text = ("Wat er gebeurde:\n\u2022\n\n\u2022\n\u2022\n\nOp 1 mei kwam het verzoek binnen bij de afdeling die het\n"
            "behandelt. Die stuurde het door.\nOp 8 mei volgde een brief met vragen over de\n"
            "kosten.\nOp 20 mei kwam het antwoord.\n")
    got = [b.text for b in blocks(text) if b.kind == "item"]
    assert got == ["Op 1 mei kwam het verzoek binnen bij de afdeling die het behandelt. Die stuurde het door.",
                   "Op 8 mei volgde een brief met vragen over de kosten.", "Op 20 mei kwam het antwoord."]


def test_bullets_set_apart_go_nowhere_where_the_layout_and_the_sentences_tell_different_items():
    # (review 22c-5: the layout opens "Soep van de dag" under a short line, a sentence opens "Dat moet
    # wel vooraf" inside the second item; together as many as the bullets, agreeing on none)
    text = ("Wat is er te koop in de kantine?\n\u2022\n\u2022\n\u2022\n\nKoffie en thee\n"
            "Soep van de dag, met brood en boter van de bakker uit het dorp. Wie\n"
            "wil kan ook een broodje bestellen bij de bar in de kantine van de club.\n"
            "Dat moet wel vooraf, uiterlijk op vrijdag voor de wedstrijd, bij Piet\n"
            "Fruit en snoep voor de kinderen van de jeugdteams van de club en hun\nouders\n")
    assert not [b for b in blocks(text) if b.text.startswith("Dat moet wel vooraf")]


def test_bullets_set_apart_go_nowhere_by_a_word_after_a_semicolon_that_leads_to_no_last_item():
    # (review 22c-6: only a conjunction leads to a list's last clause, "; en", "; and"; a short word
    # of another kind goes on with the sentence, "...; die" / "komt ...")
    text = ("Wat doet de werkgroep?\n\u2022\n\u2022\n\u2022\n\u2022\n\n"
            "de notulen van elke vergadering gaan daarna naar het bestuur van de\nvereniging;\n"
            "de voorzitter rapporteert op de ledenvergadering;\n"
            "wie wil kan aansluiten bij de werkgroep; die\nkomt vier keer per jaar bij elkaar.\n")
    assert not [b for b in blocks(text) if b.text.startswith("komt vier keer")]


def test_bullets_set_apart_go_to_the_clauses_of_a_list_written_as_one_sentence():
    # four bullets over six lines: clauses closed by semicolons (the third by "; and"), the last by
    # a full stop, a full stop inside the third before a bracket; no line ends where the column does
    text = ("What can we do to encourage open data?\n\u2022\n\u2022\n\u2022\n\u2022\n\n"
            "Push for a citizen advisory board to help with planning open data;\n"
            "Push for data on more devices (not everything is accessible on a smart phone);\n"
            "Publish data in open formats so that citizens can use it for their own\n"
            "analysis and development of apps. (For example, PDF is highly useable but is a\n"
            "proprietary format that cannot be reused in other applications.); and\n"
            "Encourage citizens to develop their own data and application wish lists for the\n"
            "council to take up.\n")
    got = [b.text[:24] for b in blocks(text) if b.kind == "item"]
    assert got == ["Push for a citizen advis", "Push for data on more de", "Publish data in open for",
                   "Encourage citizens to de"]


def test_bullets_set_apart_go_nowhere_by_the_clauses_of_a_list_that_text_follows():
    # (review 22c-3/4: text under the sentence's close may be the last item's or the next
    # paragraph's, and semicolons may part names inside one sentence: the list swallowed the
    # paragraph after it, or bullets went to the clauses of the first item's sentence)
    for text in ("Wij vragen een vrijwillige ouderbijdrage. Daarvan bekostigen we:\n\u2022\n\u2022\n\u2022\n\n"
                 "een bijdrage aan de leermiddelen die niet uit de reguliere middelen van de school\n"
                 "worden bekostigd;\neen bijdrage aan de schoolreizen van groep 1 tot en met 7 en aan het schoolkamp;\n"
                 "de traktaties bij de Koningsspelen, bij Sinterklaas en bij het kerstfeest in december.\n"
                 "Incidenteel kan er een kleine extra bijdrage gevraagd worden voor een cadeau of een\n"
                 "uitje. De ouderraad beheert het geld en legt elk jaar verantwoording af.\n",
                 "The money raised this year was spent on:\n\u2022\n\u2022\n\u2022\n\n"
                 "new reading books for the infant classes and the library corner in the main\nhall;\n"
                 "a contribution to the year 6 residential trip to the Peak District in June;\n"
                 "the Christmas party, the summer fair and the leavers' assembly in July this year.\n"
                 "We would like to thank all parents who gave their time to help at these events\n"
                 "and all those who donated prizes for the raffle. Without you none of it happens.\n",
                 "Wij vragen een vrijwillige ouderbijdrage. Daarvan bekostigen we:\n"
                 "\u2022\n\u2022\n\u2022\n\u2022\n\u2022\n\n"
                 "een bijdrage aan (leer)middelen die niet uit reguliere middelen worden bekostigd;\n"
                 "een bijdrage aan schoolreizen en schoolkamp;\ntraktaties, bijv. bij de Koningsspelen;\n"
                 "Kerst;\nSinterklaas.\nIncidenteel kan er een kleine bijdrage gevraagd worden voor een cadeau.\n",
                 "Wie doet wat?\n\u2022\n\u2022\n\u2022\n\n"
                 "Het bestuur bestaat uit Jan de Vries (voorzitter), Anna Bakker (vicevoorzitter);\n"
                 "Piet Jansen (secretaris), Marloes de Boer (tweede secretaris van de vereniging);\n"
                 "Klaas Smit (penningmeester) en Tineke Bos (de ledenadministratie van de club).\n"
                 "De kascommissie bestaat uit Anna Visser en Bas Mulder. Zij controleren de boeken\n"
                 "in februari van elk jaar. Als reserve is Tineke Bos gekozen door de vergadering.\n"):
        assert not [b for b in blocks(text) if b.kind == "item"], text[:20]


def test_bullets_set_apart_go_nowhere_by_clauses_whose_sentence_closes_inside_a_line():
    # (the list's sentence closes before the end of its last line: its last item would take the
    # sentence after it)
    text = ("Daarvan bekostigen we:\n\u2022\n\u2022\n\u2022\n\n"
            "een bijdrage aan de leermiddelen die niet uit de reguliere middelen komen;\n"
            "een bijdrage aan de schoolreizen van groep 1 tot en met 7 en het kamp;\n"
            "de traktaties bij het kerstfeest in december. Incidenteel kan er een\n"
            "kleine extra bijdrage gevraagd worden voor een cadeau.\n")
    assert not [b for b in blocks(text) if b.kind == "item"]


def test_bullets_set_apart_over_sentences_with_a_semicolon_go_nowhere_by_the_semicolons():
    # two bullets over items of full sentences: the semicolon at a line's end inside the first
    # item opens no item (one semicolon alone may stand in an item's sentence)
    text = ("Wat we hebben gedaan:\n\u2022\n\u2022\n\n"
            "We hebben de tuin opnieuw ingericht met hulp van de buren uit de straat;\n"
            "de gemeente betaalde de planten en de bomen voor de tuin bij het buurthuis.\n"
            "Iedereen hielp mee met het zware werk in de tuin bij het buurthuis in de wijk.\n"
            "Het duurde twee maanden. Wij danken iedereen die meehielp, jong en oud uit de wijk.\n")
    assert not [b for b in blocks(text) if b.kind == "item" and b.text.startswith("de gemeente")]


def test_bullets_set_apart_go_nowhere_by_a_word_after_a_semicolon_before_the_last_clause():
    # "; the" goes on with the sentence: only the last clause may be led to by a word ("; and")
    text = ("What we asked for:\n\u2022\n\u2022\n\u2022\n\n"
            "More data on the website about the buses and the trains in the county; the\n"
            "council should publish them every week;\nbetter maps of the bus stops and the\n"
            "stations in the county.\n")
    assert not [b for b in blocks(text) if b.kind == "item" and b.text.startswith("council")]


def test_bullets_set_apart_skip_the_sub_items_that_carry_their_own_bullet():
    # three bullets in a column, then three answers of a vote and a sub-bullet naming the voters
    text = ("Zomerfeest\n\u2022\n\u2022\n\u2022\n\n4 leden: a) Ik help mee.\n\u25e6 Anna, Bas, Cor, Dirk\n"
            "2 leden: b) Ik kom alleen kijken.\n1 lid: c) Geen mening\n")
    got = [(b.marker, b.text) for b in blocks(text) if b.kind == "item"]
    assert got == [("\u2022", "4 leden: a) Ik help mee."), ("\u25e6", "Anna, Bas, Cor, Dirk"),
                   ("\u2022", "2 leden: b) Ik kom alleen kijken."), ("\u2022", "1 lid: c) Geen mening")]


def test_bullets_lost_from_their_column_leave_items_that_the_layout_opens():
    # two bullets printed for four items; each item ends on a short line, the column is full
    text = ("Wat we gaan doen:\n-\n\n-\n\nIedere maand een inloopavond in het buurthuis aan de haven van\nZuidwijk\n"
            "De gemeente en de bewonersgroep zoeken samen naar een plek voor een\nmoestuin\n"
            "Een cursus voor vrijwilligers\nElk voorjaar een schoonmaakdag met de school.\n")
    got = [b.text for b in blocks(text) if b.kind == "item"]
    assert got == ["Iedere maand een inloopavond in het buurthuis aan de haven van Zuidwijk",
                   "De gemeente en de bewonersgroep zoeken samen naar een plek voor een moestuin",
                   "Een cursus voor vrijwilligers", "Elk voorjaar een schoonmaakdag met de school."]


def test_a_dash_right_under_a_heading_opens_an_item():
    text = ("Samengevat:\n\nWonen\n- Tien nieuwe woningen voor starters in de wijk (gemeente)\n"
            "- Een loket voor vragen over huur (corporatie)\n\nDe wijk - zo zegt men - is rustig.\n")
    got = [(b.kind, b.text) for b in blocks(text)]
    assert ("item", "Tien nieuwe woningen voor starters in de wijk (gemeente)") in got
    assert ("item", "Een loket voor vragen over huur (corporatie)") in got
    assert got[-1] == ("paragraph", "De wijk – zo zegt men – is rustig.")


def test_a_dash_before_a_time_or_a_count_opens_an_item_where_a_capital_would():
    text = ("Zaterdag 3 mei\n\u2013 14 u: Opening van de speeltuin\nDe burgemeester knipt het lint door.\n"
            "\u2013 16 u: Optreden van het kinderkoor\n\nHet was warm - 30 graden - en toch bleef iedereen.\n")
    got = [(b.kind, b.text) for b in blocks(text)]
    assert ("item", "14 u: Opening van de speeltuin") in got
    assert ("item", "16 u: Optreden van het kinderkoor") in got
    assert got[-1] == ("paragraph", "Het was warm – 30 graden – en toch bleef iedereen.")


def test_a_number_before_a_figure_opens_an_item_where_a_capital_would():
    # "1. 10 students": the item's text opens with a count; a page cited ("p. 8") or a number a
    # full stop ends ("12. 3. 2019", a date) opens none.
    text = ("Junior Ambassadors: Toyoka reported\n1. 10 students are going this year, with two chaperons.\n"
            "2. 2018-19: we wait for the application of a new student.\n\n"
            "Zie het verslag van de vorige keer.\np. 8 geeft de cijfers.\n12. 3. 2019 was de laatste vergadering.\n")
    got = [(b.kind, b.marker, b.text) for b in blocks(text)]
    assert ("item", "1.", "10 students are going this year, with two chaperons.") in got
    assert ("item", "2.", "2018-19: we wait for the application of a new student.") in got
    assert [marker for kind, marker, _ in got if kind == "item"] == ["1.", "2."]


def test_a_number_before_a_figure_with_thousands_opens_an_item():
    # "1. 1.000 €": the full stop between groups of three digits separates thousands; "2. 2.5" stays text.
    text = ("Förderungen:\n1. 1.000 € für das Repair Café, durch das Engagement NRW Programm\n"
            "2. Werkzeug für das Repair Café vor Ort\n3. 2.000 € für einen neuen Werkstattbereich\n")
    got = [(b.marker, b.text) for b in blocks(text) if b.kind == "item"]
    assert got == [("1.", "1.000 € für das Repair Café, durch das Engagement NRW Programm"),
                   ("2.", "Werkzeug für das Repair Café vor Ort"), ("3.", "2.000 € für einen neuen Werkstattbereich")]


def test_a_diamond_bullet_of_a_word_processor_opens_an_item():
    text = ("Verslag van de vergadering\n\u2756 Voorzitter:\n\u2022 De speeltuin gaat in mei open.\n"
            "\u2756 Penningmeester:\n")
    got = [(b.kind, b.marker, b.text) for b in blocks(text)]
    assert ("item", "\u2756", "Voorzitter:") in got and ("item", "\u2756", "Penningmeester:") in got


def test_a_white_circle_bullet_of_a_second_level_opens_an_item():
    text = ("1. De club kent twee organen:\n   \u25cb Het bestuur\n   \u25cb De ledenraad\n"
            "2. Het bestuur vergadert elke maand.\n")
    got = [(b.kind, b.marker, b.text) for b in blocks(text)]
    assert ("item", "\u25cb", "Het bestuur") in got and ("item", "\u25cb", "De ledenraad") in got


def test_a_figure_dash_opens_an_item_where_a_dash_would():
    text = "Wat wij zagen:\n\u2012 De planning is te krap.\n\u2012 Het budget ontbreekt nog.\n"
    got = [(b.kind, b.marker, b.text) for b in blocks(text) if b.kind == "item"]
    assert got == [("item", "\u2012", "De planning is te krap."), ("item", "\u2012", "Het budget ontbreekt nog.")]


def test_a_control_character_before_a_space_is_a_bullet_glued_to_letters_it_is_not():
    # pdftotext writes an unmapped symbol-font bullet as a control code such as U+0003
    text = ("Actiepunten Anna\n\n\x03 Zaal reserveren\n\x03 Uitnodiging versturen.\n\n"
            "\x07et bestuur kwam op dinsdag bijeen en sprak over de plannen.\n")
    got = [(b.kind, b.marker, b.text) for b in blocks(text)]
    assert ("item", "\x03", "Zaal reserveren") in got and ("item", "\x03", "Uitnodiging versturen.") in got
    assert [kind for kind, _, text in got if "bestuur kwam" in text] == ["paragraph"]


def test_a_c1_control_character_before_a_space_is_a_bullet_too():
    # a German essay's bullets come out as U+0088, one of the C1 control codes
    text = ("Politiker wenden häufig an:\n\n\x88 Ignorieren oder beschönigen: Sie weichen aus.\n\n"
            "\x88 Leugnung: Sie leugnen die Ergebnisse.\n")
    got = [(b.kind, b.marker, b.text) for b in blocks(text)]
    assert got[1:] == [("item", "\x88", "Ignorieren oder beschönigen: Sie weichen aus."),
                       ("item", "\x88", "Leugnung: Sie leugnen die Ergebnisse.")]


def test_dashed_lines_in_lower_case_running_under_a_heading_are_a_list():
    text = ("Zondag 4 mei\n- om tien uur koffie in de kantine\n- om elf uur het openingsfeest met muziek\n\n"
            "Daarbij gaat het vooral\n- zo zegt zij - om de kinderen.\n")
    got = [(b.kind, b.text) for b in blocks(text)]
    assert ("item", "om tien uur koffie in de kantine") in got
    assert ("item", "om elf uur het openingsfeest met muziek") in got
    assert not [text for kind, text in got if kind == "item" and "zo zegt zij" in text]


def test_a_dashed_line_in_lower_case_over_two_lines_opens_a_run_of_dashed_items():
    text = ("Jongeren\n\n    -   elke vrijdag een inloopavond in de kelder van het buurthuis aan de haven met\n"
            "        een vaste begeleider\n    -   twee keer per jaar een kampweekend\n\n"
            "Daarbij gaat het vooral\n- zo zegt zij - om de kinderen.\n")
    got = [(b.kind, b.text) for b in blocks(text)]
    assert ("item", "elke vrijdag een inloopavond in de kelder van het buurthuis aan de haven met "
                    "een vaste begeleider") in got
    assert ("item", "twee keer per jaar een kampweekend") in got
    assert not [text for kind, text in got if kind == "item" and "zo zegt zij" in text]


def test_three_dashed_lines_in_a_row_are_a_list_under_a_line_that_runs_full():
    # The line above ends in a link (no full stop) and fills the column: only the column of
    # dashes says that its first line opens an item.  Two dashes around an aside stay text.
    text = (f"{WIDE}\n{WIDE}\nvraag: wat heeft een vierkant? zie https://example.org/plaatje.gif\n"
            "- de lengte\n- de hoogte\n- de kleur\n\nDaarbij gaat het vooral\n- zo zegt zij - om de kinderen.\n")
    got = [(b.kind, b.text) for b in blocks(text)]
    assert [text for kind, text in got if kind == "item"][:3] == ["de lengte", "de hoogte", "de kleur"]
    assert not [text for kind, text in got if kind == "item" and "zo zegt zij" in text]


def test_an_exclamation_mark_before_a_word_opens_an_item_where_a_list_may_start():
    # A symbol font's bullet that the text layer reads as "!": no sentence opens with one.
    text = ("Na de cursus kunnen de leerlingen het volgende.\n! een stroomkring tekenen.\n"
            "! uitleggen waarom een lamp\nbrandt.\n! zelf een schakelaar bouwen.\n\nDat was het. Echt!\n")
    got = [(b.kind, b.marker, b.text) for b in blocks(text)]
    assert [(marker, text) for kind, marker, text in got if kind == "item"] == [
        ("!", "een stroomkring tekenen."), ("!", "uitleggen waarom een lamp brandt."),
        ("!", "zelf een schakelaar bouwen.")]
    assert ("paragraph", "", "Dat was het. Echt!") in got


def test_an_enumeration_whose_bullets_are_pictures_is_a_list_by_its_colon_and_semicolons():
    # The bullets were pictures: only the lead-in's colon, the items' semicolons and the last
    # item's full stop are left.  Two lines so ending may be one sentence: no list.
    text = ("Bij het kiezen van een plek let de werkgroep op de volgende punten:\n"
            "de afstand tot de dichtstbijzijnde bushalte en het station;\nde prijs;\n"
            "de ruimte voor fietsen, kinderwagens en rolstoelen bij de\ningang.\n"
            "Daarna beslist het bestuur, meestal in de vergadering van juni of van september.\n\n"
            "De zaal voldoet aan de eisen van de volgende regeling:\nhet bouwbesluit van de gemeente;\n"
            "Ook is de regeling van de brandweer van toepassing op de zaal.\n")
    got = [(b.kind, b.text) for b in blocks(text)]
    assert [text for kind, text in got if kind == "item"] == [
        "de afstand tot de dichtstbijzijnde bushalte en het station;", "de prijs;",
        "de ruimte voor fietsen, kinderwagens en rolstoelen bij de ingang."]
    assert ("paragraph", "Daarna beslist het bestuur, meestal in de vergadering van juni of van september.") in got
    assert [kind for kind, text in got if "bouwbesluit" in text] == ["paragraph"]


def test_markers_that_cannot_be_matched_to_their_items_stay_where_they_are():
    # three markers, but the text under them holds two sentences: no evidence which is which
    text = "Wat er gebeurde:\n1.\n2.\n3.\n\nEr kwam een verzoek binnen. Dat werd behandeld.\nHet antwoord volgde.\n"
    got = blocks(text)
    assert all(b.text for b in got)                          # no empty item
    assert "1. 2." in " ".join(b.text for b in got)          # the markers stay as written


def test_a_numbered_heading_and_the_first_provision_under_it_are_two_blocks():
    text = ("Satzung\n1. Name und Sitz\n1.1 Der Verein soll den Namen Beispiel führen.\n"
            "1.2 Der Verein hat seinen Sitz in Berlin.\n")
    got = [(b.kind, b.marker, b.text) for b in blocks(text)]
    assert got[1] == ("item", "1.", "Name und Sitz")
    assert got[2][2].startswith("1.1 Der Verein soll den Namen Beispiel führen.")


def test_a_heading_line_between_two_paragraphs_without_blank_lines_is_a_heading():
    text = ("De gemeente wil meer speeltuinen bouwen in de wijken waar veel gezinnen wonen.\n"
            "Hieronder staan de belangrijkste vragen kort op een rij.\nVeiligheid\n"
            "Een speeltuin moet veilig zijn voor kinderen van alle leeftijden, ook de kleinsten.\n"
            "Daarom wordt elk toestel elk jaar gekeurd door een erkende keurmeester.\n")
    got = [(b.kind, b.text[:20]) for b in blocks(text)]
    assert ("display", "Veiligheid") in got


def test_short_lines_under_a_colon_or_closing_a_paragraph_are_no_headings():
    text = ("De gemeente wil meer speeltuinen bouwen in de wijken waar veel gezinnen wonen, zoals:\n"
            "Schalkwijk\nHet Rozenprieel en de wijken ten noorden van het centrum van de stad.\n\n"
            "De gemeente wil meer speeltuinen bouwen in de wijken waar veel gezinnen wonen.\n"
            "Waar zijn we aan begonnen?\nDat vragen de bewoners zich soms af, als ze de plannen van\n"
            "de gemeente lezen. Maar ze doen wel mee.\n")
    assert "display" not in [b.kind for b in blocks(text)]


def test_an_o_under_a_colon_or_an_item_and_a_ballot_box_are_bullets():
    text = ("Een vaste woning is:\n\u2022 een huurwoning van een corporatie, of:\n    o een sociale huurwoning\n"
            "    o een woning in de vrije sector\n\nDe gegevens zijn:\n\u2610 te vinden op de website\n"
            "\u2610 op verzoek te krijgen.\n\nIk zeg o zo vaak.\n")
    got = [(b.marker, b.text) for b in blocks(text) if b.kind == "item"]
    assert got == [("\u2022", "een huurwoning van een corporatie, of:"), ("o", "een sociale huurwoning"),
                   ("o", "een woning in de vrije sector"), ("\u2610", "te vinden op de website"),
                   ("\u2610", "op verzoek te krijgen.")]


def test_a_line_group_with_a_bracket_left_open_goes_on():
    text = ("Wat de gemeente moet doen:\n\n2. Een huishouden dat dakloos is [en voorrang heeft of\n"
            "geen voorrang]:\n\u2022 Geef advies.\n")
    got = [(b.kind, b.text) for b in blocks(text)]
    assert ("item", "Een huishouden dat dakloos is [en voorrang heeft of geen voorrang]:") in got


def test_a_line_with_a_quotation_left_open_goes_on():
    # The quotation the line opens closes on the next line: one sentence, not a heading over it; a
    # heading quoting a title closes its quotation ("Weiterentwickeln: „Technische Wünsche“ ...").
    text = ("Wir freuen uns auf die nächste WikiCon vom 08. bis 10. September in Leipzig.\n\n"
            "„Die WikiCon ist die perfekte\n"
            "Möglichkeit, andere Mitwirkende zu treffen, die ich lange Jahre nur virtuell kannte.“\n\n"
            "Weiterentwickeln: „Technische Wünsche“ der Community werden erfüllt\n"
            "Die Wünsche der Community an die Software werden seit 2016 gesammelt und umgesetzt.\n")
    got = [(b.kind, b.text) for b in blocks(text)]
    assert any(text.startswith("„Die WikiCon ist die perfekte Möglichkeit, andere") for _, text in got)
    assert ("display", "Weiterentwickeln: „Technische Wünsche“ der Community werden erfüllt") in got


def test_a_heading_in_capitals_over_two_lines_is_one_heading():
    text = (f"{WIDE}\nhier eindigt de alinea.\n\nARMOEDE EN SCHULDEN\nIN DE REGIO NOORD\n{WIDE}\n"
            "nog een regel.\n\nTIMEFRAMES = YES\nLOGFILE = NO\n")
    got = [(b.kind, b.text) for b in blocks(text)]
    assert ("display", "ARMOEDE EN SCHULDEN IN DE REGIO NOORD") in got
    assert not any(text == "TIMEFRAMES = YES LOGFILE = NO" and kind == "display" for kind, text in got)


def test_a_heading_in_capitals_with_its_number_and_dates_over_two_lines_is_one_heading():
    # en-brrr-trade-industry-2021: a section's number and a period's dates are no lower-case text.
    text = (f"{WIDE}\nhier eindigt de alinea.\n\n4 OVERVIEW AND ASSESSMENT OF THE PERFORMANCE\n"
            "FOR THE PERIOD 1 APRIL 2020 TO 31 MARCH 2021\n\n"
            "This section compares what the department targeted against its performance over\nthe year.\n")
    got = [(b.kind, b.text) for b in blocks(text)]
    heading = "4 OVERVIEW AND ASSESSMENT OF THE PERFORMANCE FOR THE PERIOD 1 APRIL 2020 TO 31 MARCH 2021"
    assert ("display", heading) in got


def test_a_question_in_capitals_over_two_lines_is_one_heading():
    text = (f"{WIDE}\nhier eindigt de alinea.\n\nWIE STEUNDEN\nJOBHULPMAATJE?\n"
            "De resultaten kwamen in samenwerking met de gemeente en met vele partners tot stand, zoals\n"
            "de bibliotheek en het maatschappelijk werk.\n")
    got = [(b.kind, b.text) for b in blocks(text)]
    assert ("display", "WIE STEUNDEN JOBHULPMAATJE?") in got


def test_a_heading_or_a_label_in_capitals_over_its_text_is_a_display_line():
    # A narrow column: the heading is not short against it, and the text under it opens with a figure.
    text = ("veel onderzoekers voelen zich\nalleen staan.\n\nPAPERS PLEASE\n65% of researchers feel tremendous\n"
            "pressure to publish. Find and\ndiscuss some reasonable goals.\n\n\nCULTUUR:\n"
            "- Filmavond op donderdag in de grote zaal\n- Bezoek aan het museum in december\n")
    got = [(b.kind, b.text) for b in blocks(text)]
    assert ("display", "PAPERS PLEASE") in got and ("display", "CULTUUR:") in got


def test_capitals_ending_a_sentence_or_over_a_glued_note_number_head_nothing_of_their_own():
    text = (f"{WIDE}\nzo eindigt een zin.\n\nDe volgende controles zijn uitgevoerd na de eerste zitting van het\n"
            "GSB:\nVoor alle stembureaus is het proces-verbaal vergeleken met de uitslag.\n")
    got = [(b.kind, b.text) for b in blocks(text)]
    assert "De volgende controles zijn uitgevoerd na de eerste zitting van het GSB:" not in [t for k, t in got
                                                                                             if k == "display"]
    # A note's number glued to the heading's last line: that line is no text in mixed case.
    text = ("ADVIES AFDELING ADVISERING RAAD VAN STATE EN NADER\nRAPPORT1\n"
            "Hieronder zijn opgenomen het advies van de Afdeling advisering van de\n"
            "Raad van State en het nader rapport.\n")
    assert blocks(text)[0].text == "ADVIES AFDELING ADVISERING RAAD VAN STATE EN NADER RAPPORT"


def test_a_display_quote_printed_inside_a_sentence_is_set_after_its_paragraph():
    """pdftotext puts a magazine's display quote where it stands on the page, between the two
    halves of a sentence: the sentence reads on, the quote follows its paragraph.  A quotation
    that the text under it does not go on from (a capital there) stays where it stands."""
    text = (f"{WIDE}\nhet bestuur wil de vereniging laten groeien tot\n\n“‘Wat een plan!’\n‘Dat wordt niks.’”\n\n"
            "ver buiten de stad. Daarom zoekt het nieuwe leden.\n\nEen nieuwe alinea begint hier en eindigt.\n")
    got = [b.text for b in blocks(text)]
    assert got[0] == f"{WIDE} het bestuur wil de vereniging laten groeien tot ver buiten de stad. " \
                     "Daarom zoekt het nieuwe leden."
    assert got[1] == "“‘Wat een plan!’ ‘Dat wordt niks.’”"
    assert got[2] == "Een nieuwe alinea begint hier en eindigt."
    kept = text.replace("ver buiten", "Ver buiten")
    joined = " ".join(b.text for b in blocks(kept))
    assert joined.index("Wat een plan") < joined.index("Ver buiten")


def test_a_caption_printed_inside_a_sentence_is_set_after_its_paragraph():
    """A figure's caption at the top of the next page, between the two halves of a sentence that
    a page break cut: the line under the caption's full sentence goes on in lower case, so it goes
    on from the line above the caption.  Under a line that is no body text (a short label), or
    over a line that does not go on in lower case, the caption stays where it stands."""
    text = (f"{WIDE}\nhet bestuur wil de vereniging laten groeien, zo schrijft het\n\n12\n\n"
            "\fFiguur 3: De leden op de jaarvergadering.\n\nin zijn plan. Daarom zoekt het nieuwe leden.\n\n"
            "Een nieuwe alinea begint hier en eindigt.\n")
    got = [b.text for b in blocks(text)]
    assert got == [f"{WIDE} het bestuur wil de vereniging laten groeien, zo schrijft het in zijn plan. "
                   "Daarom zoekt het nieuwe leden.",
                   "Figuur 3: De leden op de jaarvergadering.",
                   "Een nieuwe alinea begint hier en eindigt."]
    for kept in (text.replace("in zijn plan", "In zijn plan"),
                 text.replace(f"{WIDE}\nhet bestuur wil de vereniging laten groeien, zo schrijft het", "Het bestuur")):
        joined = " ".join(b.text for b in blocks(kept))
        assert joined.index("Figuur 3") < joined.index("zijn plan")


def test_a_name_in_capitals_printed_inside_a_sentence_is_set_after_its_paragraph():
    """A magazine's label in capitals set apart between the two halves of a sentence: no sentence
    goes on in lower case from a line in capitals, so the text under it goes on from the line above."""
    text = (f"{WIDE}\nhet bestuur wil de vereniging laten groeien tot\n\nPUTNAM\n\n"
            "ver buiten de stad. Daarom zoekt het nieuwe leden.\n")
    got = [b.text for b in blocks(text)]
    assert got == [f"{WIDE} het bestuur wil de vereniging laten groeien tot ver buiten de stad. "
                   "Daarom zoekt het nieuwe leden.", "PUTNAM"]


def test_a_bullet_set_atop_the_page_above_the_items_continuation_opens_the_next_item():
    """pdftotext gives a page's next bullet before the rest of the item the previous page ended
    in: the word split at the page end joins across the page's foot, the continuation stays in
    its item, and the bullet opens the item after it.  A lone bullet with its own item under it
    stays where it is."""
    page_one = ("Uit de proef volgen deze conclusies:\n- De koppeling werkt goed en was snel geregeld.\n"
                "- Bij elk verzoek wordt nu nog het eigen huis-\n\n\n\nPagina 1 van 2\n\n\n\n")
    page_two = ("\f-\n\nsleutelbos meegestuurd, en dat is niet veilig.\n"
                "De nieuwe werkwijze lost dat op voor iedereen.\n\nEen nieuwe alinea volgt hier en eindigt.\n")
    items = [b.text for b in blocks(page_one + page_two) if b.kind == "item"]
    assert items == ["De koppeling werkt goed en was snel geregeld.",
                     "Bij elk verzoek wordt nu nog het eigen huissleutelbos meegestuurd, en dat is niet veilig.",
                     "De nieuwe werkwijze lost dat op voor iedereen."]
    own = page_one.replace("huis-", "huis.") + "\f-\n\nSleutels gaan voortaan niet meer mee.\n"
    items = [b.text for b in blocks(own) if b.kind == "item"]
    assert items[-1] == "Sleutels gaan voortaan niet meer mee."


def test_a_page_ending_in_a_new_sentences_capitalised_words_is_no_heading_and_goes_on():
    text = ("Werkwijze:\nDe vereniging kiest elk jaar een nieuw bestuur uit haar leden. Het Nederlands\n\n"
            "\fKampioenschap wordt daarna in het voorjaar georganiseerd door dat bestuur, samen met de\n"
            "leden die zich ervoor aanmelden.\n")
    got = [b.text for b in blocks(text)]
    assert got[-1].startswith("De vereniging kiest elk jaar een nieuw bestuur uit haar leden. Het Nederlands "
                              "Kampioenschap wordt daarna")


def test_a_sentence_ending_on_a_lines_first_word_is_no_heading():
    # The full stop inside the group is looked for across its lines: "... lanceren" / "die dit
    # product gebruiken. Mocht je ..." holds a whole sentence, whatever line it ends on.
    text = ("De app geeft steeds vaker foutmeldingen en het project dreigt een flop te worden.\n\n"
            "Over een maand hopen we twee eBook websites te lanceren\n"
            "die dit product gebruiken. Mocht je het leuk vinden\n\n"
            "Stuur me dan gerust een berichtje, dan vertel ik je er graag meer over.\n")
    assert [b.kind for b in blocks(text)] == ["paragraph"] * 3


def test_a_line_whose_sentence_goes_on_after_an_aside_in_brackets_is_no_heading():
    # "(OMB) released ...": the aside explains the line's last word and the sentence goes on in
    # lower case under it (en-memo-doi-open-data-policy-2013); a remark, "(4x)", goes on with no word.
    text = ("Open Regulatory Compliance\n\nAbstract\n"
            "This whitepaper addresses the new legal category of Open Source Software Stewards\n"
            '("Stewards") introduced by the European Union\'s Cyber Resilience Act (CRA). It serves as an\n'
            "analysis and elaboration of the specific obligations, restrictions, and penalties that will be\n"
            "imposed on Stewards, who are defined as legal persons (e.g., foundations, companies) distinct\n"
            "from the Open Source Projects they support and separate from commercial Manufacturers.\n"
            "The core of a Steward's responsibility centers on implementing a verifiable Cybersecurity Policy\n"
            "in cooperation with their projects.\n")
    got = [(b.kind, b.text) for b in blocks(text)]
    assert [kind for kind, _ in got[:3]] == ["display", "display", "paragraph"]
    assert got[2][1].startswith("This whitepaper addresses the new legal category of Open Source Software Stewards "
                                "(“Stewards”) introduced")


def test_a_slogan_of_short_sentences_may_still_be_a_heading():
    text = ("Meer groen. Meer water. Meer ruimte.\n"
            "De gemeente plant dit jaar duizend bomen in alle wijken van de stad,\nvan het centrum tot de rand.\n")
    assert blocks(text)[0].text == "Meer groen. Meer water. Meer ruimte."


NUMBERED_RULES = """Dit reglement geldt voor alle leden van de vereniging en voor wie bij haar te gast
is, zoals de ledenvergadering het in het voorjaar heeft vastgesteld. Wie het niet
naleeft, kan door het bestuur worden aangesproken.

\f2

Wie het reglement niet kent, kan het bij de secretaris opvragen of op de website
van de vereniging lezen, waar ook de notulen van de vergaderingen staan.

7

Lidmaatschap van de vereniging

7.1 Aanmelden
Wie lid wil worden, meldt zich aan bij de secretaris van de vereniging, met een
formulier dat op de website staat of bij de kantine ligt.

\f3

Het lidmaatschap loopt telkens voor een jaar en wordt stilzwijgend verlengd, tenzij
het lid voor het einde van het jaar bij de secretaris opzegt.

8

Contributie en betalingen

8.1 Hoogte
De contributie wordt elk jaar door de ledenvergadering vastgesteld, op voorstel
van de penningmeester en na advies van de kascommissie.
"""


def test_a_chapter_number_set_apart_from_its_title_joins_it_in_a_text_that_numbers_its_sections():
    got = [b.text for b in blocks(NUMBERED_RULES)]
    assert "7 Lidmaatschap van de vereniging" in got and "8 Contributie en betalingen" in got
    assert "7" not in got and "2" not in got


def test_a_chapter_title_opening_with_a_suspended_compound_joins_its_number_too():
    text = NUMBERED_RULES.replace("Contributie en betalingen", "Contributie- en betaalregels")
    assert "8 Contributie- en betaalregels" in [b.text for b in blocks(text)]


def test_a_bare_number_over_a_title_stays_apart_where_the_text_numbers_no_sections():
    text = NUMBERED_RULES.replace("7.1 Aanmelden", "Aanmelden").replace("8.1 Hoogte", "Hoogte")
    got = [b.text for b in blocks(text)]
    assert "7 Lidmaatschap van de vereniging" not in got and "Lidmaatschap van de vereniging" in got


def test_a_numbered_section_opening_a_page_is_no_rest_of_the_sentence_above():
    text = ("1. Opening\n1.1 Welkom\nDe voorzitter opent de vergadering.\n\n"
            "2. Verslag\n2.1 Stand van zaken\nDe secretaris leest voor uit de notulen\n"
            "10:15 uur: Piet komt binnen\n\f2.2 Financien van de vereniging\n"
            "De penningmeester geeft een overzicht van de kosten van het jaar.\n")
    got = [b.text for b in blocks(text)]
    assert "2.2 Financien van de vereniging" in got
    assert not any(t.endswith("Piet komt binnen 2.2 Financien van de vereniging") for t in got)


def test_a_number_opening_a_page_in_a_text_without_numbered_sections_goes_on_with_the_sentence():
    text = (f"{WIDE}\nde verbouwing van het clubhuis kostte uiteindelijk\n\f"
            "3.5 Miljoen euro, meer dan de begroting toeliet.\n")
    got = [b.text for b in blocks(text)]
    assert len(got) == 1 and "uiteindelijk 3.5 Miljoen euro" in got[0]


def test_lines_opening_with_a_lower_case_o_one_under_the_other_are_a_list_even_unannounced():
    text = ("CONTACTGEGEVENS\n    o Naam: Stichting De Speeltuin\n    o Telefoon: 012 345 67 89\n"
            "    o Adres: Kerkstraat 1, Ergens\n\nDe stichting is opgericht in 2019 door bewoners.\n")
    got = [(b.kind, b.marker, b.text) for b in blocks(text) if b.kind == "item"]
    assert got == [("item", "o", "Naam: Stichting De Speeltuin"), ("item", "o", "Telefoon: 012 345 67 89"),
                   ("item", "o", "Adres: Kerkstraat 1, Ergens")]


def test_a_single_line_opening_with_the_word_o_stays_text():
    text = "Het koor zong het lied van de zee.\no Zee, zo wijd en zo diep, zong het koor.\nDaarna was het stil.\n"
    assert [b.kind for b in blocks(text)] == ["paragraph"]


def test_a_capital_letter_with_a_full_stop_alone_on_its_line_opens_the_item_under_it():
    text = ("Het bestuur trok drie conclusies:\nA.\nDe planning is te krap\nB.\nHet budget ontbreekt nog\n"
            "C.\nDe leden willen meer inspraak.\n")
    got = [(b.kind, b.marker, b.text) for b in blocks(text) if b.kind == "item"]
    assert got == [("item", "A.", "De planning is te krap"), ("item", "B.", "Het budget ontbreekt nog"),
                   ("item", "C.", "De leden willen meer inspraak.")]


def test_an_initial_before_a_name_still_opens_no_item():
    text = "Het verslag werd gemaakt door\nJ. de Vries, secretaris van de club.\n"
    assert [b.kind for b in blocks(text)] == ["paragraph"]


def test_a_number_the_text_layer_gives_twice_opens_one_item_and_is_read_once():
    text = ("Het plan kent drie delen\n1. 1. Wonen in de wijk;\n2. 2. Werken in de wijk;\n"
            "3. 3. Spelen in de wijk.\n")
    cleaned = clean(source(text))
    got = [(b.marker, b.text) for b in cleaned.blocks if b.kind == "item"]
    assert got == [("1.", "Wonen in de wijk;"), ("2.", "Werken in de wijk;"), ("3.", "Spelen in de wijk.")]
    assert [c.before for c in cleaned.changes if c.kind == "list-item"] == ["1. 1.", "2. 2.", "3. 3."]



# A members' vote on the year's projects, as a word processor's export gives it: each project's
# name, its bullets set apart, then the tallies; one project's name opens a new page right under
# the last tally of the project before.
PROJECT_VOTES = """Stemming over de projecten van dit jaar, per project:

Moestuin
•
•
•

4 stemmen: a) Ja, ik wil meedoen aan dit project in het komende jaar.
2 stemmen: b) Nee.
1 stem: c) Onthouding

Fietsenwerkplaats
•
•
•

5 stemmen: a) Ja, ik wil meedoen aan dit project in het komende jaar.
0 stemmen: b) Nee.
2 stemmen: c) Onthouding
\fRepair Café
•
•
•

6 stemmen: a) Ja, ik wil meedoen aan dit project in het komende jaar.
1 stem: b) Nee.
0 stemmen: c) Onthouding
"""


def test_a_projects_name_opening_a_page_over_its_tallies_is_no_part_of_the_last_tally_before():
    cleaned = clean(source(PROJECT_VOTES))
    got = [(block.kind, block.text) for block in cleaned.blocks]
    assert ("item", "2 stemmen: c) Onthouding") in got
    assert ("display", "Repair Café") in got
    assert ("item", "1 stem: b) Nee.") in got
    assert cleaned.footnotes == ()      # "1 stem: ..." under "6 stemmen: ..." is a tally, no note


# A word processor's second-level bullets "o", set apart in a column of their own over the items.
O_COLUMN = """De sportdagen van dit schooljaar:
o
o
o

Dinsdag 8 oktober
Donderdagmiddag 6 maart
Vrijdag 20 juni

De juf riep alleen maar:
o

Wat een mooie dag was het toch.
"""


def test_a_column_of_lone_letter_o_bullets_marks_the_items_under_it_one_o_alone_stays_a_word():
    got = [(block.kind, block.marker, block.text) for block in blocks(O_COLUMN)]
    assert [(kind, text) for kind, _, text in got if kind == "item"] == [
        ("item", "Dinsdag 8 oktober"), ("item", "Donderdagmiddag 6 maart"), ("item", "Vrijdag 20 juni")]
    assert ("paragraph", "", "De juf riep alleen maar: o") in got


def test_bullets_alone_whose_items_the_text_layer_set_elsewhere_leave_the_text():
    text = ("Partners in de wijk:\n\u00a7\uf0a7 De bibliotheek.\n\n\u00a7\uf0a7\n\n\u00a7\uf0a7\n\n"
            "Het buurthuis. Het buurthuis is elke dag open voor iedereen.\n\n\u2022\n\n"
            "De school. De school doet mee met het project.\n")
    cleaned = clean(source(text))
    texts = [b.text for b in cleaned.blocks]
    assert texts[-2:] == ["Het buurthuis. Het buurthuis is elke dag open voor iedereen.",
                          "De school. De school doet mee met het project."]
    assert [c.before for c in cleaned.changes if c.kind == "list-marker"] == ["\u00a7\uf0a7", "\u00a7\uf0a7", "\u2022"]


def test_an_item_opening_with_its_first_sub_item_is_two_items_each_marker_logged():
    cleaned = clean(source("De taken zijn deze:\n1. Het archief bijhouden.\n"
                           "2. (a) Het notuleren van het bestuur.\n(b) Het notuleren van de leden.\n"))
    items = [(b.marker, b.text) for b in cleaned.blocks if b.kind == "item"]
    assert items == [("1.", "Het archief bijhouden."), ("2.", ""), ("(a)", "Het notuleren van het bestuur."),
                     ("(b)", "Het notuleren van de leden.")]
    assert [c.before for c in cleaned.changes if c.kind == "list-item"] == ["1.", "2.", "(a)", "(b)"]


def test_an_item_opening_with_a_marker_of_its_own_numbering_or_a_later_letter_stays_one_item():
    cleaned = clean(source("De taken zijn deze:\n1. 1. Het archief bijhouden.\n"
                           "2. (c) Dit lid geldt ook hier.\n"))
    assert [(b.marker, b.text) for b in cleaned.blocks if b.kind == "item"] == [
        ("1.", "Het archief bijhouden."),     # (the number given twice by the text layer, see _doubled)
        ("2.", "(c) Dit lid geldt ook hier.")]


def test_markers_a_line_low_under_their_items_first_lines_open_those_items():
    # a hanging list whose markers sit below the baseline: the text layer gives each after its item's first line
    text = ("Artikel 1. Begrippen\nIn dit reglement wordt verstaan onder:\nlid: iemand die als lid van de vereniging "
            "is ingeschreven en\na.\nde contributie over het lopende jaar heeft betaald;\nbestuur: het bestuur van de "
            "vereniging;\nb.\nseizoen: het tijdvak van 1 september tot 1 juli.\nc.\n\nArtikel 2. Leden\n")
    got = [(b.marker, b.text) for b in blocks(text) if b.kind == "item"]
    assert got == [("a.", "lid: iemand die als lid van de vereniging is ingeschreven en de contributie over het "
                          "lopende jaar heeft betaald;"), ("b.", "bestuur: het bestuur van de vereniging;"),
                   ("c.", "seizoen: het tijdvak van 1 september tot 1 juli.")]


def test_markers_right_under_the_lead_in_stand_before_their_items():
    text = ("In dit reglement wordt verstaan onder:\na.\nlid: iemand die als lid van de vereniging is ingeschreven;\n"
            "b.\nbestuur: het bestuur van de vereniging.\n")
    got = [(b.marker, b.text) for b in blocks(text) if b.kind == "item"]
    assert got == [("a.", "lid: iemand die als lid van de vereniging is ingeschreven;"),
                   ("b.", "bestuur: het bestuur van de vereniging.")]


def test_a_column_of_letters_over_numbered_items_goes_to_the_sub_items_announced_by_a_colon():
    # the letters of a sub-list set apart in a column, over items that carry their own numbers
    text = ("Artikel 7. Betaling\n\na.\nb.\n\n1. De penningmeester betaalt de kosten die voor vergoeding in\n"
            "aanmerking komen door:\nbetaling uit de kas van de vereniging, op vertoon van een\nbon;\n"
            "betaling per bank.\n2. Een lid dient de bonnen binnen een maand in.\n\nArtikel 8. Slot\n")
    got = [(b.marker, b.text) for b in blocks(text) if b.kind == "item"]
    assert got == [("1.", "De penningmeester betaalt de kosten die voor vergoeding in aanmerking komen door:"),
                   ("a.", "betaling uit de kas van de vereniging, op vertoon van een bon;"),
                   ("b.", "betaling per bank."), ("2.", "Een lid dient de bonnen binnen een maand in.")]


def test_a_short_line_between_an_item_and_the_next_one_is_the_items_second_cell_not_a_heading():
    # a table of abbreviations read row by row: each number and name, then the abbreviation
    text = ("In de officiële stukken van de vereniging zijn de volgende afkortingen toegestaan:\n"
            "1) De Jonge Athleet\nDJA\n2) Huishoudelijk Reglement\nHHR\n3) Algemene Ledenvergadering\nALV\n")
    got = [(b.kind, b.marker, b.text) for b in blocks(text)][1:]
    assert got == [("item", "1)", "De Jonge Athleet DJA"), ("item", "2)", "Huishoudelijk Reglement HHR"),
                   ("item", "3)", "Algemene Ledenvergadering ALV")]


def test_a_bulleted_clauses_last_line_closing_on_a_semicolon_stays_in_its_item():
    # The item's first line is indented past the bullet, so the next word would have fitted the
    # body's measure; its last line closes the clause as the list's clauses close (the AP's advice).
    text = ("De AP heeft op basis van de documentatie de voorgenomen verwerking beoordeeld en adviseert om niet te\n"
            "starten met de voorgenomen verwerking totdat de in het advies genoemde maatregelen zijn getroffen en\n"
            "adviezen in acht zijn genomen.\n"
            "Om de verwerking rechtmatig uit te voeren binnen de kaders van de AVG geeft de AP aan dat de volgende\n"
            "maatregelen noodzakelijk zijn:\n"
            "\uf0b7 Er moeten afspraken gemaakt worden met Google en Apple betreffende het Google Apple\n"
            "Exposure Notification framework;\n"
            "\uf0b7 Zonder wettelijke grondslag is de inzet van de notificatie-app niet mogelijk;\n"
            "\uf0b7 De backend server moet voldoen aan AVG-standaarden.\n")
    got = [(b.kind, b.text) for b in blocks(text)][2:]
    assert got == [("item", "Er moeten afspraken gemaakt worden met Google en Apple betreffende het Google Apple "
                            "Exposure Notification framework;"),
                   ("item", "Zonder wettelijke grondslag is de inzet van de notificatie-app niet mogelijk;"),
                   ("item", "De backend server moet voldoen aan AVG-standaarden.")]


def test_a_column_of_numbers_after_its_items_goes_back_to_them_when_the_clauses_agree():
    # the numbers 1-3 of a hanging list given after it; the last item kept its own number "4."
    text = ("De belangrijkste taken van deze commissie omvatten:\nde planning van de wedstrijden;\n"
            "het toezicht op de uitvoering van het reglement van de bond en van\nde vereniging;\n"
            "de registratie van de clubrecords;\n4. het overleg met de trainers over alle activiteiten.\n"
            "1.\n2.\n3.\n\nB. Sponsorcommissie\n")
    got = [(b.marker, b.text) for b in blocks(text) if b.kind == "item"]
    assert got == [("1.", "de planning van de wedstrijden;"),
                   ("2.", "het toezicht op de uitvoering van het reglement van de bond en van de vereniging;"),
                   ("3.", "de registratie van de clubrecords;"),
                   ("4.", "het overleg met de trainers over alle activiteiten.")]


def test_a_column_of_numbers_after_more_clauses_than_numbers_stays_where_it_is():
    text = ("De taken omvatten:\nde planning;\nhet toezicht;\nde registratie;\n3. het overleg met de trainers.\n"
            "1.\n2.\n\nB. Sponsorcommissie\n")
    # (three clauses, two numbers: which item is which is not known)
    got = blocks(text)
    assert not [b for b in got if b.marker in ("1.", "2.") and "de " in b.text[:3]]
    assert "de planning; het toezicht; de registratie;" in got[0].text


def test_markers_under_a_lead_in_under_a_label_with_a_colon_stand_before_their_items():
    text = ("Begrippen:\nIn dit reglement wordt verstaan onder:\na.\nlid: iemand die als lid is ingeschreven;\n"
            "b.\nbestuur: het bestuur van de vereniging.\n")
    got = [(b.marker, b.text) for b in blocks(text) if b.kind == "item"]
    assert got == [("a.", "lid: iemand die als lid is ingeschreven;"),
                   ("b.", "bestuur: het bestuur van de vereniging.")]


def test_first_section_numbers_set_apart_from_their_titles_show_the_text_numbers_its_sections():
    text = NUMBERED_RULES.replace("7.1 Aanmelden", "7.1\n\nAanmelden als lid").replace("8.1 Hoogte", "8.1\n\nDe hoogte")
    got = [b.text for b in blocks(text)]
    assert "7 Lidmaatschap van de vereniging" in got and "7.1 Aanmelden als lid" in got


def test_a_section_number_under_a_full_sentence_opens_the_heading_under_it():
    text = NUMBERED_RULES.replace("8\n\nContributie en betalingen\n\n8.1 Hoogte",
                                  "8\n\nContributie en betalingen\n\n8.1 Hoogte\nDe contributie is laag.\n8.2\n\n"
                                  "Korting voor jeugdleden")
    got = [b.text for b in blocks(text)]
    assert "8.2 Korting voor jeugdleden" in got and not any(t.endswith("laag. 8.2") for t in got)


def test_a_chapter_number_joins_a_title_of_one_word_or_opening_with_a_hyphenated_word():
    text = NUMBERED_RULES.replace("Lidmaatschap van de vereniging", "Lidmaatschap").replace(
        "Contributie en betalingen", "On-going contributies")
    got = [b.text for b in blocks(text)]
    assert "7 Lidmaatschap" in got and "8 On-going contributies" in got


def test_chapter_numbers_over_their_titles_counting_on_show_the_text_numbers_its_chapters():
    # a newsletter numbers its chapters, no sections: "3" a blank line over its title joins it
    text = ("Liebe Freundinnen und Freunde unserer Gemeinden,\n\n"
            "1\nAngedacht\nIm Urlaub sass ich am Meer und sah den Wellen zu.\n\n"
            "2\nAus dem Gemeindeleben\nAm Sonntag feierten wir ein Fest mit allen.\n\n"
            "\fWir danken allen, die geholfen haben.\nUnd allen, die gebacken haben.\n"
            "Und allen, die gespielt haben.\n\n"
            "3\n\nBegegnungscafé in Hermsdorf\nDas Café ist jeden Dienstag geöffnet.\n\n"
            "4\nAus der EmK\nDie Zukunftswerkstatt tagt in Jena.\n\n"
            "5\nAus der Ökumene\nDer Kinder- und Jugendtag ist in Stadtroda.\n")
    got = [b.text for b in blocks(text)]
    assert "3 Begegnungscafé in Hermsdorf" in got and "3" not in got


def test_a_chapter_number_over_its_title_joins_it_where_its_first_section_follows():
    # one "1.1" is no evidence that the text numbers its sections, but it confirms the "1" above
    text = ("Dit artikel gaat over de catechese in de Nederlanden, voor en na het concilie.\n\n1\n\n"
            "Catechese voor het concilie\n\n1.1 De laatmiddeleeuwse catechese\nDe bisschop schreef een uitleg.\n"
            "\fDe pastoors legden die uit in de mis.\n")
    got = [b.text for b in blocks(text)]
    assert "1 Catechese voor het concilie" in got and "1" not in got


def test_a_title_under_its_own_section_number_may_run_past_a_headings_usual_length():
    title = "Opvang op school in geval van preventieve schorsing en (tijdelijke en definitieve) uitsluiting"
    text = ("1.1 Ordemaatregelen\nDe school kan een leerling een strafwerk geven.\n\n2.1 Tuchtmaatregelen\n"
            "Ten gevolge van een definitieve uitsluiting het huidige, het vorige of het daaraan voorafgaande\n"
            "schooljaar kan het schoolbestuur de betrokken leerling weigeren terug in te schrijven.\n2.4\n\n"
            f"{title}\n\nWanneer je kind tijdens een tuchtprocedure geschorst wordt, is het op school.\n")
    assert f"2.4 {title}" in [b.text for b in blocks(text)]


def test_title_case_labels_over_their_text_in_a_series_head_it_a_lone_label_or_a_lead_in_does_not():
    # A policy brief: its run-in headings are bold labels on lines of their own, no blank lines.
    body = "the maintainers of the software spread over many countries carry the costs of it."
    text = ("Current Funding Landscape\nGovernment Programs:\n"
            f"Open source funding is today spread over many programmes across the world and {body}\n"
            "Fragmentation of Effort:\n"
            f"Maintainers face the burden of applying to many national programmes at once and {body}\n"
            "Duplication and Gaps:\n"
            f"Without coordination, countries may fund overlapping priorities while leaving {body}\n"
            "Reduced Leverage:\n"
            f"Ten countries each investing on their own generate the same funding, but in {body}\n"
            "The working group drafts the treaty, which establishes:\n"
            f"Voting mechanisms, contributions and the technical board that will advise, and {body}\n")
    got = [(b.kind, b.text) for b in blocks(text)]
    assert [text for kind, text in got if kind == "display"] == [
        "Current Funding Landscape", "Government Programs:", "Fragmentation of Effort:", "Duplication and Gaps:",
        "Reduced Leverage:"]
    lone = text.replace("Duplication and Gaps:\n", "").replace("Reduced Leverage:\n", "")
    assert [b.text for b in blocks(lone) if b.kind == "display"] == ["Current Funding Landscape"]
    # Under a heading at the foot of the page before, a label opening a page is left alone.
    turned = text.replace("Current Funding Landscape\n", "Current Funding Landscape\n\f")
    assert "Government Programs:" not in [b.text for b in blocks(turned) if b.kind == "display"]


# House rules: each section opens with a bold label in sentence case on a line of its own, no blank
# lines; the labels run through the whole text.
HOUSE_RULES = (
    "Huishoudelijk reglement\n\n"
    "Openingsuren:\n"
    "De opvang is open van maandag tot vrijdag van zeven uur tot zeven uur op de drie locaties van\n"
    "de school. Op woensdag starten de activiteiten na de middag.\n"
    "Fiscaal attest:\n"
    "Jaarlijks ontvangen de gezinnen een fiscaal attest met vermelding van de gemaakte kosten. Het\n"
    "attest wordt opgemaakt en bezorgd door de school.\n"
    "Verzorging:\n"
    "De opvang voorziet in alles wat nodig kan zijn voor de kinderen wat hun verzorging betreft en\n"
    "vraagt de ouders reservekleding mee te geven voor hun kind, voor als het die nodig zou hebben.\n"
    "Medicatie:\n"
    "In principe wordt er geen medicatie toegediend.\n"
    "Klachten:\n"
    "Klachten kunnen altijd gemeld worden bij de verantwoordelijke van de opvang of bij het bestuur,\n"
    "dat binnen de maand antwoordt. Wie een klacht heeft over het bestuur zelf, meldt die aan het\n"
    "secretariaat van de school via info@opvang.be\n"
    "Naleving van de wet op de privacy:\n"
    "Een aantal gegevens van ouders en kinderen worden door de opvang opgenomen in een bestand voor\n"
    "administratieve doeleinden.\n")
HOUSE_RULES_LABELS = ["Openingsuren:", "Fiscaal attest:", "Verzorging:", "Medicatie:", "Klachten:",
                      "Naleving van de wet op de privacy:"]


def displays(text):
    return [b.text for b in blocks(text) if b.kind == "display"]


def test_sentence_case_labels_over_their_text_throughout_a_document_head_it():
    # (With the series as evidence, "Medicatie:" heads the short sentence under it too, under a full line.)
    assert displays(HOUSE_RULES) == ["Huishoudelijk reglement"] + HOUSE_RULES_LABELS
    # (A label after a blank line stands alone as well as one after a sentence's end.)
    apart = HOUSE_RULES.replace("Verzorging:", "\nVerzorging:")
    assert displays(apart) == ["Huishoudelijk reglement"] + HOUSE_RULES_LABELS
    # Without the series, a label over a short sentence stays in the text's flow.
    fewer = HOUSE_RULES.replace("Openingsuren:\n", "").replace("Verzorging:\n", "").replace("Fiscaal attest:\n", "")
    assert "Medicatie:" not in displays(fewer)


def test_sentence_case_labels_repeated_or_leading_in_or_gathered_in_one_place_head_nothing():
    # The same label over every answer is a run-in label of a repeated form, not a section's name.
    answers = HOUSE_RULES
    for label in HOUSE_RULES_LABELS:
        answers = answers.replace(label, "Reactie:")
    assert displays(answers) == ["Huishoudelijk reglement"]
    # Lead-ins of sentences, opening or ending on a function word, are no labels: too few are left.
    lead_ins = HOUSE_RULES.replace("Openingsuren:", "De raad besluit unaniem:").replace(
        "Verzorging:", "Wij vragen u het volgende:").replace("Klachten:", "Onze doelstelling is:")
    assert "Fiscaal attest:" not in displays(lead_ins)
    # Most lone label-shaped lines head a list, names or a form's value: the labels are no heading style.
    lists = HOUSE_RULES
    for label, lead_in in zip(HOUSE_RULES_LABELS[1:], ("Locaties:", "Bestuur:", "Medewerkers:", "Partners:")):
        lists = lists.replace(label, f"{lead_in}\n- een punt\n- nog een punt.\n{label}")
    assert "Fiscaal attest:" not in displays(lists)
    # Labels gathered at the top of a long text are a record's fields, not its sections.
    report = HOUSE_RULES + ("Dit is een lange tekst over de opvang die doorloopt over de volgende regels van\n"
                            "het verslag en niet ophoudt.\n") * 20
    assert "Fiscaal attest:" not in displays(report)


def test_attendance_over_a_row_of_names_in_minutes_is_no_label():
    # Minutes: "Aanwezig:" over a line of names as long as the text's lines; the names are no running text.
    minutes = HOUSE_RULES.replace("Fiscaal attest:\n", "Aanwezig:\nJan de Vries, Piet Jansen, Marie Bakker, "
                                  "Kees Smit, Anna de Boer (notulen) en Ruud\nvan Dijk.\nFiscaal attest:\n")
    assert "Aanwezig:" not in displays(minutes)


def test_three_lead_ins_in_a_letter_and_english_minutes_attendance_are_no_labels():
    # A letter: the salutation closes on a comma; three lead-ins of sentences over running text, spread
    # through it, are too few to make a heading style of (and a letter has no heading style of labels).
    body = "".join(f"de gemeente heeft op dag {day} van de maand de aanvraag ontvangen en neemt die in behandeling.\n"
                   for day in ("een", "twee", "drie", "vier", "vijf"))
    letter = ("Geachte heer Jansen,\n\nOp 3 maart ontvingen wij uw aanvraag voor een vergunning, waarvoor dank.\n"
              f"Kortom:\nDe aanvraag is volledig en {body}Bovendien geldt:\nDe leges worden na het besluit "
              f"in rekening gebracht en {body}Tenslotte:\nBij vragen kunt u contact opnemen omdat {body}"
              "Met vriendelijke groet,\n\nPiet de Boer\n")
    assert not {"Kortom:", "Bovendien geldt:", "Tenslotte:"} & set(displays(letter))
    # Minutes: "Present:" over a row of names as long as the text's lines.
    names = "Present:\nJohn Smith, Mary Jones, Peter Brown, Anne White, Tom Green and Sue Black (secretary)\n"
    minutes = HOUSE_RULES.replace("Fiscaal attest:\n", names + "Fiscaal attest:\n")
    assert "Present:" not in displays(minutes)


def test_a_numbered_point_whose_first_line_runs_nearly_full_goes_on_on_the_next_line():
    # Minutes: a list item's lines run nearly full until its last, so "Hollands" fitting by a
    # hair after "GGD" does not make the first line a heading of its own.
    text = ("De fractie van de ChristenUnie dient een amendement in inhoudende een aantal artikelen te laten\n"
            "vervallen uit de akte en een nieuw artikel toe te voegen, en de raad stemt daarmee in.\n"
            "8. Voorstel tot het indienen van wensen en bedenkingen met betrekking tot het voornemen GGD\n"
            "Hollands Noorden tot oprichting van en deelname in de coöperatie GGD Support Centrum.\n"
            "De fractie van de ChristenUnie dient een amendement (A8.1) in inhoudende een aantal artikelen te laten\n"
            "vervallen uit de Oprichtingsakte en een nieuw artikel toe te voegen.\n")
    got = [b.text for b in blocks(text)]
    assert "Voorstel tot het indienen van wensen en bedenkingen met betrekking tot het voornemen GGD Hollands " \
           "Noorden tot oprichting van en deelname in de coöperatie GGD Support Centrum." in got


def test_a_chapter_label_alone_a_blank_line_over_its_title_is_one_heading_an_article_over_its_text_is_not():
    text = ("Hoofdstuk 1\n\nContext\nTijdens storingen kan het nodig zijn om bestanden uit te wisselen die gevoelige\n"
            "informatie bevatten, zonder dat er tijd is dit via een bestaande koppeling te doen.\n\n"
            "Artikel 35\nDe schriftelijke stemmingen zijn anoniem\n")
    got = [(b.kind, b.text) for b in blocks(text)]
    assert got[0] == ("display", "Hoofdstuk 1 Context")
    assert ("display", "Artikel 35") in got


def test_a_heading_between_paragraphs_under_a_line_run_on_past_the_column_stands_apart():
    # Parliamentary answers: pdftotext ran the answer's last line on past the column.
    column = "Het kabinet informeert de Kamer na de zomer over de uitkomsten hiervan en over\n"
    text = (column * 4 + "de beslissing van het kabinet hierop en over de beoordeling van de veiligheidssituatie, "
            "voor zover daarover in het openbaar kan worden gecommuniceerd.\nVraag 4\n"
            "Hoe staat het met de implementatie van de aanbevelingen van het door\n" + column * 3 + "de Kamer?\n")
    got = [(b.kind, b.text) for b in blocks(text)]
    assert ("display", "Vraag 4") in got


def test_a_paragraphs_first_line_as_full_as_its_column_is_no_heading_where_longer_lines_stand_near():
    # A workshop article: the text layer ran some lines of the column on past it, so against the
    # longest line nearby the paragraph's first line looks short; against the lines of its own
    # column that wrap mid-sentence it is full, and its sentence goes on under it.
    text = ("oder Notebook besteht aus vielen solcher kleinen\n"
            "Computer. Haben wir also verstanden, wie dieser Kleine funktioniert, bekommen wir auch eine Vorstellung\n"
            "von der Funktionsweise unseres Smartphones.\n"
            "Nach dieser kleinen Einführung programmieren alle\n"
            "Gruppen einmal das Hello World des Physical Computings – ein Programm, das eine LED zum Blinken\n"
            "bringt. Wenn Fortgeschrittene dabei sind, können\n"
            "sie hier als Mentorinnen und Mentoren helfen. Am\n"
            "besten wird mit der Hardware begonnen.\n")
    got = [(b.kind, b.text) for b in blocks(text)]
    assert all(kind != "display" for kind, _ in got)
    assert any("Nach dieser kleinen Einführung programmieren alle Gruppen einmal" in text for _, text in got)


def test_a_heading_as_long_as_the_columns_lines_stays_a_heading_under_a_blank_line():
    # The same length under a blank line is a heading's: a school guide's section over its text.
    text = ("Alle kinderen volgen bewegingsonderwijs op maandag en donderdag. Ze krijgen les van een\n"
            "vakleerkracht. De kinderen hebben hiervoor sportkleding en gymschoenen nodig.\n\n"
            "Expressie activiteiten en activiteiten in relatie tot cultuureducatie\n"
            "Bij jonge kinderen wordt veel tijd besteed aan expressieactiviteiten. Voor de midden- en bovenbouw\n"
            "bieden we 2x per maand 'carrousel' waarbij verschillende disciplines aangeboden worden, zoals\n"
            "bijvoorbeeld muziek, techniek, tekenen en handvaardigheid.\n")
    got = [(b.kind, b.text) for b in blocks(text)]
    assert ("display", "Expressie activiteiten en activiteiten in relatie tot cultuureducatie") in got


def test_a_line_ending_on_a_quantifier_or_an_adverb_of_degree_goes_on_under_it_even_before_a_capital():
    # "weitere" wants its noun, "sehr" its adjective: a heading ends on neither.
    text = ("Er muss nun aber noch besser verbreitet und für andere Bildquellen als\n"
            "Wikipedia und Wikimedia Commons nutzbar werden.\n"
            "Wikimedia Deutschland hat 2016 noch viele weitere\n"
            "Projekte umgesetzt, die in diesem Jahresbericht vorgestellt werden.\n\n"
            "Richard Cameron ist sehr\n"
            "Karrierefokussiert und stets besorgt um seine Noten, die er mit aller Kraft verteidigt.\n")
    got = [(b.kind, b.text) for b in blocks(text)]
    assert all(kind != "display" for kind, _ in got)
    assert any("noch viele weitere Projekte umgesetzt" in text for _, text in got)
    assert any("ist sehr Karrierefokussiert" in text for _, text in got)


def test_a_line_run_on_past_the_column_does_not_make_a_full_line_a_heading():
    # The line the text layer ran on (a note number glued, the next sentence added) is no measure
    # of the column: against the text's measure the paragraph's first line is full.
    text = ("Welke rol speelt Nederland bij versterkte encryptie voor quantumcomputers?\n\n\n\n"
            "Antwoord 7\n"
            "Een heel bekende samenwerking op dit vlak is de Amerikaanse National\n"
            "Institute of Standards and Technology competitie voor Post quantum\n"
            "cryptografie9. Nederland heeft ook een inzending gedaan, welke is geselecteerd "
            "(CRYSTALS-KYBER)10 om in de\n"
            "nieuwe standaard te worden opgenomen. Het kabinet volgt deze ontwikkelingen\n"
            "nauwgezet en deelt de kennis met de betrokken organisaties in Nederland.\n")
    got = [(b.kind, b.text) for b in blocks(text)]
    assert any("de Amerikaanse National Institute of Standards" in text for _, text in got)


def test_a_full_line_under_a_blank_line_opens_its_paragraph_when_the_line_under_it_is_no_longer():
    # A heading set apart is shorter than the text under it; a paragraph's first line after a
    # blank line is as long as the lines of its column, the next one included.
    text = ("ecosystem, we recommend that any standards intended for software or digital\n"
            "implementation be either free of SEPs or licensed on a rights-waived basis, for\n"
            "example, through a clear and public non-assertion covenant. This approach, already\n"
            "common in international standardisation (e.g., IETF, W3C), provides legal certainty and\n"
            "removes the need for case-by-case patent licensing.\n\n"
            "We recommend that European Standards Organisations (ESOs) establish a dedicated\n"
            "IPR mode that allows and encourages rights-waived commitments for standards\n"
            "whose deliverables include digital elements such as code, APIs, file formats, or\n"
            "protocols. This will ensure that such standards can be implemented openly, without\n"
            "legal or financial barriers, and remain compatible with open source development\n"
            "practices.\n")
    got = [(b.kind, b.text) for b in blocks(text)]
    assert all(kind != "display" for kind, _ in got)
    assert any("establish a dedicated IPR mode" in text for _, text in got)


def test_a_line_ending_on_a_determiner_goes_on_under_it_even_before_a_capital():
    # German nouns open in a capital, so the line under a paragraph's first line may look like a
    # paragraph's opening; a heading never ends on "dieser", "unseres" or "deren".
    text = ("Wer an einem Hackathon teilnimmt, kann sich gegebenenfalls Reise und Unterkunft leisten und ist\n"
            "nicht darauf angewiesen, während des Veranstaltungszeitraums Lohnarbeit zu\n"
            "leisten.\n"
            "Lösungsvorschläge werden dementsprechend häufig aus Sicht dieser\n"
            "Gruppe konzipiert und formuliert. Seiteneffekte auf marginalisierte Gruppen oder auch spezifische\n"
            "Probleme marginalisierter Gruppen finden dabei häufig keinerlei Beachtung. Ein so entwickeltes\n"
            "Werkzeug kann somit bestehende Klüfte zwischen gesellschaftlichen Gruppen noch weiter verschärfen.\n")
    got = [(b.kind, b.text) for b in blocks(text)]
    assert all(kind != "display" for kind, _ in got)
    assert any("aus Sicht dieser Gruppe konzipiert" in text for _, text in got)


def test_a_line_ending_on_an_article_and_its_adjective_goes_on_to_the_noun_under_it():
    # German nouns open in a capital: "die älteste und größte" awaits its noun, which opens the
    # next line; the short line over it is a paragraph's first line, no heading.
    text = ("Daneben gibt es mehr als hundert Organisationen und Gruppen in der ganzen Welt, die\n"
            "die Wikimedia-Projekte in ihrer Sprache und ihrer Region fördern und unterstützen.\n"
            "\n"
            "Wikimedia Deutschland ist die älteste und größte\n"
            "Länderorganisation: In den zwölf Jahren unseres\n"
            "Bestehens haben wir sehr viel Erfahrungen und\n"
            "Wissen gesammelt. Wir sind uns aber sicher, dass\n"
            "Wikimedia Deutschland noch viel von den anderen lernen kann.\n")
    got = [(b.kind, b.text) for b in blocks(text)]
    assert all(kind != "display" for kind, _ in got)
    assert any("die älteste und größte Länderorganisation: In" in text for _, text in got)


def test_an_article_after_a_comma_may_be_a_relative_pronoun_and_the_heading_stays():
    # "Menschen, die bewegen" ends like an adjective after an article, but the article follows a
    # comma: a relative pronoun, and the line a heading over its text.
    text = ("Daneben gibt es mehr als hundert Organisationen und Gruppen in der ganzen Welt, die\n"
            "die Wikimedia-Projekte in ihrer Sprache und ihrer Region fördern und unterstützen.\n"
            "\n"
            "Menschen, die bewegen\n"
            "Freiwillige schreiben die Artikel der Wikipedia in ihrer Freizeit und ohne Bezahlung, und sie\n"
            "pflegen die Bilder, Daten und Bücher der anderen Projekte mit viel Sorgfalt und Geduld.\n")
    got = [(b.kind, b.text) for b in blocks(text)]
    assert ("display", "Menschen, die bewegen") in got


def test_a_name_running_on_over_a_line_end_to_a_sentences_end_makes_no_heading():
    # "... de Wet Digitale" / "Overheid. Deze ...": the first sentence under the line ends on its
    # first word, the end of the name the line breaks: one paragraph, no heading.
    text = ("API-gewijze dienstverlening en de bestaande lijst\n"
            "\n"
            "De Generieke Digitale Infrastructuur zal gaan vallen onder het regime van de Wet Digitale\n"
            "Overheid. Deze omvat een wettelijk regime voor het Forum Standaardisatie en de pas-toe-of-leg-uit lijst\n"
            "van standaarden. In deze lijst is per standaard een werkingsgebied gedefinieerd, dat van belang is om\n"
            "te bepalen op welke situatie een standaard van toepassing is.\n")
    got = [(b.kind, b.text) for b in blocks(text)]
    assert [text for kind, text in got if kind == "display"] == ["API-gewijze dienstverlening en de bestaande lijst"]
    assert any("de Wet Digitale Overheid. Deze omvat" in text for _, text in got)


def test_a_name_under_its_academic_titles_in_capitals_ends_no_sentence():
    """"Prof. Dr." closes no sentence: the heading over the speaker's name stays a heading."""
    from publish.clean.paragraphs import _sentence_ends_under, vocabulary_of
    from publish.languages import language
    words = vocabulary_of(language("nl"))
    assert not _sentence_ends_under("Toespraak van Minister", "Prof. Dr. Kim Putters", words)


def test_a_heading_ending_in_lower_case_keeps_its_one_word_sentence_under_it():
    # A statute's repealed article: "Vervallen." is a sentence of its own under the heading.
    text = ("De raadsleden ontvangen een vergoeding voor hun werkzaamheden volgens de tabel in de bijlage.\n"
            "\n"
            "Artikel 7. Loopbaanoriëntatie raadsleden\n"
            "Vervallen.\n"
            "\n"
            "Artikel 8. Scholing raadsleden\n"
            "Het college kan regels stellen over de scholing van raadsleden en commissieleden.\n")
    got = [(b.kind, b.text) for b in blocks(text)]
    assert ("display", "Artikel 7. Loopbaanoriëntatie raadsleden") in got


# Review 22d-2: lead-ins of sentences set on a line of their own, four or five of them over running text.
LEAD_IN_BODY = ("de vereniging heeft in het afgelopen jaar veel bereikt en wil daar in het komende jaar op\n"
                "voortbouwen, samen met de leden, de vrijwilligers en de gemeente die haar steunt.\n")
LEAD_IN_REPORTS = {
    "nl": ("Jaarverslag van de vereniging 2023\n\n", ["Belangrijk:", "Opmerking:", "Voorbeeld:", "Samenvattend:"],
           "Het bestuur meldt dat "),
    "de": ("Jahresbericht des Fördervereins 2023\n\n", ["Achtung:", "Wichtig:", "Beispiel:", "Fazit:"],
           "Der Vorstand berichtet, dass der Verein im vergangenen Jahr viel erreicht hat und darauf im\n"
           "kommenden Jahr aufbauen will, gemeinsam mit den Mitgliedern und der Gemeinde, die ihn stützt. "),
    "fr": ("Rapport annuel de l'association 2023\n\n", ["Remarque :", "Attention :", "Exemple :", "Conclusion :"],
           "Le bureau constate que l'association a beaucoup accompli au cours de l'année écoulée et veut\n"
           "poursuivre dans cette voie avec les membres, les bénévoles et la commune qui la soutient. "),
    "en": ("Annual Report of the Society 2023\n\n", ["Note:", "Important:", "Example:", "Conclusion:"],
           "The committee reports that the society achieved a great deal over the past year and wants to\n"
           "build on that in the coming year, together with its members and the council that supports it. "),
}


def lead_in_report(language: str) -> tuple[str, list[str]]:
    title, lead_ins, sentence = LEAD_IN_REPORTS[language]
    body = sentence + LEAD_IN_BODY if language == "nl" else sentence.rstrip() + "\n"
    text = title + "".join(f"{lead_in}\n{body}{body}" for lead_in in lead_ins)
    return text, lead_ins


@pytest.mark.parametrize("language", sorted(LEAD_IN_REPORTS))
def test_lead_ins_of_sentences_in_a_report_are_no_labels_in_any_language(language):
    text, lead_ins = lead_in_report(language)
    assert not set(lead_ins) & set(displays(text))


def test_lead_ins_in_a_letter_or_a_memo_are_no_labels_the_enumerators_among_them_either():
    lead_ins = ["Daarnaast:", "Kortom:", "Tenslotte:", "Allereerst:", "Belangrijk:"]
    memo = "Advies aan het college over het Marktplein\n\n" + "".join(
        f"{lead_in}\nHet college {LEAD_IN_BODY}" for lead_in in lead_ins)
    assert not set(lead_ins) & set(displays(memo))
    # A letter has lead-ins, not a heading style, whatever its labels: topics over its paragraphs stay text.
    topics = ["Aanleiding:", "Vergunning:", "Advies van de welstand:", "Termijnen:", "Kosten van de aanvraag:"]
    letter = "Geachte heer Jansen,\n\n" + "".join(f"{topic}\nHet college {LEAD_IN_BODY}" for topic in topics) \
        + "Met vriendelijke groet,\n\nPiet de Boer\n"
    assert not set(topics) & set(displays(letter))
    # The same labels in house rules head their sections.
    rules = "Huishoudelijk reglement\n\n" + "".join(f"{topic}\nHet college {LEAD_IN_BODY}" for topic in topics)
    assert set(topics) <= set(displays(rules))


def test_only_section_labels_of_the_series_head_their_text_not_a_repeated_one_nor_a_speaker():
    # Minutes: agenda labels head their items; "Besluit:" over each decision is repeated: it stays in the
    # text's flow, and so does a minutes' run-in label found once ("Actie:" / "Piet past de contributie aan.").
    agenda = ["Opening:", "Mededelingen:", "Verslag vorige vergadering:", "Financiën:", "Contributie:", "Jeugd:",
              "Onderhoud van de banen:", "Rondvraag:", "Sluiting:"]
    minutes = "Notulen van de ledenvergadering\n\n" + "".join(
        f"{label}\nDe voorzitter meldt dat {LEAD_IN_BODY}" + ("Besluit:\nDe vergadering stemt in.\n"
                                                           if label in ("Financiën:", "Contributie:") else "")
        for label in agenda)
    found = displays(minutes)
    assert set(agenda) <= set(found) and "Besluit:" not in found
    action = minutes.replace("Besluit:\nDe vergadering stemt in.\n", "", 1).replace(
        "Besluit:\nDe vergadering stemt in.\n", "Actie:\nPiet past de contributie aan.\n")
    found = displays(action)
    assert set(agenda) <= set(found) and "Actie:" not in found
    # House rules: "Opgelet:" over a short line under a section stays in it.
    opgelet = HOUSE_RULES.replace("Klachten:\n", "Opgelet:\nKinderen met koorts worden niet toegelaten.\nKlachten:\n")
    assert "Opgelet:" not in displays(opgelet)
    # A report of a committee: the speakers, named with their party or their office, are no sections.
    speakers = ["Mevrouw Bakker (GroenLinks):", "Mevrouw Smit (CDA):", "Meneer Yilmaz (PvdA):", "Wethouder De Vries:",
                "Meneer Jansen (VVD):"]
    report = "Verslag van de commissie Ruimte\n\n" + "".join(f"{speaker}\nWij vinden dat {LEAD_IN_BODY}"
                                                          for speaker in speakers)
    assert not set(speakers) & set(displays(report))


def test_a_lead_in_in_capitals_and_a_first_line_in_capitals_stay_with_their_text():
    # Review 22d-4: "LET OP:" over a full line once is a lead-in, no heading (de, en alike).
    for lead_in in ("LET OP:", "BITTE BEACHTEN:", "PLEASE NOTE:"):
        text = ("Nieuwsbrief van de tennisvereniging\n\nHet voorjaar is begonnen en de banen zijn weer open. In deze "
                "nieuwsbrief leest u over de competitie,\nde nieuwe trainers en de plannen voor het clubhuis.\n\n"
                f"{lead_in}\nDe algemene ledenvergadering is verplaatst naar dinsdag 16 april, omdat de kantine op de "
                "eerder\ngenoemde datum niet beschikbaar is. De agenda en de stukken volgen een week van tevoren.\n")
        assert lead_in not in displays(text)
    # Review 22d-6: a newsletter's first line set in capitals runs on into the next line ("... ONS ERELID" /
    # "Kees de Wit. Hij was ..."): no heading, no paragraph opening on the name.
    text = ("Nieuwsbrief Muziekvereniging Excelsior\n\n"
            "Het voorjaar is begonnen en de vereniging is weer volop in beweging. In deze nieuwsbrief leest u\n"
            "over de concerten van de komende maanden en over de plannen voor het jubileum in het najaar.\n"
            "TOT ONS GROTE VERDRIET OVERLEED ONS ERELID\n"
            "Kees de Wit. Hij was meer dan zestig jaar lid van de vereniging, eerst als klarinettist en later als\n"
            "dirigent van het leerlingenorkest. We zullen zijn humor en zijn geduld met de jeugd erg missen.\n")
    assert "TOT ONS GROTE VERDRIET OVERLEED ONS ERELID" not in displays(text)


# Review 22h-2: minutes name their speakers on a line of their own, a colon after the name or the office.
SPEAKER_MINUTES = {
    "nl": ("Notulen van de ledenvergadering van de tennisvereniging\n\n",
           ["Penningmeester:", "Kascommissie:", "Voorzitter:", "Secretaris:"],
           "Licht toe dat de vereniging in het afgelopen jaar veel bereikt heeft en daar in het komende jaar op\n"
           "wil voortbouwen, samen met de leden, de vrijwilligers en de gemeente die haar steunt.\n"),
    "nl-names": ("Notulen van het overleg van de werkgroep\n\n", ["Jan:", "Petra:", "Ahmed:", "Karin:"],
                 "Vertelt dat de werkgroep in het afgelopen jaar veel bereikt heeft en daar in het komende jaar op\n"
                 "wil voortbouwen, samen met de leden, de vrijwilligers en de gemeente die haar steunt.\n"),
    "fr": ("Procès-verbal de l'assemblée générale de l'association\n\n",
           ["Trésorier :", "Vérificateurs :", "Présidente :", "Secrétaire :"],
           "Il présente les comptes de l'année écoulée. Les recettes des cotisations ont augmenté, mais\n"
           "les frais de la fête de l'école ont été nettement plus élevés que prévu cette année-ci.\n"),
    "en": ("Minutes of the meeting of the parish council\n\n",
           ["Cllr Jones:", "Mrs Brown:", "Cllr Patel:", "Mr Green, resident:"],
           "Said that the residents of Mill Lane had written to the council about parking on the verges\n"
           "and asked whether the new car park would take the cars off the lane in the coming months.\n"),
}


@pytest.mark.parametrize("minutes", sorted(SPEAKER_MINUTES))
def test_speakers_in_minutes_named_by_one_word_or_their_office_or_a_title_are_no_labels(minutes):
    title, speakers, said = SPEAKER_MINUTES[minutes]
    text = title + "".join(f"{speaker}\n{said}{said}" for speaker in speakers)
    assert not set(speakers) & set(displays(text))


def test_a_lead_in_is_a_whole_label_a_longer_label_opening_with_its_word_names_a_topic():
    topics = ["Important dates:", "Action plan:", "Note on the budget:", "Conclusions of the survey:"]
    report = "Annual report of the society\n\n" + "".join(
        f"{topic}\nThe committee reports that {LEAD_IN_BODY}" for topic in topics)
    assert set(topics) <= set(displays(report))
    topics = ["Tip van de maand:", "Besluit van de raad:", "Feiten en cijfers:", "Nieuwe leden:"]
    newsletter = "Nieuwsbrief van de vereniging\n\n" + "".join(
        f"{topic}\nHet bestuur meldt dat {LEAD_IN_BODY}" for topic in topics)
    assert set(topics) <= set(displays(newsletter))
    topics = ["Exemple de lettre :", "Remarque générale :", "Attention aux délais :", "Conclusion du bureau :"]
    rapport = "Rapport de l'association\n\n" + "".join(
        f"{topic}\nLe bureau constate que l'association a beaucoup accompli au cours de l'année et veut\n"
        "poursuivre dans cette voie avec les membres, les bénévoles et la commune qui la soutient.\n"
        for topic in topics)
    assert set(topics) <= set(displays(rapport))


def test_a_date_in_figures_with_a_two_figure_year_closing_a_line_ends_no_sentence():
    """Regression: a running foot "Vlaamse URI-standaard voor data /// 29.03.17" read as a sentence
    ending "29.03." with a note number 17 glued on, and so as the body's, no running foot.  A year,
    a word or a closing bracket before the full stop and the note number still end one."""
    for line in ("Vlaamse URI-standaard voor data /// 29.03.17", "Version 1.0 – 3.5.21", "Stand: 12.11.24",
                 "compte rendu du 4.10.25"):
        assert not ends_sentence(line), line
    for line in ("De vereniging is opgericht in 1998.4", "zoals eerder beschreven.12", "(see page 4).17",
                 "am Ende des Jahres.3"):
        assert ends_sentence(line), line



@pytest.mark.parametrize("body, heading, below", [
    # English headings in title case capitalise their inner words: the capital ends no broken name.
    ("The meeting opened with a word of welcome from the chair, who thanked everyone for coming\n"
     "tonight and asked the secretary to read out the minutes of the last meeting in full length.\n",
     "Proposed Future Use of the Old Library at Knowles and Summit Avenue in Our Town",
     "Residents asked the board what would become of the building once the library moves out."),
    # German capitalises its nouns: a capital inside the line marks no name.
    ("Die Sitzung wurde von der Vorsitzenden eröffnet, die allen Anwesenden für ihr Kommen dankte\n"
     "und die Schriftführerin bat, das Protokoll der letzten Sitzung vollständig vorzulesen, danke.\n",
     "Bericht über die Arbeit im Vorstand und die Planung für das kommende Jahr im Verein",
     "Vorstand und Beirat haben sich im vergangenen Jahr zu sechs Sitzungen getroffen und beraten."),
])
def test_a_full_heading_whose_inner_words_are_capitalised_stays_a_heading(body, heading, below):
    got = blocks(body + "\n" + heading + "\n" + below + "\n")
    assert heading in [b.text for b in got if b.kind == "display"]


def test_a_line_in_capitals_after_a_colon_is_what_the_colon_announces():
    # An organisation's name in capitals opens the address the sentence announces.
    text = ("All correspondence can be sent to the Secretary at the email address above or by post to the\n"
            "office of the association, which forwards it to the board each month, at this address:\n"
            "SCAMIT\nC/O The Natural History Museum, Invertebrate Zoology\n900 Exposition Boulevard\n"
            "Los Angeles, California, 90007\n")
    assert not any(b.text == "SCAMIT" for b in blocks(text))


def test_an_authors_name_in_capitals_over_a_year_in_a_bibliography_is_no_heading():
    text = ("Kirschenbaum, M. G.\n"
            "2016. Track changes: A literary history of word processing. Harvard University Press.\n"
            "MARGENTO\n"
            "2018. Poets Foreign Poets. A Computationally Assembled Anthology. Fractalia.\n"
            "Novak, J.\n"
            "2019. Algorithmic poetry and the literary field. Oxford University Press.\n")
    assert not any(b.text == "MARGENTO" for b in blocks(text))



@pytest.mark.parametrize("body, heading, below", [
    # Review 26i: a long heading in sentence case may end on a name; the next line opening with a
    # capital is the text under it, not the name's other half.
    ("De bewonersavond werd bijzonder goed bezocht: ruim zestig bewoners kwamen naar het buurthuis om\n"
     "mee te praten over de plannen van de gemeente en de woningcorporatie voor de komende tien jaren.\n",
     "Verslag van de bijeenkomst met de bewoners over de toekomst van de wijk Oosterhout",
     "Wethouder Jansen opende de avond en schetste de plannen voor de komende jaren in de wijk."),
    ("The evening was well attended: more than sixty residents came to the community centre to\n"
     "talk about the plans of the council and the housing association for the next ten years.\n",
     "Report of the meeting on the future of the northern district of Springfield",
     "Residents were asked to share their views on the plans for new housing and a new school."),
    ("La réunion a été bien suivie : plus de soixante habitants sont venus à la salle des fêtes pour\n"
     "parler des projets de la commune et du bailleur social pour les dix prochaines années.\n",
     "Compte rendu de la réunion avec les habitants du nord de la ville de Villeneuve",
     "Madame le Maire a ouvert la séance et présenté les projets pour les années à venir."),
])
def test_a_long_heading_in_sentence_case_ending_on_a_name_stays_a_heading(body, heading, below):
    got = blocks(body + "\n" + heading + "\n" + below + "\n")
    assert heading in [b.text for b in got if b.kind == "display"]
    assert got[-1].text == below


def test_points_under_a_lead_in_each_opening_with_a_capital_are_not_one_sentence():
    # Review 26i (en-newsletter-haldon-views-kenn-2021-06): two prayer points, the first ending on a
    # name; the second point's capital is no broken name's other half.
    text = ("It started in May 2016 and since then has grown Thy Kingdom Come from a\n"
            "dream of a possibility into an established movement spanning the globe.\n"
            "During the 11 days of Thy Kingdom Come, it is hoped that everyone who\n"
            "takes part will:\n"
            "Deepen and further their own relationship with Jesus Christ\n"
            "Pray for 5 of their friends or family to come to faith in Jesus\n"
            "Pray for the empowerment of the Spirit that we would be effective in\n"
            "our witness\n"
            "After the very first Ascension Day the disciples gathered together with Mary.\n")
    assert not [b.text for b in blocks(text) if "faith in Jesus Pray" in b.text]
