"""Cleaned blocks -> Document: front matter, chapters (title, byline, blocks), headings, ledes,
signatures, lists and pull quotes; metadata inferred from the text, then the TOML on top."""
from __future__ import annotations

import re
import statistics
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from functools import cache
from itertools import accumulate, dropwhile, takewhile

from publish.clean import Cleaned, academic, labels
from publish.clean.lines import Block, ends_on_function_word, ends_on_joining_sign, first_page_end, last_word
from publish.clean.footnotes import notes_heading
from publish.clean.lists import numbering
from publish.clean.paragraphs import SECTION_NUMBER_OPENING, vocabulary_of
from publish.clean.tokens import BULLET_CLASS
from publish.config import SourceConfig
from publish.dates import CLOCK, DAY, IN_FIGURES, TIME, dates
from publish import letterhead
from publish import title as titles
from publish.title import YEAR
from publish.languages import Language, language, supported
from publish.languages.patterns import labelled_field, vocabulary
from publish.report import Change
from publish.model import (BulletList, Chapter, Document, Heading, ListItem, Metadata, Note, NoteRef, Paragraph,
                           Person, PullQuote, Text, plain_text)

NUMBERED = re.compile(r"^(?:[IVXLC]+|\d{1,2}|[A-Za-z])[.\])]\s")
# A heading's decimal number: "2.", "2 ", "4.2", "4.2.1." (its dots tell the depth).
DECIMAL_NUMBER = re.compile(r"^(\d{1,2}(?:\.\d{1,2}){0,3})\.?(?=\s)")
# An agenda's item number, letters counting among its figures: "4.a", "5.a.1", "7.b".
OUTLINE_NUMBER = re.compile(r"^(\d{1,2}(?:\.\d{1,2})*\.[a-z](?:\.\d{1,2})?)\.?(?=\s)")
MAX_HEADING_LEVEL = 4
# A text ending a sentence with a full stop, a question or exclamation mark (maybe a closing quote
# or bracket and a note number after it).
FULL_STOP = re.compile(r"[.!?…][’”'\")\]]*\d{0,3}$")
# A question or an exclamation closing a quoted title at a text's end ("... het bericht ‘Zorg in de wijk: wat nu?’").
QUOTED_TITLE_END = re.compile(r"[?!][’”'\"»]$")
# A number or a sign standing alone: section and page numbers, figures, bullets ("5.3", "16",
# "16.000", "8%", "•").
NUMBER_OR_SIGN = re.compile(r"[-+−€$£]?\d+(?:[.,]\d+)*[.%]?|[^\w\s]+|_+")
# A figure in a table's column: "200", "14.021.132", "-390", "71,5%" (not a year span or a date).
FIGURE = re.compile(r"[-−]?\d{1,3}(?:[.,]\d{3})*(?:,\d+)?%?|[-−]?\d+(?:,\d+)?%")
CHART_RUN = 3
LABEL_RUN = 6
GROUP_LINES = 3                 # lines of a group: its first, its last, and one between at least
# (A telephone number opens with 0 or a country code: "020 - 555 12 34", "+31 20 ..."; "2023 - 2025" is
# a span of years.)
PHONE = r"(?:\+\d{2}\s?|(?<!\d)0)\d{1,3} ?- ?\d{2,3} ?\d{2,3}|^0\d(?: \d{2}){4}$"
# A page number before or after a running head's text: "De Wip 3", "4 | Jaarverslag".
FOLIO_AROUND = re.compile(r"^\s*\d{1,3}\s*[|–-]?\s*|\s*[|–-]?\s*\d{1,3}\s*$")
NOTE_ENTRY = re.compile(r"^(\d{1,3})[.)]?\s+(?=\S)")
LEDE_NARROWER = 0.85
HEADING_MAX_CHARS = 100
# A group of more short unpunctuated lines inside a chapter is text (a programme, an address,
# or body lines cut short by furniture), not a heading.
HEADING_MAX_LINES = 2
LEDE_MAX_LINES = 8

@dataclass(frozen=True)
class Words:
    """The words of one language structure reads as evidence (its language.toml)."""

    language: Language
    provision: re.Pattern        # a provision's or section's label with its number: "§ 2.1", "Artikel 3"
    caption: re.Pattern          # a caption or source line of a chart, table or figure ("Tabel 2:", "Figuur 4.2",
    #                              "Bron: CBS"): a chapter's own numbering of its figures too
    foreword: re.Pattern         # a foreword's title: "Voorwoord"
    notes_heading: re.Pattern    # "Noten" over the notes' text
    salutation: re.Pattern       # "Geachte ...," opening a letter's text
    closing: re.Pattern          # "Met vriendelijke groet," over a letter's signature
    closing_run_on: re.Pattern   # "Respectfully submitted, Ken Ota.": the signature run on after the formula's comma
    on_behalf: re.Pattern        # "Namens deze,", "namens het bestuur van": on whose behalf a signature signs
    salutation_alone: re.Pattern  # "Beste" alone on its line (the name left out or blacked out)
    never_signs: re.Pattern      # "Aan ...", "T.a.v. ...": an address's opening, never a signature's
    signed_mark: re.Pattern      # "w.g.", "(signed)": where a signature stood in a copy, the signer's name after it
    sign_off: re.Pattern         # "Fijne Vakantie", "Tot ziens": a wish or greeting signing off a text
    choices: frozenset[str]      # "of", "or": a word offering a choice ("Tips of foto's,"), an appeal's, no wish's
    mark_alone: re.Pattern       # "getekend": a mark only alone on its line ("Getekend: Peter de Wit": a credit)
    date_in_line: re.Pattern     # a date written out or in figures, anywhere in a line ("Fait à Paris, le 16/03/2016")
    signed_at: re.Pattern        # where and when a text was signed: "Dordrecht, 16 mei 2017", "Gedaan te ... op ..."
    function_words: frozenset[str]
    open_ends: frozenset[str]    # "de", "and", "für": words that open a phrase and never close one
    # The metadata inference's evidence ([metadata] and the letterhead's patterns):
    author: re.Pattern           # a byline naming someone: "door Kim Putters", "coreferaat van Sofie Vriends"
    contact: re.Pattern          # a contact line: an e-mail or web address, a labelled or written-out number
    author_label: re.Pattern     # "Auteurs" over the authors' names
    author_opener: re.Pattern    # "Door:", "By": an author's opener alone on its line, over the authors' names
    author_labelled: re.Pattern  # "Auteur: Karien Vermeulen": the label, then an author's name on its line
    title_labelled: re.Pattern   # "Titel: Tirza": a record's label, then the title of the work it records
    about_author: re.Pattern     # "About the author": a section whose paragraphs open on the author's name
    review: re.Pattern           # "Book review", "Boekbespreking": a text about another's work
    cover_label: re.Pattern      # other labels of a report's cover ("Versie", "Status"): they end the names
    contact_label: re.Pattern    # "Contact", "Colofon": the contact section of a colophon
    colophon_label: re.Pattern   # "Colofon", "Impressum": the page of the edition's own details
    publisher_roles: frozenset[str]   # "uitgave van Stichting X" names the publisher, not an author
    role_words: frozenset[str]   # "officer", "voorzitter", "church warden": a line ending on one names a role, no one
    role_openers: frozenset[str]  # "leiter": a role's first word ("Leiter Finanzen"), last a surname ("Anna Leiter")
    institution: re.Pattern      # "Universiteit", "University": a line holding one names an institution, no one
    credit: re.Pattern           # "Rapport van de Universiteit Utrecht": a publication's word, "van", a body
    name_particles: frozenset[str]    # words a name may hold in lower case ("van", "de", "prof.", "en")
    name_with_title: re.Pattern  # "prof. dr. Kim Putters", "Dr. Esther Metting"
    paper_askers: re.Pattern     # "Vragen van het lid", "Vragen van de leden": the askers' names follow
    paper_answerer: re.Pattern   # "Antwoord van Staatssecretaris": the answerer's name follows
    paper_name_joiner: re.Pattern  # "en" between the last two askers
    subject_pronouns: frozenset[str]  # "wij", "we": a line opening with one opens a sentence of its own
    paper_number: re.Pattern     # a paper's number in a numbered series, alone on its line ("Nr. 4", "3235")
    dated: re.Pattern            # a date in brackets closing a title: "(ingezonden 3 juni 2021)."
    date_alone: re.Pattern       # a date and nothing else: "Zaterdag 7 oktober", "Friday, March 1st, 2019"
    page_reference: re.Pattern   # a page's word and its number or range alone: "Seite 24", "blz. 12", "Page 27-29"
    letterhead: letterhead.Patterns
    title: titles.Vocabulary     # the words the first page's title is scored by


@cache
def words_of(language: Language) -> Words:
    paragraph_words = vocabulary_of(language)
    provisions = vocabulary(language, "structure.provisions", any_space=False)
    return Words(
        language=language,
        provision=re.compile(rf"^(?:§+\s*|(?:{provisions})\s+)(?:(\d{{1,3}}(?:\.\d{{1,2}})*)|[IVX]+\b)"),
        caption=re.compile(rf"^(?:{vocabulary(language, 'structure.captions', any_space=False)})"
                           r"\s+\d+(?:\.\d+)*[.:]?(?:\s|$)"
                           rf"|^(?:{vocabulary(language, 'structure.sources', any_space=False)})\s*:\s*\S"),
        foreword=re.compile(rf"^(?:{vocabulary(language, 'structure.forewords', any_space=False)})$", re.IGNORECASE),
        notes_heading=notes_heading(language)[0],
        salutation=paragraph_words.salutation,
        closing=paragraph_words.closing,
        # The formula's comma before the signature, or none before on whose behalf ("Met vriendelijke groet namens
        # OSGeo.nl,").
        closing_run_on=re.compile(rf"^(?:{vocabulary(language, 'letter.closings', any_space=False)})"
                                  rf"(?:,\s*|\s+(?=(?:{vocabulary(language, 'letter.on_behalf')})(?!\w)))"
                                  r"(?P<signature>\S.*)$", re.IGNORECASE),
        on_behalf=re.compile(rf"^(?:{vocabulary(language, 'letter.on_behalf')})(?!\w)", re.IGNORECASE),
        salutation_alone=re.compile(rf"^(?:{vocabulary(language, 'letter.salutations', any_space=False)}),?$"),
        never_signs=re.compile(rf"^(?:{vocabulary(language, 'letter.never_signs', any_space=False)})(?!\w)"),
        signed_mark=re.compile(rf"^(?:{vocabulary(language, 'letter.signed_marks')})[.:]*"
                               r"(?:\s+(?P<name>\S.*))?$", re.IGNORECASE),
        # A listed greeting, or a wish's adjective with a wish's noun ("Fijne Pasen", "Have a great weekend").
        sign_off=re.compile(rf"^(?:{vocabulary(language, 'letter.sign_offs')}"
                            rf"|(?:{vocabulary(language, 'letter.wish_adjectives')})\s+"
                            rf"(?:{vocabulary(language, 'letter.wish_nouns')}))(?!\w)", re.IGNORECASE),
        choices=language.words("letter.choices"),
        mark_alone=re.compile(rf"^(?:{vocabulary(language, 'letter.marks_alone')})[.:]*", re.IGNORECASE),
        date_in_line=re.compile(rf"\b(?:{dates(language).written}|{IN_FIGURES})\b", re.IGNORECASE),
        # A phrase saying where it was done and a date ending the line ("Fait à Paris, le 16/03/2016", tried first:
        # no place to name elsewhere, see _signed_at); or a place (capitalised words) and its comma, a word maybe
        # ("le", "den", "d.d."), and the date ending the line.
        signed_at=re.compile(rf"^(?:(?i:{vocabulary(language, 'letter.signed_at')})\s.*"
                             rf"|(?P<town>{SIGNING_PLACE}),\s*(?:[\w.]+\s+)?)"
                             rf"(?i:{dates(language).written}|{IN_FIGURES})\.?$"),
        function_words=paragraph_words.function_words,
        open_ends=language.words("structure.open_ends"),
        author=re.compile(rf"^(?:{vocabulary(language, 'metadata.author_openers')})\s+(?P<name>.+)$"
                          rf"|^(?P<role>[\w-]+) (?:{vocabulary(language, 'furniture.byline_of')})"
                          r"\s+(?P<name2>[A-Z].+)$",
                          re.IGNORECASE),
        contact=re.compile(rf"@|www\.|https?://|^(?:{vocabulary(language, 'metadata.contact_labels')})\b|{PHONE}",
                           re.IGNORECASE),
        author_label=_label_pattern(language, "metadata.author_labels"),
        author_opener=_label_pattern(language, "metadata.author_openers"),
        author_labelled=labelled_field(language, "metadata.author_labels"),
        title_labelled=re.compile(rf"^(?:{vocabulary(language, 'metadata.title_labels')})"
                                  r"\s*:\s*(?P<title>\S.*)$", re.IGNORECASE),
        cover_label=_label_pattern(language, "metadata.cover_labels"),
        about_author=_label_pattern(language, "metadata.about_author_headings"),
        # A review's word, a compound's end too ("Boekrecensie"), or its label before or after the title's colon.
        review=re.compile(rf"(?:{vocabulary(language, 'metadata.review_words')})(?!\w)"
                          rf"|^(?:{vocabulary(language, 'metadata.review_labels')})\s*:"
                          rf"|:\s*(?:{vocabulary(language, 'metadata.review_labels')})$", re.IGNORECASE),
        contact_label=_label_pattern(language, "metadata.contact_sections"),
        colophon_label=_label_pattern(language, "metadata.colophon_labels"),
        publisher_roles=language.words("metadata.publisher_roles"),
        role_words=language.words("metadata.role_words"),
        role_openers=language.words("metadata.role_openers"),
        institution=re.compile(rf"(?<!\w)(?:{vocabulary(language, 'metadata.institution_words')})(?!\w)",
                               re.IGNORECASE),
        credit=re.compile(rf"^(?:{vocabulary(language, 'metadata.document_kinds')}"
                          rf"|{vocabulary(language, 'metadata.publication_words')})"
                          rf" (?:{vocabulary(language, 'furniture.byline_of')})\s+(?P<body>[A-Z].+)$",
                          re.IGNORECASE),
        name_particles=language.words("furniture.name_particles") | language.words("metadata.name_joiners")
        | {title + "." for title in language.words("typography.titles")},
        name_with_title=paragraph_words.name_with_title,
        # After its label ("Nr. 4") or of three figures at least ("3235", a dossier's "35 538"), so that a
        # chapter's number ("1" over "Inleiding") is none; a year alone ("2016") is a date, no such number;
        # one opening with a zero ("0623044495") is a telephone number or a code: papers count from 1.
        paper_askers=re.compile(rf"(?:{vocabulary(language, 'metadata.paper_askers')})\s", re.IGNORECASE),
        paper_answerer=re.compile(rf"(?:{vocabulary(language, 'metadata.paper_answerers')})\s",
                                  re.IGNORECASE),
        paper_name_joiner=re.compile(rf",|\s(?:{vocabulary(language, 'metadata.paper_name_joiners')})\s"),
        subject_pronouns=language.words("metadata.subject_pronouns"),
        paper_number=re.compile(rf"^(?:(?:{vocabulary(language, 'metadata.paper_number_labels')})\s*\d+|[1-9]\d{{2,}}"
                                r"|[1-9]\d{0,2}(?:[ .]\d{3})+)$", re.IGNORECASE),
        # When the paper was sent or received ("(ingezonden 3 juni 2021).", "(received 9 March 2023)"),
        # not what it is about.  Begun only where a run of spaces begins: searched from every space of
        # a long run, the pattern would take quadratic time.
        dated=re.compile(rf"(?<!\s)\s*\([^()]*\b{dates(language).written}\)\s*\.?$", re.IGNORECASE),
        date_alone=_date_alone_pattern(language),
        # A reference to a page, or a folio left in the text: never a section's name.
        page_reference=re.compile(rf"^(?:{vocabulary(language, 'furniture.page')})\s*{PAGES}$", re.IGNORECASE),
        letterhead=letterhead.patterns(language),
        title=titles.vocabulary_of(language, paragraph_words.function_words),
    )


def _date_alone_pattern(language: Language) -> re.Pattern:
    """A date and nothing else: a weekday maybe, the day and month either way round, a year and a
    time maybe ("Zaterdag 7 oktober", "23. Juli 2023", "dinsdag 21 november 2023 15:41", "Friday,
    March 1st, 2019"); or a weekday and its day, the month said above (an agenda's "Dinsdag 27")."""
    date = dates(language)
    return re.compile(rf"^(?:(?:{date.weekdays}),?\s+)?(?:{date.written}|{date.day_month})(?:,?\s+{CLOCK})?$"
                      rf"|^(?:{date.weekdays}),?\s+{DAY}$", re.IGNORECASE)


def _label_pattern(language: Language, key: str) -> re.Pattern:
    """A label alone on its line, a colon after it allowed, any case."""
    return re.compile(rf"^(?:{vocabulary(language, key)})\s*:?$", re.IGNORECASE)


SMALL_NUMBER = re.compile(r"\d{1,2}")     # never a subtitle: a page's or section's number
PAGES = r"\d{1,3}(?:\s*[-–]\s*\d{1,3})?"   # a page's number, or the range of pages a reference spans: "27-29"
HEADER_LABEL_MAX_WORDS = 2     # a letterhead's label alone on its line: "Verzonden:", "Kopie aan:"


def structure(cleaned: Cleaned, config: SourceConfig | None = None, name: str = "") -> Document:
    config = config or SourceConfig()
    name = name or cleaned.name
    words = words_of(cleaned.language.language)
    read = _provision_labels_apart(_apply_overrides(list(cleaned.blocks), config), words)
    read = _title_line_apart(_without_ornaments(_without_self_links(read)), words)
    read = _titles_over_dates(read, words)
    blocks, notes, notes_heading = _notes_section(
        _not_headings(_numbers_over_headings(_cover_page(read)), words), words)
    notes = _with_supplied_notes(_with_footnotes(notes, cleaned.footnotes), config.notes)
    opening = _letter_opening(blocks, words)
    named = _times_named([block.text for block in blocks], cleaned.source.lines, words)
    if opening is not None:
        front, chapters = _letter(blocks, opening, words, named)
    else:
        front, chapters = _chapters(blocks, words, named)
        if not chapters and front and _readable(front[0].text):
            front, chapters = [], [_display_only(front, words, named)]
    front_lines = _front_lines(front, words)
    inferred = _infer_metadata(front_lines, chapters, words, letter=opening is not None,
                               cover=len(_front_lines(front[:first_page_end(front)], words)),
                               opening_heading=_opening_title(blocks, cleaned.changes, words)
                               if chapters and not chapters[0].title else None, source_lines=cleaned.source.lines)
    paper = _paper_title(blocks, words) if opening is None else None
    dossier = titles.dossier_title(blocks, cleaned.source.lines, words.title) if opening is None and not paper else None
    if paper:
        inferred = replace(inferred, title=paper, subtitle=None,
                           authors=_paper_authors(blocks, words) or inferred.authors)
    elif dossier:
        inferred = replace(inferred, title=dossier[0], subtitle=dossier[1])     # (a paper of a numbered dossier)
    elif opening is None or not (chapters and chapters[0].title.strip()):
        inferred = _scored_title(inferred, blocks, cleaned.changes, words)   # (a letter's title is its subject line)
    inferred = replace(inferred, title=titles.without_ornament(
        titles.without_date_set_apart(inferred.title, blocks, cleaned.source.lines, words.title)))
    if inferred.subtitle and SMALL_NUMBER.fullmatch(inferred.subtitle.strip()):
        inferred = replace(inferred, subtitle=None)     # a page's or a section's number under the title
    if inferred.subtitle and titles.date_field(inferred.subtitle, words.title):
        inferred = replace(inferred, subtitle=None)     # the minutes' "Datum: ..." field: it stays in the text
    title, title_notes = _consistent_title(inferred.title) if _readable(inferred.title) else _named_title(name)
    bylined = _bylined_names([line for line, role in front_lines if role == "author"]
                             + [line for chapter in chapters for line in chapter.byline], words)
    inferred = replace(inferred, title=title,
                       authors=_not_ending(title, inferred.authors, bylined) or _body_in_title(title, words))
    if inferred.series and _key(inferred.series) == _key(inferred.title):
        inferred = replace(inferred, series=None)       # the title's line, read as a series too: once on the cover
    # An untitled chapter takes the document's title: the user's, when the TOML gives one (the
    # line the finder took for the title would stay the body's h1, in the contents and running head).
    given_title = config.metadata.get("title", inferred.title)
    chapters = [c if _readable(c.title) else replace(c, title=given_title) for c in chapters]
    chapters = _dated_first_title(chapters, given_title, words)
    chapters = [_table_rows_unheaded(chapter, cleaned.source.lines, words) for chapter in chapters]
    metadata = _override_metadata(replace(inferred, language=cleaned.language.tag), config)
    document = Document(metadata=metadata, chapters=tuple(_unique_ids(chapters)),
                        front_lines=tuple(line for line, _ in front_lines), notes=notes, notes_heading=notes_heading,
                        source_name=name, title_notes=() if "title" in config.metadata else tuple(title_notes))
    document = _house_style(document, words, cleaned.source.lines, "authors" in config.metadata)
    return _with_title_refs(document, blocks)


def _table_rows_unheaded(chapter: Chapter, source_lines: Sequence[str], words: Words) -> Chapter:
    """A heading printed in a table's row is a cell of that table, no heading: "Han Welmer   TNO",
    "Scherm   Omschrijving" (the layout extraction keeps the gap between the cells)."""
    return replace(chapter, blocks=tuple(
        Paragraph(block.content, block.lines)
        if isinstance(block, Heading) and _in_table_row(block, source_lines, words) else block
        for block in chapter.blocks))


# A gap between two cells of a table's row: three spaces or more, the next cell opening in a
# capital, a figure or a sign (a word in lower case after a wide gap goes on with the phrase,
# stretched by justified type: "Inzet      bij grondroering").
CELL_GAP = re.compile(r"(?<=\S) {3,}(\S)")


def _in_table_row(heading: Heading, source_lines: Sequence[str], words: Words) -> bool:
    """Cells apart on one of the heading's lines, past the section number or label that opens it
    ("4.2      Finanzbericht", "Artikel 1      Begrippen": a number set apart from its title)."""
    first, last = heading.lines
    return any(not cell.group(1).islower()
               for number in range(first, last + 1)
               for cell in CELL_GAP.finditer(_unlabelled(source_lines[number - 1].strip(), words)))


def _unlabelled(line: str, words: Words) -> str:
    label = DECIMAL_NUMBER.match(line) or OUTLINE_NUMBER.match(line) or NUMBERED.match(line) \
        or words.provision.match(line)
    return line[label.end():].lstrip() if label else line


def _dated_first_title(chapters: list[Chapter], title: str, words: Words) -> list[Chapter]:
    """A first chapter titled with a date alone ("27/07/2025", "SEP 16 2013", "2022-2023": when the
    text was written, set where a title would stand) takes the document's `title` (the user's, when
    the TOML gives one), and keeps the date as the first line of its byline (the title's own line
    leaves the byline, where the date over it had put it)."""
    first = chapters[0] if chapters else None
    if first is None or first.title_refs or first.byline_refs or _key(first.title) == _key(title) \
            or not _date_alone(first.title, words):
        return chapters
    byline = (first.title, *(line for line in first.byline if _key(line) != _key(title)))
    return [replace(first, title=title, byline=byline), *chapters[1:]]


def _date_alone(text: str, words: Words) -> bool:
    """A date, a year or a season and nothing else ("27/07/2025", "Week beginning 30th June 2019",
    "2022-2023"): a date line (see title.dated) whose words are months and the words a week's date
    opens with, no title dated ("Homeraad 16/02/2022")."""
    if titles.YEARS.fullmatch(text.strip()):
        return True
    lead = next((lead for lead in words.title.date_leads if text.lower().startswith(lead)), "")
    rest = re.findall(r"[^\W\d_]+", ORDINAL_SUFFIX.sub("", text[len(lead):]))
    return titles.dated(text, words.title) and all(word.lower() in words.title.months for word in rest)


# The letters after a day's number ("30th", "1st", "2e", "1ste").
ORDINAL_SUFFIX = re.compile(r"(?<=\d)(?:st|nd|rd|th|e|ste|de|er)\b", re.IGNORECASE)


def _with_title_refs(document: Document, blocks: list[Block]) -> Document:
    """Note markers the cleaner linked on a line that became a title, a byline or an author's
    name, which are plain text, kept there where they stand ("Inleiding3"; a title's "1" over its
    note of thanks; "An de Vries*" over her affiliation).  Evidence: the note is referenced
    nowhere else in the edition, and the words right before the marker stand in that text (see
    _with_marker for the order the places are tried in).  A marker the edition holds nowhere
    whose label is referenced elsewhere links no note: its figure stays in that text as printed
    ("II.a.1 Vaststelling agenda" beside a later "II.b.1"), so no figure of the source is lost."""
    referenced = document.note_references()
    unplaced = Counter(number for block in blocks for _, number in _references_after(block))
    unplaced.subtract(document.note_reference_numbers())
    for before, number in (ref for block in blocks for ref in _references_after(block)):
        if unplaced[number] <= 0:
            continue
        placed = _with_marker(document, before, number, as_figure=number in referenced)
        if placed is not None:
            document = placed
            referenced.add(number)
            unplaced[number] -= 1
    return document


def _with_marker(document: Document, before: str, number: int, as_figure: bool = False) -> Document | None:
    """The document with a marker placed after `before`'s words in the first text holding them:
    a chapter's title or byline lines (chapter by chapter), the document's title, an author's
    name; None when none holds them.  as_figure: the number set there as printed text instead."""
    for index, chapter in enumerate(document.chapters):
        if (place := _marker_place(chapter.title, before)) is not None:
            return _with_chapter(document, index, replace(chapter, title=_with_figure(chapter.title, place, number))
                                 if as_figure else replace(chapter, title_refs=(*chapter.title_refs, (place, number))))
        for line, text in enumerate(chapter.byline):
            if (place := _marker_place(text, before)) is not None:
                if as_figure:
                    byline = (*chapter.byline[:line], _with_figure(text, place, number), *chapter.byline[line + 1:])
                    return _with_chapter(document, index, replace(chapter, byline=byline))
                refs = (*chapter.byline_refs, (line, place, number))
                return _with_chapter(document, index, replace(chapter, byline_refs=refs))
    metadata = document.metadata
    if (place := _marker_place(metadata.title, before)) is not None:
        return replace(document, metadata=replace(metadata, title=_with_figure(metadata.title, place, number))) \
            if as_figure else replace(document, title_refs=(*document.title_refs, (place, number)))
    authors = list(metadata.authors)
    for index, person in enumerate(authors):
        if (place := _marker_place(person.name, before)) is not None:
            authors[index] = replace(person, name=_with_figure(person.name, place, number)) if as_figure \
                else replace(person, refs=(*person.refs, (place, number)))
            return replace(document, metadata=replace(metadata, authors=tuple(authors)))
    return None


def _with_figure(text: str, place: int, number: int) -> str:
    """The text with the number set at `place` as printed, glued to the word before it."""
    return text[:place] + str(number) + text[place:]


def _with_chapter(document: Document, index: int, chapter: Chapter) -> Document:
    return replace(document, chapters=(*document.chapters[:index], chapter, *document.chapters[index + 1:]))


def _references_after(block: Block) -> Iterator[tuple[str, int]]:
    """(the block's text before it, number) of each note reference in the block."""
    before = ""
    for part in block.inline():
        if isinstance(part, NoteRef):
            yield before, part.number
        else:
            before += part.text


MARKER_CONTEXT_WORDS = 3    # the words before a marker that find its place in a title


def _marker_place(title: str, before: str) -> int | None:
    """Where in the title a marker goes: right after the last words before it (MARKER_CONTEXT_WORDS
    at most, whole words, case and spacing aside), or None when the title does not hold them."""
    context = before.split()[-MARKER_CONTEXT_WORDS:]
    if not context:
        return None
    pattern = r"(?<!\w)" + r"\s+".join(map(re.escape, context)) + r"(?!\w)"
    found = list(re.finditer(pattern, title, re.IGNORECASE))
    return found[-1].end() if found else None


def _scored_title(inferred: Metadata, blocks: list[Block], changes: tuple[Change, ...], words: Words) -> Metadata:
    """The title the first page's candidates score best (publish/title.py), with the subtitle right
    under it, unless the title read so far already holds it (a title joined from lines the scorer
    reads apart); but a title read that is the choice run together with its subtitle or an
    organisation's name (a heading over the block's lines: "DE DAG VAN DE FILM EDITIE 29", "Code of
    Conduct for Committee Members Culcheth & Glazebury Residents Association", see
    title.Choice.run_together) is the scorer's to part.  A title read that is never one (a
    foreword's heading, "VOORWOORD", see title.never_title; a label announcing its value, ending on
    its colon, "Postadres:", or a salutation on its comma: see title.ends_as_label) is none, where the
    scorer offers none."""
    choice = titles.choose(blocks, changes, words.title, inferred.series, inferred.title)
    parted = choice is not None and _key(inferred.title) in {_key(run) for run in choice.run_together}
    if choice is None and (titles.never_title(inferred.title, words.title) or titles.ends_as_label(inferred.title)):
        return replace(inferred, title="", subtitle=None)
    if choice is None or (_key(choice.title) in _key(inferred.title) and not parted
                          and not titles.ends_as_label(inferred.title)):
        return inferred
    return replace(inferred, title=choice.title, subtitle=choice.subtitle)


def _readable(text: str) -> bool:
    """A title a reader can see: a letter or digit in it (not only control or format characters)."""
    return any(character.isalnum() for character in text)


