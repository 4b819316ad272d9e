"""Reflow: wrapped lines become blocks; a paragraph split by a page or column break is rejoined,
real paragraphs are not merged.

Layout evidence for a break between two lines, in order: a list marker; a resolved hyphen (never
a break); a heading-like line group followed by a capital; after a full sentence: a blank line, a
page start, or a line that ended short (the next word would have fitted).  Some sources put a blank
line after every line ("double spaced"); there a blank line says nothing, only a larger gap does.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable
from functools import cache, cached_property, partial
from itertools import accumulate, compress
from operator import add, itemgetter, methodcaller

from publish.clean.lines import (GLUE, NUMBER, PAGE_START, TEXT, Block, Blocks, Changes, Line, Lines,
                                  ends_on_function_word, ends_on_joining_sign, ends_sentence, first_word, last_word)
from publish.clean.notes import SENTENCE_MARKS, ends_in_web_address
from publish.clean.artifacts import furniture
from publish.clean.contents import bare_title
from publish.clean.lists import (DASH, GLUED_DASH, GLUED_ORDERED, LETTER_O, LONE_MARKER, ORDERED, ORDERED_ITEM,
                                 SEMICOLON_END, item_marker, marker_columns, markers_a_line_low,
                                 markers_after_their_items, may_open_item, next_marker)
from publish.clean.tokens import ITEM_BULLET
from publish.languages import Language
from publish.languages.patterns import default, vocabulary
from publish.report import Change



@dataclass(frozen=True)
class Vocabulary:
    """The words of one language that tell a paragraph's start ([letter], [paragraphs] and the
    byline and title words in its language.toml)."""

    salutation: re.Pattern          # "Geachte heer," opening a letter, a whole line ending in a comma
    closing: re.Pattern             # "Met vriendelijke groet": the signature under it is another block
    closing_max: int                # CLOSING matches a whole line: none is longer than this
    function_words: frozenset[str]  # words a heading does not end on, but a wrapped body line often does
    enumerator: re.Pattern          # "Ten eerste": after a full sentence it opens a paragraph
    lead_in: re.Pattern             # "Kortom:", "Belangrijk:", "Note:": a sentence's lead-in, no section's label
    role_words: frozenset[str]      # "voorzitter", "trésorier": alone over a line, the office speaking in minutes
    titles: frozenset[str]          # "mr", "mrs", "dr": before a name, a person's, speaking in minutes
    byline: re.Pattern              # "door Anna de Vries": a display line opening in lower case
    name_with_title: re.Pattern     # "drs. M.J. van den Heuvel", "prof. dr. Kim Putters"
    title_case: bool                # headings are written in title case ("Reduced Leverage"), a sentence is not
    label_alone: re.Pattern         # "Hoofdstuk 1", "Bijlage A": a provision's label and number over its title
    noun_articles: frozenset[str]   # articles of a language that writes its nouns with a capital ("der", "eines")
    adjective_endings: tuple[str, ...]  # an adjective's endings before its noun there ("künftigen", "größte")


@cache
def vocabulary_of(language: Language | None = None) -> Vocabulary:
    """The language's paragraph vocabulary (by default the default language's)."""
    language = language or default()
    closings = language.value("letter.closings", ())
    return Vocabulary(
        salutation=re.compile(rf"^(?:{vocabulary(language, 'letter.salutations', any_space=False)})\b.{{0,80}},$"),
        closing=re.compile(rf"^(?:{vocabulary(language, 'letter.closings', any_space=False)}),?$", re.IGNORECASE),
        # the longest closing, its comma, and a newline `$` may stand before
        closing_max=max(map(len, closings), default=0) + 2,
        function_words=language.words("paragraphs.function_words"),
        enumerator=re.compile(rf"^(?:{vocabulary(language, 'paragraphs.enumerators', any_space=False)})\b[,:]?"),
        lead_in=re.compile(rf"^(?:{vocabulary(language, 'paragraphs.enumerators', any_space=False)}"
                           rf"|{vocabulary(language, 'paragraphs.lead_ins', any_space=False)})\s*:$"),
        role_words=language.words("metadata.role_words"),
        titles=language.words("typography.titles"),
        byline=furniture(language).byline,
        # Any case: "prof. dr. Kim Putters", and a name opening its line, "Prof. Dr. Kim Putters".
        name_with_title=re.compile(rf"^(?:(?i:{vocabulary(language, 'typography.titles')})\.\s*)+[A-Z]"),
        title_case=language.value("paragraphs.title_case_headings", False),
        label_alone=re.compile(rf"^(?:{vocabulary(language, 'structure.provisions', any_space=False)})"
                               r"\s+(?:\d{1,3}|[IVX]{1,4}|[A-Z])\.?$"),
        noun_articles=language.words("paragraphs.noun_articles"),
        adjective_endings=tuple(language.value("paragraphs.adjective_endings", ())),
    )


DISPLAY_MAX_LINES = 4
LONE_NUMBER_MAX_CHARS = 12         # "12.12.12.12."
HEADING_LINE_SHARE = 0.6
CAPITALS_SIGNS = frozenset(" -'’,&:")
HEADING_LINE_WORDS = 10
CAPITALS_HEADING_LETTERS = 2       # "PR:"; a lone capital, "I" or "A", is a word of the text
# A title under its own number set apart: the number is the evidence, so it may run longer than
# a heading told by its look alone ("9.2.4" / "Opvang op school in geval van preventieve schorsing
# en (tijdelijke en definitieve) uitsluiting").
NUMBERED_TITLE_WORDS = 15
ENUMERATOR_HEADING_WORDS = 2       # words after "Tot slot" in a heading at most ("Tot slot: twee aanbevelingen")
DISPLAY_MAX_CHARS = 160
WIDTH_WINDOW = 2
# A dashed item's lines at most where the dash run is sought under its continuation.
DASH_ITEM_LINES = 3
SECTION_EVIDENCE = 2               # chapters' first sections: the text numbers its sections
CHAPTERS_COUNTING = 3              # chapters' numbers over their titles counting on: so it does too
# A bar may set a section's number off from its title ("2.1 | Scope"): the fragment every pattern
# of a section number ends with, after the number's own full stop.
BAR = r"\s+\|"
SECTION_BAR = rf"(?:{BAR})?"
FIRST_SECTION = re.compile(rf"[1-9]\d?\.1\.?{SECTION_BAR}\s+[^\W\d_]")
FIRST_SECTION_ALONE = re.compile(rf"[1-9]\d?\.1\.?{SECTION_BAR}$")
LABEL_SERIES = 3                   # title-case labels over their text: the document's run-in heading style
SENTENCE_LABEL_SERIES = 4          # in sentence case, as a sentence's lead-in is set too, one more
SENTENCE_LABEL_PHRASES = 2         # of them, labels of two words or more: one-word labels may be speakers' names
LABEL_SHARE = 0.75                 # of a text's lone label-shaped lines, the share over running text in a series
LABEL_SPAN = 0.5                   # of a text's lines, the share a series of labels in sentence case runs through


# A list item's lines run nearly full until its last: a line ends short of the column by more
# than this share of it where the item ends (or its heading-like first line does).
ITEM_SLACK = 0.05

# What _join gives for a line that opens a new block.
_NEW_BLOCK = None


@dataclass
class _Layout:
    """The text lines of a text in columns: the lines, the number of blank lines before each,
    their texts and lengths; whether the text is double spaced; and the titles of its printed
    contents (bare, see contents.bare_title)."""

    lines: list[Line]
    gaps: list[int]
    texts: list[str]
    lengths: list[int]
    double: bool
    words: Vocabulary
    contents: frozenset[str]

    def width(self, index: int) -> int:
        """The column width around a line: the longest line nearby."""
        return max(self.lengths[max(0, index - WIDTH_WINDOW):index + WIDTH_WINDOW + 1])

    def column(self, index: int) -> int:
        """The column width at a line over the next: the longest line nearby, but no longer than
        the text's measure (a line the text layer ran on past the column nearby, "cryptografie9.
        Nederland heeft ook een inzending gedaan, ..." at 143 characters in a text of 77, does not
        make a paragraph's full line look short), unless the line or the next runs past the
        measure itself: then the lines run that long here."""
        if max(self.lengths[index:index + 2]) > self.measure:
            return self.width(index)
        return min(self.width(index), self.measure)

    @cached_property
    def page_tops(self) -> Counter[str]:
        """How many pages each line opens."""
        return Counter(text for line, text in zip(self.lines, self.texts) if line.page_start)

    @cached_property
    def capitals_run_starts(self) -> list[int]:
        """For each text line, where the run of lines in capitals (see _capitals_with_figures)
        that ends on it begins: its own index + 1 when it is not in capitals.  Kept once for the
        text, since a heading's test looks back over every line of its block."""
        starts, start = [], 0
        for index, text in enumerate(self.texts):
            if not _capitals_with_figures(text):
                start = index + 1
            starts.append(start)
        return starts

    @cached_property
    def measure(self) -> int:
        """The text's measure: the length its longer lines reach (the 90th percentile, so a
        few overlong lines of a table or a link do not set it)."""
        ordered = sorted(self.lengths)
        return ordered[int(0.9 * (len(ordered) - 1))] if ordered else 0

    @cached_property
    def numbers_sections(self) -> bool:
        """The text numbers its sections: SECTION_EVIDENCE lines at least open a chapter's first
        section ("2.1 Aanmelden", "5.1 Afwezigheden"; a date, "10.11. Gottesdienst", is none), or
        its chapters' numbers stand alone over their titles and count on (see _chapters_counting)."""
        return self._first_sections() or self._chapters_counting()

    def _chapters_counting(self) -> bool:
        """Bare numbers alone over titles (a blank line between at most) go on from the number
        before, CHAPTERS_COUNTING times at least ("3" / "Aus dem Gemeindeleben", "4" /
        "Begegnungscafé ...", "5" / "Aus der EmK"): a newsletter's or a report's chapters,
        numbered without sections.  (The page numbers are gone by now.)"""
        numbers = [int(text) for index, text in enumerate(self.texts[:-1])
                   if text.isdigit() and len(text) <= 2 and self.gaps[index + 1] <= 1
                   and not self.lines[index + 1].page_start and _title_like(self.texts[index + 1])]
        return sum(after == before + 1 for before, after in zip(numbers, numbers[1:])) >= CHAPTERS_COUNTING

    @cached_property
    def labels(self) -> frozenset[int]:
        """The text lines that are run-in headings set as labels on a line of their own ("...
        euro spent." / "Political Vulnerability:" / "Single-nation programs remain vulnerable to
        budget cuts, ..."): in a language that writes its headings in title case, a label in title
        case (see _title_case_label) over a line of body text (see _over_body_text), LABEL_SERIES of
        them at least in the text; in any language, labels in sentence case where the document sets
        its sections so throughout (see _sentence_case_labels).  One such line alone may be a box's
        caption or a speaker's name; a document sets its headings alike, so a series of them is its
        heading style."""
        return self._title_case_labels() | self._sentence_case_labels()

    def _title_case_labels(self) -> frozenset[int]:
        """Title-case labels (see labels).  One opening a page under a line that ends no sentence is
        left alone: that line may be a heading at the foot of the page before, which a display line
        over it would make the page's signature (publish.structure, _chapters)."""
        if not self.words.title_case:
            return frozenset()
        found = frozenset(index for index, text in enumerate(self.texts[:-1])
                          if index and (ends_sentence(self.texts[index - 1]) or not self.lines[index].page_start)
                          and _title_case_label(text, self.words.function_words) and not self._titled_name(text)
                          and self._over_body_text(index))
        return found if len(found) >= LABEL_SERIES else frozenset()

    def _sentence_case_labels(self) -> frozenset[int]:
        """Labels in sentence case, in any language ("Openingsuren:", "Fiscaal attest:", "Haal- en
        brengmomenten voor- en naschoolse opvang:"), are the document's heading style only where it
        sets its sections so throughout, since a line like that is as often a sentence's lead-in
        ("De raad besluit unaniem:", "Kortom:"), a form's field, a record's label or a speaker's name.
        The evidence: SENTENCE_LABEL_SERIES labels at least naming a topic (see _names_a_topic), each
        standing apart from the text above (see _after_its_text_above) over a line of running text as
        long as the text's lines (see _over_body_text, _running_words), and no other lone line of that
        shape with the same text ("Besluit:" over each decision, "Reactie:" over every answer are
        run-in labels, not sections' names); LABEL_SHARE at least of the text's lone lines of that
        shape (the others head a list, "Enkele punten:", a form's value, "Datum:", names, "Aanwezig:",
        or are lead-ins or repeated); and running through the text, from the first to the last over
        LABEL_SPAN of its lines (a cluster of them is a box's or a record's labels inside a section:
        "Organisatie:", "Opdrachtgever:").  With that evidence, a label naming a topic, found once,
        over a shorter sentence heads its text too ("Medicatie:" / "In principe wordt er geen medicatie
        toegediend.").  A letter (a salutation's line, "Geachte heer,") has lead-ins, no heading style."""
        if any(map(self.words.salutation.match, self.texts)):
            return frozenset()
        lone = [index for index, text in enumerate(self.texts[:-1])
                if index and self._after_its_text_above(index)
                and _sentence_case_label(text, self.words.function_words)]
        alike = Counter(self.texts[index] for index in lone)
        named = [index for index in lone if alike[self.texts[index]] == 1 and self._names_a_topic(self.texts[index])]
        found = [index for index in named if self._over_body_text(index) and _running_words(self.texts[index + 1])]
        if len(found) < SENTENCE_LABEL_SERIES or len(found) < LABEL_SHARE * len(lone) \
                or sum(len(self.texts[index][:-1].split()) > 1 for index in found) < SENTENCE_LABEL_PHRASES \
                or found[-1] - found[0] < LABEL_SPAN * len(self.texts):
            return frozenset()
        return frozenset(index for index in named if self._over_a_sentence(index))

    def _names_a_topic(self, label: str) -> bool:
        """A label in sentence case names its section's topic: no sentence's lead-in nor a minutes'
        run-in label the language lists, the whole label ("Kortom:", "Belangrijk:", "Tenslotte:",
        "Actie:"; "Tip van de maand:" names a topic), no speaker in minutes: an office ("Voorzitter:",
        "Trésorier :"), a name after a title ("Mrs Brown:", "Mr Green, resident:"), a name and party
        ("Mevrouw Bakker (GroenLinks):", "Wethouder De Vries:": a bracket, or, in a language writing
        its nouns and its headings in lower case, a name of capitals only after the first word;
        "Communicatie met ouders – Privacywetgeving GDPR:" names a topic)."""
        words = label[:-1].split()
        a_name = len(words) > 1 and all(word[:1].isupper() for word in words[1:]) \
            and not (self.words.noun_articles or self.words.title_case)
        an_office = " ".join(words).lower() in self.words.role_words
        return not self.words.lead_in.match(label) and "(" not in label \
            and not (a_name or an_office or self._titled_name(label))

    def _titled_name(self, label: str) -> bool:
        """The label is a person's name after a title ("Mrs Brown:", "Mr Green, resident:", "Dr. Peeters:"):
        a speaker in minutes."""
        words = label[:-1].split()
        return len(words) > 1 and words[0].lower().rstrip(".") in self.words.titles

    def _after_its_text_above(self, index: int) -> bool:
        """Text line index stands apart from the text above it: a blank line between, or the line above
        ends a sentence or on a web address ("... via info@vzwdespeelkamer.be")."""
        above = self.texts[index - 1]
        return bool(self.gaps[index]) or ends_sentence(above) or ends_in_web_address(above)

    def _over_body_text(self, index: int) -> bool:
        """The line under text line index is a line of body text: of the text's measure (more than
        HEADING_LINE_SHARE of it), opening in a capital, no list item."""
        below = self.texts[index + 1]
        return _opens(below) and not may_open_item(below) and len(below) >= HEADING_LINE_SHARE * self.measure

    def _over_a_sentence(self, index: int) -> bool:
        """The line under text line index opens a sentence, short or long: a capital first, no
        list item, words in lower case running on (see _running_words)."""
        below = self.texts[index + 1]
        return _opens(below) and not may_open_item(below) and _running_words(below)

    def _first_sections(self) -> bool:
        found = 0
        for index, text in enumerate(self.texts):
            if text[:1].isdigit() and (FIRST_SECTION.match(text) or self._first_section_apart(index)):
                found += 1
                if found >= SECTION_EVIDENCE:
                    return True
        return False

    def _first_section_apart(self, index: int) -> bool:
        """Text line index is a chapter's first section number alone ("2.1"), its title on the
        next line, a blank line between at most: pdftotext set the number apart from its title
        (a tab, a number in its own column)."""
        if not FIRST_SECTION_ALONE.match(self.texts[index]) or index + 1 >= len(self.texts):
            return False
        return self.gaps[index + 1] <= 1 and bool(FIRST_SECTION.match(f"{self.texts[index]} {self.texts[index + 1]}"))

    def _sentence_opening(self, text: str) -> bool:
        """The line opens with an enumerating opener and goes on for several words: a sentence's
        first line ("Ten slotte is met de ..."); the opener alone or with a word or two after it
        may head a section ("Tot slot", "Ten slotte: aanbevelingen")."""
        opener = self.words.enumerator.match(text)
        return opener is not None and len(text[opener.end():].split()) > ENUMERATOR_HEADING_WORDS

    def display(self, start: int, end: int) -> bool:
        """The lines from start up to end are short, few, none ending in punctuation, their
        brackets balanced: a heading, title, byline or signature."""
        if end - start > DISPLAY_MAX_LINES:
            return False
        if end - start == 1 and start in self.labels:
            return True
        texts = self.texts[start:end]
        if sum(map(len, texts)) > DISPLAY_MAX_CHARS:
            return False
        if len(texts) > 1 and lone_number(texts[0]):
            texts = texts[1:]          # "1.1" / "Doel": the heading is its text
        if _INNER_SENTENCE_END(" ".join(texts)):
            return False            # "... member territories. A Digital" / next page: body text (a
            # sentence may end on a later line's first word: "... te lanceren" / "die dit gebruiken. Mocht")
        first = texts[0]
        if self._sentence_opening(first):
            return False            # "Tenslotte is met de Hervormingsagenda Jeugd een brede" / next line
        if not (_opens(unnumbered(first)) or self.words.byline.match(first) or self.words.name_with_title.match(first)
                or (end - start == 1 and _name_in_lower_case(first))):
            return False
        if any(map(_HAS_BRACKET, texts)) and _unbalanced(" ".join([LEADING_MARKER.sub("", first)] + texts[1:])):
            return False            # "Homeless [and in Priority" / "Need]:" goes on
        if _quote_left_open(" ".join(texts)):
            return False            # "„Die WikiCon ist die perfekte" / "Möglichkeit, ...“" goes on
        # A numbered heading may ask ("II] Wat hebben we gedaan?"); a two-line title may wrap after
        # a comma ("Lezen is geen luxe," / "maar een recht").
        last = texts[-1]
        last_ends_open = _end_mark(last) not in _PUNCTUATION \
            or (last.endswith("?") and bool(ROMAN_NUMBERED.match(first))) or _label_in_capitals(texts)
        inside = _PUNCTUATION_INSIDE if len(texts) == 2 else _PUNCTUATION
        return last_ends_open and not any(_end_mark(text) in inside and not _titled(text)
                                          and not _names_a_work(text, below) for text, below in zip(texts, texts[1:]))


