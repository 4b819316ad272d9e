"""Note references: a note's marker in the text becomes NoteRef(n).

Without notes found at page feet (a document whose notes, if any, stand in a notes section that
`structure` reads), a number glued to a word, a percentage or punctuation ("wijk1", "30%3",
"ervaren.10", "8,6%.1", "rekeningen.”7", a German quotation's "weiterentwickeln.“1", "in 2019.3
Veel") is a reference when it continues the sequence: notes are numbered in print order, so
numbers that belong to the text stay; not one glued to a lone letter's full stop ("p.5", "S.12"),
a page or section referred to.

With the notes the footnote pass found (`link`'s `notes`), a marker is linked only where a note
with that label stands after it, and each note's marker is the one that keeps the markers in
order (`chain`; that of the sure markers where it keeps as many, see `surest_chain`): then a
marker may also stand after a space ("kapitaalmarktunie. 8 Dit",
"broker 2— toegang", "(informed consent 3)"), be glued to a year ("Order 20141."), to an
apostrophe-s ("API’s31"), to a code the text names without it ("NIS24", "SARS-Cov-27") or to an
acronym its bracket defines ("Application Programming Interface (API6)"), or be set in
superscript digits ("wijk¹"), shapes that alone would not tell a marker from a number of the text
("artikel 8 van de wet", "in 2019 8 keer" stay text: a number between words is a count).  Only
where the footnote pass took the note on that evidence (see footnotes._between_words_counts: a
label on a line of its own, or the document's next note opening with a capital) and no surer
marker of it stands in the text is a number between two words in lower case its marker ("potlood 1 in"):
never in brackets ("(bijlage 2 van ...)"), before a range ("1 to 4 weeks") or as a caption's
number ("Figuur 4:")."""
from __future__ import annotations

import re
import bisect
from collections import defaultdict
from dataclasses import replace
from functools import partial
from itertools import accumulate
from typing import NamedTuple

from publish.clean.lines import Block, Blocks, Changes, JoinedTexts
from publish.clean.tokens import BULLET_MARK
from publish.dates import dates
from publish.languages import language, supported
from publish.languages.patterns import alternatives
from publish.model import Inline, NoteRef, Text
from publish.report import Change

# A run of 1-3 digits glued to what precedes it and followed by a space, punctuation or the end
# (a full stop glued to a small letter after it is a name's: _on_a_name).
# (The first digit leads and the look-behind spans it: the regex engine then only stops at
# digits instead of testing the look-behind at every character; the matches are those of
# (?:(?<=[^\W\d_])|(?<=[%.,;:!?’”»«)]))\d{1,3}(?=...).)  A note's number never opens with a
# zero: "Project03" is a name.
GLUED = re.compile(r"[1-9](?:(?<=[^\W\d_][1-9])|(?<=[%.,;:!?’”»«)][1-9]))\d{0,2}(?=[\s.,;:!?)\]’”'\"]|$)")


WORD_BEFORE = re.compile(r"[^\W\d_]+$")
# A number of figures and letters up to a letter, opening a line: "5.a", "5.a" of "5.a.1", "4.b.2.c";
# its first level may be a part's Roman numeral or capital letter ("II.a.1", "IV.c.3", "A.b.2").
OUTLINE_NUMBER_OPENING = re.compile(r"(?:\d{1,3}|[IVXL]{2,5}|[A-Z])(?:\.(?:\d{1,3}|[a-z]))*\.[a-z]")
# Punctuation a note number may follow; the guillemets close a quotation in one language or
# another (Dutch and French «...», German »...«), and so do the straight quotes a text layer
# gives ('home".5', "developer''.3"): after a word they close one (an opening quote follows a
# space, and no word then carries the number).
CLOSING = ".,;:!?’”»«)]\"'"
# A quotation opened low closes high in German (and Polish, Czech ...): „Zitat“, ‚Zitat‘.  There the
# high mark after the quotation's last word closes it, as ” and ’ close one elsewhere (see
# closed_quotes); it never opens a quotation after a word.
LOW_QUOTATION = re.compile(r"„[^„“”]{1,2000}“|‚[^‚‘’\n]{1,200}‘")
CLOSED_HIGH = {"“": "”", "‘": "’"}
SENTENCE_MARKS = ".!?"
CLOSERS = "”’»\")]'"      # the marks closing a quotation or an aside
# A web or e-mail address, a line's last token: "http://www.gov.scot/homelessstats", "www.ommeriek.nl",
# "wmde.org/Projekt_Neuautorengewinnung", "(https://www.koletjanssen.be/blog/voegen/)", "xylograaf@ziggo.nl".
# A host's name alone ("dorpsbelang.nl") has the form of an abbreviation or a file's name ("prof.dr",
# "minutes.docx"), so it is none.  (Matched against the last token only, from its start: tried after
# every bracket or at every position of a long token, it took quadratic time.)
WEB_ADDRESS = re.compile(r"[(\[]?(?:[a-z][a-z+.-]*://\S+|www\.\S+|[^\s@]+@\S+\.[a-z]{2,}|\S+\.[a-z]{2,}/\S*)[)\]]?",
                         re.IGNORECASE)
YEAR_BEFORE = re.compile(r"(?<![\d.,])(?:1[5-9]|20)\d\d$")
LOOKAHEAD = 3   # a note may be lost in OCR: accept a number a little ahead of the expected one


def ends_in_web_address(text: str) -> bool:
    """The line ends on a web or e-mail address (WEB_ADDRESS): a paragraph's or a note's last word,
    which a sentence ends on without its full stop (an address may not be read with one)."""
    tokens = text.rsplit(maxsplit=1)
    return bool(tokens) and WEB_ADDRESS.fullmatch(tokens[-1]) is not None


def link(blocks: Blocks, notes: tuple[tuple[int, int, int, bool], ...] = (),
         note_texts: tuple[str, ...] = ()) -> tuple[Blocks, Changes]:
    """The note markers as NoteRef.  notes: (number in the edition, label as printed, source
    line, whether the label is asterisks) of the notes the footnote pass took out, and their
    texts (the names they hold tell a name from a name with its marker: "NIS2" in a note,
    "NIS24" in the body); without them, glued numbers that continue the sequence are taken."""
    if notes:
        return _link_to_notes(blocks, notes, note_texts)
    expected = 1
    out = list(blocks)
    changes: list[Change] = []
    for index in _blocks_with_glued_numbers(blocks):
        block = blocks[index]
        if block.kind == "pullquote":
            continue
        content, text, expected, found = _split(block, expected, changes)
        if found:
            out[index] = replace(block, content=content, text=text)
    return tuple(out), tuple(changes)


