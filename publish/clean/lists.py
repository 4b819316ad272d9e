"""Lists: bullets (•, -, –, a symbol-font bullet) and numbered or lettered items become list
items; the marker is kept apart, and says how the source numbered the item (see `numbering`)."""
from __future__ import annotations

import re
from dataclasses import replace
from itertools import compress
from operator import itemgetter

from publish.clean.lines import Block, Blocks, Changes, Lines, ends_sentence
from publish.clean.tokens import BULLET_MARK, GAP, ITEM_BULLET
from publish.dates import CLOCK
from publish.languages import language, supported
from publish.languages.patterns import alternatives
from publish.report import Change

GAP_RUN = re.compile(GAP + "*")
# A dash as a bullet: hyphen, en dash, em dash, and the figure dash "‒" some word processors set.
DASH = re.compile(rf"^([-‒–—]){GAP}+(?=\S)")
# A control character before a space at a line start (U+0002, U+0003, or one of the C1 set, U+0088;
# never a tab or a page's form feed): pdftotext's code for a symbol-font bullet it could not map.
# It carries no text, so before a word it can only be a bullet; glued to letters ("\x07et") it
# stands for a letter.
CONTROL_BULLET = re.compile(r"^([\x01-\x08\x0e-\x1f\x80-\x9f]) +(?=\S)")
# An exclamation mark before a word at a line start: the bullet glyph of a symbol font that the
# text layer maps to "!" (no sentence opens with one).  Only at a sentence boundary, after a
# colon or in a list: a line of code or a formula may open with it.
EXCLAMATION_BULLET = re.compile(r"^(!) +(?=[^\W\d_])")
# A dash glued to a capitalised word ("-Torte essen", "-Dhr."): a bullet typed without its space,
# an item only in a column of them or beside items dashed with their space (see
# paragraphs._glued_dash_column, _glued_dash_beside_items).  A capital and a lower-case letter: a
# run of capitals after a dash is a minus sign's currency ("-CHF 200.00", "-GBP 125.00"); so is a
# word with a figure right after it ("-Fl. 150", "-Rs. 150").
GLUED_DASH = re.compile(r"^([-‒–])(?=[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ])(?![^\W\d_]+\.?\s*\d)")
# A number or letter with its closing bracket glued to a capitalised word ("h)Förderung der
# Kontakte"): a marker only as the next one of the item above (see paragraphs._glued_next_item).
GLUED_ORDERED = re.compile(r"^(\d{1,2}\)|[a-z]\)|\(\d{1,2}\)|\([a-z]\))(?=[A-ZÀ-ÖØ-Þ][^\W\d_])")
# A lower-case o as a bullet (a second-level bullet in word processors): only where a list is
# announced or running, as "o" may be a word.
LETTER_O = re.compile(rf"^(o){GAP}+(?=\S)")
# An ordered item's marker: a number, a letter or a Roman numeral, closed by a full stop or a
# bracket ("1.", "2)", "a.", "b)", "(c)", "iv.", "II.").  An upper-case letter with a full stop
# is left out: at a line start "J. de Vries" is an initial far more often than an item.  Belgian
# legal texts number with an ordinal sign ("1°", "2°": primo, secundo), which no sentence opens with.
ORDERED = re.compile(r"^(\d{1,2}[.)°]|\(\d{1,2}\)|[a-z][.)]|\([a-z]\)|[ivx]{2,4}[.)]|\([ivx]{2,4}\)"
                     r"|[A-Z]\)|\([A-Z]\)|[IVX]{1,4}[.)]|\([IVX]{1,4}\))")
# (Or the same marker again before the text: "1. 1. Introductie", see _doubled.)  The ordinal
# sign may touch its item's word ("5°de mate"), a lower-case one only: "20°C" is a temperature.
ORDERED_ITEM = re.compile(ORDERED.pattern + rf"(?:{GAP}+|(?<=°)(?=[a-zß-ÿ]))"
                          rf"(?=[^\W\d_]|[‘’“”'\"(„]|\1{GAP}+[^\W\d_])")
# A number opening an item whose text opens with a figure ("1. 10 students are going", "2. 20% of
# the corpus", "2. 2018-19: Waiting ..."): not a letter ("p. 8" cites a page), nor a figure that
# a full stop or bracket makes a number of its own ("1. 1. Introductie", a date "12. 3. 2019"); a full
# stop between groups of three digits only separates thousands ("1. 1.000 € für das Repair Café").
NUMBER_BEFORE_FIGURE = re.compile(rf"^(\d{{1,2}}[.)]|\(\d{{1,2}}\)){GAP}+(?=(?:\d{{1,3}}(?:\.\d{{3}})+|\d+)(?![\d.)]))")
# A marker alone on its line: pdftotext sets the marker of a hanging-indent item apart from
# its text ("a." / "" / "Besluitvorming over ...").  The text that follows belongs to it.  Alone
# on its line an upper-case letter with a full stop ("A." / "Aanpak ...") is a marker too: an
# initial stands before its name.
LONE_MARKER = re.compile(ORDERED.pattern[:-1] + r"|[A-Z]\.)$")
# Such a marker before its item's text, in a block the lone marker made an item of.
CAPITAL_LETTER_ITEM = re.compile(rf"^([A-Z]\.){GAP}+(?=\S)")
LONE_CAPITAL_LETTER = re.compile(r"^[A-Z]\.$")
# A bullet alone on its line (its text set apart in another column of the text layer).
LONE_BULLET = re.compile(rf"^(?:{BULLET_MARK}|[‒–-])$")
# A lower-case "o" alone on its line is a word processor's bullet set apart only in a column of
# them ("o" / "o" / "o" over the items): one alone may be the word.
LONE_O = "o"
# A dash alone on its line under a memo's field label ("Bijlagen" / "-", "Kopie aan" / "–") is the
# field's value: none.  The labels are a letterhead's of every supported language ([letterhead]
# labels in its language.toml), as the column of markers tells no language.
LONE_DASH = re.compile(r"^[‒–-]$")
_FIELD_LABELS = [word for code in supported() for word in language(code).value("letterhead.labels", ())]
FIELD_LABEL = re.compile(rf"^(?:{alternatives(_FIELD_LABELS)})\s*:?$", re.IGNORECASE)
LIST_LEAD_IN = (":", ";")     # a line ending so announces a list or ends one of its items
ROMAN_VALUES = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100}
# The numerals a list counts with ("l)" and "c." are letters) and those a front matter's pages count with.
LIST_NUMERALS = "ivx"
PAGE_NUMERALS = "ivxlc"


