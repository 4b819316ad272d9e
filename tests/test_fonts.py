"""The booklet's fonts and the machine's (publish/fonts.py)."""
import pytest

from publish.fonts import machine_has_glyph


def test_the_machines_fonts_are_asked_for_a_glyph():
    if machine_has_glyph("a") is None:
        pytest.skip("fc-list is not installed")
    assert machine_has_glyph("a") is True
    assert machine_has_glyph("\U0010fffd") is False          # a private-use code point of plane 16: no font draws it
