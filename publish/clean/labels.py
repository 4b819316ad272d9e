"""One numbering style per chapter: the labels of a chapter's headings close the way most of them
do ("I] ...", "II] ...", "III] ..." and later "I. ...", "II. ..." all close with "]"), each change
logged.  Only the closing mark changes: a label is never renumbered, and a number that is no
heading's label is never read.

Labels are compared within their kind of number (Roman numerals, arabic numbers, lower-case and
capital letters): a chapter may number its sections "1." and their parts "a)", and those are two
styles on purpose.  So are "4." and "1)" of one kind, where the labels of one closing mark count
the parts of a section (see part_closers): those keep the source's mark.  The most common closing
mark of a kind wins; on a tie the first one seen.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from publish.clean.lists import numbering
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


# The HTML list type numbering() gives each kind of number.
LIST_TYPE = {"arabic": "1", "roman": "I", "lower": "a", "upper": "A"}


def label_value(number: str) -> int:
    """The value a label's number counts, read as its kind ("C" is the letter 3, "IV" is 4; 0
    for a numeral numbering() does not read, "LX")."""
    kind = LIST_TYPE[number_kind(number)]
    return next((value for type_, value in numbering(number) if type_ == kind), 0)


def part_closers(texts: Sequence[str]) -> set[tuple[str, str]]:
    """The (kind, closing mark) pairs that number the parts of a section: a count opening at 1
    right under a label of the same kind closed otherwise, that label's count going on with its
    next number after them ("4. Verplichtingen" / "1) Langs de zijde van de cliënt" / "2) ..." /
    "5. De draagwijdte").  The source tells two levels apart by the mark, as by "1." and "a)".  (A
    second series of sections after the first, "I] ... III]" / "I. ..." / "II. ...", goes on with
    no label of the first series: one level, one style.)"""
    found = [(number_kind(label["number"]), label_value(label["number"]), label["close"])
             for label in map(LABEL.match, texts) if label]
    parts = set()
    for index, (kind, value, close) in enumerate(found[1:], start=1):
        above = next((label for label in reversed(found[:index]) if label[0] == kind), None)
        if value != 1 or above is None or above[2] == close:
            continue
        after = next((label for label in found[index + 1:] if label[0] == kind and label[2] != close), None)
        if after == (kind, above[1] + 1, above[2]):
            parts.add((kind, close))
    return parts


def chosen_closers(texts: Sequence[str], parts: set[tuple[str, str]]) -> dict[str, str]:
    """For each kind of number among the labelled texts, the closing mark most of them use (the
    marks of sections' parts left out)."""
    closers: dict[str, Counter[str]] = {}
    for text in texts:
        label = LABEL.match(text)
        if label and (number_kind(label["number"]), label["close"]) not in parts:
            closers.setdefault(number_kind(label["number"]), Counter())[label["close"]] += 1
    # most_common keeps the order of first appearance among equal counts: ties go to the first.
    return {kind: counts.most_common(1)[0][0] for kind, counts in closers.items()}


def consistent(texts: Sequence[str], lines: Sequence[int]) -> tuple[list[str], list[Change]]:
    """The heading texts of one chapter (with their source lines) with one closing mark per kind
    of number, and a change for each label rewritten."""
    parts = part_closers(texts)
    chosen = chosen_closers(texts, parts)
    out: list[str] = []
    changes: list[Change] = []
    for text, line in zip(texts, lines):
        label = LABEL.match(text)
        kind = number_kind(label["number"]) if label else ""
        wanted = chosen.get(kind) if label and (kind, label["close"]) not in parts else None
        if label is None or wanted is None or wanted == label["close"]:
            out.append(text)
            continue
        after = label["number"] + wanted + text[label.end():]
        out.append(after)
        changes.append(Change(KIND, line, text, after,
                              f"one numbering style per chapter: most of its labels close with {wanted!r}"))
    return out, changes
