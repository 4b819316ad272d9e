"""The list pass: markers and where they go (publish.clean.lists), on hand-written lines."""
from publish.clean import clean
from publish.clean.lists import numbering, roman_value

from clean_helpers import source


def items(text):
    return [(b.marker, b.text) for b in clean(source(text)).blocks if b.kind == "item"]


def test_a_roman_numeral_counts_with_the_numerals_it_may_hold():
    # A list counts with i, v and x: its "c." is a letter (the third), not a hundred; a front
    # matter's page numbers run on to l and c ("xlii").
    assert numbering("iv.") == [("i", 4)]
    assert numbering("c.") == [("a", 3)]
    assert roman_value("xlii") == 0
    assert roman_value("xlii", "ivxlc") == 42


def test_a_column_of_bullets_goes_to_the_lines_opening_with_a_run_in_label():
    # three bullets set apart; each item opens with a label and a colon after a full sentence, while
    # the items hold more sentences than that and one ends on a full line (so the layout tells less)
    text = ("Ik hanteer hierbij de volgende uitgangspunten:\n\n\u2022\n\n\u2022\n\n\u2022\n\n"
            "Geen revolutie maar evolutie: Een vernieuwing van het curriculum in het\n"
            "funderend onderwijs betekent niet dat het hele onderwijs op de schop hoeft.\n"
            "Een belangrijk deel van het huidige curriculum blijft ook relevant.\n"
            "Regie en eigenaarschap: Veel leraren en scholen zijn al volop bezig met\n"
            "curriculumvernieuwing. Het is zaak op deze beweging voort te bouwen, zo.\n"
            "Realistisch tijdpad: De vernieuwing van het curriculum vraagt om een\n"
            "zorgvuldig proces.\n\nWaar in deze brief over het curriculum wordt gesproken.\n")
    assert items(text) == [
        ("\u2022", "Geen revolutie maar evolutie: Een vernieuwing van het curriculum in het funderend onderwijs "
                   "betekent niet dat het hele onderwijs op de schop hoeft. Een belangrijk deel van het huidige "
                   "curriculum blijft ook relevant."),
        ("\u2022", "Regie en eigenaarschap: Veel leraren en scholen zijn al volop bezig met curriculumvernieuwing. "
                   "Het is zaak op deze beweging voort te bouwen, zo."),
        ("\u2022", "Realistisch tijdpad: De vernieuwing van het curriculum vraagt om een zorgvuldig proces.")]


def test_a_sentence_leading_in_with_a_colon_after_many_words_opens_no_item_of_the_column():
    # "Volgens de commissie van het platform geldt:" is a sentence's lead-in inside the first item,
    # not a label: the two bullets go to "Rekenen:" and "Taal:"
    text = ("De kennisdomeinen:\n\n\u2022\n\n\u2022\n\n"
            "Rekenen: Leerlingen leren rekenen met getallen, maten en verbanden in de\n"
            "wereld om hen heen en leren die kennis ook in andere vakken te gebruiken.\n"
            "Volgens de commissie van het platform geldt: oefening baart kunst.\n"
            "Taal: Leerlingen leren lezen en schrijven in het Nederlands en het Engels,\n"
            "ook over hun eigen werk, in de klas en daarbuiten in alle vakken en zo.\n\nEen nieuwe alinea.\n")
    assert [marker for marker, _ in items(text)] == ["\u2022", "\u2022"]
    assert [text.split(":")[0] for _, text in items(text)] == ["Rekenen", "Taal"]




def test_one_bullet_over_one_run_in_label_is_placed_by_the_other_signals():
    # a newsletter's sidebar: one bullet set apart over "CM:" and two lines; one label alone shows no
    # likeness of items, so the label decides nothing and the lines, none ending a sentence, are read
    # as short items (as without a label), not "CM:" run into the call sign under it
    text = "Nieuws uit de club.\n\n\u2022\n\nCM:\nON4AWT\nFons Wittoeck\n\nDe volgende vergadering is in mei.\n"
    assert items(text) == [("\u2022", "CM:"), ("\u2022", "ON4AWT"), ("\u2022", "Fons Wittoeck")]