def may_open_item(text: str) -> bool:
    """A quick gate: could the line open an item at all?  (What every marker above starts with:
    a sign, a digit, a bracket, or a letter followed by "." or ")" or another Roman digit.)"""
    first = text[:1]
    return (not first.isalpha() and first != "") or text[1:2] in (".", ")") or text[:2] == "o " \
        or (first in "ivxIVX" and text[1:2] in "ivxIVX")


def item_marker(text: str, previous: str | None, in_item: bool, after_break: bool = False) -> tuple[str, bool] | None:
    """(marker, ordered) when the line starts a list item, else None.

    A dash only starts an item where a dash between words cannot be meant: after a colon or a
    full sentence, or after another item, with a capital or a figure following ("- zo betoogt ..." stays text);
    an item in lower case only right after a colon or a semicolon, or after another item.
    A number or letter only where it cannot be a number in a sentence: at a sentence boundary
    with a capital following (or, after a number, a figure: "1. 10 students"), or in lower case
    after a colon or another item.  A number, letter
    or dash also where the layout ended the line above (`after_break`: a heading or a line
    ending short), with a capital following.  A marker alone on its line opens an item: its
    text follows.
    """
    if not may_open_item(text):
        return None
    match = ITEM_BULLET.match(text) or CONTROL_BULLET.match(text)
    if match:
        return match.group(1), False
    at_boundary = previous is None or in_item or ends_sentence(previous)
    lower_may_follow = _lower_case_item_may_follow(previous, in_item)
    match = DASH.match(text)
    if match and (((at_boundary or after_break) and (_upper_after(text, match) or _figure_after(text, match)))
                  or lower_may_follow):
        return match.group(1), False
    match = LETTER_O.match(text)
    if match and lower_may_follow:
        return match.group(1), False
    match = EXCLAMATION_BULLET.match(text)
    if match and (at_boundary or lower_may_follow):
        return match.group(1), False
    match = ORDERED_ITEM.match(text)
    if match and (((at_boundary or after_break) and _upper_after(text, match)) or lower_may_follow
                  or match.group(1).strip("().") == "a"):
        return match.group(1), True
    match = NUMBER_BEFORE_FIGURE.match(text)
    if match and (at_boundary or after_break or lower_may_follow):
        return match.group(1), True
    match = LONE_MARKER.match(text)
    if match and (at_boundary or after_break or lower_may_follow):
        return match.group(1), True
    return None


def _upper_after(text: str, match: re.Match) -> bool:
    """The item's text opens with a capital (or a quote or bracket before one), after its marker
    given twice if so ("1. 1. Introductie")."""
    rest = text[match.end():]
    if rest.startswith(match.group(1)):
        rest = rest[len(match.group(1)):].lstrip()
    rest = rest.lstrip("‘’“”'\"(„")
    return rest[:1].isupper()


def _figure_after(text: str, match: re.Match) -> bool:
    """The dashed item's text opens with a figure ("- 15 u: Kruisweg", "- 3 plaatsen"): a dash
    between words is never followed by one at a sentence boundary (a negative number has no
    space after its sign)."""
    return text[match.end():][:1].isdigit()


def _lower_case_item_may_follow(previous: str | None, in_item: bool) -> bool:
    """A line opening with a marker and a lower-case word is an item ('- betere afstemming ...;')
    only where a list is announced or running: in a sentence the dash would open an aside."""
    return in_item or (previous is not None and previous.rstrip().endswith(LIST_LEAD_IN))


def numbering(marker: str) -> list[tuple[str, int]]:
    """The ways a marker may number its item, as (HTML list type, value): "3." and "3°" are ("1", 3);
    "b)" is ("a", 2); "iv." is ("i", 4); "i." may be a letter after "h." or Roman one, so it
    gives both, the likelier (Roman) first.  A bullet gives []."""
    core = marker.strip("().°")
    if core.isdigit():
        return [("1", int(core))]
    if not core.isalpha():
        return []
    kind = "a" if core.islower() else "A"
    roman = roman_value(core)
    letter = [(kind, ord(core.lower()) - ord("a") + 1)] if len(core) == 1 else []
    return ([("i" if core.islower() else "I", roman)] if roman else []) + letter


def roman_value(text: str, numerals: str = LIST_NUMERALS) -> int:
    """The value of a Roman numeral of the given numerals ("iv" is 4), 0 for anything else: a list
    counts with i, v and x ("l)" and "c." are letters), a front matter's pages with l and c too."""
    values = [ROMAN_VALUES[character] if character in numerals else 0 for character in text.lower()]
    if 0 in values:
        return 0
    return sum(-value if following > value else value for value, following in zip(values, values[1:] + [0]))


