"""Notes at a page foot or in a notes box leave the text flow and become the notes, their markers
linked; numbers of the text stay text."""
from pathlib import Path

import pytest

from publish.audit import audit
from publish.clean import clean, footnotes
from publish.model import Heading, NoteRef
from publish.source import Source, split_lines
from publish.structure import structure

from clean_helpers import source

PAGES = """Op 1 januari 2020 trad de regeling in werking.1 Met deze regeling wilde de
raad bewoners meer zeggenschap2 geven over het geld in hun eigen buurt, zodat
zij zelf

1 Raadsbesluit van 12 december 2019, nr. 2019-188, over de buurt-
budgetten van de stad.
2 Zie art. 12 lid 3 van de Regeling.

3

 konden beslissen over de besteding. Dat gebeurde in alle buurten van de
stad, van het centrum tot Vathorst.
"""


# Pages marked with form feeds (a leading space marks a page only in a text without them).
FIRST_PAGE = PAGES.replace("\n konden", "\n\fkonden")
SECOND_PAGE = """Het jaar daarop vroegen meer buurten geld aan.1 Vooral de buurten met een
eigen buurthuis deden mee, omdat daar al een groep vrijwilligers was die de
aanvragen2 kon schrijven en

1 Jaarverslag van de buurtcommissies over het tweede jaar.
2 Een aanvraag telde hooguit twee bladzijden.

4

\findienen. De andere buurten bleven achter.
"""


def refs(cleaned) -> list[int]:
    return [part.number for block in cleaned.blocks for part in block.inline() if isinstance(part, NoteRef)]


def texts(cleaned) -> str:
    return "\n".join(block.text for block in cleaned.blocks)


def account(text: str):
    cleaned = clean(Source(path=Path("stuk.txt"), lines=tuple(split_lines(text))))
    return audit(cleaned, structure(cleaned))


def test_notes_at_a_page_foot_become_notes_and_the_cut_sentence_is_whole_again():
    cleaned = clean(source(PAGES))
    assert cleaned.footnotes == ((1, "Raadsbesluit van 12 december 2019, nr. 2019-188, over de buurtbudgetten "
                                     "van de stad."), (2, "Zie art. 12 lid 3 van de Regeling."))
    assert len(cleaned.blocks) == 1
    assert "zodat zij zelf konden beslissen" in cleaned.blocks[0].text
    assert [(c.kind, c.line) for c in cleaned.changes if c.kind == "footnote"] == [("footnote", 5), ("footnote", 7)]
    assert refs(cleaned) == [1, 2]


def test_numbered_lines_at_a_page_foot_without_references_stay_text():
    text = PAGES.replace("werking.1", "werking").replace("zeggenschap2", "zeggenschap")
    cleaned = clean(source(text))
    assert cleaned.footnotes == ()
    assert any(b.text.startswith("Zie art. 12") or "Raadsbesluit" in b.text for b in cleaned.blocks)


def test_notes_numbered_again_on_a_later_page_are_numbered_through_and_each_marker_finds_its_own():
    cleaned = clean(source(FIRST_PAGE + "\f" + SECOND_PAGE))
    assert [number for number, _ in cleaned.footnotes] == [1, 2, 3, 4]
    assert cleaned.footnotes[2][1].startswith("Jaarverslag van de buurtcommissies")
    assert refs(cleaned) == [1, 2, 3, 4]
    renumbered = [(c.before, c.after) for c in cleaned.changes if c.kind == "note-number"]
    assert sorted(renumbered) == [("1", "3"), ("1", "3"), ("2", "4"), ("2", "4")]    # label and marker
    assert "Raadsbesluit" not in texts(cleaned)


def test_renumbered_notes_keep_the_account_balanced():
    result = account(FIRST_PAGE + "\f" + SECOND_PAGE)
    assert result.ok, result.summary()
    assert result.structure.get("note-number") == 4


LONE_LABEL = """Het college heeft de regels voor het parkeren in de binnenstad in 2021
aangepast.1 Sindsdien betalen bewoners minder voor een tweede vergunning, en
bezoekers meer voor een plek aan de

1

Besluit van het college van 4 mei 2021, bekendgemaakt in het gemeenteblad
van die week.

\f gracht. De raad wil weten wat dat heeft opgeleverd.
"""


def test_a_label_on_its_own_line_is_no_page_number_and_its_text_follows_it():
    cleaned = clean(source(LONE_LABEL))
    assert cleaned.footnotes == ((1, "Besluit van het college van 4 mei 2021, bekendgemaakt in het gemeenteblad "
                                     "van die week."),)
    assert not any(c.kind == "page-number" for c in cleaned.changes)
    assert "aan de gracht." in texts(cleaned)
    assert refs(cleaned) == [1]


GATHERED = """De provincie verdeelt het geld over de gemeenten naar het aantal inwoners. 1
Kleine gemeenten krijgen daarbovenop een vast bedrag, 2 en voor de eilanden
geldt een aparte regeling. 3 Daarover gaat de rest van deze brief.

Zie de verdeelsleutel in de bijlage bij de begroting.
Het vaste bedrag is in 2022 verhoogd, na overleg met de
vereniging van gemeenten.
3
Regeling bijdragen eilanden, artikel 2.
1
2

\fDe raad vroeg ook naar de kosten van de uitvoering.
"""


def test_labels_gathered_under_their_notes_take_the_texts_above_them_in_order():
    cleaned = clean(source(GATHERED))
    assert cleaned.footnotes == ((1, "Zie de verdeelsleutel in de bijlage bij de begroting."),
                                 (2, "Het vaste bedrag is in 2022 verhoogd, na overleg met de vereniging van "
                                     "gemeenten."),
                                 (3, "Regeling bijdragen eilanden, artikel 2."))
    assert refs(cleaned) == [1, 2, 3]
    assert "inwoners. Kleine" in texts(cleaned) and "bedrag, en voor" in texts(cleaned)


SPACED = """In artikel 8 van de wet staat dat de gemeente elk jaar verslag doet. Dat
gebeurde in 2019 8 keer per wijk, en daarna minder vaak. 8 Het verslag van
dit jaar komt in juni.

8 Wet op de wijkraden, zoals gewijzigd in 2018.

\fDe wijkraden zelf willen een kortere vorm.
"""


def test_a_number_after_a_space_is_a_marker_only_where_it_cannot_be_a_count():
    cleaned = clean(source(SPACED.replace("8 Wet op", "1 Wet op").replace("minder vaak. 8", "minder vaak. 1")))
    assert refs(cleaned) == [1]
    text = texts(cleaned)
    assert "In artikel 8 van de wet" in text and "in 2019 8 keer" in text
    assert "minder vaak. Het verslag" in text


def test_numbers_after_a_space_stay_text_where_the_document_has_no_note_texts():
    text = SPACED.replace("8 Wet op de wijkraden, zoals gewijzigd in 2018.", "")
    cleaned = clean(source(text.replace(" 8", " 1")))
    assert cleaned.footnotes == () and refs(cleaned) == []
    assert "minder vaak. 1 Het verslag" in texts(cleaned)


BOXES = """Nieuws van de vereniging

Het bestuur bracht in het najaar een nieuw plan uit.1 Daarin staat wat de
vereniging de komende jaren wil bereiken en met welk geld, en wie daarvoor
zorgt. Het plan wordt in de ledenvergadering van december besproken, en
daarna nog een keer in het voorjaar, als de begroting klaar is.2

NOTEN
_______________
1
Jaarplan van het bestuur, oktober.
2
Begroting voor het volgende jaar.

De leden

Een tweede bijdrage gaat over de leden zelf. Hun aantal groeit al drie jaar,
vooral onder jonge gezinnen die in de nieuwe wijk zijn komen wonen.1 Het
bestuur wil hen vragen wat zij van de vereniging verwachten.

NOTEN
_______________
1
Ledenadministratie, stand op 1 januari.
"""


def test_notes_boxes_numbered_again_per_article_leave_the_text_under_their_headings():
    cleaned = clean(source(BOXES))
    assert [number for number, _ in cleaned.footnotes] == [1, 2, 3]
    assert cleaned.footnotes[2] == (3, "Ledenadministratie, stand op 1 januari.")
    assert refs(cleaned) == [1, 2, 3]
    assert "NOTEN" not in texts(cleaned) and "____" not in texts(cleaned)
    assert [c.before for c in cleaned.changes if c.kind == "notes-heading"] == ["NOTEN", "_______________"] * 2
    result = account(BOXES)
    assert result.ok, result.summary()


RUN_ON = """Het onderzoek liep van maart tot juni.1 Het bureau sprak met veertig
bewoners, vooral in de avonduren, toen de meesten thuis waren.2 Zij gaven
aan dat de nieuwe bus

1 Onderzoeksopzet en vragenlijst staan op de website: https://example.org/onderzoek-

wijkbus en zijn daar te downloaden. Zie ook het
2 Niet alle bewoners wilden hun naam noemen.

\fniet vaak genoeg rijdt.
"""


def test_a_note_goes_on_across_a_blank_line_where_it_broke_off_mid_sentence():
    cleaned = clean(source(RUN_ON.replace("Zie ook het\n", "\n")))
    (first, second) = cleaned.footnotes
    assert first[1] == ("Onderzoeksopzet en vragenlijst staan op de website: https://example.org/onderzoek-wijkbus "
                        "en zijn daar te downloaden.")     # a hyphen in a web address stays
    assert second == (2, "Niet alle bewoners wilden hun naam noemen.")
    assert "de nieuwe bus niet vaak genoeg rijdt." in texts(cleaned)


def test_a_marker_glued_to_a_year_is_the_year_and_the_note_and_the_account_balances():
    text = """De Wet op de wijkraden van 20191 regelt hoe een raad wordt gekozen. Dat
gebeurt om de vier jaar, in het voorjaar.

1 Staatsblad van dat jaar, nummer 12.

\fDe raad kiest zelf een voorzitter.
"""
    cleaned = clean(source(text))
    assert refs(cleaned) == [1]
    assert "Wijkraden van 2019 regelt" in texts(cleaned).replace("wijkraden", "Wijkraden")
    result = account(text)
    assert result.ok, result.summary()


def test_a_year_opening_a_line_with_its_note_number_glued_to_it_is_the_notes_marker():
    text = """Het aantal leden steeg van 40 in 2019 tot 65 in
20201. Sindsdien groeit de vereniging langzamer, omdat de zaal vol is.

1 Ledenadministratie van de penningmeester, telling op 31 december.

\fDe vereniging zoekt daarom een tweede zaal.
"""
    cleaned = clean(source(text))
    assert refs(cleaned) == [1]
    assert "tot 65 in 2020. Sindsdien" in texts(cleaned)
    result = account(text)
    assert result.ok, result.summary()


def test_a_number_between_blank_lines_after_the_notes_is_still_the_page_number():
    text = PAGES.replace("\n3\n", "\n\n3\n")
    cleaned = clean(source(text))
    assert [c.before for c in cleaned.changes if c.kind == "page-number"] == ["3"]
    assert len(cleaned.footnotes) == 2


def test_page_numbers_under_the_body_stay_page_numbers_where_the_notes_stand_in_a_notes_section():
    text = """Het plein is het hart van de buurt.1 Daar spelen de kinderen en drinken de
ouders koffie op het bankje bij de fontein.
1
\fToch missen bewoners een plek voor de winter.2 Het buurthuis is klein.
2
\fNoten

1 Telling van de gemeente.
2 Gesprekken in het buurthuis.
"""
    cleaned = clean(source(text))
    assert cleaned.footnotes == ()
    assert [c.before for c in cleaned.changes if c.kind == "page-number"] == ["1", "2"]


def test_superscript_markers_link_to_their_notes():
    text = PAGES.replace("werking.1", "werking.¹").replace("zeggenschap2", "zeggenschap²")
    assert refs(clean(source(text))) == [1, 2]


def test_page_numbers_after_dot_leaders_are_no_markers():
    contents = "Inhoud\n\nInleiding ........ 1\nDe cijfers ........ 2\n\n"
    cleaned = clean(source(contents + PAGES.replace("werking.1", "werking").replace("zeggenschap2", "zeggenschap")))
    assert cleaned.footnotes == ()


def test_labels_set_after_their_notes_in_a_box_leave_the_text_below_the_box_in_the_body():
    text = """Nieuws van de vereniging

Het bestuur bracht in het najaar een nieuw plan uit.1 Daarin staat wat de
vereniging de komende jaren wil bereiken en met welk geld, en wie daarvoor
zorgt. Het plan wordt in december besproken.2

NOTEN
_______________
Jaarplan van het bestuur, oktober.
Begroting voor het volgende jaar.
1
2

Wie wil meedenken, kan zich tot het eind van de maand bij het secretariaat melden.
"""
    cleaned = clean(source(text))
    assert cleaned.footnotes == ((1, "Jaarplan van het bestuur, oktober."), (2, "Begroting voor het volgende jaar."))
    assert "Wie wil meedenken" in texts(cleaned)


CONTINUED = """De gemeente hield in het voorjaar een enquête onder de bewoners.1 De vragen
gingen over de bus, de fietspaden en de verlichting in het park. Bijna de
helft van de bewoners vulde de lijst in, en

1 De enquête werd op papier en online afgenomen, in het Nederlands en in drie

\fandere talen. De antwoorden staan in de bijlage bij dit verslag, en de meeste
bewoners gaven ook hun postcode op.

vaak schreven ze er een toelichting bij.
"""


def test_a_note_that_breaks_off_at_a_page_foot_goes_on_at_the_next_page_foot():
    cleaned = clean(source(CONTINUED))
    assert cleaned.footnotes == ((1, "De enquête werd op papier en online afgenomen, in het Nederlands en in drie "
                                     "vaak schreven ze er een toelichting bij."),)
    assert "vaak schreven" not in texts(cleaned)
    assert "en andere talen." in texts(cleaned)


def test_a_lettered_paragraph_under_the_next_pages_body_is_no_rest_of_a_note():
    # "d." opens the body's fourth lettered paragraph, set over that page's notes: it stays text.
    text = CONTINUED.replace("vaak schreven ze er een toelichting bij.",
                             "d. Verbod op delen\nDe gemeente geeft de antwoorden aan niemand door.")
    cleaned = clean(source(text))
    assert cleaned.footnotes == ((1, "De enquête werd op papier en online afgenomen, in het Nederlands en in drie"),)
    assert "Verbod op delen" in texts(cleaned)


def test_a_note_ending_in_a_web_address_is_whole_at_its_page_foot():
    # A web address is a note's usual last words: the next page's lower-case lines under its body
    # are that page's (a sentence broken around a picture), not the note's rest.
    text = CONTINUED.replace("in het Nederlands en in drie\n", "zie https://gemeente.nl/enquete\n") \
        .replace("\fandere talen.", "\fDe antwoorden in andere talen.")
    cleaned = clean(source(text))
    assert cleaned.footnotes == ((1, "De enquête werd op papier en online afgenomen, zie https://gemeente.nl/enquete"),)
    assert "vaak schreven ze er een toelichting bij." in texts(cleaned)


MID_PAGE = """Het nieuwe parkeerbeleid geldt sinds 1 maart.1 Bewoners met een eigen oprit
krijgen geen vergunning meer, en wie een tweede auto heeft, betaalt voortaan

1 Raadsbesluit over het parkeerbeleid, januari.

het dubbele tarief. Dat levert de gemeente naar schatting een ton per jaar op.

\fDe raad wil het beleid na een jaar evalueren.
"""


def test_notes_set_in_the_middle_of_a_cut_sentence_leave_it_and_the_sentence_is_whole_again():
    cleaned = clean(source(MID_PAGE))
    assert cleaned.footnotes == ((1, "Raadsbesluit over het parkeerbeleid, januari."),)
    assert "betaalt voortaan het dubbele tarief." in texts(cleaned)


def test_labels_and_markers_in_superscript_digits():
    text = PAGES.replace("werking.1", "werking.¹").replace("zeggenschap2", "zeggenschap²") \
        .replace("\n1 Raadsbesluit", "\n¹Raadsbesluit").replace("\n2 Zie art.", "\n² Zie art.")
    cleaned = clean(source(text))
    assert [number for number, _ in cleaned.footnotes] == [1, 2]
    assert cleaned.footnotes[0][1].startswith("Raadsbesluit")
    assert refs(cleaned) == [1, 2]


def test_a_group_of_notes_keeps_its_notes_when_one_marker_in_four_is_lost():
    text = """Het jaarverslag noemt vier bronnen.1 De eerste is de enquête,2 de tweede de
tellingen van de gemeente, de derde de gesprekken3 en de vierde de klachten die
binnenkwamen4 bij het loket van de

1 Jaarverslag, hoofdstuk 2.
2 Enquête onder bewoners, voorjaar.
3 Gesprekken met twaalf bewoners.
4 Klachtenregistratie van het loket.

\fwijkraad. Daarover meer in het volgende hoofdstuk.
"""
    lost = clean(source(text.replace("gesprekken3", "gesprekken")))
    assert [number for number, _ in lost.footnotes] == [1, 2, 3, 4]
    assert refs(lost) == [1, 2, 4]
    two_lost = clean(source(text.replace("gesprekken3", "gesprekken").replace("enquête,2", "enquête,")))
    assert two_lost.footnotes == ()


# pdftotext may set a page's first label apart over its notes and gather later labels under
# them: the notes' texts still stand in the order of their numbers.
LABELS_OUT_OF_PLACE = """De wethouder noemde drie redenen voor het nieuwe plan.1 De eerste is de
groei van de wijk,2 de tweede de drukte op de fietspaden bij de school3 en
de derde het aantal klachten over de oversteek bij de markt, die

1

Brief van de wethouder aan de raad, maart.
Telling van de gemeente, najaar.
3
Enquête onder ouders van de basisschool.
2

7

\fvolgens de bewoners al jaren onveilig is. De raad praat er in mei over.
"""


def test_a_label_gathered_under_its_notes_takes_its_place_between_the_notes_around_it():
    cleaned = clean(source(LABELS_OUT_OF_PLACE))
    assert cleaned.footnotes == ((1, "Brief van de wethouder aan de raad, maart."),
                                 (2, "Telling van de gemeente, najaar."),
                                 (3, "Enquête onder ouders van de basisschool."))
    assert refs(cleaned) == [1, 2, 3]
    assert "die volgens de bewoners" in texts(cleaned)


def test_a_note_never_takes_in_the_next_notes_label():
    # Without two notes to part under label 1, no group: the labels and texts stay in the text
    # rather than note 1 taking in the labels and texts of notes 2 and 3.
    cleaned = clean(source(LABELS_OUT_OF_PLACE.replace("Brief van de wethouder aan de raad, maart.\n", "")))
    assert cleaned.footnotes == ()
    assert "Telling van de gemeente" in texts(cleaned)


