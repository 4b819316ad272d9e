"""Page furniture on evidence (issue 12): folios, running heads and feet, stamps, printed
contents and rules leave the reading text; body lines that look like them stay."""
from __future__ import annotations

from clean_helpers import lines, source
from publish.clean import clean
from publish.clean.artifacts import folios_in, remove_page_numbers, remove_running_heads
from publish.clean.whitespace import normalise
from publish.languages import language as language_of

FILLER = ("De gemeente werkt samen met bewoners aan een buurt waar iedereen prettig kan wonen",
          "en waar de voorzieningen dichtbij zijn. Daarover gaat dit verslag, dat per",
          "onderwerp beschrijft wat er is gedaan en wat er nog moet gebeuren in de wijk.")
TOPICS = ("het plein", "de speeltuin", "de bibliotheek", "het buurthuis", "de markt", "de haven", "het park",
          "de school", "de kerk", "het station", "de sporthal", "de molen")


def pages(*bodies: list[str]) -> str:
    """A text with a form feed before each page after the first, as pdftotext writes it."""
    return "\f".join("\n".join(body) + "\n" for body in bodies)


def filler(topic: str) -> list[str]:
    """Three body lines about a topic (pages of one text do not repeat each other)."""
    return [f"Over {topic} praten bewoners en gemeente al jaren met elkaar, en dat gesprek",
            f"gaat door. Dit verslag beschrijft wat er rond {topic} is gedaan en wat er",
            "nog moet gebeuren voordat de plannen van de buurt werkelijkheid worden."]


_topics = iter(TOPICS * 100)


def page(*lines: str) -> list[str]:
    return [*filler(next(_topics)), *lines]


def read(text: str) -> tuple[list[str], dict[str, list[str]]]:
    """The reading text's lines (blocks split at their source lines) and the removed lines by kind."""
    cleaned = clean(source(text))
    lines = [line for block in cleaned.blocks for line in block.line_texts]
    removed: dict[str, list[str]] = {}
    for change in cleaned.removals:
        removed.setdefault(change.kind, []).append(change.before)
    return lines, removed


# ------------------------------------------------------------------------------------ folios

def test_known_folios_at_a_page_edge_go_even_on_one_page():
    for folio in ("Pagina 2 van 15", "pagina 2", "2/15", "› pagina 2 van 16",
                  "2 | Verslag van de wijk", "Verslag van de wijk | 2", "VERSLAG VAN DE WIJK / 2"):
        lines, removed = read(pages(page(), page("", folio), page()))
        assert folio not in lines and removed["page-number"] == [folio], folio


def test_a_margin_folio_read_out_amid_the_columns_goes_headings_counting_with_the_pages_stay():
    """A magazine's folio up its outer margin ("178 NVOX APRIL 2020", "APRIL 2020 NVOX 179" on
    the right page), read out among the columns, between two parts of a sentence: the same words
    on three pages, the number counting with them, goes, and the sentence runs on.  Days of a
    programme opening their pages' text ("Dag 1", "Dag 2", "Dag 3") count so too, and stay; so
    do captions read out amid a sentence ("Bezoekers in 2019 – Figuur 1" ... "Figuur 3", one a
    page: the number names its figure) and a folio's form on two pages only.  Review 22f: a label
    and a number alone ("Dag 3", "Step 2", "Week 12"), a programme's headings one a page amid its
    lines, are no folio even between two parts of a sentence: a folio dates its issue."""
    def column(topic: str, folio: str) -> list[str]:
        return [*filler(topic), "", f"Over {topic} zeggen de bewoners dat het in de komende jaren nog beter", "",
                folio, "", "kan worden, als iedereen meedoet en de gemeente de plannen steunt.", "", *filler(topic)]
    folios = ("178 NVOX APRIL 2020", "APRIL 2020 NVOX 179", "180 NVOX APRIL 2020")
    lines, removed = read(pages(*(column(topic, folio) for topic, folio in zip(TOPICS, folios))))
    assert removed["page-number"] == list(folios) and not any("NVOX" in line for line in lines)
    days = [["Vandaag begint het feest.", "", *filler(topic), "", f"Dag {day}", "", *filler(topic)]
            for day, topic in zip((1, 2, 3), TOPICS)]
    lines, removed = read(pages(*days))
    assert ["Dag 1", "Dag 2", "Dag 3"] == [line for line in lines if line.startswith("Dag")]
    lines, removed = read(pages(*(column(topic, folio) for topic, folio in zip(TOPICS, folios[:2]))))
    assert "page-number" not in removed
    captions = [f"Bezoekers in 2019 – Figuur {number}" for number in (1, 2, 3)]
    lines, removed = read(pages(*(column(topic, caption) for topic, caption in zip(TOPICS, captions))))
    assert "page-number" not in removed and all(caption in lines for caption in captions)
    for label in ("Dag", "Step", "Week"):
        headings = [f"{label} {number}" for number in (1, 2, 3)]
        lines, removed = read(pages(*(column(topic, heading) for topic, heading in zip(TOPICS, headings))))
        assert "page-number" not in removed and all(heading in lines for heading in headings), label


def test_chapter_headings_in_a_folios_form_counting_by_one_over_several_pages_each_stay():
    """Regression: '1 | Inleiding' and '2 | Werkwijze' atop the chapters' opening pages, two
    pages apart ('INLEIDING / 1', 'WERKWIJZE / 2' too), went as folios beside a running title:
    their numbers count the chapters, by one, not the pages, which run on further between
    them.  A folio beside a title on every page ('2 | Verslag', '3 | Verslag'), or on pages
    apart whose numbers keep pace with them, goes."""
    for first, second in (("1 | Inleiding", "2 | Werkwijze"), ("INLEIDING / 1", "WERKWIJZE / 2")):
        for feet in ((), ("",)):
            numbered = iter(range(1, 6))
            text = pages(*([*lines, *page(), *feet, *((str(next(numbered)),) if feet else ())]
                           for lines in (["Jaarverslag 2023", ""], [first, ""], [], [second, ""], [])))
            lines, removed = read(text)
            assert first in lines and second in lines, (first, feet)
    lines, removed = read(pages(page(), ["2 | Verslag van de wijk", "", *page()], page(),
                                ["4 | Verslag van de wijk", "", *page()], page()))
    assert removed["page-number"] == ["2 | Verslag van de wijk", "4 | Verslag van de wijk"]
    lines, removed = read(pages(page(), ["2 | Nieuws", "", *page()], page(), page(), ["5 | Column", "", *page()]))
    assert removed["page-number"] == ["2 | Nieuws", "5 | Column"]


def test_a_folio_form_inside_a_page_or_with_a_page_past_its_count_stays():
    text = pages(page(), ["De uitslag was 2/15 in het voordeel van de bewoners.", *FILLER, "", "9/4"], page())
    lines, removed = read(text)
    assert "9/4" in lines and "page-number" not in removed
    lines, _ = read(pages(page(), page("", "Afbeelding 3 Het plein na de verbouwing 1/2"), page()))
    assert "Afbeelding 3 Het plein na de verbouwing 1/2" in lines


def test_a_folio_split_after_its_page_word_goes_whole_even_over_running_feet():
    """The text layer reads a footer "pagina 2/45" as two lines, "pagina" over "2/45", with the date
    and the title under them: the folio's two lines stand deeper than a page's edge reaches
    while the date and the title stand, and at the edge once they are gone as running feet.
    The page word goes with its number, also where it ends a note's text above the edge (the
    last page here); a lone "pagina" over a line that completes no folio stays."""
    feet = [["", "pagina", f"{number}/45", "", "28 mei 2021", "", "Evaluatie van de app"] for number in (1, 2, 3)]
    feet[2][1:3] = ["1", "Zie het verslag van de gemeente over de school, uitgegeven in 2021.", "pagina", "3/45"]
    lines, removed = read(pages(page(*feet[0]), page(*feet[1]), page("Zie het jaarverslag1.", *feet[2])))
    assert not {"pagina", "1/45", "2/45", "3/45"} & {word for line in lines for word in line.split()}
    assert removed["page-number"] == ["pagina", "1/45", "pagina", "2/45", "pagina", "3/45"]
    lines, removed = read(pages(page(), page("", "pagina", "twee"), page()))
    assert "pagina" in lines and "page-number" not in removed


# ---------------------------------------------------------------------- bare page numbers

def test_a_number_inside_a_page_is_a_value_not_a_page_number():
    """A form's or a table's number standing alone inside a page stays where the text marks
    its pages; the page numbers at the page edges go."""
    first = [*FILLER, "", "Versie", "", "3", "", "Status", "", "definitief", "", *filler("de dijk"), "", "1"]
    lines, removed = read(pages(first, page("", "2"), page("", "3")))
    assert lines[3:6] == ["Versie", "3", "Status"]
    assert removed["page-number"] == ["1", "2", "3"]


def test_a_note_label_over_its_note_at_the_foot_is_no_page_number():
    foot = ["", "4", "Zie het jaarverslag van de gemeente over 2019, bladzijde twaalf.", "", "7"]
    lines, removed = read(pages(page(), page(*foot), page()))
    assert "4" in lines and removed["page-number"] == ["7"]


def test_a_page_number_at_an_unmarked_page_break_counts_on_the_numbers_around_it():
    """OCR text marks most pages with a leading space; a number between two page numbers it
    continues is a page number where the page break went unmarked."""
    text = "\n".join([*FILLER, "", "2", "", " " + FILLER[0], *FILLER[1:], "", "3", "",
                      "Een nieuwe alinea begint hier zonder teken van een nieuwe bladzijde.", *FILLER, "",
                      "4", "", " " + FILLER[0], *FILLER[1:]]) + "\n"
    _, removed = read(text)
    assert removed["page-number"] == ["2", "3", "4"]


# -------------------------------------------------------------------- running heads and feet

def test_a_line_at_the_same_edge_of_three_pages_is_a_running_foot():
    foot = "Wijkverslag Noord – voorjaar"
    lines, removed = read(pages(page("", foot), page("", foot), page("", foot)))
    assert foot not in lines and removed["running-head"] == [foot] * 3


def test_two_copies_are_not_enough_a_chapter_title_stays():
    """Regression: a programme booklet's chapter titles stood in its printed contents and atop
    their chapters, twice at a page edge in all, and every one of them was removed.  The
    contents goes as a contents; the titles stay in the text."""
    contents = ["Inhoud", "", "Welkom 2", "Het programma 3", "De sprekers 4", "Praktische zaken 5"]
    chapters = [[title, "", *filler(title.lower())]
                for title in ("Welkom", "Het programma", "De sprekers", "Praktische zaken")]
    lines, removed = read(pages(["Programmaboekje", "Dag van de buurt", "", "2024"], contents, *chapters))
    for title in ("Welkom", "Het programma", "De sprekers", "Praktische zaken"):
        assert title in lines
    assert "running-head" not in removed and len(removed["contents"]) == 5


