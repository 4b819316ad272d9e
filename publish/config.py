"""The optional per-source TOML file: metadata and editorial overrides, validated with clear errors."""
from __future__ import annotations

import json
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from publish.errors import PublishError
from publish.languages import language, supported
from publish.model import Person, Picture
from publish.source import read_bounded

# Limits far above any booklet's TOML (a few hundred bytes, a handful of lines), so that a
# runaway file is refused at once instead of taking minutes (a 1 MB title took 255 s).
MAX_CONFIG_BYTES = 256 * 1024
MAX_TEXT_CHARS = 1_000               # a title, a name, a contact line, a heading
MAX_DESCRIPTION_CHARS = 10_000
MAX_LIST_ITEMS = 500                 # contact lines, authors, heading overrides
YEARS = range(1000, 10000)           # dc:date is a four-digit year (W3CDTF)
# Characters XML 1.0 cannot carry, and the other controls (DEL, C1): an EPUB with them is
# invalid.  Tabs and line breaks are text.
CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
LANGUAGE_TAG = re.compile(r"[A-Za-z0-9]{1,8}(?:-[A-Za-z0-9]{1,8})*")

# key -> (type, description); the schema is data so the error messages and docs agree.
METADATA_KEYS: dict[str, tuple[type, str]] = {
    "title": (str, "title of the edition"),
    "subtitle": (str, "subtitle"),
    "series": (str, "series name, e.g. 'Enneüs Heermalezing 2015'"),
    "language": (str, "BCP 47 language tag of a supported language; default: detected from the text"),
    "publisher": (str, "publisher"),
    "year": (int, "year of publication"),
    "description": (str, "one-paragraph description for catalogues"),
    "contact": (list, "colophon/contact lines, in order"),
    "authors": (list, "authors: [{name = '...', role = '...'}]"),
    "rights": (str, "rights statement for the colophon, e.g. '© 2015 de auteurs'"),
}
OVERRIDE_KEYS: dict[str, tuple[type, str]] = {
    "headings": (list, "lines that are section headings although the detector says otherwise"),
    "not_headings": (list, "lines the detector takes for headings that are body text"),
}
# [notes]: note texts the source lacks, by number (1 = "SCP, De sociale staat van Nederland 2015.").
NOTES_SECTION = "notes"
MAX_NOTE_NUMBER = 999        # note numbers are 1-3 digits (publish.clean.notes)
# [[pictures]]: file (beside the TOML), alt, credit, optional caption and place ("cover" or a
# chapter's number). Pictures are an input like the text: their type and size are limited.
PICTURES_SECTION = "pictures"
PICTURE_KEYS = {"file", "alt", "credit", "caption", "place"}
PICTURE_TYPES = {".jpg": "JPEG", ".jpeg": "JPEG", ".png": "PNG"}
MAX_PICTURE_BYTES = 8 * 1024 * 1024
MAX_PICTURE_PIXELS = 40_000_000
SECTIONS = {"metadata": METADATA_KEYS, "overrides": OVERRIDE_KEYS, NOTES_SECTION: {}, PICTURES_SECTION: {}}
TYPE_NAMES = {str: "string", int: "whole number", list: "list", dict: "table", bool: "true/false",
              float: "number"}
URL = re.compile(r"^[a-z][a-z0-9+.-]*://", re.IGNORECASE)


@dataclass(frozen=True)
class SourceConfig:
    """Validated contents of <stem>.toml; absent keys are None / empty."""

    path: Path | None = None
    metadata: dict[str, Any] = field(default_factory=dict)
    headings: tuple[str, ...] = ()
    not_headings: tuple[str, ...] = ()
    notes: tuple[tuple[int, str], ...] = ()
    pictures: tuple[Picture, ...] = ()

    @property
    def authors(self) -> tuple[Person, ...]:
        return tuple(Person(a["name"], a.get("role")) for a in self.metadata.get("authors", ()))


def config_path_for(source: Path) -> Path:
    return source.with_suffix(".toml")


