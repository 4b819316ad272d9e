"""Titles read from the first page (publish/title.py): cases a scorer must not get wrong."""
import time
from dataclasses import replace

import pytest
from test_structure import build

from publish.clean.lines import Block
from publish.languages import language
from publish.model import Paragraph
from publish.report import Change
from publish.structure import words_of
from publish.title import choose, never_title

BODY = ("Inleiding\n\nDeze handleiding zegt wat een vrijwilliger doet als er iets misgaat in de speeltuin, "
        "en wie hij dan belt.\n")


def test_a_line_between_dashes_under_the_title_is_its_second_part_not_a_list():
    text = ("Stichting De Wip\n\nHandleiding voor vrijwilligers\n– Veilig werken in de speeltuin –\nHet bestuur\n\n\f"
            + BODY)
    doc = build(text)
    assert doc.metadata.title == "Handleiding voor vrijwilligers – Veilig werken in de speeltuin"
    assert "Het bestuur" not in doc.metadata.title


def test_a_dashed_list_under_a_heading_stays_a_list_and_out_of_the_title():
    text = ("Handleiding voor vrijwilligers\n\nWat je meeneemt:\n– een hesje\n– een fluitje\n\n" + BODY)
    assert build(text).metadata.title == "Handleiding voor vrijwilligers"


def test_the_week_an_issue_is_for_dates_it_and_the_name_under_it_is_the_title():
    text = ("Week beginning 7th March 2021\nParish of St Anne, Littletown\nParish Priest:\n\n"
            "Sunday 7th March\n\nThe church hall is open again for the coffee morning after the Sunday mass, "
            "and everyone is welcome to come along.\n")
    assert build(text).metadata.title == "Parish of St Anne, Littletown"
    dutch = ("Week van 3 maart 2025\nParochie De Wip\n\nDe koffie na de mis is er weer, in de zaal naast de kerk, "
             "en iedereen is welkom om mee te drinken.\n")
    assert build(dutch).metadata.title == "Parochie De Wip"


def test_a_newsletter_named_by_its_week_keeps_that_name_as_its_title():
    text = ("Newsletter week of 7 March 2021\n\nThe church hall is open again for the coffee morning after the "
            "Sunday mass, and everyone is welcome to come along.\n")
    assert build(text).metadata.title == "Newsletter week of 7 March 2021"


def test_a_label_and_a_date_atop_the_page_dates_it_and_is_no_title():
    text = ("Bijgewerkte versie: maart 2025\n\n\nDE NIEUWE SPEELTUINEN\n\nDe gemeente bouwt dit jaar twee "
            "speeltuinen in de wijk, en de buurt mag meedenken over wat er komt te staan.\n")
    assert build(text).metadata.title == "DE NIEUWE SPEELTUINEN"
    changed = text.replace("Bijgewerkte versie: maart 2025", "Gewijzigd: 3 maart 2025")
    assert build(changed).metadata.title == "DE NIEUWE SPEELTUINEN"
    named = text.replace("Bijgewerkte versie: maart 2025", "Nieuwsbrief: maart 2025")
    assert build(named).metadata.title == "Nieuwsbrief: maart 2025"     # a kind's name with its date


def workshop_course(title_lines: str) -> str:
    """A course's first page under the section's name, its title set a word or two a line, then a
    subtitle, a byline and text; three more pages under the same name."""
    return ("WERKSTATT\n\n" + title_lines + "\n"
            "Ein Kurs über Werkzeuge, Maschinen und die Menschen, die mit ihnen in offenen Werkstätten arbeiten\n\n"
            "von Anna Beispiel\n\n"
            "Wer heute in einer offenen Werkstatt arbeitet, findet dort\nneben der Hobelbank oft auch einen "
            "Drucker, der Teile\naus Kunststoff schichtweise aufbaut. Wer ihn bedienen will,\nlernt zuerst, "
            "wie eine Zeichnung zu einem Programm wird,\nund dann, wie man den Drucker sicher einrichtet.\n"
            + "".join(f"\fWERKSTATT\n\nAuf Seite {page} geht es um die Frage, wie man ein Werkstück\nplant, bevor "
                      "die erste Maschine läuft und das Material\nzugeschnitten wird, und wer dabei hilft.\n"
                      for page in (2, 3, 4)))


def test_a_title_set_two_words_a_line_is_one_title_though_its_last_lines_run_on():
    # The stack is read from its lines as set: "Arbeiten zum" running on into "digitalen
    # Werkstück" must not leave "Vom handwerklichen" alone as the title.
    text = workshop_course("Vom handwerklichen\nArbeiten zum\ndigitalen Werkstück")
    doc = build(text)     # (the section's name atop every page is no title)
    assert doc.metadata.title == "Vom handwerklichen Arbeiten zum digitalen Werkstück"


def test_a_year_led_name_set_right_over_the_next_line_is_weighed_as_the_title():
    # A year first on the cover's first line makes it the front matter's series, which is set
    # aside when it stands apart over the title ("Lezingen 2022", a blank line, "Stad van
    # morgen"); set in one block right over the next line it is the title the scorer weighs.
    text = ("2024 Noordelijke Fietsdag\nRoutebeschrijving voor deelnemers\n12 mei 2024\nGroningen\n\n"
            "Spelregels en afspraken\n\nWie meefietst, volgt de pijlen langs de route en meldt zich bij elke "
            "post bij de vrijwilligers, die de kaart afstempelen.\n")
    assert build(text).metadata.title == "2024 Noordelijke Fietsdag"


def test_a_stacked_title_cut_into_blocks_by_the_paragraph_reader_is_one_title():
    # "Vom hölzernen" ends short of the lines under it, so the paragraph reader sets it apart
    # as a block of its own: the stack is read over the display blocks set right under it.
    text = workshop_course("Vom hölzernen\nHandwerk zum\ndigitalen Werkstück")
    assert build(text).metadata.title == "Vom hölzernen Handwerk zum digitalen Werkstück"


def test_a_notice_printed_once_over_the_title_is_not_where_the_text_starts():
    # A licence line atop the first page, a blank line, then the title: the title is read under
    # the notice, not the file name; the names under the title are no heading that ends it.
    text = ("(c) 2021. This essay may be shared under a Creative Commons licence, with credit.\n\n"
            "Small Machines and Their Listeners: Radio Clubs in the\nVillages of the Veluwe\n"
            "Anna Beispiel, Jan de Vries, Piet Voorbeeld, Karin de Boer, and Tom van Dijk\n\n"
            "Radio clubs met in the back rooms of village cafés in the years after the war, and their members "
            "built sets from parts they ordered by post.\n\n"
            "This essay follows three of those clubs through the letters their members kept.\n")
    doc = build(text, name="essay-radio-2021")
    assert doc.metadata.title == "Small Machines and Their Listeners: Radio Clubs in the Villages of the Veluwe"


def test_a_longer_first_paragraph_is_text_not_a_notice_over_a_title():
    # Only a notice of a line or two is read over: a first paragraph of text keeps its place.
    text = ("Radio clubs met in the back rooms of village cafés in the years after the war,\nand their members "
            "built sets from parts they ordered by post from the city,\nand they met each week to listen.\n\n"
            "Three clubs\n\nThis essay follows three of those clubs through the letters their members kept.\n")
    assert build(text, name="essay-radio-2021").metadata.title != "Three clubs"


def test_the_running_head_is_the_title_when_the_text_opens_with_its_first_article():
    # The rules' name atop every page, the first included, and the text starting at once with
    # "ART. 1 ...": the first article's heading is no title; the running head is.
    page = ("Huisregels Tennisclub De Wip\n\n{article}\nWie lid is van de club, houdt zich aan de regels die "
            "de ledenvergadering vaststelt, en\nmeldt een wijziging van zijn adres aan de secretaris.\n"
            "Wie een baan reserveert, komt op tijd en laat de baan netjes achter voor de volgende\nspelers, "
            "ook als het regent of als de avond al gevallen is.\n")
    text = "\f".join(page.format(article=f"ART. {number} {name}")
                     for number, name in ((1, "LIDMAATSCHAP"), (2, "BANEN"), (3, "KANTINE")))
    doc = build(text)
    assert doc.metadata.title == "Huisregels Tennisclub De Wip"
    # With the year the rules date from under their name atop each page, both a head, the
    # first article's heading is the text's first heading, and still no title.
    dated = "\f".join(page.replace("\n\n", "\n\n2021\n\n", 1).format(article=f"ART. {number} {name}")
                      for number, name in ((1, "LIDMAATSCHAP"), (2, "BANEN"), (3, "KANTINE")))
    assert build(dated).metadata.title == "Huisregels Tennisclub De Wip"


def _block(kind: str, lines: list[str], first_line: int, gap_before: int = 0) -> Block:
    """A block as the structure reader hands it to the title finder: its lines joined by spaces."""
    offsets, text = [], ""
    for number, line in enumerate(lines):
        offsets.append((len(text) + (1 if text else 0), first_line + number))
        text = f"{text} {line}" if text else line
    return Block(kind, text, tuple(offsets), gap_before=gap_before)


def test_a_title_line_over_its_authors_names_is_no_heading_that_ends_the_title():
    # The names under a title, read as a paragraph of their own: they are no text the last line
    # of the title heads, so that line runs on with the title above it.
    blocks = [_block("paragraph", ["Small Machines. Radio Clubs and the", "Social Life of Village"], 1),
              _block("paragraph", ["Listening"], 3),
              _block("paragraph", ["Anna Beispiel (Annie) , Jan de Vries , Pieter Voorbeeld ,",
                                   "and Karin Willemijn de Boer van Dijk"], 4),
              _block("paragraph", ["Radio clubs met in the back rooms of village cafés after the war, and their",
                                   "members built sets from parts they ordered by post."], 7, gap_before=1)]
    words = words_of(language("en")).title
    choice = choose(blocks, (), words)
    assert choice is not None and choice.title == "Small Machines. Radio Clubs and the Social Life of Village Listening"


def test_an_official_journals_masthead_names_the_journal_and_the_regulation_under_it_is_the_title():
    text = ("WATERSCHAPSBLAD\n\nNr. 12345\n3 maart\n2025\n\nOfficiële uitgave van waterschap De Lage Landen\n\n"
            "Reglement voor het gebruik van de dijkpaden waterschap De Lage Landen 2025\n"
            "Het algemeen bestuur van waterschap De Lage Landen;\n"
            "gelezen het voorstel van het dagelijks bestuur van 10 februari 2025 en gelet op de Waterschapswet;\n"
            "besluit vast te stellen het volgende reglement.\n\n"
            "Artikel 1. Begrippen\nIn dit reglement wordt verstaan onder dijkpad: een pad op of langs een dijk.\n")
    assert build(text).metadata.title == "Reglement voor het gebruik van de dijkpaden waterschap De Lage Landen 2025"


def test_a_regulations_title_wrapped_under_the_masthead_keeps_its_date_in_brackets():
    text = ("PROVINCIAAL BLAD\nNr. 777\n1 april\n2025\nOfficiële uitgave van de provincie Midden\n\n"
            "Besluit van gedeputeerde staten tot aanwijzing van de gebieden waar het aanleggen van\n"
            "steigers verboden is (Oevers van het Grote Meer en de Kleine Plas tussen 1 mei en 30\n"
            "september 2025)\n"
            "Gedeputeerde staten van de provincie Midden,\n"
            "gelet op de Omgevingsverordening en op het advies van de commissie voor de oevers van het meer;\n\n"
            "besluiten de gebieden aan te wijzen die op de kaart in de bijlage staan, en zij maken dit bekend.\n")
    assert build(text).metadata.title == (
        "Besluit van gedeputeerde staten tot aanwijzing van de gebieden waar het aanleggen van steigers "
        "verboden is (Oevers van het Grote Meer en de Kleine Plas tussen 1 mei en 30 september 2025)")


def test_a_ribbon_along_the_page_whose_words_the_lines_under_the_title_repeat_is_no_title():
    text = ("Koppelingen Documentatie - Ontwerp versie\n\nKoppelvlak Berichten 2025\nKoppelingen Documentatie\n"
            "Ontwerp versie 2 februari 2025\nDeze versie:\nhttps://example.org/koppelvlak/2025/\n\n"
            "Dit document beschrijft hoe twee organisaties berichten uitwisselen over het koppelvlak, en wat elk "
            "van beide daarvoor moet regelen.\n")
    assert build(text).metadata.title == "Koppelvlak Berichten 2025"


def test_a_release_number_alone_under_a_title_belongs_to_it():
    text = ("Koppelvlak Berichten\n2.0.1\nStichting Open Koppelingen\n\n"
            "Dit document beschrijft hoe twee organisaties berichten uitwisselen over het koppelvlak, en wat elk "
            "van beide daarvoor moet regelen.\n")
    assert build(text).metadata.title == "Koppelvlak Berichten 2.0.1"


def test_a_title_run_together_with_the_period_it_covers_is_still_the_title():
    text = ("Amsterdam, 29 augustus 2024 versie 2\nHalfjaar-rapportage Keep it Real in opdracht van de Gemeente "
            "Amsterdam\nPeriode 1 januari – 30 juni 2024.\n\nInleiding\nHet team voert in opdracht van de gemeente "
            "een plan uit met de volgende missie, en dit verslag zegt hoe ver het daarmee is.\n")
    assert build(text).metadata.title == "Halfjaar-rapportage Keep it Real in opdracht van de Gemeente Amsterdam"


@pytest.mark.parametrize(("lines", "expected"), [
    ("Halfjaar-rapportage Keep it Real in opdracht van de Gemeente Amsterdam\nPeriode 1 januari – 30 juni 2024.", True),
    ("Art at Shillingford Village Hall started on Friday\n21 May at 9.45am, hopefully! See page 12 for the times.",
     False),                                                       # a sentence naming a day, no date line
    ("Het reglement werd goedgekeurd door de Algemene Vergadering\nvan 27 december 2012.", False),  # it goes on
])
def test_a_title_over_its_date_line_is_told_from_a_sentence(lines, expected):
    from pathlib import Path

    from publish.clean import clean
    from publish.source import Source, split_lines
    from publish.title import title_over_its_date
    cleaned = clean(Source(Path("x.txt"), tuple(split_lines(f"Kop\n\n{lines}\n\nDe tekst gaat hier verder.\n"))))
    block = next(block for block in cleaned.blocks if block.text.startswith(lines[:10]))
    assert title_over_its_date(block, words_of(cleaned.language.language).title) is expected


def test_a_periodicals_name_the_running_heads_print_with_the_issues_number_is_the_title():
    # The masthead is a picture; the lines under it describe the periodical; the heads of the
    # later pages name it with the number the first page gives the issue.
    text = ("Maandelijkse uitgave van de Speeltuinvereniging De Wip\n\nNummer 12\nMaart 2001\n\nVAN DE REDACTIE\n\n"
            + "\f".join(["{body}"] + ["De Wipper Nr.12\n\nPagina {page}\n\n{body}".replace("{page}", str(page))
                                      for page in range(2, 5)]))
    body = ("De leden van de vereniging kwamen in maart weer bijeen in de zaal achter het café, en het bestuur\n"
            "vertelde wat er het komende jaar op het programma staat voor jong en oud in de buurt.\n")
    assert build(text.replace("{body}", body)).metadata.title == "De Wipper"
    # A journal's head over an article whose first page gives no issue's number names the journal.
    article = text.replace("Nummer 12\n", "").replace("Maandelijkse uitgave van de Speeltuinvereniging De Wip",
                                                        "Het nieuwe speelveld")
    assert build(article.replace("{body}", body)).metadata.title == "Het nieuwe speelveld"


def test_a_title_in_capitals_runs_on_in_the_shorter_line_in_capitals_under_it():
    # A title set large in capitals wraps sooner than a line of text is long.
    text = ["De gemeente bouwt dit jaar twee speeltuinen in de wijk, en de buurt mag meedenken",
            "over wat er komt te staan."]
    words = words_of(language("nl")).title
    wrapped = [_block("display", ["HET NIEUWE SPEELPLAN", "DE WIP"], 1), _block("paragraph", text, 4, gap_before=1)]
    choice = choose(wrapped, (), words)
    assert choice is not None and choice.title == "HET NIEUWE SPEELPLAN DE WIP"
    # A year ends the title: the line under it is a line of its own.
    dated = [_block("display", ["HET NIEUWE SPEELPLAN 2025", "DE WIP"], 1), _block("paragraph", text, 4, gap_before=1)]
    choice = choose(dated, (), words)
    assert choice is not None and choice.title == "HET NIEUWE SPEELPLAN 2025"
    # An organisation's name stands over the title it publishes: no title's first line.
    published = [_block("display", ["STICHTING DE WIP", "BELEIDSPLAN"], 1), _block("paragraph", text, 4, gap_before=1)]
    choice = choose(published, (), words)
    assert choice is not None and choice.title != "STICHTING DE WIP BELEIDSPLAN"


def test_a_line_ending_on_a_colon_right_over_the_title_announces_it_and_opens_it():
    text = ["De gemeente bouwt dit jaar twee speeltuinen in de wijk, en de buurt mag meedenken",
            "over wat er komt te staan."]
    words = words_of(language("nl")).title

    def title(lead: str) -> str | None:
        blocks = [_block("paragraph", [lead], 1, gap_before=3), _block("display", ["DE NIEUWE SPEELTUINEN"], 2),
                  _block("paragraph", text, 4, gap_before=1)]
        choice = choose(blocks, (), words)
        return choice.title if choice else None
    assert title("In een notendop:") == "In een notendop: DE NIEUWE SPEELTUINEN"
    # A letterhead's label before its value is none ("Datum", "Kenmerk"), nor is a label of a word or two.
    assert title("Datum van vaststelling:") == "DE NIEUWE SPEELTUINEN"
    assert title("Onderwerp:") == "DE NIEUWE SPEELTUINEN"


def test_a_masthead_broken_apart_by_the_text_layer_is_made_whole_by_its_colophon():
    # "KERK" and "& leven" with a postage mark read between them; the colophon names the paper.
    text = ["De parochie viert dit jaar haar honderdste verjaardag met een feest op het plein, en",
            "iedereen uit de buurt is van harte welkom om mee te vieren."]
    colophon = _block("paragraph", ["KERK & leven is een uitgave van Studiecentrum De Wip vzw",
                                    "Verantwoordelijke uitgever: Jan Peeters"], 20, gap_before=1)
    blocks = [_block("display", ["KERK"], 1), _block("display", ["PB-PP | B-331"], 3, gap_before=1),
              _block("display", ["& leven"], 5, gap_before=1), _block("paragraph", text, 7, gap_before=1)]
    words = words_of(language("nl")).title
    choice = choose([*blocks, colophon], (), words)
    assert choice is not None and choice.title == "KERK & leven"
    # Without the colophon the first line stands alone.
    choice = choose(blocks, (), words)
    assert choice is not None and choice.title == "KERK"