def test_a_short_letter_repeats_its_head_on_every_page_but_the_first():
    head = "Gemeente Veldhoven – brief aan de raad"
    lines, removed = read(pages(page(), [head, "", *page()], [head, "", *page()]))
    assert head not in lines and removed["running-head"] == [head, head]


def test_a_running_head_carries_the_page_number_and_the_number_runs_with_the_pages():
    lines, removed = read(pages(page(), ["12 Voorbij de tweedeling", "", *page()],
                                ["Voorbij de tweedeling 13", "", *page()], ["14 Voorbij de tweedeling", "", *page()]))
    assert len(removed["running-head"]) == 3 and not any("tweedeling" in line for line in lines)


def test_a_paper_footer_with_its_fixed_numbers_is_one_line():
    foot = "Tweede Kamer, vergaderjaar 2020–2021, 35 420, nr. 3"
    lines, removed = read(pages(page("", foot, "", "1"), page("", foot, "", "2"), page("", foot, "", "3")))
    assert foot not in lines and removed["running-head"] == [foot] * 3


def test_numbered_headings_atop_their_pages_are_no_running_head():
    """'Bijlage 1', 'Bijlage 2', 'Bijlage 3' open the pages they stand on: their numbers do not
    run with the pages (a page number would), so they are headings."""
    annexes = [[f"Bijlage {n}", "", *page()] for n in (1, 2, 3)]
    lines, removed = read(pages(page(), page(), *annexes[:1], page(), page(), *annexes[1:2], page(), *annexes[2:]))
    assert ["Bijlage 1", "Bijlage 2", "Bijlage 3"] == [line for line in lines if line.startswith("Bijlage")]
    assert "running-head" not in removed


def test_numbered_parts_atop_consecutive_pages_counting_with_them_are_headings():
    """Regression: 'Artikel 1' to 'Artikel 4' (or 'Deel 1' to 'Deel 4') atop consecutive pages,
    one part a page: their numbers run with the pages as a page number's would, but a number
    after the part's label opening the line ("Artikel", "Deel", "Chapter", "Teil") names the
    part, so each line is another heading, no running head."""
    for label in ("Artikel", "Deel", "Hoofdstuk"):
        headings = [f"{label} {number}" for number in (1, 2, 3, 4)]
        lines, removed = read(pages(*([heading, "", *page(), "", *page()] for heading in headings)))
        assert [line for line in lines if line.startswith(label)] == headings, label
        assert "running-head" not in removed, label


def test_numbered_parts_counting_atop_their_pages_are_headings_in_every_language():
    for code, label in (("en", "Part"), ("en", "Chapter"), ("de", "Teil"), ("de", "Kapitel"), ("fr", "Partie"),
                        ("fr", "Article")):
        text = pages(*([f"{label} {number}", "", *page()] for number in (1, 2, 3, 4)))
        kept, changes = remove_running_heads(normalise(lines(*text.split("\n")))[0], language=language_of(code))
        assert not changes and sum(line.text.startswith(label) for line in kept) == 4, label


def test_a_foot_or_a_head_numbering_its_pages_part_after_other_words_is_a_running_foot():
    """Review 22f: a foot carrying the part's number ("Member survey 2023 – Annex 1", "Bijlage 2",
    "Deel 3" at the page's foot) or a head with it after other words ("Raadsvoorstel Julianaplein
    – bijlage 1" atop the pages): the number counts the pages' part as a folio counts the pages,
    so every copy goes; only a head opening with the part's label names a part of its own."""
    for edge, foot in (("foot", "Member survey 2023 – Annex"), ("foot", "Raadsvoorstel Julianaplein – bijlage"),
                       ("foot", "Bijlage"), ("foot", "Deel"), ("head", "Raadsvoorstel Julianaplein – bijlage")):
        copies = [f"{foot} {number}" for number in (1, 2, 3, 4)]
        bodies = [page("", copy) if edge == "foot" else [copy, "", *page()] for copy in copies]
        lines, removed = read(pages(["Jaarverslag 2023", "", *page()], *bodies))
        assert not any(copy in lines for copy in copies) and removed["running-head"] == copies, foot


def test_a_part_heading_running_atop_its_pages_unchanged_is_a_running_head():
    """A part's label and number atop every page of the part, the same number on each: a
    running head (the number names the part, it does not count the pages)."""
    head = "Hoofdstuk 2 Financiën"
    lines, removed = read(pages(page(), *([head, "", *page()] for _ in range(3))))
    assert head not in lines and removed["running-head"] == [head] * 3


def test_left_and_right_heads_alternate_on_every_other_page():
    left, right = "Jaarverslag 2021", "Buurtteam Zuid"
    bodies = [[left if n % 2 else right, "", *page()] for n in range(4)]
    lines, removed = read(pages(page(), *bodies))
    assert left not in lines and right not in lines and len(removed["running-head"]) == 4


def test_a_magazines_name_and_issue_number_atop_every_other_page_is_a_running_head():
    """Regression: "De FilosooF Nr.12" atop the left pages was read as a sentence's end with a
    note number glued ("Nr." and "12"), which a running head may not be on so few pages."""
    left, right = "De Wijkkrant Nr.12", "Thema: Samen wonen"
    bodies = [[left if n % 2 else right, "", *page()] for n in range(7)]
    lines, removed = read(pages(page(), *bodies))
    assert left not in lines and right not in lines
    assert removed["running-head"].count(left) == 3 and removed["running-head"].count(right) == 4


def test_a_stacked_footer_goes_line_by_line():
    """A footer of a folio, a web address and a classification, each a line of its own."""
    def foot(number: int) -> list[str]:
        return ["", f"› pagina {number} van 3", "", "› www.voorbeeld.nl", "", "› openbaar"]
    lines, removed = read(pages(page(*foot(1)), page(*foot(2)), page(*foot(3))))
    assert not any(line.startswith("›") for line in lines)
    assert removed["running-head"].count("› openbaar") == 3 and removed["page-number"][0] == "› pagina 1 van 3"


def test_a_five_line_address_footer_goes_whole_and_the_broken_sentence_joins():
    """An association's footer gives its name, web address, street, postcode and e-mail, one a
    line, under the last body line of every page; a sentence runs on from one page to the next
    across it."""
    footer = ["Vereniging De Boomgaard", "www.deboomgaard.example", "Appelstraat 12", "1234 AB Peerdorp",
              "info@deboomgaard.example", ""]
    first = [*page(), "De leden kiezen het bestuur voor een periode die", *footer]
    second = ["de algemene vergadering vaststelt.", *page(), *footer]
    lines, removed = read(pages(first, second, [*page(), *footer], [*page(), *footer]))
    assert not set(footer[:-1]) & set(lines)
    assert len(removed["running-head"]) == 20
    assert "De leden kiezen het bestuur voor een periode die de algemene vergadering vaststelt." in \
        " ".join(lines)


def test_a_head_stack_glued_to_the_text_is_peeled_line_by_line():
    stack = ["Vereniging Buurtkracht e. V.", "Samen sterk in de wijk", "– voor en door bewoners."]
    lines, removed = read(pages([*stack, "", "Statuten", *page()], [*stack, *page()], [*stack, *page()]))
    assert not set(stack) & set(lines) and "Statuten" in lines
    assert len(removed["running-head"]) == 9


def test_the_cover_title_stays_when_its_running_head_is_the_same():
    title = "Armoede in de wijk"
    cover = [title, "Een verkenning van kansen", "", "Sociaal Team Oost"]
    lines, removed = read(pages(cover, [title, "", *page()], [title, "", *page()], [title, "", *page()]))
    assert lines[0] == title and removed["running-head"] == [title] * 3


def test_a_head_that_also_stands_alone_inside_a_page_is_body_text():
    head = "Vraag en antwoord"
    middle = [*page(), "", head, "", *page()]
    lines, removed = read(pages(page(), [head, "", *middle], [head, "", *page()], [head, "", *page()]))
    assert lines.count(head) == 4 and "running-head" not in removed


def test_a_running_foot_between_the_body_and_the_notes_goes_and_the_notes_stay_the_pages():
    """A web journal prints a 'Reageer' ('reply') button at the foot of every page: the page's
    last line, or, on a page with notes, between the body and its notes.  Over the notes it
    stands at the foot of the page's body, not alone inside the text: all four copies go, and
    the note under it stays that page's note."""
    button = "Reageer"
    note = "Zie het jaarverslag van de gemeente over 2019, bladzijde twaalf en volgende, en de bijlagen."
    noted = [*page(), "Dat vroegen de bewoners van de buurt1 al in het eerste jaar.", "", button, "", "1", note]
    text = pages(page("", button), page("", button), page("", button), noted)
    lines, removed = read(text)
    assert button not in lines and removed["running-head"] == [button] * 4
    assert clean(source(text)).footnotes == ((1, note),)


def test_a_line_of_the_printed_contents_is_never_a_running_head():
    """A chapter title repeated atop the pages of its chapter is also the chapter's heading:
    with the printed contents naming it, none of its copies go."""
    contents = ["Inhoud", "", "1 Inleiding 2", "2 Werkwijze 5", "3 Resultaten 8"]
    chapter = [["Inleiding", "", *page()] for _ in range(3)]
    lines, removed = read(pages(page(), contents, *chapter))
    assert lines.count("Inleiding") == 3 and "running-head" not in removed


def rubric_pages(tabs: list[tuple[str, str]], rubric: str = "Publicaties", listed: str = "") -> str:
    """A magazine whose printed contents lists a rubric (or `listed` in its place), its heading on
    its first page and a tab atop (or, where asked, at the foot of) each of its pages: (tab, "head"
    or "foot")."""
    contents = ["Inhoud", "", "1 Voorwoord 2", f"2 {listed or rubric} 4", "3 Agenda 9"]
    bodies = [[tab, "", *page()] if edge == "head" else [*page(), "", tab] for tab, edge in tabs]
    bodies[0][2:2] = [rubric, ""]
    return pages(page(), contents, page(), *bodies, ["Agenda", "", *page()])


def test_a_rubrics_tab_naming_its_sections_on_each_page_goes():
    """A magazine's margin strip names the rubric of the printed contents and the sections on its
    page ("InDruk: Geheugen, Methodiek, Perceptie"): another line on each page, so no running head
    by sameness; a section named on two pages' tabs runs on over the page break, as a heading never does."""
    tabs = [("Publicaties: Aandacht, Geheugen", "head"), ("Publicaties: Geheugen, Taal", "head"),
            ("Publicaties: Taal, Overige", "foot"), ("Publicaties: Overige, Promoties", "head")]
    lines, removed = read(rubric_pages(tabs))
    assert not [line for line in lines if line.startswith("Publicaties:")]
    assert removed["running-head"] == [tab for tab, _ in tabs]
    assert "Publicaties" in lines


