"""The EPUB 3: valid for EPUBCheck, navigable, described, reproducible."""
import io
import re
import zipfile

import pytest
from lxml import etree
from PIL import Image

from publish.render.epub import render_epub

NS = {"opf": "http://www.idpf.org/2007/opf", "dc": "http://purl.org/dc/elements/1.1/",
      "x": "http://www.w3.org/1999/xhtml", "epub": "http://www.idpf.org/2007/ops"}


def epubcheck_messages(data: bytes, tmp_path, epubcheck):
    path = tmp_path / "book.epub"
    path.write_bytes(data)
    result = epubcheck(path)
    return result.valid, [str(m) for m in result.messages]


@pytest.fixture(scope="module")
def book(annotated):
    return render_epub(annotated)


def files(data):
    archive = zipfile.ZipFile(io.BytesIO(data))
    return {name: archive.read(name) for name in archive.namelist()}


def opf(data):
    return etree.fromstring(files(data)["EPUB/content.opf"])


@pytest.mark.validators
@pytest.mark.parametrize("fixture", ["small", "realistic", "annotated", "hostile"])
def test_epubcheck_finds_no_errors_and_no_warnings(fixture, request, tmp_path, epubcheck):
    valid, messages = epubcheck_messages(render_epub(request.getfixturevalue(fixture)), tmp_path, epubcheck)
    assert messages == [] and valid


def test_same_document_same_bytes(annotated, book):
    assert render_epub(annotated) == book


def test_mimetype_first_and_stored(book):
    first = zipfile.ZipFile(io.BytesIO(book)).infolist()[0]
    assert first.filename == "mimetype" and first.compress_type == zipfile.ZIP_STORED


def test_one_xhtml_file_per_chapter_in_reading_order(book):
    root = opf(book)
    spine = [ref.get("idref") for ref in root.findall(".//opf:itemref", NS)]
    assert spine == ["cover", "titlepage", "nav", "chapter-01", "chapter-02", "chapter-03", "notes", "colophon"]
    chapter = etree.fromstring(files(book)["EPUB/chapter-01.xhtml"])
    section = chapter.find(".//x:section", NS)
    assert section.get("{%s}type" % NS["epub"]) == "foreword" and section.get("role") == "doc-foreword"


def test_package_metadata(book):
    root = opf(book)
    assert root.get("{http://www.w3.org/XML/1998/namespace}lang") == "nl"
    assert root.findtext(".//dc:title", namespaces=NS) == "Voorbij de tweedeling"
    assert root.findtext(".//dc:language", namespaces=NS) == "nl"
    assert [c.text for c in root.findall(".//dc:creator", NS)] == ["prof. dr. Kim Putters", "Sofie Vriends"]
    assert root.findtext(".//dc:contributor", namespaces=NS) == "Pauline Meurs"
    roles = {m.get("refines"): m.text for m in root.findall(".//opf:meta[@property='role']", NS)}
    assert roles == {"#person-1": "aut", "#person-2": "aut", "#person-3": "aui"}
    assert root.findtext(".//dc:publisher", namespaces=NS) == "de Alliantie"
    assert root.findtext(".//opf:meta[@property='belongs-to-collection']", namespaces=NS) == "Enneüs Heermalezing 2015"


def test_nav_has_chapters_sections_and_landmarks(book):
    nav = etree.fromstring(files(book)["EPUB/nav.xhtml"])
    toc = nav.find(".//x:nav[@epub:type='toc']", NS)
    top = [a.text for a in toc.findall("x:ol/x:li/x:a", NS)]
    assert top[:3] == ["Voorwoord", "Voorbij de tweedeling", "De participatiesamenleving maakt tweedeling scherper"]
    assert [a.text for a in toc.findall("x:ol/x:li[2]/x:ol/x:li/x:a", NS)] == [
        "Kwaliteit van leven in Nederland", "Binding in dorpen en steden anno 2015", "Tot slot"]
    marks = {a.get("{%s}type" % NS["epub"]): a.get("href")
             for a in nav.findall(".//x:nav[@epub:type='landmarks']//x:a", NS)}
    assert marks["toc"] == "nav.xhtml#toc" and marks["bodymatter"] == "chapter-02.xhtml"


