"""Paragraphs rejoined across page and column breaks (publish.clean.paragraphs)."""
from publish.clean import clean

from clean_helpers import source

WIDE = "Dit is een regel die de hele kolom van de tekst vult en"


def blocks(text):
    return clean(source(text)).blocks


def test_a_headline_atop_the_page_inside_a_bracketed_sentence_is_set_after_its_paragraph():
    """A page's headline and its subtitle, read out by the text layer before the rest of a
    sentence the page break cut: the line under them closes the bracket the page's last line left
    open, so it goes on from that line, not from the subtitle.  Without the bracket to tell, the
    headline stays where it stands."""
    text = (f"{WIDE}\nBuurman Piet heeft zijn kippenhok (zo groot als een\n\n"
            "\fU-ZON\nHet alternatief voor zonnepanelen op maat\nhele achtertuin) zo gebouwd dat de buren "
            "eieren pakken.\n\nEen nieuwe alinea begint hier en eindigt.\n")
    got = [b.text for b in blocks(text)]
    assert got[0] == (f"{WIDE} Buurman Piet heeft zijn kippenhok (zo groot als een hele achtertuin) zo gebouwd "
                      "dat de buren eieren pakken.")
    assert "U-ZON" in got[1] and got[-1] == "Een nieuwe alinea begint hier en eindigt."
    for kept in (text.replace("(zo groot als een", "zo groot als een").replace("achtertuin)", "achtertuin"),
                 text.replace("Het alternatief", "(Het alternatief")):
        joined = " ".join(b.text for b in blocks(kept))
        assert joined.index("U-ZON") < joined.index("hele achtertuin")