def test_a_rubrics_tab_read_out_beside_its_folio_inside_the_page_goes():
    """The text layer may read the strip with the page's folio, inside the page: the folio gone
    just above it, the tab goes with the others; one standing inside a page without it is text, and
    none go."""
    tabs = ["Publicaties: Aandacht, Geheugen", "Publicaties: Geheugen, Taal", "Publicaties: Taal",
            "Publicaties: Taal, Overige"]
    def run(inside: list[str]) -> tuple[list[str], list[str]]:
        texts = ["Publicaties", "", *FILLER]
        for tab in tabs[:3]:
            texts += ["\f" + tab, "", *FILLER]
        texts += ["\fGeheugen staat centraal.", *FILLER, "", *inside, "", *FILLER]
        numbered = normalise(lines(*texts))[0]
        if "7" in inside:                                    # the folio, gone by the page-number pass
            gone = next(line.number for line in numbered if line.text == "7")
            numbered = tuple(line for line in numbered if line.number != gone)
        out, changes = remove_running_heads(numbered, ("Voorwoord", "Publicaties"))
        assert sum(line.page_start for line in out) == 4          # a tab inside its page starts none
        return [line.text for line in out if line.text], [change.before for change in changes]
    kept, gone = run(["7", "", tabs[3]])
    assert gone == tabs and "Publicaties" in kept
    kept, gone = run([tabs[3]])
    assert gone == [] and all(tab in kept for tab in tabs)


def test_appendix_headings_with_the_contents_label_atop_their_pages_stay():
    """'Bijlage: Begroting', 'Bijlage: Kaart', 'Bijlage: Adressen' open their pages, under a
    contents entry 'Bijlage': no section is named on two pages, so they are headings, not a tab."""
    tabs = [("Bijlage: Begroting", "head"), ("Bijlage: Kaart", "head"), ("Bijlage: Adressen", "head"),
            ("Bijlage: Leden", "head")]
    lines, removed = read(rubric_pages(tabs, "Bijlage"))
    assert [tab for tab, _ in tabs] == [line for line in lines if line.startswith("Bijlage:")]
    assert "running-head" not in removed


def test_two_tabs_of_a_rubric_on_one_page_are_its_lines_not_a_margin_strip():
    """A strip names its page's sections once: the rubric's lines at both edges of one page (an
    overview opening and closing with them) are the page's text, and none go."""
    contents = ["Inhoud", "", "1 Voorwoord 2", "2 Publicaties 4", "3 Agenda 9"]
    tabs = ["Publicaties: Aandacht, Geheugen", "Publicaties: Geheugen, Taal", "Publicaties: Taal, Overige",
            "Publicaties: Overige, Promoties"]
    text = pages(page(), contents, ["Publicaties", "", *page()], [tabs[0], "", *page(), "", tabs[1]],
                 [tabs[2], "", *page()], [tabs[3], "", *page()])
    lines, removed = read(text)
    assert all(tab in lines for tab in tabs) and "running-head" not in removed


def test_labelled_sentences_and_lines_under_no_rubric_of_the_contents_stay():
    """A decision under a label of the contents ('Besluit: Akkoord, met de wijziging.') is a
    sentence, not a list of names; 'Actie: Jan, Piet' under a column's header 'Actie' names no
    rubric the contents lists (it lists 'Verslag')."""
    decisions = [("Besluit: Akkoord, met de wijziging.", "head"), ("Besluit: Uitgesteld, met de wijziging.", "head"),
                 ("Besluit: Afgewezen, met de wijziging.", "foot"), ("Besluit: Akkoord, met een wijziging.", "head")]
    actions = [("Actie: Jan, Piet", "head"), ("Actie: Piet, Kees", "head"), ("Actie: Kees", "foot"),
               ("Actie: Kees, Jan", "head")]
    for tabs, rubric, listed in ((decisions, "Besluit", ""), (actions, "Actie", "Verslag")):
        lines, removed = read(rubric_pages(tabs, rubric, listed))
        assert all(tab in lines for tab, _ in tabs), rubric
        assert not [change for change in removed.get("running-head", []) if ":" in change], rubric


def test_two_tabs_of_a_rubric_are_too_few_to_tell_a_margin_strip():
    """Two pages' lines under the rubric's heading, a section named on both, are not yet the
    evidence of a strip (RUNNING_HEAD_MIN_PAGES): they stay."""
    tabs = [("Publicaties: Aandacht, Geheugen", "head"), ("Publicaties: Geheugen, Taal", "head")]
    lines, removed = read(rubric_pages(tabs))
    assert all(tab in lines for tab, _ in tabs) and "running-head" not in removed


def test_capitalised_sentences_and_lower_case_names_under_a_rubric_are_no_tab():
    """'Besluit: Akkoord. Begroting, Jaarverslag' opens each name with a capital but holds a
    sentence's full stop; 'Besluit: Akkoord, met de wijziging' ends in no stop but a name opens in
    lower case: decisions, not lists of sections, though a name runs on from page to page."""
    stops = [("Besluit: Akkoord. Begroting, Jaarverslag", "head"), ("Besluit: Jaarverslag, Uitgesteld. Kas", "head"),
             ("Besluit: Kas, Akkoord. Werkplan", "foot"), ("Besluit: Werkplan, Afgewezen. Beleid", "head")]
    lower = [("Besluit: Akkoord, met de wijziging", "head"), ("Besluit: Uitgesteld, met de wijziging", "head"),
             ("Besluit: Afgewezen, met de wijziging", "foot"), ("Besluit: Akkoord, met een wijziging", "head")]
    for tabs in (stops, lower):
        lines, removed = read(rubric_pages(tabs, "Besluit"))
        assert all(tab in lines for tab, _ in tabs), tabs[0]
        assert not [change for change in removed.get("running-head", []) if ":" in change], tabs[0]


# A symposium's programme: the contents, its headings (the speakers' third), a session's word,
# the speakers' label, five speakers, and three body lines about a topic, in four languages.
PROGRAMMES = {
    "nl": ("Inhoud", ("Welkom", "Programma", "Sprekers", "Praktische informatie"), "Sessie", "Sprekers:",
           ("Anna de Vries", "Bert Smit", "Carla Jansen", "Dirk Bakker", "Eva Mulder"),
           ("Over {} praten de deelnemers al jaren met elkaar, en dat gesprek gaat",
            "vandaag door. In deze sessie bespreken we wat er rond {} bekend is en wat",
            "er nog moet gebeuren voordat de plannen werkelijkheid worden in de praktijk."),
           ("het geheugen", "de taal", "de perceptie", "de aandacht", "de methode", "het leren", "de school")),
    "en": ("Contents", ("Welcome", "Programme", "Speakers", "Practical information"), "Session", "Speakers:",
           ("Anna Smith", "Bob Jones", "Carol White", "Dan Brown", "Eve Green"),
           ("The participants have been talking about {} for years, and that",
            "conversation goes on today. In this session we discuss what is known about {}",
            "and what still has to happen before the plans become real in practice."),
           ("memory", "language", "perception", "attention", "method", "learning", "school")),
    "de": ("Inhalt", ("Grußwort", "Programm", "Referenten", "Praktische Hinweise"), "Sitzung", "Referenten:",
           ("Anna Müller", "Bernd Schmidt", "Clara Weber", "Dieter Koch", "Eva Wolf"),
           ("Über {} sprechen die Teilnehmer seit Jahren miteinander, und dieses",
            "Gespräch geht heute weiter. In dieser Sitzung besprechen wir, was über {}",
            "bekannt ist und was noch geschehen muss, bevor die Pläne Wirklichkeit werden."),
           ("das Gedächtnis", "die Sprache", "die Wahrnehmung", "die Aufmerksamkeit", "die Methode", "das Lernen",
            "die Schule")),
    "fr": ("Sommaire", ("Bienvenue", "Programme", "Intervenants", "Informations pratiques"), "Séance", "Intervenants :",
           ("Marie Dupont", "Jean Martin", "Claire Petit", "Luc Moreau", "Anne Roux"),
           ("Les participants parlent de {} depuis des années, et cette conversation",
            "continue aujourd'hui. Dans cette séance nous discutons de ce que l'on sait sur {}",
            "et de ce qui doit encore se passer avant que les projets deviennent réalité."),
           ("la mémoire", "la langue", "la perception", "l'attention", "la méthode", "l'apprentissage", "l'école")),
}


def programme(language: str, speakers_pages: str, session_heading: bool = True) -> tuple[str, list[str]]:
    """A programme whose printed contents lists the speakers' pages, with a page for each of three
    sessions: its heading (unless not asked) over its speakers, who share one speaker with the next
    session.  The speakers' own page stands "after" the sessions, "before" them (ahead of the
    programme's heading) or nowhere ("none": the booklet's excerpt).  The text and the speakers'
    lines."""
    title, (welcome, programme_, speakers, practical), session, label, names, body, topics = PROGRAMMES[language]
    pages_of = iter([[line.format(topic) for line in body] for topic in topics])
    contents = [title, "", *(f"{number} {heading} {page}" for number, heading, page
                             in zip(range(1, 5), (welcome, programme_, speakers, practical), (3, 4, 8, 10)))]
    lines = [f"{label} {names[0]}, {names[1]}", f"{label} {names[1]}, {names[2]}", f"{label} {names[3]}, {names[4]}"]
    sessions = [[f"{session} {number} – {topic.split()[-1].capitalize()}"] * session_heading
                + [line, "", *next(pages_of)] for number, (line, topic) in enumerate(zip(lines, topics), 1)]
    own = [[speakers, "", f"{names[0]}.", *next(pages_of)]]
    text = pages(["Symposium 2024"], contents, [welcome, "", *next(pages_of)],
                 *(own if speakers_pages == "before" else []), [programme_, "", *next(pages_of)], *sessions,
                 *(own if speakers_pages == "after" else []), [practical, "", *next(pages_of)])
    return text, lines


def test_a_programmes_speakers_under_each_session_stay():
    """'Sprekers: Anna de Vries, Bert Smit' under each session names a rubric of the contents
    ('3 Sprekers 8') and a speaker on two sessions, but the lines stand in the programme's pages:
    the last heading of the contents standing before them is 'Programma', not 'Sprekers' (whose
    page comes later, came earlier, or is not in the text).  They are the sessions' text and stay;
    so does the third, which shares no speaker with the others."""
    for language in PROGRAMMES:
        for session_heading in (True, False):
            for speakers_pages in ("after", "before", "none"):
                text, speakers = programme(language, speakers_pages, session_heading)
                lines, removed = read(text)
                case = (language, session_heading, speakers_pages)
                assert all(line in lines for line in speakers), case
                assert not [change for change in removed.get("running-head", []) if ":" in change], case


# ---------------------------------------------------------------------------------- stamps

def test_a_download_stamp_goes_with_its_date_or_address_as_evidence():
    stamp = "Downloaded from https://archief.voorbeeld.org/verslag on March 12, 2021"
    lines, removed = read(pages(page(), [stamp, *FILLER], page()))
    assert stamp not in lines and removed["stamp"] == [stamp]
    lines, removed = read(pages(page(), ["Printed from the minutes of the meeting", *FILLER], page()))
    assert "Printed from the minutes of the meeting" in lines and "stamp" not in removed


