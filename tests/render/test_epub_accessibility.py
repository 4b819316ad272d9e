"""Every accessibility claim in the EPUB's package metadata, each traced to what makes it true.

Claim -> where it is proved:
- accessMode textual/visual, accessModeSufficient textual, alternativeText: the only image is the
  cover, with a text alternative (test_the_only_image_is_the_cover_and_it_has_a_text_alternative)
- accessibilityHazard none: no sound, video, script or animation (test_no_hazard_...)
- tableOfContents, readingOrder: test_render_epub.py (nav lists every chapter; spine order);
  no readingOrder where the source sets columns side by side (test_columns_read_across_...),
  and no PDF/UA claim then (tests/render/test_render_pdf.py)
- structuralNavigation: test_every_document_has_one_h1_and_no_skipped_heading_level
- pageBreakMarkers, pageNavigation: test_render_epub.py (page list), tests/browser (the engine lands)
- displayTransformability: tests/browser/test_reading_modes.py (reflow at 200 % and 400 %)
- conformsTo: only with certifiedBy, only from a certification (test_conformance_claim_...);
  `publish check` gives one only after every check passed (tests/test_conformance.py)
- accessibilitySummary: test_summary_speaks_only_of_what_the_book_has
- dcterms:modified: test_modified_date_*
"""
import io
import os
import re
import zipfile
from dataclasses import replace

import pytest
from lxml import etree

from publish.model import SideBySide
from publish.render.epub import render_epub
from publish.render.epub_metadata import Certification

NS = {"opf": "http://www.idpf.org/2007/opf", "x": "http://www.w3.org/1999/xhtml",
      "svg": "http://www.w3.org/2000/svg"}


def files(data):
    archive = zipfile.ZipFile(io.BytesIO(data))
    return {name: archive.read(name) for name in archive.namelist()}


def metadata(data) -> dict[str, list[str]]:
    meta: dict[str, list[str]] = {}
    for m in etree.fromstring(files(data)["EPUB/content.opf"]).findall(".//opf:meta[@property]", NS):
        meta.setdefault(m.get("property"), []).append(m.text)
    return meta


@pytest.fixture(scope="module")
def plain_book(annotated):
    return render_epub(annotated, page_list=False)


def test_no_conformance_claim_without_a_certification(plain_book):
    meta = metadata(plain_book)
    assert "dcterms:conformsTo" not in meta and "a11y:certifiedBy" not in meta
    assert "niet op toegankelijkheid gecontroleerd en claimt geen conformiteit" \
        in meta["schema:accessibilitySummary"][0]


def test_conformance_claim_comes_with_its_certifier_and_the_checks_it_passed(annotated):
    checks = (("epubcheck", "5.1.0"), ("ace", "1.4.6"), ("reading engine (epub.js)", "0.3.93"))
    book = render_epub(annotated, page_list=False, certification=Certification(checks))
    root = etree.fromstring(files(book)["EPUB/content.opf"])
    claim = root.find(".//opf:meta[@property='dcterms:conformsTo']", NS)
    assert claim.text == "EPUB Accessibility 1.1 - WCAG 2.2 Level AA"
    certifier = root.find(".//opf:meta[@property='a11y:certifiedBy']", NS)
    assert certifier.get("refines") == f"#{claim.get('id')}" and certifier.text == "publish"
    summary = metadata(book)["schema:accessibilitySummary"][0]
    assert "Gecontroleerd door publish met EPUBCheck 5.1.0 (een geldig EPUB 3); DAISY Ace 1.4.6" in summary
    assert "epub.js 0.3.93 in Chromium" in summary and "claimt geen" not in summary


def test_columns_read_across_take_away_the_reading_order_claim_and_the_summary_says_where(annotated, plain_book):
    """A source whose text layer sets columns side by side is read across them there: the EPUB
    claims no correct reading order, and says where in the book's language."""
    across = metadata(render_epub(replace(annotated, side_by_side=SideBySide(page=2, lines=(40, 52))),
                                  page_list=False))
    assert "readingOrder" not in across["schema:accessibilityFeature"]
    assert "readingOrder" in metadata(plain_book)["schema:accessibilityFeature"]
    summary = across["schema:accessibilitySummary"][0]
    assert ("Waar de bron gedrukte kolommen naast elkaar op zijn regels zet (voor het eerst op pagina 2), leest "
            "deze uitgave elke regel dwars over de kolommen, van de ene kolom in de andere; ze claimt daarom "
            "geen juiste leesvolgorde.") in summary
    assert "kolommen" not in metadata(plain_book)["schema:accessibilitySummary"][0]


