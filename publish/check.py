"""Conformance check of finished editions: build (or reuse) them, then run every validator."""
from __future__ import annotations

import contextvars
import io
import tempfile
import zipfile
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from collections.abc import Callable

from publish.errors import PublishError
from publish.hidden import disagreements
from publish.model import BulletList, Document, PullQuote, plain_text
from publish.notices import columns_read_across
from publish.render.epub_metadata import COLUMNS_CHECK
from publish.render.view import xml_safe
from publish.validate import (
    Message, ValidatorResult, check_epub_characters, check_pdf_artifacts, check_press, check_structure_text,
    check_text_extraction, format_results, one_epubcheck_process, run_ace, run_epubcheck, run_pdfua,
)


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
    """Every word a reader must be able to copy out of the PDF whole, the notes' too; without
    quotes, the words of the reading order only (display quotes are artifacts, outside the
    structure tree). The words are those the editions print: the renderer drops the characters
    XML cannot carry (`xml_safe`), so a control code a text layer left inside a word (a TeX
    font's ligature, 'Ver\x1bentlichung') splits it in the model but not on the page."""
    texts: list[str] = []
    for chapter in document.chapters:
        texts += [chapter.title, *chapter.byline]
        for block in chapter.blocks:
            if isinstance(block, PullQuote) and not quotes:
                continue
            items = tuple(block.walk()) if isinstance(block, BulletList) else (block,)
            texts += [item.text for item in items]
    texts += [plain_text(note.content) for note in document.notes]
    return xml_safe(" ".join(texts)).split()


def check_editions(document: Document, paths: dict[str, Path]) -> dict[str, EditionReport]:
    """Run on each edition (by name, its file) the validators its row names, in one browser for
    those that need one; editions without validators are left out. The validators that are
    programs of their own (EPUBCheck, Ace, the PDF/UA checker) run beside the checks made here and
    in the browser, so a check takes about as long as its longest part, not the sum of them all."""
    from publish.editions import EDITIONS
    rows = {name: VALIDATORS[checks] for name in paths if (checks := EDITIONS[name].checks)}
    with ThreadPoolExecutor(max_workers=3, thread_name_prefix="validator") as pool:
        started = {name: [_start(pool, run, paths[name]) for run in validators.external]
                   for name, validators in rows.items()}
        with _browser(any(validators.browser for validators in rows.values())) as browser:
            here = {name: validators.run(document, paths[name], browser) for name, validators in rows.items()}
        return {name: EditionReport(paths[name], (*(future.result() for future in started[name]), *here[name]))
                for name in rows}


def _start(pool: ThreadPoolExecutor, run: Callable[[Path], ValidatorResult], path: Path) -> Future:
    """run(path) in the pool, in this thread's context (one_epubcheck_process's shared EPUBCheck)."""
    return pool.submit(contextvars.copy_context().run, run, path)


@dataclass(frozen=True)
class Validators:
    """A set of validators for one kind of edition: `external`, programs of their own run on the
    file (their results come first); `run`, the checks made in this process; `browser`: some of
    those run in Chromium."""

    run: Callable[[Document, Path, object], tuple[ValidatorResult, ...]]   # document, file, browser or None
    browser: bool = False
    external: tuple[Callable[[Path], ValidatorResult], ...] = ()


@contextmanager
def _browser(wanted: bool):
    """One headless Chromium for every browser check, or None when none is wanted or it cannot run
    (the checks then report themselves unavailable)."""
    from publish.reader import chromium, missing_tools
    if not wanted or missing_tools():
        yield None
        return
    with chromium() as browser:
        yield browser


def _epub_checks(document: Document, epub: Path, browser) -> tuple[ValidatorResult, ...]:
    """The hidden text, characters no reader can read, the reading engine and each XHTML document
    in Chromium."""
    from publish.reader import check_epub_documents, check_in_reading_engine
    results = [columns_side_by_side(document, epub), hidden_text(document, epub=epub), check_epub_characters(epub)]
    if browser is None:
        return (*results, check_in_reading_engine(epub))
    with tempfile.TemporaryDirectory(prefix="publish-epub-") as unpacked:
        return (*results, check_in_reading_engine(epub, browser), check_epub_documents(epub, Path(unpacked), browser))


