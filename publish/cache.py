"""Skip builds whose inputs have not changed: a hash of everything that goes into the outputs.

Kept light on purpose (no rendering imports), so a no-op rebuild costs only the hashing.
The cache lives inside OUTDIR, so a fresh OUTDIR is always a cold build.
"""
from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

from publish import __version__
from publish.editions import Edition, chosen
from publish.fonts import font_key
from publish.impose import Imposition
from publish.resources import PACKAGE_DIR, STYLES_DIR, TEMPLATES_DIR
from publish.config import MAX_CONFIG_BYTES, config_path_for, load_config
from publish.errors import PublishError
from publish.languages import FOLDER as LANGUAGES_DIR
from publish.source import MAX_SOURCE_BYTES, read_bounded

# Everything besides the source and its TOML that shapes the outputs: the code (installed from a
# wheel, the package folder also holds the templates and styles), the templates, styles and fonts,
# and the languages' data (the words cleaning reads, interface labels, accessibility summaries).
INPUTS = ((PACKAGE_DIR, "*.py"), (TEMPLATES_DIR, "*"), (STYLES_DIR, "*"), (LANGUAGES_DIR, "*"))
CACHE_FOLDER = ".publish-cache"


def _tree_digest(folder: Path, pattern: str, digest) -> None:
    for path in sorted(folder.rglob(pattern)):
        if path.is_file() and "__pycache__" not in path.parts:
            digest.update(str(path.relative_to(folder.parent)).encode())
            digest.update(path.read_bytes())


def input_key(source: Path, formats: tuple[str, ...], encoding: str, imposition: Imposition | None = None) -> str:
    """A digest of the source, its TOML, the code, templates, styles, fonts, languages' data, the
    options and the rows of the chosen editions (publish/editions.py).

    Reads the source and the TOML within the same limits as the build does (PublishError)."""
    digest = hashlib.sha256()
    digest.update(f"{__version__}|{','.join(sorted(formats))}|{encoding}|{imposition!r}|"
                  f"{os.environ.get('SOURCE_DATE_EPOCH', '')}".encode())
    for edition in chosen(formats):
        add_edition(edition, digest)
    add_source_inputs(source, digest)
    return digest.hexdigest()


def add_edition(edition: Edition, digest) -> None:
    """An edition's row and the files it names (an output profile) into digest."""
    digest.update(edition.key.encode())
    for variable in edition.files_from:
        named = Path(os.environ.get(variable, ""))
        digest.update(named.read_bytes() if named.is_file() else b"<none>")


def add_source_inputs(source: Path, digest) -> None:
    """The source, its TOML, the code, templates, styles, fonts, languages' data and the TOML's
    pictures into digest.

    Reads the source and the TOML within the same limits as the build does (PublishError)."""
    digest.update(read_bounded(source, MAX_SOURCE_BYTES, "sources"))
    toml = config_path_for(source)
    digest.update(read_bounded(toml, MAX_CONFIG_BYTES, "TOML files") if toml.exists() else b"<none>")
    for folder, pattern in INPUTS:
        if folder.exists():
            _tree_digest(folder, pattern, digest)
    digest.update(f"fonts {font_key()}".encode())           # the print cuts' packages and recipe
    for picture in _pictures(source):
        digest.update(picture.read_bytes() if picture.is_file() else b"<missing>")


def _pictures(source: Path) -> list[Path]:
    """The picture files the source's TOML names; none when it has no valid TOML (the build says why)."""
    try:
        return [Path(picture.path) for picture in load_config(source).pictures]
    except PublishError:
        return []


def _record_path(outdir: Path, source: Path) -> Path:
    return outdir / CACHE_FOLDER / f"{source.stem}.json"


def _file_digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def fresh_files(outdir: Path, source: Path, key: str) -> tuple[Path, ...] | None:
    """The files of the last build of this source into outdir, when it had the same inputs and
    every file it wrote is still there, inside this outdir, as it was written.

    The record keeps resolved paths, so it means the same from any working folder; a file
    recorded outside outdir (a copied OUTDIR) or missing or altered means a rebuild.  The files
    are returned under outdir as given, as a fresh build returns them.
    """
    try:
        record = json.loads(_record_path(outdir, source).read_text(encoding="utf-8"))
        files = {Path(path): digest for path, digest in record["files"].items()}
        home = outdir.resolve()
        if record["key"] != key or not all(path.is_absolute() and path.is_relative_to(home) for path in files):
            return None
        if all(_file_digest(path) == digest for path, digest in files.items()):
            return tuple(outdir / path.relative_to(home) for path in files)
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        pass
    return None


def remember(outdir: Path, source: Path, key: str, written: list[Path]) -> None:
    from publish.build import write_atomically
    record = {"key": key, "files": {str(path.resolve()): _file_digest(path) for path in written}}
    write_atomically(_record_path(outdir, source), json.dumps(record, indent=1).encode("utf-8"))


def refresh(outdir: Path, source: Path) -> None:
    """Record the files of the last build of source as they are now, under the same key: a step
    of the same build changed one (publish check wrote the conformance claim into the EPUB)."""
    from publish.build import write_atomically
    path = _record_path(outdir, source)
    record = json.loads(path.read_text(encoding="utf-8"))
    record["files"] = {name: _file_digest(Path(name)) for name in record["files"]}
    write_atomically(path, json.dumps(record, indent=1).encode("utf-8"))
