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


# Tables, glossaries, definitions, a programme, minutes and verse: two runs of running text on
# six lines or more, many starting lower case, but each line read in the right order (term, then
# definition): their lines end where their sense ends, not at a column's width.
DECISIONS = beside(["Verslag van de vorige vergadering", "de begroting voor het komende jaar",
                    "het jaarverslag van de secretaris", "de benoeming van een nieuwe penningmeester",
                    "de datum van de volgende vergadering", "het voorstel voor een hogere contributie"],
                   ["wordt zonder wijzigingen vastgesteld", "wordt na een korte discussie aangenomen",
                    "wordt met dank aan de secretaris goedgekeurd", "wordt unaniem door de leden aanvaard",
                    "wordt later per mail aan iedereen bekendgemaakt",
                    "wordt naar de volgende vergadering verschoven"], at=49)
GLOSSARY = beside(["code of conduct", "", "conflict of interest", "", "terms of reference", "point of contact",
                   "right of way", "chain of custody", "", "freedom of information", "", "annual general meeting"],
                  ["a set of rules on how members of the board behave", "towards each other and the public",
                   "a situation in which a trustee could gain from a", "decision of the board",
                   "the document that sets out what a working group does",
                   "the person who answers questions from the public",
                   "a path over private land that anyone may use on foot",
                   "the record of who held a document or object and when,", "so that it can be trusted later",
                   "the right to ask a public body for the information it", "holds, within set limits",
                   "the meeting of all members held once a year"], at=26)
DEFINITIONS = beside(["a. de algemene vergadering:", "b. het dagelijks bestuur:", "", "c. de raad van toezicht:",
                      "d. een buitengewoon lid:", "", "e. het huishoudelijk reglement:", "",
                      "f. de schriftelijke stemming:", "g. de jaarlijkse contributie:", ""],
                     ["de vergadering van alle leden van de vereniging;",
                      "de voorzitter, de secretaris en de penningmeester", "samen;",
                      "het orgaan dat toezicht houdt op het bestuur;",
                      "een lid dat geen stemrecht heeft in de algemene", "vergadering;",
                      "de regels die de algemene vergadering vaststelt", "naast deze statuten;",
                      "een stemming per brief of per e-mail;",
                      "het bedrag dat een lid per jaar aan de vereniging", "betaalt."], at=35)
ROOMS = beside(["Ontvangst met koffie en thee", "Welkom door de voorzitter",
                "Lezing over de geschiedenis van de kerk", "Workshop schrijven voor het web",
                "Workshop fotograferen met de telefoon", "Lunch met soep en broodjes", "Rondleiding door de toren",
                "Afsluiting met een borrel"],
               ["in de grote hal bij de ingang", "in de aula op de eerste verdieping",
                "in de aula op de eerste verdieping", "in lokaal 2 naast de bibliotheek",
                "in lokaal 3 achter de kantine", "in de kantine op de begane grond",
                "verzamelen bij de trap naar de toren", "in de tuin of bij regen in de hal"], at=45)
ACTIONS = beside(["De notulen worden ongewijzigd vastgesteld.", "De kascommissie heeft de stukken nog niet gezien.",
                  "Het nieuwe rooster wordt later besproken.", "De website moet vernieuwd worden.",
                  "Er is behoefte aan meer vrijwilligers.", "De jubileumviering is in oktober."],
                 ["geen actie nodig voor dit punt", "penningmeester stuurt de stukken",
                  "secretaris zet het op de agenda", "werkgroep maakt een plan voor juni",
                  "voorzitter schrijft een oproep", "commissie zoekt een geschikte zaal"], at=56)
VERSE = beside(["Wat sta je daar, mijn lieve vriend, zo stil", "En zeg je niets van wat je hart bezwaart?",
                "Ik weet het niet, de wind is koud en kil,", "De zomer ging, de herfst heeft ons gespaard.",
                "Kom zit bij mij, het vuur is nog niet uit,", "Ik hoor de regen tikken op de ruit."],
               ["hij kijkt naar buiten", "zij komt dichterbij", "hij draait zich om naar haar",
                "een stilte in de kamer", "zij wijst naar de haard", "ze gaan samen zitten"], at=50)