def page_list(data):
    nav = etree.fromstring(files(data)["EPUB/nav.xhtml"])
    return [(a.get("href"), a.text) for a in nav.findall(".//x:nav[@epub:type='page-list']//x:a", NS)]


def text_after_marker(data, href, words=3):
    """The first words of the text that follows a page-break marker."""
    file, anchor = href.split("#")
    root = etree.fromstring(files(data)[f"EPUB/{file}"])
    marker = root.find(f".//*[@id='{anchor}']", NS)
    following = etree.XPath("following::text()")(marker)
    return " ".join("".join(following).split()[:words])


def test_page_list_holds_only_real_page_breaks(book):
    """EbookLib's trap: noterefs and pull quotes (epub:type + id) must not become pages."""
    entries = page_list(book)
    numbers = [int(label) for _, label in entries]
    assert numbers == sorted(set(numbers)) and len(numbers) > 10
    for href, label in entries:
        file, anchor = href.split("#")
        marker = etree.fromstring(files(book)[f"EPUB/{file}"]).find(f".//*[@id='{anchor}']", NS)
        assert marker.tag == "{%s}span" % NS["x"] and anchor == f"page-{label}"
        assert marker.get("{%s}type" % NS["epub"]) == "pagebreak" and marker.get("role") == "doc-pagebreak"
        assert marker.get("aria-label") == label and len(marker) == 0 and not marker.text


def test_page_breaks_are_where_the_pdf_pages_begin(annotated, book):
    """Each marker is followed by the first words set on that page of our own PDF booklet (or by
    the word whose end opens the page)."""
    from pypdf import PdfReader
    from publish.render.pdf import render_pdf
    reader = PdfReader(io.BytesIO(render_pdf(annotated)))
    entries = dict((int(label), href) for href, label in page_list(book))
    for number, page in enumerate(reader.pages, 1):
        lines = [line.strip() for line in page.extract_text().splitlines() if line.strip()]
        if number not in entries:
            assert not lines, f"page {number} has text but no page-break marker"
            continue
        # The running head may come first; pypdf versions space the lines' joins differently
        # ("VoorwoordPauline Meurs"), so words are compared by their letters in order.
        head = re.sub(r"\W", "", " ".join(lines[:3])).lower()
        words = re.sub(r"\W", "", text_after_marker(book, entries[number])).lower()
        if entries[number].startswith("nav.xhtml"):   # contents: text extraction reorders the columns
            listed = text_after_marker(book, entries[number]).lower().split()
            assert set(listed) <= set(" ".join(lines).lower().split()), (number, lines[:3])
        else:   # a page that opens with the end of a hyphenated word is marked before the word
            first = re.sub(r"\W", "", text_after_marker(book, entries[number], words=1)).lower()
            assert any(words[cut:] in head for cut in range(max(len(first), 1))), (number, lines[:3])


def test_page_list_metadata_names_the_pdf_edition(book, annotated):
    meta = {}
    for m in opf(book).findall(".//opf:meta[@property]", NS):
        meta.setdefault(m.get("property"), []).append(m.text)
    assert {"pageNavigation", "pageBreakMarkers"} <= set(meta["schema:accessibilityFeature"])
    assert meta["pageBreakSource"] == ["Voorbij de tweedeling, PDF-boekje A5 (de Alliantie, 2015)"]
    plain = render_epub(annotated, page_list=False)
    features = [m.text for m in opf(plain).findall(".//opf:meta[@property='schema:accessibilityFeature']", NS)]
    assert "pageNavigation" not in features and "pageBreakMarkers" not in features
    assert opf(plain).find(".//opf:meta[@property='pageBreakSource']", NS) is None
    assert page_list(plain) == [] and b"doc-pagebreak" not in b"".join(files(plain).values())


def test_a_page_break_inside_a_paragraph_splits_its_text_at_the_word():
    from publish.render.epub import split_inlines
    parts = [{"text": "een twee "}, {"note": 12}, {"text": " drie vier"}]
    split_inlines(parts, 7, 7)       # "eentwee" is 7 non-space characters: the page begins at the note
    assert parts[1] == {"page": 7} and parts[2] == {"note": 12}
    parts = [{"text": "een twee drie"}]
    split_inlines(parts, 7, 3)
    assert parts == [{"text": "een twee "}, {"page": 3}, {"text": "drie"}]


