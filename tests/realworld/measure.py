"""Measure the pipeline on one real-world document against a careful editor's expectations.

A document of the corpus is its description (tests/realworld/docs/<id>.toml: provenance and the
`[expect]` table) and its `pdftotext` text (<id>.txt in the corpus folder).  `measure` runs the
pipeline in memory as `publish build` does, without a TOML (the title must come from the text),
renders the HTML preview and compares it with the expectations; `measure_html` is that comparison
alone, on any preview HTML, so it can be tested on small hand-written pages.

"Visible reading text" is what a screen reader reads of the preview: the front matter (title
page, front lines), <main>, the notes and the colophon's contact lines, without any element
marked aria-hidden="true" and without note reference numbers.  It is taken block by block
(paragraph, heading, list item, note; a <br/> also ends a line): a must_read phrase has to stand
inside one block, so a sentence cut in two by a page break counts as missing.
"""
from __future__ import annotations

import os
import re
import tomllib
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from bs4 import BeautifulSoup, NavigableString, Tag
from bs4.element import Comment, Declaration, Doctype, ProcessingInstruction

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"
CORPUS = HERE / "corpus"
SPLITS = ("dev", "heldout")

# Where the visible reading text lives in the preview (see templates/html/page.html.j2): the
# generated contents (nav) and the edition's own colophon lines are not the author's text.
READING_AREAS = "header.front, main, section#noten, footer .colophon p.contact"
BLOCK_TAGS = frozenset({
    "address", "article", "aside", "blockquote", "body", "caption", "dd", "div", "dl", "dt",
    "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "li", "main",
    "nav", "ol", "p", "pre", "section", "table", "td", "th", "tr", "ul"})
SKIPPED_TAGS = frozenset({"script", "style", "template", "head"})
HEADING_TAGS = ("h1", "h2", "h3", "h4", "h5", "h6")
NOT_TEXT = (Comment, Declaration, Doctype, ProcessingInstruction)

# Typographic variants a cleaning pass may legitimately choose: compared as one.
SAME_CHARACTERS = str.maketrans({
    "‘": "'", "’": "'", "‚": "'", "‛": "'", "′": "'", "`": "'", "´": "'", "‹": "'", "›": "'",
    "“": '"', "”": '"', "„": '"', "‟": '"', "″": '"', "«": '"', "»": '"',
    "‐": "-", "‑": "-", "‒": "-", "–": "-", "—": "-", "―": "-", "−": "-",
    "…": "...", "\u00ad": None, "\u200b": None, "\u200c": None, "\u200d": None, "\u2060": None,
    "\ufeff": None})
WORD = re.compile(r"[^\W_]+")
# A note reference left in the text as a plain number: glued to a word or after a space.
NOTE_NUMBER = r"(?:\d{1,3})?"
TRAILING_PUNCTUATION = re.compile(r"^(.*?)([.,;:!?)\]\"']*)$")
ROMAN = re.compile(r"^(?=[ivxlcdm]+$)m{0,3}(cm|cd|d?c{0,3})(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})$", re.IGNORECASE)
BULLET = "•"


# ----------------------------------------------------------------------------- the corpus

@dataclass(frozen=True)
class ExpectedList:
    """A list as printed: its first item's opening words, the number or letter it starts at
    (0 for a bullet list), its number of items."""

    first: str
    start: int | str
    items: int


@dataclass(frozen=True)
class Expectation:
    """The `[expect]` table of a corpus description."""

    title: str
    authors: tuple[str, ...]
    headings: tuple[str, ...]
    furniture: tuple[str, ...]
    notes: int
    note_labels: str
    lists: tuple[ExpectedList, ...]
    contents: bool
    must_read: tuple[str, ...]
    must_not_read: tuple[str, ...] = ()
    remarks: str = ""


@dataclass(frozen=True)
class CorpusDocument:
    """One described document of the corpus."""

    id: str
    kind: str
    language: str
    split: str
    pages: int
    extract: str
    expect: Expectation
    description: Path

    def text_path(self, folder: Path | None = None) -> Path:
        return (folder or corpus_folder()) / f"{self.id}.txt"


