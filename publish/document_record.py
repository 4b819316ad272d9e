"""The document a build made of a source (read, cleaned and structured), what the build said
about it (the language line and the warnings) and the phrases in another language its rendering
found in the texts (publish.render.view.foreign_phrases), kept in OUTDIR's cache beside the
layout records, so that a later build of the same inputs for other editions (`-f epub` after a
full build) reads them instead of cleaning, structuring and searching the text again, and needs
neither the cleaner's passes nor the word lists: its editions are the same, byte for byte.

The record's key is a digest of the source, its TOML, the encoding, the code, templates, styles,
fonts and pictures (the cache's own digest pieces), of the source's resolved path and
modification time (the document holds the pictures' paths and the edition's date) and of the
word lists' version.  The record is a line of JSON with the key and the payload's digest, then
the payload: JSON of the model's dataclasses, never pickle (an OUTDIR may come from elsewhere).
A record that does not match, or is damaged, is ignored: the source is read, cleaned and
structured as if there were none.
"""
from __future__ import annotations

import dataclasses
import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from publish import __version__, cache, installed, model, report
from publish.model import Document
from publish.render.view import Phrases

RECORDS_FOLDER = "documents"    # inside the cache folder: one record per source stem
TYPE = "@"                      # the member of a JSON object naming the dataclass it stands for

# The dataclasses a document is made of, by name: the only ones a record may name.
MODEL_TYPES: dict[str, type] = {name: value for module in (model, report) for name, value in vars(module).items()
                                if isinstance(value, type) and dataclasses.is_dataclass(value)}


@dataclass(frozen=True)
class Prepared:
    """What a build takes from reading, cleaning and structuring a source: the document, the line
    naming its language and why, the warnings about it, and the foreign phrases of its texts
    (publish.render.view.phrases_of_build: found while its editions are rendered)."""

    document: Document
    language: str
    warnings: tuple[str, ...]
    phrases: Phrases = dataclasses.field(default_factory=dict)


def record_path(outdir: Path, source: Path) -> Path:
    return outdir / cache.CACHE_FOLDER / RECORDS_FOLDER / f"{source.stem}.json"


def document_key(source: Path, encoding: str, modified: int) -> str:
    """A digest of everything that shapes source's document (PublishError as the build's reading)."""
    words = installed.version("wordfreq", "wordfreq")      # the word lists cleaning and the phrases read
    digest = hashlib.sha256(f"document|{__version__}|{encoding}|{source.resolve()}|{modified}|{words}".encode())
    cache.add_source_inputs(source, digest)
    return digest.hexdigest()


def encoded(key: str, prepared: Prepared) -> bytes:
    """The record of prepared under key: a line of JSON with the key and the payload's digest,
    then the payload, JSON of the document, the language line, the warnings and the phrases."""
    payload = json.dumps({"document": _plain(prepared.document), "language": prepared.language,
                          "warnings": list(prepared.warnings), "phrases": prepared.phrases},
                         ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    header = json.dumps({"key": key, "digest": hashlib.sha256(payload).hexdigest()}).encode("utf-8")
    return header + b"\n" + payload


def read(path: Path, key: str) -> Prepared | None:
    """The record at path when it has this key and is whole; None otherwise (never an error:
    without it the source is read, cleaned and structured)."""
    try:
        header, payload = path.read_bytes().split(b"\n", 1)
        record = json.loads(header)
        if record["key"] != key or record["digest"] != hashlib.sha256(payload).hexdigest():
            return None
        made = json.loads(payload, object_hook=_model_object)
        document, language, warnings = made["document"], made["language"], made["warnings"]
        if not (isinstance(document, Document) and isinstance(language, str)
                and all(isinstance(warning, str) for warning in warnings)):
            return None
        return Prepared(document, language, tuple(warnings), _phrases(made["phrases"]))
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None


def _phrases(recorded: dict[str, dict[str, list[list[Any]]]]) -> Phrases:
    """The recorded phrases with their spans as the search gives them (TypeError when they are not spans)."""
    return {tag: {text: tuple(_span(*span) for span in spans) for text, spans in texts.items()}
            for tag, texts in recorded.items()}


def _span(start: object, end: object, code: object) -> tuple[int, int, str]:
    if not (isinstance(start, int) and isinstance(end, int) and isinstance(code, str)):
        raise TypeError("not a phrase")
    return start, end, code


def _plain(value: Any) -> Any:
    """A model value as JSON sees it: a dataclass as an object naming its type, a tuple as a list."""
    if dataclasses.is_dataclass(value) and type(value).__name__ in MODEL_TYPES:
        return {TYPE: type(value).__name__,
                **{field.name: _plain(getattr(value, field.name)) for field in dataclasses.fields(value)}}
    if isinstance(value, tuple):
        return [_plain(item) for item in value]
    if value is None or isinstance(value, (str, int, float)):
        return value
    raise TypeError(f"a document record cannot hold {type(value).__name__}")


def _model_object(members: dict[str, Any]) -> Any:
    """A JSON object of a record back as the dataclass it names, its lists as tuples (the model's
    sequences are tuples); an object naming no type stays a dict."""
    if TYPE not in members:
        return members
    fields = {name: _tupled(value) for name, value in members.items() if name != TYPE}
    return MODEL_TYPES[members[TYPE]](**fields)


def _tupled(value: Any) -> Any:
    return tuple(_tupled(item) for item in value) if isinstance(value, list) else value
