from pathlib import Path

from publish.clean import clean
from publish.model import Chapter, Document, Metadata, Paragraph, Text
from publish.source import Source, split_lines
from publish.structure import structure
from reading_order import moved_blocks


def _paragraph(text: str, line: int) -> Paragraph:
    return Paragraph((Text(text),), (line, line))


def test_a_block_read_pages_after_where_it_is_printed_is_listed_with_the_distance():
    source = ["Titel", "Begeleider: J. Schipper", "\fEen", "\fTwee", "\fDrie"]
    blocks = (_paragraph("Titel", 1), _paragraph("Een", 3), _paragraph("Twee", 4), _paragraph("Drie", 5),
              _paragraph("Begeleider: J. Schipper", 2))
    document = Document(Metadata(title="Titel"), (Chapter("titel", "Titel", (), blocks, (1, 5)),))
    (moved,) = moved_blocks(document, source)
    assert (moved.line, moved.after, moved.pages, moved.text) == (2, 5, 3, "Begeleider: J. Schipper")
    assert moved_blocks(document, source, min_pages=4) == []


def test_a_signature_amid_a_chapter_is_read_where_it_is_printed():
    text = ("Jaarverslag 2024\n\nVoorwoord\n\nHet jaar begon rustig, maar in het voorjaar kwamen er veel nieuwe "
            "leden bij.\n\nJan de Vries\nvoorzitter\n\fLedenaantal\nDe vereniging telde aan het eind van het jaar "
            "120 leden, tien meer dan daarvoor.\n\n\fFinanciën\nDe kas sloot met een klein overschot, zoals begroot.\n")
    source = tuple(split_lines(text))
    document = structure(clean(Source(Path("stuk.txt"), source)), None, "stuk")
    assert moved_blocks(document, source, min_pages=0) == []
