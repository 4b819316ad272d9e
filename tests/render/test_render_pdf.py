"""The PDF booklet: A5, own fonts only, chapters on right-hand pages, a true table of contents."""
import io
import re
import shutil
from dataclasses import replace

import pikepdf
import pytest
from pypdf import PdfReader

from publish.editions import BOOKLET, LARGE_PRINT, PRESS
from publish.model import SideBySide
from publish.render.pdf import RefusedResource, StylesOnlyFetcher, page_options, page_starts, render_pdf
from publish.render.templating import STYLES_DIR

A5_POINTS = (148 / 25.4 * 72, 210 / 25.4 * 72)


@pytest.fixture(scope="module")
def pdf(realistic):
    return render_pdf(realistic)


@pytest.fixture(scope="module")
def reader(pdf):
    return PdfReader(io.BytesIO(pdf))


def chapter_pages(reader):
    """Chapter title -> 1-based page number, from the PDF's own bookmarks."""
    return {item.title: reader.get_destination_page_number(item) + 1
            for item in reader.outline if not isinstance(item, list)}


def page_lines(reader, number):
    return [line.strip() for line in reader.pages[number - 1].extract_text().splitlines() if line.strip()]


def test_every_page_is_a5(pdf):
    with pikepdf.open(io.BytesIO(pdf)) as document:
        for page in document.pages:
            box = [float(v) for v in page.MediaBox]
            assert box[2] - box[0] == pytest.approx(A5_POINTS[0], abs=0.5)
            assert box[3] - box[1] == pytest.approx(A5_POINTS[1], abs=0.5)


def test_page_count_is_a_multiple_of_four_for_saddle_stitching(reader):
    assert len(reader.pages) % 4 == 0