@pytest.mark.parametrize("language, where", [
    ("en", "Where the source sets printed columns side by side on its lines (first on page 2), this edition "
           "reads each line across the columns, from one column into the other;"),
    ("de", "Wo die Vorlage gedruckte Spalten auf ihren Zeilen nebeneinandersetzt (zuerst auf Seite 2), liest "
           "diese Ausgabe jede Zeile über die Spalten hinweg, von einer Spalte in die andere;"),
    ("fr", "Là où la source place des colonnes imprimées côte à côte sur ses lignes (dès la page 2), cette "
           "édition lit chaque ligne d’une colonne à l’autre ;"),
])
def test_the_summary_says_where_the_columns_are_read_across_in_each_language(small, language, where):
    book = replace(small, metadata=replace(small.metadata, language=language),
                   side_by_side=SideBySide(page=2, lines=(40, 52)))
    summary = metadata(render_epub(book, page_list=False))["schema:accessibilitySummary"][0]
    assert where in summary and "Ausgangstext" not in summary
    assert not re.search(r"[a-zé][.;][A-Z]", summary), "two sentences glued together"


@pytest.mark.parametrize("language, where", [
    ("nl", "Waar de bron de cellen van een tabel over meer dan één regel naast de cel van een andere kolom zet (voor "
           "het eerst op pagina 3), leest deze uitgave elke regel dwars over de tabel, van een cel in de volgende "
           "voordat de eerste af is; ze claimt daarom geen juiste leesvolgorde."),
    ("en", "Where the source sets a table's cells on more than one line beside another column's cell (first on "
           "page 3), this edition reads each line across the table, from a cell into the next one before the first "
           "ends; it therefore claims no correct reading order."),
    ("de", "Wo die Vorlage die Zellen einer Tabelle über mehr als eine Zeile neben die Zelle einer anderen Spalte "
           "setzt (zuerst auf Seite 3), liest diese Ausgabe jede Zeile quer über die Tabelle,"),
    ("fr", "Là où la source place les cellules d’un tableau sur plus d’une ligne à côté de la cellule d’une autre "
           "colonne (dès la page 3), cette édition lit chaque ligne en travers du tableau,"),
])
def test_a_tables_cells_read_across_take_away_the_reading_order_claim_and_the_summary_says_so(small, language, where):
    """A table whose cells run on beside another column's cell is read across its rows: the EPUB
    claims no correct reading order and says so of the table, not of printed columns."""
    book = replace(small, metadata=replace(small.metadata, language=language),
                   side_by_side=SideBySide(page=3, lines=(40, 41), cells_run_on=((3, 40), (3, 44))))
    across = metadata(render_epub(book, page_list=False))
    summary = across["schema:accessibilitySummary"][0]
    assert "readingOrder" not in across["schema:accessibilityFeature"]
    assert where in summary and "kolommen naast elkaar" not in summary and "side by side" not in summary


def test_a_certified_summary_names_the_passed_columns_check(annotated):
    checks = (("epubcheck", "5.1.0"), ("columns-side-by-side", ""))
    summary = metadata(render_epub(annotated, page_list=False, certification=Certification(checks)))[
        "schema:accessibilitySummary"][0]
    assert ("een controle die zoekt naar gedrukte kolommen die de bron naast elkaar op zijn regels zet, en naar "
            "sommige tabellen waarvan de cellen dwars gelezen zouden worden (een tabelcel die alleen en met een kleine "
            "letter op de volgende regel verdergaat naast de cel van een andere kolom, op twee plaatsen of meer): "
            "geen fouten") in summary


