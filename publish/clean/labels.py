"""One numbering style per chapter: the labels of a chapter's headings close the way most of them
do ("I] ...", "II] ...", "III] ..." and later "I. ...", "II. ..." all close with "]"), each change
logged.  Only the closing mark changes: a label is never renumbered, and a number that is no
heading's label is never read.

Labels are compared within their kind of number (Roman numerals, arabic numbers, lower-case and
capital letters): a chapter may number its sections "1." and their parts "a)", and those are two
styles on purpose.  The most common closing mark of a kind wins; on a tie the first one seen.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from publish.report import Change

KIND = "heading-label"
# A heading's label: a Roman numeral (a single I, V or X counts as one; a single L or C is a
# letter), an arabic number of one or two figures, or one letter, closed by one of the marks.
LABEL = re.compile(r"^(?P<number>[IVX]+|[IVXLC]{2,}|\d{1,2}|[A-Za-z])(?P<close>[.\]):])(?=\s)")


def number_kind(number: str) -> str:
    """What kind of number a label is: "roman", "arabic", "lower" or "upper" (letters)."""
    if number.isdigit():
        return "arabic"
    if re.fullmatch(r"[IVX]+|[IVXLC]{2,}", number):
        return "roman"
    return "lower" if number.islower() else "upper"


def chosen_closers(texts: Sequence[str]) -> dict[str, str]:
    """For each kind of number among the labelled texts, the closing mark most of them use."""
    closers: dict[str, Counter[str]] = {}
    for text in texts:
        label = LABEL.match(text)
        if label:
            closers.setdefault(number_kind(label["number"]), Counter())[label["close"]] += 1
    # most_common keeps the order of first appearance among equal counts: ties go to the first.
    return {kind: counts.most_common(1)[0][0] for kind, counts in closers.items()}


def consistent(texts: Sequence[str], lines: Sequence[int]) -> tuple[list[str], list[Change]]:
    """The heading texts of one chapter (with their source lines) with one closing mark per kind
    of number, and a change for each label rewritten."""
    chosen = chosen_closers(texts)
    out: list[str] = []
    changes: list[Change] = []
    for text, line in zip(texts, lines):
        label = LABEL.match(text)
        wanted = chosen.get(number_kind(label["number"])) if label else None
        if label is None or wanted is None or wanted == label["close"]:
            out.append(text)
            continue
        after = label["number"] + wanted + text[label.end():]
        out.append(after)
        changes.append(Change(KIND, line, text, after,
                              f"one numbering style per chapter: most of its labels close with {wanted!r}"))
    return out, changes
