"""A long line costs linear time in every cleaning pass and every renderer.

Each stage is fed one line of 10,000 and one of 100,000 characters (the longest a source may
hold) of digits, letters, punctuation or hyphenated words.  Linear work takes about ten times
longer on the longer line; a regex that backtracks over a token takes a hundred times longer
(a 99,980-digit line once took 544 s to become an EPUB).  The bound is generous: thirty times,
plus half a second for timings too small to compare, in CPU time.  The stages run in a child process, so a
stage that goes quadratic is stopped at its bound instead of hanging the suite: one process warms up
(imports, the lexicon, fonts) and forks a child per shape, warm from the start.
"""
from __future__ import annotations

import contextlib
import json
import os
import queue
import signal
import subprocess
import sys
import threading
import time
import traceback
from dataclasses import dataclass
from pathlib import Path

import pytest

from publish.source import MAX_LINE_CHARS

SHORT, LONG = 10_000, MAX_LINE_CHARS
LINEAR_FACTOR, SLACK_SECONDS = 30, 0.5
HANG_MARGIN_SECONDS = 10          # CPU seconds beyond the bound before a stage counts as hung
# Repeated to the line's length; "bang" ends its run of digits in "!-" (a line-end hyphen
# after a sign), "suspended" is many short words ("woon- en"), "en spaces" is one run of en spaces
# (U+2002) between two letters, where a pattern that opens on white space may start at every one.
SHAPES = {"digits": "0123456789", "letters": "abcdefghij", "punctuation": ".,;:!?-()'\"‘’“”…",
          "hyphenated": "ab-cd-", "mixed": "a1.-b2, ", "bang": "0123456789", "suspended": "woon- en ",
          "en spaces": "\u2002"}
# WeasyPrint lays out some 400 words a second: a line of 22,000 words takes a minute to
# typeset, linearly; the PDF is measured on the shapes that make long tokens.  The EPUB's
# cover is the booklet's front page: render.epub takes the layout render.pdf made before it, as a
# full build does, and lays the booklet out itself where no PDF is made.
NO_PDF = {"suspended", "en spaces"}


