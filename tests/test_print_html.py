"""build --print-html: the HTML and stylesheets WeasyPrint lays out, which alone give the booklet's pages."""
from pathlib import Path

from weasyprint import CSS, HTML

from publish.batch import build_one
from publish.build import load
from publish.editions import BOOKLET
from publish.render.pdf import page_starts, print_layout

FIXTURE = Path(__file__).parent / "fixtures" / "kort-verslag.txt"


def test_the_print_html_laid_out_by_weasyprint_alone_gives_the_booklets_pages(tmp_path):
    source = tmp_path / "verslag.txt"
    source.write_bytes(FIXTURE.read_bytes())
    assert not build_one(source, tmp_path / "out", ("pdf",), "utf-8").reused
    outcome = build_one(source, tmp_path / "out", ("pdf",), "utf-8", print_html=True)
    folder = tmp_path / "out" / "verslag" / "print"
    assert not outcome.reused and folder / "verslag.html" in outcome.files       # an option of the cache key
    assert sorted(path.name for path in folder.iterdir()) == ["base.css", "faces.css", "print.css", "verslag.html"]
    alone = HTML(filename=folder / "verslag.html").render(stylesheets=[CSS(filename=folder / "faces.css")],
                                                          **dict(BOOKLET.page_options))
    booklet = print_layout(load(source).document)
    assert len(alone.pages) == len(booklet.pages) and len(booklet.pages) % 4 == 0
    assert page_starts(alone) == page_starts(booklet)
