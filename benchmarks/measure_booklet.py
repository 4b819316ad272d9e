"""Issue 16's "done when", measured on the booklet (the PDF edition) and the EPUB of: both seeds,
every golden case that builds a booklet, and a report of about --report-pages pages.  Prints the
figures; asserts nothing (the tests in tests/render assert them on their fixtures).

    .venv/bin/python benchmarks/measure_booklet.py                    everything (a few minutes)
    .venv/bin/python benchmarks/measure_booklet.py --report-pages 0   without the long report

The long report is real text: the largest Dutch documents of the real-world corpus
(--corpus, default /work/realworld/txt, files nl-*.txt), largest first, each taken while the
whole stays within --report-pages at CHARS_PER_PAGE, joined with page breaks in a temporary
folder.  Columns:

  pages       the booklet's pages
  level/all   facing text pages ending on the same line / all such spreads (publish.pages.text_spreads),
              then the spreads that differ: left page and lines of difference
  outer/inner the text's left edge on left-hand pages (the outer margin) and on right-hand pages
              (the inner one), medians in mm
  emptiest    the emptiest text page that does not end a chapter: page and share of the type area
              left empty (publish.pages.emptiest), and how many pages are more than a third empty
  hyph        hyphenated words (their ActualText spans, publish.render.hyphens)
  split p/t   words of the text that do not come out whole of pdftotext and of the
              structure tree (publish.validate; "-" when pdftotext is not installed)
  onum, smcp, sups   distinct glyphs drawn that are the substitutes of the fonts' old-style
              figure, small-cap (smcp and c2sc) and superior (sups) features, read from the glyph
              ids the embedded subsets map (their ToUnicode) against the print cut's GSUB
  cover       whether the calibre-style check finds the EPUB's cover: an EPUB 2 <meta name="cover">
              naming a manifest item with the cover-image property that is a PNG or JPEG image
"""
from __future__ import annotations

import argparse
import io
import statistics
import sys
import tempfile
import time
import zipfile
from dataclasses import dataclass
from functools import cache
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import PROJECT, seeds

MM = 72 / 25.4
LINE = 14.5                      # styles/print.css: the text's line; the type area holds 30 of them
TEXT_TOP = 17.5 * MM             # its top margin
TEXT_HEIGHT = 30 * LINE
CHARS_PER_PAGE = 1150            # source characters a page holds (real-world reports, covers and notes included)
LEVEL = 0.5                      # pt: facing pages ending closer than this end level
FEATURES = {"onum": ("onum",), "smcp": ("smcp", "c2sc"), "sups": ("sups",)}
NS = {"opf": "http://www.idpf.org/2007/opf", "c": "urn:oasis:names:tc:opendocument:xmlns:container"}


@dataclass(frozen=True)
class Figures:
    name: str
    pages: int
    level: int
    spreads: int
    uneven: tuple[tuple[int, float], ...]      # (left page, lines of difference)
    outer: float
    inner: float
    emptiest: tuple[int, float] | None
    over_a_third: int
    hyphenated: int
    split_pdftotext: int | None
    split_tree: int
    glyphs: dict[str, int]
    cover_found: bool


def measure(name: str, source: Path, folder: Path) -> Figures | str:
    """The figures of one source's booklet and EPUB, or why it builds no booklet."""
    from publish.build import load
    from publish.check import document_words
    from publish.errors import PublishError
    from publish.pages import emptiest, pages, text_spreads
    from publish.render.epub import render_epub
    from publish.render.pdf import render_pdf
    from publish.validate import check_structure_text, check_text_extraction
    try:
        document = load(source).document
        pdf = render_pdf(document)
        epub = render_epub(document)
    except (PublishError, ValueError) as error:
        return f"{name}: no booklet ({error})"
    path = folder / f"{name}.pdf"
    path.write_bytes(pdf)
    measured = pages(pdf)
    spreads = text_spreads(pdf)
    worst = emptiest(pdf, TEXT_TOP, TEXT_HEIGHT)
    extraction = check_text_extraction(path, document_words(document))
    tree = check_structure_text(path, document_words(document, quotes=False))
    lefts = {parity: [p.left for p in measured[1:-1] if p.left is not None and p.number % 2 == parity]
             for parity in (0, 1)}
    return Figures(
        name, len(measured), sum(s.difference < LEVEL for s in spreads), len(spreads),
        tuple((s.left.number, round(s.difference / LINE, 1)) for s in spreads if s.difference >= LEVEL),
        _median_mm(lefts[0]), _median_mm(lefts[1]), worst[0] if worst else None,
        sum(share > 1 / 3 for _, share in worst), _hyphenated(pdf),
        extraction.counts["missing"] if extraction.available else None, tree.counts["missing"],
        _feature_glyphs(pdf), _calibre_finds_cover(epub))


