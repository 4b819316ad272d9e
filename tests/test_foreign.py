"""Phrases in another supported language inside a text: marked only on clear evidence."""
from __future__ import annotations

from publish.foreign import foreign_phrases


def phrases(text: str, language: str) -> list[tuple[str, str]]:
    return [(code, text[start:end]) for start, end, code in foreign_phrases(text, language)]


def test_a_dutch_text_with_an_english_a_german_and_a_french_quotation():
    text = ("Ze schreef: the quick brown fox jumps over the lazy dog, en ging verder. Op de gevel stond "
            "Arbeit macht das Leben süß und schön, en iemand zei c'est la vie et nous sommes là tegen ons.")
    assert phrases(text, "nl") == [("en", "the quick brown fox jumps over the lazy dog"),
                                   ("de", "Arbeit macht das Leben süß und schön"),
                                   ("fr", "c'est la vie et nous sommes là")]


def test_an_english_text_with_a_dutch_and_a_german_phrase():
    """A rare word ("blinkt") or one common in several languages ("er") ends a run: no guessing."""
    text = ("The motto of the town was het is niet alles goud wat er blinkt, they said, and the Germans "
            "answered mit den Kindern und der Familie zusammen in the square.")
    assert phrases(text, "en-GB") == [("nl", "het is niet alles goud wat"),
                                      ("de", "mit den Kindern und der Familie zusammen")]


def test_loanwords_names_and_words_shared_by_both_languages_are_no_phrase():
    text = ("De community care en de big society zijn bekende woorden. Het Coming Out Day-feest en de "
            "data van de app staan in het rapport; de man in de zaal las het.")
    assert [code for code, _ in phrases(text, "nl")] == ["en"]          # only "Coming Out Day"


def test_a_conjunction_of_the_books_language_ends_a_foreign_phrase():
    """Dutch "en" is a common word in French too: between English words it is still Dutch."""
    assert phrases("Het gaat om messaging en reliable messaging in de keten.", "nl") == []
    assert phrases("Het principe is comply or explain voor iedereen.", "nl") == [("en", "comply or explain")]
