"""The measuring of the real-world corpus, on small hand-written preview pages (no corpus needed).

Also checks every committed corpus description (tests/realworld/docs/*.toml) for form: the
figures are only as good as the descriptions they compare with.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from measure import (BULLET, DOCS, Expectation, ExpectedList, expected_marker, load_corpus, load_description,
                     author_score, measure_html, reading_lines)


def page(main: str = "", front: str = "", notes: str = "", nav: str = "", contact: str = "") -> str:
    """A preview page shaped as templates/html/page.html.j2 draws it."""
    notes_section = (f'<section id="noten" class="notes"><h2 id="noten-titel">Noten</h2><ol>{notes}</ol></section>'
                     if notes else "")
    return (f'<!DOCTYPE html><html lang="nl"><head><title>t</title></head><body>'
            f'<header class="front">{front}</header>'
            f'<nav id="inhoud" class="toc"><h1>Inhoud</h1><ol>{nav}</ol></nav>'
            f'<main id="tekst"><section class="chapter">{main}</section></main>{notes_section}'
            f'<footer class="back"><section id="colofon" class="colophon"><p class="colophon-title">t</p>'
            f'{contact}<p class="set-in">Gezet uit de Source Serif 4.</p></section></footer></body></html>')


def expect(**given) -> Expectation:
    fields = dict(title="Titel", authors=(), headings=(), furniture=(), notes=0, note_labels="", lists=(),
                  contents=False, must_read=(), must_not_read=())
    fields.update(given)
    return Expectation(**fields)


def figures(html: str, found_title: str = "Titel", account=None, **given):
    """Measure a page; `given` fills the expectations, `found_title` is the edition's title."""
    return measure_html(html, expect(**given), title=found_title, account=account)


# ----------------------------------------------------------------------------- reading text

def test_reading_text_is_front_matter_main_notes_and_contact_lines_without_hidden_parts():
    html = page(front='<section class="titlepage"><p class="book-title">Titel</p></section>',
                main='<h1>Hoofdstuk</h1><p>Eerste<br/>tweede regel</p>'
                     '<aside aria-hidden="true"><p>Verborgen zin</p></aside>',
                nav='<li><a href="#h">Hoofdstuk</a></li>', notes='<li id="note-1">Een noot.</li>',
                contact='<p class="contact">info@example.nl</p>')
    lines = reading_lines(BeautifulSoup(html, "html.parser"))
    assert lines == ["Titel", "Hoofdstuk", "Eerste", "tweede regel", "Noten", "Een noot.", "info@example.nl"]


def test_note_reference_numbers_are_not_reading_text():
    html = page(main='<p>De zin.<a class="noteref" href="#note-3">3</a> Verder<sup class="noteref">4</sup>.</p>')
    assert reading_lines(BeautifulSoup(html, "html.parser")) == ["De zin. Verder."]


def test_a_notes_back_link_is_not_reading_text():
    html = page(main='<ol><li id="note-1">Zie de bijlage. <a class="backlink" role="doc-backlink" '
                     'href="#noteref-1">↑</a></li></ol>')
    assert reading_lines(BeautifulSoup(html, "html.parser")) == ["Zie de bijlage."]


# ----------------------------------------------------------------------------- hidden words

def test_a_hidden_quote_whose_words_stand_in_the_text_costs_nothing():
    html = page(main='<p>Wij willen dat iedereen kan meedoen, zei zij.</p>'
                     '<aside aria-hidden="true"><p>“Wij willen dat iedereen kan meedoen”</p></aside>')
    found = figures(html)
    assert found.hidden_words == 0
    assert [block.copied for block in found.hidden] == [True]


def test_hidden_words_without_a_copy_are_counted_once_for_nested_hiding():
    html = page(main='<p>Andere tekst.</p><aside aria-hidden="true"><p>Artikel 3 lid 2 vervalt.</p>'
                     '<p aria-hidden="true">Nog twee</p></aside>')
    found = figures(html)
    assert found.hidden_words == 7
    assert len(found.hidden) == 1


