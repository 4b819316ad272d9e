"""The conservation account: where every word of the source went.

A word of the source is read (it stands in the document's reading order: front lines, chapter
titles and bylines, blocks, notes), removed as page furniture of a named kind (logged by the
cleaning pass that removed it), turned into structure (a list marker, read as the list's
numbering), or stands in a display quote whose words also stand in one block of the reading
order, in order and close together (a quote may leave out a word or two).  A word in none of
these is unaccounted for: lost, or hidden without a copy.

Words are counted as a multiset (a bag), so the account is linear in the text; a line-end hyphen
the cleaner joined ("maat-|schappelijk") counts as the one word the author wrote.
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:    # (only named here: the pull-quote pass imports copied_words, no import cycle)
    from publish.clean import Cleaned
from publish.model import BulletList, Document, Heading, Inline, NoteRef, Paragraph, PullQuote, Text
from publish.report import REMOVAL_KINDS, STRUCTURE_KINDS

# A word: a run of letters, or a run of digits ("wijk1" is the word "wijk" and the note number 1).
WORD = re.compile(r"[^\W\d_]+|\d+")
# Characters that are not there for a reader: soft hyphen, zero-width spaces and joiners, BOM.
INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"))
MAX_GAP = 3        # body words a display quote may leave out between two of its words
SHOWN = 5          # unaccounted words named in the summary
CANDIDATES = 5     # reading blocks sharing most words with a quote, compared with it in order


def words(text: str) -> list[str]:
    """The words of a text, compatibility-normalised and case-folded ("ﬁ" is "fi")."""
    return WORD.findall(unicodedata.normalize("NFKC", text.translate(INVISIBLE)).casefold())


@dataclass(frozen=True)
class QuoteCopy:
    """A display quote and how many of its words stand, in order, in one block of the reading order."""

    line: int
    text: str
    words: int
    copied: int

    @property
    def whole(self) -> bool:
        return self.copied == self.words


@dataclass(frozen=True)
class Account:
    """Words in = read + removed (by kind) + structure (by kind) + quoted + unaccounted."""

    words_in: int
    read: int
    removed: dict[str, int]
    structure: dict[str, int]
    quoted: int
    quotes: tuple[QuoteCopy, ...]
    unaccounted: tuple[tuple[str, int], ...]

    @property
    def missing(self) -> int:
        return sum(count for _, count in self.unaccounted)

    @property
    def ok(self) -> bool:
        return not self.unaccounted and all(quote.whole for quote in self.quotes)

    def summary(self) -> list[str]:
        """The account as lines a person reads (publish clean --audit, build warnings)."""
        lines = [f"words in: {self.words_in}", f"read: {self.read}"]
        lines += [f"removed as {REMOVAL_KINDS[kind]}: {count}" for kind, count in sorted(self.removed.items())]
        lines += [f"{STRUCTURE_KINDS[kind]}: {count}" for kind, count in sorted(self.structure.items())]
        lines.append(f"in display quotes: {self.quoted} ({len(self.quotes)} quotes)")
        lines += [f"  quote at line {q.line}: {q.copied} of {q.words} words stand in the reading order"
                  + ("" if q.whole else " -- NOT all: hidden without a copy") for q in self.quotes]
        named = ", ".join(f"{word!r}" + (f" x{count}" if count > 1 else "") for word, count in self.unaccounted[:SHOWN])
        more = f" and {len(self.unaccounted) - SHOWN} more" if len(self.unaccounted) > SHOWN else ""
        lines.append(f"unaccounted: {self.missing}" + (f" ({named}{more})" if self.unaccounted else ""))
        return lines


def audit(cleaned: Cleaned, document: Document) -> Account:
    """Account for every word of the cleaned source in the document."""
    needed = _source_words(cleaned)
    reading = _reading_blocks(document)
    left = needed.copy()
    read = _take(left, Counter(word for block in reading for word in block))
    removed = {kind: _take(left, bag) for kind, bag in _changed_words(cleaned, REMOVAL_KINDS).items()}
    structure = {kind: _take(left, bag) for kind, bag in _changed_words(cleaned, STRUCTURE_KINDS).items()}
    quotes = _quote_copies(document, reading)
    quoted = _take(left, Counter(word for quote, copy in quotes for word in copy))
    unaccounted = tuple(sorted(((word, count) for word, count in left.items() if count > 0),
                               key=lambda item: (-item[1], item[0])))
    return Account(words_in=sum(needed.values()), read=sum(read.values()),
                   removed={k: sum(v.values()) for k, v in removed.items() if v},
                   structure={k: sum(v.values()) for k, v in structure.items() if v},
                   quoted=sum(quoted.values()), quotes=tuple(quote for quote, _ in quotes),
                   unaccounted=unaccounted)


def _take(left: Counter, offered: Counter) -> Counter:
    """Take from `left` what `offered` accounts for; return what was taken."""
    taken = Counter({word: min(count, left[word]) for word, count in offered.items() if left[word] > 0})
    left.subtract(taken)
    return taken


def _source_words(cleaned: Cleaned) -> Counter:
    """The source's words, a line-end hyphen the cleaner joined counting as the one word written,
    and a soft hyphen it set as the printed one ("1933-1936") between the two numbers written."""
    bag = Counter(word for line in cleaned.source.lines for word in words(line))
    for change in cleaned.changes:
        if change.kind in ("hyphen-join", "printed-hyphen"):
            bag.subtract(words(change.before))
            bag.update(words(change.after))
    return bag


def _changed_words(cleaned: Cleaned, kinds: dict[str, str]) -> dict[str, Counter]:
    """The words each kind of change in `kinds` took out of the text, by kind."""
    bags: dict[str, Counter] = defaultdict(Counter)
    for change in cleaned.changes:
        if change.kind in kinds:
            bags[change.kind].update(words(change.before))
    return bags


def _inline_words(content: tuple[Inline, ...]) -> list[str]:
    """Words of inline content; a note reference is read as its number."""
    return [word for part in content
            for word in (words(part.text) if isinstance(part, Text)
                         else [str(part.number)] if isinstance(part, NoteRef) else [])]


def _reading_blocks(document: Document) -> list[list[str]]:
    """The words of the reading order, block by block (display quotes left out)."""
    blocks = [words(line) for line in document.front_lines]
    blocks.append([str(number) for _, number in document.title_refs])
    blocks.append([str(number) for person in document.metadata.authors for _, number in person.refs])
    for chapter in document.chapters:
        blocks.append(words(chapter.title) + [str(number) for _, number in chapter.title_refs])
        blocks += [words(line) for line in chapter.byline]
        blocks.append([str(number) for _, _, number in chapter.byline_refs])
        for block in chapter.blocks:
            if isinstance(block, (Paragraph, Heading)):
                blocks.append(_inline_words(block.content))
            elif isinstance(block, BulletList):
                blocks += [_inline_words(item.content) for item in block.walk()]
    blocks.append(words(document.notes_heading))
    blocks += [[str(note.number)] + _inline_words(note.content) for note in document.notes]
    return blocks


def _quote_copies(document: Document, reading: list[list[str]]) -> list[tuple[QuoteCopy, list[str]]]:
    """Each display quote, with the words of it that stand as a copy in the reading block that
    copies most of them (only the blocks sharing most distinct words with it are compared)."""
    holding: dict[str, set[int]] = defaultdict(set)
    for index, block_words in enumerate(reading):
        for word in block_words:
            holding[word].add(index)
    found = []
    for chapter in document.chapters:
        for block in chapter.blocks:
            if isinstance(block, PullQuote):
                quote = _inline_words(block.content)
                shared = Counter(index for word in set(quote) for index in holding.get(word, ()))
                candidates = sorted(index for index, _ in shared.most_common(CANDIDATES))
                copy = max((copied_words(quote, reading[index]) for index in candidates), key=len, default=[])
                found.append((QuoteCopy(block.lines[0], block.text, len(quote), len(copy)), copy))
    return found


def copied_words(quote: list[str], body: list[str]) -> list[str]:
    """The quote's words that the body holds as a copy: in the quote's order, each within
    MAX_GAP words of the one before (a display quote may leave out a word or two: "moet daarom
    een" quoted as "moet een"), from the start that copies most."""
    starts = [at for at, word in enumerate(body) if word == quote[0]] if quote else []
    return max((_copied_from(quote, body, at) for at in starts), key=len, default=[])


def _copied_from(quote: list[str], body: list[str], start: int) -> list[str]:
    copied, at = [quote[0]], start
    for word in quote[1:]:
        window = body[at + 1:at + 2 + MAX_GAP]
        if word in window:
            at += 1 + window.index(word)
            copied.append(word)
    return copied
