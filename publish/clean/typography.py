"""Dutch typography: curly quotes (an OCR backtick opens a quote), an en dash for a spaced hyphen
between words, an ellipsis character, and no-break spaces where a line must not break."""
from __future__ import annotations

import re
from dataclasses import replace
from functools import partial
from itertools import compress

from publish.clean.lines import Block, Blocks, Changes, JoinedTexts
from publish.report import Change

NBSP = "\u00a0"
# Leads with one literal, the "." both forms share (the regex parser takes it out of the two
# alternatives): the regex engine jumps from one "." to the next.
ELLIPSIS = re.compile(r"\.\.\.|\. \. \.")
# The dash and unit patterns lead with their space, not with a look-behind: the regex engine then
# jumps from one space to the next instead of trying every character.  (Their matches are those
# of (?<=\S) -{1,2} (?=\S) and (?<=\d) (?=(?:miljoen|...)\b).)
RULES: tuple[tuple[str, re.Pattern, object], ...] = (
    ("OCR backtick opening a quote", re.compile(r"`(?=\w)"), "‘"),
    # An acute accent standing alone between letters is a keyboard's apostrophe ("regio´s"):
    # an accent on a letter is one character (é) or a combining one, never a spacing U+00B4.
    ("apostrophe inside a word", re.compile(r"(?<=\w)['\u00b4](?=\w)"), "’"),
    ("a Dutch elision ('s, 't, 'n) opens with an apostrophe",
     re.compile(r"(?:(?<=^)|(?<=[\s(\[]))'(?=[stn]\b)"), "’"),
    ("straight single quote opening", re.compile(r"(?:(?<=^)|(?<=[\s(\[]))'(?=\S)"), "‘"),
    ("straight single quote closing", re.compile(r"'"), "’"),
    ("straight double quote opening", re.compile(r"(?:(?<=^)|(?<=[\s(\[]))\"(?=\S)"), "“"),
    ("straight double quote closing", re.compile(r"\""), "”"),
    ("three dots are an ellipsis", ELLIPSIS, "…"),
    ("a spaced hyphen between words is a dash", re.compile(r" (?<=\S )-{1,2} (?=\S)"), lambda m: _dash(m)),
    ("no break after a title", re.compile(r"\b((?:[Pp]rof|[Dd]r|[Dd]rs|[Mm]r|[Ii]r|[Ii]ng|[Mm]evr|[Dd]hr)\.) (?=\S)"),
     lambda m: m.group(1) + NBSP),
    ("no break between a number and its unit",
     re.compile(r" (?<=\d )(?=(?:miljoen|miljard|procent|euro|ton|duizend|km|kg|%)\b)"), NBSP),
)


# What each rule needs in the text to match at all: a cheap test skips most rules quickly.
TITLES = frozenset("Prof prof Dr dr Drs drs Mr mr Ir ir Ing ing Mevr mevr Dhr dhr".split())
UNIT_AFTER_NUMBER = re.compile(r"\d (?:miljoen|miljard|procent|euro|ton|duizend|km|kg|%)\b")


# A title word standing alone (no word character before it), ". " and a non-space: where the
# title rule matches, as look-behinds of fixed width from the ". " (the regex engine jumps from
# one ". " to the next; the last letter, which a title word must end in, turns most of them down).
_TITLE_ENDS = "".join(sorted({word[-1] for word in TITLES}))
TITLE_DOT = re.compile(r"\. (?<=[" + _TITLE_ENDS + r"]\. )(?:"
                       + "|".join(f"(?<={word}\\. )(?<!\\w{word}\\. )" for word in sorted(TITLES)) + r")(?=\S)")


def _has_title(text: str) -> bool:
    """Whether the title rule matches somewhere."""
    return TITLE_DOT.search(text) is not None


UNIT_WORD = re.compile(r" (?:miljoen|miljard|procent|euro|ton|duizend|km|kg|%)\b")