def test_a_page_break_that_falls_inside_a_word_stands_before_the_word():
    """A page that begins with the end of a word hyphenated over the page ("Mel-" / "ina") is
    marked before the word: a screen reader never says "page 8" inside it."""
    from publish.render.epub import split_inlines
    parts = [{"text": "cash to Melina Turtle"}]
    split_inlines(parts, 9, 8)       # "cashtoMel" is 9 non-space characters: the page begins at "ina"
    assert parts == [{"text": "cash to "}, {"page": 8}, {"text": "Melina Turtle"}]
    parts = [{"text": "een Mel"}, {"text": "ina", "em": True}]
    split_inlines(parts, 6, 8)
    assert parts == [{"text": "een "}, {"page": 8}, {"text": "Mel"}, {"text": "ina", "em": True}]


def test_page_breaks_stand_between_words_where_the_pdf_pages_begin_after_hyphens_and_long_tokens():
    """Paragraphs whose lines the booklet hyphenates and whose long tokens (a form's line, an
    address) it may break: each marker stands between two words, before the first whole word the
    printed page shows (its first word, or the word its first letters end)."""
    from dataclasses import replace

    from pypdf import PdfReader

    from publish.render.pdf import render_pdf
    from tests.render.documents import para, small_document
    sentence = ("De gemeenteraadsvergadering besprak de woningbouwprogrammering, de arbeidsmarktontwikkelingen "
                "en de subsidieverstrekkingsregeling; zie www.example.org/documenten/publicaties/2023/verslag_van_de_"
                "vergadering_over_de_begroting.pdf of vul in: Naam " + "_" * 50 + " Telefoon " + "." * 45 + ". ")
    document = small_document()
    document = replace(document, chapters=(replace(document.chapters[0],
                                                   blocks=tuple(para(sentence * (3 + i % 4)) for i in range(12))),))
    book = render_epub(document)
    reader = PdfReader(io.BytesIO(render_pdf(document)))
    chapter = files(book)["EPUB/chapter-01.xhtml"].decode()
    markers = list(re.finditer(r'<span epub:type="pagebreak"[^>]*aria-label="(\d+)"/>', chapter))
    assert len(markers) > 5
    for marker in markers:
        before, after = chapter[:marker.start()], chapter[marker.end():]
        assert re.search(r"(\s|>)$", before), f"page {marker.group(1)} inside a word: {before[-20:]!r}"
        first, *rest = (re.sub(r"\W", "", word).lower() for word in re.sub(r"<[^>]+>", "", after).split()[:3])
        lines = [line.strip() for line in reader.pages[int(marker.group(1)) - 1].extract_text().splitlines()]
        head = re.sub(r"\W", "", " ".join(lines[:3])).lower()
        assert any(first[cut:] + "".join(rest) in head for cut in range(max(len(first), 1))), (
            marker.group(1), first, rest, lines[:3])


def test_cover_is_the_booklets_front_cover_as_a_picture_with_alt_text(book):
    root = opf(book)
    item = root.find(".//opf:item[@properties='cover-image']", NS)
    assert item.get("media-type") == "image/png"
    with Image.open(io.BytesIO(files(book)["EPUB/" + item.get("href")])) as cover:
        assert cover.height == 1600 and 0.70 < cover.width / cover.height < 0.71     # A5, portrait
        assert cover.getpixel((5, 5)) == (0x17, 0x48, 0x4D)                          # the printed cover's teal
    img = etree.fromstring(files(book)["EPUB/cover.xhtml"]).find(".//x:img", NS)
    assert img.get("alt").startswith("Omslag: Voorbij de tweedeling") and img.get("role") == "doc-cover"


def test_an_epub_without_a_page_list_has_the_same_cover_without_laying_out_the_booklet(annotated, book, monkeypatch):
    """The cover is the booklet's front page, made of the metadata alone: without a page list the
    EPUB lays out the cover page by itself, not the whole booklet, and gets the same picture."""
    from publish.render import pdf

    def cover_of(data):
        item = opf(data).find(".//opf:item[@properties='cover-image']", NS)
        return files(data)["EPUB/" + item.get("href")]
    laid_out = []
    real = pdf.layout
    monkeypatch.setattr(pdf, "layout", lambda doc, *args: laid_out.append(doc) or real(doc, *args))
    pdf.print_layout.cache_clear()
    plain = render_epub(annotated, page_list=False)
    assert cover_of(plain) == cover_of(book)
    assert laid_out and all(not chapter.blocks for doc in laid_out for chapter in doc.chapters)