def test_a_notes_label_inside_an_item_opens_no_item_of_the_column():
    # three bullets set apart; "Let op: dit ..." marks a remark inside the first item, and the second
    # item opens with no label: counting it gives three labels by coincidence, at the wrong lines. The
    # items' labels open their text in a capital, the note's in lower case: no likeness, no split, and
    # without other evidence the text stays one paragraph
    text = ("De kennisdomeinen:\n\n\u2022\n\n\u2022\n\n\u2022\n\n"
            "Rekenen: Leerlingen leren rekenen met getallen, maten en verbanden in de\n"
            "wereld om hen heen en leren die kennis ook in andere vakken te gebruiken.\n"
            "Let op: dit domein vraagt de meeste lestijd van alle domeinen in het plan.\n"
            "Taal en lezen vormen samen het tweede domein. Leerlingen leren lezen en\n"
            "schrijven in het Nederlands en het Engels, in de klas en daarbuiten, zo.\n"
            "Burgerschap: Leerlingen leren over democratie en over de rechtsstaat in\n"
            "hun eigen omgeving en daarbuiten, in alle vakken en ook in de klas zelf.\n\nEen nieuwe alinea.\n")
    assert not items(text)
    assert [b.text for b in clean(source(text)).blocks] == [
        "De kennisdomeinen:",
        "Rekenen: Leerlingen leren rekenen met getallen, maten en verbanden in de wereld om hen heen en leren die "
        "kennis ook in andere vakken te gebruiken. Let op: dit domein vraagt de meeste lestijd van alle domeinen in "
        "het plan. Taal en lezen vormen samen het tweede domein. Leerlingen leren lezen en schrijven in het "
        "Nederlands en het Engels, in de klas en daarbuiten, zo. Burgerschap: Leerlingen leren over democratie en "
        "over de rechtsstaat in hun eigen omgeving en daarbuiten, in alle vakken en ook in de klas zelf.",
        "Een nieuwe alinea."]


def test_a_figure_repeated_at_the_start_of_lines_under_a_colon_is_a_count_kept_in_the_text():
    # a tied vote, a recipe's quantities (German capitalises every noun), a list of needs, match results:
    # one figure opening three lines or more under a colon is no proof of a symbol font's mark
    for text, expected in (
            ("Uitslag van de stemming:\n\n3 Leden stemmen voor.\n3 Leden stemmen tegen.\n3 Leden onthouden zich.\n",
             "3 Leden stemmen voor. 3 Leden stemmen tegen. 3 Leden onthouden zich."),
            ("Zutaten für ein Blech:\n\n4 Eier\n4 Äpfel\n4 Esslöffel Zucker\n250 g Mehl\n",
             "4 Eier 4 Äpfel 4 Esslöffel Zucker 250 g Mehl"),
            ("Still needed:\n\n3 Tables for the cake stall\n3 Gazebos (the large ones)\n3 Urns for the tea\n",
             "3 Tables for the cake stall 3 Gazebos (the large ones) 3 Urns for the tea"),
            ("Uitslagen:\n\n3 Ajax - 1 PSV\n3 AZ - 0 Feyenoord\n3 Twente - 2 Utrecht\n",
             "3 Ajax – 1 PSV 3 AZ – 0 Feyenoord 3 Twente – 2 Utrecht")):
        blocks = clean(source(text)).blocks
        assert not items(text), text
        assert " ".join(b.text for b in blocks[1:]) == expected, text


