"""Printed columns side by side on the lines of a -layout text (publish.source.columns_side_by_side):
found where a page's two columns of running text stand on the same lines, and nowhere else - not
in a table's few rows, a letterhead, a form, indented paragraphs or a programme."""
from publish.model import SideBySide
from publish.source import columns_side_by_side


def beside(left: list[str], right: list[str], at: int = 52) -> list[str]:
    """Two columns as pdftotext -layout sets them: each line of the right one from column `at`."""
    return [f"{one:<{at}}{two}".rstrip() for one, two in zip(left, right)]


# A page of a club's year review in two columns (Dutch), read across by anyone reading its lines.
REVIEW_LEFT = ["Het afgelopen jaar was voor onze vereniging een",
               "bijzonder jaar, met veel nieuwe leden en een",
               "drukbezochte open dag in het voorjaar. Daarnaast",
               "hebben we samen met de gemeente gewerkt aan een",
               "nieuw speelveld achter het clubhuis, dat in de",
               "zomer officieel werd geopend door de wethouder.",
               "Ook de jeugdafdeling groeide flink dit jaar,",
               "dankzij de inzet van vele vrijwilligers die elke"]
REVIEW_RIGHT = ["zaterdag klaarstonden om de trainingen te geven.",
                "Het bestuur wil iedereen hartelijk bedanken voor",
                "de steun en het vertrouwen. In het najaar volgde",
                "een ledenvergadering waarin de nieuwe begroting",
                "werd besproken en met grote meerderheid werd",
                "aangenomen. Voor het komende jaar staan er weer",
                "veel activiteiten op het programma, waaronder een",
                "toernooi en een uitwisseling met een club uit Gent."]


def test_two_columns_of_running_text_side_by_side_are_found_with_their_page_and_lines():
    page = ["Jaaroverzicht 2023", "", *beside(REVIEW_LEFT, REVIEW_RIGHT)]
    assert columns_side_by_side(["Voorwoord", "Een korte inleiding.", "\fInhoud", *page]) == \
        SideBySide(page=2, lines=(6, 13))


def test_columns_whose_lines_do_not_meet_are_found_between_lines_of_one_column_alone():
    """The columns' baselines need not meet: pdftotext sets a line of one column alone between
    lines holding both (German; the right column drifts by a character)."""
    lines = ["Liebe Studierende, liebe Alumni,                        wurde auch dort gefeiert und ein schöner",
             "                                                        gemeinsamer Abend verbracht.",
             "ein ereignisreiches und erfolgreiches Jahr 2023 liegt   Eins der größten außerregulären Projekte",
             "hinter uns, mit vielen großen, kleinen und zum Teil      dieses Jahres war die Feier der Fakultät,",
             "einzigartigen Ereignissen und Projekten, über die wir   bei der wir ein großes Grillen auf der",
             "hier berichten.",
             "                                                        Wiese neben dem Seminargebäude und",
             "Beim Bewerbungsworkshop zu Beginn des Jahres haben     Führungen in den Laboren der Gruppen",
             "die Teilnehmer:innen viele nützliche Hilfsmittel für    organisiert haben. So wurden die Gäste",
             "eine erfolgreiche Bewerbung gelernt, dazu gehörte      nicht nur verpflegt, sondern auch ein"]
    assert columns_side_by_side(lines) == SideBySide(page=1, lines=(1, 10))


def test_a_single_column_text_has_no_columns_side_by_side():
    assert columns_side_by_side(REVIEW_LEFT + REVIEW_RIGHT) is None


def test_a_two_column_table_of_five_rows_is_not_columns_side_by_side():
    """Running text in both cells, but five rows: a table, not a column down the page."""
    table = beside(["Verslag van de vorige vergadering", "de begroting voor het komende jaar",
                    "het jaarverslag van de secretaris", "de benoeming van een nieuwe penningmeester",
                    "de datum van de volgende vergadering"],
                   ["wordt zonder wijzigingen vastgesteld", "wordt na een korte discussie aangenomen",
                    "wordt met dank aan de secretaris goedgekeurd", "wordt unaniem door de leden aanvaard",
                    "wordt later per mail aan iedereen bekendgemaakt"])
    assert columns_side_by_side(["Besluitenlijst", "", *table, "", *REVIEW_LEFT]) is None


def test_a_letterhead_beside_its_date_is_not_columns_side_by_side():
    letterhead = beside(["Stichting Vrienden van het Museum", "Postbus 1234", "1000 AB Amsterdam",
                         "info@vriendenvanhetmuseum.nl"],
                        ["Amsterdam, 12 maart 2024", "Ons kenmerk: VR/2024/031", "Uw brief van 3 maart 2024",
                         "Behandeld door mevrouw J. de Vries"])
    assert columns_side_by_side([*letterhead, "", "Geachte heer Jansen,", "", *REVIEW_LEFT]) is None


def test_a_form_of_fields_in_two_columns_is_not_columns_side_by_side():
    """Eight rows of two fields each with words enough, but labels start with capitals."""
    labels = ["Naam van de aanvrager", "Adres van de aanvrager", "Naam van de vereniging", "Aantal leden van de club",
              "Naam van de contactpersoon", "Telefoon van de contactpersoon", "Doel van de aanvraag",
              "Bedrag van de aanvraag"]
    others = ["Datum van de aanvraag", "Handtekening van de aanvrager", "Nummer bij de Kamer van Koophandel",
              "Datum van de oprichting", "Functie in het bestuur", "Adres voor de post", "Datum van de activiteit",
              "Eigen bijdrage van de club"]
    form = beside([f"{label}: ______________" for label in labels], [f"{other}: ________" for other in others])
    assert columns_side_by_side(form) is None


def test_indented_paragraphs_of_a_layout_text_are_not_columns_side_by_side():
    text = ["1.   Inleiding",
            "     De gemeente heeft in 2023 besloten om een nieuw beleid op te stellen voor de",
            "     openbare ruimte. Dit beleid moet ervoor zorgen dat pleinen, parken en straten",
            "     beter aansluiten bij wat bewoners nodig hebben.",
            "          Het college heeft daarvoor een werkgroep ingesteld, die in het voorjaar",
            "          met bewoners in gesprek is gegaan over hun wensen en zorgen.",
            "2.   Werkwijze",
            "     De werkgroep kwam zes keer bijeen en sprak met bewoners, ondernemers en",
            "     scholen in alle wijken van de gemeente."] * 2
    assert columns_side_by_side(text) is None


def test_a_programme_of_times_and_items_is_not_columns_side_by_side():
    """Times beside items, and a morning beside an afternoon: items start with capitals or figures."""
    items = ["Ontvangst met koffie en thee", "Welkom door de voorzitter van de stichting",
             "Lezing over de geschiedenis van de kerk", "Pauze met een kleine lunch in de foyer",
             "Rondleiding door de toren en het orgel", "Concert door het koor van de parochie",
             "Afsluiting met een borrel in de tuin", "Einde van het programma voor de gasten"]
    times = beside([f"{9 + hour}.00 uur" for hour in range(8)], items, at=20)
    day = beside([f"{9 + hour}.00  {item}" for hour, item in enumerate(items)],
                 [f"{13 + hour}.30  {item}" for hour, item in enumerate(reversed(items))])
    assert columns_side_by_side(times) is None and columns_side_by_side(day) is None
