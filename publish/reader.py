"""A real reading engine and a real browser as the reader's eyes: epub.js in headless Chromium.

`check_in_reading_engine` opens an EPUB in epub.js (npm `epubjs`, pinned in package.json) and
follows every contents entry, every page-list entry, every note link and its back link, then
shows every document in each reading mode and font size and measures contrast and clipping;
`check_page` measures a page loaded alone (the HTML preview, or one XHTML file of the EPUB) in
each mode, at 200 % on a 360 px and 400 % on a 320 px wide screen. Both return a
`ValidatorResult`, so `publish check` reports them beside EPUBCheck and Ace.

Offline by construction: the browser's only proxy is a server in this process that answers every
request for http://127.0.0.1/ from the files given (nothing listens on that address) and refuses
any other URL, so nothing leaves the machine. A proxy, not a Playwright route: a route turns the
browser's cache off and passes every file through Playwright, so a book's fonts and styles went
over again for each of its documents (164 requests, 1.8 MB for a short book).
"""
from __future__ import annotations

import json
import mimetypes
import sys
import threading
import zipfile
from contextlib import contextmanager
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib import util as importlib_util
from pathlib import Path

from publish.resources import TEMPLATES_DIR
from publish.validate import REPO_ROOT, Message, ValidatorResult, find_browser, unavailable

ORIGIN = "http://127.0.0.1/"
HARNESS = TEMPLATES_DIR / "reader"
EPUBJS = REPO_ROOT / "node_modules" / "epubjs"
SCRIPTS = {"epub.min.js": EPUBJS / "dist" / "epub.min.js",
           "jszip.min.js": REPO_ROOT / "node_modules" / "jszip" / "dist" / "jszip.min.js"}
BROWSER_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--no-first-run"]
MINIMUM_CONTRAST = 4.5


@dataclass(frozen=True)
class Mode:
    """A reading mode: the system's colour scheme, the CSS a reading system injects (none: the
    book's own colours) and the page colour shown behind the document."""

    name: str
    scheme: str
    css: str
    page: str


def imposed(background: str, text: str) -> str:
    """A reading system's theme: its own page and text colour on the root and body, as Apple
    Books, Kobo and Readium-based readers set them (not on every element)."""
    return (f"html, body {{ background-color: {background} !important; color: {text} !important; }}")


# The EPUB in a reading system: its default (light) page, the reader's sepia and night themes,
# the system's dark setting under a page the reader keeps white, and both dark together.
EPUB_MODES = (
    Mode("light", "light", "", "#ffffff"),
    Mode("sepia (reader)", "light", imposed("#faf4e8", "#121212"), "#faf4e8"),
    Mode("dark (reader)", "light", imposed("#121212", "#b0b0b0"), "#121212"),
    Mode("dark (system, white page)", "dark", "", "#ffffff"),
    Mode("dark (system and reader)", "dark", imposed("#000000", "#fefefe"), "#000000"),
)
# The preview is a web page that sets its own page colour: light, the system's dark setting,
# and the forced colours of a high-contrast setting.
PREVIEW_MODES = (
    Mode("light", "light", "", "#ffffff"),
    Mode("dark (system)", "dark", "", "#ffffff"),
    Mode("forced colours", "forced", "", "#ffffff"),
)
# (font size, viewport width): WCAG 1.4.4 and 1.4.10 on a small phone.
ZOOMS = ((2.0, 360), (4.0, 320))
ENGINE_SIZES = ("200%", "400%")      # the reader's font size setting, on a 600 px page
VIEWPORT_HEIGHT = 640


def missing_tools() -> str:
    """Why the browser checks cannot run here, or "" when they can."""
    if importlib_util.find_spec("playwright") is None:
        return "Playwright not installed (pip install playwright)"
    if find_browser() is None:
        return "no Chromium (apt-get install chromium)"
    absent = [str(path) for path in SCRIPTS.values() if not path.is_file()]
    return f"epub.js not installed (npm ci: tools/install_validators.sh): {', '.join(absent)}" if absent else ""


def epubjs_version() -> str:
    try:
        return json.loads((EPUBJS / "package.json").read_text(encoding="utf-8"))["version"]
    except (OSError, ValueError, KeyError):
        return ""