# A line the text layer read in a font's own glyph codes as ASCII ("7-5A'0%"#$%&'(B&'0(A%#(4%>0", a
# magazine's cover set in a font without a character map): marks stand among its letters far more
# often than in any language's text, and no three letters stand together (an issue line "Nr.
# 4/2023 (Dez.-Feb.)", initials "J.-P. & M.-C. Dupont", "Tél./Fax : 01.23.45.67.89" hold a word);
# a web or e-mail address is a contact, whatever its marks.
CIPHER_MARKS = 0.3
CIPHER_LENGTH = 8
_MARKS = frozenset("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")
_THREE_LETTERS = re.compile(r"[^\W\d_]{3}")
# A written-out address (titles.WEB_OR_MAIL takes a lone "@" too, which glyph codes hold).
_ADDRESS = re.compile(r"://|www\.|\w@\w+\.\w")


def _ciphered(line: str) -> bool:
    """Whether a front line is glyph codes read as ASCII (see above): no title, subtitle, publisher
    or contact of the document; it stays among the cover's other lines, as printed."""
    text = line.replace(" ", "")
    return (len(text) >= CIPHER_LENGTH and sum(character in _MARKS for character in text) >= CIPHER_MARKS * len(text)
            and not _THREE_LETTERS.search(text) and not _ADDRESS.search(line))


# ----------------------------------------------------------------------------- editorial overrides

