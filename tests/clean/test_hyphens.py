from collections import Counter

import pytest

from clean_helpers import lines, source
from publish.audit import audit
from publish.clean import clean
from publish.clean.hyphens import decide, join_letterspaced, join_small_capitals, resolve
from publish.clean.lists import item_marker
from publish.clean.whitespace import normalise
from publish.languages import language
from publish.structure import structure


def joined_text(*texts):
    out, changes = resolve(lines(*texts))
    return "".join(line.text + line.glue for line in out if line.text).strip(), changes


@pytest.mark.parametrize("left, right, kind", [
    ("ontwik", "keling", "hyphen-join"),          # layout hyphen, common word
    ("vrijwilligers", "organisaties", "hyphen-join"),
    ("Zuid", "Europese", "hyphen-keep"),          # capital after the hyphen
    ("re", "integratie", "hyphen-keep"),          # clashing vowels
    ("niet", "westerse", "hyphen-keep"),          # prefix written with a hyphen
    ("80", "plussers", "hyphen-keep"),            # number compound
    ("WMO", "gelden", "hyphen-keep"),             # abbreviation compound
    ("hoog", "en", "hyphen-suspended"),           # hoog- en laagopgeleid
])
def test_decisions_without_document_evidence(left, right, kind):
    assert decide(left, "-", right, Counter(), False)[1] == kind


def test_the_document_is_the_first_witness():
    text, changes = joined_text("De doe-democratie werkt. In de doe-", "democratie zien we dat.")
    assert "doe-democratie zien" in text
    assert "document writes 'doe-democratie'" in changes[0].reason
    text, _ = joined_text("De participatiesamenleving. De participatie-", "samenleving groeit.")
    assert "participatiesamenleving groeit" in text


def test_hyphen_across_a_column_break_and_a_word_group():
    text, _ = joined_text("Het ontwik-", "", "keling gaat door.")
    assert text == "Het ontwikkeling gaat door."
    text, _ = joined_text("versus de ‘zij-die-het-", "nakijken-hebben’")
    assert text == "versus de ‘zij-die-het-nakijken-hebben’"


def test_a_word_broken_around_a_line_set_between_goes_on_under_that_line():
    # a caption read out between the two parts of a word: the part above goes down to the rest
    caption = "Het bestuur op de jaarvergadering"
    out, changes = resolve(lines("Toen sprak de voorzitter van de vereniging. Ver-", "", caption, "",
                                 "der ging het over de kas."))
    assert [line.text for line in out if line.text] == ["Toen sprak de voorzitter van de vereniging.", caption,
                                                        "Verder ging het over de kas."]
    assert changes[0].kind == "hyphen-join" and "goes on under the line set between" in changes[0].reason
    # the word's whole token goes down, the quotation mark opening it too
    out, _ = resolve(lines("Toen sprak de voorzitter van de vereniging: „Ver-", "", caption, "", "der ging het goed.“"))
    assert [line.text for line in out if line.text][::2] == ["Toen sprak de voorzitter van de vereniging:",
                                                             "„Verder ging het goed.“"]
    # a compound's capitalised second part on the next line is no line set between
    text, _ = joined_text("Dit is de provincie Noord-", "", "Brabant", "", "en verder niets.")
    assert text.startswith("Dit is de provincie Noord-Brabant")


def test_a_dash_or_a_hyphen_before_punctuation_is_not_a_line_end_hyphen():
    for first in ("een gedachte -", "de verschillende WMO-,"):
        out, changes = resolve(lines(first, "verder"))
        assert not changes and out[0].glue == " "


