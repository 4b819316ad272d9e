"""`publish serve`: a live HTML preview on 127.0.0.1 that rebuilds and reloads itself on every edit.

The renderer knows nothing about serving: the server takes the finished preview HTML, adds a
small bar (link to the cleaning report) and a script that listens for rebuilds on a
server-sent-events stream, and reloads the page when the build it was served from is outdated.
A build that fails shows its error in the page instead; the server keeps watching.
"""
from __future__ import annotations

import contextlib
import html
import http.server
import io
import json
import os
import re
import secrets
import signal
import socket
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from publish.errors import PublishError
from publish.resources import STYLES_DIR as STYLES, TEMPLATES_DIR as TEMPLATES

SERVE_TEMPLATES = TEMPLATES / "serve"
# Files of the serving layer itself (not of the preview), under a prefix no preview asset uses.
OWN_PREFIX = "/__publish/"
OWN_FILES = {"live.js": "text/javascript; charset=utf-8", "serve.css": "text/css; charset=utf-8"}
EVENTS = OWN_PREFIX + "events"
KEEPALIVE_SECONDS = 15.0
# Limits of a dev server that must stay responsive whatever a page or a script does: a request
# arrives whole within REQUEST_SECONDS (a half-sent one is closed, however slowly it trickles),
# a client takes what is sent within WRITE_SECONDS, and beyond the caps a connection or event
# stream is turned away with 503 instead of costing another thread.
REQUEST_SECONDS = 10.0
WRITE_SECONDS = 30.0
MAX_CONNECTIONS = 512
MAX_EVENT_STREAMS = 64
BUSY = (b"HTTP/1.0 503 Service Unavailable\r\nContent-Type: text/plain; charset=utf-8\r\n"
        b"Content-Length: 21\r\nRetry-After: 1\r\nConnection: close\r\n\r\ntoo many connections\n")
CONTENT_TYPES = {".css": "text/css; charset=utf-8", ".woff2": "font/woff2", ".woff": "font/woff",
                 ".ttf": "font/ttf", ".otf": "font/otf", ".svg": "image/svg+xml", ".png": "image/png",
                 ".jpg": "image/jpeg", ".js": "text/javascript; charset=utf-8",
                 ".html": "text/html; charset=utf-8"}


@dataclass(frozen=True)
class Snapshot:
    """One build as the server shows it: the pages and assets, or the error that stopped it."""

    version: str
    pages: dict[str, bytes]            # "/" and "/report" -> HTML
    assets: dict[str, bytes] = field(default_factory=dict)   # "/<relative path>" -> bytes
    error: str | None = None


class Preview:
    """Builds snapshots of one source and hands the latest to the request handlers."""

    def __init__(self, source: Path, encoding: str):
        self.source = source
        self.encoding = encoding
        self._token = secrets.token_hex(4)     # a restarted server makes every open page reload
        self._count = 0
        self.changed = threading.Condition()
        self.stopping = False
        self.snapshot = Snapshot("", {})

    def rebuild(self) -> Snapshot:
        """Build the preview (HTML only) and publish it, or publish a page showing the error."""
        self._count += 1
        version = f"{self._token}-{self._count}"
        started = time.perf_counter()
        try:
            snapshot = self._build(version)
            print(f"publish: rebuilt {self.source.name} in {time.perf_counter() - started:.2f} s",
                  file=sys.stderr, flush=True)
        except Exception as error:                # shown in the page; the server keeps running
            snapshot = self._error_snapshot(version, error)
            print(f"publish: error: {snapshot.error}", file=sys.stderr, flush=True)
        with self.changed:
            self.snapshot = snapshot
            self.changed.notify_all()
        return snapshot

    def stop(self) -> None:
        with self.changed:
            self.stopping = True
            self.changed.notify_all()

    def _build(self, version: str) -> Snapshot:
        from publish.build import load
        from publish.render.html import preview_assets, render_html
        loaded = load(self.source, self.encoding)
        preview = render_html(loaded.document, media="screen")
        changes = loaded.changes
        suspicious = loaded.cleaned.suspicious
        bar = _templates().get_template("bar.html").render(
            report="/report", changes=len(changes), suspicious=len(suspicious))
        report = _page("report.html", version, source=self.source, changes=changes,
                       suspicious=suspicious, title=loaded.document.metadata.title,
                       removals=sum(1 for c in changes if c.after == ""), lang=loaded.document.metadata.language,
                       language_name=loaded.cleaned.language.language.english_name)
        assets = {"/" + name.lstrip("/"): data for name, data in preview_assets(loaded.document).items()}
        return Snapshot(version, {"/": _utf8(inject(preview, bar + live_script(version))),
                                  "/report": report}, assets)

    def _error_snapshot(self, version: str, error: Exception) -> Snapshot:
        message = str(error) if isinstance(error, PublishError) else f"internal error: {type(error).__name__}: {error}"
        context = _context(error) if isinstance(error, PublishError) else []
        page = _page("error.html", version, source=self.source, message=message, context=context,
                     internal=not isinstance(error, PublishError))
        return Snapshot(version, {"/": page, "/report": page}, error=message)


