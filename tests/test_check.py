"""The claim decision of `publish check` (publish.check) for a source whose reading order is not
known to be right: its text layer sets printed columns side by side, which every edition reads across."""
from pathlib import Path

from publish.build import load
from publish.check import EditionReport, certify, reading_order
from publish.notices import notices
from publish.validate import ValidatorResult
from tests.test_source_columns import REVIEW_LEFT, REVIEW_RIGHT, beside

# A year review whose second page -layout set in two columns (and a first page in one).
REVIEW = "\n".join(["Jaaroverzicht 2023", "", "Een jaar vol activiteiten voor jong en oud.",
                    "\fHet jaar in het kort", "", *beside(REVIEW_LEFT, REVIEW_RIGHT)]) + "\n"


def test_columns_side_by_side_fail_the_reading_order_check_and_the_build_says_what_to_do(tmp_path: Path):
    source = tmp_path / "jaaroverzicht.txt"
    source.write_text(REVIEW, encoding="utf-8")
    loaded = load(source)
    result = reading_order(loaded.document, tmp_path / "jaaroverzicht.epub")
    assert not result.passed and result.available and result.status == "fail"
    reason = ("the text layer sets printed columns side by side on its lines (as on page 2, lines 6-13): "
              "the editions read each line across both columns")
    assert reason in result.messages[0].text
    [warning] = [notice for notice in notices(loaded.cleaned, loaded.document, source) if "columns" in notice]
    assert warning.startswith(reason) and "extract the PDF again without `-layout`" in warning
    assert "claims no correct reading order and no accessibility conformance" in warning


def test_a_book_read_across_its_columns_gets_no_conformance_claim(tmp_path: Path):
    """Every other check passed: the failed reading order alone keeps the claim out (certify
    returns before it renders or touches the EPUB)."""
    source = tmp_path / "jaaroverzicht.txt"
    source.write_text(REVIEW, encoding="utf-8")
    document = load(source).document
    epub = tmp_path / "jaaroverzicht.epub"
    report = EditionReport(epub, (ValidatorResult("epubcheck", True, version="5.1.0"), reading_order(document, epub)))
    assert not report.passed and certify(document, report) is None and not epub.exists()


def test_a_source_in_one_column_passes_the_reading_order_check(tmp_path: Path):
    source = tmp_path / "jaaroverzicht.txt"
    source.write_text("\n".join(["Jaaroverzicht 2023", "", *REVIEW_LEFT, "", *REVIEW_RIGHT]) + "\n", encoding="utf-8")
    document = load(source).document
    assert document.side_by_side is None and reading_order(document, tmp_path / "jaaroverzicht.epub").passed
