"""The HTML preview: one semantic page whose <main> holds the body text and nothing else."""
import re
from dataclasses import replace

import pytest
from bs4 import BeautifulSoup

from publish.model import BulletList, Paragraph
from publish.render.html import preview_assets, render_html


def soup(doc, media="screen"):
    return BeautifulSoup(render_html(doc, media=media), "lxml")


def words(text):
    return re.findall(r"\w+", text)


def chapter_words(doc):
    """Every word a reader should find in the body: titles, bylines, blocks (pull quotes included)."""
    out = []
    for chapter in doc.chapters:
        out += words(chapter.title) + [w for line in chapter.byline for w in words(line)]
        for block in chapter.blocks:
            texts = [item.text for item in block.items] if isinstance(block, BulletList) else [block.text]
            out += [w for t in texts for w in words(t)]
    return out


def test_page_is_dutch(realistic):
    assert soup(realistic).html["lang"] == "nl"


def test_main_holds_only_the_chapters(realistic):
    page = soup(realistic)
    main = page.main
    assert [child.name for child in main.find_all(recursive=False)] == ["section"] * 3
    for sup in main.find_all("sup"):   # note numbers are not words of the text
        sup.decompose()
    assert words(main.get_text(" ")) == chapter_words(realistic)


def test_front_and_back_matter_stay_outside_main(realistic):
    page = soup(realistic)
    assert page.find("nav", role="doc-toc").find_parent("main") is None
    assert "Inhoud" not in page.main.get_text()
    assert "ivanreisen@de-alliantie.nl" not in page.main.get_text()
    assert "ivanreisen@de-alliantie.nl" in page.footer.get_text()
    assert page.find(class_="titlepage").find_parent("header") is not None


def test_chapters_have_roles_titles_and_bylines(realistic):
    sections = soup(realistic).main.find_all("section", recursive=False)
    assert [s["role"] for s in sections] == ["doc-foreword", "doc-chapter", "doc-chapter"]
    for section, chapter in zip(sections, realistic.chapters):
        assert section.find(id=f"{chapter.id}-title").get_text() == chapter.title
        assert section.find(class_="byline").get_text(" ") == " ".join(chapter.byline)


def test_the_previews_outline_opens_with_its_one_h1_the_title_and_the_contents_below_it(realistic):
    """A screen reader's list of headings for the one-page preview: the title, the only h1; the
    contents, the chapters and the notes below it (h2); each chapter's sections one level below
    the chapter, no level skipped (the EPUB's title page is an h1 too)."""
    page = soup(realistic)
    headings = page.find_all(re.compile(r"^h[1-6]$"))
    assert [h.name for h in headings if h.name == "h1"] == ["h1"]
    assert headings[0].name == "h1" and "book-title" in headings[0]["class"]
    assert headings[0].get_text() == realistic.metadata.title
    assert headings[1].name == "h2" and headings[1].get_text() == "Inhoud"
    assert [h.get_text() for h in headings if h.get("id", "").endswith("-title") and h.name == "h2"] == [
        chapter.title for chapter in realistic.chapters]
    levels = [int(h.name[1]) for h in headings]
    assert all(after <= before + 1 for before, after in zip(levels, levels[1:]))
    printed = soup(realistic, "print")        # the booklet's title page and tags are as they were
    assert printed.find(class_="book-title").name == "p" and printed.find("nav").h1 is not None


def test_headings_lists_and_paragraph_styles(realistic):
    lecture = soup(realistic).main.find_all("section", recursive=False)[1]
    assert [h.get_text() for h in lecture.find_all("h3")] == [     # under the chapter's h2 (on screen)
        "Kwaliteit van leven in Nederland", "Binding in dorpen en steden anno 2015", "Tot slot"]
    assert lecture.find("h4").get_text() == "Sociale binding"
    assert len(lecture.find("ul").find_all("li")) == 3
    assert lecture.find("p", class_="lede")
    assert soup(realistic).find_all("p", class_="signature")[1].get_text() == "Voorzitter Enneüs Heermalezing"
    assert soup(realistic).main.find("ol").find("li").get_text() == "eerste punt"


def test_pull_quote_is_an_aside_hidden_from_screen_readers(realistic):
    aside = soup(realistic).find("aside")
    assert aside["role"] == "doc-pullquote" and aside["aria-hidden"] == "true"
    assert aside.get_text(strip=True) == "Verschillen tussen mensen zijn geen probleem."


def test_note_refs_without_note_text_are_bare_superscripts(realistic):
    sups = soup(realistic).main.find_all("sup")
    assert [s.get_text() for s in sups] == ["1", "2"]
    assert not soup(realistic).find(attrs={"role": "doc-noteref"})