def _median_mm(values: list[float]) -> float:
    return round(statistics.median(values) / MM, 1) if values else float("nan")


def _hyphenated(pdf: bytes) -> int:
    """Hyphenated words: the first half of each carries the whole word as ActualText."""
    import pikepdf
    with pikepdf.open(io.BytesIO(pdf)) as document:
        return sum(1 for page in document.pages for operands, _ in pikepdf.parse_content_stream(page, "BDC")
                   if isinstance(operands[1], pikepdf.Dictionary) and str(operands[1].get("/ActualText", "")))


@cache
def _substitutes(file_name: str) -> dict[str, frozenset[str]]:
    """For each measured feature, the glyph names the print cut's GSUB substitutes for it."""
    from fontTools.ttLib import TTFont
    from publish.fonts import print_fonts
    font = TTFont(print_fonts() / file_name)
    gsub = font["GSUB"].table
    found: dict[str, set[str]] = {}
    for record in gsub.FeatureList.FeatureRecord:
        column = next((key for key, tags in FEATURES.items() if record.FeatureTag in tags), None)
        for index in record.Feature.LookupListIndex if column else ():
            for table in gsub.LookupList.Lookup[index].SubTable:
                mapping = getattr(getattr(table, "ExtSubTable", table), "mapping", None) or {}
                found.setdefault(column, set()).update(mapping.values())
    return {key: frozenset(names) for key, names in found.items()}


@cache
def _glyph_order(file_name: str) -> list[str]:
    from fontTools.ttLib import TTFont
    from publish.fonts import print_fonts
    return TTFont(print_fonts() / file_name).getGlyphOrder()


def _cut_of(base_font: str):
    """The print cut an embedded subset ("ABCDEF+Publish-Serif-Italic") was made from."""
    from publish.fonts import CUTS
    name = base_font.split("+", 1)[-1].lstrip("/")
    for cut in CUTS:
        style = "" if cut.style_name == "Regular" else "-" + cut.style_name.replace(" ", "-")
        if name == cut.family.replace(" ", "-") + style:
            return cut
    return None


def _feature_glyphs(pdf: bytes) -> dict[str, int]:
    """Distinct glyphs drawn, per feature, that only that feature puts on the page (the subsets
    keep the cuts' glyph ids: WeasyPrint's subsetting retains them, as the tests rely on)."""
    import pikepdf
    from publish.render.hyphens import glyph_texts
    used: dict[str, set[str]] = {key: set() for key in FEATURES}
    with pikepdf.open(io.BytesIO(pdf)) as document:
        fonts = {font.objgen: font for page in document.pages for _, font in page.Resources.get("/Font", {}).items()}
        for font in fonts.values():
            cut = _cut_of(str(font.get("/BaseFont", "")))
            if cut is None:
                continue
            order, substitutes = _glyph_order(cut.file_name), _substitutes(cut.file_name)
            names = {order[gid] for gid in glyph_texts(font) if gid < len(order)}
            for key in FEATURES:
                used[key] |= {f"{cut.file_name}:{n}" for n in names & substitutes.get(key, frozenset())}
    return {key: len(names) for key, names in used.items()}


