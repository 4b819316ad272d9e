"""The title a reader sees on the first page, chosen as an editor would: by scoring the candidate
lines that stand above the text's first paragraph (issue 12: the title from the text).

Candidates: the first page's lines down to its first paragraph of text or list item, and a title
in capitals run into that paragraph (see _capitals_atop_text); a title wrapped or set a word a line
is one candidate, and so are a name with its issue right under it and a meeting's kind with its date
(see _joined); figures alone right under a title are its last words ("... policy" / "2013 - 2016",
see _last_figures), and so is the date line that closes a title's line left open before it ("Annual
Report for the year ended" / "31 December 2023", see _open_ended); a cover's lines that a later page
opens with again are one title (see _cover_repeated).  Never a candidate (see possible): figures
alone (a logo's digits, "2022-2023"), a date or a version first on its line ("Amsterdam, 29 augustus 2024", "versie 3,
najaar 2024", "November 19th"), an address, contact, registration or letterhead label, a label
ending on a colon, a salutation ending on a comma, a sentence, a register's label over its number
("Company number" / "01234567").  A candidate, but never the title
(see never_title): a foreword's or the contents' heading ("Voorwoord", "Van de voorzitter",
"Inhoud"), an issue's label ("JAARGANG", "EDITIE 29"), a contact line ("Website www.x.nl").

Score (see _score): the higher on the page the better; a line naming the document by its kind
and its date, number or organisation ("Jaarverslag 2021", "Gemeinde-InfoBrief 5/2024", "Satzung
des X e.V.", "Stichting X" / "Huishoudelijk reglement") gains, and so does a headline over its
byline ("Buurland" / "Tekst Maurice Hengeveld"); a kind's name alone over a headline
("Persbericht") is a label and loses, as does a name atop the page that the running heads repeat
(the same words in the same capitals, whatever apostrophe or dash they set), set apart over the
title (a letterhead; a line naming a document's kind is the title repeated, no sender's name).
The best candidate wins, the candidate right under it is its subtitle; a letter's subject set over
its salutation is its title, whatever stands above (see _subject_over_salutation); a page without a
candidate takes the running head removed from its top (see _head_of_first_page); a periodical's
page whose masthead the text layer cut short takes the name its text gives itself (see
_masthead_lost); without any the caller keeps its own reading.  A number alone under the title the
caller read is no part of it (see _title_read).
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, replace
from itertools import takewhile

from publish import letterhead
from publish.clean import lexicon
from publish.clean.artifacts import RULE
from publish.clean.lines import Block, ends_on_function_word, first_page_end
from publish.dates import IN_FIGURES, TIME, dates
from publish.languages import Language
from publish.languages.patterns import labelled_field, vocabulary
from publish.report import Change

# A paragraph of this many words or more is the text itself: the title stands above it.
BODY_MIN_WORDS = 12
# A title set a word or two a line ("COOLEMAN RIDGE" / "PARK CARE" / "GROUP"): STACK_LINES lines
# of a block or more, of STACK_WORDS words at most each.
STACK_WORDS = 2
STACK_LINES = 3
# A column of people beside the text (see _column_of_people_end): lines of a name or a role, this
# many words at most each ("Immediate Past President", "Chair, Club Administration"), this many
# of them people's names at least, and as many their roles.
COLUMN_WORDS = 4
PEOPLE_IN_COLUMN = 3
# A name broken over two lines, which the text prints whole (see _named_across): this many words of
# the line above the break and the whole line under it.
ACROSS_WORDS = 2
# A word and a small number alone on a line ("EDITIE 29", "Nummer 12"): an issue's or edition's
# label under the title, not its last words (a year is: "Visie 2030").
NUMBERED_LABEL = re.compile(r"[^\W\d_]+\.?\s+\d{1,3}")
# A title line this long may have wrapped before its last words (see _wrapped): a display line of
# half a text line's width or more.
WRAPPED_MIN_CHARS = 40
# A line that announces the title under it ("In een notendop:") holds this many words at least.
LEAD_IN_MIN_WORDS = 3
# A title is a display line: a longer line is text, whatever its type.
TITLE_MAX_CHARS = 100
# A sentence: it ends on a full stop and holds this many words (not "Satzung des X e.V.").
SENTENCE_MIN_WORDS = 6
# The dashes that open and close a line set between dashes under a title (see _framed).
DASHES = ("–", "—", "-")
# A line that is one quotation: a short name under a title ("“RKI-kader”").
QUOTED = re.compile(r"[“‘\"'„«][^“”\"«»]+[”’\"'“»]")
# A title set over several lines on a cover holds this many at most (see _cover_title).
COVER_TITLE_LINES = 5
COVER_LINE_MAX_CHARS = 60
# A notice printed once atop the first page, over the title (a licence line), is this many lines at most.
NOTICE_MAX_LINES = 2
# The title stands among the first few lines of the page.
MAX_CANDIDATES = 8
# A kind's name with a date, a number or an organisation names the document when at most this
# many words of its own stand beside them ("Fiscale Jaarrekening 2022-2023", "Gemeinde-InfoBrief
# 5/2024"); more describe the text ("Verslag van uitgevoerde activiteiten over het tijdvak 2014").
KIND_NAME_WORDS = 1

# A colophon's name of the periodical goes on from the masthead's first line by this many words at most.
COLOPHON_NAME_WORDS = 3
# A periodical's name as its text gives it ("dit nummer van De Filosoof", see _this_issue): this many
# words at most, each opening in a capital.
NAME_WORDS = 4
CAPITALISED = r"[A-ZÀ-Þ][\w'’&-]*"
# A masthead's lettering the text layer cut short ("De filosoo" for "De Filosoof", a ligature lost)
# lacks this many letters of the name at most.
LOST_LETTERS = 2

# A person's name in a byline: two to four words, the first and last capitalised ("Anna de Vries").
PERSON = r"[A-Z][\w.'’-]*(?:\s+[\w.'’-]+){0,2}\s+[A-Z][\w'’-]+"

# The weights of the features (see _score): one step down the page costs POSITION points.
POSITION = 2
NAMES_THE_DOCUMENT = 3
LABEL_ALONE = -3
LETTERHEAD = -3
# A line right over a byline ("Buurland" / "Tekst Maurice Hengeveld") is the title of the text it
# signs: it outweighs a step down the page (a rubric, a series' name over it), but not a
# periodical's name holding its kind ("The Parish Newsletter", "Gemeindebrief") over its first
# article, nor a periodical's masthead over the first of the several pieces it signs ("De Wipper").
SIGNED = POSITION + 1
# A letterhead stands atop three pages at least, the first included (the same line at a page
# edge on two pages is no evidence): this many copies removed from the pages after the first.
LETTERHEAD_COPIES = 2
# A title the running heads or the back cover repeat (see _repeated): what the publisher calls
# the document, whatever stands over it on the cover (a slogan, a series' name): it outweighs
# three steps down the page.
REPEATED = 3 * POSITION
# A back cover holds a few lines: the title again, the publisher, an address.
BACK_COVER_LINES = 12
# A page's number at the end of a running head: "... op WCAG 2.1   2/29", "... 12".
FOLIO_AT_END = re.compile(r"\s+\d{1,4}(?:\s*/\s*\d{1,4})?\s*$")
# The fields of a running head, set apart by a dash or a bar between spaces.
FIELDS = re.compile(r"\s+[–—|-]\s+")
# A headline under a label of the document's kind holds this many words at least: "Koor en
# orkest geven samen een concert", not a section's "Van het bestuur".
HEADLINE_MIN_WORDS = 5

FULL_STOP = re.compile(r"[.!?…]['’”\")\]]*$")
YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
# A year or a season over two ("2024-2025", "2024/25").
YEARS = re.compile(r"(?:1[89]|20)\d\d(?:\s*[-–/]\s*(?:(?:1[89]|20)\d\d|\d\d))?")
# A date in figures ("07.01.2019", "24/09/2017") or a time ("19:00").
DATE_IN_FIGURES = re.compile(rf"\b(?:{IN_FIGURES}|{TIME})\b")
# A line's last field set apart by a wide gap, as pdftotext keeps it: "Title <spaces> 21 May 2022".
DATE_GAP = 3
SET_APART = re.compile(rf"(.*\S)\s{{{DATE_GAP},}}(\S.*)")
# A place before a date holds this many words at most, the last ending on its comma.
PLACE_WORDS = 2
DAY_GLUED_TO_MONTH = re.compile(r"\b(\d{1,2}\.)(?=[^\W\d_]{3})")
# A release's number in three parts or more ("1.4.2"), alone on its line right under a title: the
# edition of the standard or the software the title names, part of it (a section's number has two
# parts at most, "5.1").
# The number of a text's first point glued to its words or set before them ("1.Opening en
# welkom", "1) Begroting"): the opening of the text (see _without_first_point).
FIRST_POINT = re.compile(r"1[.)]\s*[^\W\d_]")
RELEASE = re.compile(r"[vV]?\d{1,3}(?:\.\d{1,3}){2,}")
# A register's label and the number it gives: after a colon ("KvK: 12345678", "BTW-nr: NL12 345.678",
# "Rekeningnummer : BE85 9730 7791 7306": an IBAN's country and check digits allowed), which
# LABELLED_NUMBER matches alone (structure: a letterhead's line, no heading),
# or without one a code of REGISTER_DIGITS figures in a row or more, a capital before them at most
# ("Numéro RNA W852004876", "KvK 12345678"; not a year or a season: "Jaarverslag 2023-2024"); a kind's
# name with its number names the document ("Rapport 2024-123456", see possible).  Matched against a display
# line only (see _registration).
# A web or e-mail address, and a line of it alone after a label word at most (see _contact_alone).
WEB_OR_MAIL = re.compile(r"@|www\.|https?://", re.IGNORECASE)
# A house style's ornament of slashes at a line's start or end, a space between ("/// Rapport", "Informatie
# Vlaanderen ///"): no word of the line (not a web address's "//"). (The same style sets it between a field's
# label and value too, "Versie /// 1.0": no ornament at the line's edge, no label of the kind.)
ORNAMENT = re.compile(r"^/{2,}\s+|\s+/{2,}$")
# A line set whole between the same style's single slashes: "/Interfederale samenwerking – open datastandaarden/".
IN_SLASHES = re.compile(r"/([^/\s][^/]*[^/\s])/")
# The letterhead lines that are a memo's fields under its title (see letterhead.kind): whom it is for ("Aan:"),
# its date, a label's field, its subject; with its sender's ("Van:", see _memo_field).
MEMO_FIELDS = frozenset({"addressee", "date", "label", "subject"})
CONTACT_ALONE = re.compile(r"^(?:[^\W\d_][\w.-]*:?\s+)?(?:(?:https?://|www\.)\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)$",
                           re.IGNORECASE)
REGISTER_DIGITS = 6
REGISTER_LABEL = r"[^\W\d_][\w.-]*(?: [\w.-]+)? ?"
NUMBER_AFTER_COLON = r": ?(?:[A-Z]{2}\d{2} ?)?\d[\d .\-/]{4,}"
LABELLED_NUMBER = re.compile(rf"^{REGISTER_LABEL}{NUMBER_AFTER_COLON}$")
REGISTRATION = re.compile(rf"^{REGISTER_LABEL}(?:{NUMBER_AFTER_COLON}|[A-Z]?\d{{{REGISTER_DIGITS},}})$")
# A number alone on its line, of this many figures or more (more than a year's): a register's, a project's or a
# reference's number, or a date in figures ("20250312"), set under the title or under its label.
NUMBER_ALONE = re.compile(r"[A-Z]?\d{5,}")
# A parliament's dossier number, its thousands set apart, a budget chapter's numeral after a dash ("29 338",
# "36 200-VII"), set apart before the title over the paper's number (see _dossier_set_apart).
DOSSIER = re.compile(r"\d{1,3}(?: \d{3})+(?:-[A-Z]+)?")
# A dossier's number alone on the first line of one of its papers, its thousands set apart or not ("36154",
# "36 154", "36 200-VII"): five figures, never a year (see dossier_title).
DOSSIER_ALONE = re.compile(r"\d{2} ?\d{3}(?:-[A-Z]+)?")


@dataclass(frozen=True)
class Candidate:
    text: str
    tight: bool         # set right under the line before (no blank line between)
    apart: bool         # a blank line under it
    over_text: bool = False     # a paragraph of the text right under it, on its page: it heads that text
    last_line: str = ""         # its last line as set, when it was joined from several (see _wrapped)
    repeated: bool = False      # lines the running head of the later pages repeats as one (see _repeated)
    heading: bool = False       # over_text with no blank line between: the heading of that text
    subject: bool = False       # a letter's subject, over its salutation (see _subject_over_salutation)
    slashed: bool = False       # set between a house style's slashes over its fields (see _slashed_atop_fields)

    @property
    def ending(self) -> str:
        """The line the candidate ends on, which a line that goes on with it is set like."""
        return self.last_line or self.text


@dataclass(frozen=True)
class Choice:
    title: str
    subtitle: str | None
    # The title run together with a line right under or over it that is no part of it (its
    # subtitle, an organisation's name: see _run_together), as a reading of a block's lines as one
    # gives it: the caller parts such a reading.
    run_together: tuple[str, ...] = ()


@dataclass(frozen=True)
class Vocabulary:
    language: Language
    function_words: frozenset[str]
    kinds: tuple[str, ...]
    months: frozenset[str]
    date_leads: frozenset[str]  # "week beginning": the words a week's date opens with
    cover_label: re.Pattern     # "Versie 3", "Version 2.1": a cover's label with its value
    provision: re.Pattern       # "Artikel 3", "ART. 1", "§ 2": a provision's or section's label and number
    official: tuple[str, ...] = ()  # "officiële uitgave van": an official journal's masthead line (see _masthead)
    issue: re.Pattern = re.compile(r"(?!)")  # "Nr.12", "Nummer 12": an issue's number after its label (see _issue_name)
    publisher_roles: frozenset[str] = frozenset()  # "uitgave": a colophon's "X is een uitgave van" (see _colophon_name)
    foreword: re.Pattern = re.compile(r"(?!)")  # "Voorwoord", "Preface": a chapter's title, never the document's
    salutation: re.Pattern = re.compile(r"(?!)")  # "Sehr geehrte Damen und Herren,": a letter's text opens with it
    byline: re.Pattern = re.compile(r"(?!)")  # "Tekst Maurice Hengeveld", "By Anna Smith": who wrote the text
    issue_label: re.Pattern = re.compile(r"(?!)")  # "JAARGANG", "Nummer 28": which issue, never a title
    issue_field: re.Pattern = re.compile(r"(?!)")  # "74e jaargang", "nummer 6": a label and its number
    contents: re.Pattern = re.compile(r"(?!)")  # "Inhoud", "In this issue": the contents' heading, never a title
    author_field: re.Pattern = re.compile(r"(?!)")  # "Authors: Anna de Vries": the byline's label and its value
    number_label: re.Pattern = re.compile(r"(?!)")  # "Company number", "KvK-nummer": a register's label over its number
    period_lead: re.Pattern = re.compile(r"(?!)")  # "... for the year ended": a line its date line under it closes
    this_issue: re.Pattern = re.compile(r"(?!)")  # "dit nummer van de Kerkbode": the periodical's name in its text
    parliamentary_citation: re.Pattern = re.compile(r"(?!)")  # "Kamerstukken II 2021/22,": cites a parliament's paper
    parliamentary_paper: re.Pattern = re.compile(r"(?!)")  # "Nota naar aanleiding van het verslag": a paper's kind
    parliamentary_head: re.Pattern = re.compile(r"(?!)")  # "Tweede Kamer der Staten-Generaal": chamber or session


def vocabulary_of(language: Language, function_words: frozenset[str]) -> Vocabulary:
    return Vocabulary(
        language=language, function_words=function_words,
        kinds=tuple(sorted(language.words("metadata.document_kinds"))),
        months=language.words("furniture.months"), date_leads=language.words("furniture.date_leads"),
        cover_label=re.compile(rf"^(?:{vocabulary(language, 'metadata.cover_labels')})\b\s*:?\s*\S", re.IGNORECASE),
        provision=re.compile(rf"^(?:§+\s*|(?:{vocabulary(language, 'structure.provisions')})\s*)\d{{1,3}}\b",
                             re.IGNORECASE),
        official=tuple(sorted(language.words("metadata.official_publications"))),
        issue=re.compile(rf"(?:{vocabulary(language, 'metadata.paper_number_labels')})\s*(\d+)", re.IGNORECASE),
        publisher_roles=language.words("metadata.publisher_roles"),
        foreword=re.compile(rf"^(?:{vocabulary(language, 'structure.forewords', any_space=False)})$", re.IGNORECASE),
        salutation=re.compile(rf"^(?:{vocabulary(language, 'letter.salutations', any_space=False)})\b.{{0,80}},$"),
        byline=re.compile(rf"^(?i:{vocabulary(language, 'metadata.author_openers')})\s*:?\s+{PERSON}$"),
        issue_label=re.compile(rf"^(?:{vocabulary(language, 'metadata.paper_number_labels')}"
                               rf"|{vocabulary(language, 'metadata.volume_labels')})\s*\d{{0,4}}$", re.IGNORECASE),
        contents=re.compile(rf"^(?:{vocabulary(language, 'contents.headings')})\s*:?$", re.IGNORECASE),
        issue_field=_issue_field(language),
        author_field=labelled_field(language, "metadata.author_labels"),
        period_lead=re.compile(rf"(?:^|\s)(?:{vocabulary(language, 'furniture.period_leads')})$", re.IGNORECASE),
        number_label=_register_label(language), this_issue=_this_issue(language),
        parliamentary_citation=re.compile(rf"\b(?:{vocabulary(language, 'metadata.parliamentary_citations')})\b",
                                          re.IGNORECASE),
        parliamentary_paper=re.compile(rf"^(?:{vocabulary(language, 'metadata.parliamentary_papers')})$",
                                       re.IGNORECASE),
        parliamentary_head=re.compile(rf"^(?:{vocabulary(language, 'metadata.parliamentary_heads')})\b", re.IGNORECASE))


def _issue_field(language: Language) -> re.Pattern:
    """An issue's or volume's label and its number, either way round, the number maybe an ordinal
    ("nummer 6", "Nr. 2", "Issue #48", "74e jaargang", "5. Jahrgang")."""
    labels = f"{vocabulary(language, 'metadata.paper_number_labels')}|{vocabulary(language, 'metadata.volume_labels')}"
    return re.compile(rf"(?<!\w)(?:\d{{1,4}}(?:[^\W\d_]{{1,3}}|\.)?\s+(?:{labels})|(?:{labels})\s*#?\d{{1,4}})(?!\w)",
                      re.IGNORECASE)


def _this_issue(language: Language) -> re.Pattern:
    """The words by which a periodical's text names the issue it is in and then the periodical
    (metadata.this_issue), the name in group 1: a word allowed after the first (an ordinal: "dit
    eerste nummer van"), a word in lower case before the name (its article: "van de Kerkbode"), the
    name one to NAME_WORDS words, each opening in a capital ("De Filosoof"), where the sentence goes
    on in lower case or with a sign ("van de Kerkbode verschijnt,")."""
    phrases = [phrase.split() for phrase in language.value("metadata.this_issue", ())]
    if not phrases:
        return re.compile(r"(?!)")
    space = r"\s+"
    said = "|".join(rf"{re.escape(first)}(?:\s+\w+)?\s+{space.join(map(re.escape, rest))}" for first, *rest in phrases)
    name = rf"{CAPITALISED}(?:\s+{CAPITALISED}){{0,{NAME_WORDS - 1}}}"
    return re.compile(rf"(?<!\w)(?i:{said})\s+(?:[a-zß-ÿ]\w*\s+)?({name})(?=\s+[a-zß-ÿ]|\s*[^\w\s]|\s*$)")


def _register_label(language: Language) -> re.Pattern:
    """A register's label over its number: the register's name and the word for a number, either way
    round ("Company number", "KvK-nummer", "Vereinsregisternummer", "Numéro SIRET"), after a word or two
    ("Registered company number")."""
    registers = vocabulary(language, "metadata.registers")
    number = vocabulary(language, "metadata.paper_number_labels")
    return re.compile(rf"(?:^|\s)(?:(?:{registers})[\s-]?(?:{number})|(?:{number})\s+(?:{registers}))$",
                      re.IGNORECASE)


def choose(blocks: list[Block], changes: tuple[Change, ...], words: Vocabulary,
           series: str | None = None, title: str = "") -> Choice | None:
    """The first page's best title candidate, and the candidate right under it as its subtitle
    (unless it heads a paragraph of the text: "Präambel"), and the title run together with a line
    beside it that is no part of it (see _run_together);
    None when the page holds no candidate, or when the title read so far (`title`, `series`: the
    front matter's reading, see _eligible) stands (see _beats)."""
    repeated = _repeated_heads(changes)
    read = _title_read(title, blocks, words)
    lines = _joined(_over_its_kind(_candidates(blocks, words, repeated, _page_breaks(changes)), words), words,
                    repeated, _first_page_text(blocks))
    # (a foreword's heading, "Preface", or an issue's label: a page offering only those offers none)
    titled = any(not never_title(line.text, words) for line in lines)
    candidates = (_cover_naming(blocks, words) or _cover_repeated(blocks, words)
                  or _subject_over_salutation(blocks, words)
                  or (_repeated(lines[:MAX_CANDIDATES], changes, blocks) if titled else [])
                  or _head_of_first_page(blocks, changes, words)
                  or (_under_notice(blocks, changes, words) if not read.strip() else []))
    masthead = _masthead(candidates, words)
    periodical = None if masthead else _issue_name(blocks, changes, words)   # (a journal's issue: its regulation)
    if periodical:
        return Choice(periodical, None)
    lost = None if masthead else _masthead_lost(lines, blocks, words)    # (after the heads' proof of a name)
    if lost:
        return Choice(lost, None)
    publisher = max(_publisher_lines(candidates, words), masthead, _ribbon(candidates))
    eligible = [index for index in _eligible(candidates, series, read)
                if index >= publisher and not never_title(candidates[index].text, words)
                and not _label_over_title(index, candidates, words)]
    if not eligible:
        regulation = _under_masthead(blocks, candidates[masthead - 1].text, words) if masthead else None
        return Choice(regulation, None) if regulation else None
    heads = Counter(_bare_words(change.before) for change in changes if change.kind == "running-head")
    periodical_signs = _signs_several_pieces(blocks, words)
    scores = [_score(rank, candidates, heads, words, periodical_signs) for rank in range(len(candidates))]
    best = max(eligible, key=lambda index: (scores[index], -index))
    if not _beats(best, candidates, scores, read, _first_page(blocks), words, publisher, series or ""):
        return None
    under = candidates[best + 1] if best + 1 < len(candidates) else None
    subtitle = under is not None and under.tight and not under.over_text   # (a heading over its text is none)
    whole = _colophon_name(candidates[best].text, blocks, words)
    if whole:
        return Choice(whole, None)
    sub = under.text if under is not None and subtitle else None
    apart = (title,) if read and read != " ".join(title.split()) else ()  # (the title and a line that is none of it)
    return Choice(candidates[best].text, sub, _run_together(candidates, best, sub, words) + apart)


def _page_breaks(changes: tuple[Change, ...]) -> frozenset[int]:
    """The source lines that open a page, by the cleaner's log."""
    return frozenset(change.line for change in changes if change.kind == "page-break")


def _title_read(title: str, blocks: list[Block], words: Vocabulary) -> str:
    """The title read so far (`title`) without a number alone on the first page's line right under
    its last line ("Notulen ledenvergadering" / "20250312", "Trustees' Annual Report" / "1098765": a
    register's, a project's or a date's number, see NUMBER_ALONE, which a reading of the lines as
    one runs on into the title), and none when it is that number's label ("Company number" /
    "01234567", "KvK-nummer" / "40123456": a field, never a title; a document's kind over its
    number, "Offerte" / "20240315", is the title).  The title read, its spacing made single,
    otherwise."""
    whole = " ".join(title.split())
    lines = _first_page_lines(blocks)
    for line, below in zip(lines, [*lines[1:], ""]):
        rest = whole.removesuffix(f" {below}")
        if NUMBER_ALONE.fullmatch(below) and (rest == line or rest.endswith(f" {line}")):
            return "" if words.number_label.search(rest) else rest
    return whole


def _run_together(candidates: list[Candidate], best: int, subtitle: str | None, words: Vocabulary) -> tuple[str, ...]:
    """The title run together with its subtitle ("DE DAG VAN DE FILM" / "EDITIE 29"), or with a
    line right under or over it that is whose the document is or which issue, no part of its title:
    an organisation's name ("Code of Conduct for Committee Members" / "Culcheth & Glazebury
    Residents Association", "Greenfield Residents Association" / "Annual report") or a line never
    a title ("Editie 3" / "De Wipper", see never_title).  A line under the title that is none of
    these ("Guidelines for the Use of Shared" / "Workshop Spaces") may be its last words, which a
    reading of the lines as one keeps."""
    title = candidates[best].text
    under = candidates[best + 1].text if best + 1 < len(candidates) else None
    over = candidates[best - 1].text if best else None
    runs = [f"{title} {under}"] if under and (under == subtitle or _no_part_of_title(under, words)) else []
    return (*runs, f"{over} {title}") if over and _no_part_of_title(over, words) else tuple(runs)


def _no_part_of_title(line: str, words: Vocabulary) -> bool:
    """A line beside the title that says whose the document is or which issue: an organisation's
    name, or a line never a title (see never_title)."""
    return letterhead.organisation(line, words.language) or never_title(line, words)


def never_title(line: str, words: Vocabulary) -> bool:
    """A candidate that stays a line of the page (a subtitle, a line under the title) but is never
    the document's title: a foreword's heading ("Voorwoord", "Van de voorzitter": a chapter's
    title), the contents' heading ("Inhoud", "In this issue"), or an issue's label alone or with
    its number ("JAARGANG", "EDITIE 29": which issue, the value of a label) or a line of such labels
    and dates (see issue_line), or a contact line ("Commentaar http://x.blogspot.com", "Website
    www.x.nl": where to reach the publisher)."""
    line = " ".join(line.split())
    return bool(words.foreword.match(line) or words.contents.match(line) or words.issue_label.match(line)
                or issue_line(line, words) or _contact_alone(line, words))


def _label_over_title(rank: int, candidates: list[Candidate], words: Vocabulary) -> bool:
    """Whether the candidate at `rank` is a kind's name alone behind a house style's ornament ("/// Nota")
    over the title the template prints between its slashes over the memo's fields (see _slashed_atop_fields):
    the template's label, which says what kind of document the title under it names.  Evidence: the line
    under it may be a title (see possible; never_title), is set between the slashes, and names no
    organisation.  Over any other line the label stays a candidate as any line: a line in capitals under it
    is as often a season, a stamp, a performer or a section's heading ("SPRING 2024", "CONCEPT", "KAMERKOOR
    CANTABILE", "SAMENVATTING"; review 25i) as the title."""
    bare = ORNAMENT.sub("", candidates[rank].text)
    under = candidates[rank + 1] if rank + 1 < len(candidates) else None
    return bare != candidates[rank].text and _kind_alone(bare, words) and under is not None \
        and possible(under.text, words) and not never_title(under.text, words) \
        and under.slashed and not letterhead.organisation(under.text, words.language)


def issue_line(line: str, words: Vocabulary) -> bool:
    """A line naming which issue and nothing else: labels with their numbers, and months and years
    ("74e jaargang – nummer 6 – juni/juli 2011", "28e jaargang – Nr. 2 2013", "Volume 3, Issue 2 –
    June 2019"); a word of its own makes it a title ("Jaargang 2024 in beeld")."""
    rest, labels = words.issue_field.subn(" ", line)
    return labels > 0 and all(not token or token.lower().strip(".") in words.months or bool(YEARS.fullmatch(token))
                              for token in re.split(r"[\s–—,|/-]+", rest))


def _contact_alone(line: str, words: Vocabulary) -> bool:
    """A contact line holding nothing but the contact, after a label word at most ("Website
    www.x.nl", "info@x.nl", "Tel. 070 123 45 67"); a title may name a site in its words ("Welkom op
    www.speeltuindewip.nl") or hold an at sign ("Buurt@ctief")."""
    if letterhead.kind(line, words.language) != "contact":
        return False
    return not WEB_OR_MAIL.search(line) or bool(CONTACT_ALONE.match(line))


def _colophon_name(title: str, blocks: list[Block], words: Vocabulary) -> str | None:
    """The whole name of a periodical whose masthead the text layer breaks apart ("KERK", other
    lines, "& leven"), as its colophon prints it: "KERK & leven is een uitgave van ...".
    Evidence: a line that opens with the name, then a word or two in lower case ("is een",
    "is") and a word naming the publisher's role (words.publisher_roles); the name begins with
    the title chosen and holds COLOPHON_NAME_WORDS more words at most; None when no line names it
    so."""
    roles = "|".join(re.escape(role) for role in sorted(words.publisher_roles, key=len, reverse=True))
    if not roles:
        return None
    said = re.compile(rf"(.+?)\s+(?:[a-zß-ÿ]+\s+){{1,2}}(?i:{roles})\b")   # (the verb in lower case: "is een")
    for block in blocks:
        for line in block.line_texts:
            named = said.match(" ".join(line.split()))
            name = named[1] if named else ""
            more = len(name.split()) - len(title.split())
            if named and _folded(name).startswith(f"{_folded(title)} ") and 0 < more <= COLOPHON_NAME_WORDS:
                return name
    return None


def _masthead_lost(candidates: list[Candidate], blocks: list[Block], words: Vocabulary) -> str | None:
    """The name a periodical's text gives itself ("Dit eerste nummer van De Filosoof", see _this_issue;
    the first the text holds) where the first page's first candidate is that name cut short, its
    masthead's lettering broken by the text layer (see _cut_short: "De filosoo").  Evidence: that
    line, the text naming the name so once more at least (its colophon; a name run into the next
    sentence's words, "In this issue of Village Voice I want ...", never recurs), and the name no
    organisation's (see letterhead.organisation: "dit nummer van de Gemeente Zwolle").  A page of
    nothing but issue lines is no evidence: any name its text mentions twice after such words
    would be taken ("belt u dit nummer van Pastor Jansen", "in dit nummer van Trouw").  None
    otherwise: a masthead the page prints is the title as printed ("De Wipper", though its text
    says "dit nummer van de Wipper"); the caller weighs this after the running heads' name (see
    _issue_name)."""
    texts = [" ".join(block.text.split()) for block in blocks]
    named = next((found[1] for text in texts if (found := words.this_issue.search(text))), None)
    if not named or not candidates or not _cut_short(candidates[0].text, named):
        return None
    again = sum(len(re.findall(rf"(?<!\w){re.escape(named)}(?!\w)", text)) for text in texts) > 1
    return named if again and not letterhead.organisation(named, words.language) else None


def _cut_short(line: str, name: str) -> bool:
    """The line is the name as a masthead's lettering the text layer broke prints it: the same
    words, the last cut short by LOST_LETTERS letters at most ("De filosoo" for "De Filosoof", a
    ligature lost); not the name with a word more ("Village Voice" for "Village Voice I")."""
    printed, named = line.lower().split(), name.lower().split()
    return len(printed) == len(named) and printed[:-1] == named[:-1] and printed[-1] != named[-1] \
        and named[-1].startswith(printed[-1]) and len(named[-1]) - len(printed[-1]) <= LOST_LETTERS


def _issue_name(blocks: list[Block], changes: tuple[Change, ...], words: Vocabulary) -> str | None:
    """A periodical's name, which the running heads of the later pages print with the number of
    the issue ("De FilosooF Nr.12"), the number the first page gives the issue on a line of its
    own ("Nummer 12"): the masthead, whatever the first page sets as text (its masthead is often
    a picture, and the lines under it describe the periodical: "Maandelijkse uitgave van ...").
    Evidence: the head stands LETTERHEAD_COPIES times or more, its name before the label and the
    number may be a title (see possible), and the first page names the same issue; a journal's
    head over an article ("LOG IN Heft Nr. 193/194") names no issue the article's first page gives,
    and an official journal's issue holds a regulation, titled under the masthead (see _masthead)."""
    issues = {match[1] for line in _first_page_lines(blocks) if (match := words.issue.fullmatch(line))}
    heads = Counter(" ".join(change.before.split()) for change in changes if change.kind == "running-head")
    for head, copies in heads.items():
        named = re.fullmatch(rf"(.*\S)\s+{words.issue.pattern}", head, re.IGNORECASE)
        if copies >= LETTERHEAD_COPIES and named and named[2] in issues and possible(named[1], words):
            return named[1]
    return None


def _cover_naming(blocks: list[Block], words: Vocabulary) -> list[Candidate]:
    """A cover page that holds nothing but a kind's name alone over whose it is and when
    ("Schoolgids" / "Basisschool De Linde" / "2024-2025"): its lines read together are the title,
    as a masthead's are (see _lines).  Evidence: the first page ends after COVER_TITLE_LINES
    display lines at most, a later page follows, its first line is a kind alone and every other
    line may be a title's or is a year or a school year."""
    end, lines = _cover(blocks)
    if not lines or any(block.kind != "display" for block in blocks[:end]) or not _kind_alone(lines[0], words) \
            or not all(possible(line, words) or YEARS.fullmatch(line) for line in lines[1:]):
        return []
    return [Candidate(" ".join(lines), True, True)]


def _cover(blocks: list[Block]) -> tuple[int, list[str]]:
    """The index of the block that opens the second page, and the first page's lines when it may be
    a cover: a later page follows, and it holds 2 to COVER_TITLE_LINES lines (none otherwise)."""
    end, lines = first_page_end(blocks), _first_page_lines(blocks)
    return end, lines if end < len(blocks) and 1 < len(lines) <= COVER_TITLE_LINES else []


def _cover_repeated(blocks: list[Block], words: Vocabulary) -> list[Candidate]:
    """A cover that holds nothing but a title set over several lines, which a later page opens
    with again, line for line (a title page, or the text's first page under the title: "Beyond
    Blockchain:" / "Policy Brief on Next Generation" / "Web Technologies and their" / "impact on
    OER"): the publisher's own title, its lines read together, though a line of it ends on its
    colon or on a word that seems to end it.  Evidence: the cover's 2 to COVER_TITLE_LINES lines,
    no text, each a title's words (see possible; its first letter read as a title's, a line may
    go on with the one above; the colon closing a main title's line aside), no
    organisation's name (a publisher's cover block: "Gemeente X" / "Jaarverslag 2023") and no
    date; the first line does not stand alone (it ends on a colon or a function word, or the line
    under it opens in lower case: a title complete on its first line, "Evaluatie CoronaCheck", may
    stand over its subtitle, which the scorer parts); a later page's first lines the same words."""
    end, lines = _cover(blocks)
    if not lines or any(_body(block) for block in blocks[:end]) \
            or not all(possible(line[:1].upper() + line[1:].removesuffix(":"), words)
                       and not letterhead.organisation(line, words.language) for line in lines) \
            or not (lines[0].endswith(":") or _broken_off(lines[0], lines[1], words)):
        return []
    cover = [_folded(line) for line in lines]
    for start in (index for index in range(end, len(blocks)) if blocks[index].page_start):
        opening = [_folded(line) for block in blocks[start:start + len(lines)] for line in block.line_texts
                   if line.strip()][:len(lines)]
        if opening == cover:
            return [Candidate(" ".join(lines), True, True, repeated=True)]
    return []


def _subject_over_salutation(blocks: list[Block], words: Vocabulary) -> list[Candidate]:
    """A letter's subject: a line set apart over the salutation right under it ("Jeder kann
    mitmachen!" / "Sehr geehrte Damen und Herren,"), on the first page, whatever a sidebar beside
    the letter sets before it (its own short texts, which hide the salutation from the candidates)."""
    for index in range(1, first_page_end(blocks)):
        over = blocks[index - 1]
        if words.salutation.match(blocks[index].text) and not blocks[index].gap_before \
                and len(over.line_texts) == 1 and over.gap_before and possible(over.text, words):
            return [Candidate(over.text, False, False, subject=True)]
    return []


def _repeated(candidates: list[Candidate], changes: tuple[Change, ...], blocks: list[Block]) -> list[Candidate]:
    """A title set over several lines on the first page that the publisher prints again: the
    running head of the later pages repeats it in one line with the page's number
    ("Toegankelijkheidsonderzoek" / "CoronaCheck 1.4.0 (Android) op WCAG 2.1" under a slogan, and
    "Toegankelijkheidsonderzoek CoronaCheck 1.4.0 (Android) op WCAG 2.1   2/29" atop page 2), or
    the back cover repeats it ("Veelgestelde vragen" / "Generatieve AI compliance" under a
    series' name, the same words on the last page): those lines are one candidate, marked as the
    repeated one (see _score).  Evidence: LETTERHEAD_COPIES heads or more with the same words
    once their page number is set aside, or a last page of BACK_COVER_LINES lines at most
    holding the same words in a row; a single line printed again may be the sender's name (a
    letterhead), and is left to the scorer."""
    heads = Counter(_folded(FOLIO_AT_END.sub("", change.before)) for change in changes
                    if change.kind == "running-head")
    repeated = {head for head, copies in heads.items() if copies >= LETTERHEAD_COPIES}
    back = _back_cover(blocks)
    for first in range(len(candidates)):
        for last in range(first + 1, len(candidates)):
            text = " ".join(candidate.text for candidate in candidates[first:last + 1])
            if _folded(text) in repeated or (back and f" {_folded(text)} " in back):
                one = Candidate(text, candidates[first].tight, candidates[last].apart, candidates[last].over_text,
                                candidates[last].ending, repeated=True)
                return candidates[:first] + [one] + candidates[last + 1:]
    return _lead_field(candidates, changes)


def _lead_field(candidates: list[Candidate], changes: tuple[Change, ...]) -> list[Candidate]:
    """A running head made of fields ("Bergtocht – Jan Peeters – Dag van de Wandelaar   3"):
    the title, its author and its series or event, which the first page sets on lines of their
    own; the publisher leads the head with the title.  Evidence: the head stands atop
    LETTERHEAD_COPIES pages or more and two of its fields at least are candidates of the first
    page; the candidate that is its first field is marked as the repeated one (see _score)."""
    heads = Counter(" ".join(FOLIO_AT_END.sub("", change.before).split()) for change in changes
                    if change.kind == "running-head")
    texts = [_folded(candidate.text) for candidate in candidates]
    for head, copies in heads.items():
        fields = [_folded(field) for field in FIELDS.split(head)]
        if copies >= LETTERHEAD_COPIES and len(fields) > 1 and sum(field in texts for field in fields) > 1:
            lead = texts.index(fields[0]) if fields[0] in texts else None
            if lead is not None:
                return [replace(candidate, repeated=index == lead) for index, candidate in enumerate(candidates)]
    return candidates


def _back_cover(blocks: list[Block]) -> str:
    """The words of a last page short enough to be a back cover (BACK_COVER_LINES lines at most),
    folded and set between spaces; "" when the text has one page or its last page is text."""
    start = next((index for index in range(len(blocks) - 1, 0, -1) if blocks[index].page_start), None)
    if start is None or sum(len(block.line_texts) for block in blocks[start:]) > BACK_COVER_LINES:
        return ""
    return f" {_folded(' '.join(block.text for block in blocks[start:]))} "


def _head_of_first_page(blocks: list[Block], changes: tuple[Change, ...], words: Vocabulary) -> list[Candidate]:
    """A first page that offers no candidate (its text starts at once: "1. Algemeen") under a
    line removed as the running head of every page, the first included: the document's title,
    which it repeats on each page.  Evidence: the line stands above the first block of text,
    or on the first page (a cover in pictures, whose text layer holds the heads and the remains of
    the page's number), and can be a title (see possible)."""
    first = max(blocks[0].first if blocks else 0, _first_page_break(changes))
    heads = [change for change in changes if change.kind == "running-head" and change.line < first]
    stack = _stacked_head(heads, words)
    if stack:
        return [Candidate(stack, True, True)]
    return [Candidate(change.before.strip(), True, True) for change in heads if possible(change.before, words)][:1]


def _first_page_break(changes: tuple[Change, ...]) -> int:
    """The number of the line that opens the second page; 0 when the text has one page."""
    return next((change.line for change in changes if change.kind == "page-break"), 0)


def _under_notice(blocks: list[Block], changes: tuple[Change, ...], words: Vocabulary) -> list[Candidate]:
    """A first page that opens with a notice printed once above its title (a licence or
    copyright line: "cc by 2020. This work is licensed under ..."), which the candidates stop at
    as if the text began there: the candidates under it.  Evidence: the page offers no candidate
    otherwise and no title was read from it (the caller would fall back on the file's name), the
    notice is a paragraph of NOTICE_MAX_LINES lines at most with a blank line under it, and a
    block of display lines, no text, stands right under that blank line."""
    if len(blocks) < 2 or blocks[0].kind != "paragraph" or len(blocks[0].line_texts) > NOTICE_MAX_LINES \
            or _body(blocks[1]) or not blocks[1].gap_before or blocks[1].page_start:
        return []
    heads = _repeated_heads(changes)
    lines = _joined(_over_its_kind(_candidates(blocks[1:], words, heads), words), words, heads,
                    _first_page_text(blocks))
    return lines[:MAX_CANDIDATES]


def _stacked_head(heads: list[Change], words: Vocabulary) -> str | None:
    """The running head atop the first page set over several lines that run on as one phrase
    ("Protokoll der ordentlichen" / "Mitgliederversammlung des" / "Makerspace Gütersloh e.V"):
    its lines, one under the other from the page's first line, as one title.  Evidence: a line
    of the stack ends on a function word or the next opens in lower case (a phrase broken off),
    and the whole may be a title (see possible; TITLE_MAX_CHARS at most);
    a stack of lines each complete ("Gemeente Oosterburg" / "Jaarverslag 2023": the publisher
    over the title) is left to the scorer."""
    stack: list[str] = []
    for change in heads:
        if stack and change.line != heads[0].line + len(stack):
            break
        stack.append(change.before.strip())
    title = " ".join(stack)
    if len(stack) < 2 or not possible(title, words) or len(title) > TITLE_MAX_CHARS:
        return None
    broken = any(_broken_off(line, following, words) for line, following in zip(stack, stack[1:]))
    return title if broken else None


def _broken_off(line: str, following: str, words: Vocabulary) -> bool:
    """A line broken off before its phrase ends: it ends on a function word ("Mitgliederversammlung
    des" / "Makerspace Gütersloh e.V"), or the line under it goes on in lower case ("Web
    Technologies and their" / "impact on OER")."""
    return ends_on_function_word(line, words.function_words) or following[:1].islower()


def dated(line: str, words: Vocabulary) -> bool:
    """A date line (see _dated)."""
    return _dated(line.split(), line, words)


def without_ornament(title: str) -> str:
    """The title without its house style's ornament of slashes (ORNAMENT: "/// Implementatie van de
    Vlaamse Codex als linked open data", the Flemish government's minutes): no word of the title, which
    would stand in <title>, the EPUB's metadata and the PDF's title as printed.  A web address's "//"
    and a date's or a count's single slash ("Homeraad 16/02/2022") stay."""
    return ORNAMENT.sub("", title)


def date_field(line: str, words: Vocabulary) -> bool:
    """A date field under a title: the language's date label, then the date ("Datum: 25/09/2018",
    "Datum 12-12-2023", "Date : 12 mai 2024"), as minutes and memos print over their text: a line of
    the text, never the title's subtitle.  A date label opening a line of no date is no field ("Date
    Night: A Comedy"), nor is a date without its label ("September 2019" under a newsletter's name:
    the issue, its subtitle)."""
    label = line.split(maxsplit=1)[0].rstrip(":").lower() if line.strip() else ""
    return label in letterhead.patterns(words.language).date_labels and dated(line, words)


def without_date_set_apart(title: str, blocks: list[Block], source_lines: tuple[str, ...], words: Vocabulary) -> str:
    """The title without the date set apart at the end of its line ("PRESS RELEASE from X
    <wide gap> 21 MAY 2022"): a field of its own, when it was issued, not what the document is
    called; and without a word broken into pieces set apart at its start (see _broken_word), nor a
    parliamentary dossier's number set apart there (see _dossier_set_apart);
    and without a date on a line of its own that ends it (see _without_date_line), nor the text's first
    numbered point set right under it (see _without_first_point).
    Evidence: the title is one first-page line of the source, and a date (see _dated) stands
    after a gap of DATE_GAP spaces or more at its end; a date the title runs into ("Verslag van
    12 maart 2024") is part of it."""
    whole = " ".join(title.split())
    for block in blocks[:first_page_end(blocks)]:
        for _, number in block.offsets:
            fields = SET_APART.fullmatch(source_lines[number - 1].strip()) if 0 < number <= len(source_lines) else None
            if not fields or " ".join(fields[0].split()) != whole:
                continue
            if _dated(fields[2].split(), fields[2], words) and possible(fields[1], words):
                return " ".join(fields[1].split())
            if (_broken_word(fields[1], words) or _dossier_set_apart(fields[1], source_lines, number, words)) \
                    and possible(fields[2], words):
                return " ".join(fields[2].split())
    return _without_date_line(whole, blocks, words) or _without_first_point(whole, blocks, words) or title


def _dossier_set_apart(first: str, source_lines: tuple[str, ...], number: int, words: Vocabulary) -> bool:
    """Whether `first`, set apart before the title on source line `number`, is a parliamentary dossier's
    number: a paper sets its numbers in a column of their own beside its title and its kind ("29 338
    Wetenschapsbudget" / "Nr. 289   Verslag van een schriftelijk overleg"), and cites its dossier in its text
    with a paper's number ("Kamerstuk 29 338, nr. 278").  Evidence: `first` is a number its thousands set
    apart (DOSSIER), the next line with text under the title sets a paper's number (words.issue: "Nr. 289")
    apart before its own field, and a line of the text gives `first` with a paper's number after it.  A
    count that opens the title over a newsletter's issue number ("100 000   Bomen voor de stad" / "Nr. 3
    Nieuwsbrief van de Bomenstichting") is cited so nowhere."""
    below = next((following.strip() for following in source_lines[number:] if following.strip()), "")
    under = SET_APART.fullmatch(below)
    return bool(DOSSIER.fullmatch(first) and under and words.issue.fullmatch(under[1])
                and _cited_as_dossier(first, source_lines, words))


def _cited_as_dossier(number: str, source_lines: tuple[str, ...], words: Vocabulary) -> bool:
    """Whether a line of the text cites `number` as a parliamentary dossier's: after the word citing a
    parliament's paper, with a paper's number right after it ("Kamerstuk 29 338, nr. 278", "Kamerstukken II
    2021/22, 36154, nr. 3"); a minute's "onder 12345, nummer 2" cites a file, no parliament's paper."""
    cited = re.compile(rf"(?<!\d)(?<!\d )\b{re.escape(number)},?\s*(?:{words.issue.pattern})", re.IGNORECASE)
    return any((found := cited.search(line)) and words.parliamentary_citation.search(line, 0, found.start())
               for line in source_lines)


def dossier_title(blocks: list[Block], source_lines: tuple[str, ...], words: Vocabulary) -> tuple[str, str] | None:
    """The title of the dossier a parliamentary paper belongs to, as the paper's own heading sets it
    under the dossier's number alone on the first line ("36154" / "Wijziging van de Wet bedrag ineens,
    ..." / "... (Wet herziening bedrag ineens)" / "Nota naar aanleiding van het verslag" / the text):
    the lines between the number and the line that names the paper's kind, less those naming the chamber
    or the session ("Tweede Kamer der Staten-Generaal", "Vergaderjaar 2023-2024": the head of every
    paper).  What the dossier is called is the title, as in a paper that sets the number beside it
    ("29 338   Wetenschapsbudget", see _dossier_set_apart); the kind's line says which of its papers this
    is.  Evidence: the number opens the first page on a line of its own (DOSSIER_ALONE: five figures,
    not a year), the text cites it as a parliament's paper (see _cited_as_dossier: a member's, an
    invoice's or a project's number is cited so nowhere), one to COVER_TITLE_LINES lines follow it
    that may open a title (see possible), end no sentence and name no organisation, and the next line
    names a parliamentary paper's kind alone (words.parliamentary_paper: "Verslag", not "Plan van
    aanpak" nor "Verslag ledenvergadering"), a line of the text under it.  The title with that kind
    (the paper's subtitle: which of the dossier's papers this is), or None."""
    lines = _first_page_lines(blocks)
    if len(lines) < 4 or not DOSSIER_ALONE.fullmatch(lines[0]) or not _cited_as_dossier(lines[0], source_lines, words):
        return None
    kind = next((index for index, line in enumerate(lines[1:COVER_TITLE_LINES + 2], 1)
                 if words.parliamentary_paper.match(line)), None)
    if kind is None or kind + 1 >= len(lines):
        return None
    title = [line for line in lines[1:kind] if not words.parliamentary_head.match(line)]
    if not title or any(letterhead.organisation(line, words.language) for line in title):
        return None
    if not possible(title[0], words) or FULL_STOP.search(title[-1]):
        return None
    return " ".join(title), lines[kind]


def _without_first_point(title: str, blocks: list[Block], words: Vocabulary) -> str | None:
    """The title without the first point of the text that the front lines ran on into it
    ("Notulen van de Algemene Jaarvergadering ... op 23 maart 2009" / "1.Opening en welkom", the
    minutes of that point under it): the opening of the text, not the title's last words.
    Evidence: the line is the last of its first-page block, opens with the number 1 and its full
    stop or bracket (see FIRST_POINT), a paragraph or list item of the text stands right under it
    (see _body), and what is left may be a title (see possible)."""
    end = first_page_end(blocks)
    for index, block in enumerate(blocks[:end - 1]):
        lines = [" ".join(line.split()) for line in block.line_texts if line.strip()]
        point = lines[-1] if lines else ""
        rest = title[:-len(point)].strip() if point and title.endswith(" " + point) else ""
        if rest and FIRST_POINT.match(point) and _body(blocks[index + 1]) and possible(rest, words):
            return rest
    return None


def _without_date_line(title: str, blocks: list[Block], words: Vocabulary) -> str | None:
    """The title read over several lines of a cover without its last line when that is a date
    alone ("Compliance" / "Checks CTB" / "CoronaCheck" / "November 2021"): when it was issued,
    set on a line of its own.  Evidence: the line stands on the first page, it is a date (see
    _dated), and what is left names no kind of document (a kind's date names the issue:
    "Nieuwsbrief" / "maart 2025"), unless the date stands behind its label ("Verslag werkgroep" /
    "Datum: 25/09/2018", see date_field: the minutes' field, no issue's name).  A line that closes
    a bracket opened above it ("... metrostations 7" / "november 2024)") ends the title's own words,
    and is no date set apart; so does a date that closes a line broken off before it ("Financial
    Statements" / "for the year ended" / "31 March 2019", see _open_ended)."""
    for line in _first_page_lines(blocks):
        rest = title[:-len(line)].strip() if title.endswith(" " + line) else ""
        if rest and _dated(line.split(), line, words) and possible(rest, words) \
                and (not _kinds_in(rest.split(), words) or date_field(line, words)) \
                and line.count(")") <= line.count("(") \
                and not _open_ended(rest, words):
            return rest
    return None


# A piece of a word that a logo's letter spacing broke apart is rarer than a common word.
def _broken_word(field: str, words: Vocabulary) -> bool:
    """A field that is one word the text layer broke into pieces ("Haa   rlem", a logo's name
    set with wide letter spacing beside the title): two pieces or more, none a common word of
    the language, that together make one."""
    pieces = field.split()
    code = words.language.code
    return len(pieces) > 1 and all(piece.isalpha() and not lexicon.known(piece.lower(), lexicon.COMMON, code)
                                   for piece in pieces) \
        and lexicon.known("".join(pieces).lower(), lexicon.COMMON, code)


def _publisher_lines(candidates: list[Candidate], words: Vocabulary) -> int:
    """How many candidates atop the page are the publisher's block, never the title: an
    organisation's name ("Ministerie van Volksgezondheid, Welzijn en Sport") first on the page
    or right under the line that names its unit ("Programma RDO"), set apart from the candidate
    below it by a blank line or by lines that are none (its web and mail addresses, a date:
    "Stichting X" / "www.x.nl" / "Nijmegen, 28 januari 2020": the sender's letterhead, see
    Candidate.tight).  An organisation right over its text's title ("Stichting De
    Egel" / "Verslag van ...") may be the title, and the scorer weighs it (see _score); one right
    under a line naming the document by its kind and date ("Jaarverslag 2020" / "Stichting X")
    says whose that document is, and the line above it is the title."""
    for rank in range(min(2, len(candidates) - 1)):
        candidate = candidates[rank]
        if letterhead.organisation(candidate.text, words.language) and not candidates[rank + 1].tight \
                and (rank == 0 or (candidate.tight and not _names_the_document(candidates[0].text, words))):
            return rank + 1
    return 0


def _masthead(candidates: list[Candidate], words: Vocabulary) -> int:
    """How many candidates atop the page are an official journal's masthead ("GEMEENTEBLAD" /
    "Nr. 469908" / "Officiële uitgave van de gemeente Boxtel"): they name the journal and its
    issue, which every regulation published there carries; the document's own title stands
    under them.  Evidence: among the first MAX_CANDIDATES candidates, a line opening with the
    language's words for an official publication (words.official); it and every candidate above
    it are the masthead.  0 when there is none."""
    return next((rank + 1 for rank, candidate in enumerate(candidates[:MAX_CANDIDATES])
                 if candidate.text.lower().startswith(words.official)), 0) if words.official else 0


def _ribbon(candidates: list[Candidate]) -> int:
    """1 when the first candidate is a label printed along the page's edge (a ribbon: "Logius
    Beheerdocumentatie – Vastgestelde versie"), which the text reads first: the kind and status of
    the document, which the lines under its title say again ("Logius Beheerdocumentatie" /
    "Vastgestelde versie 11 juni 2024"); 0 otherwise.  Evidence: two words or more, a blank line
    under it, and its words, in order, open the lines of a run of candidates that starts two
    candidates below it or further (the title stands between)."""
    if len(candidates) < 3 or not candidates[0].apart:
        return 0
    label = _folded(candidates[0].text)
    if len(label.split()) < 2:
        return 0
    later = [_folded(candidate.text) for candidate in candidates[2:MAX_CANDIDATES]]
    return int(any(f"{' '.join(later[start:])} ".startswith(f"{label} ") for start in range(len(later))))


def _under_masthead(blocks: list[Block], last: str, words: Vocabulary) -> str | None:
    """The title a regulation sets right under the masthead (see _masthead) as the opening lines
    of its first paragraph ("Verordening ... 2024" over "De raad van de gemeente Boxtel;"): the
    lines down to the one that names who decides, a line ending on a semicolon or a comma, which
    opens the text.  Evidence: that line is among the block's first COVER_TITLE_LINES + 1 lines
    and every line above it may be a title's (see possible); None otherwise, and the caller keeps
    its reading."""
    end = first_page_end(blocks)
    at = next((index for index, block in enumerate(blocks[:end])
               if any(" ".join(line.split()) == last for line in block.line_texts)), None)
    if at is None or at + 1 >= end:
        return None
    lines = [" ".join(line.split()) for line in blocks[at + 1].line_texts if line.strip()]
    opening = next((index for index, line in enumerate(lines[:COVER_TITLE_LINES + 1]) if line.endswith((";", ","))),
                   None)
    if not opening:
        return None
    title = " ".join(lines[:opening])
    return title if possible(lines[0], words) and len(title) <= 3 * TITLE_MAX_CHARS else None


def _eligible(candidates: list[Candidate], series: str | None, title: str) -> list[int]:
    """The candidates that may be chosen: all but the line the front matter reads as the series
    of the title under it ("Lezingen 2022" over "Stad van morgen"), when that title is a
    candidate too; it keeps its place on the page.  (When the title read is none, a version
    under it, the line read as the series is the page's title.)"""
    texts = [candidate.text for candidate in candidates]
    aside = series.strip() if series and title.strip() in texts else None
    return [index for index, text in enumerate(texts) if text != aside or _set_with_the_next(candidates, index)]


def _set_with_the_next(candidates: list[Candidate], index: int) -> bool:
    """The candidate stands right over the next, no blank line between ("2019 MIT Global Startup
    Workshop" / "Business Plan Competition (BPC)"): one block of the cover's title lines, which
    the scorer weighs; a series' name stands apart over the title it collects ("Lezingen 2022",
    a blank line, "Stad van morgen")."""
    return index + 1 < len(candidates) and candidates[index + 1].tight and not candidates[index].apart


def _beats(best: int, candidates: list[Candidate], scores: list[int], title: str, first_page: str,
           words: Vocabulary, publisher: int = 0, series: str = "") -> bool:
    """Whether the best candidate replaces the title read so far: when none was read, when that
    is a candidate (or begins one, or is one run together with the candidate under it: a heading
    reading a block's lines as one that the scorer reads apart, "DE DAG VAN DE FILM" / "EDITIE 29";
    or ends one after the line the front matter read as its series, `series`: a title's line broken
    off on a function word that the scorer runs on, "The 19th Winter Conference 2025 on" / "BRAIN &
    COGNITION") scoring lower or never the title (see never_title), a line never a title (a date, a version,
    figures), a line of the publisher's block (the first `publisher` candidates, see
    _publisher_lines), or a line of a later page (a chapter's title).  A title read on the first page
    from what is no candidate (the lines opening its first paragraph, a numbered paper's title,
    a masthead in another order) is what the scorer cannot weigh: in doubt it stands, unless the
    best candidate is the title the publisher prints again (see _repeated) or a letter's subject
    (see _subject_over_salutation), or the title read is a provision's heading ("ART. 1 ..."), which
    opens the text (see _opens_provisions)."""
    title, series = " ".join(title.split()), " ".join(series.split())
    if not title:
        return True
    read = next((index for index, candidate in enumerate(candidates)
                 if candidate.text.startswith(title) or (index < publisher and title.startswith(candidate.text))
                 or (series and candidate.text == f"{series} {title}")
                 or (index + 1 < len(candidates) and title == f"{candidate.text} {candidates[index + 1].text}")),
                None)
    if read is not None:
        return read == best or read < publisher or scores[best] > scores[read] \
            or never_title(candidates[read].text, words)
    return not possible(title, words) or _folded(title) not in first_page or candidates[best].repeated \
        or candidates[best].subject or bool(words.provision.match(title))


def _first_page_lines(blocks: list[Block]) -> list[str]:
    """The first page's lines, their spacing made single, blank lines left out."""
    return [" ".join(line.split()) for block in blocks[:first_page_end(blocks)] for line in block.line_texts
            if line.strip()]


def _first_page(blocks: list[Block]) -> str:
    """The first page's words, folded (see _folded), but those of a column of people (see
    _column_of_people_end): a title read from those lines is a list of names, which the best
    candidate replaces (see _beats)."""
    end, index, texts = first_page_end(blocks), 0, []
    while index < end:
        column = _column_of_people_end(blocks, index)
        if column == index:
            texts.append(blocks[index].text)
        index = max(column, index + 1)
    return _folded(" ".join(texts))


def _folded(text: str) -> str:
    """The words of a text, lower case, one space between: for finding one text in another."""
    return " ".join(re.findall(r"\w+", text.lower()))


def _score(rank: int, candidates: list[Candidate], heads: Counter, words: Vocabulary,
           periodical_signs: bool) -> int:
    """How much the candidate at `rank` looks like the title, by the features an editor reads
    it by; periodical_signs: the document signs several pieces (see _signs_several_pieces)."""
    candidate = candidates[rank]
    under = candidates[rank + 1] if rank + 1 < len(candidates) else None
    over = candidates[rank - 1] if rank else None
    whose = over is not None and candidate.tight and letterhead.organisation(over.text, words.language)
    score = -POSITION * rank                    # a title stands at the top of its page
    if _names_the_document(candidate.text, words, whose) and not _dates_the_kind_over_it(candidate, over, words):
        score += NAMES_THE_DOCUMENT             # "Jaarverslag 2021 Stichting X": what, when, whose
    elif _kind_alone(candidate.text, words) and under is not None and _headline(under.text):
        score += LABEL_ALONE                    # "Persbericht" over the news it brings: a label
    if not periodical_signs and under is not None and under.tight and words.byline.match(under.text) \
            and not any(_kinds_in(above.text.split(), words) for above in candidates[:rank]):
        score += SIGNED                         # a headline over its author's name, under a section's rubric
    if candidate.repeated:
        score += REPEATED                       # the title the publisher prints atop every page or on the back
    if rank == 0 and heads[_bare_words(candidate.text)] >= LETTERHEAD_COPIES and candidate.apart \
            and under is not None and not _kinds_in(candidate.text.split(), words):
        score += LETTERHEAD                     # the sender's name atop every page, set apart over the title
    return score


def _bare_words(text: str) -> str:
    """A line's words in their case, one space between, without the signs between them: a running
    head may set another apostrophe or dash than the first page ("Cleaners'" / "Cleaners’"), but
    its words and their capitals are the line's."""
    return " ".join(re.findall(r"\w+", text))


def _dates_the_kind_over_it(candidate: Candidate, over: Candidate | None, words: Vocabulary) -> bool:
    """A line right under one that opens with a kind's name and what it is of, undated ("VERSLAG
    VAN DE WERKGROEP SPEELTUIN" / "Vergadering 3 maart 2025", "Notulen van de Algemene" /
    "Ledenvergadering van 3 maart 2025"): the line above says what the document is, this one
    when; a kind's name with its date here is no title of its own.  Only a meeting's date written
    out (see _meetings_date): "Brief aan de leden" / "Uitnodiging jaarvergadering 2024" is a letter
    over the invitation it brings.  (A kind's name alone above, "Persbericht", is a label: the line
    under it names the document.)"""
    return over is not None and candidate.tight and _kind_of_undated(over.text, words) \
        and _meetings_date(candidate.text, words)


def _signs_several_pieces(blocks: list[Block], words: Vocabulary) -> bool:
    """Whether the document sets two bylines apart or more: a periodical signs several pieces under
    its masthead ("De Wipper" / "Nieuwe speeltuin geopend" / "Door Anna de Vries" / ... / "De
    bibliotheek gaat verhuizen" / "Door Piet Jansen"), which no headline over its byline outweighs;
    an article signs one."""
    return sum(bool(words.byline.match(block.text)) for block in blocks) > 1


def _headline(line: str) -> bool:
    """A headline under a label of the document's kind: HEADLINE_MIN_WORDS words or more, each
    of two letters at least ("Koor en orkest geven samen een concert"); not a name the text layer
    spaced out into letters and pieces ("H erv o r md e g e meent e": a logo's lettering)."""
    return _words_of_letters(line) >= HEADLINE_MIN_WORDS


def _words_of_letters(line: str) -> int:
    """How many of a line's words hold two letters in a row (not figures, not a letter spaced out)."""
    return sum(bool(re.search(r"[^\W\d_]{2}", token)) for token in line.split())


# ----------------------------------------------------------------------------- candidates

def _candidates(blocks: list[Block], words: Vocabulary, heads: frozenset[str] = frozenset(),
                breaks: frozenset[int] = frozenset()) -> list[Candidate]:
    """The first page's lines that may be its title, down to its first paragraph or list item of
    text, each wrapped or stacked title joined into one (see _lines); a candidate under a line
    that is none (a date between) is not right under the candidate above; `breaks`: the source
    lines that open a page (see _lines)."""
    out: list[Candidate] = []
    dropped = False                 # the line above was none: the next is not right under a candidate
    lead: str | None = None         # the line above announces the title under it (see _lead_in)
    main = False                    # that line is a main title, a candidate of its own (see _main_title)
    resume = 0                      # the blocks before it were read as one stacked title
    for index, block in enumerate(blocks):
        if index < resume:
            continue
        text_starts = _body(block) and not _cover_title(blocks, index) and not (out and _framed(block)) \
            and not title_over_its_date(block, words)
        if (index and block.page_start) or text_starts or _opens_provisions(blocks, index, words):
            slashed = _slashed_atop_fields(block, words) if index and text_starts else None
            atop = _capitals_atop_text(block, words, _first_page_text(blocks)) if index == 0 and text_starts \
                else slashed
            out.extend([Candidate(atop, True, False, over_text=True, slashed=atop == slashed)] if atop else [])
            break
        column = _column_of_people_end(blocks, index)
        if column > index:
            dropped, resume, lead = True, column, None
            continue
        if out and _framed(block):
            out[-1], rest = _with_framed_line(out[-1], block)
            # (the closing dash ends the title: the line under it is no run-on, nor a subtitle)
            out.extend(Candidate(line, number > 0, False) for number, line in enumerate(rest) if possible(line, words))
            lead = None
            continue
        end, stack = _stack_over_blocks(blocks, index, words)
        if stack:
            below = blocks[end] if end < len(blocks) else None
            over_text = below is not None and _body(below)
            out.append(Candidate(stack, not block.gap_before and not dropped, below is None or bool(below.gap_before),
                                 over_text=over_text, heading=below is not None and over_text and _heads(stack, below)))
            dropped, resume, lead = False, end, None
            continue
        below = blocks[index + 1] if index + 1 < len(blocks) else None
        lines = _lines(block, words, apart=below is None or bool(below.gap_before), heads=heads, breaks=breaks)
        if lines and below is not None and _body(below) and not below.page_start:
            lines[-1] = replace(lines[-1], over_text=True, heading=_heads(lines[-1].text, below))
        for candidate in lines:
            if out and not dropped and candidate.tight and _last_figures(candidate.text):
                out[-1] = replace(out[-1], text=f"{out[-1].text} {candidate.text}", last_line=candidate.text,
                                  apart=candidate.apart, over_text=candidate.over_text, heading=candidate.heading)
            elif possible(candidate.text, words, block.kind == "paragraph") and not _too_long(candidate.text, block):
                if main and candidate.tight and _subtitle(out[-1].text, candidate, words):  # (the title runs on)
                    out[-1] = replace(candidate, text=f"{lead} {candidate.text}", tight=out[-1].tight,
                                      last_line=candidate.ending)
                else:   # (under a main title, what its colon announces is set apart from it: no subtitle)
                    opened = f"{lead} {candidate.text}" if lead and not main and candidate.tight else candidate.text
                    out.append(replace(candidate, text=opened, tight=candidate.tight and not dropped and not main,
                                       last_line=candidate.ending if opened != candidate.text else candidate.last_line))
                dropped, lead, main = False, None, False
            elif _main_title(candidate, words):
                out.append(replace(candidate, text=candidate.text[:-1].rstrip(), tight=candidate.tight and not dropped))
                dropped, lead, main = False, candidate.text, True
            else:
                dropped, lead, main = True, candidate.text if _lead_in(candidate.text, words) else None, False
    return out


def _main_title(candidate: Candidate, words: Vocabulary) -> bool:
    """A title's line broken off on a function word, run on over the colon that closes the line
    under it (see _goes_on: "Minutes of the" / "Annual General Meeting:"): the main title, a
    candidate of its own without its colon, which only a subtitle right under it completes (see
    _subtitle: "NO2ID submission to the" / "Joint Committee on Human Rights:" / "Draft ...")."""
    broken = candidate.text.removesuffix(candidate.last_line).rstrip()
    return candidate.text.endswith(":") and broken != candidate.text \
        and ends_on_function_word(broken, words.function_words) and possible(candidate.text[:-1], words)


def _subtitle(title: str, line: Candidate, words: Vocabulary) -> bool:
    """Whether the line right under a main title's colon (`title`, see _main_title), a title's line
    itself (see possible: no date, no label), is its subtitle ("NO2ID submission to the Joint
    Committee on Human Rights" / "Draft (Partial) Immigration and Citizenship Bill 2008"), not what
    the colon announces: a colon opens fields and lists as well.  Evidence: it ends the title's
    block, a blank line under it, and heads no text (a section's heading over its text: "Overture",
    "Held at the Village Hall"); two words or more (a word alone is a heading or a label: "Agenda");
    no field's colon ("Present: Anna, Ben, Carla"), no list of names (see _names_listed), no
    organisation ("Vereniging Dorpsbelang Ee": whose the document is); and the main title does not
    say already what the document is and of what ("Minutes of the Annual General Meeting",
    "Uitnodiging voor de Algemene Ledenvergadering", see _kind_of_undated): its colon announces
    that document's own contents (where it was held, who came, the agenda, the first piece).  In
    doubt the main title stands alone."""
    return line.apart and not line.over_text and _words_of_letters(line.text) >= 2 and ":" not in line.text \
        and not _names_listed(line.text, words) and not letterhead.organisation(line.text, words.language) \
        and not _kind_of_undated(title, words)


def _names_listed(line: str, words: Vocabulary) -> bool:
    """Names listed, commas between them ("Anna, Ben, Carla", "Emma, Frank and Gina"): parts of
    capitalised words and function words only."""
    parts = [part.split() for part in line.split(",")]
    return len(parts) > 1 and all(part and all(word[:1].isupper() or word.lower() in words.function_words
                                               for word in part) for part in parts)


def _capitals_atop_text(block: Block, words: Vocabulary, text: str) -> str | None:
    """A title in capitals that the paragraph reader ran into the text under it, no blank line
    between ("MISERERE MEI, DEUS" / "een project met composities van ..." / "inleiding" / "Het
    project Miserere mei, Deus behelst ..."): the page's first line, set apart by its capitals from
    the lines in lower case under it, its subtitle (see _capitals).  Evidence: the block opens the
    page; its first line is in capitals, a display line (TITLE_MAX_CHARS at most), two words of two
    letters or more, may be a title (see possible: no sentence, as a line of a paragraph), does not
    break off on a function word ("WIJ NODIGEN U UIT VOOR DE" / "jaarvergadering ...") and is no
    organisation's name (the sender over its letter: "STICHTING DE WIP" / "Postbus 12, Haarlem");
    the lines under it in lower case are a phrase, no sentence ends among them (a sentence's first
    line set in capitals goes on in lower case to its full stop: "IT WAS A BRIGHT COLD DAY IN APRIL,
    AND THE CLOCKS" / "were striking thirteen, ...", and so do a greeting or whom a letter addresses:
    "SEHR GEEHRTE DAMEN UND HERREN" / "wir laden Sie ... ein."); and the first page's text (`text`,
    see _first_page_text) names the title again, as the subject it is about.  None otherwise."""
    lines = [" ".join(line.split()) for line in block.line_texts if line.strip()]
    if len(lines) < 2 or not _capitals(lines[0]) or not lines[1][:1].islower() or len(lines[0]) > TITLE_MAX_CHARS:
        return None
    first = lines[0]
    subtitle = list(takewhile(lambda line: line[:1].islower(), lines[1:]))
    named = _words_of_letters(first) >= 2
    broken_off = ends_on_function_word(first, words.function_words)
    sender = letterhead.organisation(first, words.language)
    phrase = not any(_sentence([token], in_paragraph=True) for line in subtitle for token in line.split())
    named_again = f" {text} ".count(f" {_folded(first)} ") > 1      # (the first line itself is one)
    return first if named and not broken_off and not sender and phrase and named_again \
        and possible(first, words, in_paragraph=True) else None


def _slashed_atop_fields(block: Block, words: Vocabulary) -> str | None:
    """A memo's title a house style sets between slashes over the rule it draws under it ("/Interfederale
    samenwerking – open datastandaarden/" / "//////////"), which the paragraph reader ran into the
    memo's fields under the rule ("Van: ...", "Aan: ..."): the title, without its slashes.  Evidence:
    the block's first line is set whole between slashes (see IN_SLASHES), its second a drawn rule, its
    third a memo's field (see _memo_field: a banner over the rule, "/Vertrouwelijk – niet verspreiden/",
    has the text under it), and what the slashes hold may be a title (see possible)."""
    lines = [line.strip() for line in block.line_texts if line.strip()]
    slashed = IN_SLASHES.fullmatch(lines[0]) \
        if len(lines) > 2 and RULE.match(lines[1]) and _memo_field(lines[2], words) else None
    return slashed[1] if slashed and possible(slashed[1], words) else None


def _memo_field(line: str, words: Vocabulary) -> bool:
    """A memo's field: its sender's label and colon before a name, no figure ("Van: FOD Financiën", the
    language's letterhead.mail_senders; "Van: 14.00 uur" is an event's hour), or a letterhead line
    of MEMO_FIELDS ("Aan: ...", "Datum: 15 januari 2019", "Onderwerp: ...")."""
    label, colon, value = line.partition(":")
    found = letterhead.patterns(words.language)
    return bool(colon and label.strip().lower() in found.mail_senders and not value.strip()[:1].isdigit()) \
        or letterhead.kind(line, words.language) in MEMO_FIELDS


def _last_figures(line: str) -> bool:
    """Figures alone right under a title that are its last words: a release's number ("Koppelvlak" /
    "1.4.2"), or the years the text covers ("Dutch gender and LGBT-equality policy" / "2013 - 2016",
    "Beleidsplan" / "2023-2025"), no subtitle of their own."""
    return bool(RELEASE.fullmatch(line) or YEARS.fullmatch(line))


def _column_of_people_end(blocks: list[Block], index: int) -> int:
    """A column of people set beside the text, its label over it (a club's officers in a sidebar:
    "Officers" / "Eric Boughman" / "President" / "Ephraim Grubbs" / "Vice President" ...): a list
    of names and roles, none of its lines a title's.  Evidence: display blocks set one right
    under the other (no blank line, no page between) from `index`, which stands first on the
    page or under a blank line, down to a blank line or a block of text; every line COLUMN_WORDS
    words at most; under the first line (the column's label, or a title), PEOPLE_IN_COLUMN lines
    or more a person's name (see _person) and as many that are none, their roles: a title set in
    capitalised pairs of words reads as names, but has no roles between them ("Green Valley" /
    "Parish Council" / "Annual Report"), nor have a title's authors.  The index of the block
    after the column; `index` when none starts there."""
    if index and not blocks[index].gap_before:
        return index
    end, lines = index, []
    while end < len(blocks) and blocks[end].kind == "display" \
            and (end == index or not (blocks[end].gap_before or blocks[end].page_start)):
        lines += [" ".join(line.split()) for line in blocks[end].line_texts if line.strip()]
        end += 1
    people = sum(map(_person, lines[1:]))
    roles = len(lines[1:]) - people
    short = all(len(line.split()) <= COLUMN_WORDS for line in lines)
    return end if short and min(people, roles) >= PEOPLE_IN_COLUMN else index


def _person(line: str) -> bool:
    """A person's name as a list of people sets it: a first name and a surname, each a capital
    over lower case ("Eric Boughman", "John DeMauro"); not a line in capitals, nor one with a
    figure or a function word in lower case ("Ereignis zum")."""
    names = line.split()
    return len(names) == 2 and all(name.isalpha() and name[:1].isupper() and not name.isupper() for name in names)


def _lead_in(line: str, words: Vocabulary) -> bool:
    """A display line that announces the title set right under it, its colon opening it ("In een
    notendop:" / "HET STRATEGISCH GLB-PLAN"): the title's first words.  Evidence: LEAD_IN_MIN_WORDS
    words or more (a label is a word or two: "To:", "Ons kenmerk:"), none of a letterhead's or a
    cover's labels ("Datum en plaats:"), and the line under it, no blank line between, is a
    candidate (see _candidates)."""
    return (line.endswith(":") and len(line.split()) >= LEAD_IN_MIN_WORDS and line[:1].isupper()
            and not letterhead.kind(line, words.language) and not words.cover_label.match(line))


def title_over_its_date(block: Block, words: Vocabulary) -> bool:
    """A paragraph that is a title line run together with the date line under it, which the text
    layer set as one paragraph ("Halfjaar-rapportage Keep it Real in opdracht van de Gemeente
    Amsterdam" / "Periode 1 januari - 30 juni 2024."): no text, two display lines.  Evidence:
    two lines, the first one a title may be (see possible), the last a date line of its own (see
    _dated): it opens with a capital or a figure (not going on with the line above, not a remark in
    brackets: "(ingezonden 3 juni 2025).") and ends on its year
    or month (not a sentence naming a day: "21 May at 9.45am, hopefully! See page 12.")."""
    lines = [" ".join(line.split()) for line in block.line_texts if line.strip()]
    if len(lines) != 2 or not (lines[1][:1].isupper() or lines[1][:1].isdigit()):
        return False
    last = lines[1].split()[-1].strip(".,;)").lower()
    return (bool(YEARS.fullmatch(last)) or last in words.months) and possible(lines[0], words) \
        and _dated(lines[1].split(), lines[1], words)


def _heads(line: str, below: Block) -> bool:
    """Whether `line`, right over `below` (a paragraph or item of the text), is its heading: the
    text stands right under it, no blank line between, and is a text (it ends a sentence, or is a
    list item, or ends on a colon that announces the quotation or list under it), not a line of
    names set long under a title (its authors: "A, B, and C").  Under a word alone, a colon is no
    evidence: a long title's last word wrapped onto a line of its own ("A Handbook for the
    Volunteers of the Playground and the City" / "Farm") stands over such a text as well."""
    announces = below.text.rstrip().endswith(":") and len(line.split()) > 1
    return not below.gap_before and (below.kind == "item" or bool(FULL_STOP.search(below.text)) or announces)


def _opens_provisions(blocks: list[Block], index: int, words: Vocabulary) -> bool:
    """The heading of the text's first provision or section, right over its text ("ART. 1
    OVERKOEPELENDE ORGANEN", "Artikel 1 Naam" over its first paragraph): the text starts there,
    and the title stands above it (or, where none does, is the running head that the page
    prints above it: see _head_of_first_page).  Evidence: a display line opening with a
    provision's label and its number, a paragraph or list item of the text right under it (no
    blank line between)."""
    block = blocks[index]
    below = blocks[index + 1] if index + 1 < len(blocks) else None
    return (block.kind == "display" and bool(words.provision.match(block.text)) and below is not None
            and _body(below) and not below.gap_before and not below.page_start)


def _framed(block: Block) -> bool:
    """A line set between two dashes right under the title ("– Veilig werken in de speeltuin –"),
    which the list reader takes for an item of a dashed list: the title's second part, not a
    list.  Evidence: no blank line above it, its opening dash (the item's marker) closes its
    first line again (an item of a list never ends on its own marker)."""
    lines = block.line_texts
    return (block.kind == "item" and block.marker in DASHES and not block.gap_before and bool(lines)
            and lines[0].rstrip().endswith(block.marker) and len(lines[0].strip()) > 1)


def _with_framed_line(title: Candidate, block: Block) -> tuple[Candidate, list[str]]:
    """The title with the framed line run on after its dash ("Handleiding – Veilig werken"; the
    closing dash left out: a frame, not a word), and the block's other lines, each a line of
    its own (a byline under it)."""
    first, *rest = [line.strip() for line in block.line_texts if line.strip()]
    words = first[:-1].rstrip()
    joined = replace(title, text=f"{title.text} {block.marker} {words}", last_line=words,
                     apart=not rest and title.apart, over_text=False, heading=False)
    return joined, rest


def _cover_title(blocks: list[Block], index: int) -> bool:
    """The text's first block is a title set over several lines, not a paragraph, though it
    holds BODY_MIN_WORDS words ("Kader voor waardevolle, verantwoorde en ethische inzet" / "van
    generatieve AI" / "binnen het toepassingsgebied ..." on a cover): at most COVER_TITLE_LINES
    lines, none ending a sentence or as long as a line of text (COVER_LINE_MAX_CHARS: a cover's
    title is set large), over a display line (a version, a date, a publisher) rather than text."""
    block = blocks[index]
    lines = [line.strip() for line in block.line_texts if line.strip()]
    return (index == 0 and block.kind == "paragraph" and len(lines) <= COVER_TITLE_LINES
            and not any(FULL_STOP.search(line) or len(line) > COVER_LINE_MAX_CHARS for line in lines)
            and len(blocks) > 1 and blocks[1].kind == "display")


def _too_long(text: str, block: Block) -> bool:
    """Longer than a display line: a title's line is TITLE_MAX_CHARS at most, a title wrapped
    over several lines of its block (see _lines) twice that."""
    lines = [line.strip() for line in block.line_texts]
    return len(text) > (TITLE_MAX_CHARS if text in lines else 2 * TITLE_MAX_CHARS)


def _lines(block: Block, words: Vocabulary, apart: bool, heads: frozenset[str] = frozenset(),
           breaks: frozenset[int] = frozenset()) -> list[Candidate]:
    """A block's lines, a line that goes on with the one above joined to it: it starts in lower
    case and is set like it (not a lower-case line under capitals: see _capitals), or the line
    above ends on a function word ("... Strategy to" / "Address the ..."), or on a comma of an
    organisation's name (see _name_broken_at_comma), or wrapped before its last words (see
    _wrapped),
    and is no line a title is never made of (a version: "versie 3, najaar 2024"); but a date or
    year closes a line broken off before it ("Annual Report for the year ended" / "31 December
    2023", see _open_ended; without a date under it the line is the title's whole: "Terugblik over
    het jaar"), and a number alone under its label is one line with it ("Company number" / "01234567": a register's
    field, never a title, see _registration);
    and a title set a word or two a line (STACK_LINES of them or more, each a title's words or
    a year: not a column of figures) is one line too.  `apart`: a blank line under the block.  A line
    that opens a page (its source line in `breaks`: a block the cleaner ran on over a page break, a
    cover's lines into the contents' heading "INDEX") is neither right under the line above nor goes
    on with it: a title's subtitle stands on its page."""
    stack = _stack(block, words)
    if stack:
        return [Candidate(stack, not block.gap_before, apart)]
    out: list[Candidate] = []
    for number, (line, (_, source_line)) in enumerate(zip(block.line_texts, block.offsets)):
        line = line.strip()
        if not line:
            continue
        page_opened = source_line in breaks
        if out and not page_opened and _goes_on(out[-1], line, words, heads):
            out[-1] = Candidate(f"{out[-1].text} {line}", out[-1].tight, False, last_line=line)
        else:
            out.append(Candidate(line, bool(number or not block.gap_before) and not page_opened, False))
    return out[:-1] + [replace(out[-1], apart=apart)] if out else out


def _goes_on(above: Candidate, line: str, words: Vocabulary, heads: frozenset[str]) -> bool:
    """Whether a block's line goes on with the line above it (see _lines): a title's words run on,
    a date or year closing a line broken off before it, or a number under its label (one field).
    Under a line broken off on a function word, a colon closing the line is the main title's, before
    its subtitle ("NO2ID submission to the" / "Joint Committee on Human Rights:" / "Draft ... Bill
    2008"), not a label's: a title never ends on "the", and a label never goes on with a line above."""
    broken_off = ends_on_function_word(above.text, words.function_words)
    runs_on = broken_off or _name_broken_at_comma(above.text, words) \
        or (line[:1].islower() and _capitals(above.text) == _capitals(line)) or _wrapped(above, line, words, heads)
    closes = _open_ended(above.text, words) and (_dated(line.split(), line, words) or bool(YEARS.fullmatch(line)))
    field = bool(NUMBER_ALONE.fullmatch(line) and words.number_label.search(above.text))
    own = line.removesuffix(":") if broken_off else line
    return (runs_on and possible(own[:1].upper() + own[1:], words)) or closes or field


def _open_ended(line: str, words: Vocabulary) -> bool:
    """A title's line broken off before its date: it ends on a function word ("... as at") or on
    the words that open a period (words.period_lead: "Annual Report for the year ended", "Jaarverslag
    over het jaar", "Bericht für das Jahr"), which the date line under it closes."""
    return ends_on_function_word(line, words.function_words) or bool(words.period_lead.search(line))


def _stack_over_blocks(blocks: list[Block], index: int, words: Vocabulary) -> tuple[int, str | None]:
    """A title set a word or two a line (see _stack) that the paragraph reader cut into several
    display blocks, set one right under the other ("Van losse" / "Onderdelen tot" / "werkende
    robots", a short first line set apart from the rest): the blocks' lines read as one title,
    and the index of the block after them.  Evidence: two blocks or more, no blank line and no
    page between, STACK_LINES lines at least, each a stack's line; (index, None) when they are
    not."""
    end, lines = index, []
    while end < len(blocks) and blocks[end].kind == "display" \
            and (end == index or not (blocks[end].gap_before or blocks[end].page_start)):
        texts = [line.strip() for line in blocks[end].line_texts if line.strip()]
        if not texts or not all(_stack_line(line, words) for line in texts):
            break
        lines += texts
        end += 1
    return (end, " ".join(lines)) if end - index > 1 and len(lines) >= STACK_LINES else (index, None)


def _stack_line(line: str, words: Vocabulary) -> bool:
    """A line of a title set a word or two a line: STACK_WORDS words at most, a title's words
    (its first letter read as a title's: a line may go on with the one above) or a year."""
    return len(line.split()) <= STACK_WORDS and (possible(line[:1].upper() + line[1:], words)
                                                 or bool(YEAR.fullmatch(line)))


def _stack(block: Block, words: Vocabulary) -> str | None:
    """A title set a word or two a line, the block's lines read as one: STACK_LINES lines or
    more of STACK_WORDS words at most each, every one a title's words or a year (not a column of
    figures).  Read from the lines as set, before any of them is run on into the one above: a
    line that goes on with the one above ("Ereignis zum" / "intelligenten System") is a title's
    words too (its first letter read as a title's)."""
    lines = [line.strip() for line in block.line_texts if line.strip()]
    if len(lines) >= STACK_LINES and all(_stack_line(line, words) for line in lines):
        return " ".join(lines)
    return None


def _over_its_kind(candidates: list[Candidate], words: Vocabulary) -> list[Candidate]:
    """A cover's title set large over several lines, the kind's name alone right under them
    ("Open Source Software" / "Stewards and CRA" / "Whitepaper"): the lines above the kind are
    one title, which the kind labels.  Evidence: the lines and the kind are set one right under
    the other (no blank line between), 2 to COVER_TITLE_LINES lines above the kind, the first on
    the page or under a blank line, none an organisation (a publisher over its "Jaarverslag")."""
    for index, candidate in enumerate(candidates):
        start = index
        while start > 0 and candidates[start].tight and index - start < COVER_TITLE_LINES:
            start -= 1
        above = candidates[start:index]
        if _kind_alone(candidate.text, words) and candidate.tight and len(above) > 1 \
                and (start == 0 or not candidates[start].tight) \
                and not any(letterhead.organisation(line.text, words.language) for line in above):
            one = Candidate(" ".join(line.text for line in above), above[0].tight, False, last_line=above[-1].ending)
            return candidates[:start] + [one] + candidates[index:]
    return candidates


def _name_broken_at_comma(line: str, words: Vocabulary) -> bool:
    """An organisation's name broken after a comma of its own ("Ministerie van Volksgezondheid,"
    / "Welzijn en Sport"): it goes on in the line under it."""
    return line.endswith(",") and letterhead.organisation(line, words.language)


def _capitals(line: str) -> bool:
    """A line set in capitals ("VASTEN 2025"): the set of a display line, which a line that goes
    on with it shares; a line under it in lower case is set apart, a subtitle ("in de parochie")."""
    letters = [char for char in line if char.isalpha()]
    return bool(letters) and all(char.isupper() for char in letters)


def _body(block: Block) -> bool:
    """A paragraph of the text or a list item: the title stands above it."""
    return block.kind == "item" or (block.kind == "paragraph" and len(block.text.split()) >= BODY_MIN_WORDS)


def possible(line: str, words: Vocabulary, in_paragraph: bool = False) -> bool:
    """A line that can be a title: a word of two letters at least (not figures alone); no date,
    version, address, contact, registration (but a kind's name with its number: "Rapport
    2024-123456"), label ("Bepalingen :"), salutation ("Beste,"), authors' field ("Authors: Anna de
    Vries and Piet Jansen": a byline, nor a title's last words) or sentence (see _sentence)."""
    line = line.strip()
    tokens = line.split()
    return (bool(re.search(r"[^\W\d_]{2}", line)) and not line[:1].islower()
            and not _dated(tokens, line, words) and not words.cover_label.match(line)
            and letterhead.kind(line, words.language) not in ("address", "date", "contact", "label", "addressee")
            and not (_registration(line, words) and not _kinds_in(tokens, words))
            and not ends_as_label(line)
            and not words.author_field.match(line) and not _sentence(tokens, in_paragraph))


def ends_as_label(line: str) -> bool:
    """A line ending on a label's colon ("Postadres:", "Bepalingen :") or a salutation's comma
    ("Beste,"): it announces what follows, and is no title."""
    return line.rstrip().endswith((":", ","))


def _registration(line: str, words: Vocabulary) -> bool:
    """A register's label and the number it gives ("KvK 12345678", see REGISTRATION), or a register's
    label however many words it holds and the number alone after it ("Registered company number" /
    "01234567", one line as a cover sets them one over the other, see _goes_on; words.number_label):
    a display line, TITLE_MAX_CHARS at most (a longer one is text, and would cost the pattern the
    square of its length)."""
    if len(line) > TITLE_MAX_CHARS:
        return False
    field = re.fullmatch(rf"(.+)\s{NUMBER_ALONE.pattern}", line)
    return bool(REGISTRATION.match(line) or (field and words.number_label.search(field[1])))


def part_titled(line: str, words: Vocabulary) -> bool:
    """A part's label and number with its own title after a colon ("Bijlage 4: Voortgang
    Forumtoetsing"): an annex's title, though its label is a letterhead's too (whose value is a
    count or a list: "Bijlagen 2")."""
    part = words.provision.match(line)
    return bool(part and re.match(r"\s*:\s*[^\W\d_]{2}", line[part.end():]))


def _sentence(tokens: list[str], in_paragraph: bool) -> bool:
    """A line of text: it ends on a full stop after a whole word ("... de eerste zin.", not an
    abbreviation, whose letters stand between full stops: "Protokoll der Mitgliederversammlung des
    Makerspace Gütersloh e.V.") in a paragraph; a display line (a cover's "How to Help.") only
    with SENTENCE_MIN_WORDS words or more."""
    last = tokens[-1] if tokens else ""
    if not FULL_STOP.search(last):
        return False
    word = re.sub(r"[.!?…'’”\")\]]+$", "", last)
    if "." in word:
        return False
    return len(tokens) >= SENTENCE_MIN_WORDS or (in_paragraph and len(word) > 1)


def _dated(tokens: list[str], line: str, words: Vocabulary) -> bool:
    """A date line: a date first, after a place or a label ("Amsterdam, 29 augustus 2024
    versie 2", "Periode 1 januari - 30 juni 2024", "November 19th"), and no kind's name to date
    (that is a title: "Newsletter June 2017").  A date further on dates a title ("Ledenvergadering
    van 12/03/2021").  The place is a word or two up to its comma ("Den Haag, 1 maart 2011",
    "Kaiseraugst den, 11. Januar 1991"); a day's number may be glued to its month ("11.Januar")."""
    if not tokens or _kinds_in(tokens, words):
        return False
    tokens = DAY_GLUED_TO_MONTH.sub(r"\1 ", " ".join(tokens)).split()
    month = _month_or_date(tokens, line, words)
    place = next((index + 1 for index, token in enumerate(tokens[:PLACE_WORDS]) if token.endswith((",", ":"))), 0)
    first = place or _date_lead(tokens, words) or (1 if len(tokens) > 1 and _opens_date(tokens[1], words) else 0)
    return bool(month) and first < len(tokens) and _opens_date(tokens[first], words)


def _month_or_date(tokens: list[str], line: str, words: Vocabulary) -> bool:
    """Whether a line names a month ("mars", "March,") or holds a date or time in figures."""
    return any(token.strip(",.").lower() in words.months for token in tokens) or bool(DATE_IN_FIGURES.search(line))


def _date_lead(tokens: list[str], words: Vocabulary) -> int:
    """How many words lead the date of a week an issue is for ("Week beginning 30th June 2019",
    "Week van 3 maart"): a date line the issue is dated by, not a title; 0 when none does."""
    return next((len(lead.split()) for lead in words.date_leads
                 if " ".join(tokens[:len(lead.split())]).lower() == lead), 0)


def _opens_date(token: str, words: Vocabulary) -> bool:
    """A day's number or a month's name: "29", "November"."""
    return token[:1].isdigit() or token.strip(",.").lower() in words.months


def _repeated_heads(changes: tuple[Change, ...]) -> frozenset[str]:
    """The running heads printed LETTERHEAD_COPIES times or more, folded (see _folded): where the
    publisher sets apart an author or a short title (see _in_heads)."""
    heads = Counter(_folded(change.before) for change in changes if change.kind == "running-head")
    return frozenset(head for head, copies in heads.items() if copies >= LETTERHEAD_COPIES)


def _in_heads(above: str, line: str, heads: frozenset[str]) -> bool:
    """A line the running heads print on their own or as their last field ("Dr. X Y"; "Measuring
    nm vibrations Krystian Czerniak (s3289451)", the short title and the author's name side by
    side): an author the publisher sets apart atop the later pages, a byline under the title
    (`above`, its line over it), not its last words.  A head holding the line above too is the
    title itself, repeated ("Evaluation of the CoronaMelder" / "app")."""
    folded, over = _folded(line), _folded(above)
    return any(head.endswith(f" {folded}") or head == folded for head in heads if over not in head)


def _joined(candidates: list[Candidate], words: Vocabulary, heads: frozenset[str] = frozenset(),
            text: str = "") -> list[Candidate]:
    """A title set over two lines, the second right under the first: a name with its kind and
    date ("COOLEMAN RIDGE PARK CARE GROUP" / "Newsletter June 2017": a periodical's masthead),
    or a kind with the organisation it is of ("Beleidsplan" / "Stichting Speelruimte"), or a kind
    of a meeting broken before its date ("Procès-verbal de l’Assemblée Générale" / "Ordinaire du
    1er mars 2025", see _meetings_date_under), though that line heads the text under it.  Over an
    organisation's name ("Stichting X" / "Beleidsplan 2023 - 2025") the kind is the title, and
    the organisation its publisher.  A long line wrapped before its last words is one title too
    (see _wrapped), unless the line under it heads the text set right under it, no blank line
    between ("Introduction" over the first paragraph), but where the text (`text`: the first
    page's paragraphs, see _first_page_text) prints the words across the break in a row (see
    _named_across); nor into a line the running heads print as an author's (`heads`, see
    _in_heads)."""
    out: list[Candidate] = []
    for candidate in candidates:
        above = out[-1] if out else None
        if above is not None and candidate.tight and (
                (_kind_and_date_only(candidate.text, words) and not _kinds_in(above.text.split(), words)
                 and not letterhead.organisation(above.text, words.language))
                or (_kind_alone(above.text, words) and letterhead.organisation(candidate.text, words.language))
                or _meetings_date_under(above.text, candidate.text, words, text)
                or (_wrapped(above, candidate.text, words, heads)
                    and (not candidate.heading or _named_across(above.ending, candidate.text, text)))):
            out[-1] = Candidate(f"{above.text} {candidate.text}", above.tight, candidate.apart, candidate.over_text,
                                candidate.ending)
        else:
            out.append(candidate)
    return out


def _named_across(above: str, line: str, text: str) -> bool:
    """Whether the text (folded, see _folded) prints the last ACROSS_WORDS words of the line
    above and the whole line under it in a row ("... Virtual Institute for Research Software
    Excellence" under "EVERSE – European Virtual Institute for Research" / "Software
    Excellence"): one name broken over two lines, not a title over its first section's heading
    ("Introduction")."""
    phrase = _folded(f"{' '.join(above.split()[-ACROSS_WORDS:])} {line}")
    return bool(text) and f" {phrase} " in f" {text} "


def _first_page_text(blocks: list[Block]) -> str:
    """The words of the first page's paragraphs and list items of text (see _body), folded."""
    return _folded(" ".join(block.text for block in blocks[:first_page_end(blocks)] if _body(block)))


def _wrapped(above: Candidate, line: str, words: Vocabulary, heads: frozenset[str] = frozenset()) -> bool:
    """A title too long for its line, its last words run on in the line right under it
    ("PRIVACYVERKLARING VAN DE SPEELTUIN – Vereniging De" / "Wip Haarlem"): the line above fills
    WRAPPED_MIN_CHARS at least, or is set in capitals over a line in capitals (a title set large
    wraps sooner: "HET STRATEGISCH GLB-PLAN" / "NEDERLAND"; not an organisation's name, which
    stands over the title it publishes: "STICHTING DE WIP" / "BELEIDSPLAN"), and ends on a word (not a year or
    number, which ends a title: "Nieuwsbrief voorjaar 2024"), the line under is shorter and set
    alike (both in capitals or neither, see _capitals), and is no author the running heads
    print (`heads`, see _in_heads; a line naming the document's kind is none: "ANNUAL REPORT |
    DECEMBER 2022", the heads' short title).  A short line over a name ("Kernwaarden" / "Pauline
    Meurs"), a line set apart in another type, or a name in quotes under the title (its short
    name: "“RKI-kader”") is a title of its own.  Set alike means like the line the title ends
    on: under a title joined from lines ("Design – ... SSL en" / "CMS") a line in another type
    ("CoronaCheck, MinVWS") is the next.  A line opening with the title's first word (accents
    aside) begins the same title anew, in a second language ("RÈGLEMENT INTERCLUBS ..." /
    "REGLEMENT INTERCLUB ..."): a parallel title, not the run-on.  Nor is a word and a small
    number alone ("EDITIE 29", see NUMBERED_LABEL): the edition's label under the title."""
    set_large = _capitals(above.ending) and _capitals(line) and not letterhead.organisation(above.text, words.language)
    return ((len(above.text) >= WRAPPED_MIN_CHARS or set_large)
            and above.text[-1:].isalpha() and len(line) < len(above.text)
            and _capitals(above.ending) == _capitals(line) and not QUOTED.fullmatch(line)
            and _first_word(line) != _first_word(above.text) and not NUMBERED_LABEL.fullmatch(line)
            and not (_in_heads(above.ending, line, heads) and not _kinds_in(line.split(), words)))


def _first_word(line: str) -> str:
    """A line's first word, lower case and without accents: "Règlement" and "Reglement" are one."""
    word = line.split()[0] if line.split() else ""
    return "".join(char for char in unicodedata.normalize("NFD", word.lower()) if not unicodedata.combining(char))


# ----------------------------------------------------------------------------- what a line names

def _kinds_in(tokens: list[str], words: Vocabulary) -> list[int]:
    """The positions of the words naming a document's kind, compounds included ("Jahresbericht",
    "Gemeinde-InfoBrief")."""
    return [index for index, token in enumerate(tokens)
            if token.strip(",.:;").lower().endswith(words.kinds) and len(token.strip(",.:;")) > 2]


def _own_words(tokens: list[str], words: Vocabulary) -> tuple[list[str], bool, bool]:
    """The words of a line besides its kind, function words, dates and numbers, and the
    organisation it names; and whether it holds a date or number, and an organisation."""
    kinds = set(_kinds_in(tokens, words))
    organisation = next((index for index in range(len(tokens))
                         if index not in kinds and letterhead.organisation(" ".join(tokens[index:]), words.language)),
                        len(tokens))
    own, dated = [], False
    for index, token in enumerate(tokens[:organisation]):
        bare = token.strip(",.:;()").lower()
        if any(char.isdigit() for char in bare) or bare in words.months:
            dated = True
        elif index not in kinds and bare and bare not in words.function_words and re.search(r"\w", bare):
            own.append(token)
    return own, dated, organisation < len(tokens)


def _names_the_document(line: str, words: Vocabulary, whose: bool = False) -> bool:
    """A kind's name with the date, number or organisation that makes it this document's (the
    organisation may stand right over it, `whose`: "Stichting De Wip" / "Huishoudelijk reglement"),
    and at most KIND_NAME_WORDS words of its own."""
    tokens = line.split()
    if not _kinds_in(tokens, words):
        return False
    own, dated, organisation = _own_words(tokens, words)
    return (dated or organisation or whose) and len(own) <= KIND_NAME_WORDS


def _kind_and_date_only(line: str, words: Vocabulary) -> bool:
    """"Newsletter June 2017": a kind and a date, nothing of its own."""
    tokens = line.split()
    own, dated, organisation = _own_words(tokens, words)
    return bool(_kinds_in(tokens, words)) and dated and not organisation and not own


def _meetings_date_under(above: str, line: str, words: Vocabulary, text: str) -> bool:
    """A kind of a meeting broken before its date: the line above opens with the kind's name and
    what it is of, undated (see _kind_of_undated), the line under dates it (see _meetings_date),
    and the meeting's name runs on across the break: the first page's text (`text`, see
    _first_page_text) names it with the word that opens the line under ("... de l’Assemblée Générale"
    / "Ordinaire du 1er mars 2025" and "l’assemblée générale ordinaire" in the minutes' first point,
    see _named_across), or that word is a meeting's kind under a line broken off on a word in lower
    case ("Protokoll der ordentlichen" / "Mitgliederversammlung vom ..."; a line ending on a
    capitalised word may be whole: "VERSLAG VAN DE WERKGROEP SPEELTUIN" / "Vergadering 3 maart
    2025").  A capital at the break is no evidence: a title in capitals, English in title case and
    German nouns have one ("NIEUWSBRIEF VAN DE SPEELTUINVERENIGING" / "Activiteiten in maart 2025",
    "Bericht des Vorstands" / "Aktivitäten im März 2025": the title over its subtitle)."""
    broken_off = above.split()[-1].islower()
    runs_on = _named_across(above, line.split()[0], text) or (broken_off and _kinds_in(line.split(), words)[:1] == [0])
    return runs_on and _kind_of_undated(above, words) and _meetings_date(line, words)


def _kind_of_undated(line: str, words: Vocabulary) -> bool:
    """A line opening with a kind's name and what it is of, undated: "Procès-verbal de l’Assemblée
    Générale", "Minutes of the Annual General", "Protokoll der ordentlichen"."""
    tokens = line.split()
    return len(tokens) > 1 and _kinds_in(tokens, words)[:1] == [0] and tokens[1].lower() in words.function_words \
        and not _own_words(tokens, words)[1]


def _meetings_date(line: str, words: Vocabulary) -> bool:
    """The line under a kind of a meeting that ends its name and dates it: a day in a month and a
    year written out (see publish.dates; not a month's issue: "Activiteiten maart 2025"), with
    KIND_NAME_WORDS words of its own at most, the meeting's name aside ("Ordinaire du 1er mars
    2025", "Meeting of 3 March 2025", "Mitgliederversammlung vom 12. März 2025"); more words make
    a line of its own (a section's heading: "Activiteiten van de werkgroep op 3 maart 2024").  The
    organisation whose meeting it was may follow ("Ledenvergadering van 3 maart 2025, Stichting De
    Wip"): it belongs to the minutes' title, and its words are none of the line's own."""
    own = _own_words(line.split(), words)[0]
    return bool(re.search(dates(words.language).written, line, re.IGNORECASE)) and len(own) <= KIND_NAME_WORDS


def _kind_alone(line: str, words: Vocabulary) -> bool:
    """A kind's name and nothing else: "Persbericht", "Nieuwsbrief"."""
    tokens = line.split()
    return len(tokens) == 1 and bool(_kinds_in(tokens, words))
