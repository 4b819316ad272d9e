"""What page furniture looks like: a language's furniture patterns (folio, credit, stamp, byline, ...),
the forms of a page number and the lines read as one, and how long and deep a page's head, foot and
edge may be.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from publish.clean.lines import Lines
from publish.dates import IN_FIGURES, dates
from publish.languages import Language, supported
from publish.languages import language as language_of
from publish.languages.patterns import alternatives, vocabulary


# A bare page number, or a spread of two facing pages ("12 13", "06 | 07": a designed report
# numbers its spreads once, the two numbers apart or set off by a bar or a dot); at most three
# digits, so a year standing on its own ("2015") is not taken for one.
PAGE_NUMBER = re.compile(r"^(?:[-–—]\s*)?(\d{1,3})(?:\s*[-–—])?(?:(?:\s*[|·•]\s*|\s+)(\d{1,3}))?$")
# A line opening with what a page number can start with (a digit, a dash), found by its newline.
NUMBER_GATE = re.compile(r"\n[-–—0-9]")
RUNNING_HEAD_MAX = 60
# A running foot may be longer, an address line ("Gemeente X | Postbus 1, 1000 AA X | www.x.nl |
# T 012 345 6789"); the pages' outermost line, it needs the stronger evidence (see repeats.repeated_heads).
LONG_HEAD_MAX = 2 * RUNNING_HEAD_MAX
# How deep a page edge reaches: the first and the last text lines of a page, as many as a page's
# head or foot holds (a folio, a web address and a classification stacked at the foot).
EDGE_DEPTH = 3
# How near under a chapter's head its heading stands: among the page's next text lines, a
# rubric or a subtitle between at most (a page's foot stands further down, after its text).
HEADING_REACH = 3
# A page's head or foot stands at the same edge of this many pages at least.  Two is not enough
# (a chapter title atop its chapter and atop a contents page) but in a short document, where
# the line is the outermost at that edge of every page or all but one (see repeats.repeated_heads).
RUNNING_HEAD_MIN_PAGES = 3
# How many lines a page's head or foot may stack, each found in a round of its own once the line
# beyond it is gone: an organisation's footer may give its name, web address, street, postcode
# and e-mail, one a line.  Each round asks the full evidence of a running head again.
STACK_DEPTH = 6

# Folios: the page's number in a known form, removed at a page edge even on a single page.
# Decoration a folio or a footer line may carry at either end ("› pagina 2 van 15", "| 12 |").
_DECORATION = r"[›»‹«|·•\-–—\s]*"
# A mark between a page's number and the page count: "2/15", "2 /// 15", "Pagina 2 | 15", "2 — 15".
# A slash or the language's word ("2 van 15"), or a bar after the page word ("Pagina 2 | 15"), is
# a folio's known form; the others make one where the document's pages bear it out (see
# counted_folios): "pp. 12-15" is a citation's pages, "7/10" a rating.
_COUNT_MARK = r"/{1,3}|[|\-–—]"


@dataclass(frozen=True)
class Furniture:
    """The furniture patterns of one language, made from its [furniture] vocabulary."""

    folio_line: re.Pattern       # "Pagina 2 van 15", "2/15", "7 /// 24", "2 | Title", "Title | 2", "TITLE / 2"
    credit: re.Pattern           # "Fotografie: Bob de Vries"
    credit_first: frozenset[str]  # the first characters a credit can start with
    stamp: re.Pattern            # a stamp's wording at the line's start
    stamp_gate: re.Pattern       # the lines opening with a stamp's wording, found by their newline
    stamp_evidence: re.Pattern   # a web address or a date (a month's name or digits)
    watermark: re.Pattern        # a watermark's word alone on its line
    watermark_gate: re.Pattern
    review_comment: re.Pattern   # "Met opmerkingen [RJ1]: ...": a review comment's label, initials and number
    review_gate: re.Pattern
    byline: re.Pattern           # "door Kim Putters", "tekst: A. de Vries", "coreferaat van Sofie Vriends"
    name: re.Pattern             # a name on its own line under a title: "Marieke de Groot"
    glued_folio: re.Pattern      # "Pag. 1 / 3" at the end of a letterhead line: page word, number, count
    labelled_value: re.Pattern   # a cover label with its value: "Versie 2023-03", "Version 1.2"
    page_field: re.Pattern       # a head's key ending on the page's number with its word: "... Seite #"
    part_label: re.Pattern       # a part's or a figure's label with its number: "Artikel 3", "Deel 2", "Figuur 4"
    version_stamp: re.Pattern    # "version 1.02– 18 juni 2021", "Version-versie 8/10/2025": a label, figures, a date
    version_gate: re.Pattern     # the lines opening with a version's label, found by their newline
    date: re.Pattern             # a date alone, "7 december 2021", "March 12, 2021": it names no title
    kinds: tuple[str, ...]       # the names of a document's kind, lower case: "jaarverslag", "profielschets"


@cache
def furniture(language: Language) -> Furniture:
    """The language's furniture patterns (built once per language)."""
    page, of = vocabulary(language, "furniture.page"), vocabulary(language, "furniture.of")
    # A stamp is the words of the site or the program that made the copy, not the author's: an
    # English "Downloaded from" stands on a Dutch report.  Its wording and its date's months are
    # read in every supported language.
    everyone = [language_of(code) for code in supported()]
    stamp = alternatives(word for each in everyone for word in each.value("furniture.stamp", ()))
    everyones_dates = dates(*everyone)
    month = everyones_dates.months
    watermark = vocabulary(language, "furniture.watermark")
    review = vocabulary(language, "furniture.review_comment")
    version = alternatives(word for each in everyone for word in each.value("furniture.version", ()))
    credit_words = language.value("furniture.credit", ())
    return Furniture(
        folio_line=re.compile(
            rf"^{_DECORATION}(?:"
            # Pagina 2 (van 15), Pagina 2 | 15; then 2/15, 2 van 15, 2 /// 15 (see _COUNT_MARK)
            rf"(?:{page})\s*:?\s*(?P<page>\d{{1,3}})(?:\s*(?:(?P<known>{of}|/|\|)|{_COUNT_MARK})\s*(?P<of>\d{{1,3}}))?"
            rf"|(?P<page2>\d{{1,3}})\s*(?:(?P<known2>/|{of})|{_COUNT_MARK})\s*(?P<of2>\d{{1,3}})"
            rf"|(?P<page3>\d{{1,3}})\s+[|·•]\s+(?P<title>\S.{{0,{RUNNING_HEAD_MAX}}}?)"       # 2 | Title
            rf"|(?P<title2>\S.{{0,{RUNNING_HEAD_MAX}}}?)\s+[|·•]\s+(?P<page4>\d{{1,3}})"      # Title | 2
            rf"|(?P<title3>\S.{{0,{RUNNING_HEAD_MAX}}}?[^\W\d_])\s+/\s+(?P<page5>\d{{1,3}})"  # TITLE / 2
            rf"){_DECORATION}$", re.IGNORECASE),
        credit=re.compile(rf"^(?:{alternatives(credit_words)})\s*:\s*\S.*$", re.IGNORECASE),
        credit_first=frozenset(first for word in credit_words for first in (word[0], word[0].upper())),
        # Stamps: a download or print stamp ("Downloaded from https://… on March 12, 2021") names
        # where or when the copy was made: its wording, and a date or a web address, are the evidence.
        stamp=re.compile(rf"^(?:{stamp})\b", re.IGNORECASE),
        stamp_gate=re.compile(rf"\n(?:{stamp})\b", re.IGNORECASE),
        stamp_evidence=re.compile(
            rf"(?:https?://|www\.|\b[\w-]+\.(?:com|org|net|nl|de|be|eu|gov|edu|int|uk)\b"        # an address
            rf"|\b{IN_FIGURES}\b|\b\d{{4}}-\d{{2}}-\d{{2}}\b|\b{everyones_dates.day_month}\b)",  # 12-03-2021, March 12
            re.IGNORECASE),
        watermark=re.compile(rf"^(?:{watermark})$", re.IGNORECASE),
        # The reviewer's initials and the comment's number in brackets are the evidence; a name's
        # particle stands in the initials in lower case ("CvO", "JvdB": Cora van Oorschot).
        review_comment=re.compile(rf"^(?:{review})\s*\[[A-Z](?:[a-z]{{0,3}}[A-Z]){{0,4}}\d{{1,3}}\]:"),
        review_gate=re.compile(rf"\n(?:{review})\s*\["),
        watermark_gate=re.compile(rf"\n(?:{watermark})(?=\n|\Z)", re.IGNORECASE),
        byline=re.compile(rf"^(?:(?:{vocabulary(language, 'furniture.byline')})\b:?\s+"
                          rf"|[\w-]+ (?:{vocabulary(language, 'furniture.byline_of')})\s+)\S*[A-Z]"),
        name=re.compile(rf"^[A-Z][\w.'’-]+(?: (?:{vocabulary(language, 'furniture.name_particles')}"
                        rf"|[A-Z][\w.'’-]+)){{1,4}}$"),
        # The page word and the page count are both required: "3 / 15" alone ends many a body line.
        glued_folio=re.compile(rf"\s(?:{page})\s*(?P<page>\d{{1,3}})\s*(?:{of}|/)\s*(?P<of>\d{{1,3}})"
                               rf"{_DECORATION}$", re.IGNORECASE),
        labelled_value=re.compile(rf"^(?:{vocabulary(language, 'metadata.cover_labels')})\b\s*:?\s*\S*\d",
                                  re.IGNORECASE),
        page_field=re.compile(rf"\s+(?:{page})\s*#$", re.IGNORECASE),
        # The provisions' and captions' labels match case-sensitively, as the language data says; a
        # part's label in any case ("Deel 2" opening a line, "Privacyverklaring deel 2").
        part_label=re.compile(rf"\b(?:{vocabulary(language, 'structure.provisions')}"
                              rf"|{vocabulary(language, 'structure.captions')}"
                              rf"|(?i:{vocabulary(language, 'furniture.parts')}))\s+\d{{1,3}}\b"),
        # Labels (a bilingual one too: "Version-versie"), then figures, dashes, slashes and months only.
        version_stamp=re.compile(rf"^(?:{version})(?:[-/ ](?:{version}))*\b(?:[\s\d.,:/–—-]|\b(?:{month})\b)+$",
                                 re.IGNORECASE),
        version_gate=re.compile(rf"\n(?:{version})", re.IGNORECASE),
        date=re.compile(rf"^{everyones_dates.written}$", re.IGNORECASE),
        kinds=tuple(sorted(language.words("metadata.document_kinds"))),
    )