def load_config(source: Path) -> SourceConfig:
    """The config beside a source (<stem>.toml), or an empty one when there is none."""
    path = config_path_for(source)
    if not path.exists():
        return SourceConfig()
    data = read_bounded(path, MAX_CONFIG_BYTES, "TOML files")
    try:
        raw = data.decode("utf-8-sig")          # a byte order mark is no syntax error
    except UnicodeDecodeError as error:
        raise PublishError(f"byte 0x{data[error.start]:02x} is not valid UTF-8 (a TOML file is UTF-8)",
                           path, data.count(b"\n", 0, error.start) + 1) from None
    try:
        parsed = tomllib.loads(raw)
    except tomllib.TOMLDecodeError as error:
        line = getattr(error, "lineno", None) or _line_from_message(str(error))
        raise PublishError(f"TOML syntax error: {error}", path, line) from None
    except RecursionError:                      # tomllib parses nested arrays and tables recursively
        raise PublishError("arrays or tables nested too deeply (a few levels are all the keys need)",
                           path) from None
    return _validate(parsed, path, raw)


def _line_from_message(message: str) -> int | None:
    match = re.search(r"line (\d+)", message)
    return int(match.group(1)) if match else None


def _line_of(raw: str, key: str) -> int | None:
    """Line where a key is written (tomllib does not keep positions)."""
    pattern = re.compile(rf"^\s*(\[+\s*)?([\w.]*\.)?{re.escape(key)}\b", re.MULTILINE)
    match = pattern.search(raw)
    return raw.count("\n", 0, match.start()) + 1 if match else None


def _line_with(raw: str, text: str) -> int | None:
    """The first line holding `text` (a picture's file name), for errors about that entry."""
    at = raw.find(text)
    return raw.count("\n", 0, at) + 1 if at >= 0 else None


def _fail(path: Path, raw: str, key: str, message: str):
    raise PublishError(f"key '{key}': {message}", path, _line_of(raw, key.split(".")[-1]))


def _validate(data: dict, path: Path, raw: str) -> SourceConfig:
    for section in data:
        if section not in SECTIONS:
            _fail(path, raw, section, _unknown_section(section))
    metadata = _validate_section(data.get("metadata", {}), METADATA_KEYS, "metadata", path, raw)
    overrides = _validate_section(data.get("overrides", {}), OVERRIDE_KEYS, "overrides", path, raw)
    _validate_authors(metadata.get("authors", []), path, raw)
    _validate_values(metadata, path, raw)
    return SourceConfig(path=path, metadata=metadata,
                        headings=tuple(overrides.get("headings", ())),
                        not_headings=tuple(overrides.get("not_headings", ())),
                        notes=_validate_notes(data.get(NOTES_SECTION, {}), path, raw),
                        pictures=tuple(_validate_picture(entry, path, raw)
                                       for entry in _picture_entries(data.get(PICTURES_SECTION, []), path, raw)))


def _unknown_section(name: str) -> str:
    """What is wrong with a top-level `name` that is no section, and where it belongs when it is
    a key of one (title = "..." written above [metadata])."""
    owners = [section for section, schema in SECTIONS.items() if name in schema]
    if owners:
        return f"belongs in a section: put it under [{owners[0]}]"
    return f"unknown section; expected one of {', '.join(sorted(SECTIONS))}"


def _validate_notes(section: Any, path: Path, raw: str) -> tuple[tuple[int, str], ...]:
    """[notes]: each key a note number, each value its text."""
    if not isinstance(section, dict):
        _fail(path, raw, NOTES_SECTION, "must be a table: [notes] 1 = \"text of note 1\"")
    notes = []
    for key, text in section.items():
        if not key.isdigit() or not 1 <= int(key) <= MAX_NOTE_NUMBER:
            _fail(path, raw, f"{NOTES_SECTION}.{key}", f"a note number from 1 to {MAX_NOTE_NUMBER} is expected")
        if not isinstance(text, str) or not text.strip():
            _fail(path, raw, f"{NOTES_SECTION}.{key}", "the text of the note must be a non-empty string")
        notes.append((int(key), text.strip()))
    return tuple(sorted(notes))


def _picture_entries(section: Any, path: Path, raw: str) -> list[dict]:
    if not isinstance(section, list) or not all(isinstance(entry, dict) for entry in section):
        _fail(path, raw, PICTURES_SECTION,
              'must be a list of tables: [[pictures]] file = "...", alt = "...", credit = "..."')
    return section