def corpus_folder() -> Path:
    """The folder holding <id>.txt: $PUBLISH_REALWORLD, or tests/realworld/corpus."""
    override = os.environ.get("PUBLISH_REALWORLD")
    return Path(override) if override else CORPUS


def load_corpus(docs: Path = DOCS) -> list[CorpusDocument]:
    """Every description in docs/, sorted by id."""
    return [load_description(path) for path in sorted(docs.glob("*.toml"))]


def load_description(path: Path) -> CorpusDocument:
    """One docs/<id>.toml; a missing or mistyped key raises ValueError naming the file."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        source, expect = data["source"], data["expect"]
        expectation = Expectation(
            title=str(expect["title"]), authors=tuple(expect["authors"]),
            headings=tuple(expect["headings"]), furniture=tuple(expect["furniture"]),
            notes=int(expect["notes"]), note_labels=str(expect["note_labels"]),
            lists=tuple(ExpectedList(str(item["first"]), item["start"], int(item["items"]))
                        for item in expect["lists"]),
            contents=bool(expect["contents"]), must_read=tuple(expect["must_read"]),
            must_not_read=tuple(expect.get("must_not_read", ())), remarks=str(expect.get("remarks", "")))
        for pattern in expectation.furniture:
            re.compile(pattern)
        if source["split"] not in SPLITS:
            raise ValueError(f"split must be one of {SPLITS}, not {source['split']!r}")
        return CorpusDocument(id=path.stem, kind=source["kind"], language=source["language"],
                              split=source["split"], pages=int(source["pages"]), extract=source["extract"],
                              expect=expectation, description=path)
    except (KeyError, TypeError, ValueError, re.error, tomllib.TOMLDecodeError) as error:
        raise ValueError(f"{path}: not a valid corpus description ({type(error).__name__}: {error})") from None


# ----------------------------------------------------------------------------- the figures

@dataclass(frozen=True)
class HiddenBlock:
    """An element hidden from assistive technology, and whether its words stand in the visible text."""

    text: str
    words: int
    copied: bool


@dataclass(frozen=True)
class Matches:
    """Names or headings a careful editor expects, against those the edition gives: which were
    found, which missed, and which the edition gives that no expected one matches."""

    expected: tuple[str, ...]
    found: tuple[str, ...]
    missed: tuple[str, ...]
    extra: tuple[str, ...]

    @property
    def matched(self) -> int:
        return len(self.expected) - len(self.missed)


@dataclass(frozen=True)
class NoteScore:
    """Notes the document prints, notes in the edition, and notes a reference links to."""

    expected: int
    in_edition: int
    linked: int
    unlinked_references: int

    @property
    def linked_capped(self) -> int:
        """Linked notes, counting no more than the document prints."""
        return min(self.linked, self.expected)

    @property
    def extra(self) -> int:
        """Notes the edition makes beyond those the document prints: body text moved into a
        note or a false marker, worse than a note missed."""
        return max(0, self.in_edition - self.expected)


@dataclass(frozen=True)
class ListScore:
    """An expected list: is its first item there, and is it announced with the printed number?"""

    first: str
    expected: str
    found: str | None
    items_expected: int
    items_found: int | None

    @property
    def right(self) -> bool:
        return self.found == self.expected


@dataclass(frozen=True)
class Figures:
    """Everything measured on one document."""

    words_in: int | None
    unaccounted: int | None
    unaccounted_words: tuple[tuple[str, int], ...]
    hidden: tuple[HiddenBlock, ...]
    furniture_left: tuple[tuple[str, str], ...]
    must_read_missing: tuple[str, ...]
    headings: Matches
    notes: NoteScore
    lists: tuple[ListScore, ...]
    title_found: str
    title_expected: str
    authors: Matches = Matches((), (), (), ())

    @property
    def hidden_words(self) -> int:
        """Words hidden from assistive technology that do not also stand in the visible text."""
        return sum(block.words for block in self.hidden if not block.copied)

    @property
    def title_ok(self) -> bool:
        return key(self.title_found) == key(self.title_expected)

    @property
    def lists_right(self) -> int:
        return sum(score.right for score in self.lists)


# ----------------------------------------------------------------------------- measuring

def measure(document: CorpusDocument, text_path: Path | None = None) -> Figures:
    """Run read -> clean -> structure -> HTML preview on the document's text, without a TOML,
    and compare the result with the document's expectations."""
    from publish.clean import clean
    from publish.config import SourceConfig
    from publish.render.html import render_html
    from publish.source import read_source
    from publish.structure import structure

    source = read_source(text_path or document.text_path())
    cleaned = clean(source)
    edition = structure(cleaned, SourceConfig(), source.name)
    html = render_html(edition, media="screen")
    return measure_html(html, document.expect, title=edition.metadata.title, account=conservation(cleaned, edition),
                        authors=tuple(person.name for person in edition.metadata.authors), source=source.lines)


