"""Conformance check of finished editions: build (or reuse) them, then run every validator."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from publish.hidden import disagreements
from publish.model import BulletList, Document
from publish.validate import Message, ValidatorResult, format_results, validate_epub, validate_pdf


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


def document_words(document: Document) -> list[str]:
    """Every word a reader must be able to copy out of the PDF whole."""
    texts: list[str] = []
    for chapter in document.chapters:
        texts += [chapter.title, *chapter.byline]
        for block in chapter.blocks:
            items = block.items if isinstance(block, BulletList) else (block,)
            texts += [item.text for item in items]
    return " ".join(texts).split()


def check_editions(document: Document, epub: Path, pdf: Path) -> list[EditionReport]:
    """Run EPUBCheck and Ace on the EPUB; PDF/UA-1, artifacts and text extraction on the PDF; on
    both, whether they hide from assistive technology exactly the display quotes."""
    return [EditionReport(epub, (*validate_epub(epub), hidden_text(document, epub=epub))),
            EditionReport(pdf, (*validate_pdf(pdf, document_words(document)), hidden_text(document, pdf=pdf)))]


def hidden_text(document: Document, epub: Path | None = None, pdf: Path | None = None) -> ValidatorResult:
    """The edition hides what the document's display quotes say, and nothing else."""
    found = disagreements(document, epub, pdf)
    return ValidatorResult("hidden-text", not found, {"disagreements": len(found)},
                           tuple(Message("error", "hidden-text", text) for text in found),
                           target=str(epub or pdf))