def test_a_break_dutch_hyphenation_never_makes_is_a_suspended_hyphen_before_a_conjunction():
    # 'zorgen' is a common word, but Dutch hyphenates it 'zor-gen': 'zorg-' + 'en' is not a
    # layout hyphen, whatever the document or the lexicon say about 'zorgen'.
    counts = Counter({"zorgen": 3})
    glue, kind, reason = decide("zorg", "-", "en", counts, False)
    assert (glue, kind) == (" ", "hyphen-suspended")
    assert "hyphenation" in reason
    text, _ = joined_text("tussen zorg-", "en welzijnsorganisaties in de wijk.")
    assert text == "tussen zorg- en welzijnsorganisaties in de wijk."


def test_a_common_word_broken_at_a_hyphenation_point_before_a_conjunction_is_joined():
    # 'zo-als' is where Dutch hyphenates 'zoals': a layout hyphen, although 'als' follows.
    assert decide("zo", "-", "als", Counter(), False)[1] == "hyphen-join"


def test_a_break_outside_the_hyphenation_points_of_an_unlisted_word_keeps_the_hyphen():
    # 're-' + 'integratietrajecten': Dutch hyphenates 'rein-te-gra-tie-...', never 're-in...';
    # the hyphen keeps the clashing vowels apart (re-integratie).
    _, kind, reason = decide("re", "-", "integratietrajecten,", Counter(), False)
    assert kind == "hyphen-keep"
    assert "hyphenation" in reason


def test_a_word_the_document_writes_broken_off_its_hyphenation_points_in_another_form_is_joined():
    """A typesetter's break at no hyphenation point ("Haup-" / "tausschusses") is joined where the
    document writes the word's stem whole ("Hauptausschuss"): its own word, inflected."""
    german = language("de")
    text, changes = joined_text_in(german, "Der Hauptausschuss tagt.", "Mit dem Beschluss des Haup-",
                                   "tausschusses vom 18. Februar.")
    assert "des Hauptausschusses vom" in text
    assert "'hauptausschuss'" in changes[0].reason
    text, _ = joined_text_in(german, "Das Geschäftsjahr endet.", "Für die Geschäft-", "sjahre gilt das.")
    assert "Für die Geschäftsjahre gilt" in text


def test_a_hyphen_the_document_writes_in_the_stem_or_a_stem_it_never_writes_keeps_its_decision():
    # The document writes the stem with its hyphen: the hyphen stays ("re-integratie", "re-integraties").
    text, _ = joined_text_in(language("nl"), "De re-integratie loopt.", "Alle re-", "integraties lopen.")
    assert "Alle re-integraties lopen." in text
    # No stem written: the rules decide as before ("zee-" / "egels": clashing vowels keep the hyphen).
    text, _ = joined_text_in(language("nl"), "Wij zagen zee-", "egels op het strand.")
    assert "zee-egels" in text
    # A capital after the break opens a compound's next word, whatever stem the document writes
    # (review 24g-7): "Mehrzweck-" / "Hallen", "Noord-" / "Hollandse".
    text, _ = joined_text_in(language("de"), "Die Mehrzweckhalle ist neu.", "Die Mehrzweck-", "Hallen sind neu.")
    assert "Mehrzweck-Hallen" in text
    text, _ = joined_text_in(language("nl"), "Het Noordhollands Archief.", "De Noord-", "Hollandse kust.")
    assert "Noord-Hollandse" in text


def joined_text_in(its_language, *texts):
    out, changes = resolve(lines(*texts), language=its_language)
    return "".join(line.text + line.glue for line in out if line.text).strip(), changes


@pytest.mark.parametrize("bullet", list("•·▪●◦‣∙■□➢➤*"))
def test_a_line_opening_a_list_item_is_not_the_end_of_a_broken_word(bullet):
    # "woon-" before "■ item": the list pass opens an item at this bullet, so the hyphen pass
    # must leave the hyphen alone and log no decision about it.
    item = f"{bullet} Een eerste punt."
    assert item_marker(item, None, False) == (bullet, False)
    out, changes = resolve(lines("Wij bieden begeleid woon-", item))
    assert not changes
    assert out[0].text == "Wij bieden begeleid woon-"