def test_calibre_finds_the_cover(book):
    """As calibre looks for it: EPUB 2's <meta name="cover"> names a manifest item holding a
    raster image (EPUB 3 readers take the item with the cover-image property: the same one)."""
    root = opf(book)
    meta = root.find(".//opf:metadata/opf:meta[@name='cover']", NS)
    item = root.find(f".//opf:manifest/opf:item[@id='{meta.get('content')}']", NS)
    assert item.get("media-type") in ("image/png", "image/jpeg") and "cover-image" in item.get("properties")
    assert files(book)["EPUB/" + item.get("href")][:8] == b"\x89PNG\r\n\x1a\n"


def test_fonts_are_embedded(book):
    names = files(book)
    fonts = [n for n in names if n.endswith(".woff2")]
    assert any("source-serif-4" in n for n in fonts) and any("source-sans-3" in n for n in fonts)
    css = names["EPUB/styles/fonts.css"].decode()
    assert all(f'url("fonts/{n.rsplit("/", 1)[1]}")' in css for n in fonts)


def test_pull_quote_is_an_aside_and_note_refs_link_to_notes(book):
    lecture = etree.fromstring(files(book)["EPUB/chapter-02.xhtml"])
    aside = lecture.find(".//x:aside", NS)
    assert aside.get("{%s}type" % NS["epub"]) == "pullquote" and aside.get("aria-hidden") == "true"
    refs = lecture.findall(".//x:a[@role='doc-noteref']", NS)
    assert [r.get("href") for r in refs] == ["notes.xhtml#note-1", "notes.xhtml#note-2"]


def test_markers_on_the_titles_link_to_their_notes_and_back_into_the_title_page_and_chapter(small):
    from dataclasses import replace

    from publish.model import Note, Text
    chapter = replace(small.chapters[0], title_refs=((5, 2),))
    doc = replace(small, chapters=(chapter,), title_refs=((12, 3),),
                  notes=tuple(Note(n, (Text(f"Noot {n}."),)) for n in (1, 2, 3)))
    names = files(render_epub(doc, page_list=False))
    title = etree.fromstring(names["EPUB/titlepage.xhtml"]).find(".//x:h1", NS)
    heading = etree.fromstring(names["EPUB/chapter-01.xhtml"]).find(".//x:h1", NS)
    assert [a.get("href") for a in title.findall("x:a", NS)] == ["notes.xhtml#note-3"]
    assert [a.get("href") for a in heading.findall("x:a", NS)] == ["notes.xhtml#note-2"]
    backs = {a.get("href") for a in etree.fromstring(names["EPUB/notes.xhtml"]).findall(".//x:a[@role='doc-backlink']",
                                                                                            NS)}
    assert backs == {"chapter-01.xhtml#noteref-1", "chapter-01.xhtml#noteref-2", "titlepage.xhtml#noteref-3"}


def test_an_empty_document_is_refused(small):
    from dataclasses import replace
    with pytest.raises(ValueError, match="chapter"):
        render_epub(replace(small, chapters=()))


def test_an_edition_dated_after_2107_still_zips_with_the_latest_zip_timestamp(small, monkeypatch):
    import calendar
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(calendar.timegm((2108, 1, 1, 0, 0, 0))))
    data = render_epub(small, page_list=False)          # was struct.error: ZIP dates end in 2107
    assert opf(data).find(".//opf:meta[@property='dcterms:modified']", NS).text == "2108-01-01T00:00:00Z"
    assert {info.date_time for info in zipfile.ZipFile(io.BytesIO(data)).infolist()} == {(2107, 12, 31, 23, 59, 58)}


