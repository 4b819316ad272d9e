"""Hostile text in the model renders literally and harmlessly in every output."""
import io
import zipfile

from bs4 import BeautifulSoup
from lxml import etree

from publish.render.epub import render_epub
from publish.render.html import render_html
from publish.render.markdown import render_markdown
from publish.render.pdf import render_pdf


def test_html_shows_hostile_text_as_text(hostile):
    for media in ("screen", "print"):
        html = render_html(hostile, media=media)
        page = BeautifulSoup(html, "lxml")
        assert page.find("script") is None
        assert "&lt;script&gt;alert('x')&lt;/script&gt;" in html or "&lt;script&gt;alert(&#39;x&#39;)" in html
        assert "{{ 7*7 }}" in page.main.get_text() and "49" not in html
        assert "{% raw %}" in page.main.get_text()
        assert "\x00" not in html and "\x07" not in html and "\x1b" not in html
        assert "\u202eRTL\u202c" in page.main.get_text()   # kept, as text


def test_a_control_character_between_a_letter_and_a_figure_parts_them_and_elsewhere_goes():
    from publish.render.view import xml_safe
    assert xml_safe("VEILIGHEID\x087 en ZORG\x0812") == "VEILIGHEID 7 en ZORG 12"   # a printed contents' pages
    assert xml_safe("\x07Bell \x00\x1bring\x1f Ver\x1bentlichung") == "Bell ring Verentlichung"  # a TeX ligature


def test_hostile_ids_stay_valid(hostile):
    section = BeautifulSoup(render_html(hostile), "lxml").main.section
    assert section["id"].replace("-", "").isalnum()


def test_every_epub_document_is_well_formed_xml(hostile):
    archive = zipfile.ZipFile(io.BytesIO(render_epub(hostile)))
    for name in archive.namelist():
        if name.endswith((".xhtml", ".opf", ".ncx", ".svg")):
            root = etree.fromstring(archive.read(name))     # raises on any XML error
            assert not root.xpath("//*[local-name()='script']"), name
    chapter = archive.read("EPUB/chapter-01.xhtml").decode()
    assert "]]&gt;" in chapter and "{{ 7*7 }}" in chapter


def test_pdf_renders_hostile_text(hostile):
    assert render_pdf(hostile).startswith(b"%PDF-")


def test_markdown_keeps_hostile_text_literally(hostile):
    text = render_markdown(hostile)
    assert "{{ 7*7 }}" in text and "{% raw %}" in text and "\x00" not in text