# A lone marker is at most this long ("(viii)").
LONE_MAX_CHARS = 6
_SHORT_LENGTHS = frozenset(range(1, LONE_MAX_CHARS + 1))
_TEXT = itemgetter(1)
_PAGE_START = itemgetter(2)


def marker_columns(lines: Lines) -> tuple[Lines, Changes]:
    """Markers set apart in a column of their own: pdftotext gives the markers of a list
    with hanging indents one under the other ("a)" "b)" "c)", or bullets between blank lines)
    and the items' text after them (the column's last numbers sometimes under that text, see
    _column_below).  Each marker is put back before its item's first line, where the items can
    be told apart with evidence (see _item_starts); otherwise the lines stay as they are."""
    texts = list(map(_TEXT, lines))
    # (the few short lines found by their lengths, at C speed; then looked at)
    short = compress(range(len(texts)), map(_SHORT_LENGTHS.__contains__, map(len, texts)))
    # (a capital with a full stop too: alone it may be an initial, but not in a column counting up, "I." "II.")
    candidates = [index for index in short if _lone(texts[index]) or LONE_CAPITAL_LETTER.match(texts[index])]
    if not candidates:
        return lines, ()
    out, changes = list(lines), []
    position = 0
    while position < len(candidates):
        run = _marker_run(lines, candidates, position)
        column = _nested_column(lines, candidates, position)
        if len(column) > len(run):
            run = column
        position += len(run)
        if len(run) == 1 and (texts[run[0]] == LONE_O or LONE_CAPITAL_LETTER.match(texts[run[0]])
                              or _empty_field(lines, run[0])):
            continue
        text_lines = _text_after(lines, run)
        item_texts = [lines[index].text for index in text_lines]
        starts = _item_starts(item_texts, [lines[index].text for index in run])
        below = _column_below(lines, candidates[position:], run, text_lines) if starts is None else []
        if below:
            starts = _item_starts(item_texts, [lines[index].text for index in run + below])
            if starts is not None:
                run += below
                position += len(below)
        if starts is None:
            continue
        bullets = [lines[index].text for index in run]
        for number, start in enumerate(starts):
            target = text_lines[start]
            marker = bullets[min(number, len(bullets) - 1)]
            out[target] = out[target]._replace(text=f"{marker} {out[target].text}")
        for index, item_start in zip(run, starts):
            out[index] = out[index]._replace(text="")
            changes.append(Change("list-marker", lines[index].number, lines[index].text, "", "a marker set apart "
                                  f"from its item: read before line {lines[text_lines[item_start]].number}"))
    return tuple(out), tuple(changes)


def _empty_field(lines: Lines, index: int) -> bool:
    """Line index is a dash alone under a field's label alone (blank lines between allowed, on one
    page) that bullets nothing under it (see _bullets_nothing): the field's value, none."""
    if not LONE_DASH.match(lines[index].text) or lines[index].page_start:
        return False
    above = index - 1
    while above >= 0 and not lines[above].text and not lines[above + 1].page_start:
        above -= 1
    return above >= 0 and not lines[above + 1].page_start and bool(FIELD_LABEL.match(lines[above].text)) \
        and _bullets_nothing(lines, index)


def _bullets_nothing(lines: Lines, index: int) -> bool:
    """What follows the dash at index shows it bullets nothing: the text's or the page's end, the
    next field's label, or, past a blank line, no text an item is made of (a line ends a sentence
    or announces something with a colon: the memo's body, "Het bestuur heeft ... besproken.").
    Text right under the dash is its item ("Bijlagen" / "-" / "Jaarverslag 2023"), and so are
    short lines past a blank line that end no sentence ("-" / "" / "Jaarverslag 2023")."""
    after = _past_blank_lines(lines, index + 1)
    if after == len(lines) or lines[after].page_start or FIELD_LABEL.match(lines[after].text):
        return True
    if after == index + 1:
        return False
    return any(ends_sentence(lines[at].text) or lines[at].text.rstrip().endswith(":")
               for at in _text_lines_from(lines, after))


def _column_below(lines: Lines, candidates: list[int], run: list[int], text_lines: list[int]) -> list[int]:
    """The rest of a column of numbers that pdftotext gave under the items' text ("1." "2." /
    the text of four items / "3." "4."): lone markers right under the text, blank lines between,
    on its page, numbering on from the run's last; [] if none."""
    if not text_lines or not candidates or _lone_bullet(lines[run[-1]].text):
        return []
    first = candidates[0]
    if any(line.text or line.page_start for line in lines[text_lines[-1] + 1:first]) or lines[first].page_start \
            or not next_marker(lines[run[-1]].text, lines[first].text):
        return []
    return _marker_run(lines, candidates, 0)


def markers_a_line_low(lines: Lines) -> tuple[Lines, Changes]:
    """Markers the text layer gives one line low, under their item's first line: "... verstaan
    onder:" / "commissielid: lid van ..." / "a." / "dat niet tevens raadslid is ..." /
    "griffier: de griffier ..." / "b." (a hanging list whose markers sit a little below the
    baseline of the text beside them).  Each marker is read before the line above it, and its own
    line goes.  Evidence, all of it: lone ordered markers numbering one list (see next_marker),
    each right under a text line, with text lines only between them; the first marker's line
    stands under a lead-in ending in a colon with one line between, where a marker in its place
    would stand right under the lead-in."""
    texts = list(map(_TEXT, lines))
    moves = [(index, index - 1) for run in _low_marker_runs(lines, texts) for index in run]
    return _markers_moved(lines, moves, "a marker set a line low, under its item's first line")


