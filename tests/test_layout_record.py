"""An EPUB-only build reuses the booklet's layout that a previous build of the same inputs left in
OUTDIR's cache (publish/layout_record.py), and lays the booklet out when there is none, when the
inputs changed or when the record is damaged; its EPUB is the full build's, byte for byte."""
from __future__ import annotations

import dataclasses
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from publish import cache, editions, layout_record
from publish.batch import build_one
from publish.render import pdf

FIXTURE = Path(__file__).parent / "fixtures" / "kort-verslag.txt"
TOML = '[metadata]\ntitle = "Jaarverslag De Linde"\nlanguage = "nl"\n'
EPUB_ONLY = ("epub",)


@pytest.fixture(scope="module")
def full_build(tmp_path_factory):
    """A source with its TOML, and an OUTDIR a full build (every default edition) filled."""
    folder = tmp_path_factory.mktemp("layout-record")
    source = folder / "verslag.txt"
    source.write_bytes(FIXTURE.read_bytes())
    source.with_suffix(".toml").write_text(TOML, encoding="utf-8")
    outdir = folder / "full"
    outcome = build_one(source, outdir, editions.defaults(), "utf-8")
    assert outcome.error is None, outcome.error
    return source, outdir


def epub_of(outdir: Path) -> bytes:
    return (outdir / "verslag" / "verslag.epub").read_bytes()


def record_of(outdir: Path) -> Path:
    return outdir / cache.CACHE_FOLDER / layout_record.RECORDS_FOLDER / "verslag.json"


def copied(outdir: Path, to: Path) -> Path:
    shutil.copytree(outdir, to)
    return to


@pytest.fixture
def layouts(monkeypatch):
    """Counts the requests for a printed edition's layout (the EPUB's page list and cover ask for one)."""
    asked: list[str] = []
    real = pdf.print_layout

    def counted(doc, edition=editions.BOOKLET, *rest):
        asked.append(edition.name)
        return real(doc, edition, *rest)
    monkeypatch.setattr(pdf, "print_layout", counted)
    return asked


def test_a_full_build_leaves_the_record_with_its_editions(full_build):
    source, outdir = full_build
    record = json.loads(record_of(outdir).read_bytes())
    assert record["key"] == layout_record.layout_key(source, "utf-8", editions.BOOKLET)
    assert record["starts"][0][0] == 1, "the page list starts on the booklet's first page"
    assert not any(str(outdir.resolve()) in text for text in map(str, record.values())), "no path in the record"


def test_an_epub_only_build_in_a_copied_outdir_reuses_the_layout(full_build, tmp_path, monkeypatch):
    source, outdir = full_build
    copy = copied(outdir, tmp_path / "copy")
    (copy / "verslag" / "verslag.epub").unlink()

    def no_layout(*args, **kwargs):
        raise AssertionError("the booklet was laid out although its record was there")
    monkeypatch.setattr(pdf, "print_layout", no_layout)
    outcome = build_one(source, copy, EPUB_ONLY, "utf-8")
    assert outcome.error is None, outcome.error
    assert epub_of(copy) == epub_of(outdir)


def test_an_epub_only_build_without_a_record_gives_the_full_builds_epub(full_build, tmp_path):
    """The cover drawn from a PDF of the cover page alone is the one drawn from the whole booklet."""
    source, outdir = full_build
    pdf.print_layout.cache_clear()
    pdf.written_pdf.cache_clear()
    outcome = build_one(source, tmp_path / "epub-only", EPUB_ONLY, "utf-8")
    assert outcome.error is None, outcome.error
    assert epub_of(tmp_path / "epub-only") == epub_of(outdir)


def test_a_full_build_writes_the_booklet_once(full_build, tmp_path, monkeypatch):
    """The EPUB's cover is drawn from the booklet the build writes, not from a PDF of its own."""
    from weasyprint.document import Document
    source, _ = full_build
    written, write = [], Document.write_pdf
    monkeypatch.setattr(Document, "write_pdf", lambda self, *args, **kwargs: written.append(len(self.pages))
                        or write(self, *args, **kwargs))
    pdf.print_layout.cache_clear()
    pdf.written_pdf.cache_clear()
    outcome = build_one(source, tmp_path / "full", editions.defaults(), "utf-8")
    assert outcome.error is None, outcome.error
    assert len(written) == 1 and written[0] > 1, written


def test_the_reused_layout_loads_no_pdf_library(full_build, tmp_path):
    source, outdir = full_build
    copy = copied(outdir, tmp_path / "copy")
    program = ("import sys; from pathlib import Path; from publish.batch import build_one; "
               f"outcome = build_one(Path({str(source)!r}), Path({str(copy)!r}), ('epub',), 'utf-8'); "
               "assert outcome.error is None, outcome.error; "
               "print(sorted(name for name in ('weasyprint', 'pydyf', 'pypdfium2', 'pikepdf') if name in sys.modules))")
    ran = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, check=True,
                         env={**os.environ, "PYTHONPATH": str(Path(__file__).parent.parent)})
    assert ran.stdout.strip() == "[]", ran.stdout + ran.stderr
    assert epub_of(copy) == epub_of(outdir)


