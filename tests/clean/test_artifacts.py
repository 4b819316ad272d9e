from itertools import chain

import pytest

from clean_helpers import lines
from publish.clean.artifacts import remove_page_numbers, remove_photo_credits, remove_running_heads, remove_stamps
from publish.clean.whitespace import normalise


def texts(result):
    return [line.text for line in result[0] if line.text]


def test_page_numbers_and_spreads_go_real_numbers_stay():
    result = remove_page_numbers(lines("tekst", "", "3 4", "", "12", "", "2015", "", "3 7", "1,75", "3.", ""))
    assert texts(result) == ["tekst", "2015", "3 7", "1,75", "3."]
    assert [c.before for c in result[1]] == ["3 4", "12"]


def test_a_number_inside_running_text_is_not_a_page_number():
    assert texts(remove_page_numbers(lines("zo'n", "12", "mensen"))) == ["zo'n", "12", "mensen"]


def test_the_line_after_removed_furniture_starts_a_page():
    out, _ = remove_photo_credits(lines("naar", "", "Fotografie: Bob de Vries", "", "Nederland gevlucht"))
    assert [line.page_start for line in out if line.text] == [False, True]


def test_credits_of_every_kind():
    for credit in ("Fotografie: A. Jansen", "Foto: B", "Beeld: ANP", "Illustratie: C. de Wit",
                   "Foto's: D", "Foto’s: E"):
        assert texts(remove_photo_credits(lines("a", credit, "b"))) == ["a", "b"]


def test_running_head_at_page_starts_only():
    source = normalise(lines("\fKop van het boek", "tekst een", "\fKop van het boek", "tekst twee",
                             "\f12 Kop van het boek", "tekst drie"))[0]
    out, changes = remove_running_heads(source)
    assert texts((out, changes)) == ["tekst een", "tekst twee", "tekst drie"]
    assert {c.kind for c in changes} == {"running-head"}


def test_whitespace_marks_pages_and_collapses_spaces():
    out, _ = normalise(lines("een\ttab\u00a0en  spaties  ", " nieuwe pagina", "", "verder"))
    assert [(line.text, line.page_start) for line in out if line.text] == [
        ("een tab en spaties", False), ("nieuwe pagina", True), ("verder", False)]


def test_in_a_text_with_form_feeds_a_leading_space_is_an_indent_not_a_page():
    """pdftotext marks its pages with form feeds and indents lines with spaces (-layout): the
    OCR's leading-space page marker would cut every indented line into a page of its own."""
    out, changes = normalise(lines("Inleiding", "   ingesprongen regel", "\fna formfeed", "    - een punt"))
    assert [(line.text, line.page_start) for line in out if line.text] == [
        ("Inleiding", False), ("ingesprongen regel", False), ("na formfeed", True), ("- een punt", False)]
    assert [change.reason for change in changes] == ["form feed marks a new page"]


def test_a_text_indented_throughout_without_form_feeds_has_no_page_on_every_line():
    """A text whose every line keeps a margin of one space (a mail quoted, a layout's margin) and
    no form feed: the margin marks no page, or every line is a page and a numbered agenda's "1."
    stands apart from its point (Dutch agenda, English minutes)."""
    for text in ([" Agenda", "", " 1.", " Opening", " 2.", " Notulen", "", " Wij zien u graag."],
                 ["  Minutes of the meeting", "  1. Apologies were received from two members.",
                  "  2. The accounts were approved.", "", "  The meeting closed at nine."]):
        out, changes = normalise(lines(*text))
        assert not any(line.page_start for line in out), text[0]
        assert not [change for change in changes if change.kind == "page-break"]


def test_running_head_same_as_chapter_title():
    """Regression: a running head whose text is also the cover subtitle and a chapter title
    (followed by its byline) removed those real lines too; only the lone page-top copies go."""
    from pathlib import Path

    from clean_helpers import source
    from publish.clean import clean
    from publish.structure import structure

    path = Path(__file__).parents[1] / "fixtures" / "clean" / "running-head-same-as-chapter-title.txt"
    cleaned = clean(source(path.read_text(encoding="utf-8")))
    heads = [change.line for change in cleaned.changes if change.kind == "running-head"]
    assert heads == [11, 18]
    document = structure(cleaned)
    assert document.metadata.subtitle == "Samen de wijk maken"
    assert [(c.title, c.byline) for c in document.chapters] == [("Samen de wijk maken", ("door Marieke de Groot",))]
    assert "Samen de wijk maken" not in " ".join(b.text for b in document.chapters[0].blocks)


def test_a_running_head_also_standing_alone_inside_a_page_is_text():
    source = normalise(lines("\fKop", "tekst een", "\fKop", "tekst twee", "tekst drie", "Kop", "tekst vier"))[0]
    _, changes = remove_running_heads(source)
    assert not changes


def test_a_body_line_repeated_at_page_starts_is_not_a_running_head():
    """A passage printed twice can put the same wrapped body line at the top of two pages; a
    line opening in lower case or ending in a hyphen or comma is body text, never a head."""
    body = ["van de stad en het land,", "waar de mensen wonen.", "De participatie-", "samenleving groeit."]
    source = normalise(lines("\f" + body[0], body[1], "\f" + body[2], body[3],
                             "\f" + body[0], body[1], "\f" + body[2], body[3]))[0]
    out, changes = remove_running_heads(source)
    assert not changes
    assert texts((out, changes)) == body * 2


def test_a_running_head_at_the_foot_of_the_last_page_goes_too():
    """The end of the text is a page edge: the last page's foot head, followed only by the page
    number (removed first) and the end of the file, is furniture like the others."""
    head = "Nieuws uit de wijk · nummer 3 · 2023"
    pages = ["tekst een", head, "", "2", "", "\ftekst twee", head, "", "3", "", "\ftekst drie", head, "", "4", ""]
    source = remove_page_numbers(normalise(lines(*pages))[0])[0]
    out, changes = remove_running_heads(source)
    assert texts((out, changes)) == ["tekst een", "tekst twee", "tekst drie"]
    assert [change.line for change in changes] == [2, 7, 12]


def test_a_documents_reference_number_at_the_foot_of_every_page_goes_a_folio_of_figures_stays():
    """A line of figures alone ("7781-2204, v. 2") repeated at the foot of both pages of a letter
    is its reference in the sender's files; figures that change from page to page are no
    reference, and a lone number or a year is left to the page-number pass."""
    def pages(first: str, second: str) -> list[str]:
        return ["Het bestuur schrijft de leden over de nieuwe stalling.", first,
                "\fDe stalling gaat in mei open voor iedereen.", second]
    out, changes = remove_running_heads(normalise(lines(*pages("7781-2204, v. 2", "7781-2204, v. 2")))[0])
    assert texts((out, changes)) == ["Het bestuur schrijft de leden over de nieuwe stalling.",
                                     "De stalling gaat in mei open voor iedereen."]
    assert {change.kind for change in changes} == {"running-head"}
    for first, second in (("2024 12", "2024 13"), ("2024", "2024")):
        assert not remove_running_heads(normalise(lines(*pages(first, second)))[0])[1]


CHAPTER_PAGES = ["\fSpelen in de wijk", "De wijk heeft drie speeltuinen, en ze worden goed gebruikt door de",
                 "\f2 Spelen in de wijk", "kinderen van de buurt en hun ouders.",
                 "\f2 Spelen in de wijk", "Daarna kwam de zomer.",
                 "\fWat nog niet goed gaat", "Niet elke straat heeft een plek om te spelen.",
                 "\f3 Wat nog niet goed gaat", "Daar werken we aan."]


def test_a_chapters_number_and_title_atop_its_pages_is_its_running_head_not_its_heading():
    """The contents lists "2 Spelen in de wijk"; the chapter opens under the bare title, and the
    pages after it carry the numbered title at the top: those go, the heading stays, and the
    sentence broken by the page runs on."""
    source = normalise(lines(*CHAPTER_PAGES))[0]
    out, changes = remove_running_heads(source, ["2 Spelen in de wijk", "3 Wat nog niet goed gaat"])
    assert [change.before for change in changes] == ["2 Spelen in de wijk", "2 Spelen in de wijk",
                                                     "3 Wat nog niet goed gaat"]
    assert "Spelen in de wijk" in texts((out, changes)) and "Wat nog niet goed gaat" in texts((out, changes))


def test_a_chapter_heading_printed_with_its_number_like_its_heads_stays():
    """In doubt nothing goes: where no line holds the bare title, the numbered line may be the
    heading itself."""
    pages = [page.replace("\fSpelen in de wijk", "\f2 Spelen in de wijk").replace("\fWat nog", "\f3 Wat nog")
             for page in CHAPTER_PAGES]
    source = normalise(lines(*pages))[0]
    _, changes = remove_running_heads(source, ["2 Spelen in de wijk", "3 Wat nog niet goed gaat"])
    assert not changes


def test_numbers_with_a_full_stop_atop_pages_counting_with_them_are_page_numbers():
    """A layout printing "2." atop page 2, "3." atop page 3: page numbers, and the sentence
    running over the page break is whole again; a list's "1." atop a page that does not count
    with the pages stays."""
    pages = ["Het jaar begon met een", "\f2.", "", "wandeling langs de rivier.", "\f3.", "", "Daarna kwam de zomer.",
             "\f4.", "", "De herfst bracht regen.", "\f1.", "", "Eerste punt van de lijst."]
    out, changes = remove_page_numbers(normalise(lines(*pages))[0])
    assert [c.before for c in changes] == ["2.", "3.", "4."]
    assert "1." in texts((out, changes))


