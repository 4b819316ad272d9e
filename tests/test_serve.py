"""`publish serve` as a user meets it: a real server process, HTTP requests and a real browser.

The browser tests drive Debian's chromium through Playwright (never `playwright install`); when
either is missing they are skipped locally and fail on CI (env CI=true).
"""
from __future__ import annotations

import os
import queue
import re
import shutil
import signal
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from publish.serve import REQUEST_SECONDS, inject

FIXTURE = Path(__file__).parent / "fixtures" / "kort-verslag.txt"
CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync"]
NEW_PARAGRAPH = "\nTot slot bedanken wij iedereen die hielp bij het zonnebloemveld achter het buurthuis.\n"


class Server:
    """`python -m publish serve SOURCE --port 0` in a subprocess, with the URL it printed."""

    def __init__(self, source: Path, log: Path, request_seconds: float | None = None):
        self.source = source
        self.log = log
        self.stderr = log.open("w")
        self.request_seconds = request_seconds or REQUEST_SECONDS
        timeout = ["--request-timeout", str(request_seconds)] if request_seconds else []
        self.process = subprocess.Popen(
            [sys.executable, "-m", "publish", "serve", str(source), "--port", "0", *timeout],
            stdout=subprocess.PIPE, stderr=self.stderr, text=True, errors="replace")   # names need not be UTF-8
        lines: queue.Queue = queue.Queue()
        threading.Thread(target=lambda: [lines.put(line) for line in self.process.stdout],
                         daemon=True).start()
        try:
            line = lines.get(timeout=60)
        except queue.Empty:
            self.stop()
            pytest.fail(f"publish serve printed no URL within 60 s; stderr: {self.log.read_text()}")
        match = re.search(r"http://127\.0\.0\.1:(\d+)/", line)
        assert match, f"no URL in {line!r}; stderr: {self.log.read_text()}"
        self.url = match.group(0)

    def get(self, path: str = "", host: str | None = None) -> tuple[int, str]:
        request = urllib.request.Request(self.url + path.lstrip("/"))
        if host:
            request.add_header("Host", host)
        try:
            with urllib.request.urlopen(request, timeout=10) as response:
                return response.status, response.read().decode("utf-8", "replace")
        except urllib.error.HTTPError as error:
            return error.code, error.read().decode("utf-8", "replace")

    def wait_for(self, predicate, path: str = "", timeout: float = 20.0) -> str:
        """The page at path once predicate(body) holds; fails after timeout seconds."""
        deadline = time.monotonic() + timeout
        body = ""
        while time.monotonic() < deadline:
            assert self.process.poll() is None, f"server exited; stderr: {self.log.read_text()}"
            body = self.get(path)[1]
            if predicate(body):
                return body
            time.sleep(0.1)
        pytest.fail(f"page {path or '/'} never satisfied the condition; last body:\n{body[:2000]}")

    def stop(self, sig=signal.SIGINT) -> int:
        if self.process.poll() is None:
            self.process.send_signal(sig)
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
                pytest.fail("publish serve did not stop within 15 s of the signal")
        self.stderr.close()
        return self.process.returncode


@pytest.fixture
def source(tmp_path):
    path = tmp_path / "verslag.txt"
    path.write_bytes(FIXTURE.read_bytes())
    return path


@pytest.fixture
def server(source, tmp_path):
    running = Server(source, tmp_path / "serve.log")
    yield running
    running.stop()


@pytest.fixture(scope="module")
def read_only_server(tmp_path_factory):
    """One server for the tests that only send it requests: none edits its source, holds its
    connections or streams, or needs a log of its own requests alone (starting one takes a build)."""
    folder = tmp_path_factory.mktemp("read-only")
    source = folder / "verslag.txt"
    source.write_bytes(FIXTURE.read_bytes())
    running = Server(source, folder / "serve.log")
    yield running
    running.stop()


def visible_text(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html)).replace("\u00ad", "")


# --- the injection ---------------------------------------------------------------------------

def test_inject_puts_the_snippet_before_the_last_closing_body_tag():
    page = "<html><body><p>&lt;/body&gt; is a tag</p></BODY></html>"
    assert inject(page, "<script></script>") == \
        "<html><body><p>&lt;/body&gt; is a tag</p><script></script></BODY></html>"


