"""A printed table of contents ("Inhoud", then "Woord vooraf 5", "1 Inleiding ........ 3") is
the print edition's; the edition makes its own.  It is recognised, removed and logged as
"contents", and its entries' titles stay on record in the log (`titles_in`): they are evidence
of the document's headings.

Evidence, all required: a line that is a contents heading (the vocabulary's "contents" words,
alone on the line), followed by lines that are all entries ("Inleiding 3", with or without dot
leaders), titles, section numbers or page numbers (or ranges, "06–07"), holding at least
MIN_PAGE_NUMBERS page numbers that rise (a column layout may put a title and its page number
lines apart, so the numbers are read in order wherever they stand; two columns read across
make two rising runs, interleaved).  A list of items ending in numbers without that heading,
or whose numbers do not rise (a price list, a table), stays.

A contents printed without its heading needs more: MIN_PAGE_NUMBERS entries at least with dot
leaders, page numbers that rise, and MIN_TITLES of its titles standing as lines later in the text in
the contents' order (the headings it lists).

A contents printed without page numbers (a web page made into a PDF), or with too few to tell,
has another proof: its titles, MIN_TITLES at least, all stand elsewhere in the text as lines, in
the contents' order (the body's headings, maybe with their section numbers or a "§" in front).  A list under the
heading whose items head nothing stays.
"""
from __future__ import annotations

import re
from functools import cache

from publish.clean.artifacts import Furniture, drop_lines, folio_reason, furniture
from publish.clean.lines import Changes, Lines, lines_matching
from publish.languages import Language
from publish.languages.patterns import default, vocabulary



@cache
def _heading(language: Language) -> tuple[re.Pattern, re.Pattern]:
    """The contents heading of the language alone on its line ("Inhoud", "Contents", "Inhalt"),
    and the gate finding such lines by their newline."""
    words = vocabulary(language, "contents.headings")
    return (re.compile(rf"^(?:{words})\s*:?$", re.IGNORECASE),
            re.compile(rf"\n(?:{words})\s*:?(?=\n|\Z)", re.IGNORECASE))


# A page number, or the range of pages an entry spans ("06–07", "20—29").
_PAGES = r"(?P<page>\d{1,3})(?:\s*[-–—]\s*\d{1,3})?"
# An entry: a title, then dot leaders or a space, then its page number ("Woord vooraf 5",
# "1.2 Definities ........ 3", "Bijlage …… 12").
ENTRY = re.compile(rf"^(?P<title>.*?[^\W\d_].*?)(?:\s*(?:[.…·_]\s*){{2,}}|\s*…|\s)\s*{_PAGES}$")
# A number on its own line: a page number ("12", "06–07") or a section number ("1.", "4.2.1", "IV").
PAGE = re.compile(rf"^{_PAGES}$")
SECTION = re.compile(r"^(?:\d{1,3}(?:\.\d{1,3})*\.?|[IVXLC]{1,6}\.?)$")
# A title line whose page number stands elsewhere (on the next line, or in a column of its
# own): short, not a sentence's end; it may end in its dot leaders.
TITLE_MAX = 110
LEADERS = re.compile(r"(?:\s*[.…·_]){2,}$")
# An entry with dot leaders ("Inleiding ........ 3"): a contents' own form, no list or table sets its
# numbers so; at least this many leader characters.
LEADERED = re.compile(rf"(?:\s*[.…·_]){{4,}}\s*{_PAGES}$")
MIN_PAGE_NUMBERS = 3
# Page numbers that go back now and then (a column layout can swap neighbours): one step in ten.
MAX_BACK_STEPS = 0.1
MAX_LINES = 600            # a contents longer than this is not read as one
# Without page numbers: titles at least that stand in the text in the contents' order.
MIN_TITLES = 3
# What a heading may print before its title and its contents entry not: "§ 1. ", "4.2.1 ", "§ ".
SECTION_IN_FRONT = re.compile(r"^\s*(?:§\s*)?(?:(?:\d{1,3}(?:\.\d{1,3})*|[A-Z])\.?\s+)?")


