"""The claim decision of `publish check` (publish.check) for a source whose reading order is not
known to be right: its text layer sets printed columns side by side, which every edition reads across."""
from pathlib import Path

import pytest

import publish.check as check
import publish.reader as reader
from publish.build import load
from publish.check import VALIDATORS, EditionReport, certify, columns_side_by_side
from publish.notices import notices
from publish.source import columns_side_by_side as source_columns
from publish.render.epub_metadata import COLUMNS_CHECK
from publish.validate import ValidatorResult
from tests.test_source_columns import REVIEW_LEFT, REVIEW_RIGHT, SCHEME, beside

# A year review whose second page -layout set in two columns (and a first page in one).
REVIEW = "\n".join(["Jaaroverzicht 2023", "", "Een jaar vol activiteiten voor jong en oud.",
                    "\fHet jaar in het kort", "", *beside(REVIEW_LEFT, REVIEW_RIGHT)]) + "\n"


@pytest.fixture
def review(tmp_path: Path) -> Path:
    source = tmp_path / "jaaroverzicht.txt"
    source.write_text(REVIEW, encoding="utf-8")
    return source


def test_columns_side_by_side_fail_the_check_and_the_build_says_what_to_do(review: Path):
    loaded = load(review)
    result = columns_side_by_side(loaded.document, review.with_suffix(".epub"))
    assert result.name == "columns-side-by-side" and result.status == "fail" and result.available
    assert result.counts == {"source lines side by side": 8}
    reason = ("the text layer sets printed columns side by side on its lines, first on source lines 6-13 "
              "(page 2): there the editions read each line across the columns, from one column into the other")
    assert result.messages[0].text == reason
    [warning] = [notice for notice in notices(loaded.cleaned, loaded.document, review) if "columns" in notice]
    assert warning.startswith(reason) and "extract the PDF again without `-layout`" in warning
    assert ("the EPUB does not claim the readingOrder accessibility feature, the PDF booklet and large print "
            "do not claim PDF/UA-1, and `publish check` fails them") in warning


def test_a_book_read_across_its_columns_gets_no_conformance_claim(review: Path):
    """Every other check passed: the failed columns check alone keeps the claim out (certify
    returns before it renders or touches the EPUB)."""
    document = load(review).document
    epub = review.with_suffix(".epub")
    report = EditionReport(epub, (ValidatorResult("epubcheck", True, version="5.1.0"),
                                  columns_side_by_side(document, epub)))
    assert not report.passed and certify(document, report) is None and not epub.exists()


def test_a_source_in_one_column_passes_the_columns_check_with_its_count(tmp_path: Path):
    source = tmp_path / "jaaroverzicht.txt"
    source.write_text("\n".join(["Jaaroverzicht 2023", "", *REVIEW_LEFT, "", *REVIEW_RIGHT]) + "\n", encoding="utf-8")
    document = load(source).document
    result = columns_side_by_side(document, tmp_path / "jaaroverzicht.epub")
    assert document.side_by_side is None and result.passed
    assert result.summary() == "columns-side-by-side: PASS — source lines side by side 0"


def test_every_validated_edition_runs_the_columns_check(review: Path, monkeypatch):
    """The check is wired into what `publish check` runs on each edition it validates: the
    preview and the press PDF read across the columns as the EPUB and the booklet do (the other
    checks stand in: they need a built edition)."""
    def passed(*args, **kwargs) -> ValidatorResult:
        return ValidatorResult("stand-in", True)
    for name in ("check_pdf_artifacts", "check_text_extraction", "check_structure_text", "hidden_text",
                 "check_epub_characters", "check_press"):
        monkeypatch.setattr(check, name, passed)
    monkeypatch.setattr(reader, "check_in_reading_engine", passed)
    monkeypatch.setattr(reader, "check_preview", passed)
    document = load(review).document
    assert set(VALIDATORS) == {"epub", "pdf", "preview", "press"}
    for edition, target in (("epub", review.with_suffix(".epub")), ("pdf", review.with_suffix(".pdf")),
                            ("preview", review.with_suffix(".html")), ("press", review.with_suffix(".press.pdf"))):
        [columns] = [result for result in VALIDATORS[edition].run(document, target, None)
                     if result.name == COLUMNS_CHECK]
        assert columns.status == "fail" and columns.target == str(target)


def test_a_tables_cells_read_across_fail_the_check_and_the_build_says_where(tmp_path: Path):
    """A publication scheme whose first column's cells run on beside the others: every edition
    reads a row's cells into each other, so the check fails and says so of the table."""
    source = tmp_path / "publication-scheme.txt"
    source.write_text("\n".join(["Publication scheme of the parish council", "", *SCHEME]) + "\n", encoding="utf-8")
    loaded = load(source)
    result = columns_side_by_side(loaded.document, source.with_suffix(".epub"))
    assert not result.passed and result.counts == {"table cells run on": 2}
    reason = ("the text layer sets 2 table cells on more than one line beside another column's cell, going on alone "
              "on the next line, on source lines 4, 6 (page 1): there the editions read each of those lines across "
              "the table, from a cell into the next one before the first ends")
    assert result.messages[0].text == reason
    assert any(notice.startswith(reason) for notice in notices(loaded.cleaned, loaded.document, source))


def test_a_page_foot_of_three_columns_the_edition_removes_keeps_the_claims(tmp_path: Path):
    """A German letter's foot of three columns on both its pages, its first column's cell going
    on under it: a table by its lines, but the cleaner removes the foot as a running foot: it is no
    part of the edition, and the edition's reading order keeps the claims."""
    foot = ["Gesellschaft zur Förderung des     Bank für Sozialwirtschaft          Amtsgericht Berlin",
            "freien Wissens e.V.",
            "Eisenacher Straße 2                IBAN DE12 1002 0500 0001 2345 00   VR 23855 Nz",
            "10777 Berlin                       BIC BFSWDE33BER                    Steuernummer 27/029/42207"]
    lines = ["Berlin, 12. März 2024", "", "Einladung zur Mitgliederversammlung", "", "Liebe Mitglieder,", "",
             "hiermit laden wir Sie herzlich zur ordentlichen Mitgliederversammlung am Samstag, dem",
             "20. April 2024, in unsere Geschäftsstelle ein. Die Tagesordnung finden Sie auf der",
             "nächsten Seite.", "", "", *foot,
             "\fTagesordnung", "", "1. Begrüßung", "2. Bericht des Vorstands", "3. Entlastung des Vorstands",
             "4. Verschiedenes", "", "Mit freundlichen Grüßen", "", "Der Vorstand", "", "", *foot]
    source = tmp_path / "einladung.txt"
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert source_columns(lines) is not None
    assert load(source).document.side_by_side is None