def conservation(cleaned, edition):
    """The conservation account of publish.audit, or None where that module is not there."""
    try:
        from publish.audit import audit
    except ImportError:
        return None
    return audit(cleaned, edition)


def measure_html(html: str, expect: Expectation, title: str, account=None, authors: tuple[str, ...] = (),
                 source: tuple[str, ...] = ()) -> Figures:
    """Compare a rendered preview page with the expectations; `title` is the edition's
    metadata title, `authors` its metadata authors' names, `account` the conservation account
    (or None when it is not available), `source` the source text's lines."""
    soup = BeautifulSoup(html, "html.parser")
    lines = reading_lines(soup)
    return Figures(
        words_in=account.words_in if account is not None else None,
        unaccounted=_missing(account),
        unaccounted_words=tuple(account.unaccounted) if account is not None else (),
        hidden=hidden_blocks(soup, lines),
        furniture_left=furniture_left(lines, expect.furniture, expect.must_not_read, source),
        must_read_missing=must_read_missing(lines, expect.must_read),
        headings=heading_score(soup, expect.headings, expect.title),
        notes=note_score(soup, expect.notes),
        lists=tuple(list_score(soup, expected) for expected in expect.lists),
        title_found=title, title_expected=expect.title, authors=author_score(expect.authors, authors))


def _missing(account) -> int | None:
    if account is None:
        return None
    return sum(count for _, count in account.unaccounted)


# ----------------------------------------------------------------------------- text

def normalise(text: str) -> str:
    """Text as compared: compatibility forms, one kind of quote and dash, single spaces."""
    text = unicodedata.normalize("NFKC", text).translate(SAME_CHARACTERS)
    return " ".join(text.split())


def key(text: str) -> str:
    """Normalised and case-folded, for headings and titles."""
    return normalise(text).casefold()


def words(text: str) -> list[str]:
    return WORD.findall(normalise(text).casefold())


def author_score(expected: tuple[str, ...], found: tuple[str, ...]) -> Matches:
    """An expected author is named when a found name holds its words, or its words hold the found
    name's, case and punctuation aside ("ir. C.M. Schut, MPA" and "Schut" both name "C.M. Schut")."""
    def named(one: str, other: str) -> bool:
        a, b = _name_key(one), _name_key(other)
        return bool(a and b) and (f" {a} " in f" {b} " or f" {b} " in f" {a} ")
    missed = tuple(name for name in expected if not any(named(name, person) for person in found))
    extra = tuple(person for person in found if not any(named(name, person) for name in expected))
    return Matches(expected, found, missed, extra)


def _name_key(name: str) -> str:
    """A name's words, case-folded, with full stops and commas as spaces ("C.M. Schut," is "c m schut")."""
    return " ".join(re.sub(r"[.,;:]", " ", key(name)).split())


def _is_hidden(tag: Tag) -> bool:
    return tag.get("aria-hidden") == "true"


def _is_noteref(tag: Tag) -> bool:
    """A note reference or a note's link back to it: the edition's own, no text of the source."""
    return bool({"noteref", "backlink"} & set(tag.get("class") or ())) or tag.get("role") in ("doc-noteref",
                                                                                             "doc-backlink")


def reading_lines(soup: BeautifulSoup) -> list[str]:
    """The visible reading text, one string per block (whitespace collapsed, note references,
    back links and hidden elements left out), in document order."""
    lines: list[str] = []
    for area in soup.select(READING_AREAS):
        if not any(_is_hidden(parent) for parent in area.parents if isinstance(parent, Tag)):
            lines.extend(_block_lines(area))
    return lines


