"""pyphen's hyphenation dictionaries, parsed once per machine instead of once per process.

pyphen parses a dictionary's text patterns whenever a process first asks for it: 85 ms for Dutch,
more for German.  Here the parsed patterns are kept in the user's cache ($XDG_CACHE_HOME or
~/.cache, publish/hyphenation, one marshal file per dictionary's content and pyphen version: every
virtual environment installs the same files anew, so their modification time would make one file
per environment) and handed to pyphen's own per-process cache, where the cleaner's hyphen rules and
WeasyPrint's layout both find them.  A missing or damaged file is made again; a cache that cannot
be written only costs the time.
"""
from __future__ import annotations

import contextlib
import hashlib
import marshal
from functools import cache
from pathlib import Path
from typing import Any

from publish import user_cache


def cache_folder() -> Path:
    return user_cache.folder("hyphenation")


@cache
def dictionary(name: str) -> Any:
    """pyphen's Pyphen for a language tag or dictionary name ("nl", "nl_NL", "de-AT"), its patterns
    from the cache; KeyError when pyphen has none.  (pyphen has no type information.)"""
    import pyphen
    if not load_patterns(name):
        raise KeyError(f"pyphen has no hyphenation dictionary for {name!r}")
    return pyphen.Pyphen(lang=name.replace("-", "_"))


def load_patterns(name: str) -> bool:
    """Put the patterns pyphen would use for `name` into its cache (from ours); False when pyphen
    has no dictionary for it (WeasyPrint then leaves the text unhyphenated)."""
    import pyphen
    found = pyphen.language_fallback(name.replace("-", "_"))
    if found is None:
        return False
    path = pyphen.LANGUAGES[found]
    if path not in pyphen.hdcache:
        pyphen.hdcache[path] = _patterns(pyphen, Path(path))
    return True


def _cache_path(pyphen: Any, dic: Path) -> Path:
    digest = hashlib.blake2b(dic.read_bytes(), digest_size=8).hexdigest()
    return cache_folder() / f"{dic.stem}-{pyphen.__version__}-{digest}.marshal"


def _patterns(pyphen: Any, dic: Path) -> Any:
    """A HyphDict of `dic`, from the cache when it holds one, else parsed (and cached)."""
    path = _cache_path(pyphen, dic)
    try:
        return _restored(pyphen, marshal.loads(path.read_bytes()))
    except (OSError, EOFError, ValueError, TypeError, KeyError):
        pass
    parsed = pyphen.HyphDict(dic)
    fields = {name: value for name, value in vars(parsed).items() if name != "cache"}
    with contextlib.suppress(OSError, ValueError):   # a read-only cache, or patterns marshal cannot hold
        user_cache.write_file(path, marshal.dumps(fields))
        _remove_installation_keyed(dic)
    return parsed


def _remove_installation_keyed(dic: Path) -> None:
    """The files earlier versions kept for this dictionary, one per installation
    ("hyph_nl_NL-0.15.0-116507-1796511008.marshal": its size and modification time)."""
    for stale in cache_folder().glob(f"{dic.stem}-*-*-*.marshal"):
        with contextlib.suppress(OSError):
            stale.unlink()


def _restored(pyphen: Any, fields: dict[str, Any]) -> Any:
    """A HyphDict with the fields a parse gave (its word cache empty), checked for their shape."""
    if not isinstance(fields, dict) or not isinstance(fields.get("patterns"), dict) or not fields["patterns"]:
        raise ValueError("not a hyphenation dictionary")
    restored = pyphen.HyphDict.__new__(pyphen.HyphDict)
    vars(restored).update(fields, cache={})
    return restored