@pytest.mark.parametrize("language, claim", [
    ("en", "a check that looks for printed columns the source sets side by side on its lines, and for some tables "
           "whose cells would be read across"),
    ("de", "einer Prüfung, die nach gedruckten Spalten sucht, die die Vorlage auf ihren Zeilen nebeneinandersetzt, "
           "und nach manchen Tabellen, deren Zellen quer gelesen würden"),
    ("fr", "une vérification qui cherche des colonnes imprimées que la source place côte à côte sur ses lignes, et "
           "certains tableaux dont les cellules seraient lues en travers"),
])
def test_a_certified_summary_claims_of_tables_only_what_the_columns_check_checks(annotated, language, claim):
    """The check looks for columns and for some tables read across: it claims neither that the
    source sets no columns nor that no table cell is read across (review 26h: rows apart by blank
    lines, a cell going on in a figures-only column's neighbour, a single cell running on pass it)."""
    checks = (("epubcheck", "5.1.0"), ("columns-side-by-side", ""))
    book = replace(annotated, metadata=replace(annotated.metadata, language=language))
    summary = metadata(render_epub(book, page_list=False, certification=Certification(checks)))[
        "schema:accessibilitySummary"][0]
    assert claim in summary


def test_summary_speaks_only_of_what_the_book_has(small, annotated, plain_book):
    rich = metadata(plain_book)["schema:accessibilitySummary"][0]
    assert "streamer (een uitgelicht citaat)" in rich and "2 opsommingen staan als lijst" in rich
    assert "De 2 noten staan achter de tekst" in rich and "3 hoofdstukken en 4 tussenkoppen" in rich
    assert "geen notentekst" not in rich and "paginalijst" not in rich
    bare = metadata(render_epub(small, page_list=False))["schema:accessibilitySummary"][0]
    assert "streamer" not in bare and "opsomming" not in bare and "De 1 noten" not in bare
    assert "1 notennummer in de tekst, waarvoor geen notentekst is gevonden, staat er als gewoon superscript" in bare
    assert "in de bron" not in bare        # the notes may be printed and not found: the source is not blamed
    assert "1 hoofdstuk;" in bare and "tussenkop" not in bare and "in het Nederlands" in bare
    paged = metadata(render_epub(small))["schema:accessibilitySummary"][0]
    assert re.search(r"volgen de \d+ pagina's met tekst van het PDF-boekje", paged)


def test_summary_of_a_book_in_another_language_is_in_that_language_and_says_so(small):
    german = replace(small, metadata=replace(small.metadata, language="de"))
    root = etree.fromstring(files(render_epub(german, page_list=False))["EPUB/content.opf"])
    summary = root.find(".//opf:meta[@property='schema:accessibilitySummary']", NS)
    assert summary.get("{http://www.w3.org/XML/1998/namespace}lang") is None   # the package's own, de
    assert summary.text.startswith("Klein boekje ist eine Textausgabe") and "Der Text ist auf Deutsch" in summary.text
    assert "1 Anmerkungsnummer im Text, zu der kein Anmerkungstext gefunden wurde, bleibt" in summary.text


def test_the_only_image_is_the_cover_and_it_has_a_text_alternative(plain_book):
    root = etree.fromstring(files(plain_book)["EPUB/content.opf"])
    images = [i.get("href") for i in root.findall(".//opf:item", NS) if i.get("media-type").startswith("image/")]
    assert images == ["cover.png"]
    contents = files(plain_book)
    for name, data in contents.items():
        if name.endswith(".xhtml"):
            for img in etree.fromstring(data).iter("{%s}img" % NS["x"]):
                assert img.get("alt", "").strip(), name
    meta = metadata(plain_book)
    assert meta["schema:accessModeSufficient"] == ["textual"]
    assert "alternativeText" in meta["schema:accessibilityFeature"]


def test_no_hazard_no_sound_video_script_or_animation(plain_book):
    root = etree.fromstring(files(plain_book)["EPUB/content.opf"])
    types = {i.get("media-type") for i in root.findall(".//opf:item", NS)}
    assert types <= {"application/xhtml+xml", "text/css", "image/png", "image/jpeg", "font/woff2",
                     "application/x-dtbncx+xml"}
    everything = b"".join(files(plain_book).values())
    assert b"<script" not in everything and b"@keyframes" not in everything and b"<animate" not in everything
    assert metadata(plain_book)["schema:accessibilityHazard"] == ["none"]