def _key(text: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", text)).strip().lower()


def _apply_overrides(blocks: list[Block], config: SourceConfig) -> list[Block]:
    headings = {_key(text) for text in config.headings}
    not_headings = {_key(text) for text in config.not_headings}
    out: list[Block] = []
    for block in blocks:
        key = _key(block.text)
        if block.kind == "display" and key in not_headings:
            block = replace(block, kind="paragraph")
        elif block.kind == "paragraph" and key in headings:
            block = replace(block, kind="display")
        elif block.kind == "paragraph":
            split = next((h for h in config.headings if key.startswith(_key(h) + " ")), None)
            if split:
                out.extend(_split_heading(block, split))
                continue
        out.append(block)
    return out


# A web page's self-link before a heading, kept by the print: "§ Conformiteit", "§ 5.1 Doel".
SELF_LINK = re.compile(r"§\s+(?=[^\W\d_]|\d{1,2}(?:\.\d{1,2})*\.(?:\s|$)|\d{1,2}(?:\.\d{1,2})+\s)")
SELF_LINK_ALONE = re.compile(r"§\s+[^\W\d_]")


def _without_self_links(blocks: list[Block]) -> list[Block]:
    """Headings without the paragraph sign a web page sets before each as a link to itself,
    which its print keeps ("§ Conformiteit", "§ 1. Achtergrond", "§ 5.1 Doel"): a glyph of the
    page, not the heading's number (a statute's "§ 1 Name" is one, and stays).  Evidence: in the
    document a display line has the sign before a word, no number (a statute numbers every
    paragraph); then the sign goes from every display line where it stands before a word or
    before a number of its own ("1.", "5.1"); no word is lost (the sign is none)."""
    if not any(block.kind == "display" and SELF_LINK_ALONE.match(block.text) for block in blocks):
        return blocks
    out = []
    for block in blocks:
        found = SELF_LINK.match(block.text) if block.kind == "display" else None
        out.append(_cut_opening(block, found.end()) if found else block)
    return out


def _cut_opening(block: Block, cut: int) -> Block:
    """The block without its first cut characters (a sign no word is made of)."""
    return replace(block, text=block.text[cut:], content=(),
                   offsets=tuple((max(0, offset - cut), number) for offset, number in block.offsets))


# A sign before a heading's words: a bar or a geometric shape ("|", "◊"; box drawing, block elements and
# geometric shapes, U+2500 to U+25FF), which says nothing; not a sign that means something ("©", "→", "+"),
# nor a statute's "§ 1 Name", which numbers its provision; nor a bullet ("●", "○", "◦", "▪", "■": an entry of
# a list, tokens.BULLETS) or a pointer ("►", "▶", "◀", "◄": a link's or a call's, "► Lees verder").
POINTERS = "►▶◀◄"
ORNAMENT = re.compile(rf"(?!{BULLET_CLASS}|[{POINTERS}])([|¦\u2500-\u25ff]) +(?=[^\W\d_])")
ORNAMENT_EVIDENCE = 2


def _without_ornaments(blocks: list[Block]) -> list[Block]:
    """Headings without the sign a document sets before each as decoration ("| Manufacturer
    qualification", a bar in the headings' colour; "◊ Religious Freedom Restoration Act"): a symbol
    (ORNAMENT), the same one before ORNAMENT_EVIDENCE display lines or more, the document's style of
    heading; no word is lost (the sign is none).  A sign before one line only may belong to it."""
    found = [_ornament(block) for block in blocks]
    counts = Counter(match.group(1) for match in found if match)
    return [_cut_opening(block, match.end()) if match and counts[match.group(1)] >= ORNAMENT_EVIDENCE else block
            for block, match in zip(blocks, found)]


def _ornament(block: Block) -> re.Match | None:
    """The sign and its space opening a display line (ORNAMENT), if any."""
    return ORNAMENT.match(block.text) if block.kind == "display" else None


def _provision_labels_apart(blocks: list[Block], words: Words) -> list[Block]:
    """A provision's label alone on the first line of a paragraph ("Artikel 1" over "aan te wijzen
    als ...", the decision's text that the label numbers): the provision's heading, which the
    paragraph reader ran on into its text.  Evidence: the line is the label and its number and
    nothing else (a full stop after it allowed), and the line under it is no label of its own (a
    list of provisions stays one block)."""
    out: list[Block] = []
    for block in blocks:
        lines = [line.strip() for line in block.line_texts if line.strip()]
        if block.kind == "paragraph" and len(lines) > 1 and _provision_label(lines[0], words) \
                and not _provision_label(lines[1], words) and block.text.startswith(lines[0]):
            out.extend(_split_heading(block, lines[0]))
        else:
            out.append(block)
    return out


def _provision_label(line: str, words: Words) -> bool:
    """A provision's label and number and nothing else: "Artikel 3", "§ 2", "ART. 4."."""
    found = words.provision.match(line)
    return found is not None and not line[found.end():].strip(" .")


def _split_heading(block: Block, heading: str) -> list[Block]:
    """A paragraph whose opening words are a heading named in the TOML: cut it in two."""
    cut = len(heading)
    rest = block.text[cut:].lstrip()
    start = len(block.text) - len(rest)
    head_offsets = tuple(o for o in block.offsets if o[0] < cut)
    rest_offsets = tuple((max(0, o - start), n) for o, n in block.offsets if o >= start) or ((0, block.line_at(start)),)
    return [replace(block, kind="display", text=block.text[:cut].strip(), offsets=head_offsets, content=()),
            replace(block, text=rest, offsets=rest_offsets, page_start=False, content=())]


# ----------------------------------------------------------------------------- a cover page

# A cover holds a title, a subtitle, a name or two: a first page of at most COVER_MAX_LINES lines.
COVER_MAX_LINES = 5
COVER_WIDTH = 0.75      # of the text's typical line: display type holds fewer characters a line


def _titles_over_dates(blocks: list[Block], words: Words) -> list[Block]:
    """A first page's title run together with the date line under it into one paragraph (see
    title.title_over_its_date): two display lines, front matter, not text."""
    end = first_page_end(blocks)
    return [replace(block, kind="display") if index < end and block.kind == "paragraph"
            and titles.title_over_its_date(block, words.title) else block for index, block in enumerate(blocks)]


def _cover_page(blocks: list[Block]) -> list[Block]:
    """A first page of a few short lines before the text's first page break (a title and a
    subtitle, each ending on a full stop as some covers print them: "How to Help." / "When and
    why ...") is a cover: its blocks are display lines, not paragraphs of text.  Evidence: a
    page break follows, and the page holds COVER_MAX_LINES lines at most, none longer than a
    heading's, all read as paragraphs (a display line among them is a title with its text under
    it, on a first page that is no cover)."""
    end = first_page_end(blocks)
    if end == len(blocks):
        return blocks
    cover = blocks[:end]
    lines = [line for block in cover for line in block.line_texts]
    if len(lines) > COVER_MAX_LINES or any(len(line) > HEADING_MAX_CHARS for line in lines) \
            or any(block.kind != "paragraph" for block in cover) or not _display_type(cover, blocks[end:]):
        return blocks
    return [_sentence_lines(replace(block, kind="display")) for block in cover] + blocks[end:]


def _sentence_lines(block: Block) -> Block:
    """A cover block whose lines wrap its sentences ("When and why ..." / "... can help."): a
    line for each sentence, each line that ends none going on in the next.  A block none of whose
    lines ends a sentence keeps its lines: display lines, not sentences ("Data Expedition:
    Jugendbeteiligung," / "Demokratie & Digitalisierung" / "Dokumentation" / "15. – 16. Juni 2018":
    a title, its kind and its date, which read as one line would make one title)."""
    lines = block.line_texts
    if len(lines) != len(block.offsets) or not any(FULL_STOP.search(line) for line in lines):
        return block
    starts = [index for index in range(len(lines)) if index == 0 or FULL_STOP.search(lines[index - 1])]
    widths = [sum(block.widths[start:end]) for start, end in zip(starts, starts[1:] + [len(lines)])] \
        if len(block.widths) == len(lines) else list(block.widths)
    return replace(block, offsets=tuple(block.offsets[index] for index in starts), widths=tuple(widths))


def _display_type(cover: list[Block], text: list[Block]) -> bool:
    """A cover is set in display type: each of its lines shorter than COVER_WIDTH of the text's
    typical line (a paragraph of running text that goes on over the page break is no cover)."""
    widths = [max(block.widths) for block in text if block.kind == "paragraph" and block.widths]
    typical = statistics.median(widths) if widths else 0
    return all(width < COVER_WIDTH * typical for block in cover for width in block.widths)


# ----------------------------------------------------------------------------- numbered provisions

def _not_headings(blocks: list[Block], words: Words) -> list[Block]:
    """Short display lines that are no headings become paragraphs (their text stays where it
    stands):
    - numbers or signs alone ("1.1", "5.3 5.4", "16000", a bullet): a number set apart from its
      text, a printed contents' column, a chart's figures;
    - the figures and labels of a chart: a run of display lines, half of them or more numbers;
    - a remark in brackets ("(Zie de bijlage)"), a caption ("Chart 1: ...", "Tabel 2 ..."), a
      fragment of function words ("De" of a signature "De Staatssecretaris" torn apart);
    - a numbered provision ("2.1 Zweck des Vereins ist es" / "a) ...", "1.1. Aanvraagformulier:
      formulier ... waarmee"): numbered like the document's paragraphs, it is one of them, though
      short and ending without a stop (it leads into a list, or its first line was taken apart).
      Evidence: at its depth of numbering (4.2 is 2), the paragraphs opening with a section
      number are at least as many as such display lines, and its chapter numbers paragraphs
      (see _provision);
    - a line that recurs word for word over the document, followed by another such line or
      holding a figure (see _recurring_run), or over the same line wherever it stands (a table's
      header printed again, see _header_rows);
    - a line inside a group of display lines set one under the other (see _inner_lines_of_groups);
    - a fragment opening with a mark that closes or joins what stands before it (". Aangezien dat
      ...", "/ .uur 10.30"): the rest of a line the text layer broke off; no heading opens so;
    - a fragment ending on a word that opens a phrase ("... woordkunstenares Elke Van de", "... ist
      zuständig für", see _ends_open_phrase) or on a sign that joins ("VNG Realisatie /", "Analyseren
      &", see ends_on_joining_sign): a line set apart from the line it goes on in; no heading ends so;
    - a letter's closing formula alone, its comma left out ("Met vriendelijke groet", "Kind regards"):
      it closes the text above, it heads none."""
    provisions = _provision_depths(blocks)
    numbering = _chapters_numbering_paragraphs(blocks)
    recurring = _recurring_lines(blocks)
    labels_and_lines = _chart_blocks(blocks) | _inner_lines_of_groups(blocks) | _colophon_lines(blocks, words) \
        | _header_rows(blocks, recurring)
    cover_year = _cover_year(blocks)
    return [replace(block, kind="paragraph") if block.kind == "display" and (
                index in labels_and_lines or _recurring_run(blocks, index, recurring)
                or _provision(blocks, index, provisions, numbering)
                or (_numbers_only(block.text) and index != cover_year)
                or _remark(block.text) or words.caption.match(block.text) or _registration(block)
                or _function_words_only(block.text, words.function_words)
                or _signature_between(blocks, index, words) or block.text[:1] in CLOSING_MARKS
                or _ends_open_phrase(block.text, words) or ends_on_joining_sign(block.text)
                or words.closing.match(block.text)
                or _logged_event(block.text) or _sentence_and_more(block.text))
            else block for index, block in enumerate(blocks)]


# Marks that close or join what stands before them: a text opening with one is the rest of a line.
CLOSING_MARKS = frozenset(".,;:/")


# A section's name is its own.  A short line set apart this many times or more, each time over another
# such line, is a cell of a table or a masthead printed again and again ("Deels" / "10.2.e" in each row
# of an inventory, "Directie Consulaire Zaken" / "Onze referentie ..." on each page): it heads no text.
# One holding a figure ("IENW/BSK-2023/297705", a date) is a reference or a date printed again on each
# page, wherever it falls.  So is one set each time over the same line, once the text has begun: a table's
# header printed again on each page of the table (see _header_rows).  A recurring line of words over text
# of its own ("Abstract", "Biography" in each speaker's entry) stays a heading.
RECURRING_LINE = 3


def _recurring_lines(blocks: list[Block]) -> set[str]:
    counts = Counter(block.text for block in blocks if block.kind == "display")
    return {text for text, count in counts.items() if count >= RECURRING_LINE}


def _recurring_run(blocks: list[Block], index: int, recurring: set[str]) -> bool:
    following = blocks[index + 1] if index + 1 < len(blocks) else None
    return blocks[index].text in recurring and (
        following is None or (following.kind == "display" and following.text in recurring)
        or any(character.isdigit() for character in blocks[index].text))


def _header_rows(blocks: list[Block], recurring: set[str]) -> set[int]:
    """The indexes of the recurring lines, once the text has begun, with the same line under them
    wherever they stand: a table's header cells printed again on each of its pages ("D. Verhoging
    efficiëntie ..." over "E. Genereren van statistisch"), though the cell under one was read into a
    paragraph on some pages, so that it recurs as no display line itself; on one page at least it
    stands alone as a cell does.  A label heading text of its own ("Biography") has other words under
    it each time; a heading over a paragraph of the same words ("Besluit" over "Conform advies.", or
    over a formula opening each decision: "Het college ... besluit, gelet op het advies,") has no
    line alone under it.  Lines after the text's last paragraph or item are left to the reading of
    its signature."""
    under: dict[str, set[str]] = {}
    alone_under: set[str] = set()
    for block, below in zip(blocks, blocks[1:]):
        if block.kind == "display" and block.text in recurring:
            under.setdefault(block.text, set()).add(below.line_texts[0].strip())
            if below.kind == "display":
                alone_under.add(block.text)
    same_under = {text for text, lines in under.items() if len(lines) == 1 and text in alone_under}
    return {index for index, (block, amid) in enumerate(zip(blocks, _amid_the_text(blocks)))
            if amid and block.kind == "display" and block.text in same_under}


def _amid_the_text(blocks: list[Block]) -> list[bool]:
    """For each block, whether it stands once the text has begun (under a paragraph closing a
    sentence) and before the text's last paragraph or item: lines above are a letterhead's or a
    title page's, lines below a signature's or a closing masthead's, read by their own rules."""
    closing = max((index for index, block in enumerate(blocks) if block.kind != "display"), default=-1)
    amid: list[bool] = []
    begun = False
    for index, block in enumerate(blocks):
        amid.append(begun and index < closing)
        begun = begun or (block.kind == "paragraph" and bool(FULL_STOP.search(block.text)))
    return amid


def _signature_between(blocks: list[Block], index: int, words: Words) -> bool:
    """A name alone on its line that signs the piece above it: set right under its last
    sentence (no blank line between) and followed by the next piece's heading, not by text
    of its own (a newsletter's items, each signed by its writer).  A name over text is a
    byline or a heading, and stays one."""
    block = blocks[index]
    if index == 0 or index + 1 >= len(blocks) or len(block.line_texts) != 1 or block.gap_before:
        return False
    above, below = blocks[index - 1], blocks[index + 1]
    return (above.kind == "paragraph" and not block.page_start and bool(FULL_STOP.search(above.text))
            and below.kind == "display" and _full_name(block.text, words) and len(block.text.split()) <= 3)


def _signing_line(blocks: list[Block], index: int, words: Words, named: dict[str, int]) -> bool:
    """A line of a signature, wherever the signature stands (a letter inside a newsletter, a
    statute's end): the formula with the signer run on after its comma ("Met vriendelijke groet,
    namens het bestuur, Bert van den Brink"); or, over no sentence of its own (a heading has its
    text right under it, no blank line between), the place and date of signing ("Berlin, 17.10.2018",
    "Kaiseraugst, den 11. Januar 1991", see _signed_at) or the signer's name or role right under a
    closing formula ("Met vriendelijke groet," / "Stefan en Niels Breur" / "Boekenmarkt", the next
    item's heading; "Met vriendelijke groet," / "Jan de Vries" / a blank line / "De volgende
    nieuwsbrief verschijnt ...", a paragraph apart), and the role right under a signer's line, no blank
    line between ("Respectfully submitted," / "Mary Jones" / "Secretary" / a blank line / "Next
    meeting").  A heading names a section, it does not sign one: "Kind regards," / "Summer Fete
    Returns" / "The summer fete will be held ..." heads the next item, "Ledenvergadering in Het
    Dorpshuis, 16 mei 2024" / "Jaarvergadering, 16 mei 2024" over their text name an event."""
    text = blocks[index].text
    if words.closing_run_on.match(text):
        return True
    below = blocks[index + 1] if index + 1 < len(blocks) else None
    if below is not None and below.kind == "paragraph" and not below.gap_before and FULL_STOP.search(below.text):
        return False
    role_under_signer = index > 0 and not blocks[index].gap_before and _ends_on_role(text, words) \
        and _signing_line(blocks, index - 1, words, named)
    return _signed_at(text, named, words) or role_under_signer \
        or (index > 0 and _closed_by_formula(blocks[index - 1], words)
            and (_full_name(text, words) or _ends_on_role(text, words)))


def _closed_by_formula(block: Block, words: Words) -> bool:
    """The block ends on a closing formula on a line of its own ("Met vriendelijke groet,"; a paragraph the
    reflow ran on into one): what stands under it signs."""
    return bool(words.closing.match(block.line_texts[-1].strip()))


# A section's number set on a line of its own, large, above its heading: one or two digits.
SECTION_NUMBER_ALONE = re.compile(r"^\d{1,2}\.?$")


def _numbers_over_headings(blocks: list[Block]) -> list[Block]:
    """A section's number printed alone on the line right above its heading ("1" / "Angedacht:
    ..."), no blank line between, on the same page, is the heading's number: one heading "1
    Angedacht: ...".  A number with a blank line under it, or over body text, stays apart,
    unless the text sets all its section numbers so (see _numbers_set_apart)."""
    apart = _numbers_set_apart(blocks)
    out: list[Block] = []
    for index, block in enumerate(blocks):
        above = out[-1] if out else None
        if (above is not None and (index - 1 in apart or (
                not block.gap_before and above.kind == "display" and block.kind == "display"
                and not block.page_start and len(above.offsets) == 1
                and SECTION_NUMBER_ALONE.match(above.text.strip()) and _wordy(block.text)))):
            out[-1] = _joined(above, block)
        else:
            out.append(block)
    return out


# A section's number, maybe of a subsection ("3", "3.1", "4.2.").
SECTION_NUMBER_ANY = re.compile(r"^(\d{1,2}(?:\.\d{1,2}){0,2})\.?$")
# Numbers set a blank line over their headings count as sections this many times at least.
SECTIONS_APART = 3


def _numbers_set_apart(blocks: list[Block]) -> set[int]:
    """The indexes of section numbers set alone a blank line above their headings ("1" / blank /
    "INTRODUCTION", "3.1" / blank / "'Institutional Reality' ..."; a paper's layout puts the
    number in a column of its own), where the text does so for its sections: SECTIONS_APART
    such numbers or more, each (but one) going on from the one before as sections count (2
    after 1, 3.1 after 3, 4 after 3.1), on more than one page.  Numbers over titles that do not
    count so, or all on one page (the page numbers of an "in this issue", "3" / "Editorial", "4"
    / "Agenda"), stay apart."""
    found = [index for index in range(len(blocks) - 1)
             if blocks[index].kind == "display" and len(blocks[index].offsets) == 1
             and SECTION_NUMBER_ANY.match(blocks[index].text.strip())
             and blocks[index + 1].kind == "display" and blocks[index + 1].gap_before == 1
             and not blocks[index + 1].page_start and _wordy(blocks[index + 1].text)]
    numbers = [_section_numbers(blocks[index].text.strip()) for index in found]
    following = sum(_next_section(before, after) for before, after in zip(numbers, numbers[1:]))
    pages = list(accumulate(block.page_start for block in blocks))
    return set(found) if len(found) >= SECTIONS_APART and following >= len(found) - 2 \
        and len({pages[index] for index in found}) > 1 else set()


def _next_section(before: tuple[int, ...], after: tuple[int, ...]) -> bool:
    """`after` is the section that may follow `before`: its next sibling, its first subsection,
    or the next section at a higher level ((3,) -> (4,), (3,) -> (3, 1), (3, 1) -> (4,))."""
    if after == before + (1,):
        return True
    depth = len(after)
    return depth <= len(before) and after[:-1] == before[:depth - 1] and after[-1] == before[depth - 1] + 1


def _joined(first: Block, second: Block) -> Block:
    """Two blocks as one, the second's text after a space."""
    shift = len(first.text) + 1
    return replace(first, text=f"{first.text} {second.text}",
                   offsets=first.offsets + tuple((offset + shift, line) for offset, line in second.offsets),
                   widths=first.widths + second.widths, content=())


def _cover_year(blocks: list[Block]) -> int | None:
    """The index of a year standing alone among the display lines that open the text ("2021"
    over "JAARVERSLAG" on a cover): the date of the title, not a stray number; None without one."""
    for index, block in enumerate(blocks):
        if block.kind != "display":
            return None
        if YEAR.fullmatch(block.text.strip()):
            return index
    return None


def _provision_depths(blocks: list[Block]) -> set[int]:
    """The depths of section numbering at which the document numbers paragraphs (provisions)."""
    counts: dict[int, list[int]] = {}
    for block in blocks:
        depth = _section_depth(block.text)
        if depth > 1 and block.kind in ("display", "paragraph"):
            counts.setdefault(depth, [0, 0])[block.kind == "paragraph"] += 1
    return {depth for depth, (displays, paragraphs) in counts.items() if paragraphs >= displays}


def _chapters_numbering_paragraphs(blocks: list[Block]) -> set[str]:
    """The chapters ("6" of "6.1") in which a paragraph opens with a section number."""
    return {_chapter_of(block.text) for block in blocks if block.kind == "paragraph" and _section_depth(block.text) > 1}


def _provision(blocks: list[Block], index: int, depths: set[int], chapters: set[str]) -> bool:
    """The numbered display line at index is one of the document's provisions: it numbers
    paragraphs at its depth (see _provision_depths), in the line's chapter too or the line leads
    into a list ("6.1 Organe des Vereins sind" / "a) der Vorstand,").  A report may number the
    paragraphs of one chapter, its findings ("6.1 Status of ...: The Committee welcomed ..."),
    and the sections of the others: in a chapter that numbers none of its paragraphs, a
    numbered line over text heads it ("4.2 Financial performance" / "The DTIC's initial ...")."""
    block = blocks[index]
    over_a_list = index + 1 < len(blocks) and blocks[index + 1].kind == "item"
    return _section_depth(block.text) in depths and (_chapter_of(block.text) in chapters or over_a_list)


def _chapter_of(text: str) -> str:
    """The chapter a section number at the start of a text stands in: "4" of "4.2.1 ..."."""
    match = SECTION_NUMBER_OPENING.match(text)
    return match.group(1).partition(".")[0] if match else ""


def _chart_blocks(blocks: list[Block]) -> set[int]:
    """The indexes of the display blocks that label a chart or a table: in a run of CHART_RUN
    or more display blocks half of them or more numbers alone (axis figures and labels); and,
    once the text has begun, in a run of LABEL_RUN or more display blocks with no text between
    them (a chart's categories, a table's row labels) all but the last, which may head the text
    under it.  A figure with its minus sign that the list pass read as a dashed item ("- 11",
    "- 90.000" between "Samenwonen" and "Zelfstandig wonen") is one of the figures, not text."""
    found: set[int] = set()
    run: list[int] = []
    text_begun = False
    for index, block in enumerate(blocks + [None]):
        if block is not None and (block.kind == "display" or _signed_figure(block)):
            run.append(index)
            continue
        if len(run) >= CHART_RUN and 2 * sum(_numbers_only(blocks[i].text) for i in run) >= len(run):
            found.update(run)
        elif text_begun and len(run) >= LABEL_RUN:
            found.update(run[:-1])
        run = []
        text_begun = text_begun or (block is not None and block.kind == "paragraph"
                                    and bool(FULL_STOP.search(block.text)))
    return found


def _inner_lines_of_groups(blocks: list[Block]) -> set[int]:
    """The indexes of the display blocks inside a group of GROUP_LINES or more display lines set one
    under the other, no blank line between them, once the text has begun: an address, a service's
    "Lector: ..." / "Zang: ..." / "Orgel: ...", a table's or a diagram's labels, a verse.  The lines
    between the group's first and last are its lines, no headings (a numbered one, "4.2
    Finanzbericht", stays one): the first may head the group ("Contact", "Auteurs"), unless the text
    above announces the group with a colon ("... from our region:"), and the last may head the text
    under it, unless either is a label and its value as the line next to it is ("Zang: Franciscuskoor"
    / "Orgel: Herman Baumers": one more of the group's fields, see _fields_alike).  A group opening a
    page is left to the reading of chapters (a part's title page, "Bijlagen" / "Bijlage 1:
    Instemmingsformulier" / the form's address), and one after the text's last paragraph or item to the
    reading of its signature ("Fait à Paris, le 16/03/2016" / "Présidente" / "Julie Vasseur")."""
    found: set[int] = set()
    group: list[int] = []
    amid = _amid_the_text(blocks)
    for index, block in enumerate(blocks + [None]):
        if block is not None and block.kind == "display" and group and not block.gap_before \
                and not block.page_start:
            group.append(index)
            continue
        if len(group) >= GROUP_LINES and amid[group[0]] and not blocks[group[0]].page_start:
            announced = group[0] > 0 and blocks[group[0] - 1].text.endswith(":")
            first = 0 if announced or _fields_alike(blocks, group[:2]) else 1
            end = None if _fields_alike(blocks, group[-2:]) else -1
            found.update(i for i in group[first:end] if not _opens_on_a_number(blocks[i].text))
        group = [index] if block is not None and block.kind == "display" else []
    return found


# A label that numbers what follows ("Fase 1: Voorbereiding", "Bijlage 2: Begroting", "Phase 3: ..."):
# a part's title, which heads the fields under it rather than being one of them.
NUMBERED_LABEL = re.compile(r"^([^\W\d_]+) \d{1,3}[a-z]? ?: ")


def _fields_alike(blocks: list[Block], indexes: list[int]) -> bool:
    """Each of the lines a label and its value ("Zang: Franciscuskoor" / "Orgel: Herman Baumers"),
    none a numbered part's title ("Fase 1: Voorbereiding" over "Periode: ..." / "Trekker: ..."),
    unless all are numbered by the same word: a series of fields ("Ronde 1: Familie Jansen" /
    "Ronde 2: Familie de Vries"), no part heading the others."""
    texts = [blocks[index].text for index in indexes]
    numbered = [NUMBERED_LABEL.match(text) for text in texts]
    series = all(numbered) and len({match.group(1).lower() for match in numbered if match}) == 1
    return all(LABEL_COLON.search(text) and (series or not match) for text, match in zip(texts, numbered))


# A clock time with its colon opening a line, then a word: "12:40 Marc betritt die Versammlung",
# "13:25 Uhr: Kurt verlässt ...".  (Not one with a full stop: "4.12 Resultaten" is a section's number.)
TIME_OPENING = re.compile(rf"^{TIME},?\s+[^\W\d_]")


def _logged_event(text: str) -> bool:
    """A line opening with one clock time, then its words ("12:40 Marc betritt die Versammlung"):
    an entry of a log or of a timetable, what happened or happens then, no section's name.  (A
    span of times opening a session's title, "11.00-12.00 Sessie 1", is read by _time_slot.)"""
    return TIME_OPENING.match(text) is not None


# A sentence of SENTENCE_WORDS words or more (none ending one before) ended with a full stop on a word of
# three letters or more (no abbreviation, "Dr.", "e.V."), and the next opening with a capital and going on
# for NEXT_WORDS words at least: "Wikimedia Deutschland spielt dabei eine zentrale Rolle. Denn alle 30 ...".
# (A title's subtitle after its stop is shorter: "De geschiedenis van onze vereniging. Deel twee".)
SENTENCE_WORDS = 5
NEXT_WORDS = 3
SENTENCE_AND_MORE = re.compile(rf"^(?:\S*[^\s.!?]\s+){{{SENTENCE_WORDS - 1},}}\S*[^\W\d_]{{3}}\.\s+[A-ZÀ-ÖØ-Þ]\S*"
                               rf"(?:\s+\S+){{{NEXT_WORDS - 1},}}")


def _sentence_and_more(text: str) -> bool:
    """A whole sentence of some words, then the next begun: running text that a short line set
    apart, no heading (a heading names its section, it does not tell).  A heading may hold short
    sentences ("Meer natuur. Meer bos. Meer leven.", "News from Samuel Sakar. A Convocation"), a
    subtitle after its stop ("... vereniging. Deel twee") or in brackets, or questions ("Wat als het fout
    loopt? Wie ...")."""
    return SENTENCE_AND_MORE.match(text) is not None


def _colophon_lines(blocks: list[Block], words: Words) -> set[int]:
    """The indexes of the display blocks on a colophon's page before the text has begun, under its
    label opening the page ("Colofon", "Impressum"), to the page's end: the colophon's fields,
    labels and values ("Auteurs" / "Christian Lennartz", "Redactie figuren" / "Beeldredactie PBL"),
    no headings.  The label itself is left to the other rules.  (Once the text has begun, such a
    label may open a page of columns where other articles go on.)"""
    found: set[int] = set()
    under_label = text_begun = False
    for index, block in enumerate(blocks):
        under_label = under_label and not block.page_start
        if under_label and block.kind == "display":
            found.add(index)
        under_label = under_label or (block.page_start and not text_begun
                                      and bool(words.colophon_label.match(block.text)))
        text_begun = text_begun or (block.kind == "paragraph" and bool(FULL_STOP.search(block.text)))
    return found


def _signed_figure(block: Block) -> bool:
    """An unnumbered item of figures and signs only ("- 11", "-7", "- 24 48.500"): a figure of a
    table or a chart whose minus sign the list pass read as a dash, no list's item."""
    return block.kind == "item" and not block.ordered and _numbers_only(block.text)


def _table_row(text: str) -> bool:
    """A row of a table: a label, then figures in two columns or more ("Personeel 200 200",
    "740503 – Subsidies 14.021.132 13.122.498 ..."), or one amount ("UHH 758.371",
    "Gemeinschaft 3,2 %"): a heading may end in a number, a year or an article's, not an amount
    (but for an account's total with its currency, "Activiteitenlasten € 10.610", over its lines)."""
    tokens = text.removesuffix("%").split()
    return (len(tokens) > 2 and all(FIGURE.fullmatch(token) for token in tokens[-2:])) \
        or (len(tokens) > 1 and AMOUNT.fullmatch(tokens[-1]) is not None and tokens[-2] not in CURRENCIES)


# An amount: figures grouped by thousands or with decimals ("758.371", "1.826,6", "3,2", "25,0%").
CURRENCIES = frozenset("€$£")
AMOUNT = re.compile(r"[-−+]?(?:\d{1,3}(?:[.,]\d{3})+(?:[.,]\d{1,2})?|\d+,\d+)%?")


def _numbers_only(text: str) -> bool:
    """A text of numbers and signs only: "5.3 5.4", "16", "•"."""
    return all(NUMBER_OR_SIGN.fullmatch(token) for token in text.split())


def _ends_open_phrase(text: str, words: Words) -> bool:
    """The text ends on an article, a conjunction or a preposition that takes its noun after it, as
    printed in lower case ("... Elke Van de", "... Fund; and", "... zuständig für"): the phrase goes on
    in the next line, so the line is running text.  (The language's list leaves out the words that may
    close a heading: "Waar wij voor staan", "What we stand for", "Mach mit"; "Bijlage A" ends on a
    letter.)"""
    return last_word(text) in words.open_ends


def _function_words_only(text: str, function_words: frozenset[str]) -> bool:
    """A fragment of a sentence or a signature: "De", "van het" (words no heading is made of)."""
    return all(word.lower().strip(",.") in function_words for word in text.split())


def _registration(block: Block) -> bool:
    """A letterhead's registration or account numbers, a line each: what names the sender, no
    heading and no title.  The label's number stands after a colon (see title.LABELLED_NUMBER): a
    code without one is a registration's only on a line that names no kind of document (see
    title.possible), and a heading may be one ("Rapport 2024-123456")."""
    return all(titles.LABELLED_NUMBER.match(line.strip()) for line in block.line_texts)


def _remark(text: str) -> bool:
    """A text wholly in brackets: "(Zie overlegmatrix aan het einde)"."""
    text = text.strip()
    return text[:1] in "([" and text[-1:] in ")]" and text[1:-1].count("(") == text[1:-1].count(")")


def _section_depth(text: str) -> int:
    """How deep a section number at the start of a text goes: "4.2 ..." is 2, "4.2.1. ..." 3;
    0 without one."""
    match = SECTION_NUMBER_OPENING.match(text)
    return match.group(1).count(".") + 1 if match else 0


# ----------------------------------------------------------------------------- notes

def _notes_section(blocks: list[Block], words: Words) -> tuple[list[Block], tuple[Note, ...], str]:
    """A heading "Noten" followed by numbered entries ("1 Gemeente, ...") holds the text of the
    notes: the entries become the document's notes, out of the reading order, under the source's
    own heading.  Only one such section, with rising numbers, is taken: two sections numbered
    from 1 again (notes per chapter) would collide, so then the text stays as it is."""
    sections = [i for i, b in enumerate(blocks) if b.kind == "display" and words.notes_heading.match(b.text.strip())]
    if len(sections) != 1:
        return blocks, (), ""
    start = sections[0] + 1
    end = start
    notes: list[Note] = []
    while end < len(blocks) and (found := _note_entries(blocks[end])) \
            and (not notes or found[0].number > notes[-1].number):
        notes.extend(found)
        end += 1
    if not notes:
        return blocks, (), ""
    return blocks[:sections[0]] + blocks[end:], tuple(notes), blocks[sections[0]].text.strip()


def _with_footnotes(notes: tuple[Note, ...], footnotes: tuple[tuple[int, str], ...]) -> tuple[Note, ...]:
    """The notes of a notes section and those printed at page feet, by number (a number
    already taken keeps its first text)."""
    taken = {note.number for note in notes}
    extra = [Note(number, (Text(text),)) for number, text in footnotes if number not in taken]
    return tuple(sorted(notes + tuple(extra), key=lambda note: note.number))


def _with_supplied_notes(notes: tuple[Note, ...], supplied: tuple[tuple[int, str], ...]) -> tuple[Note, ...]:
    """The notes with the texts the TOML supplies ([notes]); an editor's text replaces the source's."""
    given = {number: Note(number, (Text(text),)) for number, text in supplied}
    kept = tuple(note for note in notes if note.number not in given)
    return tuple(sorted(kept + tuple(given.values()), key=lambda note: note.number))


def _note_entries(block: Block) -> list[Note]:
    """The notes a block holds: one, or several when note lines of one length were joined
    into one paragraph ("3 Eigen berekening, 2014. 4 Zie ook SCP, 2013.")."""
    first, opening = _note_entry(block), NOTE_ENTRY.match(block.text)
    if opening is None or block.kind != "paragraph" or any(isinstance(part, NoteRef) for part in block.inline()):
        return [first] if first else []
    notes, text = [], block.text
    number, start = int(opening.group(1)), opening.end()
    while (following := _next_entry(text, number + 1, start)) is not None:
        notes.append(Note(number, (Text(text[start:following.start()].strip()),)))
        number, start = number + 1, following.end()
    notes.append(Note(number, (Text(text[start:].strip()),)))
    return notes


def _next_entry(text: str, number: int, start: int) -> re.Match | None:
    """Where the note numbered `number` opens after a sentence's end, from `start` on."""
    return re.compile(rf"(?<=[.!?)\]”’])\s+{number}[.)]?\s+(?=\S)").search(text, start)


def _note_entry(block: Block) -> Note | None:
    """A note's text: a paragraph opening with its number, or an item of a numbered list."""
    if block.kind == "item" and block.ordered and block.marker.rstrip(".)").isdigit():
        return Note(int(block.marker.rstrip(".)")), block.inline())
    match = NOTE_ENTRY.match(block.text) if block.kind == "paragraph" else None
    if not match:
        return None
    return Note(int(match.group(1)), _drop_leading(block.inline(), match.end()))


def _drop_leading(content: tuple, count: int) -> tuple:
    """Inline content without its first count characters (the note number of an entry)."""
    first, *rest = content
    if not isinstance(first, Text) or len(first.text) < count:
        return content
    return tuple([Text(first.text[count:])] if first.text[count:] else []) + tuple(rest)


# ----------------------------------------------------------------------------- letters

def _salutation(blocks: list[Block], words: Words) -> int | None:
    """Index of a letter's salutation ("Geachte ...,") before any body paragraph (see
    _sentences: the text has begun, and a salutation further on opens an enclosed letter, not
    this one)."""
    for index, block in enumerate(blocks[:20]):
        if words.salutation.match(block.text) or _salutation_alone(blocks, index, words):
            return index
        if _sentences(block, words):
            return None
    return None


SENTENCE_INSIDE = re.compile(r"[a-z][.!?] [A-Z]")


def _sentences(block: Block, words: Words) -> bool:
    """A paragraph of the text: over several lines, two sentences or more, the last ending on a
    full stop, and opening with no letterhead line ("Aan de gemeenteraad." or "Betreft: ...." /
    "Ter attentie van ..." over a salutation are the letterhead's)."""
    return block.kind == "paragraph" and len(block.offsets) > 1 and bool(FULL_STOP.search(block.text)) \
        and not letterhead.kind(block.line_texts[0], words.language) and bool(SENTENCE_INSIDE.search(block.text))


def _salutation_alone(blocks: list[Block], index: int, words: Words) -> bool:
    """A salutation's word alone on its line over the letter's first paragraph ("Beste" /
    "U heeft ..."): the name after it was left out or blacked out."""
    block = blocks[index]
    return len(block.offsets) == 1 and bool(words.salutation_alone.match(block.text.strip())) \
        and index + 1 < len(blocks) and blocks[index + 1].kind == "paragraph"


def _letter_opening(blocks: list[Block], words: Words) -> int | None:
    """Where a letter's text begins: at its salutation, or, in a letter or memo without one,
    after its letterhead (see publish.letterhead); None for a text that is no letter."""
    salutation = _salutation(blocks, words)
    return salutation if salutation is not None else _after_letterhead(blocks, words)


def _after_letterhead(blocks: list[Block], words: Words) -> int | None:
    """The index after the last letterhead block among the opening blocks (those before the
    first paragraph of text), when they hold letterhead enough to make the text a letter.  A
    label standing alone at the end ("Onderwerp") takes the block of its value with it."""
    kinds: set[str] = set()
    end = None
    for index, block in enumerate(blocks[:letterhead.OPENING_BLOCKS]):
        if block.kind in ("paragraph", "item") and FULL_STOP.search(block.text):
            break                   # the text has begun
        found = {kind for line in block.line_texts if (kind := letterhead.kind(line, words.language))}
        if found:
            kinds |= found
            end = index + 1
    if end is None or not letterhead.is_letter(kinds):
        return None
    if end < len(blocks) and blocks[end].kind == "display" and _label_alone(blocks[end - 1], words):
        end += 1
    return end


def _label_alone(block: Block, words: Words) -> bool:
    """A letterhead label with its value on the next line: "Onderwerp", "Betreft:"."""
    subject = letterhead.patterns(words.language).subject.match(block.line_texts[-1])
    return bool(subject and not subject.group("value"))


def _letter(blocks: list[Block], opening: int, words: Words,
            named: dict[str, int]) -> tuple[list[Block], list[Chapter]]:
    front = blocks[:opening]
    body, signature = _split_trailing_display(blocks[opening:])
    if body and body[0].kind == "display" and _salutation_alone(blocks, opening, words):
        body[0] = replace(body[0], kind="paragraph")    # a salutation, whatever its length: no heading
    # A display line under the closing formula is the signature's (or the head of a letter
    # enclosed after it): no heading.
    signing = _signing(body, words)
    body = [replace(block, kind="paragraph") if block.kind == "display" and at in signing else block
            for at, block in enumerate(body)]
    title = _letter_title(front, words, blocks[opening:opening + 1])
    if not title and _title_apart(body, words):
        title, body = body[0].text, body[1:]
    chapter = _chapter(title, (), body, signature, words, named, kind="letter")
    return front, [chapter]


# A signature's lines are short ("namens het college, w.g."): a paragraph of this many words
# ending on a full stop is text again.
SIGNING_MAX_WORDS = 8


def _signing(body: list[Block], words: Words) -> set[int]:
    """The indexes of the blocks under a closing formula ("Met vriendelijke groet,") that sign
    it, up to the first paragraph of a sentence (SIGNING_MAX_WORDS words or more, ending on a
    full stop) or the salutation after it (an enclosed letter's text): the signer's name and
    role, a signature's scan read as letters, the head of an enclosed letter (a display line
    ending on figures, "Verzoek 2024.03.10", is no sentence)."""
    closing = next((at for at, block in enumerate(body) if _closed_by_formula(block, words)), None)
    if closing is None:
        return set()
    signing = set()
    for at in range(closing + 1, len(body)):
        block = body[at]
        if (block.kind != "display" and FULL_STOP.search(block.text) and len(block.text.split()) >= SIGNING_MAX_WORDS) \
                or words.salutation.match(block.text):
            break
        signing.add(at)
    return signing


def _title_apart(body: list[Block], words: Words) -> bool:
    """A memo or minutes without a subject line, whose text opens under a title of its own
    ("Verslag Technisch Overleg ..." right under the letterhead): a display line with blank
    lines around it that is no letterhead and names no organisation."""
    if not body or body[0].kind != "display" or not body[0].gap_before:
        return False
    first = body[0]
    return (len(body) == 1 or bool(body[1].gap_before)) and len(first.offsets) <= HEADING_MAX_LINES \
        and _wordy(first.text) and not letterhead.is_letterhead(first.line_texts, words.language) \
        and not letterhead.organisation(first.text, words.language)


def _letter_title(front: list[Block], words: Words, text: list[Block]) -> str:
    """A letter's title: its subject ("Onderwerp Draagmoederschap", "Betreft: ...", or the line
    under a lone "Onderwerp"; `text`, the block the letter's text opens with, may hold its value,
    see _value_of_lone_subject), less a mail client's "FW:" or "RE:"; without one, an annex's own
    title ("Bijlage 4: Voortgang ...", see title.part_titled), or else a line of the opening that
    stands apart (blank lines around it) and is no letterhead, no organisation, no line that is never
    a title (a foreword's heading: "VAN DE VOORZITTER", see title.never_title) and not the addressee
    above it all."""
    lines = [line for block in front for line in block.line_texts]
    for position, line in enumerate(lines):
        subject = words.letterhead.subject.match(line)
        if subject and (subject.group("value") or position + 1 < len(lines)):
            value = subject.group("value") or _value_of_lone_subject(front, lines, position, words, text)
            return words.letterhead.reply_prefix.sub("", value)   # (a forwarded mail's subject is the mail's)
        beside = _subject_beside_date(line, lines[position + 1] if position + 1 < len(lines) else "", words)
        if beside:
            return beside
    first_page = front[:first_page_end(front)]
    annex = next((line for block in first_page for line in block.line_texts
                  if titles.part_titled(line, words.title)), None)
    if annex:
        return " ".join(annex.split())
    apart = [block for index, block in enumerate(first_page)
             if index > 0 and block.kind == "display" and block.gap_before
             and (index + 1 == len(front) or front[index + 1].gap_before)
             and not letterhead.is_letterhead(block.line_texts, words.language)
             and not letterhead.organisation(block.text, words.language)
             and not titles.never_title(block.text, words.title)]
    return apart[0].text if apart else ""


def _value_of_lone_subject(front: list[Block], lines: list[str], position: int, words: Words,
                           text: list[Block]) -> str:
    """The value of the subject label alone on lines[position]: the line under it, or where the
    labels stand in a column, the date's over the subject's ("Datum" / "Betreft"; an e-mail's
    "Verzonden:" / "Aan:" / "Onderwerp:", see _dated_column), and their values under them in the
    same order, the date first ("22 maart 2021" / "Besluit op ..."), the lines after the date up
    to the next blank line (which may be the block the letter's text opens with, `text`, when the
    letterhead was read to end at the date)."""
    below = lines[position + 1]
    if not (_dated_column(lines[:position], words) and titles.dated(below, words.title)):
        return below
    placed = [(block, index) for block in front for index in range(len(block.line_texts))]
    block, index = placed[position + 1]
    rest = block.line_texts[index + 1:]
    if rest:
        return " ".join(rest)
    following = (front + text)[front.index(block) + 1:]
    return following[0].text if following else below


def _dated_column(above: list[str], words: Words) -> bool:
    """Whether the labels alone on their lines right over the subject's (a column of labels, each of
    HEADER_LABEL_MAX_WORDS words at most, walked up from the subject's) hold the date's: a letterhead's "Datum" over
    "Onderwerp", or an e-mail's header ("Van:" / "Verzonden:" or "Datum:" / "Aan:" / "Onderwerp:"), whose values (a
    redacted sender's and addressee's none) follow it."""
    for line in reversed(above):
        label = line.strip().rstrip(":")
        if label.lower() in words.letterhead.date_labels:
            return True
        if not line.strip().endswith(":") or len(label.split()) > HEADER_LABEL_MAX_WORDS:
            return False
    return False


def _subject_beside_date(line: str, below: str, words: Words) -> str:
    """The subject of a letterhead set in two columns: a row of the date's and the subject's
    labels ("Datum  Onderwerp/ons kenmerk: ...") over a row of their values, the date first
    ("10-05-2026  Evaluatie ..."): the value row less its date ("" where the rows are not so)."""
    if not words.letterhead.subject_beside_date.match(line):
        return ""
    value = words.letterhead.dated_value.match(below)
    return value.group("value") if value else ""


def _split_trailing_display(blocks: list[Block]) -> tuple[list[Block], list[Block]]:
    end = len(blocks)
    while end > 0 and blocks[end - 1].kind in ("display", "pullquote"):
        end -= 1
    trailing = blocks[end:]
    signature = [b for b in trailing if b.kind == "display"]
    body = blocks[:end] + [b for b in trailing if b.kind == "pullquote"]
    return body, signature


# ----------------------------------------------------------------------------- chapters

def _chapters(blocks: list[Block], words: Words, named: dict[str, int]) -> tuple[list[Block], list[Chapter]]:
    """Display runs followed by body text open chapters (title + byline) or sections (a heading)."""
    front: list[Block] = []
    chapters: list[dict] = []
    index = 0
    while index < len(blocks):
        if blocks[index].kind != "display":
            if not chapters:
                chapters.append(_open_chapter("", []))
            chapters[-1]["body"].append(blocks[index])
            index += 1
            continue
        end = index
        while end < len(blocks) and blocks[end].kind == "display":
            end += 1
        run = blocks[index:end]
        index = end
        segments = _page_segments(run, words)
        if end >= len(blocks):                      # nothing follows: a closing signature
            numbered = _numbered_heads(run, words) if chapters else 0
            if numbered:
                chapters[-1]["body"].extend(run[:numbered])
            _close_with(chapters, front, run[numbered:])
            continue
        if not chapters and blocks[end].page_start and not any(b.page_start for b in run[1:]):
            front.extend(run)                       # a cover page; the text opens on the next page
            chapters.append(_open_chapter("", []))  # (untitled: it takes the document's title)
            continue
        *earlier, last = segments
        opens_chapter = (not chapters or last[0].page_start) and not _item_numbered(last[0]) \
            and (len(last) > 1 or not chapters)
        for segment, following in zip(earlier, segments[1:]):
            # Lines that end a page before a new chapter sign the chapter; short lines between
            # headings on one page (a programme, an agenda) stay where they stand; and so do lines
            # ending a page that are the text of a chapter going on after it, which a signature
            # moved after its last section would take out of the reading order.
            if chapters and _alone_on_its_page(segment, following, words):
                chapters.append(_open_chapter(segment[0].text, []))
            elif chapters and not opens_chapter and following[0].page_start \
                    and _text_in_its_place(segment, words):
                chapters[-1]["body"].extend(_in_its_place(segment, words))
            elif opens_chapter or not chapters or (following[0].page_start and not _sections_in_turn(segment, following)
                                                   and _signs(segment, words)):
                _close_with(chapters, front, segment)
            elif following[0].page_start and not _sections_in_turn(segment, following):
                chapters[-1]["body"].extend(replace(block, kind="paragraph") for block in segment)
            else:
                chapters[-1]["body"].extend(segment)
        if opens_chapter:
            # (The text's first block opens its first page, though no page break stands before it.)
            opens_page = last[0].page_start or last[0] is blocks[0]
            heads = [b for b in last[1:]
                     if _section_numbered(b, words) or _section_head(b, last, opens_page, blocks[end], words)]
            byline = [b for b in last[1:] if b not in heads]
            title_block, first_head = _dated_title(last[0]) if not chapters else (last[0], None)
            title, own_byline = _title_and_byline(title_block, words)
            if byline and _kind_and_whose(title_block, byline[0], words):
                title, byline = f"{title} {byline[0].text}", byline[1:]
            if first_head is not None and _names_someone(first_head.text, words):
                own_byline, first_head = own_byline + [first_head.text], None
            chapters.append(_open_chapter(title, own_byline + [text for b in byline for text, _ in _display_lines(b)]))
            chapters[-1]["body"].extend(([first_head] if first_head else []) + heads)
        else:
            if not chapters:                        # a numbered heading opens the text: its first section
                chapters.append(_open_chapter("", []))
            chapters[-1]["body"].extend(last)
    return front, [_chapter(c["title"], tuple(c["byline"]), *_signatures_in_place(c["body"], c["signature"]),
                            words, named) for c in chapters]


# A title line that ends in a year ("Newsletter Third Quarter 2022", "Jaarverslag 2023").
DATED_LINE = re.compile(rf"{YEAR.pattern}$")


def _numbered_heads(run: list[Block], words: Words) -> int:
    """How many display lines open the run with a section's or provision's number and its
    words, on its line or the next ("7 Vaststelling en ondertekening" over the signers' names,
    "5" / "Bronnen" over the sources): headings of the text's last section, never a signature.
    (A number over a note's label, "10" / "a" / "https://...", is a page's number.)"""
    return next((at for at, block in enumerate(run)
                 if not (_section_numbered(block, words) and _worded(" ".join(block.line_texts[:2])))), len(run))


def _dated_title(block: Block) -> tuple[Block, Block | None]:
    """The text's opening title block, cut after a line that ends in a year when one more line,
    starting in a capital, stands under it: a date closes a title, and the line under it is not
    the title's end but the first heading ("Newsletter Third Quarter 2022" / "Messages/Notices")
    or, when it names someone, the byline (see _names_someone)."""
    lines = block.line_texts
    if len(lines) != 2 or not DATED_LINE.search(lines[0]) or not lines[1][:1].isupper():
        return block, None
    cut = block.offsets[1][0]
    head = replace(block, text=block.text[:cut].strip(), offsets=block.offsets[:1], widths=block.widths[:1],
                   content=())
    rest = replace(block, text=block.text[cut:].strip(), offsets=((0, block.offsets[1][1]),),
                   widths=block.widths[1:], page_start=False, gap_before=0, content=())
    return head, rest


def _kind_and_whose(title: Block, under: Block, words: Words) -> bool:
    """A title of one word that names only the document's kind ("Beleidsplan", "Jaarverslag")
    with an organisation's name right under it (no blank line between, one line): one title set
    over two lines ("Beleidsplan" / "Stichting Zeeuwse Handen"), as an editor would name the
    document.  A name a blank line apart is the publisher's, or the title's byline."""
    return (len(title.line_texts) == 1 and title.text.strip().isalpha() and len(under.line_texts) == 1
            and not under.gap_before and letterhead.organisation(under.text, words.language))


def _kind_year_and_whose(line: str, words: Words) -> bool:
    """A line naming the document's kind, its year and then the organisation it is of
    ("Jaarverslag 2021 Stichting De Wip"): a whole title, whatever labels stand under it."""
    year = YEAR.search(line)
    return bool(year and line[:year.start()].strip() and letterhead.organisation(line[year.end():], words.language))


def _signs(segment: list[Block], words: Words) -> bool:
    """Lines ending a page amid a chapter sign it only where they name someone: anything else
    (a note's unlinked text, a web address, a table's last rows) moved to the chapter's end as its
    signature would leave the reading order; in its place it reads on."""
    return any(_names_someone(text, words) for block in segment for text, _ in _display_lines(block))


def _names_someone(line: str, words: Words) -> bool:
    """An author ("door Anna de Vries", "Anna de Vries") or a body ("Stichting De Wip")."""
    return bool(_author(line, words) or _full_name(line, words) or letterhead.organisation(line, words.language))


def _display_only(blocks: list[Block], words: Words, named: dict[str, int]) -> Chapter:
    """A text of short unpunctuated lines only (a card, an invitation): the first is its
    title, the others its text."""
    body = [replace(block, kind="paragraph") for block in blocks[1:]]
    return _chapter(blocks[0].text, (), body, [], words, named)


def _title_and_byline(block: Block, words: Words) -> tuple[str, list[str]]:
    """A title block whose later lines name an author ("door ...") or credit a body keeps them as its byline."""
    lines = block.line_texts
    for index in range(1, len(lines)):
        if _credit_line(lines[index], words):
            return " ".join(lines[:index]), list(lines[index:])
    return block.text, []


def _open_chapter(title: str, byline: list[str]) -> dict:
    return {"title": title, "byline": byline, "body": [], "signature": []}


def _close_with(chapters: list[dict], front: list[Block], segment: list[Block]) -> None:
    """Display lines after a chapter's text sign it, where they stand in it (_signatures_in_place);
    before any chapter they are front matter."""
    if chapters and chapters[-1]["body"]:
        chapters[-1]["signature"].append((len(chapters[-1]["body"]), segment))
    elif chapters:
        chapters[-1]["byline"].extend(text for b in segment for text, _ in _display_lines(b))
    else:
        front.extend(segment)


def _signatures_in_place(body: list[Block], signatures: list[tuple[int, list[Block]]]
                         ) -> tuple[list[Block], list[Block]]:
    """The chapter's body and its closing signature: lines that sign where the chapter's text goes on
    after them (a preface's signers on its last page, an article's in a newsletter, a title page's
    lines ending its page) stay in the body where they are printed, as signature lines; only those
    after the chapter's last text close it.  Moved to the chapter's end they would stand pages
    away from what they sign."""
    placed, closing = list(body), list[Block]()
    for at, segment in reversed(signatures):     # (from the last, so the earlier places hold)
        if at == len(body):
            closing[:0] = segment
        else:
            placed[at:at] = [replace(block, kind="signature") for block in segment]
    return placed, closing


def _page_segments(run: list[Block], words: Words) -> list[list[Block]]:
    """Split a run of display blocks where a page starts (a signature, then the next chapter's
    title and byline on a new page); in a run without a page start, where a blank line falls.
    A "door ..." line stays with the title above it, and so does a body's credit ("Rapport van de Universiteit
    Utrecht", _credit_line)."""
    pages = any(block.page_start for block in run)
    segments: list[list[Block]] = [[run[0]]]
    for block in run[1:]:
        if block.page_start or (not pages and block.gap_before and not _credit_line(block.text, words)):
            segments.append([block])
        else:
            segments[-1].append(block)
    return segments


def _alone_on_its_page(segment: list[Block], following: list[Block], words: Words) -> bool:
    """One line, naming no one, that is all of its page (the "References" over the notes the
    footnote pass took out): the title of a chapter with no text of its own, not a signature,
    which closes the page its chapter's text ends on."""
    (block, *others) = segment
    return not others and block.page_start and following[0].page_start and len(block.offsets) == 1 \
        and not _names_someone(block.text, words)


# A sub-section's heading: a number of two levels or more and its words, maybe a bar between
# ("2.1 | Maatregelen", "2.1 Maatregelen").  (One level, "10 ans de ...", "4" / "JOBGROUPS", is as
# often a figure or a date as a section.)
SUB_SECTION_HEAD = re.compile(r"^\d{1,2}(?:\.\d{1,2}){1,3}\.?(?:[ \t]*\|)?[ \t]+[^\W\d_]{2}")


def _text_in_its_place(segment: list[Block], words: Words) -> bool:
    """Display lines ending a page, the chapter's text going on after the page, that are that
    text, no signature, and stay where they stand: a sub-section's heading opens them
    (SUB_SECTION_HEAD), or they are a sentence the page breaks off ("De maatregelen zijn gekozen
    op basis van een risicoanalyse van de systemen" / "en de volgende onderdelen", _breaks_off),
    a heading over it at most.  (More display lines over such a sentence are a table's or a
    timetable's, "Unnik 202" / "Religieuze Kennistheorie ..." / "Geen onderwijs op 26 maart
    ...": left as they were read.)"""
    return SUB_SECTION_HEAD.match(segment[0].text) is not None \
        or (len(segment) <= 2 and _breaks_off(segment[-1], words))


def _in_its_place(segment: list[Block], words: Words) -> list[Block]:
    """The display lines _text_in_its_place keeps, as the text reads them: under a sub-section's
    heading, its text ("2.1 Contactpersoon" / "Piet Jansen" / "Projectleider ICT": a name and a
    role, no headings of their own); else the sentence the page breaks off (_as_running_text)."""
    head, *rest = segment
    if SUB_SECTION_HEAD.match(head.text):
        return [head] + [replace(block, kind="paragraph") if block.kind == "display"
                         and not SUB_SECTION_HEAD.match(block.text) else block for block in rest]
    return segment[:-1] + [_as_running_text(segment[-1], words)]


def _as_running_text(block: Block, words: Words) -> Block:
    """A sentence the page breaks off (_breaks_off) is a paragraph of the text, no heading; other
    display lines stay display lines."""
    return replace(block, kind="paragraph") if _breaks_off(block, words) else block


def _breaks_off(block: Block, words: Words) -> bool:
    """A sentence wrapped over the block's lines and broken off at its end: a line of a sentence
    (_sentence_line), not a signature's, and a last line going on with it in lower case, no full
    stop closing it.  (A line ending a page in a capital, "Besluit: Agenderen voor AO ... op 21
    april 2009" / "Volgcommissie(s): VW", is a record's, not a sentence the page cut.)"""
    *above, last = block.line_texts
    return bool(above) and last[:1].islower() and not FULL_STOP.search(last) \
        and any(_sentence_line(line, words) for line in above)


def _sections_in_turn(segment: list[Block], following: list[Block]) -> bool:
    """The last line of the segment and the first of the next are numbered sections in turn ("3
    OVERVIEW OF ..." ending a page, "3.1 Strategic objectives" opening the next, see
    _next_section): a section's heading over its first sub-section, no signature."""
    above, below = DECIMAL_NUMBER.match(segment[-1].text), DECIMAL_NUMBER.match(following[0].text)
    return above is not None and below is not None \
        and _next_section(_section_numbers(above.group(1)), _section_numbers(below.group(1)))


def _section_numbers(number: str) -> tuple[int, ...]:
    """A section's number as figures: "4.2." is (4, 2)."""
    return tuple(map(int, number.rstrip(".").split(".")))


def _item_numbered(block: Block) -> bool:
    """The block opens on an item's number of one figure, letter or Roman numeral and its mark
    ("1. ", "a) ", "II. "), not on a decimal or an outline number ("4.2", "5.a.1")."""
    return bool(NUMBERED.match(block.text))


def _section_head(block: Block, run: list[Block], opens_page: bool, below: Block, words: Words) -> bool:
    """A line under a chapter title that heads its first section ("Organisatie" / "Kernwaarden" /
    the text, "TOELICHTING OP DE EXPLOITATIEREKENING 2022" / blank / "Begroting" / the text): one
    line under the title (numbered headings between allowed: "2 Het onderwijs" / "2.1 Organisatie
    van het onderwijs" / "Groepen op school"), the last of the run, naming no one, in a text whose
    title opens a page (or the text: "Veilige weergave van boefjes-data ..." / "Aanleiding" / the
    text), dating nothing ("Geplaatst door ... op 27 maart 2019" is a dateline), with the text
    right under it (a blank line at most, or the next page): a line standing apart from the text
    below it belongs with the title ("GEMEENTEBLAD ..." / "Officiële uitgave van de gemeente
    Amsterdam").
    A byline names a person first ("Prof. dr. Anna de Vries" / "Hoogleraar ...") or credits a body ("Rapport van de
    Universiteit Utrecht", _credits_a_body): it stays with the title, a plain line.  (A label alone
    over its title, "Hoofdstuk 1" / blank / "Context", is one line by now: paragraphs,
    _marker_awaits_text.)"""
    return (block is run[-1] and block is not run[0] and all(_section_numbered(b, words) for b in run[1:-1])
            and len(block.offsets) == 1
            and opens_page and not _credit_line(block.text, words) and not _full_name(block.text, words)
            and not YEAR.search(block.text) and (below.page_start or below.gap_before <= max(block.gap_before, 1)))


def _section_numbered(block: Block, words: Words) -> bool:
    """A display line numbered as a section or provision ("II. Wat", "3.1 Randvoorwaarden",
    "§ 2.1 Zweck", "Artikel 3 Gebruik"): a heading, never a byline.  (An outline number, "5.a.1",
    is not among them.)"""
    return bool(NUMBERED.match(block.text) or DECIMAL_NUMBER.match(block.text) or words.provision.match(block.text))


def _chapter(title: str, byline: tuple[str, ...], body: list[Block], signature: list[Block], words: Words,
             named: dict[str, int], kind: str = "chapter") -> Chapter:
    """A chapter of the body's blocks; `named` says how many times the text names each place a line of
    signing may name (_times_named)."""
    if kind == "chapter" and words.foreword.match(title.strip()):
        kind = "foreword"
    content = _without_skipped_levels(_blocks(body, words, named))
    content += [line for block in signature for line in _signature_lines(block)]
    lines = [b.first for b in body + signature] + [b.last for b in body + signature]
    span = (min(lines), max(lines)) if lines else (0, 0)
    return Chapter(id=_slug(title), title=title, byline=byline, blocks=tuple(content), lines=span, kind=kind)


def _signature_lines(block: Block) -> list[Paragraph]:
    """A signature keeps its lines: name, then role ("Joris van Dam" / "coördinator")."""
    if block.content:
        return [Paragraph(block.inline(), (block.first, block.last), style="signature")]
    return [Paragraph((Text(text),), (number, number), style="signature") for text, number in _display_lines(block)]


def _display_lines(block: Block) -> list[tuple[str, int]]:
    """(text, source line) of each line of a display block: a byline or signature keeps its
    lines.  Kept whole where a line break fell inside a word (a resolved hyphen)."""
    starts = [offset for offset, _ in block.offsets]
    if len(starts) == 1 or not all(block.text[at - 1:at].isspace() for at in starts[1:]):
        return [(block.text, block.first)]
    ends = starts[1:] + [len(block.text)]
    return [(block.text[a:b].strip(), number)
            for a, b, (_, number) in zip(starts, ends, block.offsets) if block.text[a:b].strip()]


def _blocks(body: list[Block], words: Words, named: dict[str, int]):
    out: list[Paragraph | Heading | PullQuote | BulletList] = []
    widths = [max(b.widths) for b in body if b.kind == "paragraph" and b.widths]
    typical = statistics.median(widths) if widths else 0
    first_paragraph = True
    section = 1             # the level of the last heading numbered 1 / 1.1 / 1.1.1
    open_styles: list[tuple] = []   # the marker styles of the list being built and of its open sub-list
    sections_apart = _sections_in_series(body) | _agenda_points(body)
    within_sub_sections = _within_sub_sections(body, sections_apart)
    for index, block in enumerate(body):
        span = (block.first, block.last)
        if block.kind == "signature":     # (lines signing where the chapter goes on: _signatures_in_place)
            out.extend(_signature_lines(block))
        elif block.kind == "display" and ((len(block.offsets) > HEADING_MAX_LINES and not _item_numbered(block))
                                        or letterhead.is_letterhead(block.line_texts, words.language)
                                        or _table_row(block.text) or not _worded(block.text)
                                        or _byline(block.text, words) or _name_and_affiliation(body, index, words)
                                        or CREDIT_OR_IDENTIFIER.search(block.text)
                                        or _time_slot(block.text) or words.date_alone.match(block.text)
                                        or words.page_reference.match(block.text)
                                        or UNFINISHED.search(block.text) or _fields(block.text)
                                        or QUOTED_SENTENCE.match(block.text)
                                        or _signing_line(body, index, words, named)):
            out.append(Paragraph(block.inline(), span))     # (an address, a date, a table's row: no heading)
        elif block.kind == "display" and (_entry(body, index, out) or _labels_value(body, index, words)):
            out.append(Paragraph(block.inline(), span))
        elif block.kind == "item" and block.ordered and words.date_alone.match(_marked_text(block)):
            # a date whose day the list pass read as an item's number ("23." / "Juli 2023"): a date line
            out.append(Paragraph((Text(f"{block.marker} "),) + block.inline(), span))
        elif block.kind == "display" or _numbered_heading(body, index) or index in sections_apart:
            content = (Text(f"{block.marker} "),) + block.inline() if block.kind == "item" else block.inline()
            level, section = _heading_level(plain_text(content), section, words, index in within_sub_sections)
            out.append(Heading(level, content, span))
        elif block.kind == "pullquote":
            out.append(PullQuote(block.inline(), span))
        elif block.kind == "item":
            _add_item(out, body, index, open_styles)
        else:
            lede = first_paragraph and _is_lede(block, typical)
            out.append(Paragraph(block.inline(), span, style="lede" if lede else "body"))
        first_paragraph = False
    return out


# A picture's credit or a publication's identifier, the same in every language: a licence ("CC BY-SA
# 4.0"), the copyright sign, a book's or a serial's number ("ISBN 978-...", "WorldCat 67392522").  Such
# a line credits or identifies a work; it names no section of the text.
CREDIT_OR_IDENTIFIER = re.compile(r"\bCC[ -]BY\b|©|\b(?:ISBN|ISSN|WorldCat)\b")


# A line that trails off in an ellipsis ("Die Teilnehmenden können …", a quotation's "‘… eerst de
# visie…’") goes on in the text under it; one whose dot leaders run to a page number ("Sources
# ……………… 37") is an entry of a printed contents.  Neither names a section.
UNFINISHED = re.compile(r"(?:…|\.\.\.)[’”'\"»)]*$|(?:…|\.\s?){3,}\s*\d{1,3}$")


# A quotation of a sentence or more, whole on its line: opening and closing quotation marks around it,
# a full stop or an exclamation mark inside after a word's lower-case end ("“Nietzsche is op geheel
# eigen wijze doordrongen van Wagners ideeën.”"): a pull quote or a motto, not a section's name (a
# quoted title, "“Zoef op je balkon”", "“St. Jan”", or question, "“Why Not Just Industry Funding?”",
# holds none).
QUOTED_SENTENCE = re.compile(r"^[„“‘«\"].*(?<=\S{3})[^\W\d_A-Z][.!](?:\s.*)?[”“’»\"]$")


# A label's colon after a word or figure, a space after it: "Supervisor: ", "Nr. 29: " (not "12:00").
LABEL_COLON = re.compile(r"[^\W_]: ")
# A label's word (a space before its colon, as French sets it, allowed), then a figure and nothing else
# for its value: an amount with its sign, a number, a version with a remark in brackets ("Adhésion
# normale : 10€", "Logius-beheerder: 00000004123456789000", "Versie: 1.0 (maart 2026)").  Not a year
# alone, which a section's name may hold for what follows ("Terugblik: 2025", "Outlook: 2026").
FIGURE_VALUE = re.compile(r"[^\W\d_]\.? ?: (?!(?:1[5-9]|20)\d\d$)[-−+]?[€$£]? ?\d[\d.,]*(?: ?[%€$£])?(?: \([^()]*\))?$")


def _fields(text: str) -> bool:
    """Two labelled values on one line ("Supervisor: Paul Carroll Start date: Jun 2022", "SSID:
    halle.freifunk.net Kanal: 13"), or a label with a figure for its value ("Adhésion de soutien :
    30€", "Versie: 1.0 (maart 2026)"): the fields of a form, a record or a price list, not a
    section's name (a heading holds one label at most, and names what follows it in words: "Bijlage 1:
    Model voor risicoanalyse", "Phase 2: Institutional Setup (Months 7-12)")."""
    return len(LABEL_COLON.findall(text)) > 1 or FIGURE_VALUE.search(text) is not None


# From one clock time to another, a dash between: "12:15-13:00", "19.00 - 19.45".
TIME_SPAN = re.compile(r"(?<![\d.:])\d{1,2}[:.][0-5]\d\s*[-–—]\s*\d{1,2}[:.][0-5]\d(?![\d.:]\d)")
TIME_SLOT_LABEL_WORDS = 2


def _time_slot(text: str) -> bool:
    """A span of clock times with a label at most ("08:15 - 16:00 uur", "Montags, 20:00 - 22:00
    Uhr", "11.30-12.00"): a timetable's slot or opening hours, a schedule's entry that names no
    section.  (A session's title with its times, "11.00-12.00 Sessie 1: OSGeo", keeps its words.)"""
    rest = TIME_SPAN.sub(" ", text)
    return rest != text and len(rest.split()) <= TIME_SLOT_LABEL_WORDS


def _name_and_affiliation(body: list[Block], index: int, words: Words) -> bool:
    """A person's name and, after a comma, where they work ("Han van Veldhuizen, Deltares"), set
    right under a title and over text: who gives or wrote that piece, a byline of a programme's talk
    or a collection's contribution, not a section of its own.  (A line closed by a colon, "Open Forum
    Europe, FSFE, Linux Foundation Europe:", announces what its text says: a heading.)"""
    name, comma, affiliation = body[index].text.partition(", ")
    return (bool(comma) and _full_name(name, words) and affiliation[:1].isupper() and not affiliation.endswith(":")
            and index > 0 and body[index - 1].kind == "display"
            and index + 1 < len(body) and body[index + 1].kind == "paragraph")


def _byline(text: str, words: Words) -> bool:
    """A byline in the text ("Door C. van Sijl", "By Elena Breitmoser (UEDIN, EPCC)", "Written by
    Giacomo Peru, Elena Breitmoser, Neil Chue Hong, Graeme Stewart"): its opener, then a name or a
    list of names.  It says who wrote the piece under it, it names no section.  (A text in
    capitals, "DOOR CORONA ONTSLAGEN", is set as a heading: no byline.)"""
    match = words.author.match(text)
    return bool(match and match.group("name") and not text.isupper()
                and (_looks_like_name(match.group("name"), words) or _names_list(match.group("name"), words)))


def _labels_value(body: list[Block], index: int, words: Words) -> bool:
    """The line under a label (one word in capitals and its colon) that ends the text above ("Auteur:" /
    "Pieter Hering", "To:" / "Heads of Bureaus and Offices", "Voorbeelden:" / "OIN o.b.v. RSIN:
    ..."): the label's value, a name, an address or an example, not a heading.  (A provision or a
    numbered section under "Besluit:" is one.)"""
    above = body[index - 1] if index > 0 else None
    if above is None or above.kind != "paragraph" or not above.line_texts:
        return False
    label = above.line_texts[-1].strip()
    text = body[index].text
    return label.endswith(":") and len(label[:-1].split()) == 1 and label[:1].isupper() \
        and not (_opens_on_a_number(text) or words.provision.match(text))


def _worded(text: str) -> bool:
    """The text holds a word of two letters at least: a heading names something ("X", "Q3", "3"
    alone are a table's cells, a mark or a number)."""
    return WORD_OF_TWO.search(text) is not None


WORD_OF_TWO = re.compile(r"[^\W\d_]{2}")


def _add_item(out: list, body: list[Block], index: int, open_styles: list[tuple]) -> None:
    """Add a list item: to the list before it when it continues that list (a bullet after a
    bullet; the next number, letter or Roman numeral of the same kind), or to the sub-list of
    that list's last item (see _opens_sub_list), else as a new list that starts where the
    source's numbering does ("2." after an interrupting paragraph starts at 2).  `open_styles`
    holds the marker styles of the list being built and of its open sub-list."""
    block = body[index]
    item = ListItem(block.inline(), (block.first, block.last))
    style = _marker_style(block)
    last = out[-1] if out and isinstance(out[-1], BulletList) else None
    if last is None or not open_styles:
        _new_list(out, body, index, item, open_styles)
    elif len(open_styles) == 2 and (sub := last.items[-1].sub) is not None and _continues(sub, block) \
            and (block.ordered or style == open_styles[1]):
        sub = replace(sub, items=sub.items + (item,), lines=(sub.lines[0], block.last))
        out[-1] = _with_last_sub(last, sub, block.last)
    elif not (block.ordered or last.ordered) and len(open_styles) == 1 \
            and _opens_sub_list(last.items[-1].text, last.ordered, open_styles[0], block):
        _open_sub_list(out, last, block, item, open_styles)
    elif _continues(last, block):
        out[-1] = replace(last, items=last.items + (item,), lines=(last.lines[0], block.last))
        del open_styles[1:]
    elif len(open_styles) == 1 and _opens_sub_list(last.items[-1].text, last.ordered, open_styles[0], block):
        _open_sub_list(out, last, block, item, open_styles)
    else:
        _new_list(out, body, index, item, open_styles)


def _new_list(out: list, body: list[Block], index: int, item: ListItem, open_styles: list[tuple]) -> None:
    block = body[index]
    kind, start = (_counted_number(out, body, index) or _first_number(block.marker)) if block.ordered else ("1", 1)
    out.append(BulletList((item,), (block.first, block.last), block.ordered, start=start, numbering=kind))
    open_styles[:] = [_marker_style(block)]


def _open_sub_list(out: list, last: BulletList, block: Block, item: ListItem, open_styles: list[tuple]) -> None:
    kind, start = _first_number(block.marker) if block.ordered else ("1", 1)
    sub = BulletList((item,), (block.first, block.last), block.ordered, start=start, numbering=kind)
    out[-1] = _with_last_sub(last, sub, block.last)
    open_styles.append(_marker_style(block))


def _with_last_sub(parent: BulletList, sub: BulletList, last_line: int) -> BulletList:
    items = parent.items[:-1] + (replace(parent.items[-1], sub=sub),)
    return replace(parent, items=items, lines=(parent.lines[0], last_line))


def _continues(existing: BulletList | None, block: Block) -> bool:
    """Does the item block continue the list: a bullet after bullets, or the next number of its kind?"""
    if existing is None or block.ordered != existing.ordered:
        return False
    return not block.ordered or (existing.numbering, existing.start + len(existing.items)) in numbering(block.marker)


def _marker_style(block: Block) -> tuple:
    """How an item is marked: a bullet by its sign; a number or letter by the kinds of numbering
    it may be ("1", "a", "i", ...) and the signs around it, so "(a)", "a." and "a)" differ."""
    kinds = frozenset(kind for kind, _ in numbering(block.marker)) if block.ordered else frozenset()
    return (kinds, "".join(char for char in block.marker if not char.isalnum()))


# Sub-items: items numbered or bulleted in another way than the list they stand in, set under
# one of its items ("3. Het bestuur benoemt:" / "(a) de voorzitter;" / "(b) de secretaris;" /
# "4. ..."), belong to that item; read as a list of their own they would break the outer list
# (and a list after them would restart its numbering).  Evidence, all of it: the item above is
# the outer list's last one; the sub-item's marker style differs from the outer list's (see
# _marker_style) and opens its numbering ("(a)", "i.", "1)", or a bullet); and the item above
# announces it: it ends in a colon, has no text of its own ("3. (a) ...", see
# publish.clean.lists.mark_items), or its sentence goes on in lettered or numbered sub-items
# ("1. Der Verein finanziert sich aus" / "a) Mitgliedsbeiträgen,", see _carries_on).
# Unannounced, a run of other items under a numbered one may as well be the next level of an
# agenda whose indents the text layer lost ("3. Bericht" / "1. Raumsuche" / "2. ..." / "▪ ..."
# / "4. Kasse"): it stays a list of its own, as does a lettered list after a paragraph.  Two
# levels: a sub-item's own sub-items start a new list.
SUB_ITEMS_REACH = 30     # how many sub-items in a row are looked past for the outer list's next item


def _opens_sub_list(announcing: str, outer_ordered: bool, outer_style: tuple, block: Block) -> bool:
    """The item block opens a sub-list under the outer list's item whose text is announcing."""
    style = _marker_style(block)
    same_numbering = block.ordered and outer_ordered and bool(style[0] & outer_style[0]) and style[1] == outer_style[1]
    if style == outer_style or same_numbering:
        return False
    if block.ordered and not any(value == 1 for _, value in numbering(block.marker)):
        return False
    announcing = announcing.rstrip()
    return not announcing or announcing.endswith(":") or (block.ordered and _carries_on(announcing, block.text))


def _first_number(marker: str) -> tuple[str, int]:
    """How the first item of a new list is numbered: a marker read as one ("i." as Roman one,
    not the letter i), else as a letter ("c)" is c, not Roman 100), else as it reads."""
    options = numbering(marker) or [("1", 1)]
    return next((option for option in options if option[1] == 1), None) \
        or next((option for option in options if option[0] in "aA"), options[0])


def _counted_number(out: list, body: list[Block], index: int) -> tuple[str, int] | None:
    """How the first item of a new list is numbered when its marker reads two ways and the
    numbering around it tells which: "v." is Roman five where the next item counts on to "vi." or
    the lists just before it (a sub-list between) ended at "iv.", the letter v where "w." follows
    or "u." ended them; likewise "x." and "i.".  None without such evidence, or with evidence both
    ways (see _first_number then)."""
    block = body[index]
    options = numbering(block.marker)
    if len({kind for kind, _ in options}) < 2:
        return None
    following = body[index + 1] if index + 1 < len(body) else None
    counted_on = {(kind, value) for kind, value in options if following is not None and following.kind == "item"
                  and following.ordered and _marker_style(following)[1] == _marker_style(block)[1]
                  and (kind, value + 1) in numbering(following.marker)}
    lists_before = list(takewhile(lambda shown: isinstance(shown, BulletList), reversed(out)))
    counted_to = {(kind, value) for kind, value in options
                  if any(shown.ordered and (shown.numbering, shown.start + len(shown.items)) == (kind, value)
                         for shown in lists_before)}
    evidence = counted_on | counted_to
    return evidence.pop() if len(evidence) == 1 else None


def _in_sequence(earlier: Block, later: Block) -> bool:
    """Two item blocks of one list: both bullets, or the later numbered one after the earlier
    (the same kind of number, one up)."""
    if earlier.kind != "item" or later.kind != "item" or earlier.ordered != later.ordered:
        return False
    if not later.ordered:
        return True
    return any((kind, value + 1) in numbering(later.marker) for kind, value in numbering(earlier.marker))


def _entry(body: list[Block], index: int, out: list) -> bool:
    """An unnumbered display line between numbered headings is what the heading above it heads,
    not a heading itself: a form's entry ("h) Rechtsbasis" / "Artikel 53, eerste lid ..." /
    "i) Besluitvormingsprocedure").  Between a numbered heading and the next heading, or
    between a heading and the next numbered heading; unnumbered headings in a row ("PASSIVA" /
    "Eigen vermogen" / "Algemene reserve") stay headings, and so does a line over a label heading
    its text ("V. Implementation Roadmap" / "Phase 1: Foundation" / "Founding Coalition
    Formation:" / text): a form's entry is a value, not the next heading's heading."""
    block = body[index]
    following = body[index + 1] if index + 1 < len(body) else None
    if not (out and isinstance(out[-1], Heading) and following is not None) or _opens_on_a_number(block.text):
        return False
    numbered_next = (following.kind == "item" and following.ordered) or \
        (following.kind == "display" and _opens_on_a_number(following.text))
    return numbered_next or (following.kind == "display" and _opens_on_a_number(out[-1].text)
                             and not following.text.endswith(":"))


def _marked_text(block: Block) -> str:
    """A block's text as printed, an item's marker before it ("3. Uitkomsten")."""
    return f"{block.marker} {block.text}" if block.kind == "item" else block.text


def _opens_on_a_number(text: str) -> bool:
    """The text opens on a number of any kind: an item's ("1.", "a)"), a decimal ("4.2") or an
    outline number ("5.a.1")."""
    return bool(NUMBERED.match(text) or DECIMAL_NUMBER.match(text) or OUTLINE_NUMBER.match(text))


def _heading_level(text: str, section: int, words: Words, within_sub_section: bool) -> tuple[int, int]:
    """A heading's level, and the level of the last decimal-numbered heading after it.  A
    decimal number says the depth, after a label too: "1." or "1 Inleiding" or "Artikel 1" is a
    section (2), "1.1" or "§ 1.1" or "5.a" a sub-section (3), "1.1.1" or "5.a.1" one more (4).  A letter or Roman
    numeral ("a) Titel", "II. Wat kan beter") numbers a sub-section: one below the numbered
    section above it, or 3 without one.  An unnumbered heading is a section (2), or, within a
    numbered sub-section (see _within_sub_sections), one below it."""
    decimal = DECIMAL_NUMBER.match(text) or OUTLINE_NUMBER.match(text) or words.provision.match(text)
    if decimal and decimal.group(1):
        level = min(decimal.group(1).count(".") + 2, MAX_HEADING_LEVEL)
        return level, level
    if NUMBERED.match(text) or within_sub_section:
        return min(max(section, 2) + 1, MAX_HEADING_LEVEL), section
    return 2, section


def _within_sub_sections(body: list[Block], sections_apart: set[int]) -> set[int]:
    """The indexes of the unnumbered display lines that stand inside a numbered sub-section: after a heading
    numbered two levels deep or more ("2.1 Aanpak") and before its next sibling's ("2.2 Uitvoering", see
    _next_section).  Such a line heads a part of that sub-section ("Planning"), one level below it.  Before the
    next chapter's number ("3 Resultaten"), after the last numbered heading, or where the numbers do not count on,
    an unnumbered heading may as well be the chapter's or the document's own ("Conclusies", "Literatuur"): it stays
    a section.  Only numbers that head count: a list's items ("1." "2." "3.") under "2.1" number no sections."""
    numbered = [(index, _section_numbers(match.group(1))) for index, block in enumerate(body)
                if (block.kind == "display" or _numbered_heading(body, index) or index in sections_apart)
                and (match := DECIMAL_NUMBER.match(_marked_text(block)))]
    within: set[int] = set()
    for (start, before), (end, after) in zip(numbered, numbered[1:]):
        if len(before) > 1 and len(after) == len(before) and _next_section(before, after):
            within |= {index for index in range(start + 1, end) if body[index].kind == "display"}
    return within


# ----------------------------------------------------------------------------- house style

def _house_style(document: Document, words: Words, source_lines: Sequence[str], authors_given: bool) -> Document:
    """The document as a publisher prints it: one numbering style for the heading labels of each
    chapter, one spelling of academic titles; every edit in document.changes."""
    chapters, label_changes = zip(*map(_consistent_labels, document.chapters)) if document.chapters else ((), ())
    document = replace(document, chapters=tuple(chapters))
    document, title_changes = _consistent_academic_titles(document, words.language, source_lines, authors_given)
    changes = [change for found in label_changes for change in found] + title_changes
    return replace(document, changes=tuple(sorted(changes, key=lambda change: change.line)))


def _consistent_labels(chapter: Chapter) -> tuple[Chapter, list[Change]]:
    """The chapter with its headings' labels closed alike (publish.clean.labels)."""
    headings = [(index, block, block.content[0]) for index, block in enumerate(chapter.blocks)
                if isinstance(block, Heading) and block.content and isinstance(block.content[0], Text)]
    texts, changes = labels.consistent([plain_text(block.content) for _, block, _ in headings],
                                       [block.lines[0] for _, block, _ in headings])
    blocks = list(chapter.blocks)
    for (index, block, first), text in zip(headings, texts):
        # The label opens the first text and keeps its length (one closing mark for another).
        blocks[index] = replace(block, content=(Text(text[:len(first.text)]),) + block.content[1:])
    return replace(chapter, blocks=tuple(blocks)), changes


def _consistent_academic_titles(document: Document, language: Language, source_lines: Sequence[str],
                                authors_given: bool) -> tuple[Document, list[Change]]:
    """Bylines, front lines and inferred authors with one spelling of academic titles
    (publish.clean.academic); authors the TOML names are the editor's and stay as written, but
    count as evidence of the spelling."""
    names = [person.name for person in document.metadata.authors]
    bylines = [line for chapter in document.chapters for line in chapter.byline]
    rule = academic.chosen_spelling([*document.front_lines, *bylines, *names], language)
    front, changes = academic.consistent(document.front_lines, rule, language, source_lines, "front matter")
    chapters = []
    for chapter in document.chapters:
        byline, found = academic.consistent(chapter.byline, rule, language, source_lines, "byline")
        chapters.append(replace(chapter, byline=tuple(byline)))
        changes += found
    if not authors_given:
        names, found = academic.consistent(names, rule, language, source_lines, "authors")
        changes += found
    authors = tuple(replace(person, name=name) for person, name in zip(document.metadata.authors, names))
    return replace(document, front_lines=tuple(front), chapters=tuple(chapters),
                   metadata=replace(document.metadata, authors=authors)), changes


def _without_skipped_levels(blocks: list) -> list:
    """A sub-heading with no section heading above it in the chapter moves up a level: the
    outline never jumps from the chapter title (h1) to h3, which screen readers and PDF/UA
    checkers read as a missing level.  Each heading goes at most one level below the nearest
    heading above it whose level, as numbering and layout gave it, is lower (its parent), and to
    a section's level (2) without one: a moved heading's siblings, which share its parent, move
    with it, and its sub-headings follow it ("1.1" opening a chapter at h2, "1.1.1" at h3, "1.2"
    at h2).  Levels that skip below a parent that did not move are left as they are."""
    out: list = []
    opened: list[tuple[int, int]] = []      # the headings above that this one may fall under: (level, level set)
    for block in blocks:
        if isinstance(block, Heading):
            while opened and opened[-1][0] >= block.level:
                opened.pop()
            level = min(block.level, opened[-1][1] + 1 if opened else 2)
            opened.append((block.level, level))
            block = replace(block, level=level)
        out.append(block)
    return out


def _numbered_heading(body: list[Block], index: int) -> bool:
    """A numbered "item" standing alone between paragraphs, short and without closing
    punctuation (a question mark allowed, and a label's colon over its text, see
    _label_over_its_text), is a numbered section heading ("2. Wat werkt?"),
    not a list of one.  Alone: no item of its own numbering beside it, and no colon above
    announcing it.  Closed by a full stop it heads its text when it stands in a series of such
    lines apart, over two lines at most (see _in_series_apart): the agenda points of minutes
    ("1. Opening." / ... / "2. Spreekrecht burgers." / ... / "8. Voorstel tot het indienen van
    wensen ... GGD Support Centrum.")."""
    block = body[index]
    if not (block.kind == "item" and block.ordered and block.text):
        return False
    if block.text.endswith(":") and not _label_over_its_text(body, index):
        return False
    if block.text.endswith("."):
        if not _in_series_apart(body, index):
            return False
    elif _reads_as_no_heading(block.text):
        return False
    before = body[index - 1] if index > 0 else None
    alone = not _after_its_list(body, index) and not _followed_by_its_next(body, index) \
        and not _over_its_list(body, index) and not _before_its_next_item(body, index)
    announced = before is not None and before.kind == "paragraph" and before.text.rstrip().endswith(":")
    return alone and not announced


def _sections_in_series(body: list[Block]) -> set[int]:
    """The indexes of the paragraphs of a line or two that open with a section number and close
    on a full stop, a question or an exclamation ("1.3 Individuele leerlingenbegeleiding.", "8.2.
    Wanneer mag een sportorganisatie het uittreksel niet zelf beoordelen?"), each over a
    paragraph of text, in a series of SERIES_APART such lines or numbered headings at least,
    numbering on in turn ("1.1", "1.2", "1.3"; "5.2 Van rechtswege ..." / "5.3 Afwezigheden
    waarvoor ... nodig is." / "5.4 ..."): the document's section headings, some closed as
    sentences are.  A statute's numbered provisions follow each other, or a list, without text
    of their own between them."""
    numbered = [index for index, block in enumerate(body[:-1])
                if SECTION_NUMBER_OPENING.match(block.text)
                and (block.kind == "display" or _closed_section_line(body, index))]
    found: set[int] = set()
    run: list[int] = []
    for index in numbered + [len(body)]:
        if run and (index == len(body) or not _next_section(_opening_section(body[run[-1]].text),
                                                             _opening_section(body[index].text))):
            found.update(at for at in run if body[at].kind == "paragraph" and len(run) >= SERIES_APART)
            run = []
        run.append(index)
    return found


def _closed_section_line(body: list[Block], index: int) -> bool:
    """The block at index is a paragraph of a line or two (the number may stand on a line of its
    own) closed by a full stop, a question or an exclamation, over an unnumbered paragraph."""
    block, below = body[index], body[index + 1]
    return block.kind == "paragraph" and len(block.offsets) <= HEADING_MAX_LINES \
        and len(block.text) <= HEADING_MAX_CHARS and block.text[-1:] in ".?!" \
        and below.kind == "paragraph" and not DECIMAL_NUMBER.match(below.text)


def _opening_section(text: str) -> tuple[int, ...]:
    """The section number a text opens with as figures: "8.2. Wanneer ..." is (8, 2)."""
    match = SECTION_NUMBER_OPENING.match(text)
    return _section_numbers(match.group(1)) if match else ()


def _label_over_its_text(body: list[Block], index: int) -> bool:
    """The numbered item at index, closed by a colon, is set over the first section of its own
    number ("2. Zweck:" / "2.1. Unterstützung des aktiven Feuerwehrkorps ...") or over a paragraph
    opening in a capital ("5. Vereinsjahr:" / "Das Vereinsjahr dauert vom 1. Januar ..."): a
    label naming the text under it, as a statute's article is headed, not a lead-in to a list."""
    if index + 1 >= len(body):
        return False
    number, below = body[index].marker.rstrip(".)"), body[index + 1]
    section = SECTION_NUMBER_OPENING.match(below.text)
    return (number.isdigit() and section is not None and section.group(1).startswith(f"{number}.")) \
        or (below.kind == "paragraph" and below.text[:1].isupper())


SERIES_APART = 3    # numbered lines counting on, each with text of its own between, to make a series
SERIES_MAX_CHARS = 2 * HEADING_MAX_CHARS    # a numbered heading of such a series over two lines at most


def _in_series_apart(body: list[Block], index: int) -> bool:
    """Does the item stand in a series of SERIES_APART items of one numbering counting on
    ("1. Opening." / paragraphs / "2. Spreekrecht burgers." / paragraphs / "3. ..."), none of
    them in a list of its own (see _next_in_numbering)?  Then each heads the
    text under it, as minutes set their agenda points; a list's items stand together.  Not when
    the series opens right under a heading: that numbers the paragraphs of its section (an
    article's members: "Artikel 12 - Ontbinding" / "1. Het bestuur is bevoegd ..." / "Op het
    besluit ..." / "2. ...")."""
    if len(body[index].text) > SERIES_MAX_CHARS:
        return False
    members = [index]
    for step in (-1, 1):
        at = _next_in_numbering(body, index, step)
        while at is not None:
            members.append(at)
            at = _next_in_numbering(body, at, step)
    first = min(members)
    return len(members) >= SERIES_APART and not (first > 0 and body[first - 1].kind == "display")


def _agenda_points(body: list[Block]) -> set[int]:
    """The indexes of the numbered items closed by a colon ("5. Rondvraag:") in a run of such items
    numbering on in turn, with only text or sub-items of another numbering between them, where
    SERIES_APART of them or more head the text under them (see _numbered_heading): the points of
    minutes, one reading for all of them.  A point with nothing under it ("7. Rondvraag:" / "8.
    Sluiting:"), over a list of its own ("4. Ingekomen stukken:" / "- een brief ...") or right under
    such a one heads too, when it is no longer in words than the longest point that heads: a
    lead-in to a list says more ("2. Om dit doel te bereiken organiseert de vereniging:")."""
    found: set[int] = set()
    run: list[int] = []
    for index in [at for at, block in enumerate(body) if _label_point(block)] + [len(body)]:
        if run and index < len(body) and _in_sequence(body[run[-1]], body[index]) \
                and all(_between_points(body[at], body[index]) for at in range(run[-1] + 1, index)):
            run.append(index)
            continue
        heading = [at for at in run if _numbered_heading(body, at)]
        if len(heading) >= SERIES_APART:
            longest = max(len(body[at].text.split()) for at in heading)
            found.update(at for at in run if len(body[at].text.split()) <= longest)
        run = [index]
    return found


def _label_point(block: Block) -> bool:
    """A numbered item closed by a colon, short as a heading is ("3. Notulen vorige vergadering:")."""
    return block.kind == "item" and block.ordered and block.text.endswith(":") and len(block.text) <= HEADING_MAX_CHARS


def _between_points(block: Block, point: Block) -> bool:
    """The block may stand between two points of minutes: a paragraph, or an item numbered or bulleted
    otherwise than the points are (a point's own list)."""
    return block.kind == "paragraph" or (block.kind == "item" and _marker_style(block) != _marker_style(point))


def _next_in_numbering(body: list[Block], index: int, step: int) -> int | None:
    """The index of the item one up (step 1) or one down (step -1) in the numbering of the item
    at index, when it stands in no list of its own, it is no longer than SERIES_MAX_CHARS and it
    closes alike (a full stop or none: "7. Deactivering" / "8. De Afdeling verwijst naar ...
    bijlage." is a heading and a numbered sentence); None when there is none.  A list between,
    numbered alike, is passed over: the text under a point may hold one ("9. Voorstel ..." /
    "... twee beslispunten:" / "4. ..." / "5. ..." / "10. Voorstel ...")."""
    block = body[index]
    at = index + step
    while 0 <= at < len(body):
        other = body[at]
        if other.kind == "item" and other.ordered and _marker_style(other) == _marker_style(block):
            in_sequence = _in_sequence(block, other) if step > 0 else _in_sequence(other, block)
            listed = _in_a_list(body, at)
            if not in_sequence and listed:
                at += step
                continue
            alike = other.text.endswith(".") == block.text.endswith(".")
            return at if in_sequence and not listed and alike and len(other.text) <= SERIES_MAX_CHARS else None
        at += step
    return None


def _in_a_list(body: list[Block], index: int) -> bool:
    """The item at index has an item of its own numbering right above or below it: it stands in
    a list."""
    style = _marker_style(body[index])
    return any(0 <= at < len(body) and body[at].kind == "item" and _marker_style(body[at]) == style
               for at in (index - 1, index + 1))


NO_HEADING_ENDS = (",", ";", "!")     # a sentence going on below, or an exclamation: no heading closes so


def _reads_as_no_heading(text: str) -> bool:
    """A numbered line too long for a heading, or ending open on a comma or semicolon, its
    sentence going on below ("2. Die Mitglieder haben das Recht,"), or on an exclamation."""
    return text.rstrip().endswith(NO_HEADING_ENDS) or len(text) > HEADING_MAX_CHARS


def _followed_by_its_next(body: list[Block], index: int) -> bool:
    """The item at index has the next item of its own numbering right under it."""
    return index + 1 < len(body) and _in_sequence(body[index], body[index + 1])


LEAD_IN_TEXT_PARAGRAPHS = 2     # a numbered lead-in's own text, between it and its next number: a paragraph or two
LABEL_MAX_WORDS = 3     # a label closed by a colon names its text in a word or three ("1. Contributie:")


def _before_its_next_item(body: list[Block], index: int) -> bool:
    """Does the next item of the block's own numbering, past sub-items of one style, read as no
    heading can (see _reads_as_no_heading: "1. Rechte in der Mitgliederversammlung" / "a) Alle
    ..." / ... / "2. Die Mitglieder haben das Recht,")?  Or is it followed right away by its own
    next number, with nothing of its own under it, in a run of numbers that heads no text ("1.
    Übergeordnetes Ziel" / "1. Kontakt ..." / "2. Flyer ..." / "2. Lange Nacht der Kunst" / "3.
    Aufräumparty", see _list_run)?  Or do both lead in, the next one, the last of its list, into
    sub-items ("1. De vereniging heeft als doel:" / its text / "2. Om dit doel te bereiken
    organiseert de vereniging:" / "a. ..." / "Artikel 2", see _last_lead_in_over_sub_items)?
    Then the block is an item of that list too: numbered headings come in a series of headings,
    each over text of its own ("1. Algemene bepalingen" / "a) ...;" / "2. Commissies"; "3.
    Rapport par le Pdt."), or the last of a run of them over it
    ("2. Sommerfest" / "3. Arbeitseinsatz" / "Am 20. April ...").  A lead-in's own text may
    stand between it and its next number (see _lead_in_text)."""
    block = body[index]
    sub_styles = set()
    # The last sub-item passed: numbered as the block is, an item counting on from both is the
    # sub-list's, the nearer run ("1. X" / "1. a" / "2. b" / "2. Y": "2. b" is the sub-list's).
    sub_item = None
    first = index + 1 + _lead_in_text(body, index)
    for position in range(first, min(len(body), first + 1 + SUB_ITEMS_REACH)):
        later = body[position]
        if later.kind != "item":
            return False
        if _in_sequence(block, later) and (sub_item is None or not _in_sequence(sub_item, later)):
            return _reads_as_no_heading(later.text) or _list_run(body, position) \
                or (_lead_in(block.text) and _last_lead_in_over_sub_items(body, position))
        sub_item = later
        sub_styles.add(_marker_style(later))
        if len(sub_styles) > 1:
            return False
    return False


def _lead_in_text(body: list[Block], index: int) -> int:
    """How many paragraphs, up to LEAD_IN_TEXT_PARAGRAPHS, stand right under the block as a
    lead-in's own text: a lead-in is closed by a colon and says more than a label naming its
    text ("1. De vereniging staat open voor:" / "De vereniging staat open voor iedereen ..." /
    "2. Elke deelnemer blijft zelf verantwoordelijk ...", but "1. Contributie:" / "De contributie
    wordt ..." heads it)."""
    if not _lead_in(body[index].text):
        return 0
    passed = 0
    while passed < LEAD_IN_TEXT_PARAGRAPHS and index + 1 + passed < len(body) \
            and body[index + 1 + passed].kind == "paragraph":
        passed += 1
    return passed


def _lead_in(text: str) -> bool:
    """A numbered line closed by a colon that says more than a label naming its text ("De
    vereniging staat open voor:", not "Contributie:")."""
    return text.endswith(":") and len(text.split()) > LABEL_MAX_WORDS


def _last_lead_in_over_sub_items(body: list[Block], index: int) -> bool:
    """The item at index leads in (see _lead_in) to sub-items right under it (see
    _opens_sub_list), and no next number of its own follows them: the last member of its list
    ("2. Om dit doel te bereiken organiseert de vereniging:" / "a. ..." / "b. ..." / "Artikel 2"),
    not one point of an agenda whose next points head text of their own ("2. Mededelingen van het
    bestuur:" / "a. ..." / "b. ..." / "3. Verslag van de vorige vergadering:" / its text)."""
    block = body[index]
    below = body[index + 1] if index + 1 < len(body) else None
    if not (_lead_in(block.text) and below is not None and below.kind == "item"
            and _opens_sub_list(block.text, block.ordered, _marker_style(block), below)):
        return False
    after = index + 2
    while after < len(body) and (body[after].kind == "paragraph" or (
            body[after].kind == "item" and _marker_style(body[after]) == _marker_style(below))):
        after += 1
    return not (after < len(body) and _in_sequence(block, body[after]))


def _list_run(body: list[Block], index: int) -> bool:
    """Is the item at index followed right away by its own next number, and does the run of
    numbers counting on (up to SUB_ITEMS_REACH) end over no paragraph: a list's items, with no
    text of their own ("2. Lange Nacht der Kunst" / "3. Aufräumparty" / "4. Exkursionen?"), not
    agenda points whose last heads text ("2. Sommerfest" / "3. Arbeitseinsatz" / "Am 20. April
    treffen wir uns ...")."""
    if not _followed_by_its_next(body, index):
        return False
    last = index + 1
    while last - index < SUB_ITEMS_REACH and _followed_by_its_next(body, last):
        last += 1
    return not (last + 1 < len(body) and body[last + 1].kind == "paragraph")


def _after_its_list(body: list[Block], index: int) -> bool:
    """Does an item of the block's own numbering, one before it, stand in the run of items above:
    right above, or above the sub-items it announces ("3. Het bestuur benoemt:" / "(a) ..." /
    "(b) ..." / "4. Penningmeester", see _opens_sub_list)?  Not when a paragraph follows the
    block: a numbered line over a paragraph after a list ("1. Name" / "(1) ..." / "2. Zweck" /
    "Der Verein ...") heads it."""
    block = body[index]
    paragraph_after = index + 1 < len(body) and body[index + 1].kind == "paragraph"
    sub_styles = set()
    for distance, earlier in enumerate(reversed(body[max(0, index - 1 - SUB_ITEMS_REACH):index])):
        if earlier.kind != "item":
            return False
        if _in_sequence(earlier, block):
            return distance == 0 or (not paragraph_after and earlier.text.rstrip()[-1:] in ("", ":"))
        sub_styles.add(_marker_style(earlier))
        if len(sub_styles) > 1:
            return False      # (sub-items of one style only: no sub-list of its own nests deeper)
    return False


def _over_its_list(body: list[Block], index: int) -> bool:
    """Do lettered or numbered sub-items carry on the block's sentence ("1. Der Verein finanziert
    sich aus" / "a) Mitgliedsbeiträgen," / ... / "d) anderen Einnahmen.", "1. Die Mitgliedschaft
    endet" / "a) durch ...")?  Then the block is an item, the first of its list or the only one,
    and they are its sub-items (see _opens_sub_list).  A numbered heading's sub-items are sentences
    of their own ("1. Algemene bepalingen" / "a) Commissies dienen ...;") or bullets ("5. Quitus" /
    "• pour 15")."""
    block = body[index]
    below = body[index + 1] if index + 1 < len(body) else None
    return below is not None and below.kind == "item" and below.ordered \
        and _marker_style(below) != _marker_style(block) and _carries_on(block.text, below.text)


def _carries_on(announcing: str, item: str) -> bool:
    """The item goes on with the sentence of the item above it: that one ends open, and the item
    opens in lower case or ends on a comma."""
    return announcing.rstrip()[-1:] not in (".", "!", "?", ";") \
        and (item[:1].islower() or item.rstrip().endswith(","))


def _is_lede(block: Block, typical: float) -> bool:
    """An opening paragraph set in larger type: its lines are clearly narrower than the body's."""
    return (1 < len(block.widths) <= LEDE_MAX_LINES and typical > 0
            and max(block.widths) < LEDE_NARROWER * typical)


def _slug(title: str) -> str:
    ascii_title = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_title.lower()).strip("-")[:48] or "tekst"


