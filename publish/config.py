"""The optional per-source TOML file: metadata and editorial overrides, validated with clear errors."""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from publish.errors import PublishError
from publish.model import Person

# key -> (type, description); the schema is data so the error messages and docs agree.
METADATA_KEYS: dict[str, tuple[type, str]] = {
    "title": (str, "title of the edition"),
    "subtitle": (str, "subtitle"),
    "series": (str, "series name, e.g. 'Enneüs Heermalezing 2015'"),
    "language": (str, "BCP 47 language tag, default 'nl'"),
    "publisher": (str, "publisher"),
    "year": (int, "year of publication"),
    "description": (str, "one-paragraph description for catalogues"),
    "contact": (list, "colophon/contact lines, in order"),
    "authors": (list, "authors: [{name = '...', role = '...'}]"),
}
OVERRIDE_KEYS: dict[str, tuple[type, str]] = {
    "headings": (list, "lines that are section headings although the detector says otherwise"),
    "not_headings": (list, "lines the detector takes for headings that are body text"),
}
# [notes]: note texts the source lacks, by number (1 = "SCP, De sociale staat van Nederland 2015.").
NOTES_SECTION = "notes"
MAX_NOTE_NUMBER = 999        # note numbers are 1-3 digits (publish.clean.notes)
SECTIONS = {"metadata": METADATA_KEYS, "overrides": OVERRIDE_KEYS, NOTES_SECTION: {}}
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
    try:
        raw = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise PublishError(f"cannot read the metadata file: {error}", path) from None
    try:
        data = tomllib.loads(raw)
    except tomllib.TOMLDecodeError as error:
        line = getattr(error, "lineno", None) or _line_from_message(str(error))
        raise PublishError(f"TOML syntax error: {error}", path, line) from None
    return _validate(data, path, raw)


def _line_from_message(message: str) -> int | None:
    match = re.search(r"line (\d+)", message)
    return int(match.group(1)) if match else None


def _line_of(raw: str, key: str) -> int | None:
    """Line where a key is written (tomllib does not keep positions)."""
    pattern = re.compile(rf"^\s*(\[+\s*)?([\w.]*\.)?{re.escape(key)}\b", re.MULTILINE)
    match = pattern.search(raw)
    return raw.count("\n", 0, match.start()) + 1 if match else None


def _fail(path: Path, raw: str, key: str, message: str):
    raise PublishError(f"key '{key}': {message}", path, _line_of(raw, key.split(".")[-1]))


def _validate(data: dict, path: Path, raw: str) -> SourceConfig:
    for section in data:
        if section not in SECTIONS:
            _fail(path, raw, section, f"unknown section; expected one of {', '.join(sorted(SECTIONS))}")
    metadata = _validate_section(data.get("metadata", {}), METADATA_KEYS, "metadata", path, raw)
    overrides = _validate_section(data.get("overrides", {}), OVERRIDE_KEYS, "overrides", path, raw)
    for key in ("contact", "headings", "not_headings"):
        values = metadata.get(key, overrides.get(key, []))
        if any(not isinstance(v, str) for v in values):
            _fail(path, raw, key, "must be a list of strings")
    _validate_authors(metadata.get("authors", []), path, raw)
    return SourceConfig(path=path, metadata=metadata,
                        headings=tuple(overrides.get("headings", ())),
                        not_headings=tuple(overrides.get("not_headings", ())),
                        notes=_validate_notes(data.get(NOTES_SECTION, {}), path, raw))


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


def _validate_section(section: Any, schema: dict, name: str, path: Path, raw: str) -> dict:
    if not isinstance(section, dict):
        _fail(path, raw, name, "must be a table")
    for key, value in section.items():
        if key not in schema:
            _fail(path, raw, f"{name}.{key}", f"unknown key; known keys: {', '.join(schema)}")
        expected, _ = schema[key]
        if not isinstance(value, expected) or (expected is int and isinstance(value, bool)):
            _fail(path, raw, f"{name}.{key}", f"must be a {TYPE_NAMES[expected]}, not a {TYPE_NAMES.get(type(value), type(value).__name__)}")
        for text in _strings_in(value):
            if URL.match(text) and key != "contact":
                _fail(path, raw, f"{name}.{key}", f"URLs are not allowed here ({text!r})")
    return dict(section)


def _strings_in(value: Any):
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
        if not isinstance(author, dict) or not isinstance(author.get("name"), str):
            _fail(path, raw, "authors", "each author needs a name: {name = '...', role = '...'}")
        unknown = set(author) - {"name", "role"}
        if unknown:
            _fail(path, raw, "authors", f"unknown author key(s): {', '.join(sorted(unknown))}")
        if "role" in author and not isinstance(author["role"], str):
            _fail(path, raw, "authors", "an author's role must be a string")