def test_note_refs_link_to_the_notes_when_they_exist(annotated):
    page = soup(annotated)
    refs = page.find_all("a", attrs={"role": "doc-noteref"})
    assert [r.get_text() for r in refs] == ["1", "2"]
    for ref in refs:
        target = page.find(id=ref["href"].lstrip("#"))
        assert target is not None and target.find_parent("main") is None


def test_note_refs_side_by_side_are_parted_by_a_comma(small):
    from dataclasses import replace

    from publish.model import Note, Text
    from tests.render.documents import para
    (chapter,) = small.chapters
    doc = replace(small, chapters=(replace(chapter, blocks=(para("Hij is zijn eigen ontwikkelaar.", 3, 4, " Dat"),)),),
                  notes=(Note(3, (Text("Idem."),)), Note(4, (Text("Ibid."),))))
    paragraph = next(p for p in soup(doc).main.find_all("p") if "ontwikkelaar" in p.get_text())
    assert "ontwikkelaar.3,4 Dat" in paragraph.get_text()
    assert [ref.get_text() for ref in paragraph.find_all("a", role="doc-noteref")] == ["3", "4"]


def test_markers_on_the_titles_stand_on_the_title_page_and_the_chapter_heading_linked_both_ways(small):
    from dataclasses import replace

    from publish.model import Note, Text
    doc = replace(small, chapters=(replace(small.chapters[0], title_refs=((5, 2),)),), title_refs=((12, 3),),
                  notes=tuple(Note(n, (Text(f"Noot {n}."),)) for n in (1, 2, 3)))
    for media in ("screen", "print"):
        page = soup(doc, media)
        assert page.find(class_="book-title").find("a", role="doc-noteref")["href"] == "#note-3"
        chapter_title = page.find(re.compile("^h[12]$"), id=re.compile("-title$"), string=None)
        assert chapter_title.find("a", role="doc-noteref")["href"] == "#note-2"
        assert page.find(id="note-3").find("a", role="doc-backlink")["href"] == "#noteref-3"


def test_markers_on_a_byline_and_an_authors_name_are_linked_on_the_chapter_head_and_the_title_page(small):
    from dataclasses import replace

    from publish.model import Note, Text
    author = replace(small.metadata.authors[0], refs=((11, 2),))
    doc = replace(small, metadata=replace(small.metadata, authors=(author,)),
                  chapters=(replace(small.chapters[0], byline_refs=((0, 11, 3),)),),
                  notes=tuple(Note(n, (Text(f"Noot {n}."),)) for n in (1, 2, 3)))
    page = soup(doc, "print")
    names = [name.find("a", role="doc-noteref") for name in page.find_all(class_="person-name")]
    assert [a["href"] for a in names if a] == ["#note-2"]          # the title page's, not the cover's
    assert page.find(class_="byline-line").find("a", role="doc-noteref")["href"] == "#note-3"
    assert {page.find(id=f"note-{n}").find("a", role="doc-backlink")["href"] for n in (2, 3)} == \
        {"#noteref-2", "#noteref-3"}


def test_table_of_contents_links_every_chapter_and_section(realistic):
    page = soup(realistic)
    hrefs = [a["href"] for a in page.find("nav", role="doc-toc").find_all("a")]
    assert len(hrefs) == 3 + 3
    assert all(page.find(id=h[1:]) for h in hrefs)


def test_front_lines_are_shown_in_a_group_not_a_banner(small):
    from dataclasses import replace
    page = soup(replace(small, front_lines=("Aan Nederlandse Gemeentes.", "Januari 2018, Amsterdam")))
    header = page.find("div", class_="front-lines")
    assert header.find_parent("main") is None
    assert [p.get_text() for p in header.find_all("p")] == ["Aan Nederlandse Gemeentes.", "Januari 2018, Amsterdam"]


def source_cover_lines(doc):
    box = soup(doc, "print").find(class_="colophon-source")
    return [p.get_text() for p in box.find_all("p")] if box else []


def test_a_cover_line_half_of_whose_words_the_colophon_says_is_printed_whole(small):
    # The edition's year (2020) is half of "2019 – 2020": printing nothing would lose "2019" from the booklet.
    assert source_cover_lines(replace(small, front_lines=("2019 – 2020",))) == ["2019 – 2020"]


def test_a_cover_line_every_word_of_which_the_booklet_shows_is_not_printed_twice(small):
    assert source_cover_lines(replace(small, front_lines=("An de Vries", "Klein boekje 2020"))) == []
    assert source_cover_lines(replace(small, front_lines=("door An de Vries",))) == []   # a byline's opener