def _block_lines(root: Tag) -> list[str]:
    lines: list[str] = []
    buffer: list[str] = []

    def flush() -> None:
        text = " ".join("".join(buffer).split())
        if text:
            lines.append(text)
        buffer.clear()

    def walk(node: Tag) -> None:
        for child in node.children:
            if isinstance(child, NavigableString):
                if not isinstance(child, NOT_TEXT):
                    buffer.append(str(child))
            elif child.name == "br":
                flush()
            elif child.name in SKIPPED_TAGS or _is_hidden(child) or _is_noteref(child):
                continue
            elif child.name in BLOCK_TAGS:
                flush()
                walk(child)
                flush()
            else:
                walk(child)

    if not _is_hidden(root):
        walk(root)
        flush()
    return lines


def _own_text(tag: Tag, nested_lists: bool = False, hidden_parts: bool = False) -> str:
    """The text of an element without note references, hidden elements and nested lists
    (nested lists and hidden elements kept when asked for)."""
    parts: list[str] = []
    for child in tag.children:
        if isinstance(child, NavigableString):
            if not isinstance(child, NOT_TEXT):
                parts.append(str(child))
        elif (_is_noteref(child) or child.name in SKIPPED_TAGS or (child.name in ("ol", "ul") and not nested_lists)
              or (_is_hidden(child) and not hidden_parts)):
            continue
        else:
            text = " " if child.name == "br" else _own_text(child, nested_lists, hidden_parts)
            parts.append(f" {text} " if child.name in BLOCK_TAGS else text)
    return "".join(parts)


# ----------------------------------------------------------------------------- hidden text

def hidden_blocks(soup: BeautifulSoup, lines: list[str]) -> tuple[HiddenBlock, ...]:
    """Each outermost aria-hidden element with words, and whether those words stand as a copy in
    the visible reading text: in order and close together, as the conservation account defines a
    display quote's copy (`publish.audit.copied_words`)."""
    from publish.audit import copied_words, words as account_words
    visible = [word for line in lines for word in account_words(line)]
    found = []
    for element in soup.find_all(attrs={"aria-hidden": "true"}):
        if any(_is_hidden(parent) for parent in element.parents if isinstance(parent, Tag)):
            continue
        text = " ".join(_own_text(element, nested_lists=True, hidden_parts=True).split())
        hidden = account_words(text)
        if hidden:
            found.append(HiddenBlock(text, len(hidden), len(copied_words(hidden, visible)) == len(hidden)))
    return tuple(found)


# ----------------------------------------------------------------------------- furniture, phrases

# A furniture regex anchored to a line ("^/{20,}$", "^Title / 1\\.03\\.19$") misses its line where a
# cleaning pass glued it into a paragraph.  Inside a paragraph it is sought without its anchors,
# between spaces, and a match counts only where it is sure to be the printed line, not the text's
# own words: GLUED_FURNITURE_MIN characters at least (a folio's or a date's pattern, "^\\d{1,2}$",
# "^7 mei 2024$", matches a sentence's figures and dates); then a drawn rule, one mark repeated
# ("//////"), anywhere in the paragraph but after a label ("Naam: ______" is a form's line to fill
# in, the document's own; a row of figures "0 1 1 0" is no rule either); words with a figure
# ("1.03.19 / Interfederale samenwerking", a running foot's date or number) only past the
# paragraph's start (a title or a heading opening with the running head's words is that title)
# and where the source text never holds them amid a line.  A running head of words alone is not
# sought: they are also the title's, a heading's, a contents line's or the body's ("der bis dahin
# unsere Software-Entwicklung leitete"), which a paragraph cannot tell from a glued copy.
GLUED_FURNITURE_MIN = 20
_LINE_ANCHORS = re.compile(r"^\^(?:\\s\*)?|(?:\\s\*)?(?<!\\)\$$")
_LETTER, _DIGIT = re.compile(r"[^\W\d_]"), re.compile(r"\d")
_DRAWN_RULE = re.compile(r"^([^\w\s]|_)\1*$")