def test_inject_appends_when_the_page_has_no_closing_body_tag():
    assert inject("<p>kort", "<script></script>") == "<p>kort<script></script>"


# --- over HTTP -------------------------------------------------------------------------------

def test_serve_shows_the_preview_with_its_assets_and_a_link_to_the_report(read_only_server):
    server = read_only_server
    status, page = server.get()
    assert status == 200
    assert "Buurthuis" in visible_text(page)
    assert 'src="/__publish/live.js"' in page and 'href="/report"' in page
    for link in re.findall(r'<link[^>]+href="([^"]+)"', page):
        assert server.get(link)[0] == 200, f"the preview links to {link}, which is not served"
    assert "EventSource" in server.get("/__publish/live.js")[1]
    assert server.get("/nergens.css")[0] == 404


def test_the_preview_itself_is_the_renderer_output_untouched(read_only_server):
    from publish.build import load
    from publish.render.html import render_html
    server, source = read_only_server, read_only_server.source
    rendered = render_html(load(source).document, media="screen")
    page = server.get()[1]
    body_end = rendered.lower().rindex("</body")
    assert page.startswith(rendered[:body_end]) and page.endswith(rendered[body_end:])


def test_report_lists_each_change_with_its_source_line_and_the_suspicious_words(read_only_server):
    from publish.build import load
    server, source = read_only_server, read_only_server.source
    cleaned = load(source).cleaned
    assert cleaned.changes, "the fixture has page numbers and a photo credit to remove"
    status, report = server.get("/report")
    assert status == 200
    rows = re.findall(r'<td class="line"><a id="line-(\d+)-\d+">\d+</a></td>\s*<td>([^<]*)</td>', report)
    assert rows == [(str(c.line), c.kind) for c in cleaned.changes]
    for word, line in cleaned.suspicious:
        assert f'<td class="line">{line}</td><td lang="nl">{word}</td>' in report
    assert 'href="/"' in report


def test_requests_for_another_host_name_are_refused(read_only_server):
    server = read_only_server
    assert server.get(host="evil.example:80")[0] == 403
    assert server.get(host=f"localhost:{server.url.rsplit(':', 1)[1]}")[0] == 200


def test_a_broken_toml_shows_in_the_page_and_the_server_recovers(server, source):
    toml = source.with_suffix(".toml")
    toml.write_text('[metadata]\ntitle = "Jaarverslag\n', encoding="utf-8")
    page = server.wait_for(lambda body: "could not be built" in body)
    assert "TOML syntax error" in page and "verslag.toml" in page
    assert "could not be built" in server.get("/report")[1]
    toml.write_text('[metadata]\ntitle = "Jaarverslag 2024"\n', encoding="utf-8")
    page = server.wait_for(lambda body: "could not be built" not in body)
    assert "Jaarverslag 2024" in visible_text(page)


def test_an_emptied_source_shows_the_error_and_the_edit_after_it_is_shown(server, source):
    original = source.read_bytes()
    source.write_text("", encoding="utf-8")
    page = server.wait_for(lambda body: "could not be built" in body)
    assert "empty" in page
    source.write_bytes(original + NEW_PARAGRAPH.encode("utf-8"))
    server.wait_for(lambda body: "zonnebloemveld" in visible_text(body))


def test_while_serving_a_signal_sets_the_stop_event_and_raises_nothing_where_it_lands():
    """Raised as KeyboardInterrupt inside a module's first import, a signal came out as a
    RuntimeError (an internal error); while serving it only asks the watcher to stop."""
    from publish.serve import _stopping_on_signals
    before = signal.getsignal(signal.SIGTERM)
    stop = threading.Event()
    with _stopping_on_signals(stop):
        os.kill(os.getpid(), signal.SIGTERM)
        os.kill(os.getpid(), signal.SIGINT)
        assert stop.wait(5)
    assert signal.getsignal(signal.SIGTERM) is before


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM], ids=["ctrl-c", "sigterm"])
def test_a_signal_stops_the_server_cleanly(source, tmp_path, sig):
    running = Server(source, tmp_path / "serve.log")
    events = urllib.request.urlopen(running.url + "__publish/events", timeout=10)  # an open page
    assert events.readline().startswith(b"retry:")
    returncode = running.stop(sig)
    events.close()
    log = running.log.read_text()
    assert returncode == 0, log
    assert "Traceback" not in log and "preview stopped" in log


