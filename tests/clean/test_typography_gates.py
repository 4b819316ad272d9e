"""Each typography rule's cheap gate is true whenever the rule's pattern matches (so skipping is safe)."""
from __future__ import annotations

import random

from publish.clean import typography
from publish.languages import language

ALPHABET = ["Prof", "prof", "dr", "Drs", "mr", "ir", "Ing", "mevr", "Dhr", "xdr", "_dr", "é", "a", "1", "20",
            ". ", ".", " ", "\u00a0", "\n", "miljoen", "km", "kg", "%", "euro", "tons", "-", "'", '"', "`", "\u00b4",
            "...", "s", "t", "n"]


def test_gates_never_skip_a_match():
    chooser = random.Random(7)
    style = typography.style(language("nl"))
    for _ in range(20000):
        text = "".join(chooser.choice(ALPHABET) for _ in range(chooser.randint(1, 12)))
        for (_, pattern, _), gate in zip(style.rules, style.gates):
            if pattern.search(text):
                assert gate(text), (pattern.pattern, text)


def test_title_and_unit_gates_are_exact():
    chooser = random.Random(11)
    style = typography.style(language("nl"))
    reasons = [reason for reason, _, _ in style.rules]
    at_title, at_unit = reasons.index("no break after a title"), reasons.index("no break between a number and its unit")
    title, unit = style.rules[at_title][1], style.rules[at_unit][1]
    for _ in range(20000):
        text = "".join(chooser.choice(ALPHABET) for _ in range(chooser.randint(1, 12)))
        assert style.gates[at_title](text) == bool(title.search(text)), text
        assert style.gates[at_unit](text) == bool(unit.search(text)), text
