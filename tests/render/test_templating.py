"""Compiled templates are kept in the user's cache; a damaged or unwritable cache changes no output."""
from __future__ import annotations

import pytest

from publish import user_cache
from publish.clean import lexicon
from publish.render import templating
from publish.render.html import render_html
from publish.render.markdown import render_markdown

from .documents import booklet, hostile_document


def _render_all() -> tuple[str, str, str]:
    templating.environment.cache_clear()
    return render_html(booklet()), render_html(hostile_document(), media="print"), render_markdown(booklet())


@pytest.fixture
def cache_home(tmp_path, monkeypatch):
    """A user cache of the test's own, for the compiled templates. The word tables stay the user's
    (linked in): these tests look at templates only, and a language's table made anew in an empty
    cache costs seconds (the book's language and each one its foreign phrases are told from)."""
    own = tmp_path / "cache"
    user_tables = user_cache.folder("lexicon")
    user_tables.mkdir(parents=True, exist_ok=True)
    (own / "publish").mkdir(parents=True)
    (own / "publish" / "lexicon").symlink_to(user_tables, target_is_directory=True)
    monkeypatch.setenv("XDG_CACHE_HOME", str(own))
    yield own
    templating.environment.cache_clear()


def _compiled(cache_home) -> list:
    return sorted(cache_home.glob("publish/jinja-*/*.cache"))


def test_the_tests_own_cache_reads_the_users_word_tables(cache_home, monkeypatch):
    assert lexicon.cache_folder() == cache_home / "publish" / "lexicon"     # the test's own cache...
    tables = lexicon.cache_folder().resolve()
    monkeypatch.undo()                                                      # (the user's cache again)
    assert tables == lexicon.cache_folder().resolve()                       # ...reads the user's tables


def test_compiled_templates_are_cached_and_render_the_same(cache_home):
    first = _render_all()
    assert _compiled(cache_home), "no compiled template was kept"
    assert _render_all() == first


@pytest.mark.parametrize("kept", [0.5, 0.02, 0.0])
def test_a_damaged_compiled_template_is_compiled_again(cache_home, kept):
    expected = _render_all()
    for path in _compiled(cache_home):
        path.write_bytes(path.read_bytes()[: int(len(path.read_bytes()) * kept)])
    assert _render_all() == expected
    assert _render_all() == expected


def test_an_unwritable_cache_only_costs_the_compiling(tmp_path, monkeypatch, cache_home):
    expected = _render_all()
    blocked = tmp_path / "a-file-not-a-folder"
    blocked.write_text("")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocked))
    try:
        assert _render_all() == expected
    finally:
        templating.environment.cache_clear()


def test_small_caps_wrap_whole_acronyms_only():
    from publish.render.templating import small_caps
    assert str(small_caps("De SCP en WMO-zorg")) == ('De <span class="caps">SCP</span> en '
                                                      '<span class="caps">WMO</span>-zorg')
    for word in ("TEDx", "FUFbestuursleden", "GGZé", "API’s", "GGD'en", "ANDREW’S", "d’OR"):   # one word each
        assert "<span" not in str(small_caps(word)), word


def test_roman_numerals_are_no_acronyms():
    from publish.render.templating import small_caps
    assert str(small_caps("II] Agenda")) == "II] Agenda"           # as "I] ..." beside it
    assert str(small_caps("Willem IV en de VVD")) == 'Willem IV en de <span class="caps">VVD</span>'


def test_a_long_token_may_break_after_its_punctuation_and_a_long_chain_at_its_hyphens():
    from publish.render.templating import BREAK_OPPORTUNITY, print_text
    name = str(print_text("zie Rapport_WaardeVanGegevensOverDeZorg_V2.pdf nu"))
    gap = BREAK_OPPORTUNITY
    assert f"Rapport_{gap}WaardeVanGegevensOverDeZorg_{gap}V2.{gap}pdf" in name
    assert BREAK_OPPORTUNITY not in str(print_text("een gewone zin, met een punt. En nog een."))
    slug = str(print_text("winnaars-bekend-in-de-eerste-fase-van-de-uitdaging en de doe-democratie"))
    assert slug.count("nobreak") == 1 and '<span class="nobreak">doe-democratie</span>' in slug


def test_web_and_e_mail_addresses_are_set_whole_so_print_adds_no_hyphen_inside_them():
    from publish.render.templating import print_text
    printed = str(print_text("Mail becclesparish@gmail.com of kijk op www.becclesparish.org.uk voor meer."))
    assert '<span class="whole">becclesparish@gmail.com</span>' in printed
    assert '<span class="whole">www.becclesparish.org.uk</span>' in printed
    assert printed.startswith("Mail ") and printed.endswith(" voor meer.")
    assert "whole" not in str(print_text("Een gewone zin over maatschappelijke ontwikkelingen @ het dorp."))