def _low_marker_runs(lines: Lines, texts: list[str]) -> list[list[int]]:
    """The runs of markers a line low (see markers_a_line_low): the indexes of their lines."""
    runs: list[list[int]] = []
    for index in range(2, len(texts)):
        if not _low_first_marker(lines, texts, index) or (runs and index <= runs[-1][-1]):
            continue
        run = [index]
        for later in range(index + 1, len(texts)):
            if not texts[later] or lines[later].page_start:
                break
            if _ordered_lone(texts[later]):
                if not next_marker(texts[run[-1]], texts[later]) or later - run[-1] < 2:
                    break
                run.append(later)
        if len(run) > 1:
            runs.append(run)
    return runs


def _low_first_marker(lines: Lines, texts: list[str], index: int) -> bool:
    """A lone ordered marker numbering item one, under one text line under a line ending in a colon
    (that text line not ending in one itself: "Begrippen:" / "In deze regeling wordt verstaan
    onder:" / "a." announces the list, whose markers stand before their items)."""
    return _ordered_lone(texts[index]) and any(value == 1 for _, value in numbering(texts[index])) \
        and bool(texts[index - 1]) and not _ordered_lone(texts[index - 1]) \
        and not texts[index - 1].rstrip().endswith(":") \
        and texts[index - 2].rstrip().endswith(":") \
        and not lines[index].page_start and not lines[index - 1].page_start


def markers_after_their_items(lines: Lines) -> tuple[Lines, Changes]:
    """Markers the text layer gives in a column after their items: "... omvatten:" /
    "wedstrijdplanning;" / ... / "andere bonden ...;" / "9. overleg ..." / "1." / ... / "8."
    (the last item kept its number on its line).  Each marker is read before the line opening its
    item, and its own line goes.  Evidence, all of it: lone ordered markers numbering one list from
    its first item, one under the other, right under a line opening with the next number; above
    that line, up to a lead-in ending in a colon, lines without markers (no blank line, no page)
    whose clauses (each ending in a semicolon at a line's end) are as many as the markers."""
    texts = list(map(_TEXT, lines))
    moves: list[tuple[int, int]] = []
    for run in _column_runs(texts):
        starts = _clauses_above(lines, texts, run[0] - 1, run[-1])
        if len(starts) == len(run):
            moves.extend(zip(run, starts))
    return _markers_moved(lines, moves, "a marker set in a column after its items")


def _markers_moved(lines: Lines, moves: list[tuple[int, int]], why: str) -> tuple[Lines, Changes]:
    """Each (marker line, item line) of `moves`: the marker read before the item's text, its own
    line gone, and logged."""
    if not moves:
        return lines, ()
    out, changes = list(lines), []
    for index, target in moves:
        out[target] = out[target]._replace(text=f"{lines[index].text} {out[target].text}")
        changes.append(Change("list-marker", lines[index].number, lines[index].text, "",
                              f"{why}: read before line {lines[target].number}"))
    moved = {index for index, _ in moves}
    return tuple(line for index, line in enumerate(out) if index not in moved), tuple(changes)


def _column_runs(texts: list[str]) -> list[list[int]]:
    """Runs of lone ordered markers one under the other, numbering a list from its first item."""
    runs: list[list[int]] = []
    for index, text in enumerate(texts):
        if not _ordered_lone(text):
            continue
        if runs and runs[-1][-1] == index - 1 and next_marker(texts[index - 1], text):
            runs[-1].append(index)
        elif any(value == 1 for _, value in numbering(text)):
            runs.append([index])
    return [run for run in runs if len(run) > 1]


def _clauses_above(lines: Lines, texts: list[str], item: int, last_marker: int) -> list[int]:
    """The lines opening the clauses above the item whose number follows the column's last
    marker, up to the lead-in ending in a colon; [] without that evidence."""
    found = ORDERED_ITEM.match(texts[item]) if item > 0 else None
    if not found or not next_marker(texts[last_marker], found.group(1)) or lines[item].page_start:
        return []
    first = item
    while first > 0 and not texts[first - 1].rstrip().endswith(":"):
        first -= 1
        if not texts[first] or lines[first].page_start or item_marker(texts[first], None, True):
            return []
    if first == 0 or first == item:
        return []
    return [first] + [n for n in range(first + 1, item) if texts[n - 1].rstrip().endswith(";")]


def _ordered_lone(text: str) -> bool:
    return bool(LONE_MARKER.match(text)) and not _lone_bullet(text)


def _lone(text: str) -> bool:
    """A marker alone on its line that marker_columns may move onto its text.  Not a capital
    letter with a full stop: before text on one line it reads as an initial, so it is left to
    the paragraphs pass, which joins it to the text under it as an item."""
    return bool((LONE_MARKER.match(text) and not LONE_CAPITAL_LETTER.match(text)) or _lone_bullet(text))


def _lone_bullet(text: str) -> bool:
    return bool(LONE_BULLET.match(text)) or text == LONE_O


def _marker_run(lines: Lines, candidates: list[int], position: int) -> list[int]:
    """The lone markers from candidates[position] on that stand one under the other (blank
    lines between them allowed, on one page) and number one list: bullets, or one kind of
    number counting up."""
    run = [candidates[position]]
    for index in candidates[position + 1:]:
        between = lines[run[-1] + 1:index]
        if any(line.text for line in between) or lines[index].page_start \
                or not next_marker(lines[run[-1]].text, lines[index].text):
            break
        run.append(index)
    return run


