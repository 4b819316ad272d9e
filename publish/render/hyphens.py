"""Whole words across a hyphenated line end, for every reader of the PDF's text.

The hyphen the layout inserts at a line end reads as SOFT HYPHEN (publish.render.pdf.soft_hyphens),
but a soft hyphen still leaves the word's halves on two lines, or on two pages with a running
head between them. So each hyphenated word also carries its whole text as ActualText (ISO
32000-1, 14.9.4): the part before the line end, hyphen included, is replaced by the whole word,
and the part on the next line by nothing. Text extraction (pdftotext) and screen readers, which
read ActualText, get the word whole; the page looks the same. A compound broken at the author's
own hyphen ('doe-' / 'democratie') gets the same, its hyphen kept: pdftotext would join the halves
without it.
"""
from __future__ import annotations

import re
import struct
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property

import pikepdf

SOFT_HYPHEN = "\u00ad"
_BFCHAR = re.compile(rb"<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>")
GlyphTexts = dict[int, str]             # a font's glyph id -> the text it shows

# The operations of a page's content the scan needs, as WeasyPrint writes them (pydyf: each
# operation, or each part of one, on a line of its own; text always in hex strings): marked
# content opened (/Tag BMC, /Tag <<...>> BDC) and closed (EMC), the font (Tf), the text matrix
# (Tm, its last number the baseline) and the text shown (TJ).  Scanning the bytes is ten times
# faster than parsing every operation into objects, and a page's bytes are then patched where a
# word is split, not rewritten; each operation starts a line, which spares the scan the numbers
# of every other line.
_OPERATION = re.compile(
    rb"^(?:/(?P<tag>[^\s/<>\[\]()]+)\s*(?:<<(?:[^<>]|<[0-9a-fA-F]*>)*>>\s*|/[^\s/<>\[\]()]+\s*)?(?:BDC|BMC)\b"
    rb"|(?P<close>EMC\b)"
    rb"|/(?P<font>[^\s/<>\[\]()]+)\s+[-+\d.]+\s+Tf\b"
    rb"|(?:[-+\d.]+\s+){5}(?P<line>[-+\d.]+)\s+Tm\b"
    rb"|\[(?P<shown>[^\]]*)\]\s*TJ\b)", re.MULTILINE)
_HEX_STRING = re.compile(rb"<([0-9a-fA-F]*)>")
# A hex string's whole glyphs (four digits each; a stray digit at its end shows no glyph).
_GLYPH_DIGITS = re.compile(rb"<((?:[0-9a-fA-F]{4})*)[0-9a-fA-F]*>")


@dataclass
class Run:
    """One text-showing operation (TJ): where its bytes are, what it shows and its font's glyph texts.

    Its glyphs are decoded only when asked for: a page holds hundreds of runs, and only those
    at a hyphenated line end and the ones after them are split."""

    page: int
    start: int                                  # the operation's bytes in the page's content
    end: int
    shown: bytes                                # the TJ array's contents
    texts: GlyphTexts
    line: float = 0.0                           # the baseline its text matrix sets (a line's runs share it)

    @cached_property
    def glyphs(self) -> list[tuple[int, str]]:
        """(glyph id, text) in order: four hex digits a glyph (WeasyPrint's Identity-H)."""
        # Decoded in one go (the digits joined, read as big-endian 16-bit numbers): a hyphenated
        # line and the next are decoded whole, hundreds of glyphs a page, and one int() a glyph
        # cost a tenth of marking a report's artifacts.
        ids = bytes.fromhex(b"".join(_GLYPH_DIGITS.findall(self.shown)).decode("ascii"))
        texts = self.texts
        return [(gid, texts.get(gid, "")) for gid in struct.unpack(f">{len(ids) // 2}H", ids)]

    def last_text(self) -> str | None:
        """The text of the last glyph shown (None when none is)."""
        end = len(self.shown)
        while (start := self.shown.rfind(b"<", 0, end)) >= 0:
            digits = (self.shown.index(b">", start) - start - 1) // 4 * 4
            if digits:
                return self.texts.get(int(self.shown[start + 1 + digits - 4:start + 1 + digits], 16), "")
            end = start
        return None


