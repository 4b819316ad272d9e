"""Which numbers in a text may be note markers (notes.markers), and which of them are a note's
marker (notes.chain): the shapes a careful reader takes for a marker, and the ones that are text."""
from publish.clean.notes import (NO_CODES, Codes, chain, ends_in_web_address, glued_codes, markers, short_words,
                                 surest_chain)


def labels(text: str, codes: Codes = NO_CODES) -> list[int]:
    return [marker.label for marker in markers(text, codes)]


def test_glued_spaced_year_and_superscript_markers():
    assert labels("de wijk1 en de werking.2 en 30%3") == [1, 2, 3]
    assert labels("kapitaalmarktunie. 8 Dit draagt bij") == [8]
    assert labels("via zijn broker 2— toegang") == [2]
    assert labels("(informed consent 3) van de gebruiker") == [3]
    assert labels("de Order 20141. Daarna") == [1]
    assert labels("de wijk¹ en de stad²") == [1, 2]
    assert labels("geen AI ‘onder voorwaarden’, 9 en;") == [9]      # after a quotation and its comma
    assert labels("de artikelen 1, 2 en 3") == []


def test_the_middle_of_a_run_of_markers_after_a_space_is_a_marker_and_counts_are_not():
    assert labels("zoals de bronnen melden. 4 5 6\nDaarna") == [4, 5, 6]
    assert labels("zie de tabel. 12 13 14 Verder") == [12, 13, 14]
    assert labels("in 2019 8 9 keer gemeten") == []              # no neighbour on both sides
    assert labels("de uitslag was 4 5 7 tegen") == []            # not consecutive: a row of counts


def test_a_number_in_square_brackets_is_a_sure_marker_taken_out_with_its_brackets():
    found = markers("the method [4] and a tool [5][6] in 2023[7].")
    assert [(marker.label, marker.rank) for marker in found] == [(4, 3), (5, 3), (6, 3), (7, 3)]
    text = "the method [4] and"
    assert text[:found[0].cut] + text[found[0].end:] == "the method and"
    assert labels("a list [a] and a range [1-3] or [12a]") == []


def test_asterisks_after_a_word_or_a_sentence_are_markers_numbered_by_their_count():
    assert labels("in het Latijn*. en 10 tot 15%** van de kinderen") == [1, 2]
    assert labels("via de site. * Daarna") == [1]
    assert labels("* een opsomming met *nadruk* en **vet**: geen noot") == []


def test_asterisks_in_brackets_after_a_word_are_a_sure_marker_taken_out_with_the_brackets():
    found = markers("Implementatie invoering (*)\nQ1 en de Gemeinschaft(**) verder")
    assert [(marker.label, marker.rank) for marker in found] == [(1, 3), (2, 3)]
    text = "de invoering (*) in"
    marker = markers(text)[0]
    assert text[:marker.cut] + text[marker.end:] == "de invoering in"
    assert labels("het rapport.\n(*) Deze onderwerpen") == []     # opening a line: the note's own label


def test_an_asterisk_closing_a_line_after_a_space_is_a_marker_a_row_of_asterisks_is_not():
    assert labels("Vrijdagmiddag 14 maart *\nDinsdag 2 april") == [1]
    assert [marker.label for marker in markers("Vrijdagmiddag 14 maart * Dinsdag 2 april",
                                                line_ends=frozenset({24}))] == [1]
    assert labels("Vrijdagmiddag 14 maart * Dinsdag 2 april") == []      # mid-line: no marker
    assert labels("einde van het hoofdstuk.\n* * *\nEen nieuw begin") == []


def test_a_year_of_any_century_may_carry_a_glued_note_number():
    found = markers("zoals het synode van 145712. Daarna")
    assert [(marker.label, marker.start) for marker in found] == [(12, len("zoals het synode van 1457"))]