def group(lines: Lines, contents_titles: Iterable[str] = (),
          language: Language | None = None) -> tuple[Blocks, Changes]:
    """The lines as blocks; contents_titles (from the contents pass) are the titles of the printed
    contents, evidence of the headings."""
    lines, low = markers_a_line_low(lines)
    lines, after = markers_after_their_items(lines)
    lines, moved = marker_columns(lines)
    moved = low + after + moved
    layout = _layout(lines, vocabulary_of(language), contents_titles)
    if not layout.lines:
        return (), moved
    starts, items, changes = _block_starts(layout)
    layout, starts, items, set_apart = _set_inside_sentences(layout, starts, items)
    blocks = _as_text(_question_headings(_blocks(layout, starts, items)), set_apart)
    return blocks, moved + tuple(changes) + set_apart


def _as_text(blocks: Blocks, set_apart: Changes) -> Blocks:
    """The runs set after their paragraphs from inside a sentence are paragraphs, never display
    lines: what stood under such a run was the rest of the sentence it interrupted, so it heads no
    text ("... het van de concoursen" / "PUTNAM" / "verdreven en ..." in a quiz that prints the
    names beside the quotes; a display quote; an advertisement's headline)."""
    firsts = {change.line for change in set_apart}
    return tuple(replace(block, kind="paragraph") if block.kind == "display" and block.first in firsts else block
                 for block in blocks)


# What the layout sets inside a sentence (a display quote, a caption, a note the footnote pass left)
# holds a few lines at most.
SET_INSIDE_MAX_LINES = 6
# Its last line ends a sentence: a full stop, question or exclamation mark, a closing quotation mark
# or bracket after it ("... Notebook.", "... niet!’”"); a figure there may be a note's number or a time.
SET_INSIDE_END = re.compile(r"[.!?…][’”'\"»)\]]*$")
QUOTE_OPENING = frozenset("“‘„\"'«")
_OPENING_MARKS = QUOTE_OPENING | {"(", "["}