def test_a_watermark_word_on_the_pages_is_a_stamp():
    body = [[*page(), "", "CONCEPT", "", *page()] for _ in range(3)]
    lines, removed = read(pages(*body))
    assert "CONCEPT" not in lines and removed["stamp"] == ["CONCEPT"] * 3
    lines, removed = read(pages(page(), ["Concept", "", *FILLER], page()))
    assert "Concept" in lines and "stamp" not in removed


# -------------------------------------------------------------------------- printed contents

def test_a_printed_contents_with_dot_leaders_goes_and_the_body_headings_stay():
    contents = ["Inhoudsopgave", "1 Inleiding .................... 3", "1.1 Aanleiding ............... 3",
                "2 Werkwijze .................... 4", "3 Resultaten ................... 6", "", "2"]
    body = ["1 Inleiding", "1.1 Aanleiding", *FILLER]
    lines, removed = read(pages(page(), contents, body))
    assert lines[len(FILLER):len(FILLER) + 2] == ["1 Inleiding", "1.1 Aanleiding"]
    assert removed["contents"] == contents[:5] and removed["page-number"] == ["2"]


def test_a_contents_set_in_columns_goes_whole():
    """pdftotext puts a contents' section numbers, titles and page numbers on lines of their
    own; they rise over the whole contents."""
    contents = ["Inhoud", "1.", "", "Inleiding", "", "3", "", "2.", "3.", "", "Werkwijze", "Uitkomsten", "",
                "5", "7", "", "4.1", "4.2"]
    lines, removed = read(pages(page(), contents, ["1. Inleiding", *FILLER]))
    assert removed["contents"] == [line for line in contents if line]
    assert lines[3].endswith("Inleiding") and lines[4] == FILLER[0]


def test_a_contents_setting_section_numbers_over_titles_ends_at_its_last_page_number():
    """A contents whose section numbers stand over the titles ("1" / "Aanleiding" / "3") opens
    with a number like a contents that sets its page numbers first ("06–07" / "Titel"), but few
    of its titles follow a number: the line after its last page number is not a title of it.
    The page's foot under it ("Datum" / "12 maart 2024") stays out of the contents."""
    contents = ["Inhoudsopgave", "", "1", "", "Aanleiding", "", "3", "", "2", "2.1", "2.2", "", "Werkwijze",
                "Doel", "Aanpak", "", "4", "4", "5", "", "3", "3.1", "", "Uitkomsten", "Cijfers", "", "6", "6", "",
                "4", "", "Conclusie", "", "8"]
    lines, removed = read(pages(page(), [*contents, "", "Datum", "12 maart 2024"], ["1 Aanleiding", *FILLER]))
    assert removed["contents"] == [line for line in contents if line]
    assert "Datum" in lines


def test_a_list_ending_in_numbers_without_rising_page_numbers_stays():
    prices = ["Inhoud", "", "Koffie 3", "Thee 2", "Soep 5", "Broodje 4"]
    lines, removed = read(pages(page(), [*prices, "", *FILLER]))
    assert "contents" not in removed and "Koffie 3" in lines
    lines, removed = read(pages(page(), ["Inhoud", "", "Het plan beschrijft wat er in de wijk verandert.", *FILLER]))
    assert "contents" not in removed and "Inhoud" in lines


def test_a_contents_without_page_numbers_goes_when_its_titles_head_the_text_in_its_order():
    """Regression: a standard printed from its web page (ReSpec) lists its sections without
    page numbers, over a page break, after a section that stands before the contents; the
    contents stayed and became a heading and a numbered list."""
    status = ["Status van dit document", "Dit is de definitieve versie van dit document."]
    contents = ["Inhoudsopgave", "Status van dit document", "Samenvatting", "1.", "", "Achtergrond", "2."]
    contents_on = ["Doel van de roadmap", "3.", "", "Tijdlijn"]
    body = ["§ Samenvatting", *filler("de roadmap"), "§ 1. Achtergrond", *filler("de achtergrond"),
            "§ 2. Doel van de roadmap", *filler("het doel"), "§ 3. Tijdlijn", *FILLER]
    lines, removed = read(pages([*status, "", *contents], contents_on, body))
    assert removed["contents"] == [line for line in contents + contents_on if line]
    assert lines[:2] == status and "§ 1. Achtergrond" in lines


def test_a_contents_of_chapter_numbers_titles_and_page_numbers_goes_whole():
    """Regression: a summary's contents ("Content" / "1" / "Background" / "3" / "2" / ...) set its
    chapter numbers and page numbers apart; too few page numbers to tell, its titles tell, and
    its last page number ("7") went into the text."""
    contents = ["Inhoud", "1", "", "Achtergrond", "", "3", "", "2", "", "Werkwijze", "", "5", "", "3", "",
                "Resultaten", "", "7"]
    body = ["1 Achtergrond", *filler("de achtergrond"), "2 Werkwijze", *filler("de werkwijze"),
            "3 Resultaten", *FILLER]
    lines, removed = read(pages(page(), [*contents, "", "Dit verslag is geschreven door de gemeente."], body))
    assert removed["contents"] == [line for line in contents if line]
    assert "Dit verslag is geschreven door de gemeente." in lines


def test_a_contents_with_dot_leaders_but_no_heading_goes_when_its_titles_head_the_text():
    """Regression: a report's contents under its title block, without "Inhoud", stayed in the
    text as one paragraph of dot leaders."""
    contents = ["Inleiding ........................ 1", "Werkwijze ........................ 2",
                "Resultaten ....................... 3", "Vervolg .......................... 3"]
    body = ["Inleiding", *filler("de inleiding"), "Werkwijze", *filler("de werkwijze"), "Resultaten",
            *filler("de resultaten"), "Vervolg", *FILLER]
    lines, removed = read(pages(["Verslag van de buurt", "Periode 1 januari – 30 juni 2024.", "", *contents, "",
                                 *body]))
    assert removed["contents"] == contents
    assert lines[:2] == ["Verslag van de buurt", "Periode 1 januari – 30 juni 2024."] and "Vervolg" in lines


def test_a_list_with_dot_leaders_whose_items_head_nothing_stays():
    prices = ["Koffie ........................ 2", "Thee .......................... 3",
              "Soep .......................... 5", "Broodje ....................... 6"]
    lines, removed = read(pages(page(), ["Wat kost het?", *prices, "", *FILLER]))
    assert "contents" not in removed and any(line.startswith("Thee") for line in lines)


def test_a_list_under_a_contents_heading_whose_items_head_nothing_stays():
    items = ["Inhoud", "Drie flessen olijfolie", "Een pak pasta", "Twee potten tomatensaus", "Een zak rijst"]
    lines, removed = read(pages(page(), [*items, "", *FILLER], page()))
    assert "contents" not in removed and "Een pak pasta" in lines


# ----------------------------------------------------------------------------------- rules

def test_a_rule_drawn_as_underscores_goes():
    lines, removed = read(pages(page("", "PROFIEL", "___________________", "Jan de Vries schrijft over de wijk.")))
    assert "___________________" not in lines and removed["rule"] == ["___________________"]


# ------------------------------------------------------------------ a layout numbered by spreads

def spread_report() -> str:
    """A designed report: a cover, a contents that names its sections by their labels (page
    ranges set above the titles), then spreads whose one folio stands under the left page and
    whose pages open with their section's label above their own heading."""
    cover = ["Jaarverslag van de buurt", "", "Vereniging Noord"]
    contents = ["Inhoud", "", "04–05", "", "Het plein", "", "06–07", "", "De speeltuin", "", "08–09", "", "Het park"]
    spreads = []
    for folio, label in (("04 | 05", "Het plein"), ("06 | 07", "De speeltuin"), ("08 | 09", "Het park")):
        spreads.append([label, "", f"Wat er met {label.lower()} gebeurde", "", *page("", folio)])
        spreads.append([label, "", f"Wat bewoners van {label.lower()} vinden", "", *page()])
    closing = ["Colofon", "", "Tekst en beeld: de leden van de vereniging.", *page()]
    return pages(cover, contents, *spreads, closing)


def test_a_spread_folio_with_a_bar_is_a_page_number():
    lines, removed = read(spread_report())
    assert removed["page-number"] == ["04 | 05", "06 | 07", "08 | 09"]
    assert not any("|" in line for line in lines)


def test_section_labels_atop_the_pages_of_spreads_go_and_the_pages_headings_stay():
    """Regression: a designed annual report printed its section's label atop each page of a
    spread; the labels stood in the text as headings before every page's own heading."""
    lines, removed = read(spread_report())
    for label in ("Het plein", "De speeltuin", "Het park"):
        assert label not in lines
        assert f"Wat er met {label.lower()} gebeurde" in lines
    assert removed["running-head"] == ["Het plein", "Het plein", "De speeltuin", "De speeltuin", "Het park", "Het park"]
    # The cover's first line and a page's first line named by no contents and standing once stay.
    assert lines[0] == "Jaarverslag van de buurt" and "Colofon" in lines


def test_a_contents_of_two_columns_read_across_goes_whole():
    """Two columns of entries read across make two rising runs of page numbers, interleaved."""
    contents = ["Inhoud", "", "Het plein 4", "De markt 15", "De speeltuin 6", "De haven 17", "Het park 8",
                "De school 19", "De bibliotheek 10", "Het station 21", "Het buurthuis 12", "De molen 23"]
    lines, removed = read(pages(page(), [*contents, "", *FILLER]))
    assert removed["contents"] == [line for line in contents if line]
    assert lines[-3:] == list(FILLER)


def test_a_bare_number_past_the_last_page_is_a_figure_not_a_page_number():
    """Regression: "333" atop an infographic, on the sixth page of 34, was taken for a page
    number; the page numbers of the other pages tell how far the count goes."""
    first = [*FILLER, "", "1"]
    figure = ["333", "", "vrijwilligers hielpen dit jaar mee in de wijk.", *filler("de haven"), "", "2"]
    lines, removed = read(pages(first, figure, page("", "3"), page("", "4")))
    assert "333" in lines and removed["page-number"] == ["1", "2", "3", "4"]


def test_a_section_label_no_contents_names_goes_when_it_stands_atop_two_spread_pages():
    spreads = []
    for folio in ("20 | 21", "22 | 23"):
        spreads.append(["Financiën", "", *page("", folio)])
    lines, removed = read(pages(page(), *spreads, ["Tot slot", "", *page()]))
    assert "Financiën" not in lines and removed["running-head"] == ["Financiën", "Financiën"]
    assert "Tot slot" in lines


def test_a_newsletters_contents_under_in_dit_nummer_over_two_lines_goes():
    """Regression: a newsletter's "IN DIT / NUMMER:" (its heading over two lines of a narrow
    column, titles broken in lower case) stayed in the text and its titles became headings."""
    contents = ["IN DIT", "NUMMER:", "Woord van de", "voorzitter", "", "1", "", "Nieuws uit", "de club", "",
                "2", "", "De velddag", "", "3", "", "Agenda 4"]
    lines, removed = read(pages([*contents, "", *FILLER], page()))
    assert removed["contents"] == [line for line in contents if line]
    assert lines[:3] == list(FILLER)