def test_tables_glossaries_definitions_programmes_minutes_and_verse_are_not_columns_side_by_side():
    """Each has six lines or more of two runs of running text, many starting lower case."""
    for table in (DECISIONS, GLOSSARY, DEFINITIONS, ROOMS, ACTIONS, VERSE):
        assert columns_side_by_side(["Besluitenlijst", "", *table]) is None, table[0]


def test_columns_whose_lines_end_in_hyphens_at_the_gutter_are_found():
    """Narrow German columns broken by their width, often inside a word."""
    left = ["Die Jahresversammlung des", "Fördervereins fand im Ge‐", "meindehaus statt. Der Vorsit‐",
            "zende begrüßte zahlreiche", "Mitglieder und Gäste. Nach", "dem Kassenbericht wurde der",
            "Vorstand einstimmig entlastet."]
    right = ["Die Beitragserhöhung wurde", "nach kurzer Diskussion be‐", "schlossen. Anschließend be‐",
             "richtete die Jugendabteilung", "über ihre Aktivitäten im ver‐", "gangenen Jahr. Danach folgte",
             "die Wahl des neuen Vorstands."]
    assert columns_side_by_side(beside(left, right, at=33)) == SideBySide(page=1, lines=(1, 7))


def test_a_column_holding_a_bullet_list_beside_running_text_is_found():
    """The list's items end where they end; the running text beside it and around it is broken
    by the column's width (pdftotext -layout of an A5 page in two columns, German)."""
    lines = ["    • Wanderung im Schwarz‐            zember",
             "      wald",
             "    • Besuch beim Partnerver‐    Die Jahresversammlung des",
             "      ein                        Fördervereins fand im Ge‐",
             "    • Fahrradtour an der Ruhr    meindehaus statt. Der Vorsit‐",
             "    • Grillabend am Vereins‐     zende begrüßte zahlreiche",
             "      heim                       Mitglieder und Gäste. Nach",
             "    • Weihnachtsfeier im De‐     dem Kassenbericht wurde der",
             "      zember                     Vorstand einstimmig entlastet.",
             "                                 Die Beitragserhöhung wurde",
             "Die Jahresversammlung des        nach kurzer Diskussion be‐",
             "Fördervereins fand im Ge‐        schlossen. Anschließend be‐",
             "meindehaus statt. Der Vorsit‐    richtete die Jugendabteilung",
             "zende begrüßte zahlreiche        über ihre Aktivitäten im ver‐",
             "Mitglieder und Gäste. Nach       gangenen Jahr."]
    assert columns_side_by_side(lines) == SideBySide(page=1, lines=(3, 14))


# A table's cells running on beside another column's cell (publish.source._cells_run_on): the
# -layout text of a publication scheme's charges (English), where reading the lines in turn reads
# into the next cells before the first one ends ("Photocopying @ 10p per Actual cost sheet (colour)").
SCHEME = ["TYPE OF CHARGE             DESCRIPTION                 BASIS OF CHARGE",
          "Disbursement cost          Photocopying @ 10p per      Actual cost *",
          "                           sheet (black & white)",
          "                           Photocopying @ 10p per      Actual cost",
          "                           sheet (colour)",
          "",
          "                           Postage                     Actual cost of Royal Mail"]


def test_a_tables_cells_running_on_beside_another_columns_cell_are_found_every_one():
    assert columns_side_by_side(SCHEME) == SideBySide(page=1, lines=(2, 3), cells_run_on=((1, 2), (1, 4)))


def test_cells_running_on_in_a_dutch_action_list_are_found_a_german_price_lists_nouns_missed():
    """The action list's cells end mid-phrase ("hoe", "alle"); the price list's first cell ends on a
    noun ("des Gemeinderats"), as a name over its office does: left out, so only one cell of it is
    found, too few (a miss the README names)."""
    actions = ["Nr    Actie                                            Wie        Status",
               "03    Grote berichten: als we het introduceren, hoe     Logius     open",
               "      positioneren we het naast ons huidige stelsel",
               "08    Uitfaseren WUS. Communicatie: hoe krijg je alle   Peter      open",
               "      basisregistraties op tijd geïnformeerd"]
    prices = ["Leistung                                          Preis",
              "Kopien der Sitzungsprotokolle des Gemeinderats    0,10 Euro je Seite",
              "und der Ausschüsse",
              "Kopien der Haushaltssatzung für das Jahr mit      0,10 Euro je Seite",
              "ihren Anlagen und Plänen"]
    assert columns_side_by_side(actions) == SideBySide(page=1, lines=(2, 3), cells_run_on=((1, 2), (1, 4)))
    assert columns_side_by_side(prices) is None