def test_the_first_numbered_point_set_right_under_the_title_opens_the_text_and_is_not_part_of_it():
    # Minutes: the title wraps over two lines and the first point of the agenda, its number
    # glued to its words, stands right under them with its text under it, no blank line between.
    text = ("Notulen van de Algemene Ledenvergadering\nvan Speeltuinvereniging De Wip op 12 maart 2024\n"
            "1.Opening en welkom\nDe voorzitter opent de vergadering en heet de 40 aanwezigen van harte welkom, "
            "in het bijzonder de ereleden.\n2. Ingekomen stukken\nEr zijn geen ingekomen stukken.\n")
    assert build(text).metadata.title == ("Notulen van de Algemene Ledenvergadering van Speeltuinvereniging De Wip "
                                          "op 12 maart 2024")


def test_a_column_of_names_and_roles_beside_the_text_is_no_title():
    # A club's officers in a sidebar, which the text layer reads before the masthead's line.
    text = ("Officers\nEric Boughman\nPresident\nMelissa Brzezinski\nImmediate Past President\nTim Loftin\n"
            "Secretary\n\nRotary Club of Lake Mary\n\nThis week the club welcomes two organisations that received "
            "a grant from our charitable giving programme this spring.\n")
    assert build(text).metadata.title == "Rotary Club of Lake Mary"
    # A column of names under the title leaves it the title.
    authors = ("Stad van morgen\n\nAnna Jansen\nPiet de Vries\nJan Peeters\n\n"
               "De stad verandert snel, en wie er woont, wil weten wat er komt.\n")
    assert build(authors).metadata.title == "Stad van morgen"
    # A cover's title set in capitalised pairs of words reads as names, but no roles stand between them.
    cover = ("Green Valley\nParish Council\nAnnual Report\n\nThe council met eleven times this year, and this "
             "report says what it decided and why it did so.\n")
    assert build(cover).metadata.title == "Green Valley Parish Council Annual Report"


def test_a_memos_subject_under_its_addressee_is_its_title_not_the_department_atop_it():
    # A memo whose sender's address is a picture: no address or date in the text, only whom
    # it is for and what it is about under the department's name.
    text = ("City of Springfield\nPARKS DEPARTMENT\n\nMemorandum\n\nTo:       All park wardens\n\n"
            "From:     Anna Jansen\n          Head of Parks\n\nSubject:  New opening hours of the city parks\n\n"
            "From next month on the parks open at seven in the morning and close at ten in the evening, "
            "every day of the week.\n")
    assert build(text).metadata.title == "New opening hours of the city parks"


def test_an_organisation_under_a_kind_and_its_year_is_whose_document_not_the_publisher_over_the_title():
    text = ("Jaarverslag 2020\nStichting De Wip\n\n1 De stichting en de speeltuin\n\nDe stichting bouwt en beheert "
            "speeltuinen in de stad, en dit verslag zegt wat zij in het jaar deed.\n")
    assert build(text).metadata.title == "Jaarverslag 2020"


def test_a_name_the_text_layer_spaced_out_into_letters_under_the_kind_is_no_headline_it_labels():
    text = ("Nieuwsbrief\nW ij k g e m e ent e\nD e W i p\n\nZondag 11 maart 2012\n\nDe kerkenraad heet u van harte "
            "welkom in de kerk, en na de dienst is er koffie in de zaal.\n")
    assert build(text).metadata.title == "Nieuwsbrief"


def test_a_cover_holding_nothing_but_the_running_heads_takes_its_title_from_them():
    # The cover is a picture: its text layer holds the foot every page prints (the page's number,
    # "28 May 2021", the report's name), removed; the title is the head that can be one, not the
    # "Preface" heading the first page's text opens with.
    foot = "page\n{number}/4\n\n28 May 2021\n\nEvaluation of the Garden App\n"
    bodies = ("Preface\nThe app helped gardeners share their tools with the people of their street, and this "
              "report says how\nwell it did that in its first year, and what the users told us about it.\n\n",
              "Most users lent a tool at least once, and almost all of them got it back in time, "
              "in one piece,\nand they said they would do it again when they were asked a few months later.\n\n",
              "Keep the app simple, and ask the users before a new feature is added to it, so that it "
              "stays\nwhat it was made for, a way to share tools between neighbours in one street.\n\n")
    text = "\f".join([foot.format(number=1)] + [body + foot.format(number=number)
                                                for number, body in enumerate(bodies, 2)])
    assert build(text, name="report-garden-2021").metadata.title == "Evaluation of the Garden App"


def test_a_name_broken_over_two_lines_that_the_text_prints_whole_is_one_title_though_the_text_stands_under_it():
    text = ("GARDEN – Network of Neighbourhood Gardens for Shared\nTools and Seeds\nThe network brings together the "
            "gardens of twelve towns, so that a Network of\nNeighbourhood Gardens for Shared Tools and Seeds can grow "
            "in each of them.\n\nIn its first year the network met four times, and each meeting was held in another "
            "town.\n")
    assert build(text).metadata.title == "GARDEN – Network of Neighbourhood Gardens for Shared Tools and Seeds"
    # Where the text does not print them in a row, the line right over it is its heading.
    apart = text.replace("so that a Network of\nNeighbourhood Gardens for Shared Tools and Seeds can grow",
                         "so that their tools\nand seeds can be shared", 1)
    assert build(apart).metadata.title == "GARDEN – Network of Neighbourhood Gardens for Shared"


def test_an_organisation_over_its_contact_lines_is_the_sender_not_the_title():
    text = ("Stichting De Wip\nwww.speeltuindewip.nl\ninfo@speeltuindewip.nl\nHaarlem, 28 januari 2020\n\n"
            "Verbeterpunten voor de nieuwe speeltuin\nDe gemeente is van plan om dit voorjaar de nieuwe speeltuin "
            "te bouwen. Deze notitie geeft voorstellen voor de verbetering van het plan.\n")
    assert build(text).metadata.title == "Verbeterpunten voor de nieuwe speeltuin"


def test_an_editions_number_under_the_title_is_its_label_not_its_last_words():
    text = ("DE DAG VAN DE SPEELTUIN\nEDITIE 29\nThema: spelen in de stad\n24 februari 2020\n\nDe dag begint om negen "
            "uur met koffie, en daarna leiden de vrijwilligers van de wijk de gasten rond door de speeltuin.\n")
    assert build(text).metadata.title == "DE DAG VAN DE SPEELTUIN"


def test_the_author_the_running_heads_print_beside_the_short_title_is_no_run_on_of_the_title():
    # Each later page is headed by the short title and the author's name side by side, which
    # the text layer runs together: the name under the title on the first page is its byline.
    first = ("Measuring the vibrations of a garden bridge with a laser\nAnna de Vries s1234567\n\n"
             "1 Introduction\nEvery bridge vibrates when people walk over it, and this report says how much.\n")
    later = ("Garden bridge vibrations Anna de Vries (s1234567)\n\n{heading}\nThe laser was set up at one end of "
             "the bridge, and the mirror at the other end, for a week.\n")
    text = "\f".join([first] + [later.format(heading=heading) for heading in ("2 Method", "3 Results", "4 Advice")])
    assert build(text).metadata.title == "Measuring the vibrations of a garden bridge with a laser"


def test_a_foreword_heading_is_no_document_title():
    head = "Evaluatie van de tuin-app\n\n"
    bodies = ("Voorwoord\nDe app hielp tuinders hun gereedschap te delen met de mensen in hun straat, en dit "
              "rapport zegt hoe\ngoed dat ging in het eerste jaar, en wat de gebruikers ons erover vertelden.\n",
              "De meeste gebruikers leenden een keer iets uit, en bijna allemaal kregen ze het op tijd terug, "
              "heel,\nen ze zeiden dat ze het weer zouden doen toen we het een paar maanden later vroegen.\n",
              "Houd de app eenvoudig, en vraag de gebruikers wat ze willen voor er iets nieuws in komt, zodat "
              "hij\nblijft waar hij voor gemaakt is: gereedschap delen tussen de buren in een straat.\n")
    text = "\f".join(head + body for body in bodies)
    assert build(text, name="rapport-tuin-2021").metadata.title == "Evaluatie van de tuin-app"


def test_a_meeting_named_by_its_date_is_the_title_of_its_minutes_and_the_attendance_is_no_title():
    text = ("VERGADERING 2 NOVEMBER 2014, 21H\n\nAanwezig: iedereen behalve Anna, Bert (later), Carla,\nDirk\n\n\n"
            "ALGEMEEN\n\nDe zaal wordt voortaan op vrijdag schoongemaakt, want op zaterdag is er te weinig volk "
            "om te helpen.\n")
    assert build(text).metadata.title == "VERGADERING 2 NOVEMBER 2014, 21H"
    english = ("MEETING 3 MARCH 2021\n\nGENERAL\n\nThe hall will be cleaned on Fridays from now on, as too few "
               "people are around to help on Saturdays.\n")
    assert build(english).metadata.title == "MEETING 3 MARCH 2021"
    german = ("SITZUNG 3. MÄRZ 2021\n\nALLGEMEINES\n\nDer Saal wird ab jetzt freitags geputzt, weil samstags zu "
              "wenige Leute da sind, die dabei helfen können.\n")
    assert build(german).metadata.title == "SITZUNG 3. MÄRZ 2021"


def test_a_letters_subject_over_its_salutation_is_the_title_though_a_sidebar_stands_before_it():
    text = ("Gartenverein Grünau\n\nwww.gartenverein-gruenau.de\n\nWas ist der Verein?\n"
            "Wir sind eine Gruppe von Menschen, die\ngemeinsam einen großen Garten am Rand\nder Stadt pflegen und "
            "ernten.\n\nMitmachen\nJeder darf kommen. Schreiben Sie\nuns eine Nachricht, wenn Sie Fragen\nhaben.\n\n"
            "Der Garten braucht Sie!\nSehr geehrte Damen und Herren,\n\nin diesem Frühjahr suchen wir neue Mitglieder, "
            "die an den Wochenenden beim Gießen und Ernten helfen wollen.\n\nMit freundlichen Grüßen\n\n"
            "Anna Beispiel\n")
    assert build(text).metadata.title == "Der Garten braucht Sie!"


def test_a_title_ending_on_an_abbreviation_is_no_sentence():
    # "e.V." ends the association's name, not a sentence: the line is a title, though long.
    text = ("Satzung des Vereins der Freunde des Gartens Grünau e.V.\n\nDer Verein hat seinen Sitz in Grünau und "
            "verfolgt ausschließlich gemeinnützige Zwecke, vor allem die Pflege des Gartens.\n")
    assert build(text).metadata.title == "Satzung des Vereins der Freunde des Gartens Grünau e.V."


def test_the_years_right_under_the_title_are_its_last_words():
    # The period a policy covers, alone on the line under its name, is part of what it is called.
    text = ("Dutch gender and\nequality policy\n2013 - 2016\n\n\fIntroduction\n\nThis note sets out what the "
            "government will do over the next four years to make the country a place where everyone is treated "
            "equally.\n")
    doc = build(text)
    assert doc.metadata.title == "Dutch gender and equality policy 2013 - 2016"
    assert doc.metadata.subtitle is None


def test_the_line_under_the_title_that_the_reading_ran_on_into_it_is_parted_from_it():
    # The association the code is of, set under its title, is no part of the title, though the reading of
    # the one page (its form feed closes it) runs the two lines together.
    text = ("                    Code of Conduct for Committee Members\n"
            "                                Greenfield & Oakwood Residents Association\n\n"
            "1. Act in the Best Interests of the Community\n  • Represent all residents fairly and respectfully.\n"
            "  • Prioritise projects that bring neighbours together.\n\n"
            "2. Communicate Clearly\n  • Share updates promptly and accurately.\n  • Listen to residents.\n\f")
    assert build(text).metadata.title == "Code of Conduct for Committee Members"


def test_the_headline_over_its_byline_is_the_title_not_the_rubric_over_it():
    # A magazine's article: the section's rubric atop the page, the headline, who wrote it, the text.
    text = ("Buurtinitiatief\n\n\nDe Moestuin\nTekst Anna de Vries\nZwembad, sauna, moestuin, touwbrug en kippen: "
            "dat is de binnentuin van een woonblok waar de bewoners samen van alles bouwen.\n")
    assert build(text).metadata.title == "De Moestuin"
    english = ("Neighbourhood\n\n\nThe Kitchen Garden\nBy Anna Smith\nA pool, a sauna, a kitchen garden and hens: "
               "that is the yard of a block where the neighbours build things together.\n")
    assert build(english).metadata.title == "The Kitchen Garden"
    # A periodical's name holding its kind, over its first article, stays the title.
    parish = english.replace("Neighbourhood", "The Parish Newsletter")
    assert build(parish).metadata.title == "The Parish Newsletter"


def test_a_periodicals_masthead_over_several_signed_pieces_is_the_title_not_the_first_headline():
    # A newsletter signs several pieces under its masthead: the byline makes no headline its title.
    body = ("De leden van de vereniging kwamen in maart weer bijeen in de zaal achter het café, en het bestuur\n"
            "vertelde wat er het komende jaar op het programma staat voor jong en oud in de buurt.\n")
    text = ("De Wipper\n\nNieuwe speeltuin geopend\nDoor Anna de Vries\n\n" + body
            + "\nDe bibliotheek gaat verhuizen\nDoor Piet Jansen\n\n" + body
            + "\fUitslag van de puzzel\nDoor Kees Bakker\n\n" + body)
    assert build(text, name="wipper").metadata.title == "De Wipper"
    english = ("The members met again in March in the hall behind the pub, and the committee told everyone\n"
               "what is on the programme for young and old in the village this coming year.\n")
    text = ("The Village Voice\n\nNew playground opened\nBy Anna Smith\n\n" + english
            + "\nThe library is moving\nBy Peter Jones\n\n" + english)
    assert build(text, name="voice").metadata.title == "The Village Voice"


def test_an_issues_label_is_never_the_title():
    # The volume and number of an issue name which issue it is, not what the periodical is called.
    body = ("De leden van de vereniging kwamen in maart weer bijeen in de zaal achter het café, en het bestuur\n"
            "vertelde wat er het komende jaar op het programma staat voor jong en oud in de buurt.\n")
    assert build("JAARGANG 4\n\nDe Wipper\n\n" + body).metadata.title == "De Wipper"
    # Over the label only a word in lower case, no masthead: the file's name stands in.
    assert build("nieuws\nJAARGANG\n\n" + body, name="wipper-nieuws").metadata.title == "Wipper nieuws"


def test_a_kind_right_under_the_organisation_it_is_of_is_the_title():
    # "Stichting De Wip" / "Huishoudelijk reglement": the foundation's rules, the foundation over them.
    text = ("Stichting De Wip\nHuishoudelijk reglement\n\nDit reglement regelt wat de statuten open laten over het "
            "bestuur, de leden en de vrijwilligers van de speeltuin in de wijk.\n")
    assert build(text).metadata.title == "Huishoudelijk reglement"
    german = ("Gartenverein Grünau e.V.\nJahresbericht\n\nDer Verein hat sich in diesem Jahr elfmal getroffen und "
              "mit der Stadt den neuen Spielplatz neben der Schule geplant.\n")
    assert build(german).metadata.title == "Jahresbericht"
    english = ("Greenfield Residents Association\nAnnual report\n\nThe association met eleven times this year and "
               "worked with the council on the new play area beside the school.\n")
    assert build(english).metadata.title == "Annual report"


def test_a_section_head_is_never_the_title():
    body = ("De leden van de vereniging kwamen in maart weer bijeen in de zaal achter het café, en het bestuur\n"
            "vertelde wat er het komende jaar op het programma staat voor jong en oud in de buurt.\n")
    # The chair's column and the contents' heading open an issue; neither is what it is called.
    assert build("VAN DE VOORZITTER\n\nDe Wipper\n\n" + body).metadata.title == "De Wipper"
    assert build("In dit nummer\n\nDe Wipper\n\n" + body).metadata.title == "De Wipper"
    # A programme whose cover is a picture opens with the chair's foreword, a letter: no title then.
    letter = ("VOORWOORD\n\nVAN DE VOORZITTER\n\nGeachte muziekliefhebber,\n\n" + body + "\nDe voorzitter\n")
    assert build(letter, name="programma-nieuwjaarsconcert").metadata.title == "Programma nieuwjaarsconcert"


def test_a_title_wrapped_before_its_last_words_stays_whole_though_the_scorer_reads_its_lines_apart():
    # Only a subtitle or an organisation's name is parted from the title a reading ran it into.
    text = ("Guidelines for the Use of Shared\nWorkshop Spaces\n\nThis guide will help you understand how your "
            "team and ours can work together. You will learn what to expect from us.\n")
    assert build(text).metadata.title == "Guidelines for the Use of Shared Workshop Spaces"


def test_an_english_organisation_is_a_line_of_capitalised_words_ending_on_its_kind():
    from publish import letterhead
    english = language("en")
    assert letterhead.organisation("Culcheth & Glazebury Residents Association", english)
    assert letterhead.organisation("Riverside Housing Trust", english)
    assert not letterhead.organisation("Annual Review of the Riverside Housing Trust", english)   # a title
    assert not letterhead.organisation("Parish Council", english)     # a word or none before it: too little


def test_an_issues_label_run_together_with_the_title_is_parted_from_it():
    body = ("De leden van de vereniging kwamen in maart weer bijeen in de zaal achter het café, en het bestuur\n"
            "vertelde wat er het komende jaar op het programma staat voor jong en oud in de buurt.\n")
    assert build("Editie 3\nDe Wipper\n\n" + body).metadata.title == "De Wipper"
    english = ("The Parish Pump\nIssue 3\n\nThe association met eleven times this year and worked with the council "
               "on the new play area beside the school.\n")
    assert build(english).metadata.title == "The Parish Pump"