def test_a_missing_source_is_a_one_line_error(tmp_path):
    result = subprocess.run([sys.executable, "-m", "publish", "serve", str(tmp_path / "nergens.txt")],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [f"publish: error: {tmp_path / 'nergens.txt'}: no such file"]


# --- in a real browser -----------------------------------------------------------------------

def _unavailable(reason: str):
    if os.environ.get("CI") == "true":
        pytest.fail(f"browser test cannot run on CI: {reason}", pytrace=False)
    pytest.skip(reason)


@pytest.fixture(scope="module")
def browser():
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _unavailable("playwright is not installed (pip install playwright)")
    chromium = shutil.which("chromium") or "/usr/bin/chromium"
    if not Path(chromium).exists():
        _unavailable("Debian's chromium is not installed (apt-get install chromium)")
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=chromium, args=CHROMIUM_FLAGS)
        yield launched
        launched.close()


@pytest.fixture
def page(browser):
    context = browser.new_context()
    opened = context.new_page()
    yield opened
    context.close()


def _body_text(page) -> str:
    return page.evaluate("document.body.innerText.replace(/\\u00ad/g, '')")


def _wait_for_text(page, text: str, present: bool = True, timeout: int = 20000) -> None:
    page.wait_for_function(
        "([text, present]) => document.body !== null && "
        "document.body.innerText.replace(/\\u00ad/g, '').includes(text) === present",
        arg=[text, present], timeout=timeout)


def test_the_open_page_reloads_by_itself_after_an_edit(server, source, page):
    page.goto(server.url)
    assert "Buurthuis" in _body_text(page) and "zonnebloemveld" not in _body_text(page)
    page.evaluate("window.__notReloaded = true")
    with source.open("a", encoding="utf-8") as stream:
        stream.write(NEW_PARAGRAPH)
    _wait_for_text(page, "zonnebloemveld")
    assert page.evaluate("window.__notReloaded === undefined"), "the new text should come with a reload of the page"


def test_the_browser_shows_a_cleaning_error_and_then_the_fixed_text(server, source, page):
    page.goto(server.url)
    original = source.read_bytes()
    source.write_text("", encoding="utf-8")
    _wait_for_text(page, "could not be built")
    assert "empty" in _body_text(page)
    source.write_bytes(original + NEW_PARAGRAPH.encode("utf-8"))
    _wait_for_text(page, "zonnebloemveld")
    _wait_for_text(page, "could not be built", present=False)


def test_the_report_is_linked_from_the_preview_and_reloads_too(server, source, page):
    from publish.build import load
    page.goto(server.url)
    page.get_by_role("link", name="Cleaning report").click()
    page.wait_for_url(server.url + "report")
    assert "Cleaning report" in _body_text(page)
    before = len(load(source).cleaned.changes)
    with source.open("a", encoding="utf-8") as stream:
        stream.write("\n4\n\nNog een alinea na een paginanummer over de zomer in de wijk.\n")
    after = len(load(source).cleaned.changes)
    assert after > before, "a page number between paragraphs is a change the report must show"
    _wait_for_text(page, f"{after} changes")


# --- hardened like a real dev server ---------------------------------------------------------

def raw_request(server: Server, data: bytes, timeout: float = 10.0) -> bytes:
    """Send data as is and read until the server closes the connection."""
    import socket
    port = int(server.url.rsplit(":", 1)[1].strip("/"))
    with socket.create_connection(("127.0.0.1", port), timeout=timeout) as connection:
        connection.sendall(data)
        chunks = []
        while chunk := connection.recv(65536):
            chunks.append(chunk)
    return b"".join(chunks)


def test_head_on_the_event_stream_ends_with_its_headers(read_only_server):
    server = read_only_server
    import time
    started = time.monotonic()
    answer = raw_request(server, b"HEAD /__publish/events HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n", timeout=5)
    assert answer.startswith(b"HTTP/1.0 200") and b"text/event-stream" in answer
    assert answer.endswith(b"\r\n\r\n") and time.monotonic() - started < 5


