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
