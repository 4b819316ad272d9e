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


# Minutes printed from Markdown: the bullets are pictures the text layer lacks, and pdftotext -layout
# sets the items in from the body, their sub-items further in, each between blank lines.
EXPORTED_MINUTES = (
    "Présentation du rapport d'activité 2024 par le président de l'association, qui remercie\n"
    "les membres du conseil d'administration et les bénévoles pour le travail accompli pendant\n"
    "l'année écoulée. Le rapport sera publié sur le site de l'association après l'assemblée\n"
    "générale, avec les comptes de l'exercice et le budget prévisionnel de l'année qui vient,\n"
    "comme chaque année.\n\n"
    "     Statistiques similaires à l'année 2023.\n\n"
    "     Réorganisation des équipes : le conseil a échangé avec trois équipes pour parler\n"
    "     de la situation en cours et des évolutions possibles.\n\n"
    "          Validation : une équipe de validation va chercher des validateurs externes\n\n"
    "          Modération : petite équipe. Travail encore en cours.\n\n"
    "     Trésorerie : problème d'accès au compte bancaire résolu.\n\n"
    "Vote du rapport d'activité à 15h12 : le rapport d'activité est approuvé avec quinze voix\n"
    "pour et une abstention. Le président remercie l'assemblée pour sa confiance et passe au\n"
    "point suivant de l'ordre du jour.\n\n"
    "Observateurs :\n\n"
    "     Étoile Filante, présente de 14h22 à 14h24.\n\n"
    "La séance est levée à 17h. Le président remercie les participants et rappelle que le\n"
    "procès-verbal sera envoyé à tous les adhérents dans le mois qui suit l'assemblée, avec la\n"
    "liste des membres du nouveau conseil d'administration et les statuts mis à jour, pour\n"
    "que chacun puisse en prendre connaissance avant la prochaine réunion du conseil en\n"
    "avril.\n\f")


def test_paragraphs_set_in_at_two_depths_are_a_list_whose_bullets_the_text_layer_lost():
    # the run nests (sub-items set in further, then an item at the first depth again), as a list
    # does; so shown, the document sets its lists at that indent, and the observer announced by a
    # colon there is an item too
    assert items(EXPORTED_MINUTES) == [
        ("•", "Statistiques similaires à l’année 2023."),
        ("•", "Réorganisation des équipes : le conseil a échangé avec trois équipes pour parler de la "
              "situation en cours et des évolutions possibles."),
        ("◦", "Validation : une équipe de validation va chercher des validateurs externes"),
        ("◦", "Modération : petite équipe. Travail encore en cours."),
        ("•", "Trésorerie : problème d’accès au compte bancaire résolu."),
        ("•", "Étoile Filante, présente de 14h22 à 14h24.")]
    paragraphs = [b.text for b in clean(source(EXPORTED_MINUTES)).blocks if b.kind != "item"]
    assert [text[:20] for text in paragraphs] == ["Présentation du rapp", "Vote du rapport d’ac", "Observateurs :",
                                                  "La séance est levée "]


def test_set_in_paragraphs_that_do_not_nest_are_no_list_whose_bullets_were_lost():
    # a quoted letter with its signature set in further (no paragraph at the letter's indent after
    # it: nothing nests); the same letter in minutes whose nested list stands at another indent; a
    # table's rows set in at two depths (its columns apart); a newsletter's poem whose middle stanza
    # is set in further (its lines end far short of the prose's margin): no item, no bullet added
    letter = ("Zij schreef ons:\n\n"
              "    Beste vrienden, het spijt me zeer dat ik er dit jaar niet bij kan zijn. Ik denk\n"
              "    met veel plezier terug aan de jaren dat ik zelf in het bestuur zat.\n\n"
              "    Ik wens jullie een mooie vergadering en een goed nieuw seizoen toe.\n\n"
              "            Marie\n\n"
              "De vergadering heeft de brief met applaus ontvangen.\n")
    table = ("The accounts for the year:\n\n"
             "     Income                         12.500\n\n"
             "          Gifts                      3.000\n\n"
             "     Expenditure                    11.000\n\n"
             "The treasurer thanks the auditors.\n")
    poem = ("Zum Jahresende schickt uns unser Mitglied Hanna ein Gedicht, das sie für den Verein geschrieben hat,\n"
            "und wir drucken es hier gern ab, mit herzlichem Dank für die schönen Worte zum Jahresausklang.\n\n"
            "     Der Winter kommt mit leisem Schritt,\n     er bringt den ersten Schnee uns mit.\n\n"
            "          Die Kinder lachen vor dem Haus,\n          und keiner will zum Essen raus.\n\n"
            "     So geht das Jahr, so kommt die Nacht,\n     wir haben viel zusammen gemacht.\n\n"
            "Wir wünschen allen Mitgliedern frohe Feiertage und einen guten Start in das neue Jahr.\n")
    for text in (letter, EXPORTED_MINUTES + letter, table):
        blocks = clean(source(text)).blocks
        assert not [b for b in blocks if b.kind == "item" and b.text.startswith(("Beste", "Ik wens", "Marie",
                                                                                   "Income", "Gifts"))], text
    assert not items(letter) and not items(table) and not items(poem)
    assert "•" not in " ".join(b.text for b in clean(source(letter)).blocks)
