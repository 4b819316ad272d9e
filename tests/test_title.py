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