def _calibre_finds_cover(epub: bytes) -> bool:
    """As calibre looks for a cover: the OPF's <meta name="cover"> names a manifest item that is
    a raster image (with EPUB 3's cover-image property on the same item)."""
    from lxml import etree
    archive = zipfile.ZipFile(io.BytesIO(epub))
    container = etree.fromstring(archive.read("META-INF/container.xml"))
    opf_path = container.find(".//c:rootfile", NS).get("full-path")
    opf = etree.fromstring(archive.read(opf_path))
    meta = opf.find(".//opf:metadata/opf:meta[@name='cover']", NS)
    if meta is None:
        return False
    item = opf.find(f".//opf:manifest/opf:item[@id='{meta.get('content')}']", NS)
    if item is None or item.get("media-type") not in ("image/png", "image/jpeg") \
            or "cover-image" not in (item.get("properties") or "").split():
        return False
    href = str(Path(opf_path).parent / item.get("href")).lstrip("./")
    data = archive.read(href)
    return data.startswith(b"\x89PNG\r\n\x1a\n") or data.startswith(b"\xff\xd8\xff")


def golden_sources() -> list[tuple[str, Path]]:
    """The golden cases, but those that are a seed's text again."""
    seed_texts = {path.read_bytes() for path in seeds()}
    return [(case.name, case / "input.txt") for case in sorted((PROJECT / "tests" / "golden").glob("*/"))
            if (case / "input.txt").is_file() and (case / "input.txt").read_bytes() not in seed_texts]


def long_report(corpus: Path, target_pages: int, folder: Path) -> tuple[Path, list[str]]:
    """A report of about target_pages pages from the corpus's largest Dutch texts (see the docstring)."""
    budget = target_pages * CHARS_PER_PAGE
    chosen: list[Path] = []
    for path in sorted(corpus.glob("nl-*.txt"), key=lambda p: p.stat().st_size, reverse=True):
        if sum(p.stat().st_size for p in chosen) + path.stat().st_size <= budget:
            chosen.append(path)
    texts = [path.read_text(encoding="utf-8").strip("\n") for path in chosen]
    source = folder / f"rapport-{target_pages}.txt"
    source.write_text("\n\f\n".join(texts) + "\n", encoding="utf-8")
    return source, [path.name for path in chosen]


COLUMNS = ("{:<38}", "{:>5}", "{:>9}", "{:>11}", "{:>9}", "{:>4}", "{:>5}", "{:>9}", "{:>4}", "{:>4}", "{:>4}",
           "{:>5}", "  {}")
HEADER = ("source", "pages", "level/all", "outer/inner", "emptiest", ">1/3", "hyph", "split p/t", "onum", "smcp",
          "sups", "cover", "uneven spreads (left/right: lines)")


def row(figures: Figures | str) -> str:
    if isinstance(figures, str):
        return figures
    f = figures
    cells = (f.name, f.pages, f"{f.level}/{f.spreads}", f"{f.outer}/{f.inner}",
             f"p.{f.emptiest[0]} {f.emptiest[1]:.0%}" if f.emptiest else "-", f.over_a_third, f.hyphenated,
             f"{'-' if f.split_pdftotext is None else f.split_pdftotext}/{f.split_tree}",
             *(f.glyphs[key] for key in FEATURES), "yes" if f.cover_found else "NO",
             " ".join(f"{page}/{page + 1}: {lines:g}" for page, lines in f.uneven) or "-")
    return " ".join(column.format(cell) for column, cell in zip(COLUMNS, cells))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--report-pages", type=int, default=100, help="the long report's pages (0: none)")
    parser.add_argument("--corpus", type=Path, default=Path("/work/realworld/txt"),
                        help="folder of the real-world texts the long report is made of")
    args = parser.parse_args(argv)
    print(f"# publish: the booklet's done-when, measured ({time.strftime('%Y-%m-%d %H:%M')})\n")
    print(" ".join(column.format(cell) for column, cell in zip(COLUMNS, HEADER)))
    with tempfile.TemporaryDirectory(prefix="publish-measure-") as name:
        folder = Path(name)
        sources = [(path.stem, path) for path in seeds()] + golden_sources()
        if args.report_pages and args.corpus.is_dir():
            report, parts = long_report(args.corpus, args.report_pages, folder)
            sources.append((report.stem, report))
        for label, source in sources:
            print(row(measure(label, source, folder)), flush=True)
        if args.report_pages and args.corpus.is_dir():
            print(f"\n{report.stem}: {', '.join(parts)} from {args.corpus}, joined with page breaks")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