def test_a_line_of_a_note_that_opens_with_a_date_is_no_label():
    text = """De raad stemde in met het voorstel.1 Het college voert het uit, zoals de
wet voorschrijft,2 en doet daarvan verslag aan de raad, die het daarna

1 Voorstel van het college over de nieuwe verordening, behandeld op
12 maart 2020 in de commissie.
2 Artikel 160 van de Gemeentewet.

\fopnieuw kan bespreken.
"""
    cleaned = clean(source(text))
    assert cleaned.footnotes == ((1, "Voorstel van het college over de nieuwe verordening, behandeld op "
                                     "12 maart 2020 in de commissie."),
                                 (2, "Artikel 160 van de Gemeentewet."))
    assert refs(cleaned) == [1, 2]


def test_a_marker_after_a_closing_guillemet_is_linked():
    text = PAGES.replace("werking.1", "«werking».1").replace("zeggenschap2", "«zeggenschap»2")
    cleaned = clean(source(text))
    assert [number for number, _ in cleaned.footnotes] == [1, 2]
    assert refs(cleaned) == [1, 2]


def test_a_marker_after_a_straight_closing_quote_is_linked():
    # Straight quotes as the text layer gives them: '"werking".1', "''zeggenschap''2" (two apostrophes).
    text = PAGES.replace("werking.1", '"werking".1').replace("zeggenschap2", "''zeggenschap''2")
    cleaned = clean(source(text))
    assert [number for number, _ in cleaned.footnotes] == [1, 2]
    assert refs(cleaned) == [1, 2]


def test_two_markers_run_together_link_to_both_notes_and_the_account_balances():
    # "werking.12": the superscripts 1 and 2 at one place, their comma lost by the text layer.
    text = PAGES.replace("werking.1", "werking.12").replace("zeggenschap2", "zeggenschap")
    cleaned = clean(source(text))
    assert [number for number, _ in cleaned.footnotes] == [1, 2]
    assert refs(cleaned) == [1, 2]
    assert "in werking. Met deze regeling" in texts(cleaned)
    result = account(text)
    assert result.ok, result.summary()


# A word-processor report: a marker after a space between two words, the note's text set right
# under the body's last line (no blank line), its label a blank line below it, the body's
# sentence going on at the next page.  No page numbers.
LABEL_UNDER_ITS_NOTE = """De leden kiezen het bestuur met een groene kaart 1 tijdens de jaarvergadering.
Elk lid heeft een stem, ook wie zich pas in het voorjaar heeft aangemeld. Na de
Een kaart van een andere kleur telt niet mee.

1

\f(korte) pauze maakt de voorzitter de uitslag bekend.
"""

# Two labels one under the other between the body and their notes' texts, neither text ending
# in a full stop; a caption with a number and a reference in brackets stand above them.
STACKED_LABELS = """FIGUUR 2: DE ZAAL TIJDENS DE TELLING
Het bestuur telt de stemmen 1 in het bijzijn van twee leden (zie bijlage 2 van het
reglement) en legt de uitkomst vast. Daarna worden de stembriefjes 2 van alle leden bij
1
2

Op de jaarvergadering van het voorjaar
Bewaard tot de volgende jaarvergadering

\felkaar in een envelop gedaan en verzegeld.
"""


def test_a_label_set_a_blank_line_under_its_note_at_a_page_end_is_no_page_number():
    cleaned = clean(source(LABEL_UNDER_ITS_NOTE))
    assert cleaned.footnotes == ((1, "Een kaart van een andere kleur telt niet mee."),)
    assert refs(cleaned) == [1]
    assert "Na de (korte) pauze maakt" in texts(cleaned)
    assert not [change for change in cleaned.changes if change.kind == "page-number"]


def test_a_lone_number_under_the_body_is_still_the_page_number_without_a_note_above_it():
    text = LABEL_UNDER_ITS_NOTE.replace("Na de\nEen kaart van een andere kleur telt niet mee.",
                                        "Dat gaat zo.")
    cleaned = clean(source(text))
    assert cleaned.footnotes == ()
    assert [change.before for change in cleaned.changes if change.kind == "page-number"] == ["1"]


def test_stacked_labels_take_the_lines_under_them_in_order_and_captions_and_references_stay_text():
    cleaned = clean(source(STACKED_LABELS))
    assert cleaned.footnotes == ((1, "Op de jaarvergadering van het voorjaar"),
                                 (2, "Bewaard tot de volgende jaarvergadering"))
    assert refs(cleaned) == [1, 2]
    text = texts(cleaned)
    assert "FIGUUR 2: DE ZAAL" in text and "(zie bijlage 2 van het" in text
    assert "van alle leden bij elkaar in een envelop" in text


# A stack that pdftotext parted in pairs by blank lines, under a body that closes a sentence; each
# note ends in a web address and the first holds a full stop inside it.
PARTED_STACK = """Zo blijft de tuin open
De poort gaat om acht uur open en om zes uur dicht, behalve op zondag. 1 2
Wie een sleutel wil, vraagt die aan bij de beheerder van het gemeentehuis. 3
Een sleutel kost niets, maar wie hem kwijtraakt, betaalt de nieuwe.
1
2

3

Gemeente Akkerdam, Openingstijden van de parken. Versie 2.
https://example.org/parken/tijden
Gemeente Akkerdam, Reglement voor de volkstuinen,
https://example.org/tuinen/reglement
Beheerder Akkerdam, Sleutels aanvragen,
https://example.org/beheer/sleutels

\fDe tuin is ook in de winter open, met kortere tijden.
"""


def test_a_stack_of_labels_parted_by_blank_lines_takes_its_notes_each_ending_in_a_web_address():
    cleaned = clean(source(PARTED_STACK))
    assert [number for number, _ in cleaned.footnotes] == [1, 2, 3]
    assert cleaned.footnotes[0][1].endswith("Versie 2. https://example.org/parken/tijden")
    assert cleaned.footnotes[2][1] == "Beheerder Akkerdam, Sleutels aanvragen, https://example.org/beheer/sleutels"
    assert refs(cleaned) == [1, 2, 3]
    assert "betaalt de nieuwe." in texts(cleaned) and "kortere tijden" in texts(cleaned)


# A stack set apart by blank lines from the body above (which closes a sentence) and from the
# notes' texts below it: the stack stands over its notes, one line to each.
APART_STACK = """Het bestuur heeft de leden over de nieuwe contributie ingelicht.1 De kas
bleef het hele jaar gezond, zo bleek uit de controle.2
De kascommissie keek alle bonnen van het jaar na en vond geen fouten.

1
2

Brief aan de leden van 3 maart.
Verslag van de kascommissie, april.

\fOok het jaar daarna sloot de vereniging met een klein overschot af.
"""


def test_a_stack_of_labels_set_apart_by_blank_lines_over_the_notes_takes_them_one_each():
    cleaned = clean(source(APART_STACK))
    assert cleaned.footnotes == ((1, "Brief aan de leden van 3 maart."), (2, "Verslag van de kascommissie, april."))
    assert refs(cleaned) == [1, 2]
    assert "geen fouten." in texts(cleaned) and "klein overschot af." in texts(cleaned)


def test_a_stack_over_one_line_to_each_note_takes_them_one_each_the_first_opening_in_lower_case():
    text = STACKED_LABELS.replace("Op de jaarvergadering", "zie de jaarvergadering")
    cleaned = clean(source(text))
    assert cleaned.footnotes == ((1, "zie de jaarvergadering van het voorjaar"),
                                 (2, "Bewaard tot de volgende jaarvergadering"))
    assert refs(cleaned) == [1, 2]


# A label set after the page's notes ("2" under the last), its text inside the text under "1":
# that note closes with no full stop and fills most of the line, and the one line opening with a
# capital parts the two.
LABEL_AFTER_NOTES = """De kas bleef gezond volgens de controle1, en de leden stemden in met de begroting2 van het
bestuur voor het volgende jaar3.
1

Het verslag van de kascommissie over het boekjaar (Jansen, 2021)
Bij de stemming waren veertig leden aanwezig; de begroting werd zonder tegenstemmen aangenomen door
de vergadering.
3
Vastgesteld in de vergadering van maart.
2

\fDe vereniging sloot het jaar af met een overschot.
"""


def test_a_label_set_after_the_notes_takes_the_text_from_the_one_line_opening_a_note():
    cleaned = clean(source(LABEL_AFTER_NOTES))
    assert cleaned.footnotes == (
        (1, "Het verslag van de kascommissie over het boekjaar (Jansen, 2021)"),
        (2, "Bij de stemming waren veertig leden aanwezig; de begroting werd zonder tegenstemmen aangenomen door "
            "de vergadering."),
        (3, "Vastgesteld in de vergadering van maart."))
    assert refs(cleaned) == [1, 2, 3]
    result = account(LABEL_AFTER_NOTES)
    assert result.ok, result.summary()


# Three notes cited at one place, their markers a run counting up from the one glued to the word
# ("regels1 2 3"), the sentence going on after the last.
RUN_OF_MARKERS = """De raad vroeg om strengere regels1 2 3 en de burgemeester volgde dat advies van
de commissie op, zodat de
1 Brief van de raad aan de burgemeester, 3 maart.
2 Advies van de commissie, april.
3 Verslag van de vergadering, mei.

\fnieuwe regels in de zomer golden.
"""


def test_a_run_of_markers_counting_up_from_one_glued_to_a_word_marks_each_note():
    cleaned = clean(source(RUN_OF_MARKERS))
    assert [number for number, _ in cleaned.footnotes] == [1, 2, 3]
    assert refs(cleaned) == [1, 2, 3]
    assert "strengere regels en de burgemeester" in texts(cleaned)
    assert "in de zomer golden" in texts(cleaned)


def test_the_notes_account_stays_balanced_for_labels_under_and_over_their_notes():
    for text in (LABEL_UNDER_ITS_NOTE, STACKED_LABELS, PARTED_STACK, APART_STACK):
        result = account(text)
        assert result.ok, result.summary()


CITED = """Falls Pilot in the Wards

The pilot ran in three wards of the hospital for six months. Nurses logged
each fall on a tablet [1] and the team compared the counts with the year
before, using the method of an earlier study [2]. Falls at night went down
by a third.

The second part of the pilot looked at the cost of the tablets and of the
training. The supplier [3] gave a discount for the first year, and the board
paid for the rest from the innovation budget. The cost per ward fell as more
staff used the tablets, as the earlier study [2] had also found, and the
board asked for a plan to roll the work out to the other wards next year

\fSources

[1] Ward Logging Kit. Manual for nurses, version 2. Published March 2021.
[2] A. Smith and B. Jones. Counting falls in care homes: a method. Journal of
Care Research, 12(3):40-52, 2019.
[3] Tablet Supply Ltd. Price list for hospitals, 2022.

\fAppendix: the wards
Ward A took part from the first week; wards B and C joined a month later.
"""


def test_bracketed_labels_of_a_list_of_sources_are_notes_and_bracketed_citations_their_markers():
    cleaned = clean(source(CITED))
    assert [number for number, _ in cleaned.footnotes] == [1, 2, 3]
    assert cleaned.footnotes[1][1] == ("A. Smith and B. Jones. Counting falls in care homes: a method. Journal of "
                                       "Care Research, 12(3):40-52, 2019.")
    assert refs(cleaned) == [1, 2, 3]
    text = texts(cleaned)
    assert "on a tablet and the team" in text and "an earlier study. Falls" in text
    assert "as the earlier study [2] had also found" in text       # a second citation of a note stays as printed
    assert "Ward Logging Kit" not in text


def test_a_heading_left_alone_on_its_page_by_its_notes_stays_a_heading_of_its_own():
    cleaned = clean(source(CITED))
    headings = [text for chapter in structure(cleaned).chapters
                for text in [chapter.title] + [block.text for block in chapter.blocks if isinstance(block, Heading)]]
    assert headings[-2:] == ["Sources", "Appendix: the wards"]
    assert not any("Sources" in block.text for block in cleaned.blocks if block.kind == "paragraph")
    result = account(CITED)
    assert result.ok, result.summary()


def test_bracketed_lines_without_citations_in_the_text_stay_text():
    text = CITED.replace(" [1]", "").replace(" [2]", "").replace(" [3]", "")
    cleaned = clean(source(text))
    assert cleaned.footnotes == ()
    assert "[1] Ward Logging Kit" in texts(cleaned)


STARRED = """Het koor zingt eerst een lied in het Italiaans*. Daarna loopt de zanger naar
voren en vertelt hij over zijn reis langs de kust, van dorp naar dorp, tot hij
thuiskomt.

* De teksten van de liederen liggen bij de ingang.

\fHet tweede deel begint met een lied in het Spaans*. De zanger blijft staan en
luistert naar het koor, dat zacht verder zingt tot het licht uitgaat.

* De teksten van de liederen liggen bij de ingang.

\fNa afloop is er koffie in de foyer.
* Koffie en thee zijn gratis
* Wie wil, kan met de zangers praten
"""


def test_asterisk_notes_at_page_feet_are_notes_and_their_asterisks_the_markers():
    cleaned = clean(source(STARRED))
    assert [number for number, _ in cleaned.footnotes] == [1, 2]
    assert cleaned.footnotes[0][1] == "De teksten van de liederen liggen bij de ingang."
    assert refs(cleaned) == [1, 2]
    text = texts(cleaned)
    assert "in het Italiaans. Daarna" in text and "in het Spaans. De zanger" in text
    assert "Koffie en thee zijn gratis" in text         # asterisk bullets without a marker above stay text
    result = account(STARRED)
    assert result.ok, result.summary()


def test_a_number_in_the_text_is_no_marker_of_an_asterisk_note():
    # "Italiaans1": the marker of a numbered note, not of "*"; the asterisk line stays in the text.
    text = STARRED.replace("Italiaans*.", "Italiaans1.").split("\f")[0] + "\fNa afloop is er koffie.\n"
    cleaned = clean(source(text))
    assert cleaned.footnotes == ()
    assert "De teksten van de liederen liggen bij de ingang." in texts(cleaned)      # a bulleted line


@pytest.mark.parametrize("text, kept", [
    # At a (one-page) text's foot: a list of asterisk bullets, two lines labelled alike, is no note.
    ("Dear members,\n\nThe annual dinner* is on 3 May. On the menu:\n* Soup of the day.\n* Roast chicken.\n\n"
     "Please book by 20 April.\n", "Soup of the day."),
    # A scene break "* * *" is no note labelled "*" whose text opens "* *".
    ("Il partit le soir même pour Lyon*.\n* * *\nLe lendemain, la ville était calme.\n\nFin du chapitre.\n",
     "Le lendemain, la ville était calme."),
])
def test_asterisk_bullets_and_a_scene_break_at_a_page_foot_are_no_note(text, kept):
    cleaned = clean(source(text))
    assert cleaned.footnotes == ()
    assert kept in texts(cleaned)


# A price list at a page foot, a row flagged "*" and the asterisk's note under it; a row opens with
# a price ("1 euro per studiebeurt"), as a numbered note's label would.
PRICES_STARRED = """Ook dit jaar vragen wij een kleine bijdrage voor de melk en de studie.
Melk
0,30 euro per beurt*
Studie
1 euro per studiebeurt
Dactylo
80 euro per jaar

* De school ontvangt subsidies van de overheid voor het verstrekken van melkproducten.

\fEen goed schooljaar gewenst!
"""


def test_asterisks_in_the_text_are_no_marker_of_a_numbered_note():
    # "beurt*" marks the asterisk's note, not a note "1": the price row stays in the text
    cleaned = clean(source(PRICES_STARRED))
    assert cleaned.footnotes == ((1, "De school ontvangt subsidies van de overheid voor het verstrekken van "
                                     "melkproducten."),)
    assert "1\u00a0euro per studiebeurt" in texts(cleaned) and refs(cleaned) == [1]     # (a no-break space)
    assert [(c.before, c.after) for c in cleaned.changes if c.kind == "note-number"] == [("*", "1")]


def test_a_numbered_notes_marker_is_a_number_not_the_asterisks_of_a_significance_level():
    text = """Significant bij 5 procent* van de gevallen, zie de tabel hieronder.
Uit de tabel kunnen we afleiden 1 dat de afstanden nauwelijks verschillen.

1

Om dit te kunnen doen moet de coëfficiënt omgerekend worden.

\fDe rest van het verslag volgt hier.
"""
    cleaned = clean(source(text))
    assert cleaned.footnotes == ((1, "Om dit te kunnen doen moet de coëfficiënt omgerekend worden."),)
    assert refs(cleaned) == [1]
    assert "5\u00a0procent* van" in texts(cleaned) and "afleiden dat" in texts(cleaned)


# A table's row flagged "(*)" and its note under the table at the page foot, labelled "(*)" too.
BRACKETED_STAR = """De planning voor de komende twee jaar staat in de tabel hieronder, per kwartaal.

Activiteit
REST API profiel baseren op ADR
Implementatie invoering ebMS3/AS4 (*)
Q1 2024
X

(*) Deze onderwerpen zijn afhankelijk van besluitvorming in het overleg, bij goedkeuring wordt in
2025 een accent op de implementatie verwacht

\fDe roadmap wordt elk jaar herzien.
"""


def test_a_note_labelled_by_asterisks_in_brackets_under_a_table_is_a_note_and_its_row_marker_the_marker():
    cleaned = clean(source(BRACKETED_STAR))
    assert [number for number, _ in cleaned.footnotes] == [1]
    assert cleaned.footnotes[0][1].startswith("Deze onderwerpen zijn afhankelijk")
    assert refs(cleaned) == [1]
    text = texts(cleaned)
    assert "(*)" not in text and "ebMS3/AS4" in text
    result = account(BRACKETED_STAR)
    assert result.ok, result.summary()


# A note marked by an asterisk glued to its text, its marker glued to a word; and on a later
# page one asterisk note that two rows of a list of dates point to, each row closed by " *".
STARRED_ROWS = """Wij hopen dat u* deze gids graag leest en dat u ons vertelt wat beter kan, want de
gids wordt elk jaar opnieuw geschreven door de leerkrachten van de school.

*Met u bedoelen we iedereen die voor een leerling van de school zorgt.

\fDe studiedagen van dit jaar:

Maandag 3 maart
Woensdagmiddag 19 maart *
Vrijdag 11 april
Dinsdagmiddag 24 juni *

* Op een studiemiddag zijn de leerlingen om twaalf uur vrij.

\fDe vakanties staan in de kalender achter in deze gids.
"""