def serve(source: Path, port: int = 0, encoding: str = "utf-8", host: str = "127.0.0.1",
          request_seconds: float = REQUEST_SECONDS) -> None:
    """Serve the live preview of source until Ctrl-C (or SIGTERM); prints the URL it listens on.
    A request that has not arrived whole within request_seconds is closed."""
    try:
        from watchfiles import DefaultFilter, watch
    except ImportError:
        raise PublishError("publish serve needs the watchfiles package (pip install watchfiles)") from None
    source = Path(source)
    if not source.is_file():
        raise PublishError("no such file" if not source.exists() else "not a text file", source)
    stop = threading.Event()
    with _stopping_on_signals(stop):
        _serve_until(stop, source, port, encoding, host, request_seconds, watch, DefaultFilter())
    print("publish: preview stopped", file=sys.stderr, flush=True)


@contextlib.contextmanager
def _stopping_on_signals(stop: threading.Event):
    """Ctrl-C and SIGTERM set `stop` while serving instead of raising KeyboardInterrupt wherever
    the main thread happens to be: raised inside a module's first import (the watcher imports
    `platform` on its first turn) it came out as a RuntimeError and the server exited with an
    internal error.  The watcher sees the event and returns; the handlers before are restored."""
    handlers = {sig: signal.signal(sig, lambda signum, frame: stop.set()) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield
    finally:
        for sig, handler in handlers.items():
            signal.signal(sig, handler)


def _serve_until(stop: threading.Event, source: Path, port: int, encoding: str, host: str, request_seconds: float,
                 watch, relevant_files) -> None:
    """Build the preview, serve it and rebuild it on every change until `stop` is set."""
    preview = Preview(source, encoding)
    seen = fingerprint(source)
    preview.rebuild()
    server = _server(host, port, preview, request_seconds)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.2},
                              name="publish-serve", daemon=True)
    thread.start()
    bound_host, bound_port = str(server.server_address[0]), server.server_address[1]   # (an IP address: a str)
    shown = f"[{bound_host}]" if ":" in bound_host else bound_host
    try:
        # Inside the try: writing the line lets the server thread answer the page it announces.
        print(f"publish: serving {source} at http://{shown}:{bound_port}/ (Ctrl-C to stop)", flush=True)
        folders = watched_folders(source)
        relevant = _relevant(source, relevant_files)
        # Waking every second also catches an edit made before the watcher was in place.
        for changes in watch(*folders, watch_filter=relevant, recursive=False, step=50, debounce=800,
                             rust_timeout=1000, yield_on_timeout=True, stop_event=stop,
                             raise_interrupt=True):
            now = fingerprint(source)
            if changes or now != seen:
                seen = now
                preview.rebuild()
    finally:
        stop.set()
        preview.stop()
        server.shutdown()
        server.server_close()


def watched_folders(source: Path) -> list[Path]:
    """The source's folder (for it and its TOML) and every folder of templates/ and styles/."""
    folders = [source.resolve().parent]
    for root in (TEMPLATES, STYLES):
        if root.is_dir():
            folders += [Path(path) for path, dirs, _ in os.walk(root) if not _hidden(Path(path))]
    return list(dict.fromkeys(folders))


def fingerprint(source: Path) -> tuple:
    """Size and modification time of every input the preview depends on (None: missing)."""
    paths = [source, source.with_suffix(".toml")]
    for root in (TEMPLATES, STYLES):
        paths += sorted(p for p in root.rglob("*") if not _hidden(p.relative_to(root)))
    stamps: list[tuple[str, int, int] | tuple[str, None]] = []
    for path in paths:
        try:
            stat = path.stat()
            stamps.append((str(path), stat.st_mtime_ns, stat.st_size))
        except OSError:
            stamps.append((str(path), None))
    return tuple(stamps)