def _blocks_with_glued_numbers(blocks: Blocks) -> list[int]:
    """The blocks holding a number GLUED matches (the others hold no note number).  A match starts
    at a digit, so GLUED is tried only at the digits of all blocks' joined text; a match there is
    one in the block's own text, as the newline joining two texts is to GLUED what a text's edge
    is (neither a letter nor punctuation before a number, white space after it)."""
    joined = JoinedTexts([block.text for block in blocks])
    glued = filter(None, map(partial(GLUED.match, closed_quotes(joined.text)), joined.digit_positions()))
    return joined.blocks_at(match.start() for match in glued)


def closed_quotes(text: str) -> str:
    """The text with the high mark closing a quotation opened low („...“, ‚...‘) read as the closing
    mark it is (” and ’), so a marker after it is glued to a closed quotation as after ” or ’
    ("weiterentwickeln.“1" as "weiterentwickeln.”1").  Marks are swapped one for one: positions
    in the text stay those of the original."""
    if "„" not in text and "‚" not in text:
        return text
    return LOW_QUOTATION.sub(lambda quotation: quotation.group(0)[:-1] + CLOSED_HIGH[quotation.group(0)[-1]], text)


def _carrier(text: str, start: int) -> str | None:
    """What the number is glued to, when that makes it a note: a word of two letters or more
    (not a code such as CO2), a percentage, or punctuation after a word, a percentage or a year
    ("ervaren.”3", "8,6%.1", "2019.3"; a year needs more evidence, see _year_note)."""
    before = text[max(0, start - 40):start]
    body = before.rstrip(CLOSING)
    marks = before[len(body):]
    if body.endswith("%"):
        return body.split()[-1] + marks if body[-2:-1].isdigit() else None
    if marks:
        word = WORD_BEFORE.search(body)
        if word:
            letter = start - len(before) + word.start()
            return None if _mixed_case(word.group(0)) or _abbreviating_letter(text, letter, word.group(0), marks) \
                else word.group(0) + marks
        year = YEAR_BEFORE.search(body)
        return year.group(0) + marks if year and marks[0] in SENTENCE_MARKS else None
    word = WORD_BEFORE.search(before)
    if not word or len(word.group(0)) < 2 or (word.group(0).isupper() and len(word.group(0)) <= 4) \
            or _mixed_case(word.group(0)):
        return None
    if word.start() > 0 and before[word.start() - 1].isdigit():
        return None                                  # "1e2", a measurement, not a note
    return word.group(0)


def _abbreviating_letter(text: str, letter: int, word: str, marks: str) -> bool:
    """The word before the full stop is one letter standing alone: an abbreviation ("p.5", "S.12",
    "H.3": a page or a section referred to), or a letter counting among the figures of a number
    opening its line ("5.a.1", an agenda's item), whose number is the reference's or the item's, not
    a marker; one closing an abbreviation of several letters ("j.l.14") may end a sentence and carry
    a marker, as may one closing a number in running text ("in hoofdstuk 4.a.2 Deze"): a marker never
    opens a line.  (text: the block's text, letter: the word's position in it.)"""
    return len(word) == 1 and marks[0] == "." \
        and (text[letter - 1:letter] != "." or _opens_outline_number(text, letter))


def _opens_outline_number(text: str, letter: int) -> bool:
    """The letter at `letter` counts among the figures of a number opening an item's line ("5.a",
    "5.a.1", "II.a.1")."""
    line_start = text.rfind("\n", 0, letter) + 1
    return OUTLINE_NUMBER_OPENING.fullmatch(text[line_start:letter + 1].lstrip()) is not None \
        and _opens_an_item(text, line_start)


def _opens_an_item(text: str, line_start: int) -> bool:
    """The line starting at `line_start` opens an item rather than goes on with a sentence the text
    layer wrapped there ("in hoofdstuk" / "4.a.2 Deze termijnen"): it opens the text, or the line
    above is blank, ends a sentence or a label, or is itself an item's line."""
    above = text[text.rfind("\n", 0, line_start - 1) + 1:line_start].strip() if line_start else ""
    return not above or above[-1] in SENTENCE_MARKS + ":" or OUTLINE_NUMBER_OPENING.match(above) is not None


def _on_a_name(text: str, end: int) -> bool:
    """The number ending at end is followed by a full stop glued to a small letter (str.islower:
    "www2.oaklandnet.com", "v1.beta"): the stop goes on a name rather than ends a sentence, so the
    number is the name's.  Before a capital, accented or not, a sentence may end there, its space
    lost by the text layer ("the CRA 26.It shall", "der Länder3.Über die Frage")."""
    return text[end:end + 1] == "." and text[end + 1:end + 2].islower()


def _mixed_case(word: str) -> bool:
    """A name written with a capital after a small letter ("LoD", "CityGML", "LoDx"): its number
    is part of it ("LoD2", "LoDx.1"), as a code's is."""
    return any(before.islower() and after.isupper() for before, after in zip(word, word[1:]))


def _year_note(text: str, end: int, number: int, expected: int) -> bool:
    """A number after a year and a full stop ("in 2019.3") is a note only when it is exactly the
    next note and a sentence starts after it (or the block ends): "versie 2019.3 van" stays."""
    rest = text[end:].lstrip().lstrip("‘“'\"(")
    return number == expected and (not rest or rest[0].isupper())


