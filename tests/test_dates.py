"""How a date is written (publish/dates.py): the forms the shared pieces accept and refuse."""
import re

import pytest

from publish.dates import CLOCK, IN_FIGURES, TIME, dates
from publish.languages import language


def written(code: str, text: str) -> bool:
    return re.fullmatch(dates(language(code)).written, text, re.IGNORECASE) is not None


@pytest.mark.parametrize("code, text", [
    ("nl", "1 maart 2011"), ("nl", "23 okt. 2024"), ("nl", "7 oktober, 2021"),
    ("en", "9 March 2023"), ("en", "March 12, 2021"), ("en", "1st March 2019"), ("en", "Sept. 3 2020"),
    ("de", "14. Juni 2018"), ("de", "3. Okt. 2020"), ("de", "März 5, 2019"),
    ("fr", "3 février 2020"), ("fr", "12 déc. 2019"), ("fr", "1er mars 2025"),
])
def test_a_date_written_out_with_its_year(code, text):
    assert written(code, text)


@pytest.mark.parametrize("code, text", [
    ("nl", "maart 2011"),          # no day: a month's issue, not a date
    ("nl", "12 maarten 2011"),     # no month's name
    ("nl", "123 maart 2011"),      # no day of a month
    ("nl", "1 maart"),             # no year
    ("en", "1 März 2019"),         # another language's month
    ("de", "14 June 2018"),
    ("fr", "3 February 2020"),
])
def test_no_date_written_out_without_a_day_a_month_of_the_language_and_a_year(code, text):
    assert not written(code, text)


@pytest.mark.parametrize("code, text", [("nl", "7 oktober"), ("en", "March 1st"), ("de", "23. Juli"),
                                        ("fr", "févr. 3")])
def test_a_day_and_its_month_either_way_round(code, text):
    assert re.fullmatch(dates(language(code)).day_month, text, re.IGNORECASE)


def test_the_pieces_of_several_languages_read_the_months_of_each():
    everyone = dates(language("nl"), language("de"))
    assert re.fullmatch(everyone.written, "1 maart 2011", re.IGNORECASE)
    assert re.fullmatch(everyone.written, "1. März 2011", re.IGNORECASE)
    assert re.fullmatch(everyone.weekdays, "dienstag") and re.fullmatch(everyone.weekdays, "zaterdag")
    assert not re.fullmatch(everyone.written, "1 March 2011", re.IGNORECASE)


@pytest.mark.parametrize("text", ["07.01.2019", "24/09/2017", "1-3-21"])
def test_a_date_in_figures(text):
    assert re.fullmatch(IN_FIGURES, text)


@pytest.mark.parametrize("text", ["2.10", "1.4.2", "2024-2025"])
def test_a_sections_or_releases_number_or_a_span_of_years_is_no_date_in_figures(text):
    assert not re.fullmatch(IN_FIGURES, text)


def test_a_time_is_told_by_its_colon_a_clock_time_after_a_date_by_a_dot_too():
    assert re.fullmatch(TIME, "19:00") and not re.fullmatch(TIME, "9.45") and not re.fullmatch(TIME, "9:75")
    assert all(re.fullmatch(CLOCK, text) for text in ("15:41", "9.45", "11:59PM", "2:00 pm"))
