"""Pull quotes: a sentence of the body set once more as a display quote, apart from the text and
in larger type, is kept out of the reading order, so that a reader meets it once.

Hiding text from a reader needs a careful editor's evidence.  A block is a display quote only
when all of this holds; in doubt it stays in the reading order (a sentence read twice is a small
harm, a hidden sentence a lost one):

- shaped like a quote: MIN_WORDS to MAX_WORDS words in a paragraph or display block of its own
  (never a list item), opening like a sentence (a capital, maybe after an opening quote or
  bracket) and ending like one; no enumerator or number label in front ("4.1.", "a)", "II]",
  "Artikel 3": a numbered provision, a note, a contents entry), no display line (a byline, a
  subtitle) under it, as under a title;
- set apart: a blank line or a page start (or the document's start or end) before it and after it;
- a copy of whole sentences of a longer block nearby: its words stand in that block in order, at
  most 3 body words (audit.MAX_GAP) left out between two of them or at either end of the
  sentences (the conservation account's copy, `publish.audit.copied_words`), in a block on the
  same or a neighbouring page and at most NEARBY_BLOCKS blocks away.  Near-duplicates that differ in a word
  ("lid 1" / "lid 2", repeated FAQ questions or table rows) are no copy; a summary repeating a
  paragraph is no excerpt (the body copy must be the longer);
- set in a larger type: it breaks every line where the body's measure would have taken the next
  word (each line and the word after it fit in the longest line of the body copy), so a quote
  needs two lines at least, and its body copy too;
- the excerpt, not the source: no other quote copies it.

Golden cases: inclusieve-samenleving-2018 (2 quotes), bundel-twee-lezingen-formfeed (2),
jaarverslag-romeinse-koppen (1); tests/clean/test_pullquotes.py for what is never a quote.
"""
from __future__ import annotations

import re
from itertools import accumulate, chain
from dataclasses import replace

from publish.audit import copied_words, words as account_words
from publish.clean.lines import ABBREVIATION, Block, Blocks, Changes, first_word
from publish.report import Change

MIN_WORDS = 5          # shorter repeats ("Ja.", a name) are not quotes
MAX_WORDS = 60         # a display quote is a sentence or two, not a paragraph
NEARBY_PAGES = 1       # the body copy stands on the quote's page or a neighbouring one ...
NEARBY_BLOCKS = 12     # ... and within a page's worth of blocks (page starts may be missing)
NO_MEASURE = 1 << 30   # the measure a one-line quote would need to show it is set narrower: none

# A sentence opens with a capital, maybe after opening quotes or brackets.
OPENING = "‘“„'\"(["
SPEECH_OPENING = "‘“„'\""     # (the quotation marks among them)
# A sentence ends in . ! ? or …, maybe followed by closing quotes or brackets, and after a word
# maybe by a glued note number ("vervolmaking.1"; not "10.000").
SENTENCE_END = re.compile(r"(?:[^\W\d_][.!?…][’”'\")\]]*\d{1,3}|[.!?…][’”'\")\]]*)$")
END_LENGTH = 12        # characters an end takes at most, in practice (only a text's tail is searched)
# An enumerator or a number label in front: "4.1.", "12", "a)", "(b)", "II]", "§ 2", or a word
# with a number after it ("Artikel 3", "Lid 2:", "Vraag 4").  Provisions, notes, questions and
# contents entries open so; a pull quote does not (and one that does stays in the text).
LABELLED = re.compile(r"""^(?:[(\[]?\d[\d.]*[.)\]:]?\s
                         |[(\[]?(?:[A-Za-z]|[IVXLCivxlc]+)[.)\]]\s
                         |§
                         |\S+\s+[(\[]?\d[\d.]*[.):\]]?\s)""", re.VERBOSE)


def extract(blocks: Blocks) -> tuple[Blocks, Changes]:
    words = _Words(blocks)
    shaped = [index for index in range(len(blocks))
              if _quote_shaped(blocks, index) and MIN_WORDS <= len(words[index]) <= MAX_WORDS]
    pages = list(accumulate(int(block.page_start) for block in blocks))
    copies = {index: _copied_in(index, blocks, words, pages) for index in shaped}
    # A block another quote copies is body text, whatever it copies itself.
    bodies = set(chain.from_iterable(copies.values()))
    out = list(blocks)
    changes: list[Change] = []
    for index in shaped:
        if not copies[index] or index in bodies:
            continue
        block, body = blocks[index], blocks[copies[index][0]]
        out[index] = replace(block, kind="pullquote")
        changes.append(Change("pullquote", block.first, block.text, "",
                              f"repeats whole sentences of lines {body.first}-{body.last} nearby, set apart in "
                              "narrower lines: a display quote, kept out of the reading order"))
    return tuple(out), tuple(changes)


class _Words(dict):
    """The words of each block as the conservation account reads them, by block index, read
    when first asked for: only the quote-shaped blocks and their neighbours are read."""

    def __init__(self, blocks: Blocks):
        super().__init__()
        self.blocks = blocks

    def __missing__(self, index: int) -> list[str]:
        words = self[index] = account_words(self.blocks[index].text)
        return words


# ----------------------------------------------------------------------------- the quote's shape