def long_line(shape: str, length: int) -> str:
    pattern = SHAPES[shape]
    text = (pattern * (length // len(pattern) + 1))[:length]
    if shape == "en spaces":
        return f"a{text[1:-1]}b"
    return text[:-2] + "!-" if shape == "bang" else text


def stages(text: str, with_pdf: bool):
    """(name, function) of every stage in pipeline order; each function takes the previous
    stage's result (the passes) or the document (the renderers)."""
    from publish.clean import BLOCK_PASSES, GROUP, LINE_PASSES, spelling
    from publish.clean.lines import Line
    from publish.config import SourceConfig
    from publish.render.epub import render_epub
    from publish.render.html import render_html
    from publish.render.markdown import render_markdown
    from publish.source import Source
    from publish.structure import structure

    lines = ["Titel", "", text, "en hier gaat de tekst gewoon verder."]
    state = {"lines": tuple(Line(n, line) for n, line in enumerate(lines, 1))}

    def line_pass(run):
        return lambda: state.update(lines=run(state["lines"])[0])

    def block_pass(run):
        return lambda: state.update(blocks=run(state["blocks"])[0])

    def to_document():
        from publish.clean import Cleaned
        from publish.languages import choose
        cleaned = Cleaned(Source(Path("lang.txt"), tuple(lines)), state["blocks"], (), choose(""))
        state["document"] = structure(cleaned, SourceConfig(), "lang")

    named = [(f"clean.{run.__module__.rsplit('.', 1)[-1]}.{run.__name__}", line_pass(run)) for run in LINE_PASSES]
    named.append(("clean.paragraphs.group", lambda: state.update(blocks=GROUP(state["lines"])[0])))
    named += [(f"clean.{run.__module__.rsplit('.', 1)[-1]}.{run.__name__}", block_pass(run)) for run in BLOCK_PASSES]
    named.append(("clean.spelling.suspicious", lambda: spelling.suspicious(state["blocks"])))
    named.append(("structure", to_document))
    named.append(("render.html (screen)", lambda: render_html(state["document"], media="screen")))
    named.append(("render.html (print)", lambda: render_html(state["document"], media="print")))
    named.append(("render.markdown", lambda: render_markdown(state["document"])))
    from publish.render.pdf import print_layout, render_pdf, written_pdf

    def pdf():
        print_layout.cache_clear()          # an equal document's layout is cached: lay out each run
        written_pdf.cache_clear()
        render_pdf(state["document"])

    def epub():
        if not with_pdf:                    # else the booklet's layout is the one render.pdf just made
            print_layout.cache_clear()      # and measured, as a full build shares it
        render_epub(state["document"], page_list=False)
    if with_pdf:
        named.append(("render.pdf", pdf))
    named.append(("render.epub", epub))
    return named


def measure(shape: str) -> None:
    """The measuring child's side: one JSON line per stage with its best time over two runs on the short
    line, then "long", then one line per stage as each ends on the long line (a hung stage is seen)."""
    best: dict[str, float] = {}
    for _ in range(2):
        for name, run in stages(long_line(shape, SHORT), shape not in NO_PDF):
            best[name] = min(best.get(name, float("inf")), _cpu_time(run))
    for name, seconds in best.items():
        print(json.dumps({"stage": name, "seconds": seconds}), flush=True)
    print(json.dumps({"stage": "long", "seconds": 0.0}), flush=True)
    for name, run in stages(long_line(shape, LONG), shape not in NO_PDF):
        print(json.dumps({"stage": name, "seconds": _cpu_time(run)}), flush=True)


def measure_each_shape_read() -> None:
    """The warm process's side: warms up once (imports, the lexicon, fonts: not a line's cost, and
    more than the short line costs), then forks a child for each shape it reads, one at a time. A
    child's first line is its pid; the line "end" follows when it has ended."""
    for _, run in stages("Een korte regel om alles op te warmen.", True):
        run()
    for line in sys.stdin:
        pid = os.fork()
        if pid == 0:
            print(json.dumps({"pid": os.getpid()}), flush=True)
            code = 0
            try:
                measure(line.strip())
            except BaseException:
                traceback.print_exc()
                code = 1
            finally:
                sys.stdout.flush()
                sys.stderr.flush()
                os._exit(code)
        os.waitpid(pid, 0)
        print("\n" + json.dumps({"stage": "end"}), flush=True)     # on a line of its own after a kill


def _cpu_time(run) -> float:
    started = time.process_time()      # CPU time: a busy machine's pauses are not the stage's
    run()
    return time.process_time() - started


@dataclass
class Measurer:
    """The warm process, its rows as they come (None when it ended) and what it wrote to stderr."""

    process: subprocess.Popen
    rows: queue.Queue
    errors: list[str]

    def start(self, shape: str) -> int:
        """Have a child measure shape; its pid."""
        assert self.process.stdin is not None
        self.process.stdin.write(shape + "\n")
        self.process.stdin.flush()
        first = self.rows.get(timeout=300)
        assert first is not None, "".join(self.errors)
        return first["pid"]

    def finish(self, pid: int) -> None:
        """Stop the child (measured or hung) and skip what is left of its rows."""
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)
        for row in iter(lambda: self.rows.get(timeout=300), None):
            if row["stage"] == "end":
                return


@pytest.fixture(scope="module")
def measurer():
    # A document made in memory has no source file to date the EPUB by: the build's date is fixed.
    env = {**os.environ, "SOURCE_DATE_EPOCH": "1700000000"}
    code = (f"import sys; sys.path.insert(0, {str(Path(__file__).parent)!r}); "
            "from test_linear import measure_each_shape_read; measure_each_shape_read()")
    process = subprocess.Popen([sys.executable, "-c", code], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True, env=env)
    errors: list[str] = []
    threading.Thread(target=lambda: errors.extend(process.stderr), daemon=True).start()
    try:
        yield Measurer(process, _stream(process), errors)
    finally:
        process.kill()
        process.wait()


def _stream(process: subprocess.Popen) -> queue.Queue:
    lines: queue.Queue = queue.Queue()

    def read():
        for line in process.stdout:
            with contextlib.suppress(ValueError):           # a blank line, or one cut short by a kill
                lines.put(json.loads(line))
        lines.put(None)
    threading.Thread(target=read, daemon=True).start()
    return lines


def _bound(short: float) -> float:
    return LINEAR_FACTOR * short + SLACK_SECONDS


def _cpu_seconds(pid: int) -> float:
    """The CPU time a running child has used (Linux's /proc; elsewhere its wall time stands in)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return time.monotonic()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")      # utime + stime


def _next_row(rows: queue.Queue, child: int, cpu_limit: float):
    """The child's next row, or False once it spent cpu_limit seconds of CPU without one: a stage is
    stopped by the CPU it used, like its bound, so a machine busy with other work (a pytest-xdist
    worker, another build) does not make it look hung."""
    started = _cpu_seconds(child)
    while True:
        try:
            return rows.get(timeout=1)
        except queue.Empty:
            if _cpu_seconds(child) - started > cpu_limit:
                return False


@pytest.mark.parametrize("shape", SHAPES)
def test_every_pass_and_renderer_is_linear_on_a_100000_character_line(measurer, shape):
    child = measurer.start(shape)
    rows = measurer.rows
    try:
        short = {}
        for row in iter(lambda: rows.get(timeout=300), None):          # the short line
            if row["stage"] in ("long", "end"):
                break
            short[row["stage"]] = row["seconds"]
        if row is None or row["stage"] != "long":
            pytest.fail(f"the child ended before the long line: {''.join(measurer.errors)}")
        for name in short:
            row = _next_row(rows, child, _bound(short[name]) + HANG_MARGIN_SECONDS)
            if row is False:
                pytest.fail(f"{name} ran over {_bound(short[name]) + HANG_MARGIN_SECONDS:.0f} s of CPU on a "
                            f"{LONG:,}-character {shape} line ({short[name]:.3f} s on {SHORT:,}): not linear")
            assert row is not None and row["stage"] != "end", "".join(measurer.errors)
            assert row["stage"] == name
            assert row["seconds"] <= _bound(short[name]), (
                f"{name}: {row['seconds']:.3f} s on {LONG:,} characters of {shape}, {short[name]:.3f} s on {SHORT:,}")
    finally:
        measurer.finish(child)