def _split(block: Block, expected: int, changes: list[Change]):
    parts: list[Inline] = []
    cursor, found = 0, False
    read = closed_quotes(block.text)
    for match in GLUED.finditer(read):
        number = int(match.group(0))
        if _on_a_name(read, match.end()):
            continue
        if not (expected <= number < expected + LOOKAHEAD or (number == 1 and expected > 1)):
            continue
        carrier = _carrier(read, match.start())
        if carrier is None:
            continue
        after_year = bool(YEAR_BEFORE.search(carrier.rstrip(CLOSING)))
        if after_year and not _year_note(read, match.end(), number, expected):
            continue
        carrier = block.text[match.start() - len(carrier):match.start()]      # as printed: "„...“" stays so
        parts.append(Text(block.text[cursor:match.start()]))
        parts.append(NoteRef(number))
        cursor = match.end()
        expected, found = number + 1, True
        changes.append(Change("noteref", block.line_at(match.start()), carrier + match.group(0),
                              f"{carrier}[{number}]", f"a number glued to '{carrier}' continues the note sequence"
                              + (" exactly, and a sentence starts after it" if after_year else "")))
    if not found:
        return block.content, block.text, expected, False
    parts.append(Text(block.text[cursor:]))
    parts = [part for part in parts if not (isinstance(part, Text) and not part.text)]
    plain = "".join(part.text for part in parts if isinstance(part, Text))
    return tuple(parts), plain, expected, True


# ----------------------------------------------------------------------------- markers of found notes

class Marker(NamedTuple):
    """A number in a text that may be a note's marker: its digits at [start, end), the text to
    take out from cut (the space before a marker set after one), its label, and how surely it
    reads as a marker (3 glued to a word or in superscript, 2 after a sentence's end or a
    closing quote, 1 otherwise)."""

    start: int
    end: int
    cut: int
    label: int
    rank: int


DIGITS = re.compile(r"[0-9]+|[⁰¹²³⁴-⁹]+|\*{1,3}")
CODE = re.compile(r"(?<![^\W\d_])[^\W\d_]{2,}[0-9]{1,3}(?![0-9])")    # a word with a number glued to it
# Words joined by hyphens and closed by a number after one ("COVID-19", "SARS-CoV-2"): a name, as
# figures after a hyphen belong to the name before them.
HYPHENED_CODE = re.compile(r"(?<![\w-])[^\W\d_]+(?:-[^\W\d_]+)*-[1-9][0-9]{0,2}(?![0-9])")
HYPHENED_NAME_BEFORE = re.compile(r"(?<![\w-])[^\W\d_]+(?:-[^\W\d_]+)*-$")
SUPERSCRIPTS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")
# A unit of length (a metre, a millimetre ... a kilometre) or "/s" with a square or a cube glued to it
# ("40 m³", "250 km2", "cm³", "9,8 m/s²"): an area, a volume or an acceleration, not a note's marker.
UNIT_BEFORE_POWER = re.compile(r"(?:(?<![^\W\d_])[mcdk]?m|/s)$")
POWERS = ("2", "3", "²", "³")
# A year with a note number glued to it ("Order 20141." is 2014 and note 1; a history cites
# years before 1800 too: "de Parijse definitie van 139814." is 1398 and note 14).
YEAR_AND_LABEL = re.compile(r"(?:1[0-9]|20)\d\d([1-9]\d?)")
# The year closing a range carries the number as well ("Cybersecuritystrategie 2022–202813.").
YEAR_RANGE_BEFORE = re.compile(r"(?<!\d)(?:1[0-9]|20)\d\d[–-]$")
AFTER_SPACED = ".,;:!?)]’”\"'…—–"
# The signs a statute's or a text's section number follows ("§ 1 Abs. 2 IFG", "¶ 4"): that number is
# the section's, never a note's marker.
SECTION_SIGNS = "§¶"
# "nr.", "p.", "art." before a number; not an acronym in capitals ending a sentence ("... van de AI. 12").
# A short word the document writes mostly without a full stop ("is", "al", "nu") is a word that
# ends a sentence there, not an abbreviation (see short_words).
SHORT_ABBREVIATION = re.compile(r"(?:^|[^\w])(?![A-Z]{2,3}\.$)([^\W\d_]{1,3})\.$")
SHORT_WORD = re.compile(r"(?<![^\W\d_])[^\W\d_]{1,3}(?![^\W\d_])(\.?)")
OPEN_PARENTHESIS_SPAN = 80
CAPTION_BEFORE = re.compile(r"(?:^|\n)(?:[^\W\d_] )?[^\W\d_]*[A-Z][^\W\d_]* $")   # "Figuur ", "F IGUUR " opening a line
RANGE_AFTER = re.compile(r"\s+[^\W\d_]{1,3}\s+\d")           # "1 to 4", "3 tot 6": a range, not a marker
ENUMERATED_BEFORE = re.compile(r"\d,?\s+[^\W\d_]{1,3}\s$")   # "2 en 3", "4 tot 6", "1, of 2"
# A word whose ending stands in brackets glued to it ("Bijlage(n)", "medewerker(s)", "(kandi)daat(en)"):
# the bracket closes inside the word, so a number after it follows a word, not a closed quotation.
BRACKETED_ENDING = re.compile(r"[^\W\d_]\([^\W\d_]{1,3}\)$")
# Punctuation after which a glued number is a marker though no word carries it: a semicolon after a
# name ending in figures ("pdfminer2;19": no number holds a semicolon), or a comma after a version
# number ("version 1.26.0,10": a dotted number whose parts are not groups of three figures, so the
# comma opens no decimals as in "1.234.567,10"; or a date stamp, "version 20181108,11").
NAME_WITH_FIGURES_BEFORE = re.compile(r"(?<![^\W_])[^\W\d_]{2,}\d+;$")
VERSION_BEFORE = re.compile(r"(?<![\d.])\d+((?:\.\d+){2,}),$")
DATE_STAMP_BEFORE = re.compile(r"(?<![\d.,])(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01]),$")


class Codes(NamedTuple):
    """Words in capitals with a number glued to them ("HL2", "NIS2"), and names closed by a number
    after a hyphen ("SARS-CoV-2"): those that stand in the text more than once (names, not a word
    and its marker), and all of them."""

    recurring: frozenset[str] = frozenset()
    seen: frozenset[str] = frozenset()


NO_CODES = Codes()