def test_paragraphs_set_in_under_a_lead_in_without_a_bullet_stay_paragraphs():
    # pdftotext -layout sets in a quotation, verse, a letter's first lines, addresses, signatures and
    # headings just as a list whose bullets are pictures: without a marker the text shows no list
    for text in ("Zij schreef:\n\n    Beste vrienden, het spijt me zeer dat ik er dit jaar niet bij kan zijn. Ik denk\n"
                 "    met veel plezier terug aan de jaren dat ik zelf in het bestuur zat.\n\n"
                 "    Ik wens jullie een mooie vergadering en een goed nieuw seizoen toe.\n\n"
                 "De vergadering heeft de brief met applaus ontvangen.\n",
                 "Es lautet:\n\n     Am Brunnen vor dem Tore, da steht ein Lindenbaum,\n"
                 "     Ich träumt in seinem Schatten so manchen süßen Traum.\n\n"
                 "     Ich schnitt in seine Rinde so manches liebe Wort,\n"
                 "     Es zog in Freud und Leide zu ihm mich immer fort.\n\nWir danken allen.\n",
                 "Dear members,\n\n     On 12 March our society held its annual general meeting in the village hall.\n"
                 "Forty members came, more than in the years before, and the mood was excellent.\n\n"
                 "     The committee thanks everyone who came.\n\n"
                 "     The treasurer presented the accounts. The auditors had checked the books\n"
                 "and found them in order, so the committee was discharged for the past year.\n",
                 "U kunt zich aanmelden op een van onze twee adressen:\n\n"
                 "     Sportpark De Linde\n     Lindelaan 4\n     1234 AB Ons Dorp\n\n"
                 "     Secretariaat\n     Kerkstraat 12\n     1234 AC Ons Dorp\n\nTot ziens.\n",
                 "Wij danken u voor uw steun.\n\n     J. de Vries\n     voorzitter\n\n"
                 "     P. Jansen\n     secretaris\n",
                 "Eindstand:\n\n     1 Ajax 75\n\n     2 PSV 71\n\n     3 Feyenoord 68\n\nVolgend seizoen.\n",
                 "Er deden 212 leden mee.\n\n    Hoofdstuk 3\n\n    De resultaten\n\n"
                 "Vrijwel alle leden zijn tevreden.\n"):
        assert not items(text), text
        assert "•" not in " ".join(b.text for b in clean(source(text)).blocks), text


def _blocks(text):
    return [(block.kind, block.marker, block.text) for block in clean(source(text)).blocks]


def test_a_dash_alone_under_a_memos_field_label_is_the_fields_empty_value_in_every_language():
    # "Bijlagen" / "-": the memo has no enclosures; its body is no list (the heading inside it, a
    # sentence broken across a short line "... het gebruik van" / "INSPIRE willen we ..." neither)
    body = ("De afgelopen periode is de vraag weer vaker gesteld door diverse data providers. In maart\n"
            "2014 willen we een speciale sessie organiseren over het gebruik van\n"
            "INSPIRE willen we daaraan gekoppeld een beleidslijn opstellen voor de services.\n"
            "Vraagstelling en antwoord\n"
            "Zoals in de klankbordgroep reeds besproken, is de vraag voorgelegd aan de commissie.\n")
    for label, dash in (("Bijlagen", "-"), ("Kopie aan", "–"), ("Bijlage(n):", "-"), ("Enclosures", "-"),
                        ("Anlagen", "–"), ("Pièces jointes", "-")):
        blocks = _blocks(f"Van\n\nMichel Grothe\n\n{label}\n\n{dash}\n\n{body}")
        assert not [block for block in blocks if block[0] == "item"], label
        assert any("over het gebruik van INSPIRE willen we" in text for _, _, text in blocks), label


def test_a_dash_alone_over_items_whose_dashes_were_lost_still_numbers_each_of_them():
    # counter-example: an action plan's dash set apart over three items (pdftotext gave one dash of
    # the column), under a lead-in that is no field label: each item is one
    blocks = _blocks("Beoogde activiteiten:\n-\n\n"
                     "De gemeente onderzoekt waar en hoe genderregistratie op gemeenteformulieren\n"
                     "weggelaten kan worden.\n"
                     "De gemeente onderzoekt de mogelijkheden voor genderneutrale toiletten in\n"
                     "algemene ruimtes van het gemeentekantoor.\n"
                     "De gemeente werkt actief samen met andere regenbooggemeenten in de regio.\n\n"
                     "Partners: Delftse Werkgroep Homoseksualiteit, Gemeente Delft.\n")
    assert [(marker, text[:40]) for kind, marker, text in blocks if kind == "item"] == [
        ("-", "De gemeente onderzoekt waar en hoe gende"), ("-", "De gemeente onderzoekt de mogelijkheden "),
        ("-", "De gemeente werkt actief samen met ander")]