def test_a_drop_cap_set_apart_joins_the_rest_of_its_word_and_the_account_stays_balanced():
    from pathlib import Path
    from publish.audit import audit
    from publish.clean import clean
    from publish.source import Source, split_lines
    from publish.structure import structure

    text = ("Verslag van de tuinclub\n\nH\n\net voorjaar begon laat, maar de tuinen bloeiden toch volop in mei.\n"
            "De leden plantten samen tweehonderd bollen langs het pad.\n\nA\n\nlle leden kregen een brief.\n"
            "Zie ook bijlage\n\nC\n\nmet de cijfers van het jaar.\n")
    cleaned = clean(Source(Path("tuin.txt"), tuple(split_lines(text))))
    reading = " ".join(block.text for block in cleaned.blocks)
    assert "Het voorjaar begon laat" in reading and "Alle leden kregen" in reading
    assert [(c.before, c.after) for c in cleaned.changes if "drop cap" in c.reason] == [("H|et", "Het"),
                                                                                        ("A|lle", "Alle")]
    assert "C" in [line for block in cleaned.blocks for line in block.line_texts]   # "Cmet": no word, stays
    assert audit(cleaned, structure(cleaned)).ok


def test_capitals_set_apart_join_into_the_word_they_spell_and_the_account_stays_balanced():
    from pathlib import Path
    from publish.audit import audit
    from publish.clean import clean
    from publish.source import Source, split_lines
    from publish.structure import structure

    text = ("Buurtblad J A A R G A N G 7\n\nN R .\n\n3\n\nA P R I L\n\n"
            "Het voorjaar begon laat, maar de tuinen bloeiden.\n"
            "Kies uit de routes A B of C en meld je aan.\n\nX Q Z\n")
    cleaned = clean(Source(Path("blad.txt"), tuple(split_lines(text))))
    lines = [line for block in cleaned.blocks for line in block.line_texts]
    assert "Buurtblad JAARGANG 7" in lines and "NR." in lines and "APRIL" in lines
    assert "Kies uit de routes A B of C en meld je aan." in lines     # two letters: as likely initials
    assert "X Q Z" in lines                                          # spells no word
    assert audit(cleaned, structure(cleaned)).ok


def test_a_soft_hyphen_ending_a_line_joins_its_word_onto_the_lower_case_line_right_under_it():
    # The PDF's own hyphenation broke "kosten"; pdftotext keeps its soft hyphen at the line's end.
    text, changes = joined_text("en de kos\u00ad", "ten werden gedeeld.")
    assert text == "en de kosten werden gedeeld."
    assert [change.kind for change in changes] == ["hyphen-join"]


@pytest.mark.parametrize("under", [
    ("", "Neuer Absatz beginnt hier."),      # a blank line: a new paragraph
    ("Neuer Absatz beginnt hier.",),          # a capital: no word goes on so
    ("a) het eerste punt;",),                 # a list item's marker
])
def test_a_soft_hyphen_before_anything_but_the_rest_of_its_word_goes_and_the_break_stays(under):
    out, changes = resolve(lines("Das ist das letzte Wort\u00ad", *under))
    assert not changes
    assert out[0].text == "Das ist das letzte Wort"


def test_a_soft_hyphen_joins_its_word_across_a_page_start_and_goes_at_the_texts_end():
    # The word goes on atop the next page, as after a hard hyphen: blank lines left by the page's
    # number removed before the page start break no word.
    for between in ((), ("", "")):
        before_page = lines("en de kos\u00ad", *between, "ten werden gedeeld.")
        before_page = before_page[:-1] + (before_page[-1]._replace(page_start=True),)
        out, changes = resolve(before_page)
        assert [change.kind for change in changes] == ["hyphen-join"]
        assert "".join(line.text + line.glue for line in out if line.text).strip() == "en de kosten werden gedeeld."
    out, changes = resolve(lines("Het laatste woord\u00ad"))
    assert not changes and out[0].text == "Het laatste woord"