def markers(text: str, codes: Codes = NO_CODES, between_words: bool = False,
            words: frozenset[str] = frozenset(), line_ends: frozenset[int] = frozenset()) -> list[Marker]:
    """The numbers in the text that may be note markers, in order.  codes: words in capitals
    with a number glued to them (glued_codes): names, not markers, where they recur ("HL2",
    "COVID19"); with a marker glued on where one stands without it ("NIS2" in "NIS24").
    between_words: also a number between two words in lower case ("potlood 1 in"), the least sure
    marker (rank 1), which alone does not tell a note from a count ("in 3 stappen").  words: the
    short words the document writes mostly without a full stop (short_words).  line_ends: the
    positions of the spaces that joined the text's lines (a newline ends a line too)."""
    text = closed_quotes(text)
    found = []
    for match in DIGITS.finditer(text):
        start, end = match.span()
        digits = match.group(0)
        if digits[0] == "*":
            starred = _starred(text, start, end, end in line_ends)
            if starred:
                found.append(starred)
            continue
        if digits in POWERS and UNIT_BEFORE_POWER.search(text, max(0, start - 3), start):
            continue                                 # "40 m³", "250 km2": a unit's power
        if not digits.isascii():
            found.append(Marker(start, end, start, int(digits.translate(SUPERSCRIPTS)), 3))
            continue
        if digits.startswith("0"):
            continue                                 # "Project03", "07": a code or a time, no note's number
        following = text[end:end + 2]
        if following and (following[0].isalnum() or following[0] in "%°€$/"
                          or (following[0] in ".," and following[1:2].isdigit()) or _on_a_name(text, end)):
            continue                                 # "2e", "3%", "1,5", "2.3", "www2.example": a number's or a name's
        before = text[start - 1:start]
        if len(digits) <= 3 and before == "[" and text[end:end + 1] == "]":
            found.append(_bracketed(text, start, end, int(digits)))
            continue
        if len(digits) <= 3 and before in (" ", "\n"):
            rank = _spaced_rank(text, start, end, between_words, words)
        elif len(digits) <= 4 and (before.isalpha() or before == "-") \
                and (split := _code_and_marker(text, start, end, codes)):
            found.append(split)
            continue
        elif len(digits) <= 3 and before.isalpha():
            rank = _glued_rank(text, start, end, codes.recurring)
        elif len(digits) <= 3 and before and before in CLOSING + "%":
            carrier = _carrier(text, start)
            if carrier is None:                      # "(Sermons II 14).12": after a closing bracket
                marks = text[max(0, start - 3):start]
                rank = 2 if (any(mark in marks for mark in ")]”’") and not marks[-1:].isdigit()) \
                    or _after_a_name_or_version(text, start) else 0
            else:
                rank = 2 if YEAR_BEFORE.search(carrier.rstrip(CLOSING)) else 3
        elif len(digits) in (5, 6) and _stands_as_a_year(text, start) and (year := YEAR_AND_LABEL.fullmatch(digits)):
            found.append(Marker(start + 4, end, start + 4, int(year.group(1)), 1))
            continue
        else:
            continue
        if rank:
            found.append(Marker(start, end, start - 1 if before in (" ", "\n") else start, int(digits), rank))
        if rank == 3 and len(digits) > 1:
            found += _two_run_together(start, digits)
    return found


def _two_run_together(start: int, digits: str) -> list[Marker]:
    """The markers of two notes cited at one place, run together by the text layer, which lost the
    comma or space between two superscripts ("developer''.34" for notes 3 and 4): a glued number
    whose figures split into two numbers in turn.  Both are candidates beside the number itself
    (34); the notes found decide which is meant (see chain)."""
    for cut in range(1, len(digits)):
        head, tail = digits[:cut], digits[cut:]
        if tail[0] != "0" and int(head) + 1 == int(tail):
            return [Marker(start, start + cut, start, int(head), 3),
                    Marker(start + cut, start + len(digits), start + cut, int(tail), 3)]
    return []


def _stands_as_a_year(text: str, start: int) -> bool:
    """The figures at start stand where a year does: after a space or a line's start, or closing a
    range of years ("2022–2028")."""
    return text[start - 1:start] in (" ", "\n", "") or bool(YEAR_RANGE_BEFORE.search(text, max(0, start - 6), start))


# Asterisks opening an emphasis: glued to the start of a word ("*Let op*", "**vet**").
EMPHASIS_OPENED = re.compile(r"(?:^|(?<=\s))\*+[^\W\d_]")


def _starred(text: str, start: int, end: int, line_end: bool = False) -> Marker | None:
    """Asterisks after a word ("Latijn*.", "10 tot 15%**") or, a space between, after a sentence's
    end ("via Avito. *") or closing a line of text ("Dinsdagmiddag 8 juli *", a list item or a
    table row flagged for the note under it), or in round brackets (see _bracketed_asterisks): the
    marker of the note numbered by their count.  Not asterisks opening a line (a bullet), touching
    the next word, closing an emphasis opened on their line ("*Let op*:", "**vet**"), or ending a
    row of signs ("* * *", a section break)."""
    before, after = text[start - 1:start], text[end:end + 1]
    if before == "(" and after == ")":
        return _bracketed_asterisks(text, start, end)
    if not before or before == "\n" or after.isalnum() or after == "*" \
            or EMPHASIS_OPENED.search(text, text.rfind("\n", 0, start) + 1, start):
        return None
    if before == " ":
        word_end = text[start - 2:start - 1]
        if word_end and word_end in SENTENCE_MARKS + CLOSERS:
            return Marker(start, end, start - 1, end - start, 2)
        line_end = line_end or after in ("", "\n")
        return Marker(start, end, start - 1, end - start, 2) if line_end and word_end.isalnum() else None
    if before.isalpha() or before in CLOSING + "%":
        return Marker(start, end, start, end - start, 3)
    return None


def _bracketed_asterisks(text: str, start: int, end: int) -> Marker | None:
    """Asterisks in round brackets after a word ("ebMS3/AS4 (*)", "Gemeinschaft(*)"): the marker
    of a table's note, labelled the same way under it; a sure one, taken out with its brackets
    and the space before.  Not brackets opening a line: that is the note's own label."""
    cut = start - 1
    if text[cut - 1:cut] == " ":
        cut -= 1
    if not text[cut - 1:cut].strip():
        return None
    return Marker(start, end + 1, cut, end - start, 3)


