"""Titles read from the first page (publish/title.py): cases a scorer must not get wrong."""
from test_structure import build

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


def test_a_title_set_two_words_a_line_is_one_title_though_its_last_lines_run_on():
    # The stack is read from its lines as set: "Arbeiten zum" running on into "digitalen
    # Werkstück" must not leave "Vom handwerklichen" alone as the title.
    text = ("WERKSTATT\n\nVom handwerklichen\nArbeiten zum\ndigitalen Werkstück\n"
            "Ein Kurs über Werkzeuge, Maschinen und die Menschen, die mit ihnen in offenen Werkstätten arbeiten\n\n"
            "von Anna Beispiel\n\n"
            "Wer heute in einer offenen Werkstatt arbeitet, findet dort\nneben der Hobelbank oft auch einen "
            "Drucker, der Teile\naus Kunststoff schichtweise aufbaut. Wer ihn bedienen will,\nlernt zuerst, "
            "wie eine Zeichnung zu einem Programm wird,\nund dann, wie man den Drucker sicher einrichtet.\n"
            + "".join(f"\fWERKSTATT\n\nAuf Seite {page} geht es um die Frage, wie man ein Werkstück\nplant, bevor "
                      "die erste Maschine läuft und das Material\nzugeschnitten wird, und wer dabei hilft.\n"
                      for page in (2, 3, 4)))
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
    text = ("WERKSTATT\n\nVom hölzernen\nHandwerk zum\ndigitalen Werkstück\n"
            "Ein Kurs über Werkzeuge, Maschinen und die Menschen, die mit ihnen in offenen Werkstätten arbeiten\n\n"
            "von Anna Beispiel\n\n"
            "Wer heute in einer offenen Werkstatt arbeitet, findet dort\nneben der Hobelbank oft auch einen "
            "Drucker, der Teile\naus Kunststoff schichtweise aufbaut. Wer ihn bedienen will,\nlernt zuerst, "
            "wie eine Zeichnung zu einem Programm wird,\nund dann, wie man den Drucker sicher einrichtet.\n"
            + "".join(f"\fWERKSTATT\n\nAuf Seite {page} geht es um die Frage, wie man ein Werkstück\nplant, bevor "
                      "die erste Maschine läuft und das Material\nzugeschnitten wird, und wer dabei hilft.\n"
                      for page in (2, 3, 4)))
    assert build(text).metadata.title == "Vom hölzernen Handwerk zum digitalen Werkstück"