def test_a_line_going_on_in_lower_case_to_a_legal_form_is_no_organisation():
    from publish import letterhead
    german = language("de")
    assert not letterhead.organisation("ordentlichen Mitgliederversammlung des Makerspace Gütersloh e.V.", german)
    assert letterhead.organisation("vspace.one e.V.", german)         # a brand in lower case: one word
    assert letterhead.organisation("Makerspace Gütersloh e.V.", german)


def test_a_memos_subject_is_its_title_though_its_labels_are_set_in_capitals():
    # "TO:" is the addressee's label as "To:" is: with the subject, the letterhead of a memo.
    text = ("MEMORANDUM\n\nTO: All staff\nFROM: The Director\nSUBJECT: New parking rules for the staff\n\n"
            "The association met eleven times this year and worked with the council on the new play area beside the "
            "school, and this is what we did.\n")
    assert build(text).metadata.title == "New parking rules for the staff"


def test_a_heading_in_capitals_opening_as_an_addressee_does_is_a_title_a_memos_label_has_its_colon():
    # "AAN DE SLAG": "Aan" in capitals opens a heading; the memo's label in capitals is "AAN:".
    from publish import letterhead
    assert letterhead.kind("AAN DE SLAG MET DE TUIN", language("nl")) is None
    assert letterhead.kind("AAN: alle leden", language("nl")) == "addressee"
    text = ("AAN DE SLAG MET DE TUIN\n\nNieuwsbrief Tuinvereniging De Groene Vingers, voorjaar 2024\n\n"
            "Het voorjaar is begonnen en dat betekent dat we weer aan de slag kunnen in onze tuinen. In deze\n"
            "nieuwsbrief leest u wat er dit seizoen te doen is.\n")
    assert build(text).metadata.title == "AAN DE SLAG MET DE TUIN"


def test_a_sections_heading_over_text_announcing_a_quotation_is_no_run_on_of_the_title():
    # The text under the first section's heading ends on a colon, announcing the quotation under
    # it: it is text all the same, and the heading over it no last words of the long title.
    blocks = [_block("display", ["Vorschlag für ein Transparenzgesetz des",
                                 "Bundes – Zum Hintergrund der zivilgesellschaftlichen Initiative"], 1),
              _block("display", ["Anlass für den Gesetzesvorschlag"], 3),
              _block("paragraph", ["Die Regierungsparteien haben in ihrem Koalitionsvertrag vom November 2021 unter "
                                   "anderem folgendes Reformprojekt angekündigt:"], 4),
              _block("paragraph", ["„Wir wollen durch mehr Transparenz unsere Demokratie stärken.“ So steht es "
                                   "im Vertrag, und seitdem ist nichts geschehen."], 5)]
    words = words_of(language("de")).title
    choice = choose(blocks, (), words)
    assert choice is not None
    assert choice.title == "Vorschlag für ein Transparenzgesetz des Bundes – Zum Hintergrund der " \
                           "zivilgesellschaftlichen Initiative"
    # Set apart by a blank line, a paragraph ending on a colon heads nothing over it: the line
    # under the long title is its last words ("... Social Life of Village" / "Listening").
    names = [_block("display", ["Small Machines. Radio Clubs and the Social Life of Village"], 1),
             _block("display", ["Listening"], 2),
             _block("paragraph", ["Anna Beispiel, Jan de Vries, Pieter Voorbeeld, Karin de Boer and Willem "
                                  "van Dijk, with thanks to:"], 3, gap_before=1)]
    choice = choose(names, (), words_of(language("en")).title)
    assert choice is not None and choice.title == "Small Machines. Radio Clubs and the Social Life of Village Listening"


def test_a_title_in_capitals_run_into_the_text_under_it_is_the_title():
    # The paragraph reader ran the title, its subtitle in lower case and the text into one block.
    lines = ["MISERERE MEI, DEUS", "een project met composities van Josquin des Prez en", "Thomàs Ludovico da Victoria",
             "door Ludy Vrijdag", "inleiding", "Het project Miserere mei, Deus behelst composities uit de 16e eeuw",
             "gerelateerd aan de dood en vergiffenis."]
    words = words_of(language("nl")).title
    choice = choose([_block("paragraph", lines, 1)], (), words)
    assert choice is not None and choice.title == "MISERERE MEI, DEUS"


@pytest.mark.parametrize("first", [
    "WIJ NODIGEN ALLE LEDEN UIT VOOR DE",          # a sentence in capitals, broken off on a function word
    "DE VERGADERING IS VERPLAATST.",               # a sentence in capitals
    "NB",                                          # a word alone
    "STICHTING DE WIP",                            # the sender's name over its letter
])
def test_a_paragraph_opening_in_capitals_that_goes_on_as_text_offers_no_title(first):
    lines = [first, "jaarvergadering op vrijdag 14 maart in het clubhuis, waar het bestuur de plannen",
             "voor het nieuwe seizoen toelicht en de leden mogen meepraten."]
    words = words_of(language("nl")).title
    assert choose([_block("paragraph", lines, 1)], (), words) is None
    # A paragraph set in capitals throughout sets no line of it apart.
    shouted = [first, "JAARVERGADERING OP VRIJDAG 14 MAART IN HET CLUBHUIS, WAAR HET BESTUUR DE PLANNEN",
               "VOOR HET NIEUWE SEIZOEN TOELICHT."]
    assert choose([_block("paragraph", shouted, 1)], (), words) is None


def test_a_line_in_capitals_over_a_sentence_run_into_it_may_be_whom_it_addresses_and_is_no_title():
    lines = ["AAN ALLE BEWONERS VAN DE WIJK", "Graag nodigen wij u uit voor de opening van de nieuwe speeltuin",
             "op zaterdag 14 maart, met koffie en limonade voor iedereen."]
    assert choose([_block("paragraph", lines, 1)], (), words_of(language("nl")).title) is None
    english = ["FOR IMMEDIATE RELEASE", "The Open Learning Foundation today opened its new library in Leeds, "
               "with books for every school in the city."]
    assert choose([_block("paragraph", english, 1)], (), words_of(language("en")).title) is None


@pytest.mark.parametrize("register", ["Numéro RNA W852004876", "KvK 12345678"])
def test_a_register_number_under_the_senders_name_is_its_letterhead_not_the_title(register):
    # The sender's block (its name, its number in a register, its mail address) stands apart over
    # the title: the number is no candidate, so the name is the publisher's block.
    text = (f"Stichting De Wip\n{register}\ninfo@speeltuindewip.nl\n\n\nJaarplan voor de speeltuin\n\n"
            "De speeltuin gaat dit jaar twee nieuwe toestellen plaatsen, en de vrijwilligers zoeken nog mensen "
            "die willen helpen.\n")
    assert build(text).metadata.title == "Jaarplan voor de speeltuin"


@pytest.mark.parametrize("title", ["Jaarverslag 2023-2024", "Beleidsplan 2025", "Verslag nr. 12"])
def test_a_kinds_name_with_its_years_or_number_is_no_register_number(title):
    text = (f"{title}\n\nDe speeltuin heeft dit jaar twee nieuwe toestellen geplaatst, en de vrijwilligers "
            "hebben meer uren gedraaid dan ooit.\n")
    assert build(text).metadata.title == title


def test_a_kinds_name_with_a_long_number_names_the_document_and_is_no_register_number():
    blocks = [_block("display", ["Rapport 2024-123456"], 1),
              _block("paragraph", ["Het college van burgemeester en wethouders besluit het verzoek om informatie "
                                   "over de speeltuin gedeeltelijk toe te wijzen."], 2, gap_before=1)]
    choice = choose(blocks, (), words_of(language("nl")).title)
    assert choice is not None and choice.title == "Rapport 2024-123456"


def test_a_kind_of_a_meeting_broken_before_its_date_is_one_title_though_the_date_line_heads_the_points():
    # The minutes' first point stands right under the date line: the date still ends the title.
    blocks = [_block("display", ["Association Zeste de Savoir", "association@zestedesavoir.com"], 1),
              _block("display", ["Procès-verbal de l’Assemblée Générale"], 4, gap_before=2),
              _block("display", ["Ordinaire du 1er mars 2025"], 5),
              replace(_block("item", ["Constitution de l’assemblée générale ordinaire",
                                      "Début à 14h07 en visioconférence"], 6), marker="0.", ordered=True)]
    choice = choose(blocks, (), words_of(language("fr")).title)
    assert choice is not None and choice.title == "Procès-verbal de l’Assemblée Générale Ordinaire du 1er mars 2025"
    # (the text names the meeting across the break: "the annual general meeting")
    english = [_block("display", ["Minutes of the Annual General"], 1),
               _block("display", ["Meeting of 3 March 2025"], 2),
               _block("paragraph", ["The chair opened the annual general meeting at eight and welcomed the members, "
                                    "the new ones in particular."], 3)]
    choice = choose(english, (), words_of(language("en")).title)
    assert choice is not None and choice.title == "Minutes of the Annual General Meeting of 3 March 2025"
    german = [_block("display", ["Protokoll der ordentlichen"], 1),
              _block("display", ["Mitgliederversammlung vom 12. März 2025"], 2),
              _block("paragraph", ["Der Vorsitzende eröffnet die Versammlung um 19 Uhr und begrüßt die Mitglieder, "
                                   "besonders die neuen."], 3)]
    choice = choose(german, (), words_of(language("de")).title)
    assert choice is not None and choice.title == "Protokoll der ordentlichen Mitgliederversammlung vom 12. März 2025"


def test_a_dated_section_heading_under_a_kinds_line_is_no_date_of_the_title():
    # A line of its own words under the kind's line ("Activiteiten van de werkgroep in maart
    # 2024") heads the text; a kind's line that names no meeting ("Verslag 2024") is dated already.
    words = words_of(language("nl")).title
    body = _block("paragraph", ["De werkgroep kwam in maart twee keer bijeen en sprak over de nieuwe toestellen "
                                "in de speeltuin."], 3)
    for over, under in (("Verslag van de werkgroep", "Activiteiten van de werkgroep in maart 2024"),
                        ("Verslag van 2024", "Vergadering van 3 maart 2024"),
                        ("Jaarverslag van de penningmeester", "Stand per 31 december 2024")):
        blocks = [_block("display", [over], 1), _block("display", [under], 2), body]
        choice = choose(blocks, (), words)
        assert choice is not None and choice.title == over


COVER = "Beyond Blockchain:\nPolicy Brief on Next Generation\nWeb Technologies and their\nimpact on OER\n"
COLOPHON = ("Published in 2024 by the Open Learning Foundation, 7 Market Street, Leeds\n"
            "This publication is available in Open Access under a Creative Commons licence.\n")
TEXT = ("\nIntroduction\nThis policy brief follows on an earlier study of distributed ledgers in open education, and "
        "asks what the newer web technologies mean for open educational resources.\n")


def test_a_cover_title_that_a_later_page_opens_with_again_is_the_title_all_its_lines_read_together():
    text = "\f".join([COVER, COLOPHON, COVER + TEXT])
    assert build(text).metadata.title == ("Beyond Blockchain: Policy Brief on Next Generation Web Technologies and "
                                          "their impact on OER")


@pytest.mark.parametrize("cover", [
    ["Stichting De Wip", "Jaarverslag 2023"],           # the publisher's name over the title
    ["Jaarverslag 2023", "www.speeltuindewip.nl"],      # a contact line under it
])
def test_a_cover_repeated_whose_lines_are_a_publishers_block_or_contact_is_not_read_as_one_title(cover):
    # (a page of text under it, no back cover: see title._back_cover)
    body = _block("paragraph", ["De speeltuin heeft dit jaar twee nieuwe toestellen geplaatst, en de vrijwilligers",
                                "hebben meer uren gedraaid dan ooit."] * 7, 6)
    blocks = [_block("display", cover, 1), replace(_block("display", cover, 3), page_start=True), body]
    choice = choose(blocks, (), words_of(language("nl")).title)
    assert choice is not None and choice.title == "Jaarverslag 2023"


def test_a_cover_repeated_whose_first_line_stands_alone_keeps_its_subtitle_apart():
    # "Evaluatie CoronaCheck" is a title complete on its line, over its subtitle: the scorer parts them.
    cover = ["Evaluatie CoronaCheck", "De digitale ondersteuning van het", "coronatoegangsbewijs"]
    body = _block("paragraph", ["Dit rapport beschrijft hoe de app werd gebruikt in de eerste maanden na de",
                                "invoering, en wat de gebruikers ervan vonden."] * 7, 6)
    blocks = [_block("display", cover, 1), replace(_block("display", cover, 4), page_start=True), body]
    choice = choose(blocks, (), words_of(language("nl")).title)
    assert choice is not None and choice.title == "Evaluatie CoronaCheck"


def test_a_cover_whose_lines_no_later_page_opens_with_is_weighed_line_by_line():
    # The cover's words printed again further down a page are no title page.
    text = "\f".join([COVER, COLOPHON, TEXT + "\n" + COVER])
    assert not build(text).metadata.title.startswith("Beyond Blockchain")


def test_a_long_line_of_figures_is_no_register_number_and_is_read_in_time():
    # A register's number is a display line: a line of text as long as a page is never matched
    # against its pattern, whose backtracking grows with the square of the line's length.
    line = "TABLE AB" + "1234567890" * 2000 + "X"
    blocks = [_block("display", [line], 1),
              _block("paragraph", ["De speeltuin heeft dit jaar twee nieuwe toestellen geplaatst, en de vrijwilligers "
                                   "hebben meer uren gedraaid dan ooit."], 2, gap_before=1)]
    started = time.perf_counter()
    choice = choose(blocks, (), words_of(language("nl")).title)
    assert time.perf_counter() - started < 1.0
    assert choice is None


@pytest.mark.parametrize("text", [
    # a sentence whose first line is set in capitals
    "IT WAS A BRIGHT COLD DAY IN APRIL, AND THE CLOCKS\nwere striking thirteen, and the committee met in the village "
    "hall to discuss the playground.\n",
    "OP EEN ZONNIGE ZATERDAG IN JUNI KWAMEN HONDERD\nbuurtbewoners naar de speeltuin om de nieuwe toestellen te "
    "bewonderen en samen feest te vieren.\n",
    "ES WAR EIN SCHÖNER SOMMERTAG, ALS WIR UNS\nim Stadtpark trafen, um gemeinsam mit den Kindern die neuen "
    "Spielgeräte einzuweihen und zu feiern.\n",
    "IL ÉTAIT UNE FOIS UN PETIT VILLAGE DE PÊCHEURS\nau bord de la mer, où les enfants jouaient tous les jours sur "
    "la plage avec leurs amis du quartier.\n",
    # a greeting
    "SEHR GEEHRTE DAMEN UND HERREN\nwir laden Sie herzlich zur Mitgliederversammlung des Vereins am Freitag in das "
    "Vereinsheim ein.\n",
    "LIEBE MITGLIEDER UND FREUNDE DES VEREINS\nwie jedes Jahr laden wir Sie herzlich zu unserem Sommerfest im "
    "Vereinsheim am Stadtpark ein.\n",
    "DEAR MEMBERS AND FRIENDS\nthank you all for coming to the annual general meeting in the village hall last "
    "Friday evening.\n",
    "BESTE LEDEN EN VRIJWILLIGERS VAN DE WIP\nwij nodigen u graag uit voor de jaarvergadering op vrijdag 14 maart in "
    "het clubhuis van de speeltuin.\n",
    "MESDAMES ET MESSIEURS LES ADHÉRENTS\nnous avons le plaisir de vous inviter à l'assemblée générale de notre "
    "association au mois de mars.\n",
    # whom the letter addresses
    "AAN ALLE LEDEN VAN DE VERENIGING\nwij nodigen u graag uit voor de jaarvergadering op vrijdag 14 maart in het "
    "clubhuis van de speeltuin.\n",
    "AN ALLE MITGLIEDER DES VEREINS\nwir laden Sie herzlich zur Mitgliederversammlung am Freitag, dem 14. März, in "
    "das Vereinsheim ein.\n",
    "TO ALL MEMBERS OF THE ASSOCIATION\nfrom the secretary: the annual general meeting will be held in the village "
    "hall on the first Friday in March.\n",
    # a provision's heading
    "§ 1 NAME, SITZ UND GESCHÄFTSJAHR\nder Verein führt den Namen Freunde des Stadtparks und hat seinen Sitz in "
    "Bremen; das Geschäftsjahr ist das Kalenderjahr.\n",
    "ARTIKEL 1 BEGRIPSBEPALINGEN\nin dit reglement wordt verstaan onder de vereniging: de speeltuinvereniging De Wip "
    "te Haarlem en haar leden.\n",
    "ARTICLE PREMIER DÉNOMINATION\nil est fondé entre les adhérents aux présents statuts une association régie par "
    "la loi du 1er juillet 1901.\n",
    # organisations, the subject of the sentence or the sender
    "ANWB, KNMI EN RIJKSWATERSTAAT\nwaarschuwen automobilisten voor gladheid op de wegen in het noorden van het land "
    "vanavond en morgenochtend.\n",
    "SPEELTUINVERENIGING DE WIP HAARLEM\npostbus 12, 2000 AA Haarlem, telefoon 023 1234567, bankrekening NL12 RABO "
    "0123 4567 89 en meer.\n",
    # a sentence in capitals longer than a display line
    "THE ASSOCIATION AND ITS MEMBERS WISH TO THANK ALL VOLUNTEERS, DONORS AND NEIGHBOURS WHO HELPED US TO BUILD THE "
    "PLAYGROUND\nin the summer of 2024, with their time, their money and their patience.\n",
])
def test_a_line_in_capitals_over_a_sentence_that_goes_on_in_lower_case_is_no_title(text):
    assert build(text).metadata.title == "Stuk"


def test_a_line_in_capitals_over_a_phrase_is_no_title_unless_the_text_names_it_again():
    # The German nouns open the third line with a capital: the lower-case line is a phrase, but the
    # text never names the first line again, as it names a title ("Het project Miserere mei, Deus").
    opening = ["ES WAR EIN SCHÖNER SOMMERTAG, ALS WIR UNS", "im Stadtpark trafen, um gemeinsam mit den",
               "Kindern die neuen Spielgeräte einzuweihen und zu feiern."]
    assert choose([_block("paragraph", opening, 1)], (), words_of(language("de")).title) is None
    # Named again, but the line in lower case under it ends a sentence: a paragraph's opening.
    sentence = ["DE NIEUWE SPEELTUIN", "is open. De nieuwe speeltuin ligt aan de Lindelaan en heeft twee",
                "toestellen voor de kleinsten en een voetbalveld."]
    assert choose([_block("paragraph", sentence, 1)], (), words_of(language("nl")).title) is None