def _set_inside_sentences(layout: _Layout, starts: list[int],
                          items: list[bool]) -> tuple[_Layout, list[int], list[bool], Changes]:
    """A few lines the extraction put inside a sentence of the body, where they stood in the
    layout, are set after the paragraph as a block of their own, and the sentence reads on: a
    display quote ("... de gelijke van de natuurkunde" / "" / "“‘Ik begrijp dit niet!’”" / "" /
    "te worden. ..."), a figure's caption at a page's top ("... as applying “to" / "Figure 1:
    ... Notebook." / "molecules, human beings ..."), a label in capitals.  See _runs_inside_sentences
    for the evidence."""
    runs = _runs_inside_sentences(layout, set(compress(starts, items)), starts)
    if not runs:
        return layout, starts, items, ()
    inside = {index for first, last in runs for index in range(first, last + 1)}
    resumed = {last + 1 for _, last in runs}            # the sentence goes on: no block starts there
    kept = [(start, item) for start, item in zip(starts, items) if start not in inside and start not in resumed]
    order: list[int] = []
    new_starts: list[int] = []
    new_items: list[bool] = []
    changes: list[Change] = []
    pending = iter(runs)
    run = next(pending, None)
    for (start, item), (end, _) in zip(kept, kept[1:] + [(len(layout.lines), False)]):
        new_starts.append(len(order))
        new_items.append(item)
        order += [index for index in range(start, end) if index not in inside]
        while run is not None and run[0] < end:
            first, last = run
            new_starts.append(len(order))
            new_items.append(False)
            order += range(first, last + 1)
            changes.append(Change("set-apart", layout.lines[first].number, layout.texts[first][:40],
                                  layout.texts[first][:40], "lines printed inside a sentence (a display quote, a "
                                  "caption): set after its paragraph, the sentence read on"))
            run = next(pending, None)
    reordered = _Layout([layout.lines[index] for index in order], [layout.gaps[index] for index in order],
                        [layout.texts[index] for index in order], [layout.lengths[index] for index in order],
                        layout.double, layout.words, layout.contents)
    return reordered, new_starts, new_items, tuple(changes)


def _runs_inside_sentences(layout: _Layout, item_starts: set[int], starts: list[int]) -> list[tuple[int, int]]:
    """(first, last) text lines of each run set inside a sentence, in order.  Evidence, all of it:
    the line above ends no sentence but in a letter or a comma, and is a line of body text
    (WRAPPED_LINE_WORDS words at least; a display quote may follow a shorter one); the run stands
    between blank lines or page breaks, SET_INSIDE_MAX_LINES lines at most, opens with a capital,
    a figure or a quotation mark (a line in lower case goes on from something) and ends a sentence
    (SET_INSIDE_END), or is one line in capitals (a magazine's label, "PUTNAM"); the line under it
    goes on in lower case, which it cannot after a full sentence or a line in capitals, so it goes
    on from the line above; no list item around.  In double-spaced text a blank line sets nothing
    apart."""
    if layout.double:
        return []
    texts, lines, words = layout.texts, layout.lines, layout.words

    def set_apart(index: int) -> bool:
        return bool(layout.gaps[index]) or lines[index].page_start

    runs: list[tuple[int, int]] = []
    for first in range(1, len(texts) - 1):
        above, opening = texts[first - 1], texts[first][0]
        if not set_apart(first) or (runs and first <= runs[-1][1] + 1) \
                or not (above[-1].isalpha() or above[-1] == ",") or opening.islower() \
                or not (opening in QUOTE_OPENING or len(above.split()) >= WRAPPED_LINE_WORDS):
            continue
        # The run's last line: the first set apart from the line under it, or over the line that
        # closes the bracket left open above the run.
        last = next((index for index in range(first, min(first + SET_INSIDE_MAX_LINES, len(texts) - 1))
                     if set_apart(index + 1) or _bracket_closed_under(texts, first, index, words)), None)
        if last is None or not (_nothing_goes_on(texts, first, last)
                                or _bracket_closed_under(texts, first, last, words)) \
                or not texts[last + 1][:1].islower() or not texts[last + 1][:1].isalpha() \
                or may_open_item(texts[last + 1]):
            continue
        host = bisect_right(starts, first - 1) - 1
        if starts[host] in item_starts or last + 1 in item_starts:
            continue
        runs.append((first, last))
    return runs


def _bracket_closed_under(texts: list[str], first: int, last: int, words: Vocabulary) -> bool:
    """The run is a headline, opening with a line in capitals and ending on no function word (a
    page's first lines that go on with the sentence end on "de", "das", "und"), and the line under
    it closes the bracket that the line above it left open, the run holding no bracket: the
    sentence goes on under the run ("kippenhok (zo groot als een" / "U-ZON" / "Het alternatief
    voor Zonnepanelen op maat" / "hele achtertuin) zo gebouwd").  The bracket alone is no
    evidence: a body line may open the page inside it."""
    above, below = texts[first - 1], texts[last + 1]
    return _capitals(texts[first]) and not ends_on_function_word(texts[last], words.function_words) \
        and above.count("(") > above.count(")") and ")" in below.split("(", 1)[0] \
        and not any(map(_HAS_BRACKET, texts[first:last + 1]))


def _nothing_goes_on(texts: list[str], first: int, last: int) -> bool:
    """No sentence goes on from the run's last line: it ends a sentence, or the run is one line
    in capitals."""
    return bool(SET_INSIDE_END.search(texts[last])) or (last == first and _capitals(texts[first]))


def _layout(lines: Lines, words: Vocabulary, contents_titles: Iterable[str]) -> _Layout:
    all_texts = list(map(TEXT, lines))
    texts = list(compress(all_texts, all_texts))
    # A byte a line, 1 for a text line: split at those, the runs of blank lines before each.
    gaps = list(map(len, bytes(map(bool, all_texts)).split(b"\x01")))[:-1]
    return _Layout(list(compress(lines, all_texts)), gaps, texts, list(map(len, texts)), _double_spaced(gaps), words,
                   frozenset(map(bare_title, contents_titles)))


def _block_starts(layout: _Layout) -> tuple[list[int], list[bool], list[Change]]:
    """The index of the first text line of each block, whether the block is a list item, and
    the breaks rejoined."""
    lines, texts, gaps, double = layout.lines, layout.texts, layout.gaps, layout.double
    start, item = 0, item_marker(texts[0], None, False) is not None
    starts, items, changes = [start], [item], []
    enumerated, after_enumeration = _enumerations(layout)
    enumerated |= _capital_lettered(texts) | _capital_lettered_lines(texts) | _lower_case_numbered(texts)
    # The common case: a line opening with a lower-case letter right under the previous one, in
    # single-spaced text on the same page, after a line not ending in a comma, continues the
    # block (unless it may open a lettered item, "a) ..."; _join gives "" for it).  The other
    # lines are found first; the lines between them join their block without being looked at.
    tested = range(1, len(lines)) if double else _to_test(lines, gaps)
    if enumerated:
        tested = sorted(set(tested) | enumerated | after_enumeration)
    for k in tested:
        prev, nxt = texts[k - 1], texts[k]
        if k in enumerated or k in after_enumeration:     # (the text after one may be a list's item)
            start, item = k, k in enumerated or (may_open_item(nxt) and _starts_item(layout, k, start, item))
            starts.append(start)
            items.append(item)
            continue
        # (A lower-case letter: _opens is False for it; some lower-case signs are not letters.)
        if not gaps[k] and not double and nxt[0].islower() and nxt[0].isalpha() \
                and not lines[k].page_start and prev[-1] != "," and not may_open_item(nxt):
            continue
        if k - 1 == start and _marker_awaits_text(layout, k):
            continue                # "1.1" / "Doel", "a." / "Besluitvorming ...": one block
        starts_item = may_open_item(nxt) and _starts_item(layout, k, start, item)
        reason = _NEW_BLOCK if starts_item else _join(layout, k, start, item)
        if reason is _NEW_BLOCK:
            start, item = k, starts_item
            starts.append(start)
            items.append(item)
        elif reason:
            changes.append(Change("paragraph-rejoin", lines[k].number, nxt[:40], "", reason))
    return starts, items, changes


# An enumeration without markers: items of this many lines at most, and this many items at
# least (two lines, "... regelgeving:" / "Titel 9 ...;" / "Tevens is ...", may be a sentence
# that happens to break there).
ENUMERATION_ITEM_LINES = 4
ENUMERATION_MIN_ITEMS = 3


def _enumerations(layout: _Layout) -> tuple[set[int], set[int]]:
    """The text lines that open the items of enumerations printed without markers, and the
    lines that open the text after them.  The bullets of such a list are pictures the text
    layer does not hold; its form is left: a lead-in line ending in a colon, then items each
    at a line start, all but the last ending in a semicolon at a line's end and the last in a
    full stop ("... zijn:" / "een verwittiging in de agenda;" / "een strafwerk;" / "een
    tijdelijke verwijdering ... ."), the items opening alike (all in lower case or all in a
    capital), ENUMERATION_MIN_ITEMS of them at least and ENUMERATION_ITEM_LINES lines at most
    each, no blank line or page between them (one blank line under the lead-in allowed), no
    line opening with a marker of its own."""
    texts = layout.texts
    starts: set[int] = set()
    after: set[int] = set()
    for lead in compress(range(len(texts) - 1), map(_ENDS_IN_COLON, texts)):
        found = _enumeration_after(layout, lead)
        if found:
            items, end = found
            starts.update(items)
            if end < len(texts):
                after.add(end)
    return starts, after - starts


def _enumeration_after(layout: _Layout, lead: int) -> tuple[list[int], int] | None:
    """The item starts of an unmarked enumeration under the lead-in line, and the index of the
    line after its last item, or None."""
    texts, gaps, lines = layout.texts, layout.gaps, layout.lines
    first = lead + 1
    if gaps[first] > 1 or lines[first].page_start or not texts[first][:1].isalpha():
        return None
    upper = texts[first][:1].isupper()
    items = [first]
    index = first
    while index < len(texts) and index - items[-1] < ENUMERATION_ITEM_LINES:
        if index > first and (gaps[index] or lines[index].page_start):
            return None
        text = texts[index]
        if item_marker(text, texts[index - 1], True) is not None:
            return None
        if index == items[-1] and text[:1].isupper() != upper:
            return None
        if text.endswith(";"):
            items.append(index + 1)
        elif text.endswith(".") and ends_sentence(text):
            return (items, index + 1) if len(items) >= ENUMERATION_MIN_ITEMS else None
        index += 1
    return None


_ENDS_IN_COLON = methodcaller("endswith", ":")


# Items lettered with capitals ("A. de volgende opdracht ...:" / "B. het college ...;" / "C. dat
# ..."): at a line start "J. de Vries" reads as an initial, but initials do not count A, B, C
# down the lines.  A line opening with "A. " and lines opening with "B. ", "C. " ... after it,
# each at most LETTERED_REACH text lines under the one before, open an item each, where each
# item goes on in lower case the sentence that announced it ("A. Wedstrijdorganisatie" over
# its text is a lettered section's heading).
CAPITAL_LETTERED = re.compile(r"[A-Z]\. (?=[a-zß-ÿ])")
LETTERED_REACH = 30
LETTERED_MIN = 2


def _capital_lettered(texts: list[str]) -> set[int]:
    """The text lines opening the items of runs lettered "A.", "B.", ... (LETTERED_MIN items at least)."""
    return _counting_runs([ord(text[0]) - ord("A") + 1 if CAPITAL_LETTERED.match(text) else None for text in texts],
                          LETTERED_MIN)


