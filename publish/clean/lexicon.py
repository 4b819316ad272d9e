"""Word frequencies from wordfreq's lists (Dutch by default), looked up in a compact prebuilt table.

`import wordfreq` costs 0.2-0.4 s (langcodes, ftfy, regex) on every run, and decoding its list
into a dict another 0.09-0.14 s and 33 MB per process.  So the list is decoded once per machine
into a hash table file in the user's cache ($XDG_CACHE_HOME or ~/.cache, publish/lexicon), named
by the language code and wordfreq's version; every later process maps that file (shared between
processes by the page cache) and looks words up in it: loading takes milliseconds.  A missing or
damaged file (its length and checksum are checked) is rebuilt and replaced atomically; when the
cache folder cannot be written the table is kept in memory for the process.

wordfreq's list is found without executing the package and decoded the way `wordfreq.read_cBpack`
does; wordfreq itself is imported only when the file is not where it is expected.  What is
private here is the file's place and format, not an API: a wordfreq release that moves the file
or changes its header falls back to the public API, and tests/clean/test_lexicon.py says so
(wordfreq gets imported); it also checks that the table equals wordfreq.get_frequency_dict.
msgpack is declared in pyproject.toml.
"""
from __future__ import annotations

import gzip
import math
import mmap
import struct
import sys
import zlib
from collections.abc import Iterator
from functools import cache, lru_cache
from pathlib import Path

from publish import installed, user_cache
from publish.languages import DEFAULT
from publish.languages import language as language_data

LANGUAGE = DEFAULT
COMMON = 3.0     # Zipf >= 3: a word most readers know (about once per million words)
KNOWN = 1.5      # below this a "word" in the list is as likely an OCR error as a word
# Dutch compounds in print run to about 50 letters ("kindercarnavalsoptochtvoorbereidingswerkzaamheden",
# 49); a longer run of letters is no word, and splitting it would recurse once per few letters.
LONGEST_COMPOUND = 64


def wordlist_files(language: str) -> tuple[str, ...]:
    """wordlist="best" is the "large" list where there is one (wordfreq.available_languages: large over small)."""
    return (f"large_{language}.msgpack.gz", f"small_{language}.msgpack.gz")


def _bucket_zipf(index: int) -> float:
    """The Zipf value of the words in bucket `index` (-index centibels), computed exactly as
    zipf() did from wordfreq.get_frequency_dict: freq = cB_to_freq(-index), then log10 + 9."""
    frequency = 10 ** (-index / 100)
    return round(math.log10(frequency) + 9, 2) if frequency > 0 else 0.0


def _packaged_list_path(language: str) -> Path | None:
    folder = installed.package_folder("wordfreq")
    for name in wordlist_files(language) if folder else ():
        if (path := folder / "data" / name).is_file():          # type: ignore[operator]  # folder is set here
            return path
    return None


def _read_packaged_list(language: str) -> list[list[str]] | None:
    """wordfreq's cBpack of the language (buckets of words, bucket i at -i cB), or None when not found."""
    path = _packaged_list_path(language)
    if path is None:
        return None
    import msgpack
    with gzip.open(path, "rb") as infile:
        data = msgpack.load(infile, raw=False)
    header = data[0]
    if not isinstance(header, dict) or header.get("format") != "cB" or header.get("version") != 1:
        return None
    return data[1:]


def _zipfs(language: str = LANGUAGE) -> dict[str, float]:
    """word -> Zipf value for the language's whole list (a later bucket wins, as in get_frequency_dict)."""
    pack = _read_packaged_list(language)
    table: dict[str, float] = {}
    if pack is None:                                  # an unusual install: ask wordfreq itself
        import wordfreq
        for word, frequency in wordfreq.get_frequency_dict(language, wordlist="best").items():
            table[word] = round(math.log10(frequency) + 9, 2) if frequency > 0 else 0.0
        return table
    for index, bucket in enumerate(pack):
        if bucket:
            table.update(dict.fromkeys(bucket, _bucket_zipf(index)))
    return table


# The table file: a header (magic, bucket count, word count, body length, CRC-32 of the body), then
# the body: bucket offsets (native unsigned ints, one more than buckets) and the entries, each
# b"\nword\tzipf", grouped by bucket (CRC-32 of the word's UTF-8 modulo the bucket count).
MAGIC = b"pubLEX01"
HEADER = struct.Struct("<8sIIII")
WORDS_PER_BUCKET = 4


