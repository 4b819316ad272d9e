"""The document model: what every renderer reads, and nothing about OCR."""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from publish.report import Change


@dataclass(frozen=True)
class Text:
    """A run of plain text."""

    text: str


@dataclass(frozen=True)
class NoteRef:
    """A note reference as printed (the superscript number after a word)."""

    number: int


Inline = Text | NoteRef


def plain_text(content: tuple[Inline, ...]) -> str:
    """The text of inline content without its note references."""
    return "".join(part.text for part in content if isinstance(part, Text))


@dataclass(frozen=True)
class Paragraph:
    """A paragraph; style is "body", "lede" (an opening display paragraph) or "signature"."""

    content: tuple[Inline, ...]
    lines: tuple[int, int]
    style: str = "body"

    @property
    def text(self) -> str:
        return plain_text(self.content)


@dataclass(frozen=True)
class Heading:
    """A section heading inside a chapter: level 2 (section), 3 (sub-section) or 4 (below that)."""

    level: int
    content: tuple[Inline, ...]
    lines: tuple[int, int]

    @property
    def text(self) -> str:
        return plain_text(self.content)


@dataclass(frozen=True)
class ListItem:
    """An item of a list; `sub` is the list of sub-items the source sets under it ("3. The board:"
    / "(a) ..." / "(b) ..."), read after the item's own text, numbered in its own way."""

    content: tuple[Inline, ...]
    lines: tuple[int, int]
    sub: BulletList | None = None

    @property
    def text(self) -> str:
        return plain_text(self.content)


@dataclass(frozen=True)
class BulletList:
    """A list of items; ordered when the source numbered them.  An ordered list keeps the
    source's numbers: `start` is its first item's number and `numbering` how they are written,
    as HTML's list types: "1" (1, 2, 3), "a" / "A" (letters), "i" / "I" (Roman numerals)."""

    items: tuple[ListItem, ...]
    lines: tuple[int, int]
    ordered: bool = False
    start: int = 1
    numbering: str = "1"

    def walk(self) -> Iterator[ListItem]:
        """Every item in reading order: each item, then the items of its sub-list."""
        for item in self.items:
            yield item
            if item.sub is not None:
                yield from item.sub.walk()


@dataclass(frozen=True)
class PullQuote:
    """A display quote repeating a sentence of the body; never part of the reading order."""

    content: tuple[Inline, ...]
    lines: tuple[int, int]

    @property
    def text(self) -> str:
        return plain_text(self.content)


Block = Paragraph | Heading | BulletList | PullQuote


@dataclass(frozen=True)
class Person:
    """An author or contributor; role is free text such as "spreker" or "voorzitter"; refs are
    the note markers the source sets on the name's line, (place in the name, number) ("An de
    Vries*" over her affiliation)."""

    name: str
    role: str | None = None
    refs: tuple[tuple[int, int], ...] = ()


@dataclass(frozen=True)
class Chapter:
    """A chapter with its title and byline lines; kind is "chapter", "foreword" or "letter";
    title_refs are the note markers the source sets on its title line: (where in the title, the
    number of the characters before it; the note's number); byline_refs those on its byline's
    lines: (which line, where in it, number)."""

    id: str
    title: str
    byline: tuple[str, ...]
    blocks: tuple[Block, ...]
    lines: tuple[int, int]
    kind: str = "chapter"
    title_refs: tuple[tuple[int, int], ...] = ()
    byline_refs: tuple[tuple[int, int, int], ...] = ()


@dataclass(frozen=True)
class Note:
    """The text of a note, where the source has it."""

    number: int
    content: tuple[Inline, ...]


@dataclass(frozen=True)
class Metadata:
    """What a reader, a library or a shop knows the edition by."""

    title: str
    language: str = "nl"
    series: str | None = None
    subtitle: str | None = None
    authors: tuple[Person, ...] = ()
    publisher: str | None = None
    year: int | None = None
    contact: tuple[str, ...] = ()
    description: str | None = None
    rights: str | None = None


@dataclass(frozen=True)
class Picture:
    """A picture the TOML adds (a speaker's portrait, a cover picture): the file, what it shows for
    readers who cannot see it (alt), whose photograph it is (credit), an optional caption; place is
    "cover" or the number of the chapter it opens. Width and height are the file's, in pixels."""

    path: str
    alt: str
    credit: str
    width: int
    height: int
    caption: str | None = None
    place: str = "cover"

    @property
    def media_type(self) -> str:
        return "image/png" if self.path.lower().endswith(".png") else "image/jpeg"