def test_numbers_of_the_text_are_no_markers():
    assert labels("In artikel 8 van de wet") == []
    assert labels("in 2019 8 keer per jaar") == []
    assert labels("zie nr. 12. Daarna") == []
    assert labels("nauwe contacten en 3) overige contacten") == []
    assert labels("Inleiding ........ 3") == []
    assert labels("tussen 1,5 en 2.3 meter, op 3% en pagina 1–3") == []
    assert labels("artikel 1, 2 en 3") == []
    assert labels("het Project03 en de kamer 07. Daarna") == []       # a note's number never opens with 0


def test_a_number_after_a_semicolon_closing_a_name_or_a_comma_closing_a_version_is_a_marker():
    assert labels("as was pdfminer2;19\n") == [2, 19]                # "pdfminer2" itself: a name's or a marker
    assert labels("PyPDF2 version 1.26.0,10\n") == [2, 10]
    assert labels("pdfminer.six version 20181108,11\n") == [11]      # a date stamp as the version
    assert labels("een bedrag van 20181199,11 euro") == []           # no date: a figure and its decimals
    assert labels("een bedrag van 1.234.567,10 euro") == []          # thousands and decimals
    assert labels("The Lancet 2017;245 pages") == []                 # a year and a volume


def test_a_number_glued_to_the_letters_after_its_full_stop_is_part_of_a_name():
    assert labels("programs in all the Rec Centers. www2.oaklandnet.com/Government/") == []
    assert labels("see the draft v3.beta or the report1. Then") == [1]
    assert labels("set out by the CRA 26.It shall be drawn up") == [26]     # a sentence's end, its space lost
    assert labels("dem Votum der Länder3.Über die Frage") == [3]             # an accented capital: a sentence too
    assert labels("beschrijft de voorstellen3.Één ervan is uitgevoerd") == [3]
    assert labels("le site www3.éducation.fr et la note2. Fin") == [2]       # an accented small letter: a name's


def test_a_number_glued_to_a_lone_letters_full_stop_is_a_reference_not_a_marker():
    # a contents box's page references ("p.1"), a report's sections ("S.12", "H.3")
    assert labels("Thema: Manipulatie p.1 Mededelingen p.2 Rooster S.12 en H.3") == []
    assert labels("van 15 december j.l.14 De interne") == [14]     # the stop closes several letters
    # an agenda's items, a letter counting among the number's figures ("5.a.1", "5.c.4")
    assert labels("5.a Financiën\n5.a.1 Periodieke Rapportage\n5.a.2 Locatiekeuze\n5.c.4 Afdoening") == []
    assert labels("5.a.1 Periodieke rapportage\n12.b.3 Locatiekeuze") == []     # an outline number's levels
    # ... only where the number opens its line: in running text the figure after it is a marker (review 22d-1)
    assert 2 in labels("de termijnen in hoofdstuk 4.a.2 Deze termijnen")
    assert 2 in labels("the terms in section 3.b.2 These terms")
    assert 1 in labels("die Fristen in Abschnitt 2.c.1 Diese Fristen")
    assert labels("in de wet.2 Daarna") == [2]
    # ... and a line the text layer wrapped there opens with it: the line above runs on (review 22h-1)
    assert 2 in labels("de termijnen die beschreven staan in hoofdstuk\n4.a.2 Deze termijnen")
    assert 2 in labels("the terms that are set out in section\n3.b.2 These terms")
    assert 1 in labels("die Fristen, die beschrieben sind in Abschnitt\n2.c.1 Diese Fristen")
    assert 3 in labels("les délais décrits au chapitre\nII.a.3 Ces délais")


