"""Running heads that repeat the printed contents' titles: a chapter's title atop its pages, a
rubric's tab ("Rubriek: sections").
"""
from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable
from bisect import bisect_left

from publish.clean.lines import Changes, Lines, TEXT, lines_matching
from publish.clean.artifacts.edits import drop_lines
from publish.clean.artifacts.keys import LEADING_NUMBER, line_key, title_key
from publish.clean.artifacts.pages import edge_zones, gone_next_to, page_lookup, page_spans, stands_alone
from publish.clean.artifacts.patterns import RUNNING_HEAD_MAX, RUNNING_HEAD_MIN_PAGES


def heads_of_the_contents(lines: Lines, contents_titles: Iterable[str]) -> tuple[Lines, Changes]:
    """The running heads that the printed contents tells from its headings, found on one reading
    of the pages: chapters' heads atop their pages (_chapter_heads) and rubrics' tabs
    (_section_tabs).  Only a tab atop its page passes the page's start on: one at the foot or
    beside the folio stands in its page."""
    titles = list(contents_titles)
    if not titles:
        return lines, ()
    texts = list(map(TEXT, lines))
    pages = page_spans(lines)
    zones = edge_zones(lines, pages)
    heads = {index for head, _ in zones for index in head}
    tabs = _section_tabs(lines, texts, pages, zones, titles)
    return drop_lines(lines, _chapter_heads(texts, pages, zones, titles) | tabs, tabs.keys() - heads)


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
    numbered = {line_key(title): title for title in contents_titles if LEADING_NUMBER.match(title.strip())}
    if not numbered:
        return {}
    tops = [top[0] for top, _ in zones[1:] if top]
    copies = [index for index in tops if line_key(texts[index]) in numbered]
    if len(copies) < RUNNING_HEAD_MIN_PAGES:
        return {}
    bare = {line_key(LEADING_NUMBER.sub("", title.strip())) for title in numbered.values()}
    headings = set(_bare_headings(texts, bare, line_key).values())
    drop = {index: ("running-head", "a chapter's number and title atop a page, as the printed contents lists "
                                    f"them, on {len(copies)} pages; the chapter's heading stands apart")
            for index in copies if line_key(LEADING_NUMBER.sub("", texts[index].strip())) in headings}
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
    page_of = page_lookup(pages)
    firsts: dict[str, int] = {}
    for index in copies:
        firsts.setdefault(line_key(texts[index]), index)
    repeated = {key for key, first in firsts.items()
                if key in _bare_headings(texts[first + 1:pages[page_of(first) - 1][1]], {key}, line_key).values()}
    return [index for index in copies if line_key(texts[index]) in repeated]


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
    rubrics = {title_key(title) for title in contents_titles}
    edges = {index for zone in zones for edge in zone for index in edge}
    tabs: dict[str, list[tuple[int, frozenset[str]]]] = defaultdict(list)
    for index in lines_matching(texts, SECTION_TAB_GATE):
        match = SECTION_TAB.match(texts[index])
        if match and len(texts[index]) <= RUNNING_HEAD_MAX and title_key(match["rubric"]) in rubrics:
            sections = _section_names(match["sections"])
            if sections:
                tabs[title_key(match["rubric"])].append((index, sections))
    if not tabs:
        return {}
    page_of = page_lookup(pages)
    headings = _bare_headings(texts, rubrics, title_key)         # found once for all rubrics: linear
    heading_lines = sorted(headings)
    drop = {}
    for rubric, copies in tabs.items():
        indexes = [index for index, _ in copies]
        at_edges = [index for index in indexes if index in edges]
        by_edge_or_folio = all(index in edges or (stands_alone(lines, index) and gone_next_to(lines, index, -1))
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
