"""Marks put on the copy, not written by its author: download and print stamps, watermarks, version
stamps, review comments, and a captured web page's stamp and navigation.
"""
from __future__ import annotations

import re
from collections import defaultdict
from bisect import bisect_right

from publish.clean.lines import Changes, Lines, TEXT, lines_matching
from publish.languages import Language
from publish.languages.patterns import default
from publish.clean.artifacts.edits import drop_lines
from publish.clean.artifacts.pages import page_spans
from publish.clean.artifacts.patterns import Furniture, NUMBER_RUN, RUNNING_HEAD_MAX, furniture


STAMP_MAX = 200
# A watermark ("CONCEPT", "Vertrouwelijk") is stamped on the pages wherever their text lets it
# fall: its word alone on a line, on half the pages at least and on two at least (a heading
# "Concept" stands once, or once a chapter).
WATERMARK_SHARE = 0.5


def remove_stamps(lines: Lines, language: Language | None = None) -> tuple[Lines, Changes]:
    """Stamps put on the copy, not written by the author: a download or print stamp (its
    wording and the date or address it names), a watermark (its word alone on a line, on
    the pages), and a review comment's line that a word processor printed with the text (its
    label, the reviewer's initials and number in brackets: "Commented [AB1]: ..."; the lines
    the comment may run on over stay, in doubt); and a web page's navigation printed with it
    (a captured page's menu, a back-to-top link)."""
    texts = list(map(TEXT, lines))
    words = furniture(language or default())
    drop = {}
    for index in lines_matching(texts, words.stamp_gate):
        text = texts[index]
        if len(text) <= STAMP_MAX and words.stamp.match(text) and words.stamp_evidence.search(text):
            drop[index] = ("stamp", "a download or print stamp: its wording, with the date or address of the copy")
    drop.update(_watermarks(lines, texts, words))
    drop.update(_version_stamps(lines, texts, words))
    drop.update({index: ("review-comment", "a word processor's review comment printed beside the text: its "
                                           "label with the reviewer's initials and number")
                 for index in lines_matching(texts, words.review_gate) if words.review_comment.match(texts[index])})
    captures = {index: ("stamp", "a web capture's stamp: the page's address with the date and time of the capture")
                for index in lines_matching(texts, CAPTURE_GATE) if CAPTURE.match(texts[index])}
    drop.update(captures)
    if captures:
        drop.update(_navigation(lines, texts))
    drop.update(_back_to_top(texts))
    return drop_lines(lines, drop, drop.keys())


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
    indexes = [index for index in lines_matching(texts, words.watermark_gate) if words.watermark.match(texts[index])]
    if not indexes:
        return {}
    starts = [first for first, _ in page_spans(lines)]
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
    starts = [first for first, _ in page_spans(lines)]
    by_text: dict[str, list[int]] = defaultdict(list)
    for index in lines_matching(texts, words.version_gate):
        text = texts[index]
        if len(text) <= RUNNING_HEAD_MAX and words.version_stamp.match(text) and NUMBER_RUN.search(text) \
                and words.stamp_evidence.search(text):
            by_text[" ".join(text.split())].append(index)
    drop = {}
    for text, indexes in by_text.items():
        pages = {bisect_right(starts, index) for index in indexes}
        if len(pages) >= max(2, WATERMARK_SHARE * len(starts)):
            drop.update({index: ("stamp", f"a version stamp: '{text}' on {len(pages)} of {len(starts)} pages")
                         for index in indexes})
    return drop