def test_an_outline_number_opened_by_a_roman_numeral_or_a_capital_is_an_items_number_not_a_marker():
    # a part's Roman numeral or capital letter before the letter level: "II.a.1" as "5.a.1"
    assert labels("II.a.1 Vaststelling agenda\nII.a.2 Verslag\nII.b.1 Subsidie dorpshuis") == []
    assert labels("A.b.2 Financial report\nIV.c.3 Any other business") == []
    assert labels("Besluit: vastgesteld.\nB.a.1 Mededelingen van het college") == []
    # an item's line opens a block, follows a blank line, a sentence's end or another item's line
    assert labels("Agenda\n\n5.a.1 Periodieke rapportage") == []
    assert labels("5.a.1 Periodieke rapportage\nBesluit: akkoord\n\n5.a.2 Locatiekeuze") == []
    # ... at a line's opening only: an abbreviation in running text carries its marker
    assert 1 in labels("die Gemeinde, i.e.1 der Rat, beschließt")
    assert 2 in labels("some towns, e.g.2 Leeds, voted")
    assert 3 in labels("les communes, c.-à-d. la région et l'A.b.3 de Liège")


def test_a_number_after_a_short_word_ending_a_sentence_is_a_marker_where_the_text_writes_it_as_a_word():
    text = ("Het plan is klaar en de raad is tevreden. Wat nu? De vraag is of het haalbaar is. 4 Zie nr. 3 "
            "en nr. 5 van het register, blz. 7.")
    words = short_words(text)
    assert {"is", "nu"} <= words and not {"nr", "blz"} & words
    assert [marker.label for marker in markers(text, words=words)] == [4]
    assert labels(text) == []          # without that evidence "is." may be an abbreviation


def test_a_number_glued_to_capitals_is_a_code_where_it_recurs_or_stands_in_brackets():
    text = "De HL2 return en de HL2 cijfers, Housing Options (PREVENT1) en verplichte DPIA20 geeft"
    assert labels(text, glued_codes(text)) == [20]


def test_the_chain_keeps_the_markers_in_order_and_prefers_the_surest():
    text = "Zie hoofdstuk 1. Het plan1 en het budget2 en in 2019, 1 keer."
    picked = chain(markers(text), [1, 2])
    assert [(label, text[marker.start - 4:marker.end]) for label, marker in picked] == [(1, "plan1"), (2, "dget2")]


def between_words(text: str) -> list[int]:
    return [marker.label for marker in markers(text, between_words=True)]


def test_sure_markers_one_set_out_of_order_win_over_as_many_numbers_that_merely_read_as_markers():
    # a timetable's weeks pages before the notes; pdftotext read "één’4" after "maken5"
    text = ("Rooster Week 1 Week 2 Week 3 en lokaal 4. Het betreft1 het werk dat hij achterliet2 in die tijd3. "
            "Om het te maken5. Alle dingen zijn één’4. Zo bedoeld6.")
    picked = surest_chain(markers(text, between_words=True), [1, 2, 3, 4, 5, 6])
    assert sorted((label, text[marker.start - 4:marker.end]) for label, marker in picked) == [
        (1, "reft1"), (2, "liet2"), (3, "tijd3"), (4, "één’4"), (5, "aken5"), (6, "oeld6")]


def test_a_number_between_lower_case_words_is_a_marker_only_when_asked_and_never_a_reference():
    assert labels("de leden stemmen met een kaart 1 op de vergadering") == []
    assert between_words("de leden stemmen met een kaart 1 op de vergadering") == [1]
    assert between_words("de stukken (zie bijlage 2 van het reglement) liggen ter inzage") == []
    assert between_words("wie 1 tot 4 weken wacht") == []


def test_a_number_between_a_word_and_a_capital_or_a_bracket_is_between_words_as_well():
    # a count or a reference read on ("maar 1 VM", "Friday 1 October"): a marker only when asked
    assert labels("Is er maar 1 VM? Ja, maar") == []
    assert labels("Great Village Quiz Friday 1 October, hopefully!") == []
    assert labels("the setup in subquestion 1\n(figure 2.1) and") == []
    assert between_words("Is er maar 1 VM? Ja, maar") == [1]
    assert labels("(informed consent 3) van de gebruiker") == [3]       # closing a bracket: still one


def test_a_captions_number_before_its_colon_is_no_marker():
    assert labels("Figuur 4: de zaal tijdens de telling") == []
    assert labels("F IGUUR 4: DE ZAAL") == []
    assert labels("zoals hiervoor beschreven 4: daarna") == [4]