def test_one_cell_running_on_is_not_evidence_enough():
    assert columns_side_by_side(SCHEME[:4]) is None


def test_rows_of_glossaries_action_lists_and_forms_opening_in_lower_case_are_no_cells_running_on():
    """Each row fits its line; the next row opens in lower case, as all of the table's rows do
    (review 26a: Dutch and English glossaries, a Dutch action list, a French task table, a Dutch
    form), and an action list with a row whose other cells are empty."""
    glossary = ["Begrippenlijst",
                "",
                "aanvullende pensioenregeling Regeling die bovenop de AOW komt.",
                "bedrag ineens                  Een deel van het pensioen in één keer opnemen.",
                "collectieve waardeoverdracht   Overdracht van alle pensioenen naar een ander fonds.",
                "deelnemer                      Wie pensioen opbouwt bij het fonds.",
                "hoog-laagconstructie           Eerst een hoger, later een lager pensioen.",
                "partnerpensioen                Pensioen voor de partner na overlijden."]
    english = ["annual general meeting   The yearly meeting of all members.",
               "bylaws                   Rules of the society adopted by members.",
               "executive committee      Chair, secretary and treasurer together.",
               "plot holder              A member who rents one or more plots.",
               "waiting list             Names of people who would like a plot."]
    actions = ["Actie                                      Wie       Wanneer",
               "offerte opvragen bij drie aannemers        Jan       1 mei",
               "notulen rondsturen naar alle leden         Petra     15 april",
               "zaal reserveren voor de jaarvergadering    Kees      1 juni",
               "nieuwe leden welkom heten per brief        Ans       doorlopend"]
    gaps = ["Actie                                      Wie       Wanneer",
            "offerte opvragen bij drie aannemers        Jan       1 mei",
            "notulen rondsturen naar alle leden",
            "zaal reserveren voor de jaarvergadering    Kees      1 juni",
            "nieuwe leden welkom heten per brief"]
    tasks = ["Tâche                                    Qui       Quand",
             "réserver la salle des fêtes du village   Marie     12 mars",
             "envoyer les invitations aux adhérents    Paul      20 mars",
             "commander le buffet chez le traiteur     Sophie    1 avril",
             "préparer le bilan financier de l’année   Luc       5 avril"]
    form = ["naam van de aanvrager       Jan de Vries",
            "adres en woonplaats         Dorpsstraat 1, Oud-Beijerland",
            "datum van de aanvraag       12 maart 2024",
            "handtekening van de aanvrager"]
    for text in (glossary, english, actions, gaps, tasks, form):
        assert columns_side_by_side(text) is None, text[1]


def test_justified_lines_with_one_wide_gap_are_no_table():
    """A justified line's one wide word space before a noun (German, English) stands at a column
    no other line shares: no table's rows (review 26a)."""
    german = ["das Sommerfest im Pfarrgarten war ein voller Erfolg: mehr als zweihundert Gäste",
              "kamen zu uns. Im vergangenen Jahr hat der Verein zahlreiche   Veranstaltungen   für",
              "seine Mitglieder organisiert.",
              "",
              "Nach der Jahreshauptversammlung wurde in der Gaststätte noch    Kaffee    und Kuchen",
              "gereicht."]
    english = ["The meeting then discussed at length the proposal from the    Parish    Council",
               "at some length.",
               "",
               "After the break the treasurer presented the accounts of the    Village    Hall",
               "and its garden."]
    assert columns_side_by_side(german) is None and columns_side_by_side(english) is None