def _unique_ids(chapters: list[Chapter]) -> list[Chapter]:
    seen: dict[str, int] = {}
    out = []
    for chapter in chapters:
        count = seen.get(chapter.id, 0)
        seen[chapter.id] = count + 1
        out.append(chapter if not count else replace(chapter, id=f"{chapter.id}-{count + 1}"))
    return out


# ----------------------------------------------------------------------------- front matter and metadata

def _names_a_body(name: str, words: Words) -> bool:
    """A body's name, not the word alone that opens one ("Directie", "Stichting": the label of a
    sender's column, the body's name on the line under it), which names no one."""
    return " ".join(name.split()).lower() not in words.language.words("letterhead.organisations")


def _printed_lines(block: Block) -> tuple[str, ...]:
    """A block's lines as printed: an ordered item's number before its first line.  The front lines
    show no list, and the number would be lost ("3. März 2024" under a letterhead, read as item 3)."""
    lines = block.line_texts
    return (f"{block.marker} {lines[0]}", *lines[1:]) if block.ordered and block.marker and lines else lines


def _front_lines(front: list[Block], words: Words) -> list[tuple[str, str]]:
    """(line, role) for each front-page line; role is series, author, named (a name under an
    "Auteur(s)" label), contact (an address too), publisher (an organisation's name,
    "Stichting ...") or display.

    A display line starting in lower case, or following one that ends on a function word,
    continues the previous one (a wrapped title), and a title set a word or two a line is one
    line (see _stacked).
    """
    out: list[tuple[str, str]] = []
    tight: list[bool] = []          # whether out's line stands right under the one before
    in_contact = in_authors = False
    for block in front:
        for number, line in enumerate(_printed_lines(block)):
            tight.append(bool(number or not block.gap_before))
            if words.contact_label.match(line):
                in_contact = True
                out.append((line, "contact-label"))
                continue
            if words.author_label.match(line):
                in_authors = True
                out.append((line, "author-label"))
                continue
            in_authors = in_authors and not words.letterhead.label.match(line) and not words.cover_label.match(line)
            role = "ciphered" if _ciphered(line) \
                else "named" if in_authors \
                else "contact" if in_contact or words.contact.search(line) or words.letterhead.address.search(line) \
                else "author" if _author(line, words) \
                else "publisher" if letterhead.organisation(line, words.language) else "display"
            if role == "display" and not out and YEAR.search(line):
                role = "series"
            if role == "display" and out and _goes_on(out[-1], line, words):
                out[-1] = (out[-1][0] + " " + line, out[-1][1])
                tight.pop()
            else:
                out.append((line, role))
    return _stacked(out, tight)