def test_only_the_print_cuts_are_used_and_all_are_embedded(pdf):
    """Every font is one of the full cuts publish makes (publish/fonts.py), embedded; no system font."""
    with pikepdf.open(io.BytesIO(pdf)) as document:
        embedded = {}
        for page in document.pages:
            for _, font in page.Resources.get("/Font", {}).items():      # pikepdf 9 has no .values()
                descendant = font.DescendantFonts[0] if "/DescendantFonts" in font else font
                descriptor = descendant.FontDescriptor
                name = re.sub(r"^/[A-Z]{6}\+", "", str(font.BaseFont))   # drop the subset tag
                embedded[name] = any(key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3"))
    assert embedded and all(embedded.values()), embedded
    assert all(name.startswith(("Publish-Serif", "Publish-Sans")) for name in embedded), embedded


def test_chapters_open_on_right_hand_pages_without_head_or_number(reader, realistic):
    pages = chapter_pages(reader)
    for chapter in realistic.chapters:
        number = pages[chapter.title]
        assert number % 2 == 1, chapter.title
        lines = page_lines(reader, number)
        assert lines[0].startswith(chapter.title.split()[0]), lines[:2]   # no running head above the title
        assert str(number) not in lines                                      # no folio


def test_blank_pages_carry_no_running_head_or_folio(reader, realistic):
    """The verso before a chapter opening and the padding pages before the back cover are
    wholly blank: a page never shows only a running head and a page number."""
    furniture = {chapter.title for chapter in realistic.chapters} | \
        {chapter.byline[0] for chapter in realistic.chapters if chapter.byline}
    blank = 0
    for number in range(1, len(reader.pages) + 1):
        lines = page_lines(reader, number)
        assert not lines or not set(lines) <= furniture | {str(number)}, (number, lines)
        blank += not lines
    assert blank >= 2                      # the fixture has a blank verso and padding pages


def test_table_of_contents_page_numbers_are_the_real_pages(reader, realistic):
    pages = chapter_pages(reader)
    toc_page = next(n for n in range(1, 8) if page_lines(reader, n)[:1] == ["Inhoud"])
    toc_text = " ".join(page_lines(reader, toc_page))
    for chapter in realistic.chapters:
        # \s*: pypdf before 6.21 may drop the gap before a page number ("scherper19")
        assert re.search(re.escape(chapter.byline[0]) + r"\s*" + str(pages[chapter.title]) + r"\b", toc_text) or \
            re.search(re.escape(chapter.title) + r"\s*" + str(pages[chapter.title]) + r"\b", toc_text), toc_text


def test_running_heads_and_folios_on_the_outer_edge(reader, realistic):
    pages = chapter_pages(reader)
    number = pages["Voorbij de tweedeling"] + 1                # a left-hand text page
    lines = page_lines(reader, number)
    assert "Voorbij de tweedeling" in lines and str(number) in lines
    page = reader.pages[number - 1]
    positions = []
    page.extract_text(visitor_text=lambda text, cm, tm, *_: positions.append((text.strip(), tm[4])))
    folio_x = [x for text, x in positions if text == str(number)]
    assert folio_x and folio_x[0] < float(page.mediabox.width) / 2   # left page: folio on the left (outer)


def test_bookmarks_for_chapters_and_sections(reader):
    titles = [item.title for item in reader.outline if not isinstance(item, list)]
    nested = [item.title for group in reader.outline if isinstance(group, list) for item in group
              if not isinstance(item, list)]
    assert {"Voorwoord", "Voorbij de tweedeling", "De participatiesamenleving maakt tweedeling scherper"} <= set(titles)
    assert "Kwaliteit van leven in Nederland" in nested


def test_document_metadata_and_pdf_ua(pdf):
    with pikepdf.open(io.BytesIO(pdf)) as document:
        assert str(document.docinfo["/Title"]) == "Voorbij de tweedeling"
        assert "Kim Putters" in str(document.docinfo["/Author"])
        assert str(document.Root.Lang) == "nl-NL"
        assert document.Root.MarkInfo.Marked
        assert "/StructTreeRoot" in document.Root
        assert b"pdfuaid:part" in document.Root.Metadata.read_bytes()


def test_a_source_read_across_its_columns_gets_a_tagged_pdf_without_the_pdf_ua_claim(small):
    """PDF/UA-1 asks for a logical reading order, which a source with columns side by side on its
    lines does not give: the booklet and large print claim no PDF/UA (still tagged); the press
    edition stays PDF/X."""
    across = replace(small, side_by_side=SideBySide(page=2, lines=(40, 52)))
    with pikepdf.open(io.BytesIO(render_pdf(across))) as document:
        assert b"pdfuaid" not in (document.Root.Metadata.read_bytes() if "/Metadata" in document.Root else b"")
        assert document.Root.MarkInfo.Marked and "/StructTreeRoot" in document.Root
    assert page_options(small, BOOKLET)["pdf_variant"] == page_options(small, LARGE_PRINT)["pdf_variant"] == "pdf/ua-1"
    assert "pdf_variant" not in page_options(across, BOOKLET) and "pdf_variant" not in page_options(across, LARGE_PRINT)
    assert page_options(across, LARGE_PRINT)["pdf_tags"] and page_options(across, PRESS)["pdf_variant"] == "pdf/x-4"


def test_text_is_hyphenated_and_every_word_stays_whole(pdf, realistic, tmp_path):
    """Justified, hyphenated text; pdftotext and the structure tree (what a screen reader gets)
    still give every word whole: the inserted hyphen is SOFT HYPHEN and carries ActualText."""
    from publish.check import document_words
    from publish.validate import check_structure_text, check_text_extraction, structure_text
    path = tmp_path / "booklet.pdf"
    path.write_bytes(pdf)
    with pikepdf.open(io.BytesIO(pdf)) as document:
        spans = [operands[1].ActualText for page in document.pages
                 for operands, operator in pikepdf.parse_content_stream(page, "BDC")
                 if isinstance(operands[1], pikepdf.Dictionary) and "/ActualText" in operands[1]]
    assert len(spans) > 10                       # hyphenated words: each half carries ActualText
    words = document_words(realistic)
    structure = check_structure_text(path, document_words(realistic, quotes=False))
    assert structure.passed, structure.messages[:5]
    assert "\u2010" not in structure_text(path) and "doe-democratie" in structure_text(path)
    extraction = check_text_extraction(path, words)
    if extraction.available:
        assert extraction.passed, extraction.messages[:5]


def test_marking_artifacts_and_whole_words_changes_no_pixel(realistic, pdf):
    """What render_pdf does after WeasyPrint (artifacts, ActualText, soft hyphens) is for readers
    of the text only: every page looks exactly as WeasyPrint drew it."""
    import pypdfium2

    from publish.editions import BOOKLET
    from publish.render.pdf import print_layout
    drawn = pypdfium2.PdfDocument(print_layout(realistic).write_pdf(**dict(BOOKLET.page_options)))
    written = pypdfium2.PdfDocument(pdf)
    assert len(drawn) == len(written)
    def pixels(document, number):
        return document[number].render(scale=1).to_pil().tobytes()
    changed = [number for number in range(len(drawn)) if pixels(drawn, number) != pixels(written, number)]
    assert not changed, f"pages looking other than WeasyPrint drew them: {[n + 1 for n in changed]}"


def test_same_document_same_bytes(realistic, pdf):
    from publish.render.pdf import print_layout, written_pdf
    written_pdf.cache_clear()
    assert render_pdf(realistic) == pdf      # the cached layout written again
    print_layout.cache_clear()
    written_pdf.cache_clear()
    assert render_pdf(realistic) == pdf      # laid out afresh


def test_fetcher_serves_styles_only():
    fetcher = StylesOnlyFetcher()
    css = fetcher.fetch((STYLES_DIR / "fonts.css").as_uri())
    assert b"@font-face" in css.read()
    outside = (STYLES_DIR / ".." / "pyproject.toml").as_uri()
    for url in ("file:///etc/passwd", "https://example.org/font.woff2", outside):
        with pytest.raises(RefusedResource, match=re.escape(url)):
            fetcher.fetch(url)


def test_running_heads_and_folios_are_pagination_artifacts(pdf, tmp_path):
    """WeasyPrint 70 leaves margin boxes as tagged content outside the structure tree (#1836)."""
    from publish.validate import check_pdf_artifacts
    path = tmp_path / "booklet.pdf"
    path.write_bytes(pdf)
    result = check_pdf_artifacts(path)
    assert result.passed and result.counts["orphaned"] == 0 and result.counts["artifacts"] > 10


def test_toc_links_hold_text_only_and_no_heading_level_is_skipped(pdf):
    """PDF/UA-1: a Link tag holds its annotation (text-only <a>); H1 comes before any H2."""
    with pikepdf.open(io.BytesIO(pdf)) as document:
        levels = []
        stack = [document.Root.StructTreeRoot.K]
        while stack:
            node = stack.pop()
            if isinstance(node, pikepdf.Array):
                stack.extend(reversed(list(node)))
            elif isinstance(node, pikepdf.Dictionary) and "/S" in node:
                if str(node.S) in ("/H1", "/H2", "/H3"):
                    levels.append(int(str(node.S)[2]))
                stack.append(node.get("/K"))
    assert levels[0] == 1 and all(b - a <= 1 for a, b in zip(levels, levels[1:]))


def test_epub_page_list_and_pdf_share_one_layout(realistic):
    from publish.render.epub import render_epub
    from publish.render.pdf import page_map, print_layout
    print_layout.cache_clear()
    render_epub(realistic)
    render_pdf(realistic)
    assert print_layout.cache_info().misses == 1, "the booklet was laid out more than once"
    starts = page_map(realistic)
    assert [s.page for s in starts] == sorted({s.page for s in starts})
    assert starts[0].key == "omslag" and starts[-1].key == "achterplat"


@pytest.mark.parametrize("paragraphs", [0, 3, 7, 11], ids=[
    "text-ends-right-pad-2", "text-ends-left-pad-0", "text-ends-right-pad-0", "text-ends-left-pad-2"])
def test_booklet_is_laid_out_once_and_equals_the_padded_second_layout(small, paragraphs, monkeypatch):
    """Spare padding pages dropped from one layout give the very PDF a second, padded layout gave."""
    import dataclasses

    from documents import body

    from publish.editions import BOOKLET
    from publish.render import pdf as module
    chapter = small.chapters[0]
    doc = dataclasses.replace(small, chapters=(dataclasses.replace(chapter, blocks=chapter.blocks + body(paragraphs)),))
    real_layout, calls = module.layout, []
    monkeypatch.setattr(module, "layout", lambda *args: calls.append(args) or real_layout(*args))
    booklet = module.print_layout.__wrapped__(doc)                 # uncached
    assert len(calls) == 1 and len(booklet.pages) % 4 == 0
    unpadded = real_layout(doc)
    padding = -len(unpadded.pages) % 4
    reference = real_layout(doc, BOOKLET, padding) if padding else unpadded  # the former two-pass booklet
    reference = module.level_spreads(reference)                              # its spreads levelled as well
    assert [len(booklet.pages), page_starts(booklet)] == [len(reference.pages), page_starts(reference)]
    options = dict(BOOKLET.page_options)
    assert booklet.write_pdf(**options) == reference.write_pdf(**options)


def test_display_quotes_are_layout_artifacts_and_nothing_else_is(pdf, reader):
    """The editions agree: what the EPUB and the preview hide (aria-hidden pull quotes) the PDF
    marks as a layout artifact, so a screen reader reads the sentence once; all else is read."""
    with pikepdf.open(io.BytesIO(pdf)) as document:
        kinds = set()
        stack = [document.Root.StructTreeRoot.K]
        while stack:
            node = stack.pop()
            if isinstance(node, pikepdf.Array):
                stack.extend(node)
            elif isinstance(node, pikepdf.Dictionary) and "/S" in node:
                kinds.add(str(node.S))
                stack.append(node.get("/K"))
    assert "/BlockQuote" not in kinds
    assert " ".join(layout_artifact_text(reader).split()) == "Verschillen tussen mensen zijn geen probleem."


def layout_artifact_text(reader) -> str:
    """The text shown inside /Artifact <</Type /Layout>> marked content, over all pages."""
    shown, depth = [], []

    def operator(op, args, cm, tm):
        if op == b"BDC":
            depth.append(str(args[0]) == "/Artifact" and str(args[1].get("/Type")) == "/Layout")
        elif op == b"BMC":
            depth.append(False)
        elif op == b"EMC" and depth:
            depth.pop()

    def text(value, cm, tm, font, size):
        if any(depth):
            shown.append(value)

    for page in reader.pages:
        page.extract_text(visitor_operand_before=operator, visitor_text=text)
    return " ".join(shown)


def structure_elements(document, kind):
    found, stack = [], [document.Root.StructTreeRoot.K]
    while stack:
        node = stack.pop()
        if isinstance(node, pikepdf.Array):
            stack.extend(reversed(list(node)))
        elif isinstance(node, pikepdf.Dictionary) and "/S" in node:
            if node.S == kind:
                found.append(node)
            stack.append(node.get("/K"))
    return found


def annotation_targets(element):
    kids = element.K if isinstance(element.K, pikepdf.Array) else [element.K]
    return [str(kid.Obj.Dest) for kid in kids if isinstance(kid, pikepdf.Dictionary) and kid.get("/Type") == "/OBJR"]


def test_one_link_per_contents_entry_and_none_inside_another(pdf, realistic):
    with pikepdf.open(io.BytesIO(pdf)) as document:
        links = structure_elements(document, "/Link")
        assert all(not structure_elements_under(link, "/Link") for link in links)
        contents = [t for link in links for t in annotation_targets(link)]
    entries = sum(1 + len([b for b in c.blocks if getattr(b, "level", 0) == 2]) for c in realistic.chapters)
    assert len(contents) == len(set(contents)) == entries


def structure_elements_under(element, kind):
    kids = element.K if isinstance(element.K, pikepdf.Array) else [element.K]
    return [k for k in kids if isinstance(k, pikepdf.Dictionary) and k.get("/S") == kind]


def test_note_references_and_notes_are_tagged_as_such_and_link_both_ways(annotated, tmp_path):
    from publish.validate import run_pdfua
    data = render_pdf(annotated)
    with pikepdf.open(io.BytesIO(data)) as document:
        references = structure_elements(document, "/Reference")
        assert [annotation_targets(r.K[0]) for r in references] == [["note-1"], ["note-2"]]
        notes = structure_elements(document, "/Note")
        assert [str(n.ID) for n in notes] == ["note-1", "note-2"]
        for note in notes:
            kinds = [str(k.S) for k in note.K if isinstance(k, pikepdf.Dictionary) and "/S" in k]
            assert kinds[:2] == ["/Lbl", "/P"]
        backlinks = [t for link in structure_elements(document, "/Link") for t in annotation_targets(link)
                     if t.startswith("noteref-")]
        assert backlinks == ["noteref-1", "noteref-2"]
    path = tmp_path / "noten.pdf"
    path.write_bytes(data)
    assert run_pdfua(path).passed


def test_a_note_whose_marker_the_text_lost_is_a_note_too_not_a_list_item_outside_a_list(annotated, tmp_path):
    """Its entry has no back link; the notes' list is a /Div, where an /LI may not stand (PDF/UA-1)."""
    from dataclasses import replace

    from publish.model import Note, Text
    from publish.validate import run_pdfua
    document = replace(annotated, notes=(*annotated.notes, Note(3, (Text("Een noot zonder teken in de tekst."),))))
    data = render_pdf(document)
    with pikepdf.open(io.BytesIO(data)) as pdf:
        assert all(item.P.S == "/L" for item in structure_elements(pdf, "/LI"))
        ids = [str(note.ID) for note in structure_elements(pdf, "/Note")]
        assert ids[:2] == ["note-1", "note-2"] and len(ids) == len(set(ids)) == 3
    path = tmp_path / "noten.pdf"
    path.write_bytes(data)
    assert run_pdfua(path).passed


LINE = 14.5          # print.css: the text's line, and every vertical space a whole number of them
TEXT_TOP = 17.5 / 25.4 * 72
TEXT_HEIGHT = 30 * LINE


def test_outer_margin_is_wider_than_the_inner_one(pdf):
    """Text starts at the inner margin on right-hand pages and at the outer one on left-hand pages."""
    from publish.pages import pages
    inner, outer = 12.33 / 25.4 * 72, 24.67 / 25.4 * 72
    measured = [page for page in pages(pdf)[1:] if page.left is not None and page.number < len(pdf_pages(pdf))]
    for page in measured:
        assert page.left == pytest.approx(inner if page.number % 2 else outer, abs=0.5), page.number
    assert outer > 1.9 * inner


def pdf_pages(pdf):
    from publish.pages import pages
    return pages(pdf)


def test_facing_pages_keep_the_line_grid_and_full_pages_end_level(pdf):
    """Measured from the PDF: the last baselines of facing text pages differ by whole lines only
    (every space is whole lines), and two full pages end on the same line."""
    from publish.pages import text_spreads
    spreads = text_spreads(pdf)
    assert spreads
    for spread in spreads:
        assert spread.difference / LINE == pytest.approx(round(spread.difference / LINE), abs=0.01), spread
    full = [s for s in spreads if max(s.left.last, s.right.last) == pytest.approx(TEXT_TOP + TEXT_HEIGHT - 3.6, abs=3)]
    assert full and all(s.difference == 0 for s in full if s.left.last == s.right.last)
    level = sum(s.difference == 0 for s in spreads)
    assert level * 2 >= len(spreads), [(s.left.number, s.difference) for s in spreads]


def test_no_text_page_is_more_than_a_third_empty_except_at_a_chapter_end(pdf):
    from publish.pages import emptiest
    worst = emptiest(pdf, TEXT_TOP, TEXT_HEIGHT)
    assert worst and worst[0][1] < 1 / 3, worst[:3]


def test_old_style_figures_small_caps_and_superiors_are_set(annotated):
    """Checked on the fonts: the glyphs the PDF draws for figures and acronyms are the ones the
    cut's onum, c2sc and sups features substitute."""
    from fontTools.ttLib import TTFont
    from publish.fonts import CUTS, print_fonts
    from publish.render.hyphens import glyph_texts
    cut = next(c for c in CUTS if c.family == "Publish Serif" and c.style == "normal")
    font = TTFont(print_fonts() / cut.file_name)
    features = _substitutions(font)
    order = font.getGlyphOrder()
    with pikepdf.open(io.BytesIO(render_pdf(annotated))) as document:
        used = {}
        for page in document.pages:
            for _, pdf_font in page.Resources.get("/Font", {}).items():
                if str(pdf_font.BaseFont).endswith("+Publish-Serif"):
                    used.update(glyph_texts(pdf_font))
    names = {order[gid]: text for gid, text in used.items() if gid < len(order)}
    assert {name for name in names if name in features["onum"].values()}          # old-style figures
    assert {name for name in names if name in features["sups"].values()}          # note numbers
    assert {name for name in names if name in features["c2sc"].values()}          # acronyms (SCP)


def test_no_character_reaches_a_superior_figure_of_the_cuts():
    """A PDF maps a glyph to one text: a superior figure that a character's glyph also served ('³')
    would read as that character in a note number."""
    from fontTools.ttLib import TTFont
    from publish.fonts import CUTS, print_fonts
    for cut in CUTS:
        font = TTFont(print_fonts() / cut.file_name)
        superiors = set(_substitutions(font)["sups"].values())
        assert {"one", "two", "three"} <= set(_substitutions(font)["sups"]), cut
        assert not superiors & set(font.getBestCmap().values()), cut


def _substitutions(font) -> dict[str, dict[str, str]]:
    """feature tag -> {glyph: substitute} of the font's single substitutions."""
    gsub = font["GSUB"].table
    found = {}
    for record in gsub.FeatureList.FeatureRecord:
        mapping = found.setdefault(record.FeatureTag, {})
        for index in record.Feature.LookupListIndex:
            for table in gsub.LookupList.Lookup[index].SubTable:
                table = getattr(table, "ExtSubTable", table)
                mapping.update(getattr(table, "mapping", {}) or {})
    return found


def test_a_compound_broken_at_its_own_hyphen_reads_whole(tmp_path):
    """A line that ends on the author's hyphen of a compound: text extraction gets the compound
    with its hyphen, not the halves joined ('doedemocratie') nor apart."""
    import subprocess

    from weasyprint import HTML

    from publish.render.pdf import mark_artifacts
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    html = '<html lang="nl"><body><p style="width: 14mm; font-size: 10pt">Wij doe-democratie zelf.</p></body></html>'
    path = tmp_path / "compound.pdf"
    path.write_bytes(mark_artifacts(HTML(string=html).write_pdf(pdf_variant="pdf/ua-1", pdf_tags=True)))
    lines = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout.split()
    assert "doe-democratie" in lines and "doedemocratie" not in lines


def test_a_web_address_longer_than_a_line_breaks_inside_the_margins_and_reads_whole(tmp_path):
    """A file name joined by underscores and an address's slug of hyphenated words, each longer
    than a line: broken after their punctuation or at a hyphen, not run off the page, and every
    word of them whole in the extracted text and the structure tree."""
    from dataclasses import replace


    from publish.check import document_words
    from publish.validate import check_structure_text, check_text_extraction
    from tests.render.documents import para, small_document
    addresses = ("Rapport: example.org/…/Verslag%20Rapport_WaardeVanGegevensOverDeZorgInNederlandInHetJaar_V2.pdf "
                 "en example.org/nieuws/winnaars-bekend-in-de-eerste-fase-van-de-uitdaging-over-gegevens-en-privacy "
                 "zijn de bronnen.")
    document = small_document()
    document = replace(document, chapters=(replace(document.chapters[0], blocks=(para(addresses),)),))
    path = tmp_path / "adressen.pdf"
    path.write_bytes(render_pdf(document))
    assert_within_the_margins(path)
    assert check_structure_text(path, document_words(document)).passed
    extraction = check_text_extraction(path, document_words(document))
    if extraction.available:
        assert extraction.passed, extraction.messages[:5]


def test_sub_items_are_a_list_nested_in_the_body_of_their_item(tmp_path):
    """A screen reader hears the sub-items as a list within their item, and the outer list's items
    after them: L > LI > LBody > L (WeasyPrint tags the nested <ol> as an L inside the outer L;
    render.pdf.nest_sub_lists moves it)."""
    import sys
    from pathlib import Path
    sys.path.insert(0, str(Path(__file__).parent))
    from documents import nested_list_document
    from publish.validate import structure_text
    path = tmp_path / "reglement.pdf"
    path.write_bytes(render_pdf(nested_list_document()))
    with pikepdf.open(path) as document:
        def lists_in(node, depth):
            if isinstance(node, pikepdf.Array):
                return [found for child in node for found in lists_in(child, depth)]
            if isinstance(node, pikepdf.Dictionary) and "/S" in node:
                own = [depth] if node.S == "/L" else []
                return own + lists_in(node.get("/K"), depth + (node.S == "/L"))
            return []
        depths = lists_in(document.Root.StructTreeRoot.K, 0)
        nested = [node for node in _structure_elements(document.Root.StructTreeRoot.K)
                  if node.S == "/L" and "/L" in _ancestors(node)]
        parents = [(node.P.S, node.P.P.S, node.P.P.P.S) for node in nested]
    assert [depth for depth in depths if depth] == [1, 1]     # in the outer list its two sub-lists
    assert parents == [("/LBody", "/LI", "/L")] * 2, parents
    text = " ".join(structure_text(path).split())
    assert text.index("benoemt:") < text.index("voorzitter;") < text.index("verantwoording") \
        < text.index("plein") < text.index("treedt af")


def _structure_elements(node) -> list:
    """Every structure element under node, in document order."""
    if isinstance(node, pikepdf.Array):
        return [found for child in node for found in _structure_elements(child)]
    if isinstance(node, pikepdf.Dictionary) and "/S" in node:
        return [node, *_structure_elements(node.get("/K"))]
    return []


def _ancestors(node) -> list[str]:
    kinds = []
    while "/P" in node and "/S" in node.P:
        node = node.P
        kinds.append(str(node.S))
    return kinds


def test_a_word_with_a_small_letter_before_a_capital_reads_whole(tmp_path):
    """'fMRI', 'fEMG': the print serif kerns an f before a capital so far apart that pdftotext read
    'f MRI'. Every small letter before every capital, inside a word, comes out whole."""
    from dataclasses import replace
    from string import ascii_lowercase, ascii_uppercase

    from publish.check import document_words
    from publish.validate import check_text_extraction
    from tests.render.documents import para, small_document
    words = " ".join(f"met{small}{capital}I" for small in ascii_lowercase for capital in ascii_uppercase)
    document = small_document()
    document = replace(document, chapters=(replace(document.chapters[0], blocks=(para(f"De metingen {words}."),)),))
    path = tmp_path / "glued.pdf"
    path.write_bytes(render_pdf(document))
    extraction = check_text_extraction(path, document_words(document))
    if not extraction.available:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    assert extraction.passed, extraction.messages[:5]


def test_a_control_code_inside_a_word_is_dropped_and_the_word_reads_whole(tmp_path):
    """A TeX font's text layer without a Unicode map leaves its ligatures and quotes as control
    codes ('Ver\\x1bentlichung': ff; '\\x10Backfire\\x11': “ ”). XML cannot carry them, so the
    editions drop them and print the word joined: the checks expect it so, whole."""
    from dataclasses import replace

    from publish.check import document_words
    from publish.validate import check_structure_text, check_text_extraction
    from tests.render.documents import para, small_document
    document = small_document()
    text = "Die Ver\x1bentlichung zum \x10Backfire\x11-E\x1bekt erschien im Jahr darauf."
    document = replace(document, chapters=(replace(document.chapters[0], blocks=(para(text),)),))
    path = tmp_path / "steuerzeichen.pdf"
    path.write_bytes(render_pdf(document))
    words = document_words(document)
    assert "Verentlichung" in words and "Backfire-Eekt" in words
    assert check_structure_text(path, document_words(document, quotes=False)).passed
    extraction = check_text_extraction(path, words)
    if extraction.available:
        assert extraction.passed, extraction.messages[:5]


def test_a_note_number_reads_as_its_figures_where_the_text_prints_the_superscript_character(tmp_path):
    """Source's superior figures for 1, 2 and 3 are the glyphs of '¹', '²' and '³'; a PDF maps a
    glyph to one text. In a text that prints 'inno³', note 35 read as '³5', glued to the word before it."""
    from dataclasses import replace

    from publish.check import document_words
    from publish.model import Note, Text
    from publish.validate import check_structure_text, check_text_extraction, extract_text
    from tests.render.documents import para, small_document
    document = small_document()
    blocks = (para("Een studie van inno³ uit 2024."), para("De regels voor naamgeving", 3, " en meer."))
    document = replace(document, chapters=(replace(document.chapters[0], blocks=blocks),),
                       notes=(Note(3, (Text("Zie de norm."),)),))
    path = tmp_path / "noten.pdf"
    path.write_bytes(render_pdf(document))
    assert check_structure_text(path, document_words(document, quotes=False)).passed
    extraction = check_text_extraction(path, document_words(document))
    if extraction.available:
        assert "naamgeving3" in extract_text(path)[0]
        assert extraction.passed, extraction.messages[:5]


def test_a_form_line_of_underscores_dots_or_dashes_breaks_inside_the_margins_and_keeps_its_labels(tmp_path):
    """A form's line to write on ("Address ____ Telephone ____", 86 underscores), a row of dots or
    dashes and a long compound, each longer than a line: broken inside the margins, so the labels
    beside them ("Address", "Telephone", "Email") stay on the page and come out of the text."""
    from dataclasses import replace


    from publish.check import document_words
    from publish.validate import check_text_extraction
    from tests.render.documents import para, small_document
    form = ("Names & ages of children " + "_" * 86 + " Address " + "_" * 33 + " Telephone " + "_" * 18
            + " Email " + "_" * 33 + " Concerns and/or Interests " + "_" * 86)
    rows = ("Naam " + "." * 90 + " Handtekening " + "-" * 90 + " Datum " + "—" * 50 + " Plaats " + "=" * 70
            + " Nummer " + "*" * 70 + " einde")
    compound = ("Het woord Rijksoverheidsinformatiehuishoudingsverbeteringsprogrammadeel staat er "
                "en de site https://www.example.org/documenten/publicaties/2023/12/verslag-van-de-vergadering.")
    code = "Code " + "0123456789" * 9 + " einde"     # no word: breaks where the line ends (print.css)
    document = small_document()
    document = replace(document, chapters=(replace(document.chapters[0],
                                                   blocks=(para(form), para(rows), para(compound), para(code))),))
    path = tmp_path / "formulier.pdf"
    path.write_bytes(render_pdf(document))
    assert_within_the_margins(path)
    extraction = check_text_extraction(path, document_words(document))
    if extraction.available:
        assert extraction.passed, extraction.messages[:5]


def assert_within_the_margins(path):
    """No character of the PDF runs into the right margin or off the page."""
    import pypdfium2

    pdf = pypdfium2.PdfDocument(path)
    for page in pdf:
        text = page.get_textpage()
        rights = [text.get_charbox(index)[2] for index in range(text.count_chars())]
        assert max(rights, default=0) <= page.get_width() - 30, "text runs into the margin or off the page"
    pdf.close()


@pytest.mark.parametrize("edition", [BOOKLET, LARGE_PRINT], ids=["booklet", "large-print"])
def test_an_ordered_list_prints_the_source_numbers(small, edition):
    """Minutes resume their agenda at item 7, a reply numbers its questions on: the printed page
    shows the source's numbers, in their own kind, not a count restarted at 1."""
    from publish.model import BulletList, ListItem, Text
    lists = (BulletList((ListItem((Text("Report of the auditor"),), (1, 1)),
                         ListItem((Text("Miscellaneous"),), (2, 2))), (1, 2), ordered=True, start=7),
             BulletList((ListItem((Text("de zaal"),), (3, 3)),), (3, 3), ordered=True, start=3, numbering="a"),
             BulletList((ListItem((Text("vooraf"),), (4, 4)),), (4, 4), ordered=True, start=4, numbering="I"))
    document = replace(small, chapters=(replace(small.chapters[0], blocks=lists),))
    pages = PdfReader(io.BytesIO(render_pdf(document, edition))).pages
    text = " ".join(" ".join(page.extract_text(extraction_mode="layout").split()) for page in pages)
    assert "7. Report of the auditor 8. Miscellaneous" in text
    assert "c. de zaal" in text and "IV. vooraf" in text
