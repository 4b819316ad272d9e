"""Columns set side by side (pdftotext -layout) read one after the other; tables, a label and its
value, a justified single column, a masthead over the columns and a note under them left as printed."""
from __future__ import annotations

from pathlib import Path

from publish.clean.columns import in_reading_order
from publish.source import Source


def _source(*rows: str) -> Source:
    return Source(Path("columns.txt"), tuple(rows))


def _read(*rows: str) -> list[str]:
    source, _ = in_reading_order(_source(*rows))
    return [line.strip() for line in source.lines]


TWO_COLUMNS_DE = (
    "Jahresrückblick 2023",
    "",
    "Beim Bewerbungsworkshop zu Beginn des Jahres      wurde auch dort gefeiert und ein schöner",
    "haben die Teilnehmer viele nützliche Hilfs-       gemeinsamer Abend verbracht. Eins der",
    "mittel für eine erfolgreiche Bewerbung            größten Projekte dieses Jahr war die",
    "gelernt. Dazu gehörte unter anderem, die          Feier der Fakultät. PeP hat ein großes",
    "eigenen Stärken und Schwächen zu nennen.          Grillen auf der Wiese neben dem Gebäude",
    "Die Absolventenfeier war ein großes und           organisiert, sowie Führungen in den",
    "umfangreiches Ereignis. Trotz der weniger         verschiedenen Laboren koordiniert.",
    "festlich gestalteten Veranstaltung",
)


def test_two_columns_are_read_left_then_right_and_a_sentence_goes_on_over_the_column_break():
    read = _read(*TWO_COLUMNS_DE)
    assert read[:3] == ["Jahresrückblick 2023", "", "Beim Bewerbungsworkshop zu Beginn des Jahres"]
    at = read.index("festlich gestalteten Veranstaltung")
    assert read[at + 1] == "wurde auch dort gefeiert und ein schöner"       # no blank: one paragraph
    assert read[-1] == "verschiedenen Laboren koordiniert."
    _, changes = in_reading_order(_source(*TWO_COLUMNS_DE))
    assert [(change.kind, change.line) for change in changes] == [("columns", 1)]


def test_a_column_ending_its_sentence_is_a_paragraph_apart_from_the_next():
    rows = list(TWO_COLUMNS_DE[:-1])
    rows[-1] = "umfangreiches Ereignis mit vielen Gästen.        verschiedenen Laboren koordiniert."
    read = _read(*rows)
    at = read.index("umfangreiches Ereignis mit vielen Gästen.")
    assert read[at + 1:at + 3] == ["", "wurde auch dort gefeiert und ein schöner"]


def test_a_masthead_atop_the_right_column_is_read_first():
    rows = ("                                                   Daniël & Wilma", "") + TWO_COLUMNS_DE[2:]
    assert _read(*rows)[0] == "Daniël & Wilma"


def test_a_note_under_both_columns_is_read_after_them():
    rows = TWO_COLUMNS_DE[2:-1] + ("", "* Letterlijk: “God begroete u” of “God zij met u”")
    read = _read(*rows)
    assert read[-1] == "* Letterlijk: “God begroete u” of “God zij met u”"
    assert read[-3] == "verschiedenen Laboren koordiniert."


def test_a_minutes_label_and_its_value_stay_on_their_row():
    rows = (
        "35. Agendapunt:        Religie en publiek domein rapport VNG",
        "   Zaak:               Brief van lid/fractie/commissie - Tweede Kamerlid, Griffith",
        "                       L.J. (VVD) - 2 april 2009, over de stand van zaken",
        "   Besluit:            ministers BZK en WWI verzoeken om een kabinetsreactie op",
        "                       het rapport, en om een reactie op de brief van",
        "   Volgcommissie(s):   WWI, JUST",
        "   Noot:               Besluit: op korte termijn wordt een bijeenkomst gepland",
        "                       om onder andere het programma vast te stellen",
        "   Zaak:               Brief van de minister over de gang van zaken",
    )
    source, changes = in_reading_order(_source(*rows))
    assert source.lines == rows and changes == ()


def test_a_table_of_several_cells_a_row_stays():
    rows = (
        "Activity                  Who                     When               Where",
        "Opening of the meeting    the chair and the       at ten o'clock     in the large hall",
        "coffee and tea            secretary of the        in the morning     of the village",
        "Reports of the groups     each group in turn      after the break    in the small room",
        "walking and cycling       and their members       until the lunch    of the church",
        "Lunch for all members     the catering team       at noon and after  in the garden room",
        "and their guests          of the village hall     the meeting        of the school",
    )
    source, changes = in_reading_order(_source(*rows))
    assert source.lines == rows and changes == ()


def test_a_justified_single_column_with_wide_spaces_stays():
    """Rivers of spaces in one column: a line's left part goes on in its right part, not in the
    left part under it, and the spaces are no gutter on every row."""
    rows = (
        "       een jaar de smartvallen uitgerold over de stad. In de           praktijk betekent dit dat een grote",
        "       hoeveelheid vallen wordt geplaatst in het riool in een           wijk om de aanwezige",
        "       rattenpopulatie te decimeren.    Hierna   zal een    aantal    vallen  blijven staan (gatekeepers)",
        "       om de dan aanwezige      populatie  in de  hand   te  houden.       De vallen die dan worden",
        "       verwijderd  worden  in een  volgende wijk ingezet. Door           deze   methodiek is de gehele",
        "       stad binnen enkele jaren van de ergste overlast af, zo is de       verwachting van de gemeente.",
    )
    source, changes = in_reading_order(_source(*rows))
    assert source.lines == rows and changes == ()


def test_a_definition_list_a_term_and_its_description_stays():
    rows = (
        "    contact                              Persoon die binnen de besmettelijke periode van index case",
        "                                         relevante blootstelling heeft gehad. Contacten worden",
        "                                         onderscheiden in drie categorieën: huisgenoten, overige",
        "    contactcode                          Een unieke, anonieme code die de app genereert en",
        "                                         meermaals per dag wijzigt, als basis voor het",
        "    index case                           Persoon die positief getest is op het virus en",
        "                                         die de app gebruikt om anderen te waarschuwen",
        "    melding                              Een bericht dat de app toont aan een gebruiker",
        "                                         die in de buurt van een index case is geweest",
        "    risicoscore                          Een getal dat de app berekent uit de duur en",
        "                                         de afstand van een contactmoment met iemand",
    )
    source, changes = in_reading_order(_source(*rows))
    assert source.lines == rows and changes == ()


def test_a_text_without_columns_is_the_same_source():
    source = _source("Le conseil municipal s'est réuni le 3 mars.", "", "Étaient présents : M. Dupont, Mme Martin.")
    assert in_reading_order(source) == (source, ())
