"""The contents, the EPUB's navigation and the title metadata show a heading as plain text: a
marker whose note has no text keeps its figure there as the body prints it ("Class1 – Who we
are", not "Class – Who we are"); a marker with a note stays out of them."""
from pathlib import Path

from bs4 import BeautifulSoup

from publish.clean import clean
from publish.config import SourceConfig
from publish.model import Chapter, Document, Heading, Metadata, Note, NoteRef, Paragraph, Text
from publish.render.html import render_html
from publish.render.view import document as view_document
from publish.source import Source, split_lines
from publish.structure import structure

# A parish council's publication scheme (no notes): the first class's space lost in the text
# layer, so the cleaner read its number as note 1's marker.
SCHEME = """Publication scheme of the parish council

Class1 - Who we are and what we do

Who is who on the council and its committees, and where we meet. Copies are free.

Class 2 - What we spend and how we spend it

The annual return and the budget of the current and previous financial year.
"""


def built(text: str, config: SourceConfig | None = None) -> Document:
    return structure(clean(Source(Path("stuk.txt"), tuple(split_lines(text)))), config)


def contents(doc: Document) -> list[str]:
    page = BeautifulSoup(render_html(doc), "html.parser")
    return [link.get_text() for link in page.select("nav a, .toc a, a.toc-title")]


def test_a_titles_marker_without_a_note_keeps_its_figure_in_the_contents():
    doc = built(SCHEME)
    assert doc.note_numbers_without_text() == [1]          # still a superscript in the body
    assert "Class1 – Who we are and what we do" in contents(doc)
    assert view_document(doc)["chapters"][0]["title"] == "Class1 – Who we are and what we do"


def test_a_titles_marker_with_a_note_stays_out_of_the_contents():
    doc = built(SCHEME, SourceConfig(notes=((1, "The classes of the model publication scheme."),)))
    assert "Class – Who we are and what we do" in contents(doc)
    assert view_document(doc)["chapters"][0]["title"] == "Class – Who we are and what we do"


def dutch_report(notes: tuple[Note, ...]) -> Document:
    """A Dutch report whose section heading 'Model5 van de regeling' carries a marker, and whose
    title 'Jaarverslag 2024' one after 'Jaarverslag'."""
    heading = Heading(2, (Text("Model"), NoteRef(5), Text(" van de regeling")), (3, 3))
    body = Paragraph((Text("De raad stelde het model vast."),), (5, 5))
    return Document(metadata=Metadata(title="Jaarverslag 2024", language="nl"), notes=notes,
                    chapters=(Chapter("inleiding", "Inleiding", (), (heading, body), (1, 5)),),
                    title_refs=((len("Jaarverslag"), 2),))


def test_a_sections_and_the_documents_marker_without_a_note_keep_their_figures():
    view = view_document(dutch_report(()))
    assert [section["title"] for section in view["chapters"][0]["sections"]] == ["Model5 van de regeling"]
    assert view["title"] == "Jaarverslag2 2024"


def test_a_sections_and_the_documents_marker_with_a_note_stay_out():
    notes = (Note(2, (Text("Vastgesteld op 12 maart 2025."),)), Note(5, (Text("Bijlage 2 bij het besluit."),)))
    view = view_document(dutch_report(notes))
    assert [section["title"] for section in view["chapters"][0]["sections"]] == ["Model van de regeling"]
    assert view["title"] == "Jaarverslag 2024"


def test_a_marker_whose_numbering_counts_on_stays_out_though_its_note_text_was_lost():
    """Notes 1, 2, 4 and 5 have their texts; the heading 'Activiteiten3' carries note 3's marker,
    whose text the text layer lost: the numbering shows a real note, so the contents read
    'Activiteiten', not 'Activiteiten3' (a screen reader would say "Activiteiten drie")."""
    def marked(number: int, line: int) -> Paragraph:
        return Paragraph((Text("Zie de bijlage."), NoteRef(number)), (line, line))
    heading = Heading(2, (Text("Activiteiten"), NoteRef(3)), (4, 4))
    blocks = (marked(1, 2), marked(2, 3), heading, marked(4, 5), marked(5, 6))
    notes = tuple(Note(number, (Text("Bron: ledenadministratie."),)) for number in (1, 2, 4, 5))
    doc = Document(metadata=Metadata(title="Jaarverslag", language="nl"), notes=notes,
                   chapters=(Chapter("verslag", "Verslag", (), blocks, (1, 6)),))
    assert doc.note_numbers_without_text() == [3]
    assert [section["title"] for section in view_document(doc)["chapters"][0]["sections"]] == ["Activiteiten"]
