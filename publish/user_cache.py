"""The user's cache of publish: the folders where work one process did is kept for the next
(word tables, hyphenation patterns, compiled templates and interface catalogs, print fonts),
under $XDG_CACHE_HOME or ~/.cache.  Everything in it may be deleted at any time."""
from __future__ import annotations

import os
import tempfile
from pathlib import Path


def folder(name: str) -> Path:
    """publish/<name> in the user's cache (not created here)."""
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "publish" / name


def write_file(path: Path, data: bytes) -> None:
    """Write to a temporary name beside path and rename it into place, so another process reads
    the whole file or none (OSError when the folder cannot be written)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.NamedTemporaryFile(dir=path.parent, prefix=path.name, suffix=".part", delete=False) as out:
        out.write(data)
    try:
        os.replace(out.name, path)
    finally:
        Path(out.name).unlink(missing_ok=True)
