"""A letter's or memo's letterhead: the lines around its opening that address and date it (the
addressee, the sender's address column, "Datum", "Ons kenmerk", "Onderwerp"), as opposed to its
title and its text.

A careful editor reads a letter's title from its subject line ("Onderwerp Draagmoederschap",
"Betreft: ..."), never from the addressee ("De Minister van ..."), an address or a date; the
letterhead opens the letter as its front lines, and the text starts after it.  The vocabulary is
Dutch, with the German and English forms of the same labels.
"""
from __future__ import annotations

import re

# A label of the letterhead column, alone on its line or before its value ("Datum 9 maart 2023",
# "Inlichtingen bij", "Ons kenmerk z2020-11824").
LABEL = re.compile(
    r"^(?:Datum|Date|Ons kenmerk|Uw kenmerk|Kenmerk|Onze referentie|Uw referentie|Referentie|Contactpersoon|"
    r"Inlichtingen(?: bij)?|Behandeld door|Telefoon|Doorkiesnummer|Bijlagen?|Bijlage\(n\)|Bezoekadres|"
    r"Postadres|Retouradres|Afzender|Kopie aan|Aktenzeichen|Unser Zeichen|Ihr Zeichen|Our ref(?:erence)?|"
    r"Your ref(?:erence)?)\b\s*:?", re.IGNORECASE)
# The subject line, and its value when it stands on the same line.
SUBJECT = re.compile(r"^(?:Onderwerp|Betreft|Inzake|Re|Subject|Betreff)\b\s*:?\s*(?P<value>.*)$", re.IGNORECASE)
# A postal address: a post box, a Dutch, Belgian or German postcode before a place, a street and
# house number.
ADDRESS = re.compile(
    r"^(?i:Postbus|Antwoordnummer|Postfach|P\.?\s?O\.?\s?Box)\s+\d|^\d{4}\s?[A-Z]{2},?\s+[A-Z]|"
    r"^\d{4,5}\s+[A-Z][\w-]+$|"
    r"(?i:straat|weg|laan|plein|haven|gracht|kade|singel|dijk|markt|steeg|dreef|hof|park|boulevard|"
    r"straße|strasse|street|road|avenue)\s+\d{1,4}[a-zA-Z]?\b")
# A date written out: "1 maart 2011", "06 augustus 2020", "14. Juni 2018", "9 March 2023".
MONTHS = ("januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|"
          "januar|februar|märz|mai|oktober|dezember|january|february|march|may|june|july|august|october")
# The line holds the date alone, maybe after its label or a place ("Datum 9 maart 2023", "Den Haag,
# 1 maart 2011").
DATE = re.compile(rf"^(?:(?:Datum|Date)\s*:?\s*|[A-Z][\w' -]+,\s*)?\d{{1,2}}\.?\s+(?:{MONTHS})\s+\d{{4}}$",
                  re.IGNORECASE)
# A telephone number, an e-mail or web address.
CONTACT = re.compile(r"@|www\.|https?://|^(?:T|Tel\.?|Telefoon|Phone)\s*:?\s*\+?\d|^\+?\d{2,4}[ -]?\d{3,4}[ -]?\d{2,4}",
                     re.IGNORECASE)
# The addressee of a letter: "Aan de Voorzitter van ...", "De Minister van ...", "De heer ...".
ADDRESSEE = re.compile(r"^(?:Aan\s|De (?:heer|Minister|Staatssecretaris|Voorzitter)\b|Mevrouw\s|Dhr\.\s|Mevr\.\s|"
                       r"An\s|To\s)")
# The name of an organisation ("Stichting ...", "Ministerie van ...", "... e. V.", "... B.V."):
# the sender or the publisher, not a title.
ORGANISATION = re.compile(
    r"^(?i:Stichting|Vereniging|Ministerie|Gemeente|Provincie|Directie|Directoraat-Generaal|Dienst|Raad van|"
    r"Coöperatie|Verein|Stiftung|Ministry|Department)\b|\b(?:e\.\s?V\.|B\.V\.|N\.V\.|GmbH|Ltd\.?|Inc\.?)$")
# A place after "te" ("TE LEIDEN", "gevestigd te Utrecht"): where an organisation has its seat.
SEAT = re.compile(r"^(?:gevestigd\s+)?te\s+[A-Z]", re.IGNORECASE)
# What sets a letter apart from a report's cover: two kinds of letterhead at least.
LETTER_KINDS = 2
# The letterhead stands in the opening blocks of a letter.
OPENING_BLOCKS = 25


def kind(line: str) -> str | None:
    """What part of a letterhead a line is: "subject", "address", "date", "label", "contact",
    "addressee", or None for a line that is none of these."""
    line = line.strip().lstrip("> ")          # "> Retouradres Postbus ...": the return address
    if SUBJECT.match(line):
        return "subject"
    if ADDRESS.search(line):
        return "address"
    if DATE.match(line):
        return "date"
    if LABEL.match(line):
        return "date" if line.lower().startswith(("datum", "date")) else "label"
    if CONTACT.search(line):
        return "contact"
    if ADDRESSEE.match(line):
        return "addressee"
    return None


def is_letterhead(lines: tuple[str, ...]) -> bool:
    """A block of the letterhead: one of its lines is."""
    return any(kind(line) for line in lines)


def is_letter(kinds: set[str]) -> bool:
    """Letterhead enough to read the text as a letter: at least two of an address, a date, a
    reference or contact label, a subject line."""
    return len(kinds & {"address", "date", "label", "subject"}) >= LETTER_KINDS


def organisation(line: str) -> bool:
    """A line naming an organisation, or where it has its seat."""
    return bool(ORGANISATION.search(line.strip()) or SEAT.match(line.strip()))
