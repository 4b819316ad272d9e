"""Read a source file into numbered text lines: encoding, BOM, line endings, form feeds, bad input."""
from __future__ import annotations

import codecs
import os
import stat
from dataclasses import dataclass
from pathlib import Path

from publish.errors import PublishError

# Limits that keep a build within memory and time: a 400-page anthology is about 1 MB of text,
# so these refuse only what is not a booklet's text at all (a dump, a binary, a one-line blob).
MAX_SOURCE_BYTES = 16 * 1024 * 1024
MAX_LINE_CHARS = 100_000
PAGE_BREAK = "\f"


@dataclass(frozen=True)
class Source:
    """A source text: its path, its name (the file stem) and its lines; line n is lines[n - 1].

    Line endings (LF, CRLF, CR) are normalised away; a form feed stays in the line text as
    "\\f" so the cleaner can see the page break it marks.
    """

    path: Path
    lines: tuple[str, ...]

    @property
    def name(self) -> str:
        return self.path.stem

    def numbered(self):
        """(line number, text) pairs, numbered from 1 as an editor shows them."""
        return enumerate(self.lines, start=1)


# Ligatures the text layer kept as presentation forms ("ﬁnanciën"): the letters they stand for,
# which the word list, hyphenation and search know, and which the fonts join again where they should
# (the booklet's fonts have no glyph for the presentation forms).
# And figures a font's variant glyphs left as Adobe's private-use code points (the Adobe Glyph List:
# "onefitted" U+F6DC, "zerooldstyle" ... "nineoldstyle" U+F730-U+F739): no font draws them, and
# a reader would miss the digit ("zo'n \uf6dc27 computers" is 127).  And the bullet of the Symbol
# font, U+F0B7 (its code 0xB7 in the private use area where pdftotext leaves a symbol font's
# glyphs): a word processor's list bullet; the other symbol-font glyphs mean one thing in Symbol
# and another in Wingdings, so they stay for the build to warn about.
LIGATURES = str.maketrans({"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl",
                           "\ufb05": "st", "\ufb06": "st", "\uf6dc": "1", "\uf0b7": "•",
                           **{chr(0xF730 + digit): str(digit) for digit in range(10)}})


def read_source(path: Path | str, encoding: str = "utf-8") -> Source:
    """Read and decode a source file, or raise PublishError saying what is wrong with it."""
    path = Path(path)
    data = read_bounded(path, MAX_SOURCE_BYTES, "sources")
    text = decode(data, encoding, path).translate(LIGATURES)
    if not text.strip():
        raise PublishError("the file is empty (no text to publish)", path)
    lines = split_lines(text)
    _refuse_overlong_lines(lines, path)
    return Source(path=path, lines=tuple(lines))


def _refuse_overlong_lines(lines: list[str], path: Path) -> None:
    for number, line in enumerate(lines, start=1):
        if len(line) > MAX_LINE_CHARS:
            raise PublishError(
                f"line is {len(line):,} characters long; lines over {MAX_LINE_CHARS:,} characters are "
                "refused (is this a plain-text file with line breaks?)", path, number)


def read_bounded(path: Path, limit: int, what: str) -> bytes:
    """The bytes of a regular file, refusing it once more than `limit` bytes have been read.

    The limit counts what is read, not the size the file reports: a device, a pipe or a FIFO
    reports none, and a file in /proc reports 0.  Those are refused before reading (opened
    without waiting, so a FIFO without a writer does not hang the build).
    """
    try:
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except FileNotFoundError:
        raise PublishError("no such file", path) from None
    except PermissionError:
        raise PublishError("cannot read the file: permission denied", path) from None
    except OSError as error:
        raise PublishError(f"cannot read the file: {error.strerror or error}", path) from None
    try:
        status = os.fstat(descriptor)
        if stat.S_ISDIR(status.st_mode):
            raise PublishError("is a directory, not a text file", path)
        if not stat.S_ISREG(status.st_mode):
            raise PublishError("is not a regular file (a pipe, FIFO, socket or device); "
                               "save the text to a file and give that", path)
        size = status.st_size
        with os.fdopen(descriptor, "rb", closefd=False) as stream:
            data = stream.read(limit + 1) if size <= limit else b""
    except OSError as error:
        raise PublishError(f"cannot read the file: {error.strerror or error}", path) from None
    finally:
        os.close(descriptor)
    if size > limit or len(data) > limit:
        raise PublishError(f"the file is over {_amount(limit)}; {what} over {_amount(limit)} are refused", path)
    return data


def _amount(limit: int) -> str:
    return f"{limit // 2**20} MB" if limit >= 2**20 else f"{limit // 2**10} kB" if limit >= 2**10 else f"{limit} bytes"


# Codecs Python registers besides text encodings: transforms (base64, zlib, rot13 ...) refuse
# to decode bytes to text; these decode, but no text file is written in them.
NOT_FILE_ENCODINGS = {"punycode", "idna", "unicode-escape", "raw-unicode-escape", "undefined"}


def _text_encoding(encoding: str, path: Path) -> str:
    """The encoding, checked: known, and an encoding of text (not a transform)."""
    try:
        name = codecs.lookup(encoding).name
    except LookupError:
        raise PublishError(f"unknown encoding {encoding!r}", path) from None
    try:
        "a".encode(encoding)
    except (LookupError, UnicodeError):         # base64, rot13 ...: not bytes <-> text
        name = "undefined"
    if name in NOT_FILE_ENCODINGS:
        raise PublishError(f"{encoding!r} is not a text encoding; give the encoding the file is "
                           "written in (e.g. --encoding cp1252)", path)
    if name in ("utf-8", "utf-8-sig"):
        return "utf-8-sig"              # a BOM is accepted, never kept as text
    return encoding


def decode(data: bytes, encoding: str, path: Path) -> str:
    """Decode bytes, refusing binary data and naming the line and byte of a decoding error.

    NUL is looked for in the decoded text: UTF-16 and UTF-32 text holds NUL bytes."""
    encoding = _text_encoding(encoding, path)
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as error:
        if b"\x00" in data:
            raise PublishError("looks like a binary file (it contains NUL bytes), not text", path) from None
        line = data.count(b"\n", 0, error.start) + 1
        raise PublishError(
            f"byte 0x{data[error.start]:02x} at byte offset {error.start} is not valid {error.encoding}; "
            "give the right encoding with --encoding (e.g. --encoding cp1252)",
            path, line) from None
    if "\x00" in text:
        raise PublishError("looks like a binary file (it contains NUL characters), not text", path)
    return text


def split_lines(text: str) -> list[str]:
    """Split on LF, CRLF or CR (not on form feeds or Unicode line separators inside a line).

    A lone CR ends a line only in a text without LF (classic Mac line ends).  Where the lines end
    in LF, a CR inside a line is a print driver's word separator (TAB CR SPACE NBSP between every
    two words of some Word exports): read as a line end it would set every word on a line of its
    own, so it is read as a space."""
    text = text.replace("\r\n", "\n")
    text = text.replace("\r", " " if "\n" in text else "\n")
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return lines