def _has_unit(text: str) -> bool:
    """UNIT_AFTER_NUMBER.search(text), found from the unit word (\\d is str.isdecimal)."""
    for match in UNIT_WORD.finditer(text):
        if text[match.start() - 1:match.start()].isdecimal():
            return True
    return False


def _contains(*needles: str):
    if len(needles) == 1:
        needle = needles[0]
        return lambda text: needle in text
    return lambda text: any(needle in text for needle in needles)


GATES = (_contains("`"), _contains("'", "\u00b4"), _contains("'"), _contains("'"), _contains("'"), _contains('"'), _contains('"'),
         _contains("...", ". . ."), _contains(" -"), _has_title, _has_unit)
assert len(GATES) == len(RULES)


# The rules whose gates look for a quote, dots or a spaced hyphen: a block with none of these
# (most blocks) skips them all at once, as each gate would; only the title and unit rules remain.
_CHARACTER_RULES = 9
assert all(gate.__name__ == "<lambda>" for gate in GATES[:_CHARACTER_RULES])
_OTHER_RULES = tuple(zip(RULES[_CHARACTER_RULES:], GATES[_CHARACTER_RULES:]))
_ALL_RULES = tuple(zip(RULES, GATES))


def apply(blocks: Blocks) -> tuple[Blocks, Changes]:
    out, changes = list(blocks), []
    for index in _blocks_to_check(blocks):
        block = blocks[index]
        text = block.text
        if "`" in text or "'" in text or '"' in text or "\u00b4" in text or "..." in text or ". . ." in text or " -" in text:
            rules = _ALL_RULES
        else:
            rules = _OTHER_RULES
        for (reason, pattern, replacement), gate in rules:
            if gate(text):
                text = _substitute(block, text, reason, pattern, replacement, changes)
        if text != block.text:
            out[index] = replace(block, text=text)
    return tuple(out), tuple(changes)


_QUOTES = ("`", "'", '"', "\u00b4")


def _blocks_to_check(blocks: Blocks) -> list[int]:
    """The blocks where a gate may open: those holding a quote, three dots, a spaced hyphen, a
    title word before ". " or a number before a unit word.  Found in the joined text of all
    blocks: most blocks (nine in ten) hold none, and a gate test per block cost most of the
    pass.  The gates themselves still decide, block by block, as before.  (str.find finds a
    single character fast: the quotes, the hyphen of a spaced hyphen, the digit before a unit
    word; a regex that leads with one literal character, as ELLIPSIS and TITLE_DOT do, jumps
    from one to the next almost as fast.)"""
    joined = JoinedTexts([block.text for block in blocks])
    text = joined.text
    positions = [at for quote in _QUOTES for at in joined.find_all(quote)]
    positions += [match.start() for match in ELLIPSIS.finditer(text)]
    positions += [at for at in joined.find_all("-") if text[at - 1:at] == " "]
    positions += [match.start() for match in TITLE_DOT.finditer(text)]
    digits = joined.digit_positions()
    positions += compress(digits, map(partial(UNIT_AFTER_NUMBER.match, text), digits))
    return joined.blocks_at(positions)


def _substitute(block: Block, text: str, reason: str, pattern: re.Pattern, replacement, changes: list) -> str:
    def one(match: re.Match) -> str:
        new = replacement(match) if callable(replacement) else replacement
        if new == match.group(0):
            return new
        changes.append(Change("typography", block.line_at(match.start()),
                              _context(text, match), _context(text, match, new), reason))
        return new
    return pattern.sub(one, text)


def _context(text: str, match: re.Match, new: str | None = None) -> str:
    start, end = max(0, match.start() - 12), min(len(text), match.end() + 12)
    middle = match.group(0) if new is None else new
    return (text[start:match.start()] + middle + text[match.end():end]).strip()


def _dash(match: re.Match) -> str:
    """An en dash, except inside a number such as a phone number (06 - 20 583 122)."""
    text, start, end = match.string, match.start(), match.end()
    if text[start - 1].isdigit() and text[end:end + 1].isdigit():
        return match.group(0)
    return " – "