def test_asterisk_notes_glued_to_their_text_and_rows_that_share_one_asterisk_note():
    cleaned = clean(source(STARRED_ROWS))
    assert [number for number, _ in cleaned.footnotes] == [1, 2]
    assert cleaned.footnotes[0][1] == "Met u bedoelen we iedereen die voor een leerling van de school zorgt."
    assert refs(cleaned) == [1, 2, 2]       # both rows link to the one note under them
    text = texts(cleaned)
    assert "dat u deze gids" in text and "Woensdagmiddag 19 maart" in text and "*" not in text
    result = account(STARRED_ROWS)
    assert result.ok, result.summary()


# A label printed in superscript that the text layer glued to the note's first word.
GLUED_LABEL = """De raad besloot in 1888 de oude kerk te slopen, ondanks het verzet van de
parochianen en van de bisschop, die de toren wilde bewaren als baken voor de
vissers1.

1Pieters, Kroniek van de parochie, Brugge: Eigen beheer, 1902, p. 41.

\fDe nieuwe kerk werd drie jaar later ingewijd. Een naam als 3Dfier
blijft staan zoals hij staat.
"""


def test_a_label_glued_to_its_notes_first_word_is_a_label():
    cleaned = clean(source(GLUED_LABEL))
    assert cleaned.footnotes == ((1, "Pieters, Kroniek van de parochie, Brugge: Eigen beheer, 1902, p. 41."),)
    assert refs(cleaned) == [1]
    assert "3Dfier" in texts(cleaned)
    result = account(GLUED_LABEL)
    assert result.ok, result.summary()


# Tallies of a vote, one count a line: the last one closes the page, and its number follows a
# full stop like a note's label and marker; the count right above it is no note either.
TALLIES = """De leden stemden over twee projecten.

Moestuin
•
•
•

6 stemmen: a) Ja, ik wil meedoen aan dit project in het komende jaar.
4 stemmen: b) Ja, maar ik kan er zelf geen tijd in steken.
1 stem: c) Onthouding

Fietsenwerkplaats
•
•
•

5 stemmen: a) Ja, ik wil meedoen aan dit project in het komende jaar.
2 stemmen: b) Ja, maar ik kan er zelf geen tijd in steken.
1 stem: c) Onthouding
\fDe vergadering sluit om tien uur.
"""


def test_a_count_in_a_column_of_counts_at_a_page_foot_is_no_note():
    cleaned = clean(source(TALLIES))
    assert cleaned.footnotes == ()
    assert texts(cleaned).count("1 stem: c) Onthouding") == 2


# Sources listed as bullets whose titles carry the note marker at the line end, each over a
# second-level item opened by a lower-case "o"; and sentences that end in an acronym ("EU.").
LISTED_SOURCES = """De werkgroep leunt op twee bronnen en op het beleid van de EU. 1 Daarnaast
spreekt zij met de bewoners van de wijk.

Bronnen van de werkgroep:
•
Handboek voor het beheer van stadstuinen 2
o Het handboek beschrijft hoe een gemeente tuinen aan bewoners uitgeeft.
•
Richtlijn voor gedeelde moestuinen 3
o De richtlijn noemt de regels voor water, gereedschap en compost.

1 Zie het beleidsplan voor groen in de stad.
2 Uitgave van de vereniging van tuinders, tweede druk.
3 Vastgesteld door de raad van de gemeente.

\fDe werkgroep bespreekt haar voorstel in het najaar met de raad.
"""


def test_a_marker_before_a_bullet_item_and_one_after_an_acronym_end_their_sentences():
    cleaned = clean(source(LISTED_SOURCES))
    assert [number for number, _ in cleaned.footnotes] == [1, 2, 3]
    assert refs(cleaned) == [1, 2, 3]
    text = texts(cleaned)
    assert "het beleid van de EU. Daarnaast" in text
    assert "stadstuinen 2" not in text and "moestuinen 3" not in text
    result = account(LISTED_SOURCES)
    assert result.ok, result.summary()


def test_a_number_after_an_abbreviation_or_before_a_lower_case_word_stays_a_count():
    text = LISTED_SOURCES.replace("van de EU. 1 Daarnaast", "van de EU, zie nr. 1 Daarnaast") \
        .replace("stadstuinen 2\no Het", "stadstuinen 2\nof meer over")
    cleaned = clean(source(text))
    assert 1 not in refs(cleaned) and 2 not in refs(cleaned)


# The page's first note run into the word broken at its last body line: pdftotext joined the
# label to "EU-", as it joins a word's two halves, and lost the hyphen.
LABEL_IN_HYPHEN = """De raad wil dat de wijk groener wordt en volgt het beleid van de EU. 1 De gemeente
plant bomen en legt tuinen aan.2 Voor de bewoners gelden daarbij voortaan de
strenge EU1 Zie het beleidsplan voor groen in de stad.

2 Vastgesteld door de raad in het voorjaar.

\fregels voor het gebruik van water in de zomer, die de raad elk jaar bekendmaakt.
"""


def test_a_notes_label_run_into_a_broken_word_goes_back_to_its_note_and_the_word_gets_its_hyphen():
    cleaned = clean(source(LABEL_IN_HYPHEN))
    assert [number for number, _ in cleaned.footnotes] == [1, 2]
    assert cleaned.footnotes[0][1] == "Zie het beleidsplan voor groen in de stad."
    assert refs(cleaned) == [1, 2]
    assert "voortaan de strenge EU-regels voor het gebruik van water" in texts(cleaned)
    result = account(LABEL_IN_HYPHEN)
    assert result.ok, result.summary()


# The same, the note a web address and the body's last line carrying the marker of the note
# after it: the note goes back to its line, and the marker on the body's half of that line is
# linked to the note split off it.
ADDRESS_IN_HYPHEN = """De subsidie volgt de regels van het fonds3 en wordt elk jaar verantwoord.
De penningmeester meldt de stand aan het bestuur4 . Voor de aanvragen gelden de voorwaar1 https://example.org/fonds/regels
2 Een verantwoording per project, met de bonnen erbij.

\fden van de regeling over de kosten van vrijwilligers.
"""


def test_a_note_opening_with_a_web_address_run_into_a_broken_word_goes_back_to_its_line():
    text = ADDRESS_IN_HYPHEN.replace("fonds3", "fonds1").replace("bestuur4", "bestuur2")
    cleaned = clean(source(text))
    assert [note for note in cleaned.footnotes] == [(1, "https://example.org/fonds/regels"),
                                                     (2, "Een verantwoording per project, met de bonnen erbij.")]
    assert refs(cleaned) == [1, 2]
    assert "gelden de voorwaarden van de regeling" in texts(cleaned)
    result = account(text)
    assert result.ok, result.summary()


# Notes set right to left (a text frame's paragraph direction): each label closes its note's
# first line, and the stop closing a note opens its last line.
RIGHT_TO_LEFT = """Als student kreeg ik het kookboek van Wannée1 mee. Het Haagse kookboek2 kocht ik
later, en De Indiase keuken3 in de ramsj.

.C.J. Wannée, Kookboek van de Amsterdamsche huishoudschool. Amsterdam: Becht, 1948 1
F.M. Stoll en W.H. de Groot, Het Haagse kookboek. 68e druk. Den Haag: Van Goor, Van 2
.Cleef, 1973
.Sheelagh van Mastrigt-Carter, De Indiase keuken. Bussum: Van Dishoeck, 1968 3

\fDaarna kocht ik een Italiaans kookboek.
"""


def test_notes_set_right_to_left_are_read_left_to_right_their_labels_before_their_text():
    cleaned = clean(source(RIGHT_TO_LEFT))
    assert cleaned.footnotes == (
        (1, "C.J. Wannée, Kookboek van de Amsterdamsche huishoudschool. Amsterdam: Becht, 1948."),
        (2, "F.M. Stoll en W.H. de Groot, Het Haagse kookboek. 68e druk. Den Haag: Van Goor, Van Cleef, 1973."),
        (3, "Sheelagh van Mastrigt-Carter, De Indiase keuken. Bussum: Van Dishoeck, 1968."))
    assert refs(cleaned) == [1, 2, 3]
    result = account(RIGHT_TO_LEFT)
    assert result.ok, result.summary()


def test_lines_closing_with_numbers_and_no_stop_opening_a_line_stay_text():
    text = RIGHT_TO_LEFT.replace("\n.", "\n")        # a contents or a table: numbers closing lines
    cleaned = clean(source(text))
    assert cleaned.footnotes == ()
    assert "Amsterdam: Becht, 1948 1" in texts(cleaned)


# A note whose line ends in a colon, what it announces a blank line under it, at the page foot.
ANNOUNCING_NOTE = """Het bestuur sprak met de buurt over de nieuwe speeltuin.* Daarna volgde een
stemming over het ontwerp, die het ontwerp met ruime meerderheid aannam.

* Uit het verslag van de buurtavond, woorden van de voorzitter:

- Wie wil er meedoen?
- De hele straat.

\fDe speeltuin gaat in het voorjaar open.
"""


def test_a_notes_line_ending_in_a_colon_goes_on_across_the_blank_line_under_it():
    cleaned = clean(source(ANNOUNCING_NOTE))
    assert cleaned.footnotes == ((1, "Uit het verslag van de buurtavond, woorden van de voorzitter: "
                                     "- Wie wil er meedoen? - De hele straat."),)
    assert refs(cleaned) == [1]
    assert "Wie wil er meedoen" not in texts(cleaned)
    result = account(ANNOUNCING_NOTE)
    assert result.ok, result.summary()


def test_under_a_lone_label_a_colon_does_not_take_the_text_after_a_blank_line():
    text = ANNOUNCING_NOTE.replace("* Uit het verslag", "*\nUit het verslag")
    cleaned = clean(source(text))
    assert "Wie wil er meedoen" in texts(cleaned)


# A lone label run into the word broken at a column's last line ("wijk-" over "1" became
# "wijk1"), its note a blank line under it, the body going on in lower case under the note.
LONE_LABEL_IN_HYPHEN = """De gemeente sprak in het voorjaar met de buurt.1 Daarna schreef de wijk1

Zie het verslag van de buurtavond op https://example.org/verslagen/buurtavond

raad een brief aan alle bewoners van de straat over de plannen.
"""


def test_a_lone_label_run_into_a_broken_word_goes_back_over_its_note_and_the_word_is_whole():
    cleaned = clean(source(LONE_LABEL_IN_HYPHEN))
    assert cleaned.footnotes == ((1, "Zie het verslag van de buurtavond op https://example.org/verslagen/buurtavond"),)
    assert refs(cleaned) == [1]
    assert "schreef de wijkraad een brief" in texts(cleaned)
    result = account(LONE_LABEL_IN_HYPHEN)
    assert result.ok, result.summary()


def test_a_word_with_a_number_closing_a_paragraph_stays_where_no_body_goes_on_under_the_next():
    text = LONE_LABEL_IN_HYPHEN.replace("\nraad een brief", "\nDe raad schreef een brief")
    cleaned = clean(source(text))
    assert cleaned.footnotes == ()


def test_a_lone_label_run_into_a_broken_word_at_a_page_foot_goes_back_over_its_note():
    text = LONE_LABEL_IN_HYPHEN.replace("\nraad een brief", "\fraad een brief")   # the body goes on overleaf
    cleaned = clean(source(text))
    assert cleaned.footnotes == ((1, "Zie het verslag van de buurtavond op https://example.org/verslagen/buurtavond"),)
    assert refs(cleaned) == [1]
    assert "schreef de wijkraad een brief" in texts(cleaned)
    result = account(text)
    assert result.ok, result.summary()


# A note whose marker closes a page, set at the next page's foot (no room was left under the
# page's own note): its marker stands before the notes of the page before.
CARRIED_NOTE = """Het bestuur besprak de begroting1 en het jaarverslag van de penningmeester. De
leden vroegen om een toelichting op de kosten van de nieuwe zaal2.

1 Begroting voor het komende jaar, versie van maart.

\fDe penningmeester gaf die toelichting in de vergadering van april en beantwoordde
daarbij alle vragen van de leden over de huur.

2 Huurcontract met de gemeente, getekend in januari.

\fDaarna sloot de voorzitter de vergadering.
"""


def test_a_note_set_at_the_next_pages_foot_links_to_its_marker_before_the_notes_of_its_page():
    cleaned = clean(source(CARRIED_NOTE))
    assert [number for number, _ in cleaned.footnotes] == [1, 2]
    assert refs(cleaned) == [1, 2]
    result = account(CARRIED_NOTE)
    assert result.ok, result.summary()


def test_a_code_with_a_number_before_text_and_no_notes_under_it_stays():
    text = LABEL_IN_HYPHEN.replace("\n2 Vastgesteld door de raad in het voorjaar.\n", "\nDe raad vergadert weer.\n")
    cleaned = clean(source(text))
    assert "strenge EU1 Zie het beleidsplan" in texts(cleaned)


# A booklet's pages: each note a paragraph of its own under the body, its label on a line of its
# own a blank line under it, then the running foot and the folio (both taken out before the notes
# are looked for), after a cover. Note 3's text was lost in extraction, its marker was not.
LABEL_OVER_THE_FOOT = """Gids voor leners

Voorjaar 2024
\fDe vereniging leent haar materiaal uit aan scholen in de buurt.1 Wie iets
wil lenen, vult het formulier in bij de balie.

Zie het reglement voor het uitlenen, artikel 4.

1

Gids voor leners - voorjaar 2024

5

\fHet materiaal gaat na twee weken terug naar de vereniging.2 Wie het later
terugbrengt, betaalt een kleine boete per dag.

Het bedrag staat op de website van de vereniging.

2

Gids voor leners - voorjaar 2024

6

\fBeschadigd materiaal wordt hersteld op kosten van de lener.3 De vereniging
stuurt daarvoor een rekening.

Gids voor leners - voorjaar 2024

7

\fEen lener die drie keer te laat was, leent een half jaar niets. Zo blijft er genoeg
materiaal over voor wie het op tijd terugbrengt.

Gids voor leners - voorjaar 2024

8

\fVragen over een rekening gaan naar de penningmeester.4 Die antwoordt binnen
een week.

Zij is op dinsdagavond in het clubhuis te vinden.

4

Gids voor leners - voorjaar 2024

9
"""


def test_a_lone_label_over_the_running_foot_and_the_folio_takes_the_paragraph_above_it():
    cleaned = clean(source(LABEL_OVER_THE_FOOT))
    assert cleaned.footnotes == ((1, "Zie het reglement voor het uitlenen, artikel 4."),
                                 (2, "Het bedrag staat op de website van de vereniging."),
                                 (4, "Zij is op dinsdagavond in het clubhuis te vinden."))
    assert "vult het formulier in bij de balie." in texts(cleaned)
    assert account(LABEL_OVER_THE_FOOT).ok


def test_the_marker_of_a_note_lost_between_notes_found_stays_a_reference_without_a_note():
    cleaned = clean(source(LABEL_OVER_THE_FOOT))
    assert refs(cleaned) == [1, 2, 3, 4]
    assert [change.after for change in cleaned.changes if change.kind == "noteref"][2] == "lener.[3]"
    document = structure(cleaned)
    assert document.note_numbers_without_text() == [3]


def test_a_lone_number_closing_its_page_with_nothing_taken_out_under_it_is_still_its_folio():
    text = LABEL_OVER_THE_FOOT.replace("\n1\n\nGids voor leners - voorjaar 2024\n\n5\n", "\n1\n")
    cleaned = clean(source(text))
    assert cleaned.footnotes == ()
    assert "Zie het reglement voor het uitlenen, artikel 4." in texts(cleaned)
    assert "1" in [change.before for change in cleaned.changes if change.kind == "page-number"]


# A letter-spaced text layer parts the figures of numbers ("2 0 23"), a two-figure label too.
SPACED_FIRST_PAGE = " ".join(f"Punt {number} staat in de brief van de raad.{number}" for number in range(1, 10)) \
    + "\n\n" + "\n".join(f"{number} Brief van de raad, deel {number}." for number in range(1, 10)) + "\n"
SPACED_LABELS = SPACED_FIRST_PAGE + """\fDe commissie besprak de brief op 2 0 mei.10 Zij stemde in met het voorstel.11
De raad neemt het besluit in juni.

1 0 Verslag van de commissie, 2 0 mei 2 023.
1 1 Voorstel aan de raad, nr. 4 5.

\fIn juni nam de raad het besluit.
"""


def test_a_two_figure_label_letter_spaced_by_the_text_layer_is_read_as_one_number():
    cleaned = clean(source(SPACED_LABELS))
    assert cleaned.footnotes[9:] == ((10, "Verslag van de commissie, 2 0 mei 2 023."),
                                     (11, "Voorstel aan de raad, nr. 4 5."))
    assert refs(cleaned)[9:] == [10, 11]
    assert "De raad neemt het besluit in juni." in texts(cleaned)
    assert account(SPACED_LABELS).ok


# A web page printed to PDF: each note stands right after the passage citing it, "n: text".
AFTER_THE_PASSAGE = """1. Aanleiding

Het fietspad langs de dijk werd in 2021 verbreed1 en kreeg nieuwe verlichting.
1: Besluit van het waterschap van 3 maart 2021.

De gemeente meet sindsdien het aantal fietsers2 op drie punten.
2: De telpunten staan bij de brug, bij de molen en bij de

haven van het dorp.
Het aantal fietsers steeg in twee jaar met een kwart.3
3: Telling van het najaar van 2023.

2. Gevolgen

Op drukke dagen staan er wachtrijen bij de brug.
"""


def test_notes_labelled_with_a_colon_after_the_passage_citing_them_become_notes():
    cleaned = clean(source(AFTER_THE_PASSAGE))
    assert cleaned.footnotes == ((1, "Besluit van het waterschap van 3 maart 2021."),
                                 (2, "De telpunten staan bij de brug, bij de molen en bij de haven van het dorp."),
                                 (3, "Telling van het najaar van 2023."))
    assert refs(cleaned) == [1, 2, 3]
    assert "Het aantal fietsers steeg in twee jaar met een kwart." in texts(cleaned)
    assert {c.reason for c in cleaned.changes if c.kind == "footnote"} == \
        {"a note set after the passage citing it: moved to the notes"}
    assert account(AFTER_THE_PASSAGE).missing == 0


def test_colon_labels_not_numbered_from_one_in_turn_stay_text():
    shuffled = AFTER_THE_PASSAGE.replace("\n1: ", "\n4: ")
    cleaned = clean(source(shuffled))
    assert cleaned.footnotes == ()
    assert "4: Besluit van het waterschap" in texts(cleaned)


