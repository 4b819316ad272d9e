"""What each finished edition hides from assistive technology, read back from its file.

The editions must agree: the EPUB hides exactly the document's display quotes (aria-hidden
asides) and the PDF marks exactly their text as layout artifacts; nothing else is hidden.  This is
checked on the files a reader gets, not on the model, so a template or post-processing mistake
that hides body text shows up.
"""
from __future__ import annotations

import io
import zipfile
from collections import Counter
from pathlib import Path

from bs4 import BeautifulSoup

from publish.audit import words
from publish.model import Document, PullQuote


def quote_words(document: Document) -> Counter:
    """The words of the document's display quotes: all an edition may hide."""
    return Counter(word for chapter in document.chapters for block in chapter.blocks
                   if isinstance(block, PullQuote) for word in words(block.text))


def epub_hidden_words(epub: Path) -> tuple[Counter, list[str]]:
    """The words of every aria-hidden element in the EPUB's content documents, and the hidden
    elements that are not display quotes (role doc-pullquote)."""
    hidden: Counter[str] = Counter()
    strangers: list[str] = []
    with zipfile.ZipFile(epub) as archive:
        for name in sorted(archive.namelist()):
            if not name.endswith(".xhtml"):
                continue
            soup = BeautifulSoup(archive.read(name), "xml")
            for element in soup.find_all(None, {"aria-hidden": "true"}):
                if any(parent.get("aria-hidden") == "true" for parent in element.parents if parent.name):
                    continue
                hidden.update(words(element.get_text(" ")))
                if element.get("role") != "doc-pullquote" and words(element.get_text(" ")):
                    strangers.append(f"{name}: <{element.name}> {element.get_text(' ').strip()[:60]!r}")
    return hidden, strangers


def pdf_layout_artifact_words(pdf: Path) -> Counter:
    """The words shown inside /Artifact marked content of type /Layout, over all pages."""
    from pypdf import PdfReader
    shown, inside = [], []

    def operator(op, args, cm, tm):
        if op == b"BDC":
            properties = args[1] if len(args) > 1 and hasattr(args[1], "get") else {}
            inside.append(str(args[0]) == "/Artifact" and str(properties.get("/Type")) == "/Layout")
        elif op == b"BMC":
            inside.append(False)
        elif op == b"EMC" and inside:
            inside.pop()

    def text(value, cm, tm, font, size):
        if any(inside):
            shown.append(value)

    for page in PdfReader(io.BytesIO(Path(pdf).read_bytes())).pages:
        page.extract_text(visitor_operand_before=operator, visitor_text=text)
    return Counter(words(" ".join(shown)))


def disagreements(document: Document, epub: Path | None, pdf: Path | None) -> list[str]:
    """Where an edition hides something other than the document's display quotes."""
    wanted = quote_words(document)
    found = []
    if epub is not None:
        hidden, strangers = epub_hidden_words(epub)
        found += [f"hidden in the EPUB but not a display quote: {stranger}" for stranger in strangers]
        found += _difference("EPUB (aria-hidden)", hidden, wanted)
    if pdf is not None:
        found += _difference("PDF (layout artifacts)", pdf_layout_artifact_words(pdf), wanted)
    return found


def _difference(edition: str, hidden: Counter, wanted: Counter) -> list[str]:
    extra, missing = hidden - wanted, wanted - hidden
    out = []
    if extra:
        out.append(f"{edition} hides {sum(extra.values())} word(s) that are no display quote's: "
                   + ", ".join(sorted(extra)[:8]))
    if missing:
        out.append(f"{edition} reads {sum(missing.values())} word(s) of display quotes as text: "
                   + ", ".join(sorted(missing)[:8]))
    return out