def _bracketed(text: str, start: int, end: int, label: int) -> Marker:
    """A number in square brackets ("model [3] on", "project [13][14]"), the citation a report
    numbers its references by: a sure marker, taken out with its brackets and the space before."""
    cut = start - 1
    if text[cut - 1:cut] == " ":
        cut -= 1
    return Marker(start, end + 1, cut, label, 3)


def _after_a_name_or_version(text: str, start: int) -> bool:
    """The number at start is glued to punctuation that closes a name with figures or a version
    number (see NAME_WITH_FIGURES_BEFORE, VERSION_BEFORE, DATE_STAMP_BEFORE)."""
    before = text[max(0, start - 40):start]
    version = VERSION_BEFORE.search(before)
    return NAME_WITH_FIGURES_BEFORE.search(before) is not None or DATE_STAMP_BEFORE.search(before) is not None \
        or (version is not None and any(len(part) != 3 for part in version.group(1).split(".")[1:]))


def _abbreviation_before(text: str, start: int, words: frozenset[str]) -> bool:
    """A short abbreviation ends with the full stop before the number at start ("nr. 12"),
    not a short word ending a sentence ("... verantwoord is. 41")."""
    found = SHORT_ABBREVIATION.search(text, max(0, start - 8), start - 1)
    return found is not None and found.group(1).lower() not in words


def short_words(text: str) -> frozenset[str]:
    """The words of one to three letters the text writes more often without a full stop after
    them than with one: words ("is", "al", "nu"), where an abbreviation ("nr", "p", "art")
    stands with its stop nearly every time."""
    bare: dict[str, int] = defaultdict(int)
    for match in SHORT_WORD.finditer(text):
        bare[match.group(0).rstrip(".").lower()] += -1 if match.group(1) else 1
    return frozenset(word for word, balance in bare.items() if balance > 0)


def glued_codes(text: str) -> Codes:
    counts: dict[str, int] = defaultdict(int)
    for match in CODE.finditer(text):
        if match.group(0).rstrip("0123456789").isupper():
            counts[match.group(0)] += 1
    for match in HYPHENED_CODE.finditer(text):
        counts[match.group(0)] += 1
    return Codes(frozenset(code for code, times in counts.items() if times > 1), frozenset(counts))


def _code_and_marker(text: str, start: int, end: int, codes: Codes) -> Marker | None:
    """A code the text names elsewhere with a marker glued to it: "NIS24" where "NIS2" stands
    (note 4 on the NIS2 directive), "AP371" where "AP37" does, "SARS-Cov-27" where "SARS-Cov-2"
    does."""
    name = _code_name_before(text, start)
    if name is None:
        return None
    for tail in (1, 2):
        if end - tail > start and text[name:end - tail] in codes.seen and text[end - tail] != "0":
            return Marker(end - tail, end, end - tail, int(text[end - tail:end]), 3)
    return None


# A word closed by an apostrophe-s, a possessive or a plural ("API’s", "de auto's"): no name or code
# ends so, so a number glued to it is a marker.
APOSTROPHE_S_BEFORE = re.compile(r"(?<![\w’'])[^\W\d_]{2,}[’']s$")
# An abbreviation written with a slash ("n/a", "n/b": not applicable, not known), those of every
# supported language ([notes] slash_abbreviations in its language.toml), as markers knows no language:
# a table's cell "n/a3" is "not applicable" with note 3.  Not any letters parted by a slash: a unit
# ("6.2 m/s2", "250 g/m2") or "t/m" (up to and including) takes a figure so, and a code ("A/B3").
_SLASH_ABBREVIATIONS = [word for code in supported() for word in language(code).value("notes.slash_abbreviations", ())]
SLASHED_ABBREVIATION_BEFORE = re.compile(rf"(?<![\w/])(?:{alternatives(_SLASH_ABBREVIATIONS)})$")


def _code_name_before(text: str, start: int) -> int | None:
    """Where the letters of a code whose figures open at start begin: a word in capitals glued to
    them ("NIS" of "NIS24"), or words joined by hyphens before them ("SARS-Cov-" of "SARS-Cov-27")."""
    if text[start - 1:start] == "-":
        name = HYPHENED_NAME_BEFORE.search(text, max(0, start - 40), start)
        return None if name is None else name.start()
    word = WORD_BEFORE.search(text, max(0, start - 40), start)
    return word.start() if word and word.group(0).isupper() else None


def _glued_rank(text: str, start: int, end: int, codes: frozenset[str]) -> int:
    """A number glued to a word: a marker, unless the word is a measurement's ("1e2") or the
    two make a code; a word in capitals makes a code where the pair recurs or stands in brackets
    ("(PREVENT1)") unless the bracket defines it (see _spelled_out_before), else it is a marker at
    best ("DPIA20", "(API6)"); after an apostrophe-s ("API’s31") a sure one."""
    if APOSTROPHE_S_BEFORE.search(text, max(0, start - 40), start):
        return 3
    if SLASHED_ABBREVIATION_BEFORE.search(text, max(0, start - 8), start):
        return 1
    word = WORD_BEFORE.search(text, max(0, start - 40), start)
    if not word or len(word.group(0)) < 2 or (word.start() > 0 and text[word.start() - 1].isdigit()):
        return 0
    if not word.group(0).isupper():
        return 3
    if text[word.start():end] in codes:
        return 0
    if text[word.start() - 1:word.start()] == "(" and text[end:end + 1] == ")":
        return 1 if _spelled_out_before(text, word.start() - 1, word.group(0)) else 0
    return 1


def _spelled_out_before(text: str, bracket: int, acronym: str) -> bool:
    """The words right before the bracket are those the acronym in it abbreviates, their initials
    its letters ("Application Programming Interface (API6)"): the bracket defines the acronym, so
    the number glued to it may be a note's marker rather than part of a name (not so "Housing
    Options (PREVENT1)", "Payment Services Directive 2 (PSD2)")."""
    words = text[max(0, bracket - 30 * len(acronym)):bracket].split()[-len(acronym):]
    return len(words) == len(acronym) and all(word.isalpha() for word in words) \
        and "".join(word[0] for word in words).upper() == acronym


