"""How a date is written in a language: the regex pieces every pattern that reads a date composes."""
from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from publish.languages import Language
from publish.languages.patterns import alternatives

# A day of the month: "7", "14." (German), "1st", "1er" (French).
DAY = r"\d{1,2}(?:\.|st|nd|rd|th|er)?"
YEAR = r"\d{4}"
# A time of day: "19:00".  Right after a date also "9.45" and "11:59PM" (a clock time); alone,
# "2.10" is a section's number.
TIME = r"\d{1,2}:[0-5]\d"
CLOCK = rf"(?:{TIME}|\d{{1,2}}\.[0-5]\d)(?:\s?[AaPp][Mm])?"
# A date in figures: "07.01.2019", "24/09/2017", "1-3-21".
IN_FIGURES = r"\d{1,2}[-./]\d{1,2}[-./]\d{2,4}"


@dataclass(frozen=True)
class Dates:
    """The date pieces of a language, from its word lists (furniture.months, furniture.weekdays)."""

    months: str     # the alternation of the months' names and abbreviations
    weekdays: str   # the alternation of the days of the week

    @property
    def day_month(self) -> str:
        """A day and its month, either way round: "7 oktober", "14. Juni", "March 1st", "févr. 3"."""
        return rf"(?:{DAY}\s+(?:{self.months})\.?|(?:{self.months})\.?\s+{DAY})"

    @property
    def written(self) -> str:
        """A date written out with its year: "1 maart 2011", "14. Juni 2018", "March 12, 2021"."""
        return rf"{self.day_month},?\s+{YEAR}"


@cache
def dates(*languages: Language) -> Dates:
    """The date pieces of the languages: the text's own, or every supported one (page furniture is
    read in any: an English "Downloaded ... March 12, 2021" stands on a Dutch report)."""
    return Dates(months=alternatives(word for each in languages for word in each.value("furniture.months", ())),
                 weekdays=alternatives(word for each in languages for word in each.value("furniture.weekdays", ())))