def _pdf_checks(document: Document, pdf: Path, browser) -> tuple[ValidatorResult, ...]:
    """No columns side by side in the source; artifacts, whole words from pdftotext and in the structure tree (the
    reading order's words: display quotes are artifacts); the hidden text."""
    return (columns_side_by_side(document, pdf), check_pdf_artifacts(pdf),
            check_text_extraction(pdf, document_words(document)),
            check_structure_text(pdf, document_words(document, quotes=False)), hidden_text(document, pdf=pdf))


def _preview_checks(document: Document, html: Path, browser) -> tuple[ValidatorResult, ...]:
    """No columns side by side in the source (the preview reads across them too); links, contrast
    and reflow of the HTML preview in Chromium."""
    from publish.reader import check_preview
    return columns_side_by_side(document, html), check_preview(html, browser)


def _press_checks(document: Document, pdf: Path, browser) -> tuple[ValidatorResult, ...]:
    """No columns side by side in the source (the printer would print the lines across them);
    PDF/X-4, output intent, bleed and boxes, CMYK only; the text still whole (pdftotext)."""
    return columns_side_by_side(document, pdf), check_press(pdf), check_text_extraction(pdf, document_words(document))


VALIDATORS = {
    "epub": Validators(_epub_checks, browser=True, external=(run_epubcheck, run_ace)),
    "pdf": Validators(_pdf_checks, external=(run_pdfua,)),
    "press": Validators(_press_checks),
    "preview": Validators(_preview_checks, browser=True),
}


def check_built(source: Path, outdir: Path, encoding: str,
                formats: tuple[str, ...]) -> tuple[dict[str, EditionReport], ValidatorResult | None]:
    """Validate the editions (by name) a build of source left in outdir and certify the EPUB when
    it passes: the reports, and the certified EPUB's validity (None: no claim, or no EPUB).
    The build's cache then records the certified EPUB, so an unchanged source keeps it; the
    claim's EPUB takes the booklet's layout from the record the build left (publish.layout_record)."""
    from publish.build import load, output_paths
    from publish.cache import refresh
    from publish.editions import EPUB
    from publish.layout_record import recorded
    paths = output_paths(source, outdir)
    document = load(source, encoding).document
    with one_epubcheck_process(), recorded(source, outdir, encoding, document, [EPUB]):
        reports = check_editions(document, {name: paths[name] for name in formats})
        validity = certify(document, reports["epub"]) if "epub" in reports else None
    if validity is not None and validity.passed:
        refresh(outdir, source)
    return reports, validity


def verdict(reports: dict[str, EditionReport], validity: ValidatorResult | None) -> dict:
    """The check in a results file: passed, each edition's verdict, and whether the EPUB was certified."""
    return {"passed": all(report.passed for report in reports.values()),
            "editions": {name: report.passed for name, report in reports.items()},
            "certified": bool(validity and validity.passed)}


def columns_side_by_side(document: Document, edition: Path) -> ValidatorResult:
    """The source sets no printed columns side by side on its lines (Document.side_by_side), which
    every edition of it reads across: a check of the source, the evidence behind the edition's
    reading order; where it fails, no EPUB gets the conformance claim (certify)."""
    found = document.side_by_side
    messages = () if found is None else (Message("error", COLUMNS_CHECK, columns_read_across(found)),)
    counts = ({"table cells run on": len(found.cells_run_on)} if found is not None and found.table
              else {"source lines side by side": found.count if found else 0})
    return ValidatorResult(COLUMNS_CHECK, found is None, counts, messages, target=str(edition))


def hidden_text(document: Document, epub: Path | None = None, pdf: Path | None = None) -> ValidatorResult:
    """The edition hides what the document's display quotes say, and nothing else."""
    found = disagreements(document, epub, pdf)
    return ValidatorResult("hidden-text", not found, {"disagreements": len(found)},
                           tuple(Message("error", "hidden-text", text) for text in found),
                           target=str(epub or pdf))


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