def _goes_on(previous: tuple[str, str], line: str, words: Words) -> bool:
    """A display line continues the front line above it: a display line when it starts in lower
    case, a display line or an organisation's name when that ends open (_ends_open)."""
    above, role = previous
    return (role == "display" and line[:1].islower()) \
        or (role in ("display", "publisher") and _ends_open(above, words))


def _ends_open(line: str, words: Words) -> bool:
    """A display line or an organisation's name that ends on a function word ("... an Integrated
    Strategy to") or a comma ("Ministerie van Volksgezondheid,") is wrapped: the next line goes on
    with it, whatever its first letter."""
    return ends_on_function_word(line, words.function_words) or line.rstrip().endswith(",")


# A title set a word or two a line ("Wikimedia" / "Deutschland" / "Jahresbericht" / "2016"): lines
# of at most STACK_WORDS words, STACK_LINES of them or more, each right under the one before.  Two
# such lines are as often a title and a name, so they stay apart.
STACK_WORDS = 2
STACK_LINES = 3


def _stacked(lines: list[tuple[str, str]], tight: list[bool]) -> list[tuple[str, str]]:
    """The front lines with each stacked title joined into one display line."""
    out: list[tuple[str, str]] = []
    start = 0
    while start < len(lines):
        end = start + 1
        while _stackable(lines[start]) and end < len(lines) and _stackable(lines[end]) and tight[end]:
            end += 1
        if end - start >= STACK_LINES:
            out.append((" ".join(line for line, _ in lines[start:end]), "display"))
        else:
            out.extend(lines[start:end])
        start = end
    return out


def _stackable(entry: tuple[str, str]) -> bool:
    line, role = entry
    return role == "display" and len(line.split()) <= STACK_WORDS


def _author(line: str, words: Words) -> Person | None:
    """The person a line names as its author: "door Anna de Vries", "coreferaat van Sofie
    Vriends", or a name after an academic title ("prof. dr. Hanneke Verhoeven")."""
    if words.name_with_title.match(line) and _looks_like_name(line, words):
        return Person(line.replace("\u00a0", " ").strip())
    match = words.author.match(line)
    if not match:
        return None
    name = (match.group("name") or match.group("name2")).replace("\u00a0", " ").strip()
    if not re.search(r"\b[A-Z][a-zà-ÿ]+", name) or len(name.split()) > 7:
        return None
    # No one's name: "Programma van Eisen voor een digitale ...", "von der Versammlung beschlossen" (an opener that
    # is a preposition too); no one's role: a body named (_role_of_a_body).
    if not _looks_like_name(name, words) or _role_of_a_body(line, match, words):
        return None
    if match.group("name2") and len(name.split()) == 1:
        # One word after "van" is a surname with its particle ("Henk van Gils"): the whole line names someone.
        return Person(line.replace("\u00a0", " ").strip()) if _looks_like_name(line, words) else None
    role = match.group("role")
    return Person(name, role.lower() if role else None)


def _role_of_a_body(line: str, match: re.Match, words: Words) -> bool:
    """Whether a "<role> van" line (`match`, words.author's) names a body, no one: the body's own name
    (_body_named), or an institution as what "van" leads into ("Rapport van de Universiteit Utrecht": only an opener
    shows an institution as the author, "door de Universiteit van Amsterdam"; a body's office is, as the report's
    own, "Rapport van de Rekenkamercommissie"); after the name, past its comma or in brackets, it is the person's
    affiliation: "Column van Piet Jansen, Hogeschool Rotterdam"."""
    name = (match.group("name2") or "").replace("\u00a0", " ").strip()
    return _body_named(line, match, words) or bool(name and words.institution.search(_affiliated(name, words)))


def _body_named(line: str, match: re.Match, words: Words) -> bool:
    """Whether a "<role> van" line (`match`, words.author's) is a body's own name: "Ministerie van ...", an
    organisation, "Universiteit van Amsterdam", an institution's word before "van"."""
    return bool(match.group("name2")) and bool(letterhead.organisation(line, words.language)
                                               or words.institution.search(match.group("role")))


def _credit_line(line: str, words: Words) -> bool:
    """A byline's line: it names an author (_author) or a body issuing the text (_credits_a_body, no author but no
    heading nor title either: it stays with the title over it)."""
    return _author(line, words) is not None or _credits_a_body(line, words)


def _credits_a_body(line: str, words: Words) -> bool:
    """A line naming the body that issues the text: its name ("Universiteit van Amsterdam", an institution's word
    before "van"; "Ministerie van Financiën", an organisation's), or a publication credited to it, a word naming one
    (a document's kind or a publication's word), "van", an institution or organisation ("Rapport van de Universiteit
    Utrecht", "Uitgave van het Instituut voor Natuurbehoud"); not what else a body gives or has, a section's heading
    ("Lezing van het Instituut voor Natuurbehoud", "Geschiedenis van de Universiteit Utrecht")."""
    named = words.author.match(line)
    if named and _body_named(line, named, words):
        return True
    credit = words.credit.match(line)
    if credit is None:
        return False
    body = credit.group("body").replace("\u00a0", " ").strip()
    return bool(words.institution.search(body) or letterhead.organisation(body, words.language))


# A paper's title stands on three lines at most, six when the date it was sent ends it (a
# question's title names the askers, the ministers and the matter); a longer block is its text.
PAPER_TITLE_MAX_LINES = 3
PAPER_TITLE_MAX_LINES_DATED = 6


def _paper_title(blocks: list[Block], words: Words) -> str | None:
    """The title of a paper in a numbered series (a parliamentary paper: the chamber, the session
    year, the dossier's number and title, then the paper's "Nr. 4" or "3235", then its title):
    what follows the last such number among the opening lines, before the text begins or up to
    the date it was sent ("... (ingezonden 21 juni 2024)."), set on the title's last line with the
    text run on under it.  Evidence: the number stands on a line of its own under at least one line (the series) that
    is no label ("Versie" over "3"), and words, three lines at most, follow it, which are no text (see
    _running_text: a number under a title, a register's or a date's, "Notulen ledenvergadering" /
    "20250312", has the text's first sentence under it: "Aanwezig: het bestuur en 30 leden. De
    voorzitter opent ..."; a motion's title ends on an abbreviation, "MOTIE VAN HET LID JANSEN C.S.");
    else None."""
    last = None
    previous = None
    for index, block in enumerate(blocks[:letterhead.OPENING_BLOCKS]):
        if block.kind in ("paragraph", "item") and FULL_STOP.search(block.text):
            break                   # the text has begun
        for position, line in enumerate(block.line_texts):
            if previous is not None and words.paper_number.match(line) and not YEAR.fullmatch(line) \
                    and not _label(previous, words):
                last = (index, position)
            previous = line
    if last is None:
        return None
    index, position = last
    rest = blocks[index].line_texts[position + 1:]
    run = [blocks[index]] if rest else _title_run(blocks, index + 1)
    lines = list(rest) if rest else [line for block in run for line in block.line_texts]
    after = index + 1 if rest else index + 1 + len(run)
    text_follows = (run and run[0].kind == "paragraph") or (after < len(blocks) and blocks[after].kind != "display")
    sent = next((number + 1 for number, line in enumerate(lines) if words.dated.search(line)), None)
    if sent is not None and sent < len(lines):     # the date it was sent ends the title; the text runs on under it
        lines, text_follows = lines[:sent], True
    title = words.dated.sub("", " ".join(lines)).strip()
    longest = PAPER_TITLE_MAX_LINES if sent is None else PAPER_TITLE_MAX_LINES_DATED
    return title if text_follows and len(lines) <= longest and _wordy(title) \
        and not NUMBERED.match(title) and not _running_text(title) else None


def _running_text(text: str) -> bool:
    """Words that are the text's, no title: a sentence with the next begun after it (see
    _sentence_and_more), or a sentence's end closing them that closes no abbreviation (see
    ABBREVIATION_END: "Motie van het lid Jansen c.s.", "... e.a.", an initial) and no quoted title
    (QUOTED_TITLE_END: "... over het bericht ‘Zorg in de wijk: wat nu?’").  A question of its own
    ("Heeft u ons nieuwe clubhuis al gezien?") is a newsletter's opening, no title."""
    return _sentence_and_more(text) or (FULL_STOP.search(text) is not None and not ABBREVIATION_END.search(text)
                                        and not QUOTED_TITLE_END.search(text))


def _paper_authors(blocks: list[Block], words: Words) -> tuple[Person, ...]:
    """The askers and the answerer a parliamentary paper's opening names ("Vragen van de leden
    Hirsch (GroenLinks-PvdA) en Teunissen (PvdA) aan de ...", "Antwoord van Staatssecretaris Van
    Rij (Financiën ...)"): the capitalised names after each phrase, their parties aside."""
    opening = " ".join(block.text for block in blocks[:letterhead.OPENING_BLOCKS]).replace("\u00a0", " ")
    opening = re.sub(r"\([^()]*\)", ",", opening)
    names: list[str] = []
    for phrase in (words.paper_askers, words.paper_answerer):
        if found := phrase.search(opening):
            names += _names_apart(_names_run(opening[found.end():], words), words)
    return tuple(Person(name) for name in names)


def _names_run(text: str, words: Words) -> str:
    """The run of names opening the text: capitalised words, name particles, commas and joiners
    between them, up to the first other word ("aan", "over")."""
    run: list[str] = []
    for word in text.split():
        bare = word.strip(",")
        if bare and not (bare[:1].isupper() or bare.lower() in words.name_particles
                         or words.paper_name_joiner.fullmatch(f" {bare} ")):
            break
        run.append(word)
    return " ".join(run).strip(", ")


# A title names the body it is of after a word or two of its kind ("Beleidsplan Stichting ...",
# "Satzung des de-RSE e.V."); further on, a body it names is another ("... in opdracht van de Gemeente").
BODY_IN_TITLE_MAX_AT = 2
YEARS_AT_END = re.compile(r"\s*\d{4}(?:\s*[-–/]\s*\d{2,4})?$")


# What sets off whose a title is at its end or its start: "PRIVACYVERKLARING O3401G – Scouts & Gidsen Lebbeke",
# "Stichting Makombeh: Nieuwsbrief".
TITLE_SEPARATOR = re.compile(r"\s[–—-]\s|\s?:\s")


def _not_ending(title: str, authors: tuple[Person, ...], bylined: frozenset[str]) -> tuple[Person, ...]:
    """The authors, a bare name the title runs on into being the title's last line read as a byline:
    none ("EVERSE – European Virtual Institute for Research" / "Software Excellence"), or where a
    dash or a colon sets off the title's last part, whose the title is: that part whole
    ("PRIVACYVERKLARING O3401G – Scouts & Gidsen Tyl" / "Uilenspiegel Lebbeke").  A name a byline
    gives with its opener is the author's, the title naming them or not ("Afscheidsrede Anna de
    Vries" / "Door Anna de Vries", "Column: John Smith" / "By John Smith")."""
    parts = TITLE_SEPARATOR.split(title)
    whose = parts[-1] if len(parts) > 1 else ""
    out: list[Person] = []
    for person in authors:
        if not (title.endswith(" " + person.name) and title != person.name) or person.name in bylined:
            out.append(person)
        elif whose.endswith(" " + person.name):
            out.append(Person(whose))
    return tuple(out)


def _bylined_names(lines: list[str], words: Words) -> frozenset[str]:
    """The names the lines give after a byline's opener ("Door Anna de Vries", "By John Smith")."""
    return frozenset(person.name for line in lines if words.author.match(line) and (person := _author(line, words)))


def _body_in_title(title: str, words: Words) -> tuple[Person, ...]:
    """The body a title is of, when nothing else names an author: the organisation its words
    name after the first one to BODY_IN_TITLE_MAX_AT words of the document's kind, its years aside
    ("BELEIDSPLAN STICHTING OLD SCHOOL APELDOORN 2025 -2027"), or before a dash or a colon that sets off
    the kind ("Stichting Makombeh – Nieuwsbrief december 2022"); not a body the part after it is about
    ("Stichting Makombeh – een school in Sierra Leone"), nor whose the kind after the dash names ("Stichting
    Woonwijk – Evaluatierapport van de Rekenkamer", _dates_kind)."""
    parts = title.split()
    for at in range(1, min(BODY_IN_TITLE_MAX_AT, len(parts) - 1) + 1):
        rest = YEARS_AT_END.sub("", " ".join(parts[at:]))
        if rest and rest.split()[0].lower() not in words.function_words \
                and letterhead.organisation(rest, words.language):
            return (Person(rest),)
    whose, *kind = TITLE_SEPARATOR.split(title, maxsplit=1)
    if kind and kind[0].split() and _names_kind(kind[0].split()[0], words) \
            and all(_dates_kind(word, words) for word in kind[0].split()[1:]) \
            and letterhead.organisation(whose.strip(), words.language):
        return (Person(whose.strip()),)
    return ()