def _nested_column(lines: Lines, candidates: list[int], position: int) -> list[int]:
    """The lone markers from candidates[position] on that stand one under the other (blank lines
    between them allowed, on one page) and number a list with sub-items ("1." / "a." "b." / "2."
    "3."): pdftotext sets the whole column of a nested hanging list apart from its text.  Each
    marker goes on from one above it: the one before, a level open above it, or it opens a
    sub-level of another kind ("a." under "1.", "i." under "a.").  [] unless every marker does."""
    run = [candidates[position]]
    if _lone_bullet(lines[run[0]].text):
        return []
    for index in candidates[position + 1:]:
        if any(line.text for line in lines[run[-1] + 1:index]) or lines[index].page_start:
            break
        run.append(index)
    levels: list[str] = []          # the last marker of each open level
    for text in (lines[index].text for index in run):
        at = next((depth for depth in range(len(levels) - 1, -1, -1) if next_marker(levels[depth], text)), None)
        if at is not None:
            del levels[at + 1:]
            levels[at] = text
        elif not levels or _opens_a_sub_level(text, levels):
            levels.append(text)
        else:
            return []
    return run


def _opens_a_sub_level(marker: str, levels: list[str]) -> bool:
    """The marker numbers item one in a kind no open level numbers in ("a." under "1.")."""
    kinds = {kind for level in levels for kind, _ in numbering(level)}
    return any(value == 1 and kind not in kinds for kind, value in numbering(marker))


def next_marker(earlier: str, later: str) -> bool:
    """The later marker numbers the item after the earlier one's ("g)" then "h)"), or both are one bullet."""
    if _lone_bullet(earlier) or _lone_bullet(later):
        return earlier == later
    return any((kind, value + 1) in numbering(later) for kind, value in numbering(earlier))


# A heading's number alone on its line ("3.4", "3.10", "III"): pdftotext may set it between a
# column of bullets and the items they open ("•" "•" "•" / "3.4" / "Communications to people ...").
# No part of a section's number opens with a nought ("10.00", "2.05": a time, a price).
HEADING_NUMBER = re.compile(r"^(?:\d{1,2}(?:\.[1-9]\d?)+|[IVX]{1,4})$")
# A time or a price ("10.30", "14:00", "9 uur", "10h", "€", "EUR"): by its figures alone a lone
# "9.45" or "2.50" is not told from a section's "3.10"; such a line near it tells it is one too.
TIME_OR_PRICE = re.compile(rf"(?<![\d.,]){CLOCK}(?![.,]?\d)|\d\s?(?:uur|u|h|Uhr)\b|[€$£]|\bEUR\b")


def _text_after(lines: Lines, run: list[int]) -> list[int]:
    """The indexes of the text lines after a marker run: past blank lines (and a heading's number
    between blank lines, which stays where it is, see _heading_number_between), up to the next
    blank line or page, on the marker's page."""
    index = _past_blank_lines(lines, run[-1] + 1)
    if _heading_number_between(lines, run, index):
        index = _past_blank_lines(lines, index + 1)
    return _text_lines_from(lines, index)


def _text_lines_from(lines: Lines, index: int) -> list[int]:
    """The indexes of the text lines from index on, up to the next blank line, page or lone marker."""
    found: list[int] = []
    while index < len(lines) and lines[index].text and (not found or not lines[index].page_start) \
            and not lines[index].page_start and not _lone(lines[index].text):
        found.append(index)
        index += 1
    return found


def _heading_number_between(lines: Lines, run: list[int], index: int) -> bool:
    """Line index is a heading's number alone between blank lines, under an introduction over the
    run that waits for its items (ending with a colon: "we make the following recommendations:";
    bullets that stand after their items have none), and no time or price stands in that
    introduction or in the lines under the number ("Aankomst om 10.30", "€"): the number is then one
    too ("9.45", "2.50")."""
    if index + 1 >= len(lines) or not HEADING_NUMBER.match(lines[index].text) or lines[index + 1].text \
            or lines[index].page_start:
        return False
    introduction = next((lines[at].text for at in range(run[0] - 1, -1, -1) if lines[at].text), "")
    under = [lines[at].text for at in _text_lines_from(lines, _past_blank_lines(lines, index + 1))]
    return introduction.endswith(":") and not any(TIME_OR_PRICE.search(text) for text in [introduction, *under])


def _past_blank_lines(lines: Lines, index: int) -> int:
    """The index of the first line from index on that is not blank, or of a page's first line."""
    while index < len(lines) and not lines[index].text and not lines[index].page_start:
        index += 1
    return index