def test_two_markers_after_a_space_closing_a_sentence_both_link():
    # "... van de zaal 4 5." cites two notes at once; "4 5" alone would read as counts
    text = AFTER_THE_PASSAGE.replace("kwart.3\n3: Telling van het najaar van 2023.",
                                     "kwart 3 4.\n3: Telling van het najaar van 2023.\n4: Telling van het voorjaar.")
    cleaned = clean(source(text))
    assert [number for number, _ in cleaned.footnotes] == [1, 2, 3, 4]
    assert refs(cleaned) == [1, 2, 3, 4]
    assert "steeg in twee jaar met een kwart." in texts(cleaned)



# pdftotext set a page's labels out of order, and the note under "11" opens with a number
# ("2 miljoen euro ..."), a neighbour of labels 1 and 3: under a lone label the line is that
# note's first, not label 2 (whose lone label closes the page).
UNDER_A_LONE_LABEL = """Het onderzoek loopt in twee programma1 van de overheid en een van de
universiteiten.2 Het programma bouwt voort op eerder werk3 en op een
congres4 van vorig jaar in

1

Programma Cryptografie | Rijksoverheid
Programma Quantum | Universiteit Leiden
3
2 miljoen euro toegekend voor onderzoek naar cybersecurity | NWO
4
Post-Quantum Cryptography Conference | PKI Consortium
2

\fAmsterdam. Daar kwamen vele deelnemers op af.
"""


def test_a_line_opening_with_a_number_right_under_a_higher_lone_label_is_its_note():
    cleaned = clean(source(UNDER_A_LONE_LABEL))
    assert cleaned.footnotes == ((1, "Programma Cryptografie | Rijksoverheid"),
                                 (2, "Programma Quantum | Universiteit Leiden"),
                                 (3, "2 miljoen euro toegekend voor onderzoek naar cybersecurity | NWO"),
                                 (4, "Post-Quantum Cryptography Conference | PKI Consortium"))
    assert refs(cleaned) == [1, 2, 3, 4]
    assert "congres van vorig jaar in Amsterdam." in texts(cleaned)


# A stack of labels over its notes, neither note closing with a full stop: the first note's
# line stops short of the measure, so the second note opens on the next line.
STACK_OVER_UNCLOSED_NOTES = """Het kabinet ziet zich daarin gesterkt door de evaluatie van het beleid uit
2021 door een externe partij.1 Het beleid zelf staat op de website.2 Andere
landen zijn daar minder open over.

1
2

Kamerstuk 26 485, nr. 380
Het actuele transparantiebeleid is te raadplegen op de website van de dienst: Beleidsdocumenten
transparantie en verantwoording (dienst.nl)
"""


def test_notes_without_a_full_stop_under_a_stack_part_after_a_line_short_of_the_measure():
    cleaned = clean(source(STACK_OVER_UNCLOSED_NOTES))
    assert cleaned.footnotes == ((1, "Kamerstuk 26 485, nr. 380"),
                                 (2, "Het actuele transparantiebeleid is te raadplegen op de website van de dienst: "
                                     "Beleidsdocumenten transparantie en verantwoording (dienst.nl)"))
    assert refs(cleaned) == [1, 2]



# A stack of labels over notes of two kinds: one closing with a full stop, and under it short
# notes naming an act, without one (the CRA guide's "Directive (EU) 2016/1148"): the notes part
# where a sentence ends or where a line stops short, those places together just as many as needed.
STACK_OVER_CLOSED_AND_UNCLOSED_NOTES = """The Regulation complements the rules on network security1 and their recent
successor2, and it builds on the Cybersecurity Act3 which set up a common scheme of
1
2
3

See the overview of the rules on the digital single market on the website of the
Commission, which lists every act of the Union on the subject and its current state.
Directive (EU) 2016/1148
Directive (EU) 2022/2555
certification for the products sold in the Union.
"""


def test_notes_under_a_stack_part_at_a_sentence_end_and_after_a_short_line_together():
    cleaned = clean(source(STACK_OVER_CLOSED_AND_UNCLOSED_NOTES))
    assert cleaned.footnotes == ((1, "See the overview of the rules on the digital single market on the website of "
                                     "the Commission, which lists every act of the Union on the subject and its "
                                     "current state."),
                                 (2, "Directive (EU) 2016/1148"), (3, "Directive (EU) 2022/2555"))
    assert refs(cleaned) == [1, 2, 3]
    assert "a common scheme of certification for the products" in texts(cleaned)



def test_a_sentence_end_inside_a_note_and_a_short_line_do_not_part_a_stacks_notes_with_the_bodys_line():
    """A sentence ending a line inside a note ("... It is updated often." / "Last updated in May
    2024") and one short line give just as many places as needed, but a short line stands inside
    what would be the last note, and the body's sentence goes on under it: the lines are not so
    parted, and the body's words stay the body's."""
    text = STACK_OVER_CLOSED_AND_UNCLOSED_NOTES.replace(
        "See the overview of the rules on the digital single market on the website of the\n"
        "Commission, which lists every act of the Union on the subject and its current state.\n"
        "Directive (EU) 2016/1148\n",
        "See the overview of the rules on the website of the Commission. It is updated often.\n"
        "Last updated in May 2024\n"
        "Regulation (EU) 2019/881 of the European Parliament and of the Council on ENISA\n")
    cleaned = clean(source(text))
    assert not any("certification" in note for _, note in cleaned.footnotes)
    assert cleaned.footnotes == ()
    assert "certification for the products sold in the Union." in texts(cleaned)


def test_a_short_note_line_with_the_bodys_sentence_going_on_under_it_parts_no_notes():
    text = """De vereniging telde dit jaar meer leden dan ooit.1 Het bestuur heeft de contributie verhoogd2 en de
kascommissie heeft de rekening goedgekeurd3, zodat de vergadering het bestuur decharge kon verlenen
1
2
3

De cijfers zijn ontleend aan het ledenbestand van de vereniging op 31 december 2023.
Zie ook bijlage 3
Kamerstukken van de gemeenteraad 2023, nr. 14, brief van de wethouder over subsidies
Wet van 12 maart 2020
voor het afgelopen jaar. De vergadering was goed bezocht.
"""
    cleaned = clean(source(text))
    assert not any("goed bezocht" in note for _, note in cleaned.footnotes)
    assert "voor het afgelopen jaar. De vergadering was goed bezocht." in texts(cleaned)


def test_notes_parted_at_a_sentence_end_and_a_short_line_close_each_as_such_a_note_does():
    """A note of two lines ending in no full stop on a short line ("... zie ook de bijlage" /
    "Kamerstukken II 2023") is no note naming a text on a line alone: the sentence's end above it
    is inside the first note, and the lines are not so parted."""
    text = """De gemeente volgt de regels van de Omgevingswet1 en het Besluit kwaliteit leefomgeving2, en zij
houdt zich aan de afspraken uit het Klimaatakkoord3 die het kabinet in 2019 met de
1
2
3

Zie de website van de rijksoverheid voor een overzicht van alle regels die gelden.
Het overzicht wordt elke maand bijgewerkt door het ministerie, zie ook de bijlage
Kamerstukken II 2023
Besluit van 3 juli 2018, houdende regels over activiteiten in de fysieke leefomgeving.
\fprovincies en gemeenten heeft gemaakt.
"""
    cleaned = clean(source(text))
    assert (2, "Het overzicht wordt elke maand bijgewerkt door het ministerie, zie ook de bijlage "
               "Kamerstukken II 2023") not in cleaned.footnotes
    assert cleaned.footnotes == ()

def test_a_numbered_column_under_a_stack_without_markers_in_the_text_stays_text():
    """The same page with no markers in the body: the numbers are a list's or a table's, and the
    lines under them stay text, however well they part."""
    text = STACK_OVER_CLOSED_AND_UNCLOSED_NOTES.replace("security1", "security").replace("successor2", "successor") \
        .replace("Act3", "Act")
    cleaned = clean(source(text))
    assert cleaned.footnotes == ()
    assert "Directive (EU) 2022/2555" in texts(cleaned)


# A stack of labels that pdftotext set between a list's last bullet and its item ("•" / "1" / "2" /
# "3" / "Manufacturer;"), over as many lines as notes: each line a note, one of them referring to a
# section of the document by its number glued to its title ("6.1.1Cybersecurity requirements ...").
STACK_UNDER_A_BULLET = """The first step is due diligence on the components.1 The manufacturer then assesses
the conformity of the product2 and its cybersecurity requirements.3
Main contacts:
•

1
2
3

Manufacturer;

See 3.4.2Support associated with the CRA
Article 13(2)
6.1.1Cybersecurity requirements relating to the properties of products
• Importer;
"""


def test_a_stack_under_a_lone_bullet_leaves_the_items_words_and_takes_one_line_to_each_note():
    cleaned = clean(source(STACK_UNDER_A_BULLET))
    assert cleaned.footnotes == ((1, "See 3.4.2Support associated with the CRA"), (2, "Article 13(2)"),
                                 (3, "6.1.1Cybersecurity requirements relating to the properties of products"))
    assert refs(cleaned) == [1, 2, 3]
    assert "Manufacturer;" in texts(cleaned)


def test_as_many_lines_as_notes_one_going_on_in_lower_case_are_not_a_note_each():
    """A line that opens in lower case goes on the line above: one line to each note would cut a
    note in two, and the lines are not so parted."""
    text = STACK_UNDER_A_BULLET.replace("Article 13(2)", "and Article 13(2)")
    cleaned = clean(source(text))
    assert ("Article 13(2)" not in [note for _, note in cleaned.footnotes])
    assert not any(note.startswith("and Article") for _, note in cleaned.footnotes)



# The same under a list whose items go on under the notes ("Voorzitter;" under the stack, then the
# notes, then "• Secretaris;" / "• Penningmeester."): the items opening with their bullets are the
# list's, not the last note's.
STACK_OVER_NOTES_AND_A_LIST = """Verslag van de ledenvergadering

Het bestuur heeft de leden uitgenodigd.1 De vergadering stemde in met de begroting2 voor het komende jaar.
Contactpersonen:
•

1
2

Voorzitter;

Zie de uitnodiging van 12 maart.
Begroting 2025, bijlage 3
• Secretaris;
• Penningmeester.
"""


def test_a_list_going_on_under_the_notes_of_a_stack_under_a_lone_bullet_ends_the_last_note():
    cleaned = clean(source(STACK_OVER_NOTES_AND_A_LIST))
    assert cleaned.footnotes == ((1, "Zie de uitnodiging van 12 maart."), (2, "Begroting 2025, bijlage 3"))
    assert refs(cleaned) == [1, 2]
    assert all(item in texts(cleaned) for item in ("Voorzitter;", "Secretaris;", "Penningmeester."))


def test_a_list_inside_the_last_note_of_labels_under_no_lone_bullet_is_the_notes():
    """A note may hold a list ("De begroting bestaat uit drie delen:" / "• de exploitatie;" ...):
    with no list's bullet over the labels, no list was cut, and the items stay in the note."""
    text = """Het bestuur heeft de leden uitgenodigd.1 De vergadering stemde in met de begroting2 voor het komende jaar.
De leden kregen de stukken vooraf toegestuurd.

1 Zie de uitnodiging van 12 maart.
2 De begroting bestaat uit drie delen:
• de exploitatie;
• de investeringen;
• de reserves.
"""
    cleaned = clean(source(text))
    assert cleaned.footnotes[1] == (2, "De begroting bestaat uit drie delen: • de exploitatie; • de investeringen; "
                                       "• de reserves.")


# Notes referring the reader to a section of the document by its number and title, as its
# headings print them ("6.3 | Model declarations of conformity"): the label is followed by a
# figure, and yet it is the label of the note between its neighbours.
NOTES_NAMING_SECTIONS = """The declaration states that the product meets the requirements.1 It follows the model
in the annex2 and is kept with the product or on its website.3 The manufacturer signs
it and

1 Article 28(4)
2 6.3 | Model declarations of conformity
3 See appendix 6.2 | CE marking for the procedures laid down by the legislator.
updates it when the product changes.
"""


def test_a_label_followed_by_a_sections_number_and_title_opens_its_note():
    cleaned = clean(source(NOTES_NAMING_SECTIONS))
    assert cleaned.footnotes == ((1, "Article 28(4)"), (2, "6.3 | Model declarations of conformity"),
                                 (3, "See appendix 6.2 | CE marking for the procedures laid down by the legislator."))
    assert refs(cleaned) == [1, 2, 3]


def test_a_label_followed_by_an_amount_or_a_unit_is_no_label():
    """"2 3.5 Million" and "2 3.2Mb" are a count and a size: the line stays the note's above."""
    for line in ("2 3.5 Million euro for the model", "2 3.2Mb for the model"):
        cleaned = clean(source(NOTES_NAMING_SECTIONS.replace("2 6.3 | Model declarations of conformity", line)))
        assert not any(note.startswith(line[2:]) for _, note in cleaned.footnotes)


def test_a_label_followed_by_an_amount_a_time_or_an_agenda_item_glued_to_a_word_is_no_label():
    """Figures of two levels glued to a capitalised word are an amount ("3.5Mio", "1.5Bln"), a time
    ("10.30Uhr") or an agenda's sub-item ("1.1Opening") as often as a section: only a number of
    three levels ("6.1.2Requirements") or one with the bar of the document's headings ("6.3 |
    Model") names a section."""
    for line in ("2 3.5Mio Euro für das Modell", "2 1.5Bln euro for the model", "2 10.30Uhr Begrüßung der Gäste",
                 "2 1.1Opening of the meeting by the chair"):
        cleaned = clean(source(NOTES_NAMING_SECTIONS.replace("2 6.3 | Model declarations of conformity", line)))
        assert not any(note.startswith(line[2:]) for _, note in cleaned.footnotes)


def test_a_label_followed_by_a_date_glued_to_a_word_is_no_label():
    """A day, a month and a year glued to a word ("12.03.24Beschluss": a day of two figures or a
    month with its zero, a year of two or four) date a decision; no section's number (review I, f4)."""
    text = ("Protokoll der Sitzung\n\nDer Rat beschloss den Haushalt einstimmig.1 Die Sitzung wurde um 21 Uhr "
            "geschlossen.2\n\n1 12.03.24Beschluss des Rates über den Haushalt\n2 Die Mittel für die Schulen.\n")
    cleaned = clean(source(text))
    assert not any(note.startswith("12.03.24") for _, note in cleaned.footnotes)
    for date in ("12.03.24Beschluss", "1.03.24Beschluss", "31.12.99Decision"):
        assert footnotes.SECTION_REFERENCE.match(date) is None
    for section in ("6.1.2Requirements", "3.4.2Support", "1.2.12Scope"):
        assert footnotes.SECTION_REFERENCE.match(section) is not None


# A guide's notes referring to its sections, one of two levels glued to its title (review I, f3).
NOTES_NAMING_HEADED_SECTIONS = """Handleiding voor fabrikanten

6.1.2 Eisen aan de verwerking van gegevens
De fabrikant beschrijft hoe het product gegevens verwerkt.

{heading} Modelverklaringen van de fabrikant
De fabrikant gebruikt het model uit de bijlage.

De fabrikant beoordeelt eerst de componenten van het product.1 Daarna beoordeelt hij de conformiteit
van het product2 en de eisen aan de beveiliging.

1 6.3Modelverklaringen van de fabrikant
2 6.1.2Eisen aan de verwerking van gegevens
"""


@pytest.mark.parametrize("heading", ["6.3", "6.3 |"])
def test_a_label_followed_by_two_levels_glued_to_a_word_opens_its_note_where_the_text_heads_that_section(heading):
    cleaned = clean(source(NOTES_NAMING_HEADED_SECTIONS.format(heading=heading)))
    assert cleaned.footnotes == ((1, "6.3Modelverklaringen van de fabrikant"),
                                 (2, "6.1.2Eisen aan de verwerking van gegevens"))
    assert refs(cleaned) == [1, 2]


def test_two_levels_glued_to_a_word_after_a_label_name_no_section_the_text_does_not_head():
    """Only "6.4 Modelverklaringen" heads a section: "6.3Modelverklaringen" may be an amount or a
    time as well, and its line stays the text's."""
    cleaned = clean(source(NOTES_NAMING_HEADED_SECTIONS.format(heading="6.4")))
    assert not any(note.startswith("6.3") for _, note in cleaned.footnotes)


# A page in two columns, read one after the other: the notes close the first column, between the
# paragraph they end and the one opening the second column; their markers glued to their words.
COLUMN_FOOT = """De vereniging telde in 1990 nog honderd leden.1 Tien jaar later waren het er
tweehonderd, vooral door de nieuwe afdeling2 in het oosten van de stad.

1 Volgens
het ledenregister van de vereniging, dat de secretaris bijhoudt.
2 De afdeling werd in 1995 opgericht door drie oud-leden.

Het bestuur besloot daarop de contributie te verlagen. Wie jonger is dan
achttien jaar, betaalt sindsdien de helft.
\fHet nieuwe clubhuis werd in 2002 geopend.
"""


def test_notes_at_the_foot_of_a_column_amid_the_page_become_notes():
    cleaned = clean(source(COLUMN_FOOT))
    assert cleaned.footnotes == ((1, "Volgens het ledenregister van de vereniging, dat de secretaris bijhoudt."),
                                 (2, "De afdeling werd in 1995 opgericht door drie oud-leden."))
    assert refs(cleaned) == [1, 2]
    assert "Het bestuur besloot daarop de contributie te verlagen." in texts(cleaned)
    assert "at the foot of a column" in next(change.reason for change in cleaned.changes
                                             if change.kind == "footnote")
    assert account(COLUMN_FOOT).ok


def test_numbered_lines_amid_a_page_whose_markers_are_not_glued_stay_text():
    text = COLUMN_FOOT.replace("leden.1 Tien", "leden. 1 Tien").replace("afdeling2 in", "afdeling 2 in")
    cleaned = clean(source(text))
    assert cleaned.footnotes == ()
    assert "2 De afdeling werd in 1995 opgericht door drie oud-leden." in texts(cleaned)


def test_numbered_paragraphs_amid_a_page_are_no_column_of_notes():
    # A blank line before a capital inside the run: sections ("1 Volgens" over its paragraph), no notes.
    text = COLUMN_FOOT.replace("1 Volgens\nhet", "1 Volgens\n\nHet")
    cleaned = clean(source(text))
    assert cleaned.footnotes == ()
    assert "De afdeling werd in 1995 opgericht door drie oud-leden." in texts(cleaned)