def test_a_line_in_capitals_longer_than_a_display_line_is_no_title_though_the_text_names_it():
    first = ("DE GESCHIEDENIS VAN DE SPEELTUINVERENIGING DE WIP IN HAARLEM VAN DE OPRICHTING TOT DE NIEUWE "
             "TOESTELLEN")
    lines = [first, "een overzicht door de werkgroep", "Inleiding", "De geschiedenis van de speeltuinvereniging De "
             "Wip in Haarlem van de oprichting tot de nieuwe toestellen is lang en rijk."]
    assert len(first) > 100
    assert choose([_block("paragraph", lines, 1)], (), words_of(language("nl")).title) is None


@pytest.mark.parametrize("over, under, body", [
    ("JAARVERSLAG VAN DE PENNINGMEESTER", "Stand per 31 december 2024",
     "De werkgroep kwam in maart twee keer bijeen en sprak over de nieuwe toestellen in de speeltuin."),
    ("NIEUWSBRIEF VAN DE SPEELTUINVERENIGING", "Activiteiten in maart 2025",
     "De werkgroep kwam in maart twee keer bijeen en sprak over de nieuwe toestellen in de speeltuin."),
    ("NEWSLETTER OF THE FRIENDS OF THE PARK", "Events in March 2025",
     "The committee met twice in March and talked about the new swings, the fence and the volunteers."),
    ("BULLETIN DE L’ASSOCIATION", "Agenda de mars 2025",
     "Le bureau s’est réuni deux fois en mars pour parler des nouveaux jeux, de la clôture et des bénévoles."),
    ("RAPPORT DU TRÉSORIER", "Situation au 31 décembre 2024",
     "Le bureau s’est réuni deux fois en mars pour parler des nouveaux jeux, de la clôture et des bénévoles."),
])
def test_a_title_in_capitals_over_a_dated_line_keeps_it_as_its_subtitle(over, under, body):
    # A line in capitals ends on a capital whether or not its name goes on: no evidence of a
    # meeting's name broken before its date.
    meta = build(f"{over}\n{under}\n{body}\n").metadata
    assert (meta.title, meta.subtitle) == (over, under)


@pytest.mark.parametrize("over, under", [
    ("Bericht des Vorstands", "Aktivitäten im März 2025"),
    ("Rundbrief des Fördervereins", "Veranstaltungen im April 2025"),
])
def test_a_german_title_ending_on_its_noun_is_no_meetings_name_broken_before_its_date(over, under):
    # German capitalises every noun: the capital at the break is no evidence of a name going on.
    blocks = [_block("display", [over], 1), _block("display", [under], 2),
              _block("paragraph", ["Der Vorstand hat sich im März zweimal getroffen und über die neuen Spielgeräte "
                                   "und die vielen Helfer im Park gesprochen."], 3)]
    choice = choose(blocks, (), words_of(language("de")).title)
    assert choice is not None and choice.title == over


@pytest.mark.parametrize("code, over, under, body", [
    ("nl", "VERSLAG VAN DE WERKGROEP SPEELTUIN", "Vergadering 3 maart 2025",
     "De werkgroep kwam in maart twee keer bijeen en sprak over de nieuwe toestellen in de speeltuin."),
    ("de", "Jahresbericht des Vorstands", "Mitgliederversammlung vom 12. März 2025",
     "Der Vorstand hat sich im März zweimal getroffen und über die neuen Spielgeräte gesprochen."),
])
def test_a_line_whole_on_its_last_word_over_a_meetings_kind_and_date_is_not_run_on_into_it(code, over, under, body):
    # A meeting's kind opening the line under runs on only from a line broken off in lower case
    # ("Protokoll der ordentlichen"): a name whole on its line ("... SPEELTUIN", "... des
    # Vorstands") stands over the meeting it is presented at.  (Which of the two the scorer takes
    # is its own matter: a meeting's kind with its date names a document too.)
    blocks = [_block("display", [over], 1), _block("display", [under], 2), _block("paragraph", [body], 3)]
    choice = choose(blocks, (), words_of(language(code)).title)
    assert choice is not None and choice.title != f"{over} {under}"


def test_a_letter_over_the_invitation_it_brings_gives_the_invitation_as_title():
    # "Brief aan de leden" opens with a kind and a function word, but the line under it has no meeting's date
    # written out: it names the document, the letter's line over it does not date it.
    text = ("Brief aan de leden\nUitnodiging jaarvergadering 2024\n\nBeste leden,\n\nHierbij nodigen wij u uit voor "
            "de jaarvergadering van de speeltuinvereniging in het clubhuis aan de Dorpsstraat.\n")
    assert build(text).metadata.title == "Uitnodiging jaarvergadering 2024"


@pytest.mark.parametrize("label, addressee, salutation, body, closing", [
    ("Offerte", "Speeltuinvereniging De Wip\nPostbus 12\n1234 AB Wipstad", "Geachte heer Bakker,",
     "Hierbij sturen wij u onze offerte voor twee nieuwe toestellen in de speeltuin, zoals besproken op 1 maart.",
     "Met vriendelijke groet,"),
    ("Angebot", "Musikverein Harmonie\nPostfach 12\n79539 Lörrach", "Sehr geehrter Herr Bauer,",
     "hiermit senden wir Ihnen unser Angebot für zwei neue Notenständer, wie am 1. März besprochen.",
     "Mit freundlichen Grüßen,"),
    ("Invoice", "Riverside Playground Trust\n12 Mill Lane\nRiverside", "Dear Ms Hill,",
     "Please find below our invoice for the two new swings installed on 1 March 2024.", "Kind regards,"),
])
def test_a_documents_label_over_its_number_is_its_title_not_the_addressee(label, addressee, salutation, body, closing):
    # The kind of the document over its number (an offer's, an invoice's) is the title; the addressee under it is none.
    text = f"{label}\n20240315\n\n{addressee}\n\n{salutation}\n\n{body}\n\n{closing}\n\nJan de Vries\n"
    assert build(text).metadata.title == label


def test_a_kind_over_its_year_is_the_title():
    # A year under a kind's name dates it: the kind's name and its year are the title.
    text = ("Jaarverslag\n2019\n\nHet bestuur legt hierbij het jaarverslag over het jaar 2019 voor aan de leden "
            "van de stichting.\n")
    assert build(text).metadata.title == "Jaarverslag 2019"


@pytest.mark.parametrize("line, never", [
    ("Commentaar http://speeltuinkrant.blogspot.com", True),   # where to reach the publisher: no title
    ("Website www.speeltuinkrant.nl", True),
    ("Handleiding voor MijnOverheid.nl", False),                # a site's name in a title's words
    ("Contact met de buurt", False),
    ("Welkom op onze nieuwe website", False),
    ("Welkom op www.speeltuindewip.nl", False),                  # a title naming the site in its words
    ("Say hello to www.ourvillage.org", False),
    ("Buurt@ctief", False),                                      # a newsletter's name with an at sign
    ("info@speeltuindewip.nl", True),
    ("Tel. 070 123 45 67", True),
])
def test_a_contact_line_is_never_the_title(line, never):
    assert never_title(line, words_of(language("nl")).title) == never


def test_an_invitation_named_with_its_year_under_the_clubs_name_is_the_title():
    # An invitation is a kind of document: named with its year it says what the page is, the club
    # in capitals over it whose it is.
    text = ("FEUERWEHRVEREIN SEEDORF\nEinladung Weihnachtshock 2023\nSamstag, 9. Dezember 2023, 17:30 Uhr\n\n"
            "Hiermit möchte der Vorstand euch zum Weihnachtshock einladen, der dieses Jahr in Seedorf stattfindet.\n")
    assert build(text).metadata.title == "Einladung Weihnachtshock 2023"


@pytest.mark.parametrize("code, over, under", [
    ("nl", "Uitnodiging", "Koor en orkest geven samen een concert in de kerk"),
    ("en", "Invitation", "Choir and orchestra give a concert together in the church"),
])
def test_an_invitation_alone_is_a_label_over_its_headline(code, over, under):
    # The kind's name alone names no document: the headline under it does.
    body = {"nl": "Op zaterdag 9 december spelen het koor en het orkest samen in de kerk, en iedereen is welkom.",
            "en": "On Saturday 9 December the choir and the orchestra play together in the church, all welcome."}
    blocks = [_block("display", [over], 1), _block("display", [under], 2), _block("paragraph", [body[code]], 3)]
    choice = choose(blocks, (), words_of(language(code)).title)
    assert choice is not None and choice.title == under


def test_an_invitation_alone_under_the_title_stays_out_of_it():
    blocks = [_block("display", ["Jahreskonzert 2023"], 1), _block("display", ["Einladung"], 2),
              _block("paragraph", ["Hiermit möchte der Vorstand euch zum Jahreskonzert einladen, das dieses Jahr "
                                   "in Seedorf stattfindet."], 3)]
    choice = choose(blocks, (), words_of(language("de")).title)
    assert choice is not None and choice.title == "Jahreskonzert 2023"


@pytest.mark.parametrize("code, over, under, body", [
    ("nl", "VERSLAG VAN DE WERKGROEP SPEELTUIN", "Vergadering 3 maart 2025",
     "De werkgroep kwam in maart twee keer bijeen en sprak over de nieuwe toestellen in de speeltuin."),
    ("nl", "Notulen van de Algemene", "Ledenvergadering van 3 maart 2025",
     "De voorzitter opende de avond om acht uur en heette de leden welkom, de nieuwe leden in het bijzonder."),
    ("de", "Jahresbericht des Vorstands", "Mitgliederversammlung vom 12. März 2025",
     "Der Vorstand hat sich im März zweimal getroffen und über die neuen Spielgeräte gesprochen."),
    ("en", "Minutes of the Annual General", "Meeting of 3 March 2025",
     "The chair opened the evening at eight and welcomed the members, the new ones in particular."),
])
def test_a_kind_and_its_date_under_a_line_naming_the_kind_leaves_the_title_to_that_line(code, over, under, body):
    # The line above says what the document is ("VERSLAG VAN ...", "Notulen van de ..."), the one
    # under it when: the date line is no title of its own, and the title keeps its kind.
    blocks = [_block("display", [over], 1), _block("display", [under], 2), _block("paragraph", [body], 3)]
    choice = choose(blocks, (), words_of(language(code)).title)
    assert choice is not None and choice.title == over


@pytest.mark.parametrize("code, over, under, body", [
    ("nl", "Persbericht", "Jaarverslag 2024",
     "De speeltuinvereniging heeft het afgelopen jaar twee nieuwe toestellen geplaatst in het park."),
    ("nl", "Stichting De Wip", "Jaarverslag 2024",
     "De speeltuinvereniging heeft het afgelopen jaar twee nieuwe toestellen geplaatst in het park."),
    ("en", "Press release", "Annual report 2024",
     "The playground association placed two new climbing frames in the park over the past year."),
])
def test_a_kind_and_its_date_under_a_label_or_an_organisation_is_the_title(code, over, under, body):
    # A kind's name alone is a label over the document it names, an organisation says whose it is:
    # neither says what the document is of, and the line under them is the title.
    blocks = [_block("display", [over], 1), _block("display", [under], 2), _block("paragraph", [body], 3)]
    choice = choose(blocks, (), words_of(language(code)).title)
    assert choice is not None and choice.title == under


def test_a_meetings_name_run_on_in_title_case_needs_the_text_to_name_the_meeting():
    # "Minutes of the Annual General" / "Meeting of 3 March 2025": one title where the text names
    # the annual general meeting; the same lines over a text that names no such meeting are weighed
    # apart (the scorer's matter).  And a month without its day dates an issue, no meeting.
    body = "The chair opened the {} at eight and welcomed the members, the new ones in particular."
    words = words_of(language("en")).title
    joined = "Minutes of the Annual General Meeting of 3 March 2025"
    for meeting, one in (("annual general meeting", True), ("evening", False)):
        blocks = [_block("display", ["Minutes of the Annual General"], 1),
                  _block("display", ["Meeting of 3 March 2025"], 2), _block("paragraph", [body.format(meeting)], 3)]
        choice = choose(blocks, (), words)
        assert choice is not None and (choice.title == joined) == one
    dayless = [_block("display", ["Minutes of the Annual General"], 1), _block("display", ["Meeting of March 2025"], 2),
               _block("paragraph", [body.format("annual general meeting")], 3)]
    choice = choose(dayless, (), words)
    assert choice is not None and choice.title != "Minutes of the Annual General Meeting of March 2025"


@pytest.mark.parametrize("over, last, text", [
    ("A Handbook for the Volunteers of the Playground and the City", "Farm",
     "Before you start, please read the following rules carefully, because they apply to everyone who helps out:"),
    ("Small Machines. Radio Clubs and the Social Life of Village", "Listening",
     "Anna Beispiel, Jan de Vries, Pieter Voorbeeld, Karin de Boer and Willem van Dijk wrote this report, "
     "with thanks to:"),
    ("SMALL MACHINES. RADIO CLUBS AND THE SOCIAL LIFE OF VILLAGE", "LISTENING",
     "Anna Beispiel, Jan de Vries, Pieter Voorbeeld, Karin de Boer and Willem van Dijk wrote this report, "
     "with thanks to:"),
])
def test_a_long_titles_last_word_over_text_ending_on_a_colon_is_its_last_word_not_a_heading(over, last, text):
    # A word alone over text that announces a list: a long title wrapped before its last word.
    # (A heading of several words over such a text is one: see the Transparenzgesetz case above.)
    source = (f"{over}\n{last}\n{text}\n- close the gate behind you when you come in or go out of the playground\n"
              "- never leave a child alone\n")
    assert build(source).metadata.title == f"{over} {last}"


def test_a_line_of_its_own_words_under_a_meetings_broken_name_is_no_date_of_it():
    # The text names the annual general meeting across the break, but the line under goes on with
    # words of its own (KIND_NAME_WORDS at most run on): a heading of its own, not the meeting's date.
    blocks = [_block("display", ["Minutes of the Annual General"], 1),
              _block("display", ["Meeting room bookings and catering from 3 March 2025"], 2),
              _block("paragraph", ["The chair opened the annual general meeting at eight and welcomed the members, "
                                   "the new ones in particular."], 3)]
    choice = choose(blocks, (), words_of(language("en")).title)
    assert choice is not None and choice.title == "Minutes of the Annual General"


def test_a_title_that_opens_with_no_kind_of_meeting_does_not_run_on_into_a_dated_line():
    # The text prints "in de Vechtstreek. Vertrek ..." (its words, folded, across the break): only
    # a kind of a meeting's name ("Procès-verbal de ...", "Minutes of the ...") goes on into its date.
    blocks = [_block("display", ["Wandeling in de Vechtstreek"], 1), _block("display", ["Vertrek op 3 maart 2025"], 2),
              _block("paragraph", ["Dit voorjaar wandelen we weer in de Vechtstreek. Vertrek is om tien uur bij de "
                                   "kerk, en iedereen is welkom."], 3)]
    choice = choose(blocks, (), words_of(language("nl")).title)
    assert choice is not None and choice.title == "Wandeling in de Vechtstreek"


def test_a_cover_repeated_whose_first_line_is_its_publishers_name_is_not_read_as_one_title():
    # "Gemeente Haarlem:" does not stand alone (its colon), but it is the publisher's name over the title.
    body = _block("paragraph", ["De speeltuin heeft dit jaar twee nieuwe toestellen geplaatst, en de vrijwilligers",
                                "hebben meer uren gedraaid dan ooit."] * 7, 6)
    cover = ["Gemeente Haarlem:", "Jaarverslag 2023"]
    blocks = [_block("display", cover, 1), replace(_block("display", cover, 3), page_start=True), body]
    choice = choose(blocks, (), words_of(language("nl")).title)
    assert choice is not None and choice.title == "Jaarverslag 2023"


@pytest.mark.parametrize("lines", [
    # the sender's name over its address, which its letter names again
    ["STICHTING DE WIP", "postbus 12, 2000 AA Haarlem", "Beste leden, Stichting De Wip nodigt u uit voor de "
     "jaarvergadering op vrijdag 14 maart in het clubhuis."],
    # a sentence in capitals broken off on a function word, which the text says again
    ["WIJ NODIGEN ALLE LEDEN UIT VOOR DE", "jaarvergadering op vrijdag 14 maart", "Nogmaals: wij nodigen alle leden "
     "uit voor de jaarvergadering, in het clubhuis van de speeltuin."],
])
def test_a_line_in_capitals_named_again_is_no_title_when_it_is_a_sender_or_breaks_off(lines):
    assert choose([_block("paragraph", lines, 1)], (), words_of(language("nl")).title) is None


def test_a_meetings_date_line_naming_whose_meeting_it_was_ends_the_minutes_title_too():
    blocks = [_block("display", ["Notulen van de algemene"], 1),
              _block("display", ["Ledenvergadering van 3 maart 2025, Stichting De Wip"], 2),
              _block("paragraph", ["De voorzitter opent de vergadering om acht uur en heet iedereen welkom, in het "
                                   "bijzonder de nieuwe leden."], 3)]
    choice = choose(blocks, (), words_of(language("nl")).title)
    assert choice is not None
    assert choice.title == "Notulen van de algemene Ledenvergadering van 3 maart 2025, Stichting De Wip"


def test_a_first_page_of_text_that_a_later_page_opens_with_again_is_no_cover_title():
    # A dedication set as a short paragraph on its own page, printed again atop the text: a page of
    # text (see _body) is no cover, however its lines may read as a title's.
    dedication = ["Voor alle vrijwilligers van de speeltuin",
                  "die er elke zaterdag weer staan en helpen met de toestellen"]
    body = _block("paragraph", ["De speeltuin heeft dit jaar twee nieuwe toestellen geplaatst, en de vrijwilligers",
                                "hebben meer uren gedraaid dan ooit."] * 7, 6)
    blocks = [_block("paragraph", dedication, 1), replace(_block("paragraph", dedication, 4), page_start=True), body]
    assert choose(blocks, (), words_of(language("nl")).title) is None


