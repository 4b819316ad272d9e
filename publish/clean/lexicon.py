"""A Dutch lexicon: word frequencies from wordfreq's Dutch list, loaded once, looked up from a dict.

`import wordfreq` costs 0.2-0.4 s (langcodes, ftfy, regex) on every run; the list itself
is one gzipped msgpack file in the package's data folder.  It is found without executing the
package and decoded the way `wordfreq.read_cBpack` does; wordfreq itself is imported only when
the file is not where it is expected.

What is private here is the file's place and format, not an API: measured, the public
`wordfreq.get_frequency_list("nl")` loads the same list in 0.28-0.52 s, this in 0.09-0.14 s.
msgpack is declared in pyproject.toml.  A wordfreq release that moves the file or changes its
header falls back to the public API, and tests/clean/test_lexicon.py says so (wordfreq gets
imported); it also checks that the list read here equals wordfreq.get_frequency_dict.
"""
from __future__ import annotations

import gzip
import importlib.util
import math
from functools import lru_cache
from pathlib import Path

COMMON = 3.0     # Zipf >= 3: a word most readers know (about once per million words)
KNOWN = 1.5      # below this a "word" in the list is as likely an OCR error as a word
LINKS = ("", "s", "e", "en", "er")   # Dutch linking sounds between compound parts


# wordlist="best" for Dutch is the "large" list (wordfreq.available_languages: large over small).
WORDLIST_FILES = ("large_nl.msgpack.gz", "small_nl.msgpack.gz")


def _bucket_zipf(index: int) -> float:
    """The Zipf value of the words in bucket `index` (-index centibels), computed exactly as
    zipf() did from wordfreq.get_frequency_dict: freq = cB_to_freq(-index), then log10 + 9."""
    frequency = 10 ** (-index / 100)
    return round(math.log10(frequency) + 9, 2) if frequency > 0 else 0.0


def _read_packaged_list() -> list[list[str]] | None:
    """wordfreq's Dutch cBpack (buckets of words, bucket i at -i cB), or None when not found."""
    spec = importlib.util.find_spec("wordfreq")
    if spec is None or not spec.submodule_search_locations:
        return None
    for folder in spec.submodule_search_locations:
        for name in WORDLIST_FILES:
            path = Path(folder) / "data" / name
            if path.is_file():
                import msgpack
                with gzip.open(path, "rb") as infile:
                    data = msgpack.load(infile, raw=False)
                header = data[0]
                if not isinstance(header, dict) or header.get("format") != "cB" or header.get("version") != 1:
                    return None
                return data[1:]
    return None


@lru_cache(maxsize=1)
def _zipfs() -> dict[str, float]:
    """word -> Zipf value for the whole Dutch list (a later bucket wins, as in get_frequency_dict)."""
    pack = _read_packaged_list()
    table: dict[str, float] = {}
    if pack is None:                                  # an unusual install: ask wordfreq itself
        import wordfreq
        for word, frequency in wordfreq.get_frequency_dict("nl", wordlist="best").items():
            table[word] = round(math.log10(frequency) + 9, 2) if frequency > 0 else 0.0
        return table
    for index, bucket in enumerate(pack):
        if bucket:
            table.update(dict.fromkeys(bucket, _bucket_zipf(index)))
    return table


@lru_cache(maxsize=262144)
def zipf(word: str) -> float:
    """Zipf frequency of a word (0 when unknown), as wordfreq.zipf_frequency gives it for a
    single lower-case token."""
    return _zipfs().get(word.lower(), 0.0)


def known(word: str, threshold: float = KNOWN) -> bool:
    return zipf(word) >= threshold


@lru_cache(maxsize=262144)
def compound(word: str) -> bool:
    """A word made of known words (Dutch writes compounds as one word): 'maatjescontacten'."""
    word = word.lower()
    if known(word) or _inflected(word):
        return True
    for cut in range(3, len(word) - 2):
        head, tail = word[:cut], word[cut:]
        if not (known(tail, 2.5) or (len(tail) > 6 and compound(tail))):
            continue
        for link in LINKS:
            if head.endswith(link) and len(head) - len(link) >= 3 and known(head[: len(head) - len(link)], 2.5):
                return True
    return False


SUFFIXES = ("ere", "er", "ste", "st", "en", "e", "s", "de", "te", "d", "t")


def _inflected(word: str) -> bool:
    """A comparative, plural or past form of a known word: 'ongelijker', 'pessimistischer'."""
    return any(word.endswith(suffix) and len(word) - len(suffix) >= 4 and known(word[: -len(suffix)], 2.5)
               for suffix in SUFFIXES)
