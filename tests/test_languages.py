"""The languages as data: one folder per language, and choosing the language of a text."""
from __future__ import annotations

import os
import re
import subprocess
import sys

import pyphen
import pytest

from publish.errors import PublishError
from publish.languages import DEFAULT, choose, detect, language, supported
from publish.languages.patterns import alternatives

DUTCH = ("De gemeente wil dat iedereen mee kan doen. Daarom is er een plan gemaakt voor de komende jaren, "
         "waarin staat wat er moet gebeuren en wie daar voor zorgt. Het plan is door de raad vastgesteld.")
ENGLISH = ("The council wants everyone to be able to take part. That is why a plan has been made for the "
           "coming years, which says what has to happen and who will see to it. The plan was adopted.")
GERMAN = ("Die Gemeinde möchte, dass alle mitmachen können. Deshalb wurde ein Plan für die kommenden Jahre "
          "gemacht, in dem steht, was geschehen soll und wer sich darum kümmert. Der Rat hat ihn beschlossen.")
FRENCH = ("La commune veut que chacun puisse participer. C'est pourquoi un plan a été fait pour les années "
          "à venir, qui dit ce qui doit se passer et qui s'en occupe. Le conseil l'a adopté.")


def test_the_four_languages_have_a_folder_with_a_working_hyphenation_dictionary():
    assert supported() == ("de", "en", "fr", "nl")
    for code in supported():
        known = language(code)
        assert known.code == code and known.pdf_tag.startswith(code + "-")
        assert known.hyphenation in pyphen.LANGUAGES
        assert len(known.common_words) >= 50


def test_every_language_folder_is_named_by_a_valid_language_tag():
    """A TOML naming a folder's code is taken as a valid BCP 47 tag without asking langcodes."""
    import langcodes
    assert all(langcodes.tag_is_valid(code) for code in supported())


@pytest.mark.parametrize(("text", "code"), [(DUTCH, "nl"), (ENGLISH, "en"), (GERMAN, "de"), (FRENCH, "fr")])
def test_a_paragraph_is_recognised_as_its_language(text, code):
    found = detect(text)
    assert found is not None and found[0] == code and found[1] > 0.7
    choice = choose(text)
    assert (choice.language.code, choice.tag, choice.how) == (code, code, "detected")


def test_a_text_too_short_to_tell_gets_the_default_and_says_so():
    choice = choose("Jaarverslag 2024")
    assert (choice.language.code, choice.how) == (DEFAULT, "default")
    assert "default" in choice.describe()


def test_a_text_evenly_in_two_languages_is_not_guessed():
    assert detect(ENGLISH + " " + GERMAN) is None


def test_the_declared_tag_wins_over_detection_and_keeps_its_region():
    choice = choose(ENGLISH, "nl-BE")
    assert (choice.language.code, choice.tag, choice.how) == ("nl", "nl-BE", "metadata")


def test_an_unsupported_language_is_an_error_naming_the_supported_ones():
    with pytest.raises(PublishError) as raised:
        language("es")
    message = str(raised.value)
    assert "'es' is not supported" in message
    assert all(code in message for code in supported())


def test_a_build_declares_the_detected_language_and_says_how_it_was_chosen(tmp_path):
    source = tmp_path / "plan.txt"
    source.write_text("A plan for everyone\n\n" + ENGLISH + "\n", encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "publish", "build", str(source), "-f", "html", "-o",
                          str(tmp_path / "out")], capture_output=True, text=True, check=False)
    assert run.returncode == 0, run.stderr
    assert "language: English (en), detected" in run.stderr
    assert '<html lang="en">' in (tmp_path / "out" / "plan" / "index.html").read_text(encoding="utf-8")


def test_a_metadata_file_naming_an_unsupported_language_fails_at_its_line(tmp_path):
    source = tmp_path / "plan.txt"
    source.write_text("Un plan\n\nUn texto en una lengua que la herramienta no conoce todavía.\n", encoding="utf-8")
    source.with_suffix(".toml").write_text('[metadata]\ntitle = "Un plan"\nlanguage = "es"\n', encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "publish", "build", str(source), "-f", "html", "-o",
                          str(tmp_path / "out")], capture_output=True, text=True, check=False)
    assert run.returncode != 0
    assert "plan.toml:3" in run.stderr and "'es' is not supported" in run.stderr
    assert not (tmp_path / "out" / "plan" / "index.html").exists()