def test_in_dit_nummer_over_a_paragraph_is_text():
    text = ["In dit nummer", "vertellen drie bewoners over hun straat, op bladzijde 2, 3 en 4."]
    lines, removed = read(pages(page(), [*text, "", *FILLER], page()))
    assert "contents" not in removed and text[0] in lines[3]


def test_roman_page_numbers_that_count_with_the_pages_go():
    """Regression: a front matter's "i", "ii", "iii" at the page feet were read as lower case
    continuing the sentence, and joined into the paragraph across the page break."""
    lines, removed = read(pages(page("", "i"), page("", "ii"), page("", "iii"), page("", "1")))
    assert removed["page-number"] == ["i", "ii", "iii", "1"]
    assert not any(line in ("i", "ii", "iii") or line.endswith((" i", " ii", " iii")) for line in lines)


def test_a_roman_numeral_at_a_page_edge_that_does_not_count_with_the_pages_stays():
    _, removed = read(pages(page("", "ii"), page(), page("", "vii"), page()))
    assert "page-number" not in removed


def test_two_rows_of_consecutive_numbers_make_no_layout_of_spreads_chapter_titles_stay():
    """A table's row "12 13" alone between blank lines reads as a spread's folio; two of them
    in a report of ten pages are no layout numbered by spreads, and the chapter titles atop the
    pages near them (named by the contents, as chapter titles are) stay."""
    titles = ("Het plein", "De haven", "Het park", "De school")
    contents = ["Inhoud", "", *(f"{title} {number}" for title, number in zip(titles, (3, 5, 7, 9)))]
    chapters = []
    for title, row in zip(titles, (["", "12 13", ""], ["", "12 13", ""], [], [])):
        chapters += [[title, "", *page(*row)], page()]
    lines, removed = read(pages(page(), contents, *chapters))
    assert all(title in lines for title in titles) and "running-head" not in removed


def test_a_chapter_heading_with_its_number_stays_when_its_title_runs_atop_the_chapters_pages():
    """Regression: '1 Wonen in de wijk' opening its chapter, 'Wonen in de wijk' atop the
    chapter's later pages: the numbers aside, the heading read as one more copy of the running
    head and went with them."""
    chapter = [["1 Wonen in de wijk", "", *page("", "2")]]
    chapter += [["Wonen in de wijk", "", *page("", str(number))] for number in (3, 4, 5)]
    lines, removed = read(pages(page(), *chapter, ["2 Werken", "", *page("", "6")]))
    assert "1 Wonen in de wijk" in lines and "Wonen in de wijk" not in lines
    assert removed["running-head"] == ["Wonen in de wijk"] * 3


def test_a_section_header_atop_every_page_of_its_chapter_goes_from_each_the_heading_stays_once():
    """Review 22f: the common Word layout, a section header atop every page of its chapter
    ("Hoofdstuk 2 Activiteiten", "Chapter 2: Methods", "Jaarverslag 2023 | Activiteiten") with the
    chapter's heading under it on the opening page, or no heading at all: every copy of the header
    goes (a header kept on the opening page prints the heading twice, or is a false heading)."""
    for heads, headings in ((("Hoofdstuk 1 Inleiding", "Hoofdstuk 2 Activiteiten"),
                             ("1. Inleiding", "2. Activiteiten")),
                            (("Chapter 1: Introduction", "Chapter 2: Methods"), ("1. Introduction", "2. Methods")),
                            (("Jaarverslag 2023 | Inleiding", "Jaarverslag 2023 | Activiteiten"),
                             ("1 Inleiding", "2 Activiteiten")),
                            (("Stichting De Brug – Inleiding", "Stichting De Brug – Activiteiten"), ("", ""))):
        chapters = [[head, "", *([heading, ""] if heading and number == 0 else []), *page()]
                    for head, heading in zip(heads, headings) for number in range(3)]
        lines, removed = read(pages(["Jaarverslag 2023", "", *page()], *chapters))
        assert not any(head in lines for head in heads), heads
        assert removed["running-head"] == [heads[0]] * 3 + [heads[1]] * 3, heads
        for heading in filter(None, headings):        # (its number may open a list: "1." goes as its marker)
            assert lines.count(heading) + lines.count(heading.split(" ", 1)[1]) == 1, heading


def test_a_long_address_footer_on_every_page_is_a_running_foot():
    """Regression: a footer longer than a running head's 60 characters (the sender's address,
    web site and telephone on one line) stayed in the text on every page."""
    foot = "Gemeente Veldhoven | Postbus 10101, 5500 GA Veldhoven | www.veldhoven.nl | T 040 258 4111"
    lines, removed = read(pages(*(page("", foot, str(number)) for number in range(1, 5))))
    assert foot not in lines and removed["running-head"] == [foot] * 4


def test_a_long_line_at_the_foot_of_a_few_pages_only_stays():
    line = "Bewoners van de wijk Noord kunnen hun vragen stellen tijdens het spreekuur op dinsdag"
    bodies = [page("", line) if number < 2 else page() for number in range(6)]
    lines, removed = read(pages(*bodies))
    assert lines.count(line) == 2 and "running-head" not in removed


def test_folios_with_the_page_word_written_out_or_shortened_without_a_dot_or_with_a_colon():
    for folio in ("Bladzijde 2 van 15", "blz 2", "Pag 2/15", "Pagina: 2"):
        lines, removed = read(pages(page(), page("", folio), page()))
        assert folio not in lines and removed["page-number"] == [folio], folio


def test_a_web_address_at_the_foot_of_every_page_is_a_running_foot_not_a_sentences_end():
    """Regression: a foot opening in lower case ("www.veldhoven.nl") was never a running foot;
    the paragraph pass read it as the sentence going on and joined it into the text."""
    for foot in ("www.veldhoven.nl", "info@buurtwerk.nl | 040 123 4567"):
        lines, removed = read(pages(*(page("", foot, "", str(number)) for number in range(1, 5))))
        assert not any(foot in line for line in lines) and removed["running-head"] == [foot] * 4, foot


def test_a_lower_case_line_atop_a_few_pages_only_stays():
    line = "en daarom vraagt de buurt om een nieuw plan"
    bodies = [[line, *page()] if number in (1, 4, 6) else page() for number in range(8)]
    lines, removed = read(pages(*bodies))
    assert sum(line in text for text in lines) == 3 and "running-head" not in removed


def test_a_folio_run_into_a_letterhead_line_goes_and_the_line_stays():
    """pdftotext -layout runs a letterhead's columns into one line: the registration number at
    the left, the folio at the right.  The folio (page word, number and count) goes, logged;
    the letterhead's text stays (its copies atop later pages are a running head).  The same
    words deep inside a page are text."""
    head = ["Vereniging De Linde", "Dorpsweg 3", "", "KvK-nummer : 1234 5678 Blad {} / 3", ""]
    bodies = [[line.format(number) for line in head] + page() + page() + page() for number in (1, 2, 3)]
    lines, removed = read(pages(*bodies))
    assert lines[0] == "KvK-nummer : 1234 5678" and not any("Blad" in line for line in lines)
    assert removed["page-number"] == ["Blad 1 / 3", "Blad 2 / 3", "Blad 3 / 3"]
    deep = [*page(), *page(), *page(), "Het verslag staat in de map op blad 2 / 3", *page(), *page(), *page()]
    lines, removed = read(pages(page(), deep, page()))
    assert "Het verslag staat in de map op blad 2 / 3" in lines and "page-number" not in removed


def test_a_reference_to_other_pages_closing_a_line_at_a_page_edge_is_no_folio():
    """A row of a table that ends on the pages it refers to ("... blad 6 / 7", the spread of
    that topic) at a page's edge numbers neither the page it stands on nor the document's count
    of pages: it stays, the reference with it."""
    row = "Nieuwe vrijwilligers werven en behouden blad 6 / 7"
    lines, removed = read(pages(page(), [row, "", *page(), *page()], page()))
    assert row in lines and "page-number" not in removed


def test_a_version_line_atop_every_page_goes_from_the_cover_too():
    """A version label with its value atop every page, the cover included, dates the pages and
    names no title: its cover copy goes with the others though the title stands under it; a
    cover title repeated atop the pages keeps its cover copy (see the test above)."""
    version = "Versie 2024-05"
    cover = [version, "", "Jaarplan", "Vereniging De Linde", *FILLER]
    lines, removed = read(pages(cover, [version, *page()], [version, *page()]))
    assert version not in lines and removed["running-head"] == [version] * 3
    assert lines[:2] == ["Jaarplan", "Vereniging De Linde"]


MENU = ["Nieuws", "Agenda", "Teams", "Lid worden"]


def web_page(menu: list[str], stamp: str) -> str:
    return pages([*menu, "", *page()], [*page(), "", stamp])


def test_a_captured_web_pages_stamp_and_navigation_menu_go():
    stamp = "https://www.voorbeeldclub.nl/nieuws/brief[03/04/2025 10:12:55]"
    lines, removed = read(web_page(MENU, stamp))
    assert not set(MENU) & set(lines) and removed["navigation"] == MENU
    assert stamp not in lines and removed["stamp"] == [stamp]


def test_a_web_pages_back_to_top_arrow_ending_the_text_goes_and_an_arrow_inside_it_stays():
    """A ReSpec page printed to PDF ends with its back-to-top link, an arrow alone: no meaning in
    print.  The same arrow alone inside the text (a table's trend: prices up) is the text's."""
    lines, removed = read(pages(page(), [*page(), "", "↑"]))
    assert "↑" not in lines and removed["navigation"] == ["↑"]
    lines, removed = read(pages(page(), ["Prijzen", "", "↑", "", *page()]))
    assert "↑" in lines and "navigation" not in removed


def test_short_lines_atop_a_text_that_is_no_captured_web_page_stay():
    """Without the capture's stamp the short lines are a cover's or a letterhead's; with it, a
    menu whose item the text uses as a heading is the text's own contents."""
    lines, removed = read(web_page(MENU, "Met sportieve groet, het bestuur"))
    assert lines[:4] == MENU and "navigation" not in removed
    stamp = "https://www.voorbeeldclub.nl/nieuws/brief[03/04/2025 10:12:55]"
    lines, removed = read(pages([*MENU, "", *page()], [*page(), "", "Agenda", *page(), "", stamp]))
    assert lines[:4] == MENU and "navigation" not in removed and removed["stamp"] == [stamp]


def test_ligature_letters_set_apart_at_page_feet_go_and_the_sentence_joins():
    """A text layer that could not map the ligatures put their letters at the foot of each page,
    one a line; the sentence the page break cuts runs on."""
    first = [*page(), "Wij gaan in de zomer weer samen op", "ff", "", "fi", "", "fl", ""]
    second = ["reis naar de kust.", *page(), "", "ff", "", "ffi", ""]
    lines, removed = read(pages(first, second, page()))
    assert removed["ligature"] == ["ff", "fi", "fl", "ff", "ffi"]
    assert "Wij gaan in de zomer weer samen op reis naar de kust." in " ".join(lines)