def _counting_runs(ordinals: list[int | None], minimum: int) -> set[int]:
    """The text lines of runs of at least `minimum` markers counting 1, 2, 3 ... (each line's marker's
    ordinal, None for a line without one), each at most LETTERED_REACH text lines under the one before."""
    found: set[int] = set()
    run: list[int] = []
    for index, ordinal in enumerate(ordinals):
        if ordinal is None:
            continue
        if run and ordinal == len(run) + 1 and index - run[-1] <= LETTERED_REACH:
            run.append(index)
            continue
        if len(run) >= minimum:
            found.update(run)
        run = [index] if ordinal == 1 else []
    if len(run) >= minimum:
        found.update(run)
    return found


# Items numbered in lower case from 1 on ("1. iedereen dient zich aan de huisregels ... te houden." /
# "2. iedereen heeft het recht ..." / "3. bij brand ..."): a lower-case word after a number is an
# item's only where a list is announced or running (lists.item_marker), but numbers counting on
# from 1 at the start of LOWER_NUMBERED_MIN lines or more, each at most LETTERED_REACH text lines
# under the one before, tell the list is running from its first item.  A sentence broken at a
# number ("... tot" / "1. januari") does so once, never counting on.
LOWER_NUMBERED = re.compile(r"(\d{1,2})[.)] (?=[a-zß-ÿ])")
LOWER_NUMBERED_MIN = 3


def _lower_case_numbered(texts: list[str]) -> set[int]:
    """The text lines opening the items of runs numbered "1.", "2.", "3." ... in lower case."""
    return _counting_runs([int(match.group(1)) if match else None for match in map(LOWER_NUMBERED.match, texts)],
                          LOWER_NUMBERED_MIN)


# Items lettered with capitals, one a line, under a line announcing them with a colon
# ("Bijlagen:" / "A. Relevante artikelen ..." / "B. 'Procesbeschrijving ...'" / "C. Memo ..."):
# lettered sections' headings stand apart, their text between them.
CAPITAL_LETTERED_LINE = re.compile(r"[A-Z]\. (?=\S)")
LETTERED_LINES_MIN = 3


def _capital_lettered_lines(texts: list[str]) -> set[int]:
    """The text lines of runs lettered "A.", "B.", "C." ... on lines right under each other, the
    first under a line ending in a colon (LETTERED_LINES_MIN items at least)."""
    found: set[int] = set()
    for index in compress(range(1, len(texts)), (text[:3] == "A. " for text in texts[1:])):
        if not texts[index - 1].rstrip().endswith(":"):
            continue
        end = index
        while end < len(texts) and CAPITAL_LETTERED_LINE.match(texts[end]) \
                and ord(texts[end][0]) == ord("A") + end - index:
            end += 1
        if end - index >= LETTERED_LINES_MIN:
            found.update(range(index, end))
    return found


def _starts_item(layout: _Layout, k: int, start: int, in_item: bool) -> bool:
    """Text line k opens a list item.  A numbered or dashed line that item_marker cannot settle
    from the line above alone opens one where the layout ended the line group above (see
    _ends_group): under a heading ("Ontmoeting" / "- Continueren ...") a dash opens no aside,
    nor does a dash over another (see _dash_run)."""
    prev, nxt = layout.texts[k - 1], layout.texts[k]
    if LONE_MARKER.match(nxt) and not (k + 1 < len(layout.texts) and _marker_awaits_text(layout, k + 1)):
        return False                # a marker alone with no text to open: no empty item
    if item_marker(nxt, prev, in_item) is not None or _letter_o_run(layout.texts, k) or _dash_column(layout, k) \
            or _glued_dash_column(layout, k) or _glued_next_item(layout, k, start, in_item) \
            or _glued_dash_beside_items(layout, k, start):
        return True
    return bool(ORDERED.match(nxt) or DASH.match(nxt)) and _ends_group(layout, k, start) \
        and (item_marker(nxt, prev, in_item, after_break=True) is not None or _dash_run(layout, k))


def _letter_o_run(texts: list[str], k: int) -> bool:
    """Text line k and the line under it open with a lower-case "o" and a capital ("o Naam: ...",
    "o Email: ..."): a word processor's second-level bullets, a list even where nothing announces
    it.  One such line alone may be the word "o" (lists.LETTER_O)."""
    return k + 1 < len(texts) and all(LETTER_O.match(text) and text[1:].lstrip()[:1].isupper()
                                      for text in texts[k:k + 2])


def _dash_run(layout: _Layout, k: int) -> bool:
    """Text line k and the next dashed line open with the same dash ("Witte donderdag" /
    "- om 15 u viering" / "- om 20 u: ..."): a run of dashed lines is a list, even in lower case;
    an aside between dashes opens one line at most.  The next dashed line may stand under the
    rest of line k's item (up to DASH_ITEM_LINES lines in all, no blank line between), whose
    lines open in lower case: they continue the item, not a new sentence."""
    texts = layout.texts
    here = DASH.match(texts[k])
    if here is None:
        return False
    for under in range(k + 1, min(len(texts), k + DASH_ITEM_LINES + 1)):
        if layout.gaps[under]:
            return False
        dash = DASH.match(texts[under])
        if dash is not None:
            return dash.group(1) == here.group(1)
        if not texts[under][:1].islower():
            return False
    return False


# Lines in a row opening with the same dash: a list, whatever stands above it.
DASH_COLUMN_LINES = 3


def _dash_column(layout: _Layout, k: int) -> bool:
    """Text line k and the DASH_COLUMN_LINES - 1 lines right under it open with the same dash,
    no blank line or page between ("welke eigenschappen heeft een vierkant?" / "- breedte" /
    "- hoogte" / "- positie"): a column of dashed items even in lower case and under a line
    the layout did not end.  A dash opening an aside stands once, or twice around it, never
    at the start of three lines in a row."""
    texts = layout.texts
    if k + DASH_COLUMN_LINES > len(texts):
        return False
    here = DASH.match(texts[k])
    if here is None:
        return False
    for under in range(k + 1, k + DASH_COLUMN_LINES):
        dash = DASH.match(texts[under])
        if dash is None or dash.group(1) != here.group(1) or layout.gaps[under] or layout.lines[under].page_start:
            return False
    return True


def _glued_next_item(layout: _Layout, k: int, start: int, in_item: bool) -> bool:
    """Text line k opens with the next marker of the item open since text line start, glued to a
    capitalised word ("g) Information ..." / "h)Förderung der Kontakte ..."): the text layer lost
    the space after it, and its place in the numbering tells it is a marker."""
    glued = GLUED_ORDERED.match(layout.texts[k])
    current = ORDERED.match(layout.texts[start]) if in_item and glued else None
    return current is not None and glued is not None and next_marker(current.group(1), glued.group(1))


def _glued_dash_column(layout: _Layout, k: int) -> bool:
    """Text line k opens with a dash glued to a capitalised word ("-Torte essen"), as do at
    least DASH_COLUMN_LINES - 1 other lines among the DASH_COLUMN_LINES above and below it (a
    wrapped item's line between them allowed) with no blank line or page between them and
    line k: a column of bullets typed without their space."""
    texts = layout.texts
    if not GLUED_DASH.match(texts[k]):
        return False
    return sum(1 for index in _lines_around(layout, k, DASH_COLUMN_LINES) if GLUED_DASH.match(texts[index])) \
        >= DASH_COLUMN_LINES


def _lines_around(layout: _Layout, k: int, reach: int) -> range:
    """Text line k and the lines up to reach above and below it with no blank line or page
    between them and line k."""
    low = k
    while low > max(0, k - reach) and not layout.gaps[low] and not layout.lines[low].page_start:
        low -= 1
    high = k + 1
    while high < min(len(layout.texts), k + reach + 1) and not layout.gaps[high] and not layout.lines[high].page_start:
        high += 1
    return range(low, high)


# Lines from a dash glued to its word to the nearest dashed item of the same list (an item's
# wrapped lines between them).
GLUED_DASH_REACH = 8


def _glued_dash_beside_items(layout: _Layout, k: int, start: int) -> bool:
    """Text line k opens with a dash glued to a word (see GLUED_DASH: "-Dhr. L. Muusse vraagt
    ..."), under a line that ended a sentence, or under a line of its own that ended its line group
    on no function word ("4. Jaarverslagen 2008"; "Autorinnen und" / "-Autoren" stays a suspended
    compound, "... voor de groep in Zuid" / "-Limburg." a compound broken before its hyphen inside
    a sentence that goes on from the line above it), and the nearest line above or
    below it that opens with a dash (GLUED_DASH_REACH lines at most, no blank line or page between)
    opens with the same dash and its space, an item by itself ("- Dhr. J. Lubbers vraagt ..."):
    read as an item of that list whose space was not typed."""
    texts = layout.texts
    glued = GLUED_DASH.match(texts[k])
    if glued is None:
        return False
    ended = ends_sentence(texts[k - 1]) or (_ends_group(layout, k, start) and _opens_group(layout, k - 1, start)
                                            and not ends_on_function_word(texts[k - 1], layout.words.function_words))
    around = _lines_around(layout, k, GLUED_DASH_REACH)
    above, below = range(k - 1, around.start - 1, -1), range(k + 1, around.stop)
    return ended and any(_nearest_dash(layout, lines) == glued.group(1) for lines in (above, below))


def _opens_group(layout: _Layout, k: int, start: int) -> bool:
    """Text line k opens a line group: the first line, under a sentence's end, or where the
    layout ended the group above (see _ends_group)."""
    return k == 0 or ends_sentence(layout.texts[k - 1]) or _ends_group(layout, k, start)


def _nearest_dash(layout: _Layout, lines: range) -> str | None:
    """The dash with its space opening the first of the lines that opens with one, when it opens
    an item by itself (see lists.item_marker: "... sectie 1.5.3)." / "–Of–" stays text under the
    dash of "printportaal" / "– zie de uitzondering ..."); else None."""
    texts = layout.texts
    at = next((index for index in lines if DASH.match(texts[index])), None)
    if at is None or at == 0 or not item_marker(texts[at], texts[at - 1], False):
        return None
    return DASH.match(texts[at]).group(1)  # type: ignore[union-attr]  # matched above


def _ends_group(layout: _Layout, k: int, start: int) -> bool:
    """The layout ended a line group before text line k: a blank line, a line ending short
    (the next word would have fitted), or a heading-like group above ("Geadviseerde besluiten" /
    "1. Zien de deelnemers ...") that does not end on a function word."""
    prev = layout.texts[k - 1]
    if layout.gaps[k] >= (2 if layout.double else 1):
        return True
    if _short(prev, layout.texts[k], layout.width(k - 1), 0.15):
        return True
    return (k - start <= DISPLAY_MAX_LINES and not ends_on_function_word(prev, layout.words.function_words)
            and layout.display(start, k))


def _marker_awaits_text(layout: _Layout, k: int) -> bool:
    """Text line k - 1 is a marker or section number alone ("a.", "1.1"), or a provision's label
    and number alone a blank line over its title ("Hoofdstuk 1" / blank / "Context"), and line
    k, on the same page, is text opening in a letter: pdftotext set the number apart from its
    text (a hanging indent, a number in its own column), and the text belongs to it.  (A label
    right over its line, "Artikel 35" / "De schriftelijke stemmingen zijn anoniem", may head a
    provision's text.)"""
    above, nxt = layout.texts[k - 1], layout.texts[k]
    set_apart = lone_number(above) or _section_number_apart(layout, k) \
        or (layout.gaps[k] > 0 and layout.words.label_alone.match(above) is not None)
    return set_apart and not layout.lines[k].page_start and not lone_number(nxt) and unnumbered(nxt)[:1].isalpha()


