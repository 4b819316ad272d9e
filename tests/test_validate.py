"""Each validator wrapper passes a good file and fails a broken one.

A wrapper whose tool is missing skips locally but fails under CI=true: a green CI must mean the
validators ran.
"""

import datetime
import os
import zipfile
from pathlib import Path

import pytest

from publish import validate
from publish.validate import ValidatorResult

IN_CI = os.environ.get("CI", "").lower() == "true"


def require(result: ValidatorResult) -> ValidatorResult:
    """Skip (locally) or fail (in CI) when the validator could not run."""
    if not result.available:
        message = f"{result.name} unavailable: {result.reason}"
        if IN_CI:
            pytest.fail(message + " (CI=true: install with tools/install_validators.sh)")
        pytest.skip(message)
    return result


# --- fixtures: tiny good and bad files ----------------------------------------------------------

A11Y_METADATA = [
    ("schema:accessMode", "textual"),
    ("schema:accessModeSufficient", "textual"),
    ("schema:accessibilityFeature", "structuralNavigation"),
    ("schema:accessibilityFeature", "tableOfContents"),
    ("schema:accessibilityHazard", "none"),
    ("schema:accessibilitySummary", "Tekst met koppen en een inhoudsopgave."),
]


def make_epub(path: Path, *, accessible: bool = True) -> Path:
    from ebooklib import epub

    class LangWriter(epub.EpubWriter):
        """Put xml:lang on <package>, which EbookLib cannot do by itself (Ace: epub-lang)."""

        def _write_opf_file(self, root):
            root.set("{http://www.w3.org/XML/1998/namespace}lang", self.book.language)
            super()._write_opf_file(root)

    book = epub.EpubBook()
    book.set_identifier("urn:uuid:0f2b8a3e-7a4c-4b8e-9d2a-6f1e4c3b2a10")
    book.set_title("Proefboek")
    book.set_language("nl")
    book.add_author("Jan Jansen")
    if accessible:
        for prop, value in A11Y_METADATA:
            book.add_metadata(None, "meta", value, {"property": prop})
    chapter = epub.EpubHtml(title="Hoofdstuk een", file_name="h1.xhtml", lang="nl")
    chapter.content = ("<html><head><title>Hoofdstuk een</title></head><body><section>"
                       "<h1>Hoofdstuk een</h1><p>Een korte alinea tekst.</p></section></body></html>")
    book.add_item(chapter)
    book.toc = [chapter]
    book.spine = ["nav", chapter]
    book.add_item(epub.EpubNcx())
    book.add_item(epub.EpubNav())
    writer_class = LangWriter if accessible else epub.EpubWriter
    writer = writer_class(str(path), book, {"mtime": datetime.datetime(2024, 1, 1),
                                            "raise_exceptions": True})
    writer.process()
    writer.write()
    return path


def break_epub(good: Path, bad: Path) -> Path:
    """Copy with a chapter that links to a missing file and has an unclosed element."""
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(bad, "w") as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename.endswith("h1.xhtml"):
                data = data.replace(b"<p>Een korte", b'<p><a href="ontbreekt.xhtml">weg</a><p>Een korte')
                data = data.replace(b"</section>", b"")
            dst.writestr(info, data)
    return bad


PDF_HTML = """<!DOCTYPE html>
<html lang="nl"><head><meta charset="utf-8"><title>Proefdocument</title>
<meta name="author" content="Jan Jansen">
<style>
@page { size: A5; margin: 20mm 15mm;
  @top-center { content: "Proefdocument"; font-size: 8pt }
  @bottom-center { content: counter(page); font-size: 8pt } }
body { font-family: serif; font-size: 11pt }
</style></head><body>
<h1>Hoofdstuk een</h1>
<p>Dit is een alinea met een voetnootverwijzing<sup>1</sup> en ongelooflijk lange samenstellingen.</p>
<h2>Een paragraaf</h2>
<ul><li>Eerste punt</li><li>Tweede punt</li></ul>
<h3>Een subparagraaf</h3>
<aside><p>Een kader met een citaat.</p></aside>
</body></html>"""

PDF_WORDS = ("Hoofdstuk een Dit is een alinea met een voetnootverwijzing en ongelooflijk lange "
             "samenstellingen Een paragraaf Eerste punt Tweede punt Een subparagraaf "
             "Een kader met een citaat").split()