def test_addresses_letterheads_and_a_programme_side_by_side_are_no_cells_running_on():
    """Two addresses side by side, a letterhead repeated with its page number beside it, a
    programme's day over its time beside the event over its place (review 26a)."""
    addresses = ["Gemeente Amsterdam-Noord         Mevrouw J. Jansen",
                 "van der Pekstraat 12             Dorpsstraat 1",
                 "1031 CN Amsterdam                1234 AB Ons Dorp",
                 "",
                 "Gemeente Amsterdam-Noord         Mevrouw J. Jansen",
                 "van der Pekstraat 12             Dorpsstraat 1"]
    letterhead = ["Vereniging Dorpsbelang Oud-Beijerland   Oud-Beijerland, 12 maart 2024",
                  "van Heemskerckstraat 12",
                  "",
                  "Geachte leden,",
                  "\fVereniging Dorpsbelang Oud-Beijerland   Pagina 2",
                  "van Heemskerckstraat 12"]
    programme = ["Saturday 14 September    Heritage Day",
                 "all day                  The Old Mill",
                 "Sunday 15 September      Cycling tour of the churches",
                 "from 10 a.m.             Village Green"]
    for text in (addresses, letterhead, programme):
        assert columns_side_by_side(text) is None, text[0]


def test_a_capital_outside_a_z_is_no_cell_going_on():
    """"Œuvres", "Łódź" open with capitals: a cell's next line opening with one starts a new
    thought, as a Latin capital's does (the rule does not take capitals for lower case)."""
    catalogue = ["Titre                                 Éditeur       Année",
                 "Catalogue des éditions complètes de   Gallimard     1950",
                 "Œuvres de jeunesse et inédits",
                 "Correspondance choisie avec ses       Plon          1962",
                 "Œuvres posthumes"]
    assert columns_side_by_side(catalogue) is None


def test_tables_programmes_letterheads_and_verse_read_in_order_are_no_cells_running_on():
    """Each has a run with another beside it and a lower-case line under it, read in order: a
    last column wrapping (programme, glossary, minutes), a name over an address beside a date far
    off, numbers beside verse, a version table's rows, a statute's numbered articles."""
    programme = ["10.00 uur    Ontvangst met koffie en thee in de grote",
                 "             zaal van het dorpshuis",
                 "10.30 uur    Welkom door de voorzitter van de stichting",
                 "             en de wethouder van cultuur"]
    letterhead = ["Mevrouw J. de Vries                          Utrecht, 12 maart 2024",
                  "van Lennepstraat 4                           Ons kenmerk: VR/2024/031",
                  "Gemeente Den Haag                            Datum: 3 mei 2024",
                  "afdeling Burgerzaken"]
    verse = ["Wat sta je daar, mijn lieve vriend, zo stil        5",
             "en zeg je niets van wat je hart bezwaart?",
             "Ik weet het niet, de wind is koud en kil,          10",
             "de zomer ging, de herfst heeft ons gespaard."]
    versions = ["v0.2      18 mei 2020   tekstuele aanvullingen, scenario's",
                "v0.3      18 mei 2020   interne review",
                "v0.4      19 mei 2020   schriftelijke review werkgroep verwerkt"]
    statute = ["   i.   Der Verein trägt den Namen de-RSE e.V.",
               "  ii.   de-RSE hat seinen Sitz in Berlin.",
               " iii.   Er ist in das Vereinsregister eingetragen."]
    for text in (programme, letterhead, verse, versions, statute, GLOSSARY, DEFINITIONS):
        assert columns_side_by_side(text) is None, text[0]


def test_justified_text_and_text_around_a_picture_are_no_cells_running_on():
    """A justified line's wide word spaces part it into runs, and a line around a picture goes on
    beside it in the same sentence (Dutch, French): read across, they read right."""
    justified = ["       Dit betekent dat        voor   de    komende       jaren    de   extra   financiën",
                 "       uitzien als volgt, zonder dat de gemeente daarvoor extra middelen vraagt.",
                 "       en bestendigheid tegen corrosie.     Rioolvallen staan gedurende het gebruik",
                 "       aan zuren en micro-organismen blootgesteld.   Door het klimaat in het riool"]
    around = ["Nous avons posé les nouveaux pièges dans la           ville en une seule fois,",
              "rue principale et dans les rues voisines du           quartier de la gare.",
              "Le conseil municipal a décidé en mars de              poursuivre le projet,",
              "lancer une deuxième phase dans le quartier            nord de la ville."]
    assert columns_side_by_side(justified) is None and columns_side_by_side(around) is None