def test_words_in_a_different_order_are_no_copy():
    html = page(main='<p>meedoen kan iedereen</p><aside aria-hidden="true"><p>iedereen kan meedoen</p></aside>')
    assert figures(html).hidden_words == 3


def test_a_hidden_quote_may_leave_out_a_few_words_of_its_copy_but_not_more():
    close = page(main='<p>Wij willen, zo zei zij, dat iedereen kan meedoen.</p>'
                      '<aside aria-hidden="true"><p>Wij willen … dat iedereen kan meedoen</p></aside>')
    assert figures(close).hidden_words == 0
    far = page(main='<p>Wij willen, zo zei zij gisteren in de raad van de stad, dat iedereen kan meedoen.</p>'
                    '<aside aria-hidden="true"><p>Wij willen … dat iedereen kan meedoen</p></aside>')
    assert figures(far).hidden_words == 6


# ----------------------------------------------------------------------------- furniture, phrases

def test_furniture_is_found_inside_a_paragraph_and_named():
    html = page(main='<p>Dit loopt door Pagina 2 van 15 midden in de zin.</p><p>Schoon.</p>')
    found = figures(html, furniture=(r"Pagina \d+ van \d+",))
    assert found.furniture_left == (("Dit loopt door Pagina 2 van 15 midden in de zin.", r"Pagina \d+ van \d+"),)


def test_a_line_anchored_furniture_regex_is_found_glued_into_a_paragraph():
    """A running foot and a rule of slashes that a cleaning pass joined into a paragraph count,
    though the TOML's regexes are anchored to a line."""
    html = page(main='<p>Dit is de zin //////////////////////// Interfederale samenwerking / 1.03.19 '
                     'die doorloopt.</p><p>Schoon.</p>')
    found = figures(html, furniture=(r"^/{20,}$", r"^Interfederale samenwerking / 1\.03\.19$"))
    assert [pattern for _, pattern in found.furniture_left] == [r"^/{20,}$"]
    found = figures(html, furniture=(r"^\s*Interfederale samenwerking / 1\.03\.19\s*$",))
    assert len(found.furniture_left) == 1


def test_a_short_line_anchored_furniture_regex_is_not_sought_inside_a_paragraph():
    """A folio's or a date's pattern matches the sentence's own figures and dates; a match
    inside a word is none either."""
    html = page(main='<p>Op 7 november 2024 kwamen 12 leden; zie ook het Interfederale '
                     'samenwerkingsverband.</p>')
    found = figures(html, furniture=(r"^\d{1,2}$", r"^7 november 2024$", r"^Interfederale samenwerking$"))
    assert found.furniture_left == ()


def test_a_running_heads_words_inside_a_paragraph_count_only_with_a_figure_past_its_start_never_as_prose():
    """A head of words alone is also a title's or the body's words; one opening a paragraph is
    the title there; one the source holds amid a line is the body's own."""
    title = '<p>Jaarverslag van de vereniging 2023 en verder.</p>'
    prose = '<p>In het Jaarverslag van de vereniging 2023 staat het.</p>'
    head = (r"^Jaarverslag van de vereniging 2023$",)
    assert figures(page(main=title), furniture=head).furniture_left == ()
    assert figures(page(main='<p>Dit leest de Geschiedenis van de vereniging verder.</p>'),
                   furniture=(r"^Geschiedenis van de vereniging$",)).furniture_left == ()
    found = measure_html(page(main=prose), expect(furniture=head), title="Titel",
                         source=("In het Jaarverslag van de vereniging 2023", "staat het."))
    assert found.furniture_left == ()
    found = measure_html(page(main=prose), expect(furniture=head), title="Titel",
                         source=("In het", "Jaarverslag van de vereniging 2023", "staat het."))
    assert len(found.furniture_left) == 1


def test_furniture_regexes_also_match_the_line_as_normalised():
    html = page(main='<p>Inhoudsopgave 1 Inleiding …………… 3</p>')
    assert len(figures(html, furniture=(r"\.{5,}",)).furniture_left) == 1


