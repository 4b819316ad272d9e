"""Dutch typography: curly quotes (an OCR backtick opens a quote), an en dash for a spaced hyphen
between words, an ellipsis character, and no-break spaces where a line must not break."""
from __future__ import annotations

import re
from dataclasses import replace

from publish.clean.lines import Block, Blocks, Changes, JoinedTexts
from publish.report import Change

NBSP = "\u00a0"
RULES: tuple[tuple[str, re.Pattern, object], ...] = (
    ("OCR backtick opening a quote", re.compile(r"`(?=\w)"), "‘"),
    ("apostrophe inside a word", re.compile(r"(?<=\w)'(?=\w)"), "’"),
    ("a Dutch elision ('s, 't, 'n) opens with an apostrophe",
     re.compile(r"(?:(?<=^)|(?<=[\s(\[]))'(?=[stn]\b)"), "’"),
    ("straight single quote opening", re.compile(r"(?:(?<=^)|(?<=[\s(\[]))'(?=\S)"), "‘"),
    ("straight single quote closing", re.compile(r"'"), "’"),
    ("straight double quote opening", re.compile(r"(?:(?<=^)|(?<=[\s(\[]))\"(?=\S)"), "“"),
    ("straight double quote closing", re.compile(r"\""), "”"),
    ("three dots are an ellipsis", re.compile(r"\.\.\.|\. \. \."), "…"),
    ("a spaced hyphen between words is a dash", re.compile(r"(?<=\S) -{1,2} (?=\S)"), lambda m: _dash(m)),
    ("no break after a title", re.compile(r"\b((?:[Pp]rof|[Dd]r|[Dd]rs|[Mm]r|[Ii]r|[Ii]ng|[Mm]evr|[Dd]hr)\.) (?=\S)"),
     lambda m: m.group(1) + NBSP),
    ("no break between a number and its unit",
     re.compile(r"(?<=\d) (?=(?:miljoen|miljard|procent|euro|ton|duizend|km|kg|%)\b)"), NBSP),
)


# What each rule needs in the text to match at all: a cheap test skips most rules quickly.
TITLES = frozenset("Prof prof Dr dr Drs drs Mr mr Ir ir Ing ing Mevr mevr Dhr dhr".split())
UNIT_AFTER_NUMBER = re.compile(r"\d (?:miljoen|miljard|procent|euro|ton|duizend|km|kg|%)\b")


def _has_title(text: str) -> bool:
    """Whether the title rule matches somewhere: a title word (standing alone: no word
    character before it) followed by ". " and a non-space; found from each ". " without a regex."""
    at = text.find(". ")
    while at >= 0:
        if text[at + 2:at + 3] and not text[at + 2].isspace():
            for size in (2, 3, 4):
                start = at - size
                if start >= 0 and text[start:at] in TITLES and (
                        start == 0 or not (text[start - 1].isalnum() or text[start - 1] == "_")):
                    return True
        at = text.find(". ", at + 1)
    return False


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


GATES = (_contains("`"), _contains("'"), _contains("'"), _contains("'"), _contains("'"), _contains('"'), _contains('"'),
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
        if "`" in text or "'" in text or '"' in text or "..." in text or ". . ." in text or " -" in text:
            rules = _ALL_RULES
        else:
            rules = _OTHER_RULES
        for (reason, pattern, replacement), gate in rules:
            if gate(text):
                text = _substitute(block, text, reason, pattern, replacement, changes)
        if text != block.text:
            out[index] = replace(block, text=text)
    return tuple(out), tuple(changes)


# A title word standing alone (no word character before it) before its ". ", as look-behinds of
# fixed width: what _has_title looks for, but for the character after the ". ".
TITLE_DOT = re.compile(r"\. (?:" + "|".join(f"(?<={word}\\. )(?<!\\w{word}\\. )" for word in sorted(TITLES)) + ")")
_QUOTES_DOTS_DASHES = ("`", "'", '"', "...", ". . .", " -")


def _blocks_to_check(blocks: Blocks) -> list[int]:
    """The blocks where a gate may open: those holding a quote, three dots, a spaced hyphen, a
    title word before ". " or a unit word after a space.  Found in the joined text of all
    blocks: most blocks (nine in ten) hold none, and a gate test per block cost most of the
    pass.  The gates themselves still decide, block by block, as before.  (TITLE_DOT and
    UNIT_WORD lead with a literal, so the regex engine jumps from one ". " or space to the next.)"""
    joined = JoinedTexts([block.text for block in blocks])
    positions = [at for needle in _QUOTES_DOTS_DASHES for at in joined.find_all(needle)]
    positions += [match.start() for match in TITLE_DOT.finditer(joined.text)]
    positions += [match.start() for match in UNIT_WORD.finditer(joined.text)
                  if joined.text[match.start() - 1:match.start()].isdecimal()]
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
