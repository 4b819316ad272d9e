"""Hyphenation dictionaries kept parsed in the user's cache: the same hyphenation as pyphen's own
parse, made again when damaged, and shared with WeasyPrint's layout through pyphen's cache."""
import os
from pathlib import Path

import pyphen
import pytest

from publish import hyphenation

WORDS = ("participatiesamenleving", "doe-democratie", "mantelzorgers", "vrijwilligerswerk", "ouderen")


@pytest.fixture
def cache(tmp_path, monkeypatch):
    """An empty user cache, and pyphen's per-process cache as if the process had just started."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setattr(pyphen, "hdcache", {})
    hyphenation.dictionary.cache_clear()
    yield tmp_path / "publish" / "hyphenation"
    hyphenation.dictionary.cache_clear()


def _fresh(cache):
    """What the next process gets: pyphen's and our in-process caches empty, the user cache kept."""
    pyphen.hdcache.clear()
    hyphenation.dictionary.cache_clear()
    return hyphenation.dictionary("nl")


def test_cached_patterns_hyphenate_as_pyphen_does(cache):
    made = hyphenation.dictionary("nl")
    assert len(list(cache.iterdir())) == 1                     # parsed once, kept
    again = _fresh(cache)
    own = pyphen.Pyphen(filename=pyphen.LANGUAGES["nl_NL"], cache=False)
    for word in WORDS:
        assert made.inserted(word) == again.inserted(word) == own.inserted(word)


def test_a_copy_of_the_dictionary_installed_anew_shares_its_cache_file(cache, tmp_path, monkeypatch):
    # Every virtual environment installs pyphen's dictionaries anew (a fresh clone's, CI's, the
    # minimum versions'): the same content, another modification time, one cache file for them all.
    hyphenation.dictionary("nl")
    installed = tmp_path / "other-venv" / "hyph_nl_NL.dic"
    installed.parent.mkdir()
    installed.write_bytes(Path(pyphen.LANGUAGES["nl_NL"]).read_bytes())
    os.utime(installed, (1_000_000_000, 1_000_000_000))
    monkeypatch.setitem(pyphen.LANGUAGES, "nl", str(installed))
    assert _fresh(cache).inserted("ouderen") == "ou-de-ren"
    assert len(list(cache.iterdir())) == 1


def test_the_files_kept_per_installation_by_earlier_versions_go(cache):
    cache.mkdir(parents=True)
    stale = cache / "hyph_nl_NL-0.15.0-116507-1796511008.marshal"
    stale.write_bytes(b"patterns of another installation")
    hyphenation.dictionary("nl")
    assert not stale.exists() and len(list(cache.iterdir())) == 1


def test_a_damaged_cache_file_is_made_again(cache):
    hyphenation.dictionary("nl")
    [kept] = cache.iterdir()
    kept.write_bytes(b"\x00not marshal")
    again = _fresh(cache)
    assert again.inserted("participatiesamenleving") == "par-ti-ci-pa-tie-sa-men-le-ving"
    assert kept.read_bytes() != b"\x00not marshal"


def test_an_unwritable_cache_only_costs_the_time(cache, tmp_path):
    (tmp_path / "publish").write_text("a file where the folder would be")
    assert hyphenation.dictionary("nl").inserted("ouderen") == "ou-de-ren"


def test_the_layout_finds_the_patterns_in_pyphens_cache(cache):
    hyphenation.dictionary("nl-BE")
    path = pyphen.LANGUAGES[pyphen.language_fallback("nl_BE")]
    assert path in pyphen.hdcache                               # where WeasyPrint's Pyphen(lang=...) looks
    assert pyphen.Pyphen(lang="nl-BE").hd is pyphen.hdcache[path]


def test_a_language_without_a_pyphen_dictionary_is_left_unhyphenated(cache):
    assert not hyphenation.load_patterns("tlh")                 # the layout then hyphenates nothing
    with pytest.raises(KeyError, match="no hyphenation dictionary"):
        hyphenation.dictionary("tlh")