def _hidden(path: Path) -> bool:
    return any(part.startswith(".") or part == "__pycache__" for part in path.parts)


def _relevant(source: Path, default_filter):
    """A watch filter: the source, its TOML, and anything in templates/ or styles/."""
    mine = {source.resolve(), source.resolve().with_suffix(".toml")}

    def accept(change, path: str) -> bool:
        resolved = Path(path).resolve()
        if resolved in mine:
            return True
        return default_filter(change, path) and any(
            resolved.is_relative_to(root) for root in (TEMPLATES, STYLES)) and not resolved.name.endswith(".part")
    return accept


def inject(page: str, snippet: str) -> str:
    """The page with snippet inserted just before its last </body> (or appended when it has none)."""
    matches = list(re.finditer(r"</body\s*>", page, re.IGNORECASE))
    if not matches:
        return page + snippet
    at = matches[-1].start()
    return page[:at] + snippet + page[at:]


def live_script(version: str) -> str:
    """The script tag that reloads the page once the server has a newer build than `version`."""
    return (f'<script src="{OWN_PREFIX}live.js" data-version="{html.escape(version)}" '
            f'data-events="{EVENTS}"></script>\n')


def _templates():
    from jinja2 import Environment, FileSystemLoader, select_autoescape
    return Environment(loader=FileSystemLoader(SERVE_TEMPLATES), autoescape=select_autoescape(default=True),
                       trim_blocks=True, lstrip_blocks=True)


def _page(name: str, version: str, **values) -> bytes:
    template = _templates().get_template(name)
    return _utf8(template.render(live=live_script(version), **values))


def _utf8(page: str) -> bytes:
    """The page in UTF-8; bytes of a file name that are not UTF-8 (which Python keeps as lone
    surrogates) show as U+FFFD instead of failing the page."""
    return page.encode("utf-8", "surrogateescape").decode("utf-8", "replace").encode("utf-8")


def _context(error: PublishError, around: int = 3) -> list[tuple[int, str, bool]]:
    """(number, text, is the error line) for the lines around the line an error names."""
    if not error.line or error.path is None:
        return []
    try:
        lines = Path(str(error.path)).read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return []
    first, last = max(1, error.line - around), min(len(lines), error.line + around)
    return [(n, lines[n - 1], n == error.line) for n in range(first, last + 1)]