def _validate_picture(entry: dict, path: Path, raw: str) -> Picture:
    """One [[pictures]] entry: a JPEG or PNG file beside the TOML, with alt text and credit."""
    where = f"{PICTURES_SECTION}.{entry.get('file', '')}" if isinstance(entry.get("file"), str) else PICTURES_SECTION
    unknown = set(entry) - PICTURE_KEYS
    if unknown:
        _fail(path, raw, PICTURES_SECTION,
              f"unknown picture key(s): {', '.join(sorted(unknown))}; known: {', '.join(sorted(PICTURE_KEYS))}")
    for key in ("file", "caption", "place", "credit", "alt"):
        if key in entry and not isinstance(entry[key], str):
            _fail(path, raw, PICTURES_SECTION, f"a picture's {key} must be a string")
    if not entry.get("file", "").strip():
        _fail(path, raw, PICTURES_SECTION, 'each picture needs a file: file = "portret.jpg"')
    name = entry["file"]
    if not entry.get("alt", "").strip():
        raise PublishError(f"picture {name!r} has no alt text: add alt = \"...\" saying what it shows, "
                           "for readers who cannot see it", path, _line_with(raw, name))
    if not entry.get("credit", "").strip():
        raise PublishError(f"picture {name!r} has no credit: add credit = \"...\" naming the photographer "
                           "or the source", path, _line_with(raw, name))
    place = entry.get("place", "cover").strip()
    if place != "cover" and not re.fullmatch(r"chapter [1-9]\d*", place):
        _fail(path, raw, where, f"place must be \"cover\" or \"chapter N\", not {place!r}")
    width, height = _picture_size(path.parent, name, path, raw)
    caption = entry.get("caption", "").strip() or None
    return Picture(str((path.parent / name).resolve()), entry["alt"].strip(), entry["credit"].strip(),
                   width, height, caption, place)


def _picture_size(folder: Path, name: str, path: Path, raw: str) -> tuple[int, int]:
    """The picture's size in pixels, after checking it is a JPEG or PNG file in the TOML's folder."""
    line = _line_with(raw, name)
    file = (folder / name).resolve()
    if not file.is_relative_to(folder.resolve()):
        raise PublishError(f"picture {name!r} is outside the folder of the TOML", path, line)
    kind = PICTURE_TYPES.get(file.suffix.lower())
    if kind is None:
        raise PublishError(f"picture {name!r}: only JPEG and PNG files are accepted", path, line)
    if not file.is_file():
        raise PublishError(f"picture {name!r} not found beside the TOML", path, line)
    if file.stat().st_size > MAX_PICTURE_BYTES:
        raise PublishError(f"picture {name!r} is larger than {MAX_PICTURE_BYTES // 2**20} MB", path, line)
    from PIL import Image, UnidentifiedImageError
    try:
        with Image.open(file) as image:
            if image.format != kind:
                raise PublishError(f"picture {name!r} is not a {kind} file", path, line)
            if image.width * image.height > MAX_PICTURE_PIXELS:
                raise PublishError(f"picture {name!r} has more than {MAX_PICTURE_PIXELS // 10**6} million pixels",
                                   path, line)
            image.verify()
            return image.width, image.height
    except (OSError, UnidentifiedImageError, Image.DecompressionBombError) as error:
        raise PublishError(f"picture {name!r} cannot be read: {error}", path, line) from None


def _validate_section(section: Any, schema: dict, name: str, path: Path, raw: str) -> dict:
    if not isinstance(section, dict):
        _fail(path, raw, name, "must be a table")
    for key, value in section.items():
        if key not in schema:
            _fail(path, raw, f"{name}.{key}", f"unknown key; known keys: {', '.join(schema)}")
        expected, _ = schema[key]
        if not isinstance(value, expected) or (expected is int and isinstance(value, bool)):
            wrong = f"must be a {TYPE_NAMES[expected]}, not a {TYPE_NAMES.get(type(value), type(value).__name__)}"
            if key == "authors" and isinstance(value, str):         # one name: shown the list it needs
                wrong += f"; {_author_form([value])}"
            _fail(path, raw, f"{name}.{key}", wrong)
        if isinstance(value, list):
            _check_list(value, key, f"{name}.{key}", path, raw)
        for text in _strings_in(value):
            _check_text(text, key, f"{name}.{key}", path, raw)
    return dict(section)