# A month and a year after a number ("10 September 2026", "3. März 2025", "12 mars 2024"): the number is
# the date's day.  The months of every supported language, as for SLASHED_ABBREVIATION_BEFORE; the
# year is required, as a month's name may be another word as well ("the components 4 may be sold").
MONTH_AND_YEAR_AFTER = re.compile(rf"\.?\s+(?:{dates(*map(language, supported())).months})\.?,?\s+\d{{4}}(?!\d)",
                                  re.IGNORECASE)


def _a_section_or_a_day(text: str, start: int, end: int) -> bool:
    """The number after a space at start..end is a statute's section, after its sign ("§ 1 Abs. 2",
    "¶ 4"), or the day of a date written out with its year ("10 May 2026", "3. März 2025"): a
    number of its own, never a note's marker."""
    sign = text[start - 2:start - 1]
    return (bool(sign) and sign in SECTION_SIGNS) or bool(MONTH_AND_YEAR_AFTER.match(text, end))


def _spaced_rank(text: str, start: int, end: int, between_words: bool, words: frozenset[str]) -> int:
    """How surely a number after a space is a note marker: 0 where it reads as a count or a
    reference ("artikel 8 van", "in 2019 8 keer", "nr. 12", "en 3) overige")."""
    previous, rest = text[start - 2:start - 1], text[end:end + 2].replace("\n", " ")
    if not previous or previous.isspace() or _a_section_or_a_day(text, start, end):
        return 0
    if text[start - 1] == "\n" and rest[:1] in (".", ")", ":"):
        return 0                                     # opening a line: an enumerator, "2. Mantelzorgers"
    if (rest[:1] in ("—", "–", ",") and text[end + 1:end + 3].strip()[:1].isdigit()) \
            or ENUMERATED_BEFORE.search(text, max(0, start - 12), start):
        return 0                                     # a range or an enumeration: "1–3", "1, 2 en 3"
    if rest[:1] in (")", "]") and not any(mark in text[max(0, start - OPEN_PARENTHESIS_SPAN):start] for mark in "(["):
        return 0                                     # an enumerator: "en 3) overige"
    if (rest[:1] in (":", ".") or (rest[:1] == " " and rest[1:2].isupper())) \
            and CAPTION_BEFORE.search(text, max(0, start - 40), start):
        return 0                                     # a label's number: "Figuur 4:", "Artikel 1. Definities"
    closing = not rest or rest[0] in AFTER_SPACED
    lower_next = rest[:1] == " " and rest[1:2].islower() and not _bullet_follows(text, end)
    if previous in SENTENCE_MARKS:
        if text[start - 3:start - 1] in ("..", ". ") or _abbreviation_before(text, start, words):
            return 0                                 # a page reference after dot leaders, "nr. 12"
        return 2
    if previous == "…":
        return 0
    if previous in CLOSERS and not BRACKETED_ENDING.search(text, max(0, start - 7), start - 1):
        # A quotation may be a name the sentence reads on with ("„Faust“ 2 Stunden lang", "“Faust” 2
        # Stunden": German writes its nouns with a capital): a number after it before a word is no
        # surer than one between words, unless the quotation closed a sentence ("Transparenz.“ 2 Seitdem").
        reads_on = previous not in ")]" and not closing and text[start - 3:start - 2] not in SENTENCE_MARKS
        return 1 if lower_next or reads_on else 2
    if previous in ",;:" and (text[start - 3:start - 2].isalpha() or text[start - 3:start - 2] in CLOSERS):
        return 1                                     # "bedrag, 2 en", "‘voorwaarden’, 9 en": not "artikel 1, 2 en 3"
    if between_words and lower_next and (previous.islower() or _after_capitals(text, start)) \
            and not RANGE_AFTER.match(text, end) \
            and "(" not in text[max(0, start - OPEN_PARENTHESIS_SPAN):start].rpartition(")")[2]:
        return 1                                     # "potlood 1 in", not "(bijlage 1 van model ...)"
    if previous.isdigit() and (_inside_a_run(text, start, end) or _closes_a_run_after_a_word(text, start, end)):
        return 1                                     # "code. 9 10 11", "handhaving10 11 12 en": a run of markers
    if _opens_a_closing_run(text, start, end):
        return 1                                     # "kenmerken 4 5.": two notes cited at once
    if closing:
        return 1
    # Before a capital or a bracket ("Friday 1 October", "maar 1 VM?", "subquestion 1 (figure"), a
    # number after a word is between words all the same: a count or a reference read on.
    reads_on = rest[:1] == " " and not lower_next and not rest[1:2].isdigit()
    return 1 if reads_on and (between_words or not previous.isalpha()) else 0


# A word in capitals of two letters or more before a space ("BRZO 5 installaties"): an acronym.
CAPITALS_BEFORE = re.compile(r"(?<![^\W\d_])[A-Z]{2,}$")


def _after_capitals(text: str, start: int) -> bool:
    """The number follows an acronym a space apart, where the text layer set a space before a
    superscript marker ("BRZO 5 installaties" for "BRZO⁵ installaties")."""
    return CAPITALS_BEFORE.search(text, max(0, start - 12), start - 1) is not None


# The numbers on either side of a number, a space apart ("9 10 11"): digits not part of a longer number.
NUMBER_BEFORE = re.compile(r"(?<![\d.,])(\d{1,3}) $")
NUMBER_AFTER = re.compile(r" (\d{1,3})(?![\d.,])")


# A number glued to a word and the numbers after it a space apart, up to the space before a number
# ("handhaving10 11 "): the glued number, and the others.
GLUED_RUN_BEFORE = re.compile(r"[^\W\d_](\d{1,3})((?: \d{1,3})*) $")


def _closes_a_run_after_a_word(text: str, start: int, end: int) -> bool:
    """The number closes a run of numbers counting up a space apart, from one glued to a word
    ("handhaving10 11 12 en"): the markers of notes cited at one place, the first glued to the
    word as a superscript is, where the run's last stands before the sentence goes on."""
    run = GLUED_RUN_BEFORE.search(text, max(0, start - 20), start)
    if run is None:
        return False
    numbers = [int(run.group(1)), *map(int, run.group(2).split()), int(text[start:end])]
    return all(after == before + 1 for before, after in zip(numbers, numbers[1:]))


