"""Every interface label an edition shows is in the book's own language (issue 18): what a reader
of an English, a German, a French and a Dutch book gets in the EPUB's navigation, the preview's
landmarks and ARIA labels, and the booklet's bookmarks and contents page."""
import io
import re
import zipfile

import pikepdf
import pytest
from bs4 import BeautifulSoup
from documents import MODIFIED, para
from pypdf import PdfReader

from publish.model import Chapter, Document, Heading, Metadata, Note, Person, Text
from publish.render.epub import render_epub
from publish.render.html import render_html
from publish.render.pdf import pdf_language, render_pdf

# The labels a native publisher prints, written out here (not read from the catalogs under test).
LABELS = {
    "nl": {"contents": "Inhoud", "notes": "Noten", "colophon": "Colofon", "cover": "Omslag",
           "title page": "Titelpagina", "page list": "Paginalijst", "landmarks": "Oriëntatiepunten",
           "start": "Begin van de tekst", "back link": "Terug naar noot 1 in de tekst",
           "colophon heads": ["Tekst", "Uitgave", "Typografie"], "set in": "Gezet uit de Source Serif 4",
           "summary": "is een tekstuitgave", "pdf tag": "nl-NL"},
    "en": {"contents": "Contents", "notes": "Notes", "colophon": "Colophon", "cover": "Cover",
           "title page": "Title page", "page list": "Page list", "landmarks": "Landmarks",
           "start": "Start of the text", "back link": "Back to note 1 in the text",
           "colophon heads": ["Text", "Publication", "Typography"], "set in": "Set in Adobe’s Source Serif 4",
           "summary": "is a text edition", "pdf tag": "en-GB"},
    "de": {"contents": "Inhalt", "notes": "Anmerkungen", "colophon": "Impressum", "cover": "Umschlag",
           "title page": "Titelseite", "page list": "Seitenliste", "landmarks": "Orientierungspunkte",
           "start": "Textbeginn", "back link": "Zurück zu Anmerkung 1 im Text",
           "colophon heads": ["Text", "Ausgabe", "Typografie"], "set in": "Gesetzt aus der Source Serif 4",
           "summary": "ist eine Textausgabe", "pdf tag": "de-DE"},
    "fr": {"contents": "Sommaire", "notes": "Notes", "colophon": "Colophon", "cover": "Couverture",
           "title page": "Page de titre", "page list": "Liste des pages", "landmarks": "Repères",
           "start": "Début du texte", "back link": "Retour à l’appel de note 1 dans le texte",
           "colophon heads": ["Texte", "Édition", "Typographie"], "set in": "Composé en Source Serif 4",
           "summary": "est une édition texte", "pdf tag": "fr-FR"},
}

# What the summary says of the test book (2 chapters, 1 section heading), in each language.
SUMMARY_FACTS = {"nl": "2 hoofdstukken en 1 tussenkop", "en": "2 chapters and 1 section heading",
                 "de": "2 Kapiteln und 1 Zwischenüberschrift", "fr": "2 chapitres et 1 intertitre"}

# A short book in each language: two chapters, a section heading, a note without its source heading.
BOOKS = {
    "nl": ("Over de brug", "Een zin over de brug, met een noot", "De brug", "Zie het archief."),
    "en": ("Across the bridge", "A sentence about the bridge, with a note", "The bridge", "See the archive."),
    "de": ("Über die Brücke", "Ein Satz über die Brücke, mit einer Anmerkung", "Die Brücke", "Siehe das Archiv."),
    "fr": ("Sur le pont", "Une phrase sur le pont, avec une note", "Le pont", "Voir les archives."),
}


def book(code: str) -> Document:
    title, sentence, section, note = BOOKS[code]
    first = Chapter("een", title, ("Anna Smit",),
                    (para(sentence, 1, "."), Heading(2, (Text(section),), (1, 1)), para(sentence + ".")), (1, 3))
    second = Chapter("twee", section, (), (para(sentence + "."),), (4, 5))
    return Document(metadata=Metadata(title=title, language=code, authors=(Person("Anna Smit"),),
                                      publisher="Uitgeverij Smit", year=2021),
                    chapters=(first, second), notes=(Note(1, (Text(note),)),), modified=MODIFIED)


def other_labels(code: str) -> set[str]:
    """Every label of the other languages that differs from this language's own."""
    def flat(labels):
        return {value for key, value in labels.items() if isinstance(value, str) and key not in ("summary", "set in",
                                                                                                 "pdf tag")} | set(
            labels["colophon heads"])
    own = flat(LABELS[code])
    return set().union(*(flat(labels) for other, labels in LABELS.items() if other != code)) - own