@pytest.fixture
def quick_server(source, tmp_path):
    """A server whose requests must arrive within 2 s (--request-timeout), so the timeout is seen quickly."""
    running = Server(source, tmp_path / "serve.log", request_seconds=2.0)
    yield running
    running.stop()


def test_a_half_sent_request_is_closed_after_the_request_timeout(quick_server):
    import socket
    import time
    limit = quick_server.request_seconds
    port = int(quick_server.url.rsplit(":", 1)[1].strip("/"))
    with socket.create_connection(("127.0.0.1", port), timeout=limit + 10) as connection:
        started = time.monotonic()
        connection.sendall(b"GET / HTTP/1.0\r\nHost: 127.0.0.1\r\n")      # and never the blank line
        while time.monotonic() - started < limit + 8:
            connection.sendall(b"X-Slow: 1\r\n")                           # a header now and then
            connection.settimeout(0.5)
            try:
                if connection.recv(1024) == b"":
                    break                                                  # closed by the server
            except TimeoutError:
                continue
            except ConnectionResetError:
                break
        waited = time.monotonic() - started
    assert limit - 0.5 <= waited < limit + 8, waited


def test_the_request_timeout_its_help_names_is_the_servers_default():
    help_text = subprocess.run([sys.executable, "-m", "publish", "serve", "--help"],
                               capture_output=True, text=True, check=True).stdout
    assert f"(default: {REQUEST_SECONDS:g})" in " ".join(help_text.split())
    refused = subprocess.run([sys.executable, "-m", "publish", "serve", "--request-timeout", "soon"],
                             capture_output=True, text=True)
    assert refused.returncode == 2 and "is not a time in seconds" in refused.stderr


def test_dropped_connections_are_one_quiet_line_each_not_a_traceback(read_only_server):
    server = read_only_server
    import socket
    port = int(server.url.rsplit(":", 1)[1].strip("/"))
    for _ in range(20):
        connection = socket.create_connection(("127.0.0.1", port))
        connection.sendall(b"GET /__publish/live.js HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n")
        connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00")
        connection.close()                                                 # a reset, not a goodbye
    assert server.get()[0] == 200
    log = server.log.read_text()
    assert "Traceback" not in log and "Exception occurred" not in log, log


def test_event_streams_beyond_the_cap_are_turned_away(server):
    from publish.serve import MAX_EVENT_STREAMS
    streams = [urllib.request.urlopen(server.url + "__publish/events", timeout=10) for _ in range(MAX_EVENT_STREAMS)]
    try:
        assert all(stream.readline().startswith(b"retry:") for stream in streams)
        with pytest.raises(urllib.error.HTTPError) as refused:
            urllib.request.urlopen(server.url + "__publish/events", timeout=10)
        assert refused.value.code == 503
        assert server.get()[0] == 200                                     # pages are still served
    finally:
        for stream in streams:
            stream.close()


def test_connections_beyond_the_cap_are_turned_away_and_pages_come_back(server):
    import socket
    from publish.serve import MAX_CONNECTIONS
    port = int(server.url.rsplit(":", 1)[1].strip("/"))
    idle = [socket.create_connection(("127.0.0.1", port)) for _ in range(MAX_CONNECTIONS)]
    try:
        answer = raw_request(server, b"GET / HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n")
        assert answer.startswith(b"HTTP/1.0 503"), answer[:100]
    finally:
        for connection in idle:
            connection.close()
    server.wait_for(lambda body: "Buurthuis" in body)


def test_a_source_whose_name_is_not_utf_8_is_served(tmp_path):
    name = os.fsdecode(b"caf\xe9.txt")
    source = tmp_path / name
    source.write_bytes(FIXTURE.read_bytes())
    running = Server(source, tmp_path / "serve.log")
    try:
        status, page = running.get()
        assert status == 200 and "Buurthuis" in visible_text(page)
        status, report = running.get("/report")
        assert status == 200 and "caf\ufffd.txt" in report
    finally:
        running.stop()


@pytest.mark.parametrize("port", ["99999", "-1", "65536"])
def test_a_port_out_of_range_is_refused_by_the_command_line(source, port):
    result = subprocess.run([sys.executable, "-m", "publish", "serve", str(source), "-p", port],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 2 and "0 to 65535" in result.stderr, result.stderr
    assert "internal error" not in result.stderr and "Traceback" not in result.stderr