def _check_list(values: list, key: str, where: str, path: Path, raw: str) -> None:
    """A list holds strings (authors: tables), and not more of them than any booklet needs."""
    item = dict if key == "authors" else str
    if any(not isinstance(value, item) for value in values):
        if item is dict:
            _fail(path, raw, "authors", _author_form(values))
        _fail(path, raw, key, "must be a list of strings")
    if len(values) > MAX_LIST_ITEMS:
        _fail(path, raw, where, f"has {len(values):,} entries; at most {MAX_LIST_ITEMS} are accepted")


def _author_form(values: list) -> str:
    """The form the list of authors needs, shown whole: the names written as plain strings as
    tables, the authors written as tables as they are (when every entry is one or the other)."""
    tables = [_author_table(value) for value in values]
    if not tables or None in tables:
        return "each author needs a name: {name = '...', role = '...'}"
    return f"each author is a table with a name and an optional role: authors = [{', '.join(map(str, tables))}]"


def _author_table(value: Any) -> str | None:
    """An author as an inline table ({name = "Bo", role = "spreker"}), a plain name too; None
    for an entry that is neither a name nor a table of texts."""
    table = {"name": value} if isinstance(value, str) else value
    if not isinstance(table, dict) or not all(isinstance(text, str) for text in table.values()):
        return None
    return "{" + ", ".join(f"{_toml_key(key)} = {json.dumps(text, ensure_ascii=False)}"
                           for key, text in table.items()) + "}"


def _toml_key(key: str) -> str:
    return key if re.fullmatch(r"[A-Za-z0-9_-]+", key) else json.dumps(key, ensure_ascii=False)


def _check_text(text: str, key: str, where: str, path: Path, raw: str) -> None:
    longest = MAX_DESCRIPTION_CHARS if key == "description" else MAX_TEXT_CHARS
    if len(text) > longest:
        _fail(path, raw, where, f"is {len(text):,} characters long; at most {longest:,} are accepted")
    control = CONTROL.search(text)
    if control:
        _fail(path, raw, where, f"control character U+{ord(control.group()):04X} is not allowed in text")
    if URL.match(text) and key != "contact":
        _fail(path, raw, where, f"URLs are not allowed here ({text!r})")


def _strings_in(value: Any):
    """The strings in a value whose lists hold strings or tables of strings (checked before)."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, list):
        for item in value:
            yield from _strings_in(item)
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings_in(item)


def _validate_authors(authors: list, path: Path, raw: str) -> None:
    for author in authors:
        if not isinstance(author.get("name"), str):
            _fail(path, raw, "authors", "each author needs a name: {name = '...', role = '...'}")
        unknown = set(author) - {"name", "role"}
        if unknown:
            _fail(path, raw, "authors", f"unknown author key(s): {', '.join(sorted(unknown))}")
        if "role" in author and not isinstance(author["role"], str):
            _fail(path, raw, "authors", "an author's role must be a string")
        if not _visible(author["name"]):
            _fail(path, raw, "authors", "an author's name is empty")


def _validate_values(metadata: dict, path: Path, raw: str) -> None:
    """Values an EPUB reader or validator would refuse: no title, no language, no year."""
    if "title" in metadata and not _visible(metadata["title"]):
        _fail(path, raw, "metadata.title", "is empty")
    if "language" in metadata and not _language_tag(metadata["language"]):
        _fail(path, raw, "metadata.language", f"{metadata['language']!r} is not a BCP 47 language tag "
                                              "(e.g. 'nl', 'nl-BE', 'en-GB')")
    if "language" in metadata:
        try:
            language(metadata["language"])
        except PublishError as error:
            _fail(path, raw, "metadata.language", str(error))
    if "year" in metadata and metadata["year"] not in YEARS:
        _fail(path, raw, "metadata.year",
              f"{metadata['year']} is not a four-digit year ({YEARS.start} to {YEARS.stop - 1})")


def _visible(text: str) -> bool:
    """Text a reader can see: a letter or digit in it (not only spaces or format characters)."""
    return any(character.isalnum() for character in text)


def _language_tag(tag: str) -> bool:
    """A BCP 47 tag whose subtags IANA assigned.  The bare code of a language publish has a folder
    for is one (tests/test_languages.py holds every folder name to it) without importing langcodes,
    which costs 35 ms of every build."""
    if tag in supported():
        return True
    import langcodes
    return LANGUAGE_TAG.fullmatch(tag) is not None and langcodes.tag_is_valid(tag)