HEADED_PAGES = "".join(f"{{head}}\n\nThe team worked on many projects this year, with partners across the health "
                       f"service and beyond.\n\n{number}\n\n\f" for number in range(2, 7))


@pytest.mark.parametrize("under, head, title", [
    # The running heads print the report's short title: the kind's line under the cover's is the title's end.
    ("ANNUAL REPORT | DECEMBER 2022", "Annual Report | December 2022",
     "GREENFIELD ANALYTICS AND RESEARCH TEAM – INNOVATION BRANCH ANNUAL REPORT | DECEMBER 2022"),
    # They print the author's name: the name under the cover's title is its byline, not the title's end.
    ("JONNY PEARSON", "Jonny Pearson", "GREENFIELD ANALYTICS AND RESEARCH TEAM – INNOVATION BRANCH"),
])
def test_a_line_under_the_cover_the_running_heads_print_ends_the_title_when_it_names_the_kind(under, head, title):
    cover = f"GREENFIELD ANALYTICS AND RESEARCH TEAM - INNOVATION\nBRANCH\n{under}\n\n\f"
    assert build(cover + HEADED_PAGES.format(head=head)).metadata.title == title


def test_a_title_line_broken_off_on_a_function_word_runs_on_and_is_no_series():
    text = ("The 19th Winter Conference 2025 on\nBRAIN & COGNITION\n14 to 16 December 2025\n\nProgram\n\n\f"
            "Welcome to the conference, which brings together researchers from all over the country for three "
            "days of talks.\n")
    assert build(text).metadata.title == "The 19th Winter Conference 2025 on BRAIN & COGNITION"


def test_an_authors_field_under_the_title_is_no_part_of_it():
    text = ("Air quality measurements by two airboxes in the city of Haarlem\nAuthors: Anna de Vries and Piet Jansen\n"
            "Institute: Institute for Clean Air\n\nIntroduction\nDuring the campaign two airboxes measured the air in "
            "two streets of the city, one busy and one quiet.\n")
    assert build(text).metadata.title == "Air quality measurements by two airboxes in the city of Haarlem"
    dutch = ("Metingen van de luchtkwaliteit met twee luchtkastjes in de stad Haarlem\nAuteur: Anna de Vries\n\n"
             "Inleiding\nTijdens de meetcampagne hebben twee kastjes de lucht gemeten in twee straten van de stad, "
             "een drukke en een rustige.\n")
    assert build(dutch).metadata.title == "Metingen van de luchtkwaliteit met twee luchtkastjes in de stad Haarlem"


@pytest.mark.parametrize("title, number, text", [
    ("Notulen ledenvergadering", "20250312",
     "Aanwezig: het bestuur en 30 leden. De voorzitter opent de vergadering om acht uur en heet iedereen welkom."),
    ("Trustees’ Annual Report", "1098765",
     "The trustees present their annual report with the financial statements of the charity for the year."),
    ("Protokoll der Mitgliederversammlung", "20250312",
     "Anwesend: der Vorstand und 30 Mitglieder. Der Vorsitzende eröffnet die Versammlung um acht Uhr."),
])
def test_a_number_alone_under_the_title_is_no_part_of_it_and_does_not_take_it_away(title, number, text):
    # A register's, a project's or a date's number under the title: neither the title's last words, nor a
    # paper's number with its title under it (the text's first sentence is none).
    assert build(f"{title}\n{number}\n\n{text}\n").metadata.title == title


@pytest.mark.parametrize("label, number", [("Company number", "01234567"), ("Charity number", "271058"),
                                           ("Registered company number", "01234567")])
def test_a_registers_label_over_its_number_is_no_title(label, number):
    text = (f"{label}\n{number}\n\nAnnual Report and Accounts\n\f"
            "The directors present their report and the financial statements of the company for the year.\n")
    assert build(text).metadata.title == "Annual Report and Accounts"


@pytest.mark.parametrize("label", ["Offerte nummer", "Offertenummer"])
def test_a_documents_own_number_label_over_its_number_stays_the_title_not_the_addressee(label):
    # Not a register's label: the offer's own number, whose label is the title, not the addressee under it.
    text = (f"{label}\n20240315\n\nSpeeltuinvereniging De Wip\nPostbus 12\n1234 AB Wipstad\n\n"
            "Geachte heer Bakker,\n\nHierbij sturen wij u onze offerte voor twee nieuwe toestellen in de speeltuin, "
            "zoals besproken op 1 maart.\n\nMet vriendelijke groet,\n\nJan de Vries\n")
    assert build(text).metadata.title == label


def test_a_kind_over_a_number_with_its_title_under_it_is_a_numbered_paper():
    # A numbered paper's title stands under its number, no sentence of text: the number keeps its place.
    text = ("Tweede Kamer der Staten-Generaal\n\nAanhangsel van de Handelingen\n\n3235\n"
            "Vragen van het lid Jansen (D66) aan de Minister van Financiën over de toeslagen\n"
            "(ingezonden 3 juni 2022).\nVraag 1\nKlopt het dat de toeslagen dit jaar later worden uitbetaald dan "
            "vorig jaar, en dat gezinnen daardoor in de problemen komen?\n")
    assert build(text).metadata.title == \
        "Vragen van het lid Jansen (D66) aan de Minister van Financiën over de toeslagen"


ACCOUNTS_TEXT = "The directors present their report and the financial statements of the company for that year."


@pytest.mark.parametrize("lines, text, expected", [
    ("Annual Report\nfor the year ended\n31 December 2023", ACCOUNTS_TEXT,
     "Annual Report for the year ended 31 December 2023"),
    ("Financial Statements\nfor the year ended\n31 March 2019", ACCOUNTS_TEXT,
     "Financial Statements for the year ended 31 March 2019"),
    ("Jaarverslag\nover het jaar\n2023", "Het bestuur legt het verslag van de stichting over het afgelopen jaar "
     "voor aan de leden.", "Jaarverslag over het jaar 2023"),
    # no date under it: the line is the title's whole, no phrase cut off it (review 21H)
    ("Annual Report\nfor the year ended", ACCOUNTS_TEXT, "Annual Report for the year ended"),
    ("Jahresabschluss\nfür das Geschäftsjahr",
     "Der Vorstand legt den Abschluss des Vereins für das vergangene Jahr vor und dankt allen Helfern.",
     "Jahresabschluss für das Geschäftsjahr"),
    ("Terugblik\nover het jaar", "Het bestuur legt het verslag van de stichting over het afgelopen jaar voor aan de "
     "leden en dankt alle vrijwilligers.", "Terugblik over het jaar"),
    ("Rückblick\nüber das Jahr", "Der Vorstand legt den Bericht des Vereins über das vergangene Jahr vor und dankt "
     "allen Helfern.", "Rückblick über das Jahr"),
    ("Nos projets\npour l'année", "Le conseil présente le rapport de l’association sur l’année écoulée et remercie "
     "tous les bénévoles.", "Nos projets pour l’année"),
])
def test_a_title_line_opening_a_period_takes_its_date_line_or_stays_whole(lines, text, expected):
    # A one-page cover: the title's last line opens a period ("for the year ended") that the date under it closes.
    assert build(f"{lines}\n\f{text}\n").metadata.title == expected


@pytest.mark.parametrize("kind", ["Annual Report", "Annual Report and Financial Statements"])
def test_a_kind_line_closed_by_its_date_on_a_cover_stays_the_subtitle_under_the_organisation(kind):
    # The cover's last line, closed by its date, heads no text (the text begins on the next page): it is the
    # subtitle under the organisation's name as its open line was before the date joined it (review 21H).
    text = f"Greenfield Residents Association\n{kind}\nfor the year ended\n31 March 2024\n\f{ACCOUNTS_TEXT}\n"
    metadata = build(text).metadata
    assert (metadata.title, metadata.subtitle) == \
        ("Greenfield Residents Association", f"{kind} for the year ended 31 March 2024")


@pytest.mark.parametrize("text, expected", [
    # a body sentence citing a title with its date: the date is no part of any title line
    ("Evaluatie van het speelbeleid\n\nDe gemeente schreef in de Evaluatie van het speelbeleid\nmaart 2024 dat de "
     "speeltuinen in de wijk te klein zijn, en dit stuk kijkt wat er sindsdien veranderd is.\n",
     "Evaluatie van het speelbeleid"),
    # a title ending on its own words over a date line: the date is set apart, as before
    ("Evaluatie van het speelbeleid\nmaart 2024\n\nDe gemeente kijkt terug op vier jaar speelbeleid in de wijk, "
     "en op wat de buurt ervan vond.\n", "Evaluatie van het speelbeleid"),
    # "van het jaar" ends a title whole: no period opens there
    ("Vrijwilliger van het jaar\n\nDit jaar kiest het bestuur voor het eerst een vrijwilliger van het jaar, en de "
     "leden mogen meestemmen.\n", "Vrijwilliger van het jaar"),
])
def test_a_date_joins_the_title_only_where_its_line_opens_a_period(text, expected):
    assert build(text).metadata.title == expected


BRUG_TEXT = ("Stichting De Brug zet zich al jaren in voor kinderen in de wijk. In dit plan beschrijven we onze "
             "doelen voor de komende jaren en hoe we die willen bereiken.")
VEREIN_TEXT = ("Der Verein setzt sich seit vielen Jahren für die Kinder im Viertel ein. In diesem Dokument beschreiben "
               "wir unsere Ziele für die kommenden Jahre.")


@pytest.mark.parametrize("over, kind, text", [
    ("Samen sterker", "Beleidsplan van Stichting De Brug", BRUG_TEXT),            # a slogan over the kind's line
    ("Samen sterker", "Jaarverslag van Stichting De Brug", BRUG_TEXT),
    ("Samen sterker", "Statuten van Vereniging De Brug", BRUG_TEXT),
    ("Voor elkaar, met elkaar", "Beleidsplan van Stichting De Brug", BRUG_TEXT),
    ("CONCEPT", "Beleidsplan van Stichting De Brug", BRUG_TEXT),                  # a stamp
    ("Vertrouwelijk", "Rapport van de Gemeente Utrecht", BRUG_TEXT),
    ("Definitief", "Jaarverslag Stichting De Brug", BRUG_TEXT),
    ("De Brug", "Beleidsplan van Stichting De Brug", BRUG_TEXT),                  # a logo's short name
    ("Gemeinsam stark", "Jahresbericht des Fördervereins Musterstadt e.V.", VEREIN_TEXT),
    ("Wir helfen gern", "Satzung des Fördervereins Musterstadt e.V.", VEREIN_TEXT),
])
def test_a_kinds_line_naming_whose_the_document_is_stays_the_title_under_a_slogan_or_stamp(over, kind, text):
    # The line that says what the document is and whose names it; a line over it without a kind is no credit's
    # title (review 21H: a credit-line rule gave the title to "CONCEPT", "Samen sterker", "De Brug").
    assert build(f"{over}\n{kind}\n\n{text}\n").metadata.title == kind


@pytest.mark.parametrize("text, expected", [
    # the organisation over its document: the kind under it is the title
    ("Stichting De Wip\nHuishoudelijk reglement\n\nDit reglement regelt hoe de stichting werkt, wie er in het "
     "bestuur zit en hoe de leden worden gekozen.\n", "Huishoudelijk reglement"),
    # a kind with its year and whose it is names the document
    ("Waterkwaliteit in de stad\nJaarverslag 2023 van de Gemeente Utrecht\n\nDe gemeente meet elk jaar de "
     "kwaliteit van het water in de grachten en de singels van de stad, en deelt de uitkomsten.\n",
     "Jaarverslag 2023 van de Gemeente Utrecht"),
])
def test_a_kinds_line_that_names_the_document_is_no_credit(text, expected):
    assert build(text).metadata.title == expected


def _pages_under_head(first_page: str, head: str) -> str:
    """A first page, then three pages under the running head `head`."""
    later = (f"{head}\n\nDe speeltuin\n\nDe vereniging bouwt dit jaar twee nieuwe toestellen in de speeltuin, en "
             "de vrijwilligers zoeken nog mensen die willen helpen.\n")
    return first_page + "\f" + "\f".join([later] * 3)


def test_the_senders_name_the_running_heads_repeat_with_another_apostrophe_is_its_letterhead_not_the_title():
    later = ("The Worshipful Company of Gardeners' Charity Trust\n\nNotes to the accounts\n\nThe trust gave grants "
             "to three schools in the town, and it paid for the new fence around the allotments this year.\n")
    text = ("The Worshipful Company of Gardeners’ Charity Trust\n\n\nUnaudited Financial Statements for the year "
            "ended 31 March 2019\n\f" + "\f".join([later] * 3))
    assert build(text, name="accounts").metadata.title == \
        "Unaudited Financial Statements for the year ended 31 March 2019"


@pytest.mark.parametrize("title, head", [
    # a kind's name: the title the heads repeat, with another dash or apostrophe, not a sender's name
    ("Beleidsplan – speeltuin De Wip", "Beleidsplan - speeltuin De Wip"),
    ("Huishoudelijk reglement van de Wip’s speeltuin", "Huishoudelijk reglement van de Wip's speeltuin"),
    # the heads in capitals: the title set again as a running head, not a letterhead
    ("De toekomst van de speeltuin", "DE TOEKOMST VAN DE SPEELTUIN"),
])
def test_a_title_the_running_heads_repeat_is_no_letterhead_over_the_line_under_it(title, head):
    text = _pages_under_head(f"{title}\n\n\nWat we de komende jaren willen doen\n\n", head)
    assert build(text, name="plan").metadata.title == title


SHORT_FIRST_LINE = {
    "nl": ("Hoe gebruiken vrijwilligers de sleutelkast eKast\neKast is ontworpen om vrijwilligers zelf de sleutels "
           "van de speeltuin te laten halen en\nterug te brengen, ook als er niemand van het bestuur aanwezig is om "
           "de deur voor hen te openen en\nte sluiten. Zo blijft de speeltuin open.\n\nWie een sleutel haalt, "
           "schrijft zijn naam in het schrift.\n"),
    "en": ("How volunteers use the key cabinet iKey\niKey lets volunteers fetch the keys of the playground "
           "themselves and bring them back\nlater, even when no one from the board is there to open and close the "
           "door for them. So the\nplayground stays open.\n\nWho takes a key writes their name in the book.\n"),
}


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_a_first_line_broken_off_where_the_next_word_would_have_fitted_is_the_title_run_into_the_text(lang):
    text = SHORT_FIRST_LINE[lang]
    document = build(text)
    assert document.metadata.title == text.split("\n")[0]
    # the title leaves the paragraph, which reads it no second time (review 22b-2)
    paragraphs = [block.text for block in document.chapters[0].blocks if isinstance(block, Paragraph)]
    assert paragraphs and not any(text.split("\n")[0] in paragraph for paragraph in paragraphs)


@pytest.mark.parametrize("text", [
    # a paragraph's first line, wrapped a little short of the measure
    "De voorzitter opent de vergadering om acht uur en heet iedereen welkom in het clubhuis\nvan de speeltuin; hij "
    "meldt dat de penningmeester later komt omdat hij nog aan het werk is bij de\nbakker op de hoek van de straat "
    "en dus wat later komt dan de anderen die er al zijn. Daarna\nbegint de vergadering.\n\nDe notulen worden "
    "vastgesteld.\n",
    # a salutation without its comma, the letter going on in lower case
    "Liebe Mitglieder des Vereins\nwir laden euch herzlich zur Mitgliederversammlung ein, die in diesem Jahr im "
    "Clubhaus des\nVereins am ersten Dienstag im März um acht Uhr abends stattfindet. Es gibt Kaffee und Kuchen\n"
    "für alle.\n\nWer nicht kommen kann, meldet sich ab.\n",
    "Madame la Présidente\nnous vous remercions de votre lettre du mois dernier et nous avons lu avec attention "
    "les\nquestions que vous posez au sujet du nouveau terrain de jeux dans le quartier de la gare. Nous\n"
    "répondrons bientôt.\n\nVeuillez agréer nos salutations.\n",
    # a sentence broken off on a function word
    "Het bestuur van de speeltuin heeft besloten dat\nde sleutels voortaan in een kast hangen die vrijwilligers "
    "zelf met hun eigen code kunnen openen,\nook als er niemand van het bestuur aanwezig is om de deur voor hen te "
    "openen en te sluiten. Zo\nblijft de speeltuin open.\n\nWie een sleutel haalt, schrijft zijn naam in het "
    "schrift.\n",
])
def test_a_paragraphs_first_line_is_no_title_where_it_wraps_greets_or_breaks_off_on_a_function_word(text):
    assert build(text).metadata.title == "Stuk"


@pytest.mark.parametrize("lang, line", [
    ("nl", "74e jaargang – nummer 6 – juni/juli 2011"),
    ("nl", "28e jaargang – Nr. 2 2013"),
    ("en", "Volume 3, Issue 2 – June 2019"),
    ("de", "5. Jahrgang – Heft 2 – März 2024"),
    ("fr", "Numéro 12 – mars 2024"),
])
def test_a_line_of_an_issues_labels_numbers_and_dates_is_never_the_title(lang, line):
    assert never_title(line, words_of(language(lang)).title)


@pytest.mark.parametrize("lang, line", [
    ("nl", "Jaargang 2024 in beeld"),            # a word of its own: a title
    ("nl", "Nieuwsbrief nummer 6 – juni 2011"),  # a kind's name with its number names the issue
    ("en", "The 2nd Edition of Spring"),
])
def test_a_title_holding_an_issues_label_is_no_issue_line(lang, line):
    assert not never_title(line, words_of(language(lang)).title)


def test_an_issue_line_alone_over_the_text_is_no_title_the_files_name_stands_in():
    body = ("De leden van de vereniging kwamen in maart weer bijeen in de zaal achter het café, en het bestuur\n"
            "vertelde wat er het komende jaar op het programma staat voor jong en oud in de buurt.\n")
    text = "74e jaargang – nummer 6 – juni/juli 2011\n\n" + body
    assert build(text, name="kerkbode-2011").metadata.title == "Kerkbode 2011"


# An article opening with its authors and their schools, then its title, its subtitle and its lede.
ARTICLE_BYLINE = ("Anna de Vries / Basisschool De Wip, Haarlem, en de werkgroep speeltuin en\nPiet Jansen / Gemeente "
                  "Haarlem en voorzitter van de speeltuinvereniging.\n\n")
