"""Both seeds, built as a user builds them, pass every validator `publish check` runs, and only a
book that passed them all gets the conformance claim."""
import shutil
from pathlib import Path

import pytest

from publish.build import load, output_paths
from publish.check import check_editions
from publish.validate import one_epubcheck_process

pytestmark = pytest.mark.validators

SEEDS = sorted((Path(__file__).parent.parent / "seeds").glob("*.txt"))


@pytest.fixture(scope="module")
def outdir(built_seeds):
    """The seeds' editions, built once for the session (tests/conftest.py)."""
    return built_seeds


BOOKLET, LETTER = (next(seed for seed in SEEDS if "2018" not in seed.stem),
                   next(seed for seed in SEEDS if "2018" in seed.stem))


def _every_validator_ran(unavailable: list[str]) -> None:
    """In CI every validator must run; elsewhere a missing one skips the test (dev.py installs them)."""
    if unavailable:
        import os
        if os.environ.get("CI") == "true":
            pytest.fail(f"validators unavailable in CI: {unavailable}")
        pytest.skip(f"validators unavailable: {unavailable}")


def test_the_booklet_seeds_editions_conform(outdir, epubcheck_runner):
    """The letter's conformance is proven through `publish check` below: the same checks."""
    paths = output_paths(BOOKLET, outdir)
    with one_epubcheck_process(epubcheck_runner):      # the worker's EPUBCheck process (tests/conftest.py)
        reports = check_editions(load(BOOKLET).document,
                                 {name: paths[name] for name in ("html", "epub", "pdf")}).values()
    _every_validator_ran([r.summary() for report in reports for r in report.results if not r.available])
    failures = [str(report) for report in reports if not report.passed]
    assert not failures, "\n".join(failures)


def test_publish_check_reports_each_edition_and_the_letter_conforms(tmp_path, capsys, epubcheck_runner):
    from publish.cli import main
    source = tmp_path / LETTER.name
    shutil.copy(LETTER, source)
    with one_epubcheck_process(epubcheck_runner):      # the worker's EPUBCheck process (tests/conftest.py)
        code = main(["check", str(source), "-o", str(tmp_path / "out")])
    report = capsys.readouterr().out
    verdicts = [line for line in report.splitlines() if line.endswith((": CONFORMS", ": DOES NOT CONFORM"))]
    assert {Path(line.split(": ")[0]).suffix for line in verdicts} == {".epub", ".pdf", ".html"}
    assert "epubcheck" in report.lower() and "pdftotext" in report and "reading engine (epub.js)" in report
    _every_validator_ran([line.strip() for line in report.splitlines() if ": UNAVAILABLE" in line])
    assert all(line.endswith(": CONFORMS") for line in verdicts), report
    assert code == 0
    assert "conformance claim written: EPUB Accessibility 1.1 - WCAG 2.2 Level AA, certified by publish" in report
    claim = conformance_claim(tmp_path / "out" / source.stem / f"{source.stem}.epub")
    assert claim == ("EPUB Accessibility 1.1 - WCAG 2.2 Level AA", "publish")


def conformance_claim(epub: Path):
    """(conformsTo, certifiedBy) of an EPUB, or None when it claims no conformance."""
    import zipfile
    from lxml import etree
    ns = {"opf": "http://www.idpf.org/2007/opf"}
    root = etree.fromstring(zipfile.ZipFile(epub).read("EPUB/content.opf"))
    claim = root.find(".//opf:meta[@property='dcterms:conformsTo']", ns)
    if claim is None:
        return None
    certifier = root.find(f".//opf:meta[@property='a11y:certifiedBy'][@refines='#{claim.get('id')}']", ns)
    return claim.text, certifier.text


def test_a_book_that_fails_a_check_gets_no_claim(outdir):
    from dataclasses import replace
    from publish.check import EditionReport, certify
    from publish.validate import ValidatorResult
    seed = BOOKLET
    epub = output_paths(seed, outdir)["epub"]
    before = epub.read_bytes()
    failed = EditionReport(epub, (ValidatorResult("epubcheck", True, version="5"),
                                  ValidatorResult("reading engine (epub.js)", False, {"clipped": 1})))
    assert certify(load(seed).document, failed) is None
    unavailable = replace(failed, results=(ValidatorResult("ace", False, available=False),))
    assert certify(load(seed).document, unavailable) is None
    assert epub.read_bytes() == before and conformance_claim(epub) is None


def test_editions_hide_the_display_quotes_and_nothing_else(outdir, tmp_path):
    """The letter has two display quotes: hidden in the EPUB, layout artifacts in the PDF. An
    EPUB that hides a body paragraph too is caught."""
    import zipfile
    from publish.check import hidden_text
    paths = output_paths(LETTER, outdir)
    document = load(LETTER).document
    assert hidden_text(document, epub=paths["epub"]).passed
    assert hidden_text(document, pdf=paths["pdf"]).passed
    tampered = tmp_path / "tampered.epub"
    with zipfile.ZipFile(paths["epub"]) as src, zipfile.ZipFile(tampered, "w") as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename.endswith(".xhtml"):
                data = data.replace(b"<p>", b'<p aria-hidden="true">', 1)
            dst.writestr(info, data)
    result = hidden_text(document, epub=tampered)
    assert not result.passed and "not a display quote" in str(result.messages[0])