def test_signatures_side_by_side_and_a_price_list_of_whole_rows_are_no_cells_running_on():
    """Names over their offices beside each other (the office is no sentence going on: it fits
    under the name), and a price list whose rows each fit their line (English, French)."""
    signatures = ["Jan de Vries                     Piet Jansen",
                  "voorzitter                       secretaris",
                  "Marie-Claire Dubois              Jean-Luc Martin",
                  "présidente de l’association      trésorier de l’association"]
    prices = ["Photocopying, black and white          10p per sheet",
              "Photocopying, colour                   50p per sheet",
              "Postage at cost of Royal Mail          actual cost",
              "Copies of the minutes on disk          free of charge"]
    assert columns_side_by_side(signatures) is None and columns_side_by_side(prices) is None


def test_running_text_beside_letterheads_programmes_tables_signatures_notes_and_page_numbers_is_read_in_order():
    """Running text broken by its width, but what stands beside it is no column of its own read across:
    a letterhead's date and reference (Dutch), a programme's times or dates (English), a marginal note and a
    page number (German, Dutch), a footnote area (English), signatures (French), verse with its line
    numbers (English); a table whose lines of whole sentences are as long as its column (German), and
    a glossary whose definitions run on under themselves, their terms beside their first lines only
    (English): the definitions' sentences go on where no other column's text stands between."""
    letter = ["Aan de leden van de vereniging                  Vereniging Dorpsbelang Oosterend",
              "en de vrienden van het dorpshuis                Secretariaat: de heer P. de Vries",
              "in Oosterend en omgeving                        Kerkstraat 12, 8888 AB Oosterend",
              "                                                secretaris@dorpsbelang-oosterend.nl",
              "                                                Oosterend, 3 maart 2025",
              "Beste leden,                                    Ons kenmerk: DB/2025/014",
              "",
              "Hierbij nodigen wij u van harte uit voor de algemene ledenvergadering. Wij bespreken",
              "onder meer het plan voor het nieuwe speelveld en de begroting voor het komende jaar.",
              "Na de pauze kiezen wij een nieuwe penningmeester. Wij hopen u te zien."]
    programme = ["09.30   Welcome by the chair of the society. Coffee and tea are",
                 "        served in the hall before the first talk begins.",
                 "10.00   The history of the parish church, with slides of the old",
                 "        tower. Questions are welcome after the talk.",
                 "11.00   A walk round the churchyard, led by the churchwarden; we",
                 "        meet at the south porch. Boots are advised."]
    events = ["Saturday 12 May at 10 am     The spring fair on the green. There will be stalls with",
              "                             cakes, plants and books, and a tombola for the children.",
              "Sunday 13 May at 3 pm        A concert by the village choir in the church. Tickets",
              "                             are sold at the door; the money goes to the roof fund.",
              "Friday 18 May at 8 pm        The annual quiz in the village hall. Teams of four may",
              "                             enter on the night. Bring your own drinks and snacks.",
              "Saturday 26 May at 9 am      A walk along the river to the old mill. We meet at the",
              "                             church gate. Dogs on a lead are welcome on the walk."]
    report = ["Die Jahresversammlung fand am 12. März im Gemeindehaus statt.    Siehe auch",
              "Der Vorsitzende begrüßte die Mitglieder und dankte allen Helfern   den Bericht",
              "für ihre Arbeit im vergangenen Jahr. Danach trug die Kassiererin  der Kasse.",
              "den Kassenbericht vor, der ohne Einwände angenommen wurde. Die",
              "Versammlung entlastete den Vorstand einstimmig und wählte zwei",
              "neue Beisitzer. Der nächste Termin wird noch bekanntgegeben."]
    folio = ["De gemeente heeft in 2023 besloten om een nieuw beleid op te stellen voor de",
             "openbare ruimte. Dit beleid moet ervoor zorgen dat pleinen en parken beter",
             "aansluiten bij wat bewoners nodig hebben. Het college heeft daarvoor een                 12",
             "werkgroep ingesteld. Die sprak in het voorjaar met bewoners over hun wensen."]
    footnotes = ["The council agreed to the new plan for the village green after a long debate. The",
                 "clerk will write to the residents of Church Lane before the work begins.",
                 "",
                 "1    The plan was first put to the council in March 2023 and then sent out for",
                 "     comment to all households in the parish. Replies are kept by the clerk.",
                 "2    See the minutes of the meeting of 4 May 2023, item 7, for the earlier debate",
                 "     on the cost of the work. The figures there were later corrected."]
    signatures = ["Nous vous remercions de votre confiance et vous prions d’agréer nos salutations",
                  "les meilleures. Le bureau se tient à votre disposition.",
                  "",
                  "Marie-Claire Dubois                         Jean-Luc Martin",
                  "présidente de l’association des amis        trésorier de l’association des amis",
                  "du musée de la ville                        du musée de la ville"]
    verse = ["Whose woods these are I think I know, his house is in the village      5",
             "though. He will not see me stopping here to watch his woods fill",
             "up with snow. My little horse must think it queer to stop without      10",
             "a farmhouse near. Between the woods and frozen lake, the darkest"]
    table = beside(["Das Protokoll wird genehmigt. Es gibt keine Einwände.",
                    "Der Kassenbericht liegt vor. Er wird später geprüft.",
                    "Das neue Logo wird gezeigt. Es gefällt allen gut.",
                    "Die Homepage ist veraltet. Sie wird neu gestaltet.",
                    "Es fehlen Helfer beim Fest. Ein Aufruf folgt bald.",
                    "Das Jubiläum ist im Oktober. Ein Saal wird gesucht."],
                   ["keine weitere Maßnahme", "wird bis zur nächsten Sitzung von den Kassenprüfern geprüft",
                    "wird vom Vorstand freigegeben", "eine Arbeitsgruppe legt bis Juni einen Plan vor",
                    "ein Aufruf folgt im Gemeindebrief", "wird vom Festausschuss bis zum Sommer gesucht"], at=56)
    glossary = beside(["annual general meeting", "", "right of way", "", "conflict of interest", "",
                       "code of the board", "", "point of contact", "", "terms of reference for a group", ""],
                      ["the meeting of all members held once a year. It elects",
                       "the board and approves the accounts of the past year.",
                       "a path over private land that anyone may use. The map",
                       "in the hall shows every path that crosses the parish.",
                       "a case where a trustee could gain from a decision. The",
                       "trustee then leaves the room while the board decides.",
                       "the rules on how members of the board behave. They are",
                       "signed by every trustee at the start of each new term.",
                       "the person who answers questions from the public. Her",
                       "name and address are printed on the back of the sheet.",
                       "the paper that says what a working group does. It is",
                       "agreed by the board before the group starts its work."], at=36)
    for text in (letter, programme, events, report, folio, footnotes, signatures, verse, table, glossary):
        assert columns_side_by_side(text) is None, text[0]