ARTICLE_SUBTITLE = "Spelend Leren,\nBuitenspelen, Natuur\n"
ARTICLE_LEDE = ("Met SLBN willen we de kinderen warm maken\nvoor de speeltuin en voor de natuur. We hopen het\n"
                "beeld van de saaie speeltuin te doorbreken. Via\nhet SLBN-project zien kinderen dat spelen en leren\n"
                "samengaan in de buurt.\n\nDe speeltuin is elke dag open van negen tot vijf, en in de zomer tot zeven "
                "uur in de avond.\n")


def test_the_line_set_apart_right_over_the_heading_that_opens_the_text_is_its_title_the_heading_its_subtitle():
    # its name, an acronym the subtitle spells out: the article's own
    text = ARTICLE_BYLINE + "Het SLBN-project\n" + ARTICLE_SUBTITLE + ARTICLE_LEDE
    assert build(text).metadata.title == "Het SLBN-project"


@pytest.mark.parametrize("over", [
    "IN DE KLAS\n",         # a rubric in capitals
    "3 maart 2024\n",       # a date
    "Aanwezig:\n",          # a label
    "Inhoud\n",             # the contents' heading
    "Stichting De Wip\n",   # the sender, an organisation
    "Door Anna de Vries\n",     # the author: a byline, or a name alone
    "Tekst: Anna de Vries\n",
    "Anna de Vries\n",
    "Het SLBN-project\n\n",   # a blank line between: a line of its own, not the heading's title
])
def test_no_rubric_date_label_sender_author_or_line_apart_over_the_heading_that_opens_the_text_is_its_title(over):
    text = ARTICLE_BYLINE + over + ARTICLE_SUBTITLE + ARTICLE_LEDE
    assert build(text).metadata.title == "Spelend Leren, Buitenspelen, Natuur"


COLOPHON = ("Colofon\nRedactie\nAnna de Vries (Universiteit Leiden)\nPiet Jansen (Universiteit Utrecht)\n"
            "Aan dit nummer werkten mee\nKarel Smit\n\nHet blad verschijnt vier keer per jaar en wordt aan alle leden "
            "van de vereniging gestuurd, ook aan de leden in het buitenland.\n")


def test_a_periodicals_name_over_its_issues_line_run_into_the_colophon_is_the_title():
    text = "de Wipper\n28e jaargang – Nr. 2 2013\n" + COLOPHON
    assert build(text, name="wipper-28").metadata.title.casefold() == "de wipper"


def test_a_label_ending_on_its_colon_is_no_title_the_files_name_stands_in():
    text = ("Postadres:\nPostbus 2\n7740 AA Coevorden\n\nU heeft een verzoek bij ons ingediend. Wij hebben uw verzoek "
            "op 9 maart 2023 ontvangen en besluiten het af te wijzen.\n")
    assert build(text, name="besluit-woo").metadata.title == "Besluit woo"
    # a line announcing the title under it opens that title, and stays
    lead_in = ("In een notendop:\nHET STRATEGISCH PLAN\n\nDe gemeente bouwt dit jaar twee speeltuinen in de wijk, en "
               "de buurt mag meedenken over wat er komt te staan.\n")
    assert build(lead_in).metadata.title == "In een notendop: HET STRATEGISCH PLAN"


# Review 22b-1: a section's rubric or a byline over the heading that opens the text, its words not the
# text's own (no acronym of it that the heading spells out), is no title: the heading is.
RUBRIC_TEXT = {
    "nl": ("Natacha de Groot / Sint-Bavohumaniora, Gent, RVO-society en Dwengo vzw en\nFrancis Wyffels / UGent en "
           "voorzitter van Dwengo vzw.\n\n", "Nieuwe voorzitter gekozen\n",
           "Met de nieuwe voorzitter willen we de vereniging weer warm maken voor\njonge mensen en in het bijzonder "
           "voor vrijwilligerswerk. We hopen het\nstereotype beeld van de saaie vergadering te doorbreken.\n"),
    "en": ("Natacha Green / St Bavo School, Ghent, RVO Society and Dwengo Foundation and\nFrancis Wyffels / Ghent "
           "University and chair of the Dwengo Foundation.\n\n", "New chair elected\n",
           "With the new chair we want to make the association attractive again to\nyoung people and to "
           "volunteering in particular. We hope to break the\nstereotype of the boring meeting.\n"),
    "de": ("Natacha Grün / Sankt-Bavo-Schule, Gent, RVO-Gesellschaft und Dwengo e.V. und\nFranz Weiß / Universität "
           "Gent und Vorsitzender des Dwengo e.V.\n\n", "Neuer Vorsitzender gewählt\n",
           "Mit dem neuen Vorsitzenden wollen wir den Verein wieder für junge\nMenschen und besonders für das "
           "Ehrenamt begeistern. Wir hoffen, das Bild\nder langweiligen Sitzung zu durchbrechen.\n"),
    "fr": ("Natacha Leblanc / École Saint-Bavon, Gand, société RVO et association Dwengo et\nFrançois Wyffels / "
           "Université de Gand et président de l'association Dwengo.\n\n", "Un nouveau président élu\n",
           "Avec le nouveau président, nous voulons rendre l'association à nouveau\nattrayante pour les jeunes et "
           "en particulier pour le bénévolat. Nous\nespérons briser l'image de la réunion ennuyeuse.\n"),
}


@pytest.mark.parametrize("lang, rubric", [
    ("nl", "Uit het bestuur"), ("nl", "Kort nieuws"), ("nl", "Vanuit de gemeente"), ("nl", "In memoriam"),
    ("nl", "Van het bestuur"), ("nl", "Interview met Jan de Vries"), ("nl", "Tekst en foto's Anna de Vries"),
    ("nl", "Nieuws"),
    ("en", "News in brief"), ("en", "From the committee"), ("en", "Member spotlight"),
    ("en", "Words and pictures by Anna Green"),
    ("de", "Aus dem Vorstand"), ("de", "Kurz notiert"), ("de", "In eigener Sache"),
    ("fr", "Vie de l'association"), ("fr", "En bref"), ("fr", "Texte et photos Anne Leblanc"),
])
def test_a_rubric_or_byline_over_the_heading_that_opens_the_text_is_no_title_the_heading_is(lang, rubric):
    byline, heading, lede = RUBRIC_TEXT[lang]
    text = byline + rubric + "\n" + heading + lede
    assert build(text).metadata.title == heading.strip()


@pytest.mark.parametrize("rubric, heading, lede", [
    ("Uit de MR\n", "Nieuwe voorzitter gekozen\n", "De MR heeft in maart een nieuwe voorzitter gekozen. Zij neemt "
     "het stokje\nover van Piet, die de MR negen jaar leidde. We danken hem voor zijn inzet\nen wensen haar veel "
     "succes.\n"),
    ("News from the PTA\n", "New chair elected\n", "The PTA elected a new chair in March. She takes over from "
     "Peter, who\nled the PTA for nine years. We thank him for his work and wish her\nevery success.\n"),
])
def test_a_rubric_naming_a_body_the_lede_names_again_is_no_title_the_heading_is(rubric, heading, lede):
    # the rubric's acronym recurs in the lede, but the heading does not spell it: a section's label
    text = RUBRIC_TEXT["nl"][0] + rubric + heading + lede
    assert build(text).metadata.title == heading.strip()


# Review 22b-2: a paragraph's first line broken off short, the text going on in lower case or opening a
# sentence under it, is no title unless the next line opens with the name the title gives its subject.
SENTENCE_GOING_ON = [
    ("Het afgelopen jaar\n", "hebben onze vrijwilligers in de speeltuin weer heel veel werk verzet, van het "
     "schilderen van\nde hekken tot het snoeien van de struiken langs het pad naar de zandbak achter het\nclubhuis. "
     "We danken hen.\n"),
    ("Over the past twelve months\n", "our volunteers have done a great deal of work in the playground again, from "
     "painting the\nfences to pruning the bushes along the path to the sandpit behind the clubhouse and\nthe shed. "
     "We thank them.\n"),
    ("Im vergangenen Jahr\n", "haben unsere Freiwilligen auf dem Spielplatz wieder sehr viel Arbeit geleistet, vom "
     "Streichen\nder Zäune bis zum Schneiden der Sträucher entlang des Weges zum Sandkasten hinter dem\nVereinsheim. "
     "Wir danken ihnen.\n"),
    ("Au cours de l'année écoulée\n", "nos bénévoles ont encore fait beaucoup de travail sur le terrain de jeux, de "
     "la peinture des\nclôtures à la taille des buissons le long du chemin vers le bac à sable derrière le\nclub. "
     "Nous les remercions.\n"),
    ("IN HET AFGELOPEN JAAR\n", "hebben onze vrijwilligers in de speeltuin weer heel veel werk verzet, van het "
     "schilderen van\nde hekken tot het snoeien van de struiken langs het pad naar de zandbak achter het\nclubhuis. "
     "We danken hen.\n"),
    ("Het bestuur\n", "van de vereniging heeft besloten dat de speeltuin voortaan ook op zondag open is, van tien "
     "uur\ns ochtends tot vijf uur in de middag, zodat ook de gezinnen die door de week werken er\nterecht kunnen.\n"),
    ("Het regent zacht op de daken\n", "en op de bomen in de stille avond van november, terwijl de mensen slapen\n"
     "en de lantaarns branden langs de gracht waar niemand meer loopt en de kou\nlangzaam door de kieren van de "
     "oude huizen naar binnen kruipt als een kat\ndie zijn plek zoekt.\n"),
    ("Hoi allemaal\n", "hierbij de uitnodiging voor de jaarlijkse ledenvergadering die dit jaar\nweer plaatsvindt in "
     "het dorpshuis aan de Kerkstraat. Na afloop is er een\nhapje en een drankje. Wij hopen jullie allemaal daar te "
     "zien en rekenen\nop een goede opkomst.\n"),
    ("Moin zusammen\n", "hiermit laden wir euch zur jährlichen Mitgliederversammlung ein, die in diesem Jahr\n"
     "wieder im Dorfgemeinschaftshaus in der Kirchstraße stattfindet. Danach gibt es einen\nkleinen Imbiss. Wir "
     "hoffen, euch alle dort zu sehen, und rechnen mit\nvielen Gästen.\n"),
    ("Good morning everyone\n", "here is the invitation to the annual general meeting, which this year takes place\n"
     "again in the village hall on Church Street. Afterwards there will be drinks and a\nbite to eat. We hope to "
     "see you all there and count on a good\nturnout.\n"),
    ("Salut à toutes et à tous\n", "voici l'invitation à notre assemblée générale annuelle qui aura lieu cette "
     "année\nencore dans la salle des fêtes de la mairie. Après la réunion, un apéritif sera\noffert à tous les "
     "participants. Nous comptons sur votre présence et sur une\nbelle affluence.\n"),
    ("Chers membres de l'association\n", "nous avons le plaisir de vous inviter à notre assemblée générale qui "
     "aura\nlieu cette année dans la salle des fêtes de la mairie. Après la réunion,\nun apéritif sera offert à tous "
     "les participants. Nous comptons sur votre\nprésence.\n"),
]


@pytest.mark.parametrize("first, rest", SENTENCE_GOING_ON)
def test_a_first_line_going_on_in_the_text_under_it_is_no_title(first, rest):
    assert build(first + rest + "\nDe volgende keer meer.\n").metadata.title == "Stuk"


@pytest.mark.parametrize("salutation", ["Chers membres,", "Chères adhérentes,", "Chers amis et chères amies,"])
def test_a_french_plural_salutation_opens_a_letter_as_the_singular_does(salutation):
    # "Chers", "Chères": the salutation's plural, as the singular "Cher", "Chère" (review 22b-3)
    words = words_of(language("fr"))
    assert words.title.salutation.match(salutation)
    assert words.salutation_alone.match(salutation.split()[0] + ",")


@pytest.mark.parametrize(("kind", "headline", "contact", "text"), [
    ("Uitnodiging", "Feestelijke opening van het vernieuwde dorpshuis De Schakel", "Aanmelden via info@deschakel.nl",
     "Op zaterdag 12 april openen wij het vernieuwde dorpshuis. U bent van harte welkom vanaf 14.00 uur."),
    ("Einladung", "Feierliche Eröffnung des neuen Gemeindehauses in Beilstein",
     "Anmeldung unter info@gemeinde-beilstein.de",
     "Am Samstag, den 12. April, eröffnen wir das neue Gemeindehaus. Sie sind herzlich eingeladen."),
    ("Invitation", "Official opening of the new village hall in Horsley", "Please reply to clerk@horsleypc.org.uk",
     "On Saturday 12 April we open the new village hall. Everyone is welcome from two o'clock."),
    ("Persbericht", "Nieuwe directeur voor het Stedelijk Museum Zwolle", "www.stedelijkmuseumzwolle.nl",
     "Het bestuur van het Stedelijk Museum heeft Anna de Vries benoemd tot directeur. Zij begint op 1 september."),
])
def test_a_kinds_name_over_a_headline_over_a_contact_is_a_label(kind, headline, contact, text):
    # The headline over a mail or web address is the news the label brings, no sender's name
    # (review 23d-2).
    assert build(f"{kind}\n\n{headline}\n{contact}\n\n{text}\n").metadata.title == headline


def test_a_kinds_name_over_the_headline_of_the_news_it_brings_is_a_label():
    text = ("Persbericht\n\nKoor en orkest geven samen een concert\n\nOp zondag 12 februari kunt u in de Paterskerk "
            "genieten van de muziek van Schütz en Monteverdi.\n\nMeer informatie: info@koor.nl\n")
    assert build(text).metadata.title == "Koor en orkest geven samen een concert"


REVIEW_23D = [
    # a quoted letter's subject over its salutation in minutes (23d-1)
    ("Minutes of the Annual Parish Meeting\n\nHeld on 3 March 2025 at the Village Hall\n\n1. Apologies\n\nApologies "
     "were received from Cllr Brown.\n\n2. Correspondence\n\nThe clerk read the following letter from the county "
     "council.\n\nSubject: Resurfacing of Church Lane\nDear Clerk,\nThe county council will resurface Church Lane in "
     "May. The road will be closed for three days.\n\n3. Any other business\n\nThere was none.\n",
     "Resurfacing of Church Lane"),
    ("Protokoll der Mitgliederversammlung\n\n14. März 2025, Vereinsheim\n\nTOP 1 Begrüßung\n\nDer Vorsitzende "
     "begrüßt die Anwesenden.\n\nTOP 2 Schreiben der Stadt\n\nDer Schriftführer verliest das Schreiben der Stadt:\n\n"
     "Betreff: Nutzung des Sportplatzes\nSehr geehrte Damen und Herren,\ndie Stadt teilt mit, dass der Sportplatz ab "
     "Mai renoviert wird.\n\nTOP 3 Verschiedenes\n\nKeine Wortmeldungen.\n", "Nutzung des Sportplatzes"),
    # an organisation over an event and its date field, a section's heading under them (23d-3)
    ("Stichting Harmonie Sint Caecilia\nKerstconcert\nDatum\n14 december 2025\n\nProgramma\n\nHet orkest speelt "
     "werken van Bach, Händel en Rutter. Na de pauze zingt het kinderkoor kerstliederen uit de hele wereld.\n",
     "Programma"),
    ("Gemeente Zwolle\nVoortgang project Spoorzone\nDatum\n14 april 2025\n\nAanleiding\n\nIn deze brief informeren "
     "wij u over de voortgang van het project Spoorzone. De werkzaamheden liggen op schema.\n\nVervolg\n\nIn juni "
     "volgt een nieuwe brief.\n", "Aanleiding"),
    # a sender over its date field over the addressee: no candidate left (23d-4)
    ("Gemeente Utrecht\nDatum\n14 april 2025\n\nAan de bewoners van de Kerkstraat\n\nGeachte bewoner,\n\nIn mei "
     "beginnen wij met het vervangen van de riolering in uw straat. Wij verwachten dat de werkzaamheden zes weken "
     "duren.\n\nMet vriendelijke groet,\n\nAnna de Vries\n", "Datum"),
    # an event or a name cut short named after "deze editie van", "dit nummer van" (23d-6)
    ("12e jaargang – nummer 3 – september 2025\n\nOp zaterdag 13 september is het weer zover. Tijdens deze editie "
     "van de Open Monumentendag zijn in onze wijk zes gebouwen open, waaronder de oude watertoren.\n\nDe Open "
     "Monumentendag wordt georganiseerd door vrijwilligers van de historische vereniging.\n", "Open Monumentendag"),
    ("74e jaargang – nummer 6 – juni/juli 2011\n\nAls dit nummer van De Wipper verschijnt, is de zomer begonnen en "
     "gaan veel kinderen op vakantie.\n\nRedactie De Wipper: Anna de Vries\n", "Wipper"),
]


@pytest.mark.parametrize(("text", "wrong"), REVIEW_23D)
def test_the_review_23d_inputs_get_no_wrong_title(text, wrong):
    # A subject quoted in minutes, a section's heading, a date's label, an event named by "this
    # edition": none names the document.
    assert build(text).metadata.title != wrong


@pytest.mark.parametrize("text, expected", [
    ("NO2ID submission to the\nJoint Committee on Human Rights:\nDraft (Partial) Immigration and Citizenship Bill 2008"
     "\n\nNO2ID\nBox 412\nLONDON\n\nThe committee asked for evidence on the draft bill, and this submission "
     "answers its call point by point.\n",
     "NO2ID submission to the Joint Committee on Human Rights: Draft (Partial) Immigration and Citizenship Bill 2008"),
    ("Reactie van de speeltuinvereniging op de\nConsultatie Omgevingsvisie Haarlem:\n"
     "Ontwerp van de visie op de buitenruimte van de stad\n\nSpeeltuinvereniging De Wip\nPostbus 12\n\n"
     "De vereniging heeft het ontwerp gelezen en geeft hier haar reactie op de punten die de speeltuinen raken.\n",
     "Reactie van de speeltuinvereniging op de Consultatie Omgevingsvisie Haarlem: Ontwerp van de visie op de "
     "buitenruimte van de stad"),
    ("Stellungnahme des Vereins zum\nEntwurf des Landesgesetzes:\nÄnderung des Spielplatzgesetzes Nordrhein-Westfalen"
     "\n\nSpielplatzverein Sonnenschein e.V.\nPostfach 12\n\nDer Verein hat den Entwurf gelesen und nimmt zu den "
     "Punkten Stellung, die Spielplätze in der Stadt betreffen.\n",
     "Stellungnahme des Vereins zum Entwurf des Landesgesetzes: Änderung des Spielplatzgesetzes Nordrhein-Westfalen"),
])
def test_a_title_broken_off_on_a_function_word_goes_on_over_the_colon_of_its_main_title(text, expected):
    # A title never ends on "the": the colon closing the line under it parts the main title from
    # its subtitle, it is no label's.  The subtitle ends the title's block, over the sender's block
    # (a line right over the text may be a section's heading or a place: see the tests below).
    assert build(text).metadata.title == expected