def _served_files(epub_path: Path | None, pages: dict[str, Path]) -> dict[str, bytes]:
    """Every file the browser may load, by path under ORIGIN: the harness, epub.js, the unpacked
    EPUB under book/, and the pages (with the files beside them)."""
    files = {name: path.read_bytes() for name, path in SCRIPTS.items()}
    files.update({path.name: path.read_bytes() for path in HARNESS.iterdir() if path.is_file()})
    if epub_path is not None:
        with zipfile.ZipFile(epub_path) as archive:
            files.update({f"book/{name}": archive.read(name) for name in archive.namelist()})
    for prefix, folder in pages.items():
        files.update({f"{prefix}/{path.relative_to(folder).as_posix()}": path.read_bytes()
                      for path in folder.rglob("*") if path.is_file()})
    return files


def _media_type(name: str) -> str:
    if name.endswith(".xhtml"):
        return "application/xhtml+xml"
    if name.endswith(".opf"):
        return "application/oebps-package+xml"
    return mimetypes.guess_type(name)[0] or "application/octet-stream"


@contextmanager
def chromium():
    """One headless Chromium for several checks (starting one takes seconds)."""
    from playwright.sync_api import sync_playwright
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=find_browser(), args=BROWSER_ARGS)
        try:
            yield browser
        finally:
            browser.close()


class _FilesProxy(ThreadingHTTPServer):
    """The browser's proxy: answers GET requests for ORIGIN's files, and refuses the rest (other
    hosts, HTTPS tunnels, other methods)."""

    def __init__(self, files: dict[str, bytes]):
        self.files = files
        super().__init__(("127.0.0.1", 0), _Answer)

    def handle_error(self, request, client_address) -> None:
        if not isinstance(sys.exc_info()[1], ConnectionError):      # a frame closed before its file came
            super().handle_error(request, client_address)


class _Answer(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"           # one connection for many files
    server: _FilesProxy

    def do_GET(self) -> None:
        url = self.path             # a proxy's request names the whole URL
        name = url[len(ORIGIN):].split("#")[0].split("?")[0] if url.startswith(ORIGIN) else ""
        body = self.server.files.get(name)
        if body is None:
            self.send_error(404)
            return
        self.send_response(200)
        self.send_header("Content-Type", _media_type(name))
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "max-age=3600")     # the files do not change while a page is open
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format, *args) -> None:       # the browser's requests are no news
        pass