def test_a_bullet_glyph_alone_over_short_items_still_numbers_each_of_them():
    # counter-example: a symbol font's bullet is a bullet; pdftotext gave one of the column's three
    blocks = _blocks("Na ziekte of ongeval\n\uf0b7\n\nDe school heeft een dossier met daarin:\n"
                     "Een attest van de ouders.\nEen medisch attest met de frequentie en de duur van de revalidatie.\n"
                     "De toestemming van de directeur.\n\n"
                     "De 150 minuten kunnen uitzonderlijk overschreden worden.\n")
    found = [text for kind, _, text in blocks if kind == "item"]
    assert found[:2] == ["De school heeft een dossier met daarin:", "Een attest van de ouders."]
    assert len(found) == 3 and found[2].startswith("Een medisch attest met de frequentie")


def test_a_dash_alone_under_a_line_that_is_no_field_label_over_its_item_stays_an_item():
    # counter-example: "Meebrengen:" announces the list; the dash set apart over its one item
    assert items("Meebrengen:\n\n-\n\nEen lunchpakket en regenkleding.\n\nTot zaterdag!\n") == [
        ("-", "Een lunchpakket en regenkleding.")]


def test_dashes_in_a_column_under_a_field_label_are_the_enclosures_list():
    # counter-example: the memo lists its enclosures, a dash each set apart: a list, not an empty field
    assert items("Bijlagen:\n\n-\n\n-\n\nConcept notulen van de vergadering\nBegroting voor het jaar 2024\n\n"
                 "Geachte leden,\n") == [("-", "Concept notulen van de vergadering"),
                                          ("-", "Begroting voor het jaar 2024")]


def test_a_dash_under_a_field_label_over_its_items_text_is_its_bullet_in_every_language():
    # counter-examples: the enclosure right under the dash (or past a blank line, a short line ending
    # no sentence) is the list's one item, not a heading; a column of dashes keeps its first item
    body = "\nHet bestuur heeft het jaarverslag besproken. De penningmeester heeft de cijfers toegelicht.\n"
    for label, dash, gap, item in (("Bijlagen", "-", "", "Jaarverslag 2023"),
                                   ("Bijlagen", "-", "\n", "Jaarverslag 2023"),
                                   ("Enclosures", "-", "", "Annual report 2023"),
                                   ("Anlagen", "–", "", "Protokoll der Sitzung vom 5. Februar")):
        blocks = _blocks(f"Memo\n\nDatum 12 maart 2024\n\n{label}\n{dash}\n{gap}{item}\n{body}")
        assert [(marker, text) for kind, marker, text in blocks if kind == "item"] == [(dash, item)], label
        assert not [block for block in blocks if block[0] == "heading" and block[2] == item], label
    assert items("Bijlagen\n-\nBijlage 1: Overzicht van de deelnemers\n-\nBijlage 2: Financieel overzicht\n-\n"
                 "Bijlage 3: Planning voor 2024\n" + body) == [
        ("-", "Bijlage 1: Overzicht van de deelnemers"), ("-", "Bijlage 2: Financieel overzicht"),
        ("-", "Bijlage 3: Planning voor 2024")]


def test_a_dash_under_a_field_label_over_the_next_label_a_lead_in_or_the_end_bullets_nothing():
    # the next field's label, a paragraph announcing its own list, the text's end: the value is none
    assert not items("Bijlagen\n–\n\nKopie aan\n–\n\nHet bestuur heeft het jaarverslag besproken. De\n"
                     "penningmeester heeft de cijfers toegelicht.\n")
    assert items("Bijlagen\n-\n\nHet bestuur heeft de volgende punten besproken:\n- het jaarverslag 2023;\n"
                 "- de begroting 2024.\n") == [("-", "het jaarverslag 2023;"), ("-", "de begroting 2024.")]
    assert not items("Het bestuur heeft het jaarverslag besproken.\n\nBijlagen\n-\n")