def test_a_cover_line_saying_more_than_the_shown_words_by_a_function_word_is_printed(small):
    """Review 27x: "Vanaf 2020" is no year alone, "voor An de Vries" no byline."""
    lines = ("Vanaf 2020", "voor An de Vries", "door 2020", "Klein boekje door An de Vries")
    assert source_cover_lines(replace(small, front_lines=lines)) == list(lines)


def test_a_letters_front_lines_open_its_text_in_print_and_are_not_repeated_in_the_colophon(small):
    letter = replace(small, chapters=(replace(small.chapters[0], kind="letter"),),
                     front_lines=("Betreft: de inclusieve samenleving", "Januari 2018, Amsterdam"))
    page = soup(letter, "print")
    assert source_cover_lines(letter) == []
    assert [p.get_text() for p in page.find("div", class_="front-lines").find_all("p")] == list(letter.front_lines)


def test_preview_assets_cover_every_linked_file(realistic):
    assets = preview_assets()
    page = soup(realistic)
    linked = [link["href"] for link in page.find_all("link", rel="stylesheet")]
    assert linked and all(href in assets for href in linked)
    for name in linked:
        for url in re.findall(r'url\("([^"]+)"\)', assets[name].decode()):
            assert url in assets, url


def test_print_html_has_a_cover_the_screen_page_does_not(realistic):
    assert soup(realistic, "print").find(class_="cover")
    assert not soup(realistic, "screen").find(class_="cover")


def test_unknown_media_is_an_error(small):
    with pytest.raises(ValueError, match="media"):
        render_html(small, media="tv")


def test_same_document_same_html(realistic):
    assert render_html(realistic) == render_html(realistic)


def test_an_ordered_list_keeps_the_source_numbers(small):
    from dataclasses import replace
    from publish.model import ListItem, Text
    lists = (BulletList((ListItem((Text("de kosten"),), (1, 1)),), (1, 1), ordered=True, start=2),
             BulletList((ListItem((Text("de zaal"),), (2, 2)), ListItem((Text("de reis"),), (3, 3))), (2, 3),
                        ordered=True, start=3, numbering="a"),
             BulletList((ListItem((Text("eerst"),), (4, 4)),), (4, 4), ordered=True))
    page = soup(replace(small, chapters=(replace(small.chapters[0], blocks=lists),)))
    assert [(ol.get("start"), ol.get("type")) for ol in page.main.find_all("ol")] == [
        ("2", None), ("3", "a"), (None, None)]


def test_a_clear_english_phrase_gets_its_language_and_dutch_text_does_not(small):
    from dataclasses import replace
    from publish.model import Text
    from publish.render.epub import render_epub
    sentence = Paragraph((Text("Zoals Cameron zei: we are all in this together, en dat bleek ook."),), (1, 1))
    loanwords = Paragraph((Text("De community care en de big society zijn in de wijk bekende woorden."),), (2, 2))
    chapter = replace(small.chapters[0], blocks=(sentence, loanwords))
    document = replace(small, chapters=(chapter,))
    page = BeautifulSoup(render_html(document), "html.parser")
    marked = [(span.get("lang"), span.get_text()) for span in page.select("main span[lang]")]
    assert marked == [("en", "are all in this together")]
    import io
    import zipfile
    chapter_file = zipfile.ZipFile(io.BytesIO(render_epub(document, page_list=False))).read("EPUB/chapter-01.xhtml")
    assert b'<span lang="en" xml:lang="en">are all in this together</span>' in chapter_file


def test_sub_items_are_a_list_inside_their_item_and_the_outer_numbering_goes_on():
    from documents import nested_list_document
    page = soup(nested_list_document())
    outer = page.main.find("ol")
    items = outer.find_all("li", recursive=False)
    assert len(items) == 6
    lettered = items[2].find("ol")
    assert lettered is not None and lettered.get("type") == "a" and lettered.get("start") is None
    assert [li.get_text(strip=True) for li in lettered.find_all("li")] == ["de voorzitter;", "de penningmeester."]
    assert items[2].find(string=True, recursive=False).strip() == "Het bestuur benoemt:"
    assert [li.get_text(strip=True) for li in items[4].find("ul").find_all("li")] == ["in de zaal", "op het plein"]
    assert items[5].get_text(strip=True) == "Het bestuur treedt af."      # read as the sixth: no restart