def make_pdf(path: Path, html: str = PDF_HTML, variant: str | None = "pdf/ua-1") -> Path:
    from weasyprint import HTML

    HTML(string=html).write_pdf(path, pdf_variant=variant)
    return path


def mark_artifacts(path: Path) -> Path:
    """The renderer's fix: content WeasyPrint left outside the tag tree re-marked as /Artifact."""
    from publish.render.pdf import mark_artifacts as fix

    path.write_bytes(fix(path.read_bytes()))
    return path


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    d = tmp_path_factory.mktemp("validate")
    good_epub = make_epub(d / "good.epub")
    return {
        "good_epub": good_epub,
        "bare_epub": make_epub(d / "bare.epub", accessible=False),
        "broken_epub": break_epub(good_epub, d / "broken.epub"),
        "weasy_pdf": make_pdf(d / "weasy.pdf"),
        "good_pdf": mark_artifacts(make_pdf(d / "good.pdf")),
        "untagged_pdf": make_pdf(d / "untagged.pdf", variant=None),
        "untitled_pdf": make_pdf(d / "untitled.pdf", PDF_HTML.replace("<title>Proefdocument</title>", "")),
        "hyphenated_pdf": make_pdf(d / "hyphenated.pdf", PDF_HTML.replace(
            "font-size: 11pt }", "font-size: 11pt; hyphens: auto; width: 22mm }")),
        "not_a_pdf": _write(d / "not.pdf", b"%PDF-1.7\nthis is not a PDF\n"),
    }


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


# --- EPUBCheck ----------------------------------------------------------------------------------

@pytest.mark.validators
def test_epubcheck_passes_good_epub(files):
    result = require(validate.run_epubcheck(files["good_epub"]))
    assert result.passed, validate.format_results([result])
    assert result.counts["fatal"] == result.counts["error"] == result.counts["warning"] == 0
    assert result.version.startswith("5.")


@pytest.mark.validators
def test_epubcheck_fails_broken_epub(files, epubcheck_runner):
    # in the worker's EPUBCheck process (tests/conftest.py); the good book above starts its own
    result = require(validate.run_epubcheck(files["broken_epub"], runner=epubcheck_runner))
    assert not result.passed
    assert result.counts["fatal"] + result.counts["error"] > 0
    assert any("h1.xhtml" in m.location for m in result.messages)


@pytest.mark.validators
def test_epubcheck_on_many_books_in_one_run_gives_each_its_own_verdict(files, epubcheck_runner):
    books = [files["good_epub"], files["broken_epub"], files["good_epub"]]
    # in the worker's EPUBCheck process, which has checked other books before these
    results = [require(result) for result in validate.run_epubcheck_many(books, runner=epubcheck_runner)]
    assert [result.target for result in results] == [str(book) for book in books]
    assert [result.passed for result in results] == [True, False, True]
    assert any("h1.xhtml" in m.location for m in results[1].messages)
    assert results[2] == results[0]         # nothing of the broken book's check stays behind


def test_epubcheck_reports_missing_file_without_raising(tmp_path):
    result = validate.run_epubcheck(tmp_path / "nope.epub")
    assert not result.passed and result.available and "no such file" in result.reason


# --- DAISY Ace ----------------------------------------------------------------------------------

@pytest.mark.validators
def test_ace_passes_accessible_epub(files):
    result = require(validate.run_ace(files["good_epub"]))
    assert result.passed, validate.format_results([result])
    assert sum(result.counts.values()) == 0
    assert result.version.startswith("1.4")


@pytest.mark.validators
def test_ace_fails_epub_without_accessibility_metadata(files):
    result = require(validate.run_ace(files["bare_epub"]))
    assert not result.passed
    codes = {m.code for m in result.messages}
    assert {"epub-lang", "metadata-accessmode", "metadata-accessibilityhazard"} <= codes
    assert result.counts["serious"] >= 3


# --- PDF/UA-1 (page-validation) -----------------------------------------------------------------

@pytest.mark.validators
def test_pdfua_passes_weasyprint_pdfua1(files):
    for key in ("weasy_pdf", "good_pdf"):
        result = require(validate.run_pdfua(files[key]))
        assert result.passed, validate.format_results([result])
        assert result.counts["failed rules"] == 0 and result.counts["rules"] > 50


