"""Note numbers glued to words: real notes when their texts exist (in the source or the TOML's
[notes]), otherwise plain superscripts and one warning naming how many and how to supply them."""
from pathlib import Path

import pytest

from publish.build import load
from publish.cli import main
from publish.render.html import render_html

TEXT = """De wijk in cijfers

In de wijk wonen steeds meer ouderen alleen1 en de voorzieningen liggen verder weg dan vroeger. \
Dat vraagt om een andere aanpak van de gemeente en van de corporaties2.

Bewoners zeggen zelf dat zij elkaar minder vaak zien dan tien jaar geleden.
"""


@pytest.fixture
def source(tmp_path) -> Path:
    path = tmp_path / "wijk.txt"
    path.write_text(TEXT, encoding="utf-8")
    return path


def test_numbers_without_texts_stay_superscripts_and_the_build_says_how_to_supply_them(source, capsys):
    assert main(["build", str(source), "-o", str(source.parent / "out"), "-f", "html"]) == 0
    warning = [line for line in capsys.readouterr().err.splitlines() if "warning" in line]
    assert warning == ['publish: warning: wijk.txt: 2 note number(s) in the text (1–2) stay plain superscripts: '
                       'no note text was found for them; supply the texts in wijk.toml as [notes] 1 = "..." '
                       "(where a note's text stands in the edition's body, take it out of the source too, or it "
                       "prints twice)"]
    html = (source.parent / "out" / "wijk" / "index.html").read_text(encoding="utf-8")
    assert '<sup class="noteref">1</sup>' in html and 'href="#note-' not in html


def test_the_cleaning_report_carries_the_same_warning(source, capsys):
    assert main(["clean", str(source), "--report"]) == 0
    assert capsys.readouterr().out.splitlines()[-1].startswith("- warning: 2 note number(s) in the text (1–2)")


def test_toml_notes_become_real_notes_linked_both_ways(source, capsys):
    source.with_suffix(".toml").write_text('[notes]\n1 = "CBS, Wijkcijfers 2018."\n2 = "Woonbond, 2019."\n',
                                           encoding="utf-8")
    document = load(source).document
    assert [(n.number, n.content[0].text) for n in document.notes] == [(1, "CBS, Wijkcijfers 2018."),
                                                                      (2, "Woonbond, 2019.")]
    assert document.note_numbers_without_text() == []
    html = render_html(document)
    assert 'id="noteref-1" href="#note-1"' in html and 'role="doc-backlink" href="#noteref-1"' in html
    assert main(["build", str(source), "-o", str(source.parent / "out"), "-f", "html"]) == 0
    assert "warning" not in capsys.readouterr().err


def test_a_toml_note_text_replaces_the_sources_and_a_partial_set_warns_for_the_rest(source):
    source.with_suffix(".toml").write_text('[notes]\n2 = "Woonbond, 2019."\n', encoding="utf-8")
    document = load(source).document
    assert document.note_numbers_without_text() == [1]
    html = render_html(document)
    assert '<sup class="noteref">1</sup>' in html and 'href="#note-2"' in html
