"""One spelling of academic titles before a name: "prof. dr. Kim Putters" on the cover, in the
front matter and in the byline, not "prof. dr." in one place and "Prof. dr." in another.

The spelling is the document's own where most of its titled names follow one house rule (every
title in lower case, or every title capitalised), else its language's convention
([academic_titles] in language.toml).  A title opening a sentence keeps a capital first letter;
a name alone on its line (a byline, an author) is no sentence.  Only the letters' case changes.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from functools import cache

from publish.clean.tokens import LETTERS
from publish.languages import Language
from publish.report import Change

KIND = "academic-title"
RULES = ("lower", "capital")
SENTENCE_END = re.compile(r"[.!?…][’”'\")\]]*\s+$")


@cache
def titled_name(language: Language) -> re.Pattern | None:
    """A run of the language's titles ("prof. dr. ", "Prof. Dr. ") before a name's capital."""
    titles = sorted(language.words("academic_titles.titles"), key=len, reverse=True)
    if not titles:
        return None
    alternatives = "|".join(re.escape(title) for title in titles)
    return re.compile(rf"(?<![\w.])(?:(?i:{alternatives})\.?\s+)+(?=[A-ZÀ-ÖØ-Þ])")


def spelling_of(run: str) -> str:
    """How a run of titles is written: "lower", "capital" (each title) or "mixed"."""
    words = LETTERS.findall(run)
    if all(word.islower() for word in words):
        return "lower"
    if all(word[:1].isupper() and word[1:].islower() for word in words):
        return "capital"
    return "mixed"


def _opens_sentence(text: str, start: int) -> bool:
    """A title at a sentence's start: after a sentence's end in the same line, or opening a line
    that is itself a sentence (it ends in a full stop); a name alone on its line is none."""
    if start == 0:
        return bool(re.search(r"[.!?…][’”'\")\]]*$", text.rstrip()))
    return bool(SENTENCE_END.search(text[:start]))


def chosen_spelling(texts: Iterable[str], language: Language) -> str:
    """The rule the texts' titled names follow, when most of them follow one; else the language's."""
    pattern = titled_name(language)
    counts: Counter[str] = Counter()
    for text in texts:
        for run in pattern.finditer(text) if pattern else ():
            if not _opens_sentence(text, run.start()):
                counts[spelling_of(run.group())] += 1
    ranked = counts.most_common(2)
    if ranked and ranked[0][0] in RULES and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
        return ranked[0][0]
    return str(language.value("academic_titles.case", "capital"))


def _spelled(run: str, rule: str, sentence_start: bool) -> str:
    titles = iter(range(len(LETTERS.findall(run))))

    def case(word: re.Match) -> str:
        first = next(titles) == 0
        if rule == "capital" or (first and sentence_start):
            return word.group()[:1].upper() + word.group()[1:].lower()
        return word.group().lower()
    return LETTERS.sub(case, run)


def respelled(text: str, rule: str, language: Language) -> str:
    """The text with each titled name's titles spelled by the rule."""
    pattern = titled_name(language)
    if pattern is None:
        return text
    return pattern.sub(lambda run: _spelled(run.group(), rule, _opens_sentence(text, run.start())), text)


def line_of(text: str, source_lines: Sequence[str]) -> int:
    """The number of the first source line holding the start of the text (its first three
    words), 0 when none does (a text the TOML supplied)."""
    opening = " ".join(text.split()[:3])
    for number, line in enumerate(source_lines, start=1):
        if opening and opening in " ".join(line.split()):
            return number
    return 0


def consistent(texts: Sequence[str], rule: str, language: Language, source_lines: Sequence[str],
               where: str) -> tuple[list[str], list[Change]]:
    """The texts with their titles spelled by the rule, and a change for each text rewritten."""
    out = [respelled(text, rule, language) for text in texts]
    changes = [Change(KIND, line_of(before, source_lines), before, after,
                      f"one spelling of academic titles ({rule}) in the {where}")
               for before, after in zip(texts, out) if before != after]
    return out, changes
