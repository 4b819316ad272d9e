"""Where a source's files go in OUTDIR, and the temporary files of killed runs there.

Each source has a folder of its own, OUTDIR/<stem>.  A build writes each file as
.<target name>.<8 random characters>.part beside its target and holds an flock on it until the
file is renamed into place.  The kernel drops the lock when the process ends, however it ends
(kill -9 included), so an unlocked file named like ours is a leftover; a locked one belongs to
a run still writing (two builds into one OUTDIR at once).  Kept light (no rendering imports):
an unchanged source is cleared without loading the pipeline.
"""
from __future__ import annotations

import os
import re
from pathlib import Path

from publish.cache import CACHE_FOLDER
from publish.errors import PublishError

try:
    import fcntl
except ImportError:                     # Windows: no flock, so a leftover cannot be told from a live file
    fcntl = None  # type: ignore[assignment]  # the module, or None where there is none

PART_SUFFIX = ".part"
PART_NAME = re.compile(r"\..+\.[a-z0-9_]{8}" + re.escape(PART_SUFFIX))   # tempfile.mkstemp's names


PRINT_FOLDER = "print"      # build --print-html: OUTDIR/<stem>/print/ holds what WeasyPrint lays out


def output_stem(source_path: Path) -> str:
    """The source's stem, when it names a folder of its own inside OUTDIR: "...txt" has the
    stem "..", which would write the editions into OUTDIR's parent."""
    stem = source_path.stem
    if stem in ("", ".", "..") or stem == CACHE_FOLDER:
        raise PublishError(f"the file name gives no folder of its own in OUTDIR (its stem is {stem!r}); "
                           "rename the file", source_path)
    return stem


def folders_written(source_path: Path, outdir: Path) -> list[Path]:
    """The folders a build of source writes in: its own (with fonts/) and the cache's."""
    return [outdir / output_stem(source_path), outdir / CACHE_FOLDER]


def lock(descriptor: int) -> None:
    """Mark a temporary file as being written, for as long as this process holds descriptor."""
    if fcntl is not None:
        fcntl.flock(descriptor, fcntl.LOCK_EX)


def remove_leftovers(folder: Path) -> list[Path]:
    """Remove the temporary files of killed runs from folder and its subfolders; returns them."""
    if fcntl is None or not folder.is_dir():
        return []
    removed = []
    for candidate in sorted(folder.rglob("*" + PART_SUFFIX)):
        if PART_NAME.fullmatch(candidate.name) and _removed_when_unlocked(candidate):
            removed.append(candidate)
    return removed


def _removed_when_unlocked(path: Path) -> bool:
    try:
        descriptor = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)
    except FileNotFoundError:           # renamed into place meanwhile
        return False
    try:
        fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:             # a live run is writing it
        return False
    else:
        path.unlink(missing_ok=True)
        return True
    finally:
        os.close(descriptor)
