"""The keys lines are compared by: a running head's (its numbers and page word set aside), a title's
(its section number set aside), a line's; and the gate finding lines that open with given keys.
"""
from __future__ import annotations

import re

from publish.clean.artifacts.patterns import Furniture, LONG_HEAD_MAX, NUMBER_RUN, TWO_LETTERS


# A reference without a word holds this many numbers at least: "4136-9294-2392, v. 3", not "12".
REFERENCE_NUMBERS = 2


def head_key(text: str, words: Furniture, at_head: bool = False) -> str | None:
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
    stronger evidence (body_like).  It may end in a full stop ("Datenanfragen.de e. V.", a
    slogan): its repeating at the page edges is the evidence.  A line of figures without a word
    is one too when it holds two numbers at least, a document's reference ("4136-9294-2392, v.
    3"), not a page's number or a year: its copies must then be the same line (see
    repeats.repeated_heads)."""
    if not text or len(text) > LONG_HEAD_MAX or text[-1] in "-,;\u00ad":
        return None
    part = words.part_label.match(text) if at_head else None
    label = part[0] if part else ""
    key = label + words.page_field.sub("", NUMBER_RUN.sub("#", text[len(label):]))
    if key.startswith("# "):
        key = key[2:]
    if key.endswith(" #"):
        key = key[:-2]
    return key if TWO_LETTERS.search(key) or key.count("#") >= REFERENCE_NUMBERS else None


def line_key(text: str) -> str:
    return " ".join(text.split()).lower()


_SECTION_NUMBER = re.compile(r"^(?:#|[\d.]+)\.?\s+")


def title_key(text: str) -> str:
    """A title as a contents entry and a running head are compared: without its section number,
    its numbers as "#", in lower case, its spaces single."""
    return " ".join(_SECTION_NUMBER.sub("", NUMBER_RUN.sub("#", text.strip())).lower().split())


LEADING_NUMBER = re.compile(r"^\d+\s")


def opening_with(keys: set[str]) -> re.Pattern:
    """A gate for the lines whose key is one of keys: such a line opens with its key's text up
    to its first number, or with a digit (a page number head_key leaves off).  It matches the
    newline only, so that no match reaches into the next line."""
    openings = {key.split("#", 1)[0] for key in keys} - {""}
    return re.compile(r"\n(?=\d" + "".join("|" + re.escape(opening) for opening in sorted(openings)) + ")")