def test_two_numbers_with_a_full_stop_atop_pages_are_not_evidence_enough():
    pages = ["Inleiding", "\f2.", "", "Eerste stap.", "\f3.", "", "Tweede stap."]
    out, changes = remove_page_numbers(normalise(lines(*pages))[0])
    assert texts((out, changes)) == ["Inleiding", "2.", "Eerste stap.", "3.", "Tweede stap."]


def test_a_foot_printed_with_its_page_number_on_one_page_and_the_print_date_under_it_go():
    """The file's name stands at the foot of every page, on the first with the page's number
    beside it ("Seite 1") and the date and time it was printed under it; elsewhere alone with a
    date: all of it is the page's foot.  A line of figures under a foot ends no sentence."""
    from publish.languages import language
    body = ("Der Verein pflegt die Gärten am Fluss und lädt die Nachbarn zur Arbeit ein.",
            "Die Mitglieder zahlen einen Beitrag, den die Versammlung jedes Jahr festlegt.",
            "Der Vorstand wird jedes Jahr gewählt und legt der Versammlung Rechenschaft ab.")
    pages = [body[0], body[0], "", "Satzung Gartenverein.doc Seite 1", "04.03.2024 18:15",
             "\f" + body[1], body[1], "", "Satzung Gartenverein.doc", "03.03.2024",
             "\f" + body[2], body[2], "", "Satzung Gartenverein.doc", "03.03.2024"]
    out, changes = remove_running_heads(normalise(lines(*pages))[0], language=language("de"))
    assert texts((out, changes)) == [line for line in body for _ in range(2)]
    assert {change.kind for change in changes} == {"running-head"}


def test_the_first_pages_own_number_among_its_columns_goes_an_issue_number_under_its_label_stays():
    """Pages 2 and 3 carry their numbers at the foot; page 1's "1" stands alone among the
    authors' names, where the columns put it: it is that page's number too.  Under "Nr." the
    same "1" is the issue's number, and stays."""
    def document(label: str) -> tuple:
        return normalise(lines("Jaarverslag van de speeltuin", "", "Anna de Boer", label, "", "1", "", "Piet Jansen",
                               "", "De speeltuin had een goed jaar, met veel bezoekers en weinig ongelukken.", "",
                               "\fIn de zomer kwamen er nieuwe schommels bij, betaald door de buurt.", "", "2", "",
                               "\fDe vrijwilligers hielden alles schoon en heel, elke zaterdag weer.", "", "3", ""))[0]
    out, changes = remove_page_numbers(document("Voorzitter"))
    assert "1" not in texts((out, changes))
    assert [change.before for change in changes] == ["1", "2", "3"]
    out, changes = remove_page_numbers(document("Nr."))
    assert "1" in texts((out, changes))


def test_a_pages_own_number_under_a_sentences_full_stop_goes_under_a_labels_stays():
    """Regression: a report's page numbers read out amid its columns, under a paragraph's last
    line ("... maar ook voor de kosten." / "7"), stayed as an issue's number under its label;
    a label closed by a full stop is a few words opening in a capital ("Nr.", "Jaargang 28,
    nr."), and one closed by a colon announces its value ("Aantal bezoekers:")."""
    def document(label: str) -> tuple:
        return normalise(lines("Jaarverslag van de speeltuin", "", "Het jaar in het kort", label, "", "1", "",
                               "De speeltuin had een goed jaar, met veel bezoekers en weinig ongelukken.", "",
                               "\fIn de zomer kwamen er nieuwe schommels bij, betaald door de buurt.", "", "2", "",
                               "\fDe vrijwilligers hielden alles schoon en heel, elke zaterdag weer.", "", "3", ""))[0]
    for sentence in ("Dit is niet alleen voordelig voor het klimaat, maar ook voor de kosten.", "verminderen."):
        out, changes = remove_page_numbers(document(sentence))
        assert "1" not in texts((out, changes)) and [change.before for change in changes] == ["1", "2", "3"]
    for label in ("Nr.", "Jaargang 28, nr.", "Het aantal bezoekers in de zomer:"):
        out, changes = remove_page_numbers(document(label))
        assert "1" in texts((out, changes)), label


def test_a_version_stamp_on_every_page_goes_wherever_it_falls_a_version_line_once_stays():
    """A version's label with its number and date, and nothing else, printed on each page (in
    the middle of one, at a column's foot): the copy's stamp.  The cover's own version line,
    printed once, is the document's, and stays."""
    pages = ["Versie 3.1, 2 mei 2024", "Spelregels van de speeltuin", "",
             "\fKinderen tot zes jaar spelen onder toezicht van een volwassene.", "versie 3.1 – 2 mei 2024", "",
             "De glijbaan is alleen open als het droog is.",
             "\fDe poort gaat om acht uur 's avonds dicht.", "", "versie 3.1 – 2 mei 2024"]
    out, changes = remove_stamps(normalise(lines(*pages))[0])
    assert texts((out, changes)).count("versie 3.1 – 2 mei 2024") == 0
    assert "Versie 3.1, 2 mei 2024" in texts((out, changes))
    assert {change.kind for change in changes} == {"stamp"} and len(changes) == 2


def test_the_senders_name_atop_every_page_goes_from_the_first_too_when_the_title_stands_under_it():
    """The sender's name heads every page; on the first, a blank line under it, stands the
    document's title, opening with its kind ("Jaarverslag ..."): the name is the letterhead
    there too.  A cover title over its subtitle, no blank line between, stays."""
    from publish.languages import language
    body = ("De speeltuin had een goed jaar met veel bezoekers, en er gebeurden weinig ongelukken op het terrein.",
            "In de zomer kwamen er nieuwe schommels bij, betaald door de buurt en door de gemeente samen.",
            "De vrijwilligers hielden alles schoon en heel, elke zaterdag weer, ook als het regende.")

    def document(under: list[str]) -> tuple:
        head = "SPEELTUINVERENIGING DE VAART"
        return normalise(lines(head, *under, body[0], body[0], "", "\f" + head, "", body[1], body[1], "",
                               "\f" + head, "", body[2], body[2], ""))[0]
    out, changes = remove_running_heads(document(["", "Jaarverslag over het speelseizoen"]), language=language("nl"))
    assert [change.line for change in changes] == [1, 7, 12]
    assert texts((out, changes))[0] == "Jaarverslag over het speelseizoen"
    changes = remove_running_heads(document(["Verslag over het speelseizoen", ""]), language=language("nl"))[1]
    assert [change.line for change in changes] == [7, 12]


def test_a_rubric_atop_every_page_goes_from_the_first_too_when_a_title_over_two_lines_stands_under_it():
    """A journal's rubric heads every page; on the first, a blank line under it, stands the
    article's own title set over two lines: the rubric is the page's head there too.  Over one
    display line, a blank line apart, the copy may be the cover's title over its subtitle, and stays."""
    body = ("Die Teilnehmenden bauen in kleinen Gruppen ein Messgerät und lernen dabei viel über Sensoren.",
            "Danach werten sie die gemessenen Daten aus und vergleichen ihre Ergebnisse miteinander.",
            "Zum Schluss stellen alle Gruppen ihr Artefakt vor und diskutieren die ethischen Fragen.")

    def document(title: list[str]) -> tuple:
        head = "PRAXIS & METHODIK"
        return normalise(lines(head, "", *title, "", body[0], body[0], "", "\f" + head, "", body[1], body[1], "",
                               "\f" + head, "", body[2], body[2], ""))[0]
    out, changes = remove_running_heads(document(["Vom physikalischen", "Ereignis zum intelligenten System"]))
    assert [change.line for change in changes] == [1, 9, 14]
    assert texts((out, changes))[0] == "Vom physikalischen"
    changes = remove_running_heads(document(["Ein Workshop für Schulen"]))[1]
    assert [change.line for change in changes] == [8, 13]


def test_a_head_naming_the_documents_kind_atop_the_cover_stays_over_a_publisher_over_two_lines():
    """The head names the document's kind ("JAARVERSLAG 2023"): atop the cover it is the
    document's title, the two lines under it (a blank line apart) its publisher, and it stays."""
    from publish.languages import language
    body = ("De speeltuin had een goed jaar met veel bezoekers, en er gebeurden weinig ongelukken op het terrein.",
            "In de zomer kwamen er nieuwe schommels bij, betaald door de buurt en door de gemeente samen.",
            "De vrijwilligers hielden alles schoon en heel, elke zaterdag weer, ook als het regende.")
    head = "JAARVERSLAG 2023"
    source = normalise(lines(head, "", "Speeltuinvereniging De Vaart", "Amsterdam", "", body[0], body[0], "",
                             "\f" + head, "", body[1], body[1], "", "\f" + head, "", body[2], body[2], ""))[0]
    out, changes = remove_running_heads(source, language=language("nl"))
    assert [change.line for change in changes] == [9, 14]
    assert texts((out, changes))[0] == head


def test_a_later_copy_of_a_head_over_a_heading_that_reads_as_a_name_goes_too():
    """A title over its byline opens its chapter (the head's first copy after the cover); on a
    later page the same head over the page's first heading, two capitalised words like a
    name ("Tweede Ronde"), is that page's head like all its other copies."""
    body = "Hier staat de tekst van de pagina, lang genoeg om een gewone regel te zijn."
    pages = [("Voorwoord", body)] + [(first, body) for first in ("Eerste deel", "Tweede Ronde", "Slotwoord")]
    text = ["Werkplaats", "", "Een verslag", ""]
    for first, line in pages:
        text += ["\fOpen Werkplaats", "", first, line, ""]
    out, changes = remove_running_heads(normalise(lines(*text))[0])
    assert [change.before for change in changes if change.kind == "running-head"] == ["Open Werkplaats"] * 4
    assert "Tweede Ronde" in texts((out, changes))