def test_must_not_read_strings_are_compared_with_dashes_and_quotes_normalised():
    html = page(main='<p>Tweede Kamer, vergaderjaar 2020-2021, Aanhangsel</p>')
    found = figures(html, must_not_read=("Tweede Kamer, vergaderjaar 2020–2021, Aanhangsel",))
    assert len(found.furniture_left) == 1


def test_furniture_outside_the_reading_text_does_not_count():
    html = page(main='<p>Tekst.</p>', nav='<li>Pagina 1 van 2</li>')
    assert figures(html, furniture=(r"Pagina \d+ van \d+",)).furniture_left == ()


def test_must_read_ignores_quote_style_and_note_numbers_glued_or_after_a_space():
    html = page(main='<p>Zij zei: ‘kom’. Het VUmc krijgt gemiddeld twintig verzoeken.1 Dit draagt '
                     'bij aan de kapitaalmarktunie. 8 Dit draagt bij aan groei.</p>')
    found = figures(html, must_read=("zei: 'kom'.", "twintig verzoeken. Dit draagt",
                                     "kapitaalmarktunie. Dit draagt bij"))
    assert found.must_read_missing == ()


def test_a_phrase_cut_in_two_blocks_is_missing():
    html = page(main='<p>meldt per jaar in ongeveer tien gevallen in</p><p>aanraking te komen</p>')
    found = figures(html, must_read=("tien gevallen in aanraking te komen", "meldt per jaar"))
    assert found.must_read_missing == ("tien gevallen in aanraking te komen",)


def test_a_phrase_must_match_whole_words():
    html = page(main='<p>De afspraken werden gemaakt.</p>')
    assert figures(html, must_read=("spraken werden",)).must_read_missing == ("spraken werden",)


# ----------------------------------------------------------------------------- headings, title

def test_headings_found_missed_and_extra_inside_main_only():
    html = page(main='<h1>Draagmoederschap</h1><h2>Rapport</h2><h2>  VRIJWILLIGHEID </h2><h2>Pagina 2 van 3</h2>'
                     '<h3>“Belangen”</h3>',
                nav='<li><h2>Inhoud extra</h2></li>')
    found = figures(html, title="Draagmoederschap", headings=("Rapport", "Vrijwilligheid", '"Belangen"', "Adoptie"))
    assert found.headings.missed == ("Adoptie",)
    assert found.headings.extra == ("Pagina 2 van 3",)
    assert found.headings.matched == 3


def test_a_heading_repeated_in_the_source_must_be_found_twice():
    html = page(main='<h2>Backend server</h2><p>x</p>')
    found = figures(html, headings=("Backend server", "Backend server"))
    assert found.headings.missed == ("Backend server",)


def test_title_is_compared_normalised_and_case_folded():
    assert figures(page(), found_title="fiche 5:  HERZIENING ", title="Fiche 5: Herziening").title_ok
    assert not figures(page(), found_title="Fiche 5: Herziening 1. Algemene gegevens",
                       title="Fiche 5: Herziening").title_ok


def test_an_author_is_named_by_a_metadata_name_holding_its_words_titles_and_punctuation_aside():
    score = author_score(("Autoriteit Persoonsgegevens", "C.M. Schut", "Westerveld"),
                         ("ir. C.M. Schut, MPA", "Westerveld", "Directeur Systeemtoezicht"))
    assert score.missed == ("Autoriteit Persoonsgegevens",)
    assert score.extra == ("Directeur Systeemtoezicht",)
    assert score.matched == 2


def test_an_author_is_not_named_by_a_name_sharing_only_part_of_a_word():
    assert author_score(("Jan Braakman",), ("Braak",)).missed == ("Jan Braakman",)


def test_the_edition_s_authors_are_measured_against_the_description():
    found = measure_html(page(), expect(authors=("Anna de Vries",)), title="Titel", authors=("dr. Anna de Vries",))
    assert found.authors.matched == 1 and not found.authors.extra


# ----------------------------------------------------------------------------- notes

