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
    "nl": ("Over {topic} praten de bewoners en de gemeente al jaren met elkaar, en dat gesprek",
           "gaat door. Dit verslag beschrijft wat er rond {topic} is gedaan en wat er",
           "nog moet gebeuren voordat de plannen van de buurt werkelijkheid worden."),
}
TOPICS = {"en": ("the square", "the park", "the library", "the market", "the harbour", "the school"),
          "de": ("den Platz", "den Park", "die Bücherei", "den Markt", "den Hafen", "die Schule"),
          "fr": ("la place", "le parc", "la bibliothèque", "le marché", "le port", "l'école"),
          "nl": ("het plein", "het park", "de bibliotheek", "de markt", "de haven", "de school")}


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


# Lone page references that no printed contents holds, three or more rising on one page: the text's
# pointers, an agenda's papers, a permit's drawings, a bibliography's pages (review 25c); and contents
# boxes a page-reference rule would half remove.  (language, the page's lines, its references)
REFERENCES_OF_THE_TEXT = {
    "a newsletter's pointers into a report": ("de", [
        "Was der Verein im Sommer vorhatte, lesen Sie im Jahresbericht 2023,", "S. 4",
        "und im Herbst geht es weiter.", "",
        "Wie der Platz neu gestaltet wurde, lesen Sie im Jahresbericht 2023,", "S. 9",
        "mit allen Bildern der Bauarbeiten.", "",
        "Wer im Vorstand mitarbeitet, lesen Sie im Jahresbericht 2023,", "S. 12",
        "samt den Adressen."], ["S. 4", "S. 9", "S. 12"]),
    "a reading list": ("de", [
        "Aristoteles, Nikomachische Ethik", "S. 23", "",
        "Kant, Grundlegung zur Metaphysik der Sitten", "S. 45", "",
        "Hegel, Grundlinien der Philosophie des Rechts", "S. 67"], ["S. 23", "S. 45", "S. 67"]),
    "an agenda's papers": ("en", [
        "3. Annual accounts", "p. 7", "", "4. Budget for next year", "p. 12", "", "5. Election of the board", "p. 15"],
        ["p. 7", "p. 12", "p. 15"]),
    "a permit's drawings": ("nl", [
        "Situatietekening", "Blad 1", "", "Plattegrond begane grond", "Blad 2", "", "Gevelaanzichten", "Blad 3"],
        ["Blad 1", "Blad 2", "Blad 3"]),
    "a programme's pointers": ("fr", [
        "Concert d'ouverture", "p. 4", "", "Atelier pour les enfants", "p. 6", "", "Bal de clôture", "p. 9"],
        ["p. 4", "p. 6", "p. 9"]),
    "a bibliography's pages": ("en", [
        "Smith, J. (2010). Cities of the plain. London: Verso,", "p. 57", "",
        "Jones, K. (2014). The commons. Oxford: Blackwell,", "p. 112", "",
        "Brown, L. (2019). Open data. Cambridge: Polity,", "p. 140"], ["p. 57", "p. 112", "p. 140"]),
    "a contents box printing one reference on its title's line": ("en", [
        "In this issue", "", "News from the park", "p.5", "", "Calendar p.8", "", "Our new chair", "p.11", "",
        "Letters", "p.14"], ["p.5", "Calendar p.8", "p.11", "p.14"]),
    "a contents printing some of its pages as ranges": ("de", [
        "Einleitung", "S. 03", "", "Ziele", "S. 04–05", "", "Durchführung", "S. 06", "", "Materialien", "S. 08",
        "", "Impressum", "S. 10"], ["S. 03", "S. 04–05", "S. 06", "S. 08", "S. 10"]),
}


@pytest.mark.parametrize("code, extra, references", REFERENCES_OF_THE_TEXT.values(), ids=REFERENCES_OF_THE_TEXT.keys())
def test_lone_page_references_no_printed_contents_holds_stay(code, extra, references):
    """Regression (review 25c): rising lone page references anywhere on a page were taken for a
    contents' page column and removed, the next paragraph glued on; a contents box lost some of
    its references and kept the others."""
    closing = ["", *(line.format(topic=TOPICS[code][-1]) for line in BODY[code])]   # not at the page's foot: no folio
    kept, removed = read(pages(code, [], ["", *extra, *closing], []), code)
    assert "contents" not in removed and set(references) <= set(kept)


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