def furniture_left(lines: list[str], patterns: tuple[str, ...], strings: tuple[str, ...] = (),
                   source: tuple[str, ...] = ()) -> tuple[tuple[str, str], ...]:
    """(line, what it matched) for each reading line holding page furniture: a furniture
    regex (re.search on the line as rendered or as normalised, since typography may have
    turned the printed '.....' into '…'), a line's regex glued into the line (see
    GLUED_FURNITURE_MIN; `source`: the source text's lines), or a must_not_read string
    (compared normalised)."""
    compiled = [(pattern, re.compile(pattern)) for pattern in patterns]
    glued = [(pattern, _glued_form(pattern)) for pattern in patterns if _LINE_ANCHORS.search(pattern)]
    source = tuple(map(normalise, source)) if glued else ()
    wanted = [(string, normalise(string)) for string in strings if normalise(string)]
    left = []
    for line in lines:
        forms = (line, normalise(line))
        hit = next((pattern for pattern, regex in compiled if any(regex.search(form) for form in forms)), None)
        if hit is None:
            hit = next((pattern for pattern, regex in glued
                        if any(_glued_furniture(match, source) for form in forms for match in regex.finditer(form))),
                       None)
        if hit is None:
            hit = next((string for string, norm in wanted if norm in normalise(line)), None)
        if hit is not None:
            left.append((line, hit))
    return tuple(left)


def _glued_form(pattern: str) -> re.Pattern:
    """A line's furniture regex as found inside a paragraph: without its line anchors, between
    spaces or the paragraph's ends."""
    return re.compile(rf"(?<!\S)(?:{_LINE_ANCHORS.sub('', pattern)})(?!\S)")


def _glued_furniture(match: re.Match, source: tuple[str, ...]) -> bool:
    """The match of a line's furniture regex inside a paragraph is that line glued in (see
    GLUED_FURNITURE_MIN; `source`: the source text's lines, normalised)."""
    found = match.group()
    if len(found) < GLUED_FURNITURE_MIN:
        return False
    if _DRAWN_RULE.match(found):
        return not match.string[:match.start()].rstrip().endswith(":")
    found = normalise(found)
    amid_a_line = any(found in line and line != found for line in source)
    return match.start() > 0 and bool(_LETTER.search(found)) and bool(_DIGIT.search(found)) and not amid_a_line


def must_read_missing(lines: list[str], phrases: tuple[str, ...]) -> tuple[str, ...]:
    """The phrases that stand in no reading block (quotes, dashes and spaces normalised; a
    note number left in the text, glued or after a space, is ignored)."""
    blocks = [normalise(line) for line in lines]
    return tuple(phrase for phrase in phrases
                 if not any(_phrase_pattern(phrase).search(block) for block in blocks))


def _phrase_pattern(phrase: str) -> re.Pattern:
    tokens = []
    for token in normalise(phrase).split(" "):
        core, punctuation = TRAILING_PUNCTUATION.match(token).groups()
        tokens.append(re.escape(core) + NOTE_NUMBER + re.escape(punctuation) + NOTE_NUMBER)
    return re.compile(r"(?<!\w)" + r" (?:\d{1,3} )?".join(tokens) + r"(?!\w)")


# ----------------------------------------------------------------------------- headings, title

def heading_score(soup: BeautifulSoup, expected: tuple[str, ...], title: str = "") -> Matches:
    """Expected headings against the h1-h6 inside <main> (chapter titles included), compared
    case-folded with normalised spaces, quotes and dashes.  A found heading equal to the
    expected title is the title, neither matched nor extra."""
    main = soup.find("main")
    found = [" ".join(_own_text(h).split()) for h in main.find_all(HEADING_TAGS)] if main else []
    unused = list(found)
    missed = []
    for heading in expected:
        match = next((candidate for candidate in unused if key(candidate) == key(heading)), None)
        if match is None:
            missed.append(heading)
        else:
            unused.remove(match)
    extra = tuple(heading for heading in unused if key(heading) != key(title) and heading)
    return Matches(tuple(expected), tuple(found), tuple(missed), extra)


# ----------------------------------------------------------------------------- notes

