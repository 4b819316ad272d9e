"""The browser checks find what they look for: small pages and books made to fail each one."""
import io
import re
import zipfile

import pytest

from publish.reader import EPUB_MODES, check_in_reading_engine, check_pages


def codes(result) -> list[str]:
    return [message.code for message in result.messages]


@pytest.fixture(scope="module")
def pages(tmp_path_factory):
    folder = tmp_path_factory.mktemp("pages")
    (folder / "teal.html").write_text(
        '<!DOCTYPE html><html lang="nl"><body><h1 style="color:#17484d">Voorbij de tweedeling</h1>'
        "<p>Gewone tekst in de kleur van de lezer.</p></body></html>")
    (folder / "narrow.html").write_text(
        '<!DOCTYPE html><html lang="nl"><body><p style="width:8em; overflow:hidden">'
        "profielschetsvergaderingen</p></body></html>")
    (folder / "wide.html").write_text(
        '<!DOCTYPE html><html lang="nl"><body><div style="width:700px">Een vaste breedte.</div></body></html>')
    (folder / "fluid.html").write_text(
        '<!DOCTYPE html><html lang="nl"><body style="overflow-wrap: break-word"><h1 style="font-size:2em">'
        "profielschetsvergaderingen</h1><p>Gewone tekst die met het scherm meegaat.</p></body></html>")
    return folder


def test_a_colour_set_for_a_light_page_fails_on_the_readers_dark_page(pages, browser):
    result = check_pages("t", pages, ["teal.html"], EPUB_MODES, pages / "teal.html", browser)
    low = [m.text for m in result.messages if m.code == "low-contrast"]
    assert low and all("Voorbij de tweedeling" in text for text in low)
    assert any("dark (reader)" in text for text in low) and not any(" light:" in text for text in low)
    assert result.counts["min contrast light"] > 4.5 > result.counts["min contrast dark (reader)"]


def test_a_word_wider_than_its_box_is_clipped_and_a_fixed_width_scrolls_sideways(pages, browser):
    narrow = check_pages("t", pages, ["narrow.html"], EPUB_MODES[:1], pages / "narrow.html", browser)
    assert "clipped" in codes(narrow) and "profielschetsvergaderingen" in narrow.messages[0].text
    wide = check_pages("t", pages, ["wide.html"], EPUB_MODES[:1], pages / "wide.html", browser)
    assert "sideways-scroll" in codes(wide)


def test_a_page_that_reflows_passes(pages, browser):
    fluid = check_pages("t", pages, ["fluid.html"], EPUB_MODES, pages / "fluid.html", browser)
    assert fluid.passed and fluid.counts["clipped"] == 0 and fluid.counts["sideways scroll"] == 0


def test_the_browser_is_asked_to_emulate_a_colour_scheme_only_when_it_changes():
    """Each emulation is a round trip to the browser; the modes come in runs of one scheme, and the
    engine measures a run of modes in one call."""
    from publish.reader import PREVIEW_MODES, _emulate, _runs_of_one_media

    class Page:
        def __init__(self):
            self.emulated: list[tuple[str, str]] = []

        def emulate_media(self, color_scheme: str, forced_colors: str) -> None:
            self.emulated.append((color_scheme, forced_colors))
    page, emulated = Page(), None
    for mode in (*EPUB_MODES, *EPUB_MODES[:1], *PREVIEW_MODES):
        emulated = _emulate(page, mode, emulated)
    assert page.emulated == [("light", "none"), ("dark", "none"), ("light", "none"), ("dark", "none"),
                             ("light", "active")]
    assert [[mode.name for mode in run] for run in _runs_of_one_media(EPUB_MODES)] == [
        ["light", "sepia (reader)", "dark (reader)"], ["dark (system, white page)", "dark (system and reader)"]]


def rewritten(epub: bytes, name: str, change) -> bytes:
    source = zipfile.ZipFile(io.BytesIO(epub))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            data = source.read(info.filename)
            target.writestr(info, change(data) if info.filename == name else data)
    return out.getvalue()


@pytest.fixture(scope="module")
def book():
    """The booklet with its notes; the second runs on over several pages of the reading engine."""
    import sys
    from dataclasses import replace
    from pathlib import Path
    sys.path.insert(0, str(Path(__file__).parent.parent / "render"))
    from documents import SENTENCE, booklet
    from publish.model import Note, Text
    from publish.render.epub import render_epub
    document = booklet(notes=True)
    return render_epub(replace(document, notes=(document.notes[0], Note(2, (Text(SENTENCE * 30),)))))


