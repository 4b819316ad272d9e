"""A long line costs linear time in every cleaning pass and every renderer.

Each stage is fed one line of 10,000 and one of 100,000 characters (the longest a source may
hold) of digits, letters, punctuation or hyphenated words.  Linear work takes about ten times
longer on the longer line; a regex that backtracks over a token takes a hundred times longer
(a 99,980-digit line once took 544 s to become an EPUB).  The bound is generous: thirty times,
plus half a second for timings too small to compare, in CPU time.  The stages run in a child process, so a
stage that goes quadratic is stopped at its bound instead of hanging the suite.
"""
from __future__ import annotations

import json
import os
import queue
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from publish.source import MAX_LINE_CHARS

SHORT, LONG = 10_000, MAX_LINE_CHARS
LINEAR_FACTOR, SLACK_SECONDS = 30, 0.5
HANG_MARGIN_SECONDS = 10          # CPU seconds beyond the bound before a stage counts as hung
# Repeated to the line's length; "bang" ends its run of digits in "!-" (a line-end hyphen
# after a sign), "suspended" is many short words ("woon- en").
SHAPES = {"digits": "0123456789", "letters": "abcdefghij", "punctuation": ".,;:!?-()'\"‘’“”…",
          "hyphenated": "ab-cd-", "mixed": "a1.-b2, ", "bang": "0123456789", "suspended": "woon- en "}
# WeasyPrint lays out some 400 words a second: a line of 22,000 words takes a minute to
# typeset, linearly; the PDF is measured on the shapes that make long tokens.  The EPUB's
# cover is the booklet's front page: render.epub takes the layout render.pdf made before it, as a
# full build does, and lays the booklet out itself where no PDF is made.
NO_PDF = {"suspended"}


def long_line(shape: str, length: int) -> str:
    pattern = SHAPES[shape]
    text = (pattern * (length // len(pattern) + 1))[:length]
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
        cleaned = Cleaned(Source(Path("lang.txt"), tuple(lines)), state["blocks"], (), (), choose(""))
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
    """The child's side: one JSON line per stage with its best time over two runs on the short line,
    then "long", then one line per stage as each ends on the long line (a hung stage is seen)."""
    for _, run in stages("Een korte regel om alles op te warmen.", shape not in NO_PDF):
        run()                                   # imports, the lexicon, fonts: not the line's cost
    best: dict[str, float] = {}
    for _ in range(2):
        for name, run in stages(long_line(shape, SHORT), shape not in NO_PDF):
            best[name] = min(best.get(name, float("inf")), _cpu_time(run))
    for name, seconds in best.items():
        print(json.dumps({"stage": name, "seconds": seconds}), flush=True)
    print(json.dumps({"stage": "long", "seconds": 0.0}), flush=True)
    for name, run in stages(long_line(shape, LONG), shape not in NO_PDF):
        print(json.dumps({"stage": name, "seconds": _cpu_time(run)}), flush=True)


def _cpu_time(run) -> float:
    started = time.process_time()      # CPU time: a busy machine's pauses are not the stage's
    run()
    return time.process_time() - started


def _child(shape: str) -> subprocess.Popen:
    """One process measures both lines: warming up (imports, the lexicon, fonts) costs more than
    the short line, so it is done once."""
    code = (f"import sys; sys.path.insert(0, {str(Path(__file__).parent)!r}); "
            f"from test_linear import measure; measure({shape!r})")
    # A document made in memory has no source file to date the EPUB by: the build's date is fixed.
    env = {**os.environ, "SOURCE_DATE_EPOCH": "1700000000"}
    return subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, env=env)


def _stream(process: subprocess.Popen) -> queue.Queue:
    lines: queue.Queue = queue.Queue()

    def read():
        for line in process.stdout:
            lines.put(json.loads(line))
        lines.put(None)
    threading.Thread(target=read, daemon=True).start()
    return lines


def _bound(short: float) -> float:
    return LINEAR_FACTOR * short + SLACK_SECONDS


def _cpu_seconds(process: subprocess.Popen) -> float:
    """The CPU time a running child has used (Linux's /proc; elsewhere its wall time stands in)."""
    try:
        fields = Path(f"/proc/{process.pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return time.monotonic()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")      # utime + stime


def _next_row(rows: queue.Queue, child: subprocess.Popen, cpu_limit: float):
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
def test_every_pass_and_renderer_is_linear_on_a_100000_character_line(shape):
    child = _child(shape)
    rows = _stream(child)
    try:
        short = {}
        for row in iter(lambda: rows.get(timeout=300), None):          # warmed up, then the short line
            if row["stage"] == "long":
                break
            short[row["stage"]] = row["seconds"]
        else:
            pytest.fail(f"the child ended before the long line: {child.stderr.read()}")
        for name in short:
            row = _next_row(rows, child, _bound(short[name]) + HANG_MARGIN_SECONDS)
            if row is False:
                pytest.fail(f"{name} ran over {_bound(short[name]) + HANG_MARGIN_SECONDS:.0f} s of CPU on a "
                            f"{LONG:,}-character {shape} line ({short[name]:.3f} s on {SHORT:,}): not linear")
            assert row is not None, child.stderr.read()
            assert row["stage"] == name
            assert row["seconds"] <= _bound(short[name]), (
                f"{name}: {row['seconds']:.3f} s on {LONG:,} characters of {shape}, {short[name]:.3f} s on {SHORT:,}")
    finally:
        child.kill()
        child.wait()