def _item_starts(texts: list[str], markers: list[str]) -> list[int] | None:
    """Which of the text lines open the items of k markers, with evidence, or None:
    - k lines for k markers: a line each;
    - bullets over k lines besides lines opening with a bullet of their own (sub-items under
      an item, "◦ Anna, Piet"), the first of them among the k: a bullet each of the k;
    - numbers or letters over k lines that open sub-items under items numbered otherwise on
      their own lines (see _under_own_items): a marker each of the k;
    - k lines that open an item by the layout (see _layout_starts), or k lines opening with a
      run-in label after a line that ends a sentence (see _label_starts; two at least, as items of
      one list open alike and one label alone shows no such likeness), or k lines opening with
      a capital after a line that ends a sentence (the first line always);
    - numbers or letters over k lines that open a clause (the first, and each under a line ending
      in a full stop, a colon or a semicolon);
    - bullets over more lines that open an item by the layout than there are bullets: pdftotext
      lost a bullet or two of the column (bullets are all alike, so each such line has one);
    - a bullet over lines none of which ends a sentence (short items of a line or two): each
      line opening with a capital opens an item (a lower-case line continues one);
    - bullets over the clauses of a list written as one sentence, closed by semicolons (see
      _semicolon_clauses): a bullet each.
    Ordered markers are never repeated: one marker over several items is left alone."""
    k = len(markers)
    if not texts:
        return None
    if len(texts) == k:
        return list(range(k))
    beside_sub_items = _beside_sub_items(texts)
    if _lone_bullet(markers[0]) and len(beside_sub_items) == k and beside_sub_items[0] == 0:
        return beside_sub_items
    under_own_items = _under_own_items(texts, markers[0])
    if len(under_own_items) == k:
        return under_own_items
    by_layout = _layout_starts(texts)
    if len(by_layout) == k:
        return by_layout
    labels = _label_starts(texts)
    if k > 1 and len(labels) == k:
        return labels
    sentences = [0] + [n for n in range(1, len(texts)) if ends_sentence(texts[n - 1]) and texts[n][:1].isupper()]
    if len(sentences) == k:
        return sentences
    # Numbered items (and a nested list's sub-items) end at a full stop, or at the colon or semicolon
    # that announces or separates them ("... vergoed:" / "de kosten ...;" / "bij gebruik ...;"), and
    # may go on in lower case over several lines ("het bijwonen van ... van iemand" / "die ...;").
    clauses = [0] + [n for n in range(1, len(texts)) if texts[n - 1].rstrip().endswith(CLAUSE_ENDS)]
    if len(clauses) == k and not _lone_bullet(markers[0]):
        return clauses
    if not _lone_bullet(markers[0]):
        return None
    if len(by_layout) > k:
        return by_layout
    if not any(ends_sentence(text) for text in texts):
        return [0] + [n for n in range(1, len(texts)) if texts[n][:1].isupper()]
    semicolon_clauses = _semicolon_clauses(texts)
    return semicolon_clauses if len(semicolon_clauses) == k else None


CLAUSE_ENDS = (".", ";", ":")
# A clause of a list closed by a semicolon at a line's end, or by one and the conjunction that
# leads to the last item ("... or systems; and", "; of", "; und"; only before the last): those
# of every supported language ([hyphens] conjunctions in its language.toml), as the column of
# bullets tells no language.
_CONJUNCTIONS = [word for code in supported() for word in language(code).value("hyphens.conjunctions", ())]
SEMICOLON_END = re.compile(rf";(?: (?:{alternatives(_CONJUNCTIONS)}))?$")
# Clauses at least, so two semicolons at least: one alone may stand inside an item's sentence.
SEMICOLON_CLAUSES_MIN = 3


def _semicolon_clauses(texts: list[str]) -> list[int]:
    """The lines opening the clauses of a list written as one sentence: the first, and each under
    a line ending in a semicolon (see SEMICOLON_END: "Push for a citizen advisory board ...;" /
    "Push for data on more devices ...;" / ... "applications.); and" / "Encourage citizens ...
    ideas."); [] unless the sentence closes at the end of the last line and nowhere before it, or
    when the clauses are fewer than SEMICOLON_CLAUSES_MIN: items of sentences of their own do not
    tell their ends by semicolons.  Text under the sentence's close may be the last item's or the
    next paragraph's ("... in december." / "Incidenteel kan er ..."), and semicolons may part the
    names in one sentence ("Het bestuur bestaat uit Jan de Vries (voorzitter), Anna Bakker
    (vicevoorzitter);" / "Piet Jansen (secretaris) ...;" / "... (de ledenadministratie)." / "De
    kascommissie ..."): the list must end the text."""
    found = [SEMICOLON_END.search(text.rstrip()) for text in texts]
    close = next((n for n, (text, end) in enumerate(zip(texts, found)) if ends_sentence(text) and not end), None)
    if close != len(texts) - 1:
        return []
    clause_ends = [n for n in range(close) if found[n]]
    if any(texts[n].rstrip()[-1] != ";" for n in clause_ends[:-1]):     # (a word after a semicolon mid-list)
        return []
    starts = [0] + [n + 1 for n in clause_ends]
    if _sentence_ends_inside(" ".join(texts[starts[-1]:])):
        return []
    return starts if len(starts) >= SEMICOLON_CLAUSES_MIN else []


# A full stop, question or exclamation mark inside a line, before a capital: maybe a sentence's end.
INNER_SENTENCE_END = re.compile(r"[.!?][’”'\")\]]*\s+(?=[‘“„'\"(]?[A-ZÀ-ÖØ-Þ])")


def _sentence_ends_inside(text: str) -> bool:
    """A sentence ends inside the text, more text after it ("... in december. Incidenteel kan er
    een"); not after an abbreviation (see ends_sentence) nor inside brackets ("verschiedene
    Einkäufe (0,6 Mio. Euro).")."""
    return any(ends_sentence(text[:at]) and text.count("(", 0, at) <= text.count(")", 0, at)
               for at in (match.end() for match in INNER_SENTENCE_END.finditer(text)))