def test_an_address_keeps_its_hyphenated_names_on_one_line_and_a_long_run_in_it_breaks_in_pieces():
    """Set whole, an address still breaks only where the text may: not at the hyphen of a name
    ("dorpshuis-de-klok-" / "oudewater.nl" reads as hyphenation), and inside a run too long to be a
    word (a form's ID), which else runs off the page."""
    from publish.render.templating import BREAK_OPPORTUNITY, print_text
    mail = str(print_text("Mail secretariaat@dorpshuis-de-klok-oudewater.nl nu."))
    assert '<span class="nobreak">dorpshuis-de-klok-oudewater</span>' in mail
    long_mail = str(print_text("Bij ledenadministratie-vv-de-zwaluwen@voetbalvereniging-de-zwaluwen-utrecht.nl nu."))
    assert f"@{BREAK_OPPORTUNITY}" in long_mail       # review 27x: two names kept whole ran off the page
    form_id = "1FAIpQLSfXk3v9Jb2mQh7Lr4NcWt8YpZa6Ds1KgHu5Ve0Rn3Ox2Ci4Bl7Mj9Zq"
    form = str(print_text(f"Zie https://docs.google.com/forms/d/e/{form_id}/viewform voor meer."))
    assert form_id not in form and form_id in form.replace(BREAK_OPPORTUNITY, "").replace('<span class="whole">', "")


def test_a_form_line_or_a_row_of_dots_may_break_between_its_marks_and_a_code_in_pieces():
    """A run of one mark ("Address ____", "Naam ......") has no other break; a token too long to be
    a word (a code) breaks in pieces; the labels beside them and short runs stay as they are."""
    from publish.render.templating import BREAK_OPPORTUNITY, LONG_TOKEN_CHARS, print_text
    gap = BREAK_OPPORTUNITY
    form = str(print_text("Address " + "_" * 86 + " Telephone"))
    assert form == "Address " + gap.join("_" * 86) + " Telephone"
    assert str(print_text("Naam " + "." * 45 + " Datum")) == "Naam " + gap.join("." * 45) + " Datum"
    assert gap not in str(print_text("Dues attached $____________________ en ... of --- of ***"))
    address = str(print_text("https://www.example.org/documenten/publicaties/2023/verslag"))
    assert f"https://{gap}www.{gap}example." in address          # not between the two slashes
    code = str(print_text("Code " + "0123456789" * 9))
    assert code.count(gap) == 2 and f"{'0123456789' * 4}{gap}" in code and LONG_TOKEN_CHARS == 40


def test_a_hyphenated_word_keeps_its_elision_and_possessive_inside_its_span():
    from publish.render.templating import print_text
    assert str(print_text("En cas d’ex-aequo, zie de Auditor-General’s verslag.")) == (
        'En cas <span class="nobreak">d’ex-aequo</span>, zie de '
        '<span class="nobreak">Auditor-General’s</span> verslag.')


def test_a_word_with_an_f_before_a_capital_is_set_unkerned_whole():
    from publish.render.templating import print_text
    assert str(print_text("met fMRI en de fEMG-respons van de MRI")) == (
        'met <span class="nokern">fMRI</span> en de <span class="nobreak"><span class="nokern">fEMG-respons</span>'
        '</span> van de <span class="caps">MRI</span>')
    assert "nokern" not in str(print_text("Fabriek of Feyenoord, half Amsterdam"))


def test_a_break_opportunity_never_changes_how_a_tokens_letters_are_set():
    """The letters of a token are set as they would be without its break opportunities: capitals
    inside a code (a licence key cut in pieces, a file name broken after its '_') are no acronym, and
    an f before a capital across a piece's end is still unkerned."""
    from publish.render.templating import BREAK_OPPORTUNITY, print_text
    key = "0123456789" * 3 + "01234567C4DDXC1835420B6B99" + "0123456789" * 3 + "0123"
    assert len(key) == 90 and key.index("DDXC") == 40
    printed = str(print_text(f"Licence key: {key} (keep it)"))
    assert BREAK_OPPORTUNITY in printed and "caps" not in printed
    assert printed.replace(BREAK_OPPORTUNITY, "") == f'Licence key: <span class="whole">{key}</span> (keep it)'
    name = str(print_text("see ANNUAL_REPORT_SUMMARY_FINAL_VERSION_2023.pdf"))
    assert BREAK_OPPORTUNITY in name and name.count("caps") == 1       # 'ANNUAL' only, as in 'ANNUAL_REPORT'
    glued = "0123456789" * 3 + "012345678f" + "MRI" + "0123456789" * 3
    assert '<span class="nokern">' in str(print_text(glued))
