"""Installed versions of the packages whose data publish keeps derived copies of (word tables,
font cuts), read from their dist-info folders as importlib.metadata reads them: importing it takes
25 ms, a tenth of a short build."""
from __future__ import annotations

import importlib.util
import os
import re
from functools import cache
from pathlib import Path


def version(distribution: str, module: str) -> str:
    """The installed version of `distribution`, which provides the top-level `module`; "missing"
    when it is not installed."""
    folder = package_folder(module)
    found = _dist_info_version(folder.parent, distribution) if folder else None
    if found:
        return found
    from importlib import metadata        # an installation without dist-info folders (an egg, a zip)
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return "missing"


def package_folder(module: str) -> Path | None:
    """The folder of an installed package (None when it is not installed or not a folder)."""
    spec = importlib.util.find_spec(module)
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations)))


def _dist_info_version(site: Path, distribution: str) -> str | None:
    """The version in the distribution's dist-info folder in `site` (None when there is none)."""
    prefix = re.sub(r"[-_.]+", "_", distribution).lower() + "-"
    for name in _entries(site):
        if name.lower().startswith(prefix) and name.endswith(".dist-info"):
            return _metadata_version(site / name / "METADATA")
    return None


def _metadata_version(path: Path) -> str | None:
    """The Version field of a METADATA file (its header comes first; the folder's name holds the
    version normalised, "4.4" for "4.004")."""
    try:
        with path.open(encoding="utf-8") as lines:
            for line in lines:
                if line.startswith("Version:"):
                    return line.removeprefix("Version:").strip()
                if not line.strip():
                    return None
    except OSError:
        pass
    return None


@cache
def _entries(folder: Path) -> tuple[str, ...]:
    try:
        return tuple(sorted(os.listdir(folder)))
    except OSError:
        return ()