def test_a_page_number_under_the_last_line_counts_on_a_page_number_found_inside_its_page():
    """A page number right under the page's last line of text, a margin note under it, counts
    between the page number before and the next page's, which stands inside its own page (its
    page's own number): both go."""
    pages = [["tekst een.", "", "1"], ["\ftekst twee.", "", "2"],
             ["\ftekst drie eindigt hier.", "3", "", "Een opmerking van de lezer"],
             ["\fDe doelen voor het volgende schooljaar staan hieronder, een voor een, in het kort",
              "", "4", "", "Het eerste doel is dat de opbrengsten van het rekenen omhoog gaan, voor alle groepen",
              "van de school."],
             ["\ftekst vijf.", "", "5"]]
    source = normalise(lines(*[line for page in pages for line in page]))[0]
    _, changes = remove_page_numbers(source)
    assert sorted(change.before for change in changes if change.kind == "page-number") == ["1", "2", "3", "4", "5"]


def test_a_chapters_number_atop_its_page_beside_the_page_number_is_text():
    """A chapter's number over its heading atop a page that has its own number at its foot does
    not count with the page numbers: it stays, and the page numbers go."""
    pages = [["Inleiding van de gids.", "", "1"], ["\f1", "", "Over de school", "", "tekst twee.", "", "2"],
             ["\ftekst drie.", "", "3"], ["\f2", "", "Het onderwijs", "", "tekst vier.", "", "4"],
             ["\ftekst vijf.", "", "5"]]
    source = normalise(lines(*[line for page in pages for line in page]))[0]
    out, changes = remove_page_numbers(source)
    assert sorted(change.before for change in changes) == ["1", "2", "3", "4", "5"]
    assert [line.text for line in out if line.text in ("1", "2")] == ["1", "2"]


def test_a_chapters_number_under_the_page_number_of_the_same_value_is_text():
    """A chapter's number set right under its page's number atop the page, over the chapter's
    heading, is the chapter's even where it equals the page's number ("3" / "3" / "Inleiding");
    the chapter numbers so set aside may repeat where a second part counts its chapters anew."""
    pages = [["Reglement van de school.", ""], ["\f2", "", "tekst twee.", ""],
             ["\f3", "", "3", "", "Inleiding", "", "tekst drie."], ["\f4", "", "tekst vier."],
             ["\f5", "", "3", "", "Ouderlijk gezag", "", "tekst vijf."]]
    source = normalise(lines(*[line for page in pages for line in page]))[0]
    out, changes = remove_page_numbers(source)
    assert sorted(change.before for change in changes) == ["2", "3", "4", "5"]
    assert [line.text for line in out if line.text == "3"] == ["3", "3"]


def test_a_chapters_number_atop_a_page_whose_folio_has_another_form_is_text():
    """A chapter's number over its heading atop a page whose own number stands at its foot as
    "3 van 5" is no second number of that page: it stays; a bare number on a page without a
    heading under it still goes."""
    pages = [["Notitie over de openbare ruimte.", "", "Pagina", "1 van 3"],
             ["\f1", "", "Aanleiding", "De gemeente wil weten wat er kan.", "", "Pagina", "2 van 3"],
             ["\f7", "", "de tekst gaat hier verder.", "", "Pagina", "3 van 3"]]
    source = normalise(lines(*[line for page in pages for line in page]))[0]
    out, changes = remove_page_numbers(source)
    assert "1" in texts((out, changes)) and "7" not in texts((out, changes))


def test_a_bare_number_over_a_heading_equal_to_its_pages_folio_is_the_page_number_again():
    pages = [["Notitie over de openbare ruimte.", "", "Pagina", "1 van 2"],
             ["\f2", "", "Aanleiding", "De gemeente wil weten wat er kan.", "", "Pagina", "2 van 2"]]
    source = normalise(lines(*[line for page in pages for line in page]))[0]
    assert "2" not in texts(remove_page_numbers(source))


def test_a_running_foot_read_out_in_a_column_break_goes_with_its_copies_at_the_page_feet():
    """A journal's foot line that the text layer reads out after the page's first column, between
    two halves of one sentence, is furniture like its copies at the feet of the other pages;
    the sentence around it is left whole."""
    foot = "Werkplaats Nr. 12 (2021)"
    long_line = "In deze aflevering lezen de deelnemers hoe een schakeling met een sensor en een"
    page = ["Hier begint een gewone alinea van de tekst, met een zin die op deze regel eindigt.", long_line, "",
            foot, "", "lampje werkt, en wat ze daarna zelf kunnen bouwen met wat er in de werkplaats ligt."]
    pages = [page, ["\f" + page[0], page[-1], "", foot, ""], ["\f" + page[0]] + page[1:],
             ["\f" + page[0], page[-1], "", foot, ""]]
    out, changes = remove_running_heads(normalise(lines(*[line for page_lines in pages for line in page_lines]))[0])
    assert [change.before for change in changes if change.kind == "running-head"] == [foot] * 4
    assert long_line in texts((out, changes))


def test_an_issue_number_in_figures_atop_the_cover_is_the_head_there_too():
    """Figures alone ("2021-07", the issue's number) atop the cover, over the title and its
    subtitle, name no title: the cover's copy goes with the heads atop the other pages."""
    body = "Dit is een gewone regel tekst van het artikel, lang genoeg om geen kop te zijn."
    pages = [["2021-07", "", "De bouw van de nieuwe brug", "Een verslag uit de gemeenteraad", "", body]]
    pages += [["\f2021-07", "", body, body] for _ in range(3)]
    out, changes = remove_running_heads(normalise(lines(*[line for page in pages for line in page]))[0])
    assert [change.before for change in changes if change.kind == "running-head"] == ["2021-07"] * 4
    assert "De bouw van de nieuwe brug" in texts((out, changes))


def test_an_issue_number_set_inside_a_page_without_one_at_its_edge_leaves_the_heads_going():
    """A line of figures heads no part of the body: a copy the text layer set inside a page
    that has none at its edge leaves the copies atop the other pages going.  On a page where the
    head belongs (the next of the pages it heads, every page or every other one) the copy is
    that page's head, read out inside it, and goes too; off that beat it stays as text (in doubt,
    keep it).  A page holding the figures at its edge and inside too prints them as a value (a
    table's column header): they are text, and none go."""
    body = "Dit is een gewone regel tekst van het artikel, lang genoeg om geen kop te zijn."
    inside = ["\f" + body, body, "", "2021-07", "", body]
    heads = [line for _ in range(3) for line in ("\f2021-07", "", body, body)]
    out, changes = remove_running_heads(normalise(lines(*heads, *inside))[0])
    assert [change.before for change in changes] == ["2021-07"] * 4
    assert "2021-07" not in texts((out, changes))
    other_pages = [line for _ in range(3) for line in ("\f2021-07", "", body, body, "\fTijdschrift", "", body, body)]
    out, changes = remove_running_heads(normalise(lines(*other_pages[:-4], *inside))[0])
    assert [change.before for change in changes if change.before == "2021-07"] == ["2021-07"] * 3
    assert texts((out, changes)).count("2021-07") == 1
    _, changes = remove_running_heads(normalise(lines(*heads, "", "2021-07", "", body))[0])
    assert not changes


def test_a_date_at_the_foot_read_out_amid_a_charts_labels_goes_with_the_feet():
    """A report dates the foot of every page ("7 december 2021"); on a page with a chart the text
    layer reads the foot out amid the chart's labels, inside the page, none at its edge.  A date
    alone names no title, as figures do: the pages holding the head at an edge, or inside with
    none at their edge, stand on one beat (every page), so that copy is the page's foot and goes
    with the others.  A line of figures read out so goes the same way; the body stays."""
    body = "Dit is een gewone regel tekst van het rapport, lang genoeg om geen kop te zijn."
    for foot in ("7 december 2021", "2021-07"):
        feet = [line for _ in range(2) for line in ("\f" + body, body, "", foot, "")]
        chart = ["\f" + body, body, "", "10%", "", "20%", "", foot, "", "30%", "", "40%", "", "50%", ""]
        out, changes = remove_running_heads(normalise(lines(body, "", *feet, *chart, *feet))[0])
        assert [change.before for change in changes] == [foot] * 5
        assert texts((out, changes)) == [body] * 7 + ["10%", "20%", "30%", "40%", "50%"] + [body] * 4


def test_a_foot_carrying_its_pages_number_goes_where_it_stands_over_a_name():
    """A magazine's foot names it with the page's number ("De Filosoof 21"); on one page the text
    layer reads it under the column's last line and over the author's name, where a title over
    its byline stands.  Its number is its page's, as on the copies at the page edges: a title
    carries none, and the copy goes.  A copy with another number is the text's and stays."""
    body = "Dit is een gewone regel tekst van het tijdschrift, lang genoeg om geen kop te zijn."
    feet = [line for number in (2, 3, 4) for line in (body, body, "", f"De Filosoof {number}", "\f")]
    for foot, gone in (("De Filosoof 5", True), ("De Filosoof 12", False)):
        out, changes = remove_running_heads(normalise(lines(*feet, body, foot, "", "Mattie Peeters", ""))[0])
        assert [change.before for change in changes] == ["De Filosoof 2", "De Filosoof 3", "De Filosoof 4"] \
            + [foot] * gone
        assert texts((out, changes)) == [body] * 7 + [foot] * (not gone) + ["Mattie Peeters"]


