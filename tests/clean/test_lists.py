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
