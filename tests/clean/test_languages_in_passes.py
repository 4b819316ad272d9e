"""The cleaning passes read the text's language (issue 18): an English, German or French text's
folios, credits, contents and notes headings are recognised in its own words, and its line-end
hyphens are decided by its own hyphenation and compound rules."""
from __future__ import annotations

from collections import Counter

import pytest

from clean_helpers import lines, source
from publish.clean import clean
from publish.clean.hyphens import decide, resolve, rules
from publish.languages import choose, language

# Body lines of each language (written for these tests), three per page, a topic in each.
BODY = {
    "en": ("The council and the residents have talked about {topic} for years, and that talk",
           "goes on. This report describes what has been done around {topic} and what",
           "still has to happen before the plans of the neighbourhood come true."),
    "de": ("Über {topic} sprechen die Bewohner und die Gemeinde seit Jahren miteinander, und",
           "das Gespräch geht weiter. Dieser Bericht beschreibt, was rund um {topic} getan",
           "wurde und was noch geschehen muss, bevor die Pläne des Viertels wahr werden."),
    "fr": ("Les habitants et la commune parlent de {topic} depuis des années, et cette",
           "discussion continue. Ce rapport décrit ce qui a été fait autour de {topic} et ce",
           "qui doit encore se passer avant que les projets du quartier deviennent réalité."),
}
TOPICS = {"en": ("the square", "the park", "the library", "the market", "the harbour", "the school"),
          "de": ("den Platz", "den Park", "die Bücherei", "den Markt", "den Hafen", "die Schule"),
          "fr": ("la place", "le parc", "la bibliothèque", "le marché", "le port", "l'école")}


def pages(code: str, *extras: list[str]) -> str:
    """A text of as many pages as extras, each page three body lines and then its extra lines,
    a form feed before each page after the first."""
    bodies = [[line.format(topic=topic) for line in BODY[code]] + extra
              for topic, extra in zip(TOPICS[code], extras)]
    return "\f".join("\n".join(body) + "\n" for body in bodies)


def read(text: str, code: str) -> tuple[list[str], dict[str, list[str]]]:
    cleaned = clean(source(text), choose(text, code))
    removed: dict[str, list[str]] = {}
    for change in cleaned.removals:
        removed.setdefault(change.kind, []).append(change.before)
    return [line for block in cleaned.blocks for line in block.line_texts], removed


@pytest.mark.parametrize("code, folio", [("en", "Page 2 of 15"), ("de", "Seite 2 von 15"), ("fr", "Page 2 sur 15")])
def test_a_folio_in_the_texts_language_goes(code, folio):
    kept, removed = read(pages(code, [], ["", folio], []), code)
    assert folio not in kept and removed["page-number"] == [folio]


@pytest.mark.parametrize("code, credit", [("en", "Cover photo: Jane Walker"), ("de", "Foto: Anna Berger"),
                                          ("fr", "Photo : Claire Martin")])
def test_a_credit_in_the_texts_language_goes(code, credit):
    kept, removed = read(pages(code, [], ["", credit], []), code)
    assert credit not in kept and removed["photo-credit"] == [credit]


def test_a_credit_label_of_another_language_is_text():
    # "Beeld:" labels a credit in Dutch only: in an English text the line is the author's.
    line = "Beeld: the picture the report paints is a hopeful one"
    kept, removed = read(pages("en", [], ["", line], []), "en")
    assert line in kept and "photo-credit" not in removed


@pytest.mark.parametrize("code, heading, entries", [
    ("en", "Contents", ["Introduction 3", "The square 5", "The park 9"]),
    ("de", "Inhaltsverzeichnis", ["Einleitung 3", "Der Platz 5", "Der Park 9"]),
    ("fr", "Sommaire", ["Introduction 3", "La place 5", "Le parc 9"]),
])
def test_a_printed_contents_under_the_languages_heading_goes(code, heading, entries):
    kept, removed = read(pages(code, ["", heading, "", *entries], [], []), code)
    assert removed["contents"] == [heading, *entries]
    assert not set(entries) & set(kept)


NOTES_BOX = """Neues aus dem Verein

Der Vorstand hat im Herbst einen neuen Plan vorgelegt.1 Darin steht, was der
Verein in den kommenden Jahren erreichen will, mit welchem Geld, und wer sich
darum kümmert. Der Plan wird in der Mitgliederversammlung im Dezember besprochen,
und danach noch einmal im Frühjahr, wenn der Haushalt fertig ist.2

ANMERKUNGEN
_______________
1
Jahresplan des Vorstands, Oktober.
2
Haushalt für das nächste Jahr.
"""


def test_the_notes_heading_of_the_texts_language_goes_with_its_notes():
    cleaned = clean(source(NOTES_BOX), choose(NOTES_BOX, "de"))
    assert cleaned.footnotes == ((1, "Jahresplan des Vorstands, Oktober."), (2, "Haushalt für das nächste Jahr."))
    assert [c.before for c in cleaned.changes if c.kind == "notes-heading"] == ["ANMERKUNGEN", "_______________"]


# ------------------------------------------------------------------------------- hyphenation

GERMAN = rules(language("de"))


def test_a_german_capital_after_a_lower_case_part_is_a_new_word_not_the_words_rest():
    # pdftotext put another line after "persön-": the word goes on in lower case elsewhere.
    glue, kind, reason = decide("persön", "-", "Kann", Counter(), False, GERMAN)
    assert (glue, kind) == (" ", "hyphen-keep") and "lower case" in reason
    # Dutch writes "Zuid-Europese": there a capital after the hyphen keeps it, glued.
    assert decide("Zuid", "-", "Europese", Counter(), False, rules(language("nl")))[:2] == ("", "hyphen-keep")


def test_a_german_compound_of_two_nouns_keeps_its_hyphen():
    assert decide("Wikimedia", "-", "Projekte", Counter(), False, GERMAN)[:2] == ("", "hyphen-keep")


def test_a_german_word_broken_at_its_syllable_is_joined():
    text = lines("Die Mitglieder haben sich im Herbst ausführlich über die persön-",
                 "lichen Ziele des Vereins ausgetauscht.")
    out, changes = resolve(text, language=language("de"))
    assert "persönlichen" in "".join(line.text + line.glue for line in out)
    assert [change.kind for change in changes] == ["hyphen-join"]


def test_a_german_noun_after_a_capitalised_part_is_no_name():
    # In Dutch a capitalised first part inside a sentence is a name ("Jansen-" / "rapport");
    # in German every noun opens with a capital, so that rule says nothing.
    assert "name" not in decide("Bundes", "-", "regierung", Counter({"bundes": 3}), False, GERMAN)[2]


def test_each_language_hyphenates_with_its_own_dictionary():
    # English hyphenation never breaks "longterm" after "long": the hyphen is the compound's;
    # Dutch rules find no such evidence and join.
    assert decide("long", "-", "term", Counter(), False, rules(language("en")))[:2] == ("", "hyphen-keep")
    assert decide("long", "-", "term", Counter(), False, rules(language("nl")))[:2] == ("", "hyphen-join")