@pytest.mark.validators
def test_pdfua_fails_untagged_pdf(files):
    result = require(validate.run_pdfua(files["untagged_pdf"]))
    assert not result.passed
    codes = {m.code for m in result.messages}
    assert {"PDFUA1-STRUCT-TREE-ROOT-001", "PDFUA1-ID-PART-001"} <= codes


@pytest.mark.validators
def test_pdfua_fails_pdf_without_title(files):
    result = require(validate.run_pdfua(files["untitled_pdf"]))
    assert not result.passed
    assert [m.code for m in result.messages] == ["PDFUA1-METADATA-TITLE-001"]


@pytest.mark.validators
def test_pdfua_reports_unparsable_file_without_raising(files):
    result = require(validate.run_pdfua(files["not_a_pdf"]))
    assert not result.passed and result.available and "ParseError" in result.reason


# --- tag tree: margin boxes as artifacts ----------------------------------------------------------

def test_artifacts_flags_weasyprint_margin_boxes(files):
    """WeasyPrint 70 leaves running head and page number outside the tag tree; page-validation misses it."""
    result = require(validate.check_pdf_artifacts(files["weasy_pdf"]))
    assert not result.passed
    assert result.counts["orphaned"] == 2  # one running head, one page number
    assert all(m.code == "orphaned-mcid" for m in result.messages)


def test_artifacts_passes_after_recipe(files):
    result = require(validate.check_pdf_artifacts(files["good_pdf"]))
    assert result.passed, validate.format_results([result])
    assert result.counts["artifacts"] >= 2


def test_artifacts_fails_untagged_pdf(files):
    result = require(validate.check_pdf_artifacts(files["untagged_pdf"]))
    assert not result.passed and result.counts["untagged documents"] == 1


# --- text extraction ------------------------------------------------------------------------------

def test_text_extraction_finds_every_word_whole(files):
    result = require(validate.check_text_extraction(files["good_pdf"], PDF_WORDS))
    assert result.passed, validate.format_results([result])
    assert result.counts["missing"] == 0


def test_text_extraction_fails_on_hyphenated_words(files):
    result = require(validate.check_text_extraction(files["hyphenated_pdf"], PDF_WORDS))
    assert not result.passed
    assert result.counts["missing"] > 0 or result.counts["break marks"] > 0


def test_text_extraction_fails_on_a_word_not_in_the_pdf(files):
    result = require(validate.check_text_extraction(files["good_pdf"], [*PDF_WORDS, "ontbrekend"]))
    assert not result.passed
    assert next(m.text for m in result.messages if m.code == "word-not-whole").startswith("'ontbrekend'")


def test_a_hyphenated_words_end_read_again_on_the_next_line_is_found_a_word_set_so_is_not():
    read_twice = "Een belangrijke sleutel voor verbetering\nring is de aanwezigheid van voorzieningen.\n"
    set_so = "Het verkeer op de buitenring\nring van de stad loopt vast.\n"
    assert validate.word_ends_read_twice(read_twice, validate.words_of(
        "Een belangrijke sleutel voor verbetering is de aanwezigheid van voorzieningen.")) == [("verbetering", "ring")]
    assert validate.word_ends_read_twice(set_so, validate.words_of(set_so)) == []


def test_a_word_ending_as_the_next_begins_is_no_end_read_twice_where_the_contents_repeat_the_next():
    # A school booklet: "moeten" / "ten laatste"; the booklet's contents print "ten" once more
    # ("... ten aanzien van de onderwijstaal"), so the extracted text holds more "ten" than the body.
    extracted = ("Inhoud\nPositief engagement ten aanzien van de onderwijstaal 39\n"
                 "Alle ongevallen moeten\nten laatste de volgende dag gemeld worden.\n"
                 "Positief engagement ten aanzien van de onderwijstaal\n")
    reading = validate.words_of("Alle ongevallen moeten ten laatste de volgende dag gemeld worden. "
                                "Positief engagement ten aanzien van de onderwijstaal")
    assert validate.word_ends_read_twice(extracted, reading) == []


def test_the_notes_words_are_expected_in_the_pdf_so_a_note_opening_as_the_notes_heading_ends_is_no_end_read_twice():
    # The edition's notes heading "Noten" over a note opening "ten opzichte van ...": the note's words are words a
    # reader must copy out whole, so "ten" is expected once and read once.
    from publish.check import document_words
    from test_structure import build
    document = build("Rapport\n\nDe toewijzing stijgt met 47%1 in het komende jaar, zoals de regering meldt.\n\n"
                     "1 ten opzichte van de toewijzingen van het vorige jaar\n")
    words = document_words(document)
    assert "opzichte" in words
    extracted = "De toewijzing stijgt met 47% in het komende jaar.\nNoten\nten opzichte van de toewijzingen\n"
    assert validate.word_ends_read_twice(extracted, validate.words_of(" ".join(words))) == []