def test_a_label_ending_on_its_colon_under_a_whole_title_stays_a_label():
    # Under a title whose line is whole, a line ending on a colon is a label (the minutes' "Aanwezig:",
    # a memo's "To:"): never run on into the title.
    minutes = ("Notulen ledenvergadering 3 maart 2025\nAanwezig:\nJan Jansen, Piet de Vries\n\n"
               "De voorzitter opent de vergadering om acht uur en heet iedereen van harte welkom in de zaal.\n")
    assert build(minutes).metadata.title == "Notulen ledenvergadering 3 maart 2025"
    memo = ("Memorandum on the opening hours\nTo:\nAll park wardens\n\nFrom next month on the parks open at seven "
            "in the morning and close at ten in the evening, every day of the week.\n")
    assert build(memo).metadata.title == "Memorandum on the opening hours"



@pytest.mark.parametrize("text, expected", [
    ("Stichting De Wip\nwww.dewip.nl\n\nUitnodiging voor de\nAlgemene Ledenvergadering:\nDatum: 3 maart 2025\n\n"
     "Het bestuur nodigt alle leden uit voor de vergadering, waar we het jaarverslag en de begroting bespreken.\n",
     "Uitnodiging voor de Algemene Ledenvergadering"),
    ("Riverside Park Trust\nwww.riversidepark.org\n\nInvitation to the\nAnnual General Meeting:\nDate: 3 March 2025\n\n"
     "The board invites all members to the meeting, where we discuss the annual report and the budget.\n",
     "Invitation to the Annual General Meeting"),
    ("Association Les Amis du Parc\nwww.amisduparc.fr\n\nInvitation à la\nRéunion du Bureau:\nDate : 3 mars 2025\n\n"
     "Le bureau invite tous les membres à la réunion, où nous discutons du rapport annuel et du budget.\n",
     "Invitation à la Réunion du Bureau"),
])
def test_a_main_title_broken_off_over_its_colon_is_the_title_without_a_subtitle_under_it(text, expected):
    # The line under the colon is a field, no subtitle: the main title stands alone, without its colon.
    assert build(text).metadata.title == expected


MINUTES_BODY = {
    "en": "The chair opens the meeting at eight and welcomes everyone to the hall, where the board presents the "
          "report.\n",
    "nl": "De voorzitter opent de vergadering om acht uur en heet iedereen welkom in de zaal van het dorpshuis.\n",
    "de": "Der Vorsitzende eröffnet die Sitzung um acht Uhr und begrüßt alle Mitglieder im Saal des Vereinsheims.\n",
    "fr": "Le président ouvre la réunion à huit heures et souhaite la bienvenue à tous les membres dans la salle.\n",
}
DATES = {       # (a block over the text that is none: the subtitle of a main title may stand over it)
    "en": "12 March 2025, 8 pm\n\n", "nl": "12 maart 2025, 20.00 uur\n\n", "de": "Dortmund, 12. März 2025\n\n",
    "fr": "12 mars 2025, 20 h\n\n",
}
MAIN_TITLES = {
    "en": ("Minutes of the\nAnnual General Meeting:\n", "Minutes of the Annual General Meeting"),
    "nl": ("Notulen van de\nAlgemene Ledenvergadering:\n", "Notulen van de Algemene Ledenvergadering"),
    "de": ("Protokoll der\nMitgliederversammlung:\n", "Protokoll der Mitgliederversammlung"),
    "fr": ("Procès-verbal de la\nréunion du bureau :\n", "Procès-verbal de la réunion du bureau"),
}


@pytest.mark.parametrize("lang, under", [
    ("en", "Present: Anna, Ben, Carla"), ("en", "Apologies: Emma, Frank"), ("en", "Held at the Village Hall"),
    ("en", "Anna, Ben and Carla"), ("en", "Agenda"), ("en", "Riverside Residents Association"),
    ("nl", "Aanwezig: Anna, Bas, Carla"), ("nl", "Afwezig met kennisgeving: Emma, Frank"),
    ("nl", "Gehouden in het Dorpshuis"), ("nl", "Agenda"), ("nl", "Vereniging Dorpsbelang Ee"),
    ("de", "Anwesend: Anna, Bernd, Carla"), ("de", "Entschuldigt: Emma, Frank"),
    ("de", "Abgehalten im Dorfgemeinschaftshaus"), ("de", "Tagesordnung"), ("de", "Förderverein Dorfgemeinschaft e.V."),
    ("fr", "Présents : Anne, Marc, Claire"), ("fr", "Excusés : Emma, Franck"), ("fr", "Tenue à la Salle des Fêtes"),
    ("fr", "Ordre du jour"), ("fr", "Association Les Amis du Parc"),
])
def test_what_a_main_titles_colon_announces_is_no_subtitle(lang, under):
    # Review 24b: a field, names, a section's heading over its text, a place line or an organisation
    # under the colon is no part of the title; the main title stands alone, without its colon.
    lines, expected = MAIN_TITLES[lang]
    for over in ("", DATES[lang]):
        doc = build(f"{lines}{under}\n\n{over}{MINUTES_BODY[lang]}")
        assert doc.metadata.title == expected
        assert doc.metadata.subtitle != under


@pytest.mark.parametrize("text, expected", [
    ("Programme of the\nSpring Concert:\nOverture\n\nThe orchestra opens the evening with a piece that Mozart wrote "
     "for the opening night of his last opera in Vienna.\n", "Programme of the Spring Concert"),
    ("Programma van het\nVoorjaarsconcert:\nOuverture\n\nHet orkest opent de avond met een stuk dat Mozart schreef "
     "voor de eerste avond van zijn laatste opera in Wenen.\n", "Programma van het Voorjaarsconcert"),
    ("Programm des\nFrühlingskonzerts:\nOuvertüre\n\nDas Orchester eröffnet den Abend mit einem Stück, das Mozart "
     "für die erste Aufführung seiner letzten Oper in Wien schrieb.\n", "Programm des Frühlingskonzerts"),
    ("Programme du\nConcert de printemps :\nOuverture\n\nL'orchestre ouvre la soirée avec une pièce que Mozart a "
     "écrite pour la première de son dernier opéra à Vienne.\n", "Programme du Concert de printemps"),
    ("Stichting De Wip\nwww.dewip.nl\n\nUitnodiging voor de\nAlgemene Ledenvergadering:\nDatum: 12 mei 2024\n\n"
     "Beste leden,\n\nHet bestuur nodigt alle leden uit voor de vergadering, waar we het jaarverslag en de begroting "
     "bespreken.\n", "Uitnodiging voor de Algemene Ledenvergadering"),
])
def test_a_programmes_first_piece_or_a_field_under_the_main_title_is_no_subtitle(text, expected):
    # The first piece's heading over its text, or a field over a salutation: the main title alone, no
    # colon left over from the reading of the front matter.
    doc = build(text)
    assert doc.metadata.title == expected
    assert doc.metadata.subtitle is None


RESPONSES = {   # (a main title naming no kind: its subtitle may follow the colon)
    "en": ("Response of the residents to the\nPlanning Committee:\n", "Response of the residents to the Planning "
           "Committee"),
    "nl": ("Reactie van de bewoners op de\nConsultatie Omgevingsvisie:\n", "Reactie van de bewoners op de "
           "Consultatie Omgevingsvisie"),
    "de": ("Stellungnahme der Anwohner zum\nEntwurf des Landesgesetzes:\n", "Stellungnahme der Anwohner zum Entwurf "
           "des Landesgesetzes"),
    "fr": ("Réponse des habitants à la\nConsultation publique :\n", "Réponse des habitants à la Consultation "
           "publique"),
}


@pytest.mark.parametrize("lang, under, subtitle", [
    ("en", "Present: Anna, Ben, Carla", False), ("en", "Anna, Ben and Carla", False),
    ("en", "Riverside Residents Association", False), ("en", "Overture", False),
    ("en", "Draft Local Plan for the Riverside", True),
    ("nl", "Aanwezig: Anna, Bas, Carla", False), ("nl", "Anna, Bas en Carla", False),
    ("nl", "Vereniging Dorpsbelang Ee", False), ("nl", "Ontwerp van de visie op de buitenruimte", True),
    ("de", "Anwesend: Anna, Bernd, Carla", False), ("de", "Anna, Bernd und Carla", False),
    ("de", "Förderverein Dorfgemeinschaft e.V.", False), ("de", "Änderung des Spielplatzgesetzes", True),
    ("fr", "Présents : Anne, Marc, Claire", False), ("fr", "Anne, Marc et Claire", False),
    ("fr", "Association Les Amis du Parc", False), ("fr", "Projet de plan local pour la commune", True),
])
def test_under_a_main_title_naming_no_kind_only_a_subtitle_runs_on(lang, under, subtitle):
    # Set apart over a block that is no text (the date), the line under the colon is the subtitle
    # only when it is none of a field, names, a word alone or an organisation.
    lines, main = RESPONSES[lang]
    doc = build(f"{lines}{under}\n\n{DATES[lang]}{MINUTES_BODY[lang]}")
    assert doc.metadata.title == (f"{' '.join(lines.split())} {under}" if subtitle else main)


@pytest.mark.parametrize("lang, under", [
    ("en", "Background of the plan\n\n"), ("nl", "Achtergrond van het plan\n\n"),
    ("de", "Hintergrund des Entwurfs\n\n"), ("fr", "Contexte du projet\n\n"),
    ("en", "Meeting in the Village Hall\nPresent: Anna, Ben, Carla\n\n12 March 2025, 8 pm\n\n"),
    ("nl", "Bijeenkomst in het Dorpshuis\nAanwezig: Anna, Bas, Carla\n\n12 maart 2025, 20.00 uur\n\n"),
    ("de", "Treffen im Dorfgemeinschaftshaus\nAnwesend: Anna, Bernd, Carla\n\nDortmund, 12. März 2025\n\n"),
    ("fr", "Rencontre à la Salle des Fêtes\nPrésents : Anne, Marc, Claire\n\n12 mars 2025, 20 h\n\n"),
])
def test_a_line_over_the_text_or_over_fields_is_no_subtitle_of_the_main_title(lang, under):
    # A section's heading over its text, or a line the fields of its block go on under (over the
    # meeting's date): in doubt the main title stands alone.
    lines, main = RESPONSES[lang]
    assert build(f"{lines}{under}{MINUTES_BODY[lang]}").metadata.title == main


@pytest.mark.parametrize("lang, label, under", [
    # Review 25i: a line in capitals under the label is as often a season, a stamp, a performer, a
    # section's heading or a body as the title; only a title in the template's slashes over the memo's
    # fields takes the label's place (see the slashed titles' tests).
    ("nl", "/// Nieuwsbrief ///", "VOORJAAR 2024"),
    ("en", "/// Report", "DRAFT"),
    ("nl", "/// Rapport", "SAMENVATTING"),
    ("nl", "/// Programma ///", "KAMERKOOR CANTABILE"),
    ("nl", "/// Rapport", "VLAAMSE OVERHEID"),
    ("de", "/// Mitgliederbrief ///", "FRÜHJAHR 2024"),
])
def test_a_line_in_capitals_under_a_kinds_label_behind_an_ornament_does_not_take_its_place(lang, label, under):
    blocks = [_block("display", [label], 1), _block("display", [under], 3, 1),
              _block("display", ["Versie /// 1.0"], 5, 1)]
    choice = choose(blocks, (), words_of(language(lang)).title)
    assert choice is None or choice.title != under


@pytest.mark.parametrize("text, wrong", [
    # no title under the label: a date, a person, a season, a sender; the label stays a candidate as before
    ("/// Programma ///\n\nzondag 12 januari 2025, 15 uur\n\nOuverture - Mozart\n\nPianoconcert nr. 21 - Mozart\n\n"
     "Pauze\n\nDe toegang is gratis. Na afloop is er koffie in de foyer van het gebouw.\n", "Ouverture – Mozart"),
    ("/// UITNODIGING ///\n\nJan de Vries\n\nVoorzitter\n\nBeste leden, graag nodig ik u uit voor de jaarvergadering "
     "op 3 maart in het clubhuis. We beginnen om acht uur.\n", "Voorzitter"),
    ("// Newsletter //\n\nSpring 2024\n\nDear members, the spring has come and the garden is open again. We hope "
     "to see you all at the first work day.\n", "Spring 2024"),
    ("/// Nieuwsbrief ///\n\nCafe De Klok\n\nDorpsstraat 12\n1234 AB Ons Dorp\n\nBeste gasten, de zomer komt eraan "
     "en het terras is weer open. We hopen u snel weer te zien bij ons.\n", "Cafe De Klok"),
    ("/// Nieuwsbrief ///\n\nSTICHTING DE KLOK\n\nDorpsstraat 12\n1234 AB Ons Dorp\n\nBeste gasten, de zomer komt "
     "eraan en het terras is weer open. We hopen u snel weer te zien bij ons.\n", "STICHTING DE KLOK"),  # in capitals
])
def test_a_kinds_name_behind_an_ornament_with_no_title_under_it_yields_to_no_other_line(text, wrong):
    assert build(text).metadata.title != wrong


@pytest.mark.parametrize("code, top, text, colophon, expected", [
    ("nl", "De filosoo",    # the lettering's last letter lost by the text layer
     "Dit eerste nummer van De Filosoof in het nieuwe jaar brengt licht in de donkere dagen van december.",
     "De Filosoof verschijnt vier keer per jaar en wordt gemaakt door studenten van de faculteit.", "De Filosoof"),
    ("en", "Parish New",
     "Welcome to this issue of the Parish News, which brings the spring fair and the new rota for the hall.",
     "The Parish News is delivered free to every home in the parish by our volunteers.", "Parish News"),
    ("fr", "Petit Journa",
     "Dans ce numéro du Petit Journal, nous revenons sur la fête du village et sur le nouveau marché.",
     "Le Petit Journal est distribué gratuitement dans toutes les boîtes aux lettres de la commune.", "Petit Journal"),
])
def test_a_periodical_whose_masthead_the_page_lost_is_named_as_its_text_names_itself(code, top, text, colophon,
                                                                                      expected):
    blocks = [_block("display", [top], 1), _block("paragraph", [text], 3, 1), _block("paragraph", [colophon], 5, 1)]
    choice = choose(blocks, (), words_of(language(code)).title)
    assert choice is not None and choice.title == expected


@pytest.mark.parametrize("code, top, text", [
    ("nl", "De Wipper",         # the masthead as printed, though the text names it with its article in lower case
     "In dit nummer van de Wipper leest u over de nieuwe speeltuin. De Wipper verschijnt vier keer per jaar."),
    ("nl", "Nieuws",            # more than a letter or two short of the name: a line of its own
     "In dit nummer van Nieuwsbrief De Wip leest u over de speeltuin. Nieuwsbrief De Wip verschijnt in het voorjaar."),
    ("en", "Village Voice",     # the printed masthead: no name cut short, though the name ran into "I"
     "In this issue of Village Voice I want to thank the volunteers who ran the fair. Village Voice thanks them."),
])
def test_a_periodicals_name_in_its_text_leaves_a_printed_masthead_alone(code, top, text):
    blocks = [_block("display", [top], 1), _block("paragraph", [text], 3, 1)]
    choice = choose(blocks, (), words_of(language(code)).title)
    assert choice is not None and choice.title == top


@pytest.mark.parametrize("code, text", [
    # a publisher, an event, a town named after words that are no issue's
    ("nl", "Deze uitgave van de Stichting Dorpsbelang wordt huis aan huis verspreid. Stichting Dorpsbelang dankt u."),
    ("nl", "Deze uitgave van de Gemeente Zwolle wordt huis aan huis verspreid. De Gemeente Zwolle dankt u."),
    ("nl", "Ook deze editie van Open Monumentendag was een succes. Open Monumentendag komt volgend jaar terug."),
    ("en", "Welcome to this edition of the Harvest Fair programme. The Harvest Fair thanks all its helpers."),
    ("nl", "Bel dan dit nummer van de Gemeente Zwolle: 14 038. De Gemeente Zwolle is elke dag bereikbaar."),
    # the name runs into the next sentence's words, which the text never names again
    ("en", "In this issue of Village Voice I want to thank the volunteers. Village Voice thanks them too."),
    # the text names no periodical: a word in lower case
    ("en", "Welcome to this issue of the newsletter, which brings the spring fair and the new rota for the hall."),
    # a page of nothing but issue lines is no evidence: any name mentioned twice after the words (review 25h)
    ("nl", "Voor een gesprek belt u dit nummer van Pastor Jansen: 06-12345678. Pastor Jansen is er elke dag."),
    ("nl", "Buiten kantoortijd belt u dit nummer van de Huisartsenpost: 0900-1515. De Huisartsenpost helpt u."),
    ("nl", "Zoals u in dit nummer van Trouw kon lezen, sluit de bibliotheek. Trouw schreef er eerder over."),
    ("nl", "Als dit nummer van de Kerkbode verschijnt, is het Pinksterfeest dichtbij. Kopij voor de Kerkbode graag."),
    ("en", "As reported in this issue of HS2 lorries, the road will close. HS2 says the works last a year."),
    ("en", "Welcome to this issue of the Parish News, which brings the fair. The Parish News is delivered free."),
    ("fr", "Vous trouverez dans ce numéro de la Mairie les horaires d'été. La Mairie reste ouverte le samedi."),
])
def test_words_naming_no_issue_or_a_name_run_on_give_no_title_to_a_page_of_issue_lines(code, text):
    issue = {"nl": ["Nr. 12", "4e jaargang – november/december 2024"], "en": ["Volume 3, Issue 2 – June 2019"],
             "fr": ["Année 4 – Numéro 12"]}
    blocks = [_block("display", issue[code], 1), _block("paragraph", [text], 4, 1)]
    assert choose(blocks, (), words_of(language(code)).title) is None