ITALIAN = ("Il comune vuole che tutti possano partecipare. Per questo è stato fatto un piano per i prossimi "
           "anni, che dice che cosa deve succedere e chi se ne occupa. Il consiglio lo ha approvato.")


def test_a_fifth_language_is_one_folder_of_data(tmp_path):
    """Adding a language touches one new folder: a copy of the package with publish/languages/it
    added (made from the English folder as the README says) detects an Italian text, cleans it
    and builds its editions declaring Italian; nothing else is edited."""
    import re
    import shutil
    import wordfreq
    from publish.resources import PACKAGE_DIR
    copy = tmp_path / "site" / "publish"
    shutil.copytree(PACKAGE_DIR, copy, symlinks=True, ignore=shutil.ignore_patterns("__pycache__"))
    for linked in ("templates", "styles"):          # the package's links to the repository's folders
        (tmp_path / "site" / linked).symlink_to((PACKAGE_DIR / linked).resolve())
    italian = copy / "languages" / "it"
    shutil.copytree(copy / "languages" / "en", italian)
    data = (italian / "language.toml").read_text(encoding="utf-8")
    data = re.sub(r'(?m)^name = .*$', 'name = "italiano"', data)
    data = re.sub(r'(?m)^english_name = .*$', 'english_name = "Italian"', data)
    data = re.sub(r'(?m)^pdf_tag = .*$', 'pdf_tag = "it-IT"', data)
    data = re.sub(r'(?m)^hyphenation = .*$', 'hyphenation = "it_IT"', data)
    common = ", ".join(f'"{word}"' for word in wordfreq.top_n_list("it", 60))
    data = re.sub(r"(?s)common_words = \[.*?\]", f"common_words = [{common}]", data, count=1)
    (italian / "language.toml").write_text(data, encoding="utf-8")
    source = tmp_path / "piano.txt"
    source.write_text("Un piano per tutti\n\n" + ITALIAN + "\n", encoding="utf-8")
    environment = {**os.environ, "PYTHONPATH": str(tmp_path / "site")}
    found = subprocess.run([sys.executable, "-c", "import publish; print(publish.__file__)"], capture_output=True,
                           text=True, check=True, cwd=tmp_path, env=environment).stdout
    assert found.startswith(str(copy))                    # the copy runs, not the installed package
    run = subprocess.run([sys.executable, "-m", "publish", "build", str(source), "-f", "html,epub", "-o",
                          str(tmp_path / "out")], capture_output=True, text=True, check=False,
                         cwd=tmp_path, env=environment)
    assert run.returncode == 0, run.stderr
    assert "language: Italian (it), detected" in run.stderr
    assert '<html lang="it">' in (tmp_path / "out" / "piano" / "index.html").read_text(encoding="utf-8")
    assert (tmp_path / "out" / "piano" / "piano.epub").stat().st_size > 0


def test_the_compiled_catalog_is_kept_and_a_damaged_one_is_compiled_again(tmp_path, monkeypatch):
    from publish.languages import messages
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    messages._compiled.cache_clear()
    assert messages.translations("nl").gettext("Back cover") == "Achterplat"
    kept = list((tmp_path / "publish" / "messages").glob("nl-*.mo"))
    assert len(kept) == 1
    kept[0].write_bytes(b"half a catalog")
    messages._compiled.cache_clear()
    assert messages.translations("nl").gettext("Back cover") == "Achterplat"
    assert messages.translations("nl-BE").gettext("Back cover") == "Achterplat"
    assert kept[0].read_bytes() != b"half a catalog"
    messages._compiled.cache_clear()


def test_a_word_lists_apostrophe_matches_a_straight_or_a_curled_one():
    # Review 20a F6: a list writes "season's greetings" once; the text holds it curled once typography read it.
    pattern = re.compile("^(?:" + alternatives(["season's greetings", "foto’s"]) + ")$")
    assert all(pattern.match(text) for text in ("season's greetings", "season’s greetings", "foto's", "foto’s"))
    assert not pattern.match("seasons greetings")