def test_the_left_pages_foot_read_out_inside_them_goes_alternating_with_the_right_pages_foot():
    """A magazine prints "NUMMER 28 · DE FILOSOOF" at the foot of its right pages and "DE FILOSOOF
    · NUMMER 28" at the foot of its left pages; the text layer reads the left pages' foot out
    after the first column, inside the page, at no page edge.  The same line alone once a page
    on every other page, the pages alternating with those of the running foot taken, is the
    other pages' foot and goes.  Without that running foot to alternate with it stays."""
    body = "Dit is een gewone regel tekst van het tijdschrift, lang genoeg om geen kop te zijn."
    right, left = "NUMMER 28 · DE FILOSOOF", "DE FILOSOOF · NUMMER 28"
    for foot, gone in ((right, [right, left] * 3), ("", [])):
        source = [line for _ in range(3) for line in (body, body, "", foot, "\f" + body, "", left, "", body, "\f")]
        out, changes = remove_running_heads(normalise(lines(*source))[0])
        assert sorted(change.before for change in changes) == sorted(gone)
        assert texts((out, changes)).count(left) == 3 - len(gone) // 2


def test_a_cell_of_a_short_documents_footer_read_out_with_the_column_above_goes_with_the_foot():
    """A two-page newsletter's footer row ("Chartered 1973" at the left, "District 12 | Club 34"
    in the middle): the text layer reads the left cell out with the column above it, a photo's
    caption between it and the rest of the row on the first page.  The same line on both pages,
    set apart from the text, over the running foot taken there (right over it on the second), is
    the foot's; the caption and a line near the foot of one page only stay."""
    body = "Dit is een gewone regel tekst van de nieuwsbrief, lang genoeg om geen kop te zijn."
    first = [body, "Is it fun?", "Chartered 1973", "", "Alicia Hodge", "Development Officer", "District 12 | Club 34"]
    second = ["\f" + body, body, "Join us!", "Chartered 1973", "", "District 12 | Club 34"]
    out, changes = remove_running_heads(normalise(lines(*first, "", *second, ""))[0])
    assert [change.before for change in changes] == ["District 12 | Club 34"] * 2 + ["Chartered 1973"] * 2
    assert texts((out, changes)) == [body, "Is it fun?", "Alicia Hodge", "Development Officer", body, body, "Join us!"]
    # Run on from the line above it, as a sentence's part or a table's total, the line is the text's.
    second[2] = "Join the club"
    _, changes = remove_running_heads(normalise(lines(*first, "", *second, ""))[0])
    assert "Chartered 1973" not in [change.before for change in changes]


def test_a_magazines_folio_read_out_inside_its_page_goes_with_its_name_by_the_next_pages_number():
    """Two magazine pages: the first page's folio, its number and the magazine's name on one line
    ("8 Mensenwijk"), read out inside a sentence; the second page's name over its number ("9").
    The number counts with the pages as the second page's does: both halves of the folio go.  A
    line of a number and a word on a page that has its own page number is the text's."""
    pages = ["Woningcorporatie Mitros verhuurt een blok aan studenten. Deze jonge en", "8 Mensenwijk", "",
             "creatieve bewoners hebben dit buurtgenootschap gedoopt.", "", "\fwww.buurlandutrecht.nl",
             "Mensenwijk", "", "9", ""]
    out, changes = remove_page_numbers(normalise(lines(*pages))[0])
    assert texts((out, changes)) == [pages[0], pages[3], "www.buurlandutrecht.nl"]
    assert {change.kind for change in changes} == {"page-number"}
    numbered = pages[:4] + ["", "8", ""] + pages[5:]
    assert "8 Mensenwijk" in texts(remove_page_numbers(normalise(lines(*numbered))[0]))


def test_an_agenda_item_over_the_next_pages_heading_it_names_is_no_folio():
    """An unnumbered first page holds an agenda ("1 Opening", "2 Notulen", ...); the second page
    opens with its number over the heading "Opening".  The number counts with the pages as a
    magazine's folio would, but "1 Opening" stands inside no sentence (under "Agenda", over
    "2 Notulen"): an item of the agenda, and "Opening" the heading it names; both stay."""
    pages = ["Uitnodiging ledenvergadering", "", "Agenda", "1 Opening", "2 Notulen", "3 Jaarverslag", "4 Rondvraag",
             "", "Wij hopen u allen te zien op deze avond in het clubhuis.", "", "\f2", "", "Opening",
             "De voorzitter opent de vergadering om acht uur en heet iedereen welkom.", ""]
    out, changes = remove_page_numbers(normalise(lines(*pages))[0])
    assert [change.before for change in changes] == ["2"]
    assert "1 Opening" in texts((out, changes)) and "Opening" in texts((out, changes))


def test_a_chapters_numbered_heading_on_its_unnumbered_opening_page_is_no_folio():
    """A report's chapter opens on a page without a number ("1 Inleiding" over its text); the
    pages after it carry the chapter's name as a running head by their numbers ("2" / "Inleiding").
    The heading's number counts with the pages as a magazine's folio would, but it stands between
    the title and a sentence that opens with a capital, inside no sentence: a heading, which stays."""
    pages = ["Jaarverslag 2023", "", "1 Inleiding", "Dit verslag beschrijft wat de vereniging dit jaar deed.", "",
             "\f2", "Inleiding", "", "De leden kwamen vier keer bijeen en bespraken de plannen.", "",
             "\f3", "Inleiding", "", "Het bestuur dankt alle vrijwilligers voor hun inzet.", ""]
    out, changes = remove_page_numbers(normalise(lines(*pages))[0])
    assert "1 Inleiding" in texts((out, changes))
    assert "1 Inleiding" not in [change.before for change in changes]


def test_a_two_page_reports_long_footer_at_the_foot_of_both_pages_goes():
    """A two-page report's footer, its name, web address and e-mail on one line longer than a head,
    is the outermost line at the foot of both pages (over the page number, removed first): too
    few pages for a line that long elsewhere, but every page of the document; the same line
    atop both pages is the title and its head, and stays."""
    foot = "les éditions du samedi - editionsdusamedi.fr - contact@editionsdusamedi.fr"
    body = "Le travail sur le livre nous a amenées à nous pencher sur quantité de tâches."
    pages = [body, "", foot, "", "1", "", "\f" + body, "", foot, "", "2", ""]
    out, changes = remove_running_heads(remove_page_numbers(normalise(lines(*pages))[0])[0])
    assert texts((out, changes)) == [body, body]
    assert [change.kind for change in changes] == ["running-head"] * 2
    title = "RÈGLEMENT INTERCLUBS DES CHAMPIONNATS DE BELGIQUE DE CROSS-COUNTRY"
    _, changes = remove_running_heads(normalise(lines(title, body, "\f" + title, body))[0])
    assert not changes


def test_a_short_documents_body_line_at_the_foot_of_every_page_stays():
    """A two-page form whose consent sentence ends both pages, a three-page song sheet whose refrain
    ends each: as long as a body line and looking like none of a footer (no contact, no fields
    parted by dashes or bars), the line is the text's though it is the outermost at the foot of
    every page.  A footer of fields parted by dashes, or of a contact, goes."""
    consent = "Ik geef toestemming om mijn gegevens te gebruiken voor de ledenadministratie van de club"
    form = ["Inschrijfformulier jeugdleden", "", "Naam: ....................", "", consent, "", "1",
            "\fInschrijfformulier seniorleden", "", "Naam: ....................", "", consent, "", "2"]
    refrain = "en wij zingen samen van de zon en de maan tot de morgen weer komt"
    song = ["Het Zonnelied", "", "De dag is lang en het veld is groen,", "de boer gaat naar zijn land,", refrain,
            "\fDe nacht is stil en het dorp slaapt al,", "de wind gaat door het riet,", refrain,
            "\fDe morgen komt en de haan die kraait,", "de zon staat boven het veld,", refrain]
    for pages in (form, song):
        out, changes = remove_running_heads(remove_page_numbers(normalise(lines(*pages))[0])[0])
        assert texts((out, changes)).count(pages[4]) == pages.count(pages[4]) and not changes
    for footer in ("Stichting Dorpsbelang Oosterhout - Kerkstraat 12 Oosterhout - KvK 40281234 - IBAN NL00 BANK",
                   "Stichting Dorpsbelang Oosterhout, Kerkstraat 12 in Oosterhout, e-mail info@dorpsbelang.nl"):
        numbered = remove_page_numbers(normalise(lines(*[footer if text == consent else text for text in form]))[0])
        out, changes = remove_running_heads(numbered[0])
        assert footer not in texts((out, changes)) and [change.kind for change in changes] == ["running-head"] * 2


def test_a_long_running_foot_on_the_left_pages_alternating_with_the_right_pages_folio_goes():
    """A designed report prints the page's number and its title ("6 > Beyond Blockchain: Policy
    Brief on ...") at the foot of its left pages, the number alone at the foot of its right pages;
    the text layer reads the number out over the title.  Longer than a head and on fewer than half
    the pages, the title is still the outermost line at the foot of every other page, the pages
    between having lost their folio there (the page-number pass took it), and it stands nowhere
    else: the left pages' foot, which goes.  A refrain ending every other page stays: unnumbered
    pages lose nothing between its copies; numbered under it, or atop the pages (a number gone at
    a page break is counted to the foot above it), its own pages lose a line under it too; sung
    after each verse too, it stands inside the pages as well."""
    foot = "Beyond Blockchain: Policy Brief on Next Generation Web Technologies, and their impact on OER"
    body = "The study identified distributed ledger technologies as a potential solution to these needs."
    pages = [["\f" + body, "", str(number)] + ["", foot] * (number % 2 == 0) for number in range(5, 12)]
    out, changes = remove_running_heads(remove_page_numbers(normalise(lines(*chain(*pages)))[0])[0])
    assert texts((out, changes)) == [body] * 7
    assert [change.before for change in changes if change.kind == "running-head"] == [foot] * 3
    refrain = "en wij zingen samen van de zon en de maan tot de morgen weer komt"
    verse = ["De dag is lang en het veld is groen,", "de boer gaat naar zijn land,"]
    unnumbered = [["\f" + verse[0], verse[1]] + [refrain] * (number % 2 == 0) for number in range(1, 8)]
    numbered = [[*page, "", str(number)] for number, page in enumerate(unnumbered, start=1)]
    headed = [["\f" + str(number), "", page[0][1:], *page[1:]] for number, page in enumerate(unnumbered, start=1)]
    # Only the right pages numbered, the refrain also after the first verse of every page.
    sung_inside = [["\f" + verse[0], verse[1], refrain, "", *verse]
                   + ([refrain] if number % 2 == 0 else ["", str(number)]) for number in range(1, 8)]
    for song in (unnumbered, numbered, headed, sung_inside):
        out, changes = remove_running_heads(remove_page_numbers(normalise(lines(*chain(*song)))[0])[0])
        assert texts((out, changes)).count(refrain) == list(chain(*song)).count(refrain)



