"""The press-ready edition (drukklaar), read back with pikepdf: PDF/X-4 declared with a CMYK output
intent, 3 mm bleed on every side with TrimBox and BleedBox, crop marks in the bleed, the cover's
flood running into it, flat colours in CMYK, reproducible bytes; a clear error without a profile."""
import io
import math
import os
from pathlib import Path

import pikepdf
import pytest

from publish.editions import EDITIONS
from publish.errors import PublishError
from publish.render.pdf import OUTPUT_PROFILE, print_layout, render_pdf, written_pdf
from publish.validate import check_press

A5_POINTS = (148 / 25.4 * 72, 210 / 25.4 * 72)
BLEED = 3 / 25.4 * 72
PRESS = EDITIONS["press"]
# A CMYK profile to test with: the one named in the environment, else Ghostscript's generic one
# (tools/install_validators.sh installs it).
GHOSTSCRIPT_CMYK = Path("/usr/share/color/icc/ghostscript/default_cmyk.icc")


@pytest.fixture(scope="module")
def profile():
    named = os.environ.get(OUTPUT_PROFILE)
    found = Path(named) if named else GHOSTSCRIPT_CMYK
    if not found.is_file():
        pytest.skip(f"no CMYK profile: set {OUTPUT_PROFILE} or install libgs-common")
    return found


@pytest.fixture(scope="module")
def pdf(realistic, profile):
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv(OUTPUT_PROFILE, str(profile))
        return render_pdf(realistic, PRESS)


def boxes(page) -> dict[str, list[float]]:
    return {key: [float(v) for v in page.obj[f"/{key}"]] for key in ("MediaBox", "BleedBox", "TrimBox")}


def test_every_page_is_trimmed_to_a5_with_3_mm_bleed_on_every_side(pdf):
    with pikepdf.open(io.BytesIO(pdf)) as document:
        for page in document.pages:
            found = boxes(page)
            trim, bleed, media = found["TrimBox"], found["BleedBox"], found["MediaBox"]
            assert (trim[2] - trim[0], trim[3] - trim[1]) == pytest.approx(A5_POINTS, abs=0.5)
            assert [trim[0] - bleed[0], trim[1] - bleed[1], bleed[2] - trim[2], bleed[3] - trim[3]] == \
                pytest.approx([BLEED] * 4, abs=0.05)
            assert media[0] <= bleed[0] and media[1] <= bleed[1] and bleed[2] <= media[2] and bleed[3] <= media[3]


def test_declares_pdf_x4_with_a_cmyk_output_intent_and_fixed_dates(pdf, profile):
    with pikepdf.open(io.BytesIO(pdf)) as document:
        xmp = document.Root.Metadata.read_bytes()
        assert b"<pdfxid:GTS_PDFXVersion>PDF/X-4</pdfxid:GTS_PDFXVersion>" in xmp
        intent = document.Root.OutputIntents[0]
        assert intent.S == "/GTS_PDFX" and int(intent.DestOutputProfile.N) == 4
        assert intent.DestOutputProfile.read_bytes() == profile.read_bytes()
        assert document.docinfo["/Trapped"] == "/False"
        assert str(document.docinfo["/CreationDate"]).startswith("D:20200913")   # the fixture's date, not the clock
        assert document.pdf_version == "1.6"


def test_crop_marks_stand_in_the_bleed_of_every_page(pdf):
    """Each page draws a form of eight painted paths (the crop marks), stroked in black ink."""
    with pikepdf.open(io.BytesIO(pdf)) as document:
        for page in document.pages:
            operators = [str(op) for _, op in pikepdf.parse_content_stream(page)]
            names = [operands[0] for operands, op in pikepdf.parse_content_stream(page) if str(op) == "Do"]
            marks = [page.Resources.XObject[name] for name in names]
            strokes = [[(str(op), [float(v) for v in operands]) for operands, op in pikepdf.parse_content_stream(form)
                        if str(op) in ("S", "B", "K")] for form in marks]
            assert "Do" in operators and any(
                sum(op in ("S", "B") for op, _ in form) == 8 and ("K", [0, 0, 0, 1]) in form for form in strokes)


def test_the_cover_flood_runs_into_the_bleed(pdf, realistic):
    """The cover's first fill is the teal flood, in CMYK, over the whole MediaBox (trim plus bleed)."""
    with pikepdf.open(io.BytesIO(pdf)) as document:
        cover = document.pages[0]
        media = boxes(cover)["MediaBox"]
        operations = [(str(op), operands) for operands, op in pikepdf.parse_content_stream(cover)]
        colour = [float(v) for v in next(operands for op, operands in operations if op == "scn")]
        first = next(index for index, (op, _) in enumerate(operations) if op == "re")
        rectangle = [float(v) for v in operations[first][1]]
        scale = math.prod(float(operands[0]) for op, operands in operations[:first] if op == "cm")  # CSS px to pt
        assert colour == pytest.approx([1, 0.57, 0.6, 0.5])
        width, height = abs(rectangle[2] * scale), abs(rectangle[3] * scale)
        assert (width, height) == pytest.approx((media[2] - media[0], media[3] - media[1]), abs=0.5)


def test_passes_the_press_check_where_the_booklet_fails_it(pdf, realistic, tmp_path):
    press, booklet = tmp_path / "drukklaar.pdf", tmp_path / "boekje.pdf"
    press.write_bytes(pdf)
    booklet.write_bytes(render_pdf(realistic))
    assert check_press(press).passed, check_press(press).messages[:5]
    codes = {message.code for message in check_press(booklet).messages}
    assert codes == {"pdfx-version", "output-intent", "bleed", "rgb"}


def test_same_document_same_bytes(pdf, realistic, profile, monkeypatch):
    monkeypatch.setenv(OUTPUT_PROFILE, str(profile))
    print_layout.cache_clear()
    written_pdf.cache_clear()
    assert render_pdf(realistic, PRESS) == pdf


def test_without_a_cmyk_profile_the_error_says_what_to_do(realistic, monkeypatch, tmp_path):
    monkeypatch.delenv(OUTPUT_PROFILE, raising=False)
    with pytest.raises(PublishError, match=f"needs the printer's CMYK output profile: set {OUTPUT_PROFILE}"):
        render_pdf(realistic, PRESS)
    rgb = tmp_path / "rgb.icc"
    rgb.write_bytes(b"\0" * 16 + b"RGB " + b"\0" * 108)
    monkeypatch.setenv(OUTPUT_PROFILE, str(rgb))
    with pytest.raises(PublishError, match="not a CMYK profile"):
        render_pdf(realistic, PRESS)


def test_the_notes_back_links_are_printed_in_cmyk_ink(annotated, profile, tmp_path, monkeypatch):
    """Each note's back link (↑) took the browser's blue link colour, in RGB: the press check
    failed every booklet with notes ('colours given in RGB' on the notes' page)."""
    monkeypatch.setenv(OUTPUT_PROFILE, str(profile))
    press = tmp_path / "drukklaar.pdf"
    press.write_bytes(render_pdf(annotated, PRESS))
    assert check_press(press).passed, check_press(press).messages[:5]