def test_notes_linked_are_notes_a_reference_points_to():
    html = page(main='<p>a<a class="noteref" href="#note-1">1</a> b<a class="noteref" href="#note-1">1</a> '
                     'c<a class="noteref" href="#note-7">7</a> d<sup class="noteref">2</sup></p>',
                notes='<li id="note-1" value="1">Eén.</li><li id="note-2" value="2">Twee.</li>')
    notes = figures(html, notes=3).notes
    assert (notes.expected, notes.in_edition, notes.linked, notes.unlinked_references) == (3, 2, 1, 2)


def test_linked_notes_count_no_more_than_the_document_prints():
    html = page(main='<p>a<a class="noteref" href="#note-1">1</a> b<a class="noteref" href="#note-2">2</a></p>',
                notes='<li id="note-1">Eén.</li><li id="note-2">Twee.</li>')
    assert figures(html, notes=1).notes.linked_capped == 1


def test_notes_beyond_the_printed_ones_are_extra():
    html = page(main='<p>a<a class="noteref" href="#note-1">1</a> b<a class="noteref" href="#note-2">2</a></p>',
                notes='<li id="note-1">Eén.</li><li id="note-2">Twee.</li><li id="note-3">Drie.</li>')
    assert figures(html, notes=1).notes.extra == 2
    assert figures(html, notes=3).notes.extra == 0


# ----------------------------------------------------------------------------- lists

@dataclass(frozen=True)
class Case:
    markup: str
    first: str
    start: int | str
    found: str | None


LIST_CASES = [
    Case('<ol><li>Als het overleg</li></ol>', "Als het overleg", 2, "1"),
    Case('<ol start="2"><li>Als het overleg</li></ol>', "Als het overleg", 2, "2"),
    Case('<ol><li>Een</li><li value="5">Vijf</li><li>Zes</li></ol>', "Zes", 6, "6"),
    Case('<ol type="a" start="2"><li>Tweede letter</li></ol>', "Tweede letter", "b", "b"),
    Case('<ol type="I"><li>aan welke organisatie</li></ol>', "aan welke organisatie", "I", "i"),
    Case('<ol><li>aan welke organisatie</li></ol>', "aan welke organisatie", "I", "1"),
    Case('<ul><li>E r zijn gegevens verzameld</li></ul>', "Er zijn gegevens", 0, BULLET),
    Case('<ul><li>Punt</li></ul>', "Punt", 1, BULLET),
    Case('<ol><li>Zomerfeest Delft</li></ol><ul><li>zomer</li></ul>', "zomer", 0, BULLET),
    Case('<ol><li>Zomerfeest Delft</li></ol>', "zomer", 1, None),
    Case('<ol><li>Zomer, feest</li></ol>', "zomer", 1, "1"),
    Case('<p>2. Als het overleg</p>', "Als het overleg", 2, None),
]


@pytest.mark.parametrize("case", LIST_CASES, ids=[f"{c.first}-{c.start}-{c.found}" for c in LIST_CASES])
def test_a_list_item_is_announced_with_its_marker(case):
    score = figures(page(main=case.markup), lists=(ExpectedList(case.first, case.start, 1),)).lists[0]
    assert score.found == case.found
    assert score.right == (case.found == expected_marker(case.start))


def test_a_nested_list_item_opens_with_its_own_text():
    html = page(main='<ol><li>Zien de deelnemers<ol type="a"><li>Besluitvorming over grote</li></ol></li>'
                     '<li>Positief advies</li></ol>')
    found = figures(html, lists=(ExpectedList("Besluitvorming over grote", "a", 1),
                                 ExpectedList("Positief advies", 2, 1)))
    assert [score.found for score in found.lists] == ["a", "2"]
    assert found.lists_right == 2


def test_expected_markers_read_numbers_letters_and_roman_numerals():
    assert [expected_marker(s) for s in (0, 3, "3", "a", "C", "i", "I", "iv", "x")] == \
        [BULLET, "3", "3", "a", "c", "i", "i", "iv", "x"]


# ----------------------------------------------------------------------------- the account

@dataclass(frozen=True)
class Account:
    words_in: int
    unaccounted: tuple[tuple[str, int], ...]