def glyph_texts(font: pikepdf.Object) -> GlyphTexts:
    """A Type 0 font's ToUnicode map: glyph id -> text (single code points and bfchar entries)."""
    cmap = font.get("/ToUnicode")
    if cmap is None:
        return {}
    texts = {}
    for source, target in _BFCHAR.findall(cmap.read_bytes()):
        texts[int(source, 16)] = bytes.fromhex(target.decode()).decode("utf-16-be", "replace")
    return texts


def _runs(contents: list[bytes], fonts: list[dict[str, GlyphTexts]]) -> Iterator[Run]:
    """Every text-showing operation outside artifacts, in page order."""
    for number, (content, page_fonts) in enumerate(zip(contents, fonts)):
        texts: GlyphTexts = {}
        depth, artifact_depth, line = 0, None, 0.0
        for match in _OPERATION.finditer(content):
            kind = match.lastgroup
            if kind == "tag":
                depth += 1
                if artifact_depth is None and match["tag"] == b"Artifact":
                    artifact_depth = depth
            elif kind == "close":
                if artifact_depth == depth:
                    artifact_depth = None
                depth -= 1
            elif kind == "font":
                texts = page_fonts.get("/" + match["font"].decode("latin-1"), {})
            elif kind == "line":
                line = float(match["line"])
            elif artifact_depth is None:
                yield Run(number, match.start(), match.end(), match["shown"], texts, line)


def _word_start(glyphs: list[tuple[int, str]], end: int) -> int:
    """Index of the first glyph of the word ending before `end` (glyphs that are not spaces)."""
    start = end
    while start > 0 and glyphs[start - 1][1] and not glyphs[start - 1][1].isspace():
        start -= 1
    return start


def _word_end(glyphs: list[tuple[int, str]]) -> int:
    end = 0
    while end < len(glyphs) and glyphs[end][1] and not glyphs[end][1].isspace():
        end += 1
    return end


def _line_end_hyphen(previous: Run | None, run: Run, following: Run) -> str | None:
    """What of the hyphen a line ends with belongs to the word going on in the next line
    (`following`): nothing for the layout's (SOFT HYPHEN); itself for the author's own hyphen
    between two letters ('doe-' / 'democratie'), which text extraction would otherwise drop,
    joining the halves. None when the run does not end inside a word.  The hyphen may be a run of
    its own (a span boundary before it): then the letter before it ends the previous run on its line."""
    last = run.last_text()
    if last == SOFT_HYPHEN:
        return ""
    if last != "-":
        return None
    if len(run.glyphs) > 1:
        before = run.glyphs[-2][1]
    elif previous is not None and previous.line == run.line and previous.page == run.page:
        before = previous.last_text() or ""
    else:
        return None
    return "-" if before.isalpha() and following.glyphs[0][1].isalpha() else None


# How far past a line's end the next line's text is looked for: WeasyPrint draws a page's list
# markers after its text, so the runs after a page's last line may be markers standing above it,
# before the text that goes on at the top of the next page.
_CONTINUATION_RUNS = 200


def _continuation(runs: list[Run], at: int) -> int | None:
    """The index of the run that goes on from the end of runs[at]'s line: the first one after it
    that stands lower on its page or on a later page. None when runs[at] does not end its line
    (the next run stands on the same line) or nothing with text follows."""
    run = runs[at]
    if at + 1 < len(runs) and (runs[at + 1].page, runs[at + 1].line) == (run.page, run.line):
        return None
    for index in range(at + 1, min(len(runs), at + 1 + _CONTINUATION_RUNS)):
        following = runs[index]
        if following.page > run.page or following.line > run.line:
            return index if following.glyphs else None
    return None


@dataclass
class Edit:
    """What a run's bytes become: its first `tail` glyphs (the end of a word begun on the line
    above) read as nothing, and from glyph `head` on (the start of a word hyphenated at its line's
    end, hyphen included) read as `word`.  A line may hold both: "ring is de ... bedrij-"."""

    run: Run
    tail: int = 0
    head: int | None = None
    word: str = ""