def _dates_kind(word: str, words: Words) -> bool:
    """A word after a title's kind that only dates or numbers it ("december", "2022", "nummer", "3"): a name, a
    capitalised word, or a function word leading into one ("van de Rekenkamer", "Bureau Berenschot") says whose
    report or about what it is, another than the body before the dash."""
    bare = word.strip(",.:;()–-").lower()
    return not bare or bare in words.title.months or any(ch.isdigit() for ch in bare) \
        or (word[:1].islower() and bare not in words.function_words)


def _names_kind(word: str, words: Words) -> bool:
    """A word naming a document's kind, a compound's last part too ("Nieuwsbrief", "Jahresbericht")."""
    bare = word.strip(",.:;").lower()
    return len(bare) > 2 and bare.endswith(words.title.kinds)


def _label(line: str, words: Words) -> bool:
    """A label whose value stands on the next line ("Versie" over "3", "Kenmerk", "Auteur(s)")."""
    return bool(words.cover_label.match(line) or words.author_label.match(line) or words.contact_label.match(line)
                or words.letterhead.label.fullmatch(line) or line.endswith(":"))


def _title_run(blocks: list[Block], start: int) -> list[Block]:
    """The title block at start, with the display block right under it (no blank line between)
    when that continues it: a title over two lines that the text cut in two ("ADVIES ... EN
    NADER" / "RAPPORT"), in the same capitals or going on in lower case."""
    if start >= len(blocks):
        return []
    run = [blocks[start]]
    if start + 1 < len(blocks):
        following = blocks[start + 1]
        same_capitals = run[0].text.isupper() and following.text.isupper()
        if following.kind == "display" and not following.gap_before \
                and (same_capitals or following.text[:1].islower()):
            run.append(following)
    return run


def _opening_pages_end(changes: tuple[Change, ...]) -> int | None:
    """The source line that opens the first page after the opening pages (OPENING_PAGES, by the
    cleaner's page breaks); None when the text has no more pages."""
    breaks = sorted(change.line for change in changes if change.kind == "page-break")
    return breaks[OPENING_PAGES - 1] if len(breaks) >= OPENING_PAGES else None


# The opening pages, cover and title page: the opening heading is sought there (a paragraph running on over
# page breaks hid a statement's page-3 "Abs. 1 Satz 1").
OPENING_PAGES = 2


def _wordy(line: str) -> bool:
    """A line that can be a title: it holds a word of two letters or more (not a lone "I", a
    bullet, a figure)."""
    return bool(re.search(r"[^\W\d_]{2}", line))


def _infer_metadata(front_lines: list[tuple[str, str]], chapters: list[Chapter], words: Words,
                    letter: bool = False, cover: int | None = None, opening_heading: str | None = None,
                    source_lines: Sequence[str] = ()) -> Metadata:
    """Metadata from the front lines (the first `cover` of them on the first page) and the chapters;
    `opening_heading` is the first page's heading over text when the first chapter has no title;
    a letter's authors, or those of a text that ends as a letter does, are those who sign it
    (`source_lines` give the signature's lines as the source sets them)."""
    subject = chapters[0].title.strip() if letter and chapters else ""
    # A letter's title is its subject line; a text in letter form without one under a title of
    # its own (a report opening "Liebe Leserinnen und Leser,") is read as any other text.
    if letter and (subject or not any(role == "display" and _wordy(line) for line, role in front_lines)):
        year = YEAR.search(" ".join(line for line, _ in front_lines))
        return Metadata(title=subject, authors=_letter_signers(chapters[0], source_lines, words)
                        if chapters else (), year=int(year.group()) if year else None)
    series = next((line for line, role in front_lines if role == "series"), None)
    displays = [line for line, role in front_lines if role == "display"]
    displays = displays[next((index for index, line in enumerate(displays) if _wordy(line)), len(displays)):]
    cover_displays = [line for line, role in front_lines[:cover] if role == "display" and _wordy(line)]
    if series and (not cover_displays or _kind_year_and_whose(series, words)):
        # "JAARREKENING 2022" over the foundation's name, or naming it on its line: the title
        displays, series = [series], None
    elif series and YEAR.fullmatch(series.strip()) and displays:
        # A year alone over the title ("2021" over "JAARVERSLAG") dates it: one title, as printed; over a
        # title that holds that same year ("Verslag Interviews" / "maart 2021") it is the cover's, said again
        # (another year in the title, "Annual Report of the 1805 Club", dates nothing: the year stays).
        said_again = series.strip() in YEAR.findall(displays[0])
        displays, series = [displays[0] if said_again else f"{series.strip()} {displays[0]}"] + displays[1:], None
    people = [p for line, role in front_lines if role == "author" for p in _byline_people(line, words)] \
        + [Person(line) for line, role in front_lines if role == "named"]
    publisher = next((p.name for p in people if p.role in words.publisher_roles), None) \
        or next((line for line, role in front_lines if role == "publisher"), None)
    authors = tuple(p for p in people if p.role not in words.publisher_roles)
    contact = tuple(line for line, role in front_lines if role == "contact")
    title = displays[0] if displays else opening_heading \
        or next((c.title for c in chapters if c.title and c.kind != "foreword"), "")
    if not authors:
        # The document's record says outright who the authors are, else the chapters' bylines, else a
        # label over names in the text; a programme's session, its title a clock time ("15.30-16.00"),
        # names its speakers, no author.
        authors = _labelled_names([line for line, _ in front_lines], words, title, in_text=False) \
            or _listed_authors(chapters, source_lines, words, title, in_text=False) or _unique(tuple(
            p for c in chapters if not _time_slot(c.title) for p in _chapter_authors(c, source_lines, words))) \
            or _listed_authors(chapters, source_lines, words, title, in_text=True) \
            or _unique(tuple(p for chapter in chapters for p in _authors_described(chapter, words, title)))
    if not authors and chapters:
        authors = _names_under_title(chapters[0], source_lines, words)
    if not authors and chapters:
        # Those who sign the text at its end; with the body that issues it, when its cover names one: a body's
        # text its officers sign is the body's and theirs.
        signers = _closing_signers(chapters[-1], source_lines, words) or _signed_with_roles(chapters[-1], words) \
            or _signed_under_roles(chapters[-1], source_lines, words) \
            or _marked_signers(chapters[-1], source_lines, words) \
            or _signed_off(chapters[-1], words)
        issuer = (Person(publisher),) if publisher and signers and _issuing(publisher, front_lines, title, words) \
            and not any(_same_body(publisher, signer.name) for signer in signers) else ()
        authors = issuer + signers
    if not authors and publisher and _names_a_body(publisher, words):   # no one named: the issuing body is the author
        authors = (Person(publisher),)
    subtitle = displays[1] if len(displays) > 1 else _byline_subtitle(chapters, words) if not displays else None
    year = YEAR.search(series or "") or YEAR.search(" ".join(line for line, _ in front_lines))
    return Metadata(title=title, series=series, subtitle=subtitle, authors=authors,
                    publisher=publisher, contact=contact, year=int(year.group()) if year else None)




def _issuing(body: str, front_lines: list[tuple[str, str]], title: str, words: Words) -> bool:
    """The body the cover names issues the text its officers sign when the cover opens on it or it is the title
    ("Stichting Curena"), or it stands right under a title naming only the document's kind and year ("Jaarverslag
    2020" / "Stichting Privacy by Design"): not a sponsor or partner the cover names under a title of its own
    ("Nieuwsbrief Wijkraad Oost" / "Stichting Rabobank Fonds")."""
    lines = [line.strip() for line, _ in front_lines]
    at = next((index for index, line in enumerate(lines) if _same_body(body, line)), None)
    kind_only = all(_names_kind(word, words) or YEAR.fullmatch(word) for word in title.split())
    return at == 0 or _same_body(body, title) \
        or (at is not None and kind_only and lines[at - 1:at] == [title.strip()])


# A title set above a text without a blank line stands on a few lines at most.
OPENING_TITLE_MAX_LINES = 4


def _opening_lines_title(blocks: list[Block], words: Words) -> str | None:
    """The title of a text whose first paragraph runs on from its title lines with no blank line
    between (minutes: "General meeting of 24/09/2017" over "The meeting is ordinary."; statutes:
    the association's name and "statutes of the association" over "Article 1"): the first of the
    paragraph's opening lines, before its first sentence, that names no organisation or person.
    Evidence: OPENING_TITLE_MAX_LINES such lines at most, none ending a sentence or on a function
    word, and the line after them is a provision or opens a sentence (see _opens_sentence); None
    when the opening is no such run."""
    if not blocks or blocks[0].kind != "paragraph":
        return None
    lines = blocks[0].line_texts
    count = 0
    while count < len(lines) and not FULL_STOP.search(lines[count]) and not words.provision.match(lines[count]) \
            and not NUMBERED.match(lines[count]):
        count += 1
    if not 0 < count <= OPENING_TITLE_MAX_LINES or count == len(lines) \
            or not (words.provision.match(lines[count]) or _opens_sentence(lines[count], words)):
        return None
    opening = lines[:count]
    if any(len(line) > HEADING_MAX_CHARS or line.endswith((",", ";", ":")) or _ends_open(line, words)
           for line in opening):
        return None
    return _opening_display(blocks[0], count, ("display", "series"), words)


def _opening_title(blocks: list[Block], changes: tuple[Change, ...], words: Words) -> str | None:
    """The title of a text that opens untitled: title lines its first paragraph opens with, else
    the masthead its running head repeats, else a name over its issue's line (see
    _name_over_its_issue), else the first page's heading over text."""
    return (_opening_lines_title(blocks, words) or _running_title(blocks, changes)
            or _letterhead_title(changes, words) or _name_over_its_issue(blocks, words)
            or _opening_heading(blocks, words, _opening_pages_end(changes)))


# A paragraph's measure shows in this many of its lines at least, between its first and its last.
MEASURE_LINES = 2
# A line broken off short leaves room for the next line's first word and this share of the measure
# besides (characters count a proportional type's width roughly; a wrapped line may end a little short).
MEASURE_ROOM = 0.2


def _title_line_apart(blocks: list[Block], words: Words) -> list[Block]:
    """The text's first paragraph without the title it opens with on a line of its own, no blank
    line under it ("Hoe gebruiken gemeentelijke samenwerkingsverbanden i-Spiegel" over "i-Spiegel is
    ontworpen om ... en informatie" / "over de ..."): that line apart, a display line over the
    paragraph, so that it reads as the title and the paragraph no longer repeats it.  Evidence: the
    line breaks off where the first word of the next line would still have fitted, as no wrapped
    line of the paragraph does (MEASURE_LINES lines or more between the first and the last, the
    first line with a space and the next line's first word shorter than the shortest of them by
    MEASURE_ROOM of it at least), the next line opens with the name the title gives its subject,
    set in a case no plain word has (see _own_names: "i-Spiegel", "eKast"; a sentence's first line
    going on in lower case, "Het afgelopen jaar" / "hebben onze ...", a greeting over its letter,
    "Hoi allemaal" / "we ...", have none), the line not ending on a function word, and a title it
    may be (see _first_line_as_title).  The blocks as they are otherwise."""
    if not blocks or blocks[0].kind != "paragraph":
        return blocks
    lines = blocks[0].line_texts
    measure = [len(line) for line in lines[1:-1]]
    first, following = lines[0], lines[1].split() if len(lines) > 1 else []
    if len(measure) < MEASURE_LINES or not following \
            or len(first) + 1 + len(following[0]) > (1 - MEASURE_ROOM) * min(measure) \
            or not _own_names(following[0]) & _own_names(first) or _ends_open(first, words) \
            or not blocks[0].text.startswith(first) or _first_line_as_title(blocks[0], words) is None:
        return blocks
    return _split_heading(blocks[0], first) + blocks[1:]


def _first_line_as_title(block: Block, words: Words) -> str | None:
    """The block's first line as a title, when it may be one: a display line of the front (see
    _front_lines: no address, name, date or organisation), no label or date (see letterhead.kind),
    not ending on a sentence's stop, a comma, colon or semicolon, and never a title (a foreword's
    heading, an issue's label: see title.never_title); None otherwise."""
    first = block.line_texts[0]
    if FULL_STOP.search(first) or first.endswith((",", ";", ":")) or letterhead.kind(first, words.language) \
            or titles.never_title(first, words.title):
        return None
    return _opening_display(block, 1, ("display",), words)


def _opening_display(block: Block, count: int, roles: tuple[str, ...], words: Words) -> str | None:
    """The first line of words among the block's first `count` lines, read as the front's display
    lines (see _front_lines), whose role is one of `roles`; None when none is."""
    head = replace(block, kind="display", text=block.text[:block.offsets[count][0]], offsets=block.offsets[:count],
                   widths=block.widths[:count], content=())
    return next((line for line, role in _front_lines([head], words) if role in roles and _wordy(line)), None)


def _name_over_its_issue(blocks: list[Block], words: Words) -> str | None:
    """A periodical's name over the line that says which issue, the two opening the text's first
    block ("de Psychonoom" / "28e jaargang – Nr. 2 2013" over the colophon): the masthead, which the
    text layer ran into the lines under it.  Evidence: the second line names the issue and nothing
    else (see title.issue_line), and the first may be a title (see _first_line_as_title); None
    otherwise."""
    if not blocks or len(blocks[0].line_texts) < 2 or not titles.issue_line(blocks[0].line_texts[1], words.title):
        return None
    return _first_line_as_title(blocks[0], words)


# A running head names the publication when it stands on this many pages at least (not two).
RUNNING_TITLE_PAGES = 3
# A masthead stands on a few lines of the first page.
MASTHEAD_MAX_LINES = 3


def _running_title(blocks: list[Block], changes: tuple[Change, ...]) -> str | None:
    """A periodical's name as its running head prints it on every page ("The Philosopher 3"),
    when the first page's masthead holds the same words on a line or a few lines together: the
    running head gives them in reading order where the masthead's lines may come out of the text
    in another ("Philosopher" over "The").  Evidence: the running head, less its page number,
    removed on RUNNING_TITLE_PAGES pages or more, and its words, no more and no fewer, on at most
    MASTHEAD_MAX_LINES consecutive lines of the first page; else None."""
    heads: dict[str, int] = {}
    for change in changes:
        if change.kind == "running-head" and (text := FOLIO_AROUND.sub("", change.before).strip()):
            heads[text] = heads.get(text, 0) + 1
    if not heads or max(heads.values()) < RUNNING_TITLE_PAGES:
        return None
    head = max(heads, key=lambda text: heads[text])
    end = first_page_end(blocks)
    lines = [line for block in blocks[:end] for line in block.line_texts]
    wanted = sorted(head.casefold().split())
    for start in range(len(lines)):
        for size in range(1, MASTHEAD_MAX_LINES + 1):
            if sorted(" ".join(lines[start:start + size]).casefold().split()) == wanted:
                return head
    return None


def _letterhead_title(changes: tuple[Change, ...], words: Words) -> str | None:
    """The title a letterhead prints atop every page, the first page's included, so that the
    running heads took its cover copy too ("HUISHOUDELIJK" / "REGLEMENT" over the association's
    name and address, on each of three pages): the running heads that open the first page, line
    after line from its first, up to the first that names an organisation, an address or a
    contact, or ends a sentence.  Evidence: each of them removed on RUNNING_TITLE_PAGES pages or
    more, MASTHEAD_MAX_LINES lines at most, and a letterhead line under them; else None."""
    breaks = [change.line for change in changes if change.kind == "page-break"]
    if not breaks:
        return None
    heads = [change for change in changes if change.kind == "running-head"]
    copies = Counter(change.before for change in heads)
    opening = [change for change in heads if change.line < min(breaks)]
    title: list[str] = []
    for expected, change in enumerate(opening, start=opening[0].line if opening else 0):
        line = change.before
        if change.line != expected or copies[line] < RUNNING_TITLE_PAGES:
            return None
        if letterhead.organisation(line, words.language) or letterhead.kind(line, words.language) \
                or FULL_STOP.search(line):
            return " ".join(title) if 0 < len(title) <= MASTHEAD_MAX_LINES and _wordy(" ".join(title)) else None
        title.append(line)
    return None


def _opens_sentence(line: str, words: Words) -> bool:
    """A line that opens a sentence: a capital, and a function word first ("De vergadering ...",
    "L'assemblée ..."), so no wrapped line going on with a capitalised noun ("Spielplätze
    gebaut.")."""
    first = line.split()[0].replace("’", "'").lower() if line.split() else ""
    elided = first[:first.index("'") + 1] if "'" in first else first
    return line[:1].isupper() and (first.strip(",.") in words.function_words or elided in words.function_words)


def _opening_heading(blocks: list[Block], words: Words, end: int | None = None) -> str | None:
    """The first heading on the first page with text right under it (no blank line between),
    in a text that opens untitled (a mail's preview line, the links over its title): the text's
    title, rather than a later page's.  Display lines standing apart (links, a menu, labels) are
    no heading over text, nor is a provision's ("Article 7 - Membership"): a part of the text;
    None when the first page has no such heading.  A line set apart over the heading, right over
    it, is the title, the heading under it a subtitle that stays a line of the text (see
    _title_over_subtitle).  A paragraph that runs on over a page break hides the break from the
    blocks: the source line `end` (see _opening_pages_end) ends the search too ("Abs. 1 Satz 1",
    a statement's heading on page 3, is no title)."""
    for index, (block, following) in enumerate(zip(blocks, blocks[1:])):
        if following.page_start or (end is not None and following.first >= end):
            return None
        if block.kind == "display" and following.kind == "paragraph" and not following.gap_before \
                and len(block.offsets) <= HEADING_MAX_LINES and _wordy(block.text) \
                and not words.provision.match(block.text) and FULL_STOP.search(following.text):
            return _title_over_subtitle(blocks, index, words) or block.text
    return None


def _title_over_subtitle(blocks: list[Block], index: int, words: Words) -> str | None:
    """The title set right over the heading at `index` that opens the text ("Het KIKS-project" /
    "Kunstmatige Intelligentie, Klimaatverandering, Stomata" over the lede): one line set apart
    above (a blank line over it, or the page's first) and none under it, a name of its own that
    the heading spells out (see _spelled_out: "KIKS" of "Kunstmatige Intelligentie,
    Klimaatverandering, Stomata"; a rubric's words, "Uit het bestuur", "News in brief", are nobody's
    name, and a body a rubric names, "Uit de MR", the heading under it does not spell), no rubric
    in capitals ("IN DE KLAS"), no provision, no label or date (see letterhead.kind), no organisation (the sender over
    its text's heading: "Stichting De Wip" / "Jaarplan"), no person (see _names_a_person: an author
    over the heading), a line that can be a title (see title.possible) and never a title (see
    title.never_title); None otherwise."""
    over = blocks[index - 1] if index else None
    if over is None or over.kind != "display" or blocks[index].gap_before or len(over.line_texts) != 1 \
            or not (over.gap_before or index == 1 or over.page_start):
        return None
    line = over.text.strip()
    if not _spelled_out(line, blocks[index].text):
        return None
    if not _wordy(line) or line.isupper() or words.provision.match(line) or letterhead.kind(line, words.language) \
            or letterhead.organisation(line, words.language) or titles.never_title(line, words.title) \
            or not titles.possible(line, words.title) or _names_a_person(line, words):
        return None
    return line


# The signs around a word in running text.
WORD_SIGNS = ",.;:!?()[]\"'‘’“”"


def _own_names(text: str) -> set[str]:
    """The names a text coins for itself, set in a case no plain word has (see _odd_case): "KIKS",
    "KIKS-project", "i-Spiegel", "eKast", as acronyms and brands are printed, with the odd parts of
    a compound ("KIKS" of "KIKS-project"); a rubric's or a byline's words ("Kort nieuws", "Tekst
    Anna de Vries") have none."""
    tokens = [token.strip(WORD_SIGNS) for token in text.split()]
    return {name for token in tokens for name in (token, *token.split("-")) if _odd_case(name)}


def _odd_case(word: str) -> bool:
    """A capital inside a part of the word ("KIKS", "iPad", "RVO-society"), or a capital after a
    part in lower case ("i-Spiegel"); not a compound of capitalised names ("Baden-Württemberg",
    "Sint-Bavohumaniora")."""
    parts = word.split("-")
    return any(letter.isupper() for part in parts for letter in part[1:]) \
        or (word[:1].islower() and any(part[:1].isupper() for part in parts[1:]))


def _spelled_out(line: str, heading: str) -> bool:
    """The line names its subject by an acronym whose letters the heading's capitalised words open
    with, in their order ("Het KIKS-project" over "Kunstmatige Intelligentie, Klimaatverandering,
    Stomata")."""
    initials = "".join(word[0] for word in heading.split() if word[:1].isupper())
    return any(name.isupper() and len(name) > 1 and name == initials for name in _own_names(line))


def _names_a_person(line: str, words: Words) -> bool:
    """A byline ("Door Anna de Vries", "Tekst: Anna de Vries") or a name alone ("Anna de Vries"):
    two capitalised words or more, save a name's particles, the first no function word (a title's
    article: "Het KIKS-project", "The Key Project"); one capitalised word ("Nieuws") names no one."""
    parts = line.split()
    return bool(_author(line, words) or words.title.byline.match(line) or words.title.author_field.match(line)
                or (len(parts) > 1 and _looks_like_name(line, words)
                    and parts[0].lower() not in words.title.function_words))


# An article's names stand in the opening blocks under its title (a licence line over it, the title's
# lines read as paragraphs), over a line or two (wrapped inside a name).
NAMES_OPENING_BLOCKS = 5
NAMES_MAX_LINES = 2
NAME_MAX_WORDS = 4
# Figures and marks after a name point to its affiliation or a note ("Tom van Engers1", "Diana Inkpen2 ,").
AFFILIATION_MARKS = re.compile(r"[\d*†‡]+")


def _names_under_title(chapter: Chapter, source_lines: Sequence[str], words: Words) -> tuple[Person, ...]:
    """The authors an article names in a list under its title, before its text: "Robert van
    Doesburg and Tijs van der Storm and Tom van Engers1", "Chris Tanasescu (Margento)1 , Diana
    Inkpen2 , Vaibhav" / "Kesarwani2 , and Prasadith Kirinde Gamaarachchige2" (_names_list), read
    from the first lines of one of the chapter's opening paragraphs as the source sets them, when
    no byline stands under the title and the line under them does not go on in lower case (the
    subject of a sentence: "Raad van Toezicht en Raad van Bestuur" / "hebben in 2023 ...") nor a label's colon
    ends the line over them (minutes' "Aanwezig:" / "Afwezig:": who attended or sent apologies; not "Auteurs:" nor
    an author's opener, "Door:")."""
    if chapter.byline:
        return ()           # the names under the title are its byline's
    for block in chapter.blocks[:NAMES_OPENING_BLOCKS]:
        if isinstance(block, Heading):
            return ()       # names under a section's heading are its own ("Gäste": who attended)
        if not isinstance(block, Paragraph) or block.style == "signature":
            continue        # a signature closes a short text: no names under its title ("Frohes Schaffen,")
        start = block.lines[0] - 1
        above = next((text for line in reversed(source_lines[:start]) if (text := line.strip())), "")
        if above.endswith(":") and not (words.author_label.match(above) or words.author_opener.match(above)):
            return ()       # the names a label leads into ("Aanwezig:", "Afwezig:"): who attended
        set_lines = [line.replace("\u00a0", " ").strip() for line in source_lines[start:start + NAMES_MAX_LINES + 1]]
        for count in range(NAMES_MAX_LINES, 0, -1):
            going_on = count < len(set_lines) and _goes_on_in_lower_case(set_lines[count], words)
            if not going_on and (names := _names_list(" ".join(set_lines[:count]), words)):
                return names
    return ()


def _names_list(text: str, words: Words) -> tuple[Person, ...]:
    """The people a line lists, two at least, their affiliation marks aside, each a full name of
    NAME_MAX_WORDS words at most; () when any part is no such name, or the line is labelled
    ("Anwesende: Nils Krause, ...": who attended), or a part opens with an author's opener ("Door
    Anna de Vries en Piet Jansen": a byline, the opener no part of the first name), or is a wish in
    capitalised words ("Merry Christmas," / "Food Bank Leeds": a sign-off over who signs it)."""
    if ":" in text:
        return ()
    parts = _names_apart(AFFILIATION_MARKS.sub("", text), words)
    named = len(parts) > 1 and all(_full_name(part, words) and len(part.split()) <= NAME_MAX_WORDS
                                   and not _opens_byline(part, words) and not _wish(part, words) for part in parts)
    return tuple(Person(part) for part in parts) if named else ()


def _names_apart(text: str, words: Words) -> list[str]:
    """The names a list sets apart with commas and joiners ("Hirsch, Teunissen en Van Dijk", "Anna Smith,
    Peter Jones and Mary Brown"), each without the spaces around it; a joiner opening or ending the text
    joins no name to it."""
    return [part.strip() for part in words.paper_name_joiner.split(f" {text} ") if part.strip()]


def _opens_byline(text: str, words: Words) -> bool:
    """A text opening as a byline does, with an author's opener ("Door Anna de Vries") or a role in lower case
    before "van" ("coreferaat van Sofie Vriends"); not a name with its particle ("Paul van Genuchten")."""
    match = words.author.match(text)
    return bool(match and (match.group("name") or match.group("role")[:1].islower()))


def _chapter_authors(chapter: Chapter, source_lines: Sequence[str], words: Words) -> tuple[Person, ...]:
    """Who wrote a chapter's pieces: the author its byline names, and each a paragraph of its
    text names on its first line, a byline whole as the source sets it ("Door C. van Sijl" closing
    a newsletter's article, or over its text, the reflow running the two together), not a sentence
    the line under it goes on with ("Door Kees Bakker" / "is een mooie foto gemaakt ..."); the people
    a byline lists, on its first line or going on with a joiner on the next ("Door Anna de Vries" /
    "en Piet Jansen")."""
    opening_lines = (_byline_opening(tuple(line.replace("\u00a0", " ").strip()
                                           for line in source_lines[block.lines[0] - 1:block.lines[1]][:2]), words)
                     for block in chapter.blocks
                     if isinstance(block, Paragraph) and not _first_line_goes_on(block, source_lines, words))
    signed = tuple(p for line in opening_lines for p in _signed_by(line, words))
    listed = _signed_by(_byline_opening(chapter.byline, words), words) or _names_bylined(chapter, words)
    byline = _titled_signer(chapter, words) or _byline_author(chapter.byline, words)
    return (listed if len(listed) > 1 else (byline,) if byline else ()) + signed


def _names_bylined(chapter: Chapter, words: Words) -> tuple[Person, ...]:
    """The people a byline's first line lists with no opener, as a signature's line lists them (_signing_names:
    "Piet Jansen en Karin de Boer"; not "Jansen & Partners").  The line over it is never one of them: a name there
    is a chapter's title ("Romeo en Julia"), an obituary's or a profile's subject as often as a byline's first
    person."""
    line = chapter.byline[0].replace("\u00a0", " ").strip() if chapter.byline else ""
    return tuple(Person(name) for name in _signing_names(line, words)) if _bare_name(line, words) else ()


def _byline_opening(byline: tuple[str, ...], words: Words) -> str:
    """A byline's first line, with the line under it when a name joiner ends the one or opens the other
    ("Door Anna de Vries" / "en Piet Jansen", "Door Kees Bakker en" / "Anna Smit ..."): the byline's
    people may be listed over both, or the two make a sentence."""
    if len(byline) > 1 and byline[0].strip() and (words.paper_name_joiner.match(f" {byline[1].strip()}")
                                                  or words.paper_name_joiner.fullmatch(f" {byline[0].split()[-1]} ")):
        return f"{byline[0].strip()} {byline[1].strip()}"
    return byline[0] if byline else ""


def _first_line_goes_on(paragraph: Paragraph, source_lines: Sequence[str], words: Words) -> bool:
    """A paragraph whose first line the source line under it goes on with, in lower case."""
    first, last = paragraph.lines
    return first < last and _goes_on_in_lower_case(source_lines[first].strip(), words)


def _goes_on_in_lower_case(line: str, words: Words) -> bool:
    """A line going on with the sentence of the line over it: it opens in lower case, but not with
    a name joiner and a name alone after it ("Door Anna de Vries" / "en Piet Jansen": the byline's
    second name; "en zijn buurman is ..." goes on) nor with a subject pronoun, which opens a sentence
    of its own in a language whose verb comes second ("Door R. van der Lecq" / "wij gebruiken
    woorden ...": the line over it a byline; a sentence "Door Kees Bakker" goes on with its verb)."""
    opening, _, rest = line.strip().partition(" ")
    joined_name = bool(words.paper_name_joiner.fullmatch(f" {opening} ")) and _full_name(rest, words)
    return opening[:1].islower() and not joined_name and opening not in words.subject_pronouns


def _titled_signer(chapter: Chapter, words: Words) -> Person | None:
    """The person a chapter's title names where a role stands under it, the byline's first line
    ("Sanje Fenkart" / "Communications Officer"): a name over its role, the reading took for a heading."""
    if chapter.byline and _bare_name(chapter.title, words) and _ends_on_role(chapter.byline[0], words) \
            and not _opening_names(chapter, chapter.title, words):
        return Person(chapter.title, chapter.byline[0])
    return None


def _opening_names(chapter: Chapter, name: str, words: Words) -> bool:
    """A chapter whose opening paragraph names the person its title names, by a word of the name,
    its particles and initials aside ("John Brown" / "Former Club Chairman" / "John died peacefully
    ..."): the piece is about them (an obituary, a profile), not by them."""
    opening = next((block.text for block in chapter.blocks if isinstance(block, Paragraph)), "")
    name_words = [word for word in name.split()
                  if word[:1].isupper() and not word.endswith(".") and word.lower() not in words.name_particles]
    return any(re.search(rf"\b{re.escape(word)}\b", opening) for word in name_words)