def test_a_soft_hyphen_in_a_word_in_capitals_joins_onto_the_capitals_under_it():
    text, changes = joined_text("de ALGEMENE LEDENVERGA\u00ad", "DERING van de club.")
    assert text == "de ALGEMENE LEDENVERGADERING van de club."
    assert [change.kind for change in changes] == ["hyphen-join"]
    text, changes = joined_text("het laatste Wort\u00ad", "DERING van de club.")
    assert not changes and text == "het laatste Wort DERING van de club."


def test_the_whitespace_pass_keeps_a_soft_hyphen_only_where_it_broke_a_word_at_a_lines_end():
    out, _ = normalise(lines("en de kos\u00ad ", "laat\u00admiddeleeuws, schwierig. \u00ad", "\u00ad"))
    assert [line.text for line in out] == ["en de kos\u00ad", "laatmiddeleeuws, schwierig.", ""]


def test_a_text_with_soft_hyphens_reads_a_broken_word_whole_and_keeps_two_paragraphs_apart():
    cleaned = clean(source("Verslag van de tuinclub\n\nDe leden plantten samen tweehonderd bollen, en de kos\u00ad\n"
                           "ten werden gedeeld door alle leden, ook het Wort\u00ad\n\nNeuer Absatz van de leden.\n"))
    reading = [block.text for block in cleaned.blocks]
    assert any("de kosten werden gedeeld" in text for text in reading)
    assert any(text.endswith("ook het Wort") for text in reading) and "Neuer Absatz van de leden." in reading
    assert "\u00ad" not in "".join(reading)
    assert audit(cleaned, structure(cleaned)).ok


def test_a_soft_hyphen_before_a_conjunction_is_a_suspended_part_printed_as_a_hyphen():
    """Some PDFs code their printed hyphens as soft ones: 'voor' + 'en najaar' makes no word."""
    text, changes = joined_text("in het voor\u00ad", "en najaar wordt gesnoeid.")
    assert text == "in het voor- en najaar wordt gesnoeid."
    assert [change.kind for change in changes] == ["hyphen-suspended"]


def small_capitals_joined(code, *texts):
    out, changes = join_small_capitals(lines(*texts), language=language(code))
    return [line.text for line in out], [(change.before, change.after) for change in changes]


@pytest.mark.parametrize("code, texts, joined", [
    ("nl", ("M EDEDELINGEN",), ["MEDEDELINGEN"]),                           # 'ededelingen' is no word
    ("nl", ("F ILOSOFIE IS ÉÉN EN AL M ANIPULATIE",), ["FILOSOFIE IS ÉÉN EN AL MANIPULATIE"]),
    # 'hema' is a word, but 'thema' is more common and 'anipulatie' none: the line is set so
    ("nl", ("T HEMA : M ANIPULATIE",), ["THEMA : MANIPULATIE"]),
    # a rest of one letter ('de'), and a heading over two lines: 'propedeuse' shows the set
    ("nl", ("D E G EBROEDERS",), ["DE GEBROEDERS"]),
    ("nl", ("R OOSTER B LOK 4", "P ROPEDEUSE", "maandag"), ["ROOSTER BLOK 4", "PROPEDEUSE", "maandag"]),
    ("en", ("A NNUAL R EPORT | D ECEMBER 2022",), ["ANNUAL REPORT | DECEMBER 2022"]),
    ("de", ("E INFÜHRUNG IN DER M ANIPULATION",), ["EINFÜHRUNG IN DER MANIPULATION"]),
    # 'yearly' is less common than 'early', but 'y' is no English word and the line is set so
    ("en", ("G ARDEN C LUB Y EARLY R EPORT | M ARCH 2024",), ["GARDEN CLUB YEARLY REPORT | MARCH 2024"]),
    ("en", ("VISIT A L IBRARY",), ["VISIT A LIBRARY"]),   # "L" opens a word itself: not "AL IBRARY"
])
def test_a_word_in_small_capitals_joins_its_first_letter(code, texts, joined):
    out, changes = small_capitals_joined(code, *texts)
    assert out == joined
    # the log names each word joined, as often as it is joined
    words_made = Counter(" ".join(joined).split()) - Counter(" ".join(texts).split())
    assert Counter(after for _, after in changes) == words_made


