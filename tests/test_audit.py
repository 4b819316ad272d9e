"""The conservation account: every source word is read, removed as named furniture, structure,
or quoted with a copy in the reading order; anything else is reported as unaccounted."""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from hypothesis import HealthCheck, given, settings, strategies as st

from publish.audit import audit, words
from publish.cli import main
from publish.clean import clean
from publish.model import Paragraph, PullQuote
from publish.source import Source, split_lines
from publish.structure import structure

TEXT = """Verslag uit de wijk

De bewoners van de wijk kwamen in maart bijeen om over de toekomst van het buurthuis te praten.
Zij wilden vooral weten wie de ruimte straks beheert en wat een zaal per avond gaat kosten.

Het bestuur beloofde voor de zomer een voorstel te doen dat alle bewoners kunnen lezen.

12
"""


def account_of(text: str, edit=None):
    cleaned = clean(Source(path=Path("verslag.txt"), lines=tuple(split_lines(text))))
    document = structure(cleaned)
    return audit(cleaned, edit(document) if edit else document)


def test_a_clean_text_is_read_whole_and_its_page_number_is_named():
    account = account_of(TEXT)
    assert account.ok, account.summary()
    assert account.removed == {"page-number": 1}
    assert account.read + 1 == account.words_in


def test_a_word_the_document_dropped_is_unaccounted():
    def drop_last_paragraph(document):
        chapter = document.chapters[0]
        return replace(document, chapters=(replace(chapter, blocks=chapter.blocks[:-1]),))

    account = account_of(TEXT, drop_last_paragraph)
    assert not account.ok
    assert ("voorstel", 1) in account.unaccounted
    # every word of the dropped paragraph, common ones ("de", "bewoners") included: the account
    # counts occurrences, not vocabulary
    assert account.missing == len(words("Het bestuur beloofde voor de zomer een voorstel te doen dat alle "
                                        "bewoners kunnen lezen."))


def test_a_display_quote_is_accounted_only_when_its_words_stand_in_the_reading_order():
    def as_quote(text):
        """The paragraph reading `text` set as a display quote (out of the reading order)."""
        def edit(document):
            chapter = document.chapters[0]
            blocks = tuple(PullQuote(b.content, b.lines) if isinstance(b, Paragraph) and b.text == text else b
                           for b in chapter.blocks)
            return replace(document, chapters=(replace(chapter, blocks=blocks),))
        return edit

    echo, alone = "Wie de ruimte straks beheert.", "Niemand weet wat het kost."
    with_copy = account_of(TEXT.replace("\n\nHet bestuur", f"\n\n{echo}\n\nHet bestuur"), as_quote(echo))
    assert with_copy.ok and with_copy.quotes[0].whole
    hidden = account_of(TEXT.replace("\n\nHet bestuur", f"\n\n{alone}\n\nHet bestuur"), as_quote(alone))
    assert not hidden.quotes[0].whole and not hidden.ok
    assert "niemand" in dict(hidden.unaccounted)
    # words that stand in the body in order, but far apart, are no copy of the quote
    scattered = "Bewoners wilden een zaal."
    apart = account_of(TEXT.replace("\n\nHet bestuur", f"\n\n{scattered}\n\nHet bestuur"), as_quote(scattered))
    assert not apart.quotes[0].whole
    # a quote that leaves out a word of its copy ("weten wie" quoted as "wie") is a copy
    dropped = "Zij wilden vooral wie de ruimte straks beheert."
    close = account_of(TEXT.replace("\n\nHet bestuur", f"\n\n{dropped}\n\nHet bestuur"), as_quote(dropped))
    assert close.quotes[0].whole, close.summary()


def test_a_joined_line_end_hyphen_counts_as_the_one_word_written():
    text = ("De gemeente onderzoekt de maatschappelijke waarde van het buurthuis en de maat-\n"
            "schappelijke opbrengst van de activiteiten die daar worden georganiseerd door de bewoners.\n")
    account = account_of(text)
    assert account.ok, account.summary()
    assert account.words_in == len(words(text)) - 1


def test_a_soft_hyphen_set_as_the_printed_hyphen_counts_as_the_two_numbers_written():
    text = ("De catechismus van Canisius verscheen in een kritische uitgave te Rome in twee delen, 1933\u00ad1936,\n"
            "en wordt sindsdien door alle onderzoekers van de katholieke hervorming geciteerd.\n")
    account = account_of(text)
    assert account.ok, account.summary()
    assert account.words_in == len(words(text)) + 1


def test_note_references_and_notes_are_read():
    text = ("Wonen in de wijk\n\nHet aantal bewoners groeide in tien jaar met een derde.1 "
            "Dat vraagt om meer voorzieningen\n"
            "in de wijk, zoals een tweede school.2\n\nNoten\n\n1 Gemeente, Wijkcijfers 2018.\n"
            "2 Raadsbesluit van 12 december 2019.\n")
    account = account_of(text)
    assert account.ok, account.summary()