# The next number a space apart and closing the sentence ("kenmerken 4 5.").
CLOSING_NUMBER_AFTER = re.compile(r" (\d{1,3})[.!?](?!\d)")


def _opens_a_closing_run(text: str, start: int, end: int) -> bool:
    """The number opens a run of markers set after a space whose last closes the sentence
    ("echtheidskenmerken 4 5."): the number after it is the next one.  (Alone, a number before
    another reads as a count; the run's last marker is one by its place.)"""
    after = CLOSING_NUMBER_AFTER.match(text, end)
    return after is not None and int(after.group(1)) == int(text[start:end]) + 1


def _inside_a_run(text: str, start: int, end: int) -> bool:
    """The number stands between the one before it and the one after it, a space apart from
    each ("9 10 11" after a sentence): the middle of a run of markers set after a space, whose
    neighbours are markers by their own places (the first after the sentence, the last at its
    end), not a number read as a count followed by another number."""
    before = NUMBER_BEFORE.search(text, max(0, start - 5), start)
    after = NUMBER_AFTER.match(text, end)
    if before is None or after is None:
        return False
    number = int(text[start:end])
    return int(before.group(1)) == number - 1 and int(after.group(1)) == number + 1


# A line opening a list item: a bullet sign, or a lower-case "o" (a word processor's second-level
# bullet) before a capital.
BULLET_LINE = re.compile(rf"\n(?:{BULLET_MARK}|[-–—]|o(?=[ \t]+[A-Z]))[ \t]")


def _bullet_follows(text: str, end: int) -> bool:
    """The number ends its line and the next line opens a list item ("... Integriteit 67" / "o De
    code ..."): the small letter after it is the item's bullet, not the next word of the sentence."""
    return bool(BULLET_LINE.match(text, end))


def chain(found: list[Marker], labels: list[int]) -> list[tuple[int, Marker]]:
    """For the labels in order, the markers that keep them in order: as many as can be had,
    then the surest, then the nearest to the notes (the later ones); (label, marker) pairs."""
    wanted = set(labels)
    by_label: dict[int, list[Marker]] = defaultdict(list)
    for marker in found:
        if marker.label in wanted:
            by_label[marker.label].append(marker)
    # entries: (score, marker, position in labels, the entry before it or -1)
    entries: list[tuple[tuple[int, int, int], Marker, int, int]] = []
    for at, label in enumerate(labels):
        for marker in by_label.get(label, ()):
            best, before = (1, marker.rank, marker.start), -1
            for index, (score, other, other_at, _) in enumerate(entries):
                if other_at < at and other.end <= marker.cut:
                    candidate = (score[0] + 1, score[1] + marker.rank, score[2] + marker.start)
                    if candidate >= best:
                        best, before = candidate, index
            entries.append((best, marker, at, before))
    if not entries:
        return []
    index = max(range(len(entries)), key=lambda i: entries[i][0])
    picked = []
    while index >= 0:
        _, marker, at, before = entries[index]
        picked.append((labels[at], marker))
        index = before
    return picked[::-1]


def _link_to_notes(blocks: Blocks, notes: tuple[tuple[int, int, int, bool], ...],
                   note_texts: tuple[str, ...]) -> tuple[Blocks, Changes]:
    """Each note's marker, found in the text between the notes before it and the note (see chain):
    asterisks for a note labelled by asterisks, a number for a numbered one."""
    block_lines = sorted({line for block in blocks for _, line in block.offsets})
    # Every possible marker, placed in one run of all blocks' texts so that chain can order them.
    candidates: list[tuple[int, int, Marker]] = []      # (block index, source line, marker placed)
    joined = "\n".join(block.text for block in blocks)
    codes, words = glued_codes("\n".join((joined, *note_texts))), short_words(joined)
    base = 0
    for index, block in enumerate(blocks):
        if block.kind != "pullquote":
            candidates += [(index, block.line_at(marker.start), marker._replace(
                start=base + marker.start, end=base + marker.end, cut=base + marker.cut))
                for marker in markers(block.text, codes, between_words=True, words=words,
                                      line_ends=_line_ends(block))]
        base += len(block.text) + 1
    starts = list(accumulate((len(block.text) + 1 for block in blocks), initial=0))
    candidates.sort(key=lambda candidate: candidate[1])
    lines = [line for _, line, _ in candidates]
    cuts: dict[int, list[tuple[Marker, int, int]]] = defaultdict(list)
    lost_markers: set[Marker] = set()
    window, marked, last_label, highest = 0, 0, 0, 0
    for group in _note_groups(notes, block_lines):
        # Up to the first note's line itself: a note the footnote pass split off the body's last
        # line (footnotes.HYPHEN_TAKEN_LABEL) shares that line with the text before it.  From
        # after the notes before; or, where the labels go on right after theirs, from the line of
        # their last marker (a note may be set at the next page's foot, under its page's notes).
        goes_on = last_label and min(label for _, label, *_ in group) == last_label + 1
        first = bisect.bisect_left(lines, marked) if goes_on else bisect.bisect_right(lines, window)
        between = candidates[first:bisect.bisect_right(lines, group[0][2])]
        starred = {label for _, label, _, asterisks in group if asterisks}
        inside = sorted(((index, marker) for index, _, marker in between
                         if (joined[marker.start] == "*") == (marker.label in starred)),
                        key=lambda found: found[1].start)
        block_of = {marker: index for index, marker in inside}
        line_of = {marker: line for _, line, marker in between}
        number_of = {label: number for number, label, *_ in group}
        linked = surest_chain([marker for _, marker in inside], sorted(number_of))
        # Notes lost in extraction are numbered between the highest number in the edition so far and
        # the group's (looked for only where those are the printed labels, see _lost_notes_markers):
        # the edition numbers the notes on through the document, also where they are numbered again
        # per chapter, so the bound needs no reset; only notes set out of order (3 and 4 after 7, see
        # footnotes) stand below it.
        lost = _lost_notes_markers(inside, linked, range(highest + 1, min(number for number, *_ in group)), group)
        number_of.update((label, label) for label, _ in lost)
        for label, marker in linked + _starred_again(linked, inside, joined) + lost:
            index = block_of[marker]
            shift = starts[index]
            placed = marker._replace(start=marker.start - shift, end=marker.end - shift, cut=marker.cut - shift)
            cuts[index].append((placed, label, number_of[label]))
            if (label, marker) in lost:
                lost_markers.add(placed)
            marked = max(marked, line_of[marker])
        window, last_label = group[-1][2], max(number_of)
        highest = max(highest, *number_of.values())
    out = list(blocks)
    changes: list[Change] = []
    for index, found in cuts.items():
        out[index] = _with_refs(blocks[index], sorted(found), changes, lost_markers)
    return tuple(out), tuple(changes)


