"""A letter's or memo's letterhead: the lines around its opening that address and date it (the
addressee, the sender's address column, "Datum", "Ons kenmerk", "Onderwerp"), as opposed to its
title and its text.

A careful editor reads a letter's title from its subject line ("Onderwerp Draagmoederschap",
"Betreft: ..."), never from the addressee ("De Minister van ..."), an address or a date; the
letterhead opens the letter as its front lines, and the text starts after it.  The vocabulary is
the text's language's ([letterhead] in its language.toml).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from publish.dates import IN_FIGURES, dates
from publish.languages import Language
from publish.languages.patterns import alternatives, default, vocabulary


@dataclass(frozen=True)
class Patterns:
    """The letterhead patterns of one language."""

    label: re.Pattern         # a label of the letterhead column, alone or before its value
    date_labels: tuple[str, ...]  # the labels that date the letter, lower case
    mail_senders: frozenset[str]  # an e-mail header's label of its sender ("van"), lower case
    subject: re.Pattern       # the subject line, and its value when it stands on the same line
    reply_prefix: re.Pattern  # "FW: ", "RE: ": what a mail client puts before a forwarded or answered subject
    subject_beside_date: re.Pattern  # a row of two labels, the date's then the subject's ("Datum Onderwerp:")
    dated_value: re.Pattern   # the row of their values under it: a date, then the subject
    address: re.Pattern       # a post box, a postcode before a place, a street and house number
    date: re.Pattern          # a date alone, maybe after its label or a place ("Den Haag, 1 maart 2011")
    contact: re.Pattern       # a telephone number, an e-mail or web address
    addressee: re.Pattern     # "Aan de Voorzitter van ...", "De heer ..."
    organisation: re.Pattern  # "Stichting ...", "... B.V.": the sender or the publisher, not a title
    seat: re.Pattern          # a place after "te": where an organisation has its seat


# A capitalised word of a name that its last word says is an organisation's ("Riverside Housing
# Trust"): the whole line is the name, not a title ending on one ("Review of the ... Trust").
NAME_WORD = r"[A-Z][\w'’.-]*"
# A word in lower case opening a line: a name before a legal form may be one such word (a brand:
# "vspace.one e.V.", "de-RSE e.V."), but a line of several opening so goes on with the line above
# ("ordentlichen Mitgliederversammlung des Makerspace Gütersloh e.V."): no name.
LOWER_WORD = r"[a-zß-ÿ]\S*"


@cache
def patterns(language: Language | None = None) -> Patterns:
    """The language's letterhead patterns (by default the default language's)."""
    language = language or default()
    words, written = partial_vocabulary(language), dates(language).written
    legal_forms = vocabulary(language, 'letterhead.legal_forms', any_space=False)
    addressees = language.value("letterhead.addressees", ())
    return Patterns(
        label=re.compile(rf"^(?:{words('labels')})\b\s*:?", re.IGNORECASE),
        date_labels=tuple(word.lower() for word in language.value("letterhead.date_labels", ())),
        mail_senders=language.words("letterhead.mail_senders"),
        subject=re.compile(rf"^(?:{words('subjects')})\b\s*:?\s*(?P<value>.*)$", re.IGNORECASE),
        reply_prefix=re.compile(rf"^(?:(?:{words('reply_prefixes')})\s*:\s*)+", re.IGNORECASE),
        subject_beside_date=re.compile(rf"^(?:{words('date_labels')})\s*:?\s+(?:{words('subjects')})\b",
                                       re.IGNORECASE),
        dated_value=re.compile(rf"^(?:{IN_FIGURES}|{written})\s+(?P<value>\S.*)$", re.IGNORECASE),
        # A post box, a Dutch, Belgian or German postcode before a place, a street and house number.
        address=re.compile(rf"^(?i:{words('post_boxes')})\s+\d|^\d{{4}}\s?[A-Z]{{2}},?\s+[A-Z]|"
                           rf"^\d{{4,5}}\s+[A-Z][\w-]+$|(?i:{words('streets')})\s+\d{{1,4}}[a-zA-Z]?\b"),
        # A date written out: "1 maart 2011", "14. Juni 2018", "March 9, 2023".
        date=re.compile(rf"^(?:(?:{words('date_labels')})\s*:?\s*|[A-Z][\w' -]+,\s*)?{written}$", re.IGNORECASE),
        # A phone's label, then its number, the area code in brackets too: "Phone (805) 682-4711".
        contact=re.compile(rf"@|www\.|https?://|^(?:{words('phones')})\s*:?\s*\+?\(?\d"
                           rf"|^\+?\d{{2,4}}[ -]?\d{{3,4}}[ -]?\d{{2,4}}", re.IGNORECASE),
        addressee=re.compile(rf"^(?:{alternatives(list(addressees), any_space=False)})(?:\s|\b)"
                             rf"|^(?:{alternatives(_in_capitals(addressees), any_space=False)})\s*:"),
        organisation=re.compile(rf"^(?i:{words('organisations')})\b"
                                rf"|^(?!{LOWER_WORD}\s+\S.*\s(?:{legal_forms})$).*\b(?:{legal_forms})$"
                                rf"|^{NAME_WORD}(?:\s+(?:{NAME_WORD}|&))+\s+(?:{words('name_ends')})$"),
        seat=re.compile(rf"^(?:{words('seats')})\s+[A-Z]", re.IGNORECASE),
    )


def _in_capitals(words: tuple[str, ...]) -> list[str]:
    """The words in capitals, as a memo's labels are often set ("TO:", "AAN:"): with their colon only,
    for a heading in capitals may open with one ("AAN DE SLAG MET DE TUIN", "TO THE RESCUE")."""
    return [word.upper() for word in words]


def partial_vocabulary(language: Language):
    """The alternation of the words at a key of the language's [letterhead]."""
    return lambda key: vocabulary(language, f"letterhead.{key}")


# What sets a letter apart from a report's cover: two kinds of letterhead at least.
LETTER_KINDS = 2
# A memo's letterhead names whom it is for and what it is about, its sender's address often a picture.
MEMO = frozenset({"addressee", "subject"})
# The letterhead stands in the opening blocks of a letter.
OPENING_BLOCKS = 25


def kind(line: str, language: Language | None = None) -> str | None:
    """What part of a letterhead a line is: "subject", "address", "date", "label", "contact",
    "addressee", or None for a line that is none of these."""
    found = patterns(language)
    line = line.strip().lstrip("> ")          # "> Retouradres Postbus ...": the return address
    if found.subject.match(line):
        return "subject"
    if found.address.search(line):
        return "address"
    if found.date.match(line):
        return "date"
    if found.label.match(line):
        return "date" if line.lower().startswith(found.date_labels) else "label"
    if found.contact.search(line):
        return "contact"
    if found.addressee.match(line):
        return "addressee"
    return None


def is_letterhead(lines: tuple[str, ...], language: Language | None = None) -> bool:
    """A block of the letterhead: one of its lines is."""
    return any(kind(line, language) for line in lines)


def is_letter(kinds: set[str]) -> bool:
    """Letterhead enough to read the text as a letter: at least two of an address, a date, a
    reference or contact label, a subject line; or a subject line with the addressee over it (a
    memo's "To:" and "Subject:", whatever the department's name atop it)."""
    return len(kinds & {"address", "date", "label", "subject"}) >= LETTER_KINDS or MEMO <= kinds


def organisation(line: str, language: Language | None = None) -> bool:
    """A line naming an organisation, or where it has its seat."""
    found = patterns(language)
    return bool(found.organisation.search(line.strip()) or found.seat.match(line.strip()))
