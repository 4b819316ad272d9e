"""Read a source file into numbered text lines: encoding, BOM, line endings, form feeds, bad input."""
from __future__ import annotations

import codecs
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


def read_source(path: Path | str, encoding: str = "utf-8") -> Source:
    """Read and decode a source file, or raise PublishError saying what is wrong with it."""
    path = Path(path)
    data = _read_bytes(path)
    text = decode(data, encoding, path)
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


def _read_bytes(path: Path) -> bytes:
    if not path.exists():
        raise PublishError("no such file", path)
    if path.is_dir():
        raise PublishError("is a directory, not a text file", path)
    try:
        size = path.stat().st_size
        if size > MAX_SOURCE_BYTES:
            raise PublishError(
                f"the file is {size / 2**20:.0f} MB; sources over {MAX_SOURCE_BYTES // 2**20} MB are refused",
                path)
        return path.read_bytes()
    except PermissionError:
        raise PublishError("cannot read the file: permission denied", path) from None
    except OSError as error:
        raise PublishError(f"cannot read the file: {error.strerror or error}", path) from None


def decode(data: bytes, encoding: str, path: Path) -> str:
    """Decode bytes, refusing binary data and naming the line and byte of a decoding error."""
    if b"\x00" in data:
        raise PublishError("looks like a binary file (it contains NUL bytes), not text", path)
    try:
        codecs.lookup(encoding)
    except LookupError:
        raise PublishError(f"unknown encoding {encoding!r}", path) from None
    if encoding.lower().replace("-", "").replace("_", "") in ("utf8", "utf8sig"):
        encoding = "utf-8-sig"          # a BOM is accepted, never kept as text
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        raise PublishError(
            f"byte 0x{data[error.start]:02x} at byte offset {error.start} is not valid {error.encoding}; "
            "give the right encoding with --encoding (e.g. --encoding cp1252)",
            path, line) from None


def split_lines(text: str) -> list[str]:
    """Split on LF, CRLF or CR (not on form feeds or Unicode line separators inside a line)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return lines
