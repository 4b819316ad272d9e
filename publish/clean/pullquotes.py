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
  most 3 body words (audit.MAX_GAP) left out between two of them or at either end of the sentences (the
  conservation account's copy, `publish.audit.copied_words`), in a block on the same or a
  neighbouring page and at most NEARBY_BLOCKS blocks away.  Near-duplicates that differ in a word
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
from collections import Counter, defaultdict
from collections.abc import Iterator
from itertools import accumulate, chain
from dataclasses import replace

from publish.audit import copied_words, words as account_words
from publish.clean.lines import ABBREVIATION, Block, Blocks, Changes
from publish.report import Change

WORD = re.compile(r"\w+")
SHINGLE = 3            # words per shingle (to find candidate body blocks quickly)
MIN_WORDS = 5          # shorter repeats ("Ja.", a name) are not quotes
MAX_WORDS = 60         # a display quote is a sentence or two, not a paragraph
COMMON_SHINGLE = 8     # a phrase in more blocks than this is boilerplate, no evidence (keeps this linear)
CANDIDATES = 3         # nearby body blocks compared word by word
NEARBY_PAGES = 1       # the body copy stands on the quote's page or a neighbouring one ...
NEARBY_BLOCKS = 12     # ... and within a page's worth of blocks (page starts may be missing)

# A sentence opens with a capital, maybe after opening quotes or brackets.
OPENING = "‘“„'\"(["
SPEECH_OPENING = "‘“„'\""     # (the quotation marks among them)
# A sentence ends in . ! ? or …, maybe followed by closing quotes or brackets, and after a word
# maybe by a glued note number ("vervolmaking.1"; not "10.000").
SENTENCE_END = re.compile(r"(?:[^\W\d_][.!?…][’”'\")\]]*\d{1,3}|[.!?…][’”'\")\]]*)$")
# An enumerator or a number label in front: "4.1.", "12", "a)", "(b)", "II]", "§ 2", or a word
# with a number after it ("Artikel 3", "Lid 2:", "Vraag 4").  Provisions, notes, questions and
# contents entries open so; a pull quote does not (and one that does stays in the text).
LABELLED = re.compile(r"""^(?:[(\[]?\d[\d.]*[.)\]:]?\s
                         |[(\[]?(?:[A-Za-z]|[IVXLCivxlc]+)[.)\]]\s
                         |§
                         |\S+\s+[(\[]?\d[\d.]*[.):\]]?\s)""", re.VERBOSE)

Shingle = tuple[str, ...]


def extract(blocks: Blocks) -> tuple[Blocks, Changes]:
    pieces = [block.pieces for block in blocks]
    words_of = _WordsOf()
    words: dict[int, list[str]] = {}
    shaped = _quote_sized([index for index in range(len(blocks)) if _quote_shaped(blocks, index)],
                          pieces, words_of, words)
    if not shaped:
        return blocks, ()
    shingles = {index: set(_shingle_run(words[index])) for index in shaped}
    where = _linking_where(shingles, pieces, words_of, words)
    pages = list(accumulate(block.page_start for block in blocks))
    copies = {index: _copied_in(index, blocks, words, shingles[index], where, pages) for index in shaped}
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


def _piece_words(piece: str) -> list[str]:
    """The words of a white-space piece, in lower case: WORD.findall over the lower-cased piece."""
    lowered = piece.lower()
    # Word characters only, before and after lowering (isalnum is the pattern's \w less "_"):
    # the piece is one word, whichever way it is lowered.
    if lowered.isalnum() and piece.isalnum():
        return [lowered]
    # Lower-casing first gives the same words unless it changes a length (İ -> i̇) or reads the
    # context (a final sigma; its context ends at white space): then each word is lowered on
    # its own.  (No character changes between word and non-word character when lowered to one
    # character, so a piece lowered as a whole or word by word gives the same words.)
    if len(lowered) == len(piece) and "\u03a3" not in piece:
        return WORD.findall(lowered)
    return list(map(str.lower, WORD.findall(piece)))


class _WordsOf(dict):
    """The words of each white-space piece, read when first asked for: each distinct piece of
    the document is read once (most pieces recur)."""

    def __missing__(self, piece: str) -> list[str]:
        words = self[piece] = _piece_words(piece)
        return words


def _words(its_pieces: list[str], words_of: _WordsOf) -> list[str]:
    """A block's words: those of its white-space pieces in order (a word never spans white space)."""
    return list(chain.from_iterable(map(words_of.__getitem__, its_pieces)))


def _quote_sized(indexes: list[int], pieces: list[list[str]], words_of: _WordsOf,
                 words: dict[int, list[str]]) -> list[int]:
    """Those of the blocks at indexes with MIN_WORDS to MAX_WORDS words; the words of each block
    read are put in words."""
    sized = []
    for index in indexes:
        its_pieces = pieces[index]
        # Each piece holding a word adds one word at least: when the first MAX_WORDS + 1 pieces
        # all do, the block is too long whatever the rest holds, and is not read word by word.
        if len(its_pieces) > MAX_WORDS and all(map(words_of.__getitem__, its_pieces[:MAX_WORDS + 1])):
            continue
        its_words = words[index] = _words(its_pieces, words_of)
        if MIN_WORDS <= len(its_words) <= MAX_WORDS:
            sized.append(index)
    return sized


# ----------------------------------------------------------------------------- the quote's shape

def _quote_shaped(blocks: Blocks, index: int) -> bool:
    """A paragraph or display block of its own, of two lines or more, that opens and ends like a
    sentence and has no label in front and no byline under it."""
    block = blocks[index]
    return (block.kind in ("paragraph", "display") and len(block.offsets) > 1
            and _set_apart(blocks, index) and _sentence_shaped(block.text)
            and not LABELLED.match(block.text) and not _titled(blocks, index))


def _set_apart(blocks: Blocks, index: int) -> bool:
    """A blank line or a page start on either side (the document's end counts as one)."""
    def apart(block: Block) -> bool:
        return block.gap_before > 0 or block.page_start
    return (index == 0 or apart(blocks[index])) and (index + 1 == len(blocks) or apart(blocks[index + 1]))


def _sentence_shaped(text: str) -> bool:
    opening = text.lstrip(OPENING)
    return opening[:1].isupper() and bool(SENTENCE_END.search(text))


def _titled(blocks: Blocks, index: int) -> bool:
    """Whether a display line (a byline, a subtitle, a heading) stands under the block: then it is
    shaped as a title, which may echo a sentence of its text ("Wie leest er nog?" over its
    author's name), and is no quote.  (A quote with its speaker's name under it stays too.)"""
    return index + 1 < len(blocks) and blocks[index + 1].kind == "display"


# ----------------------------------------------------------------------------- candidate bodies

def _shingle_run(words: list[str]) -> Iterator[Shingle]:
    """Each run of SHINGLE words, in order."""
    return zip(*(words[i:] for i in range(SHINGLE)))


def _linking_where(shingles: dict[int, set[Shingle]], pieces: list[list[str]], words_of: _WordsOf,
                   words: dict[int, list[str]]) -> dict[Shingle, set[int]]:
    """The blocks holding each of the quotes' shingles that links blocks: one found in two to
    COMMON_SHINGLE blocks (in more, it is boilerplate, no evidence; in one, it links nothing)."""
    held = Counter(chain.from_iterable(shingles.values()))
    # A shingle in more quotes than COMMON_SHINGLE is common whatever the body holds: only the
    # others are looked for in the other blocks, which are not read at all when there are none.
    unsettled = {shingle for shingle, quoted in held.items() if quoted <= COMMON_SHINGLE}
    if not unsettled:
        return {}
    in_others = _found_in_others(unsettled, shingles, pieces, words_of, words)
    held.update(chain.from_iterable(in_others.values()))
    linking = {shingle for shingle in unsettled if 1 < held[shingle] <= COMMON_SHINGLE}
    return _where(linking, shingles | in_others)


def _found_in_others(wanted: set[Shingle], shingles: dict[int, set[Shingle]], pieces: list[list[str]],
                     words_of: _WordsOf, words: dict[int, list[str]]) -> dict[int, set[Shingle]]:
    """The wanted shingles each block other than the quotes holds, by block index (blocks holding
    none left out); the words of every block read are put in words."""
    found = {}
    for index, its_pieces in enumerate(pieces):
        if index in shingles:
            continue
        its_words = words.get(index)
        if its_words is None:
            its_words = words[index] = _words(its_pieces, words_of)
        # (tested one by one, no set of the block's shingles built)
        its_found = wanted.intersection(_shingle_run(its_words))
        if its_found:
            found[index] = its_found
    return found


def _where(linking: set[Shingle], holding: dict[int, set[Shingle]]) -> dict[Shingle, set[int]]:
    """The blocks holding each linking shingle.  Each set is filled in block order: the order a
    set of block numbers iterates in depends on the order they were added, and _copied_in
    ranks equally shared candidates in that order."""
    where: dict[Shingle, set[int]] = defaultdict(set)
    for index in sorted(holding):
        for shingle in linking.intersection(holding[index]):
            where[shingle].add(index)
    return where


def _copied_in(index: int, blocks: Blocks, words: dict[int, list[str]], its_shingles: set[Shingle],
               where: dict[Shingle, set[int]], pages: list[int]) -> list[int]:
    """The nearby, longer blocks set in a wider measure that hold this block's sentences as a
    copy, those sharing most with it first."""
    if where.keys().isdisjoint(its_shingles):
        return []            # (no shingle links it: the common case, settled without a loop)
    counts: dict[int, int] = defaultdict(int)
    for shingle in its_shingles:
        for other in where.get(shingle, ()):
            if other != index and _nearby(index, other, pages):
                counts[other] += 1
    quote = blocks[index]
    ranked = sorted(counts.items(), key=lambda item: -item[1])[:CANDIDATES]
    return [other for other, shared in ranked
            if shared >= 2 and blocks[other].kind != "pullquote" and len(words[other]) > len(words[index])
            and _narrower(quote, blocks[other]) and _copies_whole_sentences(quote.text, blocks[other].text)]


def _nearby(index: int, other: int, pages: list[int]) -> bool:
    """On the same or a neighbouring page (counted from page starts), a page's worth of blocks away at most."""
    return abs(pages[index] - pages[other]) <= NEARBY_PAGES and abs(index - other) <= NEARBY_BLOCKS


# ----------------------------------------------------------------------------- the evidence

def _narrower(quote: Block, body: Block) -> bool:
    """Whether the quote breaks every line where the body's measure (the longest line of the
    body copy, which must be wrapped: a paragraph on one line has no measure) would still have
    taken the next word: it is set in a larger type or a narrower column."""
    measure = max(body.widths, default=0)
    lines = quote.line_texts
    if len(lines) < 2 or len(body.widths) < 2:
        return False
    return all(len(line) + 1 + len(following.split()[0]) <= measure for line, following in zip(lines, lines[1:]))


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
    sentences: list[list[str]] = [[]]
    pieces = text.split()
    for piece, following in zip(pieces, pieces[1:] + [""]):
        sentences[-1] += account_words(piece)
        if following and _ends_before(piece, following):
            sentences.append([])
    return [sentence for sentence in sentences if sentence]


def _ends_before(piece: str, following: str) -> bool:
    opening = following.lstrip(OPENING)
    if piece.endswith(":"):
        return following[:1] in SPEECH_OPENING and opening[:1].isupper()
    return (bool(SENTENCE_END.search(piece)) and (opening[:1].isupper() or opening[:1].isdigit())
            and not ABBREVIATION.search(" " + piece))
