"""A superscript on a word in capitals ("AVG¹", "NHS¹") is as sure a marker as any superscript:
a rule that made it the least sure (so that "ISA²", a programme's name, would yield its note to a
glued marker) let a count after the real marker take the note, a number glued to a word take
another's, and lost notes where only sure markers are counted.  These pin the right outcomes."""
import pytest

from publish.clean import clean
from publish.clean.notes import markers
from publish.model import NoteRef, Text

from clean_helpers import source


def linked_words(text: str) -> list[tuple[str, int]]:
    """(the word each note reference follows, its number)."""
    found = []
    for block in clean(source(text)).blocks:
        before = ""
        for part in block.inline():
            if isinstance(part, NoteRef):
                found.append((before.split()[-1], part.number))
            elif isinstance(part, Text):
                before += part.text
    return found


@pytest.mark.parametrize("text, acronym, count", [
    ("De nieuwe regels van de AVG¹ gelden ook voor onze vereniging. Er is 1 nieuwe\n"
     "vrijwilliger begonnen bij de ledenadministratie.\n\n¹ Algemene verordening gegevensbescherming.\n",
     "AVG", "Er is 1 nieuwe vrijwilliger"),
    ("The new rules of the NHS¹ apply to our practice as well. This year we welcomed 1 new\n"
     "volunteer at the front desk.\n\n¹ National Health Service.\n",
     "NHS", "welcomed 1 new volunteer"),
    ("Die neuen Regeln der DSGVO¹ gelten auch für unseren Verein. Zum Sommerfest kamen 1 Dutzend\n"
     "neue Mitglieder in den Verein.\n\n¹ Datenschutz-Grundverordnung.\n",
     "DSGVO", "kamen 1 Dutzend neue"),
    ("Les nouvelles règles du RGPD¹ s'appliquent aussi à notre association. Nous avons accueilli 1 nouveau\n"
     "bénévole au secrétariat.\n\n¹ Règlement général sur la protection des données.\n",
     "RGPD", "accueilli 1 nouveau bénévole"),
])
def test_an_acronyms_superscript_keeps_its_note_from_a_count_after_it(text, acronym, count):
    assert linked_words(text) == [(acronym, 1)]
    assert count in clean(source(text)).blocks[0].text


def test_a_number_glued_to_a_word_does_not_take_an_acronyms_note():
    text = ("Aanmelden gaat volgens de regels van de gemeente¹. Bij een nieuwe aanmelding volgt u\n"
            "Stap2 van het stappenplan en meldt u de gegevens volgens de AVG² bij de secretaris.\n"
            "¹ Gemeente Utrecht, afdeling Welzijn.\n² Algemene verordening gegevensbescherming.\n")
    assert linked_words(text) == [("gemeente", 1), ("AVG", 2)]
    assert "volgt u Stap2 van" in clean(source(text)).blocks[0].text


def test_an_acronyms_superscript_links_its_page_foot_note_after_a_lost_note():
    text = ("Wij werken samen met andere verenigingen¹ in de regio.\n\n¹ Vereniging Nederlandse Gemeenten.\n\n1\n"
            "\fDe subsidie komt uit Europese fondsen² en wordt besteed volgens de strategie\n"
            "van de EU³ voor sociale inclusie.\n\n"
            "³ Europese Unie, Europees Sociaal Fonds Plus, periode 2021-2027.\n\n2\n")
    cleaned = clean(source(text))
    assert linked_words(text)[-1] == ("EU", 3)
    assert dict(cleaned.footnotes)[3].startswith("Europese Unie")
    assert not any("periode 2021-2027" in block.text for block in cleaned.blocks)


def test_acronyms_superscripts_out_of_order_each_link_their_note():
    text = ("Het programma (ISA²) van de NAVO³ valt onder de AVG¹ en meer.\n\n"
            "¹ Algemene verordening.\n² Interoperability Solutions.\n³ Noord-Atlantische Verdragsorganisatie.\n")
    assert sorted(number for _, number in linked_words(text)) == [1, 2, 3]


def test_a_subscript_or_a_units_power_is_never_a_marker():
    assert markers("de uitstoot van CO₂ en H₂O op 40 m² en 2 km²") == []