def test_clean_audit_prints_the_account_and_fails_on_a_lost_word(tmp_path, capsys, monkeypatch):
    path = tmp_path / "verslag.txt"
    path.write_text(TEXT, encoding="utf-8")
    assert main(["clean", str(path), "--audit"]) == 0
    printed = capsys.readouterr().out
    assert "removed as page number: 1" in printed and "unaccounted: 0" in printed

    import publish.structure
    real = publish.structure.structure

    def losing(cleaned, config=None, name=""):
        document = real(cleaned, config, name)
        chapter = document.chapters[0]
        kept = tuple(b for b in chapter.blocks if not (isinstance(b, Paragraph) and "bestuur" in b.text))
        return replace(document, chapters=(replace(chapter, blocks=kept),))

    monkeypatch.setattr(publish.structure, "structure", losing)      # build.load imports it when it runs
    assert main(["clean", str(path), "--audit"]) == 1
    captured = capsys.readouterr()
    assert "unaccounted: 15 ('alle', 'beloofde', 'bestuur'" in captured.out
    assert "unaccounted for" in captured.err and str(Path(path)) in captured.err


def test_a_build_that_loses_words_says_so(tmp_path, monkeypatch):
    import publish.structure
    from publish.build import build
    path = tmp_path / "verslag.txt"
    path.write_text(TEXT, encoding="utf-8")
    warnings: list[str] = []
    build(path, tmp_path / "out", ("html",), warn=warnings.append)
    assert not any("not in the edition" in warning for warning in warnings)

    real = publish.structure.structure

    def losing(cleaned, config=None, name=""):
        document = real(cleaned, config, name)
        chapter = document.chapters[0]
        return replace(document, chapters=(replace(chapter, blocks=chapter.blocks[:-1]),))

    monkeypatch.setattr(publish.structure, "structure", losing)      # build.load imports it when it runs
    # Another OUTDIR: in the first one the build would take the document its first build recorded.
    build(path, tmp_path / "again", ("html",), warn=warnings.append)
    assert ["15 word(s) of the source are not in the edition; `publish clean --audit verslag.txt` lists them"] \
        == [warning for warning in warnings if "not in the edition" in warning]


def test_sub_item_words_are_read_once_and_their_markers_named():
    account = account_of("Reglement\n\nDe secretaris heeft deze taken:\n1. Het archief bijhouden.\n"
                         "2. (a) Het notuleren van het bestuur.\n(b) Het notuleren van de leden.\n"
                         "3. Het aankondigen van de vergaderingen:\na. in het clubblad;\nb. op de website.\n"
                         "4. Het beheren van de post.\n")
    assert account.ok, account.summary()
    assert account.structure == {"list-item": 8}           # 1. 2. (a) (b) 3. a. b. 4.
    assert account.read + 8 == account.words_in            # every other word read, once


# A title line whose figure reads as a note's marker, its label linked again further on (no notes at
# the foot: the markers count on and may start again at 1).
REPEATED_LABEL_ON_A_TITLE = """Besluitenlijst

Inleiding1
De gemeente werkt samen met bewoners aan een buurt waar iedereen prettig kan wonen.

De aanpak in de wijk
Wat er nog moet gebeuren1 is veel, zegt de raad van de stad in haar besluit.
"""


def test_a_marker_that_links_no_note_keeps_its_figure_in_the_text():
    """Regression: a title's marker whose label the text links elsewhere is placed on no title
    (a label is referenced once); its figure was lost with it."""
    cleaned = clean(Source(path=Path("verslag.txt"), lines=tuple(split_lines(REPEATED_LABEL_ON_A_TITLE))))
    document = structure(cleaned)
    account = audit(cleaned, document)
    assert account.ok, account.summary()
    assert [chapter.title for chapter in document.chapters][:1] == ["Inleiding1"]


AGENDA_ITEMS = ("Opening", "Vaststelling agenda", "Verslag vorige vergadering", "Subsidie dorpshuis", "Rondvraag")
DECISIONS = ("Besluit: vastgesteld.", "Besluit: akkoord met een wijziging.", "De raad neemt kennis van het stuk.")


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(items=st.lists(st.tuples(st.sampled_from(AGENDA_ITEMS), st.integers(min_value=1, max_value=3),
                                st.sampled_from(DECISIONS)), min_size=2, max_size=6))
def test_figures_glued_to_titles_are_read_whatever_the_markers_pass_decides(items):
    """A figure the markers pass takes for a marker ends as a note reference or stays in the text,
    on a title line too, however its labels repeat ("Opening1" ... "Rondvraag1")."""
    text = "Besluitenlijst\n\n" + "\n\n".join(f"{item}{figure}\n{decision}" for item, figure, decision in items) + "\n"
    account = account_of(text)
    assert account.ok, account.summary()
