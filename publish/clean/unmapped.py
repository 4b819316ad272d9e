"""Characters the text layer could not map (tokens.UNMAPPED: U+FFFD and the private-use code points).

No reader can read one, so none is left in silently; each is read as what the page shows, or
taken out with its reason:
- opening a line before its text, on two lines in a row or more (blank lines between), it is
  the bullet of a list whose glyph the text layer lost: the lines open alike, a space between the
  mark and the text, as a list's items do.  It is read as "•", and the list pass makes the items;
- touching a letter or figure it stands for a lost letter ("M\ufffdnchen", "\ufffdber"): taking it
  out would change the word, so it stays, and the build names it (publish.notices);
- anywhere else it holds no word (a symbol font's end mark after the last sentence, an icon
  before a telephone number): it is left out as a removal of its own kind, which the build names
  with its line.
A symbol font's glyph opening a line (tokens.BULLET_MARK) is a bullet the list pass reads already.
"""
from __future__ import annotations

import re
from operator import itemgetter

from publish.clean.lines import Changes, Lines, line_indexes
from publish.clean.tokens import BULLET_MARK, GAP, UNMAPPED, UNMAPPED_CLASS
from publish.report import Change

LOST_BULLET = re.compile(rf"^{UNMAPPED_CLASS}(?={GAP}+\S)")
OPENING_BULLET = re.compile(rf"^{BULLET_MARK}")
RUN = re.compile(UNMAPPED_CLASS + "+")
SPACES = re.compile(" {2,}")
_TEXT = itemgetter(1)


def read(lines: Lines) -> tuple[Lines, Changes]:
    """Lost bullets read as "•"; the other unmapped characters standing by no letter left out."""
    texts = list(map(_TEXT, lines))
    joined = "\n".join(texts)
    marked = sorted(set(line_indexes(joined, [match.start() for match in UNMAPPED.finditer(joined)])))
    if not marked:
        return lines, ()
    bullets = _lost_bullets(texts, marked)
    out, changes = list(lines), []
    for index in marked:
        number, text = lines[index].number, texts[index]
        if index in bullets:
            read_as = "•" + text[1:]
            changes.append(Change("lost-bullet", number, text, read_as,
                                  f"{_named(text[0])}, a character the text layer could not map, opens this line "
                                  "and the next or the one before, before their text: a list's lost bullet"))
            text = read_as
        text = _left_out(number, text, changes)
        if text != texts[index]:
            out[index] = out[index]._replace(text=text)
    return tuple(out), tuple(changes)


def _lost_bullets(texts: list[str], marked: list[int]) -> set[int]:
    """The lines (of those `marked`) an unmapped character opens as a lost bullet: with the
    line before or after it (blank lines between) opening so too."""
    opening = [index for index in marked if LOST_BULLET.match(texts[index]) and not OPENING_BULLET.match(texts[index])]
    in_a_row: set[int] = set()
    for above, below in zip(opening, opening[1:]):
        if not any(texts[between] for between in range(above + 1, below)):
            in_a_row.update((above, below))
    return in_a_row


def _left_out(number: int, text: str, changes: list[Change]) -> str:
    """The text without the unmapped characters that stand by no letter (past the line's opening
    bullet), each run logged as removed; a run touching a letter or figure stays."""
    opening = OPENING_BULLET.match(text)
    start = opening.end() if opening else 0
    kept, at = [text[:start]], start
    for run in RUN.finditer(text, start):
        before, after = text[run.start() - 1:run.start()], text[run.end():run.end() + 1]
        if before.isalnum() or after.isalnum():
            continue
        kept.append(text[at:run.start()])
        at = run.end()
        changes.append(Change("unmapped", number, run.group(), "",
                              f"{_named(run.group())}: a character the text layer could not map, "
                              "by no letter, holds no word"))
    if at == start:
        return text
    kept.append(text[at:])
    return SPACES.sub(" ", "".join(kept)).strip()


def _named(characters: str) -> str:
    return ", ".join(f"U+{ord(character):04X}" for character in characters)