def remove(lines: Lines, language: Language | None = None) -> tuple[Lines, Changes]:
    """The printed contents, each line of it logged as "contents" with the evidence."""
    language = language or default()
    heading_line, gate = _heading(language)
    words = furniture(language)
    texts = [line.text for line in lines]
    places: dict[str, list[int]] | None = None       # where each title stands, once a contents lacks page numbers
    drop: dict[int, tuple[str, str]] = {}
    for heading in lines_matching(texts, gate):
        last = _heading_end(texts, heading, heading_line)
        if heading in drop or last is None:
            continue
        found = _by_page_numbers(_scan(lines, last, words, across_pages=False))
        if found is None:
            places = places if places is not None else _places(texts)
            found = _by_titles(texts, heading, _scan(lines, last, words, across_pages=True), places)
        if found is None:
            continue
        end, reason = found
        for index in range(heading, end):
            if texts[index]:
                drop[index] = ("contents", reason)
    for first in _leadered_starts(texts, drop):
        places = places if places is not None else _places(texts)
        end, reason = _headless(lines, texts, first, words, places) or (first, "")
        for index in range(first, end):
            if texts[index]:
                drop[index] = ("contents", reason)
    return drop_lines(lines, drop, drop.keys())


def _leadered_starts(texts: list[str], drop: dict[int, tuple[str, str]]) -> list[int]:
    """The lines that open a run of entries with dot leaders, not in a contents found already."""
    starts, previous = [], ""
    for index, text in enumerate(texts):
        if text and LEADERED.search(text) and not LEADERED.search(previous) and index not in drop:
            starts.append(index)
        previous = text or previous
    return starts


def _headless(lines: Lines, texts: list[str], first: int, words: Furniture,
              places: dict[str, list[int]]) -> tuple[int, str] | None:
    """(index after the contents' last line, the evidence) for a contents without its heading
    whose first entry is lines[first]: its page numbers rise (see _by_page_numbers), it holds
    MIN_PAGE_NUMBERS entries with dot leaders, and MIN_TITLES of its entries' titles stand later
    in the text in its order."""
    found = _by_page_numbers(_scan(lines, first - 1, words, across_pages=False))
    if found is None:
        return None
    end = found[0]
    leadered = [index for index in range(first, end) if LEADERED.search(texts[index])]
    keys = [bare_title(match.group("title")) for index in leadered if (match := ENTRY.match(texts[index]))]
    standing = _count_in_order(places, keys, range(first, end))
    if len(leadered) < MIN_PAGE_NUMBERS or standing < MIN_TITLES:
        return None
    return end, (f"a printed table of contents without its heading: {len(leadered)} entries with dot leaders, "
                 f"{standing} of their titles heading the text in its order; the edition makes its own")


def _heading_end(texts: list[str], first: int, heading: re.Pattern) -> int | None:
    """The index of the contents heading's last line when lines[first] opens one: the heading
    alone on its line, or set over two ("IN DIT" / "NUMMER:"); else None."""
    if heading.match(texts[first]):
        return first
    if first + 1 < len(texts) and heading.match(f"{texts[first]} {texts[first + 1]}"):
        return first + 1
    return None


def _scan(lines: Lines, heading: int, words: Furniture, across_pages: bool) -> list[tuple[int, str, int | None]]:
    """The lines after the heading that a contents may hold, (index, kind, page number): the
    contents runs while its lines are entries, titles and numbers, over a page break only into
    an entry (or any of them, across_pages), up to a folio."""
    scanned: list[tuple[int, str, int | None]] = []
    for index in range(heading + 1, min(len(lines), heading + 1 + MAX_LINES)):
        line = lines[index]
        if not line.text:
            continue
        kind, page = _entry_kind(line.text)
        if kind is None and _continues_a_title(lines, index, scanned):
            kind = "title"
        if kind is None or (line.page_start and kind != "entry" and not across_pages) or folio_reason(line.text, words):
            break
        scanned.append((index, kind, page))
    return scanned