def test_the_day_of_a_date_is_no_marker():
    # "until 10 September 2026": the day before a month and a year, in any supported language.
    assert between_words("a transitional period (until 10 September 2026) and") == []
    assert between_words("das Gesetz gilt ab dem 3. März 2025 für alle") == []
    assert between_words("la séance du 12 mars 2024 à Paris") == []
    assert between_words("de raad besloot op 4 mei 2021 tot") == []
    # A marker before a verb that is also a month's name, with no year after it, stays one.
    assert between_words("the components 4 may be sold") == [4]
    assert between_words("a uniform application of the law 10. The regulation") == [10]


def test_the_number_after_a_section_sign_is_the_sections_not_a_marker():
    # "§ 1 Abs. 2" cites a statute's section: a reader never takes its number for a note's.
    assert between_words("wie die Erfahrung mit § 1 Abs. 2 Nr. 3 IWG zeigt") == []
    assert between_words("Behörden im Sinne des § 1 Abs. 1 IFG") == []
    assert between_words("under § 3 of the Act and ¶ 4 of the order") == []
    assert between_words("selon l’article L. 2 § 3 du code") == []
    # A marker after the section's number and the sentence's end is one all the same.
    assert between_words("gemäß § 12. 3 Daher ist") == [3]


def test_the_number_after_a_label_word_opening_a_line_is_the_labels_not_a_marker():
    # A provision's or a caption's number: "Artikel 1. Definities", "Figuur 1 Opbouw".
    assert labels("Artikel 1. Definitiebepalingen") == []
    assert labels("de regels.\nFiguur 1 Opbouw van de documentatie") == []
    assert labels("de regels volgens Van Dijk 1. Daarna") == [1]


def test_a_number_glued_to_a_name_with_a_capital_inside_is_part_of_the_name_not_a_note():
    from pathlib import Path
    from publish.clean import clean
    from publish.model import NoteRef
    from publish.source import Source, split_lines

    text = ("Het model gebruikt de niveaus LoDx.1 en LoD2 uit de norm, zoals in de wijk1 al bleek.\n"
            "De rest van de wijk2 volgt later.\n")
    cleaned = clean(Source(Path("model.txt"), tuple(split_lines(text))))
    numbers = [part.number for block in cleaned.blocks for part in block.inline() if isinstance(part, NoteRef)]
    assert numbers == [1, 2]
    assert "LoDx.1 en LoD2 uit" in cleaned.blocks[0].text


def test_a_number_after_a_word_with_a_bracketed_ending_is_no_surer_than_after_a_plain_word():
    # "Aantal bijlage(n)" over "2" in a letter's margin: the bracket ends the word, it closes no
    # quotation, so the marker after the sentence further on is the one the chain keeps.
    text = "Aantal bijlage(n) 2\nOnderwerp\n\nzoals de commissie vroeg om een overzicht 2. Daarna volgt"
    assert [(marker.label, marker.rank) for marker in markers(text)] == [(2, 1), (2, 1)]
    picked = chain(markers(text), [2])
    assert [text[marker.start - 10:marker.end] for _, marker in picked] == ["overzicht 2"]
    assert [marker.rank for marker in markers("zoals gezegd (in de bijlage) 2 Verder")] == [2]


def test_a_number_between_an_acronym_and_a_lower_case_word_is_a_marker_only_when_asked():
    # "alle ADR 4 bedrijven": the text layer set a space before the superscript after "ADR".
    assert between_words("toezicht op alle ADR 4 bedrijven in het land") == [4]
    assert labels("toezicht op alle ADR 4 bedrijven in het land") == []
    assert between_words("de norm (zie NEN 3 van het besluit) geldt") == []
    assert between_words("gedrukt op A 4 formaat") == []       # one capital: a size, no acronym