def _under_own_items(texts: list[str], marker: str) -> list[int]:
    """The lines that open sub-items under items carrying their own markers, when the column's
    markers number in another way (else none): "a." "b." over "1. ... plaats door:" / "betaling
    uit ..." / "factuur;" / "betaling vooruit ..." / "2. Een aanvraag ...".  A sub-item opens
    under a line of such an item that ends in a colon, or under a sub-item's line ending in a
    semicolon, up to the next line with its own marker."""
    own = [ORDERED_ITEM.match(text) for text in texts]
    kinds = {kind for match in own if match for kind, _ in numbering(match.group(1))}
    column_kinds = {kind for kind, _ in numbering(marker)}
    if not own[0] or not column_kinds or kinds & column_kinds:
        return []
    starts: list[int] = []
    announced = False
    for n in range(1, len(texts)):
        if own[n]:
            announced = False
            continue
        ending = texts[n - 1].rstrip()[-1:]
        announced = announced or ending == ":"
        if announced and ending in (":", ";"):
            starts.append(n)
    return starts


def _beside_sub_items(texts: list[str]) -> list[int]:
    """The lines that do not open with a bullet of their own, when some do (else none): under a
    column of bullets those are the sub-items of the items, which the column's bullets skip."""
    own = [bool(ITEM_BULLET.match(text)) for text in texts]
    return [n for n, has_bullet in enumerate(own) if not has_bullet] if any(own) else []


# A run-in label opening a line: a capitalised phrase of a few words closed by a colon ("Regie en
# eigenaarschap: Veel leraren ..."), as items of one list open alike; a colon after more words
# than this ends a sentence's lead-in instead.
RUN_IN_LABEL = re.compile(r"^[A-ZÀ-ÖØ-Þ][^\s:]*(?: [^\s:]+){0,4}:(?:\s|$)")


def _label_starts(texts: list[str]) -> list[int]:
    """The lines that open with a run-in label, the first line among them, each after a line that
    ends a sentence ("Geen revolutie maar evolutie: Een vernieuwing ..." / "... relevant." /
    "Regie en eigenaarschap: Veel leraren ..."); [] when the first line opens with none, or when the
    labels' texts do not all open alike, in a capital or not: items of one list are written alike,
    while a note's label inside an item runs on into its sentence ("Rekenen: Leerlingen leren ..." /
    "Let op: dit domein vraagt ..." / "Burgerschap: Leerlingen ...")."""
    found = [(n, label) for n, label in enumerate(map(RUN_IN_LABEL.match, texts))
             if label and (n == 0 or ends_sentence(texts[n - 1]))]
    if not found or found[0][0] != 0:
        return []
    openings = {texts[n][label.end():].lstrip()[:1].isupper() for n, label in found}
    return [n for n, _ in found] if len(openings) == 1 else []


# An item's lines are nearly full until its last: a line shorter than the column by more than
# this share (and the first word of the next line) ended its item.
ITEM_LINE_SLACK = 0.05


def _layout_starts(texts: list[str]) -> list[int]:
    """The lines that open an item by the layout: the first, and each opening with a capital
    (or a quote or bracket before one) under a line that ended short, where the next line's
    first word would have fitted in the column (the longest of the lines)."""
    width = max(map(len, texts))
    slack = max(2, round(ITEM_LINE_SLACK * width))
    return [0] + [n for n in range(1, len(texts))
                  if texts[n].lstrip("‘’“”'\"(„")[:1].isupper()
                  and len(texts[n - 1]) + 1 + len(texts[n].split(None, 1)[0]) <= width - slack]


# A bullet that no item follows: pdftotext set a column of bullets apart from the items they
# open, and the items became paragraphs of their own. A symbol font's glyph (private use, maybe
# after the character pdftotext guessed for it) or a bullet sign; not "*", "-" or "o", which
# alone may be a section break, a table's "none" or a word.
_BULLET_SIGN = r"(?:[^\w\s]?[\uf000-\uf0ff]|[•▪●◦‣∙■➢➤❖])"
BULLETS_ONLY = re.compile(rf"{_BULLET_SIGN}(?:\s+{_BULLET_SIGN})*")


def drop_lone_bullets(blocks: Blocks) -> tuple[Blocks, Changes]:
    """Blocks of bullets alone, their items elsewhere: no text to read, and a symbol font's glyph
    prints as an empty box. Logged as list markers; no word is in them."""
    kept, changes = [], []
    for block in blocks:
        if block.kind in ("paragraph", "display") and BULLETS_ONLY.fullmatch(block.text):
            changes.append(Change("list-marker", block.first, block.text, "",
                                  "bullets alone, the items they open set elsewhere by the text layer"))
        else:
            kept.append(block)
    return (tuple(kept), tuple(changes)) if changes else (blocks, ())


def mark_items(blocks: Blocks) -> tuple[Blocks, Changes]:
    """Strip the marker of each item block into its marker field; an item whose text opens
    with a sub-item ("3. (a) Het notuleren ...") is two: the item, with no text of its own,
    and its first sub-item (see _sub_item_first)."""
    out = []
    changes = []
    for block in _sub_items_apart(blocks):
        if block.kind == "item" and not block.marker:
            found = item_marker(block.text, None, True) or _capital_letter_marker(block.text) \
                or _glued_dash_marker(block.text) or _glued_ordered_marker(block.text)
            if found:
                marker, ordered = found
                cut = GAP_RUN.match(block.text, len(marker)).end()  # type: ignore[union-attr]  # GAP* always matches
                doubled = ordered and _doubled(block.text, marker, cut)
                taken = f"{marker} {marker}" if doubled else marker
                cut = doubled or cut
                block = replace(block, text=block.text[cut:], marker=marker, ordered=ordered,
                                offsets=tuple((max(0, o - cut), n) for o, n in block.offsets))
                changes.append(Change("list-item", block.first, taken, "",
                                      "a bullet or number at the start of a line opens a list item"
                                      + ("; the text layer gives its number twice ('1. 1.'), the page once"
                                         if doubled else "")))
        out.append(block)
    return tuple(out), tuple(changes)