def _signed_by(line: str, words: Words) -> tuple[Person, ...]:
    """Who a byline line in the text names: the one person ("Door C. van Sijl"), or the people it
    lists ("Written by Giacomo Peru, Elena Breitmoser, Neil Chue Hong, Graeme Stewart")."""
    if not (words.author.match(line) and _byline(line, words)):
        return ()
    return _byline_people(line, words)


def _byline_people(line: str, words: Words) -> tuple[Person, ...]:
    """The people a byline names: each of those it lists ("Door Anna de Vries en Piet Jansen", "By
    Anna Smith, Peter Jones and Mary Brown"), else its one person (_author, which reads the whole
    list as the byline it is: a line's kind does not depend on how many it names), the institution
    after the name aside (_affiliated)."""
    match = words.author.match(line)
    listed = _names_list(_affiliations_aside(match.group("name"), words), words) if match and match.group("name") \
        else ()
    if len(listed) > 1:
        return listed
    person = _author(line, words)
    return (replace(person, name=_affiliated(person.name, words)),) if person else ()


# A text in brackets: "(Universiteit Utrecht)"; the space before it is left to the parts' strip (_names_apart): a
# pattern opening on spaces tries each of a long run of them again, a time the square of the run's length.
BRACKETED = re.compile(r"\([^()]*\)")


def _affiliations_aside(names: str, words: Words) -> str:
    """A byline's names with the institutions right after a comma or in brackets left out, where the people work
    ("Anna de Vries, Universiteit Utrecht, en Piet Jansen", "Anna Smith (University of Leeds) and Peter Jones" -> the
    two names).  An institution joined to a name ("Door Anna de Vries en Hogeschool Utrecht") is listed as the
    opener shows it, an author: leaving it out would run the two together as one name."""
    unbracketed = BRACKETED.sub(lambda bracket: "" if words.institution.search(bracket.group()) else bracket.group(),
                                names)
    kept: list[str] = []
    for position, segment in enumerate(unbracketed.split(",")):
        parts = _names_apart(segment, words)
        kept.extend(dropwhile(words.institution.search, parts) if position else parts)
    return ", ".join(kept)


def _unique(people: tuple[Person, ...]) -> tuple[Person, ...]:
    """Each person once, where first named."""
    return tuple(person for at, person in enumerate(people) if all(p.name != person.name for p in people[:at]))


def _listed_authors(chapters: list[Chapter], source_lines: Sequence[str], words: Words, title: str,
                    in_text: bool) -> tuple[Person, ...]:
    """The names listed under a label "Auteurs" (or "Authors", "Autoren"), a line each, up to the
    first line that is no name: a colophon's "Auteurs" over its names, a specification's "Auteur:"
    over "Pieter Hering"; or the name after the label on its line ("Protokollführer:      Damian
    Jesionek").  The document's own record stands in its front matter (before its text begins) or
    its colophon; in_text, a label names whose the document is only as a heading over a list of
    names, outside a block of other labels: "Titel: Tirza" / "Auteur: Arnon Grunberg" / "Uitgeverij:
    ..." is the record of a book the text is about, and so in the front matter a record naming
    another title than the document's."""
    text_begun = False
    for chapter in chapters:
        none = replace(chapter, byline=(), blocks=())
        if words.contact_label.match(chapter.title):
            front, text = chapter, none         # a colophon is the document's record whole
        elif text_begun:
            front, text = none, chapter
        else:
            front, text = _front_and_text(chapter)
            text_begun = bool(text.blocks)
        if listed := _labelled_names(_reading_lines(text if in_text else front, source_lines), words, title, in_text):
            return listed
    return ()


def _authors_described(chapter: Chapter, words: Words, title: str) -> tuple[Person, ...]:
    """The authors a section about them names, its heading "About the author" (the chapter's title or a heading
    in it): the full names each of its paragraphs opens on ("Anthony F. Camilleri is the founder ...", "Anna
    de Vries en Piet Jansen werken ..."), up to the next heading; none where a paragraph opens otherwise ("The
    author of this brief ...", "Born in Malta, ..."), nor in a review (the document's title, the chapter's or a
    heading over the section names one: "Book review: The Silent Sea", "Boekbespreking"): its "About the author"
    is about the reviewed book's."""
    people: list[Person] = []
    about = bool(words.about_author.match(chapter.title.strip()))
    reviewed = any(map(words.review.search, (title, chapter.title)))
    for block in chapter.blocks:
        if isinstance(block, Heading):
            about = bool(words.about_author.match(block.text.strip()))
            reviewed = reviewed or bool(words.review.search(block.text))
        elif about and not reviewed and isinstance(block, Paragraph):
            names = _names_run(block.text, words)
            people += _names_list(names, words) or ((Person(names),) if _full_name(names, words) else ())
    return tuple(people)


def _front_and_text(chapter: Chapter) -> tuple[Chapter, Chapter]:
    """A chapter parted where its text begins, at its first paragraph of a sentence (SIGNING_MAX_WORDS
    words or more, ending as a sentence does): its byline and the blocks before, and the rest."""
    begins = next((at for at, block in enumerate(chapter.blocks) if isinstance(block, Paragraph)
                   and len(block.text.split()) >= SIGNING_MAX_WORDS and FULL_STOP.search(block.text.strip())),
                  len(chapter.blocks))
    return replace(chapter, blocks=chapter.blocks[:begins]), replace(chapter, byline=(), blocks=chapter.blocks[begins:])


def _labelled_names(lines: list[str], words: Words, title: str, in_text: bool) -> tuple[Person, ...]:
    """The names the first author label of the lines lists (_listed_authors); in_text, only under a
    label alone on its line with no other label over it or under its names; never with a title label
    beside them naming another title than the document's ("Titel: Tirza" over "Auteur: Arnon Grunberg"
    in a newsletter: a book's record)."""
    for at, line in enumerate(lines):
        labelled = None if in_text else words.author_labelled.match(line)
        names = [_without_affiliation(labelled.group("value"), words)] if labelled \
            else lines[at + 1:] if words.author_label.match(line) else []
        listed = list(takewhile(lambda name: _full_name(name, words) or bool(_signing_names(name, words)), names))
        after = lines[at + 1 + len(listed):at + 2 + len(listed)]
        if listed and in_text and any(map(_record_label, lines[max(at - 1, 0):at] + after)):
            continue    # a record's labels: the book's, the event's
        if listed and any(_other_title(line, title, words) for line in lines[max(at - 1, 0):at] + after):
            continue
        if listed:
            # A line may list several ("Anna Smit en Piet Jansen"), as a signature's does.
            return tuple(Person(name) for line in listed for name in (_signing_names(line, words) or [line]))
    return ()


def _without_affiliation(value: str, words: Words) -> str:
    """A label's value with the affiliation after the name's comma left out ("Karien Vermeulen, Waag Society" ->
    "Karien Vermeulen"), where what stands before the comma is a full name; a name set surname first
    ("Vermeulen, Karien") stays whole, and so does a list of names ("Anna Smit, Piet Jansen en Karin de Boer":
    the other names after the comma, _signing_names)."""
    name, comma, _ = value.partition(",")
    return name.strip() if comma and _full_name(name.strip(), words) and not _signing_names(value, words) else value


def _other_title(line: str, title: str, words: Words) -> bool:
    """A title label naming a title other than the document's, sharing no content word with it ("Titel: Tirza"
    in "Nieuwsbrief Leesclub ..."); the document's own, spelled or cut otherwise, shares some ("Titel: Projectplan
    digitale archivering gemeente Zwolle" in "Projectplan Digitale Archivering").  With no title to compare
    with, no record is another's."""
    labelled = words.title_labelled.match(line)
    own = _title_words(title, words)
    return labelled is not None and bool(own) and not own & _title_words(labelled.group("title"), words)


def _title_words(text: str, words: Words) -> set[str]:
    """A title's content words in lower case, split at hyphens and marks too ("Digitale-Archivering", "(PDA)")."""
    return {word.casefold() for word in re.findall(r"[^\W\d_]+", text) if word.casefold() not in words.function_words}


def _record_label(line: str) -> bool:
    """A record's line, a label of LABEL_MAX_WORDS words at most and its colon ("Titel: Tirza", "Uitgeverij:")."""
    label, colon, _ = line.partition(":")
    return bool(colon) and 0 < len(label.split()) <= LABEL_MAX_WORDS


def _reading_lines(chapter: Chapter, source_lines: Sequence[str]) -> list[str]:
    """A chapter's byline and text a line each as the source sets it (its spaces single), a list's
    items as read (their markers aside); a source line counts only where its block reads it (a
    page number removed does not)."""
    lines = [" ".join(line.split()) for line in chapter.byline]
    for block in chapter.blocks:
        if isinstance(block, BulletList):
            lines += [item.text.replace("\u00a0", " ").strip() for item in block.items]
        elif isinstance(block, (Paragraph, Heading)):
            first, last = block.lines
            set_lines = [" ".join(line.split()) for line in source_lines[first - 1:last]]
            lines += _lines_read(set_lines, " ".join(block.text.split()))
    return lines


def _lines_read(set_lines: list[str], read: str) -> list[str]:
    """The non-empty lines that occur in read, each searched from where the one before it ended:
    the lines follow each other in the text, so a long block costs one pass, not one per line.  A
    line not found on (a hyphen joined, a page number removed) is looked for in the whole text."""
    found: list[str] = []
    position = 0
    for line in filter(None, set_lines):
        at = read.find(line, position)
        if at >= 0:
            position = at + len(line)
        if at >= 0 or line in read:
            found.append(line)
    return found


# A letter is signed on a few lines under its closing formula (the body, on whose behalf, the
# signer's name and role, a scanned signature read as letters).
SIGNATURE_MAX_LINES = 8


def _letter_signers(chapter: Chapter, source_lines: Sequence[str], words: Words) -> tuple[Person, ...]:
    """Who signs a letter: those its lines under the closing formula name (_signers), else the
    author its closing signature names (display lines ending it, _byline_author), or each its lines
    name when it opens on an office that signs ("Der Betriebsrat," / "Hans Müller, Vorsitzender")."""
    lines, _ = _lines_under_closing(chapter, source_lines, words)
    if lines:
        return _signers(lines, words)
    signature = [b for b in chapter.blocks if isinstance(b, Paragraph) and b.style == "signature"]
    set_lines = [line.strip() for b in signature for line in source_lines[b.lines[0] - 1:b.lines[1]] if line.strip()]
    if any(COLUMN_GAP.search(line) for line in set_lines) or (set_lines and _signing_office(set_lines[0], words)):
        return _signers(set_lines, words)       # signatures side by side, or under the office signing: each its own
    texts = tuple(b.text for b in signature)
    if len(texts) > 1 and texts[0].rstrip().endswith(",") and not _signing_office(texts[0], words):
        texts = texts[1:]       # a sign-off over the signature, no signer ("Fijne Feestdagen," / "Jan de Vries")
    if texts and _signing_names(texts[0], words):
        return _signers(list(texts), words)     # each of the names its line lists signs ("Anna Smit en Piet Jansen")
    signer = _byline_author(texts, words)
    return (signer,) if signer else ()


def _closing_signers(chapter: Chapter, source_lines: Sequence[str], words: Words) -> tuple[Person, ...]:
    """Who signs a text that ends as a letter does (a closing formula and a signature under it,
    nothing after them: a foundation's open letter, a board's message)."""
    lines, ends_text = _lines_under_closing(chapter, source_lines, words)
    return _signers(lines, words) if ends_text else ()


def _lines_under_closing(chapter: Chapter, source_lines: Sequence[str], words: Words) -> tuple[list[str], bool]:
    """The lines under a chapter's last closing formula ("Hoogachtend,"), after it where the
    signature runs on on its line ("Met groet, namens de Wijkraad ...,"), or from an office
    signing with none (_opens_with_office), as the source sets them,
    up to the first line of text (SIGNING_MAX_WORDS words or more, save a "namens ..." line: an
    enclosure, a remark) or SIGNATURE_MAX_LINES lines, and whether they end the chapter (not when
    either limit stopped them).  A source line counts only where its paragraph reads it (a
    page number the cleaning removed does not)."""
    quoted = _quoted_mail(chapter, source_lines, words)
    blocks = tuple(block for block in chapter.blocks if block.lines[0] < quoted)
    # The signature begins under the last closing formula, on its line after it, or on the office signing, as
    # (block, its source line): a formula on a later line of a paragraph the reflow ran into the text over it.
    paragraphs = [(at, block) for at, block in enumerate(blocks) if isinstance(block, Paragraph)]
    closed = [(at + 1, 0) for at, block in paragraphs if words.closing.match(block.text.strip())]
    offices = [(at, 0) for at, block in paragraphs if _opens_with_office(block, source_lines, words)]
    start = max(closed + offices
                + [(at, offset + (not words.closing_run_on.match(line.strip())))
                   for at, block in paragraphs
                   for offset, line in enumerate(source_lines[block.lines[0] - 1:block.lines[1]])
                   if words.closing_run_on.match(line.strip()) or (offset and words.closing.match(line.strip()))],
                default=None)
    if start is None:
        return [], False
    # With no closing formula over it, the line in capitalised words opening the signature signs only as an
    # office (_signing_office): a sign-off ("Fijne Feestdagen,") leaves the signing to the lines under it.
    if start in offices and start not in closed \
            and not _signing_office(source_lines[blocks[start[0]].lines[0] - 1], words):
        start = (start[0], 1)
    lines: list[str] = []
    for position, block in enumerate(blocks[start[0]:]):
        if not isinstance(block, Paragraph):
            return lines, False
        read = block.text.replace("\u00a0", " ")
        set_lines = source_lines[block.lines[0] - 1 + (0 if position else start[1]):min(block.lines[1], quoted - 1)]
        for line in (_after_closing(line.strip(), words) for line in set_lines):
            if (len(line.split()) >= SIGNING_MAX_WORDS and not words.on_behalf.match(line)
                    and not _signing_names(line, words)) \
                    or len(lines) == SIGNATURE_MAX_LINES:
                return lines, False
            if line and line in read:
                lines.append(line)
    return lines, True


# An e-mail's header is a column of a few labels alone on their lines ("Van:" / "Verzonden:" / "Aan:" / "Onderwerp:").
MAIL_HEADER_LINES = 6


def _quoted_mail(chapter: Chapter, source_lines: Sequence[str], words: Words) -> int:
    """The source line (from 1) where a mail quoted under the text opens, its header under a closing formula (a
    decision ending on its signature, then the request it answers: "Met vriendelijke groet," / "namens het
    college ...," / "Van:" / "Verzonden:" / ...): the text and its signature end there, and a closing in the mail is
    the mail's.  A salutation under a closing is no such evidence: a newsletter's next item greets its readers too
    ("Groeten," / "Het bestuur" / "" / "Beste jeugdleden, ...").  Past the chapter's end where no mail is quoted."""
    first, last = chapter.lines
    closed = False
    for number in range(first, last + 1):
        line = source_lines[number - 1].strip()
        closed = closed or bool(words.closing.match(line))
        if closed and line and _mail_header(source_lines[number - 1:number - 1 + MAIL_HEADER_LINES], words):
            return number
    return last + 1


def _mail_header(lines: Sequence[str], words: Words) -> bool:
    """Whether the lines open on an e-mail's header: a column of labels (_header_fields), blank lines between
    allowed, that names the mail's sender and when it was sent, by Outlook's "Verzonden:" / "Sent:" or other mail
    clients' "Datum:" / "Date:" ("Van: Jan de Vries" / "Verzonden: donderdag 9 maart 2023", "From: Jan de Vries" /
    "Date: Thu, 9 Mar 2023 at 10:41").  The mail client writes the labels in its own language, not always the
    text's ("From:" / "Sent:" over a Dutch reply).  A date without a sender ("Datum:" / "Tijd:" / "Plaats:") is an
    event's or any letter's, and so is a sender's label over a figure ("Datum: ..." / "Van: 14.00 uur" / "Tot:
    16.00 uur"): the hour an event opens, no one who sent a mail."""
    fields = _header_fields(lines)
    return any(_sender_and_date(fields, letterhead.patterns(language(code))) for code in supported())


def _sender_and_date(fields: list[tuple[str, str]], labels: letterhead.Patterns) -> bool:
    """The header's fields name a sender (no figure: no hour) and a date by the language's labels."""
    return any(label in labels.mail_senders and not value[:1].isdigit() for label, value in fields) \
        and any(label in labels.date_labels for label, _ in fields)


def _header_fields(lines: Iterable[str]) -> list[tuple[str, str]]:
    """The labels, in lower case, and values of the column of header lines the lines open with: each line a label of
    HEADER_LABEL_MAX_WORDS words at most and its colon, its value after it or none ("Van:", "Kopie aan:",
    "Verzonden: donderdag 9 maart 2023")."""
    fields: list[tuple[str, str]] = []
    for line in filter(str.strip, lines):
        field = HEADER_LABEL.fullmatch(line.strip())
        if field is None:
            return fields
        fields.append((field.group("label").lower(), (field.group("value") or "").strip()))
    return fields


# A header's label and its colon, its value after it maybe ("Van:", "Kopie aan:", "Aan: Info Mailbox", "De :").
HEADER_LABEL = re.compile(
    rf"(?P<label>[^\W\d_][\w.-]*(?: [\w.-]+){{0,{HEADER_LABEL_MAX_WORDS - 1}}})\s?:(?:\s(?P<value>.*))?")


def _after_closing(line: str, words: Words) -> str:
    """A signature's line with the closing formula run on into it left out ("Met groet, namens de
    Wijkraad ...," -> "namens de Wijkraad ...,")."""
    run_on = words.closing_run_on.match(line)
    return run_on.group("signature") if run_on else line


def _opens_with_office(paragraph: Paragraph, source_lines: Sequence[str], words: Words) -> bool:
    """A paragraph of short lines, a signature's, that opens on capitalised words with the comma
    after them on their own line: who signs, a body, an office or a person ("Gedeputeerde Staten van
    Overijssel," / "voorzitter, A.P. Heidema"; "Prof. B. Jacobs," / "Voorzitter stichting ..."), or
    a sign-off over them ("Fijne Feestdagen,"; whether the line signs is _signing_office's to say):
    signed so, a letter needs no closing formula.  A salutation ("Geachte Leden van ...,") opens the
    text instead, and a sentence wrapped after a comma goes on in long lines."""
    first, last = paragraph.lines
    if first == last or words.salutation.match(paragraph.text):
        return False
    set_lines = source_lines[first - 1:last]
    opening = set_lines[0].replace("\u00a0", " ").strip()
    return opening.endswith(",") and _body_name(opening.rstrip(","), words) \
        and all(len(line.split()) < SIGNING_MAX_WORDS for line in set_lines)


def _signers(lines: list[str], words: Words) -> tuple[Person, ...]:
    """Who signs: each signature line, or each of signatures set side by side, naming a person or
    a body ("Autoriteit Persoonsgegevens,", "ir. C.M. Schut, MPA", "DE MINISTER VAN ...", "S.A.J.
    Rijsdijk", "voorzitter, A.P. Heidema" with its role), the body a "namens ..."
    line names, with the line under it that goes on in lower case ("namens het college van
    burgemeester" / "en wethouders van Coevorden,"), an office the comma after it says signs ("DE
    MINISTER VAN INFRASTRUCTUUR EN WATERSTAAT,": no addressee), a role over the name it runs on
    into ("de griffier," / "I.H.M. Smits"), a name with its role after a comma ("Jan Braakman,
    Voorzitter"), and as a person's role the line under the name that names no one ("Directeur
    ...", "Voorzitter").  An addressee with an address under it ("Dhr. P. de Vries" / "Dorpsstraat 1")
    signs nothing: the letter is sent to them."""
    people: list[Person] = []
    lines = _signers_apart([cell for line in _behalf_lines_joined(lines, words) for cell in COLUMN_GAP.split(line)
                            if cell], words)
    joined = _roles_joined(lines, words)
    for line, below in zip(joined, joined[1:] + [""]):
        if words.letterhead.addressee.match(line.strip()) and words.letterhead.address.search(below.strip()):
            continue
        behalf = bool(words.on_behalf.match(line))
        text = _on_whose_behalf(line, words) if behalf else line.replace("\u00a0", " ").strip().rstrip(",;:")
        if not behalf and len(_names_list(text, words)) >= SIGNING_NAMES_MIN:
            continue    # names listed with a place or a body among them (_signing_names refused it): no one signer
        signing = (behalf or _signing_office(line, words)) and text
        # A role under a name is no signer, though capitalised as a name: the role it gives is checked below.
        role_below = bool(people) and not behalf and _role_under_name(text, people[-1], words)
        person = None if role_below else Person(text) if signing else _role_and_name(text, words) \
            or _signer(text, words) or _name_and_role(text, words)
        if person and all(person.name != other.name for other in people):
            people.append(person)
        elif not person and people and people[-1].role is None and text and not behalf \
                and not words.contact.search(text) and not words.letterhead.address.search(text):
            people[-1] = replace(people[-1], role=text)
    return tuple(people)


def _signers_apart(cells: list[str], words: Words) -> list[str]:
    """A signature's cells with each of the names a line lists on a cell of its own (_signing_names), and the role
    line under them, commas and joiners parting as many roles, each under its name ("Anna Smit en Piet Jansen" /
    "Voorzitter en secretaris", three names over "Voorzitter, secretaris en penningmeester"); any other line under
    the names that names no one is no one's role ("Voorzitters", "Voorzitter, Speeltuin De Wip": a role and a body):
    the names share it, and under the last name it would be that one's alone."""
    apart: list[str] = []
    for above, cell in zip([""] + cells, cells):
        names, listed = _signing_names(cell, words), _signing_names(above, words)
        if names:
            apart.extend(names)
        elif listed and (_names_role(cell, words) or not _bare_name(cell, words)):
            roles = _names_apart(cell, words)
            if len(roles) == len(listed) and all(_names_role(role, words) for role in roles):
                apart[-len(listed):] = [line for pair in zip(listed, roles) for line in pair]
        else:
            apart.append(cell)
    return apart


# A signature's line listing who sign names three people at least: two names with a comma between may be a name
# and a place ("Jan Jansen, Den Haag").
SIGNING_NAMES_MIN = 3


def _signing_names(line: str, words: Words) -> list[str]:
    """The names a signature's line lists, SIGNING_NAMES_MIN at least or two joined by a joiner, each a person's
    (_person_named); [] for any other line ("Willy Bakker, Paul van Genuchten, Just van den Broecke, Gert-Jan van der
    Weijden", "Anna Smit en Piet Jansen"; not "Jan Jansen, Piet de Vries, Den Haag", "Jansen en Zonen")."""
    listing = line.strip().rstrip(",.")
    names = [person.name for person in _names_list(listing, words)]
    # Two names the language's joiner sets apart, no comma, are two people ("Anna Smit en Piet Jansen").
    enough = len(names) >= SIGNING_NAMES_MIN or (len(names) == 2 and "," not in listing)
    # A legal form ending the line makes it one firm's name, whose full stop the listing lost ("... en Zonen B.V.").
    firm = letterhead.organisation(line, words.language)
    return names if enough and not firm and all(_person_named(name, words) for name in names) else []


def _person_named(name: str, words: Words) -> bool:
    """A full name that can only be a person's: no organisation, no role's word ("Voorzitter Wijkraad"), no word
    ending on a body's ("Wijkraad Oost", "Speeltuincommissie"), not opening on a particle ("Den Haag": a place)."""
    parts = name.split()
    first = parts[0].lower()
    return not letterhead.organisation(name, words.language) and not _names_role(name, words) \
        and not any(_body_word(part, words) for part in parts) \
        and not (first in words.name_particles and not first.endswith("."))


def _role_under_name(text: str, above: Person, words: Words) -> bool:
    """A signature line naming a role under a person's name that has none, its capitals read as a
    name's though they are not ("Margaret Thompson" / "Church Warden", "Hans Müller" / "Leiter
    Finanzen"): a role's word names it; not a name with its role after it ("Piet Bakker,
    secretaris": a signer of its own), nor an organisation over or under it."""
    return above.role is None and _names_role(text, words) and not NAME_AND_ROLE.match(text) \
        and not any(letterhead.organisation(line, words.language) for line in (text, above.name))


# A signer's role after the name, in brackets or after a comma: "Leon Farchau (Versammlungsleiter)", "Els
# Wirix, secretaris".
NAME_AND_ROLE = re.compile(r"^(?P<name>[^(),]+?)\s*(?:\((?P<bracketed>[^()]+)\)|,\s*(?P<role>[^(),]+))$")
ROLE_MAX_WORDS = 2


def _signed_with_roles(chapter: Chapter, words: Words) -> tuple[Person, ...]:
    """Who signs a text with no closing formula, each with the role they sign in, on the lines
    ending it, a name and a role each (minutes: "Leon Farchau (Versammlungsleiter)" / "Michael
    Prange (Protokollführer)"; a secretary's report: "Els Wirix, secretaris").  With no formula to
    say so, the role must be one (a glossary's "Europese Unie (EU)", a wish's "Happy Holidays,
    Everyone", a place's "Den Haag, Nederland" sign nothing)."""
    people: list[Person] = []
    for block in reversed(_signature_last(chapter)):
        person = _name_and_role(block.text.replace("\u00a0", " ").strip(), words) \
            if isinstance(block, Paragraph) else None
        if not (person and person.role and _names_role(person.role, words)
                and not letterhead.organisation(person.name, words.language)):
            break
        people.insert(0, person)
    return tuple(people)


def _signature_last(chapter: Chapter) -> list[Paragraph | Heading | BulletList | PullQuote]:
    """The chapter's blocks with all its signature lines after its text, as they sign it: lines left
    where they are printed, the text going on after them (a regulation signed "Dordrecht, 16 mei 2017" /
    "Voorzitter  Secretaris" / the names, then its list of changes; minutes' signers, then their action
    points: _signatures_in_place), sign it as those closing it do (review 27m)."""
    signature = [block for block in chapter.blocks if isinstance(block, Paragraph) and block.style == "signature"]
    signing = {id(block) for block in signature}
    return [block for block in chapter.blocks if id(block) not in signing] + signature


def _closing_signature(chapter: Chapter) -> list[Paragraph]:
    """The signature's lines signing a chapter, as the reading set them apart (_signature_last)."""
    signature: list[Paragraph] = []
    for block in reversed(_signature_last(chapter)):
        if not (isinstance(block, Paragraph) and block.style == "signature"):
            break
        signature.insert(0, block)
    return signature


def _same_body(one: str, other: str) -> bool:
    """Two names of one body, the one's words within the other's, case, dashes and stops aside
    ("VERENIGING WIJKRAAD OEKEN–VOORSTONDEN–BROEK" on the cover, "Wijkraad Oeken-Voorstonden-Broek" signing)."""
    def key(name: str) -> str:
        return " ".join(re.sub(r"[\W_]+", " ", name.casefold()).split())
    a, b = key(one), key(other)
    return bool(a and b) and (f" {a} " in f" {b} " or f" {b} " in f" {a} ")


def _signed_under_roles(chapter: Chapter, source_lines: Sequence[str], words: Words) -> tuple[Person, ...]:
    """Who signs a text under their roles in the signature ending it, after the place and date it was signed at
    ("Dordrecht, 16 mei 2017" / "Voorzitter      Secretaris" / "Theun Evers      Thijs de Wildt"; "Fait à
    Paris, le 16/03/2016" / "Présidente" / "Julie Vasseur"): each role a role word names over the full name
    under it, column by column; or the names listed on the line right under the place and date, who sign with no
    roles ("Wipstad, 12 juni 2024" / "Anna de Vries, Piet Jansen, Jan Bakker", _signing_names).  Without the
    place and date (words.signed_at) a list of a board's offices and names closing a newsletter is no signature,
    nor under another line holding a date ("Kopij inleveren voor 15 augustus 2024"), nor under an event's
    ("Ledenvergadering in Het Dorpshuis, 16 mei 2024", see _signed_at)."""
    lines = [text for block in _closing_signature(chapter) for line in source_lines[block.lines[0] - 1:block.lines[1]]
             if (text := line.replace("\u00a0", " ").strip())]
    named = _times_named(lines, source_lines, words)
    dated = next((at for at, line in enumerate(lines) if _signed_at(line, named, words)), None)
    if dated is None:
        return ()
    listed = _signing_names(lines[dated + 1], words) if dated + 1 < len(lines) else []
    if listed:
        return tuple(map(Person, listed))
    rows = [[cell.rstrip(",:") for cell in COLUMN_GAP.split(line)] for line in lines[dated + 1:]]
    people: list[Person] = []
    for roles, names in zip(rows, rows[1:]):
        if len(roles) == len(names) and all(_signing_role(role, words) for role in roles) \
                and all(_full_name(name, words) for name in names):
            people += [Person(name, role) for role, name in zip(roles, names)]
    return tuple(people)


# A sign-off over a text's signature is a few words of its own ("Fijne Vakantie,", "Tot volgend jaar,").
SIGN_OFF_MAX_WORDS = 4