def test_a_long_line_ending_two_left_pages_over_their_removed_folios_stays():
    """The left pages' foot of the test above, on two pages only (a booklet of five pages): a line
    printed twice, on every other page, may be any closing line said twice; RUNNING_HEAD_MIN_PAGES
    copies make the beat a running foot, two do not."""
    foot = "Beyond Blockchain: Policy Brief on Next Generation Web Technologies, and their impact on OER"
    body = "The study identified distributed ledger technologies as a potential solution to these needs."
    pages = [["\f" + body, "", str(number)] + ["", foot] * (number % 2 == 0) for number in range(5, 10)]
    out, changes = remove_running_heads(remove_page_numbers(normalise(lines(*chain(*pages)))[0])[0])
    assert texts((out, changes)) == [body, body, foot, body, body, foot, body]
    assert not [change for change in changes if change.kind == "running-head"]


def test_a_long_running_foot_set_amid_its_pages_over_the_removed_folio_goes_with_its_button():
    """Regression: a web journal printed to PDF set its running foot, the article's title over two
    lines, with the page's number and a "Reageer" button under it, between the body and the
    notes of each page, where no page edge reaches; the foot's first line ran into the notes.
    The same long line alone over the page's removed folio on three pages is the foot: its
    second line and the button under it go with it, and the button alone over a page's notes
    too; the body and the notes stay.  Without the
    furniture removed under them, the copies are text."""
    title = "De vernieuwing van de wijk en haar voorzieningen in de jaren na de grote verbouwing"
    source = []
    for number, topic in ((61, "de haven"), (62, "de markt"), (63, "het park")):
        label = number - 60
        source += [f"\fOver {topic} praten bewoners en gemeente al jaren met elkaar{label}, en dat gesprek gaat door.",
                   "", title, "Noord en Zuid", "", str(number), "", "Reageer", "",
                   f"{label} Zie het verslag van de gemeente over {topic}, uitgegeven in het voorjaar van 2020."]
    # A page whose foot stands under its notes: its button over the notes (at the foot of its body).
    source += ["\fOver de school praten bewoners en gemeente al jaren met elkaar4, en dat gesprek gaat",
               "", "Reageer", "", "4", "Zie het verslag van de gemeente over de school, uitgegeven in 2021.",
               "", "de kinderen niet vergeten. Dat doen ze ook niet, en dat blijkt uit het verslag."]
    # The page-number pass took the folios out in place, inside the pages.
    kept = tuple(line for line in normalise(lines(*source))[0] if line.text not in {"61", "62", "63"})
    out, changes = remove_running_heads(kept)
    assert [change.before for change in changes] == [title, "Noord en Zuid", "Reageer"] * 3 + ["Reageer"]
    assert "2 Zie het verslag van de gemeente over de markt, uitgegeven in het voorjaar van 2020." \
        in texts((out, changes))
    # Without furniture removed under them, three copies of a long line are the text's own.
    _, changes = remove_running_heads(normalise(lines(*source))[0])
    assert title not in [change.before for change in changes]


def test_a_chapters_number_atop_a_page_is_no_page_number_to_count_on():
    """The count of page numbers goes past a chapter's number atop a page (it does not count
    with the pages): the page's own number, set under the page's last bullets, counts between
    the page numbers before and after it."""
    closing = "Een lange regel tekst die de pagina afsluit en langer is dan een regel in een kop."
    pages = [["tekst een.", "", "1"], ["\ftekst twee.", "", "2"],
             ["\f1", "", "Praktische zaken", "", "Wat u meeneemt:", "•", "•", "3", "", closing],
             ["\ftekst vier.", "", "4"], ["\ftekst vijf.", "", "5"]]
    _, changes = remove_page_numbers(normalise(lines(*[line for page in pages for line in page]))[0])
    assert "3" in [change.before for change in changes]


def test_a_year_set_under_the_running_head_on_every_page_goes_with_it():
    # The rules' name and their year stacked atop every page, the first included: both are the
    # page's head; the year alone would be no evidence, under the head it is.
    page = ("\fReglement van de Schaakclub", "", "2019", "", "Artikel {n}",
            "De leden spelen op de clubavond volgens de regels van de bond en melden zich op tijd.")
    source = normalise(lines(*[line.format(n=n) for n in (1, 2, 3, 4) for line in page]))[0]
    out, changes = remove_running_heads(source)
    assert "2019" not in texts((out, changes))
    assert [c.before for c in changes].count("2019") == 4


def test_a_year_heading_each_page_of_a_chronology_stays():
    # A year alone atop each page under no running head is the chronology's own heading.
    years = (2019, 2020, 2021, 2022)
    pages = [(f"\f{year}", "", f"In dat jaar speelde de club {year - 2000} toernooien.") for year in years]
    source = normalise(lines(*[line for page in pages for line in page]))[0]
    kept = [text for text in texts(remove_running_heads(source)) if text.isdigit()]
    assert kept == [str(year) for year in years]


def test_a_page_number_under_the_running_head_is_no_year_of_the_head():
    # Figures that change from page to page under the head are the page's number, not the head's line.
    page = ("\fReglement van de Schaakclub", "", "{n}", "", "Artikel {n}",
            "De leden spelen op de clubavond volgens de regels van de bond en melden zich op tijd.")
    source = normalise(lines(*[line.format(n=n) for n in (1, 2, 3, 4) for line in page]))[0]
    _, changes = remove_running_heads(source)
    assert all(c.before.strip() not in {"1", "2", "3", "4"} for c in changes)


def test_a_pages_own_number_read_in_the_column_of_a_hanging_lists_numbers_is_its_folio():
    """A regulation's folio at the foot of the left margin, where its hanging lists set their
    numbers: pdftotext reads it after the list's numbers ("1." / "2." / "1"), before the items'
    texts. It is the page's own number like the other pages' folios."""
    item = "Een raadslid dat lid is van een onderzoekscommissie krijgt een toelage per maand."
    pages = [["Artikel 4. Toelage", "1.", "", "2.", "", "1", "", item, item],
             ["\fArtikel 5. Reiskosten", "1.", "", "2.", "", "2", "", item, item],
             ["\ftekst drie.", "", "3"], ["\ftekst vier.", "", "4"]]
    source = normalise(lines(*[line for page in pages for line in page]))[0]
    out, changes = remove_page_numbers(source)
    assert sorted(change.before for change in changes if change.kind == "page-number") == ["1", "2", "3", "4"]
    assert [line.text for line in out if line.text in ("1.", "2.")] == ["1.", "2.", "1.", "2."]


def test_a_pages_only_folio_read_amid_its_text_starts_no_page_but_a_spreads_first_folio_does():
    """A page marked by a form feed whose one folio pdftotext reads amid its text (between the
    body and the notes): the lines after it are still that page's. A page holding two folios is
    a spread of two printed pages: the lines after the first start the second."""
    note = "Zie het verslag van de vergadering van het bestuur in het voorjaar van dat jaar."
    body = "Een lange regel tekst die de pagina vult en langer is dan een regel in een kop of voet."
    pages = [["tekst een.", "", "1"], ["\ftekst twee.", body, body, "", "2", "", note, body, body],
             ["\ftekst drie.", "", "3"], ["\ftekst vier.", "", "4", "", "tekst vijf.", "", "5"],
             ["\ftekst zes.", "", "6"]]
    out, changes = remove_page_numbers(normalise(lines(*[line for page in pages for line in page]))[0])
    assert sorted(change.before for change in changes) == ["1", "2", "3", "4", "5", "6"]
    starting = {line.text: line.page_start for line in out}
    assert starting[note] is False
    assert starting["tekst vijf."] is True


def test_a_sections_number_off_the_page_numbers_around_it_over_its_heading_stays():
    """A section's number over its heading, set under the page's own number, is off the count of
    the pages around it (12 between 11 and 13): it stays, even over a heading of a full line."""
    heading = "Een- of meerdaagse schooluitstappen (Extra-muros activiteiten)"
    pages = [["\f10", "", "tekst tien."], ["\f11", "", "tekst elf."],
             ["\f12", "", "6", "", heading, "", "tekst twaalf."], ["\f13", "", "tekst dertien."]]
    out, changes = remove_page_numbers(normalise(lines(*[line for page in pages for line in page]))[0])
    assert sorted(change.before for change in changes) == ["10", "11", "12", "13"]
    assert "6" in texts((out, changes))


def test_a_figure_off_the_page_numbers_around_it_read_on_by_the_text_stays():
    """A figure at a page's foot that the line under it reads on ("3" / "personen") is off the
    count of the pages around it: it stays; a chapter's number alone there still goes."""
    pages = [["\f1", "", "tekst een."], ["\f2", "", "Aantal vertrokken maatjes", "", "3", "", "personen"],
             ["\f3", "", "tekst drie.", "", "1"], ["\f4", "", "tekst vier."], ["\f5", "", "tekst vijf."]]
    out, changes = remove_page_numbers(normalise(lines(*[line for page in pages for line in page]))[0])
    assert sorted(change.before for change in changes) == ["1", "1", "2", "3", "4", "5"]
    assert "3" in texts((out, changes))