def _section_at_page_top(layout: _Layout, k: int) -> bool:
    """Text line k opens its page with a section number and a word in a capital ("3.3. Umsetzung
    der Beschlüsse", "7.2 Wahl des Vorstands"), in a text that numbers its sections, or under a
    line ending on a word short of the measure where the line itself is heading-shaped (a
    signature, "Piet de Vries" / "secretaris" / page / "2.3 Actielijst": a sentence broken by the
    page fills its last line, see _heading_shaped): a section's
    heading, though the page before broke off without a full stop (a time, "11:55 Uhr: Felix
    verlässt die Versammlung", or a list's last item).  Elsewhere a number opening a page may be
    the rest of a sentence ("... kostete" / "3.5 Millionen Euro"); a chapter's number its bar sets
    off from the word ("1 | Einleitung") never is: the bar is a heading's or a folio's."""
    text = layout.texts[k]
    chapter = CHAPTER_BAR_OPENING.match(text)
    number = chapter or SECTION_NUMBER_OPENING.match(text)
    if number is None or not text[number.end():].lstrip()[:1].isupper():
        return False
    prev = layout.texts[k - 1]
    return chapter is not None or layout.numbers_sections \
        or (prev[-1:].isalpha() and _short(prev, text, layout.width(k - 1), 0.15) and _heading_shaped(layout, k))


def _heading_shaped(layout: _Layout, k: int) -> bool:
    """Text line k reads as a heading, not as the rest of a sentence the page broke: it closes no
    sentence ("2.3 Millionen Euro und wird im Herbst beginnen, sagt der Vorstand.") and ends its
    paragraph or short of the measure (a sentence running on fills its line)."""
    text = layout.texts[k]
    if ends_sentence(text):
        return False
    return k + 1 == len(layout.texts) or layout.gaps[k + 1] > 0 \
        or _short(text, layout.texts[k + 1], layout.width(k), 0.15)


def _section_number_opens(layout: _Layout, k: int) -> bool:
    """Text line k is a section number set apart from its title below (see _section_number_apart)
    and from the text above: a blank line, a page's start or a full sentence ends that text.  A
    number right under an open line goes on with it ("Digikoppeling Identificatie" / "1.4.2": a
    version)."""
    return k + 1 < len(layout.texts) and _section_number_apart(layout, k + 1) \
        and (layout.gaps[k] > 0 or layout.lines[k].page_start or ends_sentence(layout.texts[k - 1]))


def _section_number_apart(layout: _Layout, k: int) -> bool:
    """Text line k - 1 is a bare number ("4") or a section number ("4.2") a blank line at most
    above a title-like line on its page (see _title_like): a chapter's or section's
    number set apart from its title by a tab, in a text that numbers its sections ("2.1 ...");
    elsewhere a bare number over a title is as often a page number the furniture passes did not
    know, or a page reference of a newsletter's "in this issue"."""
    number, title = layout.texts[k - 1], layout.texts[k]
    chapter = number.isdigit() and len(number) <= 2 and number != "0"
    if not ((chapter or SECTION_NUMBER.match(number)) and layout.gaps[k] <= 1 and not layout.lines[k].page_start):
        return False
    return (layout.numbers_sections or _first_section_under(layout, k, number)) and _title_like(title)


def _first_section_under(layout: _Layout, k: int, number: str) -> bool:
    """The text line under title line k (a blank line between at most) opens the numbered
    chapter's first section: "1" / "Catechese vóór Trente" / "1.1 De laatmiddeleeuwse catechese"."""
    return k + 1 < len(layout.texts) and layout.gaps[k + 1] <= 1 \
        and bool(FIRST_SECTION.match(layout.texts[k + 1])) and layout.texts[k + 1].startswith(f"{number}.1")


def _title_like(text: str) -> bool:
    """NUMBERED_TITLE_WORDS words at most, the first a word opening in a capital ("BBQ",
    "On-going ..."), no full stop."""
    words = text.split()
    return len(words) <= NUMBERED_TITLE_WORDS and words[0][:1].isupper() and words[0].replace("-", "").isalpha() \
        and not ends_sentence(text)


def _numbered_under(heading: str, line: str) -> bool:
    """The line opens with a list marker, is a number alone (its text under it), or opens with
    a section number inside the heading's own number ("1. Name ..." / "1.1 Der Verein ...",
    "Artikel 3 Gebruik ..." / "3.1. Logius ...")."""
    return bool(ORDERED_ITEM.match(line)) or lone_number(line) or _section_inside(heading, line)


def _section_inside(heading: str, line: str) -> bool:
    """The line opens with a section number inside the heading's own number ("1.1 Der Verein ..."
    under "1. Name", "2.1 | Scope" under "2 | Introduction")."""
    section = SECTION_NUMBER_OPENING.match(line)
    own = HEADING_NUMBER.match(heading)
    return bool(section and own and section.group().startswith(own.group(1) + "."))


def lone_number(text: str) -> bool:
    """A list marker ("1.", "b)", "(iv)") or a section number ("4.2", "4.2.1.") alone on a line."""
    return len(text) <= LONE_NUMBER_MAX_CHARS and bool(LONE_MARKER.match(text) or SECTION_NUMBER.match(text))


def unnumbered(text: str) -> str:
    """The text after a leading list marker or section number: "a) Titel" -> "Titel"."""
    if not (text[:1].isdigit() or text[:1] == "(" or text[1:2] in (".", ")") or text[:1] in "ivxIVX"):
        return text                 # (what every marker and number starts with: most lines)
    match = ORDERED_ITEM.match(text) or SECTION_NUMBER_OPENING.match(text)
    return text[match.end():].lstrip() if match else text


def _blocks(layout: _Layout, starts: list[int], items: list[bool]) -> tuple[Block, ...]:
    """The blocks opening at the given text lines."""
    ends = starts[1:] + [len(layout.lines)]
    # Each line as its block's text holds it, and its number: made for all lines at once.
    pieces = list(map(add, layout.texts, map(GLUE, layout.lines)))
    numbers = list(map(NUMBER, layout.lines))
    return tuple(map(partial(_block, layout, pieces, numbers), starts, ends, items))


def _block(layout: _Layout, pieces: list[str], numbers: list[int], start: int, end: int, item: bool) -> Block:
    """The block of the text lines from start up to end."""
    own = pieces[start:end]
    offsets = tuple(zip(accumulate(map(len, own), initial=0), numbers[start:end]))
    kind = "item" if item else "display" if layout.display(start, end) else "paragraph"
    return Block(kind, "".join(own).rstrip(), offsets, tuple(layout.lengths[start:end]),
                 layout.lines[start].page_start, layout.gaps[start])


def _question_headings(blocks: Blocks) -> Blocks:
    """A short question standing apart from the text above but set right on top of the text
    below ("Voor wie bouwen we?" / "De gemeente heeft ...") is a heading: a paragraph that is
    a question has the same space after it as before it.  Where every paragraph stands apart
    ("... successful." / blank / "What does this mean for you?" / blank / "Your team will ..."),
    a question of a line or two as far from the text above as from the text below or farther,
    over a paragraph of several lines, asks what that paragraph answers: a heading too.  A
    question of a word or two is a grid's or a form's label ("WIE?", "Doelgroep?")."""
    out = list(blocks)
    for index in range(len(out) - 1):
        block, below = out[index], out[index + 1]
        if (block.kind == "paragraph" and len(block.widths) <= 2 and len(block.text) <= QUESTION_MAX_CHARS
                and block.text.endswith("?") and _opens(block.text) and block.gap_before > 0
                and len(block.text.split()) >= QUESTION_MIN_WORDS
                and below.kind == "paragraph" and not below.page_start
                and (below.gap_before == 0 or (below.gap_before <= block.gap_before and len(below.widths) > 1))):
            out[index] = replace(block, kind="display")
    return tuple(out)


QUESTION_MAX_CHARS = 80
QUESTION_MIN_WORDS = 3     # a question of a word or two is a grid's or a form's label: "WIE?", "Doelgroep?"
_NOT_ASCII_LOWER = re.compile("[^a-z]")
_COMMA = re.compile(",")


def _to_test(text_lines: list[Line], gaps: list[int]) -> list[int]:
    """The indexes (from 1) of the text lines that may not be common continuation lines: those
    opening with anything but an ASCII lower-case letter (other lower-case letters are tested
    line by line), those after a line ending in a comma, on a new page or after a blank line."""
    texts = list(map(TEXT, text_lines))                      # text lines: never empty
    # One character a line: a position in these strings is a line index.
    firsts, lasts = "".join(map(_FIRST_CHAR, texts)), "".join(map(_LAST_CHAR, texts))
    found = {match.start() for match in _NOT_ASCII_LOWER.finditer(firsts)}
    found.update(match.end() for match in _COMMA.finditer(lasts))     # the line after the comma
    # Lines that may open a lettered item ("a. ...", "b) ...", "ii. ...", "o ..."): their first two
    # characters, a line's pair standing at its index.
    found.update(index for index, pair in enumerate(map(_FIRST_TWO, texts)) if pair[1:] in _LETTER_ITEM_SECONDS
                 or pair in _ITEM_PAIRS)
    indexes = list(range(len(text_lines)))                   # made once, not by each compress
    found.update(compress(indexes, map(PAGE_START, text_lines)))
    found.update(compress(indexes, gaps))                     # a blank line before
    found.discard(0)
    found.discard(len(text_lines))
    return sorted(found)


_FIRST_CHAR, _LAST_CHAR, _FIRST_TWO = itemgetter(0), itemgetter(-1), itemgetter(slice(0, 2))
_LETTER_ITEM_SECONDS = (".", ")")
_ITEM_PAIRS = frozenset({"ii", "iv", "vi", "ix", "xi", "xv", "xx", "o "})      # Roman numerals, a bullet o