# The letters of a ligature glyph ("ff", "fi", "fl", "ffi", "ffl").  A PDF whose ligatures the
# text layer cannot map sets their letters apart at the foot of the page, one a line, and leaves
# a gap in the words they belong to ("tre en" for "treffen").  Put back where they belong they
# cannot be; left where they stand they split the sentence the page break cuts.
LIGATURE = re.compile(r"^(?:ff|fi|fl|ffi|ffl)$")


BARE, SPREAD = "a bare number on its own line", "two consecutive numbers: the page numbers of a spread"


def apart_on_one_side(lines: Lines, index: int) -> bool:
    """A blank line, a page's start or the text's edge on one side of the line at least (a
    folio right under the body's last line, with the next page starting after it)."""
    before = index == 0 or lines[index - 1].blank
    after = index + 1 >= len(lines) or lines[index + 1].blank or lines[index + 1].page_start
    return before or after or lines[index].page_start


def page_number_reason(lines: Lines, index: int) -> str | None:
    """Why the line is a page number (BARE, SPREAD), or None: its form, set apart on one side."""
    match = PAGE_NUMBER.match(lines[index].text)
    if not match or not apart_on_one_side(lines, index):
        return None
    first, second = match.group(1), match.group(2)
    if second is None:
        return BARE
    if int(second) == int(first) + 1:
        return SPREAD
    return None


# A run of digits: the numbers a line holds (the folio's value, the figures a key stands "#" for).
NUMBER_RUN = re.compile(r"\d+")
# Two letters together: a line searched with it holds a word's letters, not only figures,
# marks and initials ("12", "– 3 –", "A.").
TWO_LETTERS = re.compile(r"[^\W\d_]{2}")
