"""The whitespace pass and the characters of a PDF's text layer it sets as a reader gets them:
a soft hyphen that was printed."""
from __future__ import annotations

from clean_helpers import lines
from publish.clean.whitespace import normalise


def test_a_soft_hyphen_between_digits_is_the_printed_hyphen():
    """A layout engine hyphenates no number: the PDF coded the range's hyphen as a soft one."""
    out, changes = normalise(lines("Gregoriana, 1933\u00ad1936.", "p. 82\u00ad105 en de laat\u00admiddeleeuwse"))
    assert [line.text for line in out] == ["Gregoriana, 1933-1936.", "p. 82-105 en de laatmiddeleeuwse"]
    assert [change.kind for change in changes] == ["printed-hyphen", "printed-hyphen"]