def test_words_of_keeps_dutch_words_whole():
    assert validate.words_of("zo’n d'r voet-\nnoot 12 café") == ["zo’n", "d'r", "voet", "noot", "café"]


# --- unavailable tools ----------------------------------------------------------------------------

def test_missing_tools_are_reported_not_raised(files, monkeypatch):
    monkeypatch.setenv("PATH", "/nonexistent")
    monkeypatch.setenv("PUBLISH_ACE", "/nonexistent/ace")
    monkeypatch.setenv("PUBLISH_EPUBCHECK_JAR", "/nonexistent/epubcheck.jar")
    monkeypatch.delenv("JAVA_HOME", raising=False)
    monkeypatch.delenv("PUPPETEER_EXECUTABLE_PATH", raising=False)
    monkeypatch.setattr(validate, "_which", lambda *names: None)
    for result in (validate.run_epubcheck(files["good_epub"]), validate.run_ace(files["good_epub"]),
                   validate.check_text_extraction(files["good_pdf"], PDF_WORDS)):
        assert not result.available and not result.passed and result.reason
        assert result.status == "unavailable"
        assert "UNAVAILABLE" in result.summary()


def _with_chapter_text(good: Path, bad: Path, text: str) -> Path:
    """Copy with the chapter's paragraph saying `text`."""
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(bad, "w") as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename.endswith("h1.xhtml"):
                data = data.replace(b"Een korte alinea tekst.", text.encode())
            dst.writestr(info, data)
    return bad


def test_an_epub_holding_a_character_the_text_layer_could_not_map_fails(files, tmp_path):
    """What the PDF's checks refuse (a replacement character, a symbol font's private-use glyph)
    the EPUB's check refuses too, so no conformance claim is written into it."""
    assert validate.check_epub_characters(files["good_epub"]).passed
    for character in ("\ufffd", "\uf098"):
        bad = _with_chapter_text(files["good_epub"], tmp_path / f"{ord(character):x}.epub",
                                 f"\u00a0{character} Een korte alinea tekst.")
        result = validate.check_epub_characters(bad)
        assert not result.passed and result.counts["unmapped characters"] == 1
        (message,) = result.messages
        assert f"U+{ord(character):04X} (1x)" in message.text and message.location.endswith("h1.xhtml")


def _with_member_replaced(good: Path, bad: Path, suffix: str, old: bytes, new: str) -> Path:
    """Copy with `old` replaced by `new` in the member whose name ends in `suffix`."""
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(bad, "w") as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            dst.writestr(info, data.replace(old, new.encode()) if info.filename.endswith(suffix) else data)
    return bad


def test_an_epub_whose_title_or_alt_text_holds_a_character_the_text_layer_could_not_map_fails(files, tmp_path):
    """Regression: only the content documents' text was read, not the package's metadata (the title
    a reading system's library shows) nor an image's alt text (read out by a screen reader)."""
    titled = _with_member_replaced(files["good_epub"], tmp_path / "title.epub", ".opf", b">Proefboek<",
                                   ">Proefboek \ufffd<")
    pictured = _with_member_replaced(files["good_epub"], tmp_path / "alt.epub", "h1.xhtml",
                                     b"<p>Een korte", '<img src="x.png" alt="Tuin \uf098"/><p>Een korte')
    for bad, member in ((titled, ".opf"), (pictured, "h1.xhtml")):
        result = validate.check_epub_characters(bad)
        assert not result.passed and result.counts["unmapped characters"] == 1
        (message,) = result.messages
        assert message.location.endswith(member)


def test_the_structure_text_check_names_a_replacement_character_as_one_not_as_a_hyphen(tmp_path):
    pdf = mark_artifacts(make_pdf(tmp_path / "replaced.pdf", PDF_HTML.replace(
        "<li>Eerste punt</li>", "<li>\ufffd Eerste punt</li>")))
    result = validate.check_structure_text(pdf, PDF_WORDS)
    assert not result.passed
    assert [message.text for message in result.messages if message.code == "break-mark"] == [
        "the structure tree's text contains 1 replacement character"]