@pytest.mark.parametrize("code, texts", [
    ("en", ("A GATEWAY TO FRIENDSHIP",)),      # 'agateway' is no word
    ("en", ("A UNIQUE village SALON with",)),
    ("en", ("I THINK SO",)),                   # 'ithink' is listed, but so is 'think'
    ("nl", ("U BENT WELKOM",)),
    ("nl", ("Rijd over de E 40 naar A 4 papier",)),   # a road, a paper size: no letters after
    ("nl", ("J. DE VRIES",)),                  # an initial and its full stop
    ("nl", ("Het college van B EN W",)),       # 'ben' is a word, and less common than 'en'
    ("en", ("I OMS",)),
    ("de", ("A UND B",)),
    ("fr", ("À L'ÉCOLE",)),                    # "l" is a word: an elided article
])
def test_capitals_after_a_word_of_one_letter_stay_apart(code, texts):
    out, changes = small_capitals_joined(code, *texts)
    assert out == list(texts) and not changes


@pytest.mark.parametrize("code, texts, joined", [
    # Beside words in small capitals, a letter that is a word of its own still proves nothing
    # ('a gain' or 'again'), nor does a joined word less common than its rest ('ben' / 'en').
    ("en", ("A NNUAL R EPORT: A GAIN FOR ALL",), ["ANNUAL REPORT: A GAIN FOR ALL"]),
    ("nl", ("M EDEDELINGEN VAN B EN W",), ["MEDEDELINGEN VAN B EN W"]),
    # a paragraph apart (a blank line between) is no evidence for the next
    ("nl", ("M EDEDELINGEN", "", "R OOSTER B LOK 4"), ["MEDEDELINGEN", "", "R OOSTER B LOK 4"]),
])
def test_a_line_in_small_capitals_joins_no_word_its_own_evidence_leaves_in_doubt(code, texts, joined):
    assert small_capitals_joined(code, *texts)[0] == joined


def test_words_in_small_capitals_are_joined_in_the_cleaning_and_the_account_stays_balanced():
    text = ("M EDEDELINGEN\n\nDe leden plantten samen tweehonderd bollen langs het pad.\n\n"
            "R OOSTER B LOK 4\nP ROPEDEUSE\nmaandag en woensdag\n\nHet college van B EN W kwam ook.\n")
    cleaned = clean(source(text))
    texts = [line for block in cleaned.blocks for line in block.line_texts]
    assert "MEDEDELINGEN" in texts and "ROOSTER BLOK 4" in texts and "PROPEDEUSE" in texts
    assert "Het college van B EN W kwam ook." in texts
    assert audit(cleaned, structure(cleaned)).ok


def test_a_word_in_small_capitals_joins_before_its_apostrophe():
    assert small_capitals_joined("en", "J OHNSON'S B ICYCLE")[0] == ["JOHNSON'S BICYCLE"]