def test_names_over_their_offices_signed_twice_are_no_cells_running_on():
    """A name with its office under it, beside another name: the office would have fitted after
    the name before the next column, so the name ends where its sense ends (minutes signed on two
    pages, Dutch and English)."""
    signed = ["Namens het bestuur,                Namens de gemeente,",
              "Jan de Vries                       Petra Jansen",
              "Mr. K. Bakker                      Drs. A. de Boer",
              "voorzitter",
              "",
              "Signed for the society            Signed for the council",
              "John Smith                        Mary Jones",
              "Dr. P. Baker                      Cllr A. Brown",
              "chairman"]
    assert columns_side_by_side(signed) is None


def test_cells_running_on_in_a_french_task_table_and_a_german_programme_are_found():
    """Rows opening with capitals or figures, a cell going on alone in lower case under itself
    beside the row's other cells: read across ("... de la salle Mairie juin 2024 des fêtes")."""
    tasks = ["Objet                                    Responsable     Échéance",
             "Rénovation de la toiture de la salle     Mairie          juin 2024",
             "des fêtes, devis en cours",
             "Achat de nouvelles tables pour le        Association     mai 2024",
             "club des aînés",
             "Entretien du terrain de pétanque         Bénévoles       chaque mois"]
    programme = ["Termin        Veranstaltung                           Ort",
                 "12. Mai       Maiwanderung zum Aussichtsturm mit      Treffpunkt Kirche",
                 "              anschließender Einkehr",
                 "3. Juni       Sommerfest des Vereins im Garten        Pfarrgarten",
                 "8. Juli       Radtour an der Mosel entlang bis zur    Bahnhof",
                 "              alten Brücke"]
    assert columns_side_by_side(tasks) == SideBySide(page=1, lines=(2, 3), cells_run_on=((1, 2), (1, 4)))
    assert columns_side_by_side(programme) == SideBySide(page=1, lines=(2, 3), cells_run_on=((1, 2), (1, 5)))


