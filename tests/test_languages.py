"""The languages as data: one folder per language, and choosing the language of a text."""
from __future__ import annotations

import subprocess
import sys

import pyphen
import pytest

from publish.errors import PublishError
from publish.languages import DEFAULT, choose, detect, language, supported

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
