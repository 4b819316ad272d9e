"""The Dutch lexicon reads wordfreq's packaged list without importing wordfreq, with the same values."""
from __future__ import annotations

import math
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


def test_whole_list_matches_wordfreq_frequency_dict():
    wordfreq = pytest.importorskip("wordfreq")
    expected = wordfreq.get_frequency_dict("nl", wordlist="best")
    table = lexicon._zipfs()
    assert table.keys() == expected.keys()
    assert all(table[word] == round(math.log10(freq) + 9, 2) for word, freq in expected.items())


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