def test_without_a_conservation_account_the_figure_is_unknown_not_zero():
    found = figures(page(main="<p>x</p>"))
    assert found.unaccounted is None and found.words_in is None


def test_unaccounted_words_are_counted_with_their_multiplicity():
    found = figures(page(main="<p>x</p>"), account=Account(120, (("retouradres", 2), ("vast", 1))))
    assert (found.words_in, found.unaccounted) == (120, 3)


# ----------------------------------------------------------------------------- the descriptions

DESCRIPTIONS = sorted(DOCS.glob("*.toml"))
HEX = re.compile(r"^[0-9a-f]+$")


def test_a_description_with_a_missing_key_is_refused_naming_its_file(tmp_path: Path):
    broken = tmp_path / "kapot.toml"
    broken.write_text('[source]\nsplit = "dev"\n[expect]\ntitle = "x"\n', encoding="utf-8")
    with pytest.raises(ValueError, match=r"kapot\.toml"):
        load_description(broken)


@pytest.mark.parametrize("path", DESCRIPTIONS, ids=[p.stem for p in DESCRIPTIONS])
def test_every_description_is_well_formed(path: Path):
    import tomllib
    document = load_description(path)
    source = tomllib.loads(path.read_text(encoding="utf-8"))["source"]
    phrases = document.expect.must_read
    problems = [message for failed, message in (
        (not re.fullmatch(r"[a-z]{2}-[a-z0-9-]+", document.id), "id is not '<language>-<lower-case-words>'"),
        (not document.id.startswith(document.language + "-"), "id does not start with the language"),
        (not (len(source["commit"]) == 40 and HEX.match(source["commit"])), "commit is not 40 hex digits"),
        (not (len(source["sha256"]) == 64 and HEX.match(source["sha256"])), "sha256 is not 64 hex digits"),
        (not source["url"].startswith(f"https://raw.githubusercontent.com/{source['repo']}/{source['commit']}/"),
         "url is not the raw file at the commit"),
        (source["extract"] not in ("pdftotext", "pdftotext -layout"), "extract is not a pdftotext command"),
        (not 0 < document.pages <= 60, "not 1-60 pages"),
        (not 3 <= len(phrases) <= 8, f"{len(phrases)} must_read phrases, not 3-8"),
        (any(not phrase or phrase != phrase.strip() for phrase in phrases), "an empty or padded must_read phrase"),
        (len(set(phrases)) != len(phrases), "a must_read phrase given twice"),
    ) if failed]
    assert not problems, f"{path.name}: " + "; ".join(problems)


def test_the_corpus_keeps_documents_aside_and_varies_its_sources():
    documents = load_corpus()
    if not documents:
        pytest.skip("no corpus descriptions")
    assert any(d.split == "heldout" for d in documents)
    import tomllib
    sources = [tomllib.loads(d.description.read_text(encoding="utf-8"))["source"] for d in documents]
    repos = [source["repo"] for source in sources]
    assert max(repos.count(repo) for repo in set(repos)) <= 3
    pdfs = [source["sha256"] for source in sources]
    assert len(set(pdfs)) == len(pdfs), "a PDF described twice (the same sha256): it cannot be both seen and unseen"


def test_a_glued_line_regex_without_words_counts_only_as_a_drawn_rule_not_a_forms_line_or_figures():
    """Counter-examples: a form's line to fill in after its label ("Naam: ______") is the
    document's own, and a row of figures ("0 1 1 0 ...") is no drawn rule; a rule of one mark
    glued after a sentence counts."""
    form = page(main='<p>Vul in. Naam: ______________________ Adres: ______________________</p>')
    assert figures(form, furniture=(r"^_{5,}$",)).furniture_left == ()
    row = page(main='<p>De reeks 0 1 1 0 1 0 0 1 1 0 1 1 0 staat in de bijlage.</p>')
    assert figures(row, furniture=(r"^[01]( [01])*$",)).furniture_left == ()
    rule = page(main='<p>Einde van het stuk. ______________________ Volgende stuk.</p>')
    assert len(figures(rule, furniture=(r"^_{5,}$",)).furniture_left) == 1