def _lost_notes_markers(inside: list[tuple[int, Marker]], linked: list[tuple[int, Marker]], lost: range,
                        group: list[tuple[int, int, int, bool]]) -> list[tuple[int, Marker]]:
    """The markers of notes printed but lost in extraction (their labels skipped between the notes
    found: 4-6 between notes 3 and 7), where the notes are numbered on through the document: of
    each such number, a sure marker (glued to a word or in superscript) before the next note's
    marker, in order.  They become references without a note text, as where no notes are found
    at all, so the number stays a superscript and the build names the notes to supply."""
    if not lost or any(number != label for number, label, *_ in group):
        return []
    before = min((marker.start for _, marker in linked), default=None)
    sure = [marker for _, marker in inside if marker.rank == 3 and (before is None or marker.end <= before)]
    return chain(sure, list(lost))


def _line_ends(block: Block) -> frozenset[int]:
    """Where the block's source lines end: the positions of the spaces that joined them."""
    return frozenset(offset - 1 for offset, _ in block.offsets[1:] if block.text[offset - 1:offset] == " ")


def surest_chain(found: list[Marker], labels: list[int]) -> list[tuple[int, Marker]]:
    """The labels' markers: the chain of all the markers and its strays (see with_strays), or,
    where it holds as many, that of the sure markers alone: a sure marker pdftotext set out of
    order ("één’4" after "maken5") before numbers that merely read as markers ("Week 1", "Week 2"
    in a timetable pages before the notes); (label, marker) pairs."""
    pairs = [(0, marker) for marker in found]
    every = with_strays(chain(found, labels), pairs, set(labels))
    sure = [marker for marker in found if marker.rank == 3]
    surest = with_strays(chain(sure, labels), pairs, set(labels))
    return surest if len(surest) >= len(every) else every


def with_strays(chained: list[tuple[int, Marker]], inside: list[tuple[int, Marker]],
                labels) -> list[tuple[int, Marker]]:
    """The chained markers, and for a label left out of the chain its one sure marker (glued to
    a word) where it has exactly one: pdftotext may set a marker out of order."""
    taken = {label for label, _ in chained}
    sure: dict[int, list[Marker]] = defaultdict(list)
    for _, marker in inside:
        if marker.rank == 3 and marker.label in labels:
            sure[marker.label].append(marker)
    used = {marker for _, marker in chained}
    return chained + [(label, found[0]) for label, found in sure.items()
                      if label not in taken and len(found) == 1 and found[0] not in used]


def _starred_again(linked: list[tuple[int, Marker]], inside: list[tuple[int, Marker]],
                   joined: str) -> list[tuple[int, Marker]]:
    """The other markers of a note marked by asterisks: the same asterisks elsewhere in the text
    since the notes before ("27 februari *" and "8 juli *" over one "* Op een margemiddag ...").
    A sign, unlike a number, is printed at every place its note applies to; (label, marker) pairs."""
    starred = {label for label, marker in linked if joined[marker.start] == "*"}
    used = {marker for _, marker in linked}
    return [(marker.label, marker) for _, marker in inside
            if marker.label in starred and marker not in used and joined[marker.start] == "*"]


def _note_groups(notes, block_lines: list[int]) -> list[list[tuple[int, int, int, bool]]]:
    """The notes in groups that stood together (no text of the body between them)."""
    groups: list[list[tuple[int, int, int, bool]]] = []
    for note in sorted(notes, key=lambda note: note[2]):
        if groups:
            previous = groups[-1][-1][2]
            between = bisect.bisect_right(block_lines, previous) < bisect.bisect_left(block_lines, note[2])
            if not between:
                groups[-1].append(note)
                continue
        groups.append([note])
    return groups


def _with_refs(block: Block, found: list[tuple[Marker, int, int]], changes: list[Change],
               lost: set[Marker] | frozenset[Marker] = frozenset()) -> Block:
    """The block with its markers as NoteRef, each logged (and its renumbering, if any); `lost`:
    the markers of notes lost in extraction (see _lost_notes_markers)."""
    parts: list[Inline] = []
    cursor = 0
    for marker, label, number in found:
        word = block.text.rfind(" ", 0, marker.start if marker.cut == marker.start else marker.cut) + 1
        line = block.line_at(marker.start)
        after_a_marker = bool(parts) and marker.start == cursor     # "developer''.34": 3 and 4
        parts.append(Text(block.text[cursor:marker.cut]))
        parts.append(NoteRef(number))
        cursor = marker.end
        changes.append(Change("noteref", line, block.text[word:marker.end], f"{block.text[word:marker.cut]}[{number}]",
                              f"the marker of note {label}, a note lost in extraction: the notes around it were "
                              "found, and the markers run in order" if marker in lost else
                              f"the marker of note {label}: that note stands after it, and the markers run in order"))
        if marker.cut == marker.start and block.text[marker.start - 1:marker.start].isdigit():
            changes.append(Change("note-number", line, block.text[word:marker.end],
                                  f"{block.text[word:marker.cut]}[{number}]",
                                  "two note markers run together by the text layer: read as the two notes' numbers"
                                  if after_a_marker else
                                  "a note number glued to a year: read as the year and the note's number"))
        elif number != label:
            changes.append(Change("note-number", line, str(label), str(number),
                                  "the notes are numbered again (per page or chapter): "
                                  "the edition numbers them through"))
    parts.append(Text(block.text[cursor:]))
    parts = [part for part in parts if not (isinstance(part, Text) and not part.text)]
    plain = "".join(part.text for part in parts if isinstance(part, Text))
    return replace(block, content=tuple(parts), text=plain)