def _quote_shaped(blocks: Blocks, index: int) -> bool:
    """A paragraph or display block of its own, of two lines or more and no more white-space
    pieces than MAX_WORDS (a piece holds a word or more, mostly one: the account's words are
    counted for the few blocks left), that opens and ends like a sentence and has no label in
    front and no byline under it."""
    block = blocks[index]
    return (block.kind in ("paragraph", "display") and len(block.offsets) > 1 and len(block.pieces) <= MAX_WORDS
            and _set_apart(blocks, index) and _sentence_shaped(block.text)
            and not LABELLED.match(block.text) and not _titled(blocks, index))


def _set_apart(blocks: Blocks, index: int) -> bool:
    """A blank line or a page start on either side (the document's end counts as one)."""
    def apart(block: Block) -> bool:
        return block.gap_before > 0 or block.page_start
    return (index == 0 or apart(blocks[index])) and (index + 1 == len(blocks) or apart(blocks[index + 1]))


def _sentence_shaped(text: str) -> bool:
    opening = text.lstrip(OPENING)
    return opening[:1].isupper() and bool(SENTENCE_END.search(text, max(0, len(text) - END_LENGTH)))


def _titled(blocks: Blocks, index: int) -> bool:
    """Whether a display line (a byline, a subtitle, a heading) stands under the block: then it is
    shaped as a title, which may echo a sentence of its text ("Wie leest er nog?" over its
    author's name), and is no quote.  (A quote with its speaker's name under it stays too.)"""
    return index + 1 < len(blocks) and blocks[index + 1].kind == "display"


# ----------------------------------------------------------------------------- the body copy

def _copied_in(index: int, blocks: Blocks, words: _Words, pages: list[int]) -> list[int]:
    """The blocks nearby, longer and set in a wider measure, that hold this block's sentences as
    a copy, the nearest first.  (At most 2 * NEARBY_BLOCKS neighbours are looked at: the pass
    stays linear in the text.)"""
    quote = blocks[index]
    measure = _measure_needed(quote)
    ends = (words[index][0], words[index][-1])
    return [other for other in _neighbours(index, len(blocks))
            if abs(pages[index] - pages[other]) <= NEARBY_PAGES and blocks[other].kind != "pullquote"
            and _wider(blocks[other], measure) and _may_hold(blocks[other], ends)
            and len(words[other]) > len(words[index])
            and not set(words[index]).difference(words[other])
            and _copies_whole_sentences(quote.text, blocks[other].text)]


def _may_hold(body: Block, ends: tuple[str, str]) -> bool:
    """Whether the body's text holds the quote's first and last word at all: most neighbours
    do not, and are then never read word by word.  (A body spelt in compatibility characters
    the account normalises is not taken: in doubt, the quote stays.)"""
    folded = body.text.casefold()
    return ends[0] in folded and ends[1] in folded


def _neighbours(index: int, count: int) -> list[int]:
    """The blocks at most NEARBY_BLOCKS away, the nearest first."""
    around = range(max(0, index - NEARBY_BLOCKS), min(count, index + NEARBY_BLOCKS + 1))
    return sorted((other for other in around if other != index), key=lambda other: abs(other - index))


# ----------------------------------------------------------------------------- the evidence

def _measure_needed(quote: Block) -> int:
    """The narrowest measure that would have taken the next word at each of the quote's line
    breaks: a body set that wide or wider shows the quote is set in a larger type or a narrower
    column (a quote of one line shows nothing: no body is that wide)."""
    lines = quote.line_texts
    if len(lines) < 2:
        return NO_MEASURE
    return max(len(line) + 1 + len(first_word(following)) for line, following in zip(lines, lines[1:]))


def _wider(body: Block, measure: int) -> bool:
    """Whether the body is set at least that wide: its longest line, the body being wrapped (a
    paragraph on one line has no measure)."""
    return len(body.widths) > 1 and max(body.widths) >= measure


# Words the account never reads (it reads letters and digits), marking where a run of sentences
# begins and ends: a copy that must copy them starts and ends with the sentences.
_START, _END = "<", ">"


def _copies_whole_sentences(quote: str, body: str) -> bool:
    """Whether the quote's words are a copy (`copied_words`) of a run of whole sentences of the
    body, as many as the quote has: copying the marks of the run's start and end, it leaves out
    at most audit.MAX_GAP words at either end."""
    quoted = [_START, *account_words(quote), _END]
    count = len(_sentences(quote))
    sentences = _sentences(body)
    for first in range(len(sentences) - count + 1):
        run = [_START, *chain.from_iterable(sentences[first:first + count]), _END]
        if len(copied_words(quoted, run)) == len(quoted):
            return True
    return False


def _sentences(text: str) -> list[list[str]]:
    """The words of each sentence of a text: a sentence ends at a piece ending in . ! ? or …
    (no abbreviation) before a piece opening with a capital or a digit; quoted speech after a
    colon (ons: “Ik wist ...) is a sentence of its own."""
    pieces = text.split()
    ends = [at + 1 for at in range(len(pieces) - 1) if _ends_before(pieces[at], pieces[at + 1])]
    sentences = (" ".join(pieces[start:end]) for start, end in zip([0, *ends], [*ends, len(pieces)]))
    return [words for words in map(account_words, sentences) if words]


def _ends_before(piece: str, following: str) -> bool:
    opening = following.lstrip(OPENING)
    if piece.endswith(":"):
        return following[:1] in SPEECH_OPENING and opening[:1].isupper()
    return (bool(SENTENCE_END.search(piece)) and (opening[:1].isupper() or opening[:1].isdigit())
            and not ABBREVIATION.search(" " + piece))