@pytest.mark.parametrize("code, text, joined", [
    # Two words of the line joined: the line tier's evidence; a common word or a Roman numeral
    # after a letter stays a word of its own all the same ('ben', 'band', 'bund', 'iii' are words too).
    ("nl", "V ERSLAG VAN DE V ERGADERING VAN B EN W", "VERSLAG VAN DE VERGADERING VAN B EN W"),
    ("nl", "O VERZICHT VAN DE B IJLAGEN A, B EN C", "OVERZICHT VAN DE BIJLAGEN A, B EN C"),
    ("nl", "D EEL I II EN III: V ERHALEN", "DEEL I II EN III: VERHALEN"),
    ("en", "A NNUAL R EPORT: S ECTIONS B AND C", "ANNUAL REPORT: SECTIONS B AND C"),
    ("en", "D IGITAL A NALYTICS T EAM: PLAN B OR C", "DIGITAL ANALYTICS TEAM: PLAN B OR C"),
    ("de", "Ü BERSICHT DER A NHÄNGE B UND C", "ÜBERSICHT DER ANHÄNGE B UND C"),
    ("de", "V ITAMINE D UND E IN DER E RNÄHRUNG", "VITAMINE D UND E IN DER ERNÄHRUNG"),
    ("de", "E INFÜHRUNG IN DIE B ÄNDE I II III", "EINFÜHRUNG IN DIE BÄNDE I II III"),
    ("fr", "R APPORT A NNUEL : A NNEXES B ET C", "RAPPORT ANNUEL : ANNEXES B ET C"),
    ("fr", "C HAPITRE P REMIER : PLAN B OU C, À L'ÉCOLE", "CHAPITRE PREMIER : PLAN B OU C, À L'ÉCOLE"),
    # a letter that is a word of its own, on a line of joins and in a paragraph of them
    ("nl", "V ERSLAG VAN DE V ERGADERING: U BENT WELKOM", "VERSLAG VAN DE VERGADERING: U BENT WELKOM"),
    ("en", "A NNUAL R EPORT: I THINK SO", "ANNUAL REPORT: I THINK SO"),
])
def test_capitals_that_are_a_word_or_number_of_their_own_stay_apart_on_a_line_of_joins(code, text, joined):
    assert small_capitals_joined(code, text)[0] == [joined]


@pytest.mark.parametrize("code, texts, joined", [
    ("nl", ("M EDEDELINGEN", "Het college van B EN W"), ["MEDEDELINGEN", "Het college van B EN W"]),
    ("nl", ("M EDEDELINGEN", "U BENT WELKOM"), ["MEDEDELINGEN", "U BENT WELKOM"]),
    ("de", ("E INFÜHRUNG", "A UND B"), ["EINFÜHRUNG", "A UND B"]),
])
def test_capitals_that_are_a_word_of_their_own_stay_apart_in_a_paragraph_with_a_certain_join(code, texts, joined):
    assert small_capitals_joined(code, *texts)[0] == joined


@pytest.mark.parametrize("code, texts, joined", [
    # a paragraph's certain join is no evidence for a line with no other word split: ordinary capitals
    ("nl", ("M EDEDELINGEN", "ROOSTER B LOK 4"), ["MEDEDELINGEN", "ROOSTER B LOK 4"]),
    ("nl", ("M EDEDELINGEN", "VITAMINE D, E EN K"), ["MEDEDELINGEN", "VITAMINE D, E EN K"]),
    ("en", ("S CHEDULE OF F EES", "GRADES D, E, F OR G"), ["SCHEDULE OF FEES", "GRADES D, E, F OR G"]),
    # a letter after another letter and a comma is one of a list of letters, whatever follows it
    ("nl", ("M EDEDELINGEN", "LOKALEN A, B, K LAS 3"), ["MEDEDELINGEN", "LOKALEN A, B, K LAS 3"]),
    ("en", ("ROOMS A, B, C LOSED",), ["ROOMS A, B, C LOSED"]),
    # but a word's first letter after a comma still joins ("N, V": the comma ends a word), and a
    # word alone on its line goes on a heading in small capitals ('ranch' is a word, 'branch' more common)
    ("nl", ("M EDEDELINGEN, V ERSLAGEN",), ["MEDEDELINGEN, VERSLAGEN"]),
    ("en", ("D IGITAL R ESEARCH - I NNOVATION", "B RANCH", "A NNUAL R EPORT"),
     ["DIGITAL RESEARCH - INNOVATION", "BRANCH", "ANNUAL REPORT"]),
])
def test_a_letter_joins_no_capitals_on_a_line_or_in_a_list_that_shows_no_small_capitals(code, texts, joined):
    assert small_capitals_joined(code, *texts)[0] == joined