def _sub_items_apart(blocks: Blocks) -> Blocks:
    """Item blocks opening with two markers of different numbering ("3. (a) Het ..."), each
    cut in two: the first marker alone, the rest an item block of its own."""
    out: list[Block] = []
    for block in blocks:
        cut = _sub_item_first(block) if block.kind == "item" and not block.marker else 0
        if not cut:
            out.append(block)
            continue
        out.append(replace(block, text=block.text[:cut].rstrip(), offsets=block.offsets[:1], widths=block.widths[:1]))
        out.append(replace(block, text=block.text[cut:], page_start=False, gap_before=0,
                           offsets=tuple((max(0, o - cut), n) for o, n in block.offsets)))
    return tuple(out)


def _sub_item_first(block: Block) -> int:
    """Where the first sub-item starts in an item block that opens with it, else 0.  An item
    "3." whose text opens with "(a)" and a capital: the source numbers the item and sets its
    first sub-item on the same line (the item announces sub-items only).  Evidence: both are
    ordered markers, numbered in different ways ("3." and "(a)", "1." and "i."), the second
    opening its numbering (a, i or 1)."""
    outer = ORDERED_ITEM.match(block.text)
    if not outer or _doubled(block.text, outer.group(1), outer.end()):
        return 0
    inner = ORDERED_ITEM.match(block.text[outer.end():])
    if not inner or not _upper_after(block.text[outer.end():], inner):
        return 0
    outer_kinds = {kind for kind, _ in numbering(outer.group(1))}
    inner_numbers = numbering(inner.group(1))
    if any(kind in outer_kinds for kind, _ in inner_numbers) or not any(value == 1 for _, value in inner_numbers):
        return 0
    return outer.end()


def _doubled(text: str, marker: str, cut: int) -> int:
    """Where the item's text starts when the text layer repeats its number ("1. 1. Introductie":
    a word processor's automatic number and the same number typed, of which the page shows one),
    else 0.  Only the same marker again, before a word."""
    if not text.startswith(marker, cut):
        return 0
    after = GAP_RUN.match(text, cut + len(marker)).end()  # type: ignore[union-attr]  # GAP* always matches
    return after if after > cut + len(marker) and text[after:after + 1].isalpha() else 0


def _glued_dash_marker(text: str) -> tuple[str, bool] | None:
    """The dash of an item block typed without a space ("-Torte essen"; an item only in a column
    of them, see GLUED_DASH)."""
    match = GLUED_DASH.match(text)
    return (match.group(1), False) if match else None


def _glued_ordered_marker(text: str) -> tuple[str, bool] | None:
    """The number or letter of an item block typed without its space ("h)Förderung"; an item only
    as the next one of the item above, see GLUED_ORDERED)."""
    match = GLUED_ORDERED.match(text)
    return (match.group(1), True) if match else None


def _capital_letter_marker(text: str) -> tuple[str, bool] | None:
    """The marker "A." of an item block (an item only because its marker stood alone on its
    line, see LONE_MARKER; elsewhere "J. de Vries" is an initial)."""
    match = CAPITAL_LETTER_ITEM.match(text)
    return (match.group(1), True) if match else None


# How far a bullet set atop a page may stand from its item: the rest of the item before it
# goes on for a few lines at most; how far back the list's other items are looked for.
STRAY_BULLET_REACH = 12


def stray_bullets(lines: Lines) -> tuple[Lines, Changes]:
    """A bullet alone atop a page, above the continuation of the item the previous page ended
    in: pdftotext gives the page's next bullet first ("... het juiste PKIO-" / page break / "-" /
    "certificaat meegezonden ... verzorgt." / "Door de modulaire ..."), so the word split at the
    page end cannot be joined and the continuation reads as an item of its own.  The bullet is
    read before the first line of its page that opens after a full sentence, in a capital.
    Evidence, all of it: the bullet is the page's first line; the previous page ends mid-sentence
    in a list whose items open with the same bullet (among its last STRAY_BULLET_REACH lines);
    the line under the bullet goes on in lower case; and its item opens within that reach."""
    bullets = [index for index in compress(range(len(lines)), map(_PAGE_START, lines))
               if LONE_BULLET.match(lines[index].text)]
    if not bullets:
        return lines, ()
    texts = list(map(_TEXT, lines))
    out, changes, moved = list(lines), [], set()
    for index in bullets:
        before = [at for at in range(max(0, index - STRAY_BULLET_REACH), index) if texts[at]]
        after = [at for at in range(index + 1, min(len(lines), index + STRAY_BULLET_REACH)) if texts[at]]
        if not before or not after or ends_sentence(texts[before[-1]]) or not texts[after[0]][:1].islower() \
                or not any(texts[at].startswith(texts[index] + " ") for at in before):
            continue
        target = next((at for previous, at in zip(after, after[1:])
                       if ends_sentence(texts[previous]) and texts[at][:1].isupper()), None)
        if target is None or any(lines[at].page_start for at in after[1:after.index(target) + 1]):
            continue
        out[target] = out[target]._replace(text=f"{texts[index]} {texts[target]}")
        out[after[0]] = out[after[0]]._replace(page_start=True)
        moved.add(index)                  # (its line goes: the word split at the page end joins across)
        changes.append(Change("list-marker", lines[index].number, texts[index], "",
                              "a bullet set atop the page, above the continuation of the item before: read "
                              f"before line {lines[target].number}"))
    if not changes:
        return lines, ()
    return tuple(line for index, line in enumerate(out) if index not in moved), tuple(changes)