def _signed_off(chapter: Chapter, words: Words) -> tuple[Person, ...]:
    """Who signs a text under a sign-off, a wish or a greeting the language lists that its comma ends, no
    closing formula of the language's ("Fijne Vakantie," / "Het Bestuur", "Tot ziens," / "Jan de Vries" /
    "Voorzitter"): the name or body the signature ending the text opens on, with the role under it; the
    sign-off the signature's first line or the paragraph right over it.  Any other short line and its comma
    leads into whom to ask ("Informatie en aanmelden," / "Jan de Vries" / "Secretaris" / "06-12345678"),
    whom the text thanks ("Met dank aan,"), or is a first co-signer's name ("Anna de Vries," / "Piet Jansen")."""
    blocks = _signature_last(chapter)
    signature = _closing_signature(chapter)
    texts = [block.text.strip() for block in signature]
    over = blocks[-len(signature) - 1] if signature and len(blocks) > len(signature) else None
    if texts and not texts[0].endswith(",") and isinstance(over, Paragraph):
        texts = [over.text.strip()] + texts
    if len(texts) < 2 or not texts[0].endswith(",") or not _wish(texts[0].rstrip(","), words) \
            or not _signature_under_wish(texts[1:], words):
        return ()
    if _signing_names(texts[1], words):
        return _signers(texts[1:], words)   # each of the names its line lists signs ("Anna Smit en Piet Jansen")
    signer = _byline_author(tuple(texts[1:]), words)
    return (signer,) if signer else ()


def _wish(line: str, words: Words) -> bool:
    """A sign-off's wish or greeting: SIGN_OFF_MAX_WORDS words at most, opening on one the language lists ("Goede
    vakantie", "Frohes Osterfest", "Best wishes to all"); not where the words after the listed ones end on a
    function word, leading on to the name under the line ("Fijne foto's van," / "Jan Jansen", "Best wishes to,"),
    or offer a choice between things, an appeal's ("Fijne tips of foto's,")."""
    listed = words.sign_off.match(line)
    after = [word.lower() for word in line[listed.end():].split()] if listed else []
    return listed is not None and len(line.split()) <= SIGN_OFF_MAX_WORDS \
        and not (after and after[-1] in words.function_words) and not words.choices.intersection(after)


def _signature_under_wish(lines: list[str], words: Words) -> bool:
    """Lines under a wish that sign it: a name or a body, the role under it maybe, contact lines ("Jan de Vries" /
    "Voorzitter" / "jan@speeltuindewip.nl"), a body's office over the name of the body it is ("Der Vorstand" /
    "Musikverein Harmonie"); not a name with a contact line under it and no role between, whom to ask ("Jan de
    Vries" / "06-12345678", "Jan de Vries" / "Redactie" / "06 12 34 56 78"), nor another name with a second one
    under it, a list of those helped or thanked ("Stichting Hulp Oost" / "Voedselbank Utrecht"), nor a name with
    only its postal address under it, an advertiser's ("Fijne dag," / "Bakkerij Jansen" / "Dorpsstraat 4, Wipstad":
    a signer gives a role, not where to find the shop)."""
    below = lines[1] if len(lines) > 1 else ""
    listed = _bare_name(below, words) and not _names_role(below, words) and not _names_body(lines[0], words)
    asked = any(words.contact.search(line) for line in takewhile(lambda line: not _signing_role(line, words),
                                                                 lines[1:]))
    advertised = len(lines) > 1 and all(words.letterhead.address.search(line) for line in lines[1:])
    return not (asked or listed or advertised)


def _signing_role(text: str, words: Words) -> bool:
    """A signer's role alone on its line or in its column: ROLE_MAX_WORDS words at most, its function words aside,
    one a role word ("Voorzitter", "de griffier", "Présidente")."""
    return _names_role(text, words) and len(_content_words(text, words)) <= ROLE_MAX_WORDS


def _marked_signers(chapter: Chapter, source_lines: Sequence[str], words: Words) -> tuple[Person, ...]:
    """Who a signed mark in a chapter's text says signed, as the source sets its lines: the full name
    after the mark on its line ("gez. Hans Müller", "Sig: Ursula Stadelmann", each of signatures set side by
    side), or on the line over a mark alone on its line ("PM van Veen" / "w.g."): a copy of a signed text
    prints the mark where the signature stood.  A mark opens its line or its column, never a word in a
    sentence.  A line of side-by-side signatures may have been read as a heading.  Over a mark alone the
    name stood where it was signed; where that is no name, the copy set it under the mark ("Was getekend" /
    "Prof. Dr. B.P.F. Jacobs"), its role after it maybe ("M. Kuijpers (Secretariaat Stichting Curena)").
    Only a dated mark signs (_dated_marks): a letter quoted in minutes, a reader's letter, a drawing's
    credit carry a mark but no date of signing."""
    people: list[Person] = []
    set_lines = (line for block in chapter.blocks if isinstance(block, (Paragraph, Heading))
                 for line in source_lines[block.lines[0] - 1:block.lines[1]])
    lines = [text for line in set_lines if (text := line.replace("\u00a0", " ").strip())]
    for at in _dated_marks(lines, words):
        for cell in COLUMN_GAP.split(lines[at]):
            mark = words.signed_mark.match(cell)
            named = mark is not None and mark.group("name") is not None
            if mark is None or (named and words.mark_alone.match(cell)):
                continue
            around = [mark.group("name")] if named else lines[max(at - 1, 0):at] + lines[at + 1:at + 2]
            person = next(filter(None, (_signed_name(text, words) for text in around)), None)
            if person:
                people.append(person)
    return tuple(people)


# A place a text was signed at: capitalised words, joined by a space or a hyphen ("Den Haag", "Kaiseraugst"),
# short lower-case links between them ("Bergen op Zoom", "Alphen aan den Rijn", "Stratford-upon-Avon").
SIGNING_PLACE = r"[A-ZÀ-Þ][\w'’]*(?:(?:[ -][a-zà-ÿ]{1,4})*[ -][A-ZÀ-Þ][\w'’]*){0,3}"
# A lower-case word between a place's words, spaces around it ("Bergen op Zoom"; not "Stratford-upon-Avon").
SPACED_LINK = re.compile(r" [a-zà-ÿ]+ ")


def _signed_at(line: str, named: dict[str, int], words: Words) -> bool:
    """A line saying where and when the text was signed (words.signed_at); a place that a lower-case word links
    by spaces only where the text names it once more (named, _times_named; a place not counted, never), the
    body's seat or its address ("gevestigd te Bergen op Zoom", "4611 AB BERGEN OP ZOOM" over "Bergen op Zoom,
    16 mei 2017"): by its look alone the line may be an event's ("Ledenvergadering in Het Dorpshuis, 16 mei
    2024", "Join us at the Village Hall, 16 May 2024", "Sommerfest am Sportplatz, ...")."""
    place = _linked_place(line, words)
    return words.signed_at.match(line) is not None and (place is None or named.get(place, 0) > 1)


def _linked_place(line: str, words: Words) -> str | None:
    """The place a line of signing names, where a lower-case word links its words by spaces ("Bergen op Zoom")."""
    match = words.signed_at.match(line)
    place = match.group("town") if match else None
    return place if place and SPACED_LINK.search(place) else None


def _times_named(lines: list[str], source_lines: Sequence[str], words: Words) -> dict[str, int]:
    """How many times the text names each place the lines name with a lower-case link (_linked_place), as the
    lines write it, or in capitals on an address's line, as it prints its town ("4611 AB BERGEN OP ZOOM"); not in
    lower case, as a sentence names an event's place ("het zomerfeest op het plein"), nor in the capitals of a
    heading ("LEDENVERGADERING IN HET DORPSHUIS").  Each place counted once, whatever the number of lines naming it."""
    text = "\n".join(source_lines)
    address = "\n".join(line for line in source_lines if words.letterhead.address.search(line.strip()))
    places = set(filter(None, (_linked_place(line, words) for line in lines)))
    return {place: text.count(place) + address.count(place.upper()) for place in places}


# A copy of a signed text prints the date it was signed or adopted on close to the marks: on a line at most this
# many over or under one, only signature lines between ("Aldus vastgesteld ... 12 maart 2020." / "De voorzitter," /
# "A. de Vries" / "w.g.").
SIGNING_DATE_REACH = 3


def _dated_marks(lines: list[str], words: Words) -> list[int]:
    """The lines holding a signed mark with the date of signing close to it (SIGNING_DATE_REACH), or to the
    dated mark over it in a column of signatures ("Kaiseraugst, den 11. Januar 1991" / "Sig: Rene Käslin",
    "Getekend:" / "M. Kuijpers" / "27 november 2014"); no sentence between the two: a date in minutes' text
    over a letter they quote ("... een brief van de gemeente van 3 maart 2024." / "De gemeente meldt ..." /
    "De brief wordt voorgelezen." / "w.g. Karin Smit") is no date of its signing."""
    dated: list[int] = []
    for at, line in enumerate(lines):
        if not any(words.signed_mark.match(cell) for cell in COLUMN_GAP.split(line)):
            continue
        near = [other for other in range(max(at - SIGNING_DATE_REACH, 0), min(at + SIGNING_DATE_REACH + 1, len(lines)))
                if not any(_sentence_line(text, words) for text in lines[min(at, other) + 1:max(at, other)])]
        if any(words.date_in_line.search(lines[other]) for other in near) or (dated and dated[-1] in near):
            dated.append(at)
    return dated


def _sentence_line(line: str, words: Words) -> bool:
    """A line of a sentence, no signature's: SIGNING_MAX_WORDS words or more, or a full stop ending it, save a
    signed mark's ("w.g.") and save the line naming the body or the office that signs (_signing_body_line)."""
    text = line.strip()
    return not words.signed_mark.match(text) and not _signing_body_line(text, words) \
        and (len(text.split()) >= SIGNING_MAX_WORDS or FULL_STOP.search(text) is not None)


def _signing_body_line(text: str, words: Words) -> bool:
    """A line naming the body or the office that signs under it, a comma or an abbreviation ending it: a capital
    opening it, and no word in lower case but a function word, a body's, a role's or an abbreviation ("Het bestuur
    van de Stichting Speeltuin De Wip te Wipstad,", "De voorzitter a.i."), or a word qualifying the body or the name
    after it (_qualifying: "Het dagelijks bestuur van de vereniging Dorpsbelang te Wipstad,").  A sentence has a
    verb or a noun of its own ("De gemeente meldt daarin dat ...,", "De bijdrage is 50 euro p.p.": a letter the
    minutes quote)."""
    parts = [word.strip(",") for word in text.split()]
    return text[:1].isupper() and (text.endswith(",") or ABBREVIATION_END.search(text) is not None) \
        and all(not part[:1].islower() or part.lower() in words.function_words or _office_word(part, words)
                or ABBREVIATION_END.fullmatch(part) or _qualifying(parts, at, words) for at, part in enumerate(parts))


def _office_word(word: str, words: Words) -> bool:
    """A body's word ("bestuur", "council") or a role's ("voorzitter"), any case."""
    return word.lower() in words.language.words("letter.signing_bodies") or word.lower() in words.role_words


def _qualifying(parts: list[str], at: int, words: Words) -> bool:
    """Word at of the line stands between its article and the body's word or the name it qualifies, as in a body's
    name ("Het dagelijks bestuur", "de vereniging Dorpsbelang", "The executive committee"); a sentence's verb
    follows the noun it tells of ("De gemeente meldt", "Het bestuur bedankt alle vrijwilligers")."""
    return 0 < at < len(parts) - 1 and parts[at - 1].lower() in words.function_words \
        and (parts[at + 1][:1].isupper() or _office_word(parts[at + 1], words))


def _signed_name(text: str, words: Words) -> Person | None:
    """The person a signature's line names, a role in brackets or after a comma after the name aside
    ("M. Kuijpers (Secretariaat Stichting Curena)"); None where the line names no one."""
    text = text.strip().rstrip(",")
    named = NAME_AND_ROLE.match(text)
    name = named.group("name").strip() if named else text
    return Person(name) if _full_name(name, words) else None


def _names_role(role: str, words: Words) -> bool:
    """A role the language's role words name ("secretaris", "stellv. Vorsitzender", "Church Warden"),
    or a role opener as its first word ("Leiter Finanzen")."""
    parts = [word.strip(",.;:()").lower() for word in role.split()]
    return any(word in words.role_words for word in parts + [" ".join(pair) for pair in zip(parts, parts[1:])]) \
        or (bool(parts) and parts[0] in words.role_openers)


def _name_and_role(text: str, words: Words) -> Person | None:
    """A full name and a role of ROLE_MAX_WORDS words at most after it, in brackets or after a comma."""
    match = NAME_AND_ROLE.match(text)
    if not match or not _full_name(match.group("name"), words):
        return None
    role = match.group("bracketed") or match.group("role")
    return Person(match.group("name"), role) if len(role.split()) <= ROLE_MAX_WORDS else None


# Signatures set side by side are parted by a run of spaces ("voorzitter, A.P. Heidema        secretaris, N. Versteeg").
COLUMN_GAP = re.compile(r"\s{3,}")
# A signer's role in lower case before the name ("voorzitter, A.P. Heidema", "de griffier, I.H.M. Smits").
ROLE_AND_NAME = re.compile(r"^(?P<role>[a-zà-ÿ][^,]*),\s*(?P<name>[^,]+)$")


def _role_and_name(text: str, words: Words) -> Person | None:
    """The person a signature line names after their role ("voorzitter, A.P. Heidema", "de minister van
    Financiën, A.B. de Vries": ROLE_MAX_WORDS words at most, its function words aside), or None."""
    match = ROLE_AND_NAME.match(text)
    if not match or len(_content_words(match.group("role"), words)) > ROLE_MAX_WORDS \
            or not _full_name(match.group("name"), words):
        return None
    return Person(match.group("name"), match.group("role"))


def _content_words(text: str, words: Words) -> list[str]:
    """The text's words, its function words aside: a role's "de minister van Financiën" is two."""
    return [word for word in text.split() if word.lower() not in words.function_words]


def _signing_office(line: str, words: Words) -> bool:
    """A body or an office in capitalised words with the comma after it that opens a signature
    ("Gedeputeerde Staten van Overijssel,", "DE MINISTER VAN INFRASTRUCTUUR EN WATERSTAAT,"): an
    organisation, one a word of which names a body or an office, or a person by a title ("Prof. B.
    Jacobs,"); not a wish in capitalised words ("Fijne Feestdagen,")."""
    text = line.replace("\u00a0", " ").strip()
    named = text.rstrip(",")
    return text.endswith(",") and _body_name(named, words) and bool(
        letterhead.organisation(named, words.language) or _names_body(named, words)
        or words.name_with_title.match(named))


def _names_body(text: str, words: Words) -> bool:
    """Words naming a body or an office by a body's word ("Gedeputeerde Staten van Overijssel", "The Parish
    Council"), or by the compound of one that the article opening them sets apart ("De Ondernemingsraad", "Der
    Elternbeirat"): a compound without the article is a wish's word as well ("Alles Gute zur Heirat")."""
    parts, bodies = text.lower().split(), words.language.words("letter.signing_bodies")
    return any(word in bodies for word in re.findall(r"\w+", text.lower())) \
        or (len(parts) > 1 and parts[0] in words.function_words and _body_word(parts[1], words))


# A signer's role in lower case on its own line, the comma after it running on into the name under it ("de griffier,").
ROLE_OVER_NAME = re.compile(r"^[a-zà-ÿ][^,]*,$")


def _roles_joined(lines: list[str], words: Words) -> list[str]:
    """Each role line over a name ("de griffier,") joined with the line under it, as one line
    ("de griffier, I.H.M. Smits"), the way a signature sets both on one; not a "namens deze," line."""
    out: list[str] = []
    for line in lines:
        if out and ROLE_OVER_NAME.match(out[-1].strip()) and not words.on_behalf.match(out[-1]):
            out[-1] = f"{out[-1].strip()} {line.strip()}"
        else:
            out.append(line)
    return out


def _behalf_lines_joined(lines: list[str], words: Words) -> list[str]:
    """A "namens ..." line with the lines under it that go on with a function word ("en
    wethouders van Coevorden"), as one line."""
    out: list[str] = []
    for line in lines:
        if out and words.on_behalf.match(out[-1]) and line.split()[0].lower() in words.function_words:
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
    return out


def _on_whose_behalf(line: str, words: Words) -> str:
    """The body a "namens ..." line names, its opening function words aside ("namens het bestuur
    van de Nederlandse Vereniging voor Burgerzaken" -> "bestuur van de Nederlandse Vereniging voor
    Burgerzaken"); "" when it names none ("Namens deze"), or what follows its article opens on no name
    nor body's word ("namens de hele Wijkraad Oost ...": a sentence's words)."""
    rest = words.on_behalf.sub("", line.replace("\u00a0", " ")).strip().rstrip(",;:").split()
    while rest and rest[0].lower() in words.function_words:
        rest.pop(0)
    named = bool(rest) and (rest[0][:1].isupper() or _body_word(rest[0], words))
    return " ".join(rest) if named and any(word[:1].isupper() for word in rest) else ""


# A compound's first part has this many letters at least ("Wijk-raad", "Elternbei-rat"): a surname ending on a
# body's word is no compound of it ("Le-maire", "Mu-rat").
COMPOUND_HEAD = 3


def _body_word(word: str, words: Words) -> bool:
    """A word naming a body, a compound's end too ("bestuur", "college", "Wijkraad", "Speeltuincommissie",
    "Elternbeirat"), not a name that only ends on one ("Lemaire", "Murat")."""
    word = word.strip(",.;:()").lower()
    return any(word == body or (word.endswith(body) and len(word) - len(body) >= COMPOUND_HEAD)
               for body in words.language.words("letter.signing_bodies"))


def _signer(text: str, words: Words) -> Person | None:
    """A person or body a signature line names: a name (with academic titles, "ir. C.M. Schut,
    MPA"), an organisation, or a body or office in capitalised words ("Nederlandse Vereniging
    voor Burgerzaken", "De minister van Buitenlandse Zaken").  An address under the signature
    (a reply form's "COE/Gemeente Coevorden" / "T.a.v. WOO-contactpersoon") names no signer: a line opening as
    only an address does ("Aan", "T.a.v."), not as an office may ("De Minister van ...")."""
    if not text or any(ch.isdigit() for ch in text) or words.contact.search(text) or SIDE_BY_SIDE in text \
            or words.never_signs.match(text):
        return None
    if _author(text, words) or _full_name(text, words) or letterhead.organisation(text, words.language) \
            or _body_name(text, words):
        return Person(text.rstrip("."))
    return None


# A body's name runs to a few words ("Ministerie van Infrastructuur en Waterstaat").
BODY_NAME_MAX_WORDS = 8


def _body_name(text: str, words: Words) -> bool:
    """Capitalised words joined by function words, a capital first and last: a body or an
    office ("Nederlandse Vereniging voor Burgerzaken"), not a role ("Directeur beleid", "Committee Chair")."""
    parts = text.split()
    return 1 < len(parts) <= BODY_NAME_MAX_WORDS and parts[0][:1].isupper() and parts[-1][:1].isupper() \
        and all(part[:1].isupper() or part.lower() in words.function_words for part in parts) \
        and not _ends_on_role(text, words)


def _byline_author(byline: tuple[str, ...], words: Words) -> Person | None:
    """The author a chapter's byline names: a "door ..." line, else a first line that reads
    as a name (_bare_name), its comma aside ("Anna de Vries," / "Piet Jansen") and the institution
    after the name (_affiliated); the line under the name, naming no one, is the role: not a name
    with no role's word ("Piet Jansen"; "Church Warden" is a role), nor a date alone ("12 March 2013": when the
    piece or an entry of it was written).  A name under a line that ends
    open ("Interview met" / "dr. Stefan Sorgner") is whom that line is about, and so is a name under a subtitle
    that joins its words by a preposition ("Filosofie in Edinburgh" / "Emile Yusupoff", _subtitle_over_name): the
    name under it signs.  Lines of dated entries name no author (_dated_entries)."""
    if _dated_entries(byline, words):
        return None
    opening = 1 if _subtitle_over_name(byline, words) else 0
    for position, line in enumerate(byline):
        if position and ends_on_function_word(byline[position - 1], words.function_words):
            continue        # the name goes on with the line above: whom an "Interview met" is with
        name = _affiliated(line.replace("\u00a0", " ").rstrip().rstrip(","), words)
        person = _author(line, words) or (Person(name) if position == opening and _bare_name(name, words) else None)
        if person:
            # After an opener or a title too: "door Anna de Vries, Universiteit Utrecht", "Prof. dr. Anna de Vries
            # (Universiteit Utrecht)".
            person = replace(person, name=_affiliated(person.name, words))
            below = byline[position + 1] if position + 1 < len(byline) else None
            if person.role is None and below and not _author(below, words) \
                    and not words.date_alone.match(below.strip()) \
                    and not (_bare_name(_affiliated(below, words), words) and not _names_role(below, words)):
                person = Person(person.name, below)
            return person
    return None


def _subtitle_over_name(byline: tuple[str, ...], words: Words) -> bool:
    """The byline's first line joins capitalised words by a preposition a name may hold, a capitalised word right
    after it ("Filosofie in Edinburgh", "Philosophy of Mind": a subtitle, a place or a thing; a surname has its
    particle after it, "Jan op den Akker", "Henk in 't Veld"), and the line under it is a person's name that holds
    none ("Emile Yusupoff"): that one is the author."""
    if len(byline) < 2 or not all(_bare_name(line.strip().rstrip(","), words) for line in byline[:2]):
        return False
    prepositions = words.language.words("metadata.name_joiners") - words.language.words("metadata.paper_name_joiners")
    joined = [any(word in prepositions and after[:1].isupper() for word, after in zip(parts, parts[1:]))
              for parts in (line.split() for line in byline[:2])]
    return joined == [True, False]


def _dated_entries(byline: tuple[str, ...], words: Words) -> bool:
    """Lines under a title holding two dates alone or more: a list of entries each dated on its own
    line (the theses defended: title, doctor, date, university; appointments, a calendar), not a
    byline: the names are the entries' people, none the author of the page.  A line opening on an author's opener
    shows a byline whatever follows ("Door Anna de Vries" over the dates of a diary's entries)."""
    opener = any((match := words.author.match(line.strip())) and match.group("name") for line in byline)
    return not opener and sum(bool(words.date_alone.match(line.strip())) for line in byline) > 1


# Where an affiliation follows a name on its line: after a comma, or in brackets.
AFFILIATION_OPENS = re.compile(r"[,(]")


def _affiliated(line: str, words: Words) -> str:
    """A byline's name, the institution after its comma or in brackets left out ("Anna de Vries, Universiteit
    Utrecht", "Anna Smith (University of Leeds)" -> the name): the person wrote the piece, the institution is where
    they work.  Only where what follows the name names an institution: after the comma stand the other names of a
    list as often ("Abraham Neme Alvarez, Hannes Lötsch").  Only where what stands before names a person: a body's
    part before its institution ("Afdeling Communicatie, Universiteit Utrecht", "Press Office, University of Leeds")
    is no name, and the line stays whole."""
    name = AFFILIATION_OPENS.split(line, maxsplit=1)[0].rstrip()
    person = _full_name(name, words) and not words.institution.search(name)
    return name if person and words.institution.search(line[len(name):]) else line


# Two capitals running on in a name's later word ("Introductie AI-verordening", "Bergrede XIII",
# "Kenn and Kennford WI"): an acronym or a numeral, no part of a person's name, whose initials
# stand first ("PSJ Sokolov", "C.M. Schut").  After a comma the affiliation may be one ("RDO, MinVWS").
CAPITALS_AFTER_FIRST_WORD = re.compile(r"^[^,]*?\s[^\s,]*[A-Z]{2}")
# Words set side by side with a slash name no one: a table's "Woonomgeving Familie/vrienden", a
# return address's "COE/Gemeente Coevorden".
SIDE_BY_SIDE = "/"
# A word's possessive ending ("Churchwarden’s", "Editor's").
POSSESSIVE = re.compile(r"\w['’]s\b")


def _bare_name(line: str, words: Words) -> bool:
    """A line under a chapter's title, no "door" before it, that names its author: a full name,
    not set in capitals (a heading: "T OT SLOT", "A GATEWAY TO FRIENDSHIP"), with no acronym or
    numeral after its first word ("Introductie AI-verordening", "Bergrede XIII": a sub-title), no word a joiner
    joins to words that make no name ("National and Local Policies", _joins_words), no
    possessive ("Churchwarden’s Jottings", "Editor's Note": a column's heading), no slash, not
    announcing what follows with a colon ("Sovereign Tech Agency:") nor a record's label and its value
    ("Titel: Tirza"), not wrapped at a function word (a body's
    name going on on the next line: "Ministry of Education, Culture and"), naming no document's
    kind ("Huishoudelijk Reglement": the title's run-on) and no institution ("Universiteit Utrecht",
    "Leiden University": where the author works, under the name; alone, no one shown to write)."""
    return _full_name(line, words) and not line.isupper() and not CAPITALS_AFTER_FIRST_WORD.search(line) \
        and not POSSESSIVE.search(line) and SIDE_BY_SIDE not in line and not line.rstrip().endswith(":") \
        and not ends_on_function_word(line, words.function_words) and not _record_label(line) \
        and not any(part.strip(",.:;").lower() in words.title.kinds for part in line.split()) \
        and not words.institution.search(line) and not _joins_words(line, words)


def _joins_words(line: str, words: Words) -> bool:
    """A joiner between a word and words that make no name ("National and Local Policies": a heading's words, the
    joiner's first word qualifying the words after it): a byline's joiner, and its commas, join like with like,
    people's full names ("Anna Smith and Peter Jones"), surnames or a firm's single names ("Smith, Jones and Brown",
    "Hirsch, Teunissen en Van Dijk", "Marks and Spencer", "Peter, Paul and Mary"), or initials before the surname
    they share ("R. and J. Smith"); an organisation's name joins any ("Stichting Jansen en Zonen", "Müller und
    Söhne GmbH").  Given names before the surname they share ("John and Mary Smith") read as "National and Local
    Policies" does: no byline (a wrong author is worse than a missing one)."""
    parts = _names_apart(line, words)
    return len(parts) > 1 and not all(_full_name(part, words) for part in parts) \
        and not all(_single_name(part, words) for part in parts) \
        and not (all(INITIALS.fullmatch(part) for part in parts[:-1]) and _full_name(parts[-1], words)) \
        and not letterhead.organisation(line, words.language)


INITIALS = re.compile(r"(?:[A-Z]\.\s?)+")   # "R.", "J.M.", "J. M."


def _single_name(part: str, words: Words) -> bool:
    """One name, its particles aside: "Smith", "Van Dijk", "de Vries"."""
    return len([word for word in part.split() if word.lower() not in words.name_particles]) == 1


def _full_name(line: str, words: Words) -> bool:
    """A person's name: two words or more that read as a name ("Pauline Meurs", "F. Teeven");
    a single capitalised word ("Kernwaarden", "England") is a heading more often."""
    return len(line.split()) > 1 and _looks_like_name(line, words)


def _looks_like_name(line: str, words: Words) -> bool:
    """Capitalised words, save particles ("van", "de", "prof."), and no figures: "Pauline
    Meurs", not "Voorjaar 2020" or "Bewoners aan het woord"."""
    parts = line.replace("\u00a0", " ").split()
    return (0 < len(parts) <= 7 and not any(ch.isdigit() for ch in line)
            and all(w.strip("()")[:1].isupper() or w.lower() in words.name_particles for w in parts)
            and not _ends_on_role(line, words))


def _ends_on_role(line: str, words: Words) -> bool:
    """A line ending on a role's word or words ("Communications Officer", "Committee Chair", "Church Warden"): a
    role, no one's name ("Ruth Warden" is one: "warden" alone is no role word, a surname as often)."""
    parts = [word.strip(",.;:()").lower() for word in line.split()]
    return bool(parts) and (parts[-1] in words.role_words or " ".join(parts[-2:]) in words.role_words)


def _byline_subtitle(chapters: list[Chapter], words: Words) -> str | None:
    """A one-chapter text without a title page: the byline line under its title that names
    no one ("Bewoners aan het woord", "Voorjaar 2020") is its subtitle."""
    if len(chapters) != 1 or not chapters[0].byline:
        return None
    first = chapters[0].byline[0]
    return None if _author(first, words) or _looks_like_name(first, words) else first


# A title's closing full stop goes, unless it closes an abbreviation: a last word of one or two
# letters ("e. V.") or with a full stop inside ("B.V."), or an ellipsis ("...").
ABBREVIATION_END = re.compile(r"(?:\.\.|\b\w{1,2}\.|\w\.\w+\.)$")


def _consistent_title(title: str) -> tuple[str, list[str]]:
    """An inferred title as a careful editor prints it (issue 16): words in spaced small capitals
    whole, a capital first letter and no closing full stop ("brief over de samenleving." ->
    "Brief over de samenleving"), unless the source writes it so on purpose: a first word with a
    capital inside ("eHerkenning", "iPhone") stays lower case, an abbreviation keeps its stop.
    Each change is noted."""
    title = title.strip()
    whole = changed = title
    notes: list[str] = []
    first = changed.split()[0]
    if changed[:1].islower() and not any(character.isupper() for character in first[1:]):
        changed = changed[:1].upper() + changed[1:]
    if changed.endswith(".") and not ABBREVIATION_END.search(changed):
        changed = changed[:-1].rstrip()
    if changed != whole:
        notes.append(f"the title found in the text was normalised (a capital first letter, no closing full stop): "
                     f"{whole!r} -> {changed!r}")
    return changed, notes


def _named_title(name: str) -> tuple[str, list[str]]:
    """The file name as the title, when no line of the text reads as one; noted, so that the
    user can give the title in the TOML."""
    title = _title_from_name(name)
    return title, [f"no title found in the text: the title is taken from the file name ({title!r}); "
                   f"give the right one as title = \"...\" in the TOML's [metadata]"]


def _title_from_name(name: str) -> str:
    words = re.sub(r"[-_]+", " ", name).strip()
    return words[:1].upper() + words[1:] if words else "Zonder titel"


def _override_metadata(inferred: Metadata, config: SourceConfig) -> Metadata:
    values = dict(config.metadata)
    if "title" in values and "subtitle" not in values and _key(values["title"]) != _key(inferred.title):
        values["subtitle"] = None       # read under the title the user replaced, it belongs to that one
    if "authors" in values:
        values["authors"] = config.authors
    if "contact" in values:
        values["contact"] = tuple(values["contact"])
    return replace(inferred, **values)