def test_a_sections_number_atop_a_page_between_the_sections_numbers_around_it_stays():
    """A section's number over its heading atop the page of the same number, the page's own
    number at its foot, counts between the section numbers inside the pages ("1" and "3"): it
    stays; a page numbered twice, at its head and at its foot, loses both."""
    pages = [["\fInfobrief", "", "1", "Angedacht", "tekst een.", "", "1"],
             ["\f2", "", "Blick auf Gottesdienste", "tekst zwei.", "", "3", "Aus dem Gemeindeleben",
              "tekst drei.", "", "2"],
             ["\f3", "", "Termine", "tekst vier.", "", "3"]]
    out, changes = remove_page_numbers(normalise(lines(*[line for page in pages for line in page]))[0])
    assert sorted(change.before for change in changes) == ["1", "2", "3", "3"]
    assert [line.text for line in out if line.text.isdigit()] == ["1", "2", "3"]


def test_a_chapters_display_number_off_the_page_numbers_around_it_goes_logged_as_no_page_number():
    """A chapter's big number alone at the foot of its opening page, off the count of the pages
    around it ("3" on the page between 4 and 6) and in no text, goes as display furniture; the
    log says it is not the page's number."""
    pages = [["\f4", "", "tekst vier."], ["\fWas ein Hackathon nicht leisten kann", "", "tekst fünf.", "", "3"],
             ["\f6", "", "tekst sechs."], ["\f7", "", "tekst sieben."]]
    _, changes = remove_page_numbers(normalise(lines(*[line for page in pages for line in page]))[0])
    reasons = {change.before: change.reason for change in changes}
    assert sorted(reasons) == ["3", "4", "6", "7"]
    assert "off the count of the pages around it" in reasons["3"] and "off the count" not in reasons["4"]


def test_a_date_alone_names_no_title_its_month_abbreviated_with_a_full_stop_too():
    from publish.clean.artifacts import furniture
    from publish.languages import language
    date = furniture(language("nl")).date
    assert date.match("30 jun. 2022") and date.match("7 december 2021") and date.match("March 12, 2021")
    assert not date.match("Juni 2022") and not date.match("30 juni 2022 vergadering")


FOOT_TITLE = "Werken aan een groene en veilige buurt: het plan van de bewoners van"


def test_a_running_foot_printed_over_two_lines_goes_whole_where_a_page_reads_a_cell_after_it():
    """A long title as the running foot, wrapped over two lines: only the lower line is short
    enough for a foot, and the same upper line stands right over it on every page.  Where the
    text layer reads a table's cell after the foot ("Eerste versie."), the copy stands inside
    its page; it is the foot's all the same, and both lines go on every page."""
    pages = ["De bewoners kwamen in maart bijeen in het buurthuis.", FOOT_TITLE, "Oosterwijk", "", "1", "",
             "\fVersie 1.0", "", FOOT_TITLE, "Oosterwijk", "", "Eerste versie.", "", "2", "",
             "\fZij spraken over de nieuwe speeltuin aan de rand van het park.", FOOT_TITLE, "Oosterwijk", "",
             "3", "", "\fDe gemeente betaalt de helft.", "", FOOT_TITLE, "Oosterwijk", "", "4", ""]
    source = remove_page_numbers(normalise(lines(*pages))[0])[0]
    out, changes = remove_running_heads(source)
    assert texts((out, changes)) == ["De bewoners kwamen in maart bijeen in het buurthuis.", "Versie 1.0",
                                     "Eerste versie.", "Zij spraken over de nieuwe speeltuin aan de rand van het park.",
                                     "De gemeente betaalt de helft."]


def test_a_column_of_one_value_inside_its_pages_is_no_running_foot():
    """A table's column repeating one value ("Netherlands" under "Netherlands") may close several
    pages: the line over each copy at the page feet is a copy itself, no first line of a foot
    printed over two lines, and the copies inside the column stay the table's."""
    columns = [["Belgium", "Netherlands", "Netherlands"],
               ["Sweden", "Netherlands", "Netherlands", "France", "Netherlands", "Netherlands"],
               ["Netherlands", "Netherlands", "Germany", "Netherlands", "Netherlands"],
               ["USA", "Netherlands", "Netherlands"]]
    heads = ["The speakers of the morning", "The speakers after lunch", "The posters of the evening",
             "The speakers of Friday"]
    pages = [page for number, (head, column) in enumerate(zip(heads, columns), start=1)
             for page in (f"\f{head}", "", "Country", *column, "", str(number), "")]
    out, changes = remove_running_heads(remove_page_numbers(normalise(lines(*pages))[0])[0])
    kept = "|".join(texts((out, changes)))
    assert "Sweden|Netherlands|Netherlands|France" in kept
    assert "Country|Netherlands|Netherlands|Germany" in kept


def _pages_and_heads(*pages: str, titles: tuple[str, ...] = ()) -> tuple[list[str], list[str]]:
    """The text kept and the lines removed after the page-number and running-head passes."""
    out, numbers = remove_page_numbers(normalise(lines(*pages))[0])
    out, heads = remove_running_heads(out, titles)
    return texts((out, heads)), [change.before for change in numbers + heads]


CHAPTERS_UNDER_THEIR_HEADS = [
    "Foreword", "The guide opens with a word of thanks to all who helped to make it.",
    "\f2 | Introduction", "", "2 | Introduction", "2.1 | Background",
    "The city began in 1850 with a market on the square by the old church,", "where farmers sold their goods.",
    "\f2 | Introduction", "", "The market grew every year and traders came from the villages around",
    "the town.",
    "\f3 | The market today", "", "3 | The market today", "",
    "The market opens at nine on Saturday mornings and draws visitors from", "the whole region.",
    "\f3 | The market today", "", "It closes at five, when the traders pack their stalls and drive home",
    "again."]
CHAPTERS_KEPT = ["Foreword", "The guide opens with a word of thanks to all who helped to make it.",
                 "2 | Introduction", "2.1 | Background",
                 "The city began in 1850 with a market on the square by the old church,",
                 "where farmers sold their goods.",
                 "The market grew every year and traders came from the villages around", "the town.",
                 "3 | The market today",
                 "The market opens at nine on Saturday mornings and draws visitors from", "the whole region.",
                 "It closes at five, when the traders pack their stalls and drive home", "again."]


@pytest.mark.parametrize("titles", [("2 | Introduction", "2.1 | Background", "3 | The market today"), ()])
def test_a_chapters_number_and_title_atop_each_of_its_pages_goes_its_heading_under_the_first_stays(titles):
    """A report prints "2 | Introduction" atop every page of its chapter, the opening page too,
    where the heading stands right under it in the same form: that copy on the same page tells
    the head over its heading, printed contents or not.  The heads go, the heading stays."""
    kept, removed = _pages_and_heads(*CHAPTERS_UNDER_THEIR_HEADS, titles=titles)
    assert kept == CHAPTERS_KEPT
    assert sorted(removed) == ["2 | Introduction"] * 2 + ["3 | The market today"] * 2


def test_a_chapters_heading_in_capitals_under_its_head_stays():
    """Letter case aside, the heading repeats its head ("2 | INTRODUCTION" under "2 | Introduction")."""
    pages = [line.replace("2 | Introduction", "2 | INTRODUCTION") if number == 4 else line
             for number, line in enumerate(CHAPTERS_UNDER_THEIR_HEADS)]
    kept, removed = _pages_and_heads(*pages)
    assert kept == [line.replace("2 | Introduction", "2 | INTRODUCTION") for line in CHAPTERS_KEPT]
    assert sorted(removed) == ["2 | Introduction"] * 2 + ["3 | The market today"] * 2


def test_a_chapters_heading_wrapped_under_its_head_stays():
    """The heading wraps where its head, in smaller type, does not: its first line is no folio."""
    head = "2 | Introduction to the city of Utrecht"
    body = "The city began with a market on the square by the old church, where"
    pages = ["Foreword", "The guide opens with a word of thanks to all who helped.",
             f"\f{head}", "", "2 | Introduction to the city of", "Utrecht", "", body, "farmers sold their goods.",
             f"\f{head}", "", "The market grew every year.", f"\f{head}", "", "It opens at nine."]
    kept, removed = _pages_and_heads(*pages, titles=(head,))
    assert kept == ["Foreword", "The guide opens with a word of thanks to all who helped.",
                    "2 | Introduction to the city of", "Utrecht", body, "farmers sold their goods.",
                    "The market grew every year.", "It opens at nine."]
    assert removed == [head] * 3


def test_a_chapters_heading_under_a_head_too_long_for_a_folio_stays():
    """A head too long for a folio's form ("3 | Explanation of ... Regulation") goes as the
    chapter's head the printed contents names; the heading's first line under it on the opening
    page, short enough for a folio's form, was printed under that head, so it is no folio once the
    head is gone."""
    head = "3 | Explanation of the obligations and expectations of the Regulation"
    body = "In order to facilitate understanding of the Regulation and its expected outcomes, this"
    pages = ["Foreword", "The guide opens with a word of thanks to all who helped.",
             f"\f{head}", "", "3 | Explanation of the obligations and", "expectations of the Regulation", "",
             body, "section first explains the scope.", f"\f{head}", "", body, "section goes on.",
             f"\f{head}", "", body, "section ends."]
    kept, removed = _pages_and_heads(*pages, titles=(head,))
    assert kept[2:4] == ["3 | Explanation of the obligations and", "expectations of the Regulation"]
    assert removed == [head] * 3