def test_a_lone_fi_at_one_pages_foot_stays():
    lines, removed = read(pages([*page(), "", "fi", ""], page(), page()))
    assert "fi" in lines and "ligature" not in removed


def margin_page(topic: str, glued: bool = False) -> list[str]:
    """A later page of a letter whose margin column (date and reference) pdftotext read in among
    the body's lines; on one page the reference ran into the end of a line."""
    reference = [] if glued else ["2024-0012345"]
    ending = " 2024-0012345" if glued else ""
    return [f"Over {topic} hebben wij met bewoners gesproken, en wij", "Datum",
            "zien dat de meeste van hen de plannen", "12 maart 2024", "steunen. Wij stellen daarom voor",
            "Ons kenmerk", f"om het werk aan {topic} in het voorjaar te beginnen{ending}", *reference,
            "en de buurt daarover met een brief te informeren."]


def test_a_letters_margin_column_repeated_on_every_page_leaves_the_sentences_it_cut():
    first = ["Gemeente Oosterburg", "Datum", "12 maart 2024", "Ons kenmerk", "2024-0012345", "",
             "Geachte heer, mevrouw,", "", *filler("het plein")]
    later = [margin_page(topic, glued=topic == "de haven") for topic in ("de speeltuin", "de markt", "het park",
                                                                         "de haven")]
    lines, removed = read(pages(first, *later))
    reading = " ".join(lines)
    assert "en wij zien dat de meeste van hen de plannen steunen." in reading
    assert "aan de haven in het voorjaar te beginnen en de buurt" in reading
    assert reading.count("12 maart 2024") == 1 and reading.count("2024-0012345") == 1    # the first page's own
    assert removed["running-head"].count("Datum") == 4 and removed["running-head"].count("2024-0012345") == 4


def test_the_senders_department_stacked_on_the_margin_fields_goes_with_them():
    """The column repeats the sender's department over its date on every later page ("Afdeling
    Wonen" / "Team Oost" / "Datum" / "12 maart 2024"), set apart from the text; on the first page
    the department's name runs over two lines.  It is the column's, and goes with the fields; the
    first page's stays.  A line that stands apart from the column on one page is the text's there,
    and stays everywhere."""
    first = ["Gemeente Oosterburg", "Afdeling", "Wonen", "Team Oost", "Datum", "12 maart 2024", "",
             "Geachte heer, mevrouw,", "", *filler("het plein")]

    def later(topic: str, department: list[str]) -> list[str]:
        return [*filler(topic), "", *department, "Team Oost", "Datum", "12 maart 2024", "", *filler(topic)]
    topics = ("de speeltuin", "de markt", "het park")
    stacked = [later(topic, ["Afdeling Wonen"]) for topic in topics]
    lines, removed = read(pages(first, *stacked))
    assert removed["running-head"].count("Afdeling Wonen") == 3 and removed["running-head"].count("Team Oost") == 3
    assert "Afdeling Wonen" not in lines and lines.count("Team Oost") == 1
    apart = [*filler("de haven"), "", "Afdeling Wonen", ""]
    lines, removed = read(pages(first, *stacked, later("de kerk", apart)))
    assert lines.count("Afdeling Wonen") == 4 and removed["running-head"].count("Team Oost") == 4


def test_a_label_repeated_on_every_page_without_its_value_stays():
    first = ["Gemeente Oosterburg", "Datum", "12 maart 2024", "", *filler("het plein")]
    later = []
    for day, topic in ((14, "de markt"), (15, "het park"), (16, "de haven"), (17, "de kerk")):
        one, two, three = filler(topic)
        later.append([one, "Datum", two, f"{day} maart 2024", three])
    lines, removed = read(pages(first, *later))
    assert " ".join(lines).count("Datum") == 5 and "running-head" not in removed


def footer_page(number: int, count: int, topic: str) -> list[str]:
    """A page whose footer of three blocks (folio and name, board, bank) pdftotext reads with the
    folio inside the footer's first block, far from the page's edge."""
    return [*filler(topic), "", f"Pagina {number} van {count}", "Stichting De Tuin", "",
            "Bestuur:", "Anna de Vries, Bram Jansen", "", "Rabobank Oosterburg", "NL00 RABO 0123 4567 89"]


def test_a_folio_with_its_page_count_inside_a_footer_goes():
    topics = ("het plein", "de markt", "het park", "de haven")
    lines, removed = read(pages(*(footer_page(number, 4, topic) for number, topic in enumerate(topics, 1))))
    assert not any(line.startswith("Pagina ") for line in lines)
    assert removed["page-number"] == [f"Pagina {number} van 4" for number in range(1, 5)]


def test_a_page_and_count_that_is_not_the_pages_own_stays():
    body = [*filler("het plein"), "", "Pagina 3 van 12", "", *filler("de markt")]
    lines, removed = read(pages(body, page(), page()))
    assert "Pagina 3 van 12" in lines and "page-number" not in removed


def test_a_head_set_over_three_lines_goes_whole_above_a_name_opening_the_page():
    head = ["Protokoll der jährlichen", "Hauptversammlung des", "Gartenvereins Grünau e.V"]
    body = ["Über {} sprechen die Mitglieder seit Jahren miteinander, und das Gespräch",
            "geht weiter. Dieses Protokoll beschreibt, was für {} getan wurde und was",
            "noch geschehen muss, bevor die Pläne des Vereins Wirklichkeit werden."]
    topics = ("den Teich", "die Beete", "den Zaun", "das Vereinsheim", "die Wege", "den Kompost")
    bodies = [[*head, *(line.format(topic) for line in body)] for topic in topics]
    bodies[4] = [*head, "Karl Bauer", *bodies[4][3:]]          # the page opens with a name over its text
    lines, removed = read(pages(*bodies))
    assert not any(line in head for line in lines)
    assert "Karl Bauer" in lines
    assert removed["running-head"].count("Gartenvereins Grünau e.V") == 6


def test_a_head_set_over_lines_with_its_date_goes_from_the_first_page_whole():
    """Every page opens with the same head: the title over two lines and the issue's date under
    them, set apart.  On the first page the date stands by the head's lines only, not by a cover
    title: once they go, it goes with them; the document's title under the head stays."""
    head = ["Beter samenwerken in de", "Buurtraad", "", "2025.03.14", ""]
    first = [*head, "Beter samenwerken in de Buurtraad", "Aanleiding", *page()]
    lines, removed = read(pages(first, [*head, *page()], [*head, *page()], [*head, *page()]))
    assert "2025.03.14" not in lines and removed["running-head"].count("2025.03.14") == 4
    assert "Beter samenwerken in de Buurtraad" in lines


def test_a_page_number_right_over_the_running_foot_goes_with_it():
    """Each of three pages ends on its number, set right under the last line of text, over the
    same foot (title, speaker, event and date): the foot goes, and so does each number, which
    counts the pages; no number is left in the text or glued to its sentences."""
    foot = "Spelen zonder grenzen – Anna de Wit – Dag van de Speeltuin 12.05.2024"
    bodies = [[*page(), str(number), "", foot, ""] for number in (1, 2, 3)]
    lines, removed = read(pages(*bodies))
    assert removed["running-head"] == [foot] * 3 and removed["page-number"] == ["1", "2", "3"]
    assert not any(line.split()[-1] in ("1", "2", "3") for line in lines)


def test_a_review_comment_printed_with_the_text_goes_and_a_sentence_with_its_label_stays():
    """A word processor printed a reviewer's comment in the margin: its label, the reviewer's
    initials and number in brackets, then the comment.  It is no text of the document and goes,
    logged; a line that opens with the same words but has no bracketed initials is text."""
    comment = "Met opmerkingen [JV2]: Nagevraagd bij het bestuur"
    sentence = "Met opmerkingen over de speeltuin kwamen vooral de ouders van de jongste kinderen."
    lines, removed = read(pages([*page(), "", comment, "", *page(), "", sentence, *page()]))
    assert comment not in lines and removed["review-comment"] == [comment]
    assert any(sentence in line for line in lines)


def test_a_review_comments_label_goes_with_a_particle_in_the_reviewers_initials():
    """Regression: Cora van Oorschot's comments ("[CvO2]": a name's particle in lower case) stayed
    in the minutes.  Their labels' lines go; the lines under them stay, in doubt (see below)."""
    balloon = ["Met opmerkingen [CvO2]: https://en.wikipedia.org/wiki/", "Dublin_core"]
    other = ["Met opmerkingen [JvdB4]: Comprehensive Knowledge", "Archive Network (CKAN)"]
    lines, removed = read(pages([*page(), "", *balloon, "", *page(), "", *other, "", *page()]))
    assert removed["review-comment"] == [balloon[0], other[0]]
    assert not any("opmerkingen" in line for line in lines)
    assert any("Dublin_core" in line for line in lines) and any("Archive Network" in line for line in lines)


def test_the_lines_under_a_review_comments_label_stay():
    """The label's line goes on its evidence; nothing tells the lines under it from the text's.
    Review 21c: short body lines glued under a label, a paragraph under it, the lines of a
    longer run, the next page's heading under a label ending its page were deleted as a
    balloon's; a label in brackets without initials and number stays whole."""
    label = "Met opmerkingen [RJ1]: Aangevuld"
    lines, removed = read(pages([*page(), "", label, *FILLER[:2], "", *page()]))
    assert removed["review-comment"] == [label] and all(any(line in kept for kept in lines) for line in FILLER[:2])
    run = ["Met opmerkingen [RJ2]: Nagevraagd bij het bestuur van de vereniging", "Bewoners", "Ouders",
           "Leerkrachten", ""]
    lines, removed = read(pages([*page(), "", *run, *page()]))
    assert removed["review-comment"] == run[:1] and all(any(word in kept for kept in lines) for word in run[1:4])
    note = "Met opmerkingen [zie bijlage 2]: de wensen van de bewoners"
    lines, removed = read(pages([*page(), "", note, "", *page()]))
    assert "review-comment" not in removed and any("zie bijlage 2" in line for line in lines)
    for language, (label, *body) in GLUED_UNDER_LABELS.items():
        lines, removed = read(BODIES[language].format(label="\n".join([label, *body])))
        assert removed["review-comment"] == [label], language
        assert all(any(line in kept for kept in lines) for line in body), language


# Review 21c's probes: a document's body lines glued under a comment's label (and a blank line under them).
GLUED_UNDER_LABELS = {
    "nl": ["Met opmerkingen [JvdB4]: Graag nog navragen bij de penningmeester of dit bedrag klopt",
           "Besluit: de begroting 2022 wordt vastgesteld.", "Actie: penningmeester"],
    "de": ["Kommentiert [KvM2]: Bitte die Anwesenheitsliste noch beifügen, siehe Anlage zum Protokoll",
           "Anwesend: 23 Mitglieder", "Entschuldigt: 4 Mitglieder"],
    "fr": ["Commenté [MdL1]: Ajouter la date de la prochaine réunion du bureau avant l'envoi",
           "Veuillez agréer nos salutations distinguées.", "Marie de Lange, présidente"],
    "en": ["Commented [CvO3]: Is this right? Check with the council and the police",
           "The speed in the street will be measured in June."]}