def texts(soup: BeautifulSoup) -> list[str]:
    """What a reader or a screen reader meets as a label: titles, headings, link texts, ARIA labels."""
    found = [tag.get_text(" ", strip=True) for tag in soup.find_all(["title", "h1", "h2", "a"])]
    return found + [tag["aria-label"] for tag in soup.find_all(attrs={"aria-label": True})]


@pytest.fixture(scope="module", params=sorted(LABELS))
def epub(request):
    code = request.param
    archive = zipfile.ZipFile(io.BytesIO(render_epub(book(code), page_list=True)))
    return code, {name: archive.read(name).decode("utf-8") for name in archive.namelist()
                  if name.endswith((".xhtml", ".opf"))}


def xhtml(files: dict[str, str], name: str) -> BeautifulSoup:
    return BeautifulSoup(files[f"EPUB/{name}"], "lxml-xml")


def test_the_epub_navigation_speaks_the_books_language(epub):
    code, files = epub
    labels = LABELS[code]
    nav = xhtml(files, "nav.xhtml")
    toc = nav.find("nav", id="toc")
    assert toc.find("h1").get_text(strip=True) == labels["contents"]
    assert nav.find("title").get_text(strip=True) == labels["contents"]
    entries = [a.get_text(strip=True) for a in toc.find_all("a")]
    assert entries[-2:] == [labels["notes"], labels["colophon"]]
    assert nav.find("nav", id="paginalijst")["aria-label"] == labels["page list"]
    landmarks = nav.find("nav", id="landmarks")
    assert landmarks["aria-label"] == labels["landmarks"]
    assert [a.get_text(strip=True) for a in landmarks.find_all("a")] == [
        labels["cover"], labels["contents"], labels["start"]]
    assert xhtml(files, "cover.xhtml").find("title").get_text(strip=True) == labels["cover"]
    assert xhtml(files, "cover.xhtml").find("img")["alt"].startswith(labels["cover"])
    assert xhtml(files, "titlepage.xhtml").find("section")["aria-label"] == labels["title page"]
    assert xhtml(files, "colophon.xhtml").find("title").get_text(strip=True) == labels["colophon"]


def test_the_epub_notes_and_colophon_speak_the_books_language(epub):
    code, files = epub
    labels = LABELS[code]
    notes = xhtml(files, "notes.xhtml")
    assert notes.find("h2").get_text(strip=True) == labels["notes"]
    assert notes.find("a", attrs={"role": "doc-backlink"})["aria-label"] == labels["back link"]
    colophon = xhtml(files, "colophon.xhtml")
    heads = [h.get_text(strip=True) for h in colophon.find_all(class_="colophon-head")]
    assert heads == labels["colophon heads"]
    assert colophon.find(class_="set-in").get_text().startswith(labels["set in"])


def test_no_label_of_another_language_reaches_the_epub(epub):
    code, files = epub
    shown = [text for name, content in files.items() if name.endswith(".xhtml")
             for text in texts(BeautifulSoup(content, "lxml-xml"))]
    assert not set(shown) & other_labels(code)


def test_the_accessibility_summary_is_in_the_books_language_and_true(epub):
    code, files = epub
    package = BeautifulSoup(files["EPUB/content.opf"], "lxml-xml")
    summary = package.find("meta", attrs={"property": "schema:accessibilitySummary"})
    assert summary.get("xml:lang") is None
    assert summary.get_text().startswith(f"{BOOKS[code][0]} {LABELS[code]['summary']}")
    assert SUMMARY_FACTS[code] in summary.get_text()   # the book's two chapters and one section heading


@pytest.mark.parametrize("code", sorted(LABELS))
def test_the_preview_landmarks_and_aria_labels_speak_the_books_language(code):
    labels = LABELS[code]
    page = BeautifulSoup(render_html(book(code)), "lxml")
    assert page.html["lang"] == code
    toc = page.find("nav", attrs={"role": "doc-toc"})
    assert toc.find("h2").get_text(strip=True) == labels["contents"]      # under the title, the page's h1
    assert page.find("section", class_="titlepage")["aria-label"] == labels["title page"]
    assert page.find("section", attrs={"role": "doc-colophon"})["aria-label"] == labels["colophon"]
    assert page.find("section", attrs={"role": "doc-endnotes"}).find("h2").get_text(strip=True) == labels["notes"]
    assert page.find("a", attrs={"role": "doc-backlink"})["aria-label"] == labels["back link"]
    assert [h.get_text(strip=True) for h in page.find_all(class_="colophon-head")] == labels["colophon heads"]
    assert not set(texts(page)) & other_labels(code)