class _Server(http.server.ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 1024           # a page and its assets arrive at once, from many tabs
    preview: Preview
    request_seconds: float = REQUEST_SECONDS

    def __init__(self, *args, **kwargs):
        self.connections = threading.BoundedSemaphore(MAX_CONNECTIONS)
        self.event_streams = threading.BoundedSemaphore(MAX_EVENT_STREAMS)
        super().__init__(*args, **kwargs)

    def process_request(self, request, client_address):
        """A thread for the connection while there are fewer than MAX_CONNECTIONS; else 503."""
        if not self.connections.acquire(blocking=False):
            _turn_away(request)
            self.shutdown_request(request)
            return
        super().process_request(request, client_address)

    def process_request_thread(self, request, client_address):
        try:
            super().process_request_thread(request, client_address)
        finally:
            self.connections.release()

    def handle_error(self, request, client_address):
        """A browser that closes a connection early (a reload, a closed tab) is one quiet line;
        anything else is a bug and keeps its traceback."""
        error = sys.exc_info()[1]
        if isinstance(error, (ConnectionError, TimeoutError)):
            print(f"publish: a browser dropped its connection ({type(error).__name__})", file=sys.stderr, flush=True)
            return
        super().handle_error(request, client_address)


def _turn_away(request: socket.socket) -> None:
    """Send 503 without waiting: a client that does not read it is not waited for."""
    request.setblocking(False)
    with contextlib.suppress(OSError):   # its buffer is full or it has gone: it is closed either way
        request.send(BUSY)


class _RequestReader(io.RawIOBase):
    """The connection's bytes, with REQUEST_SECONDS for the whole request to arrive: every
    receive may wait only for what is left of that time (a timeout per receive alone lets a
    client trickle a byte a second and hold its thread for ever)."""

    def __init__(self, connection: socket.socket, seconds: float):
        super().__init__()
        self._connection = connection
        self._deadline = time.monotonic() + seconds

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        left = self._deadline - time.monotonic()
        if left <= 0:
            raise TimeoutError("the request did not arrive in time")
        self._connection.settimeout(left)
        return self._connection.recv_into(buffer)


def _server(host: str, port: int, preview: Preview, request_seconds: float) -> _Server:
    _Server.address_family = socket.AF_INET6 if ":" in host else socket.AF_INET
    try:
        server = _Server((host, port), _Handler)
    except OSError as error:
        raise PublishError(f"cannot listen on {host}:{port}: {error.strerror or error}") from None
    server.preview = preview
    server.request_seconds = request_seconds
    return server


class _Handler(http.server.BaseHTTPRequestHandler):
    server: _Server
    server_version = "publish-serve"

    def log_message(self, format, *args):      # quiet: the terminal shows builds, not requests
        pass

    def setup(self):
        super().setup()
        self.rfile.close()                         # the plain reader, replaced by one with a deadline
        self.rfile = io.BufferedReader(_RequestReader(self.connection, self.server.request_seconds))

    def end_headers(self):
        self.connection.settimeout(WRITE_SECONDS)  # the request is in: now the client has to read
        super().end_headers()

    def do_GET(self):
        self._respond(head=False)

    def do_HEAD(self):
        self._respond(head=True)

    def _respond(self, head: bool) -> None:
        if not self._host_allowed():
            return self._send(403, b"forbidden host\n", "text/plain; charset=utf-8", head)
        path = urlsplit(self.path).path
        snapshot = self.server.preview.snapshot
        if path == EVENTS:
            return self._events(head)
        if path in ("/index.html",):
            path = "/"
        if path in snapshot.pages:
            return self._send(200, snapshot.pages[path], "text/html; charset=utf-8", head)
        if path.startswith(OWN_PREFIX) and path[len(OWN_PREFIX):] in OWN_FILES:
            name = path[len(OWN_PREFIX):]
            return self._send(200, (SERVE_TEMPLATES / name).read_bytes(), OWN_FILES[name], head)
        if path in snapshot.assets:
            kind = CONTENT_TYPES.get(Path(path).suffix.lower(), "application/octet-stream")
            return self._send(200, snapshot.assets[path], kind, head)
        if path == "/favicon.ico":
            return self._send(204, b"", "image/x-icon", head)
        self._send(404, b"not found\n", "text/plain; charset=utf-8", head)

    def _host_allowed(self) -> bool:
        """Refuse requests for another host name (DNS rebinding); only the loopback names pass."""
        host = (self.headers.get("Host") or "").rsplit(":", 1)[0].strip("[]").lower()
        bound = str(self.server.server_address[0]).lower()
        return host in {"127.0.0.1", "localhost", "::1", bound}

    def _send(self, status: int, body: bytes, kind: str, head: bool) -> None:
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.send_header("X-Content-Type-Options", "nosniff")
        self.end_headers()
        if not head:
            self.wfile.write(body)

    def _events(self, head: bool) -> None:
        """Server-sent events: the current build version now, then each new one as it lands."""
        if not self.server.event_streams.acquire(blocking=False):
            return self._send(503, b"too many open event streams\n", "text/plain; charset=utf-8", head)
        try:
            self.send_response(200)
            self.send_header("Content-Type", "text/event-stream")
            self.send_header("Cache-Control", "no-store")
            self.end_headers()
            if not head:
                self._stream_builds(self.server.preview)
        finally:
            self.server.event_streams.release()

    def _stream_builds(self, preview: Preview) -> None:
        sent = None
        try:
            self.wfile.write(b"retry: 500\n\n")
            while True:
                with preview.changed:
                    # The predicate runs only inside this wait, while `sent` is the version last sent.
                    preview.changed.wait_for(
                        lambda: preview.stopping or preview.snapshot.version != sent,  # noqa: B023
                        KEEPALIVE_SECONDS)
                    if preview.stopping:
                        return
                    snapshot = preview.snapshot
                if snapshot.version != sent:
                    sent = snapshot.version
                    data = json.dumps({"version": sent, "error": snapshot.error})
                    self.wfile.write(f"event: build\ndata: {data}\n\n".encode())
                else:
                    self.wfile.write(b": keep-alive\n\n")
                self.wfile.flush()
        except (BrokenPipeError, ConnectionResetError, ConnectionAbortedError):
            return                      # the page was closed or reloaded: the usual end of a stream