@dataclass(frozen=True)
class SideBySide:
    """Where the source's text layer sets printed columns side by side on its lines (pdftotext
    -layout of a page in two columns), so that the edition, reading line after line, reads across
    the columns: the first page (counted from 1) where they were found, and the first and last
    source line of the stretch found there.  Or, with cells_run_on, a table's cells that run on to
    the next line beside another column's cell (publish.source._cells_run_on), each as (page, source
    line of the cell): the editions read the row across, into the next cell before the first one
    ends; page and lines are then the first such cell's page, its line and the next."""

    page: int
    lines: tuple[int, int]
    cells_run_on: tuple[tuple[int, int], ...] = ()

    @property
    def table(self) -> bool:
        """Whether what was found is a table's cells running on, not printed columns."""
        return bool(self.cells_run_on)

    @property
    def count(self) -> int:
        """How many source lines the stretch found spans."""
        return self.lines[1] - self.lines[0] + 1

    def __str__(self) -> str:
        if self.table:
            pages = sorted({page for page, _ in self.cells_run_on})
            return (f"source line{'s' if len(self.cells_run_on) > 1 else ''} "
                    f"{', '.join(str(line) for _, line in self.cells_run_on)} "
                    f"(page{'s' if len(pages) > 1 else ''} {', '.join(map(str, pages))})")
        return f"source lines {self.lines[0]}-{self.lines[1]} (page {self.page})"


@dataclass(frozen=True)
class Document:
    """One edition: metadata, front-page lines, chapters in reading order and notes; notes_heading
    is the source's own heading over its notes ("Noten", "Eindnoten"), when it has one; modified
    is when the source (or its TOML) last changed, in seconds since 1970, when known; pictures
    are the ones its TOML names; title_refs are the notes whose markers the source sets on the
    document's title line, (where in the title, number) as a chapter's (the title page prints
    them); title_notes say how an inferred title was made where a reader
    should check it (taken from the file name, or normalised), for the build report; changes are
    the house-style edits structuring made (heading labels, academic titles), for the cleaning
    report beside the cleaner's; side_by_side, where the source sets columns side by side on its
    lines (publish.source.columns_side_by_side): its reading order is not known to be right."""

    metadata: Metadata
    chapters: tuple[Chapter, ...]
    front_lines: tuple[str, ...] = ()
    notes: tuple[Note, ...] = field(default_factory=tuple)
    source_name: str = ""
    notes_heading: str = ""
    modified: int | None = None
    pictures: tuple[Picture, ...] = ()
    title_notes: tuple[str, ...] = ()
    changes: tuple[Change, ...] = ()
    title_refs: tuple[tuple[int, int], ...] = ()
    side_by_side: SideBySide | None = None

    def note_numbers_without_text(self) -> list[int]:
        """Note numbers printed in the text for which the edition has no note text."""
        with_text = {note.number for note in self.notes}
        return sorted({part.number for inline in self._inline_contents() for part in inline
                       if isinstance(part, NoteRef) and part.number not in with_text})

    def notes_left_out_of_plain_text(self) -> set[int]:
        """The note numbers a title or heading made plain text (the contents, the <title>) leaves
        out: those with a note text, and those whose numbering counts on (the number before or
        after is marked too: a real note whose text was lost).  A lone marker without a text keeps
        its figure there: a name's figure the cleaner took for a marker ("Class1 – Who we are")."""
        marked = self.note_references()
        return {note.number for note in self.notes} | {
            number for number in marked if number - 1 in marked or number + 1 in marked}

    def note_references(self) -> set[int]:
        """The numbers of the notes the edition refers to."""
        return set(self.note_reference_numbers())

    def note_reference_numbers(self) -> list[int]:
        """The number of each note reference in the edition, in reading order (one per reference)."""
        return [part.number for inline in self._inline_contents() for part in inline if isinstance(part, NoteRef)]

    def _inline_contents(self) -> Iterator[tuple[Inline, ...]]:
        yield tuple(NoteRef(number) for _, number in self.title_refs)
        yield tuple(NoteRef(number) for person in self.metadata.authors for _, number in person.refs)
        for chapter in self.chapters:
            yield tuple(NoteRef(number) for _, number in chapter.title_refs)
            yield tuple(NoteRef(number) for _, _, number in chapter.byline_refs)
            for block in chapter.blocks:
                if isinstance(block, BulletList):
                    yield from (item.content for item in block.walk())
                else:
                    yield block.content