def test_the_german_booklet_bookmarks_contents_page_and_language_tag():
    labels = LABELS["de"]
    data = render_pdf(book("de"))
    reader = PdfReader(io.BytesIO(data))
    bookmarks = [item.title for item in reader.outline if not isinstance(item, list)]
    assert labels["contents"] in bookmarks and labels["notes"] in bookmarks
    assert not set(bookmarks) & other_labels("de")
    pages = [page.extract_text() for page in reader.pages]
    contents_page = next(text for text in pages if BOOKS["de"][2] in text and labels["contents"] in text)
    assert contents_page.strip().splitlines()[0].strip() == labels["contents"]
    colophon = next(text for text in pages if labels["set in"] in text)
    for head in labels["colophon heads"]:
        assert re.search(rf"^{head}$", colophon, re.MULTILINE), head
    whole = "\n".join(pages)
    for dutch in ("Inhoud", "Noten", "Uitgave", "Gezet uit"):
        assert dutch not in whole
    with pikepdf.open(io.BytesIO(data)) as pdf:
        assert str(pdf.Root.Lang) == labels["pdf tag"]


@pytest.mark.parametrize(("tag", "declared"), [
    ("nl", "nl-NL"), ("en", "en-GB"), ("de", "de-DE"), ("fr", "fr-FR"),
    ("nl-BE", "nl-BE"), ("en-US", "en-US"), ("fr-CA", "fr-CA"), ("de-CH", "de-CH"), ("en-029", "en-029"),
])
def test_the_pdf_declares_the_region_of_the_tag_else_the_languages_own(tag, declared):
    assert pdf_language(tag) == declared


def test_pages_rendered_at_once_in_threads_keep_each_its_own_language():
    # publish serve renders in threads: one text's labels must never reach another's page
    from concurrent.futures import ThreadPoolExecutor

    codes = sorted(LABELS) * 3
    with ThreadPoolExecutor(max_workers=8) as pool:
        pages = list(pool.map(lambda code: render_html(book(code)), codes))
    for code, page in zip(codes, pages):
        heading = BeautifulSoup(page, "lxml").find("nav", attrs={"role": "doc-toc"}).find("h2")
        assert heading.get_text(strip=True) == LABELS[code]["contents"]


# Plain texts as a publisher gets them: no TOML, so the language is detected from the words.
PLAIN_TEXTS = {
    "en": ("A walk along the river\n\nThe river runs through the middle of the town, and it is the place where "
           "people meet. In the summer there are many who walk along it in the evening, with their children "
           "and their dogs. It was not always like this: for a long time the banks were closed to the public.\n"),
    "de": ("Ein Gang am Fluss\n\nDer Fluss fließt mitten durch die Stadt, und er ist der Ort, an dem sich die "
           "Menschen treffen. Im Sommer gehen viele am Abend an ihm entlang, mit ihren Kindern und mit ihren "
           "Hunden. Das war nicht immer so: lange Zeit waren die Ufer für die Öffentlichkeit geschlossen.\n"),
    "fr": ("Une promenade le long du fleuve\n\nLe fleuve traverse le centre de la ville, et c'est le lieu où les "
           "gens se retrouvent. En été, ils sont nombreux à s'y promener le soir, avec leurs enfants et leurs "
           "chiens. Il n'en a pas toujours été ainsi : pendant longtemps, les rives étaient fermées au public.\n"),
}


@pytest.mark.parametrize("code", sorted(PLAIN_TEXTS))
def test_a_plain_text_builds_with_the_labels_of_its_detected_language(code, tmp_path):
    from publish.build import load

    source = tmp_path / "walk.txt"
    source.write_text(PLAIN_TEXTS[code], encoding="utf-8")
    document = load(source).document
    assert document.metadata.language == code
    labels = LABELS[code]
    page = BeautifulSoup(render_html(document), "lxml")
    assert page.find("nav", attrs={"role": "doc-toc"}).find("h2").get_text(strip=True) == labels["contents"]
    assert page.find("section", attrs={"role": "doc-colophon"})["aria-label"] == labels["colophon"]
    archive = zipfile.ZipFile(io.BytesIO(render_epub(document, page_list=False)))
    nav = BeautifulSoup(archive.read("EPUB/nav.xhtml"), "lxml-xml")
    assert nav.find("nav", id="toc").find("h1").get_text(strip=True) == labels["contents"]
    assert [a.get_text(strip=True) for a in nav.find("nav", id="landmarks").find_all("a")] == [
        labels["cover"], labels["contents"], labels["start"]]
