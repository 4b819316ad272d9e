"""Pictures from the TOML: in every edition with their alt text and credit; without alt text the
build fails with a message saying what to add."""
import io
import zipfile

import pikepdf
import pytest
from PIL import Image

from publish.build import build
from publish.errors import PublishError

TEXT = """Een kort verslag

door An de Vries

Dit is de eerste alinea van het verslag over de wijk, met genoeg woorden om een bladzijde te vullen.

Dit is de tweede alinea, die vertelt wat de bewoners ervan vonden en wat er nu gaat gebeuren.
"""
ALT = "An de Vries spreekt de bewoners toe in het buurthuis"


def write_source(folder, picture_entry: str):
    Image.new("RGB", (600, 400), "#5a7d7c").save(folder / "portret.jpg", format="JPEG")
    (folder / "verslag.txt").write_text(TEXT, encoding="utf-8")
    (folder / "verslag.toml").write_text(
        '[metadata]\ntitle = "Een kort verslag"\n\n[[pictures]]\n' + picture_entry, encoding="utf-8")
    return folder / "verslag.txt"


def test_a_picture_with_alt_text_appears_in_every_edition(tmp_path):
    source = write_source(tmp_path, f'file = "portret.jpg"\nalt = "{ALT}"\ncredit = "Jan Jansen"\n'
                                    'caption = "An de Vries"\nplace = "chapter 1"\n')
    written = {path.name: path for path in build(source, tmp_path / "out")}
    html = written["index.html"].read_text(encoding="utf-8")
    assert f'alt="{ALT}"' in html and "Foto: Jan Jansen" in html
    assert (written["index.html"].parent / "images" / "portret.jpg").is_file()
    with zipfile.ZipFile(written["verslag.epub"]) as epub:
        names = epub.namelist()
        chapter = epub.read("EPUB/chapter-01.xhtml").decode()
        opf = epub.read("EPUB/content.opf").decode()
    assert "EPUB/images/portret.jpg" in names and 'src="images/portret.jpg"' in chapter
    assert f'alt="{ALT}"' in chapter and "Jan Jansen" in chapter and 'media-type="image/jpeg"' in opf
    with pikepdf.open(written["verslag.pdf"]) as pdf:
        figures = [element for element in _elements(pdf.Root.StructTreeRoot) if element.get("/S") == "/Figure"]
        assert [str(figure.Alt) for figure in figures] == [ALT]
        assert any("/XObject" in page.Resources and len(page.Resources.XObject) for page in pdf.pages)


def test_a_picture_without_alt_text_fails_the_build_with_a_clear_message(tmp_path):
    source = write_source(tmp_path, 'file = "portret.jpg"\ncredit = "Jan Jansen"\n')
    with pytest.raises(PublishError, match=r"picture 'portret.jpg' has no alt text: add alt = "):
        build(source, tmp_path / "out")
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("entry, message", [
    ('file = "../geheim.jpg"\nalt = "x"\ncredit = "y"\n', "outside the folder"),
    ('file = "portret.gif"\nalt = "x"\ncredit = "y"\n', "only JPEG and PNG"),
    ('file = "nep.jpg"\nalt = "x"\ncredit = "y"\n', "is not a JPEG file"),
    ('file = "portret.jpg"\nalt = "x"\n', "has no credit"),
])
def test_pictures_are_checked_as_input(tmp_path, entry, message):
    Image.new("RGB", (8, 8)).save(tmp_path / "nep.jpg", format="PNG")     # a PNG named .jpg
    source = write_source(tmp_path, entry)
    with pytest.raises(PublishError, match=message):
        build(source, tmp_path / "out", formats=("html",))


def _elements(node):
    stack = [node]
    while stack:
        item = stack.pop()
        if isinstance(item, pikepdf.Array):
            stack.extend(item)
        elif isinstance(item, pikepdf.Dictionary):
            if "/S" in item:
                yield item
            if "/K" in item:
                stack.append(item.K)
