"""A table's numbered row that pdftotext reads cell under cell ("11" / "Huurtoeslag" / "0" / "0" /
"0") is no note at a page's foot: its cells stay in the table, and the note of that number is
the one printed later under its marker."""
from publish.clean import clean
from publish.model import NoteRef

from clean_helpers import source

# A Dutch memorandum (2024): tables of incomes whose rows are numbered, the same row number on
# two pages, and the real note 2 on the page after them.
NUMBERED_ROWS = """De regering stelt voor het bedrag ineens te herzien.1 De tabel hieronder toont wat dat betekent
voor drie huishoudens met een aanvullend pensioen, in euro per jaar.

1 Kamerstukken II 2024/25, 36154, nr. 19.

6

\fTabel 2. Effecten bedrag ineens bij een pensioen van 300 euro
Zorgtoeslag
0
0
0
2
Huurtoeslag
0
0
0
Besteedbaar inkomen
33.500
54.900
31.800

Bij een hoger pensioen is het effect groter, zoals de volgende tabel laat zien.

\fTabel 3. Effecten bedrag ineens, bedragen afgerond op honderdtallen
Netto-inkomen
36.300
57.900
34.900
Zorgtoeslag
0
0
0
10=7-8+9 Besteedbaar inkomen
34.200
55.800
32.800
2
Huurtoeslag
0
0
0
Besteedbaar inkomen (incl.
12=10+2
34.200
55.800
32.800
huurtoeslag)

7

\fDe Pensioenfederatie ziet een groot risico voor financieel kwetsbare groepen.2 De leden vragen de
regering om meer uitleg over dit risico en over de communicatie met de burgers die moeten kiezen.

2 Position paper Pensioenfederatie, Wetsvoorstel herziening bedrag ineens, 29 februari 2024.

8
"""

# A note under a table: its lone label under the table's last figure, its text words.
NOTE_UNDER_A_TABLE = """De Pensioenfederatie ziet een groot risico voor financieel kwetsbare groepen.1 De tabel toont
de bedragen voor drie huishoudens met een aanvullend pensioen, in euro per jaar.

Netto-inkomen
36.300
57.900
34.900

1
Nibud, berekeningen voor 2024, bedragen afgerond op honderdtallen, zie de bijlage
bij deze nota.

7

\fDe leden vragen de regering om meer uitleg over dit risico en over de communicatie met de burgers.
"""


def refs(cleaned) -> list[int]:
    return [part.number for block in cleaned.blocks for part in block.inline() if isinstance(part, NoteRef)]


def test_a_tables_numbered_row_is_no_note_and_the_real_note_of_its_number_is_taken():
    cleaned = clean(source(NUMBERED_ROWS))
    assert cleaned.footnotes == ((1, "Kamerstukken II 2024/25, 36154, nr. 19."),
                                 (2, "Position paper Pensioenfederatie, Wetsvoorstel herziening bedrag ineens, "
                                     "29 februari 2024."))
    assert refs(cleaned) == [1, 2]
    table = "\n".join(block.text for block in cleaned.blocks)
    assert "Huurtoeslag" in table and "huurtoeslag)" in table


def test_a_note_under_a_tables_figures_whose_text_is_words_stays_a_note():
    cleaned = clean(source(NOTE_UNDER_A_TABLE))
    assert cleaned.footnotes == ((1, "Nibud, berekeningen voor 2024, bedragen afgerond op honderdtallen, zie de "
                                     "bijlage bij deze nota."),)
    assert refs(cleaned) == [1]


# A club's annual report: a small table of members, then a note made of figures at the page's
# foot (review 26c); the next page opens with a heading.
NOTE_OF_FIGURES = """Het ledental is dit jaar opnieuw gestegen.1 Vooral bij de jeugd kwamen er veel nieuwe leden
bij, dankzij de open dag in het voorjaar en de samenwerking met de basisschool.

Spelend lid
64
Jeugdlid
23

1
Aantal leden op 1 januari:
2021
412
2022
436
2023
451

3

\fFinanciën

De penningmeester presenteert de jaarrekening. Het jaar sluit met een klein overschot.
"""


def test_a_note_made_of_figures_under_a_table_stays_a_note_where_no_text_of_its_number_stands_elsewhere():
    cleaned = clean(source(NOTE_OF_FIGURES))
    assert [number for number, _ in cleaned.footnotes] == [1]
    assert dict(cleaned.footnotes)[1].startswith("Aantal leden op 1 januari:")
    assert refs(cleaned) == [1]
    assert any(block.text.strip() == "Financiën" for block in cleaned.blocks)


def test_a_figure_run_opening_with_a_lead_in_is_no_tables_row_though_its_number_stands_elsewhere():
    text = NOTE_OF_FIGURES + ("\nDe kascommissie keurde de rekening goed.1\n\n"
                              "1 Verslag van de kascommissie, bijlage bij de uitnodiging voor de vergadering.\n")
    assert dict(clean(source(text)).footnotes)[1].startswith("Aantal leden op 1 januari:")


def test_a_figure_run_opening_with_a_source_line_is_no_tables_row_though_its_number_stands_elsewhere():
    text = NOTE_OF_FIGURES.replace("Aantal leden op 1 januari:", "Bron: ledenadministratie") + (
        "\nDe kascommissie keurde de rekening goed.1\n\n"
        "1 Verslag van de kascommissie, bijlage bij de uitnodiging voor de vergadering.\n")
    assert dict(clean(source(text)).footnotes)[1].startswith("Bron: ledenadministratie")