def computed_faces(doc, media):
    """Each heading's text and the first family of its computed font-family, as the medium's
    stylesheets set it (laid out by WeasyPrint for that medium)."""
    from weasyprint import HTML

    from publish.render.templating import STYLES_DIR
    pages = HTML(string=render_html(doc, media=media), base_url=f"{STYLES_DIR}/", media_type=media).render().pages

    def boxes(box):
        yield box
        for child in getattr(box, "children", ()):
            yield from boxes(child)
    return {"".join(box.element.itertext()): box.style["font_family"][0] for page in pages
            for box in boxes(page._page_box) if getattr(box, "element_tag", "") in ("h2", "h3", "h4", "h5")}


def test_the_previews_headings_keep_their_typefaces_a_level_lower(realistic):
    """The preview's sections (h3) and sub-sections (h4) are set in the sans, as the h2 and h3
    they were; the level below (h5, the h4 it was) in the serif of the text."""
    from dataclasses import replace

    from publish.model import Heading, Text
    lecture = realistic.chapters[1]
    lowest = Heading(4, (Text("Drie wijken"),), (0, 0))
    doc = replace(realistic, chapters=(realistic.chapters[0], replace(lecture, blocks=(*lecture.blocks, lowest)),
                                       *realistic.chapters[2:]))
    faces = computed_faces(doc, "screen")
    assert faces["Binding in dorpen en steden anno 2015"] == "Source Sans 3"
    assert faces["Sociale binding"] == "Source Sans 3"
    assert faces["Drie wijken"] == "Source Serif 4"


@pytest.mark.parametrize("slug", ["tekst", "inhoud-titel", "noten-titel", "colofon-titel"])
def test_no_chapter_takes_an_id_the_page_gives_its_own_parts(small, slug):
    # A text without a title slugs its chapter "tekst", the id of the preview's <main>: two elements
    # shared one id (found by publish check on round 24's documents), and a link to it went to the first.
    doc = replace(small, chapters=tuple(replace(chapter, id=slug) for chapter in small.chapters))
    ids = [element["id"] for element in soup(doc).find_all(id=True)]
    assert len(ids) == len(set(ids)), sorted(i for i in ids if ids.count(i) > 1)


# Drawn rules set as a paragraph or a front line of their own (publish.render.view.RULE_LINE).
RULE_LINES = ["/" * 95, "= = = = =", "=========", "~~~~~"]
# Marks that say something or are written on: a line to write on or to sign on, an ellipsis, a lone dash,
# a rating or a redaction (review 27k), a short run.
NOT_RULE_LINES = ["Naam: ______", "......", "...", "…", "—", "+++", "· · ·", "* *", "---", "***Nieuw***",
                    "*** Nieuw in 2024 ***", "-- 3 --", "?!?!", "***", "*****", "* * *", "—————————————",
                    "-----------------"]


def with_blocks(doc, *blocks):
    return replace(doc, chapters=(replace(doc.chapters[0], blocks=blocks),))


@pytest.mark.parametrize("mark", RULE_LINES)
def test_a_paragraph_of_one_mark_is_a_thematic_break_not_text_read_mark_by_mark(small, mark):
    from documents import para
    page = soup(with_blocks(small, para("Het eerste deel."), para(mark), para("Het tweede deel.")))
    section = page.find("section", class_="chapter")
    assert [child.name for child in section.find_all(["p", "hr"], recursive=False)] == ["p", "hr", "p"]
    assert mark not in section.get_text()


@pytest.mark.parametrize("mark", RULE_LINES)
def test_a_front_line_of_one_mark_is_a_thematic_break(small, mark):
    lines = soup(replace(small, front_lines=("Klankbordgroep", mark, "Datum: 25/09/2018"))).find(
        "div", class_="front-lines")
    assert [child.name for child in lines.find_all(["p", "hr"])] == ["p", "hr", "p"]
    assert mark not in lines.get_text()


@pytest.mark.parametrize("text", NOT_RULE_LINES)
def test_a_paragraph_or_front_line_of_marks_that_say_something_stays_text(small, text):
    from documents import para
    page = soup(replace(with_blocks(small, para(text)), front_lines=(text,)))
    assert page.find("hr") is None
    assert [p.get_text() for p in page.find("section", class_="chapter").find_all("p", recursive=False)] == [text]
    assert [p.get_text() for p in page.find("div", class_="front-lines").find_all("p")] == [text]


def test_a_run_of_marks_with_a_note_reference_keeps_its_reference(small):
    from documents import para
    section = soup(with_blocks(small, para("***", 1))).find("section", class_="chapter")
    assert section.find("hr") is None and section.find("p", recursive=False).get_text() == "***1"


def test_a_scene_break_in_print_carries_its_page_key(small):
    from documents import para
    assert soup(with_blocks(small, para("Voor."), para("/" * 20)), "print").find("hr").get("data-pb")