def note_score(soup: BeautifulSoup, expected: int) -> NoteScore:
    """Notes in the edition (items of section#noten with an id) and the notes that at least
    one note reference links to."""
    notes = soup.select("section#noten li[id]")
    ids = {note["id"] for note in notes}
    linked, unlinked = set(), 0
    for reference in soup.find_all(_is_noteref):
        target = (reference.get("href") or "").rpartition("#")[2]
        if reference.name == "a" and target in ids:
            linked.add(target)
        else:
            unlinked += 1
    return NoteScore(expected=expected, in_edition=len(notes), linked=len(linked), unlinked_references=unlinked)


# ----------------------------------------------------------------------------- lists

def list_score(soup: BeautifulSoup, expected: ExpectedList) -> ListScore:
    """Find the first list item (in <main>) whose text opens with `first` (spaces ignored, so a
    word the text layer split, 'E r', still matches; ending where a word ends, so 'pycon' is
    not found in an item 'PyConFr Toulouse') and the marker it is announced with."""
    main = soup.find("main")
    for tag in (main.find_all(("ol", "ul")) if main else ()):
        for item, marker in _markers(tag):
            if _opens_with(_own_text(item), expected.first):
                return ListScore(expected.first, expected_marker(expected.start), marker,
                                 expected.items, len(_items(tag)))
    return ListScore(expected.first, expected_marker(expected.start), None, expected.items, None)


def _opens_with(text: str, first: str) -> bool:
    """Does `text` open with the words of `first`, spaces ignored, the last word whole?"""
    wanted = _squeezed(first)
    seen = normalise(text).casefold()
    if not "".join(seen.split()).startswith(wanted):
        return False
    if not wanted or not wanted[-1].isalnum():
        return True
    consumed = 0
    for position, char in enumerate(seen):
        if char.isspace():
            continue
        consumed += 1
        if consumed == len(wanted):
            return not seen[position + 1:position + 2].isalnum()
    return True


def _squeezed(text: str) -> str:
    return "".join(normalise(text).casefold().split())


def _items(tag: Tag) -> list[Tag]:
    return [child for child in tag.find_all("li", recursive=False)]


def _markers(tag: Tag) -> list[tuple[Tag, str]]:
    """Each item of a list with the marker a reader hears: the bullet, or its number or letter
    (following `start`, `type` and an item's `value`)."""
    items = _items(tag)
    if tag.name == "ul":
        return [(item, BULLET) for item in items]
    kind = tag.get("type", "1")
    number = _integer(tag.get("start"), 1)
    markers = []
    for item in items:
        number = _integer(item.get("value"), number)
        markers.append((item, _format_marker(number, kind)))
        number += 1
    return markers


def _integer(value, default: int) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return default


def _format_marker(number: int, kind: str) -> str:
    if kind in ("a", "A"):
        return _letters(number)
    if kind in ("i", "I"):
        return _roman(number)
    return str(number)


def expected_marker(start: int | str) -> str:
    """The marker an expected list's first item is printed with: a bullet for 0, a number, a
    letter ('a'; compared in lower case), or a Roman numeral ('i', 'I', 'iv'; a single letter
    other than i is a letter)."""
    if isinstance(start, int):
        return BULLET if start == 0 else str(start)
    text = str(start).strip()
    if text.isdigit():
        return expected_marker(int(text))
    if ROMAN.match(text) and (len(text) > 1 or text.lower() == "i"):
        return _roman(_roman_value(text))
    return text.lower()


def _letters(number: int) -> str:
    letters = ""
    while number > 0:
        number, remainder = divmod(number - 1, 26)
        letters = chr(ord("a") + remainder) + letters
    return letters or "0"


ROMAN_DIGITS = (("m", 1000), ("cm", 900), ("d", 500), ("cd", 400), ("c", 100), ("xc", 90), ("l", 50),
                ("xl", 40), ("x", 10), ("ix", 9), ("v", 5), ("iv", 4), ("i", 1))


def _roman(number: int) -> str:
    out = ""
    for digits, value in ROMAN_DIGITS:
        while number >= value:
            out, number = out + digits, number - value
    return out or "0"


def _roman_value(text: str) -> int:
    text, total = text.lower(), 0
    for digits, value in ROMAN_DIGITS:
        while text.startswith(digits):
            total, text = total + value, text[len(digits):]
    return total