def test_a_changed_toml_lays_the_booklet_out_again(full_build, tmp_path, layouts):
    source, outdir = full_build
    changed = tmp_path / "verslag.txt"
    changed.write_bytes(source.read_bytes())
    os.utime(changed, (source.stat().st_mtime, source.stat().st_mtime))
    changed.with_suffix(".toml").write_text(TOML.replace("De Linde", "De Eik"), encoding="utf-8")
    copy = copied(outdir, tmp_path / "copy")
    assert build_one(changed, copy, EPUB_ONLY, "utf-8").error is None
    assert layouts, "the record of other inputs was used"
    assert json.loads(record_of(copy).read_bytes())["key"] == layout_record.layout_key(changed, "utf-8",
                                                                                        editions.BOOKLET)
    assert epub_of(copy) != epub_of(outdir)


def test_a_changed_style_lays_the_booklet_out_again(full_build, tmp_path, layouts, monkeypatch):
    source, outdir = full_build
    styles = shutil.copytree(cache.STYLES_DIR, tmp_path / "styles")
    with (styles / "print.css").open("a", encoding="utf-8") as stream:
        stream.write("\n/* a printer's change */\n")
    monkeypatch.setattr(cache, "INPUTS", tuple((styles, pattern) if folder == cache.STYLES_DIR else (folder, pattern)
                                               for folder, pattern in cache.INPUTS))
    copy = copied(outdir, tmp_path / "copy")
    assert build_one(source, copy, EPUB_ONLY, "utf-8").error is None
    assert layouts, "the record of other styles was used"


@pytest.mark.parametrize("change", ["encoding", "booklet row", "picture"])
def test_the_key_follows_every_input_of_the_layout(full_build, tmp_path, monkeypatch, change):
    source, _ = full_build
    before = layout_record.layout_key(source, "utf-8", editions.BOOKLET)
    if change == "encoding":
        after = layout_record.layout_key(source, "latin-1", editions.BOOKLET)
    elif change == "booklet row":
        plainer = dataclasses.replace(editions.BOOKLET, stylesheets=("base.css",))
        after = layout_record.layout_key(source, "utf-8", plainer)
    else:
        picture = tmp_path / "foto.png"
        picture.write_bytes(b"\x89PNG one")
        monkeypatch.setattr(cache, "_pictures", lambda _: [picture])
        first = layout_record.layout_key(source, "utf-8", editions.BOOKLET)
        picture.write_bytes(b"\x89PNG two")
        before, after = first, layout_record.layout_key(source, "utf-8", editions.BOOKLET)
    assert before != after


@pytest.mark.parametrize("damage", ["truncated", "cover bit flipped", "page altered", "not json"])
def test_a_damaged_record_is_laid_out_again_not_an_error(full_build, tmp_path, layouts, damage):
    source, outdir = full_build
    copy = copied(outdir, tmp_path / "copy")
    path = record_of(copy)
    data = path.read_bytes()
    record = json.loads(data)
    if damage == "truncated":
        path.write_bytes(data[:len(data) // 2])
    elif damage == "cover bit flipped":
        cover = record["cover"]
        record["cover"] = cover[:100] + ("A" if cover[100] != "A" else "B") + cover[101:]
        path.write_text(json.dumps(record), encoding="utf-8")
    elif damage == "page altered":
        record["starts"][1][0] += 1
        path.write_text(json.dumps(record), encoding="utf-8")
    else:
        path.write_bytes(b"\x00\xff" * 10)
    outcome = build_one(source, copy, EPUB_ONLY, "utf-8")
    assert outcome.error is None, outcome.error
    assert layouts == ["pdf"] * len(layouts) and layouts, "the damaged record was used"
    assert epub_of(copy) == epub_of(outdir)
    assert path.read_bytes() == record_of(outdir).read_bytes(), "the record is whole again"



def test_the_checks_conformance_claim_reuses_the_layout(full_build, tmp_path, monkeypatch):
    """`publish check` rewrites the EPUB with its conformance claim: from the record the build left,
    not by laying the booklet out again (the validators are stood in for: what is checked here is
    only where the layout comes from)."""
    from publish import check
    from publish.validate import ValidatorResult
    source, outdir = full_build
    copy = copied(outdir, tmp_path / "copy")

    def no_layout(*args, **kwargs):
        raise AssertionError("the booklet was laid out again for the conformance claim")
    monkeypatch.setattr(pdf, "print_layout", no_layout)
    passed = ValidatorResult("stand-in", True, {}, (), version="1")
    monkeypatch.setattr(check, "check_editions", lambda document, paths: {
        name: check.EditionReport(path, (passed,)) for name, path in paths.items()})
    monkeypatch.setattr(check, "run_epubcheck", lambda path: passed)
    _, validity = check.check_built(source, copy, "utf-8", EPUB_ONLY)
    assert validity is not None and validity.passed
    assert epub_of(copy) != epub_of(outdir)                      # the claim was written in