def _by_page_numbers(scanned: list[tuple[int, str, int | None]]) -> tuple[int, str] | None:
    """(index after the contents' last line, the evidence) when the scanned lines hold
    MIN_PAGE_NUMBERS page numbers that rise.  The contents ends at its last page number (and
    the section numbers right after it).  A number that goes back at its end is the page's own
    number, and the titles after the last page number are the body's first headings, read on
    past the contents."""
    numbers = [(index, page) for index, _, page in scanned if page is not None]
    while len(numbers) >= 2 and numbers[-1][1] < numbers[-2][1]:
        numbers.pop()
    pages = [page for _, page in numbers]
    if len(pages) < MIN_PAGE_NUMBERS or not _rising(pages):
        return None
    last = numbers[-1][0]
    # Set with its page numbers first ("06–07" over "Neue Freiwillige"), the last entry's title
    # (one line) follows the last number; else only section numbers may.
    title_due = _pages_first(scanned)
    end = last + 1
    for index, kind, _ in scanned:
        if index > last:
            if not (kind == "section" or (title_due and kind == "title")):
                break
            end, title_due = index + 1, False
    return end, (f"a printed table of contents: {len(pages)} page numbers rising from {pages[0]} to {pages[-1]}; "
                 "the edition makes its own")


def _pages_first(scanned: list[tuple[int, str, int | None]]) -> bool:
    """The contents sets each entry's page number over its title ("06–07" / "Neue Freiwillige"):
    it opens with a number, and most of its titles come right after one.  A contents that sets
    the section's number over its title ("1" / "Aanleiding" / "3") and its sections' numbers in a
    column of their own has most of its titles after other titles or section numbers."""
    kinds = [kind for _, kind, _ in scanned]
    after_a_page = sum(kind == "title" and before == "page" for before, kind in zip(kinds, kinds[1:]))
    return kinds[0] == "page" and 2 * after_a_page > kinds.count("title")


def _by_titles(texts: list[str], first: int, scanned: list[tuple[int, str, int | None]],
               places: dict[str, list[int]]) -> tuple[int, str] | None:
    """(index after the contents' last line, the evidence) for a contents printed without page
    numbers (a web page's) or with too few to tell, whose first line is `first`: the longest run
    of its titles, from the first and MIN_TITLES at least, that all stand as lines outside the
    contents in the same order (a body's headings, maybe with their numbers or a "§" in front:
    "§ 1. Achtergrond" for "1." / "Achtergrond").  A longer run holds a shorter one, so the
    longest is found by halving."""
    titles = [index for index, kind, _ in scanned if kind == "title"]
    keys = [bare_title(texts[index]) for index in titles]

    def found(count: int) -> bool:
        return _in_order(places, keys[:count], range(first, titles[count - 1] + 1))

    if len(titles) < MIN_TITLES or not found(MIN_TITLES):
        return None
    low, high = MIN_TITLES, len(titles)        # found(low) holds; the longest run lies in low..high
    while low < high:
        middle = (low + high + 1) // 2
        low, high = (middle, high) if found(middle) else (low, middle - 1)
    end = titles[low - 1] + 1
    following = [entry for entry in scanned if entry[0] >= end]
    if following and following[0][1] == "page":
        end = following[0][0] + 1       # the last entry's page number, where the contents prints some
    return end, f"a table of contents: its {low} titles stand in the text in the same order; the edition makes its own"


def _places(texts: list[str]) -> dict[str, list[int]]:
    """The indexes of the lines, by their bare text."""
    places: dict[str, list[int]] = {}
    for index, text in enumerate(texts):
        places.setdefault(bare_title(text), []).append(index)
    return places