def letterspaced_then_small_capitals(code, *texts):
    """The lines as the cleaning joins them: capitals set apart first, then small capitals."""
    spaced, _ = join_letterspaced(lines(*texts), language=language(code))
    out, _ = join_small_capitals(spaced, language=language(code))
    return [line.text for line in out]


@pytest.mark.parametrize("code, text, joined", [
    ("nl", "M A A R T 2024", "MAART 2024"),
    # two runs on one line: the second stands where the first's spaces left it
    ("nl", "M A A R T 2024 A P R I L 2025", "MAART 2024 APRIL 2025"),
    ("nl", "J A A R G A N G 1, N R . 1", "JAARGANG 1, NR. 1"),
    # before a word in lower case a run is whole (review 20k): a newsletter's or programme's name over its line
    ("nl", "N I E U W S B R I E F van de speeltuinvereniging", "NIEUWSBRIEF van de speeltuinvereniging"),
    ("fr", "P R O G R A M M E de la journée", "PROGRAMME de la journée"),
    # the run's last letter opens a word in small capitals; before capitals a run stays apart (its
    # last letter may open them: "D E K ROMHOUT"), and is never cut short to a word ('maar')
    ("nl", "V ERSLAG VAN D E R AAD", "VERSLAG VAN DE RAAD"),
    ("nl", "D E N IEUWE B IBLIOTHEEK", "DE NIEUWE BIBLIOTHEEK"),
    ("nl", "M A A R T APRIL", "M A A R T APRIL"),
])
def test_capitals_set_apart_join_into_the_word_they_spell_and_no_further(code, text, joined):
    assert letterspaced_then_small_capitals(code, text) == [joined]


def test_two_runs_of_capitals_set_apart_on_one_line_are_joined_and_the_account_stays_balanced():
    cleaned = clean(source("Nieuwsbrief van de tuinclub\n\nM A A R T 2024 A P R I L 2025\n\n"
                           "De leden plantten samen tweehonderd bollen langs het pad.\n"))
    texts = [line for block in cleaned.blocks for line in block.line_texts]
    assert "MAART 2024 APRIL 2025" in texts
    assert audit(cleaned, structure(cleaned)).ok


def test_a_name_in_small_capitals_joins_where_the_document_writes_it_whole():
    # 'kromhout' is in no word list: only the document's own spelling is evidence
    written = ("T HE K ROMHOUT C OLLECTION", "", "The Kromhout family founded it.")
    assert small_capitals_joined("en", *written)[0] == ["THE KROMHOUT COLLECTION", "", written[2]]
    assert small_capitals_joined("en", *written[:1])[0] == ["THE K ROMHOUT COLLECTION"]


def test_a_common_word_in_small_capitals_joins_where_the_letter_makes_a_word_commoner_than_the_rest():
    # Review 20k: "the", "der", "une" are far commoner than "he", "er", "ne": joined; "ein" is no commoner than
    # "in", "ben" than "en": the letter and the word stay apart ("Vitamine D und E in der", "B en W").
    for code, split, whole in (
            ("en", "T HE A NNUAL R EPORT OF THE G ARDEN C LUB", "THE ANNUAL REPORT OF THE GARDEN CLUB"),
            ("de", "D ER J AHRESBERICHT DES V EREINS", "DER JAHRESBERICHT DES VEREINS"),
            ("fr", "U NE N OUVELLE É QUIPE", "UNE NOUVELLE ÉQUIPE"),
            ("de", "V ITAMINE D UND E IN DER E RNÄHRUNG", "VITAMINE D UND E IN DER ERNÄHRUNG"),
            ("nl", "V ERSLAG VAN DE V ERGADERING VAN B EN W", "VERSLAG VAN DE VERGADERING VAN B EN W")):
        assert small_capitals_joined(code, split)[0] == [whole], split