@contextmanager
def _proxy(files: dict[str, bytes]):
    """The address of a proxy that serves `files` under ORIGIN, for as long as the block runs."""
    server = _FilesProxy(files)
    thread = threading.Thread(target=server.serve_forever, name="reader-files", daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


@contextmanager
def browser_page(files: dict[str, bytes], browser=None, width: int = 600, height: int = VIEWPORT_HEIGHT):
    """A Chromium page whose only reachable files are `files`, in `browser` or a new one."""
    if browser is None:
        with chromium() as own, browser_page(files, own, width, height) as page:
            yield page
        return
    with _proxy(files) as proxy:
        # Playwright sends loopback addresses through a context's proxy too (its "<-loopback>" rule).
        context = browser.new_context(viewport={"width": width, "height": height}, proxy={"server": proxy})
        try:
            yield context.new_page()
        finally:
            context.close()


def _media(mode: Mode) -> tuple[str, str]:
    """The media features a mode emulates: the colour scheme, forced colours."""
    return ("light", "active") if mode.scheme == "forced" else (mode.scheme, "none")


def _emulate(page, mode: Mode, emulated: tuple[str, str] | None) -> tuple[str, str]:
    """Emulate mode's media features on page, which emulates `emulated` (None: not yet known);
    returns what it emulates now. A call to the browser only when they change: each costs a round
    trip, and the modes come in runs of one colour scheme."""
    media = _media(mode)
    if media != emulated:
        page.emulate_media(color_scheme=media[0], forced_colors=media[1])
    return media


@dataclass
class Findings:
    """What the browser saw: lists of messages per kind, and the figures to report."""

    messages: list[Message]
    counts: dict[str, int | float]

    def add(self, code: str, text: str, where: str = "") -> None:
        self.messages.append(Message("error", code, text, where))

    def contrast(self, mode: str, where: str, measured: dict) -> None:
        key = f"min contrast {mode}"
        if measured["minimum"] is not None:
            self.counts[key] = min(self.counts.get(key, 99.0), measured["minimum"])
        for failure in measured["failures"]:
            self.counts["low contrast"] = self.counts.get("low contrast", 0) + 1
            self.add("low-contrast", f"{failure['ratio']}:1 < {MINIMUM_CONTRAST}:1 in {mode}: "
                                     f"{failure['element']} {failure['text']!r}", where)

    def clipping(self, label: str, where: str, measured: dict, viewport: int | None) -> None:
        for clip in measured["clipped"]:
            self.counts["clipped"] = self.counts.get("clipped", 0) + 1
            self.add("clipped", f"{label}: {clip['element']} is {clip['scrollWidth']} px wide in "
                                f"{clip['clientWidth']} px: {clip['text']!r}", where)
        if viewport is not None and measured["sideways"]:
            self.counts["sideways scroll"] = self.counts.get("sideways scroll", 0) + 1
            self.add("sideways-scroll", f"{label}: the page is {measured['pageWidth']} px wide on a "
                                        f"{viewport} px screen", where)


def _result(name: str, findings: Findings, target: Path, version: str = "") -> ValidatorResult:
    passed = not findings.messages
    counts = {key: (round(value, 2) if isinstance(value, float) else value) for key, value in findings.counts.items()}
    return ValidatorResult(name, passed, counts, tuple(findings.messages), version=version, target=str(target))


# --- the EPUB in epub.js -----------------------------------------------------------------------

def check_in_reading_engine(epub_path: str | Path, browser=None) -> ValidatorResult:
    """Contents, page list, notes and back links land; contrast and clipping in every mode and size."""
    name = "reading engine (epub.js)"
    epub_path = Path(epub_path)
    reason = missing_tools()
    if reason:
        return unavailable(name, reason, epub_path)
    findings = Findings([], {})
    with browser_page(_served_files(epub_path, {}), browser) as page:
        page.goto(ORIGIN + "reader.html")
        _navigate(page, findings, width=600)
        _measure_in_engine(page, findings)
    findings.counts.setdefault("low contrast", 0)
    findings.counts.setdefault("clipped", 0)
    return _result(name, findings, epub_path, epubjs_version())


def _measure_in_engine(page, findings: Findings) -> None:
    """Each document at 100 % in every mode (contrast and clipping), and at each larger size in
    the first mode (clipping): colours do not move text, and a font size changes no colour.
    Every other document goes through the sizes from the largest down, so that the next one opens
    at the size the last one ended at: a change of size lays out only the document it measures."""
    sizes = ("100%", *ENGINE_SIZES)
    count, n, emulated = 1, 0, None
    while n < count:
        for size in sizes if n % 2 == 0 else sizes[::-1]:
            shown = page.evaluate("([n, size]) => publishEngine.show(n, size)", [n, size])
            count = shown["count"]
            for modes in _runs_of_one_media(EPUB_MODES if size == "100%" else EPUB_MODES[:1]):
                emulated = _emulate(page, modes[0], emulated)
                measures = page.evaluate("modes => publishEngine.measureShown(modes)", [[m.css, m.page] for m in modes])
                for mode, measured in zip(modes, measures, strict=True):
                    findings.contrast(mode.name, shown["file"], measured["contrast"])
                    findings.clipping(f"{mode.name}, {size}", shown["file"], measured["clipping"], None)
        n += 1


def _runs_of_one_media(modes: tuple[Mode, ...]) -> list[tuple[Mode, ...]]:
    """The modes in their order, in runs that emulate the same media features: the modes of a run
    are measured in one call to the browser."""
    runs: list[tuple[Mode, ...]] = []
    for mode in modes:
        if runs and _media(runs[-1][0]) == _media(mode):
            runs[-1] += (mode,)
        else:
            runs.append((mode,))
    return runs


def _navigate(page, findings: Findings, width: int) -> None:
    """Open the book; display every contents and page-list entry, click every note link and its
    back link; count those that land on their target."""
    page.evaluate("([w, h]) => publishEngine.open('book/', w, h)",
                  [width, VIEWPORT_HEIGHT])
    entries = page.evaluate("publishEngine.entries()")
    reanchored = 0
    for kind, hrefs in (("contents", entries["toc"]), ("page list", entries["pages"])):
        landed = 0
        for href in hrefs:
            outcome = page.evaluate("href => publishEngine.land(href)", href)
            landed += outcome["ok"]
            reanchored += outcome.get("reanchored", False)
            if not outcome["ok"]:
                findings.add("does-not-land", f"{kind} entry {href}: {outcome['why']}")
        findings.counts[f"{kind} landed"] = landed
        findings.counts[f"{kind} entries"] = len(hrefs)
    links = page.evaluate("publishEngine.notes()")
    findings.counts["note links"] = len(links)
    findings.counts["note links landed"] = sum(link["forward"]["ok"] for link in links)
    findings.counts["back links landed"] = sum(link["back"]["ok"] for link in links)
    reanchored += sum(link[d].get("reanchored", False) for link in links for d in ("forward", "back"))
    findings.counts["re-anchored after fonts loaded"] = reanchored
    for link in links:
        for direction in ("forward", "back"):
            if not link[direction]["ok"]:
                findings.add("note-link",
                             f"{direction} link of {link['from']} -> {link['to']}: {link[direction]['why']}")


# --- pages loaded alone: the preview and the EPUB's documents ----------------------------------

def check_pages(name: str, folder: Path, pages: list[str], modes: tuple[Mode, ...], target: Path,
                browser=None) -> ValidatorResult:
    """Each page (a path under folder) in each mode at 100 %, and at each zoom on its small screen.
    A page is loaded once: a mode or a zoom is a change of its style and screen, as a reader's is."""
    reason = missing_tools()
    if reason:
        return unavailable(name, reason, target)
    findings = Findings([], {})
    emulated = None
    with browser_page(_served_files(None, {"pages": folder}), browser) as page:
        for file in pages:
            _open(page, f"{ORIGIN}pages/{file}")
            for mode in modes:
                emulated = _emulate(page, mode, emulated)
                _restyle(page, mode.css, 1.0, 600)
                findings.contrast(mode.name, file, page.evaluate(
                    "page => publishMeasure.contrast(document, page)", mode.page))
            emulated = _emulate(page, modes[0], emulated)
            for factor, width in ZOOMS:
                _restyle(page, "", factor, width)
                findings.clipping(f"{factor:.0%} on {width} px", file,
                                  page.evaluate("w => publishMeasure.clipping(document, w)", width), width)
    findings.counts.setdefault("low contrast", 0)
    findings.counts.setdefault("clipped", 0)
    findings.counts.setdefault("sideways scroll", 0)
    return _result(name, findings, target)


def _open(page, url: str) -> None:
    """Load url on a 600 px screen with the measuring script and an empty style of the reader's own."""
    page.set_viewport_size({"width": 600, "height": VIEWPORT_HEIGHT})
    page.goto(url)
    page.add_script_tag(url=ORIGIN + "measure.js")
    page.evaluate("""() => {
        const style = document.createElementNS("http://www.w3.org/1999/xhtml", "style");
        style.id = "publish-reader-style";
        (document.head || document.documentElement).appendChild(style);
    }""")


def _restyle(page, css: str, factor: float, width: int) -> None:
    """Show the loaded page at width, with a reading mode's CSS and the text enlarged by factor (as a
    browser's or reader's text size setting does: the root font size, which rem and em follow)."""
    page.set_viewport_size({"width": width, "height": VIEWPORT_HEIGHT})
    page.evaluate("""([css, factor]) => {
        const style = document.getElementById("publish-reader-style");
        style.textContent = "";                 // the page's own root size, before any enlarging
        const size = parseFloat(getComputedStyle(document.documentElement).fontSize) * factor;
        style.textContent = css + (factor !== 1 ? `html { font-size: ${size}px !important; }` : "");
    }""", [css, factor])


def check_preview(html_path: str | Path, browser=None) -> ValidatorResult:
    """The HTML preview (index.html and the files beside it) in each preview mode and zoom."""
    html_path = Path(html_path)
    return check_pages("preview in Chromium", html_path.parent, [html_path.name], PREVIEW_MODES, html_path, browser)


def check_epub_documents(epub_path: str | Path, unpacked: Path, browser=None) -> ValidatorResult:
    """Every XHTML document of the EPUB, loaded alone, in each EPUB mode and zoom."""
    epub_path, unpacked = Path(epub_path), Path(unpacked)
    with zipfile.ZipFile(epub_path) as archive:
        archive.extractall(unpacked)
        documents = sorted(n for n in archive.namelist() if n.endswith(".xhtml"))
    return check_pages("EPUB documents in Chromium", unpacked, documents, EPUB_MODES, epub_path, browser)