# One note at a column's foot, its superscript label set by the text layer on a line of its own a
# blank line over the note's text, which ends in e-mail addresses (a note's last words, as a web
# address is: the paragraph opening the next column is no part of it).
LONE_COLUMN_NOTE = """Modelling Norms
The method of the authors1 is focused on the translation of laws into an
executable form that can be validated by legal experts.

1

Leibniz Center for Law, University of Amsterdam, email:
devries@uva.nl; smit@uva.nl

In the early nineties solutions for this problem were presented, but
none of these methods are used on production scale.

This paper describes the difference between our approach and the early
work, and the relation to our own work.
\fThe models are tested in a prototype.
"""


def test_one_note_whose_label_stands_over_its_text_at_a_column_foot_is_a_note():
    cleaned = clean(source(LONE_COLUMN_NOTE))
    assert cleaned.footnotes == ((1, "Leibniz Center for Law, University of Amsterdam, email: devries@uva.nl; "
                                     "smit@uva.nl"),)
    assert refs(cleaned) == [1]
    assert "In the early nineties solutions for this problem were presented, but" in texts(cleaned)
    assert account(LONE_COLUMN_NOTE).ok


def test_one_numbered_line_at_a_column_foot_stays_text_unless_its_label_stands_over_it():
    # A lone note's evidence is its label set over its text: a line opening with a number is a
    # numbered paragraph as often; a number over a title, a blank line, then text is a section's.
    glued = clean(source(LONE_COLUMN_NOTE.replace("1\n\nLeibniz", "1 Leibniz")))
    assert glued.footnotes == ()
    assert "1 Leibniz Center for Law, University of Amsterdam, email:" in texts(glued)
    section = clean(source(LONE_COLUMN_NOTE.replace("1\n\nLeibniz Center for Law, University of Amsterdam, email:\n"
                                                    "devries@uva.nl; smit@uva.nl", "1\n\nINTRODUCTION")))
    assert section.footnotes == ()
    assert "INTRODUCTION" in texts(section)


# A lone number over a one-sentence paragraph at a column foot, and the same number after a space
# before a full stop in the text above ("stap 1."): a numbered point and the step it names look
# like a note and its marker set apart by the text layer ("verrichtingen 1." over "1" / "Dat doet
# het nog steeds ..."), but only a marker glued to its word tells them apart from the text alone.
NUMBERED_POINT_AT_A_COLUMN_FOOT = """Het plan
De raad besluit eerst over stap 1. Daarna volgt de rest van het plan, dat de
wethouder in de commissie toelicht.

1

De raad stelt het budget vast voor het hele jaar.

De commissie bespreekt het plan in haar vergadering van maart, waarna de
raad een besluit neemt.

De wethouder zegt toe de raad daarover te informeren.
\fHet plan gaat in mei in.
"""


def test_a_lone_number_at_a_column_foot_whose_marker_is_set_apart_stays_text():
    cleaned = clean(source(NUMBERED_POINT_AT_A_COLUMN_FOOT))
    assert cleaned.footnotes == ()
    assert "De raad stelt het budget vast voor het hele jaar." in texts(cleaned)
    assert refs(cleaned) == []
    glued = clean(source(NUMBERED_POINT_AT_A_COLUMN_FOOT.replace("stap 1. Daarna", "stap1. Daarna")))
    assert glued.footnotes == ((1, "De raad stelt het budget vast voor het hele jaar."),)



# After notes 1 and 2, a later page closes on a line opening with "4": a note with 3 lost only
# if its marker is glued to its word; a count after a sentence ("geld. 4 wijken") is no such evidence.
AHEAD = FIRST_PAGE + """\fDe buurten kregen in mei het geld. 4 wijken deden niet mee, verspreid over
de stad, van het centrum tot Vathorst en verder.

4 Info bij de balie van het stadhuis

\fIn juni volgde de tweede ronde.
"""


def test_a_group_ahead_of_the_numbering_needs_markers_glued_to_their_words():
    cleaned = clean(source(AHEAD))
    assert [number for number, _ in cleaned.footnotes] == [1, 2]
    assert "4 Info bij de balie van het stadhuis" in texts(cleaned)
    glued = clean(source(AHEAD.replace("het geld. 4 wijken", "het geld.4 Vier wijken")))
    assert [number for number, _ in glued.footnotes] == [1, 2, 4]


# A page closing on a line opening "2)" under a lone "2" set in the page's text: an item of a list
# numbered "1) ... 2) ..." under a stray figure reads so as well as a note 2 (note 1 elsewhere)
# whose superscript marker the text layer set on a line of its own.  A label closed by a bracket,
# a first note numbered 2 and a marker that is a bare number on its line: none is a note's evidence.
BRACKET_ITEM_AT_A_PAGE_FOOT = """De gemeente zorgt dat het middel wordt geschoond met speciale software
2

(conform de baseline). Verder betaalt de ambtsdrager een vergoeding voor het middel.

2) Circulaire over het overnemen van ICT-middelen, 29 maart 2022.
\fDe vergoeding is gelijk aan de resterende waarde van het middel.
"""


def test_a_line_opening_with_a_number_and_a_bracket_at_a_page_foot_stays_text():
    cleaned = clean(source(BRACKET_ITEM_AT_A_PAGE_FOOT))
    assert cleaned.footnotes == ()
    assert "Circulaire over het overnemen van ICT-middelen, 29 maart 2022." in texts(cleaned)
    assert "speciale software 2 (conform de baseline)" in texts(cleaned)
    assert account(BRACKET_ITEM_AT_A_PAGE_FOOT).ok


def test_a_group_far_ahead_of_the_numbering_is_taken_on_markers_glued_to_their_words():
    # Notes 3-8 lost (a layout the pass did not read): note 9 still has its glued marker.
    far = AHEAD.replace("het geld. 4 wijken", "het geld.9 Vier wijken").replace("4 Info bij", "9 Info bij")
    assert [number for number, _ in clean(source(far)).footnotes] == [1, 2, 9]
    spaced = AHEAD.replace("het geld. 4 wijken", "het geld. 9 wijken").replace("4 Info bij", "9 Info bij")
    assert "9 Info bij de balie van het stadhuis" in texts(clean(source(spaced)))


# Notes closing a column amid the page: the next column goes on with the sentence they cut.
CUT_BY_A_COLUMNS_NOTES = """Het plan is in 2019 door de raad vastgesteld.1 De wijken kregen elk een eigen
budget voor groen en spelen, zoals de commissie had gevraagd,2 en de bewoners
mochten zelf kiezen hoe ze dat geld zouden

1 Raadsbesluit van 12 december 2019, nr. 2019-188, over de buurtbudgetten
2 Idem, p. 22

besteden aan hun eigen straat of plein.

\fIn 2021 volgde een evaluatie.
"""


def test_a_note_ending_short_of_the_measure_leaves_the_next_columns_lower_case_text_to_the_body():
    cleaned = clean(source(CUT_BY_A_COLUMNS_NOTES))
    assert cleaned.footnotes[1] == (2, "Idem, p. 22")
    assert "geld zouden besteden aan hun eigen straat of plein." in texts(cleaned)
    wrapped = CUT_BY_A_COLUMNS_NOTES.replace("2 Idem, p. 22", "2 Idem, p. 22, en de brief van de commissie over")
    assert clean(source(wrapped)).footnotes[1][1].endswith("over besteden aan hun eigen straat of plein.")


# The document's first note, its marker set after a space between two words (a superscript the
# text layer set apart), its label opening its text.
SPACED_BETWEEN_WORDS = """Alhoewel de verplichting al jaren bestaat, werd er pas eind 2019 een besluit 1 uitgevaardigd
dat de nadere regels bepaalt. Het Instituut kreeg van veel leden het signaal dat deze regels
niet altijd eenvoudig toe te passen zijn, en het wil de leden daarom helpen met deze nota.

1 KB van 9 december 2019 tot regeling van het gebruik van de opdrachtbrief.

3

\fDe leden kunnen de nota gebruiken bij elke nieuwe opdracht.
"""


def test_a_first_note_opening_with_a_capital_takes_a_marker_between_two_words():
    cleaned = clean(source(SPACED_BETWEEN_WORDS))
    assert cleaned.footnotes == ((1, "KB van 9 december 2019 tot regeling van het gebruik van de opdrachtbrief."),)
    assert refs(cleaned) == [1]
    assert "een besluit uitgevaardigd" in texts(cleaned)


def test_a_line_opening_with_a_count_in_lower_case_takes_no_number_between_two_words():
    # "1 week of minder": a chart's legend, the count of the text above no marker.
    cleaned = clean(source(SPACED_BETWEEN_WORDS.replace("1 KB van 9 december 2019", "1 week of minder in")))
    assert cleaned.footnotes == () and refs(cleaned) == []
    assert "een besluit 1 uitgevaardigd" in texts(cleaned)


# A table over the note whose last figure the text layer set between the note's lone label and its text.
FIGURE_UNDER_A_LABEL = """Aus dem Entwurf ergibt sich das folgende Haushaltsergebnis 2:
Einrichtung
Ausgaben

Zu finanzierender Nettosaldo
Finanzierungssaldo

2

14.453

Der Rechnungshof lenkt die Aufmerksamkeit darauf, dass alle Beträge auf der Annahme
einer vollständigen Realisierung basieren.
"""


def test_a_tables_figure_between_a_lone_label_and_its_text_stays_in_the_text_and_the_note_is_the_text():
    cleaned = clean(source(LONE_LABEL + "\f" + FIGURE_UNDER_A_LABEL))
    assert cleaned.footnotes[1] == (2, "Der Rechnungshof lenkt die Aufmerksamkeit darauf, dass alle Beträge auf der "
                                       "Annahme einer vollständigen Realisierung basieren.")
    assert "14.453" in texts(cleaned)
    assert refs(cleaned) == [1, 2]
    result = account(LONE_LABEL + "\f" + FIGURE_UNDER_A_LABEL)
    assert result.ok, result.summary()


# A chart over the note: the text layer set the note's lone label under the chart's axis ("0%") and
# over its category labels ("nulmeting" / "juni", "vervolgmeting" / "september"), the note's text under those.
CHART_UNDER_A_LABEL = """Het aandeel respondenten dat zich aan de maatregelen houdt, is gedaald.2 De trends zijn
vergelijkbaar tussen de metingen.

Figuur 19 Houden aan maatregelen over tijd
100%
50%
0%

2

nulmeting
juni

vervolgmeting
september

De vragen over de maatregelen zijn alleen in de nulmeting en de derde vervolgmeting gesteld.
"""


def test_a_charts_labels_between_a_lone_label_and_its_text_stay_in_the_text_and_the_note_is_the_text():
    cleaned = clean(source(LONE_LABEL + "\f" + CHART_UNDER_A_LABEL))
    assert cleaned.footnotes[1] == (2, "De vragen over de maatregelen zijn alleen in de nulmeting en de derde "
                                       "vervolgmeting gesteld.")
    assert "nulmeting juni" in texts(cleaned) and refs(cleaned) == [1, 2]
    result = account(LONE_LABEL + "\f" + CHART_UNDER_A_LABEL)
    assert result.ok, result.summary()


def test_a_note_in_lower_case_under_a_lone_label_under_a_chart_is_the_note():
    # A note of its own words ("zie het jaarverslag over 2021."), not a chart's labels of a word or two.
    text = CHART_UNDER_A_LABEL.replace("nulmeting\njuni\n\nvervolgmeting\nseptember\n\nDe vragen over de maatregelen "
                                       "zijn alleen in de nulmeting en de derde vervolgmeting gesteld.",
                                       "zie het jaarverslag over 2021 van de\ngemeente.")
    cleaned = clean(source(LONE_LABEL + "\f" + text))
    assert cleaned.footnotes[1] == (2, "zie het jaarverslag over 2021 van de gemeente.")
    # One word ("idem") over the body going on is no chart's labels either: not taken past.
    text = CHART_UNDER_A_LABEL.replace("nulmeting\njuni\n\nvervolgmeting\nseptember\n", "idem\n")
    assert clean(source(LONE_LABEL + "\f" + text)).footnotes[1][1].startswith("idem")


# Review 22e-1: a paragraph of the body under the chart's labels, the note's text after it.
BODY_UNDER_A_CHARTS_LABELS = """Inleiding

De raad vroeg om een monitor van de meldingen.1 Die ligt nu voor, en
wordt elk jaar herhaald.

1 Motie 2022-14 van de raad.

\fMonitor

Het aantal meldingen per maand wisselt sterk.2 In de zomer is het hoogst.

Figuur 3 Meldingen per maand
60
40
20
0

2

nulmeting
juni

vervolgmeting
september

Uit de figuur blijkt dat de meeste meldingen in de zomer binnenkomen. De wijkteams
plannen daarom meer ronden in juli en augustus.

Geteld zijn alleen de meldingen via de app.

\fDe wijkteams gebruiken de cijfers.
"""


def test_a_body_paragraph_under_a_charts_labels_stays_in_the_text_before_the_note():
    # The text found past the labels does not run to the page's end: the note is not taken there.
    cleaned = clean(source(BODY_UNDER_A_CHARTS_LABELS))
    assert "Uit de figuur blijkt dat de meeste meldingen" in texts(cleaned)
    assert not any("Uit de figuur" in note for _, note in cleaned.footnotes)
    result = account(BODY_UNDER_A_CHARTS_LABELS)
    assert result.ok, result.summary()


def test_the_scan_past_a_charts_labels_is_bounded_and_stays_on_the_page():
    chart = ["0%", "", "2", ""] + ["januari", "2023", ""] * 8 + ["Geteld zijn alleen de meldingen via de app."]
    assert footnotes._past_a_charts_labels(chart, 3, len(chart)) == 3      # more label lines than a note's
    shorter = chart[:4] + chart[-7:]
    assert footnotes._past_a_charts_labels(shorter, 3, len(shorter)) == len(shorter) - 1
    # the figure closing the page above is not over a label opening the next page
    assert footnotes._under_a_figure(["0%", "", "2"], 2, 0)
    assert not footnotes._under_a_figure(["0%", "", "2"], 2, 2)


def test_a_lone_number_between_two_figures_is_a_cell_of_their_column_not_a_label():
    # a table's or a chart's values read one under another (",2302197" / "2" / "14.453"): no note 2
    text = LONE_LABEL + "\f" + FIGURE_UNDER_A_LABEL.replace("Finanzierungssaldo\n", ",2302197\n")
    cleaned = clean(source(text))
    assert [number for number, _ in cleaned.footnotes] == [1] and refs(cleaned) == [1]
    assert "Der Rechnungshof lenkt die Aufmerksamkeit" in texts(cleaned)


# Two columns: the body breaks off ("which happened") over the column of notes, two of whose labels
# pdftotext set under the last: the notes above the first label are web addresses alone.
WEB_ADDRESSES_OVER_LABELS = """The libraries were all tested by hand.1 The first2 and the third3 did best of them.
For testing these libraries, we compared the output of the sampled
texts by eye. Each of the libraries inserted extra spaces, which happened
https://pypi.org/project/pdftotext/
https://poppler.freedesktop.org/
3
https://pypi.org/project/pdfminer/
1
2

\ffrequently with the first library, breaking up words.
"""


def test_web_addresses_alone_over_the_labels_are_as_many_notes_and_the_body_above_stays():
    cleaned = clean(source(WEB_ADDRESSES_OVER_LABELS))
    assert cleaned.footnotes == ((1, "https://pypi.org/project/pdftotext/"), (2, "https://poppler.freedesktop.org/"),
                                 (3, "https://pypi.org/project/pdfminer/"))
    assert "extra spaces, which happened frequently with the first library" in texts(cleaned)


# Pages numbered at head and foot: page 1's foot "1" under a paragraph, as a label set after its note.
FOLIOS_AT_HEAD_AND_FOOT = """1

Haldon Views
Great Village Quiz Friday 1 October, hopefully!

Deadline for the next edition
20 July 2021
1

\f2

Exeter Court Hotel
2

\f3

The quiz was enjoyable and the winner took a wooden spoon home.
3
"""


def test_a_number_closing_a_page_that_opens_with_it_among_pages_numbered_so_is_a_folio_not_a_label():
    cleaned = clean(source(FOLIOS_AT_HEAD_AND_FOOT))
    assert cleaned.footnotes == () and refs(cleaned) == []
    assert "Friday 1 October" in texts(cleaned) and "Deadline for the next edition 20 July 2021" in texts(cleaned)
    assert [c.line for c in cleaned.changes if c.kind == "page-number"] == [1, 8, 10, 13, 15, 18]


# A note whose text breaks off in a web address a blank line over two bullet signs that the text
# layer set apart from their items: the signs are the body's list, not the note's words.
NOTE_OVER_BULLET_SIGNS = """De gemeente telde de woningen in de buurt opnieuw.1 Er bleken twee soorten

1 Telling van de gemeente, zie https://example.org/tellingen/
buurt_woningen_2019.xlsx?taal=nl

●

●

huizen: die van een bouwer en die van de bewoners zelf.
"""


def test_bullet_signs_a_blank_line_under_a_note_stay_in_the_body():
    cleaned = clean(source(NOTE_OVER_BULLET_SIGNS))
    ((_, note),) = cleaned.footnotes
    assert note.endswith("buurt_woningen_2019.xlsx?taal=nl")
    assert refs(cleaned) == [1]
    assert "●" in texts(cleaned)
    result = account(NOTE_OVER_BULLET_SIGNS)
    assert result.ok, result.summary()


# A note closing with a web address the text layer broke over three lines, a blank line over
# the body's next column, which goes on in lower case: the address ends the note.
BROKEN_ADDRESS_NOTE = """De raad koos een van de vier methoden.1 Daarbij telde de gemeente de woningen van de
bouwers en van de bewoners zelf, de laatste

1 Zie voor de methoden https://example.org/statistiek/vragen/1
5989/gemiddelden-van-klassen-in-een-
telling-met-meer-klassen-in-een-grote-wijk-ins

alleen in de wijken waar dat kon. Zo bleef de telling klein.
"""


def test_a_web_address_broken_over_lines_ends_its_note():
    cleaned = clean(source(BROKEN_ADDRESS_NOTE))
    ((_, note),) = cleaned.footnotes
    assert note.endswith("telling-met-meer-klassen-in-een-grote-wijk-ins")
    assert "alleen in de wijken waar dat kon" in texts(cleaned)
    result = account(BROKEN_ADDRESS_NOTE)
    assert result.ok, result.summary()