class WordTable:
    """A read-only word -> Zipf table over the bytes of a table file (mapped or in memory)."""

    def __init__(self, data: bytes | mmap.mmap):
        if len(data) < HEADER.size:
            raise ValueError("table file too short")
        magic, buckets, words, length, checksum = HEADER.unpack_from(data)
        complete = magic == MAGIC and len(data) == HEADER.size + length
        if not complete or zlib.crc32(memoryview(data)[HEADER.size:]) != checksum:
            raise ValueError("not a complete table file")
        self.data, self.buckets, self.words = data, buckets, words
        self.offsets = memoryview(data)[HEADER.size:HEADER.size + 4 * (buckets + 1)].cast("I")

    def __len__(self) -> int:
        return self.words

    def get(self, word: str) -> float:
        key = word.encode("utf-8")
        bucket = zlib.crc32(key) % self.buckets
        entries = self.data[self.offsets[bucket]:self.offsets[bucket + 1]]
        found = entries.find(b"\n" + key + b"\t")
        if found < 0:
            return 0.0
        start = found + len(key) + 2
        end = entries.find(b"\n", start)
        return float(entries[start:end if end >= 0 else len(entries)])


def table_bytes(table: dict[str, float]) -> bytes:
    """The table file of a word -> Zipf dict."""
    buckets = max(1, len(table) // WORDS_PER_BUCKET)
    grouped: list[list[bytes]] = [[] for _ in range(buckets)]
    for word, value in table.items():
        key = word.encode("utf-8")
        if b"\n" in key or b"\t" in key:          # no such token in wordfreq's lists; they could not be found
            continue
        grouped[zlib.crc32(key) % buckets].append(b"\n" + key + b"\t" + repr(value).encode())
    entries = [b"".join(group) for group in grouped]
    start = HEADER.size + 4 * (buckets + 1)
    offsets = [start]
    for chunk in entries:
        offsets.append(offsets[-1] + len(chunk))
    body = struct.pack(f"={buckets + 1}I", *offsets) + b"".join(entries)
    return HEADER.pack(MAGIC, buckets, sum(map(len, grouped)), len(body), zlib.crc32(body)) + body


def cache_folder() -> Path:
    return user_cache.folder("lexicon")


def table_path(language: str) -> Path:
    """The table file of a language for the installed wordfreq (the file holds native-order ints)."""
    wordfreq = installed.version("wordfreq", "wordfreq")
    return cache_folder() / f"{language}-wordfreq-{wordfreq}-{sys.byteorder}.table"


def _mapped(path: Path) -> WordTable:
    with path.open("rb") as infile:
        return WordTable(mmap.mmap(infile.fileno(), 0, access=mmap.ACCESS_READ))


@cache
def word_table(language: str = LANGUAGE) -> WordTable:
    """The language's table, mapped from the cache; built (and cached when the folder allows) if needed."""
    path = table_path(language)
    try:
        return _mapped(path)
    except (OSError, ValueError):                      # missing, unreadable or damaged: build it again
        pass
    data = table_bytes(_zipfs(language))
    try:
        user_cache.write_file(path, data)
        return _mapped(path)
    except (OSError, ValueError):                      # a read-only cache: this process keeps it in memory
        return WordTable(data)


def words(language: str = LANGUAGE) -> Iterator[tuple[str, float]]:
    """Every (word, Zipf) of the language's table, in the table's order."""
    table = word_table(language)
    for entry in bytes(table.data[table.offsets[0]:]).decode("utf-8").split("\n")[1:]:
        word, value = entry.split("\t")
        yield word, float(value)


@lru_cache(maxsize=262144)
def zipf(word: str, language: str = LANGUAGE) -> float:
    """Zipf frequency of a word (0 when unknown), as wordfreq.zipf_frequency gives it for a
    single lower-case token."""
    return word_table(language).get(word.lower())


def known(word: str, threshold: float = KNOWN, language: str = LANGUAGE) -> bool:
    return zipf(word, language) >= threshold


@lru_cache(maxsize=262144)
def compound(word: str, language: str = LANGUAGE) -> bool:
    """A word made of known words, maybe with a linking sound between them (Dutch and German
    write compounds as one word): 'maatjescontacten'."""
    word = word.lower()
    if len(word) > LONGEST_COMPOUND:
        return False
    if known(word, language=language) or _inflected(word, language):
        return True
    for cut in range(3, len(word) - 2):
        head, tail = word[:cut], word[cut:]
        if not (known(tail, 2.5, language) or (len(tail) > 6 and compound(tail, language))):
            continue
        for link in _links(language):
            if head.endswith(link) and len(head) - len(link) >= 3 and known(head[: len(head) - len(link)], 2.5,
                                                                                      language):
                return True
    return False


@cache
def _links(language: str) -> tuple[str, ...]:
    """What may stand between two parts of a compound: nothing, or a linking sound ([lexicon])."""
    return ("", *language_data(language).value("lexicon.compound_links", ()))


@cache
def inflection_suffixes(language: str) -> tuple[str, ...]:
    """The endings of inflected forms of a word ([lexicon] inflection_suffixes)."""
    return tuple(language_data(language).value("lexicon.inflection_suffixes", ()))


def _inflected(word: str, language: str = LANGUAGE) -> bool:
    """A comparative, plural or past form of a known word: 'ongelijker', 'pessimistischer'."""
    return any(word.endswith(suffix) and len(word) - len(suffix) >= 4 and known(word[: -len(suffix)], 2.5, language)
               for suffix in inflection_suffixes(language))