BODIES = {
    "nl": "Notulen ledenvergadering 12 maart 2022\n\n2. Financiën\n\nDe penningmeester licht de cijfers toe. "
          "Het tekort is kleiner dan vorig jaar, vooral door\nde hogere opbrengst van de jaarmarkt en de bijdrage "
          "van de gemeente aan het buurthuis.\n\n{label}\n\n3. Rondvraag\n\nEr zijn geen vragen.\n",
    "de": "Protokoll der Mitgliederversammlung\n\nTOP 1 Begrüßung\n\nDer Vorsitzende begrüßt die Mitglieder "
          "und stellt die Beschlussfähigkeit der Versammlung fest.\n\n{label}\n\nTOP 2 Bericht des Vorstands\n\n"
          "Der Vorstand berichtet über das vergangene Jahr und die Renovierung der Sporthalle im Sommer.\n",
    "fr": "Madame, Monsieur,\n\nNous vous remercions de votre participation à l'assemblée générale de notre "
          "association de quartier.\nLe compte rendu est joint à ce courrier et sera également publié sur notre "
          "site internet.\n\n{label}\n",
    "en": "Minutes of the working group on traffic\n\nThe chair opened the meeting at eight and welcomed the "
          "members, and in particular\nthe new members of the working group and the neighbourhood officer.\n\n"
          "{label}\n\nThe treasurer presented the accounts. The deficit is smaller than last year, mostly\n"
          "thanks to the summer fair and the council's grant for the community centre.\n"}


def test_a_review_comments_label_ending_its_page_keeps_the_next_pages_first_lines():
    """Review 21c: a label ending its page took the next page's heading and first line with it."""
    label = "Commented [AB1]: Please check the names of the guests with the secretary before sending"
    first = "The treasurer presented the accounts."
    text = pages(["Minutes of the annual meeting", "", "1. Welcome", "",
                  "The chair opened the meeting at eight and welcomed the members and the guests from the council.",
                  "She thanked the volunteers for their work on the summer fair and the garden project.", "", label],
                 ["2. Accounts", first, "",
                  "The accounts for 2021 were approved by the members present at the meeting,",
                  "and the treasurer was thanked for his careful work over the past year."])
    lines, removed = read(text)
    assert removed["review-comment"] == [label]
    assert "Accounts" in lines and any(first in line for line in lines)        # (the item "2." numbered apart)


def test_a_number_over_the_running_foot_of_a_page_whose_folio_is_gone_too_is_no_folio():
    """The same three pages with their own numbers printed under the foot: those are the folios,
    and a page has one, so the lone numbers over the feet (note labels whose notes follow on the
    next lines of the page's foot) stay in the text."""
    foot = "Spelen zonder grenzen – Anna de Wit – Dag van de Speeltuin 12.05.2024"
    bodies = [[*page(), str(label), "", foot, "", str(folio)] for folio, label in ((1, 4), (2, 5), (3, 6))]
    lines, removed = read(pages(*bodies))
    assert removed["running-head"] == [foot] * 3 and removed["page-number"] == ["1", "2", "3"]
    assert [line for line in lines if line in ("4", "5", "6")] == ["4", "5", "6"]


# A club's small print under the folio of each page, longer than a head and ending two sentences.
SMALL_PRINT = ("In het geval van verwerking van persoonsgegevens is onze Privacy Policy van toepassing. "
               "Deze is te downloaden via onze website.")


def test_long_small_print_under_the_folio_ending_every_page_is_a_running_foot():
    """Regression: the small print under "Pagina N van 3", the last line of every page, stayed in
    the text three times (too long for a running foot's 120 characters, and ending a sentence)."""
    bodies = [[*page(), "", f"Pagina {number} van 3", "", SMALL_PRINT, ""] for number in (1, 2, 3)]
    lines, removed = read(pages(*bodies))
    assert SMALL_PRINT not in lines and removed["running-head"] == [SMALL_PRINT] * 3
    assert removed["page-number"] == ["Pagina 1 van 3", "Pagina 2 van 3", "Pagina 3 van 3"]


def test_a_long_sentence_under_the_folio_of_two_pages_only_stays():
    bodies = [[*page(), "", f"Pagina {number} van 2", "", SMALL_PRINT, ""] for number in (1, 2)]
    lines, removed = read(pages(*bodies))
    assert lines.count(SMALL_PRINT) == 2 and "running-head" not in removed


def test_a_refrain_ending_every_page_without_a_folio_over_it_stays():
    """A newsletter's closing call, the same sentence at the end of each of its three pages, with
    no folio removed above it: the text's, not the page's."""
    call = ("Wilt u meedoen met de werkgroep van de buurt? Meld u dan aan bij het buurthuis aan het plein, "
            "elke dinsdagavond.")
    lines, removed = read(pages(*([*page(), "", call, ""] for _ in range(3))))
    assert lines.count(call) == 3 and "running-head" not in removed


def test_a_long_line_under_the_folio_that_also_stands_inside_a_page_stays():
    """The same sentence under the folio at the end of three pages, and once more inside a page:
    a sentence of the text, which the pages end on by chance."""
    bodies = [[*page(), "", f"Pagina {number} van 4", "", SMALL_PRINT, ""] for number in (1, 2, 3)]
    bodies.append([*page(), "", SMALL_PRINT, "", *page(), "", "Pagina 4 van 4"])
    lines, removed = read(pages(*bodies))
    assert lines.count(SMALL_PRINT) == 4 and "running-head" not in removed


def test_a_pages_first_sentence_under_a_folio_at_its_head_with_the_text_under_it_stays():
    """Folios printed at the head of the pages, each over the same long opening line (a form's
    instruction repeated atop its pages) with the page's text under it: not the page's last line."""
    bodies = [[f"Pagina {number} van 3", "", SMALL_PRINT, *page()] for number in (1, 2, 3)]
    lines, removed = read(pages(*bodies))
    assert sum(SMALL_PRINT in line for line in lines) == 3 and "running-head" not in removed


def test_a_long_closing_line_ending_its_pages_under_other_furniture_than_the_folio_stays():
    """Review 21c: a decision's closing formula under the watermark "CONCEPT", and a newsletter's
    call under a photo's credit, each the last line of three pages: furniture is removed right
    above them, but no folio; they are the text's."""
    closing = "Dit besluit treedt in werking op de dag na die van de bekendmaking ervan in het Gemeenteblad."
    lines, removed = read(pages(*([f"Besluit 2021-0{number}", "", *page(), "", "CONCEPT", "", closing, ""]
                                  for number in (1, 2, 3))))
    assert removed["stamp"] == ["CONCEPT"] * 3 and lines.count(closing) == 3
    call = "Heeft u nieuws voor de volgende editie? Mail het naar redactie@buurtkrant.nl voor 1 mei."
    lines, removed = read(pages(*([*page(), "", "Foto: Jan de Vries", "", call, ""] for _ in range(3))))
    assert removed["photo-credit"] == ["Foto: Jan de Vries"] * 3 and lines.count(call) == 3


def test_a_pages_only_line_under_a_folio_at_its_head_stays():
    """Folios at the head of the pages, each over the same long line, the page's only text: the
    line opens its page (the folio's removal passes the page's start on to it), the page's own."""
    form = "Wilt u zich aanmelden voor de werkgroep? Vul dan het formulier in en lever het in bij de balie."
    bodies = [page(), *([f"Pagina {number} van 4", "", form, ""] for number in (2, 3, 4))]
    lines, removed = read(pages(*bodies))
    assert removed["page-number"] == ["Pagina 2 van 4", "Pagina 3 van 4", "Pagina 4 van 4"]
    assert lines.count(form) == 3 and "running-head" not in removed


def test_a_paragraph_on_one_source_line_ending_its_pages_under_the_folio_stays():
    """A source line longer than a printed line of small print is a paragraph (a text exported
    a paragraph a line): the same one under the folio at the end of three pages is no foot."""
    paragraph = " ".join(FILLER)
    bodies = [[*page(), "", f"Pagina {number} van 3", "", paragraph, ""] for number in (1, 2, 3)]
    lines, removed = read(pages(*bodies))
    assert sum(paragraph in line for line in lines) == 3 and "running-head" not in removed


def test_a_long_contents_title_ending_its_pages_under_the_folio_is_a_heading():
    """A long title of the printed contents, set under the folio as the last line of three pages:
    a heading (the contents name it), never a running foot."""
    title = "Verwerking van persoonsgegevens van leden, vrijwilligers en bezoekers van de vereniging"
    bodies = [[*page(), "", f"Pagina {number} van 3", "", title, ""] for number in (1, 2, 3)]
    numbered, folios = remove_page_numbers(normalise(lines(*pages(*bodies).split("\n")))[0])
    kept, changes = remove_running_heads(numbered, contents_titles=[title], folios=folios_in(folios))
    assert [line.text for line in kept].count(title) == 3 and not changes


def test_a_long_source_line_alone_under_the_running_head_of_chart_pages_stays():
    """Chart pages whose chart is a picture: the running head atop each, then only the chart's
    source line, the same on three pages.  Furniture is gone right above it (the head), but that
    is the page's head, not a folio under its text: the source line is the page's own."""
    head = "Wonen in de wijk"
    source_line = ("Bron: Centraal Bureau voor de Statistiek, Woononderzoek Nederland 2021 en Basisregistratie "
                   "Personen; bewerking door de gemeente")
    bodies = [[head, "", source_line, ""] if number % 2 else [head, "", *page()] for number in range(6)]
    lines, removed = read(pages(*bodies))
    assert removed["running-head"] == [head] * 6 and lines.count(source_line) == 3


# ------------------------------------------------------------------ folios with any mark and rules

def _folio_pages(folios: list[str]) -> tuple:
    """The lines of a text whose pages each end with the given line (a folio, or a body line)."""
    return normalise(lines(*pages(*(page("", folio) for folio in folios)).split("\n")))[0]


def test_a_folio_with_its_count_after_any_mark_goes_where_its_numbers_count_on_with_the_pages():
    """Issue 24 (the Flemish government's reports, "7 /// 24" at every page's foot): a page's
    number and the page count set apart by any mark ("7 /// 24", "Page 7 | 24", "7 — 24", "7 - 24")
    is a folio where the pages bear it out: the numbers count on with the pages (a blank page the
    text layer left out skips one: 2, 3, 5, 6), the count is the same on every page and no page
    is beyond it."""
    for code, form in (("nl", "{} /// 6"), ("en", "Page {} | 6"), ("de", "{} — 6"), ("fr", "{} - 6")):
        folios = [form.format(number) for number in (2, 3, 5, 6)]
        kept, changes = remove_page_numbers(_folio_pages(folios), language=language_of(code))
        assert sorted(change.before for change in changes if change.kind == "page-number") == folios, code
        assert not any(line.text in folios for line in kept), code


