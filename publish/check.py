"""Conformance check of finished editions: build (or reuse) them, then run every validator."""
from __future__ import annotations

import io
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path

from publish.errors import PublishError
from publish.hidden import disagreements
from publish.model import BulletList, Document, PullQuote
from publish.validate import Message, ValidatorResult, format_results, run_epubcheck, validate_epub, validate_pdf


@dataclass(frozen=True)
class EditionReport:
    """The validators' results for one edition (EPUB or PDF) of one source."""

    path: Path
    results: tuple[ValidatorResult, ...]

    @property
    def passed(self) -> bool:
        return all(result.passed for result in self.results)

    def __str__(self) -> str:
        verdict = "CONFORMS" if self.passed else "DOES NOT CONFORM"
        return f"{self.path}: {verdict}\n" + format_results(list(self.results)) + "\n"


def document_words(document: Document, quotes: bool = True) -> list[str]:
    """Every word a reader must be able to copy out of the PDF whole; without quotes, the words
    of the reading order only (display quotes are artifacts, outside the structure tree)."""
    texts: list[str] = []
    for chapter in document.chapters:
        texts += [chapter.title, *chapter.byline]
        for block in chapter.blocks:
            if isinstance(block, PullQuote) and not quotes:
                continue
            items = block.items if isinstance(block, BulletList) else (block,)
            texts += [item.text for item in items]
    return " ".join(texts).split()


def check_editions(document: Document, epub: Path, pdf: Path, html: Path | None = None) -> list[EditionReport]:
    """Run EPUBCheck, Ace and the reading engine on the EPUB; PDF/UA-1, artifacts and text
    extraction on the PDF; on both, whether they hide from assistive technology exactly the
    display quotes; contrast and reflow on the HTML preview, when given."""
    epub_results = [*validate_epub(epub), hidden_text(document, epub=epub), *_browser_checks(epub, html)]
    reports = [EditionReport(epub, tuple(epub_results[:-1] if html else epub_results)),
               EditionReport(pdf, (*validate_pdf(pdf, document_words(document), document_words(document, quotes=False)),
                                hidden_text(document, pdf=pdf)))]
    if html is not None:
        reports.append(EditionReport(html, epub_results[-1:]))
    return reports


def hidden_text(document: Document, epub: Path | None = None, pdf: Path | None = None) -> ValidatorResult:
    """The edition hides what the document's display quotes say, and nothing else."""
    found = disagreements(document, epub, pdf)
    return ValidatorResult("hidden-text", not found, {"disagreements": len(found)},
                           tuple(Message("error", "hidden-text", text) for text in found),
                           target=str(epub or pdf))


def _browser_checks(epub: Path, html: Path | None) -> list[ValidatorResult]:
    """The reading engine and Chromium on the EPUB (and the preview, last), in one browser."""
    from publish.reader import check_epub_documents, check_in_reading_engine, check_preview, chromium, missing_tools
    if missing_tools():
        return [check_in_reading_engine(epub)] + ([check_preview(html)] if html else [])
    with chromium() as browser, tempfile.TemporaryDirectory(prefix="publish-epub-") as unpacked:
        results = [check_in_reading_engine(epub, browser), check_epub_documents(epub, Path(unpacked), browser)]
        return results + ([check_preview(html, browser)] if html else [])


def certify(document: Document, report: EditionReport) -> ValidatorResult | None:
    """Write the conformance claim into an EPUB that passed every check, naming its certifier and
    the checks (EPUB Accessibility 1.1, 5.1); None when it did not pass or a check could not run.

    The certified EPUB is the checked one with a new package document only: every other file
    is compared byte for byte, and EPUBCheck validates it before it replaces the checked file.
    """
    from publish.build import write_atomically
    from publish.render.epub import render_epub
    from publish.render.epub_metadata import Certification
    if not report.passed or not all(result.available for result in report.results):
        return None
    checks = tuple((result.name, result.version) for result in report.results)
    certified = render_epub(document, certification=Certification(checks))
    if _contents(certified) != _contents(report.path.read_bytes()):
        raise PublishError("the EPUB on disk was not built from this source; run publish build again", report.path)
    with tempfile.TemporaryDirectory(prefix="publish-certified-") as folder:
        candidate = Path(folder) / report.path.name
        candidate.write_bytes(certified)
        validity = run_epubcheck(candidate)
    if validity.passed:
        write_atomically(report.path, certified)
    return validity


def _contents(epub: bytes) -> dict[str, bytes]:
    """Every file of an EPUB but its package document (which the claim changes)."""
    with zipfile.ZipFile(io.BytesIO(epub)) as archive:
        return {name: archive.read(name) for name in archive.namelist() if not name.endswith(".opf")}