def _join(layout: _Layout, k: int, start: int, in_item: bool) -> str | None:
    """How text line k joins the block open since text line start: _NEW_BLOCK where it opens a
    new block instead, else the reason to report ("" for none); a reason marks a rejoined page
    or column break."""
    if layout.lines[k - 1].glue == "":
        return ""
    prev, nxt, gap, double = layout.texts[k - 1], layout.texts[k], layout.gaps[k], layout.double
    words = layout.words
    if k - 1 == start and _titled(prev) and _opens(nxt) and not gap and not layout.lines[k].page_start:
        return ""                   # "HOMELESSNESS IN SCOTLAND:" / its subtitle
    if _capitals_with_figures(nxt) and layout.capitals_run_starts[k - 1] <= start and not gap \
            and not layout.lines[k].page_start:
        return ""                   # a heading in capitals over two lines is one heading
    if _capitals_over_text(layout, k, start):
        return _NEW_BLOCK           # "PAPERS PLEASE" / "65% of researchers ...": a heading in capitals over its text
    if _section_number_opens(layout, k):
        return _NEW_BLOCK           # "... mentor promo." / "4" / "BBQ": the number opens the heading under it
    signal_gap = gap >= (2 if double else 1)
    page_start = layout.lines[k].page_start
    page = page_start or (double and gap == 0)
    upper = _opens(nxt)
    if in_item and k - 1 == start and not gap and _between_items(layout, k):
        return ""                   # "1) De Jonge Athleet" / "DJA" / "2) ...": a table's second cell
    # Is the block above a display?  (Most blocks are too long to be one: that is tested first.)
    display = (upper or signal_gap) and k - start <= DISPLAY_MAX_LINES and layout.display(start, k)
    # (A figure after a heading-like group may continue it, "Vooruitblik op / 2030", or be a
    # time, "14.30 Rondleiding"; a numbered line does not: a list item, or a section of the
    # group's own number, "1. Name" / "1.1 Der Verein ...".)
    # (An item's line of more words than a heading holds is a wrapped sentence where the next
    # word only just fits: "8. Voorstel tot het indienen ... voornemen GGD" / "Hollands Noorden ...".)
    # (A line ending on a joining sign goes on in the line right under it: "Ronald Prins, co-founder Hunt &" /
    # "Hackett".)
    slack = ITEM_SLACK if in_item and len(prev.split()) > HEADING_LINE_WORDS else 0
    if upper and (not nxt[:1].isdigit() or _numbered_under(layout.texts[start], nxt)) and display \
            and not ends_on_function_word(prev, words.function_words) and not (ends_on_joining_sign(prev) and not gap) \
            and not _goes_on(" ".join(layout.texts[start:k]), nxt, words) \
            and not _aside_over_its_sentence(layout, k, start) and not _wraps_a_contents_title(layout, start, k) \
            and (signal_gap or page or (_fits(prev, nxt, layout.column(k - 1), slack)
                                        and not _fills_its_column(layout, k - 1))):
        return _NEW_BLOCK           # a heading-like line group
    if signal_gap and display and (words.byline.match(nxt) or words.name_with_title.match(nxt)):
        return _NEW_BLOCK           # a byline under a title
    big_gap = gap >= (3 if double else 2) and not page_start
    if ends_sentence(prev):
        if not upper:       # joined across a blank line or page: said in the report
            reason = "lower case continues after a full stop or colon" if signal_gap or page else ""
        elif signal_gap or big_gap:
            return _NEW_BLOCK       # a blank line after a full sentence
        elif page and not in_item:
            return _NEW_BLOCK       # a new page after a full sentence
        elif _heading_between(layout, k):
            return _NEW_BLOCK       # a heading line set between two paragraphs, no blank lines
        elif k in layout.labels:
            return _NEW_BLOCK       # a label of the document's series over its text, however short
        elif words.enumerator.match(nxt):
            return _NEW_BLOCK       # an enumerating opener after a full sentence
        # A list item's lines are nearly full until its last; a paragraph's lines are ragged.
        elif _short(prev, nxt, layout.width(k - 1), ITEM_SLACK if in_item else 0.15):
            return _NEW_BLOCK       # the line ends short after a full sentence
        else:
            reason = ""
    elif upper and big_gap:
        return _NEW_BLOCK           # a wide gap
    elif upper and ends_in_web_address(prev) and (_heading_between(layout, k) or (page_start and not in_item)):
        # "... http://www.gov.scot/homelessstats" / "Notes on the statistics" / text; or a new page after
        # the address, as after a full stop
        return _NEW_BLOCK
    elif upper and signal_gap and not page and _short(prev, nxt, layout.width(k - 1), 0.15):
        return _NEW_BLOCK           # a short line before a blank line (a column break leaves a full line)
    elif upper and signal_gap and not ends_on_function_word(prev, words.function_words) \
            and _heading_over_its_text(layout, k):
        # "... the outcomes of this paper" / "" / "Semi-literacy" / "In various regions, ...": a column
        # broke the sentence above, and the next column opens with a heading over its own text
        return _NEW_BLOCK
    elif nxt[:1].isupper() and signal_gap and not page and _lone_short_line(layout, k - 1):
        return _NEW_BLOCK           # a page's short first line over a blank line: a name or a title, not a column's end
    elif upper and page_start and _alone_on_page(layout, k):
        return _NEW_BLOCK           # a heading alone on its page, not the rest of the sentence
    elif upper and page_start and _section_at_page_top(layout, k):
        return _NEW_BLOCK           # "3.3. Umsetzung ..." opening a page: a section, not the rest of a sentence
    elif upper and page_start and _repeats_a_line(layout, k):
        return _NEW_BLOCK           # "International" / "polarisation" opening a page, as in the contents: a heading
    elif upper and page_start and _repeats_the_first_line(layout, k):
        return _NEW_BLOCK           # a cover's title printed again atop the next page: no sentence's end
    elif upper and page_start and in_item and _heads_a_list(layout, k) \
            and _short(prev, nxt, layout.width(k - 1), ITEM_SLACK):
        return _NEW_BLOCK           # a list item ends short of the measure, a new page opens with a list's heading
    else:
        reason = "sentence continues across a page or column break" if (gap and not double) or page else ""
    # A letter's parts only ever open a block, so they are looked for last, where the layout
    # would join: most lines are settled without these patterns.
    if (prev[-1:] == "," and words.salutation.match(prev)) \
            or (len(prev) <= words.closing_max and words.closing.match(prev)) \
            or (len(nxt) <= words.closing_max and words.closing.match(nxt)):
        return _NEW_BLOCK           # a salutation above, or a closing formula above or below
    return reason


# Lines this many either side show how full a line of the column runs where a sentence wraps.
WRAPPED_WINDOW = 6
WRAPPED_EVIDENCE = 2
WRAPPED_LINE_WORDS = 6             # a heading of fewer words is told by its look, not its length
WRAPPED_SLACK = 2                  # characters a line may fall short of its column's wrapped lines


def _fills_its_column(layout: _Layout, k: int) -> bool:
    """Text line k runs as long as lines nearby where a sentence wraps (the line under them goes
    on in lower case): WRAPPED_EVIDENCE of them at least are no longer.  Such a line is a
    paragraph's full first line, not a heading, even where longer lines of another column or a
    table stand near it ("Nach dieser kleinen Einführung programmieren alle" / "Gruppen einmal
    das ..." in a column of lines that long).  Under a blank line or at a page's top, where a
    heading is set apart, the line under it must be no longer too: a heading there is shorter
    than the text under it, a paragraph's first line runs as long as its next ("We recommend
    that European Standards Organisations (ESOs) establish a dedicated" / "IPR mode that ...")."""
    texts, lengths = layout.texts, layout.lengths
    wrapped = [lengths[j] for j in range(max(0, k - WRAPPED_WINDOW), min(len(texts) - 1, k + WRAPPED_WINDOW))
               if j != k and not layout.gaps[j + 1] and not layout.lines[j + 1].page_start
               and texts[j + 1][:1].islower()]
    no_longer = sum(length <= lengths[k] + WRAPPED_SLACK for length in wrapped)
    set_apart = layout.gaps[k] or layout.lines[k].page_start
    return not HEADING_NUMBER.match(texts[k]) \
        and len(texts[k].split()) >= WRAPPED_LINE_WORDS and no_longer >= WRAPPED_EVIDENCE \
        and 2 * no_longer >= len(wrapped) and (not set_apart or lengths[k + 1] <= lengths[k] + WRAPPED_SLACK)


def _between_items(layout: _Layout, k: int) -> bool:
    """Does the short line k stand between a one-line item and the next item of its list, without
    blank lines ("1) De Jonge Athleet" / "DJA" / "2) Huishoudelijk Reglement" / "HHR")?  Then it
    is the item's second cell or the end of its text, not a heading.  Between items bulleted alike
    only where the line closes a clause as a list's clauses close, with a semicolon ("• Er moeten
    afspraken ... het Google Apple" / "Exposure Notification framework;" / "• Zonder ..."): bullets
    do not count on, so the line's own close must show it ends the item's clause."""
    texts = layout.texts
    if k + 1 >= len(texts) or layout.gaps[k + 1] or layout.lines[k + 1].page_start \
            or len(texts[k]) > len(texts[k - 1]):
        return False
    above, below = ORDERED_ITEM.match(texts[k - 1]), ORDERED_ITEM.match(texts[k + 1])
    if above and below:
        return next_marker(above.group(1), below.group(1))
    above, below = ITEM_BULLET.match(texts[k - 1]), ITEM_BULLET.match(texts[k + 1])
    return bool(above and below and above.group(1) == below.group(1) and SEMICOLON_END.search(texts[k]))


# A line shorter than this share of the text's measure cannot have ended a column.
LONE_LINE_SHARE = 0.5


def _lone_short_line(layout: _Layout, k: int) -> bool:
    """Text line k opens the text or a page and is short against the measure of the whole text,
    not only of its neighbours: on a cover ("open\\ABC" / "" / "Vereinsstatuten" / "Stand: ...")
    every line is short, so the lines around say nothing; a sentence that a blank line under its
    page's first line broke (a column's end) fills that line."""
    return (k == 0 or layout.lines[k].page_start) and len(layout.texts[k]) < LONE_LINE_SHARE * layout.measure


def _heading_between(layout: _Layout, k: int) -> bool:
    """Text line k is a heading set between two paragraphs without blank lines ("... kort
    geschetst." / "Vrijwilligheid" / "De vrijwillige ..."): after a full stop, opening in a
    capital, short (under HEADING_LINE_SHARE of the column and of the line under it, or ending
    where the first word under it would have fitted, with the slack of proportional type), a few
    words at most, not ending in punctuation nor on a function word, with a long line of text
    under it opening in a capital.  A body line is that short only where its paragraph ends,
    and then it ends a sentence (a question there may be the paragraph's last sentence, so a
    question is left alone).  The column is the longest line nearby, but no longer than the text's
    measure: a line the text layer ran on past the column ("... voor zover daarover in het
    openbaar kan worden gecommuniceerd." / "Vraag 4") does not make the lines around it short.
    After a lead-in's colon, a label of the document's series heads its text too ("... face
    structural limitations:" / "Quarterly Pressures:" / "Public companies ..."): the lead-in
    announces the labelled paragraphs (see _Layout.labels)."""
    above = layout.texts[k - 1]
    ended = above[-1:] in SENTENCE_MARKS or ends_in_web_address(above) or (above.endswith(":") and k in layout.labels)
    return ended and _heading_over_its_text(layout, k)


def _heading_over_its_text(layout: _Layout, k: int) -> bool:
    """Text line k looks like a heading over the text under it (see _heading_between)."""
    texts = layout.texts
    if k + 1 >= len(texts) or layout.gaps[k + 1] or layout.lines[k + 1].page_start:
        return False
    line, below, width = texts[k], texts[k + 1], min(layout.width(k), layout.measure)
    short = HEADING_LINE_SHARE * min(width, len(below))
    ended_early = len(line) < short or _short(line, below, width, 0.15)
    return (unnumbered(line)[:1].isupper()
            and ended_early
            and len(below) >= HEADING_LINE_SHARE * width
            and len(line.split()) <= HEADING_LINE_WORDS
            and (_end_mark(line) not in _PUNCTUATION or k in layout.labels)
            and not ends_on_function_word(line, layout.words.function_words)
            and _opens(below) and not below[:1].isdigit() and not _goes_on(line, below, layout.words))


