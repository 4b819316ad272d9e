"""Numbers that read like note markers but are a name's own figures: a superscript on an acronym
("ISA²"), which may be a marker only where no surer marker claims its note."""
from publish.clean import clean
from publish.clean.notes import markers
from publish.model import NoteRef, Text

from clean_helpers import source

# Two notes at a page foot; the second's marker is glued to a word, and a programme's name in
# capitals with a superscript two stands between it and the notes (a Belgian note, 2019).
ACRONYM_SQUARED = """Het samenwerkingsakkoord1 tussen de overheden onderstreept het belang van
interoperabiliteit. Het samenwerkingsakkoord2 tussen de federale en gewestelijke overheden
gaat verder. De Commissie zet via het programma ‘Interoperability solutions for public
administrations’ (ISA²) in op herbruikbare informatiemodellen.

1 https://ec.europa.eu/commission/priorities/digital-single-market_nl
2 http://www.ejustice.just.fgov.be/cgi_loi/change_lg.pl?cn=2013082605

3

\fDe werkgroep komt elk kwartaal samen.
"""


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


def test_a_superscript_on_a_word_in_capitals_is_the_least_sure_marker():
    assert [(m.label, m.rank) for m in markers("het programma (ISA²) en de NAVO³ of de wijk¹")] == \
        [(2, 1), (3, 1), (1, 3)]


def test_a_glued_marker_before_an_acronyms_superscript_takes_the_note():
    assert linked_words(ACRONYM_SQUARED) == [("samenwerkingsakkoord", 1), ("samenwerkingsakkoord", 2)]


def test_an_acronyms_superscript_is_a_marker_where_nothing_else_claims_its_note():
    text = ACRONYM_SQUARED.replace("samenwerkingsakkoord2", "samenwerkingsakkoord")
    assert linked_words(text) == [("samenwerkingsakkoord", 1), ("(ISA", 2)]


def test_a_subscript_or_a_units_power_is_never_a_marker():
    assert markers("de uitstoot van CO₂ en H₂O op 40 m² en 2 km²") == []