def test_page_numbers_that_start_again_are_folios_on_every_page():
    """Counter-example: a report and its accounts number their pages each from 1: "Jaarverslag
    2023 | 1" closes two pages, never twice on one page; each copy is a page number."""
    pages = ["Het bestuur presenteert het jaarverslag.", "", "Jaarverslag 2023 | 1",
             "\fHet aantal bezoekers steeg.", "", "Jaarverslag 2023 | 2",
             "\fBijlage: jaarrekening", "", "De jaarrekening is opgesteld.", "", "Jaarverslag 2023 | 1",
             "\fDe baten bedroegen 45.000 euro.", "", "Jaarverslag 2023 | 2"]
    kept, removed = _pages_and_heads(*pages)
    assert not any("|" in line for line in kept)
    assert len(removed) == 4


def test_a_contents_in_the_folios_own_form_leaves_the_folios_page_numbers():
    """Counter-example: a magazine's contents lists "Interview | 3", the form of its page 3's
    foot: a copy on another page is no evidence; the feet go, the contents stays."""
    contents = ["Van de redactie | 2", "Interview | 3", "Agenda | 4"]
    pages = ["Dorpsblad De Linde", "", "In dit nummer", "", *contents, "",
             "De lente is begonnen en het dorp bloeit weer op, wij zijn blij met de vele",
             "reacties op het vorige nummer.",
             "\fVan de redactie", "", "Wij danken alle schrijvers voor hun bijdragen aan dit nummer van ons blad",
             "en hopen op meer.", "", "Van de redactie | 2",
             "\fInterview", "", "Marja de Vries woont al veertig jaar in het dorp en vertelt over de bakkerij",
             "van haar vader.", "", "Interview | 3",
             "\fAgenda", "", "Op zaterdag 12 april is de voorjaarsmarkt op het plein bij de kerk van het",
             "dorp.", "", "Agenda | 4"]
    kept, removed = _pages_and_heads(*pages)
    assert kept.count("Interview | 3") == 1 and kept.index("Interview | 3") < kept.index("Van de redactie")
    assert removed == contents


@pytest.mark.parametrize("pages", [
    ["\fNieuwsbrief | 3", "", "Beste leden, in deze nieuwsbrief leest u over de jaarvergadering en de",
     "plannen.", "\fNieuwsbrief | 3", "", "De jaarvergadering is op dinsdag 14 mei om 20.00 uur in het clubhuis",
     "van de vereniging.", "\fNieuwsbrief | 3", "", "Het bestuur zoekt nog twee nieuwe leden voor de",
     "kascommissie."],
    ["\fJaarverslag 2023 | 1", "", "Het bestuur presenteert het jaarverslag over het jaar 2023. Het was een",
     "bewogen jaar met veel nieuwe vrijwilligers die zich hebben ingezet voor", "", "Jaarverslag 2023 | 1",
     "\fJaarverslag 2023 | 2", "", "de bezoekers van het buurthuis, vooral in de zomermaanden van dat jaar",
     "en daarna.", "", "Jaarverslag 2023 | 2"],
    ["\fRapport annuel | 4", "", "Rapport annuel | 4",
     "\fRapport annuel | 5", "", "L'association a accueilli plus de visiteurs que l'année précédente, surtout",
     "en été."]])
def test_a_folio_printed_once_a_page_or_at_both_edges_of_its_page_goes(pages):
    """Counter-examples: a newsletter's issue number atop every page ("Nieuwsbrief | 3"), a page's
    folio both at its head and at its foot, a blank page between chapters printing head and foot
    alone: none is a heading under its head, every copy goes."""
    kept, removed = _pages_and_heads(*pages)
    assert not any("|" in line for line in kept)
    assert len(removed) == sum("|" in line for line in pages)


def test_a_running_title_beside_the_pages_changing_number_is_still_a_folio():
    """Counter-examples: "4 | Jaarverslag 2023", "5 | Jaarverslag 2023": the number changes from page
    to page, a folio each; so does "Rapport annuel | 7" on a single page."""
    pages = ["Het jaar begon met een", "\f4 | Jaarverslag 2023", "", "wandeling langs de rivier.",
             "\f5 | Jaarverslag 2023", "", "Daarna kwam de zomer.", "\f6 | Jaarverslag 2023", "", "De herfst."]
    kept, removed = _pages_and_heads(*pages)
    assert kept == ["Het jaar begon met een", "wandeling langs de rivier.", "Daarna kwam de zomer.", "De herfst."]
    assert removed == ["4 | Jaarverslag 2023", "5 | Jaarverslag 2023", "6 | Jaarverslag 2023"]
    kept, removed = _pages_and_heads("L'année a commencé.", "\fRapport annuel | 7", "", "Puis vint l'été.")
    assert removed == ["Rapport annuel | 7"]


def test_a_refrain_right_over_every_copy_of_a_running_foot_is_the_text_not_the_foots_first_line():
    """A psalm sings its refrain after every verse, so it closes every page, right over the running
    foot: it ends a sentence and stands inside the pages too, where no foot is under it.  The
    foot goes, the refrain stays on every page."""
    refrain = "for his mercy endureth for ever."
    verses = [("O give thanks unto the Lord; for he is good:", "To him who alone doeth great wonders:"),
              ("To him that by wisdom made the heavens:", "To him that stretched out the earth above the waters:"),
              ("To him that made great lights:", "The sun to rule by day:"),
              ("The moon and stars to rule by night:", "To him that smote Egypt in their firstborn:")]
    pages = [line for number, (first, second) in enumerate(verses, start=1)
             for line in ("\f" + first, refrain, second, refrain, "Parish of St Mary – Evensong booklet", "",
                          str(number), "")]
    out, changes = remove_running_heads(remove_page_numbers(normalise(lines(*pages))[0])[0])
    kept = texts((out, changes))
    assert kept.count(refrain) == 8
    assert "Parish of St Mary – Evensong booklet" not in kept



def _spread_pages(pairs, opening=("2", "3")):
    """Pages of a booklet printed as spreads: the first shows its two folios, the left half's atop
    the page and the right half's read out between the halves (`opening`); on the next pages the
    left half's text, its folio and the right half's folio read out between the halves, then the
    right half's text."""
    body = "Die Gemeinde feiert den Gottesdienst im Saal und singt gemeinsam die Lieder des Jahres,"
    left = [body, body, body, "und der Weg in die Einheit geht im Frühjahr weiter, die Gemeinde sieht"]
    right = ["gespannt auf die Wahlen im März, die die letzten ihrer Art sind.", body, body, body + " Amen."]
    first = [] if opening is None else [opening[0], "", *left, "", opening[1], "", *right]
    return first + [line for number, pair in enumerate(pairs)
                    for line in (("\f" if number or first else "") + left[0], *left[1:], "", *pair, "", *right)]


def test_a_spreads_folios_read_between_its_halves_go_where_they_continue_the_folios_at_the_edges():
    """'2' atop the first spread, '3' between its halves; then '4' / '5', '6' / '7', '8' / '9'
    inside the next pages: the spreads' folios at the foot of their halves, that pdftotext reads
    out between them, counting on from the folios the first page shows. The right half starts a
    page."""
    pairs = [("4", "", "5"), ("6", "", "7"), ("8", "", "9")]
    out, changes = remove_page_numbers(normalise(lines(*_spread_pages(pairs)))[0])
    assert sorted(int(change.before) for change in changes) == [2, 3, 4, 5, 6, 7, 8, 9]
    assert [line.page_start for line in out if line.text.startswith("gespannt")] == [True] * 4


def test_pairs_of_figures_inside_pages_that_do_not_continue_the_folios_at_the_edges_stay():
    """Counter-examples: a pair on two pages only (not several), pairs that do not count on
    two a page (a score, a vote: '3' / '4' on every page), a column of three figures; pairs
    counting on two a page where no page shows its folios at its edges (a questionnaire's
    question numbers, an agenda's items, a plan's weeks: review 26d), or where the pairs do not
    continue the folios shown ('2' and '3', then '10' / '11', '12' / '13', '14' / '15')."""
    for pairs, opening in (([("4", "", "5"), ("6", "", "7")], ("2", "3")),
                           ([("3", "", "4"), ("3", "", "4"), ("3", "", "4")], ("2", "3")),
                           ([("4", "", "5", "", "6"), ("6", "", "7", "", "8"), ("8", "", "9", "", "10")], ("2", "3")),
                           ([("1", "", "2"), ("3", "", "4"), ("5", "", "6"), ("7", "", "8")], None),
                           ([("10", "", "11"), ("12", "", "13"), ("14", "", "15")], ("2", "3"))):
        changes = remove_page_numbers(normalise(lines(*_spread_pages(pairs, opening)))[0])[1]
        inside = {number for pair in pairs for number in pair if number}
        assert [change.before for change in changes if change.before in inside] == [], pairs


def test_a_questionnaires_question_numbers_stay_and_start_no_pages():
    """Review 26d's questionnaire: each page '1' / '2' (then '3' / '4', '5' / '6'), the column of
    its question numbers, over two questions with their answer scale. No page shows a folio at
    its edges: the numbers are the questions', and the answer scales, on every page, stay text."""
    scale = "O zeer tevreden   O tevreden   O ontevreden"
    source = []
    for page, first in enumerate((1, 3, 5)):
        source += [("\f" if page else "") + "Vervolg van de vragenlijst, vul ook de vragen op deze bladzijde in.", "",
                   str(first), "", str(first + 1), "", f"Hoe tevreden bent u over onderdeel {first}?", scale, "",
                   f"Hoe tevreden bent u over onderdeel {first + 1}?", scale]
    out, changes = remove_page_numbers(normalise(lines(*source))[0])
    assert changes == ()
    out, changes = remove_running_heads(out)
    assert texts((out, changes)).count(" ".join(scale.split())) == 6


