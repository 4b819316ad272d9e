"""Typography in the text's language: curly quotes (an OCR backtick opens a quote), an en dash for a spaced hyphen
between words, an ellipsis character, and no-break spaces where a line must not break."""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import cache, partial
from itertools import compress

from publish.clean.lines import Block, Blocks, Changes, JoinedTexts
from publish.languages import Language
from publish.languages.patterns import NOTHING, default, vocabulary
from publish.report import Change

NBSP = "\u00a0"
# Leads with one literal, the "." both forms share (the regex parser takes it out of the two
# alternatives): the regex engine jumps from one "." to the next.
ELLIPSIS = re.compile(r"\.\.\.|\. \. \.")
# The dash and unit patterns lead with their space, not with a look-behind: the regex engine then
# jumps from one space to the next instead of trying every character.  (Their matches are those
# of (?<=\S) -{1,2} (?=\S) and (?<=\d) (?=(?:<unit>)\b).)


@dataclass(frozen=True)
class Style:
    """The typography of one language ([typography] in its language.toml): the rules in order,
    each with the cheap test of what it needs in the text to match at all (a gate skips most
    rules quickly), and the title and unit patterns that find the blocks to check."""

    rules: tuple[tuple[str, re.Pattern, object], ...]
    gates: tuple[Callable[[str], bool], ...]
    title_dot: re.Pattern
    unit_after_number: re.Pattern

    @property
    def all_rules(self) -> tuple:
        return tuple(zip(self.rules, self.gates))

    @property
    def other_rules(self) -> tuple:
        return tuple(zip(self.rules[_CHARACTER_RULES:], self.gates[_CHARACTER_RULES:]))


@cache
def style(language: Language | None = None) -> Style:
    """The language's typography rules (by default the default language's)."""
    language = language or default()
    opening, closing = language.value("typography.double_quotes")
    single_opening, single_closing = language.value("typography.single_quotes")
    apostrophe, dash = language.value("typography.apostrophe"), language.value("typography.spaced_dash")
    titles = frozenset(case(word) for word in language.value("typography.titles", ())
                       for case in (str.lower, str.capitalize))
    units = vocabulary(language, "typography.units")
    title_words = "|".join(sorted(titles, key=lambda word: (-len(word), word))) or NOTHING
    rules = (
        ("OCR backtick opening a quote", re.compile(r"`(?=\w)"), single_opening),
        # Two straight single quotes are a typewriter's double quote: "acts as his own developer''."
        ("two straight single quotes are a double quote", re.compile(r"''"),
         partial(_quote_by_place, opening=opening, closing=closing)),
        # An acute accent standing alone between letters is a keyboard's apostrophe ("regio´s"):
        # an accent on a letter is one character (é) or a combining one, never a spacing U+00B4.
        ("apostrophe inside a word", re.compile(r"(?<=\w)['\u00b4](?=\w)"), apostrophe),
        ("an elision ('s, 't, 'n) opens with an apostrophe",
         re.compile(rf"(?:(?<=^)|(?<=[\s(\[]))'(?=(?:{vocabulary(language, 'typography.elisions')})\b)"), apostrophe),
        ("straight single quote opening", re.compile(r"(?:(?<=^)|(?<=[\s(\[]))'(?=\S)"), single_opening),
        ("straight single quote closing", re.compile(r"'"), single_closing),
        ("straight double quote opening", re.compile(r"(?:(?<=^)|(?<=[\s(\[]))\"(?=\S)"), opening),
        ("straight double quote closing", re.compile(r"\""), closing),
        ("three dots are an ellipsis", ELLIPSIS, "…"),
        ("a spaced hyphen between words is a dash", re.compile(r" (?<=\S )-{1,2} (?=\S)"), partial(_dash, dash=dash)),
        ("no break after a title", re.compile(rf"\b((?:{title_words})\.) (?=\S)"), lambda m: m.group(1) + NBSP),
        ("no break between a number and its unit", re.compile(rf" (?<=\d )(?=(?:{units})\b)"), NBSP),
    )
    # A title word standing alone (no word character before it), ". " and a non-space: where the
    # title rule matches, as look-behinds of fixed width from the ". " (the regex engine jumps from
    # one ". " to the next; the last letter, which a title word must end in, turns most of them down).
    title_ends = "".join(sorted({word[-1] for word in titles}))
    title_dot = re.compile(r"\. (?<=[" + title_ends + r"]\. )(?:"
                           + "|".join(f"(?<={word}\\. )(?<!\\w{word}\\. )" for word in sorted(titles)) + r")(?=\S)") \
        if titles else re.compile(NOTHING)
    unit_word = re.compile(rf" (?:{units})\b")

    def has_title(text: str) -> bool:
        """Whether the title rule matches somewhere."""
        return title_dot.search(text) is not None

    def has_unit(text: str) -> bool:
        """The unit rule's match, found from the unit word (\\d is str.isdecimal)."""
        return any(text[match.start() - 1:match.start()].isdecimal() for match in unit_word.finditer(text))

    gates = (_contains("`"), _contains("''"), _contains("'", "\u00b4"), _contains("'"), _contains("'"), _contains("'"),
             _contains('"'), _contains('"'), _contains("...", ". . ."), _contains(" -"), has_title, has_unit)
    return Style(rules, gates, title_dot, re.compile(rf"\d (?:{units})\b"))