def test_a_table_read_across_on_a_page_before_the_columns_is_the_place_named():
    """A table whose cells run on on page 1 and columns side by side on page 2: the summary and the
    check name page 1, the first page read across, not the columns' later page."""
    table = ["Objet                                    Responsable     Échéance",
             "Rénovation de la toiture de la salle     Mairie          juin 2024",
             "des fêtes, devis en cours",
             "Achat de nouvelles tables pour le        Association     mai 2024",
             "club des aînés",
             "Entretien du terrain de pétanque         Bénévoles       chaque mois"]
    found = columns_side_by_side([*table, "\fJaaroverzicht 2023", "", *beside(REVIEW_LEFT, REVIEW_RIGHT)])
    assert found is not None and found.page == 1 and found.table
    columns_first = columns_side_by_side(["Voorwoord", "\fInhoud", *beside(REVIEW_LEFT, REVIEW_RIGHT), "\f", *table])
    assert columns_first is not None and columns_first.page == 2 and not columns_first.table


def test_e_mail_addresses_and_websites_under_names_are_no_cells_running_on():
    """A contact list's or a colophon's e-mail address under each name, a letterhead's website
    under its address: a line of its own, reaching past the next column or no word (review 26h:
    English, French and Dutch contact lists, an English letterhead signed twice)."""
    contacts = ["Hall bookings       Mary Smith                 Tel. 01483 123456",
                "                    bookings@sherevillagehall.org.uk",
                "Allotments          John Brown                 Tel. 01483 654321",
                "                    allotments@sherevillagehall.org.uk",
                "Footpaths           Ann Green                  Tel. 01483 111222",
                "                    footpaths@sherevillagehall.org.uk"]
    contacts_fr = ["Présidente          Marie Dupont               Tél. 04 72 12 34 56",
                   "                    presidente@amis-du-village.fr",
                   "Trésorier           Jean Martin                Tél. 04 72 65 43 21",
                   "                    tresorier@amis-du-village.fr",
                   "Secrétaire          Anne Lefèvre               Tél. 04 72 11 22 33",
                   "                    secretariat@amis-du-village.fr"]
    board = ["Voorzitter          Jan Jansen                 Dorpsstraat 1, Oud-Beijerland",
             "                    voorzitter@dorpsbelang-oudbeijerland.nl",
             "Secretaris          Petra de Vries             Kerkweg 12, Oud-Beijerland",
             "                    secretaris@dorpsbelang-oudbeijerland.nl",
             "Penningmeester      Kees de Wit                Molenstraat 3, Oud-Beijerland",
             "                    penningmeester@dorpsbelang-oudbeijerland.nl"]
    letterhead = ["Shere Village Hall Committee              Mrs J. Smith",
                  "Tanyard Hall, 30 Station Road             12 Church Lane",
                  "Gomshall, Guildford GU5 9LF               Shere, Guildford GU5 9HL",
                  "www.sherevillagehall.org.uk"]
    for lines in (contacts, contacts_fr, board, [*letterhead, "", "Dear Mrs Smith,", "", *letterhead]):
        assert columns_side_by_side(lines) is None


