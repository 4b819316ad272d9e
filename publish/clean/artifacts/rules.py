"""Rules drawn as a run of one mark ("__________"): no words, the edition draws its own.
"""
from __future__ import annotations

import re

from publish.clean.lines import Changes, Lines, TEXT, lines_matching
from publish.clean.artifacts.edits import drop_lines


# A rule drawn as a run of one mark ("________", "--------", "========", "////////"; over notes,
# under a heading, to sign on, across a page's foot): it holds no word, and the edition draws its
# own rules.  The rules pass takes the lines of underscores wherever they stand (a line to write
# on, a rule over notes); a run of another mark goes only as a page's furniture (the running-heads
# pass takes it over a foot it removes): amid the text it is a scene break, and atop the first page
# over a running head it is the head's, which goes with it.
RULE = re.compile(r"^([/_=\-–—])\1{4,}$")
RULE_GATE = re.compile(r"\n_{5}")


def remove_rules(lines: Lines) -> tuple[Lines, Changes]:
    texts = list(map(TEXT, lines))
    drop = {index: ("rule", "a rule drawn as a run of one mark: no words, the edition draws its own")
            for index in lines_matching(texts, RULE_GATE) if RULE.match(texts[index])}
    return drop_lines(lines, drop, drop.keys())