def test_a_questionnaires_number_column_read_before_its_title_is_no_spread():
    """Review 26k: pdftotext reads the question numbers' column first, so page 1 opens with '1' /
    '2' over the title, and pages 2-5 hold '3' / '4' ... '9' / '10' inside: the pair atop page 1
    looks like a spread's two folios, but a spread's left page is even. Numbers 3-10 stay."""
    scale = "O zeer tevreden   O tevreden   O ontevreden"
    source = ["1", "", "2", "", "Bewonersenquête 2024", "Wij horen graag hoe u over de wijk denkt.",
              "Hoe tevreden bent u over de straatverlichting?", scale, "", "Hoe tevreden bent u over het groen?", scale]
    for first in (3, 5, 7, 9):
        source += ["\fVervolg van de vragenlijst, vul ook de vragen op deze bladzijde in.", "", str(first), "",
                   str(first + 1), "", f"Hoe tevreden bent u over onderdeel {first}?", scale, "",
                   f"Hoe tevreden bent u over onderdeel {first + 1}?", scale]
    out, changes = remove_page_numbers(normalise(lines(*source))[0])
    kept = texts((out, changes))
    assert all(str(number) in kept for number in range(3, 11))


def test_pairs_inside_pages_that_carry_their_own_folios_at_their_edges_stay():
    """Counter-example: every page numbered at its foot ('- 2 -'), and a pair of figures inside
    each counting on two a page (an auction's lots 41 / 42, 43 / 44, ...): the pairs are the
    text's; each page has its folio."""
    body = "Kavel met een fraaie verzameling munten uit de achttiende eeuw, in goede staat bewaard."
    source = []
    for page, lot in enumerate((41, 43, 45, 47)):
        source += [("\f" if page else "") + body, body, "", str(lot), "", str(lot + 1), "", body, body, "",
                   f"- {page + 1} -"]
    changes = remove_page_numbers(normalise(lines(*source))[0])[1]
    assert sorted(change.before for change in changes) == ["- 1 -", "- 2 -", "- 3 -", "- 4 -"]


_REPORT_BODY = "Dit is een gewone regel tekst van het verslag, lang genoeg om geen kop te zijn."


def _report_with_author_foot(table_cells: list[str], foot: str = "JANNA DE VRIES") -> list[str]:
    """A cover (title, subtitle, the author's name), then pages ending on the author's name as
    their foot; the fourth page holds a table whose cells the text layer reads out around the
    foot, inside the page, none at its edge."""
    cover = ["Verslag interviews", "GELUIDEXPERTS AAN HET WOORD", foot, "", "Organisatie | Straat 1, Stad"]
    page = ["\f" + _REPORT_BODY, _REPORT_BODY, _REPORT_BODY, "", foot, ""]
    table = ["\f" + _REPORT_BODY, "", *table_cells, "", _REPORT_BODY, _REPORT_BODY]
    return cover + page * 3 + table + page * 2


def test_a_running_foot_read_out_inside_a_page_stays_off_its_beat_or_beside_a_copy_at_the_edge():
    """Counter-examples: a page holding the foot at its edge and the same words inside (a heading
    naming the author's section) prints them as text there; a copy inside a page after pages
    without the foot (off the feet's beat) may be text too: in doubt both stay."""
    cells = ["Partij", "RWS", "", "JANNA DE VRIES", "", "Samenvatting antwoord", "Gemeente"]
    source = _report_with_author_foot(cells)
    with_foot_at_edge = source[:source.index("Gemeente") + 4] + ["", "JANNA DE VRIES", ""] \
        + source[source.index("Gemeente") + 4:]
    out, _ = remove_running_heads(normalise(lines(*with_foot_at_edge))[0])
    assert "Partij RWS JANNA DE VRIES" in " ".join(texts((out, ())))
    table_page = source.index("Partij") - 2
    without_feet = ["\f" + _REPORT_BODY, _REPORT_BODY, _REPORT_BODY, _REPORT_BODY] * 2
    off_the_beat = source[:table_page] + without_feet + source[table_page:source.index("Gemeente") + 4]
    out, _ = remove_running_heads(normalise(lines(*off_the_beat))[0])
    assert "Partij RWS JANNA DE VRIES" in " ".join(texts((out, ())))


def test_a_quotations_page_in_brackets_at_a_pages_foot_is_no_folio():
    from publish.languages import language
    pages = ["As the report puts it, the harbour was never meant to hold ships of this size.", "(p. 45)", "",
             "\fThe council did not agree and asked for a second study of the harbour."]
    out, changes = remove_page_numbers(normalise(lines(*pages))[0], language=language("en"))
    assert "(p. 45)" in texts((out, changes))


_LETTER_BODY = "Het bestuur heeft in de afgelopen periode veel overleg gevoerd met de gemeente over het gebouw."


def _pages_with_foot(foot: str, count: int, following: bool = False) -> list[str]:
    """Pages of body text, two paragraphs each, each page ending on the running foot; `following`
    pages: the first starts a page too."""
    return [line for page in range(count)
            for line in (("\f" if page or following else "") + _LETTER_BODY, _LETTER_BODY, _LETTER_BODY, "",
                         _LETTER_BODY, _LETTER_BODY, _LETTER_BODY, "", foot, "")]


def test_a_refrain_on_every_pages_foot_and_alone_inside_the_last_page_stays():
    """Review 26d's song sheet: each page ends on the refrain under a verse; the last page holds
    it under a verse and goes on with another verse. The last page has no page after it with the
    foot, and the refrain stands under a verse's line ending on a mark: it is the song's, on every
    page."""
    refrain = "Halleluja, lobet Gott in seinem Heiligtum"
    verse = ["Er sendet Tau und Regen und Sonn- und Mondenschein,",
             "er wickelt seinen Segen gar zart und künstlich ein",
             "und bringt ihn dann behende in unser Feld und Brot:",
             "es geht durch unsre Hände, kommt aber her von Gott."]
    source = ["Liedblatt zum Erntedankfest", "", "Eingangslied", "", *verse, "", refrain]
    source += [line for _ in range(3) for line in ("\fGemeinde:", "", *verse, "", refrain)]
    source += ["\fGemeinde:", "", *verse, "", refrain, "", *verse, "",
               "Segen und Sendung, danach sind alle herzlich zum Kirchcafé im Gemeindehaus eingeladen."]
    out, changes = remove_running_heads(normalise(lines(*source))[0])
    assert texts((out, changes)).count(refrain) == 5


def test_the_foots_words_alone_on_a_poster_page_a_last_page_or_a_back_page_stay():
    """Review 26d: a contact line on a poster page without foot, under a full sentence; a letter's
    closing on its last page naming the body of the foot, then its signer; a back page's colophon
    naming the newsletter of the foot. No evidence they are the foot: they stay."""
    contact = "Informatie: info@dorpshuisdeschakel.nl"
    poster = ["\fMeld je aan voor de kerstmarkt op zaterdag 14 december, kraampjes zijn gratis.", "", contact, "",
              "Vol is vol, dus wacht niet te lang met aanmelden bij de commissie van de kerstmarkt.", ""]
    source = _pages_with_foot(contact, 3) + poster + _pages_with_foot(contact, 2, following=True)
    assert contact in texts(remove_running_heads(normalise(lines(*source))[0]))
    body = "Stichting Vrienden van het Dorpshuis"
    closing = ["\f" + _LETTER_BODY, "", "Met vriendelijke groet,", "", body, "", "Jan Jansen, voorzitter", "",
               "Bijlage: het verslag van het gesprek met de wethouder van 12 maart over de huurovereenkomst."]
    kept = texts(remove_running_heads(normalise(lines(*_pages_with_foot(body, 4), *closing))[0]))
    assert kept[-4:-1] == ["Met vriendelijke groet,", body, "Jan Jansen, voorzitter"]
    name = "Nieuwsbrief Buurtvereniging De Linde"
    colophon = ["\fColofon", "", "Deze nieuwsbrief verschijnt vier keer per jaar en wordt huis aan huis bezorgd.", "",
                name, "", "Redactie: Anja de Boer en Piet Smit", "E-mail: redactie@delinde.nl",
                "Drukwerk: Drukkerij Van Dam, Zwolle", "Oplage: 850 exemplaren", ""]
    kept = texts(remove_running_heads(normalise(lines(*_pages_with_foot(name, 4), *colophon))[0]))
    assert kept[-5:-3] == [name, "Redactie: Anja de Boer en Piet Smit"]


def test_the_foots_words_between_a_heading_and_its_paragraph_inside_a_page_stay():
    """Counter-example: a newsletter's name, its running foot, set alone inside a page between a
    section's heading and a paragraph of full lines (a masthead over the editorial): no table's
    cells around it, it stays."""
    name = "Nieuwsbrief De Linde"
    editorial = ["\f" + _LETTER_BODY, "", "Van de redactie", "", name, "", "Welkom bij dit nummer", _LETTER_BODY,
                 _LETTER_BODY, ""]
    source = _pages_with_foot(name, 3) + editorial + _pages_with_foot(name, 2, following=True)
    assert name in texts(remove_running_heads(normalise(lines(*source))[0]))


def test_a_count_in_brackets_that_is_not_the_documents_page_count_is_no_folio():
    # Review 26i: "(1 van 2)" at the foot of page 1 of a three-page letter numbers the attachments
    # listed there, not the pages; a folio in brackets counts the document's own pages.
    from publish.languages import language
    pages = ["Hierbij ontvangt u de stukken voor de vergadering van de werkgroep tuin.", "Bijlage", "(1 van 2)", "",
             "\fDe werkgroep komt bijeen op zaterdag 12 juni in het buurthuis aan de Kerkstraat.", "",
             "\fMet vriendelijke groet, namens het bestuur, de secretaris."]
    out, changes = remove_page_numbers(normalise(lines(*pages))[0], language=language("nl"))
    assert "(1 van 2)" in texts((out, changes))