def test_the_engine_follows_every_entry_and_note_of_a_good_book(book, tmp_path, browser):
    """A note link lands when the note's first line is on the page shown, however far the note runs on
    (the box around all its pages centres on another page)."""
    path = tmp_path / "goed.epub"
    path.write_bytes(book)
    result = check_in_reading_engine(path, browser)
    assert result.passed, "\n".join(map(str, result.messages))
    counts = result.counts
    assert counts["contents landed"] == counts["contents entries"] > 3
    assert counts["page list landed"] == counts["page list entries"] > 10
    assert counts["note links landed"] == counts["back links landed"] == counts["note links"] == 2


def test_the_engine_reports_an_entry_that_leads_nowhere_and_a_note_without_a_way_back(book, tmp_path, browser):
    broken = rewritten(book, "EPUB/nav.xhtml", lambda data: re.sub(rb'#page-(\d+)"', rb'#page-9\1"', data, count=1))
    broken = rewritten(broken, "EPUB/notes.xhtml",
                       lambda data: re.sub(rb' <a class="backlink".*?</a>', b"", data, count=1))
    path = tmp_path / "kapot.epub"
    path.write_bytes(broken)
    result = check_in_reading_engine(path, browser)
    texts = [m.text for m in result.messages]
    assert any(t.startswith("page list entry") and "target missing" in t for t in texts)
    assert any(t.startswith("back link") and "no back link" in t for t in texts)
    assert not result.passed and result.counts["back links landed"] == 1


LANDMARK_ROLES = {"banner", "main", "contentinfo", "navigation", "region", "complementary", "search", "form",
                  "doc-chapter", "doc-endnotes", "doc-toc", "doc-foreword", "doc-pagelist"}


def landmarks(page, url: str) -> list[str]:
    """The landmark roles in Chromium's accessibility tree of one page, opened in `page`."""
    from publish.reader import ORIGIN
    page.goto(ORIGIN + url)
    tree = page.context.new_cdp_session(page).send("Accessibility.getFullAXTree")["nodes"]
    return [n["role"]["value"] for n in tree if not n.get("ignored") and n["role"]["value"] in LANDMARK_ROLES]


def test_each_epub_document_has_its_own_landmarks_and_no_banner(book, browser):
    from publish.reader import browser_page
    archive = zipfile.ZipFile(io.BytesIO(book))
    with browser_page({name: archive.read(name) for name in archive.namelist()}, browser) as page:
        for n, kind in ((1, "doc-foreword"), (2, "doc-chapter"), (3, "doc-chapter")):
            assert landmarks(page, f"EPUB/chapter-0{n}.xhtml") == [kind]
        assert landmarks(page, "EPUB/notes.xhtml") == ["doc-endnotes"]
        assert landmarks(page, "EPUB/titlepage.xhtml") == ["region"]


def test_the_preview_has_one_banner_one_main_and_a_landmark_per_chapter(annotated_html, browser):
    from publish.reader import browser_page
    with browser_page({"index.html": annotated_html.encode()}, browser) as page:
        roles = landmarks(page, "index.html")
    assert roles.count("banner") == 1 and roles.count("main") == 1
    assert roles.count("doc-chapter") == 2 and roles.count("doc-foreword") == 1


@pytest.fixture(scope="module")
def annotated_html():
    import sys
    from pathlib import Path
    sys.path.insert(0, str(Path(__file__).parent.parent / "render"))
    from documents import booklet
    from publish.render.html import render_html
    return render_html(booklet(notes=True))


def test_a_page_reaches_its_own_files_and_no_other_server(browser):
    """The browser is offline by construction: it gets the files it was given under ORIGIN, and a
    server that does answer, even on this machine, is out of its reach."""
    import threading
    from http.server import BaseHTTPRequestHandler, HTTPServer

    from publish.reader import ORIGIN, browser_page

    class Open(BaseHTTPRequestHandler):
        def do_GET(self):
            self.send_response(200)
            self.send_header("Access-Control-Allow-Origin", "*")
            self.end_headers()
            self.wfile.write(b"reached")

        def log_message(self, format, *args):
            pass
    other = HTTPServer(("127.0.0.1", 0), Open)
    threading.Thread(target=other.serve_forever, daemon=True).start()
    fetch = "url => fetch(url).then(r => r.ok ? r.text() : 'refused', () => 'failed')"
    try:
        with browser_page({"own.txt": b"ours"}, browser) as page:
            page.goto(ORIGIN + "own.txt")
            assert page.evaluate(fetch, ORIGIN + "own.txt") == "ours"
            assert page.evaluate(fetch, ORIGIN + "missing.txt") == "refused"
            assert page.evaluate(fetch, f"http://127.0.0.1:{other.server_address[1]}/") in ("refused", "failed")
    finally:
        other.shutdown()
        other.server_close()