def test_a_year_closing_a_range_carries_a_glued_marker_as_a_lone_year_does():
    assert labels("de Cybersecuritystrategie 2022–202813. Deze stelt") == [13]
    assert labels("de jaren 1990-199914 en later") == [14]
    assert labels("de postcode 3500-35012 in Utrecht") == []       # no year before the dash


def test_a_marker_glued_to_a_name_the_text_names_without_it_is_split_off():
    # "NIS24": the NIS2 directive with note 4; "AP371": principle AP37 with note 1.
    assert labels("Zo geeft NIS24 (Network and Information Security Directive) aan",
                  glued_codes("NIS2-richtlijn")) == [4]
    assert labels("ID\nAP371\nStelling", glued_codes("principe AP37 stelt: AP371")) == [1]
    assert labels("Zo geeft NIS24 (Network and Information Security Directive) aan") == [24]


NAME_IN_THE_NOTE = """De richtlijn NIS21 vraagt veel van de overheid. Zij moet haar systemen
beschermen tegen aanvallen en haar leveranciers daarop controleren, zodat
de diensten van de overheid blijven werken als het erop aankomt en

1 Richtlijn over een hoog gemeenschappelijk niveau van cyberbeveiliging (NIS2-richtlijn).

\fook de burgers erop kunnen vertrouwen.
"""


def test_a_names_marker_is_linked_where_the_name_stands_only_in_the_note():
    from publish.clean import clean
    from clean_helpers import source
    from publish.model import NoteRef
    cleaned = clean(source(NAME_IN_THE_NOTE))
    assert [number for number, _ in cleaned.footnotes] == [1]
    text = cleaned.blocks[0].text
    assert "De richtlijn NIS2 vraagt" in text
    assert [part.number for part in cleaned.blocks[0].inline() if isinstance(part, NoteRef)] == [1]


def test_a_number_glued_to_an_apostrophe_s_is_a_sure_marker():
    # A possessive or a plural ("API’s", "auto's") ends no code: the number glued to it is a marker.
    found = markers("Daarom bieden steeds meer organisaties API’s31 Dit neemt niet weg; de auto's2 en")
    assert [(marker.label, marker.rank) for marker in found] == [(31, 3), (2, 3)]
    assert labels("een x’s5 en") == []                       # a lone letter's "s" is no word


def test_a_marker_glued_to_a_name_closed_by_figures_after_a_hyphen_is_split_off():
    # "SARS-Cov-27": the SARS-Cov-2 virus with note 7, where the text names the virus without it.
    text = "to counter the spread of SARS-Cov-27 by providing advice. It counters SARS-Cov-2 by"
    assert labels(text, glued_codes(text)) == [7]
    assert labels("the spread of SARS-Cov-27 by") == []                   # the name not seen without it


def test_a_number_glued_to_an_acronym_its_bracket_defines_is_a_marker():
    # The words before the bracket spell the acronym out: "(API6)" is "(API)" with note 6.
    found = markers("Een Application Programming Interface (API6) is een goed gedocumenteerde interface")
    assert [(marker.label, marker.rank) for marker in found] == [(6, 1)]      # a marker at best, as "DPIA20"
    assert labels("Housing Options (PREVENT1) apply") == []
    named_again = "de Payment Services Directive (PSD2) geeft banken onder PSD2 een plicht"    # a name: it recurs
    assert labels(named_again, glued_codes(named_again)) == []


def test_a_marker_glued_twice_to_a_name_is_split_off_at_both_places():
    # Note 1 cited in two tables, glued to principle AP37 each time: the pair recurs, the marker with it.
    tables = "ID\nAP371\nStelling\nID\nAP371\nRationale"
    assert labels(tables, glued_codes("NORA principe AP37 stelt:\n" + tables)) == [1, 1]