MARKER_ALONE = """We compared the libraries for the task. The first was pdfminer1 and it
reads most files:
1. pdftotext version 2.1 as a wrapper
for the poppler library.
2

Both were tested on the same files, and the results were close to each other
in every case we looked at.

1 https://pypi.org/project/pdfminer/
2 https://poppler.freedesktop.org/

\fThe second page goes on with the text of the report.
"""


def test_a_marker_set_on_a_line_of_its_own_under_the_text_it_marks_is_glued_back_and_linked():
    cleaned = clean(source(MARKER_ALONE))
    assert [number for number, _ in cleaned.footnotes] == [1, 2]
    assert refs(cleaned) == [1, 2]
    assert "for the poppler library." in texts(cleaned) and "\n2\n" not in texts(cleaned)
    result = account(MARKER_ALONE)
    assert result.ok, result.summary()


def test_a_marker_alone_under_a_line_ending_in_a_figure_is_not_glued_to_it():
    """Glued, "in 12" over "2" would read as another number, "122": the figure and the marker stay apart."""
    text = MARKER_ALONE.replace("for the poppler library.", "for the poppler library, tested in 12")
    cleaned = clean(source(text))
    assert "tested in 12" in texts(cleaned) and "122" not in texts(cleaned)
    result = account(text)
    assert result.ok, result.summary()


LABEL_UNDER_A_WEB_ADDRESS = """A third method was supplied through the geolocation service1 provided by
the shared geoservice organisation. After linking, a total of 14,180 of the
records was available. Of these linked deeds, 15239 are unique deeds, meaning
that many deeds are linked to multiple addresses
Documentation in Dutch provided at
https://github.com/PDOK/locatieserver/wiki/Z
oekvoorbeelden-Locatieserver
1

because they originate on the same parcel, or because the parcels and
addresses appear in the same deed.

\fThe second page goes on with the text of the report.
"""


def test_a_lone_label_under_a_web_address_with_the_body_going_on_in_lower_case_below_closes_the_note_above():
    cleaned = clean(source(LABEL_UNDER_A_WEB_ADDRESS))
    ((_, note),) = cleaned.footnotes
    assert note.startswith("Documentation in Dutch provided at https://github.com/")    # the whole note, its words
    assert "linked to multiple addresses because they originate" in texts(cleaned)
    assert refs(cleaned) == [1]
    result = account(LABEL_UNDER_A_WEB_ADDRESS)
    assert result.ok, result.summary()


def test_without_notes_at_a_page_foot_a_number_after_a_quotation_closed_high_continues_the_sequence():
    # No notes found at a page foot: a glued number continuing the sequence is a reference, after
    # a German quotation's closing mark („...“) as after ” (the mark itself stays as printed).
    cleaned = clean(source("Der Vertrag sagt: „Wir wollen mehr Transparenz.“1 Seitdem ist nichts\n"
                           "geschehen, und das Gesetz von 2006 gilt noch.2 Ein Jahr später kam ein Entwurf.\n"))
    assert refs(cleaned) == [1, 2]
    assert "„Wir wollen mehr Transparenz.“ Seitdem" in texts(cleaned)


# A lone label at a column's foot, the folio read after it and the note's text after the folio (a
# page of its own once the folio is gone), the body's sentence going on at the next page.
LABEL_FOLIO_NOTE = """Ik coördineer de rapportages die Nederland aan het CEDAW1 Comité stuurt over de naleving
van het VN-Vrouwenverdrag. Ook ben ik in algemene zin verantwoordelijk voor de voortgang.

Verkenning van nieuwe thema's
Voor de coördinerende minister zijn verschillende rollen te onderscheiden. Zo heb ik een
agenderende rol bij het algemene kader, en een ondersteunende rol bij de verankering van

1

19

Committee on the Elimination of All Forms of
Discrimination against Women

\fhet emancipatiebeleid in alle ministeries, van Financiën tot Defensie. Zo wordt het beleid
overal gedragen, ook waar het minder vanzelf spreekt.

20
"""


def test_a_lone_labels_text_read_after_the_folio_under_it_is_its_note_not_the_paragraph_above():
    cleaned = clean(source(LABEL_FOLIO_NOTE))
    assert cleaned.footnotes == ((1, "Committee on the Elimination of All Forms of Discrimination against Women"),)
    assert "Verkenning van nieuwe thema" in texts(cleaned)
    assert refs(cleaned) == [1]


def test_a_title_page_after_the_folio_is_no_note_of_the_label_over_the_folio():
    # The label closes its note above it; the page after the folio holds a title page's two
    # lines, and the page after that opens as a chapter does, with a capital: the lines are no note.
    text = ("De raad stelt de begroting jaarlijks vast op voorstel van het college.1 Daarbij let hij op de\n"
            "lasten voor de inwoners en op de reserves van de gemeente.\n\nZie de Gemeentewet, artikel 189.\n1\n\n"
            "19\n\nBijlage 1\nBegroting 2024\n\n\fDe begroting telt drie delen: de programma's, de paragrafen "
            "en de financiële staten.\n\n20\n")
    cleaned = clean(source(text))
    assert cleaned.footnotes == ((1, "Zie de Gemeentewet, artikel 189."),)
    assert "Bijlage 1" in texts(cleaned)


# A note set over its label at the page's foot, the folio under the label; the body's paragraph
# runs on into the note with no blank line between.
BODY_INTO_NOTE = """Zo organiseerden oud-deelnemers van het Teacher Maker Camp1 een dag voor 300 kinderen. Docenten
en studenten van de hogeschool deden mee.

Literatuuronderzoek
Maker education lijkt hot. Dit onderzoek gaat in op wat het is, hoe het wordt toegepast en waarom
het interessant is. Ook de relatie met de Reggio Emilia
Approach wordt toegelicht.
Een bootcamp in maker education die in 2015 door Waag Society in Nederland geïntroduceerd is:
https://www.waag.org/nl/nieuws/makers-beeld-op-teacher-maker-camp
1

Pagina 3 van 12

\fDe ontwikkeling van maker education moet vooral door de makers in het onderwijs opgepakt worden.

Pagina 4 van 12
"""


def test_a_note_over_its_label_at_the_page_foot_opens_after_the_body_paragraph_that_runs_into_it():
    cleaned = clean(source(BODY_INTO_NOTE))
    assert cleaned.footnotes == ((1, "Een bootcamp in maker education die in 2015 door Waag Society in Nederland "
                                     "geïntroduceerd is: https://www.waag.org/nl/nieuws/makers-beeld-op-teacher-maker-camp"),)
    assert "Ook de relatie met de Reggio Emilia Approach wordt toegelicht." in texts(cleaned)
    assert refs(cleaned) == [1]


def test_a_note_over_its_label_keeps_its_lines_after_a_colon_closing_a_line():
    # "in: Christian Wolff:" announces the title on the next line: the note goes on there.
    text = BODY_INTO_NOTE.replace("Een bootcamp in maker education die in 2015 door Waag Society in Nederland "
                                  "geïntroduceerd is:\nhttps://www.waag.org/nl/nieuws/makers-beeld-op-teacher-maker-camp",
                                  "Als reprint te vinden in: Christian Wolff:\nGesammelte Werke. Hildesheim 1983.")
    cleaned = clean(source(text))
    assert cleaned.footnotes == ((1, "Als reprint te vinden in: Christian Wolff: Gesammelte Werke. Hildesheim 1983."),)


# A lone label right under the body's last line, its note a web address a blank line under it (a
# note's usual text), the folio under that.
ADDRESS_UNDER_A_LABEL = """We changed the stop word set of the toolkit1 so that the first person stays in.
Among the poets who use it often there will be an iconic lyric poet such as
Sappho, to pick just a most famous example. Keeping the first person in helps to find
the others as well: Emily Dickinson or Georg Trakl will strikingly stand out.
1

www.nltk.org

9

\fWe did not want adverbs of place to be counted for stop words either.

10
"""


def test_a_web_address_under_a_label_set_right_under_text_is_its_note_not_a_running_foot():
    cleaned = clean(source(ADDRESS_UNDER_A_LABEL))
    assert cleaned.footnotes == ((1, "www.nltk.org"),)
    assert "Sappho, to pick just a most famous example." in texts(cleaned)


def test_a_short_line_under_a_label_set_right_under_its_note_is_a_running_foot_and_stays():
    # Not a web address: a short line closing the page, the label's note above it.
    text = ADDRESS_UNDER_A_LABEL.replace("to pick just a most famous example. Keeping", "to pick just one.\n"
                                         "Keeping").replace("www.nltk.org", "Jaarboek 2020")
    cleaned = clean(source(text))
    assert cleaned.footnotes == ((1, "Keeping the first person in helps to find the others as well: "
                                     "Emily Dickinson or Georg Trakl will strikingly stand out."),)
    assert "Jaarboek 2020" in texts(cleaned)


# A booklet's page: a note over its label, the folio under it; the next page is the body's, one run
# of lines, and the page after goes on in lower case.  The text above the label closes a sentence:
# it is the label's note, and the page under the folio stays in the body.
BOOKLET_BODY_PAGE_UNDER_THE_FOLIO = """Op zaterdag 8 juni is de nieuwe speeltuin aan de Lindelaan geopend door
de wethouder1 van het dorp. De kinderen van de basisschool hadden er
maanden naar uitgekeken en waren al vroeg aanwezig.

Zie het raadsbesluit over de speeltuinen van maart 2024.

1

12

\fNa de opening hielden de voorzitter van de dorpsraad en de directeur
van de school een korte toespraak. Zij bedankten de vrijwilligers die
het afgelopen jaar elke zaterdag hadden geholpen met het opruimen van
het terrein en het plaatsen van de hekken. Ook de buurtbewoners die
geld hadden ingezameld met een rommelmarkt kregen een bloemetje. Daarna
mochten de kinderen eindelijk het nieuwe klimtoestel uitproberen, en
dat deden ze met veel plezier. De ouders keken toe vanaf de bankjes die

13

\fde gemeente langs het plein had gezet. Tot laat in de middag bleef het
druk in de speeltuin.

14
"""


def test_a_body_page_under_the_folio_is_no_note_of_a_label_under_a_closed_sentence():
    cleaned = clean(source(BOOKLET_BODY_PAGE_UNDER_THE_FOLIO))
    assert cleaned.footnotes == ((1, "Zie het raadsbesluit over de speeltuinen van maart 2024."),)
    assert [block.text for block in cleaned.blocks] == [
        "Op zaterdag 8 juni is de nieuwe speeltuin aan de Lindelaan geopend door de wethouder van het dorp. "
        "De kinderen van de basisschool hadden er maanden naar uitgekeken en waren al vroeg aanwezig.",
        "Na de opening hielden de voorzitter van de dorpsraad en de directeur van de school een korte toespraak. "
        "Zij bedankten de vrijwilligers die het afgelopen jaar elke zaterdag hadden geholpen met het opruimen van "
        "het terrein en het plaatsen van de hekken. Ook de buurtbewoners die geld hadden ingezameld met een "
        "rommelmarkt kregen een bloemetje. Daarna mochten de kinderen eindelijk het nieuwe klimtoestel uitproberen, "
        "en dat deden ze met veel plezier. De ouders keken toe vanaf de bankjes die de gemeente langs het plein "
        "had gezet. Tot laat in de middag bleef het druk in de speeltuin."]
    assert refs(cleaned) == [1]


def test_a_caption_page_under_the_folio_is_no_note_of_a_label_under_a_closed_sentence():
    # The page under the folio holds a photo's caption, two lines: as short as a note, but the text
    # above the label closes its sentence, so that text is the note.
    text = ("Op zaterdag 8 juni is de nieuwe speeltuin aan de Lindelaan geopend door de wethouder1 van het dorp.\n"
            "De kinderen van de basisschool hadden er maanden naar uitgekeken en waren al vroeg aanwezig bij de\n"
            "opening, samen met hun ouders en grootouders, die het hele plein\n\n"
            "Zie ook het raadsbesluit over de speeltuinen van maart 2024.\n\n1\n\n12\n\n"
            "Kinderen spelen op het nieuwe klimtoestel.\nFoto: Jan de Boer\n\n"
            "\fvulden met stoelen en tafels. Na de toespraken werd er tot laat gefeest op het nieuwe plein.\n\n14\n")
    cleaned = clean(source(text))
    assert cleaned.footnotes == ((1, "Zie ook het raadsbesluit over de speeltuinen van maart 2024."),)
    assert [block.text for block in cleaned.blocks] == [
        "Op zaterdag 8 juni is de nieuwe speeltuin aan de Lindelaan geopend door de wethouder van het dorp. "
        "De kinderen van de basisschool hadden er maanden naar uitgekeken en waren al vroeg aanwezig bij de "
        "opening, samen met hun ouders en grootouders, die het hele plein vulden met stoelen en tafels. "
        "Na de toespraken werd er tot laat gefeest op het nieuwe plein.",
        "Kinderen spelen op het nieuwe klimtoestel."]


def test_a_body_page_under_the_folio_is_no_note_even_under_a_sentence_broken_off():
    # The text above the label breaks off mid-sentence, but the page under the folio holds seven
    # lines, a page of the body rather than a note's few: in doubt it stays in the reading order.
    text = BOOKLET_BODY_PAGE_UNDER_THE_FOLIO.replace(
        "aanwezig.\n\nZie het raadsbesluit over de speeltuinen van maart 2024.\n", "aanwezig, net als de mensen van\n")
    cleaned = clean(source(text))
    assert cleaned.footnotes == ()
    assert ("een korte toespraak. Zij bedankten de vrijwilligers die het afgelopen jaar elke zaterdag hadden "
            "geholpen") in texts(cleaned)


LONG_NOTE_UNDER_THE_FOLIO = """Op zaterdag 8 juni is de nieuwe speeltuin aan de Lindelaan geopend door de
wethouder van het dorp. De kinderen van de basisschool hadden er maanden naar uitgekeken en waren al
vroeg aanwezig bij de opening, samen met hun ouders en grootouders, die volgens het raadsbesluit1 het hele plein

1

12

\fHet raadsbesluit van maart 2024 over de speeltuinen in het dorp werd genomen na een lange
discussie in de gemeenteraad, waarin vooral de kosten van het onderhoud en de veiligheid van
de toestellen aan de orde kwamen. Uiteindelijk stemde een ruime meerderheid van de raad voor
het voorstel van de wethouder, met een amendement over de verlichting van het plein en de
plaatsing van extra bankjes voor de ouders en grootouders van de kinderen uit de buurt.

\fvulden met stoelen en tafels. Na de toespraken werd er tot laat gefeest op het nieuwe plein.

14
"""


def test_a_note_of_five_lines_under_the_folio_is_the_labels_note_not_spliced_into_the_sentence():
    # The page under the folio ends its sentence, as a note does (a body page under the folio breaks
    # off mid-sentence): five lines are a note still, and the body's sentence reads on whole.
    cleaned = clean(source(LONG_NOTE_UNDER_THE_FOLIO))
    assert cleaned.footnotes == ((1, " ".join(LONG_NOTE_UNDER_THE_FOLIO.split("\f")[1].split())),)
    assert texts(cleaned) == (
        "Op zaterdag 8 juni is de nieuwe speeltuin aan de Lindelaan geopend door de wethouder van het dorp. De "
        "kinderen van de basisschool hadden er maanden naar uitgekeken en waren al vroeg aanwezig bij de opening, "
        "samen met hun ouders en grootouders, die volgens het raadsbesluit het hele plein vulden met stoelen en "
        "tafels. Na de toespraken werd er tot laat gefeest op het nieuwe plein.")
    assert refs(cleaned) == [1]


def test_a_note_of_two_sentences_over_its_label_under_a_blank_line_keeps_both():
    # A blank line bounds the two lines above the label, as short as a note runs, and the first opens
    # a note: both sentences are the note's (the body does not run on into it).
    text = ("Zo organiseerden oud-deelnemers van het Teacher Maker Camp1 een dag voor 300 kinderen. Docenten\n"
            "en studenten van de hogeschool deden mee aan de dag en hielpen de kinderen bij het bouwen.\n\n"
            "Zie het verslag van de hogeschool over het Teacher Maker Camp van 2015.\n"
            "Het verslag staat op de website van de hogeschool.\n1\n\nPagina 3 van 12\n\n"
            "\fDe ontwikkeling van maker education moet vooral door de makers in het onderwijs opgepakt worden.\n\n"
            "Pagina 4 van 12\n")
    cleaned = clean(source(text))
    assert cleaned.footnotes == ((1, "Zie het verslag van de hogeschool over het Teacher Maker Camp van 2015. "
                                     "Het verslag staat op de website van de hogeschool."),)
    assert [block.text for block in cleaned.blocks] == [
        "Zo organiseerden oud-deelnemers van het Teacher Maker Camp een dag voor 300 kinderen. Docenten en "
        "studenten van de hogeschool deden mee aan de dag en hielpen de kinderen bij het bouwen.",
        "De ontwikkeling van maker education moet vooral door de makers in het onderwijs opgepakt worden."]
    assert refs(cleaned) == [1]


def test_a_note_over_its_label_opens_after_a_short_paragraph_that_opens_as_no_note_does():
    # Three lines of the body run on into the note, as short as a note, but the first opens with a
    # number ("1. Literatuuronderzoek: ..."), as no note does: the blank line bounds no note.
    text = BODY_INTO_NOTE.replace(
        "Literatuuronderzoek\nMaker education lijkt hot. Dit onderzoek gaat in op wat het is, hoe het wordt "
        "toegepast en waarom\nhet interessant is. Ook de relatie met de Reggio Emilia\nApproach wordt toegelicht.\n",
        "1. Literatuuronderzoek: Peter Troxler (Hogeschool Rotterdam).\nMaker education lijkt hot.\n")
    cleaned = clean(source(text))
    assert cleaned.footnotes == ((1, "Een bootcamp in maker education die in 2015 door Waag Society in Nederland "
                                     "geïntroduceerd is: https://www.waag.org/nl/nieuws/makers-beeld-op-teacher-maker-camp"),)
    assert [(block.kind, block.text) for block in cleaned.blocks] == [
        ("paragraph", "Zo organiseerden oud-deelnemers van het Teacher Maker Camp een dag voor 300 kinderen. Docenten "
                      "en studenten van de hogeschool deden mee."),
        ("item", "Literatuuronderzoek: Peter Troxler (Hogeschool Rotterdam)."),
        ("paragraph", "Maker education lijkt hot."),
        ("paragraph", "De ontwikkeling van maker education moet vooral door de makers in het onderwijs "
                      "opgepakt worden.")]


