"""The list pass: markers and where they go (publish.clean.lists), on hand-written lines."""
from publish.clean import clean

from clean_helpers import source


def items(text):
    return [(b.marker, b.text) for b in clean(source(text)).blocks if b.kind == "item"]


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


def test_a_column_of_one_digit_under_a_lead_in_is_the_dingbats_check_marks_it_codes():
    # ZapfDingbats' check mark and cross, given as the digits of their codes ("3", "7")
    text = ("What to feed hedgehogs:\n\n3 Kitten biscuits: particularly\nchicken kitten biscuits.\n"
            "3 Wet food: cat/dog meat\n(no fish or gravy).\n3 Bowl of fresh water.\n\n"
            "Don't feed hedgehogs:\n\n7 Milk: they are lactose intolerant.\n7 Bread: no nutritional content.\n"
            "7 Mealworms: high in phosphorus and low in\ncalcium.\n")
    assert items(text) == [("✓", "Kitten biscuits: particularly chicken kitten biscuits."),
                           ("✓", "Wet food: cat/dog meat (no fish or gravy)."), ("✓", "Bowl of fresh water."),
                           ("✗", "Milk: they are lactose intolerant."), ("✗", "Bread: no nutritional content."),
                           ("✗", "Mealworms: high in phosphorus and low in calcium.")]


def test_figures_opening_lines_that_count_on_or_name_days_or_stand_twice_are_no_dingbats():
    # numbers counting on, a day before its month, two lines only, no lead-in: the figures stay text
    for text in ("Uitslag:\n\n3 Leden stemmen voor.\n4 Leden stemmen tegen.\n7 Leden onthouden zich.\n",
                 "Programme:\n\n7 May 10:00 Opening\n7 May 11:00 Talks\n7 May 12:00 Lunch\n",
                 "De stemming:\n\n3 Leden stemmen voor.\n3 Leden stemmen tegen.\n",
                 "In 2023 we had\n3 Meetings in spring.\n3 Meetings in summer.\n3 Meetings in autumn.\n"):
        got = [b.text for b in clean(source(text)).blocks]
        assert not items(text) and not any("✓" in block or "✗" in block for block in got), text


def test_paragraphs_set_in_under_a_lead_in_are_a_list_whose_bullets_the_text_layer_lacks():
    # pdftotext -layout of minutes whose bullets are pictures: the items stand set in from the body,
    # each between blank lines, sub-items set in further; one item alone under a colon at the
    # document's own list indent is an item too (the body's lines, at the left, are the most)
    text = ("La séance est ouverte à 14h07 en visioconférence via le logiciel Jitsi, avec\n"
            "seize membres présents ou représentés et un observateur. Le quorum est atteint\n"
            "et l'assemblée peut donc valablement délibérer sur les points de son ordre du\n"
            "jour.\n\nAdhérents présents :\n\n     Arnaud DUSCH (Aabu) => Présent jusqu'à 17:00\n\n"
            "     Amaury CARRADE (Amaury) => Présent\n\nObservateurs :\n\n"
            "     Étoile Filante à 14h22 jusqu'à 14h24\n\nPrésentation du rapport d'activité 2024.\n\n"
            "     Réorganisation des équipes : le Conseil a échangé avec trois équipes pour\n"
            "     parler de la situation en cours.\n\n          Validation : passage à une version plus\n"
            "          ouverte aux auteurs.\n\n     10 ans de Zeste de Savoir\n\n"
            "Vote du rapport d'activité à 15h12 => approuvé.\n")
    assert [marker for marker, _ in items(text)] == ["•", "•", "•", "•", "◦", "•"]
    assert [text for _, text in items(text)][3:] == [
        "Réorganisation des équipes : le Conseil a échangé avec trois équipes pour parler de la situation en cours.",
        "Validation : passage à une version plus ouverte aux auteurs.", "10 ans de Zeste de Savoir"]


def test_lines_set_in_as_an_address_a_signature_a_sentences_end_or_a_pages_foot_are_no_list():
    # one block alone under a colon (an address: no list set so in the document), a block holding
    # columns side by side (a signature's two names), set-in lines going on with a sentence (a
    # lead-in ending mid-sentence), a page's foot and the next page's centred title, figures alone,
    # a signature set to the right
    for text in ("Ons adres:\n\n      Dorpsstraat 1\n      1234 AB Ons Dorp\n\nTot ziens.\n",
                 "Met vriendelijke groet.\n\n      Jan de Vries        Piet Jansen\n\n"
                 "      Voorzitter          Secretaris\n\nBijlage.\n",
                 "Die Versammlung fasst ihre Beschlüsse mit\n\n      Mehrheit der anwesenden Mitglieder.\n\n"
                 "      Stimmengleichheit lehnt den Antrag ab.\n\nDas gilt.\n",
                 "There were 10,955 households in temporary accommodation.\n\n"
                 "                     Page 16\n\f                     Chart 7: Households in temporary accommodation\n"
                 "12,000\n",
                 "Het aantal huishoudens per jaar:\n\n      12,000\n\n      10,000\n\nDat is veel.\n",
                 "Geachte leden,\nDe vergadering van maart gaat niet door. Wij zoeken een nieuwe datum en\n"
                 "laten u die zo snel mogelijk weten. Wij zien uw antwoord graag tegemoet.\n\n"
                 "                                        De voorzitter,\n\n"
                 "                                        Jan de Vries\n"):
        assert not items(text), text
        assert "•" not in " ".join(b.text for b in clean(source(text)).blocks), text
