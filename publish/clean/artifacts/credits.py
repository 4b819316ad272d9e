"""Photo credits: a line opening with a credit label of the language and a colon ("Fotografie: ...").
"""
from __future__ import annotations

import re

from publish.clean.lines import Changes, Lines, TEXT, lines_matching
from publish.languages import Language
from publish.languages.patterns import default
from publish.clean.artifacts.edits import drop_lines
from publish.clean.artifacts.patterns import furniture


# A credit has a colon, and few lines do.
CREDIT_GATE = re.compile(":")


def remove_photo_credits(lines: Lines, language: Language | None = None) -> tuple[Lines, Changes]:
    texts = list(map(TEXT, lines))
    words = furniture(language or default())
    drop = {index: ("photo-credit", "a credit line (a credit label of the language and a colon) belongs to a picture")
            for index in lines_matching(texts, CREDIT_GATE)
            if texts[index][:1] in words.credit_first and words.credit.match(texts[index])}
    return drop_lines(lines, drop)
