"""Page furniture: page numbers and folios, photo credits, stamps and running heads and feet;
real numbers and the lines of the body stay.

Every rule removes a line only on evidence a careful editor would accept, and names it in the
change's reason: a folio pattern at a page edge, a credit's opening word, a stamp's wording with
its date or address, the same line at the same page edge on several pages.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from collections import Counter, defaultdict
from collections.abc import Callable, Collection, Iterable, Iterator
from bisect import bisect_left, bisect_right
from functools import cache, partial
from itertools import chain, compress, count, islice, repeat
from operator import itemgetter, methodcaller

from publish import letterhead
from publish.clean import footnotes, lists
from publish.clean.lines import Changes, Line, Lines, ends_sentence, first_page_end
from publish.dates import IN_FIGURES, dates
from publish.languages import Language, supported
from publish.languages import language as language_of
from publish.languages.patterns import alternatives, default, vocabulary
from publish.report import Change

# ----------------------------------------------------------------------------------------------


# A bare page number, or a spread of two facing pages ("12 13", "06 | 07": a designed report
# numbers its spreads once, the two numbers apart or set off by a bar or a dot); at most three
# digits, so a year standing on its own ("2015") is not taken for one.
PAGE_NUMBER = re.compile(r"^(?:[-–—]\s*)?(\d{1,3})(?:\s*[-–—])?(?:(?:\s*[|·•]\s*|\s+)(\d{1,3}))?$")
RUNNING_HEAD_MAX = 60
# A running foot may be longer, an address line ("Gemeente X | Postbus 1, 1000 AA X | www.x.nl |
# T 012 345 6789"); the pages' outermost line, it needs the stronger evidence (see _running_heads).
LONG_HEAD_MAX = 2 * RUNNING_HEAD_MAX
# How deep a page edge reaches: the first and the last text lines of a page, as many as a page's
# head or foot holds (a folio, a web address and a classification stacked at the foot).
EDGE_DEPTH = 3
# How near under a chapter's head its heading stands: among the page's next text lines, a
# rubric or a subtitle between at most (a page's foot stands further down, after its text).
HEADING_REACH = 3
# A page's head or foot stands at the same edge of this many pages at least.  Two is not enough
# (a chapter title atop its chapter and atop a contents page) but in a short document, where
# the line is the outermost at that edge of every page or all but one (see _running_heads).
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
# _counted_folios): "pp. 12-15" is a citation's pages, "7/10" a rating.
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
STAMP_MAX = 200
# A watermark ("CONCEPT", "Vertrouwelijk") is stamped on the pages wherever their text lets it
# fall: its word alone on a line, on half the pages at least and on two at least (a heading
# "Concept" stands once, or once a chapter).
WATERMARK_SHARE = 0.5


BARE, SPREAD = "a bare number on its own line", "two consecutive numbers: the page numbers of a spread"
# A spread's two folios read out between its halves are taken where this many pages at least
# hold such a pair, their numbers counting on two a page from the spread's folios shown at a
# page's edges: several pages, not two.
SPREAD_PAIR_PAGES = 3
SPREAD_HALVES = f"{SPREAD}, read between the spread's halves, counting on the spread's folios at a page's edges"


def _is_isolated(lines: Lines, index: int) -> bool:
    """A page number stands alone: a blank line, a page start or the file edge on one side."""
    before = index == 0 or lines[index - 1].blank
    after = index + 1 >= len(lines) or lines[index + 1].blank or lines[index + 1].page_start
    return before or after or lines[index].page_start


def _page_number(lines: Lines, index: int) -> str | None:
    """Why the line is a page number, or None."""
    match = PAGE_NUMBER.match(lines[index].text)
    if not match or not _is_isolated(lines, index):
        return None
    first, second = match.group(1), match.group(2)
    if second is None:
        return BARE
    if int(second) == int(first) + 1:
        return SPREAD
    return None


def _drop(lines: Lines, drop: dict[int, tuple[str, str]], in_place: Collection[int] = (),
          over_notes: Collection[int] = ()) -> tuple[Lines, Changes]:
    """Remove the lines at the given indexes; the next text line starts a page, unless the line
    removed is in_place: in a page's foot (the next line is the foot's, or starts a page
    already) or in the text (a stamp, a contents), whose page is known.  A line over its page's
    notes passes on no page start, not even its own: the notes are the page's whose body ends
    above it (where a folio stands over the notes, the page-number pass made the line under it
    start a page)."""
    if not drop:
        return lines, ()
    changes: list[Change] = []
    starting: dict[int, Line] = {}                    # index: the line, now starting a page
    for index in sorted(drop):
        kind, reason = drop[index]
        changes.append(Change(kind, lines[index].number, lines[index].text, "", reason))
        if index in over_notes or (index in in_place and not lines[index].page_start):
            continue                                  # (a page's first line passes its start on)
        following = index + 1
        while following < len(lines) and (following in drop or lines[following].blank):
            following += 1
        if following < len(lines) and not lines[following].page_start:
            starting[following] = lines[following]._replace(page_start=True)
    return _rebuilt(lines, drop.keys() | starting.keys(), starting), tuple(changes)


def _rebuilt(lines: Lines, cuts: set[int], starting: dict[int, Line]) -> Lines:
    """The lines without those at the cuts, the ones in starting put in their place.  The runs
    between the cuts are islices of one iterator over the lines, so each kept line is taken
    once: with a few hundred thousand lines, copying them is a good part of a pass."""
    rest = iter(lines)
    parts: list = []
    at = 0
    for index in sorted(cuts):
        # The run up to the cut; the line at the cut is skipped (islice(rest, 1, 1)).
        parts += (islice(rest, index - at), (starting[index],) if index in starting else (), islice(rest, 1, 1))
        at = index + 1
    parts.append(rest)
    return tuple(chain.from_iterable(parts))


_TEXT, _PAGE_START = itemgetter(1), itemgetter(2)       # Line.text, Line.page_start
_START = methodcaller("start")

# A line opening with what a page number can start with (a digit, a dash), found by its newline.
NUMBER_GATE = re.compile(r"\n[-–—0-9]")
# A credit has a colon, and few lines do.
CREDIT_GATE = re.compile(":")


# Lines joined at a time by _lines_where: the text of a few thousand lines stays in the
# processor's cache while it is scanned; a whole book's text would be read back from memory.
_CHUNK = 4096


def _lines_where(texts: list[str], gate: re.Pattern) -> list[int]:
    """The indexes of the lines in whose text, read after a newline, gate finds a match; in
    order, each once."""
    found: list[int] = []
    for first in range(0, len(texts), _CHUNK):
        found += map(first.__add__, _chunk_lines_where(texts[first:first + _CHUNK], gate))
    return found


def _chunk_lines_where(texts: list[str], gate: re.Pattern) -> list[int]:
    """_lines_where by one scan of the texts joined, each after a newline: a match that starts
    at the n-th newline or after it, before the next, lies in line n (gate's matches never
    reach past a line's end).  A text holding a newline itself (a source line never does, it
    ends at one) would throw the count off; the texts are then looked at one by one."""
    joined = "\n" + "\n".join(texts)
    found: list[int] = []
    line, counted = -1, 0
    for position in map(_START, gate.finditer(joined)):
        line += joined.count("\n", counted, position + 1)
        counted = position + 1
        if not found or found[-1] != line:
            found.append(line)
    if line + 1 + joined.count("\n", counted) != len(texts):
        return [index for index, text in enumerate(texts) if gate.search("\n" + text)]
    return found


def remove_page_numbers(lines: Lines, language: Language | None = None) -> tuple[Lines, Changes]:
    """Bare page numbers, then folios at a page edge.  Where the text marks its pages (form
    feeds, the OCR's leading space), a bare number is a page number at a page's edge (its first
    or last text line, or a line of its own among the short lines there), right before a page
    start, or where it counts on the page numbers around it (a page break the text left
    unmarked); one inside a page otherwise is a table's, a list's or a contents' number, and
    one over a note's text at the foot is the note's label.  A spread ("12 13") is evidence
    enough anywhere.  Where the text marks no pages, the numbers standing alone are what tell
    its pages apart.  The line after a page number starts a page (a head under the number is
    the next page's); the line after a folio at a page's foot is that foot's."""
    words = furniture(language or default())
    edges: set[int] | None = None
    if any(map(_PAGE_START, lines)):
        zones = _edge_zones(lines, _pages(lines))
        edges = {index for top, foot in zones for index in chain(top[:1], foot[-1:])}
        edges.update(index for top, foot in zones for index in chain(top, foot) if _alone(lines, index))
    drop = {}
    inside: list[int] = []                   # bare numbers inside a page, for the count to tell
    labels = None                            # a note's label on its own line is no page number
    for index in _lines_where(list(map(_TEXT, lines)), NUMBER_GATE):
        reason = _page_number(lines, index)
        if reason == BARE:
            labels = footnotes.label_lines(lines, language) if labels is None else labels
            reason = None if index in labels else reason
        if reason is None:
            continue
        if edges is None or index in edges or reason == SPREAD or _just_before_a_page(lines, index):
            drop[index] = ("page-number", reason)
        else:
            inside.append(index)
    if edges is not None:
        for index in _off_the_count(lines, drop):
            del drop[index]
        for index in _off_the_sequence(lines, drop):
            if _over_a_heading(lines, index) or _read_on(lines, index):
                del drop[index]               # a section's number, a figure: text
            else:
                drop[index] = ("page-number", OFF_THE_SEQUENCE)
        drop.update(_roman_page_numbers(lines, edges))
        drop.update(_dotted_page_numbers(lines))
        drop.update(_spreads_read_between_their_halves(lines, inside, drop))
    drop.update(_counting_on(lines, inside, drop))
    if edges is not None:
        drop.update(_own_page_numbers(lines, inside, drop))
        # A page's own number found so is a page number the count goes on from: "16" under
        # the body's last line counts between "15" at its page's edge and "17" found so.
        drop.update(_counting_on(lines, inside, drop))
        for index in chain(_beside_the_page_number(lines, drop), _beside_a_folio(lines, drop, zones, language),
                           _amid_section_numbers(lines, drop)):
            drop.pop(index, None)
        drop.update(_named_folios_inside(lines, drop))
    lines, changes = _drop(lines, drop, () if edges is None else _sole_folios_inside(lines, inside, drop))
    zones = _edge_zones(lines, _pages(lines))
    folios_found = _folios(lines, zones, words)
    lines, folios = _drop(lines, folios_found, {index for _, foot in zones for index in foot})
    counted = _counted_folios(lines, words) | _folios_amid_columns(lines, words)
    lines, inside_pages = _drop(lines, counted, counted.keys())
    lines, glued = _cut_glued_folios(lines, words)
    return lines, changes + folios + inside_pages + glued


def folios_in(changes: Changes) -> frozenset[int]:
    """The source lines of the page numbers removed, as the log keeps them: where a folio stood.
    (A folio cut from the end of a line logs the line, which stays: no line removed there.)"""
    return frozenset(change.line for change in changes if change.kind == "page-number")


NAMED_FOLIO = re.compile(r"^(\d{1,3}) (\D+)$|^(\D+) (\d{1,3})$")


def _named_folios_inside(lines: Lines, numbers: dict[int, tuple[str, str]]) -> dict[int, tuple[str, str]]:
    """A magazine's folio, its page's number and its name on one line ("8 Mensenwijk"), that the
    text layer read out inside its page, between two parts of a sentence; on another page the
    name stands alone right by that page's number (`numbers`: the page numbers found), "Mensenwijk"
    over "9".  Evidence: the number on the line is its own page's, by the offset from the page's
    index that the number beside the name keeps, and no other page number was found on its page;
    the name by that number goes too, the folio's other half."""
    page_of = _page_of(_pages(lines))
    numbered = {page_of(index) for index in numbers}
    # name: {the offset from its page's index of the number by it: the name's lines}
    names: dict[str, dict[int, list[int]]] = defaultdict(lambda: defaultdict(list))
    for index in numbers:
        match = PAGE_NUMBER.match(lines[index].text)
        for step in (-1, +1):
            neighbour = _text_neighbour(lines, index, step)
            if match and match.group(2) is None and neighbour is not None and page_of(neighbour) == page_of(index) \
                    and _WORD.search(lines[neighbour].text) and not _DIGITS.search(lines[neighbour].text) \
                    and len(lines[neighbour].text) <= RUNNING_HEAD_MAX and not ends_sentence(lines[neighbour].text):
                names[lines[neighbour].text][int(match.group(1)) - page_of(index)].append(neighbour)
    found = {}
    for index, line in enumerate(lines):
        match = NAMED_FOLIO.match(line.text) if names else None
        if match is None or page_of(index) in numbered or not _inside_a_sentence(lines, index):
            continue
        number, name = int(match.group(1) or match.group(4)), match.group(2) or match.group(3)
        beside = names[name].get(number - page_of(index), []) if name in names else []
        if beside:
            reason = f"a folio, its page's number with the name '{name}' set by the page numbers, inside its page"
            found[index] = ("page-number", reason)
            found.update((other, ("page-number", f"the name of the folio '{line.text}', by its page's number"))
                         for other in beside)
    return found


def _inside_a_sentence(lines: Lines, index: int) -> bool:
    """The line stands between two parts of a sentence, as a folio the text layer read out inside
    its page does: the text line before it ends none, the one after it goes on in lower case (a
    numbered heading stands over a sentence opening with a capital)."""
    before, after = _text_neighbour(lines, index, -1), _text_neighbour(lines, index, +1)
    return before is not None and after is not None and not ends_sentence(lines[before].text) \
        and lines[after].text[:1].islower()


# A folio with the page count stands on this many pages at least before one inside a page is
# taken for one: a document that numbers its pages so.
COUNTED_FOLIO_PAGES = 2


def _counted_folios(lines: Lines, words: Furniture) -> dict[int, tuple[str, str]]:
    """Folios with the page count ("Seite 4 / 9", "Pagina 2 van 15", "7 /// 24") on a line of
    their own: a footer of several blocks (folio, address, board, bank) that pdftotext reads in
    another order puts the folio among the footer's lines or the text's.  Evidence, on
    COUNTED_FOLIO_PAGES pages or more: for a folio's known form (a slash, the language's word:
    "2/15", "2 van 15") anywhere on its page, its page's own number and the document's page
    count (_the_pages_own_numbers); for any mark ("7 /// 24", "7 | 24", "7 – 24"), numbers that
    count on with the pages at their edge (_count_on_with_the_pages): a fraction "1/2" in the
    text, a rating "7/10", a score "3 - 1", opening hours "10 – 17" are no page's number and count."""
    starts = [0] + [index for index in compress(count(), map(_PAGE_START, lines)) if index]
    if len(starts) < COUNTED_FOLIO_PAGES:
        return {}
    # (count, known form): [(page, number, index)], in text order
    by_count: defaultdict[tuple[int, bool], list[tuple[int, int, int]]] = defaultdict(list)
    for index, line in enumerate(lines):
        text = line.text
        if not text or not text[-1].isdigit() or len(text) > RUNNING_HEAD_MAX:
            continue
        match = words.folio_line.match(text)
        page = match and (match.group("page") or match.group("page2"))
        of = match and (match.group("of") or match.group("of2"))
        if match and page and of:
            by_count[int(of), _known_form(match)].append((bisect_right(starts, index), int(page), index))
    found: dict[int, tuple[str, str]] = {}
    for (of, known), folios in by_count.items():
        own = _the_pages_own_numbers(folios, of, len(starts)) if known else []
        if len({page for page, _, _ in own}) >= COUNTED_FOLIO_PAGES:
            reason = "a folio with the page count, its page's own number and the document's count"
            found.update((index, ("page-number", reason)) for _, _, index in own)
        elif _count_on_with_the_pages(folios, of, len(starts)) and _at_the_page_edges(lines, starts, folios):
            reason = "a folio with the page count at the page's edge, its numbers counting on with the pages"
            found.update((index, ("page-number", reason)) for _, _, index in folios)
    # A folio the text layer split after its page word ("pagina" / "2/45") goes whole.
    found.update({index - 1: found[index] for index in list(found) if _page_word_over(lines, index - 1, words)})
    return found


def _known_form(match: re.Match) -> bool:
    """The folio line names its page count in a folio's known form (see _COUNT_MARK)."""
    return bool(match.group("known") or match.group("known2"))


def _the_pages_own_numbers(folios: list[tuple[int, int, int]], of: int, pages: int) -> list[tuple[int, int, int]]:
    """The folios (page, number, index) that bear their page's own number, the count being the
    document's page count."""
    return [folio for folio in folios if of == pages and folio[1] == folio[0]]


# The blank pages the text layer may have left out of a document that counts its pages: the
# folios' numbers run ahead of the pages' by so many at most, and so may the count.
DROPPED_PAGES = 2


def _count_on_with_the_pages(folios: list[tuple[int, int, int]], of: int, pages: int) -> bool:
    """The folios (page, number, index; in text order) of one count number the pages: one a page
    on COUNTED_FOLIO_PAGES pages at least, each its page's index (so none is 0) or ahead of it by
    the blank pages left out before it (DROPPED_PAGES at most, never fewer than before: "5 /// 24",
    then "7 /// 24"), none beyond the count, and the count the text's pages or ahead of them as much."""
    ahead = [number - page for page, number, _ in folios]
    return (len(folios) >= COUNTED_FOLIO_PAGES and pages <= of <= pages + DROPPED_PAGES
            and folios[-1][1] <= of and all(0 <= step <= DROPPED_PAGES for step in ahead)
            and all(page < later and step <= later_step for (page, _, _), (later, _, _), step, later_step
                    in zip(folios, folios[1:], ahead, ahead[1:])))


def _at_the_page_edges(lines: Lines, starts: list[int], folios: list[tuple[int, int, int]]) -> bool:
    """Each folio stands at an edge of its page: its first or last text line, or under it (over
    it) only lines, EDGE_DEPTH at most, that stand so by another folio too (a running foot, its
    date aside: "2 /// 24" over "18.12.17 /// URI-richtlijnen" on page 2 and on page 4), not a
    page's own sentence."""
    beyond = []                               # for each folio: the lines over it, under it on its page
    for page, _, index in folios:
        end = starts[page] if page < len(starts) else len(lines)
        beyond.append([[_DIGITS.sub("#", lines[other].text) for other in span if lines[other].text]
                       for span in (range(starts[page - 1], index), range(index + 1, end))])
    by_folios = [Counter(line for sides in beyond for line in set(sides[edge])) for edge in range(2)]
    return all(any(not side or (len(side) <= EDGE_DEPTH and all(by_folios[edge][line] > 1 for line in side))
                   for edge, side in enumerate(sides))
               for sides in beyond)


# A folio, its page's number before or after its other words ("178 NVOX APRIL 2020"); found by
# its newline, a line of a running head's length at most.
NUMBERED_LINE = re.compile(rf"^(\d{{1,3}})\s+(\S.{{0,{RUNNING_HEAD_MAX}}})$"
                           rf"|^(\S.{{0,{RUNNING_HEAD_MAX}}}?)\s+(\d{{1,3}})$")
# A folio read out amid the columns dates its issue beside the page's number: a year ("APRIL 2020").
FOLIO_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
NUMBERED_LINE_GATE = re.compile(rf"\n(?=\d{{1,3}}\s|[^\n]{{1,{RUNNING_HEAD_MAX}}}\s\d{{1,3}}(?:\n|\Z))")
# Of a folio's copies read out amid the columns, this many stand between two parts of a sentence.
AMID_SENTENCES = 2


def _folios_amid_columns(lines: Lines, words: Furniture) -> dict[int, tuple[str, str]]:
    """A magazine's folio printed up its outer margin ("178 NVOX APRIL 2020", "APRIL 2020 NVOX
    179" on a left and a right page), which the text layer reads out wherever the margin falls
    among the columns, away from the page edges (a folio at an edge is the running heads' to
    find).  Evidence: the same words on RUNNING_HEAD_MIN_PAGES pages or more, in any order, once
    a page, with a number at the line's start or end that is its page's index plus one offset on
    every copy (it counts with the pages), a year beside it in the words (the issue's date, as
    a magazine's folio prints it: "Dag 3", "Step 2", "Week 12", a label and a number alone, are a
    programme's headings, one a page, counting with the pages too), none at a page's edge, and
    AMID_SENTENCES of them between two parts of a sentence.  A number naming a part or a figure
    ("Figuur 3: bezoekers in 2019", one a page, read out amid a sentence as captions are) is no
    folio's."""
    starts = [0] + [index for index in compress(count(), map(_PAGE_START, lines)) if index]
    edges = {index for zone in _edge_zones(lines, _pages(lines)) for edge in zone for index in edge}
    copies: dict[tuple[tuple[str, ...], int], list[int]] = defaultdict(list)   # (words, offset): indexes
    for index in _lines_where(list(map(_TEXT, lines)), NUMBERED_LINE_GATE):
        match = NUMBERED_LINE.match(lines[index].text)
        if match is None:
            continue
        number, rest = (match[1], match[2]) if match[1] else (match[4], match[3])
        if _WORD.search(rest) and FOLIO_YEAR.search(rest) and not words.part_label.search(lines[index].text):
            key = tuple(sorted(rest.casefold().split()))
            copies[key, int(number) - bisect_right(starts, index)].append(index)
    found: dict[int, tuple[str, str]] = {}
    for indexes in copies.values():
        pages = {bisect_right(starts, index) for index in indexes}
        if len(pages) == len(indexes) >= RUNNING_HEAD_MIN_PAGES and not edges.intersection(indexes) \
                and sum(_inside_a_sentence(lines, index) for index in indexes) >= AMID_SENTENCES:
            reason = (f"a folio amid its page's columns: its page's number with the same words as "
                      f"'{lines[indexes[0]].text}' on {len(indexes)} pages, counting with them")
            found.update((index, ("page-number", reason)) for index in indexes)
    return found


# How far from a page's edge a folio glued to another line may stand, in text lines: a
# letterhead box of a few lines ("Ondernemingsnummer : 0848 309 144   Pag. 1 / 3" under the
# sender's name and address, the columns run into one line by pdftotext).
GLUED_FOLIO_REACH = 8


def _cut_glued_folios(lines: Lines, words: Furniture) -> tuple[Lines, Changes]:
    """A folio in its full form, page word, number and count ("Pag. 1 / 3", "Pagina 2 van 15"),
    closing a line among the first or last GLUED_FOLIO_REACH text lines of a page, its page not
    beyond its count: the page's number, set beside a letterhead or footer line that the
    extraction ran into it.  Only the folio goes (a logged page number); the line's own text
    stays where it stands.  It numbers this document's pages: its page is the page it stands
    on, or its count the document's page count; a reference to pages elsewhere ("... — S.06/07"
    closing a row of a table on page 27, the spread it points to) stays.  Only the lines near
    the page edges are read."""
    starts = [0] + [index for index in compress(count(), map(_PAGE_START, lines)) if index]
    cut, changes = list(lines), []
    for index in sorted(_near_page_edges(lines)):
        text = lines[index].text
        match = words.glued_folio.search(text)
        if match is None or not 0 < int(match["page"]) <= int(match["of"]):
            continue
        if int(match["page"]) != bisect_right(starts, index) and int(match["of"]) != len(starts):
            continue
        kept = text[:match.start()].rstrip()
        changes.append(Change("page-number", lines[index].number, text[match.start():].strip(), "",
                              "a folio (page word, number and page count) closing a line near a page's edge, "
                              f"run into it by the extraction; '{kept}' stays"))
        cut[index] = lines[index]._replace(text=kept)
    return (tuple(cut), tuple(changes)) if changes else (lines, ())


def _near_page_edges(lines: Lines) -> set[int]:
    """The indexes of the first and the last GLUED_FOLIO_REACH text lines of each page."""
    near: set[int] = set()
    for first, end in _pages(lines):
        for inward in (range(first, end), range(end - 1, first - 1, -1)):
            near.update(islice((index for index in inward if lines[index].text), GLUED_FOLIO_REACH))
    return near


def remove_section_labels(lines: Lines, contents_titles: Iterable[str] = (),
                          language: Language | None = None) -> tuple[Lines, Changes]:
    """Section labels of a layout numbered by spreads. A designed report that prints one folio for two
    facing pages ("06 | 07", on two pages at least) puts its section's label where the folio is not:
    atop the page facing it, or above the folio. The first line of a page of a spread (the folio's
    page or a page next to it), alone (a blank line under it), is such a label, in a layout whose
    spread folios number half its pages at least (two numbers in a table's row now and then make no
    such layout), when the printed contents names it (the contents lists the sections by their
    labels) or when it stands so atop two such pages or more; the page's own heading follows it. A
    first line that is neither ("Impressum" under the contents' "Impressum und Bildnachweise")
    stays, and so does the cover's first line (the title or the series, left to the running heads'
    cover rule). Run before the page numbers go, while the spreads' folios tell the pages."""
    texts = list(map(_TEXT, lines))
    spreads = [index for index in _lines_where(texts, NUMBER_GATE) if _page_number(lines, index) == SPREAD]
    if len(spreads) < 2:
        return lines, ()
    pages = _pages(lines)
    starts = [first for first, _ in pages]
    spread_pages = {bisect_right(starts, index) - 1 for index in spreads}
    if 4 * len(spread_pages) < len(pages):            # each folio numbers two pages
        return lines, ()
    words = furniture(language or default())
    firsts: dict[int, int] = {}                       # page: its first line, when it may be a label
    for page in sorted({near for spread in spread_pages for near in (spread - 1, spread, spread + 1)}):
        if 0 < page < len(pages):
            first = _first_alone(lines, *pages[page])
            if (first is not None and first not in spreads and not _body_like(texts[first])
                    and _head_key(texts[first], words) is not None):
                firsts[page] = first
    named = _contents_keys(contents_titles)
    atop = Counter(_title_key(texts[index]) for index in firsts.values())
    drop = {}
    for index in firsts.values():
        key = _title_key(texts[index])
        if key in named:
            drop[index] = ("running-head", "a section label atop a page of a layout numbered by spreads "
                                           "('06 | 07'), named by the printed contents")
        elif atop[key] >= 2:
            drop[index] = ("running-head", f"a section label atop {atop[key]} pages of a layout numbered by "
                                           "spreads ('06 | 07')")
    return _drop(lines, drop)


def _first_alone(lines: Lines, first: int, end: int) -> int | None:
    """The index of the page's first text line when a blank line follows it on the page."""
    for index in range(first, end):
        if lines[index].text:
            return index if index + 1 < end and lines[index + 1].blank else None
    return None


def _contents_keys(titles: Iterable[str]) -> set[str]:
    """The keys of the contents' titles, and of each two running on (a title the contents set
    over two lines: "Verhältnis Verein und" / "Communitys")."""
    titles = list(titles)
    pairs = {_title_key(f"{one} {two}") for one, two in zip(titles, titles[1:])}
    return {_title_key(title) for title in titles} | pairs


# A front matter's page number in lower-case roman numerals ("iv"), alone on its line.
ROMAN_GATE = re.compile(r"\n[ivxlc]{1,7}(?=\n|\Z)")
ROMAN = re.compile(r"^c{0,3}(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})$")


def _roman_page_numbers(lines: Lines, edges: set[int]) -> dict[int, tuple[str, str]]:
    """Lower-case roman numerals alone at page edges that count with their pages: the page
    numbers of a front matter ("i", "ii", "iii").  A numeral is one only where another one at
    least gives the same offset from its page's index (a lone "i" may be a list's or a note's
    marker, or a word)."""
    starts = list(compress(count(), map(_PAGE_START, lines)))
    found: dict[int, list[int]] = defaultdict(list)          # offset: the numerals' indexes
    for index in _lines_where(list(map(_TEXT, lines)), ROMAN_GATE):
        text = lines[index].text
        if index in edges and ROMAN.match(text) and _is_isolated(lines, index):
            found[lists.roman_value(text, lists.PAGE_NUMERALS) - bisect_right(starts, index)].append(index)
    reason = "a page number in roman numerals, counting with the pages"
    return {index: ("page-number", reason) for indexes in found.values() if len(indexes) >= 2 for index in indexes}


def _off_the_count(lines: Lines, numbers: dict[int, tuple[str, str]]) -> list[int]:
    """The bare numbers at page edges past the last page's number.  A page number is its page's
    index plus an offset (unnumbered front pages, an excerpt of a volume) that the other page
    numbers share; once two numbers at least share one, no page is numbered beyond the page
    count plus that offset, and a bare number that is stands for something else: a figure atop
    an infographic ("333" on the sixth of 34 pages).  A spread's two numbers count for both its
    pages.  Without pages marked by form feeds the index is not known: nothing is taken back."""
    starts = list(compress(count(), map(_PAGE_START, lines)))
    offsets: Counter[int] = Counter()
    for index, (_, reason) in numbers.items():
        page = bisect_right(starts, index)
        values = [int(value) for value in _DIGITS.findall(lines[index].text)]
        offsets.update({value - page for value in (values if reason == SPREAD else values[:1])})
    shared = [offset for offset, found in offsets.items() if found >= 2]
    if not shared:
        return []
    last = len(starts) + max(shared)
    return [index for index, (_, reason) in numbers.items()
            if reason == BARE and int(_DIGITS.findall(lines[index].text)[0]) > last]


# Why a bare number off the count of the pages around it, heading nothing and read on by nothing, goes.
OFF_THE_SEQUENCE = (f"{BARE} at a page's edge, off the count of the pages around it, heading no title and read on "
                    "by no text: a display number (a chapter's on its opening page), not the page's")


def _off_the_sequence(lines: Lines, numbers: dict[int, tuple[str, str]]) -> list[int]:
    """The bare numbers at a page's edge off the count of the pages around them: where the
    nearest numbered pages before and after share an offset from their page's index (see
    _off_the_count), the page between them is numbered so too, and a bare number off that
    offset is no page number.  One that opens a heading ("6" over "Een- of meerdaagse
    schooluitstappen" on page 12, numbered "12") or that the text under it reads on ("Aantal
    vertrokken maatjes" / "3" / "personen") is a section's number or a figure, and stays; one
    in no text (a chapter's big number on its opening page, read out apart from its title) is
    display furniture, and goes as such.  Numbering that starts anew (an appendix counting from
    1) changes the offset from one page on, and a spread's two numbers give their page two
    offsets: the pages around a page share none then, and nothing is found."""
    starts = list(compress(count(), map(_PAGE_START, lines)))
    offsets: defaultdict[int, set[int]] = defaultdict(set)          # page: its page numbers' offsets
    bare: list[tuple[int, int, int]] = []                           # (index, page, offset)
    for index, (_, reason) in numbers.items():
        page = bisect_right(starts, index)
        values = [int(value) for value in _DIGITS.findall(lines[index].text)]
        offsets[page].update(value - page for value in (values if reason == SPREAD else values[:1]))
        if reason == BARE:
            bare.append((index, page, values[0] - page))
    numbered = sorted(offsets)
    place = {page: at for at, page in enumerate(numbered)}
    off = []
    for index, page, offset in bare:
        at = place[page]
        if 0 < at < len(numbered) - 1:
            fixed = offsets[numbered[at - 1]] & offsets[numbered[at + 1]]
            if fixed and offset not in fixed:
                off.append(index)
    return off


def _beside_the_page_number(lines: Lines, numbers: dict[int, tuple[str, str]]) -> list[int]:
    """The bare numbers over a heading on a page that holds its own number at another edge: a
    chapter's number atop the chapter's first page ("1" over "Over de school", the page's "4"
    at its foot).  A page number is its page's index plus the offset most page numbers share
    (see _off_the_count); on a page with two bare numbers or more, one of that offset, the
    others are none, nor is a copy of it right under it (see _set_aside).  Evidence: the offset
    shared by two numbers at least, and by more than any other offset; and the numbers so set
    aside rise through the text, two at least, as the chapters' numbers do, or repeat where a
    second part counts its chapters anew (one alone, or numbers going back, may be a second
    page numbering: a paper's own page number beside the volume's, which never repeats)."""
    starts = list(compress(count(), map(_PAGE_START, lines)))
    pages: defaultdict[int, list[tuple[int, int]]] = defaultdict(list)      # page: (index, offset)
    for index, (_, reason) in numbers.items():
        if reason.startswith(BARE):
            page = bisect_right(starts, index)
            pages[page].append((index, int(_DIGITS.findall(lines[index].text)[0]) - page))
    shared = _shared_offset(offset for found in pages.values() for _, offset in found)
    if shared is None:
        return []
    aside = sorted(index for found in pages.values() if len(found) > 1 for index in _set_aside(lines, found, shared))
    values = [int(_DIGITS.findall(lines[index].text)[0]) for index in aside]
    return aside if len(aside) > 1 and all(a <= b for a, b in zip(values, values[1:])) else []


def _set_aside(lines: Lines, found: list[tuple[int, int]], shared: int) -> list[int]:
    """Of a page's bare numbers (index, offset), those over a heading beside the page's own
    number: off the shared offset, or on it right under the page's number ("3" atop the page,
    then the chapter's "3" over "Engagementsverklaring")."""
    folios = {index for index, offset in found if offset == shared}
    if not folios:
        return []
    return [index for index, offset in found if _over_a_heading(lines, index)
            and (offset != shared or _text_neighbour(lines, index, -1) in folios)]


# A section's number alone on its line: what the count of section numbers reads.
SECTION_NUMBER = re.compile(r"^\d{1,2}$")


def _amid_section_numbers(lines: Lines, numbers: dict[int, tuple[str, str]]) -> list[int]:
    """The bare numbers over a heading that count on the section numbers around them, on a page
    that holds another page number: "2" over "Blick auf Gottesdienste" atop page 2, between
    "1" over "Angedacht" and "3" over "Aus dem Gemeindeleben" that stand inside the pages, the
    page's own "2" at its foot, is section 2, not the page's number printed twice.  The section
    numbers counted on are the bare numbers over a heading that are no page numbers, the
    nearest before and after (n - 1 and n + 1 around n)."""
    starts = list(compress(count(), map(_PAGE_START, lines)))
    pages = Counter(bisect_right(starts, index) for index in numbers)
    sections = [(index, int(lines[index].text)) for index in _lines_where(list(map(_TEXT, lines)), NUMBER_GATE)
                if index not in numbers and SECTION_NUMBER.match(lines[index].text) and _over_a_heading(lines, index)]
    places = [index for index, _ in sections]
    amid = []
    for index, (_, reason) in numbers.items():
        if reason != BARE or pages[bisect_right(starts, index)] < 2 or not _over_a_heading(lines, index):
            continue
        at = bisect_right(places, index)
        value = int(_DIGITS.findall(lines[index].text)[0])
        if 0 < at < len(sections) and sections[at - 1][1] + 1 == value == sections[at][1] - 1:
            amid.append(index)
    return amid


def _beside_a_folio(lines: Lines, numbers: dict[int, tuple[str, str]], zones,
                    language: Language | None) -> list[int]:
    """The bare numbers over a heading on a page whose own number stands at its edge in a folio
    of another form ("3 van 12" at its foot): a chapter's number atop the chapter's first page
    ("1" over "Aanleiding"), not a second number of the same page.  A bare number equal to the
    folio's is the page's number printed twice, and goes."""
    starts = list(compress(count(), map(_PAGE_START, lines)))
    words = furniture(language or default())
    printed: defaultdict[int, set[str | None]] = defaultdict(set)      # page: its folios' page numbers
    for index in _folios(lines, zones, words):
        printed[bisect_right(starts, index)].add(_folio_number(lines[index].text, words))
    pages = {index: bisect_right(starts, index) for index, (_, reason) in numbers.items() if reason == BARE}
    return [index for index, page in pages.items()
            if page in printed and _DIGITS.findall(lines[index].text)[0] not in printed[page]
            and _over_a_heading(lines, index)]


def _folio_number(text: str, words: Furniture) -> str | None:
    """The page number a folio line prints ("3" of "Pagina 3 van 12"), or None (a running title's)."""
    match = words.folio_line.match(text)
    return (match.group("page") or match.group("page2")) if match else None


def _shared_offset(offsets: Iterable[int]) -> int | None:
    """The offset from their page's index that most page numbers share: two at least, more
    than any other offset; None when none does."""
    ranked = Counter(offsets).most_common(2)
    if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return ranked[0][0]


def _read_on(lines: Lines, index: int) -> bool:
    """The next text line on the page opens with a word in lower case: it reads on from the line."""
    following = _text_neighbour(lines, index, +1)
    if following is None or lines[following].page_start:
        return False
    word = lines[following].text.split(maxsplit=1)[0]
    return word.isalpha() and word.islower()


def _over_a_heading(lines: Lines, index: int) -> bool:
    """The next text line on the page is a heading's: a line at most (a long title may fill one),
    opening with a capital, ending no sentence (not a number, an item or a line of text)."""
    following = _text_neighbour(lines, index, +1)
    if following is None or lines[following].page_start:
        return False
    text = lines[following].text
    return text[:1].isupper() and len(text) <= LONG_HEAD_MAX and not ends_sentence(text)


# A page number printed with a full stop ("12.") atop its page: a list's number as often, so it is
# one only where it counts with the pages, on DOTTED_PAGES pages at least.
DOTTED_NUMBER = re.compile(r"^(\d{1,3})\.$")
DOTTED_PAGES = 3


def _dotted_page_numbers(lines: Lines) -> dict[int, tuple[str, str]]:
    """The numbers with a full stop, alone on the first line of a page, that are their page's
    index plus one offset shared by DOTTED_PAGES of them or more (page 9 opening with "9.",
    page 12 with "12."): the page numbers of a layout that prints them so.  A number that does
    not count with the pages heads a list item or a section, and stays."""
    starts = list(compress(count(), map(_PAGE_START, lines)))
    found: dict[int, int] = {}                  # index: its offset from the page's index
    for index in starts:
        match = DOTTED_NUMBER.match(lines[index].text.strip())
        if match and _alone(lines, index):
            found[index] = int(match.group(1)) - bisect_right(starts, index)
    offsets = Counter(found.values())
    shared = {offset for offset, pages in offsets.items() if pages >= DOTTED_PAGES}
    return {index: ("page-number", f"a page number with a full stop atop its page, counting with the pages "
                                   f"({offsets[offset]} pages)")
            for index, offset in found.items() if offset in shared}


def _counting_on(lines: Lines, inside: list[int], numbers: dict[int, tuple[str, str]]) -> dict[int, tuple[str, str]]:
    """The bare numbers inside a page that count on the page numbers found (bare numbers at
    page edges, or inside pages counted so or read as their page's own): n stands between page
    numbers n - 1 and n + 1."""
    starts = list(compress(count(), map(_PAGE_START, lines)))
    found = sorted((index, _bare_value(lines, index)) for index, (_, reason) in numbers.items()
                   if reason.startswith(BARE))
    # (A number off the offset the page numbers share, a chapter's number atop its page, is
    # no page number to count on: see _beside_the_page_number.)
    shared = _shared_offset(value - bisect_right(starts, index) for index, value in found)
    if shared is not None:
        found = [(index, value) for index, value in found if value - bisect_right(starts, index) == shared]
    indexes = [index for index, _ in found]
    counted = {}
    for index in inside:
        at = bisect_right(indexes, index)
        value = _bare_value(lines, index)
        if 0 < at < len(found) and found[at - 1][1] + 1 == value == found[at][1] - 1:
            counted[index] = ("page-number",
                              f"{BARE}, counting on the page numbers {value - 1} and {value + 1} around it")
    return counted


def _spreads_read_between_their_halves(lines: Lines, inside: list[int],
                                       numbers: dict[int, tuple[str, str]]) -> dict[int, tuple[str, str]]:
    """The folios of a spread printed as one page ("4" / "5" at the foot of its two halves)
    that pdftotext reads out between the halves, inside the page: two consecutive bare numbers,
    each alone, only blank lines between them and no other bare number beside them (a table's
    column of figures runs on), on a page holding no page number at its edges.  Evidence: the
    document shows the spread's folios at a page's edges ("2" atop, "3" at the foot: the page
    numbers found, `numbers`), and the pairs inside the pages after it (or before it) continue
    that run, one pair a page counting on two a page with the pages (4 5, 6 7, ...), on
    SPREAD_PAIR_PAGES pages or more.  A questionnaire's question numbers, an agenda's items or a
    plan's weeks counting on so show no such folios at the page edges."""
    starts = list(compress(count(), map(_PAGE_START, lines)))
    numbered = Counter(bisect_right(starts, index) for index in numbers)
    alone = set(inside)
    pairs: dict[int, list[tuple[int, int, int]]] = defaultdict(list)   # page: (first number, its index, second's)
    for index in inside:
        second = _text_neighbour(lines, index, +1)
        if second not in alone or lines[second].page_start \
                or _bare_value(lines, second) != _bare_value(lines, index) + 1:
            continue
        before, after = _text_neighbour(lines, index, -1), _text_neighbour(lines, second, +1)
        if not any(PAGE_NUMBER.match(lines[beside].text) for beside in (before, after) if beside is not None):
            pairs[bisect_right(starts, index)].append((_bare_value(lines, index), index, second))
    found: dict[int, tuple[str, str]] = {}
    for page, offset, partner in _edge_spreads(lines, numbers, inside, starts):
        run = []
        for step in (+1, -1):
            other = page + step
            while not numbered[other] and len(pairs[other]) == 1 and pairs[other][0][0] == 2 * other + offset:
                run.append(pairs[other][0][1:])
                other += step
        if len(run) >= SPREAD_PAIR_PAGES:
            found.update((index, ("page-number", SPREAD_HALVES)) for index in chain(partner, *run))
    return found


def _edge_spreads(lines: Lines, numbers: dict[int, tuple[str, str]], inside: list[int],
                  starts: list[int]) -> list[tuple[int, int, tuple[int, ...]]]:
    """The pages that show a spread's two folios n and n + 1, n even as a spread's left page is
    (a questionnaire's "1" / "2" read before its title is no spread), one page number found at
    their edges at least and nothing else: both at the edges, or one at an edge and the other alone
    inside the page, read out between the halves.  For each: the page, n less twice the page
    (the offset a run of spreads counting on two a page keeps), and the index of the folio read
    inside, if any."""
    by_page: dict[int, list[int]] = defaultdict(list)
    for index in numbers:
        by_page[bisect_right(starts, index)].append(index)
    spreads: list[tuple[int, int, tuple[int, ...]]] = []
    for page, indexes in by_page.items():
        if any(numbers[index][1] != BARE for index in indexes):
            continue                                   # a folio of another kind: not a spread's
        values = sorted(_bare_value(lines, index) for index in indexes)
        if len(values) == 2 and values[1] == values[0] + 1 and values[0] % 2 == 0:
            spreads.append((page, values[0] - 2 * page, ()))
        if len(values) != 1:
            continue
        for partner, left in ((values[0] + 1, values[0]), (values[0] - 1, values[0] - 1)):
            read_inside = [index for index in inside if bisect_right(starts, index) == page
                           and _bare_value(lines, index) == partner]
            if len(read_inside) == 1 and left % 2 == 0:
                spreads.append((page, left - 2 * page, tuple(read_inside)))
    return spreads


def _bare_value(lines: Lines, index: int) -> int:
    """The number a bare page number's line holds ("- 4 -": 4)."""
    return int(lines[index].text.strip("-–— "))


def _own_page_numbers(lines: Lines, inside: list[int],
                      numbers: dict[int, tuple[str, str]]) -> dict[int, tuple[str, str]]:
    """The bare numbers alone inside a page that are that page's own number, by the offset from
    the page's index that the page numbers found share (two at least, see _off_the_count), on a
    page where none was found at its edge: a cover page's folio that pdftotext reads in among
    its columns ("1" between the authors' names).  One such number a page at most; on a page
    holding two, neither is taken.  A number under a line ending on a full stop or a colon is
    that line's value ("NR." / "1": an issue's number), not a folio."""
    starts = list(compress(count(), map(_PAGE_START, lines)))
    offsets = Counter(int(_DIGITS.findall(lines[index].text)[0]) - bisect_right(starts, index)
                      for index, (_, reason) in numbers.items() if reason == BARE)
    shared = [offset for offset, found in offsets.items() if found >= 2]
    if len(shared) != 1:
        return {}
    numbered = {bisect_right(starts, index) for index, (_, reason) in numbers.items() if reason == BARE}
    own = [index for index in inside if index not in numbers and _alone(lines, index)
           and _bare_value(lines, index) == bisect_right(starts, index) + shared[0]
           and bisect_right(starts, index) not in numbered and not _under_a_label(lines, index)]
    pages = Counter(bisect_right(starts, index) for index in own)
    return {index: ("page-number", f"{BARE}, its page's own number like the other pages' numbers")
            for index in own if pages[bisect_right(starts, index)] == 1}


def _sole_folios_inside(lines: Lines, inside: list[int], numbers: dict[int, tuple[str, str]]) -> set[int]:
    """The page numbers found inside a page that is marked (a form feed) and holds no other page
    number: the page's own folio, read amid its text; what follows it is still its page's (the
    foot's other lines, the notes), so it starts no page.  A page holding two is a spread of two
    printed pages: the number inside ends the first of them."""
    starts = list(compress(count(), map(_PAGE_START, lines)))
    pages = Counter(bisect_right(starts, index) for index in numbers)
    return {index for index in inside if index in numbers and pages[bisect_right(starts, index)] == 1}


# A label closed by a full stop has a few words at most ("Nr.", "Jaargang 28, nr."); a line of
# more ending so ends a sentence, a paragraph a page's number may stand under (so does a line
# opening in lower case, a sentence's last words: "verminderen.").
LABEL_WORDS = 3


def _under_a_label(lines: Lines, index: int) -> bool:
    """The text line before (two blank lines between at most) ends on a colon, or on a full
    stop after LABEL_WORDS words at most opening as a label does (not in lower case), and is no
    list's marker alone ("2." over the folio that pdftotext reads in the column of a hanging
    list's numbers)."""
    before = _text_neighbour(lines, index, -1)
    if before is None:
        return False
    text = lines[before].text.strip()
    closed = text.endswith(".") and len(text.split()) <= LABEL_WORDS and not text[:1].islower()
    return (text.endswith(":") or closed) and not lists.LONE_MARKER.match(text)


def _alone(lines: Lines, index: int) -> bool:
    """A blank line, a page's start or the text's edge on either side of the line."""
    before = index == 0 or lines[index - 1].blank or lines[index].page_start
    after = index + 1 >= len(lines) or lines[index + 1].blank or lines[index + 1].page_start
    return before and after


def _just_before_a_page(lines: Lines, index: int) -> bool:
    """The next text line (two blank lines between at most) starts a page."""
    following = _text_neighbour(lines, index, +1)
    return following is not None and lines[following].page_start


def _folios(lines: Lines, zones, words: Furniture, heads: Changes | None = None) -> dict[int, tuple[str, str]]:
    """The folio lines at a page edge: "Pagina 2 van 15", "2/15", "Page 2 of 15", "2 | Title";
    and a folio the text layer split after its page word ("page" / "2/45"), both its lines.  A
    page's number changes from page to page: a number beside a title that stands again right
    under it on its page (_over_its_heading) is a chapter's number and title over the chapter's
    heading, no folio.  The two stay while the running heads are sought (the heading would stand
    atop its page alone, a folio's place); once the heads are gone (`heads`, those removed), the
    upper one goes as the chapter's head, and a heading that a head removed stood over
    (_under_a_head_gone) stays; so do chapters' numbered headings in a folio's form
    (_chapters_counting)."""
    drop = {}
    headings = _over_its_heading(lines, zones, words)          # {head: its heading}
    kept = set(headings.values()) | (_under_a_head_gone(lines, zones, heads, words) if heads else set())
    kept |= _chapters_counting(lines, zones, words)
    for top, foot in zones:
        for index, edge in chain(zip(top, repeat("head")), zip(foot, repeat("foot"))):
            if index in drop or index in kept or index in headings:
                continue
            # The page word may stand over the folio's number at the edge or just beyond it.
            word = next((line for line in (index, index - 1)
                         if _folio(_page_word_over(lines, line, words) or "", words)), None)
            reason = _folio(lines[index].text, words)
            if word is not None:
                for part in (word, word + 1):
                    drop[part] = ("page-number", f"a folio split after its page word, at the {edge} of a page")
            elif reason:
                drop[index] = ("page-number", f"{reason} at the {edge} of a page")
    if heads is not None:
        drop.update((head, ("running-head", "a chapter's number and title over its heading, the same on its page"))
                    for head in headings)
    return drop


def _chapters_counting(lines: Lines, zones, words: Furniture) -> set[int]:
    """The lines atop pages in a folio's form beside a title ("1 | Inleiding", "WERKWIJZE / 2")
    whose numbers count by one while their pages run on further between them: chapters'
    numbers and headings atop their opening pages, not folios (a page's number keeps pace with
    its page).  Evidence: two such lines at least, all of them so; one a page, in page order."""
    page_of = _page_of(_pages(lines))
    tops = sorted({index for top, _ in zones for index in top if _folio(lines[index].text, words) == BESIDE_A_TITLE})
    numbers = [_title_folio_number(lines[index].text, words) for index in tops]
    places = [page_of(index) for index in tops]
    steps = list(zip(zip(numbers, numbers[1:]), zip(places, places[1:])))
    if steps and all(earlier is not None and later == earlier + 1 and apart > here + 1
                     for (earlier, later), (here, apart) in steps):
        return set(tops)
    return set()


def _title_folio_number(text: str, words: Furniture) -> int | None:
    """The page number of a folio beside a title (2 of "2 | Inleiding", "INLEIDING / 2")."""
    match = words.folio_line.match(text)
    return int(match.group("page3") or match.group("page4") or match.group("page5")) if match else None


def _over_its_heading(lines: Lines, zones, words: Furniture) -> dict[int, int]:
    """The lines atop a page in a folio's form beside a title ("2 | Introduction") that stand
    again among the next HEADING_REACH text lines of the page, out of its foot, in a folio's form
    too (_heads_its_copy).  {the head: the heading}.  A head printed again as the page's foot
    ("Jaarverslag 2023 | 1" at both edges) is a folio twice; so is a copy on a short page, all of
    whose lines stand at its foot: in doubt, a folio goes."""
    feet = {index for _, foot in zones for index in foot}
    # (A page's start is atop it where a short page before it, a head gone, joined it.)
    tops = {index for top, _ in zones for index in top} | set(compress(count(), map(_PAGE_START, lines)))
    found = {}
    for head in sorted(tops):
        if _folio(lines[head].text, words) != BESIDE_A_TITLE:
            continue
        for under in islice(_page_text_after(lines, head), HEADING_REACH):
            if under not in feet and _heads_its_copy(lines[head].text, lines[under].text, words):
                found[head] = under
                break
    return found


def _under_a_head_gone(lines: Lines, zones, heads: Changes, words: Furniture) -> set[int]:
    """The first lines of pages that a running head removed right above them (`heads`, only blank
    lines between) prints again (_heads_its_copy): a chapter's heading under its head ("3 |
    Explanation of the obligations and" under "3 | Explanation of the obligations and
    expectations of the Regulation", too long a title for a folio's form)."""
    gone = sorted((change.line, change.before) for change in heads)
    places = [line for line, _ in gone]
    found = set()
    for top, _ in zones:
        for index in top[:1]:
            above = next((line for line in range(index - 1, -1, -1) if lines[line].text), None)
            first = lines[above].number if above is not None else 0
            between = gone[bisect_right(places, first):bisect_left(places, lines[index].number)]
            if any(_heads_its_copy(head, lines[index].text, words) for _, head in between):
                found.add(index)
    return found


def _heads_its_copy(head: str, copy: str, words: Furniture) -> bool:
    """The lower line prints the upper one again in a folio's form beside a title: the same line,
    letter case aside ("2 | INTRODUCTION" under "2 | Introduction"), or its first part, the first
    line of a heading that wraps where the head does not ("4 | Illustrated application of the
    Cyber Resilience" under "4 | Illustrated application of the Cyber Resilience Act")."""
    head, copy = _line_key(head), _line_key(copy)
    return (copy == head or head.startswith(copy + " ")) and _folio(copy, words) == BESIDE_A_TITLE


def _page_text_after(lines: Lines, index: int) -> Iterator[int]:
    """The text lines that follow the line on its page."""
    for following in range(index + 1, len(lines)):
        if lines[following].page_start:
            return
        if lines[following].text:
            yield following


def _page_word_over(lines: Lines, index: int, words: Furniture) -> str | None:
    """The folio the line makes with the line under it when it is the page word alone ("page",
    "Pagina") and the line under it its number ("page" / "2/45" reads "page 2/45"), or None."""
    text = lines[index].text if index >= 0 else ""
    if not text or any(map(str.isdigit, text)) or index + 1 >= len(lines) or lines[index + 1].page_start:
        return None
    match = words.folio_line.match(f"{text} {lines[index + 1].text}")
    return match.group(0) if match is not None and match.group("page") is not None else None


BESIDE_A_TITLE = "a folio (page number beside a running title)"


def _folio(text: str, words: Furniture) -> str | None:
    """Why the line is a folio, or None: a page number in a known form ("Pagina 2 van 15",
    "2/15"), its page not beyond its count; or a page number beside a running title."""
    if not text or len(text) > RUNNING_HEAD_MAX + 12:
        return None
    match = words.folio_line.match(text)
    if not match:
        return None
    page, of = match.group("page") or match.group("page2"), match.group("of") or match.group("of2")
    if of is not None and not _known_form(match):
        return None                           # "7 /// 24" alone: the pages bear it out or not (_counted_folios)
    if page is not None:
        if of is not None and not 0 < int(page) <= int(of):
            return None
        return "a folio (page number" + (" and page count)" if of else ")")
    title = match.group("title") or match.group("title2") or match.group("title3")
    if sum(map(str.isalpha, title)) < 2 or ends_sentence(title):
        return None
    return BESIDE_A_TITLE


def remove_photo_credits(lines: Lines, language: Language | None = None) -> tuple[Lines, Changes]:
    texts = list(map(_TEXT, lines))
    words = furniture(language or default())
    drop = {index: ("photo-credit", "a credit line (a credit label of the language and a colon) belongs to a picture")
            for index in _lines_where(texts, CREDIT_GATE)
            if texts[index][:1] in words.credit_first and words.credit.match(texts[index])}
    return _drop(lines, drop)


# ------------------------------------------------------------------------------------- rules

# A rule drawn as a run of one mark ("________", "--------", "========", "////////"; over notes,
# under a heading, to sign on, across a page's foot): it holds no word, and the edition draws its
# own rules.  The rules pass takes the lines of underscores wherever they stand (a line to write
# on, a rule over notes); a run of another mark goes only as a page's furniture
# (_rules_over_the_foot): amid the text it is a scene break, and atop the first page over a running
# head it is the head's, which goes with it.
RULE = re.compile(r"^([/_=\-–—])\1{4,}$")
RULE_GATE = re.compile(r"\n_{5}")


def remove_rules(lines: Lines) -> tuple[Lines, Changes]:
    texts = list(map(_TEXT, lines))
    drop = {index: ("rule", "a rule drawn as a run of one mark: no words, the edition draws its own")
            for index in _lines_where(texts, RULE_GATE) if RULE.match(texts[index])}
    return _drop(lines, drop, drop.keys())


# ------------------------------------------------------------------------------ ligature letters

# The letters of a ligature glyph ("ff", "fi", "fl", "ffi", "ffl").  A PDF whose ligatures the
# text layer cannot map sets their letters apart at the foot of the page, one a line, and leaves
# a gap in the words they belong to ("tre en" for "treffen").  Put back where they belong they
# cannot be; left where they stand they split the sentence the page break cuts.
LIGATURE = re.compile(r"^(?:ff|fi|fl|ffi|ffl)$")
LIGATURE_GATE = re.compile(r"\nf[fil]")
# So many such lines in the text at least: one lone "fi" at a page's foot may be a word's end.
LIGATURE_MIN_LINES = 3


def remove_ligature_letters(lines: Lines) -> tuple[Lines, Changes]:
    """Ligature letters set apart by the text layer: each alone on its line with nothing but
    blank lines and other such lines under it to the page's end, and LIGATURE_MIN_LINES of them
    in the text at least."""
    texts = list(map(_TEXT, lines))
    found = [index for index in _lines_where(texts, LIGATURE_GATE)
             if LIGATURE.match(texts[index]) and _ends_its_page(lines, index)]
    if len(found) < LIGATURE_MIN_LINES:
        return lines, ()
    reason = f"ligature letters set apart at a page's foot ({len(found)} lines in the text)"
    return _drop(lines, {index: ("ligature", reason) for index in found}, found)


def _ends_its_page(lines: Lines, index: int) -> bool:
    """Only blank lines and ligature letters stand under the line to its page's end."""
    for following in range(index + 1, len(lines)):
        line = lines[following]
        if line.page_start:
            return True
        if line.text and not LIGATURE.match(line.text):
            return False
    return True


# ------------------------------------------------------------------------------------ stamps



def remove_stamps(lines: Lines, language: Language | None = None) -> tuple[Lines, Changes]:
    """Stamps put on the copy, not written by the author: a download or print stamp (its
    wording and the date or address it names), a watermark (its word alone on a line, on
    the pages), and a review comment's line that a word processor printed with the text (its
    label, the reviewer's initials and number in brackets: "Commented [AB1]: ..."; the lines
    the comment may run on over stay, in doubt); and a web page's navigation printed with it
    (a captured page's menu, a back-to-top link)."""
    texts = list(map(_TEXT, lines))
    words = furniture(language or default())
    drop = {}
    for index in _lines_where(texts, words.stamp_gate):
        text = texts[index]
        if len(text) <= STAMP_MAX and words.stamp.match(text) and words.stamp_evidence.search(text):
            drop[index] = ("stamp", "a download or print stamp: its wording, with the date or address of the copy")
    drop.update(_watermarks(lines, texts, words))
    drop.update(_version_stamps(lines, texts, words))
    drop.update({index: ("review-comment", "a word processor's review comment printed beside the text: its "
                                           "label with the reviewer's initials and number")
                 for index in _lines_where(texts, words.review_gate) if words.review_comment.match(texts[index])})
    captures = {index: ("stamp", "a web capture's stamp: the page's address with the date and time of the capture")
                for index in _lines_where(texts, CAPTURE_GATE) if CAPTURE.match(texts[index])}
    drop.update(captures)
    if captures:
        drop.update(_navigation(lines, texts))
    drop.update(_back_to_top(texts))
    return _drop(lines, drop, drop.keys())


# A web page's back-to-top link, its arrow alone on the page's last text line: a ReSpec document
# printed to PDF ends so.  A sign with no meaning in print; an arrow alone elsewhere (a table's
# trend, a diagram's flow) is the text's, and stays.
BACK_TO_TOP = "↑"


def _back_to_top(texts: list[str]) -> dict[int, tuple[str, str]]:
    """The text's last line when it is a back-to-top link's arrow alone."""
    last = next((index for index in range(len(texts) - 1, -1, -1) if texts[index].strip()), None)
    if last is None or texts[last].strip() != BACK_TO_TOP:
        return {}
    return {last: ("navigation", "a web page's back-to-top link, its arrow alone ending the text: no meaning in print")}


# A web page captured to PDF (a browser's or Acrobat's web capture) carries the page's address
# with the capture's date and time in brackets at a page foot: "https://x.be/nieuws[11/02/2026 14:33:07]".
CAPTURE = re.compile(r"^(?:https?://|www\.)\S+\s*\[\d{1,2}[./-]\d{1,2}[./-]\d{2,4},?\s+\d{1,2}:\d{2}(?::\d{2})?"
                     r"(?:\s*[AaPp][Mm])?\]$")
CAPTURE_GATE = re.compile(r"\n(?:https?://|www\.)")
# A web page's navigation menu: at least this many items, each a few words.
NAVIGATION_MIN_ITEMS = 3
NAVIGATION_ITEM = re.compile(r"^[A-Z0-9][^.,:;!?]{0,29}$")
NAVIGATION_ITEM_WORDS = 3


def _navigation(lines: Lines, texts: list[str]) -> dict[int, tuple[str, str]]:
    """The navigation menu of a web page captured to PDF (see CAPTURE): the lines that open the
    first page before its first blank line, NAVIGATION_MIN_ITEMS or more, each a short item of a
    few words without punctuation ("Seniorenploegen", "Jeugdopleiding"), none of them standing
    as a line anywhere else in the text (a menu the text uses as its headings is its contents,
    and stays).  The capture's stamp is the evidence that the text is a web page; without it a
    run of short lines atop the first page is a cover's or a letterhead's, and stays."""
    run: list[int] = []
    for index, line in enumerate(lines):
        if not line.text:
            if run:
                break
            continue
        if (index and line.page_start) or not NAVIGATION_ITEM.match(line.text) \
                or len(line.text.split()) > NAVIGATION_ITEM_WORDS:
            return {}
        run.append(index)
    if len(run) < NAVIGATION_MIN_ITEMS:
        return {}
    items = {texts[index].casefold() for index in run}
    if any(text.casefold() in items for index, text in enumerate(texts) if index not in run):
        return {}
    return {index: ("navigation", f"a web page's navigation menu ({len(run)} short items atop the first page, "
                                  "none used in the text) in a page captured to PDF")
            for index in run}


def _watermarks(lines: Lines, texts: list[str], words: Furniture) -> dict[int, tuple[str, str]]:
    """The lines that are a watermark's word alone, on enough pages."""
    indexes = [index for index in _lines_where(texts, words.watermark_gate) if words.watermark.match(texts[index])]
    if not indexes:
        return {}
    starts = [first for first, _ in _pages(lines)]
    by_word: dict[str, list[int]] = defaultdict(list)
    for index in indexes:
        by_word[" ".join(texts[index].lower().split())].append(index)
    drop = {}
    for its_indexes in by_word.values():
        pages = {bisect_right(starts, index) for index in its_indexes}
        if len(pages) >= max(2, WATERMARK_SHARE * len(starts)):
            for index in its_indexes:
                drop[index] = ("stamp", f"a watermark: '{texts[index]}' alone on its line on {len(pages)} of "
                                        f"{len(starts)} pages")
    return drop


def _version_stamps(lines: Lines, texts: list[str], words: Furniture) -> dict[int, tuple[str, str]]:
    """A version stamp printed on the pages: a version's label with its number and date and
    nothing else ("version 1.02– 18 juni 2021", "Version-versie 8/10/2025"), the same line on
    half the pages at least and on two at least, wherever on the page it falls (at a column's
    foot too).  Its known form and its copies are the evidence; a version line on the cover
    alone ("Versie 2.1, maart 2024") is the document's own, and stays (once is no stamp)."""
    starts = [first for first, _ in _pages(lines)]
    by_text: dict[str, list[int]] = defaultdict(list)
    for index in _lines_where(texts, words.version_gate):
        text = texts[index]
        if len(text) <= RUNNING_HEAD_MAX and words.version_stamp.match(text) and _DIGITS.search(text) \
                and words.stamp_evidence.search(text):
            by_text[" ".join(text.split())].append(index)
    drop = {}
    for text, indexes in by_text.items():
        pages = {bisect_right(starts, index) for index in indexes}
        if len(pages) >= max(2, WATERMARK_SHARE * len(starts)):
            drop.update({index: ("stamp", f"a version stamp: '{text}' on {len(pages)} of {len(starts)} pages")
                         for index in indexes})
    return drop


def _text_neighbour(lines: Lines, index: int, step: int) -> int | None:
    """The index of the nearest text line before (step -1) or after (+1), two blank lines apart at most."""
    neighbour = index + step
    for _ in range(3):
        if not 0 <= neighbour < len(lines):
            return None
        if lines[neighbour].text:
            return neighbour
        neighbour += step
    return None


# ------------------------------------------------------------------------- pages and their edges

def _pages(lines: Lines) -> list[tuple[int, int]]:
    """(first index, end index) of each page, from the page starts.  A page of one short line
    before the next page start opens that page: a running head above the OCR's page marker
    starts a page of its own once the page number above it is gone."""
    starts = [0] + [index for index in compress(count(), map(_PAGE_START, lines)) if index]
    kept: list[int] = []
    opening = None                      # the start of the short page(s) opening the next one
    for start, following in zip(starts, starts[1:] + [len(lines)]):
        if opening is None:
            opening = start
        if following < len(lines) and _holds_a_head_only(lines, start, following):
            continue
        kept.append(opening)
        opening = None
    return list(zip(kept, kept[1:] + [len(lines)]))


def _page_of(pages: list[tuple[int, int]]) -> Callable[[int], int]:
    """The function giving the page that holds a line's index: its place among the pages, from 1."""
    return partial(bisect_right, [first for first, _ in pages])


def _holds_a_head_only(lines: Lines, start: int, end: int) -> bool:
    """Lines start to end hold one text line, short enough for a running head."""
    found = 0
    for index in range(start, end):
        text = lines[index].text
        if text:
            found += 1
            if found > 1 or len(text) > RUNNING_HEAD_MAX:
                return False
    return found == 1


def _edge_zones(lines: Lines, pages: list[tuple[int, int]]) -> list[tuple[list[int], list[int]]]:
    """For each page, the indexes of the text lines at its head and at its foot (a short page's
    lines may stand at both)."""
    return [(_edge(lines, range(first, end)), _edge(lines, range(end - 1, first - 1, -1))[::-1])
            for first, end in pages]


def _edge(lines: Lines, inward: range) -> list[int]:
    """The text lines at one edge of a page, read inward from it: the first text line, and the
    groups of short lines (a blank line apart from what follows) that together hold at most
    EDGE_DEPTH lines, such as a footer's folio, web address and classification.  A group that
    runs on into the text, or whose lines run on into each other as a sentence does, is the
    body's."""
    edge: list[int] = []
    group: list[int] = []
    for index in inward:
        text = lines[index].text
        if text:
            if len(text) > RUNNING_HEAD_MAX or len(edge) + len(group) >= EDGE_DEPTH:
                break
            group.append(index)
        elif group:
            if _prose(lines, group):
                break
            edge += group
            group = []
    else:
        if not _prose(lines, group):
            edge += group                     # the page ends with the group
    if not edge:                              # the first text line is at the edge, whatever follows
        edge = list(islice((index for index in inward if lines[index].text), 1))
    return edge


def _prose(lines: Lines, group: list[int]) -> bool:
    """Some line of the group runs on into the next as a sentence: it ends in no punctuation and
    the next opens with a word in lower case."""
    ordered = sorted(group)
    for upper, lower in zip(ordered, ordered[1:]):
        text, following = lines[upper].text, lines[lower].text
        word = following.split(maxsplit=1)[0]
        if text[-1].isalnum() and word.isalpha() and word.islower():
            return True
    return False


# -------------------------------------------------------------------- running heads and feet

_DIGITS = re.compile(r"\d+")
_WORD = re.compile(r"[^\W\d_]{2}")
# A reference without a word holds this many numbers at least: "4136-9294-2392, v. 3", not "12".
REFERENCE_NUMBERS = 2
_EDGES = ("head", "foot")


def _head_key(text: str, words: Furniture, at_head: bool = False) -> str | None:
    """What a line is compared by with its copies on other pages, or None when it cannot be a
    running head.  Its numbers read as "#" and a number at either end is left off (the page's),
    so "12  Kop", "Kop 13" and "Pagina 2 van 15" match their copies, and so is the page's number
    with its word at the end: a foot printed with it on one page ("Statuten.doc Seite 1") and
    without it on the others is one foot.  But a line atop its page (`at_head`) opening with a
    part's or a figure's label and its number (the language's: "Artikel 3", "Deel 2", "Figuur
    4") keeps that number as printed: it names the part, so parts atop consecutive pages, one a
    page, are no copies of one head.  A foot, or a head whose part's number follows other words
    ("Member survey 2023 – Annex 2", "Raadsvoorstel Julianaplein – bijlage 2"), numbers the
    pages' part as a running head or foot does: its numbers read as "#".  A head holds a word
    and ends in no hyphen, comma or semicolon: a wrapped body line does (a passage repeated in
    the text can put one at two page edges); one that is long or opens in lower case needs the
    stronger evidence (_body_like).  It may end in a full stop ("Datenanfragen.de e. V.", a
    slogan): its repeating at the page edges is the evidence.  A line of figures without a word
    is one too when it holds two numbers at least, a document's reference ("4136-9294-2392, v.
    3"), not a page's number or a year: its copies must then be the same line (see
    _same_reference)."""
    if not text or len(text) > LONG_HEAD_MAX or text[-1] in "-,;\u00ad":
        return None
    part = words.part_label.match(text) if at_head else None
    label = part[0] if part else ""
    key = label + words.page_field.sub("", _DIGITS.sub("#", text[len(label):]))
    if key.startswith("# "):
        key = key[2:]
    if key.endswith(" #"):
        key = key[:-2]
    return key if _WORD.search(key) or key.count("#") >= REFERENCE_NUMBERS else None


def _same_reference(key: str, texts: list[str], places: dict[int, list[int]]) -> bool:
    """A line of words, or a reference whose copies are one and the same line: figures that
    change from page to page ("2/15", "3/15") are a folio's or the text's, not a reference."""
    return bool(_WORD.search(key)) or len({texts[index] for indexes in places.values() for index in indexes}) == 1


def _body_like(text: str) -> bool:
    """A line that could be the body's: as long as a body line, or opening in lower case (a
    wrapped line does; so do a web address and a title set in lower case, "www.gemeente.nl").
    As a running head it needs the stronger evidence."""
    return len(text) > RUNNING_HEAD_MAX or text[:1].islower()


def remove_running_heads(lines: Lines, contents_titles: Iterable[str] = (), language: Language | None = None,
                         folios: Collection[int] = ()) -> tuple[Lines, Changes]:
    """A running head or foot: the same short line (numbers aside) at the same page edge on
    several pages.  Its copies at page edges go; a copy that stands with a byline, or on the
    first page with its cover lines, is the real line and stays.  A copy standing alone inside a
    page after the first means the line is text (a heading of the body): none of its copies go;
    one right over the page's notes stands at the foot of its body, an edge of the text.
    A page's head or foot may stack several such lines: each round takes the outermost, and the
    next round finds the line that then stands at the edge.  After the rounds go the other pages'
    foot read out inside them (_feet_of_the_other_pages), a long foot set amid its pages
    (_long_feet_amid_pages), a long foot under the page's folio (_long_feet_under_the_folio:
    `folios` are the source lines of the page numbers removed, from the page-number pass) and a
    cell of a footer's row read out apart from the rest (_foot_cells_apart).  A line that is
    also a title in the printed contents (contents_titles, from the contents pass) is a
    heading: never a head."""
    changes: list[Change] = []
    taken: set[int] = set()                 # the source lines taken as heads in earlier rounds
    headings = {_title_key(title) for title in contents_titles}
    for _ in range(STACK_DEPTH):
        lines, found = _running_heads_round(lines, taken, headings, language)
        if not found:
            break
        changes += found
        taken.update(change.line for change in found)
    lines, found = _drop(lines, _feet_of_the_other_pages(lines, changes, headings, furniture(language or default())))
    changes += found
    over_notes = partial(_over_the_notes, lines, cache(partial(_note_openings, lines, language)))
    feet_amid = _long_feet_amid_pages(lines, headings, over_notes)
    lines, found = _drop(lines, feet_amid, feet_amid.keys())
    changes += found
    feet_under = _long_feet_under_the_folio(lines, headings, folios)
    lines, found = _drop(lines, feet_under, feet_under.keys())
    changes += found
    cells = _foot_cells_apart(lines, taken, headings)
    lines, found = _drop(lines, cells, cells.keys())          # in a page's foot: no page starts there
    changes += found
    lines, found = _heads_of_the_contents(lines, contents_titles)
    changes += found
    feet = [change.line for change in changes if change.kind == "running-head"]
    rules = _rules_over_the_foot(lines, set(feet) | set(folios))
    lines, found = _drop(lines, rules, rules.keys())
    changes += found
    lines, found = _drop(lines, _numbers_over_feet(lines, feet))
    lines, bared = _folios_bared(lines, language, tuple(change for change in changes if change.kind == "running-head"))
    return lines, tuple(changes) + found + bared


def _rules_over_the_foot(lines: Lines, gone: Collection[int]) -> dict[int, tuple[str, str]]:
    """A rule (RULE) that ends its page's text over the page's foot removed by its own evidence
    (`gone`: the source lines of the running feet and folios removed): the foot's rule, which
    would stand under the page's notes as their last line.  A rule with text under it on its page
    (notes under a separator, a table's rows) stays for the rules pass, after the notes."""
    found = {}
    numbers = sorted(gone)                    # source lines, as the lines are numbered
    for first, end in _pages(lines):
        last = next((index for index in range(end - 1, first - 1, -1) if lines[index].text), None)
        next_page = bisect_left(numbers, lines[end].number) if end < len(lines) else len(numbers)
        if last is not None and RULE.match(lines[last].text) and bisect_right(numbers, lines[last].number) < next_page:
            found[last] = ("rule", "a rule over the page's foot, the running foot or folio under it gone")
    return found


def _folios_bared(lines: Lines, language: Language | None, heads: Changes) -> tuple[Lines, Changes]:
    """The folios that stand at a page's edge once the running heads and feet are gone: a footer
    stacked "page" / "2/45" over the date and the title, where the folio stood deeper than a
    page's edge reaches (EDGE_DEPTH) while the lines under it stood; and a chapter's number and
    title over its heading, the chapter's head.  A heading under one of the `heads` removed stays."""
    zones = _edge_zones(lines, _pages(lines))
    return _drop(lines, _folios(lines, zones, furniture(language or default()), heads),
                 {index for _, foot in zones for index in foot})


def _feet_of_the_other_pages(lines: Lines, taken: list[Change], headings: set[str],
                             words: Furniture) -> dict[int, tuple[str, str]]:
    """The foot of the left pages that the text layer reads out inside each page (after its first
    column), where no page edge holds it, while the right pages' foot stood at their edges and
    went as a running foot (`taken`, by the rounds): the same short line, alone, once a page on
    every other page, on RUNNING_HEAD_MIN_PAGES pages or more, those pages alternating with the
    pages of one running head or foot taken.  A heading of the body keeps no such beat."""
    if not taken or not lines:
        return {}
    pages = _pages(lines)
    page_of_line = partial(bisect_right, [lines[first].number for first, _ in pages])
    taken_pages: dict[str, set[int]] = defaultdict(set)
    for change in taken:
        taken_pages[change.before].add(page_of_line(change.line))
    partners = {head: found for head, found in taken_pages.items() if len(found) >= RUNNING_HEAD_MIN_PAGES}
    if not partners:
        return {}
    texts = list(map(_TEXT, lines))
    page_of = _page_of(pages)
    places: dict[str, dict[int, list[int]]] = defaultdict(lambda: defaultdict(list))
    for index, text in enumerate(texts):
        if text and len(text) <= RUNNING_HEAD_MAX and not ends_sentence(text) and _alone(lines, index):
            key = _head_key(text, words)
            if key is not None and _title_key(key) not in headings:
                places[key][page_of(index)].append(index)
    drop = {}
    for found in places.values():
        beat = sorted(found)
        if len(beat) < RUNNING_HEAD_MIN_PAGES or any(len(indexes) > 1 for indexes in found.values()) \
                or {later - earlier for earlier, later in zip(beat, beat[1:])} != {2} \
                or not _numbers_run_with_pages(texts, found):
            continue
        partner = next((head for head, other in partners.items() if _alternate(beat, other)), None)
        if partner is not None:
            for indexes in found.values():
                drop[indexes[0]] = ("running-head", f"the same line alone inside every other page ({len(beat)} "
                                                    f"pages), alternating with the running foot '{partner}'")
    return drop


def _long_feet_amid_pages(lines: Lines, headings: set[str],
                          over_notes: Callable[[int], bool]) -> dict[int, tuple[str, str]]:
    """A running foot longer than a head (a title: its first line ending in no punctuation) that
    the text layer set amid its page, between the body and the notes, where no page edge
    reaches (_edge reads no line that long).  Evidence: the same line, alone under a blank line,
    once a page on RUNNING_HEAD_MIN_PAGES pages or more (_long_copies), each copy over furniture
    removed there (the page's number beside the foot: a source line gone under it, blank lines
    between).  The short line right under it goes with it when every copy has it (the title's
    second line), and so does the next line under the copies when it is the foot's too (see
    _next_in_the_feet)."""
    def stands(index: int) -> bool:
        return lines[index].text[-1].isalnum() and (index == 0 or lines[index].page_start or lines[index - 1].blank)

    drop: dict[int, tuple[str, str]] = {}
    for foot, indexes in _long_copies(lines, headings, LONG_HEAD_MAX, stands).items():
        if indexes[-1] + 1 >= len(lines):
            continue
        under = {lines[index + 1].text for index in indexes}
        second = len(under) == 1 and 0 < len(lines[indexes[0] + 1].text) <= RUNNING_HEAD_MAX
        stacks = [(index, index + 1) if second else (index, index) for index in indexes]
        if all(_gone_next_to(lines, last, +1) for _, last in stacks):
            reason = f"the same long line alone on {len(indexes)} pages, over the page's removed furniture"
            drop.update((index, ("running-head", reason)) for stack in stacks for index in set(stack))
            drop.update(_next_in_the_feet(lines, [last for _, last in stacks], foot, over_notes))
    return drop


# A foot's small print set under the folio is one printed line across the page (a club's notice
# on its privacy policy: 127 characters); a source line longer than that is a paragraph's.
SMALL_PRINT_MAX = 3 * RUNNING_HEAD_MAX


def _long_feet_under_the_folio(lines: Lines, headings: set[str], folios: Collection[int]) -> dict[int, tuple[str, str]]:
    """A running foot longer than a head, set under the page's folio as the page's last line (a
    club's small print "In het geval van verwerking ... Deze is te downloaden via onze website."
    under "Pagina 1 van 3"): no page edge reaches a line that long (_edge), and it may end a
    sentence, or two.  Evidence: the same line once a page on RUNNING_HEAD_MIN_PAGES pages or
    more (_long_copies), nowhere else in the text, each copy the last text line of its page and
    right under its folio (_under_its_folio).  A refrain or a closing sentence ending its pages
    has no folio over it (a watermark, a credit or a running head removed there is no folio);
    a page's first line under a folio at the page's head is its page's text."""
    drop: dict[int, tuple[str, str]] = {}
    for indexes in _long_copies(lines, headings, SMALL_PRINT_MAX, lambda _: True).values():
        if all(_ends_its_page(lines, index) and _under_its_folio(lines, index, folios) for index in indexes):
            reason = f"the same long line ending {len(indexes)} pages, under the page's folio"
            drop.update((index, ("running-head", reason)) for index in indexes)
    return drop


def _long_copies(lines: Lines, headings: set[str], longest: int,
                 stands: Callable[[int], bool]) -> dict[str, list[int]]:
    """The copies (indexes) of each line longer than a running head and `longest` characters at
    most that stand as a long foot's (`stands`), once a page on RUNNING_HEAD_MIN_PAGES pages or
    more; a title of the printed contents (`headings`) is a heading, and has none."""
    copies: dict[str, list[int]] = defaultdict(list)
    for index in _lines_where(list(map(_TEXT, lines)), LONG_LINE_GATE):
        text = lines[index].text
        if len(text) <= longest and _title_key(text) not in headings and stands(index):
            copies[text].append(index)
    page_of = _page_of(_pages(lines))
    return {text: indexes for text, indexes in copies.items()
            if len(indexes) >= RUNNING_HEAD_MIN_PAGES and len(set(map(page_of, indexes))) == len(indexes)}


def _under_its_folio(lines: Lines, index: int, folios: Collection[int]) -> bool:
    """A folio (`folios`: the source lines of the page numbers removed) is gone between the line
    and the text line above it, and no page starts between them: the line stands under its
    page's folio with its page's text above.  A page start there (a form feed, or one passed on
    to the line by a line removed over it: the page-number pass passes it on under a folio it
    read as a page's head, or as the end of the page before; the running-head pass under a head)
    makes the line its page's first, the page's own text (a chart's source line alone under the
    running head removed atop its page)."""
    above = next((before for before in range(index - 1, -1, -1) if lines[before].text), None)
    return above is not None and not any(line.page_start for line in lines[above + 1:index + 1]) \
        and any(number in folios for number in range(lines[above].number + 1, lines[index].number))


def _next_in_the_feet(lines: Lines, lasts: list[int], foot: str,
                      over_notes: Callable[[int], bool]) -> dict[int, tuple[str, str]]:
    """The foot's next line, set under it by the text layer (a web journal's button "Reageer"):
    the first text line under its copies (`lasts`: their last lines), short, with a word, the
    same under RUNNING_HEAD_MIN_PAGES copies at least; and its copies standing alone at the foot
    of a page's body, right over the page's notes (`over_notes`), where the page's foot sets its
    furniture too.  Under the foot's other copies, or inside a page, it is the page's text."""
    under: dict[str, list[int]] = defaultdict(list)
    for last in lasts:
        following = next((index for index in range(last + 1, len(lines)) if lines[index].text), None)
        if following is not None and len(lines[following].text) <= RUNNING_HEAD_MAX \
                and _WORD.search(lines[following].text):
            under[lines[following].text].append(following)
    found = {text: indexes for text, indexes in under.items() if len(indexes) >= RUNNING_HEAD_MIN_PAGES}
    if not found:
        return {}
    under_the_foot = {index: ("running-head", f"under the running foot '{foot}' on {len(indexes)} pages")
                      for indexes in found.values() for index in indexes}
    over = {index: ("running-head", f"a line of the running foot '{foot}', alone over the page's notes")
            for index, line in enumerate(lines) if line.text in found and index not in under_the_foot
            and _alone(lines, index) and over_notes(index)}
    return under_the_foot | over


# A line longer than a running head, found by its newline.
LONG_LINE_GATE = re.compile(rf"\n[^\n]{{{RUNNING_HEAD_MAX + 1}}}")


def _gone_next_to(lines: Lines, index: int, step: int) -> bool:
    """Between lines[index] and the next text line before (step -1) or after (+1) it, a source
    line is gone (removed by an earlier pass or round: furniture)."""
    neighbour = index + step
    while 0 <= neighbour < len(lines) and lines[neighbour - step].number + step == lines[neighbour].number:
        if lines[neighbour].text:
            return False
        neighbour += step
    return 0 <= neighbour < len(lines)


def _foot_cells_apart(lines: Lines, taken: set[int], headings: set[str]) -> dict[int, tuple[str, str]]:
    """The cells of a running foot's row that the text layer read out apart from it, with the
    column above them (a club's "Chartered November 8, 1973" left of "District 6980 | Club 4399",
    a photo's caption read out between): a short line ending no sentence, the same on every page
    holding text (two at least: a short document gives too few pages for the evidence of
    _running_heads), once a page, set apart from the text around it, among its last STACK_DEPTH
    text lines, on pages whose running foot was taken in the rounds (`taken`: their source lines)
    under the last of them; and the last text line over the foot on one page at least, where it
    stands in the foot itself."""
    pages = [(first, end) for first, end in _pages(lines) if any(line.text for line in lines[first:end])]
    if len(pages) < 2:
        return {}
    copies: dict[str, list[int]] = defaultdict(list)
    over_the_foot: set[str] = set()
    for first, end in pages:
        tail = [index for index in range(end - 1, first - 1, -1) if lines[index].text][:STACK_DEPTH]
        limit = lines[end].number if end < len(lines) else lines[-1].number + 1
        if not taken.intersection(range(lines[tail[0]].number + 1, limit)):
            return {}                                 # a page without its running foot
        over_the_foot.add(lines[tail[0]].text)
        for index in tail:
            text = lines[index].text
            if len(text) <= RUNNING_HEAD_MAX and _WORD.search(text) and not ends_sentence(text) \
                    and _title_key(text) not in headings and _set_apart(lines, index):
                copies[text].append(index)
    page_of = _page_of(pages)
    reason = f"the same line on all {len(pages)} pages, over the running foot taken there or with its row"
    return {index: ("running-head", reason) for text, indexes in copies.items()
            if len(indexes) == len(pages) and text in over_the_foot and len(set(map(page_of, indexes))) == len(pages)
            for index in indexes}


def _set_apart(lines: Lines, index: int) -> bool:
    """The line runs on from no line of text and into none: a blank line, a page's start or the
    text's edge under it, and above it one of those or a line ending a sentence (not a table's
    row over its total, nor a sentence's part)."""
    above = index == 0 or lines[index - 1].blank or lines[index].page_start or ends_sentence(lines[index - 1].text)
    return above and (index + 1 >= len(lines) or lines[index + 1].blank or lines[index + 1].page_start)


# A page's number over its running foot counts the pages on this many pages at least (two may be chance).
NUMBERED_FEET = 3


def _numbers_over_feet(lines: Lines, heads: list[int]) -> dict[int, tuple[str, str]]:
    """The page's number set over its running foot ("1" / "Title – Author – Event 12.05.2024"), which
    the page-number pass could not tell from a table's or a list's number while the foot stood
    under it: with the foot gone it ends its page.  Evidence: a bare number is the last text
    line of its page, a running head or foot (`heads`: their source lines) was removed after it
    on that page and nothing else was (the page's folio, removed under it, would make it a note's
    label: a page has one folio), and the numbers so placed count the pages (the same offset from
    the page's index on NUMBERED_FEET pages at least)."""
    pages = _pages(lines)
    found: dict[int, int] = {}
    removed = sorted(heads)
    for number, (first, end) in enumerate(pages, start=1):
        last = next((index for index in range(end - 1, first - 1, -1) if lines[index].text), None)
        if last is None or not re.fullmatch(r"\d{1,3}", lines[last].text.strip()):
            continue
        limit = lines[end].number if end < len(lines) else lines[-1].number + 1
        at = bisect_right(removed, lines[last].number)
        if at < len(removed) and removed[at] < limit and not _other_removals(lines, last, end, limit, removed):
            found[last] = int(lines[last].text) - number
    offsets = Counter(found.values())
    return {index: ("page-number", f"{BARE}, over the page's running foot, counting the pages")
            for index, offset in found.items() if offsets[offset] >= NUMBERED_FEET}


def _other_removals(lines: Lines, last: int, end: int, limit: int, heads: list[int]) -> bool:
    """Whether a line other than a running head or foot (`heads`) was removed between lines[last]
    and its page's end (`limit`: the next page's first source line)."""
    kept = {line.number for line in lines[last:end]}
    return any(gone not in kept for gone in set(range(lines[last].number + 1, limit)) - set(heads))


# A field of a letter's margin column is short: a label, a date, a reference.
MARGIN_FIELD_MAX = 40


def remove_margin_fields(lines: Lines, language: Language | None = None) -> tuple[Lines, Changes]:
    """A letter's margin column printed again on every page ("Datum" / "8 december 2025" /
    "Kenmerk" / "2025-0000688710" beside the text), which pdftotext reads line by line in among
    the text's lines, cutting its sentences.  Evidence: a short letterhead line (a label, a date,
    a reference or contact: see letterhead.kind) that stands whole on the first page and again,
    a line of its own, on RUNNING_HEAD_MIN_PAGES later pages or more; a label ("Datum") only
    with a value repeated so too; and the lines stacked on those fields on every later page (see
    _stacked_on_fields).  Its copies on the later pages go; the first page's are the letter's own
    date and reference."""
    pages = _pages(lines)
    if len(pages) <= RUNNING_HEAD_MIN_PAGES:
        return lines, ()
    places: dict[str, list[int]] = defaultdict(list)
    for page, (first, end) in enumerate(pages):
        for index in range(first, end):
            text = lines[index].text.strip()
            if text and len(text) <= MARGIN_FIELD_MAX:
                places[text].append(page)
    fields = {text for text, on in places.items()
              if on[0] == 0 and len(set(on) - {0}) >= RUNNING_HEAD_MIN_PAGES and letterhead.kind(text, language)}
    if all(letterhead.patterns(language).label.fullmatch(text) for text in fields):
        return lines, ()            # labels alone, their values not repeated: no column of fields
    fields |= _stacked_on_fields(lines, pages, fields, places)
    drop = {index: ("running-head", "a field of the letter's margin column, repeated on each page "
                                    f"({len(set(places[lines[index].text.strip()])) - 1} pages after the first)")
            for first, end in pages[1:] for index in range(first, end) if lines[index].text.strip() in fields}
    lines, changes = _drop(lines, drop, drop.keys())
    lines, glued = _cut_glued_references(lines, {text for text in fields if _reference(text)})
    return lines, changes + glued


def _stacked_on_fields(lines: Lines, pages: list[tuple[int, int]], fields: set[str],
                       places: dict[str, list[int]]) -> set[str]:
    """The column's other lines, which no letterhead pattern reads: the sender's department over
    its fields ("Zakelijke belastingen" / "Kantoor Groningen" over "Datum").  Evidence: a short
    line standing on the first page (on one line, or run over two: "Midden- en" / "kleinbedrijf")
    and on RUNNING_HEAD_MIN_PAGES later pages or more, on each of them right over or under a field
    of the column or such a line, no blank line between.  A body line that stands by the column
    on one page stands apart from it on the others, and stays."""
    first, end = pages[0]
    on_first = {lines[index].text.strip() for index in range(first, end)}
    on_first |= {f"{lines[index].text.strip()} {lines[index + 1].text.strip()}" for index in range(first, end - 1)}
    copies: dict[str, list[int]] = defaultdict(list)      # text: its indexes on the later pages
    for start, stop in pages[1:]:
        for index in range(start, stop):
            if lines[index].text.strip() in on_first:
                copies[lines[index].text.strip()].append(index)
    column, found = set(fields), {""}
    while found:
        found = {text for text, indexes in copies.items()
                 if text and text not in column and len(set(places[text]) - {0}) >= RUNNING_HEAD_MIN_PAGES
                 and all(_by_the_column(lines, index, column) for index in indexes)}
        column |= found
    return column - fields


def _by_the_column(lines: Lines, index: int, column: set[str]) -> bool:
    """The line right above or right under lines[index], on its page, is one of the column's."""
    above = index > 0 and not lines[index].page_start and lines[index - 1].text.strip() in column
    return above or (index + 1 < len(lines) and not lines[index + 1].page_start
                     and lines[index + 1].text.strip() in column)


def _reference(text: str) -> bool:
    """A reference number ("2025-0000688710"): one word holding figures, no date."""
    return " " not in text and any(character.isdigit() for character in text)


def _cut_glued_references(lines: Lines, references: set[str]) -> tuple[Lines, Changes]:
    """A margin column's reference number run into a line of the text on a later page, after a
    space at its end ("... ondersteund 2025-0000688710"): only the reference goes."""
    if not references:
        return lines, ()
    cut, changes = list(lines), []
    for index in range(first_page_end(lines), len(lines)):
        text = lines[index].text.rstrip()
        kept, _, last = text.rpartition(" ")
        if kept.strip() and last in references:
            changes.append(Change("running-head", lines[index].number, last, "",
                                  f"the letter's reference from its margin column, run into a line of the text; "
                                  f"'{kept.strip()}' stays"))
            cut[index] = lines[index]._replace(text=kept.rstrip())
    return (tuple(cut), tuple(changes)) if changes else (lines, ())


def _heads_of_the_contents(lines: Lines, contents_titles: Iterable[str]) -> tuple[Lines, Changes]:
    """The running heads that the printed contents tells from its headings, found on one reading
    of the pages: chapters' heads atop their pages (_chapter_heads) and rubrics' tabs
    (_section_tabs).  Only a tab atop its page passes the page's start on: one at the foot or
    beside the folio stands in its page."""
    titles = list(contents_titles)
    if not titles:
        return lines, ()
    texts = list(map(_TEXT, lines))
    pages = _pages(lines)
    zones = _edge_zones(lines, pages)
    heads = {index for head, _ in zones for index in head}
    tabs = _section_tabs(lines, texts, pages, zones, titles)
    return _drop(lines, _chapter_heads(texts, pages, zones, titles) | tabs, tabs.keys() - heads)


def _chapter_heads(texts: list[str], pages: list[tuple[int, int]], zones: list[tuple[list[int], list[int]]],
                   contents_titles: list[str]) -> dict[int, tuple[str, str]]:
    """A chapter's running head: its number and title as the printed contents lists them ("2 Was
    ist ein Hackathon?"), the first line of the pages after the chapter's opening page, where the
    heading stands without the number (on one line or two); or the first line of all its pages,
    the opening page too, where the heading stands under it in the same form (_over_the_heading).
    Such a line is also a contents title, which the rule above never takes; this one tells the
    head from the heading by its number or by its place.  Evidence: RUNNING_HEAD_MIN_PAGES such
    page tops at least in the document (the chapters' heads together), each chapter's heading
    standing apart; in doubt (a heading printed with its number, like its heads, and atop its
    page) nothing goes."""
    numbered = {_line_key(title): title for title in contents_titles if _LEADING_NUMBER.match(title.strip())}
    if not numbered:
        return {}
    tops = [top[0] for top, _ in zones[1:] if top]
    copies = [index for index in tops if _line_key(texts[index]) in numbered]
    if len(copies) < RUNNING_HEAD_MIN_PAGES:
        return {}
    bare = {_line_key(_LEADING_NUMBER.sub("", title.strip())) for title in numbered.values()}
    headings = set(_bare_headings(texts, bare, _line_key).values())
    drop = {index: ("running-head", "a chapter's number and title atop a page, as the printed contents lists "
                                    f"them, on {len(copies)} pages; the chapter's heading stands apart")
            for index in copies if _line_key(_LEADING_NUMBER.sub("", texts[index].strip())) in headings}
    drop.update((index, ("running-head", "a chapter's number and title atop each of its pages, as the printed "
                                         f"contents lists them, on {len(copies)} pages; the chapter's heading "
                                         "stands under the first"))
                for index in _over_the_heading(texts, pages, copies))
    return drop if len(drop) >= RUNNING_HEAD_MIN_PAGES else {}


def _over_the_heading(texts: list[str], pages: list[tuple[int, int]], copies: list[int]) -> list[int]:
    """The copies of a chapter's numbered title atop its pages (`copies`, in page order) whose
    first copy has the same title under it on its page (on one line or two): a page prints its
    heading once, so the line atop the chapter's opening page, as atop the pages after it, is
    the chapter's running head, and the one under it the heading."""
    page_of = _page_of(pages)
    firsts: dict[str, int] = {}
    for index in copies:
        firsts.setdefault(_line_key(texts[index]), index)
    repeated = {key for key, first in firsts.items()
                if key in _bare_headings(texts[first + 1:pages[page_of(first) - 1][1]], {key}, _line_key).values()}
    return [index for index in copies if _line_key(texts[index]) in repeated]


# A rubric's tab: the rubric's name, a colon and the names of its sections on that page; its gate
# is the rubric and the colon, by a line's newline.
_TAB_RUBRIC = r"(?P<rubric>[^:\n]{1,40}):"
SECTION_TAB = re.compile(rf"^{_TAB_RUBRIC}\s+(?P<sections>\S.*)$")
SECTION_TAB_GATE = re.compile(rf"\n{_TAB_RUBRIC}")
SENTENCE_MARK = re.compile(r"[.;:!?]")


def _section_tabs(lines: Lines, texts: list[str], pages: list[tuple[int, int]],
                  zones: list[tuple[list[int], list[int]]], contents_titles: list[str]) -> dict[int, tuple[str, str]]:
    """A rubric's tab: a magazine's margin strip naming the rubric (a title of the printed
    contents), a colon and the sections of the rubric on that page ("InDruk: Geheugen, Methodiek,
    Perceptie"), read out at the page's edge or inside the page, alone, right under a line gone
    (its folio: the text layer reads the strip with it).  Each page's tab is another line, so the
    rule for the same line at the page edges never sees it.  Evidence: tabs of one rubric at the
    edges of RUNNING_HEAD_MIN_PAGES pages at least, one a page and none elsewhere inside a page; a
    section named on two consecutive tabs (one running on over a page break: a heading is printed
    once, so appendices' headings "Bijlage: Begroting", "Bijlage: Kaart" atop their pages never
    are; not on every two, as a section may end with its page); and the tabs stand in the
    rubric's own pages: of the contents' titles standing as lines of their own, the last one by
    the end of the first tab's page is the rubric's heading.  A programme's "Sprekers: Anna de
    Vries, Bert Smit" under each session, before the speakers' own pages (or with no such
    heading), is the session's text."""
    rubrics = {_title_key(title) for title in contents_titles}
    edges = {index for zone in zones for edge in zone for index in edge}
    tabs: dict[str, list[tuple[int, frozenset[str]]]] = defaultdict(list)
    for index in _lines_where(texts, SECTION_TAB_GATE):
        match = SECTION_TAB.match(texts[index])
        if match and len(texts[index]) <= RUNNING_HEAD_MAX and _title_key(match["rubric"]) in rubrics:
            sections = _section_names(match["sections"])
            if sections:
                tabs[_title_key(match["rubric"])].append((index, sections))
    if not tabs:
        return {}
    page_of = _page_of(pages)
    headings = _bare_headings(texts, rubrics, _title_key)         # found once for all rubrics: linear
    heading_lines = sorted(headings)
    drop = {}
    for rubric, copies in tabs.items():
        indexes = [index for index, _ in copies]
        at_edges = [index for index in indexes if index in edges]
        by_edge_or_folio = all(index in edges or (_alone(lines, index) and _gone_next_to(lines, index, -1))
                               for index in indexes)
        one_a_page = len(set(map(page_of, indexes))) == len(indexes)
        running_on = any(earlier & later for (_, earlier), (_, later) in zip(copies, copies[1:]))
        last_heading = bisect_left(heading_lines, pages[page_of(indexes[0]) - 1][1]) - 1
        in_its_pages = last_heading >= 0 and headings[heading_lines[last_heading]] == rubric
        if len(at_edges) >= RUNNING_HEAD_MIN_PAGES and by_edge_or_folio and one_a_page and running_on \
                and in_its_pages:
            printed = texts[indexes[0]].split(":", 1)[0]
            reason = (f"a rubric's tab: the rubric '{printed}' of the printed contents and its sections on the page, "
                      f"on {len(indexes)} pages, {len(at_edges)} times at a page edge")
            drop.update({index: ("running-head", reason) for index in indexes})
    return drop


def _section_names(text: str) -> frozenset[str]:
    """The names a tab lists, in lower case ("Taal, Overige"), or none when the text is no list of
    names: each opens with a capital and none holds a sentence's punctuation (a question, a
    decision "Besluit: De raad stemt in.")."""
    names = [name.strip() for name in text.split(",")]
    if all(name[:1].isupper() and not SENTENCE_MARK.search(name) for name in names):
        return frozenset(name.lower() for name in names)
    return frozenset()


def _line_key(text: str) -> str:
    return " ".join(text.split()).lower()


def _bare_headings(texts: list[str], titles: set[str], key: Callable[[str], str]) -> dict[int, str]:
    """Where the titles stand as a line of their own, or over two lines, the lines compared with
    them in their form by `key`: {the index of the (first) line: the title}."""
    found = {}
    for index, text in enumerate(texts):
        if (line := key(text)) in titles:
            found[index] = line
        elif line and index + 1 < len(texts) and (joined := key(text + " " + texts[index + 1])) in titles:
            found[index] = joined
    return found


def _running_heads_round(lines: Lines, taken: set[int], headings: set[str],
                         language: Language | None) -> tuple[Lines, Changes]:
    words = furniture(language or default())
    texts = list(map(_TEXT, lines))
    pages = _pages(lines)
    zones = _edge_zones(lines, pages)
    keys: dict[int, str | None] = {}
    outermost = {index for top, foot in zones for index in chain(top[:1], foot[-1:])}
    at_edges = _lines_at_edges(texts, zones, keys, words, _stacked_figures(lines, zones, taken))
    _add_column_breaks(lines, texts, at_edges, [first for first, _ in pages], keys, words)
    found = _running_heads(texts, at_edges, len(pages), outermost, letterhead.patterns(language).contact,
                           _feet_gone(lines, pages, zones))
    heads = {key: reason for key, reason in found.items() if _title_key(key) not in headings}
    if not heads:
        return lines, ()
    note_openings = cache(partial(_note_openings, lines, language))
    over_notes = partial(_over_the_notes, lines, note_openings)
    drop = _head_copies(lines, texts, heads, pages, zones, keys, taken, words, over_notes)
    drop.update(_stacked_beyond(texts, drop, zones))
    feet = {index for _, foot in zones for index in foot}
    return _drop(lines, drop, feet, set(filter(over_notes, drop)))


def _note_openings(lines: Lines, language: Language | None) -> frozenset[int]:
    """The indexes of the lines that open a note found at a page's foot: its label's line."""
    return frozenset(label.index for group in footnotes.find_groups(lines, language) for label in group.labels)


def _over_the_notes(lines: Lines, note_openings: Callable[[], frozenset[int]], index: int) -> bool:
    """The next text line on the page (two blank lines between at most) opens one of the page's
    notes: the line stands at the foot of the page's body, over its notes, where the page's foot
    sets its furniture too (a web journal's 'Reageer' button between the text and the notes).
    The notes are sought only under a line the footnotes pass would read as a label's (LABEL)."""
    following = _text_neighbour(lines, index, +1)
    return following is not None and not lines[following].page_start \
        and footnotes.LABEL.match(f"\n{lines[following].text}\n") is not None and following in note_openings()


_SECTION_NUMBER = re.compile(r"^(?:#|[\d.]+)\.?\s+")


def _title_key(text: str) -> str:
    """A title as a contents entry and a running head are compared: without its section number,
    its numbers as "#", in lower case, its spaces single."""
    return " ".join(_SECTION_NUMBER.sub("", _DIGITS.sub("#", text.strip())).lower().split())


def _lines_at_edges(texts: list[str], zones, keys: dict[int, str | None], words: Furniture,
                    stacked: Collection[int] = ()) -> dict[tuple[str, str], dict[int, list[int]]]:
    """(edge, key): {page: indexes} for the lines at page edges that may be running heads; a
    line of figures in a stack of heads (`stacked`, see _stacked_figures) is compared as printed."""
    found: dict[tuple[str, str], dict[int, list[int]]] = defaultdict(lambda: defaultdict(list))
    for page, indexes_by_edge in enumerate(zones):
        for edge, indexes in zip(_EDGES, indexes_by_edge):
            for index in indexes:
                if index not in keys:
                    keys[index] = _head_key(texts[index], words, at_head=edge == "head") \
                        or (" ".join(texts[index].split()) if index in stacked else None)
                key = keys[index]
                if key is not None:
                    found[edge, key][page].append(index)
    return found


# A line at a page edge is sought again in the column breaks when it stands at this many edges.
COLUMN_BREAK_EVIDENCE = 2


def _add_column_breaks(lines: Lines, texts: list[str], at_edges, starts: list[int],
                       keys: dict[int, str | None], words: Furniture) -> None:
    """The copies of a line seen at a page's edge on COLUMN_BREAK_EVIDENCE pages or more that
    stand in a column break on other pages, added to its places at that edge: a journal's
    running foot ("LOG IN Heft Nr. 193/194 (2020)") that pdftotext reads out after the page's
    first column, between two parts of one sentence (see _in_a_column_break)."""
    wanted = {key: edge for (edge, key), places in at_edges.items() if len(places) >= COLUMN_BREAK_EVIDENCE}
    if not wanted:
        return
    for index in _lines_where(texts, _opening_with(set(wanted))):
        if index not in keys:
            keys[index] = _head_key(texts[index], words)
        key = keys[index]
        page = bisect_right(starts, index) - 1
        if key in wanted and page not in at_edges[wanted[key], key] and _in_a_column_break(lines, index):
            at_edges[wanted[key], key][page].append(index)


def _in_a_column_break(lines: Lines, index: int) -> bool:
    """The line stands alone inside a page between two parts of one sentence: the text line
    above it ends no sentence (nor a label's colon) and is a line of text, not a display line
    (RUNNING_HEAD_MAX characters or more), and the text line under it, on the same page, opens
    with a word (not a note's label: the page's notes may follow its foot).  A heading never
    splits a sentence."""
    before, after = _text_neighbour(lines, index, -1), _text_neighbour(lines, index, +1)
    if before is None or after is None or not _alone(lines, index) or lines[after].page_start \
            or lines[index].page_start or not lines[after].text[:1].isalpha():
        return False
    text = lines[before].text.rstrip()
    return len(text) >= RUNNING_HEAD_MAX and not ends_sentence(text) and not text.endswith(":")


def _running_heads(texts: list[str], at_edges, page_count: int, outermost: set[int],
                   contact: re.Pattern, feet_gone: set[int]) -> dict[str, str]:
    """key: the evidence, for the lines at one page edge whose numbers run with the pages: on
    RUNNING_HEAD_MIN_PAGES pages or more (a line ending a sentence, which reads as the body's,
    on half the pages at least: a slogan, "... e. V."); or, on weaker evidence, as the outermost
    line of the page, ending no sentence, on every page or all but one of a short document (a
    line that reads as the body's: at the foot of every page, looking like a footer too: see
    _footer_like), or on every other page, alternating there with another such line (left and
    right pages) or, at the foot, with the folio removed there (`feet_gone`, see _on_the_folios_beat)."""
    heads: dict[str, str] = {}
    outer: dict[tuple[str, str], set[int]] = {}        # pages where the line is the outermost
    on_page: dict[tuple[str, int], list[str]] = defaultdict(list)
    for (edge, key), places in at_edges.items():
        if not _numbers_run_with_pages(texts, places) or not _same_reference(key, texts, places):
            continue
        outer[edge, key] = {page for page, indexes in places.items()
                            if any(index in outermost and not ends_sentence(texts[index]) for index in indexes)}
        for page in outer[edge, key]:
            on_page[edge, page].append(key)
        first = next(iter(places.values()))[0]
        sentence = ends_sentence(texts[first])
        if _body_like(key):
            # A line that reads as the body's: the outermost at that edge of half the pages at least,
            # or at the foot of every page of a short document (a two-page report's footer of its name
            # and addresses); the head of the first page holds the title, which a short text repeats.
            # On two or three pages a refrain or a form's closing sentence stands so too: a line as
            # long as the body's must also look like a footer there.
            outer_pages = len(outer[edge, key])
            long_on_few_pages = outer_pages <= RUNNING_HEAD_MIN_PAGES and len(key) > RUNNING_HEAD_MAX
            if ((outer_pages >= RUNNING_HEAD_MIN_PAGES and 2 * outer_pages >= page_count)
                    or (edge == "foot" and 2 <= outer_pages == page_count)) \
                    and (not long_on_few_pages or _footer_like(texts[first], contact)):
                heads.setdefault(key, f"the same line, outermost at the {edge} of {outer_pages} of {page_count} pages")
        elif len(places) >= RUNNING_HEAD_MIN_PAGES and (not sentence or 2 * len(places) >= page_count):
            heads.setdefault(key, f"the same line at the {edge} of {len(places)} of {page_count} pages")
        elif 2 <= len(outer[edge, key]) >= page_count - 1:
            heads.setdefault(key, f"the outermost line at the {edge} of {len(outer[edge, key])} of "
                                  f"{page_count} pages")
    for (edge, key), pages in outer.items():
        if key in heads or len(pages) < 2:
            continue
        first = min(pages)
        for other in chain(on_page.get((edge, first - 1), ()), on_page.get((edge, first + 1), ())):
            partner = outer[edge, other]
            if other != key and len(partner) >= 2 and _alternate(pages, partner):
                heads[key] = (f"the outermost line at the {edge} of every other page ({len(pages)} pages), "
                              f"alternating with '{other}'")
                break
        if key not in heads and edge == "foot" and _on_the_folios_beat(pages, feet_gone) \
                and _nowhere_else(texts, at_edges[edge, key], pages):
            heads[key] = (f"the outermost line at the foot of every other page ({len(pages)} pages), "
                          f"alternating with the folio removed there")
    return heads


def _feet_gone(lines: Lines, pages: list[tuple[int, int]], zones) -> set[int]:
    """The pages where a source line is gone under the page's last text line (removed by an
    earlier pass: the page's folio, as the page-number pass runs first).  A line gone at a page
    break is counted to the page above it, though it may have headed the next page: so numbered
    at their heads, all pages lose a line at their feet, the copies' own pages too, and the beat
    of _on_the_folios_beat is not kept.  The last page's foot is not known to lose one: the
    source's end is not in the lines."""
    return {page for page, ((_, end), (_, foot)) in enumerate(zip(pages, zones))
            if foot and end < len(lines) and lines[end].number - lines[foot[-1]].number != end - foot[-1]}


def _on_the_folios_beat(pages: set[int], feet_gone: set[int]) -> bool:
    """Left and right pages: the line is the outermost at the foot of every other page, on
    RUNNING_HEAD_MIN_PAGES pages at least, and the pages between lost a line there (their folio,
    a page number taken), while nothing is gone under the line itself.  A refrain or a closing
    sentence ending every other page keeps no such beat: unnumbered pages lose nothing between
    its copies, and pages numbered at their feet (or heads, see _feet_gone) lose their number
    under it on its own pages too."""
    ordered = sorted(pages)
    return len(ordered) >= RUNNING_HEAD_MIN_PAGES and not feet_gone.intersection(ordered) \
        and all(later - earlier == 2 and earlier + 1 in feet_gone for earlier, later in zip(ordered, ordered[1:]))


def _nowhere_else(texts: list[str], places: dict[int, list[int]], pages: set[int]) -> bool:
    """The line stands once on each of `pages` and nowhere else in the text: a refrain the text
    sings after each verse too, inside its pages, is the text's."""
    copies = {texts[index] for indexes in places.values() for index in indexes}
    return sum(text in copies for text in texts) == len(pages)


# What parts a footer's fields on one line: "les éditions du samedi – editionsdusamedi.fr – contact@...".
FOOTER_FIELD_BREAK = re.compile(r" [-–—|·] ")
# A line of this many fields at least is a footer's row, where a sentence may hold a pair of dashes.
FOOTER_FIELDS = 3


def _footer_like(text: str, contact: re.Pattern) -> bool:
    """The line looks like a footer: it holds a contact (an e-mail, a web address, a telephone
    number: the letterhead's contact pattern) or FOOTER_FIELDS fields parted by dashes or bars."""
    return bool(contact.search(text)) or len(FOOTER_FIELD_BREAK.findall(text)) >= FOOTER_FIELDS - 1


def _alternate(pages: Iterable[int], other: Iterable[int]) -> bool:
    """The two lines stand on alternate pages: never on the same one, never two pages running."""
    merged = sorted(chain(((page, 0) for page in pages), ((page, 1) for page in other)))
    return all(a[0] != b[0] and a[1] != b[1] for a, b in zip(merged, merged[1:]))


def _numbers_run_with_pages(texts: list[str], places: dict[int, list[int]]) -> bool:
    """Each number in the line is the same on every page (a date, a paper's number, a volume)
    or runs with the pages (a page number: rising, mostly page + a fixed offset).  Numbered
    headings ("Bijlage 1", "Bijlage 2" atop the pages they open) do neither."""
    rows = sorted((page, tuple(map(int, _DIGITS.findall(texts[indexes[0]])))) for page, indexes in places.items())
    by_length: dict[int, list[tuple[int, tuple[int, ...]]]] = defaultdict(list)
    for page, numbers in rows:
        by_length[len(numbers)].append((page, numbers))
    for group in by_length.values():
        for position in range(len(group[0][1])):
            values = [(page, numbers[position]) for page, numbers in group]
            if len({number for _, number in values}) > 1 and not _a_page_number(values):
                return False
    return True


def _a_page_number(values: list[tuple[int, int]]) -> bool:
    """(page, number) pairs in page order: the numbers rise, and two thirds of them at least are
    their page's index plus one same offset (a blank page or a missed page break shifts some)."""
    numbers = [number for _, number in values]
    if any(later <= earlier for earlier, later in zip(numbers, numbers[1:])):
        return False
    offsets = Counter(number - page for page, number in values)
    return 3 * offsets.most_common(1)[0][1] >= 2 * len(values)


def _head_copies(lines: Lines, texts: list[str], heads: dict[str, str], pages, zones,
                 keys: dict[int, str | None], taken: set[int], words: Furniture,
                 over_notes: Callable[[int], bool]) -> dict[int, tuple[str, str]]:
    """The copies of the heads to remove: at a page edge (or at the foot of a page's body, over
    its notes: `over_notes`), not in a group of display lines; none of a head that also stands
    alone inside a page after the first (it is text there).  A line of figures without a word (an
    issue's number, "2014-23") or a date alone (see _names_no_title) heads no part of the body and
    stands once a page: a copy inside a page with none at its edges leaves the copies at the page
    edges going; it is the page's head read out inside it where the head belongs on that page
    (see _on_the_beat: the last page of an offprint, its margin tab read out after its foot; a
    report's date foot read out amid a chart's labels), and goes, the page's only copy; off that
    beat it is that page's, set apart by the text layer, and stays (in doubt, keep it).  A page
    holding it at an edge and inside too prints it as a value (a table's column header), and it
    is text.  A copy inside a page carrying its page's number goes (see _numbered_as_their_page)."""
    starts = [first for first, _ in pages]
    edge_of = {index: edge for indexes_by_edge in zones for edge, indexes in zip(_EDGES, indexes_by_edge)
               for index in indexes}
    cover_top = set(zones[0][0]) if zones else set()
    width = cache(partial(_column_width, texts))
    page_of = _page_of(pages)
    copies: dict[str, list[int]] = defaultdict(list)
    for index in _lines_where(texts, _opening_with(set(heads))):
        if index not in keys:
            keys[index] = _head_key(texts[index], words)
        key = keys[index]
        if key in heads:
            copies[key].append(index)
    drop = {}
    on_cover: dict[int, str] = {}           # first-page copies kept as the cover's, by their head
    going: set[str] = set()                 # the heads whose copies go
    for key, indexes in copies.items():
        furniture = []
        # What follows the head on the pages after the first: the cover may carry the same stack.
        followed_by = {_next_key(lines, index, keys, words) for index in indexes
                       if bisect_right(starts, index) > 1} - {None}
        heading = _numbered_heading(texts, indexes)
        # A chapter's title over its byline opens its chapter: the first copy after the cover;
        # a copy under an earlier one at a page edge is that page's head, whatever line it tops.
        opening = next((index for index in indexes if bisect_right(starts, index) > 1), None)
        edge_pages = {page_of(index) for index in indexes if index in edge_of}
        inside_pages = Counter(page_of(index) for index in indexes if index not in edge_of)
        sole_inside = {page for page, copies in inside_pages.items() if copies == 1} - edge_pages
        paged = _numbered_as_their_page(texts, indexes, edge_of, page_of)
        first_line = _foot_first_line(lines, texts, [index for index in indexes if edge_of.get(index) == "foot"],
                                      indexes)
        for index in indexes:
            if index == heading:
                continue                              # the chapter's heading, its number on it: text
            if first_line is not None and index not in edge_of and _line_over(lines, index) == first_line:
                furniture.append(index)               # the foot's second line, the page's lines read out after it
                continue
            first_page = bisect_right(starts, index) == 1
            at_edge = index in edge_of or over_notes(index)
            if first_page and index in cover_top:
                # A label with its value ("Versie 2023-03"), or figures alone (an issue's number
                # "2014-23", a date in figures), dates or numbers the pages and names no title:
                # atop the cover too it is the head, whatever display lines stand by it.
                if (_under_a_taken_head(lines, index, taken) or _next_key(lines, index, keys, words) in followed_by
                        or words.labelled_value.match(texts[index]) or not _WORD.search(texts[index])
                        or _over_the_title(lines, index, width, words)
                        or not _cover_group(lines, index, width, words)):
                    furniture.append(index)           # the cover carries the page head too
                else:
                    on_cover[index] = key
                continue                              # a cover title with its subtitle: text
            # At a page edge only a byline or a name below the line makes a group (a title over
            # its byline); inside a page any display line around it does.  Under the lines of its
            # stack taken in earlier rounds, the line ends a head set over several lines, and the
            # name below it ("Carrera Bahn") is the page's own first line, not its byline.
            if not at_edge and (index in paged or _in_a_column_break(lines, index)):
                furniture.append(index)               # its page's number on it, or set between two columns
                continue
            stacked = at_edge and _under_a_taken_head(lines, index, taken)
            below = _display_neighbour(lines, index, +1, width, words, at_edge)
            byline = below is not None and not _heads_a_page(index, below, opening, at_edge, texts, heads, words)
            if not stacked and (byline or (not at_edge
                                           and _display_neighbour(lines, index, -1, width, words) is not None)):
                continue                              # a title with its byline: text
            if not at_edge:
                if _names_no_title(texts[index], words) and page_of(index) not in edge_pages:
                    if _on_the_beat(page_of(index), edge_pages | sole_inside) and inside_pages[page_of(index)] == 1:
                        furniture.append(index)       # the page's own head, read out inside it
                    continue                          # a page's figures set apart: text
                if first_page:
                    continue                          # the title on the first page: text
                break                                 # alone inside a page: the line is text
            furniture.append(index)
        else:
            for index in furniture:
                drop[index] = ("running-head", heads[key])
                if first_line is not None and _line_over(lines, index) == first_line:
                    drop.setdefault(index - 1, ("running-head", f"the first line of the running foot '{key}', "
                                                                f"right over each of its copies"))
            going.add(key)
    drop.update(_stacked_on_cover(lines, {index: key for index, key in on_cover.items() if key in going}, drop, heads))
    return drop


def _foot_first_line(lines: Lines, texts: list[str], feet: list[int], copies: list[int]) -> str | None:
    """The line right over every copy of a running foot at the page feet (no blank line between),
    the same on RUNNING_HEAD_MIN_PAGES pages or more, where the foot is a long title printed over
    two lines ("Be ready to integrate the Cyber Resilience Act into your Open" / "Source
    practice"), of which only the lower is short enough to be found as a foot: the upper line
    opens as a title does (not in lower case), runs on into the lower (it ends no sentence) and is
    longer than RUNNING_HEAD_MAX, and every one of its copies in the text stands right over a copy
    of the foot (`copies`), as the two lines go together.  None otherwise: the body over a foot
    changes from page to page; a refrain or a closing sentence right over it ("for his mercy
    endureth for ever.") ends a sentence, and a refrain stands inside the pages too; a line over
    the foot that is a copy of it (a column of one value, "Netherlands" under "Netherlands") is a
    table's."""
    over = {_line_over(lines, index) for index in feet}
    if len(feet) < RUNNING_HEAD_MIN_PAGES or len(over) != 1:
        return None
    (text,) = over
    if text is None or len(text) <= RUNNING_HEAD_MAX or text[:1].islower() or ends_sentence(text) \
            or not _WORD.search(text):
        return None
    over_copies = {index - 1 for index in copies if _line_over(lines, index) == text}
    return text if over_copies == {index for index, line in enumerate(texts) if line == text} else None


def _line_over(lines: Lines, index: int) -> str | None:
    """The text of the line right over lines[index] on its page, no blank line between; else None."""
    if index == 0 or lines[index].page_start or lines[index - 1].blank:
        return None
    return lines[index - 1].text


def _names_no_title(text: str, words: Furniture) -> bool:
    """Figures without a word ("2014-23") or a date alone ("7 december 2021"): a line that heads
    no part of the body."""
    return not _WORD.search(text) or words.date.match(text) is not None


_END_NUMBER = re.compile(r"^(\d{1,3})\s|\s(\d{1,3})$")


def _numbered_as_their_page(texts: list[str], indexes: list[int], edge_of: Collection[int],
                            page_of: Callable[[int], int]) -> set[int]:
    """The copies inside a page that carry their page's number as the copies at the page edges
    do ("De Filosoof 21" on page 21, under a column and over the author's name): the number at
    the line's start or end is the page's index plus the offset that RUNNING_HEAD_MIN_PAGES copies
    at the edges share.  A title carries no page number: the copy is the page's foot."""
    numbered = {index: int(match[1] or match[2]) - page_of(index)
                for index in indexes if (match := _END_NUMBER.search(texts[index]))}
    offsets = Counter(offset for index, offset in numbered.items() if index in edge_of)
    shared = _shared_offset(offsets.elements())
    if shared is None or offsets[shared] < RUNNING_HEAD_MIN_PAGES:
        return set()
    return {index for index, offset in numbered.items() if offset == shared and index not in edge_of}


def _on_the_beat(page: int, head_pages: set[int]) -> bool:
    """The head stands on every page or on every other page, evenly, on RUNNING_HEAD_MIN_PAGES
    pages at least (left and right pages), and the page falls on that beat: between them or the
    next after the last.  `head_pages` are the pages holding it at an edge, and those whose one
    copy the text layer read out inside the page (amid a chart's labels) with none at its edges:
    there the head belongs, and that copy is the page's head."""
    pages = sorted(head_pages)
    steps = {later - earlier for earlier, later in zip(pages, pages[1:])}
    if len(pages) < RUNNING_HEAD_MIN_PAGES or len(steps) != 1:
        return False
    step = steps.pop()
    return step <= 2 and (page - pages[0]) % step == 0 and pages[0] < page <= pages[-1] + step


def _heads_a_page(index: int, below: int, opening: int | None, at_edge: bool, texts: list[str],
                  heads: dict[str, str], words: Furniture) -> bool:
    """A copy at a page edge after the one that opens its chapter, over a name: the page's head
    over the page's first line (a heading read as a name: "Scope Clarifications"), not a title
    over its byline, which stands where its chapter opens.  A name that is itself a head found
    with it is the next line of a foot set over several lines, which a later round takes."""
    return at_edge and opening is not None and index > opening \
        and _head_key(texts[below], words) not in heads


def _stacked_on_cover(lines: Lines, on_cover: dict[int, str], drop: dict[int, tuple[str, str]],
                      heads: dict[str, str]) -> dict[int, tuple[str, str]]:
    """The first page's copies of heads found in the same round, one under the other (`on_cover`:
    kept as cover lines, of heads whose other copies go): the page's head set over several
    lines ("Enhancing open source participation in" / "EU Standardisation" / "2025.07.21"), the
    lower ones beside no cover line once the upper ones go.  Evidence: the text line above the
    copy (blank lines between) goes as a head from this page, and the copy is figures only (a
    date, an issue's number): a line with words under a head on the first page may be the
    letter's own (its sender's registration), and stays."""
    found: dict[int, tuple[str, str]] = {}
    for index in sorted(on_cover):
        above = index - 1
        while above >= 0 and lines[above].blank:
            above -= 1
        if above >= 0 and (above in drop or above in found) and not _WORD.search(lines[index].text):
            found[index] = ("running-head", heads[on_cover[index]])
    return found


_LEADING_NUMBER = re.compile(r"^\d+\s")


def _numbered_heading(texts: list[str], indexes: list[int]) -> int | None:
    """The first copy of a head, when it alone opens with a number: the chapter's heading with
    its section number ("1 Wonen in de wijk"), the chapter's title running atop the pages after
    it.  A page number beside a head runs on the copies of many pages; where it shows on one
    page alone, that page is not the first ("Kop" / "Kop" / "12 Kop")."""
    numbered = [index for index in indexes if _LEADING_NUMBER.match(texts[index])]
    if len(numbered) == 1 and len(indexes) >= 3 and numbered[0] == min(indexes):
        return numbered[0]
    return None


def _over_the_title(lines: Lines, index: int, width: Callable[[], int], words: Furniture) -> bool:
    """The head's copy atop the first page is a name or a label over the document's title: the
    display line under it, a blank line apart, opens with the name of a document's kind
    ("HERVORMDE GEMEENTE X" / "Profielschets kerkelijke en burgerlijke gemeente"), as the title
    scorer reads a letterhead (publish/title.py), or opens a title of its own over two lines or
    more while the copy names no kind ("Jaarverslag 2023" over "Stichting De Vaart" / "Amsterdam"
    is the title over its publisher).  A subtitle right under a cover title, with no blank line
    between, is the title's own."""
    under = _display_neighbour(lines, index, +1, width, words)
    if under is None or not lines[index + 1].blank:
        return False
    return _names_a_kind(lines[under].text, words) \
        or (_title_over_lines(lines, under, width, words) and not _names_a_kind(lines[index].text, words))


def _names_a_kind(text: str, words: Furniture) -> bool:
    """The line opens with the name of a document's kind ("Profielschets ...", "JAARVERSLAG 2023")."""
    first = text.split(maxsplit=1)[0].strip(",.:;").lower()
    return len(first) > 2 and first.endswith(words.kinds)


def _title_over_lines(lines: Lines, under: int, width: Callable[[], int], words: Furniture) -> bool:
    """The display line under the head's copy (a blank line apart) opens a title set over two
    lines or more, no blank line between: a journal's rubric ("PRAXIS & METHODIK") over the
    article's title ("Vom physikalischen" / "Ereignis zum" / "intelligenten System"), the rubric
    atop every page.  A head set over several lines stands so on the later pages too, and is
    taken there in rounds of its own."""
    following = _display_neighbour(lines, under, +1, width, words)
    return following == under + 1


def _cover_group(lines: Lines, index: int, width: Callable[[], int], words: Furniture) -> bool:
    """Whether the line stands on the cover with a display line: a title with its subtitle."""
    return any(_display_neighbour(lines, index, step, width, words) is not None for step in (+1, -1))


def _next_key(lines: Lines, index: int, keys: dict[int, str | None], words: Furniture) -> str | None:
    """The key of the text line after this one on its page (two blank lines between at most)."""
    following = _text_neighbour(lines, index, +1)
    if following is None or lines[following].page_start:
        return None
    if following not in keys:
        keys[following] = _head_key(lines[following].text, words)
    return keys[following]


# A year or a number alone, as a head's second line prints it: "2014".
FIGURES_ALONE = re.compile(r"\d{1,4}")


def _stacked_figures(lines: Lines, zones, taken: set[int]) -> set[int]:
    """The lines of figures alone ("2014") at a page's head right under a line taken as a
    running head in an earlier round: the rest of that head, which a year alone cannot be on its
    own evidence (_head_key leaves years out, a chronology's headings being years too).  Under
    the head's evidence it goes when it is the same line on as many pages as a head must be
    (see _running_heads and _same_reference: a page's number, which changes, never)."""
    if not taken:
        return set()
    return {index for indexes_by_edge in zones for indexes in indexes_by_edge for index in indexes
            if FIGURES_ALONE.fullmatch(lines[index].text.strip())
            and _under_a_taken_head(lines, index, taken)}


def _under_a_taken_head(lines: Lines, index: int, taken: set[int]) -> bool:
    """The text line before this one (blank lines between) was taken as a running head in an
    earlier round: the line is the next in a stack of heads."""
    before = index - 1
    while before >= 0 and lines[before].blank:
        before -= 1
    after_number = lines[before].number if before >= 0 else 0
    return any(number in taken for number in range(after_number + 1, lines[index].number))


def _stacked_beyond(texts: list[str], drop: dict[int, tuple[str, str]], zones) -> dict[int, tuple[str, str]]:
    """The lines between a running head and its page's edge (above a head, below a foot), short
    and ending no sentence: the rest of the page's head or foot ("Openbare versie" over the title
    and the case number at the first page's foot; a date and time the file was printed, a line
    of figures that ends no sentence).  Not above a head on the first page, whose
    top holds the cover's own lines, nor on a page whose head and foot lines meet."""
    stacked = {}
    for page, (top, foot) in enumerate(zones):
        if set(top) & set(foot):
            continue                          # a short page: no telling its head from its foot
        for edge, inward_out in (("head", top[::-1] if page else []), ("foot", foot)):
            beyond = None
            for index in inward_out:
                if index in drop:
                    beyond = texts[index]
                elif beyond is not None:
                    if len(texts[index]) > RUNNING_HEAD_MAX or (ends_sentence(texts[index])
                                                                 and _WORD.search(texts[index])):
                        break
                    stacked[index] = ("running-head", f"between a running {edge} ('{beyond}') and the page's edge")
    return stacked


def _opening_with(keys: set[str]) -> re.Pattern:
    """A gate for the lines whose key is one of keys: such a line opens with its key's text up
    to its first number, or with a digit (a page number _head_key leaves off).  It matches the
    newline only, so that no match reaches into the next line."""
    openings = {key.split("#", 1)[0] for key in keys} - {""}
    return re.compile(r"\n(?=\d" + "".join("|" + re.escape(opening) for opening in sorted(openings)) + ")")


def _column_width(texts: list[str]) -> int:
    """The width of a full body line: the 90th percentile of the text lines' lengths (counted,
    not sorted: there are a few dozen distinct lengths)."""
    lengths = Counter(map(len, texts))
    lengths.pop(0, None)                              # blank lines
    rank = int(0.9 * (lengths.total() - 1))
    for length in sorted(lengths):
        rank -= lengths[length]
        if rank < 0:
            return length
    return 0


def _display_neighbour(lines: Lines, index: int, step: int, width: Callable[[], int], words: Furniture,
                       names_only: bool = False) -> int | None:
    """The index of the text line next to lines[index] (one blank line between at most, same
    page) when it is a display line: a byline or a name, or (names_only false) a line opening
    with a capital, without final punctuation, that ended short (a blank line follows, or the
    next line's first word would have fitted); else None."""
    neighbour, blanks = index + step, 0
    while 0 <= neighbour < len(lines) and lines[neighbour].blank and blanks < 1:
        neighbour, blanks = neighbour + step, blanks + 1
    if not 0 <= neighbour < len(lines) or lines[neighbour].blank:
        return None
    if lines[neighbour if step > 0 else index].page_start:
        return None                                   # across a page break
    text = lines[neighbour].text
    if len(text) > RUNNING_HEAD_MAX or ends_sentence(text):
        return None
    if words.byline.match(text) or words.name.match(text):
        return neighbour
    if names_only or not text[:1].isupper():
        return None
    after = neighbour + 1
    if after >= len(lines) or lines[after].blank or lines[after].page_start:
        return neighbour
    return neighbour if len(text) + 1 + len(lines[after].text.split(maxsplit=1)[0]) <= width() else None


