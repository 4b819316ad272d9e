"""A number the cleaner read as a note marker is a note's only where its note text exists or its
numbering counts on: a lone marker without a text goes back to the word as printed ("Class1"), so
the reader meets no note that is not there and the contents keep the word's figure."""
from pathlib import Path

from publish.audit import audit
from publish.clean import clean
from publish.model import Heading, NoteRef
from publish.render.html import render_html
from publish.source import Source, split_lines
from publish.structure import structure

# A parish council's publication scheme (no notes): the first class's space lost in the text layer.
SCHEME = """Publication scheme of the parish council

Class1 - Who we are and what we do

Who is who on the council and its committees, and where we meet. Copies are free.

Class 2 - What we spend and how we spend it

The annual return and the budget of the current and previous financial year.
"""

# French minutes: a member's nickname glued to a figure, a roll call with no notes.
ROLL_CALL = """Procès-verbal de l'assemblée générale

Présents :

Willy Konguem (firm1) et Antoine Rozo (entwanne) sont présents. La séance est ouverte à 20 heures.
"""

# German report whose two markers count on, their notes lost by the text layer.
COUNTING_ON = """Bericht des Vorstands

Die Zahl der Mitglieder ist im letzten Jahr gestiegen1 und die Kasse ist gesund. Der Vorstand dankt
allen Helferinnen und Helfern2 für ihren Einsatz beim Sommerfest.
"""

# Dutch letter with one endnote whose text stands under its heading.
ONE_ENDNOTE = """Aan de leden

De vergadering stemde in met het voorstel van het bestuur1 en de kascommissie keurde de rekening goed.
Het bestuur dankt alle vrijwilligers voor hun inzet.

Noten

1 Voorstel van 12 maart 2024, bijlage bij de uitnodiging.
"""


def document(text: str):
    cleaned = clean(Source(Path("stuk.txt"), tuple(split_lines(text))))
    return cleaned, structure(cleaned)


def refs(doc) -> list[int]:
    return doc.note_reference_numbers()


def test_a_lone_number_without_a_note_text_goes_back_to_its_word_and_the_contents_keep_it():
    cleaned, doc = document(SCHEME)
    assert refs(doc) == []
    headings = [block.text for chapter in doc.chapters for block in chapter.blocks if isinstance(block, Heading)]
    assert "Class1 – Who we are and what we do" in headings + [chapter.title for chapter in doc.chapters]
    assert 'class="noteref"' not in render_html(doc) and "Class1 – Who we are" in render_html(doc)
    assert [(change.kind, change.before, change.after) for change in doc.changes] == [
        ("noteref-plain", "Class[1]", "Class1")]
    assert audit(cleaned, doc).ok


def test_a_nickname_with_a_figure_in_minutes_stays_as_printed():
    _, doc = document(ROLL_CALL)
    assert refs(doc) == []
    assert any("(firm1)" in block.text for chapter in doc.chapters for block in chapter.blocks)


def test_markers_that_count_on_stay_references_though_their_notes_are_lost():
    _, doc = document(COUNTING_ON)
    assert refs(doc) == [1, 2]
    assert doc.note_numbers_without_text() == [1, 2]
    assert doc.changes == ()


def test_a_lone_marker_whose_note_text_exists_stays_the_notes_marker():
    _, doc = document(ONE_ENDNOTE)
    assert refs(doc) == [1]
    assert [note.number for note in doc.notes] == [1]
    paragraph = next(block for chapter in doc.chapters for block in chapter.blocks
                     if any(isinstance(part, NoteRef) for part in block.content))
    assert "van het bestuur" in paragraph.text and "bestuur1" not in paragraph.text


def test_a_lone_superscript_goes_back_as_printed_and_the_lines_after_it_keep_their_place():
    from publish.clean.lines import Block
    from publish.model import Text
    from publish.structure import _lone_markers_as_printed
    block = Block("paragraph", "het programma ISA in Europa\nen verder", ((0, 4), (28, 5)),
                  content=(Text("het programma ISA"), NoteRef(2, "²"), Text(" in Europa\nen verder")))
    [given], changes = _lone_markers_as_printed([block], ())
    assert given.text == "het programma ISA² in Europa\nen verder" and given.content == ()
    assert given.line_at(given.text.index("en verder")) == 5
    assert [(change.line, change.before, change.after) for change in changes] == [(4, "ISA[2]", "ISA²")]


def test_a_lone_marker_whose_note_the_toml_supplies_stays_a_reference():
    from publish.config import SourceConfig
    cleaned = clean(Source(Path("stuk.txt"), tuple(split_lines(SCHEME))))
    doc = structure(cleaned, SourceConfig(notes=((1, "The classes of the model publication scheme."),)))
    assert refs(doc) == [1] and doc.note_numbers_without_text() == []