# A one-page letter: the label set right under its note, which opens after the body's last sentence;
# the letter's web address a blank line under the label closes the page.
NOTE_OVER_ITS_LABEL_ADDRESS_UNDER = """\
De dorpsraad vergaderde op 12 maart in het dorpshuis over de nieuwe speeltuin.1 Alle leden
waren aanwezig, en ook enkele bewoners van de Lindelaan kwamen luisteren naar de plannen.
Het bestuur stelde voor om de speeltuin in het voorjaar te openen, met een feest voor de buurt.
Zie het verslag van de vergadering van februari.
1

www.dorpsraad-lindelaan.nl
"""


def test_a_web_address_under_a_label_set_under_a_note_opening_after_a_sentence_is_no_note():
    for text in (NOTE_OVER_ITS_LABEL_ADDRESS_UNDER, NOTE_OVER_ITS_LABEL_ADDRESS_UNDER + "\n2\n"):
        cleaned = clean(source(text))
        assert cleaned.footnotes == ((1, "Zie het verslag van de vergadering van februari."),)
        assert [block.text for block in cleaned.blocks] == [
            "De dorpsraad vergaderde op 12 maart in het dorpshuis over de nieuwe speeltuin. Alle leden waren "
            "aanwezig, en ook enkele bewoners van de Lindelaan kwamen luisteren naar de plannen. Het bestuur "
            "stelde voor om de speeltuin in het voorjaar te openen, met een feest voor de buurt. "
            "www.dorpsraad-lindelaan.nl"]
        assert refs(cleaned) == [1]


def test_a_web_address_under_a_label_set_under_a_line_going_on_with_a_sentence_is_its_note():
    # The line above the label opens with a capital, a name the sentence above goes on with: no note
    # opens there, so the address under the label is its note.
    text = ADDRESS_UNDER_A_LABEL.replace(
        "Sappho, to pick just a most famous example. Keeping the first person in helps to find\n"
        "the others as well: Emily Dickinson or Georg Trakl will strikingly stand out.\n",
        "Sappho, Emily Dickinson or Georg Trakl.\n")
    cleaned = clean(source(text))
    assert cleaned.footnotes == ((1, "www.nltk.org"),)
    assert [block.text for block in cleaned.blocks] == [
        "We changed the stop word set of the toolkit so that the first person stays in. Among the poets who use "
        "it often there will be an iconic lyric poet such as Sappho, Emily Dickinson or Georg Trakl.",
        "We did not want adverbs of place to be counted for stop words either."]


# A quotation the sentence reads on with, a number after it ("„Faust“ 2 Stunden"), and the note's
# marker set after a space further on ("Stadttheater 2 neu").
QUOTATION_THEN_SPACED_MARKER = """\
Heute Abend1 spielt das Ensemble „Faust“ 2 Stunden lang im großen Saal, und danach gibt es ein
Gespräch mit der Regisseurin, die das Stück für das Stadttheater 2 neu eingerichtet hat.

1 Beginn ist um 19.30 Uhr.
2 Das Stadttheater wurde 1912 eröffnet.

3

\fDas nächste Treffen ist am 14. Juni.
"""


def test_a_number_after_a_quotation_read_on_with_is_text_the_marker_after_it_links():
    for text in (QUOTATION_THEN_SPACED_MARKER, QUOTATION_THEN_SPACED_MARKER.replace("„Faust“", "“Faust”")):
        cleaned = clean(source(text))
        quotation = "„Faust“" if "„" in text else "“Faust”"
        assert cleaned.footnotes == ((1, "Beginn ist um 19.30 Uhr."), (2, "Das Stadttheater wurde 1912 eröffnet."))
        assert [block.text for block in cleaned.blocks] == [
            f"Heute Abend spielt das Ensemble {quotation} 2 Stunden lang im großen Saal, und danach gibt es ein "
            "Gespräch mit der Regisseurin, die das Stück für das Stadttheater neu eingerichtet hat.",
            "Das nächste Treffen ist am 14. Juni."]
        assert refs(cleaned) == [1, 2]


# Notes numbered out of print order: 1 and 2 on the first page, 5 on the second (its marker glued to
# its word, so 3 and 4 count as skipped), 3 and 4 on the third.
OUT_OF_ORDER = """De raad besloot in maart over de subsidie.1 Daarna volgde een ronde langs de
buurten, waar bewoners hun wensen2 kenbaar maakten.

1 Raadsbesluit van 4 maart 2021.
2 Zie het verslag van de bewonersavonden.
\fHet college legde de plannen voor aan de commissie.5 Die vroeg om meer
cijfers over de kosten van het plan.

5 Commissie Bestuur, vergadering van 12 april 2021.
\fDe cijfers kwamen in mei.3 Ze lieten zien dat de kosten hoger waren
dan gedacht4 en dat de buurten meer wilden dan de raad kon geven.

3 Notitie van de afdeling Financiën.
4 Vooral door de gestegen bouwprijzen.
"""


def test_notes_a_group_numbered_ahead_skipped_are_taken_later_with_their_own_numbers():
    cleaned = clean(source(OUT_OF_ORDER))
    assert [number for number, _ in cleaned.footnotes] == [1, 2, 5, 3, 4]
    assert refs(cleaned) == [1, 2, 5, 3, 4]
    assert account(OUT_OF_ORDER).ok


def test_skipped_labels_later_at_a_page_foot_without_markers_glued_to_their_words_stay_text():
    # A tally at the page's foot ("3 wijken ...") is no note; nor are notes whose markers stand
    # after a space ("in de zomer. 3 Ze"), which a count or a reference may hold as well.
    tally = OUT_OF_ORDER.replace("in mei.3", "in mei.").replace("gedacht4", "gedacht").replace(
        "3 Notitie van de afdeling Financiën.\n4 Vooral door de gestegen bouwprijzen.",
        "3 wijken vroegen om speeltuinen.\n4 wijken vroegen om bankjes.")
    # After a full stop a spaced number is a marker of rank 2, which a group going on from the notes
    # before may take: only the skipped labels' need of sure markers leaves these text.
    spaced = OUT_OF_ORDER.replace("in mei.3", "in de zomer. 3").replace(
        "hoger waren\ndan gedacht4 en dat", "hoger waren\ndan gedacht. 4 En").replace("meer wilden", "wilden meer")
    for text in (tally, spaced):
        cleaned = clean(source(text))
        assert [number for number, _ in cleaned.footnotes] == [1, 2, 5]
        assert "4 Vooral door" in texts(cleaned) or "4 wijken vroegen om bankjes." in texts(cleaned)


def test_a_skipped_label_at_a_later_page_foot_after_a_unit_s_power_is_no_note():
    # The third page has no marker of 3: "m³" is a volume, and "3 scholen ..." a sentence of the page
    # (review 20c F1).
    unit = OUT_OF_ORDER.split("\fDe cijfers")[0] + """\fOnder het nieuwe plein komt een tank van 40 m³ voor het
regenwater. Het water wordt gebruikt voor de planten in de bakken langs de straat en voor de fontein.

3 scholen uit de wijk helpen mee met het onderhoud van de bakken.
"""
    cleaned = clean(source(unit))
    assert [number for number, _ in cleaned.footnotes] == [1, 2, 5]
    assert "een tank van 40 m³ voor het regenwater." in texts(cleaned)
    assert "3 scholen uit de wijk helpen mee met het onderhoud van de bakken." in texts(cleaned)
    assert account(unit).ok


def test_a_skipped_label_at_a_later_page_foot_opening_in_lower_case_is_no_note():
    # A marker glued to its word on the page, but the line under it goes on in lower case as a
    # sentence of the page does: a count, no note (a note opens with a capital: "3 Notitie ...").
    lower = OUT_OF_ORDER.replace("3 Notitie van de afdeling Financiën.\n4 Vooral door de gestegen bouwprijzen.",
                                 "3 scholen uit de wijk helpen mee.\n4 buurten doen dat ook.")
    cleaned = clean(source(lower))
    assert [number for number, _ in cleaned.footnotes] == [1, 2, 5]
    assert "3 scholen uit de wijk helpen mee." in texts(cleaned)


def test_a_unit_s_power_glued_to_it_is_no_marker_of_a_note_whose_marker_is_lost():
    # Notes 1-4 at the foot, note 2's marker lost: "250 g/m2" is a unit's power, not its marker
    # (review 20c F4).
    text = """Het bestuur heeft besloten om het clubblad op gerecycled papier te laten drukken.1
De drukker levert het blad op papier van 90 g/m2 en de omslag op karton van 250 g/m2 zodat het
blad steviger wordt. Ook de nieuwe huisstijl wordt in het volgende nummer ingevoerd.3
De redactie zoekt nog vrijwilligers voor het rondbrengen van het blad in de wijken.4

1 Besluit van de ledenvergadering van 12 maart 2023.
2 Zie de offerte van de drukker in de bijlage.
3 Ontworpen door een lid van de vereniging, zonder kosten.
4 Aanmelden kan bij de secretaris.
"""
    cleaned = clean(source(text))
    assert [number for number, _ in cleaned.footnotes] == [1, 2, 3, 4]
    assert refs(cleaned) == [1, 3, 4]
    assert "papier van 90 g/m2 en de omslag op karton van 250 g/m2 zodat" in texts(cleaned)


def test_labels_skipped_before_the_notes_are_numbered_again_are_those_of_the_new_run():
    # A second chapter numbers its notes from 1 again: its 3 and 4 go on from its own 1 and 2 (the
    # edition's 8 and 9), not into the first chapter's skipped 3 and 4.
    second_chapter = """\fIn het tweede deel gaat het over de uitvoering.1 Die begon in juni met een
proef in twee buurten, waar de bewoners zelf2 de plannen maakten.

1 Uitvoeringsplan van mei 2021.
2 Zie het verslag van de proef.
"""
    cleaned = clean(source(OUT_OF_ORDER.replace("\fDe cijfers", second_chapter + "\fDe cijfers")))
    assert [number for number, _ in cleaned.footnotes] == [1, 2, 5, 6, 7, 8, 9]


def test_a_note_found_out_of_order_is_no_lost_note_of_a_group_after_it():
    # Notes 1, 2, 5, then 3 and 4, then 7: only 6 is lost, so "Buurt5", a name, is no marker of a
    # lost note 5 (note 5 stands on the second page).
    last_page = """\fDe wethouder noemde het project Buurt5 een groot succes.7 Zij wil er in het
volgende jaar mee doorgaan in alle wijken van de stad.

7 Raadsvoorstel van juni 2021.
"""
    cleaned = clean(source(OUT_OF_ORDER + last_page))
    assert [number for number, _ in cleaned.footnotes] == [1, 2, 5, 3, 4, 7]
    assert refs(cleaned) == [1, 2, 5, 3, 4, 7]
    assert "project Buurt5 een" in texts(cleaned)


def test_a_number_over_a_watermark_amid_a_page_is_no_note_and_a_dates_day_no_marker():
    # Review 20j (a withdrawn rule): minutes with a "CONCEPT" watermark on every page; a lone "1" over an agenda
    # point, right over the watermark the furniture pass removes amid the page, is the point's number, and
    # "vanaf 1 januari" a date: no note, no marker.
    body = ("Vervolgens bespreekt de raad het voorstel over de begroting. De wethouder\n"
            "licht toe dat de kosten hoger zijn uitgevallen dan verwacht, vooral door de\n"
            "gestegen prijzen van bouwmaterialen en de krappe arbeidsmarkt in de regio.\n\n")
    page = "De fracties reageren verdeeld op het voorstel.\n\n" + body + "\nCONCEPT\n{n}\n\f"
    text = ("Notulen van de openbare vergadering van de gemeenteraad\n\n" + body + "\nCONCEPT\n1\n\f"
            "De nieuwe regeling geldt vanaf 1 januari. Daarna volgt de rest van de\n"
            "agenda, die de griffier in de commissie heeft toegelicht.\n\n1\n\n"
            "De raad stelt de agenda ongewijzigd vast.\n\nCONCEPT\n\n" + body + body + "2\n\f"
            + "".join(page.format(n=n) for n in range(3, 7)))
    cleaned = clean(source(text))
    assert refs(cleaned) == [] and not any(change.kind == "footnote" for change in cleaned.changes)
    assert "vanaf 1 januari" in texts(cleaned)


# A statement on a statute, its notes 1 and 2 at the first page's foot; on the next page a line
# opens with the figure a section's citation wrapped ("(vgl. § 2 Nr." / "1 IFG). ..."), over the
# page's last lines: no note of a numbering that starts again, as the only "1" before it is a
# section's ("§ 1 Abs. 2").
STATUTE = """Die Daten werden bereitgestellt, wie es das Gesetz vorsieht.1 Die Verwaltung
hat dazu eine Studie2 vorgelegt, die den Aufwand beziffert.

1 Siehe unsere Stellungnahme aus dem Ausschuss Digitale Agenda.
2 http://www.example.org/studie/

\fAbs. 1
Die Bestimmung ist nicht zu klären, wie die Erfahrung mit § 1 Abs. 2 Nr. 3 IWG zeigt.
Abs. 2 Satz 1
Satz 1 ist eine Zirkeldefinition: Informationen sind in der Regel Aufzeichnungen (vgl. § 2 Nr.
1 IFG). In diesem Sinne wären Daten also Sammlungen von Informationen.
Abs. 2 Satz 4
Dieser Satz erscheint sehr unkonkret. Es sollte sichergestellt werden, dass Daten auch dann noch

\fbereitgestellt werden, wenn sie verbessert werden.
"""


def test_a_line_opening_with_a_cited_sections_figure_is_no_note_of_a_new_numbering():
    cleaned = clean(source(STATUTE))
    assert [number for number, _ in cleaned.footnotes] == [1, 2]
    assert "1 IFG). In diesem Sinne wären Daten also Sammlungen von Informationen." in texts(cleaned)
    assert refs(cleaned) == [1, 2]


# The notes at the foot of a school council's page whose text cites its reglement's chapter "4.a".
SCHOOLRAAD_NOTES = ("1 Reglement schoolraad, vastgesteld op 12 maart 2019.\n"
                    "2 Hoofdstuk 4.a regelt de termijnen voor advies en instemming.\n"
                    "3 De opkomst was 14 procent, tegen 22 procent in 2016.\n")


def test_a_marker_after_a_letter_numbered_item_in_running_text_links_its_note_and_the_others():
    # review 22d-1: "4.a.2 Deze" in a sentence is the item "4.a" and marker 2, not the item "4.a.2"
    text = ("Evaluatie van het reglement voor de schoolraad\n\n"
            "De schoolraad heeft in het voorjaar het reglement geëvalueerd dat sinds 2019 van kracht is.1 De\n"
            "leden waren het er over eens dat het reglement in de praktijk goed werkt, maar dat enkele bepalingen\n"
            "verduidelijkt moeten worden, vooral die over de termijnen in hoofdstuk 4.a.2 Deze termijnen blijken\n"
            "in de praktijk te kort voor de ouders, die vaak pas laat van een voorstel horen. Ook de regeling\n"
            "voor de verkiezingen vraagt aandacht, omdat de opkomst bij de laatste verkiezingen erg laag was.3\n\n"
            + SCHOOLRAAD_NOTES)
    cleaned = clean(source(text))
    assert refs(cleaned) == [1, 2, 3]
    assert [number for number, _ in cleaned.footnotes] == [1, 2, 3]
    assert "in hoofdstuk 4.a. Deze termijnen" in texts(cleaned)


def test_a_marker_after_a_letter_numbered_item_wrapped_to_open_a_line_links_its_note_and_the_others():
    # review 22h-1: the text layer wraps running text anywhere, so "4.a.2 Deze" may open a line
    # while the line above runs on ("in hoofdstuk"): still the item "4.a" and marker 2
    text = ("Evaluatie van het reglement voor de schoolraad\n\n"
            "De schoolraad heeft in het voorjaar het reglement geëvalueerd dat sinds 2019 van kracht is.1 De\n"
            "leden waren het er over eens dat het reglement in de praktijk goed werkt, maar dat enkele bepalingen\n"
            "verduidelijkt moeten worden, vooral die over de termijnen die beschreven staan in hoofdstuk\n"
            "4.a.2 Deze termijnen blijken in de praktijk te kort voor de ouders, die vaak pas laat van een\n"
            "voorstel horen. Ook de regeling voor de verkiezingen vraagt aandacht, omdat de opkomst bij de\n"
            "laatste verkiezingen erg laag was.3\n\n"
            + SCHOOLRAAD_NOTES)
    cleaned = clean(source(text))
    assert refs(cleaned) == [1, 2, 3]
    assert [number for number, _ in cleaned.footnotes] == [1, 2, 3]


# Pages in two columns whose notes close the first column, each label on a line of its own over
# its note's text; the text layer set a space before every superscript marker, right after a
# sentence's end ("verrichtingen. 1 Het", "ZWO. 2 Het", "dilemma.” 3 Het"): the complete chain of
# labels, each with its one marker on its page, tells the markers.
SPACED_CHAIN_PAGE = """{opening} Het instituut richtte zich vooral op het
onderzoek van mensen aan het werk. {marked} Het onderzoek daar vond zijn inspiratie
in de techniek en de ergonomie.

{label}

{note}

Tweede kolom

Daarna ging het instituut verder met ander werk, zoals
het hoort bij een instituut van deze omvang.
"""
SPACED_CHAIN_PARTS = (
    ("In Nederland was de psychologie rond 1960 er slecht aan toe.", "Zo ging het met de verrichtingen. 1",
     "Dat doet het nog steeds, zij het onder een andere naam."),
    ("In 1965 kwamen de onderzoekers voor het eerst bijeen.", "Tot dan toe vroeg men weinig geld aan ZWO. 2",
     "De Nederlandse Organisatie voor Zuiver Wetenschappelijk Onderzoek."),
    ("In 1971 volgde de erkenning door het ministerie.", "In feite is dit een prisoners dilemma.” 3",
     "Bij een prisoners dilemma is samenwerken voor ieder beter."),
)


def spaced_chain(parts=SPACED_CHAIN_PARTS) -> str:
    return "\f".join(SPACED_CHAIN_PAGE.format(opening=opening, marked=marked, label=label, note=note)
                     for label, (opening, marked, note) in enumerate(parts, start=1))


def test_a_complete_chain_of_labels_at_column_feet_takes_markers_after_a_space():
    cleaned = clean(source(spaced_chain()))
    assert cleaned.footnotes == ((1, "Dat doet het nog steeds, zij het onder een andere naam."),
                                 (2, "De Nederlandse Organisatie voor Zuiver Wetenschappelijk Onderzoek."),
                                 (3, "Bij een prisoners dilemma is samenwerken voor ieder beter."))
    assert refs(cleaned) == [1, 2, 3]
    assert "Daarna ging het instituut verder met ander werk" in texts(cleaned)
    assert account(spaced_chain()).ok


