"""The lexicon reads wordfreq's packaged list without importing wordfreq, with the same values, and
keeps it as a table file in the user's cache that later processes map instead of decoding the list."""
from __future__ import annotations

import math
import os
import subprocess
import sys

import pytest

from publish.clean import lexicon

# Plain words, diacritics, apostrophes, hyphen parts, capitals, OCR junk and unknown words.
SAMPLE = ["de", "het", "samenleving", "inclusieve", "ontwikkeling", "één", "café", "reünie", "coördinatie",
          "ideeën", "financiële", "auto's", "zo'n", "baby's", "'s", "hoog", "laag", "zuid", "europese",
          "Nederland", "DE", "Amsterdam", "maatjescontacten", "xqzv", "ontwik", "keling", "democratie", "doe"]


def test_no_wordfreq_import_at_start_up():
    code = "import sys, publish.clean, publish.cli; sys.exit('wordfreq' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code]).returncode == 0


def test_lookup_does_not_import_wordfreq():
    code = ("import sys; from publish.clean import lexicon; assert lexicon.zipf('de') > 7; "
            "sys.exit('wordfreq' in sys.modules)")
    assert subprocess.run([sys.executable, "-c", code]).returncode == 0


@pytest.fixture
def own_cache(tmp_path, monkeypatch):
    """The lexicon's cache in a folder of the test's own; tables and lookups loaded afresh."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    _forget()
    yield tmp_path / "cache"
    _forget()


def _forget():
    for cached in (lexicon.word_table, lexicon.zipf, lexicon.compound):
        cached.cache_clear()


@pytest.fixture(scope="module")
def dutch_table(tmp_path_factory) -> bytes:
    """The Dutch table file as word_table builds and caches it, built once for the tests that read a
    good table or damage one (a build decodes the whole list: most of these tests' time)."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("XDG_CACHE_HOME", str(tmp_path_factory.mktemp("lexicon-cache")))
        _forget()
        lexicon.word_table()
        data = lexicon.table_path("nl").read_bytes()
    _forget()
    return data


def _cache_table(data: bytes) -> None:
    """Put a Dutch table file in the lexicon's cache, where a later process would find it."""
    path = lexicon.table_path("nl")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)


def test_whole_list_matches_wordfreq_frequency_dict(own_cache, dutch_table):
    wordfreq = pytest.importorskip("wordfreq")
    _cache_table(dutch_table)
    expected = wordfreq.get_frequency_dict("nl", wordlist="best")
    table = dict(lexicon.words())
    assert table.keys() == expected.keys()
    assert all(table[word] == round(math.log10(freq) + 9, 2) for word, freq in expected.items())
    assert len(lexicon.word_table()) == len(expected)


def test_a_later_process_maps_the_cached_table_without_decoding_the_list(own_cache):
    code = ("import sys; from publish.clean import lexicon; assert lexicon.zipf('samenleving') > 4; "
            "sys.exit('msgpack' in sys.modules)")
    env = {**os.environ, "XDG_CACHE_HOME": str(own_cache)}
    subprocess.run([sys.executable, "-c", code], env=env)          # the first process builds the table
    assert lexicon.table_path("nl").is_file()
    assert subprocess.run([sys.executable, "-c", code], env=env).returncode == 0


@pytest.mark.parametrize("damage", [lambda data: data[: len(data) // 2], lambda data: b"",
                                    lambda data: data[:-9] + bytes([data[-9] ^ 1]) + data[-8:]])
def test_a_damaged_table_file_is_rebuilt(own_cache, dutch_table, damage):
    _cache_table(damage(dutch_table))
    path = lexicon.table_path("nl")
    assert lexicon.zipf("samenleving") == pytest.approx(4.77, abs=0.5)
    assert lexicon.compound("maatjescontacten")
    assert lexicon.WordTable(path.read_bytes()).get("samenleving") == lexicon.zipf("samenleving")


def test_a_cache_that_cannot_be_written_still_serves_words(tmp_path, monkeypatch):
    blocked = tmp_path / "a-file-not-a-folder"
    blocked.write_text("")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocked))
    _forget()
    try:
        assert lexicon.known("samenleving", lexicon.COMMON)
        assert not lexicon.known("xqzv")
        assert not lexicon.table_path("nl").exists()
    finally:
        _forget()


def test_each_language_has_its_own_table(own_cache):
    assert lexicon.zipf("the", "en") > 7
    assert lexicon.zipf("the") < lexicon.zipf("the", "en")
    assert lexicon.zipf("het") > 7
    assert lexicon.table_path("en") != lexicon.table_path("nl")
    assert lexicon.table_path("en").is_file() and lexicon.table_path("nl").is_file()


@pytest.mark.parametrize("word", SAMPLE)
def test_zipf_matches_wordfreq(word):
    wordfreq = pytest.importorskip("wordfreq")
    # wordfreq tokenizes (NFC, casefold); our callers pass one token of letters, so compare where
    # wordfreq reads the word as that single lower-case token.
    if wordfreq.tokenize(word, "nl") == [word.lower()]:
        assert lexicon.zipf(word) == wordfreq.zipf_frequency(word, "nl")
    frequency = wordfreq.get_frequency_dict("nl", wordlist="best").get(word.lower(), 0.0)
    assert lexicon.zipf(word) == (round(math.log10(frequency) + 9, 2) if frequency else 0.0)


def test_known_words():
    assert lexicon.known("samenleving", lexicon.COMMON)
    assert lexicon.known("één")
    assert not lexicon.known("xqzv")
    assert lexicon.compound("maatjescontacten")


def test_a_run_of_letters_longer_than_any_word_is_no_compound_and_does_not_crash():
    assert lexicon.compound("kindercarnavalsoptochtvoorbereidingswerkzaamheden")     # 49 letters
    assert not lexicon.compound("huis" * 400)          # was RecursionError from about 1,480 letters
    assert not lexicon.compound("a" * 100_000)