def _in_order(places: dict[str, list[int]], keys: list[str], contents: range) -> bool:
    """Each key stands on a line outside `contents`, each after the one before."""
    after = -1
    for key in keys:
        later = next((index for index in places.get(key, ()) if index > after and index not in contents), None)
        if not key or later is None:
            return False
        after = later
    return True


def _count_in_order(places: dict[str, list[int]], keys: list[str], contents: range) -> int:
    """How many of the keys stand on lines outside `contents`, each after the one before (a key
    found nowhere after the last is passed over)."""
    after, count = -1, 0
    for key in keys:
        later = next((index for index in places.get(key, ()) if index > after and index not in contents), None)
        if key and later is not None:
            after, count = later, count + 1
    return count


def bare_title(text: str) -> str:
    """A title as a contents and a heading both print it: without a "§" or a section number
    in front, its spaces and letter case evened out."""
    return " ".join(SECTION_IN_FRONT.sub("", text).split()).casefold()


def _continues_a_title(lines: Lines, index: int, scanned: list[tuple[int, str, int | None]]) -> bool:
    """Whether the line, opening in lower case, carries on the title right above it: a narrow
    column breaks an entry's title ("Woordje van 1" / "de CM", "Westhinder" / "nieuws")."""
    text = lines[index].text
    return (bool(scanned) and scanned[-1][0] == index - 1 and scanned[-1][1] in ("title", "entry")
            and text[:1].islower() and len(text) <= TITLE_MAX and text[-1] not in ".,;:")


def _entry_kind(text: str) -> tuple[str | None, int | None]:
    """("entry", page), ("page", page), ("section", None), ("title", None), or (None, None)
    for a line no contents holds."""
    match = PAGE.match(text)
    if match:
        return "page", int(match.group("page"))
    if SECTION.match(text):
        return "section", None
    match = ENTRY.match(text)
    if match and len(match.group("title")) <= TITLE_MAX:
        return "entry", int(match.group("page"))
    title = LEADERS.sub("", text)
    if title and len(title) <= TITLE_MAX and title[-1] not in ".,;:" and not title[0].islower():
        return "title", None
    return None, None


def _rising(pages: list[int]) -> bool:
    """The numbers rise, but for a swapped neighbour now and then, or they are two rising runs of
    MIN_PAGE_NUMBERS at least, interleaved: two columns read across ("04", "06", "15", "08",
    "16", ...)."""
    back = sum(later < earlier for earlier, later in zip(pages, pages[1:]))
    if pages[-1] <= pages[0]:
        return False
    return back <= MAX_BACK_STEPS * (len(pages) - 1) or _two_runs(pages)


def _two_runs(pages: list[int]) -> bool:
    """The numbers split into two rising runs (none going back) of MIN_PAGE_NUMBERS at least.
    Each number joins the run whose last number is the highest not above it (the fewest runs)."""
    runs: list[list[int]] = []
    for page in pages:
        fitting = [run for run in runs if run[-1] <= page]
        if fitting:
            max(fitting, key=lambda run: run[-1]).append(page)
        elif len(runs) < 2:
            runs.append([page])
        else:
            return False
    return len(runs) == 2 and all(len(run) >= MIN_PAGE_NUMBERS for run in runs)


def titles_in(changes: Changes, language: Language | None = None) -> tuple[str, ...]:
    """The titles of the printed contents' entries, as the log keeps them (page numbers and dot
    leaders off): evidence of the document's headings."""
    heading, _ = _heading(language or default())
    titles = []
    for change in changes:
        if change.kind == "contents":
            kind, _ = _entry_kind(change.before)
            entry = ENTRY.match(change.before)          # (it matches when the kind is "entry")
            if kind == "entry" and entry:
                titles.append(entry.group("title").strip())
            elif kind == "title" and not heading.match(change.before):
                titles.append(LEADERS.sub("", change.before))
    return tuple(titles)