def _contains(*needles: str):
    if len(needles) == 1:
        needle = needles[0]
        return lambda text: needle in text
    return lambda text: any(needle in text for needle in needles)


# The rules whose gates look for a quote, dots or a spaced hyphen: a block with none of these
# (most blocks) skips them all at once, as each gate would; only the title and unit rules remain.
_CHARACTER_RULES = 10


def apply(blocks: Blocks, language: Language | None = None) -> tuple[Blocks, Changes]:
    out = list(blocks)
    changes: list[Change] = []
    its_style = style(language)
    all_rules, other_rules = its_style.all_rules, its_style.other_rules
    for index in _blocks_to_check(blocks, its_style):
        block = blocks[index]
        text = block.text
        if "`" in text or "'" in text or '"' in text or "\u00b4" in text or "..." in text or ". . ." in text \
                or " -" in text:
            rules = all_rules
        else:
            rules = other_rules
        for (reason, pattern, replacement), gate in rules:
            if gate(text):
                text = _substitute(block, text, reason, pattern, replacement, changes)
        if text != block.text:
            out[index] = replace(block, text=text)
    return tuple(out), tuple(changes)


_QUOTES = ("`", "'", '"', "\u00b4")


def _blocks_to_check(blocks: Blocks, its_style: Style) -> list[int]:
    """The blocks where a gate may open: those holding a quote, three dots, a spaced hyphen, a
    title word before ". " or a number before a unit word.  Found in the joined text of all
    blocks: most blocks (nine in ten) hold none, and a gate test per block cost most of the
    pass.  The gates themselves still decide, block by block, as before.  (str.find finds a
    single character fast: the quotes, the hyphen of a spaced hyphen, the digit before a unit
    word; a regex that leads with one literal character, as ELLIPSIS and the title pattern do, jumps
    from one to the next almost as fast.)"""
    joined = JoinedTexts([block.text for block in blocks])
    text = joined.text
    positions = [at for quote in _QUOTES for at in joined.find_all(quote)]
    positions += [match.start() for match in ELLIPSIS.finditer(text)]
    positions += [at for at in joined.find_all("-") if text[at - 1:at] == " "]
    positions += [match.start() for match in its_style.title_dot.finditer(text)]
    digits = joined.digit_positions()
    positions += compress(digits, map(partial(its_style.unit_after_number.match, text), digits))
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


def _quote_by_place(match: re.Match, opening: str, closing: str) -> str:
    """The opening quote at a text's start or after a space or a bracket, else the closing one."""
    before = match.string[match.start() - 1:match.start()]
    return opening if not before or before in " \t([" else closing


def _dash(match: re.Match, dash: str) -> str:
    """The language's spaced dash, except inside a number such as a phone number (06 - 20 583 122)."""
    text, start, end = match.string, match.start(), match.end()
    if text[start - 1].isdigit() and text[end:end + 1].isdigit():
        return match.group(0)
    return dash