def test_notes_and_remarks_under_a_tables_last_row_are_no_cells_running_on():
    """A note under a price list's last price, a remark under a programme's last item: set as a
    cell's rest would be, but under the last row of a block where no other cell runs on (review
    26h: Dutch and German price lists, English and Dutch programmes)."""
    prices = ["Zaalhuur",
              "Grote zaal met podium en keuken       € 40 per dagdeel",
              "Kleine zaal voor vergaderingen        € 25 per dagdeel",
              "Vergaderkamer met beamer              € 15 per dagdeel",
              "inclusief koffie, thee en water",
              "",
              "Extra's",
              "Gebruik van de geluidsinstallatie     € 20 per keer",
              "Schoonmaak na een feest of receptie   € 50 per keer",
              "Statafels met rok en kleed            € 5 per stuk",
              "exclusief btw"]
    preise = ["Geschirr für bis zu 100 Personen         Pauschal 60 Euro",
              "Tonanlage mit zwei Mikrofonen            Pauschal 50 Euro",
              "Beamer mit Leinwand und Kabeln           Pauschal 40 Euro",
              "zuzüglich Auf- und Abbau durch den Hausmeister"]
    programme = ["Friday 8 March",
                 "7.00 pm    Welcome by the Chairman           Village Hall",
                 "7.15 pm    Talk on the history of Shere      Village Hall",
                 "8.00 pm    Annual general meeting            Village Hall",
                 "           followed by refreshments",
                 "",
                 "Friday 12 April",
                 "7.00 pm    Welcome by the Chairman           Church Room",
                 "7.15 pm    Walk round the old village        Church Lane",
                 "8.30 pm    Supper at the White Horse         White Horse",
                 "           booking essential"]
    programma = ["10.00   Ontvangst met koffie en thee          Foyer",
                 "10.30   Opening door de burgemeester          Grote zaal",
                 "12.30   Lunch met soep en broodjes            Foyer",
                 "        aansluitend rondleiding",
                 "",
                 "11.00   Kerkdienst in de dorpskerk            Kerk",
                 "12.30   Koffie met appeltaart                 Pastorie",
                 "14.00   Concert door het dorpskoor            Kerk",
                 "        aansluitend borrel in de pastorie"]
    for lines in (prices, [*preise, "", *preise], programme, programma):
        assert columns_side_by_side(lines) is None


def test_a_cell_running_on_under_a_tables_last_row_counts_beside_another_of_its_block():
    """A Dutch action list: its first and last actions run on; the last one's rest is a cell's,
    as the first one's shows."""
    actions = ["Actie                                   Wie       Wanneer",
               "Offerte opvragen bij drie aannemers     Jan       1 mei",
               "voor het nieuwe dak",
               "Notulen rondsturen naar alle leden      Petra     15 april",
               "Zaal reserveren voor de ALV in het      Kees      1 juni",
               "dorpshuis"]
    assert columns_side_by_side(actions) == SideBySide(page=1, lines=(2, 3), cells_run_on=((1, 2), (1, 5)))


def test_contact_lines_with_their_labels_and_offices_under_names_are_no_cells_running_on():
    """Review 26l: a board's table with "e-mail: …" or "tel. …" under each name, and a tight table
    of names with their offices under them (Dutch, English, French, German): each row reads whole."""
    mails = ["Functie         Naam                       Adres",
             "Voorzitter      Marja van den Berghe       Dorpsstraat 1, Oud-Beijerland",
             "                e-mail: marja@dbob.nl",
             "Secretaris      Petra de Vries-Jansen      Molenweg 12, Oud-Beijerland",
             "                e-mail: petra@dbob.nl",
             "Penningmeester  Kees van der Wiel-Bos      Kerkplein 3, Oud-Beijerland",
             "                e-mail: kees@dbob.nl"]
    phones = [line.replace("e-mail: marja@dbob.nl", "tél. 04 78 12 34 56")
              .replace("e-mail: petra@dbob.nl", "mobil 0170 1234567")
              .replace("e-mail: kees@dbob.nl", "tel. 0186-612345") for line in mails]
    offices = ["Naam                       Adres                       Woonplaats",
               "Marja van den Berghe       Dorpsstraat 1               Oud-Beijerland",
               "voorzitter",
               "Petra de Vries-Jansen      Molenweg 12                 Oud-Beijerland",
               "penningmeester",
               "Kees van der Wiel          Kerkplein 3                 Piershil",
               "secretaris"]
    assert columns_side_by_side(mails) is None and columns_side_by_side(phones) is None
    assert columns_side_by_side(offices) is None
