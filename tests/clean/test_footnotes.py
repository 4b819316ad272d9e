"""Footnotes at a page foot leave the text flow and become the notes; numbered text stays."""
from publish.clean import clean

from clean_helpers import source

PAGES = """Op 1 januari 2020 trad de regeling in werking.1 Met deze regeling wilde de
raad bewoners meer zeggenschap2 geven over het geld in hun eigen buurt, zodat
zij zelf

1 Raadsbesluit van 12 december 2019, nr. 2019-188, Regeling Buurt-
budgetten Amersfoort.
2 Zie art. 12 lid 3 van de Regeling.

3

 konden beslissen over de besteding. Dat gebeurde in alle buurten van de
stad, van het centrum tot Vathorst.
"""


def test_notes_at_a_page_foot_become_notes_and_the_cut_sentence_is_whole_again():
    cleaned = clean(source(PAGES))
    assert cleaned.footnotes == ((1, "Raadsbesluit van 12 december 2019, nr. 2019-188, Regeling Buurtbudgetten "
                                     "Amersfoort."), (2, "Zie art. 12 lid 3 van de Regeling."))
    assert len(cleaned.blocks) == 1
    assert "zodat zij zelf konden beslissen" in cleaned.blocks[0].text
    assert [(c.kind, c.line) for c in cleaned.changes if c.kind == "footnote"] == [("footnote", 5), ("footnote", 7)]


def test_numbered_lines_at_a_page_foot_without_references_stay_text():
    text = PAGES.replace("werking.1", "werking").replace("zeggenschap2", "zeggenschap")
    cleaned = clean(source(text))
    assert cleaned.footnotes == ()
    assert any(b.text.startswith("Zie art. 12") or "Raadsbesluit" in b.text for b in cleaned.blocks)


def test_notes_numbered_again_on_a_later_page_stay_in_the_text():
    cleaned = clean(source(PAGES + "\f" + PAGES))
    assert cleaned.footnotes == ()
    assert sum("Raadsbesluit" in b.text for b in cleaned.blocks) == 2