def test_a_number_after_a_quotation_opened_low_and_closed_high_is_glued_to_the_quotation():
    # German quotes open low and close high („...“): the high mark after the last word closes the
    # quotation, as ” does, and the number after it is that quotation's marker.
    assert labels("„Wir wollen das Gesetz\nweiterentwickeln.“1 Seitdem") == [1]
    assert labels("das „Bundestransparenzgesetz“2, das") == [2]
    assert labels("eine ‚Soll‘3 und") == [3]
    # The same high mark opening a quotation (English and Dutch “...”), glued to a word by the text
    # layer: no quotation closes there, and the number opening the quotation is no marker.
    assert labels("the so-called“10 rules” of play") == []
    assert labels("„Ja”, zei hij, de“3 regels” golden") == []


def test_a_number_after_a_space_after_a_quotation_before_a_word_is_no_surer_than_between_words():
    # A quotation may be a name the sentence reads on with ("„Faust“ 2 Stunden lang"; German writes its
    # nouns with a capital): the number is a count as often as a marker.
    ranks = [(marker.label, marker.rank) for marker in markers("das Ensemble „Faust“ 2 Stunden lang")]
    assert ranks == [(2, 1)]
    assert [marker.rank for marker in markers("das Ensemble “Faust” 2 Stunden lang")] == [1]
    # Not after a quotation that closes a sentence, nor a number that closes one: a marker's place.
    assert [marker.rank for marker in markers("„Wir wollen mehr Transparenz.“ 2 Seitdem")] == [2]
    assert [marker.rank for marker in markers("das Ensemble “Faust” 2. Danach")] == [2]


def test_a_line_ends_in_a_web_address_only_on_an_address_with_a_scheme_www_a_path_or_an_at():
    """One definition for the notes and the paragraphs (review19f (c)): an address with a scheme,
    'www.', a path or an '@' ends a line as a sentence would; a host's name alone, an abbreviation
    or a file's name does not."""
    for text in ("zie http://www.gov.scot/homelessstats", "Meer op www.ommeriek.nl", "wmde.org/Projekt",
                 "(https://www.koletjanssen.be/blog/voegen/)", "Mail xylograaf@ziggo.nl"):
        assert ends_in_web_address(text), text
    for text in ("Het verslag staat op dorpsbelang.nl", "Zie Rijksoverheid.nl", "namelijk prof.dr",
                 "as the file minutes.docx", "", "x@" * 50):
        assert not ends_in_web_address(text), text


def test_a_number_glued_to_lower_case_letters_parted_by_a_slash_is_a_marker_at_best():
    # A table's cell "n/a3": "n/a" (not applicable) with note 3, an abbreviation written as a word.
    found = markers("Jonge landbouwers 107 654 800 n/a3\nLeader 54 150 012 n/b2")
    assert [(marker.label, marker.rank) for marker in found] == [(3, 1), (2, 1)]
    assert labels("de klasse A/B3 en het formaat a3 of het vak 1/a2 en http://x/a4") == []


def test_a_number_glued_to_a_unit_or_a_span_parted_by_a_slash_is_no_marker():
    # Only the slash abbreviations the languages list ("n/a", "n/d") carry a marker: letters parted
    # by a slash may be a unit, which takes its power so ("6.2 m/s2", "250 g/m2", "3 l/m2"), or
    # "t/m" (up to and including), which takes a figure ("week 1 t/m3").
    assert labels("6.2 m/s2 for the cars and 250 g/m2 en 3 l/m2 per week 1 t/m3") == []
    assert [(marker.label, marker.rank) for marker in markers("Budget n/d2 and staff n/a3")] == [(2, 1), (3, 1)]


def test_a_square_or_a_cube_glued_to_a_unit_of_length_is_no_marker():
    # An area, a volume or an acceleration (review 20c F1): not so a word's superscript, even one
    # ending in "m" or "s" ("programm²", "auto's²"), nor a word in lower case with a 2 glued ("som2").
    assert labels("een tank van 40 m³ en 250 km2 land en 5 cm³ of 2 mm² bij 9,8 m/s²") == []
    assert labels("het programm² en de auto's² en de som2 en de wijk¹") == [2, 2, 2, 1]