def test_sub_items_are_a_list_inside_their_item_in_the_chapter_file():
    from documents import nested_list_document
    chapter = next(data for name, data in files(render_epub(nested_list_document())).items()
                   if name.endswith(".xhtml") and b"Het bestuur benoemt:" in data)
    tree = etree.fromstring(chapter)
    ns = {"x": "http://www.w3.org/1999/xhtml"}
    (outer,) = tree.xpath("//x:section//x:ol[not(ancestor::x:li)]", namespaces=ns)
    items = outer.xpath("x:li", namespaces=ns)
    assert len(items) == 6
    assert items[2].xpath("x:ol/@type", namespaces=ns) == ["a"]
    assert items[2].xpath("x:ol/x:li/text()", namespaces=ns) == ["de voorzitter;", "de penningmeester."]
    assert items[4].xpath("x:ul/x:li/text()", namespaces=ns) == ["in de zaal", "op het plein"]


def test_a_page_of_the_booklet_that_begins_in_a_sub_item_is_marked_in_it():
    from dataclasses import replace

    from documents import L, nested_list_document

    from publish.model import BulletList, ListItem, Text
    from publish.render.pdf import page_map
    sentence = "Het bestuur legt elk jaar uitvoerig verantwoording af over het beheer van de tuinen en de kas. "
    long_sub = BulletList(tuple(ListItem((Text(f"{n}: " + sentence * 3),), L) for n in range(40)), L,
                          ordered=True, numbering="a")
    doc = nested_list_document()
    steps = doc.chapters[0].blocks[1]
    items = steps.items[:2] + (replace(steps.items[2], sub=long_sub),) + steps.items[3:]
    chapter = replace(doc.chapters[0], blocks=(doc.chapters[0].blocks[0], replace(steps, items=items)))
    doc = replace(doc, chapters=(chapter,))
    in_sub_items = [start for start in page_map(doc) if start.key.startswith("reglement/1/2/")]
    assert in_sub_items, "the test wants pages that begin in a sub-item"
    chapters = b"".join(data for name, data in files(render_epub(doc)).items() if name.endswith(".xhtml"))
    for start in in_sub_items:
        assert f'id="page-{start.page}"'.encode() in chapters


def test_the_page_list_follows_the_booklets_pages_and_page_two_is_the_colophon(book):
    """EPUB 3.3 lets the page list follow the printed pages rather than the spine (w3c/epub-specs
    #1500, EPUBCheck 5 no longer checks it): "go to page 2" lands on the booklet's page 2, the
    colophon, which the EPUB sets last, as a printed edition's pages are kept when content moves."""
    entries = page_list(book)
    assert entries[:3] == [("cover.xhtml#page-1", "1"), ("colophon.xhtml#page-2", "2"),
                           ("titlepage.xhtml#page-3", "3")]
    assert text_after_marker(book, "colophon.xhtml#page-2", words=3) == "Voorbij de tweedeling"


def scene_broken(small):
    """The small book with its parts parted by a rule of "=" and minutes' front lines ruled by slashes."""
    from dataclasses import replace

    from documents import para
    blocks = (para("Het eerste deel."), para("=" * 12), para("Het tweede deel."), para("~~~~~"), para("Naam: ______"))
    return replace(small, chapters=(replace(small.chapters[0], blocks=blocks),),
                   front_lines=("Klankbordgroep", "/" * 95, "Datum: 25/09/2018"))


def test_scene_breaks_and_ruled_front_lines_are_thematic_breaks_without_text(small):
    names = files(render_epub(scene_broken(small), page_list=False))
    chapter = etree.fromstring(names["EPUB/chapter-01.xhtml"]).find(".//x:section", NS)
    assert [etree.QName(child).localname for child in chapter if etree.QName(child).localname in ("p", "hr")] \
        == ["p", "hr", "p", "hr", "p"]
    assert all(hr.text is None and len(hr) == 0 for hr in chapter.iter("{%s}hr" % NS["x"]))
    assert chapter.findall("x:p", NS)[-1].text == "Naam: ______"
    front = etree.fromstring(names["EPUB/titlepage.xhtml"]).find(".//x:div[@class='front-lines']", NS)
    assert [etree.QName(child).localname for child in front] == ["p", "hr", "p"]


@pytest.mark.validators
def test_an_epub_with_scene_breaks_passes_epubcheck(small, tmp_path, epubcheck):
    valid, messages = epubcheck_messages(render_epub(scene_broken(small)), tmp_path, epubcheck)
    assert valid and not messages, messages