@pytest.mark.parametrize("said", [
    "Deze uitgave van de Stichting Dorpsbelang wordt huis aan huis verspreid.",     # its publisher
    "Als dit nummer van de Dorpskrant verschijnt, is het bijna kerst. De Dorpskrant wenst u fijne dagen.",
])
def test_the_name_the_running_heads_prove_wins_over_the_name_the_text_gives(said):
    # The heads print the periodical's name with the number the first page gives the issue.
    blocks = [_block("display", ["Nr. 12", "4e jaargang – november/december 2024"], 1),
              _block("paragraph", [BODY_OF_ISSUE], 4, 1), _block("paragraph", [said], 40, 1)]
    choice = choose(blocks, _heads("Ons Dorp Nr. 12"), words_of(language("nl")).title)
    assert choice is not None and choice.title == "Ons Dorp"


BODY_OF_ISSUE = ("In dit nummer leest u over de nieuwe speeltuin, de kerstmarkt en de vrijwilligers van de buurt, "
                 "en over de plannen van de gemeente voor het dorpshuis.")


LIST_BODY = {"nl": "De commissie besluit de brief van de minister te agenderen voor het overleg van volgende week.",
             "en": "The committee decides to put the minister's letter on the agenda of next week's meeting."}


def test_a_document_field_leaves_the_title_the_page_sets_over_its_fields():
    blocks = [_block("display", ["Jaarverslag 2023"], 1),
              _block("display", ["Document: Jaarverslag 2023, concept voor de ledenvergadering"], 3, 1),
              _block("paragraph", [LIST_BODY["nl"]], 5, 1)]
    choice = choose(blocks, (), words_of(language("nl")).title)
    assert choice is not None and choice.title == "Jaarverslag 2023"


@pytest.mark.parametrize("field", ["Document: 2023-0012", "Document: Openbaar"])    # a file's number, a status
def test_a_document_field_naming_no_kind_is_no_title(field):
    blocks = [_block("display", ["Voortouwcommissie: vaste commissie voor Binnenlandse Zaken"], 1),
              _block("display", [field], 3, 1), _block("paragraph", [LIST_BODY["nl"]], 5, 1)]
    choice = choose(blocks, (), words_of(language("nl")).title)
    assert choice is None or choice.title != field.removeprefix("Document: ")


@pytest.mark.parametrize("code, lines, body", [
    ("en", ["Comments of the Finance Committee", "", "Reviewer: Anna Smith", "Document: Draft Annual Report 2023",
            "Date: 14 March 2024"],
     "The committee welcomes the draft and asks the board to explain the rise in the costs of the hall."),
    ("fr", ["Avis du conseil de quartier", "", "Document : Rapport de la commission de l'urbanisme",
            "Date : 14 mars 2024"],
     "Le conseil de quartier salue le rapport et demande que les riverains soient entendus avant la décision."),
    ("de", ["Stellungnahme des Seniorenbeirats", "", "Dokument: Entwurf Nahverkehrsplan 2025", "Datum: 14. März 2024"],
     "Der Seniorenbeirat begrüßt den Entwurf und bittet darum, die Haltestellen im Ortskern barrierefrei zu bauen."),
    ("nl", ["Reactie van de Dorpsraad Elst", "", "Indiener: Dorpsraad Elst",
            "Document: Ontwerp-bestemmingsplan Centrum 2024", "Datum: 14 maart 2024"],
     "De dorpsraad is blij met het plan en vraagt de gemeente om de bewoners te horen voor het besluit valt."),
])
def test_a_form_about_another_document_keeps_its_own_title_over_the_document_field(code, lines, body):
    # A comment form or opinion records the document it is about in its "Document:" field, under
    # its own title: the field names another document.
    blank = lines.index("")
    blocks = [_block("display", lines[:blank], 1), _block("display", lines[blank + 1:], blank + 2, 1),
              _block("paragraph", [body], len(lines) + 2, 1)]
    choice = choose(blocks, (), words_of(language(code)).title)
    assert choice is not None and choice.title == lines[0]


@pytest.mark.parametrize("code, lines", [
    # a form's own title set right under its first field: the field names the document it comments on
    ("de", ["Gremium: Seniorenbeirat der Stadt Lemgo", "Stellungnahme zum Entwurf",
            "Dokument: Entwurf Nahverkehrsplan 2025"]),
    ("fr", ["Instance : Conseil de quartier Nord", "Avis sur le projet",
            "Document : Rapport annuel 2024 de la commune"]),
    ("en", ["Respondent: Southwick Residents Association", "Response to the consultation",
            "Document: Draft Local Plan 2025"]),
    ("en", ["Respondent: Southwick Residents Association", "Response to the consultation",
            "Document: Draft Annual Report 2025"]),
    ("nl", ["Indiener: Dorpsraad Elst", "Zienswijze van de Dorpsraad",
            "Document: Ontwerp-bestemmingsplan Elst-Centrum 2025"]),
    # a cover note names its enclosure
    ("nl", ["Portefeuillehouder: J. de Vries", "Document: Jaarverslag 2024 Veiligheidsregio Noord", "Bijlage: 1"]),
    # the fields of a decision list under the committee it is for
    ("nl", ["Voortouwcommissie: vaste commissie voor Binnenlandse Zaken",
            "Document: Besluitenlijst van de procedurevergadering van donderdag 2 april 2009"]),
])
def test_a_document_fields_value_is_not_the_title(code, lines):
    body = {"de": "Der Beirat begrüßt den Entwurf und bittet die Stadt, die Haltestellen barrierefrei zu gestalten.",
            "fr": "Le conseil de quartier salue le projet et demande que les arrêts soient accessibles à tous.",
            "en": "The association welcomes the draft and asks the council to keep the green belt around the town.",
            "nl": "De dorpsraad steunt het plan en vraagt de gemeente de bomen langs de dorpsstraat te sparen."}
    blocks = [_block("display", lines, 1), _block("paragraph", [body[code]], 5, 1)]
    value = next(line for line in lines if line.startswith(("Dokument", "Document"))).split(":", 1)[1].strip()
    choice = choose(blocks, (), words_of(language(code)).title)
    assert choice is None or choice.title != value


LABEL_IN_ORNAMENT = {"nl": "/// Nota", "en": "/// Paper"}
FIELDS_UNDER_RULE = ["Van: FOD Beleid en Ondersteuning, FOD Financiën, Kruispuntbank van de Sociale Zekerheid,",
                     "Informatie Vlaanderen. Aan: Intergouvernementeel Comité E-Government (ICEG)."]


@pytest.mark.parametrize("lang, label, title, fields", [
    ("nl", "/// Nota", "Interfederale samenwerking – open datastandaarden", FIELDS_UNDER_RULE),
    ("nl", "/// Nota", "Werkafspraken open data",
     ["Aan: het Stuurorgaan Vlaams Informatie- en ICT-beleid", "Datum: 15 januari 2019"]),
    ("en", "/// Paper", "Shared data standards",
     ["From: the Information Office, the Finance Office,", "To: the Steering Group."]),
    ("de", "/// Bericht", "Gemeinsame Datenstandards",
     ["Von: dem Amt für Information und dem Amt für Finanzen,", "An: den Lenkungskreis."]),
])
def test_a_title_in_slashes_over_a_rule_the_memos_fields_run_into_is_the_title_without_its_slashes(lang, label, title,
                                                                                                    fields):
    blocks = [_block("display", [label], 1), _block("paragraph", [f"/{title}/", "/" * 60, *fields], 3, 1)]
    choice = choose(blocks, (), words_of(language(lang)).title)
    assert choice is not None and choice.title == title


@pytest.mark.parametrize("lang, first, second, third", [
    ("nl", "/Interfederale samenwerking – open datastandaarden/", *FIELDS_UNDER_RULE),     # no rule under it
    ("nl", "/data/vlaanderen/uri/", "/" * 60, FIELDS_UNDER_RULE[0]),                       # a path: no title's words
    ("nl", "Zie /pad/naar/de/stukken/ voor de bijlagen", "/" * 60, FIELDS_UNDER_RULE[0]),  # not set whole in slashes
    # a banner over the rule, the text under it: no memo's fields
    ("nl", "/Vertrouwelijk – niet verspreiden buiten het bestuur/", "/" * 60,
     "Het bestuur heeft op 3 maart besloten de contributie te verhogen. De leden krijgen daarover een brief."),
    ("en", "/Confidential – not for circulation outside the board/", "/" * 60,
     "The board decided on 3 March to raise the fees. The members will get a letter about it."),
    ("nl", "/Open middag in de tuin/", "/" * 60, "Van: 14.00 uur tot 17.00 uur, iedereen is welkom."),  # an hour
])
def test_a_line_in_slashes_over_a_rule_without_a_memos_fields_under_it_is_no_title(lang, first, second, third):
    blocks = [_block("display", [LABEL_IN_ORNAMENT[lang]], 1), _block("paragraph", [first, second, third], 3, 1)]
    choice = choose(blocks, (), words_of(language(lang)).title)
    assert choice is None or choice.title not in (first.strip("/"), first)


def _heads(*lines: str, pages: int = 3) -> tuple[Change, ...]:
    """The running heads removed atop `pages` later pages, one change per line and page."""
    return tuple(Change("running-head", 100 * page + number, line, "") for page in range(1, pages + 1)
                 for number, line in enumerate(lines))


@pytest.mark.parametrize("code, top, under, body", [
    ("en", ["Living with Water", "Climate Adaptation in Southwick", "Date", "14 April 2025"],
     "Anna Smith, Southwick Green Group",
     "This report sets out how the town can live with more water in its streets, gardens and parks."),
    ("nl", ["Leven met water", "Klimaatadaptatie in Zuidwijk", "Datum", "14 april 2025"],
     "Anna de Vries, Groene Groep Zuidwijk",
     "Dit rapport laat zien hoe de wijk kan leven met meer water in haar straten, tuinen en parken."),
])
def test_a_reports_title_block_the_page_header_repeats_stays_the_title(code, top, under, body):
    # A Word report's header repeats its title lines and date atop every later page: the lines
    # under it (the author and their group) are no title, though they stand alone under the block.
    blocks = [_block("display", top, 1), _block("display", [under], 6, 1), _block("paragraph", [body], 8, 1)]
    choice = choose(blocks, _heads(*top), words_of(language(code)).title)
    assert choice is not None and choice.title == top[0] and choice.subtitle == top[1]


@pytest.mark.parametrize("lang, text, title", [
    ("nl", "Gemeente\nJaarverslag 2024\n\nDit verslag laat zien wat de gemeente in het afgelopen jaar heeft gedaan. "
     "De raad bespreekt het in mei.\n", "Jaarverslag 2024"),
    ("en", "Department\nAnnual Report 2024\n\nThis report shows what the department did in the past year. The "
     "board will discuss it in May.\n", "Annual Report 2024"),
    ("fr", "Association\nRapport 2024\n\nCe rapport montre ce que l'association a fait au cours de l'année. Le "
     "bureau en discutera en mai.\n", "Rapport 2024"),
    ("nl", "Vereniging\nOns Dorp\nNieuwsbrief maart 2024\n\nHet voorjaar is begonnen en de vereniging heeft weer "
     "veel plannen. Lees er alles over in deze nieuwsbrief.\n", "Ons Dorp Nieuwsbrief maart 2024"),
])
def test_a_kinds_line_under_an_organisations_word_alone_stays_the_title(lang, text, title):
    # the logo's word alone over the title: the line naming the document is no part of the body's name
    assert build(text).metadata.title == title


@pytest.mark.parametrize("logo, place, greeting, signer", [
    ("Gemeente\nUtrecht", "Utrecht", "Geachte mevrouw Jansen,", "P. Smit\njurist"),
    ("Provincie\nGelderland", "Arnhem", "Geachte heer De Vries,", "M. de Groot\nbeleidsmedewerker"),
    ("Ministerie\nFinanciën", "Den Haag", "Geachte heer De Vries,", "E. Heinen\nminister"),
])
def test_a_letters_signer_is_no_title_under_a_logos_word_alone(logo, place, greeting, signer):
    # a stacked logo ("Gemeente" / "Utrecht") over a letter without a subject: the signer at the foot is
    # no candidate to beat it (review 26e: "P. Smit jurist" became the title and the H1)
    text = (f"{logo}\n\n{place}, 3 mei 2024\n\n{greeting}\n\nUw bezwaar is ongegrond verklaard.\n\n"
            f"Hoogachtend,\n\n{signer}\n")
    doc = build(text)
    name = signer.split("\n")[0]
    assert name not in doc.metadata.title
    assert all(name not in chapter.title for chapter in doc.chapters)


def test_a_boards_signature_is_no_title_under_a_logos_word_alone():
    text = ("Stichting\nSamen sterk voor het dorp\n\nBeste dorpsgenoten,\n\nDit jaar organiseren wij weer de dorpsdag."
            "\n\nMet vriendelijke groet,\n\nHet bestuur\n")
    assert "Het bestuur" not in build(text).metadata.title


MINUTES_TEXT = "\n\n1. Opening\nDe voorzitter opent de vergadering en heet iedereen welkom in het buurthuis.\n"


@pytest.mark.parametrize("text, title", [
    ("Verslag werkgroep speeltuinen\nDatum: 25/09/2018\nLocatie: buurthuis De Wip" + MINUTES_TEXT,
     "Verslag werkgroep speeltuinen"),
    ("Verslag werkgroep speeltuinen\nDatum 12-12-2023" + MINUTES_TEXT, "Verslag werkgroep speeltuinen"),
    ("Minutes of the Garden Committee\nDate: 12 May 2024\nVenue: the village hall\n\n1. Welcome\nThe chair "
     "opened the meeting and welcomed everyone to the village hall.\n", "Minutes of the Garden Committee"),
    ("Protokoll der Mitgliederversammlung\nDatum: 12. Mai 2024\nOrt: Vereinsheim\n\n1. Begrüßung\nDer Vorsitzende "
     "eröffnet die Versammlung und begrüßt alle Mitglieder, die heute in das Vereinsheim gekommen sind. Die "
     "Tagesordnung wird ohne Änderungen angenommen und das Protokoll der letzten Sitzung wird genehmigt.\n",
     "Protokoll der Mitgliederversammlung"),
])
def test_a_date_field_under_the_minutes_title_is_no_part_of_it_and_stays_in_the_text(text, title):
    doc = build(text)
    assert doc.metadata.title == title
    assert doc.metadata.subtitle is None
    field = text.split("\n")[1]       # (not lost: a line of the page, the opening heading's or the text's)
    assert field in doc.front_lines or any(field in chapter.title or field in getattr(block, "text", "")
                                           for chapter in doc.chapters for block in chapter.blocks)


def test_a_date_under_a_kinds_name_without_a_label_still_names_the_issue():
    text = ("Nieuwsbrief\nmaart 2025\n\nVan de voorzitter\nDe zomer was druk bij de speeltuin, en het bestuur "
            "dankt iedereen die meehielp bij de picknick.\n")
    assert "maart 2025" in build(text).metadata.title


@pytest.mark.parametrize("subtitle", ["September 2019", "Date Night: A Comedy"])
def test_a_date_or_a_date_word_without_its_field_under_the_title_is_no_date_field(subtitle):
    from publish.title import date_field
    words = words_of(language("en")).title
    assert not date_field(subtitle, words)
    assert date_field("Date: 12 May 2024", words)
    assert date_field("Date : 12 mai 2024", words_of(language("fr")).title)


def test_the_minutes_title_behind_its_house_styles_slashes_is_named_without_them():
    text = ("/// Verslag werkgroep speeltuinen\n//////////////////////////////\nDatum: 25/09/2018\n"
            "Locatie: buurthuis De Wip\n//////////////////////////////" + MINUTES_TEXT)
    assert build(text).metadata.title == "Verslag werkgroep speeltuinen"
    assert build("Homeraad 16/02/2022" + MINUTES_TEXT).metadata.title == "Homeraad 16/02/2022"


@pytest.mark.parametrize("text, title", [
    ("Minutes of the Board Meeting\nDate: May 3, 2024\nTime: 7:00 pm\nLocation: Community Room\n\n1. Call to Order\n"
     "The chair called the meeting to order at 7:02 pm with six members present.\n", "Minutes of the Board Meeting"),
    ("Verslag werkgroep speeltuinen\nDatum: maart 2025\nLocatie: buurthuis De Wip\n\n1. Opening\n"
     "De voorzitter opent de vergadering en heet iedereen welkom.\n", "Verslag werkgroep speeltuinen"),
])
def test_a_date_field_in_any_form_under_the_minutes_title_stays_out_of_it(text, title):
    """Review 27x: a month-first or month-only date behind its label is the minutes' field too."""
    assert build(text).metadata.title == title


# ----------------------------------------------------------------------------- a block run on over a page break

PROGRAMME_TEXT = ("Om het vertrouwen in de overheid te herstellen is een evenwichtig beleid nodig, met zorg voor\n"
                  "jong en oud. Solidariteit tussen kinderen, ouders en grootouders is daarvoor een voorwaarde.\n")


def test_the_first_line_of_the_next_page_is_no_subtitle_of_the_cover():
    """A programme's cover, its contents headed "INDEX" on page 2 (entries after a backspace), a
    chapter a page: the paragraph reader runs the cover's lines on into "INDEX", which stands on
    the next page and is no subtitle of the cover's title."""
    chapters = ["VERTROUWEN BOUWEN", "ZEKERHEID VAN INKOMEN", "ZORG & WELZIJN"]
    contents = "".join(f"{heading}\x08             {page}\n" for page, heading in enumerate(chapters, 3))
    body = "".join(f"\f{heading}\n\n{PROGRAMME_TEXT}\n" + "".join(f"• Punt {item} van het programma.\n"
                                                                  for item in range(3)) for heading in chapters)
    text = "50PLUS wil het\n goede terug!\n  Verkiezingsprogramma\n        2023-2027\n\fINDEX\n\n\n" + contents + body
    assert build(text).metadata.subtitle != "INDEX"


def test_a_subtitle_under_its_title_on_the_cover_stays():
    text = ("Growing Together\nThe Garden Club's plan for 2025-2027\n\fThe club's income rose this year, mostly "
            "from the subscriptions of its new members, while\nthe costs of the hall and the insurance stayed much "
            "the same as in the year before.\n")
    metadata = build(text).metadata
    assert (metadata.title, metadata.subtitle) == ("Growing Together", "The Garden Club’s plan for 2025-2027")