def _wraps_a_contents_title(layout: _Layout, start: int, k: int) -> bool:
    """The group's lines with text line k read a title of the printed contents, a heading wrapped
    where the contents prints it on one line ("4 | Illustrated application of the Cyber
    Resilience" / "Act"): the line goes on with the heading."""
    return bool(layout.contents) and bare_title(" ".join(layout.texts[start:k + 1])) in layout.contents


def _goes_on(text: str, nxt: str, words: Vocabulary) -> bool:
    """The heading-like text goes on in the next line: a noun its article awaits, the rest of
    its sentence, or an aside in brackets after its last word (see ASIDE_GOES_ON)."""
    return _awaits_noun(text, nxt, words) or _sentence_ends_under(text, nxt, words) \
        or ASIDE_GOES_ON.match(nxt) is not None


# A line opening with an aside in brackets, then a word in lower case: "(OMB) released OMB
# Memorandum ...", '("Stewards") introduced by the ...', "(Centraal Bureau voor de Statistiek
# (CBS)) shows that ...".  The aside explains the last word of the line above, and the sentence
# goes on after it: that line began a sentence, it heads none.  (A remark under a heading,
# "(4x)", "(Zie de bijlage)", goes on with no word; a list item's marker, "(a) de voorzitter", is
# no aside.)
ASIDE = r"\((?![a-zA-Z]\)|[ivxIVX]{1,4}\)|\d{1,3}\))(?:[^()]|\([^()]*\))*\)[,;:]?"
ASIDE_GOES_ON = re.compile(rf"^{ASIDE}\s+[^\W\d_A-Z]")
ASIDE_ALONE = re.compile(rf"^{ASIDE}$")


# Words at most of a one-line heading over a remark in brackets: a liturgy's or a song's item ("Lied 416",
# "Gebed om ontferming", "Refrein"); a longer line over an aside is a sentence's lead-in ("We thank the City of Leeds").
ASIDE_HEADING_WORDS = 3


def _aside_over_its_sentence(layout: _Layout, k: int, start: int) -> bool:
    """Text line k is an aside in brackets alone on its line under the block open since text line
    start, and the line under it goes on in lower case, no blank line between ("In various regions,
    the Dutch reading and" / "writing foundation" / "(Stichting Lezen & Schrijven)" / "is focusing
    part of ..."; "We thank the City of Leeds" / "(Culture Department)" / "for its generous support
    ..."): the aside explains the last word above, and the sentence reads on under it, so the lines
    above head nothing.  A short heading of one line keeps its remark under it whatever follows
    ("Lied 416" / "(Gemeente staande)" / "ga met God ...", a hymn's verse in lower case; "Refrein" /
    "(2x)"); a remark under a heading of two lines has text of its own under it, opening in a
    capital."""
    texts = layout.texts
    return (k - 1 > start or len(texts[start].split()) > ASIDE_HEADING_WORDS) and k + 1 < len(texts) \
        and ASIDE_ALONE.match(texts[k]) is not None and texts[k + 1][:1].islower() and not layout.gaps[k + 1] \
        and not layout.lines[k + 1].page_start


def _awaits_noun(text: str, nxt: str, words: Vocabulary) -> bool:
    """In a language that writes its nouns with a capital, the text ends on an article and
    lower-case words only, the last an inflected adjective, and the next line opens with a
    capitalised word that is no function word: the noun the article awaits ("Wikimedia
    Deutschland ist die älteste und größte" / "Länderorganisation: ...", "... die Idee eines
    künftigen" / "Begegnungscafés ...").  An article right after a comma is left alone: there it
    may be a relative pronoun ("Menschen, die helfen")."""
    tokens = text.split()
    if not words.noun_articles or not tokens or not tokens[-1].endswith(words.adjective_endings) \
            or not tokens[-1].islower() or not nxt[:1].isupper() or first_word(nxt).lower() in words.function_words:
        return False
    for index in range(len(tokens) - 2, -1, -1):
        if tokens[index].lower() in words.noun_articles:
            return index == 0 or not tokens[index - 1].endswith(",")
        if not tokens[index][:1].islower():
            return False        # a capitalised word after the article: its noun came
    return False


# The next line's first sentence ends on its first, second or third word, a word of three letters
# or more (no abbreviation, "Dr.", no initial), and the next sentence opens in a capital after it,
# or the line ends there: "Overheid. Deze omvat ...", "Wuytack negentig. Hij ...", "Resources.".
SENTENCE_TAIL = re.compile(r"^(?:\S+ ){0,2}[^\W\d_][^\W\d_A-Z]{2,}[.!?](?: +[„“‘\"(]?[A-Z]|$)")


def _sentence_ends_under(text: str, nxt: str, words: Vocabulary) -> bool:
    """The text under a heading opens a sentence of its own.  Where the text ends on a capitalised
    word and the next line's first sentence ends after a word or three, none of them a function
    word first ("... onder het regime van de Wet Digitale" / "Overheid. Deze omvat ...", "Eind
    september wordt Frans" / "Wuytack negentig. Hij ..."), a name runs on over the line's end and
    the text above is its sentence's beginning: no heading.  (A heading ending in lower case may
    have a sentence of one word under it, "Artikel 7. Loopbaanoriëntatie raadsleden" /
    "Vervallen."; an academic title opening a name, "Prof. Dr. Kim Putters", is no sentence.)"""
    return len(text.split()) > 1 and last_word(text)[:1].isupper() and bool(SENTENCE_TAIL.match(nxt)) \
        and first_word(nxt).lower() not in words.function_words and not words.name_with_title.match(nxt)


def _alone_on_page(layout: _Layout, k: int) -> bool:
    """Text line k is the only text of its page, like a heading (the "References" over a page
    of notes the footnote pass took out): a few words, no punctuation at its end, and the line
    above it does not stop on a function word ("... by the" / "Board" would go on).  The rest
    of a sentence carried over a page ends on its full stop."""
    texts = layout.texts
    alone = k + 1 >= len(texts) or layout.lines[k + 1].page_start
    line = texts[k]
    return alone and len(line.split()) <= HEADING_LINE_WORDS and _end_mark(line) not in _PUNCTUATION \
        and not ends_on_function_word(texts[k - 1], layout.words.function_words)


# Lines at most of a run at a page's top that _repeats_a_line takes for a heading.
REPEATED_RUN_LINES = 2


def _repeats_a_line(layout: _Layout, k: int) -> bool:
    """Text line k opens a page with a run of a line or two that a blank line (or its first
    section's title, see _its_first_section) sets apart from the text under it, that text opening in
    a capital, and the run's words are a title of the printed contents: a heading, repeated from
    its entry there ("... via a project" / page / "International" / "polarisation" / "" /
    "Minister for ..."), not the rest of the sentence broken at the foot of the page before (a
    note or a picture took its end).  Another line the run repeats is no such evidence: a name in
    a list of those present, a choir's name in a programme ("... wordt gekozen" / page / "Anna
    Jansen"); nor is a run ending on a full stop, the end of a sentence, where the title has none
    (a title asking a question keeps its mark).  A line above ending on a function word ("... in
    the chapter on the") awaits the run, so it is left alone, and so is a run of one word (a
    name); and a run opening other pages too is a running head the contents names, kept as the
    contents' line: a heading is printed once."""
    texts, gaps, lines = layout.texts, layout.gaps, layout.lines
    last = next((index for index in range(k, min(k + REPEATED_RUN_LINES, len(texts) - 1))
                 if gaps[index + 1] or lines[index + 1].page_start or _its_first_section(layout, k, index + 1)), None)
    if last is None or lines[last + 1].page_start \
            or (gaps[last + 1] < (2 if layout.double else 1) and not _its_first_section(layout, k, last + 1)):
        return False
    run = " ".join(texts[k:last + 1])
    return len(run.split()) > 1 and _opens(texts[last + 1]) \
        and not ends_on_function_word(texts[k - 1], layout.words.function_words) \
        and bare_title(run) in layout.contents and layout.page_tops[texts[k]] == 1


def _repeats_the_first_line(layout: _Layout, k: int) -> bool:
    """Text line k opens a page with the text's first line again, word for word, where the page
    above ended on a display line, short of the column, and the line under the repeat does not go
    on in lower case ("Data Expedition: Jugendbeteiligung," atop the cover and atop the page after
    it, under the cover's date "15. – 16. Juni 2018" and over "Demokratie & Digitalisierung"): the
    title a cover prints and the first page prints again.  (Where the page above ended a sentence,
    _join opened a block before asking this.)  The
    same line as a running head may cut a sentence: a full line above, or one ending on a function
    word, awaits the rest, and a line in lower case under the head is that rest ("... ihre
    Schülerinnen und Schüler" / head / "motiviert haben."); a line of one word may be a sentence's
    word ("Vereniging").  All these are left alone."""
    texts = layout.texts
    return k > 0 and texts[k] == texts[0] and len(texts[k].split()) > 1 \
        and not ends_on_function_word(texts[k - 1], layout.words.function_words) \
        and _short(texts[k - 1], texts[k], layout.column(k - 1), 0.15) \
        and (k + 1 == len(texts) or _opens(texts[k + 1]))


def _its_first_section(layout: _Layout, k: int, under: int) -> bool:
    """Text line `under` is a title of the printed contents numbered inside the chapter whose
    heading opens with line k: a chapter's heading may stand right over its first section's ("2 |
    Introduction" / "2.1 | Increasingly regulated ..."), no blank line between.  Titles of the
    contents without such a number are as often the lines of one heading ("Health and" / "Social
    Care") or chapters named in a sentence ("te weten" / "Wonen en zorg" / "Verkeer en
    veiligheid")."""
    return _section_inside(layout.texts[k], layout.texts[under]) and bare_title(layout.texts[under]) in layout.contents


def _unbalanced(text: str) -> bool:
    """A bracket opened and not closed (the text goes on), or closed and not opened (it began
    before)."""
    return text.count("(") != text.count(")") or text.count("[") != text.count("]")


# A quotation mark that opens a quotation: at the line's start or after a space or bracket, a
# word right after it (a Dutch elision, "‘s avonds", "‘t", opens none).
OPENING_QUOTE = re.compile(r"(?:^|(?<=[\s(\[]))[„“‘«‹\"](?=\w)(?![st]\s)")
QUOTE_MARKS = re.compile(r"[„“”‘’«»‹›\"]")


def _quote_left_open(text: str) -> bool:
    """The last quotation mark of the text opens a quotation: the quotation goes on after it."""
    marks = [match.start() for match in QUOTE_MARKS.finditer(text)]
    return bool(marks) and OPENING_QUOTE.match(text, marks[-1]) is not None