def test_a_label_of_the_chain_over_two_paragraphs_leaves_its_note_in_the_text():
    # "2" set over a paragraph of the body, the note's text under it: no text is sure to be the note's.
    parts = list(SPACED_CHAIN_PARTS)
    parts[1] = parts[1][:2] + ("De Stichting benadrukte vanaf het begin het karakter van de psychonomie, maar\n\n"
                               "In 1959 was in de VS de Psychonomic Society opgericht.",)
    cleaned = clean(source(spaced_chain(parts)))
    assert [number for number, _ in cleaned.footnotes] == [1, 3]
    assert "De Stichting benadrukte vanaf het begin" in texts(cleaned)
    assert account(spaced_chain(parts)).ok


@pytest.mark.parametrize("marked, replacement", [
    ("ZWO. 2", "ZWO."),                                       # a marker missing: the chain is broken
    ("ZWO. 2", "ZWO. 2 Er waren er toen 2."),                 # two numbers that may be the marker of "2"
    ("ZWO. 2", "ZWO voor 2 projecten"),                       # a count between words, no marker
    ("In 1971 volgde", "2 In 1971 volgde"),                   # a second line opening with "2": which is the label?
])
def test_a_chain_of_spaced_markers_that_is_not_complete_and_sure_takes_no_notes(marked, replacement):
    text = spaced_chain().replace(marked, replacement)
    cleaned = clean(source(text))
    assert cleaned.footnotes == ()
    assert "De Nederlandse Organisatie voor Zuiver Wetenschappelijk Onderzoek." in texts(cleaned)


def test_numbered_steps_at_page_feet_with_counts_in_the_text_stay_text():
    # English instructions, a step per page under the text ("1" / "Open the box."), a number in the
    # text after a full stop or before a comma on each page: no notes, as a step is no note's text
    # unless every page holds one marker of its number, and "in 2019 there were 12." is a count.
    parts = [("Unpack the parcel with care.", "In 2019 there were 12. Step 1, then, is simple.",
              "Open the box."),
             ("Check the parts.", "Count them: there should be 2, all the same.", "Take out the manual."),
             ("Assemble the frame.", "Use the 3 screws.", "Tighten the screws.")]
    text = spaced_chain(parts)
    cleaned = clean(source(text))
    assert cleaned.footnotes == ()
    assert "Take out the manual." in texts(cleaned)


def test_agenda_items_at_page_feet_named_between_words_stay_text():
    # German minutes, each page closed by the next agenda item's number over its title, and the
    # text naming an item's number between words ("zu Punkt 2 der Tagesordnung"): a count's place.
    parts = [("Die Sitzung wurde um 19 Uhr eröffnet.", "Der Vorsitzende kam zu Punkt 1 der Tagesordnung.",
              "Begrüßung und Feststellung der Beschlussfähigkeit."),
             ("Das Protokoll wurde verlesen.", "Es folgte Punkt 2 der Tagesordnung.", "Genehmigung des Protokolls."),
             ("Der Kassenbericht lag vor.", "Danach kam Punkt 3 an die Reihe.", "Bericht der Kassenprüfer.")]
    cleaned = clean(source(spaced_chain(parts)))
    assert cleaned.footnotes == ()
    assert "Genehmigung des Protokolls." in texts(cleaned)


def test_page_numbers_under_the_text_with_a_chapter_named_on_each_page_stay_page_numbers():
    # French: "Voir le chapitre 2." on page 2, the folio "2" closing it; a folio has no text under it.
    pages = [f"{opening}\n{reference} {number}.\n\n{number}\n" for number, (opening, reference) in enumerate((
        ("Le conseil s’est réuni en mars.", "Les comptes de l’année figurent au chapitre"),
        ("Le budget a été adopté sans vote.", "Le détail des dépenses est donné plus loin. Voir le chapitre"),
        ("La séance a été levée à vingt heures.", "La liste des présents se trouve au chapitre")), start=1)]
    cleaned = clean(source("\f".join(pages)))
    assert cleaned.footnotes == ()
    assert "Voir le chapitre 2." in texts(cleaned)
    assert "\n2\n" not in "\n" + texts(cleaned) + "\n"


def test_a_chain_with_one_marker_after_a_sentence_s_end_takes_no_notes():
    # "verrichtingen 1." and "dilemma 3," close a sentence or a clause themselves, as a count does:
    # only "ZWO. 2 Het" stands in a marker's own place, too few to tell the chain's markers.
    text = spaced_chain().replace("verrichtingen. 1", "verrichtingen 1.").replace("dilemma.” 3", "dilemma 3,")
    cleaned = clean(source(text))
    assert cleaned.footnotes == ()
    assert "Zo ging het met de verrichtingen 1." in texts(cleaned)


# Review 22j: pages closed by an agenda item or a step (its number over its title), each page
# naming a count of the item's number at a sentence's end.  The count closes its sentence itself,
# or stands after a colon, a currency sign, another number, or glued to a capital: no markers.
COUNTS_AT_PAGE_FEET = """{opening} {count} {closing}

{label}

{item}

{heading}

{after}
"""
REVIEW_COUNTS = {
    "minutes, nl": ("Aanwezig: het voltallige bestuur. De voorzitter opent de vergadering om acht uur.",
                    ("Afmeldingen: 1.", "Nieuwe leden dit kwartaal: 2.", "Openstaande aanvragen: 3."),
                    "Het verslag\nwordt zonder wijzigingen goedgekeurd.",
                    ("Financiën.", "Ledenwerving.", "Bouwplannen."),
                    "Rondvraag", "Er zijn geen vragen. De voorzitter sluit\nde vergadering om tien uur."),
    "minutes, de": ("Anwesend war der gesamte Vorstand. Der Vorsitzende eröffnete die Sitzung um 19 Uhr.",
                    ("Die Zahl der Enthaltungen betrug 1.", "Die Zahl der neuen Mitglieder betrug 2.",
                     "Die Zahl der offenen Anträge betrug 3."),
                    "Das Protokoll\nwurde ohne Änderungen genehmigt.",
                    ("Finanzen.", "Mitgliederwerbung.", "Bauvorhaben."),
                    "Verschiedenes", "Es gab keine Wortmeldungen. Der Vorsitzende schloss\ndie Sitzung um 21 Uhr."),
    "minutes, fr": ("Tout le bureau est présent. Le président ouvre la séance à dix-neuf heures.",
                    ("Le nombre d’abstentions était de 1.", "Le nombre de nouveaux membres était de 2.",
                     "Le nombre de demandes en cours était de 3."),
                    "Le procès-verbal\nest approuvé sans modification.",
                    ("Les comptes de l’année.", "La campagne d’adhésion.", "Les travaux de la salle."),
                    "Divers", "Aucune question n’est posée. Le président lève\nla séance à vingt et une heures."),
    "minutes, en": ("The meeting opened at 7 pm. The chair welcomed the members.",
                    ("Apologies received: 1.", "New members this quarter: 2.", "Applications pending: 3."),
                    "The minutes\nwere then approved without changes.",
                    ("Welcome and apologies.", "Minutes of the last meeting.", "Planning applications."),
                    "Any other business", "No other business was raised, and the\nmeeting moved on."),
    "steps, nl": ("Lees eerst deze handleiding. De pomp is aangesloten op het net.",
                  ("De stand van de schakelaar is nu 1.", "Zet de thermostaat daarna op 2.", "De meter wijst dan 3."),
                  "Controleer\ndaarna of alle slangen goed vastzitten.",
                  ("Zet de pomp aan.", "Open de kraan langzaam.", "Sluit de kraan weer."),
                  "Onderhoud", "Reinig het filter eens per maand, zoals\nde fabrikant dat voorschrijft."),
}
REVIEW_SECOND_COUNTS = ("De uitstoot van CO2 daalt daardoor sterk.", "De prijs is € 2.", "De stand was 2:2.")


def counts_at_page_feet(opening, counts, closing, items, heading, after) -> str:
    return "\f".join(COUNTS_AT_PAGE_FEET.format(opening=opening, count=count, closing=closing, label=label,
                                                item=item, heading=heading, after=after)
                     for label, (count, item) in enumerate(zip(counts, items), start=1))


@pytest.mark.parametrize("case", REVIEW_COUNTS)
def test_counts_closing_a_sentence_over_items_at_page_feet_stay_text(case):
    text = counts_at_page_feet(*REVIEW_COUNTS[case])
    cleaned = clean(source(text))
    assert cleaned.footnotes == ()
    assert all(count in texts(cleaned) for count in REVIEW_COUNTS[case][1])


@pytest.mark.parametrize("second", REVIEW_SECOND_COUNTS)
def test_a_number_in_a_count_s_place_is_no_marker_of_a_chain(second):
    # Three of the four markers stand in a marker's own place ("ZWO. 2 Het"); the second page's
    # number is glued to a capital, after a currency sign or beside another number: a count, so the
    # second label has no marker and the chain fails.
    parts = list(SPACED_CHAIN_PARTS) + [("In 1980 kwam er een nieuwe wet.", "Dat is later herzien. 4",
                                         "De wet op het wetenschappelijk onderwijs.")]
    parts[1] = (parts[1][0], second, parts[1][2])
    cleaned = clean(source(spaced_chain(parts)))
    assert cleaned.footnotes == ()
    assert second in texts(cleaned)


# Issue 24: the Flemish government's report foot, a rule of slashes over the title and date and
# the folio "n /// m"; its notes' labels stand on lines of their own over a blank line and the text.
BODIES = {
    "nl": ("Een URI is een formele manier om een resource te identificeren op het web. Elke URL is een",
           "URI van een resource die bestaat op het web{}. Daarom beschrijven we hier hoe de vormregels",
           "moeten worden toegepast door de medewerkers van de verschillende diensten en besturen."),
    "en": ("A URI is a formal way to identify a resource on the web. Every URL is a URI of a",
           "resource that exists on the web{}. This is why we describe here how the rules for forming",
           "them should be applied by the staff of the different services and councils."),
    "de": ("Eine URI ist eine formale Art, eine Ressource im Netz zu bezeichnen. Jede URL ist eine",
           "URI einer Ressource, die im Netz besteht{}. Deshalb beschreiben wir hier, wie die Regeln",
           "für ihre Bildung von den Mitarbeitern der verschiedenen Dienste angewandt werden."),
    "fr": ("Un URI est une manière formelle d'identifier une ressource sur le web. Chaque URL est un",
           "URI d'une ressource qui existe sur le web{}. C'est pourquoi nous décrivons ici comment les",
           "règles de formation doivent être appliquées par les agents des différents services."),
}


def _report(code: str, foot_lines: list[str], marker: str = "1") -> str:
    """Four pages of a report in the language, each under the house foot; the second page's body
    cites a note (marker) and its foot holds foot_lines over the rule."""
    body = BODIES[code]
    rule = "/" * 120
    pages = []
    for number in range(1, 5):
        lines = [line.format(marker if number == 2 else "") for line in body]
        feet = foot_lines if number == 2 else []
        pages.append("\n".join([*lines, "", *feet, "", rule, "URI-richtlijnen /// 18/12/2017", "",
                                f"{number} /// 4", ""]))
    return "\f".join(pages)


def test_notes_over_the_folio_n_of_m_and_a_rule_of_slashes_are_found_in_every_language():
    """Regression (issue 24): the foot "////..." / "URI-richtlijnen /// 18/12/2017" / "7 /// 24" was
    not known as the pages' furniture, so the notes over it stood at no page's foot: none linked.
    A label on its own line over a blank line and its text (a web address) is a note's."""
    for code in BODIES:
        cleaned = clean(source(_report(code, ["1", "", "RFC3986 - http://www.ietf.org/rfc/rfc3986.txt"])))
        assert cleaned.footnotes == ((1, "RFC3986 - http://www.ietf.org/rfc/rfc3986.txt"),), code
        assert refs(cleaned) == [1], code


def test_numbers_over_the_same_foot_with_no_marker_in_the_text_stay_text():
    """Counter-examples at the same foot: a numbered list's items, a table's figures, steps and an
    article's number over the rule, with no marker glued in the text above, are no notes."""
    for code, foot in (("nl", ["1", "", "Open de kast.", "2", "", "Pak de doos."]),
                       ("en", ["1", "", "2.345", "2", "", "1.678"]),
                       ("de", ["Schritt 1", "", "Den Deckel öffnen.", "Schritt 2", "", "Das Kabel lösen."]),
                       ("fr", ["Article 1", "", "Le présent règlement s'applique à tous.", "Article 2", "",
                               "Il entre en vigueur le 1er janvier."])):
        cleaned = clean(source(_report(code, foot, marker="")))
        assert cleaned.footnotes == () and refs(cleaned) == [], code


def test_a_group_numbered_ahead_takes_no_text_under_a_label_it_skips():
    """Regression (issue 24): "2" / url / "3" / url / "OGC Catalog ..." / "4", the last label set
    after its text and the marker of note 3 glued to a number ("ISO 86013"): the group of "4"
    alone, numbered ahead of the notes lost, took note 3's text with its own.  A lone number the
    group skips right over the text it would take is that note's label: no group (a wrong note is
    worse than a missing one)."""
    first = ["Het doel van dit document is het beschrijven hoe informatie kan ontsloten worden op het web",
             "(een resource die bestaat op het web)1. Dat geldt voor alle diensten.", "",
             "1", "", "RFC3986 - http://www.ietf.org/rfc/rfc3986.txt"]
    second = ["Voor datums wordt het W3C Date Time2 formaat gebruikt (volgens ISO 86013) en de metadata",
              "kunnen op een gestandaardiseerde wijze worden ondervraagd4. Zo blijft alles vindbaar.", "",
              "2", "", "https://www.w3.org/TR/NOTE-datetime", "", "3", "",
              "http://www.iso.org/iso/home/standards/iso8601.htm",
              "OGC Catalog Service standaard, http://www.opengeospatial.org/standards/specifications/catalog",
              "", "4"]
    plain = ["Daarna volgen de bijlagen met de voorbeelden van de diensten en de besturen die meedoen."]
    text = "\f".join("\n".join([*body, "", "/" * 120, "URI-richtlijnen /// 18/12/2017", "", f"{number} /// 4", ""])
                     for number, body in enumerate((first, second, plain, plain), start=1))
    cleaned = clean(source(text))
    assert cleaned.footnotes == ((1, "RFC3986 - http://www.ietf.org/rfc/rfc3986.txt"),)


# A note's pages whose foot the furniture passes do not know: a rule of slashes over a running
# foot that facing pages mirror (date / title on the left-hand pages, title / date on the right).
MIRRORED_FOOT = """De raad wil de buurten meer zeggenschap geven over de budgetten.1 Daarvoor komt er
een nieuwe regeling die in alle buurten van de stad gelijk wordt toegepast.

1 https://www.example.nl/raadsbesluiten/2024/buurtbudgetten

//////////////////////////////////////////////////////////////////////
12.03.2024 / Nota over de buurtbudgetten van de stad Utrecht

\fDe buurten dienen hun aanvragen in bij de buurtcommissie van hun wijk.2 Die
beoordeelt ze binnen zes weken en geeft het college een advies.

2 https://www.example.nl/buurtcommissies/werkwijze-en-termijnen

//////////////////////////////////////////////////////////////////////
Nota over de buurtbudgetten van de stad Utrecht / 12.03.2024

\fHet college beslist daarna over de aanvraag en laat de buurt dat weten.
"""


def test_notes_over_a_rule_and_a_running_foot_mirrored_on_facing_pages_become_notes():
    cleaned = clean(source(MIRRORED_FOOT))
    assert cleaned.footnotes == ((1, "https://www.example.nl/raadsbesluiten/2024/buurtbudgetten"),
                                 (2, "https://www.example.nl/buurtcommissies/werkwijze-en-termijnen"))
    assert refs(cleaned) == [1, 2]


def test_numbered_lines_over_a_long_line_no_other_page_closes_with_stay_text():
    # The long line under the numbered lines is the body going on, not a running foot: no other
    # page closes with its words (nor with those of the first page's foot any more), so the
    # numbered lines are the body's.
    text = MIRRORED_FOOT.replace("Nota over de buurtbudgetten van de stad Utrecht / 12.03.2024",
                                 "De commissie vergadert elke maand in het buurthuis aan de Kerkstraat.")
    cleaned = clean(source(text))
    assert cleaned.footnotes == ()
    assert "2 https://www.example.nl/buurtcommissies/werkwijze-en-termijnen" in texts(cleaned)


def test_a_note_whose_lines_end_in_a_year_alone_is_a_note():
    # a note's line may be a figure alone ("2019."): no table's row
    text = LONE_LABEL.replace("Besluit van het college van 4 mei 2021, bekendgemaakt in het gemeenteblad",
                              "Besluit van het college van 4 mei\n2021.")
    cleaned = clean(source(text))
    assert cleaned.footnotes and cleaned.footnotes[0][1].startswith("Besluit van het college van 4 mei 2021.")


def test_figures_closing_a_pages_last_note_leave_the_note_a_note():
    # Cells of a table beside the notes that pdftotext read after them, closing the page: no table's row
    # under a label, the note is one.
    text = LONE_LABEL.replace("van die week.\n", "van die week.\n30.000\n12.000\n")
    cleaned = clean(source(text))
    assert [number for number, _ in cleaned.footnotes] == [1]
    assert cleaned.footnotes[0][1].startswith("Besluit van het college van 4 mei 2021")


def test_a_note_of_figures_under_a_small_table_stays_a_note():
    """A club's report: its note 1 lists the members year by year, one figure a line, under a small
    table at the page foot (reviews 26c, 26j): a note, not a table's row; the next page's heading
    stays a heading of its own."""
    text = ("Jaarverslag Tennisvereniging De Kaats 2023\n\nLedenadministratie\n\n"
            "Het ledental groeide ook dit jaar.1 De tabel toont de leden per soort lidmaatschap\n"
            "op 31 december van het jaar.\n\nSenioren\n212\nJunioren\n87\n\n"
            "1\nAantal leden op 1 januari:\n2021\n412\n2022\n436\n2023\n451\n\n- 1 -\n"
            "\fFinanciën\n\nDe penningmeester presenteert de jaarrekening over het afgelopen jaar.\n")
    cleaned = clean(source(text))
    assert [number for number, _ in cleaned.footnotes] == [1]
    assert cleaned.footnotes[0][1].startswith("Aantal leden op 1 januari:")
    assert "Financiën" in texts(cleaned)