def test_every_document_has_one_h1_and_no_skipped_heading_level(plain_book):
    for name, data in files(plain_book).items():
        if not name.endswith(".xhtml") or name.endswith(("cover.xhtml", "notes.xhtml")):
            continue
        levels = [int(e.tag[-1]) for e in etree.fromstring(data).iter()
                  if isinstance(e.tag, str) and re.fullmatch(r"\{.*\}h[1-6]", e.tag)]
        assert levels.count(1) == 1 and levels[0] == 1, name
        assert all(b - a <= 1 for a, b in zip(levels, levels[1:])), name
    assert "structuralNavigation" in metadata(plain_book)["schema:accessibilityFeature"]


def test_modified_date_comes_from_source_date_epoch_not_the_clock(small, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    book = render_epub(small, page_list=False)
    assert metadata(book)["dcterms:modified"] == ["2023-11-14T22:13:20Z"]
    assert {info.date_time for info in zipfile.ZipFile(io.BytesIO(book)).infolist()} == {(2023, 11, 14, 22, 13, 20)}


def test_modified_date_is_when_the_source_or_its_toml_last_changed(tmp_path, monkeypatch):
    from publish.build import load
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    source = tmp_path / "brief.txt"
    source.write_text("Beste lezer,\n\nDit is een korte brief over de wijk en de buurt.\n\nMet groet,\nAn\n")
    os.utime(source, (1_500_000_000, 1_500_000_000))
    assert metadata(render_epub(load(source).document, page_list=False))["dcterms:modified"] == ["2017-07-14T02:40:00Z"]
    (tmp_path / "brief.toml").write_text('[metadata]\ntitle = "Brief"\n')
    os.utime(tmp_path / "brief.toml", (1_600_000_000, 1_600_000_000))
    assert metadata(render_epub(load(source).document, page_list=False))["dcterms:modified"] == ["2020-09-13T12:26:40Z"]


def test_no_modification_date_known_is_an_error_not_an_invented_date(small, monkeypatch):
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    with pytest.raises(ValueError, match="modification date"):
        render_epub(replace(small, modified=None), page_list=False)


def test_summary_names_the_foreign_phrases_it_marked(small):
    from publish.model import Paragraph, Text
    english = Paragraph((Text("Het motto was: think global, act local, en zo gebeurde het."),), (1, 1))
    document = replace(small, chapters=(replace(small.chapters[0], blocks=(english,)),))
    summary = metadata(render_epub(document, page_list=False))["schema:accessibilitySummary"][0]
    assert "in het Nederlands; 1 anderstalige passage is met haar taal gemarkeerd." in summary
    assert "anderstalige" not in metadata(render_epub(small, page_list=False))["schema:accessibilitySummary"][0]


@pytest.mark.parametrize("code", ["nl", "de", "fr"])
def test_the_summary_names_every_check_of_a_certified_edition_in_its_language(small, code):
    """Each check the EPUB passes (publish.check's validators) is described in the book's
    language: no English name of a check in a Dutch, German or French summary."""
    checks = (("epubcheck", "5.1.0"), ("ace", "1.4.6"), ("hidden-text", ""), ("unmapped characters", ""),
              ("reading engine (epub.js)", "0.3.93"), ("EPUB documents in Chromium", ""))
    book = render_epub(replace(small, metadata=replace(small.metadata, language=code)), page_list=False,
                       certification=Certification(checks))
    summary = metadata(book)["schema:accessibilitySummary"][0]
    for name in ("hidden-text", "unmapped characters", "reading engine", "EPUB documents"):
        assert name not in summary, (code, name)


def test_the_german_summary_describes_the_check_for_unmapped_characters_in_a_whole_sentence(small):
    book = render_epub(replace(small, metadata=replace(small.metadata, language="de")), page_list=False,
                       certification=Certification((("epubcheck", "5.1.0"), ("unmapped characters", ""))))
    summary = metadata(book)["schema:accessibilitySummary"][0]
    assert ("mit EPUBCheck 5.1.0 (ein gültiges EPUB 3); einer Prüfung, dass kein Text, dem ein Leser begegnet, "
            "ein Zeichen enthält, das die Textebene nicht zuordnen konnte: keine Fehler.") in summary