def _capitals(text: str) -> bool:
    """A line of words in capitals only (no figures, no signs but a hyphen, an apostrophe, a
    comma, an ampersand or a colon, and a question or exclamation mark at its end): "ARMOEDE EN
    SCHULDEN", "IN DE REGIO NOORD", "JOBHULPMAATJE?"."""
    words = text[:-1] if text[-1:] in "?!" else text
    return words.isupper() and all(character.isalpha() or character in CAPITALS_SIGNS for character in words)


def _capitals_with_figures(text: str) -> bool:
    """A line in capitals (see _capitals) but for its whole numbers: a section's number, a day, a
    year ("4 OVERVIEW AND ASSESSMENT OF THE FINANCIAL AND NON-FINANCIAL PERFORMANCE" / "FOR THE
    PERIOD 1 APRIL 2020 TO 31 MARCH 2021"), words the most of it."""
    words = [word for word in text.split() if not word.isdigit()]
    return len(words) * 2 > len(text.split()) and _capitals(" ".join(words))


def _capitals_over_text(layout: _Layout, k: int, start: int) -> bool:
    """The block open since text line start is a few lines in capitals ("PAPERS PLEASE",
    "FUF-ACTIVITEITENKALENDER") and text line k opens a text in mixed case (not "... NADER" /
    "RAPPORT1", a note's number glued to the heading): body text is not set in capitals, so the
    capitals head the text, however narrow its column or whatever it opens with ("65% of
    researchers ...")."""
    return k - start <= DISPLAY_MAX_LINES and _in_capitals(layout.texts[start:k]) \
        and _opens(layout.texts[k]) and any(map(str.islower, layout.texts[k]))


def _label_in_capitals(texts: list[str]) -> bool:
    """Lines in capitals closed by a label's colon: "CULTUUR:", "MEEST GELIEFD:" (not a
    sentence's last line that ends on an abbreviation, "... van het" / "GSB:")."""
    return texts[-1].endswith(":") and _in_capitals(texts)


def _in_capitals(texts: list[str]) -> bool:
    """Lines in capitals only (see _capitals), CAPITALS_HEADING_LETTERS letters at least."""
    return all(map(_capitals, texts)) and sum(map(str.isalpha, "".join(texts))) >= CAPITALS_HEADING_LETTERS


def _titled(text: str) -> bool:
    """A title in capitals over its subtitle: "HOMELESSNESS IN SCOTLAND:" (two words or more in
    capitals, ending in a colon)."""
    return text.endswith(":") and text.isupper() and len(text.split()) > 1


def _title_case_label(text: str, function_words: frozenset[str]) -> bool:
    """A label in title case ending in a colon, two words or more, no figures and no sentence
    inside: "Fragmentation of Effort:", "Open Forum Europe, FSFE, Linux Foundation Europe:";
    not "Based on this, we found the following:" nor "Week 4:"."""
    label = text[:-1].split()
    return text.endswith(":") and 1 < len(label) <= HEADING_LINE_WORDS and not any(map(str.isdigit, text)) \
        and not _INNER_PUNCTUATION(text[:-1]) \
        and all(word[:1].isupper() or not word[:1].isalnum() or word.lower() in function_words for word in label)


def _sentence_case_label(text: str, function_words: frozenset[str]) -> bool:
    """A label ending in a colon, in any case, opening in a capital, HEADING_LINE_WORDS words at
    most, no figures and no sentence inside: "Openingsuren:", "Fiscaal attest:"; not "Week 4:" nor
    "Zie hierboven. Verder:".  A label names a thing: it neither opens nor ends on a function word,
    as a sentence's lead-in does with its subject or object ("De raad besluit unaniem:", "Wij
    vragen u het volgende:", "Onze doelstelling is:")."""
    label = text[:-1].split()
    return text.endswith(":") and 0 < len(label) <= HEADING_LINE_WORDS and text[:1].isupper() \
        and not any(map(str.isdigit, text)) and not _INNER_PUNCTUATION(text[:-1]) \
        and label[0].lower() not in function_words and not ends_on_function_word(text[:-1], function_words)


def _running_words(text: str) -> bool:
    """Most words of the line open in lower case: a sentence runs on in it, not a row of names
    ("Jan de Vries, Piet Jansen, Marie Bakker (notulen)") nor a title's words."""
    words = [word for word in text.split() if word[:1].isalpha()]
    return 2 * sum(word[:1].islower() for word in words) > len(words)


# Punctuation that ends a sentence or a clause inside a line (a comma may list names).
_INNER_PUNCTUATION = re.compile(r"[.:;!?](?:\s|$)").search


def _name_in_lower_case(text: str) -> bool:
    """The line opens with a name spelled in lower case but with a capital inside ("open\\ABC",
    "eFormulier", "iDeal"): a logo or a product's name, which a display line may open with
    (a sentence's continuation opens with a lower-case word)."""
    word = first_word(text)
    return word[:1].islower() and any(map(str.isupper, word[1:]))


def _opens(text: str) -> bool:
    """The line could open a paragraph: a capital, digit, quote or bracket first."""
    first = text.lstrip("‘’“”'\"`([„")[:1]
    return first.isupper() or first.isdigit() or (first != "" and not first.isalnum())


def _heads_a_list(layout: _Layout, k: int) -> bool:
    """Text line k stands over a list item and ends in no punctuation: a heading or a lead-in
    of the list under it ("Carrera Bahn" / "• 3 Stimmen: ..."), not the rest of a sentence."""
    return k + 1 < len(layout.texts) and layout.texts[k][-1:] not in ".,;:!?" \
        and may_open_item(layout.texts[k + 1])


def _short(prev: str, nxt: str, width: int, slack: float) -> bool:
    """The next line's first word would have fitted on this line, with slack for the
    proportional type of the original (a line of narrow letters holds more characters)."""
    slack = max(2, round(slack * width))
    return len(prev) + 1 + len(first_word(nxt)) <= width - slack


def _fits(prev: str, nxt: str, width: int, slack: float) -> bool:
    """A heading line: clearly short of the column, or the next word would have fitted (with
    `slack`, a share of the width, to spare)."""
    return len(prev) < 0.8 * width or len(prev) + 1 + len(first_word(nxt)) <= width - round(slack * width)


_HAS_BRACKET = re.compile(r"[()\[\]]").search
# A sentence of six words or more ending inside a line and another opening after it ("... all
# member territories. A Digital"): body text, not a heading (a slogan's short sentences, "Meer
# natuur. Meer bos.", may be one; a word in lower case before the full stop: not "Dr. A. Smith").
_INNER_SENTENCE_END = re.compile(r"(?:[^\s.!?]+ ){5}[^\W\d_A-Z]{3,}[.!?] +[A-Z]").search
# A section number: "4.2", "4.2.1", "1.1." (a single "4." is a list marker).
SECTION_DIGITS = r"\d{1,2}(?:\.\d{1,2}){1,3}"
SECTION_NUMBER = re.compile(rf"^{SECTION_DIGITS}\.?{SECTION_BAR}$")
# (with a word after it: "20.45 - 21.30" is a time); its group 1 the number without its full stop
# and bar, the match ending before the word.
SECTION_NUMBER_OPENING = re.compile(rf"^({SECTION_DIGITS})\.?{SECTION_BAR}(?=\s+[^\W\d_])")
# A chapter's number that a bar sets off from the word after it, after the number's full stop maybe
# ("1 | Einleitung", "1. | Inleiding"; a time is no chapter's: "12.00 | Lunch").
CHAPTER_BAR_OPENING = re.compile(rf"^\d{{1,2}}\.?{BAR}(?=\s+[^\W\d_])")

# A heading's number, maybe after a label: "1. Name", "Artikel 3 Gebruik", "§ 2 Zweck".
HEADING_NUMBER = re.compile(r"^(?:\S+\s+)?(\d{1,2}(?:\.\d{1,2})*)")

# A number or letter with its bracket before a text: "1)", "(a)", "II]" (for counting brackets).
LEADING_MARKER = re.compile(r"^\(?[\dA-Za-z]{1,4}[.\])]\s+")

# A sub-heading numbered with a Roman numeral: "I.", "II]", "IV)".
ROMAN_NUMBERED = re.compile(r"^[IVX]{1,4}[.\])]\s+[A-Z]")


_PUNCTUATION = frozenset(".,;:!?")
# A line ending in a note number glued after a word's punctuation ("een school.2"): it ends on
# that punctuation (a section number, "Artikel 1.1", has a figure before its full stop).
NOTE_AFTER_PUNCTUATION = re.compile(r"[^\W\d_][’”'\")\]]*([.,;:!?])[’”'\")\]]*\d{1,3}$")


# Quotation marks closing after a line's last word or stop, in the four languages' styles (German
# „…“ and ‚…‘, French « … » with its spaces inside).
_CLOSING_QUOTES = "’”“‘'\"»« "


def _end_mark(text: str) -> str:
    """The character a line ends on, a glued note number after punctuation left out, and so are the
    closing quotation marks of a quotation after its full stop: the sentence around it ends there
    ("Schmidt: „Ohne euch geht es nicht.“", "Dupont : « Sans vous, rien ne serait possible. »",
    "His answer was short: “No.”"; a work's name inside a display is _names_a_work).
    A quotation ending on ? or ! is as often a heading's quoted title ('Interview: „Wir müssen
    reden!“', 'Comment: “Why not now?”'), and the stop in a bracket an abbreviation's ("Appendix B
    (cont.)", "Mitgliederentwicklung (Stand: 31.12.)"): those lines end on their closing mark.  So
    does a line that is a quotation or an aside as a whole: a quoted question heads a section ('"Why
    Not Just Industry Funding?"'), an initial's stop ends no sentence ("(René P.)").  A bracket the
    line closes and does not open ends an aside begun above, its sentence's stop before it ("(I’ll
    leave you to decide" / "who is the ‘Compo’!!)")."""
    if text[:1] in _OPENING_MARKS:
        bare = text
    elif _unbalanced(text):
        bare = text.rstrip(_CLOSING_QUOTES + ")]")
    else:
        stripped = text.rstrip(_CLOSING_QUOTES)
        bare = stripped if stripped.endswith(".") else text
    if not bare[-1:].isdigit():
        return bare[-1:]
    match = NOTE_AFTER_PUNCTUATION.search(bare)
    return match.group(1) if match else bare[-1:]


def _names_a_work(text: str, below: str) -> bool:
    """The line ends on a single word quoted with its stop and the line under it goes on in lower
    case: a work's name in a programme's item ('Song: “Memory.”' / 'sung by the youth choir'), no
    sentence's end.  A single word quoted at a sentence's end has a sentence or a capital after it
    ("His answer was short: “No.”" / "The board ...")."""
    stripped = text.rstrip(_CLOSING_QUOTES)
    opening = max(map(stripped.rfind, QUOTE_OPENING))
    return stripped != text and stripped.endswith(".") and opening >= 0 \
        and " " not in stripped[opening + 1:].strip() and below[:1].islower()


_PUNCTUATION_INSIDE = _PUNCTUATION - {","}


def _double_spaced(gaps: list[int]) -> bool:
    """Most lines are followed by exactly one blank line (judged on a text of some length)."""
    inner = gaps[1:]
    return len(inner) >= 8 and inner.count(1) >= 0.6 * len(inner)