def whole_words(contents: list[bytes], fonts: list[dict[str, GlyphTexts]]) -> list[bytes]:
    """Every page's content with each hyphenated word given ActualText (see the module's
    docstring). `fonts`: per page, its font resources' glyph texts by resource name ("/F1")."""
    runs = list(_runs(contents, fonts))
    edits: dict[tuple[int, int], Edit] = {}     # (page, start) -> what the run becomes
    middles: set[int] = set()          # runs inside a word hyphenated over three lines or more

    def edit(run: Run) -> Edit:
        return edits.setdefault((run.page, run.start), Edit(run))

    for at, (previous, run) in enumerate(zip([None, *runs], runs)):
        if at in middles or run.last_text() not in (SOFT_HYPHEN, "-") or (ahead := _continuation(runs, at)) is None:
            continue
        if (kept := _line_end_hyphen(previous, run, runs[ahead])) is None:
            continue
        head = _word_start(run.glyphs, len(run.glyphs) - 1)
        word = "".join(text for _, text in run.glyphs[head:-1]) + kept
        following = runs[ahead]
        tail = _word_end(following.glyphs)
        # A line that holds nothing but a piece of the word, hyphenated again, by the layout or at
        # the author's own hyphen (a web address's 'rapportenevaluatie-' / 'coronamelder'): the word goes on.
        while tail == len(following.glyphs) and (further := _continuation(runs, ahead)) is not None \
                and (joined := _line_end_hyphen(runs[ahead - 1], following, runs[further])) is not None:
            word += "".join(text for _, text in following.glyphs[:-1]) + joined
            edit(following).tail = tail
            middles.add(ahead)
            ahead, following = further, runs[further]
            tail = _word_end(following.glyphs)
        word += "".join(text for _, text in following.glyphs[:tail])
        starting = edit(run)
        starting.head, starting.word = max(head, starting.tail), word
        if tail:
            ending = edit(following)
            ending.tail = ending.tail or tail
    patched = list(contents)
    for (number, _), change in sorted(edits.items(), reverse=True):   # from the end: offsets hold
        content = patched[number]
        patched[number] = content[:change.run.start] + _split(change) + content[change.run.end:]
    return patched


def _split(change: Edit) -> bytes:
    """The run as TJ operations: its first `tail` glyphs in a Span with empty ActualText, its
    glyphs from `head` on in a Span with the whole word as ActualText, what lies between as it was."""
    first, rest = _cut(change.run.shown, change.tail) if change.tail else (b"", change.run.shown)
    middle, last = _cut(rest, change.head - change.tail) if change.head is not None else (rest, b"")
    out = _span("") + _shown(first) + b"EMC\n" if change.tail else b""
    if change.head is None:
        return out + _shown(middle).rstrip(b"\n")
    return out + _shown(middle) + _span(change.word) + _shown(last) + b"EMC"


def _span(text: str) -> bytes:
    return b"/Span <</ActualText <" + (b"\xfe\xff" + text.encode("utf-16-be")).hex().encode() + b">>> BDC\n"


def _cut(shown: bytes, glyphs: int) -> tuple[bytes, bytes]:
    """A TJ array's contents before the glyph numbered `glyphs` (0-based), and from it on; a hex
    string holding glyphs of both parts is cut in two."""
    seen = 0
    for match in _HEX_STRING.finditer(shown):
        count = len(match[1]) // 4
        if seen + count > glyphs:
            at = match.start(1) + 4 * (glyphs - seen)
            if at == match.start(1):
                return shown[:match.start()], shown[match.start():]
            return shown[:at] + b">", b"<" + shown[at:]
        seen += count
    return shown, b""


def _shown(contents: bytes) -> bytes:
    """A TJ operation showing a TJ array's contents, ending its line (nothing for no contents).

    WeasyPrint's empty strings (`<>`, before a space's adjustment) are left out: PDFium places
    the glyphs after them a fraction of a pixel off once the line is cut in two."""
    contents = contents.replace(b"<>", b" ")
    return b"[" + contents + b"] TJ\n" if contents.strip() else b""
