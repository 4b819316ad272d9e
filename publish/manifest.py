"""A publisher's list: the titles named on the command line as files, folders, globs or manifests.

A manifest is a file naming one title per entry; its relative paths are read from the manifest's
own folder, so a list moves with its texts.  Two forms, told apart by the file's suffix:

  NAME.list   one source (or folder, or glob) per line; blank lines and lines starting with #
              are skipped
  NAME.csv    a header line, then one title per row; columns: source (required), formats and
              encoding (optional: an empty cell or a missing column takes the command line's value)
"""
from __future__ import annotations

import csv
import glob
import io
from dataclasses import dataclass, replace
from pathlib import Path

from typing import TYPE_CHECKING

from publish.errors import PublishError
from publish.source import read_bounded

if TYPE_CHECKING:
    from publish.impose import Imposition

MANIFEST_SUFFIXES = (".list", ".csv")
CSV_COLUMNS = ("source", "formats", "encoding")
MAX_MANIFEST_BYTES = 16 * 1024 * 1024      # about 100,000 titles of long paths
GLOB_CHARACTERS = frozenset("*?[")


@dataclass(frozen=True)
class Title:
    """One source of the list and the options it is built with."""

    source: Path
    formats: tuple[str, ...]
    encoding: str = "utf-8"
    imposition: Imposition | None = None     # --imposed: how the imposable editions are laid on sheets
    print_html: bool = False


def parse_formats(value: str, known: tuple[str, ...]) -> tuple[str, ...]:
    """"html, epub" -> ("html", "epub"); ValueError naming what is not a format."""
    chosen = tuple(dict.fromkeys(part.strip().lower() for part in value.split(",") if part.strip()))
    unknown = [f for f in chosen if f not in known]
    if unknown or not chosen:
        raise ValueError(f"unknown format {', '.join(unknown) or repr(value)}; choose from {','.join(known)}")
    return chosen


def titles(arguments: list[Path], defaults: Title) -> list[Title]:
    """Every title the arguments name, in order, each built with the defaults' options unless a
    CSV manifest row says otherwise.  (defaults.source is not used.)"""
    found: list[Title] = []
    for argument in arguments:
        if argument.suffix in MANIFEST_SUFFIXES and not argument.is_dir():
            found += _manifest(argument, defaults)
        else:
            found += [_with_source(defaults, path) for path in sources(argument)]
    return found


def sources(argument: Path) -> list[Path]:
    """A folder: its .txt files; a pattern that names no file: the .txt files it matches;
    anything else is a source, built (or reported missing) as a title of its own."""
    if argument.is_dir():
        found = sorted(path for path in argument.glob("*.txt") if path.is_file())
        if not found:
            raise PublishError("no .txt file in this folder", argument)
        return found
    if GLOB_CHARACTERS & set(str(argument)) and not argument.exists():
        found = sorted(Path(name) for name in glob.glob(str(argument), recursive=True)
                       if name.endswith(".txt") and Path(name).is_file())
        if not found:
            raise PublishError("the pattern matches no .txt file", argument)
        return found
    return [argument]


def _with_source(title: Title, source: Path) -> Title:
    return replace(title, source=source)


def _manifest(path: Path, defaults: Title) -> list[Title]:
    try:
        text = read_bounded(path, MAX_MANIFEST_BYTES, "manifests").decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise PublishError(f"byte {error.object[error.start]:#04x} at byte offset {error.start} is not "
                           "valid UTF-8 (a manifest is UTF-8)", path) from None
    if path.suffix == ".csv":
        return _csv_manifest(path, text, defaults)
    found = []
    for number, line in enumerate(text.splitlines(), start=1):
        entry = line.strip()
        if entry and not entry.startswith("#"):
            found += [_with_source(defaults, source) for source in _entry(path, number, entry)]
    return found


def _csv_manifest(path: Path, text: str, defaults: Title) -> list[Title]:
    from publish.editions import names
    rows = csv.DictReader(io.StringIO(text))
    unknown = [name for name in rows.fieldnames or () if name not in CSV_COLUMNS]
    if "source" not in (rows.fieldnames or ()) or unknown:
        raise PublishError("the first line must name the columns: source (required), formats, encoding"
                           + (f"; unknown column {', '.join(map(repr, unknown))}" if unknown else ""), path, 1)
    found = []
    for row in rows:
        number = rows.line_num
        if None in row:
            raise PublishError('more cells than columns; quote a cell that holds commas ("html,epub")',
                               path, number)
        if not (row["source"] or "").strip():
            continue
        try:
            formats = parse_formats(row["formats"], names()) if (row.get("formats") or "").strip() \
                else defaults.formats
        except ValueError as error:
            raise PublishError(str(error), path, number) from None
        encoding = (row.get("encoding") or "").strip() or defaults.encoding
        found += [replace(defaults, source=source, formats=formats, encoding=encoding)
                  for source in _entry(path, number, row["source"].strip())]
    return found


def _entry(manifest: Path, number: int, entry: str) -> list[Path]:
    """The sources one manifest entry names, read from the manifest's folder; no manifests in manifests."""
    target = manifest.parent / entry
    if target.suffix in MANIFEST_SUFFIXES and not target.is_dir():
        raise PublishError(f"a manifest names another manifest ({entry}); list the sources themselves",
                           manifest, number)
    try:
        return sources(target)
    except PublishError as error:
        raise PublishError(f"{entry}: {error.message}", manifest, number) from None