def test_numbers_set_apart_by_a_mark_that_do_not_count_on_with_the_pages_stay():
    """A score ("3 - 1"), a range ("10 – 12"), a ratio: numbers with a mark between them at a
    page's foot are no folio where they do not number the pages: falling, once only, rising
    slower than the pages, two on one page, or a count under the text's pages; nor, with a page
    word, a citation's pages at one page's foot ("pp. 12-15", "S. 3–5")."""
    for code, texts in (("nl", ["3 - 1", "2 - 1", "4 - 1", "5 - 1"]),          # falling: scores
                        ("en", ["7 | 24"]),                                    # one page only
                        ("en", ["pp. 12-15"]), ("de", ["S. 3–5"]),               # a citation's pages
                        ("de", ["1 — 9", "Die Mannschaft gewann.", "Die Mannschaft verlor.", "2 — 9"]),  # slower
                        ("fr", ["1 | 3", "3 | 3", "Le club a gagné.", "Le club a perdu."])):  # count 3, 4 pages
        kept, changes = remove_page_numbers(_folio_pages(texts), language=language_of(code))
        assert not changes and all(any(line.text == text for line in kept) for text in texts), code
    two_a_page = normalise(lines(*pages(page("", "10 – 12", "14 – 12"), page("", "16 – 12")).split("\n")))[0]
    kept, changes = remove_page_numbers(two_a_page, language=language_of("nl"))
    assert not changes


def _report_pages(*bodies: str) -> str:
    """A text of the given pages, each a paragraph of its own under a heading."""
    return "\f".join(bodies) + "\f"


def test_a_rule_over_the_page_foot_goes_with_the_foot_and_the_notes_above_it_are_found():
    """Issue 24 (the Flemish government's reports): notes / a rule of 140 slashes / the running
    foot / the folio "n /// m" at every page's foot.  Once the foot and the folio are gone by their
    own evidence the rule ends the page: it goes too, and the notes stand at the page's foot."""
    rule = "/" * 140
    bodies = [f"Inleiding over {topic}\n\nDit rapport beschrijft wat de gemeente rond {topic} doet.{number} Zij\n"
              f"spreekt daarover met de bewoners en de verenigingen van de buurt.\n\n"
              f"{number} https://www.example.be/rapport/{number}\n{rule}\nRapport over de wijk /// 18/12/2017\n\n"
              f"{number} /// 4\n" for number, topic in enumerate(TOPICS[:4], start=1)]
    text = _report_pages(*bodies)
    lines, removed = read(text)
    assert removed["rule"] == [rule] * 4 and removed["page-number"] == [f"{n} /// 4" for n in range(1, 5)]
    assert not any("/// " in line or rule in line for line in lines)
    assert clean(source(text)).footnotes == tuple((n, f"https://www.example.be/rapport/{n}") for n in range(1, 5))


NOTES_UNDER_A_RULE = """Inleiding

Dit rapport beschrijft hoe gemeenten hun open data publiceren.1 Wij spraken met twaalf gemeenten
over hun ervaringen en keken naar de portalen die zij gebruiken.2 De resultaten staan hieronder.

{rule}
1 https://data.overheid.nl/community/gemeente1
2 https://www.example.nl/portaal/rapport-2
\fWerkwijze

De gesprekken vonden plaats in het voorjaar van 2023.3 Elke gemeente kreeg dezelfde vragen
over haar datasets, licenties en de manier waarop zij gebruikers helpt.4

{rule}
3 https://data.overheid.nl/community/gemeente3
4 https://www.example.nl/portaal/rapport-4
\fResultaten

De meeste gemeenten publiceren hun data op het landelijke portaal.5 Enkele gemeenten hebben
een eigen portaal, dat zij zelf beheren en bijhouden.6 Dat kost meer tijd.

{rule}
5 https://data.overheid.nl/community/gemeente5
6 https://www.example.nl/portaal/rapport-6
\f"""


def test_notes_under_a_separator_rule_on_every_page_stay_notes():
    """Review 24h: a separator rule over each page's notes is no running foot, however often it
    stands there: the notes under it are notes (they went as "between a running foot and the
    page's edge"); a rule of underscores goes as a rule, one of another mark stays (not the pages'
    furniture: only at a page's edge with its furniture gone do they go, _rules_over_the_foot)."""
    for rule in ("_" * 10, "-" * 10, "/" * 140):
        _, removed = read(NOTES_UNDER_A_RULE.format(rule=rule))
        assert "running-head" not in removed and removed.get("rule", []) == ([rule] * 3 if rule[0] == "_" else []), \
            rule[0]
        assert [number for number, _ in clean(source(NOTES_UNDER_A_RULE.format(rule=rule))).footnotes] == \
            [1, 2, 3, 4, 5, 6], rule[0]


def test_a_heading_over_a_rule_atop_every_page_stays():
    """Review 24h: "Activiteiten" / "=====" atop each page of a year report: the rule under
    each heading is no running head, and the heading over it is no part of one; a rule of
    underscores goes, another stays (amid the text it may be a scene break)."""
    for mark in "=-_":
        rule = mark * 30
        sections = (("Jaarverslag 2023", "het jaar"), ("Activiteiten", "de concerten"), ("Financiën", "de cijfers"),
                    ("Vooruitblik", "de zomer"))
        text = _report_pages(*(f"{heading}\n{rule}\n\nHet bestuur kijkt terug op {topic} en dankt de vrijwilligers.\n"
                               for heading, topic in sections))
        lines, removed = read(text)
        assert {"Activiteiten", "Financiën", "Vooruitblik"} <= set(lines) and "running-head" not in removed, mark
        assert removed.get("rule", []) == ([rule] * 4 if mark == "_" else []), mark


def test_a_table_closed_by_a_rule_at_every_page_foot_stays():
    """Review 24h: the same results table, its closing rule the last line of each page: the rows
    are text (they went once the rule was taken for a running foot, round after round)."""
    table = ("Datum          Tegenstander                 Uitslag\n" + "-" * 40 + "\n"
             "3 maart        SC Blauw                      2-1\n10 maart       FC Groen                      0-0\n"
             + "-" * 40 + "\n")
    text = _report_pages(*(f"Uitslagen {team} elftal\n\nHieronder staan de uitslagen van het {team.lower()} elftal "
                           f"in maart.\n{table}" for team in ("Eerste", "Tweede", "Derde")))
    lines, removed = read(text)
    assert "running-head" not in removed and sum("SC Blauw" in line for line in lines) == 3
    # No foot was under the closing rules: they are no page furniture, and a run of dashes is no
    # rule the rules pass takes (a table's rule, a scene break): they stay.
    assert not [change for change in clean(source(text)).removals if change.kind == "rule"]


# A folio with any mark between its number and count: the evidence, one guard a fixture.

def _stay(code: str, *bodies: list[str]) -> None:
    _, changes = remove_page_numbers(normalise(lines(*pages(*bodies).split("\n")))[0], language=language_of(code))
    assert not changes, [change.before for change in changes]


def test_a_number_and_count_on_one_page_only_are_no_folio():
    _stay("nl", page(), page("", "2 /// 2"))


def test_numbers_behind_the_pages_are_no_folios():
    """A score "0 – 4" on page 1 (no page 0), "1 – 3" on page 2: behind their pages."""
    _stay("nl", page("", "0 – 4"), page("", "2 – 4"))
    _stay("nl", page(), page("", "1 /// 3"), page("", "2 /// 3"))


def test_numbers_ahead_of_the_pages_by_more_than_a_dropped_page_or_two_are_no_folios():
    """Opening hours "9 – 14", "10 – 14" on two pages; a page's number three ahead."""
    _stay("de", page("", "9 – 14"), page("", "10 – 14"))
    _stay("nl", page("", "4 /// 5"), page("", "5 /// 5"), page())


def test_numbers_falling_back_towards_the_pages_are_no_folios():
    """Ahead of its page by one, then by none: a page's number never falls back."""
    _stay("nl", page("", "2 /// 4"), page("", "2 /// 4"), page("", "3 /// 4"), page("", "4 /// 4"))


def test_two_numbers_of_one_count_on_one_page_are_no_folios():
    _stay("en", ["1 /// 3", *filler("de markt"), "", "2 /// 3"], page("", "3 /// 3"))


def test_a_number_beyond_its_count_is_no_folio():
    _stay("en", page("", "2 /// 2"), page("", "3 /// 2"))


def test_a_count_under_the_pages_or_far_above_them_is_no_page_count():
    """A count of 9 on two pages; a count of 2 on three, of 3 on four pages."""
    _stay("de", page("", "1 /// 9"), page("", "2 /// 9"))
    _stay("de", page("", "1 /// 2"), page("", "2 /// 2"), page("", "Ende."))
    _stay("fr", page("", "1 /// 3"), page("", "2 /// 3"), page("", "3 /// 3"), page("", "Le club a gagné."))


def test_numbers_with_a_page_s_own_sentence_under_them_are_no_folios():
    """Review 24h: a score under "Eindstand:" with the page's last sentence under it; a table's
    row "12 | 30" (the count is plausible here: the edge is the evidence that fails)."""
    _stay("nl", page("Eindstand:", "1 - 3", "", "Volgende week spelen we thuis."),
          page("Eindstand:", "3 - 3", "", "De kantine is zaterdag open vanaf tien uur."))


def test_a_folio_stacked_over_a_running_foot_goes():
    """The Flemish reports' even pages: the folio over the running foot ("2 /// 24" over
    "18.12.17 /// URI-richtlijnen"), the odd pages' folio the last line."""
    foot = "18.12.17 /// Rapport over de wijk"
    text = normalise(lines(*pages(page("", "1 /// 4", foot), page("", "2 /// 4"), page("", "3 /// 4", foot),
                                  page("", "4 /// 4")).split("\n")))[0]
    _, changes = remove_page_numbers(text, language=language_of("nl"))
    assert [change.before for change in changes] == [f"{n} /// 4" for n in range(1, 5)]


def test_ratings_and_dates_with_a_slash_need_the_pages_own_numbers():
    """Review 24h: a slash is a folio's known form, but on several pages inside them only as the
    page's own number and the page count: ratings "7/10", "9/10" and dates "3/11", "9/11" stay."""
    _stay("en", page("Our rating:", "7/10", "", "Members are welcome."), page("Our rating:", "9/10", "", "Bye."))
    _stay("nl", page("Datum:", "3/11", "", "Wij hopen u daar te zien."), page("Datum:", "9/11", "", "Tot dan."))


def test_the_page_word_over_a_folio_of_any_mark_goes_with_it():
    """Review 24h: "Pagina" / "1 /// 2" at each page's foot: the two go together (the word was
    left to the running heads and made the document's title); "Pagina 2 | 2" at the last page's
    foot alone goes as before."""
    _, removed = read(pages(page("", "Pagina", "1 /// 2"), page("", "Pagina", "2 /// 2")))
    assert removed["page-number"] == ["Pagina", "1 /// 2", "Pagina", "2 /// 2"] and "running-head" not in removed
    _, removed = read(pages(page(), page("", "Pagina 2 | 2")))
    assert removed["page-number"] == ["Pagina 2 | 2"]
